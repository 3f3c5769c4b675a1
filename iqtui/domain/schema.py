"""The fields of every entity of a counselling case (sections a1–a7 of the IQ data notes).

Entities and their parents::

    client ─┬─ qualification ── recognition ── recognition_document
            ├─ contact ── (topics, consents given in it, steps agreed in it)
            ├─ assessment ─┬─ language_skill
            │              ├─ competence_item
            │              └─ external_result
            ├─ plan_step
            ├─ referral
            └─ consent

The storage layer has one table per entity with these field names as columns; a test
keeps the two in step.
"""

from __future__ import annotations

from iqtui.domain import codes as c
from iqtui.domain.fields import FieldSpec, Kind
from iqtui.i18n import N_


def _fields(*specs: FieldSpec) -> dict[str, FieldSpec]:
    return {spec.name: spec for spec in specs}


F = FieldSpec

# fmt: off
CLIENT = _fields(
    F("family_name", N_("Family name"), Kind.NAME,
      help=N_("As in the passport, in Latin letters. A name is the only required field.")),
    F("given_names", N_("Given names"), Kind.NAME,
      help=N_("As in the passport, in Latin letters.")),
    F("name_original", N_("Name in original script"), Kind.NAME,
      help=N_("The name as the client writes it, e.g. in Arabic or Cyrillic script.")),
    F("birth_year", N_("Year of birth"), Kind.YEAR, niq_yellow=True,
      help=N_("Only the year is recorded; statistics use the age.")),
    F("gender", N_("Gender"), Kind.CODE, codes=c.Gender, niq_yellow=True),
    F("birth_country", N_("Country of birth"), Kind.COUNTRY),
    F("nationality_1", N_("Nationality"), Kind.COUNTRY, niq_yellow=True),
    F("nationality_2", N_("Second nationality"), Kind.COUNTRY,
      help=N_("If the first nationality is German, NIQ statistics use the second.")),
    F("residence", N_("Lives in Germany?"), Kind.CODE, codes=c.Residence, niq_yellow=True),
    F("bundesland", N_("Federal state (Bundesland)"), Kind.CODE, codes=c.Bundesland),
    F("postcode", N_("Postcode"), Kind.POSTCODE,
      help=N_("Used to find the responsible counselling centre.")),
    F("city", N_("Town or city"), Kind.LINE),
    F("street", N_("Street and number"), Kind.LINE),
    F("residence_country", N_("Country of residence"), Kind.COUNTRY,
      help=N_("Where the client lives now, if not in Germany.")),
    F("planned_entry", N_("Planned entry to Germany"), Kind.LINE, max_length=60,
      help=N_("When the client plans to come, e.g. 'spring 2027'.")),
    F("visa_application", N_("Visa application"), Kind.LINE,
      help=N_("Which visa the client has applied for or plans to, and at which mission.")),
    F("entry_year", N_("Year of entry to Germany"), Kind.YEAR, past_limit=1939,
      niq_yellow=True),
    F("residence_status", N_("Residence status (Aufenthaltsstatus)"), Kind.CODE,
      codes=c.ResidenceStatus, niq_yellow=True),
    F("residence_status_note", N_("Note on residence status"), Kind.LINE),
    F("special_status", N_("Special status"), Kind.CODES, codes=c.SpecialStatus),
    F("german_native", N_("German is a first language"), Kind.CODE, codes=c.YesNo),
    F("german_certificate", N_("German certificate"), Kind.CODE, codes=c.GermanCertificate,
      niq_yellow=True),
    F("german_certificate_name", N_("Name of the certificate"), Kind.LINE, max_length=80,
      help=N_("E.g. telc B1, Goethe-Zertifikat B2, DTZ.")),
    F("native_languages", N_("First languages"), Kind.LANGUAGES, max_items=4),
    F("other_languages", N_("Other languages"), Kind.LANGUAGES, max_items=10),
    F("employment_status", N_("Employment status (Erwerbsstatus)"), Kind.CODE,
      codes=c.EmploymentStatus, niq_yellow=True),
    F("below_qualification", N_("Works below their qualification"), Kind.CODE,
      codes=c.YesNo),
    F("benefits", N_("Receives benefits (Leistungsbezug)"), Kind.CODE, codes=c.YesNo,
      niq_yellow=True),
    F("benefit_type", N_("Which benefits"), Kind.CODE, codes=c.BenefitType),
    F("benefit_office", N_("From which office"), Kind.LINE,
      help=N_("E.g. Jobcenter Köln-Mitte.")),
    F("jc_counsellor", N_("Counsellor at Jobcenter / employment agency"), Kind.NAME),
    F("jc_contact", N_("Their phone or e-mail"), Kind.LINE),
    F("jc_customer_number", N_("Customer number (Kundennummer)"), Kind.LINE, max_length=40),
    F("access_route", N_("How did you find us? (Zugangsweg)"), Kind.CODE,
      codes=c.AccessRoute, niq_yellow=True),
    F("access_route_note", N_("Details on how they found us"), Kind.LINE),
    F("initiated_by", N_("Who initiated the contact"), Kind.CODE, codes=c.InitiatedBy),
    F("earlier_counselling", N_("Counselled on recognition before?"), Kind.CODE, codes=c.YesNo),
    F("earlier_counselling_by", N_("Counselled before by"), Kind.LINE),
    F("preferred_format", N_("Preferred form of counselling"), Kind.CODE,
      codes=c.PreferredFormat),
    F("counselling_language", N_("Preferred counselling language"), Kind.LANGUAGE),
    F("document_language", N_("Language for printed documents"), Kind.LANGUAGE,
      help=N_("The protocol is printed in German and in this language.")),
    F("phone", N_("Phone"), Kind.PHONE),
    F("email", N_("E-mail"), Kind.EMAIL),
    F("goal", N_("Goal"), Kind.TEXT, max_length=2000, client_facing=True,
      help=N_("The occupational goal agreed with the client, in plain words.")),
    F("goal_occupation", N_("Target occupation"), Kind.LINE, client_facing=True),
)

