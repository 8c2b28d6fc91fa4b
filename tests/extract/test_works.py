"""Projects, agreements and events (kg/extract/works.py), one phenomenon per test."""

from __future__ import annotations

from kg.extract.records import AgreementStatus, EntityClass
from tests.extract.test_relations import by_class, labels, named_triples, triples


def test_agreements_one_per_partner_with_status(extract) -> None:
    text = ("India has deepened its trade ties in the Gulf. New trade agreements were signed "
            "with Oman and Bahrain, while talks on an investment treaty with Qatar have "
            "started.")
    extraction = extract(text)
    agreements = {e.label: e for e in by_class(extraction, EntityClass.AGREEMENT)}
    assert "India-Oman trade agreement" in agreements
    assert "India-Bahrain trade agreement" in agreements
    assert agreements["India-Oman trade agreement"].status == AgreementStatus.SIGNED
    found = triples(extraction)
    oman = agreements["India-Oman trade agreement"].key
    assert ("country:IN", "partyTo", oman) in found and ("country:OM", "partyTo", oman) in found


def test_project_location_and_participant(extract) -> None:
    text = "Chinese contractors are building a solar power plant in Egypt."
    extraction = extract(text)
    [plant] = by_class(extraction, EntityClass.PROJECT)
    assert plant.label == "solar power plant in Egypt"
    assert plant.aliases == ("solar power plant",)
    assert (plant.key, "locatedIn", "country:EG") in triples(extraction)


def test_money_committed_to_a_project_funds_it(extract) -> None:
    text = "Toyota has committed $2 billion to the Samut Prakan car plant in Thailand."
    extraction = extract(text)
    [plant] = by_class(extraction, EntityClass.PROJECT)
    found = triples(extraction)
    assert ("org:toyota", "fundsProject", plant.key) in found
    assert (plant.key, "locatedIn", "country:TH") in found


def test_loan_for_a_project(extract) -> None:
    text = "The Asian Development Bank is negotiating a loan for the Almaty ring road project."
    extraction = extract(text)
    [road] = by_class(extraction, EntityClass.PROJECT)
    assert ("org:asian-development-bank", "fundsProject", road.key) in triples(extraction)


def test_agreement_named_by_its_parties_and_complement(extract) -> None:
    text = "Egypt and Saudi Arabia signed a memorandum of understanding on power trade."
    extraction = extract(text)
    [memo] = by_class(extraction, EntityClass.AGREEMENT)
    assert any("memorandum of understanding" in name for name in (memo.label, *memo.aliases))
    found = triples(extraction)
    assert ("country:EG", "partyTo", memo.key) in found
    assert ("country:SA", "partyTo", memo.key) in found


def test_people_meeting_at_a_summit_take_part_in_it(extract) -> None:
    text = ("China and Kenya sent large delegations. Xi Jinping and William Ruto met on the "
            "sidelines of the China-Africa Summit in Beijing.")
    extraction = extract(text)
    [summit] = by_class(extraction, EntityClass.EVENT)
    found = triples(extraction)
    assert ("person:xi-jinping", "participatesIn", summit.key) in found
    # a country named inside the event's name is not thereby a participant
    assert ("country:CN", "participatesIn", summit.key) not in found


def test_builder_of_its_own_factory_funds_it_contractor_takes_part(extract) -> None:
    factory = extract("Tata Group will build a battery cell factory in Gujarat.")
    [cell] = by_class(factory, EntityClass.PROJECT)
    assert ("org:tata-group", "fundsProject", cell.key) in triples(factory)
    railway = extract("China Railway Group is building the Standard Gauge Railway in Kenya.")
    [sgr] = by_class(railway, EntityClass.PROJECT)
    assert ("org:china-railway-group", "participatesIn", sgr.key) in triples(railway)


def test_the_two_sides_are_the_articles_pair(extract) -> None:
    text = ("China and Kazakhstan held talks. China praised Kazakhstan. The two sides signed "
            "cooperation documents on energy.")
    extraction = extract(text)
    [documents] = by_class(extraction, EntityClass.AGREEMENT)
    found = triples(extraction)
    assert ("country:CN", "partyTo", documents.key) in found
    assert ("country:KZ", "partyTo", documents.key) in found


def test_a_new_works_named_by_its_place_and_its_builder(extract) -> None:
    extraction = extract("BYD opened a factory in Rayong province in July 2024.")
    [factory] = by_class(extraction, EntityClass.PROJECT)
    assert factory.label == "factory in Rayong"
    found = triples(extraction)
    assert ("org:byd", "fundsProject", factory.key) in found


def test_named_example_is_a_project_backed_by_its_funder(extract) -> None:
    text = ("Britain will speed up large projects such as the Sizewell C nuclear power "
            "station, which is backed by EDF.")
    extraction = extract(text)
    [station] = [e for e in by_class(extraction, EntityClass.PROJECT) if "Sizewell" in e.label]
    assert ("org:edf", "fundsProject", station.key) in triples(extraction)


def test_speakers_hosts_and_pronouns_take_part_in_events(extract) -> None:
    text = ("Tom Alweendo, Namibia's minister of mines, told the Global African Hydrogen Summit "
            "in Windhoek that exports would grow. He spoke again at the Africa Energy Forum.")
    extraction = extract(text)
    found = triples(extraction)
    events = {e.label: e.key for e in by_class(extraction, EntityClass.EVENT)}
    assert ("person:tom-alweendo", "participatesIn", events["Global African Hydrogen Summit"]) \
        in found
    assert ("person:tom-alweendo", "participatesIn", events["Africa Energy Forum"]) in found
    hosted = extract("The Korea-Indonesia Business Forum, organised by the Korea "
                     "Trade-Investment Promotion Agency, opened in Jakarta.")
    assert any(p == "participatesIn" and s.endswith("korea-trade-investment-promotion-agency")
               for s, p, _ in triples(hosted))


def test_a_country_that_backs_a_works_is_no_place_of_it(extract) -> None:
    extraction = extract("Indonesia wants nickel for three Korean-invested refineries.")
    refineries = [e for e in by_class(extraction, EntityClass.PROJECT)]
    assert refineries
    found = triples(extraction)
    assert (refineries[0].key, "locatedIn", "country:KR") not in found


def test_an_amounts_currency_is_no_part_of_a_works_name(extract) -> None:
    extraction = extract("CATL will build a 7.6 billion euro plant in Debrecen, Hungary.")
    [plant] = by_class(extraction, EntityClass.PROJECT)
    assert "euro" not in plant.label


def test_parties_of_a_memorandum_signed_by_several(extract) -> None:
    extraction = extract("The highlight was a memorandum of understanding signed by Kenya, "
                         "Uganda and Rwanda to extend the standard gauge line.")
    [memo] = by_class(extraction, EntityClass.AGREEMENT)
    found = triples(extraction)
    for country in ("KE", "UG", "RW"):
        assert (f"country:{country}", "partyTo", memo.key) in found


def test_coordinated_demonyms_and_counted_countries_sign(extract) -> None:
    extraction = extract(
        "The Omani and Jordanian governments signed an agreement on the protection of "
        "investments. Ghana, Togo and Benin want a coastal highway. Transport ministers of "
        "the three countries met in Accra and signed a memorandum on tolls.")
    found = triples(extraction)
    agreements = {a.label: a.key for a in by_class(extraction, EntityClass.AGREEMENT)}
    [treaty] = [k for label, k in agreements.items() if "Oman" in label]
    assert {("country:OM", "partyTo", treaty), ("country:JO", "partyTo", treaty)} <= found
    [memo] = [k for label, k in agreements.items() if "memorandum" in label]
    for country in ("GH", "TG", "BJ"):
        assert (f"country:{country}", "partyTo", memo) in found


def test_a_descriptor_before_a_firm_names_no_party(extract) -> None:
    extraction = extract("Norwegian utility Statkraft and Masdar signed a contract to study "
                         "expanding the Kafue hydropower plant.")
    found = triples(extraction)
    [contract] = by_class(extraction, EntityClass.AGREEMENT)
    assert ("firm:statkraft", "partyTo", contract.key) in found
    assert ("country:NO", "partyTo", contract.key) not in found
    assert not any(p == "participatesIn" for _, p, _ in found)  # only to be studied


def test_signatories_sign_for_their_posts(extract) -> None:
    extraction = extract("Chinese Commerce Minister Wang Tao arrived in Nairobi on Monday. "
                         "Wang and Ruto Kamau, Kenya's minister of trade, signed a memorandum "
                         "of understanding on Friday.")
    found = triples(extraction)
    [memo] = by_class(extraction, EntityClass.AGREEMENT)
    assert ("country:KE", "partyTo", memo.key) in found
    assert ("country:CN", "partyTo", memo.key) in found


def test_the_summit_refers_back_and_delegates_attend(extract) -> None:
    extraction = extract(
        "The Africa Energy Forum opened in Nairobi on Monday. Officials from Ghana and Zambia "
        "attended the forum. Zambian President Hakainde Hichilema, who is attending the "
        "forum, spoke on power trade.")
    [forum] = by_class(extraction, EntityClass.EVENT)
    found = triples(extraction)
    assert ("country:GH", "participatesIn", forum.key) in found
    assert ("country:ZM", "participatesIn", forum.key) in found
    [person] = by_class(extraction, EntityClass.PERSON)
    assert (person.key, "participatesIn", forum.key) in found


def test_hosts_visitors_and_speakers_take_part_in_events(extract) -> None:
    extraction = extract(
        "Trade ministers opened a renewable energy conference in Nairobi, co-hosted by the "
        "Kenya Investment Authority (KenInvest) and the World Bank. Speaking at the "
        "conference, Ruto Kamau, Kenya's minister of trade, praised the plan. During Cyril "
        "Ramaphosa's visit to Nairobi for the annual meeting of the African Development "
        "Bank, ministers signed deals.")
    found = triples(extraction)
    events = {e.label: e.key for e in by_class(extraction, EntityClass.EVENT)}
    conference = events["renewable energy conference in Nairobi"]
    people = {e.label: e.key for e in by_class(extraction, EntityClass.PERSON)}
    assert (people["Ruto Kamau"], "participatesIn", conference) in found
    assert any(p == "participatesIn" and o == conference and s.startswith("org")
               or s.endswith("kenya-investment-authority") for s, p, o in found)
    [meeting] = [k for label, k in events.items() if label.startswith("annual meeting")]
    assert (people["Cyril Ramaphosa"], "participatesIn", meeting) in found


def test_a_works_name_steps_over_its_abbreviation(extract) -> None:
    extraction = extract("Freight on the Lagos-Kano (LKR) railway rose 12 percent.")
    assert [p.label for p in by_class(extraction, EntityClass.PROJECT)] == ["Lagos-Kano railway"]


def test_a_line_named_after_its_end_points_is_not_in_them(extract) -> None:
    extraction = extract("The Mombasa-Nairobi railway carried more freight. The Mombasa plant "
                         "opened.")
    found = triples(extraction)
    projects = {p.label: p.key for p in by_class(extraction, EntityClass.PROJECT)}
    assert not any(s == projects["Mombasa-Nairobi railway"] and p == "locatedIn"
                   for s, p, _ in found)
    assert any(s == projects["Mombasa plant"] and p == "locatedIn" for s, p, _ in found)


def test_the_four_countries_are_the_four_listed_before(extract) -> None:
    extraction = extract(
        "Ministers from Turkey, Azerbaijan, Georgia and Kazakhstan met in Baku. China and "
        "Russia watched closely. Transport ministers of the four countries signed a memorandum.")
    found = triples(extraction)
    [memo] = by_class(extraction, EntityClass.AGREEMENT)
    parties = {s for s, p, o in found if p == "partyTo" and o == memo.key}
    assert parties == {"country:TR", "country:AZ", "country:GE", "country:KZ"}


