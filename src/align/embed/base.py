"""The embedder interface and the name -> factory registry.

An embedder is anything with ``model_id`` and ``encode(texts) -> (N, d)``
L2-normalized float32 rows; the aligner only needs cosines, and the cache
only needs a stable id, so nothing else is part of the contract.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

DEFAULT_MODEL = "use-m3"


@runtime_checkable
class Embedder(Protocol):
    """What the aligner needs from a sentence encoder."""

    model_id: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` as an ``(len(texts), d)`` float32 matrix with unit rows."""
        ...


_FACTORIES: dict[str, Callable[..., Embedder]] = {}


def register_embedder(name: str) -> Callable[[Callable[..., Embedder]], Callable[..., Embedder]]:
    """Decorator: make ``get_embedder(name)`` build an embedder with this factory."""

    def wrap(factory: Callable[..., Embedder]) -> Callable[..., Embedder]:
        _FACTORIES[name.lower()] = factory
        return factory

    return wrap


def get_embedder(name: str | None = None, **kwargs: object) -> Embedder:
    """The embedder called ``name``: a registered name, else a sentence-transformers model name or folder."""
    key = (name or DEFAULT_MODEL).lower()
    if key not in _FACTORIES:
        # registration happens on import of the implementation modules
        from align.embed import sentence_transformers as _st  # noqa: F401
        from align.embed import usem3 as _usem3  # noqa: F401
    if key in _FACTORIES:
        return _FACTORIES[key](**kwargs)
    from align.embed.sentence_transformers import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(name or DEFAULT_MODEL, **kwargs)  # type: ignore[arg-type]


def normalize_rows(matrix: np.ndarray) -> np.ndarray:
    """Unit-length float32 rows (zero rows stay zero), so cosine is a dot product."""
    out = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)
