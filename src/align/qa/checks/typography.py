"""Japanese typography: stray ASCII spaces, mixed full/half-width forms, unbalanced brackets.

Japanese body text does not put spaces between Latin letters or digits and
kana/kanji ("最新のNDS は、12 月に"): such spaces are usually left over from
machine translation or copy-paste. A document should also use one width for
each punctuation mark, and every opening bracket or quote needs its closer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.qa.base import CheckContext, Finding, bead_of_sentence, finding, register_check
from align.qa.jatext import CJK, body_sentences, is_japanese_text

SPACE_RE = re.compile(f"(?<=[A-Za-z0-9%])[ \u00a0]+(?=[{CJK}])|(?<=[{CJK}])[ \u00a0]+(?=[A-Za-z0-9])")
#: (full-width, half-width) marks a document should not mix; the two parentheses are one class, so one
#: half-width pair in a full-width document is one finding, not one per parenthesis.
WIDTH_PAIRS = (("（）", "()"), ("：", ":"), ("！", "!"), ("？", "?"), ("％", "%"), ("＆", "&"), ("／", "/"))
FULLWIDTH_DIGIT_RE = re.compile("[０-９]")
HALFWIDTH_DIGIT_RE = re.compile("[0-9]")
BRACKETS = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〔": "〕", "［": "］", "《": "》", "〈": "〉", "“": "”"}
CLOSERS = {v: k for k, v in BRACKETS.items()}
#: Width variants of one bracket: "(1986～88年）" is one bracket pair with a width slip, not two unbalanced brackets.
SAME_BRACKET = {"（": "(", "(": "（", "）": ")", ")": "）"}


#: A Latin letter/digit touching kana/kanji with no space: the other convention.
TIGHT_RE = re.compile(f"(?<=[A-Za-z0-9%])(?=[{CJK}])|(?<=[{CJK}])(?=[A-Za-z0-9])")


@register_check("typography-space", "linguistic convention", "minor", bilingual=False)
def check_spaces(ctx: CheckContext) -> Iterator[Finding]:
    """Spacing between Latin letters/digits and kana/kanji that departs from the document's convention (at most one finding
    for digits and one for Latin words per document).

    Standard Japanese typography puts no space there ("12月に"), but many publishers
    consistently write "12 月に"; under the default ``typography="document"`` option
    only the minority usage is flagged (the spaced ones in a tight document, the tight
    ones in a spaced document), and nothing when both are equally frequent. With
    ``typography="absolute"`` every ASCII space there is flagged.
    """
    if ctx.doc.lang != "ja":
        return
    text = ctx.doc.text
    spaced: dict[str, list[list[int]]] = {"digit": [], "word": []}
    tight: dict[str, list[list[int]]] = {"digit": [], "word": []}
    for _i, start, end in body_sentences(ctx.doc):
        for m in SPACE_RE.finditer(text, start, end):
            if not _address_boundary(text, m.start(), m.end()) and not _spaced_score(text, m.start(), m.end()):
                spaced[_boundary_class(text, m.start(), m.end())].append([m.start(), m.end()])
        for m in TIGHT_RE.finditer(text, start, end):
            tight[_boundary_class(text, m.start(), m.start())].append([m.start(), m.start()])
    # digits and Latin words are judged apart: many publishers write "12月" but space a Latin word ("の eBay メール")
    for cls, label in (("digit", "digits"), ("word", "Latin letters")):
        n_spaced, n_tight = len(spaced[cls]), len(tight[cls])
        if ctx.option("typography") == "absolute" or n_spaced < n_tight:
            spans, what = spaced[cls], f"ASCII space(s) between {label} and Japanese"
            usual = f"; the document writes {n_tight} without" if n_tight else ""
        elif n_tight < n_spaced:
            spans, what = tight[cls], f"place(s) with no space between {label} and Japanese"
            usual = f"; the document's convention is a space ({n_spaced}×)"
        else:
            continue
        if not spans or (cls == "word" and len(spans) < MIN_WORD_SLIPS and ctx.option("typography") != "absolute"):
            continue
        examples = [_context(text, a, b) for a, b in spans[:3]]
        shown = "、".join(f"“{e}”" for e in examples)
        yield finding(
            "typography-space",
            f"{len(spans)} {what}, e.g. {shown}{usual}",
            tgt_spans=[[a, max(b, a + 1)] for a, b in spans],
            details={"count": len(spans), "examples": examples, "spaced": n_spaced, "tight": n_tight, "class": cls},
        )


#: Spacing around a Latin word is a house-style choice many Japanese style guides make the other way (a half-width space
#: around alphanumerics); one word spaced differently from the rest is within that tolerance, a pattern of two or more is not.
MIN_WORD_SLIPS = 2
#: An e-mail address, URL or handle next to the space: it is set off by a space for legibility, whatever the house style.
ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*|(?:https?://|www\.)\S+|@\w+")


def _address_boundary(text: str, a: int, b: int) -> bool:
    """The space ``text[a:b]`` borders an e-mail address, a URL or a handle ("または jo@example.com")."""
    line_start, line_end = text.rfind("\n", 0, a) + 1, text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    return any(m.end() == a or m.start() == b for m in ADDRESS_RE.finditer(text, line_start, line_end))


SPACED_SCORE = re.compile(r"\d+ ?[-－–] ?\d+")


def _spaced_score(text: str, a: int, b: int) -> bool:
    """The space sets off a score written with spaces round its dash ("リヴィングストン 1 - 0 レンジャーズ", "西武 0 － 5 ロッテ"),
    the way results tables and the English source write it."""
    line_start, line_end = text.rfind("\n", 0, a) + 1, text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    return any(" " in m.group(0) and (m.start() == b or m.end() == a) for m in SPACED_SCORE.finditer(text, line_start, line_end))


def _boundary_class(text: str, a: int, b: int) -> str:
    """"digit" or "word": the ASCII character on either side of the boundary ``text[a:b]``."""
    ascii_char = text[a - 1] if a and text[a - 1].isascii() else text[b:b + 1]
    return "digit" if ascii_char.isdigit() or ascii_char == "%" else "word"


def _japanese_ranges(ctx: CheckContext) -> list[tuple[int, int]]:
    return [(s, e) for _i, s, e in body_sentences(ctx.doc) if is_japanese_text(ctx.doc.text[s:e])]


#: Marks that belong to a Latin word when they follow a Latin letter ("Yahoo!", "Q&A", "AC/DC"); brackets
#: around Latin ("国務省(DOS)") still belong to the Japanese sentence.
LATIN_MARKS = frozenset("!?:&/")
DIGIT_RUN_RE = re.compile("[0-9０-９]+")


def _width_classes(ctx: CheckContext, ranges: list[tuple[int, int]]) -> Iterator[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]]:
    """``(label, full-width spans, half-width spans)`` per class of marks whose widths a document should not mix."""
    text = ctx.doc.text
    for full, half in WIDTH_PAIRS:
        fulls = sorted((m, m + 1) for s, e in ranges for ch in full for m in _positions(text, ch, s, e))
        halfs = sorted((m, m + 1) for s, e in ranges for ch in half for m in _positions(text, ch, s, e))
        if half in LATIN_MARKS:  # "Yahoo!" keeps its own punctuation inside Japanese text
            halfs = [(a, b) for a, b in halfs if not _latin_neighbour(text, a, half)]
        if half == ":":  # "09:00", "2:1": a colon between digits belongs to the time or score, not to the sentence
            fulls = [(a, b) for a, b in fulls if not _between_digits(text, a)]
            halfs = [(a, b) for a, b in halfs if not _between_digits(text, a)]
        yield f"{full}/{half}", fulls, halfs
    runs = [m.span() for s, e in ranges for m in DIGIT_RUN_RE.finditer(text, s, e)]
    by_len: dict[str, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {"single": ([], []), "multi": ([], [])}
    for a, b in runs:
        group = by_len["single" if b - a == 1 else "multi"]
        if FULLWIDTH_DIGIT_RE.match(text[a]):
            group[0].append((a, b))
        elif HALFWIDTH_DIGIT_RE.match(text[a]):
            group[1].append((a, b))
    if ctx.option("typography") == "absolute":
        yield "０-９/0-9", by_len["single"][0] + by_len["multi"][0], by_len["single"][1] + by_len["multi"][1]
    else:  # many publishers write one-digit numbers full-width and longer ones half-width (２人, 2017年): judge each apart
        yield "０-９/0-9 (one digit)", *by_len["single"]
        yield "０-９/0-9 (several digits)", *by_len["multi"]


DIGITS = "0123456789０１２３４５６７８９"


def _between_digits(text: str, pos: int) -> bool:
    return 0 < pos < len(text) - 1 and text[pos - 1] in DIGITS and text[pos + 1] in DIGITS


def _latin_neighbour(text: str, pos: int, mark: str) -> bool:
    """The mark at ``pos`` ends or joins a Latin word: it follows a Latin letter."""
    near = text[pos - 1 : pos]
    return near.isascii() and near.isalpha()


def _positions(text: str, ch: str, start: int, end: int) -> Iterator[int]:
    pos = text.find(ch, start, end)
    while pos >= 0:
        yield pos
        pos = text.find(ch, pos + 1, end)


@register_check("typography-width", "linguistic convention", "minor", bilingual=False)
def check_width(ctx: CheckContext) -> Iterator[Finding]:
    """The same punctuation mark (or digits of the same length) written both full-width and half-width in one document.

    The document's majority width is its convention; the minority occurrences are flagged.
    """
    if ctx.doc.lang != "ja":
        return
    for label, fulls, halfs in _width_classes(ctx, _japanese_ranges(ctx)):
        if not fulls or not halfs:
            continue
        full, half = label.split(" ")[0].split("/")
        minority, form, usual = (fulls, full, half) if len(fulls) <= len(halfs) else (halfs, half, full)
        scope = label.partition(" ")[2]
        yield finding(
            "typography-width",
            f"mixed widths{' ' + scope if scope else ''}: “{form}” used {len(minority)}× where the document mostly uses “{usual}”",
            tgt_spans=[list(sp) for sp in minority[:50]],
            details={"minority": form, "majority": usual, "minority_count": len(minority), "majority_count": max(len(fulls), len(halfs))},
        )


@register_check("typography-brackets", "linguistic convention", "minor", bilingual=False)
def check_brackets(ctx: CheckContext) -> Iterator[Finding]:
    """Opening bracket or quote without its closer (or the reverse), per paragraph; with a source, not when the
    source leaves the same mark unbalanced there (:func:`mirrors_source`)."""
    text = ctx.doc.text
    paragraphs: dict[int, tuple[int, int]] = {}
    # one-sentence-per-line input loses paragraphs: a quote may run over several lines
    whole = bool(ctx.doc.meta.get("presegmented"))
    for i, start, end in body_sentences(ctx.doc):
        p = 0 if whole else ctx.doc.sentences[i].paragraph
        a, b = paragraphs.get(p, (start, end))
        paragraphs[p] = (min(a, start), max(b, end))
    unclosed: list[tuple[str, int]] = []
    stray: list[tuple[str, int]] = []
    for start, end in paragraphs.values():
        stack: list[tuple[str, int]] = []
        for pos in range(start, end):
            ch = text[pos]
            if ch in BRACKETS:
                stack.append((ch, pos))
            elif ch in CLOSERS:
                if stack and stack[-1][0] == CLOSERS[ch]:
                    stack.pop()
                elif stack and stack[-1][0] == SAME_BRACKET.get(CLOSERS[ch]):
                    opener, at = stack.pop()
                    yield finding(
                        "typography-brackets",
                        f"“{opener}” closed by “{ch}”: the pair mixes full- and half-width",
                        tgt_spans=[[at, at + 1], [pos, pos + 1]],
                        details={"char": opener, "closer": ch},
                    )
                elif any(o == CLOSERS[ch] for o, _ in stack):  # closes an outer one: the inner ones are unclosed
                    while stack and stack[-1][0] != CLOSERS[ch]:
                        unclosed.append(stack.pop())
                    stack.pop()
                else:
                    stray.append((ch, pos))
        unclosed += stack
    for ch, pos in unclosed:
        if not mirrors_source(ctx, ch, pos, closed=False) and not reopened_next_paragraph(text, ch, pos):
            yield _unbalanced(ch, pos, closed=False)
    for ch, pos in stray:
        if not mirrors_source(ctx, ch, pos, closed=True) and not _closer_pair(text, ch, pos, stray):
            yield _unbalanced(ch, pos, closed=True)


#: Japanese writing often quotes with the closing mark twice (最大”600円割引”): a pair, not two strays.
SAME_MARK_QUOTES = frozenset("”’")
SAME_MARK_SPAN = 40


def _closer_pair(text: str, ch: str, pos: int, stray: list[tuple[str, int]]) -> bool:
    """``ch`` at ``pos`` is one of two stray closing quotes of the same kind in one sentence, at most :data:`SAME_MARK_SPAN`
    characters apart and nothing of the kind between them, the first opening a quoted span: the ”…” quoting style. An odd
    one out is still stray, and so are two closers whose openers were dropped (大丈夫”だと言った。晴れ”です, はい”と…いいえ”と):
    a sentence ends between them, or a particle or auxiliary follows the first, which a quotation does not open with."""
    if ch not in SAME_MARK_QUOTES:
        return False
    marks = [p for c, p in stray if c == ch]
    i = marks.index(pos)
    # pair them left to right on each line: the first with the second, the third with the fourth
    partner = marks[i + 1] if i % 2 == 0 and i + 1 < len(marks) else marks[i - 1] if i % 2 == 1 else None
    if partner is None:
        return False
    a, b = sorted((pos, partner))
    if not 0 < b - a - 1 <= SAME_MARK_SPAN or re.search(r"[\n。！？!?]", text[a:b]):
        return False
    if not re.match(r"[ぁ-ゖ]", text[a + 1]):
        return True
    from align.lang.ja import _tagger

    first = next(iter(_tagger()(text[a + 1 : b])), None)
    return first is None or first.feature.pos1 not in ("助詞", "助動詞")


def reopened_next_paragraph(text: str, ch: str, pos: int) -> bool:
    """A quotation left open at the end of its paragraph and opened again at the start of the next one: the English
    convention for a quotation that runs over several paragraphs, which translators carry over (「…\n\n「…」)."""
    line_end = text.find("\n", pos)
    if line_end < 0 or BRACKETS[ch] in text[pos:line_end]:
        return False
    rest = text[line_end:].lstrip()
    return rest.startswith(ch)


#: What a Japanese quote or bracket mark renders in an English source: (opening marks, closing marks, symmetric marks)
SOURCE_MARKS = {"「": ("“‘", "”’", '"'), "『": ("“‘", "”’", '"'), "“": ("“", "”", '"'), "（": ("(", ")", ""), "(": ("(", ")", "")}


def mirrors_source(ctx: CheckContext, ch: str, pos: int, closed: bool) -> bool:
    """Whether the source leaves the same mark unbalanced at the same place, so the translation only keeps it.

    News sources often open a quotation and never close it (a multi-paragraph
    quote, or an editing slip); a translation that renders it faithfully is not
    at fault. For an unclosed opener the source text from this bead to the end
    is checked, for a stray closer the text from the start to this bead.
    """
    bt = ctx.bitext
    opener = CLOSERS.get(ch, ch)
    if bt is None or ctx.doc is not bt.tgt or opener not in SOURCE_MARKS:
        return False
    sentence = bt.tgt.sentence_at(pos)
    bead = bead_of_sentence(bt, "tgt").get(sentence) if sentence is not None else None
    if bead is None:
        return False
    ids = [i for b in (bt.beads[bead:] if not closed else bt.beads[: bead + 1]) for i in b.src]
    text = "\n".join(bt.src.sentence_text(i) for i in ids)
    opens, closes, symmetric = SOURCE_MARKS[opener]
    surplus = sum(text.count(c) for c in opens) - sum(text.count(c) for c in closes)
    odd = bool(symmetric) and sum(text.count(c) for c in symmetric) % 2 == 1
    if symmetric:  # a straight quote opens before a word and closes after one ('Mercedes" team' is a stray closer)
        surplus += sum(1 if _opens_word(text, m.start()) else -1 for m in re.finditer(re.escape(symmetric), text))
    return odd or (surplus > 0 if not closed else surplus < 0)


def _opens_word(text: str, pos: int) -> bool:
    """A straight quote at ``pos`` opens a quotation: nothing or a space/bracket before it, a non-space after it."""
    before, after = text[pos - 1 : pos], text[pos + 1 : pos + 2]
    return (not before or before.isspace() or before in "([{—–-") and bool(after) and not after.isspace()


def _unbalanced(ch: str, pos: int, closed: bool) -> Finding:
    msg = f"closing “{ch}” without its opening “{CLOSERS[ch]}”" if closed else f"“{ch}” is never closed with “{BRACKETS[ch]}”"
    return finding("typography-brackets", msg, tgt_spans=[[pos, pos + 1]], details={"char": ch})


def _context(text: str, start: int, end: int, width: int = 4) -> str:
    """The span with up to ``width`` characters either side, never across a line break (the message is one line)."""
    left = max(0, start - width)
    left += text[left:start].rfind("\n") + 1
    right = text.find("\n", end, end + width)
    return text[left : right if right >= 0 else end + width]
