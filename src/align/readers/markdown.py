"""Markdown via markdown-it-py: headings, paragraphs and list items as blocks."""

from __future__ import annotations

from markdown_it import MarkdownIt

from align.encoding import decode_bytes
from align.paragraphs import Block

_PARSER = MarkdownIt("commonmark")


def read(data: bytes, name: str) -> tuple[list[Block], dict]:
    """Cut a Markdown file into blocks; ``# h1`` is the title."""
    text, encoding = decode_bytes(data, name)
    blocks: list[Block] = []
    context: list[str] = []
    for tok in _PARSER.parse(text):
        if tok.type.endswith("_open"):
            context.append(tok.tag)
        elif tok.type.endswith("_close"):
            if context:
                context.pop()
        elif tok.type == "inline":
            plain = "".join(_plain(child) for child in tok.children or [])
            blocks.append(Block(plain.strip(), _kind(context)))
    title_seen = False
    for block in blocks:
        if block.kind == "title":
            block.kind = "heading" if title_seen else "title"
            title_seen = True
    return blocks, {"encoding": encoding, "format": "markdown"}


def _kind(context: list[str]) -> str:
    if "li" in context:
        return "list_item"
    if context and context[-1] == "h1":
        return "title"
    if context and context[-1] in ("h2", "h3", "h4", "h5", "h6"):
        return "heading"
    return ""


def _plain(tok) -> str:
    if tok.type in ("text", "code_inline"):
        return tok.content
    if tok.type in ("softbreak", "hardbreak"):
        return " "
    return ""