QUALIFICATION = _fields(
    F("qualification_type", N_("Type of qualification (Abschlussart)"), Kind.CODE,
      codes=c.QualificationType, niq_yellow=True),
    F("country", N_("Country where it was obtained"), Kind.COUNTRY, niq_yellow=True),
    F("title_original", N_("Title in the original language"), Kind.LINE, client_facing=True,
      help=N_("As written on the certificate.")),
    F("title_german", N_("German translation of the title"), Kind.LINE, client_facing=True),
    F("institution", N_("Institution"), Kind.LINE),
    F("place", N_("Place of training"), Kind.LINE),
    F("year", N_("Year of completion"), Kind.YEAR, past_limit=1940),
    F("duration", N_("Duration of training"), Kind.LINE, max_length=60,
      help=N_("E.g. 5 years, 3 semesters.")),
    F("work_experience", N_("Work experience (Berufserfahrung)"), Kind.CODE,
      codes=c.WorkExperience, niq_yellow=True),
    F("work_experience_years", N_("Years of work in this occupation"), Kind.INT, minimum=0,
      maximum=60),
    F("other_experience", N_("Other work experience"), Kind.TEXT, max_length=2000,
      help=N_("Experience outside the trained occupation.")),
    F("documents_available", N_("Original documents available"), Kind.CODE,
      codes=c.DocumentsAvailable,
      help=N_("Without documents a qualification analysis may be possible.")),
    F("reference_occupation", N_("Reference occupation (Referenzberuf)"), Kind.LINE,
      client_facing=True,
      help=N_("The German occupation the qualification is compared with.")),
    F("reference_occupation_id", N_("Reference occupation (list entry)"), Kind.LINE,
      max_length=40),
    F("desired_occupation", N_("Desired occupation"), Kind.LINE),
    F("regulated", N_("Regulated profession"), Kind.CODE, codes=c.Regulated,
      client_facing=True,
      help=N_("Regulated: working needs recognition. Not regulated: recognition helps but "
              "is not required.")),
    F("legal_basis", N_("Legal basis (Rechtsgrundlage)"), Kind.CODE, codes=c.LegalBasis),
    F("earlier_application", N_("Application before counselling"), Kind.CODE,
      codes=c.EarlierApplication, niq_yellow=True),
    F("earlier_result_gwp", N_("Result of that equivalence assessment"), Kind.CODE,
      codes=c.GwpResult),
    F("earlier_result_zab", N_("Result of that ZAB statement"), Kind.CODE, codes=c.ZabResult),
    F("report_to_niq", N_("Report this qualification to NIQ"), Kind.BOOL),
)

