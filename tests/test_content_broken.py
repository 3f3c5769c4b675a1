"""A damaged content file is refused with a message that names the file and the place.

Each test copies the real ``assets/content`` folder, breaks one thing the way a hurried
edit or an incomplete translation would, and loads the copy.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from iqtui.i18n import set_language
from iqtui.reference.content import content_dir
from iqtui.reference.content_cards import load_cards
from iqtui.reference.content_cefr import load_cefr
from iqtui.reference.content_sheets import load_sheets
from iqtui.reference.provenance import ReferenceDataError


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(content_dir(), target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def refused(load: Callable[[Path], object], folder: Path) -> str:
    with pytest.raises(ReferenceDataError) as caught:
        load(folder)
    return str(caught.value)


def test_the_unchanged_copy_loads(copy: Path) -> None:
    assert len(load_cards(copy)) >= 40
    assert len(load_cefr(copy).grid) == 30
    assert len(load_sheets(copy)) == 7


def test_a_missing_language_file_is_named(copy: Path) -> None:
    (copy / "cards" / "uk.toml").unlink()
    assert "'uk'" in refused(load_cards, copy)


def test_a_card_without_its_sentence_in_one_language_is_refused(copy: Path) -> None:
    path = copy / "cards" / "ro.toml"
    edit(path, 'text = "Pot lucra bine cu alții', 'tekst = "Pot lucra bine cu alții')
    message = refused(load_cards, copy)
    assert "cards/ro.toml" in message and "teamwork.text" in message


def test_an_empty_translation_counts_as_missing(copy: Path) -> None:
    edit(copy / "cards" / "fa.toml", 'title = "همدلی"', 'title = "  "')
    assert "empathy.title" in refused(load_cards, copy)


def test_a_card_id_listed_twice_is_refused(copy: Path) -> None:
    edit(copy / "cards.toml", 'id = "empathy"', 'id = "teamwork"')
    assert "'teamwork' appears more than once" in refused(load_cards, copy)


def test_an_unknown_competence_area_is_refused(copy: Path) -> None:
    edit(copy / "cards.toml", 'id = "it"\narea = "interest"', 'id = "it"\narea = "hobby"')
    assert "'hobby'" in refused(load_cards, copy)


def test_a_card_id_the_assessment_cannot_store_is_refused(copy: Path) -> None:
    edit(copy / "cards.toml", 'id = "nature"', 'id = "Nature and animals"')
    assert "'Nature and animals'" in refused(load_cards, copy)


def test_a_mistyped_card_section_in_a_translation_is_reported_with_its_line(
    copy: Path,
) -> None:
    path = copy / "cards" / "fr.toml"
    edit(path, "[negotiating]", "[negociating]")
    message = refused(load_cards, copy)
    line = path.read_text(encoding="utf-8").splitlines().index("[negociating]") + 1
    assert f"cards/fr.toml:{line}: 'negociating' is not listed" in message
    assert "negotiating.title" in message  # and the real card now lacks its French text


def test_a_file_that_is_not_valid_toml_is_refused(copy: Path) -> None:
    edit(copy / "cards" / "ar.toml", '[teamwork]\ntitle = "', "[teamwork]\ntitle = ")
    assert "cards/ar.toml" in refused(load_cards, copy)


def test_a_descriptor_too_long_for_its_cell_is_refused(copy: Path) -> None:
    path = copy / "cefr" / "pl.toml"
    edit(
        path,
        'A1 = "Rozumiem proste słowa',
        'A1 = "Rozumiem tylko bardzo proste, krótkie i często używane słowa',
    )
    message = refused(load_cefr, copy)
    assert (
        "cefr/pl.toml" in message
        and "listening.A1" in message
        and "(length 93, at most 70)" in message
    )


def test_a_level_that_does_not_exist_is_refused(copy: Path) -> None:
    edit(copy / "cefr" / "es.toml", "C2 = ", "D1 = ")
    message = refused(load_cefr, copy)
    assert "'D1'" in message and "listening.C2" in message


def test_a_list_with_an_item_missing_in_one_language_is_refused(copy: Path) -> None:
    path = copy / "sheets" / "tr.toml"
    edit(path, '  "Çeviriler ve onaylar (Übersetzungen, Beglaubigungen)",\n', "")
    message = refused(load_sheets, copy)
    assert (
        "sheets/tr.toml" in message
        and "'costs.what' does not have as many items as in the German file (3 instead of 4)"
        in message
    )


def test_a_sheet_block_missing_in_one_language_is_refused(copy: Path) -> None:
    edit(copy / "sheets" / "uk.toml", "[labour_rights.equal]", "[labour_rights.equality]")
    message = refused(load_sheets, copy)
    assert "labour_rights.equal.heading" in message and "'equality'" in message


def test_the_as_of_line_must_keep_its_date_placeholder(copy: Path) -> None:
    edit(copy / "sheets" / "es.toml", "actualizada a: {date}", "actualizada a: {fecha}")
    assert "{date}" in refused(load_sheets, copy)


def test_a_sheet_with_an_unknown_phase_or_date_is_refused(copy: Path) -> None:
    edit(copy / "sheets.toml", 'id = "business"\nphase = "1"', 'id = "business"\nphase = "9"')
    edit(
        copy / "sheets.toml",
        'id = "costs"\nphase = "1"\nas_of = 2026-11-22',
        'id = "costs"\nphase = "1"\nas_of = "soon"',
    )
    message = refused(load_sheets, copy)
    assert "'9'" in message and "'soon'" in message


def test_every_problem_is_listed_at_once_and_translated_for_the_counsellor(copy: Path) -> None:
    (copy / "cards" / "pl.toml").unlink()
    edit(copy / "cards" / "de.toml", 'title = "Sorgfalt"', 'title = ""')
    with pytest.raises(ReferenceDataError) as caught:
        load_cards(copy)
    assert len(caught.value.problems) == 2
    set_language("de")
    german = caught.value.message()
    assert "die Datei für die Sprache „pl“ fehlt" in german
    assert "„carefulness.title“ fehlt oder ist leer" in german


def test_a_retired_card_is_no_longer_offered_but_old_assessments_still_find_it(
    copy: Path,
) -> None:
    edit(
        copy / "cards.toml",
        'id = "numbers"\narea = "subject_method"',
        'id = "numbers"\narea = "subject_method"\nretired = true',
    )
    cards = load_cards(copy)
    assert "numbers" not in [card.id for card in cards]
    found = cards.get("numbers")
    assert found is not None and found.retired
    assert found.title.in_language("de") == "Umgang mit Zahlen"
