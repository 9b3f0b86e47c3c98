"""Embedders: the USE-m3 default, the on-disk cache, and the sentence-transformers wrappers."""

from __future__ import annotations

import numpy as np
import pytest

from align.embed import CachedEmbedder, EmbeddingCache, default_cache_dir, get_embedder
from align.embed.base import Embedder
from align.errors import MissingModelError

TEXTS = ["The council approved the budget.", "市議会は予算案を承認した。", "It will rain tomorrow.", "明日は雨が降るだろう。"]


@pytest.fixture(scope="module")
def use_m3():
    """The real model, loaded once for the module."""
    return get_embedder()


class CountingEmbedder:
    """Wraps the real model and records what it was asked to embed (to see what the cache sends through)."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        return self.inner.encode(texts)


def test_use_m3_returns_unit_float32_rows_and_matches_translations(use_m3):
    x = use_m3.encode(TEXTS)
    assert x.shape == (4, 512) and x.dtype == np.float32
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-5)
    sims = x @ x.T
    assert sims[0, 1] > sims[0, 3] and sims[2, 3] > sims[2, 1]  # each English sentence is closest to its translation
    assert use_m3.encode([]).shape == (0, 512)
    assert use_m3.model_id.startswith("use-m3/")
    assert get_embedder("use-m3").model_id == use_m3.model_id


def test_cache_embeds_each_text_once_and_returns_identical_vectors(use_m3, tmp_path):
    counting = CountingEmbedder(use_m3)
    cached = CachedEmbedder(counting, EmbeddingCache(tmp_path))
    first = cached.encode([*TEXTS, TEXTS[0]])  # a duplicate is embedded once
    assert counting.calls == [TEXTS]
    again = CachedEmbedder(counting, EmbeddingCache(tmp_path))  # a new process would reopen the file like this
    second = again.encode(TEXTS[::-1])
    assert len(counting.calls) == 1  # nothing re-embedded
    assert np.array_equal(second, first[:4][::-1])
    # same vectors as the bare model (up to float noise between batch shapes)
    assert np.allclose(first, np.vstack([use_m3.encode(TEXTS), use_m3.encode(TEXTS[:1])]), atol=1e-5)
    assert again.hits == 4 and again.misses == 0


def test_cache_keys_include_the_model_id(use_m3, tmp_path):
    cache = EmbeddingCache(tmp_path)
    vectors = use_m3.encode(TEXTS[:2])
    cache.put_many("model-a", TEXTS[:2], vectors)
    assert cache.get_many("model-b", TEXTS[:2]) == [None, None]
    got = cache.get_many("model-a", TEXTS[:2])
    assert np.array_equal(np.stack(got), vectors)


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("ALIGN_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("ALIGN_CACHE_DIR")
    assert default_cache_dir().parts[-2:] == (".cache", "align")


def test_use_m3_as_a_sentence_transformer_saves_loads_and_matches(use_m3, tmp_path, monkeypatch):
    """The SentenceTransformer-module wrapper gives the numpy model's vectors, also after save + load by folder."""
    pytest.importorskip("sentence_transformers")
    from align.embed.st_module import use_m3_sentence_transformer

    model = use_m3_sentence_transformer()
    via_st = model.encode(TEXTS)
    assert np.allclose(via_st, use_m3.encode(TEXTS), atol=1e-6)
    folder = tmp_path / "use-m3-st"
    model.save(str(folder))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    # any sentence-transformers folder goes through the generic wrapper; custom module classes need explicit trust
    with pytest.raises(MissingModelError):
        get_embedder(str(folder))
    loaded = get_embedder(str(folder), trust_remote_code=True)
    assert loaded.model_id == f"st/{folder}"
    assert np.allclose(loaded.encode(TEXTS), use_m3.encode(TEXTS), atol=1e-6)
    with pytest.raises(MissingModelError):
        get_embedder(str(tmp_path / "no-such-model"))
