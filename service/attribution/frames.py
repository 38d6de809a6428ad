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
import regex

from service.attribution.lexicon import (
    ADVERBS,
    MEDIA_HEADS,
    ORG_ROLES,
    RELAY_VERBS,
    Lexicon,
    group_plural,
    norm_key,
    wordset,
)
from service.attribution.mentions import Mention
from service.attribution.segment import Token

# lemmas whose bare form is also a common noun: only a cue after a subject ("Kim says")
_BARE_OK = frozenset({"say", "tell", "warn", "argue", "insist", "claim", "agree", "predict", "caution",
                      "explain", "suggest", "write", "add", "stress", "note", "believe", "put it", "read"})
_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})
_DASHES = frozenset({"\u2013", "\u2014", "-"})
_LEADERS = wordset("""
in at on according during after before while as meanwhile however still but and yet for with despite
since when earlier later last speaking asked following amid then separately also in addition
responding writing addressing
""")
# what may follow "had added" when it reports speech ("had added that ...", "had added the plan")
_ADDED_SPEECH = wordset("""
that the a an this these those it he she they we i there his her their its our in on at to of for with by
as when while if but and later also then after before though although because not what how why who
""")
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_QUOTERS = frozenset({"quoted", "cited", "quoting", "citing", "quotes", "cites"})
_SPEAKER_KINDS = frozenset({"name", "pron", "desc", "mdesc"})
_DOCUMENT_NOUNS = frozenset({"statement", "report", "letter", "memo", "release", "document", "study",
                             "survey", "poll", "filing", "ruling", "order", "note", "post", "message",
                             "email", "tweet", "website", "article", "paper", "notice", "decision",
                             "plan", "bill", "law", "proposal", "data", "figures", "analysis", "review",
                             "research", "investigation", "inquiry", "complaint", "lawsuit", "sign"})
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "week", "month", "year", "weekend", "night", "morning", "evening", "afternoon"})
_DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon"})
_SOURCE_PHRASES = frozenset({("familiar", "with"), ("close", "to"), ("briefed", "on"), ("involved", "in"),
                             ("knowledge", "of"), ("aware", "of"), ("privy", "to"), ("close", "with")})
_TITLE_LEADS = frozenset({"former", "then", "acting", "late", "outgoing", "incoming", "ex", "interim"})
_MEMBERS_FOR = frozenset({"mp", "mla", "mep", "senator", "representative", "member", "councillor",
                          "congressman", "congresswoman", "legislator", "lawmaker"})
_AT_PLACE = frozenset({"in", "at"})
_OBJECT_PREPS = frozenset({"on", "in", "at", "to", "from", "with", "by", "via", "into", "onto"})
_LATER_PREPS = frozenset({"since", "after", "before", "during", "against", "over", "near", "than", "like",
                          "between", "among", "through", "across", "beyond", "without", "toward", "towards"})
"""Prepositions whose object is never the sentence's subject ("nursing a strain since Cincinnati
but insisted"), beside `_OBJECT_PREPS`, which other tests read too."""
_DOCUMENT_VERBS = frozenset({"said", "says", "stated", "states", "read", "reads", "added", "adds", "noted",
                             "warned", "alleged", "alleges"})
"""What a document does (most cues are never a document's: the scan back below is skipped)."""
_ISSUED_HOW = frozenset({"posted", "published", "issued", "released", "read", "carried", "sent", "shared",
                         "signed", "circulated", "distributed", "emailed"})
ISSUED_NOUNS = frozenset({"statement", "release", "communique", "communiqué", "readout", "advisory",
                          "bulletin", "memo", "notice", "letter", "filing", "email", "post", "report",
                          "document", "complaint", "lawsuit", "suit", "petition", "decree"})
"""Documents a body issues: ", the statement said" speaks for whoever issued it."""
SOURCE_HEADS = frozenset({"people", "person", "persons", "source", "sources"})
_COUNTED_SOURCES = SOURCE_HEADS | {"officials", "diplomats", "witnesses"}
"""Nouns for unnamed sources whose description ("familiar with the talks") is all a reader gets."""
_UNNAMED_SOURCES = frozenset({"people", "person", "persons", "source", "sources", "official", "officials",
                              "diplomat", "diplomats", "insiders"})
_PHRASE_DETERMINERS = frozenset({"the", "her", "his", "their", "its", "our", "own"})
_HEAD_PREPS = frozenset({"at", "of", "from", "with", "in"})
_PHRASE_PREPS = _HEAD_PREPS | {"on", "for", "aboard"}
_PLACE_OF = frozenset({"in", "from", "near"})
_PARTY_STATE = regex.compile(r"[RDI]-[A-Z][A-Za-z.]*\.?$")
_GO_ON = frozenset({"went", "goes", "go", "going", "gone"})
_KEEN = frozenset({"quick", "keen", "careful", "eager", "anxious", "happy", "willing", "ready", "pains",
                   "first", "swift", "determined"})
"""What a speaker is before "to say": "was quick to say", "has been at pains to stress"."""
_KEEN_VERBS = frozenset({"was", "were", "is", "are", "has", "have", "had", "seemed", "seems", "appeared",
                         "appears"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_ADJ_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "these", "those"})
_NOT_TITLE_WORDS = frozenset({"that", "it", "the", "a", "an", "on", "in", "at", "to", "of", "for", "with",
                              "by", "as", "after", "before", "when", "while", "if", "and", "but", "or",
                              "this", "there", "he", "she", "they", "we", "i", "you", "last", "earlier",
                              "later", "today", "yesterday", "recently", "previously", "from"})
COORD = Mention(-1, -1, "coord", "")
# `which Lund called "a disgrace"`: a speaker's verdict quoted as the words of whoever calls it so
CHARACTERISING = frozenset({"called", "calls", "dubbed", "dubs", "labelled", "labeled", "branded",
                            "brands", "termed", "terms"})
_CALLED_OBJECTS = frozenset({"it", "them", "this", "that", "him", "her", "herself", "himself", "themselves",
                             "itself", "us", "me", "myself"})
_NOT_OBJECTS = frozenset({"on", "in", "at", "to", "for", "by", "with", "from", "of", "about", "and", "or",
                          "as", "is", "was", "were", "has", "upon", "out", "up", "back", "off", "always",
                          "news"})
"""Words that end a plural object's run before a quote ("called on supporters"): no noun of it."""
_DESCRIBING = frozenset({"described", "describes", "describing", "characterised", "characterized",
                         "characterises", "characterizes", "portrayed", "denounced", "dismissed",
                         "rejected", "rejects", "condemned", "condemns", "derided", "derides"})
# ("rejected the accusations as \"a convenient fiction\"": the verdict of whoever rejects them)
_CALLING = CHARACTERISING | _DESCRIBING
_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "also", "often", "repeatedly",
                          "previously", "once", "publicly", "openly", "already"})


def _phrase(toks: list[Token], a: int, b: int) -> str:
    """toks[a..b] as the text wrote them ("the bank's thinking", not "the bank 's thinking")."""
    out = toks[a].text
    for x in range(a + 1, b + 1):
        out += (toks[x].text if toks[x].start == toks[x - 1].end else " " + toks[x].text)
    return out


def _speaks_for(m: Mention) -> bool:
    """A spokesperson's words are the body's ("a spokeswoman at the hospital said": the hospital)."""
    return m.text.split()[-1].casefold().startswith("spokes")


