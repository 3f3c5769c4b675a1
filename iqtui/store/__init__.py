"""Storage: the encrypted SQLite database (SQLCipher), its schema and the record API."""

from iqtui.store.keys import WrongPassphrase
from iqtui.store.store import AmbiguousId, ClientSummary, RecordNotFound, Store

__all__ = ["AmbiguousId", "ClientSummary", "RecordNotFound", "Store", "WrongPassphrase"]
