"""Who says so: the source a sentence's facts are attributed to.

Cues: "according to (data from) X", "X said / reported / told ...", "X's data show".
News paragraphs often name the speaker once ("..., Kudratov said."): a sentence with no cue of
its own takes the attribution of the nearest attributed sentence in its paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg import lexicon

# Resolve a token to the entity key of the mention covering it (or None).
KeyOfToken = Callable[[Token], "str | None"]


def _entity_in(tokens: list[Token], key_of_token: KeyOfToken) -> str | None:
    """The entity a phrase names: its head's, else the first one not merely a possessor
    ("China's General Administration of Customs" names the administration)."""
    if not tokens:
        return None
    roots = [t for t in tokens if t.head not in tokens or t.head == t]
    for root in roots:
        key = key_of_token(root)
        if key is not None:
            return key
    keys = [(t, key_of_token(t)) for t in tokens if t.pos_ != "ADJ"]  # not "Pakistani
    for token, key in keys:                                                 # officials"
        if key is not None and token.dep_ != "poss" and not any(
                a.dep_ == "poss" for a in token.ancestors if a in tokens):
            return key
    for _token, key in keys:
        if key is not None:
            return key
    return None


def sentence_source(sent: Span, key_of_token: KeyOfToken) -> str | None:
    """The entity a sentence attributes its statement to, if it names one."""
    for token in sent:
        # "according to (data released by) X"
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and \
                token.doc[token.i + 1].lower_ == "to":
            subtree = [t for t in token.subtree if t.i > token.i + 1]
            # (not "from" in a clause on the source: "X, which groups operators from ...")
            agents = [t for t in subtree if (t.dep_ == "agent" or t.lower_ in ("by", "from"))
                      and not any(a.dep_ == "relcl" for a in t.ancestors if a.i > token.i)]
            for agent in agents:
                key = _entity_in(list(agent.subtree), key_of_token)
                if key:
                    return key
            key = _entity_in(subtree, key_of_token)
            if key:
                return key
    for token in sent:
        for child in [*_speakers(token), *_data_sources(token)]:
            key = _entity_in(list(child.subtree), key_of_token)
            if key:
                return key
    return None


def _data_sources(token: Token) -> list[Token]:
    """'..., data from the commerce ministry show': the 'from' phrase of the data, where the
    tagger may take the closing 'show' for a noun."""
    doc = token.doc
    if token.lower_ not in ("data", "figures", "statistics") or not any(
            t.lower_ in ("show", "shows", "showed") for t in doc[token.i + 1 : token.i + 9]):
        return []
    return [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"]


def _speakers(token: Token) -> list[Token]:
    """The phrases that say a say-verb's statement: "Kudratov said", also "data from X show",
    "X's data show", "was reported by X"; what "is estimated" is no source of its own."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in lexicon.SAY_VERBS:
        return []
    return [c for c in token.children if c.dep_ in ("nsubj", "agent")]


def paragraph_sources(doc: Doc, key_of_token: KeyOfToken) -> dict[int, str]:
    """Map each sentence's start token to its source entity key, filling gaps within paragraphs
    from the nearest attributed sentence (the following one first, as in quoted speech)."""
    sentences = list(doc.sents)
    own = [sentence_source(s, key_of_token) for s in sentences]
    paragraph: list[int] = []
    number = 0
    for sent in sentences:
        paragraph.append(number)
        if "\n" in sent.text_with_ws[-2:] or "\n" in doc.text[sent.end_char : sent.end_char + 1]:
            number += 1
    result: dict[int, str] = {}
    for i, sent in enumerate(sentences):
        source = own[i]
        if source is None:
            candidates = [j for j in range(len(sentences)) if paragraph[j] == paragraph[i]
                          and own[j] is not None]
            following = [j for j in candidates if j > i]
            preceding = [j for j in candidates if j < i]
            if following:
                source = own[following[0]]
            elif preceding:
                source = own[preceding[-1]]
        if source is not None:
            result[sent.start] = source
    return result


def attribution_tokens(sent: Span) -> set[int]:
    """Indices of the tokens that name a source rather than a topic: 'according to (data
    from) X', the subject of a say-verb, the person told ('told Press Trust of India')."""
    found: set[int] = set()
    doc = sent.doc
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(doc) and \
                doc[token.i + 1].lower_ == "to":
            found |= {t.i for t in token.subtree}
        for child in [*_speakers(token), *_data_sources(token)]:
            found |= {t.i for t in child.subtree}
        if token.lemma_.lower() == "tell" and token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ in ("dobj", "dative"):
                    found |= {t.i for t in child.subtree}
    return found
