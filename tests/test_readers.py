"""Readers: every format and encoding gives the same document as the UTF-8 text."""

from __future__ import annotations

import codecs

import pytest

from align.errors import InputError, LanguageMismatchError
from align.model import Document
from align.readers import read_document
from align.segment import segment_document


def _sentences(path, **kw):
    return segment_document(read_document(path, **kw)).sentence_texts()


@pytest.fixture(scope="module")
def reference(seed_path):
    return _sentences(seed_path)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("cp932", b""), ("shift_jis", b""), ("euc_jp", b""), ("utf-16", b""), ("utf-8", codecs.BOM_UTF8)],
)
def test_japanese_encodings_give_the_same_sentences(tmp_path, seed_text, reference, encoding, bom):
    path = tmp_path / f"seed.{encoding}.txt"
    path.write_bytes(bom + seed_text.replace("\n", "\r\n").encode(encoding))
    doc = read_document(path)
    assert doc.lang == "ja"
    assert segment_document(doc).sentence_texts() == reference


def test_short_legacy_japanese_lines_are_decoded(seed_text):
    """charset-normalizer alone read short Shift_JIS lines such as "NDSは" as CP1252 debris."""
    from align.encoding import decode_bytes

    heads = [line[:n] for line in seed_text.splitlines() if line.strip() for n in (4, 8, 16)]
    samples = [h for h in heads if len(h.encode("cp932")) > len(h) + 1]
    assert len(samples) > 50
    for encoding, expected in (("cp932", "cp932"), ("euc_jp", "euc_jis_2004")):
        wrong = [h for h in samples if decode_bytes(h.encode(encoding)) != (h, expected)]
        assert not wrong, (encoding, wrong[:5])


def test_western_legacy_text_is_not_read_as_japanese():
    from align.encoding import decode_bytes

    text = "Don’t stop – the café’s “résumé” is naïve…"
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_docx_keeps_title_headings_and_sentences(tmp_path, seed_text, reference):
    import docx

    lines = seed_text.splitlines()
    document = docx.Document()
    document.add_paragraph(lines[0], style="Title")
    for line in lines[1:]:
        style = "Heading 2" if line in ("朝鮮半島における米国の役割が変化する", "韓国の防衛産業の増強") else None
        document.add_paragraph(line, style=style)
    path = tmp_path / "seed.docx"
    document.save(path)
    doc = segment_document(read_document(path))
    assert doc.sentence_texts() == reference
    kinds = {doc.text[p.start : p.end]: p.kind for p in doc.paragraphs}
    assert kinds[lines[0]] == "title"
    assert kinds["韓国の防衛産業の増強"] == "heading"
    assert kinds["米中双方からの要因"] == "heading"  # no style: found by shape


def test_html_article_drops_navigation_and_scripts(tmp_path, seed_text, reference):
    lines = seed_text.splitlines()
    body = "".join(f"<p>{line}</p>" for line in lines[1:])
    page = (
        "<html><head><meta charset='shift_jis'><title>サイト名</title><script>var x = '。ダミー。';</script>"
        "<style>p{color:red}</style></head><body><nav><a href='/'>ホーム</a><a>ニュース一覧</a></nav>"
        f"<article><h1>{lines[0]}</h1>{body}</article><footer>Copyright 著作権表示。</footer></body></html>"
    )
    path = tmp_path / "seed.html"
    path.write_bytes(page.encode("cp932"))
    doc = segment_document(read_document(path))
    assert doc.sentence_texts() == reference
    assert "ダミー" not in doc.text and "ホーム" not in doc.text and "著作権" not in doc.text


def test_markdown_headings_and_lists(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "# Alliance at a Crossroads\n\nBy: J. James Kim\n\n## Background\n\n"
        "The U.S. asked Seoul to do more. Seoul agreed.\n\n- First item here.\n- Second item.\n",
        encoding="utf-8",
    )
    doc = segment_document(read_document(path))
    kinds = [(doc.text[p.start : p.end], p.kind) for p in doc.paragraphs]
    assert kinds == [
        ("Alliance at a Crossroads", "title"),
        ("By: J. James Kim", "byline"),
        ("Background", "heading"),
        ("The U.S. asked Seoul to do more. Seoul agreed.", "body"),
        ("First item here.", "list_item"),
        ("Second item.", "list_item"),
    ]
    assert doc.sentence_texts()[3:5] == ["The U.S. asked Seoul to do more.", "Seoul agreed."]


def test_hard_wrapped_english_text_is_joined(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "The alliance faces a turning point as Washington\nasks Seoul to carry more of the burden.\n\n"
        "Seoul has pledged to raise defense spending to\n3.5 percent of GDP by the end of the decade.\n"
        "Officials said the shift\nwould take years.\n",
        encoding="utf-8",
    )
    doc = segment_document(read_document(path))
    assert len(doc.paragraphs) == 2
    assert doc.sentence_texts()[0] == (
        "The alliance faces a turning point as Washington asks Seoul to carry more of the burden."
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x00\x01\x02\x89PNG\x00\x00" * 200, "binary"),
        (bytes(range(128, 256)) * 40, "encoding"),
    ],
)
def test_bad_inputs_raise_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")


def test_corrupt_docx(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"\.docx"):
        read_document(path)


def test_swapped_language_is_reported(seed_path):
    with pytest.raises(LanguageMismatchError, match=r"declared English \(en\) but the text is Japanese"):
        read_document(seed_path, lang="en")


def test_json_round_trip_is_lossless(seed_path):
    from align.segment import tokenize_document

    doc = tokenize_document(segment_document(read_document(seed_path)))
    data = doc.to_dict()
    again = Document.from_dict(data)
    assert again == doc
    import json

    assert Document.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == doc


def test_presegmented_lines_are_kept_and_checked(tmp_path, seed_text):
    from align.segment import load_document

    lines = seed_text.splitlines()[3:8]  # body paragraphs, several sentences each
    path = tmp_path / "gold.ja"
    path.write_bytes(("\n\n".join(lines) + "\n").encode("cp932"))
    doc = load_document(path, presegmented=True)
    assert doc.lang == "ja" and doc.meta["encoding"] == "cp932"
    assert doc.sentence_texts() == lines  # never re-split
    with pytest.raises(LanguageMismatchError):
        load_document(path, lang="en", presegmented=True)
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "missing.ja", presegmented=True)
