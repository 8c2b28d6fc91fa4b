"""Entity resolution within an article: one node per thing, other forms as aliases."""

from __future__ import annotations

from kg.extract.records import Entity, EntityClass, Extraction
from tests.extract.test_relations import by_class


def entity(extraction: Extraction, key: str) -> Entity:
    found = {e.key: e for e in extraction.entities}
    assert key in found, sorted(found)
    return found[key]


def test_abbreviation_and_its_later_use(extract) -> None:
    text = ("The Ministry of Energy (MOE) announced the plan. Officials at MOE said output "
            "would double.")
    extraction = extract(text)
    ministry = entity(extraction, "governmentbody:ministry-of-energy")
    assert ministry.cls == EntityClass.GOVERNMENT_BODY
    assert ministry.aliases == ("MOE",)
    assert not [e for e in extraction.entities if e.label == "MOE"]


def test_surname_and_short_firm_name(extract) -> None:
    text = ("Aigerim Sadykova, chief executive of Steppe Copper Mining Ltd, spoke in Almaty. "
            "Sadykova said Steppe Copper would hire 400 workers.")
    extraction = extract(text)
    person = entity(extraction, "person:aigerim-sadykova")
    assert "Sadykova" in person.aliases
    firms = [e for e in extraction.entities if e.cls == EntityClass.FIRM]
    assert len(firms) == 1 and firms[0].label == "Steppe Copper Mining Ltd"
    assert "Steppe Copper" in firms[0].aliases


def test_demonyms_resolve_to_countries(extract) -> None:
    extraction = extract("Kazakh exporters met Kazakhstan's trade ministry and Chinese buyers.")
    kazakhstan = entity(extraction, "country:KZ")
    assert kazakhstan.label == "Kazakhstan"
    assert "Kazakh" in kazakhstan.aliases
    assert entity(extraction, "country:KZ").iso_code == "KZ"
    assert entity(extraction, "country:CN").wikidata == "Q148"


def test_dateline_place_is_not_an_entity(extract) -> None:
    extraction = extract("NAIROBI, March 3 (Wire) - Kenya signed a rail deal with Ethiopia.")
    keys = {e.key for e in extraction.entities}
    assert "city:nairobi" not in keys
    assert {"country:KE", "country:ET"} <= keys


def test_a_place_does_not_take_another_names_acronym(extract) -> None:
    text = ("The line is run by PT Kereta Cepat Indonesia China (KCIC), a joint venture. "
            "KCIC said traffic grew.")
    extraction = extract(text)
    china = [e for e in extraction.entities if e.key == "country:CN"]
    assert not china or "KCIC" not in china[0].aliases
    firm = [e for e in extraction.entities if "KCIC" in (e.label, *e.aliases)]
    assert firm and firm[0].cls == EntityClass.FIRM


def test_a_bodys_head_word_alone_is_its_short_form(extract) -> None:
    text = ("Kenya's National Treasury approved the loan. Officials at the Treasury said jobs "
            "would follow.")
    extraction = extract(text)
    treasury = [e for e in extraction.entities if e.label == "National Treasury"]
    assert treasury and "Treasury" in treasury[0].aliases
    assert len([e for e in extraction.entities if e.cls == EntityClass.GOVERNMENT_BODY]) == 1


def test_a_bodys_last_two_words_are_its_short_form(extract) -> None:
    text = ("The Asian Infrastructure Bank Group approved a loan from the Asia Green Fund, the "
            "Bank Group's concessional window.")
    extraction = extract(text)
    group = [e for e in extraction.entities if e.label == "Asian Infrastructure Bank Group"]
    assert group and "Bank Group" in group[0].aliases
    assert not [e for e in extraction.entities if e.label == "Bank Group"]


def test_a_group_named_before_its_arm_in_a_country_is_not_the_arm(extract) -> None:
    extraction = extract(
        "Samsung opened its first plant in Vietnam, Samsung Electronics Vietnam (SEV), in "
        "2008. PT Vale Indonesia runs the mine, and Vale keeps a 42% stake.")
    labels = {e.label: e.aliases for e in extraction.entities if e.cls == EntityClass.FIRM}
    assert "Samsung" in labels and "Samsung Electronics Vietnam" in labels
    assert "Vale" in labels.get("PT Vale Indonesia", ())


def test_better_known_as_names_one_firm(extract) -> None:
    extraction = extract("Hon Hai Precision Industry Co., better known as Foxconn, opened a "
                         "plant. Foxconn will hire 5,000 workers.")
    [firm] = [e for e in extraction.entities if e.cls == EntityClass.FIRM]
    assert firm.label == "Hon Hai Precision Industry Co."
    assert "Foxconn" in firm.aliases


def test_abbreviations_with_lower_case_letters_or_two_words(extract) -> None:
    extraction = extract("Drivers train with East Japan Railway Co (JR East). JR East advised "
                         "the Ministry of Railways (MoR). MoR agreed.")
    names = {e.label: e.aliases for e in extraction.entities}
    assert names == {"East Japan Railway Co": ("JR East",), "Ministry of Railways": ("MoR",)}


