"""Relations from dependency patterns and cue words, one phenomenon per test."""

from __future__ import annotations

import pytest

from kg.extract.records import EntityClass, Extraction


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate.value, r.object) for r in extraction.relations}


def named_triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    """The relations with their ends' labels, for texts whose keys a test cannot know."""
    label = labels(extraction)
    return {(label[r.subject], r.predicate.value, label[r.object])
            for r in extraction.relations}


def labels(extraction: Extraction) -> dict[str, str]:
    return {e.key: e.label for e in extraction.entities}


def by_class(extraction: Extraction, cls: EntityClass) -> list:
    return [e for e in extraction.entities if e.cls == cls]


def test_investment_noun_and_verb(extract) -> None:
    found = triples(extract("Turkey's investment in Azerbaijan grew. Qatar invested heavily "
                            "in Egypt last year."))
    assert ("country:TR", "investsIn", "country:AZ") in found
    assert ("country:QA", "investsIn", "country:EG") in found


def test_trade_between_and_with(extract) -> None:
    found = triples(extract("Trade between Brazil and Argentina slowed, while India's trade "
                            "with Russia rose."))
    assert ("country:BR", "tradesWith", "country:AR") in found
    assert ("country:IN", "tradesWith", "country:RU") in found


def test_cooperation_with_pronoun_subject(extract) -> None:
    found = triples(extract("Germany is a major donor. It has expanded cooperation with "
                            "Namibia in hydrogen."))
    assert ("country:DE", "cooperatesWith", "country:NA") in found


def test_supply_to_recipient_and_such_as_list(extract) -> None:
    text = ("European firms such as Vestas and Siemens Energy are delivering turbines to "
            "Morocco.")
    found = triples(extract(text))
    assert ("org:vestas", "suppliesTo", "country:MA") in found
    assert ("org:siemens-energy", "suppliesTo", "country:MA") in found


def test_supply_recipient_from_the_country(extract) -> None:
    text = ("Vietnam wants more wind power. Danish firms such as Orsted are supplying "
            "equipment to build wind farms in the country.")
    extraction = extract(text)
    found = triples(extraction)
    assert ("org:orsted", "suppliesTo", "country:VN") in found
    [farm] = by_class(extraction, EntityClass.PROJECT)
    assert ("org:orsted", "participatesIn", farm.key) in found
    assert (farm.key, "locatedIn", "country:VN") in found


def test_negated_and_hypothetical_statements_are_not_asserted(extract) -> None:
    found = triples(extract("Japan did not invest in Myanmar. Korea could invest in Laos."))
    assert ("country:JP", "investsIn", "country:MM") not in found
    assert ("country:KR", "investsIn", "country:LA") not in found


def test_no_edge_from_mere_co_occurrence(extract) -> None:
    found = triples(extract("Chile and Peru both reported strong copper prices on Monday."))
    assert found == set()


def test_every_relation_has_its_sentence(extract) -> None:
    text = "Qatar invested heavily in Egypt."
    [relation] = extract(text).relations
    assert relation.evidence.sentence == text
    assert text[relation.evidence.start : relation.evidence.end] == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign direct investment from Singapore into Vietnam reached $5 billion.",
         ("country:SG", "investsIn", "country:VN")),
        ("Korean investors poured $1.2 billion into Vietnam's electronics sector.",
         ("country:KR", "investsIn", "country:VN")),
        ("Japan was the third-largest investor in Vietnam last year.",
         ("country:JP", "investsIn", "country:VN")),
        ("China's exports to Africa rose 5 percent.", ("country:CN", "suppliesTo",
                                                      "region:africa")),
        ("India imports crude oil from Russia at a discount.",
         ("country:RU", "suppliesTo", "country:IN")),
        ("Codelco and SQM formed a joint venture to mine lithium.",
         ("org:codelco", "cooperatesWith", "org:sqm")),
    ],
)
def test_economic_relations_in_other_phrasings(extract, text: str,
                                               expected: tuple[str, str, str]) -> None:
    assert expected in triples(extract(text))


def test_bilateral_trade_is_between_the_articles_main_pair(extract) -> None:
    text = ("Kenya and Ethiopia met in Nairobi. Kenya wants power from Ethiopia, and Ethiopia "
            "wants a port. Bilateral trade rose 7 percent last year.")
    found = triples(extract(text))
    assert {("country:KE", "tradesWith", "country:ET"),
            ("country:ET", "tradesWith", "country:KE")} & found


def test_investors_from_and_money_flowing_into(extract) -> None:
    found = triples(extract("Billions are flowing into Australian mining from Japan and "
                            "Korea."))
    assert ("country:JP", "investsIn", "country:AU") in found
    assert ("country:KR", "investsIn", "country:AU") in found


def test_stake_in_a_firm(extract) -> None:
    found = triples(extract("Tianqi Lithium, which owns about 22 percent of SQM, objected."))
    assert any(p == "investsIn" and o == "org:sqm" for _, p, o in found)


def test_trading_partner_and_memorandum_partners(extract) -> None:
    found = triples(extract("The EU is Morocco's largest trading partner. Morocco signed a "
                            "memorandum of understanding with the European Union in 2023."))
    assert ("org:european-union", "tradesWith", "country:MA") in found or \
        ("country:MA", "tradesWith", "org:european-union") in found
    assert any(s == "org:european-union" and p == "partyTo" for s, p, _ in found)


def test_imports_of_foreign_goods_and_members_of_which(extract) -> None:
    found = triples(extract("India's imports of Russian crude fell in August."))
    assert ("country:RU", "suppliesTo", "country:IN") in found
    text = ("India is negotiating with the Eurasian Economic Union, of which Russia, "
            "Kazakhstan and Armenia are members.")
    found = triples(extract(text))
    for code in ("RU", "KZ", "AM"):
        assert (f"country:{code}", "memberOf", "org:eurasian-economic-union") in found


