"""Who is named in a run of tokens: names (with their titles), descriptions and pronouns.

A name is a run of capitalised words; titles in front of it ("Chinese President", "North Korean
leader") are split off and kept, because the article later uses them as descriptions ("the North
Korean leader") that must lead back to the same person.
"""

from __future__ import annotations

import msgspec
import regex

from service.attribution.first_names import KNOWN_FIRST_NAMES
from service.attribution.lexicon import (
    COMPANY_NOUNS,
    DEMONYM_NOUNS,
    DEMONYMS,
    HOLIDAY_LAST,
    HOLIDAYS,
    MEDIA_DESCRIPTORS,
    MEDIA_HEADS,
    ORG_ROLES,
    OUTLET_NAME_FIRSTS,
    OUTLET_NAME_HEADS,
    ROLE_SUFFIXES,
    SENTENCE_OPENERS,
    STOP_CAPS,
    Lexicon,
    group_plural,
    is_role,
    norm_key,
    wordset,
)
from service.attribution.segment import Token

GIVEN_NAME_TITLES = frozenset({"Dean"})
"""Title words that are also common first names: after a lower-case role noun they are the name."""

_CONNECTORS = frozenset({"of", "de", "van", "von", "der", "den", "bin", "al", "da", "du", "del", "la", "le",
                         "dos", "y", "ibn", "el"})
_ARABIC_ARTICLES = frozenset({"al-", "el-"})  # "Khalid al-Mansouri", "Abdel Fattah el-Sisi"
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "our", "one"})
_TITLE_MODIFIERS = frozenset({"Former", "former", "Late", "Acting", "Then", "Deputy", "Vice", "Prime",
                              "Foreign", "First", "Supreme", "Chief", "Interim", "Senior", "Executive",
                              "Secretary-General", "General", "Attorney", "Defense", "Defence",
                              "Finance", "Trade", "Interior", "Home", "State"})
_OUTLET_ADJECTIVES = ("-based", "-run", "-owned", "-funded", "-controlled", "-backed", "-language")
_OUTLET_NOUNS = frozenset({"network", "broadcaster", "channel", "station", "newspaper", "paper", "daily",
                           "agency", "tabloid", "magazine", "outlet"})
_MEDIA_DESC_FIRST = {d.split()[0] for d in MEDIA_DESCRIPTORS}
_MEDIA_DESC_PAIRS = {(d.split()[0], d.split()[1]) for d in MEDIA_DESCRIPTORS}
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_SENTENCE_OPENERS = frozenset({"He", "She", "It", "They", "We", "His", "Her", "The", "This", "That", "But",
                               "And", "In", "On", "At"})
_HONORIFIC_HEADS = frozenset({"excellency", "highness", "majesty", "holiness", "royal", "eminence"})
# Capitalised function words end a name run in a Title Case line ("Lina Ortiz And Paul Reyes Meet In
# Tallin"), where nothing else marks where a name stops. In prose only "And"/"Or" do: there a
# capitalised "Without" or "On" belongs to a body's own name ("Reporters Without Borders").
# "Of" and "The" never break a run: they sit inside organisations ("Bank Of Ostrevia").
_RUN_BREAKS = frozenset({"And", "Or"})
# A weekday never continues a person's name: "a post by Luis Moreno Thursday night" is Luis
# Moreno's. An outlet's may ("Fox News Sunday"), and any run may open with one ("the Sunday Clarion").
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_TITLE_RUN_BREAKS = _RUN_BREAKS | {"In", "On", "At", "To", "For", "With", "From", "By", "As", "Over",
                                   "Under", "Without", "But", "After", "Before", "During", "Despite",
                                   "Since", "If", "When", "While"}
# Months that are also first names: "June Hask" is a woman, "June 3" a date (a lone month is
# still stripped as a stop word).
_FIRST_NAME_MONTHS = frozenset({"April", "May", "June", "August"})
MAX_NAME_WORDS = 5
"""A person's name holds at most this many capitalised words ("Mohammed bin Salman Al Saud")."""


class Mention(msgspec.Struct, gc=False):
    i: int
    """First token index (of the whole mention, title included)."""
    j: int
    """Last token index, inclusive."""
    kind: str
    """"name", "pron", "desc" (a description such as "the ministry") or "mdesc" ("state media")."""
    text: str
    """The name without its title; for descriptions the description without its determiner."""
    title: str = ""
    org: bool = False
    owner: str = ""
    """For a possessive description ("Mokoena's office"), the owner's name as written."""
    media: bool = False
    """A name the article itself calls an outlet ("the daily Kronos"), known to the lexicon or not."""


_ORDINAL = regex.compile(r"\d{1,3}(?:st|nd|rd|th)")
"""An ordinal inside a unit's name: "the U.S. 7th Fleet", "the 82nd Airborne Division"."""
_CALL_SIGN = regex.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT|LD|CD))?")
STATION_BRAND = regex.compile(r"\p{Lu}\p{Ll}+\d{1,2}|\d{1,2}\p{Lu}\p{L}+")
"""A local station by its brand and channel number: "Denver7", "9News", "13WMAZ"."""
_NETWORKS = frozenset({"FOX", "Fox", "NBC", "CBS", "ABC", "CW", "PBS"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":", "\u2014", "\u2013"})
# what follows a participle that opens a sentence ("Reached by telephone", "Citing an interview",
# "Speaking to reporters"), and never a surname that opens one ("Manning said", "Fielding has")
_AFTER_PARTICIPLE = frozenset({"by", "an", "a", "the", "to", "on", "in", "at", "from", "with", "for",
                               "about", "his", "her", "their", "its", "this", "that", "those", "these",
                               "into", "over", "through", "after", "before", "during", "under", "as"})


def _opening_participle(toks: list[Token], k: int, low: str) -> bool:
    """A sentence-initial -ing / -ed word followed by a function word is a participle, not a name."""
    if len(low) <= 4 or not low.endswith(("ing", "ed")) or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.text in _AFTER_PARTICIPLE:
        return True
    # "Giving evidence, the council's head ...", "Testifying remotely, ...": the participle's own
    # word, then the comma that closes the phrase (a name goes on with a verb: "Manning said")
    return low.endswith("ing") and nxt.word and nxt.text == nxt.low and nxt.low not in _NO_MODIFIER and \
        not nxt.low.endswith("ed") and any(toks[x].text == "," for x in range(k + 2, min(k + 4, len(toks))))


def _title_ahead(toks: list[Token], e: int, roles: frozenset[str]) -> bool:
    """After the run ending at e: lower-case modifiers, a role, then a capitalised name.

    "Conservative finance critic Marcus Hale", "Opposition housing spokeswoman Ada Roy": the run is
    a party or side, part of the title of the name that follows.
    """
    n = len(toks) - 1
    if e + 2 >= n or toks[e + 1].low in _NO_MODIFIER:
        return False  # most names go on with a verb or a function word: one set test says so
    for x in range(e + 2, min(e + 4, n)):
        tx = toks[x]
        low = tx.low
        if tx.text != low or tx.quote >= 0 or low in _NO_MODIFIER:
            return False
        if low in roles or (len(low) > 6 and low.endswith(ROLE_SUFFIXES) and is_role(low, roles)):
            return _is_cap(toks[x + 1])
    return False


