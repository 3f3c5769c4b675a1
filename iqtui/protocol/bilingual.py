"""Making :class:`~iqtui.protocol.document.Text` values in German and the client's language.

A :class:`Bilingual` holds the client language and translates message ids, code-list
values, country and language names, dates and plurals into both languages at once. A
German-only document is one without a client language: every text then has only its
German part.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from babel.dates import format_date

from iqtui.domain.codes import CodeList
from iqtui.i18n import LANGUAGES, gettext_in, translator
from iqtui.i18n.names import country_name, language_name
from iqtui.protocol.document import Text

C = TypeVar("C", bound=CodeList)

GERMAN = "de"
#: A value that reads differently per language, e.g. a date with a month name.
Localised = Callable[[str], str]

#: Locales used for dates in each protocol language (English as in Britain: 12 March 2025).
_DATE_LOCALES = {"en": "en_GB", "fa_AF": "fa_AF"}


def supported_language(code: str | None) -> str | None:
    """``code`` if iqtui can print in it (``prs`` means Dari, ``fa_AF``), else ``None``."""
    if not code:
        return None
    cleaned = code.replace("-", "_")
    base = cleaned.split("_")[0].lower()
    if base == "prs" or cleaned.lower() == "fa_af":
        return "fa_AF"
    return base if base in LANGUAGES else None


def german_date(day: dt.date) -> str:
    """``12.03.2025`` — the form German authorities use."""
    return day.strftime("%d.%m.%Y")


class Bilingual:
    """Texts in German plus ``client_language`` (``None`` or ``de``: German only)."""

    def __init__(self, client_language: str | None) -> None:
        language = supported_language(client_language)
        self.language: str | None = None if language in (None, GERMAN) else language

    @property
    def languages(self) -> tuple[str, ...]:
        return (GERMAN, self.language) if self.language else (GERMAN,)

    def _both(self, make: Callable[[str], str]) -> Text:
        german = make(GERMAN)
        return Text(german, make(self.language) if self.language else "")

    def __call__(self, msgid: str, **values: str | Localised | int) -> Text:
        """``msgid`` translated into both languages, with ``{placeholders}`` filled in."""

        def make(language: str) -> str:
            text = gettext_in(language, msgid)
            if not values:
                return text
            filled = {k: v(language) if callable(v) else v for k, v in values.items()}
            return text.format(**filled)

        return self._both(make)

    def ngettext(self, singular: str, plural: str, count: int, **values: str | int) -> Text:
        """The plural form for ``count`` in both languages (``{count}`` is filled in)."""

        def make(language: str) -> str:
            text = translator(language).ngettext(singular, plural, count)
            return text.format(count=count, **values)

        return self._both(make)

    def code(self, member: CodeList | None) -> Text:
        """A code-list value in both languages (empty for ``None``)."""
        if member is None:
            return Text("")
        return self._both(member.label_in)

    def codes(self, members: Iterable[CodeList], separator: str = "; ") -> Text:
        """Several code-list values as one text."""
        chosen = list(members)
        if not chosen:
            return Text("")
        return self._both(lambda lang: separator.join(m.label_in(lang) for m in chosen))

    def country(self, code: str | None) -> Text:
        if not code:
            return Text("")
        return self._both(lambda lang: country_name(code, _babel_locale(lang)))

    def language_name(self, code: str | None) -> Text:
        if not code:
            return Text("")
        return self._both(lambda lang: language_name(code, _babel_locale(lang)))

    def date(self, day: dt.date | None, time: str | None = None) -> Text:
        """``12.03.2025`` in German, the long local form (``12 مارس 2025``) for the client."""
        if day is None:
            return Text("")
        suffix = f", {time}" if time else ""
        value = self.date_value(day)
        return self._both(lambda language: value(language) + suffix)

    def date_value(self, day: dt.date) -> Localised:
        """A date for a ``{placeholder}``: numeric in German, long in the client language."""

        def make(language: str) -> str:
            if language == GERMAN:
                return german_date(day)
            return format_date(day, "long", locale=_babel_locale(language))

        return make

    def local(self, make: Localised) -> Text:
        """Any value computed per language."""
        return self._both(make)


def _babel_locale(language: str) -> str:
    return _DATE_LOCALES.get(language, language)


def parse_code(cls: type[C], value: Any) -> C | None:
    """The member of ``cls`` stored as ``value``; ``None`` if empty or unknown."""
    if value in (None, ""):
        return None
    try:
        return cls.parse(value)
    except ValueError:
        return None