def test_largest_investor_invests_in_the_possessor(extract) -> None:
    found = triples(extract("Japan has been Thailand's largest foreign investor for decades."))
    assert ("country:JP", "investsIn", "country:TH") in found
    assert ("country:TH", "investsIn", "country:JP") not in found


def test_pronoun_after_an_unnamed_subject_is_not_guessed(extract) -> None:
    text = ("Blackstone pledged money for a data centre. The government said it had agreed "
            "a strategic partnership with Mubadala.")
    found = triples(extract(text))
    assert not any(s == "org:blackstone" and p == "partyTo" for s, p, _ in found)


def test_firm_kinds_name_firms_and_investors_invest_in_the_articles_country(extract) -> None:
    text = ("Vietnam drew record FDI. Vietnam's exports rose. Danish toy maker Lego opened a "
            "factory in Binh Duong province. Samsung Electronics and LG Group were among the "
            "largest investors.")
    extraction = extract(text)
    assert any(e.label == "Lego" and e.cls == EntityClass.FIRM for e in extraction.entities)
    found = triples(extraction)
    assert ("org:samsung-electronics", "investsIn", "country:VN") in found or \
        ("firm:samsung-electronics", "investsIn", "country:VN") in found


def test_exports_from_a_region(extract) -> None:
    found = triples(extract("Gas exports from Central Asia to China reached 43 billion cubic "
                            "metres last year."))
    assert ("region:central-asia", "suppliesTo", "country:CN") in found


def test_the_recipient_of_investment_is_its_target(extract) -> None:
    found = triples(extract("Hungary has become the largest recipient of Chinese investment "
                            "in Europe."))
    assert ("country:CN", "investsIn", "country:HU") in found
    assert ("country:CN", "investsIn", "region:europe") not in found


def test_selling_assets_in_a_country_supplies_nobody(extract) -> None:
    found = triples(extract("Enel is selling assets in Peru and Argentina."))
    assert not any(p == "suppliesTo" for _, p, _ in found)


def test_a_loan_with_no_stated_purpose_funds_the_works_just_described(extract) -> None:
    extraction = extract(
        "Vasudha and Hoshizora will build a semiconductor fab at Dholera. Tsubasa Development "
        "Bank, a state-backed lender, will provide a ¥120 billion loan.")
    [fab] = [e for e in extraction.entities if e.cls == EntityClass.PROJECT]
    found = triples(extraction)
    assert any(p == "fundsProject" and o == fab.key and "tsubasa" in s for s, p, o in found)


def test_trade_with_a_blocs_members_is_trade_with_the_bloc(extract) -> None:
    found = triples(extract("Trade between China and ASEAN members such as Vietnam and "
                            "Malaysia rose."))
    asean = "org:association-of-southeast-asian-nations"
    assert ("country:CN", "tradesWith", asean) in found
    assert not any(p == "tradesWith" and "country:VN" in (s, o) for s, p, o in found)
    assert ("country:VN", "memberOf", asean) in found


def test_countries_that_cooperate_cooperate_with_each_other(extract) -> None:
    found = triples(extract("Spain, Portugal and Morocco will host the Cup. The stadiums will "
                            "shape how the three countries cooperate."))
    pairs = {frozenset((s, o)) for s, p, o in found if p == "cooperatesWith"}
    assert pairs == {frozenset(("country:ES", "country:PT")),
                     frozenset(("country:ES", "country:MA")),
                     frozenset(("country:PT", "country:MA"))}


def test_working_together_with_a_partner_is_cooperation(extract) -> None:
    found = triples(extract("Qilian Gold Mining Group restarted a gold mine in March together "
                            "with local partner Turon Metals JSC."))
    assert any(p == "cooperatesWith" and "qilian" in s and "turon" in o for s, p, o in found)


def test_the_second_holder_in_a_gapped_clause_is_no_target(extract) -> None:
    found = triples(extract("Vasudha Industries Ltd will hold 60 percent of the venture and "
                            "Hoshizora Semiconductor Corp the remaining 40 percent."))
    assert not any(p == "investsIn" and "hoshizora" in o for _, p, o in found)


def test_stakes_in_works_and_loans_arranged_by_a_consortium(extract) -> None:
    extraction = extract(
        "Banksia Metals Ltd agreed to take a 40 percent stake in a processing plant being built "
        "by Nusantara Nikel Co in Southeast Sulawesi province. Al Waha Aviation Holdings will "
        "acquire a 49 percent stake in Nyabarongo International Airport. The Karakiya Green "
        "Hydrogen Project needs money. Work will start after 1.2 billion euros of loans that a "
        "consortium led by Mainfeld Bank is arranging for the project.")
    found = triples(extraction)
    funded = {(s.split(":")[-1], o.split("/")[-1].split(":")[-1])
              for s, p, o in found if p == "fundsProject"}
    assert ("banksia-metals-ltd", "processing-plant") in funded
    assert ("al-waha-aviation-holdings", "nyabarongo-international-airport") in funded
    assert ("mainfeld-bank", "karakiya-green-hydrogen-project") in funded
    assert not any(p == "participatesIn" and "banksia" in s for s, p, _ in found)


def test_a_buyer_after_misparsed_goods_and_exports_between_economies(extract) -> None:
    # the parser reads "concentrate" as a verb and hangs "to Seorin" on it
    found = triples(extract(
        "Altyn Dala Lithium LLP agreed to supply 18,000 tonnes of spodumene concentrate a "
        "year to Seorin Battery Co., a South Korean battery maker."))
    assert ("firm:altyn-dala-lithium-llp", "suppliesTo", "firm:seorin-battery-co") in found
    found = triples(extract("Indian exports to the EU rose 11 percent."))
    assert ("country:IN", "suppliesTo", "org:european-union") in found
    assert ("country:IN", "tradesWith", "org:european-union") in found


