"""The parallel annotated corpus store: one SQLite file (schema in SCHEMA.md).

``schema`` (versioned DDL, migrations), ``db`` (opening), ``writer`` (one
transaction per pair), ``reader`` (pairs back and queries), ``manifest`` and
``batch`` (resumable parallel runs), ``exports`` (jsonl, tmx, parquet, spacy).
The public face is :class:`align.Corpus`.
"""
