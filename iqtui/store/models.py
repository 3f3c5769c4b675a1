"""SQLAlchemy tables of a counselling case.

One table per entity of :mod:`iqtui.domain.schema`, with the same field names. Every
record has a UUID, creation and change times (UTC) and who made them. Text limits of the
schema are also CHECK constraints, so no path around the store writes an over-long value.
The types are portable: the same models work on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from iqtui.domain import schema
from iqtui.domain.fields import Kind

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Now in UTC, without tzinfo (stored that way on every backend)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_id() -> str:
    """A new record id."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {list[str]: JSON}


def _length_checks(entity: str) -> tuple[CheckConstraint, ...]:
    checks = []
    for spec in schema.ENTITIES[entity].values():
        if spec.kind in {Kind.NAME, Kind.LINE, Kind.TEXT, Kind.EMAIL, Kind.PHONE}:
            checks.append(
                CheckConstraint(f"length({spec.name}) <= {spec.limit}", name=f"{spec.name}_len")
            )
    return tuple(checks)


class Record(Base):
    """Columns every case record has."""

    __abstract__ = True
    ENTITY: ClassVar[str]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200))
    updated_by: Mapped[str | None] = mapped_column(String(200))

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return _length_checks(cls.ENTITY)


class Child(Record):
    """A record with a place in its parent's list."""

    __abstract__ = True

    position: Mapped[int] = mapped_column(Integer, default=0)


def _code(n: int = 40) -> Any:
    return mapped_column(String(n))


def _line(n: int = 200) -> Any:
    return mapped_column(String(n))


def _text() -> Any:
    return mapped_column(Text)


def _parent(table: str) -> Any:
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), index=True)


def _in_contact() -> Any:
    return mapped_column(ForeignKey("contact.id", ondelete="SET NULL"), index=True)


def _list() -> Any:
    return mapped_column(JSON, default=list)


class Client(Record):
    """A client (Ratsuchende*r)."""

    __tablename__ = "client"
    ENTITY = "client"

    family_name: Mapped[str | None] = _line()
    given_names: Mapped[str | None] = _line()
    name_original: Mapped[str | None] = _line()
    birth_year: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str | None] = _code()
    birth_country: Mapped[str | None] = _code(2)
    nationality_1: Mapped[str | None] = _code(2)
    nationality_2: Mapped[str | None] = _code(2)
    residence: Mapped[str | None] = _code()
    bundesland: Mapped[str | None] = _code()
    postcode: Mapped[str | None] = _code(5)
    city: Mapped[str | None] = _line()
    street: Mapped[str | None] = _line()
    residence_country: Mapped[str | None] = _code(2)
    planned_entry: Mapped[str | None] = _line(60)
    visa_application: Mapped[str | None] = _line()
    entry_year: Mapped[int | None] = mapped_column(Integer)
    residence_status: Mapped[str | None] = _code()
    residence_status_note: Mapped[str | None] = _line()
    special_status: Mapped[list[str]] = _list()
    german_native: Mapped[str | None] = _code()
    german_certificate: Mapped[str | None] = _code()
    german_certificate_name: Mapped[str | None] = _line(80)
    native_languages: Mapped[list[str]] = _list()
    other_languages: Mapped[list[str]] = _list()
    employment_status: Mapped[str | None] = _code()
    below_qualification: Mapped[str | None] = _code()
    benefits: Mapped[str | None] = _code()
    benefit_type: Mapped[str | None] = _code()
    benefit_office: Mapped[str | None] = _line()
    jc_counsellor: Mapped[str | None] = _line()
    jc_contact: Mapped[str | None] = _line()
    jc_customer_number: Mapped[str | None] = _line(40)
    access_route: Mapped[str | None] = _code()
    access_route_note: Mapped[str | None] = _line()
    initiated_by: Mapped[str | None] = _code()
    earlier_counselling: Mapped[str | None] = _code()
    earlier_counselling_by: Mapped[str | None] = _line()
    preferred_format: Mapped[str | None] = _code()
    counselling_language: Mapped[str | None] = _code(12)
    document_language: Mapped[str | None] = _code(12)
    phone: Mapped[str | None] = _line()
    email: Mapped[str | None] = _line()
    goal: Mapped[str | None] = _text()
    goal_occupation: Mapped[str | None] = _line()
    #: Folded names for forgiving search (see :func:`iqtui.domain.text.search_key`).
    search_key: Mapped[str] = mapped_column(Text, default="")

    qualifications: Mapped[list[Qualification]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Qualification.position"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Contact.date"
    )
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Assessment.created_at"
    )
    plan_steps: Mapped[list[PlanStep]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="PlanStep.position"
    )
    referrals: Mapped[list[Referral]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Referral.position"
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Consent.given_at"
    )

    @property
    def display_name(self) -> str:
        """Given and family name in Latin letters (or the original-script name)."""
        latin = " ".join(p for p in (self.given_names, self.family_name) if p)
        return latin or self.name_original or ""


