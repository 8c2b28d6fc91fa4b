"""The graph builder: deterministic IRIs, provenance reachable with SPARQL, SHACL conformance."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pyshacl import validate
from rdflib import RDF, RDFS, XSD, Graph, Literal
from rdflib.namespace import SKOS

from kg.extract.records import (
    Article,
    Entity,
    EntityClass,
    Evidence,
    Extraction,
    Figure,
    FigureKind,
    Period,
    Predicate,
    Relation,
)
from kg.graph.build import build_graph, decimal_literal
from kg.graph.iris import entity_iri
from kg.graph.namespace import KGO
from tests.conftest import ROOT

SHAPES = Graph().parse(ROOT / "ontology" / "shapes.ttl")


def small_extraction() -> Extraction:
    article = Article(id="a1", text="Goldwind supplies Uzbekistan.", title="T", url="https://x.org",
                      date=dt.date(2025, 6, 17))
    evidence = Evidence("a1", "Goldwind supplies Uzbekistan.", 0, 29)
    return Extraction(
        article=article,
        entities=(
            Entity("org:goldwind", EntityClass.FIRM, "Goldwind", ("Goldwind Co",),
                   evidence=(evidence,)),
            Entity("country:UZ", EntityClass.COUNTRY, "Uzbekistan", ("Uzbek",), iso_code="UZ",
                   wikidata="Q265", evidence=(evidence,)),
        ),
        figures=(Figure("a1/0-3", "$3 bn", Decimal("3E+9"), "USD", FigureKind.MONEY, evidence,
                        0, 3, about=("country:UZ",), date=Period("2025-01", "2025-05"),
                        reported_by="org:goldwind"),),
        relations=(Relation("org:goldwind", Predicate.SUPPLIES_TO, "country:UZ", evidence),),
    )


def test_values_are_canonical_decimals() -> None:
    assert decimal_literal(Decimal("120.1") * 10**9) == Literal("120100000000.0",
                                                                datatype=XSD.decimal)
    graph = build_graph([small_extraction()])
    [value] = list(graph.objects(None, KGO.value))
    assert value.datatype == XSD.decimal and value.toPython() == Decimal(3_000_000_000)


def test_evidence_is_reachable_with_sparql() -> None:
    graph = build_graph([small_extraction()])
    rows = list(graph.query("""
        PREFIX kgo: <https://w3id.org/kgnews/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?sentence ?start ?title WHERE {
          ?s rdfs:label "Goldwind" . ?o rdfs:label "Uzbekistan" .
          ?st rdf:subject ?s ; rdf:predicate kgo:suppliesTo ; rdf:object ?o ;
              kgo:evidence ?ev .
          ?ev kgo:sentence ?sentence ; kgo:startOffset ?start ; kgo:inArticle ?a .
          ?a kgo:title ?title .
        }"""))
    assert [(str(r[0]), int(r[1]), str(r[2])) for r in rows] == [
        ("Goldwind supplies Uzbekistan.", 0, "T")]


def test_periods_and_country_links() -> None:
    graph = build_graph([small_extraction()])
    assert Literal("2025-01", datatype=XSD.gYearMonth) in set(graph.objects(None, KGO.startDate))
    country = entity_iri("country:UZ")
    assert str(graph.value(country, KGO.isoCode)) == "UZ"
    assert str(graph.value(country, __import__("rdflib").OWL.sameAs)).endswith("/Q265")


def test_same_input_same_graph() -> None:
    first = build_graph([small_extraction()]).serialize(format="nt")
    second = build_graph([small_extraction()]).serialize(format="nt")
    assert sorted(first.splitlines()) == sorted(second.splitlines())


def test_small_graph_conforms_and_a_broken_one_does_not() -> None:
    graph = build_graph([small_extraction()])
    conforms, _, report = validate(graph, shacl_graph=SHAPES)
    assert conforms, report
    figure = next(graph.subjects(RDF.type, KGO.Figure))
    graph.add((figure, KGO.value, Literal("3.5", datatype=XSD.decimal)))
    graph.remove((figure, KGO.evidence, None))
    conforms, _, report = validate(graph, shacl_graph=SHAPES)
    assert not conforms
    assert "evidence" in report and "value" in report


def test_examples_graph_conforms(examples_graph: Graph) -> None:
    conforms, _, report = validate(examples_graph, shacl_graph=SHAPES)
    assert conforms, report


def test_a_body_takes_its_fullest_name_and_a_place_its_first() -> None:
    first = small_extraction()
    article = Article(id="a2", text="Goldwind Science & Technology Co in the Uzbek Republic.")
    evidence = Evidence("a2", article.text, 0, 10)
    second = Extraction(article=article, entities=(
        Entity("org:goldwind", EntityClass.FIRM, "Goldwind Science & Technology Co",
               evidence=(evidence,)),
        Entity("country:UZ", EntityClass.COUNTRY, "Uzbek Republic", evidence=(evidence,)),
    ), figures=(), relations=())
    for order in ([first, second], [second, first]):
        graph = build_graph(order)
        firm, country = entity_iri("org:goldwind"), entity_iri("country:UZ")
        assert list(graph.objects(firm, RDFS.label)) == [
            Literal("Goldwind Science & Technology Co")]
        assert Literal("Goldwind") in set(graph.objects(firm, SKOS.altLabel))
        assert len(list(graph.objects(country, RDFS.label))) == 1
    assert list(build_graph([first, second]).objects(country, RDFS.label)) == [
        Literal("Uzbekistan")]
