"""What country and language pickers offer and how typing narrows them down.

A picker shows each entry in the UI language, but the counsellor may type the name in
German or English, and the client may point at their own script: ``Syr``, ``Syrien``,
``سور`` and ``Сир`` all find Syria whatever the UI language is. Every entry therefore
carries its names in all eleven UI languages (CLDR), the endonym for languages, and a few
everyday aliases CLDR lacks (``Palästina``, ``UK``). Names are folded like stored search
keys (:func:`iqtui.domain.text.fold`: case, accents and Arabic letter variants —
``ی/ي``, ``ک/ك``, ``ة/ه``, hamza forms — unified; Cyrillic also transliterated).

Ranking: the code typed exactly (``SY``, ``de``), then names starting with the query,
then names with a word starting with it, then names containing it; within each, what
was typed beats its Latin transliteration, the countries and languages clients most
often have beat rare ones, and a hit in the UI language beats German/English, which
beats the other languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from iqtui.domain.text import fold, search_terms
from iqtui.i18n import LANGUAGES, normalise_language
from iqtui.i18n.names import (
    STATELESS,
    UNKNOWN_COUNTRY,
    country_codes,
    country_name,
    endonym,
    language_codes,
    language_name,
)

#: Names people use that CLDR does not list (folded at build time).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "PS": ("Palestine", "Palästina", "فلسطين", "Палестина", "Filistin"),
    "GB": ("UK", "England", "Großbritannien", "Great Britain"),
    "US": ("USA", "Amerika", "America"),
    "TR": ("Turkey", "Türkei", "Turquie", "Turquía"),
    "CD": ("Kongo", "Congo-Kinshasa", "DR Kongo"),
    "CG": ("Kongo-Brazzaville",),
    "CI": ("Elfenbeinküste", "Ivory Coast"),
    "MM": ("Burma", "Birma"),
    "CZ": ("Tschechien", "Czech Republic"),
    "MK": ("Mazedonien", "Macedonia"),
}
#: Language codes outside CLDR's ``languages`` that pickers offer (``prs`` Dari).
LANGUAGE_ALIASES: dict[str, tuple[str, ...]] = {
    "prs": ("Dari", "دری", "Farsi-e Dari", "Persian (Afghanistan)", "Persisch (Afghanistan)"),
    "fa": ("Farsi", "Persian", "Persisch", "فارسی"),
    "ckb": ("Sorani", "سۆرانی"),
    "ku": ("Kurmanji", "Kurmancî", "Kurdî"),
    "uk": ("Ukrainisch",),
}
#: Languages IQ clients speak most (counselling statistics, shared/domain notes (d)),
#: offered first in an empty language picker.
COMMON_LANGUAGES: tuple[str, ...] = (
    "de", "en", "ar", "fa", "prs", "uk", "ru", "tr", "pl", "ro", "fr", "es", "ps",
    "ku", "ckb", "ti", "so", "sq", "sr", "bs", "hr", "bg", "el", "it", "pt", "vi",
    "zh", "hi", "ur", "bn", "ta", "tl", "am", "ha", "sw", "ka", "hy", "az", "uz", "kk",
)  # fmt: skip
#: Three-letter codes offered besides the ISO 639-1 languages (CLDR knows them all).
EXTRA_LANGUAGES: tuple[str, ...] = (
    "prs", "ckb", "sdh", "bal", "fil", "yue", "kab", "zgh", "shi", "tzm", "tig", "syr",
    "snk", "dyo", "ful", "arz", "pcm", "haw", "rom", "ast", "gsw", "sah", "chr", "hmn",
)  # fmt: skip
#: Countries clients most often come from, first in an empty country picker.
COMMON_COUNTRIES: tuple[str, ...] = (
    "DE", "SY", "UA", "AF", "TR", "IQ", "IR", "RU", "PL", "RO", "ER", "SO", "NG", "IN",
    "PH", "TN", "MA", "DZ", "EG", "BA", "XK", "RS", "AL", "VN", "CN", "PK", "GE", "AM",
)  # fmt: skip

# Where a name comes from: the UI language, German/English, or elsewhere.
_CODE, _UI, _DE_EN, _OTHER = 0, 1, 2, 3
# How it matches: whole name, name starts with it, a word starts with it, anywhere.
_EXACT, _PREFIX, _WORD, _INSIDE = 0, 1, 2, 3
#: The rank of entries that are not in a common list.
_RARE = 1000
_WORD_START = re.compile(r"[\s\-(/,.'’]+")


@dataclass(frozen=True)
class Choice:
    """One entry of a picker: stored ``code``, ``label`` in the UI language, ``hint``.

    ``hint`` helps where the label alone may not (the endonym of a language, the German
    name of a country when the UI is not German). ``names`` are the folded search forms
    with where each comes from; pickers do not need to read them.
    """

    code: str
    label: str
    hint: str
    names: tuple[tuple[int, str], ...]
    rank: int


def _folded(names: Iterable[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    """Fold every name (plus Latin spellings of Cyrillic), keep the best origin of each."""
    best: dict[str, int] = {}
    for origin, name in names:
        for form in search_terms(name):
            if form and origin < best.get(form, 99):
                best[form] = origin
    return tuple(sorted((origin, form) for form, origin in best.items()))


def _others(ui: str) -> list[str]:
    return [lang for lang in LANGUAGES if lang not in (ui, "de", "en")]


@cache
def country_choices(language: str) -> tuple[Choice, ...]:
    """Every country (and "stateless", "unknown") for a picker in ``language``."""
    ui = normalise_language(language)
    order = {code: i for i, code in enumerate(COMMON_COUNTRIES)}
    choices = []
    for code in country_codes():
        label = country_name(code, ui)
        names = [(_CODE, code), (_UI, label)]
        names += [(_DE_EN, country_name(code, lang)) for lang in ("de", "en")]
        names += [(_OTHER, country_name(code, lang)) for lang in _others(ui)]
        names += [(_DE_EN, alias) for alias in COUNTRY_ALIASES.get(code, ())]
        hint = country_name(code, "de") if ui != "de" else ""
        rank = order.get(code, _RARE + (code in (STATELESS, UNKNOWN_COUNTRY)))
        choices.append(Choice(code, label, hint if hint != label else "", _folded(names), rank))
    return tuple(sorted(choices, key=lambda c: (fold(c.label), c.code)))


@cache
def language_choices(language: str) -> tuple[Choice, ...]:
    """Every language a client may speak, for a picker in ``language``.

    Dari is offered as ``prs`` (what the domain stores); its texts come from ``fa_AF``.
    """
    ui = normalise_language(language)
    order = {code: i for i, code in enumerate(COMMON_LANGUAGES)}
    offered = {c for c in language_codes() if len(c) == 2 or c in EXTRA_LANGUAGES}
    choices = []
    for code in sorted(offered):
        label = language_name(code, ui)
        if label == code:  # CLDR has no name for it in this language
            continue
        # Endonyms need each language's own CLDR file: only for the common ones (speed).
        own = _endonym(code) if code in order else ""
        names = [(_CODE, code), (_UI, label), (_OTHER, own or label)]
        names += [(_DE_EN, language_name(code, lang)) for lang in ("de", "en")]
        names += [(_OTHER, language_name(code, lang)) for lang in _others(ui)]
        names += [(_DE_EN, alias) for alias in LANGUAGE_ALIASES.get(code, ())]
        hint = own if own and fold(own) != fold(label) else ""
        rank = order.get(code, _RARE)
        choices.append(Choice(code, label, hint, _folded(names), rank))
    return tuple(sorted(choices, key=lambda c: (fold(c.label), c.code)))


def _endonym(code: str) -> str:
    name = endonym("fa_AF" if code == "prs" else code)
    return name if name != code else ""


def search(choices: Sequence[Choice], query: str, limit: int | None = None) -> list[Choice]:
    """The entries matching ``query``, best first (all, common first, if it is empty)."""
    terms = search_terms(query)
    if not terms:
        ordered = sorted(choices, key=lambda c: (c.rank, fold(c.label)))
        return ordered[:limit] if limit else ordered
    scored = []
    for choice in choices:
        score = _score(choice, terms)
        if score is not None:
            kind, transliterated, origin = score
            rare = choice.rank >= _RARE
            key = (kind, transliterated, rare, origin, choice.rank)
            scored.append((key, fold(choice.label), choice))
    scored.sort(key=lambda item: item[:2])
    found = [item[2] for item in scored]
    return found[:limit] if limit else found


def _score(choice: Choice, terms: list[str]) -> tuple[int, int, int] | None:
    """(how it matches, whether only a transliteration matched, where the name is from)."""
    best: tuple[int, int, int] | None = None
    for origin, name in choice.names:
        for index, term in enumerate(terms):
            kind = _match(name, term, origin)
            score = (kind, int(index > 0), origin) if kind is not None else None
            if score is not None and (best is None or score < best):
                best = score
    return best


def _match(name: str, term: str, origin: int) -> int | None:
    if origin == _CODE:
        return _EXACT if name == term else None
    if name == term:
        return _EXACT
    if name.startswith(term):
        return _PREFIX
    if any(word.startswith(term) for word in _WORD_START.split(name)[1:]):
        return _WORD
    if len(term) >= 3 and term in name:
        return _INSIDE
    return None


def find(choices: Sequence[Choice], code: str) -> Choice | None:
    """The entry for a stored ``code`` (for showing a saved value)."""
    for choice in choices:
        if choice.code == code:
            return choice
    return None
