"""Linking Japanese and English entities and quantities inside aligned beads."""

from __future__ import annotations

import ast

import pytest

from align.entities import extract_entities, link_entities
from align.entities.link import quantity_score
from align.model import Bead, Bitext
from align.quantities import extract_quantities
from align.segment import sentences_from_lines


def build(en_lines, ja_lines, beads):
    en = extract_entities(sentences_from_lines(en_lines, "en"))
    ja = extract_entities(sentences_from_lines(ja_lines, "ja"))
    return link_entities(Bitext(en, ja, [Bead(e, j) for e, j in beads]))


def pairs(bitext, layer):
    """(en text, ja text) of paired links; en is the source here."""
    out = set()
    for lk in bitext.links:
        if lk.layer == layer and lk.src is not None and lk.tgt is not None:
            items = "entities" if layer == "entity" else "quantities"
            out.add((getattr(bitext.src, items)[lk.src].text, getattr(bitext.tgt, items)[lk.tgt].text))
    return out


@pytest.fixture(scope="module")
def seed_like():
    return build(
        ["South Korea's four largest defense firms - Hanwha Group, LIG Nex1, Korea Aerospace Industries and Hyundai Rotem - "
         "sold more than $14 billion in 2024, according to SIPRI.",
         "President Moon Jae-in last visited Beijing in December 2019.",
         "The Stimson Center said so."],
        ["SIPRIによれば、韓国の主要防衛産業4社(ハンファグループ、LIGネクス1、韓国航空宇宙産業、現代ロテム)の2024年売上高は140億ドル超だった。",
         "文在寅大統領が最後に北京を訪問したのは2019年12月である。",
         "スティムソン・センターはそう述べた。ソウルでも同じだ。"],
        [([0], [0]), ([1], [1]), ([2], [2])])


def test_names_pair_across_scripts(seed_like):
    got = pairs(seed_like, "entity")
    for pair in [("South Korea", "韓国"), ("Hanwha Group", "ハンファグループ"), ("LIG Nex1", "LIGネクス1"),
                 ("Korea Aerospace Industries", "韓国航空宇宙産業"), ("Hyundai Rotem", "現代ロテム"), ("SIPRI", "SIPRI"),
                 ("Moon Jae-in", "文在寅"), ("Beijing", "北京"), ("Stimson Center", "スティムソン・センター")]:
        assert pair in got, pair


def test_quantities_pair_by_value(seed_like):
    got = pairs(seed_like, "quantity")
    assert ("more than $14 billion", "140億ドル超") in got
    assert ("2024", "2024年") in got
    assert ("December 2019", "2019年12月") in got


def test_unpaired_items_are_kept_and_marked(seed_like):
    # ソウル has no counterpart in the English of bead 2
    ja_seoul = next(i for i, e in enumerate(seed_like.tgt.entities) if e.text == "ソウル")
    links = [lk for lk in seed_like.links if lk.layer == "entity" and lk.tgt == ja_seoul]
    assert len(links) == 1 and links[0].src is None and links[0].note == "unpaired" and links[0].bead == 2
    # every entity and quantity of a bead appears in exactly one link
    for layer, items in (("entity", "entities"), ("quantity", "quantities")):
        src_ids = [lk.src for lk in seed_like.links if lk.layer == layer and lk.src is not None]
        tgt_ids = [lk.tgt for lk in seed_like.links if lk.layer == layer and lk.tgt is not None]
        assert sorted(src_ids) == list(range(len(getattr(seed_like.src, items))))
        assert sorted(tgt_ids) == list(range(len(getattr(seed_like.tgt, items))))


def test_linking_is_idempotent_and_serializable(seed_like):
    before = [(lk.layer, lk.bead, lk.src, lk.tgt) for lk in seed_like.links]
    link_entities(seed_like)
    assert [(lk.layer, lk.bead, lk.src, lk.tgt) for lk in seed_like.links] == before
    again = Bitext.from_dict(seed_like.to_dict())
    assert again.links == seed_like.links and again.tgt.quantities == seed_like.tgt.quantities


def test_quantity_score_notes_a_dropped_qualifier():
    (ja,) = extract_quantities("140億ドル", "ja")
    (en,) = extract_quantities("more than $14 billion", "en")
    score, note = quantity_score(ja, en)
    assert 0.5 < score < 1 and "qualifier" in note
    (other,) = extract_quantities("$15 billion", "en")
    assert quantity_score(ja, other)[0] == 0


