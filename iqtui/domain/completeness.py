"""The NIQ completeness check ("Ampel"): red, yellow or green, with what is missing.

Red items are required for the transfer to the NIQ database; yellow items are needed
for the programme statistics. "keine Angabe" counts as an answer: the client may decline.
Each missing item names its entity, record and field, so a screen can jump to it.

The check reads a loaded case (a client with qualifications and contacts); it only uses
attribute names from :mod:`iqtui.domain.schema`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from iqtui.domain import schema
from iqtui.domain.codes import (
    Ampel,
    ContactKind,
    ContactStatus,
    EarlierApplication,
    Residence,
    YesNo,
)
from iqtui.i18n import N_, _, gettext_in

MISSING_TOPIC = N_("At least one counselling topic (recognition or qualification)")
MISSING_QUALIFICATION = N_("At least one qualification")
MISSING_FIRST_DATE = N_("Date of the first counselling")
MISSING_FIRST_DONE = N_("First counselling completed")
MISSING_FORMAT = N_("Form of the first counselling")
MISSING_GERMAN = N_("German language skills")


@dataclass(frozen=True)
class MissingItem:
    """Something the NIQ check needs that is not recorded."""

    level: Ampel
    entity: str
    record_id: str | None
    field: str
    msgid: str
    #: For items of one qualification: its title, to tell several apart.
    context: str = ""

    def label(self, language: str | None = None) -> str:
        text = gettext_in(language, self.msgid) if language else _(self.msgid)
        return f"{text} ({self.context})" if self.context else text


@dataclass(frozen=True)
class Completeness:
    """The traffic light and the items behind it."""

    ampel: Ampel
    missing: list[MissingItem] = field(default_factory=list)

    def items(self, level: Ampel) -> list[MissingItem]:
        return [item for item in self.missing if item.level is level]


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _field(level: Ampel, entity: str, record: Any, name: str, context: str = "") -> MissingItem:
    return MissingItem(level, entity, record.id, name, schema.spec(entity, name).label, context)


def _first_contact(contacts: list[Any]) -> Any | None:
    firsts = [c for c in contacts if c.kind == ContactKind.FIRST.value]
    pool = firsts or list(contacts)
    return min(pool, key=lambda c: (c.date is None, c.date, c.created_at), default=None)


def _client_items(client: Any) -> list[MissingItem]:
    yellow = Ampel.YELLOW
    items = [
        _field(yellow, "client", client, name)
        for name in (
            "birth_year",
            "gender",
            "residence",
            "nationality_1",
            "employment_status",
            "residence_status",
            "access_route",
            "benefits",
        )
        if _blank(getattr(client, name))
    ]
    if client.residence == Residence.GERMANY.value and _blank(client.entry_year):
        items.append(_field(yellow, "client", client, "entry_year"))
    if client.residence == Residence.ABROAD.value and _blank(client.residence_country):
        items.append(_field(yellow, "client", client, "residence_country"))
    if _blank(client.german_native) and _blank(client.german_certificate):
        items.append(MissingItem(yellow, "client", client.id, "german_certificate", MISSING_GERMAN))
    if client.benefits == YesNo.YES.value and _blank(client.benefit_type):
        items.append(_field(yellow, "client", client, "benefit_type"))
    return items


def _qualification_items(qualification: Any) -> list[MissingItem]:
    yellow = Ampel.YELLOW
    title = qualification.title_german or qualification.title_original or ""
    items = [
        _field(yellow, "qualification", qualification, name, title)
        for name in ("country", "qualification_type", "work_experience", "earlier_application")
        if _blank(getattr(qualification, name))
    ]
    earlier = qualification.earlier_application
    gwp = {EarlierApplication.GWP.value, EarlierApplication.GWP_ZAB.value}
    zab = {EarlierApplication.ZAB.value, EarlierApplication.GWP_ZAB.value}
    if earlier in gwp and _blank(qualification.earlier_result_gwp):
        items.append(_field(yellow, "qualification", qualification, "earlier_result_gwp", title))
    if earlier in zab and _blank(qualification.earlier_result_zab):
        items.append(_field(yellow, "qualification", qualification, "earlier_result_zab", title))
    return items


def assess(client: Any) -> Completeness:
    """The completeness of ``client``'s case (its qualifications and contacts loaded)."""
    red = Ampel.RED
    missing: list[MissingItem] = []
    contacts = list(client.contacts)
    first = _first_contact(contacts)
    if not any(
        topic.startswith(("rec_", "qual_"))
        for contact in contacts
        for topic in contact.topics or []
    ):
        target = first.id if first is not None else None
        missing.append(MissingItem(red, "contact", target, "topics", MISSING_TOPIC))
    if not client.qualifications:
        missing.append(MissingItem(red, "qualification", None, "", MISSING_QUALIFICATION))
    if first is None or first.date is None:
        missing.append(
            MissingItem(red, "contact", first.id if first else None, "date", MISSING_FIRST_DATE)
        )
    if first is None or first.status != ContactStatus.FINALISED.value:
        missing.append(
            MissingItem(red, "contact", first.id if first else None, "status", MISSING_FIRST_DONE)
        )
    if first is None or _blank(first.format):
        missing.append(
            MissingItem(red, "contact", first.id if first else None, "format", MISSING_FORMAT)
        )
    missing.extend(_client_items(client))
    for qualification in client.qualifications:
        missing.extend(_qualification_items(qualification))
    if any(item.level is red for item in missing):
        ampel = Ampel.RED
    elif missing:
        ampel = Ampel.YELLOW
    else:
        ampel = Ampel.GREEN
    return Completeness(ampel, missing)
