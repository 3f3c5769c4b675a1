"""How long a recognition procedure usually takes, what it costs, and who may pay.

``procedures.toml`` has one entry per :class:`~iqtui.domain.codes.Procedure` (typical
decision time, fee range in euros, a short text on duration and costs in every UI
language); ``funding.toml`` one per :class:`~iqtui.domain.codes.Funding` option with its
conditions — the Anerkennungszuschuss is an *option with a caveat* because its status after
2024 was not confirmed. Amounts are ranges, never promises; the protocol prints them with
the data version.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iqtui.domain.codes import Funding, Procedure
from iqtui.i18n import N_
from iqtui.reference.checks import Checker, LocalText, tables
from iqtui.reference.provenance import Provenance, read_toml
from iqtui.reference.vocab import Certainty

MISSING_ENTRY = N_("there is no entry for '{value}'")
FEE_ORDER = N_("'fee_min' must not be larger than 'fee_max' for '{value}'")


@dataclass(frozen=True)
class ProcedureInfo:
    """Typical duration and costs of one kind of procedure."""

    procedure: Procedure
    legal_reference: str
    #: The authority usually decides within this many months of complete documents.
    decision_months: int | None
    fee_min: int | None
    fee_max: int | None
    #: Fee for each further statement applied for at the same time (ZAB).
    fee_further: int | None
    duration: LocalText
    costs: LocalText
    certainty: Certainty


@dataclass(frozen=True)
class FundingOption:
    """Who may pay the costs, under which conditions (text in every UI language)."""

    funding: Funding
    text: LocalText
    certainty: Certainty


@dataclass(frozen=True)
class ProcedureData:
    procedures: tuple[ProcedureInfo, ...]
    funding: tuple[FundingOption, ...]
    provenances: tuple[Provenance, ...]

    def info(self, procedure: Procedure) -> ProcedureInfo:
        return next(p for p in self.procedures if p.procedure is procedure)

    def funding_option(self, funding: Funding) -> FundingOption:
        return next(f for f in self.funding if f.funding is funding)


def read_procedures(procedures_path: Path, funding_path: Path) -> ProcedureData:
    checker = Checker(procedures_path)
    provenance, document = read_toml(procedures_path)
    infos = []
    for table in tables(document, "procedure"):
        code = checker.parse(None, "procedure.code", table.get("code"), Procedure)
        certainty = checker.parse(None, "procedure.certainty", table.get("certainty"), Certainty)
        if code is None or certainty is None:
            continue
        checker.unique(None, "procedure.code", code.value)
        where = f"procedure.{code.value}"
        fee_min = checker.number(None, f"{where}.fee_min", table.get("fee_min"))
        fee_max = checker.number(None, f"{where}.fee_max", table.get("fee_max"))
        if fee_min is not None and fee_max is not None and fee_min > fee_max:
            checker.add(None, FEE_ORDER, value=code.value)
        infos.append(
            ProcedureInfo(
                procedure=code,
                legal_reference=str(table.get("legal_reference", "")),
                decision_months=checker.number(
                    None, f"{where}.decision_months", table.get("decision_months")
                ),
                fee_min=fee_min,
                fee_max=fee_max,
                fee_further=checker.number(None, f"{where}.fee_further", table.get("fee_further")),
                duration=checker.local_text(table.get("duration"), f"{where}.duration"),
                costs=checker.local_text(table.get("costs"), f"{where}.costs"),
                certainty=certainty,
            )
        )
    present = {info.procedure for info in infos}
    for procedure in Procedure:
        if procedure not in present:
            checker.add(None, MISSING_ENTRY, value=procedure.value)
    funding, funding_provenance = _read_funding(funding_path)
    checker.raise_problems()
    return ProcedureData(tuple(infos), funding, (provenance, funding_provenance))


def _read_funding(path: Path) -> tuple[tuple[FundingOption, ...], Provenance]:
    checker = Checker(path)
    provenance, document = read_toml(path)
    options = []
    for table in tables(document, "funding"):
        code = checker.parse(None, "funding.code", table.get("code"), Funding)
        certainty = checker.parse(None, "funding.certainty", table.get("certainty"), Certainty)
        if code is None or certainty is None:
            continue
        checker.unique(None, "funding.code", code.value)
        text = checker.local_text(table.get("text"), f"funding.{code.value}.text")
        options.append(FundingOption(code, text, certainty))
    present = {option.funding for option in options}
    for funding in Funding:
        if funding not in present:
            checker.add(None, MISSING_ENTRY, value=funding.value)
    checker.raise_problems()
    return tuple(options), provenance
