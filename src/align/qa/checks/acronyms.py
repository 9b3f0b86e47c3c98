"""Acronyms: one acronym expanded in different ways, or an expansion that does not fit.

"国防戦略(NDS)" early in a document and "NDS(国家防衛戦略)" later is an
inconsistency a reader notices; "ASP(アジア太平洋戦略)" for the State
Department's Agency Strategic Plan is a mistranslation. The first is visible
in the translation alone; an English expansion is checked against its letters,
and with a source a Japanese expansion is compared with the source's English
expansion by cross-lingual similarity.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from align.model import Document
from align.qa.base import CheckContext, Finding, finding, register_check
from align.qa.jatext import body_sentences

ACR = r"[A-Z][A-Za-z0-9&\-]{0,8}[A-Z0-9]"
JA_WORD = r"[\u30a0-\u30ff\u4e00-\u9fff々ー・A-Za-z0-9０-９]"
JA_EXP_ACR = re.compile(rf"({JA_WORD}{{2,}})\s*[（(]\s*({ACR})\s*[）)]")
JA_ACR_EXP = re.compile(rf"(?<![A-Za-z])({ACR})\s*[（(]\s*([^（()）]{{2,40}}?)\s*[）)]")
EN_EXP_ACR = re.compile(rf"((?:[A-Z][\w'\-]*\s+(?:(?:of|and|for|the|on|in|de|&)\s+)*){{1,8}}[A-Z][\w'\-]*)\s*\(\s*({ACR})\s*\)")
COUNTER_PREFIX = re.compile(r"^第?[0-9０-９一二三四五六七八九十]+[回期次条]")
STOP = {"of", "and", "for", "the", "on", "in", "de", "&", "to", "a"}
#: Below this cosine a Japanese expansion does not render the source's English
#: expansion (true pairs in dev data score 0.45-0.9, other acronyms' 0.0-0.3).
FIT_COSINE = 0.35


@dataclass(slots=True)
class Expansion:
    """``acronym`` written out as ``text`` at ``span`` (the acronym at ``acr_span``)."""

    acronym: str
    text: str
    span: tuple[int, int]
    acr_span: tuple[int, int]


def _norm(text: str) -> str:
    return re.sub(r"[\s・･\-]", "", unicodedata.normalize("NFKC", text)).lower()


def find_expansions(doc: Document) -> list[Expansion]:
    """Every "expansion (ACR)" and "ACR (expansion)" in the translated text."""
    out: list[Expansion] = []
    text = doc.text
    for _i, start, end in body_sentences(doc):
        if doc.lang == "ja":
            for m in JA_EXP_ACR.finditer(text, start, end):
                exp = m.group(1)
                cut = COUNTER_PREFIX.match(exp)
                offset = cut.end() if cut else 0
                if not re.search("[\u30a0-\u30ff\u4e00-\u9fff]", exp[offset:]):
                    continue
                out.append(Expansion(m.group(2), exp[offset:], (m.start(1) + offset, m.end(1)), m.span(2)))
            for m in JA_ACR_EXP.finditer(text, start, end):
                if re.search("[\u30a0-\u30ff\u4e00-\u9fff]", m.group(2)) and not re.search(r"[、。,]", m.group(2)):
                    out.append(Expansion(m.group(1), m.group(2), m.span(2), m.span(1)))
        else:
            found = set()
            for m in EN_EXP_ACR.finditer(text, start, end):
                words = m.group(1).split()
                keep = _trim_to_fit(words, m.group(2))
                exp = " ".join(keep)
                a = m.end(1) - len(exp)
                out.append(Expansion(m.group(2), exp, (a, m.end(1)), m.span(2)))
                found.add(m.start(2))
            for pattern in (EN_ACR_ONLY, EN_OR_ACR):
                for m in pattern.finditer(text, start, end):
                    if m.start(1) in found:
                        continue
                    # "artificial intelligence (AI)", "Bharatiya Janata Party, or BJP", '"personal online data store" or a POD'
                    exp_span = _backward_expansion(text, start, m.start(), m.group(1))
                    if exp_span:
                        found.add(m.start(1))
                        out.append(Expansion(m.group(1), text[exp_span[0] : exp_span[1]], exp_span, m.span(1)))
    return out


EN_ACR_ONLY = re.compile(rf"\(\s*({ACR})\s*\)")
#: "the Bharatiya Janata Party, or BJP": the acronym given as an alternative name after "or".
EN_OR_ACR = re.compile(rf"[\"”’']?,?\s+or\s+(?:the\s+|an?\s+)?({ACR})\b")
#: Capitalized words (with the small words of names between them) that may spell an acronym by their initials.
EN_CAPITALIZED_RUN = re.compile(r"[A-Z][\w'\-]*(?:\s+(?:(?:of|and|for|the|on|in|de|&)\s+)*[A-Z][\w'\-]*)+")
EN_WORD = re.compile(r"[A-Za-z][\w\-]*")


def _backward_expansion(text: str, start: int, end: int, acronym: str) -> tuple[int, int] | None:
    """The shortest run of words right before "(ACR)" whose letters spell the acronym, in any case, or ``None``."""
    before = text[start:end]
    cut = max(before.rfind(c) for c in ".;:!?")  # stay inside the clause
    words = list(EN_WORD.finditer(before, cut + 1))
    letters = sum(1 for c in acronym if c.isalnum())
    fitting = []
    for n in range(2, min(len(words), letters + 4) + 1):
        tail = words[-n:]
        if tail[0].group(0).lower() in STOP:
            continue
        content = sum(1 for w in tail if w.group(0).lower() not in STOP)
        if content >= min(letters, 2) and english_fits(acronym, before[tail[0].start() : tail[-1].end()]):
            fitting.append((content != letters, n, tail))  # one word per letter first, then the shortest
    if not fitting:
        return None
    tail = min(fitting, key=lambda f: f[:2])[2]
    return start + tail[0].start(), start + tail[-1].end()


def _trim_to_fit(words: list[str], acronym: str) -> list[str]:
    """Drop leading capitalized words the acronym does not cover ("Last week NATO …")."""
    n_letters = sum(1 for c in acronym if c.isupper())
    content = [w for w in words if w.lower() not in STOP]
    extra = max(0, len(content) - n_letters)
    while extra and words and words[0][0].upper() != acronym[0]:
        if words.pop(0).lower() not in STOP:
            extra -= 1
    while words and words[0].lower() in STOP:  # "The National Defense Strategy (NDS)"
        words.pop(0)
    return words


def english_fits(acronym: str, expansion: str) -> bool:
    """Letters of ``acronym`` appear in order in ``expansion``, starting at its first word."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    words = [w for w in re.split(r"[\s\-]+", expansion) if w]
    if not words or not letters or words[0][0].lower() != letters[0]:
        return False
    flat = "".join(words).lower()
    pos = 0
    for c in letters:
        pos = flat.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def initials_spell(acronym: str, words: list[str]) -> bool:
    """One content word per capital letter of ``acronym``, in order ("Saturday Night Live" spells SNL)."""
    letters = [c for c in acronym if c.isupper()]
    content = [w for w in words if w.lower() not in STOP]
    return len(letters) >= 2 and len(content) == len(letters) and all(w[0] == c for w, c in zip(content, letters, strict=True))


