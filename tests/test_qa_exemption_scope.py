"""Exemptions for clean text that reached too far (code review of session 7): each test gives made-up pairs with an
injected error the exemption silenced, which must be reported again, and the clean pair the exemption was written for
(tests/test_qa_clean_classes.py), which must stay quiet. Real NER, UniDic, gazetteer and embedder."""

from __future__ import annotations

from align.entities.gazetteer import load_gazetteer
from align.model import Bead, Bitext
from align.qa import run_checks
from align.qa.base import CheckContext
from align.qa.checks.entities import _onomatopoeia, _sounds_alike, _unit_reference
from align.qa.checks.hedges import hedge_shift
from align.segment import sentences_from_lines


def _messages(en: str, ja: str, check: str) -> list[str]:
    bt = Bitext(sentences_from_lines([en], "en"), sentences_from_lines([ja], "ja"), [Bead([0], [0], 1.0, 1.0)])
    return [f.message for f in run_checks(bitext=bt, checks=[check])]


def test_a_guess_adverb_is_excused_only_by_a_speakers_own_guess() -> None:
    # "about", "said", "will", "some", "around" report or round a fact: an injected 多分/おそらく is still a hedge
    for en, ja in [("About 200 people attended the rally.", "集会には多分200人が参加した。"),
                   ("Police said the man fled on foot.", "警察によると、男はおそらく徒歩で逃走した。"),
                   ("The company will open some new stores.", "同社は多分新しい店舗を開く。"),
                   ("The fire destroyed around 40 homes.", "火災でおそらく40軒の家が焼けた。")]:
        assert hedge_shift(en, ja)[0] == "added", en
    assert hedge_shift("I'm sure it's solid, but I'm looking forward to the ending.", "多分手堅いだろうなと結末も楽しみ") == ("", "")
    assert hedge_shift("I think it will rain tomorrow.", "明日は多分雨が降る。") == ("", "")


def test_grammar_written_in_hiragana_is_no_name() -> None:
    # この (kono), なら (nara), その (sono), ただ (tada) romanize to names but are a demonstrative, a copula, a conjunction
    assert any("Kono" in m for m in _messages("Kono said the talks would resume next month.", "この協議は来月再開されると述べた。",
                                              "entity-mismatch"))
    assert any("Nara" in m for m in _messages("Officials in Nara said the park would reopen.", "当局者は、公園なら再開すると述べた。",
                                              "entity-mismatch"))
    assert not _sounds_alike("Kono", "PERSON", "茂木氏は、この協議は来月再開されると述べた。")
    assert not _sounds_alike("Sono Motors", "ORG", "その後、テスラ社は新車を発表した。")
    assert not _sounds_alike("Tada", "PERSON", "ただ、茂木氏は反対した。")
    # a name in hiragana still is one: a noun (かめ|や) or a syllable said twice (な|な of 菊なな)
    assert _sounds_alike("Kameya", "ORG", "￥1,200 (かめや)")
    assert _sounds_alike("Kiku Nana", "PERSON", "「菊なな」が水着姿に")


def test_a_span_of_time_said_in_words_excuses_one_figure_of_its_unit() -> None:
    rescue = "Rescue crews arrived half an hour later."
    assert any("30人" in m for m in _messages(rescue, "救助隊は30分後に到着し、30人を救出した。", "numbers"))
    assert any("24世帯" in m for m in _messages("The shelter is open around the clock.", "シェルターは24時間開いており、24世帯が暮らす。",
                                               "numbers"))
    assert any("14人" in m for m in _messages("The trial lasted a fortnight.", "裁判は14日間続き、14人が証言した。", "numbers"))
    # one "half an hour" for two 30分
    assert _messages("The bus came half an hour late.", "バスは30分遅れて来て、30分後に出発した。", "numbers")
    assert _messages("The bus came half an hour late and left half an hour later.", "バスは30分遅れて来て、30分後に出発した。",
                     "numbers") == []
    assert _messages(rescue, "救助隊は30分後に到着した。", "numbers") == []
    assert _messages("The trial lasted a fortnight.", "裁判は14日間続いた。", "numbers") == []


