"""Translation QA: registered checks, their findings, and the runner.

``run_checks(bitext=...)`` runs every check; ``run_checks(doc=...)`` runs the
ones that need only the translation (typography, acronyms, consistency,
enumeration). Each check lives in its own module under ``align.qa.checks``.
"""

from align.qa.base import CATEGORIES, REGISTRY, SEVERITIES, SEVERITY_WEIGHTS, CheckContext, Finding, register_check
from align.qa.runner import FindingList, available_checks, run_checks

__all__ = [
    "CATEGORIES",
    "REGISTRY",
    "SEVERITIES",
    "SEVERITY_WEIGHTS",
    "CheckContext",
    "Finding",
    "FindingList",
    "available_checks",
    "register_check",
    "run_checks",
]
