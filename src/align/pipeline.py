"""The per-pair pipeline: file pair + parameters in, one annotated :class:`Bitext` out.

``process_pair`` is a pure function of the two files and :class:`PairOptions`
(models are loaded once per process and cached), so any engine that can map
a function over a list (a process pool here, Ray Data or Dask later) can run
it, and the SQLite store is only where results land.

Stages are imported lazily from the modules that implement them; a stage
whose module (or function) is not installed is *skipped and recorded* in
``bitext.meta["pipeline"]["stages"]``, never silently dropped.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from align.errors import AlignError, InputError
from align.model import Bitext, Document
from align.segment import load_document, sentences_from_lines

#: Every stage, in the order it runs. ``read`` (read + segment) always runs.
ALL_STAGES = ("tokens", "align", "entities", "quantities", "link_entities", "claims", "link_claims", "findings")
#: Stages whose time counts as pipeline work (embedding, tagging, NER, parsing, linking, QA) against
#: bookkeeping (reading files, hashing, moving results between processes, SQLite writes).
MODEL_STAGES = frozenset(ALL_STAGES)


@dataclass(frozen=True)
class StageSpec:
    """Where a stage lives: module, candidate function names, and what it applies to."""

    module: str
    functions: tuple[str, ...]
    per_document: bool


#: Stage name → implementation. Function names are tried in order (the first one found is used).
STAGE_SPECS: dict[str, StageSpec] = {
    "tokens": StageSpec("align.segment", ("tokenize_document",), True),
    "align": StageSpec("align.aligner", ("align_documents",), False),
    "entities": StageSpec("align.entities", ("extract_entities",), True),
    "quantities": StageSpec("align.quantities", ("extract_quantities",), True),
    "link_entities": StageSpec("align.entities", ("link_entities",), False),
    "claims": StageSpec("align.claims", ("extract_claims",), True),
    "link_claims": StageSpec("align.claims", ("link_claims",), False),
    "findings": StageSpec("align.qa", ("check_bitext", "run_checks"), False),
}


@dataclass(frozen=True)
class PairOptions:
    """Parameters of one pipeline run; equal options give equal results.

    ``presegmented``: files hold one sentence per line (dev data); lines are
    kept as the sentences. ``model``: embedder name for the aligner.
    ``stages``: which optional stages to run. ``aligner``: extra keyword
    arguments for ``align_documents`` as ``(name, value)`` pairs (a tuple so
    the options stay hashable and their fingerprint stable).
    """

    src_lang: str = "auto"
    tgt_lang: str = "auto"
    presegmented: bool = False
    model: str = "use-m3"
    stages: tuple[str, ...] = ALL_STAGES
    aligner: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        unknown = [s for s in self.stages if s not in STAGE_SPECS]
        if unknown:
            raise InputError(f"unknown stage(s) {', '.join(unknown)}: choose from {', '.join(ALL_STAGES)}")
        object.__setattr__(self, "stages", tuple(s for s in ALL_STAGES if s in self.stages))  # canonical order
        object.__setattr__(self, "aligner", tuple(sorted((str(k), v) for k, v in self.aligner)))

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (stored in every run record)."""
        data = asdict(self)
        data["stages"] = list(self.stages)
        data["aligner"] = dict(self.aligner)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PairOptions:
        """Inverse of :meth:`to_dict`."""
        data = dict(data)
        data["stages"] = tuple(data.get("stages", ALL_STAGES))
        data["aligner"] = tuple(dict(data.get("aligner", {})).items())
        return cls(**data)

    def fingerprint(self) -> str:
        """Stable id of these parameters: a rerun skips pairs stored with the same fingerprint."""
        canonical = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]


@dataclass
class _Stage:
    name: str
    func: Callable[..., Any] | None
    reason: str = ""  # why it is skipped (func is None)
    kwargs: dict[str, Any] = field(default_factory=dict)
    on_text: bool = False  # per-document stage called as func(text, lang, spans=sentence spans)