class Qualification(Child):
    """A foreign qualification (Abschluss)."""

    __tablename__ = "qualification"
    ENTITY = "qualification"

    client_id: Mapped[str] = _parent("client")
    qualification_type: Mapped[str | None] = _code()
    country: Mapped[str | None] = _code(2)
    title_original: Mapped[str | None] = _line()
    title_german: Mapped[str | None] = _line()
    institution: Mapped[str | None] = _line()
    place: Mapped[str | None] = _line()
    year: Mapped[int | None] = mapped_column(Integer)
    duration: Mapped[str | None] = _line(60)
    work_experience: Mapped[str | None] = _code()
    work_experience_years: Mapped[int | None] = mapped_column(Integer)
    other_experience: Mapped[str | None] = _text()
    documents_available: Mapped[str | None] = _code()
    reference_occupation: Mapped[str | None] = _line()
    reference_occupation_id: Mapped[str | None] = _line(40)
    desired_occupation: Mapped[str | None] = _line()
    regulated: Mapped[str | None] = _code()
    legal_basis: Mapped[str | None] = _code()
    earlier_application: Mapped[str | None] = _code()
    earlier_result_gwp: Mapped[str | None] = _code()
    earlier_result_zab: Mapped[str | None] = _code()
    report_to_niq: Mapped[bool | None] = mapped_column(Boolean)

    client: Mapped[Client] = relationship(back_populates="qualifications")
    recognitions: Mapped[list[Recognition]] = relationship(
        back_populates="qualification",
        cascade="all, delete-orphan",
        order_by="Recognition.position",
    )


class Recognition(Child):
    """A recognition procedure (Anerkennungsverfahren) for one qualification."""

    __tablename__ = "recognition"
    ENTITY = "recognition"

    qualification_id: Mapped[str] = _parent("qualification")
    procedure: Mapped[str | None] = _code()
    authority_name: Mapped[str | None] = _line()
    authority_id: Mapped[str | None] = _line(40)
    authority_address: Mapped[str | None] = _text()
    authority_contact: Mapped[str | None] = _line()
    work_bundesland: Mapped[str | None] = _code()
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    receipt_confirmed_on: Mapped[dt.date | None] = mapped_column(Date)
    complete_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_on: Mapped[dt.date | None] = mapped_column(Date)
    result_gwp: Mapped[str | None] = _code()
    result_zab: Mapped[str | None] = _code()
    substantial_differences: Mapped[str | None] = _text()
    compensation_measure: Mapped[str | None] = _code()
    compensation_months: Mapped[int | None] = mapped_column(Integer)
    legal_remedy: Mapped[str | None] = _code()
    legal_remedy_on: Mapped[dt.date | None] = mapped_column(Date)
    cost_fees: Mapped[int | None] = mapped_column(Integer)
    cost_translation: Mapped[int | None] = mapped_column(Integer)
    cost_certification: Mapped[int | None] = mapped_column(Integer)
    funding: Mapped[list[str]] = _list()
    funding_applied: Mapped[str | None] = _code()
    note: Mapped[str | None] = _text()

    qualification: Mapped[Qualification] = relationship(back_populates="recognitions")
    documents: Mapped[list[RecognitionDocument]] = relationship(
        back_populates="recognition",
        cascade="all, delete-orphan",
        order_by="RecognitionDocument.position",
    )


