"""Sentence aligner on small hand-made documents with known answers, plus DP-level checks."""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from align.aligner import AlignerConfig, align_documents
from align.aligner.band import Band, band_from_path
from align.aligner.config import UNFITTED_PAIR
from align.aligner.core import align_sides
from align.aligner.dp import bead_types, run_dp
from align.aligner.scoring import Side
from align.embed import CachedEmbedder, EmbeddingCache, get_embedder
from align.model import Bitext, Document
from align.readers import read_document
from align.segment import segment_document, sentences_from_lines

EN = [
    "The city council approved a new budget on Tuesday.",
    "It includes funding for three new schools.",
    "The mayor said the plan would create jobs.",
    "She expects construction to begin next spring.",
    "Critics argued that taxes would rise sharply, and they warned that the debt could double within five years.",
    "The weather was unusually warm for November.",
    "A final vote on the details is scheduled for next month.",
    "Residents can comment online until Friday.",
]
JA = [
    "市議会は火曜日、新しい予算案を承認した。",
    "予算には新しい学校3校の建設費が含まれている。",
    "市長はこの計画が雇用を生み出すと述べ、来春にも建設が始まる見通しを示した。",
    "批判派は税金が大幅に上がると主張した。",
    "また、債務が5年以内に倍増する可能性があると警告した。",
    "詳細についての最終投票は来月に予定されている。",
    "この問題は地元の新聞でも大きく報じられた。",
    "住民は金曜日までオンラインで意見を提出できる。",
]
#: merge (2,3 -> 2), split (4 -> 3,4), omission (5), addition (ja 6)
GOLD = [([0], [0]), ([1], [1]), ([2, 3], [2]), ([4], [3, 4]), ([5], []), ([6], [5]), ([], [6]), ([7], [7])]


@pytest.fixture(scope="module")
def embedder(tmp_path_factory):
    """The real USE-m3 model, loaded once, with a private cache so the test does not touch the user's."""
    return CachedEmbedder(get_embedder(), EmbeddingCache(tmp_path_factory.mktemp("emb-cache")))


def _pairs(bitext: Bitext) -> list[tuple[list[int], list[int]]]:
    return [(b.src, b.tgt) for b in bitext.beads]


def _covers_once(bitext: Bitext) -> None:
    src = [i for b in bitext.beads for i in b.src]
    tgt = [j for b in bitext.beads for j in b.tgt]
    assert src == list(range(len(bitext.src.sentences)))
    assert tgt == list(range(len(bitext.tgt.sentences)))


def test_merge_split_omission_addition(embedder):
    bitext = align_documents(sentences_from_lines(EN, "en"), sentences_from_lines(JA, "ja"), embedder=embedder)
    assert _pairs(bitext) == GOLD
    _covers_once(bitext)
    kinds = {b.kind for b in bitext.beads}
    assert {"2-1", "1-2", "1-0", "0-1"} <= kinds
    for bead in bitext.beads:
        assert 0.0 <= bead.confidence <= 1.0
    # omissions/additions carry no similarity; real pairs do
    assert all(b.score > 0 for b in bitext.beads if b.src and b.tgt)
    assert bitext.meta["aligner"]["model"] == embedder.model_id


def test_swapped_languages_give_the_transposed_alignment(embedder):
    forward = align_documents(sentences_from_lines(EN, "en"), sentences_from_lines(JA, "ja"), embedder=embedder)
    backward = align_documents(sentences_from_lines(JA, "ja"), sentences_from_lines(EN, "en"), embedder=embedder)
    assert _pairs(backward) == [(t, s) for s, t in _pairs(forward)]
    assert [round(b.score, 4) for b in backward.beads] == [round(b.score, 4) for b in forward.beads]


def test_identical_texts_align_one_to_one_with_high_confidence(embedder):
    doc = sentences_from_lines(EN, "en")
    bitext = align_documents(doc, sentences_from_lines(EN, "en"), embedder=embedder)
    assert _pairs(bitext) == [([i], [i]) for i in range(len(EN))]
    assert min(b.confidence for b in bitext.beads) > 0.9


