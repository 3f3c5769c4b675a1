"""The ``iqtui`` command: the terminal UI and the maintenance commands.

The UI language is settled before anything else (``--lang``, then the config file, then
the system locale), so even ``--help`` and argparse's own words are translated. Every
error is one line on stderr and exit status 2; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import getpass
import locale
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from iqtui import __version__, paths
from iqtui import config as config_module
from iqtui.i18n import _, choose_language, set_language
from iqtui.i18n import argparse_strings as _argparse_strings

EXIT_ERROR = 2


class CommandError(Exception):
    """A failure to report as one line (already translated)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_ERROR, _("{prog}: error: {message}").format(prog=self.prog, message=message) + "\n"
        )


@dataclass
class Context:
    """What every command gets: settings and where the data is."""

    args: argparse.Namespace
    config: config_module.Config
    data_dir: Path
    config_path: Path


def _system_language() -> str | None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(":")[0]
    try:
        return locale.getlocale()[0]
    except ValueError:
        return None


#: Global options that take a value (the command comes after them).
_GLOBAL_VALUES = ("--lang", "--config", "--data-dir")


def _global_part(argv: Sequence[str]) -> list[str]:
    """The arguments before the command (``iqtui protocol X --lang ar`` is not the UI language)."""
    head: list[str] = []
    expects_value = False
    for arg in argv:
        if expects_value:
            head.append(arg)
            expects_value = False
        elif arg.startswith("-"):
            head.append(arg)
            expects_value = arg in _GLOBAL_VALUES
        else:
            break
    return head


def _early_options(argv: Sequence[str]) -> argparse.Namespace:
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    early.add_argument("--config")
    early.add_argument("--data-dir")
    known, _rest = early.parse_known_args(_global_part(argv))
    return known


def read_passphrase(*, confirm: bool) -> str:
    """The passphrase from ``IQTUI_PASSPHRASE`` or typed at the terminal."""
    from_env = os.environ.get("IQTUI_PASSPHRASE")
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(_("No passphrase: set IQTUI_PASSPHRASE or run in a terminal."))
    first = getpass.getpass(_("Passphrase: "))
    if confirm:
        from iqtui.domain.passphrase import problem

        issue = problem(first)
        if issue:
            raise CommandError(issue)
        if getpass.getpass(_("Repeat passphrase: ")) != first:
            raise CommandError(_("The two passphrases differ."))
    return first


def open_store(ctx: Context, *, create: bool = True) -> object:
    """Unlock the database (creating it on first use); returns a :class:`Store`."""
    from iqtui.store import Store, WrongPassphrase
    from iqtui.store.database import StoreError, exists
    from iqtui.store.keys import KeyFileError

    user = ctx.config.counsellor or None
    try:
        if exists(ctx.data_dir):
            return Store.unlock(ctx.data_dir, read_passphrase(confirm=False), user=user)
        if not create:
            raise CommandError(_("There is no database in {path}.").format(path=ctx.data_dir))
        return Store.create(ctx.data_dir, read_passphrase(confirm=True), user=user)
    except WrongPassphrase:
        raise CommandError(_("Wrong passphrase.")) from None
    except KeyFileError:
        raise CommandError(_("The key file is damaged or unreadable.")) from None
    except StoreError as error:
        raise CommandError(describe_store_error(error)) from None


def describe_store_error(error: Exception) -> str:
    """A user message for a problem opening the database."""
    from iqtui.store.database import CipherUnavailable, MissingKeyFile, NotADatabase

    if isinstance(error, CipherUnavailable):
        return _("Encryption (SQLCipher) is not available; the database was not opened.")
    if isinstance(error, MissingKeyFile):
        return _("The key file of the database is missing: {path}").format(path=error)
    if isinstance(error, NotADatabase):
        return _("The database file cannot be read with this key; it may be damaged.")
    return _("The database cannot be opened: {reason}").format(reason=error)


# --- commands ------------------------------------------------------------------------


def cmd_ui(ctx: Context) -> int:
    from iqtui.tui.app import run

    return run(ctx.config, ctx.data_dir, ctx.config_path)


def cmd_config(ctx: Context) -> int:
    path = config_module.write_default(ctx.config_path)
    print(path)
    return 0


def cmd_check(ctx: Context) -> int:
    from iqtui.store.reports import completeness_report

    store = open_store(ctx, create=False)
    print(completeness_report(store))  # type: ignore[arg-type]
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser (built after the language is set)."""
    parser = _Parser(
        prog="iqtui",
        description=_(
            "iqtui — counselling records for IQ recognition and qualification counselling. "
            "Without a command, the terminal application starts."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"iqtui {__version__}",
        help=_("show program's version number and exit"),
    )
    parser.add_argument(
        "--lang", metavar=_("CODE"), help=_("language of the interface, e.g. de, en, ar")
    )
    parser.add_argument(
        "--data-dir", metavar=_("DIR"), help=_("folder of the database (or IQTUI_DATA_DIR)")
    )
    parser.add_argument("--config", metavar=_("FILE"), help=_("settings file (or IQTUI_CONFIG)"))
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"), title=_("commands"))
    commands.add_parser("ui", help=_("start the terminal application (the default)"))
    commands.add_parser(
        "config", help=_("print the path of the settings file, creating it if missing")
    )
    commands.add_parser("check", help=_("print the completeness (Ampel) of every open case"))
    for register in EXTRA_COMMANDS:
        register(commands)
    return parser


def cmd_protocol(ctx: Context) -> int:
    from iqtui.protocol.command import run

    return run(ctx)


def _register_protocol(commands: Any) -> None:
    from iqtui.protocol.command import register

    register(commands)


def cmd_sheet(ctx: Context) -> int:
    from iqtui.reference.content_command import run

    return run(ctx)


def _register_sheet(commands: Any) -> None:
    from iqtui.reference.content_command import register

    register(commands)


def _reference_commands(commands: Any) -> None:
    from iqtui.reference.commands import register

    register(commands)


def cmd_occupation(ctx: Context) -> int:
    from iqtui.reference.commands import run_occupation

    return run_occupation(ctx.args)


def cmd_data(ctx: Context) -> int:
    from iqtui.reference.commands import run_data

    return run_data(ctx.args)


#: Functions that add further sub-commands: ``register(subparsers)``.
EXTRA_COMMANDS: list[Callable[[Any], None]] = [
    _register_protocol,
    _register_sheet,
    _reference_commands,
]
#: Handlers by command name.
HANDLERS: dict[str, Callable[[Context], int]] = {
    "ui": cmd_ui,
    "config": cmd_config,
    "check": cmd_check,
    "protocol": cmd_protocol,
    "sheet": cmd_sheet,
    "occupation": cmd_occupation,
    "data": cmd_data,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``iqtui`` command."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    early = _early_options(arguments)
    config_path = paths.config_path(early.config)
    config = config_module.load(config_path)
    set_language(choose_language([early.lang, config.language, _system_language()]))
    _argparse_strings.install()
    args = build_parser().parse_args(arguments)
    ctx = Context(args, config, paths.data_dir(args.data_dir), config_path)
    try:
        return HANDLERS[args.command or "ui"](ctx)
    except CommandError as error:
        print(f"iqtui: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
