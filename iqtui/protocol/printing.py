"""Sending a PDF to the system's default printer.

Linux and macOS: CUPS ``lp`` (the default destination). Windows: the shell's ``print``
verb, which hands the file to the default PDF application. Nothing here talks to a
network itself. Every outcome is a :class:`PrintResult` with a translated message that
says where the PDF is, so the counsellor can print it later if no printer is there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iqtui.i18n import _

#: Seconds to wait for ``lp`` to accept the job.
LP_TIMEOUT = 30

Runner = Callable[..., "subprocess.CompletedProcess[str]"]


@dataclass(frozen=True)
class PrintResult:
    """Whether the job reached the printing system, and what to tell the user."""

    printed: bool
    message: str
    path: Path


def _saved(path: Path) -> str:
    return _("The protocol is saved in {path}.").format(path=path)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def print_pdf(
    path: Path,
    *,
    platform: str | None = None,
    runner: Runner = subprocess.run,
    which: Callable[[str], str | None] = shutil.which,
    startfile: Callable[[str, str], Any] | None = None,
) -> PrintResult:
    """Send ``path`` to the default printer; never raises for printing problems.

    ``platform``, ``runner``, ``which`` and ``startfile`` exist for tests.
    """
    system = platform or sys.platform
    if system.startswith("win"):
        return _print_windows(path, startfile or getattr(os, "startfile", None))
    lp = which("lp")
    if lp is None:
        return PrintResult(
            False, _("No printing system (CUPS) was found.") + " " + _saved(path), path
        )
    try:
        done = runner(
            [lp, "--", str(path)],
            capture_output=True,
            text=True,
            timeout=LP_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        reason = str(error) or type(error).__name__
        return PrintResult(False, _not_printed(reason, path), path)
    if done.returncode != 0:
        reason = _first_line(done.stderr) or _first_line(done.stdout) or str(done.returncode)
        return PrintResult(False, _not_printed(reason, path), path)
    job = _first_line(done.stdout)
    if job:
        message = _("The protocol was sent to the default printer ({job}).").format(job=job)
    else:
        message = _("The protocol was sent to the default printer.")
    return PrintResult(True, message + " " + _saved(path), path)


def _not_printed(reason: str, path: Path) -> str:
    return (
        _("The protocol could not be printed: {reason}.").format(reason=reason) + " " + _saved(path)
    )


def _print_windows(path: Path, startfile: Callable[[str, str], Any] | None) -> PrintResult:
    if startfile is None:
        return PrintResult(False, _not_printed("os.startfile", path), path)
    try:
        startfile(str(path), "print")
    except OSError as error:
        return PrintResult(False, _not_printed(error.strerror or str(error), path), path)
    return PrintResult(
        True, _("The protocol was sent to the default printer.") + " " + _saved(path), path
    )
