"""Encryption at rest: no plaintext on disk, the right driver, wrong passphrases refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.dialects.sqlite import pysqlcipher

from iqtui.store import Store, WrongPassphrase
from iqtui.store.database import PRAGMAS, CipherUnavailable, paths
from iqtui.store.keys import change_passphrase
from tests.conftest import PASSPHRASE

SENTINEL = "SENTINEL-Müller-李-محمد"


def _write_sentinel(data_dir: Path) -> None:
    store = Store.create(data_dir, PASSPHRASE)
    client = store.create_client({"family_name": SENTINEL, "given_names": "Keep-Out"})
    store.update("client", client.id, {"email": "sentinel@example.org"})
    store.add("qualification", client.id, {"title_original": SENTINEL})
    store.close()


def _files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.iterdir() if p.name.startswith("iqtui.db")]


def test_database_file_holds_no_plaintext(data_dir: Path) -> None:
    # keep a connection open so the WAL still exists when we read it
    store = Store.create(data_dir, PASSPHRASE)
    store.create_client({"family_name": SENTINEL})
    files = _files(data_dir)
    assert any(p.name.endswith("-wal") for p in files), files
    for path in files:
        content = path.read_bytes()
        assert not content.startswith(b"SQLite format 3\x00"), path
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert SENTINEL.encode(encoding) not in content, (path, encoding)
        assert b"Keep-Out" not in content
    store.close()
    _write_sentinel(data_dir / "again")
    for path in _files(data_dir / "again"):
        assert SENTINEL.encode() not in path.read_bytes()


def test_stdlib_sqlite_cannot_read_the_database(data_dir: Path) -> None:
    _write_sentinel(data_dir)
    db, _key = paths(data_dir)
    connection = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT * FROM client").fetchall()
    connection.close()


def test_store_refuses_a_driver_without_encryption(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulate the stdlib sqlite3 being loaded in place of SQLCipher: it ignores
    # PRAGMA key and would write plaintext. The store must refuse instead.
    monkeypatch.setattr(
        pysqlcipher.SQLiteDialect_pysqlcipher, "import_dbapi", classmethod(lambda cls: sqlite3)
    )
    with pytest.raises(CipherUnavailable):
        Store.create(data_dir, PASSPHRASE)
    db, _key = paths(data_dir)
    assert not db.exists() or db.stat().st_size == 0


def test_wrong_passphrase_is_refused_and_nothing_changes(data_dir: Path) -> None:
    _write_sentinel(data_dir)
    db, key = paths(data_dir)
    before = (db.read_bytes(), key.read_bytes())
    with pytest.raises(WrongPassphrase):
        Store.unlock(data_dir, "not the passphrase")
    assert (db.read_bytes(), key.read_bytes()) == before


def test_passphrase_with_special_characters_round_trips(data_dir: Path) -> None:
    special = "' \" \\ % @ / : ? # = äöü ß 🔐 رمز"
    Store.create(data_dir, special).close()
    store = Store.unlock(data_dir, special)
    assert store.count_clients() == 0
    store.close()


def test_changing_the_passphrase_rewraps_without_rewriting_the_database(data_dir: Path) -> None:
    _write_sentinel(data_dir)
    db, key = paths(data_dir)
    before = db.read_bytes()
    change_passphrase(key, PASSPHRASE, "a new and longer passphrase")
    assert db.read_bytes() == before
    with pytest.raises(WrongPassphrase):
        Store.unlock(data_dir, PASSPHRASE)
    store = Store.unlock(data_dir, "a new and longer passphrase")
    assert store.count_clients() == 1
    store.close()


def test_every_connection_has_the_safety_pragmas(store: Store) -> None:
    expected = {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
        "temp_store": 2,
        "busy_timeout": 5000,
    }
    assert set(expected) == set(PRAGMAS)
    connections = [store.engine.connect() for _ in range(3)]  # several pooled connections
    for connection in connections:
        for name, value in expected.items():
            assert connection.exec_driver_sql(f"PRAGMA {name}").scalar() == value, name
    for connection in connections:
        connection.close()
