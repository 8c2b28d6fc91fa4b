"""Entity resolution within one article: one entity per real-world thing.

Merges the forms an article uses for the same thing: a name and its abbreviation in
parentheses ("Ministry of Commerce (MOFCOM)"), a person's full name and surname ("Laziz
Kudratov" ... "Kudratov"), a firm's full name and short form ("Envision Energy Co" ...
"Envision"), a country and its demonym ("China", "Chinese"). The other forms become aliases.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.mentions import Mention
from kg.extract.records import EntityClass
from kg.gazetteer import Gazetteer
from kg.text import name_words, slugify, spells

_EU, _EUROPE = "org:european-union", "region:europe"
_KNOWN_AS_WORDS = frozenset({",", "better", "also", "widely", "commonly", "known", "as"})
_ORG_CLASSES = (EntityClass.FIRM, EntityClass.GOVERNMENT_BODY, EntityClass.ORGANIZATION)
# When the forms of one entity disagree on its class, the most specific evidence wins.
_CLASS_PRIORITY = (
    EntityClass.COUNTRY, EntityClass.PERSON, EntityClass.EVENT, EntityClass.GOVERNMENT_BODY,
    EntityClass.ORGANIZATION, EntityClass.FIRM, EntityClass.PROJECT, EntityClass.AGREEMENT,
    EntityClass.REGION,
)


@dataclass(frozen=True)
class ResolvedEntity:
    key: str
    cls: EntityClass
    label: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]


# What people, not firms or works, are said to do in news copy
_PEOPLE_SAY = frozenset({"say", "tell", "add", "note", "stress", "explain", "recall", "warn",
                         "emphasize", "emphasise", "argue", "insist", "urge", "meet"})
# Words that open a surname of several words ("Al Mansoori", "von der Leyen", "da Silva")
_SURNAME_PARTICLES = frozenset({"al", "el", "bin", "ben", "abu", "van", "von", "de", "da", "di",
                                "du", "der", "dos", "das", "del", "le", "la"})


def _clean(text: str) -> str:
    text = " ".join(text.split())
    for article in ("the ", "The "):
        if text.startswith(article):
            text = text[len(article):]
    return text


def resolve_entities(
    mentions: list[Mention], doc: Doc, gazetteer: Gazetteer
) -> tuple[list[ResolvedEntity], dict[tuple[int, int], str]]:
    """Group mentions into entities. Returns the entities (in order of first mention) and a map
    from each mention's token span (start, end) to its entity key."""
    # A mention is represented by the mention it refers to (itself by default).
    target: dict[int, int] = {i: i for i in range(len(mentions))}
    by_start = {m.start: i for i, m in enumerate(mentions)}

    # Abbreviation in parentheses right after a name: "(MOFCOM)".
    for i, mention in enumerate(mentions):
        end = mention.end
        j = by_start.get(end + 1) if end + 2 < len(doc) and doc[end].text == "(" else None
        if j is None or mentions[j].end >= len(doc) or doc[mentions[j].end].text != ")":
            continue
        capitals = sum(c.isupper() for c in mentions[j].text.split()[0])  # "MoR", "JR East"
        # "(Codelco)": a known short name counts as an abbreviation too; so does a short
        # name spelt from the full one's letters ("Hub Power Company (Hubco)")
        if (capitals >= 2 or mentions[j].key or mention.cls in _ORG_CLASSES and
                spells(mentions[j].text, mention.text)) and mention.cls != EntityClass.PERSON and \
                abbreviates(mentions[j].text, mention):
            if mentions[j].key and not mention.key:
                target[i] = j  # the known name's key stands for both
            else:
                target[j] = i
    # "The company (SEIC)": an abbreviation after a description, not a name, stands for the
    # organisation named before whose initials it spells
    for j, short in enumerate(mentions):
        if target[j] != j or short.start < 2 or doc[short.start - 1].text != "(" or \
                short.end - short.start != 1 or not short.text.isupper() or \
                len(short.text) < 3 or (short.start - 2) in {m.end - 1 for m in mentions}:
            continue
        for i in range(j - 1, -1, -1):
            if mentions[i].cls in _ORG_CLASSES and _initials(mentions[i].text) == short.text:
                target[j] = i
                break
    # "Hon Hai Precision Industry Co., better known as Foxconn": one firm, two names
    for i, mention in enumerate(mentions):
        if mention.cls not in (*_ORG_CLASSES, EntityClass.PROJECT):
            continue
        k = mention.end
        # "the Trans-Caspian International Transport Route (TITR), widely known as the Middle
        # Corridor": past the abbreviation
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3
        words: list[str] = []
        while k < len(doc) and doc[k].lower_ in _KNOWN_AS_WORDS and len(words) < 5:
            words.append(doc[k].lower_)
            k += 1
        j = by_start.get(k + 1 if k < len(doc) and doc[k].lower_ == "the" else k)
        if words[-2:] == ["known", "as"] and j is not None and target[j] == j:
            if mentions[j].key and not mention.key:
                target[i] = j  # the known name's key stands for both
            else:
                target[j] = i
    # "European investors" in a story about the EU: the Union, not the continent
    union = next((i for i, m in enumerate(mentions) if m.key == _EU), None)
    if union is not None:
        for i, m in enumerate(mentions):
            if m.key == _EUROPE and m.text in ("European", "Europeans"):
                target[i] = union
    abbreviations = {mentions[j].text: target[j] for j in range(len(mentions)) if target[j] != j}

    homes = [_home_country(m, mentions, doc, gazetteer) for m in mentions]
    people = [i for i, m in enumerate(mentions) if m.cls == EntityClass.PERSON and
              len(m.text.split()) > 1]
    orgs = [i for i, m in enumerate(mentions) if m.cls in _ORG_CLASSES and m.key is None]
    first_named: dict[str, int] = {}
    for m in mentions:
        first_named.setdefault(_clean(m.text), m.start)
    for i, mention in enumerate(mentions):
        if target[i] != i or (mention.key is not None and not mention.key.startswith("org:")):
            continue
        text = _clean(mention.text)
        words = text.split()
        if text in abbreviations:  # the abbreviation used again later
            target[i] = abbreviations[text]
            continue
        if mention.cls == EntityClass.GOVERNMENT_BODY and len(words) == 2 and \
                words[1] == "ministry" and words[0].islower():
            # "the commerce ministry": the ministry named in full with that portfolio (the
            # first named, where two have it)
            ministries = [j for j, m in enumerate(mentions)
                          if m.cls == EntityClass.GOVERNMENT_BODY and j != i and
                          "ministry" in name_words(_clean(m.text)) and
                          words[0] in name_words(_clean(m.text)) and
                          not (homes[i] and homes[j] and homes[i] != homes[j])]
            if ministries:
                target[i] = ministries[0]
                continue
        if len(words) == 1 and words[0].lower() in lexicon.EVENT_HEADS and mention.start and \
                doc[mention.start - 1].lower_ == "the":
            # "The Summit was organised by ...": the event named before with that head word,
            # which the tagger took for a name of its own
            events = [j for j, other in enumerate(mentions) if other.cls == EntityClass.EVENT
                      and other.start < mention.start and
                      words[0].lower() in name_words(_clean(other.text))]
            if events:
                target[i] = events[-1]
                continue
        if len(words) == 1 and mention.cls in (EntityClass.PERSON, *_ORG_CLASSES):
            # A surname (or a Chinese-order family name) of a person named in full before.
            for p in people:
                full = _clean(mentions[p].text).split()
                # "al-Sisi" is called "Sisi": compare without an article prefix
                last = full[-1].split("-", 1)[-1] if full[-1][:3].lower() in ("al-", "el-") \
                    else full[-1]
                if p != i and words[0] in (full[0], full[-1], last):
                    target[i] = p
                    break
            if target[i] == i and mention.cls == EntityClass.PERSON:
                # "Rosales" for "Carmen Rosales Vidal", "Lula" for "Luiz Inacio Lula da
                # Silva": a middle name, when one person alone bears it
                bearers = {_clean(mentions[p].text) for p in people if p != i and
                           words[0] in _clean(mentions[p].text).split()[1:-1]}
                if len(bearers) == 1:
                    target[i] = next(p for p in people if _clean(mentions[p].text) in bearers)
            if target[i] != i:
                continue
        if len(words) > 1 and mention.cls == EntityClass.PERSON:
            # "Grand Faw" after "Grand Faw Port": the first words of a longer name of works or
            # of a body, which the tagger took for a person's
            longer_works = _opening_with(words, [j for j, m in enumerate(mentions) if m.cls in
                                                 (*_ORG_CLASSES, EntityClass.PROJECT)], mentions)
            if longer_works:
                target[i] = longer_works[0]
                continue
        if len(words) == 2 and mention.cls == EntityClass.PERSON:
            # "Hazem Salem" for "Hazem Abdel-Latif Salem": first and last name, when one
            # longer name alone has them
            fuller = [p for p in people if p != i and len(_clean(mentions[p].text).split()) > 2
                      and (_clean(mentions[p].text).split()[0],
                           _clean(mentions[p].text).split()[-1]) == (words[0], words[1])]
            if len({_clean(mentions[p].text) for p in fuller}) == 1:
                target[i] = fuller[0]
                continue
        if 1 < len(words) < 4 and mention.cls == EntityClass.PERSON and \
                words[0].lower() in _SURNAME_PARTICLES:
            # "Al Mansoori" for "Saeed Rashid Al Mansoori", "von der Leyen": a surname that
            # opens with a particle, when one longer name alone ends with it
            fuller = [p for p in people if p != i and
                      _clean(mentions[p].text).split()[-len(words):] == words and
                      len(_clean(mentions[p].text).split()) > len(words)]
            if len({_clean(mentions[p].text) for p in fuller}) == 1:
                target[i] = fuller[0]
                continue
        if mention.cls == EntityClass.PROJECT and mention.end < len(doc) and \
                doc[mention.end].lower_ in lexicon.POSITION_NOUNS:
            # "Nile Gateway chairman Sherif Abdel Moneim": a post is held in a body, so the
            # name is the short form of the firm "Nile Gateway Terminals", not works
            owners = _opening_with(words, orgs, mentions)
            if owners:
                target[i] = owners[0]
                continue
        if mention.cls in (EntityClass.EVENT, EntityClass.PROJECT):
            # "the China-Africa expo" for "the fourth China-Africa Economic and Trade Expo",
            # "Line 4" for "Metro Line 4": a shorter name whose words all belong to one
            # longer name of the same class
            mine = name_words(text)
            longer_names = {
                _clean(other.text) for other in mentions
                if other.cls == mention.cls and len(other.text) > len(mention.text)
                and mine < name_words(_clean(other.text))}
            if len(longer_names) == 1:
                target[i] = next(j for j, other in enumerate(mentions)
                                 if other.cls == mention.cls and
                                 _clean(other.text) in longer_names)
                continue
        if mention.cls == EntityClass.REGION and mention.key is None:
            # "Áncash" for "Peru's Áncash region": the name without its unit word
            for j, other in enumerate(mentions):
                longer = _clean(other.text).split()
                if j != i and other.cls == EntityClass.REGION and other.key is None and \
                        longer[:-1] == words and longer[-1].islower():
                    target[i] = j
                    break
            continue
        if mention.cls in _ORG_CLASSES:
            # A short form: the first words of a longer organisation name ("Samsung" for
            # "Samsung Electronics", even when "Samsung" is a known name of its own), or its
            # head alone when one name has it ("Treasury" for "National Treasury").
            # ("the copper unit of Brazil's Vale", "the local unit of South Korea's Hyundai
            # Motor", "the overseas arm of state-owned agribusiness giant COFCO", "Vale's nickel
            # arm": the group that owns the unit, named with its first words, is no short form)
            before = [t.lower_ for t in doc[max(0, mention.start - 10) : mention.start]]
            while any(w in (",", ";", "(", ")") for w in before):  # within its own phrase
                before = before[1:]
            after = [t for t in doc[mention.end : mention.end + 4] if t.pos_ != "ADJ"]
            owner = "of" in before and bool(set(before) & lexicon.OWNED_UNITS) or \
                len(after) > 1 and after[0].lower_ in ("'s", "’s") and \
                after[1].lemma_.lower() in lexicon.OWNED_UNITS
            sent = doc[mention.start].sent
            for o in orgs:
                if owner and sent.start <= mentions[o].start < sent.end and \
                        mention.start - 16 <= mentions[o].start <= mention.end + 8:
                    continue  # (the unit itself, named beside its owner)
                longer = _clean(mentions[o].text).split()
                if longer and longer[0] in lexicon.LEGAL_PREFIXES:
                    longer = longer[1:]  # "PLN" for "PT PLN"
                if o != i and len(longer) >= len(words) and longer[: len(words)] == words and \
                        _clean(mentions[o].text) != text and \
                        not (homes[i] and homes[o] and homes[i] != homes[o]) and \
                        not (longer[-1] in gazetteer.country_by_form and
                             longer[-2].lower() not in ("of", "the", "for") and
                             first_named[text] < mentions[o].start):
                    # (Kazakhstan's "Ministry of Energy" is not Uzbekistan's; "Samsung",
                    # named first, is not its arm "Samsung Electronics Vietnam")
                    target[i] = o
                    break
            # ("Aramco" after "Saudi Aramco" and "Huajin Aramco": the known firm named so)
            known_named = mention.key is not None and any(
                m.key == mention.key and len(m.text) > len(mention.text) for m in mentions)
            if target[i] == i and len(words) == 1 and not known_named:
                heads = {_clean(mentions[o].text) for o in orgs if o != i and
                         _clean(mentions[o].text).split()[-1] == words[0] and
                         len(_clean(mentions[o].text).split()) > 1}
                if len(heads) == 1:
                    target[i] = next(o for o in orgs if _clean(mentions[o].text) in heads)
            elif target[i] == i and len(words) == 2 and mention.key is None:
                # "the Bank Group" for "African Development Bank Group": the last words of
                # one longer name, known or not
                ends = {_clean(m.text) for m in mentions if m.cls in _ORG_CLASSES and
                        _clean(m.text).split()[-2:] == words and len(_clean(m.text)) > len(text)}
                if len(ends) == 1:
                    target[i] = next(o for o, m in enumerate(mentions)
                                     if m.cls in _ORG_CLASSES and _clean(m.text) in ends)

    def root(i: int) -> int:
        while target[i] != i:
            i = target[i]
        return i

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[root(i)].append(i)

    # Mentions sharing a gazetteer key, or the same cleaned name and class family, are one.
    merged: dict[str, list[int]] = {}
    order: list[str] = []
    home_of_key: dict[str, str | None] = {}
    for head, members in groups.items():
        head_mention = mentions[head]
        home = next((homes[m] for m in members if homes[m]), None)
        if head_mention.key:
            key = head_mention.key
        else:
            names = [_clean(mentions[m].text) for m in members]
            longest = max(names, key=len)
            cls = _group_class([mentions[m] for m in members])
            key = f"{cls.value.lower()}:{slugify(longest)}"
            if key in merged and home and home_of_key.get(key) not in (None, home):
                key = f"{key}-{home.split(':')[1].lower()}"  # two countries' ministries
        home_of_key.setdefault(key, home)
        if key not in merged:
            merged[key] = []
            order.append(key)
        merged[key].extend(members)

    entities: list[ResolvedEntity] = []
    key_of: dict[tuple[int, int], str] = {}
    for key in sorted(order, key=lambda k: min(mentions[m].start for m in merged[k])):
        members = sorted(merged[key], key=lambda m: mentions[m].start)
        group = [mentions[m] for m in members]
        cls = _group_class(group)
        forms = [_clean(m.text) for m in group]
        if key in gazetteer.places:
            label = gazetteer.places[key].name
        elif key in gazetteer.organizations:
            label = max(forms, key=len)
            known = gazetteer.organizations[key]
            if label.isupper() and label not in (known.name, *known.aliases):
                label = known.name  # a header's "DAILY SABAH"
        else:
            label = max(forms, key=len)
        if cls == EntityClass.PERSON and label.isupper():
            forms.append(label)
            label = label.title()  # "By ZHANG YUE": a byline's capitals are no spelling
        home = home_of_key.get(key)
        if home and cls == EntityClass.GOVERNMENT_BODY and home in gazetteer.places:
            # "Kazakhstan's Ministry of Energy" is also "the Ministry of Energy of Kazakhstan"
            place = gazetteer.places[home]
            country = place.name
            if not any(form in label for form in (country, *place.aliases, *place.demonyms)):
                forms += [f"{country}'s {label}", f"{label} of {country}"]
        first, _, unit = label.rpartition(" ")
        if cls == EntityClass.REGION and first and unit.islower():
            forms.append(first)  # "Sindhupalchok district" is also "Sindhupalchok"
        aliases = tuple(dict.fromkeys(f for f in forms if f != label))
        if key in gazetteer.places:
            # Gazetteer places are keyed by their code: give the canonical class.
            cls = EntityClass.COUNTRY if key.startswith("country:") else EntityClass.REGION
        if cls == EntityClass.PERSON and not any(
                len(m.text.split()) > 1 or _named_as_person(doc, m) for m in group):
            continue  # "Varo, which built the stadium, ...": a lone word the tagger guessed
        entities.append(ResolvedEntity(key, cls, label, aliases, tuple(group)))
        for m in group:
            key_of[(m.start, m.end)] = key
    return entities, key_of