def test_a_company_named_by_a_common_word_is_still_checked() -> None:
    en = "Target reported higher profits this quarter."
    assert any("Target" in m for m in _messages(en, "同社は今四半期、増益を報告した。", "entity-mismatch"))
    replaced = _messages(en, "ウォルマート社は今四半期、増益を報告した。", "entity-mismatch")
    assert any("“Target” is rendered as “ウォルマート”" in m for m in replaced)
    # the common noun the NER took for a name, rendered as that noun (鐙 "stirrups")
    stirrups = "Stirrups were invented in Asia long before they reached Europe."
    assert _messages(stirrups, "鐙（あぶみ）はヨーロッパに伝わるずっと前にアジアで発明された。", "entity-mismatch") == []


def test_a_name_that_opens_with_a_doubled_unit_is_no_sound_word() -> None:
    assert any("ヨーヨー・マ" in m for m in _messages("The cellist played at the concert.", "ヨーヨー・マがコンサートで演奏した。",
                                                   "entity-mismatch"))
    assert any("ボラボラ" in m for m in _messages("The island is popular with divers.", "ボラボラはダイバーに人気だ。", "entity-mismatch"))
    assert not _onomatopoeia("ワラワラはワシントン州の町だ。", 0, 4)
    # sound words: a unit thrice or drawn out, a mimetic UniDic knows, a run said again after a mark
    assert _onomatopoeia("さりげないランランラーンみたいな鼻歌", 5, 12)
    assert _onomatopoeia("胸がドキドキした", 2, 6)
    assert _onomatopoeia("あのズチャ♪ズチャ♪になって", 2, 5)


def test_two_stray_closers_in_two_sentences_are_no_quote() -> None:
    assert len(_messages("He said it was fine.", "彼は大丈夫”だと言った。今日は晴れ”です。", "typography-brackets")) == 2
    # both openers dropped: a particle after the first closer, which no quotation opens with
    assert len(_messages("He said yes and she said no.", "彼ははい”と言い、彼女はいいえ”と言った。", "typography-brackets")) == 2
    assert _messages("The “600 yen discount” applies today.", "本日は最大”600円割引”が適用されます。", "typography-brackets") == []
    assert _messages("He said “yes” and she said “no”.", "彼は”はい”と言い、彼女は”いいえ”と言った。", "typography-brackets") == []


def test_a_unit_after_a_name_in_kana_is_no_reference_to_the_place() -> None:
    # オレゴン州内 names Oregon: not 州内 "in the state" of California
    assert any("California” is rendered as “オレゴン州" in m
               for m in _messages("Fires spread quickly across California last week.", "先週、オレゴン州内で火災が急速に広がった。",
                                  "entity-mismatch"))
    assert _messages("Fires spread quickly across California last week.", "先週、州内で火災が急速に広がった。", "entity-mismatch") == []
    ctx = CheckContext(doc=sentences_from_lines(["x"], "en"), cache={"gazetteer": load_gazetteer()})
    assert not _unit_reference(ctx, "Fukushima", "月曜日、いわて県内で雪が降った。")  # a name in hiragana, by UniDic
    assert _unit_reference(ctx, "Fukushima", "月曜日、県内で雪が降った。")
    assert _unit_reference(ctx, "Tokyo", "昨日は都内で大雨が降りましたか？")  # a particle before 都内


def test_a_courtesy_hedge_excuses_only_its_own_clause() -> None:
    both = "This guide may help, but the rules might change next year."
    assert hedge_shift(both, "ご参考になれば幸いです。規則は来年変わる。") == ("dropped", "might")
    assert hedge_shift(both, "ご参考になれば幸いですが、規則は来年変わるかもしれません。") == ("", "")
    assert hedge_shift("Perhaps this guide would be of help!", "このガイドをご参考に！") == ("", "")
