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

#: Public names imported on first use (they pull in SQLite/models): name -> module.
#: Add an entry here rather than a second ``__getattr__``.
_LAZY = {
    "Corpus": "align.corpus",
    "align_documents": "align.aligner",
}
__all__ += list(_LAZY)


def __getattr__(name: str) -> object:
    """Import the lazy public names of :data:`_LAZY` on first access."""
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'align' has no attribute {name!r}")
