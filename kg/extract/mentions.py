"""Entity mentions: the named spans of a processed Doc, as plain records."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.extract.records import EntityClass, Evidence
from kg.nlp import KG_LABELS, dateline_of, source_text


@dataclass(frozen=True)
class Mention:
    """One named span: its text, class, gazetteer key (if any) and position."""

    text: str
    cls: EntityClass
    key: str | None
    start: int  # token offsets in the Doc
    end: int
    start_char: int
    end_char: int


def evidence_for(span: Span, article_id: str) -> Evidence:
    """The sentence holding `span`, with its character offsets in the article."""
    sent = span.sent
    written = source_text(span.doc)[sent.start_char : sent.end_char]
    text = written.strip()
    lead = len(written) - len(written.lstrip())
    return Evidence(article_id, text, sent.start_char + lead, sent.start_char + lead + len(text))


def extract_mentions(doc: Doc) -> list[Mention]:
    """Every kg-labelled entity span of `doc`, in text order, datelines left out."""
    start, end = dateline_of(doc)
    written = source_text(doc)
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in KG_LABELS:
            continue
        if start <= ent.start_char and ent.end_char <= end and ent.label_ != "Organization":
            continue  # the filing place (the agency in brackets is a name)
        mentions.append(Mention(written[ent.start_char : ent.end_char],
                                EntityClass(ent.label_), ent.id_ or None,
                                ent.start, ent.end, ent.start_char, ent.end_char))
    return mentions


