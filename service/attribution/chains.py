"""Relays: who passed the words on between the speaker and the article.

A relay is named by "according to X", "as reported/captured/cited by X", "X reported", "X said"
when X is an outlet and someone else speaks, "X quoted Y as saying", and "Y told X" when X is an
outlet. The order is nearest the speaker first: the outlet told, then relays named before the
speaker's cue from the innermost outward (`Reuters reported that KCNA quoted Kim as saying` ->
KCNA, Reuters), then those named after it, in reading order (`..., KCNA reported, according to AP`).
"""

from __future__ import annotations

import re

import msgspec

from service.attribution.frames import Sentence, outlet_desc
from service.attribution.lexicon import (
    ADVERBS,
    DEMONYMS,
    MEDIA_HEADS,
    OUTLET_NAME_HEADS,
    norm_key,
    titled_outlet,
)
from service.attribution.mentions import Mention
from service.attribution.titles import title_words

_BY_VERBS = frozenset({"reported", "captured", "cited", "quoted", "carried", "published", "broadcast",
                       "relayed", "aired", "told", "obtained", "seen", "viewed", "reviewed", "contacted"})
_LIVE = frozenset({"live", "nationwide", "later"})
_HOLDING = frozenset({"obtained", "seen", "viewed", "reviewed", "contacted"})
# ("a memo obtained by The Guardian", "a letter seen by Reuters": the outlet that holds the text
# is the one it reached the article through; only outlets, as with every "by" agent below)
_SAY_FORMS = frozenset({"said", "says", "reported", "reports", "quoted", "quotes", "cited", "cites",
                        "carried", "published", "added", "stated", "wrote", "noted"})
WEB_ENDINGS = (".com", ".net", ".org", ".co.uk", ".com.au", ".co.za", ".ie", ".in", ".eu", ".ng")
_PROGRAMMES = frozenset({"bulletin", "programme", "program", "newscast", "broadcast", "show", "podcast",
                         "channel", "website", "radio", "television"})
_RECIPIENT_VERBS = frozenset({"told", "tells", "telling"})
_SIT_DOWNS = frozenset({"interview", "sit-down", "chat", "conversation", "exclusive"})
# "Speaking to the Baltic Ledger, she said": the outlet she spoke to carried her words
_IN_VERBS = frozenset({"writing", "wrote", "writes", "reviewing", "reviewed", "column", "essay", "op-ed"})
_TO_VERBS = frozenset({"appearance", "appearances", "speaking", "spoke", "speaks", "talking", "talked",
                       "talks", "writing", "wrote", "comments", "remarks", "statement", "statements",
                       "email", "e-mail", "emailed", "message", "letter", "note", "response", "responses",
                       "read"})
# ("In a statement read on state television ORTM, spokesman X said")
_TO_PREPS = frozenset({"to", "with", "on", "in"})
# "he said on public broadcaster RTS", "in a speech broadcast on Geo News": the outlet carried it
_SAID_ON = frozenset({"said", "says", "told", "added", "broadcast", "aired", "televised", "streamed",
                      "shown"})


class Relay(msgspec.Struct, gc=False):
    mention: Mention
    cue: str
    pos: int
    recipient: bool = False


_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")
# (bodies whose initials look like a station's)
_NOT_CALL_SIGNS = frozenset({"WHO", "WTO", "WFP", "WWF", "WEF", "KFC", "KGB", "WWE", "WHA", "WNBA", "KKK",
                             "WADA", "WMO", "WIPO", "KPMG", "WBA", "WBC", "WBO", "WRC", "WSJ", "WTA", "KNU",
                             "KPK"})
_CAMEL_FIRSTS = frozenset({"Mary", "Fitz", "Jean", "Anne", "Anna", "Rose", "Lynn", "Ruth", "John", "Paul"})


def camel_outlet(text: str) -> bool:
    """`told TshisaLIVE`, `told GeekWire`: one word with a capital inside it after four or more
    lower-case-led letters, or ending in capitals, is a web outlet's brand. People's names with an
    inner capital have a short prefix (McDonald, DeSantis, LaToya, MacKenzie) or a first name
    (MaryAnn, FitzGerald), and are left alone."""
    if " " in text or not text.isalpha() or len(text) < 5 or not text[0].isupper():
        return False
    for i in range(2, len(text)):
        if text[i].isupper() and text[i - 1].islower():
            return (i >= 4 and text[:i] not in _CAMEL_FIRSTS) or (len(text) - i >= 3 and text[i:].isupper())
    return False