def test_parties_of_concessions_contracts_under_which_and_relative_clauses(extract) -> None:
    extraction = extract(
        "The port is run under a 25-year concession granted by the Ghanaian government to "
        "Meridian Port Services. Rosatom's fuel division TVEL supplies NPCIL with fuel under "
        "a long-term contract. Namibia wants hydrogen. Under an implementation agreement "
        "Hyphen Hydrogen Energy signed with the government, the state may buy a stake.")
    found = triples(extraction)
    agreements = {a.label: a.key for a in by_class(extraction, EntityClass.AGREEMENT)}
    parties = {label: {s for s, p, o in found if p == "partyTo" and o == key}
               for label, key in agreements.items()}
    [concession] = [v for k, v in parties.items() if "concession" in k]
    assert "country:GH" in concession and len(concession) == 2
    [contract] = [(k, v) for k, v in parties.items() if "contract" in k]
    assert contract[0] == "TVEL-NPCIL long-term contract" and len(contract[1]) == 2
    [deal] = [v for k, v in parties.items() if "implementation" in k]
    assert "country:NA" in deal and len(deal) == 2


def test_works_in_general_are_no_project(extract) -> None:
    extraction = extract(
        "Developers want more solar farms and Vietnamese industrial parks. Mombasa is the "
        "region's transit hub. The largest single project is in Kenya.")
    assert not by_class(extraction, EntityClass.PROJECT)


def test_a_definite_works_with_adjectives_refers_back(extract) -> None:
    extraction = extract("The North-South Commuter Railway is financed by JICA. The 147-km "
                         "elevated line will have 35 stations.")
    [railway] = by_class(extraction, EntityClass.PROJECT)
    assert all(railway.key in figure.about for figure in extraction.figures)


def test_an_event_gathers_delegations_and_lies_where_it_was_held(extract) -> None:
    extraction = extract(
        "Officials met at the Ghana-Togo Business Forum, which was held on Monday in Accra and "
        "brought together delegations from Ghana and Togo.")
    [forum] = by_class(extraction, EntityClass.EVENT)
    found = triples(extraction)
    assert ("country:GH", "participatesIn", forum.key) in found
    assert ("country:TG", "participatesIn", forum.key) in found
    assert any(s == forum.key and p == "locatedIn" and o.endswith("accra") for s, p, o in found)


def test_an_awarded_contract_binds_winner_and_awarder(extract) -> None:
    extraction = extract("Cerralis Mobility, a French maker of rolling stock, was awarded a "
                         "contract by the National Railways Office (ONCF) to supply 18 trainsets.")
    found = triples(extraction)
    [contract] = by_class(extraction, EntityClass.AGREEMENT)
    parties = {s for s, p, o in found if p == "partyTo" and o == contract.key}
    assert len(parties) == 2 and "country:FR" not in parties
    assert any(p == "suppliesTo" for _, p, _ in found)


def test_builders_take_part_and_lenders_fund(extract) -> None:
    extraction = extract("Kunfeng Holding and Zhonglu Construction Co are building a wind farm "
                         "in Kazakhstan. The farm is financed by a loan from the Bank of "
                         "Zhonghua.")
    found = triples(extraction)
    [farm] = by_class(extraction, EntityClass.PROJECT)
    builders = {s for s, p, o in found if p == "participatesIn" and o == farm.key}
    assert len(builders) == 2
    assert any(p == "fundsProject" and o == farm.key and "zhonghua" in s for s, p, o in found)


def test_a_consortium_led_by_firms_and_the_dateline_agency_signs_nothing(extract) -> None:
    extraction = extract(
        "NEW DELHI, Oct 8 (Meridian News) - India and Japan signed an investment treaty. In "
        "July, a consortium led by Hanbit Rail Systems and Seorin Engineering Co was awarded a "
        "contract by Kolej SA to build the line. Jinhe Metals Co has put 140 million euros into "
        "an aluminium rolling mill near Sabac.")
    found = triples(extraction)
    assert not any("meridian" in s for s, _, _ in found)
    contract = next(a.key for a in by_class(extraction, EntityClass.AGREEMENT)
                    if "contract" in a.label)
    assert len({s for s, p, o in found if p == "partyTo" and o == contract}) == 3
    [mill] = [p for p in by_class(extraction, EntityClass.PROJECT) if "mill" in p.label]
    assert any(p == "fundsProject" and o == mill.key for _, p, o in found)


def test_a_kind_of_works_is_no_project_but_one_being_built_is(extract) -> None:
    extraction = extract("The double-track railway is faster than the old one. Reliance is "
                         "building cell factories in India's western state of Gujarat.")
    [factories] = by_class(extraction, EntityClass.PROJECT)
    assert factories.label.startswith("cell factories")


def test_a_works_described_after_be_with_its_builder_and_a_pronoun_developer(extract) -> None:
    extraction = extract(
        "The largest single project is a copper mine and concentrator being built by Hengtai "
        "Copper Co. in the Tashkent region. The next scheme is a green ammonia complex at Ain "
        "Sokhna. It is being developed by Veldhaven Hydrogen B.V. together with the Nile "
        "Horizon Fund.")
    found = triples(extraction)
    projects = {p.label: p.key for p in by_class(extraction, EntityClass.PROJECT)}
    mine = next(k for label, k in projects.items() if label.startswith("copper mine"))
    complex_ = next(k for label, k in projects.items() if "ammonia complex" in label)
    assert any(p == "participatesIn" and o == mine and "hengtai" in s for s, p, o in found)
    assert any(p == "locatedIn" and s == mine for s, p, _ in found)
    funders = {s for s, p, o in found if p == "fundsProject" and o == complex_}
    assert len(funders) == 2


def test_topics_and_the_works_refer_to_the_project_and_missions_are_led(extract) -> None:
    extraction = extract(
        "Japan funds the Metro Manila Subway Project. On the subway, tunnelling is being "
        "handled by Kurosaki Corp. Serbia is modernising the Kraljevo railway. The works are "
        "being carried out by Tianrong Rail Group and financed by a loan from Silk Harbour "
        "Bank. The memorandum was signed during a business mission to Luanda led by Ana Reis, "
        "the ministry's Secretary of Trade.")
    found = triples(extraction)
    projects = {p.label: p.key for p in by_class(extraction, EntityClass.PROJECT)}
    subway, railway = projects["Metro Manila Subway Project"], projects["Kraljevo railway"]
    assert any(p == "participatesIn" and o == subway and "kurosaki" in s for s, p, o in found)
    assert any(p == "participatesIn" and o == railway and "tianrong" in s for s, p, o in found)
    assert any(p == "fundsProject" and o == railway and "silk-harbour" in s for s, p, o in found)
    [mission] = by_class(extraction, EntityClass.EVENT)
    assert mission.label == "business mission to Luanda"
    assert any(p == "participatesIn" and o == mission.key and s.startswith("person")
               for s, p, o in found)


def test_contracts_in_general_and_a_compound_agreement_head(extract) -> None:
    extraction = extract(
        "Korean firms won a large share of Poland's foreign arms contracts. Kenya and the "
        "United Arab Emirates signed a comprehensive economic partnership agreement (CEPA) in "
        "January.")
    agreements = by_class(extraction, EntityClass.AGREEMENT)
    assert len(agreements) == 1 and "agreement" in agreements[0].label


def test_a_list_the_parser_broke_is_read_from_the_words(extract) -> None:
    extraction = extract(
        "The mission closed with the Brazil-Angola Agribusiness Forum, held in Luanda on Friday "
        "and attended by the Brazilian Trade and Investment Promotion Agency (ApexBrasil), "
        "Angola's Agency for Private Investment and Export Promotion (AIPEX) and the Angolan "
        "Chamber of Agribusiness.")
    [forum] = by_class(extraction, EntityClass.EVENT)
    attendees = {s for s, p, o in triples(extraction) if p == "participatesIn" and o == forum.key}
    assert len(attendees) == 3 and "country:AO" not in attendees


def test_hosts_of_an_event_take_part_in_it(extract) -> None:
    extraction = extract("Spain, Portugal and Morocco were confirmed as joint hosts of the "
                         "2030 World Cup.")
    [cup] = by_class(extraction, EntityClass.EVENT)
    hosts = {s for s, p, o in triples(extraction) if p == "participatesIn" and o == cup.key}
    assert hosts == {"country:ES", "country:PT", "country:MA"}


def test_the_parties_a_named_agreement_names(extract) -> None:
    extraction = extract("Canada and Chile trade more. The Canada-Chile Free Trade Agreement "
                         "took effect in 1997.")
    [agreement] = by_class(extraction, EntityClass.AGREEMENT)
    parties = {s for s, p, o in triples(extraction) if p == "partyTo" and o == agreement.key}
    assert parties == {"country:CA", "country:CL"}


def test_co_chairs_and_co_financiers(extract) -> None:
    extraction = extract(
        "Vice President Han Zhiyuan, who co-chaired the sixth China-Brazil Agribusiness Forum "
        "with Renata Figueiredo Lopes, praised the deal. The EU will fund the Zambia-Lobito "
        "line. The African Development Bank (AfDB) has pledged co-financing for the same "
        "stretch.")
    found = triples(extraction)
    [forum] = by_class(extraction, EntityClass.EVENT)
    chairs = {s for s, p, o in found if p == "participatesIn" and o == forum.key}
    assert len(chairs) == 2
    [line] = by_class(extraction, EntityClass.PROJECT)
    assert any(p == "fundsProject" and o == line.key and "african-development-bank" in s
               for s, p, o in found)


def test_winners_of_a_contract_for_works_build_them(extract) -> None:
    extraction = extract("Akdeniz Rail Systems has won a 620 million euro contract for a "
                         "190-km freight line linking Thies with Touba. Kuzey Yapi Holding, "
                         "one of the biggest builders, will lay a standard gauge railway in "
                         "Tanzania.")
    found = triples(extraction)
    projects = {p.label: p.key for p in by_class(extraction, EntityClass.PROJECT)}
    line = next(k for label, k in projects.items() if "freight line" in label)
    railway = next(k for label, k in projects.items() if "railway" in label)
    assert any(p == "participatesIn" and o == line and "akdeniz" in s for s, p, o in found)
    assert any(p == "participatesIn" and o == railway and "kuzey" in s for s, p, o in found)


def test_taking_part_and_being_co_chaired_by(extract) -> None:
    extraction = extract(
        "The Ghana Energy Forum opened in Accra on Monday. Delegations from the African Union "
        "Commission and the Economic Community of West African States (ECOWAS) took part "
        "alongside the Union of Turkish International Contractors (UTIC). The forum was "
        "co-chaired by Kwame Mensah and Ama Owusu.")
    [forum] = by_class(extraction, EntityClass.EVENT)
    present = {s for s, p, o in triples(extraction) if p == "participatesIn" and o == forum.key}
    assert len(present) == 5


def test_those_at_an_event_where_they_pledged_things(extract) -> None:
    extraction = extract(
        "The deals build on the second China-Central Asia Summit, held in Astana last month, "
        "where leaders of China and the five Central Asian countries - Kazakhstan, "
        "Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan - pledged to deepen cooperation.")
    [summit] = by_class(extraction, EntityClass.EVENT)
    present = {s for s, p, o in triples(extraction) if p == "participatesIn" and o == summit.key}
    assert present == {"country:CN", "country:KZ", "country:KG", "country:TJ", "country:TM",
                       "country:UZ"}