def _initials_in_source(ctx: CheckContext, e: Expansion) -> str:
    """The capitalized name of the source sentence(s) aligned with ``e`` that spells ``e.acronym`` by its initials, or ""."""
    from align.qa.base import bead_of_sentence

    bt = ctx.bitext
    sentence = bt.tgt.sentence_at(e.span[0]) if bt is not None and ctx.doc is bt.tgt else None
    bead = bead_of_sentence(bt, "tgt").get(sentence) if sentence is not None else None
    if bead is None:
        return ""
    for i in bt.beads[bead].src:
        for m in EN_CAPITALIZED_RUN.finditer(bt.src.sentence_text(i)):
            words = m.group(0).split()
            for a in range(len(words)):
                for b in range(a + 2, len(words) + 1):
                    if words[a].lower() not in STOP and words[b - 1].lower() not in STOP and initials_spell(e.acronym, words[a:b]):
                        return " ".join(words[a:b])
    return ""


@register_check("acronym-inconsistent", "terminology", "minor", bilingual=False)
def check_inconsistent(ctx: CheckContext) -> Iterator[Finding]:
    """The same acronym written out in two different ways in one document."""
    groups: dict[str, list[Expansion]] = defaultdict(list)
    for e in find_expansions(ctx.doc):
        groups[e.acronym].append(e)
    for acronym, items in groups.items():
        forms: list[Expansion] = []
        for e in items:
            n = _norm(e.text)
            # an abbreviated form ("作戦統制権" beside "戦時作戦統制権") is not a second rendering
            if not any(n in _norm(f.text) or _norm(f.text) in n for f in forms):
                forms.append(e)
        if len(forms) > 1:
            names = " / ".join(f"“{f.text}”" for f in forms)
            yield finding(
                "acronym-inconsistent",
                f"{acronym} is expanded in {len(forms)} different ways: {names}",
                tgt_spans=[list(e.span) for e in items],
                details={"acronym": acronym, "forms": [f.text for f in forms]},
            )


@register_check("acronym-misfit", "accuracy/mistranslation", "major", bilingual=False)
def check_misfit(ctx: CheckContext) -> Iterator[Finding]:
    """An expansion that does not fit its acronym (letters in English; the source's expansion in Japanese)."""
    expansions = find_expansions(ctx.doc)
    source_exp: dict[str, str] = {}
    if ctx.bitext is not None:
        for e in find_expansions(ctx.bitext.src):
            if english_fits(e.acronym, e.text):
                source_exp.setdefault(e.acronym, e.text)
    ja_pairs = []
    if ctx.bitext is not None:  # no "X (ACR)" in the source: a name in its aligned sentence whose initials spell the acronym
        for e in expansions:
            if e.acronym not in source_exp and (name := _initials_in_source(ctx, e)):
                source_exp[e.acronym] = name
    for e in expansions:
        if re.fullmatch(r"[A-Za-z0-9 '&\-]+", e.text):
            if not english_fits(e.acronym, e.text):
                yield finding(
                    "acronym-misfit",
                    f"“{e.text}” does not spell {e.acronym}",
                    tgt_spans=[list(e.span)],
                    details={"acronym": e.acronym, "expansion": e.text},
                )
        elif e.acronym in source_exp:
            ja_pairs.append(e)
    if ja_pairs:
        from align.qa.embedding import cosine_pairs

        cos = cosine_pairs([e.text for e in ja_pairs], [source_exp[e.acronym] for e in ja_pairs])
        for e, c in zip(ja_pairs, cos, strict=True):
            if c < FIT_COSINE:
                src = source_exp[e.acronym]
                spans = [[m.start(), m.end()] for m in re.finditer(re.escape(src), ctx.bitext.src.text)][:3]  # type: ignore[union-attr]
                yield finding(
                    "acronym-misfit",
                    f"{e.acronym} is “{src}” in the source, but “{e.text}” here",
                    tgt_spans=[list(e.span)],
                    src_spans=spans,
                    details={"acronym": e.acronym, "expansion": e.text, "source": src, "cosine": round(float(c), 3)},
                )
