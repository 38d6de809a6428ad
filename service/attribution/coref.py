"""One article's entities: every way the article refers to someone, leading back to one full name.

Built from all mentions of the article before any quote is attributed, so a surname used in a
headline can lean on the full name given in the body. Short forms match a full name's first or last
word ("Putin" -> Vladimir Putin, "Xi" -> Xi Jinping); different full names are never merged, even
when they share a surname (Kim Jong Un and Kim Yo Jong stay two people), and a bare shared surname
goes to the more prominent of them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

import msgspec
import regex

from service.attribution.first_names import FEMALE, KNOWN_FIRST_NAMES, MALE
from service.attribution.lexicon import (
    COMPANY_NOUNS,
    DEMONYM_NOUNS,
    DEMONYMS,
    ORG_ROLES,
    Lexicon,
    Outlet,
    group_plural,
    is_role,
    norm_key,
    titled_outlet,
)
from service.attribution.mentions import GIVEN_NAME_TITLES, MAX_NAME_WORDS, Mention
from service.attribution.segment import ABBREVIATIONS, Token
from service.attribution.types import Entity, EntityType

_KIN_SEX = {w: "he" for w in ("father", "husband", "son", "brother", "grandfather", "uncle", "nephew",
                               "stepfather", "boyfriend", "dad", "spokesman", "chairman", "businessman",
                               "congressman", "councilman", "king", "prince")}
_KIN_SEX.update({w: "she" for w in ("mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece",
                                     "stepmother", "girlfriend", "mum", "mom", "widow", "spokeswoman",
                                     "chairwoman", "businesswoman", "congresswoman", "councilwoman", "queen",
                                     "princess", "actress")})
_AGENCY_WORDS = frozenset({"Agency", "Centre", "Center", "Authority", "Office", "Administration",
                           "Commission", "Service", "Bureau", "Directorate", "Inspectorate", "Institute",
                           "Department"})
GENERIC_ROLE_HEADS = frozenset({"leader", "chief", "head", "boss", "chair"})
"""Roles any office's holder is called by ("the central bank chief" is its Governor)."""
LAY_HEADS = frozenset({"witness", "juror", "bystander", "neighbour", "neighbor", "caller", "dispatcher",
                       "operator", "passenger", "customer", "shopper", "commuter", "motorist", "resident",
                       "tenant", "viewer", "listener"})
"""Members of the public a story meets once: "the caller" is no one the article named unless it
called them so (the man who died is not the 911 caller)."""
_PARTY_HEADS = frozenset({"accused", "defendant", "victim", "survivor", "plaintiff", "claimant"})
"""The parties to a case: someone the article named, but never one it gave a trade."""
_CATAPHORA_REACH = 600
"""How far ahead a description may find the person it stands for ("the minister said ..." and then
"Minister Ana Roth" a paragraph on); further, it is someone else so described."""
_CREDIT_WORDS = frozenset({"Photo", "Photos", "Picture", "Pictures", "Image", "Images", "Handout", "Footage"})
_ROLE_KEYS = frozenset({"minister", "president", "secretary", "governor", "senator", "mayor", "ambassador",
                        "spokesman", "spokeswoman", "spokesperson", "chairman", "chief", "director", "judge",
                        "commissioner", "premier", "chancellor", "envoy", "general", "coach", "manager"})
# heads of the descriptions unnamed sources go by ("a senior official", "a diplomat familiar with")
_UNNAMED_HEADS = frozenset({"official", "source", "diplomat", "aide", "delegate", "officer", "employee",
                            "insider", "negotiator", "executive", "lawmaker", "commander", "researcher",
                            "tenant", "resident", "student", "nurse", "doctor", "teacher", "passenger",
                            "patient", "survivor", "volunteer", "spokesman", "spokeswoman", "spokesperson",
                            "person"})
# what an unnamed source is said to know: "people familiar with the matter", "a person close to"
_SOURCE_LINKS = (r"(?:familiar with|briefed on|close to|with knowledge of|involved in|who were in)"
                 r"(?: the)? [\w'\u2019-]+")
# the same after one person's noun: "one person familiar with the matter", ", who is close to X"
_SOURCE_TAIL = regex.compile(r"(?:, who (?:is|was|are|were))? " + _SOURCE_LINKS)
_INDEFINITE: dict[str, regex.Pattern[str]] = {}
_COUNTED = regex.compile(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Bb]oth) (?:\w+ )?(\w+s)\b")
_ORG_WINDOW = 200  # mentions of bodies looked back over, so a long text stays linear
_ONE_OF = regex.compile(r"(?:One|one|Another|another) of ((?:the |those |these |its |their |his |her )?"
                        r"(?:[\w'\u2019-]+ ){0,3}(?:[\w'\u2019-]+s|people))\b")
_BOARDS = frozenset({"board", "trustees", "directors"})
_WATCHDOGS = frozenset({"regulator", "watchdog"})
_BENCH_WORDS = frozenset({"judges", "justices", "chamber", "panel", "bench"})
"""What a court's judges are called together, speaking in its ruling as the court."""
_COURT_NAME = regex.compile(
    r"(?<![\p{L}-])((?:\p{Lu}[\p{L}'’-]*|of|on|for|the) )*(?:Court|Chamber|Tribunal)"
    r"(?: (?:of|on|for)(?: (?:the|and|of) )?(?: ?\p{Lu}[\p{L}'’-]*)+| [IVX]{1,4}\b)?")
_DESCRIBED_SOURCES = regex.compile(r"\b(people|sources) " + _SOURCE_LINKS)
_CAP_RUN = r"(\p{Lu}[\w&\u2019'-]*(?: (?:\p{Lu}[\w&-]*|of|for))*)"
_NAME_THEN_NOUN = regex.compile(r"\b[Tt]he (\p{Lu}[\w&+.\u2019'-]*(?: \p{Lu}[\w&+.\u2019'-]*){0,3}) "
                                 r"(group|company|firm|conglomerate|consortium|cartel|bloc|alliance)\b")
_BOARD_OF = regex.compile(r"\b[Tt]he (board|trustees|directors) of (?:directors of )?" + _CAP_RUN)
_BOARD_OWNED = regex.compile(_CAP_RUN + r"['\u2019]s (board|trustees|directors)\b")
SPOKES_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
"""The nouns of someone who speaks for a body (the engine reads the same ones)."""
_SPOKES_FOR = regex.compile(
    r"\b[Aa]n? (?:[\w'\u2019-]+ ){0,3}(spokes(?:man|woman|person)) (?:for|at|of|from) ")
_LOWER_AFTER_HYPHEN = regex.compile(
    r"-(?:listed|based|owned|run|backed|led|funded|linked|controlled|born|made|built|style|era|"
    r"affiliated|sponsored|operated|designed|registered|headquartered|focused|friendly|type)$")
"""`II-listed`, `UK-based`: a modifier, never part of a person's name (which may hyphenate a
lower-case syllable: "Ryom Chol-hun")."""
_PUBLIC_BODY_WORDS = frozenset({"Ministry", "Department", "Commission", "Parliament", "Court", "Police",
                                "Government", "Senate", "Congress", "Tribunal", "Regulator"})
_KNOWN_AS = regex.compile(r", (?:(?:popularly|also|better|professionally|widely) )?known as "
                          r"(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)(?=[,.;)]| who| and)")
_LOCAL_GOVERNMENTS = frozenset({"county", "province", "district", "municipality", "prefecture"})
_PLACE_BODY = regex.compile(r"(?<![\p{L}-])((?:\p{Lu}[\p{L}'’-]+ ){1,3}"
                            r"(County|Province|District|Municipality|Prefecture))(?! [\p{Lu}])")
"""`Kisumu County`, `Hebei Province`: a local government by its own name (not "Lakeview County
Referral Hospital": a capital after it makes a longer name)."""
_CLUB_NAME = regex.compile(r"(?<![\p{L}-])((?:\p{Lu}[\p{L}'’-]+ ){1,2}"
                           r"(?:City|United|Town|Rovers|Athletic|Wanderers|Albion|Hotspur|Rangers|Villa|Forest|"
                           r"Palace|Argyle|Orient|Dynamo|FC|SC|CF))(?![\p{L}-])")
"""`Hull City`, `Plymouth Argyle`: a sports club by its own name, which "the club" means."""
# words that make the name after them an object ("sent Marco Quintela the wrong way")
_OBJECT_MARKERS = frozenset({"to", "with", "by", "for", "against", "beat", "beats", "sent", "hit", "told",
                             "over", "past", "beyond", "from", "under", "replace", "replaces", "face",
                             "faces", "thank"})
_EMPLOYS_ANALYST = regex.compile(r"(?:['\u2019]s?)? (?:\w+ )?(?:analysts?|economists?|strategists?)\b")
_CLUB_NOUNS = frozenset({"club", "team", "side", "franchise"})
_GENERIC_DESC_SKIP = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that"})


_BE_FORMS = frozenset({"is", "was", "has", "had", "been", "became", "becomes", "serves", "served", "as",
                       "the", "a", "an", "now", "also", "still"})


def _who_is(toks: list[Token], k: int, d: int) -> bool:
    """Tokens k..d-1 read ", who <be> [the]": a relative clause giving the name before it a role."""
    if d - k < 3 or d - k > 7 or toks[k].text != "," or toks[k + 1].low != "who":
        return False
    return all(toks[x].low in _BE_FORMS for x in range(k + 2, d))


_BEFORE_A_PLACE = frozenset({"in", "at", "between", "near", "across", "into", "outside", "inside", "toward",
                          "towards", "around", "through"})


_PLACE_KINDS = frozenset({"province", "city", "town", "village", "region", "district", "county", "state",
                          "island", "capital", "port", "suburb", "township", "municipality", "governorate"})
"""`the eastern province of Dasht-e Mir`: what names a place by its kind before "of"."""

PLACE_HEADS = frozenset({
    "Street", "Avenue", "Road", "Boulevard", "Highway", "Freeway", "Parkway", "Square", "Bridge",
    "River", "Creek", "Canal", "Airport", "Stadium", "County", "Province", "Harbour", "Harbor",
    "Bay", "Island", "Islands", "Reef", "Beach", "Mountains", "Motorway", "Terrace", "House", "Centre",
    "Center",
})
"""Last words that make a capitalised run a place ("Cedar Street", "Labour House", "Convention
Centre"; not Lane, Park, Hill, Hall, Arena or Plaza: surnames too): a street or a building a story
happens in is never the person "he" stands for."""


_SCORE_AFTER = regex.compile(r" \d{1,2} ?[-\u2013] ?\d{1,2} \p{Lu}")
_SCORE_BEFORE = regex.compile(r"\p{L} \d{1,2} ?[-\u2013] ?\d{1,2} $")


def _scoreline(text: str, start: int, end: int) -> bool:
    """Whether the name at `text[start:end]` is a side in "Crystal Palace 2-1 Arsenal": a score
    between two names (a tennis player's "beat Sinner 6-4" has no name after its score)."""
    if not (text[end + 1:end + 2].isdigit() or (start >= 2 and text[start - 2].isdigit())):
        return False  # (most names: no digit beside them, no regex call)
    return _SCORE_AFTER.match(text, end, end + 9) is not None or \
        _SCORE_BEFORE.search(text, max(0, start - 9), start) is not None


