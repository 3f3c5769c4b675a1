"""Arabic and Persian on paper: glyph positions in the PDF read back as the logical text.

Each check renders a document, reads the glyphs of each line in visual order (pdfminer x
positions), reads them as a person would (right to left, numbers and Latin left to
right) and compares the NFKC-normalised result with the text that was entered. The same
check is run on deliberately wrong renderings and must fail there.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from bidi.algorithm import get_display
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import SimpleDocTemplate

from iqtui.protocol import fonts, rtl
from iqtui.protocol.document import Document, Letterhead, Paragraph, Section, Text
from iqtui.protocol.draw import render_document
from tests.pdf_reading import glyph_lines, normalise, read_line

ARABIC_LINES = [
    "الموعد القادم 12.03.2025 الساعة 10:30",
    "قدّم الطلب إلى (BAMF) في كولونيا",
    "لا تُرسل الوثائق الأصلية",
]
PERSIAN_LINES = [
    "جلسه بعدی ۱۲ مارس ۲۰۲۵",
    "می‌خواهم به عنوان پرستار کار کنم",
    "مدارک را به (IHK FOSA) بفرستید",
]
ARABIC_PARAGRAPH = (
    "يرغب السيد محمد في العمل مهندسا مدنيا في كولونيا. أنهى دراسته في جامعة حلب عام 2012 "
    "وعمل ثماني سنوات في شركة بناء. يحتاج إلى الاعتراف بشهادته من غرفة المهندسين (Ingenieurkammer) "
    "ويجب عليه ترجمة الشهادات وتقديم الطلب قبل نهاية الشهر القادم. "
    "الموعد القادم في مكتب الاستشارة يوم 12.03.2025 الساعة 10:30، ويرجى إحضار جميع الوثائق "
    "الأصلية وجواز السفر وشهادة الخبرة المهنية من الشركة السابقة."
)
PERSIAN_PARAGRAPH = (
    "خانم احمدی در کابل پرستاری خوانده است و پنج سال در بیمارستان کار کرده است. "
    "برای کار در آلمان باید مدرک او به رسمیت شناخته شود (Anerkennung). "
    "مدارک باید توسط مترجم رسمی ترجمه شوند و تا ۳۰ آوریل ۲۰۲۵ به اداره ارسال شوند. "
    "جلسه بعدی مشاوره در دفتر ما برگزار می‌شود؛ لطفاً گذرنامه، مدرک تحصیلی و گواهی سابقه کار "
    "خود را همراه بیاورید."
)


def expected(text: str) -> str:
    """What a reader should get back: the entered text without harakat, NFKC."""
    no_marks = "".join(ch for ch in text if not ("\u064b" <= ch <= "\u0652"))
    return normalise(no_marks)


def document(*paragraphs: str, language: str = "ar") -> Document:
    return Document(
        title=Text("Test"),
        client_language=language,
        letterhead=Letterhead("Beratungsstelle"),
        sections=(
            Section("s", Text("Abschnitt"), tuple(Paragraph(Text.typed(p)) for p in paragraphs)),
        ),
        page_label=Text("Seite {page} von {pages}"),
    )


def rtl_lines(pdf: Path) -> list[str]:
    """The read-back logical text of every line holding right-to-left letters."""
    return [read_line(ln.visual, rtl=True) for ln in glyph_lines(pdf) if rtl.has_rtl(ln.visual)]


def assert_reads_back(pdf: Path, texts: list[str]) -> None:
    got = rtl_lines(pdf)
    for text in texts:
        assert expected(text) in got, f"{text!r} not found in {got}"


@pytest.mark.parametrize("texts", [ARABIC_LINES, PERSIAN_LINES], ids=["ar", "fa"])
def test_rtl_lines_read_back_as_entered(tmp_path: Path, texts: list[str]) -> None:
    pdf = tmp_path / "lines.pdf"
    render_document(document(*texts), pdf)
    assert_reads_back(pdf, texts)


@pytest.mark.parametrize("paragraph", [ARABIC_PARAGRAPH, PERSIAN_PARAGRAPH], ids=["ar", "fa"])
def test_a_multi_line_rtl_paragraph_keeps_its_line_order(tmp_path: Path, paragraph: str) -> None:
    pdf = tmp_path / "paragraph.pdf"
    render_document(document(paragraph), pdf)
    lines = rtl_lines(pdf)
    assert len(lines) >= 3, lines
    assert " ".join(lines) == expected(paragraph)


def test_an_arabic_name_inside_a_german_sentence_reads_correctly(tmp_path: Path) -> None:
    pdf = tmp_path / "name.pdf"
    sentence = "Herr محمد أحمد العلي aus حلب möchte in Köln arbeiten."
    render_document(document(sentence, language="de"), pdf)
    lines = [read_line(ln.visual, rtl=False) for ln in glyph_lines(pdf) if rtl.has_rtl(ln.visual)]
    assert expected(sentence) in lines


# --- the same checks on wrong renderings must fail -----------------------------------


def _draw_left_to_right(pdf: Path, texts: list[str]) -> None:
    """The classic mistake: shaped letters drawn in logical order, left to right."""
    fonts.register()
    canvas = Canvas(str(pdf), pagesize=A4)
    canvas.setFont(fonts.REGULAR, 11)
    for index, text in enumerate(texts):
        canvas.drawString(60, 780 - 30 * index, rtl.shape(text))
    canvas.save()


def _wrap_after_reordering(pdf: Path, paragraph: str) -> None:
    """The other classic mistake: reorder the whole paragraph first, then wrap it."""
    fonts.register()
    style = ParagraphStyle("p", fontName=fonts.REGULAR, fontSize=11, leading=18)
    visual = get_display(rtl.shape(paragraph), base_dir="R")
    SimpleDocTemplate(str(pdf), pagesize=A4).build([RLParagraph(visual, style)])


@pytest.mark.parametrize("texts", [ARABIC_LINES, PERSIAN_LINES], ids=["ar", "fa"])
def test_the_check_fails_on_a_left_to_right_rendering(tmp_path: Path, texts: list[str]) -> None:
    pdf = tmp_path / "wrong.pdf"
    _draw_left_to_right(pdf, texts)
    got = rtl_lines(pdf)
    assert len(got) == len(texts)
    for text in texts:
        assert expected(text) not in got
    with pytest.raises(AssertionError):
        assert_reads_back(pdf, texts)


@pytest.mark.parametrize("paragraph", [ARABIC_PARAGRAPH, PERSIAN_PARAGRAPH], ids=["ar", "fa"])
def test_the_line_order_check_fails_when_lines_are_reordered_wrongly(
    tmp_path: Path, paragraph: str
) -> None:
    pdf = tmp_path / "wrong-wrap.pdf"
    _wrap_after_reordering(pdf, paragraph)
    lines = rtl_lines(pdf)
    assert len(lines) >= 2
    assert " ".join(lines) != expected(paragraph)


# --- an independent reference: HarfBuzz + FriBiDi through Pillow's raqm -------------


def _ink_overlap(ours: object, reference: object) -> float:
    """Share of ink pixels of both images that lie within 1 px of ink in the other."""
    from PIL import Image, ImageChops, ImageFilter, ImageOps

    def prepared(image: Image.Image) -> Image.Image:
        grey = ImageOps.invert(image.convert("L"))
        box = grey.point(lambda v: 255 if v > 96 else 0).getbbox()
        assert box is not None
        return grey.crop(box).point(lambda v: 255 if v > 96 else 0)

    a, b = prepared(ours), prepared(reference)  # type: ignore[arg-type]
    b = b.resize(a.size)
    hits = 0
    total = 0
    for x_img, y_img in ((a, b), (b, a)):
        grown = y_img.filter(ImageFilter.MaxFilter(3))
        inside = ImageChops.multiply(x_img, grown)
        hits += inside.histogram()[255]
        total += x_img.histogram()[255]
    return hits / total


#: Lines without Latin letters or vowel marks, so one font (Noto Sans Arabic) draws both.
GOLDEN = [
    "الموعد القادم 12.03.2025 الساعة 10:30",
    "لا ترسل الوثائق الأصلية إلى المكتب",
    "جلسه بعدی ۱۲ مارس ۲۰۲۵",
    "می‌خواهم به عنوان پرستار کار کنم",
]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("text", GOLDEN)
def test_rtl_line_looks_like_the_harfbuzz_reference(tmp_path: Path, text: str) -> None:
    features = pytest.importorskip("PIL.features")
    if not features.check("raqm"):
        pytest.skip("Pillow without raqm (libraqm/libfribidi)")
    from PIL import Image, ImageDraw, ImageFont

    noto = Path("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf")
    if not noto.is_file():
        pytest.skip("fonts-noto-core not installed")
    fonts.register()
    pdf = tmp_path / "line.pdf"
    canvas = Canvas(str(pdf), pagesize=(900, 80))
    canvas.setFont(fonts.REGULAR, 40)
    canvas.drawString(10, 25, rtl.visual(rtl.analyse(text, "rtl")))
    canvas.save()
    png = tmp_path / "ours"
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-singlefile", str(pdf), str(png)], check=True)
    ours = Image.open(tmp_path / "ours.png")
    font = ImageFont.truetype(str(noto), 40, layout_engine=ImageFont.Layout.RAQM)

    def reference(words: list[str]) -> Image.Image:
        image = Image.new("L", (900, 80), 255)
        ImageDraw.Draw(image).text((10, 10), " ".join(words), font=font, fill=0, direction="rtl")
        return image

    right = _ink_overlap(ours, reference(text.split()))
    # the typical failure: joined words, but in left-to-right order
    wrong = _ink_overlap(ours, reference(text.split()[::-1]))
    print(f"overlap with reference {right:.2f}, with wrong order {wrong:.2f}")
    assert right > 0.9, (right, wrong)
    assert right > wrong + 0.15, (right, wrong)
