"""entity-mismatch with the JMdict lexicon: an English name the translation renders word by word in meaning is not missing.

Made-up sentence pairs, real NER, UniDic, embedder and lexicon. The contrast cases are what the benchmark's entity
injection does (a name dropped, or replaced by another name) and must stay findings."""

from __future__ import annotations

from align.model import Bead, Bitext
from align.qa import run_checks
from align.qa.checks.entities import glossed, ja_name_glossed
from align.segment import sentences_from_lines


def _findings(en: str, ja: str) -> list[str]:
    bt = Bitext(sentences_from_lines([en], "en"), sentences_from_lines([ja], "ja"), [Bead([0], [0], 1.0, 1.0)])
    return [f.message for f in run_checks(bitext=bt, checks=["entity-mismatch"])]


def test_a_title_translated_word_by_word_is_no_finding() -> None:
    en = "The Inspector-General of Intelligence said the agency had acted lawfully."
    ja = "情報保安部の監察長官は、同機関は合法的に行動したと述べた。"
    # inspector (監察) and intelligence (情報) are glossed, "general" is not: two words of three are enough
    assert glossed("Inspector-General of Intelligence", en, ja)
    assert _findings(en, ja) == []


def test_one_japanese_word_may_gloss_several_words_of_a_name() -> None:
    en = "The Bank of England raised interest rates on Thursday."
    assert glossed("Bank of England", en, "イングランド銀行は木曜日に金利を引き上げた。")
    assert glossed("Labour Party", "The Labour Party won the vote.", "労働党が投票で勝った。")


def test_a_substituted_organisation_is_not_glossed() -> None:
    en = "The Bank of England raised interest rates on Thursday."
    bad = "ペンシルバニア銀行は木曜日に金利を引き上げた。"
    assert not glossed("Bank of England", en, bad)  # 銀行 glosses "Bank"; nothing glosses "England"
    assert not glossed("Labour Party", "The Labour Party won the vote.", "保守党が投票で勝った。")
    assert any("ペンシルバニア" in m or "Bank of England" in m for m in _findings(en, bad))


def test_a_word_the_rest_of_the_sentence_needs_does_not_gloss_the_name() -> None:
    en = "The Ministry of Defence said defence spending rose."
    # 防衛費 renders "defence spending"; it cannot also stand for "Defence" of the ministry, and nothing glosses "Ministry"
    assert not glossed("Ministry of Defence", en, "防衛費が増えたと述べた。")
    assert glossed("Ministry of Defence", en, "国防省は防衛費が増えたと述べた。")


def test_a_dropped_person_is_still_found() -> None:
    en = "Inspector Graham Wetherby said the agency had acted lawfully."
    ja = "監察官は、同機関は合法的に行動したと述べた。"
    assert any("Graham Wetherby" in m for m in _findings(en, ja))


def test_a_common_noun_tagged_as_a_name_is_glossed() -> None:
    en = "Elder Abuse is a growing problem, the bureau said."  # the English NER tags "Elder Abuse" as a person
    ja = "高齢者虐待は深刻化していると局は述べた。"
    assert glossed("Elder Abuse", en, ja)  # 高齢者 glosses "elderly" (elder, up to an ending), 虐待 "abuse"
    assert not glossed("Elder Abuse", en, "高齢者は深刻化していると局は述べた。")
    assert _findings(en, ja) == []


def test_a_japanese_name_glossed_by_a_capitalized_english_word() -> None:
    en = "Mechanics across the northwest of England have come to know the park well."
    ja = "この公園のことはイギリス北西部の自動車整備士によく知れ渡っている。"
    assert ja_name_glossed("イギリス", ja, en)  # JMdict glosses イギリス as England, Britain, the United Kingdom
    assert not ja_name_glossed("中国", "中国は反対した。", "The country objected.")  # "country" is lower case: no name
    assert _findings(en, ja) == []
