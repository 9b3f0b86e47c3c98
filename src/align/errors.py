"""Errors the user can act on: the CLI prints them as one line, exit code 2."""


class AlignError(Exception):
    """Base class for errors caused by input or set-up, not by a bug."""


class InputError(AlignError):
    """A file is missing, empty, binary, undecodable or of an unknown format."""


class LanguageMismatchError(InputError):
    """A file's detected language differs from the one the user declared."""


class MissingModelError(AlignError):
    """A model package is not installed; the message says how to install it."""
