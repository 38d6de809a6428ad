"""`extract`: article text in, attributed quotes out. Wires the small rule modules together.

Order matters: every quote span is found first, then the article's entities are learnt from all
paragraphs (so a name introduced anywhere can resolve a surname), then quotes are attributed in
reading order (so a pronoun resolves to the speaker before it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping

import msgspec
import regex

from service.attribution.chains import WEB_ENDINGS, camel_outlet, find_relays, is_media
from service.attribution.coref import (
    GENERIC_ROLE_HEADS,
    KIN_NOUNS,
    OWNED_BODIES,
    OWNER_PRONOUN,
    SPOKES_HEADS,
    Registry,
)
from service.attribution.first_names import KNOWN_FIRST_NAMES
from service.attribution.frames import (
    ISSUED_NOUNS,
    SOURCE_HEADS,
    Frame,
    Sentence,
    attribute,
    characterised_by,
)
from service.attribution.furniture import blank_bracketed_ages, blank_page
from service.attribution.lexicon import (
    ADVERBS,
    DEMONYM_NOUNS,
    DEMONYMS,
    NAMING_WORDS,
    ORG_ROLES,
    OUTLET_NAME_HEADS,
    RELAY_VERBS,
    SENTENCE_OPENERS,
    STOP_CAPS,
    Lexicon,
    default_lexicon,
    is_role,
    norm_key,
    titled_outlet,
    wordset,
)
from service.attribution.marks import Span, find_spans
from service.attribution.mentions import STATION_BRAND, Mention, NameCache, find_mentions
from service.attribution.nested import inner_quotes
from service.attribution.segment import (
    Token,
    _words,
    name_segments,
    name_tokens,
    name_windows,
    paragraphs,
    sentences,
    tokens,
)
from service.attribution.titles import title_words
from service.attribution.types import ArticleMeta, ChainLink, Entity, Quote, QuoteKind

_WINDOW = 60
_TERMINAL = frozenset(".!?:;\"'\u201d\u2019)\u2026\u00bb\u203a\u300d\u300f")
_ARTICLES = frozenset({"the", "a", "an"})
# a mention after these is the paragraph's setting ("In the Old Quay district, ..."), not its subject
# a name after one of these is where or whose, never who acts: "on the outskirts of Goma, Ana Diaz
# said", "In Carrow, ..."
_SETTING_PREPS = frozenset({"in", "at", "from", "near", "outside", "inside", "across", "into", "of",
                            "towards", "toward", "through", "around", "beyond"})
# (German „…" and »…«, single guillemets, corner brackets: the marks find_spans reads)
_CLOSERS = "\"'\u201d\u2019\u00bb\u201c\u00ab\u203a\u300d\u300f"
_OPENERS = "\"'\u201c\u2018\u00ab\u201e\u00bb\u2039\u300c\u300e"


class _Para(msgspec.Struct):
    start: int
    end: int
    spans: list[int]
    toks: list[Token]
    mentions: list[Mention]
    sents: list[tuple[int, int]]  # token index ranges
    headline: bool
    title_case: bool
    starts: list[int]  # first token index of each mention, for bisecting
    prev_free: tuple[int, int] | None
    """The line just before, when it quotes nobody: it may introduce this paragraph's speaker."""
    quotes: list[int]
    """Index of every quote token, ascending (tokenising records them)."""
    opener: str
    """A lone capitalised word opening the paragraph ("Novak, the Croatian ..."), when its first
    sentence was not tokenised; names-only reading skips one-word runs."""
    related: bool = False
    """Another story's headline ("Also read: ..."): its quotes take nothing from the lines around."""


class _Found(msgspec.Struct):
    span: Span
    speaker: Entity | None
    cue: str | None
    confidence: float
    relays: list[tuple[Entity, str]]
    kind: QuoteKind
    para: int
    sent: int


def extract(text: str, meta: ArticleMeta | None = None, lexicon: Lexicon | None = None) -> list[Quote]:
    """Every direct quote in `text`, attributed. Never raises on odd input; spans index `text`."""
    original = text
    text, related = blank_page(text)  # adverts, subheadings, related stories' labels: blank
    text = blank_bracketed_ages(text)  # "Budha (27)"
    spans = find_spans(text)
    if not spans:
        return []
    lex = lexicon or default_lexicon()
    reg = Registry(lex, text=text)
    names: NameCache = {}  # this article's name verdicts, shared by every stage that finds mentions
    paras = _paragraphs(text, spans, lex, reg, names, related)
    if reg.media_names:
        _outlet_back_references(paras, reg)
    found = _attribute_all(text, spans, paras, reg, names)
    found = _share_groups(found)
    _lead_voice(found, paras, text, reg)
    _lead_role(found, paras, text, reg)
    _role_named_next(found, paras, text, reg)
    _cold_open(found, paras, text, reg)
    _interview_answers(found, paras, text, reg)
    _headlines_from_body(found, text)
    _subheads_from_section(found, text)
    outlet = meta.outlet if meta is not None and meta.outlet else None
    # the story's own outlet carries every quote in it: never a relay of its own story
    own = {norm_key(outlet)} if outlet else set()
    if outlet and (known := lex.outlet(outlet)) is not None:
        own.add(norm_key(known.name))
    if (filed_by := dateline_outlet(text, lex)) is not None:
        own.add(norm_key(filed_by))
        outlet = outlet or filed_by
    heading = _heading_key(text)
    out: list[Quote] = []
    # the registry is complete by now, so an entity's output form (its aliases) is fixed: each is
    # built once per article, and the publisher's link (the same for every quote) once too.
    # Frozen structs, so sharing them between quotes changes nothing a reader can see.
    entities: dict[tuple[str, str], Entity] = {}
    publisher = ChainLink(role="publisher", entity=Entity(name=outlet, type="media")) if outlet else None
    for f in found:
        if f.confidence < 0.2:
            continue
        chain: list[ChainLink] = []
        speaker: Entity | None = None
        if f.speaker:
            who = (f.speaker.name, f.speaker.type)
            speaker = entities.get(who)
            if speaker is None:
                speaker = entities[who] = reg.entity(f.speaker.name, f.speaker.type)
            chain.append(ChainLink(role="speaker", entity=speaker, cue=f.cue))
        for ent, cue in f.relays:
            if heading and norm_key(ent.name).removeprefix("the ") == heading:
                continue  # "THE THUNDER" heading the page, "told The Thunder" in it: the page itself
            if not own or not (_is_own(_outlet_key(ent.name, lex), own) or _is_own(norm_key(ent.name), own)):
                # ("told the Mirror" in the Lusaka Mirror: the surface, whatever paper the lexicon
                # knows by that name)
                rkey = (reg.outlet_form(ent.name), ent.type)
                relay = entities.get(rkey)
                if relay is None:
                    relay = entities[rkey] = reg.entity(rkey[0], ent.type)
                chain.append(ChainLink(role="relay", entity=relay, cue=cue))
        if publisher is not None:
            chain.append(publisher)
        conf = 1.0 if f.confidence > 1.0 else f.confidence  # min(), without the call
        out.append(Quote(text=original[f.span.start:f.span.end], start=f.span.start, end=f.span.end,
                         kind=f.kind, speaker=speaker, cue=f.cue, confidence=round(conf, 3),
                         chain=tuple(chain)))
        if speaker is not None and speaker.type == "person" and f.span.end - f.span.start > 20:
            out.extend(_remembered(text, original, f.span.start, f.span.end, out[-1], reg))
    return out


def _remembered(text: str, original: str, start: int, end: int, outer: Quote, reg: Registry) -> list[Quote]:
    """The quotes inside `outer` that its speaker remembers someone saying ("My father used to
    say, '...'"): each reaches the article through the outer speaker, who is its first relay
    (unless the speaker remembers their own words: "I said to him, '...'")."""
    found = inner_quotes(text, start, end)
    if not found or outer.speaker is None:
        return []
    teller = outer.speaker
    rest = outer.chain[1:]  # the outer quote's relays and publisher
    relay = ChainLink(role="relay", entity=teller, cue=outer.cue)
    out: list[Quote] = []
    for inner in found:
        who: Entity | None
        if inner.who == "self":
            who, chain = teller, outer.chain
        else:
            if inner.who == "kin":
                who = Entity(name=f"{teller.name}'s {inner.detail}", type="person")
            elif inner.who == "described":
                who = Entity(name=inner.detail, type="unknown")
            elif inner.who == "name":
                who = reg.resolve(Mention(0, 0, "name", inner.detail), inner.start)
            else:
                who = None
            head = (ChainLink(role="speaker", entity=who, cue=None),) if who is not None else ()
            chain = (*head, relay, *rest)
        out.append(Quote(text=original[inner.start:inner.end], start=inner.start, end=inner.end,
                         kind=outer.kind, speaker=who, cue=None, confidence=round(outer.confidence * 0.8, 3),
                         chain=chain))
    return out


def _heading_key(text: str) -> str:
    """The page's first line when it is short enough to be a site's name ("THE THUNDER", "Daily
    Record"), as a key: an outlet the story names in the same words is the page's own, whatever
    the masthead reader made of it."""
    head = text.lstrip()
    head = head[:head.find("\n")] if "\n" in head else head
    head = head.strip()
    if not head or len(head) > 40 or head[-1] in _TERMINAL or head.count(" ") > 4:
        return ""
    return norm_key(head).removeprefix("the ")


def _is_own(key: str, own: set[str]) -> bool:
    """The story's own outlet, in any form: "WKRB 13" for a story filed by "(WKRB)" too, "the
    Crime Desk" in a story of the "Metro Crime Desk" (two words or more, ending its name), and
    "the Sentinel" in one of "The Sentinel"."""
    if key in own or (" " in key and key.split(" ", 1)[0] in own and (
            key.rsplit(" ", 1)[-1].isdigit() or all(w.title() in _EDITIONS for w in key.split()[1:]))):
        return True  # ("NusaTV English" in a story filed as "NusaTV": the site's own edition)
    if len(key) >= 3 and any(o.startswith(key + " ") and any(c.isdigit() for c in o[:len(key) + 3])
                             for o in own):
        return True  # "told FOX 13" on the page of "FOX 13 Tampa Bay": the station without its market
    # ("the Sentinel" in a story of "The Sentinel": the article's "the" is no part of the name;
    # "told the Courier" in the Outback Courier's own story: a paper calls itself by its head noun)
    if any(o.endswith(" " + key) and (" " in key or o == "the " + key or key.title() in OUTLET_NAME_HEADS)
           for o in own):
        return True
    if any(" " in o and o.split(" ", 1)[0] == key and
           all(w.title() in _EDITIONS or w.upper() in _EDITIONS for w in o.split()[1:]) for o in own):
        return True  # "contacted by ANTARA" on a page headed "ANTARA News": the brand without its edition
    bare = key.removeprefix("the ")
    if bare.title() in OUTLET_NAME_HEADS and any(o.endswith(" " + bare) or o == bare for o in own):
        return True  # "seen by the Herald" in the Sydney Morning Herald, "told the Mirror" in "Mirror"
    # ("told The Blaze" in The Daily Blaze's own story: a paper drops its "Daily" naming itself)
    for o in own:
        o = o.removeprefix("the ")
        if o.endswith(" " + bare) and _PAPER_WORDS.issuperset(o[:-len(bare) - 1].split()):
            return True
    return False


_PAPER_WORDS = frozenset({"daily", "sunday", "evening", "morning", "weekly"})


def _outlet_key(name: str, lex: Lexicon) -> str:
    """One key per outlet whatever form the article wrote ("PTI", "Press Trust of India")."""
    known = lex.outlet(name)
    return norm_key(known.name if known is not None else name)


def _paragraphs(text: str, spans: list[Span], lex: Lexicon, reg: Registry,
                names: NameCache | None = None, related: frozenset[int] = frozenset()) -> list[_Para]:
    """The paragraphs that hold a quote, tokenised; every paragraph's mentions taught to `reg`.

    A paragraph without a quote only teaches names, and it is taught stretch by stretch
    (`name_segments`): no mention reaches across a stretch's end, so an article that repeats a
    stretch ("Prime Minister Elena Marchetti") reuses its tokens and mentions instead of cutting
    and judging them again.
    """
    out: list[_Para] = []
    si = 0
    if names is None:
        names = {}
    seen: dict[tuple[str, bool], tuple[list[Token], list[Mention], int]] = {}
    n_spans = len(spans)
    lines = paragraphs(text)
    quoted: list[list[int]] = []
    for ps, pe in lines:
        mine: list[int] = []
        while si < n_spans and spans[si].start < pe:
            if spans[si].start >= ps:
                mine.append(si)
            si += 1
        quoted.append(mine)
    # name runs are only looked up in paragraphs without a quote: scan each block of them in one
    # pass, and leave the quoting paragraphs (tokenised in full anyway) out of the scan
    windows: list[tuple[int, int]] = []
    li = 0
    while li < len(lines):
        if quoted[li]:
            li += 1
            continue
        lj = li
        while lj + 1 < len(lines) and not quoted[lj + 1]:
            lj += 1
        windows += name_windows(text, lines[li][0], lines[lj][1])
        li = lj + 1
    starts = [w[0] for w in windows]
    for line_no, ((ps, pe), mine) in enumerate(zip(lines, quoted, strict=True)):
        if not mine:
            w0 = bisect_left(starts, ps)
            w1 = bisect_left(starts, pe)
            if w0 == w1:
                continue  # no capitalised run: nothing to learn
            title_case = pe - ps <= 200 and not _ends_prose(text, pe) and _title_case(text, ps, pe)
            # a dateline ("SAN FRANCISCO - ") and a byline ("By Thabo Mokwena and Claire Jennings",
            # below a scraped page's masthead and section labels too) name nobody who speaks
            dateline = dateline_end(text, ps, pe) if line_no < 3 or (
                line_no < 8 and text.startswith("By ", ps)) else ps
            for lead, mend in name_segments(text, ps, pe, windows[w0:w1]):
                key = (text[lead:mend], title_case)
                hit = seen.get(key)
                if hit is None:
                    stoks: list[Token] = []
                    _words(text, lead, mend, stoks)
                    stoks.append(Token(mend, mend, "|", "|"))
                    hit = seen[key] = (stoks, find_mentions(stoks, lex, title_case, names), lead)
                learnt = hit[1]
                if dateline > lead:
                    shift = lead - hit[2]
                    learnt = [m for m in learnt if hit[0][m.i].start + shift >= dateline]
                reg.learn(hit[0], learnt, title_case, lead - hit[2])
            reg.learn_role_sentence(ps, pe)
            continue
        pspans: list[Span] = []
        for i in mine:  # one or two quotes: a loop costs less than a comprehension
            pspans.append(spans[i])
        sent_offsets = sentences(text, ps, pe, pspans)
        qtok: list[int] = []
        toks = _quote_tokens(text, sent_offsets, pspans, mine[0], qtok)
        # the length and last-character tests inline: most lines are prose and fail them at once
        title_case = pe - ps <= 200 and not _ends_prose(text, pe) and _title_case(text, ps, pe)
        mentions = find_mentions(toks, lex, title_case, names)
        dateline = dateline_end(text, ps, pe) if line_no < 3 else ps  # datelines open a story
        if dateline > ps:
            mentions = [m for m in mentions if toks[m.i].start >= dateline]
        # "Kenyan claims", "the Philippine coast guard": a demonym before a noun is an adjective
        # plain loops below, not comprehensions: a comprehension costs a function object and a
        # frame, more than it saves over a paragraph's handful of mentions
        kept: list[Mention] = []
        for m in mentions:
            if m.kind != "name" or m.org or not _adjectival(m, toks, lex.cue_forms):
                kept.append(m)
        mentions = kept
        reg.learn(toks, mentions, title_case)
        if len(sent_offsets) == 1:
            # one sentence (most quoting paragraphs): it holds every token, all of which start
            # before the paragraph ends
            sents: list[tuple[int, int]] = [(0, len(toks))]
        else:
            # token starts nearly always rise (overlapping name stretches are the exception), and
            # then each sentence's token range is a bisection rather than a walk over its tokens
            tstarts = [t.start for t in toks]
            rising = tstarts == sorted(tstarts)
            sents = []
            ti = 0
            nt = len(tstarts)
            for _ss, se in sent_offsets:
                a = ti
                if rising:
                    x = bisect_left(tstarts, se)
                    if x > ti:  # max(), without the call
                        ti = x
                else:
                    while ti < nt and tstarts[ti] < se:
                        ti += 1
                sents.append((a, ti))
        if sents and toks and ps < _DATELINE_REACH and text[ps:ps + 1].isupper() and \
                (dl := dateline_end(text, ps, pe)) > ps:
            # "PITTSBURGH (AP) — The president of ... hit back": the first sentence's subject comes
            # after its dateline (read as a name, the place spoke); datelines open a story, so
            # only its first lines are asked
            a0 = 0
            while a0 < sents[0][1] and toks[a0].start < dl:
                a0 += 1
            if a0 < sents[0][1]:
                sents[0] = (a0, sents[0][1])
        # a title ends without a full stop, though it may end on a quote mark: ... is 'only option'
        stripped = text[ps:pe].rstrip().rstrip(_CLOSERS)
        headline = bool(stripped) and len(toks) < 30 and (stripped[-1] not in _TERMINAL or (
            # `Senator, secretary clash: "Where did it go?"`: the first line may end on the quote's
            # own question mark, when words come before the quote
            line_no == 0 and stripped[-1] in "?!" and len(stripped) < len(text[ps:pe].rstrip()) and
            text[ps:pe].lstrip()[:1] not in _OPENERS))
        prev_free = lines[line_no - 1] if line_no > 0 and (not quoted[line_no - 1] or all(
            title_words(text[spans[x].start:spans[x].end]) >= 2 or
            (text.count(" ", spans[x].start, spans[x].end) <= 2 and
             spans[x].start - lines[line_no - 1][0] > 20) for x in quoted[line_no - 1])) else None
        # (a line that quotes only a title, `Speaking on CNBC's "Squawk Box," Sato said ...`, or a
        # term, `an idea biologists call the "acoustic niche" hypothesis`, quotes nobody at length:
        # it introduces like a quote-free one)
        mstarts: list[int] = []
        for m in mentions:
            mstarts.append(m.i)
        opener = ""
        if toks and toks[0].start > ps + 1 and (om := _OPENER.match(text, ps, pe)) is not None:
            opener = om.group(1)  # the first sentence was read for names only: keep its first word
        out.append(_Para(ps, pe, mine, toks, mentions, sents, headline, title_case, mstarts, prev_free, qtok,
                         opener, ps in related))
    return out


# "SEOUL, March 14 (Reuters) - ", "BAYOU HEIGHTS, La. — ", "WASHINGTON/BEIJING (APB) -",
# "UNITED NATIONS, 14 May — ", "ISLAMABAD: ": a place in capitals, optional region and date (either
# order), optional agency in brackets, then a dash or a colon. It says where the
# story was filed, so nothing in it is a speaker, a relay or the paragraph's subject.
_DATELINE = regex.compile(
    r"[\p{Lu}][\p{Lu}\p{M} .'/-]{1,40}(?:, [\p{L}. ]{1,20})?"
    r"(?:, (?:\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9}))?"
    r"(?: \((?P<agency>[^)\n]{1,40})\))?(?:[ \u00a0]+[-\u2014\u2013]{1,2}|:)[ \u00a0]+"
    # "NEW DELHI, Jul 24 (PTI) The Lok Sabha ...": the Indian wires' dateline has no dash, and then
    # a date and a one-word agency are needed to tell it from "NATO (the alliance) said"
    r"|[\p{Lu}][\p{Lu}\p{M} .'/-]{1,40}, (?:\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9})"
    r" \((?P<agency>[\p{L}-]{2,12})\)[ \u00a0]+(?=\p{Lu})"
    # "ST. PETERSBURG, June 19. /TASS/. Uzbekistan ...": the Russian wires' own form
    r"|[\p{Lu}][\p{Lu}\p{M} .'-]{1,40}, (?:\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9})\. "
    r"/(?P<agency>[\p{L}-]{2,12})/\.?[ \u00a0]+"
    # "Oct 23 (Reuters) - ": a wire's dateline with no place (markets and company news)
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}{0,6}\.? \d{1,2}"
    r" \((?P<agency>[^)\n]{1,40})\)[ \u00a0]+[-\u2014\u2013]{1,2}[ \u00a0]+")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# "Nagpur, Mar 14 (PTI) Veteran pacer ...", "Pune (Maharashtra) [India], January 21 (ANI): ...": the
# Indian wires' own datelines, the place in Title Case; the agency must be one the lexicon knows
_TITLE_DATELINE = regex.compile(
    r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?: \([^)\n]{1,30}\))?(?: \[[^\]\n]{1,20}\])?, "
    r"(?:\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9})(?:, \d{4})? \((?P<agency>[\p{L}-]{2,12})\)"
    r"(?::|[ \u00a0]+[-\u2014\u2013]{1,2})?[ \u00a0]+(?=\p{Lu})")


# "Beijing (AFP) - China on Tuesday ...": a place in Title Case, an agency the lexicon knows, a dash
_PLACE_AGENCY = regex.compile(
    r"\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2} \((?P<agency>[\p{L}. ]{2,20})\)"
    r"[ \u00a0]+[-\u2014\u2013]{1,2}[ \u00a0]+")