def test_a_named_joint_venture_its_partners_and_the_venture_later(extract) -> None:
    extraction = extract(
        "Hanbit Materials and Turon Rare Metals Holding agreed to form a joint venture, "
        "Hanbit-Turon Tungsten LLC. The venture will build and own a tungsten processing "
        "plant in the Tashkent region. The two partners plan to invest USD 210 mln in a "
        "cobalt refinery in Navoi.")
    found = triples(extraction)
    venture = "firm:hanbit-turon-tungsten-llc"
    assert ("firm:hanbit-materials", "investsIn", venture) in found
    assert ("firm:turon-rare-metals-holding", "investsIn", venture) in found
    projects = {p.label: p.key for p in by_class(extraction, EntityClass.PROJECT)}
    plant = next(k for label, k in projects.items() if label.startswith("tungsten"))
    refinery = next(k for label, k in projects.items() if label.startswith("cobalt"))
    assert (venture, "fundsProject", plant) in found
    assert ("firm:hanbit-materials", "fundsProject", refinery) in found
    assert ("firm:turon-rare-metals-holding", "fundsProject", refinery) in found


def test_trade_either_way_is_one_fact(extract) -> None:
    found = triples(extract("Indian exports to the EU rose, and the EU's exports to India fell."))
    pairs = [(s, o) for s, p, o in found if p == "tradesWith"]
    assert len(pairs) == 1


def test_the_remaining_stake_is_in_the_same_firm(extract) -> None:
    found = triples(extract(
        "The terminal is run by Andes Pacific Terminal S.A., a company in which Haixin Port "
        "Holdings Co., Ltd. holds a 60 percent stake, while the Peruvian firm Inversiones "
        "Costanera S.A.C. holds the remaining 40 percent."))
    assert ("firm:inversiones-costanera-s-a-c", "investsIn",
            "firm:andes-pacific-terminal-s-a") in found
    assert not any(s == "firm:haixin-port-holdings-co-ltd" and o.endswith("costanera-s-a-c")
                   for s, _, o in found)


def test_a_foreign_firm_funding_works_in_a_country_invests_in_it(extract) -> None:
    found = triples(extract(
        "Emirati developer Al Noor Power will invest $900 million in a wind farm in "
        "Kazakhstan. Kazakh utility Samruk Green will build a solar plant in Kazakhstan. "
        "Gulf Meridian Bank, an Abu Dhabi lender, financed the wind farm."))
    assert ("firm:al-noor-power", "investsIn", "country:KZ") in found
    assert not any(p == "investsIn" and o == "country:KZ" and s != "firm:al-noor-power"
                   for s, p, o in found)


def test_trade_with_a_bloc_s_members_and_the_trader_carried_on(extract) -> None:
    found = triples(extract(
        "The Organization of Turkic States (OTS) met in Baku. Türkiye's trade with the other "
        "OTS member states reached $21.3 billion in 2024. Trade with Azerbaijan alone rose 11.5 "
        "percent to $8.1 billion."))
    trade = {frozenset((s, o)) for s, p, o in found if p == "tradesWith"}
    assert frozenset(("country:TR", "org:organization-of-turkic-states")) in trade
    assert frozenset(("country:TR", "country:AZ")) in trade


def test_money_for_two_coordinated_works_funds_both(extract) -> None:
    extraction = extract(
        "A consortium of Merlion Grid Holdings, PT Nusantara Surya Energi and Hoshizora Power "
        "Corp plans a solar farm on the island of Bintan and a battery storage plant on Batam. "
        "The three partners will invest more than $3.8 billion in the solar farm and the "
        "battery plant.")
    found = triples(extraction)
    for project in by_class(extraction, EntityClass.PROJECT):
        funders = {s for s, p, o in found if p == "fundsProject" and o == project.key}
        assert len(funders) == 3, (project.label, funders)


def test_a_legal_form_tells_a_firm_is_foreign(extract) -> None:
    found = triples(extract(
        "Rheinerz Metallurgie GmbH will invest €950 million in a rare-earths processing plant "
        "in Kazakhstan. Qarmet Steel will build a rolling mill in Kazakhstan."))
    assert ("firm:rheinerz-metallurgie-gmbh", "investsIn", "country:KZ") in found
    assert not any(s.startswith("firm:qarmet") and p == "investsIn" for s, p, _ in found)


def test_its_works_belong_to_the_firm_a_body_grants_them_to(extract) -> None:
    found = triples(extract(
        "The Bac Ninh Provincial People's Committee granted Hanseong Electronics Co. an "
        "investment certificate for a $780 million expansion of its camera-module plant."))
    funders = {s for s, p, _ in found if p == "fundsProject"}
    assert funders == {"firm:hanseong-electronics-co"}


def test_a_cue_word_inside_a_body_s_name_is_no_cue(extract) -> None:
    found = triples(extract(
        "Registered foreign direct investment in Vietnam reached $26.1 billion, according to "
        "the Foreign Investment Agency (FIA), which sits under the Ministry of Finance."))
    assert not any(p == "investsIn" for _, p, _ in found)


def test_buying_a_country_s_goods_is_supply_not_investment(extract) -> None:
    found = triples(extract(
        "Nigeria remained the largest destination, taking $812 million worth of Indian "
        "medicines, while South Africa bought $655 million of Indian drugs. Vasudha Industries "
        "will hold 60 percent of VH Semiconductor."))
    assert ("country:IN", "suppliesTo", "country:NG") in found
    assert ("country:IN", "suppliesTo", "country:ZA") in found
    assert not any(p == "investsIn" and o == "country:IN" for _, p, o in found)
    assert any(p == "investsIn" and s.startswith("firm:vasudha") for s, p, _ in found)


