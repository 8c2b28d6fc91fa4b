"""The records extraction produces: small frozen dataclasses, defined once, used everywhere.

Extraction returns these; the graph builder turns them into triples. Nothing here knows RDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class EntityClass(StrEnum):
    """Entity classes; the values are the ontology's class local names."""

    COUNTRY = "Country"
    REGION = "Region"
    FIRM = "Firm"
    GOVERNMENT_BODY = "GovernmentBody"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    PROJECT = "Project"
    AGREEMENT = "Agreement"
    EVENT = "Event"


class Predicate(StrEnum):
    """Relation predicates between entities; the values are the ontology's property local names."""

    INVESTS_IN = "investsIn"
    TRADES_WITH = "tradesWith"
    SUPPLIES_TO = "suppliesTo"
    PARTY_TO = "partyTo"
    FUNDS_PROJECT = "fundsProject"
    PARTICIPATES_IN = "participatesIn"
    LOCATED_IN = "locatedIn"
    MEMBER_OF = "memberOf"
    HOLDS_POSITION_IN = "holdsPositionIn"
    COOPERATES_WITH = "cooperatesWith"


class FigureKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    QUANTITY = "quantity"
    MULTIPLIER = "multiplier"


class Qualifier(StrEnum):
    """How the stated number bounds the true one ("more than 20" -> MORE_THAN)."""

    EXACT = "exact"
    MORE_THAN = "moreThan"
    AT_LEAST = "atLeast"
    LESS_THAN = "lessThan"
    UP_TO = "upTo"
    APPROXIMATELY = "approximately"


class AgreementStatus(StrEnum):
    SIGNED = "signed"
    UNDER_NEGOTIATION = "underNegotiation"
    PLANNED = "planned"


@dataclass(frozen=True)
class Article:
    """One input article. `id` is unique within a run and safe to use in an IRI."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: dt.date | None = None
    source: str | None = None


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from: its text and character offsets in the article."""

    article_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Period:
    """A date or a period as ISO 8601 prefixes: '2025', '2025-06', '2025-06-17'."""

    start: str
    end: str | None = None


@dataclass(frozen=True)
class Entity:
    """A resolved entity: one per real-world thing in an article.

    `key` identifies it across articles where that is safe (countries by ISO code, named
    organisations by name); projects and agreements are keyed within their article.
    """

    key: str
    cls: EntityClass
    label: str
    aliases: tuple[str, ...] = ()
    iso_code: str | None = None
    wikidata: str | None = None
    status: AgreementStatus | None = None
    date: Period | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A number the text states, with what it measures and whom it concerns."""

    id: str
    text: str
    value: Decimal
    unit: str
    kind: FigureKind
    evidence: Evidence
    start: int
    end: int
    qualifier: Qualifier = Qualifier.EXACT
    measures: str | None = None
    about: tuple[str, ...] = ()
    date: Period | None = None
    reported_by: str | None = None
    change_of: str | None = None


@dataclass(frozen=True)
class Relation:
    """A typed edge between two entity keys, with the sentence that states it."""

    subject: str
    predicate: Predicate
    object: str
    evidence: Evidence
    role: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    figures: tuple[Figure, ...] = ()
    relations: tuple[Relation, ...] = ()