# "Balikpapan, NusaTV – An Angkasa Nusa plane ...", "Jakarta, Kompas.com – ...": Indonesian sites
# open on the place and their own name; only a name shaped like an outlet's is taken (`_outlet_shaped`)
_PLACE_COMMA_AGENCY = regex.compile(
    r"\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}, (?P<agency>\p{Lu}[\p{L}.]{1,20}(?: \p{Lu}[\p{L}.]{0,12}){0,2})"
    r"[ \u00a0]+[-\u2014\u2013]{1,2}[ \u00a0]+(?=\p{Lu})")
_EDITIONS = frozenset({"English", "Online", "Digital", "Live", "International", "World", "Plus", "News",
                       "AU", "UK", "US", "NZ", "Asia", "Africa", "India"})
"""Words a site adds to its brand on its own pages ("NusaTV English", "Kompas Online")."""


def _outlet_shaped(name: str, lex: Lexicon) -> bool:
    """A name an outlet's own line may carry without the lexicon knowing it: a brand with an inner
    capital ("NusaTV"), a web address ("Kompas.com"), a TV or FM brand in capitals ("RCTV"), or a
    name ending like a paper's ("Borneo Post")."""
    words = name.split()
    first = words[0]
    return lex.outlet(name) is not None or camel_outlet(first) or name.endswith(WEB_ENDINGS) or (
        first[:-2].isupper() and first[-2:] in ("TV", "FM")) or (
        len(words) > 1 and words[-1] in OUTLET_NAME_HEADS)


def _adjectival(m: Mention, toks: list[Token], cues: Mapping[str, str]) -> bool:
    """"the Philippine coast guard": a demonym before a lower-case word qualifies it, unless that
    word is a speech verb ("the American posted on Instagram": the person)."""
    if m.kind != "name" or m.org or m.j + 1 >= len(toks):
        return False
    nxt = toks[m.j + 1]
    if m.text.endswith("-based") and nxt.word and nxt.text == nxt.low:
        return True  # "told the Qatar-based network": where it is, no one's name
    if m.text.casefold() not in DEMONYMS:
        return False
    return nxt.word and nxt.text == nxt.low and not (nxt.low in cues and nxt.low[-1:] in ("d", "s"))


def dateline_end(text: str, start: int, end: int) -> int:
    """Offset just after a dateline opening the paragraph at `start`, or `start` when there is none.

    A byline line ("By Lauren Pike", "By Ann Lee and Tom Hale, Reuters") counts as one whole: its
    writer reports the story and never speaks in it."""
    if text.startswith("By ", start) and end - start < 80 and text[end - 1] not in _TERMINAL and \
            text[start + 3:start + 4].isupper():
        return end
    if end - start < 8 or not text[start].isupper():
        return start
    if not (text[start + 1:start + 2].isupper() or text.startswith(_MONTHS, start)):
        t = _TITLE_DATELINE.match(text, start, end)
        return t.end() if t is not None else start
    m = _DATELINE.match(text, start, end)
    return m.end() if m else start


# agencies known by initials only in their own datelines, too ambiguous for the lexicon's aliases
# ("AA said" in a story is rarely the Anadolu Agency)
_DATELINE_ABBREVIATIONS = {"AA": "Anadolu"}


def dateline_outlet(text: str, lex: Lexicon) -> str | None:
    """The agency a dateline in the first lines names ("BUCHAREST, March 12 (Reuters) -"): the
    story's own publisher, so "told Reuters" in it is the reporter, no relay."""
    start = 0
    lines = 0
    masthead: str | None = None
    after_byline = False
    # the headline, a time stamp, a byline, the dateline; on a scraped page the site's name, its
    # section labels, a standfirst and a "6 min read" first (blank lines not counted)
    while lines < 8:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            lines += 1
            if lines <= 2 and masthead is None:
                masthead = _masthead(text[start:end], lex)
            elif after_byline and end - start <= 40 and \
                    (wire := lex.outlet(text[start:end].strip())) is not None:
                return wire.name  # "By Jordan Kessel" then "THE CANADIAN PRESS": the byline's outlet
            after_byline = text.startswith("By ", start)
        if end - start >= 8 and text[start].isupper() and (
                text[start + 1:start + 2].isupper() or text.startswith(_MONTHS, start)):
            m = _DATELINE.match(text, start, end)
            if m is not None:
                agency = m.group("agency")
                if agency:
                    agency = agency.split("/")[0].strip()
                    agency = _DATELINE_ABBREVIATIONS.get(agency, agency)
                    outlet = lex.outlet(agency)
                    # the bracket names the publisher even when the lexicon does not know it
                    # ("ASHFORD MILL, Ala. (WKRB) --", a local station)
                    return outlet.name if outlet is not None else agency
                # (no agency: a dateline, or a "LIVE UPDATES:" line; either way read on)
        elif end - start >= 8 and text[start].isupper() and \
                (t := _TITLE_DATELINE.match(text, start, end) or _PLACE_AGENCY.match(text, start, end)) \
                is not None and (known := lex.outlet(t.group("agency"))) is not None:
            return known.name
        elif end - start >= 8 and text[start].isupper() and \
                (t := _PLACE_COMMA_AGENCY.match(text, start, end)) is not None and \
                _outlet_shaped(agency := t.group("agency"), lex):
            return known.name if (known := lex.outlet(agency)) is not None else agency
        sep = text.rfind(", ", start, end)
        if sep < 0:
            sep = text.rfind(" | ", start, end) + 1  # "By Kevin Marsh | Harlow Springs Gazette"
        if 0 < sep - start <= 40 and end - sep <= 40 and text[start].isupper() and \
                text[end - 1] not in _TERMINAL:
            # a byline, "Jabulani Khumalo, News24" or "By Ann Lee, Reuters": the writer's outlet,
            # also before the writer's beat ("By DANA WHITLOCK, AP Film Critic")
            what = text[sep + 2:end].strip()
            outlet = lex.outlet(what)
            if outlet is None and text.startswith("By ", start):
                words = what.split()
                outlet = lex.outlet(words[0]) if len(words) > 1 else None
                if outlet is None and words and words[-1] in OUTLET_NAME_HEADS:
                    return what  # "Harlow Springs Gazette": a paper the lexicon need not know
            if outlet is not None:
                return outlet.name
        start = end + 1
        if start >= len(text):
            break
    # "This report by The Canadian Press was first published Nov. 12": a wire's closing line
    tail = text.rfind(" was first published", max(0, len(text) - 400))
    if tail >= 0:
        m = _FIRST_PUBLISHED.search(text, max(0, tail - 80), tail)
        if m is not None and (outlet := lex.outlet(m.group(1))) is not None:
            return outlet.name
    return masthead


def _masthead(line: str, lex: Lexicon) -> str | None:
    """The site's own name heading a scraped page ("Reuters", "THE CAPITAL LEDGER", "The Manila
    Courier | Nation"): the story's publisher, so "told the Capital Ledger" in it is no relay.

    Only a name the lexicon knows, or one shaped like a paper's in the way a masthead is written
    (in capitals, or after "The") and ending like one ("Ledger", "Tribune"): a headline is a
    sentence, and one that ends on such a word ("Champions Set New Record") is neither."""
    # ("The Munich Observer – English Edition"; "প্রতিদিনের বার্তা | Protidiner Barta": the site's
    # name in its own script, then in Latin letters)
    parts = line.split(" | ", 2)
    if len(parts) > 1 and not parts[0].strip().isascii() and _LATIN_NAME.fullmatch(parts[1].strip()):
        return parts[1].strip()
    name = parts[0].split(" \u2013 ", 1)[0].strip()
    if not name or len(name) > 40 or name[-1] in _TERMINAL:
        return None
    if any(ch.isdigit() for ch in name):
        # a station's brand: "13WMAZ", "9News", "7NEWS", "FRANCE 24", "FOX 13 Tampa Bay"
        return name if STATION_BRAND.fullmatch(name) is not None or \
            _NETWORK_MASTHEAD.fullmatch(name) is not None else None
    if len(words := name.split()) in (2, 3) and words[0] in _FOREIGN_ARTICLES and \
            all(w[:1].isupper() for w in words):
        return name  # "El Litoral", "Le Parisien", "Die Zeit": a paper's name after its article
    if (site := _CAPS_SITE.fullmatch(name)) is not None:
        return site.group(1)  # "KTVB.COM", "WRAL.com": a station's letters and its web address
    if _BRAND_MASTHEAD.fullmatch(name) is not None and name.upper() not in _SECTION_WORDS and \
            name.title() not in _EDITIONS and \
            norm_key(name) not in lex.places:  # (nor "BRAZIL | Corruption", a section line)
        return name  # "WGXA", "GADGETRY", "Phys.org", "ScienceDaily": a station's letters, a site's brand
    known = lex.outlet(name)
    if known is not None:
        return known.name
    words = name.split()
    if len(words) >= 2 and words[-1] in _EDITIONS and (known := lex.outlet(" ".join(words[:-1]))) is not None:
        return known.name  # "Al Arabiya English": a known outlet's own edition
    if 2 <= len(words) <= 3 and camel_outlet(words[0]) and all(w in _EDITIONS for w in words[1:]):
        return name  # "NusaTV English", "BreachWatch AU": a brand and its edition
    if 2 <= len(words) <= 3 and words[0].isupper() and words[0].isalpha() and len(words[0]) >= 3 and \
            all(w in _EDITIONS for w in words[1:]):
        return name  # "ANTARA News": a brand in capitals and its edition
    if 2 <= len(words) <= 4 and words[-1] in OUTLET_NAME_HEADS and all(w[:1].isupper() for w in words) and (
            norm_key(words[0]) in lex.places or (len(words) == 3 and words[1].casefold() in _PAPER_WORDS) or
            words[-1] in _PAPER_HEADS or camel_outlet(words[0])):
        # "Nepal Mirror", "Accra Daily Observer": a place's paper; "Tampa Bay Times", "GameFront
        # Daily": a name no headline ends on
        return name
    if len(words) == 1 and name in OUTLET_NAME_HEADS and name not in ("News", "TV", "Radio", "Daily", "One"):
        return name  # "Mirror" alone on a page's first line: the paper's short name
    if len(words) == 2 and words[0].isupper() and 2 <= len(words[0]) <= 3 and words[1] in OUTLET_NAME_HEADS:
        return name  # "NZ Herald", "SA Times": a country's initials and a paper's head noun
    if not 2 <= len(words) <= 5 or not (name.isupper() or words[0] in ("The", "THE")):
        return None
    if name.isupper():
        words = [w.capitalize() for w in words]
    if not all(w[0].isupper() for w in words):
        return None
    return " ".join(words) if titled_outlet(" ".join(words[1:] if words[0] == "The" else words)) else None


_DATELINE_REACH = 2500
"""How far into a text a paragraph may open on a dateline: past the mastheads and bylines above it."""
_CAPS_SITE = regex.compile(r"([A-Z][A-Z0-9]{1,7})\.(?:com|COM|org|ORG|net|NET|tv|TV)")
_NETWORK_MASTHEAD = regex.compile(r"[A-Z]{3,7} \d{1,2}(?: [A-Z][a-z]+){0,3}")  # "FOX 13 Tampa Bay"
_BRAND_MASTHEAD = regex.compile(r"[KW][A-Z]{3}|[A-Z]{5,12}|[A-Z][a-z]+\.(?:org|com|net|io)|"
                                r"[A-Z][a-z]{3,}[A-Z][a-z]{3,}")
_SECTION_WORDS = wordset("""
BREAKING EXCLUSIVE OPINION ANALYSIS UPDATED UPDATE WATCH VIDEO PHOTOS SPORT SPORTS WORLD NATIONAL POLITICS
BUSINESS HEALTH SCIENCE MONEY TECHNOLOGY ENTERTAINMENT CULTURE LOCAL WEATHER COMMENT EDITORIAL REVIEW
FEATURES MARKETS ECONOMY CRIME TRAVEL LIFESTYLE NEWS LATEST TRENDING ADVERTISEMENT SPONSORED""")
"""Section labels that stand alone in capitals on a page's first line, and are no site's name."""
_LATIN_NAME = regex.compile(r"\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+){0,3}")
_FOREIGN_ARTICLES = frozenset({"El", "La", "Le", "Il", "Lo", "Der", "Die", "Das", "Het", "De", "Los", "Las",
                               "Les"})
_PAPER_HEADS = frozenset({"Times", "Post", "Herald", "Tribune", "Gazette", "Courier", "Chronicle", "Ledger",
                          "Daily", "Observer", "Dispatch", "Inquirer", "Examiner", "Sentinel"})

_FIRST_PUBLISHED = regex.compile(r"(?:report|story|article) by (?:[Tt]he )?([^\n]{2,60})$")


def _outlet_back_references(paras: list[_Para], reg: Registry) -> None:
    """`told the Ledger` after `The Lowmarsh Ledger reported`: a lone word that ends an outlet's
    name the article gave is that outlet, so it relays like the full name would. Only paragraphs
    that quote someone are kept by then, and only their mentions are read again."""
    for p in paras:
        for m in p.mentions:
            if m.kind == "name" and not m.media and " " not in m.text:
                full = reg.outlet_by_tail(m.text)
                if full is not None:
                    m.text, m.media, m.org = full, True, True




def _ends_prose(text: str, end: int) -> bool:
    """A line ending on a stop, or on a quote closed after one: prose. A headline may end on the
    quote it gives ("... as Opposition Cries 'Fairy Tale'"), with no stop inside the mark."""
    last = text[end - 1]
    if last in _CLOSERS and end >= 2:
        return text[end - 2] in _TERMINAL or text[end - 2] == ","
    return last in _TERMINAL


def _title_case(text: str, start: int, end: int) -> bool:
    """A short line with most words capitalised: a Title Case headline, where capitals mark no name."""
    if end - start > 200 or _ends_prose(text, end):
        return False  # checked first: a line ending on a full stop is prose, and prose is most lines
    words = [w for w in text[start:end].split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    caps = 0
    for w in words:  # a loop, not sum() over a generator, which costs a generator object and frame
        if w[0].isupper():
            caps += 1
    return caps >= 0.75 * len(words)


def _quote_tokens(text: str, sents: list[tuple[int, int]], pspans: list[Span], first: int,
                  quotes: list[int]) -> list[Token]:
    """Every token of the sentences that hold a quote and of their neighbours; names only elsewhere.

    Word tokenising is the engine's dearest step, and attribution never looks further than the
    sentence after a quote (`"We will win." That was how Kim put it.`) or before it, so long
    paragraphs of reporting between quotes only need the names the registry learns from.
    `quotes` receives the index of every quote token, so attribution need not look for them.
    """
    if len(sents) == 1 and pspans and pspans[0].start >= sents[0][0] and pspans[-1].start < sents[0][1]:
        # one sentence holding every quote (most quoting paragraphs): what the walk below makes
        return tokens(text, sents[0][0], sents[0][1], pspans, first, quotes, 0)
    n = len(sents)
    keep = [False] * n
    si = 0
    for idx, (ss, se) in enumerate(sents):
        while si < len(pspans) and pspans[si].start < ss:
            si += 1
        if si < len(pspans) and pspans[si].start < se:
            for x in (idx - 1, idx, idx + 1):
                if 0 <= x < n:
                    keep[x] = True
    out: list[Token] = []
    span_starts: list[int] = []  # sorted, like the spans
    for sp in pspans:
        span_starts.append(sp.start)
    idx = 0
    while idx < n:
        ss = sents[idx][0]
        run = keep[idx]
        while idx < n and keep[idx] == run:
            idx += 1
        se = sents[idx - 1][1]
        if run:
            k0 = bisect_left(span_starts, ss)
            k1 = bisect_left(span_starts, se)
            out.extend(tokens(text, ss, se, pspans[k0:k1], first + k0, quotes, len(out)))
        else:
            out.extend(name_tokens(text, ss, se))
    return out


def _cap_word(t: Token) -> bool:
    return t.quote < 0 and t.text[:1].isupper() and t.text.isalpha()


def _naming(toks: list[Token], q: int, ends: dict[int, Mention], title_case: bool = False) -> bool:
    """A quote right after "the film", "dubbed", "known as": a title or a name, not speech.

    Unless someone does the calling: `which Lund called "a disgrace"` quotes Lund's verdict.
    """
    k = q - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1  # "his new book, 'Deep Rest',"
    if k >= 0 and toks[k].low in ("the", "a", "an"):
        k -= 1
    if k < 0:
        return False
    titled = title_words(toks[q].text)
    if titled and not title_case and q + 1 < len(toks) and _cap_word(toks[q - 1]) and \
            _cap_word(toks[q + 1]) and toks[q].text.count(" ") <= 1:
        return True  # 'community manager Jess "Pixel" Morrow': a nickname inside a name
    if titled and toks[k].low in _CALLING:
        return True  # "a feature Lumora calls 'Glance'", "call 'the Queen of Sad Thursdays'": a name
    if titled >= 3 and not title_case:
        return True  # "two novels, 'The Weight of Small Things' and ...": nobody talks in Title Case
    if titled >= 2 and (toks[k].low in _SHOW_BEFORE or toks[k].text in ("'s", "’s")):
        return True  # `told NBC's "Meet the Press"`, `on "This Week"`: a programme, not speech
    if titled and q + 1 < len(toks) and toks[q + 1].low in _MAKERS and toks[q + 1].text == toks[q + 1].low:
        return True  # "the 'Weathervane' singer", "the 'Harbor Lights' star": a work its maker is known by
    if characterised_by(toks, ends, q) is not None:
        return False
    if toks[k].low in NAMING_WORDS:
        if not titled and toks[q].text[:1].islower() and _FIRST_PERSON.search(toks[q].text):
            return False  # `says new album "cost me everything"`: lower-case words in the first person talk
        # "show", "play", "track", "label" are verbs too: "urged them to show 'a sense of state'"
        return toks[k].low not in _ALSO_VERBS or (k > 0 and toks[k - 1].low in _NOUN_MARKERS)
    if toks[k].low != "as":
        return False
    # "known as", "known to supporters as 'Mayor Marc'"
    return any(toks[x].low == "known" for x in range(k - 1, max(-1, k - 4), -1))


_MAKERS = frozenset({"star", "singer", "actor", "actress", "hitmaker", "author", "director", "rapper",
                     "creator", "showrunner", "writer", "songwriter", "hitmakers", "stars", "actors", "band",
                     "cast"})
_FIRST_PERSON = regex.compile(r"\b(?:I|me|my|we|us|our)\b")
_ALSO_VERBS = frozenset({"show", "play", "track", "label", "brand", "single", "term", "word", "program",
                         "programme", "operation", "release"})
_NOUN_MARKERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "new", "latest", "hit",
                           "debut", "first", "second", "last", "tv", "radio", "stage", "comedy", "reality",
                           "talk", "cooking", "quiz", "chat", "game"})


_CALLING = frozenset({"call", "calls", "called", "calling", "named", "names", "dubbed", "dubs", "dub",
                      "titled", "entitled", "branded", "brands", "nicknamed"})


_SHOW_BEFORE = frozenset({"on", "told", "to", "from", "in", "sang", "sing", "sings", "singing", "chanted",
                          "performed", "covered", "recorded", "read", "reading", "watched", "starred"})


def _kind(text: str, sp: Span, headline: bool) -> QuoteKind:
    if headline:
        return "headline"
    words = text[sp.start:sp.end].split(None, 3)  # the first word, and whether there are four
    first = words[0][:1] if words else ""
    if first.isupper() and (len(words) >= 4 or text[sp.end - 1:sp.end] in ".!?,"):
        return "full"
    return "partial"


