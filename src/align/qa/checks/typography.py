"""Japanese typography: stray ASCII spaces, mixed full/half-width forms, unbalanced brackets.

Japanese body text does not put spaces between Latin letters or digits and
kana/kanji ("最新のNDS は、12 月に"): such spaces are usually left over from
machine translation or copy-paste. A document should also use one width for
each punctuation mark, and every opening bracket or quote needs its closer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.qa.base import CheckContext, Finding, finding, register_check
from align.qa.jatext import CJK, body_sentences, is_japanese_text

SPACE_RE = re.compile(f"(?<=[A-Za-z0-9%])[ \u00a0]+(?=[{CJK}])|(?<=[{CJK}])[ \u00a0]+(?=[A-Za-z0-9])")
#: (full-width, half-width) pairs a document should not mix.
WIDTH_PAIRS = (("（", "("), ("）", ")"), ("：", ":"), ("！", "!"), ("？", "?"), ("％", "%"), ("＆", "&"), ("／", "/"))
FULLWIDTH_DIGIT_RE = re.compile("[０-９]")
HALFWIDTH_DIGIT_RE = re.compile("[0-9]")
BRACKETS = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〔": "〕", "［": "］", "《": "》", "〈": "〉", "“": "”"}
CLOSERS = {v: k for k, v in BRACKETS.items()}


@register_check("typography-space", "linguistic convention", "minor", bilingual=False)
def check_spaces(ctx: CheckContext) -> Iterator[Finding]:
    """ASCII spaces between Latin letters/digits and kana/kanji in Japanese text (one finding per document)."""
    if ctx.doc.lang != "ja":
        return
    text = ctx.doc.text
    spans: list[list[int]] = []
    examples: list[str] = []
    for _i, start, end in body_sentences(ctx.doc):
        for m in SPACE_RE.finditer(text, start, end):
            spans.append([m.start(), m.end()])
            if len(examples) < 3:
                examples.append(text[max(start, m.start() - 4) : min(end, m.end() + 4)])
    if not spans:
        return
    shown = "、".join(f"“{e}”" for e in examples)
    yield finding(
        "typography-space",
        f"{len(spans)} ASCII space(s) between Latin letters/digits and Japanese, e.g. {shown}",
        tgt_spans=spans,
        details={"count": len(spans), "examples": examples},
    )


def _japanese_ranges(ctx: CheckContext) -> list[tuple[int, int]]:
    return [(s, e) for _i, s, e in body_sentences(ctx.doc) if is_japanese_text(ctx.doc.text[s:e])]


@register_check("typography-width", "linguistic convention", "minor", bilingual=False)
def check_width(ctx: CheckContext) -> Iterator[Finding]:
    """The same punctuation mark written both full-width and half-width in one document."""
    if ctx.doc.lang != "ja":
        return
    text = ctx.doc.text
    ranges = _japanese_ranges(ctx)
    pairs = [(re.compile(re.escape(f)), re.compile(re.escape(h)), f, h) for f, h in WIDTH_PAIRS]
    pairs.append((FULLWIDTH_DIGIT_RE, HALFWIDTH_DIGIT_RE, "０-９", "0-9"))
    for full_re, half_re, full, half in pairs:
        fulls = [m.span() for s, e in ranges for m in full_re.finditer(text, s, e)]
        halfs = [m.span() for s, e in ranges for m in half_re.finditer(text, s, e)]
        if not fulls or not halfs:
            continue
        minority, form, usual = (fulls, full, half) if len(fulls) <= len(halfs) else (halfs, half, full)
        yield finding(
            "typography-width",
            f"mixed widths: “{form}” used {len(minority)}× where the document mostly uses “{usual}”",
            tgt_spans=[list(sp) for sp in minority[:50]],
            details={"minority": form, "majority": usual, "minority_count": len(minority)},
        )


@register_check("typography-brackets", "linguistic convention", "minor", bilingual=False)
def check_brackets(ctx: CheckContext) -> Iterator[Finding]:
    """Opening bracket or quote without its closer (or the reverse), per paragraph."""
    text = ctx.doc.text
    paragraphs: dict[int, tuple[int, int]] = {}
    # one-sentence-per-line input loses paragraphs: a quote may run over several lines
    whole = bool(ctx.doc.meta.get("presegmented"))
    for i, start, end in body_sentences(ctx.doc):
        p = 0 if whole else ctx.doc.sentences[i].paragraph
        a, b = paragraphs.get(p, (start, end))
        paragraphs[p] = (min(a, start), max(b, end))
    for start, end in paragraphs.values():
        stack: list[tuple[str, int]] = []
        for pos in range(start, end):
            ch = text[pos]
            if ch in BRACKETS:
                stack.append((ch, pos))
            elif ch in CLOSERS:
                if stack and stack[-1][0] == CLOSERS[ch]:
                    stack.pop()
                elif any(o == CLOSERS[ch] for o, _ in stack):  # closes an outer one: the inner ones are unclosed
                    while stack and stack[-1][0] != CLOSERS[ch]:
                        yield _unbalanced(*stack.pop(), closed=False)
                    stack.pop()
                else:
                    yield _unbalanced(ch, pos, closed=True)
        for ch, pos in stack:
            yield _unbalanced(ch, pos, closed=False)


def _unbalanced(ch: str, pos: int, closed: bool) -> Finding:
    msg = f"closing “{ch}” without its opening “{CLOSERS[ch]}”" if closed else f"“{ch}” is never closed with “{BRACKETS[ch]}”"
    return finding("typography-brackets", msg, tgt_spans=[[pos, pos + 1]], details={"char": ch})
