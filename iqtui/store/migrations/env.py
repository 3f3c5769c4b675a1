"""Alembic environment: runs on the connection iqtui hands over (see database.migrate).

No logging configuration here: output on stderr would garble the terminal UI.
"""

from __future__ import annotations

from alembic import context

from iqtui.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - iqtui always passes its own connection
    raise RuntimeError("iqtui migrations run through iqtui.store.database.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