def _attribute_all(text: str, spans: list[Span], paras: list[_Para], reg: Registry,
                   names: NameCache | None = None) -> list[_Found]:
    found: list[_Found] = []
    for pi, p in enumerate(paras):
        para_speaker: Entity | None = None
        para_relays: list[tuple[Entity, str]] = []
        para_sent = -10
        if not p.spans:
            continue  # most paragraphs quote nobody: they only taught the registry names
        introduced = _Introduced(p, reg, text, names, paras[pi - 1] if pi else None)  # read only if needed
        quotes = p.quotes
        ends: dict[int, Mention] = {}
        for m in p.mentions:  # a loop, not a comprehension: no function object per paragraph
            ends[m.j] = m
        for si, (a, b) in enumerate(p.sents):
            qtoks = quotes[bisect_left(quotes, a):bisect_left(quotes, b)]
            if not qtoks:
                continue
            for q in qtoks:
                sp = spans[p.toks[q].quote]
                if _naming(p.toks, q, ends, p.title_case):
                    continue
                # attribution lives near its quote: a bounded window keeps huge sentences linear
                lo, hi = q - _WINDOW, q + _WINDOW + 1  # clipped to the sentence below (min/max cost calls)
                sent = _window(p, lo if lo > a else a, hi if hi < b else b, reg)
                frame = attribute(sent, q)
                speaker, conf = _resolve(frame, p, reg, para_speaker, introduced)
                if speaker is not None and frame.subject is not None and frame.subject.kind == "desc" and \
                        frame.cue >= 0 and p.toks[frame.cue].low in ("told", "tells", "assured", "urged"):
                    speaker = _not_the_addressee(speaker, frame, sent, p, reg)
                if p.related and speaker is not None and frame.subject is not None and \
                        frame.subject.kind in ("desc", "pron") and \
                        reg.firm_by_first_word(frame.subject.text.split(" ", 1)[0]) is None:
                    # another story's "prosecutor" or "he" is no one this article named (its
                    # "Halvorsen CEO" may be: a firm the article named says whose)
                    speaker = Entity(name=frame.subject.text, type="unknown") \
                        if frame.subject.kind == "desc" else None
                if frame.rule == "colon" and speaker is not None and p.toks[0].text in _BULLETS and \
                        " " not in speaker.name and speaker.name not in reg.people and \
                        not reg.surname_of_someone(speaker.name):
                    # "More from Ashcombe, on..." then "• Inflation: '...'": a bullet's topic, not
                    # its speaker; the lines before say who
                    speaker, conf = None, 0.0
                cue = _cue_text(p.toks, frame)
                relays: list[tuple[Entity, str]] = []
                if speaker is not None:
                    relays = _relays(sent, frame, speaker, reg, p)
                    if not relays and frame.subject is not None and para_speaker is not None and \
                            para_speaker.name == speaker.name and si - para_sent <= 2 and \
                            (frame.subject.kind == "pron" or cue in _GOING_ON or si - para_sent <= 1):
                        # "he added" / "the ministry added" / the next sentence's "the Connecticut
                        # Democrat said" goes on with the words just relayed;
                        # matched by name, as "it" may resolve with a vaguer type
                        relays = list(para_relays)
                    if not relays and frame.subject is not None and si > 0 and \
                            frame.subject.kind in ("pron", "name", "desc"):
                        relays = _lead_in_relays(p, si, reg, speaker)
                    if not relays and frame.subject is not None and si == 0 and para_speaker is None and (
                            frame.subject.kind == "pron" or (frame.subject.kind in ("name", "desc") and
                                                             p.toks[0].quote >= 0)):
                        # (a name only when the paragraph opens on the quote: `"...," Sato said`)
                        # `Speaking on CNBC's "Squawk Box," Devin Sato said ...` / `"...," Sato said`
                        relays = _introducing_relays(text, p, reg, speaker, names)
                    if not relays and frame.subject is not None and para_speaker is None and \
                            frame.subject.kind in ("pron", "name", "desc") and found and \
                            found[-1].para == pi - 1 and not _to_an_audience(p.toks, frame.cue) and \
                            _FOR_THIS.search(text, p.start, sp.start) is None and not (
                                frame.subject.kind == "desc" and _indefinite(p.toks, frame.subject.i)) and \
                            found[-1].speaker is not None and found[-1].speaker.name == speaker.name and (
                                frame.subject.text in ("it", "they") or _reportedly(p.toks, a, b) or
                                any(c.startswith(_INTERVIEW_CUES) or
                                    (c in _BROADCAST_CUES and e.type == "media")
                                    for e, c in found[-1].relays)):
                        # a body's statement "carried by KCNA" goes on in the next paragraph's
                        # "it added", and so does what a person "told EFE" in their next "he said"
                        relays = list(found[-1].relays)
                    if not relays and found and _same_interview(p, a, b):
                        # "In the same interview, she described ...": the interview last relayed
                        relays = _relays_before(found, speaker, reg.lex)
                elif p.related:
                    words = text[sp.start:sp.end].split()
                    speaker, relays, cue = None, [], None
                    # (a title in a related headline, the podcast's "ROBBED", is no one's words either)
                    conf = 0.1 if len(words) <= 4 or all(w[:1].isupper() for w in words if w[:1].isalpha()) \
                        else 0.3
                    if len(text[p.start:sp.start].strip()) <= 1 and \
                            (speaker := _tagged_line(text, sp.end + 1, p.end, reg)) is not None:
                        conf = 0.8  # "'...' - BBC's Penhaligon"
                    elif (lead := _headline_lead(text, sp, p, q, reg)) is not None:
                        speaker, conf = lead  # "'...': EMA director Wesley Grant on the clean-up"
                else:
                    speaker, conf, relays, cue = _from_context(text, sp, p, si, para_speaker, para_relays,
                                                               found, reg, introduced)
                    if speaker is None and p.headline:
                        if _colon_headline(text, sp, p):
                            conf = max(conf, _HEADLINE_QUOTE)  # a quotation by its form, if nobody's yet
                        speaker, conf = _headline_lead(text, sp, p, q, reg) or (None, conf)
                if speaker is not None:
                    reg.note_speaker(speaker)
                    para_speaker, para_relays, para_sent = speaker, relays, si
                found.append(_Found(sp, speaker, cue, conf, relays, _kind(text, sp, p.headline), pi, si))
    return found


_AUDIENCES = frozenset({"reporters", "journalists", "the", "a", "supporters", "parliament", "lawmakers",
                        "mps", "delegates", "crowds", "students", "staff", "employees"})
_AUDIENCE_NOUNS = frozenset({"court", "jury", "judge", "press", "media", "crowd", "hearing", "tribunal",
                             "committee", "assembly", "house", "chamber", "rally", "conference"})


def _to_an_audience(toks: list[Token], cue: int) -> bool:
    """`he told reporters after the verdict`: words said to the room, not to the outlet the same
    speaker told something the paragraph before ("Delorme had told Le Parisien ...")."""
    if cue < 0 or cue + 1 >= len(toks) or toks[cue].low not in ("told", "tells", "telling"):
        return False
    nxt = toks[cue + 1].low
    if nxt not in _AUDIENCES:
        return False
    return nxt not in ("the", "a") or (cue + 2 < len(toks) and toks[cue + 2].low in _AUDIENCE_NOUNS)


_BULLETS = frozenset({"\u2022", "*", "-", "\u2013", "\u2014", "\u00b7", "\u25aa", "\u25cf"})

_FOR_THIS = regex.compile(
    r"\b(?:for|with|to) this (?:article|story|report|newspaper|paper|website|newsletter)\b")
"""`In an interview for this article, she said`: the publishing outlet's own words, never the relay
of the paragraph before."""
# "interview with NPR" may be years before the next line; "a statement carried by KCNA" goes on
_INTERVIEW_CUES = ("told", "tells", "telling", "carried", "speaking", "spoke", "talking", "read")
_BROADCAST_CUES = frozenset({"said on", "says on", "on", "interview with", "interview on"})
"""`X said on CBS's "Face the Nation" that ...` and then `"...," X said`: the programme goes on."""


def _reportedly(toks: list[Token], a: int, b: int) -> bool:
    """`"...," he reportedly added` after words "as reported by The Athletic": the same report."""
    return any(toks[x].low == "reportedly" for x in range(a, b))


_INTERVIEWS = frozenset({"interview", "conversation", "podcast", "episode", "programme", "program", "show"})


def _same_interview(p: _Para, a: int, b: int) -> bool:
    """A sentence that says it comes from the interview already named ("In the same interview",
    "On the podcast, she ...")."""
    toks = p.toks
    for x in range(a, min(b, a + 12) - 1):
        low = toks[x].low
        if (low in ("same", "that", "this") or (low == "the" and x > a and toks[x - 1].low in _ON_IN)) and \
                toks[x + 1].low in _INTERVIEWS:
            return True
    return False


_ON_IN = frozenset({"on", "in", "during"})
_THE_INTERVIEW = regex.compile(r"\b(?i:" + "|".join(sorted(_ON_IN)) + r") (?:the|that|this) (?:same )?"
                               r"(?:" + "|".join(sorted(_INTERVIEWS)) + r")\b")


_PAST_INTERVIEW = regex.compile(r"\b(?:[Ii]n|[Dd]uring) (?:a|an|her|his|their|that) (?:19|20)\d\d\b")


def _relays_before(found: list[_Found], speaker: Entity, lex: Lexicon) -> list[tuple[Entity, str]]:
    """The relays of the speaker's last relayed words, a few quotes back: the interview a line such
    as "On the podcast, she put it less formally." goes back to (never a post on X)."""
    for g in reversed(found[-8:]):
        if g.relays and g.speaker is not None and g.speaker.name == speaker.name and \
                ((known := lex.outlet(g.relays[0][0].name)) is None or known.type != "platform"):
            return list(g.relays)
    return []


def _intro_relays(text: str, p: _Para, reg: Registry, person: Entity, found: list[_Found],
                  named: bool = True) -> list[tuple[Entity, str]]:
    """`_introducing_relays` (when `named`), or the interview the introducing line refers back to."""
    got = _introducing_relays(text, p, reg, person) if named else []
    if not got and p.prev_free is not None and _THE_INTERVIEW.search(
            text, p.prev_free[0], min(p.prev_free[1], p.prev_free[0] + 200)) is not None:
        got = _relays_before(found, person, reg.lex)
    return got


# cues that continue the speaker's last words rather than open new ones
_GOING_ON = frozenset({"added", "adding", "continued", "went on", "stressed", "insisted"})


def _lead_in_relays(p: _Para, si: int, reg: Registry, speaker: Entity) -> list[tuple[Entity, str]]:
    """Relays a quote-free sentence just before names for the same speaker: `In an interview with
    Bloomberg Television, Zhou said the firm would cut prices. "...," he said.` or `Speaking on
    Radio Vesta, she defended the plan. "...," she said.` carry the outlet to the quotes after."""
    a, b = p.sents[si - 1]
    if b - a > 2 * _WINDOW or any(p.toks[k].quote >= 0 for k in range(a, b)):
        return []
    return _clause_relays(_window(p, a, b, reg), reg, speaker)


def _clause_relays(sent: Sentence, reg: Registry, speaker: Entity) -> list[tuple[Entity, str]]:
    """The outlets a quote-free sentence names for `speaker`, when `speaker` is who it is about."""
    toks, a, b = sent.toks, sent.a, sent.b
    # the speaker of the sentence's speech verb, or else (`..., Tom Reyes defended the plan`) its
    # first person-like mention that is no outlet
    # a relay verb's subject is the outlet ("..., state media KCNA reported"): the speaker is then
    # the sentence's first person, and the relay verb is where the chain is read from
    lemmas = [(c, sent.cue_lemma(c)) for c in range(a, b)]
    cues = [c for c, lemma in lemmas if lemma is not None and lemma not in RELAY_VERBS]
    relay_cues = [c for c, lemma in lemmas if lemma is not None and lemma in RELAY_VERBS]
    people = [m for m in sent.mentions if m.kind in ("name", "pron") and not m.media and not m.org and
              not (m.kind == "name" and is_media(sent, m))]  # ("Speaking to Sky Sports F1, Velden ...")
    if not people and not cues and not relay_cues:
        # "Speaking to RPP radio later, the minister softened his tone": a role is who it is about
        people = [m for m in sent.mentions if m.kind == "desc" and not m.owner and
                  toks[m.i].low in ("the", "this")][:1]
    for c in cues[:1] or ([relay_cues[0] if relay_cues else people[0].j] if people else []):
        subj = sent.subject_of(c)[0] if cues else people[0]
        if subj is None and people and people[0].i < c:
            subj = people[0]  # "In an interview with Fox News, he was asked whether ...": the one asked
        ent = reg.resolve(subj, toks[subj.i].start) if subj is not None else None
        opener = next((m for m in sent.mentions if m.i <= a + 1 and m.kind in ("name", "desc") and
                       not m.media and not m.org), None)
        if (ent is None or ent.name != speaker.name) and opener is not None and \
                (subj is None or opener.i < subj.i):
            # "Dr. Mohammed Siddiqui, Head of Medicine at Saranpur Medical College, told PTI" (the
            # body ends the apposition), "A doctor at Mokara's only hospital told the Aurora
            # Press": the sentence's opening person is who told
            first = reg.resolve(opener, toks[opener.i].start)
            if first is not None and (first.name == speaker.name or (
                    opener.kind == "desc" and speaker.name in (f"a {opener.text}", f"an {opener.text}"))):
                subj, ent = opener, speaker
        if (subj is None or ent is None or ent.name != speaker.name) and c >= 0:
            # "Speaking to state broadcaster VTV ..., Dr. Le Thi Thu Ha, head of Tropical Diseases
            # at An Giang General Hospital said": the verb's nearest capitals are her workplace;
            # the person named before it in the clause is who spoke
            limit = c if cues or relay_cues else b  # (no verb: "In Aparri, Mayor X broke down during an ...")
            for m in people:
                if m.kind == "name" and m.i < limit and \
                        (who := reg.resolve(m, toks[m.i].start)) is not None and who.name == speaker.name:
                    subj, ent = m, who
                    break
        if subj is None or ent is None or ent.name != speaker.name:
            return []
        out: list[tuple[Entity, str]] = []
        for r in find_relays(sent, subj, c):
            rel = reg.resolve(r.mention, toks[r.mention.i].start)
            if rel is not None and rel.type != "media" and r.mention.kind == "name" and \
                    is_media(sent, r.mention):
                rel = Entity(name=rel.name, type="media")  # ("Sky Sports F1": an outlet by its shape)
            if rel is not None and rel.type == "media" and rel.name != speaker.name and \
                    all(rel.name != e.name for e, _cue in out):
                out.append((rel, r.cue))
        return out
    return []


# the words find_relays' patterns hinge on, for a quote-free line ("told", "interview", "speaking to")
_RELAY_WORDS = re.compile(r"\b(?:[Tt]old|[Tt]ells|[Ii]nterview|[Ss]peaking|[Ss]poke|[Tt]alking|[Aa]ccording"
                          r"|[Qq]uoted|[Cc]ited|[Rr]eported|[Ww]rote|[Ww]riting|[Pp]osted|[Pp]osting"
                          r"|[Bb]roadcast|[Aa]ired|[Cc]arried|[Cc]ontacted|said on|says on|On"
                          # "explained to the newspaper El País": chains' `_SAID_TO` forms
                          r"|(?:said|says|explained|declared|affirmed|confided|stated|revealed|confirmed"
                          r"|admitted|insisted|complained) to)\b")


def _introducing_relays(text: str, p: _Para, reg: Registry, speaker: Entity,
                        names: NameCache | None = None) -> list[tuple[Entity, str]]:
    """Relays the quote-free paragraph before names for the person it introduces: `Okonedo told
    Reuters in an interview that he had no plans to sell.` then `"...," he said.` is via Reuters."""
    if p.prev_free is None:
        return []
    ps, pe = p.prev_free
    if _RELAY_WORDS.search(text, ps, pe) is None:
        return []  # nothing to carry, nothing to read
    # the first sentence or so: where the frame is; and, only when that names no relay for the
    # speaker, the second, after a first that sets a scene ("Inside Iran, hardliners seized on the
    # move. Speaker X was quoted by Tasnim ...")
    got = _clause_relays_at(text, ps, pe, reg, speaker, names)
    if got:
        return got
    second = _sentence_end(text, ps, min(pe, ps + 300))
    return _clause_relays_at(text, second, pe, reg, speaker, names) if second > 0 else []


def _clause_relays_at(text: str, start: int, pe: int, reg: Registry, speaker: Entity,
                      names: NameCache | None) -> list[tuple[Entity, str]]:
    """`_clause_relays` of the window of a quote-free line from `start`, read once per article
    (several quotes of a paragraph ask about the same line)."""
    key = (start, pe)
    if key in reg.intro_lines:
        sent = reg.intro_lines[key]
    else:
        toks: list[Token] = []
        _words(text, start, min(pe, start + 400), toks)
        if len(toks) > 2 * _WINDOW:
            toks = toks[:2 * _WINDOW]
        sent = None
        if toks:
            sent = Sentence(toks, 0, len(toks), find_mentions(toks, reg.lex, False, names), reg.lex)
        reg.intro_lines[key] = sent
    return _clause_relays(sent, reg, speaker) if sent is not None else []


def _window(p: _Para, a: int, b: int, reg: Registry) -> Sentence:
    lo = bisect_left(p.starts, a)
    hi = bisect_left(p.starts, b)
    inside: list[Mention] = []
    for m in p.mentions[lo:hi]:  # a loop, not a comprehension: a window holds a few mentions
        if m.j < b:
            inside.append(m)
    return Sentence(p.toks, a, b, inside, reg.lex, p.title_case)