def test_a_mission_or_delegation_is_an_event_at_its_destination_led_by_its_leader(
        extract) -> None:
    # the parser hangs "to Mumbai" on the verb ("lead ... to"), not on the noun
    extraction = extract(
        "Alistair Penhaligon, the trade minister, will lead a delegation of around 70 British "
        "companies to Mumbai next month. Douglas Alexander will follow up the talks by "
        "leading a trade mission to Riyadh and Abu Dhabi.")
    found = triples(extraction)
    events = {e.label: e for e in by_class(extraction, EntityClass.EVENT)}
    assert set(events) == {"delegation to Mumbai", "trade mission to Riyadh and Abu Dhabi"}
    assert events["trade mission to Riyadh and Abu Dhabi"].aliases == ("trade mission",)
    delegation = events["delegation to Mumbai"].key
    mission = events["trade mission to Riyadh and Abu Dhabi"].key
    assert ("person:alistair-penhaligon", "participatesIn", delegation) in found
    assert ("person:douglas-alexander", "participatesIn", mission) in found
    assert sum(1 for s, p, _ in found if s == mission and p == "locatedIn") == 2


def test_what_is_done_to_works_is_the_project(extract) -> None:
    extraction = extract(
        "The pledges included an expansion of the Great Wall Motor Co Ltd plant in "
        "Iracemápolis. Meanwhile, the modernisation of the 96-km railway between Kraljevo and "
        "Kragujevac, two industrial hubs in central Serbia, is entering its final phase. The "
        "expansion of trade was discussed.")
    projects = {p.label: p.key for p in by_class(extraction, EntityClass.PROJECT)}
    assert set(projects) == {
        "expansion of the Great Wall Motor Co Ltd plant in Iracemápolis",
        "modernisation of the railway between Kraljevo and Kragujevac"}
    plant = projects["expansion of the Great Wall Motor Co Ltd plant in Iracemápolis"]
    found = triples(extraction)
    assert any(p == "fundsProject" and o == plant and "great-wall" in s for s, p, o in found)
    assert any(s == plant and p == "locatedIn" for s, p, _ in found)


def test_an_agreement_is_also_named_with_its_topic(extract) -> None:
    extraction = extract(
        "MOTIE signed a memorandum of understanding on lithium exploration and processing "
        "with Kazakhstan's Ministry of Industry, and a second memorandum, on tungsten supply "
        "chains, with Uzbekistan's Ministry of Mining.")
    aliases = {a for e in by_class(extraction, EntityClass.AGREEMENT) for a in e.aliases}
    assert "memorandum of understanding on lithium exploration and processing" in aliases
    assert "memorandum on tungsten supply chains" in aliases


def test_a_ceremony_held_somewhere_and_the_phase_of_a_project(extract) -> None:
    extraction = extract(
        "The Huarmey Port Terminal opened in Peru. The inauguration ceremony, held in the "
        "city of Huarmey, was attended by delegations from Peru and China. APT invested $1.1 "
        "billion in the first phase of the project.")
    found = triples(extraction)
    [ceremony] = by_class(extraction, EntityClass.EVENT)
    assert ceremony.label == "inauguration ceremony in Huarmey"
    assert ("country:PE", "participatesIn", ceremony.key) in found
    [terminal] = by_class(extraction, EntityClass.PROJECT)
    assert any(p == "fundsProject" and o == terminal.key and s.endswith("apt")
               for s, p, o in found)


def test_the_centre_is_the_named_centre_and_a_port_operator_is_no_port(extract) -> None:
    extraction = extract(
        "The Turkic Connectivity Investment Fund was set up. The fund's first commitment will "
        "go to the Aktau Multimodal Logistics Centre. The centre is expected to cost $310 "
        "million. It is being developed by Ertugrul Lojistik Holding, a Kazakh port operator.")
    found = triples(extraction)
    [centre] = by_class(extraction, EntityClass.PROJECT)
    assert centre.label == "Aktau Multimodal Logistics Centre"
    assert ("firm:turkic-connectivity-investment-fund", "fundsProject", centre.key) in found
    # a developer owns what it develops (and is no builder)
    assert ("firm:ertugrul-lojistik-holding", "fundsProject", centre.key) in found


def test_an_agreement_signed_by_its_parties_in_the_passive(extract) -> None:
    found = triples(extract(
        "A memorandum of understanding was signed by Japan's Ministry of Economy, Trade and "
        "Industry (METI) and the Trans-Africa Development Bank (TADB)."))
    parties = {s for s, p, _ in found if p == "partyTo"}
    assert any("ministry-of-economy" in s for s in parties)
    assert any("trans-africa-development-bank" in s for s in parties)


def test_a_section_of_a_named_line_is_a_project_of_its_own(extract) -> None:
    extraction = extract(
        "Ghana will receive ¥48.5 billion to rehabilitate a 280-kilometre stretch of its "
        "Western Railway Line. The plant will be financed by a USD 520 mln package from "
        "Sahel Credit Corporation.")
    labels = {p.label for p in by_class(extraction, EntityClass.PROJECT)}
    assert "Western Railway Line" in labels
    assert "stretch of Western Railway Line" in labels


def test_a_summit_between_two_countries_is_named_by_them(extract) -> None:
    extraction = extract(
        "South Korea and Saudi Arabia are close partners. The deals follow a summit between "
        "the leaders of the two countries in Riyadh.")
    [summit] = by_class(extraction, EntityClass.EVENT)
    assert summit.label == "South Korea-Saudi Arabia summit"
    found = triples(extraction)
    assert ("country:KR", "participatesIn", summit.key) in found
    assert ("country:SA", "participatesIn", summit.key) in found
    assert (summit.key, "locatedIn", "city:riyadh") in found


def test_an_agreement_signed_by_governments_or_among_three_parties(extract) -> None:
    extraction = extract(
        "Nepal and India trade power. The boom rests on a power trade agreement signed in 2024 "
        "by the governments of Nepal and India. Under a tripartite sales agreement among the "
        "Nepal Electricity Authority, the Bangladesh Power Development Board and Indo-Gangetic "
        "Power Trading Corporation, power flows. Nepal earned Rs 17 billion from electricity "
        "sales to India.")
    found = triples(extraction)
    parties = {}
    for s, p, o in found:
        if p == "partyTo":
            parties.setdefault(o, set()).add(s)
    assert {"country:NP", "country:IN"} in parties.values()
    assert any(len(members) == 3 for members in parties.values())
    assert ("country:NP", "suppliesTo", "country:IN") in found


def test_one_memorandum_on_a_partnership_signed_by_the_bloc_and_the_country(extract) -> None:
    extraction = extract(
        "The European Union and Kazakhstan adopted a roadmap on Tuesday. It gives shape to a "
        "memorandum of understanding (MoU) on a strategic partnership in raw materials that "
        "the two sides signed in 2022. Jozef Sikela, the European Commissioner for "
        "International Partnerships, spoke.")
    agreements = by_class(extraction, EntityClass.AGREEMENT)
    assert sorted(a.label for a in agreements) == [
        "European Union-Kazakhstan memorandum", "European Union-Kazakhstan roadmap"]
    found = triples(extraction)
    for agreement in agreements:
        assert ("org:european-union", "partyTo", agreement.key) in found
        assert ("country:KZ", "partyTo", agreement.key) in found


def test_a_bridge_between_two_towns_stands_at_both(extract) -> None:
    extraction = extract(
        "The centrepiece is a cable-stayed bridge over the Paraguay River between Porto "
        "Murtinho, on the Brazilian bank, and Carmelo Peralta, in Paraguay. Construtora Vale "
        "do Apa is paving an access road to Porto Murtinho's highway network.")
    projects = {p.label: p.key for p in by_class(extraction, EntityClass.PROJECT)}
    bridge = projects["cable-stayed bridge between Porto Murtinho and Carmelo Peralta"]
    found = triples(extraction)
    assert sum(1 for s, p, _ in found if s == bridge and p == "locatedIn") >= 2
    assert "highway network" not in projects
    assert any(s.startswith("firm:construtora") and p == "participatesIn" and
               o == projects["access road"] for s, p, o in found)


def test_a_country_s_firms_build_the_works_not_the_country(extract) -> None:
    extraction = extract(
        "South Korean construction firms have secured a deal to build a petrochemical complex "
        "in Jubail. Seorin Engineering Co will build a desalination plant in Yanbu.")
    found = triples(extraction)
    assert not any(s.startswith("country:") and p in ("fundsProject", "participatesIn")
                   for s, p, _ in found)
    assert any(s.startswith("firm:seorin") and p == "participatesIn" for s, p, _ in found)


def test_the_construction_of_works_is_the_works_and_it_was_built_owned_and_run(
        extract) -> None:
    extraction = extract(
        "Construction of the China-Kyrgyzstan-Uzbekistan railway formally began on Thursday. "
        "The project is estimated to cost $4.7 billion. It will be built, owned and operated "
        "by Silk Gateway Railway Co., a joint venture.")
    [railway] = by_class(extraction, EntityClass.PROJECT)
    assert railway.label == "China-Kyrgyzstan-Uzbekistan railway"
    found = triples(extraction)
    assert ("firm:silk-gateway-railway-co", "participatesIn", railway.key) in found
    assert ("firm:silk-gateway-railway-co", "fundsProject", railway.key) in found


def test_a_lender_party_to_a_loan_agreement_for_works_funds_them(extract) -> None:
    extraction = extract(
        "The Embassy of France is pleased to announce the signing of a EUR 245 million loan "
        "agreement between the Agence française de développement (AFD), France's public "
        "development agency, and the Ministry of Finance of Viet Nam for the construction of "
        "Hanoi Metro Line 11.")
    found = triples(extraction)
    parties = {s for s, p, _ in found if p == "partyTo"}
    assert any("agence" in s for s in parties) and any("ministry" in s for s in parties)
    assert not any("embassy" in s for s in parties)
    [line] = by_class(extraction, EntityClass.PROJECT)
    assert line.label == "Hanoi Metro Line 11"
    assert any(p == "fundsProject" and o == line.key and "agence" in s for s, p, o in found)


def test_it_was_attended_by_names_the_event_s_participants(extract) -> None:
    found = triples(extract(
        "The Astana Investment Forum opened on Monday. It was attended by ministers from "
        "Kazakhstan, Uzbekistan and Turkey."))
    members = {s for s, p, _ in found if p == "participatesIn"}
    assert {"country:KZ", "country:UZ", "country:TR"} <= members


def test_attended_by_hung_on_the_events_place_and_in_the_presence_of(extract) -> None:
    found = triples(extract(
        "The deals were signed on the sidelines of the Brazil-Japan Economic Forum in the "
        "capital, Brasília, which was attended by Brazil's Mines and Energy Minister Renato "
        "Albuquerque Lins. The agreements were signed on the margins of the Gulf Investment "
        "Roundtable, held in Cairo, in the presence of Dr. Hazem Abdel-Latif Salem."))
    forum, roundtable = "event:brazil-japan-economic-forum", "event:gulf-investment-roundtable"
    assert ("person:renato-albuquerque-lins", "participatesIn", forum) in found
    assert (forum, "locatedIn", "city:brasilia") in found
    assert ("person:hazem-abdel-latif-salem", "participatesIn", roundtable) in found


def test_works_named_with_en_dashes(extract) -> None:
    extraction = extract("Construction of the China\u2013Kyrgyzstan\u2013Uzbekistan railway "
                         "began on Thursday.")
    projects = by_class(extraction, EntityClass.PROJECT)
    assert [p.label for p in projects] == ["China\u2013Kyrgyzstan\u2013Uzbekistan railway"]


