"""Right-to-left text for display: isolation for BiDi terminals, shaping and order for others.

Text is stored, searched and translated in logical order only; everything here is a
display-time transform of one run of text (a label, a cell, a line), never saved.

Three modes (``Config.bidi_mode``), because terminals differ (shared/tech/textual-patterns.md
§3.4): GNOME Terminal/VTE, Konsole and mlterm reorder and shape RTL text themselves;
xterm, kitty, alacritty and most others do neither.

``terminal``
    Leave ordering and shaping to the terminal; wrap each run that contains RTL letters
    in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so it cannot bleed into the text or
    borders beside it. Zero width; for BiDi terminals.
``app``
    iqtui shapes Arabic/Persian letters (presentation forms, one cell per letter) and
    puts each run into visual order itself, mirroring brackets inside RTL text; the
    zero-width joiners and marks are dropped afterwards (their work is done). For
    terminals without BiDi; editable fields stay in logical order (cursor positions).
``off``
    Text as stored.

The reordering uses python-bidi's UBA implementation for the embedding levels and
applies rules L2 (reverse runs) and L4 (mirror brackets) here, because python-bidi's
``get_display`` does not mirror: ``(Referenzberuf)`` inside Arabic came out as
``)Referenzberuf(``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

import arabic_reshaper
from bidi import get_display
from bidi.mirror import MIRRORED

BidiMode = Literal["terminal", "app", "off"]
BIDI_MODES: tuple[BidiMode, ...] = ("terminal", "app", "off")

FSI, RLI, LRI, PDI = "\u2068", "\u2067", "\u2066", "\u2069"
#: VTE (GNOME Terminal) escape sequences: stop/restart the terminal's own reordering
#: while iqtui reorders itself (terminal-wg BiDi recommendation, "BDSM" mode 8).
VTE_IMPLICIT_BIDI_OFF = "\x1b[8l"
VTE_IMPLICIT_BIDI_ON = "\x1b[8h"

_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"support_ligatures": False, "delete_harakat": False}
)
#: Zero-width characters with no job left once letters are shaped and ordered; some
#: terminals (mlterm) give them a cell, which shifts and clips the line.
_INVISIBLE = str.maketrans(dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\u061c" + FSI + PDI)))
_LEVEL = re.compile(r"Level\(\s*(\d+),\s*\)")
_EDGES = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)


def is_rtl_char(ch: str) -> bool:
    """Arabic-script or Hebrew letter (bidi class R or AL)."""
    return unicodedata.bidirectional(ch) in ("R", "AL")


def has_rtl(text: str) -> bool:
    """Whether ``text`` contains right-to-left letters."""
    return any(is_rtl_char(ch) for ch in text)


def isolate(text: str, rtl: bool | None = None) -> str:
    """``text`` as an isolated run: RLI/LRI when the direction is known, else FSI."""
    opener = FSI if rtl is None else RLI if rtl else LRI
    return f"{opener}{text}{PDI}"


def shape(text: str) -> str:
    """Arabic and Persian letters in their joined presentation forms, same length."""
    return str(_RESHAPER.reshape(text))


def _levels(text: str, base_rtl: bool | None) -> list[int]:
    """The resolved embedding level of every character (python-bidi works in bytes)."""
    base_dir = None if base_rtl is None else ("R" if base_rtl else "L")
    dump = str(get_display(text, base_dir=base_dir, debug=True))
    section = dump[dump.index("levels:") : dump.index("paragraphs:")]
    byte_levels = [int(level) for level in _LEVEL.findall(section)]
    levels, position = [], 0
    for ch in text:
        levels.append(byte_levels[position])
        position += len(ch.encode("utf-8"))
    return levels


def visual_order(text: str, base_rtl: bool | None = None) -> str:
    """One line of logical text in left-to-right display order (UBA L2 and L4)."""
    if not has_rtl(text):
        return text
    levels = _levels(text, base_rtl)
    pairs = zip(text, levels, strict=True)
    chars = [MIRRORED.get(ch, ch) if level % 2 else ch for ch, level in pairs]
    order = list(range(len(chars)))
    lowest_odd = min((lv for lv in levels if lv % 2), default=1)
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return "".join(chars[i] for i in order)


@lru_cache(maxsize=4096)
def for_display(text: str, mode: BidiMode, base_rtl: bool | None = None) -> str:
    """``text`` (one run, e.g. a label or a cell) prepared for a terminal in ``mode``.

    Leading and trailing blanks stay where they are, so padding and alignment computed
    by the layout survive; only the visible core changes.
    """
    if mode == "off" or not has_rtl(text):
        return text
    match = _EDGES.match(text)
    assert match is not None
    lead, core, trail = match.groups()
    if mode == "terminal":
        return f"{lead}{isolate(core)}{trail}"
    lines = core.split("\n")
    shown = "\n".join(visual_order(shape(line), base_rtl) for line in lines)
    return f"{lead}{shown.translate(_INVISIBLE)}{trail}"


#: Lines for the test-pattern screen: what a counsellor compares on their own terminal.
TEST_PATTERN: tuple[tuple[str, str], ...] = (
    ("ar", "الجهة المختصة (zuständige Stelle)"),
    ("ar", "المهنة المرجعية: ممرض/ة (Referenzberuf) – 2026"),
    ("ar", "لا إله إلا الله — سوريا، حلب"),
    ("fa", "می‌خواهم به‌عنوان پرستار کار کنم."),
    ("fa", "شغل مرجع (Referenzberuf): مهندس برق"),
    ("fa", "تاریخ: 24.03.2026، ساعت 14:30"),
)
