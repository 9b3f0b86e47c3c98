"""Pre-fill gold entity/quantity link files from system output, for hand correction.

    .venv/bin/python benchmarks/entities_prefill.py ntrex128/bbc.381790 ... --out corpus/entities-gold/prefill
    .venv/bin/python benchmarks/entities_prefill.py --count-corrections   # pre-filled vs hand-checked gold

Writes one TSV per document in the gold format (see corpus/entities-gold/GUIDELINES.md),
with both sentences of every bead as comments so the file can be checked by reading.
The pre-filled files are kept beside the gold so the number of corrections can be counted.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from align.entities import extract_entities, link_entities
from align.model import Bitext
from entity_data import load_bitext


def gold_lines(bitext: Bitext) -> list[str]:
    """The bitext's links as gold-format lines, bead by bead, with the sentences as comments."""
    en_is_src = bitext.src.lang == "en"
    en, ja = (bitext.src, bitext.tgt) if en_is_src else (bitext.tgt, bitext.src)

    def sent_of(doc, start):
        return next(i for i, s in enumerate(doc.sentences) if s.start <= start < s.end)

    lines = [f"#doc\t{bitext.meta['doc']}"]
    for b, bead in enumerate(bitext.beads):
        en_ids, ja_ids = (bead.src, bead.tgt) if en_is_src else (bead.tgt, bead.src)
        lines.append(f"#bead\t{b}\ten={en_ids}\tja={ja_ids}")
        lines += [f"#en {i}\t{en.sentence_text(i)}" for i in en_ids]
        lines += [f"#ja {i}\t{ja.sentence_text(i)}" for i in ja_ids]
        for link in (lk for lk in bitext.links if lk.bead == b):
            s_layer = "entities" if link.layer == "entity" else "quantities"
            s_item = getattr(bitext.src, s_layer)[link.src] if link.src is not None else None
            t_item = getattr(bitext.tgt, s_layer)[link.tgt] if link.tgt is not None else None
            e_item, j_item = (s_item, t_item) if en_is_src else (t_item, s_item)
            ref = e_item or j_item
            label = ref.label if link.layer == "entity" else ref.kind
            row = ["E" if link.layer == "entity" else "Q",
                   str(sent_of(en, e_item.start)) if e_item else "-", str(sent_of(ja, j_item.start)) if j_item else "-",
                   label, e_item.text if e_item else "-", j_item.text if j_item else "-"]
            if link.layer == "quantity":
                row += [e_item.norm if e_item else "-", j_item.norm if j_item else "-"]
            lines.append("\t".join(row))
    return lines


def _records(path: Path) -> Counter:
    """Gold-format records of a file as (layer, en sent, ja sent, en text, ja text) → (label, norms)."""
    out: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if cols[0] in ("E", "Q"):
            out[(cols[0], cols[1], cols[2], cols[4], cols[5], cols[3], tuple(cols[6:8]))] += 1
    return out


def count_corrections(gold_dir: Path, prefill_dir: Path) -> str:
    """How many pre-filled records the hand check kept, changed (label or norm), removed, and added."""
    kept = changed = removed = added = 0
    for gold_path in sorted(gold_dir.glob("*.tsv")):
        pre = _records(prefill_dir / gold_path.name)
        gold = _records(gold_path)
        pre_keys = Counter({k[:5]: v for k, v in pre.items()})
        gold_keys = Counter({k[:5]: v for k, v in gold.items()})
        same = sum((pre & gold).values())
        same_items = sum((pre_keys & gold_keys).values())
        kept += same
        changed += same_items - same
        removed += sum(pre_keys.values()) - same_items
        added += sum(gold_keys.values()) - same_items
    total = kept + changed + removed
    return (f"pre-filled records: {total}; kept as they were: {kept}; kept with label/norm corrected: {changed}; "
            f"removed: {removed}; added by hand: {added}; gold records: {kept + changed + added}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docs", nargs="*", help="set/doc keys under the dev data folder")
    ap.add_argument("--out", default="corpus/entities-gold/prefill")
    ap.add_argument("--count-corrections", action="store_true", help="compare the pre-filled files with the gold")
    args = ap.parse_args()
    root = Path(__file__).resolve().parents[1] / "corpus" / "entities-gold"
    if args.count_corrections:
        print(count_corrections(root / "docs", root / "prefill"))
        return
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for key in args.docs:
        bitext = load_bitext(key)
        extract_entities(bitext.src)
        extract_entities(bitext.tgt)
        link_entities(bitext)
        (out / (key.replace("/", "__") + ".tsv")).write_text("\n".join(gold_lines(bitext)) + "\n", encoding="utf-8")
        print(key, sum(1 for lk in bitext.links if lk.src is not None and lk.tgt is not None), "pairs")


if __name__ == "__main__":
    main()
