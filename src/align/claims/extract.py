"""``extract_claims``: fill ``Document.claims`` from the cue rules (and, optionally, the classifier).

The default is the cue rules alone: on the held-out sets of the time they typed claims about as well as the
rules + classifier "hybrid" (pooled 0.627 vs 0.636 at the last scoring, with higher detection F1; benchmarks/RESULTS.md),
and in document-level cross-validation on the development gold neither the hybrid, nor a learned type model (USE-m3 +
cue features + the rule type), nor the classifier used only to add or drop rule claims did better than the rules;
the rules also need no embedding model.
With ``use_classifier=True`` (the "hybrid"):
the classifier says whether the sentence is a claim (its most probable class is not "none"); a commitment,
recommendation, position or prediction cue found by the rules fixes the type
(those cues are precise); otherwise the classifier's most probable type wins.
Without a classifier the rules decide alone.
"""

from __future__ import annotations

import numpy as np

from align.claims import classifier as clf
from align.claims.analysis import SentenceAnalysis
from align.claims.schema import AUTHOR, UNNAMED
from align.model import Claim, Document

#: Paragraph kinds never holding claims: metadata, section headings and author bios. Titles are kept:
#: a news headline is often the claim itself ("U.S. should double A.I. funding").
SKIP_KINDS = frozenset({"source", "dateline", "byline", "bio", "heading", "foreign"})
#: Rule types trusted over the classifier's type.
RULE_TYPES_TRUSTED = frozenset({"commitment", "recommendation", "policy_position", "prediction"})


def analyze_sentences(texts: list[str], lang: str) -> list[SentenceAnalysis]:
    """Run the language's cue analyzer over sentence texts."""
    if lang == "ja":
        from align.claims import ja

        return ja.analyze(texts)
    from align.claims import en

    return en.analyze(texts)


def decide(analysis: SentenceAnalysis, proba: np.ndarray | None, classes: tuple[str, ...] = clf.CLASSES) -> str:
    """The claim type of one sentence ("" = not a claim)."""
    rule = analysis.rule_type()
    if proba is None:
        return rule
    if classes[int(np.argmax(proba))] == "none":
        return ""
    if rule in RULE_TYPES_TRUSTED:
        return rule
    return max((c for c in classes if c != "none"), key=lambda c: proba[classes.index(c)])


def claims_for(texts: list[str], lang: str, kinds: list[str] | None = None,
               use_classifier: bool = False) -> list[tuple[int, str, SentenceAnalysis]]:
    """(sentence index, type, analysis) for every claim among ``texts``."""
    kinds = kinds or ["body"] * len(texts)
    keep = [i for i, (t, k) in enumerate(zip(texts, kinds, strict=True)) if k not in SKIP_KINDS and t.strip()]
    analyses = analyze_sentences([texts[i] for i in keep], lang)
    model = clf.load() if use_classifier else None
    probas: list[np.ndarray | None] = [None] * len(keep)
    if model is not None and keep:
        X = clf.design_matrix(clf.embed([texts[i] for i in keep]), analyses, [lang] * len(keep))
        probas = list(model.proba(X))
    out = []
    for i, a, p in zip(keep, analyses, probas, strict=True):
        kind = decide(a, p, model.classes if model is not None else clf.CLASSES)
        if kind:
            out.append((i, kind, a))
    return out


def extract_claims(doc: Document, use_classifier: bool = False) -> Document:
    """Fill ``doc.claims`` (one claim per claim sentence; ``sentence`` = sentence index) and return the document.

    Headings, bios and metadata lines (SKIP_KINDS) are skipped, and so is a foreign-language
    block (the English title/byline tail of a Japanese translation is metadata).
    """
    texts = doc.sentence_texts()
    kinds = [doc.paragraphs[s.paragraph].kind if doc.paragraphs else "body" for s in doc.sentences]
    langs = [(doc.paragraphs[s.paragraph].lang or doc.lang) if doc.paragraphs else doc.lang for s in doc.sentences]
    claims: list[Claim] = []
    for lang in sorted(set(langs)):
        idx = [i for i, x in enumerate(langs) if x == lang]
        found = claims_for([texts[i] for i in idx], lang, [kinds[i] for i in idx], use_classifier)
        for j, kind, a in found:
            i = idx[j]
            s = doc.sentences[i]
            claims.append(to_claim(s.start, s.end, i, kind, a))
    claims.sort(key=lambda c: c.start)
    doc.claims = claims
    doc.meta.setdefault("claims", {})["classifier"] = bool(use_classifier and clf.load() is not None)
    return doc


def to_claim(start: int, end: int, sentence: int, kind: str, a: SentenceAnalysis) -> Claim:
    """A model Claim from an analysis and the decided type."""
    holder = a.holder_for(kind)
    return Claim(
        start=start,
        end=end,
        sentence=sentence,
        type=kind,
        holder=holder,
        actor=a.actor,
        certainty=a.certainty,
        deontic=a.deontic if kind == "recommendation" else "",
        negated=a.negated,
        cue=a.cue(kind) or a.reporting,
        attributed_to=a.attributed_to or (holder if holder not in (AUTHOR, UNNAMED) else ""),
    )
