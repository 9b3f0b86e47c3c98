"""Bilingual checks on constructed pairs and on a real dev document with injected errors."""

from __future__ import annotations

import sys
from pathlib import Path

from align.model import Bead, Bitext
from align.qa import run_checks
from align.qa.gold import dev_doc_ids, load_gold_bitext
from align.segment import sentences_from_lines

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def _pair(en: list[str], ja: list[str], beads: list[tuple[list[int], list[int]]] | None = None) -> Bitext:
    beads = beads or [([i], [i]) for i in range(len(en))]
    return Bitext(sentences_from_lines(en, "en"), sentences_from_lines(ja, "ja"), [Bead(s, t, 1.0, 1.0) for s, t in beads])


def test_numbers_intervals_and_scale_words() -> None:
    bt = _pair(
        [
            "Their sales were more than $14.1 billion in 2024.",
            "China's were $88 billion.",
            "Seoul pledged to raise defense spending to 3.5% of GDP.",
            "Hanwha has invested about $6 billion.",
        ],
        [
            "2024年の売上高は140億ドル超だった。",
            "中国は1,400億ドルだった。",
            "韓国は国防費をGDPの3.5%に増額すると約束した。",
            "ハンファは60億ドルを投資した。",
        ],
    )
    found = run_checks(bitext=bt, checks=["numbers"])
    by_bead = {f.bead: f for f in found}
    assert set(by_bead) == {1, 3}, [f.message for f in found]  # 140億ドル超 vs $14.1 billion and 3.5% are correct
    assert by_bead[1].details["kind"] == "mismatch" and by_bead[1].severity == "major"
    assert by_bead[3].details["kind"] == "dropped_approximator"
    assert bt.tgt.text[slice(*by_bead[3].tgt_spans[0])] == "60億ドル"


def test_null_beads_and_glossary() -> None:
    bt = _pair(
        ["The alliance is at a crossroads.", "It has kept the peace since 1953.", "Seoul must adapt."],
        ["同盟は岐路に立っている。", "韓国は適応しなければならない。", "これは訳者の補足である。"],
        [([0], [0]), ([1], []), ([2], [1]), ([], [2])],
    )
    found = run_checks(bitext=bt, checks=["omission", "addition", "glossary"], glossary=[("alliance", "同盟関係")])
    kinds = sorted((f.check, f.bead) for f in found)
    assert kinds == [("addition", 3), ("glossary", 0), ("omission", 1)]


def test_injected_errors_are_found_on_a_dev_document(dev_dir: Path) -> None:
    import random

    from inject_errors import build_pools, inject_clause, inject_number

    set_dir = dev_dir / "ntrex128"
    bt = load_gold_bitext(set_dir, dev_doc_ids(set_dir)[1])
    clean = run_checks(bitext=bt, checks=["numbers", "length-ratio", "low-similarity", "omission"])
    pools = build_pools([bt])
    hits = 0
    for inject in (inject_number, inject_clause):
        result = inject(bt, random.Random(5), pools)
        assert result is not None
        bad, inj = result
        new = [
            f
            for f in run_checks(bitext=bad, checks=["numbers", "length-ratio", "low-similarity", "omission"])
            if f.bead == inj.bead and all(c.bead != inj.bead or c.check != f.check for c in clean)
        ]
        hits += bool(new)
    assert hits >= 1


def test_glossary_csv_and_tbx(tmp_path: Path) -> None:
    from align.qa.glossary import read_glossary

    csv_path = tmp_path / "g.csv"
    csv_path.write_text("source,target\nalliance,同盟,同盟関係\nDefense Strategy,国防戦略\n", encoding="utf-8")
    assert read_glossary(csv_path) == [("alliance", "同盟"), ("alliance", "同盟関係"), ("Defense Strategy", "国防戦略")]
    tbx = tmp_path / "g.tbx"
    tbx.write_text(
        '<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body>'
        '<termEntry id="t1"><langSet xml:lang="en"><tig><term>alliance</term></tig></langSet>'
        '<langSet xml:lang="ja"><tig><term>同盟</term></tig></langSet></termEntry>'
        "</body></text></martif>",
        encoding="utf-8",
    )
    assert read_glossary(tbx) == [("alliance", "同盟")]


