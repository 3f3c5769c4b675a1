"""The Beratungsprotokoll: a bilingual PDF record of a counselling contact.

Two layers, so other printed material can reuse the drawing:

* **Content** (plain data, no reportlab): :mod:`iqtui.protocol.document` describes any
  printable document — :class:`Document` with a :class:`Letterhead`, :class:`Section`\\ s
  holding :class:`Paragraph`, :class:`Heading`, :class:`Fields`, :class:`Table` and
  :class:`Signatures` blocks. Every text is a :class:`Text` with a ``german`` and a
  ``client`` part (empty for typed text, names, numbers, German-only documents).
  :mod:`iqtui.protocol.content` assembles the protocol of a contact from the case;
  :class:`~iqtui.protocol.bilingual.Bilingual` makes Texts from message ids, code lists,
  country and language names and dates.
* **Drawing** (reportlab): :func:`render_document` lays out any :class:`Document` on A4,
  with right-to-left text (Arabic, Persian) shaped and ordered by
  :mod:`iqtui.protocol.rtl` — our own code on top of arabic-reshaper and python-bidi,
  not reportlab's optional bidi. Only the bundled font is used and embedded; characters
  it lacks raise :class:`MissingGlyphs` (or become ``?`` with ``replace_missing``).

Public API::

    from iqtui.protocol import Document, Text, render_document
    render_document(document, Path("sheet.pdf"))          # -> Rendered(pages=…)

    from iqtui.protocol import build_protocol, print_protocol
    built = build_protocol(store, contact_id, config, data_dir=data_dir)  # -> BuiltProtocol
    result = print_protocol(built.path)   # -> PrintResult(printed, message, path)

For a client information sheet in, say, Persian: build a :class:`Document` with
``client_language="fa"`` whose Texts carry German and Persian, then call
:func:`render_document`. ``client_language=None`` gives a German-only document.

Names are imported lazily, so ``iqtui --help`` does not load reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iqtui.protocol.document import (
        Document,
        Field,
        Fields,
        Heading,
        Letterhead,
        Paragraph,
        Section,
        Signatures,
        Table,
        Text,
    )
    from iqtui.protocol.draw import MissingGlyphs, Rendered, render_document
    from iqtui.protocol.printing import PrintResult
    from iqtui.protocol.service import BuiltProtocol, build_protocol, print_protocol

_EXPORTS = {
    "Document": "document",
    "Field": "document",
    "Fields": "document",
    "Heading": "document",
    "Letterhead": "document",
    "Paragraph": "document",
    "Section": "document",
    "Signatures": "document",
    "Table": "document",
    "Text": "document",
    "MissingGlyphs": "draw",
    "Rendered": "draw",
    "render_document": "draw",
    "PrintResult": "printing",
    "BuiltProtocol": "service",
    "build_protocol": "service",
    "print_protocol": "service",
}

__all__ = [
    "BuiltProtocol",
    "Document",
    "Field",
    "Fields",
    "Heading",
    "Letterhead",
    "MissingGlyphs",
    "Paragraph",
    "PrintResult",
    "Rendered",
    "Section",
    "Signatures",
    "Table",
    "Text",
    "build_protocol",
    "print_protocol",
    "render_document",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(name)
    from importlib import import_module

    return getattr(import_module(f"iqtui.protocol.{module}"), name)
