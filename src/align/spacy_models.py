"""Load spaCy pipelines without importing torch when the pipeline does not use it.

thinc (spaCy's ML layer) imports torch at import time whenever it is
installed, only to learn whether torch layers are available. torch is here
for the optional sentence-transformers embedders, so every ``align`` command
and every batch worker paid about 4.5 s and 190 MB for an import the CNN
pipelines we ship (en_core_web_sm, ja_ginza) never use. spaCy is therefore
imported with torch hidden unless the pipeline asks for a transformers
package; torch stays importable for everything else afterwards.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from importlib import metadata
from typing import Any


def load(model: str, **kwargs: Any) -> Any:
    """``spacy.load(model, **kwargs)`` (a ``spacy.Language``); raises ImportError/OSError like spaCy."""
    return import_spacy(torch=_needs_torch(model)).load(model, **kwargs)


def import_spacy(torch: bool = False) -> Any:
    """The ``spacy`` module; imported with torch hidden from thinc unless ``torch`` is asked for.

    Only the first import decides: a transformer pipeline loaded after a CNN
    one in the same process finds thinc without torch (set
    ``ALIGN_SPACY_TORCH=1`` to import with torch from the start).
    """
    if "spacy" in sys.modules or torch or os.environ.get("ALIGN_SPACY_TORCH") == "1":
        import spacy

        return spacy
    with _torch_hidden():
        import spacy

    return spacy


def _needs_torch(model: str) -> bool:
    """True when the installed pipeline package depends on a spaCy transformers package."""
    try:
        requires = metadata.requires(model) or []
    except metadata.PackageNotFoundError:  # a path, or a package spaCy will report as missing
        return False
    return any("transformers" in req.split(";")[0].lower() for req in requires)


@contextmanager
def _torch_hidden():
    """Make ``import torch`` fail (ImportError) for the duration, unless torch is already imported."""
    if "torch" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
