"""RDF serialisations of a finished graph: Turtle, N-Triples, JSON-LD and TriG."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef
from rdflib.term import Node

from kg.export import register, write_atomically
from kg.graph.namespace import KGO, PREFIXES

CONTEXT_IRI = "https://w3id.org/kgnews/context.jsonld"


def turtle_text(graph: Graph) -> str:
    """Turtle with a stable order: rdflib sorts subjects and predicates, so the same graph
    always gives the same bytes."""
    return graph.serialize(format="turtle")


@register("turtle", "graph.ttl")
def export_turtle(graph: Graph, path: Path) -> None:
    write_atomically(path, turtle_text(graph))


@register("nt", "graph.nt")
def export_ntriples(graph: Graph, path: Path) -> None:
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    write_atomically(path, "".join(f"{line}\n" for line in sorted(filter(None, lines))))


@cache
def jsonld_context() -> dict[str, Any]:
    """The ontology's JSON-LD context (published at CONTEXT_IRI): short keys ('label',
    'investsIn', 'value'), IRIs where a property points to a node, typed literals by range."""
    text = (resources.files("kg") / "data" / "context.jsonld").read_text(encoding="utf-8")
    context: dict[str, Any] = json.loads(text)["@context"]
    return context


@register("jsonld", "graph.jsonld")
def export_jsonld(graph: Graph, path: Path) -> None:
    # The context is embedded, not linked, so the file reads offline in any JSON-LD processor.
    data = json.loads(graph.serialize(format="json-ld", context=jsonld_context(),
                                      auto_compact=True))
    write_atomically(path, json.dumps(_in_order(data), indent=1, sort_keys=True,
                                      ensure_ascii=False) + "\n")


def _in_order(value: Any) -> Any:
    """Nodes and multiple values in a fixed order (rdflib emits them in hash order), so the
    same graph always gives the same bytes; JSON-LD gives arrays of values no meaning."""
    if isinstance(value, dict):
        return {key: _in_order(item) if key != "@context" else item
                for key, item in value.items()}
    if isinstance(value, list):
        items = [_in_order(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    return value


@register("trig", "graph.trig")
def export_trig(graph: Graph, path: Path) -> None:
    write_atomically(path, trig_text(graph))


def trig_text(graph: Graph) -> str:
    """TriG, one named graph per article, in a fixed order (graph, subject, predicate, object)
    so the same graph always gives the same bytes. rdflib writes the N-Triples of each part
    (its escaping is checked by the Turtle tests); Oxigraph writes the TriG."""
    lines = []
    for name, part in article_graphs(graph).items():
        suffix = f" <{name}> ." if name is not None else " ."
        text = part.serialize(format="nt", encoding="utf-8").decode("utf-8")
        lines += [line[: -len(" .")] + suffix for line in text.splitlines() if line]
    quads = sorted(ox.parse("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS),
                   key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                  str(q.object)))
    # kgr: is left out: its local names hold '/', which prefixed names would have to escape
    prefixes = {prefix: iri for prefix, iri in PREFIXES.items() if prefix != "kgr"}
    data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    return data.decode("utf-8") if data else ""


def article_graph_iri(article: URIRef) -> URIRef:
    """The named graph of one article's statements: <article IRI>/graph."""
    return URIRef(f"{article}/graph")


def article_graphs(graph: Graph) -> dict[URIRef | None, Graph]:
    """The graph split into one graph per article, keyed by its named-graph IRI, for
    provenance-aware stores: each triple goes to the graph of every article it comes from (an
    entity's names to each article that mentions it, a figure or a statement to the article of
    its sentence); the union of the parts is the whole graph, and what comes from no article
    is under None (the default graph)."""
    parts: dict[URIRef | None, Graph] = {}
    sources = _article_sources(graph)
    statement_of = {(graph.value(st, RDF.subject), graph.value(st, RDF.predicate),
                     graph.value(st, RDF.object)): st
                    for st in graph.subjects(RDF.type, RDF.Statement)}
    for triple in graph:
        origin = statement_of.get(triple, triple[0])
        for article in sources.get(origin) or (None,):
            name = article_graph_iri(article) if article is not None else None
            parts.setdefault(name, Graph()).add(triple)
    return parts


def _article_sources(graph: Graph) -> dict[Node, tuple[URIRef, ...]]:
    sources: dict[Node, set[URIRef]] = {}
    for article in graph.subjects(RDF.type, KGO.Article):
        if isinstance(article, URIRef):
            sources.setdefault(article, set()).add(article)
    for evidence, article in graph.subject_objects(KGO.inArticle):
        if isinstance(article, URIRef):
            sources.setdefault(evidence, set()).add(article)
    for node, evidence in graph.subject_objects(KGO.evidence):
        sources.setdefault(node, set()).update(sources.get(evidence, ()))
    for node, article in graph.subject_objects(KGO.mentionedIn):
        if isinstance(article, URIRef):
            sources.setdefault(node, set()).add(article)
    return {node: tuple(sorted(found)) for node, found in sources.items() if found}

