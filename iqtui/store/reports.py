"""Text reports over the whole database (for the command line)."""

from __future__ import annotations

from sqlalchemy import select

from iqtui.domain.codes import Ampel, ContactStatus
from iqtui.domain.completeness import assess
from iqtui.i18n import ngettext
from iqtui.store.models import Contact
from iqtui.store.store import Store

_SYMBOL = {Ampel.RED: "●", Ampel.YELLOW: "◐", Ampel.GREEN: "○"}


def open_case_ids(store: Store) -> list[str]:
    """Clients with at least one open contact."""
    with store.transaction() as session:
        ids = session.scalars(
            select(Contact.client_id).where(Contact.status == ContactStatus.OPEN.value).distinct()
        )
        return sorted(set(ids))


def completeness_report(store: Store) -> str:
    """One block per open case: the Ampel in words and the missing items."""
    lines: list[str] = []
    counts = dict.fromkeys(Ampel, 0)
    for client_id in open_case_ids(store):
        client = store.load_client(client_id)
        result = assess(client)
        counts[result.ampel] += 1
        name = client.display_name
        if client.name_original and client.name_original != name:
            name = f"{name} ({client.name_original})"
        lines.append(f"{_SYMBOL[result.ampel]} {result.ampel.label()}  {client.id[:8]}  {name}")
        for item in result.missing:
            lines.append(f"    - [{item.level.label()}] {item.label()}")
    total = sum(counts.values())
    summary = ngettext("{count} open case", "{count} open cases", total).format(count=total)
    detail = ", ".join(f"{counts[a]} {a.label()}" for a in Ampel)
    lines.append(f"{summary}: {detail}" if total else summary)
    return "\n".join(lines)
