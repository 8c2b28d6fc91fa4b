"""The kg ontology's terms: a closed namespace, so a misspelt term fails at import time.

Checked against ontology/kg.ttl by tests/graph/test_namespace.py: every term here is declared
there with a label and a comment, and every term declared there is here.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kgnews/ontology"
RESOURCE_BASE = "https://w3id.org/kgnews/id/"
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
RES = Namespace(RESOURCE_BASE)


class KGO(DefinedNamespace):
    """kg ontology: https://w3id.org/kgnews/ontology#"""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes: entities
    Place: URIRef
    Country: URIRef
    Region: URIRef
    Organization: URIRef
    Firm: URIRef
    GovernmentBody: URIRef
    Person: URIRef
    Project: URIRef
    Agreement: URIRef
    Event: URIRef
    # classes: figures, provenance, value sets
    Figure: URIRef
    MoneyAmount: URIRef
    Percentage: URIRef
    Count: URIRef
    Quantity: URIRef
    Multiplier: URIRef
    Article: URIRef
    Evidence: URIRef
    Qualifier: URIRef
    AgreementStatus: URIRef
    # individuals
    MoreThan: URIRef
    AtLeast: URIRef
    LessThan: URIRef
    UpTo: URIRef
    Approximately: URIRef
    Signed: URIRef
    UnderNegotiation: URIRef
    Planned: URIRef
    # relations between entities
    investsIn: URIRef
    tradesWith: URIRef
    suppliesTo: URIRef
    partyTo: URIRef
    fundsProject: URIRef
    participatesIn: URIRef
    locatedIn: URIRef
    memberOf: URIRef
    holdsPositionIn: URIRef
    cooperatesWith: URIRef
    # figures
    value: URIRef
    unit: URIRef
    measures: URIRef
    about: URIRef
    date: URIRef
    startDate: URIRef
    endDate: URIRef
    reportedBy: URIRef
    qualifier: URIRef
    changeOf: URIRef
    text: URIRef
    # entities and agreements
    isoCode: URIRef
    status: URIRef
    mentionedIn: URIRef
    # provenance
    evidence: URIRef
    role: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    inArticle: URIRef
    articleId: URIRef
    title: URIRef
    url: URIRef
    datePublished: URIRef
    source: URIRef


def term(name: str) -> URIRef:
    """The ontology term with this local name; an unknown name raises AttributeError."""
    value = getattr(KGO, name)
    assert isinstance(value, URIRef)
    return value


# the local names of the entity classes and of the relations between entities, in the order
# people read them
ENTITY_CLASSES = ("Country", "Region", "Firm", "GovernmentBody", "Organization", "Person",
                  "Project", "Agreement", "Event")
RELATIONS = ("investsIn", "tradesWith", "suppliesTo", "partyTo", "fundsProject",
             "participatesIn", "locatedIn", "memberOf", "holdsPositionIn", "cooperatesWith")

# the prefixes kg writes in Turtle and query results (kgr: for resources, kgo: for the ontology)
PREFIXES = {
    "kgo": ONTOLOGY_IRI + "#",
    "kgr": RESOURCE_BASE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "wd": "http://www.wikidata.org/entity/",
}
