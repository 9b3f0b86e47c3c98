"""The corpus store: exact round-trip, atomic writes, schema versions, queries and every export.

The corpus is built from real dev pairs with the full pipeline (embedder,
tokenizers, NER, quantities, QA), in this process, once per module.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest

from align import Corpus
from align.errors import InputError
from align.model import Bitext, Claim, Link
from align.pipeline import STAGE_SPECS, PairOptions, Pipeline, StageSpec, process_pair
from align.store import exports
from align.store.manifest import read_manifest
from align.store.schema import SCHEMA_VERSION

DEV = Path("/work/shared/data/dev")
pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="dev data not available")
OPTIONS = PairOptions(presegmented=True)


def smallest(name: str, n: int) -> list[tuple[Path, Path]]:
    docs = sorted(DEV.joinpath(name).glob("*.en"), key=lambda p: (p.stat().st_size, p.name))
    return [(p, p.with_suffix(".ja")) for p in docs[:n]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[int, Bitext]]:
    """A corpus of three real pairs (one with merges/omissions) and the bitexts as the pipeline made them."""
    pairs = smallest("ntrex128-perturbed", 2) + smallest("flores200-devtest", 1)
    db = tmp_path_factory.mktemp("store") / "corpus.db"
    originals: dict[int, Bitext] = {}
    with Corpus(db) as corpus:
        for src, tgt in pairs:
            bitext = process_pair(src, tgt, OPTIONS)
            pair_id = corpus.add(bitext, OPTIONS)
            assert pair_id is not None
            originals[pair_id] = copy.deepcopy(bitext)
    return db, originals


def test_pairs_round_trip_exactly(built: tuple[Path, dict[int, Bitext]]) -> None:
    db, originals = built
    with Corpus(db, readonly=True) as corpus:
        for pair_id, original in originals.items():
            assert corpus.get(pair_id).to_dict() == original.to_dict()
    # the round-trip covered real layers, not empty lists
    assert any(b.src.tokens and b.tgt.tokens for b in originals.values())
    assert any(b.src.entities and b.tgt.entities for b in originals.values())
    assert any(b.src.quantities or b.tgt.quantities for b in originals.values())
    assert any(b.kind != "1-1" for o in originals.values() for b in o.beads)


def test_every_layer_round_trips_and_queries_find_it(built: tuple[Path, dict[int, Bitext]], tmp_path: Path) -> None:
    """Claims, links and findings (from stages still being built) stored and queried like the rest."""
    _, originals = built
    bitext = copy.deepcopy(next(iter(originals.values())))
    s0, t0 = bitext.src.sentences[0], bitext.tgt.sentences[0]
    bitext.src.claims = [Claim(s0.start, s0.end, 0, "assessment", holder="author", certainty="probable", negated=True, cue="may")]
    bitext.tgt.claims = [Claim(t0.start, t0.end, 0, "assessment", holder="author", certainty="probable", negated=True, cue="可能性")]
    bitext.links = [Link("claim", 0, 0, 0, 0.9, "same type"), Link("entity", 0, None, 0, 0.0, "unpaired")]
    bitext.meta["findings"] = [{"check": "numbers", "category": "accuracy/omission", "severity": "major", "message": "m",
                                "src_spans": [[s0.start, s0.end]], "tgt_spans": [], "bead": 0, "details": {"why": 1}}]
    db2 = tmp_path / "layers.db"
    with Corpus(db2) as corpus:
        pair_id = corpus.add(bitext, OPTIONS, src_path="a.en", tgt_path="a.ja")
        assert corpus.get(pair_id).to_dict() == bitext.to_dict()
        claims = list(corpus.find_claims(type="assessment", holder="author"))
        assert [(c["side"], c["negated"], c["cue"]) for c in claims] == [("src", True, "may"), ("tgt", True, "可能性")]
        assert claims[0]["span"] == bitext.src.sentence_text(0)
        found = list(corpus.find_findings(check="numbers"))
        assert found[0]["severity"] == "major" and found[0]["src_spans"] == [[s0.start, s0.end]] and found[0]["details"] == {"why": 1}
        assert list(corpus.find_findings(check="no-such-check")) == []
        assert corpus.stats()["links"] == {"claim": 1, "entity": 1}


def test_storing_the_same_pair_again_is_a_no_op(built: tuple[Path, dict[int, Bitext]]) -> None:
    db, originals = built
    with Corpus(db) as corpus:
        before = len(corpus)
        assert corpus.add(next(iter(originals.values())), OPTIONS) is None
        assert len(corpus) == before


def test_a_failing_pair_write_leaves_nothing_behind(built: tuple[Path, dict[int, Bitext]], tmp_path: Path) -> None:
    db = tmp_path / "atomic.db"
    bitext = copy.deepcopy(next(iter(built[1].values())))
    bitext.tgt.entities[-1].label = None  # type: ignore[assignment]  # NOT NULL: fails after the pair, documents, sentences
    with Corpus(db) as corpus:
        with pytest.raises(sqlite3.IntegrityError):
            corpus.add(bitext, OPTIONS)
        counts = {t: corpus.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("pairs", "documents", "sentences", "tokens", "beads", "entities", "quantities")}
    assert counts == dict.fromkeys(counts, 0)


def test_schema_version_wal_and_migrations(built: tuple[Path, dict[int, Bitext]], tmp_path: Path) -> None:
    db, _ = built
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()

    newer = tmp_path / "newer.db"
    c = sqlite3.connect(newer)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.close()
    with pytest.raises(InputError, match="newer"):
        Corpus(newer)
    not_db = tmp_path / "text.db"
    not_db.write_text("this is not a database at all, just text " * 100)
    with pytest.raises(InputError, match="not a corpus"):
        Corpus(not_db)
    with pytest.raises(InputError, match="no such corpus"):
        Corpus(tmp_path / "missing.db", readonly=True)
    with Corpus(db, readonly=True) as corpus, pytest.raises(sqlite3.OperationalError, match="readonly"):
        list(corpus.sql("DELETE FROM beads"))


def test_stats_and_entity_query(built: tuple[Path, dict[int, Bitext]]) -> None:
    db, originals = built
    with Corpus(db, readonly=True) as corpus:
        stats = corpus.stats()
        assert stats["pairs"] == len(originals) and stats["errors"] == 0
        assert stats["sentences"] == {"en": sum(len(b.src.sentences) for b in originals.values()),
                                      "ja": sum(len(b.tgt.sentences) for b in originals.values())}
        assert sum(stats["beads"].values()) == sum(len(b.beads) for b in originals.values())
        # an entity that is in the data, found by substring, by label and exactly
        pair_id, bitext = next((k, b) for k, b in originals.items() if b.tgt.entities)
        entity = bitext.tgt.entities[0]
        hits = list(corpus.find_entities(entity.text[:2]))
        assert any(h["pair_id"] == pair_id and h["text"] == entity.text and h["side"] == "tgt" for h in hits)
        exact = list(corpus.find_entities(entity.text, label=entity.label, exact=True))
        assert exact and all(h["text"] == entity.text and h["label"] == entity.label for h in exact)
        assert list(corpus.find_entities("no such entity anywhere")) == []
        # the counterpart comes from the entity links of the pair
        pair_id, link = next((k, x) for k, b in originals.items() for x in b.links
                             if x.layer == "entity" and x.src is not None and x.tgt is not None)
        src_entity, tgt_entity = originals[pair_id].src.entities[link.src], originals[pair_id].tgt.entities[link.tgt]
        hit = next(h for h in corpus.find_entities(tgt_entity.text, exact=True) if h["pair_id"] == pair_id and h["idx"] == link.tgt)
        assert hit["linked"] == src_entity.text


def test_jsonl_export_round_trips(built: tuple[Path, dict[int, Bitext]], tmp_path: Path) -> None:
    db, originals = built
    out = tmp_path / "c.jsonl"
    with Corpus(db, readonly=True) as corpus:
        assert corpus.export("jsonl", out) == {"pairs": len(originals)}
    back = dict(exports.read_jsonl(out))
    assert {k: v.to_dict() for k, v in back.items()} == {k: v.to_dict() for k, v in originals.items()}


def test_tmx_export_round_trips(built: tuple[Path, dict[int, Bitext]], tmp_path: Path) -> None:
    db, originals = built
    out = tmp_path / "c.tmx"
    with Corpus(db, readonly=True) as corpus:
        corpus.export("tmx", out)
        corpus.export("tmx", tmp_path / "all.tmx", include_null=True)
    expected = {f"{pid}-{i}": (src, tgt) for pid, b in originals.items() for i, src, tgt in exports.bead_texts(b) if src and tgt}
    units = list(exports.read_tmx(out))
    assert {u["tuid"]: (u["segs"]["en"], u["segs"]["ja"]) for u in units} == expected
    assert all(u["props"]["x-kind"] == originals[int(u["props"]["x-pair"])].beads[int(u["props"]["x-bead"])].kind for u in units)
    # with null beads, every bead is a unit; a 2-1 bead's English is both sentences
    assert len(list(exports.read_tmx(tmp_path / "all.tmx"))) == sum(len(b.beads) for b in originals.values())
    merged = [(b, bead) for b in originals.values() for bead in b.beads if len(bead.src) == 2]
    if merged:
        b, bead = merged[0]
        joined = next(src for i, src, _ in exports.bead_texts(b) if b.beads[i] is bead)
        assert joined == " ".join(b.src.sentence_text(i) for i in bead.src)


def test_parquet_export_round_trips(built: tuple[Path, dict[int, Bitext]], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow (the parquet export's dependency) is not installed")

    db, originals = built
    out = tmp_path / "c.parquet"
    with Corpus(db, readonly=True) as corpus:
        assert corpus.export("parquet", out, row_group=5)["rows"] == sum(len(b.beads) for b in originals.values())
    table = pq.read_table(out)
    assert json.loads(table.schema.metadata[b"align"])["schema_version"] == SCHEMA_VERSION
    assert pq.ParquetFile(out).num_row_groups > 1  # written in groups, not all at once
    for row in table.to_pylist():
        bitext = originals[row["pair_id"]]
        bead = bitext.beads[row["bead"]]
        assert (row["src_ids"], row["tgt_ids"], row["kind"], row["score"]) == (bead.src, bead.tgt, bead.kind, bead.score)
        assert row["src_text"] == exports._span_text(bitext.src, bead.src)
        assert row["tgt_text"] == exports._span_text(bitext.tgt, bead.tgt)


def test_spacy_export_round_trips(built: tuple[Path, dict[int, Bitext]], tmp_path: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    db, originals = built
    out = tmp_path / "spacy"
    with Corpus(db, readonly=True) as corpus:
        counts = corpus.export("spacy", out, shard_size=2)
    assert counts["docs"] == 2 * len(originals)
    seen = 0
    for path in sorted(out.glob("*/*.spacy")):
        lang = path.parent.name
        for doc in DocBin().from_disk(path).get_docs(spacy.blank("xx").vocab):
            original = getattr(originals[doc.user_data["pair_id"]], doc.user_data["side"])
            assert original.lang == lang
            assert doc.text == original.text
            stripped = [exports._stripped(original.text, x.start, x.end, x.label) for x in original.entities]
            want = exports._non_overlapping([e for e in stripped if e])
            assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == want
            assert [s.start_char for s in doc.sents] == [s.start for s in original.sentences]
            seen += 1
    assert seen == counts["docs"] and counts["entities"] > 0
    assert len(list(out.glob("en/*.spacy"))) == 2  # 3 English docs in shards of 2


def test_manifest_formats(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "m.csv").write_text("source,target,domain\nd/a.en,d/a.ja,news\n\n/abs/b.en,/abs/b.ja,\n", encoding="utf-8")
    rows = read_manifest(tmp_path / "m.csv")
    assert [(r.src, r.tgt, r.meta) for r in rows] == [(str(tmp_path / "d/a.en"), str(tmp_path / "d/a.ja"), {"domain": "news"}),
                                                      ("/abs/b.en", "/abs/b.ja", {})]
    (tmp_path / "m.jsonl").write_text('{"src": "a.en", "tgt": "a.ja", "id": 7, "meta": {"year": 2024}}\n', encoding="utf-8")
    assert read_manifest(tmp_path / "m.jsonl")[0].meta == {"id": 7, "year": 2024}
    (tmp_path / "bad.tsv").write_text("english\tjapanese\na.en\ta.ja\n", encoding="utf-8")
    with pytest.raises(InputError, match="source and a target"):
        read_manifest(tmp_path / "bad.tsv")


def test_options_fingerprint_is_stable_and_missing_stages_are_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    a = PairOptions(presegmented=True, stages=("align", "tokens"))
    b = PairOptions(presegmented=True, stages=("tokens", "align"))
    assert a.fingerprint() == b.fingerprint() == PairOptions.from_dict(a.to_dict()).fingerprint()
    assert a.fingerprint() != PairOptions(presegmented=False, stages=("tokens", "align")).fingerprint()
    with pytest.raises(InputError, match="unknown stage"):
        PairOptions(stages=("tokens", "translate"))
    monkeypatch.setitem(STAGE_SPECS, "claims", StageSpec("align.no_such_module", ("extract_claims",), True))
    states = Pipeline(PairOptions(stages=("tokens", "claims"))).stage_states()
    assert states["claims"] == "skipped: module align.no_such_module not installed"
    assert states["align"] == "skipped: not requested" and states["tokens"] == "done"


def test_an_older_corpus_is_migrated_with_its_data(built: tuple[Path, dict[int, Bitext]], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A future schema step runs once, in order, on a file holding pairs, and keeps them readable."""
    import shutil

    from align.store import db as store_db
    from align.store import schema

    db = tmp_path / "old.db"
    shutil.copy(built[0], db)
    for suffix in ("-wal", "-shm"):
        if Path(str(built[0]) + suffix).exists():
            shutil.copy(str(built[0]) + suffix, str(db) + suffix)
    step = "ALTER TABLE documents ADD COLUMN title TEXT NOT NULL DEFAULT '';\nCREATE INDEX documents_title ON documents(title);"
    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION, step)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(InputError, match="migrate"):
        Corpus(db, readonly=True)  # a reader never changes the file
    with Corpus(db) as corpus:
        assert corpus.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert {r["title"] for r in corpus.sql("SELECT title FROM documents")} == {""}
        for pair_id, original in built[1].items():
            assert corpus.get(pair_id).to_dict() == original.to_dict()
    with Corpus(db) as corpus:  # opening again does not re-run the step
        assert corpus.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_cli_stats_query_export_migrate(built: tuple[Path, dict[int, Bitext]], tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from align.cli.main import main

    db, originals = built
    assert main(["corpus", "stats", "--db", str(db), "--json"]) == 0
    with Corpus(db, readonly=True) as corpus:
        assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(corpus.stats()))
    entity = next(e for b in originals.values() for e in b.src.entities)
    assert main(["corpus", "query", "entity", entity.text, "--exact", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(r["text"] == entity.text for r in rows)
    assert main(["corpus", "query", "sql", "SELECT kind, count(*) AS n FROM beads GROUP BY kind ORDER BY kind", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "kind\tn" and sum(int(x.split("\t")[1]) for x in lines[1:]) == sum(len(b.beads) for b in originals.values())
    assert main(["corpus", "query", "sql", "DROP TABLE beads", "--db", str(db)]) == 2  # read-only: refused, one-line error
    assert "readonly" in capsys.readouterr().err
    out = tmp_path / "cli.tmx"
    assert main(["corpus", "export", "--db", str(db), "--format", "tmx", "-o", str(out), "--include-null"]) == 0
    assert len(list(exports.read_tmx(out))) == sum(len(b.beads) for b in originals.values())
    first = min(originals)
    one = tmp_path / "one.jsonl"
    assert main(["corpus", "export", "--db", str(db), "--format", "jsonl", "-o", str(one), "--where", f"id = {first}"]) == 0
    assert [pid for pid, _ in exports.read_jsonl(one)] == [first]
    assert main(["corpus", "migrate", "--db", str(db)]) == 0
    assert f"schema version {SCHEMA_VERSION}" in capsys.readouterr().out
    assert main(["corpus", "stats", "--db", str(tmp_path / "none.db")]) == 2
