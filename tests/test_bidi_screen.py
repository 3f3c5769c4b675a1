"""The right-to-left test pattern lets a counsellor try the three modes and keep one."""

from __future__ import annotations

from typing import Any

from textual.widgets import RadioButton, Static

from iqtui.i18n import gettext_in, set_language
from iqtui.i18n.bidi import FSI, TEST_PATTERN
from iqtui.tui.bidi import BidiFilter
from iqtui.tui.language import LanguageApp
from iqtui.tui.test_pattern import BidiTestPattern


class Host(LanguageApp[None]):
    kept: list[Any]

    def on_mount(self) -> None:
        self.kept = []

    def bidi_mode_chosen(self, mode: str) -> None:
        self.kept.append(mode)


async def test_trying_a_mode_applies_it_at_once_and_keep_stores_it() -> None:
    set_language("de")
    app = Host(bidi_mode="terminal")
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_bidi_test_pattern()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BidiTestPattern)
        assert [f.mode for f in app.get_line_filters() if isinstance(f, BidiFilter)] == ["terminal"]
        await pilot.click("#mode-app")
        await pilot.pause()
        assert app.bidi_mode == "app"
        assert [f.mode for f in app.get_line_filters() if isinstance(f, BidiFilter)] == ["app"]
        await pilot.click("#keep")
        await pilot.pause()
        assert app.kept == ["app"]
        assert not isinstance(app.screen, BidiTestPattern)


async def test_escape_leaves_the_mode_as_it_was() -> None:
    set_language("de")
    app = Host(bidi_mode="terminal")
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_bidi_test_pattern()
        await pilot.pause()
        await pilot.click("#mode-off")
        await pilot.pause()
        assert app.bidi_mode == "off"
        assert not any(isinstance(f, BidiFilter) for f in app.get_line_filters())
        await pilot.press("escape")
        await pilot.pause()
        assert app.bidi_mode == "terminal" and app.kept == []


async def test_the_pattern_speaks_the_ui_language_and_shows_arabic_and_persian() -> None:
    set_language("tr")
    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_bidi_test_pattern()
        await pilot.pause()
        texts = [str(w.content) for w in app.screen.query(Static)]
        assert gettext_in("tr", "Right-to-left test pattern") in texts
        for _lang, line in TEST_PATTERN:
            assert line in texts
        labels = [str(b.label) for b in app.screen.query(RadioButton)]
        assert gettext_in("tr", "Off: show the text as stored") in labels
        # what goes to the terminal: isolated RTL runs in terminal mode
        bidi_filter = next(f for f in app.get_line_filters() if isinstance(f, BidiFilter))
        line = app.screen.query_one(".ar", Static).render_line(0)
        shown = line.apply_filter(bidi_filter, app.screen.background_colors[1])
        assert FSI in "".join(segment.text for segment in shown)