def test_a_pronoun_inside_its_own_subject_is_not_its_antecedent(extract) -> None:
    # "part of it" is the subject that holds the pronoun: resolving "it" to that subject
    # would resolve "part of it" again, without end
    text = ("In Slovakia, Velmora Cell is building a cathode plant in Nitra that will turn out "
            "40,000 tonnes a year, part of it destined for Kestrel Auto's Polish lines.")
    extraction = extract(text)
    assert "Velmora Cell" in {e.label for e in extraction.entities}


def test_the_object_of_encourage_acts_not_its_subject(extract) -> None:
    found = triples(extract("The Japanese government will encourage more firms to invest in "
                            "Kenya, the minister said."))
    assert ("country:JP", "investsIn", "country:KE") not in found


def test_the_bank_as_a_subject_is_the_bank_in_focus(extract) -> None:
    extraction = extract(
        "The Asian Infrastructure Investment Bank (AIIB) approved loans worth $900 million. "
        "The largest loan goes to Turkey's Industrial Development Bank (TSKB), which will "
        "on-lend it. In Nepal, the bank approved $200 million for the Kathmandu Ring Road.")
    found = named_triples(extraction)
    assert ("Asian Infrastructure Investment Bank", "fundsProject", "Kathmandu Ring Road") in found
    assert ("Industrial Development Bank", "fundsProject", "Kathmandu Ring Road") not in found


def test_a_blocs_bank_is_not_the_bloc(extract) -> None:
    extraction = extract("# BRICS bank approves loans for Brazil and India\n\nThe bank said "
                         "the loans would fund roads.")
    assert not any(p == "investsIn" and s == "org:brics" for s, p, _ in triples(extraction))


def test_money_for_the_works_its_purpose_clause_names(extract) -> None:
    extraction = extract("Shipping group Maersk said it would invest 90 million euros to "
                         "raise the capacity of the Tema Container Terminal, which it runs.")
    keys = {e.label: e.key for e in extraction.entities}
    assert (keys["Maersk"], "fundsProject", keys["Tema Container Terminal"]) in \
        triples(extraction)


def test_stakes_listed_after_a_colon(extract) -> None:
    extraction = extract("The Gulf Nile Fund (GNF) paid $900 million for minority stakes in "
                         "three listed firms: 20 percent of Delta Fertilizers Company, 25 "
                         "percent of Nile Cement Company and 10 percent of the Suez Steel "
                         "Company.")
    keys = {e.label: e.key for e in extraction.entities}
    found = triples(extraction)
    for firm in ("Delta Fertilizers Company", "Nile Cement Company", "Suez Steel Company"):
        assert (keys["Gulf Nile Fund"], "investsIn", keys[firm]) in found


def test_supplies_to_a_works_go_to_its_owner(extract) -> None:
    extraction = extract("Kora Group will expand its refinery. Shell signed an MoU with the "
                         "Kora Group under which it will supply crude oil to the group's "
                         "refinery at Lekki, and it sells fuel to Chinese refiners.")
    keys = {e.label: e.key for e in extraction.entities}
    found = triples(extraction)
    assert (keys["Shell"], "suppliesTo", keys["Kora Group"]) in found
    assert not any(p == "suppliesTo" and o == keys["Lekki"] for _, p, o in found)


def test_the_demonym_firm_noun_is_the_firm_not_its_country(extract) -> None:
    # the firm from that country, not the nearer firm named in between
    text = ("Brazilian miner Ferronorte SA signed a supply deal with Hanjin Steel. The "
            "Brazilian company will supply ore to Hanjin Steel. The South Korean group's "
            "investment in Chile rose.")
    found = triples(extract(text))
    assert ("firm:ferronorte-sa", "suppliesTo", "firm:hanjin-steel") in found
    assert ("firm:hanjin-steel", "investsIn", "country:CL") in found
    assert ("country:BR", "suppliesTo", "firm:hanjin-steel") not in found
    assert ("country:KR", "investsIn", "country:CL") not in found


def test_the_capitalised_body_word_is_the_body_named_before(extract) -> None:
    text = ("The European Commission proposed the deal. Maros Sefcovic, the Commission's "
            "trade chief, said so. The Suez Authority and Al Reem formed a venture in which "
            "Al Reem holds 80 percent and the Authority 20 percent.")
    extraction = extract(text)
    assert ("Maros Sefcovic", "holdsPositionIn", "European Commission") in \
        named_triples(extraction)
    [share] = [f for f in extraction.figures if f.value == 20]
    assert "Suez Authority" in [labels(extraction)[a] for a in share.about]


def test_a_hyphened_pair_before_cooperation_or_trade(extract) -> None:
    found = triples(extract("Energy has become the engine of China-Ecuador cooperation, and "
                            "Kenya-Egypt trade rose."))
    assert ("country:CN", "cooperatesWith", "country:EC") in found
    assert ("country:KE", "tradesWith", "country:EG") in found


