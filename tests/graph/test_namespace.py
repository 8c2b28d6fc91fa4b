"""The namespace module and ontology/kg.ttl declare exactly the same terms."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.extract.records import EntityClass, Predicate
from kg.graph.namespace import KGO, term
from tests.conftest import ROOT

ONTOLOGY = ROOT / "ontology" / "kg.ttl"
NS = str(KGO._NS)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


def declared(ontology: Graph) -> set[str]:
    return {str(s)[len(NS):] for s in ontology.subjects() if isinstance(s, URIRef)
            and str(s).startswith(NS)}


def test_every_namespace_term_is_declared_with_label_and_comment(ontology: Graph) -> None:
    terms = set(KGO.__annotations__)
    assert terms == declared(ontology)
    for name in terms:
        node = term(name)
        assert ontology.value(node, RDFS.label) is not None, name
        assert ontology.value(node, RDFS.comment) is not None, name


def test_misspelt_term_fails_at_once() -> None:
    with pytest.raises(AttributeError):
        KGO.investIn  # noqa: B018


def test_record_enums_name_ontology_terms(ontology: Graph) -> None:
    for cls in EntityClass:
        assert (term(cls.value), RDF.type, OWL.Class) in ontology
    for predicate in Predicate:
        assert (term(predicate.value), RDF.type, OWL.ObjectProperty) in ontology


def test_required_local_names_exist() -> None:
    required = ["Country", "Region", "Firm", "GovernmentBody", "Organization", "Person",
                "Project", "Agreement", "Event", "Figure", "Article", "investsIn", "tradesWith",
                "suppliesTo", "partyTo", "fundsProject", "participatesIn", "locatedIn",
                "memberOf", "holdsPositionIn", "cooperatesWith", "reportedBy", "value", "unit",
                "measures", "about", "date"]
    for name in required:
        assert str(term(name)).endswith("#" + name)
