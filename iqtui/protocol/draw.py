"""Drawing a :class:`~iqtui.protocol.document.Document` as an A4 PDF with reportlab.

German parts are black and start at the left; client-language parts follow in blue
with a thin bar at their start edge, right-aligned for Arabic and Persian. Headings put
the German words at the left margin and the translation at the right. Every font is the
bundled Iqtui Sans, embedded as a subset; ``initialFontName`` and the tables'
``FONTNAME`` make sure no unembedded Helvetica reference is left behind.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from iqtui.i18n import _, is_rtl
from iqtui.protocol import fonts, rtl
from iqtui.protocol.document import (
    Block,
    Document,
    Fields,
    Heading,
    Paragraph,
    Section,
    Signatures,
    Table,
    Text,
)
from iqtui.protocol.flowables import BidiText, Piece, Rule, TextStyle, draw_line

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = "#111111"
CLIENT_INK = "#1d4f91"
MUTED = "#555555"
ACCENT = "#1f3a5f"
LINE = "#b8c2cc"
NOTICE_BG = "#eef2f7"

R, B = fonts.REGULAR, fonts.BOLD
STYLES = {
    "title": TextStyle(B, 15, 19, ACCENT),
    "heading": TextStyle(B, 11, 14.5, ACCENT),
    "subheading": TextStyle(B, 9.5, 13, INK),
    "body": TextStyle(R, 9, 12.2, INK),
    "strong": TextStyle(B, 9, 12.2, INK),
    "small": TextStyle(R, 7.5, 10, MUTED),
    "label": TextStyle(R, 8, 10.8, MUTED),
    "cell": TextStyle(R, 8.5, 11.2, INK),
    "head_cell": TextStyle(B, 8, 10.8, INK),
    "letterhead": TextStyle(B, 11, 14, ACCENT),
    "footer": TextStyle(R, 7, 9, MUTED),
}
#: Placeholder for characters the font cannot draw (only with ``replace_missing``).
REPLACEMENT = "?"


class MissingGlyphs(ValueError):
    """Some characters of the document are not in the protocol font."""

    def __init__(self, missing: dict[str, str]) -> None:
        super().__init__("".join(sorted(missing)))
        self.missing = missing

    def message(self) -> str:
        """A translated explanation naming the characters and where they occur."""
        chars = " ".join(sorted(self.missing))
        sample = next(iter(self.missing.values()))[:60]
        return _(
            "The protocol font cannot show these characters: {chars} (in “{sample}”). "
            "Please write that text in another script, e.g. in Latin letters."
        ).format(chars=chars, sample=sample)


@dataclass(frozen=True)
class Rendered:
    """What :func:`render_document` made."""

    pages: int
    #: Characters drawn as ``?`` because the font lacks them (``replace_missing``).
    replaced: frozenset[str] = frozenset()
    #: Translated notes for the user (e.g. a logo file that could not be read).
    warnings: tuple[str, ...] = ()


class _Builder:
    """Turns document blocks into flowables for one client language."""

    def __init__(self, client_language: str | None, replacements: dict[int, str]) -> None:
        self.rtl = bool(client_language) and is_rtl(client_language or "")
        self.bilingual = bool(client_language) and client_language != "de"
        self.replacements = replacements

    def _clean(self, text: str) -> str:
        if not self.replacements:
            return text
        return rtl.shape(text).translate(self.replacements)

    def german(self, text: str, style: str) -> Piece:
        return Piece(self._clean(text), STYLES[style], "auto")

    def client(self, text: str, style: str, *, marker: bool = False) -> Piece:
        colour = replace(STYLES[style], color=CLIENT_INK)
        direction: rtl.Direction = "rtl" if self.rtl and rtl.has_rtl(text) else "auto"
        return Piece(self._clean(text), colour, direction, marker=marker)

    def pieces(self, text: Text, style: str, *, marker: bool = False) -> list[Piece]:
        """German part, then the client part (if there is one)."""
        parts = text.parts
        if not parts:
            return []
        out = [self.german(parts[0], style)]
        if len(parts) > 1:
            out.append(self.client(parts[1], style, marker=marker))
        return out

    def stacked(self, text: Text, style: str) -> BidiText:
        return BidiText(self.pieces(text, style))

    # --- blocks ----------------------------------------------------------------------

    def heading_bar(self, text: Text, style: str, rule: bool = True) -> list[Flowable]:
        parts = text.parts
        if len(parts) < 2:
            flow: Flowable = BidiText([self.german(parts[0] if parts else "", style)])
        else:
            left = BidiText([self.german(parts[0], style)])
            right = BidiText([replace(self.client(parts[1], style), align="right")])
            flow = _grid([[left, right]], [FRAME_WIDTH * 0.5, FRAME_WIDTH * 0.5], padding=0)
        return [flow, Rule()] if rule else [flow]

    def paragraph(self, block: Paragraph) -> list[Flowable]:
        flow = BidiText(
            self.pieces(
                block.text, block.style if block.style != "notice" else "body", marker=True
            ),
            gap=2.5,
        )
        if block.style == "notice":
            table = _grid([[flow]], [FRAME_WIDTH], padding=5)
            table.setStyle(RLTableStyle([("BACKGROUND", (0, 0), (-1, -1), HexColor(NOTICE_BG))]))
            return [table, Spacer(1, 3)]
        return [flow, Spacer(1, 3)]

    def fields(self, block: Fields) -> list[Flowable]:
        """German label | value | client-language label (German only: two columns)."""
        shown = [row for row in block.rows if row.value]
        if not shown:
            return []
        rows: list[list[Flowable]] = []
        for row in shown:
            german, *client = row.label.parts
            cells = [BidiText([self.german(german, "label")]), self.stacked(row.value, "cell")]
            if self.bilingual:
                label = client[0] if client else ""
                cells.append(BidiText([replace(self.client(label, "label"), align="right")]))
            rows.append(cells)
        widths = [0.25, 0.5, 0.25] if self.bilingual else [0.3, 0.7]
        table = _grid(rows, [FRAME_WIDTH * w for w in widths], padding=2.5)
        table.setStyle(RLTableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor(LINE))]))
        return [table, Spacer(1, 4)]

    def table(self, block: Table) -> list[Flowable]:
        if not block.rows:
            return self.paragraph(Paragraph(block.empty)) if block.empty else []
        weights = block.widths or (1.0,) * len(block.header)
        total = sum(weights)
        widths = [FRAME_WIDTH * w / total for w in weights]
        data = [[self.stacked(h, "head_cell") for h in block.header]]
        data += [[self.stacked(cell, "cell") for cell in row] for row in block.rows]
        table = _grid(data, widths, padding=3, repeat=1)
        table.setStyle(
            RLTableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), HexColor(NOTICE_BG)),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor(LINE)),
                    ("BOX", (0, 0), (-1, -1), 0.5, HexColor(LINE)),
                ]
            )
        )
        return [table, Spacer(1, 5)]

    def signatures(self, block: Signatures) -> list[Flowable]:
        """Lines to sign on, side by side, each with its label underneath."""
        gap = 12 * mm
        count = max(len(block.labels), 1)
        width = (FRAME_WIDTH - gap * (count - 1)) / count
        space: list[Flowable] = []
        labels: list[Flowable] = []
        widths: list[float] = []
        lines = []
        for index, label in enumerate(block.labels):
            if index:
                space.append(Spacer(1, 1))
                labels.append(Spacer(1, 1))
                widths.append(gap)
            lines.append(("LINEABOVE", (len(widths), 1), (len(widths), 1), 0.6, HexColor(INK)))
            space.append(Spacer(1, 34))
            labels.append(self.stacked(label, "small"))
            widths.append(width)
        table = _grid([space, labels], widths, padding=2)
        table.setStyle(RLTableStyle(lines))
        return [KeepTogether([Spacer(1, 8), table])]

    def block(self, block: Block) -> list[Flowable]:
        if isinstance(block, Paragraph):
            return self.paragraph(block)
        if isinstance(block, Heading):
            return [
                CondPageBreak(60),
                Spacer(1, 3),
                *self.heading_bar(block.text, "subheading", rule=False),
                Spacer(1, 1),
            ]
        if isinstance(block, Fields):
            return self.fields(block)
        if isinstance(block, Table):
            return self.table(block)
        return self.signatures(block)

    def section(self, section: Section) -> list[Flowable]:
        # A heading never stands alone at the foot of a page.
        flows: list[Flowable] = [CondPageBreak(90), Spacer(1, 7)]
        flows += self.heading_bar(section.heading, "heading")
        flows.append(Spacer(1, 3))
        for block in section.blocks:
            flows.extend(self.block(block))
        return flows


def _grid(
    data: Sequence[Sequence[Flowable]], widths: Sequence[float], padding: float, repeat: int = 0
) -> RLTable:
    # splitInRow: a row taller than a page (e.g. a long typed text) continues on the next.
    table = RLTable(
        [list(row) for row in data], colWidths=list(widths), repeatRows=repeat, splitInRow=24
    )
    table.setStyle(
        RLTableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return table


def _letterhead(document: Document, builder: _Builder, warnings: list[str]) -> list[Flowable]:
    head = document.letterhead
    pieces = [builder.german(head.name, "letterhead")]
    pieces += [builder.german(line, "small") for line in head.lines if line]
    text = BidiText(pieces, gap=1)
    logo = _logo(head.logo, warnings) if head.logo else None
    flows: list[Flowable]
    if logo is not None:
        flows = [_grid([[text, logo]], [FRAME_WIDTH - 60 * mm, 60 * mm], padding=0)]
    else:
        flows = [text]
    if head.funding_line:
        flows += [Spacer(1, 3), BidiText([builder.german(head.funding_line, "small")])]
    return [*flows, Spacer(1, 8)]


def _logo(path: Path | None, warnings: list[str]) -> Flowable | None:
    if path is None:
        return None
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # unreadable or not an image: the protocol is still printed
        warnings.append(_("The logo {path} could not be read; it is left out.").format(path=path))
        return None
    scale = min(55 * mm / width, 16 * mm / height)
    image = Image(str(path), width=width * scale, height=height * scale)
    image.hAlign = "RIGHT"
    return image


class _Footer:
    """Draws the footer with "page n of m" once the number of pages is known."""

    def __init__(self, document: Document, builder: _Builder) -> None:
        self.document = document
        self.builder = builder
        self.pages = 0

    def __call__(self, canvas: Canvas, page: int, pages: int) -> None:
        self.pages = pages
        y = MARGIN_BOTTOM - 9 * mm
        canvas.setStrokeColor(HexColor(LINE))
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, y + 9, PAGE_WIDTH - MARGIN_X, y + 9)
        labels = [
            part.replace("{page}", str(page)).replace("{pages}", str(pages))
            for part in self.document.page_label.parts
        ]
        style = STYLES["footer"]
        half = FRAME_WIDTH * 0.5
        if self.document.footer.german:
            draw_line(
                canvas,
                MARGIN_X,
                y,
                half + 40,
                self.builder.german(self.document.footer.german, "footer"),
            )
        right = "  ·  ".join(labels)
        piece = Piece(right, style, "ltr")
        draw_line(canvas, PAGE_WIDTH - MARGIN_X - (half - 40), y, half - 40, piece, right=True)


def _numbered_canvas(footer: _Footer) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps every page until the end, then adds the footer with the page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def render_document(
    document: Document,
    target: Path | IO[bytes],
    *,
    replace_missing: bool = False,
) -> Rendered:
    """Draw ``document`` as a PDF into ``target`` (a path or a binary file).

    Raises :class:`MissingGlyphs` when a text holds characters the font lacks, unless
    ``replace_missing`` is set; then they are drawn as ``?`` and listed in the result.
    """
    fonts.register()
    missing = fonts.missing_characters(document.texts())
    if missing and not replace_missing:
        raise MissingGlyphs(missing)
    replacements = {ord(ch): REPLACEMENT for ch in missing}
    builder = _Builder(document.client_language, replacements)
    warnings: list[str] = []

    story: list[Flowable] = _letterhead(document, builder, warnings)
    story += builder.heading_bar(document.title, "title")
    for line in document.subtitle:
        story += builder.heading_bar(line, "small", rule=False)
    for section in document.sections:
        story += builder.section(section)

    footer = _Footer(document, builder)
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=document.title.german,
        author=document.author,
        subject=document.subject,
        creator="iqtui",
        lang="de-DE",
        initialFontName=fonts.REGULAR,
        initialFontSize=9,
        invariant=True,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvasmaker = _numbered_canvas(footer)
    template.build(story, canvasmaker=canvasmaker)
    data = buffer.getvalue()
    if isinstance(target, Path):
        _write_atomically(target, data)
    else:
        target.write(data)
    return Rendered(pages=footer.pages, replaced=frozenset(missing), warnings=tuple(warnings))


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` is either the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
