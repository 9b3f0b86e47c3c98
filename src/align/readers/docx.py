"""Word .docx via python-docx: paragraph styles give titles, headings, lists."""

from __future__ import annotations

import io
import zipfile

from align.errors import InputError
from align.paragraphs import Block


def read(data: bytes, name: str) -> tuple[list[Block], dict]:
    """Cut a .docx into blocks (body paragraphs, then table cells in order)."""
    import docx  # python-docx; imported here so text-only users do not pay for it

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{name}: not a valid .docx file ({exc})") from exc
    blocks: list[Block] = []
    for para in document.paragraphs:
        text = para.text.replace("\n", " ").strip()
        if text:
            blocks.append(Block(text, _kind(para.style.name if para.style is not None else "")))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.text.strip():
                    blocks.append(Block(cell.text.strip()))
    props = document.core_properties
    meta = {"format": "docx", "encoding": "utf-8"}
    if props.title:
        meta["title"] = props.title
    if props.author:
        meta["author"] = props.author
    return blocks, meta


def _kind(style: str) -> str:
    style = style.lower()
    if style == "title":
        return "title"
    if style.startswith("heading") or style.startswith("見出し"):
        return "heading"
    if style.startswith("list"):
        return "list_item"
    return ""
