"""What goes on the Beratungsprotokoll, as plain data (no reportlab).

:func:`protocol_document` assembles a :class:`~iqtui.protocol.document.Document` from a
contact, its client's case and the counselling centre's settings, following section (b)
of the IQ data notes: header, client, Anliegen, starting situation, recognition per
qualification, document checklist, next steps, referrals, competence profile, next
appointment, notes for the client, signatures, and the record's integrity line.

Only what the client needs is printed: the client's names, no address, no date of
birth, no residence status, no internal notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from iqtui.config import Centre
from iqtui.domain import codes as c
from iqtui.i18n import N_, _
from iqtui.i18n.names import language_name
from iqtui.protocol import case_sections as case
from iqtui.protocol import facts
from iqtui.protocol.bilingual import GERMAN, Bilingual, german_date, parse_code, supported_language
from iqtui.protocol.document import (
    Document,
    Field,
    Fields,
    Letterhead,
    Paragraph,
    Section,
    Signatures,
    Text,
)
from iqtui.store.models import Client, Contact

TITLE = N_("Counselling record")
H_COUNSELLING = N_("About this counselling")
H_CLIENT = N_("Client")
H_CONCERN = N_("Your concern")
H_APPOINTMENT = N_("Next appointment")
H_NOTES = N_("Please note")
H_SIGNATURES = N_("Signatures")
H_RECORD = N_("About this document")
PAGE_LABEL = N_("page {page} of {pages}")

NOTE_FREE = N_("Counselling in the IQ programme is free of charge and independent.")
NOTE_DECISION = N_(
    "The decision on recognition is made by the competent authority (zuständige Stelle), not "
    "by the counselling centre. This record summarises the counselling; it is not a decision."
)
NOTE_PRIVACY = N_(
    "Data protection: your data is stored encrypted and is used to deal with your request and "
    "for the programme's statistics. You can ask for information about your data, for its "
    "correction or deletion. Your counselling centre gives you the full data protection "
    "information (Art. 13 GDPR)."
)


@dataclass(frozen=True)
class LanguageChoice:
    """The protocol's second language and, if the wished one was not possible, why."""

    code: str | None
    note: str = ""


def choose_language(
    client: Client, contact: Contact, override: str | None = None, german_only: bool = False
) -> LanguageChoice:
    """The client language: ``override``, else the client's document language, else the
    language of the counselling. ``None`` means German only.

    A language iqtui cannot print falls back to English, with a note for the user.
    """
    if german_only:
        return LanguageChoice(None)
    for wished in (override, client.document_language, contact.language):
        if not wished:
            continue
        code = supported_language(wished)
        if code:
            return LanguageChoice(None if code == GERMAN else code)
        name = language_name(wished, "de")
        return LanguageChoice(
            "en",
            _(
                "Printed documents are not available in {language}; the protocol uses English."
            ).format(language=name),
        )
    return LanguageChoice(None)


def _letterhead(centre: Centre) -> Letterhead:
    lines = [line.strip() for line in centre.address.splitlines() if line.strip()]
    reach = " · ".join(p for p in (centre.phone, centre.email) if p)
    if reach:
        lines.append(reach)
    logo = centre.logo.strip()
    return Letterhead(
        centre.name,
        tuple(lines),
        Path(logo).expanduser() if logo else None,
        centre.funding_line,
    )


def _counselling(t: Bilingual, contact: Contact) -> Section:
    interpreter = parse_code(c.YesNo, contact.interpreter)
    topics = [m for m in (parse_code(c.Topic, v) for v in contact.topics or []) if m]
    rows = (
        Field(t(N_("Date")), t.date(contact.date, contact.start_time)),
        Field(t(N_("Kind of contact")), t.code(parse_code(c.ContactKind, contact.kind))),
        Field(
            t(N_("Form of counselling (Beratungsform)")),
            t.code(parse_code(c.ContactFormat, contact.format)),
        ),
        Field(t(N_("Place of counselling")), Text.typed(contact.place)),
        Field(t(N_("Language of counselling")), t.language_name(contact.language)),
        Field(
            t(N_("Interpreter present")),
            t.code(interpreter) if interpreter is not c.YesNo.NA else Text(""),
        ),
        Field(t(N_("Counsellor")), Text.typed(contact.counsellor)),
        Field(t(N_("Topics")), t.codes(topics)),
    )
    return Section("counselling", t(H_COUNSELLING), (Fields(rows),))


def _client(t: Bilingual, client: Client) -> Section:
    latin = " ".join(p for p in (client.given_names, client.family_name) if p)
    rows = (
        Field(t(N_("Name")), Text.typed(latin)),
        Field(t(N_("Name in original script")), Text.typed(client.name_original)),
    )
    return Section("client", t(H_CLIENT), (Fields(rows),))