def test_routes_lie_in_the_countries_their_clauses_name(extract) -> None:
    found = named_triples(extract(
        "More trains take the Trans-Caspian International Transport Route, or Middle "
        "Corridor, which runs through Kazakhstan, Azerbaijan and Georgia. The Baku-Tbilisi-Kars "
        "railway connects Azerbaijan with Turkey via Georgia. The parties discussed the "
        "Altai-Gobi gas pipeline, which is to carry Russian gas across Mongolian territory."))
    for country in ("Kazakhstan", "Azerbaijan", "Georgia"):
        assert ("Middle Corridor", "locatedIn", country) in found or \
            ("Trans-Caspian International Transport Route", "locatedIn", country) in found
    for country in ("Azerbaijan", "Turkey", "Georgia"):
        assert ("Baku-Tbilisi-Kars railway", "locatedIn", country) in found
    assert ("Altai-Gobi gas pipeline", "locatedIn", "Mongolia") in found
    assert ("Altai-Gobi gas pipeline", "locatedIn", "Russia") not in found  # what it carries


def test_a_lender_lending_to_a_country_holds_no_stake_in_it(extract) -> None:
    found = named_triples(extract(
        "The AfDB extended EUR 80 million to Malawi for a rural road. Mubadala invested "
        "$2 billion in Kenya."))
    assert not any(s == "AfDB" and p == "investsIn" for s, p, _ in found)
    assert ("Mubadala", "investsIn", "Kenya") in found


def test_a_headline_naming_two_countries_tells_of_their_cooperation(extract) -> None:
    found = named_triples(extract(
        "Laos, Thailand deepen power ties as hydropower exports climb\n\n"
        "VIENTIANE, May 3 -- Exports of electricity rose 12 percent."))
    assert ("Laos", "cooperatesWith", "Thailand") in found
    caption = named_triples(extract(
        "A train from Laos waits at a station in Thailand, May 3, 2025. Photo: Xinhua\n\n"
        "Exports of electricity rose 12 percent."))
    assert not any(p == "cooperatesWith" for _, p, _ in caption)  # a caption, not a headline


def test_who_supplies_whom_under_a_deal_or_as_its_customers(extract) -> None:
    found = named_triples(extract(
        "Samsung SDI, which supplies BMW and Stellantis, is expanding. Harbin Electric "
        "Corporation signed a contract with RusHydro to supply two gas turbines. Sungrow is "
        "building a factory in Hungary to supply Volvo. Mongolia will earn fees on Russian gas "
        "bound for China. China Three Gorges Corporation signed a power purchase agreement "
        "with the National Electric Grid of Uzbekistan, and the state utility Tenaga Nasional "
        "Berhad signed power purchase agreements with Solarvest Holdings."))
    for supplier, buyer in (("Samsung SDI", "BMW"), ("Samsung SDI", "Stellantis"),
                            ("Harbin Electric Corporation", "RusHydro"), ("Sungrow", "Volvo"),
                            ("Russia", "China"), ("China Three Gorges Corporation",
                                                  "National Electric Grid of Uzbekistan")):
        assert (supplier, "suppliesTo", buyer) in found
    # (a utility that signs a power purchase agreement buys the power)
    assert ("Tenaga Nasional Berhad", "suppliesTo", "Solarvest Holdings") not in found


def test_the_borrower_funds_the_works_its_loan_is_for(extract) -> None:
    found = named_triples(extract(
        "In Uganda, the African Development Bank will lend $95 million to Umeme Limited for "
        "the upgrade of the Kampala distribution grid."))
    assert any(s == "Umeme Limited" and p == "fundsProject" for s, p, _ in found)
    assert not any(p == "investsIn" and o == "Umeme Limited" for _, p, o in found)


def test_a_lender_takes_no_stake_in_the_country_or_the_origin_of_its_loans(extract) -> None:
    found = named_triples(extract(
        "The Korea International Cooperation Agency (KOICA) signed agreements to provide "
        "Korean concessional loans of 90 billion won to Ghana. KOICA's loan commitments to the "
        "country now exceed $1 billion."))
    assert not any(p == "investsIn" for _, p, _ in found)


def test_money_put_up_without_a_purpose_goes_to_the_works_at_hand(extract) -> None:
    found = named_triples(extract(
        "Laos approved the Nam Ngum hydropower plant on Monday. The Asian Infrastructure "
        "Investment Bank is expected to extend up to $250 million, officials said."))
    assert ("Asian Infrastructure Investment Bank", "fundsProject",
            "Nam Ngum hydropower plant") in found
    assert not any(s == "Laos" for s, _, _ in found)


def test_the_executing_agency_takes_part_in_the_works(extract) -> None:
    found = named_triples(extract(
        "(2) Tema Water Supply Project\nLoan amount: 18,200 million yen\nExecuting agency: "
        "Ghana Water Limited (GWL)\n\nThe World Bank approved the Lusaka Grid Project on "
        "Friday. ZESCO Limited will act as the implementing agency."))
    assert ("Ghana Water Limited", "participatesIn", "Tema Water Supply Project") in found
    assert ("ZESCO Limited", "participatesIn", "Lusaka Grid Project") in found


def test_shipments_to_a_country_are_supplies(extract) -> None:
    found = named_triples(extract(
        "Ecuador's shipments to Russia fell 12 percent as banana sales slowed."))
    assert ("Ecuador", "suppliesTo", "Russia") in found
    assert ("Ecuador", "tradesWith", "Russia") in found


def test_an_action_of_a_place_is_no_body_named_with_that_word(extract) -> None:
    found = named_triples(extract(
        "Officials of the Asian Development Bank met. The Nordic Fund will provide $40 million to "
        "Senegal for the development of irrigated land."))
    assert not [t for t in found if t[2] == "Asian Development Bank"]


def test_a_loan_with_no_lender_named_is_the_releases_lender(extract) -> None:
    found = named_triples(extract(
        "The Nordic Investment Bank (NIB) signed four loans today. NIB President Anna Berg "
        "welcomed them.\n\nGhana: water for Tamale\n\nA US$40 million loan will co-finance "
        "the Tamale Water Supply Project, which the Islamic Development Bank also backs."))
    assert ("Nordic Investment Bank", "fundsProject", "Tamale Water Supply Project") in found