class RecognitionDocument(Child):
    """One line of the document checklist of a recognition procedure."""

    __tablename__ = "recognition_document"
    ENTITY = "recognition_document"

    recognition_id: Mapped[str] = _parent("recognition")
    kind: Mapped[str | None] = _code()
    label: Mapped[str | None] = _line()
    status: Mapped[str | None] = _code()
    note: Mapped[str | None] = _line()

    recognition: Mapped[Recognition] = relationship(back_populates="documents")


class Contact(Record):
    """A counselling contact (Beratungskontakt): Erstberatung, Folgekontakt or group."""

    __tablename__ = "contact"
    ENTITY = "contact"

    client_id: Mapped[str] = _parent("client")
    kind: Mapped[str | None] = _code()
    date: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[str | None] = _code(5)
    counsellor: Mapped[str | None] = _line()
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    format: Mapped[str | None] = _code()
    place: Mapped[str | None] = _line()
    language: Mapped[str | None] = _code(12)
    interpreter: Mapped[str | None] = _code()
    interpreter_name: Mapped[str | None] = _line()
    topics: Mapped[list[str]] = _list()
    topics_other: Mapped[str | None] = _line()
    concern: Mapped[str | None] = _text()
    authorities_mentioned: Mapped[str | None] = _line()
    notes: Mapped[str | None] = _text()
    next_appointment_date: Mapped[dt.date | None] = mapped_column(Date)
    next_appointment_time: Mapped[str | None] = _code(5)
    next_appointment_note: Mapped[str | None] = _line()
    #: ``open`` or ``finalised`` (see :class:`iqtui.domain.codes.ContactStatus`).
    status: Mapped[str] = mapped_column(String(20), default="open")
    finalised_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    finalised_by: Mapped[str | None] = _line()
    #: 0 while open; 1 when finalised; +1 for every amendment after that.
    version: Mapped[int] = mapped_column(Integer, default=0)
    #: SHA-256 of the finalised content (see :mod:`iqtui.store.integrity`).
    content_hash: Mapped[str | None] = mapped_column(String(64))

    client: Mapped[Client] = relationship(back_populates="contacts")
    amendments: Mapped[list[Amendment]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Amendment.at"
    )


class Assessment(Record):
    """A competence assessment (languages, competences, interests, external results)."""

    __tablename__ = "assessment"
    ENTITY = "assessment"

    client_id: Mapped[str] = _parent("client")
    contact_id: Mapped[str | None] = _in_contact()
    instrument: Mapped[str | None] = _code()
    date: Mapped[dt.date | None] = mapped_column(Date)
    assessor: Mapped[str | None] = _line()
    language: Mapped[str | None] = _code(12)
    strengths: Mapped[str | None] = _text()

    client: Mapped[Client] = relationship(back_populates="assessments")
    language_skills: Mapped[list[LanguageSkill]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="LanguageSkill.position"
    )
    competence_items: Mapped[list[CompetenceItem]] = relationship(
        back_populates="assessment",
        cascade="all, delete-orphan",
        order_by="CompetenceItem.position",
    )
    external_results: Mapped[list[ExternalResult]] = relationship(
        back_populates="assessment",
        cascade="all, delete-orphan",
        order_by="ExternalResult.position",
    )


class LanguageSkill(Child):
    """One cell of the CEFR grid: a language, a skill and a level."""

    __tablename__ = "language_skill"
    ENTITY = "language_skill"

    assessment_id: Mapped[str] = _parent("assessment")
    language: Mapped[str | None] = _code(12)
    skill: Mapped[str | None] = _code()
    level: Mapped[str | None] = _code()
    certified: Mapped[bool | None] = mapped_column(Boolean)

    assessment: Mapped[Assessment] = relationship(back_populates="language_skills")


class CompetenceItem(Child):
    """A competence or interest with a 0–3 self-rating and evidence."""

    __tablename__ = "competence_item"
    ENTITY = "competence_item"

    assessment_id: Mapped[str] = _parent("assessment")
    area: Mapped[str | None] = _code()
    card_id: Mapped[str | None] = _line(40)
    label: Mapped[str | None] = _line()
    self_rating: Mapped[str | None] = _code()
    counsellor_rating: Mapped[str | None] = _code()
    evidence: Mapped[str | None] = _text()

    assessment: Mapped[Assessment] = relationship(back_populates="competence_items")


