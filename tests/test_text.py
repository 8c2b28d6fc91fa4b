"""Small text helpers (kg/text.py): datelines, short names spelt from full ones."""

from __future__ import annotations

import pytest

from kg.text import dateline_place, dateline_span, spells


@pytest.mark.parametrize(("text", "place"), [
    ("TASHKENT, May 14 (Eurasia Wire) - Saudi Arabia's ACWA Power signed ...", "Tashkent"),
    ("# Fair ends\n\nBuyers in Nairobi, May 3, 2025. (Xinhua)\n\nNAIROBI, May 4 (Xinhua) -- "
     "The fair ended.", "Nairobi"),
    ("PRESS RELEASE - Rome, 20 June 2025\n\nThe Ministry announces ...", "Rome"),
    ("Jakarta, 24 September 2025 \u2013 The Ministry of Investment today ...", "Jakarta"),
    ("Funds buy grid\n\nLIMA/SANTIAGO, March 12 (Wire) - Two funds agreed ...", "Lima"),
    # a headline that opens with an abbreviation and a comma is no dateline
    ("UAE, Oman Sign Deals\n\nMUSCAT, 22nd October, 2025 (ONA) -- Oman and ...", "Muscat"),
    ("Road opens\n\nPODGORICA, Montenegro, July 8, 2025 (AFP) -\nThe road ...", "Podgorica"),
])
def test_datelines_in_capitals_or_title_case_after_a_headline(text: str, place: str) -> None:
    start, end = dateline_span(text)
    assert place.upper() in text[start:end].upper()
    assert dateline_place(text) == place


@pytest.mark.parametrize("text", [
    "China, the largest partner, said it would invest.",
    "Kazakhstan, June 3 was a good day for trade.",
    "TRADE TIES\n\nChina has been the largest partner.",
    "UAE, Oman Sign Five Agreements on Ports\n\nThe two countries signed ...",
])
def test_sentences_that_open_with_a_name_have_no_dateline(text: str) -> None:
    assert dateline_span(text) == (0, 0) and dateline_place(text) is None


def test_spells_reads_letters_in_order_from_the_name_s_start() -> None:
    assert spells("Hubco", "Hub Power Company")
    assert spells("Codelco", "Corporación Nacional del Cobre de Chile")
    assert not spells("Power", "Hub Power Company")  # not from its start
    assert not spells("Hubs", "Hub Power Company")  # no 's' to spell it
