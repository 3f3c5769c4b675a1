"""``iqtui sheet [TOPIC] [--lang CODE] [--only] [-o FILE] [--print]``.

Prints a client information sheet as a PDF without opening the database: the sheets hold
no personal data, so a counsellor at an outreach stand can print them before unlocking
anything. Without a topic the command lists the topics. Heavy modules (reportlab) are
imported only when a sheet is actually drawn.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from iqtui.i18n import _, current_language, ngettext

if TYPE_CHECKING:
    from iqtui.cli import Context

LANGUAGE_CODES = "de en ar fa uk ru tr pl ro fr es"


def register(commands: Any) -> None:
    """Add the ``sheet`` sub-command to the parser."""
    parser = commands.add_parser(
        "sheet",
        help=_("create a client information sheet as a PDF, and print it if asked"),
        description=_(
            "Create an information sheet for clients (in German and the client's language). "
            "Without a topic, the topics are listed."
        ),
    )
    parser.add_argument(
        "topic",
        nargs="?",
        metavar=_("TOPIC"),
        help=_("the sheet, e.g. procedure or costs"),
    )
    parser.add_argument(
        "--lang",
        dest="sheet_language",
        metavar=_("CODE"),
        help=_("the client's language, printed beside German, e.g. ar, fa, uk (de: German only)"),
    )
    parser.add_argument(
        "--only",
        dest="client_only",
        action="store_true",
        help=_("only the client's language, without German (uses about half the paper)"),
    )
    parser.add_argument("-o", "--output", metavar=_("FILE"), help=_("where to save the PDF"))
    parser.add_argument(
        "--print",
        dest="send_to_printer",
        action="store_true",
        help=_("send the sheet to the default printer"),
    )


def run(ctx: Context) -> int:
    """List the topics, or build (and print) one sheet; one line per outcome."""
    from iqtui.cli import CommandError
    from iqtui.protocol.bilingual import supported_language
    from iqtui.reference.content import content_language
    from iqtui.reference.content_sheets import information_sheets

    args = ctx.args
    sheets = information_sheets()
    if not args.topic:
        ui = content_language(current_language())
        for listed in sheets:
            print(f"{listed.id:<16} {listed.title.in_language(ui)}")
        return 0
    sheet = sheets.get(args.topic)
    if sheet is None:
        raise CommandError(
            _("There is no sheet {topic}. Topics: {topics}.").format(
                topic=args.topic, topics=", ".join(sheets.ids())
            )
        )
    language = args.sheet_language or "de"
    if not supported_language(language):
        raise CommandError(
            _("Unknown language code {code}. Use one of: {codes}.").format(
                code=language, codes=LANGUAGE_CODES
            )
        )
    return _build(ctx, sheet.id, language)


def _build(ctx: Context, topic: str, language: str) -> int:
    from iqtui.cli import CommandError
    from iqtui.protocol.draw import MissingGlyphs
    from iqtui.protocol.fonts import FontMissing
    from iqtui.protocol.printing import print_pdf
    from iqtui.reference.content_pdf import default_path, render_sheet
    from iqtui.reference.content_sheets import information_sheets

    args = ctx.args
    sheets = information_sheets()
    sheet = sheets.get(topic)
    assert sheet is not None
    only = bool(args.client_only)
    output = (
        Path(args.output).expanduser()
        if args.output
        else default_path(ctx.data_dir, sheet, language, client_only=only)
    )
    try:
        built = render_sheet(sheets, sheet, language, ctx.config.centre, output, client_only=only)
    except FontMissing as error:
        raise CommandError(
            _("The protocol font is missing ({path}); please reinstall iqtui.").format(path=error)
        ) from None
    except MissingGlyphs as error:
        raise CommandError(error.message()) from None
    except OSError as error:
        raise CommandError(
            _("The PDF could not be saved: {reason}").format(reason=error.strerror or error)
        ) from None
    if args.send_to_printer:
        result = print_pdf(built.path)
        print(result.message)
        return 0 if result.printed else 1
    saved = ngettext(
        "Sheet saved: {path} ({count} page)", "Sheet saved: {path} ({count} pages)", built.pages
    )
    print(saved.format(path=built.path, count=built.pages))
    return 0
