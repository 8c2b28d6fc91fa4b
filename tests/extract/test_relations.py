"""Relations from dependency patterns and cue words, one phenomenon per test."""

from __future__ import annotations

import pytest

from kg.extract.records import AgreementStatus, EntityClass, Extraction, Predicate


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate.value, r.object) for r in extraction.relations}


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
    assert plant.label == "solar power plant"
    assert (plant.key, "locatedIn", "country:EG") in triples(extraction)


def test_places_events_and_membership(extract) -> None:
    text = ("The annual Caspian Economic Forum opened in Baku, Azerbaijan. Researchers from "
            "the Institute of Economics of the Russian Academy of Sciences attended.")
    extraction = extract(text)
    found = triples(extraction)
    [forum] = by_class(extraction, EntityClass.EVENT)
    assert (forum.key, "locatedIn", "city:baku") in found
    assert ("city:baku", "locatedIn", "country:AZ") in found
    assert any(p == "memberOf" for _, p, _ in found)


def test_member_list_after_a_dash(extract) -> None:
    text = ("The Central Asian nations - Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
            "Uzbekistan - met in Astana.")
    found = triples(extract(text))
    for code in ("KZ", "KG", "TJ", "TM", "UZ"):
        assert (f"country:{code}", "memberOf", "region:central-asia") in found


def test_positions_after_and_before_the_name(extract) -> None:
    text = ("Laila Haddad, Jordan's minister of investment, met Kenyan Trade Minister "
            "Rebecca Miano.")
    extraction = extract(text)
    roles = {(r.subject, r.object): r.role for r in extraction.relations
             if r.predicate == Predicate.HOLDS_POSITION_IN}
    assert roles[("person:laila-haddad", "country:JO")] == "minister of investment"
    assert ("person:rebecca-miano", "country:KE") in roles


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


def test_places_lie_in_their_countries_when_both_are_named(extract) -> None:
    found = triples(extract("Officials in Cairo said Egypt would sell more bonds."))
    assert ("city:cairo", "locatedIn", "country:EG") in found
    assert not any(p == "locatedIn" for _, p, _ in
                   triples(extract("Officials in Cairo said bonds would sell.")))


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


def test_joint_venture_partners_invest_in_it(extract) -> None:
    text = ("Nordic Wind Holdings Ltd, a joint venture of Vestas and Orsted, will build "
            "turbines in Poland.")
    found = triples(extract(text))
    assert ("org:vestas", "investsIn", "firm:nordic-wind-holdings-ltd") in found
    assert ("org:orsted", "investsIn", "firm:nordic-wind-holdings-ltd") in found


def test_subsidiary_named_after_its_owner(extract) -> None:
    text = ("Acme Power Corp entered Chile in 2010. Its local subsidiary, Acme Chile SA, "
            "runs two plants.")
    found = triples(extract(text))
    assert ("firm:acme-chile-sa", "memberOf", "firm:acme-power-corp") in found


def test_agreement_named_by_its_parties_and_complement(extract) -> None:
    text = "Egypt and Saudi Arabia signed a memorandum of understanding on power trade."
    extraction = extract(text)
    [memo] = by_class(extraction, EntityClass.AGREEMENT)
    assert any("memorandum of understanding" in name for name in (memo.label, *memo.aliases))
    found = triples(extraction)
    assert ("country:EG", "partyTo", memo.key) in found
    assert ("country:SA", "partyTo", memo.key) in found


def test_minister_linked_to_the_ministry_the_article_names(extract) -> None:
    text = ("The Ministry of Railways said on Monday that work was on schedule. Railways "
            "Minister Ashwini Vaishnaw visited the site.")
    found = triples(extract(text))
    assert ("person:ashwini-vaishnaw", "holdsPositionIn",
            "governmentbody:ministry-of-railways") in found


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


def test_members_listed_with_both_members_of(extract) -> None:
    text = "Namibia and Botswana, both members of the Southern African Development Community, met."
    found = triples(extract(text))
    for country in ("country:NA", "country:BW"):
        assert any(s == country and p == "memberOf" for s, p, _ in found)