# words that cannot stand between a party and its member's role ("Conservative finance critic")
_NO_MODIFIER = frozenset({"said", "says", "told", "tells", "added", "asked", "wrote", "the", "a", "an",
                          "of", "in", "on", "at", "to", "for", "with", "from", "by", "and", "or", "but",
                          "was", "is", "has", "had", "have", "will", "would", "who", "which", "that",
                          "it", "its", "his", "her", "their", "as", "also", "did", "does", ",", "."})


def _is_cap(t: Token) -> bool:
    return t.quote < 0 and t.text[:1].isupper() and t.text[:1].isalpha()


_FIRM_ENDINGS = ("ics", "tech", "ware", "works", "worx", "systems", "soft")


def is_org(words: list[str], lex: Lexicon) -> bool:
    """An organisation word anywhere, or a plural possessive inside ("Lakeside Growers' Cooperative")."""
    if not lex.org_words.isdisjoint(words):
        return True
    if len(words) >= 3 and norm_key(words[0]) in lex.places and words[0] not in KNOWN_FIRST_NAMES:
        return True  # "Kenya Red Cross", "Egypt Air Holding": a country opening a long name owns a body
    if len(words) < 2:
        return False
    if words[0] not in KNOWN_FIRST_NAMES and any(
            w[1:].islower() and group_plural(w.casefold(), lex.role_nouns) for w in words[1:]):
        return True  # "Communications Workers of America", "Doctors Without Borders": a body
    last = words[-1]
    if len(last) > 6 and last.endswith(_FIRM_ENDINGS) and last[:1].isupper() and last[1:].islower():
        return True  # "Halvard Biologics", "Tarn Genomics", "Osprey Dynamics": a trade, no surname
    # a word before the last ending in s' or s’ is one followed by a space once they are joined
    joined = " ".join(words)
    return "s' " in joined or "s’ " in joined


_FIRM_KINDS = COMPANY_NOUNS - {"company", "firm", "group", "club", "team", "bank", "brand", "business",
                               "chain", "studio", "charity"}
"""Kinds of firm that open a sentence before the firm's name ("Developer Oakline Homes said"); not the
words that begin names themselves ("Club Brugge", "Team Sky", "Bank Leumi", "Studio Ghibli")."""


_OF_HEADS = wordset("""
Republic Kingdom States Emirates Isle Isles Gulf Bay Sea Cape Port Strait Straits
Duke Duchess Earl Countess Prince Princess King Queen Lord Lady Baron Baroness Bishop Archbishop Church
House Order Federation Union Commonwealth Principality Sultanate Mount Lake River Valley Islands
""")
"""Capitalised words that take an "of" inside one name ("Republic of", "Duke of", "Isle of")."""


def _of_org(toks: list[Token], k: int, e: int, nxt: int, lex: Lexicon) -> bool:
    """`Hana Brill of the University of Ulm`: a person's name followed by "of" and an institution.

    The run is cut before "of" when what precedes is two or more plain capitalised words and what
    follows holds an organisation word or a place, so the person keeps her own name.
    """
    while k < e and toks[k].text in lex.titles:
        k += 1  # "Dr. Elif Demir of the Swiss Heart Institute": the title is not part of the test
    for x in range(e - 2, k - 1, -1):
        if toks[x].text in lex.titles:
            k = x + 1  # "Senate Majority Whip Roy Delacourt of South Dakota": the name after the office
            break
    if e - k < 1 or toks[e].text in _OF_HEADS or any(
            toks[x].text in lex.org_words or toks[x].text in lex.titles for x in range(k, e + 1)):
        return False  # (and "Democratic Republic of Congo" is one name: "Republic" takes the "of")
    words: list[str] = []
    x = nxt
    while x < len(toks) and _is_cap(toks[x]) and len(words) < 6:
        words.append(toks[x].text)
        x += 1
    if toks[k].text not in KNOWN_FIRST_NAMES and group_plural(toks[e].low, lex.role_nouns):
        return False  # "Communications Workers of America": people of a kind, not one person
    if is_org(words, lex) or norm_key(" ".join(words)) in lex.places:
        return True
    # "said Amrita Sen of Energy Aspects": a first and last name (no word of the two that takes
    # an "of", as "Democratic Republic of Congo" or "Duke of Kent" do) and a short name after it,
    # not the whole run a known place
    whole = norm_key(" ".join([t.text for t in toks[k:e + 1]] + ["of", *words]))
    return e - k == 1 and 1 <= len(words) <= 3 and toks[k].text not in _OF_HEADS and \
        whole not in lex.places and not toks[e].text.endswith("s")


def _and_org(toks: list[Token], k: int, e: int, nxt: int, lex: Lexicon) -> bool:
    """`Hollis and Crane Ltd`: an "and" joins two runs when what follows it ends a firm's name.

    The run after "and" must hold an organisation word and the run before must be no place
    ("Ostrevia and the Harbour Board" are two), so only a firm named after its partners is joined.
    """
    words: list[str] = []
    x = nxt
    while x < len(toks) and _is_cap(toks[x]) and len(words) < 6:
        words.append(toks[x].text)
        x += 1
    if e == k and toks[k].text in _PORTFOLIOS and any(w in lex.titles for w in words[1:3]) and (
            k == 0 or not _is_cap(toks[k - 1])):
        return True  # "Water and Sanitation Minister Cheikh Faye": two portfolios share the title
    if e - k >= 2 and toks[e].text in _PORTFOLIOS and toks[e - 1].low in ("of", "for") and \
            toks[k].text in lex.titles and any(w in lex.titles for w in words[1:4]):
        # "Minister of Mines and Minerals Development Hon. Chanda Kapembwa": one office, its
        # second field, then a title and the holder's name
        return True
    if not words or len(words) > 4 or not is_org(words, lex) or lex.outlet(" ".join(words)) is not None:
        return False
    before = norm_key(" ".join(t.text for t in toks[k:e + 1]))
    return before not in lex.places and before not in lex.metonyms and \
        not any(toks[y].text in lex.org_words for y in range(k, e + 1))