def test_documents_listed_after_their_signing_belong_to_the_signers(extract) -> None:
    extraction = extract(
        "BAKU, July 24 (Caucasus Wire) - Turkey, Azerbaijan and Georgia signed agreements on "
        "Thursday to expand a freight railway. The documents were signed at a summit in Baku. "
        "They include a protocol to raise the annual capacity of the Baku-Tbilisi-Kars railway "
        "to 5 million tonnes, and a memorandum on a subsea data cable.")
    agreements = {a.key: a for a in by_class(extraction, EntityClass.AGREEMENT)}
    protocol = next(a for a in agreements.values() if a.label.endswith("protocol"))
    memo = next(a for a in agreements.values() if a.label.endswith("memorandum"))
    assert "protocol to raise the annual capacity of the Baku-Tbilisi-Kars railway" in \
        protocol.aliases
    assert protocol.status == AgreementStatus.SIGNED
    parties = {(t[0], t[2]) for t in triples(extraction) if t[1] == "partyTo"}
    for agreement in (protocol, memo):
        assert {(f"country:{c}", agreement.key) for c in ("TR", "AZ", "GE")} <= parties


def test_lenders_fund_works_and_do_not_build_them(extract) -> None:
    extraction = extract(
        "Solis Energia SA will build a 200 MW solar farm near Tete. The African Development "
        "Bank said it would provide loans of up to $90 million, and Banco Atlantico will lend "
        "$40 million for the solar farm. A new jetty at Beira will be built with financing "
        "from the Export-Import Bank of India.")
    found = triples(extraction)
    [farm] = [p.key for p in by_class(extraction, EntityClass.PROJECT) if "solar" in p.label]
    [jetty] = [p.key for p in by_class(extraction, EntityClass.PROJECT) if "jetty" in p.label]
    keys = {e.label: e.key for e in extraction.entities}
    assert (keys["African Development Bank"], "fundsProject", farm) in found
    assert (keys["Banco Atlantico"], "fundsProject", farm) in found
    exim = keys["Export-Import Bank of India"]
    assert (exim, "fundsProject", jetty) in found
    assert (exim, "participatesIn", jetty) not in found


def test_a_hypothetical_would_stays_unasserted(extract) -> None:
    extraction = extract("Kivu Hydro will build a dam on the Ruzizi. The World Bank said it "
                         "would fund the dam if the tariff were raised.")
    assert not any(p == "fundsProject" and s == "firm:world-bank"
                   for s, p, _ in triples(extraction))


def test_a_definite_works_of_another_kind_is_a_new_project(extract) -> None:
    extraction = extract("A new port will be built in Lamu. The 50 MW solar park, backed by a "
                         "loan from Proparco, opened on Monday.")
    labels = sorted(p.label for p in by_class(extraction, EntityClass.PROJECT))
    assert labels == ["port in Lamu", "solar park"]


def test_a_proper_name_before_a_works_noun_names_the_works(extract) -> None:
    extraction = extract("Italy will finance the Koysha dam, a hydropower project on the Omo "
                         "river.")
    assert [p.label for p in by_class(extraction, EntityClass.PROJECT)] == ["Koysha dam"]


def test_who_opened_attended_or_chaired_an_event_from_a_broken_list(extract) -> None:
    extraction = extract(
        "The deals were signed at the Nordic-African Energy Conference, which was opened by "
        "Prime Minister Ama Owusu and chaired by the Minister of Energy, Lars Berg. The "
        "conference was attended by the Kenyan Cabinet Secretary for Energy, Peter Kamau, the "
        "Ghanaian Minister of Finance, Yaw Mensah, and the Danish Minister of Trade, Mette "
        "Holm.")
    found = triples(extraction)
    [event] = by_class(extraction, EntityClass.EVENT)
    for person in ("ama-owusu", "lars-berg", "peter-kamau", "yaw-mensah", "mette-holm"):
        assert (f"person:{person}", "participatesIn", event.key) in found


def test_a_part_named_by_a_role_noun_or_paying_for_works(extract) -> None:
    extraction = extract(
        "A 300 MW wind farm will be built in Nukus. Sinohydro was chosen as the main contractor "
        "for the wind farm, and the grid company will pay for a transmission line in Nukus. "
        "The Asian Development Bank, the lead lender for the wind farm, signed on Monday.")
    found = triples(extraction)
    projects = {p.label: p.key for p in by_class(extraction, EntityClass.PROJECT)}
    farm = projects["wind farm in Nukus"]
    keys = {e.label: e.key for e in extraction.entities}
    assert (keys["Sinohydro"], "participatesIn", farm) in found
    assert (keys["Asian Development Bank"], "fundsProject", farm) in found


def test_a_shorter_event_name_in_the_headline_is_the_same_event(extract) -> None:
    extraction = extract("# Andean-Gulf forum closes\n\nLIMA, May 4 (Xinhua) -- The third "
                         "Andean-Gulf Investment and Energy Forum closed on Sunday.")
    [event] = by_class(extraction, EntityClass.EVENT)
    assert event.label == "third Andean-Gulf Investment and Energy Forum"


def test_the_first_naming_of_a_deal_told_before_only_as_a_verb(extract) -> None:
    extraction = extract("Ghana and Japan agreed on Monday to build a port. The agreement was "
                         "signed in Accra by Sumida Corporation and Ghana's state port "
                         "concern Tema Harbour Holdings.")
    [agreement] = by_class(extraction, EntityClass.AGREEMENT)
    parties = {s for s, p, o in triples(extraction) if p == "partyTo" and o == agreement.key}
    keys = {e.label: e.key for e in extraction.entities}
    assert {keys["Sumida Corporation"], keys["Tema Harbour Holdings"]} <= parties


def test_a_numbered_line_named_short_is_the_same_works(extract) -> None:
    extraction = extract("JICA will fund Metro Line 4 in Hanoi. The ministry wants Line 4 "
                         "built by 2030. Hitachi said its rail unit was ready.")
    projects = by_class(extraction, EntityClass.PROJECT)
    assert [(p.label, p.aliases) for p in projects] == [("Metro Line 4", ("Line 4",))]


def test_an_extension_named_by_its_route_is_works(extract) -> None:
    extraction = extract("Tanzania is in talks with lenders on the 300-km extension from "
                         "Dodoma through Singida to Tabora.")
    [project] = by_class(extraction, EntityClass.PROJECT)
    assert project.label.startswith("extension from Dodoma") and \
        project.label.endswith("to Tabora")


def test_a_headline_that_signs_an_agreement_names_it_without_the_verb(extract) -> None:
    extraction = extract("# Ghana and Togo sign agreement on power trade\n\nACCRA, June 3 "
                         "(Xinhua) -- Ghana and Togo signed an agreement on Tuesday.")
    assert [a.label for a in by_class(extraction, EntityClass.AGREEMENT)] == \
        ["Ghana-Togo agreement"]


def test_the_heads_of_state_counted_are_the_countries_listed(extract) -> None:
    extraction = extract("Egypt and the two Horn states, namely Djibouti and Somalia, met. "
                         "The three heads of state signed the Cairo Declaration.")
    [declaration] = by_class(extraction, EntityClass.AGREEMENT)
    parties = {s for s, p, o in triples(extraction) if p == "partyTo" and o == declaration.key}
    assert parties == {"country:EG", "country:DJ", "country:SO"}


def test_a_description_that_spells_a_named_project_is_that_project(extract) -> None:
    extraction = extract("The 508-km Delhi-Varanasi High Speed Rail was approved in 2021. "
                         "JICA will fund the Delhi-Varanasi high-speed rail line.")
    assert [p.label for p in by_class(extraction, EntityClass.PROJECT)] == \
        ["Delhi-Varanasi High Speed Rail"]


def test_who_provides_the_money_of_works_funds_them(extract) -> None:
    text = ("Gulfstar Energy holds a 40 percent stake in the Al Zour refinery. The Taman "
            "refinery will process crude from Iraq. Its debt was arranged by Mizuho Bank. "
            "Financing for the Vratsa solar park was provided by the World Bank. The "
            "Export-Import Bank of China provided a loan of $5 billion for the Kunming-Hekou "
            "railway.")
    found = named_triples(extract(text))
    funded = {(s, o) for s, p, o in found if p == "fundsProject"}
    assert ("Gulfstar Energy", "Al Zour refinery") in funded
    assert ("Mizuho Bank", "Taman refinery") in funded
    assert ("World Bank", "Vratsa solar park") in funded
    assert ("Export-Import Bank of China", "Kunming-Hekou railway") in funded
    # a lender does not build what it lends for
    assert not any(p == "participatesIn" and s == "Export-Import Bank of China"
                   for s, p, o in found)


def test_a_works_beside_a_name_and_the_park_that_is_a_place_built(extract) -> None:
    text = ("The first 400 megawatts of the Haima Solar Park, a 1,200-MW solar plant in "
            "Oman's Al Wusta Governorate, went online. A tyre plant rises in the Sohar "
            "Industrial Park. The park has drawn 14 enterprises.")
    extraction = extract(text)
    # one works, not a second 'solar plant' beside the name
    assert [e.label for e in by_class(extraction, EntityClass.PROJECT)
            if "solar" in e.label.lower()] == ["Haima Solar Park"]
    assert ("Haima Solar Park", "locatedIn", "Al Wusta Governorate") in \
        named_triples(extraction)
    [count] = [f for f in extraction.figures if f.value == 14]
    assert [labels(extraction)[a] for a in count.about] == ["Sohar Industrial Park"]


def test_a_country_whose_firms_built_works_abroad_invests_there(extract) -> None:
    extraction = extract("A Chinese-built bridge in Pakistan's Punjab province opened. A "
                         "Korean-financed port in Kenya is planned.")
    found = triples(extraction)
    assert ("country:CN", "investsIn", "country:PK") in found
    assert ("country:KR", "investsIn", "country:KE") in found
    # built is not funded: only the financed works is the country's own
    funded = {s for s, p, o in found if p == "fundsProject"}
    assert funded == {"country:KR"}


def test_speakers_and_guests_whose_titles_broke_the_parse_attend(extract) -> None:
    text = ("The package was presented at the EU-Central Asia Economic Forum, which was "
            "attended by Commissioner for International Partnerships Helena Varga and "
            "Kyrgyzstan's Minister of Energy, Adilet Kenzhebaev. Speaking at the Chile-China "
            "Critical Minerals Forum, held in Calama on Monday, Chile's Vice Minister of Mining "
            "Andres Contreras said demand would grow.")
    attended = {(s, o) for s, p, o in named_triples(extract(text)) if p == "participatesIn"}
    assert ("Helena Varga", "EU-Central Asia Economic Forum") in attended
    assert ("Adilet Kenzhebaev", "EU-Central Asia Economic Forum") in attended
    assert ("Andres Contreras", "Chile-China Critical Minerals Forum") in attended


def test_builders_build_for_clients_and_owners_fund(extract) -> None:
    text = ("China National Chemical Engineering Co. is building a gas chemical complex in "
            "the Navoi region for Uzbekneftegaz. The Haima Solar Park is being built by Tianhe "
            "Power Engineering Co. under a contract with the plant's owner, Omani developer "
            "Sahil Green Energy. Kepler Energy Engineering Co. is building a 500-MW solar power "
            "plant in Aswan.")
    found = named_triples(extract(text))
    funded = {(s, o) for s, p, o in found if p == "fundsProject"}
    built = {(s, o) for s, p, o in found if p == "participatesIn"}
    assert ("Uzbekneftegaz", "gas chemical complex in Navoi Region") in funded
    assert ("China National Chemical Engineering Co.",
            "gas chemical complex in Navoi Region") in built
    assert ("Sahil Green Energy", "Haima Solar Park") in funded
    # an engineering firm that builds a plant builds it for others
    assert not any(s.startswith("Kepler") for s, _ in funded)
    assert any(s.startswith("Kepler") for s, _ in built)


