"""Right-to-left text in the protocol: shaping, bidi ordering and line breaking (no PDF).

Expected visual strings are written out by hand (``rev`` reverses a word's glyphs, which
is how an Arabic word looks when drawn left to right), so these tests do not trust the
bidi code they test.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import unicodedata
from typing import Any

import pytest
from babel.messages.pofile import read_po
from bidi.algorithm import get_display
from bidi.mirror import MIRRORED
from hypothesis import given, settings
from hypothesis import strategies as st

from iqtui.i18n.catalogs import catalog_path
from iqtui.protocol import rtl


def rev(word: str) -> str:
    """An Arabic/Persian word as drawn left to right: shaped, glyphs reversed."""
    return rtl.shape(word)[::-1]


def line(text: str, direction: rtl.Direction = "auto") -> str:
    return rtl.visual(rtl.analyse(text, direction))


def width_by_chars(text: str) -> float:
    return float(len(text))


def test_arabic_letters_are_joined_into_presentation_forms() -> None:
    shaped = rtl.shape("محمد")
    assert all("\ufe70" <= ch <= "\ufeff" for ch in shaped)
    assert unicodedata.normalize("NFKC", shaped) == "محمد"


def test_an_arabic_sentence_is_drawn_right_to_left() -> None:
    assert line("مكتب العمل") == rev("العمل") + " " + rev("مكتب")


def test_a_date_and_time_inside_arabic_keep_their_digit_order() -> None:
    text = "الموعد 12.03.2025 الساعة 10:30"
    assert line(text) == "10:30 " + rev("الساعة") + " 12.03.2025 " + rev("الموعد")


def test_persian_digits_inside_persian_keep_their_order() -> None:
    assert line("۱۲ مارس ۲۰۲۵") == "۲۰۲۵ " + rev("مارس") + " ۱۲"


def test_a_latin_abbreviation_in_brackets_inside_arabic_is_mirrored_correctly() -> None:
    # Logical "(" after the Arabic word becomes the right-hand bracket on paper, drawn
    # as ")" mirrored — i.e. the reader sees "(BAMF)" with the brackets facing inwards.
    assert line("مكتب (BAMF) اليوم") == rev("اليوم") + " (BAMF) " + rev("مكتب")


def test_an_arabic_name_inside_a_german_sentence_reads_right_to_left() -> None:
    text = "Herr محمد أحمد العلي aus Köln"
    assert line(text) == "Herr " + rev("محمد أحمد العلي") + " aus Köln"


def test_persian_zwnj_keeps_the_letters_apart_but_is_not_drawn() -> None:
    shaped = rtl.shape("می\u200cخواهم")
    assert "\u200c" not in shaped
    # the yeh before the ZWNJ is final (U+FBFD), the khah after it initial (U+FEA7)
    assert "\ufbfd\ufea7" in shaped


def test_bidi_controls_steer_but_are_not_drawn() -> None:
    drawn = line("12\u200f/3\u200f/2025 \u2067نص\u2069")
    assert not set(drawn) & rtl.CONTROLS


def test_visual_order_matches_python_bidi_reference_for_single_lines() -> None:
    """Pins python-bidi's pure-Python UBA (which mirrors brackets, unlike its Rust API)."""
    samples = [
        "تقديم الطلب إلى (BAMF) اليوم",
        "السعر 200 € فقط",
        "Jobcenter Köln-Mitte مكتب",
        "می\u200cخواهم کار کنم",
        "[ملاحظة] {x}",
    ]
    for sample in samples:
        assert line(sample) == get_display(rtl.shape(sample))


def test_a_long_arabic_paragraph_keeps_its_line_order() -> None:
    words = [f"كلمة{i}" for i in range(1, 13)]  # كلمة1 … كلمة12: the digits mark the order
    lines = rtl.layout(" ".join(words), 20, width_by_chars, "rtl")
    assert len(lines) > 2
    seen = []
    for ln in lines:  # top to bottom; each line right to left
        for token in ln.text.split(" ")[::-1]:
            seen.append(int("".join(ch for ch in token if ch.isdigit())))
    assert seen == list(range(1, 13))


def test_line_breaking_keeps_every_word_in_logical_order() -> None:
    text = "يرغب السيد محمد في العمل كمهندس مدني في كولونيا وأنهى دراسته عام 2012"
    paragraph = rtl.analyse(text, "rtl")
    ranges = rtl.break_lines(paragraph.text, 18, width_by_chars)
    pieces = [paragraph.text[a:b] for a, b in ranges]
    assert " ".join(pieces) == paragraph.text
    assert all(len(p) <= 18 for p in pieces)


