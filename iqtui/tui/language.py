"""The terminal UI in eleven languages: Textual's own strings, key names, live switching.

``LanguageApp`` is the base class of the iqtui application. It

- replaces what Textual says in English (command palette placeholder and "No matches
  found", system commands, the palette binding, "Loading...", key names in the footer);
- switches the UI language while the app runs (F2 or the command palette) without
  restarting and without touching anything typed: every visible label, title, button,
  placeholder, prompt and option that came from the catalog is re-translated in place,
  the footer is rebuilt, the ``-rtl`` class follows the language;
- applies the ``bidi_mode`` (``iqtui.tui.bidi``).

Re-translation works backwards from the text on screen: a reverse index of every
catalog finds the message a string came from, so screens built with ``_()`` at compose
time, ``N_()`` tables and bindings declared at import all follow the switch. Text the
user typed never matches a catalog entry that is applied to an input's *value* — values
are never touched, only labels, placeholders and prompts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, ClassVar, TypeVar

from rich.align import Align
from rich.text import Text
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.command import CommandList, CommandPalette, Hit, Hits, Provider
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Footer, Input, LoadingIndicator, Select, Static
from textual.widgets._footer import FooterKey
from textual.widgets._tabbed_content import ContentTab
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import Option

from iqtui.i18n import (
    LANGUAGES,
    N_,
    _,
    current_language,
    is_rtl,
    pgettext,
    set_language,
    translator,
)
from iqtui.i18n.bidi import VTE_IMPLICIT_BIDI_OFF, VTE_IMPLICIT_BIDI_ON, BidiMode
from iqtui.i18n.client_view import ClientView
from iqtui.i18n.names import endonym
from iqtui.tui import bidi

ReturnType = TypeVar("ReturnType")

# Textual's built-in English, re-said through the catalog.
PALETTE_PLACEHOLDER = N_("Search for commands…")
NO_MATCHES = N_("No matches found")
SELECT_PROMPT = N_("Select")
LOADING = N_("Loading…")
PALETTE = N_("Commands")
PALETTE_TOOLTIP = N_("Open the command palette")

_SYMBOLS = {
    "backspace": "⌫",
    "enter": "⏎",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}


def _key_names() -> dict[str, str]:
    """Key names in the UI language (German keyboards: Entf, Bild auf, Pos1, Leertaste)."""
    return {
        "escape": pgettext("key", "Esc"),
        "space": pgettext("key", "Space"),
        "tab": pgettext("key", "Tab"),
        "delete": pgettext("key", "Del"),
        "insert": pgettext("key", "Ins"),
        "home": pgettext("key", "Home"),
        "end": pgettext("key", "End"),
        "pageup": pgettext("key", "PgUp"),
        "pagedown": pgettext("key", "PgDn"),
        "shift": pgettext("key", "Shift"),
        "alt": pgettext("key", "Alt"),
    }


def key_name(key: str) -> str:
    """One key (``pageup``, ``f2``, ``a``) as the footer shows it in the UI language."""
    if key in _SYMBOLS:
        return _SYMBOLS[key]
    return _key_names().get(key) or (key.upper() if len(key) > 1 else key)


def key_display(binding: Binding) -> str:
    """A binding's keys for the footer: ``^P``, ``F2``, ``Shift+Tab``, ``Esc``."""
    if binding.key_display:
        return binding.key_display
    *modifiers, key = binding.key.split(",")[0].strip().split("+")
    parts = ["^" if modifier == "ctrl" else key_name(modifier) + "+" for modifier in modifiers]
    return "".join(parts) + key_name(key)


# --- finding where a string on screen came from --------------------------------------


@cache
def _reverse_index(language: str) -> dict[str, str]:
    """Translation → message id for one language's catalog (plain messages only)."""
    catalog = translator(language)
    found: dict[str, str] = {}
    messages: dict[Any, Any] = getattr(catalog, "_catalog", {})
    for key, value in messages.items():
        if isinstance(key, str) and key and isinstance(value, str) and value:
            found.setdefault(value, key.split("\x04")[-1])
    fallback = getattr(catalog, "_fallback", None)
    if fallback is not None:
        for key, value in getattr(fallback, "_catalog", {}).items():
            if isinstance(key, str) and key and isinstance(value, str) and value:
                found.setdefault(value, key.split("\x04")[-1])
    return found


def message_id(text: str, languages: Iterable[str] = ()) -> str | None:
    """The English message ``text`` is a translation of (looked up in ``languages``)."""
    for language in [*languages, *LANGUAGES]:
        msgid = _reverse_index(language).get(text)
        if msgid is not None:
            return msgid
    return None


def retranslate(text: str, previous: str | None = None) -> str:
    """``text`` from some catalog, said in the current UI language (else unchanged)."""
    if not text:
        return text
    msgid = message_id(text, [previous] if previous else [])
    return _(msgid) if msgid is not None else text


def _plain(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, Content | Text):
        return value.plain
    return None


def _retranslated(value: object, previous: str) -> str | None:
    """The new text for a label value, or ``None`` if it is not from a catalog."""
    text = _plain(value)
    if text is None:
        return None
    new = retranslate(text, previous)
    return new if new != text else None


