"""Turtle that other stores load: rdflib, pyoxigraph, rapper (raptor2) and serdi (serd)."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.export.rdf import export_turtle
from kg.extract.records import (
    Article,
    Entity,
    EntityClass,
    Evidence,
    Extraction,
    Figure,
    FigureKind,
    Predicate,
    Relation,
)
from kg.graph.build import build_graph

NASTY = 'Société "Générale" & Fils\nLtd \\ <tag> \'quoted\' — Ωmega 北京'


def nasty_graph() -> Graph:
    sentence = f"{NASTY} supplies Chad."
    evidence = Evidence("a b/c?d", sentence, 0, len(sentence))
    return build_graph([Extraction(
        article=Article(id="a b/c?d", text=sentence, title=NASTY, url="https://e.org/a?b=1&c=2"),
        entities=(
            Entity("firm:société \"g\" & <x>", EntityClass.FIRM, NASTY, (NASTY + "!",),
                   evidence=(evidence,)),
            Entity("country:TD", EntityClass.COUNTRY, "Chad", iso_code="TD", wikidata="Q657",
                   evidence=(evidence,)),
        ),
        figures=(Figure("a b/c?d/0-3", "€3 bn", Decimal("3E+9"), "EUR", FigureKind.MONEY,
                        evidence, 0, 3, measures=NASTY, about=("country:TD",)),),
        relations=(Relation("firm:société \"g\" & <x>", Predicate.SUPPLIES_TO, "country:TD",
                            evidence, role=NASTY),),
    )])


def check_turtle(path: Path, graph: Graph) -> None:
    assert isomorphic(Graph().parse(path, format="turtle"), graph)
    triples = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(graph)
    for command in (["rapper", "-i", "turtle", "-o", "ntriples", str(path)],
                    ["serdi", "-i", "turtle", "-o", "ntriples", str(path)]):
        if shutil.which(command[0]) is None:
            pytest.fail(f"{command[0]} is not installed (apt-get install raptor2-utils serdi)")
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert "warning" not in result.stderr.lower() and "error" not in result.stderr.lower()
        lines = [line for line in result.stdout.splitlines() if line.strip()]
        assert len(lines) == len(graph), command[0]


def test_names_with_quotes_ampersands_newlines_and_non_ascii(tmp_path: Path) -> None:
    graph = nasty_graph()
    path = tmp_path / "graph.ttl"
    export_turtle(graph, path)
    check_turtle(path, graph)
    parsed = Graph().parse(path, format="turtle")
    assert NASTY in {str(o) for o in parsed.objects()}


def test_examples_graph_loads_everywhere(tmp_path: Path, examples_graph: Graph) -> None:
    path = tmp_path / "graph.ttl"
    export_turtle(examples_graph, path)
    check_turtle(path, examples_graph)


def test_export_writes_nothing_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text("old", encoding="utf-8")

    def broken(graph: Graph) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr("kg.export.rdf.turtle_text", broken)
    with pytest.raises(RuntimeError):
        export_turtle(nasty_graph(), path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_outputs_get_the_usual_file_mode(tmp_path: Path) -> None:
    import os

    path = tmp_path / "graph.ttl"
    umask = os.umask(0o022)
    try:
        export_turtle(nasty_graph(), path)
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644