def _opening_with(words: list[str], candidates: list[int], mentions: list[Mention]) -> list[int]:
    """The candidate mentions whose longer names open with `words`."""
    return [j for j in candidates if len(longer := _clean(mentions[j].text).split()) > len(words)
            and longer[: len(words)] == words]


def _named_as_person(doc: Doc, mention: Mention) -> bool:
    """A one-word name is a person's only with a person's marks: a title or honorific before
    it ("Minister Uraloglu", "Mr Hung"), a post beside it ("Murakami, director of ..."), or
    words only people say ("Moreira said", "told reporters")."""
    before = doc[mention.start - 1].lower_ if mention.start else ""
    if before in lexicon.PERSON_TITLES | lexicon.HONORIFICS | lexicon.HONORIFIC_ABBREVIATIONS \
            or before in ("surnamed", "named", "nicknamed"):  # "a trader surnamed Li"
        return True
    last = doc[mention.end - 1]
    if last.dep_ == "appos" and last.head.lemma_.lower() in lexicon.POSITION_NOUNS:
        return True  # "its president, Moreira, said"
    after = doc[mention.end : mention.end + 4]
    if len(after) > 1 and after[0].text == "," and any(
            t.lemma_.lower() in lexicon.POSITION_NOUNS for t in after[1:]):
        return True
    head = doc[mention.end - 1].head
    return doc[mention.end - 1].dep_ == "nsubj" and head.lemma_.lower() in _PEOPLE_SAY