def _resolve(frame: Frame, p: _Para, reg: Registry, para_speaker: Entity | None,
             introduced: _Introduced | None = None) -> tuple[Entity | None, float]:
    if frame.subject is None:
        if frame.rule == "before-passive":
            # "Police said the victim was taken to hospital. His condition was described as
            # \"stable\"": described so by whoever spoke in the sentence before
            ent = _body_said_before(p, frame.cue, reg)
            return (ent, frame.confidence) if ent is not None else (None, 0.0)
        return None, 0.0
    subj = frame.subject
    ent = None
    comma = _apposition_comma(p.toks, subj.j) if subj.kind == "desc" else -1
    if subj.kind == "desc" and (subj.owner or p.toks[subj.i].low in _DESC_OPENERS or
                                p.toks[subj.i].low in ("another", "one") or
                                (subj.i > 0 and p.toks[subj.i - 1].low in ("'s", "\u2019s"))) and \
            comma > 0 and comma + 1 < len(p.toks):
        # "Mr Price's mother, Joanne Price, described ...", "Its chief executive, Miriam Stone,
        # said", "The challenger, businessman Lyle Carver, said", "A spokesman for its general
        # staff, Colonel Davit Ruzani, said": the name in apposition speaks
        x = bisect_left(p.starts, comma + 1)
        while x + 1 < len(p.mentions) and p.mentions[x].kind == "desc" and p.mentions[x + 1].i <= comma + 3:
            x += 1  # ("businessman Pavel Strand": the role is a mention of its own)
        age_words = 3 if p.toks[comma + 1].text.isdigit() else 0  # ("81-year-old Derek Shenton")
        if x < len(p.mentions) and (m := p.mentions[x]).i <= comma + 3 + age_words and m.kind == "name" and \
                all((t.word and t.text == t.low) or t.text.isdigit() or t.text == "-" or
                    t.text.rstrip(".") in reg.lex.titles for t in p.toks[comma + 1:m.i]) and \
                not m.org and m.j + 1 < len(p.toks) and p.toks[m.j + 1].text in (",", "."):
            # ("Another regular, 81-year-old Derek Shenton, said": past the age too)
            named = reg.resolve(m, p.toks[m.i].start)
            if named is not None and named.type == "person":
                subj = m
    if subj.kind == "desc" and not subj.owner and subj.text.rsplit(" ", 1)[-1] in _SOURCE_WORDS and \
            (d := _indefinite_before(p.toks, subj.i)) >= 0:
        # "one OPEC+ source told Reuters": someone unnamed, known by all the words from "one"
        words = [p.toks[d].low] + [t.text for t in p.toks[d + 1:subj.j + 1]]
        return Entity(name=" ".join(words), type="unknown"), frame.confidence
    if subj.kind == "pron" and subj.text in ("he", "she") and \
            (kin := _kin_before(p, subj.i, subj.text, reg)) is not None:
        ent = kin  # "His daughter told reporters ... '...,' she said"
    elif subj.kind == "pron" and subj.text in ("he", "she") and para_speaker is not None and \
            (turn := _new_subject_before(p, subj.i, reg)) is not None and turn.name != para_speaker.name and \
            reg.fits(turn.name, subj.text):
        # `"...," said Councillor Anita Rao. Councillor Derek Hobbs disagreed. "...," he said`: the
        # person the sentence in between brings in, not the one who spoke before it
        ent = turn
    if subj.kind == "pron" and subj.text in ("he", "she") and para_speaker is not None and \
            para_speaker.type == "unknown" and reg.fits(para_speaker.name, subj.text):
        ent = para_speaker  # "One participant ... said X. '...,' he said": the participant goes on
    if subj.kind == "pron" and para_speaker is not None and para_speaker.type != "person" and (
            subj.text == "they" or (subj.text == "it" and para_speaker.type != "unknown")):
        # "Analysts at Peel Hunt said in a note that ... '...,' they wrote": the body or group that
        # just spoke in this paragraph, not the last body quoted anywhere
        ent = para_speaker
    if subj.kind == "pron" and subj.text in ("it", "they") and para_speaker is None:
        ent = _paragraph_body(p, subj.i, reg)  # "The Joint Chiefs said ... '...,' it said"
        if ent is None:
            ent = _body_said_before(p, subj.i, reg)
        if ent is None:
            # "Historic England, which listed the building, said it would ... / '...,' it said":
            # the body the line before had speak
            ent = _body_speaking_before(p, subj.i, reg)
    if subj.kind == "pron" and subj.text in ("he", "she") and para_speaker is None and ent is None and \
            (turn := _new_subject_before(p, subj.i, reg)) is not None and reg.fits(turn.name, subj.text):
        # "Chief Executive X said sales rose. Chief Financial Officer Dana Y told analysts margins
        # would dip. '...,' she said": the person the sentence just before brings in
        ent = turn
    if subj.kind == "pron" and subj.text in ("he", "she") and para_speaker is None and ent is None:
        ent = _paragraph_subject(p, subj.i, reg) or (introduced.get() if introduced else None)
        if ent is not None and ent.type == "unknown" and " " not in ent.name and ent.name.islower() and \
                ent.name.capitalize() not in reg.lex.titles:  # ("the president": an office of its own)
            # "The researcher is quick to add ... '...,' she says": a bare role no one was named
            # as is the person last named, when the pronoun fits them
            ent = reg.person_before(p.toks[subj.i].start) or ent
        if ent is not None and not reg.fits(ent.name, subj.text):
            ent = None  # "Maja Eklund disagreed. '...,' he said": not her
        if ent is None and p.toks and p.toks[0].start > p.start + 1 and p.toks[0].low in ("he", "she"):
            # "Santos's husband, Paulo, was at work. He reached them later. '...,' he said": the
            # person the paragraph's opening (read for names only) is about, not whoever spoke last
            ent = _line_subject(p.start, p.toks[0].start, reg, reg.text)
            if ent is not None and not reg.fits(ent.name, subj.text):
                ent = None
    if ent is None and subj.kind == "desc" and subj.text in _COURT_FILINGS:
        ent = _filer_before(p.toks[subj.i].start, reg)
    if ent is None and subj.kind == "desc" and subj.text in ISSUED_NOUNS:
        ent = _signed_by(p, subj, reg) or _issuer(p, subj.i, reg) or (
            _author_before(p.toks[subj.i].start, reg) if subj.text == "report" else None) or \
            _issuer_before(p, subj.i, reg, introduced)
        if ent is None:
            return None, 0.0
    if ent is None and subj.kind == "desc" and not subj.owner and para_speaker is None and introduced and \
            not _indefinite(p.toks, subj.i):
        # `Whitcombe, a senator, rejected that. / "...," the senator said`: the person the line
        # before is about, when the description fits them, beats whoever spoke last
        person = introduced.get()
        if person is not None and (reg.described_as(person.name, subj.text) or (
                person.type == "unknown" and subj.text.split()[-1] in person.name.split())):
            if person.type == "unknown":
                return person, frame.confidence  # the unnamed "one shopkeeper, who ..." brought in
            ent = person
    if ent is None and subj.kind == "desc" and not subj.owner and p.toks[subj.i].low == "the" and \
            reg.ambiguous(subj.text):
        # "Marsh pressed her. '...,' the justice said": of several justices, the one this
        # paragraph just named
        sent_start = 0
        for a, b in p.sents:
            if a <= subj.i < b:
                sent_start = a
                break
        # only sentences before: "alongside Minister Sadia Orme, the minister said" is another one
        x = bisect_left(p.starts, sent_start) - 1
        while x >= 0 and ent is None:
            m = p.mentions[x]
            if m.kind == "name" and not m.org:
                named = reg.resolve(m, p.toks[m.i].start)
                if named is not None and named.type == "person" and reg.described_as(named.name, subj.text):
                    ent = named
            x -= 1
    if ent is None and subj.kind == "desc" and subj.text in _SPEAKING_BODIES and p.toks[subj.i].low == "the":
        # "Ubulu Stars said it had written to the League Management Company. / '...,' the club
        # said": the body that spoke last, not the last one named
        ent = _body_speaking_before(p, subj.i, reg)
    if ent is None and subj.kind == "desc" and p.toks[subj.i].low == "the" and \
            subj.text.split()[-1] in _BODY_HEADS:
        # "charged by the Football Association ... '...,' the governing body said": a body, so the
        # one that spoke last or was named last, never the player the paragraph is about
        ent = _body_speaking_before(p, subj.i, reg) or reg.org_near(p.toks[subj.i].start, _BODY_REACH)
    if ent is None and subj.kind == "desc" and " " in subj.text and \
            subj.text.split(" ", 1)[0] in SOURCE_HEADS:
        # "A source close to the premier said": an unnamed source, described; never the premier
        ent = Entity(name=subj.text, type="unknown")
    if ent is None and subj.kind == "desc" and p.toks[subj.i].low in ("a", "an", "his", "her", "their") and \
            " " in subj.text:
        # "A U.S. State Department spokesperson told ...": someone new, never the spokesperson the
        # article named before
        ent = Entity(name=subj.text, type="unknown")
    if ent is None and subj.kind == "desc" and (
            p.toks[subj.i].low == "another" or (subj.i > 0 and p.toks[subj.i - 1].low == "another")) and \
            subj.text.split()[-1] not in _SPOKES and subj.text.split()[-1] not in ORG_ROLES:
        # "another fan said": not the fan before
        ent = Entity(name=subj.text if subj.text[:8].casefold() == "another " else f"another {subj.text}",
                     type="unknown")
    demonym = " " not in subj.text and (subj.text in DEMONYM_NOUNS or subj.text.casefold() in DEMONYMS)
    if ent is None and demonym and (
            (subj.kind == "desc" and p.toks[subj.i].low == "the") or
            (subj.kind == "name" and subj.i > 0 and p.toks[subj.i - 1].low == "the")):
        # ("Hours after the game, the American posted on Instagram:": a demonym read as a name)
        # "Tanabe, speaking through an interpreter, said ... '...,' the Japanese said": the person
        # the paragraph is about, before the last person named anywhere
        about = _paragraph_subject(p, subj.i, reg) or _introduced_person(introduced)
        ent = about if about is not None and about.type == "person" else None
        if ent is None and about is None and reg.last_person:
            # "Asked whether X would play against Aston Villa, the Norwegian said": nobody the
            # paragraph is about, so the manager who just spoke (never the club in the question)
            ent = Entity(name=reg.last_person, type="person")
    if ent is None:
        ent = reg.resolve(subj, p.toks[subj.i].start)
        if ent is not None and ent.type == "person" and subj.kind == "desc" and not subj.owner and \
                subj.text.rsplit(" ", 1)[-1] in GENERIC_ROLE_HEADS and \
                (about := _paragraph_subject(p, subj.i, reg)) is not None and about.type == "person" and \
                about.name != ent.name and " " in about.name:
            # "The secretary general of the workers' union, Wilber Quispe, announced ... '...',
            # denounced the union leader": the paragraph's own subject, not a party leader the
            # article called "leader" before (a generic head says little of whom it means)
            ent = about
    owner = None
    if subj.kind == "desc" and not subj.owner and subj.i >= 2 and p.toks[subj.i - 1].low == "'s":
        owner = next((m for m in p.mentions if m.j == subj.i - 2 and m.kind == "name"), None)
    if ent is not None and owner is not None and ent.type == "unknown":
        # "Haugen's campaign manager said": someone of Haugen's, never Haugen herself
        named = reg.resolve(owner, p.toks[owner.i].start)
        ent = Entity(name=f"{named.name if named is not None else owner.text}'s {subj.text}", type="unknown")
    elif ent is not None and subj.kind == "desc" and not subj.owner and ent.type == "unknown" and \
            subj.i >= 2 and p.toks[subj.i - 1].low == "'s" and \
            p.toks[subj.i - 2].text == p.toks[subj.i - 2].low:
        # "the operator's chief engineer, who did not want to be named, told ...": a thing's role,
        # held by nobody the article named
        ent = Entity(name=f"{p.toks[subj.i - 2].text}'s {subj.text}", type="unknown")
    elif ent is not None and subj.kind == "desc" and not subj.owner and ent.type == "unknown" and \
            not _indefinite(p.toks, subj.i) and not _plural(subj.text) and "'s " not in subj.text and \
            not _unnamed_after(p.toks, subj.j) and not _body_initials(p.toks, subj):
        # (not "the film's distributor": a thing's role is held by no person the article named;
        # nor "the tenant, who cannot be named for legal reasons,": someone the article won't name)
        # "the mayor said" when no one was called mayor: the person the paragraph is about holds
        # the role far more often than a bare role noun is the best answer ("the researchers
        # said" is nobody's one person)
        # (the line before, when it brought someone in: "Drobek set out his case in an article.
        # / '...,' the 61-year-old wrote")
        # ("the 71-year-old leader": the age before the role noun the mention holds)
        aged = subj.i >= 3 and p.toks[subj.i - 1].low == "year-old" and p.toks[subj.i - 3].text.isdigit()
        holder = _paragraph_subject(p, subj.i, reg) or _introduced_person(introduced) or (
            # "the 28-year-old" after a paragraph of his words: who spoke last, not whatever
            # capitalised pair ("Grand Slam") the article named last
            Entity(name=reg.last_person, type="person") if reg.last_person and (
                "year-old" in subj.text or aged) else reg.person_before(p.toks[subj.i].start))
        age = _AGE_DESC.match(subj.text)
        years = int(age.group(1)) if age is not None else int(p.toks[subj.i - 3].text) if aged else 0
        if years:
            # "Colleen Fairbrother-Ness, 56," then "the 82-year-old widow said": never the one
            # whose age was another; the one it was, whoever spoke last
            holder = _of_age(reg, years, p.toks[subj.i].start, holder)
        if holder is not None and not reg.titled_otherwise(holder.name, subj.text) and \
                not reg.given_other_role(holder.name, subj.text.rsplit(" ", 1)[-1].casefold()) and \
                reg.fits_description(holder.name, subj.text):
            ent = holder  # (never "Independent TD Siobhan Kiely ..." for "the Taoiseach said")
    if ent is not None and subj.kind == "desc" and ent.name == subj.text and _indefinite(p.toks, subj.i):
        ent = _spoken_for(subj.text, p.toks[subj.i].start, reg, p, subj.i) or ent
    if ent is None:
        return None, 0.0
    conf = frame.confidence - (0.1 if frame.subject.kind == "pron" else 0.0)
    return ent, conf


def _body_initials(toks: list[Token], subj: Mention) -> bool:
    """"WHO Chief", "UN Representative": a body's role by its initials, held by nobody the
    paragraph named unless the text says so (never the last person or place read as one). Not
    "the MP for Asante Akyem": a role's own initials, held by the member the article named."""
    word = toks[subj.i].text
    return len(word) >= 2 and word.isupper() and word.isalpha() and subj.i < subj.j and \
        toks[subj.i + 1].text[:1].isupper() and (subj.i == 0 or toks[subj.i - 1].low != "the")


_AGE_DESC = regex.compile(r"(\d{1,3})-year-old\b")
_SOURCE_WORDS = frozenset({"source", "sources", "official", "officials", "delegate", "delegates", "diplomat",
                           "diplomats", "insider", "insiders", "aide", "aides", "negotiator"})


def _indefinite_before(toks: list[Token], i: int) -> int:
    """Where "one"/"a"/"an" opens a source's description a few capitalised or odd words before its
    noun ("one OPEC+ source", "a Gulf delegate"), or -1; a description's mention may start on it."""
    for d in range(i, max(-1, i - 4), -1):
        if toks[d].low in ("one", "a", "an", "another"):
            return d if all(t.text not in (",", ";", ":") and t.quote < 0 for t in toks[d + 1:i]) else -1
    return -1


_OPENER = regex.compile(r"[ \t]*(\p{Lu}[\p{Ll}'\u2019-]+)(?=,| (?:\p{Ll}|\d))")
_SPOKES = SPOKES_HEADS
_FIRMS = frozenset({"company", "firm", "group", "bank", "airline", "club"})


_AFTER_HEAD = frozenset({"of", "in", "at", "from", "near", "on"})


def _apposition_comma(toks: list[Token], j: int) -> int:
    """The comma after a description ending at j, past a short lower-case complement ("A
    spokesman for its general staff, ..."), or -1."""
    if j + 1 < len(toks) and toks[j + 1].text == ",":
        return j + 1
    if j + 1 < len(toks) and toks[j + 1].low in ("for", "of", "at"):
        for x in range(j + 2, min(len(toks), j + 7)):
            if toks[x].text == ",":
                return x
            if not toks[x].word:  # (capitals may name the office's field: "Minister of State
                return -1  # for Foreign Affairs, Dr X,")
    return -1


def _introduced_person(introduced: _Introduced | None) -> Entity | None:
    person = introduced.get() if introduced is not None else None
    return person if person is not None and person.type == "person" else None


def _plural(desc: str) -> bool:
    """Whether a description's head noun is a regular plural ("researchers", "officials", the
    "residents" of "residents of Little Stowford")."""
    words = desc.split()
    cut = next((x for x, w in enumerate(words) if x and w in _AFTER_HEAD), len(words))
    head = words[cut - 1].casefold() if cut else ""
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is", "'s"))


def _spoken_for(desc: str, pos: int, reg: Registry, p: _Para | None = None, upto: int = 0) -> Entity | None:
    """The body an unnamed spokesperson speaks for, when the text named it: "Acme Corp recalled
    the heaters. '...,' a spokesperson said" (the firm just named); "a company spokeswoman said"
    (the company the story is about, not the analysts' bank named since); "an Orvane spokesman"
    (Orvane Pharmaceuticals).
    A 'police spokesman' says in its own words which body, and stays as it is."""
    words = desc.split()
    if words[-1] not in _SPOKES:
        return None
    qual = words[:-1]
    if qual and _FIRMS.issuperset(qual):
        firm = reg.main_org(pos)
        if firm is None and p is not None:
            # "Finwise denied wrongdoing. '...,' a company spokeswoman said": a one-word name no
            # person goes by, opening the paragraph, is the company the article means
            first = next((m for m in p.mentions if m.kind == "name"), None)
            if first is not None and first.i < upto and " " not in first.text and first.text.isalpha() and \
                    first.text not in KNOWN_FIRST_NAMES and not reg.surname_of_someone(first.text) and \
                    p.toks[first.i].start == p.start:
                firm = Entity(name=first.text, type="organization")
        return firm
    if not qual:
        return reg.org_near(pos, _SPOKES_REACH)
    if all(w[:1].isupper() for w in qual):
        return reg.org_named(qual, pos)
    return None


_SPOKES_REACH = 600  # characters back to the body named: about the paragraph before
_BODY_SAID = regex.compile(r"(?:The|Its) [^.\n]{0,60}?\b(?:company|firm|group|maker|carrier|lender|retailer|"
                           r"manufacturer|agency|ministry|department|board|council)\b[^.\n]{0,20}? said\b")


def _issuer(p: _Para, upto: int, reg: Registry) -> Entity | None:
    """Who issued "the statement" a quote is attributed to: the paragraph's first named party
    ("Lula's office said in a statement ... '...,' the statement said"; "Her family said in a
    statement": the family of the person "her" stands for)."""
    owned = next((x for x in range(min(upto, len(p.toks) - 1)) if p.toks[x].low in OWNER_PRONOUN and
                  p.toks[x + 1].low in OWNED_BODIES and p.toks[x + 1].text == p.toks[x + 1].low), -1)
    for m in p.mentions:
        if m.i >= upto or (owned >= 0 and m.i > owned):
            break
        if (m.kind == "name" and not _possessive(p.toks, m.j)) or (m.kind == "desc" and m.owner) or (
                m.kind == "desc" and m.text.split()[-1] in ORG_ROLES):
            # "Lula's office": the office, not Lula; "The Russian foreign ministry hit back": the
            # ministry ("Russian" alone names no one)
            ent = reg.resolve(m, p.toks[m.i].start)
            if ent is not None:
                return ent
    if owned >= 0:
        return reg.resolve(Mention(owned, owned + 1, "desc", p.toks[owned + 1].low), p.toks[owned].start)
    return None


_COURT_FILINGS = frozenset({"complaint", "lawsuit", "suit", "petition"})
_FILED_BY = regex.compile(
    r"\b(?:filed|brought|lodged)\b[^.\n]{0,80}?\bby (?:the )?"
    r"(\p{Lu}[\p{L}'’&.-]*(?: (?:of |and )?\p{Lu}[\p{L}'’&.-]*)*)")


_SUED = regex.compile(
    r"(?<![\p{L}'’-])(\p{Lu}[\p{L}'’&.-]*(?: \p{Lu}[\p{L}'’&.-]*)*)(?:, [^,.\n]{1,60},)? "
    r"(?:sued|filed (?:a |the )?(?:lawsuit|suit|complaint))\b")


def _filer_before(pos: int, reg: Registry) -> Entity | None:
    """Who filed "the complaint" or "the lawsuit" the quote is read from, when the lines before say
    it was filed by someone ("The suit, filed in Superior Court by the Glenmere Tenants
    Association, ..."): the plaintiff speaks through it, never the defendant it names."""
    lo = max(0, pos - 800)
    hits = [*_FILED_BY.finditer(reg.text, lo, pos), *_SUED.finditer(reg.text, lo, pos)]
    if not hits:
        return None
    last = max(hits, key=lambda h: h.start(1))
    ent = reg.resolve(Mention(0, 0, "name", last.group(1)), last.start(1))
    if ent is None or ent.type in ("media", "government"):
        return None
    return ent


_AUTHORED_BY = regex.compile(
    r"\b(?:inquiry|review|report|investigation|study|panel|audit|commission)\b,? (?:which was |was )?"
    r"(?:led|chaired|headed|written|authored|conducted|compiled) by (?:the )?(?:[\p{Ll}-]+ ){0,4}(\p{Lu})")


def _author_before(pos: int, reg: Registry) -> Entity | None:
    """Who wrote "the report" a quote is read from, when the lines before say so ("The inquiry,
    led by the former chief midwife Dame Rosalind Achterberg, ..."): the person named there, never
    the body the report is about."""
    hits = list(_AUTHORED_BY.finditer(reg.text, max(0, pos - 1500), pos))
    if not hits:
        return None
    at = hits[-1].start(1)
    k = bisect_left(reg.person_positions, at)
    if k < len(reg.person_positions) and reg.person_positions[k] < at + 60 and \
            "\n" not in reg.text[at:reg.person_positions[k]]:
        return Entity(name=reg.person_names[k], type="person")
    return None


def _issuer_before(p: _Para, upto: int, reg: Registry, introduced: _Introduced | None) -> Entity | None:
    """The issuer the lines before name: the subject of the quote-free line before ("District
    Attorney Ann Vance said in a statement that ...") or else the body named last ("The National
    Hurricane Center said in its advisory ... / '...,' the advisory said")."""
    ent = introduced.get() if introduced is not None else None
    if ent is not None:
        return ent
    pos = p.toks[upto].start if upto < len(p.toks) else p.start
    noun = upto + (upto + 1 < len(p.toks) and p.toks[upto].low in ("the", "its", "their", "his", "her"))
    if noun < len(p.toks) and p.toks[noun].low in ISSUED_NOUNS and \
            (owner := _document_owner(p.toks[noun].low, p.start, reg)) is not None:
        return owner  # (the document's noun, past its determiner)
    if p.prev_free is not None and _BODY_SAID.match(reg.text, p.prev_free[0]) is not None:
        # "The San Jose, California-based company said in a notice ... / '...,' the notice
        # said": the body the line before speaks as, named further back than a paragraph
        return reg.org_near(pos, 2 * _SPOKES_REACH)
    return reg.org_near(pos, _SPOKES_REACH)


_OWNER_SAID = regex.compile(
    r"(?<![\p{L}'’-])(\p{Lu}[\p{L}&'’.-]*(?: (?:of |for |on |and |the )*\p{Lu}[\p{L}&'’.-]*)*)"
    r"(?: \([\p{Lu}&]{2,}\))? (?:has |had )?(?:said|says|found|finds|concluded|concludes|warned|warns|"
    r"published|released|issued|wrote|added|stated)\b")


_SIGNING = frozenset({"signed", "issued", "written", "sent", "authored", "penned", "released"})


def _signed_by(p: _Para, subj: Mention, reg: Registry) -> Entity | None:
    """`the decree, signed by the sultan on Wednesday, read`: whoever the aside says signed it."""
    k = subj.j + 1
    if k + 3 >= len(p.toks) or p.toks[k].text != "," or p.toks[k + 1].low not in _SIGNING or \
            p.toks[k + 2].low != "by":
        return None
    x = bisect_left(p.starts, k + 3)
    if x < len(p.mentions) and p.mentions[x].i <= k + 4 and p.mentions[x].kind in ("name", "desc"):
        m = p.mentions[x]
        ent = reg.resolve(m, p.toks[m.i].start)
        return ent if ent is not None and ent.type != "media" else None
    return None


def _document_owner(noun: str, before: int, reg: Registry) -> Entity | None:
    """Who issued the document a paragraph's "the report said" reads from, when an earlier
    sentence brought it in with its issuer as subject ("In a highly critical report, ..., the
    National Audit Office (NAO) said ..."): that issuer, not the body the report is about, which
    the paragraphs between may name last. Only the latest sentence naming the same document is
    read, within about two paragraphs."""
    text = reg.text
    floor = max(0, before - 1500)
    at = text.rfind(noun, floor, before)
    while at >= 0 and ((at and text[at - 1].isalnum()) or text[at + len(noun):at + len(noun) + 1].isalnum()):
        at = text.rfind(noun, floor, at)  # a whole word: "report", never "reporters"
    if at < 0:
        return None
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    hi_dot, hi_line = text.find(". ", at, before), text.find("\n", at, before)
    hi = min(x for x in (hi_dot, hi_line, before) if x >= 0)
    for m in _OWNER_SAID.finditer(text, lo, hi):
        name = m.group(1)
        if name.split(" ", 1)[0] in STOP_CAPS:
            name = name.split(" ", 1)[1] if " " in name else ""
        if not name:
            continue
        ent = reg.resolve(Mention(0, 0, "name", name), m.start(1))
        if ent is not None and ent.type in ("organization", "government", "person"):
            return ent
    return None