def characterised_by(toks: list[Token], ends: dict[int, Mention], q: int) -> tuple[Mention, int] | None:
    """The speaker and verb of `X called [the film] "<quote>"`, `X calls herself an "<quote>"`,
    `what X described as "<quote>"`, `X has labelled "<quote>"`: a verdict in X's words, when a
    person or body (not a noun such as "a film") does the calling; None otherwise."""
    # the verb can only be one of the six tokens before the quote (an article, "as" and three
    # object words at most come between): most quotes have none, and need none of the tests below
    for t in toks[q - 6 if q > 6 else 0:q]:
        if t.low in _CALLING:
            break
    else:
        return None
    k = q - 1
    if k >= 0 and toks[k].low in ("a", "an", "the"):
        k -= 1
    as_form = k >= 0 and toks[k].low == "as"
    if as_form:
        k -= 1
    # a short object between the verb and the words: "it", "herself", "the film", "the plan"
    x = k
    while x >= 0 and k - x < 3 and toks[x].text == toks[x].low and toks[x].word and \
            toks[x].low not in CHARACTERISING and toks[x].low not in _DESCRIBING:
        x -= 1
    for v in (k, x):
        if v < 1 or toks[v].text != toks[v].low:
            continue
        if toks[v].low in CHARACTERISING and not as_form and (v == k or _object_words(toks, v + 1, k)):
            break
        if toks[v].low in _DESCRIBING and as_form:
            break
    else:
        return None
    s = v - 1
    if s >= 0 and toks[s].low in ("been", "was", "were", "is", "are", "being") and \
            q + 2 < len(toks) and toks[q + 1].low == "by":
        # "has been described as \"a hammer blow\" by local leaders": the agent after the words
        a = q + 2 + (toks[q + 2].low == "the")
        for x in range(a, min(len(toks), a + 5)):
            agent = ends.get(x)
            if agent is not None and agent.i in (a, q + 2) and agent.kind in ("name", "desc") and \
                    not agent.media:  # (a description starts on its "the")
                return agent, v
        b = a
        while b < min(len(toks), a + 4) and toks[b].word and toks[b].text == toks[b].low:
            b += 1
        if b > a and (b == len(toks) or not toks[b].word):
            # "by local leaders": people no role list knows
            return Mention(a, b - 1, "desc", " ".join(t.text for t in toks[a:b])), v
        return None
    while s >= 0 and toks[s].low in _AUXILIARIES:
        s -= 1  # "has called", "had often described"
    if s >= 1 and toks[s].low == "and":
        # "KCNA said leader Kim Jong Un had overseen the launch and called it": the subject of the
        # clause "and" joins, a name right before its verb
        for x in range(s - 1, max(0, s - 16), -1):
            named = ends.get(x)
            if named is not None and named.kind == "name" and not named.org and not named.media and \
                    x + 1 < s and (toks[x + 1].low in _AUXILIARIES or toks[x + 1].low.endswith("ed")):
                return named, v
            if toks[x].text in (",", ";") or toks[x].quote >= 0:
                break
        return None
    if s >= 1 and toks[s].low in ("who", "which") and toks[s - 1].text == ",":
        s -= 2  # "Etxeberria, who calls herself an ..."
    elif s >= 1 and toks[s].low == "who" and (r := ends.get(s - 1)) is not None and \
            r.kind in ("desc", "name"):
        s -= 1  # "critics who called it": the people the relative clause picks out
    elif s >= 0 and toks[s].text in (",", "\u2014", "\u2013"):
        # "Anders Holmqvist, the Swedish cinematographer, called": the name before the aside
        # (or between dashes: "MP Sarah Linden \u2014 who campaigned to keep it \u2014 called")
        mark = toks[s].text
        c = s - 1
        while c > 0 and toks[c].text != mark and s - c < 20 and toks[c].quote < 0:
            c -= 1
        named = ends.get(s - 1)
        if c > 0 and toks[c].text == mark and named is not None and named.i == c + 1 and \
                named.kind == "name" and not named.org and " " in named.text:
            s -= 1  # "the mayor of Orvale, Jonas Feld, called": the aside is the person's name
        else:
            s = c - 1 if c > 0 and toks[c].text == mark else s
    if s >= 2 and _PARTY_STATE.match(toks[s].text) and toks[s - 1].text == ",":
        s -= 2  # "Sen. Roberta Castellanos, R-Texas, the top Republican ..., called"
    m = ends.get(s)
    for _hop in range(3):
        # "Oluwaseun Adebayo of the National Oceanography Centre in Southampton, England, called":
        # past each place or body the person is "of", "at" or "in", to the person
        b = m.i - 1 if m is not None else 0
        if b >= 2 and toks[b].low == "the":
            b -= 1  # "Professor Ann Lee of the University of Leeds, who ..., called": Lee
        if m is None or m.kind != "name" or b < 1 or toks[b].low not in ("at", "of", "from", "in"):
            break
        person = ends.get(b - 1)  # "Mei Tanaka at Crane Research called it": Tanaka
        if person is not None and person.kind == "name" and not person.org and " " in person.text:
            m = person
        elif person is not None and person.kind == "desc" and not person.owner and not _speaks_for(person):
            m = person  # "a senior nurse at Central Hospital described the wards as": the nurse
        elif person is not None and person.kind == "name" and toks[b].low != "from":
            m = person  # a body or place itself "of"/"in" another: look further back
            continue
        break
    if m is None or m.kind not in ("name", "pron", "desc") or (m.kind == "name" and m.org and m.media):
        return None
    if m.i >= 1 and toks[m.i - 1].low in ("via", "through", "on", "by"):
        return None  # "issued a statement via KCNA describing the drills as": no caller here
    return m, v


def _object_words(toks: list[Token], a: int, b: int) -> bool:
    """Whether toks[a..b] is a pronoun object or a short noun phrase opened by a determiner."""
    if a > b:
        return True
    if a == b:
        return toks[a].low in _CALLED_OBJECTS
    if toks[a].low in ("the", "his", "her", "their", "its", "this", "that"):
        return True
    # "calls feed additives 'a sticking plaster'": a bare plural noun phrase is an object too
    return b - a <= 2 and toks[b].low[-1:] == "s" and all(
        t.word and t.text == t.low and t.low not in _NOT_OBJECTS for t in toks[a:b + 1])


_FINITE = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should",
                     "can", "may", "might", "must", "did", "does", "do"})
"""Auxiliaries after a mention: it opens a reported clause ("said the team had left")."""

_NOUN_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "our", "these", "those"})
_DEMONYM_ENDINGS = ("i", "ian", "an", "ese", "ish")


