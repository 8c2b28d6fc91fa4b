"""Figures: value in base units, unit, qualifier, measures, about, date, source, change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.records import Extraction, Figure, FigureKind, Period, Qualifier
from tests.extract.test_relations import labels


def figure(extraction: Extraction, text: str) -> Figure:
    matches = [f for f in extraction.figures if f.text == text]
    assert matches, f"no figure {text!r} in {[f.text for f in extraction.figures]}"
    return matches[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "kind"),
    [
        ("Exports reached $120.1 billion.", "$120.1 billion", "120100000000", "USD",
         FigureKind.MONEY),
        ("The fund holds USD4.2 bln in assets.", "USD4.2 bln", "4200000000", "USD",
         FigureKind.MONEY),
        ("Trade hit 286.42 billion yuan.", "286.42 billion yuan", "286420000000", "CNY",
         FigureKind.MONEY),
        ("The bank lent RMB 12 billion to the project.", "RMB 12 billion", "12000000000",
         "CNY", FigureKind.MONEY),
        ("Output rose 10.4 percent.", "10.4 percent", "10.4", "percent", FigureKind.PERCENT),
        ("Costs fell 3% on the year.", "3%", "3", "percent", FigureKind.PERCENT),
        ("The wind farm will have 1,500 MW of capacity.", "1,500 MW", "1500", "MW",
         FigureKind.QUANTITY),
        ("The line runs 1,300 km across the steppe.", "1,300 km", "1300", "km",
         FigureKind.QUANTITY),
        ("Investors opened five plants in Kenya.", "five plants", "5", "plants",
         FigureKind.COUNT),
        ("Exports to Brazil doubled to twice the level of 2020.", "twice", "2", "times",
         FigureKind.MULTIPLIER),
        ("Sany opened a 45-million-dollar plant.", "45-million-dollar", "45000000", "USD",
         FigureKind.MONEY),
        ("It lent a 9-billion-rand sum to Transnet.", "9-billion-rand", "9000000000", "ZAR",
         FigureKind.MONEY),
        ("Trains will run at 160 km per hour.", "160 km per hour", "160", "km/h",
         FigureKind.QUANTITY),
        ("The mill makes 2.4 million tonnes per year.", "2.4 million tonnes per year",
         "2400000", "tonnes", FigureKind.QUANTITY),
        # the hyphened forms of state-media copy
        ("It is a 480-million-U.S.-dollar project.", "480-million-U.S.-dollar", "480000000",
         "USD", FigureKind.MONEY),
        ("Hengrui holds a 25-percent stake.", "25-percent", "25", "percent",
         FigureKind.PERCENT),
        ("It adds a 600-megawatt-hour battery.", "600-megawatt-hour", "600", "MWh",
         FigureKind.QUANTITY),
        ("The port handled 6 million twenty-foot equivalent units.",
         "6 million twenty-foot equivalent units", "6000000", "TEU", FigureKind.QUANTITY),
        ("Trade with Oman roughly tripled.", "roughly tripled", "3", "times",
         FigureKind.MULTIPLIER),
        ("It is a 400,000-barrel-per-day refinery.", "400,000-barrel-per-day", "400000",
         "barrels per day", FigureKind.QUANTITY),
        ("It covers a 160,000-square-meter site.", "160,000-square-meter", "160000",
         "square meters", FigureKind.QUANTITY),
        # the unit as the copy spells it: American "cubic meters", British m3
        ("Exports reached 26.4 billion cubic meters.", "26.4 billion cubic meters",
         "26400000000", "cubic meters", FigureKind.QUANTITY),
        ("Exports reached 16 billion cubic metres.", "16 billion cubic metres",
         "16000000000", "m3", FigureKind.QUANTITY),
        ("It will build 438 km of 225 kV lines.", "225 kV", "225", "kV", FigureKind.QUANTITY),
        ("The channel will be dredged to 14.5 metres.", "14.5 metres", "14.5", "m",
         FigureKind.QUANTITY),
        ("It leases a 3,100-acre estate.", "3,100-acre", "3100", "acres", FigureKind.QUANTITY),
        ("Senegal will add CFA francs 3.9 billion.", "CFA francs 3.9 billion", "3900000000",
         "XOF", FigureKind.MONEY),
        ("One hundred firms joined.", "One hundred", "100", "firms", FigureKind.COUNT),
        # South and South-East Asian money
        ("Tata invested Rs 1,240 crore in Kenya.", "Rs 1,240 crore", "12400000000", "INR",
         FigureKind.MONEY),
        ("It opened a ₹320-crore plant.", "₹320-crore", "3200000000", "INR", FigureKind.MONEY),
        ("Deals worth Rp 52 trillion were signed.", "Rp 52 trillion", "52000000000000",
         "IDR", FigureKind.MONEY),
        ("Kenya signed a Sh16.8 billion road contract.", "Sh16.8 billion", "16800000000",
         "KES", FigureKind.MONEY),
        ("Indonesia approved Rp136.7 trillion of projects.", "Rp136.7 trillion",
         "136700000000000", "IDR", FigureKind.MONEY),
        # the rand's "R" glued to its number, as South African papers write it
        ("Transnet will spend R986bn on ports.", "R986bn", "986000000000", "ZAR",
         FigureKind.MONEY),
        # a scale letter glued to the number (which the tokenizer splits off as metres)
        ("It will invest about USD 600m.", "about USD 600m", "600000000", "USD",
         FigureKind.MONEY),
        ("The port moves 3m tonnes a year.", "3m tonnes", "3000000", "tonnes",
         FigureKind.QUANTITY),
        # thousands set apart by spaces, as South African and European copy writes them
        ("The smelter will treat 145 000 t/y of concentrate.", "145 000 t/y", "145000",
         "tonnes", FigureKind.QUANTITY),
        ("The mine employs 12 300 people.", "12 300", "12300", "people", FigureKind.COUNT),
        ("Output fell to 1 250 000 t.", "1 250 000 t", "1250000", "tonnes",
         FigureKind.QUANTITY),
        # the naira's "N" glued to an amount, as Nigerian papers write it
        ("Lagos banks lent N2.4 trillion to refiners.", "N2.4 trillion", "2400000000000",
         "NGN", FigureKind.MONEY),
        ("Each grant is worth N350,000.", "N350,000", "350000", "NGN", FigureKind.MONEY),
    ],
)
def test_amounts(extract, sentence: str, text: str, value: str, unit: str,
                 kind: FigureKind) -> None:
    found = [f for f in extract(sentence).figures]
    assert any(f.value == Decimal(value) and f.unit == unit and f.kind == kind for f in found), \
        [(f.text, f.value, f.unit, f.kind) for f in found]
    assert any(text in f.text or f.text in text for f in found)


def test_not_figures(extract) -> None:
    text = ("In 2024 the five Central Asian countries marked 30 years of ties, and the "
            "first meeting of 5G firms took place. The doubling of the line is complete.")
    assert extract(text).figures == ()
    # a day before its month, a vague fraction, "one" of a thing
    text = ("Press release, 24 September 2025. The country mines about three-quarters of the "
            "world's cobalt, one customer said.")
    assert extract(text).figures == ()


def test_qualifiers(extract) -> None:
    extraction = extract("Nearly 2 million tonnes were shipped and more than 20 projects "
                         "worth up to $9 billion started.")
    assert figure(extraction, "Nearly 2 million tonnes").qualifier == Qualifier.APPROXIMATELY
    assert figure(extraction, "Nearly 2 million tonnes").value == Decimal(2_000_000)
    assert figure(extraction, "more than 20").qualifier == Qualifier.MORE_THAN
    assert figure(extraction, "up to $9 billion").qualifier == Qualifier.UP_TO
    exceeded = extract("Japan's investment in India has exceeded $40 billion.")
    assert figure(exceeded, "$40 billion").qualifier == Qualifier.MORE_THAN


def test_measures_about_and_date(extract) -> None:
    extraction = extract("As of March 2025, Japan's cumulative investment in India has "
                         "reached $40 billion.")
    found = figure(extraction, "$40 billion")
    assert found.measures is not None and "cumulative investment" in found.measures
    assert set(found.about) == {"country:JP", "country:IN"}
    assert found.date == Period("2025-03")


def test_change_and_base_are_two_linked_figures(extract) -> None:
    extraction = extract("Brazil's exports to China rose 8.1 percent in the first half of "
                         "this year to reach 32.5 billion dollars, customs data showed.")
    change = figure(extraction, "8.1 percent")
    base = figure(extraction, "32.5 billion dollars")
    assert base.unit == "USD" and base.value == Decimal("32500000000")
    assert change.change_of == base.id
    assert change.date == Period("2025-01", "2025-06")
    assert "country:BR" in base.about


@pytest.mark.parametrize(
    ("text", "source_key"),
    [
        ("Trade grew 5 percent, according to data from the Ministry of Finance.",
         "governmentbody:ministry-of-finance"),
        ("Exports rose 5 percent last year, Reuters reported.", "org:reuters"),
        ("Egypt received $35 billion, Prime Minister Mostafa Madbouly said.",
         "person:mostafa-madbouly"),
        ("Cargo rose 9 percent, according to the Caspian Shipping Association, which groups "
         "operators from Kazakhstan.", "organization:caspian-shipping-association"),
    ],
)
def test_sources(extract, text: str, source_key: str) -> None:
    [found] = extract(text).figures
    assert found.reported_by == source_key
    assert source_key not in found.about


def test_paragraph_attribution_carries_to_earlier_sentences(extract) -> None:
    text = ("Twelve new plants opened in Vietnam. Another 300 engineers were trained, "
            "Tran Van Minh said.\nOutput rose 4 percent.")
    extraction = extract(text)
    assert figure(extraction, "Twelve").reported_by == "person:tran-van-minh"
    assert figure(extraction, "4 percent").reported_by is None


def test_hyphenated_quantity(extract) -> None:
    found = figure(extract("Contractors are building a 665-kilometer line."), "665-kilometer")
    assert found.unit == "km" and found.kind == FigureKind.QUANTITY


def test_us_dollars_is_a_currency_not_a_country(extract) -> None:
    extraction = extract("Bilateral trade reached 41 billion U.S. dollars last year.")
    found = figure(extraction, "41 billion U.S. dollars")
    assert found.unit == "USD" and found.value == Decimal("41000000000")
    assert "country:US" not in {e.key for e in extraction.entities}


def test_shared_currency_names_follow_the_articles_country(extract) -> None:
    text = ("Morocco approved the plan. Morocco expects 319 billion dirhams of investment, "
            "Morocco's ministry said.")
    assert figure(extract(text), "319 billion dirhams").unit == "MAD"
    assert figure(extract("The fund holds 2 billion dirhams."), "2 billion dirhams").unit == "AED"
    text = "Azerbaijan's port grew. Azerbaijan will spend 714 million manats on it."
    assert figure(extract(text), "714 million manats").unit == "AZN"  # a plural of the name


def test_the_upper_end_of_a_range_is_not_a_figure(extract) -> None:
    texts = [f.text for f in extract("Discounts narrowed to $2-3 a barrel.").figures]
    assert texts == ["$2"]


def test_growth_after_the_amount_is_linked_to_it(extract) -> None:
    extraction = extract("Bilateral trade hit a record 181.5 billion U.S. dollars in 2023, up "
                         "6.1 percent year on year.")
    change = figure(extraction, "6.1 percent")
    base = figure(extraction, "181.5 billion U.S. dollars")
    assert change.change_of == base.id
    assert change.measures == "growth of Bilateral trade"


def test_dateline_agency_is_not_what_a_figure_is_about(extract) -> None:
    text = "BEIJING, Feb. 14 (Xinhua) -- China and Brazil signed 37 cooperation agreements."
    [found] = extract(text).figures
    assert "org:xinhua" not in found.about and "country:CN" in found.about


@pytest.mark.parametrize(("text", "unit"), [("NZ$1.6 billion", "NZD"), ("HK$2 billion", "HKD"),
                                            ("A$500 million", "AUD")])
def test_dollar_prefixes(extract, text: str, unit: str) -> None:
    assert figure(extract(f"Trade was worth {text} last year."), text).unit == unit


def test_large_counts_of_group_nouns_are_figures(extract) -> None:
    assert figure(extract("The prime minister hosted more than 300 business leaders."),
                  "more than 300").unit == "leaders"


def test_measures_from_what_the_amount_is_in(extract) -> None:
    found = figure(extract("Vietnam attracted $21.5 billion in foreign direct investment."),
                   "$21.5 billion")
    assert found.measures == "foreign direct investment"


def test_a_demonym_is_no_source(extract) -> None:
    text = "The fund will invest $5 billion in mining, Pakistani officials said."
    [found] = extract(text).figures
    assert found.reported_by is None


def test_dateline_is_never_what_a_figure_measures(extract) -> None:
    text = "TASHKENT, Oct 2 (Wire) - Uzbekneftegaz has signed a $1.1 billion deal with CNPC."
    found = figure(extract(text), "$1.1 billion")
    assert found.measures is None or "TASHKENT" not in found.measures


def test_a_figure_of_the_sources_own_is_about_the_source(extract) -> None:
    extraction = extract("The Panama Canal Authority said its revenue fell 12 percent last "
                         "year.")
    [figure] = extraction.figures
    assert any("panama-canal-authority" in key for key in figure.about)


def test_a_measure_of_a_works_referred_back_to_is_about_it(extract) -> None:
    extraction = extract("China will rebuild the Benguela Railway. Opened in 1929, the "
                         "1,344 km line links Lobito with Luau.")
    [figure] = extraction.figures
    assert "project:benguela-railway" in figure.about


def test_it_and_its_stand_for_the_subject_before(extract) -> None:
    extraction = extract("Gulf Gateway Ports took over the terminal last month. It has pledged "
                         "to invest $700 million. The Metro Manila Subway Project will run "
                         "33 km. Its total cost is estimated at 488.5 billion pesos.")
    about = {figure.text: figure.about for figure in extraction.figures}
    assert any("gulf-gateway-ports" in key for key in about["$700 million"])
    assert "project:metro-manila-subway-project" in about["488.5 billion"]


def test_what_is_estimated_is_no_source(extract) -> None:
    extraction = extract("The Lagos Metro will run 30 km. Its total cost is estimated at "
                         "$2 billion.")
    assert all(figure.reported_by is None for figure in extraction.figures)


def test_the_country_is_the_subject_before_or_the_country_named_last(extract) -> None:
    extraction = extract(
        "Australia has what India lacks. The country mined about 86,000 tonnes of lithium in "
        "2023. Ana Silva, Chile's mining minister, said the government wants at least 30 "
        "percent of the country's lithium output processed at home, with European support.")
    about = {figure.text: figure.about for figure in extraction.figures}
    assert about["about 86,000 tonnes"] == ("country:AU",)
    assert "country:CL" in about["at least 30 percent"]


def test_a_headline_figure_the_story_repeats_is_one_figure(extract) -> None:
    extraction = extract("# Fair seals deals worth 3.2 bln USD\n\nNAIROBI, May 4 (Xinhua) -- "
                         "The fair sealed deals worth 3.2 billion U.S. dollars, up 8 percent.")
    assert [f.text for f in extraction.figures if f.unit == "USD"] == \
        ["3.2 billion U.S. dollars"]


def test_a_number_glued_to_its_unit(extract) -> None:
    extraction = extract("The complex will have 1.1GW of electrolysers and a 700MW wind farm.")
    assert figure(extraction, "1.1GW").unit == "GW"
    assert figure(extraction, "700MW").value == Decimal(700)


def test_an_event_or_agreement_is_the_setting_of_a_figure_not_its_subject(extract) -> None:
    extraction = extract("More than 300 entrepreneurs attended the China-Egypt Investment "
                         "Forum in Cairo, where 17 deals worth $2.4 billion were signed. At the "
                         "forum, Egypt said its exports to China rose 30 percent.")
    label = labels(extraction)
    deals = figure(extraction, "$2.4 billion")
    assert "China-Egypt Investment Forum" in [label[a] for a in deals.about]
    # the setting is named as well as, never instead of, what the figure concerns
    exports = [label[a] for a in figure(extraction, "30 percent").about]
    assert "Egypt" in exports and "China" in exports


def test_deals_signed_on_its_sidelines_are_at_the_event_told_of_before(extract) -> None:
    extraction = extract("The China-Gulf Energy Forum opened in Salalah. The forum brought "
                         "together more than 300 officials. Twelve agreements worth 2.7 billion "
                         "dollars were signed on its sidelines.")
    label = labels(extraction)
    assert "China-Gulf Energy Forum" in [label[a] for a in
                                         figure(extraction, "2.7 billion dollars").about]


def test_data_from_a_body_show_is_the_source_not_the_topic(extract) -> None:
    [found, _] = extract("Trade reached $25.2 billion in 2024, up 10.5 percent, data from the "
                         "commerce ministry show.").figures
    assert found.reported_by == "governmentbody:commerce-ministry"
    assert found.reported_by not in found.about


def test_a_day_before_spaced_digits_is_no_thousands_group(extract) -> None:
    texts = [f.text for f in extract("On March 14 800 miners walked out at the Kitwe shaft.")
             .figures]
    assert "800" in texts
    assert not any("14" in text for text in texts)


def test_a_road_numbered_with_n_is_no_naira(extract) -> None:
    assert not [f for f in extract("Traffic on the N7 highway to Kano rose.").figures
                if f.unit == "NGN"]

