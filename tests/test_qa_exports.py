"""Exports: findings JSON/CSV/XLSX, TMX 1.4b and XLIFF 2.1 with ITS 2.0 quality issues, read back with real parsers."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from lxml import etree

from align.export import write_findings, write_tmx, write_xliff
from align.model import Bead, Bitext
from align.qa import Finding, run_checks
from align.segment import sentences_from_lines

ITS = "http://www.w3.org/2005/11/its"
XLF = "urn:oasis:names:tc:xliff:document:2.0"


@pytest.fixture(scope="module")
def pair() -> tuple[Bitext, list[Finding]]:
    en = ["China's sales were $88 billion.", "The alliance has kept the peace since 1953.", "Seoul raised spending to 3.5% of GDP."]
    ja = ["中国の売上高は1,400億ドルだった。", "韓国は支出をGDPの3.5%に引き上げた。", "NDS は 12 月に発表された。"]
    bt = Bitext(
        sentences_from_lines(en, "en"),
        sentences_from_lines(ja, "ja"),
        [Bead([0], [0], 0.8, 0.9), Bead([1], [], 0.0, 0.7), Bead([2], [1], 0.8, 0.95), Bead([], [2], 0.0, 0.6)],
        meta={"doc": "test-pair"},
    )
    return bt, run_checks(bitext=bt, checks=["numbers", "omission", "addition", "typography-space"])


def test_findings_json_csv_round_trip(pair, tmp_path: Path) -> None:
    bt, findings = pair
    data = json.loads(write_findings(tmp_path / "f.json", findings, bitext=bt, skipped=findings.skipped).read_text(encoding="utf-8"))
    assert [Finding.from_dict(d) for d in data["findings"]] == list(findings)
    assert data["summary"]["findings"] == len(findings)
    mismatch = next(d for d in data["findings"] if d["check"] == "numbers")
    assert (mismatch["source_text"], mismatch["target_text"]) == ("$88 billion", "1,400億ドル")
    with write_findings(tmp_path / "f.csv", findings, bitext=bt).open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["check"] for r in rows] == [f.check for f in findings]
    assert rows[[r["check"] for r in rows].index("numbers")]["target_text"] == "1,400億ドル"


def test_findings_xlsx(pair, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    bt, findings = pair
    ws = openpyxl.load_workbook(write_findings(tmp_path / "f.xlsx", findings, bitext=bt)).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0][:4] == ("id", "check", "category", "severity") and len(values) == len(findings) + 1


def test_tmx_has_one_unit_per_full_bead(pair, tmp_path: Path) -> None:
    bt, _ = pair
    root = etree.parse(str(write_tmx(tmp_path / "p.tmx", bt))).getroot()
    assert root.get("version") == "1.4" and root.find("header").get("srclang") == "en-US"
    tus = root.findall("body/tu")
    assert len(tus) == 2  # the omission and the addition are not translation units
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    first = {tuv.get(lang): tuv.findtext("seg") for tuv in tus[0].findall("tuv")}
    assert first == {"en-US": "China's sales were $88 billion.", "ja-JP": "中国の売上高は1,400億ドルだった。"}


def test_xliff_marks_issues_with_its_lqi(pair, tmp_path: Path) -> None:
    bt, findings = pair
    root = etree.parse(str(write_xliff(tmp_path / "p.xlf", bt, findings))).getroot()
    assert root.get("version") == "2.1" and root.get(f"{{{ITS}}}version") == "2.0"
    units = root.findall(f".//{{{XLF}}}unit")
    assert len(units) == len(bt.beads)
    issues = {i.get("locQualityIssueType") for i in root.iter(f"{{{ITS}}}locQualityIssue")}
    assert {"numbers", "omission", "addition", "whitespace"} <= issues
    mrk = units[0].find(f".//{{{XLF}}}target/{{{XLF}}}mrk")
    assert mrk.text == "1,400億ドル" and mrk.get("type") == "its:generic"
    ref = mrk.get(f"{{{ITS}}}locQualityIssuesRef").lstrip("#")
    block = next(b for b in units[0].iter(f"{{{ITS}}}locQualityIssues") if b.get("{http://www.w3.org/XML/1998/namespace}id") == ref)
    assert block[0].get("locQualityIssueSeverity") == "70"
    # text survives the markup: target text of every unit equals the bead's text
    for unit, bead in zip(units, bt.beads, strict=True):
        target = unit.find(f".//{{{XLF}}}target")
        assert ("".join(target.itertext()) if target is not None else "") == "".join(bt.tgt.sentence_text(i) for i in bead.tgt)


def test_tmx_imports_into_translate_toolkit(pair, tmp_path: Path) -> None:
    tmx = pytest.importorskip("translate.storage.tmx", reason="translate-toolkit not installed")
    bt, _ = pair
    store = tmx.tmxfile.parsefile(str(write_tmx(tmp_path / "p.tmx", bt)))
    assert [(u.source, u.target) for u in store.units] == [
        ("China's sales were $88 billion.", "中国の売上高は1,400億ドルだった。"),
        ("Seoul raised spending to 3.5% of GDP.", "韓国は支出をGDPの3.5%に引き上げた。"),
    ]


def test_every_registered_check_has_a_japanese_title_and_an_its_type():
    """A new check must not reach the reviewer as a raw id, nor XLIFF as a generic issue."""
    from align.export.xliff import ITS_TYPES
    from align.qa.base import REGISTRY
    from align.qa.checks import load_all
    from align.report.labels import CHECK_TITLES_JA

    load_all()
    assert len(REGISTRY) >= 20
    assert sorted(set(REGISTRY) - set(CHECK_TITLES_JA)) == []
    assert set(REGISTRY) - set(ITS_TYPES) == {"length-ratio"}  # typed by its category (omission/addition)