RECOGNITION = _fields(
    F("procedure", N_("Procedure (Verfahren)"), Kind.CODE, codes=c.Procedure,
      client_facing=True),
    F("authority_name", N_("Competent authority (zuständige Stelle)"), Kind.LINE,
      client_facing=True),
    F("authority_id", N_("Competent authority (list entry)"), Kind.LINE, max_length=40),
    F("authority_address", N_("Address of the authority"), Kind.TEXT, max_length=500,
      client_facing=True),
    F("authority_contact", N_("Contact at the authority"), Kind.LINE, client_facing=True),
    F("work_bundesland", N_("Federal state where the client wants to work"), Kind.CODE,
      codes=c.Bundesland, client_facing=True,
      help=N_("For occupations under state law the authority depends on this.")),
    F("applied_on", N_("Application submitted on"), Kind.DATE),
    F("receipt_confirmed_on", N_("Receipt confirmed on"), Kind.DATE),
    F("complete_on", N_("Documents complete on"), Kind.DATE,
      help=N_("The authority usually decides within three months of this date.")),
    F("decision_on", N_("Decision (Bescheid) on"), Kind.DATE),
    F("result_gwp", N_("Result of the equivalence assessment"), Kind.CODE, codes=c.GwpResult,
      client_facing=True),
    F("result_zab", N_("Result of the ZAB statement"), Kind.CODE, codes=c.ZabResult,
      client_facing=True),
    F("substantial_differences", N_("Substantial differences found"), Kind.TEXT,
      max_length=4000, client_facing=True,
      help=N_("As stated in the decision (BQFG § 7).")),
    F("compensation_measure", N_("Compensation measure (Ausgleichsmaßnahme)"), Kind.CODE,
      codes=c.CompensationMeasure, client_facing=True),
    F("compensation_months", N_("Duration of the measure in months"), Kind.INT, minimum=0,
      maximum=36),
    F("legal_remedy", N_("Legal remedy (Rechtsbehelf)"), Kind.CODE, codes=c.LegalRemedy),
    F("legal_remedy_on", N_("Legal remedy filed on"), Kind.DATE),
    F("cost_fees", N_("Fees of the authority (€)"), Kind.MONEY, client_facing=True),
    F("cost_translation", N_("Translation costs (€)"), Kind.MONEY, client_facing=True),
    F("cost_certification", N_("Certification costs (€)"), Kind.MONEY, client_facing=True),
    F("funding", N_("Funding of costs"), Kind.CODES, codes=c.Funding, client_facing=True),
    F("funding_applied", N_("Funding applied for"), Kind.CODE, codes=c.YesNo),
    F("note", N_("Note"), Kind.TEXT, max_length=4000),
)

RECOGNITION_DOCUMENT = _fields(
    F("kind", N_("Document"), Kind.CODE, codes=c.DocumentKind, client_facing=True),
    F("label", N_("Description"), Kind.LINE, client_facing=True,
      help=N_("For other documents: what it is.")),
    F("status", N_("Status"), Kind.CODE, codes=c.DocumentStatus, client_facing=True),
    F("note", N_("Note"), Kind.LINE, client_facing=True,
      help=N_("E.g. translation by a sworn translator needed.")),
)

CONTACT = _fields(
    F("kind", N_("Kind of contact"), Kind.CODE, codes=c.ContactKind),
    F("date", N_("Date"), Kind.DATE, client_facing=True),
    F("start_time", N_("Time"), Kind.TIME),
    F("counsellor", N_("Counsellor"), Kind.NAME, client_facing=True),
    F("duration_minutes", N_("Duration in minutes"), Kind.INT, minimum=1, maximum=600),
    F("format", N_("Form of counselling (Beratungsform)"), Kind.CODE, codes=c.ContactFormat,
      client_facing=True),
    F("place", N_("Place of counselling"), Kind.LINE, client_facing=True,
      help=N_("E.g. community centre, job fair, shelter.")),
    F("language", N_("Language of counselling"), Kind.LANGUAGE, client_facing=True),
    F("interpreter", N_("Interpreter present"), Kind.CODE, codes=c.YesNo, client_facing=True),
    F("interpreter_name", N_("Interpreter"), Kind.NAME),
    F("topics", N_("Topics"), Kind.CODES, codes=c.Topic,
      help=N_("The NIQ topics of this counselling.")),
    F("topics_other", N_("Other topics"), Kind.LINE),
    F("concern", N_("Concern (Anliegen)"), Kind.TEXT, max_length=4000, client_facing=True,
      help=N_("The client's question in their own words.")),
    F("authorities_mentioned", N_("Authorities mentioned"), Kind.LINE),
    F("notes", N_("Internal notes"), Kind.TEXT,
      help=N_("Not printed. Avoid health, religion or other sensitive details.")),
    F("next_appointment_date", N_("Next appointment"), Kind.DATE, future=True,
      client_facing=True),
    F("next_appointment_time", N_("Time of next appointment"), Kind.TIME, client_facing=True),
    F("next_appointment_note", N_("Note on next appointment"), Kind.LINE, client_facing=True,
      help=N_("E.g. place, or what to bring.")),
)

ASSESSMENT = _fields(
    F("instrument", N_("Instrument"), Kind.CODE, codes=c.AssessmentInstrument),
    F("date", N_("Date of assessment"), Kind.DATE),
    F("assessor", N_("Assessed by"), Kind.NAME),
    F("language", N_("Language used"), Kind.LANGUAGE),
    F("strengths", N_("Strengths in summary"), Kind.TEXT, max_length=4000, client_facing=True),
)

