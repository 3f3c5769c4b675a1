"""The counselling records of one encrypted database.

:class:`Store` is what screens and commands use. Every public method is one unit of work
(one transaction): values are validated by the domain first, then written together with
an audit entry naming the changed fields. A method returns only after COMMIT, so a
returned save is a durable save.

Changes in the context of a finalised contact are amendments: the contact's version goes
up, the amendment is recorded, and its content hash is recomputed.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, and_, case, func, or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from iqtui.domain import schema
from iqtui.domain.codes import AuditAction, ConsentPurpose, ContactKind, ContactStatus
from iqtui.domain.consent import CONSENT_TEXT_VERSION, current_consents
from iqtui.domain.fields import FieldError, ValidationErrors, normalise_all, today
from iqtui.domain.text import escape_like, search_key, search_terms
from iqtui.i18n import N_
from iqtui.store import audit, database
from iqtui.store.models import (
    PARENT_COLUMN,
    Amendment,
    Assessment,
    Client,
    Consent,
    Contact,
    FieldDraft,
    PlanStep,
    Qualification,
    Recognition,
    Record,
    utcnow,
)
from iqtui.store.serialise import content_hash, record_to_dict

R = TypeVar("R", bound=Record)

MSG_NAME_REQUIRED = N_("Please enter at least a family name, a given name or the original name.")
MSG_CONSENT_REQUIRED = N_(
    "The client has not consented to the processing of their data. "
    "Record the consent before completing the contact."
)
MSG_NOT_FOUND = N_("This record no longer exists.")

NAME_FIELDS = ("family_name", "given_names", "name_original")
#: Contact fields copied into a follow-up contact.
FOLLOW_UP_FIELDS = (
    "format",
    "place",
    "language",
    "interpreter",
    "interpreter_name",
    "counsellor",
    "topics",
)


class RecordNotFound(LookupError):
    """No record with that id (it may have been deleted in the meantime)."""


class AmbiguousId(LookupError):
    """An id prefix matches several records."""


def default_user() -> str:
    """The operating-system user name, as the default counsellor identity."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "iqtui"


def draft_key(entity: str, record_id: str, field: str) -> str:
    """The key of a field draft (unsaved text of one field of one record)."""
    return f"{entity}:{record_id}:{field}"


@dataclass(frozen=True)
class ClientSummary:
    """One row of the client list."""

    id: str
    family_name: str | None
    given_names: str | None
    name_original: str | None
    birth_year: int | None
    last_contact: dt.date | None
    open_steps: int
    overdue_steps: int
    open_contact_id: str | None

    @property
    def display_name(self) -> str:
        latin = " ".join(p for p in (self.given_names, self.family_name) if p)
        return latin or self.name_original or ""


def _client_tree() -> list[Any]:
    return [
        selectinload(Client.qualifications)
        .selectinload(Qualification.recognitions)
        .selectinload(Recognition.documents),
        selectinload(Client.contacts).selectinload(Contact.amendments),
        selectinload(Client.assessments).selectinload(Assessment.language_skills),
        selectinload(Client.assessments).selectinload(Assessment.competence_items),
        selectinload(Client.assessments).selectinload(Assessment.external_results),
        selectinload(Client.plan_steps),
        selectinload(Client.referrals),
        selectinload(Client.consents),
    ]


