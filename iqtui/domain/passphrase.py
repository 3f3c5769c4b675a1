"""Rules and a plain-words strength hint for the passphrase that protects the database.

There is no way to recover a forgotten passphrase (yet), so the hint encourages a long
passphrase of several words rather than a short complicated password.
"""

from __future__ import annotations

import math

from iqtui.i18n import N_, _

MIN_LENGTH = 10

STRENGTH_WEAK = N_("Weak: easy to guess. Use a longer passphrase, e.g. four unrelated words.")
STRENGTH_FAIR = N_("Fair: a few more words or characters would make it much stronger.")
STRENGTH_STRONG = N_("Strong: hard to guess. Write it down and keep it in a safe place.")
MSG_TOO_SHORT = N_("The passphrase needs at least {count} characters.")
MSG_NO_RECOVERY = N_(
    "Important: if this passphrase is forgotten, the data cannot be recovered by anyone."
)


def problem(passphrase: str) -> str | None:
    """Why ``passphrase`` cannot be used (translated), or ``None``."""
    if len(passphrase) < MIN_LENGTH:
        return _(MSG_TOO_SHORT).format(count=MIN_LENGTH)
    return None


def entropy_bits(passphrase: str) -> float:
    """A rough estimate: length times the bits of the character classes used."""
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() and not c.isspace() for c in passphrase):
        pool += 32
    if any(ord(c) > 127 for c in passphrase):
        pool += 64
    if any(c.isspace() for c in passphrase):
        pool += 1
    unique = len(set(passphrase))
    return math.log2(max(pool, 2)) * min(len(passphrase), unique * 2)


def strength(passphrase: str) -> str:
    """A plain-words hint about how hard ``passphrase`` is to guess (translated)."""
    bits = entropy_bits(passphrase)
    if len(passphrase) < MIN_LENGTH or bits < 50:
        return _(STRENGTH_WEAK)
    if bits < 75:
        return _(STRENGTH_FAIR)
    return _(STRENGTH_STRONG)
