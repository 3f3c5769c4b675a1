"""Where iqtui finds its bundled files and keeps the user's data.

Bundled files (``locales/``, ``assets/``) sit at the top of a git checkout; an installed
wheel carries them in ``iqtui/_data/``. User data goes to the platform's data folder
(platformdirs) unless ``--data-dir`` or ``IQTUI_DATA_DIR`` says otherwise.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "iqtui"


@cache
def bundle_root() -> Path:
    """The folder holding ``locales/`` and ``assets/`` (installed wheel or checkout)."""
    package = Path(__file__).resolve().parent
    installed = package / "_data"
    if (installed / "locales").is_dir():
        return installed
    return package.parent


def locales_dir() -> Path:
    """The gettext catalogs: ``locales/<lang>/LC_MESSAGES/iqtui.po``."""
    return bundle_root() / "locales"


def assets_dir() -> Path:
    """Bundled fonts, reference data and texts."""
    return bundle_root() / "assets"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the encrypted database and its key file."""
    chosen = override or os.environ.get("IQTUI_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The TOML configuration file."""
    chosen = override or os.environ.get("IQTUI_CONFIG")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "config.toml"


def log_dir(data: Path) -> Path:
    """Where crash logs go: beside the data, never into the terminal."""
    return data / "logs"
