"""Any sentence-transformers model (name or local folder) as an embedder.

torch and sentence-transformers are imported only when this embedder is
built: the import alone costs ~6 s, which the default path must not pay.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from align.embed.base import normalize_rows
from align.errors import MissingModelError


class SentenceTransformerEmbedder:
    """Wraps ``SentenceTransformer(name_or_path)``; ``batch_size`` is passed to ``encode``.

    ``trust_remote_code`` stays off unless asked for: a model folder naming a
    custom module class (such as a saved USE-m3 module) runs that code.
    """

    def __init__(self, name_or_path: str, batch_size: int = 64, device: str | None = None, trust_remote_code: bool = False) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise MissingModelError(
                f"--model {name_or_path} needs sentence-transformers and torch: pip install 'align[st]'"
            ) from exc
        try:
            self._model = SentenceTransformer(name_or_path, device=device or "cpu", trust_remote_code=trust_remote_code)
        except (OSError, ValueError) as exc:  # not a local folder, and no network (or no such model) to fetch it
            raise MissingModelError(f"cannot load sentence-transformers model {name_or_path!r}: {exc}") from exc
        self.model_id = f"st/{name_or_path}"
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts with unit rows, as float32."""
        if not texts:
            dim = self._model.get_sentence_embedding_dimension() or 0
            return np.zeros((0, dim), dtype=np.float32)
        out = self._model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                 normalize_embeddings=True, show_progress_bar=False)
        return normalize_rows(out)
