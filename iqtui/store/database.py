"""Opening the encrypted database: key, engine, connection pragmas, migrations.

Every connection is checked to be encrypted (``PRAGMA cipher_version`` answers) before
anything is read or written: a stdlib ``sqlite3`` in place of SQLCipher would silently
write plaintext. Pragmas follow ``shared/tech/security.md``: WAL, ``synchronous=FULL``,
foreign keys, secure delete, temp data in memory, no SQLCipher log on stderr.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from iqtui.store import keys
from iqtui.store.models import Meta, utcnow

DB_FILE = "iqtui.db"
KEY_FILE = "iqtui.key"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"

#: Pragmas set on every connection, and the values a test checks they read back as.
PRAGMAS: dict[str, str] = {
    "journal_mode": "WAL",
    "synchronous": "FULL",
    "foreign_keys": "ON",
    "secure_delete": "ON",
    "temp_store": "MEMORY",
    "busy_timeout": "5000",
}


class StoreError(Exception):
    """A problem opening or using the database, with a message for the user."""


class CipherUnavailable(StoreError):
    """The SQLite driver in use does not encrypt (SQLCipher is not active)."""


class NotADatabase(StoreError):
    """The file cannot be read with this key (wrong key file or damaged file)."""


class MissingKeyFile(StoreError):
    """A database exists but its key file is gone."""


def paths(data_dir: Path) -> tuple[Path, Path]:
    """The database file and its key file inside ``data_dir``."""
    return data_dir / DB_FILE, data_dir / KEY_FILE


def exists(data_dir: Path) -> bool:
    """Whether ``data_dir`` already holds a database (or its key file)."""
    db, key = paths(data_dir)
    return db.exists() or key.exists()


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        row = cursor.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise CipherUnavailable("SQLCipher is not active; refusing to open the database")
        cursor.execute("PRAGMA cipher_log_level = NONE")
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as error:  # the driver's own DatabaseError class
            raise NotADatabase(str(error)) from None
        for name, value in PRAGMAS.items():
            cursor.execute(f"PRAGMA {name} = {value}")
        if sys.platform == "darwin":  # plain fsync does not flush the drive cache on macOS
            cursor.execute("PRAGMA fullfsync = ON")
            cursor.execute("PRAGMA checkpoint_fullfsync = ON")
    finally:
        cursor.close()
    # SQLAlchemy, not the driver, decides when transactions begin (see _on_begin).
    dbapi_connection.isolation_level = None


#: Execution option naming the BEGIN mode; writers use ``IMMEDIATE`` (see :func:`writer`).
BEGIN_MODE = "iqtui_begin"


def _on_begin(connection: Any) -> None:
    # Writers take the write lock at BEGIN: a deferred transaction that later writes can
    # fail with SQLITE_BUSY in WAL mode instead of waiting for busy_timeout. Readers
    # stay deferred so they never wait for one another.
    mode = connection.get_execution_options().get(BEGIN_MODE, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def writer(engine: Engine) -> Engine:
    """The same engine, beginning every transaction with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})


def make_engine(db_path: Path, database_key: bytes) -> Engine:
    """An engine for the encrypted database at ``db_path`` with the raw ``database_key``."""
    url = URL.create(
        "sqlite+pysqlcipher", password=f"x'{database_key.hex()}'", database=str(db_path)
    )
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=6,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _alembic_config() -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest schema revision this version of iqtui knows."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision of the open database (``None`` for an empty one)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (creates all tables in a new database)."""
    config = _alembic_config()
    with writer(engine).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def create(data_dir: Path, passphrase: str) -> Engine:
    """Create a new encrypted database in ``data_dir`` guarded by ``passphrase``."""
    db, key_path = paths(data_dir)
    if db.exists() or key_path.exists():
        raise StoreError(f"a database already exists in {data_dir}")
    data_dir.mkdir(parents=True, exist_ok=True)
    database_id = str(uuid.uuid4())
    database_key = keys.create(key_path, passphrase, database_id)
    engine = make_engine(db, database_key)
    migrate(engine)
    from sqlalchemy.orm import Session

    with Session(writer(engine)) as session, session.begin():
        session.add(Meta(key="database_id", value=database_id))
        session.add(Meta(key="created_at", value=utcnow().isoformat()))
    return engine


def unlock(data_dir: Path, passphrase: str) -> Engine:
    """Open the database in ``data_dir``; migrates an older schema to the current one.

    Raises :class:`keys.WrongPassphrase` before touching the database file.
    """
    db, key_path = paths(data_dir)
    if not key_path.exists():
        raise MissingKeyFile(str(key_path))
    key_file = keys.KeyFile.read(key_path)
    database_key = keys.unwrap(key_file, passphrase)
    engine = make_engine(db, database_key)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except DatabaseError as error:
        engine.dispose()
        if isinstance(error.orig, StoreError):
            raise error.orig from None
        raise NotADatabase(str(error.orig)) from None
    except StoreError:
        engine.dispose()
        raise
    if current_revision(engine) != head_revision():
        migrate(engine)
    return engine


def database_id(engine: Engine) -> str:
    """The id of the database (also bound into its key file)."""
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        value = session.scalar(select(Meta.value).where(Meta.key == "database_id"))
    return value or ""