class Store:
    """Counselling records in one database; one transaction per method call."""

    def __init__(self, engine: Engine, user: str | None = None) -> None:
        self.engine = engine
        self.user = user or default_user()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(database.writer(engine), expire_on_commit=False)

    # --- opening and closing ---------------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, user: str | None = None) -> Store:
        """Create a new encrypted database in ``data_dir``."""
        store = cls(database.create(data_dir, passphrase), user)
        with store.transaction() as session:
            audit.record(session, store.user, AuditAction.CREATE, "database")
        return store

    @classmethod
    def unlock(cls, data_dir: Path, passphrase: str, user: str | None = None) -> Store:
        """Open the database in ``data_dir`` (migrating it if needed)."""
        store = cls(database.unlock(data_dir, passphrase), user)
        with store.transaction() as session:
            audit.record(session, store.user, AuditAction.UNLOCK, "database")
        return store

    def close(self) -> None:
        """Close all connections (drops SQLCipher's key schedule)."""
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction; commits on success, rolls back on error."""
        with self._writes() as session, session.begin():
            yield session

    # --- reading ---------------------------------------------------------------------

    def get(self, entity: str, record_id: str) -> Record:
        """One record (without its children)."""
        with self._sessions() as session:
            found = session.get(database_model(entity), record_id)
            if found is None:
                raise RecordNotFound(record_id)
            return found

    def load_client(self, client_id: str) -> Client:
        """A client with every record of their case loaded (detached, read-only use)."""
        with self._sessions() as session:
            client = session.scalar(
                select(Client).where(Client.id == client_id).options(*_client_tree())
            )
            if client is None:
                raise RecordNotFound(client_id)
            return client

    def load_contact(self, contact_id: str) -> Contact:
        """A contact with its client's whole case loaded."""
        with self._sessions() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise RecordNotFound(contact_id)
            client_id = contact.client_id
        client = self.load_client(client_id)
        return next(c for c in client.contacts if c.id == contact_id)

    def count_clients(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(Client)) or 0

    def find_clients(
        self, query: str = "", limit: int = 200, offset: int = 0
    ) -> list[ClientSummary]:
        """Clients matching ``query`` (forgiving: case, accents, script variants).

        ``%`` and ``_`` in the query are literal characters, not wildcards.
        """
        today_ = today()
        open_status = or_(PlanStep.status.is_(None), PlanStep.status.in_(["open", "postponed"]))
        last_contact = (
            select(func.max(Contact.date)).where(Contact.client_id == Client.id).scalar_subquery()
        )
        open_steps = (
            select(func.count())
            .where(PlanStep.client_id == Client.id, open_status)
            .scalar_subquery()
        )
        overdue = (
            select(func.count())
            .where(PlanStep.client_id == Client.id, open_status, PlanStep.due_on < today_)
            .scalar_subquery()
        )
        open_contact = (
            select(Contact.id)
            .where(Contact.client_id == Client.id, Contact.status == ContactStatus.OPEN.value)
            .order_by(Contact.updated_at.desc())
            .limit(1)
            .scalar_subquery()
        )
        statement = select(
            Client.id,
            Client.family_name,
            Client.given_names,
            Client.name_original,
            Client.birth_year,
            last_contact,
            open_steps,
            overdue,
            open_contact,
        )
        terms = search_terms(query)
        if terms:
            statement = statement.where(
                or_(
                    *(
                        Client.search_key.like(f"%{escape_like(term)}%", escape="\\")
                        for term in terms
                    )
                )
            )
        recent = func.coalesce(last_contact, func.date(Client.created_at))
        statement = (
            statement.order_by(recent.desc(), Client.family_name).limit(limit).offset(offset)
        )
        with self._sessions() as session:
            return [ClientSummary(*row) for row in session.execute(statement)]

    def last_open_contact(self) -> Contact | None:
        """The open contact changed most recently (to resume after a break or crash)."""
        with self._sessions() as session:
            return session.scalar(
                select(Contact)
                .where(Contact.status == ContactStatus.OPEN.value)
                .order_by(Contact.updated_at.desc())
                .limit(1)
            )

    def resolve(self, entity: str, prefix: str) -> str:
        """The full id of the record whose id starts with ``prefix`` (for the CLI)."""
        model = database_model(entity)
        cleaned = prefix.strip().lower()
        with self._sessions() as session:
            ids = list(
                session.scalars(
                    select(model.id)
                    .where(model.id.like(f"{escape_like(cleaned)}%", escape="\\"))
                    .limit(2)
                )
            )
        if not ids:
            raise RecordNotFound(prefix)
        if len(ids) > 1:
            raise AmbiguousId(prefix)
        return ids[0]

    # --- writing ---------------------------------------------------------------------

    def create_client(self, values: Mapping[str, Any]) -> Client:
        """A new client; at least one name is required."""
        clean = normalise_all(schema.CLIENT, dict(values))
        if not any(clean.get(name) for name in NAME_FIELDS):
            raise ValidationErrors([FieldError("family_name", MSG_NAME_REQUIRED)])
        with self.transaction() as session:
            client = Client(created_by=self.user, updated_by=self.user, **clean)
            client.search_key = search_key(*(getattr(client, n) for n in NAME_FIELDS))
            session.add(client)
            session.flush()
            audit.record(session, self.user, AuditAction.CREATE, "client", client.id, clean)
            return client

    def add(
        self,
        entity: str,
        parent_id: str,
        values: Mapping[str, Any] | None = None,
        *,
        contact_id: str | None = None,
    ) -> Record:
        """A new child record under ``parent_id`` (appended at the end of its list)."""
        clean = normalise_all(schema.ENTITIES[entity], dict(values or {}))
        with self.transaction() as session:
            return self._insert(session, entity, parent_id, clean, contact_id=contact_id)

    def _insert(
        self,
        session: Session,
        entity: str,
        parent_id: str,
        clean: dict[str, Any],
        *,
        contact_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Record:
        if entity == "client":
            raise ValueError("use create_client()")
        model = database_model(entity)
        parent_column = PARENT_COLUMN[entity]
        if session.get(database_model(schema.PARENTS[entity]), parent_id) is None:
            raise RecordNotFound(parent_id)
        columns: dict[str, Any] = {parent_column: parent_id, **(extra or {})}
        if hasattr(model, "contact_id") and contact_id is not None:
            columns["contact_id"] = contact_id
        if hasattr(model, "position"):
            last = session.scalar(
                select(func.max(model.position)).where(getattr(model, parent_column) == parent_id)
            )
            columns["position"] = (last if last is not None else -1) + 1
        record = model(created_by=self.user, updated_by=self.user, **columns, **clean)
        session.add(record)
        session.flush()
        audit.record(session, self.user, AuditAction.CREATE, entity, record.id, clean)
        self._amend_if_final(session, record, entity, contact_id, sorted(clean) or ["*"])
        return record

    def update(
        self,
        entity: str,
        record_id: str,
        values: Mapping[str, Any],
        *,
        contact_id: str | None = None,
    ) -> dict[str, Any]:
        """Save changed fields; returns the stored (normalised) values.

        Unchanged values write nothing. Raises :class:`ValidationErrors` for bad input;
        then nothing at all is written.
        """
        model = database_model(entity)
        clean = normalise_all(schema.ENTITIES[entity], dict(values))
        with self.transaction() as session:
            record = session.get(model, record_id)
            if record is None:
                raise RecordNotFound(record_id)
            changed = [name for name, value in clean.items() if getattr(record, name) != value]
            for name in clean:
                session.query(FieldDraft).filter(
                    FieldDraft.key == draft_key(entity, record_id, name)
                ).delete()
            if not changed:
                return clean
            for name in changed:
                setattr(record, name, clean[name])
            if isinstance(record, Client):
                if not any(getattr(record, n) for n in NAME_FIELDS):
                    raise ValidationErrors([FieldError("family_name", MSG_NAME_REQUIRED)])
                record.search_key = search_key(*(getattr(record, n) for n in NAME_FIELDS))
            record.updated_at = utcnow()
            record.updated_by = self.user
            audit.record(session, self.user, AuditAction.UPDATE, entity, record_id, changed)
            self._amend_if_final(session, record, entity, contact_id, changed)
            return clean

    def delete(self, entity: str, record_id: str, *, contact_id: str | None = None) -> None:
        """Remove a record and everything under it (for a client: erasure)."""
        model = database_model(entity)
        with self.transaction() as session:
            record = session.get(model, record_id)
            if record is None:
                raise RecordNotFound(record_id)
            if entity != "client":
                self._amend_if_final(session, record, entity, contact_id, ["*deleted"])
            session.query(FieldDraft).filter(FieldDraft.key.like(f"{entity}:{record_id}:%")).delete(
                synchronize_session=False
            )
            if entity in ("client", "contact"):
                session.query(FieldDraft).filter(FieldDraft.owner_id == record_id).delete()
            session.delete(record)
            audit.record(session, self.user, AuditAction.DELETE, entity, record_id)

    def move(self, entity: str, record_id: str, position: int) -> None:
        """Put a child record at ``position`` in its parent's list."""
        model = database_model(entity)
        parent_column = PARENT_COLUMN[entity]
        with self.transaction() as session:
            record = session.get(model, record_id)
            if record is None:
                raise RecordNotFound(record_id)
            siblings = list(
                session.scalars(
                    select(model)
                    .where(getattr(model, parent_column) == getattr(record, parent_column))
                    .order_by(model.position)  # type: ignore[attr-defined]
                )
            )
            siblings.remove(record)
            siblings.insert(max(0, min(position, len(siblings))), record)
            for index, sibling in enumerate(siblings):
                sibling.position = index  # type: ignore[attr-defined]
            audit.record(session, self.user, AuditAction.UPDATE, entity, record_id, ["position"])

    # --- contacts --------------------------------------------------------------------

    def start_contact(
        self,
        client_id: str,
        kind: ContactKind | None = None,
        defaults: Mapping[str, Any] | None = None,
    ) -> Contact:
        """A new open contact for today, pre-filled from the client's last contact.

        ``defaults`` (e.g. the configured format for outreach) fill what the last contact
        does not. The first contact of a client is an Erstberatung.
        """
        with self._sessions() as session:
            previous = session.scalar(
                select(Contact)
                .where(Contact.client_id == client_id)
                .order_by(Contact.date.desc(), Contact.created_at.desc())
                .limit(1)
            )
        values: dict[str, Any] = dict(defaults or {})
        if previous is not None:
            for name in FOLLOW_UP_FIELDS:
                value = getattr(previous, name)
                if value not in (None, []):
                    values[name] = value
        values.setdefault("counsellor", self.user)
        values["date"] = today()
        if kind is None:
            kind = ContactKind.FIRST if previous is None else ContactKind.FOLLOW_UP
        values["kind"] = kind.value
        record = self.add("contact", client_id, values)
        assert isinstance(record, Contact)
        return record

    def finalise_contact(self, contact_id: str) -> Contact:
        """Complete a contact: needs the processing consent; fixes version 1 and its hash."""
        with self.transaction() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise RecordNotFound(contact_id)
            if contact.status == ContactStatus.FINALISED.value:
                return contact
            client = session.scalar(
                select(Client).where(Client.id == contact.client_id).options(*_client_tree())
            )
            assert client is not None
            processing = current_consents(client.consents).get(ConsentPurpose.PROCESSING)
            if processing is None or not processing.given:
                raise ValidationErrors([FieldError("consent", MSG_CONSENT_REQUIRED)])
            contact.status = ContactStatus.FINALISED.value
            contact.finalised_at = utcnow()
            contact.finalised_by = self.user
            contact.version = 1
            contact.content_hash = content_hash(case_snapshot(client, contact))
            audit.record(session, self.user, AuditAction.FINALISE, "contact", contact_id)
            return contact

    def _contact_of(self, session: Session, record: Record, entity: str) -> Contact | None:
        if isinstance(record, Contact):
            return record
        own = getattr(record, "contact_id", None)
        return session.get(Contact, own) if own else None

    def _amend_if_final(
        self,
        session: Session,
        record: Record,
        entity: str,
        contact_id: str | None,
        fields: list[str],
    ) -> None:
        contact = session.get(Contact, contact_id) if contact_id else None
        contact = contact or self._contact_of(session, record, entity)
        if contact is None or contact.status != ContactStatus.FINALISED.value:
            return
        contact.version += 1
        session.add(
            Amendment(
                contact_id=contact.id,
                at=utcnow(),
                by=self.user,
                entity=entity,
                entity_id=record.id,
                fields=list(fields),
                version=contact.version,
            )
        )
        session.flush()
        client = session.scalar(
            select(Client).where(Client.id == contact.client_id).options(*_client_tree())
        )
        if client is not None:
            session.refresh(client)
            contact.content_hash = content_hash(case_snapshot(client, contact))
        audit.record(session, self.user, AuditAction.AMEND, entity, record.id, fields)

    # --- consents --------------------------------------------------------------------

    def record_consent(
        self,
        client_id: str,
        purpose: ConsentPurpose,
        given: bool,
        *,
        text_language: str,
        medium: str | None = None,
        contact_id: str | None = None,
        details: str | None = None,
        text_version: str = CONSENT_TEXT_VERSION,
    ) -> Record:
        """A consent decision with the version and language of the text shown."""
        clean = normalise_all(
            schema.CONSENT,
            {
                "purpose": purpose.value,
                "given": given,
                "text_version": text_version,
                "text_language": text_language,
                "medium": medium,
                "details": details,
            },
        )
        with self.transaction() as session:
            record = self._insert(
                session,
                "consent",
                client_id,
                clean,
                contact_id=contact_id,
                extra={"counsellor": self.user, "given_at": utcnow()},
            )
            audit.record(session, self.user, AuditAction.CONSENT, "consent", record.id, ["given"])
            return record

    def withdraw_consent(self, consent_id: str) -> None:
        """Record the withdrawal of a consent (the record itself stays as proof)."""
        with self.transaction() as session:
            consent = session.get(Consent, consent_id)
            if consent is None:
                raise RecordNotFound(consent_id)
            consent.withdrawn_at = utcnow()
            audit.record(session, self.user, AuditAction.WITHDRAW, "consent", consent_id)

    # --- drafts: text that is not valid yet, kept against crashes ----------------------

    def save_draft(self, key: str, owner_id: str, raw: str) -> None:
        """Keep the raw text of a field that could not be saved yet."""
        with self.transaction() as session:
            draft = session.get(FieldDraft, key)
            if draft is None:
                session.add(FieldDraft(key=key, owner_id=owner_id, raw=raw, updated_at=utcnow()))
            else:
                draft.raw = raw
                draft.updated_at = utcnow()

    def clear_draft(self, key: str) -> None:
        with self.transaction() as session:
            session.query(FieldDraft).filter(FieldDraft.key == key).delete()

    def drafts(self, owner_id: str) -> dict[str, str]:
        """Unsaved field texts of ``owner_id`` (a contact), by draft key."""
        with self._sessions() as session:
            rows = session.execute(
                select(FieldDraft.key, FieldDraft.raw).where(FieldDraft.owner_id == owner_id)
            )
            return {key: raw for key, raw in rows}

    # --- statistics helpers ----------------------------------------------------------

    def open_step_counts(self) -> tuple[int, int]:
        """(open steps, overdue steps) across all clients."""
        open_status = or_(PlanStep.status.is_(None), PlanStep.status.in_(["open", "postponed"]))
        with self._sessions() as session:
            row = session.execute(
                select(
                    func.count(),
                    func.sum(case((and_(PlanStep.due_on < today()), 1), else_=0)),
                ).where(open_status)
            ).one()
        return int(row[0] or 0), int(row[1] or 0)


def database_model(entity: str) -> type[Record]:
    """The ORM class of ``entity``."""
    from iqtui.store.models import MODELS

    try:
        return MODELS[entity]
    except KeyError:
        raise KeyError(f"unknown entity {entity!r}") from None


#: Contact columns left out of its content hash (they describe the hash itself).
_HASH_EXCLUDED = {"version", "content_hash", "status", "finalised_at", "finalised_by"}


def case_snapshot(client: Client, contact: Contact) -> dict[str, Any]:
    """What a finalised contact stands for: the contact and the client's case data."""
    contact_data = {k: v for k, v in record_to_dict(contact).items() if k not in _HASH_EXCLUDED}
    qualifications = []
    for qualification in client.qualifications:
        recognitions = [
            {**record_to_dict(r), "documents": [record_to_dict(d) for d in r.documents]}
            for r in qualification.recognitions
        ]
        qualifications.append({**record_to_dict(qualification), "recognitions": recognitions})
    assessments = [
        {
            **record_to_dict(a),
            "language_skills": [record_to_dict(x) for x in a.language_skills],
            "competence_items": [record_to_dict(x) for x in a.competence_items],
            "external_results": [record_to_dict(x) for x in a.external_results],
        }
        for a in client.assessments
        if a.contact_id == contact.id
    ]
    return {
        "client": record_to_dict(client),
        "contact": contact_data,
        "qualifications": qualifications,
        "assessments": assessments,
        "plan_steps": [record_to_dict(s) for s in client.plan_steps if s.contact_id == contact.id],
        "referrals": [record_to_dict(r) for r in client.referrals if r.contact_id == contact.id],
        "consents": [record_to_dict(c) for c in client.consents],
    }


__all__ = [
    "AmbiguousId",
    "ClientSummary",
    "RecordNotFound",
    "Store",
    "case_snapshot",
    "default_user",
    "draft_key",
]
