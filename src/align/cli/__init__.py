"""Command-line interface: ``align <command>``; one module per command."""