def test_empty_side_gives_only_null_beads(embedder):
    empty = Document(lang="ja", text="")
    bitext = align_documents(sentences_from_lines(EN[:3], "en"), empty, embedder=embedder)
    assert _pairs(bitext) == [([0], []), ([1], []), ([2], [])]
    both = align_documents(Document(lang="en", text=""), empty, embedder=embedder)
    assert both.beads == []


def test_one_sentence_sides(embedder):
    bitext = align_documents(sentences_from_lines(EN[:1], "en"), sentences_from_lines(JA[:1], "ja"), embedder=embedder)
    assert _pairs(bitext) == [([0], [0])]
    one_two = align_documents(sentences_from_lines(EN[4:5], "en"), sentences_from_lines(JA[3:5], "ja"), embedder=embedder)
    assert _pairs(one_two) == [([0], [0, 1])]


def test_unsegmented_document_is_a_user_error(embedder):
    from align.errors import InputError

    with pytest.raises(InputError):
        align_documents(Document(lang="en", text="Some text."), sentences_from_lines(JA[:1], "ja"), embedder=embedder)


MD_EN = """# Budget approved

The city council approved a new budget on Tuesday. It includes funding for three new schools.

## Reactions

The mayor said the plan would create jobs. Critics argued that taxes would rise sharply.

Residents can comment online until Friday.
"""
MD_JA = """# 予算案が承認される

市議会は火曜日、新しい予算案を承認した。予算には新しい学校3校の建設費が含まれている。

## 反応

市長はこの計画が雇用を生み出すと述べた。批判派は税金が大幅に上がると主張した。

住民は金曜日までオンラインで意見を提出できる。
"""


def test_document_with_paragraphs_and_headings(embedder, tmp_path):
    (tmp_path / "en.md").write_text(MD_EN, encoding="utf-8")
    (tmp_path / "ja.md").write_text(MD_JA, encoding="utf-8")
    src = segment_document(read_document(tmp_path / "en.md", lang="en"))
    tgt = segment_document(read_document(tmp_path / "ja.md", lang="ja"))
    assert len(src.sentences) == len(tgt.sentences) == 7
    assert len({s.paragraph for s in src.sentences}) == 5  # title, body, heading, body, body
    bitext = align_documents(src, tgt, embedder=embedder)
    assert _pairs(bitext) == [([i], [i]) for i in range(7)]
    # headings stay paired with headings
    for bead in bitext.beads:
        kinds_src = {src.paragraphs[src.sentences[i].paragraph].kind for i in bead.src}
        kinds_tgt = {tgt.paragraphs[tgt.sentences[j].paragraph].kind for j in bead.tgt}
        assert kinds_src == kinds_tgt


