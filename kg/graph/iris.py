"""Deterministic IRIs: the same input always mints the same IRIs (no counters, no clocks)."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from kg.extract.records import Evidence
from kg.graph.namespace import RES, WIKIDATA


def _safe(part: str) -> str:
    """Percent-encode everything but unreserved characters and '/', so any key is a valid IRI
    in every Turtle parser."""
    return quote(part, safe="/-._~")


def entity_iri(key: str) -> URIRef:
    """'country:CN' -> .../id/country/CN; 'project:article-1/wind-farm' -> .../id/project/..."""
    kind, _, rest = key.partition(":")
    return RES[f"{_safe(kind)}/{_safe(rest)}"]


def article_iri(article_id: str) -> URIRef:
    return RES[f"article/{_safe(article_id)}"]


def figure_iri(figure_id: str) -> URIRef:
    return RES[f"figure/{_safe(figure_id)}"]


def evidence_iri(evidence: Evidence) -> URIRef:
    return RES[f"evidence/{_safe(evidence.article_id)}/{evidence.start}-{evidence.end}"]


def statement_iri(subject: URIRef, predicate: URIRef, obj: URIRef) -> URIRef:
    """One reified statement per distinct triple, whatever the number of sentences stating it."""
    digest = hashlib.sha1(f"{subject} {predicate} {obj}".encode()).hexdigest()[:16]
    return RES[f"statement/{digest}"]


def wikidata_iri(qid: str) -> URIRef:
    return WIKIDATA[qid]
