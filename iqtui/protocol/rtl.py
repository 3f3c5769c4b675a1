"""Right-to-left text for the PDF: Arabic shaping, bidi levels, line breaking, visual order.

reportlab draws glyphs strictly left to right and joins no Arabic letters. This module
turns a logical-order string into lines in *visual* order, ready to be drawn left to
right, without relying on reportlab's optional ``rlbidi`` path:

1. :func:`shape` — arabic-reshaper picks the contextual presentation form of every
   Arabic/Persian letter (still in logical order); ZWNJ/ZWJ are removed afterwards, as
   the font would draw them as visible marks and they have done their job.
2. :func:`analyse` — the embedding level of every character, resolved over the whole
   paragraph with python-bidi's pure-Python Unicode Bidirectional Algorithm (rules
   X1–X10, W1–W7, N1–N2, I1–I2).
3. :func:`break_lines` — greedy line breaking at spaces, in *logical* order, using the
   caller's width function (so lines keep their order: the first words are on the first
   line, in Arabic as in German).
4. :func:`visual` — for each line: rule L1 (trailing whitespace to the paragraph level),
   L2 (reverse runs from the highest level down to the lowest odd level) and L4
   (mirrored glyphs for brackets in right-to-left runs); bidi control characters go.

Nothing here imports reportlab; widths come in as a function.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import arabic_reshaper
from bidi import algorithm as uba
from bidi.mirror import MIRRORED

Direction = Literal["ltr", "rtl", "auto"]
Measure = Callable[[str], float]

#: Characters that steer bidi but are never drawn (marks, embeddings, isolates, joiners).
CONTROLS = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_ISOLATES = frozenset("\u2066\u2067\u2068\u2069")
_JOINERS = {0x200C: None, 0x200D: None}
_RTL_TYPES = frozenset({"R", "AL"})
#: Bidi classes that can give a character a level above 0 in a left-to-right paragraph.
_RAISING = frozenset({"R", "AL", "AN", "LRE", "LRO", "RLE", "RLO", "LRI", "RLI", "FSI"})

_reshaper = arabic_reshaper.ArabicReshaper(
    configuration={
        "delete_harakat": True,
        "support_ligatures": True,
        # Word ligatures (e.g. Allah in the name Abdullah) would change how names look;
        # only the obligatory lam-alef letter ligatures are used.
        "ARABIC LIGATURE ALLAH": False,
    }
)


def has_rtl(text: str) -> bool:
    """Whether ``text`` contains a right-to-left letter (Arabic, Persian, Hebrew …)."""
    return any(unicodedata.bidirectional(ch) in _RTL_TYPES for ch in text)


def _needs_shaping(text: str) -> bool:
    return any("\u0600" <= ch <= "\u08ff" for ch in text)


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """Arabic/Persian letters in their joined presentation forms, still in logical order."""
    if not _needs_shaping(text):
        return text
    return str(_reshaper.reshape(text)).translate(_JOINERS)


def base_level(text: str, direction: Direction) -> int:
    """0 (left to right) or 1 (right to left); ``auto`` follows the first strong letter."""
    if direction == "rtl":
        return 1
    if direction == "ltr":
        return 0
    return int(uba.get_base_level(text))


@dataclass(frozen=True)
class BidiParagraph:
    """A shaped paragraph in logical order with the resolved level of every character."""

    text: str
    levels: tuple[int, ...]
    base: int

    @property
    def is_rtl(self) -> bool:
        return self.base == 1


@lru_cache(maxsize=4096)
def analyse(text: str, direction: Direction = "auto") -> BidiParagraph:
    """Shape ``text`` (one paragraph, no line breaks) and resolve its embedding levels."""
    shaped = shape(text.replace("\t", " "))
    base = base_level(shaped, direction)
    if base == 0 and not any(unicodedata.bidirectional(ch) in _RAISING for ch in shaped):
        # Nothing can raise a level above 0 (W7 turns numbers after L into L).
        return BidiParagraph(shaped, (0,) * len(shaped), 0)
    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "LR"[base]
    for index, ch in enumerate(shaped):
        kind = "ON" if ch in _ISOLATES else unicodedata.bidirectional(ch) or "ON"
        storage["chars"].append({"ch": ch, "level": base, "type": kind, "orig": kind, "i": index})
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    resolve_bracket_pairs(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels = [base] * len(shaped)
    for entry in storage["chars"]:
        levels[entry["i"]] = entry["level"]
    return BidiParagraph(shaped, tuple(levels), base)


#: Paired brackets (Unicode BidiBrackets.txt, the ones a counsellor may type): open → close.
BRACKETS = {
    "(": ")",
    "[": "]",
    "{": "}",
    "\u2045": "\u2046",
    "\u207d": "\u207e",
    "\u208d": "\u208e",
    "\u2308": "\u2309",
    "\u230a": "\u230b",
    "\u2329": "\u232a",
    "\u27e8": "\u27e9",
    "\u3008": "\u3009",
    "\u300a": "\u300b",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
    "\u3010": "\u3011",
    "\uff08": "\uff09",
    "\uff3b": "\uff3d",
    "\uff5b": "\uff5d",
}
_CLOSING = {close: open_ for open_, close in BRACKETS.items()}
#: Canonical equivalents BidiBrackets.txt treats as the same bracket.
_SAME_BRACKET = {"\u2329": "\u3008", "\u232a": "\u3009"}


def _strong(kind: str) -> str | None:
    """L or R for rule N0 (numbers count as R), ``None`` for neutrals."""
    if kind == "L":
        return "L"
    if kind in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def resolve_bracket_pairs(storage: dict[str, Any]) -> None:
    """Rule N0 of the Unicode Bidirectional Algorithm (6.3+), which python-bidi lacks.

    A bracket pair takes the paragraph's direction if it encloses text of that direction;
    if it only encloses text of the other direction, it follows the text before it. So
    "المهنة (Referenzberuf) · 22" keeps its brackets around the German word instead of
    pairing the closing bracket with the number that follows.
    """
    chars = storage["chars"]
    for run in storage["runs"]:
        start, length = run["start"], run["length"]
        items = chars[start : start + length]
        embedding = "R" if items and items[0]["level"] % 2 else "L"
        pairs: list[tuple[int, int]] = []
        stack: list[tuple[str, int]] = []
        for index, item in enumerate(items):
            if item["type"] != "ON":
                continue
            ch = _SAME_BRACKET.get(item["ch"], item["ch"])
            if ch in BRACKETS:
                if len(stack) == 63:
                    break
                stack.append((_SAME_BRACKET.get(BRACKETS[ch], BRACKETS[ch]), index))
            elif ch in _CLOSING:
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == ch:
                        pairs.append((stack[depth][1], index))
                        del stack[depth:]
                        break
        for opening, closing in sorted(pairs):
            inside = {_strong(item["type"]) for item in items[opening + 1 : closing]} - {None}
            if not inside:
                continue
            if embedding in inside:
                direction = embedding
            else:
                before = run["sor"]
                for item in reversed(items[:opening]):
                    found = _strong(item["type"])
                    if found:
                        before = found
                        break
                direction = before
            for position in (opening, closing):
                items[position]["type"] = direction
                follower = position + 1
                while follower < len(items) and items[follower]["orig"] == "NSM":
                    items[follower]["type"] = direction
                    follower += 1


def visual(paragraph: BidiParagraph, start: int = 0, end: int | None = None) -> str:
    """The characters ``start:end`` of ``paragraph`` as one line in visual (drawing) order."""
    stop = len(paragraph.text) if end is None else end
    chars = list(paragraph.text[start:stop])
    levels = list(paragraph.levels[start:stop])
    if not any(levels):
        return "".join(ch for ch in chars if ch not in CONTROLS)
    # L1: whitespace at the end of the line takes the paragraph level.
    index = len(chars) - 1
    while index >= 0 and (chars[index].isspace() or chars[index] in CONTROLS):
        levels[index] = paragraph.base
        index -= 1
    # L4 (done before reordering, on the logical characters): mirror in RTL runs.
    for i, ch in enumerate(chars):
        if levels[i] % 2 and ch in MIRRORED and unicodedata.mirrored(ch):
            chars[i] = MIRRORED[ch]
    # L2: reverse every run at or above each level, from the highest to the lowest odd.
    order = list(range(len(chars)))
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return "".join(chars[k] for k in order if chars[k] not in CONTROLS)


@dataclass(frozen=True)
class Line:
    """One laid-out line: its text in visual order, its width and its logical range."""

    text: str
    width: float
    start: int
    end: int


def _words(text: str) -> Iterator[tuple[int, int]]:
    """Logical ranges of the words of ``text`` (separated by single or repeated spaces)."""
    start = None
    for index, ch in enumerate(text):
        if ch == " ":
            if start is not None:
                yield start, index
                start = None
        elif start is None:
            start = index
    if start is not None:
        yield start, len(text)


def _split_long_word(
    text: str, start: int, end: int, width: float, measure: Measure
) -> list[tuple[int, int]]:
    pieces = []
    while start < end:
        cut = start + 1
        while cut < end and measure(text[start : cut + 1]) <= width:
            cut += 1
        pieces.append((start, cut))
        start = cut
    return pieces


def break_lines(text: str, width: float, measure: Measure) -> list[tuple[int, int]]:
    """Logical ``(start, end)`` ranges of the lines of ``text`` within ``width``.

    Lines break at spaces; a word longer than the line is cut between characters.
    The spaces at a break belong to no line.
    """
    lines: list[tuple[int, int]] = []
    space = measure(" ")
    line_start: int | None = None
    line_end = 0
    line_width = 0.0
    for word_start, word_end in _words(text):
        word_width = measure(text[word_start:word_end])
        if line_start is not None and line_width + space + word_width <= width:
            line_end = word_end
            line_width += space + word_width
            continue
        if line_start is not None:
            lines.append((line_start, line_end))
        if word_width > width:
            pieces = _split_long_word(text, word_start, word_end, width, measure)
            lines.extend(pieces[:-1])
            word_start = pieces[-1][0]
            word_width = measure(text[word_start:word_end])
        line_start, line_end, line_width = word_start, word_end, word_width
    if line_start is not None:
        lines.append((line_start, line_end))
    return lines or [(0, 0)]


def layout(text: str, width: float, measure: Measure, direction: Direction = "auto") -> list[Line]:
    """``text`` broken into lines of at most ``width``, each in visual order.

    Every ``\\n`` starts a new paragraph (with its own direction when ``auto``); an
    empty paragraph gives an empty line.
    """
    lines: list[Line] = []
    for part in text.split("\n"):
        paragraph = analyse(part, direction)
        for start, end in break_lines(paragraph.text, width, measure):
            drawn = visual(paragraph, start, end)
            lines.append(Line(drawn, measure(drawn), start, end))
    return lines


def paragraph_direction(text: str, direction: Direction) -> Literal["ltr", "rtl"]:
    """The direction a paragraph is aligned by (its base direction)."""
    return "rtl" if base_level(shape(text), direction) == 1 else "ltr"
