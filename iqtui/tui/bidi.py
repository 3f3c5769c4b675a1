"""Right-to-left in the terminal: the ``bidi_mode`` applied to everything Textual draws.

A Textual line filter sees each rendered line of each widget as styled segments; every
segment holding Arabic or Persian letters goes through :func:`iqtui.i18n.bidi.for_display`:
isolated (``terminal``), shaped and put into visual order (``app``) or left alone
(``off``). Segment by segment, so a label, a cell or a button caption is transformed on
its own and never mixed with the border or the field beside it; the cell width of each
segment stays the same, so Textual's layout still fits.

Editable widgets (``Input``, ``TextArea``) always show logical order: reordering them
would move the cursor away from where typing happens (shared/tech/textual-patterns.md
§3.4). In ``app`` mode on a terminal without BiDi, typed Arabic therefore appears in
logical order, letters unjoined; the saved text is right either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter
from textual.widget import Widget
from textual.widgets import Input, TextArea

from iqtui.i18n.bidi import BIDI_MODES, BidiMode, for_display, has_rtl


def normalise_mode(mode: str) -> BidiMode:
    """A valid mode (``terminal`` for anything unknown)."""
    for known in BIDI_MODES:
        if mode == known:
            return known
    return "terminal"


class BidiFilter(LineFilter):
    """Applies one ``bidi_mode`` to every segment with right-to-left letters."""

    def __init__(self, mode: BidiMode) -> None:
        super().__init__(enabled=mode != "off")
        self.mode: BidiMode = mode

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        out = []
        for segment in segments:
            text, style, control = segment
            if control or not text or not has_rtl(text):
                out.append(segment)
            else:
                out.append(Segment(for_display(text, self.mode), style, control))
        return out


_FILTERS: dict[BidiMode, BidiFilter] = {}


def filter_for(mode: BidiMode) -> BidiFilter:
    """The (shared) filter of ``mode``; one object per mode keeps Textual's strip cache."""
    if mode not in _FILTERS:
        _FILTERS[mode] = BidiFilter(mode)
    return _FILTERS[mode]


def filters_for(app: Any) -> list[LineFilter]:
    """The filters an app adds for its current ``bidi_mode`` (none for ``off``)."""
    mode = normalise_mode(getattr(app, "bidi_mode", "terminal"))
    return [] if mode == "off" else [filter_for(mode)]


def _logical_filters(self: Widget) -> Sequence[LineFilter]:
    """Editable widgets: every app filter except reordering (isolates are harmless)."""
    return [
        f
        for f in self.app.get_line_filters()
        if not (isinstance(f, BidiFilter) and f.mode == "app")
    ]


def keep_editable_widgets_logical() -> None:
    """Make ``Input`` and ``TextArea`` skip the bidi filter (idempotent)."""
    for cls in (Input, TextArea):
        cls.get_line_filters = _logical_filters  # type: ignore[method-assign]
