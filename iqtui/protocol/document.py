"""A printable bilingual document as plain data: what is said, not how it is drawn.

The protocol content (:mod:`iqtui.protocol.content`) and other printed material (e.g.
client information sheets) describe a document with these classes; the drawing layer
(:mod:`iqtui.protocol.draw`) turns any of them into a PDF. Every piece of text is a
:class:`Text` with a German part and a part in the client's language, so the drawing
layer can set both, left to right or right to left, without knowing what they mean.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class Text:
    """A text in German and in the client's language.

    ``client`` is empty when there is nothing to translate: what the counsellor typed,
    names, numbers, and every text of a German-only document. The drawing layer shows
    such a text once, in the direction of its own script.
    """

    german: str
    client: str = ""

    @classmethod
    def typed(cls, value: str | None) -> Text:
        """Text as it was typed (shown once, never translated)."""
        return cls((value or "").strip())

    @property
    def parts(self) -> tuple[str, ...]:
        """The distinct non-empty versions, German first."""
        if self.client and self.client != self.german:
            return (self.german, self.client)
        return (self.german,) if self.german else ()

    def __bool__(self) -> bool:
        return bool(self.german or self.client)

    def join(self, other: Text, separator: str = " ") -> Text:
        """This text and ``other`` joined part by part."""
        german = separator.join(p for p in (self.german, other.german) if p)
        if not (self.client or other.client):
            return Text(german)
        client = separator.join(
            p for p in (self.client or self.german, other.client or other.german) if p
        )
        return Text(german, client)


Style = Literal["body", "small", "strong", "notice"]


@dataclass(frozen=True)
class Paragraph:
    """Running text; ``notice`` is set off in a box (e.g. "self-assessment, not a certificate")."""

    text: Text
    style: Style = "body"


@dataclass(frozen=True)
class Heading:
    """A sub-heading inside a section (e.g. one qualification)."""

    text: Text


@dataclass(frozen=True)
class Field:
    """One labelled value (a row of a :class:`Fields` block)."""

    label: Text
    value: Text


@dataclass(frozen=True)
class Fields:
    """Label/value rows, e.g. date, place and form of the counselling."""

    rows: tuple[Field, ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row; ``widths`` are relative column widths."""

    header: tuple[Text, ...]
    rows: tuple[tuple[Text, ...], ...]
    widths: tuple[float, ...] = ()
    #: Shown instead of the table when it has no rows.
    empty: Text = field(default_factory=lambda: Text(""))


@dataclass(frozen=True)
class Signatures:
    """Lines to sign on, each with a label underneath (e.g. counsellor, client)."""

    labels: tuple[Text, ...]


Block = Paragraph | Heading | Fields | Table | Signatures


@dataclass(frozen=True)
class Section:
    """A numbered part of the document with a heading; ``key`` names it for tests and code."""

    key: str
    heading: Text
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Letterhead:
    """Who issues the document: shown at the top of the first page."""

    name: str
    lines: tuple[str, ...] = ()
    logo: Path | None = None
    #: e.g. the ESF Plus funding line of the IQ programme.
    funding_line: str = ""


@dataclass(frozen=True)
class Document:
    """A whole printable document.

    ``client_language`` is the language of the ``client`` parts (``None`` or ``de``:
    German only). ``footer`` is printed on every page beside the page numbers;
    ``page_label`` holds ``{page}`` and ``{pages}`` in both languages.
    """

    title: Text
    client_language: str | None
    letterhead: Letterhead
    sections: tuple[Section, ...]
    page_label: Text
    footer: Text = field(default_factory=lambda: Text(""))
    #: Short lines under the title (e.g. record id and version).
    subtitle: tuple[Text, ...] = ()
    #: PDF metadata.
    author: str = ""
    subject: str = ""

    def texts(self) -> Iterator[str]:
        """Every string that will be drawn (for the glyph coverage check)."""
        yield from self.title.parts
        yield self.letterhead.name
        yield from self.letterhead.lines
        yield self.letterhead.funding_line
        for line in self.subtitle:
            yield from line.parts
        yield from self.footer.parts
        for part in self.page_label.parts:
            yield part.replace("{page}", "0123456789").replace("{pages}", "")
        for section in self.sections:
            yield from section.heading.parts
            for block in section.blocks:
                yield from _block_texts(block)


def _block_texts(block: Block) -> Iterator[str]:
    if isinstance(block, Paragraph | Heading):
        yield from block.text.parts
    elif isinstance(block, Fields):
        for row in block.rows:
            yield from row.label.parts
            yield from row.value.parts
    elif isinstance(block, Table):
        for cell in (*block.header, *(c for row in block.rows for c in row), block.empty):
            yield from cell.parts
    elif isinstance(block, Signatures):
        for label in block.labels:
            yield from label.parts
