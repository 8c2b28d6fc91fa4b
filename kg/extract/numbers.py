"""Reading amounts: the number, its scale, currency, unit and hedge, from tokens.

`read_amount` looks at a number token and its neighbours and returns what it says
("more than $9 billion" -> 9000000000 USD, qualifier moreThan), or None if it is not an amount
kg records (a year, an ordinal, a part of a name like "5G", a duration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.dates import MONTHS
from kg.extract.records import FigureKind, Qualifier

_GLUED = re.compile(
    r"^(?P<cur>[A-Z]{1,3}\$|[A-Z]{3}|[$€£¥₹₽₩₦]|Rs\.?|[RN](?=\d)|Rp|KSh|Ksh|TSh|USh|Sh)?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"(?P<scale>bn|mln|mn|m|b|k|tn|trn)?(?P<pct>%)?$"
)
# Counted nouns that describe a group or a span of time: "the five Central Asian countries",
# "30 years" are not figures.
_NOT_COUNTED = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "decade", "decades", "century", "centuries", "minute", "minutes", "time", "times",
    "percent", "point", "points", "side", "sides", "way", "ways", "step", "steps",
    # vague fractions ("three-quarters of the world's cobalt")
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
})
_MEASURE_WORDS = frozenset({"high", "deep", "long", "wide", "tall", "thick", "above", "below"})
_GROUP_NOUNS = frozenset({"country", "countries", "nation", "nations", "state", "states",
                          "party", "parties", "leader", "leaders", "member", "members"})


@dataclass(frozen=True)
class Amount:
    value: Decimal
    unit: str
    kind: FigureKind
    qualifier: Qualifier
    start: int  # token span of the whole expression
    end: int
    counted: Token | None = None  # the noun a count counts


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _number_value(token: Token) -> Decimal | None:
    if token.lower_ in lexicon.NUMBER_WORDS:
        return Decimal(lexicon.NUMBER_WORDS[token.lower_])
    return _decimal(token.text)


def _qualifier(doc: Doc, start: int) -> tuple[Qualifier, int]:
    """A hedge before the amount: 'more than', 'nearly', 'up to'. Returns it and the new start."""
    for size in (3, 2, 1):
        if start - size < 0:
            continue
        words = " ".join(t.lower_ for t in doc[start - size : start])
        if words in lexicon.QUALIFIER_PHRASES:
            return Qualifier(lexicon.QUALIFIER_PHRASES[words]), start - size
    return Qualifier.EXACT, start


def _currency_before(doc: Doc, i: int, currencies: dict[str, str]) -> tuple[str | None, int]:
    """A currency symbol or code right before token i ('$', 'US$', 'USD', 'RMB')."""
    if i == 0:
        return None, i
    prev = doc[i - 1]
    if prev.text in ("$", "US$") and i >= 2 and doc[i - 2].text in ("US", "U.S."):
        return "USD", i - 2
    # "CFA francs 3.9 billion": a currency's two-word name, its acronym first
    if i >= 2 and doc[i - 2].is_upper and \
            (named := currencies.get(f"{doc[i - 2].lower_} {prev.lower_}")):
        return named, i - 2
    code = currencies.get(prev.lower_)
    # "USD", "$", "Rs.", and the title-case abbreviations "Rs", "Rp", "Tk", "KSh" ("R" and
    # "Rm" alone are too often other words)
    if code and (prev.is_upper or not prev.is_alpha or
                 prev.text in ("Rs", "Rp", "Tk", "KSh", "Ksh", "TSh", "Tsh", "Sh")):
        if i >= 2 and doc[i - 2].text in ("US", "U.S.") and prev.text == "$":
            return "USD", i - 2
        return code, i - 1
    return None, i


def _glued_scale(doc: Doc, i: int) -> bool:
    """'USD 600m', '3m tonnes': a letter glued to the number before it is its scale (the
    tokenizer split it off as if it were metres), unless a measure follows ('a 5m-high wall',
    '18m deep')."""
    if doc[i - 1].whitespace_ or doc[i].lower_ not in ("m", "b", "k"):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or not (after.text == "-" or after.lower_ in _MEASURE_WORDS)


def _naira_amount(doc: Doc, i: int, glued: re.Match[str]) -> bool:
    """'N1.2 trillion', 'N250,000', 'N5bn' are naira, as Nigerian copy writes them; 'the N2
    highway' is a road."""
    return bool(glued.group("scale") or re.search(r"[.,]", glued.group("num")) or
                i + 1 < len(doc) and doc[i + 1].lower_ in lexicon.SCALE_WORDS)