def test_paragraph_boundary_is_a_soft_boundary():
    """A 2-1 bead across a paragraph boundary costs paragraph_penalty more than the same bead inside one."""
    rng = np.random.default_rng(3)
    x = rng.standard_normal((4, 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    windows = [x, *(_window_sums(x, k) for k in (2, 3))]
    lengths = np.full(4, 40.0)
    flat = Side(windows, lengths, None)
    split = Side(windows, lengths, np.array([0, 0, 1, 1]))
    cfg = AlignerConfig(paragraph_penalty=0.5)
    from align.aligner.scoring import score_band

    types = bead_types(2)
    band = Band.full(4, 4)
    g_flat = score_band(flat, flat, band, types, cfg).gains[(2, 1)]
    g_split = score_band(split, flat, band, types, cfg).gains[(2, 1)]
    # rows = source prefix length: the 2-1 bead ending at row 3 spans source units 1, 2 (different paragraphs)
    assert np.allclose(g_flat[3, 1:] - g_split[3, 1:], 0.5)  # column 0: no target unit, no bead
    assert np.allclose(g_flat[2, 1:], g_split[2, 1:])


def _window_sums(x: np.ndarray, k: int) -> np.ndarray:
    s = sum(x[i : len(x) - k + 1 + i] for i in range(k))
    return (s / np.linalg.norm(s, axis=1, keepdims=True)).astype(np.float32)


def _brute_force(types, gains, add_gain, n, m):
    """Best total over every bead segmentation, by exhaustive recursion."""
    best = {}

    def solve(i, j):
        if (i, j) == (0, 0):
            return 0.0
        if (i, j) in best:
            return best[(i, j)]
        value = -np.inf
        for a, b in types:
            if i >= a and j >= b:
                g = add_gain[j] if a == 0 else gains[(a, b)][i, j]
                value = max(value, solve(i - a, j - b) + g)
        best[(i, j)] = value
        return value

    return solve(n, m)


@pytest.mark.parametrize("seed", range(5))
def test_dp_finds_the_best_segmentation(seed):
    rng = np.random.default_rng(seed)
    n, m = 5, 6
    types = bead_types(3)
    band = Band.full(n, m)
    gains = {t: rng.normal(size=(n + 1, m + 1)) for t in types if t[0]}
    add_gain = rng.normal(size=m + 1)
    result = run_dp(band, types, gains, add_gain)
    assert result.total == pytest.approx(_brute_force(types, gains, add_gain, n, m))
    assert sum(a for a, *_ in result.beads) == n and sum(b for _, b, *_ in result.beads) == m
    total = sum(add_gain[j] if a == 0 else gains[(a, b)][i, j] for a, b, i, j in result.beads)
    assert total == pytest.approx(result.total)


def test_coarse_to_fine_matches_the_full_search():
    """Forcing the block-averaged anchor pass on a 600-sentence synthetic pair gives the same beads."""
    rng = np.random.default_rng(7)
    n, d = 600, 64
    x = rng.standard_normal((n, d)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    keep = rng.random(n) > 0.05
    y = x[keep] + 0.15 * rng.standard_normal((int(keep.sum()), d)).astype(np.float32)
    y /= np.linalg.norm(y, axis=1, keepdims=True)
    src = Side([x, _window_sums(x, 2), _window_sums(x, 3)], rng.integers(20, 120, n).astype(float))
    tgt = Side([y, _window_sums(y, 2), _window_sums(y, 3)], src.lengths[keep] * 0.5)
    full = align_sides(src, tgt, AlignerConfig())
    coarse = align_sides(src, tgt, AlignerConfig(max_full_cells=5_000))
    assert coarse.anchor_levels >= 1 and full.anchor_levels == 0
    assert [(b.src, b.tgt) for b in coarse.beads] == [(b.src, b.tgt) for b in full.beads]
    # small coarse units stack more levels (factor 3 of factor 3 …) and must still find the same path
    deep = align_sides(src, tgt, AlignerConfig(max_full_cells=2_000, coarse_factor=3))
    assert deep.anchor_levels >= 2
    assert [(b.src, b.tgt) for b in deep.beads] == [(b.src, b.tgt) for b in full.beads]
    omitted = [i for i in range(n) if not keep[i]]
    found = [b.src[0] for b in full.beads if b.src and not b.tgt]
    assert len(set(found) & set(omitted)) >= 0.9 * len(omitted)


def test_band_from_path_is_monotone_and_covers_the_path():
    path = [(0, 0), (1, 1), (3, 2), (3, 5), (6, 6)]
    band = band_from_path(path, 6, 6, radius=1)
    assert (np.diff(band.lo) >= 0).all() and (np.diff(band.hi) >= 0).all()
    for (i0, j0), (i1, j1) in itertools.pairwise(path):
        for i in range(i0, i1 + 1):
            assert band.lo[i] <= min(j0, j1) and max(j0, j1) < band.hi[i]


def test_cli_pair_writes_beads_and_a_summary(tmp_path, monkeypatch, capsys):
    from align.cli.main import main as cli_main
    from align.evaluate import read_alignment

    monkeypatch.setenv("ALIGN_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "a.en").write_text("\n".join(EN) + "\n", encoding="utf-8")
    (tmp_path / "a.ja").write_text("\n".join(JA) + "\n", encoding="utf-8")
    out = tmp_path / "a.align"
    code = cli_main(["pair", str(tmp_path / "a.en"), str(tmp_path / "a.ja"), "--presegmented", "--src-lang", "en",
                     "--tgt-lang", "ja", "--format", "beads", "--out", str(out)])
    assert code == 0
    assert [(list(s), list(t)) for s, t in read_alignment(out)] == GOLD
    summary = capsys.readouterr().out
    # omissions/additions are listed before the weakest beads and the full alignment
    assert summary.index("omissions (1-0) and additions (0-1): 2") < summary.index("weakest") < summary.index("== alignment")
    assert "The weather was unusually warm" in summary.split("weakest")[0]

    code = cli_main(["pair", str(tmp_path / "a.en"), str(tmp_path / "a.ja"), "--presegmented", "--format", "jsonl", "--quiet"])
    assert code == 0
    import json

    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["src"], r["tgt"]) for r in rows] == GOLD
    assert rows[2]["kind"] == "2-1" and rows[2]["src_text"] == f"{EN[2]} {EN[3]}"


def test_refine_segmentations_enumerate_every_distinct_alignment_once():
    from align.aligner.refine import segmentations

    def ids(seg):
        return frozenset((tuple(range(p, p + a)), tuple(range(q, q + b))) for p, a, q, b in seg)

    # a 2x1 block: the 2-1 merge, either sentence aligned with the other omitted, or everything null
    assert sorted(map(sorted, map(ids, segmentations(2, 1)))) == sorted(map(sorted, [
        {((0, 1), (0,))},
        {((0,), (0,)), ((1,), ())},
        {((0,), ()), ((1,), (0,))},
        {((0,), ()), ((1,), ()), ((), (0,))},
    ]))
    assert len(segmentations(3, 3)) == len({ids(s) for s in segmentations(3, 3)})



def test_refine_blocks_cut_a_long_run_of_suspicious_beads_into_pieces():
    """Clustered omissions join into one long run: it is re-decided piece by piece, never dropped whole."""
    from itertools import pairwise

    from align.aligner.refine import MAX_BLOCK, blocks

    # 1-1, then ten alternating omission / 2-1 beads, then 1-1: one joined run of 22 sentences
    beads: list[tuple[list[int], list[int]]] = [([0], [0])]
    i, j = 1, 1
    for k in range(10):
        if k % 2:
            beads.append(([i, i + 1], [j]))
            i, j = i + 2, j + 1
        else:
            beads.append(([i], []))
            i += 1
    beads.append(([i], [j]))
    spans = blocks(beads)
    assert spans[0][0] == 0 and spans[-1][1] == len(beads)
    assert all(k1 == k0 for (_, k1), (k0, _) in pairwise(spans))  # consecutive, no bead lost
    assert all(sum(len(s) + len(t) for s, t in beads[k0:k1]) <= MAX_BLOCK for k0, k1 in spans)
    assert len(spans) > 1
    # a lone 2-2 merge is re-decided too (an omission on each side can hide in it)
    assert blocks([([0], [0]), ([1, 2], [1, 2]), ([3], [3])]) == [(0, 3)]

def test_refinement_keeps_a_valid_alignment_and_can_be_switched_off(embedder):
    from align.aligner.refine import load_weights

    assert load_weights() is not None  # the fitted weights ship with the package
    src, tgt = sentences_from_lines(EN, "en"), sentences_from_lines(JA, "ja")
    plain = align_documents(src, tgt, embedder=embedder, config=AlignerConfig(refine=False))
    refined = align_documents(src, tgt, embedder=embedder)
    _covers_once(plain)
    _covers_once(refined)
    assert _pairs(refined) == GOLD
    assert refined.meta["aligner"]["config"]["refine"] is True


def test_refinement_is_only_used_on_the_pair_it_was_fitted_on(embedder):
    """The second pass was fitted on en-ja; a German-French pair keeps the DP's beads (and says so in the metadata)."""
    de = ["Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen.", "Er enthält Mittel für drei neue Schulen.",
          "Das Wetter war für November ungewöhnlich warm."]
    fr = ["Le conseil municipal a approuvé mardi un nouveau budget.", "Il prévoit des fonds pour trois nouvelles écoles.",
          "Le temps était exceptionnellement doux pour un mois de novembre."]
    bitext = align_documents(sentences_from_lines(de, "de"), sentences_from_lines(fr, "fr"), embedder=embedder)
    config = bitext.meta["aligner"]["config"]
    assert config["refine"] is False
    # the DP decides alone there, with the parameters tuned for that case on Text+Berg's tuning document
    assert (config["null_gain"], config["max_bead"]) == (UNFITTED_PAIR["null_gain"], UNFITTED_PAIR["max_bead"])
    assert _pairs(bitext) == [([0], [0]), ([1], [1]), ([2], [2])]
    swapped = align_documents(sentences_from_lines(JA, "ja"), sentences_from_lines(EN, "en"), embedder=embedder)
    assert swapped.meta["aligner"]["config"]["refine"] is True
    assert swapped.meta["aligner"]["config"]["null_gain"] == AlignerConfig().null_gain
    # a caller's own configuration is used as given (only the unfitted second pass is switched off)
    mine = align_documents(sentences_from_lines(de, "de"), sentences_from_lines(fr, "fr"), embedder=embedder,
                           config=AlignerConfig(null_gain=-0.2), max_bead=2)
    assert (mine.meta["aligner"]["config"]["null_gain"], mine.meta["aligner"]["config"]["max_bead"]) == (-0.2, 2)
    plain = align_documents(sentences_from_lines(de, "de"), sentences_from_lines(fr, "fr"), embedder=embedder, config=AlignerConfig())
    assert (plain.meta["aligner"]["config"]["max_bead"], plain.meta["aligner"]["config"]["refine"]) == (3, False)


def test_copied_strings_are_the_figures_and_latin_names_a_translation_copies():
    from align.aligner.copied import matched, sentence_copied, unmatched

    en = sentence_copied("The former Maizuru Naval Arsenal warehouse was completed in 1903 and now houses the World Brick Museum.")
    ja = sentence_copied("旧舞鶴海軍兵器廠魚形水雷庫は１９０３年に完成し、現在は赤れんが博物館（World Brick Museum）となっている。")
    other = sentence_copied("NATOは2023年に新たな戦略を採択した。")
    # full-width digits are read as the same figure; English words count only when the Japanese side copies them
    assert ja.strong == {"#1903", "world", "brick", "museum"}
    assert en.strong == {"#1903"}
    assert matched(en, ja) == 4 and unmatched(en, ja) == unmatched(ja, en) == 0
    # an unrelated sentence shares nothing and leaves its own year and acronym without a counterpart
    assert matched(en, other) == 0
    assert unmatched(other, en) == 2 and unmatched(en, other) == 1
    # thousands separators go, the decimal point stays, and a unit's superscript is no figure
    assert sentence_copied("It cost $1,200 for 1.5 km² of land.").strong == {"#1200", "#1.5"}
    assert sentence_copied("１，２００ドルで1.5平方キロ。").strong == {"#1200", "#1.5"}


def test_adapter_is_applied_only_for_its_embedder_and_pair(embedder):
    """The fitted map belongs to USE-m3 on en-ja: other models' vectors or another pair's would be mapped into nonsense."""
    from align.aligner.adapter import adapt, adapter_for

    assert adapter_for(embedder.model_id, "en", "ja") is not None  # the fitted map ships with the package
    assert adapter_for(embedder.model_id, "ja", "en") is not None
    assert adapter_for(embedder.model_id, "de", "fr") is None
    assert adapter_for("st/sentence-transformers/LaBSE", "en", "ja") is None
    vectors = embedder.encode(EN[:3])
    mapped = adapt(vectors, adapter_for(embedder.model_id, "en", "ja"))
    assert np.allclose(np.linalg.norm(mapped, axis=1), 1.0, atol=1e-5)
    assert adapt(vectors, None) is vectors
    src, tgt = sentences_from_lines(EN, "en"), sentences_from_lines(JA, "ja")
    assert align_documents(src, tgt, embedder=embedder).meta["aligner"]["adapter"] is True
    off = align_documents(src, tgt, embedder=embedder, config=AlignerConfig(adapter=False))
    assert off.meta["aligner"]["adapter"] is False


def test_adapter_separates_translations_from_their_neighbours_on_unseen_dev_documents(embedder, dev_dir):
    """On dev documents of the half the map was not fitted on, a sentence's translation must beat the sentences next
    to it more often with the map than without (the one thing the map was fitted for)."""
    from align.aligner.adapter import adapt, adapter_for
    from align.evaluate import read_alignment

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from alignment import is_calibration_doc  # the one definition of the fitting half

    matrix = adapter_for(embedder.model_id, "en", "ja")
    wins = {"plain": 0, "mapped": 0}
    folder = dev_dir / "wikikyoto"  # Kyoto Wikipedia: names, lists and headings, where the neighbours are most alike
    docs = [p.name[: -len(".align")] for p in sorted(folder.glob("*.align"))]
    unseen = [d for d in docs if not is_calibration_doc("wikikyoto", d)][:25]
    for doc in unseen:
        en = (folder / f"{doc}.en").read_text(encoding="utf-8").splitlines()
        ja = (folder / f"{doc}.ja").read_text(encoding="utf-8").splitlines()
        x, y = embedder.encode(en), embedder.encode(ja)
        for label, (xs, ys) in {"plain": (x, y), "mapped": (adapt(x, matrix), adapt(y, matrix))}.items():
            for s, t in read_alignment(folder / f"{doc}.align"):
                if len(s) == 1 and len(t) == 1:
                    i, j = s[0], t[0]
                    rivals = [k for k in range(max(0, j - 3), min(len(ys), j + 4)) if k != j]
                    wins[label] += all(xs[i] @ ys[j] > xs[i] @ ys[k] for k in rivals)
    assert wins["mapped"] > wins["plain"]


def test_weights_fitted_with_another_embedding_map_or_lexicon_are_refused(tmp_path):
    """refine.json and calibration.json record the map (and lexicon) they were fitted on: weights for mapped vectors would score
    differently mapped ones wrongly, without any error, so loading them must fail loudly."""
    from align.aligner.adapter import adapter_digest
    from align.aligner.refine import FEATURES, REFINE_FILE, load_weights
    from align.aligner.weights import load_vector

    shipped = json.loads(REFINE_FILE.read_text(encoding="utf-8"))
    assert shipped["adapter_sha256"] == adapter_digest()  # the shipped weights belong to the shipped map
    assert load_weights() is not None
    other = tmp_path / "refine.json"
    other.write_text(json.dumps({**shipped, "adapter_sha256": "0" * 64}), encoding="utf-8")
    with pytest.raises(ValueError, match="another embedding map"):
        load_vector(other, FEATURES, "weights")
    # the same for the dictionary the lexical features read
    from align.lexicon import lexicon_digest

    assert shipped["lexicon_sha256"] == lexicon_digest()
    other.write_text(json.dumps({**shipped, "lexicon_sha256": "0" * 64}), encoding="utf-8")
    with pytest.raises(ValueError, match="another lexicon"):
        load_vector(other, FEATURES, "weights")


def test_dictionary_features_tell_a_translation_from_a_glued_omission(embedder):
    """The second pass's lexicon features (aligner/lexical.py) on the sample pair's own beads."""
    from align.aligner.api import document_side
    from align.aligner.core import align_sides
    from align.aligner.refine import FEATURES, Context, bead_matrix

    src = document_side(sentences_from_lines(EN, "en"), embedder, 3)
    tgt = document_side(sentences_from_lines(JA, "ja"), embedder, 3)
    cfg = AlignerConfig()
    ctx = Context.build(src, tgt, align_sides(src, tgt, AlignerConfig(refine=False)).scores, cfg)
    assert ctx.has_lexicon
    near = np.zeros((3, 4), dtype=np.int64)
    # (p, a, q, b): en 0 ~ ja 0 (a translation), en 0 ~ ja 1 (its neighbour), en 5+6 ~ ja 5 (the omitted
    # weather sentence glued to the vote sentence)
    feats = bead_matrix(ctx, np.array([[0, 1, 0, 1], [0, 1, 1, 1], [5, 2, 5, 1]]), near)
    lex_en, part_min = FEATURES.index("lex_en"), FEATURES.index("lex_part_min")
    assert feats[0, lex_en] >= 0.5 > feats[1, lex_en]
    assert feats[2, part_min] <= 0.2
    # a German-French pair has no lexicon: its features stay 0
    de = document_side(sentences_from_lines(["Der Rat hat getagt."], "de"), embedder, 3)
    fr = document_side(sentences_from_lines(["Le conseil s'est réuni."], "fr"), embedder, 3)
    assert de.lexical is None and fr.lexical is None
