"""Dates, times and money shown in the reader's language, with Latin digits throughout."""

from __future__ import annotations

import datetime as dt

import pytest

from iqtui.i18n import LANGUAGES, set_language
from iqtui.i18n.formatting import (
    BIDI_MARKS,
    format_date,
    format_datetime,
    format_list,
    format_money,
    format_number,
    format_time,
    without_bidi_marks,
)

DAY = dt.date(2026, 3, 24)


def _foreign_digits(text: str) -> list[str]:
    return [ch for ch in text if ch.isdigit() and not ch.isascii()]


@pytest.mark.parametrize("language", [*LANGUAGES, "fa_AF"])
def test_every_language_formats_dates_times_and_money_with_latin_digits(language: str) -> None:
    shown = [
        format_date(DAY, language),
        format_date(DAY, language, "long"),
        format_time("14:30", language),
        format_datetime(dt.datetime(2026, 3, 24, 14, 30), language),
        format_money(123450, language),
        format_number(1234.5, language),
    ]
    for text in shown:
        assert _foreign_digits(text) == [], (language, text)
    assert "2026" in shown[0] and "2026" in shown[1]
    assert "234" in shown[4] and "50" in shown[4]


def test_german_counsellor_sees_german_conventions() -> None:
    assert format_date(DAY, "de") == "24.03.2026"
    assert format_date(DAY, "de", "long") == "24. März 2026"
    assert format_money(123450, "de") == "1.234,50\xa0€"
    assert format_money(20000, "de") == "200,00\xa0€"
    assert format_time("09:05", "de") == "09:05"


def test_english_uses_the_german_separators_of_the_protocol() -> None:
    assert format_money(123450, "en") == format_money(123450, "de")
    assert format_date(DAY, "en") == "24 Mar 2026"


def test_month_names_follow_the_reader() -> None:
    assert "mars" in format_date(DAY, "fr", "long")
    assert "березня" in format_date(DAY, "uk", "long")
    assert "مارس" in format_date(DAY, "fa", "long")
    # Dari has its own month names in CLDR
    assert "مارچ" in format_date(DAY, "fa_AF", "long")
    assert "Mart" in format_date(DAY, "tr", "long")


def test_arabic_dates_keep_the_marks_that_order_them_and_can_drop_them() -> None:
    shown = format_date(DAY, "ar")
    assert any(mark in shown for mark in BIDI_MARKS)
    assert without_bidi_marks(shown) == "24/03/2026"


def test_default_language_is_the_ui_language_at_call_time() -> None:
    set_language("fr")
    assert format_date(DAY, length="long") == "24 mars 2026"
    set_language("pl")
    assert format_date(DAY, length="long") == "24 marca 2026"


def test_lists_use_the_readers_conjunction() -> None:
    assert format_list(["A", "B", "C"], "de") == "A, B und C"
    assert format_list(["A", "B", "C"], "ar") == "A وB وC"
    assert format_list(["A", "B"], "ru") == "A и B"
