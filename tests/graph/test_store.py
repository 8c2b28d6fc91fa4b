"""Graphs at rest: files, folders of them and Oxigraph stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import InputError, OutputError
from kg.graph.store import is_store, load_graph, open_store, rdf_files, write_store
from tests.export.test_rdf import nasty_graph


def test_a_store_holds_the_graph_and_reads_back(tmp_path: Path) -> None:
    graph = nasty_graph()
    write_store(graph, tmp_path / "store")
    assert is_store(tmp_path / "store")
    # Oxigraph keeps numbers in canonical form ("3000000000.0" as "3000000000", an
    # xsd:nonNegativeInteger as xsd:integer): the same values as the Turtle loaded into it
    (tmp_path / "graph.ttl").write_text(graph.serialize(format="turtle"), encoding="utf-8")
    assert isomorphic(load_graph(tmp_path / "store"), load_graph_via_oxigraph(tmp_path))
    assert len(open_store(tmp_path / "store")) == len(graph)
    write_store(Graph(), tmp_path / "store")  # a second build replaces the first
    assert len(open_store(tmp_path / "store")) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "store"]  # no leftovers


def test_a_store_never_overwrites_other_folders(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="not an Oxigraph store"):
        write_store(nasty_graph(), folder)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]


def test_a_folder_of_files_is_one_graph(tmp_path: Path) -> None:
    graph = nasty_graph()
    (tmp_path / "a").mkdir()
    graph.serialize(tmp_path / "a" / "one.ttl", format="turtle")
    graph.serialize(tmp_path / "a" / "two.nt", format="nt", encoding="utf-8")
    (tmp_path / "a" / "notes.txt").write_text("not RDF", encoding="utf-8")
    assert [p.name for p in rdf_files(tmp_path / "a")] == ["one.ttl", "two.nt"]
    assert isomorphic(load_graph(tmp_path / "a"), graph)
    assert len(open_store(tmp_path / "a")) == len(graph)


def test_broken_and_missing_graphs_get_a_message(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text("<a> <b> .", encoding="utf-8")
    for call in (load_graph, open_store):
        with pytest.raises(InputError, match="bad.ttl: not valid ttl"):
            call(tmp_path / "bad.ttl")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no RDF files"):
        rdf_files(tmp_path / "empty")


def load_graph_via_oxigraph(folder: Path) -> Graph:
    import pyoxigraph

    store = open_store(folder / "graph.ttl")
    data = store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph())
    return Graph().parse(data=data, format="nt")
