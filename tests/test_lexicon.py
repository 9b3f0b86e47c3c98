"""The JMdict-derived lexicon: stems, Japanese gloss units, and pair coverage on made-up sentences."""

from __future__ import annotations

import math

import pytest

from align import lexicon


@pytest.mark.parametrize(("words", "same"), [
    (("move", "moved", "moves", "moving"), True),
    (("study", "studies", "studied"), True),
    (("stop", "stopped", "stops"), True),
    (("nation", "national"), True),
    (("international", "internationally"), False),
    (("building", "buildings"), True),
    (("agree", "agreed", "agrees"), True),
    (("bus", "business"), False),
    (("new", "news"), False),
])
def test_en_key_groups_inflections(words: tuple[str, ...], same: bool) -> None:
    keys = {lexicon.en_key(w) for w in words}
    assert (len(keys) == 1) is same


def test_english_keys_drop_function_words_and_contractions() -> None:
    keys = lexicon.english_keys("It isn't the alliance that the ministers discussed.")
    assert keys == {lexicon.en_key("alliance"), lexicon.en_key("ministers"), lexicon.en_key("discussed")}


def test_curly_apostrophes_are_contractions_too() -> None:
    assert lexicon.english_keys("It doesn’t matter.") == {lexicon.en_key("matter")}


def test_the_shipped_lexicon_uses_the_code_s_stems() -> None:
    # the file is derived with en_key: "international" must be stored as its stem, or no English word could match it
    assert lexicon.lookup("国際") == {lexicon.en_key("international")}


def test_a_topic_marked_word_is_not_read_as_a_set_phrase() -> None:
    # JMdict has 今日は "hello": the run 今日+は must not be looked up whole
    en = lexicon.english_keys("Today it rained.")
    assert lexicon.coverage(en, lexicon.japanese_glosses("今日は雨が降った。"))[0] == 1.0


def test_compound_is_looked_up_whole() -> None:
    # 安全保障 is "security", not 安全 "safety" + 保障 "guarantee" read apart
    units = lexicon.japanese_glosses("安全保障が課題だ。").units
    assert any(lexicon.en_key("security") in u for u in units)
    assert not any(lexicon.en_key("safety") in u for u in units)


def test_particles_and_light_verbs_give_no_units() -> None:
    # only 同盟 and 重視 are content words; は, を, している carry nothing to check
    assert len(lexicon.japanese_glosses("同盟を重視している。").units) == 2


def test_loanword_origin_counts_as_gloss() -> None:
    glosses = lexicon.japanese_glosses("テストを行った。")
    assert lexicon.en_key("test") in glosses.keys


def test_translation_covers_more_than_a_neighbour() -> None:
    en = lexicon.english_keys("Yesterday the minister announced a new economic policy in Tokyo.")
    own = lexicon.coverage(en, lexicon.japanese_glosses("昨日、大臣は東京で新しい経済政策を発表した。"))
    other = lexicon.coverage(en, lexicon.japanese_glosses("会議は雨のため延期された。"))
    assert own[0] >= 0.6 and own[1] >= 0.6
    assert other[0] <= 0.2 and other[1] <= 0.2


def test_a_dropped_clause_lowers_english_coverage() -> None:
    en = lexicon.english_keys("The government raised taxes, and the opposition protested in parliament.")
    full = lexicon.coverage(en, lexicon.japanese_glosses("政府は増税し、野党は議会で抗議した。"))[0]
    cut = lexicon.coverage(en, lexicon.japanese_glosses("政府は増税した。"))[0]
    assert full - cut >= 0.3


def test_no_content_words_is_no_evidence() -> None:
    en_cov, ja_cov = lexicon.coverage(lexicon.english_keys("Yes."), lexicon.japanese_glosses("。"))
    assert math.isnan(en_cov) and math.isnan(ja_cov)
    # a "Japanese" side copied in Latin script has no word the lexicon reads: no evidence, not "nothing covered"
    line = "NATO leaders met in Brussels on Tuesday."
    assert all(math.isnan(c) for c in lexicon.coverage(lexicon.english_keys(line), lexicon.japanese_glosses(line)))


def test_a_missing_lexicon_is_a_clear_error(tmp_path, monkeypatch) -> None:
    from align.errors import MissingModelError

    monkeypatch.setattr(lexicon, "LEXICON_FILE", tmp_path / "ja-en.tsv.gz")
    lexicon._forms.cache_clear()
    try:
        with pytest.raises(MissingModelError, match="lexicon"):
            lexicon._forms()
    finally:
        monkeypatch.undo()
        lexicon._forms.cache_clear()
