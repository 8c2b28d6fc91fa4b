"""Projects, agreements and events described in the text, and who funds, builds, signs or
attends them.

A works noun with a qualifying word ("wind farm", "BYD's Camacari plant", "a factory in
Rayong") becomes a project; an agreement noun with named parties becomes one agreement per
partner where the text lists several ("agreements were concluded with Kazakhstan and
Tajikistan"); "the plant", "the deal" refer back to what was described before.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import lexicon
from kg.extract.reader import (
    _ACTORS,
    _ORGS,
    _OWNERS,
    _PARTIES,
    _PLACES,
    ANY_ARTICLE,
    PART_NOUNS,
    Described,
    ReaderBase,
)
from kg.extract.records import AgreementStatus, EntityClass, Predicate
from kg.nlp import written
from kg.text import name_words, slugify

_BACKED = frozenset({"invested", "funded", "owned", "backed", "financed", "built", "led"})
_HOST_VERBS = frozenset({"host", "co-host", "organise", "organize", "co-organise", "co-organize",
                         "convene", "sponsor", "chair", "co-chair", "lead"})
_DOCUMENT_NOUNS = frozenset({"document", "agreement", "deal", "accord", "memorandum",
                             "memoranda", "pact", "contract", "mou", "protocol"})
_ATTEND_VERBS = frozenset({"attend", "host", "join", "hold", "chair", "co-chair", "co-host",
                           "address", "tell", "brief", "open", "visit", "conclude"})
_SITING_VERBS = (lexicon.PARTICIPATION_CUES | lexicon.FUND_CUES | lexicon.INVEST_CUES |
                 frozenset({"plan", "open", "start", "launch", "locate", "site", "be", "set",
                            "establish", "commission", "inaugurate", "approve", "propose"}))
# Words of a contract to build works ("an EPC contract", "construction contracts").
_BUILDING_CONTRACT_WORDS = frozenset({"epc", "construction", "engineering", "build",
                                      "building", "turnkey"})
# Words for the side of a building contract that owns the works.
_DEVELOPER_WORDS = frozenset({"developer", "owner", "utility", "client"})
# Linear works that a text may name by their ends ("the line from Tabora to Kigoma").
_ROUTE_WORKS = frozenset({"line", "railway", "road", "highway", "expressway", "motorway",
                          "pipeline", "link", "cable", "section", "stretch", "segment"})
# What construction does where it is ("Construction of X began in Y").
_UNDER_WAY_VERBS = frozenset({"begin", "start", "commence", "resume", "continue", "proceed",
                              "get"})
# Words in the name of a party that lends ("Agence française de développement").
_LENDING_BODY_WORDS = frozenset({"bank", "fund", "development", "développement", "agency",
                                 "agence", "exim", "credit", "finance", "financing",
                                 "lender"})
_CROWD_NOUNS = frozenset({"firm", "company", "enterprise", "investor", "builder",
                          "contractor", "manufacturer", "exporter", "business", "executive",
                          "businessman", "businesswoman", "entrepreneur", "buyer"})
# Words that name or describe a utility, which buys power rather than sells it
_UTILITY_WORDS = frozenset({"electricity", "utility", "grid", "distribution", "transmission"})
_CROSSINGS = frozenset({"bridge", "tunnel", "crossing", "interconnector"})
_LOAN_NOUNS = lexicon.LENDING_NOUNS | frozenset({"package", "tranche"})
_GRANT_VERBS = frozenset({"grant", "award", "give", "issue"})
# What a firm does to a contract it gets ("won", "bagged a 'mega' order")
_WIN_VERBS = frozenset({"win", "secure", "bag", "land", "clinch", "receive", "obtain"})
# Who speaks for a country or a body at an event ("officials from both countries")
_ENVOY_NOUNS = frozenset({"official", "delegation", "delegate", "leader", "minister",
                          "representative", "envoy", "government"})
# Verbs of working together ("work with X to build", "teamed up with X to develop")
_TEAM_VERBS = frozenset({"work", "team", "partner", "cooperate", "collaborate", "join"})
_GATHER_VERBS = frozenset({"draw", "bring", "gather", "attract", "welcome", "bring together",
                           "assemble"})
_TAKE_PART_VERBS = frozenset({"take", "participate", "attend", "join", "exhibit", "showcase"})
_HOST_NOUNS = frozenset({"host", "co-host", "participant", "attendee", "organiser",
                         "organizer", "guest", "delegate", "sponsor"})
_TRIP_NOUNS = frozenset({"visit", "trip", "tour", "attendance", "participation"})
# journeys that are events at their destination: "a trade mission to Jakarta" (a visit is
# rather the setting of what happens during it, and annotators leave it out)
TRIP_HEADS = frozenset({"mission", "delegation"})
_TRIP_VERBS = frozenset({"lead", "head", "pay", "make", "send", "undertake", "take"})
_SET_UP_VERBS = frozenset({"build", "construct", "open", "set", "establish", "launch",
                           "complete", "finish"})
_OWN_WORKS = frozenset({"plant", "factory", "facility", "refinery", "mine", "smelter",
                        "complex", "farm", "park", "warehouse", "store", "hotel", "hub",
                        "terminal", "depot"})
_AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT", "DATE", "ORDINAL"})
_SCALED_NUMBER = re.compile(r"\d[\d.,]*(bn|mn|tn|m|b|k)")  # "1.3bn", one token
_VAGUE_MODIFIERS = frozenset({
    "new", "more", "than", "numerous", "several", "many", "major", "key", "first", "other",
    "such", "same", "existing", "planned", "proposed", "latest", "further", "additional",
    "whole", "entire", "single", "earlier", "later", "previous",
    # words that judge a thing rather than tell it apart ("the long-delayed pact")
    "landmark", "historic", "ambitious", "long-delayed", "long-awaited", "long-stalled",
    "long-negotiated", "much-anticipated", "much-delayed",
})
_TOPIC_NOUNS = frozenset({"field", "area", "areas", "sector", "sectors", "number", "kind",
                          "type", "types", "value", "share", "list", "pipeline"})
WORKS_CHANGES = lexicon.WORKS_CHANGES
_TOPIC_PREPS = frozenset({"of", "on", "for", "in", "at"})
_WORKS_TAIL = ("between", "from", "to", "at", "in", "near")
_BUILDINGS = frozenset({"stadium", "hospital", "school", "building", "berth", "quay", "runway",
                        "track", "section", "stretch", "segment"})
# Works that stand somewhere (not programmes, initiatives or projects in general).
_BUILT_WORKS = lexicon.WORKS_HEADS - {"project", "initiative", "programme", "program",
                                      "corridor"}
# ("commissioned the wind farm": its owner puts it to work, or orders it built)
_OWN_VERBS = frozenset({"own", "acquire", "buy", "back", "bankroll", "hold", "commission"})
# Verbs that engage a contractor ("was hired to build", "was selected to construct")
_HIRE_VERBS = frozenset({"hire", "contract", "select", "choose", "appoint", "commission",
                         "engage", "pick", "tap", "award", "task", "mandate", "retain"})
# Words in the name of a firm that builds for others ("China Energy Engineering Corporation").
_BUILDER_WORDS = frozenset({"engineering", "construction", "contracting", "contractors",
                            "builders"})
# Abbreviations that are no names but say what works do ("an LNG terminal", "a UHV line")
_WHAT_WORKS_DO = frozenset({"LNG", "LPG", "EV", "EVs", "PV", "UHV", "HVDC", "BEV", "CO2"})
_STAKE_NOUNS = frozenset({"stake", "interest", "equity", "holding", "shareholding"})


def _hyphen_bounds(token: Token) -> tuple[int, int]:
    """The tokens of the word a token is part of, hyphens and all ('LNG-to-power')."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 1 and doc[start - 1].text in lexicon.NAME_HYPHENS and \
            not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    while end < len(doc) and doc[end].text in lexicon.NAME_HYPHENS and \
            not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    return start, min(end, len(doc))


def _hyphen_joined(token: Token) -> bool:
    """Whether a word is bound by hyphens into one modifier ('LNG-to-power', 'waste-to-energy'),
    whatever the parser made of it."""
    start, end = _hyphen_bounds(token)
    return end - start > 1


def _whole_word(token: Token) -> str:
    """The word a token is part of, hyphens and all ('long-delayed'), lower-cased."""
    start, end = _hyphen_bounds(token)
    return token.doc[start:end].text.lower()


