"""align: read, segment, align, annotate and check Japanese↔English translations."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("align")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+src"

from align.model import Bead, Bitext, Document, Link
from align.readers import read_document
from align.segment import segment_document, tokenize_document

__all__ = [
    "Bead",
    "Bitext",
    "Document",
    "Link",
    "__version__",
    "read_document",
    "segment_document",
    "tokenize_document",
]