def test_deals_of_nobody_named_signed_at_a_named_event(extract) -> None:
    extraction = extract("More than 300 entrepreneurs attended the China-Egypt Investment "
                         "Forum in Cairo, where 17 cooperation agreements worth 2.4 billion "
                         "dollars were signed. The 2025 Serbia-China Business Forum opened in "
                         "Novi Sad. During the event, 14 agreements were signed. Officials said "
                         "agreements were signed.")
    deals = [e.label for e in by_class(extraction, EntityClass.AGREEMENT)]
    assert deals == ["cooperation agreements signed at China-Egypt Investment Forum",
                     "agreements signed at 2025 Serbia-China Business Forum"]
    [value] = [f for f in extraction.figures if f.text == "2.4 billion dollars"]
    about = [labels(extraction)[a] for a in value.about]
    assert about[-2:] == ["cooperation agreements signed at China-Egypt Investment Forum",
                          "China-Egypt Investment Forum"]


def test_a_main_investor_and_a_joint_venture_own_the_works(extract) -> None:
    text = ("The Sohar Industrial Park lies inland. Wang Jian, general manager of Zhongyang "
            "Investment Group, the park's main investor, said output rose. The Batu "
            "Industrial Park is a joint venture between Ruixin Metals Group and PT Sinar "
            "Kolaka Mineral.")
    funded = {(s, o) for s, p, o in named_triples(extract(text)) if p == "fundsProject"}
    assert ("Zhongyang Investment Group", "Sohar Industrial Park") in funded
    assert ("Ruixin Metals Group", "Batu Industrial Park") in funded
    assert ("PT Sinar Kolaka Mineral", "Batu Industrial Park") in funded


def test_a_crowd_of_firms_at_a_forum_is_no_country_taking_part(extract) -> None:
    signed = extract("Chinese and Saudi companies signed 27 agreements at the China-Saudi "
                     "Arabia Investment Forum held in Riyadh on Tuesday.")
    [forum] = by_class(signed, EntityClass.EVENT)
    assert forum.label == "China-Saudi Arabia Investment Forum"
    assert not [t for t in triples(signed) if t[1] == "participatesIn"]
    took_part = extract("More than 40 Ecuadorian companies took part in the China "
                        "International Import Expo in Shanghai last November.")
    [expo] = by_class(took_part, EntityClass.EVENT)
    assert ("country:EC", "participatesIn", expo.key) in triples(took_part)


def test_a_line_named_by_its_towns_is_a_project_of_its_own(extract) -> None:
    extraction = extract("The Tanzania-Zambia Railway was revived last year. China Civil "
                         "Engineering Construction Corporation also built the Lagos-Ibadan "
                         "railway in Nigeria.")
    projects = {e.label for e in by_class(extraction, EntityClass.PROJECT)}
    assert "Lagos-Ibadan railway" in projects and "Tanzania-Zambia Railway" in projects
    assert ("Lagos-Ibadan railway", "locatedIn", "Nigeria") in named_triples(extraction)
    assert not by_class(extraction, EntityClass.REGION)  # Lagos and Ibadan name the line


def test_two_signers_the_parser_hung_one_on_the_other(extract) -> None:
    extraction = extract("On Tuesday, Ethiopia's Ministry of Industry and Power Construction "
                         "Corporation of China signed a memorandum on a cold-chain hub.")
    [memorandum] = by_class(extraction, EntityClass.AGREEMENT)
    parties = {s for s, p, o in named_triples(extraction) if p == "partyTo"}
    assert parties == {"Ministry of Industry", "Power Construction Corporation of China"}
    assert "Ministry of Industry" in memorandum.label


def test_a_country_owning_named_works_is_where_they_stand(extract) -> None:
    extraction = extract("QIA will buy a stake in Kenya's 175-km Rironi-Mau Summit highway. "
                         "The largest unfinished promise is Pakistan's Main Line-1 (ML-1) "
                         "railway. China's Belt and Road Initiative turned ten.")
    found = named_triples(extraction)
    assert ("Rironi-Mau Summit highway", "locatedIn", "Kenya") in found
    assert ("Main Line-1 railway", "locatedIn", "Pakistan") in found
    assert not by_class(extraction, EntityClass.EVENT)  # a summit that names a highway
    assert not [t for t in found if t[0] == "Belt and Road Initiative" and t[1] == "locatedIn"]


def test_a_titled_speaker_at_the_event_or_its_opening_session_took_part(extract) -> None:
    extraction = extract(
        "More than 300 companies gathered in Novi Sad on Tuesday for the 2025 Serbia-China "
        "Business Forum. \"Chinese firms have invested 7 billion euros in Serbia,\" Serbian "
        "Minister of Internal and Foreign Trade Milan Ristic told the forum. \"Gulf capital is "
        "a natural match,\" Badr Al-Otaibi, a deputy minister at the Ministry of Investment, "
        "told the opening session.")
    found = named_triples(extraction)
    forum = "2025 Serbia-China Business Forum"
    assert ("Milan Ristic", "participatesIn", forum) in found
    assert ("Badr Al-Otaibi", "participatesIn", forum) in found
    assert ("Serbia", "participatesIn", forum) not in found  # the minister spoke


def test_owners_of_works_whose_clause_the_parser_hung_elsewhere(extract) -> None:
    found = named_triples(extract(
        "In Karawang, a battery cell plant jointly invested by Chinese battery maker "
        "Contemporary Amperex Technology Co., Limited (CATL) and state-owned Indonesia Battery "
        "Corporation (IBC) began trial production. The newcomer is the electric vehicle plant "
        "set up by Chinese automaker BYD and state-owned carmaker UzAuto Motors as a joint "
        "venture. In the UAE, the 2-GW Al Dhafra solar plant in Abu Dhabi, built by China "
        "National Machinery Industry Corporation and part-owned by Abu Dhabi Future Energy "
        "Company, generates power. A flagship of the partnership is the Fujian Gulei "
        "petrochemical complex in Zhangzhou, jointly developed by Saudi Aramco and Sinopec."))
    funders = {(s, o) for s, p, o in found if p == "fundsProject"}
    assert ("Contemporary Amperex Technology Co., Limited", "battery cell plant") in funders
    assert ("Indonesia Battery Corporation", "battery cell plant") in funders
    assert ("BYD", "electric vehicle plant") in funders
    assert ("UzAuto Motors", "electric vehicle plant") in funders
    assert ("Abu Dhabi Future Energy Company", "Al Dhafra solar plant") in funders
    assert ("Saudi Aramco", "Fujian Gulei petrochemical complex") in funders
    # a developer owns what it develops, and does not build it
    assert ("Saudi Aramco", "participatesIn", "Fujian Gulei petrochemical complex") not in found


def test_firms_building_their_own_hub_fund_it_and_provinces_do_not(extract) -> None:
    found = named_triples(extract(
        "Kazakhstan Temir Zholy and China's Jiangsu Coastal Port Group are jointly building a "
        "container hub in the Kazakh port city of Aktau. Heilongjiang and Primorsky Krai will "
        "build a cross-border cold-chain logistics hub."))
    assert ("Kazakhstan Temir Zholy", "fundsProject", "container hub in Aktau") in found
    assert ("Jiangsu Coastal Port Group", "fundsProject", "container hub in Aktau") in found
    assert not [t for t in found if t[0] in ("Heilongjiang", "Primorsky Krai") and
                t[1] == "fundsProject"]


def test_works_lie_in_the_place_their_sentence_opens_with(extract) -> None:
    found = named_triples(extract(
        "In Karawang, a battery cell plant jointly invested by CATL and Indonesia Battery "
        "Corporation began trial production in June. Back in Khatlon, Power Construction "
        "Corporation of China is building the 160-megawatt Sarband-2 hydropower station. In "
        "2024, the company opened a plant."))
    assert ("battery cell plant", "locatedIn", "Karawang") in found
    assert ("Sarband-2 hydropower station", "locatedIn", "Khatlon Region") in found
    assert ("Power Construction Corporation of China", "participatesIn",
            "Sarband-2 hydropower station") in found  # the place opens no firm's name


def test_a_name_before_a_hyphened_works_phrase_names_the_works(extract) -> None:
    extraction = extract("Shinwa signed an agreement to build the Song Ma LNG-to-power project "
                         "in Thanh Hoa province. Song Ma is among the first such projects.")
    assert "Song Ma" in {e.label for e in by_class(extraction, EntityClass.PROJECT)}
    assert "Song Ma" not in {e.label for e in by_class(extraction, EntityClass.FIRM)}


def test_owners_told_by_share_co_finance_or_a_clause_on_the_place(extract) -> None:
    found = named_triples(extract(
        "The Kumtor gold mine, in the Kyrgyz region of Issyk-Kul, is 80 percent owned by "
        "Centerra Gold. The Lake Victoria Ring Road is co-financed by JICA and the African "
        "Development Bank. The Amata Industrial Park in Thailand's eastern province of "
        "Chonburi, developed by Amata Corporation, has 700 tenants."))
    assert ("Centerra Gold", "fundsProject", "Kumtor gold mine") in found
    for lender in ("JICA", "African Development Bank"):
        assert (lender, "fundsProject", "Lake Victoria Ring Road") in found
    assert ("Amata Corporation", "fundsProject", "Amata Industrial Park") in found


def test_the_client_of_a_construction_contract_owns_the_works(extract) -> None:
    found = named_triples(extract(
        "Meralco Solar signed an engineering, procurement and construction contract with "
        "China Energy Engineering Corporation for the Santa Cruz Solar Farm."))
    assert ("Meralco Solar", "fundsProject", "Santa Cruz Solar Farm") in found
    assert ("China Energy Engineering Corporation", "participatesIn",
            "Santa Cruz Solar Farm") in found
    assert ("Meralco Solar", "participatesIn", "Santa Cruz Solar Farm") not in found


def test_countries_whose_envoys_an_event_gathers_or_that_attend_it(extract) -> None:
    found = named_triples(extract(
        "The Caspian Transit Forum in Aktau brought together officials from Azerbaijan, "
        "Turkmenistan and Kazakhstan. It followed the Tashkent Investment Forum, which both "
        "Uzbekistan and Kyrgyzstan attended. Ali Hassan led an Egyptian business delegation "
        "to the Canton Fair, while 40 companies from Chile gathered at the Canton Fair."))
    for country in ("Azerbaijan", "Turkmenistan", "Kazakhstan"):
        assert (country, "participatesIn", "Caspian Transit Forum") in found
    for country in ("Uzbekistan", "Kyrgyzstan"):
        assert (country, "participatesIn", "Tashkent Investment Forum") in found
    assert ("Egypt", "participatesIn", "Canton Fair") in found
    assert ("Chile", "participatesIn", "Canton Fair") not in found  # a crowd of firms


def test_the_remaining_share_never_reaches_into_a_later_sentence(extract) -> None:
    found = named_triples(extract(
        "Oyu Tolgoi, the copper mine in the Gobi, is 66 percent owned by Rio Tinto, with the "
        "Mongolian government holding the remaining 34 percent. In Saudi Arabia, ACWA Power "
        "is financing a solar plant in Al Jouf."))
    assert ("Rio Tinto", "fundsProject", "Oyu Tolgoi") in found
    assert not any(s == "Mongolia" and o == "solar plant in Al Jouf" for s, _, o in found)


