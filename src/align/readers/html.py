"""An article web page: keep the article body, drop navigation and scripts.

The body is ``<article>``, else ``<main>``, else the element holding the
most paragraph text. Page metadata (site name, date, author) goes to
``meta`` and, when the body lacks them, becomes the leading blocks.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from align.encoding import decode_bytes
from align.paragraphs import Block

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "figcaption", "time", "address")


def read(data: bytes, name: str) -> tuple[list[Block], dict]:
    """Cut an HTML page into blocks; return ``(blocks, meta)``."""
    text, encoding = decode_bytes(data, name)
    soup = BeautifulSoup(text, "lxml")
    meta = _page_meta(soup)
    meta.update({"encoding": encoding, "format": "html"})
    for tag in soup.find_all(_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or _densest(soup) or soup.body or soup
    blocks: list[Block] = []
    for el in root.find_all(_BLOCKS):
        if el.find_parent(_BLOCKS) is not None and el.find_parent(_BLOCKS) in root.descendants:
            continue  # nested block (a <p> inside <li>): its parent already holds its text
        content = " ".join(el.get_text(" ", strip=True).split())
        if content:
            blocks.append(Block(content, _kind(el.name)))
    if not blocks:
        content = " ".join(root.get_text(" ", strip=True).split())
        blocks = [Block(content)] if content else []
    if meta.get("title") and not any(b.kind == "title" for b in blocks):
        blocks.insert(0, Block(meta["title"], "title"))
    title_seen = False
    for block in blocks:
        if block.kind == "title":
            block.kind = "heading" if title_seen else "title"
            title_seen = True
    return blocks, meta


def _kind(tag: str) -> str:
    if tag == "h1":
        return "title"
    if tag in ("h2", "h3", "h4", "h5", "h6"):
        return "heading"
    if tag == "li":
        return "list_item"
    if tag == "time":
        return "dateline"
    if tag == "address":
        return "byline"
    return ""


def _page_meta(soup: BeautifulSoup) -> dict:
    meta: dict = {}
    wanted = {
        "og:site_name": "publication",
        "article:published_time": "date",
        "author": "author",
        "og:title": "title",
    }
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        if key in wanted and tag.get("content"):
            meta.setdefault(wanted[key], tag["content"].strip())
    if "title" not in meta and soup.title and soup.title.string:
        meta["title"] = soup.title.string.strip()
    return meta


def _densest(soup: BeautifulSoup) -> Tag | None:
    best, best_len = None, 0
    for el in soup.find_all(["div", "section"]):
        size = sum(len(p.get_text()) for p in el.find_all("p", recursive=False))
        if size > best_len:
            best, best_len = el, size
    return best