def test_numbers_scale_slips_and_figures_written_alike() -> None:
    bt = _pair(
        [
            "Employees stand to pocket annual dividends of up to £500.",
            "He has also provided a cycle and Rs 2,500.",
            "The plane sank in about 30 meters (100 feet) of water.",
            "North Korea has received thousands of testing kits.",
            "Patches can be found about 10 miles offshore.",
            "Tennessee lost 31-27 on Saturday.",
        ],
        [
            "従業員は最大5000ポンドの年間配当を受け取る。",
            "自転車と2,500ルピーも提供してもらいました。",
            "飛行機が約30メートル沈んだ。",
            "北朝鮮は何千もの検査キットを受け取った。",
            "パッチは沖10マイルで見つかる。",
            "テネシーは土曜日に310-27で敗れた。",
        ],
    )
    by_bead = {f.bead: f for f in run_checks(bitext=bt, checks=["numbers"])}
    # up to £500 vs 最大5000: the open intervals overlap, but one figure is ten times the other
    assert by_bead[0].details["kind"] == "mismatch"
    assert 1 not in by_bead and 2 not in by_bead and 3 not in by_bead  # same digits, unit conversion dropped, 何千 is vague
    assert by_bead[4].details["kind"] == "dropped_approximator"  # a measurement, not a freely rephrased small count
    assert by_bead[5].details["kind"] == "mismatch"


def test_entity_renderings_a_reviewer_accepts_and_a_substituted_name() -> None:
    bt = _pair(
        [
            "State news agency KCNA reported the lockdown.",
            "According to KCNA, the man returned across the border.",
            "The Army announced the end of the operation.",
            "He wanted to strike a deal with Brussels.",
            "The Green Party pledged a four-day week.",
            "Police chief Susan Manheimer said the fire was contained.",
        ],
        [
            "国営の朝鮮中央通信社(KCNA)は都市封鎖を報じた。",
            "同社によると、男性は国境を越えて戻った。",
            "軍は作戦の完了を発表した。",
            "彼はEUとの合意を望んだ。",
            "緑の党は週4日労働を公約した。",
            "ハリソン本部長は、火災は鎮火したと述べた。",
        ],
    )
    found = run_checks(bitext=bt, checks=["entity-mismatch"])
    by_bead = {f.bead for f in found}
    assert by_bead == {5}, [f.message for f in found]  # 同社, 軍, EU for Brussels and 緑の党 are renderings, not omissions
    # a name from nowhere in place of the source's: one finding for the substitution
    assert any(f.details["side"] == "both" and f.details["rendered"] == "ハリソン" and f.src_spans and f.tgt_spans for f in found)


def test_leave_one_out_finds_a_dropped_phrase_without_a_comma() -> None:
    """Units come from the parse too: the dropped "Police records showed" has no comma around it."""
    from align.qa.clauses import english_clauses, english_units, leave_one_out

    src = "Police records showed that the two men had known each other for only a week."
    full = "警察の記録によると、2人は知り合ってわずか1週間だった。"
    cut = "2人は知り合ってわずか1週間だった。"
    assert len(english_clauses(src)) == 1  # punctuation alone gives nothing to leave out
    units = english_units(src)
    assert len(units) >= 3 and all(0 <= a < b <= len(src) for a, b in units)
    (gain_full, _), (gain_cut, unit) = leave_one_out([(src, full), (src, cut)])
    assert unit is not None and "Police records" in src[unit[0] : unit[1]]
    assert gain_cut > gain_full