class WorksRules(ReaderBase):
    """Rules for projects, agreements and events."""

    def phrase(self, head: Token) -> tuple[str, list[Token]]:
        """The head noun with the contiguous run of modifiers before it (names included),
        numbers, amounts and hedges left out: '1,300 km Benguela line' -> 'Benguela line'."""
        doc = head.doc
        # ("the Noor Energy 1 plant": a number in a works' name is a word of it)
        named = {t.i for t in head.subtree if self.classes.get(
            self.token_key.get(t.i, "")) == EntityClass.PROJECT}
        left = sorted([t for t in head.subtree if t.i < head.i and (t.dep_ in (
            "amod", "compound", "nmod", "cc", "conj", "npadvmod", "hyph", "punct") or
            _hyphen_joined(t) or t.i in named) and
            (not t.like_num and t.ent_type_ not in _AMOUNTS and t.tag_ != "$" and
             not _SCALED_NUMBER.fullmatch(t.lower_) or t.i in named) and  # ("US$1.3bn")
            (t.text not in lexicon.NOT_NAMES or t.text in _WHAT_WORKS_DO) and
            not (t.lower_ in lexicon.CURRENCY_WORDS and t.i > 0 and (  # "7.6 billion euro
                doc[t.i - 1].like_num or doc[t.i - 1].lower_ in lexicon.SCALE_WORDS)) and  # plant"
            t.lower_ not in _VAGUE_MODIFIERS and _whole_word(t) not in _VAGUE_MODIFIERS and
            t.tag_ not in ("JJS", "RBS") and
            not (t.dep_ == "punct" and t.text not in lexicon.NAME_HYPHENS) and
            t.text != "#" and t.lemma_.lower() not in lexicon.SIGNED_VERBS],  # a headline's
            key=lambda t: t.i)
        run: list[Token] = []
        for t in reversed(left):
            nxt = run[0].i if run else head.i
            if nxt >= 3 and doc[nxt - 1].text == ")" and doc[nxt - 3].text == "(" and \
                    doc[nxt - 2].text.isupper():
                nxt -= 3  # "Baku-Tbilisi-Kars (BTK) railway": step over the abbreviation
            if t.i == nxt - 1:
                run.insert(0, t)
        while run and run[0].dep_ in ("cc", "punct"):
            run = run[1:]
        tokens = [*run, head]
        text = written(tokens)
        return text, tokens

    def describe(self, head: Token, cls: EntityClass, label: str, alias: str | None,
                 names: tuple[str, ...] = ()) -> str:
        """The key of a described project or agreement, creating it on first use. Two works
        named after the same entities ('the Camacari complex', 'the Camacari plant') are one."""
        if names and (cls, names) in self.by_names:
            key = self.by_names[(cls, names)]
            item = self.described[key]
            for name in (label, alias):
                if name and name != item.label and name not in item.aliases:
                    item.aliases.append(name)
            item.tokens.append(head)
            self.described_at.setdefault(head.i, key)
            return key
        key = f"{cls.value.lower()}:{self.article_id}/{slugify(label)}"
        if names:
            self.by_names[(cls, names)] = key
        if key not in self.described:
            self.described[key] = Described(key, cls, label)
            self.classes[key] = cls
            self.labels[key] = label
        item = self.described[key]
        if alias and alias != label and alias not in item.aliases:
            item.aliases.append(alias)
        item.tokens.append(head)
        self.described_at.setdefault(head.i, key)
        return key

    @staticmethod
    def with_conjuncts(head: Token) -> list[Token]:
        """The children of a noun and of the nouns coordinated with it: in "a copper mine and
        concentrator being built by X", the clause hangs on the second."""
        return [c for t in (head, *(c for c in head.children if c.dep_ == "conj"))
                for c in t.children if c.dep_ != "conj"]

    def refer_to_project(self, head: Token, modifiers: list[Token], near: int = 0) -> bool:
        """Read a definite works noun as the project described before it (within `near`
        sentences, when given), with that project's links; whether there was one."""
        earlier = self.recent_described(head, EntityClass.PROJECT, near=near)
        kinds = {t.lower_ for t in modifiers} & lexicon.PROJECT_MODIFIERS
        if earlier is not None and kinds and self.labels[earlier][:1].islower() and not any(
                kinds & set(name.lower().split())
                for name in (self.labels[earlier], *self.aliases.get(earlier, ()))):
            return False  # "the 50 MW solar park" is not the port described just before
        if earlier is not None:
            self.refer(head, earlier)
            self.project_links(head, earlier, modifiers)
        return earlier is not None

    def refer(self, head: Token, key: str) -> None:
        """Record that `head` refers back to `key` ('the plant', 'the deal')."""
        self.described_at.setdefault(head.i, key)
        self.anaphora.add(head.i)

    @staticmethod
    def definite(head: Token) -> bool:
        """'the plant', 'this deal', 'the 1,860 km line': a noun that refers back."""
        if any(c.lower_ in ("the", "this", "that") for c in head.children):
            return True
        i = head.i - 1  # the parser may hang the article elsewhere: look left past amounts
        while i >= 0 and (head.doc[i].like_num or head.doc[i].ent_type_ in _AMOUNTS):
            i -= 1
        return i >= 0 and i < head.i - 1 and head.doc[i].lower_ in ("the", "this", "that")

    def recent_named(self, head: Token) -> str | None:
        """The nearest project named before `head` whose name ends in the same head word."""
        for i in range(head.i - 1, -1, -1):
            key = self.token_key.get(i)
            if key and self.classes.get(key) == EntityClass.PROJECT and \
                    self.token_key.get(i + 1) != key and \
                    self.doc[i].lemma_.lower() == head.lemma_.lower():
                return key  # (its last word: "the road" is not the Bioceanic Road Corridor)
        return None

    def recent_described(self, head: Token, cls: EntityClass, near: int = 0) -> str | None:
        """The project or agreement a bare 'the plant', 'the deal' refers back to: the nearest
        one before it with the same head word, else the nearest one of its class (within
        `near` sentences, when given)."""
        best: tuple[int, str] | None = None
        same_head: tuple[int, str] | None = None
        start = self.window(head, near + 1).start if near else 0
        candidates = [(i, k) for i, k in self.described_at.items() if start <= i < head.i]
        candidates += [(i, k) for i, k in self.token_key.items() if start <= i < head.i]
        for i, key in sorted(candidates):
            if self.classes.get(key) != cls:
                # "the park" after "the China-Oman Industrial Park", a place that is built
                if cls == EntityClass.PROJECT and \
                        self.classes.get(key) == EntityClass.REGION and \
                        self.labels.get(key, "").lower().split()[-1:] == [head.lower_] and \
                        head.lower_ in lexicon.PROJECT_HEADS:
                    same_head = (i, key)
                continue
            if i not in self.background:
                best = (i, key)
            # a word that itself referred back says nothing of what it named; "the plant"
            # is not one of "28 hydropower plants"
            if self.doc[i].lemma_.lower() == head.lemma_.lower() and i not in self.anaphora \
                    and (self.doc[i].tag_ == "NNS") == (head.tag_ == "NNS"):
                same_head = (i, key)
        chosen = same_head or best
        if best and same_head and head.lemma_.lower() == "project" and \
                (best[0] in self.token_key or best[0] in self.anaphora and
                 best[1] in self.token_key.values() and
                 self.doc[best[0]].lemma_.lower() in lexicon.WORKS_HEADS - {"project"}) and \
                same_head[0] < self.window(head, 2).start <= best[0]:
            # every works is a "project": the works the sentence before names (or refers
            # back to by its kind: "the port"), not a "project" further back
            chosen = best
        return chosen[1] if chosen else None

    def project(self, head: Token) -> None:
        if head.i in self.token_key or self.example_in_list(head):
            return  # part of a name, or one of the examples of a list ("including ...")
        if head.lower_ in lexicon.PLACE_NOUNS and any(
                self.key_at(o) for prep in head.children if prep.lower_ == "of"
                for o in prep.children):
            return  # "the Kazakh port of Aktau" is the place Aktau
        governor = head.head if head.dep_ == "pobj" else None
        if governor is not None and governor.head.lemma_.lower() in _TOPIC_NOUNS:
            return  # "the field of contracted projects": a topic, not a project
        announced = self.colon_list(head)
        if announced:  # "three plants that Masdar will build: the A park, the B park and ..."
            for key in announced:
                self.project_links(head, key, [])
            return
        if head.lemma_.lower() in WORKS_CHANGES:
            apposed = self.key_at(head.head) if head.dep_ == "appos" else None
            if apposed is not None and self.classes.get(apposed) == EntityClass.PROJECT:
                # "the Kibaya road, a 167-km section of the Handeni-Njapanda corridor": the
                # road described, and the corridor works of their own
                self.described_at.setdefault(head.i, apposed)
                for whole in self.prep_objects(head, ("of",)):
                    if whole.lemma_.lower() in lexicon.PROJECT_HEADS and not self.key_at(whole):
                        self.background.add(whole.i)
                        self.project(whole)
                return
            self.works_change(head)
            return
        if head.i in self.described_at:
            return  # the works of a change read before ("the expansion of the port")
        if head.dep_ == "compound" and head.head.lemma_.lower() in lexicon.FIRM_KIND_NOUNS:
            return  # "a Kazakh port operator", "railway company": a kind of business
        if head.dep_ == "appos" and self.classes.get(self.key_at(head.head) or "") in _PLACES:
            return  # "Kraljevo and Kragujevac, two industrial hubs": places described
        if head.dep_ == "conj" and self.classes.get(self.key_at(head.head) or "") in _PLACES \
                and not any(c.dep_ == "cc" for c in head.head.children) and \
                self.doc[head.head.i + 1].text == ",":
            return  # "In Lagos, Nigeria's commercial hub, ...": the parser's apposition
        if head.dep_ == "appos" and self.classes.get(self.key_at(head.head) or "") in _ORGS:
            return  # "Kupferon, the largest copper smelter in the EU": the firm described
        apposed = self.key_at(head.head) if head.dep_ == "appos" else None
        if apposed is None and head.dep_ == "appos" and \
                (beside := self.apposed_name(head, ANY_ARTICLE)) is not None:
            # "400 MW of the Haima Solar Park, a ... plant"; "the X Pipeline (XP), the 900km
            # line from A to B"
            apposed = self.key_at(beside)
        # "a wind farm in X, a solar plant in Y and ...": a list the parser read as apposition
        listed = apposed is not None and head.i > head.head.i and all(
            any(c.lower_ in ("a", "an") for c in t.children) and
            t.lemma_.lower() in lexicon.PROJECT_HEADS for t in (head, head.head))
        if apposed is not None and self.classes.get(apposed) == EntityClass.PROJECT and \
                not listed:
            # "Eco Invest Brasil, a government programme": the project named (described, so
            # "the programme" later refers to it by this word)
            self.described_at.setdefault(head.i, apposed)
            self.project_links(head, apposed, self.phrase(head)[1][:-1])
            return
        beside = next((c for c in head.children if c.dep_ == "appos" and
                       self.classes.get(self.key_at(c) or "") == EntityClass.PROJECT), None)
        alongside = self.key_at(beside) if beside is not None else None
        # ("a plant, the X Hospital and a college" is a list read as apposition; "a second
        # toll road, the Phnom Penh-Bavet Expressway, is built by X" names the road)
        in_list = beside is not None and (any(c.dep_ == "conj" for c in beside.children) or
                                          beside.right_edge.i + 1 < len(self.doc) and
                                          self.doc[beside.right_edge.i + 1].lower_ == "and")
        if apposed is None and alongside is not None and not (
                in_list and any(c.lower_ in ("a", "an") for c in head.children)):
            # "Ghana's industrial hub, the Tema Deep Sea Port, was built by X": the works
            # named beside the noun (the parser's apposition) is what the clause is about
            self.described_at.setdefault(head.i, alongside)
            self.project_links(head, alongside, self.phrase(head)[1][:-1])
            return
        if self.route_works(head):
            return
        text, tokens = self.phrase(head)
        modifiers = tokens[:-1]
        coordinated = self.coordinated_works(head, modifiers)
        for label, part in coordinated:  # "the Salobo and Sossego copper mines": one each
            self.project_links(head, self.describe(head, EntityClass.PROJECT, label, None),
                               part)
        if coordinated:
            return
        if head.lemma_.lower() == "unit" and (not any(
                t.like_num or t.lower_ in ("reactor", "power", "generating", "nuclear", "new")
                for t in modifiers) or any(o.lemma_.lower() in lexicon.PROJECT_HEADS
                                           for o in self.prep_objects(head, ("of",)))):
            # "Hitachi said its rail unit was ready": a business, not a power unit; "the six
            # generating units of the station": parts of the works named
            return
        owners = [k for c in head.children if c.dep_ == "poss"
                  for k in self.entities(c, _PARTIES)]
        if head.lemma_.lower() in ("network", "grid", "system") and not [
                k for k in self.keys_of(modifiers) + owners if self.classes.get(k) not in
                _PLACES]:
            return  # "Porto Murtinho's highway network": a place's roads, not a project
        named = self.keys_of(modifiers)
        plain = {t.lower_ for t in modifiers if not self.key_at(t)}
        # "the Gerbi dam", "the Soyuz Vostok pipeline": a proper name no rule knows
        proper = head.is_lower and any(
            t.pos_ == "PROPN" and t.is_title and not self.key_at(t) and not t.is_sent_start and
            t.lower_ not in lexicon.PROJECT_MODIFIERS for t in modifiers)
        places = self.pobjects(head, ("in", "at", "near", "on"), _PLACES)
        if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _SITING_VERBS:
            # "build a plant in X", "a port will be built in X"
            places += self.pobjects(head.head, ("in", "at", "near"), _PLACES)
        places = places or self.places_after_with(head)
        ends = self.pobjects(head, ("between",), _PLACES)
        if len(ends) == 1:  # "between Porto Murtinho, on the Brazilian bank, and Carmelo ..."
            first = next(t for t in head.subtree if self.key_at(t) == ends[0])
            words = self.doc[first.i + 1 : min(first.sent.end, first.i + 10)]
            conjunction = next((t for t in words if t.lower_ == "and"), None)
            second = self.key_at(self.doc[conjunction.i + 1]) \
                if conjunction is not None and conjunction.i + 1 < len(self.doc) else None
            if second and self.classes.get(second) in _PLACES and second != ends[0]:
                ends.append(second)
        if not named and not owners and len(ends) >= 2 and head.tag_ == "NN" and \
                head.lemma_.lower() in _CROSSINGS:
            # "a bridge over the Paraguay River between Porto Murtinho and Carmelo Peralta":
            # a crossing stands at both ends
            label = f"{text} between {self.labels[ends[0]]} and {self.labels[ends[1]]}"
            key = self.describe(head, EntityClass.PROJECT, label, text if modifiers else None)
            for end in ends[:2]:
                self.add(key, Predicate.LOCATED_IN, end, head)
            self.project_links(head, key, modifiers)
            return
        if not named and not owners and places and head.tag_ == "NN" and \
                (head.lemma_.lower() in lexicon.WORKS_HEADS or modifiers) and \
                any(c.lower_ in ("a", "an") for c in head.children):
            # "BYD opened a factory in Rayong", "a specialty chemicals facility in Haiphong":
            # a new works, named by its place
            label = f"{text} in {self.labels[places[0]]}"
            key = self.describe(head, EntityClass.PROJECT, label, text if modifiers else None)
            self.project_links(head, key, modifiers)
            return
        hosts = self.pobjects(head, ("at",), (EntityClass.PROJECT,))
        if not named and not owners and not places and hosts and head.tag_ == "NN" and \
                head.lemma_.lower() in lexicon.WORKS_HEADS and \
                any(c.lower_ in ("a", "an") for c in head.children):
            # "invest in a second terminal at Almaty International Airport": new works inside
            # named works, named by them
            label = f"{text} at {self.labels[hosts[0]]}"
            key = self.describe(head, EntityClass.PROJECT, label, text if modifiers else None)
            self.project_links(head, key, modifiers)
            return
        if head.dep_ == "attr" and not named and not owners and not places and \
                not proper and not any(c.dep_ in ("acl", "relcl")
                                       for c in self.with_conjuncts(head)):
            # "Mombasa is the region's transit hub": it describes the subject (but "the
            # largest project is a copper mine being built by X" describes a works)
            return
        if head.lower_ in lexicon.PLACE_NOUNS and any(
                prep.lower_ == "of" and any(o.text[:1].isupper() for o in prep.children)
                for prep in head.children):
            return  # "the Iraqi port of Faw": a place, named or not
        # "the elevated line" after "the North-South Commuter Railway" (but "the Taman
        # refinery" after "the Al Zour refinery" is another one)
        if modifiers and not named and not owners and not places and not proper and \
                self.definite(head) and self.refer_to_project(head, modifiers, near=3):
            return
        if not modifiers and not owners:
            if head.lower_ in ("works", "work"):  # "the works are being carried out by X"
                if self.definite(head):
                    self.refer_to_project(head, modifiers, near=3)
            elif head.lemma_.lower() in lexicon.PROJECT_HEADS and self.definite(head):
                self.refer_to_project(head, modifiers)  # "the plant": the plant described
            return
        if head.tag_ == "NNS" and not places and not any(
                c.dep_ == "poss" and self.classes.get(self.key_at(c) or "") != EntityClass.COUNTRY
                for c in head.children) and not any(
                t.like_num or t.ent_type_ == "CARDINAL" for t in head.lefts) and not any(
                self.classes.get(self.key_at(t) or "") not in (None, EntityClass.COUNTRY)
                for t in modifiers):
            # "solar farms", "Vietnamese industrial parks", "Chinese-backed mines", "Turkey's
            # own highway networks": works in general
            return
        strong = head.lemma_.lower() in lexicon.WORKS_HEADS
        if not named and not owners and not proper and head.tag_ != "NNS":
            earlier = self.recent_named(head)
            if earlier:  # "the bullet train corridor" after "the Mumbai-Ahmedabad Corridor"
                self.described_at.setdefault(head.i, earlier)
                self.project_links(head, earlier, modifiers)
                return
        projects = [k for k in named if self.classes.get(k) == EntityClass.PROJECT]
        if not projects:
            # "the Mumbai-Ahmedabad high-speed rail line" after "the Mumbai-Ahmedabad High
            # Speed Rail": a description that spells a named project's words
            spelled = name_words(text)
            projects = [k for k, cls in self.classes.items() if cls == EntityClass.PROJECT and
                        k in self.labels and self.labels[k][:1].isupper() and
                        len(self.labels[k].split()) > 1 and name_words(self.labels[k]) <= spelled]
        if projects:  # "the Middle Corridor initiative" is the Middle Corridor
            self.described_at.setdefault(head.i, projects[0])
            self.project_links(head, projects[0], modifiers)
            return
        sited = head.dep_ in ("dobj", "nsubjpass") and \
            head.head.lemma_.lower() in _SITING_VERBS or any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _SITING_VERBS
                for c in head.children)  # "a processing plant being built by NNS"
        if not (plain & (lexicon.PROJECT_MODIFIERS | lexicon.PROJECT_HEADS) or
                (strong and (named or owners or proper or plain and (places or sited)))):
            return  # "the double-track railway is faster": a kind of works, not one named
        label = text
        if owners and not named and not (proper and all(
                self.classes.get(o) == EntityClass.COUNTRY for o in owners)):
            # ("Pakistan's Main Line-1 railway" is the Main Line-1 railway, in Pakistan)
            label = f"{self.labels[owners[0]]} {text}"
            variants = [f"{self.short_name(owners[0])} {text}"]
        else:
            variants = []
        names = tuple(sorted(set(named + owners))) if strong else ()
        key = self.describe(head, EntityClass.PROJECT, label, text if label != text else None,
                            names)
        for variant in [*variants, *self.name_variants(head, text)]:
            self.describe(head, EntityClass.PROJECT, label, variant, names)
        self.project_links(head, key, modifiers)

    def route_works(self, head: Token) -> bool:
        """'the 368-kilometer section from Makutupora to Tabora', 'the line from Tabora to
        Kigoma': a linear works, or a part of one, named by its two ends ('Makutupora-Tabora
        section'), when nothing else names it; whether it was one."""
        if head.lemma_.lower() not in _ROUTE_WORKS or head.tag_ == "NNS" or \
                any(self.key_at(t) for t in head.lefts):
            return False
        after = head.i + 2 if head.i + 2 < len(self.doc) and self.doc[head.i + 1].text == "," \
            else head.i + 1
        if after + 1 >= len(self.doc) or self.doc[after].lower_ != "from":
            return False
        to = next((t for t in self.doc[after + 1 : min(head.sent.end, after + 8)]
                   if t.lower_ == "to"), None)
        start = self.key_at(self.doc[after + 1])
        end = self.key_at(self.doc[to.i + 1]) if to is not None and to.i + 1 < len(self.doc) \
            else None
        if not (start and end and start != end and self.classes.get(start) in _PLACES and
                self.classes.get(end) in _PLACES):
            return False
        noun = head.lemma_.lower()
        ends = f"{self.labels[start]}-{self.labels[end]}"
        key = self.describe(head, EntityClass.PROJECT, f"{ends} {noun}",
                            f"{noun} from {self.labels[start]} to {self.labels[end]}")
        self.project_links(head, key, [])
        return True

    def coordinated_works(self, head: Token,
                          modifiers: list[Token]) -> list[tuple[str, list[Token]]]:
        """'the Kansanshi and Sentinel mines', 'the Upper Kumarg and Eastern Duoba gold
        mines': names coordinated before a plural works noun, each with the words they share
        ('Eastern Duoba gold mine'); none unless every name is one no rule knows."""
        if head.tag_ != "NNS" or not head.is_lower or \
                head.lemma_.lower() not in lexicon.WORKS_HEADS:
            return []  # (a headline's "Piraeus, Polish Rail Hub and Battery Plants": no list)
        groups: list[list[Token]] = [[]]
        before = self.doc[modifiers[0].i - 2] if modifiers and modifiers[0].i >= 2 else None
        if before is not None and head.dep_ == "conj" and head.head == before and \
                self.doc[before.i + 1].lower_ in ("and", ","):
            # "the Upper Kumarg and Eastern Duoba gold mines": the parser hangs the noun on
            # the first name
            start = before.i
            while start > 0 and (self.doc[start - 1].pos_ == "PROPN" or
                                 self.doc[start - 1].text in lexicon.NAME_HYPHENS):
                start -= 1
            groups = [list(self.doc[start : before.i + 1]), []]
        for token in modifiers:
            if token.lower_ in ("and", ",", "&"):
                if groups[-1]:
                    groups.append([])
            else:
                groups[-1].append(token)
        last = groups[-1]
        cut = next((n for n, t in enumerate(last) if t.is_lower), len(last))
        names, shared = [*groups[:-1], last[:cut]], last[cut:]
        if len(names) < 2 or any(
                not name or not name[0].text[:1].isupper() or
                any(t.is_lower or self.key_at(t) for t in name) for name in names) or \
                not all(t.is_lower or t.text in lexicon.NAME_HYPHENS for t in shared):
            return []
        return [(" ".join(w for w in (written(name), written(shared), head.lemma_.lower()) if w),
                 [*name, *shared]) for name in names]

    def works_change(self, head: Token) -> None:
        """'the expansion of the port at Nador', 'the modernisation of the 96-km railway between
        Kraljevo and Kragujevac', 'the renovation of six stadiums': what is done to works is
        the project, named by the change, the works and where they are."""
        works = next((o for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for o in prep.children if o.dep_ == "pobj"), None)
        if works is None and self.route_works(head):
            return  # ("the extension from Naivasha through Kisumu to Malaba" keeps its route)
        # (one change, in lower case: not "road and rail upgrades", nor a headline's "to
        # Fund Pan-African Expansion")
        if works is None and head.tag_ == "NN" and head.is_lower and head.lemma_.lower() \
                not in ("construction", "section", "stretch", "segment") and any(
                c.dep_ in ("compound", "nmod", "amod") and (
                    c.lemma_.lower() in lexicon.WORKS_HEADS or c.is_title and
                    c.i > c.sent.start and  # (not "the Kenyan expansion": a country's)
                    self.classes.get(self.key_at(c) or "") != EntityClass.COUNTRY)
                for c in head.children):
            # "the Mopani expansion", "the Kilo West mine upgrade": the works changed are
            # named before the change; the change is works of its own
            change, _ = self.phrase(head)
            self.project_links(head, self.describe(head, EntityClass.PROJECT, change, None),
                               [])
            return
        if works is None:
            route = [prep for prep in head.children if prep.dep_ == "prep" and
                     prep.lower_ in ("from", "to", "between", "through") and
                     self.pobjects(head, (prep.lower_,), _PLACES)]
            if head.lemma_.lower() in ("extension", "expansion", "upgrade", "upgrading",
                                       "electrification", "doubling") and \
                    any(p.lower_ in ("from", "between") for p in route):
                # "the 475-km extension from Naivasha through Kisumu to Malaba": works of its
                # own, named by the change and its route
                change, _ = self.phrase(head)
                words = " ".join(self.place_phrase(p) for p in sorted(route, key=lambda t: t.i))
                key = self.describe(head, EntityClass.PROJECT, f"{change} {words}", change)
                self.project_links(head, key, [])
                return
            if head.lemma_.lower() in lexicon.PROJECT_HEADS and self.definite(head):
                self.refer_to_project(head, [])  # "the expansion": the one described
            elif any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children) and \
                    (whole := self.subject_works(head)):
                # "The Lake Tanga Railway links Mwanza with Kigoma. Its Kenyan section is run
                # by KRC", "workers took part in its construction": the works the text is about
                self.refer(head, whole[0])
                self.project_links(head, whole[0], [])
            return
        named = self.key_at(works)
        if named is None and works.lemma_.lower() not in lexicon.PROJECT_HEADS | _BUILDINGS:
            return  # "the expansion of trade"
        if head.lemma_.lower() == "construction":
            # "construction of the China-Kyrgyzstan-Uzbekistan railway": the works built
            if named is None:
                self.project(works)
            built = self.key_at(works)
            if built is not None:
                self.described_at.setdefault(head.i, built)
                self.project_links(head, built, [])
            return
        if named is None and works.tag_ == "NNS" and not any(
                t.like_num or t.lower_ in ("the", "its", "their") for t in works.lefts):
            return  # "the construction of roads": works in general
        if named is not None and self.classes.get(named) != EntityClass.PROJECT:
            return  # "the extension of Kenya": not works
        what, works_tokens = self.phrase(works)
        if named is None and len(works_tokens) == 1 and self.definite(works):
            # "the expansion of the mine": the mine described before, expanded
            earlier = self.recent_described(works, EntityClass.PROJECT)
            if earlier is not None and self.doc[self.described_head(earlier, works)].lemma_ == \
                    works.lemma_:
                self.refer(works, earlier)
                self.refer(head, earlier)
                self.project_links(head, earlier, [])
                return
        change, _ = self.phrase(head)
        what = self.labels[named] if named else what
        if any(c.lower_ == "the" for c in works.children):
            what = f"the {what}"
        # where the works run or stand; "in the northeast" says nothing a name needs
        tail = [prep for t in (works, head) for prep in t.children
                if prep.dep_ == "prep" and prep.lower_ in _WORKS_TAIL and prep.i > works.i and
                (prep.lower_ in ("between", "from", "to") or
                 self.pobjects(prep.head, (prep.lower_,), _PLACES))]
        words = " ".join(self.place_phrase(prep) for prep in sorted(tail, key=lambda t: t.i))
        label = f"{change} of {what}" + (f" {words}" if words else "")
        key = self.describe(head, EntityClass.PROJECT, label, None)
        if named is None:  # "an expansion of the GWM plant": the owner of the works funds it
            self.described_at.setdefault(works.i, key)
            self.project_links(works, key, works_tokens[:-1])
        for prep in tail:
            if prep.lower_ in ("at", "in", "near"):
                for place in self.pobjects(prep.head, (prep.lower_,), _PLACES):
                    self.add(key, Predicate.LOCATED_IN, place, head)
        self.project_links(head, key, [])

    @staticmethod
    def place_phrase(prep: Token) -> str:
        """'between Kraljevo and Kragujevac' from a preposition, up to an apposition."""
        tokens = sorted(prep.subtree, key=lambda t: t.i)
        end = next((t.i for t in tokens if t.text in (",", "(", ";") or t.dep_ == "appos"),
                   tokens[-1].i + 1)
        return written(prep.doc[prep.i : end])

    def project_links(self, head: Token, key: str, modifiers: list[Token]) -> None:
        """A project's owner and places from its modifiers ("BYD's Camacari plant"), its place
        from 'in/at/near X', and who funds or takes part in it from the governing verb ("X
        will invest ... in the plant", "built by X", "with Chinese involvement")."""
        # ("on the site of a former Ford factory": the firm no longer owns it)
        former = any(t.lower_ in ("former", "ex", "erstwhile") for t in head.lefts)
        for token in modifiers:
            owner = self.key_at(token)
            if owner is None:
                continue
            cls = self.classes.get(owner)
            backing = self.doc[token.i + 2].lower_ if token.i + 2 < len(self.doc) and \
                self.doc[token.i + 1].text == "-" else ""  # "Korean-invested refineries"
            if backing in _BACKED and cls == EntityClass.COUNTRY:
                # "Chinese-built bridge": China invests where the works are (read once the
                # places are known); it funds them when the text says so ("Saudi-financed")
                self.backed_works.append((owner, key, head))
                if backing in ("funded", "financed"):
                    self.add(owner, Predicate.FUNDS_PROJECT, key, head)
            elif cls in _OWNERS:
                if not former:
                    self.add(owner, Predicate.FUNDS_PROJECT, key, head)
            elif cls == EntityClass.COUNTRY or cls in _PLACES and \
                    head.lemma_.lower() not in lexicon.LINEAR_WORKS:
                # a line named after its end points ("Lagos-Ibadan railway") is not in them
                self.add(key, Predicate.LOCATED_IN, owner, head)
        # (the parser may hang the possessor on the name: "its Tres Quebradas (3Q) project")
        named_parts = [t for t in head.children if t.dep_ in ("nmod", "compound")]
        for c in [*head.children, *(g for t in named_parts for g in t.children)]:
            if c.dep_ == "poss":  # "BYD's plant", "its Mexican fleet": the owner funds it
                for owner in self.entities(c, _PARTIES):
                    if self.classes.get(owner) in _OWNERS:
                        self.add(owner, Predicate.FUNDS_PROJECT, key, head)
        # "Kenya's Rironi-Mau Summit highway": where the works stand (but "China's Belt and
        # Road Initiative" is a country's programme); the parser may hang the possessor on
        # the name ("Pakistan's Main Line-1 railway")
        for c in [*head.children, *(g for t in modifiers for g in t.children)]:
            if c.dep_ == "poss" and head.lemma_.lower() in _BUILT_WORKS and head.tag_ != "NNS":
                for country in self.entities(c, (EntityClass.COUNTRY,)):
                    self.add(key, Predicate.LOCATED_IN, country, head)
        places = self.pobjects(head, ("in", "at", "near", "on", "across", "outside"), _PLACES)
        places = places or self.places_after_with(head)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and \
                head.head.head.lemma_.lower() in PART_NOUNS:
            # "the first phase of the Port of Ndayane in Senegal": the parser hangs the place
            # on the part
            places += self.pobjects(head.head.head, ("in", "at", "near"), _PLACES)
        building = head.head.head  # "construction" in "construction of X"
        if head.dep_ == "pobj" and head.head.lower_ in ("of", "on") and \
                building.lemma_.lower() in ("construction", "work", "building") and \
                building.dep_ in ("nsubj", "nsubjpass") and \
                building.head.lemma_.lower() in _UNDER_WAY_VERBS:
            # "Construction of the Ayagoz-Tacheng railway began in the Abai region"
            places += self.pobjects(building.head, ("in", "at", "near"), _PLACES)
        # "invest in the solar farm and the battery plant": the second works stands where the
        # first does
        anchor = head
        while anchor.dep_ == "conj" and anchor.head != anchor and \
                anchor.head.pos_ in ("NOUN", "PROPN"):
            anchor = anchor.head
        if anchor.dep_ == "appos" and anchor.head.dep_ in ("nsubjpass", "dobj") and \
                (anchor.head.pos_ in ("ADJ", "PRON") or anchor.head.lower_ == "one") and \
                not anchor.head.ent_type_ and not self.key_at(anchor.head):  # (not "reais")
            anchor = anchor.head  # "The largest of them, the IMIP, was developed by X"
        verb = anchor.head
        if anchor.dep_ == "pobj" and verb.dep_ in ("prep", "agent", "dative"):
            verb = verb.head
            # "invested $1.1 billion in the first phase of the project": in the project
            while verb.lemma_.lower() in PART_NOUNS and verb.dep_ == "pobj" and \
                    verb.head.dep_ in ("prep", "agent", "dative"):
                verb = verb.head.head
            # "to build the first phase of the Eastern Railway Line": the verb of the part
            if verb.lemma_.lower() in PART_NOUNS and verb.dep_ in ("dobj", "nsubjpass"):
                anchor, verb = verb, verb.head
        stake = anchor.dep_ == "pobj" and verb.lemma_.lower() in _STAKE_NOUNS and \
            verb.dep_ == "dobj"
        if stake:  # "Aramco would hold a 50 percent stake in the refinery": the holder funds
            verb = verb.head
        role = anchor.dep_
        after = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        if role in ("appos", "conj") and after is not None and after.dep_ == "auxpass" and \
                not any(c.dep_ == "nsubjpass" for c in after.head.children):
            # "In Lagos, Nigeria's hub, the Lekki Deep Sea Port was built by CHEC": the parser
            # hung the name on the place; the passive verb after it has no other subject
            role, verb = "nsubjpass", after.head
        if role in ("dobj", "nsubjpass", "nsubj", "pobj", "attr") and \
                verb.pos_ in ("VERB", "AUX") and verb != anchor:
            if verb.lemma_.lower() in _SITING_VERBS:  # "build a plant in X", not "link mines
                places += self.pobjects(verb, ("in", "at", "near", "across"), _PLACES)  # to X"
            if role != "nsubj":
                # "financed by the World Bank and operated by DP World": each verb its agents
                verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and
                                  c.pos_ == "VERB" and not any(g.dep_.startswith("nsubj")
                                                               for g in c.children)]
                if role == "dobj" and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and \
                        not any(c.dep_ == "dobj" for c in verb.head.children):
                    verbs.append(verb.head)  # "owns and operates the mine": both verbs
                for each in verbs:
                    self.project_verb(each, key, passive=role == "nsubjpass", funds=stake)
            else:
                # "Built by CCCC, the railway will link Kota Bharu with Port Klang": the
                # participle before the subject is said of it
                for fronted in verb.children:
                    if fronted.dep_ == "advcl" and fronted.tag_ == "VBN" and \
                            fronted.i < anchor.i:
                        self.project_verb(fronted, key, passive=True)
        self.financing_of(head, key)
        self.object_relative(head, key)
        clauses = self.with_conjuncts(head)  # "the station, which is backed by EDF"
        # the parser may hang the clause elsewhere: on the works' place ("the plant in Abu
        # Dhabi, built by X"), as a conjunct ("..., built by X and part-owned by Y"), or on
        # the copula ("the flagship is the complex, jointly developed by X and Y")
        places_named = [place for prep in head.children if prep.lower_ in ("in", "at", "near")
                        for place in prep.children]
        places_named += [o for place in places_named for prep in place.children
                         if prep.lower_ == "of" for o in prep.children]  # "province of X"
        # "the line linking Cairo with Suez, built by CREC": the parser hangs the clause on a
        # place the line links
        places_named += [t for c in head.children if c.dep_ == "acl" and
                         c.lemma_.lower() in ("link", "connect", "join") for t in c.subtree
                         if self.classes.get(self.key_at(t) or "") in _PLACES]
        clauses += [c for place in places_named for c in place.children
                    if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"]
        if head.dep_ == "appos":
            # "In Gwadar, a port city ..., Gwadar Port, operated by X": on the noun the name
            # stands beside, a participle after the name is the name's
            clauses += [c for c in head.head.children if c.dep_ in ("acl", "relcl") and
                        c.tag_ == "VBN" and c.i > head.i]
        if head.dep_ == "nsubj" and head.head.lemma_ == "be":
            # "the mine is 66 percent owned by Rio Tinto"
            clauses += [c for c in head.head.children if c.dep_ == "acomp" and c.tag_ == "VBN"]
            clauses += [c for a in head.head.children if a.dep_ == "attr" and
                        a.lower_ in ("percent", "%", "per") for c in a.children
                        if c.dep_ == "acl" and c.tag_ == "VBN"]
            self.other_holders(head.head, key, head)
        clauses += [c for c in head.children if c.dep_ == "conj" and c.tag_ == "VBN" and
                    c.pos_ == "VERB"]
        if head.dep_ == "attr":
            clauses += [c for c in head.head.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
        # "the wind farm, jointly owned by X and Y and built by Z": each participle its agents
        clauses += [c for clause in clauses if clause.dep_ in ("acl", "relcl")
                    for c in clause.children if c.dep_ == "conj" and c.tag_ == "VBN" and
                    c.pos_ == "VERB" and c not in clauses]
        for clause in clauses:
            if clause.dep_ in ("relcl", "acl", "conj", "advcl", "acomp") and \
                    clause.pos_ == "VERB":
                if clause.lemma_.lower() in _SITING_VERBS:  # "a factory built by X in Y"
                    places += self.pobjects(clause, ("in", "at", "near"), _PLACES)
                passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children) or \
                    clause.tag_ == "VBN"
                self.project_verb(clause, key, passive=passive)
        if not places and not self.placed(key):
            places = self.fronted_places(anchor)
        for place in places:
            self.add(key, Predicate.LOCATED_IN, place, head)

    def places_after_with(self, head: Token) -> list[str]:
        """'a 500 MW solar park with 250 MWh of storage in the Samarkand region': the place
        the parser hangs on what the works comes with (on the works, or the verb that builds
        them)."""
        carriers = [head, head.head] if head.dep_ == "dobj" else [head]
        return [k for carrier in carriers for obj in self.prep_objects(carrier, ("with",))
                for held in (obj, *self.prep_objects(obj, ("of",)))
                for k in self.pobjects(held, ("in", "at"), _PLACES)]

    def object_relative(self, head: Token, key: str) -> None:
        """'a 520-km line, which NEGU is to build', 'a new unit at the Olkaria field, which
        KenGen will build and operate': the name after 'which' acts on the works, however the
        parser hangs the clause (on the outermost works of the phrase before the comma)."""
        before = next((t for t in reversed(self.doc[head.sent.start : head.i])
                       if t.text in (",", ";") or t.pos_ in ("VERB", "AUX") or
                       self.classes.get(self.key_at(t) or "") == EntityClass.PROJECT and
                       self.key_at(t) != key), None)
        if before is not None and self.key_at(before) is not None:
            return  # the clause belongs to the works before, which this one only locates
        comma = next((t for t in self.doc[head.i + 1 : head.sent.end]
                      if t.text in (",", ";") or t.pos_ in ("VERB", "AUX")), None)
        if comma is None or comma.text != "," or comma.i + 2 >= head.sent.end or \
                self.doc[comma.i + 1].lower_ not in ("which", "that"):
            return
        start = comma.i + 3 if self.doc[comma.i + 2].lower_ == "the" else comma.i + 2
        mention = self.mention_at.get(start)
        subjects = [k for k in [self.key_at(self.doc[start])]
                    if k and self.classes.get(k) in _ORGS] if start < len(self.doc) else []
        end = mention.end if mention is not None else start + 1
        if mention is None and self.doc[start].lower_ in ("it", "they"):
            # "the plant in Senegal, which it will own and operate": whom 'it' stands for
            subjects = [k for k in [self.recent_subject(self.doc[start])]
                        if k and self.classes.get(k) in _ORGS]
        elif mention is None:
            return
        if not subjects:
            return
        for verb in self.doc[end : min(head.sent.end, end + 8)]:
            if verb.pos_ == "VERB" and verb.lemma_.lower() not in ("be", "have"):
                for each in (verb, *(c for c in verb.children if c.dep_ == "conj" and
                                     c.pos_ == "VERB")):
                    self.project_verb(each, key, passive=False, subjects=subjects)
                return

    def other_holders(self, verb: Token, key: str, head: Token) -> None:
        """'the terminal is 51% owned by A, with B holding 34% and C the remaining 15%': the
        holders after 'with' own the works too."""
        owned = [c for c in verb.children if c.dep_ == "acomp" and c.tag_ == "VBN"]
        for holding in (h for v in (verb, *owned) for prep in v.children if prep.lower_ == "with"
                        for h in prep.children if h.dep_ == "pcomp" and
                        h.lemma_.lower() in ("hold", "own", "have", "keep", "retain")):
            for c in holding.children:
                if c.dep_ == "nsubj" or c.dep_ == "conj" and self.key_at(c):
                    for owner in self.entities(c, _OWNERS):
                        self.add(owner, Predicate.FUNDS_PROJECT, key, head)

    def fronted_places(self, works: Token) -> list[str]:
        """The place a sentence opens with, for the works its clause is about: "In Karawang,
        a battery cell plant began production"; "Back in Khatlon, PowerChina is building the
        Sarband-2 station"."""
        if works.dep_ == "pobj" and works.head.lower_ == "of" and \
                works.head.head.lemma_.lower() in WORKS_CHANGES:
            works = works.head.head  # "In Panjin, construction of a complex by HAPCO is ..."
        if works.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return []
        verb = works.head
        holders = [verb, *(c for c in verb.children if c.dep_ == "advmod")]  # ("Back in")
        while verb.dep_ == "xcomp" and verb.head != verb:
            verb = verb.head  # "In Kashkadarya, X has started building a complex"
            holders.append(verb)
        return [k for holder in holders for obj in self.prep_objects(holder, ("in",))
                if obj.head.i < min(verb.i, works.i) and
                obj.head.i <= works.sent.start + 3  # ("Back in", "Meanwhile, in", "Also in")
                for k in self.entities(obj, _PLACES)]

    def financing_of(self, works: Token, key: str) -> None:
        """'Its debt is being arranged by a group of lenders led by the ADB', 'financing for
        the plant was provided by KfW', 'the project's funding comes from the AIIB': who
        provides the money of the works funds them."""
        money = works.head.head if works.dep_ == "pobj" and works.head.lower_ in (
            "for", "of") else works.head if works.dep_ == "poss" else None
        if money is None or money.lemma_.lower() not in lexicon.MONEY_NOUNS or \
                not self.asserted(money.head):
            return
        verb = money.head
        lenders = self.pobjects(verb, ("by",)) if money.dep_ == "nsubjpass" else \
            self.pobjects(verb, ("from",)) if money.dep_ == "nsubj" else []
        for lender in lenders:
            if self.classes.get(lender) in _ACTORS:
                self.add(lender, Predicate.FUNDS_PROJECT, key, verb)

    def project_verb(self, verb: Token, key: str, passive: bool, funds: bool = False,
                     subjects: list[str] | None = None) -> None:
        """Who funds or takes part in a project, from the verb whose object it is; `funds`
        where the object says so whatever the verb ('hold a stake in it'); `subjects` where
        the parse does not give the verb's subject."""
        if not self.asserted(verb):
            return
        lemma = verb.lemma_.lower().removeprefix("co-")  # "co-financed" is financed
        # "X broke ground on the plant": its developer starts it, a consortium builds it
        groundbreaking = lemma == "break" and any(c.dep_ == "dobj" and c.lower_ == "ground"
                                                  for c in verb.children)
        if groundbreaking:
            lemma = "develop"
        # "ACWA Power, which brought the wind farm into operation": it commissioned it
        if lemma in ("bring", "put", "place") and any(
                prep.lower_ == "into" and any(o.lemma_.lower() in ("operation", "service")
                                              for o in prep.children)
                for prep in verb.children):
            lemma = "commission"
        consortium = groundbreaking and any(c.dep_ == "nsubj" and c.lemma_.lower() ==
                                            "consortium" for c in verb.children)
        # "provided a loan for the railway": the lender funds it and does not build it
        # ("provide $310 million towards P"; who receives money for works may only borrow it)
        funds = funds or lemma not in ("receive", "get") and any(
            c.dep_ == "dobj" and self.is_money(c) for c in verb.children)
        # "approved $213 million to upgrade the road": who puts up the money for the purpose
        funds = funds or verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and any(
            c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in
                                  lexicon.MONEY_NOUNS) for c in verb.head.children)
        agents = self.pobjects(verb, ("by",))
        # "developed by Norway's Scatec with Fertiglobe and Orascom": the firms with the agent
        # act with it
        agents += [k for obj in self.prep_objects(verb, ("by",))
                   for k in self.pobjects(obj, ("with",), (EntityClass.FIRM,)) if k not in agents]
        if not agents and passive:  # "built, owned and operated by X": the last verb's agent
            agents = [k for c in verb.subtree if c.dep_ == "conj" and c.pos_ == "VERB"
                      for k in self.pobjects(c, ("by",))]
        # "financed by a loan from Bank X", "built with a credit line from X": the lender
        # funds the works and does not build them
        lenders = [k for prep in verb.children if prep.lower_ in ("by", "with", "through")
                   for obj in prep.children if obj.lemma_.lower() in _LOAN_NOUNS | {"line"}
                   for k in self.pobjects(obj, ("from",)) if self.classes.get(k) in _ACTORS]
        for lender in lenders:
            self.add(lender, Predicate.FUNDS_PROJECT, key, verb)
        if not passive:
            # "South Korean builders have secured ...": the builders act, not their country
            clause = verb
            while not any(c.dep_ == "nsubj" for c in clause.children) and \
                    clause.dep_ in ("xcomp", "advcl", "acl", "pcomp", "prep", "pobj", "dobj") \
                    and clause.head != clause:
                clause = clause.head  # "firms have secured a deal to build ..."
            crowds = {k for c in clause.children if c.dep_ == "nsubj"
                      for k in self.crowd_places(c)}
            agents += [k for k in (self.subject_of(verb) if subjects is None else subjects)
                       if k not in crowds]
        # "co-owns the plant with PLN", "owns the mine jointly with Tsingshan": the partner
        # does what the subject does
        jointly = verb.lower_.startswith("co-") or any(
            c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in verb.children)
        # "GRDA will work with CRCC to build the line": who works with the subject builds too
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _TEAM_VERBS:
            agents += [k for k in self.pobjects(verb.head, ("with",)) if k not in agents]
        # the parser hangs "with PLN" on the works as often as on the verb
        works = self.doc[self.described_head(key, verb)]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [works] if works not in objects else []  # ("a stage of X with Y")
        for c in (*verb.children, *(c for o in objects for c in o.children)):
            if c.dep_ == "prep" and c.lower_ == "with":
                together = jointly or c.i > 0 and self.doc[c.i - 1].lower_ == "together"
                for obj in c.children:
                    if obj.lower_ in ("involvement", "participation", "support", "help",
                                      "backing") or together:  # "together with X"
                        agents += self.entities(obj)
                    elif self.classes.get(self.key_at(obj) or "") in _ORGS and \
                            lemma in lexicon.PARTICIPATION_CUES:
                        # "ACWA Power is building the complex with TSFE and EETC": the
                        # named partners build it too, with the builder
                        partners = self.entities(obj, _ORGS)
                        for agent in (a for a in agents if self.classes.get(a) in _ORGS):
                            for partner in partners:
                                if partner != agent:
                                    self.add(agent, Predicate.COOPERATES_WITH, partner, c)
                        agents += partners
        agents = [a for a in agents if self.classes.get(a) in _ACTORS and a not in lenders]
        part = any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        # A firm that builds or opens its own plant invests in it; a contractor that builds a
        # railway for others takes part in it.
        own_works = lemma in _SET_UP_VERBS and works.lemma_.lower() in _OWN_WORKS
        # "CNCEC is building a gas chemical complex for Uzbekneftegaz": the client owns it, and
        # the builder, an engineering or construction firm, builds it for others
        sites = [o for prep in (*verb.children, *works.children)  # ("in Navoi for X")
                 if prep.lower_ in ("in", "at", "near") for o in prep.children]
        clients = [k for t in (verb, works, *sites)
                   for k in self.pobjects(t, ("for",), _OWNERS)
                   if k not in agents] if lemma in _SET_UP_VERBS else []
        for client in clients:
            self.add(client, Predicate.FUNDS_PROJECT, key, verb)
        # "Acciona was hired to build the park": a contractor builds for whoever hired it
        hired = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _HIRE_VERBS
        builders = {a for a in agents if consortium or clients or hired or own_works and
                    not funds and self.name_has(a, _BUILDER_WORDS)}
        # a developer owns what it develops
        owns = lemma in lexicon.FUND_CUES | lexicon.INVEST_CUES | _OWN_VERBS | {"develop"} or \
            funds
        if (owns or own_works) and not part:
            for agent in agents:
                # (a province or a country that builds a hub takes part in it)
                if agent not in builders and (owns or self.classes.get(agent) in _OWNERS):
                    self.add(agent, Predicate.FUNDS_PROJECT, key, verb)
        # a builder takes part in what it builds, its own works too
        if not funds and lemma in lexicon.PARTICIPATION_CUES | {
                "carry", "win", "supply", "provide"} or part:
            for agent in agents:
                # a developer owns what it develops; a builder that develops takes part
                if lemma != "develop" or agent in builders or \
                        self.name_has(agent, _BUILDER_WORDS):
                    self.add(agent, Predicate.PARTICIPATES_IN, key, verb)

    def crowd_places(self, noun: Token) -> set[str]:
        """The countries and regions that only say where a crowd of firms or business people
        comes from ('South Korean builders', 'Chinese and Serbian companies'): the crowd
        acts, not its countries."""
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in \
                lexicon.FIRM_KIND_NOUNS | _CROWD_NOUNS:
            return set()
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
        modifiers += [g for c in modifiers for g in c.children if g.dep_ == "conj"]
        return {k for k in self.keys_of(modifiers)
                if self.classes.get(k) in (EntityClass.COUNTRY, EntityClass.REGION)}

    def described_head(self, key: str, near: Token) -> int:
        """The token index of the head noun naming `key` nearest to `near`."""
        indices = [i for i, k in {**self.described_at, **self.token_key}.items() if k == key]
        return min(indices, key=lambda i: abs(i - near.i)) if indices else near.i

    @staticmethod
    def example_in_list(token: Token) -> bool:
        """Whether a noun is one of the generic examples listed after 'including' or 'such
        as' ('projects including wind turbines'); a named one ('such as the Sizewell C
        power station') is a project of its own."""
        if any(t.pos_ == "PROPN" for t in token.lefts):
            return False
        current = token
        while current.dep_ == "conj" and current.head != current:
            current = current.head
        if current.dep_ in ("pobj", "dobj") and current.head.lower_ in ("including", "as",
                                                                       "like"):
            return True
        return False

    def agreement(self, head: Token) -> None:
        if head.i in self.token_key:
            return  # part of a name: the named agreement is an entity already
        if head.dep_ == "compound" and head.head.lower_ in lexicon.AGREEMENT_HEADS:
            return  # "economic partnership agreement": the agreement is the head
        if self.topic_of_agreement(head):
            return  # "a memorandum (MoU) on a strategic partnership": one agreement
        if head.dep_ == "pobj" and head.head.lower_ in ("for", "of") and \
                head.head.head.lower_ in lexicon.POSITION_NOUNS:
            return  # "the Commissioner for International Partnerships": a post
        text, tokens = self.phrase(head)
        modifiers = tokens[:-1]
        # "Under the first agreement, GRDA will work with CRCC": one of the deals counted
        # before, told apart by its own parties, not the last deal named
        counted = any(c.lower_ in lexicon.ORDINAL_WORDS for c in head.children) and not any(
            c.lower_ == "such" for c in head.children)  # ("the first such deal": the last)
        if not modifiers and self.definite(head) and not counted:
            key = self.recent_described(head, EntityClass.AGREEMENT)
            if key:  # "the deal" is the deal described before
                self.refer(head, key)
                self.agreement_links(head, key, [])
                return
            # "Turkmenistan and China agreed to ... The agreement was signed by CNPC and
            # Turkmengaz": the first naming of a deal only told as a verb before
            if not (head.dep_ == "nsubjpass" and
                    head.head.lemma_.lower() in lexicon.SIGNED_VERBS and
                    self.pobjects(head.head, ("by",), _PARTIES)):
                return
        verb = self.governing_verb(head)
        named = [k for k in self.keys_of(modifiers + [c for c in head.children
                                                      if c.dep_ == "poss"])
                 if self.classes.get(k) in _PARTIES]
        partners = self.pobjects(head, ("with", "between", "among"), _PARTIES)
        # "an EPC contract worth $850 million with X": the parser hangs 'with' on the value
        # (a name, not "with a group of African and Chinese lenders")
        partners += [k for c in head.children if c.dep_ in ("amod", "acl") and
                     c.lower_ in ("worth", "valued") for obj in self.prep_objects(c, ("with",))
                     if self.key_at(obj) for k in self.entities(obj, _PARTIES)
                     if k not in partners]
        # ("a memorandum, signed between the Authority and Al Reem": the clause's pair)
        between = self.pobjects(head, ("between",), _PARTIES) or [
            k for c in head.children if c.dep_ == "acl" and c.pos_ == "VERB"
            for k in self.pobjects(c, ("between",), _PARTIES)]
        if len(between) == 1:
            # "between the AFD (AFD), France's public development agency, and the Ministry
            # of Finance": the second party, read from the words
            second = self.second_of_pair(head, between[0])
            if second is not None and second not in partners:
                partners.append(second)
                between.append(second)
        for prep in head.children:  # "a memorandum of understanding with the EU"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    partners += [p for p in self.pobjects(obj, ("with", "between"), _PARTIES)
                                 if p not in partners]
        # "a memorandum of understanding on the corridor with Angola, the DRC and Zambia": the
        # parser hangs the partners on the topic
        for matter in (t for t in head.subtree if t.dep_ == "pobj" and t.head.lower_ == "on"):
            partners += [p for p in self.pobjects(matter, ("with",), _PARTIES)
                         if p not in partners and self.classes.get(p) == EntityClass.COUNTRY]
        if verb.pos_ in ("VERB", "AUX", "NOUN"):
            partners += [p for p in self.pobjects(verb, ("with", "between"), _PARTIES)
                         if p not in partners]
        # "an agreement to be signed with the DEA"; "a memorandum of understanding signed by"
        complements = [obj for prep in head.children if prep.dep_ == "prep" and
                       prep.lower_ == "of" for obj in prep.children if obj.dep_ == "pobj"]
        # "a memorandum on a partnership in raw materials that the two sides signed": the
        # clause may hang on the last word of the topic
        signing = [t for t in head.subtree if t.dep_ == "relcl" and t.i > head.i and
                 t.lemma_.lower() in lexicon.SIGNED_VERBS]
        for clause in [c for t in (head, *complements) for c in t.children] + signing[:1]:
            if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB":
                # "a memorandum signed by China, Tanzania and Zambia": all of them sign;
                # "a concession granted by the government to LAR": both sides
                lemma = clause.lemma_.lower()
                preps = ("with", "between", "by") if lemma in lexicon.SIGNED_VERBS else \
                    ("with", "between", "by", "to") if lemma in _GRANT_VERBS else \
                    ("with", "between")
                partners += [p for p in self.pobjects(clause, preps, _PARTIES)
                             if p not in partners]
                if clause.dep_ == "relcl" and lemma in lexicon.SIGNED_VERBS:
                    # "an agreement Hyphen signed with the government"
                    partners += [k for k in self.subject_of(clause) if k not in partners
                                 and self.classes.get(k) in _PARTIES]
        if head.dep_ == "dobj" and verb.lemma_.lower() in _GRANT_VERBS and \
                any(c.dep_ == "nsubjpass" for c in verb.children):
            # "X was awarded a contract by ONCF": the winner and the one who awards it
            winners = [k for c in verb.children if c.dep_ == "nsubjpass"
                       for k in self.entities(c, _PARTIES)]
            awarders = self.pobjects(verb, ("by",), _PARTIES) + [
                k for k in self.pobjects(head, ("by",), _PARTIES) if k not in winners]
            partners += [k for k in winners + awarders if k not in partners]
            for clause in (c for c in (*head.children, *verb.children)
                           if c.dep_ in ("acl", "relcl", "xcomp", "advcl")):
                if clause.lemma_.lower() in lexicon.SUPPLY_CUES:  # "... to supply trainsets"
                    for winner in winners:
                        for awarder in awarders:
                            self.add(winner, Predicate.SUPPLIES_TO, awarder, clause)
        # "won a $2.3 billion contract from the Ministry of Transport", "secured an order from
        # SEC": the client is a party; "the GNU awarded Anatolia Yapi a contract": so is the
        # one it went to
        clients = self.pobjects(verb, ("from",), _PARTIES) + self.pobjects(
            head, ("from",), _PARTIES) if verb.lemma_.lower() in _WIN_VERBS and \
            head.dep_ == "dobj" else []
        awardees = [k for c in verb.children if c.dep_ == "dative"
                    for k in self.entities(c, _PARTIES)] if head.dep_ == "dobj" and \
            verb.lemma_.lower() in _GRANT_VERBS else []
        partners += [k for k in clients + awardees if k not in partners]
        if head.dep_ == "pobj" and head.head.lower_ == "under" and verb.pos_ == "VERB":
            # "TVEL supplies NPCIL with fuel under a contract": who deals with whom
            partners += [k for c in verb.children if c.dep_ in ("dobj", "dative")
                         for k in self.entities(c, _PARTIES) if k not in partners]
            partners += [p for p in self.pobjects(verb, ("to",), _PARTIES) if p not in partners]
        actors = [] if len(between) >= 2 else [  # a pair named by 'between' is the parties
            k for k in self.subject_of(head) if k not in partners and
            self.classes.get(k) in _PARTIES]
        if not actors and head.dep_ == "nsubjpass" and \
                verb.lemma_.lower() in lexicon.SIGNED_VERBS:
            # "a memorandum was signed by METI and the TADB"
            actors = [k for k in self.pobjects(verb, ("by",), _PARTIES) if k not in partners]
        if not actors:  # "Minister Ahn and Rosan Roeslani signed an MOU": whom they sign for
            actors = [k for k in self.signatories(verb) if k not in partners]
        if not actors and not named and len(between) < 2 and self.subject_of(head) == [] and \
                [p for p in partners if p not in clients] and \
                not any(c.dep_ == "nsubjpass" and c != head for c in verb.children):
            topic = self.recent_subject(head)
            # ("The government said it had agreed a partnership with X": a subject the
            # sentence names without a name is no earlier sentence's firm)
            unnamed = any(t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.i < head.i and
                          not self.key_at(t) for t in head.sent)
            if topic and topic not in partners and not unnamed:
                actors = [topic]
        actors = [a for a in named if a not in partners] + [a for a in actors if a not in named]
        kinds = {t.lemma_.lower() for t in modifiers}
        # ("an agreement with SEFE for the supply of 1.5 bcm of gas a year": a supply deal too)
        supplying = any(o.dep_ == "pobj" and o.lemma_.lower() in ("supply", "delivery", "sale")
                        for t in head.subtree if t.lower_ == "for" for o in t.children)
        if ("supply" in kinds or {"power", "purchase"} <= kinds or supplying) and \
                head.dep_ == "dobj" and verb.lemma_.lower() in lexicon.SIGNED_VERBS:
            # "signed supply deals with Sinopec and CNPC", "a power purchase agreement with
            # the national grid": the firm that signs supplies the other side (a utility that
            # signs buys)
            sellers = [k for k in self.subject_of(verb) if self.classes.get(k) ==
                       EntityClass.FIRM and not self.name_has(k, _UTILITY_WORDS) and
                       not self.described_by(k, _UTILITY_WORDS)]
            for seller in sellers:
                for buyer in self.pobjects(verb, ("with",), _ACTORS) or partners:
                    if buyer != seller:
                        self.add(seller, Predicate.SUPPLIES_TO, buyer, head)
        status = self.status(head, verb)
        plain = "".join(t.text_with_ws for t in tokens if not self.key_at(t) and not (
            t.text in lexicon.NAME_HYPHENS and
            (self.key_at(t.nbor(-1)) or self.key_at(t.nbor(1))))).strip()
        plural = head.tag_ == "NNS"
        singular = plain[:-1] if plural and plain.endswith("s") else plain
        variants = self.name_variants(head, text)
        if plural and partners and actors:
            for partner in partners:
                label = f"{self.labels[actors[0]]}-{self.labels[partner]} {singular}"
                key = self.describe(head, EntityClass.AGREEMENT, label, text)
                self.described[key].status = status
                for party in (actors[0], partner):
                    self.add(party, Predicate.PARTY_TO, key, head)
            return
        listed = self.listed_signers(head)
        if listed:  # "They include a protocol ...": they are the documents, not the signers
            actors, status = listed, status or AgreementStatus.SIGNED
        parties = list(dict.fromkeys(actors + partners))
        if not parties:
            # an agreement of nobody named is no fact worth a node, but for the deals a
            # named event gathered ("17 cooperation agreements were signed at the forum")
            event = self.signing_event(head, verb) if plural and \
                verb.lemma_.lower() in lexicon.SIGNED_VERBS else None
            if event is not None:
                words = plain.split()
                while words and (words[0][:1].isdigit() or words[0].lower() in
                                 lexicon.NUMBER_WORDS or words[0].lower() in _VAGUE_MODIFIERS):
                    words = words[1:]  # "17", "twelve", "more"
                label = f"{' '.join(words)} signed at {self.labels[event]}"
                key = self.describe(head, EntityClass.AGREEMENT, label, text)
                self.described[key].status = AgreementStatus.SIGNED
            return
        # what kind of agreement ("a co-financing agreement" is a financing one)
        kinds = {t.lemma_.lower().removeprefix("co-") for t in modifiers}
        if (verb.lemma_.lower() in _WIN_VERBS | {"award", "sign"}) and \
                head.lemma_.lower() in ("contract", "concession", "order"):
            # "ARS and Sahel have won a contract for a 190-km freight line": they build it
            winners = awardees or [k for k in actors or partners if k not in clients]
            targets = self.pobjects(head, ("for", "to"), (EntityClass.PROJECT,)) or \
                self.pobjects(verb, ("for",), (EntityClass.PROJECT,)) or \
                self.works_to_do(head, verb)
            for works in targets if head.lemma_.lower() != "concession" else []:
                # the client pays for the works (a concession's holder does)
                for client in clients or (actors if awardees else []):
                    self.add(client, Predicate.FUNDS_PROJECT, works, head)
            builders = [k for k in actors + partners if self.name_has(k, _BUILDER_WORDS)]
            if verb.lemma_.lower() == "sign" and actors and partners and builders and \
                    len(builders) < len(actors + partners):
                # "TNB signed an EPC contract with China Energy Engineering for a solar farm":
                # the builder builds it, its client owns it
                winners = builders
                for works in targets:
                    for client in (k for k in actors + partners if k not in builders):
                        self.add(client, Predicate.FUNDS_PROJECT, works, head)
            for works in targets:
                for winner in winners:
                    self.add(winner, Predicate.PARTICIPATES_IN, works, head)
        elif verb.lemma_.lower() in lexicon.SIGNED_VERBS and not (
                kinds & (_LOAN_NOUNS | {"supply"})):
            # "Masdar signed an implementation agreement with TANESCO for a 600 MW solar
            # park": the firm that signs for works develops them
            for works in self.pobjects(head, ("for",), (EntityClass.PROJECT,)) or \
                    self.pobjects(verb, ("for",), (EntityClass.PROJECT,)):
                for developer in actors:
                    if self.classes.get(developer) == EntityClass.FIRM and \
                            not self.lends(developer) and \
                            not self.name_has(developer, _BUILDER_WORDS):
                        self.add(developer, Predicate.FUNDS_PROJECT, works, head)
        if kinds & _LOAN_NOUNS:
            # "a loan agreement between the AFD and the Ministry of Finance for the
            # construction of Hanoi Metro Line 11": the lender funds the works
            financed = self.pobjects(head, ("for",), (EntityClass.PROJECT,)) or [
                # the parser may hang 'for the construction of X' anywhere in the sentence
                k for t in self.doc[head.i + 1 : head.sent.end] if t.lower_ == "for"
                for o in t.children if o.dep_ == "pobj"
                for k in self.entities(o, (EntityClass.PROJECT,))][:1]
            lenders = [p for p in parties if _LENDING_BODY_WORDS & set(
                re.findall(r"[a-zé]+", self.labels[p].lower())) and
                "ministry" not in self.labels[p].lower()]
            for lender in lenders:
                for target in financed:
                    self.add(lender, Predicate.FUNDS_PROJECT, target, head)
        if plural and not partners and verb.lemma_.lower() not in lexicon.SIGNED_VERBS | {
                "negotiate", "agree", "hold", "win"}:
            return  # "Poland's foreign arms contracts": contracts in general (but "L&T holds
            # the civil works contracts")
        label = "-".join(self.labels[p] for p in parties[:3]) + f" {singular}"
        key = self.describe(head, EntityClass.AGREEMENT, label, text)
        short = "-".join(self.short_name(p) for p in parties[:3]) + f" {singular}"
        for variant in [*variants, short]:
            self.describe(head, EntityClass.AGREEMENT, label, variant)
        self.described[key].status = status or self.described[key].status
        for party in parties:
            self.add(party, Predicate.PARTY_TO, key, head)
        if head.lemma_.lower() in ("partnership", "cooperation"):
            for a, b in zip(parties, parties[1:], strict=False):
                self.add(a, Predicate.COOPERATES_WITH, b, head)

    def works_to_do(self, head: Token, verb: Token) -> list[str]:
        """The works a contract is 'to build' or 'to rebuild' ("won a contract ... to build
        the first section of the Development Road"), the parser hanging the clause on the
        noun or on its verb."""
        clauses = [c for t in (head, verb) for c in t.children
                   if c.dep_ in ("acl", "advcl", "xcomp", "relcl") and
                   c.lemma_.lower() in lexicon.PARTICIPATION_CUES and
                   any(a.lower_ == "to" for a in c.children)]
        return [k for clause in clauses for doing in (clause, *clause.conjuncts)
                for obj in doing.children if obj.dep_ == "dobj"  # ("to build and operate X")
                for k in self.entities(obj, (EntityClass.PROJECT,))]

    def second_of_pair(self, head: Token, first: str) -> str | None:
        """The name after 'and' that completes 'between X ... and Y' when the parser broke the
        coordination (an apposition or an abbreviation in between)."""
        start = next((t.i for t in head.subtree if self.key_at(t) == first), head.i)
        for t in self.doc[start + 1 : min(head.sent.end, start + 20)]:
            if t.pos_ == "VERB":
                return None
            if t.lower_ == "and":
                k = t.i + 1
                # "and Emirati group Al Reem Logistics Holding": past the words that describe
                # the name
                while k < min(len(self.doc) - 1, t.i + 5) and (
                        self.doc[k].is_lower and self.doc[k].is_alpha or
                        self.classes.get(self.key_at(self.doc[k]) or "") ==
                        EntityClass.COUNTRY and self.doc[k + 1].is_lower):
                    k += 1
                key = self.key_at(self.doc[k]) if k < len(self.doc) else None
                return key if key and key != first and self.classes.get(key) in _PARTIES \
                    else None
        return None

    def topic_of_agreement(self, head: Token) -> bool:
        """Whether an agreement word only names another agreement: its abbreviation in
        parentheses ('memorandum of understanding (MoU)') or its subject ('a memorandum on a
        strategic partnership')."""
        doc = self.doc
        if head.i > 0 and doc[head.i - 1].text == "(" and head.i + 1 < len(doc) and \
                doc[head.i + 1].text == ")":
            return True
        governor = head.head.head if head.dep_ == "pobj" else None
        while governor is not None and governor.dep_ == "pobj" and \
                governor.lower_ not in lexicon.AGREEMENT_HEADS:  # "of understanding on"
            governor = governor.head.head
        return governor is not None and head.head.lower_ in ("on", "for", "of") and \
            governor.lower_ in lexicon.AGREEMENT_HEADS and governor != head

    def listed_signers(self, head: Token) -> list[str]:
        """'X, Y and Z signed agreements ... They include a protocol on ... and a memorandum
        on ...': the documents listed belong to those who signed them, named in the sentences
        before."""
        anchor = head
        while anchor.dep_ == "conj" and anchor.head != anchor:
            anchor = anchor.head
        verb = anchor.head
        if anchor.dep_ not in ("dobj", "attr") or \
                verb.lemma_.lower() not in ("include", "comprise", "be"):
            return []
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.lower_ in ("they", "these") or
                                   subject.lemma_.lower() in _DOCUMENT_NOUNS):
            return []
        start = self.window(head, 3).start
        for t in reversed(self.doc[start : head.i]):
            if t.pos_ == "VERB" and t.lemma_.lower() in lexicon.SIGNED_VERBS:
                signers = [k for k in self.subject_of(t) if self.classes.get(k) in _PARTIES] \
                    or self.pobjects(t, ("by",), _PARTIES)
                if signers:
                    return signers
        return []

    def signatories(self, verb: Token) -> list[str]:
        """The bodies and countries the people who are the subject of `verb` hold posts in."""
        if verb.lemma_.lower() not in lexicon.SIGNED_VERBS:
            return []
        people = [k for c in verb.children if c.dep_ == "nsubj"
                  for k in self.entities(c, (EntityClass.PERSON,))]
        return list(dict.fromkeys(r.object for person in people for r in self.relations
                                  if r.subject == person and
                                  r.predicate == Predicate.HOLDS_POSITION_IN))

    @staticmethod
    def name_variants(head: Token, text: str) -> list[str]:
        """Other ways to name a described thing: with its 'of' complement ('memorandum of
        understanding', 'expansion of the GWM plant') and with its place ('plant in Karawang')."""
        variants = []
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "in", "at", "for") and \
                    prep.i == head.i + 1:
                tail = [t for t in prep.subtree if t.i - prep.i <= 6]
                if len(tail) == len(list(prep.subtree)):
                    words = written(tail)
                    variants.append(f"{text} {words}")
        # "a protocol to raise the capacity of the railway to 5 million tonnes": what it is for,
        # up to the figures
        purpose = next((c for c in head.children if c.dep_ == "acl" and c.i == head.i + 2 and
                        head.doc[head.i + 1].lower_ == "to"), None)
        if purpose is not None:
            purpose_words: list[Token] = []
            for t in head.doc[head.i + 1 : purpose.right_edge.i + 1]:
                if t.like_num or t.text in (",", ";", "(") or len(purpose_words) >= 14:
                    break
                purpose_words.append(t)
            while purpose_words and purpose_words[-1].lower_ in ("to", "from", "by", "of", "the",
                                                                 "about"):
                purpose_words.pop()
            if len(purpose_words) >= 3:
                variants.append(f"{text} " + written(purpose_words))
        # read from the words, whatever the parse: "memorandum of understanding on lithium
        # exploration and processing with X", "a second memorandum, on tungsten supply chains,"
        doc, i = head.doc, head.i + 1
        if i < len(doc) and doc[i].text == "," and i + 1 < len(doc) and \
                doc[i + 1].lower_ in _TOPIC_PREPS:
            i += 1
        topic: list[str] = []
        if i < len(doc) and doc[i].lower_ in ("with", "between"):
            # "an agreement with Kazakhstan's Ministry of Energy for a wind farm": past the party
            j = i + 1
            while j < len(doc) and j - i < 10 and (doc[j].ent_type_ or doc[j].lower_ in (
                    "the", "'s", "’s", "and", ",")):
                j += 1
            if j < len(doc) and doc[j].lower_ in _TOPIC_PREPS - {"of"} and j > i + 1:
                i = j
        while i < len(doc) and len(topic) < 9 and doc[i].lower_ in _TOPIC_PREPS:
            run = [doc[i].text]
            i += 1
            while i < len(doc) and doc[i].ent_type_ not in ("DATE", "TIME") and (
                    doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or
                                    doc[i].dep_ in ("amod", "compound") or
                                    doc[i].lower_ == "and" and i + 1 < len(doc) and
                                    doc[i + 1].pos_ in ("ADJ", "NOUN", "PROPN") or
                                    doc[i].text in lexicon.NAME_HYPHENS):
                run.append(doc[i].text)
                i += 1
            while run and doc[i - 1].pos_ in ("DET", "ADJ", "NUM") and len(run) > 1:
                run.pop()  # a topic ends in a noun
                i -= 1
            if len(run) < 2:
                break
            topic += run
        topic_words = " ".join(topic).replace(" - ", "-")
        if topic and f"{text} {topic_words}" not in variants:
            variants.append(f"{text} {topic_words}")
        return variants

    def gathering(self, head: Token) -> None:
        """'the 25th session of the Intergovernmental Commission', 'a summit of the Forum on
        China-Africa Cooperation', 'the annual meeting of the IDB': an event of a body."""
        bodies = [k for k in self.pobjects(head, ("of",), (*_ORGS, EntityClass.EVENT))]
        if not bodies:
            return
        text, _tokens = self.phrase(head)
        ordinal = [t.text for t in head.lefts if t.ent_type_ == "ORDINAL" or
                   t.lower_ in lexicon.ORDINAL_WORDS]
        words = " ".join([*ordinal, text]) if ordinal and ordinal[0] not in text else text
        label = f"{words} of the {self.labels[bodies[0]]}"
        key = self.describe(head, EntityClass.EVENT, label,
                            f"{words} of the {self.short_name(bodies[0])}")
        for place in self.pobjects(head, ("in", "at"), _PLACES):
            self.add(key, Predicate.LOCATED_IN, place, head)
        self.attendance(head)

    def occasion(self, head: Token) -> None:
        """'an investment promotion conference in Hanoi': an unnamed event, named by its
        words and its place."""
        text, tokens = self.phrase(head)
        places = self.pobjects(head, ("in", "at"), _PLACES)
        for clause in head.children:  # "the ceremony, held in the city of Huarmey"
            if clause.dep_ == "acl" and clause.lemma_.lower() in ("hold", "stage", "host"):
                places += self.pobjects(clause, ("in", "at"), _PLACES)
        if head.dep_ in ("nsubj", "nsubjpass") and \
                head.head.lemma_.lower() in ("hold", "stage", "host", "take", "convene"):
            places += self.pobjects(head.head, ("in", "at"), _PLACES)  # "was held in Rabat"
        places.sort(key=lambda k: self.classes.get(k) != EntityClass.REGION)  # the city
        # "a summit between the leaders of the two countries in Riyadh": named by its sides
        sides = [k for k in self.pobjects(head, ("between",), _PARTIES)
                 if self.classes.get(k) == EntityClass.COUNTRY]
        if len(sides) >= 2 and len(tokens) == 1 and head.tag_ != "NNS":
            for obj in (o for prep in head.children if prep.lower_ == "between"
                        for o in prep.children):
                places += [p for p in self.places_in(obj) if p not in places]
            label = "-".join(self.short_name(k) for k in sides[:3]) + f" {text}"
            key = self.describe(head, EntityClass.EVENT, label, text)
            for side in sides:
                self.add(side, Predicate.PARTICIPATES_IN, key, head)
            for place in places[:1]:
                self.add(key, Predicate.LOCATED_IN, place, head)
            return
        if len(tokens) < 2 or not places or head.tag_ == "NNS" or \
                any(self.classes.get(k) != EntityClass.COUNTRY for k in self.keys_of(tokens)):
            return
        key = self.describe(head, EntityClass.EVENT, f"{text} in {self.labels[places[0]]}", text)
        self.add(key, Predicate.LOCATED_IN, places[0], head)

    def trip(self, head: Token) -> None:
        """'a trade mission to Jakarta', 'his state visit to Cairo', 'lead a delegation of 70
        firms to Mumbai': a journey is an event at its destination; whoever leads, pays or
        makes it, and the countries in its name ('a Brazilian business mission'), take part."""
        verb = head.head if head.dep_ == "dobj" else None
        # the parser hangs the destination on the noun or on its verb ("lead a mission to X")
        places = self.pobjects(head, ("to",), _PLACES) or \
            (self.pobjects(verb, ("to",), _PLACES) if verb is not None else [])
        if not places and head.lemma_.lower() == "delegation":
            # "led a Nigerian business delegation to the expo": its country takes part
            events = self.pobjects(head, ("to", "at"), (EntityClass.EVENT,)) or \
                (self.pobjects(verb, ("to", "at"), (EntityClass.EVENT,)) if verb is not None
                 else [])
            members = [k for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                       for k in [self.key_at(c)] if k and self.classes.get(k) in _PARTIES]
            for event in events[:1]:
                for member in members:
                    self.add(member, Predicate.PARTICIPATES_IN, event, head)
        if head.tag_ == "NNS" or not places:
            return
        _text, tokens = self.phrase(head)
        tokens = [t for t in tokens if t.ent_type_ != "DATE"]  # "a three-day visit"
        while len(tokens) > 1 and tokens[0].dep_ in ("punct", "hyph", "cc"):
            tokens = tokens[1:]
        text = written(tokens)
        where = " and ".join(self.labels[p] for p in places)
        key = self.describe(head, EntityClass.EVENT, f"{text} to {where}", text)
        for place in places:
            self.add(key, Predicate.LOCATED_IN, place, head)
        for member in self.keys_of(tokens[:-1]):
            if self.classes.get(member) in _PARTIES:
                self.add(member, Predicate.PARTICIPATES_IN, key, head)
        leaders = self.pobjects(head, ("by",), (EntityClass.PERSON, *_PARTIES))
        leaders += [k for c in head.children if c.dep_ == "acl"  # "a mission led by X"
                    for k in self.pobjects(c, ("by",), (EntityClass.PERSON, *_PARTIES))]
        if verb is not None and verb.lemma_.lower() in _TRIP_VERBS:
            clause = verb
            if clause.dep_ in ("xcomp", "pcomp", "advcl") and \
                    not any(c.dep_ == "nsubj" for c in clause.children):
                clause = clause.head.head if clause.dep_ == "pcomp" else clause.head
            leaders += [k for c in clause.children if c.dep_ == "nsubj"
                        for k in self.entities(c, (EntityClass.PERSON, *_PARTIES))]
        for leader in leaders:
            self.add(leader, Predicate.PARTICIPATES_IN, key, head)

    def attendance(self, head: Token) -> None:
        """'Modi and Ishiba met at the summit', 'X attended/hosted the forum', 'X's visit to
        Cairo': participants."""
        key = self.key_at(head)
        if key is None:
            return
        self.gathered(head, key)
        for owner in (c for c in head.children if c.dep_ == "poss"):
            for person in self.entities(owner, (EntityClass.PERSON, *_PARTIES)):
                self.add(person, Predicate.PARTICIPATES_IN, key, head)
        verb = head.head
        # "the forum, co-hosted by KOTRA and KADIN" (the clause may hang on the verb)
        clauses = [*head.children, *(verb.children if head.dep_ == "dobj" else ())]
        # "the forum in the capital, Brasília, which was attended by ...": the parser may hang
        # the clause on the place the event is in
        anchors = [head, *([verb.head] if head.dep_ == "pobj" and verb.lower_ == "of" else [])]
        places = [obj for anchor in anchors for obj in self.prep_objects(anchor, ("in", "at"))]
        places += [a for place in places for a in place.children if a.dep_ == "appos"]
        clauses += [c for place in places for c in place.children
                    if c.dep_ in ("relcl", "acl")]
        # "the forum, held in Luanda and attended by ApexBrasil": the coordinated clause too
        clauses += [c for clause in clauses if clause.dep_ in ("acl", "relcl", "advcl")
                    for c in clause.children if c.dep_ == "conj"]
        # "signed on the margins of the roundtable ... in the presence of Dr. Salem": there
        for presence in (t for t in head.sent if t.lower_ == "presence" and
                         t.head.lower_ == "in"):
            for guest in self.pobjects(presence, ("of",), (EntityClass.PERSON, *_PARTIES)):
                self.add(guest, Predicate.PARTICIPATES_IN, key, presence)
        for clause in clauses:
            # the tagger may read a participle ("co-hosted") as an adjective
            stems = verb_stems(clause)
            if clause.dep_ in ("acl", "relcl", "advcl", "conj") and \
                    stems & (_HOST_VERBS | {"attend", "open", "address", "inaugurate"}):
                for host in self.passive_agents(clause):  # (with its broken lists)
                    self.add(host, Predicate.PARTICIPATES_IN, key, clause)
                if clause.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in (
                        "which", "that") for c in clause.children):
                    # "the summit, which both China and Tajikistan attended"
                    for c in (c for c in clause.children if c.dep_ == "nsubj"):
                        for member in self.entities(c, (EntityClass.PERSON, *_PARTIES)):
                            self.add(member, Predicate.PARTICIPATES_IN, key, clause)
        if head.dep_ == "pobj" and verb.lower_ == "of" and \
                verb.head.lemma_.lower() in _HOST_NOUNS:
            # "Spain, Portugal and Morocco were confirmed as joint hosts of the World Cup"
            clause = verb.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
            for c in clause.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    for member in self.entities(c, (EntityClass.PERSON, *_PARTIES)):
                        self.add(member, Predicate.PARTICIPATES_IN, key, clause)
            return
        if head.dep_ == "pobj" and verb.lower_ == "of" and \
                self.classes.get(self.key_at(verb.head) or "") == EntityClass.EVENT:
            return  # "the meeting of the China-CELAC Forum": the meeting is attended
        if head.dep_ == "pobj":
            # "met at the summit", "met on the sidelines of the summit"
            hops = 0
            while verb.pos_ != "VERB" and verb.head != verb and hops < 4:
                if verb.lemma_.lower() in _TRIP_NOUNS:  # "Lula's visit ... for the meeting"
                    for owner in (c for c in verb.children if c.dep_ == "poss"):
                        for person in self.entities(owner, (EntityClass.PERSON, *_PARTIES)):
                            self.add(person, Predicate.PARTICIPATES_IN, key, verb)
                    return
                verb = verb.head
                hops += 1
            if verb.pos_ != "VERB":
                return
        elif head.dep_ == "nsubjpass" and verb_stems(verb) & (_ATTEND_VERBS | _HOST_VERBS):
            # "The dialogue was co-chaired by Pham Quoc Binh and Kenji Morimoto"
            for host in self.passive_agents(verb):
                self.add(host, Predicate.PARTICIPATES_IN, key, verb)
            return
        elif not (head.dep_ in ("dobj", "dative") and verb_stems(verb) & _ATTEND_VERBS):
            return
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ in ("xcomp", "advcl"):
            # "he is expected to present ... at"; "speaking at the conference, X said"
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "Chinese and Saudi companies signed deals at the forum": the firms were there, not
        # their countries; but "40 Ecuadorian companies took part in the expo": Ecuador did
        stands_for = verb.lemma_.lower() in _TAKE_PART_VERBS
        participants = [k for c in subjects
                        for k in self.entities(c, (EntityClass.PERSON, *_PARTIES))
                        if stands_for or k not in self.crowd_places(c)]
        if not participants and verb.dep_ == "advcl" and verb.i < verb.head.i:
            # "Speaking at the forum, held in Calama, Chile's Vice Minister of Mining Andres
            # Contreras said": the parser lost the subject in the titles; the person named
            # before the main verb speaks
            participants = [k for t in self.doc[head.i + 1 : verb.head.i]
                            for k in [self.key_at(t)]
                            if k and self.classes.get(k) == EntityClass.PERSON][:1]
        if verb.lower_.startswith("co-") or verb.lemma_.lower() in ("chair", "host"):
            # "who co-chaired the forum with Renata Lopes": the partner too
            participants += [k for t in (verb, head)
                             for k in self.pobjects(t, ("with",),
                                                    (EntityClass.PERSON, *_PARTIES))]
        for participant in participants:
            if self.classes.get(participant) in (EntityClass.PERSON, *_PARTIES):
                self.add(participant, Predicate.PARTICIPATES_IN, key, verb)

    def passive_agents(self, verb: Token) -> list[str]:
        """Who did what a passive verb tells ('was attended by X and Y'), with the people of a
        list of titles and names the parser broke."""
        agents = self.pobjects(verb, ("by",), (EntityClass.PERSON, *_PARTIES))
        return agents + [k for by in verb.children if by.dep_ == "agent"
                         for k in self.people_listed_after(by) if k not in agents]

    def people_listed_after(self, by: Token) -> list[str]:
        """'attended by the Kenyan Cabinet Secretary for the National Treasury, John Mbadi,
        the Ethiopian Minister of Finance, Ahmed Shide, and ...': the people a list of titles
        and names holds, read from the words (the parser breaks such lists), up to the next
        clause."""
        people: list[str] = []
        for t in self.doc[by.i + 1 : by.sent.end]:
            if t.pos_ in ("VERB", "AUX") or t.lower_ in ("who", "which", "where", "while"):
                break
            key = self.key_at(t)
            if key and self.classes.get(key) == EntityClass.PERSON and key not in people:
                people.append(key)
        return people

    def gathered(self, head: Token, key: str) -> None:
        """'The forum opened, drawing officials from both countries'; 'the forum, which brought
        together delegations from Germany and Vietnam': whom an event gathers."""
        verbs = []
        if head.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(head.head)
        verbs += [c for c in head.children if c.dep_ == "relcl"]
        # "the summit, held in Astana, where leaders of China and Kazakhstan pledged ...":
        # they were there (read from the words: the parser hangs 'where' anywhere)
        where = next((t for t in head.sent if t.i > head.i and t.lower_ == "where" and
                      self.doc[t.i - 1].text == ","), None)
        clause = where.head if where is not None else None
        while clause is not None and not any(c.dep_ == "nsubj" for c in clause.children) and \
                clause.head != clause:
            clause = clause.head
        subjects = [c for c in clause.children if c.dep_ == "nsubj"] if clause else []
        for subject in subjects:
            members = self.entities(subject, (EntityClass.PERSON, EntityClass.COUNTRY)) or \
                self.entities(subject, _ORGS)
            for member in members:
                self.add(member, Predicate.PARTICIPATES_IN, key, subject.head)
        verbs += [c for v in list(verbs) for c in v.children
                  if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"]
        for verb in verbs:
            if verb.lemma_.lower() not in _GATHER_VERBS:
                continue
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                members = self.entities(obj, (EntityClass.PERSON, *_PARTIES))
                # "brought together officials from Azerbaijan, China and Georgia": their
                # countries take part (a crowd of firms from them does not stand for them)
                envoys = [o for o in (obj, *(c for c in obj.subtree if c.dep_ == "conj"))
                          if o.lemma_.lower() in _ENVOY_NOUNS]
                # (the parser may hang 'from' on the verb)
                members += [k for o in envoys + ([verb] if envoys else [])
                            for k in self.pobjects(o, ("from", "of"), _PARTIES)
                            if k not in members]
                for member in members:
                    self.add(member, Predicate.PARTICIPATES_IN, key, verb)

    def agreement_links(self, head: Token, key: str, modifiers: list[Token]) -> None:
        """Parties of a named or referred-to agreement: its name's modifiers ('EU-Namibia
        partnership'), 'with/between X', and the subject of the verb that signs it."""
        verb = self.governing_verb(head)
        parties = [k for k in self.keys_of(modifiers) if self.classes.get(k) in _ACTORS]
        # "the Canada-Chile Free Trade Agreement": the countries its name names, when the
        # article names them too
        names = {name: k for k, alias in self.aliases.items() for name in alias
                 if self.classes.get(k) in _PARTIES}  # "EU" for the European Union
        parties += [party for t in modifiers if self.key_at(t) == key and (
            party := self.country_forms.get(t.text) or names.get(t.text)) and
            party in self.classes and party != key]
        parties += self.pobjects(head, ("with", "between", "among"), _ACTORS)
        for clause in head.children:
            # "the partnership that the country agreed with Germany, France ..."; "the pact,
            # signed by Kenya and Uganda"
            if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in \
                    lexicon.SIGNED_VERBS | {"agree", "join", "negotiate", "launch", "form"}:
                # ("the memorandum signed in 2023 by X", no comma, is not the one told of
                # before, whatever "the" says; "The agreement, signed by X," is)
                aside = self.doc[clause.left_edge.i - 1].text == ","
                parties += self.pobjects(clause, ("with", "between", "by") if aside or
                                         head.i not in self.anaphora else ("with", "between"),
                                         _PARTIES)
                if clause.dep_ == "relcl":
                    parties += [k for k in self.subject_of(clause)
                                if self.classes.get(k) in _PARTIES]
        if verb.pos_ in ("VERB", "AUX"):
            parties += self.pobjects(verb, ("with", "between"), _ACTORS)
            if verb.lemma_.lower() in lexicon.SIGNED_VERBS | {"join", "negotiate"}:
                parties += self.subject_of(head)
                if head.dep_ == "nsubjpass" and head.i not in self.anaphora:
                    # "the Lakeside Accord was signed by Kenya and Uganda" (but "the largest
                    # single deal", one of the deals told of before, is not that deal)
                    parties += self.pobjects(verb, ("by",), _PARTIES)
        for party in dict.fromkeys(parties):
            if party != key:
                self.add(party, Predicate.PARTY_TO, key, head)

    def building_contract(self, head: Token) -> None:
        """'Saudi developer ACWA Power signed EPC contracts with CEEC and PowerChina for three
        solar plants', 'X signed an EPC contract with Saudi developer Rimal for a plant': the
        side the text calls the developer owns the works, the other side builds them (with no
        such word, the text does not say which side is which)."""
        if head.lemma_.lower() != "contract":
            return
        verb = self.governing_verb(head)
        words = {t.lower_ for t in head.subtree if t.i < head.i} | {head.lower_}
        if not words & _BUILDING_CONTRACT_WORDS or verb.pos_ not in ("VERB", "AUX"):
            return
        partners = [o for t in (head, verb) for o in self.prep_objects(t, ("with",))]
        # (the parser may hang "for the park" on the partner's name)
        works = [k for t in (head, verb, *partners)
                 for k in self.pobjects(t, ("for",), (EntityClass.PROJECT,))]
        signers = [c for c in verb.children if c.dep_ == "nsubj"]

        def developer(tokens: list[Token]) -> bool:
            return any(w.lower_ in _DEVELOPER_WORDS for t in tokens for w in t.subtree)

        if developer(signers) == developer(partners):
            return
        owners, builders = (signers, partners) if developer(signers) else (partners, signers)
        for target in dict.fromkeys(works):
            for builder in (k for t in builders for k in self.entities(t, _ORGS)):
                self.add(builder, Predicate.PARTICIPATES_IN, target, head)
            for owner in (k for t in owners for k in self.entities(t, _ORGS)):
                if self.classes.get(owner) == EntityClass.FIRM:
                    self.add(owner, Predicate.FUNDS_PROJECT, target, head)

    def signing_event(self, head: Token, verb: Token) -> str | None:
        """The named event where documents were signed: 'at the forum', 'on the sidelines of
        the summit', 'on its sidelines', or the one event its sentence names."""
        found = self.pobjects(verb, ("at", "during"), (EntityClass.EVENT,))
        found += [k for obj in self.prep_objects(verb, ("at", "during"))  # "during the event"
                  if obj.lemma_.lower() in lexicon.EVENT_HEADS | {"event"} and self.definite(obj)
                  for k in [self.recent_described(obj, EntityClass.EVENT, near=3)] if k]
        for prep in (c for c in verb.children if c.lower_ in ("on", "at")):
            for side in (o for o in prep.children if o.lemma_.lower() in
                         ("sideline", "margin")):
                found += self.pobjects(side, ("of",), (EntityClass.EVENT,))
                if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in side.children):
                    found += [k for k in [self.recent_described(side, EntityClass.EVENT,
                                                                near=2)] if k]
        found += [k for t in head.sent for k in [self.key_at(t)]
                  if k and self.classes.get(k) == EntityClass.EVENT]
        return found[0] if found else None

    @staticmethod
    def governing_verb(head: Token) -> Token:
        verb = head.head
        while verb.dep_ in ("conj", "compound", "pobj", "prep") and verb.head != verb and \
                verb.pos_ not in ("VERB",):
            verb = verb.head
        return verb

    @staticmethod
    def status(head: Token, verb: Token) -> AgreementStatus | None:
        words = {t.lemma_.lower() for t in [verb, *verb.children, *head.ancestors][:8]}
        words |= {t.lemma_.lower() for t in head.children}
        if words & lexicon.NEGOTIATION_CUES:
            return AgreementStatus.UNDER_NEGOTIATION
        if verb.lemma_.lower() in lexicon.SIGNED_VERBS or words & {"sign", "signed", "conclude"}:
            return AgreementStatus.SIGNED
        if words & lexicon.PLANNED_CUES:
            return AgreementStatus.PLANNED
        return None


def verb_stems(verb: Token) -> set[str]:
    """The forms a verb may be looked up by: its lemma, and its word without '-d' or '-ed'
    (the lemmatizer makes "co-chaire" of "co-chaired"; the tagger may read "co-hosted" as
    an adjective)."""
    return {verb.lemma_.lower(), verb.lower_[:-1], verb.lower_[:-2]}
