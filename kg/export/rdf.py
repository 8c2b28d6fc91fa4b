"""RDF serialisations of a finished graph."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.export import register, write_atomically


def turtle_text(graph: Graph) -> str:
    """Turtle with a stable order: rdflib sorts subjects and predicates, so the same graph
    always gives the same bytes."""
    return graph.serialize(format="turtle")


@register("turtle", "graph.ttl")
def export_turtle(graph: Graph, path: Path) -> None:
    write_atomically(path, turtle_text(graph))
