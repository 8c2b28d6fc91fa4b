"""Read one article's entities, figures and relations: the extractors in order."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from kg.extract.attribution import paragraph_sources
from kg.extract.dates import infer_article_date, resolve_date
from kg.extract.figures import extract_figures
from kg.extract.mentions import evidence_for, extract_mentions
from kg.extract.records import Article, Entity, EntityClass, Extraction, Period
from kg.extract.relations import RelationReader
from kg.extract.resolve import resolve_entities
from kg.gazetteer import Gazetteer
from kg.nlp import dateline_of
from kg.text import dateline_place


def extract_article(doc: Doc, article: Article, gazetteer: Gazetteer) -> Extraction:
    """Read entities, figures and relations from one article's Doc."""
    today = article.date or infer_article_date([e.text for e in doc.ents if e.label_ == "DATE"])
    mentions = extract_mentions(doc)
    resolved, key_of = resolve_entities(mentions, doc, gazetteer)
    mentions = [m for m in mentions if (m.start, m.end) in key_of]  # (those set aside)
    classes = {e.key: e.cls for e in resolved}
    labels = {e.key: e.label for e in resolved}

    reader = RelationReader(doc, article.id, mentions, key_of, classes, labels,
                            gazetteer.containing_country, {e.key: e.aliases for e in resolved},
                            gazetteer.country_by_form, _filing_country(doc, gazetteer))
    reader.read()

    def key_of_token(token: Token) -> str | None:
        return reader.key_at(token)

    sources = paragraph_sources(doc, key_of_token)

    def not_about(key: str) -> bool:
        return reader.classes.get(key) == EntityClass.PERSON

    def is_setting(key: str) -> bool:
        return reader.classes.get(key) in (EntityClass.EVENT, EntityClass.AGREEMENT)

    def is_country(key: str) -> bool:
        return reader.classes.get(key) == EntityClass.COUNTRY

    home = tuple(key.split(":", 1)[1] for key in reader.main_pair)
    figures = extract_figures(doc, article.id, gazetteer.currency_by_word(home), key_of_token,
                              sources, today, not_about, is_country, is_setting)

    entities: list[Entity] = []
    for item in resolved:
        place = gazetteer.places.get(item.key)
        known = gazetteer.organizations.get(item.key)
        evidence = tuple(dict.fromkeys(
            evidence_for(doc[m.start : m.end], article.id) for m in item.mentions))
        entities.append(Entity(
            key=item.key,
            cls=item.cls,
            label=item.label,
            aliases=item.aliases,
            iso_code=place.iso2 if place and place.kind == "country" else None,
            wikidata=(place.wikidata if place else known.wikidata if known else None),
            date=(_event_date([doc[m.start : m.end] for m in item.mentions], today)
                  if item.cls == EntityClass.EVENT else None),
            evidence=evidence,
        ))
    for described in reader.described.values():
        evidence = tuple(dict.fromkeys(
            evidence_for(doc[t.i : t.i + 1], article.id) for t in described.tokens))
        entities.append(Entity(
            key=described.key,
            cls=described.cls,
            label=described.label,
            aliases=tuple(described.aliases),
            status=described.status,
            evidence=evidence,
        ))
    return Extraction(article=article, entities=tuple(entities), figures=tuple(figures),
                      relations=tuple(reader.relations))


def _filing_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The country of the place a story was filed from ('ROME, ...' -> Italy)."""
    place = dateline_place(doc.text, dateline_of(doc))
    return gazetteer.country_of_place_form.get(place) if place else None


def _event_date(spans: list[Span], today: dt.date | None) -> Period | None:
    """An event's date: the first date phrase in a sentence that names it."""
    for span in spans:
        for ent in span.sent.ents:
            if ent.label_ == "DATE":
                period = resolve_date(ent.text, today)
                if period is not None:
                    return period
    return None