def _not_the_addressee(speaker: Entity, frame: Frame, sent: Sentence, p: _Para, reg: Registry) -> Entity:
    """`the president told Liang: "..."` after two presidents were named: whoever the role means,
    it is not the one told. The other person the article described so speaks."""
    told = sent.by_start.get(frame.cue + 1)
    if told is None or told.kind != "name" or frame.subject is None:
        return speaker
    addressee = reg.resolve(told, p.toks[told.i].start)
    if addressee is None or addressee.name != speaker.name:
        return speaker
    key = norm_key(frame.subject.text).split()[-1]
    for name in reversed(reg.descriptions.get(key) or ()):
        if name != speaker.name and " " in name and name[:2] != "a " and name[:3] != "an ":
            return Entity(name=name, type="person")
    return speaker


def _paragraph_body(p: _Para, upto: int, reg: Registry) -> Entity | None:
    """The organisation or government a paragraph opens on, for an "it"/"they" that speaks before
    any other body has: the paragraph's own subject beats the last body quoted elsewhere."""
    first = p.sents[0][0] if p.sents else 0
    for m in p.mentions:
        if m.i >= upto or m.i > first + 3:
            return None
        if m.kind in ("name", "desc") and not m.media:
            ent = reg.resolve(m, p.toks[m.i].start)
            if ent is not None and ent.type in ("organization", "government"):
                return ent
            if ent is not None and ent.type == "person" and m.kind == "name" and " " in ent.name and \
                    ent.name.split()[0] not in KNOWN_FIRST_NAMES:
                # "The Joint Chiefs of Staff said ...": a capitalised body no list knows, which
                # "it" shows is no person
                return Entity(name=ent.name, type="organization")
    return None


def _paragraph_outlet(p: _Para, upto: int, reg: Registry) -> Entity | None:
    """The outlet a paragraph opens on, for an "it" that quotes someone."""
    first = p.sents[0][0] if p.sents else 0
    for m in p.mentions:
        if m.i >= upto or m.i > first + 4:
            return None
        if m.kind in ("name", "mdesc"):
            ent = reg.resolve(m, p.toks[m.i].start)
            if ent is not None and ent.type == "media":
                return ent
    return None


def _body_said_before(p: _Para, upto: int, reg: Registry) -> Entity | None:
    """The body that spoke in the sentence before: `..., the Joint Chiefs of Staff said in a
    statement. It called the launch "..."`."""
    si = bisect_left([a for a, _b in p.sents], upto + 1) - 1
    if si < 1:
        return None
    a, b = p.sents[si - 1]
    sent = _window(p, a, b, reg)
    for c in range(b - 1, a - 1, -1):
        lemma = sent.cue_lemma(c)
        if lemma is None or lemma in RELAY_VERBS:
            continue
        subj = sent.subject_of(c)[0]
        if subj is None or subj.kind not in ("name", "desc"):
            return None
        ent = reg.resolve(subj, p.toks[subj.i].start)
        if ent is not None and ent.type == "person" and subj.kind == "name" and " " in ent.name and \
                ent.name.split()[0] not in KNOWN_FIRST_NAMES:
            return Entity(name=ent.name, type="organization")  # a body no list knows, as in _paragraph_body
        return ent if ent is not None and ent.type in ("organization", "government") else None
    return None


_SPEAKING_BODIES = frozenset({"club", "company", "firm", "team", "group", "charity", "airline", "business"})
_BODY_HEADS = frozenset({"body", "federation", "association", "regulator", "organisation", "organization",
                         "watchdog"})
_BODY_REACH = 1500
"""Characters back to the body "the governing body" means: about three paragraphs."""
_BODY_SPOKE = regex.compile(
    r"(?<![\p{L}'’-])(\p{Lu}[\p{L}'’&.-]*(?: \p{Lu}[\p{L}'’&.-]*){0,4})(?:, which [^,]{1,80},)? "
    r"(?:later |also |previously |then )?"
    r"(?:said|says|announced|confirmed|stated|added)\b")


def _body_speaking_before(p: _Para, upto: int, reg: Registry) -> Entity | None:
    """The organisation that was last the subject of a speech verb, in this paragraph before
    `upto` or in the quote-free line before it ("Ashworth later said Tennant would have a scan")."""
    text = reg.text
    stretches = [(p.start, p.toks[upto].start)]
    if p.prev_free is not None:
        stretches.insert(0, p.prev_free)
    for ps, pe in reversed(stretches):
        hits = list(_BODY_SPOKE.finditer(text, ps, pe))
        for m in reversed(hits):
            firm = reg.firm_by_first_word(m.group(1)) if " " not in m.group(1) else None
            if firm is not None:
                return Entity(name=firm, type="organization")  # "Brennan said it" after "Brennan Motors"
            ent = reg.resolve(Mention(0, 0, "name", m.group(1)), m.start(1))
            if ent is not None and ent.type == "organization":
                return ent
            if ent is not None and ent.type == "person" and " " in ent.name and \
                    text.startswith((" it ", " its "), m.end()):
                return Entity(name=ent.name, type="organization")  # "Ubulu Stars said it had written"
    return None


_INTERVIEWING = frozenset({"interview", "interviews", "conversation", "speaking", "talking", "spoke",
                           "talked"})
_INDEFINITES = frozenset({"a", "an", "one", "his", "her", "their", "two", "three", "four", "several", "some",
                          "many", "another", "other"})


def _indefinite(toks: list[Token], i: int) -> bool:
    """`a military spokesman`, `her neighbor`: an indefinite article or a possessive brings in
    someone new, never the known person the paragraph is about."""
    for x in range(i, max(-1, i - 4), -1):
        low = toks[x].low
        if low in _INDEFINITES:
            return True
        if x < i and (toks[x].text != low or not toks[x].word):
            return False
    return False


def _unnamed_after(toks: list[Token], j: int) -> bool:
    """`the tenant, who cannot be named for legal reasons,`, `one official, speaking on condition of
    anonymity,`: the words after a description say the article will not name the person."""
    if j + 2 >= len(toks) or toks[j + 1].text != ",":
        return False
    for x in range(j + 2, min(len(toks), j + 12)):
        low = toks[x].low
        if low in ("named", "identified", "anonymity", "anonymous"):
            return True
        if toks[x].text == "," or toks[x].quote >= 0:
            return False
    return False


def _free_sentence_before(p: _Para, i: int, longest: int) -> tuple[int, int] | None:
    """The token range of the sentence right before token i's, when it quotes nobody and has at
    most `longest` tokens."""
    x = 0  # the sentence holding token i (a paragraph has a few)
    while x + 1 < len(p.sents) and p.sents[x + 1][0] <= i:
        x += 1
    if x < 1:
        return None
    a, b = p.sents[x - 1]
    if b - a > longest or any(p.toks[y].quote >= 0 for y in range(a, b)):
        return None
    return a, b


def _new_subject_before(p: _Para, i: int, reg: Registry) -> Entity | None:
    """The person named in full who opens the quote-free sentence right before token i's
    ("Councillor Derek Hobbs disagreed."), if that sentence is short and about them."""
    before = _free_sentence_before(p, i, 14)
    if before is None:
        return None
    a, _b = before
    k = bisect_left(p.starts, a)
    m = p.mentions[k] if k < len(p.mentions) else None
    if m is None or m.i != a or m.kind != "name" or m.org or _possessive(p.toks, m.j):
        return None
    ent = reg.resolve(m, p.toks[m.i].start)
    return ent if ent is not None and ent.type == "person" and " " in ent.name else None


def _kin_before(p: _Para, i: int, pronoun: str, reg: Registry) -> Entity | None:
    """`Outside court, his daughter told reporters the family would appeal. "...," she said`: the
    relative the quote-free sentence right before has speaking, unnamed, when the pronoun fits;
    likewise "one of" a group who spoke there."""
    before = _free_sentence_before(p, i, 30)
    if before is None:
        return None
    a, b = before
    for y in range(a, b - 2):
        if p.toks[y].low in OWNER_PRONOUN and p.toks[y + 1].low in KIN_NOUNS and \
                (y == a or p.toks[y - 1].text == ",") and p.toks[y + 2].low in _KIN_CUES:
            name = reg.unnamed_kin(p.toks[y].low, p.toks[y + 1].low, pronoun, p.toks[y].start, p.start)
            return Entity(name=name, type="person") if name is not None else None
    # "One of the rescued swimmers, a student, said he had not seen the flags. '...,' he said":
    # the one of a group who spoke in the sentence before
    first = bisect_left(p.starts, a)
    m = p.mentions[first] if first < len(p.mentions) else None
    if m is not None and m.i == a and m.kind == "desc" and m.text == "one":
        sent = _window(p, a, b, reg)
        for c in range(m.j + 1, b):
            if sent.cue_lemma(c) is not None:
                if sent.subject_of(c)[0] is m:
                    return reg.resolve(m, p.toks[m.i].start)
                break
    return None


_KIN_CUES = frozenset({"told", "said", "says", "added", "wrote", "posted"})


def _paragraph_subject(p: _Para, upto: int, reg: Registry, start: int = 0) -> Entity | None:
    """The person a paragraph opens with, when a pronoun in it speaks before anyone else has.

    `Marant also took questions. Asked whether she would stay, she said: ...` is Marant, even when
    another woman spoke in the paragraph before: reading order beats the last speaker.
    """
    first_end = p.sents[0][1] if p.sents else upto
    if start == 0 and upto < len(p.toks) and (given := _FIRST_NAME_ONLY.match(
            reg.text, p.start, min(p.toks[upto].start, p.start + 160))) is not None:
        return Entity(name=given.group(1), type="person")  # "One released detainee, who asked to be
        # identified only by his first name, Hamoud, described ... '...,' he said": Hamoud
    if p.opener and start == 0 and p.opener not in STOP_CAPS and p.opener not in SENTENCE_OPENERS:
        # "Novak, the Croatian ..., was gracious. ... '...,' the 27-year-old said": the surname
        # the paragraph opens on, when the article gave it in full
        ent = reg.resolve(Mention(0, 0, "name", p.opener), p.start)
        if ent is not None and ent.type == "person" and " " in ent.name:
            return ent
    if start == 0 and p.mentions and (label := p.mentions[0]).i == 0 and label.kind == "name" and \
            " " in label.text and label.text.isupper() and label.j + 1 < len(p.toks) and \
            p.toks[label.j + 1].text in (".", ":"):
        start = label.j + 2  # "PAPER TRAIL. Pettibone's latest filing ...": a newsletter's section label
    owner: Entity | None = None  # "Nwosu's team is planning ...": Nwosu, if nobody else turns up
    base = start
    if start < len(p.toks) and p.toks[start].low == "asked":
        # `Asked whether he feared a ban, the coach shrugged. "..."`: the question's words name
        # nobody who answers; the subject comes after its comma
        for x in range(start + 1, min(len(p.toks), start + 16)):
            if p.toks[x].text == ",":
                base = x + 1
                break
    first = True
    for idx, m in enumerate(p.mentions):
        if m.i < base:
            continue
        opening, first = first, False
        if m.i >= upto:
            return owner
        if m.i > 1 and p.toks[m.i - 1].low in ("with", "to") and p.toks[m.i - 2].low in _INTERVIEWING:
            continue  # "In a 2019 interview with Eater, she described ...": who asked, not who spoke
        if m.i > 0 and (p.toks[m.i - 1].low in _SETTING_PREPS or (
                p.toks[m.i - 1].low == "the" and m.i > 1 and p.toks[m.i - 2].low in _SETTING_PREPS)):
            continue  # "In the Bayou Heights neighborhood, Latoya Simmons ...": a setting, not a subject
        if m.i < m.j and p.toks[m.i].low in _SETTING_PREPS and p.toks[m.i].text != p.toks[m.i].low:
            continue  # "In Nobo, one of the villages ..., village head X wrote": the run holds its "In"
        if m.i > 1 and p.toks[m.i - 1].low == "for" and is_role(p.toks[m.i - 2].low, reg.lex.role_nouns):
            continue  # "Lawyer for Mr Gbédémah, Barrister Raoul Adote said": whom the lawyer acts for
        if m.kind == "name" and m.org and m.j < first_end and any(
                n.kind == "name" and not n.org and n.i <= m.j + 3 for n in p.mentions[idx + 1:idx + 4]):
            # "Rovers boss Steve McAllister" (the role is also a mention of its own, "Rovers
            # manager"): the body only qualifies the person
            continue
        if m.kind == "pron" and m.text in ("he", "she"):
            return None  # `She declined ...`: the paragraph goes on about the person before it
        if (idx == 0 or (opening and base > start)) and m.kind == "desc" and not m.owner and \
                m.i <= base + 1 and p.toks[m.i].low in _ARTICLES:
            # `The president flew to Ohio. "...," he told reporters`: the described person, named
            # or not, never a place or someone from an earlier paragraph
            for n in p.mentions[idx + 1:idx + 4]:
                if n.kind == "name" and not n.org and ((
                        n.i <= m.j + 12 and p.toks[n.i - 1].text == "," and n.j + 1 < len(p.toks) and
                        p.toks[n.j + 1].text == ",") or (
                        n.i == m.j + 2 and p.toks[m.j + 1].low in ("named", "called"))):
                    # ("A passenger named Kevin Tanoto uploaded a video": the name the text gives him)
                    # "The minister delegate for local authorities, Sophie Arnaud, reacted": the
                    # name in apposition is who the description is
                    named = reg.resolve(n, p.toks[n.i].start)
                    if named is not None and named.type == "person":
                        return named
            ent = reg.resolve(m, p.toks[m.i].start)
            return ent if ent is not None and ent.type in ("person", "unknown") else None
        if m.kind == "name" and m.i < m.j and p.toks[m.i].low == "the" and m.j + 1 < len(p.toks) and \
                p.toks[m.j + 1].word and p.toks[m.j + 1].text == p.toks[m.j + 1].low and " " not in m.text:
            continue  # "The Kisumu branch secretary of the union, Mr Jared Onyango,": a modifier
        if m.kind == "name" and _possessive(p.toks, m.j) and owner is None and m.i == start:
            ent = reg.resolve(m, p.toks[m.i].start)
            owner = ent if ent is not None and ent.type == "person" else None
            continue
        if m.kind == "name" and not _possessive(p.toks, m.j):
            ent = reg.resolve(m, p.toks[m.i].start)
            if ent is not None and ent.type == "person":
                if " " not in m.text and " " not in ent.name and ent.name not in reg.people and any(
                        n.kind == "name" and not n.org and n.i < upto and (
                            " " in n.text or reg.surname_of_someone(n.text))
                        for n in p.mentions[idx + 1:]):
                    # "Cost remains a barrier, Dr. Marcus Lee ... told CNN", "The result leaves
                    # Kingsbridge 14th, and Hughes confirmed ...": a lone capitalised word that
                    # names nobody the article gave is no subject when a known person follows
                    continue
                return ent
            if ent is not None and ent.type in ("government", "media"):
                # a place opens the sentence ("In Carrow, ..."), or an outlet ("In an email to The
                # Westbrook Courier, Fairbanks said"): nobody to speak yet
                continue
            if ent is not None and ent.type == "organization" and (
                    p.toks[m.i].low in _FOR_WHOM or (m.i > 0 and p.toks[m.i - 1].low in _FOR_WHOM)):
                continue  # "For Palace, it was a third straight home win ... Pennock": a setting
            if ent is None and norm_key(m.text) in DEMONYMS:
                continue  # "The Philippine coast guard ...": an adjective
            return None
    return owner


class _Introduced:
    """`_introduced` for one paragraph, worked out on first use: most quotes never ask."""

    __slots__ = ("_args", "_done", "_prev", "_value")

    def __init__(self, p: _Para, reg: Registry, text: str, names: NameCache | None = None,
                 prev: _Para | None = None) -> None:
        self._args = (p, reg, text, names)
        self._prev = prev
        self._done = False
        self._value: Entity | None = None

    def get(self) -> Entity | None:
        if not self._done:
            self._value, self._done = _introduced(*self._args), True
            p, reg, text, _names = self._args
            if self._value is None and self._prev is not None:
                self._value = _closing_person(self._prev, p, reg, text)
        return self._value


_FOR_WHOM = frozenset({"for", "with", "against", "like", "unlike", "to"})
"""Prepositions before a body that opens a sentence as its setting, not its subject."""
_CLOSING_PREPS = frozenset({"in", "at", "from", "near", "around", "outside", "inside", "across", "into", "of",
                            "to", "for", "with", "by", "on", "toward", "towards", "over", "through"})


def _closing_person(prev: _Para, p: _Para, reg: Registry, text: str) -> Entity | None:
    """The one person the quote-free last sentence of the paragraph just before brings in: `It
    was then that the Speaker, Sir Geoffrey Marlow, rose.` / `"Order! Order!" he said.`"""
    if not prev.sents or not text[prev.end:p.start].isspace():
        return None
    a, b = prev.sents[-1]
    k = bisect_left(prev.quotes, a)
    while k < len(prev.quotes) and prev.quotes[k] < b:
        if title_words(prev.toks[prev.quotes[k]].text) < 2:
            return None  # it quotes someone: the usual rules have read it (a title quotes nobody)
        k += 1
    found: Entity | None = None
    for m in prev.mentions[bisect_left(prev.starts, a):]:
        if m.i >= b:
            break
        if m.kind != "name" or m.org or m.media or _possessive(prev.toks, m.j) or (
                m.i > 0 and prev.toks[m.i - 1].low in _CLOSING_PREPS):
            continue  # "a ceasefire around El Fasher": a place
        ent = reg.resolve(m, prev.toks[m.i].start)
        if ent is None or ent.type != "person" or " " not in ent.name or ent.name not in reg.people:
            continue  # (a pair the registry never took for a person: "among Irish Americans")
        if found is not None and found.name != ent.name:
            return None  # two people: nothing says which
        found = ent
    return found


def _introduced(p: _Para, reg: Registry, text: str, names: NameCache | None = None) -> Entity | None:
    """The person the quote-free line before `p` opens its first sentence on, who a following
    quote's bare "he"/"she" (or a paragraph of nothing but quotation) most likely means.

    News introduces a new voice in a paragraph of its own (`Council member Ruben Adeyemi, who
    chairs the committee, questioned the plan.`) and quotes them in the next (`"...," he said.`);
    without this the pronoun would fall to whoever spoke last. Only that line's first sentence is
    read, and only for quoting paragraphs that follow such a line.
    """
    if p.prev_free is None:
        return None
    ps, pe = p.prev_free
    if (handed := _HANDOVER.match(text, ps, pe)) is not None:
        # "Extracts from the Bishop's homily follow.": the words below are the owner's
        owner = handed.group(1).strip()
        for kind in ("desc", "name"):
            said = owner if kind == "name" else owner.casefold()
            ent = reg.resolve(Mention(0, 0, kind, said), handed.start(1))
            if ent is not None and ent.type == "person" and " " in ent.name:
                return ent
    ps = dateline_end(text, ps, pe)  # "LOWELL BASIN, Mich. — Kestrel Valley Health ...": no one
    found = _line_subject(ps, pe, reg, text, names)
    if found is not None and (asked := _ASKED_WHO.search(text, ps, min(pe, ps + 160))) is not None and \
            found.name.split()[-1] in text[ps:asked.start()]:
        # "Dunford asked Coldiron whether the commission had considered it." then `"...," she
        # said`: the answer is the one asked
        answer = reg.resolve(Mention(0, 0, "name", asked.group(1)), asked.start(1))
        if answer is not None and answer.type == "person" and answer.name != found.name:
            return answer
    behalf = text.find(" on behalf of ", ps, pe)
    if found is not None and behalf > 0:
        # "the family's solicitor, Priya Nandakumar, read a statement on behalf of Callum's mother,
        # Joanne Ferris.": the words are the mother's
        k = bisect_left(reg.person_positions, behalf)
        end = min(pe, behalf + 80)
        on_behalf = None
        while k < len(reg.person_positions) and reg.person_positions[k] < end:
            on_behalf = reg.person_names[k]
            k += 1
        if on_behalf is not None and on_behalf != found.name:
            return Entity(name=on_behalf, type="person")
    if found is None and (second := _second_sentence(text, ps, pe, reg)) is not None:
        # "Not every owner who lost a permit was an out-of-state investor. Stan Kowalczyk, a
        # retired machinist, told the Observer ...": a sentence that names nobody sets the scene
        # for the one that brings the speaker in
        found = _line_subject(second, pe, reg, text, names)
    elif found is None and (at := _sentence_end(text, ps, min(pe, ps + 300))) > 0:
        # "The Salt Year is one of 21 titles ... a jury led by Lucia Ferrante. At the jury's press
        # conference, Ferrante said ...": the second sentence is about the person the first brought in
        found = _line_subject(at, pe, reg, text, names)
        if found is not None and found.name.split()[-1] not in text[ps:at]:
            found = None
    if found is None and _STATEMENT_LINE.match(text, ps) is not None:
        # "The statement, first provided to People magazine, read in part:" after "..., a
        # representative for Marlowe confirmed": the representative who gave it, as written
        reps = list(_REPRESENTATIVE.finditer(text, max(0, ps - 700), ps))
        if reps:
            rep = reps[-1].group(1)
            found = Entity(name=rep[0].lower() + rep[1:] if rep.startswith(("A ", "An ")) else rep,
                           type="unknown")  # (never "anderson's rep")
    return found


