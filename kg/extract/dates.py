"""Dates and periods from DATE spans, resolved against the article's date.

Returns `Period` records holding ISO 8601 prefixes: 'April 2025' -> 2025-04; 'the first five
months of this year' (article of 2025-06-17) -> 2025-01 .. 2025-05; 'last year' -> 2024.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.records import Period
from kg.lexicon import NUMBER_WORDS

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}
_YEAR = r"(?:19|20)\d\d"


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _year_of(text: str, today: dt.date | None) -> int | None:
    """The year a phrase refers to: explicit, or relative to the article date."""
    match = re.search(rf"\b({_YEAR})\b", text)
    if match:
        return int(match.group(1))
    if today is None:
        return None
    if re.search(r"\b(last|previous|past) year\b", text):
        return today.year - 1
    if re.search(r"\bnext year\b", text):
        return today.year + 1
    return today.year


def resolve_date(phrase: str, today: dt.date | None) -> Period | None:
    """A Period for a date phrase, or None when it names no calendar time ('recent years')."""
    text = " ".join(phrase.lower().replace(",", " ").split())
    text = re.sub(r"^(the|as of|as at|by|in|on|since|during|until|through) ", "", text)
    text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", text)  # "22nd October"
    if re.search(r"\brecent|\bdecades?\b|\bcoming\b|\bfuture\b|\bpast \w+ years\b", text):
        return None
    match = re.search(rf"\b({_YEAR})-(\d\d)-(\d\d)\b", text)  # "2025-11-20 07:30"
    if match:
        return _day(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    year = _year_of(text, today)

    # "the first five months", "January-May", "the first half", "the first quarter"
    match = re.search(r"first (\w+) months", text)
    if match and year and (n := _number(match.group(1))):
        return Period(f"{year}-01", f"{year}-{n:02d}")
    match = re.search(r"(first|second|third|fourth|last) quarter|\bq([1-4])\b", text)
    if match and year:
        q = _ORDINALS.get(match.group(1) or "", 0) or int(match.group(2) or 1)
        return Period(f"{year}-{3 * q - 2:02d}", f"{year}-{3 * q:02d}")
    match = re.search(r"(first|second) half|\bh([12])\b", text)
    if match and year:
        h = 1 if (match.group(1) == "first" or match.group(2) == "1") else 2
        return Period(f"{year}-{6 * h - 5:02d}", f"{year}-{6 * h:02d}")
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    match = re.search(rf"\b({month_names})\.?\s*(?:-|to|through|–)\s*({month_names})\b", text)
    if match and year:
        first, last = MONTHS[match.group(1)], MONTHS[match.group(2)]
        return Period(f"{year}-{first:02d}", f"{year}-{last:02d}")
    match = re.search(rf"\b({month_names})\.? (\d{{1,2}})\b(?! ?(?:19|20)\d\d\b)?", text)
    if match and year and int(match.group(2)) <= 31:
        return _day(year, MONTHS[match.group(1)], int(match.group(2)))
    match = re.search(rf"\b(\d{{1,2}}) ({month_names})\b", text)
    if match and year:
        return _day(year, MONTHS[match.group(2)], int(match.group(1)))
    match = re.search(rf"\b({month_names})\b", text)
    if match and year:
        month = MONTHS[match.group(1)]
        if today is not None and not re.search(rf"\b{_YEAR}\b", text) and \
                year == today.year and month > today.month:
            year -= 1  # "in September", said in March: last September
        return Period(f"{year}-{month:02d}")
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text) and today is not None:
            back = (today.weekday() - i) % 7
            return Period((today - dt.timedelta(days=back)).isoformat())
    if re.search(r"\b(today|yesterday)\b", text) and today is not None:
        delta = 1 if "yesterday" in text else 0
        return Period((today - dt.timedelta(days=delta)).isoformat())
    if re.search(rf"\b{_YEAR}\b|\byear\b", text) and year:
        return Period(str(year))
    return None


def _day(year: int, month: int, day: int) -> Period | None:
    try:
        return Period(dt.date(year, month, day).isoformat())
    except ValueError:
        return None


def infer_article_date(date_phrases: list[str]) -> dt.date | None:
    """An article with no date in its metadata is dated by the latest full date it mentions
    (a dated caption or event). Year-less dates take the latest year the article names."""
    years = [int(y) for p in date_phrases for y in re.findall(rf"\b({_YEAR})\b", p)]
    if not years:
        return None
    default = dt.date(max(years), 12, 31)
    days = []
    for phrase in date_phrases:
        period = resolve_date(phrase, default)
        if period and len(period.start) == 10 and re.search(r"\d", phrase):
            days.append(dt.date.fromisoformat(period.start))
    return max(days) if days else None
