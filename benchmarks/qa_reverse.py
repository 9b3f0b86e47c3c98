"""Omission checks in the other review direction: a Japanese source against its English translation.

The main QA benchmark (benchmarks/qa.py) reviews English sources and Japanese
translations. Reviewers of Japanese originals (regional news, Japanese
think-tank papers) read the pair the other way round, so the omission family
is measured here that way too: the same dev pairs with Japanese as the source,
one comma-delimited clause deleted from one English sentence per document
(``inject_clause_en``), and the checks that count as catching a clause
deletion in qa.py run on the clean and the injected copy. Odd-numbered
documents, as in qa.py (the even ones calibrated the thresholds). Writes the
``qa-reverse`` section of benchmarks/RESULTS.md.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/qa_reverse.py [--max-docs 20] [--half odd|even] [--show-missed]
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from collections import Counter

from _results import package_versions, stamp, write_section
from align.model import Bitext
from align.qa import run_checks
from align.qa.beadtext import bead_texts
from align.qa.calibration import load_calibration, pair_stats
from align.qa.gold import dev_doc_ids, load_gold_bitext
from inject_errors import inject_clause_en
from qa import DEV, EXPECTED, PACKAGES, SETS, TARGETS, _key, _touches

CHECKS = sorted(EXPECTED["clause"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--max-docs", type=int, default=20, help="per set (0 = all)")
    ap.add_argument("--half", choices=["odd", "even"], default="odd",
                    help="even = the calibration half, for development (implies --no-write)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-write", action="store_true", help="print only, do not update RESULTS.md")
    ap.add_argument("--show-missed", action="store_true", help="print the deletions no expected check caught")
    ap.add_argument("--show-clean", action="store_true", help="print the findings on the clean texts")
    args = ap.parse_args()
    if args.half == "even":
        args.no_write = True
    logging.basicConfig(level=logging.ERROR)
    t0 = time.time()
    bitexts: list[Bitext] = []
    for name in args.sets:
        ids = [d for k, d in enumerate(dev_doc_ids(DEV / name)) if k % 2 == (args.half == "odd")]
        bitexts += [load_gold_bitext(DEV / name, d, source="ja") for d in ids[: args.max_docs or None]]
    chars_en = 0
    injected = detected = 0
    clean: Counter[str] = Counter()
    caught_by: Counter[str] = Counter()
    notes: list[str] = []
    for bt in bitexts:
        doc = f"{bt.meta['set']}/{bt.meta['doc']}"
        found_clean = run_checks(bitext=bt, checks=CHECKS)
        chars_en += len("".join(bt.tgt.text.split()))
        for f in found_clean:
            clean[f.check] += 1
            if args.show_clean:
                src, tgt = bead_texts(bt, f.bead) if f.bead is not None else ("", "")
                notes.append(f"CLEAN {doc} #{f.bead} {f.check}: {f.message}\n    JA: {src}\n    EN: {tgt}")
        result = inject_clause_en(bt, random.Random(f"{args.seed}:{doc}:clause-en"), {})
        if result is None:
            continue
        bad, inj = result
        injected += 1
        remaining = Counter(_key(f) for f in found_clean)
        hits = set()
        for f in run_checks(bitext=bad, checks=CHECKS):
            if remaining[_key(f)] > 0:
                remaining[_key(f)] -= 1
                continue
            if _touches(f, bad, inj):
                hits.add(f.check)
        caught_by.update(hits)
        detected += bool(hits)
        if args.show_missed and not hits:
            src, tgt = bead_texts(bad, inj.bead)
            notes.append(f"MISSED {doc} #{inj.bead}: “{inj.before}”\n    JA: {src}\n    EN: {tgt}")
    total_clean = sum(clean.values())
    recall = detected / injected if injected else float("nan")
    stats = pair_stats("ja", "en") or {}
    partial = stats.get("partial", {})
    md = "\n".join(
        [
            "## Translation QA, Japanese source → English translation: clause deletions (`benchmarks/qa_reverse.py`)",
            "",
            stamp(),
            f"Data: {', '.join(args.sets)} dev, {args.half}-numbered documents"
            f"{f' (the first {args.max_docs} of each set)' if args.max_docs else ''} ({len(bitexts)} docs), gold alignments read "
            f"with Japanese as the source; one comma-delimited English clause deleted per document (seed {args.seed}, "
            "benchmarks/inject_errors.py `inject_clause_en`).",
            f"Models: embedder {load_calibration()['embedder']}; {package_versions(*PACKAGES)}. Checks run: {', '.join(CHECKS)}. "
            f"Partial-omission threshold for Japanese sources {partial.get('threshold', float('nan')):.4f} "
            f"(false-alarm rate {partial.get('false_alarm_rate', 'n/a')} on {partial.get('beads', 0)} clean even-half beads).",
            "",
            "| deletions | caught | recall | target (en→ja benchmark) | caught by |",
            "|---:|---:|---:|---:|---|",
            f"| {injected} | {detected} | {recall:.2f} | {TARGETS['clause']:.2f} | "
            f"{', '.join(f'{c} {k}' for c, k in caught_by.most_common()) or '—'} |",
            "",
            f"Findings of these checks on the clean texts: {total_clean} = {total_clean * 1e4 / max(chars_en, 1):.2f} per 10,000 "
            f"characters of English translation ({chars_en:,} non-space characters): "
            f"{', '.join(f'{c} {k}' for c, k in sorted(clean.items())) or 'none'}. Not adjudicated: some are real faults of the "
            f"references (most dev pairs were translated from English, so read this way round a Japanese translator's "
            f"explicitation looks like a detail the English leaves out). Run time {time.time() - t0:.0f} s.",
        ]
    )
    print(md)
    for line in notes:
        print(line)
    if not args.no_write:
        write_section("qa-reverse", md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
