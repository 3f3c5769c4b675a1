"""Right-to-left display transforms: isolates for BiDi terminals, visual order for others."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from iqtui.i18n import gettext_in
from iqtui.i18n.bidi import (
    FSI,
    PDI,
    TEST_PATTERN,
    for_display,
    has_rtl,
    isolate,
    shape,
    visual_order,
)


def test_rtl_is_detected_in_arabic_and_persian_only() -> None:
    assert has_rtl("الاسم") and has_rtl("نام خانوادگی") and has_rtl("Name: محمد")
    assert not has_rtl("Referenzberuf 2026") and not has_rtl("Прізвище")


def test_terminal_mode_isolates_rtl_runs_and_keeps_the_padding() -> None:
    assert for_display("  الاسم  ", "terminal") == f"  {FSI}الاسم{PDI}  "
    assert for_display("Name", "terminal") == "Name"
    assert isolate("x", rtl=True).startswith("\u2067")
    # isolates take no cells, so layouts measured on the stored text still fit
    assert cell_len(for_display("الجهة المختصة", "terminal")) == cell_len("الجهة المختصة")


def test_off_mode_leaves_text_as_stored() -> None:
    text = "الجهة المختصة (zuständige Stelle)"
    assert for_display(text, "off") == text


def test_app_mode_puts_arabic_in_visual_order_with_brackets_mirrored() -> None:
    shown = for_display("الجهة المختصة (zuständige Stelle)", "app")
    assert shown.startswith("(zuständige Stelle) ")
    # the Arabic words read right to left: the first logical word ends the line
    assert shown.endswith(shape("الجهة")[::-1])
    assert FSI not in shown and PDI not in shown


def test_app_mode_keeps_numbers_and_latin_left_to_right() -> None:
    shown = visual_order(shape("تاریخ: 24.03.2026، ساعت 14:30"))
    assert "24.03.2026" in shown and "14:30" in shown
    assert shown.index("14:30") < shown.index("24.03.2026")


def test_app_mode_joins_letters_without_changing_the_width() -> None:
    for _lang, text in TEST_PATTERN:
        shown = for_display(text, "app")
        assert cell_len(shown) == cell_len(text), text
        assert shown != text
    # lam-alef stays two cells (no ligature)
    assert len(shape("لا")) == 2


def test_app_mode_honours_zwnj_then_drops_it() -> None:
    # می‌خواهم: ZWNJ keeps ی from joining خ; once shaped, the mark itself is not sent
    # (mlterm with --ctl=false gave it a cell and clipped the line)
    shown = for_display("می‌خواهم", "app")
    assert "\u200c" not in shown and cell_len(shown) == cell_len("می‌خواهم")
    assert shown.endswith("\ufbfd" + "\ufee3")  # final yeh, initial meem: not joined
    joined = for_display("میخواهم", "app")
    assert "\ufbfd" not in joined


@pytest.mark.parametrize("mode", ["terminal", "app", "off"])
def test_every_translated_label_survives_every_mode(mode: str) -> None:
    for language in ("ar", "fa"):
        label = gettext_in(language, "Competent authority (zuständige Stelle)")
        shown = for_display(label, mode)  # type: ignore[arg-type]
        assert "zuständige Stelle" in shown
        assert cell_len(shown) == cell_len(label)
