from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.io import read_articles
from kg.text import slugify


def test_text_file_with_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "Wind Deal.md"
    path.write_text("---\ntitle: Wind deal\ndate: 2025-06-17\nurl: https://e.org/a\n---\n\n"
                    "Body text.", encoding="utf-8")
    [article] = read_articles([str(path)])
    assert article.id == "wind-deal"
    assert article.title == "Wind deal"
    assert article.date == dt.date(2025, 6, 17)
    assert article.url == "https://e.org/a"
    assert article.text.strip() == "Body text."


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    assert [a.id for a in read_articles([str(tmp_path)])] == ["a", "two"]


def test_jsonl_records_and_duplicate_ids(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [{"text": "One.", "id": "x", "date": "2025-01-02"}, {"text": "Two.", "id": "x"},
            {"text": "Three."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    articles = read_articles([str(path)])
    assert [a.id for a in articles] == ["x", "x-2", "feed-3"]
    assert articles[0].date == dt.date(2025, 1, 2)


def test_stdin_article_gets_a_content_id() -> None:
    [first] = read_articles(["-"], stdin=io.StringIO("Same text."))
    [second] = read_articles(["-"], stdin=io.StringIO("Same text."))
    assert first.id == second.id and first.id.startswith("stdin-")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"title": "no text"}\n', "no text"),
        ("not json\n", "not valid JSON"),
        ('{"text": "x", "date": "17/06/2025"}\n', "not an ISO date"),
    ],
)
def test_bad_jsonl_names_file_line_and_fix(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        read_articles([str(path)])
    assert "bad.jsonl, line 1" in str(info.value)


def test_missing_and_unsupported_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_articles([str(tmp_path / "nope.txt")])
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported file type"):
        read_articles([str(tmp_path / "a.pdf")])
    with pytest.raises(InputError, match="no .txt, .md or .jsonl"):
        read_articles([str(tmp_path)])


def test_slugify_is_ascii_and_stable() -> None:
    assert slugify("Zürich Re & Co") == "zurich-re-co"
    assert slugify("China\u2013Kyrgyzstan railway") == "china-kyrgyzstan-railway"
    assert slugify("!!!") == "x"
