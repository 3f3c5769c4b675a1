"""Code lists that only the bundled reference data uses.

The data files in ``assets/reference/`` name these codes; the loaders check every value
against them, and the labels (translated through the catalogs) are what a screen or the
protocol shows. Code lists that records in the store use live in :mod:`iqtui.domain.codes`.
"""

from __future__ import annotations

from iqtui.domain.codes import CodeList, titled
from iqtui.i18n import N_


@titled(N_("Occupational field"))
class OccupationField(CodeList):
    """The occupational field of a reference occupation; one data file per field."""

    MEDICINE = "medicine", N_("Medicine, dentistry, pharmacy (Heilberufe)")
    HEALTH = "health", N_("Nursing, therapy and health care (Gesundheitsfachberufe)")
    EDUCATION = "education", N_("Teaching and adult education")
    SOCIAL = "social", N_("Social work, childcare and psychology")
    ENGINEERING = "engineering", N_("Engineering, architecture and natural sciences")
    IT = "it", N_("Information technology")
    TRADES = "trades", N_("Skilled crafts (Handwerk)")
    INDUSTRY = "industry", N_("Industry and technology")
    COMMERCE = "commerce", N_("Commerce, office, finance and economics")
    LAW = "law", N_("Law and public administration")
    HOSPITALITY = "hospitality", N_("Hotels, restaurants and cooking")
    LOGISTICS = "logistics", N_("Transport, logistics and security")
    AGRICULTURE = "agriculture", N_("Agriculture, horticulture and animals")
    HUMANITIES = "humanities", N_("Languages, media, arts and social sciences")


@titled(N_("Level of qualification"))
class QualificationLevel(CodeList):
    VOCATIONAL = "vocational", N_("vocational training")
    ADVANCED = "advanced", N_("further vocational training (Meister, Fachschule)")
    ACADEMIC = "academic", N_("university degree")


@titled(N_("KldB 2010 level"))
class KldbLevel(CodeList):
    """How specific a KldB 2010 code is; the level equals the number of digits."""

    BEREICH = "berufsbereich", N_("occupational area (1 digit)")
    HAUPTGRUPPE = "berufshauptgruppe", N_("occupational main group (2 digits)")
    GRUPPE = "berufsgruppe", N_("occupational group (3 digits)")
    UNTERGRUPPE = "berufsuntergruppe", N_("occupational subgroup (4 digits)")
    GATTUNG = "berufsgattung", N_("occupational type (5 digits)")

    @property
    def digits(self) -> int:
        return list(KldbLevel).index(self) + 1


@titled(N_("German language requirement"))
class LanguageRequirement(CodeList):
    """German the competent authority usually asks for before granting the licence."""

    B1 = "b1", N_("German at level B1")
    B2 = "b2", N_("German at level B2")
    C1 = "c1", N_("German at level C1")
    C2 = "c2", N_("German at level C2")
    SPECIALIST_C1 = (
        "fsp_c1",
        N_("Specialist language test at level C1 (Fachsprachprüfung)"),
    )


@titled(N_("Translation"))
class TranslationRule(CodeList):
    """What the authority expects as a translation of a document."""

    NONE = "none", N_("no translation needed (written in German)")
    SWORN = (
        "sworn",
        N_("German translation by a publicly appointed or sworn translator"),
    )
    ON_REQUEST = "on_request", N_("translation only if the authority asks for it")


@titled(N_("Form of the copy"))
class CertificationRule(CodeList):
    """In which form a document is handed in. Originals are never sent."""

    SIGNED = "signed", N_("filled in and signed by yourself")
    COPY = "copy", N_("simple copy or scan")
    CERTIFIED = "certified", N_("certified copy (amtlich beglaubigte Kopie)")
    RECENT_ORIGINAL = (
        "recent_original",
        N_("original issued recently for this application (usually not older than 1–3 months)"),
    )


@titled(N_("Needed"))
class Need(CodeList):
    ALWAYS = "always", N_("always")
    IF_APPLICABLE = "if_applicable", N_("if it applies to you")
    ON_REQUEST = "on_request", N_("if the authority asks for it")


@titled(N_("Country group"))
class CountryGroup(CodeList):
    """Grouping of nationalities for NIQ-style statistics and recognition rules."""

    GERMANY = "de", N_("Germany")
    EU = "eu", N_("EU member state")
    EEA = "eea", N_("EEA state (Iceland, Liechtenstein, Norway)")
    SWITZERLAND = "ch", N_("Switzerland")
    THIRD = "third", N_("third country (non-EU)")
    NONE = "none", N_("stateless or unknown")

    @property
    def free_movement(self) -> bool:
        """EU, EEA and Swiss citizens (and Germans) need no permit to work in Germany."""
        return self in (
            CountryGroup.GERMANY,
            CountryGroup.EU,
            CountryGroup.EEA,
            CountryGroup.SWITZERLAND,
        )


@titled(N_("Certainty"))
class Certainty(CodeList):
    """How sure the compilers of the data are about an entry."""

    SURE = "sure", N_("checked")
    CHECK = "check", N_("please check in the Anerkennungs-Finder")
