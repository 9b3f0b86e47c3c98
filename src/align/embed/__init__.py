"""Sentence embedders behind one small interface, with an on-disk cache.

``get_embedder(name)`` returns the offline USE-multilingual-v3 default for
``None``/``"use-m3"`` and a sentence-transformers model for any other name or
local folder; ``CachedEmbedder`` wraps any of them so reruns do not re-embed.
``default_model()`` / ``default_embedder()`` are the one default instance
per process that the aligner, the entity linker, the claim classifier and
the QA checks share (one model load, one copy in memory).
"""

from __future__ import annotations

from functools import lru_cache

from align.embed.base import Embedder, get_embedder, register_embedder
from align.embed.cache import CachedEmbedder, EmbeddingCache, default_cache_dir


@lru_cache(maxsize=1)
def default_model() -> Embedder:
    """The default embedder without the disk cache (for short strings not worth caching)."""
    return get_embedder()


@lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """The default embedder behind the disk cache (for sentences, which reruns embed again)."""
    return CachedEmbedder(default_model())


__all__ = [
    "CachedEmbedder",
    "Embedder",
    "EmbeddingCache",
    "default_cache_dir",
    "default_embedder",
    "default_model",
    "get_embedder",
    "register_embedder",
]
