"""A small claim/type classifier over sentence embeddings plus the cue features.

The cue rules are precise but miss claims that carry no cue word (an author's
"Randomised trials are the gold standard"); the multilingual sentence
embedding (USE-m3, shared by English and Japanese) supplies that. The model is
a multinomial logistic regression written in numpy, so inference and training
need no extra dependency. Weights live in ``models/claims/`` (see its
DATA_CARD.md); without them extraction falls back to the rules alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from align.claims.analysis import SentenceAnalysis
from align.resources import model_path

#: Output classes: "none" (not a claim) and the six claim types.
CLASSES = ("none", "commitment", "policy_position", "assessment", "prediction", "recommendation", "factual_statistic")
#: Cue features are few and binary; scaling them lets them compete with 512 embedding dimensions.
FEATURE_SCALE = 1.0
MODEL_FILE = "claim_classifier.npz"


def model_dir() -> Path:
    """``$ALIGN_CLAIMS_MODEL_DIR`` or the shipped ``models/claims`` (also inside the wheel)."""
    env = os.environ.get("ALIGN_CLAIMS_MODEL_DIR")
    return Path(env) if env else model_path("claims")


def _encoder():
    from align.embed import default_model

    return default_model()


def embed(texts: list[str]) -> np.ndarray:
    """USE-m3 sentence vectors (N, 512), L2-normalized."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return np.asarray(_encoder().encode(list(texts)), dtype=np.float32)


def design_matrix(vectors: np.ndarray, analyses: list[SentenceAnalysis], lang: list[str]) -> np.ndarray:
    """Embedding ⊕ scaled cue features ⊕ a language flag (the cue lexicons differ in coverage per language)."""
    cues = np.array([a.features() for a in analyses], dtype=np.float32).reshape(len(analyses), -1) * FEATURE_SCALE
    is_ja = np.array([[1.0 if x == "ja" else 0.0] for x in lang], dtype=np.float32) * FEATURE_SCALE
    return np.hstack([vectors, cues, is_ja])


@dataclass(slots=True)
class ClaimClassifier:
    """Multinomial logistic regression: ``softmax(X @ W.T + b)``."""

    weights: np.ndarray  # (classes, features)
    bias: np.ndarray  # (classes,)
    classes: tuple[str, ...] = CLASSES

    def proba(self, X: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per sentence."""
        z = X @ self.weights.T + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        """Write the weights (npz)."""
        np.savez(path, weights=self.weights, bias=self.bias, classes=np.array(self.classes))


def fit(X: np.ndarray, labels: list[str], l2: float = 1e-2, steps: int = 600, lr: float = 0.05, seed: int = 0,
        classes: tuple[str, ...] = CLASSES) -> ClaimClassifier:
    """Fit by full-batch Adam on the L2-regularized cross-entropy (deterministic for a given seed).

    Classes are weighted by inverse frequency so the few commitments are not swamped by assessments.
    ``classes`` lets the same recipe fit a type-only model (the six types, no "none").
    """
    rng = np.random.default_rng(seed)
    y = np.array([classes.index(label) for label in labels])
    n, d = X.shape
    k = len(classes)
    counts = np.bincount(y, minlength=k).astype(np.float64)
    class_w = np.where(counts > 0, n / (k * np.maximum(counts, 1)), 0.0)
    sample_w = class_w[y] / class_w[y].sum()
    W = rng.normal(0, 0.01, (k, d))
    b = np.zeros(k)
    onehot = np.eye(k)[y]
    m_w, v_w, m_b, v_b = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    for t in range(1, steps + 1):
        z = X @ W.T + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sample_w[:, None]
        grad_w = g.T @ X + l2 * W
        grad_b = g.sum(axis=0)
        for param, grad, m, v in ((W, grad_w, m_w, v_w), (b, grad_b, m_b, v_b)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return ClaimClassifier(W.astype(np.float32), b.astype(np.float32), tuple(classes))


@lru_cache(maxsize=1)
def load() -> ClaimClassifier | None:
    """The shipped classifier, or None when ``models/claims/claim_classifier.npz`` is absent."""
    path = model_dir() / MODEL_FILE
    if not path.exists():
        return None
    data = np.load(path)
    return ClaimClassifier(data["weights"], data["bias"], tuple(str(c) for c in data["classes"]))