def _capital_the(s: Sentence, m: Mention) -> bool:
    """`told The Information`, `seen by The Atlantic`: a capital "The" inside a sentence belongs to
    a title (people and places never carry one), and in a relay's place the title is an outlet."""
    return m.i > s.a and s.toks[m.i].text == "The" and s.toks[m.i - 1].word and not m.org and \
        s.toks[m.i - 1].text == s.toks[m.i - 1].low and norm_key(m.text) not in s.lex.places and \
        norm_key(m.text) not in s.lex.metonyms  # (never "told reporters in The Hague")


def is_media(s: Sentence, m: Mention) -> bool:
    """Whether `m` names an outlet here (see `_is_media`): other stages ask it too."""
    return _is_media(s, m)


def _is_media(s: Sentence, m: Mention) -> bool:
    """An outlet by the lexicon, by its own name's shape, or by the noun the article puts after it
    ("told the Coastal Mirror newspaper")."""
    if m.kind == "mdesc" or m.media or (m.kind == "name" and s.lex.outlet(m.text) is not None):
        return True
    if m.kind == "name" and not m.title and (camel_outlet(m.text) or _capital_the(s, m) or (
            _CALL_SIGN.fullmatch(m.text) is not None and m.text not in _NOT_CALL_SIGNS)):
        return True  # (and a US station's call sign: "told KGW", "told WESA")
    if m.kind == "name" and " " in m.text and (first := m.text.split(" ", 1)[0]).isupper() and \
            (s.lex.outlet(first) is not None or s.lex.outlet(f"{first} News") is not None):
        return True  # "told ABC Southern Queensland", "BBC Radio Leicester": a known network's station
    if m.kind == "name" and m.text.count(" ") >= 2 and s.lex.outlet(m.text.rsplit(" ", 1)[0]) is not None:
        return True  # "told Sky Sports F1", "Rolling Stone UK": a known outlet's own channel or edition
    if m.kind == "name" and m.text[:1].isupper() and m.text.rstrip(".").endswith(WEB_ENDINGS):
        return True  # "told Motorsport.com": a site by its address
    if m.kind == "name" and m.i > s.a and s.toks[m.i].text == "The" and titled_outlet(m.text):
        return True  # "told The Herald": a title ending the way papers name themselves
    if m.kind == "name" and (w0 := m.text.split(" ", 1)[0])[:-2].isupper() and 3 <= len(w0) <= 6 and (
            (w0[-2:] in ("TV", "FM") and w0.isupper()) or w0[-2:] == "fm"):
        # "told NTV", "MRTV reported", "NTV Uganda": a television channel by its initials; "told
        # SAfm", "KFM said": a radio station's
        return True
    if m.kind != "name" or m.j + 1 >= s.b:
        return False
    nxt = s.toks[m.j + 1]
    if nxt.low == "'s" and any(s.low(x) in _PROGRAMMES for x in range(m.j + 2, min(s.b, m.j + 6))):
        return True  # "told NTV's evening news bulletin": whose programme, an outlet's
    if nxt.low == "news" and nxt.text == "news" and m.j + 2 < s.b:
        nxt = s.toks[m.j + 2]  # "the official APS news agency"
    return nxt.text == nxt.low and nxt.low in MEDIA_HEADS


_NOT_OUTLET_INITIALS = frozenset({
    "NATO", "UN", "EU", "IMF", "WHO", "OPEC", "ASEAN", "AU", "ECOWAS", "SADC", "IAEA", "UNICEF", "UNHCR",
    "FBI", "CIA", "NSA", "ICE", "FDA", "CDC", "EPA", "SEC", "FAA", "NTSB", "DOJ", "DOD", "IRS", "FEMA",
    "IOC", "FIFA", "UEFA", "NBA", "NFL", "MLB", "NHL", "ICC", "ICJ", "OSCE", "WTO", "NHS", "MOD", "RAF",
    "IDF", "PLO", "ANC", "MDC", "APC", "PDP", "BJP", "GOP", "DUP", "SNP", "SDLP", "UKIP", "CDU", "SPD",
})
"""Bodies people report to in capitals: "told NATO" is an audience, never the outlet that ran it."""


