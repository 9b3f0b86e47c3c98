"""Named entities present on one side only, and one source name rendered two ways.

Uses the entity linker (:func:`align.entities.link_entities`): a link whose
``src`` or ``tgt`` is ``None`` is an entity left without a counterpart in
its bead, which is how a substituted or dropped name shows up.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from align.model import Bitext, Entity, Link
from align.qa.base import CheckContext, Finding, finding, register_check
from align.qa.beadtext import bead_texts

#: Entity labels whose absence on one side is worth a reviewer's time
#: (numeric labels are the ``numbers`` check's job).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
#: Short or paraphrasable names ("US", "EU", demonyms) are often dropped on purpose.
MIN_CHARS = {"en": 4, "ja": 3}
#: A counterpart scoring at least this with the linker's name scorer, or a
#: katakana/Latin string this close in romanization, means the name is there
#: and only the pairing failed (label disagreement, greedy choice).
PRESENT_SCORE = 0.35


def entity_links(ctx: CheckContext) -> list[Link]:
    """Entity links of the bitext, running the extractor and linker when the pipeline did not."""
    if "entity_links" in ctx.cache:
        return ctx.cache["entity_links"]
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    links = [link for link in bt.links if link.layer == "entity"]
    if not links:
        from align.entities import extract_entities, link_entities

        for doc in (bt.src, bt.tgt):
            if not doc.entities:
                result: Any = extract_entities(doc)
                if isinstance(result, list):
                    doc.entities = result
        result = link_entities(bt)
        links = [link for link in (result if isinstance(result, list) else bt.links) if link.layer == "entity"]
    ctx.cache["entity_links"] = links
    return links


def _name_scorer(ctx: CheckContext) -> Any:
    if "name_scorer" not in ctx.cache:
        from align.entities.gazetteer import load_gazetteer
        from align.entities.link import NameScorer

        bt: Bitext = ctx.bitext  # type: ignore[assignment]
        ja, en = (bt.src, bt.tgt) if bt.src.lang == "ja" else (bt.tgt, bt.src)
        gaz = load_gazetteer()
        variants: dict[tuple[str, int], list[str]] = defaultdict(list)
        for lang in ("ja", "en"):
            for variant, (_label, entry) in getattr(gaz, lang).items():
                variants[(lang, entry)].append(variant)
        ctx.cache["name_scorer"] = NameScorer(ja, en, gaz)
        ctx.cache["gazetteer"] = (gaz, variants)
    return ctx.cache["name_scorer"]


def _in_gazetteer(ctx: CheckContext, text: str, lang: str, other_lang: str, other_text: str) -> bool:
    """A gazetteer translation of the name ("U.S." → 米国) occurs in the other side's text."""
    gaz, variants = ctx.cache["gazetteer"]
    entry = gaz.entry_of(text, lang)
    if entry is None:
        return False
    folded = other_text.lower()
    return any(v.lower() in folded for v in variants.get((other_lang, entry), []))


def _present(ctx: CheckContext, ent: Entity, side: str, bead: int) -> bool:
    """Whether ``ent`` (on ``side``) is rendered somewhere in the other side of ``bead`` after all."""
    from rapidfuzz import fuzz

    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    other_side = "tgt" if side == "src" else "src"
    other_doc = getattr(bt, other_side)
    other_text = bead_texts(bt, bead)[1 if other_side == "tgt" else 0]
    if _fold(ent.text) in _fold(other_text):
        return True
    lo = min((other_doc.sentences[i].start for i in getattr(bt.beads[bead], other_side)), default=0)
    hi = max((other_doc.sentences[i].end for i in getattr(bt.beads[bead], other_side)), default=0)
    scorer = _name_scorer(ctx)
    if _in_gazetteer(ctx, ent.text, getattr(bt, side).lang, other_doc.lang, other_text):
        return True
    ja_is_src = bt.src.lang == "ja"
    for cand in other_doc.entities:
        if lo <= cand.start < hi:
            j, e = (ent, cand) if (side == "src") == ja_is_src else (cand, ent)
            if scorer.score(j, e)[0] >= PRESENT_SCORE:
                return True
    words = _words(ent.text, getattr(bt, side).lang)
    theirs = _words(other_text, other_doc.lang)
    return any(fuzz.partial_ratio(a, b) >= 80 for a in words if len(a) >= 2 for b in theirs if len(b) >= 2)


