"""Fit the en-ja embedding map of the aligner (src/align/aligner/adapter.py) on dev translation pairs.

Training pairs: the gold 1-1 beads of the dev documents in the fitting half
(benchmarks/alignment.py: is_calibration_doc, hashed on the plain set's name
so a document's perturbed and re-split copies stay in its half), embedded with
the default embedder. Loss: symmetric in-batch contrastive (InfoNCE) over
cos(x W, y W), plus an L2 pull of W towards the identity. The number of epochs
is chosen on an inner split of the fitting half; the held-out half is only
reported. Measure: AUC of a gold pair's cosine against the cosines of the same
source sentence with the target sentences within 3 of its translation (the
confusions an aligner faces).

Writes models/aligner/adapter.npz (matrix, model id, languages, the numbers).
Run ``python benchmarks/fit_adapter.py`` and then benchmarks/fit_calibration.py:
the second pass and the calibration must be refitted on the mapped vectors.
Needs torch (pinned in pyproject.toml); the package itself only reads the matrix.
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from align.aligner.adapter import ADAPTER_FILE, adapt
from align.embed import default_embedder
from align.evaluate import read_alignment
from alignment import DATA, base_set, is_calibration_doc, languages, read_lines, set_dir

LANGUAGES = ("en", "ja")
TAU = 0.05  # softmax temperature of the contrastive loss
REG = 1.0  # weight of ||W - I||^2 / 512
LR = 1e-3
BATCH = 512
EPOCH_CHOICES = (1, 2, 3)
NEAR = 3  # negatives: target sentences within this distance of the gold translation
SEED = 0

Doc = tuple[str, str, np.ndarray, np.ndarray, list, list[str], list[str]]


def dev_documents() -> list[Doc]:
    """(set, doc, source vectors, target vectors, gold beads, source lines, target lines) of every en-ja dev document."""
    emb = default_embedder()
    out = []
    for name in sorted(p.name for p in (DATA / "dev").iterdir() if p.is_dir()):
        folder = set_dir(name)
        sl, tl = languages(name)
        for gold_path in sorted(folder.glob("*.align")):
            doc = gold_path.name[: -len(".align")]
            src, tgt = read_lines(folder / f"{doc}.{sl}"), read_lines(folder / f"{doc}.{tl}")
            out.append((name, doc, emb.encode(src), emb.encode(tgt), read_alignment(gold_path), src, tgt))
    return out


def one_to_one(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray]:
    """Stacked (source, target) vectors of every distinct gold 1-1 pair: a document's -perturbed and -natsplit copies
    repeat most of its pairs, which would weigh those sentences two or three times."""
    pairs: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
    for _, _, x, y, gold, src, tgt in docs:
        for s, t in gold:
            if len(s) == 1 and len(t) == 1:
                pairs.setdefault((src[s[0]], tgt[t[0]]), (x[s[0]], y[t[0]]))
    return (np.asarray([a for a, _ in pairs.values()], dtype=np.float32), np.asarray([b for _, b in pairs.values()], dtype=np.float32))


def near_auc(docs: list[Doc], w: np.ndarray | None) -> float:
    """AUC of gold 1-1 cosines against the cosines of the same source sentence with nearby wrong target sentences."""
    pos, neg = [], []
    for _, _, x, y, gold, _, _ in docs:
        x, y = adapt(x, w), adapt(y, w)
        for s, t in gold:
            if len(s) == 1 and len(t) == 1:
                i, j = s[0], t[0]
                pos.append(float(x[i] @ y[j]))
                neg.extend(float(x[i] @ y[k]) for k in range(max(0, j - NEAR), min(len(y), j + NEAR + 1)) if k != j)
    values = np.concatenate([pos, neg])
    ranks = values.argsort().argsort() + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def train(x: np.ndarray, y: np.ndarray, epochs: int) -> np.ndarray:
    """W (512 x 512) from the identity by Adam on the symmetric in-batch contrastive loss."""
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)
    eye = torch.eye(x.shape[1])
    w = eye.clone().requires_grad_(True)
    opt = torch.optim.Adam([w], lr=LR)
    for _ in range(epochs):
        perm = torch.randperm(len(xt))
        for b0 in range(0, len(xt), BATCH):
            idx = perm[b0 : b0 + BATCH]
            a = torch.nn.functional.normalize(xt[idx] @ w, dim=1)
            b = torch.nn.functional.normalize(yt[idx] @ w, dim=1)
            logits = a @ b.T / TAU
            labels = torch.arange(len(idx))
            loss = (torch.nn.functional.cross_entropy(logits, labels) + torch.nn.functional.cross_entropy(logits.T, labels)) / 2
            loss = loss + REG * ((w - eye) ** 2).sum() / x.shape[1]
            opt.zero_grad()
            loss.backward()
            opt.step()
    return w.detach().numpy().astype(np.float32)


def inner_half(name: str, doc: str) -> bool:
    """Which inner half of the fitting half a document is in (a second hash byte; choice of epochs, cross-fitting)."""
    return hashlib.sha256(f"{base_set(name)}/{doc}".encode()).digest()[1] % 2 == 0


def main() -> int:
    """Choose the epochs on an inner split of the fitting half, fit on the whole fitting half, report, write."""
    docs = dev_documents()
    fit = [d for d in docs if is_calibration_doc(d[0], d[1])]
    held = [d for d in docs if not is_calibration_doc(d[0], d[1])]
    inner_a = [d for d in fit if inner_half(d[0], d[1])]
    inner_b = [d for d in fit if not inner_half(d[0], d[1])]
    xa, ya = one_to_one(inner_a)
    choice = {e: near_auc(inner_b, train(xa, ya, e)) for e in EPOCH_CHOICES}
    epochs = max(choice, key=choice.get)
    print(f"inner split ({len(inner_a)} / {len(inner_b)} docs): near-AUC by epochs {choice} (identity {near_auc(inner_b, None):.4f})")
    x, y = one_to_one(fit)
    w = train(x, y, epochs)
    report = {"fitted": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "train_pairs_distinct": len(x), "epochs": epochs,
              "tau": TAU, "reg": REG, "lr": LR, "batch": BATCH, "seed": SEED, "inner_choice": choice,
              "near_auc": {"fit_identity": near_auc(fit, None), "fit_mapped": near_auc(fit, w),
                           "heldout_identity": near_auc(held, None), "heldout_mapped": near_auc(held, w)},
              "docs": {"fit": len(fit), "heldout": len(held)}}
    print(json.dumps(report, indent=1))
    model_id = default_embedder().model_id
    tmp = ADAPTER_FILE.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, matrix=w, model_id=np.array(model_id), languages=np.array(LANGUAGES), report=np.array(json.dumps(report)))
    tmp.replace(ADAPTER_FILE)
    print(f"wrote {ADAPTER_FILE} for {model_id} {LANGUAGES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
