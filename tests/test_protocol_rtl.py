"""Right-to-left text in the protocol: shaping, bidi ordering and line breaking (no PDF).

Expected visual strings are written out by hand (``rev`` reverses a word's glyphs, which
is how an Arabic word looks when drawn left to right), so these tests do not trust the
bidi code they test.
"""

from __future__ import annotations

import unicodedata

from bidi.algorithm import get_display
from bidi.mirror import MIRRORED
from hypothesis import given
from hypothesis import strategies as st

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
