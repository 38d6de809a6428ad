"""Quotes inside quotes: the remembered speech of features and profiles.

`"My father used to say, 'Never waste a harvest.' So we never did," she said` holds two quotes:
the outer one is hers, the inner one her father's, and it reaches the article through her. The
span finder reports outermost quotes only (a quote is one token to the frame reader), so the inner
ones are read here, from each outer quote's own words, with who the words before them say spoke.
Only an inner quote brought in by a speech verb ("said, '", "told me: '") counts: a scare quote or
a title inside a quote ("the so-called 'risk-free' rate") is nobody's words.
"""

from __future__ import annotations

import regex

from service.attribution.coref import KIN_NOUNS

# inner marks are the other family than the outer quote's
_INNER_SINGLE = regex.compile(r"(?:(?<=[\s(:,\u2014])|^)['\u2018](?=\S)([^'\u2018\u2019\n]{2,}?)['\u2019]"
                              r"(?![\p{L}\p{Nd}])")
_INNER_DOUBLE = regex.compile(r"[\"\u201c](?=\S)([^\"\u201c\u201d\n]{2,}?)[\"\u201d]")
_DOUBLE_OPENERS = frozenset("\"\u201c\u201e")
_SINGLE_OPENERS = frozenset("'\u2018")

# who spoke, then the verb, right before the inner quote: "My father used to say, '",
# "Mr. Tillery looked at me the first night and said, '", "I said to him, '"
_SPEECH_BEFORE = regex.compile(
    r"(?:^|(?<=[.!?;,]\s)|(?<=\band\s))"
    r"(?P<who>[\p{L}][\p{L}\p{M}.'\u2019-]*(?: [\p{L}\p{M}.'\u2019-]+){0,4}?)"
    r"(?: (?:[a-z]+ ){0,6}?(?:and|then))?"
    r" (?:used to |would |always |once |just |then |also |finally |simply )*"
    r"(?:say|said|says|tell|told|tells|ask|asked|asks|shout|shouted|yell|yelled|joke|joked|reply|replied"
    r"|write|wrote|writes|add|added|whisper|whispered)"
    r"(?: (?:to |at )?(?:me|him|her|us|them|everyone|the room))?(?: [a-z]+){0,4}?(?: was)?[,:] ?$")
# the stems of _SPEECH_BEFORE's verbs, for a substring test before any regex runs
_VERB_STEMS = (" sa", " tel", " told", " ask", " shout", " yell", " jok", " repl", " wr", " add", " whisper")
_DETERMINERS = frozenset({"the", "a", "an", "one", "someone", "somebody"})
_VERBS = frozenset({"say", "said", "says", "tell", "told", "tells", "ask", "asked", "asks", "would", "used",
                    "always", "once", "just", "shouted", "yelled", "joked", "replied", "wrote", "added"})
_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "you"})
_KIN = {**{noun: noun for noun in KIN_NOUNS}, "dad": "father", "daddy": "father", "mum": "mother",
        "mam": "mother", "mom": "mother", "ma": "mother", "granddad": "grandfather", "grandad": "grandfather",
        "gran": "grandmother", "grandma": "grandmother", "nan": "grandmother", "uncle": "uncle",
        "aunt": "aunt", "auntie": "aunt", "boss": "boss", "coach": "coach", "teacher": "teacher"}
"""Who "my X" is, in the family's own word and the one a description uses ("my dad": father)."""


class Inner:
    """One quote inside another: its span and what the words before it say about who spoke.

    `who` is "self" (the outer speaker: "I said, '"), "kin" (`detail` is the relative: "my
    father"), "described" (`detail` as written: "the presenter", "someone at the back"), "name"
    (`detail` a capitalised name: "Mr. Tillery", "Sam"), or "other" (a pronoun: "He said, '").
    """

    __slots__ = ("detail", "end", "start", "who")

    def __init__(self, start: int, end: int, who: str, detail: str) -> None:
        self.start, self.end, self.who, self.detail = start, end, who, detail


def inner_quotes(text: str, start: int, end: int) -> list[Inner]:
    """The quotes a speech verb brings in inside the quote `text[start:end]` (its words, inside
    its marks), in order."""
    opener = text[start - 1] if start > 0 else ""
    if opener in _DOUBLE_OPENERS:
        pattern = _INNER_SINGLE
    elif opener in _SINGLE_OPENERS:
        pattern = _INNER_DOUBLE
    else:
        return []
    inside = text[start:end]
    if pattern is _INNER_SINGLE and " '" not in inside and "\u2018" not in inside:
        return []  # (apostrophes alone: no quote opens inside)
    if not any(verb in inside for verb in _VERB_STEMS):
        return []  # no speech verb, no remembered speech (most quotes: no regex call)
    out: list[Inner] = []
    for m in pattern.finditer(text, start, end):
        s, e = m.start(1), m.end(1)
        lead = text[max(start, s - 120):s - 1]
        said = _SPEECH_BEFORE.search(lead)
        if said is None:
            continue
        words = said.group("who").split()
        first = words[0].casefold()
        if first in _DETERMINERS:
            # "The night sister looked at me and said": the description runs to its verb
            words = []
            for w in said.group(0).split():
                if words and (w in _VERBS or (w[-2:] == "ed" and len(w) > 4) or w in ("and", "then")):
                    break
                words.append(w)
        if first in ("i", "we"):
            out.append(Inner(s, e, "self", ""))
        elif first in ("my", "our") and len(words) >= 2 and \
                (kin := _KIN.get(words[-1].casefold())) is not None:
            out.append(Inner(s, e, "kin", kin))
        elif len(words) == 1 and (kin := _KIN.get(first)) is not None and words[0][:1].isupper():
            out.append(Inner(s, e, "kin", kin))  # "Dad would say, '"
        elif first in ("he", "she", "they", "it"):
            out.append(Inner(s, e, "other", first))
        elif first in _DETERMINERS and all(
                w[:1].islower() and w.casefold() not in _PRONOUNS for w in words[1:]):
            out.append(Inner(s, e, "described", " ".join([first, *words[1:]])))
        elif words[0][:1].isupper() and len(words) <= 3:
            name = " ".join(w for w in words if w[:1].isupper())
            out.append(Inner(s, e, "name", name))
    return out
