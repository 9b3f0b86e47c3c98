"""Japanese: bracket-aware sentence segmentation and fugashi/UniDic tokens."""

from __future__ import annotations

from functools import lru_cache

from align.errors import MissingModelError
from align.model import Token

#: Sentence-final marks; half-width forms appear in web text.
TERMINALS = frozenset("。！？!?．")
#: Marks that stay with the sentence they follow (。」 is impossible at depth 0,
#: but "！？", "。■" and "…。" are common).
TRAILERS = frozenset("。！？!?．…‥■□")
BRACKETS = {
    "「": "」", "『": "』", "（": "）", "(": ")", "“": "”", "‘": "’",
    "〔": "〕", "［": "］", "[": "]", "【": "】", "〈": "〉", "《": "》", "｛": "｝",
}
#: An opener whose closer is further than this is treated as unbalanced, so
#: one stray 「 cannot swallow the rest of a paragraph.
MAX_BRACKET_SPAN = 300


def segment(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one Japanese paragraph.

    Splits after 。！？!?． outside brackets and quotes and at line breaks;
    never inside 「」『』（）“” …; a paragraph without a final 。 (a heading,
    a list item) is one sentence.
    """
    spans: list[tuple[int, int]] = []
    closers_at = _balanced_openers(text)
    stack: list[str] = []
    quote_opens_sentence: list[bool] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            _push(spans, text, start, i)
            start = i + 1
        elif i in closers_at:
            stack.append(closers_at[i])
            quote_opens_sentence.append(not text[start:i].strip())
        elif stack and ch == stack[-1]:
            stack.pop()
            # 「…。」 standing as a sentence of its own ends that sentence.
            if quote_opens_sentence.pop() and not stack and text[i - 1] in TERMINALS:
                j = i + 1
                while j < n and text[j] in TRAILERS:
                    j += 1
                _push(spans, text, start, j)
                start = j
                i = j
                continue
        elif ch in "!?" and i > 0 and text[i - 1].isascii() and text[i - 1].isalpha() and i + 1 < n and not text[i + 1].isspace():
            pass  # "Yahoo!ニュース": a half-width mark inside a Latin name
        elif ch in TERMINALS and not stack:
            j = i + 1
            while j < n and text[j] in TRAILERS:
                j += 1
            _push(spans, text, start, j)
            start = j
            i = j
            continue
        i += 1
    _push(spans, text, start, n)
    return spans


def _balanced_openers(text: str) -> dict[int, str]:
    """Positions of openers that have a matching closer nearby → that closer."""
    found: dict[int, str] = {}
    pending: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if ch in BRACKETS and not (ch in "‘“" and pending and pending[-1][1] == ch):
            # Japanese nests 『』 inside 「」, never 「 inside 「: a second 「
            # before any 」 means the first one is never closed (a quote running
            # across paragraphs), so it must not swallow the sentences after it.
            pending = [(pos, closer) for pos, closer in pending if text[pos] != ch or ch in "(（"]
            pending.append((i, BRACKETS[ch]))
        elif pending:
            for k in range(len(pending) - 1, -1, -1):
                pos, closer = pending[k]
                if ch == closer:
                    if i - pos <= MAX_BRACKET_SPAN:
                        found[pos] = closer
                    del pending[k:]
                    break
    return found


def _push(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        # A lone trailing mark ("■" ending an article) belongs to the sentence before.
        if spans and all(c in TRAILERS for c in text[start:end]) and spans[-1][1] <= start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))


@lru_cache(maxsize=1)
def _tagger():
    try:
        import fugashi
        import unidic_lite
    except ImportError as exc:
        raise MissingModelError(
            "Japanese tokenization needs fugashi and unidic-lite: pip install fugashi unidic-lite"
        ) from exc
    return fugashi.Tagger(f"-d {unidic_lite.DICDIR}")


def tokenize(text: str, spans: list[tuple[int, int]]) -> list[Token]:
    """fugashi + unidic-lite tokens (lemma, POS, reading) for each span."""
    tagger = _tagger()
    tokens: list[Token] = []
    for start, end in spans:
        pos = start
        for word in tagger(text[start:end]):
            pos += len(word.white_space)
            feat = word.feature
            lemma = getattr(feat, "lemma", None) or word.surface
            pos_tag = "-".join(p for p in (feat.pos1, feat.pos2) if p and p != "*")
            reading = getattr(feat, "kana", None) or ""
            tokens.append(Token(pos, pos + len(word.surface), lemma, pos_tag, reading if reading != "*" else ""))
            pos += len(word.surface)
    return tokens
