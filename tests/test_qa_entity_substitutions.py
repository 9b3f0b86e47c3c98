"""entity-mismatch on names replaced by a loanword or by another name (made-up sentences; real NER, UniDic and embedder).

Each bad translation swaps one rendering of a source name for a katakana word from elsewhere, as
benchmarks/inject_errors.py does; the good translation must stay free of findings."""

from __future__ import annotations

from align.model import Bead, Bitext
from align.qa import run_checks
from align.qa.checks.entities import loanword_compound_of, saint_rendered
from align.segment import sentences_from_lines


def _pair(en: list[str], ja: list[str]) -> Bitext:
    return Bitext(sentences_from_lines(en, "en"), sentences_from_lines(ja, "ja"), [Bead([i], [i], 1.0, 1.0) for i in range(len(en))])


def _flagged(found: list) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for f in found:
        out.setdefault(f.bead, set()).add(f.details.get("rendered") or f.details["text"])
    return out


def _check(en: list[str], bad: list[str], good: list[str], expected: list[str]) -> None:
    flagged = _flagged(run_checks(bitext=_pair(en, bad), checks=["entity-mismatch"]))
    for i, word in enumerate(expected):
        assert word in flagged.get(i, set()), (i, word, flagged)
    found = run_checks(bitext=_pair(en, good), checks=["entity-mismatch"])
    assert found == [], [f.message for f in found]


def test_loanword_in_place_of_a_name_is_found() -> None:
    en = [
        "The company sells Kleenex tissues in forty countries.",
        "He works for Vodafone in Manchester.",
        "The quake struck off the coast of Indonesia on Sunday, the country's weather agency said.",
    ]
    bad = [
        "同社は40カ国でギャングのティッシュを販売している。",  # a common loanword where a brand name was
        "彼はマンチェスターのマザーで働いている。",
        "日曜日、地震がマジックの沖合で発生したと国の気象機関が発表した。",  # 国 ("the country's") does not render Indonesia
    ]
    good = [
        "同社は40カ国でクリネックスのティッシュを販売している。",
        "彼はマンチェスターのボーダフォンで働いている。",
        "日曜日、地震がインドネシアの沖合で発生したと国の気象機関が発表した。",
    ]
    _check(en, bad, good, ["ギャング", "マザー", "マジック"])


def test_a_name_is_not_explained_by_a_word_rendered_elsewhere() -> None:
    en = [
        "Maria Arriani, a spokeswoman for the Indonesian Red Cross, said the damage was severe.",
        "On Sunday he teamed up with Tommy Fleetwood to win the match.",
        "German officers backed the Czechoslovaks at Munich.",
    ]
    bad = [
        "イランの赤十字の広報担当者マリア・アリアニは、被害は深刻だと述べた。",  # イラン ≈ "Arriani", but アリアニ renders it
        "日曜日、彼はトミー・フリートウッドとサンダースを組んで試合に勝った。",  # サンダース ≈ "Sunday", which is 日曜日
        "ドイツの将校たちはミュンヘンでグラナダ人を支援した。",  # グラナダ ≈ "German", which is ドイツ
    ]
    good = [
        "インドネシア赤十字の広報担当者マリア・アリアニは、被害は深刻だと述べた。",
        "日曜日、彼はトミー・フリートウッドとチームを組んで試合に勝った。",
        "ドイツの将校たちはミュンヘンでチェコスロバキア人を支援した。",
    ]
    _check(en, bad, good, ["イラン", "サンダース", "グラナダ"])


def test_loanwords_that_translate_the_source_are_not_findings() -> None:
    # each bead also has a name the translation leaves out (Kimi, Hartwell Labs), so its loanwords are judged: each means or
    # spells a word of the source (ハイテク "tech", キープ "kept", シアヌル "cyanuric" with its ending dropped)
    en = [
        "Shares of Apple fell sharply as the tech-heavy Nasdaq index dropped.",
        "He kept his tyres going to overtake Kimi Raikkonen for third place.",
        "The researchers found crystals formed by melamine and cyanuric acid at Hartwell Labs.",
    ]
    ja = [
        "ハイテク株中心のナスダック指数が下落し、アップル株は急落した。",
        "彼はタイヤを持たせてライコネンを抜き、3位をキープした。",
        "研究者らは、メラミンとシアヌル酸によって形成された結晶を研究所で発見した。",
    ]
    found = run_checks(bitext=_pair(en, ja), checks=["entity-mismatch"])
    flagged = {w for words in _flagged(found).values() for w in words}
    assert not flagged & {"ハイテク", "キープ", "シアヌル", "メラミン"}, [f.message for f in found]
    assert "Hartwell Labs" in flagged, "the dropped lab name is still reported, and it is what made the loanwords suspect"