def _skeleton(latin: str) -> str:
    """Consonant skeleton shared by an English name and its katakana romanization.

    Katakana renders a non-prevocalic "r" as a long vowel, "th" as s, "m"
    before b/p as ン, and has no l/r or v/b contrast, so "Chambers" and
    "chenbaazu" both become "knbs", "Tellis" and "terisu" "trs".
    """
    s = re.sub(r"[^a-z]", "", latin.lower())
    s = re.sub(r"r(?![aeiouy])", "", s)
    for a, b in (
        ("th", "s"),
        ("ph", "f"),
        ("sh", "s"),
        ("ch", "k"),
        ("ck", "k"),
        ("l", "r"),
        ("v", "b"),
        ("c", "k"),
        ("q", "k"),
        ("z", "s"),
        ("x", "ks"),
        ("m", "n"),
        ("j", "g"),
        ("w", ""),
    ):
        s = s.replace(a, b)
    s = re.sub(r"[aeiouyh]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def _words(text: str, lang: str) -> list[str]:
    """Skeletons of the name-like words of ``text`` (katakana runs romanized first)."""
    from align.entities.link import romanize

    if lang == "ja":
        return [_skeleton(romanize(m.group(0))) for m in re.finditer(r"[ァ-ヺー]{2,}|[A-Za-z]{2,}", text)]
    return [_skeleton(w) for w in re.findall(r"[A-Za-z]{3,}", text)]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("・", "").replace(" ", "").lower()


@register_check("entity-mismatch", "accuracy/mistranslation", "major", bilingual=True, requires=("align.entities:link_entities",))
def check_entity_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """A name on one side of a bead with no counterpart on the other."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    for link in entity_links(ctx):
        if link.src is not None and link.tgt is not None:
            continue
        side, doc = ("src", bt.src) if link.src is not None else ("tgt", bt.tgt)
        ent = doc.entities[link.src if link.src is not None else link.tgt]  # type: ignore[index]
        if ent.label not in NAME_LABELS or len(ent.text) < MIN_CHARS.get(doc.lang, 3):
            continue
        if doc.lang == "ja" and not re.search(r"[ァ-ヺA-Za-z]", ent.text):
            continue  # a kanji name cannot be checked against English spelling; the linker's embedding already failed
        if _present(ctx, ent, side, link.bead):
            continue
        where = "translation" if side == "src" else "source"
        yield finding(
            "entity-mismatch",
            f"{ent.label} “{ent.text}” has no counterpart in the {where}",
            category="accuracy/omission" if side == "src" else "accuracy/mistranslation",
            bead=link.bead,
            **{f"{side}_spans": [[ent.start, ent.end]]},
            details={"label": ent.label, "text": ent.text, "side": side, "note": link.note},
        )


@register_check("entity-renderings", "terminology", "minor", bilingual=True, requires=("align.entities:link_entities",))
def check_entity_renderings(ctx: CheckContext) -> Iterator[Finding]:
    """One source name rendered in two different ways in the translation."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    renderings: dict[str, dict[str, list[tuple[Link, int]]]] = defaultdict(lambda: defaultdict(list))
    for link in entity_links(ctx):
        if link.src is None or link.tgt is None:
            continue
        s, t = bt.src.entities[link.src], bt.tgt.entities[link.tgt]
        if s.label in NAME_LABELS:
            renderings[_fold(s.text)][_fold(t.text)].append((link, link.tgt))
    for forms in renderings.values():
        if len(forms) < 2:
            continue
        keys = sorted(forms, key=len)
        # a short form after the full one ("トランプ" after "ドナルド・トランプ") is normal usage
        if all(any(k in longer for longer in keys if longer != k) for k in keys[:-1]):
            continue
        links = [x for v in forms.values() for x in v]
        first = bt.src.entities[links[0][0].src]  # type: ignore[index]
        names = " / ".join(f"“{bt.tgt.entities[v[0][1]].text}”" for v in forms.values())
        yield finding(
            "entity-renderings",
            f"“{first.text}” is rendered in {len(forms)} ways: {names}",
            src_spans=[[bt.src.entities[lk.src].start, bt.src.entities[lk.src].end] for lk, _ in links],  # type: ignore[index]
            tgt_spans=[[bt.tgt.entities[t].start, bt.tgt.entities[t].end] for _, t in links],
            details={"source": first.text, "forms": [bt.tgt.entities[v[0][1]].text for v in forms.values()]},
        )