def retranslate_tree(root: Widget, previous: str) -> int:
    """Re-translate every catalog string shown under ``root``; returns how many changed.

    Values typed by the user (``Input.value``, ``TextArea.text``, a ``Select``'s value)
    are never touched.
    """
    nodes = root.walk_children(Widget, with_self=True)
    return sum((_retranslate_node(node, previous) for node in nodes), 0)


def _retranslate_node(node: Widget, previous: str) -> int:
    changed = 0

    def apply(attribute: str, setter: Callable[[str], None] | None = None) -> None:
        nonlocal changed
        new = _retranslated(getattr(node, attribute, None), previous)
        if new is not None:
            (setter or (lambda value: setattr(node, attribute, value)))(new)
            changed += 1

    for attribute in ("border_title", "border_subtitle", "tooltip"):
        apply(attribute)
    if isinstance(node, Screen):
        apply("title")
        apply("sub_title")
    if isinstance(node, Input):
        apply("placeholder")
    elif isinstance(node, Button | ToggleButton | ContentTab):
        apply("label")
    elif isinstance(node, Select):
        changed += _retranslate_select(node, previous)
    elif isinstance(node, Static) and not isinstance(node, FooterKey):
        apply("content", node.update)
    return changed


def _retranslate_select(select: Select[Any], previous: str) -> int:
    changed = 0
    prompt = retranslate(select.prompt, previous)
    if prompt != select.prompt:
        select.prompt = prompt
        changed += 1
    options = list(getattr(select, "_options", []))
    renamed = []
    for label, value in options:
        text = _plain(label)
        if value is Select.NULL:
            continue
        new = retranslate(text, previous) if text is not None else None
        renamed.append((new if new is not None else label, value))
        changed += new is not None and new != text
    if changed:
        current = select.value
        with select.prevent(Select.Changed):
            select.set_options(renamed)
            if current is not Select.NULL:
                select.value = current
    return changed


# --- Textual widgets that speak the UI language ------------------------------------


class LocalisedCommandPalette(CommandPalette):
    """The command palette with a translated placeholder and "No matches found"."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("placeholder", _(PALETTE_PLACEHOLDER))
        super().__init__(**kwargs)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's, with the message in the UI language."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(_(NO_MATCHES), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


class LocalisedLoadingIndicator(LoadingIndicator):
    """Textual's loading indicator; its text form (animations off) is translated."""

    def render(self) -> Any:
        if self.app.animation_level == "none":
            return Text(_(LOADING))
        return super().render()


class LocalisedFooter(Footer):
    """The footer with binding descriptions in the current UI language."""

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.description = retranslate(widget.description)
                if isinstance(widget.tooltip, str):
                    widget.tooltip = retranslate(widget.tooltip)
            yield widget


def localised_select(options: Iterable[tuple[Any, Any]], **kwargs: Any) -> Select[Any]:
    """A ``Select`` whose empty prompt is in the UI language."""
    kwargs.setdefault("prompt", _(SELECT_PROMPT))
    return Select(options, **kwargs)


# --- switching language ---------------------------------------------------------------

SWITCH_TO = N_("Interface language: {language}")
SWITCH_HELP = N_("Show iqtui in this language; nothing typed is lost")
SWITCHED = N_("The interface is now in {language}.")


def language_label(code: str) -> str:
    """How a UI language is offered: in itself, so everyone finds their own."""
    if code == "fa":
        return "فارسی / دری"
    return endonym(code)


class LanguageCommands(Provider):
    """Command palette entries for switching the UI language (searchable in any name)."""

    async def search(self, query: str) -> Hits:
        app = self.app
        assert isinstance(app, LanguageApp)
        matcher = self.matcher(query)
        for code in LANGUAGES:
            title = _(SWITCH_TO).format(language=language_label(code))
            words = f"{title} {code} language Sprache لغة زبان"
            score = max(matcher.match(title), matcher.match(words))
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    lambda code=code: app.switch_language(code),
                    help=_(SWITCH_HELP),
                )

    async def discover(self) -> Hits:
        app = self.app
        assert isinstance(app, LanguageApp)
        for code in LANGUAGES:
            if code != current_language():
                yield Hit(
                    1.0,
                    _(SWITCH_TO).format(language=language_label(code)),
                    lambda code=code: app.switch_language(code),
                    help=_(SWITCH_HELP),
                )


