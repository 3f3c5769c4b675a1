"""Reading protocols back the way a person reads them, independent of iqtui's own code.

``glyph_lines`` takes every drawn glyph with its position (pdfminer), groups them into
lines by baseline and sorts each line by x: the *visual* order on paper.
``read_line`` then reads such a line as a reader would: a right-to-left line from right
to left, numbers and Latin words inside it from left to right, mirrored brackets turned
back. Comparing the result (NFKC-normalised) with the logical text proves the ordering
without using the bidi code under test.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTComponent

_RTL = {"R", "AL"}
_LTR_RUN = {"L", "EN", "AN"}
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_CONTROLS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")


@dataclass(frozen=True)
class GlyphLine:
    """The glyphs of one line on one page, left to right."""

    page: int
    y: float
    x0: float
    x1: float
    visual: str


def glyph_lines(pdf: Path) -> list[GlyphLine]:
    """Every line of every page, top to bottom, each in visual (left-to-right) order."""
    lines: list[GlyphLine] = []
    for page_number, page in enumerate(extract_pages(str(pdf)), start=1):
        chars: list[LTChar] = []
        stack: list[LTComponent] = [page]
        while stack:
            item = stack.pop()
            if isinstance(item, LTChar):
                chars.append(item)
            elif hasattr(item, "__iter__"):
                stack.extend(item)  # type: ignore[arg-type]
        rows: dict[float, list[LTChar]] = {}
        for char in chars:
            rows.setdefault(round(char.y0 * 2) / 2, []).append(char)
        for y in sorted(rows, reverse=True):
            row = sorted(rows[y], key=lambda ch: ch.x0)
            # Split a row where a gap is wider than a few spaces (separate columns).
            start = 0
            for i in range(1, len(row) + 1):
                if i == len(row) or row[i].x0 - row[i - 1].x1 > 12:
                    part = row[start:i]
                    text = "".join(ch.get_text() for ch in part)
                    lines.append(GlyphLine(page_number, y, part[0].x0, part[-1].x1, text))
                    start = i
    return lines


def _kind(ch: str) -> str:
    bidi = unicodedata.bidirectional(ch)
    if bidi in _RTL:
        return "rtl"
    if bidi in _LTR_RUN:
        return "ltr"
    return "neutral"


def _runs(text: str, keep: str) -> list[tuple[int, int]]:
    """Maximal ranges of ``keep`` characters, with neutrals between two of them."""
    kinds = [_kind(ch) for ch in text]
    ranges = []
    i = 0
    while i < len(text):
        if kinds[i] != keep:
            i += 1
            continue
        j = i + 1
        end = j
        while j < len(text):
            if kinds[j] == keep:
                end = j + 1
            elif kinds[j] != "neutral" or text[j] in "()[]{}":
                break
            j += 1
        ranges.append((i, end))
        i = end
    return ranges


def _is_digit(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("EN", "AN")


def _reverse_numbers(text: str) -> str:
    """Turn every number (digits with . , : / between them) back to left-to-right."""
    return re.sub(
        r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:/][0-9\u0660-\u0669\u06f0-\u06f9]+)*",
        lambda m: m.group(0)[::-1],
        text,
    )


def _rtl_spans(visual: str) -> list[tuple[int, int]]:
    """Right-to-left islands in a left-to-right line: RTL letters with the numbers and
    neutrals between them, ending (on the right) with an RTL letter."""
    spans = []
    i = 0
    while i < len(visual):
        if _kind(visual[i]) == "ltr" and not _is_digit(visual[i]):
            i += 1
            continue
        j = i
        while j < len(visual) and not (_kind(visual[j]) == "ltr" and not _is_digit(visual[j])):
            j += 1
        start, end = i, j
        # On the left, keep only a number that is followed by spaces and an RTL letter
        # (it is logically after that letter); anything else belongs to the LTR text.
        while start < end:
            if _kind(visual[start]) == "rtl":
                break
            number = re.match(r"[0-9\u0660-\u0669\u06f0-\u06f9.,:/]+ *", visual[start:end])
            if (
                number
                and start + number.end() < end
                and _kind(visual[start + number.end()]) == "rtl"
            ):
                break
            start += number.end() if number else 1
        while end > start and _kind(visual[end - 1]) != "rtl":
            end -= 1
        if end > start:
            spans.append((start, end))
        i = j
    return spans


def read_line(visual: str, rtl: bool) -> str:
    """The logical text of a line drawn as ``visual``, NFKC-normalised."""
    if rtl:
        text = visual[::-1].translate(_MIRROR)
        chars = list(text)
        for start, end in _runs(text, "ltr"):
            chars[start:end] = text[start:end][::-1].translate(_MIRROR)
        text = "".join(chars)
    else:
        chars = list(visual)
        for start, end in _rtl_spans(visual):
            island = visual[start:end][::-1].translate(_MIRROR)
            chars[start:end] = _reverse_numbers(island)
        text = "".join(chars)
    return normalise(text)


def read_all(pdf: Path) -> str:
    """Every line read both ways (left-to-right and right-to-left base), for searching."""
    lines = glyph_lines(pdf)
    return "\n".join(read_line(ln.visual, rtl) for ln in lines for rtl in (False, True))


def normalise(text: str) -> str:
    """NFKC, no ZWNJ/ZWJ or bidi controls, single spaces."""
    text = unicodedata.normalize("NFKC", _CONTROLS.sub("", text))
    return " ".join(text.split())


def pdftotext(pdf: Path) -> str:
    """poppler's text (logical order), normalised; needs poppler-utils."""
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed; .ci/run installs it"
    out = subprocess.run([tool, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return normalise(out.stdout.decode("utf-8"))


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    """poppler's font list: name, type, emb, sub, uni for every font."""
    tool = shutil.which("pdffonts")
    assert tool, "pdffonts (poppler-utils) is needed; .ci/run installs it"
    out = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni object ID
        rows.append(
            {
                "name": parts[0],
                "emb": parts[-5],
                "sub": parts[-4],
                "uni": parts[-3],
            }
        )
    return rows
