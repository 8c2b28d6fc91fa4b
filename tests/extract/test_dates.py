from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import infer_article_date, resolve_date
from kg.extract.records import Period

TODAY = dt.date(2025, 6, 17)  # a Tuesday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("As of April 2025", Period("2025-04")),
        ("2026-03-04 09:15", Period("2026-03-04")),  # a byline's ISO timestamp
        ("the first five months of this year", Period("2025-01", "2025-05")),
        ("the first quarter of 2024", Period("2024-01", "2024-03")),
        ("the first half of this year", Period("2025-01", "2025-06")),
        ("January-May", Period("2025-01", "2025-05")),
        ("last year", Period("2024")),
        ("This year alone", Period("2025")),
        ("May 20, 2025", Period("2025-05-20")),
        ("20 March 2025", Period("2025-03-20")),
        ("22nd October, 2025", Period("2025-10-22")),  # a Gulf agency's dateline
        ("March 3rd, 2026", Period("2026-03-03")),
        ("Sunday", Period("2025-06-15")),
        ("Tuesday", Period("2025-06-17")),
        ("recent years", None),
    ],
)
def test_resolve_date(phrase: str, expected: Period | None) -> None:
    assert resolve_date(phrase, TODAY) == expected


def test_article_date_is_the_latest_full_date_mentioned() -> None:
    assert infer_article_date(["May 20, 2025", "June 16 to 18", "April 2025"]) == \
        dt.date(2025, 6, 16)
    assert infer_article_date(["recent years"]) is None


def test_a_later_month_without_a_year_is_last_years() -> None:
    assert resolve_date("in September", dt.date(2025, 3, 18)) == Period("2024-09")
    assert resolve_date("in February", dt.date(2025, 3, 18)) == Period("2025-02")