class ExternalResult(Child):
    """A result from elsewhere, e.g. MYSKILLS at the employment agency."""

    __tablename__ = "external_result"
    ENTITY = "external_result"

    assessment_id: Mapped[str] = _parent("assessment")
    instrument: Mapped[str | None] = _code()
    occupation: Mapped[str | None] = _line()
    taken_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str | None] = _text()

    assessment: Mapped[Assessment] = relationship(back_populates="external_results")


class PlanStep(Child):
    """An agreed next step: what, who, by when, status, process-chain phase."""

    __tablename__ = "plan_step"
    ENTITY = "plan_step"

    client_id: Mapped[str] = _parent("client")
    contact_id: Mapped[str | None] = _in_contact()
    what: Mapped[str | None] = _line(300)
    owner: Mapped[str | None] = _code()
    owner_text: Mapped[str | None] = _line()
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str | None] = _code()
    phase: Mapped[str | None] = _code()
    note: Mapped[str | None] = _line(500)

    client: Mapped[Client] = relationship(back_populates="plan_steps")


class Referral(Child):
    """A referral (Verweisung) to another service."""

    __tablename__ = "referral"
    ENTITY = "referral"

    client_id: Mapped[str] = _parent("client")
    contact_id: Mapped[str | None] = _in_contact()
    target: Mapped[str | None] = _code()
    organisation: Mapped[str | None] = _line()
    purpose: Mapped[str | None] = _line(500)
    contact_info: Mapped[str | None] = _line()
    referred_on: Mapped[dt.date | None] = mapped_column(Date)
    data_consent: Mapped[str | None] = _code()

    client: Mapped[Client] = relationship(back_populates="referrals")


class Consent(Record):
    """A consent decision: purpose, given or refused, which text, when; and withdrawal."""

    __tablename__ = "consent"
    ENTITY = "consent"

    client_id: Mapped[str] = _parent("client")
    contact_id: Mapped[str | None] = _in_contact()
    purpose: Mapped[str | None] = _code()
    given: Mapped[bool | None] = mapped_column(Boolean)
    given_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=utcnow)
    text_version: Mapped[str | None] = _line(40)
    text_language: Mapped[str | None] = _code(12)
    medium: Mapped[str | None] = _code()
    details: Mapped[str | None] = _line()
    counsellor: Mapped[str | None] = _line()
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    client: Mapped[Client] = relationship(back_populates="consents")


class Amendment(Base):
    """A change to a finalised contact: which record and fields, when, by whom."""

    __tablename__ = "amendment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    contact_id: Mapped[str] = _parent("contact")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str | None] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[list[str]] = _list()
    version: Mapped[int] = mapped_column(Integer)

    contact: Mapped[Contact] = relationship(back_populates="amendments")


class AuditEntry(Base):
    """Who did what to which record and field, and when — never the values.

    Append-only (triggers reject UPDATE and DELETE) and hash-chained.
    """

    __tablename__ = "audit"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36), index=True)
    fields: Mapped[list[str]] = _list()
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class FieldDraft(Base):
    """Text typed into a field that is not (yet) valid, so it survives a crash."""

    __tablename__ = "field_draft"
    __table_args__ = (Index("ix_field_draft_owner", "owner_id"),)

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    owner_id: Mapped[str] = mapped_column(String(36))
    raw: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Meta(Base):
    """Facts about the database itself (its id, when it was created)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


#: The ORM class of each entity of the schema.
MODELS: dict[str, type[Record]] = {
    "client": Client,
    "qualification": Qualification,
    "recognition": Recognition,
    "recognition_document": RecognitionDocument,
    "contact": Contact,
    "assessment": Assessment,
    "language_skill": LanguageSkill,
    "competence_item": CompetenceItem,
    "external_result": ExternalResult,
    "plan_step": PlanStep,
    "referral": Referral,
    "consent": Consent,
}

#: The foreign-key column linking each child entity to its parent.
PARENT_COLUMN: dict[str, str] = {
    "qualification": "client_id",
    "recognition": "qualification_id",
    "recognition_document": "recognition_id",
    "contact": "client_id",
    "assessment": "client_id",
    "language_skill": "assessment_id",
    "competence_item": "assessment_id",
    "external_result": "assessment_id",
    "plan_step": "client_id",
    "referral": "client_id",
    "consent": "client_id",
}
