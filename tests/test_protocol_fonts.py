"""The bundled font: its licence, its coverage, and no glyph ever dropped silently."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from fontTools.ttLib import TTFont

from iqtui.domain import codes
from iqtui.i18n.catalogs import catalog_path
from iqtui.paths import assets_dir, locales_dir
from iqtui.protocol import fonts
from iqtui.protocol.document import Document, Letterhead, Paragraph, Section, Text
from iqtui.protocol.draw import MissingGlyphs, render_document

FONT_DIR = assets_dir() / "fonts"


def test_the_fonts_ship_with_their_licence_and_origin() -> None:
    licence = (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Google LLC" in licence
    readme = (FONT_DIR / "README.md").read_text(encoding="utf-8")
    assert "fonts-noto-core" in readme and "20201225-1" in readme
    assert (FONT_DIR / "build_fonts.py").is_file()


def test_the_font_is_renamed_and_keeps_its_licence_entries() -> None:
    for name in (fonts.REGULAR, fonts.BOLD):
        font = TTFont(str(fonts.font_path(name)))
        assert font["name"].getDebugName(1) == "Iqtui Sans"
        assert "Open Font License" in (font["name"].getDebugName(13) or "")


def test_reportlab_sees_the_same_characters_as_fonttools() -> None:
    """Pins the coverage check on reportlab's character map."""
    for name in (fonts.REGULAR, fonts.BOLD):
        cmap = TTFont(str(fonts.font_path(name))).getBestCmap()
        assert fonts.covered(name) == frozenset(cmap)


def _catalog_strings() -> list[str]:
    strings = []
    for language_dir in sorted(p for p in locales_dir().iterdir() if p.is_dir()):
        with catalog_path(language_dir.name).open("rb") as handle:
            catalog = read_po(handle)
        for message in catalog:
            values = message.string if isinstance(message.string, tuple) else (message.string,)
            strings.extend(v for v in values if v)
    return strings


def test_every_translated_message_and_code_label_can_be_drawn() -> None:
    labels = [
        m.msgid
        for cls in vars(codes).values()
        if isinstance(cls, type) and issubclass(cls, codes.CodeList)
        for m in cls
    ]
    missing = fonts.missing_characters([*_catalog_strings(), *labels])
    assert missing == {}, {ch: f"U+{ord(ch):04X} in {text[:40]!r}" for ch, text in missing.items()}


def test_common_names_and_signs_can_be_drawn() -> None:
    samples = [
        "Nguyễn Thị Hằng",
        "Łukasz Wiśniewski",
        "Ștefan Țurcanu",
        "Çağrı Şahin",
        "Олена Коваленко",
        "Γιώργος Παπαδόπουλος",
        "محمد أحمد العلي",
        "زهرا احمدی",
        "€ ₴ ₽ ₺ № „…“ – —",
    ]
    assert fonts.missing_characters(samples) == {}


def _document(name: str) -> Document:
    return Document(
        title=Text("Beratungsprotokoll"),
        client_language=None,
        letterhead=Letterhead("IQ"),
        sections=(Section("client", Text("Ratsuchende*r"), (Paragraph(Text.typed(name)),)),),
        page_label=Text("Seite {page} von {pages}"),
    )


def test_a_character_the_font_lacks_is_an_error_not_a_gap() -> None:
    with pytest.raises(MissingGlyphs) as raised:
        render_document(_document("สมชาย ใจดี"), io.BytesIO())
    assert "ส" in raised.value.missing
    assert "สมชาย" in raised.value.message()


def test_replaced_characters_are_shown_and_reported(tmp_path: Path) -> None:
    pdf = tmp_path / "thai.pdf"
    rendered = render_document(_document("Herr สมชาย"), pdf, replace_missing=True)
    assert "ส" in rendered.replaced
    from tests.pdf_reading import pdftotext

    assert "Herr ?????" in pdftotext(pdf)