def _told_initials(s: Sentence, k: int, m: Mention) -> bool:
    """`Yammine told LBCI.`, `told MTV on Sunday`: capitals right after "told", ending the clause,
    that no body the text knows spells, are a broadcaster by its initials."""
    if m.kind != "name" or m.i != k + 1 or m.org or not (2 <= len(m.text) <= 6 and m.text.isupper() and
                                                            m.text.isalpha()):
        return False
    key = norm_key(m.text)
    if m.text in _NOT_OUTLET_INITIALS or key in s.lex.metonyms or key in s.lex.places:
        return False
    nxt = s.toks[m.j + 1] if m.j + 1 < s.b else None
    return nxt is None or not nxt.word or nxt.low in ("that", "on", "in", "last", "this", "earlier", "late",
                                                       "after", "before", "during", "when", "while")


def _apposed_outlet(s: Sentence, k: int) -> Mention | None:
    """`told the club's in-house channel, RoversTV`: lower-case words ending on an outlet noun,
    then the outlet's name after a comma."""
    for x in range(k, min(k + 7, s.b - 1)):
        t = s.toks[x]
        if t.text == "," and x > k and s.toks[x - 1].low in MEDIA_HEADS:
            named = s.by_start.get(x + 1)
            if named is None or named.kind != "name":
                return None
            return Mention(named.i, named.j, "name", named.text, org=True, media=True)
        if t.quote >= 0 or (t.text != t.low and t.low != "'s"):
            return None
    return None


def _told_the_name(s: Sentence, k: int, m: Mention) -> bool:
    """`told the Bergens Tidende that`: nobody tells "the" a person, and a body an audience
    ("told the Senate committee") has its organisation word, a chamber its "of"; what is left is a
    publication."""
    return m.kind == "name" and not m.org and m.i == k + 2 and s.low(k + 1) == "the" and \
        (" " in m.text or m.text in OUTLET_NAME_HEADS) and s.lex.outlet(m.text) is None and \
        norm_key(m.text) not in s.lex.places and not m.title and \
        all(w[:1].isupper() for w in m.text.split())  # not "the House of Commons"; "the Ledger" is one


def _is_platform(s: Sentence, m: Mention) -> bool:
    o = s.lex.outlet(m.text) if m.kind == "name" else None
    return o is not None and o.type == "platform"


_AUDIENCES = frozenset({"reporters", "journalists", "correspondents", "lawmakers", "legislators", "senators",
                        "delegates", "supporters", "residents", "crowd", "crowds", "audience", "students",
                        "workers", "staff", "employees", "investors", "analysts", "villagers", "voters",
                        "parliament", "congress", "mourners", "protesters", "colleagues", "members"})
"""Whom a speaker tells, never an outlet: past one of them, a lower-case run is the told clause."""
_PLACE_PREPS = frozenset({"outside", "near", "inside", "opposite", "beside", "behind"})


