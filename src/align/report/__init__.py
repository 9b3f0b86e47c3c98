"""The reviewer's HTML report: one self-contained file, texts side by side by bead."""

from align.report.render import render_report, write_report

__all__ = ["render_report", "write_report"]