def _home_country(mention: Mention, mentions: list[Mention], doc: Doc,
                  gazetteer: Gazetteer) -> str | None:
    """The country a government body belongs to, as the text qualifies it: 'Kazakhstan's
    Ministry of Energy', 'the Kazakh Ministry of Energy', 'Ministry of Energy of Uzbekistan'."""
    if mention.cls != EntityClass.GOVERNMENT_BODY:
        return None
    before = [m for m in mentions if m.cls == EntityClass.COUNTRY and m.key and (
        m.end == mention.start or
        m.end == mention.start - 1 and doc[m.end].text in ("'s", "’s", "'"))]
    if before:
        return before[-1].key
    _, of, last = mention.text.rpartition(" of ")
    return gazetteer.country_by_form.get(last) if of else None


def _initials(name: str) -> str:
    """'Saudi Egyptian Investment Company' -> 'SEIC' (the small words left out)."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name)
                   if w and w[0].isupper() and w.lower() not in ("of", "and", "the", "for"))


def abbreviates(short: str, mention: Mention) -> bool:
    """Whether `short` can abbreviate the mention: any organisation may carry an acronym of
    another language (BMWK), but a place only one with its own initial ('UAE', 'DRC'), so
    that '... China (KCIC)' does not make KCIC a name of China."""
    if mention.cls not in (EntityClass.COUNTRY, EntityClass.REGION):
        return True
    return short[:1].upper() == _clean(mention.text)[:1].upper()


def _group_class(group: list[Mention]) -> EntityClass:
    """A country stays one, and so does a person named in full unless a longer name of a body
    or works holds the words; otherwise the fullest form's class wins ('Mexico Infrastructure
    Partners' is a firm whatever its abbreviation looked like)."""
    classes = {m.cls for m in group}
    if EntityClass.COUNTRY in classes:
        return EntityClass.COUNTRY
    longest = max(group, key=lambda m: (len(m.text), -_CLASS_PRIORITY.index(m.cls)))
    if longest.cls in (*_ORG_CLASSES, EntityClass.PROJECT) and len(longest.text.split()) > 2:
        return longest.cls  # ("Grand Faw" is the port "Grand Faw Port")
    if any(m.cls == EntityClass.PERSON and len(m.text.split()) > 1 for m in group):
        return EntityClass.PERSON
    return longest.cls
