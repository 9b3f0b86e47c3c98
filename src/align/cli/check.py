"""``align check``: translation QA of one translated document or a source/translation pair.

``align check FILE`` runs the checks that need only the translation
(typography, acronyms, notation consistency, enumeration); ``align check SRC
TGT`` aligns the pair and runs them all. Findings print one per line; the
reviewer's HTML report and the exports are written on request.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from align.errors import InputError
from align.model import Bitext, Document
from align.qa import SEVERITIES, available_checks, run_checks
from align.segment import load_document


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``check`` command."""
    p = sub.add_parser(
        "check",
        help="translation QA: findings, HTML review report, exports",
        description="Check a translation. With one FILE only the translation-only checks run "
        "(typography, acronyms, consistency, enumeration); with SRC and TGT the pair is aligned "
        "and every check runs (omissions, numbers, entities, claims, similarity ...).",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="the translation, or SRC TGT")
    p.add_argument("--lang", default="auto", choices=["auto", "ja", "en"], help="language of a single FILE (default: detect)")
    p.add_argument("--presegmented", action="store_true", help="inputs have one sentence per line (keep the lines as sentences)")
    p.add_argument("--beads", metavar="ALIGN", help="use this alignment (lines like '[0, 1]:[2]', SRC ids first) instead of aligning")
    p.add_argument("--checks", help="comma-separated check ids to run (default: all); see --list-checks")
    p.add_argument("--list-checks", action="store_true", help="print the available checks and exit")
    p.add_argument("--typography", choices=["document", "absolute"], default="document",
                   help="judge spacing and full/half width against the document's own majority style (default), "
                        "or flag every ASCII space and half-width character by the strict rule")
    p.add_argument("--glossary", metavar="FILE", help="glossary: CSV/TSV (source,target[,target…]) or TBX")
    p.add_argument("--report", metavar="HTML", help="write the side-by-side HTML review report here")
    p.add_argument("--findings", metavar="FILE", help="write findings as .json, .csv, .tsv or .xlsx")
    p.add_argument("--xliff", metavar="FILE", help="write the pair as XLIFF 2.1 with ITS 2.0 quality issues")
    p.add_argument("--tmx", metavar="FILE", help="write the aligned pair as TMX 1.4b")
    p.add_argument("--fail-on", choices=SEVERITIES, help="exit with status 1 when a finding of this severity or worse is found")
    p.add_argument("--quiet", "-q", action="store_true", help="do not print the findings")
    p.set_defaults(func=run)


def _bitext(args: argparse.Namespace) -> Bitext:
    src = load_document(args.files[0], "auto", args.presegmented)
    tgt = load_document(args.files[1], "auto", args.presegmented)
    if args.beads:
        from align.qa.gold import parse_align_line

        lines = Path(args.beads).read_text(encoding="utf-8").splitlines()
        beads = [parse_align_line(x) for x in lines if x.strip()]
        covered = sorted(i for b in beads for i in b.src), sorted(i for b in beads for i in b.tgt)
        if covered != (list(range(len(src.sentences))), list(range(len(tgt.sentences)))):
            raise InputError(
                f"{args.beads}: the beads do not cover the {len(src.sentences)} source and {len(tgt.sentences)} target sentences"
            )
        return Bitext(src=src, tgt=tgt, beads=beads, meta={"beads": args.beads})
    try:
        from align.aligner import align_documents
    except ImportError as exc:  # pragma: no cover - the aligner ships with the package
        raise InputError(f"the aligner is not available ({exc}); pass --beads") from None
    return align_documents(src, tgt)


def run(args: argparse.Namespace) -> int:
    """Run the checks and write what was asked for."""
    if args.list_checks:
        from align.qa import REGISTRY

        for cid in available_checks():
            info = REGISTRY[cid]
            need = "SRC+TGT" if info.bilingual else "TGT   "
            print(f"{cid:22} {need} {info.severity:6} {info.category:26} {info.description}")
        return 0
    if not 1 <= len(args.files) <= 2:
        raise InputError("give one translated FILE, or SRC and TGT")
    checks = [c.strip() for c in args.checks.split(",") if c.strip()] if args.checks else None
    glossary = None
    bitext: Bitext | None = None
    doc: Document | None = None
    if len(args.files) == 2:
        bitext = _bitext(args)
        if args.glossary:
            from align.qa.glossary import read_glossary

            glossary = read_glossary(args.glossary, bitext.src.lang, bitext.tgt.lang)
    else:
        if args.xliff or args.tmx or args.glossary or args.beads:
            raise InputError("--xliff, --tmx, --glossary and --beads need SRC and TGT")
        doc = load_document(args.files[0], args.lang, args.presegmented)
    findings = run_checks(bitext=bitext, doc=doc, checks=checks, glossary=glossary, options={"typography": args.typography})
    reviewed = bitext.tgt if bitext is not None else doc
    assert reviewed is not None
    if not args.quiet:
        _print(findings, bitext, reviewed)
    title = Path(args.files[-1]).name
    if args.report:
        from align.report import write_report

        for d in (bitext.src, bitext.tgt) if bitext is not None else (doc,):
            _annotate(d)  # type: ignore[arg-type]
        path = write_report(args.report, findings, bitext=bitext, doc=doc, title=title, skipped=findings.skipped)
        print(f"report: {path.resolve()}", file=sys.stderr)
    if args.findings:
        from align.export import write_findings

        write_findings(args.findings, findings, bitext=bitext, doc=doc, skipped=findings.skipped)
    if args.xliff and bitext is not None:
        from align.export import write_xliff

        write_xliff(args.xliff, bitext, findings)
    if args.tmx and bitext is not None:
        from align.export import write_tmx

        write_tmx(args.tmx, bitext)
    if args.fail_on:
        worst = SEVERITIES.index(args.fail_on)
        return 1 if any(SEVERITIES.index(f.severity) >= worst for f in findings) else 0
    return 0


def _annotate(doc: Document) -> None:
    """Fill the entity and claim layers for the report's highlights, when those stages are installed."""
    import logging

    for module, func, layer in (("align.entities", "extract_entities", "entities"), ("align.claims", "extract_claims", "claims")):
        if getattr(doc, layer):
            continue
        try:
            extract = getattr(__import__(module, fromlist=[func]), func)
        except (ImportError, AttributeError) as exc:
            logging.getLogger(__name__).warning("report without %s highlights: %s", layer, exc)
            continue
        result = extract(doc)
        if isinstance(result, list):
            setattr(doc, layer, result)


def _print(findings: list, bitext: Bitext | None, doc: Document) -> None:
    from align.qa.score import summarize

    out = sys.stdout
    for f in findings:
        spans = f.tgt_spans or f.src_spans
        side_doc = doc if f.tgt_spans or bitext is None else bitext.src
        where = f"#{f.bead}" if f.bead is not None else ""
        excerpt = side_doc.text[spans[0][0] : spans[0][1]].replace("\n", " ")[:40] if spans else ""
        out.write(
            f"{f.severity:8} {f.check:22} {where:>5} {f.message}"
            + (f"  [{excerpt}]" if excerpt and excerpt not in f.message else "")
            + "\n"
        )
    s = summarize(findings, doc)
    skipped = getattr(findings, "skipped", {})
    out.write(
        f"{s['findings']} findings ({', '.join(f'{k} {v}' for k, v in s['by_severity'].items()) or 'none'}); "
        f"{s['penalty_per_1000_chars']} penalty points per 1,000 characters; score {s['score']}\n"
    )
    if skipped:
        out.write("not run: " + "; ".join(f"{k} ({v})" for k, v in skipped.items()) + "\n")
