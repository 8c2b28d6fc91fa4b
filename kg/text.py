"""Small text helpers shared by readers, extraction and the graph."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, max_length: int = 60) -> str:
    """A lower-case ASCII slug for IRIs and file names ('Zürich Re & Co' -> 'zurich-re-co')."""
    # dashes separate words ("China–Kyrgyzstan"); the ASCII fold would drop them
    text = re.sub("[\u2010-\u2015]", "-", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "x"


def name_words(name: str) -> set[str]:
    """The lower-case words of a name, split at spaces and dashes ('China-Africa Expo' ->
    {'china', 'africa', 'expo'}): what two names of one thing share."""
    return set(re.split(r"[\s\-\u2013]+", name.lower()))


def spells(short: str, name: str) -> bool:
    """Whether one word spells a short form of `name` from its letters in order, the first
    two opening the name ('Hubco' from 'Hub Power Company', 'Codelco' from 'Corporación
    Nacional del Cobre'): the test of Schwartz and Hearst (2003) for abbreviations."""
    letters = short.lower()
    text = " ".join(w.lower() for w in re.split(r"[\s\-]+", name) if w)
    if len(letters) < 3 or not letters.isalpha() or not text.startswith(letters[:2]):
        return False
    rest = iter(text[2:])
    return all(c in rest for c in letters[2:])


_DATELINE_DASHES = (" -- ", " \u2014 ", " \u2013 ", " - ")


# "Rome, 20 June 2025 -", "PRESS RELEASE - Jakarta, 24 September 2025 –": a place in title
# case before a full date
_TITLED_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z ]+ [-\u2013\u2014] )?(?P<place>[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'-]+){0,2}), "
    r"(?:\d{1,2} [A-Z][a-z]+\.?|[A-Z][a-z]{2,}\.? \d{1,2})(?:,? \d{4})?"
    r"(?: \([^)]*\))?(?= [-\u2013\u2014]| ?$)")


# The first three letters of the months, which open every way of writing them ("Sep",
# "September"); MONTH, any of those ways in lower case
MONTH_STEMS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
MONTH = rf"{MONTH_STEMS}[a-z]*"
_DATE_AFTER_PLACE = re.compile(  # (the country may come first: "Côte d'Ivoire, 19 November")
    r" ?(?:[A-Z][^,]{0,30}, )?"
    rf"(?:\d|\(|(?i:{MONTH_STEMS})[a-z]*\.? \d)")


def _dateline_in(line: str) -> int:
    """Where a dateline that opens `line` ends (its offset in the line), else 0."""
    titled = _TITLED_DATELINE.match(line.rstrip("\n"))
    if titled:
        return titled.end()
    text = line[:160]
    head = text.lstrip()
    words = head.split(",", 1)[0]
    # ("MADRID/DUBAI, March 12 (Reuters) -": a story filed from two places)
    if words and words.replace(" ", "").replace("-", "").replace("/", "").isalpha() and \
            words.isupper() and "," in head:
        for dash in _DATELINE_DASHES:
            position = text.find(dash)
            if 0 < position < 120:
                return position
        # with no dash, a date must follow ("BEIJING, June 3"), not a headline's next words
        # ("UAE, Azerbaijan Sign 11 Agreements")
        if _DATE_AFTER_PLACE.match(head[len(words) + 1 :]):
            return len(text) - len(head) + len(words)
    return 0


def dateline_span(text: str) -> tuple[int, int]:
    """Character offsets (start, end) of the dateline ('TASHKENT, June 3 (Xinhua) --') that
    opens the story, which may come after a headline or a photo caption; (0, 0) if none.

    Dateline places say where the story was filed, not what it is about."""
    offset = 0
    for line in text[:2000].splitlines(keepends=True):
        end = _dateline_in(line)
        if end:
            return offset + len(line) - len(line.lstrip()), offset + end
        offset += len(line)
    return 0, 0


def dateline_place(text: str, span: tuple[int, int] | None = None) -> str | None:
    """The place a story was filed from ('TASHKENT' -> 'Tashkent', 'Rome'), if it has a
    dateline (`span`, when already found)."""
    start, end = span or dateline_span(text)
    if not end:
        return None
    line = text[start:end]
    titled = _TITLED_DATELINE.match(line)
    words = titled.group("place") if titled else line.split(",", 1)[0].split("/")[0]
    return " ".join(w.capitalize() if w.isupper() else w for w in words.split())


def dateline_dash_end(text: str, span: tuple[int, int] | None = None) -> int:
    """Character offset just past a dateline's dash ('BAKU, July 24 (Wire) - '), else 0: where
    the story's first sentence starts (`span`: the dateline, when already found)."""
    position = (span or dateline_span(text))[1]
    dash = next((d for d in _DATELINE_DASHES if text.startswith(d, position)), None)
    return position + len(dash) if position and dash else 0
