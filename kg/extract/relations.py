"""Relations, projects and agreements from dependency patterns and cue words.

Every rule reads a syntactic pattern around a cue word and resolves both ends to entities:

- investment, trade, cooperation nouns and verbs: "China's investment in Central Asia",
  "trade between X and Y", "X invests in Y", "cooperation with Y" (agent: possessor, or the
  subject of the governing verb);
- supply verbs: "X supplies/provides ... to Y", or to the place of the purpose clause;
- agreements: "agreements were concluded with Kazakhstan and Tajikistan" -> one agreement per
  partner, parties, status (signed, under negotiation, planned);
- projects: works nouns with a works modifier ("wind farm", "green energy projects") and
  their location, participants and funders;
- places: "Astana, Kazakhstan", "North China's Tianjin", an event "in" a city;
- organisations: "Institute of ... of the Academy" (memberOf), appositive member lists
  ("the Central Asian nations - Kazakhstan, Kyrgyzstan, ..."), people's positions
  ("Laziz Kudratov, Uzbekistan's minister of investment").

Nothing is linked by co-occurrence alone, and a negated or hypothetical verb asserts nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.mentions import Mention, evidence_for
from kg.extract.records import AgreementStatus, EntityClass, Predicate, Relation
from kg.text import slugify

_ORGS = (EntityClass.FIRM, EntityClass.GOVERNMENT_BODY, EntityClass.ORGANIZATION)
_PLACES = (EntityClass.COUNTRY, EntityClass.REGION)
_ACTORS = (EntityClass.COUNTRY, EntityClass.REGION, *_ORGS)
_EMPLOYERS = (EntityClass.COUNTRY, *_ORGS)
_PARTIES = (EntityClass.COUNTRY, *_ORGS)
_FUNDABLE = (EntityClass.PROJECT, EntityClass.COUNTRY, EntityClass.FIRM)
_MONEY_VERBS = frozenset({"commit", "pledge", "allocate", "earmark", "spend", "inject",
                          "provide", "pour", "plough", "channel", "put", "approve", "extend",
                          "own", "hold", "acquire", "buy", "take"})
_FUNDING_NOUNS = frozenset({"loan", "financing", "funding", "grant", "credit", "stake",
                            "investment", "equity"})
_ATTEND_VERBS = frozenset({"attend", "host", "join", "hold", "chair", "co-chair", "address",
                           "open", "visit"})
_VENTURE_NOUNS = frozenset({"venture", "consortium", "jv"})
_SITING_VERBS = (lexicon.PARTICIPATION_CUES | lexicon.FUND_CUES | lexicon.INVEST_CUES |
                 frozenset({"plan", "open", "start", "launch", "locate", "site", "be", "set",
                            "establish", "commission", "inaugurate", "approve", "propose"}))
_GATHERINGS = frozenset({"session", "meeting", "summit", "plenary", "round", "congress"})
_SET_UP_VERBS = frozenset({"build", "construct", "open", "set", "establish", "launch"})
_OWN_WORKS = frozenset({"plant", "factory", "facility", "refinery", "mine", "smelter",
                        "complex", "farm", "park"})
_BILATERAL = frozenset({"bilateral", "mutual", "two-way"})
_FLOW_VERBS = frozenset({"flow", "pour", "come", "arrive", "stream"})
_WHERE_NOUNS = frozenset({"sector", "market", "economy", "industry", "firm", "company",
                          "infrastructure", "grid", "territory"})
_FORM_VERBS = frozenset({"form", "create", "set", "establish", "launch", "found", "agree"})
_UNIT_NOUNS = frozenset({
    "subsidiary", "unit", "member", "arm", "division", "affiliate", "part", "branch",
    "venture", "vehicle", "department", "agency", "body", "offshoot", "entity",
})
_MODALS = frozenset({"may", "might", "could", "would", "should"})
_AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT", "DATE", "ORDINAL"})
_VAGUE_MODIFIERS = frozenset({
    "new", "more", "than", "numerous", "several", "many", "major", "key", "first", "other",
    "such", "same", "existing", "planned", "proposed", "latest", "further", "additional",
})
_TOPIC_NOUNS = frozenset({"field", "area", "areas", "sector", "sectors", "number", "kind",
                          "type", "types", "value", "share", "list", "pipeline"})
# Heads that are works projects with any qualifying word ("Camacari plant", "hydrogen hub").
_STRONG_PROJECT_HEADS = frozenset({
    "project", "plant", "farm", "refinery", "pipeline", "railway", "corridor", "mine",
    "factory", "smelter", "dam", "reactor", "terminal", "hub", "complex", "initiative",
    "programme", "program", "electrolyser", "electrolyzer", "line", "park", "port",
})
_OWN_VERBS = frozenset({"own", "acquire", "buy", "back", "bankroll", "hold"})


@dataclass
class Described:
    """A project or agreement read from a noun phrase (built up while reading)."""

    key: str
    cls: EntityClass
    label: str
    aliases: list[str] = field(default_factory=list)
    status: AgreementStatus | None = None
    tokens: list[Token] = field(default_factory=list)


class RelationReader:
    """Reads the relations of one Doc whose entity mentions are resolved."""

    def __init__(self, doc: Doc, article_id: str, mentions: list[Mention],
                 key_of: dict[tuple[int, int], str], classes: dict[str, EntityClass],
                 labels: dict[str, str], containing: dict[str, str] | None = None,
                 inner_places: dict[int, str] | None = None,
                 aliases: dict[str, tuple[str, ...]] | None = None) -> None:
        self.doc = doc
        # Places named inside longer names ("India" in "India-Australia Annual Summit").
        self.inner_places = inner_places or {}
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
        self.main_pair = self.most_named_countries(mentions, key_of, classes)
        self.described: dict[str, Described] = {}
        self.by_names: dict[tuple[EntityClass, tuple[str, ...]], str] = {}
        self.described_at: dict[int, str] = {}

    @staticmethod
    def most_named_countries(mentions: list[Mention], key_of: dict[tuple[int, int], str],
                             classes: dict[str, EntityClass]) -> list[str]:
        """The (up to) two countries the article names at least twice, most named first: the
        pair 'bilateral' refers to, and whose currency a bare 'dirhams' is."""
        counts: dict[str, int] = {}
        for m in mentions:
            key = key_of[(m.start, m.end)]
            if classes.get(key) == EntityClass.COUNTRY:
                counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [k for k, n in ranked[:2] if n >= 2]

    # ---- resolving noun phrases to entities ------------------------------------------------
    def key_at(self, token: Token) -> str | None:
        return self.token_key.get(token.i) or self.described_at.get(token.i)

    def entities(self, token: Token, classes: tuple[EntityClass, ...] = _ACTORS) -> list[str]:
        """The entities a noun phrase headed by `token` denotes: the named entity itself, the
        members of a coordination or of a 'such as' list, a demonym or region modifier
        ('Central Asian countries'), 'the country' or a pronoun resolved backwards."""
        found: list[str] = []

        def add(key: str | None) -> None:
            if key and key not in found and self.classes.get(key) in classes:
                found.append(key)

        def visit(t: Token) -> None:
            key = self.key_at(t)
            examples = [c for c in t.children if c.dep_ == "prep" and
                        c.lower_ in ("as", "including", "like") and
                        (c.lower_ != "as" or any(g.lower_ == "such" for g in c.lefts) or
                         any(g.lower_ == "such" for g in t.children))]
            if key:
                add(key)
            elif examples:
                for prep in examples:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            visit(obj)
            elif t.pos_ in ("NOUN", "PROPN"):
                modifiers = [c for c in t.children if c.dep_ in ("amod", "compound", "poss",
                                                                 "nmod")]
                for c in modifiers:
                    # "China's investment": the possessor acts; "Vietnam's electronics
                    # sector": the possessor is where
                    if self.key_at(c) and (c.dep_ != "poss" or t.lemma_.lower() in _WHERE_NOUNS):
                        add(self.key_at(c))
                if t.lower_ in ("country", "nation") and not found:
                    add(self.recent(t, (EntityClass.COUNTRY,)))
                if t.lower_ in ("sides", "countries", "nations", "governments") and any(
                        c.lower_ == "two" for c in t.children) and not found:
                    for key in self.main_pair:  # "the two sides": the article's pair
                        add(key)
                if t.lower_ in ("company", "firm", "group") and not found and \
                        any(c.lower_ == "the" for c in t.children):
                    add(self.recent(t, (EntityClass.FIRM,)))
            elif t.pos_ == "PRON" and t.lower_ in ("it", "they", "its", "their"):
                add(self.recent_subject(t))
            elif t.lower_ in ("which", "that", "who") and t.head.dep_ == "relcl" and \
                    t.head.head != t.head:
                visit(t.head.head)  # "L&T, which holds the contracts": the antecedent
            for c in t.children:
                if c.dep_ in ("conj", "appos") and c.i > t.i:
                    visit(c)

        visit(token)
        return found

    def keys_of(self, tokens: list[Token]) -> list[str]:
        """The entity keys of these tokens, in order, without repeats."""
        keys: list[str] = []
        for token in tokens:
            key = self.key_at(token)
            if key is not None and key not in keys:
                keys.append(key)
        return keys

    def recent(self, token: Token, classes: tuple[EntityClass, ...]) -> str | None:
        """The nearest entity of a class mentioned before `token`."""
        for i in range(token.i - 1, -1, -1):
            key = self.token_key.get(i)
            # A demonym modifying a noun ("Chinese firms") does not name the country itself.
            if key and self.classes.get(key) in classes and self.doc[i].pos_ != "ADJ":
                return key
        return None

    def recent_subject(self, token: Token) -> str | None:
        """What a pronoun stands for: the subject before it in its own sentence ("The
        government said it ..."; nothing if that subject names no entity), else the subject of
        the nearest earlier sentence whose subject is an actor."""
        own = [t for t in token.sent if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass")
               and t.pos_ != "PRON"] if token.pos_ == "PRON" else []
        if own:
            keys = self.entities(own[-1], (EntityClass.COUNTRY, *_ORGS))
            return keys[0] if keys else None
        sents = [s for s in self.doc.sents if s.end <= token.sent.start]
        for sent in reversed(sents[-3:]):
            for t in sent:
                if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                    keys = self.entities(t, (EntityClass.COUNTRY, *_ORGS))
                    if keys:
                        return keys[0]
        return None

    def subject_of(self, token: Token) -> list[str]:
        """The agent of the clause a token belongs to: the subject of the nearest verb above it
        (through infinitive and participle clauses), or the by-agent of a passive."""
        current: Token | None = token
        while current is not None:
            if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
                for child in current.children:
                    if child.dep_ == "nsubj":
                        keys = self.entities(child)
                        if keys:
                            return keys
                    if child.dep_ == "agent":
                        for obj in child.children:
                            keys = self.entities(obj)
                            if keys:
                                return keys
                    if child.dep_ == "nsubjpass":
                        return []
                if current.dep_ not in ("xcomp", "advcl", "acl", "conj", "pcomp", "prep",
                                        "pobj", "dobj"):
                    return []
            if current.head == current:
                return []
            current = current.head
        return []

    def pobjects(self, token: Token, preps: tuple[str, ...],
                 classes: tuple[EntityClass, ...] = _ACTORS) -> list[str]:
        """Entities in the objects of the given prepositions attached to `token`."""
        found: list[str] = []
        for child in token.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ in ("pobj", "pcomp"):
                        found.extend(k for k in self.entities(obj, classes) if k not in found)
        return found

    # ---- adding -----------------------------------------------------------------------------
    def add(self, subject: str, predicate: Predicate, obj: str, at: Token | Span,
            role: str | None = None) -> None:
        if subject == obj:
            return
        span = at if isinstance(at, Span) else self.doc[at.i : at.i + 1]
        relation = Relation(subject, predicate, obj, evidence_for(span, self.article_id), role)
        if not any(r.subject == subject and r.predicate == predicate and r.object == obj
                   for r in self.relations):
            self.relations.append(relation)

    @staticmethod
    def asserted(token: Token) -> bool:
        """False for a negated or hypothetical statement ('did not invest', 'could supply')."""
        for t in [token, *token.ancestors][:3]:
            for child in t.children:
                if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in _MODALS):
                    return False
                if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                    return False
        return True

    # ---- the rules --------------------------------------------------------------------------
    def read(self) -> None:
        for token in self.doc:
            lemma = token.lemma_.lower()
            if token.pos_ in ("NOUN", "PROPN") and token.lower_ in lexicon.AGREEMENT_HEADS:
                self.agreement(token)
            elif token.lower_ in _GATHERINGS and token.i not in self.token_key:
                self.gathering(token)
            elif token.pos_ == "NOUN" and (token.lower_ in lexicon.PROJECT_HEADS or
                                           token.lemma_.lower() in lexicon.PROJECT_HEADS):
                self.project(token)
        for token in self.doc:
            lemma = token.lemma_.lower()
            if not self.asserted(token):
                continue
            if lemma in lexicon.INVEST_CUES:
                self.flow(token, Predicate.INVESTS_IN, ("in", "into", "for"))
            elif lemma in ("export", "import") and token.pos_ in ("NOUN", "VERB"):
                self.shipments(token, outgoing=lemma == "export")
            elif lemma in ("buy", "purchase") and token.pos_ == "VERB":
                self.shipments(token, outgoing=False)
            elif lemma in _FLOW_VERBS and token.pos_ == "VERB":
                sources = self.pobjects(token, ("from",), _ACTORS)
                for prep in token.children:  # "into Australian mining from Japan"
                    if prep.dep_ == "prep" and prep.lower_ in ("into", "to", "in"):
                        for obj in prep.children:
                            sources += self.pobjects(obj, ("from",), _ACTORS)
                hosts = self.pobjects(token, ("into", "to", "in"), _FUNDABLE)
                self.funds(sources, [h for h in hosts if h not in sources], token)
            elif lemma in lexicon.TRADE_CUES and token.pos_ in ("NOUN", "VERB"):
                self.flow(token, Predicate.TRADES_WITH, ("with", "between", "to"))
            elif lemma in lexicon.COOPERATION_CUES:
                trading = any(c.lower_ in ("trading", "trade") for c in token.children)
                self.flow(token, Predicate.TRADES_WITH if trading else
                          Predicate.COOPERATES_WITH, ("with", "between", "for", "of"))
            if token.pos_ == "VERB" and lemma in lexicon.SUPPLY_CUES:
                self.supply(token)
            if token.lemma_.lower() in _VENTURE_NOUNS and token.head.pos_ == "VERB" and \
                    token.dep_ == "dobj" and token.head.lemma_.lower() in _FORM_VERBS:
                partners = [k for k in self.subject_of(token.head)
                            if self.classes.get(k) in _PARTIES]
                for a, b in zip(partners, partners[1:], strict=False):
                    self.add(a, Predicate.COOPERATES_WITH, b, token)
            if token.pos_ == "VERB" and (lemma in lexicon.FUND_CUES or (
                    lemma in _MONEY_VERBS and any(c.dep_ == "dobj" and any(
                        ch.isdigit() for t in c.subtree for ch in t.text)
                        for c in token.children))):
                self.fund(token)
            elif token.pos_ == "NOUN" and lemma in _FUNDING_NOUNS:
                self.funding(token)
            if token.lemma_.lower() in lexicon.EVENT_HEADS | {"visit"} and self.key_at(token) and \
                    self.classes.get(self.key_at(token) or "") == EntityClass.EVENT:
                self.attendance(token)
        for mention in {id(m): m for m in self.mention_at.values()}.values():
            key = self.token_key[mention.start]
            root = self.doc[mention.start : mention.end].root
            if self.classes.get(key) == EntityClass.PROJECT:
                self.project_links(root, key, [])
            elif self.classes.get(key) == EntityClass.AGREEMENT:
                self.agreement_links(root, key, list(self.doc[mention.start : mention.end]))
            self.place_links(mention)
            self.membership(mention)
            if mention.cls == EntityClass.PERSON:
                self.position(mention)
        self.member_lists()
        self.known_containment(sorted({id(m): m for m in self.mention_at.values()}.values(),
                                      key=lambda m: m.start))

    def flow(self, cue: Token, predicate: Predicate, preps: tuple[str, ...]) -> None:
        """investsIn / tradesWith / cooperatesWith from a cue noun or verb."""
        agents: list[str] = []
        targets: list[str] = []
        if cue.pos_ in ("NOUN", "PROPN"):
            agents = self.keys_of([c for c in cue.children if c.dep_ == "poss"])
            agents += self.keys_of([c for c in cue.children
                                    if c.dep_ in ("amod", "compound", "nmod")])
            if cue.dep_ == "pobj" and cue.head.lower_ == "of" and cue.head.head.pos_ == "NOUN":
                # "a major source of investment for Central Asian nations"
                targets = self.pobjects(cue.head.head, preps) if not targets else targets
            if not agents:
                # "investors from Singapore", "investment from Japan"
                agents = self.pobjects(cue, ("from",), _ACTORS) or self.subject_of(cue)
        else:
            agents = self.subject_of(cue)
        targets = self.pobjects(cue, preps) + targets
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
        if predicate != Predicate.INVESTS_IN and len(agents) >= 2 and not targets and \
                cue.pos_ == "NOUN":
            agents, targets = agents[:1], agents[1:]  # "China-Africa trade"
        if cue.pos_ == "NOUN" and not targets and predicate != Predicate.INVESTS_IN and any(
                w in {t.lower_ for t in cue.subtree if t.i < cue.i} for w in _BILATERAL) or \
                "two-way" in cue.sent.text[:cue.idx - cue.sent.start_char][-10:]:
            # "bilateral trade": between the article's two main countries
            if not targets:
                agents, targets = self.main_pair[:1], self.main_pair[1:]
        between = self.pobjects(cue, ("between",))
        if predicate != Predicate.INVESTS_IN and len(between) >= 2 and not agents:
            agents, targets = between[:1], between[1:]
        if predicate == Predicate.INVESTS_IN:
            funded = [t for t in targets if self.classes.get(t) == EntityClass.PROJECT]
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

    def shipments(self, cue: Token, outgoing: bool) -> None:
        """'Brazil's exports to China', 'X exports iron ore to Y': X supplies Y; 'India's
        imports from Russia': Russia supplies India."""
        if cue.pos_ == "NOUN":
            home = self.keys_of([c for c in cue.children if c.dep_ in ("poss", "amod",
                                                                         "compound")])
            home = home or self.subject_of(cue)
        else:
            home = self.subject_of(cue)
        other = self.pobjects(cue, ("to",) if outgoing else ("from",), _ACTORS)
        if not other and not outgoing:
            # "India's imports of Russian crude": the origin modifies the goods
            for prep in cue.children:
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

    def supply(self, verb: Token) -> None:
        """'X supplies/provides ... to Y' (or to the place its purpose clause names)."""
        suppliers = [k for k in self.subject_of(verb) if self.classes.get(k) in _ACTORS]
        if not suppliers:
            return
        recipients = self.pobjects(verb, ("to", "for"))
        recipients += [k for c in verb.children if c.dep_ in ("dative", "iobj")
                       for k in self.entities(c)]
        if not recipients:
            for c in verb.children:
                if c.dep_ == "dobj" and any(g.lower_ == "with" for g in verb.children):
                    recipients += [k for k in self.keys_of([c]) if self.classes.get(k) in _ACTORS]
        if not recipients:
            # "providing equipment to build wind turbines in the country"
            for clause in verb.children:
                if clause.dep_ in ("advcl", "xcomp", "prep", "dobj"):
                    recipients += [p for p in self.places_in(clause) if p not in recipients]
        for supplier in suppliers:
            for recipient in recipients:
                self.add(supplier, Predicate.SUPPLIES_TO, recipient, verb)
            for clause in verb.subtree:
                project = self.described_at.get(clause.i)
                if project and self.classes.get(project) == EntityClass.PROJECT:
                    self.add(supplier, Predicate.PARTICIPATES_IN, project, verb)

    def fund(self, verb: Token) -> None:
        """'X funds/finances P', 'X committed R$5.5 billion to P': X funds a project, or invests
        in a country or firm."""
        funders = [f for f in self.subject_of(verb) if self.classes.get(f) in _ACTORS]
        targets = self.pobjects(verb, ("to", "for", "in", "into"), _FUNDABLE)
        for c in verb.children:
            if c.dep_ == "dobj":
                targets += self.entities(c, _FUNDABLE)
                targets += self.pobjects(c, ("of", "in"), _FUNDABLE)  # "22 percent of SQM"
        self.funds(funders, list(dict.fromkeys(targets)), verb)

    def funding(self, noun: Token) -> None:
        """'a loan of EUR 500 mln for P' negotiated by X; 'X's $2 billion stake in Y'."""
        funders = [k for c in noun.children if c.dep_ == "poss"
                   for k in self.entities(c, _ACTORS)] or \
            [f for f in self.subject_of(noun) if self.classes.get(f) in _ACTORS]
        funders += [k for k in self.pobjects(noun, ("from", "by"), _ACTORS) if k not in funders]
        targets = self.pobjects(noun, ("for", "to", "in", "into"), _FUNDABLE)
        if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            # "a new round of financing for the corridor"
            targets = self.pobjects(noun.head.head, ("for", "to", "in", "into"), _FUNDABLE)
        self.funds(funders, targets, noun)

    def funds(self, funders: list[str], targets: list[str], cue: Token) -> None:
        for funder in funders:
            for target in targets:
                if self.classes.get(target) == EntityClass.PROJECT:
                    self.add(funder, Predicate.FUNDS_PROJECT, target, cue)
                elif self.classes.get(target) in _ACTORS:
                    self.add(funder, Predicate.INVESTS_IN, target, cue)

    def attendance(self, head: Token) -> None:
        """'Modi and Ishiba met at the summit', 'X attended/hosted the forum', 'X's visit to
        Cairo': participants."""
        key = self.key_at(head)
        if key is None:
            return
        for owner in (c for c in head.children if c.dep_ == "poss"):
            for person in self.entities(owner, (EntityClass.PERSON, *_PARTIES)):
                self.add(person, Predicate.PARTICIPATES_IN, key, head)
        verb = head.head
        if head.dep_ == "pobj":
            # "met at the summit", "met on the sidelines of the summit"
            hops = 0
            while verb.pos_ != "VERB" and verb.head != verb and hops < 4:
                verb = verb.head
                hops += 1
            if verb.pos_ != "VERB":
                return
        elif not (head.dep_ == "dobj" and verb.lemma_.lower() in _ATTEND_VERBS):
            return
        participants = [k for c in verb.children if c.dep_ == "nsubj"
                        for k in self.entities(c, (EntityClass.PERSON, *_PARTIES))]
        for participant in participants:
            if self.classes.get(participant) in (EntityClass.PERSON, *_PARTIES):
                self.add(participant, Predicate.PARTICIPATES_IN, key, verb)

    def places_in(self, token: Token) -> list[str]:
        found: list[str] = []
        for t in token.subtree:
            if t.dep_ == "prep" and t.lower_ in ("in", "across", "at"):
                for obj in t.children:
                    if obj.dep_ == "pobj":
                        found.extend(k for k in self.entities(obj, _PLACES) if k not in found)
        return found

    # ---- projects and agreements --------------------------------------------------------------
    def phrase(self, head: Token) -> tuple[str, list[Token]]:
        """The head noun with the contiguous run of modifiers before it (names included),
        numbers, amounts and hedges left out: '1,300 km Benguela line' -> 'Benguela line'."""
        left = sorted([t for t in head.subtree if t.i < head.i and t.dep_ in (
            "amod", "compound", "nmod", "cc", "conj", "npadvmod", "hyph", "punct") and
            not t.like_num and t.ent_type_ not in _AMOUNTS and t.text not in lexicon.NOT_NAMES and
            t.lower_ not in _VAGUE_MODIFIERS and not (t.dep_ == "punct" and t.text != "-")],
            key=lambda t: t.i)
        run: list[Token] = []
        for t in reversed(left):
            if t.i == (run[0].i - 1 if run else head.i - 1):
                run.insert(0, t)
        while run and run[0].dep_ in ("cc", "punct"):
            run = run[1:]
        tokens = [*run, head]
        text = "".join(t.text_with_ws for t in tokens).strip()
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

    def recent_named(self, head: Token) -> str | None:
        """The nearest project named before `head` whose name ends in the same head word."""
        for i in range(head.i - 1, -1, -1):
            key = self.token_key.get(i)
            if key and self.classes.get(key) == EntityClass.PROJECT and \
                    self.doc[i].lemma_.lower() == head.lemma_.lower():
                return key
        return None

    def recent_described(self, head: Token, cls: EntityClass) -> str | None:
        """The project or agreement a bare 'the plant', 'the deal' refers back to: the nearest
        one before it with the same head word, else the nearest one of its class."""
        best: tuple[int, str] | None = None
        same_head: tuple[int, str] | None = None
        candidates = [(i, k) for i, k in self.described_at.items() if i < head.i]
        candidates += [(i, k) for i, k in self.token_key.items() if i < head.i]
        for i, key in sorted(candidates):
            if self.classes.get(key) != cls:
                continue
            best = (i, key)
            if self.doc[i].lemma_.lower() == head.lemma_.lower():
                same_head = (i, key)
        chosen = same_head or best
        return chosen[1] if chosen else None

    def project(self, head: Token) -> None:
        if head.i in self.token_key or self.example_in_list(head):
            return  # part of a name, or one of the examples of a list ("including ...")
        governor = head.head if head.dep_ == "pobj" else None
        if governor is not None and governor.head.lemma_.lower() in _TOPIC_NOUNS:
            return  # "the field of contracted projects": a topic, not a project
        text, tokens = self.phrase(head)
        modifiers = tokens[:-1]
        owners = [k for c in head.children if c.dep_ == "poss"
                  for k in self.entities(c, _PARTIES)]
        named = self.keys_of(modifiers)
        plain = {t.lower_ for t in modifiers if not self.key_at(t)}
        places = self.pobjects(head, ("in", "at", "near"), _PLACES)
        if head.dep_ == "dobj" and head.head.lemma_.lower() in _SITING_VERBS:
            places += self.pobjects(head.head, ("in", "at", "near"), _PLACES)
        if not modifiers and not owners and places and \
                head.lemma_.lower() in _STRONG_PROJECT_HEADS and head.tag_ == "NN" and \
                any(c.lower_ in ("a", "an") for c in head.children):
            # "BYD opened a factory in Rayong": a new works, named by its place
            label = f"{text} in {self.labels[places[0]]}"
            key = self.describe(head, EntityClass.PROJECT, label, None)
            self.project_links(head, key, modifiers)
            return
        if not modifiers and not owners:
            if head.lemma_.lower() in lexicon.PROJECT_HEADS and any(
                    c.lower_ in ("the", "this", "that") for c in head.children):
                earlier = self.recent_described(head, EntityClass.PROJECT)
                if earlier:  # "the plant" names the plant described before
                    self.described_at.setdefault(head.i, earlier)
                    self.project_links(head, earlier, modifiers)
            return
        strong = head.lemma_.lower() in _STRONG_PROJECT_HEADS
        if not named and not owners and head.tag_ != "NNS":
            earlier = self.recent_named(head)
            if earlier:  # "the bullet train corridor" after "the Mumbai-Ahmedabad Corridor"
                self.described_at.setdefault(head.i, earlier)
                self.project_links(head, earlier, modifiers)
                return
        projects = [k for k in named if self.classes.get(k) == EntityClass.PROJECT]
        if projects:  # "the Middle Corridor initiative" is the Middle Corridor
            self.described_at.setdefault(head.i, projects[0])
            self.project_links(head, projects[0], modifiers)
            return
        if not (plain & (lexicon.PROJECT_MODIFIERS | lexicon.PROJECT_HEADS) or
                (strong and (named or owners or plain))):
            return
        label = text
        if owners and not named:
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

    def project_links(self, head: Token, key: str, modifiers: list[Token]) -> None:
        """A project's owner and places from its modifiers ("BYD's Camacari plant"), its place
        from 'in/at/near X', and who funds or takes part in it from the governing verb ("X
        will invest ... in the plant", "built by X", "with Chinese involvement")."""
        owners = self.keys_of(modifiers)
        for owner in owners:
            cls = self.classes.get(owner)
            if cls in (EntityClass.FIRM, EntityClass.GOVERNMENT_BODY):
                self.add(owner, Predicate.FUNDS_PROJECT, key, head)
            elif cls in _PLACES:
                self.add(key, Predicate.LOCATED_IN, owner, head)
        for c in head.children:
            if c.dep_ == "poss":  # "BYD's plant", "its Mexican fleet": the owner funds it
                for owner in self.entities(c, _PARTIES):
                    if self.classes.get(owner) in (EntityClass.FIRM,
                                                   EntityClass.GOVERNMENT_BODY):
                        self.add(owner, Predicate.FUNDS_PROJECT, key, head)
        places = self.pobjects(head, ("in", "at", "near", "across", "outside"), _PLACES)
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ in ("prep", "agent", "dative"):
            verb = verb.head
        if head.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj", "attr") and \
                verb.pos_ in ("VERB", "AUX") and verb != head:
            if verb.lemma_.lower() in _SITING_VERBS:  # "build a plant in X", not "link mines
                places += self.pobjects(verb, ("in", "at", "near", "across"), _PLACES)  # to X"
            if head.dep_ != "nsubj":
                # "financed by the World Bank and operated by DP World": each verb its agents
                verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and
                                  c.pos_ == "VERB" and not any(g.dep_.startswith("nsubj")
                                                               for g in c.children)]
                for each in verbs:
                    self.project_verb(each, key, passive=head.dep_ == "nsubjpass")
        for clause in head.children:  # "the station, which is backed by EDF"
            if clause.dep_ in ("relcl", "acl") and clause.pos_ == "VERB":
                passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children) or \
                    clause.tag_ == "VBN"
                self.project_verb(clause, key, passive=passive)
        for place in places:
            self.add(key, Predicate.LOCATED_IN, place, head)

    def project_verb(self, verb: Token, key: str, passive: bool) -> None:
        """Who funds or takes part in a project, from the verb whose object it is."""
        if not self.asserted(verb):
            return
        lemma = verb.lemma_.lower()
        agents = self.pobjects(verb, ("by",))
        if not passive:
            agents += self.subject_of(verb)
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for obj in c.children:
                    if obj.lower_ in ("involvement", "participation", "support", "help",
                                      "backing"):
                        agents += self.entities(obj)
        agents = [a for a in agents if self.classes.get(a) in _ACTORS]
        part = any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        # A firm that builds or opens its own plant invests in it; a contractor that builds a
        # railway for others takes part in it.
        own_works = lemma in _SET_UP_VERBS and self.doc[
            self.described_head(key, verb)].lemma_.lower() in _OWN_WORKS
        if (lemma in lexicon.FUND_CUES | lexicon.INVEST_CUES | _OWN_VERBS or own_works) and \
                not part:
            for agent in agents:
                self.add(agent, Predicate.FUNDS_PROJECT, key, verb)
        elif lemma in lexicon.PARTICIPATION_CUES | {"carry", "win", "supply", "provide"} or part:
            for agent in agents:
                self.add(agent, Predicate.PARTICIPATES_IN, key, verb)

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
        text, tokens = self.phrase(head)
        modifiers = tokens[:-1]
        if not modifiers and any(c.lower_ in ("the", "this", "that") for c in head.children):
            key = self.recent_described(head, EntityClass.AGREEMENT)
            if key:  # "the deal" is the deal described before
                self.described_at.setdefault(head.i, key)
                self.agreement_links(head, key, [])
            return
        verb = self.governing_verb(head)
        named = [k for k in self.keys_of(modifiers + [c for c in head.children
                                                      if c.dep_ == "poss"])
                 if self.classes.get(k) in _PARTIES]
        partners = self.pobjects(head, ("with", "between"), _PARTIES)
        for prep in head.children:  # "a memorandum of understanding with the EU"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    partners += [p for p in self.pobjects(obj, ("with", "between"), _PARTIES)
                                 if p not in partners]
        if verb.pos_ in ("VERB", "AUX", "NOUN"):
            partners += [p for p in self.pobjects(verb, ("with", "between"), _PARTIES)
                         if p not in partners]
        for clause in head.children:  # "an agreement to be signed with the DEA"
            if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB":
                partners += [p for p in self.pobjects(clause, ("with", "between"), _PARTIES)
                             if p not in partners]
        actors = [k for k in self.subject_of(head) if k not in partners and
                  self.classes.get(k) in _PARTIES]
        if not actors and not named and self.subject_of(head) == [] and partners:
            topic = self.recent_subject(head)
            if topic and topic not in partners:
                actors = [topic]
        actors = [a for a in named if a not in partners] + [a for a in actors if a not in named]
        status = self.status(head, verb)
        plain = "".join(t.text_with_ws for t in tokens if not self.key_at(t) and
                        t.text != "-").strip()
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
        parties = list(dict.fromkeys(actors + partners))
        if not parties:
            return  # an agreement of nobody named is no fact worth a node
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

    def short_name(self, key: str) -> str:
        """An entity's shortest name as the text uses it ('JICA' for the agency)."""
        names = [self.labels[key], *self.aliases.get(key, ())]
        return min(names, key=len)

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
                    words = "".join(t.text_with_ws for t in tail).strip()
                    variants.append(f"{text} {words}")
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

    def agreement_links(self, head: Token, key: str, modifiers: list[Token]) -> None:
        """Parties of a named or referred-to agreement: its name's modifiers ('EU-Namibia
        partnership'), 'with/between X', and the subject of the verb that signs it."""
        verb = self.governing_verb(head)
        parties = [k for k in self.keys_of(modifiers) if self.classes.get(k) in _ACTORS]
        parties += self.pobjects(head, ("with", "between"), _ACTORS)
        for clause in head.children:
            # "the partnership that the country agreed with Germany, France ..."
            if clause.dep_ == "relcl" and clause.lemma_.lower() in lexicon.SIGNED_VERBS | {
                    "agree", "join", "negotiate", "launch", "form"}:
                parties += self.pobjects(clause, ("with", "between"), _PARTIES)
                parties += [k for k in self.subject_of(clause) if self.classes.get(k) in _PARTIES]
        if verb.pos_ in ("VERB", "AUX"):
            parties += self.pobjects(verb, ("with", "between"), _ACTORS)
            if verb.lemma_.lower() in lexicon.SIGNED_VERBS | {"join", "negotiate"}:
                parties += self.subject_of(head)
        for party in dict.fromkeys(parties):
            if party != key:
                self.add(party, Predicate.PARTY_TO, key, head)

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

    # ---- places, membership, positions -----------------------------------------------------------
    def place_links(self, mention: Mention) -> None:
        """'Astana, Kazakhstan'; 'North China's Tianjin'; 'Karawang in West Java'; an event or
        a region 'in' a place."""
        key = self.token_key[mention.start]
        cls = self.classes.get(key)
        doc = self.doc
        end = mention.end
        if cls in (EntityClass.REGION,):
            if end + 1 < len(doc) and doc[end].text == ",":
                outer = self.token_key.get(end + 1)
                if outer and self.classes.get(outer) in _PLACES and outer != key and \
                        self.classes.get(outer) == EntityClass.COUNTRY:
                    self.add(key, Predicate.LOCATED_IN, outer, doc[mention.start:end + 2])
            if mention.start >= 2 and doc[mention.start - 1].lower_ in ("'s", "’s"):
                outer = self.token_key.get(mention.start - 2)
                if outer and self.classes.get(outer) == EntityClass.COUNTRY:
                    self.add(key, Predicate.LOCATED_IN, outer, doc[mention.start - 2:end])
            if end + 1 < len(doc) and doc[end].lower_ == "in":
                outer = self.token_key.get(end + 1)
                if outer and self.classes.get(outer) in _PLACES and outer != key:
                    self.add(key, Predicate.LOCATED_IN, outer, doc[mention.start:end + 2])
        if cls == EntityClass.EVENT:
            head = doc[mention.start:end].root
            # "the India-Australia Annual Summit": the countries it is named after attend it
            for i in range(mention.start, end):
                inside = self.place_inside_name(i)
                if inside and self.classes.get(inside) == EntityClass.COUNTRY:
                    self.add(inside, Predicate.PARTICIPATES_IN, key, doc[mention.start:end])
            places = self.pobjects(head, ("in", "at", "to"), _PLACES)
            if not places and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                verb = head.head
                places = self.pobjects(verb, ("in", "at"), _PLACES)
                for c in verb.children:
                    if c.dep_ == "acomp":
                        places += self.pobjects(c, ("in", "at"), _PLACES)
                if verb.lemma_.lower() in ("attend", "join", "host") and head.dep_ == "dobj":
                    for agent in self.subject_of(verb):
                        self.add(agent, Predicate.PARTICIPATES_IN, key, verb)
            for place in places[:1]:
                self.add(key, Predicate.LOCATED_IN, place, head)

    def place_inside_name(self, i: int) -> str | None:
        """The gazetteer place a token inside a longer name stands for, if any."""
        return self.inner_places.get(i)

    def known_containment(self, mentions: list[Mention]) -> None:
        """A city or region lies in its country (from the gazetteer) when the article names
        that country too; the evidence is the first sentence naming the place."""
        seen: set[str] = set()
        for mention in mentions:
            key = self.token_key.get(mention.start)
            if key is None or key in seen:
                continue
            seen.add(key)
            country = self.containing.get(key)
            if country and country in self.classes:
                self.add(key, Predicate.LOCATED_IN, country, mention_span(self.doc, mention))

    def membership(self, mention: Mention) -> None:
        """'Institute of X of the Chinese Academy of Social Sciences': a unit of an org;
        'Namibia and Botswana, both members of SADC': members of a bloc."""
        key = self.token_key[mention.start]
        root = self.doc[mention.start:mention.end].root
        for c in root.children:
            if c.dep_ == "appos" and c.lemma_.lower() == "member":
                for bloc in self.pobjects(c, ("of",), _ACTORS):
                    for member in self.entities(root, _PARTIES):
                        self.add(member, Predicate.MEMBER_OF, bloc, root)
        if self.classes.get(key) not in _ORGS:
            return
        doc = self.doc
        i = mention.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3  # "Department of Economic Affairs (DEA) of the Ministry of Finance"
        if i < len(doc) and doc[i].lower_ in ("of", "under"):
            j = i + 1
            while j < len(doc) and doc[j].lower_ in ("the",):
                j += 1
            outer = self.token_key.get(j)
            if outer and outer != key and self.classes.get(outer) in _ORGS:
                self.add(key, Predicate.MEMBER_OF, outer, doc[mention.start:j + 1])
        # "X, a subsidiary/unit/member of Y"
        head = doc[mention.start:mention.end].root
        for c in head.children:
            if c.dep_ == "appos" and c.lemma_.lower() in _UNIT_NOUNS - {"member"}:
                for outer in self.pobjects(c, ("of",), _ACTORS):
                    self.add(key, Predicate.MEMBER_OF, outer, head)
        # "HLI Green Power, the joint venture of Hyundai and LG": the partners invest in it
        ventures = [c for c in head.children if c.dep_ == "appos" and
                    c.lemma_.lower() in _VENTURE_NOUNS]
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ == "be":
            ventures += [c for c in head.head.children if c.dep_ == "attr" and
                         c.lemma_.lower() in _VENTURE_NOUNS]
        for venture in ventures:
            for owner in self.pobjects(venture, ("of", "between"), _PARTIES):
                self.add(owner, Predicate.INVESTS_IN, key, venture)
        # "its local subsidiary, State Grid Brazil Holding": the owner is the possessor
        if head.dep_ == "appos" and head.head.lemma_.lower() in _UNIT_NOUNS:
            unit = head.head
            owners = [k for c in unit.children if c.dep_ == "poss"
                      for k in self.entities(c, _ORGS + (EntityClass.COUNTRY,))]
            owners += self.pobjects(unit, ("of",), _ORGS)
            for owner in owners[:1]:
                self.add(key, Predicate.MEMBER_OF, owner, head)

    def member_lists(self) -> None:
        """'the Central Asian nations - Kazakhstan, Kyrgyzstan, ...': countries listed as the
        members of a region or bloc named just before; 'the EAEU, of which Russia and Armenia
        are members'."""
        doc = self.doc
        for token in doc:
            if token.lemma_.lower() == "member" and token.dep_ == "attr":
                verb = token.head
                of_which = [c for prep in [*token.children, *verb.children]
                            if prep.lower_ == "of" for c in prep.children
                            if c.lower_ in ("which", "whom")]
                bloc = [verb.head] if of_which and verb.dep_ == "relcl" else []
                blocs = [k for b in bloc for k in self.entities(b, _ORGS + (EntityClass.REGION,))]
                members = [k for c in token.head.children if c.dep_ == "nsubj"
                           for k in self.entities(c, _PARTIES)]
                for member in members:
                    for group in blocs[:1]:
                        self.add(member, Predicate.MEMBER_OF, group, token)
            if token.lower_ not in ("nations", "countries", "states", "members", "economies"):
                continue
            groups = [g for g in self.keys_of(list(token.children))
                      if self.classes.get(g) in (EntityClass.REGION, EntityClass.ORGANIZATION)]
            if not groups:
                continue
            k = token.i + 1
            if k < len(doc) and doc[k].text in ("-", "—", "–", ":", "(", ",") or (
                    k + 1 < len(doc) and doc[k].lower_ in ("including", "such", "namely")):
                members = []
                for t in doc[k : min(len(doc), k + 30)]:
                    if t.is_sent_start and t.i > k:
                        break
                    key = self.token_key.get(t.i)
                    if key and self.classes.get(key) == EntityClass.COUNTRY and key not in members:
                        members.append(key)
                    if t.text in (")", ".", ";"):
                        break
                if len(members) >= 2:
                    for member in members:
                        self.add(member, Predicate.MEMBER_OF, groups[0], token.sent)

    def position(self, mention: Mention) -> None:
        """'Laziz Kudratov, Uzbekistan's minister of investment, ...'; 'Zhang Hong, a research
        fellow at the Institute ...'; 'Uzbek Investment Minister Laziz Kudratov'."""
        doc = self.doc
        person = self.token_key[mention.start]
        head = doc[mention.start:mention.end].root
        titles = [c for c in head.children if c.dep_ == "appos" and c.i >= mention.end]
        if not titles and mention.end + 1 < len(doc) and doc[mention.end].text == ",":
            nxt = doc[mention.end + 1]
            titles = [t for t in doc[mention.end + 1 : mention.end + 6] if t.dep_ == "appos"
                      or (t.lower_ in lexicon.POSITION_NOUNS and t.head == head)][:1]
            if not titles and nxt.pos_ in ("DET", "PROPN", "NOUN", "ADJ"):
                titles = [t for t in doc[mention.end + 1 : mention.end + 8]
                          if t.lower_ in lexicon.POSITION_NOUNS][:1]
        for title in titles:
            words = {t.lower_ for t in title.subtree}
            if not words & lexicon.POSITION_NOUNS:
                continue
            between = range(mention.end, title.i)
            if any(self.classes.get(self.token_key.get(i, "")) == EntityClass.PERSON and
                   self.token_key.get(i) != person for i in between):
                continue  # "Ahn and Rosan Roeslani, Indonesia's minister": Roeslani's title
            role = self.role_text(title)
            organisation = self.employer(title)
            ministry = self.ministry_of(role)
            for target in dict.fromkeys(k for k in (organisation, ministry) if k):
                self.add(person, Predicate.HOLDS_POSITION_IN, target, title.sent, role=role)
            if organisation or ministry:
                return
        # Title before the name: "Uzbek Investment Minister Laziz Kudratov"
        before: list[Token] = []
        for t in reversed(doc[max(0, mention.start - 6) : mention.start]):
            if t.text in (",", ".", ";", ":", "-", "—", "–", "(", ")") or t.is_sent_end or \
                    t.pos_ in ("ADP", "VERB", "CCONJ"):
                break
            before.insert(0, t)
        if before and any(t.lower_ in lexicon.POSITION_NOUNS for t in before):
            keys = [k for k in self.keys_of(before) if self.classes.get(k) in _EMPLOYERS]
            role_tokens = [t for t in before if not self.token_key.get(t.i) and
                           t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in ("'s",)]
            spoken_title = " ".join(t.text for t in role_tokens).lower() or None
            ministry = self.ministry_of(spoken_title)
            for target in dict.fromkeys([*keys[-1:], *([ministry] if ministry else [])]):
                self.add(person, Predicate.HOLDS_POSITION_IN, target,
                         mention_span(doc, mention), role=spoken_title)

    def ministry_of(self, role: str | None) -> str | None:
        """The ministry a role names, if the article names it: 'minister of railways' or
        'Railways Minister' -> the Ministry of Railways."""
        if not role:
            return None
        words = {w for w in re.findall(r"[a-z]+", role.lower())
                 if w not in ("minister", "ministry", "of", "and", "the", "deputy", "first",
                              "state", "for", "vice", "prime")}
        if not words:
            return None
        for key, cls in self.classes.items():
            if cls != EntityClass.GOVERNMENT_BODY:
                continue
            label = self.labels.get(key, "").lower()
            if "ministry" in label and words <= set(re.findall(r"[a-z]+", label)):
                return key
        return None

    def employer(self, title: Token) -> str | None:
        """The organisation or country of a title phrase: a possessor ('Uzbekistan's
        minister'), a demonym ('Uzbek minister'), or the object of at/of/with/from."""
        for c in title.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and self.key_at(c) and \
                    self.classes.get(self.key_at(c) or "") in _EMPLOYERS:
                return self.key_at(c)
        queue = [title]
        while queue:
            t = queue.pop(0)
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("at", "of", "with", "from", "for"):
                    for obj in c.children:
                        keys = self.entities(obj, _EMPLOYERS)
                        if keys:
                            return keys[0]
                        queue.append(obj)
                elif c.dep_ in ("conj",) and c.i > t.i:
                    queue.append(c)
        return None

    def role_text(self, title: Token) -> str:
        tokens = [t for t in title.subtree if not self.token_key.get(t.i)]
        while tokens and (tokens[0].dep_ in ("det", "case", "punct") or
                          tokens[0].lower_ in ("'s", "’s")):
            tokens = tokens[1:]
        cut = len(tokens)
        for n, t in enumerate(tokens):
            if t.lower_ in ("at", "with", "from") and n > 0:
                cut = n
                break
        words = [t for t in tokens[:cut]]
        while words and (words[-1].is_punct or words[-1].pos_ in ("ADP", "DET", "CCONJ")):
            words = words[:-1]  # "director of the" (the body itself is the object)
        return "".join(t.text_with_ws for t in words).strip()


def mention_span(doc: Doc, mention: Mention) -> Span:
    return doc[mention.start : mention.end]
