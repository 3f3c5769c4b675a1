"""The right-to-left test pattern: a counsellor picks the ``bidi_mode`` that looks right.

Terminals differ in whether they reorder and join Arabic letters (see ``iqtui.i18n.bidi``),
and nobody can tell from a settings name which one they have. This screen shows Arabic
and Persian lines — with German terms in brackets, numbers and a label beside a value,
as on the real screens — and switches the mode live, so the counsellor compares and keeps
the one that looks right. Two checks need no Arabic: the letters of a word touch each
other, and the German words in brackets sit at the *left* end of their line.

Run alone for a terminal check: ``python -m iqtui.tui.test_pattern [--lang ar] [--bidi app]``.
"""

from __future__ import annotations

import argparse
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Label, RadioButton, RadioSet, Static

from iqtui.i18n import N_, _, set_language
from iqtui.i18n.bidi import BIDI_MODES, TEST_PATTERN
from iqtui.tui.language import LanguageApp, LocalisedFooter

TITLE = N_("Right-to-left test pattern")
HOW_TO = N_(
    "Choose the setting under which the Arabic and Persian lines look right. Two checks "
    "need no Arabic: the letters of each word are joined without gaps, and the German "
    "words in brackets, e.g. (zuständige Stelle), stand at the left end of their line."
)
MODE_LABELS: dict[str, str] = {
    "terminal": N_("The terminal does it (GNOME Terminal, Konsole, mlterm)"),
    "app": N_("iqtui does it (xterm, Windows Terminal, kitty and others)"),
    "off": N_("Off: show the text as stored"),
}
KEEP = N_("Keep this setting")
NAME = N_("Name")
SAMPLE_NAME = "محمد الأحمد"


class BidiTestPattern(Screen[str | None]):
    """Sample lines and the three modes; dismisses with the chosen mode (or ``None``)."""

    BINDINGS: ClassVar[list[Any]] = [Binding("escape", "cancel", N_("Back"))]
    DEFAULT_CSS = """
    BidiTestPattern { padding: 0 1; }
    BidiTestPattern #how-to { margin: 0 0 1 0; }
    BidiTestPattern #pattern { border: round $primary; height: auto; padding: 0 1; }
    BidiTestPattern #pattern Label { width: 1fr; }
    BidiTestPattern #pattern .ar { text-align: right; }
    BidiTestPattern #pattern .fa { text-align: right; }
    BidiTestPattern #row { height: 1; }
    BidiTestPattern #row Label { width: auto; margin-right: 2; }
    BidiTestPattern RadioSet { width: 1fr; }
    """

    def __init__(self, current: str = "terminal") -> None:
        super().__init__()
        self.initial = current

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(_(TITLE), classes="title", markup=False)
            yield Static(_(HOW_TO), id="how-to", markup=False)
            with Vertical(id="pattern"):
                for language, line in TEST_PATTERN:
                    yield Label(line, classes=language, markup=False)
                with Horizontal(id="row"):
                    yield Label(_(NAME) + ":", markup=False)
                    yield Label(SAMPLE_NAME, markup=False)
                    yield Label("Referenzberuf: Pflegefachkraft", markup=False)
            with RadioSet(id="modes"):
                for mode in BIDI_MODES:
                    yield RadioButton(
                        _(MODE_LABELS[mode]), value=mode == self.initial, id=f"mode-{mode}"
                    )
            yield Button(_(KEEP), id="keep", variant="primary")
        yield LocalisedFooter()

    def selected(self) -> str:
        button = self.query_one(RadioSet).pressed_button
        return button.id.removeprefix("mode-") if button and button.id else self.initial

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        app = self.app
        if isinstance(app, LanguageApp):
            app.set_bidi_mode(self.selected())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "keep":
            event.stop()
            self.dismiss(self.selected())

    def action_cancel(self) -> None:
        app = self.app
        if isinstance(app, LanguageApp):
            app.set_bidi_mode(self.initial)
        self.dismiss(None)


class _PatternApp(LanguageApp[str | None]):
    """Just the test pattern (for checking a terminal, and for screenshots)."""

    def on_mount(self) -> None:
        self.push_screen(BidiTestPattern(self.bidi_mode), self.exit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m iqtui.tui.test_pattern")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--bidi", default="terminal", choices=BIDI_MODES)
    args = parser.parse_args(argv)
    set_language(args.lang)
    chosen = _PatternApp(bidi_mode=args.bidi).run()
    if chosen:
        print(chosen)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