def test_a_section_in_apposition_is_the_works_and_its_corridor_is_background(extract) -> None:
    extraction = extract(
        "The OPEC Fund approved $120 million to upgrade the Mbeya-Tunduma road, a 104-km "
        "section of the Tanzam corridor. The Korea Eximbank will co-finance the project.")
    found = named_triples(extraction)
    # (who puts up money for a purpose funds the works, not builds them)
    assert ("OPEC Fund", "fundsProject", "Mbeya-Tunduma road") in found
    assert ("OPEC Fund", "participatesIn", "Mbeya-Tunduma road") not in found
    assert {p.label for p in by_class(extraction, EntityClass.PROJECT)} == {
        "Mbeya-Tunduma road", "Tanzam corridor"}
    assert ("Korea Eximbank", "fundsProject", "Mbeya-Tunduma road") in found
    assert ("Korea Eximbank", "fundsProject", "Tanzam corridor") not in found


def test_partners_hung_on_an_agreements_topic(extract) -> None:
    found = named_triples(extract(
        "Italy and Germany signed a memorandum of understanding on the hydrogen corridor "
        "with Tunisia and Algeria on Monday."))
    for party in ("Italy", "Germany", "Tunisia", "Algeria"):
        assert any(s == party and p == "partyTo" for s, p, _ in found)


def test_the_members_of_a_consortium_build_the_works(extract) -> None:
    found = named_triples(extract(
        "The Tanjung Priok Port Road is being built by a consortium of PT Wijaya Karya Tbk and "
        "China Harbour Engineering Company."))
    for builder in ("PT Wijaya Karya Tbk", "China Harbour Engineering Company"):
        assert (builder, "participatesIn", "Tanjung Priok Port Road") in found


def test_money_provided_or_spent_on_works_funds_them(extract) -> None:
    found = named_triples(extract(
        "The Kuwait Fund will provide $140 million towards the expansion of the Tema "
        "container terminal. Separately, Hoshino Chemicals said it would spend ¥30 billion on "
        "a resin plant in Vietnam's Dong Nai province."))
    assert any(s == "Kuwait Fund" and p == "fundsProject" for s, p, _ in found)
    assert not any(p in ("participatesIn", "suppliesTo") for s, p, _ in found
                   if s == "Kuwait Fund")
    assert any(s == "Hoshino Chemicals" and p == "fundsProject" for s, p, _ in found)


def test_who_breaks_ground_on_works_develops_them(extract) -> None:
    found = named_triples(extract(
        "Lanka Solar Holdings broke ground on Monday on a 150 MW solar plant in Hambantota."))
    assert any(s == "Lanka Solar Holdings" and p == "fundsProject" for s, p, _ in found)
    found = named_triples(extract(
        "A consortium of Sinohydro and Larsen & Toubro broke ground on a water treatment "
        "plant in Garissa on Monday."))
    assert any(s == "Larsen & Toubro" and p == "participatesIn" for s, p, _ in found)
    assert not any(s == "Larsen & Toubro" and p == "fundsProject" for s, p, _ in found)


def test_the_firms_with_the_agent_develop_the_works_too(extract) -> None:
    found = named_triples(extract(
        "The largest scheme is a 300 MW wind farm at Gabal el Zeit, developed by France's "
        "Voltalia with Elsewedy Electric and Infinity Power."))
    for firm in ("Voltalia", "Elsewedy Electric", "Infinity Power"):
        assert any(s == firm and p == "fundsProject" for s, p, _ in found), firm


def test_a_named_oilfield_is_works(extract) -> None:
    extraction = extract("Sinopec runs the Tarfaya oilfield in the south, where output rose.")
    assert any(e.label.endswith("Tarfaya oilfield") for e in
               by_class(extraction, EntityClass.PROJECT))


def test_a_hyphened_modifier_and_an_abbreviation_describe_the_works(extract) -> None:
    labels_found = [e.label for e in by_class(extract(
        "Sembcorp will build the Binh Thuan LNG-to-power project and an LNG terminal in Ghana."),
        EntityClass.PROJECT)]
    assert "Binh Thuan LNG-to-power project" in labels_found
    assert any(label.startswith("LNG terminal") for label in labels_found)


def test_the_firm_that_signs_for_works_develops_them(extract) -> None:
    found = named_triples(extract(
        "Scatec signed a power purchase agreement with the Ministry of Energy for a 300 MW "
        "wind farm in Suez. Sinohydro signed a supply agreement with Scatec for the farm."))
    assert any(s == "Scatec" and p == "fundsProject" for s, p, _ in found)
    assert not any(s == "Ministry of Energy" and p == "fundsProject" for s, p, _ in found)
    assert not any(s == "Sinohydro" and p == "fundsProject" for s, p, _ in found)


def test_the_partner_who_owns_works_jointly_funds_them(extract) -> None:
    found = named_triples(extract(
        "Brazil's Vale, which owns the Onca Puma smelter jointly with Japan's Furukawa Metals, "
        "reported higher output."))
    assert ("Furukawa Metals", "fundsProject", "Onca Puma smelter") in found


def test_the_partner_of_a_co_owner_funds_the_works(extract) -> None:
    found = named_triples(extract(
        "Masdar co-owns the 145 MW Cirata floating solar plant with Indonesia Power "
        "Corporation."))
    assert ("Indonesia Power Corporation", "fundsProject", "Cirata floating solar plant") in found


def test_a_number_in_a_works_name_does_not_make_it_the_works_before(extract) -> None:
    found = named_triples(extract(
        "Masdar owns the 145 MW Cirata floating solar plant. ACWA Power developed the Noor "
        "Energy 1 plant."))
    assert ("ACWA Power", "fundsProject", "Noor Energy 1") in found
    assert ("ACWA Power", "fundsProject", "Cirata floating solar plant") not in found


def test_the_owner_of_works_it_ships_goods_from(extract) -> None:
    found = named_triples(extract(
        "China's Zijin Mining has shipped the first cargo of lithium carbonate from its Tres "
        "Quebradas (3Q) project in Argentina's Catamarca province, the company said."))
    assert ("Zijin Mining", "fundsProject", "Tres Quebradas project") in found
    assert ("Zijin Mining", "participatesIn", "Tres Quebradas project") not in found
    assert not [t for t in found if t[1] == "suppliesTo"]


def test_who_brings_works_into_operation_owns_them(extract) -> None:
    found = named_triples(extract(
        "Saudi Arabia's ACWA Power, which brought the 240-megawatt Khizi-Absheron wind farm "
        "into operation earlier this year, signed a memorandum."))
    assert ("ACWA Power", "fundsProject", "Khizi-Absheron wind farm") in found


def test_the_owner_commissions_its_works(extract) -> None:
    found = named_triples(extract(
        "Kenya's KenGen commissioned the 83 MW Olkaria VI geothermal plant in October."))
    assert any(s == "KenGen" and p == "fundsProject" and o.startswith("Olkaria VI")
               for s, p, o in found)


def test_both_sides_of_a_co_financing_agreement_fund_the_works(extract) -> None:
    found = named_triples(extract(
        "The Trade and Development Bank signed a $300 million co-financing agreement with "
        "the Arab Bank for Economic Development for the Nacala rail line."))
    for lender in ("Trade and Development Bank", "Arab Bank for Economic Development"):
        assert (lender, "fundsProject", "Nacala rail line") in found, lender


def test_who_works_with_the_builder_builds_the_part_too(extract) -> None:
    found = named_triples(extract(
        "The Uganda Railways Corporation will work with China Harbour Engineering Company to "
        "build the second phase of the Malaba-Kampala Railway."))
    for party in ("Uganda Railways Corporation", "China Harbour Engineering Company"):
        assert (party, "participatesIn", "Malaba-Kampala Railway") in found, party


def test_a_counted_agreement_is_told_by_its_own_parties(extract) -> None:
    extraction = extract(
        "The ministry signed a loan agreement with Standard Bank on Monday. Under the second "
        "agreement, Tullow Oil will work with Kosmos Energy to drill four wells.")
    found = named_triples(extraction)
    assert ("Kosmos Energy", "partyTo", "Tullow Oil-Kosmos Energy agreement") in found
    assert not any(s == "Tullow Oil" and "loan" in o for s, p, o in found)


def test_the_pair_a_signing_clause_names_past_the_words_describing_the_second(extract) -> None:
    found = named_triples(extract(
        "The first memorandum, signed between the Tanzania Investment Centre and Omani group "
        "Al Bahja Holding, provides for a cold-storage hub in Dodoma."))
    parties = {s for s, p, _ in found if p == "partyTo"}
    assert parties == {"Tanzania Investment Centre", "Al Bahja Holding"}


def test_a_deal_judged_not_told_apart_is_the_deal_named_before(extract) -> None:
    extraction = extract(
        "The European Commission sent its trade agreement with Mercosur to member governments "
        "on Friday, pairing the long-delayed pact with safeguards for beef farmers.")
    assert len(by_class(extraction, EntityClass.AGREEMENT)) == 1


def test_a_firm_hired_to_build_takes_part_and_does_not_fund(extract) -> None:
    found = named_triples(extract(
        "The utility plans a 300 MW solar park in Namibia. Sinohydro Corporation was hired to "
        "build the Omaruru solar park, and Larsen & Toubro was selected to construct the "
        "Walvis Bay desalination plant."))
    assert ("Sinohydro Corporation", "participatesIn", "Omaruru solar park") in found
    assert ("Larsen & Toubro", "participatesIn", "Walvis Bay desalination plant") in found
    assert not {(s, o) for s, p, o in found if p == "fundsProject"} & {
        ("Sinohydro Corporation", "Omaruru solar park"),
        ("Larsen & Toubro", "Walvis Bay desalination plant")}


def test_a_place_the_parser_hangs_on_a_part_of_named_works(extract) -> None:
    found = named_triples(extract(
        "Work on the second phase of the Port of Nacala in Mozambique is 40 percent done."))
    assert ("Port of Nacala", "locatedIn", "Mozambique") in found


def test_a_named_port_or_route_is_works(extract) -> None:
    extraction = extract(
        "Sinohydro Corporation, which built the Kribi Deep Sea Port, will lay a rail spur. "
        "Cargo on the Northern Transport Route rose by 8 percent.")
    projects = {e.label for e in by_class(extraction, EntityClass.PROJECT)}
    assert {"Kribi Deep Sea Port", "Northern Transport Route"} <= projects
    assert ("Sinohydro Corporation", "participatesIn", "Kribi Deep Sea Port") in \
        named_triples(extraction)


def test_a_city_port_is_a_place_where_the_text_goes_to_it(extract) -> None:
    extraction = extract("A freight train departs from a station in Qingdao Port in East "
                         "China's Shandong, May 20, 2025.")
    assert "Qingdao Port" not in {e.label for e in by_class(extraction, EntityClass.PROJECT)}


def test_a_city_port_that_is_run_and_handles_cargo_is_works(extract) -> None:
    extraction = extract("In Sindh, Karachi Port, run by the Ulvane Terminal Company, handled "
                         "3 million tonnes of cargo in 2024.")
    assert "Karachi Port" in {e.label for e in by_class(extraction, EntityClass.PROJECT)}
    assert ("Ulvane Terminal Company", "participatesIn", "Karachi Port") in \
        named_triples(extraction)


def test_a_one_word_firm_named_again_at_a_sentence_start_builds(extract) -> None:
    found = named_triples(extract(
        "In Gulu, a Turkish builder, Kolin, is finishing the Gulu City Stadium. Kolin earlier "
        "built the Nyayo Arena in Nairobi."))
    assert ("Kolin", "participatesIn", "Gulu City Stadium") in found
    assert ("Kolin", "participatesIn", "Nyayo Arena") in found


