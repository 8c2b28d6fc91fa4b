"""Shared fixtures: one loaded spaCy pipeline, one build of examples/ and one of the dev set
for the whole session."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from rdflib import Graph
from spacy.language import Language

from kg.api import extract_articles
from kg.extract.records import Article, Extraction
from kg.graph.build import build_graph

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from kg.nlp import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def extract(nlp: Language):  # noqa: ANN201  (returns a function)
    """Extract one small text: extract("...", date=...) -> Extraction."""

    def run(text: str, date: dt.date | None = dt.date(2025, 6, 17),
            article_id: str = "t") -> Extraction:
        return extract_articles([Article(id=article_id, text=text, date=date)])[0]

    return run


class ExamplesBuild(NamedTuple):
    out: Path
    summary: str


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory: pytest.TempPathFactory) -> ExamplesBuild:
    """`kg build examples/` run once, as the README's quick start runs it: building all of
    examples/ takes minutes, so the tests that need the whole graph share this one."""
    out = tmp_path_factory.mktemp("examples-build")
    command = [sys.executable, "-m", "kg.cli", "build", str(EXAMPLES), "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return ExamplesBuild(out, result.stdout)


@pytest.fixture(scope="session")
def examples_ttl(examples_build: ExamplesBuild) -> Path:
    return examples_build.out / "graph.ttl"


@pytest.fixture(scope="session")
def examples_graph(examples_ttl: Path) -> Graph:
    return Graph().parse(examples_ttl, format="turtle")


@pytest.fixture(scope="session")
def dev_graph(nlp: Language) -> Graph:
    """The own dev set (examples/articles, 8 articles): for tests that compare engines or
    formats triple by triple, where the whole of examples/ would only add minutes."""
    from kg.io import read_articles

    return build_graph(extract_articles(read_articles([str(EXAMPLES / "articles")])))


@pytest.fixture(scope="session")
def dev_ttl(dev_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.export.rdf import export_turtle

    path = tmp_path_factory.mktemp("dev") / "graph.ttl"
    export_turtle(dev_graph, path)
    return path
