"""The terminal UI speaks the UI language, including Textual's own words, and switches live."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import CommandInput, CommandList
from textual.widgets import Button, Input, Label, Select

from iqtui.domain.codes import Gender
from iqtui.i18n import N_, _, gettext_in, set_language
from iqtui.tui.language import (
    LanguageApp,
    LocalisedFooter,
    key_display,
    localised_select,
    retranslate,
)


class Intake(LanguageApp[None]):
    """A small intake form, built the way iqtui's screens are: ``_()`` at compose time."""

    BINDINGS: ClassVar[list[Any]] = [Binding("ctrl+s", "save", N_("Save"))]

    def compose(self) -> ComposeResult:
        yield Label(_("Family name"), id="family-label")
        yield Input(placeholder=_("Family name"), id="family")
        yield Label(_("Town or city"), id="city-label")
        yield Input(id="city")
        yield localised_select([(g.label(), g.value) for g in Gender], id="gender")
        yield Button(_("Consent"), id="consent")
        yield LocalisedFooter()

    def action_save(self) -> None:
        pass


def _text(app: Any, selector: str) -> str:
    return str(app.query_one(selector, Label).content)


async def test_switching_language_mid_intake_keeps_every_typed_value() -> None:
    set_language("de")
    app = Intake()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#family")
        await pilot.press(*"Öztürk")
        app.query_one("#city", Input).value = "Köln"
        app.query_one("#gender", Select).value = "f"
        assert _text(app, "#family-label") == "Nachname"

        app.switch_language("ar")
        await pilot.pause()

        assert app.query_one("#family", Input).value == "Öztürk"
        assert app.query_one("#city", Input).value == "Köln"
        assert app.query_one("#gender", Select).value == "f"
        assert _text(app, "#family-label") == gettext_in("ar", "Family name")
        assert _text(app, "#city-label") == gettext_in("ar", "Town or city")
        assert app.query_one("#family", Input).placeholder == gettext_in("ar", "Family name")
        assert str(app.query_one("#consent", Button).label) == gettext_in("ar", "Consent")
        assert app.has_class("-rtl")

        app.switch_language("uk")
        await pilot.pause()
        assert app.query_one("#family", Input).value == "Öztürk"
        assert _text(app, "#family-label") == "Прізвище"
        assert not app.has_class("-rtl")


async def test_code_list_options_follow_the_switch_and_keep_the_choice() -> None:
    set_language("de")
    app = Intake()
    async with app.run_test(size=(80, 24)) as pilot:
        select = app.query_one("#gender", Select)
        select.value = "d"
        app.switch_language("fr")
        await pilot.pause()
        labels = [str(label) for label, _value in select._options]
        assert gettext_in("fr", "female") in labels
        assert select.value == "d"
        assert select.prompt == gettext_in("fr", "Select")


async def test_footer_and_key_names_follow_the_ui_language() -> None:
    set_language("de")
    app = Intake()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer_text = " ".join(str(k.description) for k in app.query("FooterKey"))
        assert "Speichern" in footer_text or gettext_in("de", "Save") in footer_text
        assert "Sprache" in footer_text
        app.switch_language("tr")
        await pilot.pause()
        await pilot.pause()
        footer_text = " ".join(str(k.description) for k in app.query("FooterKey"))
        assert gettext_in("tr", "Language") in footer_text


def test_key_names_are_translated() -> None:
    set_language("de")
    assert key_display(Binding("pageup", "x")) == "Bild auf"
    assert key_display(Binding("delete", "x")) == "Entf"
    assert key_display(Binding("ctrl+p", "x")) == "^p"
    assert key_display(Binding("f2", "x")) == "F2"
    set_language("fr")
    assert key_display(Binding("space", "x")) == "Espace"
    assert key_display(Binding("shift+tab", "x")) == "Maj+Tab"


async def test_command_palette_speaks_the_ui_language() -> None:
    set_language("es")
    app = Intake()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette_input = app.screen.query_one(CommandInput)
        assert palette_input.placeholder == gettext_in("es", "Search for commands…")
        await pilot.press(*"qqqzzzxx")
        await pilot.pause(1.0)
        options = app.screen.query_one(CommandList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any(gettext_in("es", "No matches found") in text for text in shown)


async def test_the_palette_offers_every_language_by_its_own_name() -> None:
    set_language("de")
    app = Intake()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"العربية")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one("#family-label", Label).content == gettext_in("ar", "Family name")


def test_retranslate_finds_the_message_behind_a_string_in_any_language() -> None:
    set_language("pl")
    assert retranslate("Nachname") == gettext_in("pl", "Family name")
    assert retranslate("Family name") == gettext_in("pl", "Family name")
    assert retranslate("Öztürk") == "Öztürk"