def test_a_place_opening_the_sentence_is_no_firm_it_describes(extract) -> None:
    found = named_triples(extract(
        "In Gulu, a Turkish builder, Kolin, is finishing the Gulu City Stadium."))
    assert ("Kolin", "participatesIn", "Gulu City Stadium") in found
    assert not any(s == "Gulu" for s, p, o in found if p == "participatesIn")


def test_a_clause_on_the_last_place_a_line_links_tells_its_builder(extract) -> None:
    found = named_triples(extract(
        "The electrified rail line linking Cairo with Giza, built by Bombardier Transportation, "
        "opened in 2024."))
    assert ("Bombardier Transportation", "participatesIn", "electrified rail line") in found


def test_new_works_inside_named_works_are_named_by_them(extract) -> None:
    extraction = extract("Turkey's Limak said it would invest $500 million in a new passenger "
                         "terminal at Kigali International Airport.")
    found = named_triples(extraction)
    terminal = next(e for e in extraction.entities if e.cls == EntityClass.PROJECT and
                    "terminal" in e.label)
    assert terminal.label == "passenger terminal at Kigali International Airport"
    assert ("Limak", "fundsProject", terminal.label) in found


def test_firms_building_works_with_a_builder_take_part_and_cooperate(extract) -> None:
    found = named_triples(extract(
        "Masdar is building the second stage of a 1,100 MW wind farm near Tiznit with Nareva "
        "Holding and the Office National de l'Electricité (ONEE)."))
    works = {o for s, p, o in found if s == "Masdar" and p == "participatesIn"}
    assert works
    for partner in ("Nareva Holding", "Office National de l'Electricité"):
        assert ("Masdar", "cooperatesWith", partner) in found
        assert any((partner, "participatesIn", w) in found for w in works)


def test_the_place_a_sentence_opens_with_locates_works_begun_in_it(extract) -> None:
    found = named_triples(extract(
        "In Surkhandarya region, state-owned Uzbekneftegaz JSC has started building a $900 "
        "million gas processing plant that will treat 5 billion cubic metres a year."))
    plants = [o for s, p, o in found if s == "Uzbekneftegaz JSC" and p == "fundsProject"]
    assert plants
    assert any((plant, "locatedIn", "Surkhandarya Region") in found or
               (plant, "locatedIn", "Surkhandarya region") in found for plant in plants), found


def test_works_named_in_apposition_to_their_clauses_subject(extract) -> None:
    found = named_triples(extract(
        "The biggest of them, the Weda Bay Industrial Park (IWIP) in North Maluku, was jointly "
        "developed by Tsingshan Holding Group and Huayou Cobalt Co."))
    assert ("Tsingshan Holding Group", "fundsProject", "Weda Bay Industrial Park") in found
    assert ("Huayou Cobalt Co.", "fundsProject", "Weda Bay Industrial Park") in found


def test_a_passive_after_a_name_the_parser_hung_on_a_place(extract) -> None:
    extraction = extract("In Tema, Ghana's industrial hub, the Tema Deep Sea Port was built by "
                         "China Harbour Engineering Company (CHEC) at a cost of $1.5 billion.")
    found = named_triples(extraction)
    assert ("China Harbour Engineering Company", "participatesIn", "Tema Deep Sea Port") in found
    assert not [e for e in by_class(extraction, EntityClass.PROJECT) if "hub" in e.label]
    found = named_triples(extract(
        "In Karachi, Pakistan's commercial hub, the Keti Bandar Port was built by China Harbour "
        "Engineering Company (CHEC) at a cost of $1 billion."))
    assert ("China Harbour Engineering Company", "participatesIn", "Keti Bandar Port") in found


def test_the_project_is_the_works_the_sentence_before_names(extract) -> None:
    # every works is a "project": the bare word means the works just named, not a "project"
    # named further back
    result = extract(
        "The Kivu Trade Corridor, a flagship project of the bloc, has drawn $3 billion. Some 300 "
        "km north, the 450 MW Ruzizi Falls Hydropower Station began operation in 2023. The "
        "900-million-dollar project was financed by the Kerith Development Bank.")
    funded = {(s, o) for s, p, o in named_triples(result) if p == "fundsProject"}
    assert funded == {("Kerith Development Bank", "Ruzizi Falls Hydropower Station")}


def test_works_whose_construction_began_somewhere_lie_there(extract) -> None:
    found = named_triples(extract(
        "Construction of the Tolvan-Ezra railway, a 210-km line, began this spring in "
        "Kazakhstan's Abai region. Work on the Marova container terminal started in Mombasa "
        "in May."))
    assert ("Tolvan-Ezra railway", "locatedIn", "Abai Region") in found
    assert ("Marova container terminal", "locatedIn", "Mombasa") in found


def test_a_building_contract_for_works_makes_its_builders_and_owner(extract) -> None:
    found = named_triples(extract(
        "Saudi developer Tessaly Power signed engineering, procurement and construction (EPC) "
        "contracts with Ondine Engineering Corp and Sinohydro for three solar photovoltaic "
        "plants in the Eastern Province. Kerith Energy signed a supply contract with Nordex "
        "for the Marova wind farm. Velora Electric signed an EPC contract with Saudi developer "
        "Rimal Power Company for the Jouf solar park."))
    plants = "solar photovoltaic plants"
    assert ("Ondine Engineering Corp", "participatesIn", plants) in found
    assert ("Sinohydro", "participatesIn", plants) in found
    assert ("Tessaly Power", "fundsProject", plants) in found
    # the developer is the side the text calls so, whichever side signs
    assert ("Velora Electric", "participatesIn", "Jouf solar park") in found
    assert ("Rimal Power Company", "fundsProject", "Jouf solar park") in found
    assert ("Rimal Power Company", "participatesIn", "Jouf solar park") not in found
    # a contract to supply is no contract to build
    assert not [t for t in found if t[0] == "Nordex" and t[1] == "participatesIn"]


def test_each_coordinated_participle_on_works_gives_its_agents(extract) -> None:
    found = named_triples(extract(
        "The 100 MW Tolvan wind farm, jointly owned by Marova Holding and Kerith Capital and "
        "built by Sinohydro, has generated 1.3 billion kWh. The Ondine pipeline, built by "
        "Gazprom and entering China at Heihe, delivered gas in 2024."))
    assert ("Marova Holding", "fundsProject", "Tolvan wind farm") in found
    assert ("Sinohydro", "participatesIn", "Tolvan wind farm") in found
    assert ("Gazprom", "participatesIn", "Ondine pipeline") in found


def test_a_concentrator_is_works(extract) -> None:
    found = named_triples(extract(
        "Tessaly Engineering is completing a copper concentrator for Ondine Mining."))
    assert ("Tessaly Engineering", "participatesIn", "copper concentrator") in found


def test_names_coordinated_before_a_plural_works_noun_name_one_works_each(extract) -> None:
    result = extract(
        "Tessaly Mining operates the Kavuma and Lindor copper mines in Zambia. Ondine "
        "Construction will build the Marova-Tulsk and Kerith-Ezra cross-border railways. The "
        "Upper Kasai and Eastern Bolo gold mines are run by Zijin.")
    found = named_triples(result)
    assert ("Tessaly Mining", "participatesIn", "Kavuma copper mine") in found
    assert ("Lindor copper mine", "locatedIn", "Zambia") in found
    assert ("Ondine Construction", "participatesIn", "Kerith-Ezra cross-border railway") in found
    assert ("Zijin", "participatesIn", "Upper Kasai gold mine") in found
    assert ("Zijin", "participatesIn", "Eastern Bolo gold mine") in found
    # the names are the works', not people or towns
    assert not by_class(result, EntityClass.PERSON) and not [
        e for e in by_class(result, EntityClass.REGION) if e.label != "Zambia"]


def test_a_name_the_model_takes_for_a_place_is_works_when_built(extract) -> None:
    result = extract("Hyundai Heavy Industries, which built Coral South, will build the new unit.")
    assert ("Hyundai Heavy Industries", "participatesIn", "Coral South") in named_triples(result)


def test_holders_named_after_with_own_the_works_too(extract) -> None:
    found = named_triples(extract(
        "The Kerith container terminal is 60% owned by Tessaly Ports, with Ondine Holdings "
        "holding 25% and the Marova Port Authority the remaining 15%."))
    for owner in ("Tessaly Ports", "Ondine Holdings", "Marova Port Authority"):
        assert (owner, "fundsProject", "Kerith container terminal") in found


def test_two_verbs_sharing_the_works_each_say_how_a_party_takes_part(extract) -> None:
    found = named_triples(extract(
        "Altyn Ordo JSC, a joint venture that owns and operates the Kumbel gold mine in "
        "Kyrgyzstan, produced 3 tonnes of gold."))
    assert ("Altyn Ordo JSC", "fundsProject", "Kumbel gold mine") in found
    assert ("Altyn Ordo JSC", "participatesIn", "Kumbel gold mine") in found


def test_a_described_works_with_its_name_in_apposition_is_the_named_works(extract) -> None:
    found = named_triples(extract(
        "A third toll road, the 90-km Tulsk-Ezra Expressway, is being built by Sinohydro."))
    assert ("Sinohydro", "participatesIn", "Tulsk-Ezra Expressway") in found
    assert not [t for t in found if t[2] == "toll road"]


def test_which_after_a_parenthesised_abbreviation_is_the_name_before_it(extract) -> None:
    found = named_triples(extract(
        "Kerith Atomic Corp is building two reactors at the Ondine Nuclear Power Plant in "
        "Gujarat for Marova Power Corporation Ltd (MPCL), which owns and operates the station."))
    assert ("Marova Power Corporation Ltd", "participatesIn", "Ondine Nuclear Power Plant") \
        in found
    assert ("Kerith Atomic Corp", "fundsProject", "Ondine Nuclear Power Plant") not in found


def test_partners_of_a_deal_hung_on_its_value_or_named_after_a_comma(extract) -> None:
    found = named_triples(extract(
        "Marova Railways JSC signed an EPC contract worth $640 million with Tessaly Tunnelling "
        "Group. Kerith Solar SA has signed a 20-year power purchase agreement with the "
        "national utility, Ondine Electricity Company (ONEC), at a tariff of 5.1 US cents."))
    contract = next(o for s, p, o in found if s == "Marova Railways JSC" and p == "partyTo")
    assert ("Tessaly Tunnelling Group", "partyTo", contract) in found
    ppa = next(o for s, p, o in found if s == "Kerith Solar SA" and p == "partyTo")
    assert ("Ondine Electricity Company", "partyTo", ppa) in found


def test_the_name_after_which_builds_the_works_before_the_comma(extract) -> None:
    found = named_triples(extract(
        "The plant will be linked to Tulsk by a 410-kilometre high-voltage line, which Marova "
        "Grid Company (MGC) is to build by 2028. A loan will co-finance a new 60-megawatt "
        "generating unit at the Kerith geothermal field in Ondine County, which the Tessaly "
        "Power Generating Company (TPGC) will build and operate."))
    assert ("Marova Grid Company", "participatesIn", "high-voltage line") in found
    assert ("Tessaly Power Generating Company", "participatesIn", "generating unit") in found
    assert not [t for t in found if t[0] == "Tessaly Power Generating Company" and
                "field" in t[2]]


def test_generating_units_of_a_station_are_parts_not_works(extract) -> None:
    result = extract("All six generating units of the Ondine hydropower station, built by "
                     "Sinohydro, went into commercial operation on Tuesday.")
    assert [e.label for e in by_class(result, EntityClass.PROJECT)] == [
        "Ondine hydropower station"]


