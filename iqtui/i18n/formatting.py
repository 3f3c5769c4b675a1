"""Dates, times, numbers and money in the reader's language (CLDR through Babel, offline).

Every function takes the language of the *reader* — the counsellor's UI language by
default, or the client's language for client-facing text — and returns display text.
Nothing formatted here is ever stored or parsed back: stored values are ``date``/``int``
and typed input stays in the German formats the domain parses (``24.03.2026``, ``120,50``).

Decisions:

- **Latin digits (0–9) in every language, also Arabic and Persian/Dari.** Babel prints
  Latin digits; we keep them on purpose. The protocol sets every figure beside its German
  counterpart, the counsellor types Latin digits, and the authorities the client deals with
  write them. Arabic-Indic and Persian digits that *users type* are accepted everywhere
  (``iqtui.domain.text.ascii_digits``); they are simply not produced.
- **German conventions for English**: ``en`` formats as CLDR ``en_DE`` (``24 Mar 2026``,
  ``1.234,50 €``), so an English protocol shows the same amounts as its German half.
- **Gregorian calendar only** (Babel has no Solar Hijri); Persian and Dari get their own
  month names (``مارس`` / ``مارچ``).
- **Bidi marks are kept**: CLDR puts U+200F/U+200E/U+061C into some Arabic and Persian
  patterns (``24‏/03‏/2026``) so that RTL text shows the parts in the reader's order.
  They are zero-width and belong to display text; :func:`without_bidi_marks` removes them
  where a consumer reorders text itself (the PDF's shaping step).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import lists as babel_lists
from babel import numbers as babel_numbers

from iqtui.i18n import current_language, normalise_language

Length = Literal["short", "medium", "long", "full"]

#: Babel locale per iqtui language (regional variants where CLDR has a better fit).
_LOCALES = {"de": "de_DE", "en": "en_DE", "fa_AF": "fa_AF"}
#: Zero-width direction marks CLDR inserts in some RTL patterns.
BIDI_MARKS = "\u200e\u200f\u061c"
_NO_MARKS = str.maketrans(dict.fromkeys(map(ord, BIDI_MARKS)))


def babel_locale(language: str | None = None) -> Locale:
    """The Babel locale used to format for ``language`` (default: the UI language)."""
    return _locale_for(normalise_language(language or current_language()))


@cache
def _locale_for(code: str) -> Locale:
    try:
        return Locale.parse(_LOCALES.get(code, code))
    except (UnknownLocaleError, ValueError):  # pragma: no cover - all codes are in CLDR
        return Locale.parse("de_DE")


def without_bidi_marks(text: str) -> str:
    """``text`` without LRM/RLM/ALM (for consumers that do their own reordering)."""
    return text.translate(_NO_MARKS)


def format_date(value: dt.date, language: str | None = None, length: Length = "medium") -> str:
    """A calendar date: de ``24.03.2026``, fr ``24 mars 2026``, fa ``24 مارس 2026``."""
    if isinstance(value, dt.datetime):
        value = value.date()
    return babel_dates.format_date(value, length, locale=babel_locale(language))


def format_time(value: dt.time | str, language: str | None = None) -> str:
    """A clock time (``14:30`` or ``2:30 م``); accepts the stored ``"HH:MM"`` text."""
    if isinstance(value, str):
        hours, _sep, minutes = value.partition(":")
        value = dt.time(int(hours), int(minutes or 0))
    return babel_dates.format_time(value, "short", locale=babel_locale(language))


def format_datetime(
    value: dt.datetime, language: str | None = None, length: Length = "medium"
) -> str:
    """A moment, e.g. an audit entry; aware values are shown in the computer's time zone."""
    if value.tzinfo is not None:
        value = value.astimezone()
    locale = babel_locale(language)
    day = babel_dates.format_date(value.date(), length, locale=locale)
    clock = babel_dates.format_time(value.time(), "short", locale=locale)
    pattern = str(locale.datetime_formats.get(length, "{1} {0}"))
    return pattern.replace("{1}", day).replace("{0}", clock).replace("'", "")


def format_number(value: int | float | Decimal, language: str | None = None) -> str:
    """A number with the reader's separators: de ``1.234,5``, fr ``1 234,5``."""
    return babel_numbers.format_decimal(value, locale=babel_locale(language))


def format_money(cents: int, language: str | None = None) -> str:
    """An amount stored in euro cents: de ``1.234,50 €``, uk ``1 234,50 EUR``."""
    amount = Decimal(cents) / 100
    return babel_numbers.format_currency(amount, "EUR", locale=babel_locale(language))


def format_list(items: Iterable[str], language: str | None = None) -> str:
    """``A, B and C`` with the reader's conjunction and commas (ar ``A وB وC``)."""
    return babel_lists.format_list(list(items), locale=babel_locale(language))
