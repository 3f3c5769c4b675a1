"""The terminal user interface (Textual). Only this package imports Textual."""
