"""Finding a reference occupation from what the client or counsellor types.

Forgiving in the same way as the client search (:func:`iqtui.domain.text.fold`): case,
accents and Arabic-script letter variants do not matter, Cyrillic also matches its Latin
transliteration, German gender forms (``Apotheker/in`` → Apotheker, Apothekerin;
``Kaufmann/-frau`` → Kaufmann, Kauffrau) and ``ae/oe/ue`` spellings are understood, and a
small typo still finds the occupation when nothing matches exactly. Titles in every client
language and the German synonyms are searched together, so ``صيدلي``, ``фармацевт`` and
``Pharmazeut`` all find Apotheker/in. Digits search the KldB code.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from iqtui.domain.text import fold, transliterations
from iqtui.reference.occupations import Occupation, Occupations

#: How well a query matches one spelling of an occupation (higher is better): the whole
#: spelling, its first word(s), a whole later word, the start of the spelling or of a word,
#: the end of a German compound (``ingenieur`` in ``bauingenieur``), anywhere, every word
#: of the query somewhere, and — only when nothing else matched — a close spelling.
EXACT, START_WORD, WHOLE_WORD, PREFIX, WORD_PREFIX, COMPOUND_TAIL = 100, 90, 82, 75, 72, 70
CONTAINS, ALL_WORDS, FUZZY = 55, 50, 30
#: Weight of the kind of spelling that matched.
MAIN_TITLE, VARIANT, SYNONYM, TRANSLITERATED = 1.0, 0.95, 0.9, 0.85
#: Weight of a match in a language nobody in the session speaks (not German, not the
#: counsellor's, not the client's): ``Ingenieur`` typed in German should find the German
#: engineers before the French ``Ingénieur …`` titles.
OTHER_LANGUAGE = 0.85

_SLASH_SUFFIX = re.compile(r"^(?P<stem>.+?)/-?(?P<suffix>[^\s/]+)(?P<rest>(\s.*)?)$")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Match:
    """One search hit: the occupation, the spelling that matched, and how well."""

    occupation: Occupation
    matched: str
    language: str
    score: float


@dataclass(frozen=True)
class _Key:
    occupation: Occupation
    folded: str
    words: tuple[str, ...]
    shown: str
    language: str
    weight: float


def gender_forms(title: str) -> list[str]:
    """The spellings a gendered German title stands for.

    ``Apotheker/in`` → ``Apotheker``, ``Apothekerin``; ``Pflegefachfrau/-mann`` →
    ``Pflegefachfrau``, ``Pflegefachmann``; ``Ärztin/Arzt`` and ``A / B`` → both;
    several slashes in one title are expanded one after the other.
    """
    forms = [title]
    pending = [title]
    while pending and len(forms) < 32:
        for form in _expand(pending.pop()):
            if form not in forms:
                forms.append(form)
                if "/" in form:
                    pending.append(form)
    return forms


def _expand(title: str) -> list[str]:
    """The forms of the first gendered spot in ``title``."""
    if " / " in title:
        return [part.strip() for part in re.split(r"\s+/\s+", title) if part.strip()]
    match = _SLASH_SUFFIX.match(title)
    if not match:
        return []
    stem, suffix, rest = match["stem"], match["suffix"], match["rest"] or ""
    words = stem.split(" ")
    last = words[-1]
    if suffix == "in" or len(suffix) <= 2:
        # Apotheker/in, Medizinische/r
        return [f"{stem}{rest}", f"{stem}{suffix}{rest}"]
    if title[len(stem) + 1] == "-":
        # Kaufmann/-frau, Sozialpädagoge/-pädagogin: replace the tail of the compound
        other = _other_tail(last, suffix)
        tail = [" ".join([*words[:-1], other]) + rest] if other else []
        return [f"{stem}{rest}", *tail]
    # Ärztin/Arzt, Koch/Köchin: two whole words
    return [f"{stem}{rest}", " ".join([*words[:-1], suffix]) + rest]


def _other_tail(word: str, suffix: str) -> str | None:
    """``Kaufmann`` + ``frau`` → ``Kauffrau``; ``Sozialpädagoge`` + ``pädagogin`` → …gogin."""
    for tail in ("frau", "mann"):
        if suffix == tail and word.endswith("frau" if tail == "mann" else "mann"):
            return word[:-4] + tail
    for size in range(len(suffix), 2, -1):
        at = word.rfind(suffix[:size])
        if at > 0:
            return word[:at] + suffix
    return None


def _german_spellings(folded: str) -> list[str]:
    """``aerztin`` also as ``arztin``: people without umlaut keys type ae/oe/ue."""
    if not any(pair in folded for pair in ("ae", "oe", "ue")):
        return []
    return [folded.replace("ae", "a").replace("oe", "o").replace("ue", "u")]


class OccupationIndex:
    """Search keys for every spelling of every occupation, built once."""

    def __init__(self, occupations: Occupations) -> None:
        self.occupations = occupations
        self._keys: list[_Key] = []
        self._vocabulary: set[str] = set()
        for occupation in occupations:
            for form in gender_forms(occupation.title_de):
                self._add(occupation, form, form, "de", MAIN_TITLE)
            for synonym in occupation.synonyms_de:
                for form in gender_forms(synonym):
                    self._add(occupation, form, synonym, "de", SYNONYM)
            for language, variants in occupation.titles:
                for position, variant in enumerate(variants):
                    weight = MAIN_TITLE if position == 0 else VARIANT
                    for form in gender_forms(variant):
                        self._add(occupation, form, variant, language, weight)
        # All keys in one string: ``str.find`` (C speed) narrows a query to a few keys.
        self._blob = "\n".join(key.folded for key in self._keys)
        self._starts: list[int] = []
        offset = 0
        for key in self._keys:
            self._starts.append(offset)
            offset += len(key.folded) + 1
        self._by_initial: dict[str, list[str]] = {}
        for word in sorted(self._vocabulary):
            self._by_initial.setdefault(word[0], []).append(word)

    def _add(
        self, occupation: Occupation, text: str, shown: str, language: str, weight: float
    ) -> None:
        folded = fold(text)
        if not folded:
            return
        spellings = [(folded, weight)] + [(t, TRANSLITERATED) for t in transliterations(folded)]
        for spelling, spelling_weight in spellings:
            words = tuple(_WORD.findall(spelling))
            self._keys.append(
                _Key(occupation, spelling, words, shown, language, min(weight, spelling_weight))
            )
            self._vocabulary.update(word for word in words if len(word) >= 4)

    def search(self, query: str, limit: int = 20, prefer: Sequence[str] = ()) -> list[Match]:
        """Occupations matching ``query``, best first.

        Ties go to matches in German or a ``prefer``red language (the counsellor's and the
        client's), then to the occupations IQ clients bring most often.
        """
        folded = fold(query)
        if not folded:
            return []
        if folded.isdigit():
            return self._by_kldb(folded, limit)
        terms = list(dict.fromkeys([folded, *transliterations(folded), *_german_spellings(folded)]))
        preferred = {"de", *(code.split("_")[0] for code in prefer)}
        best = self._best(terms, preferred)
        if not best:
            best = self._best(self._corrected(folded), preferred, fuzzy=True)
        ranked = sorted(
            best.values(),
            key=lambda m: (
                -m.score,
                m.language not in preferred,
                not m.occupation.common,
                fold(m.occupation.title_de),
            ),
        )
        return ranked[:limit]

    def _best(
        self, terms: list[str], preferred: set[str], *, fuzzy: bool = False
    ) -> dict[str, Match]:
        best: dict[str, Match] = {}
        for term in terms:
            parts = tuple(_WORD.findall(term))
            candidates = self._containing(term)
            if len(parts) > 1:
                candidates |= set.intersection(*(self._containing(p) for p in parts))
            for position in candidates:
                key = self._keys[position]
                level = _level(term, parts, key)
                if not level:
                    continue
                score = (FUZZY if fuzzy else level) * key.weight
                if key.language not in preferred:
                    score *= OTHER_LANGUAGE
                found = best.get(key.occupation.id)
                if found is None or score > found.score:
                    best[key.occupation.id] = Match(key.occupation, key.shown, key.language, score)
        return best

    def _containing(self, text: str) -> set[int]:
        """Positions of the keys that contain ``text``."""
        found: set[int] = set()
        blob, starts = self._blob, self._starts
        at = blob.find(text)
        while at != -1:
            position = bisect.bisect_right(starts, at) - 1
            found.add(position)
            following = position + 1
            if following >= len(starts):
                break
            at = blob.find(text, starts[following])
        return found

    def _corrected(self, folded: str) -> list[str]:
        """The query with each word replaced by the closest known word (typos)."""
        words = _WORD.findall(folded)
        if not words or any(len(word) < 4 for word in words):
            return []
        options = [
            difflib.get_close_matches(word, self._by_initial.get(word[0], []), n=1, cutoff=0.8)
            for word in words
        ]
        if not all(options):
            return []
        return [" ".join(option[0] for option in options)]

    def _by_kldb(self, digits: str, limit: int) -> list[Match]:
        hits = [
            Match(o, o.kldb, "de", float(EXACT if o.kldb == digits else PREFIX))
            for o in self.occupations
            if o.kldb.startswith(digits)
            or (len(digits) > len(o.kldb) and digits.startswith(o.kldb))
        ]
        return sorted(hits, key=lambda m: (-m.score, m.occupation.kldb))[:limit]


def _level(term: str, parts: tuple[str, ...], key: _Key) -> int:
    text = key.folded
    if term in text:
        if term == text:
            return EXACT
        if text.startswith(term):
            following = text[len(term)]
            return START_WORD if not following.isalnum() else PREFIX
        if term in key.words:
            return WHOLE_WORD
        if any(word.startswith(term) for word in key.words):
            return WORD_PREFIX
        if len(term) >= 4 and any(word.endswith(term) for word in key.words):
            return COMPOUND_TAIL
        return CONTAINS if len(term) >= 3 else 0
    if len(parts) > 1 and all(any(w.startswith(p) for w in key.words) for p in parts):
        return ALL_WORDS
    return 0
