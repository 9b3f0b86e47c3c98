"""The scorer must give exactly what shared/data/score_alignments.py gives (table and numbers)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from align.cli.main import main as cli_main
from align.evaluate import format_bead, format_table, parse_bead, read_alignment, score, score_dirs, write_alignment

DATA = Path("/work/shared/data")
REFERENCE_SCRIPT = DATA / "score_alignments.py"

pytestmark = pytest.mark.skipif(not REFERENCE_SCRIPT.exists(), reason="shared evaluation data not available")


@pytest.fixture(scope="module")
def reference():
    spec = importlib.util.spec_from_file_location("score_alignments", REFERENCE_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _hypothesis_dir(tmp_path: Path, gold_dir: Path, names: list[str]) -> Path:
    """Predictions that differ from gold in known ways: a merged pair, a split into nulls, a shifted bead."""
    out = tmp_path / "pred"
    out.mkdir()
    for k, name in enumerate(names):
        beads = read_alignment(gold_dir / name)
        if k % 3 == 0 and len(beads) > 2:  # merge the first two beads
            (s0, t0), (s1, t1) = beads[0], beads[1]
            beads = [(s0 + s1, t0 + t1), *beads[2:]]
        elif k % 3 == 1 and len(beads) > 1:  # break the last bead into an omission + addition
            s, t = beads[-1]
            beads = [*beads[:-1], *[((i,), ()) for i in s], *[((), (j,)) for j in t]]
        write_alignment(out / name, beads)
    return out


@pytest.mark.parametrize("set_name", ["ntrex128-perturbed", "wmt21-news-natsplit"])
def test_scores_and_table_match_reference_script(tmp_path, reference, set_name):
    gold_dir = DATA / "dev" / set_name
    names = sorted(p.name for p in gold_dir.glob("*.align"))[:40]
    pred_dir = _hypothesis_dir(tmp_path, gold_dir, names)
    gold_docs = [read_alignment(gold_dir / n) for n in names]
    pred_docs = [read_alignment(pred_dir / n) for n in names]
    ours = score(gold_docs, pred_docs)
    theirs = reference.score([reference.read_alignment(gold_dir / n) for n in names],
                             [reference.read_alignment(pred_dir / n) for n in names])
    for key in ("strict", "lax"):
        assert ours[key] == theirs[key]
    assert ours["null_beads"]["gold"] == theirs["null_beads"]["gold"]
    assert ours["null_beads"]["found"] == theirs["null_beads"]["found"]
    assert format_table(ours, null_precision=False) == reference.format_table(theirs)
    assert ours["strict"]["f1"] < 1.0  # the edits were seen

    # the CLI prints the reference script's table, then one extra line (null-bead precision)
    sub_gold = tmp_path / "gold"
    sub_gold.mkdir()
    for n in names:
        (sub_gold / n).write_text((gold_dir / n).read_text(encoding="utf-8"), encoding="utf-8")
    script = subprocess.run([sys.executable, str(REFERENCE_SCRIPT), "--gold-dir", str(sub_gold), "--test-dir", str(pred_dir)],
                            capture_output=True, text=True, check=True).stdout
    assert format_table(score_dirs(sub_gold, pred_dir), null_precision=False) + "\n" == script


def test_cli_eval_prints_reference_table(tmp_path, capsys, reference):
    gold_dir = DATA / "dev" / "bsd-perturbed"
    names = sorted(p.name for p in gold_dir.glob("*.align"))[:10]
    gold = tmp_path / "gold"
    gold.mkdir()
    for n in names:
        (gold / n).write_text((gold_dir / n).read_text(encoding="utf-8"), encoding="utf-8")
    pred = _hypothesis_dir(tmp_path, gold, names)
    assert cli_main(["eval", "--gold", str(gold), "--pred", str(pred)]) == 0
    printed = capsys.readouterr().out
    expected = reference.format_table(reference.score([reference.read_alignment(gold / n) for n in names],
                                                      [reference.read_alignment(pred / n) for n in names]))
    assert printed.startswith(expected + "\n")
    assert "null-bead precision" in printed


def test_null_bead_precision_and_recall_by_hand():
    gold = [[((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,))]]
    hyp = [[((0,), (0,)), ((1,), ()), ((2,), ()), ((), (1,)), ((), (2,))]]
    nb = score(gold, hyp)["null_beads"]
    assert (nb["gold"], nb["predicted"], nb["found"]) == (2, 4, 2)
    assert nb["precision"] == 0.5 and nb["recall"] == 1.0


def test_bead_lines_round_trip_and_scores_are_ignored(tmp_path):
    assert parse_bead("[6]:[5, 6]:0.1234") == ((6,), (5, 6))
    assert parse_bead("[]:[4]") == ((), (4,))
    assert format_bead([1, 2], [3]) == "[1, 2]:[3]"
    path = tmp_path / "x.align"
    beads = [((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((), (2,))]
    write_alignment(path, beads)
    assert read_alignment(path) == beads
    with pytest.raises(ValueError):
        parse_bead("0-0")


def test_cli_eval_missing_prediction_is_a_user_error(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.align").write_text("[0]:[0]\n", encoding="utf-8")
    pred = tmp_path / "pred"
    pred.mkdir()
    assert cli_main(["eval", "--gold", str(gold), "--pred", str(pred)]) == 2
    assert "missing" in capsys.readouterr().err
