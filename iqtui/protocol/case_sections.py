"""The case part of the protocol: situation, recognition, documents, steps, referrals, competences.

Each function takes the loaded client (and contact) and returns a
:class:`~iqtui.protocol.document.Section` or ``None`` when there is nothing to say.
Everything the counsellor typed appears as typed; every fixed text and code-list value
goes through :class:`~iqtui.protocol.bilingual.Bilingual`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from iqtui.domain import codes as c
from iqtui.i18n import N_
from iqtui.protocol import facts
from iqtui.protocol.bilingual import Bilingual, parse_code
from iqtui.protocol.document import Block, Field, Fields, Heading, Paragraph, Section, Table, Text
from iqtui.store.models import Client, Contact, Qualification, Recognition

H_SITUATION = N_("Starting situation")
H_RECOGNITION = N_("Recognition of your qualification")
H_DOCUMENTS = N_("Documents for the application")
H_STEPS = N_("Agreed next steps")
H_REFERRALS = N_("Referrals to other services")
H_COMPETENCES = N_("Competence profile")

REGULATED_MEANS = {
    c.Regulated.YES: N_(
        "Regulated profession: in Germany you may only work in this occupation, or use its "
        "title, once your qualification has been recognised."
    ),
    c.Regulated.NO: N_(
        "Not regulated: you may work in this occupation without recognition. A recognition "
        "notice (Anerkennungsbescheid) still helps employers to understand your qualification."
    ),
    c.Regulated.DEPENDS: N_(
        "Whether this occupation is regulated depends on the federal state (Bundesland) "
        "where you want to work."
    ),
}
PROCEDURE_MEANS = {
    c.Procedure.GWP: N_(
        "The competent authority compares your qualification with the German reference "
        "occupation (Gleichwertigkeitsprüfung)."
    ),
    c.Procedure.APPROBATION: N_(
        "The competent authority checks whether you may practise the profession in Germany "
        "(Approbation or Berufserlaubnis)."
    ),
    c.Procedure.ZAB: N_(
        "The Central Office for Foreign Education (ZAB) describes your university degree "
        "in German terms (Zeugnisbewertung). This is not a recognition, but it helps with "
        "job applications."
    ),
    c.Procedure.QUALIFICATION_ANALYSIS: N_(
        "If documents are missing, you can show your skills in practice, for example with "
        "work samples (Qualifikationsanalyse)."
    ),
    c.Procedure.VALIDATION: N_(
        "Your work experience is assessed against a German vocational qualification, "
        "even without a formal certificate (Feststellungsverfahren)."
    ),
}
OUTCOMES_REGULATED = N_(
    "Possible results: full equivalence (volle Gleichwertigkeit) — you may work in the "
    "occupation; a compensation measure (Ausgleichsmaßnahme) such as an adaptation course "
    "(Anpassungslehrgang) or an aptitude or knowledge test (Eignungs- oder Kenntnisprüfung) "
    "to make up for substantial differences; or a rejection (Ablehnungsbescheid)."
)
OUTCOMES_NOT_REGULATED = N_(
    "Possible results: full equivalence (volle Gleichwertigkeit); partial equivalence "
    "(teilweise Gleichwertigkeit) — the notice names what is missing and you can close the "
    "gaps with a qualification; or no equivalence."
)
OUTCOMES_ZAB = N_(
    "Possible results: a statement of comparability (Zeugnisbewertung) or a rejection."
)
DOCUMENT_HINTS = N_(
    "Send copies, not originals. Translations must be made by a publicly appointed or sworn "
    "translator (öffentlich bestellte oder beeidigte Übersetzer*innen). The authority may "
    "ask for certified copies (beglaubigte Kopien)."
)
SELF_ASSESSMENT = N_(
    "This profile is a self-assessment that you made together with your counsellor. It is "
    "not a certificate and not a recognition."
)


def _title(qualification: Qualification) -> Text:
    """The German title, with the original title as the client-side part."""
    german = qualification.title_german or qualification.title_original or ""
    original = qualification.title_original or ""
    return Text(german, original if original != german else "")


def situation(t: Bilingual, client: Client) -> Section:
    """Qualifications, work experience, German skills and the goal."""
    blocks: list[Block] = []
    for qualification in client.qualifications:
        experience = t.code(parse_code(c.WorkExperience, qualification.work_experience))
        years = qualification.work_experience_years
        if years:
            experience = experience.join(
                t.ngettext(
                    "{count} year in this occupation", "{count} years in this occupation", years
                ),
                " · ",
            )
        blocks.append(Heading(_title(qualification)))
        blocks.append(
            Fields(
                (
                    Field(
                        t(N_("Title in the original language")),
                        Text.typed(qualification.title_original),
                    ),
                    Field(
                        t(N_("German translation of the title")),
                        Text.typed(qualification.title_german),
                    ),
                    Field(
                        t(N_("Type of qualification (Abschlussart)")),
                        t.code(parse_code(c.QualificationType, qualification.qualification_type)),
                    ),
                    Field(t(N_("Country where it was obtained")), t.country(qualification.country)),
                    Field(t(N_("Year of completion")), Text.typed(_str(qualification.year))),
                    Field(t(N_("Work experience (Berufserfahrung)")), experience),
                )
            )
        )
    if not client.qualifications:
        blocks.append(Paragraph(t(N_("No foreign qualification has been recorded."))))
    german = t.code(parse_code(c.GermanCertificate, client.german_certificate))
    if client.german_certificate_name:
        german = german.join(Text.typed(client.german_certificate_name), " · ")
    blocks.append(
        Fields(
            (
                Field(t(N_("German language certificate")), german),
                Field(t(N_("Goal")), Text.typed(client.goal)),
                Field(t(N_("Target occupation")), Text.typed(client.goal_occupation)),
            )
        )
    )
    return Section("situation", t(H_SITUATION), tuple(blocks))


def _costs(t: Bilingual, recognition: Recognition) -> Text:
    amounts = [
        (N_("fees {amount}"), recognition.cost_fees),
        (N_("translations {amount}"), recognition.cost_translation),
        (N_("certified copies {amount}"), recognition.cost_certification),
    ]
    recorded = [(msgid, value) for msgid, value in amounts if value]
    if not recorded:
        general = facts.for_procedure(parse_code(c.Procedure, recognition.procedure))
        return t(general.cost).join(t(N_("(general information)"))) if general else Text("")
    items = [t(msgid, amount=t.money_value(value)) for msgid, value in recorded]
    if len(recorded) > 1:
        total = sum(value for _msgid, value in recorded)
        items.append(t(N_("total about {amount}"), amount=t.money_value(total)))
    return t.listing(items)


def _duration(t: Bilingual, recognition: Recognition) -> Text:
    procedure = parse_code(c.Procedure, recognition.procedure)
    general = facts.for_procedure(procedure)
    if recognition.decision_on:
        return t(N_("Decision (Bescheid) on {date}"), date=t.date_value(recognition.decision_on))
    if general is None:
        return Text("")
    text = t(general.duration)
    if recognition.complete_on and general is facts.EQUIVALENCE:
        expected = _add_months(recognition.complete_on, facts.DECISION_MONTHS)
        text = text.join(
            t(
                N_(
                    "Documents complete on {complete}: a decision can be expected by about "
                    "{expected}."
                ),
                complete=t.date_value(recognition.complete_on),
                expected=t.date_value(expected),
            )
        )
    return text


def _outcomes(t: Bilingual, regulated: c.Regulated | None, procedure: c.Procedure | None) -> Text:
    if procedure is c.Procedure.ZAB:
        return t(OUTCOMES_ZAB)
    if procedure not in (c.Procedure.GWP, c.Procedure.APPROBATION, c.Procedure.GWP_ZAB):
        return Text("")
    if regulated is c.Regulated.YES:
        return t(OUTCOMES_REGULATED)
    if regulated is c.Regulated.NO:
        return t(OUTCOMES_NOT_REGULATED)
    return Text("")


def recognition(t: Bilingual, client: Client) -> Section | None:
    """Per qualification: Referenzberuf, regulation, authority, procedure, time, cost, outcomes."""
    blocks: list[Block] = []
    for qualification in client.qualifications:
        regulated = parse_code(c.Regulated, qualification.regulated)
        if not (qualification.reference_occupation or regulated or qualification.recognitions):
            continue
        blocks.append(Heading(_title(qualification)))
        blocks.append(
            Fields(
                (
                    Field(
                        t(N_("Reference occupation (Referenzberuf)")),
                        Text.typed(qualification.reference_occupation),
                    ),
                    Field(t(N_("Regulated profession")), t.code(regulated)),
                )
            )
        )
        if regulated in REGULATED_MEANS:
            blocks.append(Paragraph(t(REGULATED_MEANS[regulated])))
        for record in qualification.recognitions:
            blocks.extend(_procedure(t, record, regulated))
    if not blocks:
        return None
    provenance = facts.provenance()
    blocks.append(
        Paragraph(
            t(
                N_(
                    "General information on duration and costs: {source}, as of {as_of}. The "
                    "competent authority tells you the binding amounts."
                ),
                source=provenance.source,
                as_of=provenance.as_of,
            ),
            "small",
        )
    )
    return Section("recognition", t(H_RECOGNITION), tuple(blocks))


def _procedure(t: Bilingual, record: Recognition, regulated: c.Regulated | None) -> list[Block]:
    procedure = parse_code(c.Procedure, record.procedure)
    authority = "\n".join(
        p for p in (record.authority_name, record.authority_address, record.authority_contact) if p
    )
    funding = [m for m in (parse_code(c.Funding, f) for f in record.funding or []) if m]
    rows = [
        Field(t(N_("Procedure (Verfahren)")), t.code(procedure)),
        Field(t(N_("Competent authority (zuständige Stelle)")), Text.typed(authority)),
        Field(
            t(N_("Federal state of the workplace")),
            t.code(parse_code(c.Bundesland, record.work_bundesland)),
        ),
        Field(t(N_("Expected duration")), _duration(t, record)),
        Field(t(N_("Costs")), _costs(t, record)),
        Field(t(N_("Funding of costs")), t.codes(funding)),
    ]
    result = parse_code(c.GwpResult, record.result_gwp)
    if result not in (None, c.GwpResult.PENDING, c.GwpResult.NA):
        rows.append(Field(t(N_("Result of the equivalence assessment")), t.code(result)))
    zab = parse_code(c.ZabResult, record.result_zab)
    if zab not in (None, c.ZabResult.PENDING, c.ZabResult.NA):
        rows.append(Field(t(N_("Result of the ZAB statement")), t.code(zab)))
    measure = parse_code(c.CompensationMeasure, record.compensation_measure)
    if measure not in (None, c.CompensationMeasure.NONE, c.CompensationMeasure.NA):
        rows.append(Field(t(N_("Compensation measure (Ausgleichsmaßnahme)")), t.code(measure)))
    rows.append(
        Field(t(N_("Substantial differences found")), Text.typed(record.substantial_differences))
    )
    blocks: list[Block] = [Fields(tuple(rows))]
    if procedure in PROCEDURE_MEANS:
        blocks.append(Paragraph(t(PROCEDURE_MEANS[procedure])))
    outcomes = _outcomes(t, regulated, procedure)
    if outcomes:
        blocks.append(Paragraph(outcomes))
    return blocks


def documents(t: Bilingual, client: Client) -> Section | None:
    """The document checklist of every procedure, with status and notes."""
    rows: list[tuple[Text, ...]] = []
    for qualification in client.qualifications:
        for record in qualification.recognitions:
            for document in record.documents:
                kind = parse_code(c.DocumentKind, document.kind)
                name = t.code(kind) if kind and kind is not c.DocumentKind.OTHER else Text("")
                if document.label:
                    name = (
                        name.join(Text.typed(document.label), ": ")
                        if name
                        else Text.typed(document.label)
                    )
                if not name:
                    name = t.code(kind)
                rows.append(
                    (
                        name,
                        t.code(parse_code(c.DocumentStatus, document.status)),
                        Text.typed(document.note),
                    )
                )
    if not rows:
        return None
    table = Table((t(N_("Document")), t(N_("Status")), t(N_("Note"))), tuple(rows), (3.2, 1.6, 2.2))
    return Section("documents", t(H_DOCUMENTS), (table, Paragraph(t(DOCUMENT_HINTS), "small")))


def steps(t: Bilingual, client: Client, contact: Contact) -> Section:
    """The next steps agreed in this contact: what, who, by when, status."""
    rows = []
    for step in client.plan_steps:
        if step.contact_id != contact.id:
            continue
        who = t.code(parse_code(c.StepOwner, step.owner))
        if step.owner_text:
            who = (
                who.join(Text.typed(step.owner_text), ": ") if who else Text.typed(step.owner_text)
            )
        rows.append(
            (
                Text.typed(step.what),
                who,
                t.date(step.due_on),
                t.code(parse_code(c.StepStatus, step.status)),
            )
        )
    table = Table(
        (t(N_("What")), t(N_("Who")), t(N_("By when")), t(N_("Status"))),
        tuple(rows),
        (3.4, 1.8, 1.4, 1.0),
        empty=t(N_("No next steps were agreed in this counselling.")),
    )
    return Section("steps", t(H_STEPS), (table,))


def referrals(t: Bilingual, client: Client, contact: Contact) -> Section | None:
    """Where the client was referred, why, and how to reach them."""
    rows = []
    for referral in client.referrals:
        if referral.contact_id != contact.id:
            continue
        organisation = "\n".join(p for p in (referral.organisation, referral.contact_info) if p)
        rows.append(
            (
                t.code(parse_code(c.ReferralTarget, referral.target)),
                Text.typed(organisation),
                Text.typed(referral.purpose),
            )
        )
    if not rows:
        return None
    table = Table(
        (t(N_("Referral to")), t(N_("Organisation and contact")), t(N_("Purpose"))),
        tuple(rows),
        (2.0, 2.4, 2.4),
    )
    return Section("referrals", t(H_REFERRALS), (table,))


def competences(t: Bilingual, client: Client, contact: Contact) -> Section | None:
    """The self-assessment of this contact, clearly marked as not being a certificate."""
    assessments = [a for a in client.assessments if a.contact_id == contact.id]
    if not assessments:
        return None
    blocks: list[Block] = [Paragraph(t(SELF_ASSESSMENT), "notice")]
    languages: list[tuple[Text, ...]] = []
    items: list[tuple[Text, ...]] = []
    for assessment in assessments:
        if assessment.strengths:
            blocks.append(Paragraph(Text.typed(assessment.strengths)))
        for skill in assessment.language_skills:
            languages.append(
                (
                    t.language_name(skill.language),
                    t.code(parse_code(c.Skill, skill.skill)),
                    t.code(parse_code(c.CefrLevel, skill.level)),
                )
            )
        for item in assessment.competence_items:
            items.append(
                (
                    t.code(parse_code(c.CompetenceArea, item.area)),
                    Text.typed(item.label),
                    t.code(parse_code(c.Rating, item.self_rating)),
                )
            )
    if languages:
        blocks.append(
            Table(
                (t(N_("Language")), t(N_("Skill")), t(N_("Level"))), tuple(languages), (2, 2.4, 1)
            )
        )
    if items:
        blocks.append(
            Table(
                (t(N_("Competence area")), t(N_("Competence")), t(N_("Self-rating"))),
                tuple(items),
                (2, 2.6, 2),
            )
        )
    return Section("competences", t(H_COMPETENCES), tuple(blocks))


def _str(value: object) -> str:
    return "" if value is None else str(value)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


__all__: Sequence[str] = [
    "competences",
    "documents",
    "recognition",
    "referrals",
    "situation",
    "steps",
]
