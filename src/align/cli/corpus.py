"""``align corpus run|stats|query|export``: build, inspect and export a parallel corpus."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from align.errors import InputError
from align.pipeline import ALL_STAGES, PairOptions


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``corpus`` command group."""
    p = sub.add_parser("corpus", help="build, query and export a parallel annotated corpus (SQLite)",
                       description="Batch-process document pairs into one SQLite corpus file, query it, export it.")
    group = p.add_subparsers(dest="corpus_command", metavar="SUBCOMMAND")

    run = group.add_parser("run", help="process the pairs of a manifest (resumable, parallel)",
                           description="Process every pair listed in MANIFEST (.csv/.tsv/.jsonl with src and tgt columns; other "
                                       "columns are stored as metadata). Pairs already stored with the same file hashes and "
                                       "parameters are skipped, so rerunning after a crash or Ctrl-C resumes.")
    run.add_argument("manifest", help="CSV/TSV/JSONL list of source/target file pairs")
    _db(run)
    run.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (each loads the models once; default 1)")
    run.add_argument("--src-lang", default="auto", choices=["auto", "ja", "en"], help="source language (default: detect)")
    run.add_argument("--tgt-lang", default="auto", choices=["auto", "ja", "en"], help="target language (default: detect)")
    run.add_argument("--presegmented", action="store_true", help="files hold one sentence per line; keep those lines")
    run.add_argument("--model", default="use-m3", help="sentence embedder for the aligner (default: use-m3)")
    run.add_argument("--stages", default=",".join(ALL_STAGES),
                     help=f"comma-separated stages to run (default: all: {','.join(ALL_STAGES)})")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.set_defaults(func=run_cmd)

    stats = group.add_parser("stats", help="counts: pairs, sentences, beads, entities, claims, findings, errors")
    _db(stats)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(func=stats_cmd)

    query = group.add_parser("query", help="find pairs by entity, claims by type/holder, findings by check, errors, or SQL")
    common = argparse.ArgumentParser(add_help=False)
    _db(common)
    common.add_argument("--format", default="tsv", choices=["tsv", "jsonl"], help="output format (default: tsv)")
    what = query.add_subparsers(dest="what", metavar="WHAT")
    ent = what.add_parser("entity", parents=[common], help="pairs where an entity appears (substring match)")
    ent.add_argument("text")
    ent.add_argument("--label", help="only this label (ORG, PERSON, GPE …)")
    ent.add_argument("--exact", action="store_true", help="whole entity text, not a substring")
    claims = what.add_parser("claims", parents=[common], help="claims of a type and/or by a holder")
    claims.add_argument("--type")
    claims.add_argument("--holder")
    findings = what.add_parser("findings", parents=[common], help="QA findings of a check and/or severity")
    findings.add_argument("--check")
    findings.add_argument("--severity")
    what.add_parser("errors", parents=[common], help="pairs that failed, with their error")
    what.add_parser("runs", parents=[common], help="run records: parameters, models, versions, counts")
    sql = what.add_parser("sql", parents=[common], help="any read-only SQL (schema: align/store/SCHEMA.md)")
    sql.add_argument("sql")
    query.set_defaults(func=query_cmd)

    mig = group.add_parser("migrate", help="bring a corpus written by an older align to the current schema")
    _db(mig)
    mig.set_defaults(func=migrate_cmd)

    exp = group.add_parser("export", help="export as jsonl, tmx, parquet or spacy DocBin (streaming)")
    _db(exp)
    exp.add_argument("--format", required=True, choices=["jsonl", "tmx", "parquet", "spacy"])
    exp.add_argument("--output", "-o", required=True, help="output file (a folder for --format spacy)")
    exp.add_argument("--include-null", action="store_true", help="tmx: also write omissions/additions (one empty side)")
    exp.add_argument("--shard-size", type=int, default=1000, help="spacy: documents per .spacy file (default 1000)")
    exp.add_argument("--where", help="only pairs matching this SQL condition on the pairs table, e.g. "
                                     "\"json_extract(meta, '$.manifest.set') = 'news'\" or \"fingerprint = '…'\"")
    exp.set_defaults(func=export_cmd)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="corpus file (SQLite), created if missing")