def _after(s: Sentence, k: int, agent: bool = False) -> Mention | None:
    """The mention starting at token k, looking past a leading "the" and an outlet's description.

    `told the regional broadcaster Nordwelle`: up to four lower-case words may stand between the
    verb and the outlet, but only an outlet may be reached that way, unless `agent` says the
    phrase itself names a relay (`broadcast by state-run PTV`). A media description followed by
    the outlet's name (`state television channel Rossiya 1`) is that outlet.
    """
    m = s.by_start.get(k)
    if m is not None and m.kind == "desc" and m.j + 1 < s.b and \
            (nxt := s.by_start.get(m.j + 1) or s.by_start.get(m.j)) is not None and nxt is not m and \
            _is_media(s, nxt):
        # "according to the official IRNA news agency": "official" qualifies the outlet (and may
        # have been read as its title: "the official APS news agency")
        m = Mention(nxt.i, nxt.j, nxt.kind, nxt.text, org=nxt.org, media=nxt.media) if nxt.title else nxt
    if m is not None and m.kind == "name" and m.j + 1 < s.b and s.toks[m.j + 1].low in MEDIA_HEADS and \
            s.toks[m.j + 1].text == s.toks[m.j + 1].low and (named := _named_after(s, m.j + 1)) is not None:
        return named  # "Cebu radio station DYAB": the place's station, by its own name
    if m is not None and m.kind == "name" and not _is_media(s, m) and \
            (nxt := s.by_start.get(m.j + 1)) is not None and nxt.kind == "mdesc":
        # "told Tarkhan state television": whose it is, then the outlet, named with its owner
        # when no outlet the article named stands behind it ("Iranian state television")
        m = Mention(nxt.i, nxt.j, "mdesc", nxt.text, owner=m.text) if " " not in m.text else nxt
    if m is not None and m.kind == "name" and m.j + 2 < s.b and s.toks[m.j + 1].low in ("'s", "\u2019s") and \
            not _is_media(s, m):
        # "relayed by Egypt's state news agency MENA", "reported by Hungary's MTI news agency":
        # whose it is, then the outlet
        owned = _after(s, m.j + 2)
        if owned is not None and _is_media(s, owned):
            return owned
    if m is not None:
        m = _outlet_desc(m)
        if m.kind == "mdesc" or (m.kind == "desc" and m.text.split()[-1] in MEDIA_HEADS):
            # "told the national news agency Ukrinform": the outlet the description names
            named = _named_after(s, m.j + 1)
            if named is None and s.low(m.j + 1) == "(" and s.low(m.j + 3) == ")" and \
                    (short := s.by_start.get(m.j + 2)) is not None and short.text.isupper():
                # "state television (TTV)": the short form the story goes on to use
                named = Mention(short.i, short.j, "name", short.text, org=True, media=True)
            if named is not None:
                return named
    if m is None and s.low(k) == "the":
        m = _after(s, k + 1, agent)
    if m is None:
        demonym = ""
        for x in range(k, min(k + 5, s.b)):
            t = s.toks[x]
            if t.word and t.text != t.low and t.low in DEMONYMS and x not in s.by_start:
                demonym = t.text
                continue  # "the Spanish news agency EFE": a nationality before the description
            if t.quote >= 0 or t.text != t.low or not t.word:
                m = s.by_start.get(x)
                return m if m is not None and (_is_media(s, m) or (agent and m.kind == "name")) else None
            if t.low in _AUDIENCES or t.low in _PLACE_PREPS:
                # "told reporters the agency was stretched": the audience, then a clause; "speaking
                # on a picket line outside Brixton station": a place, not an outlet
                return None
            m = s.by_start.get(x)
            if m is not None and m.kind == "desc" and m.text.split()[-1] in MEDIA_HEADS:
                return _named_after(s, m.j + 1)  # "the national news agency Ukrinform"
            if m is not None and m.kind == "mdesc" and demonym and x == k + 1:
                # "Iranian state television", unless it goes on to its name ("Russian state news
                # agency TASS")
                return _named_after(s, m.j + 1) or Mention(m.i, m.j, "mdesc", m.text, owner=demonym)
            if m is not None:
                return m if _is_media(s, m) else None
    return m


_CLAUSE_WORDS = frozenset({"and", "or", "but", "that", "which", "who"})


def _platform_after(s: Sentence, k: int) -> Mention | None:
    """A platform at token k, or after an owner ("on its Telegram channel", "on the district's
    Facebook page"): a few lower-case words or a possessive may stand before it."""
    skip_to = k
    for x in range(k, min(k + 6, s.b)):
        if x < skip_to:
            continue
        m = s.by_start.get(x)
        if m is not None and not _is_platform(s, m) and m.kind == "desc" and s.low(m.j + 1) == "'s":
            skip_to = m.j + 2  # "on the club's Instagram account": past the owner
            continue
        if m is not None:
            return m if _is_platform(s, m) else None
        t = s.toks[x]
        if t.quote >= 0 or not (t.word or t.text in ("'s", "\u2019s")) or t.low in _CLAUSE_WORDS:
            return None
    return None


def _show_or_outlet(s: Sentence, k: int) -> Mention | None:
    """The outlet at token k (`CBS's "Face the Nation"`), or a programme quoted by its title
    (`"Fox News Sunday,"`), which carries the words as an outlet would."""
    t = s.toks[k] if k < s.b else None
    if t is None:
        return None
    if t.quote >= 0:
        title = t.text.strip(" ,.")
        return Mention(k, k, "name", title, org=True, media=True) if title_words(title) >= 2 else None
    m = s.by_start.get(k)
    return m if m is not None and m.kind == "name" and _is_media(s, m) and not _is_platform(s, m) else None


