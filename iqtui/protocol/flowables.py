"""reportlab flowables that draw text through :mod:`iqtui.protocol.rtl`.

:class:`BidiText` is the only way text reaches the PDF: a stack of pieces (e.g. a
German label and its Arabic translation), each laid out in logical order, reordered per
line and drawn left to right with ``drawString`` (no reportlab bidi or shaping).
Right-to-left pieces are right-aligned. The flowable splits between lines, so long
texts continue on the next page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from iqtui.protocol import rtl

Align = Literal["start", "left", "right"]

#: Space between the marker bar of a translation and its text.
MARKER_INDENT = 7.0


@dataclass(frozen=True)
class TextStyle:
    """Font, size, line height and colour of a piece of text."""

    font: str
    size: float
    leading: float
    color: str = "#000000"

    @property
    def arabic_leading(self) -> float:
        """Arabic script needs more room above and below the baseline."""
        return max(self.leading, self.size * 1.6)


@dataclass(frozen=True)
class Piece:
    """One paragraph of a :class:`BidiText`.

    ``direction`` is the paragraph's base direction (``auto``: its first strong letter);
    ``align`` ``start`` means left for left-to-right and right for right-to-left text.
    ``marker`` draws a thin bar at the start edge (used for the client-language part).
    """

    text: str
    style: TextStyle
    direction: rtl.Direction = "auto"
    align: Align = "start"
    marker: bool = False


@dataclass(frozen=True)
class _Row:
    text: str
    width: float
    x: float
    height: float
    baseline: float  # distance from the top of the row
    style: TextStyle
    marker_x: float | None
    gap_before: float


@lru_cache(maxsize=32768)
def text_width(font: str, size: float, text: str) -> float:
    """Width of ``text`` in points (cached: the same words recur on every page)."""
    return float(stringWidth(text, font, size))


def _measure(style: TextStyle) -> rtl.Measure:
    font, size = style.font, style.size
    return lambda text: text_width(font, size, text)


def layout_piece(piece: Piece, width: float, gap_before: float = 0.0) -> list[_Row]:
    """The rows of ``piece`` in a column of ``width`` points."""
    rows = list(_layout_piece(piece, width))
    if rows and gap_before:
        rows[0] = replace(rows[0], gap_before=gap_before)
    return rows


@lru_cache(maxsize=8192)
def _layout_piece(piece: Piece, width: float) -> tuple[_Row, ...]:
    # Cached: tables measure each cell several times, and labels recur on every page.
    indent = MARKER_INDENT if piece.marker else 0.0
    inner = max(width - indent, 10.0)
    direction = rtl.paragraph_direction(piece.text, piece.direction)
    lines = rtl.layout(piece.text, inner, _measure(piece.style), direction)
    style = piece.style
    arabic = any("\u0600" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff" for ch in piece.text)
    height = style.arabic_leading if arabic else style.leading
    baseline = (
        style.size * 1.05 + (height - style.size * 1.5) / 2
        if arabic
        else style.size * 0.78 + (height - style.size) / 2
    )
    right = piece.align == "right" or (piece.align == "start" and direction == "rtl")
    marker_x = None
    if piece.marker:
        marker_x = width - 1.0 if direction == "rtl" else 1.0
    rows = []
    for line in lines:
        if right:
            x = width - (indent if direction == "rtl" else 0.0) - line.width
        else:
            x = indent if direction == "ltr" else 0.0
        rows.append(
            _Row(
                line.text,
                line.width,
                x,
                height,
                baseline,
                style,
                marker_x,
                0.0,
            )
        )
    return tuple(rows)


class BidiText(Flowable):  # type: ignore[misc]
    """Stacked paragraphs of mixed-direction text; splits between lines."""

    def __init__(self, pieces: Sequence[Piece], gap: float = 1.5) -> None:
        super().__init__()
        self.pieces = [p for p in pieces if p.text]
        self.gap = gap
        self._rows: list[_Row] = []
        self._fixed: list[_Row] | None = None
        self._laid_width = -1.0

    @classmethod
    def _from_rows(cls, rows: list[_Row], width: float) -> BidiText:
        made = cls([])
        made._fixed = rows
        made._rows = rows
        made._laid_width = width
        made.width = width
        made.height = sum(r.height + r.gap_before for r in rows)
        return made

    def _layout(self, width: float) -> list[_Row]:
        if self._fixed is not None:
            return self._fixed
        if width != self._laid_width:
            rows: list[_Row] = []
            for index, piece in enumerate(self.pieces):
                rows.extend(layout_piece(piece, width, self.gap if index else 0.0))
            self._rows = rows
            self._laid_width = width
        return self._rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        rows = self._layout(availWidth)
        self.width = availWidth if self._fixed is None else self._laid_width
        self.height = sum(r.height + r.gap_before for r in rows)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        rows = self._layout(availWidth)
        used = 0.0
        for count, row in enumerate(rows):
            if used + row.gap_before + row.height > availHeight:
                if count == 0:
                    return []
                rest = [replace(rows[count], gap_before=0.0), *rows[count + 1 :]]
                width = self._laid_width
                return [self._from_rows(rows[:count], width), self._from_rows(rest, width)]
            used += row.gap_before + row.height
        return [self]

    def draw(self) -> None:
        # One text object for all rows; its strings are drawn exactly in the given
        # (visual) order: no direction is set, so reportlab never reorders them.
        canvas = self.canv
        text = canvas.beginText()
        top = self.height
        current: tuple[str, float, str] | None = None
        markers: list[tuple[str, float, float, float]] = []
        for row in self._rows:
            top -= row.gap_before
            style = row.style
            key = (style.font, style.size, style.color)
            if key != current:
                text.setFont(style.font, style.size)
                text.setFillColor(HexColor(style.color))
                current = key
            if row.text:
                text.setTextOrigin(row.x, top - row.baseline)
                text.textOut(row.text)
            if row.marker_x is not None:
                markers.append((style.color, row.marker_x, top - row.height + 1, top - 1))
            top -= row.height
        canvas.drawText(text)
        for color, x, y0, y1 in markers:
            canvas.setStrokeColor(HexColor(color))
            canvas.setLineWidth(1.2)
            canvas.line(x, y0, x, y1)


class Rule(Flowable):  # type: ignore[misc]
    """A horizontal line across the frame."""

    def __init__(self, color: str = "#1f3a5f", thickness: float = 0.8, space: float = 2) -> None:
        super().__init__()
        self.color = color
        self.thickness = thickness
        self.space = space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.thickness + self.space
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(HexColor(self.color))
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


def draw_line(
    canvas: Any, x: float, y: float, width: float, piece: Piece, *, right: bool = False
) -> None:
    """Draw ``piece`` as one line at baseline ``y`` (page headers and footers).

    A text too long for ``width`` is set smaller rather than cut off.
    """
    style = piece.style
    rows = layout_piece(piece, width)
    while len(rows) > 1 and style.size > 4:
        style = replace(style, size=style.size - 0.5, leading=style.leading - 0.5)
        rows = layout_piece(replace(piece, style=style), width)
    row = rows[0]
    canvas.setFont(style.font, style.size)
    canvas.setFillColor(HexColor(style.color))
    left = x + width - row.width if right else x + row.x
    canvas.drawString(left, y, row.text)