def _at_place(toks: list[Token], i: int) -> bool:
    """`the dock at Millers Point`, `between Millers Point and ...`: a capitalised pair after a
    preposition of place is a place the lexicon does not know, not a person to remember; so is
    a name after "the province of"."""
    if i > 0 and toks[i - 1].low in _BEFORE_A_PLACE:
        return True
    return i > 1 and toks[i - 1].low == "of" and (toks[i - 2].low in _PLACE_KINDS or toks[i - 2].low == "out")


def _office_holder(toks: list[Token], mentions: list[Mention], idx: int) -> Mention | None:
    """The person in apposition right after the office `mentions[idx]` ("the Governor of the
    Central Bank, Dr X,"), past the second half of a portfolio ("the Minister of Ports and
    Airports, Rodrigo Albuquerque de Menezes,")."""
    m = mentions[idx]
    k = idx + 1
    if k + 1 < len(mentions) and mentions[k].i == m.j + 2 and toks[m.j + 1].low == "and":
        m, k = mentions[k], k + 1
    if k < len(mentions) and mentions[k].kind == "name" and not mentions[k].org and \
            mentions[k].i == m.j + 2 and toks[m.j + 1].text == ",":
        return mentions[k]
    return None


def _after_article(toks: list[Token], m: Mention) -> bool:
    """`in the Central Lobby`, `his memoir, A Steady Hand`: a capitalised pair after an article
    (and no title) is a place or a work, never a person."""
    return not m.title and ((m.i > 0 and toks[m.i - 1].text in ("the", "a", "an")) or
                            toks[m.i].text in ("A", "An") or
                            # "a stolen Holden Commodore": a thing, whatever adjective comes between
                            (m.i > 1 and toks[m.i - 2].text in ("a", "an") and toks[m.i - 1].word and
                             toks[m.i - 1].text == toks[m.i - 1].low))


class _Person(msgspec.Struct, gc=False):
    name: str
    first: int
    count: int = 0
    parts: tuple[str, ...] = ()
    kin: bool = False
    """Named only as someone's relative ("Pike's wife, Diane,"): the article calls them by first
    name, so a bare surname is the person it was given to first."""


KIN_NOUNS = frozenset({"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
                  "widower", "partner", "grandson", "granddaughter", "grandmother", "grandfather"})
"""Family nouns: "Pike's wife, Diane," most often shares the surname the article gave Pike."""


# a title's abbreviation is the word "the ... said" uses later ("Sen. Dana Whitcombe" / "the senator")
_TITLE_ABBREVIATIONS = {"sen.": "senator", "sen": "senator", "rep.": "representative", "gov.": "governor",
                        "gen.": "general", "lt.": "lieutenant", "col.": "colonel", "capt.": "captain",
                        "sgt.": "sergeant", "prof.": "professor", "supt.": "superintendent",
                        "insp.": "inspector", "adm.": "admiral", "cmdr.": "commander"}


_VARIATION_ROLES = frozenset({
    "coach", "manager", "striker", "forward", "midfielder", "defender", "goalkeeper", "winger",
    "player", "star", "veteran", "captain", "skipper", "champion", "boss", "driver", "rider",
    "cyclist", "runner", "swimmer", "boxer", "golfer", "sprinter", "batsman", "bowler",
})
"""Role nouns a report uses after a nationality for the person it has been writing about."""


_TITLE_SEX = {
    **{t: "he" for t in ("Mr.", "Mr", "Sir", "Lord", "King", "Prince", "Sheikh", "Emir", "Sultan", "Father",
                         "Brother", "Congressman", "Councilman", "Assemblyman")},
    **{t: "she" for t in ("Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Lady", "Dame", "Queen", "Princess", "Sister",
                          "Congresswoman", "Councilwoman", "Assemblywoman")},
}
"""Titles that say which of he/she a person is."""


OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}


_LINE_ENDS = frozenset(".!?\"'\u201d\u2019")


def _first_lines(text: str, n: int) -> list[tuple[int, int]]:
    """(start, end) of the first `n` lines of `text` that hold anything."""
    lines: list[tuple[int, int]] = []
    at = 0
    while len(lines) < n and at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[at:end].strip():
            lines.append((at, end))
        at = end + 1
    return lines


_CALLING_ITSELF = regex.compile(
    r"\b[Aa]n? (?:[\p{Ll}-]+ ){0,2}(group|gang|collective|movement|network|faction|organisation|organization)"
    r",? (?:calling itself|which calls itself|known as) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3})")
_ROLE_SENTENCE = regex.compile(r"The (?:(\d{1,3})-year-old )?(?:[\p{Ll}-]+ ){0,2}([\p{Ll}-]+),")
_PORTFOLIO_BEFORE = regex.compile(
    r"\b(?P<head>(?i:minister|secretary|ministry|department|commissioner|director|cabinet secretary)) "
    r"of (?:[A-Z][\w-]*,? ){1,3}and $")
"""`the Minister of Information and ` before a name: the second half of a portfolio (but "the
London Chamber of Commerce and Industry" is one body's name)."""
_SHORT_FORM_AFTER = regex.compile(r" \(([A-Z]{2,8})\)")
_FOUNDED_AFTER = regex.compile(
    r", (?:(?:which|that) (?:was|were|is) )?(?:co-)?"
    r"(?:founded|established|headquartered|incorporated) (?:in|by)\b")
_APPOSED_ROLE = regex.compile(
    r", (?:the |an? )?(?:\p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*){0,3}['\u2019]s )?"
    r"((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+),")
"""`X, Dubai Municipality's director-general,`: a role in apposition, read off the text."""
_PLACE_OPENERS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern",
                            "Western", "Upper", "Lower", "Greater", "Mount", "Lake", "Cape", "Fort"})
"""First words of a region's or landmark's name, never of a person's ("East Flores", "Mount Kenya")."""
_SURNAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "ben", "van", "von", "de", "da",
                                "del", "della", "di", "du", "le", "la", "dos", "das", "ter", "ten"})
"""Words a surname opens with, so a two-word back-reference ("Al Suwaidi", "van Dijk") is one."""
_POLICE_WORDS = frozenset({"police", "constabulary", "gendarmerie", "carabinieri", "policing"})
_AGE_AFTER = regex.compile(r", (\d{1,3})(?=[,.;] )")
_TITLE_APPOSED_BEFORE = regex.compile(
    r"\b[Tt]he ((?:\p{Lu}[\p{L}-]*(?: (?:of|for|and|the))* ){0,5}\p{Lu}[\p{L}-]*), $")
"""`The Inspector-General of Police, Douglas Mwangi,`: a capitalised office opening the sentence
and apposed before the name (only its initials are learnt: "the IGP said")."""
_MEMBER_KEYS = frozenset({"td", "mp", "mla", "mep", "msp", "congressman", "congresswoman", "councillor",
                          "councilor", "representative", "legislator", "lawmaker"})
"""A legislature's members: an office of their own ("Independent TD X" is not "the Taoiseach")."""


_OTHER_OFFICE = frozenset({"shadow", "vice", "deputy", "assistant"})
"""First words of a title that make it another office: the shadow chancellor is never "the
chancellor", a deputy minister never "the minister"."""


OWNED_BODIES = frozenset({"office", "campaign", "team", "family", "camp"})
"""What a person has that speaks as a body ("her office said", "his campaign said")."""


def _title_initials(title: str) -> list[str]:
    """"Inspector-General of Police" -> ["IG", "IGP"], "Director General ISPR Major General" -> [..,
    "DGISPR", ..]: the initials of each run of two or more capitalised words a title opens with (a
    word in capitals kept whole), which the article may use for it ("the IGP", "the DG ISPR")."""
    out: list[str] = []
    parts: list[str] = []
    for w in title.replace("-", " ").split():
        if w.isupper() and len(w) > 1:
            parts.append(w)
        elif w[:1].isupper():
            parts.append(w[0])
        elif w in ("of", "for", "the", "and", "on"):
            continue
        else:
            break
        if len(parts) >= 2:
            out.append("".join(parts))
    if len(parts) >= 3 and len(parts[0]) == 1:
        # "Education Cabinet Secretary Prof X": the office without its field ("the CS")
        out.append(parts[1] + parts[2])
    return out


def _chief_executive(words: list[str]) -> list[str]:
    """"CEO", "chief executive officer" and "chief executive" as one role, so "its chief executive
    said" in a lead finds "X, the firm's co-founder and CEO," named after it."""
    if "ceo" not in words and "executive" not in words:
        return words
    out: list[str] = []
    for w in words:
        out.extend(("chief", "executive") if w == "ceo" else (w,))
    if out[-3:] == ["chief", "executive", "officer"]:
        out.pop()
    return out


def _description_keys(title: str) -> tuple[str, ...]:
    """The description keys a title files its person or body under ("Minister of Mining" ->
    "minister of mining", "mining", "minister"): none for a title of generic words only."""
    words = _chief_executive([_TITLE_ABBREVIATIONS.get(w, w) for w in norm_key(title).split()
                              if w not in _GENERIC_DESC_SKIP and w != "former"])
    while len(words) > 1 and words[-1] in _STYLES:
        words.pop()  # "The Speaker Sir Geoffrey Marland": the Speaker, styled a knight
    if not words:
        return ()
    joined = " ".join(words)
    keys: tuple[str, ...] = (joined,) if len(words) == 1 or words[0] in _OTHER_OFFICE else (joined, words[-1])
    if words[0] == "justice" and len(words) == 1:
        keys = (*keys, "judge")  # "Justice Esther Mwangi" is "the judge"
    if (same := _SAME_ROLE.get(words[-1])) is not None:
        keys = (*keys, same)  # "Indian captain Rohan Deshpande" is "the skipper" too
    for prep in ("of", "for"):
        if prep in words[1:]:  # "minister of mining", "minister for information" is "the minister"
            keys = (*keys, words[words.index(prep, 1) - 1])
            break
    if len(words) > 2:
        for i, w in enumerate(words[:-1]):  # "Energy Minister Prince Khalid ...": "the minister" too
            if w == "chief" and words[i + 1] != "of":
                continue  # ("chief economist at Anchor Ridge Capital" is no "chief"; "chief of staff" is)
            if w in _ROLE_KEYS and w not in keys:
                keys = (*keys, w)
    return keys


# honorifics that style a name, ending a title without being its office
_STYLES = frozenset({"sir", "dame", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "hon", "hon.", "rt",
                     "shri", "smt", "alhaji", "datuk", "dato"})
_BYLINE_ROLES = frozenset({"Editor", "Correspondent", "Reporter", "Writer", "Columnist", "Contributor",
                           "Desk"})
_ON_AN_OUTLET = frozenset({"on", "to", "told", "with"})
# a sports page's two words for one role
_SAME_ROLE = {"captain": "skipper", "skipper": "captain", "manager": "boss", "boss": "manager"}
_SENTENCE_THEN_WORD = regex.compile(r"[.!?][\"\u201d\u2019']?[ ]+([\"\u201c\u2018']?)(\p{Lu}\p{Ll}*)")
_NEXT_PRONOUN = {"He": "he", "His": "he", "She": "she", "Her": "she"}
_PERSON_PAIR = regex.compile(r"\b(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}")