@dataclass
class Sentence:
    """Tokens `toks[a:b]` of one sentence, with the mentions that fall inside it."""

    toks: list[Token]
    a: int
    b: int
    mentions: list[Mention]
    lex: Lexicon
    title_case: bool = False
    """A Title Case headline's sentence: its cue verbs are capitalised too ("Kasonde Says 'Not Now'")."""
    by_end: dict[int, Mention] = field(init=False)
    by_start: dict[int, Mention] = field(init=False)

    def __post_init__(self) -> None:
        # one loop for both maps (the last mention per key wins, as a comprehension's would): each
        # comprehension costs a function object and a frame, and a Sentence is made per quote
        self.by_end = by_end = {}
        self.by_start = by_start = {}
        for m in self.mentions:
            by_end[m.j] = m
            by_start[m.i] = m

    def low(self, k: int) -> str:
        return self.toks[k].low if self.a <= k < self.b else ""

    def cue_lemma(self, k: int) -> str | None:
        """The cue lemma when token k is a speech verb here, else None."""
        if not self.a <= k < self.b:
            return None
        t = self.toks[k]
        if t.quote >= 0 or (t.text != t.low and not (
                self.title_case and (t.text[1:] == t.low[1:] or t.text.isupper()))):
            return None
        if t.low == "put" and self.low(k + 1) == "it":
            return "put it"
        lemma = self.lex.cue_forms.get(t.low)
        if lemma is None or lemma == "put it":
            return None
        if lemma == "read" and self.low(k - 1) not in ISSUED_NOUNS and not self._document_aside(k - 1):
            return None  # only a document reads ("the statement read"); a person reads a book
        if lemma == "add" and self.low(k - 1) in ("had", "has", "have") and k + 1 < self.b and \
                self.toks[k + 1].word and self.toks[k + 1].text == self.low(k + 1) and \
                self.low(k + 1) not in _ADDED_SPEECH:
            return None  # "the company had added capacity": something added, no speech
        # slice tests instead of str.endswith, which parses its arguments on every call
        if lemma[-5:] == " back":
            return lemma if self.low(k + 1) == "back" else None
        if self.low(k - 1) in ("a", "an"):
            return None  # "in a written statement": an adjective after an article, no speech
        if lemma == "ask" and self.low(k + 1) in ("to", "not") and self.low(k + 2) in ("be", "to"):
            return None  # "a juror who asked to be identified", "who asked not to be named": no speech
        if t.low[-2:] == "ed" and self.low(k - 1) in _ADJ_DETERMINERS:
            return None  # "the proposed bill", "its stated aim": an adjective, no speech
        if t.low[-3:] == "ing" and self.low(k - 1) in _ADJ_DETERMINERS:
            return None  # "said the warning was", "a ruling on": a noun, no speech
        if t.low == lemma or (t.low[-1:] == "s" and t.low[-2:] != "ss"):
            if lemma not in _BARE_OK and t.low == lemma:
                return None
            j = self.skip_adverbs_left(k - 1)
            if j not in self.by_end and self.low(j) not in ("to", "will", "would", "did", "does", "do") \
                    and not self._after_quote(j) and not (self.low(j) == "," and (j - 1) in self.by_end) \
                    and not (self.low(j) in ISSUED_NOUNS and self.low(j - 1) in ("the", "its", "their")) \
                    and not self._document_aside(j):
                # (`Her editor, Margot Klein, says`: a name in apposition before it; "the complaint
                # alleges": a document speaks for whoever issued it)
                return None
            if j == k - 1 and (m := self.by_end.get(j)) is not None and self._nationality_noun_phrase(m):
                return None  # "described the Sarkandi claims as ...": a noun, no speech
        return lemma

    def _document_aside(self, j: int) -> bool:
        """`the decree, signed by the sultan on Wednesday, read`: a document, then an aside
        closing at `j`."""
        if self.low(j) != ",":
            return False
        for x in range(j - 1, max(self.a, j - 14), -1):
            if self.low(x) == ",":
                return self.low(x - 1) in ISSUED_NOUNS
            if self.toks[x].quote >= 0:
                return False
        return False

    def _nationality_noun_phrase(self, m: Mention) -> bool:
        """`the Sarkandi claims`, `his Iranian counterpart's remarks`: a determiner, one word read
        as a nationality (a demonym's ending), then the -s form: a noun phrase. "the Kremlin says"
        and "the Guardian reports" are bodies the lexicon knows, and speak."""
        w = m.text
        return m.kind == "name" and m.i == m.j and not m.org and not m.media and \
            self.low(m.i - 1) in _NOUN_DETERMINERS and w.endswith(_DEMONYM_ENDINGS) and \
            self.lex.outlet(w) is None and w.casefold() not in self.lex.metonyms and \
            w.casefold() not in self.lex.places

    def _after_quote(self, j: int) -> bool:
        """`"...," says Carmen Ruiz`: the present-tense cue right after a quote (and its comma)."""
        if j >= self.a and self.toks[j].text in (",", "\u2014", "-"):
            j -= 1
        return j >= self.a and self.toks[j].quote >= 0

    def skip_adverbs_left(self, j: int) -> int:
        while j >= self.a and (self.toks[j].low in ADVERBS or (
                self.toks[j].low[-2:] == "ly" and self.toks[j].text == self.toks[j].low and
                len(self.toks[j].low) > 3) or (
                self.toks[j].low == "'s" and j > self.a and self.toks[j - 1].low in ("he", "she"))):
            j -= 1  # ("He's also told the Star audience": "has", not a possessive)
        return j

    def skip_adverbs_right(self, j: int) -> int:
        while j < self.b and (self.toks[j].low in ADVERBS or (
                self.toks[j].low[-2:] == "ly" and self.toks[j].text == self.toks[j].low and
                len(self.toks[j].low) > 3)):
            j += 1
        return j

    # --- subjects ----------------------------------------------------------------------------------
    def skip_time_left(self, j: int) -> int:
        """Before `on Monday`, `last week`, `on Tuesday night`: the subject comes before the time."""
        k = j
        if self.low(k) in _DAY_PARTS:
            k -= 1
        if self.low(k) in _TIME_WORDS and self.low(k - 1) in ("on", "last", "this", "earlier", "late", "by"):
            return self.skip_adverbs_left(k - 2)
        if self.low(k) in _TIME_WORDS and k != j:
            return self.skip_adverbs_left(k - 1)
        return j

    def _unclosed_apposition(self, j: int) -> Mention | None:
        """`Colonel Maricel Baylon, spokeswoman of the Armed Forces of Philippines told AFP`: an
        apposition whose closing comma was left out, so the body it names ends right before the
        verb. The person before the opening comma speaks (with the comma, `subject_left` reads it)."""
        body = self.by_end.get(j)
        if body is None or not body.org:
            return None
        x = body.i - 1
        if self.low(x) == "based" and x - 1 > self.a and self.toks[x - 1].text[:1].isupper():
            x -= 2  # "head of research at US based Larchmont Partners said": where the body is
        if self.low(x) == "the":
            x -= 1
        if self.low(x) not in ("of", "at", "for"):
            return None
        x -= 1
        role = False
        while x > self.a and self.toks[x].word and self.toks[x].text == self.toks[x].low and body.i - x < 8:
            role = role or self.low(x) in self.lex.role_nouns
            x -= 1
        if not role or self.toks[x].text != ",":
            return None
        person = self.by_end.get(x - 1)
        return person if person is not None and person.kind == "name" and not person.org else None

    def _past_adverbial(self, j: int) -> int:
        """`Rakesh Semwal while talking to reporters said`, `Chief Minister Devendra Negi in a post
        on X (translated from Hindi) wrote`, `The police in a statement said`: a phrase between the
        subject and its verb with no commas round it (common in South Asian and West African
        English). The subject ends right before "while", "in a", "during a". (`subject_left` asks
        only when no mention but an outlet's ends right before the verb.)"""
        for x in range(j, max(self.a, j - 14), -1):
            t = self.toks[x]
            if t.quote >= 0 or t.text in (",", ";", ":", ".") or (
                    t.low in self.lex.cue_forms and self.cue_lemma(x) is not None):
                return j
            if t.text != t.low or x - 1 < self.a or x >= j - 1:
                continue
            nxt = self.low(x + 1)
            if (t.low == "while" and nxt[-3:] == "ing") or (
                    t.low in ("in", "during") and nxt in ("a", "an", "his", "her", "their", "its")):
                who = self.by_end.get(x - 1)
                if who is not None and who.kind in ("name", "desc") and not _is_outlet(self, who):
                    return x - 1
        return j

    def subject_left(self, c: int) -> Mention | None:
        j = self.skip_time_left(self.skip_adverbs_left(c - 1))
        if self.low(j) == "who" and j - 2 > self.a and self.toks[j - 1].text == "," and \
                (body := self.by_end.get(j - 2)) is not None and body.org:
            # `said Rafael Okimoto, chief economist at Pellham Bank, who said central banks ...`:
            # "who" is the person whose apposition the body closes, never the body
            k = body.i - 1
            while k > self.a and body.i - k < 10 and self.toks[k].text != "," and self.toks[k].quote < 0:
                k -= 1
            person = self.by_end.get(k - 1) if self.toks[k].text == "," else None
            if person is not None and person.kind == "name" and not person.org and any(
                    self.low(x) in self.lex.role_nouns for x in range(k + 1, body.i)):
                return person
        if j >= self.a and self.toks[j].text != "," and \
                ((at_j := self.by_end.get(j)) is None or _is_outlet(self, at_j)) and \
                self.cue_lemma(c) is not None:
            j = self._past_adverbial(j)
        cited: tuple[int, int] | None = None  # the span of a ", citing ...," aside
        for _ in range(3):
            if j < self.a or self.toks[j].text != ",":
                break
            k = j - 1
            while k > self.a and self.toks[k].text not in (",", ";", ":") and j - k < 30 and (
                    self.toks[k].quote < 0 or len(self.toks[k].text.split()) <= 2):
                k -= 1  # (an aside may hold a nickname: ", who is nicknamed "Bhau" in the dressing room,")
            place = self.by_start.get(k + 1) if self.toks[k].text == "," and k + 1 < j else None
            if place is not None and place.j == j - 1 and place.kind == "name" and \
                    self.toks[k - 1].text != self.toks[k - 1].low and (
                        norm_key(place.text) in self.lex.places or (
                            " " not in place.text and (body := self.by_end.get(k - 1)) is not None and
                            body.org)):
                # "a climate scientist based in Bergen, Norway, told": the town's country; "a law
                # professor at the University of California, Berkeley, told": the body's campus
                j = k
                continue
            person = self.by_end.get(k - 1)
            if self.toks[k].text == "," and person is not None and person.kind == "name" and \
                    not person.org and " " in person.text and self.toks[k + 1].text[:1].isupper() and \
                    j - k <= 12 and \
                    (by_org := self.by_end.get(j - 1)) is not None and (
                        (by_org.org and
                         any(self.low(x) in self.lex.role_nouns for x in range(k + 1, by_org.i))) or
                        (by_org.kind == "desc" and self.low(k + 2) in ("'s", "\u2019s"))):
                # ("Bernardita Ossa, Asofrupac's executive director, told Reuters": her role there)
                # "Aminata Sow-Diarra, West Africa director of the Dakar-based Media Defence
                # Collective, told RFI": her role at a body, not the body speaking
                j = k - 1
                break
            named = self.by_end.get(j - 1)
            if named is not None and named.kind == "name" and named.title and not named.org and \
                    k + 1 < named.i <= k + 3 and \
                    all(self.low(x) in _TITLE_LEADS for x in range(k + 1, named.i)):
                break  # "The head of the mission, former Foreign Minister Lucía Ferreyra, told": her
            if self.toks[k].text == "," and self.low(k + 1) == "who" and \
                    self.low(k + 2) in _GAVE_NAME and \
                    (given := self.by_end.get(j - 1)) is not None and given.kind == "name" and \
                    not given.org and (self.low(given.i - 1) == "as" or (
                        self.low(given.i - 1) == "," and self.low(given.i - 2) == "name")):
                # "An okada rider at Ketu, who gave his name simply as Musa, said": Musa; "a juror
                # who asked to be identified only by her first name, Rachel, told": Rachel
                return given
            if self.toks[k].text == "," and k + 1 < j and self.toks[k + 1].text == self.toks[k + 1].low and \
                    (self.toks[k + 1].word or self.toks[k + 1].text.isdigit()):  # ", 22," is an age
                if self.toks[k + 1].low in ("citing", "quoting") and cited is None:
                    cited = (k + 2, j)
                j = self.skip_adverbs_left(k - 1)
                k2 = j
                while k2 > self.a and self.toks[k2].text != "," and j - k2 < 5 and self.toks[k2].quote < 0:
                    k2 -= 1
                if k2 < j and self.toks[k2].text == "," and self.low(k2 + 1) in ("of", "from"):
                    j = k2  # "Tom Wiebe, 67, of Steinbach, whose surgery was cancelled, told": past the town
                    continue
                if j - 1 > self.a and self.toks[j].text.isdigit() and self.toks[j - 1].text == ",":
                    j -= 2  # "Margaret Shaw, 74, a retired teacher who ..., told": past the age too
                continue
            break
        if j < self.a:
            return None
        j = self.before_short_form(j)
        if (unclosed := self._unclosed_apposition(j)) is not None:
            return unclosed
        body = self.by_end.get(j)
        if body is not None and body.org and self.low(j + 1) != ",":
            for x in range(body.i - 1, max(self.a, body.i - 6), -1):
                if self.low(x) == "who":
                    # "Labour leader Benedict Anyanwu who heads the Nigeria Labour Congress told AFP":
                    # a relative clause with no commas; the person before "who" speaks
                    person = self.by_end.get(x - 1)
                    if person is not None and person.kind == "name" and not person.org and " " in person.text:
                        return person
                    break
                if self.toks[x].quote >= 0 or not self.toks[x].word:
                    break
        if body is not None and (body.org or body.kind == "desc") and self.low(j + 1) == ",":
            # "Mathieu Ferrand, secretary-general of the SUCA union, which represents ..., told":
            # past the relative clause, the body closes his apposition; he speaks
            k = body.i - 1
            while k > self.a and body.i - k < 10 and self.toks[k].text != "," and self.toks[k].quote < 0:
                k -= 1
            person = self.by_end.get(k - 1) if self.toks[k].text == "," else None
            if person is not None and person.kind == "name" and not person.org and " " in person.text and \
                    any(self.low(x).rsplit("-", 1)[-1] in self.lex.role_nouns or
                        self.low(x) in self.lex.role_nouns for x in range(k + 1, body.i)):
                return person
        if cited is not None and (outlet := self.by_end.get(j)) is not None and _is_outlet(self, outlet):
            # "KUNA, citing a foreign ministry source, said": the source speaks, the outlet relays
            for x in range(cited[0], cited[1]):
                m = self.by_start.get(x) or self.by_start.get(x + 1)
                if m is not None and m.j < cited[1] and m.kind in ("name", "desc") and \
                        not _is_outlet(self, m):
                    return m
                if self.low(x) in _UNNAMED_SOURCES:  # "citing two people familiar with the matter"
                    end = cited[1] - 1
                    return Mention(x, end, "desc", _phrase(self.toks, x, end))
        # "Sen. Roberta Castellanos, R-Texas, ... called", "Rep. Glen Ashby, R-Ohio, said": the
        # party and state after a US legislator's name are no speaker
        if self.toks[j].text == "," and j - 2 >= self.a and _PARTY_STATE.match(self.toks[j - 1].text) and \
                self.toks[j - 2].text == ",":
            j -= 3
        elif j - 1 >= self.a and _PARTY_STATE.match(self.toks[j].text) and self.toks[j - 1].text == ",":
            j -= 2
        if self.toks[j].text == "," and (j - 1) in self.by_end:
            j -= 1  # "the company's chief executive, Daniel Ormsby, stated"
        if self.toks[j].low in ("and", "but", "then", "before", "after"):
            return COORD
        for f in range(j - 1, max(self.a, j - 9), -1):
            # "A European diplomat familiar with the talks said", "people briefed on the plan said":
            # the source, not what they know about
            if (self.low(f), self.low(f + 1)) in _SOURCE_PHRASES:
                if self.low(f - 1) == "with" and self.low(f) == "knowledge":
                    f -= 1
                src: Mention | None
                if self.low(f - 1) in SOURCE_HEADS:
                    # "Two people with knowledge of the plan said": who they are is all the reader
                    # gets, so all of it is kept
                    src = Mention(f - 1, j, "desc", _phrase(self.toks, f - 1, j))
                else:
                    src = self.by_end.get(f - 1) or self._plain_noun_subject(f - 1)
                if src is not None and src.kind in ("desc", "name"):
                    return src
                break
        if self.toks[j].low in ("which", "who") and self.low(j - 1) == ",":
            # "a statement from the defence ministry, which said": the relative's antecedent
            ante = self.by_end.get(j - 2)
            return ante if ante is not None and ante.kind in ("name", "desc") else None
        m = self.by_end.get(j)
        if m is not None and m.kind == "name" and m.i - 2 >= self.a and self.low(m.i - 1) == "at":
            # "A senior nurse at Central Hospital said", "Mei Tanaka at Crane Research said": the
            # person at the place (but "a spokeswoman at the hospital" speaks for it)
            head = self.by_end.get(m.i - 2) or self._plain_noun_subject(m.i - 2)
            if head is not None and (
                    (head.kind == "desc" and not head.owner and not _speaks_for(head))
                    or (head.kind == "name" and not head.org and " " in head.text)):
                return self._group_at(head, m)
        if m is not None and m.kind == "name" and m.i - 2 >= self.a and self.low(m.i - 1) == "for" and \
                (head := self.by_end.get(m.i - 2)) is not None and head.kind == "desc" and \
                head.text.casefold() in _MEMBERS_FOR and "the" in (self.low(head.i), self.low(head.i - 1)):
            return head  # "the MP for Asante Akyem Kwahu told": the MP, not the constituency
        if m is not None and m.kind == "name" and m.i - 2 >= self.a and (
                self.low(m.i - 1) in _PLACE_OF or (self.low(m.i - 1) == "of" and not m.org)) and \
                not (m.title and " " in m.text):  # (a body's office holder is no place)
            # "One small-business owner in Fresno wrote": the owner, not the town; "the former
            # mayor of Timisoara said": the mayor (an organisation after "of" is left to the rules
            # for "a spokesperson for the council")
            head = self.by_end.get(m.i - 2) or self._plain_noun_subject(m.i - 2)
            if head is not None and head.kind == "desc":
                return self._group_at(head, m)
        if m is not None and m.kind == "name" and not m.media and self.low(m.i - 1) == "the":
            # "the candidate of the Movimiento Ciudadano Renovación (MCR) said": the party's
            # candidate, a person the article named (but "a spokesman for the party" speaks for it)
            head = self.by_end.get(m.i - 3) if self.low(m.i - 2) == "of" else None
            if head is not None and head.kind == "desc" and not head.owner and not _speaks_for(head) and \
                    self.low(head.i) == "the" and head.text.split()[-1] not in ORG_ROLES and \
                    head.text.split()[-1] not in _UNNAMED_SOURCES:
                return head
        if m is not None and m.kind == "desc" and not m.owner:
            # "A senior engineer at the company said": the head of the phrase, not its complement
            # (but "a spokesperson for the council said" is the council speaking)
            p = m.i - 1
            while p > m.i - 4 and self.low(p) in _PHRASE_DETERMINERS:
                p -= 1  # "critics within her own party said": past "her own" to the preposition
            head = self.by_end.get(p - 1) if self.low(p) in _HEAD_PREPS or self.low(p) == "within" else None
            if head is not None and head.kind in ("desc", "name") and not _speaks_for(head):
                return head
        if m is not None and m.kind == "name":
            # "Hana Brill of the University of Ulm said": the person before "of", not her employer
            # ("Mara Quist of the federal research institute ETH Zurich": lower-case words between)
            o = m.i - 1
            while o > self.a and m.i - o < 6 and self.toks[o].word and self.toks[o].text == self.toks[o].low \
                    and self.toks[o].low != "of":
                o -= 1
            owner = self.by_end.get(o - 1) if self.low(o) == "of" else None
            if owner is not None and owner.kind == "name" and not owner.org:
                return owner
        if m is not None and m.kind in _SPEAKER_KINDS:
            return m
        if m is None and self.low(j - 1) == "the" and self.low(j - 2) == "of" and \
                self.low(j - 3) == "one" and self.low(j) in _COUNTED_SOURCES:
            # `"...," one of the people said`: one of those the article counted before
            return Mention(j - 3, j - 3, "desc", "one")
        if m is None:
            return self._plain_noun_subject(j)
        return None

    def _relative_head(self, c: int) -> Mention | None:
        """The subject a restrictive relative clause sits between and cue c: `a packer who
        declined to give her name told Reuters` (no commas, no quote, no other cue in it)."""
        if self.toks[c - 1].text in (",", ")") or self.toks[c - 1].quote >= 0:
            return None  # ("Keller, a dealer from Columbus who never held office, shot back": an aside)
        for x in range(c - 2, max(self.a, c - 16) - 1, -1):
            t = self.toks[x]
            if t.quote >= 0 or t.text in (",", ";", ":", "(", ")") or (x < c - 1 and self.cue_lemma(x) and
                                                                     self.low(x - 1) != "to"):
                return None
            if t.low != "who" or x - 2 < self.a:
                continue
            head = self.by_end.get(x - 1)
            if head is not None and head.kind in ("name", "desc") and not head.org:
                # (never a place: "a laryngologist in New York who is not involved")
                return None if head.i > self.a and self.low(head.i - 1) in _OBJECT_PREPS else head
            w, d = self.toks[x - 1], self.low(x - 2)
            if w.word and w.text == w.low and d in ("a", "an", "one", "another", "the"):
                return Mention(x - 2, x - 1, "desc", f"{d} {w.text}" if d != "the" else w.text)
            return None
        return None

    def before_short_form(self, j: int) -> int:
        """`j`, or the end of the name before it when toks[j] closes a bracketed short form:
        "The Korean Central News Agency (KCNA) said", "the Saudi Press Agency (SPA) reported"."""
        if self.low(j) == ")" and j - 3 >= self.a and self.low(j - 2) == "(" and \
                (j - 3) in self.by_end and (j - 1) in self.by_end:
            return j - 3
        return j

    def group_plural(self, j: int) -> bool:
        """A clause-opening plural of people with no determiner ("Residents", "Parents",
        "Villagers"): capitalised only because it opens the sentence."""
        t = self.toks[j]
        if t.text != t.low.capitalize():
            return False
        if not (j == self.a or self.toks[j - 1].quote >= 0 or self.toks[j - 1].text in (",", ";", ":")):
            return False
        return group_plural(t.low, self.lex.role_nouns)

    def _group_at(self, head: Mention, m: Mention) -> Mention:
        """`Residents in Little Stowford`: a group of people is known by where they are."""
        if head.kind == "desc" and head.i == head.j and self.group_plural(head.i):
            return Mention(head.i, m.j, "desc", f"{head.text} {_phrase(self.toks, head.i + 1, m.j)}")
        return head

    def _plain_noun_subject(self, j: int, depth: int = 0) -> Mention | None:
        """`A deckhand on the vessel, ..., said`: a determiner and a lower-case noun no role list
        knows, opening the clause, are still someone (documents excepted: "the report said").
        A prepositional phrase after the head ("on the vessel") is stepped over to the head."""
        t = self.toks[j]
        if t.low in ISSUED_NOUNS and self.low(j - 1) == "the" and t.text == t.low:
            # "..., the statement said": the words of whoever issued it (see engine._issuer)
            return Mention(j - 1, j, "desc", t.low)
        if t.low in ISSUED_NOUNS and self.low(j - 1) == "'s" and t.text == t.low:
            owner = self.by_end.get(j - 2)  # "The ministry's statement said": the ministry's words
            if owner is not None and owner.kind in ("name", "desc"):
                return owner
        if t.low == "year-old" and self.low(j - 1) == "-" and self.toks[j - 2].text.isdigit() and \
                self.low(j - 3) in ("the", "a", "an"):
            # "the 26-year-old said": the person the story is about; "a 61-year-old" someone new
            return Mention(j - 3, j, "desc", f"{self.toks[j - 2].text}-year-old")
        if self.group_plural(j):
            return Mention(j, j, "desc", t.low)  # "Residents in Little Stowford said"
        if not t.word or t.text != t.low or t.low in _DOCUMENT_NOUNS or t.low in _NOT_TITLE_WORDS:
            return None
        for d in range(j - 1, max(self.a - 1, j - 4), -1):
            low = self.low(d)
            if low in ("a", "an", "the", "one", "his", "her", "their", "its"):
                opens = d == self.a or self.toks[d - 1].text in (",", ";", ":", "\u2014") or \
                    self.toks[d - 1].quote >= 0 or self.toks[d - 1].low in ("while", "whereas")
                if not opens:
                    if depth == 0 and self.low(d - 1) in _PHRASE_PREPS and d - 2 >= self.a:
                        head = self.by_end.get(d - 2)
                        if head is not None and head.kind == "desc" and not head.owner and \
                                self.low(head.i) in ("a", "an") and self.low(d - 1) == "of":
                            # "A member of the Dravenian delegation, who ..., said": someone unnamed,
                            # known by all of the phrase
                            return Mention(head.i, j, "desc", _phrase(self.toks, head.i + 1, j))
                        if head is not None:
                            return head if head.kind in ("desc", "name") else None
                        return self._plain_noun_subject(d - 2, depth + 1)
                    return None
                return Mention(d, j, "desc", " ".join(self.toks[x].text for x in range(d + 1, j + 1)))
            if not self.toks[d].word or (self.toks[d].text != low and not self._adjective_name(d)):
                return None
        return None

    def _adjective_name(self, d: int) -> bool:
        """`the Dravenian delegation`: one capitalised word read as a name, standing as an adjective
        between a determiner and a lower-case noun."""
        m = self.by_end.get(d)
        return m is not None and m.i == d and m.kind == "name" and not m.org and not m.media and \
            self.low(d - 1) in ("the", "a", "an") and self.toks[d + 1].text == self.toks[d + 1].low

    def subject_right(self, c: int) -> Mention | None:
        k = c + (2 if self.low(c) == "put" else 1)
        if self.low(k) in ("a", "an", "one", "two", "three") and self.low(k + 1) in SOURCE_HEADS and \
                (self.low(k + 2), self.low(k + 3)) in _SOURCE_PHRASES:
            # `said a person close to the minister, who asked not to be named`, `said one person
            # briefed on the discussions`: the whole description is all the reader gets
            x = k + 4
            while x < self.b and x - k < 14 and self.toks[x].quote < 0 and \
                    self.toks[x].text not in ",.;:" and \
                    self.low(x) not in ("who", "that", "and", "because", "as"):
                x += 1
            return Mention(k, x - 1, "desc", _phrase(self.toks, k, x - 1))
        if self.low(k + 2) == "year-old" and self.low(k + 1) == "-" and self.toks[k].text.isdigit():
            k += 3  # "said 16-year-old Aisha Bello": her age, then her name
        m = self.by_start.get(k)
        if m is None and self.low(k) in ("another", "other"):
            # `said another resident`: the description starts past the word (the engine reads
            # "another" before it as someone new)
            m = self.by_start.get(k + 1)
            if m is not None and m.kind != "desc":
                m = None
        if m is None and self.low(k) == "the":
            m = self.by_start.get(k + 1)
            if m is not None and m.kind != "desc":
                m = None
            for x in range(k + 1, min(k + 10, self.b - 1)) if m is None else ():
                # `said the independent TD for Dublin South-Central, Niamh Garrity, who ...`: an
                # office no list knows, then the person in apposition
                if self.toks[x].quote >= 0:
                    break
                if self.toks[x].text == ",":
                    named = self.by_start.get(x + 1)
                    if named is not None and named.kind == "name" and not named.org and \
                            " " in named.text and \
                            (named.j + 1 >= self.b or self.low(named.j + 1) in (",", ".", "who")):
                        return named
                    break
        if m is not None and self.low(m.j + 1) == "'s":
            # `said the company's managing director, Fiona Grant`: past the owner to what it owns
            owned = next((x for x in self.mentions if m.j + 1 < x.i <= m.j + 5 and x.kind == "desc"), None)
            if owned is not None and all(self.toks[y].word and self.toks[y].text == self.toks[y].low
                                         for y in range(m.j + 2, owned.i)):
                m = owned
        if m is not None and m.kind == "desc" and self.low(m.j + 1) == ",":
            # `said the company's managing director, Fiona Grant.`: the name in apposition
            named = self.by_start.get(m.j + 2)
            if named is not None and named.kind == "name" and not named.org and (
                    named.j + 1 >= self.b or self.low(named.j + 1) in (",", ".")):
                return named
        if m is not None and m.kind == "name" and m.org and self.low(m.j + 1) == "," and \
                m.text.split(" ", 1)[0].casefold() in self.lex.role_nouns and " of " in m.text:
            # `said Head of Balikpapan Search and Rescue Office, Wahyu Setiadi, to NusaTV`: an
            # office in capitals, then its holder in apposition
            named = self.by_start.get(m.j + 2)
            if named is not None and named.kind == "name" and not named.org and " " in named.text and (
                    named.j + 1 >= self.b or self.low(named.j + 1) in (",", ".")):
                return named
        if m is not None and m.kind == "desc" and self.low(m.j + 1) == "of":
            # `said the mayor of San Pedro, Carolina Oyarzun,`, `said the governor of the region,
            # Ana Vela`: the person in apposition after the office
            for x in range(m.j + 2, min(m.j + 9, self.b - 1)):
                if self.toks[x].text == ",":
                    named = self.by_start.get(x + 1)
                    if named is not None and named.kind == "name" and not named.org:
                        return named
                    break
        if m is not None and m.kind == "desc":
            # `said union steward Mara Quist`: the description is her title
            for x in (m.j + 1, m.j + 2):
                named = self.by_start.get(x)
                if named is not None and named.kind == "name" and not named.org and \
                        all(self.toks[y].text == self.toks[y].low for y in range(m.j + 1, x)):
                    return named
        if m is not None and m.kind in ("name", "desc", "mdesc"):
            if self.low(m.j + 1) in _FINITE and c + 1 < self.b and self.low(c + 1) != ",":
                return None  # "said the team had left": the reported clause's subject, not who said it
            return m
        if m is not None and m.kind == "pron" and self.toks[c].low in ("said", "says"):
            return m
        if m is None and (self.toks[c].low in ("said", "says") or self._after_quote(c - 1)):
            # (`"...," raged local MP Helen Gaskell`: any cue right after the quote)
            # `said shopkeeper Anil Mehta`, `said local farmer Ana Ruiz`: a lower-case occupation
            # no list knows stands before the name
            x = k
            while x < min(k + 4, self.b) and not (x > k and x in self.by_start) and \
                    self.toks[x].word and self.toks[x].text == self.toks[x].low and \
                    self.toks[x].low not in _NOT_TITLE_WORDS:
                x += 1  # (up to a mention holding its title: "said third-generation grower Luis Ochoa")
            m = self.by_start.get(x) if x > k else None
            if m is not None and m.kind == "name" and not m.org:
                return m
        return None

    def main_subject(self, upto: int) -> Mention | None:
        k = self.a
        lead = k
        if self.low(k) in _CONJUNCTIONS and self.low(k + 1) != ",":
            # "But Nakazwe-Banda was quick to hit back, telling AFP ...": the conjunction alone is
            # stepped over (a name's mention may start on it), not a lead-in clause up to a comma
            lead = k + 1
        if self.low(lead) in _LEADERS or self.low(lead) == "in":
            k = lead
            e = k
            while e < upto and self.toks[e].text != ",":
                e += 1
            if e < upto:
                k = e + 1
        if self.low(k) == "the" and k + 3 < upto and self.toks[k + 1].text.isdigit() and \
                self.low(k + 2) == "-" and self.low(k + 3) == "year-old":
            # "The 28-year-old had been nursing a strain since Cincinnati but insisted": an age
            # is no mention of its own, but it is the subject
            return Mention(k, k + 3, "desc", f"{self.toks[k + 1].text}-year-old")
        owner: Mention | None = None
        mentions = self.mentions
        for x, m in enumerate(mentions):
            if m.i >= k and m.j < upto and m.kind in _SPEAKER_KINDS:
                if m.i > k and (self.low(m.i - 1) in _OBJECT_PREPS or self.low(m.i - 1) in _LATER_PREPS):
                    continue  # "Kowalczyk's campaign wrote on X that ...": a platform or place, no subject
                if x + 1 < len(mentions) and (nxt := mentions[x + 1]).kind == "name" and not nxt.org and \
                        m.j < nxt.i <= m.j + 3 and nxt.j < upto and all(
                            t.word and t.text == t.low and t.low not in _NOT_TITLE_WORDS
                            for t in self.toks[m.j + 1:nxt.i]):
                    continue  # "Opposition councillor Rhys Evans ... and accused": his title's words
                if m.kind == "desc" and self.low(m.j + 1) == "turned" and any(
                        y.kind == "name" and not y.org and m.j + 2 <= y.j <= m.j + 5 and y.j < upto
                        for y in mentions[x + 1:x + 3]):
                    continue  # "Former F1 driver turned pundit Danny Fairweather": what he became, then him
                if m.kind == "name" and self.low(m.j + 1) == "'s" and owner is None:
                    owner = m  # "Saka's teammate Declan Rice echoed ...": the teammate, if named
                    continue
                if m.kind == "desc" and _speaks_for(m) and self.low(m.j + 1) in ("for", "at", "of"):
                    # "A spokesperson for Cityline said ... and urged ...": the body, as for "said"
                    body = self.by_start.get(m.j + 2 + (self.low(m.j + 2) == "the"))
                    if body is not None and body.kind in ("name", "desc") and body.j < upto:
                        return body
                if m.org:
                    # "Fenbridge United striker Jaden Okafor-Price has ..., insisting": the person
                    # whose title opens on the club's name, not the club
                    for y in mentions[x + 1:x + 4]:
                        # (its mention may start inside the body's name: "Iran's Ministry of Foreign
                        # Affairs spokesman Reza Ghaffari", titled "Foreign Affairs spokesman")
                        if y.i <= m.j + 1 and m.j < y.j < upto and y.kind == "name" and not y.org:
                            return y
                return m
        return owner

    def _quoted_head(self, end: int) -> Mention | None:
        """`quoted a senior official from the northern delegation as saying`: the person right after
        the quoter, when the words up to `end` (the token before "as") only complete it."""
        for x in range(end, max(self.a, end - 12) - 1, -1):
            low = self.low(x)
            if low in _QUOTERS:
                head = self.by_start.get(x + 1) or (
                    self.by_start.get(x + 2) if self.low(x + 1) in ("the", "a", "an") else None)
                if head is None and self.low(x + 1) in ("the", "a", "an") and self.toks[x + 2].word and \
                        self.toks[x + 2].text == self.low(x + 2) and self.low(x + 3) in _HEAD_PREPS:
                    # "cited a source in the foreign ministry": a noun no role list knows
                    head = Mention(x + 1, x + 2, "desc", self.toks[x + 2].text)
                if head is None or head.kind != "desc" or head.j + 1 >= end or \
                        self.low(head.j + 1) not in _HEAD_PREPS or _speaks_for(head):
                    return None
                return head
            if not self.toks[x].word or (low in ("said", "says", "told")):
                return None  # a comma, a clause: not one noun phrase
        return None

    def subject_of(self, c: int) -> tuple[Mention | None, str]:
        """The mention that speaks through cue token c, and how it was found."""
        t = self.toks[c]
        if t.low in _QUOTERS and t.low[-1] != "g":
            # `"...," IRNA quoted Baghaei as saying`: the one quoted speaks, the quoter relays
            if self.low(c + 1) in _OBJECT_PRONOUNS and self.low(c + 2) == "as" and \
                    self.low(c + 3).endswith("ing"):
                # `"...," SPA quoted him as saying`: the pronoun, resolved like a subject
                return Mention(c + 1, c + 1, "pron", _OBJECT_PRONOUNS[self.low(c + 1)]), "quoted-obj"
            obj = self.by_start.get(c + 1) or (
                self.by_start.get(c + 2) if self.low(c + 1) in ("the", "a", "an") else None)
            if obj is not None and obj.kind in ("name", "desc") and self.low(obj.j + 1) == "as" and \
                    self.low(obj.j + 2).endswith("ing"):
                return obj, "quoted-obj"
            if obj is None:  # "quoted the port director, ...": a description after modifiers
                obj = next((x for x in self.mentions if c < x.i <= c + 4 and x.kind == "desc"), None)
            if obj is not None and obj.kind == "desc" and self.low(obj.j + 1) == ",":
                # `"...," Reuters quoted the port director, Pim Ravel, as saying`: the apposition
                named = self.by_start.get(obj.j + 2)
                if named is not None and named.kind == "name" and not named.org and \
                        self.low(named.j + 1) == "," and self.low(named.j + 2) == "as" and \
                        self.low(named.j + 3).endswith("ing"):
                    return named, "quoted-obj"
        for x in range(c - 2, max(self.a, c - 10) - 1, -1) if t.low in _DOCUMENT_VERBS else ():
            # `"...," a statement posted on the ministry's Telegram channel said`: the document
            # speaks (for whoever issued it), never the channel it was posted on
            if self.low(x) in ISSUED_NOUNS and self.low(x + 1) in _ISSUED_HOW and \
                    self.toks[x].text == self.low(x):
                return Mention(x, x, "desc", self.low(x)), "main"
            if self.toks[x].quote >= 0 or self.low(x) in (",", ";", ":"):
                break
        if self.low(c - 1) == "to" and self.low(c - 2) in _KEEN:
            # "Aoife Cunnane has been at pains to stress that ...", "He was quick to say": the
            # subject of the verb the adjective hangs on
            x = self.skip_adverbs_left(c - 3 - (self.low(c - 2) == "pains" and self.low(c - 3) == "at"))
            while self.low(x) in ("been", "being", "be"):
                x -= 1
            if self.low(x) in _KEEN_VERBS:
                m = self.subject_left(x)
                if m is not None and m is not COORD:
                    return m, "main"
        if self.low(c - 1) == "to" and self.low(c - 2) == "on" and self.low(c - 3) in _GO_ON:
            # "She went on to say that ...": the subject of "went on"
            m = self.subject_left(c - 3)
            if m is not None and m is not COORD:
                return m, "main"
        lemma = self.cue_lemma(c) or ""
        passive = self.low(c - 1) in _PASSIVE_AUX or (
            self.low(c - 1) in ADVERBS and self.low(c - 2) in _PASSIVE_AUX)
        if passive and self.low(c + 1) == "by":
            agent = self.by_start.get(c + 2)
            if agent is None and self.low(c + 2) == "the":
                agent = self.by_start.get(c + 3)
            if agent is not None:
                return agent, "passive"
        elif passive and t.low in _CALLING:
            # "His condition was described as \"stable\"": what is described, said by nobody named here
            return None, "passive"
        if t.low.endswith("ing") and t.low != lemma and self.low(c - 1) == "," and \
                (named := self.by_end.get(c - 2)) is not None and named.kind == "name" and \
                self.low(named.i - 1) == ",":
            # `with the Foreign Secretary, Harriet Colville, accusing ...`: the name in apposition
            for d in range(named.i - 2, max(self.a, named.i - 8) - 1, -1):
                if self.low(d) == "with":
                    return named, "with"
                if not self.toks[d].word:
                    break
        if t.low.endswith("ing") and t.low != lemma:
            for d in range(c - 1, max(self.a, c - 6) - 1, -1):
                if self.low(d) == "with" and d < c - 1:
                    # `..., with one side declaring there was "no way back"`: the participle's own
                    # subject speaks, never the sentence's ("Negotiations broke down")
                    m = self.by_end.get(c - 1)
                    if m is not None and m.kind in ("name", "desc"):
                        return m, "with"
                    if all(self.toks[x].word and self.toks[x].text == self.low(x) for x in range(d + 1, c)):
                        words = " ".join(self.toks[x].text for x in range(d + 1, c))
                        return Mention(d + 1, c - 1, "desc", words), "with"
                    return None, "with"
                if not self.toks[d].word or self.low(d) in ("as", "by", "after", "before"):
                    break
            if self.low(c - 1) == "as":
                m = self.by_end.get(c - 2)
                if self.low(c - 2) == ",":
                    # "quoted Ri Chol Man, a vice minister of foreign affairs, as saying"
                    k = c - 3
                    while k > self.a and self.low(k) != "," and c - k < 16:
                        k -= 1
                    m = self.by_end.get(k - 1) if self.low(k) == "," else None
                    if (m is None or m.kind == "desc" or m.org) and self.low(k) == "," and \
                            any(self.low(x) in _QUOTERS for x in range(max(self.a, k - 14), k)):
                        # "quoted the harbour master, Pim Ravel, as saying", "quoted an official
                        # at the Environment Ministry, Hiroshi Tanabe, as saying": the person in
                        # the apposition is who is quoted
                        named = next((x for x in self.mentions if k < x.i and x.j == c - 3), None)
                        if named is not None and named.kind == "name" and not named.org:
                            return named, "quoted-as"
                if m is not None and self.low(m.i - 1) == "by" and self.low(m.i - 2) in _QUOTERS:
                    return self.main_subject(c), "main"  # "X was quoted by Xinhua as saying"
                if (head := self._quoted_head(c - 2)) is not None:
                    return head, "quoted-as"  # "quoted a senior official from the delegation as saying"
                if m is not None and any(self.low(x) in _QUOTERS for x in range(m.i - 4, m.i)):
                    return m, "quoted-as"  # "quoted a military spokesman as saying"
                if self.low(c - 2) in _OBJECT_PRONOUNS and self.low(c - 3) in _QUOTERS:
                    # "the statement quoted him as saying": the pronoun, as if it were the subject
                    return Mention(c - 2, c - 2, "pron", _OBJECT_PRONOUNS[self.low(c - 2)]), "quoted-as"
                if self.low(c - 2) in _QUOTERS or self.low(c - 3) in _QUOTERS:
                    return self.main_subject(c), "main"
            left = self.subject_left(c)
            if left is not None and left is not COORD and self.low(c - 1) != "," and \
                    left.i > self.a and self.low(left.i - 1) in _OBJECT_PREPS:
                # "issued a statement via KCNA describing the drills as ...": the channel is no
                # subject; the sentence's is
                return self.main_subject(c), "main"
            if left is not None and left is not COORD and self.low(c - 1) != ",":
                return left, "left"
            if self.low(c - 1) == ",":
                # `Egypt will raise prices, Minister Hassan Adel said, calling the cost "..."`:
                # the participle goes on for whoever the reporting verb before it has speaking
                for k in range(c - 2, max(self.a, c - 12) - 1, -1):
                    if self.cue_lemma(k) is not None and not self.toks[k].low.endswith("ing"):
                        subj = self.subject_left(k) or self.subject_right(k)
                        if subj is not None and subj is not COORD and subj.kind != "pron":
                            return subj, "participle"
                        break
            return self.main_subject(c), "main"
        if (c - 1) not in self.by_end and (rel := self._relative_head(c)) is not None:
            # "A picker who asked not to be named because she feared retaliation said": the head
            # the relative clause hangs on
            return rel, "left"
        left = self.subject_left(c)
        if left is COORD:
            return self.main_subject(c), "main"
        if left is not None and left.kind == "name" and left.i - 1 > self.a and \
                self.low(left.i - 1) in _AT_PLACE:
            # "a spokesman for the Federal Criminal Police Office (BKA) in Wiesbaden told dpa": the
            # town is where the spokesman sits; the description before it speaks
            for x in range(left.i - 2, max(self.a, left.i - 14) - 1, -1):
                m = self.by_start.get(x)
                if m is not None and m.kind == "desc" and m.j < left.i:
                    return m, "left"
                if self.toks[x].quote >= 0 or self.toks[x].text in (",", ";", ":") or self.cue_lemma(x):
                    break
        if left is not None:
            return left, "left"
        if t.low in ("told", "tells", "telling"):
            return None, ""  # "told BBC News she ...": who is told listens, never speaks
        right = self.subject_right(c)
        if right is not None:
            return right, "right"
        return None, ""


