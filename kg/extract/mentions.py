"""Entity mentions: the named spans of a processed Doc, as plain records."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.extract.records import EntityClass, Evidence
from kg.nlp import KG_LABELS


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
    text = sent.text.strip()
    lead = len(sent.text) - len(sent.text.lstrip())
    return Evidence(article_id, text, sent.start_char + lead, sent.start_char + lead + len(text))


def extract_mentions(doc: Doc) -> list[Mention]:
    """Every kg-labelled entity span of `doc`, in text order, datelines left out."""
    skip_until = dateline_end(doc)
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in KG_LABELS:
            continue
        if ent.end_char <= skip_until and ent.label_ in ("Country", "Region"):
            continue
        mentions.append(Mention(ent.text, EntityClass(ent.label_), ent.id_ or None,
                                ent.start, ent.end, ent.start_char, ent.end_char))
    return mentions


def dateline_end(doc: Doc) -> int:
    """Character offset where a dateline ('TASHKENT, June 3 (Xinhua) --') ends, else 0.

    Dateline places say where the story was filed, not what it is about."""
    text = doc.text[:160]
    head = text.lstrip()
    words = head.split(",", 1)[0]
    if words and words.replace(" ", "").replace("-", "").isalpha() and words.isupper() \
            and "," in head:
        for dash in (" -- ", " — ", " – ", " - "):
            position = text.find(dash)
            if 0 < position < 120:
                return position
        return len(text) - len(head) + len(words)
    return 0
