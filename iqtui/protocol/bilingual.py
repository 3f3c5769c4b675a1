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

from iqtui.domain.codes import CodeList
from iqtui.i18n import LANGUAGES, gettext_in, translator
from iqtui.i18n.formatting import format_date, format_money
from iqtui.i18n.names import country_name, language_name
from iqtui.protocol.document import Text

C = TypeVar("C", bound=CodeList)

GERMAN = "de"
#: A value that reads differently per language, e.g. a date with a month name.
Localised = Callable[[str], str]


def supported_language(code: str | None) -> str | None:
    """``code`` if iqtui can print in it (``prs`` means Dari, ``fa_AF``), else ``None``."""
    if not code:
        return None
    cleaned = code.replace("-", "_")
    base = cleaned.split("_")[0].lower()
    if base == "prs" or cleaned.lower() == "fa_af":
        return "fa_AF"
    return base if base in LANGUAGES else None


def separator(language: str, kind: str = "list") -> str:
    """Punctuation between items: Arabic script has its own comma and semicolon."""
    arabic = language.split("_")[0] in ("ar", "fa")
    if kind == "comma":
        return "، " if arabic else ", "
    return "؛ " if arabic else "; "


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

    def codes(self, members: Iterable[CodeList]) -> Text:
        """Several code-list values as one text, separated as each language does."""
        chosen = list(members)
        if not chosen:
            return Text("")
        return self._both(lambda lang: separator(lang).join(m.label_in(lang) for m in chosen))

    def listing(self, items: Iterable[Text]) -> Text:
        """Texts one after the other, separated as each language does (``a; b`` / ``a؛ b``)."""
        parts = [item for item in items if item]
        if not parts:
            return Text("")
        german = "; ".join(item.german for item in parts)
        if not self.language:
            return Text(german)
        client = separator(self.language).join(item.client or item.german for item in parts)
        return Text(german, client)

    def country(self, code: str | None) -> Text:
        if not code:
            return Text("")
        return self._both(lambda lang: country_name(code, lang))

    def language_name(self, code: str | None) -> Text:
        if not code:
            return Text("")
        return self._both(lambda lang: language_name(code, lang))

    def date(self, day: dt.date | None, time: str | None = None) -> Text:
        """``12.03.2025`` in German, the long local form (``12 مارس 2025``) for the client."""
        if day is None:
            return Text("")
        value = self.date_value(day)
        if not time:
            return self._both(value)
        return self._both(lambda language: value(language) + separator(language, "comma") + time)

    def date_value(self, day: dt.date) -> Localised:
        """A date for a ``{placeholder}``: numeric in German, long in the client language."""

        def make(language: str) -> str:
            if language == GERMAN:
                return german_date(day)
            return format_date(day, language, "long")

        return make

    def money_value(self, cents: int) -> Localised:
        """An amount for a ``{placeholder}``, with each language's separators and sign."""
        return lambda language: format_money(cents, language)

    def local(self, make: Localised) -> Text:
        """Any value computed per language."""
        return self._both(make)


def parse_code(cls: type[C], value: Any) -> C | None:
    """The member of ``cls`` stored as ``value``; ``None`` if empty or unknown."""
    if value in (None, ""):
        return None
    try:
        return cls.parse(value)
    except ValueError:
        return None
