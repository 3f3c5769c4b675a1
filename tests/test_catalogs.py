"""Translation catalogs: complete, placeholders intact, in step with the source code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from iqtui.i18n import catalog_tool
from iqtui.i18n.catalog_tool import check, existing_languages
from iqtui.paths import bundle_root

#: Languages whose catalogs must be complete.
REQUIRED = ("de", "en")


def test_required_catalogs_exist() -> None:
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


def test_check_fails_when_one_translation_is_removed(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    path = root / "locales" / "de" / "LC_MESSAGES" / "iqtui.po"
    catalog = read_po(path.open("rb"), locale="de")
    victim = next(m for m in catalog if m.id and isinstance(m.id, str) and "Referenzberuf" in m.id)
    catalog.delete(victim.id, victim.context)
    with path.open("wb") as handle:
        write_po(handle, catalog)
    problems = check(["de"], root)
    assert [p.what for p in problems] == ["missing (run catalog_tool update)"]
    assert problems[0].msgid == victim.id


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
        catalog_tool.init(language, root)
        catalog = read_po(
            (root / "locales" / language / "LC_MESSAGES" / "iqtui.po").open("rb"), locale=language
        )
        assert catalog.plural_forms == forms