def test_dev_document_against_gold(dev_dir):
    """ntrex128/cbsnews.248411 with its gold beads: the hand-checked pairs of corpus/entities-gold are found."""
    base = dev_dir / "ntrex128"
    beads = [tuple(ast.literal_eval(side) for side in line.split(":")) for line in
             (base / "cbsnews.248411.align").read_text().splitlines() if line.strip()]
    bitext = build((base / "cbsnews.248411.en").read_text(encoding="utf-8").splitlines(),
                   (base / "cbsnews.248411.ja").read_text(encoding="utf-8").splitlines(), beads)
    got_names, got_numbers = pairs(bitext, "entity"), pairs(bitext, "quantity")
    for pair in [("Air Niugini", "エア ニウギニ"), ("Pacific", "太平洋"), ("American", "アメリカ人"), ("Bill Jaynes", "ビル ジェインズ"),
                 ("U.S. Navy", "アメリカ海軍")]:
        assert pair in got_names, pair
    for pair in [("111 people", "111 人"), ("two decades", "20 年間"), ("about 30 meters", "約 30 メートル"), ("seven people", "7 人")]:
        assert pair in got_numbers, pair


def test_romanized_name_with_only_short_english_parts_does_not_crash():
    # wikikyoto-perturbed/BDS00027 crashed the linker: every English part of the
    # name was shorter than four letters, so there was no part to compare.
    from align.entities.link import _romaji_similarity

    score = _romaji_similarity("リーカウ", "Li Ka Wu")
    assert 0.0 <= score <= 1.0


def test_a_known_name_of_something_else_is_no_rendering_by_sound():
    # ブラジル romanizes close to "Virus Protection Promise" (0.77), but the gazetteer knows it as Brazil; オークランド is
    # listed for both Auckland and Oakland, so it pairs with either through the gazetteer
    from align.entities.gazetteer import load_gazetteer
    from align.entities.link import NameScorer, _romaji_similarity
    from align.model import Entity

    assert _romaji_similarity("ブラジル", "Virus Protection Promise") >= 0.75
    blank_ja, blank_en = sentences_from_lines(["。"], "ja"), sentences_from_lines(["."], "en")
    scorer = NameScorer(blank_ja, blank_en, load_gazetteer(), use_embeddings=False)

    def score(ja: str, en: str) -> float:
        return scorer.score(Entity(0, len(ja), "GPE", ja, "test"), Entity(0, len(en), "ORG", en, "test"))[0]

    assert score("ブラジル", "Virus Protection Promise") == 0.0
    assert score("オークランド", "Oakland") >= 0.9 and score("オークランド", "Auckland") >= 0.9
    assert score("ボストン", "Boston Red Sox") >= 0.5, "a name that holds the place keeps its pairing by sound"
    bt = build(["The protest in Oakland began peacefully.", "The virus reached Brazil in March."],
               ["オークランドのデモは平和的に始まった。", "ウイルスは3月にブラジルに到達した。"], [([0], [0]), ([1], [1])])
    assert {("Oakland", "オークランド"), ("Brazil", "ブラジル")} <= pairs(bt, "entity")


def test_a_name_that_begins_with_a_place_is_not_paired_with_it_by_sound():
    # review_s6 item 5: ローマ (Rome) romanizes close to "Romeo", but Romeo is not Rome; the city keeps its counterpart
    bt = build(["We met Romeo on Friday.", "The pope spoke to the crowd in Rome on Friday."],
               ["金曜日にローマで会った。", "教皇は金曜日にローマで群衆に語りかけた。"], [([0], [0]), ([1], [1])])
    found = pairs(bt, "entity")
    assert ("Romeo", "ローマ") not in found, found
    assert ("Rome", "ローマ") in found, found


def test_projection_finds_a_homograph_counterpart_through_every_entry_it_names():
    """オークランド is the gazetteer's Auckland and Oakland: an English Oakland the Japanese model missed is projected onto it."""
    from align.entities.gazetteer import load_gazetteer
    from align.entities.project import project_entities
    from align.model import Entity

    en = sentences_from_lines(["The game was played in Oakland on Sunday."], "en")
    ja = sentences_from_lines(["試合は日曜日にオークランドで行われた。"], "ja")
    start = en.text.index("Oakland")
    en.entities.append(Entity(start, start + len("Oakland"), "GPE", "Oakland", "test"))
    bitext = Bitext(en, ja, [Bead([0], [0])])
    assert project_entities(bitext, load_gazetteer(), lambda item, theirs: False) >= 1
    assert [(e.text, e.source) for e in ja.entities] == [("オークランド", "projection:gazetteer")]