def run_cmd(args: argparse.Namespace) -> int:
    """Run the manifest and print a summary; exit 1 if any pair failed."""
    from align.corpus import Corpus

    if args.jobs < 1:
        raise InputError("--jobs must be at least 1")
    options = PairOptions(src_lang=args.src_lang, tgt_lang=args.tgt_lang, presegmented=args.presegmented, model=args.model,
                          stages=tuple(s.strip() for s in args.stages.split(",") if s.strip()))
    with Corpus(args.db) as corpus:
        summary = corpus.run(args.manifest, options, jobs=args.jobs, progress=not args.no_progress and sys.stderr.isatty())
    print(f"run {summary.run_id}: {summary.done} pairs stored, {summary.skipped} skipped (already stored), "
          f"{summary.failed} failed, of {summary.total}")
    print(f"{summary.sentences} sentences, {summary.beads} beads in {summary.wall_seconds:.1f} s "
          f"(model loading {summary.load_seconds:.1f} s): {summary.pairs_per_minute:.1f} pairs/min, "
          f"{summary.sentences_per_second:.1f} sentences/s, {100 * summary.model_share:.0f}% of worker time in model work")
    for name, state in summary.stages.items():
        if state != "done" and state != "skipped: not requested":
            print(f"stage {name} {state}", file=sys.stderr)  # recorded in every pair too; say it where the user looks
    for src, tgt, error in summary.errors:
        print(f"failed: {src} | {tgt}: {error}", file=sys.stderr)
    return 1 if summary.failed else 0


def stats_cmd(args: argparse.Namespace) -> int:
    """Print the corpus counts."""
    from align.corpus import Corpus

    with Corpus(args.db, readonly=True) as corpus:
        stats = corpus.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
        return 0
    for key, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        print(f"{key:15} {value}")
    return 0


def query_cmd(args: argparse.Namespace) -> int:
    """Print the rows of one query as TSV (with a header) or JSONL."""
    from align.corpus import Corpus

    with Corpus(args.db, readonly=True) as corpus:
        if args.what == "entity":
            rows = corpus.find_entities(args.text, args.label, args.exact)
        elif args.what == "claims":
            rows = corpus.find_claims(args.type, args.holder)
        elif args.what == "findings":
            rows = corpus.find_findings(args.check, args.severity)
        elif args.what == "errors":
            rows = iter(corpus.errors())
        elif args.what == "runs":
            rows = iter(corpus.runs())
        elif args.what == "sql":
            import sqlite3

            try:
                rows = iter(list(corpus.sql(args.sql)))
            except sqlite3.Error as exc:
                raise InputError(f"SQL: {exc}") from exc
        else:
            raise InputError("say what to query: entity, claims, findings, errors, runs or sql")
        n = _print_rows(rows, args.format)
    print(f"{n} rows", file=sys.stderr)
    return 0


def _print_rows(rows: Any, fmt: str) -> int:
    n = 0
    header: list[str] | None = None
    for row in rows:
        if fmt == "jsonl":
            print(json.dumps(row, ensure_ascii=False, default=str))
        else:
            if header is None:
                header = list(row)
                print("\t".join(header))
            print("\t".join(_cell(row.get(k)) for k in header))
        n += 1
    return n


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value).replace("\t", " ").replace("\n", " ")


def migrate_cmd(args: argparse.Namespace) -> int:
    """Open the corpus for writing (which migrates it) and print its schema version."""
    from pathlib import Path

    from align.corpus import Corpus

    if not Path(args.db).exists():
        raise InputError(f"{args.db}: no such corpus")
    with Corpus(args.db) as corpus:
        print(f"{args.db}: schema version {corpus.stats()['schema_version']}")
    return 0


def export_cmd(args: argparse.Namespace) -> int:
    """Export the corpus and print what was written."""
    from align.corpus import Corpus

    kwargs: dict[str, Any] = {}
    if args.format == "tmx":
        kwargs["include_null"] = args.include_null
    if args.format == "spacy":
        kwargs["shard_size"] = args.shard_size
    with Corpus(args.db, readonly=True) as corpus:
        ids = None
        if args.where:
            import sqlite3

            try:
                ids = [r["id"] for r in corpus.sql(f"SELECT id FROM pairs WHERE status = 'ok' AND ({args.where}) ORDER BY id")]
            except sqlite3.Error as exc:
                raise InputError(f"--where: {exc}") from exc
        counts = corpus.export(args.format, args.output, ids, **kwargs)
    print(f"{args.output}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0