def test_a_word_longer_than_the_line_is_cut_not_lost() -> None:
    text = "Donaudampfschifffahrtsgesellschaftskapitän"
    lines = rtl.layout(text, 10, width_by_chars, "ltr")
    assert "".join(ln.text for ln in lines) == text
    assert all(ln.width <= 10 for ln in lines)


def test_typed_line_breaks_start_new_paragraphs_with_their_own_direction() -> None:
    lines = rtl.layout("Termin am Montag\nموعد يوم الاثنين", 100, width_by_chars)
    assert lines[0].text == "Termin am Montag"
    assert lines[1].text == rev("موعد يوم الاثنين")


def _canonical(ch: str) -> str:
    return min(ch, MIRRORED.get(ch, ch))


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_no_typed_text_can_break_the_layout(text: str) -> None:
    """Whatever a counsellor pastes in, layout returns lines made of exactly its glyphs."""
    lines = rtl.layout(text, 15, width_by_chars)
    drawn = [ch for ln in lines for ch in ln.text if ch != " "]
    source = rtl.shape(text.replace("\t", " "))
    expected = [ch for ch in source if ch not in rtl.CONTROLS and ch not in " \n"]
    assert sorted(map(_canonical, drawn)) == sorted(map(_canonical, expected))


def test_a_german_term_in_brackets_keeps_its_brackets_before_a_number() -> None:
    """Bracket pairs (UBA rule N0): the glossary puts German terms in brackets everywhere."""
    text = "الاستشارة الأولى (Erstberatung) · 22 نوفمبر 2026"
    assert line(text, "rtl") == (
        "2026 " + rev("نوفمبر") + " 22 · (Erstberatung) " + rev("الاستشارة الأولى")
    )
    grant = "منحة الاعتراف (Anerkennungszuschuss)؛ Jobcenter"
    assert line(grant, "rtl") == "Jobcenter ؛(Anerkennungszuschuss) " + rev("منحة الاعتراف")


# --- FriBiDi (the C library behind GTK and Pillow's raqm) as an independent reference ---

_ALPHABET = "ابتثجحخدذرسشصعفقكلمنهويپچژگکیabcXYZäö0123456789٠١٢٣۰۱۲۳      .,:;-/()[]{}«»!?%+€·،؛"


def _fribidi() -> Any:
    name = ctypes.util.find_library("fribidi") or "libfribidi.so.0"
    try:
        return ctypes.CDLL(name)
    except OSError:
        pytest.skip("libfribidi is not installed")


def fribidi_visual(text: str, rtl_base: bool) -> str:
    """FriBiDi's visual order of ``text`` (already shaped) for one line."""
    library = _fribidi()
    size = len(text)
    source = (ctypes.c_uint32 * max(size, 1))(*map(ord, text))
    target = (ctypes.c_uint32 * (size + 1))()
    base = ctypes.c_uint32(0x111 if rtl_base else 0x110)  # FRIBIDI_PAR_RTL / _LTR
    library.fribidi_log2vis(source, size, ctypes.byref(base), target, None, None, None)
    return "".join(chr(code) for code in target[:size])


def _catalog_samples() -> list[str]:
    samples = []
    for language in ("ar", "fa", "fa_AF"):
        with catalog_path(language).open("rb") as handle:
            for message in read_po(handle):
                for text in (
                    message.string if isinstance(message.string, tuple) else (message.string,)
                ):
                    if text and "\n" not in text:
                        samples.append(re.sub(r"\{[a-z_]*\}", "12.03.2025", text))
    return samples


def test_every_arabic_and_persian_message_is_ordered_like_fribidi() -> None:
    samples = _catalog_samples()
    assert len(samples) > 500
    for sample in samples:
        shaped = rtl.shape(sample)
        assert line(sample, "rtl") == fribidi_visual(shaped, True), sample


@settings(max_examples=400)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=40), st.booleans())
def test_mixed_text_is_ordered_like_fribidi(text: str, rtl_base: bool) -> None:
    drawn = line(text, "rtl" if rtl_base else "ltr")
    assert drawn == fribidi_visual(rtl.shape(text), rtl_base)