_STATEMENT_LINE = regex.compile(r"(?:The|A|Her|His|Their) (?:joint )?statement\b")
_SPEAKS_FOR = "(?:representative|rep|" + "|".join(sorted(SPOKES_HEADS)) + ")"
_REPRESENTATIVE = regex.compile(
    r"\b((?:[Aa]n? " + _SPEAKS_FOR + r" for (?:the )?\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*)*)|"
    r"(?:\p{Lu}[\p{L}-]*['\u2019]s? (?:own )?" + _SPEAKS_FOR + r"))\b")
_SENTENCE_END = regex.compile(r"[.!?] (?=\p{Lu})")
_ASKED_WHO = regex.compile(
    r"\basked (?:[\p{Ll}-]+ ){0,3}((?:\p{Lu}[\p{L}'\u2019-]+ ){0,3}\p{Lu}[\p{L}'\u2019-]+),? "
    r"(?:whether|if|about|why|how|what|when|to)\b")


def _sentence_end(text: str, ps: int, limit: int) -> int:
    """Where the sentence opening at `ps` ends (past abbreviations and initials), or -1."""
    at = ps
    while (end := _SENTENCE_END.search(text, at, limit)) is not None:
        if not _abbreviation_at(text, ps, end.start()):
            return end.end()
        at = end.end()
    return -1


_NAMELESS_SENTENCE = regex.compile(r"[^.!?]*?[.!?] (?=\p{Lu})")


_HANDOVER = regex.compile(
    r"[ \t]*(?:(?:Extracts?|Excerpts?|Highlights|Parts?|The (?:full )?text|A transcript|Here is|Here are|"
    r"Below is|Below are|What follows is|Read) [^.\n:]{0,40}?)?(?:of |from )?(?:the |The )?"
    r"(\p{L}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})['’]s? (?:full |prepared |closing |opening )?"
    r"(?:homily|speech|address|remarks|statement|sermon|letter|message|testimony|lecture|eulogy|post|"
    r"speeches|answers)\b[^.\n]{0,40}?[.:][ \t]*$", regex.MULTILINE)
"""A line handing over to the quotation below it by its speaker's possessive ("Extracts from the
Bishop's homily follow.", "The minister's full statement:")."""


def _second_sentence(text: str, ps: int, pe: int, reg: Registry) -> int | None:
    """Where the second sentence of text[ps:pe] starts, when the first one names no person past its
    first word (so no one the second sentence could be about instead): "Residents of Obunga said
    ... . Mary Atieno, a mother of four, said ..." brings in Mary Atieno."""
    m = _NAMELESS_SENTENCE.match(text, ps, min(pe, ps + 200))
    if m is None:
        return None
    capitals = [w for w in text[ps:m.end()].split()[1:] if w[:1].isupper()]
    if capitals:  # (most scene-setting sentences have none: no set of name parts to build)
        people = {part for name in reg.people for part in name.split()}
        if any(w.strip(".,;:'’s") in people or w.strip(".,;:'’") in people for w in capitals):
            return None
    return m.end()


_SHOWING = frozenset({"showed", "shows", "filmed", "films", "pictured", "aired", "broadcast", "broadcasts"})


def _shown_person(toks: list[Token], base: int, mentions: list[Mention], reg: Registry) -> Entity | None:
    """`Iranian state television showed Zarrabi arriving at the airport.` then `"...," he told
    IRIB`: the outlet only shows him; the sentence is about the person it shows."""
    for idx, m in enumerate(mentions):
        if m.i > base + 2:
            return None
        if not (m.kind == "mdesc" or m.media) or m.j + 2 >= len(toks) or toks[m.j + 1].low not in _SHOWING:
            continue
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        if nxt is None or nxt.i != m.j + 2 or nxt.kind != "name" or nxt.org:
            return None
        ent = reg.resolve(nxt, toks[nxt.i].start)
        return ent if ent is not None and ent.type == "person" else None
    return None


_NAMED_BEFORE_COLON = regex.compile(
    r"(?:^|, )((?:\p{Lu}[\p{L}'\u2019-]+ ){0,3}\p{Lu}[\p{L}'\u2019-]+) (\p{Ll}+)(?: [\p{Ll}]+){0,2}:$")
_NAMED_IN_APPOSITION_COLON = regex.compile(
    r", (?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Engr)\.? )?((?:\p{Lu}[\p{L}'\u2019-]+ ){1,3}\p{Lu}[\p{L}'\u2019-]+), "
    r"(\p{Ll}+)(?: [\p{Ll}]+){0,2}:$")
"""`..., the President of the GFA, Mr. Nana Yaw Boakye-Ansah, said:`: the office's holder."""
_NAMED_APPOSED_BEFORE_COLON = regex.compile(
    r"(?:^| )((?:\p{Lu}[\p{L}'\u2019-]+ ){1,3}\p{Lu}[\p{L}'\u2019-]+), [^,]{3,100}, "
    r"(\p{Ll}+)(?: [\p{Ll}]+){0,2}:$")


_OPENS_APPOSED = regex.compile(
    r"(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s)?(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){1,3}),"
    r"\s[^:;\n]{3,160},\s(?:said|says|commented|comments|added|adds|wrote|writes):")


def _named_before_colon(line: str, ps: int, reg: Registry) -> Entity | None:
    """A line handing over to quotation whose last clause is a known person and a speech verb:
    `In a Slack message to the group, which two employees shared with Stackwire, Oduya wrote:`
    (the clauses before the name set the scene and name other parties), also past an apposition
    (`..., federal judge Ana Lins Sampaio, of the 10th Federal Court, wrote:`)."""
    m = _NAMED_BEFORE_COLON.search(line, max(0, len(line) - 80)) or \
        _NAMED_APPOSED_BEFORE_COLON.search(line, max(0, len(line) - 160)) or \
        _NAMED_IN_APPOSITION_COLON.search(line, max(0, len(line) - 80))
    first = m.group(1).split(" ", 1)[0] if m is not None else ""
    if m is None or m.group(2) not in reg.lex.cue_forms or first in STOP_CAPS or first in reg.lex.titles:
        return None  # (never "The post continued:"; "Mrs Rede said:" is left to the title rules)
    ent = reg.resolve(Mention(0, 0, "name", m.group(1)), ps + m.start(1))
    return ent if ent is not None and ent.type == "person" and m.group(1).split()[-1] in ent.name else None


def _line_subject(ps: int, pe: int, reg: Registry, text: str,
                  names: NameCache | None = None) -> Entity | None:
    """The person the text from `ps` to `pe` (a line, or a paragraph's untokenised opening) opens
    its first sentence on (its last, when it ends on a colon): see `_introduced`.

    A handing-over sentence that names nobody ("The relevant part, as transcribed by PatchDesk:")
    hands over the words of whoever the line opened on ("Sointu CEO Mikaela Rautio addressed the
    incident in a video posted on LinkedIn.")."""
    found = _line_subject_read(ps, pe, reg, text, names)
    if found is None and text[ps:pe].rstrip()[-1:] == ":":
        last = text.rfind(". ", ps, pe)
        while last > ps and _abbreviation_at(text, ps, last):
            last = text.rfind(". ", ps, last)
        if last > ps:
            return _line_subject_read(ps, last + 1, reg, text, names)
    return found


def _line_subject_read(ps: int, pe: int, reg: Registry, text: str,
                       names: NameCache | None = None) -> Entity | None:
    stripped = text[ps:pe].rstrip()
    if not stripped or stripped[-1] not in _TERMINAL:
        return None  # a headline or a label, not a sentence about someone
    line_start = -1
    if stripped[-1] == ":" and (opened := _OPENS_APPOSED.fullmatch(stripped)) is not None and \
            opened.group(1).split(" ", 1)[0] not in STOP_CAPS and \
            (ent := reg.resolve(Mention(0, 0, "name", opened.group(1)), ps + opened.start(1))) is not None \
            and ent.type == "person":
        # an expert reaction's "Prof Alasdair McCrimmon, Professor of Cancer Epidemiology, University
        # of Glasgow, said:": the name the line opens on, past its titles and institution
        return ent
    if stripped[-1] == ":" and (before_colon := _named_before_colon(stripped, ps, reg)) is not None:
        return before_colon  # "In a Slack message to the group, which staff shared with us, Oduya wrote:"
    if stripped[-1] == ":":
        # "The port authority welcomed the vote. Its chief executive, Miriam Stone, said in a
        # statement:": the sentence that hands over to the quotation is the one to read
        last = text.rfind(". ", ps, ps + len(stripped))
        while last > ps and _abbreviation_at(text, ps, last):
            last = text.rfind(". ", ps, last)
        if last > ps:
            line_start, ps = ps, last + 2
    # the subject sits in the first few words: read at most ~70 characters, cut at a space
    # (a sentence handing over to quotation is read further: "Addressing officers at a camp in
    # Kati on Saturday, the 46-year-old said in remarks broadcast by ORTM:")
    opener = text[ps:ps + 24].split(None, 1)[0].casefold() if text[ps:ps + 24].strip() else ""
    # (and so is a line opening on a setting: "At a relief centre set up in a primary school in
    # Manek Urai, housewife Rohana Ismail said")
    reach = 70 if line_start < 0 and not (opener in _LEAD_INS or opener in _ASKED or opener[-3:] == "ing") \
        else 160
    stop = text.find(". ", ps, min(pe, ps + reach))
    while stop > ps and _abbreviation_at(text, ps, stop):  # "Rep. Thomas Beaulieu ..."
        stop = text.find(". ", stop + 2, min(pe, ps + reach))
    cut = stop + 1 if stop >= 0 else (pe if pe - ps <= reach else text.rfind(" ", ps, ps + reach))
    while stop < 0 and 0 < cut < pe - 1 and text[cut + 1:cut + 2].isupper() and cut - ps < reach + 40:
        # never cut a name short ("Datuk Mohd Faizal Che | Harun said"): read to the end of its run
        nxt_space = text.find(" ", cut + 1, pe)
        cut = pe if nxt_space < 0 else nxt_space
    toks: list[Token] = []
    _words(text, ps, max(cut, ps), toks)
    base = 0
    if toks and ((toks[0].low[-3:] == "ing" and toks[0].text[:1].isupper()) or toks[0].low in _LEAD_INS or
                 toks[0].low in _ASKED or
                 (len(toks) > 1 and toks[1].low == "by" and toks[0].text[:1].isupper())):
        # "Briefing the 15-member Council, Hélène Carvalho, ... said", "Before the vote, UN
        # humanitarian chief Marta Ruiz gave ...", "Asked whether there was more to come, Tavares
        # grinned.", "In a trackside interview with NBC Sports, Tavares took a moment ...", "Met by
        # reporters outside the court, Zulkarnain appeared composed": past the opening participle or setting
        for x in range(1, min(len(toks), 24)):
            if toks[x].text == ",":
                base = x + 1
                break
    mentions = find_mentions(toks, reg.lex, False, names)
    if base >= 2 and toks[base - 2].word and toks[base - 2].text == toks[base - 2].low:
        firm = next((m for m in mentions if m.i == base), None)
        if firm is not None and firm.org and firm.j + 1 < len(toks) and toks[firm.j + 1].text == ",":
            # "In a statement issued through her solicitors, Hartley Prosser LLP, Mrs X said"
            base = firm.j + 2
    if line_start >= 0 and _points_back(toks, base, mentions):
        # "General Moussa Sangaré ... has accused ... . Addressing officers, the 46-year-old said
        # in remarks broadcast by ORTM:": the person the line opened on
        return _line_subject(line_start, ps - 1, reg, text, names)
    if not mentions:
        # "Hask, 68, is a quiet man": a surname opener the article explained earlier
        first = toks[0].text if toks else ""
        if first[:1].isupper() and first.isalpha():
            ent = reg.resolve(Mention(0, 0, "name", first), ps)
            return ent if ent is not None and ent.type == "person" and " " in ent.name else None
        return None
    if (first_name := _FIRST_NAME_ONLY.search(text, ps, cut)) is not None:
        # "One man, who gave only his first name, Travis, said": the name he gave
        return Entity(name=first_name.group(1), type="person")
    if (shown := _shown_person(toks, base, mentions, reg)) is not None:
        return shown
    if base + 2 < len(toks) and toks[base].low in _UNNAMED_OPENERS and (
            toks[base + 1].low in SOURCE_HEADS or (toks[base].low in ("a", "an") and
                                                   is_role(toks[base + 1].low, reg.lex.role_nouns))) and \
            (end := _who_after(toks, base + 2, reg.lex.cue_forms)) > 0:
        # "A person familiar with the matter said ...", "A nurse at Sointu's hospital in Tampere,
        # who spoke to Yle on condition of anonymity, ...": as described
        return _unnamed(toks, base, end)
    for idx, m in enumerate(mentions):
        if m.i < base:
            continue
        if m.kind == "name" and m.text in ("One", "Another"):
            continue  # "One senior Democratic aide, granted anonymity, said": a number, no name
        if stripped[-1] == ":" and (m.i == base or (m.i == base + 1 and toks[base].low == "the")) and \
                m.j + 1 < len(toks) and toks[m.j + 1].low in reg.lex.cue_forms and (
                    m.org or m.owner or (m.kind == "desc" and m.text.split()[-1] in ORG_ROLES) or (
                        m.kind == "name" and (body := reg.resolve(m, toks[m.i].start)) is not None and
                        body.type in ("organization", "government"))):
            # "In a commentary carried by KCNA, North Korea's defence ministry said:" and then
            # paragraphs of its words: the body speaks them
            return reg.resolve(m, toks[m.i].start)
        if m.kind == "name" and m.org and m.text.split(" ", 1)[0] in reg.lex.titles and \
                idx + 1 < len(mentions) and (named := mentions[idx + 1]).kind == "name" and \
                not named.org and named.i == m.j + 2 and toks[m.j + 1].text == ",":
            # "the Governor of the Central Bank, Dr Kwabena Asante-Mensah, said": an office, then its holder
            ent = reg.resolve(named, toks[named.i].start)
            return ent if ent is not None and ent.type == "person" else None
        if base and m.i == base and m.kind == "name" and m.j + 2 < len(toks) and \
                toks[m.j + 1].text == "," and idx + 1 < len(mentions) and mentions[idx + 1].i == m.j + 2 and \
                mentions[idx + 1].kind == "name" and any(t.low == "by" for t in toks[1:base]):
            continue  # "Questioned by her attorney, Rachel Stein, Vale described ...": the attorney's name
        if _in_quoted_title(text, ps, toks[m.i].start):
            continue  # `In her memoir, "Salt on the Strings," she wrote`: words of the title
        if m.kind == "desc" and (
                m.owner or toks[m.i].low in _DESC_OPENERS or _owned_opening(toks, base, m.i)) and \
                idx + 1 < len(mentions) and \
                mentions[idx + 1].i == m.j + 2 and toks[m.j + 1].text == "," and \
                mentions[idx + 1].kind == "name" and not mentions[idx + 1].org:
            # "Outside court, Callum's father, Gareth Price, read a statement", "Its chief
            # executive, Miriam Stone, said": the apposed name
            ent = reg.resolve(mentions[idx + 1], toks[m.j + 2].start)
            if ent is not None and ent.type == "person" and " " not in ent.name and m.owner and \
                    m.text.casefold() in KIN_NOUNS:
                # "Santos's husband, Paulo,": Paulo Santos (as the registry reads it in a sentence
                # it tokenised; this one it had only scanned for full names)
                owner = reg.resolve(Mention(0, 0, "name", m.owner), ps)
                if owner is not None and owner.type == "person" and \
                        (full := reg.kin_name(ent.name, owner.name)) is not None:
                    ent = Entity(name=full, type="person")
            return ent if ent is not None and ent.type == "person" else None
        if m.kind == "name" and not m.org and m.i > base and toks[m.i - 1].low in ("was", "is") and \
                all(n.kind != "name" for n in mentions[:idx]) and \
                all(t.word and t.text == t.low for t in toks[base + 1:m.i - 1]):
            # "One of the last speakers of the night was Marguerite Oduya, who ...": named in the
            # predicate, she is who the sentence is about
            ent = reg.resolve(m, toks[m.i].start)
            return ent if ent is not None and ent.type == "person" and " " in ent.name else None
        # the person must be the sentence's subject: at most a title's words ("Council member",
        # "Sund's lawyer,") before it, and no other party ("Critics including Bob Stone ...")
        if m.kind == "pron" and m.text in ("he", "she") and m.i - base <= 10 and \
                toks[m.i + 1:m.i + 2] and toks[m.i + 1].low in _WRITING_VERBS and all(
                    not toks[x].word or _in_quoted_title(text, ps, toks[x].start) for x in range(base, m.i)):
            # `In her memoir, "...," she wrote about her father:` then the quotation: her words
            ent = reg.resolve(m, toks[m.i].start)
            return ent if ent is not None and ent.type == "person" else None
        apposed = m.kind == "name" and not m.org and m.i - base < 12 and toks[base].low in _DESC_OPENERS and \
            toks[m.i - 1].text == "," and m.j + 1 < len(toks) and toks[m.j + 1].text == "," and \
            all(t.text != "," for t in toks[base:m.i - 1])
        # ("The study's senior author, Tobias Lindqvist, a geneticist, was more guarded": the name
        # in apposition to the describing subject)
        if not apposed and (m.i - base >= 8 or m.kind == "pron" or (
                m.i - base >= 5 and any(t.text == "," for t in toks[base:m.i]))):
            return None
        if m.i > 0 and toks[m.i - 1].low in _SETTING_PREPS:
            continue  # "Back at Windorah, Ms McAllister said ...": a place, not the subject
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        short = 3 if m.j + 3 < len(toks) and toks[m.j + 1].text == "(" and toks[m.j + 3].text == ")" else 0
        named_next = next((n for n in mentions[idx + 1:idx + 3] if n.kind == "name"), None)
        if m.kind == "desc" and named_next is not None and not named_next.org and \
                m.i <= named_next.i <= m.j + 1:
            continue  # "State disaster committee secretary Datuk X said": the title of the name after it
        if m.kind in ("desc", "name") and not m.title and named_next is not None and not named_next.org and \
                m.j + short + 1 < named_next.i <= m.j + short + 5 and \
                all((t.text == t.low or t.text.isupper()) and t.word and t.low not in ADVERBS and
                    not (t.low[-2:] == "ed" and len(t.low) > 4)
                    for t in toks[m.j + short + 1:named_next.i]) and \
                named_next.text.casefold() not in DEMONYMS and \
                norm_key(named_next.text) not in reg.lex.places:
            # (and "Kuala Krai OCPD Supt Azman Yaakob said": the district's police chief)
            # ("Samajik Nyay Morcha (SNM) state president Kavita Choudhary": past the short form)
            # "NASA associate administrator for science Renata Voss said": her title (never "Menon
            # also addressed U.S. export curbs": a verb, and a place; nor "Hiroko Vance sailed out
            # of Woods Hole": a person's words are never a title; never
            # "Foreign Minister Marguerite Ilunga accused neighbouring Rwanda": a titled person)
            continue
        if m.kind == "desc" and nxt is not None and nxt.kind == "name" and not nxt.org and \
                m.i <= nxt.i <= m.j + 1:
            continue  # "UN humanitarian chief Marta Ruiz gave ...": the title of the name after it
        if m.kind == "desc" and toks[base].low in _UNNAMED_OPENERS and \
                base <= m.i <= base + 3 and \
                all(t.word and t.text == t.low for t in toks[base + 1:m.i]) and \
                m.text.split()[-1] not in _SPOKES and \
                (who := _who_after(toks, m.j + 1, reg.lex.cue_forms)) > 0:
            # "A software engineer who was laid off ... said many workers ...", "One teacher at the
            # school, who asked not to be named, said": someone unnamed, whom the next quote's
            # "she" means (not the last person named)
            return _unnamed(toks, base, who)
        if m.kind == "desc" and m.i == base and toks[m.i].low == "the" and not m.owner and \
                m.text.split()[-1] not in ORG_ROLES and m.j + 1 < len(toks) and (
                    toks[m.j + 1].low in reg.lex.cue_forms or
                    (base and toks[m.j + 1].word and toks[m.j + 1].text == toks[m.j + 1].low)):
            # (and after a lead-in, any verb: "Asked whether ..., the governor paused")
            # "The coroner said she would send a report ...": the coroner the article named
            ent = reg.resolve(m, toks[m.i].start)
            if ent is not None and ent.type == "person":
                return ent
        if m.kind == "desc" and not (m.owner or m.i == 0 or (m.i == base and toks[m.i].low == "the")):
            return None
        if m.kind == "desc" and m.i in (0, base) and " " not in m.text and (
                m.text in DEMONYM_NOUNS or m.text.casefold() in DEMONYMS):
            # "The Briton, who only entered the draw when ...": the person named just before
            ent = reg.resolve(m, toks[m.i].start)
            return ent if ent is not None and ent.type == "person" else None
        if m.kind == "name" and m.j + 2 < len(toks) and toks[m.j + 1].text == "," and \
                toks[m.j + 2].low == "which":
            return None  # "Iloilo, which had led by nine, was left to rue ...": a team or a place
        if m.kind == "name" and m.i == base and toks[m.i].text == "The":
            return None  # "The Salt Year is one of 21 titles ...": a work or a thing, no person
        if m.kind == "name" and not m.org and not _possessive(toks, m.j):
            ent = reg.resolve(m, toks[m.i].start)
            if ent is not None and ent.type == "person" and " " not in ent.name and len(toks) > m.j + 1 \
                    and toks[m.j + 1].text != ",":
                return None  # a lone capitalised opener no full name explains ("Awards went to")
            return ent if ent is not None and ent.type == "person" else None
    return None


