"""Readers: turn files, directories, JSON Lines and standard input into Article records.

A `.txt` or `.md` file is one article; it may open with a front-matter block
(`---` lines around `key: value` pairs: title, date, url, source, id). A `.jsonl` file holds one
article per line with `text` required. A directory is read recursively, in sorted order, so the
same inputs always give the same articles in the same order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from kg.errors import InputError
from kg.extract.records import Article
from kg.text import slugify

ARTICLE_SUFFIXES = (".txt", ".md")
JSONL_SUFFIX = ".jsonl"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_META_KEYS = ("id", "title", "date", "url", "source")


def parse_date(value: object, where: str) -> dt.date | None:
    """An ISO date (YYYY-MM-DD, or a longer ISO timestamp) from metadata, or None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(
            f"{where}: date {text!r} is not an ISO date; write it as YYYY-MM-DD (e.g. 2025-06-17)"
        ) from None


def split_front_matter(raw: str, where: str) -> tuple[dict[str, str], str]:
    """Split an optional front-matter block from the body."""
    match = _FRONT_MATTER.match(raw)
    if not match:
        return {}, raw
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise InputError(
                f"{where}: front-matter line {line!r} is not 'key: value'; fix it or remove "
                "the '---' block"
            )
        meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, raw[match.end() :]


def _make_article(fields: dict[str, object], fallback_id: str, where: str) -> Article:
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: the article has no text; give it a non-empty 'text'")
    raw_id = fields.get("id")
    article_id = slugify(str(raw_id)) if raw_id not in (None, "") else fallback_id

    def optional(key: str) -> str | None:
        value = fields.get(key)
        return str(value).strip() or None if value is not None else None

    return Article(
        id=article_id,
        text=text,
        title=optional("title"),
        url=optional("url"),
        date=parse_date(fields.get("date"), where),
        source=optional("source"),
    )


def _read_text_file(path: Path, article_id: str) -> Article:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; convert it to UTF-8 and try again") from None
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror}); check the path") from None
    meta, body = split_front_matter(raw, str(path))
    return _make_article({**meta, "text": body}, article_id, str(path))


def _read_jsonl(stream: Iterable[str], where: str, prefix: str) -> Iterator[Article]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        place = f"{where}, line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(
                f"{place}: not valid JSON ({err.msg}); write one object per line"
            ) from None
        if not isinstance(record, dict):
            raise InputError(f"{place}: expected a JSON object with a 'text' field")
        unknown = set(record) - {"text", *_META_KEYS}
        fields = {k: v for k, v in record.items() if k not in unknown}
        yield _make_article(fields, f"{prefix}-{number}", place)


def _stdin_article(stream: TextIO) -> Article:
    raw = stream.read()
    meta, body = split_front_matter(raw, "standard input")
    digest = hashlib.sha1(body.encode("utf-8")).hexdigest()[:12]
    return _make_article({**meta, "text": body}, f"stdin-{digest}", "standard input")


def _files_under(directory: Path) -> list[Path]:
    suffixes = (*ARTICLE_SUFFIXES, JSONL_SUFFIX)
    return sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)


def _read_path(path: Path, article_id: str) -> Iterator[Article]:
    if path.suffix.lower() == JSONL_SUFFIX:
        try:
            with path.open(encoding="utf-8-sig") as stream:
                yield from _read_jsonl(stream, str(path), article_id)
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text; convert it to UTF-8 and try again") from None
    else:
        yield _read_text_file(path, article_id)


def read_articles(inputs: Iterable[str], stdin: TextIO | None = None) -> list[Article]:
    """Read every article named by `inputs` (paths, directories or '-').

    Article ids come from the metadata `id`, else from the file name; a clash gets a numeric
    suffix so that every article keeps its own IRI.
    """
    articles: list[Article] = []
    for item in inputs:
        if item == "-":
            articles.append(_stdin_article(stdin or sys.stdin))
            continue
        path = Path(item)
        if path.is_dir():
            files = _files_under(path)
            if not files:
                raise InputError(
                    f"{path}: no .txt, .md or .jsonl files in this directory; point kg at "
                    "articles"
                )
            for file in files:
                articles.extend(_read_path(file, slugify(file.stem)))
        elif path.is_file():
            if path.suffix.lower() not in (*ARTICLE_SUFFIXES, JSONL_SUFFIX):
                raise InputError(
                    f"{path}: unsupported file type {path.suffix or '(none)'!r}; give .txt, .md "
                    "or .jsonl files, a directory, or '-' for standard input"
                )
            articles.extend(_read_path(path, slugify(path.stem)))
        else:
            raise InputError(f"{path}: no such file or directory; check the path")
    return _unique_ids(articles)


def _unique_ids(articles: list[Article]) -> list[Article]:
    seen: dict[str, int] = {}
    unique: list[Article] = []
    for article in articles:
        count = seen.get(article.id, 0)
        seen[article.id] = count + 1
        if count:
            article = dataclasses.replace(article, id=f"{article.id}-{count + 1}")
        unique.append(article)
    return unique
