"""What choosing a reference occupation fills in on the qualification and recognition forms.

When the counsellor picks a Referenzberuf, the qualification gets its title, list id,
"regulated" and legal basis; the recognition case gets the usual procedure, the competent
authority (the concrete one when exactly one is known for the Land, else the kind) and the
document checklist. Values are the raw strings the forms store, checked against the field
specifications (:mod:`iqtui.domain.schema`) by the tests, so a screen can hand them to the
store unchanged. Nothing here overwrites what the counsellor typed: the screen decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from iqtui.domain.codes import Bundesland, DocumentKind, Procedure
from iqtui.reference.data import ReferenceData, reference
from iqtui.reference.occupations import Occupation


@dataclass(frozen=True)
class Prefill:
    """Suggested values: ``{field name: raw value}`` per entity, and the document list."""

    qualification: dict[str, str]
    recognition: dict[str, str]
    documents: tuple[DocumentKind, ...]


def usual_procedure(occupation: Occupation) -> Procedure:
    """The procedure a counsellor usually starts with for this occupation."""
    procedures = occupation.procedures
    if Procedure.GWP in procedures and Procedure.ZAB in procedures:
        return Procedure.GWP_ZAB
    return procedures[0] if procedures else Procedure.OTHER


def prefill(
    occupation: Occupation,
    bundesland: Bundesland | None = None,
    *,
    free_movement: bool = False,
    resident: bool = False,
    data: ReferenceData | None = None,
) -> Prefill:
    """Form values for ``occupation`` (in ``bundesland``, for a client with this status)."""
    data = data or reference()
    procedure = usual_procedure(occupation)
    recognition = {"procedure": procedure.value}
    if bundesland is not None:
        recognition["work_bundesland"] = bundesland.value
    authorities = data.authorities_for(occupation, bundesland)
    if bundesland is not None and len(authorities) == 1:
        recognition["authority_id"] = authorities[0].id
        recognition["authority_name"] = authorities[0].name
    else:
        kinds = data.kinds_of(occupation)
        if kinds:
            recognition["authority_name"] = kinds[0].name_in("de")
    checklist = data.checklist(procedure).for_client(free_movement=free_movement, resident=resident)
    return Prefill(
        qualification={
            "reference_occupation": occupation.title_de,
            "reference_occupation_id": occupation.id,
            "regulated": occupation.regulated.value,
            "legal_basis": occupation.legal_basis.value,
        },
        recognition=recognition,
        documents=tuple(item.kind for item in checklist.items),
    )