def _points_back(toks: list[Token], base: int, mentions: list[Mention]) -> bool:
    """Whether a sentence's subject at `base` only refers to someone named before it: "he", "the
    46-year-old", "the president" (a person's role, not a body's)."""
    if base + 3 < len(toks) and toks[base].low == "the" and toks[base + 1].text.isdigit() and \
            toks[base + 3].low == "year-old":
        return True  # (an age is no mention of its own)
    m = next((x for x in mentions if x.i >= base), None)
    return m is not None and m.i == base and (
        (m.kind == "desc" and toks[m.i].low == "the" and m.text.split()[-1] not in ORG_ROLES) or
        (m.kind == "pron" and m.text in ("he", "she")))


def _unnamed(toks: list[Token], a: int, b: int) -> Entity:
    """Someone the article does not name, known by all the words that describe them ("one teacher
    at the school"), the opening article in lower case."""
    words = [t.text for t in toks[a:b]]
    name = " ".join([words[0].casefold(), *words[1:]])
    return Entity(name=name.replace(" 's ", "'s ").replace(" \u2019s ", "\u2019s "), type="unknown")


def _who_after(toks: list[Token], k: int, cues: Mapping[str, str]) -> int:
    """Where an unnamed person's description ends: before a relative "who" or an aside saying why
    they are unnamed (", granted anonymity"), after at most a short lower-case complement ("at
    the school"); or, for a source "familiar with the matter", before the verb. 0 otherwise."""
    source = k > 0 and toks[k - 1].low in SOURCE_HEADS
    for x in range(k, min(len(toks) - 1, k + (8 if source else 5))):
        if toks[x].low == "who":
            return x
        if toks[x].text == "," and toks[x + 1].low in _UNNAMED_ASIDES:
            return x
        if source and x > k and toks[x].low in cues:
            return x  # "A person familiar with the matter said"
        if not toks[x].word or toks[x].text != toks[x].low:
            break
    if source or k >= len(toks) or toks[k].low not in _PLACE_WORDS:
        return 0
    # "A nurse at Sointu's hospital in Tampere, who ...": a workplace may be named, when an aside
    # saying why the person is unnamed ends it (never "A nurse, Jane Moss, said": a name in apposition)
    for x in range(k + 1, min(len(toks) - 1, k + 10)):
        if toks[x].text == "," and toks[x + 1].low in _UNNAMED_ASIDES:
            return x
        if not (toks[x].word or toks[x].low == "'s"):
            return 0
    return 0


_FIRST_NAME_ONLY = regex.compile(
    r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother) [^,.]{1,40}, who (?:(?:gave|would give) only|(?:asked|wished|wanted) "
    r"to be (?:identified|named|called) only by) (?:his|her|their) first name, (\p{Lu}[\p{L}'’-]+),")
"""`One man, who gave only his first name, Travis,`: the name he gave is who he is here."""
_UNNAMED_OPENERS = frozenset({"a", "an", "one", "another"})
_PLACE_WORDS = frozenset({"at", "in", "from", "with", "for", "on"})
_UNNAMED_ASIDES = frozenset({"who", "granted", "speaking", "asking", "requesting", "citing"})


def _owned_opening(toks: list[Token], base: int, i: int) -> bool:
    """"The state's emergency management director, Erin Tsosie-Blake, toured ...": a role that a
    thing owns, the sentence's subject although its description opens a few words before it."""
    return i - base <= 6 and toks[base].low in _DESC_OPENERS and \
        any(t.low == "'s" for t in toks[base:i]) and \
        all((t.word and t.text == t.low) or t.low == "'s" for t in toks[base + 1:i])


_OPENING_MARKS = "\u201c\u00ab\u201e"
_CLOSING_MARKS = "\u201d\u00bb\u201c"


def _in_quoted_title(text: str, start: int, pos: int) -> bool:
    """Whether `pos` lies inside quote marks opened after `start` (a quote-free line quotes only
    titles, whose capitalised words name nobody)."""
    before = text[start:pos]
    if '"' in before and before.count('"') % 2 == 1:
        return True
    opened = max(before.rfind(c) for c in _OPENING_MARKS)
    if opened < 0:
        return False
    return not any(c in before[opened + 1:] for c in _CLOSING_MARKS if c != before[opened])


_DESC_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
_WRITING_VERBS = frozenset({"wrote", "writes", "recalled", "recalls", "remembered", "remembers", "said",
                            "says", "told", "tells", "explained", "explains", "described", "describes"})
_ASKED = frozenset({"asked", "pressed", "questioned", "challenged", "quizzed"})
_LEAD_INS = frozenset({"before", "after", "earlier", "later", "during", "on", "at", "in", "meanwhile",
                       "hours", "minutes", "days", "weeks", "moments", "shortly", "soon",
                       "however", "still", "instead", "nevertheless", "indeed", "but", "yet",
                       "separately", "afterwards", "then", "also", "yesterday", "today"})
_ABBREVIATIONS = frozenset({"Rep", "Sen", "Gov", "Dr", "Mr", "Mrs", "Ms", "St", "Gen", "Lt", "Col", "Capt",
                            "Prof", "Rev", "Jr", "Sr", "Sgt", "Adm", "Maj", "Cmdr", "Insp", "Supt", "Hon"})


def _abbreviation_at(text: str, start: int, stop: int) -> bool:
    """Whether the full stop at `stop` ends a title's abbreviation or an initial, not a sentence."""
    word_start = text.rfind(" ", start, stop) + 1 or start
    word = text[max(word_start, start):stop]
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _possessive(toks: list[Token], j: int) -> bool:
    """A name that owns what follows (`Solvane's prime minister, Idris Haddad,`) only modifies it:
    the person meant is the one the phrase goes on to name, never the owner."""
    return j + 1 < len(toks) and toks[j + 1].low == "'s"  # the tokenizer folds \u2019 into '


def _cue_text(toks: list[Token], frame: Frame) -> str | None:
    if frame.cue < 0:
        return None
    t = toks[frame.cue]
    if frame.rule == "according":
        return "according to"
    if t.low == "put" and frame.cue + 1 < len(toks):
        return "put it"
    if frame.cue + 1 < len(toks) and toks[frame.cue + 1].low == "back" and \
            t.low in ("shot", "shoots", "fired", "fires", "hit", "hits"):
        return f"{t.text} back"  # the verb is "shot back", not "shot"
    return t.text


def _relays(sent: Sentence, frame: Frame, speaker: Entity, reg: Registry,
            p: _Para) -> list[tuple[Entity, str]]:
    toks = p.toks
    out: list[tuple[Entity, str]] = []
    seen = {speaker.name}
    for r in find_relays(sent, frame.subject, frame.cue):
        apposed = sent.by_start.get(r.mention.j + 2) if r.mention.kind == "mdesc" and \
            r.mention.j + 2 < len(toks) and toks[r.mention.j + 1].text == "," else None
        if r.mention.kind == "pron":  # "The Tasnim news agency struck a harder tone. It quoted ..."
            ent = _paragraph_outlet(p, r.mention.i, reg)
        elif apposed is not None and apposed.kind == "name" and (apposed.media or not apposed.org):
            # "read on the state broadcaster, RTD,": the broadcaster the apposition names
            known = reg.lex.outlet(apposed.text)
            ent = Entity(name=known.name if known is not None else apposed.text, type="media")
        else:
            ent = reg.resolve(r.mention, toks[r.mention.i].start)
            if ent is not None and r.mention.kind == "name" and r.mention.i > 0 and \
                    toks[r.mention.i].text == "The" and ent.name[:4] != "The " and \
                    reg.lex.outlet(ent.name) is None:
                ent = Entity(name=f"The {ent.name}", type="media")  # "told The Information": its title
        if ent is not None and r.mention.kind == "name" and " " not in ent.name and \
                (full := reg.outlet_by_tail(ent.name.casefold())) is not None:
            ent = Entity(name=full, type="media")  # "told the Star" after "told the Toronto Star"
        if ent is None or ent.name in seen:
            continue
        if r.mention.kind == "name":
            reg.note_outlet(ent.name, toks[r.mention.i].start)  # what "the paper" means from here on
        seen.add(ent.name)
        out.append((ent, r.cue))
    return out


def _from_context(text: str, sp: Span, p: _Para, si: int, para_speaker: Entity | None,
                  para_relays: list[tuple[Entity, str]], found: list[_Found], reg: Registry,
                  introduced: _Introduced | None = None,
                  ) -> tuple[Entity | None, float, list[tuple[Entity, str]], str | None]:
    """A quote with no attribution in its sentence: the paragraph (or the quote before) speaks.

    `introduced` is the person a quote-free paragraph just before presented: a paragraph that
    is nothing but quotation is theirs unless something nearer says otherwise.
    """
    words = text[sp.start:sp.end].split()
    opens = len(text[p.start:sp.start].strip()) <= 1
    if opens and (tagged := _tagged_line(text, sp.end + 1, p.end, reg)) is not None:
        return tagged, 0.8, [], None
    if sp.group >= 0:
        if para_speaker is not None:  # `X told analysts. "... (runs on)`: X goes on speaking
            return para_speaker, 0.6, list(para_relays), None
        if introduced is not None and opens and (person := introduced.get()) is not None:
            # (a later part that names its speaker still wins)
            return person, 0.5, _intro_relays(text, p, reg, person, found), None
        return None, 0.6, [], None  # filled from the rest of its multi-paragraph quote
    if para_speaker is not None:
        return para_speaker, 0.6, list(para_relays), None
    # the next sentence may carry it: `"We will win." That was how Kim put it.`
    if si + 1 < len(p.sents):
        a, b = p.sents[si + 1]
        sent = _window(p, a, min(b, a + _WINDOW), reg)
        for c in range(a, min(b, a + 14)):  # ("Sarah Lindgren, an analyst at X, said": past the aside)
            if (lemma := sent.cue_lemma(c)) is not None:
                subj, _how = sent.subject_of(c)
                if subj is not None:
                    ent = reg.resolve(subj, p.toks[subj.i].start)
                    if ent is not None:
                        return ent, 0.55, [], p.toks[c].text
                if lemma == "quote" and sent.low(c + 1) == "as":
                    continue  # `"...?" Iyer was quoted as saying.`: the speaker is "saying"'s
                break
    if len(words) >= 4 and words[0][:1].isupper() and si > 0:
        # `Asked about the overruns, Kowalczyk was blunt. "We underestimated the ground."`: a
        # sentence-long quote after a sentence about a person is that person's reply
        a = p.sents[si - 1][0]
        person = _paragraph_subject(p, p.sents[si][0], reg, a)
        if person is None:
            # `He paused. "And the people."`: a sentence that opens on "he" or "she" is about the
            # person the pronoun stands for, whose words follow
            x = bisect_left(p.starts, a)
            opener = p.mentions[x] if x < len(p.mentions) else None
            if opener is not None and opener.i == a and opener.kind == "pron" and \
                    opener.text in ("he", "she"):
                ent = reg.resolve(opener, p.toks[a].start)
                person = ent if ent is not None and ent.type == "person" else None
        if person is None and (b := p.sents[si - 1][1]) > a and p.toks[b - 1].quote < 0:
            # "One supporter, who has held a season ticket for decades, was blunt. '...'", "Asked
            # whether ..., the 51-year-old shrugged. '...'": whom the sentence before is about
            person = _line_subject(p.toks[a].start, p.toks[b - 1].end, reg, text)
            if person is None:
                person = _aged_subject(p, a, b, reg)
        if person is not None:
            return person, 0.55, [], None
    lead = text[p.start:sp.start].strip()
    if len(lead) <= 1 and not text[sp.end:p.end].strip(_CLOSERS + " \t\r") and \
            (person := _verdict_of(text, p.end, reg)) is not None:
        return person, 0.55, [], None  # (said outright, before whom the line before brought in)
    if introduced is not None and opens and len(words) >= 4 and (person := introduced.get()) is not None:
        # (not an old interview the line recalls: "In a 2017 interview with the Sunday Times, she
        # described ... She winces when I read the quote back." is said to the writer now)
        past = _PAST_INTERVIEW.search(text, p.prev_free[0], p.prev_free[1]) is not None \
            if p.prev_free is not None else False
        return person, 0.5, _intro_relays(text, p, reg, person, found, named=not past), None
    if len(lead) <= 1 and p.prev_free is None and len(found) >= 2 and found[-1].speaker is not None and (
            found[-1].cue in _REPLIES or found[-1].confidence == _TURN) and \
            not text[sp.end:p.end].strip(_CLOSERS + " \t\r"):
        # an exchange (`"...," Whitfield replied.` / `"Obligated. Not spent."` / `"Obligated, ..."`):
        # a paragraph of nothing but quotation is the other party's turn
        last = found[-1]
        last_name = last.speaker.name if last.speaker is not None else ""
        for g in reversed(found[:-1]):
            if g.para < last.para - 1:
                break
            if g.speaker is not None and g.speaker.name != last_name and g.speaker.type == "person":
                return g.speaker, _TURN, [], None
    if len(lead) <= 1 and found and found[-1].speaker is not None and found[-1].para >= 0 and len(words) >= 4:
        prev = found[-1]
        return prev.speaker, 0.5, list(prev.relays), prev.cue
    if len(words) <= 4 or all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return None, 0.1, [], None  # a scare quote, nickname or title nobody is quoted as saying
    return None, 0.3, [], None


def _tagged_line(text: str, after: int, end: int, reg: Registry) -> Entity | None:
    """`'Most rattled I have seen him' – BBC's Penhaligon`, `'They are running away': minister
    Vinod Rawat`: a live blog's or a headline's quote tagged with its speaker after a dash or a
    colon, the line's last words a person the article names."""
    tag = _TAG_AFTER.match(text, after, end)
    if tag is None:
        return None
    runs = _CAP_RUN.findall(tag.group(1))
    if not runs:
        return None
    words = runs[-1].split()
    while len(words) > 1 and words[0][-2:] in ("'s", "\u2019s"):
        words.pop(0)  # "BBC's Penhaligon": whose she is
    who = reg.resolve(Mention(0, 0, "name", " ".join(words)), after)
    return who if who is not None and who.type == "person" and (
        " " in who.name or who.name in reg.people or reg.surname_of_someone(who.name)) else None


_TAG_AFTER = regex.compile(r"[ \t]*[\u2013\u2014:-][ \t]+([^\n\"\u201c\u201d\u2018]{2,70}?)[ \t]*$",
                           regex.MULTILINE)
_CAP_RUN = regex.compile(r"\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+)*(?=[ \t]*$)")


_VERDICT = regex.compile(r"\s*(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are|came|comes|has been)\s|"
                         r"The (?:voice|words) (?:belongs? to|(?:is|are|was|were) (?:that|those) of)\s)")
"""`That was the verdict of X`, `The voice belongs to X`: the next paragraph says whose words."""


def _aged_subject(p: _Para, a: int, b: int, reg: Registry) -> Entity | None:
    """The person "the NN-year-old" stands for, when tokens a..b hold it as a verb's subject ("the
    51-year-old shrugged"): the one the article gave that age, else whoever spoke last."""
    toks = p.toks
    for x in range(a, b - 4):
        if toks[x].low == "the" and toks[x + 1].text.isdigit() and toks[x + 2].text == "-" and \
                toks[x + 3].low == "year-old" and toks[x + 4].word and toks[x + 4].text == toks[x + 4].low:
            last = Entity(name=reg.last_person, type="person") if reg.last_person else None
            return _of_age(reg, int(toks[x + 1].text), toks[x].start, last)
    return None


def _of_age(reg: Registry, age: int, pos: int, fallback: Entity | None) -> Entity | None:
    """Who "the NN-year-old" is: the person the article gave that age, else `fallback` unless the
    article gave them another age."""
    aged, others = reg.aged(age, pos)
    if aged is not None:
        return Entity(name=aged, type="person")
    return None if fallback is not None and fallback.name in others else fallback


def _verdict_of(text: str, end: int, reg: Registry) -> Entity | None:
    """`"We were not consulted, not once."` then `That was the verdict of Ellen Shaw, who ...`: a
    paragraph of nothing but quotation whose next paragraph says whose words they were."""
    m = _VERDICT.match(text, end)
    if m is None:
        return None
    stop = text.find(". ", m.end(), m.end() + 200)
    stop = m.end() + 200 if stop < 0 else stop
    k = bisect_left(reg.person_positions, m.end())
    if k < len(reg.person_positions) and reg.person_positions[k] < stop and " " in reg.person_names[k]:
        return Entity(name=reg.person_names[k], type="person")
    return None


_REPLIES = frozenset({"replied", "responded", "answered", "retorted", "countered", "shot back", "interjected",
                      "asked"})
_TURN = 0.45  # the confidence of a turn in an exchange, which also marks it as one


_HEADLINE_QUOTE = 0.3
"""The confidence of a headline's "'<words>': <rest>" quote that no one was found to have said: the
colon makes it a quotation (not a scare quote, which is dropped), so the body may still claim it."""


def _colon_headline(text: str, sp: Span, p: _Para) -> bool:
    """Whether the headline opens on the quote and a colon follows it (`'A betrayal': farmers ...`)."""
    return text[p.start:sp.start].strip() in ("", "\"", "'", "\u2018", "\u201c", "\u00ab") and \
        text[sp.end:sp.end + 3].lstrip("\"'\u2019\u201d\u00bb").startswith(":")


def _headline_lead(text: str, sp: Span, p: _Para, q: int, reg: Registry) -> tuple[Entity, float] | None:
    """`'Neighbourly duty': Ostrova turns on rival`: a headline opening on a quote and a colon gives
    the words to the person it goes on to name (the body may still claim them, see below)."""
    if not _colon_headline(text, sp, p):
        return None
    for m in p.mentions:
        if m.i > q and m.kind == "name" and m.i > 0 and p.toks[m.i - 1].low in _CLOSING_PREPS:
            continue  # "'...': solidarity arrives from Valparaíso": a place, no one's name
        if m.i > q and m.kind == "name":
            ent = reg.resolve(m, p.toks[m.i].start)
            return (ent, 0.6) if ent is not None and ent.type == "person" else None
        if m.i > q and m.kind == "desc" and not any(p.toks[x].word for x in range(q + 1, m.i)):
            # "'We will fight on': union leaders vow ...": the people the colon opens on
            nxt = next((x for x in p.mentions if x.kind == "name" and (
                x.i == m.j + 1 or (x.i == m.i and x.j > m.j))), None)  # (the name holds its title)
            if nxt is not None and not nxt.org:
                # "'...': EMA director Wesley Grant on the clean-up": the role's holder, named
                ent = reg.resolve(nxt, p.toks[nxt.i].start)
                return (ent, 0.6) if ent is not None and ent.type == "person" else None
            end = m.j
            while end + 1 < len(p.toks) and p.toks[end + 1].text == p.toks[end + 1].low and (
                    is_role(p.toks[end + 1].low, reg.lex.role_nouns)
                    or is_role(p.toks[end + 1].low[:-1], reg.lex.role_nouns)):  # "leaders"
                end += 1
            who = " ".join(t.text for t in p.toks[m.i:end + 1]) if end > m.j else m.text
            return Entity(name=who, type="unknown"), 0.5
    return None


_VOICE_TITLE = regex.compile(r"(?i:spokes(?:man|woman|person)|minister|ambassador|envoy)\b")


def _lead_para(found: list[_Found], paras: list[_Para], text: str) -> int:
    """The index of the lead paragraph (the first body paragraph with a quote), or -1 when that
    paragraph is not the article's first: only the headline, a time stamp, a byline or a dateline
    line may come before it (paragraphs may be split by one line break or two)."""
    lead = next((f.para for f in found if f.kind != "headline"), -1)
    if lead < 0:
        return -1
    before = prose = 0
    for line in text[:paras[lead].start].split("\n"):
        if line.strip():
            before += 1
            if _ends_prose(line.rstrip(), len(line.rstrip())):
                prose += 1
    # (a scraped page puts its masthead, section, standfirst, byline, date and a photo caption
    # first: lines, but none of them a paragraph of the story)
    return lead if before <= 3 or not prose else -1


def _next_line(text: str, end: int) -> int:
    """Where the next paragraph after offset `end` starts."""
    while end < len(text) and text[end] in "\r\n ":
        end += 1
    return end


_OPEN_QUOTES = "\"'\u201c\u2018\u00ab"
_UNNAMED_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "ministry"})
"""What a lead may call the voice its next paragraph names: "A Chinese foreign ministry spokeswoman
on Monday accused ...", then "spokeswoman Gu Xiaoqing told a briefing"."""


