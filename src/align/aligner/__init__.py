"""Sentence aligner: monotonic bead DP over multilingual embeddings, linear in document length.

Beads 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2 (up to ``max_bead``) and explicit 1-0 / 0-1
(omission / addition) beads; margin-normalized cosine, a character length
model with a per-document ratio, paragraph boundaries as soft boundaries, a
learned local re-decision of merge / null / weak beads (``refine``) and a
calibrated confidence per bead. See ``align_documents``.
"""

from __future__ import annotations

from align.aligner.api import align_documents
from align.aligner.config import AlignerConfig

__all__ = ["AlignerConfig", "align_documents"]
