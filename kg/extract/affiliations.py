"""Where things are and who belongs to whom: places in places, units in bodies, countries
in blocs, people in their posts.

Patterns: "Astana, Kazakhstan", "North China's Tianjin", a city and its country from the
gazetteer; "the Institute of X of the Academy", "its local subsidiary, Y", "both members of
SADC", "of which Russia and Armenia are members"; "Laziz Kudratov, Uzbekistan's minister of
investment", "Uzbek Investment Minister Laziz Kudratov".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.mentions import Mention
from kg.extract.reader import (
    _ACTORS,
    _ORGS,
    _PARTIES,
    _PLACES,
    _VENTURE_NOUNS,
    ANY_ARTICLE,
    ReaderBase,
)
from kg.extract.records import EntityClass, Predicate
from kg.nlp import apposition_holder

# The words that open the name of a ministry's own unit ("Department of Asian Affairs")
_GOVERNMENT_UNITS = frozenset({"department", "bureau", "division", "directorate", "office"})
_AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "representative", "commissioner"})

_EMPLOYERS = (EntityClass.COUNTRY, *_ORGS)
_REGIONAL_POSTS = frozenset({"governor", "mayor", "premier"})
_LEAD_VERBS = frozenset({"head", "lead", "run", "chair", "direct", "manage"})
# a body's part that someone heads: they work for the body
_BRANCH_NOUNS = frozenset({"operation", "operations", "business", "unit", "arm", "division",
                           "subsidiary", "branch", "office"})
_GROUP_NOUNS = frozenset({"consortium", "alliance", "coalition", "grouping"})
# "Pune-based AgroVista", "AMEA Power, headquartered in Dubai"
_BASED = frozenset({"based", "headquartered"})
_UNIT_NOUNS = frozenset({
    "subsidiary", "unit", "member", "arm", "division", "affiliate", "part", "branch",
    "vehicle", "office", "department", "agency", "body", "offshoot", "entity",
})


# The parts of a country that place a region in it ("in the south of Senegal")
_PARTS_OF_A_PLACE = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                               "southeast", "southwest", "north-east", "north-west",
                               "south-east", "south-west", "centre", "center", "heart",
                               "interior", "outskirts"})


class AffiliationRules(ReaderBase):
    """Rules for places, membership and positions."""

    def place_links(self, mention: Mention) -> None:
        """'Astana, Kazakhstan'; 'North China's Tianjin'; 'Karawang in West Java'; an event or
        a region 'in' a place."""
        key = self.token_key[mention.start]
        cls = self.classes.get(key)
        doc = self.doc
        end = mention.end
        if cls in (EntityClass.REGION,):
            province = self.province_after(end + 1) \
                if end + 1 < len(doc) and doc[end].text == "," else None
            if province is not None and province != key:
                # "Xiamen, east China's Fujian Province": the province
                self.add(key, Predicate.LOCATED_IN, province, doc[mention.start:end + 2])
            elif end + 1 < len(doc) and doc[end].text == ",":
                # "Astana, Kazakhstan"; "Karawang, West Java" (a city, then its province)
                outer = self.token_key.get(end + 1)
                beyond = end + 2
                while beyond < len(doc) and self.token_key.get(beyond) == outer:
                    beyond += 1
                # "Mombasa, Ethiopia USD 310 mln for ...": a list with the verb left out
                gapped = beyond < len(doc) and (
                    doc[beyond].lower_ in ("'s", "’s") or  # "..., China's Huanan Group"
                    doc[beyond].ent_type_ in _AMOUNTS or doc[beyond].like_num or
                    doc[beyond].is_currency or doc[beyond].lower_ in lexicon.CURRENCY_WORDS or
                    beyond + 1 < len(doc) and doc[beyond + 1].like_num)
                # ("Mombasa to Kampala, Kenyan and Ugandan exporters": a demonym is no place;
                # nor is a country the gazetteer puts the city outside of)
                known = self.containing.get(key)
                if outer and outer != key and not gapped and doc[end + 1].pos_ != "ADJ" and (
                        self.classes.get(outer) == EntityClass.COUNTRY and
                        known in (None, outer) or self.larger_region(key, outer)):
                    self.add(key, Predicate.LOCATED_IN, outer, doc[mention.start:end + 2])
            if end + 2 < len(doc) and doc[end].text == ",":
                # "Sabac, a town in western Serbia"
                # ("Changsha, capital of central China's Hunan Province": no article)
                described = doc[end + 1].head if doc[end + 1].lower_ in ANY_ARTICLE \
                    else doc[end + 1] if doc[end + 1].lower_ in lexicon.PLACE_NOUNS else None
                if described is not None and described.lower_ in lexicon.PLACE_NOUNS:
                    for outer in self.pobjects(described, ("in", "of"), _PLACES)[:1]:
                        if outer != key:
                            self.add(key, Predicate.LOCATED_IN, outer, doc[mention.start:end])
            if mention.start >= 2 and doc[mention.start - 1].lower_ in ("'s", "’s"):
                outer = self.token_key.get(mention.start - 2)
                if outer and self.classes.get(outer) == EntityClass.COUNTRY:
                    self.add(key, Predicate.LOCATED_IN, outer, doc[mention.start - 2:end])
            root = doc[mention.start:end].root
            first = root
            while first.dep_ == "conj" and self.key_at(first.head):
                first = first.head
            # "between Surat and Bilimora in Gujarat": the place holds all of them (but
            # "Sumgait in Azerbaijan and Aktau in Kazakhstan": each its own)
            group = [first, *(t for t in first.subtree if t.dep_ == "conj" and self.key_at(t)
                              and self.classes.get(self.key_at(t) or "") == EntityClass.REGION)]
            outers = self.pobjects(root, ("in",), _PLACES) or [
                k for member in group for k in self.pobjects(member, ("in",), _PLACES)]
            outers += self.described_country(key, first)
            after = doc[end + 1] if end + 1 < len(doc) and doc[end].text == "," else \
                doc[end] if end < len(doc) else None  # "Iracemápolis, in São Paulo state"
            if after is not None and after.lower_ == "in":
                objects = [obj for obj in after.children if obj.dep_ == "pobj"]
                # "the Kolda region, in the south of Senegal"
                objects += [o for obj in objects if obj.lower_ in _PARTS_OF_A_PLACE
                            for prep in obj.children if prep.lower_ == "of"
                            for o in prep.children if o.dep_ == "pobj"]
                outers += [k for obj in objects for k in self.entities(obj, _PLACES)]
            for outer in [o for o in outers if o != key][:1]:
                self.add(key, Predicate.LOCATED_IN, outer, root.sent)
        if cls == EntityClass.EVENT:
            head = doc[mention.start:end].root
            if head.dep_ in ("compound", "nmod") and head.head.lower_ in lexicon.EVENT_HEADS:
                head = head.head  # "the COP26 climate summit in Glasgow"
            # ("in the Egyptian resort of Sharm el-Sheikh": the resort, not its country)
            objects = self.prep_objects(head, ("in", "at", "to"))
            places = [k for obj in objects if obj.lemma_.lower() in lexicon.PLACE_NOUNS
                      for k in self.pobjects(obj, ("of",), _PLACES)]
            places += [k for obj in objects for k in self.entities(obj, _PLACES)]
            for clause in (c for c in head.children if c.dep_ in ("relcl", "acl")):
                places += self.pobjects(clause, ("in", "at"), _PLACES)  # "which was held in"
            k = end
            if k < len(doc) and doc[k].text == "(":  # past "(TICAD 9)"
                k = next((i + 1 for i in range(k, min(len(doc), k + 6)) if doc[i].text == ")"),
                         k)
            if not places and k + 1 < len(doc) and doc[k].text == "," and \
                    doc[k + 1].lower_ in ("which", "that"):
                # the clause that the parser hung elsewhere: "..., which runs until Friday in
                # the port city of Yokohama"
                places = self.pobjects(doc[k + 1].head, ("in", "at"), _PLACES)
            if not places and head.dep_ == "pobj" and head.head.lower_ == "of" and \
                    head.head.head.lemma_.lower() in ("sideline", "margin", "side"):
                # "on the sidelines of the forum in the capital, Brasília"
                sidelines = head.head.head
                places = self.pobjects(sidelines, ("in", "at"), _PLACES) or [
                    k for obj in self.prep_objects(sidelines, ("in", "at"))
                    for a in obj.children if a.dep_ == "appos"
                    for k in self.entities(a, _PLACES)]
            if not places and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                verb = head.head
                places = self.pobjects(verb, ("in", "at"), _PLACES)
                for c in verb.children:
                    if c.dep_ == "acomp":
                        places += self.pobjects(c, ("in", "at"), _PLACES)
                if verb.lemma_.lower() in ("attend", "join", "host") and head.dep_ == "dobj":
                    for agent in self.subject_of(verb):
                        if self.classes.get(agent) == EntityClass.REGION:
                            places.append(agent)  # "Honiara hosts the summit": it is there
                        else:
                            self.add(agent, Predicate.PARTICIPATES_IN, key, verb)
            # "in Kazan, Russia": the city, not the country it lies in
            places.sort(key=lambda k: self.classes.get(k) != EntityClass.REGION)
            for place in places[:1]:
                self.add(key, Predicate.LOCATED_IN, place, head)

    def home_base(self, mention: Mention) -> None:
        """A body lies in the city or region it is based in: 'Pune-based AgroVista Global',
        'Hefei-based battery maker X', 'AMEA Power, based in Dubai'. (Not a country: 'US-based
        X' tells the firm's nationality more than its place.)"""
        key = self.token_key[mention.start]
        if self.classes.get(key) not in _ORGS:
            return
        doc = self.doc
        i = mention.start - 1
        while i >= 0 and mention.start - i <= 3 and doc[i].is_lower and doc[i].is_alpha and \
                doc[i].lower_ not in _BASED:
            i -= 1  # past "battery maker"
        places = []
        if i >= 2 and doc[i].lower_ in _BASED and doc[i - 1].text == "-":
            places = [k for k in [self.token_key.get(i - 2)] if k]
        root = doc[mention.start : mention.end].root
        for c in root.children:
            if c.dep_ in ("acl", "relcl") and c.lower_ in _BASED:
                places += self.pobjects(c, ("in",), _PLACES)
        for place in places[:1]:
            if self.classes.get(place) == EntityClass.REGION:
                self.add(key, Predicate.LOCATED_IN, place, doc[mention.start : mention.end])

    def described_country(self, key: str, root: Token) -> list[str]:
        """The country of the words that describe a place: "Cambodia's southern Kampot
        province", "Ecuador's province of Loja", "the northern Serbian city of Zrenjanin",
        "the Morogoro region of Tanzania"."""
        holders = [root]
        if root.dep_ in ("compound", "nmod") and \
                root.head.lemma_.lower() in lexicon.PLACE_NOUNS:
            holders.append(root.head)  # "Kampot province"
        if root.dep_ == "pobj" and root.head.lower_ == "of" and \
                root.head.head.lemma_.lower() in lexicon.PLACE_NOUNS:
            holders.append(root.head.head)  # "the province of Loja"
        known = self.containing.get(key)
        found = []
        for holder in holders:
            # (not a compound: "the China-Central Asia freight train" pairs two places)
            words = [c for c in holder.children if c.dep_ in ("poss", "amod")]
            countries = [k for c in words for k in [self.key_at(c)]
                         if k and self.classes.get(k) == EntityClass.COUNTRY]
            if holder.lemma_.lower() in lexicon.PLACE_NOUNS:
                countries += self.pobjects(holder, ("of",), (EntityClass.COUNTRY,))
            found += [k for k in countries if k != key and known in (None, k)]
        return found

    def province_after(self, i: int) -> str | None:
        """The province in "east China's Fujian Province" (the words from `i`), if they are
        such words: a direction, a country's possessive, a province."""
        doc = self.doc
        while i < len(doc) and doc[i].lower_ in lexicon.COMPASS_WORDS:
            i += 1
        country = self.token_key.get(i)
        while i < len(doc) and self.token_key.get(i) == country:
            i += 1
        if country is None or self.classes.get(country) != EntityClass.COUNTRY or \
                i + 1 >= len(doc) or doc[i].lower_ not in ("'s", "’s"):
            return None
        province = self.token_key.get(i + 1)
        if province and self.classes.get(province) == EntityClass.REGION and \
                self.containing.get(province) in (None, country):
            return province
        return None

    def larger_region(self, inner: str, outer: str) -> bool:
        """Whether `outer` is a province or state the gazetteer knows and `inner` is not one."""
        def province(key: str) -> bool:
            return key.startswith("region:") and key in self.containing
        return province(outer) and not province(inner) and \
            self.classes.get(inner) == EntityClass.REGION

    def listed_until_comma(self, noun: Token) -> list[str]:
        """The parties named after `noun` and its preposition, up to the comma, semicolon or
        sentence end that closes the phrase (words in brackets are skipped)."""
        found: list[str] = []
        depth = 0
        for t in self.doc[noun.i + 1 : noun.sent.end]:
            depth += (t.text == "(") - (t.text == ")")
            if depth == 0 and t.text in (",", ";", "."):
                break
            key = self.key_at(t)
            owner = t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ in ("'s", "’s")
            if depth == 0 and key and key not in found and not owner and \
                    self.classes.get(key) in _PARTIES:  # ("Oman's fund": the fund's)
                found.append(key)
        return found

    def known_containment(self, mentions: list[Mention]) -> None:
        """A city or region lies in its country (from the gazetteer) when a sentence names
        both ('the Hungarian city of Miskolc', 'Karawang ... Indonesia'); a city named on its
        own is not said to lie anywhere."""
        seen: set[str] = set()
        for mention in mentions:
            key = self.token_key.get(mention.start)
            if key is None or key in seen:
                continue
            country = self.containing.get(key)
            if self.placed(key):
                continue  # the text placed it already ("Changsha, capital of Hunan")
            sent = mention_span(self.doc, mention).sent
            # a province with its country anywhere in the sentence; a city only near it or
            # in the words that describe it ("Vietnam's northern port city of Hai Phong",
            # "Luderitz, the small harbour town on Namibia's southern coast")
            near = list(sent) if key.startswith("region:") else [
                *self.doc[max(sent.start, mention.start - 5) : min(sent.end, mention.end + 5)],
                *self.describing_words(mention)]
            if country and any(self.key_at(t) == country for t in near):
                seen.add(key)
                self.add(key, Predicate.LOCATED_IN, country, mention_span(self.doc, mention))

    def framed_places(self, mentions: list[Mention]) -> None:
        """A sentence that opens with its place ('In Hungary, BYD's car plant in Szeged ...',
        'Next door in Uganda, the company signed a contract to build the Malaba-Kampala
        line') puts there the cities the gazetteer knows to lie in it and the works it gives
        no other place."""
        named = [(self.token_key[m.start], mention_span(self.doc, m)) for m in mentions]
        described = [(d.key, self.doc[t.i : t.i + 1]) for d in self.described.values()
                     for t in d.tokens if t.i not in self.anaphora]
        for key, span in [*named, *described]:
            cls = self.classes.get(key)
            if cls not in (EntityClass.REGION, EntityClass.PROJECT) or self.placed(key):
                continue
            frame = self.opening_place(span.sent)
            if frame is not None and frame != key and (
                    cls == EntityClass.PROJECT or self.containing.get(key) == frame):
                self.add(key, Predicate.LOCATED_IN, frame, span)

    def opening_place(self, sent: Span) -> str | None:
        """The place a sentence opens with: 'In Zimbabwe, ...', 'Elsewhere in Kenya, ...',
        'In the Democratic Republic of the Congo (DRC), ...'. Read from the words, not the
        parse, which often hangs the subject on the place ('Next door in Uganda, X Ltd')."""
        doc = self.doc
        for prep in sent[:4]:
            if prep.lower_ != "in":
                continue
            if any(t.pos_ not in ("ADV", "CCONJ", "ADJ") and t.lower_ != "door"
                   for t in doc[sent.start : prep.i]):
                return None  # "The plant in Hungary, ..." is no opening place
            start = prep.i + 1 + (prep.i + 1 < sent.end and doc[prep.i + 1].lower_ == "the")
            mention = self.mention_at.get(start)
            if mention is None or mention.start != start:
                return None
            end = mention.end
            if end < sent.end and doc[end].text in ("(", "in"):
                # past "(DRC)" to its comma; past "in eastern Kazakhstan" up to its comma
                close = ")" if doc[end].text == "(" else ","
                end = next((t.i + (close == ")") for t in doc[end : min(sent.end, end + 6)]
                            if t.text == close), end)
            key = self.token_key[start]
            # (a country, or a city or province the gazetteer places in one: not "In West
            # Africa, ...", too wide to place works in)
            if end < sent.end and doc[end].text == "," and (
                    self.classes.get(key) == EntityClass.COUNTRY or key in self.containing):
                return key
            return None
        return None

    def describing_words(self, mention: Mention) -> list[Token]:
        """The words that describe a place: its appositions, and the place noun it names
        ('the port city of Hai Phong', 'the Saudi capital Riyadh')."""
        root = self.doc[mention.start : mention.end].root
        while root.dep_ == "conj" and root.head != root:
            root = root.head
        words = [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
        holder = root.head
        if root.dep_ == "pobj" and holder.lower_ == "of":
            holder = holder.head
        if holder.lemma_.lower() in lexicon.PLACE_NOUNS and holder != root:
            words += [t for t in holder.subtree if t.i < root.i]
        return words

    def membership(self, mention: Mention) -> None:
        """'Institute of X of the Chinese Academy of Social Sciences': a unit of an org;
        'Namibia and Botswana, both members of SADC': members of a bloc."""
        key = self.token_key[mention.start]
        root = self.doc[mention.start:mention.end].root
        for c in root.children:
            if c.dep_ == "appos" and c.lemma_.lower() == "member":
                # "members of SADC"; "all ASEAN members"
                blocs = self.pobjects(c, ("of",), _ACTORS) + [
                    k for g in c.children if g.dep_ in ("compound", "amod", "poss")
                    for k in [self.key_at(g)] if k and self.classes.get(k) in _ORGS]
                for bloc in blocs:
                    for member in self.entities(root, _PARTIES):
                        self.add(member, Predicate.MEMBER_OF, bloc, root)
        if self.classes.get(key) not in _ORGS:
            return
        doc = self.doc
        i = mention.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3  # "Department of Economic Affairs (DEA) of the Ministry of Finance"
        # ("the Center for South Asia Studies at the Shanghai Institutes for International
        # Studies": a research unit at its institute or university)
        # ("the Department of Asian Affairs at the Ministry of Commerce": a ministry's own)
        first_word = self.labels.get(key, "").split()[0].lower()
        unit_at = i < len(doc) and doc[i].lower_ == "at" and \
            first_word in lexicon.ORGANIZATION_HEADS | _GOVERNMENT_UNITS
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "under":
            i += 1  # "The Roads Department, under the Ministry of Transport, ..."
        if i < len(doc) and (doc[i].lower_ in ("of", "under") or unit_at):
            j = i + 1
            while j < len(doc) and doc[j].lower_ in ("the",):
                j += 1
            outer = self.token_key.get(j)
            if outer and outer != key and self.classes.get(outer) in _ORGS and (
                    not unit_at or self.classes.get(outer) == EntityClass.ORGANIZATION or
                    first_word in _GOVERNMENT_UNITS and
                    self.classes.get(outer) == self.classes.get(key) ==
                    EntityClass.GOVERNMENT_BODY):
                self.add(key, Predicate.MEMBER_OF, outer, doc[mention.start:j + 1])
        # "X, a subsidiary/unit/member of Y"
        head = doc[mention.start:mention.end].root
        for c in head.children:  # "the Commission's Directorate-General for ..."
            if c.dep_ == "poss" and c.i < mention.start:
                for outer in self.entities(c, (EntityClass.GOVERNMENT_BODY,
                                               EntityClass.ORGANIZATION)):
                    if self.classes.get(key) != EntityClass.FIRM:
                        self.add(key, Predicate.MEMBER_OF, outer, head)
        # "The company (SEIC), a wholly owned subsidiary of the PIF": the noun the
        # abbreviation stands beside carries the apposition
        holders = [head, *([head.head] if head.dep_ == "appos" and head.head.pos_ == "NOUN"
                           and key in self.entities(head.head, _ORGS) else [])]
        # "KTZ Express is a subsidiary of KTZ", "X, which runs the yard and is a unit of Y"
        clauses = [head.head] if head.dep_ == "nsubj" else []
        clauses += [v for c in head.children if c.dep_ == "relcl" for v in (c, *c.conjuncts)]
        units = [c for v in clauses if v.lemma_ == "be" for c in v.children if c.dep_ == "attr"]
        apposed = [c for holder in holders for t in (holder, *holder.conjuncts)
                   for c in t.children if c.dep_ == "appos" and
                   ((held := apposition_holder(c)) == holder or
                    mention.start <= held.i < mention.end)]
        for c in (*units, *apposed):
            if c.dep_ in ("appos", "attr") and c.lemma_.lower() in _UNIT_NOUNS - {"member"}:
                # "X, a subsidiary of Y"; "the EIB, the EU's lending arm" (a unit of a body:
                # "a subsidiary of China Jushi" is not one of China)
                outers = self.pobjects(c, ("of",), _ORGS)
                outers += [k for g in c.children if g.dep_ == "poss"
                           for k in self.entities(g, _ORGS) if k not in outers]
                for outer in outers:
                    self.add(key, Predicate.MEMBER_OF, outer, head)
            if c.dep_ == "appos" and self.classes.get(key) != EntityClass.FIRM:
                # "TANROADS, an executive agency under the Ministry of Works"
                for outer in self.pobjects(c, ("under",), (EntityClass.GOVERNMENT_BODY,)):
                    self.add(key, Predicate.MEMBER_OF, outer, head)
        parent, _, place = self.labels.get(key, "").rpartition(" ")
        if parent and place in self.country_forms and self.classes.get(key) == EntityClass.FIRM:
            # "Vale Indonesia" is the arm of "Vale", where the text names the group too
            for other, label in self.labels.items():
                if other != key and self.classes.get(other) == EntityClass.FIRM and \
                        parent in (label, *self.aliases.get(other, ())):
                    self.add(key, Predicate.MEMBER_OF, other, doc[mention.start:mention.end])
        # "Iberdrola's subsidiary Neoenergia", "through its Brazilian unit, Enel Chile", and
        # after the name: "Neoenergia, Iberdrola's Brazilian unit": the possessor owns the unit
        units = [doc[j] for j in (mention.start - 1, mention.start - 2) if j >= 0 and
                 doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in lexicon.OWNED_UNITS and
                 all(t.text == "," for t in doc[j + 1 : mention.start])][:1]
        after = mention.end + 3 if mention.end + 2 < len(doc) and \
            doc[mention.end].text == "(" and doc[mention.end + 2].text == ")" else mention.end
        if after + 1 < len(doc) and doc[after].text == "," and \
                doc[after + 1].pos_ not in ("ADP", "SCONJ") and \
                doc[after + 1].tag_ not in ("WDT", "WP", "WP$"):  # (not ", in which its")
            # ("Vale Base Metals, the copper and nickel unit of Brazil's Vale"; "... (IBRD),
            # the World Bank's lending arm")
            units += [next((t for t in doc[after + 1 : after + 7]
                            if t.lemma_.lower() in lexicon.OWNED_UNITS or t.is_punct),
                           doc[after])]
        for unit in units:
            if unit.pos_ == "NOUN" and unit.lemma_.lower() in lexicon.OWNED_UNITS:
                owners = [k for c in unit.children if c.dep_ == "poss"
                          for k in self.entities(c, _ORGS)] + self.pobjects(unit, ("of",), _ORGS)
                for outer in owners:
                    if outer != key:
                        self.add(key, Predicate.MEMBER_OF, outer, unit)
        # "the Bureau of National Statistics, which is part of the Agency for Strategic
        # Planning and Reforms" (or ", part of ...")
        k = mention.end
        while k < len(doc) and doc[k].text in (",", "which", "is", "was", "that", "now"):
            k += 1
        if k + 2 < len(doc) and k > mention.end and doc[k].lower_ == "part" and \
                doc[k + 1].lower_ == "of":
            j = k + 2
            while j < len(doc) and doc[j].lower_ == "the":
                j += 1
            outer = self.token_key.get(j)
            if outer and outer != key and self.classes.get(outer) in _ORGS:
                self.add(key, Predicate.MEMBER_OF, outer, doc[mention.start:j + 1])
        # "HLI Green Power, the joint venture of Hyundai and LG": the partners invest in it
        # (not one the words set beside another name: "X said it will invest in Y, the
        # venture it owns with Z", whatever the parser hung on X)
        ventures = [c for c in head.children if c.dep_ == "appos" and
                    c.lemma_.lower() in _VENTURE_NOUNS and
                    self.key_at(self.apposed_name(c, ANY_ARTICLE) or head) == key]
        # (where the parser hung the apposition elsewhere: read from the words)
        read = [t for t in doc[mention.end : min(len(doc), mention.end + 6)]
                if t.lemma_.lower() in _VENTURE_NOUNS and t not in ventures and
                (beside := self.apposed_name(t, ANY_ARTICLE)) is not None and
                self.key_at(beside) == key]
        ventures += read
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ == "be":
            ventures += [c for c in head.head.children if c.dep_ == "attr" and
                         c.lemma_.lower() in _VENTURE_NOUNS]
        for venture in ventures:
            owners = self.pobjects(venture, ("of", "between"), _PARTIES)
            if len(owners) == 1:
                # "a joint venture of mining company Ma'aden and the Public Investment Fund
                # (PIF)," where the parser broke the coordination: the names up to the comma
                owners += [k for k in self.listed_until_comma(venture) if k not in owners]
            # "a joint venture that LGES and GM own", "its joint venture with Stellantis"
            # ("the cell venture it owns equally with Hyundai": the partner too)
            owners += [k for clause in venture.children if clause.dep_ == "relcl" and
                       clause.lemma_.lower() in ("own", "hold", "form", "set", "create", "run")
                       for k in [*(k for c in clause.children if c.dep_ == "nsubj"
                                   for k in self.entities(c, _PARTIES)),
                                 *self.pobjects(clause, ("with",), _PARTIES)]
                       if k not in owners]
            if any(c.dep_ == "poss" for c in venture.children):
                owners += [k for c in venture.children if c.dep_ == "poss"
                           for k in self.entities(c, _PARTIES) if k not in owners]
                owners += [k for k in self.pobjects(venture, ("with",), _PARTIES)
                           if k not in owners]
            # the partners of a joint venture invest in it; a consortium's are its members
            # ("LAR, a consortium of Trafigura, Mota-Engil and Vecturis")
            predicate = Predicate.MEMBER_OF if venture.lemma_.lower() == "consortium" \
                else Predicate.INVESTS_IN
            for owner in owners:
                # (of a venture read from the words, the firms: "a joint venture of Chinese
                # and Indonesian firms" is not one of the two countries)
                if owner != key and not (venture in read and
                                         self.classes.get(owner) == EntityClass.COUNTRY):
                    self.add(owner, predicate, key, venture)
        # "LAR, a consortium formed by Trafigura, Mota-Engil and Vecturis", "the LAR
        # consortium, formed by ...": its members
        groups = [c for c in head.children if c.dep_ == "appos" and
                  c.lemma_.lower() in _GROUP_NOUNS]
        groups += [head.head] if head.dep_ == "compound" and \
            head.head.lemma_.lower() in _GROUP_NOUNS else []
        for group in groups:
            for clause in (c for c in group.children if c.dep_ in ("acl", "relcl")):
                members = self.pobjects(clause, ("by", "of"), _PARTIES) + [
                    k for c in clause.children if c.dep_ == "dobj"
                    for k in self.entities(c, _PARTIES)]
                for member in members:
                    self.add(member, Predicate.MEMBER_OF, key, clause)
        # "its local subsidiary, State Grid Brazil Holding": the owner is the possessor;
        # "whose Indian unit Maruti Suzuki", "Enel's subsidiary Enel Chile SA"
        unit = head.head if head.dep_ == "appos" else doc[mention.start - 1] \
            if mention.start > 0 else head
        if unit.lemma_.lower() in _UNIT_NOUNS and unit.i < mention.start:
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
            if token.lower_ == "which" and token.i >= 3 and doc[token.i - 1].lower_ == "of" and \
                    doc[token.i - 2].lower_ in ("all", "both", "each", "most"):
                self.members_of_which(token)
            if token.lower_ == "members" and any(c.lower_ == "whose" for c in token.children):
                # "Mercosur, whose members include Brazil, Argentina, ..."
                owners = [k for c in token.children if c.lower_ == "whose"
                          for k in self.entities(c, (*_ORGS, EntityClass.REGION))]
                # "whose members include X and Y", "whose members such as X and Y have ..."
                listed = [k for c in token.head.children if c.dep_ in ("dobj", "attr")
                          for k in self.entities(c, _PARTIES)]
                listed += [k for k in self.entities(token, (EntityClass.COUNTRY,))
                           if k not in listed]
                for member in listed:
                    for owner in owners[:1]:
                        self.add(member, Predicate.MEMBER_OF, owner, token)
            if token.lower_ == "members" and token.dep_ == "nsubj" and \
                    token.head.lemma_ == "be":
                self.members_are(token)
            if token.lower_ == "members" and token.dep_ != "attr":
                # "the two BRICS members": the countries counted, of the bloc named
                named = [k for k in self.keys_of([c for c in token.children
                                                  if c.dep_ == "compound"])
                         if self.classes.get(k) in (EntityClass.ORGANIZATION,
                                                    EntityClass.REGION)]
                for member in self.counted_countries(token) if named else []:
                    self.add(member, Predicate.MEMBER_OF, named[0], token)
            member_states = token.lemma_.lower() in ("state", "country", "nation") and \
                any(c.dep_ == "compound" and c.lower_ == "member" for c in token.children)
            if (token.lower_ in ("members", "member") or member_states) and \
                    token.dep_ in ("attr", "appos"):
                # "Poland and Hungary are members of the V4"; "the four, all members of the
                # Visegrad Group": the subject or the words the apposition describes; "both
                # European Union member states" names the bloc before 'member'
                blocs = self.pobjects(token, ("of",), (EntityClass.ORGANIZATION,))
                blocs += [k for k in self.keys_of([t for t in token.subtree if t.i < token.i
                                                   and t.dep_ in ("compound", "nmod")])
                          if self.classes.get(k) == EntityClass.ORGANIZATION] \
                    if member_states else []
                # "..., the bloc's four founding members"
                blocs += [k for c in token.children if c.dep_ == "poss"
                          for k in self.entities(c, (EntityClass.ORGANIZATION,))]
                described = token.head if token.dep_ == "appos" else next(
                    (c for c in token.head.children if c.dep_ == "nsubj"), None)
                members = [] if described is None else \
                    self.entities(described, (EntityClass.COUNTRY,)) or \
                    self.counted_countries(described)
                for member in members:
                    for bloc in blocs[:1]:
                        if self.asserted(token.head if token.dep_ == "attr" else token):
                            self.add(member, Predicate.MEMBER_OF, bloc, token)
            if token.lower_ in ("bloc", "grouping", "alliance", "union") and token.pos_ == "NOUN":
                # "the Mercosur bloc of Brazil, Argentina, Uruguay and Paraguay"; "SACU, a
                # union of five states": the countries it is made of
                blocs = [k for k in self.keys_of([c for c in token.children
                                                  if c.dep_ in ("compound", "nmod")])
                         if self.classes.get(k) == EntityClass.ORGANIZATION]
                if token.dep_ == "appos" and not blocs:
                    blocs = [k for k in [self.key_at(token.head)]
                             if k and self.classes.get(k) == EntityClass.ORGANIZATION]
                listed = self.pobjects(token, ("of",), (EntityClass.COUNTRY,))
                for member in listed if len(listed) >= 2 else []:
                    for bloc in blocs[:1]:
                        self.add(member, Predicate.MEMBER_OF, bloc, token)
            if token.lemma_.lower() in ("form", "found", "create", "establish") and \
                    token.pos_ == "VERB" and token.dep_ in ("advcl", "acl") and \
                    any(c.dep_ == "agent" for c in token.children):
                # "Originally formed by Brazil, Russia, India and China, the grouping ..."
                subject = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                blocs = [k for c in subject or [token.head]
                         for k in self.entities(c, (EntityClass.ORGANIZATION,))]
                for member in self.pobjects(token, ("by",), (EntityClass.COUNTRY,)):
                    for bloc in blocs[:1]:
                        self.add(member, Predicate.MEMBER_OF, bloc, token)
            if token.lemma_.lower() in ("bring", "include", "comprise", "unite", "group") and \
                    token.pos_ == "VERB":
                # "the CPLP, a bloc that brings together Brazil and Angola with members such
                # as Portugal": the bloc's members
                blocs = [k for k in self.subject_of(token)
                         if self.classes.get(k) in (EntityClass.ORGANIZATION,)]
                listed = [k for c in token.children if c.dep_ == "dobj"
                          for k in self.entities(c, (EntityClass.COUNTRY,))]
                if listed:  # "which groups Turkey with Azerbaijan, Kazakhstan and ..."
                    listed += [k for k in self.pobjects(token, ("with",), (EntityClass.COUNTRY,))
                               if k not in listed]
                listed += [k for t in token.subtree if t.lower_ == "members"
                           for k in self.entities(t, (EntityClass.COUNTRY,)) if k not in listed]
                for member in listed:
                    for bloc in blocs[:1]:
                        self.add(member, Predicate.MEMBER_OF, bloc, token)
            if token.lower_ in ("groups", "comprises", "includes") and token.i > 0 and \
                    self.classes.get(self.key_at(self.doc[token.i - 1]) or "") == \
                    EntityClass.ORGANIZATION:
                # "ASEAN groups Brunei, Cambodia, ...", read from the words (the parser may
                # take the verb for a noun, or break the list)
                bloc = self.key_at(self.doc[token.i - 1]) or ""
                listed = self.countries_listed_after(token)
                if len(listed) >= 2:
                    for member in listed:
                        self.add(member, Predicate.MEMBER_OF, bloc, token)
            if token.lemma_.lower() == "member" and token.dep_ == "pobj" and \
                    token.head.lower_ == "as" and token.head.head.lemma_.lower() in (
                        "admit", "accept", "welcome", "join"):
                # "Timor-Leste was admitted as the bloc's 11th member"
                verb = token.head.head
                blocs = [k for c in token.children if c.dep_ == "poss"
                         for k in self.entities(c, (EntityClass.ORGANIZATION,))]
                blocs += self.pobjects(token, ("of",), (EntityClass.ORGANIZATION,))
                members = [k for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                           for k in self.entities(c, (EntityClass.COUNTRY,))]
                for member in members:
                    for bloc in blocs[:1]:
                        if self.asserted(verb):
                            self.add(member, Predicate.MEMBER_OF, bloc, verb)
            if token.lemma_.lower() in ("join", "belong", "accede") and token.pos_ == "VERB" \
                    and token.lemma_.lower() != "belong":
                # "Hungary, which joined the European Union in 2004"
                blocs = [k for c in token.children if c.dep_ == "dobj"
                         for k in self.entities(c, (EntityClass.ORGANIZATION,))]
                blocs += self.pobjects(token, ("to",), (EntityClass.ORGANIZATION,))
                members = [k for c in token.children if c.dep_ == "nsubj"
                           for k in self.entities(c, (EntityClass.COUNTRY,))]
                for member in members:
                    for bloc in blocs[:1]:
                        if self.asserted(token):
                            self.add(member, Predicate.MEMBER_OF, bloc, token)
            if token.lower_ in ("economy", "member", "country", "nation", "state") and \
                    token.dep_ == "appos":
                # "Indonesia, the largest economy in ASEAN": a member of the bloc
                blocs = self.pobjects(token, ("in", "of"), (EntityClass.ORGANIZATION,))
                members = [k for k in [self.key_at(token.head)]
                           if k and self.classes.get(k) == EntityClass.COUNTRY]
                for member in members:
                    for bloc in blocs[:1]:
                        self.add(member, Predicate.MEMBER_OF, bloc, token)
            if token.lemma_.lower() == "belong" and token.pos_ == "VERB":
                # "Uganda and Rwanda, which like Kenya belong to the EAC"
                groups = self.pobjects(token, ("to",), (EntityClass.ORGANIZATION,))
                members = [k for c in token.children if c.dep_ == "nsubj"
                           for k in self.entities(c, _PARTIES)]
                members += self.pobjects(token, ("like",), _PARTIES)
                for member in members:
                    for group in groups[:1]:
                        self.add(member, Predicate.MEMBER_OF, group, token)
            if token.lemma_.lower() == "member" and token.dep_ == "attr":
                verb = token.head
                of_which = [c for prep in [*token.children, *verb.children]
                            if prep.lower_ == "of" for c in prep.children
                            if c.lower_ in ("which", "whom")]
                holders = [verb.head] if of_which and verb.dep_ == "relcl" else []
                wholes = [k for b in holders
                          for k in self.entities(b, _ORGS + (EntityClass.REGION,))]
                parts = [k for c in token.head.children if c.dep_ == "nsubj"
                         for k in self.entities(c, _PARTIES)]
                for part in parts:
                    for whole in wholes[:1]:
                        self.add(part, Predicate.MEMBER_OF, whole, token)
            if token.lower_ not in ("nations", "countries", "states", "members", "economies"):
                continue
            # "the organization's member states, namely ...": the bloc named before, too
            # (a bank has members too: "the NDB's five founding members, Brazil, ...")
            group_classes = (EntityClass.REGION, EntityClass.ORGANIZATION) + (
                (EntityClass.FIRM,) if token.lower_ == "members" else ())
            groups = [g for c in token.children if c.dep_ != "appos"
                      for g in self.entities(c, group_classes)]
            k = token.i + 1
            # "four member states of the Gulf Cooperation Council (GCC): the UAE, ...": the
            # list follows the bloc's name
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and
                       c.i == k), None)
            groups += [g for g in self.pobjects(token, ("of",), group_classes)
                       if g not in groups]
            if token.i >= 2 and doc[token.i - 1].lower_ == "member":
                # "EU Member States Germany, Italy and Portugal" (the parser may hang the bloc
                # on 'Member')
                groups += [g for g in self.keys_of([doc[token.i - 2]])
                           if self.classes.get(g) in group_classes and g not in groups]
            if not groups:
                continue
            bloc_names = [o for o in of.children if o.dep_ == "pobj" and o.i in self.mention_at] \
                if of is not None else []
            if bloc_names:
                k = self.mention_at[bloc_names[0].i].end
                if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text in (")", "):"):
                    k += 2  # "(GCC):" (the tokenizer may keep the colon with the bracket)
                    k += doc[k].text == ")"
            # "the BRICS countries Brazil, Russia, India, China and South Africa": straight on
            straight = k < len(doc) and self.classes.get(self.key_at(doc[k]) or "") == \
                EntityClass.COUNTRY
            if k < len(doc) and doc[k].text in ("-", "--", "—", "–", ":", "):", "(", ",") or \
                    straight or (
                    k + 1 < len(doc) and doc[k].lower_ in ("including", "such", "namely")):
                members = []
                verb_seen = False
                for t in doc[k : min(len(doc), k + 30)]:
                    if t.is_sent_start and t.i > k or t.lower_ == "well" and \
                            doc[t.i - 1].lower_ == "as":
                        break  # "..., as well as Hungary, which takes part as an observer"
                    verb_seen = verb_seen or t.pos_ in ("VERB", "AUX") and bool(members)
                    key = self.token_key.get(t.i)
                    # "..., Vietnam and Malaysia were China's top partners": past the verb,
                    # a possessor is no member ("Poland has said ... and Italy has voiced")
                    if key and self.classes.get(key) == EntityClass.COUNTRY and \
                            key not in members and not (verb_seen and t.dep_ == "poss"):
                        members.append(key)
                    if t.text in (".", ";") or t.text == ")" and doc[k].text == "(" or \
                            t.i > k and t.text == doc[k].text in ("--", "—", "–"):
                        break  # (a list in brackets or dashes ends with them; "(UAE)" inside
                        # does not)
                if len(members) >= 2:
                    for member in members:
                        self.add(member, Predicate.MEMBER_OF, groups[0], token.sent)

    def members_are(self, members: Token) -> None:
        """'ASEAN's members are Brunei, Cambodia, ...', 'the members of Mercosur are ...': the
        countries listed after the verb (read from the words up to the clause's end: the
        parser breaks long lists)."""
        wholes = (EntityClass.ORGANIZATION, EntityClass.REGION)
        blocs = [k for c in members.children if c.dep_ == "poss"
                 for k in self.entities(c, wholes)] + self.pobjects(members, ("of",), wholes)
        if not blocs:
            return
        listed = self.countries_listed_after(members.head)
        if len(listed) >= 2 and self.asserted(members.head):
            for member in listed:
                self.add(member, Predicate.MEMBER_OF, blocs[0], members.head)

    def countries_listed_after(self, token: Token) -> list[str]:
        """The countries named after `token` up to its clause's end ('ASEAN groups Brunei,
        Cambodia, ..., while ...'), read from the words: the parser breaks long lists."""
        listed: list[str] = []
        for t in self.doc[token.i + 1 : token.sent.end]:
            if t.text in (";", ".") or t.lower_ in ("while", "whereas", "but"):
                break
            key = self.key_at(t)
            if key and self.classes.get(key) == EntityClass.COUNTRY and key not in listed:
                listed.append(key)
        return listed

    def members_of_which(self, which: Token) -> None:
        """'Benin, Togo and Senegal, all of which, like Nigeria, are members of ECOWAS': the
        countries listed before, read from the words (the parser breaks such sentences)."""
        doc = self.doc
        ahead = doc[which.i + 1 : min(which.sent.end, which.i + 14)]
        members_word = next((t for t in ahead if t.lemma_.lower() == "member"), None)
        if members_word is None:
            return
        k = members_word.i + 1
        while k < len(doc) and doc[k].lower_ in ("states", "countries", "of", "the"):
            k += 1
        bloc = self.token_key.get(k)
        if bloc is None or self.classes.get(bloc) not in (EntityClass.ORGANIZATION,
                                                          EntityClass.REGION):
            return
        last = doc[which.i - 3] if doc[which.i - 3].text == "," else doc[which.i - 2]
        if last.text == ",":
            last = doc[last.i - 1]
        while last.dep_ == "conj" and last.head != last:
            last = last.head
        members = self.entities(last, (EntityClass.COUNTRY,))
        members += [k for t in ahead[: members_word.i - which.i]  # "like Nigeria"
                    if t.head.lower_ == "like" for k in self.entities(t, (EntityClass.COUNTRY,))]
        for member in dict.fromkeys(members):
            self.add(member, Predicate.MEMBER_OF, bloc, which.sent)

    def position(self, mention: Mention) -> None:
        """'Laziz Kudratov, Uzbekistan's minister of investment, ...'; 'Zhang Hong, a research
        fellow at the Institute ...'; 'Uzbek Investment Minister Laziz Kudratov'."""
        doc = self.doc
        person = self.token_key[mention.start]
        head = doc[mention.start:mention.end].root
        agent = head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else None
        if agent is not None and agent.head.lemma_.lower() in _LEAD_VERBS and \
                agent.head.dep_ in ("acl", "relcl"):
            # "Berkshire Hathaway, chaired by Warren Buffett": the body the person leads
            for led in self.entities(agent.head.head, _ORGS):
                self.add(person, Predicate.HOLDS_POSITION_IN, led, agent.head)
        titles = [c for c in head.children if c.dep_ == "appos" and c.i >= mention.end]
        if not titles and mention.end + 1 < len(doc) and doc[mention.end].text == ",":
            nxt = doc[mention.end + 1]
            titles = [t for t in doc[mention.end + 1 : mention.end + 6] if t.dep_ == "appos"
                      or (t.lower_ in lexicon.POSITION_NOUNS and t.head == head)][:1]
            if not titles and nxt.pos_ in ("DET", "PROPN", "NOUN", "ADJ"):
                window = []
                for t in doc[mention.end + 1 : mention.end + 8]:
                    if t.pos_ in ("VERB", "AUX") or t.text in (";", "."):
                        break  # "..., the meeting brought together Nigeria's Minister"
                    window.append(t)
                # ("Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon": the
                # title before a name is that name's)
                titles = [t for t in window if t.lower_ in lexicon.POSITION_NOUNS and not (
                    t.i + 1 < len(doc) and self.token_key.get(t.i + 1) not in (None, person) and
                    self.classes.get(self.token_key.get(t.i + 1, "")) == EntityClass.PERSON)][:1]
        for title in titles:
            words = {t.lower_ for t in title.subtree}
            if not words & lexicon.POSITION_NOUNS:
                continue
            between = range(mention.end, title.i)
            if any(self.classes.get(self.token_key.get(i, "")) == EntityClass.PERSON and
                   self.token_key.get(i) != person for i in between):
                continue  # "Ahn and Rosan Roeslani, Indonesia's minister": Roeslani's title
            clauses = {t.i for c in title.subtree if c.dep_ in ("relcl", "acl")
                       for t in c.subtree}
            if any(self.classes.get(self.token_key.get(t.i, "")) == EntityClass.PERSON and
                   self.token_key.get(t.i) != person and t.i not in clauses
                   for t in title.subtree):
                continue  # "Mr X; Senegal's Minister of Energy, Mr Y": Y's title
            after = max(t.i for t in title.subtree) + 1
            while after < len(doc) and (doc[after].text == "," or
                                        doc[after].lower_ in lexicon.HONORIFIC_ABBREVIATIONS):
                after += 1
            if after < len(doc) and after > max(t.i for t in title.subtree) + 1 and \
                    self.classes.get(self.token_key.get(after, "")) == EntityClass.PERSON and \
                    self.token_key.get(after) != person:
                continue  # "Mr Lahlou, the Group Chief Executive of FPCN, Mr Danjuma": his
            role = self.role_text(title)
            # "Bambang Wicaksono, director-general of electricity at ESDM": the parser may
            # hang 'at ESDM' on the name
            organisation = self.employer(title) or next(
                iter(self.pobjects(head, ("at", "with"), _EMPLOYERS)), None) or \
                self.employer_after(title)
            home = organisation if self.classes.get(organisation or "") == \
                EntityClass.COUNTRY else None
            ministry = self.ministry_of(role, home) or self.ministry_of(
                " ".join(t.text for t in title.subtree), home)  # with words that name places
            # "a fellow at the Energy Studies Institute of the National University of
            # Singapore": every body the title names
            parents = [k for k in self.keys_of(list(title.subtree)) if organisation and
                       self.classes.get(organisation) in _ORGS and self.classes.get(k) in _ORGS]
            for target in dict.fromkeys(k for k in (organisation, ministry, *parents) if k):
                self.add(person, Predicate.HOLDS_POSITION_IN, target, title.sent, role=role)
            if organisation or ministry:
                return
        for clause in (c for c in head.children if c.dep_ == "relcl"):
            if clause.lemma_.lower() in ("serve", "act", "double"):
                # "X, who also serves as Minister of Development, Industry, Trade and Services"
                for title in (o for prep in clause.children if prep.lower_ == "as"
                              for o in prep.children if o.dep_ == "pobj"):
                    role = self.role_text(title)
                    body = self.employer(title) or self.ministry_of(
                        " ".join(t.text for t in title.subtree))
                    if body:
                        self.add(person, Predicate.HOLDS_POSITION_IN, body, clause, role=role)
            if clause.lemma_.lower().removeprefix("co-") in _LEAD_VERBS:
                # "X, who heads the Department of Finance", "who co-chairs the committee";
                # "who heads the group's Nigerian operations": the group
                objects = [c for c in clause.children if c.dep_ == "dobj"]
                objects = [next((g for g in c.children if g.dep_ == "poss"), c)
                           if c.lemma_.lower() in _BRANCH_NOUNS else c for c in objects]
                for body in [k for c in objects  # "the French group's": the group
                             for k in self.entities(c, _ORGS) or
                             self.entities(c, _EMPLOYERS)][:1]:
                    self.add(person, Predicate.HOLDS_POSITION_IN, body, clause,
                             role=clause.lemma_.lower())
        if mention.end + 1 < len(doc) and doc[mention.end].lower_ in ("of", "from", "at"):
            # "Katrin Vogler of the BMWE", "Tulio Cariello of the Business Council"
            bodies = [k for k in self.pobjects(head, ("of", "from", "at"), _ORGS)]
            for body in bodies[:1]:
                self.add(person, Predicate.HOLDS_POSITION_IN, body, head.sent)
        # Title before the name: "Uzbek Investment Minister Laziz Kudratov"
        # and "Prime Minister of Japan Shigeru Ishiba"
        before: list[Token] = []
        stop = mention.start
        while stop > 0 and doc[stop - 1].lower_ in lexicon.HONORIFIC_ABBREVIATIONS:
            stop -= 1  # "the Minister of Foreign Trade, Ms. Carmen Rosales Vidal"
        if stop >= 2 and doc[stop - 1].text == "," and \
                (mention.end >= len(doc) or doc[mention.end].text in (",", ".", ";")) and \
                any(t.lower_ in lexicon.POSITION_NOUNS for t in doc[max(0, stop - 10) : stop]):
            # "Morocco's Minister of Energy Transition, Youssef Bennani,"; "Kazakhstan's vice
            # minister of energy, Daulet Zhaksybekov, told"
            stop -= 1
            if stop >= 3 and doc[stop - 1].text == ")" and doc[stop - 3].text == "(":
                stop -= 3  # "Minister of State for Petroleum Resources (Gas), Mr ..."
        for t in reversed(doc[max(0, stop - 9) : stop]):
            previous = doc[t.i - 1] if t.i > 0 else t
            # "Minister of Energy Transition and Sustainable Development": a portfolio runs
            # through 'of' after a title and 'and' between capitalised words
            # ("minister of investment, industry and trade": in lower case too, after 'of')
            title_of_before = any(w.lower_ in ("of", "for") and w.i > 0 and
                                  doc[w.i - 1].lower_ in lexicon.POSITION_NOUNS
                                  for w in doc[max(0, t.i - 6) : t.i])
            portfolio_and = t.pos_ == "CCONJ" and bool(before) and (
                previous.text[:1].isupper() and before[0].text[:1].isupper() or
                title_of_before and previous.pos_ in ("NOUN", "PROPN") and
                before[0].pos_ in ("NOUN", "PROPN"))
            # "Vice Minister of Trade, Industry and Energy Yoon Sang-woo": a list portfolio
            portfolio_comma = t.text == "," and bool(before) and title_of_before and (
                previous.text[:1].isupper() and before[0].text[:1].isupper() or
                previous.pos_ in ("NOUN", "PROPN") and before[0].pos_ in ("NOUN", "PROPN"))
            title_of = t.lower_ in ("of", "for") and (
                bool(before) and self.key_at(before[0]) is not None or
                previous.lower_ in lexicon.POSITION_NOUNS | {"state"}) or \
                t.lower_ == "to" and previous.lower_ in _ENVOYS  # "Ambassador to Egypt"
            # "Secretary-General", "Director-General": one title, split by the tokenizer
            title_hyphen = t.text == "-" and not t.whitespace_ and bool(before) and \
                previous.text[:1].isupper() and not previous.whitespace_
            if portfolio_comma or title_hyphen:
                before.insert(0, t)
                continue
            # ("managing director": a participle inside the title is no verb)
            if t.text in (",", ".", ";", ":", "-", "—", "–", "(", ")") or t.is_sent_end or \
                    t.pos_ == "VERB" and t.dep_ not in ("amod", "compound") or \
                    t.pos_ == "CCONJ" and not portfolio_and or \
                    t.pos_ == "ADP" and not title_of:
                break
            before.insert(0, t)
        if not (before and any(t.lower_ in lexicon.POSITION_NOUNS for t in before)):
            return
        # the country an envoy is sent to is not the one that employs them
        sent_to = next((i for i, t in enumerate(before) if t.lower_ == "to" and i > 0 and
                        before[i - 1].lower_ in _ENVOYS), len(before))
        employers = _EMPLOYERS + ((EntityClass.REGION,) if any(
            t.lemma_.lower() in _REGIONAL_POSTS for t in before) else ())
        keys = [k for k in self.keys_of(before[:sent_to]) if self.classes.get(k) in employers]
        # "ADB Country Director for Bangladesh Takeshi Moriyama": a body named before the
        # title employs the person; the place after it is what the post covers
        # (the title of this name only: "Secretary X and QIA Chief Executive Y")
        own = max((i + 1 for i, t in enumerate(before) if t.pos_ == "CCONJ" or
                   self.classes.get(self.token_key.get(t.i, "")) == EntityClass.PERSON),
                  default=0)
        first_title = next((i for i, t in enumerate(before) if i >= own and
                            t.lower_ in lexicon.POSITION_NOUNS), own)
        keys = [k for k in self.keys_of(before[own:first_title]) if k in keys and
                self.classes.get(k) in _ORGS][-1:] or keys
        if not keys:  # "the country's energy minister, X": the country named before
            keys = [k for t in before if t.lower_ in ("country", "nation") and
                    t.dep_ == "poss" for k in self.entities(t, (EntityClass.COUNTRY,))][:1]
        if before[0].lower_ in ("its", "their") and before[0].dep_ == "poss":
            # "Its chief executive, Márcia Duarte, said": the firm the pronoun stands for ("its
            # Nigeria managing director": the country is where the post is)
            keys = [k for k in self.entities(before[0], _ORGS)][:1] or keys
            if any(t.lower_ in ("minister", "ministers") for t in before):
                # "Its minister, Tengku Zafrul Aziz": of the ministry or state named last
                keys = [k for k in [self.recent(before[0], (EntityClass.GOVERNMENT_BODY,
                                                            EntityClass.COUNTRY))] if k] or keys
        role_tokens = [t for t in before if not self.token_key.get(t.i) and
                       t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in ("'s",)]
        spoken_title = " ".join(t.text for t in role_tokens).lower() or None
        ministry = self.ministry_of(spoken_title, next(
            (k for k in keys if self.classes.get(k) == EntityClass.COUNTRY), None))
        targets = [*keys[-1:], *([ministry] if ministry else [])]
        home = self.home if self.home in self.classes else next(iter(self.main_pair), None)
        # "Transport Minister Filip Radulovic": a portfolio's minister of no named country,
        # unless the person holds a post named before ("Minister Bensalah")
        bare_minister = spoken_title is not None and spoken_title.split()[-1] == "minister" \
            and len(spoken_title.split()) > 1 and not any(
                r.subject == person and r.predicate == Predicate.HOLDS_POSITION_IN
                for r in self.relations)
        if not targets and (spoken_title in lexicon.LEADER_TITLES or bare_minister) and home \
                and not self.visits_home(mention_span(doc, mention).sent, home):
            # A bare "President X" or "Prime Minister X" in national news is the leader of
            # the country the story was filed from (else the one it is most about); a visitor
            # is named with their country.
            targets = [home]
            others = [k for k in self.main_pair if k != home]
            if others and spoken_title and self.titled_with(
                    mention_span(doc, mention).sent, home, spoken_title.split()[-1]):
                # "Prime Minister Narendra Modi and Prime Minister of Japan Shigeru Ishiba":
                # the one of the pair whose country the other's title does not name
                targets = others[:1]
        for target in dict.fromkeys(targets):
            self.add(person, Predicate.HOLDS_POSITION_IN, target, mention_span(doc, mention),
                     role=spoken_title)

    def titled_with(self, sent: Span, country: str, title: str) -> bool:
        """Whether the sentence gives someone the title as the country's ('Prime Minister of
        Japan', 'Japan's prime minister')."""
        return any(self.token_key.get(t.i) == country and (
            t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == title or
            t.dep_ == "poss" and t.head.lower_ == title) for t in sent)

    def visits_home(self, sent: Span, home: str) -> bool:
        """Whether the sentence tells of a visit to the article's country (or to a place we
        cannot place): its leaders travel abroad, foreign leaders visit it."""
        for token in sent:
            if token.lemma_.lower() != "visit":
                continue
            places = self.pobjects(token, ("to",), _PLACES) + [
                k for c in token.children if c.dep_ == "dobj" for k in self.entities(c, _PLACES)]
            if not places or any(p == home or self.containing.get(p) == home for p in places):
                return True
        return False

    def ministry_of(self, role: str | None, country: str | None = None) -> str | None:
        """The ministry a role names, if the article names it: 'minister of railways' or
        'Railways Minister' -> the Ministry of Railways (of `country`, when two countries'
        ministries have that name)."""
        if not role:
            return None
        words = {w for w in re.findall(r"[a-z]+", role.lower())
                 if w not in ("minister", "ministry", "of", "and", "the", "deputy", "first",
                              "state", "for", "vice", "prime", "secretary", "department",
                              "cabinet", "principal", "permanent", "assistant")}
        if not words:
            return None
        candidates = []
        for key, cls in self.classes.items():
            if cls != EntityClass.GOVERNMENT_BODY:
                continue
            label = set(re.findall(r"[a-z]+", self.labels.get(key, "").lower()))
            # "Business and Trade Secretary": the Department for Business and Trade
            if label & {"ministry", "department"} and words <= label:
                candidates.append(key)
        if country is not None and country in self.labels and len(candidates) > 1:
            name = self.labels[country]
            for key in candidates:
                if any(name in form for form in (self.labels[key], *self.aliases.get(key, ()))):
                    return key
        if candidates:
            return candidates[0]
        if "commissioner" in role.lower():
            # "the European Commissioner for Trade" sits in the European Commission
            for key in self.classes:
                label_words = set(re.findall(r"[a-z]+", self.labels.get(key, "").lower()))
                if "commission" in label_words and label_words - {"commission", "the"} <= \
                        set(re.findall(r"[a-z]+", role.lower())):
                    return key
        return None

    def employer(self, title: Token) -> str | None:
        """The organisation or country of a title phrase: a possessor ('Uzbekistan's
        minister'), a demonym ('Uzbek minister'), or the object of at/of/with/from."""
        # a governor or a mayor holds a post in a region or city ("Governor of Bahia")
        employers = _EMPLOYERS + ((EntityClass.REGION,) if title.lemma_.lower() in
                                  _REGIONAL_POSTS else ())
        for c in title.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and self.key_at(c) and \
                    self.classes.get(self.key_at(c) or "") in employers or \
                    c.dep_ == "poss" and self.classes.get(self.key_at(c) or "") == \
                    EntityClass.REGION:  # "Bahia's secretary of economic development"
                return self.key_at(c)
            if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and \
                    (bodies := self.entities(c, _ORGS)):
                return bodies[0]  # "the group's president", "the Bank's country manager"
        queue = [title]
        while queue:
            t = queue.pop(0)
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "in" and any(
                        o.lower_ == "charge" for o in c.children):
                    queue += [o for o in c.children if o.lower_ == "charge"]  # "in charge of"
                elif c.dep_ == "prep" and c.lower_ in ("at", "of", "with", "from", "for"):
                    objects = list(c.children) or self.name_after(c)
                    # ("secretary of PNG's Department": the parser may make both objects)
                    owned = [o for o in objects if not any(
                        g.dep_ == "case" and g.lower_ in ("'s", "’s") for g in o.children)]
                    for obj in owned or objects:
                        # "chief representative of JICA's Indonesia office": JICA's
                        owner = next((g for g in obj.children if g.dep_ == "poss"), None) \
                            if obj.lemma_.lower() in _BRANCH_NOUNS else None
                        # ("secretary of PNG's Department of Transport": the department)
                        own = [k for k in [self.key_at(obj)]
                               if k and self.classes.get(k) in employers]
                        keys = (self.entities(owner, _ORGS) if owner is not None else []) or \
                            own or self.entities(obj, employers)
                        if keys:
                            return keys[0]
                        queue.append(obj)
                elif c.dep_ in ("conj",) and c.i > t.i:
                    queue.append(c)
        return None

    def employer_after(self, title: Token) -> str | None:
        """'Rajesh Kumar Jha, Chief Executive Officer, NVVN': the body named right after the
        title, as official lists write it."""
        after = title.i + 1  # (the parser may hang the body on the title as a conjunct)
        if after + 1 >= len(self.doc) or self.doc[after].text != ",":
            return None
        key = self.key_at(self.doc[after + 1])
        return key if self.classes.get(key or "") in _ORGS else None

    def role_text(self, title: Token) -> str:
        # (a possessive's "'s" goes with its name: "secretary of PNG's Department")
        tokens = [t for t in title.subtree if not self.token_key.get(t.i) and not (
            t.lower_ in ("'s", "’s") and self.token_key.get(t.i - 1))]
        while tokens and (tokens[0].dep_ in ("det", "case", "punct") or
                          tokens[0].lower_ in ("'s", "’s")):
            tokens = tokens[1:]
        cut = len(tokens)
        for n, t in enumerate(tokens):
            if t.lower_ in ("at", "with", "from", ",", "who", "which") and n > 0:
                cut = n
                break
        words = [t for t in tokens[:cut]]
        while words and (words[-1].is_punct or words[-1].pos_ in ("ADP", "DET", "CCONJ")):
            words = words[:-1]  # "director of the" (the body itself is the object)
        return "".join(t.text_with_ws for t in words).strip()

def mention_span(doc: Doc, mention: Mention) -> Span:
    return doc[mention.start : mention.end]
