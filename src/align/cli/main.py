"""Entry point of the ``align`` console script.

Each command is a module in :mod:`align.cli` with ``register(subparsers)``
(adds its parser and sets ``func``); modules are discovered, so a new
command is one new file.
Errors the user can fix print one line on stderr and exit with code 2.
"""

from __future__ import annotations

import argparse
import pkgutil
import sys
from importlib import import_module

import align.cli
from align import __version__
from align.errors import AlignError


def command_modules() -> list[str]:
    """Names of the command modules in :mod:`align.cli`, sorted."""
    skip = {"main"}
    return sorted(m.name for m in pkgutil.iter_modules(align.cli.__path__) if m.name not in skip and not m.name.startswith("_"))


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every registered command."""
    parser = argparse.ArgumentParser(
        prog="align",
        description="Read, segment, align, annotate and check Japanese<->English translated documents.",
    )
    parser.add_argument("--version", action="version", version=f"align {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        module = import_module(f"align.cli.{name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except AlignError as exc:
        print(f"align: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("align: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
