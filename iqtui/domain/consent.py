"""Consents: their texts (versioned, translatable) and the current decision per purpose.

A consent is a record, not a checkbox: purpose, given or refused, the version and
language of the text the client was shown, when, how, and a withdrawal. The texts are
in the gettext catalogs; when a text changes, ``CONSENT_TEXT_VERSION`` changes too, so
every record says which wording the client agreed to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, TypeVar

from iqtui.domain.codes import ConsentPurpose
from iqtui.i18n import N_, gettext_in

#: Version of the consent texts below. Change it whenever any of the texts changes.
CONSENT_TEXT_VERSION = "2026-11-1"

CONSENT_TEXTS: dict[ConsentPurpose, str] = {
    ConsentPurpose.PROCESSING: N_(
        "I agree that the counselling centre stores and uses my data to advise me on the "
        "recognition of my qualification and on qualification. My data is stored encrypted "
        "on this computer. Only my counsellors can see it. I can see my data, have it "
        "corrected or deleted, and withdraw this consent at any time. Without this consent "
        "the counselling cannot be documented."
    ),
    ConsentPurpose.PASS_TO_AUTHORITY: N_(
        "I agree that my counsellor may pass my data and documents to the competent "
        "authority (zuständige Stelle) that decides on my recognition, and may talk to it "
        "about my application."
    ),
    ConsentPurpose.THIRD_PERSON: N_(
        "I agree that my counsellor may talk about my case with the person named here "
        "(for example my counsellor at the Jobcenter or someone who supports me)."
    ),
    ConsentPurpose.INFO_MAILINGS: N_(
        "I would like to receive information about qualification offers in my occupation. "
        "I can stop this at any time."
    ),
}

#: Short information under the consents (GDPR Art. 13 in brief).
PRIVACY_NOTE = N_(
    "Counselling is free and voluntary. The counselling centre is responsible for your "
    "data. You have the right to see, correct and delete your data and to complain to the "
    "data protection supervisory authority. Ask your counsellor for the full information."
)


def consent_text(purpose: ConsentPurpose, language: str) -> str:
    """The consent text for ``purpose`` in ``language``."""
    return gettext_in(language, CONSENT_TEXTS[purpose])


class ConsentLike(Protocol):
    """What :func:`current_consents` needs of a consent record."""

    purpose: str | None
    given: bool | None
    given_at: dt.datetime | None
    withdrawn_at: dt.datetime | None


C = TypeVar("C", bound=ConsentLike)


def current_consents(records: Iterable[C]) -> dict[ConsentPurpose, C]:
    """The latest decision per purpose, unless that decision was withdrawn."""
    latest: dict[ConsentPurpose, C] = {}
    for record in sorted(records, key=lambda r: r.given_at or dt.datetime.min):
        if record.purpose:
            latest[ConsentPurpose(record.purpose)] = record
    return {purpose: r for purpose, r in latest.items() if r.withdrawn_at is None}


def has_processing_consent(records: Iterable[ConsentLike]) -> bool:
    """Whether the mandatory processing consent is currently given."""
    current = current_consents(records).get(ConsentPurpose.PROCESSING)
    return bool(current is not None and current.given)