# "who gave his name as", "who asked to be identified only by her first name,": a name follows
_GAVE_NAME = frozenset({"gave", "gives", "identified", "asked", "wanted", "wished", "preferred", "requested"})


class Frame(msgspec.Struct, gc=False):
    subject: Mention | None
    cue: int
    """Token index of the cue, or -1."""
    rule: str
    confidence: float


def outlet_desc(m: Mention) -> Mention | None:
    """`the Ostwire agency`, `the Maghreb Arabe Presse agency`: a capitalised name before an outlet
    noun, which the mention finder reads as a description, as the outlet's own name."""
    words = m.text.split()
    if m.kind == "desc" and not m.owner and len(words) > 1 and words[-1] in MEDIA_HEADS and \
            all(w[:1].isupper() for w in words[:-1]):
        return Mention(m.j - len(words) + 1, m.j - 1, "name", " ".join(words[:-1]), org=True, media=True)
    return None


def _is_outlet(s: Sentence, m: Mention) -> bool:
    return m.kind == "mdesc" or m.media or (m.kind == "name" and s.lex.outlet(m.text) is not None) or \
        outlet_desc(m) is not None


_CARRIER_NOUNS = frozenset({"message", "words", "caption", "note", "slogan", "text", "post", "tweet"})
_ISSUED_PIECES = frozenset({"statement", "release", "press", "communique", "communiqué", "notice", "letter",
                            "report", "post", "message", "readout", "transcript"})


