"""The state and the noun-phrase resolution that every relation rule shares.

`ReaderBase` holds one Doc with its resolved entity mentions and answers the questions rules
ask: which entities does this noun phrase denote (names, coordinations, 'such as' lists,
demonyms, 'the country', pronouns), who is the agent of this clause, what do these
prepositions point to. The rule families build on it: `works` (projects, agreements, events),
`affiliations` (places, membership, positions) and `relations` (the economic relations and
the reader that runs them all).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.mentions import Mention, evidence_for
from kg.extract.records import AgreementStatus, EntityClass, Predicate, Relation
from kg.nlp import dateline_of

_ORGS = (EntityClass.FIRM, EntityClass.GOVERNMENT_BODY, EntityClass.ORGANIZATION)
_PLACES = (EntityClass.COUNTRY, EntityClass.REGION)
_ACTORS = (EntityClass.COUNTRY, EntityClass.REGION, *_ORGS)
_PARTIES = (EntityClass.COUNTRY, *_ORGS)
_OWNERS = (EntityClass.FIRM, EntityClass.GOVERNMENT_BODY)  # who own and commission works
_VENTURE_NOUNS = frozenset({"venture", "consortium", "jv"})
_WHERE_NOUNS = frozenset({"sector", "market", "economy", "industry", "firm", "company",
                          "infrastructure", "grid", "territory"})
_UNIT_WORDS = frozenset({"subsidiary", "unit", "arm", "division", "branch", "affiliate",
                         "operation"})
_AMOUNT_TYPES = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY"})
# Passive verbs whose subject does what their infinitive says ("X is expected to lend")
_LENDER_WORDS = frozenset({"bank", "exim", "lender", "credit", "insurance"})
_CONSORTIUM_NOUNS = frozenset({"consortium", "venture", "alliance", "partnership", "group"})
_GROUP_NOUNS = frozenset({"sides", "countries", "nations", "governments", "states", "members",
                          "leaders", "heads", "presidents"})  # "the six heads of state"
PART_NOUNS = frozenset({"phase", "stage", "part", "leg", "tranche"})
# The articles that open a description set beside a name ("X, the 900km line from A to B")
ANY_ARTICLE = ("a", "an", "the")
_BLOC_WORDS = frozenset({"union", "community", "association", "states", "cooperation",
                         "alliance", "mercosur", "asean", "brics", "bloc", "nations"})
_FIRM_GROUP_NOUNS = frozenset({"partners", "companies", "firms", "groups", "shareholders",
                               "investors", "lenders", "banks"})
_DELEGATE_NOUNS = frozenset({
    "ministers", "officials", "leaders", "delegations", "delegates", "representatives",
    "envoys", "heads", "executives", "diplomats", "negotiators", "governments",
})
_MODALS = frozenset({"may", "might", "could", "would", "should"})
_TENTATIVE_VERBS = frozenset({"study", "consider", "explore", "assess", "examine", "evaluate"})


def _reported_will(modal: Token) -> bool:
    """'X said it would provide loans': 'would' is the 'will' of reported speech."""
    clause = modal.head
    return modal.lower_ == "would" and clause.dep_ == "ccomp" and \
        clause.head.lemma_.lower() in lexicon.SAY_VERBS and \
        not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


@dataclass
class Described:
    """A project or agreement read from a noun phrase (built up while reading)."""

    key: str
    cls: EntityClass
    label: str
    aliases: list[str] = field(default_factory=list)
    status: AgreementStatus | None = None
    tokens: list[Token] = field(default_factory=list)


class ReaderBase:
    """One Doc, its resolved mentions, and the relations read from it so far."""

    def __init__(self, doc: Doc, article_id: str, mentions: list[Mention],
                 key_of: dict[tuple[int, int], str], classes: dict[str, EntityClass],
                 labels: dict[str, str], containing: dict[str, str] | None = None,
                 aliases: dict[str, tuple[str, ...]] | None = None,
                 country_forms: dict[str, str] | None = None,
                 home: str | None = None) -> None:
        self.doc = doc
        # The country the story was filed from (its dateline), when the gazetteer knows it
        self.home = home
        # Gazetteer knowledge: a country's name, alias or demonym -> the country's key.
        self.country_forms = country_forms or {}
        self.dateline = dateline_of(doc)
        # Gazetteer knowledge: a city or region key -> the key of the country it lies in.
        self.containing = containing or {}
        self.article_id = article_id
        self.classes = dict(classes)
        self.labels = dict(labels)
        self.aliases: dict[str, tuple[str, ...]] = dict(aliases or {})
        self.token_key: dict[int, str] = {}
        self.mention_at: dict[int, Mention] = {}
        for m in mentions:
            key = key_of[(m.start, m.end)]
            for i in range(m.start, m.end):
                self.token_key[i] = key
                self.mention_at[i] = m
        self.relations: list[Relation] = []
        # how often the article names each entity, in the order first named
        self.times_named: dict[str, int] = {}
        for m in mentions:
            key = key_of[(m.start, m.end)]
            self.times_named[key] = self.times_named.get(key, 0) + 1
        self.main_pair = self.most_named_countries()
        self.described: dict[str, Described] = {}
        self.by_names: dict[tuple[EntityClass, tuple[str, ...]], str] = {}
        self.described_at: dict[int, str] = {}
        self.anaphora: set[int] = set()  # tokens that refer back ("the plant")
        # works named only to place others ("a section of the X corridor"): no 'the project'
        self.background: set[int] = set()
        # ("Chinese-built bridge"): the country whose firms put works up, the works, where
        self.backed_works: list[tuple[str, str, Token]] = []

    def most_named_countries(self) -> list[str]:
        """The (up to) two countries the article names at least twice, most named first: the
        pair 'bilateral' refers to, and whose currency a bare 'dirhams' is."""
        ranked = sorted(((k, n) for k, n in self.times_named.items()
                         if self.classes.get(k) == EntityClass.COUNTRY),
                        key=lambda kv: (-kv[1], kv[0]))
        return [k for k, n in ranked[:2] if n >= 2]

    def placed(self, key: str) -> bool:
        """Whether a relation read so far already says where `key` lies."""
        return any(r.subject == key and r.predicate == Predicate.LOCATED_IN
                   for r in self.relations)

    def key_at(self, token: Token) -> str | None:
        if self.dateline[0] <= token.idx < self.dateline[1]:
            return None  # "NEW DELHI, Oct 8 (Meridian News) -" says who filed, not who acts
        return self.token_key.get(token.i) or self.described_at.get(token.i)

    def entities(self, token: Token, classes: tuple[EntityClass, ...] = _ACTORS) -> list[str]:
        """The entities a noun phrase headed by `token` denotes: the named entity itself, the
        members of a coordination or of a 'such as' list, a demonym or region modifier
        ('Central Asian countries'), 'the country' or a pronoun resolved backwards."""
        found: list[str] = []

        def add(key: str | None) -> None:
            if key and key not in found and self.classes.get(key) in classes:
                found.append(key)

        seen: set[int] = set()

        def visit(t: Token) -> None:
            if t.i in seen:
                return
            seen.add(t.i)
            listed = self.colon_list(t)
            if listed:  # "three plants that Masdar finances: the A park, the B park and ..."
                for item in listed:
                    add(item)
                return
            key = self.key_at(t)
            examples = [c for c in t.children if c.dep_ == "prep" and
                        c.lower_ in ("as", "including", "like") and
                        (c.lower_ != "as" or any(g.lower_ == "such" for g in c.lefts) or
                         any(g.lower_ == "such" for g in t.children))]
            group = [c for c in t.children if c.dep_ in ("compound", "amod") and
                     self.classes.get(self.key_at(c) or "") == EntityClass.ORGANIZATION]
            if key:
                add(key)
                first = self.mention_at[t.i].start if t.i in self.mention_at else t.i
                # "the Ministry of Industry and PowerChina signed", "automaker BYD and
                # state-owned carmaker UzAuto Motors": the parser may hang the first of two
                # coordinated names on the second as a modifier
                while first >= 2 and first > t.i - 8 and self.doc[first - 1].lower_ != "and" \
                        and (self.doc[first - 1].is_lower or self.doc[first - 1].text == "-" or
                             self.classes.get(self.key_at(self.doc[first - 1]) or "") in
                             _PLACES and (self.doc[first - 1].dep_ == "poss" or
                                          self.doc[first].is_lower)):
                    first -= 1  # past the words that describe the second ("Egypt's",
                    # "Omani group")
                if first >= 2 and self.doc[first - 1].lower_ == "and":
                    before = self.key_at(self.doc[first - 2])
                    if before and before != key and any(
                            self.key_at(c) == before for c in t.subtree
                            if c.dep_ in ("nmod", "compound", "amod")):
                        add(before)
                # "Co., Limited (CATL) and Indonesia Battery Corporation": the second name
                # may hang on a later word of the first
                for word in t.subtree:
                    if word.i != t.i and self.token_key.get(word.i) == key:
                        for c in word.children:
                            if c.dep_ == "conj" and c.i > t.i and self.key_at(c) not in \
                                    (None, key):
                                visit(c)
            elif t.lemma_.lower() == "member" and group and \
                    EntityClass.ORGANIZATION in classes:
                add(self.key_at(group[0]))  # "trade with ASEAN members such as ...": ASEAN
            elif examples:
                for prep in examples:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            visit(obj)
            elif t.pos_ == "NOUN" and t.lower_ in lexicon.PLACE_NOUNS and (
                    places := [o for prep in t.children if prep.lower_ == "of"
                               for o in prep.children if o.dep_ == "pobj" and self.key_at(o)]):
                for place in places:  # "India's western state of Gujarat" is Gujarat
                    visit(place)
            elif t.pos_ == "NOUN" and t.lower_ in lexicon.PLACE_NOUNS and \
                    t.i + 2 < len(self.doc) and self.doc[t.i + 1].text == "," and \
                    self.classes.get(self.key_at(self.doc[t.i + 2]) or "") == EntityClass.REGION:
                visit(self.doc[t.i + 2])  # "the Moroccan capital, Rabat" is Rabat
            elif t.pos_ == "NOUN" and t.dep_ == "appos" and self.key_at(t.head) and \
                    not any(c.dep_ == "prep" for c in t.children):
                visit(t.head)  # "the Pacific Alliance, a bloc whose ...": the bloc named
            elif t.pos_ == "NOUN" and (apposed := self.apposed_name(t)) is not None:
                visit(apposed)  # the same, where the parser missed the apposition
            elif t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.FIRM_KIND_NOUNS and \
                    t.i + 1 < len(self.doc) and self.classes.get(
                        self.key_at(self.doc[t.i + 1]) or "") in _ORGS:
                # "state gas concern Turkmengaz", where the parser hung the name elsewhere
                visit(self.doc[t.i + 1])
            elif t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.FIRM_KIND_NOUNS and \
                    any(c.lower_ == "the" for c in t.children) and t.i + 2 < len(self.doc) and \
                    self.doc[t.i + 1].text == "," and self.classes.get(
                        self.key_at(self.doc[t.i + 2]) or "") in _ORGS:
                visit(self.doc[t.i + 2])  # "with the national utility, Senelec": the same
            elif t.pos_ == "NOUN" and t.lemma_.lower() in _UNIT_WORDS and not any(
                    c.dep_ in ("appos", "compound") and self.key_at(c) for c in t.children) \
                    and not (t.i + 1 < len(self.doc) and self.key_at(self.doc[t.i + 1])) \
                    and (owner := next((c for c in t.children if c.dep_ == "poss" and
                                        self.classes.get(self.key_at(c) or "") in _ORGS),
                                       None)) is not None:
                visit(owner)  # "general manager of Sinoprime's Serbian subsidiary": Sinoprime
            elif EntityClass.PERSON in classes and t.pos_ in ("NOUN", "PROPN") and \
                    t.lower_ in lexicon.POSITION_NOUNS and \
                    (person := self.titled_person(t)) is not None:
                # "Serbian Minister of Trade Milan Ristic told the forum": the parser hangs the
                # name inside the title's 'of'; the minister, not Serbia, speaks
                add(person)
            elif (firm := self.described_firm(t)) is not None:
                add(firm)  # "the South Korean group's investment": the group, not Korea
            elif t.pos_ in ("NOUN", "PROPN"):
                named = [c for c in t.children if c.dep_ == "appos" and self.key_at(c)]
                # "Turkish pipeline operator BOTAS": the words before a name describe it
                modifiers = [] if named else [
                    c for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
                # "the Saudi and Egyptian governments": each coordinated modifier; "the
                # OTS member states": the name on the modifier
                modifiers += [g for c in modifiers for g in c.children
                              if g.dep_ == "conj" and self.key_at(g) or
                              g.dep_ == "compound" and not self.key_at(c) and self.key_at(g)]
                for c in modifiers:
                    # "China's investment": the possessor acts; "Vietnam's electronics
                    # sector": the possessor is where; "the BRICS bank" is not BRICS
                    if self.key_at(c) and (c.dep_ != "poss" or t.lemma_.lower() in _WHERE_NOUNS) \
                            and not (t.lemma_.lower() in lexicon.FIRM_KIND_NOUNS and
                                     t.tag_ != "NNS" and  # ("EU companies" do act for it)
                                     self.classes.get(self.key_at(c) or "") ==
                                     EntityClass.ORGANIZATION) \
                            and not (t.lemma_.lower() in _CONSORTIUM_NOUNS and
                                     self.classes.get(self.key_at(c) or "") ==
                                     EntityClass.COUNTRY):
                        # ("a Chinese-Indonesian consortium led by CREC": not the countries)
                        add(self.key_at(c))
                if t.lower_ in lexicon.COUNTRY_NOUNS and not found or t.lower_ == "government" \
                        and not found and any(c.lower_ == "the" for c in t.children):
                    add(self.recent(t, (EntityClass.COUNTRY,)))  # "the government": its state
                if t.lower_ in _GROUP_NOUNS and not found:
                    for key in self.counted_countries(t):
                        add(key)
                if t.lower_ in _FIRM_GROUP_NOUNS and not found:
                    for key in self.counted_firms(t):
                        add(key)
                if t.lemma_.lower() in _CONSORTIUM_NOUNS and not found:
                    # "a consortium led by Hanbit and Seorin": its members act
                    for clause in (c for c in t.children if c.dep_ in ("acl", "relcl") and
                                   c.lemma_.lower() in ("lead", "form", "comprise", "include")):
                        for key in self.pobjects(clause, ("by", "of"), classes):
                            add(key)
                    # "built by a consortium of CREC and RM International"
                    for key in self.pobjects(t, ("of",), classes) if not found else []:
                        add(key)
                if t.lower_ in _DELEGATE_NOUNS and not found:
                    # "transport ministers of Turkey and Georgia", "officials from Japan"
                    for key in self.pobjects(t, ("of", "from"), classes):
                        add(key)
                if t.lower_ in ("bloc", "union", "alliance", "grouping", "group") and \
                        not found and \
                        any(c.lower_ == "the" for c in t.children):
                    # "the bloc's office"; "the group" is the nearer of a bloc and a firm
                    add(self.recent(t, (EntityClass.ORGANIZATION, EntityClass.FIRM)
                                    if t.lower_ == "group" else (EntityClass.ORGANIZATION,)))
                if t.lower_ in ("company", "firm", "group") and not found and not named and \
                        any(c.lower_ == "the" for c in t.children):
                    add(self.recent(t, (EntityClass.FIRM,)))
                if t.lower_ in _VENTURE_NOUNS and not found and \
                        any(c.lower_ == "the" for c in t.children):
                    add(self.recent_venture(t))
                if not found and t.lemma_.lower() in PART_NOUNS:
                    # "invested $1.1 billion in the first phase of the project": the project
                    for prep in t.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            for obj in prep.children:
                                if obj.dep_ == "pobj":
                                    visit(obj)
                if not found and not named and any(c.lower_ == "the" for c in t.children):
                    # "the same institute", "the ministry", "the bank": the nearest body
                    # named with that word
                    add(self.recent_named_as(t))
            elif t.pos_ == "PRON" and t.lower_ in ("it", "they", "its", "their") and \
                    (antecedents := self.relative_antecedents(t)):
                for key in antecedents:  # "Changan, which began production at its plant"
                    add(key)
            elif t.pos_ == "PRON" and t.lower_ in ("it", "they", "its", "their"):
                subjects = self.recent_subjects(t)
                subject = subjects[0] if subjects else None
                if t.lower_ in ("they", "their") and len(subjects) > 1 and all(
                        self.classes.get(k) in _ORGS for k in subjects):
                    for key in subjects:  # "SK On and Ford ... their venture": both firms
                        add(key)
                    subject = None
                elif t.dep_ == "poss" and subject and self.classes.get(subject) in (
                        EntityClass.GOVERNMENT_BODY, EntityClass.COUNTRY):
                    # "the committee granted Hanseong a certificate for ... its plant": a
                    # firm named since owns it
                    firm = next((self.token_key[i] for i in range(t.i - 1, t.sent.start - 1, -1)
                                 if self.classes.get(self.token_key.get(i, "")) ==
                                 EntityClass.FIRM), None)
                    subject = firm or subject
                add(subject)
            elif t.pos_ == "PRON" and t.lower_ in ("he", "she", "his", "her") and \
                    EntityClass.PERSON in classes:
                add(self.recent(t, (EntityClass.PERSON,)))  # "He is expected to present"
            elif t.lower_ in ("which", "who", "whose") or t.lower_ == "that" and \
                    t.head.dep_ == "relcl":
                # "L&T, which holds the contracts", "Suzuki, whose Indian unit": the antecedent,
                # first the name (or the list of names) just before the comma, whatever the
                # parse says, else the head of the relative clause
                prior = self.doc[t.i - 2] if t.i >= 2 and self.doc[t.i - 1].text == "," \
                    else None
                if prior is not None:
                    # "for Nuclear Power Corporation of India (NPCIL), which": the name before
                    prior = self.before_parentheses(prior)
                if t.i >= 3 and t.dep_ == "pobj" and self.doc[t.i - 1] == t.head and \
                        self.doc[t.i - 2].text == ",":
                    # "the LNG project in the Rovuma basin, in which X holds a stake": the
                    # noun before the comma, up past the place that says where it is
                    prior = self.doc[t.i - 3]
                    while prior.dep_ == "pobj" and prior.head.dep_ == "prep" and \
                            prior.head.head.pos_ in ("NOUN", "PROPN") and \
                            (self.key_at(prior) is None or
                             self.classes.get(self.key_at(prior) or "") in _PLACES):
                        prior = prior.head.head
                if prior is not None:
                    prior = self.works_over_place(prior)
                relative = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
                if prior is not None and self.key_at(prior):
                    while prior.dep_ == "conj" and prior.head.i < prior.i and \
                            t.lower_ != "whose":  # "X and Y, which": both; "whose": the last
                        prior = prior.head
                    visit(prior)
                elif relative is not None and relative.head != relative:
                    antecedent = relative.head
                    # "Kuzey Holding, one of the biggest builders, which will lay ...": up
                    # through the apposition to the name it describes
                    while not self.key_at(antecedent) and \
                            antecedent.dep_ in ("pobj", "prep", "appos") and \
                            antecedent.head != antecedent:
                        antecedent = antecedent.head
                    antecedent = self.works_over_place(antecedent)
                    visit(antecedent if self.key_at(antecedent) else relative.head)
            # "trade between China and the six GCC members -- Saudi Arabia, ...": the bloc
            # is the partner, its members listed only say who it is
            bloc_listed = t.lower_ in _GROUP_NOUNS and any(
                self.classes.get(k) in (EntityClass.ORGANIZATION, EntityClass.REGION)
                for k in found)
            for c in t.children:
                if bloc_listed and c.dep_ == "appos":
                    continue
                if c.dep_ in ("conj", "appos") and self.gapped(c) or c.dep_ == "appos" and (
                        c.lower_ in lexicon.CURRENCY_WORDS or c.is_currency or
                        c.is_upper and len(c.text) == 3 and c.i + 1 < len(self.doc) and
                        self.doc[c.i + 1].like_num):
                    # "X holds 60 percent and Y the remaining 40": Y is a holder; "Mombasa,
                    # Ethiopia USD 310 mln": Ethiopia receives
                    continue
                # "X and Y"; "the Ministry (MOFCOM)"; but not the descriptor in "Cerralis, a
                # French maker of trains"
                if c.dep_ == "conj" and c.i > t.i or c.dep_ == "appos" and c.i > t.i and (
                        not key or self.key_at(c) or any(  # "..., construction group Mota-Engil"
                            g.dep_ in ("appos", "compound") and self.key_at(g)
                            for g in c.children)):
                    visit(c)

        visit(token)
        if found and self.key_at(token):
            for key in self.listed_after(token):
                add(key)
        return found

    def titled_person(self, title: Token) -> str | None:
        """The person a title's words end with ('Minister of Internal and Foreign Trade Milan
        Ristic'), where the parser hung the name inside the title."""
        last = title.right_edge
        key = self.key_at(last)
        if key is None or self.classes.get(key) != EntityClass.PERSON or last.i <= title.i:
            return None
        return key

    def listed_after(self, token: Token) -> list[str]:
        """Names the text lists after `token` ('A (AA), B's C (CC) and D') when the parser
        broke the list: read from the words, and only a list that ends in 'and' or 'or'."""
        doc = self.doc
        key = self.key_at(token)
        if key is None:
            return []
        i = token.i
        while i < len(doc) and self.key_at(doc[i]) == key:
            i += 1
        items: list[str] = []
        closed = False
        while i < len(doc) and not closed:
            if doc[i].text == "(":  # an abbreviation after the name
                close = next((j for j in range(i + 1, min(len(doc), i + 5))
                              if doc[j].text == ")"), None)
                if close is None:
                    break
                i = close + 1
                continue
            if doc[i].text not in (",", "and", "or"):
                break
            closed = doc[i].lower_ in ("and", "or")
            j = i + 1
            while j < len(doc) and doc[j].lower_ in ("the", "and", "or"):
                closed = closed or doc[j].lower_ in ("and", "or")
                j += 1
            if j + 1 < len(doc) and doc[j + 1].lower_ in ("'s", "’s") and self.key_at(doc[j]):
                j += 2  # "Angola's Agency for ...": the body, not its country
            item = self.key_at(doc[j]) if j < len(doc) else None
            if item is None or self.classes.get(item) != self.classes.get(key) and not (
                    self.classes.get(item) in _ORGS and self.classes.get(key) in _ORGS):
                return []
            items.append(item)
            i = j
            while i < len(doc) and self.key_at(doc[i]) == item:
                i += 1
        return items if closed else []

    def gapped(self, conj: Token) -> bool:
        """Whether a coordinated name is the subject of a clause whose verb is left out:
        'X holds 60 percent and Y the remaining 40 percent'."""
        if any(g.dep_ in ("appos", "npadvmod") and g.ent_type_ in _AMOUNT_TYPES
               for g in conj.children):
            return True
        after = conj.i + 1
        while after < len(self.doc) and self.key_at(self.doc[after]) and \
                self.key_at(self.doc[after]) == self.key_at(conj):
            after += 1
        following = self.doc[after : after + 2]
        # "Mombasa, Ethiopia USD 310 mln for ...": an amount, or a currency before one
        return bool(following) and (following[0].ent_type_ in _AMOUNT_TYPES or
                                    following.text.lower() in ("the remaining", "the rest") or
                                    len(following) == 2 and following[1].like_num and
                                    (following[0].is_currency or following[0].is_upper))

    def colon_list(self, noun: Token) -> list[str]:
        """The named works a plural works noun announces before a colon ('three renewable
        plants that Masdar is financing: the Bilasuvar solar park, ... and the ... wind
        farm'): each one, in order, where every item after the colon is named works."""
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in lexicon.WORKS_HEADS:
            return []
        sent = noun.sent
        colon = next((t for t in self.doc[noun.i + 1 : sent.end] if t.text in (":", ";")), None)
        if colon is None or colon.text != ":":
            return []
        items = list(dict.fromkeys(k for t in self.doc[colon.i + 1 : sent.end]
                                   if (k := self.token_key.get(t.i)) is not None))
        if len(items) < 2 or any(self.classes.get(k) != EntityClass.PROJECT for k in items):
            return []
        return items

    def apposed_name(self, noun: Token, articles: tuple[str, ...] = ("a", "an")) -> Token | None:
        """The name a noun phrase 'X, a bloc ...' stands beside, read from the words."""
        first = min([noun, *(c for c in noun.lefts if c.dep_ in ("det", "amod", "compound"))],
                    key=lambda t: t.i)
        if first.lower_ not in articles or first.i < 2 or self.doc[first.i - 1].text != ",":
            return None
        # ("the Community of ... Countries (CPLP), a bloc")
        name = self.before_parentheses(self.doc[first.i - 2])
        if name.dep_ == "pobj" and noun.dep_ in ("nsubj", "nsubjpass"):
            return None  # "In Hoima, another Turkish firm, Summa, is building ...": a setting
        return name if self.key_at(name) else None

    def subject_works(self, token: Token) -> list[str]:
        """The works a sentence is about, that 'its' stands for: the works that is the subject
        of a clause before `token` in its sentence, else the works that is the main subject of
        the sentence before."""
        sents = [s for s in self.doc.sents if s.end <= token.sent.start][-1:]
        for words, main in ((self.doc[token.sent.start : token.i], False),
                            *((s, True) for s in sents)):
            works = [k for t in words if t.dep_ in ("nsubj", "nsubjpass") and
                     (not main or t.head.dep_ == "ROOT")
                     for k in self.entities(t, (EntityClass.PROJECT,))]
            if works:
                return works[-1:]
        return []

    def works_over_place(self, token: Token) -> Token:
        """The works a place after 'in' belongs to, where 'which' follows the place: 'the
        desalination plant in Senegal, which is designed to supply ...' is about the plant."""
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "near") and \
                self.classes.get(self.key_at(token) or "") in _PLACES and \
                self.classes.get(self.key_at(token.head.head) or "") == EntityClass.PROJECT:
            return token.head.head
        return token

    @staticmethod
    def before_parentheses(token: Token) -> Token:
        """The word before a short parenthesis that `token` closes ('Countries (CPLP)' ->
        'Countries'), else `token`."""
        if token.text != ")":
            return token
        doc = token.doc
        opening = next((t for t in reversed(doc[max(0, token.i - 4) : token.i])
                        if t.text == "("), None)
        return doc[opening.i - 1] if opening is not None and opening.i > 0 else token

    def home_of(self, firm: str) -> str | None:
        """A firm's country as the text gives it: 'Emirati developer Al Noor Power', 'Saudi
        Arabia's Qamar Energy Holdings', 'Rhein-Maas, a German maker of ...', 'the Peruvian
        firm Inversiones Costanera'."""
        for i, key in self.token_key.items():
            if key != firm or (i > 0 and self.token_key.get(i - 1) == firm):
                continue
            root = self.doc[i]
            while root.dep_ == "compound" and self.token_key.get(root.head.i) == firm:
                root = root.head
            # the words before the name that describe it, not the end of the sentence before
            near = [t for t in self.doc[max(root.sent.start, i - 3) : i] if root in t.ancestors]
            near += [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
            near += [t for t in root.head.children if root.dep_ == "appos"] + \
                [root.head] if root.dep_ == "appos" else []
            for t in near:
                key_near = self.key_at(t)
                if key_near and self.classes.get(key_near) == EntityClass.COUNTRY:
                    return key_near
        return None

    def described_firm(self, noun: Token) -> str | None:
        """The firm 'the South Korean group' or 'the Qatari company' stands for: the nearest
        firm named before it; the demonym describes the firm and does not make its country
        the actor. A name beside the noun ("the Chinese group Haixin") is read as that name."""
        if noun.pos_ != "NOUN" or noun.tag_ == "NNS" or \
                noun.lemma_.lower() not in lexicon.FIRM_KIND_NOUNS or \
                not any(c.lower_ == "the" for c in noun.children) or \
                any(c.dep_ in ("appos", "compound") and self.key_at(c) and
                    self.classes.get(self.key_at(c) or "") not in (EntityClass.COUNTRY,
                                                                   EntityClass.REGION)
                    for c in noun.children) or \
                noun.i + 1 < len(self.doc) and self.key_at(self.doc[noun.i + 1]):
            return None
        # ("the Dubai company": a city or a province says where the firm is from too)
        place = next((k for c in noun.children if c.dep_ in ("amod", "compound")
                      for k in [self.key_at(c)]
                      if k and self.classes.get(k) in (EntityClass.COUNTRY, EntityClass.REGION)),
                     None)
        if place is None:
            return None
        country = self.containing.get(place, place)
        forms = [f.lower() for f in (self.labels[place], *self.aliases.get(place, ()))]
        firms = dict.fromkeys(  # nearest first, over this sentence and the two before
            k for i in range(noun.i - 1, self.window(noun, 3).start - 1, -1)
            if (k := self.token_key.get(i)) and self.classes.get(k) == EntityClass.FIRM)
        homes = {firm: self.home_of(firm) or next(
            (country for f in forms if f in self.labels[firm].lower()), None) for firm in firms}
        # the firm from that country ('QatarEnergy'), else the nearest not from elsewhere
        return next((f for f in firms if homes[f] == country), None) or next(
            (f for f in firms if homes[f] is None), None)

    @staticmethod
    def count_of(noun: Token) -> int:
        """How many a plural noun counts: 'the two partners', 'both sides', 'the four'."""
        counts = [lexicon.NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                  for c in noun.children if c.dep_ in ("nummod", "det", "predet")]
        counts.append(lexicon.NUMBER_WORDS.get(noun.lower_, 0))  # "the four" itself
        return 2 if any(c.lower_ == "both" for c in noun.children) else max(counts)

    @staticmethod
    def is_money(noun: Token) -> bool:
        """Whether a noun phrase is money: 'a loan', '$310 million', 'EUR 85 million', but not
        '30 billion cubic meters' (which the model may still tag MONEY)."""
        return noun.lemma_.lower() in lexicon.MONEY_NOUNS or noun.ent_type_ == "MONEY" and any(
            t.is_currency or t.lower_ in lexicon.CURRENCY_WORDS or
            t.is_upper and len(t.text) == 3 and t.ent_type_ == "MONEY" for t in noun.subtree)

    def window(self, token: Token, sentences: int) -> Span:
        """The first of the `sentences` sentences that end with `token`'s own."""
        return [s for s in self.doc.sents if s.start <= token.i][-sentences:][0]

    def recent_relations(self, token: Token, predicates: tuple[Predicate, ...],
                         sentences: int = 2) -> list[Relation]:
        """The relations of these kinds read from the sentences up to `token`'s, newest
        first: what a sentence that leaves something out carries on from."""
        start = self.window(token, sentences).start_char
        # (the works' rules run first over the whole text: nothing after the sentence)
        end = token.sent.end_char
        return [r for r in reversed(self.relations)
                if r.predicate in predicates and start <= r.evidence.start < end]

    def list_before(self, noun: Token, cls: EntityClass, wanted: int, start: int) -> list[str]:
        """The last list of exactly `wanted` entities of a class between token `start` and
        `noun` ('Hanbit Materials and Turon Rare Metals ... the two partners')."""
        for i in range(noun.i - 1, start - 1, -1):
            token = self.doc[i]
            if token.dep_ != "conj" and self.classes.get(self.key_at(token) or "") == cls:
                listed = self.entities(token, (cls,))
                if len(listed) == wanted:
                    return listed
        return []

    def counted_firms(self, noun: Token) -> list[str]:
        """'the two partners', 'both companies': the last list of that many firms, within the
        three sentences before."""
        wanted = self.count_of(noun)
        if wanted < 2:
            return []
        return self.list_before(noun, EntityClass.FIRM, wanted, self.window(noun, 3).start)

    def counted_countries(self, noun: Token) -> list[str]:
        """'the two sides', 'both countries', 'the four countries': the countries named
        last before it (the article's pair for 'two', when it was named recently)."""
        wanted = self.count_of(noun)
        if wanted < 2:
            return []
        if wanted > 2:  # an earlier list of exactly that many, anywhere before
            listed = self.list_before(noun, EntityClass.COUNTRY, wanted, 0)
            if listed:
                return listed
        window_start = self.window(noun, 3).start
        recent: list[str] = []
        blocs: list[str] = []
        for i in range(noun.i - 1, window_start - 1, -1):
            key = self.token_key.get(i)
            if key and self.classes.get(key) == EntityClass.COUNTRY and key not in recent:
                recent.append(key)
            elif key and self.is_bloc(key) and key not in blocs:
                blocs.append(key)
        if wanted == 2 and len(self.main_pair) == 2 and set(self.main_pair) <= set(recent):
            return list(self.main_pair)
        if len(recent) >= wanted:
            return list(reversed(recent[:wanted]))
        if wanted == 2 and len(recent) == 1 and blocs:
            return [blocs[0], recent[0]]  # "the EU and Kazakhstan ... the two sides"
        return list(self.main_pair) if wanted == 2 else []

    def is_bloc(self, key: str) -> bool:
        """A union or grouping of countries ('the European Union', 'ASEAN', 'the OTS')."""
        if self.classes.get(key) != EntityClass.ORGANIZATION:
            return False
        return self.name_has(key, _BLOC_WORDS) or any(
            r.object == key and r.predicate == Predicate.MEMBER_OF and
            self.classes.get(r.subject) == EntityClass.COUNTRY for r in self.relations)

    def described_by(self, key: str, words: frozenset[str]) -> bool:
        """Whether a word that describes an entity where it is named is one of `words`:
        'state electricity company PT PLN', 'TANESCO, the state utility'."""
        for i, k in self.token_key.items():
            if k != key or (i > 0 and self.token_key.get(i - 1) == key):
                continue
            before = self.doc[max(0, i - 4) : i]
            mention = self.mention_at.get(i)
            root = self.doc[mention.start : mention.end].root if mention else self.doc[i]
            apposed = [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
            if any(t.lower_ in words for t in [*before, *apposed]):
                return True
        return False

    def lends(self, key: str) -> bool:
        """Whether a body is a lender by any of its names ('AfDB' is the African Development
        Bank, known by its key)."""
        names = [self.labels.get(key, ""), *self.aliases.get(key, ()), key.replace("-", " ")]
        return any(_LENDER_WORDS & set(name.lower().split()) for name in names)

    def name_has(self, key: str, words: frozenset[str]) -> bool:
        """Whether the name of `key` holds one of `words` (lower case)."""
        return bool(words & set(self.labels.get(key, "").lower().split()))

    def keys_of(self, tokens: list[Token]) -> list[str]:
        """The entity keys of these tokens, in order, without repeats."""
        keys: list[str] = []
        for token in tokens:
            key = self.key_at(token)
            if key is not None and key not in keys:
                keys.append(key)
        return keys

    def recent_venture(self, token: Token) -> str | None:
        """'the venture': the firm named before as a joint venture ('form a joint venture,
        Hanbit-Turon Tungsten LLC'; 'Hanbit-Turon, a joint venture of ...')."""
        for i in range(token.i - 1, -1, -1):
            key = self.token_key.get(i)
            if key and self.classes.get(key) == EntityClass.FIRM:
                t = self.doc[i]
                root = t if t.dep_ != "compound" else t.head
                first = i
                while first > 0 and self.token_key.get(first - 1) == key:
                    first -= 1
                # "a joint venture, Hanbit-Turon Tungsten LLC" (read from the words: the
                # parser may take the name for a second object)
                named_after = first >= 2 and self.doc[first - 1].text == "," and \
                    self.doc[first - 2].lemma_.lower() in _VENTURE_NOUNS
                if named_after or any(c.dep_ == "appos" and c.lemma_.lower() in _VENTURE_NOUNS
                                      for c in root.children):
                    return key
        return None

    def recent(self, token: Token, classes: tuple[EntityClass, ...]) -> str | None:
        """The nearest entity of a class mentioned before `token`."""
        for i in range(token.i - 1, -1, -1):
            key = self.token_key.get(i)
            # A demonym modifying a noun ("Chinese firms") does not name the country itself.
            if key and self.classes.get(key) in classes and self.doc[i].pos_ != "ADJ":
                return key
        return None

    def recent_named_as(self, noun: Token) -> str | None:
        """The organisation before `noun` whose name has that noun as a word: the nearest,
        unless the story's subject is another one ("The NDB approved loans ... to Brazil's
        BNDES ... In India, the bank approved ...": the NDB), as a subject stays in focus."""
        word = noun.lemma_.lower()
        if word not in lexicon.GOVERNMENT_HEADS | lexicon.ORGANIZATION_HEADS | \
                lexicon.FIRM_HEADS and any(c.lower_ == "of" for c in noun.children):
            return None  # "the development of 8,000 hectares" is no development bank
        found = [i for i in range(noun.i - 1, -1, -1)
                 if (key := self.token_key.get(i)) and self.classes.get(key) in _ORGS and
                 word in self.labels.get(key, "").lower().split()]
        if not found:
            return None
        if noun.text[:1].isupper():
            # "the Bank's Director General": a house style names the body the text is from,
            # the first one named with that word after the headline, however many came since
            headline_end = next(iter(self.doc.sents)).end
            return self.token_key[([i for i in found if i >= headline_end] or found)[-1]]
        if noun.dep_ in ("nsubj", "nsubjpass"):
            start = self.window(noun, 3).start
            subjects = [i for i in found if i >= start and any(
                t.dep_ in ("nsubj", "nsubjpass") for t in (self.doc[i], self.doc[i].head))]
            if subjects:
                return self.token_key[subjects[0]]
        return self.token_key[found[0]]

    def recent_subject(self, token: Token) -> str | None:
        """What a pronoun stands for: the subject before it in its own sentence ("The
        government said it ..."; nothing if that subject names no entity), else the subject of
        the nearest earlier sentence whose subject is an actor."""
        keys = self.recent_subjects(token)
        return keys[0] if keys else None

    def recent_subjects(self, token: Token) -> list[str]:
        """Every entity of the subject a pronoun stands for (recent_subject): 'SK On and Ford
        agreed to dissolve BlueOval SK, their venture' - both of them."""
        own = [t for t in token.sent if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass")
               and t.pos_ != "PRON" and not t.left_edge.i <= token.i <= t.right_edge.i
               ] if token.pos_ == "PRON" else []  # "part of it": not its own antecedent
        if own:
            return self.entities(own[-1], (EntityClass.COUNTRY, *_ORGS)) or [
                k for c in own[-1].children if c.dep_ == "poss"  # "The ADF's membership ... its"
                for k in self.entities(c, (EntityClass.COUNTRY, *_ORGS))]
        sents = [s for s in self.doc.sents if s.end <= token.sent.start]
        for sent in reversed(sents[-3:]):
            for t in sent:
                if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                    keys = self.entities(t, (EntityClass.COUNTRY, *_ORGS))
                    if keys:
                        return keys
        return []

    def subject_of(self, token: Token) -> list[str]:
        """The agent of the clause a token belongs to: the subject of the nearest verb above it
        (through infinitive and participle clauses), or the by-agent of a passive."""
        current: Token | None = token
        below: Token | None = None
        while current is not None:
            if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
                for child in current.children:
                    if child.dep_ == "nsubj":
                        keys = self.entities(child)
                        if keys or child.pos_ == "PROPN" and not child.ent_type_:
                            # ("with local miner Volcan holding the rest": a name kg did
                            # not read is still the agent, not the main clause's subject)
                            return keys
                    if child.dep_ == "agent":
                        for obj in child.children:
                            keys = self.entities(obj)
                            if keys:
                                return keys
                    if child.dep_ == "nsubjpass":
                        # "JBIC is expected to extend ...", "Acciona was hired to build ...":
                        # the subject of a passive verb acts in its infinitive
                        raised = below is not None and below.dep_ == "xcomp" and \
                            below.tag_ == "VB"
                        return self.entities(child) if raised else []
                fronted = self.fronted_subject(current)
                if fronted:
                    return fronted
                if current.dep_ not in ("xcomp", "advcl", "acl", "conj", "pcomp", "prep",
                                        "pobj", "dobj"):
                    return []
                if current.dep_ in ("xcomp", "advcl", "acl") and current.pos_ == "VERB" and \
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
                    # "is providing a loan to Soleos Gafsa SA, a special-purpose company, to
                    # build a plant": the borrower builds, not the lender
                    loans = [current.head] if current.head.lemma_.lower() in \
                        lexicon.LENDING_NOUNS else [
                            c for c in current.head.children if c.dep_ == "dobj" and
                            c.lemma_.lower() in lexicon.LENDING_NOUNS]
                    # (the parser may hang 'to X' on the verb that provides the loan)
                    borrowers = [k for loan in loans for holder in (loan, loan.head)
                                 for k in self.pobjects(holder, ("to",))]
                    if borrowers:
                        return borrowers
                    # "the GNU awarded Anatolia Yapi a contract to rebuild the terminal": the
                    # firm given the contract does the work
                    giver = current.head.head if current.head.dep_ == "dobj" else current.head
                    given = [k for c in giver.children if c.dep_ == "dative"
                             for k in self.entities(c)]
                    if given:
                        return given
                if current.dep_ == "xcomp" and current.pos_ == "VERB":
                    # "encouraged more companies to invest": the object acts, not the subject
                    for child in current.head.children:
                        if child.dep_ == "dobj":
                            return self.entities(child)
            if current.head == current:
                return []
            below, current = current, current.head
        return []

    def relative_antecedents(self, pronoun: Token) -> list[str]:
        """What a pronoun inside a relative clause stands for: the clause's antecedent, when
        the clause's subject is the relative word ("Changan, which began production at its
        plant in Rayong": Changan)."""
        relative = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
        if relative is None or any(a.lower_ == "from" for a in pronoun.ancestors
                                   if relative in a.ancestors):
            return []  # ("X, which will take ore from its mine": whose mine, the text says not)
        word = next((c for c in relative.children if c.dep_ in ("nsubj", "nsubjpass") and
                     c.lower_ in ("which", "who", "that")), None)
        return [] if word is None or word.i > pronoun.i else self.entities(word)

    def fronted_subject(self, verb: Token) -> list[str]:
        """'In Poti, Hengtong Port Construction Co. is building a berth': with no subject on
        the verb, the parser made the firm a conjunct (or an apposition: 'In Peru, Aqualia, the
        water arm of FCC, won ...') of the place the sentence opens with."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            return []
        return [k for prep in verb.children if prep.dep_ == "prep" and prep.i < verb.i
                for obj in prep.children if self.classes.get(self.key_at(obj) or "") in _PLACES
                for conj in obj.children if conj.dep_ in ("conj", "appos") and conj.i < verb.i
                for k in self.entities(conj) if self.classes.get(k) in _ORGS][:1]

    @staticmethod
    def in_origin(token: Token, top: Token) -> bool:
        """Whether `token` lies in a 'from' phrase below `top` ("shipped ore from its mine in
        X")."""
        return any(a.lower_ == "from" and a.dep_ == "prep" for a in token.ancestors
                   if a.i in range(top.i, token.i))

    def places_in(self, token: Token, origins: bool = True) -> list[str]:
        """The places named after 'in', 'across' or 'at' anywhere under `token`; without
        those in a 'from' phrase, when `origins` is false."""
        found: list[str] = []
        for t in token.subtree:
            if not origins and self.in_origin(t, token):
                continue
            if t.dep_ == "prep" and t.lower_ in ("in", "across", "at"):
                for obj in t.children:
                    if obj.dep_ == "pobj":
                        found.extend(k for k in self.entities(obj, _PLACES) if k not in found)
        return found

    @staticmethod
    def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
        """The objects of the given prepositions attached to `token`, and of the same
        preposition coordinated with one ('stakes in Iberdrola and in Heathrow')."""
        attached = [child for child in token.children
                    if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps]
        attached += [c for child in attached for c in child.children
                     if c.dep_ == "conj" and c.lower_ == child.lower_]
        return [obj for child in attached for obj in child.children
                if obj.dep_ in ("pobj", "pcomp")] + \
            [obj for child in attached for obj in ReaderBase.name_after(child)]

    @staticmethod
    def name_after(prep: Token) -> list[Token]:
        """'general manager of Egypt TEDA Investment Co.': a name ending in a full stop may
        leave the parser's preposition with no object; the name that follows is it."""
        doc = prep.doc
        if any(obj.dep_ in ("pobj", "pcomp") for obj in prep.children) or \
                prep.i + 1 >= len(doc):
            return []
        nxt = doc[prep.i + 1]
        return [nxt] if nxt.ent_type_ and nxt.ent_iob_ == "B" and nxt.pos_ == "PROPN" else []

    def pobjects(self, token: Token, preps: tuple[str, ...],
                 classes: tuple[EntityClass, ...] = _ACTORS) -> list[str]:
        """Entities in the objects of the given prepositions attached to `token`."""
        found: list[str] = []
        for obj in self.prep_objects(token, preps):
            found.extend(k for k in self.entities(obj, classes) if k not in found)
        return found

    def add(self, subject: str, predicate: Predicate, obj: str, at: Token | Span,
            role: str | None = None) -> None:
        if subject == obj:
            return
        span = at if isinstance(at, Span) else self.doc[at.i : at.i + 1]
        relation = Relation(subject, predicate, obj, evidence_for(span, self.article_id), role)
        symmetric = predicate in (Predicate.TRADES_WITH, Predicate.COOPERATES_WITH)
        if not any(r.predicate == predicate and (
                (r.subject, r.object) == (subject, obj) or
                symmetric and (r.subject, r.object) == (obj, subject))  # one fact either way
                for r in self.relations):
            self.relations.append(relation)

    @staticmethod
    def asserted(token: Token) -> bool:
        """False for a negated or hypothetical statement ('did not invest', 'could supply')."""
        for t in [token, *token.ancestors][:3]:
            if t is not token and t.lemma_.lower() in _TENTATIVE_VERBS:
                return False  # "agreed to study expanding the pipeline"
            for child in t.children:
                if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in _MODALS and
                                           not _reported_will(child)):
                    return False
                if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                    return False
        return True

    def short_name(self, key: str) -> str:
        """An entity's shortest name as the text uses it ('JICA' for the agency)."""
        names = [self.labels[key], *self.aliases.get(key, ())]
        return min(names, key=len)
