"""GraphML for Gephi, yEd and networkx: entities and figures as nodes, relations as edges."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.export import register, write_atomically
from kg.graph.namespace import ENTITY_CLASSES, KGO, RELATIONS


def entity_network(graph: Graph) -> nx.MultiDiGraph:
    """Nodes keyed by IRI with `class` and `label` (figures also `value`, `unit`,
    `measures`); one edge per relation triple with its `predicate`, and `about` edges from a
    figure to what it concerns."""
    network = nx.MultiDiGraph()
    for name in ENTITY_CLASSES:
        for node in graph.subjects(RDF.type, getattr(KGO, name)):
            if isinstance(node, URIRef):
                label = graph.value(node, RDFS.label)
                network.add_node(str(node), **{"class": name, "label": str(label or node)})
    for node in graph.subjects(RDF.type, KGO.Figure):
        value, unit = graph.value(node, KGO.value), graph.value(node, KGO.unit)
        if not isinstance(node, URIRef) or not isinstance(value, Literal):
            continue
        attributes = {"class": "Figure", "label": str(graph.value(node, KGO.text) or value),
                      "value": float(value.toPython()), "unit": str(unit or "")}
        measures = graph.value(node, KGO.measures)
        if measures is not None:
            attributes["measures"] = str(measures)
        network.add_node(str(node), **attributes)
    edges = [(str(s), str(o), name) for name in RELATIONS
             for s, o in graph.subject_objects(getattr(KGO, name))]
    edges += [(str(s), str(o), "about") for s, o in graph.subject_objects(KGO.about)]
    for source, target, predicate in sorted(edges):
        if source in network and target in network:
            network.add_edge(source, target, key=predicate, predicate=predicate)
    return network


def graphml_text(graph: Graph) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(sorted_network(entity_network(graph)), buffer)
    return buffer.getvalue().decode("utf-8")


def sorted_network(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same network with nodes in IRI order, so the same graph gives the same bytes."""
    ordered = nx.MultiDiGraph()
    ordered.add_nodes_from(sorted(network.nodes(data=True)))
    ordered.add_edges_from(sorted(network.edges(keys=True, data=True), key=lambda e: e[:3]))
    return ordered


@register("graphml", "graph.graphml")
def export_graphml(graph: Graph, path: Path) -> None:
    write_atomically(path, graphml_text(graph))
