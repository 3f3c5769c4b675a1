"""iqtui — a terminal application for IQ recognition and qualification counselling.

Importing the package imports nothing else: the core (domain, store, protocol, i18n,
reference) runs without Textual, and the terminal UI lives in :mod:`iqtui.tui`.
"""

__version__ = "0.1.0"
