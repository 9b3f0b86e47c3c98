"""Sentence embedders behind one small interface, with an on-disk cache.

``get_embedder(name)`` returns the offline USE-multilingual-v3 default for
``None``/``"use-m3"`` and a sentence-transformers model for any other name or
local folder; ``CachedEmbedder`` wraps any of them so reruns do not re-embed.
"""

from __future__ import annotations

from align.embed.base import Embedder, get_embedder, register_embedder
from align.embed.cache import CachedEmbedder, EmbeddingCache, default_cache_dir

__all__ = ["CachedEmbedder", "Embedder", "EmbeddingCache", "default_cache_dir", "get_embedder", "register_embedder"]