def _reporting_subject(s: Sentence, c: int) -> tuple[Mention, int] | None:
    """A named subject of a non-relay cue left of cue c in the same sentence, with that cue."""
    for k in range(c - 1, s.a - 1, -1):
        lemma = s.cue_lemma(k)
        if lemma is None or lemma in RELAY_VERBS:
            continue
        subj, _how = s.subject_of(k)
        if subj is not None and subj.kind != "pron" and subj is not COORD:
            return subj, k
        return None
    return None


def attribute(s: Sentence, q: int) -> Frame:
    """The frame of the quote token q."""
    called = characterised_by(s.toks, s.by_end, q)
    if called is not None and called[0].i >= s.a:
        if called[0].kind == "pron":
            # `The White House said ... what it called "..."`: the pronoun is the reporting subject
            outer = _reporting_subject(s, called[1])
            if outer is not None:
                return Frame(outer[0], outer[1], "called-reported", 0.8)
        return Frame(called[0], called[1], "called", 0.8)
    # "...," said Zhu / "...," Xi declared / "...," he advised
    k = q + 1
    if s.low(k) in (",", "\u2014", "-"):
        k += 1
    lemma = s.cue_lemma(k)
    if lemma is not None:
        right = s.subject_right(k)
        if right is not None:
            return Frame(right, k, "after-inverted", 0.92)
    if q == s.a and s.low(q + 1) in _DASHES and (named := s.by_start.get(q + 2)) is not None and \
            named.kind == "name" and all(not t.word for t in s.toks[named.j + 1:s.b]):
        # a headline's `"Worst is behind us" – Kasonde`: the name the dash credits, nothing after it
        return Frame(named, -1, "dash-credit", 0.85)
    m = s.by_start.get(k)
    relayed: Frame | None = None
    if m is not None and m.kind in _SPEAKER_KINDS:
        c = s.skip_adverbs_right(m.j + 1)
        lemma = s.cue_lemma(c)
        if lemma is not None and s.toks[c].low in _QUOTERS:
            quoted, how = s.subject_of(c)
            if how == "quoted-obj" and quoted is not None:
                return Frame(quoted, c, "after-quoted", 0.9)  # `"...," IRNA quoted Baghaei as saying`
        if lemma is not None:
            if not _is_outlet(s, m) and lemma not in RELAY_VERBS:
                return Frame(m, c, "after", 0.92)
            # `X described it as "...", the agency reported`: the outlet passes on X's words; so
            # does a name the lexicon does not know as an outlet when its verb only relays
            # (`X told state agency Petra "...", APW reported`)
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
        if subj is None and how == "passive":
            return Frame(None, c, "before-passive", 0.6)  # the engine looks to the sentence before
        if subj is not None and not (relayed is not None and _is_outlet(s, subj)):
            if subj.kind == "pron" and not (subj.i > s.a and toks[subj.i - 1].text == "," and
                                            c + 1 < s.b and toks[c + 1].text == ","):
                # `Rabat said ... that it welcomed "..."`: reported speech's pronoun is the
                # subject of the cue that reports it (not `Nutrition labels, she wrote, disclose
                # "..."`: an aside names the speaker itself)
                outer = _reporting_subject(s, c)
                if outer is not None:
                    return Frame(outer[0], outer[1], "before-reported", 0.85)
            return Frame(subj, c, "before-" + how, 0.85 if how != "main" else 0.8)
    if relayed is not None:
        return relayed
    if s.low(q - 1) in _CARRIER_NOUNS and s.low(q - 2) in ("the", "a", "an", "this") and \
            s.low(q - 3) == "with":
        # `Hollow Ember listed the company on its leak site with the message "..."`: the
        # sentence's subject wrote the message
        subj = s.main_subject(q - 3)
        if subj is not None and subj.kind in ("name", "desc") and not _is_outlet(s, subj):
            return Frame(subj, -1, "with-message", 0.7)
    if s.low(q - 1) == ":":
        # `Analyst Emi Tanaka was sceptical: "..."`: whoever the clause before the colon is about
        # a full name first: a capitalised sentence opener ("Record shop owner Tova Lindgren")
        # is a one-word run the mention finder cannot tell from a surname
        full = [m for m in s.mentions if m.j < q - 1 and m.kind == "name" and not m.org and " " in m.text]
        subj = full[0] if full else s.main_subject(q - 1)
        if subj is not None and not full and subj.kind == "name" and subj.i == s.a and " " not in subj.text \
                and 0 < q - 2 - subj.j <= 2 and all(toks[x].word and toks[x].text == toks[x].low and
                                                    s.cue_lemma(x) is None for x in range(subj.j + 1, q - 1)):
            subj = None  # "Night shift: 'At 3am, the hospital belongs to us'": a label, not a speaker
        if subj is not None and subj.kind in ("name", "desc") and not _is_outlet(s, subj):
            return Frame(subj, -1, "colon", 0.7)
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
        if s.low(c + 1) == "to" and s.low(c + 2) in ("a", "an") and s.low(c + 3) in _ISSUED_PIECES:
            # "According to a statement issued by the Inter-Services Public Relations (ISPR),":
            # whoever issued it
            for x in range(c + 4, min(c + 8, s.b - 1)):
                if s.low(x) in ("by", "from"):
                    k = x + 2 if s.low(x + 1) == "the" else x + 1
                    if (m := s.by_start.get(k)) is not None and m.kind in ("name", "desc"):
                        return Frame(m, c, "according", 0.75)
                    break
                if not s.toks[x].word or s.toks[x].text != s.toks[x].low:
                    break
    for c in relay_only:
        subj, how = s.subject_of(c)
        if subj is not None:
            return Frame(subj, c, "relay-" + how, 0.6)
    if s.low(s.a) == "for" and q > s.a + 2:
        # `For the political scientist Miguel Sardinha, of the University of Coimbra, "..."`: the
        # view is the person the sentence opens for (translated copy's "Para X", "Pour X")
        named = next((m for m in s.mentions if s.a < m.i <= s.a + 5 and m.j < q and m.kind == "name"), None)
        if named is not None and not named.org and " " in named.text and \
                any(s.toks[x].text == "," for x in range(named.j + 1, q)):
            return Frame(named, -1, "for-view", 0.6)
    for c in range(q + 1, s.b):
        if s.cue_lemma(c) in RELAY_VERBS:
            # `Kim has ordered his army to prepare "decisive" action ..., state media reported`:
            # the outlet only reports; the sentence's own subject is the one quoted
            for main in s.mentions:
                if main.i >= q:
                    break
                if main.kind == "name" and s.low(main.j + 1) != "'s" and not _is_outlet(s, main):
                    return Frame(main, c, "relay-main", 0.6)
            break
    return Frame(None, -1, "", 0.0)