def _names(en: list[str], ja: list[str]) -> dict[int, set[str]]:
    return _flagged(run_checks(bitext=_pair(en, ja), checks=["entity-mismatch"]))


def test_a_title_used_as_a_verb_does_not_stand_for_a_name() -> None:
    # 監督 is a title ("manager") for a person named before, but 監督している is the verb "oversees" (the translation has
    # not given the name before either, so the subject it leaves out is not one it introduced)
    en = ["Collins was appointed in May.", "Collins oversees the budget."]
    assert "Collins" in _names(en, ["5月に任命された。", "予算を監督している。"]).get(1, set())
    assert 1 not in _names(en, ["5月に任命された。", "監督は予算の責任者だ。"]), "監督は: the title stands for the person"


def test_one_japanese_word_explains_one_source_name() -> None:
    # イギリス may stand for "London" (the government), but not when it already renders "UK" in the same bead
    assert "London" in _names(["UK officials met in London on Tuesday."], ["イギリスの当局者が火曜日に会合を開いた。"]).get(0, set())
    assert _names(["UK officials met in London on Tuesday."], ["イギリスの当局者が火曜日にロンドンで会合を開いた。"]) == {}
    assert _names(["Officials in London said the talks had failed."], ["イギリスの当局者は、協議は失敗したと述べた。"]) == {}


def test_a_compound_of_loanwords_translating_the_source_is_not_a_name() -> None:
    en = ["Greg Hansen of Delmont Bank said customer service quality had improved."]
    ja = ["デルモント銀行のグレッグ・ハンセン氏は、カスタマサービスクオリティが向上したと述べた。"]
    assert _names(en, ja) == {}
    # the same kind of compound with a part no source word gives is still suspect (as a loanword in place of a name)
    assert loanword_compound_of("ノンターゲティング", ["The", "Non-Targeted", "programme"])
    assert not loanword_compound_of("ノンターゲティング", ["The", "Delmont", "programme"])
    assert not loanword_compound_of("グレッグ", ["Greg"]), "a name is no loanword, however it is spelled"


def test_a_saint_is_rendered_in_the_local_language() -> None:
    en = ["Thousands gathered in St. Peter's Square on Sunday."]
    assert _names(en, ["日曜日、数千人がサンピエトロ広場に集まった。"]) == {}
    assert saint_rendered("St. Peter", "サンピエトロ広場")
    assert not saint_rendered("St. Peter", "サンマルコ広場"), "another saint is another place"


def test_a_katakana_homograph_renders_either_of_its_names() -> None:
    # オークランド is Auckland and Oakland, コロンビア Colombia and Columbia: the gazetteer lists both, so neither reading is
    # "the known name of something else"; a known name that is not a homograph still replaces the source name
    en = ["The protest in Oakland began peacefully, but turned violent later into the night.",
          "She studied at Columbia before moving to Colombia."]
    assert _names(en, ["オークランドのデモは平和裏に始まったものの、夜遅くに暴徒化。",
                       "彼女はコロンビアで学んだ後、コロンビアに移った。"]) == {}
    flagged = _names(en, ["ポートランドのデモは平和裏に始まったものの、夜遅くに暴徒化。",
                          "彼女はコロンビアで学んだ後、コロンビアに移った。"])
    assert flagged == {0: {"ポートランド"}}, "Oakland rendered as Portland"


def test_a_place_a_name_begins_with_does_not_render_it() -> None:
    # review_s6 item 5: "Romeo" left out and ローマ (Rome) written instead is a finding; ロメオ renders him
    _check(["We met Romeo on Friday."], ["金曜日にローマで会った。"], ["金曜日にロメオに会った。"], ["Romeo"])
