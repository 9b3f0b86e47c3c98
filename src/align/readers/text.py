"""Plain text: one paragraph per line, or per blank-line block when hard-wrapped."""

from __future__ import annotations

import re

from align.encoding import decode_bytes
from align.paragraphs import Block

_ENDS_SENTENCE = re.compile(r"[。．.!?！？」』”\"）)■:：]\s*$")


def read(data: bytes, name: str) -> tuple[list[Block], dict]:
    """Cut decoded text into blocks; return ``(blocks, meta)``."""
    text, encoding = decode_bytes(data, name)
    return split_lines(text), {"encoding": encoding, "format": "text"}


def split_lines(text: str) -> list[Block]:
    """Blocks of a plain text.

    Articles pasted from the web have one paragraph per line; e-mail style
    text is hard-wrapped inside blank-line separated blocks. When most
    wrapped lines do not end a sentence we join them (no space between two
    Japanese characters, one space otherwise).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    chunks = [c for c in re.split(r"\n\s*\n", text) if c.strip()]
    inner = [line for c in chunks for line in c.strip().split("\n")[:-1]]
    wrapped = len(inner) >= 3 and sum(bool(_ENDS_SENTENCE.search(line)) for line in inner) < 0.5 * len(inner)
    if not wrapped:
        return [Block(line) for line in text.split("\n") if line.strip()]
    return [Block(_join_wrapped(c.strip().split("\n"))) for c in chunks]


def _join_wrapped(lines: list[str]) -> str:
    out = lines[0].strip()
    for line in lines[1:]:
        line = line.strip()
        if not line:
            continue
        cjk_seam = out and ord(out[-1]) > 0x2E80 and ord(line[0]) > 0x2E80
        out += line if cjk_seam else " " + line
    return out
