"""Translation catalogs: complete, placeholders intact, in step with the source code."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from iqtui.i18n import LANGUAGES, catalog_tool, gettext_in, reset_cache, translator
from iqtui.i18n.catalog_tool import OVERLAYS, check, existing_languages
from iqtui.paths import bundle_root

#: Languages whose catalogs must be complete: all eleven iqtui speaks.
REQUIRED = LANGUAGES


def test_required_catalogs_exist() -> None:
    assert REQUIRED == ("de", "en", "ar", "fa", "uk", "ru", "tr", "pl", "ro", "fr", "es")
    assert set(REQUIRED) <= set(existing_languages())


@pytest.mark.parametrize("language", existing_languages())
def test_catalog_is_complete_and_current(language: str) -> None:
    problems = check([language])
    assert problems == [], "\n".join(str(p) for p in problems[:30])


def _copy_project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(bundle_root() / "locales", root / "locales")
    shutil.copytree(
        bundle_root() / "iqtui", root / "iqtui", ignore=shutil.ignore_patterns("__pycache__")
    )
    return root


@pytest.mark.parametrize("language", REQUIRED)
def test_check_fails_when_one_translation_is_removed(tmp_path: Path, language: str) -> None:
    root = _copy_project(tmp_path)
    path = root / "locales" / language / "LC_MESSAGES" / "iqtui.po"
    catalog = read_po(path.open("rb"), locale=language)
    victim = next(m for m in catalog if m.id and isinstance(m.id, str) and "Referenzberuf" in m.id)
    catalog.delete(victim.id, victim.context)
    with path.open("wb") as handle:
        write_po(handle, catalog)
    problems = check([language], root)
    assert [p.what for p in problems] == ["missing (run catalog_tool update)"]
    assert problems[0].msgid == victim.id
    # the other catalogs are untouched and still pass
    other = "fr" if language != "fr" else "de"
    assert check([other], root) == []


def test_check_fails_when_the_template_is_stale(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    template = root / "locales" / "iqtui.pot"
    catalog = read_po(template.open("rb"))
    victim = next(m for m in catalog if m.id)
    catalog.delete(victim.id, victim.context)
    with template.open("wb") as handle:
        write_po(handle, catalog)
    assert [p.what for p in check([], root)] == ["out of date (run catalog_tool update)"]


def test_check_fails_on_an_emptied_translation_and_a_dropped_placeholder(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    path = root / "locales" / "de" / "LC_MESSAGES" / "iqtui.po"
    catalog = read_po(path.open("rb"), locale="de")
    catalog["Wrong passphrase."].string = ""
    catalog["There is no database in {path}."].string = "Keine Datenbank."
    with path.open("wb") as handle:
        write_po(handle, catalog)
    whats = sorted(p.what for p in check(["de"], root))
    assert whats == ["placeholders differ", "untranslated"]


def test_fuzzy_entries_count_as_problems(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    path = root / "locales" / "de" / "LC_MESSAGES" / "iqtui.po"
    catalog = read_po(path.open("rb"), locale="de")
    catalog["Wrong passphrase."].flags.add("fuzzy")
    with path.open("wb") as handle:
        write_po(handle, catalog)
    assert [p.what for p in check(["de"], root)] == ["fuzzy"]


def test_persian_and_turkish_get_cldr_plural_forms(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    for language, forms in catalog_tool.PLURAL_FORMS.items():
        committed = root / "locales" / language / "LC_MESSAGES" / "iqtui.po"
        assert read_po(committed.open("rb"), locale=language).plural_forms == forms
        shutil.rmtree(root / "locales" / language)
        catalog_tool.init(language, root)
        catalog = read_po(
            (root / "locales" / language / "LC_MESSAGES" / "iqtui.po").open("rb"), locale=language
        )
        assert catalog.plural_forms == forms


def test_arabic_has_six_plural_forms_at_run_time() -> None:
    arabic = translator("ar")
    forms = [
        arabic.ngettext("{count} open case", "{count} open cases", n) for n in (0, 1, 2, 3, 11, 100)
    ]
    assert len(set(forms)) == 5  # 11–99 and 100+ share a wording here, the rule still picks both
    assert forms[0] == "لا توجد حالات مفتوحة"
    assert forms[2] == "حالتان مفتوحتان"
    assert "{count}" in forms[3] and "{count}" in forms[4]


@pytest.mark.parametrize("language", ["uk", "ru", "pl"])
def test_slavic_catalogs_use_three_plural_forms(language: str) -> None:
    t = translator(language)
    forms = {t.ngettext("{count} open case", "{count} open cases", n) for n in (1, 2, 5)}
    assert len(forms) == 3


def test_german_legal_terms_stay_visible_in_every_language() -> None:
    for language in REQUIRED:
        if language == "de":
            continue
        assert "(Referenzberuf)" in gettext_in(language, "Reference occupation (Referenzberuf)")
        assert "zuständige Stelle" in gettext_in(
            language, "Competent authority (zuständige Stelle)"
        )
        if language != "en":
            assert "(Aufenthaltstitel)" in gettext_in(language, "Residence permit")


def test_dari_reads_its_own_words_and_persian_for_the_rest() -> None:
    reset_cache()
    assert gettext_in("fa_AF", "yes") == "بلی"
    assert gettext_in("fa", "yes") == "بله"
    assert gettext_in("fa_AF", "University") == "پوهنتون"
    # not in the overlay: the Persian catalog answers, not the English source
    assert gettext_in("fa_AF", "Consent") == gettext_in("fa", "Consent") != "Consent"


def test_dari_overlay_is_checked_but_need_not_be_complete(tmp_path: Path) -> None:
    assert OVERLAYS == {"fa_AF": "fa"}
    assert "fa_AF" in existing_languages()
    root = _copy_project(tmp_path)
    path = root / "locales" / "fa_AF" / "LC_MESSAGES" / "iqtui.po"
    overlay = read_po(path.open("rb"), locale="fa_AF")
    assert 0 < len([m for m in overlay if m.id]) < 60
    assert check(["fa_AF"], root) == []
    overlay.add("A message that left the code", "پیام")
    overlay.add("Consent", gettext_in("fa", "Consent"))  # a mere copy of Persian
    overlay["Postcode"].string = ""
    with path.open("wb") as handle:
        write_po(handle, overlay)
    whats = sorted(p.what for p in check(["fa_AF"], root))
    assert whats == ["same as fa (drop it)", "stale (no longer in the code)", "untranslated"]


def test_update_keeps_the_overlay_small(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    path = root / "locales" / "fa_AF" / "LC_MESSAGES" / "iqtui.po"
    before = {m.id for m in read_po(path.open("rb"), locale="fa_AF") if m.id}
    catalog_tool.update(root)
    after = {m.id for m in read_po(path.open("rb"), locale="fa_AF") if m.id}
    assert after == before


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext (msgfmt) not installed")
@pytest.mark.parametrize("language", existing_languages())
def test_gnu_msgfmt_accepts_the_catalog(language: str) -> None:
    path = bundle_root() / "locales" / language / "LC_MESSAGES" / "iqtui.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "fuzzy" not in result.stderr and "untranslated" not in result.stderr
