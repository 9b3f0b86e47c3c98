"""Exports for reviewers and CAT tools: findings (JSON/CSV/XLSX), TMX 1.4b, XLIFF 2.1 with ITS 2.0 quality issues."""

from align.export.findings import findings_rows, write_findings
from align.export.tmx import write_tmx
from align.export.xliff import write_xliff

__all__ = ["findings_rows", "write_findings", "write_tmx", "write_xliff"]
