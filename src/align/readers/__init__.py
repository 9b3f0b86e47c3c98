"""Readers: one module per file format, chosen by extension.

``read_document(path)`` is the one entry point: it reads the bytes, decodes
them (:mod:`align.encoding`), lets the format's reader cut blocks, then
builds the :class:`~align.model.Document` and checks its language.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from align.encoding import decode_bytes
from align.errors import InputError, LanguageMismatchError
from align.langid import detect_language
from align.model import Document
from align.paragraphs import Block, build_document
from align.readers import docx, html, markdown, text

#: extension → function(bytes, name) -> (blocks, meta)
READERS: dict[str, Callable[[bytes, str], tuple[list[Block], dict]]] = {
    ".txt": text.read,
    ".text": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".html": html.read,
    ".htm": html.read,
    ".docx": docx.read,
}
#: Plain text is the fallback for unknown extensions (dev data uses .en/.ja).
DEFAULT_READER = text.read
LANGUAGES = ("ja", "en")


def read_document(path: str | Path, lang: str = "auto") -> Document:
    """Read ``path`` into a document with paragraphs (not yet segmented).

    ``lang`` is ``"ja"``, ``"en"`` or ``"auto"``; a declared language that
    the text contradicts raises :class:`LanguageMismatchError`.
    """
    path = Path(path)
    reader = READERS.get(path.suffix.lower(), DEFAULT_READER)
    return parse_bytes(_read_bytes(path), name=str(path), lang=lang, reader=reader)


def read_presegmented(path: str | Path, lang: str = "auto") -> Document:
    """Read a file with one sentence per line (gold data): each non-empty line is one sentence.

    Lines are never re-split, so alignments that index lines stay valid; the
    encoding and language checks are those of :func:`read_document`.
    """
    from align.segment import sentences_from_lines

    path = Path(path)
    data = _read_bytes(path)
    text, encoding = decode_bytes(data, str(path))
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(f"{path}: no text found in the file")
    detected = detect_language(" ".join(lines))
    if not detected:
        raise InputError(f"{path}: no Japanese or English text found")
    doc = sentences_from_lines(lines, resolve_language(lang, detected, str(path)))
    doc.meta.update({"source": str(path), "sha256": hashlib.sha256(data).hexdigest(), "encoding": encoding, "format": "lines"})
    return doc


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc


def parse_bytes(
    data: bytes,
    name: str = "<input>",
    lang: str = "auto",
    reader: Callable[[bytes, str], tuple[list[Block], dict]] = DEFAULT_READER,
) -> Document:
    """Like :func:`read_document` for bytes already in memory."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    blocks, meta = reader(data, name)
    if not any(b.text.strip() for b in blocks):
        raise InputError(f"{name}: no text found in the file")
    detected = detect_language(" ".join(b.text for b in blocks))
    if not detected:
        raise InputError(f"{name}: no Japanese or English text found")
    lang = resolve_language(lang, detected, name)
    meta = {"source": name, "sha256": hashlib.sha256(data).hexdigest(), **meta}
    return build_document(blocks, lang, meta)


def resolve_language(declared: str, detected: str, name: str) -> str:
    """The language to use; raise if the user declared the other one."""
    if declared in ("", "auto", None):
        return detected
    if declared not in LANGUAGES:
        raise InputError(f"unknown language {declared!r}: use one of {', '.join(LANGUAGES)} or auto")
    if declared != detected:
        names = {"ja": "Japanese", "en": "English"}
        raise LanguageMismatchError(
            f"{name}: declared {names[declared]} ({declared}) but the text is {names[detected]} "
            f"({detected}); swap the files or pass --lang {detected}"
        )
    return declared
