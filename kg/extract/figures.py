"""Figures: every amount of money, percentage, count, physical quantity and multiplier, with
what it measures, whom it concerns, its date and its source.

The context comes from the dependency parse: a figure that is the object of a verb ("has
reached $120.1 billion") measures that verb's subject ("the total value of contracted
projects"); a figure that completes a noun ("a turnover of $75.6 billion") measures that noun;
a count measures what it counts ("200 Uzbek engineers"). A percentage that is the change of
another figure in its clause ("grew by 10.4 percent ... to reach 286.42 billion yuan") is linked
to it with `change_of`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.attribution import KeyOfToken, attribution_tokens
from kg.extract.dates import resolve_date
from kg.extract.mentions import evidence_for
from kg.extract.numbers import Amount, is_number_token, read_amount
from kg.extract.records import Figure, FigureKind, Period, Qualifier
from kg.nlp import dateline_of, written

_SKIP_ENTS = frozenset({"DATE", "TIME", "ORDINAL"})
_MEASURE_DEPS = frozenset({"amod", "compound", "poss", "nmod", "det", "case", "npadvmod"})


def extract_figures(
    doc: Doc,
    article_id: str,
    currencies: dict[str, str],
    key_of_token: KeyOfToken,
    sources: dict[int, str],
    today: dt.date | None,
    excluded_about: Callable[[str], bool],
    is_country: Callable[[str], bool],
    setting: Callable[[str], bool],
) -> list[Figure]:
    """All figures in `doc`, in text order."""
    figures: list[Figure] = []
    consumed = -1
    amounts: list[tuple[Amount, Span]] = []
    for token in doc:
        if token.i < consumed or not is_number_token(token):
            continue
        if token.ent_type_ in _SKIP_ENTS or _inside_name(token):
            continue
        if token.i >= 2 and doc[token.i - 1].text in ("-", "–") and amounts and \
                doc[token.i - 1].whitespace_ == "" and amounts[-1][1].end == token.i - 1:
            continue  # the upper end of a range ("$2-3 a barrel") is not a figure of its own
        if token.i + 1 < len(doc) and doc[token.i + 1].is_alpha and token.whitespace_ == "" \
                and doc[token.i + 1].lower_ not in lexicon.SCALE_WORDS and \
                doc[token.i + 1].lower_ not in lexicon.QUANTITY_UNITS:
            continue  # glued to a word: part of a name such as "5G" (but "700MW")
        amount = read_amount(doc, token.i, currencies)
        if amount is None:
            continue
        consumed = amount.end
        amounts.append((amount, doc[amount.start : amount.end]))

    amounts = _without_headline_repeats(doc, amounts)
    ids = {id(a): f"{article_id}/{span.start_char}-{span.end_char}" for a, span in amounts}
    finder = AboutFinder(doc, key_of_token, excluded_about, is_country, setting)
    for amount, span in amounts:
        number = _number_token(span)
        anchor = _anchor(number)
        measures = _measures(amount, number)
        qualifier = amount.qualifier
        if qualifier == Qualifier.EXACT and anchor is not None and \
                anchor.lemma_.lower() in lexicon.QUALIFIER_VERBS and number.dep_ in ("dobj",
                                                                                     "attr"):
            qualifier = Qualifier(lexicon.QUALIFIER_VERBS[anchor.lemma_.lower()])
        source = sources.get(span.sent.start)
        about = finder.about(span, anchor, source)
        change_of = None
        if amount.kind == FigureKind.PERCENT and anchor is not None and \
                anchor.lemma_.lower() in lexicon.GROWTH_VERBS:
            for other, other_span in amounts:
                if other is amount or other_span.sent != span.sent or \
                        other.kind == FigureKind.PERCENT:
                    continue
                chain = _verb_chain(_number_token(other_span))
                # "grew 10.4 percent to reach X" (one verb), "hit X, up 6.1 percent" (the
                # growth word hangs on the verb of the amount)
                if anchor in chain or anchor.head in chain[:1]:
                    change_of = ids[id(other)]
                    base = _measures(other, _number_token(other_span))
                    if base and (not measures or len(measures.split()) < 2):
                        measures = base
                    if measures and not measures.startswith("growth"):
                        measures = f"growth of {measures}"
                    break
        figures.append(Figure(
            id=ids[id(amount)],
            text=written(span),
            value=amount.value,
            unit=amount.unit,
            kind=amount.kind,
            evidence=evidence_for(span, article_id),
            start=span.start_char,
            end=span.end_char,
            qualifier=qualifier,
            measures=measures,
            about=about,
            date=_date(span, today),
            reported_by=source,
            change_of=change_of,
        ))
    return figures


def _inside_name(token: Token) -> bool:
    return token.ent_type_ in ("Firm", "GovernmentBody", "Organization", "Event", "Person")


def _number_token(span: Span) -> Token:
    """The token of the expression that the parse attaches to the sentence: the scale word or
    the number ('$ 30 billion' -> 'billion')."""
    candidates = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    return candidates[0] if candidates else span.root


def _verb_chain(token: Token) -> list[Token]:
    """The verbs above a token, nearest first (itself first: "trade tripled")."""
    chain = [token] if token.pos_ == "VERB" else []
    current = token
    while current.head != current:
        current = current.head
        if current.pos_ in ("VERB", "AUX") or current.lemma_.lower() in lexicon.GROWTH_VERBS:
            chain.append(current)
    return chain


def _anchor(number: Token) -> Token | None:
    """The verb (or verb-like word) a figure is governed by."""
    chain = _verb_chain(number)
    return chain[0] if chain else None


def _phrase(head: Token, limit: int = 12, without: Token | None = None) -> str:
    """A readable noun phrase: the head with its left modifiers and its prepositional tail,
    leaving out relative clauses, appositions and the figure itself (`without`)."""
    dropped: set[int] = set()
    for t in head.subtree:
        if t != head and (t.dep_ in ("relcl", "appos") or (without is not None and t == without)):
            dropped |= {d.i for d in t.subtree}
        if without is not None and t.dep_ == "prep" and without in t.subtree:
            dropped |= {d.i for d in t.subtree}
    tokens = sorted((t for t in head.subtree if t.i not in dropped and
                     not (t.dep_ == "punct" and t != head and t.i == head.left_edge.i)),
                    key=lambda t: t.i)
    while tokens and tokens[0].dep_ in ("det", "punct", "cc") and tokens[0] != head:
        tokens = tokens[1:]
    words = [t.text_with_ws for t in tokens[:limit]]
    return "".join(words).strip().rstrip(",")


def _measures(amount: Amount, number: Token) -> str | None:
    """What the figure measures, as a phrase from the sentence."""
    if amount.kind == FigureKind.COUNT and amount.counted is not None:
        counted = amount.counted
        left = [t for t in counted.lefts if t.dep_ in ("amod", "compound", "nmod") and
                not t.like_num and t.i > number.i]
        phrase = " ".join([*(t.text for t in left), counted.text])
        verb = counted.head if counted.dep_ in ("nsubj", "nsubjpass", "dobj") else None
        if verb is not None and verb.pos_ == "VERB":
            objects = [c for c in verb.children if c.dep_ in ("dobj", "prt") and c != counted]
            tail = " ".join([verb.text, *(o.text for o in objects)])
            return f"{phrase} ({tail})"
        return phrase
    for prep in number.children:
        # "$21.5 billion in foreign direct investment", "$2 billion of new loans"
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of") and prep.i > number.i:
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects:
                return _phrase(objects[0], 8)
    head = number.head
    # "a turnover of $75.6 billion", "investment worth $9 billion": the noun it completes
    if number.dep_ == "pobj" and head.lower_ in ("of", "worth", "at") and head.head.pos_ in (
            "NOUN", "PROPN"):
        return _phrase(head.head, without=number)
    if number.dep_ in ("npadvmod", "pobj") and head.lower_ in ("worth", "valued"):
        subject = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        target = subject[0] if subject else (head.head if head.head.pos_ == "NOUN" else None)
        if target is not None:
            return f"value of {_phrase(target, 6)}"
    if number.dep_ in ("appos", "nmod", "compound") and head.pos_ == "NOUN":
        return _phrase(head, without=number)
    start, end = dateline_of(number.doc)
    for verb in _verb_chain(number)[:2]:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not start <= c.left_edge.idx < end]  # not "TASHKENT, Oct 2 (Wire) -"
        if subjects and subjects[0].pos_ not in ("PRON",):
            return _phrase(subjects[0])
    return None


def _without_headline_repeats(doc: Doc, amounts: list[tuple[Amount, Span]]
                              ) -> list[tuple[Amount, Span]]:
    """A headline's figure that the story states again ('... deals worth 11.39 bln USD', then
    '11.39 billion U.S. dollars') is one figure: the story's, which has its context."""
    first_line = doc.text.lstrip().split("\n", 1)[0].rstrip()
    if not first_line or first_line.endswith((".", "!", "?", '"', "”")):
        return amounts  # a sentence, not a headline
    end = len(doc.text) - len(doc.text.lstrip()) + len(first_line)
    body = {(a.value, a.unit) for a, span in amounts if span.start_char >= end}
    return [(a, span) for a, span in amounts
            if span.start_char >= end or (a.value, a.unit) not in body]


