"""What the client reads, in the client's language, beside or instead of the counsellor's.

The counsellor works in the UI language; the client may read another (the contact's
language of counselling). Client-facing parts — consent texts, the agreed next steps,
CEFR "I can …" descriptors, competence items — are assembled here as plain blocks in
any language, so a screen (or a printout) can set the two languages side by side or
show only the client's. Nothing here changes the UI language.

Free text typed by the counsellor (a step's "what", a note) stays as typed; labels,
code values (who, status) and dates are in the reader's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from iqtui.domain.codes import ConsentPurpose, StepOwner, StepStatus
from iqtui.domain.consent import CONSENT_TEXTS, PRIVACY_NOTE, consent_text
from iqtui.domain.schema import spec
from iqtui.i18n import N_, gettext_in, is_rtl, normalise_language
from iqtui.i18n.formatting import format_date

#: Headings of the client-facing blocks.
PRIVACY_HEADING = N_("Data protection")
STEPS_HEADING = N_("Agreed next steps")
NO_STEPS = N_("No next steps were agreed in this counselling.")


class ClientView(StrEnum):
    """How client-facing parts are shown: UI language only, both, client's only."""

    OFF = "off"
    BESIDE = "beside"
    INSTEAD = "instead"

    def next(self) -> ClientView:
        """The next state for the one key that cycles them."""
        order = list(ClientView)
        return order[(order.index(self) + 1) % len(order)]


@dataclass(frozen=True)
class Block:
    """One piece of client-facing text in one language."""

    heading: str
    lines: tuple[str, ...]
    language: str

    @property
    def rtl(self) -> bool:
        return is_rtl(self.language)


def consent_blocks(language: str, purposes: Sequence[ConsentPurpose] | None = None) -> list[Block]:
    """The consent texts (all purposes, or ``purposes``) and the privacy note."""
    code = normalise_language(language)
    chosen = list(purposes) if purposes is not None else list(CONSENT_TEXTS)
    blocks = [
        Block(ConsentPurpose(p).label_in(code), (consent_text(p, code),), code) for p in chosen
    ]
    privacy = Block(gettext_in(code, PRIVACY_HEADING), (gettext_in(code, PRIVACY_NOTE),), code)
    return [*blocks, privacy]
    return blocks


def _get(step: Any, name: str) -> Any:
    return step.get(name) if isinstance(step, dict) else getattr(step, name, None)


def step_block(step: Any, language: str) -> Block:
    """One agreed step: what (as typed), who, by when, status — labels in ``language``."""
    code = normalise_language(language)

    def label(field: str) -> str:
        return gettext_in(code, spec("plan_step", field).label)

    lines = []
    owner = _get(step, "owner")
    who = StepOwner(owner).label_in(code) if owner else ""
    owner_text = _get(step, "owner_text")
    if owner_text:
        who = f"{who} ({owner_text})" if who else str(owner_text)
    if who:
        lines.append(f"{label('owner')}: {who}")
    due = _get(step, "due_on")
    if isinstance(due, dt.date):
        lines.append(f"{label('due_on')}: {format_date(due, code)}")
    status = _get(step, "status")
    if status:
        lines.append(f"{label('status')}: {StepStatus(status).label_in(code)}")
    what = _get(step, "what") or ""
    return Block(str(what), tuple(lines), code)


def steps_blocks(steps: Iterable[Any], language: str) -> list[Block]:
    """The agreed next steps for the client, or one block saying there are none."""
    code = normalise_language(language)
    blocks = [step_block(step, code) for step in steps]
    if not blocks:
        return [Block(gettext_in(code, STEPS_HEADING), (gettext_in(code, NO_STEPS),), code)]
    return blocks


def paired(counsellor: Sequence[Block], client: Sequence[Block]) -> list[tuple[Block, Block]]:
    """Blocks of the same content in the two languages, side by side."""
    if len(counsellor) != len(client):
        raise ValueError("both languages must have the same blocks")
    return list(zip(counsellor, client, strict=True))