def test_the_countrys_exports_are_the_country_named_before(extract) -> None:
    found = named_triples(extract(
        "Ana Rojas, Peru's vice minister of trade, said the country's grape exports to Korea "
        "would double."))
    assert ("Peru", "suppliesTo", "South Korea") in found


def test_those_who_supply_what_a_country_imports_supply_it(extract) -> None:
    found = named_triples(extract(
        "India imported 2.1 million tonnes of palm oil in May, traders said, with Malaysia "
        "and Indonesia supplying most of it."))
    assert ("Malaysia", "suppliesTo", "India") in found
    assert ("Indonesia", "suppliesTo", "India") in found


def test_a_trade_word_that_opens_a_sentence_after_a_headline(extract) -> None:
    found = named_triples(extract(
        "Peru-Korea trade grows as copper sales rise\n\n"
        "Trade between Chile and Japan rose 4 percent in the first half."))
    assert ("Chile", "tradesWith", "Japan") in found


def test_the_city_company_is_the_firm_named_before(extract) -> None:
    found = named_triples(extract(
        "Work on the Banjul Deep Sea Port is half done, DP World said. The Dubai company is "
        "investing $400 million in the port."))
    assert ("DP World", "fundsProject", "Banjul Deep Sea Port") in found
    assert not any(s == "Dubai" for s, p, o in found)


def test_a_credit_line_for_works_funds_them(extract) -> None:
    found = named_triples(extract(
        "Afreximbank approved a $90 million loan for the Kafue Gorge dam, while the OPEC Fund "
        "signed a $40 million credit line for the Chisamba solar park."))
    assert ("OPEC Fund", "fundsProject", "Chisamba solar park") in found
    assert ("OPEC Fund", "fundsProject", "Kafue Gorge dam") not in found


def test_named_works_listed_after_a_colon_stand_for_the_plural(extract) -> None:
    found = named_triples(extract(
        "Officials visited three plants in Uzbekistan that Masdar will build: the Nur Navoi "
        "Solar Park, the Samarkand Solar Park and the Zarafshan Wind Farm."))
    for works in ("Nur Navoi Solar Park", "Samarkand Solar Park", "Zarafshan Wind Farm"):
        assert ("Masdar", "participatesIn", works) in found
        assert (works, "locatedIn", "Uzbekistan") in found


def test_the_parents_of_a_joint_venture_cooperate(extract) -> None:
    found = named_triples(extract(
        "Engie is growing in Chile. Its joint venture with Colbun, in which the French group "
        "holds half, won a tender. Toyota buys cells from Primearth, its joint venture with "
        "Panasonic."))
    assert ("Engie", "cooperatesWith", "Colbun") in found
    assert ("Toyota", "cooperatesWith", "Panasonic") in found


def test_owners_of_a_firm_named_by_a_passive(extract) -> None:
    found = named_triples(extract(
        "Sahara Wind SARL is owned 60 per cent by Nareva Holding and 40 per cent by Enel Green "
        "Power. Kabila Minerals is a small vehicle. It is jointly owned by Ivanhoe Mines and "
        "Zijin Mining Group."))
    assert ("Nareva Holding", "investsIn", "Sahara Wind SARL") in found
    assert ("Enel Green Power", "investsIn", "Sahara Wind SARL") in found
    assert ("Zijin Mining Group", "investsIn", "Kabila Minerals") in found


def test_owners_by_their_shares_in_a_relative_clause_or_after_be(extract) -> None:
    found = named_triples(extract(
        "Kestrel Minerals, which is 60 percent owned by Oriel Mining and 40 percent by Banco "
        "Taluga, opened an office. After the deal, Marabou Copper will be 70 percent owned by "
        "Ondine Resources and 30 percent by Vessel Holdings."))
    assert ("Oriel Mining", "investsIn", "Kestrel Minerals") in found
    assert ("Banco Taluga", "investsIn", "Kestrel Minerals") in found
    assert ("Ondine Resources", "investsIn", "Marabou Copper") in found
    assert ("Vessel Holdings", "investsIn", "Marabou Copper") in found


def test_a_firm_chosen_as_supplier_supplies_the_chooser(extract) -> None:
    found = named_triples(extract(
        "Halvard Wind has picked Nordex as preferred supplier for 40 of its turbines. Vantor "
        "Electric was selected as cable supplier by Acwa Power. The ministry chose Sinohydro "
        "as the main contractor for the Kobane Dam."))
    assert ("Nordex", "suppliesTo", "Halvard Wind") in found
    assert ("Vantor Electric", "suppliesTo", "Acwa Power") in found
    assert ("Sinohydro", "participatesIn", "Kobane Dam") in found
    assert not [t for t in found if t[1] == "participatesIn" and t[0] != "Sinohydro"]


def test_a_works_owned_by_a_firm_is_no_firm_the_pronoun_meant(extract) -> None:
    found = named_triples(extract(
        "The AfDB approved a loan for the Lusaka-Lilongwe line. Once built, the line will carry "
        "500 megawatts. It will be owned by ZESCO and ESCOM."))
    assert not [t for t in found if t[1] == "investsIn" and t[2] == "AfDB"]


def test_a_financing_package_for_works_funds_them(extract) -> None:
    found = named_triples(extract(
        "Last week, KfW and a group of banks led by Nedbank and Absa signed a $900 million "
        "financing package for the Kudu Gas Power Station."))
    assert ("KfW", "fundsProject", "Kudu Gas Power Station") in found