class AboutFinder:
    """Finds the entities a figure concerns: those in its clause, else in its sentence, else
    in the previous sentence of its paragraph, else the article's two most-named countries
    (a figure of 'bilateral trade' is about the article's pair). Sources and people are never
    what a figure is about. An event or agreement in its clause is its setting ("17 deals
    worth $2.4 billion were signed at the forum"): named with it, never in place of the
    others."""

    def __init__(self, doc: Doc, key_of_token: KeyOfToken, excluded: Callable[[str], bool],
                 country: Callable[[str], bool], setting: Callable[[str], bool]) -> None:
        self.key_of_token = key_of_token
        self.excluded = excluded
        self.setting = setting
        self.sources: dict[int, set[int]] = {s.start: attribution_tokens(s) for s in doc.sents}
        self.dateline = dateline_of(doc)
        self.sentences = list(doc.sents)
        counts: dict[str, int] = {}
        for token in doc:
            key = key_of_token(token)
            if key and country(key) and (token.i == 0 or key_of_token(doc[token.i - 1]) != key):
                counts[key] = counts.get(key, 0) + 1
        self.main_countries = [k for k, _ in sorted(counts.items(), key=lambda kv: -kv[1])][:2]

    def keys(self, tokens: list[Token], source: str | None, settings: bool = False
             ) -> list[str]:
        """The entities named in `tokens`: the settings (events, agreements) or the others."""
        found: list[str] = []
        for t in tokens:
            if t.i in self.sources.get(t.sent.start, set()) or \
                    self.dateline[0] <= t.idx < self.dateline[1]:
                continue  # a source, or the dateline's place and agency
            key = self.key_of_token(t)
            if key and key != source and not self.excluded(key) and key not in found and \
                    self.setting(key) == settings:
                found.append(key)
        return found

    def about(self, span: Span, anchor: Token | None, source: str | None) -> tuple[str, ...]:
        clause = list(anchor.subtree) if anchor is not None else []
        # the settings of its clause first, then those of its sentence
        settings = list(dict.fromkeys(self.keys(clause, source, settings=True) +
                                      self.keys(list(span.sent), source, settings=True)))
        return tuple(self.concerned(span, clause, source) + settings)

    def concerned(self, span: Span, clause: list[Token], source: str | None) -> list[str]:
        found = self.keys(clause, source) or self.keys(list(span.sent), source)
        if source is not None and source not in found and any(
                t.dep_ == "poss" and t.lower_ in ("its", "their") and t.i < span.start
                for t in clause):
            # "X said its revenue fell 61 percent": the figure is about the source itself
            found.insert(0, source)
        if not found:
            index = self.sentences.index(span.sent)
            if index > 0 and "\n" not in self.sentences[index - 1].text_with_ws[-2:]:
                found = self.keys(list(self.sentences[index - 1]), source)
        if not found:
            found = [k for k in self.main_countries if k != source]
        return found


def _date(span: Span, today: dt.date | None) -> Period | None:
    """The date nearest the figure in its sentence, else the article's date."""
    dates = [e for e in span.sent.ents if e.label_ == "DATE"]
    periods = []
    for ent in sorted(dates, key=lambda e: abs(e.start - span.start)):
        period = resolve_date(ent.text, today)
        if period is not None:
            periods.append((ent, period))
    # A weekday usually dates the report, not the figure: prefer a calendar date or period.
    calendar = [p for e, p in periods if not _is_weekday(e.text)]
    if calendar:
        return calendar[0]
    if periods:
        return periods[0][1]
    return Period(today.isoformat()) if today is not None else None


def _is_weekday(text: str) -> bool:
    return any(day in text.lower() for day in ("monday", "tuesday", "wednesday", "thursday",
                                                 "friday", "saturday", "sunday"))
