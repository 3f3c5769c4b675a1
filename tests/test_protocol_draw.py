"""The generic drawing layer: any Document to PDF (also used for other printed material)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from iqtui.protocol import fonts, rtl
from iqtui.protocol.document import (
    Document,
    Field,
    Fields,
    Letterhead,
    Paragraph,
    Section,
    Signatures,
    Table,
    Text,
)
from iqtui.protocol.draw import render_document
from tests.pdf_reading import glyph_lines, normalise, pdftotext

LONG = "Wesentliche Unterschiede in Statik und Baurecht, nachzuweisen durch Praxis. " * 120


def sheet(*blocks: object, language: str | None = "fa", logo: Path | None = None) -> Document:
    return Document(
        title=Text("Informationsblatt", "برگه اطلاعات"),
        client_language=language,
        letterhead=Letterhead("IQ Beratung", ("Musterstraße 1",), logo, "Gefördert durch ESF Plus"),
        sections=(Section("main", Text("Anerkennung", "به رسمیت شناختن"), tuple(blocks)),),  # type: ignore[arg-type]
        page_label=Text("Seite {page} von {pages}", "صفحه {page} از {pages}"),
        footer=Text("Stand 2025"),
    )


def test_an_information_sheet_renders_through_the_same_path(tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    document = sheet(
        Paragraph(Text("Die Beratung ist kostenlos.", "مشاوره رایگان است.")),
        Fields((Field(Text("Kosten", "هزینه"), Text("100–600 €")),)),
        Table(
            (Text("Was", "چه"), Text("Wer", "چه کسی")),
            ((Text("Antrag", "درخواست"), Text("Sie", "شما")),),
        ),
        Signatures((Text("Unterschrift", "امضا"),)),
    )
    rendered = render_document(document, pdf)
    assert rendered.pages == 1
    text = pdftotext(pdf)
    for expected in ("Informationsblatt", "برگه اطلاعات", "مشاوره رایگان است", "Seite 1 von 1"):
        assert normalise(expected) in text


def test_a_very_long_typed_text_continues_on_the_next_pages(tmp_path: Path) -> None:
    pdf = tmp_path / "long.pdf"
    document = sheet(
        Fields((Field(Text("Unterschiede", "تفاوت‌ها"), Text.typed(LONG)),)),
        Table((Text("Was"),), ((Text.typed(LONG),),)),
        Paragraph(Text.typed(LONG)),
    )
    rendered = render_document(document, pdf)
    assert rendered.pages >= 5
    drawn = " ".join(ln.visual for ln in glyph_lines(pdf))
    assert drawn.count("Baurecht") == 3 * LONG.count("Baurecht")


def test_the_same_document_gives_the_same_bytes() -> None:
    first, second = io.BytesIO(), io.BytesIO()
    render_document(sheet(Paragraph(Text("a", "ب"))), first)
    render_document(sheet(Paragraph(Text("a", "ب"))), second)
    assert first.getvalue() == second.getvalue()


def test_a_logo_is_printed_and_a_broken_one_is_reported(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "navy").save(logo)
    pdf = tmp_path / "with-logo.pdf"
    assert render_document(sheet(logo=logo), pdf).warnings == ()
    page = PdfReader(pdf).pages[0]
    assert any(
        x.get_object()["/Subtype"] == "/Image" for x in page["/Resources"]["/XObject"].values()
    )
    broken = tmp_path / "broken.png"
    broken.write_text("not an image", encoding="utf-8")
    warnings = render_document(sheet(logo=broken), io.BytesIO()).warnings
    assert len(warnings) == 1 and "broken.png" in warnings[0]


def test_a_german_only_document_has_no_client_column(tmp_path: Path) -> None:
    pdf = tmp_path / "de.pdf"
    document = sheet(Fields((Field(Text("Kosten", "هزینه"), Text("100 €")),)), language=None)
    render_document(document, pdf)
    assert "Kosten" in pdftotext(pdf)


def test_reportlab_draws_our_strings_in_the_order_given(tmp_path: Path) -> None:
    """Pins that reportlab applies no bidi of its own to strings without a direction."""
    fonts.register()
    visual = rtl.visual(rtl.analyse("مكتب (BAMF) اليوم", "rtl"))
    pdf = tmp_path / "order.pdf"
    canvas = Canvas(str(pdf))
    canvas.setFont(fonts.REGULAR, 12)
    canvas.drawString(50, 700, visual)
    text = canvas.beginText(50, 650)
    text.setFont(fonts.REGULAR, 12)
    text.textOut(visual)
    canvas.drawText(text)
    canvas.save()
    lines = [ln.visual for ln in glyph_lines(pdf)]
    assert lines == [visual, visual]
