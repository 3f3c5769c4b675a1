"""``iqtui protocol CONTACT_ID [--lang CODE] [-o FILE] [--print]``.

Imports nothing heavy at module level: the command line starts fast, and reportlab is
loaded only when a protocol is actually built.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from iqtui.i18n import _, ngettext

if TYPE_CHECKING:
    from iqtui.cli import Context


def register(commands: Any) -> None:
    """Add the ``protocol`` sub-command to the parser."""
    parser = commands.add_parser(
        "protocol",
        help=_("create the Beratungsprotokoll of a contact as a PDF, and print it if asked"),
        description=_(
            "Create the bilingual counselling record (Beratungsprotokoll) of a contact. "
            "Without -o it is saved in the data folder."
        ),
    )
    parser.add_argument(
        "contact_id",
        metavar=_("CONTACT_ID"),
        help=_("the contact's id or the first characters of it"),
    )
    parser.add_argument(
        "--lang",
        dest="protocol_language",
        metavar=_("CODE"),
        help=_("second language of the protocol, e.g. ar, fa, uk (de: German only)"),
    )
    parser.add_argument("-o", "--output", metavar=_("FILE"), help=_("where to save the PDF"))
    parser.add_argument(
        "--print",
        dest="send_to_printer",
        action="store_true",
        help=_("send the protocol to the default printer"),
    )
    parser.add_argument(
        "--no-competences",
        dest="competences",
        action="store_false",
        help=_("leave out the competence profile"),
    )


def run(ctx: Context) -> int:
    """Build (and print) the protocol; one line per outcome."""
    from iqtui.cli import CommandError, open_store
    from iqtui.protocol.bilingual import supported_language
    from iqtui.protocol.draw import MissingGlyphs
    from iqtui.protocol.fonts import FontMissing
    from iqtui.protocol.service import build_protocol, print_protocol
    from iqtui.store import AmbiguousId, RecordNotFound, Store

    args = ctx.args
    wished = args.protocol_language
    if wished and not supported_language(wished):
        raise CommandError(
            _("Unknown language code {code}. Use one of: {codes}.").format(
                code=wished, codes="de en ar fa uk ru tr pl ro fr es"
            )
        )
    store = open_store(ctx, create=False)
    assert isinstance(store, Store)
    try:
        contact_id = store.resolve("contact", args.contact_id)
    except RecordNotFound:
        raise CommandError(
            _("There is no contact with the id {id}.").format(id=args.contact_id)
        ) from None
    except AmbiguousId:
        raise CommandError(
            _("Several contacts start with {id}; please give more characters.").format(
                id=args.contact_id
            )
        ) from None
    output = Path(args.output).expanduser() if args.output else None
    try:
        built = build_protocol(
            store,
            contact_id,
            ctx.config,
            output,
            data_dir=ctx.data_dir,
            language=wished,
            competences=args.competences,
        )
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
    finally:
        store.close()
    for message in built.messages:
        print(message)
    if args.send_to_printer:
        result = print_protocol(built.path)
        print(result.message)
        return 0 if result.printed else 1
    saved = ngettext(
        "Protocol saved: {path} ({count} page)",
        "Protocol saved: {path} ({count} pages)",
        built.pages,
    )
    print(saved.format(path=built.path, count=built.pages))
    return 0
