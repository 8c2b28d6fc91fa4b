"""RDF that other stores load: Turtle and N-Triples read by rdflib, pyoxigraph, rapper (raptor2)
and serdi (serd); JSON-LD by rdflib and pyld; TriG by rdflib and pyoxigraph."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.export.rdf import (
    article_graph_iri,
    export_jsonld,
    export_ntriples,
    export_trig,
    export_turtle,
    jsonld_context,
)
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


def check_turtle(path: Path, graph: Graph, syntax: str = "turtle") -> None:
    assert isomorphic(Graph().parse(path, format=syntax), graph)
    oxigraph_format = {"turtle": pyoxigraph.RdfFormat.TURTLE,
                       "nt": pyoxigraph.RdfFormat.N_TRIPLES}[syntax]
    triples = list(pyoxigraph.parse(path=str(path), format=oxigraph_format))
    assert len(triples) == len(graph)
    name = {"turtle": "turtle", "nt": "ntriples"}[syntax]
    for command in (["rapper", "-i", name, "-o", "ntriples", str(path)],
                    ["serdi", "-i", name, "-o", "ntriples", str(path)]):
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


@pytest.mark.parametrize("make_graph", ["nasty", "dev"])
def test_every_rdf_export_reads_back_isomorphic(tmp_path: Path, dev_graph: Graph,
                                                make_graph: str) -> None:
    from pyld import jsonld

    graph = nasty_graph() if make_graph == "nasty" else dev_graph
    export_ntriples(graph, tmp_path / "graph.nt")
    check_turtle(tmp_path / "graph.nt", graph, syntax="nt")

    export_jsonld(graph, tmp_path / "graph.jsonld")
    assert isomorphic(Graph().parse(tmp_path / "graph.jsonld", format="json-ld"), graph)
    document = json.loads((tmp_path / "graph.jsonld").read_text(encoding="utf-8"))
    assert document["@context"] == jsonld_context()  # embedded: no fetch needed
    quads = jsonld.to_rdf(document, {"format": "application/n-quads"})
    assert isomorphic(union(Dataset().parse(data=quads, format="nquads")), graph)

    export_trig(graph, tmp_path / "graph.trig")
    assert isomorphic(union(Dataset().parse(tmp_path / "graph.trig", format="trig")), graph)
    quads = pyoxigraph.parse(path=str(tmp_path / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
    assert {(q.subject, q.predicate, q.object) for q in quads} == {
        (t.subject, t.predicate, t.object) for t in pyoxigraph.parse(
            graph.serialize(format="nt", encoding="utf-8"),
            format=pyoxigraph.RdfFormat.N_TRIPLES)}


def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads():
        graph.add((s, p, o))
    return graph


def test_jsonld_keys_are_the_ontology_local_names(tmp_path: Path) -> None:
    export_jsonld(nasty_graph(), tmp_path / "graph.jsonld")
    nodes = json.loads((tmp_path / "graph.jsonld").read_text(encoding="utf-8"))["@graph"]
    figure = next(node for node in nodes if "value" in node)
    assert figure["unit"] == "EUR" and figure["about"].endswith("/country/TD")
    firm = next(node for node in nodes if node.get("suppliesTo"))
    assert firm["label"] == NASTY and firm["type"] == "Firm"


def test_trig_holds_one_named_graph_per_article(tmp_path: Path) -> None:
    sentence_a, sentence_b = "Kenya supplies Chad.", "Chad supplies Niger."
    ev_a, ev_b = Evidence("a", sentence_a, 0, 20), Evidence("b", sentence_b, 0, 19)
    graph = build_graph([
        Extraction(Article(id="a", text=sentence_a),
                   (Entity("country:KE", EntityClass.COUNTRY, "Kenya", evidence=(ev_a,)),
                    Entity("country:TD", EntityClass.COUNTRY, "Chad", evidence=(ev_a,))),
                   relations=(Relation("country:KE", Predicate.SUPPLIES_TO, "country:TD",
                                       ev_a),)),
        Extraction(Article(id="b", text=sentence_b),
                   (Entity("country:TD", EntityClass.COUNTRY, "Chad", evidence=(ev_b,)),
                    Entity("country:NE", EntityClass.COUNTRY, "Niger", evidence=(ev_b,))),
                   relations=(Relation("country:TD", Predicate.SUPPLIES_TO, "country:NE",
                                       ev_b),)),
    ])
    export_trig(graph, tmp_path / "graph.trig")
    dataset = Dataset().parse(tmp_path / "graph.trig", format="trig")
    res = "https://w3id.org/kgnews/id/"
    graph_a = dataset.graph(article_graph_iri(URIRef(res + "article/a")))
    graph_b = dataset.graph(article_graph_iri(URIRef(res + "article/b")))
    supplies = URIRef("https://w3id.org/kgnews/ontology#suppliesTo")
    kenya, chad, niger = (URIRef(res + f"country/{c}") for c in ("KE", "TD", "NE"))
    assert (kenya, supplies, chad) in graph_a and (kenya, supplies, chad) not in graph_b
    assert (chad, supplies, niger) in graph_b and (chad, supplies, niger) not in graph_a
    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    assert (chad, label, None) in graph_a and (chad, label, None) in graph_b  # named in both


def test_jsonld_context_covers_the_ontology() -> None:
    from rdflib import OWL, RDF, RDFS, XSD

    from tests.conftest import ROOT

    ontology = Graph().parse(ROOT / "ontology" / "kg.ttl")
    context = jsonld_context()
    kgo = context["kgo"]
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        name = str(prop).removeprefix(kgo)
        assert context.get(name) == {"@id": f"kgo:{name}", "@type": "@id"}, name
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        name = str(prop).removeprefix(kgo)
        ranges = set(ontology.objects(prop, RDFS.range)) - {XSD.string}
        expected = {"@id": f"kgo:{name}", "@type": f"xsd:{str(ranges.pop()).split('#')[1]}"} \
            if ranges else None
        assert context.get(name) == expected, name