def _named_after(s: Sentence, k: int) -> Mention | None:
    """The outlet's own name after its description, past outlet nouns ("channel"), with a
    trailing number kept ("Rossiya 1", "France 24")."""
    while k < s.b and s.toks[k].low in MEDIA_HEADS and s.toks[k].text == s.toks[k].low:
        k += 1
    m = s.by_start.get(k)
    if m is None or m.kind != "name":
        return None
    text = m.text
    if m.j + 1 < s.b and s.toks[m.j + 1].text.isdigit():
        text = f"{text} {s.toks[m.j + 1].text}"
    return Mention(m.i, m.j, "name", text, org=True, media=True)


def _outlet_desc(m: Mention, s: Sentence | None = None) -> Mention:
    """A description that is an outlet's own name (`the Ostwire agency`), or that follows one
    (`The RIA news agency quoted`): the outlet."""
    named = outlet_desc(m)
    if named is not None:
        return named
    if s is not None and m.kind == "desc" and m.text.split()[-1] in MEDIA_HEADS:
        x = m.i - 1
        while x >= s.a and x >= m.i - 3 and s.toks[x].text == s.toks[x].low and s.toks[x].word:
            x -= 1
        before = s.by_end.get(x)
        if before is not None and before.kind == "name" and x < m.i:
            return Mention(before.i, before.j, "name", before.text, org=True, media=True)
    return m

# every word that can open one of find_relays' patterns: most words open none, and one set test
# skips them instead of the chain of comparisons below
# what a platform carries: "in an Instagram story", "in a Facebook post"
_REPORTS = frozenset({"report", "article", "dispatch"})
_POSTS = _REPORTS | frozenset({
    "post", "posts", "story", "stories", "video", "videos", "message", "livestream", "tweet", "tweets",
    "thread", "update", "broadcast", "clip", "reel", "live", "briefing", "address", "interview", "stream",
    "session", "podcast", "documentary", "profile", "op-ed", "column"})
_PIECES = _REPORTS | frozenset({"interview", "podcast", "documentary", "profile", "op-ed", "column",
                                "broadcast"})
# "said to Reuters", "declared to the ONA agency", "affirmed to state television": the outlet spoken
# to, as after "told" (common in English written from French, Spanish or Russian)
_SAID_TO = frozenset({
    "said", "says", "explained", "explains", "declared", "declares", "affirmed", "affirms", "confided",
    "confides", "stated", "states", "revealed", "reveals", "confirmed", "confirms", "admitted", "admits",
    "complained", "complains", "insisted", "insists",
})
_TRIGGERS = (frozenset({"according", "on", "via", "citing", "quoting", "saying", "per"}) | _SIT_DOWNS
             | _PROGRAMMES | _BY_VERBS | _SAY_FORMS | _RECIPIENT_VERBS | _TO_VERBS | _POSTS | _IN_VERBS
             | _SAID_TO)


