"""``align_documents``: the Python entry point of the sentence aligner."""

from __future__ import annotations

import time

import numpy as np

from align.aligner.adapter import adapt, adapter_for
from align.aligner.confidence import confidences
from align.aligner.config import FITTED_LANGUAGES, AlignerConfig
from align.aligner.copied import document_copied
from align.aligner.core import RawAlignment, align_sides
from align.aligner.lexical import LANGUAGES as LEXICON_LANGUAGES
from align.aligner.lexical import Lexical
from align.aligner.scoring import Side
from align.aligner.windows import embed_windows
from align.embed import Embedder, default_embedder
from align.errors import InputError
from align.model import Bead, Bitext, Document


def document_sides(src: Document, tgt: Document, embedder: Embedder, cfg: AlignerConfig) -> tuple[Side, Side, bool]:
    """Both documents as the aligner sees them, and whether the fitted embedding map (adapter.py) was applied.

    The map is applied when the configuration allows it and one was fitted for this embedder and language pair.
    """
    matrix = adapter_for(embedder.model_id, src.lang, tgt.lang) if cfg.adapter else None
    return document_side(src, embedder, cfg.max_bead, matrix), document_side(tgt, embedder, cfg.max_bead, matrix), matrix is not None


def document_side(doc: Document, embedder: Embedder, max_bead: int, adapter: np.ndarray | None = None) -> Side:
    """Window embeddings (mapped by ``adapter`` if given), character lengths and paragraph ids of a segmented document."""
    if doc.text.strip() and not doc.sentences:
        raise InputError("document has text but no sentences: segment it first (align.segment_document)")
    texts = doc.sentence_texts()
    windows = [adapt(w, adapter) for w in embed_windows(embedder, texts, max_bead, doc.lang)]
    lengths = np.array([len(t.strip()) for t in texts], dtype=np.float64)
    # presegmented input makes every line a paragraph: there is no structure to respect then
    structured = not doc.meta.get("presegmented") and len({s.paragraph for s in doc.sentences}) < len(doc.sentences)
    paragraphs = np.array([s.paragraph for s in doc.sentences], dtype=np.int64) if structured else None
    lexical = Lexical(doc.lang, texts) if doc.lang in LEXICON_LANGUAGES else None
    return Side(windows, lengths, paragraphs, document_copied(texts), lexical)


def align_documents(src: Document, tgt: Document, *, embedder: Embedder | None = None, max_bead: int | None = None,
                    config: AlignerConfig | None = None) -> Bitext:
    """Align two segmented documents (``Document.sentences`` filled) into beads with calibrated confidences.

    ``src``/``tgt`` keep the caller's order (either may be Japanese). Every
    sentence of both sides is in exactly one bead; 1-0 beads are source
    sentences without a translation (omissions), 0-1 target sentences without
    a source (additions). ``Bead.score`` is the margin-normalized similarity
    (0 for null beads) and ``Bead.confidence`` the calibrated probability that
    the bead is exactly right.
    """
    cfg = config or AlignerConfig.for_pair(src.lang, tgt.lang)
    if cfg.refine and {src.lang, tgt.lang} != FITTED_LANGUAGES:
        cfg = AlignerConfig(**{**cfg.to_dict(), "refine": False})  # the second pass is fitted on en-ja only
    if max_bead is not None:
        cfg = AlignerConfig(**{**cfg.to_dict(), "max_bead": max_bead})
    if cfg.max_bead < 1:
        raise InputError("max_bead must be at least 1")
    emb = embedder or default_embedder()
    t0 = time.perf_counter()
    src_side, tgt_side, adapted = document_sides(src, tgt, emb, cfg)
    t1 = time.perf_counter()
    raw = align_sides(src_side, tgt_side, cfg)
    t2 = time.perf_counter()
    return _bitext(src, tgt, raw, cfg, emb.model_id, adapted, embed_seconds=t1 - t0, align_seconds=t2 - t1)


def _bitext(src: Document, tgt: Document, raw: RawAlignment, cfg: AlignerConfig, model_id: str, adapted: bool,
            embed_seconds: float, align_seconds: float) -> Bitext:
    conf = confidences(raw.beads)
    beads = [Bead(b.src, b.tgt, score=round(b.sim, 6), confidence=round(float(c), 6)) for b, c in zip(raw.beads, conf, strict=True)]
    meta = {"aligner": {"model": model_id, "adapter": adapted, "config": cfg.to_dict(), "length_ratio": raw.ratio,
                        "band_width": raw.band_width,
                        "anchor_levels": raw.anchor_levels, "embed_seconds": round(embed_seconds, 4),
                        "align_seconds": round(align_seconds, 4)}}
    return Bitext(src=src, tgt=tgt, beads=beads, meta=meta)
