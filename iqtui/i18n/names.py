"""Country and language names from CLDR (through Babel), offline, in every UI language.

Codes are ISO 3166-1 alpha-2 for countries (plus ``XX`` stateless and ``ZZ`` unknown,
as nationality statistics need them) and ISO 639 for languages.
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError, localedata

from iqtui.i18n import N_, gettext_in

#: Pseudo-countries for nationality: stateless and unknown (Destatis has both).
STATELESS = "XX"
UNKNOWN_COUNTRY = "ZZ"
_SPECIAL_COUNTRIES = {
    STATELESS: N_("stateless"),
    UNKNOWN_COUNTRY: N_("unknown / not clarified"),
}
#: CLDR has no Dari locale; iqtui labels it itself.
_SPECIAL_LANGUAGES = {"prs": N_("Dari")}


@cache
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


@cache
def country_codes() -> frozenset[str]:
    """All valid country codes."""
    territories = [str(code) for code in _locale("en").territories]
    codes = {
        code
        for code in territories
        if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "QO", "ZZ"}
    }
    return frozenset(codes | set(_SPECIAL_COUNTRIES))


def country_name(code: str, language: str) -> str:
    """The name of country ``code`` in ``language`` (the code itself if unknown)."""
    if code in _SPECIAL_COUNTRIES:
        return gettext_in(language, _SPECIAL_COUNTRIES[code])
    return str(_locale(language).territories.get(code, code))


@cache
def language_codes() -> frozenset[str]:
    """All valid language codes (ISO 639-1, plus 639-3 where no two-letter code exists)."""
    names = [str(code) for code in _locale("en").languages]
    codes = {code for code in names if code.isalpha() and code.islower() and len(code) in (2, 3)}
    return frozenset(codes | set(_SPECIAL_LANGUAGES))


def language_name(code: str, language: str) -> str:
    """The name of language ``code`` in ``language``."""
    if code in _SPECIAL_LANGUAGES:
        return gettext_in(language, _SPECIAL_LANGUAGES[code])
    return str(_locale(language).languages.get(code, code))


def endonym(code: str) -> str:
    """A language's name in itself (``العربية`` for ``ar``), for language pickers.

    The code itself when CLDR has no data for that language (not English's name).
    """
    if code == "fa_AF" or code == "prs":
        return "دری"
    if not localedata.exists(code.replace("-", "_")):
        return code
    return str(_locale(code).display_name or code)