def _sex_from_next_sentence(text: str, at: int) -> str | None:
    """"Dr Mereana Holt, a coral ecologist, was in the water that night. Her team's findings
    ...": the sentence after one a person opens, about nobody else, says which of he/she they are.

    Why: a first name the lists do not know constrains nothing, and a "he said" two paragraphs on
    then went to her. Read only when the name opens its sentence and the sentence names no other
    person (a known first name before a capital), and only the next sentence's first word.
    """
    if not text:
        return None
    head = text[max(0, at - 30):at]
    cut = max(head.rfind(". "), head.rfind("\n"))
    lead = head[cut + 1:].split() if cut >= 0 else (head.split() if at <= 30 else None)
    if lead is None or len(lead) > 2 or any(not w[:1].isupper() for w in lead):
        return None  # not the sentence's opening words ("Dr", "Professor" may come first)
    pos = at
    while (m := _SENTENCE_THEN_WORD.search(text, pos, at + 400)) is not None:
        before = text[max(at, m.start() - 5):m.start()].split()
        word = before[-1].casefold() if before else ""
        if word in ABBREVIATIONS or len(word) == 1:
            pos = m.end(2)  # "Dr. Holt": not the sentence's end
            continue
        if "\n" in text[at:m.start()] or m.group(1):
            return None  # the paragraph ended, or the next sentence is a quotation
        for pair in _PERSON_PAIR.finditer(text, at + 1, m.start()):
            if pair.group(1) in KNOWN_FIRST_NAMES:
                return None  # "... with Alan Whitcombe ...": about two people
        return _NEXT_PRONOUN.get(m.group(2))
    return None