def read_amount(doc: Doc, i: int, currencies: dict[str, str]) -> Amount | None:
    """Read the amount whose number is token `i`."""
    token = doc[i]
    lower = token.lower_
    if lower in lexicon.MULTIPLIER_WORDS or \
            lower in lexicon.MULTIPLIER_VERBS and token.pos_ in ("VERB", "AUX"):
        # "twice", "roughly tripled", "more than doubling" (but "the doubling of the line" is
        # works)
        qualifier, start = _qualifier(doc, i)
        times = lexicon.MULTIPLIER_WORDS.get(lower) or lexicon.MULTIPLIER_VERBS[lower]
        return Amount(Decimal(times), "times", FigureKind.MULTIPLIER, qualifier, start, i + 1)
    glued = _GLUED.match(token.text)
    currency: str | None = None
    start = i
    if glued and glued.group("cur"):
        currency = currencies.get(glued.group("cur").lower())
        if currency is None or glued.group("cur") == "N" and not _naira_amount(doc, i, glued):
            return None
        value = _decimal(glued.group("num"))
    elif glued:
        value = _decimal(glued.group("num"))
    elif lower in lexicon.NUMBER_WORDS:
        value = _number_value(token)
    else:
        return None
    if value is None:
        return None
    end = i + 1
    scale_word = glued.group("scale") if glued else None
    # Compound numbers split over tokens: "1.5 million", "120.1 billion".
    # A lone letter ("5 m") is more often a unit than a scale: scale letters must be glued.
    if scale_word:
        value *= lexicon.SCALE_WORDS[scale_word]
    # Scale words, possibly stacked ("1.08 lakh crore"); a lone letter is more often a unit.
    while end < len(doc) and doc[end].lower_ in lexicon.SCALE_WORDS and (
            doc[end].lower_ not in ("m", "b", "k", "t") or _glued_scale(doc, end)):
        value *= lexicon.SCALE_WORDS[doc[end].lower_]
        end += 1
    if end < len(doc) and doc[end].lower_ == "hundred" and value < 100:
        value *= 100  # "one hundred firms", "five hundred workers"
        end += 1
    if end < len(doc) and doc[end].lower_ in ("m.", "b.", "k.") and \
            not doc[end - 1].whitespace_:
        value *= lexicon.SCALE_WORDS[doc[end].lower_[0]]  # "USD 600m." ending a sentence
        end += 1
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and \
            doc[end + 1].lower_ in lexicon.SCALE_WORDS and \
            doc[end + 1].lower_ not in ("m", "b", "k", "t") and \
            not (end + 2 < len(doc) and doc[end + 2].text == "-"):
        value *= lexicon.SCALE_WORDS[doc[end + 1].lower_]  # "a ₹320-crore plant"
        end += 2
    # "a 45-million-dollar centre", "a 9-billion-rand loan", "a 480-million-U.S.-dollar
    # project": the amount as an adjective
    if end + 3 < len(doc) and doc[end].text == "-" and \
            doc[end + 1].lower_ in lexicon.SCALE_WORDS and doc[end + 2].text == "-" and \
            not doc[end].whitespace_:
        word = doc[end + 3].lower_.removeprefix("u.s.-").removeprefix("us-")
        if word != doc[end + 3].lower_ and currencies.get(word) == "USD":
            value *= lexicon.SCALE_WORDS[doc[end + 1].lower_]
            currency, end = "USD", end + 4
        elif currencies.get(doc[end + 3].lower_):
            value *= lexicon.SCALE_WORDS[doc[end + 1].lower_]
            end += 3  # the currency word is read below
    if lower == "dozen" and i > 0 and doc[i - 1].lower_ in ("a", "one"):
        start = i - 1  # "a dozen" ("hundred" never opens an amount: "one hundred" is read above)
    if currency is None:
        currency, start = _currency_before(doc, start, currencies)
    percent = bool(glued and glued.group("pct"))
    unit: str | None = None
    kind: FigureKind
    if currency:
        kind, unit = FigureKind.MONEY, currency
    elif percent:
        kind, unit = FigureKind.PERCENT, "percent"
    else:
        kind = FigureKind.COUNT
    counted: Token | None = None
    if kind == FigureKind.COUNT and end + 1 < len(doc) and doc[end].text == "-" and \
            doc[end].whitespace_ == "" and (doc[end + 1].lower_ in lexicon.QUANTITY_UNITS or
                                            doc[end + 1].lower_ in ("percent", "pct")):
        end += 1  # "a 665-kilometer line", "a 25-percent stake"
    if kind == FigureKind.COUNT and end < len(doc):
        after = doc[end]
        if after.lower_.rstrip(".") in MONTHS and after.text[:1].isupper():
            return None  # "24 September 2025": a date
        two = " ".join(t.lower_ for t in doc[end : end + 2])
        if after.lower_ in lexicon.MULTIPLIER_NOUNS:
            qualifier, start = _qualifier(doc, start)
            return Amount(value, "times", FigureKind.MULTIPLIER, qualifier, start, end + 1)
        three = " ".join(t.lower_ for t in doc[end : end + 3])
        # "600-megawatt-hour", "6 million twenty-foot equivalent units": hyphened units,
        # looked up as written
        if doc[end].text == "-" and not doc[end].whitespace_ and end + 3 < len(doc) and \
                doc[end + 1 : end + 4].text.lower() in lexicon.QUANTITY_UNITS:
            end += 1  # "a 160,000-square-meter site"
        spelled = next((size for size in (5, 4, 3) if end + size <= len(doc) and
                        doc[end : end + size].text.lower() in lexicon.QUANTITY_UNITS), 0)
        if spelled:
            kind = FigureKind.QUANTITY
            unit = lexicon.QUANTITY_UNITS[doc[end : end + spelled].text.lower()]
            end += spelled
        elif after.text == "%" or after.lower_ in ("percent", "pct") or two == "per cent":
            kind, unit = FigureKind.PERCENT, "percent"
            end += 2 if two == "per cent" else 1
            if doc[end - 1].lower_ == "per" and end < len(doc):
                end += 1
        elif three in lexicon.QUANTITY_UNITS:
            kind, unit, end = FigureKind.QUANTITY, lexicon.QUANTITY_UNITS[three], end + 3
        elif two in lexicon.QUANTITY_UNITS:
            kind, unit, end = FigureKind.QUANTITY, lexicon.QUANTITY_UNITS[two], end + 2
        elif after.lower_ in lexicon.QUANTITY_UNITS:
            kind, unit, end = FigureKind.QUANTITY, lexicon.QUANTITY_UNITS[after.lower_], end + 1
        else:
            # "286.42 billion yuan", "5 trillion rupees", "150 billion Japanese yen"
            for size in (3, 2, 1):
                words = " ".join(t.lower_ for t in doc[end : end + size])
                code = currencies.get(words)
                if code and all(t.text.replace(".", "").isalpha() for t in doc[end : end + size]):
                    kind, unit, end = FigureKind.MONEY, code, end + size
                    break
    elif kind == FigureKind.MONEY and end < len(doc):
        # "$30 billion dollars" or "US$ 5 million USD": swallow a repeated currency word.
        if currencies.get(doc[end].lower_) == unit and doc[end].is_alpha:
            end += 1
    if kind == FigureKind.QUANTITY and unit == "km" and end + 1 < len(doc) and \
            doc[end].lower_ in ("per", "an") and doc[end + 1].lower_ == "hour":
        # "160 km per hour" is a speed; "2 million tonnes a year" stays in tonnes, as the
        # period is what the figure measures, not its unit
        unit, end = "km/h", end + 2
    if kind == FigureKind.COUNT and lower == "one" and end == i + 1 and \
            not (end < len(doc) and doc[end].lower_ == "dozen"):
        return None  # "one customer said", "one of the largest": no count
    if kind == FigureKind.COUNT:
        counted = _counted_noun(doc, i, end)
        if counted is None or counted.lower_ in _NOT_COUNTED:
            return None
        if counted.lower_ in _GROUP_NOUNS and value <= 12:
            return None  # "the two leaders", "five countries"; "300 business leaders" counts
        unit = counted.lemma_.lower() if counted.tag_ == "NNS" else counted.lower_
        unit = counted.lower_ if counted.lower_.endswith("s") else unit
        if start > 0 and doc[start - 1].lower_ in ("the", "these", "those", "its", "their"):
            return None  # "the five Central Asian countries" names a group, it counts nothing new
    qualifier, start = _qualifier(doc, start)
    assert unit is not None
    return Amount(value, unit, kind, qualifier, start, end, counted)


def _counted_noun(doc: Doc, i: int, end: int) -> Token | None:
    """The noun a bare number counts: its syntactic head ('20 ... projects'), or the next noun."""
    token = doc[i]
    head = token.head
    if token.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN") \
            and head.i > i:
        return head
    if token.dep_ in ("nummod",) and head.pos_ == "NUM":
        return _counted_noun(doc, head.i, end)
    for j in range(end, min(end + 5, len(doc))):
        if doc[j].pos_ == "NOUN":
            return doc[j]
        if doc[j].pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ"):
            break
    return None


def is_number_token(token: Token) -> bool:
    """Whether token can start an amount: digits (possibly glued to a currency), number words."""
    if token.lower_ in lexicon.MULTIPLIER_WORDS or token.lower_ in lexicon.MULTIPLIER_VERBS:
        return True
    if token.lower_ in lexicon.NUMBER_WORDS and token.lower_ not in ("hundred",):
        return token.pos_ == "NUM" or token.lower_ in ("dozen", "dozens")
    return bool(_GLUED.match(token.text))
