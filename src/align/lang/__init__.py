"""Language plug-ins, registered by code.

A language module provides ``segment(text) -> list[(start, end)]`` and
``tokenize(text, spans) -> list[Token]``; later stages add NER, quantities
and claim cues the same way. Adding a language means adding a module and a
line here, not editing the pipeline.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from align.errors import InputError

_MODULES = {"ja": "align.lang.ja", "en": "align.lang.en"}


def get_language(code: str) -> ModuleType:
    """The plug-in module for ``code`` (imported on first use)."""
    try:
        return import_module(_MODULES[code])
    except KeyError:
        raise InputError(f"unsupported language {code!r}: supported are {', '.join(_MODULES)}") from None


def supported_languages() -> tuple[str, ...]:
    """Language codes with a plug-in."""
    return tuple(_MODULES)