def test_two_countries_ministries_of_one_name_are_two(extract) -> None:
    extraction = extract(
        "Al Noor Power signed an agreement with Kazakhstan's Ministry of Energy. Qamar Energy "
        "signed one with the Ministry of Energy of Uzbekistan. Dilshod Yusupov, Uzbekistan's "
        "deputy minister of energy, welcomed it.")
    kazakh = entity(extraction, "governmentbody:ministry-of-energy")
    assert "Kazakhstan's Ministry of Energy" in kazakh.aliases
    uzbek = entity(extraction, "governmentbody:ministry-of-energy-of-uzbekistan")
    found = {(r.subject, r.predicate.value, r.object) for r in extraction.relations}
    assert ("person:dilshod-yusupov", "holdsPositionIn", uzbek.key) in found


def test_an_abbreviation_of_common_nouns_names_nothing(extract) -> None:
    extraction = extract(
        "A free trade agreement (FTA) between the European Union and India is near. India "
        "wants relief from the carbon border adjustment mechanism (CBAM). CBAM is a levy.")
    labels = {e.label for e in extraction.entities}
    assert not labels & {"FTA", "CBAM"}
    assert "European Union" in labels


def test_a_district_named_with_and_without_its_unit_is_one_place(extract) -> None:
    extraction = extract(
        "The plant lies in Peru's Áncash region. Officials in Áncash welcomed it. The dam is "
        "on the Sun Koshi river in Nepal's Sindhupalchok district.")
    regions = {e.label: e for e in extraction.entities if e.cls == EntityClass.REGION}
    assert "Áncash" in regions["Áncash region"].aliases and "Áncash" not in regions
    assert "Sindhupalchok district" in regions and "Sun Koshi river" in regions


def test_a_known_short_name_in_parentheses_names_the_full_name(extract) -> None:
    extraction = extract("The venture joins state copper giant Corporación Nacional del Cobre "
                         "de Chile (Codelco) and SQM. Codelco will hold half.")
    codelco = entity(extraction, "org:codelco")
    assert "Corporación Nacional del Cobre de Chile" in (codelco.label, *codelco.aliases)
    assert not [e for e in extraction.entities if e.key.startswith("firm:corporacion")]


def test_european_in_a_story_about_the_union_is_the_union(extract) -> None:
    extraction = extract("The European Union met Kazakhstan. European investors had put $170 "
                         "billion into Kazakhstan.")
    union = entity(extraction, "org:european-union")
    assert "European" in union.aliases
    assert not [e for e in extraction.entities if e.key == "region:europe"]


def test_first_and_last_name_of_a_longer_name(extract) -> None:
    extraction = extract("The deals were signed in the presence of Dr. Hazem Abdel-Latif Salem, "
                         "Minister of Investment. Commenting on the signing, Dr. Hazem Salem "
                         "stated that the agreements matter.")
    people = [e for e in extraction.entities if e.cls == EntityClass.PERSON]
    assert [(p.label, p.aliases) for p in people] == [("Hazem Abdel-Latif Salem",
                                                       ("Hazem Salem",))]


def test_a_surname_opening_with_a_particle(extract) -> None:
    extraction = extract("The talks were opened by H.E. Khalid Nasser Al Hammadi, Minister of "
                         "State. Later, H.E. Al Hammadi met Roberto Carvalho da Silva, and Mr "
                         "da Silva praised the plan.")
    people = {p.label: p.aliases for p in extraction.entities if p.cls == EntityClass.PERSON}
    assert people == {"Khalid Nasser Al Hammadi": ("Al Hammadi",),
                      "Roberto Carvalho da Silva": ("da Silva",)}


def test_an_abbreviation_after_a_description_spells_a_name_before(extract) -> None:
    extraction = extract("Investors asked what the Qatar Kenya Holding Company will buy. The "
                         "company (QKHC), a unit of the Qatar Investment Authority, was set up "
                         "in 2023. Since then, QKHC has been quiet.")
    firms = {e.label: e.aliases for e in extraction.entities if e.cls == EntityClass.FIRM}
    assert "QKHC" in firms["Qatar Kenya Holding Company"]
    assert "QKHC" not in firms


def test_the_capitalised_head_of_an_event_is_the_event_named_before(extract) -> None:
    extraction = extract(
        "Deals worth $3 billion were signed at the Lusaka Mining Indaba Summit in May. The "
        "Summit was organised by the Zambia Chamber of Mines and the Ministry of Mines.")
    events = [e for e in extraction.entities if e.cls == EntityClass.EVENT]
    assert [e.label for e in events] == ["Lusaka Mining Indaba Summit"]
    assert not [e for e in extraction.entities if e.label == "Summit"]


def test_works_known_by_another_name_after_its_abbreviation(extract) -> None:
    extraction = extract(
        "Freight on the Lapis Lazuli Transit Route (LLTR), widely known as the Lapis Lazuli "
        "Corridor, doubled last year.")
    works = [e for e in extraction.entities if e.cls == EntityClass.PROJECT]
    assert len(works) == 1 and {"LLTR", "Lapis Lazuli Corridor"} <= {works[0].label,
                                                                    *works[0].aliases}