# a ministry's field, which "and" joins to the next before a shared title
_PORTFOLIOS = wordset("""
Water Sanitation Energy Mines Mining Health Education Finance Trade Industry Agriculture Fisheries
Environment Climate Transport Housing Labour Labor Justice Defence Defense Foreign Interior Culture
Tourism Sport Sports Youth Women Family Social Economy Planning Infrastructure Communications
Information Digital Science Technology Research Immigration Security Local Rural Urban Land Lands
Forestry Petroleum Oil Gas Power Electricity Works Roads Budget Treasury Commerce Development
Veterans Welfare Employment Home Irrigation Livestock Heritage Arts Media Telecommunications
Minerals Natural Gender Children Aviation Maritime Marine Ports Shipping Wildlife Cooperatives
Co-operatives Public Regional Provincial Constitutional Legal Parliamentary Economic Fiscal Enterprise
Investment Innovation ICT Disaster Management Relief Humanitarian Emergency Administration Reform
Chieftaincy Religious Food Nutrition Population Statistics Creative Tertiary Basic Higher Vocational
Protection Affairs Services Resources Care Integration Equality Skills
""")


def _lead_adjective(toks: list[Token], k: int) -> bool:
    """A sentence's first word that describes the name after it, capitalised only by its place:
    "Grim-faced Vik told reporters" (a compound whose second half is lower case; a name's is
    not: "Okafor-Price"), a tabloid's "DISGRACED Fenbridge striker ..." (a long word in capitals
    before a word in Title Case; acronyms are shorter)."""
    text = toks[k].text
    dash = text.find("-")
    if dash > 0 and text[dash + 1:dash + 2].islower() and text[:dash].isalpha():
        return True
    if len(text) >= 7 and text.isupper() and text.isalpha() and k + 1 < len(toks):
        nxt = toks[k + 1].text
        return nxt[:1].isupper() and not nxt.isupper()
    return False


def _cue_ends_run(toks: list[Token], k: int, e: int, nx: Token, lex: Lexicon) -> bool:
    """In a Title Case line, a capitalised cue verb ends the subject's name: "Ortiz Says ...".

    Capitalisation says nothing there, so the verb is the boundary; it must follow a whole name
    (two words, or one before an inflected form such as "Says"), which keeps "Russell Brand" and
    "New York Post" (an organisation word) whole.
    """
    lemma = lex.cue_forms.get(nx.low)
    if lemma is None or nx.text in lex.org_words:
        return False
    start = k
    while start <= e and toks[start].text in STOP_CAPS:
        start += 1
    words = e - start + 1
    return words >= 2 or (words == 1 and nx.low != lemma)


NameCache = dict[tuple[bool, str, bool], "tuple[str, str, str, bool, bool] | None"]
"""One article's `_name` verdicts by run and what its neighbours are: an article repeats its names."""


_MISS = ("", "", "", False, False)


def _cached_name(toks: list[Token], k: int, e: int, lex: Lexicon, cache: NameCache | None) -> Mention | None:
    """`_name`, remembered per article: its verdict depends on the run's words and on two facts
    about its neighbours (an outlet noun before it, a lower-case role after it).

    It looks further back only after a lower-case role word ("North Korean leader Kim"): those
    runs are always worked out afresh.
    """
    if cache is None:
        return _name(toks, k, e, lex)
    roles = lex.role_nouns
    media_before = False
    if k > 0:
        prev = toks[k - 1]
        plow = prev.low
        # is_role's own length test first: str.endswith costs more than the call it may spare
        if prev.text == plow and (plow in roles or (
                len(plow) > 6 and plow.endswith(ROLE_SUFFIXES) and is_role(plow, roles))):
            return _name(toks, k, e, lex)
        media_before = prev.text in MEDIA_HEADS
        if plow in ("a", "an"):
            return _name(toks, k, e, lex)  # its verdict depends on that article (see _name)
    role_after = False
    if e + 1 < len(toks):
        nxt = toks[e + 1]
        nlow = nxt.low
        role_after = nxt.text == nlow and (
            nlow in roles or (len(nlow) > 6 and nlow.endswith(ROLE_SUFFIXES) and is_role(nlow, roles)))
        if nxt.text == nlow and not role_after and nlow not in _NO_MODIFIER and e + 3 < len(toks) and \
                toks[e + 2].text == toks[e + 2].low and _title_ahead(toks, e, roles):
            return _name(toks, k, e, lex)  # the verdict depends on words further on
    # the run's words joined by single spaces (no token holds white space, so the joined form
    # tells runs apart as the word tuple would), built once for the key and for _name
    if k == e:
        words = [toks[k].text]
        full = words[0]
    else:
        words = []
        for x in range(k, e + 1):
            words.append(toks[x].text)
        full = " ".join(words)
    key = (media_before, full, role_after)
    hit = cache.get(key, _MISS)
    if hit is None:
        return None
    if hit[0]:  # a verdict's kind is never empty: `_MISS` is the one that is (by value, not
        # identity: compiled, a tuple is a value and `is` would not hold)
        return Mention(k, e, hit[0], hit[1], hit[2], hit[3], "", hit[4])
    m = _name(toks, k, e, lex, words, full)
    cache[key] = None if m is None else (m.kind, m.text, m.title, m.org, m.media)
    return m


_LOWER_HITS: list[tuple[frozenset[str], frozenset[str]]] = []


def _lower_hits(roles: frozenset[str]) -> frozenset[str]:
    """Every lower-case word that may open a mention: a pronoun, a media descriptor's first word
    or a listed role (one set test rules most words out). Kept for the last role set seen (a
    lexicon's, never an article's); holding it keeps its identity from being reused."""
    if _LOWER_HITS and _LOWER_HITS[0][0] is roles:
        return _LOWER_HITS[0][1]
    hits = frozenset(_PRONOUNS | _MEDIA_DESC_FIRST | roles)
    _LOWER_HITS[:] = [(roles, hits)]
    return hits


