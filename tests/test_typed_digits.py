"""Persian and Arabic-Indic digits typed by a user are accepted wherever numbers go."""

from __future__ import annotations

import datetime as dt

import pytest

from iqtui.domain import fields
from iqtui.domain.fields import FieldError, normalise
from iqtui.domain.schema import spec
from iqtui.i18n import LANGUAGES, set_language

ARABIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


def _in(digits: str, text: str) -> str:
    """``text`` with its ASCII digits written in another digit set."""
    return "".join(digits[int(ch)] if ch.isdigit() else ch for ch in text)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fields, "today", lambda: dt.date(2026, 6, 1))


@pytest.mark.parametrize("digits", [ARABIC, PERSIAN], ids=["arabic-indic", "persian"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_typed_in_eastern_digits_are_stored_as_numbers(digits: str, language: str) -> None:
    set_language(language)
    assert normalise(spec("client", "birth_year"), _in(digits, "1985")) == 1985
    assert normalise(spec("contact", "date"), _in(digits, "24.03.2026")) == dt.date(2026, 3, 24)
    assert normalise(spec("contact", "date"), _in(digits, "24/03/2026")) == dt.date(2026, 3, 24)
    assert normalise(spec("contact", "start_time"), _in(digits, "14:30")) == "14:30"
    assert normalise(spec("contact", "duration_minutes"), _in(digits, "45")) == 45
    assert normalise(spec("qualification", "work_experience_years"), _in(digits, "7")) == 7
    assert normalise(spec("recognition", "cost_fees"), _in(digits, "120,50")) == 12050
    assert normalise(spec("client", "postcode"), _in(digits, "50667")) == "50667"
    assert normalise(spec("client", "phone"), _in(digits, "+49 221 123")) == "+49 221 123"


def test_arabic_decimal_and_thousands_separators_in_amounts() -> None:
    assert normalise(spec("recognition", "cost_fees"), "١٢٠٫٥٠") == 12050
    assert normalise(spec("recognition", "cost_fees"), "١٬٢٠٠٫٥٠") == 120050
    assert normalise(spec("recognition", "cost_fees"), "۲۰۰") == 20000


def test_direction_marks_pasted_with_a_number_are_ignored() -> None:
    assert normalise(spec("contact", "date"), "\u200f٢٤/٠٣/٢٠٢٦\u200f") == dt.date(2026, 3, 24)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_a_wrong_number_is_explained_in_the_ui_language(language: str) -> None:
    set_language(language)
    with pytest.raises(FieldError) as error:
        normalise(spec("client", "birth_year"), "۱۹۸")
    message = error.value.message()
    assert message != "Please enter a year with four digits, e.g. 1985."
    assert "1985" in message
    with pytest.raises(FieldError) as error:
        normalise(spec("contact", "date"), "٣١/٠٢/٢٠٢٦")
    assert "31/02/2026" in error.value.message()
    assert error.value.message() != "This date does not exist: 31/02/2026."
