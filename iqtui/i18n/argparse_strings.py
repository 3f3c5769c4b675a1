"""The messages argparse shows to users, routed through iqtui's catalogs.

argparse looks up its module-level ``_`` and ``ngettext`` at call time, so pointing them
at iqtui's functions translates "usage:", "options", error texts and the like. The
msgids below are argparse's own, listed here so extraction puts them in the catalogs.
"""

from __future__ import annotations

import argparse

from iqtui.i18n import N_, _, ngettext

MESSAGES = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)


def install() -> None:
    """Make argparse translate through iqtui (idempotent)."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
