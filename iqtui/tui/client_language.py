"""Client-facing text in the client's language, beside or instead of the counsellor's.

A :class:`ClientPanel` shows blocks built by a function of the language (consent texts,
agreed steps, CEFR descriptors, competence items — see ``iqtui.i18n.client_view``). One
key (F6, ``LanguageApp.action_client_view``) cycles every panel on screen through: the
counsellor's language only → both side by side → the client's only. The UI language
never changes; the client's language is ``LanguageApp.client_language`` (set by the
session screens from the contact), or the panel's own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from iqtui.i18n import N_, _, current_language, normalise_language
from iqtui.i18n.client_view import Block, ClientView
from iqtui.tui.language import LanguageApp, language_label

FOR_CLIENT = N_("For the client: {language}")
NO_CLIENT_LANGUAGE = N_("The client's language is not recorded yet.")

BlockBuilder = Callable[[str], Sequence[Block]]


def _block_text(block: Block) -> Text:
    text = Text(no_wrap=False, justify="right" if block.rtl else "left")
    if block.heading:
        text.append(block.heading, style="bold")
    for line in block.lines:
        text.append(("\n" if text else "") + line)
    return text


class LanguageColumn(Vertical):
    """The blocks of one language, headed by that language's name."""

    DEFAULT_CSS = """
    LanguageColumn { height: auto; width: 1fr; padding: 0 1; }
    LanguageColumn .column-title { color: $text-muted; text-style: italic; }
    LanguageColumn .block { margin-bottom: 1; }
    LanguageColumn.-rtl-text Static { text-align: right; }
    """

    def __init__(self, blocks: Sequence[Block], title: str, language: str) -> None:
        super().__init__(classes="-rtl-text" if blocks and blocks[0].rtl else "")
        self.blocks = blocks
        self.title = title
        self.language = language

    def compose(self) -> ComposeResult:
        if self.title:
            yield Static(self.title, classes="column-title", markup=False)
        for block in self.blocks:
            yield Static(_block_text(block), classes="block")


class ClientPanel(Vertical):
    """Blocks in the counsellor's language, both languages, or the client's only."""

    DEFAULT_CSS = """
    ClientPanel { height: auto; }
    ClientPanel > Horizontal { height: auto; }
    """

    def __init__(
        self, build: BlockBuilder, client_language: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.build = build
        self._client_language = client_language

    @property
    def client_language(self) -> str | None:
        app = self.app
        language = self._client_language
        if language is None and isinstance(app, LanguageApp):
            language = app.client_language
        return normalise_language(language) if language else None

    @property
    def view(self) -> ClientView:
        app = self.app
        return app.client_view if isinstance(app, LanguageApp) else ClientView.OFF

    def compose(self) -> ComposeResult:
        ui = current_language()
        client = self.client_language
        view = self.view
        if view is ClientView.OFF or client is None:
            yield LanguageColumn(self.build(ui), "", ui)
            if view is not ClientView.OFF and client is None:
                yield Static(_(NO_CLIENT_LANGUAGE), markup=False)
            return
        client_title = _(FOR_CLIENT).format(language=language_label(client))
        if view is ClientView.INSTEAD:
            yield LanguageColumn(self.build(client), client_title, client)
            return
        with Horizontal():
            yield LanguageColumn(self.build(ui), language_label(ui), ui)
            yield LanguageColumn(self.build(client), client_title, client)