class Pipeline:
    """Runs :func:`process_pair` with stage functions and models resolved once.

    Build one per worker process; :meth:`load` imports the stages and warms
    their models up on a two-sentence pair, so that loading time is paid once
    and is not mixed into per-pair timings.
    """

    def __init__(self, options: PairOptions | None = None) -> None:
        self.options = options or PairOptions()
        self._stages: list[_Stage] | None = None
        self.load_seconds = 0.0

    @property
    def stages(self) -> list[_Stage]:
        """Resolved stages (imported on first use)."""
        if self._stages is None:
            self._stages = [self._resolve(name) for name in self.options.stages]
        return self._stages

    def stage_states(self) -> dict[str, str]:
        """``stage -> "done" | "skipped: <reason>"`` as this pipeline will record it."""
        states = {s.name: "done" if s.func else f"skipped: {s.reason}" for s in self.stages}
        for name in ALL_STAGES:
            states.setdefault(name, "skipped: not requested")
        return states

    def load(self) -> float:
        """Import stages and load their models now; return the seconds it took."""
        start = time.perf_counter()
        src_lang = self.options.src_lang if self.options.src_lang != "auto" else "en"
        tgt_lang = self.options.tgt_lang if self.options.tgt_lang != "auto" else ("ja" if src_lang == "en" else "en")
        samples = {"en": "The ministry said on Monday that exports rose 3.5% to $14 billion.",
                   "ja": "経済産業省は月曜日、輸出が3.5%増の140億ドルになったと発表した。"}
        bitext = Bitext(sentences_from_lines([samples[src_lang]], src_lang), sentences_from_lines([samples[tgt_lang]], tgt_lang))
        for stage in self.stages:
            if stage.func is None:
                continue
            try:
                bitext = self._apply(stage, bitext)
            except AlignError:
                raise  # a missing model package: its message says what to install
            except Exception as exc:
                # A stage that cannot run on a two-sentence pair cannot run at all: stop before a whole
                # batch is stored without it.
                raise RuntimeError(f"align pipeline: stage {stage.name} failed on warm-up: {type(exc).__name__}: {exc}") from exc
        self.load_seconds = time.perf_counter() - start
        return self.load_seconds

    def run(self, src_path: str | Path, tgt_path: str | Path) -> Bitext:
        """Read, segment and annotate one file pair."""
        timings: dict[str, float] = {}
        start = time.perf_counter()
        src = load_document(src_path, self.options.src_lang, self.options.presegmented)
        tgt = load_document(tgt_path, self.options.tgt_lang, self.options.presegmented)
        timings["read"] = time.perf_counter() - start
        return self._annotate(src, tgt, timings)

    def _annotate(self, src: Document, tgt: Document, timings: dict[str, float]) -> Bitext:
        bitext = Bitext(src, tgt)
        for stage in self.stages:
            if stage.func is None:
                continue
            start = time.perf_counter()
            bitext = self._apply(stage, bitext)
            timings[stage.name] = time.perf_counter() - start
        bitext.meta["pipeline"] = {
            "fingerprint": self.options.fingerprint(),
            "stages": self.stage_states(),
            "timings": {k: round(v, 6) for k, v in timings.items()},
        }
        return bitext

    @staticmethod
    def _apply(stage: _Stage, bitext: Bitext) -> Bitext:
        if stage.name == "align":
            return _apply_align(stage, bitext)
        if STAGE_SPECS[stage.name].per_document:
            for doc in (bitext.src, bitext.tgt):
                if stage.name == "quantities" and doc.quantities:
                    continue  # the entity stage already parsed them (with the article's dateline): keep those
                _apply_document_stage(stage, doc)
            return bitext
        return _apply_bitext_stage(stage, bitext)

    def _resolve(self, name: str) -> _Stage:
        spec = STAGE_SPECS[name]
        try:
            module = import_module(spec.module)
        except ModuleNotFoundError as exc:
            if exc.name and (spec.module == exc.name or spec.module.startswith(exc.name + ".")):
                return _Stage(name, None, f"module {spec.module} not installed")
            raise  # the stage exists but one of its own imports is broken: fail loudly
        for fname in spec.functions:
            func = getattr(module, fname, None)
            if callable(func):
                first = next(iter(inspect.signature(func).parameters), "")
                return _Stage(name, func, kwargs=self._stage_kwargs(name, func), on_text=spec.per_document and first == "text")
        return _Stage(name, None, f"{spec.module} has no {' / '.join(spec.functions)}")

    def _stage_kwargs(self, name: str, func: Callable[..., Any]) -> dict[str, Any]:
        """Keyword arguments a stage takes from the options (only the aligner takes any)."""
        if name != "align":
            return {}
        from align.embed import default_model, get_embedder
        from align.embed.base import DEFAULT_MODEL

        # The default model is the process-wide instance the linker and checks also use: one load per worker.
        # No disk cache here: worker processes would contend for it, and stored pairs are skipped anyway.
        embedder = default_model() if self.options.model == DEFAULT_MODEL else get_embedder(self.options.model)
        return {**dict(self.options.aligner), "embedder": embedder}