def find_mentions(toks: list[Token], lex: Lexicon, title_case: bool = False,
                  cache: NameCache | None = None) -> list[Mention]:
    """Every mention in `toks`; `title_case` says the line capitalises most words (a headline), so
    capitalisation alone cannot delimit a name and cue verbs split the runs. `cache` (one per
    article) spares re-judging a run the article already used with the same neighbours."""
    # runs once per token of every tokenised stretch: lookups are bound to locals and _is_cap is
    # inlined, which is most of its cost in CPython
    out: list[Mention] = []
    append = out.append
    breaks = _TITLE_RUN_BREAKS if title_case else _RUN_BREAKS
    roles = lex.role_nouns
    n = len(toks)
    lower_hits = _LOWER_HITS[0][1] if _LOWER_HITS and _LOWER_HITS[0][0] is roles else _lower_hits(roles)
    k = 0
    while k < n:
        t = toks[k]
        low = t.low
        text = t.text
        unit = low[:1].isdigit() and low[-2:] in ("st", "nd", "rd", "th") and k + 1 < n and \
            _is_cap(toks[k + 1]) and toks[k + 1].quote < 0 and toks[k + 1].text not in STOP_CAPS and \
            _ORDINAL.fullmatch(low) is not None
        if text == low and low < "\x80" and not unit:
            if k + 1 < n and toks[k + 1].start == t.end and toks[k + 1].text in ("News", "TV") and \
                    text.isdigit():
                # "told 1News", "9News": a broadcaster whose name opens on its channel number
                append(Mention(k, k + 1, "name", text + toks[k + 1].text, org=True, media=True))
                k += 2
                continue
            # a lower-case word, a number or a mark (most tokens), opening on an ASCII character:
            # no capital, so only a pronoun, a media descriptor or a role can start here. A quote
            # token never gets here: its `low` is empty and its text is not.
            if low[0] == "@" and len(low) > 1:  # "wrote @dan_k99": a handle names its poster
                append(Mention(k, k, "name", text))
                k += 1
                continue
            if low == "dpa":  # "told dpa": an agency that writes itself in lower case
                append(Mention(k, k, "name", "dpa", org=True, media=True))
                k += 1
                continue
            if low == "accused" and k > 0 and toks[k - 1].low == "the":
                # "says the accused", "the accused told the court": a noun after "the" (elsewhere
                # the verb: "X accused the minister of ...")
                append(Mention(k - 1, k, "desc", "accused"))
                k += 1
                continue
            if low in lower_hits:
                if low in _PRONOUNS:
                    append(Mention(k, k, "pron", low))
                    k += 1
                    continue
                if low == "the" and k + 2 < n and (
                        toks[k + 1].low.endswith(_OUTLET_ADJECTIVES) or toks[k + 1].low in DEMONYMS) and \
                        toks[k + 2].low in _OUTLET_NOUNS and toks[k + 2].text == toks[k + 2].low:
                    # "told the Qatar-based network", "the Dutch daily": the outlet noun,
                    # read as "the network" is (the outlet the article named last)
                    append(Mention(k, k + 2, "mdesc", f"the {toks[k + 2].low}"))
                    k += 3
                    continue
                if low in _MEDIA_DESC_FIRST and k + 1 < n and (low, toks[k + 1].low) in _MEDIA_DESC_PAIRS:
                    hit = _media_desc(toks, k)
                    if hit and (toks[hit].text == toks[hit].low or k == hit):
                        append(Mention(k, hit, "mdesc", " ".join([x.low for x in toks[k:hit + 1]])))
                        k = hit + 1
                        continue
                if low in _ADJECTIVAL_ROLES and (_modifies_next(toks, k, lex) or (
                        k + 1 < n and toks[k + 1].text == toks[k + 1].low and toks[k + 1].low in roles)):
                    # "its general staff", "the chief reason", "official figures": no one; "chief
                    # economist", "head coach": the role is the next word's
                    pass
                elif low in roles or (len(low) > 6 and low.endswith(ROLE_SUFFIXES) and is_role(low, roles)):
                    append(_description(toks, k))
            elif len(low) > 6 and low.endswith(ROLE_SUFFIXES) and is_role(low, roles):
                append(_description(toks, k))
            k += 1
            continue
        if t.quote >= 0:
            k += 1
            continue
        if low in _PRONOUNS and (text == low or text == low.capitalize() or low == "i"):
            append(Mention(k, k, "pron", low))
            k += 1
            continue
        if (low == "his" or low == "her") and k + 1 < n and toks[k + 1].low in _HONORIFIC_HEADS:
            e = k + 1 + (toks[k + 1].low == "royal" and k + 2 < n and toks[k + 2].low in _HONORIFIC_HEADS)
            if e + 1 >= n or not toks[e + 1].text[:1].isupper():
                # "His Excellency added:", "Her Majesty said": a pronoun in court dress (before a
                # name, "His Highness Sheikh X", it is only a title)
                append(Mention(k, e, "pron", "he" if low == "his" else "she"))
                k = e + 1
                continue
        if low in _MEDIA_DESC_FIRST and k + 1 < n and (low, toks[k + 1].low) in _MEDIA_DESC_PAIRS:
            hit = _media_desc(toks, k)  # the pair test inline: "the" opens many phrases, few outlets
            if hit and toks[hit].text == toks[hit].low:  # not "the Daily Telegraph": a name's first word
                append(Mention(k, hit, "mdesc", " ".join([x.low for x in toks[k:hit + 1]])))
                k = hit + 1
                continue
        first = text[:1]
        if first == "@" and len(text) > 1:  # "@glassgardenHQ" (a hashtag is no one: "#" opens no name)
            append(Mention(k, k, "name", text))
            k += 1
            continue
        if first.islower() and not text.islower() and lex.outlet(text) is not None:
            append(Mention(k, k, "name", text, org=True, media=True))  # "told talkSPORT", "told eNCA"
            k += 1
            continue
        if (first.isupper() and first.isalpha()) or unit or (
                first in "ae" and text[2:3] == "-" and text[:3] in _ARABIC_ARTICLES and text[3:4].isupper()):
            # _is_cap inlined (quotes are skipped above); "al-Mansouri" opens a name in any case
            if k > 0 and _is_cap(toks[k - 1]) and low in lex.cue_forms and (
                    title_case or (len(text) > 3 and text.isupper() and not toks[k - 1].text.isupper())):
                k += 1  # the verb a Title Case run (or a tabloid's "Brandt SLAMS") was cut at
                continue
            if (k == 0 or toks[k - 1].text in _SENTENCE_ENDS) and (
                    text in SENTENCE_OPENERS or _opening_participle(toks, k, low)
                    or _lead_adjective(toks, k)):
                k += 1  # "Back at the branch, ...", "Citing an interview, dpa quoted ..."
                continue
            e = k
            while e + 1 < n:
                nx = toks[e + 1]
                nt = nx.text
                f = nt[:1]
                if nx.quote < 0 and ((f.isupper() and f.isalpha()) or (
                        nt[:3] in _ARABIC_ARTICLES and nt[3:4].isupper())):
                    if nt in breaks or (title_case and _cue_ends_run(toks, k, e, nx, lex)):
                        break
                    if len(nt) > 3 and nt.isupper() and nx.low in lex.cue_forms and \
                            not toks[e].text.isupper():
                        break  # a tabloid's "Brandt SLAMS Lemarchal": the verb in capitals
                    if nt in _SENTENCE_OPENERS and toks[e].text == "X.":
                        break  # "wrote on X. He later told ...": the platform ends the sentence
                    if nt in _WEEKDAYS and lex.outlet(" ".join([x.text for x in toks[k:e + 1]])) is None:
                        break
                    e += 1
                elif f.isdigit() and e + 2 < n and _is_cap(toks[e + 2]) and toks[e + 2].quote < 0 and \
                        toks[e + 2].text not in STOP_CAPS and \
                        nt[-2:] in ("st", "nd", "rd", "th") and _ORDINAL.fullmatch(nt) is not None:
                    e += 2  # "the U.S. 7th Fleet": a unit's number inside its name
                elif nt == "&" and e + 2 < n and _is_cap(toks[e + 2]) and toks[e + 2].quote < 0:
                    e += 2  # "Fenwick & Lowe": people are joined by "and", firms by an ampersand
                elif nt == "and" and e + 2 < n and _and_org(toks, k, e, e + 2, lex):
                    e += 2  # "Hollis and Crane Ltd" is one firm, "Mara Hollis and Piet Crane" two people
                elif nt == "for" and e + 2 < n and (_is_cap(toks[e + 2]) or (
                        toks[e + 2].text == "the" and e + 3 < n and _is_cap(toks[e + 3]))) and \
                        any(toks[x].text in lex.org_words for x in range(k, e + 1)):
                    # "National Institute for Metabolic Health", "Centre for Policy Studies",
                    # "Institute for the Study of War"
                    e += 2 if _is_cap(toks[e + 2]) else 3
                elif nx.low in _CONNECTORS and e + 2 < n and nt == nx.low:
                    step = 2
                    if toks[e + 2].low == "the" and e + 3 < n:
                        step = 3
                    elif e + 3 < n and nx.low != "of" and toks[e + 2].low in _CONNECTORS and \
                            toks[e + 2].text == toks[e + 2].low:
                        step = 3  # "Karin van der Merwe", "Ursula von der Leyen"
                    if nx.low == "of" and _of_org(toks, k, e, e + step, lex):
                        break
                    if _is_cap(toks[e + step]):
                        e += step
                    else:
                        break
                else:
                    break
            if e + 1 < n and toks[e + 1].text.isdigit() and (
                    lex.outlet(" ".join([x.text for x in toks[k:e + 2]])) is not None or
                    (e == k and _CALL_SIGN.fullmatch(text) is not None) or text in OUTLET_NAME_FIRSTS or
                    (e == k and text in _NETWORKS)):  # "told FOX 13", "NBC 6": an affiliate by its channel
                e += 1  # "BBC Radio 4", "Channel 12", "KBJR 6": a number ends an outlet's name
                if e == k + 1 and text in _NETWORKS:
                    append(Mention(k, e, "name", f"{text} {toks[e].text}", org=True, media=True))
                    k = e + 1
                    continue
            if toks[e].low.startswith(("under-", "u-")) and toks[e].low[-1:].isdigit():
                k = e + 1  # "the former England Under-21 international": a team, no one's name
                continue
            if e + 2 < n and toks[e + 1].quote >= 0 and _is_nickname(toks[e + 1].text) and \
                    _is_cap(toks[e + 2]) and toks[e + 2].quote < 0 and k < e + 1:
                # 'Chinedu "Zico" Amadi': the nickname in quote marks sits inside the name
                last = e + 2
                while last + 1 < n and _is_cap(toks[last + 1]) and toks[last + 1].quote < 0 and \
                        toks[last + 1].text not in breaks:
                    last += 1
                words = [x.text for x in toks[k:e + 1]] + [x.text for x in toks[e + 2:last + 1]]
                m = _name(toks, k, last, lex, words, " ".join(words))
                if m is not None:
                    append(m)
                k = last + 1
                continue
            m = _cached_name(toks, k, e, lex, cache)
            if m is not None:
                append(m)
            elif e == k and low in roles:
                append(Mention(k, k, "desc", low))  # "Analysts said", "Officials say"
            k = e + 1
            continue
        # is_role's suffix test first: most words are no role, and the call costs more than the test
        if text == low and (low in roles or (
                len(low) > 6 and low.endswith(ROLE_SUFFIXES) and is_role(low, roles))):
            append(_description(toks, k))
        k += 1
    return out