def test_entity_mismatch_partial_and_sound_alike_substitutions() -> None:
    en = [
        "The movie, featuring Ryan Gosling and Emma Stone, received nominations in all major categories.",
        "In many other cities of Italy and in the rest of the world, particularly in Poland, similar setups were made.",
        "In the 1980s at Carnegie Mellon University he created an AI system that beat the top American Othello player.",
    ]
    bad = [
        "ライアン・ゴズリングとエマ・リサーチが出演したこの映画は、すべての主要部門でノミネートされました。",
        "イタリア国内の他の多くの都市や世界の他の地域（特にポートランド）で同じように設置がされました。",
        "1980年代にアルゼンチン大学で彼はアメリカの上位オセロプレイヤーを負かしたAIシステムを作成した。",
    ]
    good = [
        "ライアン・ゴズリングとエマ・ストーンが出演したこの映画は、すべての主要部門でノミネートされました。",
        "イタリア国内の他の多くの都市や世界の他の地域（特にポーランド）で同じように設置がされました。",
        "1980年代にカーネギーメロン大学で彼はアメリカの上位オセロプレイヤーを負かしたAIシステムを作成した。",
    ]
    found = run_checks(bitext=_pair(en, bad), checks=["entity-mismatch"])
    texts = {(f.bead, f.details["text"]) for f in found if f.details["side"] in ("src", "both")}
    # a name with one part replaced (エマ still spells Emma), a near-homophone that is the known name of another place,
    # and a pairing the linker made on meaning alone (アルゼンチン大学 ↔ Carnegie Mellon University by embedding)
    assert {(0, "Emma Stone"), (1, "Poland"), (2, "Carnegie Mellon University")} <= texts, [f.message for f in found]
    assert next(f for f in found if f.details["text"] == "Emma Stone").details["part"] == "リサーチ"
    assert run_checks(bitext=_pair(en, good), checks=["entity-mismatch"]) == [], "the correct renderings are not findings"


def test_entity_mismatch_accepts_renderings_translators_use() -> None:
    en = [
        "Holly Willoughby set up Truly with Capp in 2016.",
        "Saipov's defense team had previously asked prosecutors not to seek the death penalty.",
        "Used from the heights of the Scottish mountains to the bottom of your snow hole.",
        "China's State Council issued its Next Generation Artificial Intelligence Development Plan in July 2017.",
        "Madhya Pradesh has nearly 27,000 COVID-19 cases, of which more than 7,600 are active.",
        "The Global Times said the drills were a warning.",
        "President Donald Trump met Kim in Singapore.",
        "Trump said in his mock \"news anchor\" voice.",
        "We accept payment by Paypal, Bank Transfer or payment on collection.",
        "Prof Charles Czeisler designed the course.",
        "JC Decaux declined to comment.",
        "Police in Baton Rouge, La., announced Saturday that a suspect has been arrested.",
        "North Korea has been seeking a formal end to the 1950-53 Korea War.",
        "Bjorn Borg won the title five times.",
        "My mother was a Czechoslovak Jew who was deported to Auschwitz.",
        "Taneichi ended the eighth inning by getting all three batters out.",
        "She is the deputy director of an institute in Darmstadt.",
    ]
    ja = [
        "ホリー・ウィロウビーは2016年にキャップとTrulyを立ち上げた。",
        "サイポフの弁護団は検察に死刑を求刑しないように求めていた。",
        "スコットランドの山の上から、雪穴の底まで使用されています。",
        "中国の国務院は2017年7月に次世代人工知能開発計画を発令した。",
        "マディヤ・プラデーシュ州では、新型コロナウイルスの感染者数が2万7,000人近くとなった。",
        "環球時報は、演習は警告だと伝えた。",
        "ドナルド・トランプ大統領はシンガポールで金正恩と会談した。",
        "大統領は「ニュースアンカー」まがいの声で言った。",
        "ペイパル、銀行振込、代金引換によるお支払いを受けつけています。",
        "チャールズ・ツァイスラー教授がこのコースを設計した。",
        "ジェーシードゥコーはコメントを拒否。",
        "ルイジアナ州バトンルージュ警察は土曜日、容疑者を逮捕したと発表した。",
        "北朝鮮は1950～53年の朝鮮戦争の正式な終結を求めている。",
        "ビヨン・ボルグは5回優勝した。",
        "私の母は、アウシュビッツに送られたチェコスロバキア系ユダヤ人だ。",
        "種市は8回も三者凡退で片付けた。",
        "彼女はダルムシュタットにある研究所の副所長だ。",
    ]
    found = run_checks(bitext=_pair(en, ja), checks=["entity-mismatch"])
    # silent gh, a Slavic -ov with a possessive, a people for its country, gazetteer institutions and media, a disease code,
    # a title standing for a person named before, a list NER read as one name, Polish cz, initials spelled out in katakana,
    # an AP state abbreviation, Korea as 朝鮮, a Nordic j, a singular people name, a Japanese name ending in 市 read as it is,
    # a German r: none is a mismatch
    assert found == [], [f.message for f in found]