def test_a_ministry_named_in_lower_case_by_its_portfolio(extract) -> None:
    extraction = extract(
        "Kenya's Ministry of Finance and Economic Planning approved the loan. Exports rose 4 "
        "percent, the finance ministry said. The energy ministry welcomed the deal.")
    bodies = {e.label: e.aliases for e in extraction.entities
              if e.cls == EntityClass.GOVERNMENT_BODY}
    assert "finance ministry" in bodies["Ministry of Finance and Economic Planning"]
    assert "energy ministry" in bodies


def test_a_group_named_by_its_units_first_word_is_no_short_form(extract) -> None:
    extraction = extract("Manara bought a stake in Volcan Copper Metals, the copper and zinc "
                         "unit of Peru's Volcan.")
    firms = {e.label for e in extraction.entities if e.cls == EntityClass.FIRM}
    assert {"Volcan Copper Metals", "Volcan"} <= firms


def test_a_short_name_spelt_from_the_full_name_is_its_alias(extract) -> None:
    # neither initials nor a known name: its letters come, in order, from the full name
    extraction = extract("Lakeside Gas Company (Lagasco) will expand the Tanga terminal, and "
                         "Lagasco plans a second jetty.")
    firm = entity(extraction, "firm:lakeside-gas-company")
    assert "Lagasco" in firm.aliases
    assert not [e for e in extraction.entities if e.label == "Lagasco"]



def test_a_short_form_holding_a_known_name_is_the_venture_s_not_the_known_firm_s(
        extract) -> None:
    extraction = extract(
        "Saudi Aramco said the complex built by Liaohe Aramco Petrochemical Co in Yingkou had "
        "started. Aramco holds 30 percent of Liaohe Aramco, with Tanga Industries holding 70 "
        "percent.")
    venture = entity(extraction, "firm:liaohe-aramco-petrochemical-co")
    assert "Liaohe Aramco" in venture.aliases and "Aramco" not in venture.aliases
    found = {(r.subject, r.predicate.value, r.object) for r in extraction.relations}
    assert ("org:saudi-aramco", "investsIn", venture.key) in found


def test_a_place_described_by_a_place_is_no_short_name_of_a_firm(extract) -> None:
    extraction = extract(
        "The plant stands in Shuangtai, Northeast China's Liaoning province. Shuangtai Xincheng "
        "Industrial Group holds 19 percent of it.")
    regions = {e.label for e in extraction.entities if e.cls == EntityClass.REGION}
    assert "Shuangtai" in regions


def test_a_lone_word_is_no_person_without_a_persons_marks(extract) -> None:
    extraction = extract("In Senegal, Varo, which built the Dakar stadium, signed a contract "
                         "with the ministry.")
    assert not by_class(extraction, EntityClass.PERSON)
    # a title, a post beside it or a word people say keeps it a person
    extraction = extract("The bank approved $40 billion, its president, Moreira, said. A trader "
                         "surnamed Li told reporters prices fell.")
    assert {e.label for e in by_class(extraction, EntityClass.PERSON)} == {"Moreira", "Li"}


def test_the_first_words_of_a_works_name_are_no_person(extract) -> None:
    extraction = extract("The Nova Serra Port will open in 2027. Nova Serra, which is being "
                         "built by Kerith Engineering, has five berths.")
    port = [e for e in extraction.entities if e.label == "Nova Serra Port"]
    assert port and port[0].cls == EntityClass.PROJECT and "Nova Serra" in port[0].aliases
    assert not by_class(extraction, EntityClass.PERSON)


def test_a_reporter_named_in_capitals_is_spelt_as_a_name(extract) -> None:
    extraction = extract("Grain Trade Rises\nBy LIU WENBO in Almaty | Steppe Daily\n\nExports "
                         "of wheat rose.")
    person = entity(extraction, "person:liu-wenbo")
    assert person.label == "Liu Wenbo" and "LIU WENBO" in person.aliases


def test_a_works_like_name_before_a_post_is_the_firms(extract) -> None:
    extraction = extract("Kerith Gateway Terminals Ltd runs two berths in Tanga. The deal was "
                         "signed, Kerith Gateway chairman Omar Salim said.")
    firm = [e for e in extraction.entities if e.label == "Kerith Gateway Terminals Ltd"][0]
    assert firm.cls == EntityClass.FIRM and "Kerith Gateway" in firm.aliases
    assert not by_class(extraction, EntityClass.PROJECT)


def test_the_group_behind_a_long_description_is_no_short_form(extract) -> None:
    extraction = extract("Kerith International, the overseas arm of state-owned agribusiness "
                         "giant Kerith, opened a grain terminal in Santos.")
    firms = {e.label for e in by_class(extraction, EntityClass.FIRM)}
    assert {"Kerith International", "Kerith"} <= firms