LANGUAGE_SKILL = _fields(
    F("language", N_("Language"), Kind.LANGUAGE, client_facing=True),
    F("skill", N_("Skill"), Kind.CODE, codes=c.Skill, client_facing=True),
    F("level", N_("Level"), Kind.CODE, codes=c.CefrLevel, client_facing=True),
    F("certified", N_("Certificate"), Kind.BOOL),
)

COMPETENCE_ITEM = _fields(
    F("area", N_("Competence area"), Kind.CODE, codes=c.CompetenceArea, client_facing=True),
    F("card_id", N_("Competence card"), Kind.LINE, max_length=40),
    F("label", N_("Competence"), Kind.LINE, client_facing=True),
    F("self_rating", N_("Self-rating"), Kind.CODE, codes=c.Rating, client_facing=True),
    F("counsellor_rating", N_("Counsellor's rating"), Kind.CODE, codes=c.Rating),
    F("evidence", N_("Example or evidence"), Kind.TEXT, max_length=2000, client_facing=True,
      help=N_("Where the client has shown this, in their words.")),
)

EXTERNAL_RESULT = _fields(
    F("instrument", N_("Instrument"), Kind.CODE, codes=c.AssessmentInstrument),
    F("occupation", N_("Occupation tested"), Kind.LINE),
    F("taken_on", N_("Date"), Kind.DATE),
    F("result", N_("Result"), Kind.TEXT, max_length=4000,
      help=N_("E.g. the MYSKILLS result per field of action.")),
)

PLAN_STEP = _fields(
    F("what", N_("What"), Kind.LINE, max_length=300, client_facing=True),
    F("owner", N_("Who"), Kind.CODE, codes=c.StepOwner, client_facing=True),
    F("owner_text", N_("Who exactly"), Kind.LINE, client_facing=True),
    F("due_on", N_("By when"), Kind.DATE, future=True, client_facing=True),
    F("status", N_("Status"), Kind.CODE, codes=c.StepStatus, client_facing=True),
    F("phase", N_("Phase of the IQ process chain"), Kind.CODE, codes=c.Phase),
    F("note", N_("Note"), Kind.LINE, max_length=500),
)

REFERRAL = _fields(
    F("target", N_("Referral to"), Kind.CODE, codes=c.ReferralTarget, client_facing=True),
    F("organisation", N_("Organisation"), Kind.LINE, client_facing=True),
    F("purpose", N_("Purpose"), Kind.LINE, max_length=500, client_facing=True),
    F("contact_info", N_("Contact"), Kind.LINE, client_facing=True),
    F("referred_on", N_("Date"), Kind.DATE, future=True),
    F("data_consent", N_("Client agrees to pass on data"), Kind.CODE, codes=c.YesNo),
)

CONSENT = _fields(
    F("purpose", N_("Purpose of consent"), Kind.CODE, codes=c.ConsentPurpose),
    F("given", N_("Consent given"), Kind.BOOL),
    F("text_version", N_("Version of the consent text"), Kind.LINE, max_length=40),
    F("text_language", N_("Language of the consent text"), Kind.LANGUAGE),
    F("medium", N_("How consent was given"), Kind.CODE, codes=c.ConsentMedium),
    F("details", N_("Details"), Kind.LINE,
      help=N_("E.g. which authority or which person may receive data.")),
)

# fmt: on

#: All entities by name.
ENTITIES: dict[str, dict[str, FieldSpec]] = {
    "client": CLIENT,
    "qualification": QUALIFICATION,
    "recognition": RECOGNITION,
    "recognition_document": RECOGNITION_DOCUMENT,
    "contact": CONTACT,
    "assessment": ASSESSMENT,
    "language_skill": LANGUAGE_SKILL,
    "competence_item": COMPETENCE_ITEM,
    "external_result": EXTERNAL_RESULT,
    "plan_step": PLAN_STEP,
    "referral": REFERRAL,
    "consent": CONSENT,
}

#: The parent of each child entity (for creating and exporting records).
PARENTS: dict[str, str] = {
    "qualification": "client",
    "recognition": "qualification",
    "recognition_document": "recognition",
    "contact": "client",
    "assessment": "client",
    "language_skill": "assessment",
    "competence_item": "assessment",
    "external_result": "assessment",
    "plan_step": "client",
    "referral": "client",
    "consent": "client",
}

ENTITY_LABELS: dict[str, str] = {
    "client": N_("Client"),
    "qualification": N_("Qualification"),
    "recognition": N_("Recognition procedure"),
    "recognition_document": N_("Document"),
    "contact": N_("Contact"),
    "assessment": N_("Competence assessment"),
    "language_skill": N_("Language skill"),
    "competence_item": N_("Competence"),
    "external_result": N_("External result"),
    "plan_step": N_("Next step"),
    "referral": N_("Referral"),
    "consent": N_("Consent"),
}


def spec(entity: str, field: str) -> FieldSpec:
    """The specification of ``entity.field``."""
    return ENTITIES[entity][field]
