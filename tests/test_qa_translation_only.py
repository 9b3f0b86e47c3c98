"""Translation-only checks on the seed article and on small constructed texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from align.model import Document
from align.qa import REGISTRY, run_checks
from align.readers import read_document
from align.segment import segment_document, sentences_from_lines


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path) -> Document:
    return segment_document(read_document(seed_path, lang="ja"))


@pytest.fixture(scope="module")
def seed_findings(seed_doc: Document) -> list:
    return run_checks(doc=seed_doc)


def _texts(doc: Document, f) -> list[str]:
    return [doc.text[a:b] for a, b in f.tgt_spans]


def test_seed_acronyms_expanded_two_ways(seed_doc: Document, seed_findings: list) -> None:
    acr = {f.details["acronym"]: f for f in seed_findings if f.check == "acronym-inconsistent"}
    assert set(acr) == {"NDS", "ASP"}
    assert set(_texts(seed_doc, acr["NDS"])) == {"国防戦略", "国家防衛戦略"}
    assert set(_texts(seed_doc, acr["ASP"])) == {"機関戦略計画", "アジア太平洋戦略"}


def test_seed_enumeration_gap_and_spaces(seed_doc: Document, seed_findings: list) -> None:
    gaps = [f for f in seed_findings if f.check == "enumeration-gap"]
    assert [_texts(seed_doc, f)[0] for f in gaps] == ["第二に、"]
    spaces = [f for f in seed_findings if f.check == "typography-space"]
    assert len(spaces) == 1 and spaces[0].details["count"] == 4
    # the four spaces: "NDS は", "12 月", "ワシントン DC 事務所" (two)
    contexts = [seed_doc.text[a - 3 : b + 1] for a, b in spaces[0].tgt_spans]
    assert any("NDS" in c for c in contexts) and any("12" in c for c in contexts)


def test_seed_has_no_noise(seed_findings: list) -> None:
    # correct numbers (140億ドル超, 3.5%, 第57回, years) and the English tail produce nothing
    assert {f.check for f in seed_findings} == {"acronym-inconsistent", "typography-space", "enumeration-gap", "term-variants"}
    assert all(f.severity == "minor" for f in seed_findings)


def test_seed_notation_variant(seed_doc: Document, seed_findings: list) -> None:
    # 「すでに」 twice and 「既に」 once (ハンファグループは既に60億ドル…): a real 表記ゆれ of the seed
    (variant,) = [f for f in seed_findings if f.check == "term-variants"]
    assert variant.details["forms"] == {"すでに": 2, "既に": 1}
    assert sorted(_texts(seed_doc, variant)) == ["すでに", "すでに", "既に"]


def test_bilingual_checks_are_reported_as_skipped(seed_findings) -> None:
    assert "numbers" in seed_findings.skipped and "omission" in seed_findings.skipped
    assert set(seed_findings.ran).isdisjoint(seed_findings.skipped)
    assert all(not REGISTRY[c].bilingual for c in seed_findings.ran)


def _doc(*lines: str) -> Document:
    return sentences_from_lines(list(lines), "ja")


def test_width_brackets_variants() -> None:
    doc = _doc(
        "国防総省（ペンタゴン）は声明を出した。",
        "国務省(DOS)も同様だ。",
        "米国(USA)と日本(JPN)は合意した。",
        "彼は「重要だと述べた。",
        "サーバーを更新した。",
        "新しいサーバを導入した。",
        "子供の教育と子どもの健康を支援する。",
    )
    found = {f.check: f for f in run_checks(doc=doc)}
    assert found["typography-width"].details["minority"] in ("（", "）")
    assert [doc.text[a:b] for a, b in found["typography-brackets"].tgt_spans] == ["「"]
    assert set(found["name-variants"].details["forms"]) == {"サーバー", "サーバ"}
    assert set(found["term-variants"].details["forms"]) == {"子供", "子ども"}


def test_english_expansion_must_fit() -> None:
    doc = sentences_from_lines(
        [
            "The National Defense Strategy (NDS) was published.",
            "The Agency Strategic Plan (ASP) followed.",
            "The Asia Pacific Strategy (NSS) is new.",
        ],
        "en",
    )
    misfit = [f for f in run_checks(doc=doc, checks=["acronym-misfit"])]
    assert [f.details["acronym"] for f in misfit] == ["NSS"]


def test_untranslated_sentence_in_japanese_document() -> None:
    doc = _doc("これは日本語の文です。", "This sentence was clearly never translated into Japanese at all.")
    found = run_checks(doc=doc, checks=["untranslated"])
    assert len(found) == 1 and doc.text[found[0].tgt_spans[0][0] :].startswith("This sentence")


def test_failing_optional_check_is_reported_not_fatal() -> None:
    from align.qa.base import register_check

    @register_check("test-broken-dependency", "style", "minor", bilingual=False, requires=("json",))
    def broken(ctx):
        raise RuntimeError("linker crashed")

    try:
        found = run_checks(doc=_doc("これは文です。"), checks=["test-broken-dependency", "typography-space"])
        assert found.skipped == {"test-broken-dependency": "failed: RuntimeError: linker crashed"}
        assert found.ran == ["typography-space"]
    finally:
        del REGISTRY["test-broken-dependency"]
