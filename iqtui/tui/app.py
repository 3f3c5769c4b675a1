"""The iqtui Textual application (placeholder home until the session screens land)."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

from iqtui import config as config_module
from iqtui.i18n import _


class IqtuiApp(App[None]):
    """The counselling application."""

    TITLE = "iqtui"

    def __init__(self, config: config_module.Config, data_dir: Path) -> None:
        super().__init__()
        self.config = config
        self.data_dir = data_dir

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            _("iqtui — counselling records. The session screens are being built."), markup=False
        )
        yield Footer()


def run(config: config_module.Config, data_dir: Path, config_path: Path) -> int:
    """Start the application; returns the exit status."""
    IqtuiApp(config, data_dir).run()
    return 0
