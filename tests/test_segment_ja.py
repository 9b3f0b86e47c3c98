"""Japanese segmentation on the seed article's tricky places and on edge cases."""

from __future__ import annotations

import pytest

from align.lang import ja
from align.readers import read_document
from align.segment import segment_document


@pytest.fixture(scope="module")
def seed_doc(seed_path):
    return segment_document(read_document(seed_path))


def _sentences(doc):
    return doc.sentence_texts()


def test_quote_with_period_inside_is_not_split(seed_doc):
    sents = _sentences(seed_doc)
    quoted = [s for s in sents if "「韓国は北朝鮮抑止において" in s]
    assert len(quoted) == 1
    assert quoted[0].startswith("特に韓国に関しては「")
    assert quoted[0].endswith("と直接述べられている。")


def test_parentheses_stay_in_their_sentence(seed_doc):
    sents = _sentences(seed_doc)
    sipri = next(s for s in sents if s.startswith("SIPRI"))
    assert "(ハンファグループ、LIGネクス1、韓国航空宇宙産業、現代ロテム)" in sipri
    assert sipri.endswith("第2位の規模である。")


def test_stray_space_inside_date_is_kept_and_not_split(seed_doc):
    sents = _sentences(seed_doc)
    nds = next(s for s in sents if s.startswith("最新のNDS"))
    assert "12 月に発表された" in nds
    assert nds.endswith("続くものだ。")


def test_headings_and_title_block(seed_doc):
    kinds = {seed_doc.text[p.start : p.end]: p.kind for p in seed_doc.paragraphs}
    assert kinds["米国の新国防戦略で米韓同盟にどんな影響を生まれるのか"] == "title"
    assert kinds["The National Interest"] == "source"
    assert kinds["2026年1月26日"] == "dateline"
    for heading in ("朝鮮半島における米国の役割が変化する", "韓国の防衛産業の増強", "米中双方からの要因"):
        assert kinds[heading] == "heading"
    assert kinds["トランプ政権は、韓国に一層の軍事負担分担を期待している。"] == "body"


def test_english_tail_is_foreign_metadata_segmented_as_english(seed_doc):
    tail = seed_doc.paragraphs[-3:]
    assert [p.kind for p in tail] == ["foreign", "foreign", "foreign"]
    assert [p.lang for p in tail] == ["en", "en", "en"]
    assert _sentences(seed_doc)[-3:] == [
        "What the National Defense Strategy Means for the US-South Korea Alliance",
        "January 26, 2026",
        "By: J. James Kim",
    ]


def test_author_bio_is_marked(seed_doc):
    bio = [seed_doc.text[p.start : p.end] for p in seed_doc.paragraphs if p.kind == "bio"]
    assert bio[0] == "著者について:J・ジェームズ・キム"
    assert bio[1].startswith("J・ジェームズ・キムはスティムソン・センター")


def test_article_end_mark_stays_with_last_sentence(seed_doc):
    assert any(s.endswith("形作るだろう。■") for s in _sentences(seed_doc))


def test_sentence_spans_are_inside_their_paragraph(seed_doc):
    for s in seed_doc.sentences:
        p = seed_doc.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
        assert seed_doc.text[s.start : s.end] == seed_doc.text[s.start : s.end].strip()
    assert len(seed_doc.sentences) == 56


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("彼は「行く。待って。」と言った。次だ。", ["彼は「行く。待って。」と言った。", "次だ。"]),
        ("本当？うそ！それは（注。後述）だ。", ["本当？", "うそ！", "それは（注。後述）だ。"]),
        ("「終わりだ。」次の文。", ["「終わりだ。」", "次の文。"]),
        ("見出しだけ", ["見出しだけ"]),
        ("Yahoo!ニュースによると雨だ。", ["Yahoo!ニュースによると雨だ。"]),
        ("えっ!?本当に…。", ["えっ!?", "本当に…。"]),
        ("閉じない「括弧。次の文。", ["閉じない「括弧。", "次の文。"]),
        ("一行目\n二行目。", ["一行目", "二行目。"]),
    ],
)
def test_segment_rules(text, expected):
    assert [text[a:b] for a, b in ja.segment(text)] == expected


def test_japanese_tokens_have_offsets_lemma_and_reading(seed_doc):
    from align.segment import tokenize_document

    doc = tokenize_document(segment_document(read_document(seed_doc.meta["source"])))
    first = [t for t in doc.tokens if t.start >= doc.sentences[3].start and t.end <= doc.sentences[3].end]
    surfaces = [doc.text[t.start : t.end] for t in first]
    assert "".join(surfaces) == doc.sentence_text(3)
    kitai = next(t for t in first if doc.text[t.start : t.end] == "期待")
    assert kitai.pos.startswith("名詞")
    assert kitai.reading == "キタイ"
    shite = next(t for t in first if doc.text[t.start : t.end] == "し")
    assert shite.lemma == "為る"
    # The English tail is tokenized by spaCy, not fugashi.
    by = next(t for t in doc.tokens if doc.text[t.start : t.end] == "Defense")
    assert by.pos == "PROPN" and by.reading == ""