def test_entity_mismatch_document_context() -> None:
    en = [
        "Holly Willoughby set up Truly with Capp in 2016.",
        "This Morning presenter, 37, took to Instagram to announce she is leaving.",
        "Karamon Gates Illuminated with Brilliant Fireworks and Lights in Nationwide Event",
        "30+ Employees At Bank Branch In Tamil Nadu Test Positive For Coronavirus",
    ]
    ja = [
        "ホリー・ウィロウビーは2016年にキャップとTrulyを立ち上げた。",
        "今朝、ウィロウビーはインスタグラムで事業から撤退すると報告した。",
        "全国一斉イベントで色鮮やかに打ち上げられた花火と光に照らされる唐門",
        "ノバスコシア州の銀行1支店で従業員30名以上が検査でコロナウイルス陽性反応",
    ]
    found = run_checks(bitext=_pair(en, ja), checks=["entity-mismatch"])
    # the name the translation spelled in the first sentence stands for "This Morning presenter" in the second; Title Case
    # words of a headline are not names unless the translation holds a name from nowhere (ノバスコシア for Tamil Nadu)
    assert {f.bead for f in found} == {3}, [f.message for f in found]


def test_low_similarity_skips_short_sentences_but_flags_a_wrong_long_one() -> None:
    """Short sentences embed unreliably: a correct free rendering of one (from a dev chat) is not flagged; a long bead whose
    translation says something else is."""
    short = _pair(["But we are working on it."], ["現在、調整している最中です。"])
    assert run_checks(bitext=short, checks=["low-similarity"]) == []
    wrong = _pair(["The central bank raised interest rates by half a percentage point to curb inflation on Thursday."],
                  ["週末の天気は晴れで、多くの家族が公園でピクニックを楽しんだ。"])
    assert [f.check for f in run_checks(bitext=wrong, checks=["low-similarity"])] == ["low-similarity"]


def test_partial_omission_reviews_a_japanese_source_too() -> None:
    """ja→en review (a Japanese original, wmt21-news fukui_shimbun): the dropped 「雨の…天気だったが、」 is named."""
    from align.qa.clauses import japanese_units

    ja = "福井県内は雨の降るあいにくの天気だったが、９カ所で予定通り打ち上げられ、夏の夜空を彩った。"
    full = "Despite Fukui prefecture's unfortunate rainy weather, its nine sites made their launches on schedule, coloring the night sky."
    cut = "Its nine sites made their launches on schedule, coloring the night sky."
    units = {ja[a:b] for a, b in japanese_units(ja)}
    assert {"福井県内は雨の降るあいにくの天気だったが、", "９カ所で予定通り打ち上げられ、"} <= units, units

    def pair(en: str) -> Bitext:
        return Bitext(sentences_from_lines([ja], "ja"), sentences_from_lines([en], "en"), [Bead([0], [0], 1.0, 1.0)])

    assert run_checks(bitext=pair(full), checks=["partial-omission"]) == []
    found = run_checks(bitext=pair(cut), checks=["partial-omission"])
    assert len(found) == 1 and "天気だったが" in found[0].message, [f.message for f in found]
    assert found[0].details["score"] > found[0].details["threshold"]
