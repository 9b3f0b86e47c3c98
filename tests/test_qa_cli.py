"""``align check`` end to end: one translated file, and a presegmented dev pair with its gold beads."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from align.cli.main import main


def test_check_single_file_writes_report(seed_path: Path, tmp_path: Path, capsys) -> None:
    report, findings = tmp_path / "seed.html", tmp_path / "seed.json"
    assert main(["check", str(seed_path), "--report", str(report), "--findings", str(findings)]) == 0
    out = capsys.readouterr().out
    assert "acronym-inconsistent" in out and "not run:" in out
    data = json.loads(findings.read_text(encoding="utf-8"))
    assert {f["check"] for f in data["findings"]} == {"acronym-inconsistent", "typography-space", "enumeration-gap", "term-variants"}
    page = report.read_text(encoding="utf-8")
    assert "<script src=" not in page and "<link " not in page and "http" not in page.split("<body")[0]
    assert "第二に" in page


def test_check_pair_with_gold_beads(dev_dir: Path, tmp_path: Path, capsys) -> None:
    base = dev_dir / "ntrex128-perturbed" / "bbc.381790"
    args = [
        "check",
        f"{base}.en",
        f"{base}.ja",
        "--presegmented",
        "--beads",
        f"{base}.align",
        "--checks",
        "omission,addition,numbers",
        "--findings",
        str(tmp_path / "f.csv"),
        "--xliff",
        str(tmp_path / "p.xlf"),
        "--tmx",
        str(tmp_path / "p.tmx"),
        "--fail-on",
        "major",
    ]
    code = main(args)
    out = capsys.readouterr().out
    has_null = "[]" in Path(f"{base}.align").read_text(encoding="utf-8")
    with (tmp_path / "f.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert code == (1 if any(r["severity"] in ("major", "critical") for r in rows) else 0)
    assert (tmp_path / "p.xlf").exists() and (tmp_path / "p.tmx").exists()
    assert any(r["check"] in ("omission", "addition") for r in rows) == has_null
    assert ("omission" in out or "addition" in out) == has_null


def test_check_rejects_three_files(tmp_path: Path, capsys) -> None:
    assert main(["check", "a", "b", "c"]) == 2
    assert "one translated FILE" in capsys.readouterr().err


def test_check_typography_option_reaches_the_checks(tmp_path: Path, capsys) -> None:
    text = tmp_path / "house.ja.txt"
    text.write_text("2017 年 6 月に会談した。\n参加者は 30 人だった。\n会場は東京の 5 階だった。\n翌日は12日だった。\n", encoding="utf-8")
    counts = {}
    for mode in ("document", "absolute"):
        out = tmp_path / f"{mode}.json"
        assert main(["check", str(text), "--checks", "typography-space", "--typography", mode, "-q", "--findings", str(out)]) == 0
        (finding,) = json.loads(out.read_text(encoding="utf-8"))["findings"]
        counts[mode] = len(finding["tgt_spans"])
    assert counts == {"document": 2, "absolute": 7}  # the house style's two tight places vs every space
