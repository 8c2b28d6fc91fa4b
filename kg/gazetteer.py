"""The gazetteers shipped in kg/data: countries, regions, cities, currencies, known organisations.

Loaded once per process (they are read-only). Keys are stable strings used as entity keys:
`country:CN`, `region:central-asia`, `city:tashkent`, `org:xinhua`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.errors import GazetteerError
from kg.text import slugify


@dataclass(frozen=True)
class Place:
    """A country, region or city."""

    key: str
    kind: str  # "country", "region" (world or sub-national) or "city"
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    country: str | None  # ISO alpha-2 of the containing country, for regions and cities
    iso2: str | None = None
    iso3: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class Currency:
    code: str
    names: tuple[str, ...]
    symbols: tuple[str, ...]
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnownOrganization:
    key: str
    name: str
    aliases: tuple[str, ...]
    cls: str  # an EntityClass value: Firm, GovernmentBody or Organization
    wikidata: str | None


def _rows(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GazetteerError(
            f"kg/data/{name} is missing; reinstall kg (pip install -e .)"
        ) from None
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = tuple(next(reader))
    if header != columns:
        raise GazetteerError(f"kg/data/{name}: header {header} should be {columns}")
    rows = []
    for number, row in enumerate(reader, start=2):
        if not row:
            continue
        if len(row) != len(columns):
            raise GazetteerError(
                f"kg/data/{name}, line {number}: {len(row)} fields, expected {len(columns)}"
            )
        rows.append(dict(zip(columns, (cell.strip() for cell in row), strict=True)))
    return rows


def _many(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


class Gazetteer:
    """All shipped gazetteers with look-ups by key and by surface form."""

    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self.currencies: dict[str, Currency] = {}
        self.organizations: dict[str, KnownOrganization] = {}
        for row in _rows(
            "countries.tsv",
            ("iso2", "iso3", "name", "aliases", "demonyms", "wikidata", "capital"),
        ):
            key = f"country:{row['iso2']}"
            self.places[key] = Place(
                key=key,
                kind="country",
                name=row["name"],
                aliases=_many(row["aliases"]),
                demonyms=_many(row["demonyms"]),
                country=row["iso2"],
                iso2=row["iso2"],
                iso3=row["iso3"] or None,
                wikidata=row["wikidata"] or None,
            )
        for row in _rows("regions.tsv", ("name", "aliases", "kind", "country", "wikidata")):
            self._add_place("region", row)
        for row in _rows("cities.tsv", ("name", "aliases", "country", "wikidata")):
            self._add_place("city", row)
        for row in _rows("currencies.tsv", ("code", "names", "symbols", "countries")):
            self.currencies[row["code"]] = Currency(
                row["code"], _many(row["names"]), _many(row["symbols"]), _many(row["countries"])
            )
        for row in _rows("organizations.tsv", ("name", "aliases", "class", "wikidata")):
            key = f"org:{slugify(row['name'])}"
            self.organizations[key] = KnownOrganization(
                key, row["name"], _many(row["aliases"]), row["class"], row["wikidata"] or None
            )
        # Derived look-ups, built once: the country each city or region lies in, and the
        # country each written form (name, alias, demonym) names.
        self.containing_country: dict[str, str] = {
            key: f"country:{place.country}" for key, place in self.places.items()
            if place.kind != "country" and place.country
        }
        forms = self.place_forms()
        self.country_by_form: dict[str, str] = {
            form: place.key for form, _role, place in forms if place.kind == "country"
        }
        # and the country each place's written form is or lies in (the first place with that
        # form: countries before regions and cities)
        self.country_of_place_form: dict[str, str | None] = {}
        for form, _role, place in forms:
            self.country_of_place_form.setdefault(
                form, place.key if place.kind == "country" else
                f"country:{place.country}" if place.country else None)

    def _add_place(self, kind: str, row: dict[str, str]) -> None:
        key = f"{kind}:{slugify(row['name'])}"
        if key in self.places:  # the same name twice: keep the first (the better known)
            return
        aliases = _many(row["aliases"])
        # Adjectival forms ("Central Asian") act like demonyms: they name the region as a modifier.
        demonyms = tuple(a for a in aliases if kind == "region" and _is_adjectival(a, row["name"]))
        self.places[key] = Place(
            key=key,
            kind=kind,
            name=row["name"],
            aliases=tuple(a for a in aliases if a not in demonyms),
            demonyms=demonyms,
            country=row.get("country") or None,
            wikidata=row["wikidata"] or None,
        )

    def place_forms(self) -> list[tuple[str, str, Place]]:
        """(surface form, role, place) for every name, alias and demonym; role is 'name' or
        'demonym'. Countries come first so that they win a clash with a city of the same name."""
        forms: list[tuple[str, str, Place]] = []
        for place in self.places.values():
            for name in (place.name, *place.aliases):
                forms.append((name, "name", place))
                first, _, last = name.rpartition(" ")
                if first and last in _UNIT_WORDS:  # "Zhambyl region" as well as "... Region"
                    forms.append((f"{first} {last.lower()}", "name", place))
                elif place.kind == "region" and last not in _UNIT_WORDS:
                    # "Yunnan Province", "Gujarat state": the province with its unit word
                    for unit in _UNIT_WORDS:
                        forms += [(f"{name} {unit}", "name", place),
                                  (f"{name} {unit.lower()}", "name", place)]
            for demonym in place.demonyms:
                forms.append((demonym, "demonym", place))
                for plural in _plurals(demonym):
                    forms.append((plural, "demonym", place))
        return forms

    def currency_by_word(self, home: tuple[str, ...] = ()) -> dict[str, str]:
        """Lower-case currency names and written symbols -> ISO 4217 code. A name several
        currencies share ('dirham', 'dinar', 'peso') goes to the currency of the `home`
        countries (ISO alpha-2) when one of them uses it: dirhams in a Moroccan story are MAD."""
        table: dict[str, str] = {}
        for currency in self.currencies.values():
            for word in (*currency.names, *currency.symbols, currency.code):
                table.setdefault(word.lower(), currency.code)
        # the most named home country last, so that its currency wins a shared word
        for country in reversed(home):
            for currency in (c for c in self.currencies.values() if country in c.countries):
                for name in (*currency.names, *currency.symbols):  # "Sh" in a Kenyan story
                    last = name.split()[-1]
                    plural = () if last.endswith("s") or not last.isalpha() else (f"{last}s",)
                    for word in (name, last, *plural):  # "manats" in an Azerbaijani story
                        # bare "dollars" stays USD: international news means the US dollar
                        if table.get(word.lower()) != currency.code and \
                                word.lower() not in ("dollar", "dollars"):
                            table[word.lower()] = currency.code
        return table


def _is_adjectival(alias: str, name: str) -> bool:
    """'Central Asian' for 'Central Asia', 'Middle Eastern' for 'Middle East': an alias that
    extends the name with an adjective ending."""
    stem = name.lower()[: max(3, len(name) - 2)]
    return (len(alias) > len(name) and alias.lower().startswith(stem)
            and alias.endswith(("an", "ern", "ese", "ic", "ish")) and " " not in alias[len(name):])


_UNIT_WORDS = frozenset({"Region", "Province", "State", "Oblast", "District", "County",
                         "Prefecture", "Governorate"})


def _plurals(demonym: str) -> tuple[str, ...]:
    if demonym.endswith(("ese", "ish", "ch", "sh", "ss")) or demonym.endswith("s"):
        return ()
    return (demonym + "s",)


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
