"""Run the registered checks on a bitext (all checks) or on one translated document.

A check whose optional dependency (quantities, entities, claims) is not
installed or not built yet is reported in ``FindingList.skipped`` with the
reason, never dropped silently.
"""

from __future__ import annotations

import logging
import os
from importlib import import_module
from typing import Any

from align.errors import InputError
from align.model import Bitext, Document
from align.qa.base import DEFAULT_OPTIONS, REGISTRY, CheckContext, Finding
from align.qa.checks import load_all

log = logging.getLogger(__name__)


class FindingList(list[Finding]):
    """The findings of a run, plus which checks ran and which were skipped and why."""

    def __init__(self, findings: list[Finding] | None = None) -> None:
        super().__init__(findings or [])
        self.ran: list[str] = []
        self.skipped: dict[str, str] = {}


#: set (to anything) to let a crash inside a check with optional dependencies propagate: the tests set it, because
#: the soft failure below also hides a bug in the check's own code (it once skipped the numbers check without a test noticing)
STRICT_ENV = "ALIGN_STRICT_CHECKS"

def available_checks() -> list[str]:
    """Ids of all registered checks, in registration order."""
    load_all()
    return list(REGISTRY)


def _missing_dependency(requires: tuple[str, ...]) -> str | None:
    for spec in requires:
        module, _, attr = spec.partition(":")
        try:
            mod = import_module(module)
        except ImportError as exc:
            return f"needs {module} ({exc})"
        if attr and not hasattr(mod, attr):
            return f"needs {module}.{attr}, not available in this version"
    return None


def run_checks(
    bitext: Bitext | None = None,
    doc: Document | None = None,
    checks: list[str] | None = None,
    glossary: list[tuple[str, str]] | None = None,
    options: dict[str, Any] | None = None,
) -> FindingList:
    """Findings of ``checks`` (default all) on ``bitext``, or the translation-only checks on ``doc``.

    ``options`` override :data:`align.qa.base.DEFAULT_OPTIONS` (unknown names are an input error)."""
    if (bitext is None) == (doc is None):
        raise InputError("run_checks needs either a bitext or a single document")
    load_all()
    unknown = [c for c in checks or [] if c not in REGISTRY]
    if unknown:
        raise InputError(f"unknown check(s): {', '.join(unknown)}; available: {', '.join(REGISTRY)}")
    bad_options = sorted(set(options or {}) - set(DEFAULT_OPTIONS))
    if bad_options:
        raise InputError(f"unknown QA option(s): {', '.join(bad_options)}; available: {', '.join(DEFAULT_OPTIONS)}")
    ctx = CheckContext(doc=bitext.tgt if bitext is not None else doc, bitext=bitext, glossary=glossary, options=dict(options or {}))  # type: ignore[arg-type]
    out = FindingList()
    for cid in checks or list(REGISTRY):
        info = REGISTRY[cid]
        if info.bilingual and bitext is None:
            out.skipped[cid] = "needs the source text"
            continue
        if cid == "glossary" and not glossary:
            out.skipped[cid] = "no glossary given"
            continue
        reason = _missing_dependency(info.requires)
        if reason:
            log.warning("check %s skipped: %s", cid, reason)
            out.skipped[cid] = reason
            continue
        try:
            out.extend(info.func(ctx))
        except Exception as exc:
            if not info.requires or os.environ.get(STRICT_ENV):
                raise
            # a crash inside an optional stage (entity linker, claim analysis) must not cost the
            # reviewer the other checks; it is reported like a missing dependency, with the error
            log.warning("check %s failed in its dependency: %r", cid, exc)
            out.skipped[cid] = f"failed: {type(exc).__name__}: {exc}"
            continue
        out.ran.append(cid)
    out.sort(key=lambda f: (f.bead if f.bead is not None else -1, min((s[0] for s in f.tgt_spans or f.src_spans), default=-1)))
    return out