def _lead_voice(found: list[_Found], paras: list[_Para], text: str, reg: Registry) -> None:
    """`China on Thursday urged Japan to "stop hyping" ...`, then `Foreign Ministry spokeswoman
    Wang Lixin made the remarks ...`: a wire lead gives a state's words and its next paragraph the
    official who spoke them; the words are that official's.

    Only a lead whose quotes are a country's or a capital's (or its ministry's, or an unnamed
    spokesperson's), and only when the very next paragraph opens on a spokesperson, minister or
    envoy named in full.
    """
    lead = _lead_para(found, paras, text)
    if lead < 0:
        return
    p = paras[lead]
    voices: set[str] = set()
    for f in found:
        if f.para == lead and f.speaker is not None:
            key = norm_key(f.speaker.name)
            if key not in reg.lex.places and key not in reg.lex.metonyms and \
                    key.split()[-1] not in _UNNAMED_VOICES:
                return
            voices.add(f.speaker.name)
    if not voices or len(voices) > 2:
        return
    nxt = _next_line(text, p.end)
    k = bisect_left(reg.person_positions, nxt)
    if k >= len(reg.person_positions) or reg.person_positions[k] - nxt > 400:
        return
    name = reg.person_names[k]
    at = text.find(name, reg.person_positions[k], reg.person_positions[k] + 120)
    # the name opens the paragraph, or its quotation's attribution ("'...,' spokeswoman Gu Xiaoqing
    # told a briefing"): either way with the voice's title just before it
    opens = at >= 0 and (at - nxt <= 60 or text[nxt] in _OPEN_QUOTES)
    if " " not in name or not opens or "\n" in text[nxt:at] or \
            _VOICE_TITLE.search(text, max(nxt, at - 45), at) is None or \
            "'s " in text[max(nxt, at - 45):at] or "\u2019s " in text[max(nxt, at - 45):at]:
        return  # (not "Sweden's ambassador": another state's voice)
    voice = Entity(name=name, type="person")
    for f in found:
        if (f.para == lead or f.kind == "headline") and f.speaker is not None and f.speaker.name in voices:
            f.speaker = voice


_LEAD_ROLE = regex.compile(
    r"\b[Tt]he (?:[\w'-]+ ){0,3}?(leader|head|chief|chief executive|president|chairman|chairwoman|chair|"
    r"director|founder|boss|owner|secretary-general|commander|editor|coach|manager|captain) (?:of|at) ")


_OWNED_ROLE = regex.compile(r"[\w .'-]+'s (?:[\w-]+ ){0,2}(minister|president|leader|chief|head|premier|"
                           r"chancellor|spokesman|spokeswoman|spokesperson|envoy|ambassador|negotiator|"
                           r"diplomat|adviser|advisor|commander|prosecutor|governor|official)")


_NAMED_LATER_ROLES = frozenset({"prosecutor", "judge", "coroner", "lawyer", "attorney", "barrister",
                                "solicitor", "detective", "researcher", "scientist", "economist", "doctor",
                                "surgeon", "professor", "coach", "manager", "director", "executive",
                                "commissioner", "inspector", "superintendent", "analyst", "investigator"})
"""Roles a lead may give before the article names their holder with the same title: a profession's,
never an unnamed source's ("official", "source", "spokesman")."""


def _lead_role(found: list[_Found], paras: list[_Para], text: str, reg: Registry) -> None:
    """`The chief executive of chipmaker Luma Systems warned staff of a "painful" year`, then
    `"...," Dana Whitfield wrote in the memo`: a lead that gives a role of a body, not a name,
    names the person in the next paragraph; the words are theirs, not the body's.

    Only a lead that opens on "the <role> of/at", only its quotes given to the body that role
    belongs to, and only when the very next paragraph's first person, named in full and with no
    other role before the name ("economist Ann Lee"), speaks in that paragraph.
    """
    lead = _lead_para(found, paras, text)
    if lead < 0:
        return
    p = paras[lead]
    role = _LEAD_ROLE.search(text, p.start, min(p.end, p.start + 90))
    titled_only = False
    if role is not None:
        stop = text.find(". ", role.end(), p.end)
        after = norm_key(text[role.end():stop if stop > 0 else p.end])
        role_word = role.group(1).split()[-1]
        # (whatever type the registry gave it: "chipmaker Kestrel Devices" reads like a person's name)
        bodies = [f for f in found if f.para == lead and f.speaker is not None
                  and f" {norm_key(f.speaker.name)} " in f" {after} "]
    else:
        # "with Hungary's prime minister vowing to \"never accept\"": an owned role nobody was named
        # as before (see Registry: it looks back only)
        bodies, role_word = [], ""
        role_phrase = owner_word = ""
        lead_text = text[p.start:p.end]
        for f in found:
            if f.para == lead and f.speaker is not None and f.speaker.type != "person" and \
                    (owned := _OWNED_ROLE.fullmatch(f.speaker.name)) is not None:
                bodies.append(f)
                role_word = owned.group(1)
                owner_word, role_phrase = f.speaker.name.split("'s ", 1)
            elif f.para == lead and f.speaker is not None and f.speaker.type != "person" and \
                    (head := f.speaker.name.split()[-1].casefold()) in _NAMED_LATER_ROLES and \
                    regex.search(rf"(?<![\w-])(?:[Aa]n?) {regex.escape(f.speaker.name)}\b", lead_text):
                # "A Crown prosecutor urged an Ontario judge ... what she described as '...'", then
                # "Crown prosecutor Leah Vanderkamp told": the lead's role, titled so later (an
                # unnamed source, "a senior official", stays unnamed)
                bodies.append(f)
                role_word, role_phrase, titled_only = head, f.speaker.name, True
    if not bodies:
        return
    name = None if titled_only else _named_next(text, p, lead, role_word, found, reg)
    if name is None and role is None and role_phrase:
        name = _titled_later(text, p.end, role_phrase, owner_word, reg)
    if name is None:
        return
    voice = Entity(name=name, type="person")
    named = {f.speaker.name for f in bodies if f.speaker is not None}
    for f in found:
        if (f.para == lead or f.kind == "headline") and f.speaker is not None and f.speaker.name in named:
            f.speaker = voice


def _cold_open(found: list[_Found], paras: list[_Para], text: str, reg: Registry) -> None:
    """A feature's cold open: a first paragraph of nothing but quotation, then `Clare Ashworth raises
    her arms, and 23 voices fill the hall.` The words are the person the next paragraph opens on,
    when the article names them there in full for the first time."""
    lead = _lead_para(found, paras, text)
    if lead < 0:
        return
    p = paras[lead]
    mine = [f for f in found if f.para == lead]
    if not mine or any(f.speaker is not None and f.confidence > _CONTEXT for f in mine):
        return
    outside = text[p.start:p.end]
    for f in reversed(mine):
        outside = outside[:f.span.start - p.start] + outside[f.span.end - p.start:]
    if outside.strip(_ANSWER_OPENS + _CLOSERS + ".,;:-\u2013\u2014\r\n"):
        return  # the paragraph says something of its own
    nxt = _next_line(text, p.end)
    line_end = text.find("\n", nxt)
    line_end = len(text) if line_end < 0 else line_end
    name = reg.person_opening(nxt, line_end)
    if name is None:
        # "It is 2.40am on ward 14, ..., where Siobhan Keane is writing up notes": the one person
        # the scene brings in, named in full there for the first time
        k = bisect_left(reg.person_positions, nxt)
        inside = set()
        while k < len(reg.person_positions) and reg.person_positions[k] < line_end:
            inside.add(reg.person_names[k])
            k += 1
        if len(inside) == 1 and " " in (only := next(iter(inside))) and \
                only not in reg.person_names[:bisect_left(reg.person_positions, nxt)] and \
                not any(sp.start >= nxt and sp.start < line_end for sp in (f.span for f in found)):
            name = only
    if name is None:
        return
    for f in mine:
        f.speaker, f.confidence = Entity(name=name, type="person"), _CONTEXT


def _role_named_next(found: list[_Found], paras: list[_Para], text: str, reg: Registry) -> None:
    """`"...," the central bank chief told a news conference.` then `Governor Nomvula Sithole said
    three members ...` and `"...," she said`: a role nobody held before, then the next paragraph
    opening on a titled person named for the first time, who speaks within two paragraphs. The
    role's words are that person's.

    Why: wires open on the role and name the holder a paragraph later; the role alone resolved to
    nobody (or to whoever the page named last: a photographer, a byline). Only a definite role
    ("the chief", never "a spokesman", an unnamed source), only an opening titled name.
    """
    groups: dict[int, list[_Found]] = {}
    for f in found:
        sp = f.speaker
        if sp is None or sp.type != "unknown" or f.kind == "headline" or not sp.name.islower() or \
                sp.name.split(" ", 1)[0] in ("a", "an", "another", "one", "some") or \
                sp.name.rsplit(" ", 1)[-1] not in reg.lex.role_nouns:
            continue
        p = paras[f.para]
        definite = rf"\b[Tt]he (?:[\w'\u2019-]+ ){{0,3}}{regex.escape(sp.name)}\b"
        if regex.search(definite, text[p.start:p.end]) is None:
            continue  # ("One senior government source told AAP": indefinite, someone unnamed)
        groups.setdefault(f.para, []).append(f)
    for para, group in groups.items():
        nxt = _next_line(text, paras[para].end)
        line_end = text.find("\n", nxt)
        line_end = len(text) if line_end < 0 else line_end
        k = bisect_left(reg.person_positions, nxt)
        if k >= len(reg.person_positions) or reg.person_positions[k] != nxt:
            continue
        name = reg.person_names[k]
        named_at = text.find(name, nxt, line_end)
        title = text[nxt:named_at].split() if named_at > nxt else []
        heads = {f.speaker.name.rsplit(" ", 1)[-1] for f in group if f.speaker is not None}
        if " " not in name or name in reg.person_names[:k] or not title or \
                not all(w[:1].isupper() for w in title) or title[-1] not in reg.lex.titles or \
                not (heads <= GENERIC_ROLE_HEADS or heads == {title[-1].casefold()}):
            continue  # (never "the president" then "Coach Mia Jordan": another role, another person)
        after = text.find("\n", _next_line(text, line_end))
        after = len(text) if after < 0 else after
        if any(g.speaker is not None and g.speaker.name == name and nxt <= g.span.start < after
               for g in found):
            voice = Entity(name=name, type="person")
            for f in group:
                f.speaker = voice


def _named_next(text: str, p: _Para, lead: int, role_word: str, found: list[_Found],
                reg: Registry) -> str | None:
    """The person the paragraph after the lead names first, in full and with no other role, when
    they speak there (or, titled with the lead's role, in the paragraphs of quotation after it)."""
    nxt = _next_line(text, p.end)
    line_end = text.find("\n", nxt)
    line_end = len(text) if line_end < 0 else line_end
    k = bisect_left(reg.person_positions, nxt)
    if k >= len(reg.person_positions) or reg.person_positions[k] >= line_end:
        return None
    name = reg.person_names[k]
    at = reg.person_positions[k]
    if " " not in name or name in reg.person_names[:k]:
        return None  # a surname alone, or someone the article named before the lead's role
    before = text[nxt:at].split()
    if before and before[-1].isalpha() and before[-1].islower() and before[-1] != role_word:
        return None  # "economist Ann Lee": another role, another person
    # ("Foreign Minister Marguerite Ilunga accused ..." then paragraphs of nothing but her
    # quotation: titled with the lead's role, the next paragraphs may carry her words)
    named_at = text.find(name, at, line_end)  # (a person's position is their title's: "Foreign Minister X")
    titled = role_word in [w.casefold() for w in before[-1:] + text[at:max(named_at, at)].split()]
    if not any(g.speaker is not None and g.speaker.name == name and (
            nxt <= g.span.start < line_end or (titled and lead < g.para <= lead + 3)) for g in found):
        return None
    return name


def _titled_later(text: str, after: int, role_phrase: str, owner: str, reg: Registry) -> str | None:
    """`with Saudi Arabia's energy minister telling reporters ...` in the lead, then, paragraphs
    later, `Saudi Energy Minister Khalid Al-Rashed told a news conference` (or `the prime minister,
    Shahid Cheema, said`): the first person the article names with the lead's role as their title,
    when nobody was named so before, and no other country's ("Vantian Prime Minister X")."""
    k = bisect_left(reg.person_positions, after)
    phrase = f" {role_phrase.casefold()} "
    stem = owner.casefold()
    for x in range(k, min(k + 8, len(reg.person_positions))):
        at = reg.person_positions[x]
        if at > after + 2500:
            break
        name = reg.person_names[x]
        named_at = text.find(name, at, at + 120)
        if " " not in name or name in reg.person_names[:x]:
            continue
        if named_at > at and phrase in f" {text[at:named_at].casefold()}":
            return name
        before = text[max(0, at - 80):at].casefold()
        if before.endswith(", ") and (cut := before.rfind(phrase[:-1])) >= 0 and \
                before[cut + len(phrase) - 1:].strip() == "," and (
                    before[:cut].endswith(" the") or (stem and before[:cut].rstrip().endswith(
                        (stem, f"{stem}'s", f"{stem}\u2019s", f"{stem}n", f"{stem}i")))):
            return name  # "the prime minister, Shahid Cheema, said"
    return None


_ANSWER_OPENS = "\"'\u201c\u2018\u00ab\u201e \t"


def _interview_answers(found: list[_Found], paras: list[_Para], text: str, reg: Registry) -> None:
    """A question-and-answer piece: `What surprised you most?` on a line of its own, then a
    paragraph that is all quotation. The answer is the interviewee's: the person the article
    otherwise quotes most (the first on a tie), else the first person it names."""
    pending = []
    for f in found:
        if (f.speaker is not None and f.confidence > _CONTEXT) or f.kind == "headline":
            continue  # (an answer the context rules gave to whoever spoke last is still open)
        p = paras[f.para]
        if text[p.start:f.span.start].strip(_ANSWER_OPENS):
            continue  # the paragraph does not open on the quotation
        before = text[max(0, p.start - 400):p.start].rstrip()
        line = before[before.rfind("\n") + 1:]
        if line.endswith("?") and len(line) < 300 and not line.lstrip().startswith(tuple(_ANSWER_OPENS[:5])):
            pending.append(f)  # (a question may quote: 'Some critics called it "unpolished". Why?')
    if not pending:
        return
    who = _interviewee(found, text, reg)
    if who is None:
        return
    groups = {f.span.group for f in pending if f.span.group >= 0}
    asked = {id(f) for f in pending}
    for f in found:
        if id(f) in asked or (f.span.group in groups and f.confidence <= _CONTEXT and f.kind != "headline"):
            f.speaker = Entity(name=who, type="person")
            f.confidence, f.cue, f.relays = _CONTEXT, None, []  # (no cue or relay of the quote before)


_CONTEXT = 0.6
"""The most a speaker read from context rather than from the quote's own sentence is trusted."""


def _interviewee(found: list[_Found], text: str, reg: Registry) -> str | None:
    """Whom a question-and-answer piece interviews: the person its headline names ("...":
    Agnieszka Brennan on grief"), else the person it otherwise quotes most (the first on a tie),
    else the first person it names."""
    head_end = text.find("\n")
    k = bisect_left(reg.person_positions, head_end if head_end > 0 else len(text))
    for x in range(k):
        if " " in reg.person_names[x]:
            return reg.person_names[x]
    counts: dict[str, int] = {}
    for f in found:
        if f.speaker is not None and f.speaker.type == "person" and f.cue is not None:
            counts[f.speaker.name] = counts.get(f.speaker.name, 0) + 1
    if counts:
        return max(counts, key=lambda n: counts[n])
    return reg.person_names[0] if reg.person_names else None


def _share_groups(found: list[_Found]) -> list[_Found]:
    """Parts of a multi-paragraph quote share the speaker one of them names."""
    groups: dict[int, _Found] = {}
    for k, f in enumerate(found):
        if f.span.group < 0:
            continue
        g = groups.get(f.span.group)
        if f.speaker is not None and (g is None or g.speaker is None or f.confidence > g.confidence):
            groups[f.span.group] = f  # the part that names its speaker most surely speaks for all
            continue
        if g is not None:
            continue
        if f.speaker is not None:
            groups[f.span.group] = f
        elif k > 0 and found[k - 1].speaker is not None and f.para - found[k - 1].para <= 1 and \
                found[k - 1].span.group != f.span.group and not any(
                    g.speaker is not None for g in found[k:] if g.span.group == f.span.group):
            # `"...," she said.` then a quote running over paragraphs that names nobody: the
            # voice of the paragraph before goes on (the feature and interview convention)
            groups[f.span.group] = found[k - 1]
    if not groups:
        return found
    carried: dict[int, list[tuple[Entity, str]]] = {}
    for f in found:
        g = groups.get(f.span.group)
        if g is not None and not g.relays and f.relays and f.speaker is not None and \
                g.speaker is not None and f.speaker.name == g.speaker.name and f.span.group not in carried:
            # "X said 11 deaths had been reported, the PNA reported." then a quote over two
            # paragraphs closed by "X said": the line that brought the quote in names its relay
            carried[f.span.group] = f.relays
    for f in found:
        g = groups.get(f.span.group)
        if g is not None and (f.speaker is None or (f is not g and f.confidence <= 0.5)):
            f.speaker, f.relays, f.cue = g.speaker, g.relays, g.cue
            f.confidence = max(f.confidence, g.confidence - 0.05)
        if g is not None and not f.relays and f.span.group in carried and f.speaker is not None and \
                g.speaker is not None and f.speaker.name == g.speaker.name:
            f.relays = list(carried[f.span.group])
    return found


# every character that is neither alphanumeric nor space (str.isalnum/isspace, which `\w` minus `_`
# and `\s` match exactly): one regex substitution instead of a Python test per character
_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]|_")


_DENIALS = (" not", " no", " never", " nt", " isnt", " wasnt", " arent", " werent")
"""Words (as `_squash` leaves them) before a headline's quoted words that deny them."""


def _squash(s: str) -> str:
    return " ".join(_NOT_WORD_OR_SPACE.sub("", s.casefold()).split())


_SUBHEAD_DASHES = " \t-\u2013\u2014\u2022*"


def _subheads_from_section(found: list[_Found], text: str) -> None:
    """A subheading that is nothing but a quote (AFP's "- 'Door is open' -") heads the section whose
    body attributes those words: the first quote after it, within a few paragraphs, that shares
    a content word with it says whose they are. Alone, three words in marks read as a title."""
    for k, f in enumerate(found):
        if f.speaker is not None:
            continue
        ls = text.rfind("\n", 0, f.span.start) + 1
        le = text.find("\n", f.span.end)
        le = len(text) if le < 0 else le
        if text[ls:f.span.start - 1].strip(_SUBHEAD_DASHES) or text[f.span.end + 1:le].strip(_SUBHEAD_DASHES):
            continue  # (the line holds more than the quote and its dashes)
        words = {w for w in _squash(text[f.span.start:f.span.end]).split() if len(w) > 3}
        if not words:
            continue
        for g in found[k + 1:]:
            if g.span.start - f.span.end > 1500:
                break
            if g.speaker is not None and g.kind != "headline" and \
                    not words.isdisjoint(_squash(text[g.span.start:g.span.end]).split()):
                f.speaker, f.relays, f.cue = g.speaker, list(g.relays), g.cue
                f.confidence = 0.5
                break


def _headlines_from_body(found: list[_Found], text: str) -> None:
    """A headline quotes words the body attributes: "Coach hails 'brilliant' win" is whoever the
    story has saying "brilliant". The body's attribution beats the headline's terse subject."""
    # the headline quotes first: most are too short to match, and then no body quote is squashed
    heads = [(f, words) for f in found if f.kind == "headline"
             and len(words := _squash(text[f.span.start:f.span.end])) >= 3]
    if not heads:
        return
    body = [(f, _squash(text[f.span.start:f.span.end])) for f in found
            if f.kind != "headline" and f.speaker is not None]
    for f, words in heads:
        chosen: _Found | None = None
        line_start = text.rfind("\n", 0, f.span.start) + 1
        denied = f" {_squash(text[line_start:f.span.start])}".endswith(_DENIALS)
        for g, gw in body:
            at = f" {gw} ".find(f" {words} ")
            if at < 0 and gw.count(" ") >= 2 and f" {gw} " in f" {words} ":
                at = 0  # "Founder: 'We grew too fast'" and the body's "grew too fast"
            # (a headline that denies too, `it will not "sit idly by"`, agrees with "will not sit idly by")
            if at >= 0 and (denied or not f" {gw} "[:at].endswith(_DENIALS)):
                # (but 'It is not a betrayal' is someone denying the headline's "A betrayal")
                if chosen is None:
                    chosen = g
                if g.speaker is not None and g.speaker.type == "person":
                    chosen = g  # a named person over "one side" saying the same words earlier
                    break
        if chosen is not None and chosen.speaker is not None:
            if not f.relays:
                f.relays = list(chosen.relays)  # the words came the way the body says they did
            f.speaker, f.confidence = chosen.speaker, max(f.confidence, 0.7)
            if f.cue is None:
                f.cue = chosen.cue
