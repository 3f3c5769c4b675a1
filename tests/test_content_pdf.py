"""Printed information sheets: every sheet, every language, through the protocol's PDF path.

The PDFs are read back independently of iqtui's drawing code (pdfminer for the glyphs in
visual order, poppler's ``pdffonts`` for the fonts), as in the protocol tests.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from iqtui.cli import main
from iqtui.config import Centre
from iqtui.i18n import LANGUAGES, current_language, is_rtl
from iqtui.protocol import rtl
from iqtui.reference.content_pdf import default_path, render_sheet
from iqtui.reference.content_sheets import information_sheets
from tests.pdf_reading import glyph_lines, normalise, pdffonts, pdftotext, read_line
from tests.test_protocol_cli import fake_lp

CENTRE = Centre(name="IQ Beratung Musterstadt", address="Marktplatz 1\n12345 Musterstadt")


def comparable(text: str) -> str:
    """Normalised, without combining marks (Arabic shadda and vowels sit on their own row)."""
    return "".join(ch for ch in normalise(text) if unicodedata.category(ch) != "Mn")


def read_pdf(pdf: Path, language: str = "ar") -> str:
    """The text of every line in reading order, each line read in its own direction.

    Right-to-left languages are read from the glyphs' positions (pdfminer), which proves
    the visual order; for the others poppler's ``pdftotext`` is enough and much faster.
    """
    if not is_rtl(language):
        return comparable(pdftotext(pdf))
    lines = glyph_lines(pdf)
    return comparable(" ".join(read_line(ln.visual, rtl.has_rtl(ln.visual)) for ln in lines))


def fonts_are_embedded(pdf: Path) -> list[str]:
    fonts = pdffonts(pdf)
    assert fonts, pdf
    assert all(font["emb"] == "yes" for font in fonts), fonts
    return [font["name"] for font in fonts]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sheet_prints_in_this_language_with_its_fonts_embedded_and_its_heading(
    language: str, tmp_path: Path
) -> None:
    sheets = information_sheets()
    for sheet in sheets:
        pdf = render_sheet(sheets, sheet, language, CENTRE, tmp_path / f"{sheet.id}.pdf").path
        names = fonts_are_embedded(pdf)
        assert all("IqtuiSans" in name for name in names), names
        text = read_pdf(pdf, language)
        for shown in {"de", language}:
            title = comparable(sheet.title.in_language(shown))
            assert all(word in text for word in title.split()), (sheet.id, shown, title)
            assert comparable(sheet.intro.in_language(shown)) in text, (sheet.id, shown)
        assert "anerkennung-in-deutschland.de" in text
        assert "IQ Beratung Musterstadt" in text


@pytest.mark.parametrize("language", ["ar", "fa", "tr"])
def test_a_client_only_sheet_leaves_out_german_and_uses_less_paper(
    language: str, tmp_path: Path
) -> None:
    sheets = information_sheets()
    sheet = sheets.get("labour_rights")
    assert sheet is not None
    both = render_sheet(sheets, sheet, language, CENTRE, tmp_path / "both.pdf")
    only = render_sheet(sheets, sheet, language, CENTRE, tmp_path / "only.pdf", client_only=True)
    assert only.pages <= both.pages
    text = read_pdf(only.path, language)
    assert comparable(sheet.intro.in_language(language)) in text
    assert comparable(sheet.intro.in_language("de")) not in text
    fonts_are_embedded(only.path)


def test_arabic_lines_of_a_sheet_are_drawn_right_to_left(tmp_path: Path) -> None:
    sheets = information_sheets()
    sheet = sheets.get("procedure")
    assert sheet is not None
    pdf = render_sheet(sheets, sheet, "ar", CENTRE, tmp_path / "ar.pdf").path
    lines = glyph_lines(pdf)
    arabic = [ln for ln in lines if rtl.has_rtl(ln.visual) and ln.x1 > 400]
    assert arabic, "no Arabic line on the right half of the page"
    # Arabic paragraphs end at the right margin, like the German ones start at the left.
    right_edges = {round(ln.x1) for ln in arabic}
    left_edges = {round(ln.x0) for ln in lines if not rtl.has_rtl(ln.visual)}
    assert max(right_edges) - 10 > min(left_edges) + 400
    assert is_rtl("ar")


def test_a_german_sheet_is_german_only_and_fits_one_page(tmp_path: Path) -> None:
    sheets = information_sheets()
    sheet = sheets.get("procedure")
    assert sheet is not None
    built = render_sheet(sheets, sheet, "de", CENTRE, tmp_path / "de.pdf")
    assert built.language is None and built.pages == 1
    text = read_pdf(built.path, "de")
    assert "Stand: 22. November 2026" in text
    assert comparable(sheet.intro.in_language("en")) not in text


def test_counsellor_lists_the_topics_in_the_ui_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "de", "sheet"]) == 0
    out = capsys.readouterr().out
    assert "costs            Kosten und Förderung" in out
    assert out.count("\n") == len(information_sheets())


def test_counsellor_prints_a_sheet_for_an_arabic_speaking_client(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "kosten.pdf"
    assert main(["--lang", "en", "sheet", "costs", "--lang", "ar", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert f"Sheet saved: {target} (2 pages)" in capsys.readouterr().out
    assert current_language() == "en"  # the sheet's --lang is not the UI language


def test_without_o_the_sheet_goes_to_the_data_folder(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sheet", "documents", "--lang", "uk", "--only"]) == 0
    sheet = information_sheets().get("documents")
    assert sheet is not None
    expected = default_path(data_dir, sheet, "uk", client_only=True)
    assert expected.name == "Informationsblatt_documents_uk.pdf"
    assert expected.is_file()


def test_an_unknown_topic_or_language_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--lang", "en", "sheet", "kosten"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("iqtui: There is no sheet kosten. Topics: procedure, regulated")
    assert "\n" not in err


def test_an_unknown_sheet_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--lang", "en", "sheet", "costs", "--lang", "xx"])
    assert code == 2
    assert "Unknown language code xx" in capsys.readouterr().err


def test_print_sends_the_sheet_to_the_default_printer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    log = fake_lp(tmp_path / "bin", monkeypatch, works=True)
    target = tmp_path / "sheet.pdf"
    code = main(
        ["--lang", "en", "sheet", "procedure", "--lang", "fa", "-o", str(target), "--print"]
    )
    assert code == 0
    assert str(target) in log.read_text(encoding="utf-8")
    assert "Laser-42" in capsys.readouterr().out