def test_co_holders_alongside_and_a_named_zone_developed_by_a_firm(extract) -> None:
    result = extract(
        "Kerith Harbour Engineering holds a 52.5 percent stake in the Ondine Deep Sea Port "
        "alongside Singapore's Tessaly Group and the Marova State Government. The Velor "
        "Industry Zone near Addis Ababa, developed by Jiangsu Tulsk Group, hosts 130 firms.")
    found = named_triples(result)
    for holder in ("Kerith Harbour Engineering", "Tessaly Group", "Marova State Government"):
        assert (holder, "fundsProject", "Ondine Deep Sea Port") in found
    assert ("Jiangsu Tulsk Group", "fundsProject", "Velor Industry Zone") in found
    assert "Velor Industry Zone" in [e.label for e in by_class(result, EntityClass.PROJECT)]


def test_a_line_or_section_named_by_its_two_ends(extract) -> None:
    result = extract(
        "Tessaly Construction is laying the 340-kilometre section from Makutupora to Tabora, "
        "and it is building the 330-kilometer line from Tabora to Kigoma.")
    found = named_triples(result)
    assert ("Tessaly Construction", "participatesIn", "Makutupora-Tabora section") in found
    assert ("Tessaly Construction", "participatesIn", "Tabora-Kigoma line") in found
    # the two ends are two places, not one
    assert "Makutupora" in [e.label for e in by_class(result, EntityClass.REGION)]


def test_a_text_that_stops_after_from_is_read_without_error(extract) -> None:
    result = extract("Kerith Rail is building the line from")
    assert "Kerith Rail" in [e.label for e in result.entities]


def test_a_firm_the_parser_hangs_on_the_opening_place_is_the_subject(extract) -> None:
    found = named_triples(extract(
        "In Anaklia, Hengtong Port Construction Co., a unit of China Merchants Port Holdings, "
        "is building a 900-metre deep-water berth that should open in 2027."))
    assert ("Hengtong Port Construction Co.", "participatesIn", "deep-water berth in Anaklia") \
        in found


def test_a_named_agreement_signed_by_its_parties(extract) -> None:
    found = named_triples(extract(
        "The Regional Comprehensive Economic Partnership (RCEP), signed by Laos, Japan and New "
        "Zealand among others, cut tariffs. The Lake Tanga Transit Agreement was signed by "
        "Kenya and Uganda in 2007."))
    for country in ("Laos", "Japan", "New Zealand"):
        assert (country, "partyTo", "Regional Comprehensive Economic Partnership") in found
    assert ("Kenya", "partyTo", "Lake Tanga Transit Agreement") in found
    assert ("Uganda", "partyTo", "Lake Tanga Transit Agreement") in found


def test_the_signers_of_one_deal_among_many_are_not_parties_to_all(extract) -> None:
    # (a guard: "signed by" names the parties of a named agreement, not of those counted)
    found = named_triples(extract(
        "Kenya and Italy signed 12 agreements during the visit. The largest single deal was "
        "signed by Velora Energia and Kenya Pipeline Company."))
    assert not [t for t in found if t[0] == "Velora Energia" and t[1] == "partyTo"]


def test_a_participle_after_a_name_the_parser_hung_on_a_place_is_the_name_s(extract) -> None:
    found = named_triples(extract(
        "In Tanga, a port town in northern Kenya, Tanga Port, operated by Kerith Harbour "
        "Holdings, handled 1.2 million tonnes."))
    assert ("Kerith Harbour Holdings", "participatesIn", "Tanga Port") in found


def test_a_line_described_beside_its_name_is_the_named_line(extract) -> None:
    result = extract(
        "Further north, the Ruvuma Crude Oil Pipeline (RCOP), the 900km heated line from "
        "Mtwara in southern Tanzania to Songea, was 60 percent complete, according to Kerith "
        "Energy.")
    assert [e.label for e in by_class(result, EntityClass.PROJECT)] == [
        "Ruvuma Crude Oil Pipeline"]


def test_an_event_s_abbreviation_with_a_number_and_its_co_organisers(extract) -> None:
    result = extract(
        "Ministers met at the Fourth Lake Tanga Investment Summit (LTIS 4) in Mwanza. The "
        "summit was co-organized by the Kerith Trade Agency and Marova Chamber of Commerce. "
        "LTIS 4 drew 900 delegates.")
    [summit] = by_class(result, EntityClass.EVENT)
    assert "LTIS 4" in summit.aliases
    found = named_triples(result)
    assert ("Kerith Trade Agency", "participatesIn", summit.label) in found
    assert ("Marova Chamber of Commerce", "participatesIn", summit.label) in found


def test_which_after_works_in_a_place_is_the_works_and_it_is_their_owner(extract) -> None:
    found = named_triples(extract(
        "Kerith Water Company reached financial close on the Marova desalination plant in Senegal, "
        "which it will own and operate and which is designed to supply 400,000 cubic metres "
        "of water a day to Dakar."))
    assert ("Kerith Water Company", "fundsProject", "Marova desalination plant") in found
    assert not [t for t in found if t[0] == "Senegal" and t[1] == "suppliesTo"]


def test_the_project_after_a_sentence_on_the_port_is_the_port(extract) -> None:
    found = named_triples(extract(
        "Tanga Lithium's Marova project in Salta province began production in February. On "
        "the coast, the Kerith Port handled 186,000 containers this year. The first phase of "
        "the port cost $1.3 billion. Velor Shipping Ports Ltd holds a 60 percent stake in the "
        "project."))
    assert ("Velor Shipping Ports Ltd", "fundsProject", "Kerith Port") in found
    assert ("Velor Shipping Ports Ltd", "fundsProject", "Tanga Lithium Marova project") \
        not in found


def test_a_place_hung_on_what_the_works_comes_with_is_the_works_place(extract) -> None:
    found = named_triples(extract(
        "Kerith Enerji signed an agreement with the Energy Ministry in June to build a 400 MW "
        "solar park with 200 megawatt-hours of battery storage in the Samarkand region."))
    assert ("solar park in Samarkand Region", "locatedIn", "Samarkand Region") in found


def test_a_part_of_the_works_the_text_is_about(extract) -> None:
    found = named_triples(extract(
        "The 1,035-km Lake Tanga Railway links Mwanza with Kigoma. Its Kenyan section is run "
        "by the Kerith Railway Co., Ltd. (KRC), a joint venture."))
    assert ("Kerith Railway Co., Ltd.", "participatesIn", "Lake Tanga Railway") in found


def test_a_participle_before_the_subject_is_said_of_the_works(extract) -> None:
    found = named_triples(extract(
        "Kenya's Lake Tanga Rail Link (LTRL) was 88 percent complete. Built by Kerith "
        "Construction Company (KCC), the 11.9 billion dollar railway will link Mwanza with "
        "Kigoma."))
    assert ("Kerith Construction Company", "participatesIn", "Lake Tanga Rail Link") in found
    # a consortium's countries are no builders
    found = named_triples(extract(
        "Built by a Chinese-Indonesian consortium led by Kerith Railway Group Limited (KRG), "
        "the 142-km Lake Tanga Railway opened in 2023."))
    assert ("Kerith Railway Group Limited", "participatesIn", "Lake Tanga Railway") in found
    assert not [t for t in found if t[0] in ("China", "Indonesia")]


def test_the_client_a_contract_is_won_from_is_a_party_and_pays(extract) -> None:
    found = named_triples(extract(
        "A consortium of Kerith Insaat and Varda Holding won a $1.2 billion contract from the "
        "Ministry of Transport to build the Tanga Ring Road."))
    contract = [t[2] for t in found if t[0] == "Ministry of Transport" and t[1] == "partyTo"]
    assert contract and ("Kerith Insaat", "partyTo", contract[0]) in found
    assert ("Ministry of Transport", "fundsProject", "Tanga Ring Road") in found
    assert ("Kerith Insaat", "participatesIn", "Tanga Ring Road") in found
    assert ("Ministry of Transport", "participatesIn", "Tanga Ring Road") not in found


def test_the_firm_awarded_a_contract_does_the_work(extract) -> None:
    found = named_triples(extract(
        "Last month, the Tanga Port Authority awarded Kerith Construction a $300 million contract "
        "to rebuild the Tanga Grain Terminal."))
    assert ("Kerith Construction", "participatesIn", "Tanga Grain Terminal") in found
    assert ("Tanga Port Authority", "fundsProject", "Tanga Grain Terminal") in found
    assert ("Tanga Port Authority", "participatesIn", "Tanga Grain Terminal") not in found
    assert {t[0] for t in found if t[1] == "partyTo"} == {"Kerith Construction",
                                                         "Tanga Port Authority"}


def test_a_former_owner_named_in_the_works_does_not_fund_it(extract) -> None:
    found = named_triples(extract(
        "Kerith Motors is ramping up output on the site of a former Toyota factory in Tanga."))
    assert not [t for t in found if t[:2] == ("Toyota", "fundsProject")]
    # (the firm a works is named after today does fund it)
    found = named_triples(extract("Output rose at a Toyota factory in Tanga."))
    assert [t for t in found if t[:2] == ("Toyota", "fundsProject")]


def test_a_firm_the_parser_hung_on_the_opening_place_wins_the_contract(extract) -> None:
    found = named_triples(extract(
        "In Peru, Kerith Aguas, the water arm of construction group Varda, won a $320 million "
        "contract from the state utility Sedalima to build and operate the Tanga Sewage Plant."))
    assert ("Kerith Aguas", "participatesIn", "Tanga Sewage Plant") in found
    assert ("Sedalima", "fundsProject", "Tanga Sewage Plant") in found
    assert {t[0] for t in found if t[1] == "partyTo"} == {"Kerith Aguas", "Sedalima"}


def test_its_in_a_relative_clause_is_the_antecedents(extract) -> None:
    found = named_triples(extract(
        "Varda Motors is expanding in Kenya. Kerith Automobile, which began production at its "
        "new plant in Rayong last October, said output would double."))
    assert ("Kerith Automobile", "fundsProject", "Kerith Automobile plant") in found
    assert not [t for t in found if t[0] == "Varda Motors" and t[1] == "fundsProject"]
    # (not what the clause's subject takes from the mine of another)
    found = named_triples(extract(
        "Kerith Lithium extended its offtake deal with Varda Energy, which will take 150,000 "
        "tonnes a year from its Tanga Hill mine."))
    assert not [t for t in found if t[0] == "Varda Energy" and t[1] == "fundsProject"]


def test_financial_close_on_works_funds_them(extract) -> None:
    found = named_triples(extract(
        "Kerith Power reached financial close for the 495 MW Tanga Offshore Wind Farm on Monday."))
    assert ("Kerith Power", "fundsProject", "Tanga Offshore Wind Farm") in found


def test_an_agreement_for_the_supply_of_goods_is_a_supply_deal(extract) -> None:
    found = named_triples(extract(
        "Kerith Gas signed a ten-year agreement with Germany's VARDA for the supply of 1.5 bcm "
        "of gas a year from 2027."))
    assert ("Kerith Gas", "suppliesTo", "VARDA") in found
    assert ("VARDA", "partyTo", "Kerith Gas-VARDA agreement") in found


def test_works_named_before_the_change_done_to_them(extract) -> None:
    found = named_triples(extract(
        "Tarsana Ltd will invest $50 million in the Kilo West mine expansion. The Varda "
        "expansion will cost $1 billion. The Kenyan expansion of the firm was fast."))
    assert ("Tarsana Ltd", "fundsProject", "Kilo West mine expansion") in found
    projects = {s for s, _, _ in found} | {o for _, _, o in found}
    assert "Kenyan expansion" not in projects  # a country's, no works
