"""GraphML that networkx (and so Gephi) reads: classes, labels and predicates as attributes."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.export.graphml import export_graphml
from tests.export.test_rdf import nasty_graph


def test_graphml_reads_back_with_classes_labels_and_predicates(tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    export_graphml(nasty_graph(), path)
    network = nx.read_graphml(path)
    classes = {data["class"] for _, data in network.nodes(data=True)}
    assert classes == {"Firm", "Country", "Figure"}
    chad = next(n for n, d in network.nodes(data=True) if d["label"] == "Chad")
    firm = next(n for n, d in network.nodes(data=True) if d["class"] == "Firm")
    assert {d["predicate"] for _, _, d in network.edges(firm, data=True)} == {"suppliesTo"}
    assert network.has_edge(firm, chad)
    figure = next(d for _, d in network.nodes(data=True) if d["class"] == "Figure")
    assert figure["value"] == 3e9 and figure["unit"] == "EUR"


def test_graphml_is_the_same_bytes_for_the_same_graph(tmp_path: Path,
                                                      examples_graph: Graph) -> None:
    export_graphml(examples_graph, tmp_path / "a.graphml")
    export_graphml(examples_graph, tmp_path / "b.graphml")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()
    network = nx.read_graphml(tmp_path / "a.graphml")
    predicates = {d["predicate"] for _, _, d in network.edges(data=True)}
    assert {"investsIn", "partyTo", "locatedIn", "about"} <= predicates
