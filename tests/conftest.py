"""Shared fixtures: every test gets its own data and config folder and cheap key derivation.

No test touches the user's real data folder or configuration.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from iqtui import i18n
from iqtui.store import Store

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Isolate data, config and language; cheap Argon2id for new key files."""
    data = tmp_path / "data"
    monkeypatch.setenv("IQTUI_DATA_DIR", str(data))
    monkeypatch.setenv("IQTUI_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("IQTUI_KDF", "fast")
    monkeypatch.delenv("IQTUI_PASSPHRASE", raising=False)
    previous = i18n.current_language()
    i18n.set_language("en")
    yield data
    i18n.set_language(previous)


@pytest.fixture
def data_dir(isolated: Path) -> Path:
    return isolated


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """A fresh encrypted store."""
    opened = Store.create(data_dir, PASSPHRASE, user="test-counsellor")
    yield opened
    opened.close()
