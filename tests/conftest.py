"""Shared fixtures: one loaded spaCy pipeline for the whole session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
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


@pytest.fixture(scope="session")
def examples_graph(nlp: Language):  # noqa: ANN201
    from kg.io import read_articles

    articles = read_articles([str(EXAMPLES)])
    return build_graph(extract_articles(articles))


@pytest.fixture(scope="session")
def examples_ttl(examples_graph, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: ANN001
    """The examples graph as a Turtle file, written once."""
    from kg.export.rdf import export_turtle

    path = tmp_path_factory.mktemp("examples") / "graph.ttl"
    export_turtle(examples_graph, path)
    return path
