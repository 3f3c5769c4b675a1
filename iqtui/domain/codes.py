"""Code lists of IQ counselling documentation.

Every enumeration has a stable code (the enum value, stored in the database and the
exchange format) and an English label marked for translation; the German labels the
programme uses are in the ``de`` catalog. Where IQ records "keine Angabe" the list has
``NA``. ``niq`` carries the NIQ database code where one is known, for a later export.

Letters A–G refer to the code lists in ``shared/domain/iq-counselling-data.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, Self, TypeVar

from iqtui.i18n import N_, _, gettext_in

_TITLES: dict[type, str] = {}
_C = TypeVar("_C", bound=type)


def titled(title: str) -> Callable[[_C], _C]:
    """Give a code list its (translatable) name, e.g. for form labels and help."""

    def register(cls: _C) -> _C:
        _TITLES[cls] = title
        return cls

    return register


class CodeList(StrEnum):
    """Base of all code lists: ``Member = "code", N_("label"), niq_code``."""

    msgid: str
    niq: int | None

    def __new__(cls, value: str, msgid: str = "", niq: int | None = None) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.msgid = msgid or value
        member.niq = niq
        return member

    def label(self) -> str:
        """The label in the current UI language."""
        return _(self.msgid)

    def label_in(self, language: str) -> str:
        """The label in ``language`` (e.g. the client's language on the protocol)."""
        return gettext_in(language, self.msgid)

    @classmethod
    def parse(cls, value: Any) -> Self:
        """The member for a stored code; raises ``ValueError`` for unknown codes."""
        return cls(str(value))

    @classmethod
    def title(cls) -> str:
        """The translated name of this code list."""
        title = _TITLES.get(cls)
        return _(title) if title else cls.__name__


NA_LABEL = N_("no answer")


@titled(N_("Yes / no"))
class YesNo(CodeList):
    YES = "yes", N_("yes")
    NO = "no", N_("no")
    NA = "na", NA_LABEL


@titled(N_("Gender"))
class Gender(CodeList):
    MALE = "m", N_("male"), 0
    FEMALE = "f", N_("female"), 1
    DIVERSE = "d", N_("diverse"), 2
    NA = "na", NA_LABEL, -1


@titled(N_("Place of residence"))
class Residence(CodeList):
    GERMANY = "de", N_("in Germany")
    ABROAD = "abroad", N_("abroad")
    NA = "na", NA_LABEL


@titled(N_("Federal state (Bundesland)"))
class Bundesland(CodeList):
    """The 16 Länder; ``niq`` is the official Länderschlüssel."""

    BW = "BW", N_("Baden-Württemberg"), 8
    BY = "BY", N_("Bavaria"), 9
    BE = "BE", N_("Berlin"), 11
    BB = "BB", N_("Brandenburg"), 12
    HB = "HB", N_("Bremen"), 4
    HH = "HH", N_("Hamburg"), 2
    HE = "HE", N_("Hesse"), 6
    MV = "MV", N_("Mecklenburg-Western Pomerania"), 13
    NI = "NI", N_("Lower Saxony"), 3
    NW = "NW", N_("North Rhine-Westphalia"), 5
    RP = "RP", N_("Rhineland-Palatinate"), 7
    SL = "SL", N_("Saarland"), 10
    SN = "SN", N_("Saxony"), 14
    ST = "ST", N_("Saxony-Anhalt"), 15
    SH = "SH", N_("Schleswig-Holstein"), 1
    TH = "TH", N_("Thuringia"), 16


@titled(N_("Residence status (Aufenthaltsstatus)"))
class ResidenceStatus(CodeList):
    """A — Aufenthaltsstatus, with current legal references."""

    NA = "na", NA_LABEL, -1
    JOB_SEARCH = (
        "job_search_20",
        N_("Residence permit to look for work as a skilled worker (§ 20 AufenthG)"),
        5,
    )
    EU_LONG_TERM = (
        "eu_long_term_38a",
        N_("EU long-term residence of another member state (§ 38a AufenthG)"),
        10,
    )
    ASYLUM_PROCEDURE = (
        "asylum_55",
        N_("Permission to stay during the asylum procedure (Aufenthaltsgestattung, § 55 AsylG)"),
        11,
    )
    FAMILY = "family_27_36", N_("Family reasons (§§ 27–36 AufenthG)"), 7
    HUMANITARIAN = (
        "humanitarian_22_26",
        N_("International-law, humanitarian or political reasons (§§ 22–26, 104a/b AufenthG)"),
        6,
    )
    TEMPORARY_PROTECTION = (
        "temporary_protection_24",
        N_("Temporary protection (§ 24 AufenthG, e.g. from Ukraine)"),
        6,
    )
    EDUCATION = "education_16_17", N_("Education or training (§§ 16–17 AufenthG)"), 3
    EMPLOYMENT = (
        "employment_18_21",
        N_("Employment (§§ 18, 18a, 18b, 19b, 19d, 20, 21 AufenthG)"),
        4,
    )
    RECOGNITION = (
        "recognition_16d",
        N_("Recognition measures: adaptation or knowledge test (§ 16d AufenthG)"),
        8,
    )
    BLUE_CARD = "blue_card_18g", N_("EU Blue Card (§ 18g AufenthG)"), 1
    TOLERATION = "toleration_60a", N_("Toleration (Duldung, § 60a AufenthG)"), 12
    SETTLEMENT_SKILLED = (
        "settlement_skilled_18c",
        N_("Settlement permit for skilled workers (§ 18c AufenthG)"),
        -1,
    )
    SETTLEMENT = "settlement_9", N_("Settlement permit (Niederlassungserlaubnis, § 9 AufenthG)"), 9
    EU_FREE_MOVEMENT = "eu_free_movement", N_("EU/EEA/Swiss citizen (freedom of movement)"), 20
    ABROAD = "abroad_no_permit", N_("No residence permit, as living abroad"), 19
    FIKTION = "fiktion", N_("Provisional certificate (Fiktionsbescheinigung)"), -1
    OTHER = "other", N_("Other (see note)"), -1


@titled(N_("Special status"))
class SpecialStatus(CodeList):
    AFGHAN_LOCAL_STAFF = "afghan_local_staff", N_("Local staff from Afghanistan (Ortskraft)")
    UKRAINE_REFUGEE = "ukraine_refugee", N_("Fled from Ukraine")


@titled(N_("CEFR level"))
class CefrLevel(CodeList):
    """Levels of the Common European Framework of Reference (GER)."""

    A1 = "A1", N_("A1")
    A2 = "A2", N_("A2")
    B1 = "B1", N_("B1")
    B2 = "B2", N_("B2")
    C1 = "C1", N_("C1")
    C2 = "C2", N_("C2")


@titled(N_("German certificate"))
class GermanCertificate(CodeList):
    NONE = "none", N_("no certificate")
    A1 = "A1", N_("A1")
    A2 = "A2", N_("A2")
    B1 = "B1", N_("B1")
    B2 = "B2", N_("B2")
    C1 = "C1", N_("C1")
    C2 = "C2", N_("C2")
    NA = "na", NA_LABEL


@titled(N_("Skill"))
class Skill(CodeList):
    """The five skills of the CEFR self-assessment grid."""

    LISTENING = "listening", N_("Listening")
    READING = "reading", N_("Reading")
    SPOKEN_INTERACTION = "spoken_interaction", N_("Spoken interaction")
    SPOKEN_PRODUCTION = "spoken_production", N_("Spoken production")
    WRITING = "writing", N_("Writing")


@titled(N_("Employment status (Erwerbsstatus)"))
class EmploymentStatus(CodeList):
    """B — Erwerbsstatus."""

    EMPLOYED = "employed", N_("employed, paying social insurance (sozialversicherungspflichtig)")
    MARGINAL = "marginal", N_("marginally employed (Minijob)")
    SELF_EMPLOYED = "self_employed", N_("self-employed")
    IN_TRAINING = "in_training", N_("in education, training or qualification")
    NOT_EMPLOYED = "not_employed", N_("not employed")
    EMPLOYED_ABROAD = "employed_abroad", N_("employed abroad")
    NOT_EMPLOYED_ABROAD = "not_employed_abroad", N_("not employed, abroad")
    OTHER = "other", N_("other")
    NA = "na", NA_LABEL


@titled(N_("Benefits (Leistungsbezug)"))
class BenefitType(CodeList):
    """C — Leistungsbezug (which benefits, when the client receives any)."""

    SGB2 = "sgb2", N_("(supplementary) SGB II (Bürgergeld)")
    SGB3 = "sgb3", N_("SGB III (unemployment benefit, Arbeitslosengeld)")
    SGB3_SGB2 = "sgb3_sgb2", N_("SGB III and SGB II")
    ASYLBLG = "asylblg", N_("(supplementary) AsylbLG")
    NA = "na", NA_LABEL


@titled(N_("How did you find us? (Zugangsweg)"))
class AccessRoute(CodeList):
    """D — Zugangsweg ("How did you find us?")."""

    AGENCY_JOBCENTER = "agency_jobcenter", N_("Employment agency or Jobcenter")
    EMPLOYER = "employer", N_("Employers or companies")
    FOREIGNERS_AUTHORITY = "foreigners_authority", N_("Foreigners authority (Ausländerbehörde)")
    EDUCATION_PROVIDER = "education_provider", N_("Education provider")
    VOLUNTEERS = "volunteers", N_("Volunteers")
    OWN_PUBLICITY = "own_publicity", N_("Our own publicity (website, flyer, information event)")
    OUTREACH_EVENT = "outreach_event", N_("Outreach event or mobile information stand")
    IQ_EXTERNAL_PUBLICITY = (
        "iq_external",
        N_("IQ publicity (internet, press, recognition portal, social media)"),
    )
    IQ_INTERNAL = "iq_internal", N_("Referred within the IQ network")
    EXTERNAL_COUNSELLING = (
        "external_counselling",
        N_("Other counselling service (MBE, JMD, migrant organisation, hotline)"),
    )
    PERSONAL_RECOMMENDATION = "personal_recommendation", N_("Personal recommendation")
    COMPETENT_AUTHORITY = "competent_authority", N_("Competent authority (zuständige Stelle)")
    ZSBA = "zsba", N_("Central Service Point for Professional Recognition (ZSBA)")
    OTHER = "other", N_("other")
    NA = "na", NA_LABEL


@titled(N_("Who initiated the contact"))
class InitiatedBy(CodeList):
    SELF = "self", N_("the client themselves")
    SOCIAL_ENVIRONMENT = "social_environment", N_("family, friends or supporters")
    AGENCY_JOBCENTER = "agency_jobcenter", N_("Employment agency or Jobcenter")
    OTHER = "other", N_("other")
    NA = "na", NA_LABEL


@titled(N_("Preferred form of counselling"))
class PreferredFormat(CodeList):
    IN_PERSON = "in_person", N_("in person")
    PHONE = "phone", N_("by phone")
    EMAIL = "email", N_("by e-mail")
    VIDEO = "video", N_("by video")
    NA = "na", NA_LABEL


@titled(N_("Type of qualification (Abschlussart)"))
class QualificationType(CodeList):
    """E — Abschlussart (bands since 07/2024)."""

    VOCATIONAL = (
        "vocational",
        N_("Vocational training (apprenticeship, vocational school, other school-based training)"),
    )
    BACHELOR = (
        "bachelor",
        N_(
            "Bachelor, university of applied sciences diploma, master craftsman (Meister) or equivalent"
        ),
    )
    MASTER = "master", N_("Master's degree or university diploma")
    DOCTORATE = "doctorate", N_("Doctorate")
    NONE = "none", N_("(not yet) completed vocational training")
    NA = "na", NA_LABEL


@titled(N_("Work experience (Berufserfahrung)"))
class WorkExperience(CodeList):
    ABROAD = "abroad", N_("yes, abroad")
    GERMANY = "germany", N_("yes, in Germany")
    BOTH = "both", N_("yes, abroad and in Germany")
    NONE = "none", N_("no")
    NA = "na", NA_LABEL


@titled(N_("Original documents available"))
class DocumentsAvailable(CodeList):
    YES = "yes", N_("yes")
    PARTLY = "partly", N_("partly")
    NO = "no", N_("no")
    NA = "na", NA_LABEL


@titled(N_("Regulated profession (reglementiert)"))
class Regulated(CodeList):
    YES = "yes", N_("regulated")
    NO = "no", N_("not regulated")
    DEPENDS = "depends", N_("depends on the federal state")
    UNKNOWN = "unknown", N_("not yet known")


@titled(N_("Legal basis (Rechtsgrundlage)"))
class LegalBasis(CodeList):
    FEDERAL = "federal", N_("Federal law (BQFG or a specialised law)")
    STATE = "state", N_("State law (Landesrecht)")
    UNIVERSITY = "university", N_("Higher education (ZAB)")
    NA = "na", NA_LABEL


@titled(N_("Application before counselling"))
class EarlierApplication(CodeList):
    NONE = "none", N_("no application")
    GWP = "gwp", N_("equivalence assessment (Gleichwertigkeitsprüfung)")
    ZAB = "zab", N_("statement of comparability (ZAB)")
    GWP_ZAB = "gwp_zab", N_("both")
    NA = "na", NA_LABEL


@titled(N_("Procedure (Verfahren)"))
class Procedure(CodeList):
    """The kind of recognition procedure (Verfahrensart)."""

    GWP = "gwp", N_("Equivalence assessment (Gleichwertigkeitsprüfung)")
    APPROBATION = "approbation", N_("Licence to practise (Approbation / Berufserlaubnis)")
    ZAB = "zab", N_("Statement of comparability (Zeugnisbewertung, ZAB)")
    GWP_ZAB = "gwp_zab", N_("Equivalence assessment and ZAB statement")
    QUALIFICATION_ANALYSIS = (
        "qualification_analysis",
        N_("Qualification analysis (Qualifikationsanalyse, § 14 BQFG / § 50b HwO)"),
    )
    VALIDATION = "validation", N_("Validation procedure (Feststellungsverfahren, § 1 (6) BBiG)")
    SCHOOL = "school", N_("Recognition of a school certificate (schulische Anerkennung)")
    OTHER = "other", N_("other procedure")


@titled(N_("Result of the equivalence assessment"))
class GwpResult(CodeList):
    """F — Ergebnis der Gleichwertigkeitsprüfung."""

    PENDING = "pending", N_("not finished yet / outcome unknown")
    FULL = "full", N_("full equivalence (volle Gleichwertigkeit)")
    COMPENSATION = (
        "compensation",
        N_("compensation measure required (Ausgleichsmaßnahme, regulated profession)"),
    )
    PARTIAL = (
        "partial",
        N_("partial equivalence (teilweise Gleichwertigkeit, non-regulated profession)"),
    )
    NONE = "none", N_("no equivalence (Ablehnungsbescheid)")
    NA = "na", NA_LABEL


@titled(N_("Result of the ZAB statement"))
class ZabResult(CodeList):
    """G — Ergebnis der ZAB-Zeugnisbewertung."""

    PENDING = "pending", N_("outcome unknown")
    POSITIVE = "positive", N_("positive statement of comparability")
    REJECTED = "rejected", N_("rejected")
    NA = "na", NA_LABEL


@titled(N_("Compensation measure (Ausgleichsmaßnahme)"))
class CompensationMeasure(CodeList):
    NONE = "none", N_("none")
    ADAPTATION_COURSE = "adaptation_course", N_("adaptation course (Anpassungslehrgang)")
    KNOWLEDGE_TEST = "knowledge_test", N_("knowledge test (Kenntnisprüfung)")
    APTITUDE_TEST = "aptitude_test", N_("aptitude test (Eignungsprüfung)")
    NA = "na", NA_LABEL


@titled(N_("Legal remedy (Rechtsbehelf)"))
class LegalRemedy(CodeList):
    NONE = "none", N_("none")
    OBJECTION = "objection", N_("objection (Widerspruch)")
    LAWSUIT = "lawsuit", N_("lawsuit (Klage)")


@titled(N_("Funding of costs"))
class Funding(CodeList):
    SELF = "self", N_("pays themselves")
    AGENCY = "agency", N_("Employment agency (Agentur für Arbeit)")
    JOBCENTER = "jobcenter", N_("Jobcenter")
    RECOGNITION_GRANT = "recognition_grant", N_("recognition grant (Anerkennungszuschuss)")
    STATE_PROGRAMME = "state_programme", N_("programme of the federal state (Landesprogramm)")
    EMPLOYER = "employer", N_("employer")
    OTHER = "other", N_("other")


@titled(N_("Document"))
class DocumentKind(CodeList):
    """Documents for a recognition application (BQFG § 12 and common extras)."""

    CV = "cv", N_("Tabular overview of training and employment, in German (Lebenslauf)")
    IDENTITY = "identity", N_("Proof of identity (passport or ID card)")
    CERTIFICATES = (
        "certificates",
        N_("Foreign training certificates, with subjects, grades and hours"),
    )
    WORK_EXPERIENCE = "work_experience", N_("Proof of relevant work experience")
    LICENCE_ABROAD = "licence_abroad", N_("Licence to practise in the country of training")
    NO_EARLIER_APPLICATION = (
        "no_earlier_application",
        N_("Declaration that no application has been made before"),
    )
    INTENTION_TO_WORK = "intention_to_work", N_("Proof of the intention to work in Germany")
    NAME_CHANGE = "name_change", N_("Proof of a change of name (e.g. marriage certificate)")
    RESIDENCE_PERMIT = "residence_permit", N_("Residence permit")
    APPLICATION_FORM = "application_form", N_("Application form of the competent authority")
    DIPLOMA_SUPPLEMENT = "diploma_supplement", N_("Diploma supplement")
    SCHOOL_LEAVING = "school_leaving", N_("School-leaving certificate")
    BIRTH_CERTIFICATE = "birth_certificate", N_("Birth certificate")
    LANGUAGE_CERTIFICATE = "language_certificate", N_("German language certificate")
    MEDICAL_CERTIFICATE = "medical_certificate", N_("Medical certificate of fitness")
    CERTIFICATE_OF_CONDUCT = (
        "certificate_of_conduct",
        N_("Certificate of good conduct (Führungszeugnis)"),
    )
    TRANSCRIPT = "transcript", N_("Transcript of subjects and grades (Fächer- und Notenübersicht)")
    GOOD_STANDING = (
        "good_standing",
        N_(
            "Certificate of good standing from the country of practice (Unbedenklichkeitsbescheinigung)"
        ),
    )
    PROCEEDINGS_DECLARATION = (
        "proceedings_declaration",
        N_("Declaration on pending criminal or professional proceedings"),
    )
    MISSING_DOCUMENTS = (
        "missing_documents",
        N_("Statement why documents cannot be provided"),
    )
    OTHER = "other", N_("other document")


@titled(N_("Document status"))
class DocumentStatus(CodeList):
    AVAILABLE = "available", N_("available")
    MISSING = "missing", N_("missing")
    TO_OBTAIN = "to_obtain", N_("to be obtained")
    TRANSLATION_NEEDED = "translation_needed", N_("translation needed")
    TRANSLATED = "translated", N_("translated")
    CERTIFIED = "certified", N_("certified copy made (beglaubigt)")
    SUBMITTED = "submitted", N_("submitted")


@titled(N_("Instrument"))
class AssessmentInstrument(CodeList):
    COMPETENCE_CARDS = "competence_cards", N_("competence cards")
    PROFILPASS = "profilpass", N_("ProfilPASS")
    CEFR_SELF = "cefr_self", N_("CEFR self-assessment")
    MYSKILLS = "myskills", N_("MYSKILLS (test at the employment agency)")
    QUALIFICATION_ANALYSIS = (
        "qualification_analysis",
        N_("qualification analysis (Qualifikationsanalyse)"),
    )
    VALIDATION = "validation", N_("validation procedure (Feststellungsverfahren)")
    OTHER = "other", N_("other")


@titled(N_("Competence area"))
class CompetenceArea(CodeList):
    SOCIAL = "social", N_("Social competence")
    PERSONAL = "personal", N_("Personal competence")
    SUBJECT_METHOD = "subject_method", N_("Subject and method competence")
    INTEREST = "interest", N_("Interests")


@titled(N_("Rating"))
class Rating(CodeList):
    """Self-rating of a competence item, 0–3."""

    NOT_YET = "0", N_("0 – not yet")
    WITH_SUPPORT = "1", N_("1 – with support")
    INDEPENDENTLY = "2", N_("2 – independently")
    CAN_TEACH = "3", N_("3 – can show or explain it to others")


@titled(N_("Phase of the IQ process chain"))
class Phase(CodeList):
    """The five phases of the IQ process chain (Prozesskette)."""

    ACCESS = "1", N_("1 Access and information")
    ORIENTATION = "2", N_("2 Orientation and planning")
    QUALIFICATION = "3", N_("3 Implementation and qualification")
    ENTRY = "4", N_("4 Entry into work")
    SECURING = "5", N_("5 Securing and developing work")


@titled(N_("Who"))
class StepOwner(CodeList):
    CLIENT = "client", N_("client")
    COUNSELLOR = "counsellor", N_("counsellor")
    BOTH = "both", N_("client and counsellor")
    OTHER = "other", N_("another body")


@titled(N_("Status"))
class StepStatus(CodeList):
    OPEN = "open", N_("open")
    DONE = "done", N_("done")
    POSTPONED = "postponed", N_("postponed")
    DROPPED = "dropped", N_("dropped")


@titled(N_("Referral to"))
class ReferralTarget(CodeList):
    COMPETENT_AUTHORITY = "competent_authority", N_("Competent authority (zuständige Stelle)")
    ZAB = "zab", N_("Central Office for Foreign Education (ZAB)")
    AGENCY_JOBCENTER = "agency_jobcenter", N_("Employment agency or Jobcenter")
    IQ_QUALIFICATION = (
        "iq_qualification",
        N_("IQ qualification (adaptation, exam preparation, bridging course)"),
    )
    JOB_GERMAN = "job_german", N_("Job-related German course (Berufssprachkurs)")
    INTEGRATION_COURSE = "integration_course", N_("Integration course")
    MBE_JMD = "mbe_jmd", N_("Migration counselling (MBE / JMD)")
    FOREIGNERS_AUTHORITY = "foreigners_authority", N_("Foreigners authority (Ausländerbehörde)")
    FAIR_INTEGRATION = "fair_integration", N_("Faire Integration (labour rights counselling)")
    ZSBA = "zsba", N_("Central Service Point for Professional Recognition (ZSBA)")
    UNIVERSITY = "university", N_("University")
    TRANSLATION = "translation", N_("Certified translator")
    EMPLOYER = "employer", N_("Employer")
    OTHER = "other", N_("other")


@titled(N_("Kind of contact"))
class ContactKind(CodeList):
    FIRST = "first", N_("First counselling (Erstberatung)")
    FOLLOW_UP = "follow_up", N_("Follow-up contact (Folgekontakt)")
    GROUP = "group", N_("Group counselling (Gruppenberatung)")


@titled(N_("Form of counselling (Beratungsform)"))
class ContactFormat(CodeList):
    """Beratungsform; ``MOBILE`` is the value for outreach events."""

    ON_SITE = "on_site", N_("in person at our own premises")
    MOBILE = "mobile", N_("in person outside our own premises (mobile)")
    PHONE = "phone", N_("by phone")
    DIGITAL = "digital", N_("digital (e-mail, messenger, social media, video)")
    NA = "na", NA_LABEL


@titled(N_("Status of the contact"))
class ContactStatus(CodeList):
    OPEN = "open", N_("open")
    FINALISED = "finalised", N_("completed (abgeschlossen)")


@titled(N_("Topics"))
class Topic(CodeList):
    """NIQ counselling topics; codes start with the group (``rec_`` / ``qual_``)."""

    REC_OPTIONS = "rec_options", N_("Options for recognition")
    REC_RESIDENCE = "rec_residence", N_("Residence-law options in connection with recognition")
    REC_APPLICATION = "rec_application", N_("Support with the application")
    REC_FUNDING_SGB = "rec_funding_sgb", N_("Referral to funding under SGB II/III")
    REC_SUBSIDIARY = "rec_subsidiary", N_("Subsidiary funding (e.g. recognition grant)")
    REC_ALTERNATIVES = "rec_alternatives", N_("Alternatives to occupational recognition")
    REC_OTHER = "rec_other", N_("Other topics of the recognition procedure")
    QUAL_OPTIONS = "qual_options", N_("Options for qualification")
    QUAL_RESIDENCE = "qual_residence", N_("Residence-law options in connection with qualification")
    QUAL_FUNDING_SGB = (
        "qual_funding_sgb",
        N_("Referral to funding under SGB II/III (qualification)"),
    )
    QUAL_SUBSIDIARY = "qual_subsidiary", N_("Subsidiary funding (e.g. individual budget)")
    QUAL_RECOGNITION_ACT = (
        "qual_recognition_act",
        N_("Referral to qualification under the Recognition Act"),
    )
    QUAL_ALTERNATIVES = (
        "qual_alternatives",
        N_("Alternatives to occupational recognition (qualification)"),
    )
    QUAL_OTHER = "qual_other", N_("Other topics of qualification")
    SCHOOL_CERTIFICATE = "school_certificate", N_("Counselling on a school-leaving certificate")

    @property
    def group(self) -> str:
        """``recognition``, ``qualification`` or ``other``."""
        if self.value.startswith("rec_"):
            return "recognition"
        if self.value.startswith("qual_"):
            return "qualification"
        return "other"


@titled(N_("Purpose of consent"))
class ConsentPurpose(CodeList):
    PROCESSING = "processing", N_("Processing my data to deal with my request")
    PASS_TO_AUTHORITY = "pass_to_authority", N_("Passing my data to the competent authority")
    THIRD_PERSON = (
        "third_person",
        N_("Involving another person (e.g. Jobcenter counsellor, supporter)"),
    )
    INFO_MAILINGS = (
        "info_mailings",
        N_("Receiving information on qualification offers in my occupation"),
    )

    @property
    def mandatory(self) -> bool:
        """Counselling cannot proceed without this consent."""
        return self is ConsentPurpose.PROCESSING


@titled(N_("How consent was given"))
class ConsentMedium(CodeList):
    SIGNATURE = "signature", N_("signed on paper")
    ON_SCREEN = "on_screen", N_("confirmed on screen")
    ORAL = "oral", N_("orally, with a note on file")
    PHONE = "phone", N_("by phone")
    EMAIL = "email", N_("by e-mail")
    VIDEO = "video", N_("by video")


@titled(N_("Completeness"))
class Ampel(CodeList):
    """The NIQ completeness traffic light."""

    RED = "red", N_("red – required items missing")
    YELLOW = "yellow", N_("yellow – statistics items missing")
    GREEN = "green", N_("green – complete")


@titled(N_("Action"))
class AuditAction(CodeList):
    CREATE = "create", N_("created")
    UPDATE = "update", N_("changed")
    DELETE = "delete", N_("deleted")
    FINALISE = "finalise", N_("completed")
    AMEND = "amend", N_("amended after completion")
    CONSENT = "consent", N_("consent recorded")
    WITHDRAW = "withdraw", N_("consent withdrawn")
    EXPORT = "export", N_("exported")
    IMPORT = "import", N_("imported")
    UNLOCK = "unlock", N_("unlocked")
    FAILED_UNLOCK = "failed_unlock", N_("failed unlock")
    PRINT = "print", N_("protocol created")
