"""Printable information sheets: a sheet in German and the client's language as a PDF.

The sheet becomes a generic :class:`iqtui.protocol.Document` and is drawn by the protocol's
renderer, so Arabic and Persian take the same right-to-left path as the
Beratungsprotokoll and the same font is embedded.

By default a sheet is **bilingual** — German first, the client's language under each
paragraph, headings side by side — because at an outreach stand one sheet has several
readers: the client reads their language; the counsellor, who usually cannot read Arabic
or Persian, sees what they are handing out and can point to the German; and the client can
show the German to a helper, an authority or an employer. ``client_only`` prints just the
client's language (about half the paper, for handing out many copies).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iqtui.config import Centre
from iqtui.protocol.bilingual import supported_language
from iqtui.protocol.content import _letterhead as centre_letterhead
from iqtui.protocol.document import Document, Paragraph, Section, Text
from iqtui.protocol.draw import render_document
from iqtui.reference.content import REFERENCE_LANGUAGE, Localised, content_language
from iqtui.reference.content_sheets import InformationSheets, Sheet

#: Folder (inside the data folder) for sheets saved without an explicit path.
SHEET_FOLDER = "sheets"
GERMAN = REFERENCE_LANGUAGE


@dataclass(frozen=True)
class RenderedSheet:
    """A sheet written to ``path``."""

    path: Path
    pages: int
    #: The language beside German (``None``: German only) or the only language.
    language: str | None
    client_only: bool


def print_language(language: str | None) -> str:
    """The content language a sheet is printed in (``fa_AF`` prints the Persian text)."""
    code = supported_language(language) or GERMAN
    return content_language(code)


class _Writer:
    """Makes protocol Texts from localised content for one language setting.

    A client-only sheet is drawn as a one-language document: each text has a single part,
    which keeps the direction of its own script (right to left for Arabic and Persian).
    """

    def __init__(self, language: str, client_only: bool) -> None:
        self.language = language
        self.client_only = client_only and language != GERMAN

    @property
    def document_language(self) -> str | None:
        """The second language of the document (``None``: one language only)."""
        return None if self.client_only or self.language == GERMAN else self.language

    def pair(self, german: str, client: str) -> Text:
        if self.client_only:
            return Text(client)
        return Text(german, client if self.document_language else "")

    def __call__(self, text: Localised, prefix: str = "") -> Text:
        german = prefix + text.in_language(GERMAN)
        return self.pair(german, prefix + text.in_language(self.language))


def sheet_document(
    sheets: InformationSheets, sheet: Sheet, language: str, centre: Centre, *, client_only: bool
) -> Document:
    """The sheet as a printable document (``language`` ``de``: German only)."""
    write = _Writer(print_language(language), client_only)
    common = sheets.common
    as_of = write.pair(sheets.as_of_line(sheet, GERMAN), sheets.as_of_line(sheet, write.language))
    sections = [Section("intro", write(common.in_brief), (Paragraph(write(sheet.intro)),))]
    for block in sheet.blocks:
        paragraphs: list[Paragraph] = []
        if block.text:
            paragraphs.append(Paragraph(write(block.text)))
        paragraphs += [Paragraph(write(item, "• ")) for item in block.items]
        sections.append(Section(block.id, write(block.heading), tuple(paragraphs)))
    notes = (
        Paragraph(write(common.portal), "notice"),
        Paragraph(write(common.disclaimer), "small"),
        Paragraph(write(common.free), "small"),
    )
    sections.append(Section("notes", write(common.good_to_know), notes))
    title = write(sheet.title)
    return Document(
        title=title,
        client_language=write.document_language,
        letterhead=centre_letterhead(centre),
        sections=tuple(sections),
        page_label=write(common.page),
        footer=title,
        subtitle=(as_of,),
        author=centre.name,
        subject=f"{sheet.id} {sheets.portal}".strip(),
    )


def default_path(data_dir: Path, sheet: Sheet, language: str, *, client_only: bool) -> Path:
    """``<data>/sheets/Informationsblatt_costs_de-ar.pdf`` (``_ar`` when client only)."""
    code = print_language(language)
    tag = code if client_only or code == GERMAN else f"{GERMAN}-{code}"
    return data_dir / SHEET_FOLDER / f"Informationsblatt_{sheet.id}_{tag}.pdf"


def render_sheet(
    sheets: InformationSheets,
    sheet: Sheet,
    language: str,
    centre: Centre,
    output: Path,
    *,
    client_only: bool = False,
) -> RenderedSheet:
    """Write the sheet as a PDF to ``output`` (folders are created)."""
    document = sheet_document(sheets, sheet, language, centre, client_only=client_only)
    output.parent.mkdir(parents=True, exist_ok=True)
    rendered = render_document(document, output)
    shown = None if print_language(language) == GERMAN else print_language(language)
    return RenderedSheet(output, rendered.pages, shown, client_only)
