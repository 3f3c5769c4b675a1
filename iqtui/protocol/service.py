"""The protocol as the application uses it: build a contact's PDF, print it.

These are the functions the command line and the terminal UI call (the UI from a
thread worker: building takes some tens of milliseconds, printing may wait for CUPS).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from iqtui.config import Config
from iqtui.domain.codes import AuditAction, ContactStatus
from iqtui.i18n import _
from iqtui.protocol.content import choose_language, protocol_document
from iqtui.protocol.draw import render_document
from iqtui.protocol.printing import PrintResult, print_pdf
from iqtui.store import audit
from iqtui.store.models import Client, Contact
from iqtui.store.serialise import content_hash
from iqtui.store.store import Store, case_snapshot

#: Folder (inside the data folder) for protocols saved without an explicit path.
PROTOCOL_FOLDER = "protocols"


@dataclass(frozen=True)
class BuiltProtocol:
    """A protocol written to ``path``."""

    path: Path
    pages: int
    #: The second language (``None``: German only).
    language: str | None
    #: Translated notes for the user (language fallback, unprintable characters, logo).
    messages: tuple[str, ...] = ()


def default_path(data_dir: Path, contact: Contact) -> Path:
    """``<data>/protocols/Beratungsprotokoll_2025-03-12_1a2b3c4d_v1.pdf`` (no names in it)."""
    day = (contact.date or dt.date.today()).isoformat()
    name = f"Beratungsprotokoll_{day}_{contact.id[:8]}_v{contact.version}.pdf"
    return data_dir / PROTOCOL_FOLDER / name


def load_case(store: Store, contact_id: str) -> tuple[Client, Contact]:
    """The client's whole case and the contact in it."""
    client_id = store.get("contact", contact_id).client_id  # type: ignore[attr-defined]
    client = store.load_client(client_id)
    contact = next(c for c in client.contacts if c.id == contact_id)
    return client, contact


def build_protocol(
    store: Store,
    contact_id: str,
    config: Config,
    output: Path | None = None,
    *,
    data_dir: Path | None = None,
    language: str | None = None,
    german_only: bool = False,
    competences: bool = True,
) -> BuiltProtocol:
    """Write the protocol of ``contact_id`` as a PDF and record that in the audit log.

    ``output`` defaults to :func:`default_path` in ``data_dir``. ``language`` overrides the
    client's document language (``de``: German only). Characters the font cannot show
    are printed as ``?`` and named in the messages.
    """
    client, contact = load_case(store, contact_id)
    choice = choose_language(client, contact, language, german_only)
    draft_hash = ""
    if contact.status != ContactStatus.FINALISED.value:
        draft_hash = content_hash(case_snapshot(client, contact))
    document = protocol_document(
        client,
        contact,
        config.centre,
        language=choice.code,
        competences=competences,
        draft_hash=draft_hash,
    )
    if output is None:
        if data_dir is None:
            raise ValueError("output or data_dir is needed")
        output = default_path(data_dir, contact)
    rendered = render_document(document, output, replace_missing=True)
    messages = [m for m in (choice.note,) if m]
    if rendered.replaced:
        messages.append(
            _("These characters cannot be printed and appear as “?”: {chars}").format(
                chars=" ".join(sorted(rendered.replaced))
            )
        )
    messages.extend(rendered.warnings)
    with store.transaction() as session:
        audit.record(session, store.user, AuditAction.PRINT, "contact", contact.id)
    return BuiltProtocol(output, rendered.pages, choice.code, tuple(messages))


def print_protocol(path: Path) -> PrintResult:
    """Send a built protocol to the default printer (see :func:`print_pdf`)."""
    return print_pdf(path)
