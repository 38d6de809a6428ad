"""Attribution frames: which cue verb governs a quote, and whose words they are, within one sentence.

The rules follow how news prose attributes speech: the cue right after the quote (`"...," Xi said`,
`"...," said Xi`), else the nearest cue before it (`Kim said his country would "fully support"`),
else one after it. A cue's subject is the mention just left of it, skipping asides (`Edward Howell,
a lecturer at Oxford, told`); a participle (`, saying`, `by pledging`) or a coordinated verb
(`and congratulated`) takes the subject of the sentence's main clause; `quoted X as saying` and
`was described by X` take the named agent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import msgspec

from service.attribution.lexicon import ADVERBS, RELAY_VERBS, Lexicon, wordset
from service.attribution.mentions import Mention
from service.attribution.segment import Token

# lemmas whose bare form is also a common noun: only a cue after a subject ("Kim says")
_BARE_OK = frozenset({"say", "tell", "warn", "argue", "insist", "claim", "agree", "predict", "caution",
                      "explain", "suggest", "write", "add", "stress", "note", "believe", "put it"})
_LEADERS = wordset("""
in at on according during after before while as meanwhile however still but and yet for with despite
since when earlier later last speaking asked following amid then separately also in addition
responding writing addressing
""")
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_QUOTERS = frozenset({"quoted", "cited", "quoting", "citing", "quotes", "cites"})
_SPEAKER_KINDS = frozenset({"name", "pron", "desc", "mdesc"})
COORD = Mention(-1, -1, "coord", "")


@dataclass
class Sentence:
    """Tokens `toks[a:b]` of one sentence, with the mentions that fall inside it."""

    toks: list[Token]
    a: int
    b: int
    mentions: list[Mention]
    lex: Lexicon
    by_end: dict[int, Mention] = field(init=False)
    by_start: dict[int, Mention] = field(init=False)

    def __post_init__(self) -> None:
        self.by_end = {m.j: m for m in self.mentions}
        self.by_start = {m.i: m for m in self.mentions}

    def low(self, k: int) -> str:
        return self.toks[k].low if self.a <= k < self.b else ""

    def cue_lemma(self, k: int) -> str | None:
        """The cue lemma when token k is a speech verb here, else None."""
        if not self.a <= k < self.b:
            return None
        t = self.toks[k]
        if t.quote >= 0 or t.text != t.low:
            return None
        if t.low == "put" and self.low(k + 1) == "it":
            return "put it"
        lemma = self.lex.cue_forms.get(t.low)
        if lemma is None or lemma == "put it":
            return None
        if t.low == lemma or (t.low.endswith("s") and not t.low.endswith("ss")):
            if lemma not in _BARE_OK and t.low == lemma:
                return None
            j = self.skip_adverbs_left(k - 1)
            if j not in self.by_end and self.low(j) not in ("to", "will", "would", "did", "does", "do"):
                return None
        return lemma

    def skip_adverbs_left(self, j: int) -> int:
        while j >= self.a and (self.toks[j].low in ADVERBS or (
                self.toks[j].low.endswith("ly") and self.toks[j].text == self.toks[j].low and
                len(self.toks[j].low) > 3)):
            j -= 1
        return j

    def skip_adverbs_right(self, j: int) -> int:
        while j < self.b and (self.toks[j].low in ADVERBS or (
                self.toks[j].low.endswith("ly") and self.toks[j].text == self.toks[j].low and
                len(self.toks[j].low) > 3)):
            j += 1
        return j

    # --- subjects ----------------------------------------------------------------------------------
    def subject_left(self, c: int) -> Mention | None:
        j = self.skip_adverbs_left(c - 1)
        for _ in range(3):
            if j < self.a or self.toks[j].text != ",":
                break
            k = j - 1
            while k > self.a and self.toks[k].text not in (",", ";", ":") and j - k < 30 and \
                    self.toks[k].quote < 0:
                k -= 1
            if self.toks[k].text == "," and k + 1 < j and self.toks[k + 1].text == self.toks[k + 1].low and \
                    self.toks[k + 1].word:
                j = self.skip_adverbs_left(k - 1)
                continue
            break
        if j < self.a:
            return None
        if self.toks[j].text == "," and (j - 1) in self.by_end:
            j -= 1  # "the company's chief executive, Daniel Ormsby, stated"
        if self.toks[j].low in ("and", "but", "then", "before", "after"):
            return COORD
        m = self.by_end.get(j)
        if m is not None and m.kind == "name" and m.org:
            # "Hana Brill of the University of Ulm said": the person before "of", not her employer
            o = m.i - 1 - (self.low(m.i - 1) == "the")
            owner = self.by_end.get(o - 1) if self.low(o) == "of" else None
            if owner is not None and owner.kind == "name" and not owner.org:
                return owner
        if m is not None and m.kind in _SPEAKER_KINDS:
            return m
        return None

    def subject_right(self, c: int) -> Mention | None:
        k = c + (2 if self.low(c) == "put" else 1)
        m = self.by_start.get(k)
        if m is not None and m.kind in ("name", "desc", "mdesc"):
            return m
        if m is not None and m.kind == "pron" and self.toks[c].low in ("said", "says"):
            return m
        return None

    def main_subject(self, upto: int) -> Mention | None:
        k = self.a
        if self.low(k) in _LEADERS or self.low(k) == "in":
            e = k
            while e < upto and self.toks[e].text != ",":
                e += 1
            if e < upto:
                k = e + 1
        for m in self.mentions:
            if m.i >= k and m.j < upto and m.kind in _SPEAKER_KINDS:
                return m
        return None

    def subject_of(self, c: int) -> tuple[Mention | None, str]:
        """The mention that speaks through cue token c, and how it was found."""
        t = self.toks[c]
        lemma = self.cue_lemma(c) or ""
        passive = self.low(c - 1) in _PASSIVE_AUX or (
            self.low(c - 1) in ADVERBS and self.low(c - 2) in _PASSIVE_AUX)
        if passive and self.low(c + 1) == "by":
            agent = self.by_start.get(c + 2)
            if agent is None and self.low(c + 2) == "the":
                agent = self.by_start.get(c + 3)
            if agent is not None:
                return agent, "passive"
        if t.low.endswith("ing") and t.low != lemma:
            if self.low(c - 1) == "as":
                m = self.by_end.get(c - 2)
                if m is not None and self.low(m.i - 1) in _QUOTERS:
                    return m, "quoted-as"
                if self.low(c - 2) in _QUOTERS or self.low(c - 3) in _QUOTERS:
                    return self.main_subject(c), "main"
            left = self.subject_left(c)
            if left is not None and left is not COORD and self.low(c - 1) != ",":
                return left, "left"
            return self.main_subject(c), "main"
        left = self.subject_left(c)
        if left is COORD:
            return self.main_subject(c), "main"
        if left is not None:
            return left, "left"
        right = self.subject_right(c)
        if right is not None:
            return right, "right"
        return None, ""


class Frame(msgspec.Struct, gc=False):
    subject: Mention | None
    cue: int
    """Token index of the cue, or -1."""
    rule: str
    confidence: float


def _is_outlet(s: Sentence, m: Mention) -> bool:
    return m.kind == "mdesc" or m.media or (m.kind == "name" and s.lex.outlet(m.text) is not None)


def attribute(s: Sentence, q: int) -> Frame:
    """The frame of the quote token q."""
    # "...," said Zhu / "...," Xi declared / "...," he advised
    k = q + 1
    if s.low(k) in (",", "\u2014", "-"):
        k += 1
    lemma = s.cue_lemma(k)
    if lemma is not None:
        right = s.subject_right(k)
        if right is not None:
            return Frame(right, k, "after-inverted", 0.92)
    m = s.by_start.get(k)
    relayed: Frame | None = None
    if m is not None and m.kind in _SPEAKER_KINDS:
        c = s.skip_adverbs_right(m.j + 1)
        lemma = s.cue_lemma(c)
        if lemma is not None:
            if lemma not in RELAY_VERBS or not _is_outlet(s, m):
                return Frame(m, c, "after", 0.92)
            # `X described it as "...", the agency reported`: the outlet passes on X's words
            relayed = Frame(m, c, "after", 0.92)
    # the scans below test every token of the window: a word that is no cue form (nor "put") is
    # never a cue, and one lookup rules it out before the full `cue_lemma` test
    toks = s.toks
    cues = s.lex.cue_forms
    relay_only: list[int] = []
    for c in range(q - 1, s.a - 1, -1):
        low = toks[c].low
        if low not in cues and low != "put":
            continue
        lemma = s.cue_lemma(c)
        if lemma is None:
            continue
        if lemma in RELAY_VERBS:
            relay_only.append(c)
            continue
        subj, how = s.subject_of(c)
        if subj is not None and not (relayed is not None and _is_outlet(s, subj)):
            return Frame(subj, c, "before-" + how, 0.85 if how != "main" else 0.8)
    if relayed is not None:
        return relayed
    for c in range(q + 1, s.b):
        low = toks[c].low
        if low not in cues and low != "put":
            continue
        lemma = s.cue_lemma(c)
        if lemma is None or lemma in RELAY_VERBS:
            continue
        subj, how = s.subject_of(c)
        if subj is not None:
            return Frame(subj, c, "later-" + how, 0.75)
    for c in range(s.a, s.b - 2):
        if toks[c].low != "according":
            continue
        if s.low(c) == "according" and s.low(c + 1) == "to" and (c + 2) in s.by_start:
            return Frame(s.by_start[c + 2], c, "according", 0.75)
        if s.low(c) == "according" and s.low(c + 1) == "to" and s.low(c + 2) == "the" and \
                (c + 3) in s.by_start:
            return Frame(s.by_start[c + 3], c, "according", 0.75)
    for c in relay_only:
        subj, how = s.subject_of(c)
        if subj is not None:
            return Frame(subj, c, "relay-" + how, 0.6)
    return Frame(None, -1, "", 0.0)
