"""``python -m iqtui`` — same as the ``iqtui`` command."""

from iqtui.cli import main

raise SystemExit(main())
