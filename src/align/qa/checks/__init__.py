"""QA checks: one module per check, each registering itself on import."""

from __future__ import annotations

from importlib import import_module

#: Every check module; importing one registers its check(s) by id.
CHECK_MODULES = (
    "typography",
    "enumeration",
    "acronyms",
    "name_variants",
    "term_variants",
    "glossary",
    "untranslated",
    "null_beads",
    "length_ratio",
    "partial_omission",
    "similarity",
    "numbers",
    "entities",
    "claims",
    "negation",
    "hedges",
)


def load_all() -> None:
    """Import every check module so the registry is complete."""
    for name in CHECK_MODULES:
        import_module(f"align.qa.checks.{name}")
