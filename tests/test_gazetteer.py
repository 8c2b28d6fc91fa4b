"""The shipped gazetteers' look-ups."""

from __future__ import annotations

from kg.gazetteer import load_gazetteer


def test_a_shared_currency_word_goes_to_the_most_named_home_country() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.currency_by_word(("KE", "TZ"))["sh"] == "KES"
    assert gazetteer.currency_by_word(("TZ", "KE"))["sh"] == "TZS"
    assert gazetteer.currency_by_word(("MA",))["dirhams"] == "MAD"
    # the dollar stays the US dollar wherever the story is
    assert gazetteer.currency_by_word(("AU",))["dollars"] == "USD"
