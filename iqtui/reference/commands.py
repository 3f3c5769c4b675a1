"""``iqtui occupation`` and ``iqtui data``: the reference data on the command line.

For counsellors preparing a session and for checking the data: look up a Referenzberuf in
any language and see what recognition means for it, or list the bundled data sets with
source, licence and "as of" date (the same facts the About screen shows).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

from iqtui.domain.codes import Bundesland, CompensationMeasure, LegalBasis, Procedure, Regulated
from iqtui.i18n import N_, _, current_language
from iqtui.reference.data import ReferenceData, reference
from iqtui.reference.occupations import Occupation
from iqtui.reference.provenance import data_version, summaries
from iqtui.reference.vocab import Certainty, LanguageRequirement


def register(commands: Any) -> None:
    """Add the sub-commands to the ``iqtui`` parser."""
    lookup = commands.add_parser(
        "occupation", help=_("look up a reference occupation (Referenzberuf) in the bundled data")
    )
    lookup.add_argument(
        "query",
        nargs="+",
        metavar=_("TEXT"),
        help=_("a title in any language, a synonym or a KldB code"),
    )
    lookup.add_argument(
        "--land",
        metavar=_("CODE"),
        choices=[state.value for state in Bundesland],
        help=_("federal state where the client wants to work, e.g. BE"),
    )
    commands.add_parser(
        "data", help=_("list the bundled reference data with source, licence and date")
    )


def run_occupation(args: argparse.Namespace) -> int:
    data = reference()
    query = " ".join(args.query)
    matches = data.search(query, limit=8, prefer=(current_language(),))
    if not matches:
        print(_("No reference occupation matches '{query}'.").format(query=query))
        return 1
    bundesland = Bundesland(args.land) if args.land else None
    print("\n".join(describe(data, matches[0].occupation, bundesland)))
    others = [m.occupation for m in matches[1:]]
    if others:
        print()
        print(_("Other matches:"))
        for occupation in others:
            print(f"  {_title(occupation)}")
    print()
    print(data_version().stamp(current_language()))
    return 0


def run_data(args: argparse.Namespace) -> int:
    language = current_language()
    for summary in summaries():
        print(summary.line(language))
    print()
    print(data_version().stamp(language))
    return 0


LEGAL_SOURCE = N_("Legal source")
NOT_VERIFIED = N_("Not verified, please check: {columns}")
NOTE = N_("Note for counsellors")


def describe(
    data: ReferenceData, occupation: Occupation, bundesland: Bundesland | None = None
) -> list[str]:
    """What recognition means for ``occupation``, as lines in the current UI language."""
    language = current_language()
    lines = [f"{_title(occupation)}  [KldB {occupation.kldb}, {occupation.kldb_level.label()}]"]

    def row(label: str, values: Iterable[str]) -> None:
        text = "; ".join(value for value in values if value)
        if text:
            lines.append(f"  {label}: {text}")

    row(Regulated.title(), [occupation.regulated.label()])
    row(LegalBasis.title(), [occupation.legal_basis.label()])
    row(_(LEGAL_SOURCE), [occupation.law])
    row(
        _("Competent authority (zuständige Stelle)"),
        [k.name_in(language) for k in data.kinds_of(occupation)],
    )
    for authority in data.authorities_for(occupation, bundesland):
        place = f", {authority.city}" if authority.city else ""
        flag = f" – {authority.certainty.label()}" if authority.certainty is Certainty.CHECK else ""
        lines.append(f"    · {authority.name}{place}{flag}")
    row(Procedure.title(), [p.label() for p in occupation.procedures])
    row(CompensationMeasure.title(), [m.label() for m in occupation.compensation])
    row(LanguageRequirement.title(), [r.label() for r in occupation.language])
    if occupation.uncertain:
        lines.append("  " + _(NOT_VERIFIED).format(columns=", ".join(occupation.uncertain)))
    row(_(NOTE), [occupation.note_de])
    lines.append("  " + data.authority_kinds.finder_hint.get(language))
    return lines


def _title(occupation: Occupation) -> str:
    local = occupation.title(current_language())
    return (
        occupation.title_de if local == occupation.title_de else f"{occupation.title_de} ({local})"
    )