@dataclass
class Registry:
    lex: Lexicon
    people: dict[str, _Person] = field(default_factory=dict)
    descriptions: dict[str, list[str]] = field(default_factory=dict)
    text: str = ""
    """The article, for the few look-ups past a names-only stretch's tokens."""
    intro_lines: dict[tuple[int, int], Any] = field(default_factory=dict)
    """The engine's per-article memo of quote-free introducing lines, read once each."""
    acronyms: dict[str, str] = field(default_factory=dict)
    """Acronym -> the body's full name, from "Full Name (ACRONYM)" in the article."""
    not_spelt_out: set[str] = field(default_factory=set)
    """Acronyms the text was searched for in brackets and does not spell out."""
    sexes: dict[str, str] = field(default_factory=dict)
    """Name -> "he"/"she" where a kinship or gendered role said so ("her father", "the actress")."""
    outlet_forms: dict[str, list[str]] = field(default_factory=dict)
    """Lexicon outlet name -> the forms the article wrote it in, in reading order."""
    desc_seen: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """Per description key, (offset, name) each time a name was so described, in reading order."""
    media_desc: dict[str, str] = field(default_factory=dict)
    surfaces: dict[str, list[str]] = field(default_factory=dict)
    types: dict[str, EntityType] = field(default_factory=dict)
    person_positions: list[int] = field(default_factory=list)
    """Offsets of person mentions in reading order (sorted), parallel to `person_names`."""
    person_names: list[str] = field(default_factory=list)
    headline_names: list[tuple[str, ...]] = field(default_factory=list)
    """Person-like runs of Title Case lines, whose end capitals cannot mark: never full names."""
    last_person: str | None = None
    last_group: str | None = None
    org_positions: list[int] = field(default_factory=list)
    """Offsets of named organisations in reading order, parallel to `org_names`."""
    org_names: list[str] = field(default_factory=list)
    firms_by_first: dict[str, str] = field(default_factory=dict)
    """The firm last named whose name opens with a word ("Veltrax" -> "Veltrax Semiconductor")."""
    media_names: list[str] = field(default_factory=list)
    """Outlets the article names, latest mention last: short back-references lead to them."""
    outlet_positions: list[int] = field(default_factory=list)
    """Offsets of every outlet named (lexicon or the article's own word), parallel to `outlet_seq`:
    "the station" / "the agency" with nothing else to go on is the outlet named last before it."""
    outlet_seq: list[str] = field(default_factory=list)
    outlet_tails: dict[str, str] = field(default_factory=dict)
    """Last word -> the multi-word outlet in `outlet_seq` named last with it ("star" -> "Toronto Star")."""
    known_as: dict[str, str] = field(default_factory=dict)
    """Stage or popular name -> the person's name ("Obinna Nwachukwu, popularly known as Zyro,")."""
    fuller: dict[str, str] = field(default_factory=dict)
    """"Márcio Duarte" -> "Márcio Teixeira Duarte": one person, named once with a middle name."""
    teams: set[str] = field(default_factory=set)
    """Names either side of a scoreline ("Crystal Palace 2-1 Arsenal"): sides, never people."""
    desc_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """`_description_keys` of each title this article met (an article repeats its titles)."""
    ages: dict[str, int] = field(default_factory=dict)
    """Name -> the age the article gave in apposition ("Margaret Shaw, 74,")."""
    clubs: list[tuple[int, str]] | None = None
    """Where the article names a sports club by its own name (see `_club_before`), once read."""
    office_holders: dict[str, str | None] = field(default_factory=dict)
    """A bare office ("Chancellor") -> who the lead says holds it (see `_office_holder`)."""
    initials_of: dict[str, list[str]] = field(default_factory=dict)
    """`_title_initials` of each capitalised title met (an article repeats its titles)."""
    title_initials: dict[str, str] = field(default_factory=dict)
    """A capitalised title's initials -> who the article last gave it ("the Inspector-General of
    Police, X," then "the IGP said"; "Director General ISPR X" then "the DG ISPR")."""

    # --- building ----------------------------------------------------------------------------------
    def learn(self, toks: list[Token], mentions: list[Mention], title_case: bool = False,
              shift: int = 0) -> None:
        """Learn one paragraph's mentions; `title_case` marks a Title Case line (see `headline_names`).

        `shift` is added to token offsets: the tokens may be those of the same words met earlier in
        the article, reused rather than cut again.

        In "Premier Oda Linnark And Chancellor Ravi Mendel Sign Fishing Pact" nothing shows where
        "Ravi Mendel" ends, so its runs are kept aside: a surname the body uses alone is resolved
        through them ("Mendel" -> "Ravi Mendel"), but they never become a full name themselves.
        """
        by_start: dict[int, Mention] | None = None  # built when a media description needs it
        for idx, m in enumerate(mentions):
            if m.kind == "pron":
                continue  # a pronoun teaches nothing: every branch below wants another kind
            known: Outlet | None = None
            if m.kind == "name" and (m.media or m.org) and not title_case:
                known = self.lex.outlet(m.text)
                if m.media or known is not None:
                    self.outlet_positions.append(toks[m.i].start + shift)
                    self.outlet_seq.append(known.name if known is not None else m.text)
                    self._tail(self.outlet_seq[-1])
                elif toks[m.i].text == "The" and titled_outlet(m.text):
                    self.outlet_positions.append(toks[m.i].start + shift)  # "told The Herald that ..."
                    self.outlet_seq.append(f"The {m.text}")
                    self._tail(self.outlet_seq[-1])
                if known is not None:
                    forms = self.outlet_forms.setdefault(known.name, [])
                    form = m.text
                    if m.i >= 1 and toks[m.i].text == "The" and toks[m.i - 1].word and form[:4] != "The ":
                        form = f"The {form}"  # "told The Canadian Press": the capital says it is the name's
                    if form not in forms:
                        forms.append(form)
            if title_case and m.kind == "name" and not m.org and self._is_person_name(m.text) and \
                    not _scoreline(self.text, toks[m.i].start + shift, toks[m.j].end + shift):
                parts = tuple(m.text.split())
                if parts not in self.headline_names:
                    self.headline_names.append(parts)
            elif m.kind == "name" and not m.org and m.i >= 2 and toks[m.i - 1].low == "the" and \
                    toks[m.i - 2].low in ("told", "tells") and " " in m.text and \
                    all(w[:1].isupper() for w in m.text.split()):
                self.types[m.text] = "media"  # "told the Bergens Tidende": a publication, no person
            elif m.kind == "name" and not m.org and " " not in m.text and m.text.isalpha() and \
                    idx + 1 < len(mentions) and toks[m.j + 1].low == "and" and \
                    (pair := mentions[idx + 1]).i == m.j + 2 and pair.kind == "name" and not pair.org and \
                    pair.text.count(" ") == 1 and pair.text.split()[0] in KNOWN_FIRST_NAMES and \
                    not pair.title and not self.surname_of_someone(m.text) and \
                    norm_key(m.text) not in self.lex.places and norm_key(m.text) not in self.lex.metonyms:
                # "Sue and Derek Watkins": two people, one surname (Sue Watkins); never "Donna
                # Viersma and Senate Majority Leader Kathleen Mraz", read from "Viersma" on
                self._add_person(f"{m.text} {pair.text.split()[1]}", toks[m.i].start + shift)
            elif m.kind == "name" and not m.org and " " not in m.text and \
                    (firm := self.firm_by_first_word(m.text)) is not None:
                # "Veltrax declined to say" after "Veltrax Semiconductor will cut": that firm, named
                # again (so "a spokesman said" next speaks for it)
                self._add_org(firm, toks[m.i].start + shift)
            elif m.kind == "name" and not m.org and not m.title and " " in m.text and \
                    _FOUNDED_AFTER.match(self.text, toks[m.j].end + shift) is not None and \
                    m.text not in self.people:
                # "Kestrel Fusion, founded in 2017 by the physicist X, said": a firm, not a person
                self._add_org(m.text, toks[m.i].start + shift)
            elif m.kind == "name" and not m.org and not m.title and " " in m.text and \
                    m.j + 2 < len(toks) and toks[m.j + 1].text == "," and toks[m.j + 2].low == "which" and \
                    m.text.split()[0] not in KNOWN_FIRST_NAMES and m.text not in self.people:
                # "Historic England, which listed the building in 1988, said": a body ("which"),
                # so "it said" next is its
                self._add_org(m.text, toks[m.i].start + shift)
            elif m.kind == "name" and not m.org and not m.title and " " in m.text and \
                    (short_form := _SHORT_FORM_AFTER.match(self.text, toks[m.j].end + shift)) and \
                    short_form.group(1) == "".join(w[0] for w in m.text.split() if w[:1].isupper()):
                # "Premium Motor Spirit (PMS)": a thing or a body shortened to its initials, never
                # a person for a later "the labour leader" to fall back on
                self._add_org(m.text, toks[m.i].start + shift)
                self.acronyms[short_form.group(1)] = m.text
            elif m.kind == "name" and not m.org and self._programme(toks, mentions, idx):
                # "Speaking on BBC Radio Scotland's Good Morning Scotland": the outlet's programme,
                # no person for a later "she" to stand for
                self.types[m.text] = "media"
            elif m.kind == "name" and not m.org and not m.title and \
                    _scoreline(self.text, toks[m.i].start + shift, toks[m.j].end + shift):
                # "Crystal Palace 2-1 Arsenal": two sides, though "Crystal" is a first name
                self.teams.add(m.text)
                self._add_org(m.text, toks[m.i].start + shift)
            elif m.kind == "name" and not m.org and self._is_person_name(m.text) and \
                    not _at_place(toks, m.i) and not _after_article(toks, m) and \
                    (m.title or self._portfolio_half(toks[m.i].start + shift, m.text) is None):
                # (never the second half of a portfolio: "the Minister of Information and
                # National Orientation")
                at = toks[m.i].start + shift
                self._add_person(m.text, at)
                end = toks[m.j].end + shift
                if (age := _AGE_AFTER.match(self.text, end, end + 8)) is not None:
                    self.ages[m.text] = int(age.group(1))  # "Colleen Fairbrother-Ness, 56,"
                if m.j - m.i >= 2:
                    for x in range(m.i + 1, m.j):
                        if toks[x].quote >= 0:  # 'Jess "Pixel" Morrow': "Pixel wrote" is her
                            self.known_as[toks[x].text.strip(" ,.")] = m.text
                if self.text[end:end + 2] == ", " and \
                        (known_as := _KNOWN_AS.match(self.text, end, end + 60)) is not None:
                    self.known_as[known_as.group(1)] = m.text  # "X, popularly known as Zyro,": Zyro is X
                if self.text[at - 2:at] == ", " and \
                        (office := _TITLE_APPOSED_BEFORE.search(self.text, max(0, at - 90), at)) is not None:
                    for initials in _title_initials(office.group(1)):
                        self.title_initials[initials] = m.text
                if m.title:
                    self._describe(m.title, m.text, at)
                    sex = _TITLE_SEX.get(m.title.split()[0])
                    if sex is not None:  # "Mr. Grant Howell": not the "she" of the next line
                        self.sexes.setdefault(m.text, sex)
                # apposition: "Edward Howell, a lecturer at ..." describes him as a lecturer
                nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
                apposed = m.j + 2
                if nxt is not None and nxt.kind == "name" and nxt.i == m.j + 3 and \
                        toks[m.j + 2].low == "the" and nxt.j + 2 < len(toks) and toks[nxt.j + 1].low == "'s" \
                        and idx + 2 < len(mentions) and mentions[idx + 2].kind == "desc" and \
                        mentions[idx + 2].i == nxt.j + 2:
                    # "X, the Yakima Health District's health officer,": the role, whose it is aside
                    nxt, apposed = mentions[idx + 2], nxt.j + 2
                elif nxt is not None and nxt.kind == "name" and nxt.i == m.j + 2 and \
                        toks[m.j + 1].text == "," and nxt.j + 2 < len(toks) and \
                        toks[nxt.j + 1].low in ("'s", "\u2019s") and \
                        idx + 2 < len(mentions) and (role := mentions[idx + 2]).kind == "desc" and \
                        nxt.j + 2 <= role.i <= nxt.j + 5 and \
                        all(t.text == t.low or t.text == "-" for t in toks[nxt.j + 2:role.i]):
                    # "Corinne Abernathy, Nexalyn's co-founder and CEO,": her role at the body named
                    nxt, apposed = role, role.i
                if nxt is not None and nxt.kind == "desc" and nxt.i == apposed and \
                        toks[m.j + 1].text == "," and \
                        not (nxt.j + 1 < len(toks) and toks[nxt.j + 1].low in self.lex.cue_forms):
                    # (not "In a letter obtained by Bay Area Business, the board said": the
                    # description is the next clause's subject)
                    self._describe(nxt.text, m.text, at)
                elif nxt is not None and nxt.kind == "desc" and _who_is(toks, m.j + 1, nxt.i):
                    self._describe(nxt.text, m.text, at)  # "Ana Roth, who has been mayor since 2019,"
                elif self.text[end:end + 2] == ", " and (nxt is None or nxt.i > m.j + 2) and \
                        (apposed_role := _APPOSED_ROLE.match(self.text, end, end + 90)) is not None and \
                        self._role_phrase(apposed_role.group(1)):
                    # "Mariam Al Falasi, Dubai Municipality's director-general, told a briefing" in a
                    # line read for names only: the role its lower-case words give her
                    self._describe(apposed_role.group(1), m.text, at)
            elif m.kind == "name" and m.media:
                self.types[m.text] = "media"
                if len(m.text.split()) > 1:
                    if m.text in self.media_names:
                        self.media_names.remove(m.text)
                    self.media_names.append(m.text)
            elif m.kind == "desc" and m.text.casefold() in KIN_NOUNS and \
                    (m.owner or toks[m.i].low in OWNER_PRONOUN) and \
                    idx + 1 < len(mentions) and mentions[idx + 1].i == m.j + 2 and \
                    toks[m.j + 1].text == "," and \
                    mentions[idx + 1].kind == "name" and not mentions[idx + 1].org and \
                    " " not in mentions[idx + 1].text:
                # "Pike's wife, Diane,": Diane Pike, when the article gave Pike in full; "His
                # daughter, Sarah,": Sarah Walsh after Ken Walsh (the latest person "his" fits)
                at = toks[mentions[idx + 1].i].start + shift
                owner = m.owner or self._latest_fitting(OWNER_PRONOUN[toks[m.i].low], at, None)
                if owner:
                    self._learn_kin(mentions[idx + 1].text, owner, at)
            elif m.kind == "desc" and m.text.split()[-1] in COMPANY_NOUNS and not m.owner and \
                    idx + 1 < len(mentions) and mentions[idx + 1].i == m.j + 2 and \
                    toks[m.j + 1].text == "," and mentions[idx + 1].kind == "name" and \
                    not mentions[idx + 1].org and " " in mentions[idx + 1].text and \
                    mentions[idx + 1].text.split()[0] not in KNOWN_FIRST_NAMES and not title_case:
                # "The operator, Metroline West Midlands, said": the firm the noun says it is
                self._add_org(mentions[idx + 1].text, toks[mentions[idx + 1].i].start + shift)
            elif m.kind == "desc" and idx + 1 < len(mentions) and mentions[idx + 1].i == m.j + 2 and \
                    toks[m.j + 1].text == "," and mentions[idx + 1].kind == "name" and \
                    not mentions[idx + 1].org and self._is_person_name(mentions[idx + 1].text):
                # apposition the other way round: "their coach, Sofia Marant," makes her the coach
                self._describe(m.text, mentions[idx + 1].text, toks[m.i].start + shift)
            elif m.kind == "desc" and not m.owner and not title_case and toks[m.i].low in ("a", "an") and \
                    m.j > m.i + 1 and not (idx + 1 < len(mentions) and mentions[idx + 1].i == m.j + 2 and
                                           toks[m.j + 1].text == ","):
                # "A senior Hamas official told Al Jazeera ..." then "the official said": the
                # unnamed source is who "the official" means from here on, not an official named before
                self._describe(m.text, f"{toks[m.i].low} {m.text}", toks[m.i].start + shift)
            elif m.kind == "name" and m.org and m.text.split(" ", 1)[0] in self.lex.titles and \
                    (holder := _office_holder(toks, mentions, idx)) is not None:
                # "the Governor of the Central Bank, Dr Kwabena Asante-Mensah,": an office and its
                # holder, so "the Governor said" is the person (the bank is a body of its own)
                self._describe(m.text.split(" ", 1)[0].casefold(), holder.text, toks[m.i].start + shift)
            elif m.kind == "name" and m.org and len(m.text.split()) > 1 and \
                    (known if not title_case else self.lex.outlet(m.text)) is None:
                name = self._org_name(m.text)
                at = toks[m.i].start + shift
                name_words = name.split()
                self._describe(name_words[-1], name, at)
                for word in name_words[:-1]:
                    if word in self.lex.org_words:  # "the institute" for "National Institute for ..."
                        self._describe(word, name, at)
                self._add_org(name, at)
                end = toks[m.j].end + shift
                if self.text[end:end + 2] == " (":
                    # "the National Electoral Institute (INE)" (read from the text: a names-only
                    # stretch holds no tokens after the name)
                    close = self.text.find(")", end + 2, end + 10)
                    short = self.text[end + 2:close] if close > 0 else ""
                    if 1 < len(short) <= 6 and short.isalpha() and short[0].isupper() and \
                            sum(c.isupper() for c in short) >= 2:
                        self.acronyms[short] = name  # (and "Transport for London (TfL)")
            elif m.kind == "mdesc":
                if by_start is None:
                    by_start = {x.i: x for x in mentions}
                after = by_start.get(m.j + 1)
                before = mentions[idx - 1] if idx > 0 else None
                if after is not None and after.kind == "name" and self.lex.outlet(after.text):
                    self.media_desc[m.text] = self.lex.outlet(after.text).name  # type: ignore[union-attr]
                elif before is not None and before.j == m.i - 1 and self.lex.outlet(before.text):
                    self.media_desc[m.text] = self.lex.outlet(before.text).name  # type: ignore[union-attr]

    def _programme(self, toks: list[Token], mentions: list[Mention], idx: int) -> bool:
        """Whether mention `idx` is an outlet's programme: "on Citizen TV's Newsnight"."""
        m = mentions[idx]
        if idx == 0 or m.i < 2 or toks[m.i - 1].low not in ("'s", "\u2019s"):
            return False
        outlet = mentions[idx - 1]
        return outlet.j == m.i - 2 and outlet.i > 0 and toks[outlet.i - 1].low in _ON_AN_OUTLET and \
            (outlet.media or self.lex.outlet(outlet.text) is not None)

    def kin_name(self, first: str, owner: str) -> str | None:
        """The full name of `owner`'s relative given by first name only ("Pike's wife, Diane"),
        when the article gave someone of that surname in full."""
        surname = owner.split()[-1]
        if first in self.lex.titles or not any(p.parts[-1] == surname and len(p.parts) > 1
                                               for p in self.people.values()):
            return None
        return f"{first} {surname}"

    def _learn_kin(self, first: str, owner: str, at: int) -> None:
        full = self.kin_name(first, owner)
        if full is not None:
            self._add_person(full, at, kin=True)

    def _add_org(self, name: str, at: int) -> None:
        """One more mention of the body `name` at offset `at`; a firm's name of several words can
        be met again by its first word ("Veltrax" for "Veltrax Semiconductor")."""
        if name.endswith(" Staff") and " " in name[:-6]:
            name = name[:-6]  # "by WGXA News Staff": a byline's outlet ("told WGXA" is WGXA News)
        if name.rsplit(" ", 1)[-1] in _BYLINE_ROLES:
            return  # "By Cass Delahunt, News Editor": the writer's job, no body ("the studio" is not it)
        self.types[name] = "organization"
        self.org_positions.append(at)
        self.org_names.append(name)
        words = name.split()
        if len(words) > 1 and _PUBLIC_BODY_WORDS.isdisjoint(words):
            self.firms_by_first[words[0]] = name

    def _add_person(self, name: str, at: int, kin: bool = False) -> None:
        """One more mention of the person `name` at offset `at` (their first makes them known)."""
        p = self.people.get(name)
        if p is None:
            p = self.people[name] = _Person(name, at, parts=tuple(name.split()), kin=kin)
            self.types[name] = "person"
            if len(p.parts) >= 2 and not kin:
                # "President Márcio Duarte" and later "President Márcio Teixeira Duarte": the
                # same first and last names, one with a middle name, are one person (the fuller)
                for q in self.people.values():
                    if q is not p and not q.kin and q.parts[0] == p.parts[0] and \
                            q.parts[-1] == p.parts[-1] and abs(len(q.parts) - len(p.parts)) == 1 and \
                            min(len(q.parts), len(p.parts)) == 2:
                        short, full = (q, p) if len(q.parts) < len(p.parts) else (p, q)
                        self.fuller[short.name] = full.name
        if p.count < 3 and name not in self.sexes and p.parts[0] not in MALE and p.parts[0] not in FEMALE:
            sex = _sex_from_next_sentence(self.text, at)
            if sex is not None:
                self.sexes[name] = sex
        p.count += 1
        self.person_positions.append(at)
        self.person_names.append(name)

    def ambiguous(self, description: str) -> bool:
        """Whether more than one person was described with the head of `description`."""
        words = norm_key(description).split()
        return bool(words) and len(self.descriptions.get(words[-1], ())) > 1

    def described_as(self, name: str, description: str) -> bool:
        """Whether the article described `name` with the head of `description` ("the senator")."""
        words = [w for w in norm_key(description).split() if w not in _GENERIC_DESC_SKIP]
        return bool(words) and name in self.descriptions.get(words[-1], ())

    def titled_otherwise(self, name: str, description: str) -> bool:
        """Whether the article gave `name` a role other than the head of `description`
        ("Independent TD Siobhan Kiely" is never "the Taoiseach" nobody was named as)."""
        last = description.split()[-1] if description.strip() else ""
        if not last[:1].isupper() or last not in self.lex.titles:
            # only a capitalised office: "the Vermont Democrat" is a party, and "the 71-year-old
            # leader" may well be the president named before
            return False
        head = last.casefold()
        for key, names in self.descriptions.items():
            if key != head and (key in _ROLE_KEYS or key in _MEMBER_KEYS) and name in names:
                return True
        return False

    def given_other_role(self, name: str, head: str) -> bool:
        """Whether `head` names a member of the public ("the witness", "the caller") whom the article
        never tied to `name`: the one named in the paragraph is no witness unless called one."""
        if head in LAY_HEADS:
            return not any(name in names and key.rsplit(" ", 1)[-1] == head
                           for key, names in self.descriptions.items())
        if head in _PARTY_HEADS:
            # "the accused" is the defendant the article named, never its defence lawyer
            for key, names in self.descriptions.items():
                last = key.rsplit(" ", 1)[-1]
                if name in names and last != head and last not in GENERIC_ROLE_HEADS and \
                        is_role(last, self.lex.role_nouns):
                    return True
        return False

    def _fits_last_person(self, head: str, pos: int) -> bool:
        """Whether the person named last before `pos` may be "the <head>": someone was named, and
        the article gave them no other role (a generic head, "leader", "chief", fits anyone)."""
        k = bisect_left(self.person_positions, pos)
        if not k:
            return False
        name = self.person_names[k - 1]
        if head in GENERIC_ROLE_HEADS:
            return True
        for key, names in self.descriptions.items():
            last = key.rsplit(" ", 1)[-1]
            if name in names and last != head and is_role(last, self.lex.role_nouns):
                return False
        return True

    def fits_description(self, name: str, description: str) -> bool:
        """Whether `name` may be who a description means, by the sex its noun says ("the widow")."""
        words = description.split()
        sex = _KIN_SEX.get(words[-1].casefold()) if words else None
        return sex is None or self.fits(name, sex)

    def fits(self, name: str, pronoun: str) -> bool:
        """Whether `he`/`she` can refer to `name`: false only when the first name or a kinship
        word the article used for them ("Her father, Martin Whitcombe") says otherwise."""
        first = name.split()[0] if name else ""
        if pronoun == "he":
            return first not in FEMALE and self.sexes.get(name) != "she"
        if pronoun == "she":
            return first not in MALE and self.sexes.get(name) != "he"
        return True

    def _surely(self, name: str, pronoun: str) -> bool:
        """Whether the article or the first name says `name` is a "he" (or a "she"), not merely
        that nothing says otherwise."""
        first = name.split()[0] if name else ""
        if pronoun == "he":
            return first in MALE or self.sexes.get(name) == "he"
        return first in FEMALE or self.sexes.get(name) == "she"

    def _latest_fitting(self, pronoun: str, pos: int, preferred: str | None) -> str | None:
        """`preferred` if the pronoun fits it, else the latest person named before `pos` who fits."""
        if preferred is not None and self.fits(preferred, pronoun):
            return preferred
        k = bisect_left(self.person_positions, pos)
        for x in range(k - 1, max(-1, k - 40), -1):
            if self.fits(self.person_names[x], pronoun):
                return self.person_names[x]
        return preferred

    def unnamed_kin(self, owner_word: str, kin: str, pronoun: str, pos: int, floor: int) -> str | None:
        """"his daughter" at `pos`, when `pronoun` ("she") fits a daughter: "Richard Vance's
        daughter" (the person "his" stands for there); None when the sexes do not fit. The owner
        is the person of that sex the text named last since `floor` (the paragraph's start), by
        full name or surname, possessives too ("Vance's wife wept. ... his daughter"), else the
        last named before."""
        owner_pron = OWNER_PRONOUN.get(owner_word)
        if owner_pron not in ("he", "she") or _KIN_SEX.get(kin) != pronoun:
            return None
        best, at = None, -1
        for person in self.people.values():
            if person.kin or len(person.parts) < 2 or not self.fits(person.name, owner_pron):
                continue
            x = self.text.rfind(person.parts[-1], floor, pos)
            if x > at:
                best, at = person.name, x
        if best is None:
            k = bisect_left(self.person_positions, pos)
            best = self._latest_fitting(owner_pron, pos, self.person_names[k - 1] if k else None)
        return f"{best}'s {kin}" if best is not None else None

    def org_near(self, pos: int, reach: int) -> Entity | None:
        """The organisation named last before offset `pos`, when it is within `reach` characters."""
        k = bisect_left(self.org_positions, pos)
        if k and pos - self.org_positions[k - 1] < reach:
            return Entity(name=self.org_names[k - 1], type="organization")
        return None

    def firm_by_first_word(self, word: str) -> str | None:
        """The firm named before whose name opens with `word` ("Veltrax" for "Veltrax
        Semiconductor"), when no person the article named goes by it."""
        name = self.firms_by_first.get(word)
        if name is None or word in KNOWN_FIRST_NAMES or word in self.people or not word.isalpha() or \
                any(word == p.parts[-1] for p in self.people.values()):
            return None  # (a surname: "Stellar Ridgeback models" is no one called Stellar)
        return name

    def _body_by_noun(self, noun: str, pos: int) -> str | None:
        """The body the article last called "the X `noun`" before `pos` ("the OPEC+ group of oil
        producing countries", "the Adani group"): read from the text, as a lone capitalised word
        in a quote-free line is never tokenised."""
        found = [x for x in _NAME_THEN_NOUN.finditer(self.text, max(0, pos - 3000), pos)
                 if x.group(2) == noun]
        while found:
            name = found.pop().group(1)
            key = norm_key(name)
            if key not in DEMONYMS and key not in self.lex.places and name not in self.people:
                return name
        return None

    def _board_owner(self, head: str, pos: int) -> str | None:
        """Whose `head` ("board") the article named before `pos`: "The board of Lumenlight",
        "Lumenlight's board"."""
        found = [x for x in _BOARD_OF.finditer(self.text, max(0, pos - 3000), pos) if x.group(1) == head]
        if found:
            return found[-1].group(2)
        found = [x for x in _BOARD_OWNED.finditer(self.text, max(0, pos - 3000), pos) if x.group(2) == head]
        return found[-1].group(1) if found else None

    def _one_of(self, pos: int) -> str:
        """"Two officials described the plan. One, who ..., said": one official (the group the
        text counted last, within about a paragraph)."""
        named = _ONE_OF.match(self.text, pos)
        if named is not None:  # "One of the rescued swimmers, a student, said": as written
            group = named.group(1)
            if group in ("the people", "the sources"):
                # "one of the people said" after "according to people familiar with the matter":
                # the people the article described
                found = list(_DESCRIBED_SOURCES.finditer(self.text, max(0, pos - 1500), pos))
                described = found[-1] if found else None
                if described is not None and described.group(1) == group[4:]:
                    return f"one of the {described.group(0)}"
            return "one of " + group
        found = list(_COUNTED.finditer(self.text, max(0, pos - 600), pos))
        roles = self.lex.role_nouns
        for x in reversed(found):
            plural = x.group(1).casefold()
            if group_plural(plural, roles):
                one = plural[:-1] if plural[:-1] in roles else plural[:-2] if plural[:-2] in roles else ""
                return f"one {one}" if one else f"one of the {plural}"
        return "one"

    def _last_two_people(self, pos: int) -> tuple[str, str] | None:
        """The last two people named before `pos`, in the order named (surnames read in full)."""
        seen: list[str] = []
        for x in range(bisect_left(self.person_positions, pos) - 1, -1, -1):
            name = self.person_names[x]
            if " " not in name:
                name = next((p.name for p in self.people.values()
                             if len(p.parts) > 1 and name in (p.parts[0], p.parts[-1])), name)
            if name not in seen:
                seen.append(name)
                if len(seen) == 2:
                    return seen[1], seen[0]
        return None

    def _agency_since(self, floor: int, pos: int) -> str | None:
        """The body named last between `floor` and `pos` whose name says it is a public agency
        ("Centre", "Agency", "Authority", "Office", ...): "the agency" it is, when no outlet came after."""
        k = bisect_left(self.org_positions, pos)
        while k and self.org_positions[k - 1] > floor and pos - self.org_positions[k - 1] < 1500:
            name = self.org_names[k - 1]
            if self.types.get(name) != "media" and not _AGENCY_WORDS.isdisjoint(name.split()):
                return name
            k -= 1
        return None

    def main_org(self, pos: int) -> Entity | None:
        """The body named most often before `pos` (the first on a tie): the firm a story is about,
        which "a company spokeswoman" speaks for, whoever was named since."""
        counts: dict[str, int] = {}
        best = None
        k = bisect_left(self.org_positions, pos)
        for name in self.org_names[max(0, k - _ORG_WINDOW):k]:  # bounded: linear in a long text
            if not _PUBLIC_BODY_WORDS.isdisjoint(name.split()) or self.types.get(name) == "media":
                continue  # "the State Department" is no company
            counts[name] = counts.get(name, 0) + 1
            if best is None or counts[name] > counts[best]:
                best = name
        return Entity(name=best, type="organization") if best is not None else None

    def org_named(self, words: list[str], pos: int) -> Entity | None:
        """The body named before `pos` whose name holds `words` in a row: "an Orvane spokesman"
        speaks for the Orvane Pharmaceuticals the article named in full."""
        n = len(words)
        k = bisect_left(self.org_positions, pos)
        for x in range(k - 1, max(-1, k - 1 - _ORG_WINDOW), -1):
            parts = self.org_names[x].split()
            if len(parts) > n and any(parts[y:y + n] == words for y in range(len(parts) - n + 1)):
                return Entity(name=self.org_names[x], type="organization")
        return None

    def learn_role_sentence(self, start: int, end: int) -> None:
        """`Gethin Rowlands holds the door open. The former miner, who is 68, ...`: a role the next
        sentence opens on, then a comma, describes the person the sentence before opened on.

        Why: features bring a person in and go on by role ("the former miner says"); the line
        holding both is read for names only, so the role is found here, by its shape."""
        text = self.text
        at = text.find(". The ", start, end)
        while at > 0:
            role = _ROLE_SENTENCE.match(text, at + 2, end)
            if role is not None and (is_role(role.group(2), self.lex.role_nouns) or role.group(1)):
                sent = max(text.rfind(". ", start, at) + 2, start)
                k = bisect_left(self.person_positions, sent)
                if k < len(self.person_positions) and self.person_positions[k] <= sent + 3 and \
                        " " in (name := self.person_names[k]):
                    self._describe(role.group(0)[4:-1], name, at + 2)
                    if role.group(1):
                        self.ages.setdefault(name, int(role.group(1)))  # "The 27-year-old mechanic,"
            at = text.find(". The ", at + 2, end)
        if text.find(" itself ", start, end) < 0 and text.find(" known as ", start, end) < 0:
            return  # (nearly every line: the pattern below is no cheap test)
        for named in _CALLING_ITSELF.finditer(text, start, end):
            # "a group calling itself Hollow Ember listed ...", then "the group wrote": the body
            # the text named so, a body whatever its name's shape
            name, head = named.group(2), named.group(1).casefold()
            self.types[name] = "organization"
            self.people.pop(name, None)
            self._add_org(name, named.start(2))
            self._describe(head, name, named.start(2))

    def _office_holder(self, office: str, pos: int) -> str | None:
        """Who holds an office the article never ties to a name, by how a lead names its subject.

        `Chancellor hits back ...` over `Helen Marchbank has accused ...`: the office the headline
        gives bare is the person the lead opens on. `The Tanaiste has insisted ...` over `Speaking on
        RTE, Ciaran Mulcahy said`: a lead that opens on the office is the next paragraph's first
        person, named in full with no role of their own. Why: British and Irish papers call a
        minister by office alone ("the Chancellor said"), and no apposition ever links the two.
        """
        if office in self.office_holders:
            return self.office_holders[office]
        holder = None
        lines = _first_lines(self.text, 6)
        lead = next((x for x in range(1, len(lines)) if lines[x][1] - lines[x][0] >= 40 and
                     self.text[lines[x][1] - 1] in _LINE_ENDS), 0)
        if lead and pos >= lines[lead][0]:
            start, end = lines[lead]
            head = self.text[lines[0][0]:lines[0][1]]
            bare = regex.search(rf"(?<![\w-])(\w+ )?{regex.escape(office)}(?![\w-])", head)
            if bare is not None and (bare.group(1) or "").strip().casefold() not in _OTHER_OFFICE:
                holder = self.person_opening(start, end)
            if holder is None and self.text.startswith(f"The {office} ", start) and lead + 1 < len(lines):
                holder = self.person_opening(*lines[lead + 1], reach=100)
        self.office_holders[office] = holder
        return holder

    def _club_before(self, pos: int) -> str | None:
        """The sports club the article names most before `pos` (the first on a tie): a club's
        statement in a sacking story is the club's the story is about, not the last opponent's."""
        if self.clubs is None:  # the article is scanned once, however often it says "the club"
            self.clubs = [(hit.start(1), hit.group(1)) for hit in _CLUB_NAME.finditer(self.text)
                          if norm_key(hit.group(1)) not in self.lex.places]  # never "Mexico City"
        counts: dict[str, int] = {}
        for _at, name in self.clubs[:bisect_left(self.clubs, (pos, ""))]:
            counts[name] = counts.get(name, 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else None

    def person_opening(self, start: int, end: int, reach: int = 0) -> str | None:
        """The person a line opens on (within `reach` characters), named in full for the first time
        and with no role of their own ("economist Ann Lee", "Ann Lee, the party's leader,")."""
        k = bisect_left(self.person_positions, start)
        while k < len(self.person_positions) and self.text[self.person_positions[k] - 3:
                                                          self.person_positions[k]] in ("'s ", "\u2019s "):
            k += 1  # "Speaking on RTE's Morning Ireland, ...": a programme, whatever it looks like
        if k >= len(self.person_positions) or self.person_positions[k] > min(end, start + reach):
            return None
        name, at = self.person_names[k], self.person_positions[k]
        if " " not in name or name in self.person_names[:k] or not self.text.startswith(name, at):
            return None
        before = self.text[start:at].split()
        if before and before[-1].isalpha() and before[-1].islower():
            return None
        if self.text.startswith((", the ", ", a ", ", an "), at + len(name)):
            return None
        return name

    def _spokes_body_since(self, head: str, pos: int) -> str | None:
        """`A spokesman for the owner, Aegean Crest Shipping, said ...`, then `"...," the spokesman
        said`: the body that unnamed spokesman speaks for, when no spokesman was named since."""
        floor = self._described_last(head, pos)
        found = list(_SPOKES_FOR.finditer(self.text, max(floor, 0, pos - 2000), pos))
        last = found[-1] if found else None
        if last is None or last.group(1) != head:
            return None
        k = bisect_left(self.org_positions, last.end())
        if k < len(self.org_positions) and self.org_positions[k] - last.end() < 120 and \
                self.org_positions[k] < pos:
            return self.org_names[k]
        return None

    def aged(self, age: int, pos: int) -> tuple[str | None, frozenset[str]]:
        """The person named before `pos` whom the article gave this age, and those it gave another:
        "the 82-year-old widow" is never "Colleen Fairbrother-Ness, 56,"."""
        k = bisect_left(self.person_positions, pos)
        holder = None
        for x in range(k):
            if self.ages.get(self.person_names[x]) == age:
                holder = self.person_names[x]
        others = frozenset(n for n, a in self.ages.items() if a != age)
        return holder, others

    def person_before(self, pos: int) -> Entity | None:
        """The person named last before offset `pos`, if any."""
        k = bisect_left(self.person_positions, pos)
        return Entity(name=self.person_names[k - 1], type="person") if k else None

    def outlet_by_tail(self, word: str) -> str | None:
        """The outlet named earlier that `word` refers back to: "the Ledger" is the Lowmarsh Ledger
        and "the agency" the last news agency named, when the article named one."""
        low = word.casefold()
        if low in self.lex.places:
            return None  # "Pakistan's prime minister" is no back-reference to "Associated Press of Pakistan"
        for name in reversed(self.media_names):
            if name.split()[-1].casefold() == low:
                return name
        return self.outlet_tails.get(low)  # (and one the lexicon knows: "the Toronto Star")

    def _role_phrase(self, phrase: str) -> bool:
        """Whether lower-case words end on a role ("director-general", "deputy head"): a person's."""
        last = phrase.rsplit(" ", 1)[-1]
        return last in self.lex.role_nouns or last.split("-", 1)[0] in self.lex.role_nouns

    def _describe(self, title: str, name: str, pos: int = -1) -> None:
        if title[:1].isupper():
            inits = self.initials_of.get(title)
            if inits is None:
                inits = self.initials_of[title] = _title_initials(title)
            for initials in inits:
                self.title_initials[initials] = name
        keys = self.desc_keys.get(title)
        if keys is None:
            keys = self.desc_keys[title] = _description_keys(title)
        if not keys:
            return
        sex = _KIN_SEX.get(keys[0].split()[-1])
        if sex is not None:
            self.sexes.setdefault(name, sex)
        # each key has its own list, so the order they are met in does not matter
        for key in keys:
            names = self.descriptions.setdefault(key, [])
            if name in names:
                names.remove(name)
            names.append(name)
            self.desc_seen.setdefault(key, []).append((pos, name))

    def _court_before(self, pos: int) -> str | None:
        """The last court, chamber or tribunal the text names before `pos`, as written
        ("the European Court of Human Rights", "Pre-Trial Chamber II")."""
        found = None
        for m in _COURT_NAME.finditer(self.text, max(0, pos - 4000), pos):
            name = m.group(0)
            for lead in ("the ", "The "):
                if name.startswith(lead):
                    name = name[len(lead):]
            if " " in name and name[:1].isupper():
                found = name
        return found

    def _acted_on(self, at: int) -> bool:
        """Whether the name at `at` follows a verb or a preposition that makes it an object ("sent
        Marco Quintela the wrong way", "struck Sven Lindqvist", "with Tom Hale"): on a sports page
        "the Spaniard" is who acts, not the keeper he beat."""
        before = self.text[max(0, at - 30, self.text.rfind("\n", 0, at) + 1):at].split()
        if len(before) > 1 and before[-1] in self.lex.role_nouns:
            before.pop()  # "standing up to owner Bradley Kessler": past his role
        word = before[-1] if before else ""
        return word.islower() and (word in _OBJECT_MARKERS or (word.endswith("ed") and len(word) > 4))

    def _described_last(self, head: str, pos: int) -> int:
        """Where the text last described someone it named with `head` before `pos`, or -1."""
        floor = -1
        for at, _name in self.desc_seen.get(head, ()):
            if floor < at < pos:
                floor = at
        return floor

    def _unnamed_since(self, head: str, pos: int) -> str | None:
        """`A senior Hamas official told Al Jazeera ...` in a line that quotes nobody (names-only
        reading never sees its lower-case words), then `"...," the official said`: that unnamed
        official, when the article described nobody else so since."""
        floor = self._described_last(head, pos)
        pattern = _INDEFINITE.get(head)
        if pattern is None:
            pattern = _INDEFINITE[head] = regex.compile(
                r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) "
                r"(?:(?!(?:that|which|who|the|to|of|and|with|was|is|for|from|said|told|in|on|at)\b)"
                r"[\w'\u2019+-]+ ){0,4}" + regex.escape(head) + r"\b")
        # (from the description seen last itself: "a parliamentary researcher" in a quoting line
        # is that description, and the phrase to give)
        found = list(pattern.finditer(self.text, max(floor, 0, pos - 2000), pos))
        if not found:
            return None
        phrase: str = found[-1].group()
        if head in ("person", "source") and (tail := _SOURCE_TAIL.match(self.text, found[-1].end())):
            phrase += tail.group()  # "one person familiar with the matter": who the person is
        return phrase[0].lower() + phrase[1:]

    def _is_person_name(self, name: str) -> bool:
        words = name.split()
        if len(words) < 2:
            return False  # the cheap test first: most names a paragraph gives are single words
        key = norm_key(name)
        if key in self.lex.places or key in self.lex.metonyms or key in DEMONYMS or name in self.teams:
            return False
        if len(words) > MAX_NAME_WORDS and sum(w[:1].isupper() for w in words) > MAX_NAME_WORDS:
            return False  # a longer capitalised run is a headline or a work's title, not a person
        if "of" in words or "the" in words:
            return False  # "the Well of the House", "Bank of the West": a place or a body
        if words[-1] in PLACE_HEADS or words[0] in _PLACE_OPENERS:
            return False  # "Cedar Street", "Kettle River", "West Java", "Mount Lewotobi"
        if words[-1] in _CREDIT_WORDS:
            return False  # "REUTERS/Kagiso Phetla/File Photo": a caption's credit, no one
        if words[-1] in _BYLINE_ROLES:
            return False  # "Scottish Political Editor" under a byline: a job, no one
        for w in words[1:]:
            low = w.casefold()
            if low[-1:] == "s" and low in self.lex.cue_forms and self.lex.cue_forms[low] != low:
                return False  # "Ashcombe Signals Openness": a headline's verb, in no one's name
        if all(len(w) <= 3 and w.isupper() for w in words):
            return False  # "6:42 PM GMT+2": a time stamp's initials, no one

        if "-" in name and any(_LOWER_AFTER_HYPHEN.search(w) for w in words):
            return False  # "Grade II-listed Northgate Baths", "UK-based Kestrel Holdings": a thing
        last = words[-1].casefold()
        if last.endswith("s") and (last[:-1] in DEMONYMS or last in DEMONYMS):
            return False  # "Irish Americans", "British Pakistanis": a people, never one person
        # a title word is no part of a person's name, but for a first name that is also one
        # ("Dean Whitcombe", as mentions reads it after a role noun)
        return self.lex.titles.isdisjoint(words[1:] if words[0] in GIVEN_NAME_TITLES else words)

    def surname_of_someone(self, word: str) -> bool:
        """Whether a lone word is the surname of a person the article named ("Jordan" after
        "Mia Jordan"): then it is her, not the country."""
        return " " not in word and any(p.parts[-1] == word for p in self.people.values())

    @staticmethod
    def _org_name(text: str) -> str:
        return text[4:] if text[:4] in ("The ", "the ") else text

    def _expand_acronym(self, acronym: str) -> str | None:
        """The organisation named in full earlier whose capitals spell `acronym`, latest first.

        Articles name a body in full once and by its initials after ("the International Monetary
        Fund ... the IMF said"); both are one speaker, and the full name is the one to report.
        """
        named = self.acronyms.get(acronym)
        if named is not None:
            return named  # "the National Electoral Institute (INE)": the article said so
        if acronym not in self.not_spelt_out:
            named = self._spelt_out(acronym)
            if named is not None:
                self.acronyms[acronym] = named
                return named
            self.not_spelt_out.add(acronym)  # (one search of the text per acronym)
        for name in reversed(self.org_names):
            initials = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
            if initials == acronym:
                return name
        return None

    def _spelt_out(self, acronym: str) -> str | None:
        """`Transport for London (TfL)` in a stretch read for names only (whose runs never take a
        "for"): the capitalised words before the bracket whose initials spell the acronym."""
        at = self.text.find(f" ({acronym})")
        if at < 0:
            return None
        words = self.text[max(0, at - 80):at].split()
        want = acronym.casefold()
        for n in range(2, min(len(words), 8) + 1):
            run = words[-n:]
            if not run[0][:1].isupper():
                continue
            if not all(w[:1].isupper() or w in ("of", "for", "and", "the", "de") for w in run):
                continue
            capitals = "".join(w[0] for w in run if w[:1].isupper()).casefold()
            if want in (capitals, "".join(w[0] for w in run).casefold()):  # ("TfL": the "for" too)
                return " ".join(run)
        return None

    # --- resolving ---------------------------------------------------------------------------------
    def _portfolio_half(self, pos: int, text: str) -> tuple[str | None, EntityType] | None:
        """`text` at `pos` as the second half of a portfolio, or None when it is not one: it names
        nobody, and after "the Ministry of Ports and" it ends the ministry's name ("the Ministry of
        Ports and Airports said")."""
        if pos < 4 or self.text[pos - 4:pos] != "and ":
            return None
        portfolio = _PORTFOLIO_BEFORE.search(self.text, max(0, pos - 40), pos)
        if portfolio is None:
            return None
        if portfolio.group("head").casefold() in ("ministry", "department"):
            return self.text[portfolio.start("head"):pos + len(text)], "organization"
        return None, "unknown"

    def resolve(self, m: Mention, pos: int) -> Entity | None:
        name, etype = self._resolve_name(m, pos)
        if name is None:
            return None
        if name in self.fuller and etype == "person":
            name = self.fuller[name]
        surface = m.text if m.kind != "pron" else ""
        if surface and surface != name:
            forms = self.surfaces.setdefault(name, [])
            if surface not in forms:
                forms.append(surface)
        return Entity(name=name, type=etype)

    def outlet_form(self, name: str) -> str:
        """One name per outlet per article, in the article's own words: the shortest form that
        holds the lexicon's name ("KCNA" beside "Korean Central News Agency (KCNA)", "NBC News"
        when the article never writes plain "NBC"), else the first form it used ("PTI", where the
        lexicon says "Press Trust of India"; "Dalmar News Agency" before "DNA")."""
        known = self.lex.outlet(name)
        if known is None:
            return name
        forms = self.outlet_forms.get(known.name)
        if not forms:
            return known.name
        pat = f" {norm_key(known.name)} "
        best = None
        for f in forms:
            words = norm_key(f).replace("(", " ").replace(")", " ")
            if pat in f" {words} " and (best is None or len(f) < len(best)):
                best = f
        return best if best is not None else forms[0]

    def note_outlet(self, name: str, at: int) -> None:
        """An outlet the chain reader found by its shape ("told The Herald", "told NTV Uganda"), not
        by the lexicon: "the paper" and "the station" after it mean it, as for a known one."""
        k = bisect_left(self.outlet_positions, at)
        if k < len(self.outlet_positions) and self.outlet_positions[k] == at:
            return
        self.outlet_positions.insert(k, at)
        self.outlet_seq.insert(k, name)
        self._tail(name)

    def _tail(self, name: str) -> None:
        if " " in name:  # "the Star" for "the Toronto Star": the last one named wins
            self.outlet_tails[name.rsplit(" ", 1)[1].casefold()] = name

    def entity(self, name: str, etype: EntityType) -> Entity:
        return Entity(name=name, type=etype, aliases=tuple(self.surfaces.get(name, ())))

    def note_speaker(self, e: Entity) -> None:
        if e.type == "person":
            self.last_person = e.name
        elif e.type in ("organization", "government", "media"):
            self.last_group = e.name

    def _resolve_name(self, m: Mention, pos: int) -> tuple[str | None, EntityType]:
        lex = self.lex
        if m.kind == "pron":
            if m.text in ("he", "she", "i"):
                if self.last_person:
                    return self._latest_fitting(m.text, pos, self.last_person), "person"
                # last person named before pos: bisect, so many pronouns in a long article stay linear
                k = bisect_left(self.person_positions, pos)
                if not k:
                    return None, "unknown"
                return self._latest_fitting(m.text, pos, self.person_names[k - 1]), "person"
            return (self.last_group, self.types.get(self.last_group or "", "unknown")) if self.last_group \
                else (None, "unknown")
        if m.kind == "mdesc":
            hit = self.media_desc.get(m.text)
            if hit is None and len(self.media_desc) == 1 and m.text.startswith("state"):
                hit = next(iter(self.media_desc.values()))
            if hit is None:
                # "according to the agency": the last outlet named before it whose name ends so
                # (never the Emirates News Agency a later paragraph brings in)
                tail = m.text.split()[-1].casefold()
                for x in range(bisect_left(self.outlet_positions, pos) - 1, -1, -1):
                    seq = self.outlet_seq[x]
                    known = self.lex.outlet(seq) if tail == "agency" else None
                    if seq.rsplit(" ", 1)[-1].casefold() == tail or (
                            known is not None and known.type == "agency"):
                        hit = seq
                        break
            if hit is None:
                hit = self.outlet_by_tail(m.text.split()[-1])
            if hit is None and m.text.startswith("the "):
                k = bisect_left(self.outlet_positions, pos)
                if k:  # "According to Radio Okapi, ... The station quoted": the outlet named last
                    hit = self.outlet_seq[k - 1]
                body = self._agency_since(self.outlet_positions[k - 1] if k else -1, pos) \
                    if m.text == "the agency" else None
                if body is not None:
                    # "The National Cyber Security Centre (NCSC-FI) published an advisory. The agency
                    # said": a government agency named since the last outlet, not a news agency
                    return body, "organization"
            return (hit, "media") if hit else (f"{m.owner} {m.text}" if m.owner else m.text, "media")
        if m.kind == "desc" and m.owner:
            owner, _t = self._resolve_name(Mention(m.i, m.i, "name", m.owner), pos)
            return f"{owner or m.owner}'s {m.text}", "organization"
        if m.kind == "desc" and m.text in OWNED_BODIES and \
                (pron := OWNER_PRONOUN.get(self.text[pos:pos + 4].rstrip().casefold())) in ("he", "she"):
            # "her office said in a statement": the office of the person "her" stands for
            k = bisect_left(self.person_positions, pos)
            latest = self.last_person or (self.person_names[k - 1] if k else None)
            owner = self._latest_fitting(pron, pos, latest)
            if owner is not None:
                return f"{owner}'s {m.text}", "organization"
        if m.kind == "desc" and m.text == "one":
            return self._one_of(pos), "person"
        if m.kind == "desc" and m.text in ("former", "latter"):
            pair = self._last_two_people(pos)
            if pair is not None:  # "the former spoke of ..., while the latter said"
                return pair[0] if m.text == "former" else pair[1], "person"
        if m.kind == "desc" and self.title_initials and m.text.isupper() and \
                (holder := self.title_initials.get(m.text)) is not None:
            return holder, "person"  # "the CS told KBC": who the article titled Cabinet Secretary
        if m.kind == "desc":
            words: list[str] = []
            for w in norm_key(m.text).split():
                if w not in _GENERIC_DESC_SKIP:
                    words.append(w)
            words = _chief_executive(words)
            if words and words[-1] in SPOKES_HEADS and self.text.startswith(("the ", "The "), pos):
                body = self._spokes_body_since(words[-1], pos)
                if body is not None:
                    return body, "organization"
            if words and words[-1] in _UNNAMED_HEADS and self.text.startswith(("the ", "The "), pos):
                source = self._unnamed_since(words[-1], pos)
                if source is not None:
                    return source, "person"  # someone, if unnamed: never "the person named last"
            for key in (" ".join(words), words[-1] if words else ""):
                names = self.descriptions.get(key)
                if names:
                    met = self.desc_seen.get(key, ())
                    before = [n for at, n in met if at < pos]
                    if not before and met and min(at for at, _n in met) - pos > _CATAPHORA_REACH and \
                            self._fits_last_person(words[-1], pos):
                        # "the 58-year-old centre-right leader said" in the second paragraph is the
                        # prime minister the lead named, not the other party's leader the article
                        # describes so ten paragraphs later (but a lead's "A coroner has said" is
                        # the coroner it names later, and "his manager" no striker named before)
                        continue
                    if not before and all(n[:2] == "a " or n[:3] == "an " for n in names) and \
                            met and min(at for at, _n in met) > pos:
                        # "The judge ... She wrote" before "A second judge on the panel, X,": an
                        # unnamed one brought in later is someone new, never who "the judge" was
                        continue
                    if before and len(names) > 1:
                        # only who was so described before this point: "the minister" is not the
                        # Prime Minister the article names three paragraphs later
                        names = before
                    # "'...,' the Minister added": the minister who was speaking, when they fit,
                    # unless an unnamed one ("a senior official") was brought in since
                    if not before and self.text[max(0, pos - 3):pos] in ("'s ", "\u2019s "):
                        # "Hungary's prime minister vowed ..." is not the Italian prime minister the
                        # article names later: an owned role looks back only
                        continue
                    latest = before[-1] if before else names[-1]
                    unnamed = latest[:2] == "a " or latest[:3] == "an "
                    name = self.last_person if self.last_person in names and not unnamed else latest
                    if not unnamed and not before:
                        name = self.last_person if self.last_person in names else names[-1]
                    return name, self.types.get(name, "unknown")
            if (len(words) == 1 and (m.text in DEMONYM_NOUNS or words[0] in DEMONYMS)) or (
                    len(words) == 2 and words[0] in DEMONYMS and words[1] in _VARIATION_ROLES):
                # "the Briton", "the Croatian said", "the Portuguese coach shrugged": the person
                # named last before it (a sports page's variation; offices such as "the French
                # president" are left alone: they are someone of their own)
                k = bisect_left(self.person_positions, pos)
                for x in range(k - 1, max(-1, k - 4), -1):
                    if not self._acted_on(self.person_positions[x]):
                        return self.person_names[x], "person"
                if k:
                    return self.person_names[k - 1], "person"
            if len(words) == 1 and words[0] in _LOCAL_GOVERNMENTS:
                # "The county later said" after "Kisumu County has confirmed": that county (a name
                # the lexicon cannot know), before any body whose name holds the word
                named: str | None = None
                for place_body in _PLACE_BODY.finditer(self.text, max(0, pos - 8000), pos):
                    if place_body.group(2).casefold() == words[0]:
                        named = place_body.group(1)
                if named is not None:
                    return named, "government"
            if words and words[-1] in _BENCH_WORDS and self.text.startswith(("the ", "The "), pos) and \
                    (court := self._court_before(pos)) is not None:
                # "the judges wrote", "the chamber found": the court the article named last
                return court, "organization"
            if len(words) == 1 and words[0] in _WATCHDOGS:
                # "Ofwat said Medway Water had ...", then "the regulator said": the body that spoke
                # last, not the company it spoke about (a one-word body may have been read as a
                # surname: "Ofwat said")
                lone = self.last_person
                if lone and " " not in lone and lone not in KNOWN_FIRST_NAMES and not any(
                        len(p.parts) > 1 and lone in p.parts for p in self.people.values()):
                    return lone, "organization"
                if self.last_group and self.types.get(self.last_group) != "media":
                    return self.last_group, self.types.get(self.last_group, "organization")
            if words and words[-1] in ORG_ROLES and self.last_group and \
                    set(words) <= set(norm_key(self.last_group).split()):
                # (never "the defence ministry" after "Tarland's foreign ministry": another one)
                # "The ministry added" after "the Kenyan interior ministry said": that ministry
                return self.last_group, self.types.get(self.last_group, "organization")
            if words and len(words[-1]) > 3:
                k = bisect_left(self.org_positions, pos)
                for x in range(k - 1, max(-1, k - 6), -1):
                    # "the division wrote" after "The Florida Division of Emergency Management
                    # said": the body named lately whose name holds the noun
                    holds = norm_key(self.org_names[x]).split()
                    if words[-1] in holds or (words[-1] == "force" and not _POLICE_WORDS.isdisjoint(holds)):
                        # ("the force said" after "Dubai Police reminded motorists": that police)
                        return self.org_names[x], "organization"
            if len(words) == 1 and words[0] in _CLUB_NOUNS and (club := self._club_before(pos)) is not None:
                return club, "organization"  # "the club said" in a story about Hull City
            if words and words[-1] in COMPANY_NOUNS:
                if len(words) == 1 and (body := self._body_by_noun(words[0], pos)) is not None:
                    return body, "organization"  # "the group said" after "the OPEC+ group of ..."
                k = bisect_left(self.org_positions, pos)
                while k and (norm_key(self.org_names[k - 1]) in self.lex.places or
                             self.types.get(self.org_names[k - 1]) == "government" or
                             not _PUBLIC_BODY_WORDS.isdisjoint(self.org_names[k - 1].split()) or
                             _EMPLOYS_ANALYST.match(self.text, self.org_positions[k - 1] +
                                                    len(self.org_names[k - 1])) is not None):
                    # (never "the United States" it sold in, nor the ministry it filed with, nor
                    # "Stanwick Partners analyst Wen-Li Chao"'s firm: where an analyst works)
                    k -= 1
                if k:  # "the airline said" after "Skyline Air grounded ...": that airline
                    return self.org_names[k - 1], "organization"
            if len(words) == 1 and words[0] in _BOARDS:
                owner = self._board_owner(words[0], pos)
                if owner is not None:  # "the board said" after "The board of Lumenlight": its board
                    return f"{owner}'s {words[0]}", "organization"
            if len(words) <= 2 and m.text[:1].isupper() and (
                    self.text.startswith(("the ", "The "), pos) or
                    self.text[pos - 4:pos] in ("the ", "The ")):
                holder = self._office_holder(m.text, pos)
                if holder is not None:  # "the Chancellor said", the office of the lead's subject
                    return holder, "person"
                if m.text in self.lex.titles:
                    return f"the {m.text}", "unknown"  # "the Taoiseach": an office, held by nobody named
            return m.text, "organization" if words and words[-1] in ORG_ROLES else "unknown"
        text = m.text
        if text[-1:] == "." and text[-5:-1] in (".com", ".net", ".org"):
            text = text[:-1]  # "told Kompas.com.": the sentence's full stop is no part of the site
        outlet = lex.outlet(text)
        if outlet is not None:  # as the article writes it (see mentions._name)
            return text, "media"
        key = norm_key(text)
        if key[:4] == "the ":
            key = key[4:]
            text = text[4:]
        if (key in lex.metonyms or key in lex.places) and not self.surname_of_someone(text):
            return text, "government"
        if key in DEMONYMS:
            return None, "unknown"  # "the Philippine coast guard": an adjective, nobody to speak
        if m.media or self.types.get(text) == "media":
            # "The Business Times": the mention kept a capital "The" as part of the title
            return (m.text if m.media and m.text[:4] == "The " else text), "media"
        if (text.isupper() or sum(c.isupper() for c in text) >= 2) and 1 < len(text) <= 6 and \
                text.isalpha():
            full = self._expand_acronym(text)
            if full is not None:  # "the IMF said" after "the International Monetary Fund"
                return full, "organization"
        if self.title_initials and (holder := self.title_initials.get(text.replace(" ", ""))) is not None \
                and text.replace(" ", "").isupper():
            return holder, "person"  # "the IGP said": who the article titled Inspector-General of Police
        if m.org:
            return self._org_name(m.text), "organization"
        if self.types.get(text) == "organization" and text not in self.people:
            return text, "organization"  # a name the text called a firm ("The operator, X,")
        if " " in text and text.split(" ", 1)[0].casefold() in _SURNAME_PARTICLES:
            words = text.split()
            for p in self.people.values():
                if len(p.parts) > len(words) and p.parts[-len(words):] == tuple(words):
                    return p.name, "person"  # "Dr Al Suwaidi" after "Dr Hamad Al Suwaidi"
        words = text.split()
        if len(words) >= 2 and words[0] not in KNOWN_FIRST_NAMES:
            longer = [p for p in self.people.values()
                      if len(p.parts) > len(words) and p.parts[-len(words):] == tuple(words)]
            if len(longer) > 1:  # ("Runner Ferrer Ballester" from a headline is no first name)
                longer = [p for p in longer if p.parts[0] in KNOWN_FIRST_NAMES]
            if len(longer) == 1:
                # "Ferrer Ballester wrote" after "Lucía Ferrer Ballester": a double surname alone
                # is the one person the article named with it (a first name would be someone else)
                return longer[0].name, "person"
        if text in self.people:
            return text, "person"
        if text in self.known_as:
            return self.known_as[text], "person"
        words = text.split()
        if len(words) == 1:
            best: _Person | None = None
            best_unsure = False
            # "Mrs Reddish" is the mother, not the son the article named Reddish too
            sex = _TITLE_SEX.get(self.text[pos:pos + 6].split(" ", 1)[0]) if pos >= 0 else None
            last = self.people.get(self.last_person) if self.last_person else None
            if sex is not None and last is not None and not self._surely(last.name, sex) and any(
                    text in (p.parts[0], p.parts[-1]) and self._surely(p.name, sex)
                    for p in self.people.values()):
                last = None  # "Ms. Otieno" after Fredrick Otieno spoke: Beatrice Otieno, named before
            if last is not None and len(last.parts) > 1 and text in (last.parts[0], last.parts[-1]) and (
                    not last.kin or text == last.parts[0]) and (sex is None or self.fits(last.name, sex)):
                # `"...," Kim added` right after Kim Yo Jong spoke: the Kim who is speaking, not
                # the family's best-known member
                return last.name, "person"
            for p in self.people.values():
                unsure = sex is not None and not self._surely(p.name, sex)
                if text in (p.parts[0], p.parts[-1]) and (
                        best is None or (unsure, p.kin, -p.count, p.first) <
                        (best_unsure, best.kin, -best.count, best.first)) and (
                        sex is None or self.fits(p.name, sex)):
                    best_unsure = unsure
                    best = p
            if best is None:
                # "Herrera" for "Guadalupe Herrera Soto": Spanish and Portuguese names keep the
                # father's surname in the middle, and it is the one used alone
                for p in self.people.values():
                    if len(p.parts) >= 3 and text in p.parts[1:-1] and (best is None or p.count > best.count):
                        best = p
            if best is not None:
                return best.name, "person"
            firm = self.firm_by_first_word(text)
            if firm is not None:
                return firm, "organization"  # "Veltrax declined": Veltrax Semiconductor
            for parts in self.headline_names:
                if text in parts[1:]:  # a headline's "Ravi Mendel Sign ..." names "Mendel" in full
                    return " ".join(parts[:parts.index(text) + 1]), "person"
            if not m.title and (half := self._portfolio_half(pos, text)) is not None:
                return half  # "the Minister of Ports and Airports"
            # a lone capitalised word speaking is a surname ("Okonjo said"); an acronym is a body
            return text, "organization" if text.isupper() and len(text) > 1 else "person"
        # a longer form of a known name ("Kim Jong Un" inside "Kim Jong Un Meet") is that name
        for p in self.people.values():
            if len(p.parts) < len(words) and p.parts in (tuple(words[:len(p.parts)]),
                                                         tuple(words[-len(p.parts):])):
                return p.name, "person"
        if words[-1] in PLACE_HEADS:
            return None, "unknown"  # "Back on Mill Street, ...": a place, nobody to speak
        if "-" in text and any(_LOWER_AFTER_HYPHEN.search(w) for w in words):
            return text, "unknown"  # "Grade II-listed Northgate Baths": a thing, described
        if not m.title and (half := self._portfolio_half(pos, text)) is not None:
            return half  # "the Minister of Information and National Orientation"
        return text, "person"
