"""Economic relations from dependency patterns and cue words, and the reader that runs every
rule family over a Doc.

Every rule reads a syntactic pattern around a cue word and resolves both ends to entities:
investment, trade and cooperation nouns and verbs ("China's investment in Central Asia",
"trade between X and Y", "investors from Singapore", "X is Y's largest trading partner"),
supplies ("X supplies ... to Y", exports, imports, purchases) and funding (money verbs, loans,
stakes, money flowing into a sector). Projects, agreements and events are read by `works`;
places, membership and positions by `affiliations`; noun-phrase resolution lives in `reader`.

Nothing is linked by co-occurrence alone, and a negated or hypothetical verb asserts nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.affiliations import AffiliationRules
from kg.extract.reader import (
    _ACTORS,
    _AMOUNT_TYPES,
    _ORGS,
    _OWNERS,
    _PARTIES,
    _VENTURE_NOUNS,
    ANY_ARTICLE,
)
from kg.extract.records import EntityClass, Predicate, Relation
from kg.extract.works import TRIP_HEADS, WORKS_CHANGES, WorksRules, verb_stems

_REFERENTS = (EntityClass.COUNTRY, EntityClass.FIRM, EntityClass.GOVERNMENT_BODY,
              EntityClass.ORGANIZATION, EntityClass.PROJECT)
# What a party is to works, by the noun that names its part ("the contractor for the line")
_ROLE_NOUNS = {
    **dict.fromkeys(("contractor", "subcontractor", "builder", "supplier", "operator",
                     "consultant", "designer", "engineer"), Predicate.PARTICIPATES_IN),
    **dict.fromkeys(("lender", "financier", "funder", "backer", "owner", "sponsor", "investor",
                     "developer", "shareholder"), Predicate.FUNDS_PROJECT),
}
_FUNDABLE = (EntityClass.PROJECT, EntityClass.COUNTRY, EntityClass.FIRM)
_BULLETS = frozenset({"-", "–", "•", "*"})
_MONEY_VERBS = frozenset({"commit", "pledge", "allocate", "earmark", "spend", "inject",
                          "provide", "pour", "plough", "channel", "put", "approve", "extend",
                          "own", "hold", "acquire", "buy", "take"})
# The money verbs that put money up rather than buy a holding
_PUT_UP_VERBS = frozenset({"commit", "pledge", "allocate", "earmark", "provide", "extend",
                           "approve", "lend", "inject", "channel"})
# what a buyer of part of a firm buys: a stake, not goods ("buy 49% of X", "buy a stake")
_SHARE_NOUNS = frozenset({"stake", "share", "shares", "shareholding", "interest", "%", "percent"})
# The nouns of a holding in a firm or works ("holds a 30 percent stake in P").
_SHAREHOLDING_NOUNS = frozenset({"stake", "shareholding"})
_FUNDING_NOUNS = frozenset({"loan", "financing", "funding", "grant", "credit", "stake",
                            "investment", "equity", "commitment", "contribution"})
# What a sum of funding comes as ("a financing package", "a loan facility")
_PACKAGE_NOUNS = frozenset({"package", "facility", "deal", "arrangement"})
_GO_VERBS = frozenset({"go", "flow", "allocate", "channel", "earmark", "direct"})
_GATHERINGS = frozenset({"session", "meeting", "summit", "plenary", "round", "congress"})
_RECIPIENTS = frozenset({"recipient", "destination", "beneficiary", "receiver"})
_CROSS_VERBS = frozenset({"cross", "traverse", "pass", "run", "reach", "link", "connect",
                          "stretch", "carry", "enter"})
# how a route names the countries it passes: 'runs from Turkmenistan through Uzbekistan to
# China', 'links Ethiopia with Djibouti', 'connects Azerbaijan with Türkiye via Georgia'
_ROUTE_PREPS = {"pass": ("through", "across", "from", "to", "into", "via"),
                "run": ("through", "across", "from", "to", "into", "via"),
                "stretch": ("through", "across", "from", "to", "into"),
                "carry": ("through", "across", "via"),
                "link": ("with", "to", "via"), "connect": ("with", "to", "via")}
# Nouns of goods going from one side to another ("exports to", "electricity sales to")
_SHIPPING_NOUNS = frozenset({"export", "import", "sale", "shipment", "supply", "delivery"})
# what carries goods from one side to the other ("the pipeline carries gas from X to Y")
_CARRY_VERBS = frozenset({"carry", "transport", "pipe", "transmit", "convey"})
_BILATERAL = frozenset({"bilateral", "mutual", "two-way"})
_FLOW_VERBS = frozenset({"flow", "pour", "come", "arrive", "stream"})
# The parts of an event that stand for it: "told the opening session"
_EVENT_PARTS = frozenset({"session", "plenary"})
# The deals under which one side supplies the other ("a contract with X to supply ...")
_SUPPLY_DEALS = frozenset({"contract", "agreement", "deal", "order", "tender"})
_FORM_VERBS = frozenset({"form", "create", "set", "establish", "launch", "found", "agree"})


class RelationReader(WorksRules, AffiliationRules):
    """Reads the relations of one Doc whose entity mentions are resolved."""

    def read(self) -> None:
        mentions = list({id(m): m for m in self.mention_at.values()}.values())
        for mention in mentions:  # first: a signatory's post tells whom they sign for
            if mention.cls == EntityClass.PERSON:
                self.position(mention)
        for token in self.doc:
            if token.pos_ in ("NOUN", "PROPN") and token.lower_ in lexicon.AGREEMENT_HEADS:
                continue  # agreements next, once the works they are for are known
            if token.lower_ in lexicon.EVENT_HEADS | _EVENT_PARTS and \
                    token.i not in self.token_key and \
                    any(c.lower_ in ("the", "this") for c in token.children) and \
                    not any(c.lower_ == "of" for c in token.children):
                earlier = self.recent_described(token, EntityClass.EVENT)
                if earlier:  # "the summit", "the opening session": the event named before
                    self.refer(token, earlier)
                elif token.pos_ == "NOUN" and token.lower_ not in _EVENT_PARTS:
                    self.occasion(token)  # "the inauguration ceremony, held in Huarmey"
            elif token.lower_ in _GATHERINGS and token.i not in self.token_key and \
                    any(c.lower_ == "of" for c in token.children):
                self.gathering(token)
            elif token.lemma_.lower() in TRIP_HEADS and token.i not in self.token_key and \
                    token.pos_ == "NOUN":
                self.trip(token)
            elif token.lower_ in lexicon.EVENT_HEADS and token.i not in self.token_key and \
                    token.pos_ == "NOUN":
                self.occasion(token)
            elif token.pos_ == "NOUN" and token.i not in self.token_key and \
                    self.definite(token) and not any(c.dep_ in ("amod", "compound")
                                                     for c in token.children) and \
                    (named := self.recent_named(token)) is not None and \
                    token.lemma_.lower() not in lexicon.PROJECT_HEADS:
                # "the centre" after "the Aktau Multimodal Logistics Centre"
                self.described_at.setdefault(token.i, named)
                self.project_links(token, named, [])
            elif token.pos_ == "NOUN" and (token.lower_ in lexicon.PROJECT_HEADS or
                                           token.lemma_.lower() in lexicon.PROJECT_HEADS or
                                           token.lemma_.lower() in WORKS_CHANGES or
                                           token.lower_ in ("works", "work")):
                self.project(token)
        for token in self.doc:
            if token.pos_ in ("NOUN", "PROPN") and token.lower_ in lexicon.AGREEMENT_HEADS:
                self.agreement(token)
                self.building_contract(token)
        for token in self.doc:
            lemma = token.lemma_.lower().removeprefix("co-")  # "co-financing" is financing
            if not self.asserted(token) or self.classes.get(self.token_key.get(token.i, "")) \
                    in (EntityClass.FIRM, EntityClass.GOVERNMENT_BODY, EntityClass.ORGANIZATION):
                continue  # (a cue word inside a body's name: the "Foreign Investment Agency")
            pos = token.pos_
            if pos == "PROPN" and token.is_sent_start and token.i not in self.token_key and \
                    token.text[1:].islower():
                # "Trade between China and Laos grew", "Exports to the EU rose": the tagger
                # may take a common noun that opens a sentence for a name
                singular = lemma.removesuffix("s")
                pos, lemma = "NOUN", singular if singular in _SHIPPING_NOUNS else lemma
            if lemma in lexicon.INVEST_CUES:
                self.flow(token, Predicate.INVESTS_IN, ("in", "into", "for"))
            elif lemma in _SHIPPING_NOUNS and pos == "NOUN" or \
                    lemma in {"export", "import"} | _CARRY_VERBS and pos == "VERB":
                self.shipments(token, outgoing=lemma != "import")  # "sales to India"
            elif lemma in ("buy", "purchase") and token.pos_ == "VERB" and not any(
                    c.dep_ == "dobj" and (c.ent_type_ == "PERCENT" or c.lemma_.lower() in
                                          _SHARE_NOUNS) for c in token.children) or \
                    lemma == "take" and token.pos_ == "VERB" and any(
                        t.lower_ == "worth" for c in token.children if c.dep_ == "dobj"
                        for t in c.subtree):  # "taking $812 million worth of Indian drugs"
                self.shipments(token, outgoing=False)
            elif lemma in _FLOW_VERBS and token.pos_ == "VERB":
                sources = self.pobjects(token, ("from",), _ACTORS)
                for prep in token.children:  # "into Australian mining from Japan"
                    if prep.dep_ == "prep" and prep.lower_ in ("into", "to", "in"):
                        for obj in prep.children:
                            sources += self.pobjects(obj, ("from",), _ACTORS)
                hosts = self.pobjects(token, ("into", "to", "in"), _FUNDABLE)
                self.funds(sources, [h for h in hosts if h not in sources], token)
            elif lemma in lexicon.TRADE_CUES and pos in ("NOUN", "VERB"):
                self.flow(token, Predicate.TRADES_WITH, ("with", "between", "to"))
            elif lemma in lexicon.COOPERATION_CUES:
                trading = any(c.lower_ in ("trading", "trade") for c in token.children)
                self.flow(token, Predicate.TRADES_WITH if trading else
                          Predicate.COOPERATES_WITH, ("with", "between", "for", "of"))
            if (lemma == "participate" or lemma == "take" and any(
                    c.dep_ == "dobj" and c.lower_ == "part" for c in token.children)) and \
                    token.pos_ == "VERB" and not any(c.lower_ == "in" for c in token.children):
                # "delegations from the AU Commission and ECOWAS took part alongside UTIC":
                # in the event the story is at
                event = self.recent_described(token, EntityClass.EVENT, near=1)
                members = [k for c in token.children if c.dep_ == "nsubj"
                           for k in self.entities(c, (EntityClass.PERSON, *_PARTIES))]
                members += self.pobjects(token, ("alongside", "with"),
                                         (EntityClass.PERSON, *_PARTIES))
                for member in members:
                    if event is not None:
                        self.add(member, Predicate.PARTICIPATES_IN, event, token)
            if token.lower_ == "with" and token.i > 0 and self.doc[token.i - 1].lower_ == \
                    "together" and token.head.pos_ == "VERB":
                # "Qilian restarted the mine together with local partner Turon Metals"
                partners = [k for obj in token.children if obj.dep_ == "pobj"
                            for k in self.entities(obj, _PARTIES)]
                for agent in self.subject_of(token.head):
                    for partner in partners:
                        if self.classes.get(agent) in _PARTIES:
                            self.add(agent, Predicate.COOPERATES_WITH, partner, token)
            if token.pos_ == "VERB" and lemma in lexicon.SUPPLY_CUES:
                self.supply(token)
            if token.lower_ == "bound" and token.dep_ == "acl":
                self.bound_for(token)
            if token.lemma_.lower() in ("venture", "jv") and token.pos_ == "NOUN":
                # "its joint venture with Casa dos Ventos", "GM's JV with LG": the parents
                # cooperate
                for owner in (k for c in token.children if c.dep_ == "poss"
                              for k in self.entities(c, _PARTIES)):
                    for partner in self.pobjects(token, ("with",), _PARTIES):
                        if partner != owner:
                            self.add(owner, Predicate.COOPERATES_WITH, partner, token)
            if token.lemma_.lower() in _VENTURE_NOUNS and token.head.pos_ == "VERB" and \
                    token.dep_ == "dobj" and token.head.lemma_.lower() in _FORM_VERBS:
                partners = [k for k in self.subject_of(token.head)
                            if self.classes.get(k) in _PARTIES]
                for a, b in zip(partners, partners[1:], strict=False):
                    self.add(a, Predicate.COOPERATES_WITH, b, token)
                # "form a joint venture, Hanbit-Turon Tungsten LLC": the partners own it
                ventures = [k for c in token.children if c.dep_ in ("appos", "acl")
                            for k in (self.entities(c, (EntityClass.FIRM,)) or
                                      self.pobjects(c, ("as",), (EntityClass.FIRM,)))]
                if not ventures and token.i + 2 < len(self.doc) and \
                        self.doc[token.i + 1].text == ",":  # the apposition, from the words
                    named = self.key_at(self.doc[token.i + 2])
                    if named is not None and self.classes.get(named) == EntityClass.FIRM:
                        ventures = [named]
                for venture in ventures:
                    for partner in partners:
                        self.add(partner, Predicate.INVESTS_IN, venture, token)
            if token.pos_ == "VERB" and (lemma in lexicon.FUND_CUES or (
                    lemma in _MONEY_VERBS and any(c.dep_ == "dobj" and any(
                        any(ch.isdigit() for ch in t.text) and not self.numbers_a_name(t)
                        for t in c.subtree) for c in token.children))):
                self.fund(token)
            elif token.pos_ == "NOUN" and (
                    lemma in _FUNDING_NOUNS and token.head.lemma_.lower() != "line" or
                    lemma == "line" and any(c.lower_ == "credit" for c in token.children)):
                self.funding(token)  # ("a credit line for X": the line, not its word "credit")
            if token.pos_ == "NOUN" and lemma in _SHAREHOLDING_NOUNS:
                self.stakes_listed(token)
            if lemma in ("own", "control") and token.tag_ == "VBN":
                self.owned_by(token)
            elif lemma in ("own", "control") and token.pos_ == "VERB" and self.asserted(token):
                # "HBIS, the steelmaker that controls Palabora Mining": its owner invests in it
                # (the firm itself, right after the verb: not "stakes in four companies
                # through its arm, X", nor "owns 25 percent and Y the remaining 24")
                for firm in (k for c in token.children if c.dep_ == "dobj" and
                             c.left_edge.i == token.i + 1 for k in [self.key_at(c)]
                             if k and self.classes.get(k) == EntityClass.FIRM):
                    for owner in self.subject_of(token):
                        if self.classes.get(owner) in _OWNERS:
                            self.add(owner, Predicate.INVESTS_IN, firm, token)
            if token.lower_ == "close" and token.dep_ == "dobj" and \
                    any(c.lower_ == "financial" for c in token.children):
                # "Sacyr reached financial close on the toll road": its money is in place
                for works in self.pobjects(token, ("on", "for"), (EntityClass.PROJECT,)) or \
                        self.pobjects(token.head, ("on", "for"), (EntityClass.PROJECT,)):
                    for backer in self.subject_of(token.head):
                        if self.classes.get(backer) in _OWNERS:
                            self.add(backer, Predicate.FUNDS_PROJECT, works, token)
            if token.pos_ == "NOUN" and (lemma in _ROLE_NOUNS or self.agency_role(token)) or \
                    token.pos_ == "VERB" and lemma == "pay":
                self.works_role(token)
            if token.lemma_.lower() in lexicon.EVENT_HEADS | _EVENT_PARTS | {"visit"} and \
                    self.key_at(token) and \
                    self.classes.get(self.key_at(token) or "") == EntityClass.EVENT:
                self.attendance(token)
        for mention in mentions:
            key = self.token_key[mention.start]
            root = self.doc[mention.start : mention.end].root
            if self.classes.get(key) == EntityClass.PROJECT:
                self.project_links(root, key, [])
            elif self.classes.get(key) == EntityClass.AGREEMENT:
                self.agreement_links(root, key, list(self.doc[mention.start : mention.end]))
            self.place_links(mention)
            self.home_base(mention)
            self.membership(mention)
        self.member_lists()
        self.known_containment(sorted(mentions, key=lambda m: m.start))
        self.framed_places(mentions)
        self.bodies_referred_back()
        self.pronouns()
        self.owners_named()
        self.routes()
        self.amounts_listed()
        self.foreign_investors()
        self.headline_pair()

    def headline_pair(self) -> None:
        """'China, Uzbekistan step up industrial cooperation as trade climbs': a headline
        that names two countries tells the story of their cooperation."""
        end = self.doc.text.find("\n")
        line = [t for t in self.doc if t.idx < end and not t.is_space] if end > 0 else []
        if not line or len(line) > 30 or any(t.text == "." for t in line):
            return  # a sentence, or a photo caption ("... May 20, 2025. Photo: Xinhua")
        countries = [k for k in self.keys_of(line) if self.classes.get(k) == EntityClass.COUNTRY]
        if len(countries) == 2:
            self.add(countries[0], Predicate.COOPERATES_WITH, countries[1],
                     self.doc[line[0].i : line[-1].i + 1])

    def routes(self) -> None:
        """'The pipeline will cross Benin, Togo and Ghana before passing through Mauritania
        and reaching Morocco': works lie in the countries they cross (after the pronouns, so
        that 'it' is the pipeline)."""
        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CROSS_VERBS or \
                    not self.asserted(verb):
                continue
            # ("the Middle Corridor, which runs through ...": the works the clause describes)
            subject = verb.head if verb.dep_ == "xcomp" else verb  # "which is to carry"
            works = [k for c in subject.children if c.dep_ == "nsubj"
                     for k in self.entities(c, (EntityClass.PROJECT,))]
            if not works:
                continue
            clauses = [verb] + [t for t in verb.subtree if t.pos_ == "VERB" and t != verb and
                                t.lemma_.lower() in _CROSS_VERBS and
                                not any(c.dep_ == "nsubj" for c in t.children)]
            places = []
            for clause in clauses:
                lemma = clause.lemma_.lower()
                if lemma not in ("pass", "run", "stretch", "carry"):
                    # (a place named, not "reaches 12 countries, including X and Y", where
                    # connections reach them)
                    places += [k for c in clause.children if c.dep_ == "dobj" and
                               self.key_at(c) for k in self.entities(c, (EntityClass.COUNTRY,))]
                preps = _ROUTE_PREPS.get(lemma, ())
                # "from Turkmenistan through Uzbekistan": each place may carry the next
                objects = self.prep_objects(clause, preps)
                for obj in objects:
                    objects += [o for o in self.prep_objects(obj, preps) if o not in objects]
                places += [k for o in objects for k in self.entities(o, (EntityClass.COUNTRY,))]
            for place in dict.fromkeys(places):
                self.add(works[0], Predicate.LOCATED_IN, place, verb)

    def amounts_listed(self) -> None:
        """A release's list of amounts under the sentence that puts the money up ('The bank
        approved $600 million for three projects:' then '- $245 million for the Accra Water
        Project'): whoever put it up funds each works the list names."""
        funders: list[str] = []
        for sent in self.doc.sents:
            root = sent.root
            if sent.text.rstrip().endswith(":"):
                stems = verb_stems(root)
                funders = [k for k in self.subject_of(root)
                           if self.classes.get(k) in _PARTIES] if root.pos_ == "VERB" and (
                    stems & (lexicon.FUND_CUES | _MONEY_VERBS | {"lend", "finance"})) else []
                if not funders and any(c.dep_ == "nsubj" and c.lemma_.lower() in
                                       _PACKAGE_NOUNS | {"financing", "funding"}
                                       for c in root.children):
                    # "The package comprises the following operations:": the lender's
                    funders = [k for k in [self.main_lender()] if k]
                continue
            if not funders:
                continue
            # (only spaces between the line break before it and the sentence)
            line_break = self.doc.text.rfind("\n", 0, sent.start_char)
            new_line = line_break >= 0 and \
                not self.doc.text[line_break + 1 : sent.start_char].strip(" ")
            if not new_line or sent[0].text not in _BULLETS and len(sent) <= 5 and \
                    not any(t.pos_ in ("VERB", "AUX") for t in sent):
                continue  # an item's next sentence, or a heading in the list ("Health")
            if sent[0].text not in _BULLETS:
                funders = []  # the list ended
                continue
            if root.ent_type_ == "MONEY":
                for works in self.pobjects(root, ("for",), (EntityClass.PROJECT,)):
                    for funder in funders:
                        self.add(funder, Predicate.FUNDS_PROJECT, works, root)

    def foreign_investors(self) -> None:
        """A firm from one country that puts its money into works in another invests in that
        country ('Emirati developer Al Noor Power will build a wind farm in Zhambyl region');
        lenders, which lend rather than invest, and firms at home are left out. So does a
        country whose firms built, own or back works abroad ('a Chinese-built bridge in
        Pakistan')."""
        for country, works, head in self.backed_works:
            for host in self.country_of_works(works):
                if host != country:
                    self.add(country, Predicate.INVESTS_IN, host, head)
        for relation in list(self.relations):
            firm = relation.subject
            if relation.predicate != Predicate.FUNDS_PROJECT or \
                    self.classes.get(firm) != EntityClass.FIRM or \
                    self.lends(firm):
                continue
            home = self.home_of(firm)
            # a legal form tells where a firm may come from: a GmbH invests in Kazakhstan
            form = self.labels[firm].split()[-1].lower().rstrip(".")
            homes = {home} if home else {f"country:{c}" for c in
                                         lexicon.LEGAL_FORM_COUNTRIES.get(form, ())}
            for country in self.country_of_works(relation.object):
                if homes and country not in homes:
                    self.relations.append(Relation(firm, Predicate.INVESTS_IN, country,
                                                   relation.evidence))

    def country_of_works(self, works: str) -> list[str]:
        """The countries a project lies in, directly or through its city or region."""
        found = []
        for r in self.relations:
            if r.subject != works or r.predicate != Predicate.LOCATED_IN:
                continue
            place = r.object
            country = place if self.classes.get(place) == EntityClass.COUNTRY else \
                self.containing.get(place) or next(
                    (o.object for o in self.relations if o.subject == place and
                     o.predicate == Predicate.LOCATED_IN and
                     self.classes.get(o.object) == EntityClass.COUNTRY), None)
            if country and country in self.classes and country not in found:
                found.append(country)
        return found

    def bodies_referred_back(self) -> None:
        """'the Authority 20 percent', 'the Bank's country manager': a capitalised common
        noun stands for the body named before with that word in its name (for the figures
        too, which read entities token by token)."""
        for token in self.doc:
            if token.lower_ in lexicon.GENERIC_BODY_WORDS and token.is_title and \
                    not token.is_sent_start and token.i > 0 and \
                    self.doc[token.i - 1].lower_ == "the" and self.key_at(token) is None and \
                    (body := self.recent_named_as(token)) is not None:
                self.described_at.setdefault(token.i, body)

    def owned_by(self, verb: Token) -> None:
        """'Soleos Gafsa is owned 70 per cent by AMEA Power and 30 per cent by Medina Invest',
        'a firm owned (or controlled) by X': the owners invest in the firm (the parser hangs
        each 'by' on the share before it, so every 'by' of the clause counts)."""
        scope = verb
        if verb.dep_ == "acl" and verb.head.dep_ == "attr" and verb.head.head.lemma_ == "be" \
                and verb.head.lower_ in ("percent", "cent", "%"):
            # "Lunga will be 65 percent owned by A and 15 percent by B": the parser makes the
            # share the verb's head, and the next share a conjunct of it
            scope = verb.head
            owned = [k for c in scope.head.children if c.dep_ == "nsubj"
                     for k in self.entities(c, (EntityClass.FIRM,))]
        elif any(c.dep_ == "auxpass" for c in verb.children):
            subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if verb.dep_ in ("relcl", "acl") and verb.head.i < verb.i and any(
                    t.tag_ == "WDT" for t in self.doc[verb.head.i + 1 : verb.i]):
                subjects = [verb.head]  # "Kerith, which is 60 percent owned by A and ..."
            elif any(c.lower_ in ("it", "they") for c in subjects):
                # "KABIL is a small vehicle. It is owned by ...": the firm the sentence before
                # is about ("The line will carry ... It will be owned by": no firm)
                before = self.doc[verb.sent.start - 1].sent if verb.sent.start else None
                subjects = [t for t in before or () if t.dep_ in ("nsubj", "nsubjpass") and
                            t.head.dep_ == "ROOT"]
            owned = [k for c in subjects for k in self.entities(c, (EntityClass.FIRM,))]
        elif verb.dep_ == "acl":
            # ("Abertis, the toll-road operator controlled by X": the name the noun describes)
            holder = verb.head.head if verb.head.dep_ == "appos" and \
                not self.key_at(verb.head) else verb.head
            owned = self.entities(holder, (EntityClass.FIRM,))
        else:
            return
        clause = [t for t in scope.subtree if not any(
            a.dep_ in ("relcl", "acl", "advcl", "ccomp") and a.i not in (verb.i, scope.i)
            for a in t.ancestors if scope in a.ancestors)]
        owners = [k for by in clause if by.lower_ == "by" and by.dep_ in ("prep", "agent")
                  for obj in by.children if obj.dep_ == "pobj"
                  for k in self.entities(obj, _OWNERS)]
        for firm in owned:
            for owner in owners:
                if owner != firm:
                    self.add(owner, Predicate.INVESTS_IN, firm, verb)

    def owners_named(self) -> None:
        """'the plant's owner, Omani developer Sahil Green Energy', 'according to its
        developer, Egypt-TEDA Investment Company', 'X, the park's main investor', 'the park is
        a joint venture between A and B': the owners of works fund them (read after the
        pronouns, so that 'its' is the works)."""
        for token in self.doc:
            lemma = token.lemma_.lower()
            if lemma == "venture" and token.dep_ == "attr" and token.head.lemma_ == "be":
                # "The Tanjung Batu Industrial Park is a joint venture between A and B"
                ventures = [k for c in token.head.children if c.dep_ == "nsubj"
                            for k in [self.key_at(c)]
                            if k and self.classes.get(k) == EntityClass.PROJECT]
                for venture in ventures:
                    for owner in self.pobjects(token, ("between", "of"), _OWNERS):
                        self.add(owner, Predicate.FUNDS_PROJECT, venture, token)
                continue
            if lemma not in ("owner", "developer", "investor", "shareholder") or \
                    token.pos_ != "NOUN":
                continue
            works = [k for c in token.children if c.dep_ == "poss"
                     for k in [self.key_at(c)] if k and
                     self.classes.get(k) == EntityClass.PROJECT]
            # "the plant's owner, Sahil Green Energy"; "Zhongyang Group, the park's main
            # investor"
            owners = [k for c in token.children if c.dep_ == "appos"
                      for k in self.entities(c, _OWNERS)]
            if token.dep_ == "appos":
                owners += [k for k in self.entities(token.head, _OWNERS) if k not in owners]
            for key in works:
                for owner in owners:
                    self.add(owner, Predicate.FUNDS_PROJECT, key, token)

    @staticmethod
    def the_country(token: Token) -> bool:
        """'the country', 'the nation': a noun that stands for a country named before."""
        return token.lower_ in lexicon.COUNTRY_NOUNS and \
            any(c.lower_ == "the" for c in token.children)

    def country_meant(self, token: Token) -> str | None:
        """The country 'the country' stands for: the one named last ("the country's lithium
        output"); as a subject ("Australia has what India lacks. The country mined ..."), the
        one that was the subject before."""
        country = self.previous_subject(token, (EntityClass.COUNTRY,)) \
            if token.dep_ in ("nsubj", "nsubjpass") else None
        return country or self.recent(token, (EntityClass.COUNTRY,))

    def pronouns(self) -> None:
        """Last, so that no rule reads them twice: 'It has pledged to invest $700 million',
        'Its total cost is 488.5 billion pesos' stand for the subject of the sentence before,
        a firm, body, country or described works, and 'the country' for the country named
        last (what a figure in them is about)."""
        for token in self.doc:
            if self.the_country(token):
                country = self.country_meant(token)
                if country and token.i not in self.described_at:
                    self.refer(token, country)
                continue
            if token.lower_ not in ("it", "its") or token.i in self.described_at or \
                    token.dep_ not in ("nsubj", "nsubjpass", "poss"):
                continue
            # "signed on its sidelines", "its opening day": the event told of before
            at_event = token.dep_ == "poss" and token.head.lemma_.lower() in (
                "sideline", "margin", "opening", "side", "venue", "theme", "participant")
            if not at_event and any(t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i and
                                    t.pos_ != "PRON" for t in token.sent):
                continue  # its own sentence names the subject first: left to the rules
            attended = token.dep_ == "nsubjpass" and token.head.lemma_.lower().removeprefix(
                "co-") in ("attend", "host", "chair", "organise", "organize", "open")
            key = self.previous_subject(token, _REFERENTS + (
                (EntityClass.EVENT,) if attended or at_event else ()))
            if key:
                self.refer(token, key)
                if self.classes.get(key) == EntityClass.PROJECT and \
                        token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB":
                    # "It is being developed by Veldhaven": who builds or funds the works
                    verbs = [token.head] + [c for c in token.head.children  # "built, owned
                                            if c.dep_ == "conj" and c.pos_ == "VERB"]  # and run"
                    for verb in verbs:
                        self.project_verb(verb, key, passive=token.dep_ == "nsubjpass")
                if self.classes.get(key) == EntityClass.PROJECT:
                    self.financing_of(token, key)  # "Its debt is arranged by the ADB"
                if self.classes.get(key) == EntityClass.EVENT and attended:
                    # "It was attended by ministers from Kazakhstan and Uzbekistan"
                    for member in self.passive_agents(token.head):
                        self.add(member, Predicate.PARTICIPATES_IN, key, token.head)

    def previous_subject(self, token: Token, classes: tuple[EntityClass, ...]) -> str | None:
        """The entity that is the main subject of the sentence before `token`'s."""
        for sent in [s for s in self.doc.sents if s.end <= token.sent.start][-1:]:
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and
                        t.head.dep_ == "ROOT"]
            # "The most advanced scheme is a green ammonia complex": the complex
            subjects = [c for t in subjects for c in t.head.children
                        if c.dep_ == "attr" and t.head.lemma_ == "be"] + subjects
            keys = [self.key_at(t) for t in subjects]
            return next((k for k in keys if k and self.classes.get(k) in classes), None)
        return None

    def flow(self, cue: Token, predicate: Predicate, preps: tuple[str, ...]) -> None:
        """investsIn / tradesWith / cooperatesWith from a cue noun or verb."""
        agents: list[str] = []
        targets: list[str] = []
        named_pair = False
        if cue.pos_ in ("NOUN", "PROPN"):
            agents = self.keys_of([c for c in cue.children if c.dep_ == "poss"])
            modifiers = [c for c in cue.children if c.dep_ in ("amod", "compound", "nmod")]
            # "China-Kenya cooperation": the parser may hang the first name on the second
            modifiers = [g for c in modifiers for g in c.lefts
                         if g.dep_ in ("compound", "amod") and g.i + 2 == c.i and
                         self.doc[g.i + 1].text in ("-", "–")] + modifiers
            agents += self.keys_of(modifiers)
            named_pair = len(agents) >= 2  # "China-Africa trade" names both sides
            if cue.dep_ == "pobj" and cue.head.lower_ == "of" and cue.head.head.pos_ == "NOUN":
                # "a major source of investment for Central Asian nations"
                targets = self.pobjects(cue.head.head, preps) if not targets else targets
            if not agents:
                # "investors from Singapore", "investment from Japan"
                agents = self.pobjects(cue, ("from",), _ACTORS) or self.subject_of(cue)
        else:
            agents = self.subject_of(cue)
        targets = self.pobjects(cue, preps) + targets
        if not targets and cue.pos_ == "NOUN":
            # "investments worth $7.5 billion in Egypt": the place hangs on the amount
            worth = [c for c in (*cue.children, cue.head, *cue.head.children)
                     if c.lower_ == "worth"]
            targets = [k for w in worth for t in w.subtree if t.dep_ == "prep"
                       for k in self.pobjects(t.head, preps) if k not in targets]
        holder = cue.head.head if cue.dep_ == "pobj" and cue.head.lower_ == "of" else None
        if holder is not None and holder.lemma_.lower() in _RECIPIENTS:
            # "Hungary is the largest recipient of Chinese investment in Europe"
            targets = [k for k in self.subject_of(holder) if k not in agents]
        if cue.pos_ == "NOUN" and cue.dep_ == "attr" and agents and not targets:
            # "The EU is Morocco's largest trading partner": the subject is the other side;
            # "Japan is Thailand's largest investor": the subject invests in the possessor
            subjects = [k for k in self.subject_of(cue) if k not in agents]
            if cue.lemma_.lower() in ("investor", "source", "lender", "financier"):
                agents, targets = subjects, agents
            else:
                targets = subjects
        if predicate == Predicate.INVESTS_IN and agents and not targets:
            # the host named by another investment word in the sentence ("FDI into Vietnam")
            for other in cue.sent:
                if other != cue and other.lemma_.lower() in lexicon.INVEST_CUES:
                    targets += [k for k in self.pobjects(other, ("into", "in"), _ACTORS)
                                if k not in agents]
            if not targets and cue.lemma_.lower() == "investor" and \
                    not set(agents) & set(self.main_pair):
                # "Samsung and LG were among the largest investors": in the article's country
                targets = self.main_pair[:1]
        if predicate == Predicate.COOPERATES_WITH and not targets and len(agents) >= 2:
            # "how the three countries cooperate", "Brazil and China put their cooperation
            # first": each with each
            if self.asserted(cue):  # a long list: the first with each of the others
                pairs = [(a, b) for n, a in enumerate(agents) for b in agents[n + 1:]] \
                    if len(agents) <= 3 else [(agents[0], b) for b in agents[1:]]
                for first, second in pairs:
                    self.add(first, predicate, second, cue)
            return
        if predicate != Predicate.INVESTS_IN and cue.pos_ == "NOUN" and not targets and \
                len(agents) >= 2 and named_pair:
            # "China-Africa trade" (but not "Chile, Colombia and Peru favour open trade")
            agents, targets = agents[:1], agents[1:]
        if cue.pos_ == "NOUN" and not targets and predicate != Predicate.INVESTS_IN and any(
                w in {t.lower_ for t in cue.subtree if t.i < cue.i} for w in _BILATERAL) or \
                "two-way" in cue.sent.text[:cue.idx - cue.sent.start_char][-10:]:
            # "bilateral trade": between the article's two main countries
            if not targets:
                agents, targets = self.main_pair[:1], self.main_pair[1:]
        between = self.pobjects(cue, ("between",))
        if predicate != Predicate.INVESTS_IN and len(between) >= 2 and not agents:
            agents, targets = between[:1], between[1:]
        if predicate == Predicate.TRADES_WITH and targets and not agents and \
                cue.lower_ == "trade" and not any(c.dep_ == "det" for c in cue.children):
            # "Türkiye's trade with the OTS reached ... Trade with Azerbaijan alone rose":
            # the trader of the trade just reported
            agents = [r.subject for r in self.recent_relations(cue, (predicate,))
                      if r.subject not in targets][:1]
        if predicate == Predicate.INVESTS_IN:
            funded = [t for t in targets if self.classes.get(t) == EntityClass.PROJECT] or \
                self.purpose_works(cue)
            for agent in agents:
                for project in funded:
                    self.add(agent, Predicate.FUNDS_PROJECT, project, cue)
            targets = [t for t in targets if self.classes.get(t) in _ACTORS]
        for agent in agents:
            if self.classes.get(agent) not in _ACTORS:
                continue
            for target in targets:
                if self.classes.get(target) in _ACTORS:
                    self.add(agent, predicate, target, cue)

    @staticmethod
    def of_chain(noun: Token) -> list[Token]:
        """A noun and the nouns its 'of' phrases name, in turn ('supply' of 'MW' of 'power'):
        where the parser may hang what the first says."""
        chain = [noun]
        while len(chain) < 4:
            nxt = next((o for prep in chain[-1].children if prep.dep_ == "prep" and
                        prep.lower_ == "of" for o in prep.children if o.dep_ == "pobj"), None)
            if nxt is None:
                break
            chain.append(nxt)
        return chain

    def shipments(self, cue: Token, outgoing: bool) -> None:
        """'Brazil's exports to China', 'X exports iron ore to Y': X supplies Y; 'India's
        imports from Russia': Russia supplies India."""
        carrier = cue.lemma_.lower() in _CARRY_VERBS
        if cue.pos_ in ("NOUN", "PROPN"):
            home = self.keys_of([c for c in cue.children if c.dep_ in ("poss", "amod",
                                                                         "compound")])
            # "the country's durian exports to China"
            home = home or [k for c in cue.children if c.dep_ == "poss" and self.the_country(c)
                            for k in [self.country_meant(c)] if k]
            if outgoing and not home:  # "gas exports from Central Asia to China", "the
                # supply of 40 MW of power from Nepal to Bangladesh"
                home = [k for t in self.of_chain(cue) for k in self.pobjects(t, ("from",), _ACTORS)]
            home = home or self.subject_of(cue)
        elif carrier:
            # "the pipeline, which carries gas from Turkmenistan to China": from one country
            # to another (not "lines carry power from Luzon to Manila", nor what a carrier does)
            home = [k for t in (cue, *(c for c in cue.children if c.dep_ == "dobj"))
                    for k in self.pobjects(t, ("from",), (EntityClass.COUNTRY,))]
        else:
            home = self.subject_of(cue)
        preps = ("to",) if outgoing else ("from",)
        other = self.pobjects(cue, preps, _ACTORS)
        if carrier:
            other = [k for k in other if self.classes.get(k) == EntityClass.COUNTRY]
        if cue.pos_ == "VERB":
            # "buys the power from NEA", "exported 12.8 bcm to Italy and a further 9.6 bcm to
            # Turkey": the parser hangs the partner on the goods, or on a second amount
            carried = [c for c in cue.children if c.dep_ == "dobj" or
                       c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]  # (a gapped verb's)
            other += [k for g in carried for o in (g, *g.conjuncts)
                      for k in self.pobjects(o, preps, _ACTORS) if k not in other]
        if not other and cue.pos_ == "NOUN":
            other = [k for t in self.of_chain(cue)[1:] for k in self.pobjects(t, preps, _ACTORS)]
            # ("... of power from Bhutan | to Bangladesh": the parser may hang 'to' on the verb)
            after = next((t for t in self.doc[cue.i + 1 : min(cue.sent.end, cue.i + 12)]
                          if t.lower_ in preps or t.pos_ in ("VERB", "AUX")), None)
            if not other and outgoing and after is not None and after.lower_ == "to" and \
                    any(t.lower_ == "from" for t in self.doc[cue.i : after.i]):
                other = [k for o in after.children if o.dep_ == "pobj"
                         for k in self.entities(o, _ACTORS)]
        if not other and cue.dep_ == "pobj":  # "from electricity sales | to India"
            other = self.pobjects(cue.head, preps, _ACTORS)
        if not other and not outgoing:
            # "India's imports of Russian crude", "bought $655 million worth of Indian
            # medicines": the origin modifies the goods
            holders = [cue] + [c for c in cue.children if c.dep_ == "dobj"]
            holders += [t for h in holders[1:] for t in h.subtree if t.lower_ == "worth"]
            for prep in (p for h in holders for p in h.children):
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for goods in prep.children:
                        other += [k for k in self.keys_of([c for c in goods.children if c.dep_
                                                           in ("amod", "compound", "nmod")])
                                  if self.classes.get(k) in _ACTORS]
        for a in home:
            for b in other:
                if self.classes.get(a) in _ACTORS:
                    supplier, buyer = (a, b) if outgoing else (b, a)
                    self.add(supplier, Predicate.SUPPLIES_TO, buyer, cue)
                    if self.classes.get(a) != EntityClass.FIRM and \
                            self.classes.get(b) != EntityClass.FIRM:
                        # one economy's exports to another are trade between the two
                        self.add(a, Predicate.TRADES_WITH, b, cue)

    def bound_for(self, bound: Token) -> None:
        """'Russian gas bound for China', 'Kenyan avocados bound for Chinese buyers': the
        goods' country supplies the one they are bound for."""
        goods = bound.head
        origins = [k for k in self.keys_of([c for c in goods.children
                                            if c.dep_ in ("amod", "compound", "poss")])
                   if self.classes.get(k) == EntityClass.COUNTRY]
        destinations = [k for obj in self.prep_objects(bound, ("for",))
                        for k in self.entities(obj, (EntityClass.COUNTRY, EntityClass.REGION))]
        for origin in origins:
            for destination in destinations:
                if origin != destination:
                    self.add(origin, Predicate.SUPPLIES_TO, destination, bound)

    def supply(self, verb: Token) -> None:
        """'X supplies/provides ... to Y' (or to the place its purpose clause names)."""
        suppliers = [k for k in self.subject_of(verb) if self.classes.get(k) in _ACTORS]
        if not suppliers and verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "dobj" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "EVE Energy is building a plant to supply BMW", "X won a contract to supply":
            # who holds the object supplies
            suppliers = [k for k in self.subject_of(verb.head.head)
                         if self.classes.get(k) in _ACTORS]
        if not suppliers:
            return
        recipients = []
        for obj in self.prep_objects(verb, ("to", "for")):
            owners = [k for c in obj.children if c.dep_ == "poss" for k in self.entities(c)]
            if obj.lemma_.lower() in lexicon.PROJECT_HEADS and owners:
                recipients += owners  # "supply crude to the group's refinery at Lekki"
            elif obj.lemma_.lower() not in lexicon.PROJECT_HEADS or self.key_at(obj) or \
                    obj.tag_ == "NNS":  # ("sells it to Chinese smelters": their country buys)
                recipients += [k for k in self.entities(obj) if k not in recipients]
        recipients += [k for c in verb.children if c.dep_ in ("dative", "iobj")
                       for k in self.entities(c)]
        if not recipients:
            for c in verb.children:
                if c.dep_ == "dobj" and any(g.lower_ == "with" for g in verb.children):
                    recipients += [k for k in self.keys_of([c]) if self.classes.get(k) in _ACTORS]
        if not recipients and verb.lemma_.lower() in ("supply", "equip"):
            # "which supplies General Motors and Hyundai Motor", "a plant to supply BMW"
            recipients += [k for c in verb.children if c.dep_ == "dobj" and self.key_at(c)
                           for k in self.entities(c, (EntityClass.FIRM,))]
        if not recipients and verb.dep_ in ("acl", "relcl", "xcomp", "advcl"):
            # "signed a contract with RusHydro to supply two gas turbines", "won a contract
            # from Hintco to supply ammonia": whoever the deal is with buys
            deals = [d for d in (verb.head, *verb.head.children)
                     if (d == verb.head or d.dep_ == "dobj") and
                     d.lemma_.lower() in _SUPPLY_DEALS]
            # (the parser may hang 'with X' on the verb that signs the deal)
            holders = deals + [d.head for d in deals if d.head.pos_ == "VERB"]
            for holder in holders:
                recipients += [k for k in self.pobjects(holder, ("with", "from"), _ACTORS)
                               if k not in recipients]
        if not recipients:
            recipients = self.recipient_to_the_right(verb)
        if not recipients and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
            # "China imported 1.56 million tonnes of durians, the GAC said, with Thailand
            # and Vietnam supplying the bulk": who imports buys
            clause = verb.head.head
            while clause.dep_ == "parataxis" and clause.head != clause:
                clause = clause.head
            if clause.lemma_.lower() in ("import", "buy", "purchase"):
                recipients = [k for k in self.subject_of(clause) if self.classes.get(k) in _ACTORS]
        if not recipients and verb.lemma_.lower() != "sell":  # "selling assets in Peru"
            # "providing equipment to build wind turbines in the country"
            for clause in verb.children:  # (not "shipped ore from its mine in X")
                if clause.dep_ in ("advcl", "xcomp", "prep", "dobj") and clause.lower_ != "from":
                    recipients += [p for p in self.places_in(clause, origins=False)
                                   if p not in recipients]
        # "provided a loan for the railway": the lender funds the works, not builds them
        lent = any(c.dep_ == "dobj" and self.is_money(c) for c in verb.children)
        for supplier in suppliers:
            for recipient in recipients if not lent else ():  # money is no goods
                self.add(supplier, Predicate.SUPPLIES_TO, recipient, verb)
            for clause in verb.subtree:
                project = self.described_at.get(clause.i)
                if project and self.classes.get(project) == EntityClass.PROJECT and \
                        not self.in_origin(clause, verb):  # (goods from its own works)
                    self.add(supplier, Predicate.FUNDS_PROJECT if lent else
                             Predicate.PARTICIPATES_IN, project, verb)

    def recipient_to_the_right(self, verb: Token) -> list[str]:
        """'agreed to supply 18,000 tonnes of spodumene concentrate a year to X': when the
        parser hangs 'to X' on a misread word, the first 'to' after the goods, in the same
        clause (no other verb with a subject, colon or semicolon in between), names the buyer."""
        for t in verb.doc[verb.i + 1 : min(verb.sent.end, verb.i + 15)]:
            if t.text in (";", ":") or (t.pos_ in ("VERB", "AUX") and any(
                    c.dep_.startswith("nsubj") for c in t.children)):
                return []
            if t.lower_ == "to" and t.dep_ == "prep" and t.head.pos_ != "NOUN":
                return [k for obj in t.children if obj.dep_ == "pobj"
                        for k in self.entities(obj) if self.classes.get(k) in _ACTORS]
        return []

    def fund(self, verb: Token) -> None:
        """'X funds/finances P', 'X committed R$5.5 billion to P': X funds a project, or invests
        in a country or firm."""
        funders = [f for f in self.subject_of(verb) if self.classes.get(f) in _ACTORS]
        if not funders and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ("loan", "credit", "grant") and
                not any(g.dep_ == "poss" or g.lower_ in ("from", "by") for g in c.children)
                for c in verb.children):
            # "A US$50 million loan will co-finance the X project": a lender's release tells
            # of its own loans
            funders = [k for k in [self.main_lender()] if k]
        targets = self.pobjects(verb, ("to", "for", "in", "into"), _FUNDABLE)
        for c in verb.children:
            if c.dep_ == "dobj" and not self.gapped_subject(c):
                if not self.is_money(c):  # ("provide Japanese loans": whose the money is)
                    targets += self.entities(c, _FUNDABLE)
                # "22 percent of SQM" (but not "$655 million of Indian drugs": goods)
                targets += [k for prep in c.children if prep.dep_ == "prep" and
                            prep.lower_ in ("of", "in") for obj in prep.children
                            if obj.dep_ == "pobj" and (self.key_at(obj) or not any(
                                m.dep_ in ("amod", "compound") and self.key_at(m)
                                for m in obj.children))
                            for k in self.entities(obj, _FUNDABLE)]
                # "lend 80 million euros for the wind farm": the purpose hangs on the amount
                if any(t.like_num for t in c.subtree):
                    targets += self.pobjects(c, ("for", "towards", "toward"),
                                             (EntityClass.PROJECT,))
        lent = [c for c in verb.children if c.dep_ == "dobj" and
                c.lemma_.lower() in lexicon.LENDING_NOUNS]
        if lent and not any(self.classes.get(k) == EntityClass.PROJECT for k in targets):
            # "is providing a loan to Soleos Gafsa SA to build a plant": the works the loan
            # is for, besides its borrower
            targets += [k for cue in (verb, *lent) for k in self.purpose_works(cue)
                        if k not in targets]
        # "X owns 62 percent of P, while Y and Z hold 15 percent each": a share of nothing
        # named is a share of the works the stake before it was in ("owned 66 percent by X"
        # says whose a share is, not where it lies)
        bare_share = verb.lemma_.lower() in ("hold", "own", "control") and \
            not any(t.lower_ == "by" for t in verb.subtree) and \
            any(c.dep_ == "dobj" and c.lower_ in _SHARE_NOUNS and
                not any(p.dep_ == "prep" for p in c.children) for c in verb.children)
        remaining = any(t.lower_ in ("remaining", "rest", "balance") for c in verb.children
                        if c.dep_ == "dobj" for t in c.subtree)
        if not targets and (bare_share or remaining):
            # "X holds a 60 percent stake, while Y holds the remaining 40 percent": in the
            # same firm or project as the stake before it
            stakes = self.recent_relations(verb, (Predicate.INVESTS_IN,
                                                  Predicate.FUNDS_PROJECT))
            # (not one that itself holds a share in the sentence: "OVL holds 10%, BPRL owns
            # 10%, and Beas Rovuma holds another 10%" are three holders)
            owning = [t for t in verb.sent if t.lemma_.lower() in ("hold", "own", "have") and
                      t.pos_ in ("VERB", "AUX") and t.i > verb.sent.start]
            holders = {k for t in owning for k in [
                *self.subject_of(t), self.key_at(self.before_parentheses(t.nbor(-1)))] if k}
            targets = [r.object for r in stakes
                       if r.subject not in funders and r.object not in holders][:1]
        if not targets and (verb.lemma_.lower().removeprefix("co-") in lexicon.FUND_CUES and
                            not any(c.dep_ == "dobj" for c in verb.children) or
                            verb.lemma_.lower() in _PUT_UP_VERBS and
                            any(c.dep_ == "dobj" and self.is_money(c) for c in verb.children)):
            # "The AfDB has pledged co-financing for the same stretch", "JBIC is expected to
            # extend up to 95 billion yen": for the works the story is about
            funders, targets = self.works_at_hand(verb, funders)
        if targets and verb.lemma_.lower() in ("hold", "own"):
            gapped = self.gapped_holders(verb)  # (not targets, wherever the parser hung them)
            funders += [k for k in gapped if k not in funders]
            targets = [k for k in targets if k not in gapped]
        self.funds(funders, list(dict.fromkeys(targets)), verb)

    def gapped_holders(self, verb: Token) -> list[str]:
        """'X holds 51 percent, local conglomerate Y 34 percent and the Z Authority (ZA) 15
        percent': the holders after the first, who share its verb and name only a share."""
        doc = self.doc
        share = next((c for c in verb.children if c.dep_ == "dobj" and
                      c.lower_ in _SHARE_NOUNS), None)
        if share is None:
            return []
        found: list[str] = []
        # (past the share's "in X", not through the names the parser may hang on it)
        i = max([share.i, *(p.right_edge.i for p in share.children if p.dep_ == "prep")]) + 1
        end = verb.sent.end
        while i < end and doc[i].text in (",", "and"):
            i += 1
            words = 0
            while i < end and doc[i].is_lower and doc[i].is_alpha and words < 3:
                i, words = i + 1, words + 1  # "local conglomerate", "the"
            holder = self.token_key.get(i)
            mention = self.mention_at.get(i)
            if holder is None or mention is None or self.classes.get(holder) not in _ACTORS:
                break
            i = mention.end
            if i < end and doc[i].text == "(":  # past "(SLPA)"
                i = next((t.i + 1 for t in doc[i : min(end, i + 5)] if t.text == ")"), i)
            if not (i + 1 < end and doc[i].like_num and doc[i + 1].lower_ in _SHARE_NOUNS):
                break
            found.append(holder)
            i += 2
        return found

    def gapped_subject(self, name: Token) -> bool:
        """'Mubadala will take 29% and QIA 20%': a name between 'and' after an amount and an
        amount of its own is the subject of a clause that leaves its verb out, not an object."""
        mention = self.mention_at.get(name.i)
        start = mention.start if mention is not None else name.i
        return start >= 2 and self.doc[start - 1].lower_ == "and" and \
            self.doc[start - 2].ent_type_ in _AMOUNT_TYPES and self.gapped(name)

    def main_lender(self) -> str | None:
        """The lender or fund the article names most often (the first of equals)."""
        lenders = [k for k in self.times_named if self.classes.get(k) in _ORGS and (
            self.lends(k) or self.name_has(k, frozenset({"fund"})))]
        return max(lenders, key=lambda k: self.times_named[k]) if lenders else None

    def funding(self, noun: Token) -> None:
        """'a loan of EUR 500 mln for P' negotiated by X; 'X's $2 billion stake in Y'."""
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in _PACKAGE_NOUNS:
            noun = noun.head  # "signed a $1.35 billion financing package for the plant"
        funders = [k for c in noun.children if c.dep_ == "poss"
                   for k in self.entities(c, _ACTORS)] or \
            [f for f in self.subject_of(noun) if self.classes.get(f) in _ACTORS]
        funders += [k for k in self.pobjects(noun, ("from", "by"), _ACTORS) if k not in funders]
        # "KenGen signed a ¥38 billion loan with JBIC and a €95 million facility with KfW for
        # the plant": the lenders a signed loan is with, each of its conjoined loans' too,
        # fund what the last of them is for
        loans = [noun, *(c for c in noun.conjuncts if c.lemma_.lower() in lexicon.LENDING_NOUNS)]
        signer = min(loans, key=lambda t: t.i).head
        signed = noun.lemma_.lower() in lexicon.LENDING_NOUNS and \
            signer.lemma_.lower() in lexicon.SIGNED_VERBS | {"agree", "secure", "obtain"} and \
            not any(self.lends(k) for k in funders)  # ("the EIB signed a loan with X": X borrows)
        if signed:
            funders += [k for loan in loans for k in self.pobjects(loan, ("with",), _ORGS)
                        if k not in funders]
        stake = noun.lemma_.lower() in _SHAREHOLDING_NOUNS
        if stake and funders:
            # "X holds a 52.5 percent stake in the port alongside Y and Z": co-holders
            funders += [k for t in (noun, noun.head) for k in self.pobjects(
                t, ("alongside",), _ACTORS) if k not in funders]
        holders = [noun, noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            else [noun]  # "$1.2 billion of loans that ...": the clause may hang on the amount
        clauses = [c for h in holders for c in h.children if c.dep_ == "relcl"]
        for clause in clauses:
            # "loans that a consortium led by Mainfeld Bank is arranging for the project"
            funders += [k for c in clause.children if c.dep_ == "nsubj"
                        for k in self.entities(c, _ORGS) if k not in funders]
        targets = self.pobjects(noun, ("for", "to", "in", "into"), _FUNDABLE)
        if signed:  # (the parser may hang 'for' on the lender)
            targets += [k for loan in loans
                        for holder in (loan, *self.prep_objects(loan, ("with",)))
                        for k in self.pobjects(holder, ("for",), _FUNDABLE) if k not in targets]
        targets += [k for clause in clauses
                    for k in self.pobjects(clause, ("for",), _FUNDABLE) if k not in targets]
        if not targets and noun.dep_ == "dobj":
            # "signed a financing package for the plant", "in which X holds a stake": the
            # preposition hangs on the verb
            targets = self.pobjects(noun.head, ("for", "in") if stake else ("for",), _FUNDABLE)
        if not targets and stake:
            # "the LNG project, in which X, Y and Z hold a stake" (whatever the parse hangs
            # 'in which' on)
            which = [t for t in noun.sent if t.i < noun.i and t.lower_ == "which" and
                     self.doc[t.i - 1].lower_ == "in" and self.doc[t.i - 2].text == ","]
            targets = self.entities(which[-1], _FUNDABLE) if which else []
        amount = noun.head.head if noun.dep_ == "pobj" else noun
        if not targets and noun.dep_ == "pobj" and (noun.head.lower_ == "of" or (
                noun.head.lower_ == "in" and amount.like_num and amount.ent_type_ == "MONEY")):
            # "a new round of financing for the corridor", "€500 million in loans from the
            # EIB for the project" (the purpose hangs on the amount)
            targets = self.pobjects(amount, ("for", "to", "in", "into"), _FUNDABLE)
        if not targets and noun.dep_ in ("nsubj", "nsubjpass") and \
                noun.head.lemma_.lower() in _GO_VERBS:
            # "the fund's first commitment will go to the Aktau Logistics Centre"
            targets = self.pobjects(noun.head, ("to", "towards", "into"), _FUNDABLE)
        if not targets or noun.lemma_.lower() in lexicon.LENDING_NOUNS and not any(
                self.classes.get(k) == EntityClass.PROJECT for k in targets):
            # "a loan to LAMATA to help it build the line": the works too, not only the
            # borrower
            targets += [k for k in self.purpose_works(noun) if k not in targets]
        if not targets and noun.lemma_.lower() in ("loan", "credit", "grant", "financing") and \
                funders and self.asserted(noun):
            # "Tsubasa Bank will provide a ¥120 billion loan", "covered by a loan from X"
            funders, targets = self.works_at_hand(noun, funders)
        self.funds(funders, targets, noun)

    def works_role(self, cue: Token) -> None:
        """'PowerChina was chosen as the EPC contractor for the wind farm', 'X, the lender for
        the line', 'X is the main builder of the dam': the role says how X takes part; 'X will
        pay for the transmission line': X funds it."""
        # "X was chosen as the contractor for P", "Y picked X as preferred supplier"
        chosen = self.chosen_as(cue) if cue.dep_ == "pobj" and cue.head.lower_ == "as" and \
            cue.pos_ == "NOUN" else []
        # "X, the project's operator and largest shareholder": each coordinated role is X's,
        # and of the works the first one names
        role = cue
        while role.dep_ == "conj" and role.head.pos_ == "NOUN" and \
                role.head.lemma_.lower() in _ROLE_NOUNS:
            role = role.head
        targets = [k for each in dict.fromkeys((cue, role))
                   for k in self.pobjects(each, ("for", "of", "on"), (EntityClass.PROJECT,))]
        if cue.pos_ == "NOUN":
            targets += [k for c in role.children if c.dep_ == "poss"  # "the project's operator"
                        for k in self.entities(c, (EntityClass.PROJECT,)) if k not in targets]
            if not targets and any(c.dep_ == "poss" and c.lower_ == "its" or
                                   c.dep_ == "compound" and c.lower_ == "project"
                                   for c in role.children):
                # "the port ..., its operator X said", "according to X, the project owner"
                targets = self.subject_works(role)
        if not targets and cue.pos_ == "VERB":
            # "paid $35 billion for the right to develop Ras El Hekma"
            targets = [k for obj in self.prep_objects(cue, ("for",)) for t in obj.subtree
                       for k in [self.key_at(t)] if k and t.i > obj.i and
                       self.classes.get(k) == EntityClass.PROJECT][:1]
        if not targets and cue.dep_ == "attr" and cue.tag_ == "NN" and any(
                c.lower_ == "the" for c in cue.children) and \
                _ROLE_NOUNS.get(cue.lemma_.lower()) == Predicate.PARTICIPATES_IN:
            # "X is the EPC contractor", after a sentence on a plant: of the works at hand
            targets = [k for k in [self.recent_described(cue, EntityClass.PROJECT, near=1)]
                       if k]
        if not targets and self.agency_role(cue):
            # "ZESCO will act as the implementing agency", "Executing agency: CPA" under the
            # project's heading: of the works at hand
            start = self.window(cue, 3).start
            named = [k for t in reversed(self.doc[start : cue.i]) for k in [self.key_at(t)]
                     if k and self.classes.get(k) == EntityClass.PROJECT][:1]
            targets = [k for k in [self.recent_described(cue, EntityClass.PROJECT, near=2)]
                       if k] or named
        if not targets:
            return
        if cue.pos_ == "VERB":
            agents, predicate = self.subject_of(cue), Predicate.FUNDS_PROJECT
        else:
            predicate = Predicate.PARTICIPATES_IN if self.agency_role(cue) else \
                _ROLE_NOUNS[cue.lemma_.lower()]
            if role.dep_ == "appos":  # "X, the contractor for P"
                agents = self.entities(role.head)
            elif role.dep_ == "pobj" and role.head.lower_ == "as":
                agents = chosen
            elif role.dep_ == "compound" and self.key_at(role.head):
                agents = self.entities(role.head)  # "its operator X said": the name is it
            elif role.dep_ == "pobj" and role.head.lower_ == "of" and \
                    role.head.head.lower_ == "one" and role.head.head.dep_ == "appos":
                # "according to CRCC, one of the project's main contractors"
                agents = self.entities(role.head.head.head)
            elif role.dep_ in ("ROOT", "nsubj", "nsubjpass", "pobj"):
                # "Executing agency: Chittagong Port Authority (CPA)", "its operator, X, said",
                # "according to its developer, X"
                agents = [k for c in role.children if c.dep_ == "appos"
                          for k in self.entities(c)]
                after = self.key_at(self.doc[role.i + 2]) if role.i + 2 < len(self.doc) and \
                    self.doc[role.i + 1].text == "," else None
                if not agents and after:
                    agents = [after]  # (a name the parser left unhung)
            elif role.dep_ == "attr":  # "X is the contractor for P"
                agents = [k for c in role.head.children if c.dep_ == "nsubj"
                          for k in self.entities(c)]
            elif (beside := self.apposed_name(role, ANY_ARTICLE)) is not None:
                # "according to Malaysia Rail Link Sdn Bhd (MRL), the project owner", where
                # the parser hung the role elsewhere: the name before the comma
                agents = [k for k in [self.key_at(beside)] if k]
            else:
                return
        for agent in agents:
            if self.classes.get(agent) in _ACTORS:
                for target in targets:
                    self.add(agent, predicate, target, cue)

    def chosen_as(self, role: Token) -> list[str]:
        """Who was chosen for a role: 'X was chosen as the contractor (by Y)', 'Y picked X as
        preferred supplier'. A chosen supplier supplies the one who chose it."""
        verb = role.head.head
        if any(c.dep_ == "dobj" for c in verb.children):
            chosen = [k for c in verb.children if c.dep_ == "dobj" for k in self.entities(c)]
            choosers = self.subject_of(verb)
        else:
            chosen = [k for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                      for k in self.entities(c)]
            # ("selected as turbine supplier by Y": the parser may hang 'by' on the role)
            choosers = self.pobjects(verb, ("by",)) + self.pobjects(role, ("by",))
        if role.lemma_.lower() in ("supplier", "vendor"):
            for supplier in chosen:
                for buyer in choosers:
                    if supplier != buyer and self.classes.get(supplier) in _ACTORS and \
                            self.classes.get(buyer) in _ACTORS:
                        self.add(supplier, Predicate.SUPPLIES_TO, buyer, role)
        return chosen

    @staticmethod
    def agency_role(noun: Token) -> bool:
        """Whether a noun names the body that carries works out for a lender: 'the executing
        agency', 'implementing agencies'."""
        return noun.lemma_.lower() in ("agency", "entity") and any(
            c.lower_ in ("executing", "implementing") for c in noun.children
            if c.dep_ in ("amod", "compound"))

    def stakes_listed(self, stake: Token) -> None:
        """'it paid $1.3 billion for minority stakes in four firms: 20 percent of A, 25
        percent of B ...': whoever takes the stakes invests in each firm listed."""
        agents = [k for k in self.subject_of(stake) if self.classes.get(k) in _ACTORS]
        if not agents:
            return
        for t in stake.sent[stake.i - stake.sent.start + 1:]:
            if t.lower_ in ("percent", "%", "per") and t.i + 2 < len(self.doc):
                of = self.doc[t.i + 1] if t.lower_ != "per" else self.doc[t.i + 2]
                if of.lower_ != "of" or of.i + 1 >= len(self.doc):
                    continue
                k = of.i + 1
                while k < len(self.doc) and self.doc[k].lower_ == "the":
                    k += 1
                firm = self.key_at(self.doc[k]) if k < len(self.doc) else None
                if firm and self.classes.get(firm) in (EntityClass.FIRM,) and \
                        self.asserted(stake):
                    for agent in agents:
                        self.add(agent, Predicate.INVESTS_IN, firm, stake)

    def purpose_works(self, cue: Token) -> list[str]:
        """The works money is for, named in its purpose clause: 'invest €180 million to raise
        the capacity of the Lekki terminal', 'a loan to LAMATA to help it build the Green
        Line'."""
        clauses = [c for c in cue.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and
                   any(m.lower_ == "to" and m.dep_ == "aux" for m in c.children)]
        if cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "nsubj", "attr"):
            clauses += [c for c in cue.head.children if c.dep_ in ("xcomp", "advcl") and
                        c.i > cue.i and any(m.lower_ == "to" for m in c.children)]
        found: list[str] = []
        for clause in clauses:
            for t in clause.subtree:
                key = self.key_at(t)
                if key and self.classes.get(key) == EntityClass.PROJECT and key not in found:
                    found.append(key)
        return found

    def works_at_hand(self, cue: Token, funders: list[str]) -> tuple[list[str], list[str]]:
        """Money with no stated purpose goes to the works the story is about just then (a
        project described in this sentence or the two before), from the funders that are
        not countries."""
        recent = self.recent_described(cue, EntityClass.PROJECT, near=2)
        return ([f for f in funders if self.classes.get(f) != EntityClass.COUNTRY],
                [recent] if recent else [])

    @staticmethod
    def numbers_a_name(number: Token) -> bool:
        """Whether a number is part of a name ('the Nam Theun 3 dam', 'Line 5'), no amount."""
        before = number.nbor(-1) if number.i > 0 else None
        return before is not None and before.pos_ == "PROPN" and before.is_title

    def funds(self, funders: list[str], targets: list[str], cue: Token) -> None:
        works = [t for t in targets if self.classes.get(t) == EntityClass.PROJECT]
        # "JICA will lend ...", "a loan to Kenya", "loan commitments": a lender takes no stake
        loan = cue.lemma_.lower() in lexicon.LENDING_NOUNS | {"lend"} or any(
            c.dep_ in ("dobj", "compound") and c.lemma_.lower() in lexicon.LENDING_NOUNS
            for c in cue.children)
        borrowers = self.pobjects(cue, ("to",), _ACTORS)
        for funder in funders:
            for target in targets:
                if self.classes.get(target) == EntityClass.PROJECT:
                    self.add(funder, Predicate.FUNDS_PROJECT, target, cue)
                elif target in borrowers and (loan or self.lends(funder)):
                    # "the EIB will lend EUR 180 million to Barqi Tojik for the plant": the
                    # borrower pays for its works with the loan; the bank takes no stake (nor
                    # in "a loan to Sigma Lithium" with no works named)
                    for project in works:
                        self.add(target, Predicate.FUNDS_PROJECT, project, cue)
                elif self.classes.get(target) in (EntityClass.COUNTRY, EntityClass.REGION) \
                        and (loan or self.lends(funder)):
                    continue  # "the ADB lent $300 million to Bangladesh": a loan, no stake
                elif self.classes.get(target) in _ACTORS:
                    self.add(funder, Predicate.INVESTS_IN, target, cue)