class LanguageApp(App[ReturnType]):
    """Base class of the iqtui app: Textual in the UI language, live language switch."""

    BINDINGS: ClassVar[list[Any]] = [
        Binding(
            "ctrl+p",
            "command_palette",
            PALETTE,
            tooltip=PALETTE_TOOLTIP,
            priority=True,
            show=False,  # the footer shows the palette key at its right end anyway
        ),
        Binding("f2", "next_language", N_("Language"), priority=True),
        Binding("f6", "client_view", N_("Client's language"), priority=True),
    ]
    COMMANDS = App.COMMANDS | {LanguageCommands}
    #: Right-to-left UI languages: text blocks align right (screens stay single-column).
    DEFAULT_CSS = """
    .-rtl Static { text-align: right; }
    .-rtl Input { text-align: right; }
    """

    def __init__(self, *args: Any, bidi_mode: str = "terminal", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: The client's language (the contact's language of counselling), if known.
        self.client_language: str | None = None
        #: How client-facing parts show that language (F6 cycles it).
        self.client_view = ClientView.OFF
        self.bidi_mode: BidiMode = bidi.normalise_mode(bidi_mode)
        bidi.keep_editable_widgets_logical()

    def on_mount(self) -> None:
        self.set_class(is_rtl(current_language()), "-rtl")
        self._tell_terminal()

    def _tell_terminal(self) -> None:
        """VTE reorders RTL itself unless told not to; in ``app`` mode iqtui does it."""
        driver = self._driver
        if driver is None or driver.is_headless or driver.is_web:
            return
        driver.write(VTE_IMPLICIT_BIDI_OFF if self.bidi_mode == "app" else VTE_IMPLICIT_BIDI_ON)
        driver.flush()

    def get_line_filters(self) -> list[Any]:
        return [*super().get_line_filters(), *bidi.filters_for(self)]

    def set_bidi_mode(self, mode: str) -> None:
        """Use another ``bidi_mode`` from now on (the test-pattern screen tries them)."""
        self.bidi_mode = bidi.normalise_mode(mode)
        self._tell_terminal()
        self.refresh(repaint=True, layout=True)
        for screen in self.screen_stack:
            for widget in screen.walk_children(with_self=True):
                widget.refresh()

    def action_bidi_test_pattern(self) -> None:
        """Show the test pattern; the mode chosen there is kept (``bidi_mode_chosen``)."""
        from iqtui.tui.test_pattern import BidiTestPattern  # imports this module

        def chosen(mode: str | None) -> None:
            if mode:
                self.set_bidi_mode(mode)
                self.bidi_mode_chosen(self.bidi_mode)

        self.push_screen(BidiTestPattern(self.bidi_mode), chosen)

    def bidi_mode_chosen(self, mode: BidiMode) -> None:
        """Hook: store the mode the counsellor kept (the iqtui app writes its config)."""

    def run(self, *args: Any, **kwargs: Any) -> ReturnType | None:
        """Run; afterwards give VTE terminals their own reordering back."""
        try:
            return super().run(*args, **kwargs)
        finally:
            terminal = sys.__stdout__
            if terminal is not None and terminal.isatty():
                terminal.write(VTE_IMPLICIT_BIDI_ON)
                terminal.flush()

    # Textual hooks --------------------------------------------------------------------

    def get_key_display(self, binding: Binding) -> str:
        return key_display(binding)

    def get_loading_widget(self) -> Widget:
        return LocalisedLoadingIndicator()

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(LocalisedCommandPalette(id="--command-palette"))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield SystemCommand(_("Quit"), _("Close iqtui; everything is saved"), self.action_quit)
        yield SystemCommand(_("Theme"), _("Change the colours"), self.action_change_theme)
        if screen.maximized is not None:
            yield SystemCommand(_("Minimize"), _("Restore the normal size"), screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(
                _("Maximize"), _("Show the focused part full screen"), screen.action_maximize
            )
        yield SystemCommand(
            _("Right-to-left test pattern"),
            _("Check how Arabic and Persian look in this terminal"),
            self.action_bidi_test_pattern,
        )

    # Language -------------------------------------------------------------------------

    def action_next_language(self) -> None:
        """F2: the next UI language (the palette offers each one by name)."""
        index = LANGUAGES.index(current_language().split("_")[0])
        self.switch_language(LANGUAGES[(index + 1) % len(LANGUAGES)])

    def switch_language(self, code: str) -> None:
        """Show the whole app in ``code`` now; typed values stay as they are."""
        previous = current_language()
        if set_language(code) == previous:
            return
        self.set_class(is_rtl(code), "-rtl")
        for screen in self.screen_stack:
            retranslate_tree(screen, previous)
        self.title = retranslate(self.title, previous)
        self.sub_title = retranslate(self.sub_title, previous)
        for footer in self.query(Footer):
            footer.call_later(footer.recompose)  # in the footer's own context (data_bind)
        self.refresh_bindings()
        self._rebuild_client_panels()
        self.language_changed(previous, code)
        self.notify(_(SWITCHED).format(language=language_label(code)), timeout=3)

    def action_client_view(self) -> None:
        """F6: counsellor's language → both side by side → client's only → back."""
        self.client_view = self.client_view.next()
        self._rebuild_client_panels()

    def set_client_language(self, language: str | None) -> None:
        """The client's language changed (another contact, or it was just recorded)."""
        self.client_language = language or None
        self._rebuild_client_panels()

    def _rebuild_client_panels(self) -> None:
        for screen in self.screen_stack:
            for panel in screen.query("ClientPanel"):
                panel.call_later(panel.recompose)

    def language_changed(self, previous: str, current: str) -> None:
        """Hook for screens that format values themselves (dates, counts); default none."""