def _concern(t: Bilingual, contact: Contact) -> Section:
    if contact.concern:
        return Section("concern", t(H_CONCERN), (Paragraph(Text.typed(contact.concern)),))
    return Section("concern", t(H_CONCERN), (Paragraph(t(N_("No concern was recorded."))),))


def _appointment(t: Bilingual, contact: Contact, centre: Centre) -> Section:
    if contact.next_appointment_date:
        rows = (
            Field(
                t(N_("Date")), t.date(contact.next_appointment_date, contact.next_appointment_time)
            ),
            Field(t(N_("Note")), Text.typed(contact.next_appointment_note)),
        )
        return Section("appointment", t(H_APPOINTMENT), (Fields(rows),))
    reach = " · ".join(p for p in (centre.phone, centre.email) if p)
    text = t(N_("No date has been arranged yet. Please get in touch with us."))
    blocks = [Paragraph(text)]
    if reach:
        blocks.append(Paragraph(Text.typed(reach)))
    return Section("appointment", t(H_APPOINTMENT), tuple(blocks))


def short_hash(content_hash: str | None) -> str:
    """The first 12 hex digits in groups of four, easy to read out (``9f86 d081 884c``)."""
    if not content_hash:
        return ""
    head = content_hash[:12]
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def _uses_reference_data(client: Client) -> bool:
    """Whether the case holds entries picked from the bundled reference lists."""
    return any(
        q.reference_occupation_id or any(r.authority_id for r in q.recognitions)
        for q in client.qualifications
    )


def _record(
    t: Bilingual, contact: Contact, draft_hash: str, printed_on: dt.date, reference: bool
) -> Section:
    finalised = contact.status == c.ContactStatus.FINALISED.value
    digest = short_hash(contact.content_hash if finalised else draft_hash)
    blocks = [
        Paragraph(
            t(
                N_("Record {id}, version {version}, check code {hash}."),
                id=contact.id,
                version=contact.version,
                hash=digest,
            ),
            "small",
        )
    ]
    if not finalised:
        blocks.append(
            Paragraph(t(N_("Draft: this counselling has not been completed yet.")), "strong")
        )
    elif contact.amendments:
        last = max(contact.amendments, key=lambda a: a.at)
        blocks.append(
            Paragraph(
                t(
                    N_(
                        "Changed after completion: version {version} of {date} replaces every "
                        "earlier printout."
                    ),
                    version=contact.version,
                    date=t.date_value(last.at.date()),
                ),
                "strong",
            )
        )
    if reference and facts.reference_stamp(GERMAN):
        blocks.append(Paragraph(t.local(facts.reference_stamp), "small"))
    blocks.append(Paragraph(t(N_("Printed on {date}."), date=t.date_value(printed_on)), "small"))
    return Section("record", t(H_RECORD), tuple(blocks))


def protocol_document(
    client: Client,
    contact: Contact,
    centre: Centre,
    *,
    language: str | None,
    competences: bool = True,
    draft_hash: str = "",
    printed_on: dt.date | None = None,
) -> Document:
    """The whole protocol of ``contact``; ``language`` as given by :func:`choose_language`."""
    t = Bilingual(language)
    sections = [
        _counselling(t, contact),
        _client(t, client),
        _concern(t, contact),
        case.situation(t, client),
        case.recognition(t, client),
        case.documents(t, client),
        case.steps(t, client, contact),
        case.referrals(t, client, contact),
        case.competences(t, client, contact) if competences else None,
        _appointment(t, contact, centre),
        Section(
            "notes",
            t(H_NOTES),
            (Paragraph(t(NOTE_FREE)), Paragraph(t(NOTE_DECISION)), Paragraph(t(NOTE_PRIVACY))),
        ),
        Section(
            "signatures",
            t(H_SIGNATURES),
            (Signatures((t(N_("Place, date, counsellor")), t(N_("Place, date, client")))),),
        ),
        _record(
            t, contact, draft_hash, printed_on or dt.date.today(), _uses_reference_data(client)
        ),
    ]
    kind = parse_code(c.ContactKind, contact.kind)
    subtitle = []
    if contact.date:
        subtitle.append((t.code(kind) if kind else Text("")).join(t.date(contact.date), " · "))
    if contact.content_hash:
        footer = t(
            N_("Record {id} · version {version} · check code {hash}"),
            id=contact.id[:8],
            version=contact.version,
            hash=short_hash(contact.content_hash),
        )
    else:
        footer = t(N_("Record {id} · draft"), id=contact.id[:8])
    return Document(
        title=t(TITLE),
        client_language=t.language,
        letterhead=_letterhead(centre),
        sections=tuple(s for s in sections if s is not None),
        page_label=t(PAGE_LABEL),
        footer=Text(footer.german),
        subtitle=tuple(subtitle),
        author=contact.counsellor or "",
        subject=german_date(contact.date) if contact.date else "",
    )