def test_people_meeting_at_a_summit_take_part_in_it(extract) -> None:
    text = ("China and Kenya sent large delegations. Xi Jinping and William Ruto met on the "
            "sidelines of the China-Africa Summit in Beijing.")
    extraction = extract(text)
    [summit] = by_class(extraction, EntityClass.EVENT)
    found = triples(extraction)
    assert ("person:xi-jinping", "participatesIn", summit.key) in found
    assert ("country:CN", "participatesIn", summit.key) in found


def test_builder_of_its_own_factory_funds_it_contractor_takes_part(extract) -> None:
    factory = extract("Tata Group will build a battery cell factory in Gujarat.")
    [cell] = by_class(factory, EntityClass.PROJECT)
    assert ("org:tata-group", "fundsProject", cell.key) in triples(factory)
    railway = extract("China Railway Group is building the Standard Gauge Railway in Kenya.")
    [sgr] = by_class(railway, EntityClass.PROJECT)
    assert ("org:china-railway-group", "participatesIn", sgr.key) in triples(railway)


def test_investors_from_and_money_flowing_into(extract) -> None:
    found = triples(extract("Billions are flowing into Australian mining from Japan and "
                            "Korea."))
    assert ("country:JP", "investsIn", "country:AU") in found
    assert ("country:KR", "investsIn", "country:AU") in found


def test_stake_in_a_firm(extract) -> None:
    found = triples(extract("Tianqi Lithium, which owns about 22 percent of SQM, objected."))
    assert any(p == "investsIn" and o == "org:sqm" for _, p, o in found)


def test_the_two_sides_are_the_articles_pair(extract) -> None:
    text = ("China and Kazakhstan held talks. China praised Kazakhstan. The two sides signed "
            "cooperation documents on energy.")
    extraction = extract(text)
    [documents] = by_class(extraction, EntityClass.AGREEMENT)
    found = triples(extraction)
    assert ("country:CN", "partyTo", documents.key) in found
    assert ("country:KZ", "partyTo", documents.key) in found


def test_role_words_stop_at_the_body_and_the_clause(extract) -> None:
    text = ("Xu Liping, director of the Center for Asian Studies, spoke during a visit to "
            "Hanoi by Chinese Premier Li Qiang.")
    roles = {r.subject: r.role for r in extract(text).relations
             if r.predicate == Predicate.HOLDS_POSITION_IN}
    assert roles.get("person:xu-liping") == "director"
    assert roles.get("person:li-qiang") == "premier"


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


def test_a_new_works_named_by_its_place_and_its_builder(extract) -> None:
    extraction = extract("BYD opened a factory in Rayong province in July 2024.")
    [factory] = by_class(extraction, EntityClass.PROJECT)
    assert factory.label == "factory in Rayong"
    found = triples(extraction)
    assert ("org:byd", "fundsProject", factory.key) in found


def test_largest_investor_invests_in_the_possessor(extract) -> None:
    found = triples(extract("Japan has been Thailand's largest foreign investor for decades."))
    assert ("country:JP", "investsIn", "country:TH") in found
    assert ("country:TH", "investsIn", "country:JP") not in found


def test_pronoun_after_an_unnamed_subject_is_not_guessed(extract) -> None:
    text = ("Blackstone pledged money for a data centre. The government said it had agreed "
            "a strategic partnership with Mubadala.")
    found = triples(extract(text))
    assert not any(s == "org:blackstone" and p == "partyTo" for s, p, _ in found)


def test_named_example_is_a_project_backed_by_its_funder(extract) -> None:
    text = ("Britain will speed up large projects such as the Sizewell C nuclear power "
            "station, which is backed by EDF.")
    extraction = extract(text)
    [station] = [e for e in by_class(extraction, EntityClass.PROJECT) if "Sizewell" in e.label]
    assert ("org:edf", "fundsProject", station.key) in triples(extraction)


def test_firm_kinds_name_firms_and_investors_invest_in_the_articles_country(extract) -> None:
    text = ("Vietnam drew record FDI. Vietnam's exports rose. Danish toy maker Lego opened a "
            "factory in Binh Duong province. Samsung Electronics and LG Group were among the "
            "largest investors.")
    extraction = extract(text)
    assert any(e.label == "Lego" and e.cls == EntityClass.FIRM for e in extraction.entities)
    found = triples(extraction)
    assert ("org:samsung-electronics", "investsIn", "country:VN") in found or \
        ("firm:samsung-electronics", "investsIn", "country:VN") in found