def test_an_amount_in_loans_from_a_lender_for_works_funds_them(extract) -> None:
    found = named_triples(extract(
        "The package includes €300 million in concessional loans from the Agence Française de "
        "Développement (AFD) for the Kribi Deep Sea Port."))
    assert ("Agence Française de Développement", "fundsProject",
            "Kribi Deep Sea Port") in found


def test_a_stake_held_by_a_name_not_read_is_not_the_main_subjects(extract) -> None:
    found = named_triples(extract(
        "Kerith Mining's Quellaveco mine produced 300,000 tonnes of copper. Marlow Ports owns "
        "60% of the US$1.3bn Paita megaport, with local miner Volcan holding the remaining "
        "40%."))
    assert ("Marlow Ports", "fundsProject", "Paita megaport") in found
    assert not [t for t in found if t[0] == "Marlow Ports" and "Quellaveco" in t[2]]


def test_the_partner_of_a_shipment_hung_on_the_goods_or_a_second_amount(extract) -> None:
    found = named_triples(extract(
        "Kerith Trading buys the power from the Nepal Electricity Authority. Azerbaijan "
        "exported 12.8 billion cubic metres of gas to Italy last year, and a further 9.6 bcm to "
        "Greece, the ministry reported."))
    assert ("Nepal Electricity Authority", "suppliesTo", "Kerith Trading") in found
    assert ("Azerbaijan", "suppliesTo", "Italy") in found
    assert ("Azerbaijan", "suppliesTo", "Greece") in found


def test_a_name_after_a_gapped_amount_holds_it_and_takes_no_stake(extract) -> None:
    found = named_triples(extract(
        "Kerith Capital and the Marova Investment Authority agreed to buy 49% of Spanish grid "
        "firm Redelia Energia. Kerith Capital will take 29% and Marova Investment Authority "
        "20%."))
    assert ("Kerith Capital", "investsIn", "Redelia Energia") in found
    assert ("Kerith Capital", "investsIn", "Marova Investment Authority") not in found
    # a share of a firm is bought, not supplied
    assert not [t for t in found if t[1] == "suppliesTo"]


def test_stakes_in_one_firm_and_in_another(extract) -> None:
    found = named_triples(extract(
        "Marova Holdings already holds stakes in Spanish utility Iberdrola and in Kerith "
        "Airport Holdings."))
    assert ("Marova Holdings", "investsIn", "Kerith Airport Holdings") in found


def test_holders_of_a_stake_in_works_named_before_in_which(extract) -> None:
    found = named_triples(extract(
        "Ministers reviewed progress on the Palma LNG project in the Rovuma basin, in which "
        "Indian public sector undertakings ONGC Videsh, Oil India and Bharat PetroResources "
        "together hold a 30 per cent stake."))
    for firm in ("ONGC Videsh", "Oil India", "Bharat PetroResources"):
        assert (firm, "fundsProject", "Palma LNG project") in found


def test_coordinated_roles_of_the_works_a_possessive_names(extract) -> None:
    found = named_triples(extract(
        "The Marova LNG project will restart in May, Ondine Energy, the project's operator and "
        "largest shareholder, said."))
    assert ("Ondine Energy", "participatesIn", "Marova LNG project") in found
    assert ("Ondine Energy", "fundsProject", "Marova LNG project") in found


def test_supply_from_one_country_to_another(extract) -> None:
    found = named_triples(extract(
        "The two sides finalised arrangements for the supply of 25 MW of power from Bhutan to "
        "Bangladesh through the Indian grid. The Tessaly pipeline, which carries gas from "
        "Turkmenistan across Uzbekistan to China, was extended in 2024."))
    assert ("Bhutan", "suppliesTo", "Bangladesh") in found
    assert ("Turkmenistan", "suppliesTo", "China") in found
    assert ("Uzbekistan", "suppliesTo", "China") not in found


def test_its_operator_or_developer_beside_a_name_takes_part_in_the_subject_works(
        extract) -> None:
    found = named_triples(extract(
        "The Marova Port handled 2 million tonnes in May, its operator Tessaly Harbour "
        "Holdings said. The Velor Industrial Zone has attracted 80 firms, according to its "
        "developer, Kerith Zones Ltd. The zone plans a power plant, according to its owner."))
    assert ("Tessaly Harbour Holdings", "participatesIn", "Marova Port") in found
    assert ("Kerith Zones Ltd.", "fundsProject", "Velor Industrial Zone") in found


def test_a_demonym_before_a_firm_word_describes_the_firm_named_before(extract) -> None:
    found = named_triples(extract(
        "The Ruvuma Crude Oil Pipeline is 70 percent complete, according to TotalEnergies. "
        "The French oil major owns 62 percent of the project, while Tanga Oil Company and "
        "Mtwara Petroleum Corporation hold 15 percent each."))
    assert ("TotalEnergies", "fundsProject", "Ruvuma Crude Oil Pipeline") in found
    assert ("France", "fundsProject", "Ruvuma Crude Oil Pipeline") not in found
    # a share of nothing named is a share in what the stake before it was in
    assert ("Tanga Oil Company", "fundsProject", "Ruvuma Crude Oil Pipeline") in found
    assert ("Mtwara Petroleum Corporation", "fundsProject", "Ruvuma Crude Oil Pipeline") in found


def test_the_lenders_a_signed_loan_is_with_fund_what_it_is_for(extract) -> None:
    found = named_triples(extract(
        "In Kenya, Rift Power Company has signed a ¥20 billion loan with Tsubasa Bank and a "
        "€60 million facility with Germany's Rheinbank for the 80MW Menengai IV geothermal "
        "plant in Nakuru."))
    for funder in ("Rift Power Company", "Tsubasa Bank", "Rheinbank"):
        assert (funder, "fundsProject", "Menengai IV geothermal plant") in found
    # a lender that signs a loan with a firm lends to it
    found = named_triples(extract(
        "The Kerith Investment Bank has signed a €150 million loan with Tanga Power Company "
        "to build the 80MW Menengai IV geothermal plant in Nakuru."))
    assert ("Kerith Investment Bank", "fundsProject", "Menengai IV geothermal plant") in found
    assert ("Tanga Power Company", "fundsProject", "Menengai IV geothermal plant") not in found


