"""Reference data carried by iqtui: occupations, authorities, documents, countries.

Everything here works offline from files in ``assets/`` and never imports Textual.
Each data file states its source, licence and "as of" date
(:mod:`iqtui.reference.provenance`); :func:`data_version` names the data a screen or a
printed protocol used.

Screens and the protocol start from :func:`reference` (all data, loaded and checked once):
``reference().search("صيدلي")`` finds Apotheker/in; ``.kinds_of(occupation)``,
``.authorities_for(occupation, bundesland)``, ``.procedure_info(procedure)`` and
``.checklist(procedure)`` say who decides, how long it takes, what it costs and which
documents are needed; :func:`prefill` turns a chosen occupation into form values.
"""

from __future__ import annotations

from iqtui.reference.authorities import Authority, AuthorityKind
from iqtui.reference.checks import LocalText
from iqtui.reference.countries import Countries, Country
from iqtui.reference.data import ReferenceData, load, reference
from iqtui.reference.documents import Checklist, ChecklistItem
from iqtui.reference.occupations import Occupation
from iqtui.reference.prefill import Prefill, prefill, usual_procedure
from iqtui.reference.procedures import FundingOption, ProcedureInfo
from iqtui.reference.provenance import (
    DatasetSummary,
    DataVersion,
    Provenance,
    ReferenceDataError,
    data_version,
    datasets,
    summaries,
)
from iqtui.reference.search import Match
from iqtui.reference.vocab import (
    CertificationRule,
    CountryGroup,
    LanguageRequirement,
    Need,
    OccupationField,
    TranslationRule,
)

__all__ = [
    "Authority",
    "AuthorityKind",
    "CertificationRule",
    "Checklist",
    "ChecklistItem",
    "Countries",
    "Country",
    "CountryGroup",
    "DataVersion",
    "DatasetSummary",
    "FundingOption",
    "LanguageRequirement",
    "LocalText",
    "Match",
    "Need",
    "Occupation",
    "OccupationField",
    "Prefill",
    "ProcedureInfo",
    "Provenance",
    "ReferenceData",
    "ReferenceDataError",
    "TranslationRule",
    "data_version",
    "datasets",
    "load",
    "prefill",
    "reference",
    "summaries",
    "usual_procedure",
]
