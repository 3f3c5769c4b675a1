"""Country and language pickers: names in the UI language, found in any of the eleven."""

from __future__ import annotations

import pytest

from iqtui.i18n import LANGUAGES
from iqtui.i18n.pickers import country_choices, find, language_choices, search


def _codes(choices: list, n: int = 3) -> list[str]:
    return [c.code for c in choices[:n]]


@pytest.mark.parametrize("ui", LANGUAGES)
@pytest.mark.parametrize("typed", ["Syr", "Syrien", "syria", "سور", "سوریه", "Сир", "Сирія"])
def test_typing_syria_in_any_script_finds_it_first(ui: str, typed: str) -> None:
    found = search(country_choices(ui), typed)
    assert found and found[0].code == "SY", [c.label for c in found[:3]]


def test_countries_are_labelled_in_the_ui_language() -> None:
    assert find(country_choices("ar"), "SY").label == "سوريا"  # type: ignore[union-attr]
    assert find(country_choices("fa"), "SY").label == "سوریه"  # type: ignore[union-attr]
    assert find(country_choices("uk"), "DE").label == "Німеччина"  # type: ignore[union-attr]
    syria_de = find(country_choices("de"), "SY")
    assert syria_de is not None and syria_de.label == "Syrien" and syria_de.hint == ""
    # outside German the German name is the hint the counsellor recognises
    assert find(country_choices("tr"), "SY").hint == "Syrien"  # type: ignore[union-attr]


def test_arabic_letter_variants_are_folded() -> None:
    # Persian keyboard (ی, ک) and Arabic spelling without hamza find the same countries
    assert _codes(search(country_choices("fa"), "ايران"), 1) == ["IR"]
    assert _codes(search(country_choices("ar"), "عراق"), 1) == ["IQ"]
    assert _codes(search(country_choices("ar"), "ترکیه"), 1) == ["TR"]
    assert _codes(search(country_choices("de"), "turkiye"), 1) == ["TR"]


def test_a_typed_code_comes_first() -> None:
    assert _codes(search(country_choices("de"), "DE"), 1) == ["DE"]
    assert _codes(search(country_choices("ar"), "ua"), 1) == ["UA"]


def test_stateless_and_unknown_are_offered_in_every_language() -> None:
    assert _codes(search(country_choices("de"), "staatenlos"), 1) == ["XX"]
    assert _codes(search(country_choices("ar"), "عديم"), 1) == ["XX"]
    assert _codes(search(country_choices("ru"), "неизвест"), 1) == ["ZZ"]


def test_everyday_names_cldr_lacks_are_found() -> None:
    assert _codes(search(country_choices("de"), "Palästina"), 1) == ["PS"]
    assert _codes(search(country_choices("en"), "UK"), 1) == ["GB"]


def test_empty_query_lists_the_usual_countries_first() -> None:
    assert _codes(search(country_choices("de"), ""), 4) == ["DE", "SY", "UA", "AF"]


@pytest.mark.parametrize("ui", LANGUAGES)
def test_every_offered_language_has_a_name_in_the_ui_language(ui: str) -> None:
    choices = language_choices(ui)
    assert len(choices) > 150
    assert all(c.label and c.label != c.code for c in choices)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Dari", "prs"),
        ("دری", "prs"),
        ("Farsi", "fa"),
        ("فارسی", "fa"),
        ("Persisch", "fa"),
        ("عرب", "ar"),
        ("Arab", "ar"),
        ("Укр", "uk"),
        ("Tigrinya", "ti"),
        ("Sorani", "ckb"),
        ("Kurd", "ku"),
    ],
)
def test_languages_are_found_by_any_name(typed: str, code: str) -> None:
    for ui in ("de", "ar", "en"):
        assert _codes(search(language_choices(ui), typed), 1) == [code], ui


def test_dari_is_labelled_in_each_language_and_hinted_in_its_own_script() -> None:
    assert find(language_choices("ar"), "prs").label == "الدارية"  # type: ignore[union-attr]
    dari = find(language_choices("de"), "prs")
    assert dari is not None and dari.label == "Dari" and dari.hint == "دری"
    assert find(language_choices("de"), "ar").hint == "العربية"  # type: ignore[union-attr]


def test_common_languages_come_first_when_nothing_is_typed() -> None:
    assert _codes(search(language_choices("de"), ""), 5) == ["de", "en", "ar", "fa", "prs"]
    # with equally good matches the language clients speak wins over a rare one
    assert _codes(search(language_choices("de"), "Far"), 2) == ["fa", "prs"]