def test_the_contractor_of_no_named_works_builds_the_works_at_hand(extract) -> None:
    found = named_triples(extract(
        "Rift Power Company will build the 80MW Menengai IV geothermal plant in Nakuru. "
        "Japan's Sakura Tsusho Corporation is the EPC contractor."))
    assert ("Sakura Tsusho Corporation", "participatesIn", "Menengai IV geothermal plant") \
        in found


def test_the_borrower_of_a_loan_to_build_works_builds_and_funds_them(extract) -> None:
    found = named_triples(extract(
        "The Kerith Investment Bank is providing a senior loan of up to €48 million to Marova "
        "Solar SA, a special-purpose company, to build and operate a 120 MW solar plant near "
        "the town of Sened."))
    plant = "solar plant in Sened"
    assert ("Marova Solar SA", "fundsProject", plant) in found
    assert ("Kerith Investment Bank", "fundsProject", plant) in found
    assert ("Kerith Investment Bank", "participatesIn", plant) not in found
    assert ("Kerith Investment Bank", "investsIn", "Marova Solar SA") not in found


def test_works_do_not_lie_in_the_countries_their_connections_reach(extract) -> None:
    found = named_triples(extract(
        "Through connections with other routes, the Lake Tanga Railway now reaches 12 "
        "countries and regions, including Kenya, Uganda and Rwanda. The Marova Gas Pipeline "
        "will cross Niger and Chad before reaching Sudan."))
    assert not [t for t in found if t[0] == "Lake Tanga Railway" and t[1] == "locatedIn"]
    assert ("Marova Gas Pipeline", "locatedIn", "Sudan") in found


def test_a_loan_to_a_firm_is_no_stake_in_it(extract) -> None:
    found = named_triples(extract(
        "Kerith Development Bank has approved a $91.5 million loan to Marova Lithium for the "
        "second phase of its mine."))
    assert ("Kerith Development Bank", "investsIn", "Marova Lithium") not in found


def test_the_project_owner_beside_a_name_owns_the_works_the_sentence_is_about(
        extract) -> None:
    found = named_triples(extract(
        "Kenya's Lake Tanga Rail Link (LTRL) was 88 percent complete at the end of September, "
        "and test runs on the 665-kilometer line are scheduled to begin next year, according "
        "to Kerith Rail Link Sdn Bhd (KRL), the project owner."))
    assert ("Kerith Rail Link Sdn Bhd", "fundsProject", "Lake Tanga Rail Link") in found


def test_one_of_the_project_s_contractors_takes_part_in_it(extract) -> None:
    found = named_triples(extract(
        "The Lake Tanga Railway has entered its peak building phase, with work under way on 41 "
        "of its 81 tunnels, according to Kerith Railway Construction Corporation (KRCC), one "
        "of the project's main contractors."))
    assert ("Kerith Railway Construction Corporation", "participatesIn", "Lake Tanga Railway") \
        in found


def test_a_firm_controlled_by_its_owners(extract) -> None:
    found = named_triples(extract(
        "Kerith Toll Roads, the motorway operator controlled by Varda Holdings, agreed to "
        "invest $650 million."))
    assert ("Varda Holdings", "investsIn", "Kerith Toll Roads") in found


def test_a_firm_that_controls_another_invests_in_it(extract) -> None:
    found = named_triples(extract(
        "Varda Group, the Chinese steelmaker that controls Kilo Copper Company, said profits "
        "rose. Tarsana Holdings does not control Mara Mining Company."))
    assert ("Varda Group", "investsIn", "Kilo Copper Company") in found
    assert ("Tarsana Holdings", "investsIn", "Mara Mining Company") not in found


def test_a_list_of_amounts_under_the_sentence_that_puts_the_money_up(extract) -> None:
    found = named_triples(extract(
        "The Steppe Development Bank (SDB) has approved US$600 million for three projects in "
        "Ghana and Togo:\n\n- US$245 million for the Accra Water Security Project in Ghana. "
        "The project will be run by the national water company.\n\nRoads\n"
        "- US$120 million for the 96-km Lome-Kara section of the North Road in Togo.\n\n"
        "Other lenders are active.\n- US$9 million for the Tema Port Project.\n"))
    assert ("Steppe Development Bank", "fundsProject", "Accra Water Security Project") in found
    assert any(s == "Steppe Development Bank" and p == "fundsProject" and "Lome-Kara" in o
               for s, p, o in found)
    # a list that no sentence with a lender opens
    assert ("Steppe Development Bank", "fundsProject", "Tema Port Project") not in found


def test_holders_that_share_the_first_holders_verb(extract) -> None:
    found = named_triples(extract(
        "The Tema West Terminal (TWT), in which Varda Ports holds 51 percent, local "
        "conglomerate Kilo Holdings 34 percent and the Ghana Ports Authority (GPA) 15 percent, "
        "opened last year. Mara Group holds 60 percent of Lakeside Gateway Ltd, and Tarsana "
        "Group 40 percent."))
    for holder in ("Varda Ports", "Kilo Holdings", "Ghana Ports Authority"):
        assert (holder, "fundsProject", "Tema West Terminal") in found
    assert ("Tarsana Group", "investsIn", "Lakeside Gateway Ltd") in found
    assert ("Mara Group", "investsIn", "Tarsana Group") not in found
