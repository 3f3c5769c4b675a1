"""The bundled protocol font (Iqtui Sans, see ``assets/fonts/README.md``) and its coverage.

Fonts are registered with reportlab once per process, on first use (about 20 ms).
reportlab silently draws nothing for a character its font lacks, so every text is
checked against the font's character map *before* drawing (:func:`missing_characters`).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from iqtui.paths import assets_dir
from iqtui.protocol import rtl

REGULAR = "IqtuiSans"
BOLD = "IqtuiSans-Bold"
_FILES = {REGULAR: "IqtuiSans-Regular.ttf", BOLD: "IqtuiSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


class FontMissing(RuntimeError):
    """The bundled font files are not where they should be (a broken installation)."""


def font_path(name: str) -> Path:
    """The file of font ``name`` (``REGULAR`` or ``BOLD``)."""
    return assets_dir() / "fonts" / _FILES[name]


def register() -> None:
    """Register the protocol fonts with reportlab (once per process; thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name in _FILES:
            path = font_path(name)
            if not path.is_file():
                raise FontMissing(str(path))
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
        _registered = True


@cache
def covered(name: str = REGULAR) -> frozenset[int]:
    """The code points font ``name`` has a glyph for."""
    register()
    font = pdfmetrics.getFont(name)
    # reportlab lists U+FFFF (the end marker of a format-4 cmap); it is no character.
    return frozenset(font.face.charToGlyph) - {0xFFFF}


def _drawn(ch: str) -> bool:
    """Whether ``ch`` needs a glyph (controls and line breaks do not)."""
    return ch not in rtl.CONTROLS and ch not in "\n\r\t" and unicodedata.category(ch) != "Cc"


def missing_characters(texts: Iterable[str]) -> dict[str, str]:
    """Characters of ``texts`` (after Arabic shaping) that no protocol font can draw.

    Maps each missing character to the first text it occurs in, for the message.
    """
    have = covered(REGULAR) & covered(BOLD)
    missing: dict[str, str] = {}
    for text in texts:
        if not text:
            continue
        for ch in rtl.shape(text):
            if ord(ch) not in have and _drawn(ch) and ch not in missing:
                missing[ch] = text
    return missing
