"""Translations for iqtui (gettext domain ``iqtui``).

Source strings are English. ``_()`` translates into the *current* UI language at call
time, so the language can change while the app runs; ``translator(lang)`` gives any
other language, e.g. the client's language beside the counsellor's.

Strings defined at import time (code-list labels, tables) are marked with ``N_()`` and
translated where they are shown.
"""

from __future__ import annotations

import gettext as _gettext
import threading
from collections.abc import Iterable

from iqtui.i18n.catalogs import load_translations

#: The eleven languages iqtui speaks, in the order shown to users.
LANGUAGES: tuple[str, ...] = ("de", "en", "ar", "fa", "uk", "ru", "tr", "pl", "ro", "fr", "es")
#: Languages written right to left.
RTL_LANGUAGES = frozenset({"ar", "fa"})
#: The language used when nothing else is configured.
DEFAULT_LANGUAGE = "de"
#: The language of the source strings.
SOURCE_LANGUAGE = "en"

_lock = threading.Lock()
_cache: dict[str, _gettext.NullTranslations] = {}
_current_code = DEFAULT_LANGUAGE


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


def translator(language: str) -> _gettext.NullTranslations:
    """The translations for ``language`` (cached); the source language needs none."""
    code = normalise_language(language)
    with _lock:
        found = _cache.get(code)
        if found is None:
            found = load_translations(code)
            _cache[code] = found
        return found


def set_language(language: str) -> str:
    """Make ``language`` the UI language; returns the code actually used."""
    global _current_code
    code = normalise_language(language)
    translator(code)
    _current_code = code
    return code


def current_language() -> str:
    """The code of the current UI language."""
    return _current_code


def _(message: str) -> str:
    """Translate ``message`` into the current UI language."""
    return translator(_current_code).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate with the plural form for ``n`` in the current UI language."""
    return translator(_current_code).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translate ``message`` in ``context`` (for short, ambiguous source strings)."""
    return translator(_current_code).pgettext(context, message)


def gettext_in(language: str, message: str) -> str:
    """Translate ``message`` into ``language`` without touching the UI language."""
    return translator(language).gettext(message)


def is_rtl(language: str) -> bool:
    """Whether ``language`` is written right to left."""
    return normalise_language(language).split("_")[0] in RTL_LANGUAGES


def normalise_language(language: str) -> str:
    """Map ``de_DE.UTF-8``, ``de-DE`` or ``DE`` to a supported code (``de``).

    ``fa_AF`` (Dari) is kept as its own code; anything unknown becomes the default.
    """
    cleaned = language.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not cleaned:
        return DEFAULT_LANGUAGE
    lang, _sep, region = cleaned.partition("_")
    lang = lang.lower()
    if lang == "prs":  # ISO 639-3 Dari; CLDR has no prs locale
        return "fa_AF"
    if lang == "fa" and region.upper() == "AF":
        return "fa_AF"
    if lang in LANGUAGES:
        return lang
    return DEFAULT_LANGUAGE


def choose_language(candidates: Iterable[str | None]) -> str:
    """The first supported language among ``candidates`` (CLI, config, system locale)."""
    for candidate in candidates:
        if not candidate:
            continue
        code = candidate.split(".")[0].replace("-", "_")
        if code.split("_")[0].lower() in LANGUAGES or code.lower().startswith("prs"):
            return normalise_language(code)
    return DEFAULT_LANGUAGE


def reset_cache() -> None:
    """Forget loaded catalogs (after catalogs change on disk, and in tests)."""
    with _lock:
        _cache.clear()
