"""A counsellor working in German shows client-facing parts in the client's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from textual.app import ComposeResult
from textual.widgets import Static

from iqtui.domain.codes import ConsentPurpose
from iqtui.domain.consent import consent_text
from iqtui.i18n import current_language, gettext_in, set_language
from iqtui.i18n.client_view import ClientView, consent_blocks, steps_blocks
from iqtui.i18n.formatting import format_date
from iqtui.store import Store
from iqtui.tui.client_language import ClientPanel
from iqtui.tui.language import LanguageApp


def _case(store: Store) -> Any:
    client = store.create_client({"family_name": "Haddad", "given_names": "Rana"})
    store.add(
        "plan_step",
        client.id,
        {
            "what": "Zeugnisse übersetzen lassen",
            "owner": "client",
            "status": "open",
            "due_on": "15.01.2027",
        },
    )
    store.add(
        "plan_step",
        client.id,
        {"what": "Antrag an die Ärztekammer", "owner": "counsellor", "status": "done"},
    )
    return store.load_client(client.id)


class Session(LanguageApp[None]):
    def __init__(self, steps: list[Any]) -> None:
        super().__init__()
        self.steps = steps

    def compose(self) -> ComposeResult:
        yield ClientPanel(lambda lang: consent_blocks(lang), id="consent")
        yield ClientPanel(lambda lang: steps_blocks(self.steps, lang), id="steps")


def _shown(app: Session, panel: str) -> str:
    return "\n".join(str(w.render()) for w in app.query_one(f"#{panel}", ClientPanel).query(Static))


async def test_counsellor_in_german_shows_consent_and_steps_in_arabic(store: Store) -> None:
    steps = list(_case(store).plan_steps)
    set_language("de")
    app = Session(steps)
    app.client_language = "ar"  # the contact's language of counselling
    async with app.run_test(size=(100, 40)) as pilot:
        processing_de = consent_text(ConsentPurpose.PROCESSING, "de")
        processing_ar = consent_text(ConsentPurpose.PROCESSING, "ar")
        assert processing_de in _shown(app, "consent")
        assert processing_ar not in _shown(app, "consent")

        await pilot.press("f6")  # both languages side by side
        await pilot.pause()
        consent = _shown(app, "consent")
        assert processing_de in consent and processing_ar in consent
        steps_text = _shown(app, "steps")
        assert "Zeugnisse übersetzen lassen" in steps_text  # typed text stays as typed
        assert gettext_in("ar", "open") in steps_text
        assert gettext_in("ar", "Who") in steps_text
        assert format_date(dt.date(2027, 1, 15), "ar") in steps_text
        assert gettext_in("de", "open") in steps_text  # the German column is still there

        await pilot.press("f6")  # the client's language only
        await pilot.pause()
        consent = _shown(app, "consent")
        assert processing_ar in consent and processing_de not in consent
        assert current_language() == "de"  # the UI language never changed
        assert app.query_one("#consent", ClientPanel).query(".-rtl-text")

        await pilot.press("f6")
        await pilot.pause()
        assert processing_de in _shown(app, "consent")


async def test_without_a_client_language_the_panel_says_so() -> None:
    set_language("en")
    app = Session([])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        assert "not recorded" in _shown(app, "consent")
        app.set_client_language("uk")
        await pilot.pause()
        assert consent_text(ConsentPurpose.PROCESSING, "uk") in _shown(app, "consent")


def test_steps_without_entries_say_so_in_the_clients_language() -> None:
    blocks = steps_blocks([], "fa")
    assert blocks[0].lines == (gettext_in("fa", "No next steps were agreed in this counselling."),)
    assert blocks[0].rtl


def test_dari_client_reads_the_dari_overlay() -> None:
    blocks = consent_blocks("prs")
    assert "کمپیوتر" in blocks[0].lines[0]  # Dari word for computer
    assert ClientView.OFF.next() is ClientView.BESIDE
