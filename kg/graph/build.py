"""The graph builder: the only code that adds triples.

Turns Extraction records into an rdflib Graph in the kg ontology. Entities keyed the same way in
several articles (countries by ISO code, named organisations by name) become one node whose
labels and aliases merge; the label is chosen deterministically: a place keeps the first
article's, a body or person the fullest name any article gives (ties: the first).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, SKOS

from kg.extract.records import (
    AgreementStatus,
    Article,
    EntityClass,
    Evidence,
    Extraction,
    Figure,
    FigureKind,
    Period,
    Qualifier,
)
from kg.graph.iris import (
    article_iri,
    entity_iri,
    evidence_iri,
    figure_iri,
    statement_iri,
    wikidata_iri,
)
from kg.graph.namespace import KGO, SCHEMA, term

_PLACE_CLASSES = (EntityClass.COUNTRY, EntityClass.REGION)

FIGURE_CLASS = {
    FigureKind.MONEY: KGO.MoneyAmount,
    FigureKind.PERCENT: KGO.Percentage,
    FigureKind.COUNT: KGO.Count,
    FigureKind.QUANTITY: KGO.Quantity,
    FigureKind.MULTIPLIER: KGO.Multiplier,
}
QUALIFIER = {
    Qualifier.MORE_THAN: KGO.MoreThan,
    Qualifier.AT_LEAST: KGO.AtLeast,
    Qualifier.LESS_THAN: KGO.LessThan,
    Qualifier.UP_TO: KGO.UpTo,
    Qualifier.APPROXIMATELY: KGO.Approximately,
}
STATUS = {
    AgreementStatus.SIGNED: KGO.Signed,
    AgreementStatus.UNDER_NEGOTIATION: KGO.UnderNegotiation,
    AgreementStatus.PLANNED: KGO.Planned,
}


def new_graph() -> Graph:
    graph = Graph()
    graph.bind("kgo", KGO._NS)
    graph.bind("kgr", "https://w3id.org/kgnews/id/")
    graph.bind("skos", SKOS)
    graph.bind("owl", OWL)
    graph.bind("prov", PROV)
    graph.bind("schema", SCHEMA)
    graph.bind("wd", "http://www.wikidata.org/entity/")
    return graph


def decimal_literal(value: Decimal) -> Literal:
    """The canonical xsd:decimal form ('120100000000.0', '10.4'): no exponent, no trailing zeros
    but the one XML Schema keeps after the point, so Turtle's shorthand reads back identical."""
    text = format(value.normalize(), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def date_literal(iso: str) -> Literal:
    """'2025' -> xsd:gYear, '2025-06' -> xsd:gYearMonth, '2025-06-17' -> xsd:date."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(iso), XSD.date)
    return Literal(iso, datatype=datatype)


class GraphBuilder:
    """Accumulates extractions into one graph."""

    def __init__(self) -> None:
        self.graph = new_graph()
        self._labels: dict[URIRef, Literal] = {}

    def add(self, extraction: Extraction) -> None:
        article = self._article(extraction.article)
        for entity in extraction.entities:
            node = entity_iri(entity.key)
            self.graph.add((node, RDF.type, term(entity.cls.value)))
            label = Literal(entity.label)
            current = self._labels.get(node)
            if current is None:
                self.graph.add((node, RDFS.label, label))
                self._labels[node] = label
            elif label != current and len(entity.label) > len(current) and \
                    entity.cls not in _PLACE_CLASSES:
                # a body or person named in full in a later article: the fullest name is the
                # label ("Goldwind Science & Technology Co", not "Goldwind"), the rest aliases
                self.graph.remove((node, RDFS.label, current))
                self.graph.remove((node, SKOS.altLabel, label))
                self.graph.add((node, SKOS.altLabel, current))
                self.graph.add((node, RDFS.label, label))
                self._labels[node] = label
            elif label != current:
                self.graph.add((node, SKOS.altLabel, label))
            for alias in entity.aliases:
                if (node, RDFS.label, Literal(alias)) not in self.graph:
                    self.graph.add((node, SKOS.altLabel, Literal(alias)))
            if entity.iso_code:
                self.graph.add((node, KGO.isoCode, Literal(entity.iso_code)))
            if entity.wikidata:
                self.graph.add((node, OWL.sameAs, wikidata_iri(entity.wikidata)))
            if entity.status:
                self.graph.add((node, KGO.status, STATUS[entity.status]))
            if entity.date:
                self._period(node, entity.date)
            self.graph.add((node, KGO.mentionedIn, article))
        for figure in extraction.figures:
            self._figure(figure)
        for relation in extraction.relations:
            subject, obj = entity_iri(relation.subject), entity_iri(relation.object)
            predicate = term(relation.predicate.value)
            self.graph.add((subject, predicate, obj))
            statement = statement_iri(subject, predicate, obj)
            self.graph.add((statement, RDF.type, RDF.Statement))
            self.graph.add((statement, RDF.subject, subject))
            self.graph.add((statement, RDF.predicate, predicate))
            self.graph.add((statement, RDF.object, obj))
            self.graph.add((statement, KGO.evidence, self._evidence(relation.evidence)))
            if relation.role:
                self.graph.add((statement, KGO.role, Literal(relation.role)))

    def _article(self, article: Article) -> URIRef:
        node = article_iri(article.id)
        self.graph.add((node, RDF.type, KGO.Article))
        self.graph.add((node, KGO.articleId, Literal(article.id)))
        if article.title:
            self.graph.add((node, KGO.title, Literal(article.title)))
        if article.url:
            self.graph.add((node, KGO.url, Literal(article.url, datatype=XSD.anyURI)))
        if article.date:
            self.graph.add((node, KGO.datePublished, Literal(article.date.isoformat(),
                                                                datatype=XSD.date)))
        if article.source:
            self.graph.add((node, KGO.source, Literal(article.source)))
        return node

    def _evidence(self, evidence: Evidence) -> URIRef:
        node = evidence_iri(evidence)
        self.graph.add((node, RDF.type, KGO.Evidence))
        self.graph.add((node, KGO.sentence, Literal(evidence.sentence)))
        self.graph.add((node, KGO.startOffset, Literal(evidence.start,
                                                       datatype=XSD.nonNegativeInteger)))
        self.graph.add((node, KGO.endOffset, Literal(evidence.end,
                                                     datatype=XSD.nonNegativeInteger)))
        self.graph.add((node, KGO.inArticle, article_iri(evidence.article_id)))
        return node

    def _period(self, node: URIRef, period: Period) -> None:
        if period.end is None:
            self.graph.add((node, KGO.date, date_literal(period.start)))
        else:
            self.graph.add((node, KGO.startDate, date_literal(period.start)))
            self.graph.add((node, KGO.endDate, date_literal(period.end)))

    def _figure(self, figure: Figure) -> None:
        node = figure_iri(figure.id)
        graph = self.graph
        graph.add((node, RDF.type, KGO.Figure))
        graph.add((node, RDF.type, FIGURE_CLASS[figure.kind]))
        graph.add((node, KGO.value, decimal_literal(figure.value)))
        graph.add((node, KGO.unit, Literal(figure.unit)))
        graph.add((node, KGO.text, Literal(figure.text)))
        if figure.qualifier in QUALIFIER:
            graph.add((node, KGO.qualifier, QUALIFIER[figure.qualifier]))
        if figure.measures:
            graph.add((node, KGO.measures, Literal(figure.measures)))
        for key in figure.about:
            graph.add((node, KGO.about, entity_iri(key)))
        if figure.date:
            self._period(node, figure.date)
        if figure.reported_by:
            graph.add((node, KGO.reportedBy, entity_iri(figure.reported_by)))
        if figure.change_of:
            graph.add((node, KGO.changeOf, figure_iri(figure.change_of)))
        graph.add((node, KGO.evidence, self._evidence(figure.evidence)))


def build_graph(extractions: Iterable[Extraction]) -> Graph:
    """One graph from the extractions of many articles."""
    builder = GraphBuilder()
    for extraction in extractions:
        builder.add(extraction)
    return builder.graph