def _is_nickname(text: str) -> bool:
    """A quote that is one capitalised word, the way a nickname is written inside a name."""
    word = text.strip(" ,.")
    return 1 < len(word) <= 15 and word.isalpha() and word[0].isupper() and word[1:].islower()


_MEMBER_OF = frozenset({"states", "countries", "nations", "governments", "organisations", "organizations"})
_ADJECTIVAL_ROLES = frozenset({"general", "chief", "head", "official", "military", "police", "army",
                               "member"})
_FUNCTION_AFTER = frozenset({
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "about", "over",
    "under", "into", "after", "before", "near", "since", "during", "without", "than", "who", "whom", "whose",
    "which", "that", "what", "when", "where", "while", "if", "was", "were", "is", "are", "be", "been", "has",
    "have", "had", "will", "would", "could", "should", "may", "might", "can", "must", "did", "does", "do",
    "also", "then", "not", "never", "still", "later", "earlier", "himself", "herself", "there", "here",
})


def _modifies_next(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the role-like word at k is an adjective of the next word: a lower-case word that is
    no role, no speech verb and no function word ("general staff", not "the general said")."""
    if k + 1 >= len(toks):
        return False
    nx = toks[k + 1]
    if toks[k].low == "member" and nx.low in _MEMBER_OF:
        return True  # "member states" ("states" is also a speech verb's form)
    return nx.word and nx.text == nx.low and nx.text.isalpha() and nx.low not in _FUNCTION_AFTER and \
        nx.low not in lex.role_nouns and nx.low not in lex.cue_forms


def _media_desc(toks: list[Token], k: int) -> int:
    # "the" opens thousands of phrases and few descriptors: test the first two words before joining
    if k + 1 >= len(toks) or (toks[k].low, toks[k + 1].low) not in _MEDIA_DESC_PAIRS:
        return 0
    for size in (4, 3, 2):
        if k + size <= len(toks):
            phrase = " ".join(x.low for x in toks[k:k + size])
            if phrase in MEDIA_DESCRIPTORS:
                return k + size - 1
    return 0


def _channel_one(words: list[str], lex: Lexicon) -> bool:
    """"BBC One", "TVNZ One": a broadcaster's first channel; never "Air Force One"."""
    return len(words) == 2 and (words[0].isupper() or lex.outlet(words[0]) is not None)


def _holder_start(words: list[str], body: int, lex: Lexicon) -> int:
    """Where the holder's name starts in "Superintendent of Industrial Police-2 Gazipur Mizanur
    Rahman" (an office, "of", its body, then the person: South Asian papers' word order); -1 if
    the run is only an office ("Minister of Mining"). The body `words[body:]` ends at its first
    known first name, or else after its last organisation word; two to four plain capitalised
    words must be left, none a body's or a title's, and not a place."""
    n = len(words)
    at = -1
    for j in range(body + 1, n - 1):
        if words[j] in KNOWN_FIRST_NAMES or words[j] in ("Md", "Md."):
            at = j
            break
    if at < 0:
        for j in range(n - 3, body - 1, -1):
            w = words[j]
            if w in lex.org_words or (w[-1:].isdigit() and w.rsplit("-", 1)[0] in lex.org_words):
                at = j + 1  # "Industrial Police-2": a unit's number after its body word
                break
    if at < 0 or not 2 <= n - at <= 4:
        return -1
    tail = words[at:]
    if any(not (w[:1].isupper() and w[1:].replace("-", "").replace(".", "").islower())
           or w in lex.org_words or w in lex.titles for w in tail):
        return -1
    return -1 if norm_key(" ".join(tail)) in lex.places else at


def _name(toks: list[Token], k: int, e: int, lex: Lexicon, words: list[str] | None = None,
          full: str = "") -> Mention | None:
    """The mention the capitalised run toks[k..e] makes, if any; `words` and `full` (the run's
    texts and their join) when the caller has them already (a fresh list: it is not kept)."""
    if words is None:
        if k == e:
            words = [toks[k].text]  # most runs are one word
        else:
            words = []
            for t in toks[k:e + 1]:
                words.append(t.text)
        full = " ".join(words)
    # lex.outlet(full), inline: a method call per run costs more than its two lookups
    okey = full.casefold() if full.isalpha() else norm_key(full)
    outlet = lex.outlet_index.get(okey)
    if outlet is None and okey[:4] == "the ":
        outlet = lex.outlet_index.get(okey[4:])
    if outlet is None and full[-1:] == "." and k == e:
        outlet = lex.outlet(full[:-1])  # "wrote on X." ends the sentence, not an initial
        if outlet is not None:
            full = full[:-1]
    if outlet is not None and full[:4] == "The " and outlet.name[:4] != "The ":
        full = full[4:]  # "The Tasnim news agency" opening a sentence: the article's "the"
    if outlet is not None:
        # the outlet as the article writes it ("PTI", "NBC News", "Bloomberg TV"): the reader's
        # form, which the lexicon ties to the one outlet wherever a name is compared
        return Mention(k, e, "name", full, org=True)
    if k == e and full in ("One", "Another") and k + 1 < len(toks) and toks[k + 1].text in (",", "of"):
        return Mention(k, k, "desc", "one")  # "One, who asked not to be named, said": one of them
    if k == e and (k == 0 or toks[k - 1].text in _SENTENCE_ENDS or toks[k - 1].quote >= 0) and \
            full not in KNOWN_FIRST_NAMES and group_plural(toks[k].low, lex.role_nouns):
        return Mention(k, k, "desc", toks[k].low)  # "Residents in Little Stowford said": people
    start = k
    # (at start == k the outlet test is the one just failed); a month that is also a first name
    # stays when a name follows it ("June Hask", not "June 3")
    while start <= e and words[start - k] in STOP_CAPS and not (
            words[start - k] in _FIRST_NAME_MONTHS and start < e) and (
            start == k or lex.outlet(" ".join(words[start - k:])) is None) and not (
            start < e and words[start - k] == "State" and words[start - k + 1] in lex.org_words) and not (
            start < e and e - start <= 2 and words[-1] in OUTLET_NAME_HEADS and words[start - k] != "The"):
        start += 1  # ("the State Department", "State Council", "the Northern Chronicle", "the Sunday
        # Clarion": the word is the body's own)
    while start < e and words[start - k] in _CONNECTORS:
        start += 1  # "Residents of Alto Prado" after "Residents" is stripped: "Alto Prado"
    while start < e and words[start - k].endswith(("-based", "-born", "-owned", "-listed")):
        start += 1  # "US-based Crestmoor Foods", "London-listed Arkwell": where, not who
    if start > e:
        # a lone stop word may still be a description's head ("State media", "Analysts")
        return None
    t0 = k - 2
    if t0 >= 2 and toks[t0].text == "State" and toks[t0 - 1].low == "of":
        t0 -= 2  # "Minister of State for Finance Sadia Khurram"
    if t0 >= 0 and toks[k - 1].low in ("for", "of") and toks[t0].text in lex.titles and \
            words[start - k] in _PORTFOLIOS:
        # "Minister for Information and Broadcasting Rana Tariq Mehmood": the portfolio, then a name
        x = start
        while x <= e and (words[x - k] in _PORTFOLIOS or words[x - k] in _CONNECTORS or words[x - k] in (
                "and", "&", "Affairs", "Broadcasting", "Resources", "Services")):
            x += 1
        for y in range(x, min(x + 3, e - 1)):
            if words[y - k] in lex.titles:
                if not any(words[z - k] in KNOWN_FIRST_NAMES for z in range(x, y)):
                    x = y  # "... and Wildlife Conservation Hon. X": fields no list holds, up to the title
                break
        while e - x >= 2 and words[x - k] in lex.titles:
            x += 1  # "... Family Welfare Shri Ramesh Kothari": an honorific, then the name
        if e - x >= 1:
            title = " ".join([*(t.text for t in toks[t0:k]), *words[start - k:x - k]])
            return Mention(k, e, "name", " ".join(words[x - k:]), title=title)
        if x > e and toks[k - 1].low == "for" and (e + 1 >= len(toks) or not _is_cap(toks[e + 1])):
            # "The Minister for Finance defended ...": the office alone, as "the Minister of
            # Finance" is (its field is no one's name)
            return Mention(t0, e, "desc", " ".join([*(t.text for t in toks[t0:k]), *words]))
    if start > k:
        words = words[start - k:]
        joined = " ".join(words)
    else:
        joined = full
    if len(words) >= 2 and all(w in _PORTFOLIOS for w in words):
        return None  # "the Revenue and Social Protection tables": a ministry's field, no one
    if words[-1] in HOLIDAY_LAST and (norm_key(joined) in HOLIDAYS or (
            len(words) == 1 and k > 1 and toks[k - 1].low in ("'s", "\u2019s") and
            toks[k - 2].text in HOLIDAY_LAST)):
        return None  # "one day after New Year's Eve": a day, no one
    w0 = words[0]
    if len(words) >= 2 and start == k and (k == 0 or toks[k - 1].text in _SENTENCE_ENDS) and \
            w0.casefold() in _FIRM_KINDS and words[1][:1].isupper() and lex.titles.isdisjoint(words) and \
            (is_org(words[1:], lex) or words[1] not in KNOWN_FIRST_NAMES):
        # "Developer Oakline Homes said", "Carmaker Voltra said": the kind of firm, then its name
        return Mention(k, e, "name", " ".join(words[1:]), org=True)
    if len(words) >= 3 and (w0 in _NAME_ADJECTIVES or w0.casefold() in DEMONYMS) and start == k:
        # "Unseeded Czech Tereza Novak", "Veteran Kenyan Eliud Kiprop": what she is, then her name
        x = 0
        while x < len(words) - 2 and (words[x] in _NAME_ADJECTIVES or words[x].casefold() in DEMONYMS):
            x += 1
        rest = words[x:]
        if x and words[x].casefold() not in DEMONYMS and not is_org(words, lex) and \
                lex.titles.isdisjoint(rest) and norm_key(" ".join(rest)) not in lex.places and \
                all(w[:1].isupper() and w[1:].islower() for w in rest):
            return Mention(k, e, "name", " ".join(rest), title=" ".join(words[:x]))
    if len(words) >= 3 and (w0 in _PARTY_MEMBERS or w0 == "Democratic") and words[1] in KNOWN_FIRST_NAMES:
        # "Republican Dana Whitcomb": the party is a title, the person the name
        return Mention(k, e, "name", " ".join(words[1:]), title=w0)
    if w0[:1] in ("K", "W") and w0[1:2].isupper() and _CALL_SIGN.fullmatch(w0) is not None and ((
            len(words) == 1 and "-" in joined) or (
            len(words) == 2 and words[1].isdigit())):
        # a North American broadcaster's call sign: "WEWS-TV", "KBJR 6"
        return Mention(k, e, "name", joined, org=True, media=True)
    if len(words) <= 2 and (w0[-1:].isdigit() or w0[:1].isdigit()) and \
            STATION_BRAND.fullmatch(w0) is not None:
        # a local station by its brand and channel number: "Denver7", "Fox5 Atlanta", "9News"
        return Mention(k, e, "name", joined, org=True, media=True)
    if start > 0 and len(words) == 1 and toks[start - 1].low == "the" and (w1 := words[0]) == joined and (
            w1 in DEMONYM_NOUNS or (w1.casefold() in DEMONYMS and (e + 1 >= len(toks) or not (
                toks[e + 1].word and toks[e + 1].text == toks[e + 1].low and
                toks[e + 1].low not in _NO_MODIFIER)))):
        # "The Briton, who ...", "the Croatian said": a person by nationality, not a name
        return Mention(start - 1, e, "desc", w1)
    if k > 0 and words[-1] in _PARTY_MEMBERS and toks[k - 1].low == "the" and not is_org(words, lex) and \
            (len(words) >= 2 or (e + 1 < len(toks) and toks[e + 1].low in ("from", "of"))):
        # ("the Democrat from Connecticut said": the same, the state after it)
        # "the Connecticut Democrat said": the member just named, by state and party
        return Mention(k, e, "desc", joined)
    if k > 0 and toks[k - 1].low in ("a", "an") and not is_org(words, lex) and lex.titles.isdisjoint(words) \
            and norm_key(joined) not in lex.metonyms and norm_key(joined) not in lex.places:
        # "Rep. Thomas Beaulieu, a Montana Republican who ...": a kind of person, not a name
        return Mention(k, e, "desc", joined)
    if k > 0 and toks[k - 1].low in COMPANY_NOUNS and toks[k - 1].text == toks[k - 1].low and \
            words[0] not in KNOWN_FIRST_NAMES and lex.titles.isdisjoint(words) and lex.outlet(joined) is None:
        # "chipmaker Kestrel Devices", "miner Redrock Resources": the article says it is a firm
        return Mention(k, e, "name", joined, org=True)
    if k > 0 and toks[k - 1].text in MEDIA_HEADS:
        # "the business weekly Marktblatt": the article says what it is
        o = lex.outlet(joined)
        return Mention(k, e, "name", o.name if o else joined, org=True, media=True)
    if start > k:  # else this is the outlet test that failed first
        o = lex.outlet(joined)
        if o is not None:
            return Mention(k, e, "name", o.name, org=True)
    titles = lex.titles
    if len(words) >= 4 and start == k:
        c = 0
        while c < len(words) and (words[c] in titles or words[c] in _TITLE_MODIFIERS):
            c += 1
        if 0 < c < len(words) - 3 and words[c] in ("of", "for") and not titles.isdisjoint(words[:c]):
            at = _holder_start(words, c + 1 + (words[c + 1] == "the"), lex)
            if at > 0:
                # "Deputy Commissioner of Dhaka Metropolitan Police Harun Rashid": the office, its
                # body, then the person who holds it
                return Mention(k, e, "name", " ".join(words[at:]), title=" ".join(words[:at]))
    if len(words) >= 3 and start == k and k > 1 and toks[k - 1].low in ("of", "for") and \
            toks[k - 2].text == toks[k - 2].low and is_role(toks[k - 2].low, lex.role_nouns):
        at = _holder_start(words, 0, lex)
        if at > 0:
            # "managing director of Meghna Knit Composite Tanvir Ahmed Chowdhury": the same after
            # an office written in lower case
            return Mention(k, e, "name", " ".join(words[at:]), title=" ".join(words[:at]))
    head_word = words[-1] in OUTLET_NAME_HEADS and (words[-1] != "One" or _channel_one(words, lex))
    if len(words) > 1 and (head_word or not OUTLET_NAME_FIRSTS.isdisjoint(words)
                           or lex.outlet(words[0]) is not None) and titles.isdisjoint(words):
        # "Baltica Wire", "Radio Vesta", "BBC Radio Dunmore": an outlet's own name, or a known
        # outlet's regional arm; a capital "The" before it is part of the title ("The Business
        # Times"; the store's entity key folds it away, so both spellings are one outlet)
        if start == k + 1 and toks[k].text == "The":
            joined = "The " + joined
        return Mention(k, e, "name", joined, org=True, media=True)
    org = is_org(words, lex)
    if org:
        # "Union Home Minister Suresh Bhandari", "Bank of England Governor Andrew Bailey": a body's
        # words before a title belong to the title, and the name after it is a person's
        last_title = -1
        for x, w in enumerate(words):  # a loop, not max() over a generator
            if w in titles:
                last_title = x
        rest = words[last_title + 1:]
        if last_title > 0 and 1 < len(rest) <= 4 and lex.org_words.isdisjoint(rest) and \
                (not lex.org_words.isdisjoint(words[:last_title]) or norm_key(words[0]) in lex.places) and \
                all(w[:1].isupper() or w in _CONNECTORS for w in rest):
            org = False
        elif last_title == len(words) - 1 and last_title > 0 and words[-1] not in lex.org_words:
            # "Oke-Ayo United Chairman, Alhaji Bello, ...": the body's chairman, a role the name
            # in apposition holds
            return Mention(k, e, "desc", joined)
    title = ""
    name_start = start
    if not org:
        head = -1
        for x, w in enumerate(words, start):
            if w in titles:
                head = x
        if head != -1 and head < e and words[head + 1 - start] in _CONNECTORS:
            # "the Minister of Mining", "Coordinating Minister of Health": an office, no name
            x = head + 2
            while x <= e and (words[x - start] in _PORTFOLIOS or words[x - start] in ("State", "and", "&")):
                x += 1
            if x > head + 2 and e - x >= 1 and words[x - start] in KNOWN_FIRST_NAMES:
                # "Secretary of State Helen Marsh": the office, then the person holding it
                return Mention(k, e, "name", " ".join(words[x - start:]),
                               title=" ".join(words[:x - start]))
            return Mention(k, e, "desc", joined)
        if head == start and words[0] in GIVEN_NAME_TITLES and k > 0 and \
                toks[k - 1].text == toks[k - 1].low and is_role(toks[k - 1].low, lex.role_nouns):
            head = -1  # "manager Dean Whitcombe": after a role noun the word is his first name
        if head != -1 and head < e:
            if words[head + 1 - start] != "Said" and words[head + 1 - start].casefold() in lex.cue_forms:
                return None  # "WHO Chief Says Global Cholera Vaccine Stockpile ...": a headline's verb
            # "Chinese President Xi Jinping": everything up to the last title word is the title
            title = " ".join(words[:head + 1 - start])
            name_start = head + 1
        elif head == e and e + 2 < len(toks) and toks[e + 1].low in ("for", "of") and \
                toks[e + 2].text in _PORTFOLIOS:
            return None  # "Federal Minister for Information ... Rana Mehmood": the name speaks
        elif head == e and e > start:
            return Mention(k, e, "desc", joined)  # "the Foreign Minister"
        elif head == e:
            return Mention(k, e, "desc", words[0])
        elif e - start >= 2 and toks[start].low not in ORG_ROLES and is_role(toks[start].low, lex.role_nouns):
            if words[1] in _CONNECTORS:
                # "Residents of Little Stowford say": people of a place, no one's name
                return Mention(k, e, "desc", " ".join([toks[start].low, *words[1:]]))
            # "Geologist Mara Quist": a sentence-initial occupation is a title, not a first name
            title = toks[start].text
            name_start = start + 1
    # titles written in lower case just before the name: "North Korean leader Kim Jong Un"
    if not title and not org and start == k and k > 0 and toks[k - 1].text == toks[k - 1].low and \
            is_role(toks[k - 1].low, lex.role_nouns):
        b = k - 1
        while b - 1 >= 0 and (_is_cap(toks[b - 1]) or is_role(toks[b - 1].low, lex.role_nouns)) and k - b < 5:
            b -= 1
        title = " ".join([t.text for t in toks[b:k]])
        k = b
    name = joined if name_start == start else " ".join(words[name_start - start:])
    # a demonym run before a lower-case role ("North Korean leader") is part of a description
    if not org and e + 1 < len(toks):
        nxt = toks[e + 1]
        if nxt.text == nxt.low and norm_key(name) not in lex.places:
            if is_role(nxt.low, lex.role_nouns):
                return None
            if nxt.low not in _NO_MODIFIER and _title_ahead(toks, e, lex.role_nouns):
                return None
    return Mention(k, e, "name", name, title=title, org=org)


_DESC_MODIFIERS = frozenset({"foreign", "state", "chinese", "russian", "senior", "top", "former", "deputy",
                             "shadow", "chief", "prime", "vice", "official", "unnamed", "anonymous"})
# what a body's own name is made of ("the Kenyan interior ministry", "the city council")
_BODY_MODIFIERS = wordset("""
defence defense interior home finance health justice education trade economy economic environment
agriculture energy transport labour labor culture military national federal provincial regional
presidential public local county city municipal central supreme high electoral election opposition
ruling emergency fire tax securities antitrust competition communications information intelligence
""")

# bodies that name whom a person speaks for ("a hospital official"), beside ORG_ROLES
_ROLE_BODIES = wordset("""
hospital school campaign palace church prison airport port border coast guard navy
""")

_NAME_ADJECTIVES = frozenset({"Unseeded", "Seeded", "Veteran", "Teenage", "Teenager", "Top-seeded",
                              "Defending", "Injured", "Wounded", "Jailed", "Detained", "Arrested", "Slain",
                              "Disgraced", "Embattled", "Ousted", "Exiled", "Imprisoned", "Beleaguered"})
_PARTY_MEMBERS = frozenset({"Democrat", "Republican", "Conservative", "Liberal", "Independent", "Socialist"})


def _description(toks: list[Token], r: int) -> Mention:
    """A role noun and the words before it back to a determiner: "the North Korean leader"."""
    b = r
    if r >= 2 and toks[r - 1].low == "'s" and _is_cap(toks[r - 2]):
        o = r - 2
        while o - 1 >= 0 and _is_cap(toks[o - 1]) and r - o < 6:
            o -= 1
        owner = " ".join(x.text for x in toks[o:r - 1])
        return Mention(o, r, "desc", toks[r].text, owner=owner)
    if r >= 2 and toks[r - 1].low == "'s" and toks[r - 2].word and toks[r - 2].text == toks[r - 2].low:
        # "the airport's board": a body named by what it belongs to, kept whole
        o = r - 2
        if o >= 1 and toks[o - 1].low in _DETERMINERS:
            o -= 1
        return Mention(o, r, "desc", f"{toks[r - 2].text}'s {toks[r].text}")
    if r >= 2 and toks[r - 1].low not in _DETERMINERS:
        # "a senior UN relief official", "a senior Taiwanese security official": an unnamed source
        # is told apart by all of its words, capitals included
        for x in range(r - 2, max(-1, r - 6), -1):
            t = toks[x + 1]
            if t.quote >= 0 or not t.text[:1].isalpha() or t.low in _NO_MODIFIER or (
                    t.low[-2:] == "ed" and toks[x].low not in ("a", "an")) or \
                    t.low[-3:] == "ing" or (t.text[:1].isupper() and not t.text.isupper() and
                                            t.text.casefold() not in DEMONYMS):
                break
            low = toks[x].low
            if low == "a" or low == "an":
                if t.text[:1].islower():  # "a US official" is read below, as it always was
                    return Mention(x, r, "desc", " ".join(t.text for t in toks[x + 1:r + 1]))
                break
    body = toks[r].low in ORG_ROLES
    for x in range(r - 2, max(0, r - 4), -1):
        # "Iran's chief nuclear negotiator", "China's top trade envoy": lower-case words back to a
        # named owner are all the role's, whatever they are
        t = toks[x + 1]
        if not t.word or t.text != t.low or t.low[-3:] == "ing" or t.low in _NO_MODIFIER:
            break
        if toks[x].low == "'s" and x >= 1 and _is_cap(toks[x - 1]) and not body:
            b = x + 1
            break
    while b - 1 >= 0 and r - b < 5:
        p = toks[b - 1]
        if p.quote >= 0 or not p.text[:1].isalpha():
            break
        if p.low in _DETERMINERS:
            b -= 1
            break
        if p.text == p.low and p.low not in _DESC_MODIFIERS and p.low not in _BODY_MODIFIERS and not (
                not body and (p.low in ORG_ROLES or p.low in _ROLE_BODIES)):
            # "the Kenyan interior ministry", "a police spokesman", "a senior military official"
            break
        b -= 1
    if body and b >= 2 and toks[b - 1].low == "'s" and _is_cap(toks[b - 2]) and toks[b].text == toks[b].low:
        # "China's foreign ministry": the country's body, kept with its owner
        o = b - 2
        while o - 1 >= 0 and _is_cap(toks[o - 1]) and b - o < 5:
            o -= 1
        return Mention(o, r, "desc", " ".join(x.text for x in toks[b:r + 1]),
                       owner=" ".join(x.text for x in toks[o:b - 1]))
    first = toks[b].low
    text_start = b + 1 if first in _DETERMINERS else b
    parts: list[str] = []
    for tk in toks[text_start:r + 1]:  # a loop, not a generator for join(): a few words
        parts.append(tk.text)
    return Mention(b, r, "desc", " ".join(parts))
