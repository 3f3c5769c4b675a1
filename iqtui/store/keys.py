"""The database key and the passphrase that guards it (envelope encryption).

The database is encrypted with a random 256-bit key (the DEK). The key file next to
the database holds that key wrapped with AES-256-GCM under a key derived from the
passphrase with Argon2id. Changing the passphrase rewraps 32 bytes; the database file
is not touched. Without the passphrase (and, later, a recovery code) the data cannot be
recovered — by design.

``IQTUI_KDF=fast`` makes *newly created* key files use cheap Argon2id parameters; the
test suite uses it so that hundreds of throw-away databases open quickly. Existing key
files always use the parameters stored in them.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_FILE_FORMAT = 1
_AAD_PREFIX = b"iqtui database key|"


class KeyFileError(Exception):
    """The key file is missing, unreadable or damaged."""


class WrongPassphrase(Exception):
    """The passphrase does not unlock the key file."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored with every wrap so they can be raised later."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    @classmethod
    def for_new_database(cls) -> KdfParams:
        """Parameters for a new key file (cheap ones only when ``IQTUI_KDF=fast``)."""
        if os.environ.get("IQTUI_KDF") == "fast":
            return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1)
        return cls()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte key-encryption key for ``passphrase``."""
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


@dataclass(frozen=True)
class KeyFile:
    """The contents of the key file (no secret in clear)."""

    database_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": KEY_FILE_FORMAT,
                "database_id": self.database_id,
                "kdf": {"algorithm": "argon2id", **asdict(self.kdf)},
                "salt": _b64(self.salt),
                "nonce": _b64(self.nonce),
                "wrapped_key": _b64(self.wrapped_key),
            },
            indent=2,
        )

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data["format"] != KEY_FILE_FORMAT or data["kdf"]["algorithm"] != "argon2id":
                raise KeyFileError(str(path))
            kdf = data["kdf"]
            return cls(
                database_id=str(data["database_id"]),
                kdf=KdfParams(
                    int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])
                ),
                salt=_unb64(data["salt"]),
                nonce=_unb64(data["nonce"]),
                wrapped_key=_unb64(data["wrapped_key"]),
            )
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise KeyFileError(str(path)) from error

    def write(self, path: Path) -> None:
        """Write atomically (temp file, fsync, rename), readable by the owner only."""
        tmp = path.with_suffix(path.suffix + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(self.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)


def _aad(database_id: str) -> bytes:
    return _AAD_PREFIX + database_id.encode("ascii")


def wrap(database_key: bytes, passphrase: str, database_id: str, kdf: KdfParams) -> KeyFile:
    """Wrap ``database_key`` under ``passphrase``."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = derive_key(passphrase, salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, database_key, _aad(database_id))
    return KeyFile(database_id, kdf, salt, nonce, wrapped)


def unwrap(key_file: KeyFile, passphrase: str) -> bytes:
    """The database key, or :class:`WrongPassphrase`."""
    kek = derive_key(passphrase, key_file.salt, key_file.kdf)
    try:
        return AESGCM(kek).decrypt(key_file.nonce, key_file.wrapped_key, _aad(key_file.database_id))
    except InvalidTag:
        raise WrongPassphrase() from None


def create(path: Path, passphrase: str, database_id: str) -> bytes:
    """Create a key file with a new random database key; returns that key."""
    database_key = secrets.token_bytes(32)
    wrap(database_key, passphrase, database_id, KdfParams.for_new_database()).write(path)
    return database_key


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Rewrap the database key under a new passphrase (the database is not rewritten)."""
    key_file = KeyFile.read(path)
    database_key = unwrap(key_file, old)
    wrap(database_key, new, key_file.database_id, key_file.kdf).write(path)