def _apply_align(stage: _Stage, bitext: Bitext) -> Bitext:
    result = stage.func(bitext.src, bitext.tgt, **stage.kwargs)  # type: ignore[misc]
    if not isinstance(result, Bitext):
        raise TypeError(f"align_documents returned {type(result).__name__}, expected Bitext")
    result.meta = {**bitext.meta, **result.meta}
    return result


#: Document layer a per-document stage fills when it returns a list instead of the document.
_LAYER = {"tokens": "tokens", "entities": "entities", "quantities": "quantities", "claims": "claims"}


def _apply_document_stage(stage: _Stage, doc: Document) -> None:
    if stage.on_text:  # e.g. extract_quantities(text, lang, spans): only inside sentences, so metadata tails are not read
        result = stage.func(doc.text, doc.lang, spans=[(s.start, s.end) for s in doc.sentences], **stage.kwargs)  # type: ignore[misc]
    else:
        result = stage.func(doc, **stage.kwargs)  # type: ignore[misc]
    if isinstance(result, list):
        setattr(doc, _LAYER[stage.name], result)
    elif result is not None and result is not doc:
        if not isinstance(result, Document):
            raise TypeError(f"stage {stage.name} returned {type(result).__name__}")
        setattr(doc, _LAYER[stage.name], getattr(result, _LAYER[stage.name]))


def _apply_bitext_stage(stage: _Stage, bitext: Bitext) -> Bitext:
    result = stage.func(bitext, **stage.kwargs)  # type: ignore[misc]
    if isinstance(result, Bitext):
        return result
    if isinstance(result, list):
        if stage.name == "findings":
            bitext.meta["findings"] = [f.to_dict() if hasattr(f, "to_dict") else dict(f) for f in result]
            if hasattr(result, "skipped"):  # align.qa.FindingList says which checks could not run, and why
                bitext.meta["qa"] = {"ran": list(getattr(result, "ran", [])), "skipped": dict(result.skipped)}
        else:  # link stages returning the links they made
            layer = {"link_entities": ("entity", "quantity"), "link_claims": ("claim",)}[stage.name]
            bitext.links = [k for k in bitext.links if k.layer not in layer] + result
    return bitext


#: One pipeline per options fingerprint and process: models load once per worker.
_PIPELINES: dict[str, Pipeline] = {}


def get_pipeline(options: PairOptions) -> Pipeline:
    """The process-wide pipeline for ``options`` (created and loaded on first use)."""
    key = options.fingerprint()
    if key not in _PIPELINES:
        pipeline = Pipeline(options)
        pipeline.load()
        _PIPELINES[key] = pipeline
    return _PIPELINES[key]


def process_pair(src_path: str | Path, tgt_path: str | Path, options: PairOptions | None = None) -> Bitext:
    """Read, segment, align and annotate one document pair.

    Pure in the files and ``options``; the stage record and per-stage
    timings are in ``bitext.meta["pipeline"]``.
    """
    return get_pipeline(options or PairOptions()).run(src_path, tgt_path)