def find_relays(s: Sentence, speaker: Mention | None, cue: int) -> list[Relay]:
    found: list[Relay] = []
    toks = s.toks
    for k in range(s.a, s.b):
        low = toks[k].low
        if low not in _TRIGGERS:
            continue
        if low == "according" and s.low(k + 1) == "to":
            m = _after(s, k + 2)
            if m is not None and m is not speaker:
                found.append(Relay(m, "according to", k))
        elif low == "per" and s.low(k - 1) == "as" and (m := _after(s, k + 1)) is not None and \
                m is not speaker and _is_media(s, m):
            found.append(Relay(m, "as per", k))  # "Joshi said, as per PTI" (Indian English)
        elif low in _BY_VERBS and (s.low(k + 1) == "by" or (
                s.low(k + 1) in _LIVE and s.low(k + 2) == "by")) and not (low == "published" and (
                s.low(k - 1) in MEDIA_HEADS or
                (s.low(k - 1) == "," and (k - 2) in s.by_end and _is_media(s, s.by_end[k - 2])))):
            # (never "Global Times, published by the ruling party's People's Daily,": who owns it)
            # ("carried live by state broadcaster VTV": the same relay)
            m = _after(s, k + 2 + (s.low(k + 1) != "by"), agent=low not in _HOLDING)
            if m is not None and low in _HOLDING and not _is_media(s, m):
                m = None  # "a letter seen by Tom Hale": a reader, not a relay
            if m is not None and m is not speaker:
                found.append(Relay(m, f"{low} by", k))
        elif low == "saying":
            if s.low(k - 1) == "as" and s.low(k - 2) in ("quoted", "cited") and s.low(k + 1) == "by" and \
                    (m := _after(s, k + 2, agent=True)) is not None and m is not speaker:
                # `"...," Karimi was quoted as saying by the Fars agency`: the agent quoted him
                found.append(Relay(m, f"{s.low(k - 2)} by", k))
        elif low in _SAID_TO and s.low(k + 1) == "to" and (m := _after(s, k + 2)) is not None and \
                _is_media(s, m):
            found.append(Relay(m, f"{low} to", k, recipient=True))
        elif low in _SAID_TO and speaker is not None and speaker.i == k + 1 and \
                s.low(speaker.j + 1) == "to" and (m := _after(s, speaker.j + 2)) is not None and \
                _is_media(s, m):
            # `"...," said Dewi to Kompas TV`: the speaker between the verb and the outlet
            found.append(Relay(m, f"{low} to", k, recipient=True))
        elif low in _RECIPIENT_VERBS:
            m = _after(s, k + 1)
            if m is None or not (_is_media(s, m) or _told_the_name(s, k, m) or _told_initials(s, k, m)):
                m = _apposed_outlet(s, k + 1)
            if m is not None:
                found.append(Relay(m, low, k, recipient=True))
        elif low in _IN_VERBS and s.low(k + 1) == "in" and (m := _after(s, k + 2)) is not None and \
                _is_media(s, m):
            # "writing in The Atlantic", "reviewing it in The New York Times Book Review"
            found.append(Relay(m, f"{low} in", k, recipient=True))
        elif low in _IN_VERBS and s.low(k + 1) == "it" and s.low(k + 2) == "in" and \
                (m := _after(s, k + 3)) is not None and _is_media(s, m):
            found.append(Relay(m, f"{low} in", k, recipient=True))
        elif low in _TO_VERBS and (s.low(k + 1) in _TO_PREPS or (
                s.low(k + 1) in ADVERBS and s.low(k + 2) in _TO_PREPS)):
            # "speaking later on ZDF", "spoke in the podcast Zancada Larga"
            p = k + 1 if s.low(k + 1) in _TO_PREPS else k + 2
            m = _after(s, p + 1)
            if m is not None and _is_media(s, m):
                found.append(Relay(m, f"{low} {s.low(p)}", k, recipient=True))
        elif low in ("citing", "quoting") and k > s.a and (s.low(k - 1) == "," or s.low(k - 1) in _SAY_FORMS):
            # ("Reuters reported citing Russian state news agency TASS": no comma in web copy)
            # "KUNA, citing the Saudi Press Agency, quoted X as saying": the cited outlet stands
            # between the speaker and whoever cites it
            m = _after(s, k + 1)
            if m is not None and m is not speaker and _is_media(s, m):
                found.append(Relay(m, low, k, recipient=True))
        elif low in _SIT_DOWNS and s.low(k + 1) in ("with", "over"):
            # "in an interview with Sky Sports News", "a bombshell sit-down with Sky Sports", "in a
            # radio interview over DZMM" (Philippine English)
            m = _after(s, k + 2)
            if m is not None and (_is_media(s, m) or (
                    s.low(k + 1) == "over" and m.kind == "name" and m.text.isupper() and len(m.text) >= 3)):
                # (a station's call sign after "over" is one: "over DZMM")
                found.append(Relay(m, f"{low} {s.low(k + 1)}", k, recipient=True))
        elif low in _PROGRAMMES and s.low(k + 1) == "of" and s.low(k - 1) == "the" and \
                (m := _after(s, k + 2)) is not None and _is_media(s, m):
            # "said in the program of RPP Noticias that ...": the outlet's programme carried it
            found.append(Relay(m, f"{low} of", k, recipient=True))
        elif low in _PIECES and s.low(k + 1) in ("for", "in") and (m := _after(s, k + 2)) is not None and \
                _is_media(s, m):
            # "In an op-ed for the Capitol Ledger, X wrote", "in a column in The Herald": the outlet
            # that ran the piece carried the words
            found.append(Relay(m, f"{low} {s.low(k + 1)}", k, recipient=True))
        elif low == "on" and s.low(k - 1) in _SAID_ON and \
                (m := _after(s, k + 1)) is not None and m.kind == "name" and _is_media(s, m) and \
                not _is_platform(s, m):
            # "he said on public broadcaster RTS": the outlet carried the words
            found.append(Relay(m, f"{s.low(k - 1)} on", k, recipient=True))
        elif low == "on" and speaker is not None and speaker.j == k - 1 and \
                s.low(speaker.i - 1) in _SAID_ON and \
                (m := _after(s, k + 1)) is not None and m.kind == "name" and _is_media(s, m) and \
                not _is_platform(s, m):
            # `"He's relentless," says Pendlebury on Channel 9`: the speaker between verb and outlet
            found.append(Relay(m, f"{s.low(speaker.i - 1)} on", k, recipient=True))
        elif low == "on" and (k == s.a or s.low(k - 1) in (",", "interview", "appearance", "appearing") or (
                k - 1 == s.a and s.low(k - 1) == "over")) and \
                (m := _show_or_outlet(s, k + 1) or _show_or_outlet(s, k)) is not None:
            # (a sentence's "On CBS" is one capitalised run: its mention starts at "On")
            # `On CBS's "Face the Nation," he said`, `In an interview on "Fox News Sunday," he ...`
            found.append(Relay(m, "on", k, recipient=True))
        elif low in ("on", "via") and (m := _platform_after(s, k + 1)) is not None:
            # "Posting on Telegram, X said" / "X wrote on Truth Social": the platform carried it
            prev = s.low(k - 1)
            how = f"{prev} {low}" if prev in s.lex.cue_forms or prev in ("posting", "posted") else low
            found.append(Relay(m, how, k, recipient=True))
        elif low in _POSTS and (m := s.by_end.get(k - 1)) is not None and (
                _is_platform(s, m) or (low in _PIECES and _is_media(s, m))) and \
                s.low(m.i - 1) in ("a", "an", "his", "her", "their", "its", "the", "same", "recent") and \
                (low not in _REPORTS or s.low(m.i - 2) == "in"):
            # "In the same Rolling Stone interview, she described ...": the outlet's own piece
            # ("quoted in a Reuters report" carried the words; "asked about a Times report", a topic)
            # "wrote in an Instagram story", "said in a Facebook post": the platform carried it
            found.append(Relay(m, f"{m.text} {low}", k, recipient=True))
        elif low in ("cited", "quoted") and s.low(k - 1) in ("which", "who") and \
                (m := _after(s, k + 1)) is not None and _is_media(s, m):
            # "According to Reuters, which cited Lusa, ...": the cited outlet is nearer the speaker
            found.append(Relay(m, low, k, recipient=True))
        elif low in _SAY_FORMS and s.toks[k].text == low:
            j = s.skip_adverbs_left(k - 1)
            if s.low(j) == "," and j - 1 > s.a:
                # "KUNA news agency, citing the Saudi Press Agency, quoted": past the aside
                x = j - 1
                while x > s.a and s.low(x) != "," and j - x < 10:
                    x -= 1
                if s.low(x) == "," and s.low(x + 1) in ("citing", "quoting", "which", "who"):
                    j = x - 1
            m = s.by_end.get(s.before_short_form(j))
            if m is not None:
                m = _outlet_desc(m, s)
            # "X quoted Y as saying": whoever does the quoting passes the words on, outlet or not
            quoting = low in ("quoted", "quotes", "cited", "cites") and m is not None and (
                m.kind == "name" or (m.kind == "pron" and m.text == "it"))
            # `X told Petra "...", APW reported`: after the speaker's own cue, a name that only
            # reports passes the words on, known to the lexicon or not (see frames.attribute)
            quoting = quoting or (low in ("reported", "reports") and speaker is not None and
                                  0 <= cue < k and m is not None and m.kind == "name")
            if m is not None and m is not speaker and (_is_media(s, m) or quoting) and \
                    (speaker is None or m.text != speaker.text):
                found.append(Relay(m, low, k))
    if not found:
        return found  # most sentences name no relay: no sorting to set up
    anchor = cue if cue >= 0 else s.a
    recipients = [r for r in found if r.recipient]
    left = sorted((r for r in found if not r.recipient and r.pos < anchor), key=lambda r: -r.pos)
    right = sorted((r for r in found if not r.recipient and r.pos >= anchor), key=lambda r: r.pos)
    return [*recipients, *left, *right]
