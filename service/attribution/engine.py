"""`extract`: article text in, attributed quotes out. Wires the small rule modules together.

Order matters: every quote span is found first, then the article's entities are learnt from all
paragraphs (so a name introduced anywhere can resolve a surname), then quotes are attributed in
reading order (so a pronoun resolves to the speaker before it).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import msgspec
import regex

from service.attribution.chains import find_relays
from service.attribution.coref import Registry
from service.attribution.first_names import KNOWN_FIRST_NAMES
from service.attribution.frames import ISSUED_NOUNS, Frame, Sentence, attribute, characterised_by
from service.attribution.lexicon import (
    DEMONYMS,
    NAMING_WORDS,
    RELAY_VERBS,
    Lexicon,
    default_lexicon,
    norm_key,
)
from service.attribution.marks import Span, find_spans
from service.attribution.mentions import Mention, NameCache, find_mentions
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
from service.attribution.types import ArticleMeta, ChainLink, Entity, Quote, QuoteKind

_WINDOW = 60
_TERMINAL = frozenset(".!?:;\"'\u201d\u2019)\u2026\u00bb")
_ARTICLES = frozenset({"the", "a", "an"})
# a mention after these is the paragraph's setting ("In the Old Quay district, ..."), not its subject
# a name after one of these is where or whose, never who acts: "on the outskirts of Goma, Ana Diaz
# said", "In Carrow, ..."
_SETTING_PREPS = frozenset({"in", "at", "from", "near", "outside", "inside", "across", "into", "of",
                            "towards", "toward", "through", "around", "beyond"})
_CLOSERS = "\"'\u201d\u2019\u00bb"


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
    prev_free: tuple[int, int] | None = None
    """The line just before, when it quotes nobody: it may introduce this paragraph's speaker."""
    quotes: list[int] = msgspec.field(default_factory=list)
    """Index of every quote token, ascending (tokenising records them)."""


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
    spans = find_spans(text)
    if not spans:
        return []
    lex = lexicon or default_lexicon()
    reg = Registry(lex)
    names: NameCache = {}  # this article's name verdicts, shared by every stage that finds mentions
    paras = _paragraphs(text, spans, lex, reg, names)
    if reg.media_names:
        _outlet_back_references(paras, reg)
    found = _attribute_all(text, spans, paras, reg, names)
    found = _share_groups(found)
    _headlines_from_body(found, text)
    outlet = meta.outlet if meta is not None and meta.outlet else None
    # the story's own outlet carries every quote in it: never a relay of its own story
    own = {norm_key(outlet)} if outlet else set()
    if outlet and (known := lex.outlet(outlet)) is not None:
        own.add(norm_key(known.name))
    if (filed_by := dateline_outlet(text, lex)) is not None:
        own.add(norm_key(filed_by))
        outlet = outlet or filed_by
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
            if norm_key(ent.name) not in own:
                chain.append(ChainLink(role="relay", entity=reg.entity(ent.name, ent.type), cue=cue))
        if publisher is not None:
            chain.append(publisher)
        conf = 1.0 if f.confidence > 1.0 else f.confidence  # min(), without the call
        out.append(Quote(text=text[f.span.start:f.span.end], start=f.span.start, end=f.span.end, kind=f.kind,
                         speaker=speaker, cue=f.cue, confidence=round(conf, 3),
                         chain=tuple(chain)))
    return out


def _paragraphs(text: str, spans: list[Span], lex: Lexicon, reg: Registry,
                names: NameCache | None = None) -> list[_Para]:
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
            title_case = pe - ps <= 200 and text[pe - 1] not in _TERMINAL and _title_case(text, ps, pe)
            for lead, mend in name_segments(text, ps, pe, windows[w0:w1]):
                key = (text[lead:mend], title_case)
                hit = seen.get(key)
                if hit is None:
                    stoks: list[Token] = []
                    _words(text, lead, mend, stoks)
                    stoks.append(Token(mend, mend, "|", "|"))
                    hit = seen[key] = (stoks, find_mentions(stoks, lex, title_case, names), lead)
                learnt = hit[1]
                if line_no < 3 and lead == ps and (dateline := dateline_end(text, ps, pe)) > ps:
                    shift = lead - hit[2]  # a dateline ("SAN FRANCISCO - ") names nobody
                    learnt = [m for m in learnt if hit[0][m.i].start + shift >= dateline]
                reg.learn(hit[0], learnt, title_case, lead - hit[2])
            continue
        pspans: list[Span] = []
        for i in mine:  # one or two quotes: a loop costs less than a comprehension
            pspans.append(spans[i])
        sent_offsets = sentences(text, ps, pe, pspans)
        qtok: list[int] = []
        toks = _quote_tokens(text, sent_offsets, pspans, mine[0], qtok)
        # the length and last-character tests inline: most lines are prose and fail them at once
        title_case = pe - ps <= 200 and text[pe - 1] not in _TERMINAL and _title_case(text, ps, pe)
        mentions = find_mentions(toks, lex, title_case, names)
        dateline = dateline_end(text, ps, pe) if line_no < 3 else ps  # datelines open a story
        if dateline > ps:
            mentions = [m for m in mentions if toks[m.i].start >= dateline]
        # "Kenyan claims", "the Philippine coast guard": a demonym before a noun is an adjective
        # plain loops below, not comprehensions: a comprehension costs a function object and a
        # frame, more than it saves over a paragraph's handful of mentions
        kept: list[Mention] = []
        for m in mentions:
            if m.kind != "name" or m.org or not _adjectival(m, toks):
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
        # a title ends without a full stop, though it may end on a quote mark: ... is 'only option'
        stripped = text[ps:pe].rstrip().rstrip(_CLOSERS)
        headline = bool(stripped) and stripped[-1] not in _TERMINAL and len(toks) < 30
        prev_free = lines[line_no - 1] if line_no > 0 and not quoted[line_no - 1] else None
        mstarts: list[int] = []
        for m in mentions:
            mstarts.append(m.i)
        out.append(_Para(ps, pe, mine, toks, mentions, sents, headline, title_case, mstarts, prev_free, qtok))
    return out


# "SEOUL, March 14 (Reuters) - ", "BAYOU HEIGHTS, La. — ", "WASHINGTON/BEIJING (APB) -": a place in
# capitals, optional region and date, optional agency in brackets, then a dash. It says where the
# story was filed, so nothing in it is a speaker, a relay or the paragraph's subject.
_DATELINE = regex.compile(
    r"[\p{Lu}][\p{Lu}\p{M} .'/-]{1,40}(?:, [\p{L}. ]{1,20})?(?:, \p{L}{3,9}\.? \d{1,2})?"
    r"(?: \((?P<agency>[^)\n]{1,40})\))?[ \u00a0]+[-\u2014\u2013]{1,2}[ \u00a0]+")


def _adjectival(m: Mention, toks: list[Token]) -> bool:
    if m.kind != "name" or m.org or m.j + 1 >= len(toks) or m.text.casefold() not in DEMONYMS:
        return False
    nxt = toks[m.j + 1]
    return nxt.word and nxt.text == nxt.low


def dateline_end(text: str, start: int, end: int) -> int:
    """Offset just after a dateline opening the paragraph at `start`, or `start` when there is none."""
    if end - start < 8 or not text[start].isupper() or not text[start + 1:start + 2].isupper():
        return start
    m = _DATELINE.match(text, start, end)
    return m.end() if m else start


def dateline_outlet(text: str, lex: Lexicon) -> str | None:
    """The agency a dateline in the first lines names ("BUCHAREST, March 12 (Reuters) -"): the
    story's own publisher, so "told Reuters" in it is the reporter, no relay."""
    start = 0
    for _ in range(3):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while start < end and text[start].isspace():
            start += 1
        if end - start >= 8 and text[start].isupper() and text[start + 1:start + 2].isupper():
            m = _DATELINE.match(text, start, end)
            if m is not None:
                agency = m.group("agency")
                outlet = lex.outlet(agency.split("/")[0].strip()) if agency else None
                return outlet.name if outlet is not None else None
        start = end + 1
        if start >= len(text):
            break
    return None


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


def _title_case(text: str, start: int, end: int) -> bool:
    """A short line with most words capitalised: a Title Case headline, where capitals mark no name."""
    if end - start > 200 or text[end - 1] in _TERMINAL:
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


def _naming(toks: list[Token], q: int, ends: dict[int, Mention]) -> bool:
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
    if toks[k].low in _CALLING and _proper_name(toks[q].text):  # the set test first: it rarely holds
        return True  # "a feature Lumora calls 'Glance'", "calling 'Fortress Marsh Lane'": a name
    if characterised_by(toks, ends, q) is not None:
        return False
    if toks[k].low in NAMING_WORDS:
        # "show", "play", "track", "label" are verbs too: "urged them to show 'a sense of state'"
        return toks[k].low not in _ALSO_VERBS or (k > 0 and toks[k - 1].low in _NOUN_MARKERS)
    return toks[k].low == "as" and k > 0 and toks[k - 1].low == "known"


_ALSO_VERBS = frozenset({"show", "play", "track", "label", "brand", "single", "term", "word", "program",
                         "programme", "operation", "release"})
_NOUN_MARKERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "new", "latest", "hit",
                           "debut", "first", "second", "last", "tv", "radio", "stage", "comedy", "reality",
                           "talk", "cooking", "quiz", "chat", "game"})


_CALLING = frozenset({"call", "calls", "called", "calling", "named", "names", "dubbed", "dubs", "dub",
                      "titled", "entitled", "branded", "brands", "nicknamed"})


def _proper_name(quoted: str) -> bool:
    """One to four words, each capitalised (a coined name or a title), with no sentence mark."""
    words = quoted.strip(" ,.!?\u2019\u201d\"'").split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w in ("of", "the", "and", "a", "in")
                                       for w in words) and words[0][:1].isupper() and \
        not any(c in quoted for c in ".!?")


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
        introduced = _Introduced(p, reg, text, names)  # read only if a quote needs it
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
                if _naming(p.toks, q, ends):
                    continue
                # attribution lives near its quote: a bounded window keeps huge sentences linear
                lo, hi = q - _WINDOW, q + _WINDOW + 1  # clipped to the sentence below (min/max cost calls)
                sent = _window(p, lo if lo > a else a, hi if hi < b else b, reg)
                frame = attribute(sent, q)
                speaker, conf = _resolve(frame, p, reg, para_speaker, introduced)
                cue = _cue_text(p.toks, frame)
                relays: list[tuple[Entity, str]] = []
                if speaker is not None:
                    relays = _relays(sent, frame, speaker, reg, p)
                    if not relays and frame.subject is not None and frame.subject.kind == "pron" and \
                            para_speaker == speaker and si - para_sent <= 2:
                        relays = list(para_relays)
                    if not relays and frame.subject is not None and frame.subject.kind in ("pron", "name") \
                            and si > 0:
                        relays = _lead_in_relays(p, si, reg, speaker)
                    if not relays and frame.subject is not None and frame.subject.kind == "pron" and \
                            si == 0 and para_speaker is None:
                        relays = _introducing_relays(text, p, reg, speaker, names)
                else:
                    speaker, conf, relays, cue = _from_context(text, sp, p, si, para_speaker, para_relays,
                                                               found, reg, introduced)
                    if speaker is None and p.headline:
                        speaker, conf = _headline_lead(text, sp, p, q, reg) or (None, conf)
                if speaker is not None:
                    reg.note_speaker(speaker)
                    para_speaker, para_relays, para_sent = speaker, relays, si
                found.append(_Found(sp, speaker, cue, conf, relays, _kind(text, sp, p.headline), pi, si))
    return found


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
    people = [m for m in sent.mentions if m.kind in ("name", "pron") and not m.media and not m.org]
    for c in cues[:1] or ([relay_cues[0] if relay_cues else people[0].j] if people else []):
        subj = sent.subject_of(c)[0] if cues else people[0]
        if subj is None:
            return []
        ent = reg.resolve(subj, toks[subj.i].start)
        if ent is None or ent.name != speaker.name:
            return []
        out: list[tuple[Entity, str]] = []
        for r in find_relays(sent, subj, c):
            rel = reg.resolve(r.mention, toks[r.mention.i].start)
            if rel is not None and rel.type == "media" and rel.name != speaker.name and \
                    all(rel.name != e.name for e, _cue in out):
                out.append((rel, r.cue))
        return out
    return []


# the words find_relays' patterns hinge on, for a quote-free line ("told", "interview", "speaking to")
_RELAY_WORDS = re.compile(r"\b(?:told|tells|interview|speaking|spoke|talking|according|quoted|cited|reported"
                          r"|wrote|writing|posted|posting|broadcast|aired)\b")


def _introducing_relays(text: str, p: _Para, reg: Registry, speaker: Entity,
                        names: NameCache | None = None) -> list[tuple[Entity, str]]:
    """Relays the quote-free paragraph before names for the person it introduces: `Okonedo told
    Reuters in an interview that he had no plans to sell.` then `"...," he said.` is via Reuters."""
    if p.prev_free is None:
        return []
    ps, pe = p.prev_free
    if _RELAY_WORDS.search(text, ps, pe) is None:
        return []  # no word that names a relay: nothing to carry, and no need to read it again
    toks: list[Token] = []
    _words(text, ps, min(pe, ps + 400), toks)  # the first sentence or so: where the frame is
    if not toks or len(toks) > 2 * _WINDOW:
        toks = toks[:2 * _WINDOW]
    sent = Sentence(toks, 0, len(toks), find_mentions(toks, reg.lex, False, names), reg.lex)
    return _clause_relays(sent, reg, speaker)


def _window(p: _Para, a: int, b: int, reg: Registry) -> Sentence:
    lo = bisect_left(p.starts, a)
    hi = bisect_left(p.starts, b)
    inside: list[Mention] = []
    for m in p.mentions[lo:hi]:  # a loop, not a comprehension: a window holds a few mentions
        if m.j < b:
            inside.append(m)
    return Sentence(p.toks, a, b, inside, reg.lex)


def _resolve(frame: Frame, p: _Para, reg: Registry, para_speaker: Entity | None,
             introduced: _Introduced | None = None) -> tuple[Entity | None, float]:
    if frame.subject is None:
        return None, 0.0
    subj = frame.subject
    ent = None
    if subj.kind == "pron" and subj.text in ("he", "she") and para_speaker is not None and \
            para_speaker.type == "unknown" and reg.fits(para_speaker.name, subj.text):
        ent = para_speaker  # "One participant ... said X. '...,' he said": the participant goes on
    if subj.kind == "pron" and subj.text in ("it", "they") and para_speaker is None:
        ent = _paragraph_body(p, subj.i, reg)  # "The Joint Chiefs said ... '...,' it said"
        if ent is None:
            ent = _body_said_before(p, subj.i, reg)
    if subj.kind == "pron" and subj.text in ("he", "she") and para_speaker is None:
        ent = _paragraph_subject(p, subj.i, reg) or (introduced.get() if introduced else None)
        if ent is not None and not reg.fits(ent.name, subj.text):
            ent = None  # "Maja Eklund disagreed. '...,' he said": not her
    if ent is None and subj.kind == "desc" and subj.text in ISSUED_NOUNS:
        ent = _issuer(p, subj.i, reg)
        if ent is None:
            return None, 0.0
    if ent is None and subj.kind == "desc" and not subj.owner and para_speaker is None and introduced and \
            not _indefinite(p.toks, subj.i):
        # `Whitcombe, a senator, rejected that. / "...," the senator said`: the person the line
        # before is about, when the description fits them, beats whoever spoke last
        person = introduced.get()
        if person is not None and reg.described_as(person.name, subj.text):
            ent = person
    if ent is None:
        ent = reg.resolve(subj, p.toks[subj.i].start)
    if ent is not None and subj.kind == "desc" and not subj.owner and ent.type == "unknown" and \
            not _indefinite(p.toks, subj.i):
        # "the mayor said" when no one was called mayor: the person the paragraph is about holds
        # the role far more often than a bare role noun is the best answer
        ent = _paragraph_subject(p, subj.i, reg) or reg.person_before(p.toks[subj.i].start) or ent
    if ent is None:
        return None, 0.0
    conf = frame.confidence - (0.1 if frame.subject.kind == "pron" else 0.0)
    return ent, conf


def _issuer(p: _Para, upto: int, reg: Registry) -> Entity | None:
    """Who issued "the statement" a quote is attributed to: the paragraph's first named party
    ("Lula's office said in a statement ... '...,' the statement said")."""
    for m in p.mentions:
        if m.i >= upto:
            return None
        if (m.kind == "name" and not _possessive(p.toks, m.j)) or (m.kind == "desc" and m.owner):
            return reg.resolve(m, p.toks[m.i].start)  # "Lula's office": the office, not Lula
    return None


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


def _indefinite(toks: list[Token], i: int) -> bool:
    """`a military spokesman`, `her neighbor`: an indefinite article or a possessive brings in
    someone new, never the known person the paragraph is about."""
    for x in range(i, max(-1, i - 4), -1):
        low = toks[x].low
        if low in ("a", "an", "one", "his", "her", "their"):
            return True
        if x < i and (toks[x].text != low or not toks[x].word):
            return False
    return False


def _paragraph_subject(p: _Para, upto: int, reg: Registry, start: int = 0) -> Entity | None:
    """The person a paragraph opens with, when a pronoun in it speaks before anyone else has.

    `Marant also took questions. Asked whether she would stay, she said: ...` is Marant, even when
    another woman spoke in the paragraph before: reading order beats the last speaker.
    """
    first_end = p.sents[0][1] if p.sents else upto
    owner: Entity | None = None  # "Nwosu's team is planning ...": Nwosu, if nobody else turns up
    for idx, m in enumerate(p.mentions):
        if m.i < start:
            continue
        if m.i >= upto:
            return owner
        if m.i > 0 and (p.toks[m.i - 1].low in _SETTING_PREPS or (
                p.toks[m.i - 1].low == "the" and m.i > 1 and p.toks[m.i - 2].low in _SETTING_PREPS)):
            continue  # "In the Bayou Heights neighborhood, Latoya Simmons ...": a setting, not a subject
        if m.kind == "name" and m.org and m.j < first_end and any(
                n.kind == "name" and not n.org and n.i <= m.j + 3 for n in p.mentions[idx + 1:idx + 4]):
            # "Rovers boss Steve McAllister" (the role is also a mention of its own, "Rovers
            # manager"): the body only qualifies the person
            continue
        if m.kind == "pron" and m.text in ("he", "she"):
            return None  # `She declined ...`: the paragraph goes on about the person before it
        if idx == 0 and m.kind == "desc" and not m.owner and m.i <= 1 and p.toks[m.i].low in _ARTICLES:
            # `The president flew to Ohio. "...," he told reporters`: the described person, named
            # or not, never a place or someone from an earlier paragraph
            for n in p.mentions[idx + 1:idx + 3]:
                if n.kind == "name" and not n.org and n.i <= m.j + 8 and p.toks[n.i - 1].text == "," \
                        and n.j + 1 < len(p.toks) and p.toks[n.j + 1].text == ",":
                    # "The minister delegate for local authorities, Sophie Arnaud, reacted": the
                    # name in apposition is who the description is
                    named = reg.resolve(n, p.toks[n.i].start)
                    if named is not None and named.type == "person":
                        return named
            ent = reg.resolve(m, p.toks[m.i].start)
            return ent if ent is not None and ent.type in ("person", "unknown") else None
        if m.kind == "name" and _possessive(p.toks, m.j) and owner is None and m.i == start:
            ent = reg.resolve(m, p.toks[m.i].start)
            owner = ent if ent is not None and ent.type == "person" else None
            continue
        if m.kind == "name" and not _possessive(p.toks, m.j):
            ent = reg.resolve(m, p.toks[m.i].start)
            if ent is not None and ent.type == "person":
                return ent
            if ent is not None and ent.type == "government":
                continue  # a place opens the sentence ("In Carrow, ..."): nobody to speak yet
            if ent is None and norm_key(m.text) in DEMONYMS:
                continue  # "The Philippine coast guard ...": an adjective
            return None
    return owner


class _Introduced:
    """`_introduced` for one paragraph, worked out on first use: most quotes never ask."""

    __slots__ = ("_args", "_done", "_value")

    def __init__(self, p: _Para, reg: Registry, text: str, names: NameCache | None = None) -> None:
        self._args = (p, reg, text, names)
        self._done = False
        self._value: Entity | None = None

    def get(self) -> Entity | None:
        if not self._done:
            self._value, self._done = _introduced(*self._args), True
        return self._value


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
    stripped = text[ps:pe].rstrip()
    if not stripped or stripped[-1] not in _TERMINAL:
        return None  # a headline or a label, not a sentence about someone
    # the subject sits in the first few words: read at most ~70 characters, cut at a space
    stop = text.find(". ", ps, min(pe, ps + 70))
    while stop > ps and _abbreviation_at(text, ps, stop):  # "Rep. Thomas Beaulieu ..."
        stop = text.find(". ", stop + 2, min(pe, ps + 70))
    cut = stop + 1 if stop >= 0 else (pe if pe - ps <= 70 else text.rfind(" ", ps, ps + 70))
    toks: list[Token] = []
    _words(text, ps, max(cut, ps), toks)
    mentions = find_mentions(toks, reg.lex, False, names)
    if not mentions:
        # "Hask, 68, is a quiet man": a surname opener the article explained earlier
        first = toks[0].text if toks else ""
        if first[:1].isupper() and first.isalpha():
            ent = reg.resolve(Mention(0, 0, "name", first), ps)
            return ent if ent is not None and ent.type == "person" and " " in ent.name else None
        return None
    for idx, m in enumerate(mentions):
        # the person must be the sentence's subject: at most a title's words ("Council member",
        # "Sund's lawyer,") before it, and no other party ("Critics including Bob Stone ...")
        if m.i >= 8 or m.kind == "pron" or (m.i >= 5 and any(t.text == "," for t in toks[:m.i])):
            return None
        if m.i > 0 and toks[m.i - 1].low in _SETTING_PREPS:
            continue  # "Back at Windorah, Ms McAllister said ...": a place, not the subject
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        if m.kind in ("desc", "name") and nxt is not None and nxt.kind == "name" and not nxt.org and \
                m.j + 1 < nxt.i <= m.j + 5 and all(t.text == t.low and t.word for t in toks[m.j + 1:nxt.i]):
            continue  # "NASA associate administrator for science Renata Voss said": her title
        if m.kind == "desc" and not (m.owner or m.i == 0):
            return None
        if m.kind == "name" and not m.org and not _possessive(toks, m.j):
            ent = reg.resolve(m, toks[m.i].start)
            if ent is not None and ent.type == "person" and " " not in ent.name and len(toks) > m.j + 1 \
                    and toks[m.j + 1].text != ",":
                return None  # a lone capitalised opener no full name explains ("Awards went to")
            return ent if ent is not None and ent.type == "person" else None
    return None


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
    return t.text


def _relays(sent: Sentence, frame: Frame, speaker: Entity, reg: Registry,
            p: _Para) -> list[tuple[Entity, str]]:
    toks = p.toks
    out: list[tuple[Entity, str]] = []
    seen = {speaker.name}
    for r in find_relays(sent, frame.subject, frame.cue):
        if r.mention.kind == "pron":  # "The Tasnim news agency struck a harder tone. It quoted ..."
            ent = _paragraph_outlet(p, r.mention.i, reg)
        else:
            ent = reg.resolve(r.mention, toks[r.mention.i].start)
        if ent is None or ent.name in seen:
            continue
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
    if sp.group >= 0:
        if para_speaker is not None:  # `X told analysts. "... (runs on)`: X goes on speaking
            return para_speaker, 0.6, list(para_relays), None
        if introduced is not None and opens and (person := introduced.get()) is not None:
            return person, 0.5, [], None  # a later part that names its speaker still wins
        return None, 0.6, [], None  # filled from the rest of its multi-paragraph quote
    if para_speaker is not None:
        return para_speaker, 0.6, list(para_relays), None
    # the next sentence may carry it: `"We will win." That was how Kim put it.`
    if si + 1 < len(p.sents):
        a, b = p.sents[si + 1]
        sent = _window(p, a, min(b, a + _WINDOW), reg)
        for c in range(a, min(b, a + 8)):
            if sent.cue_lemma(c) is not None:
                subj, _how = sent.subject_of(c)
                if subj is not None:
                    ent = reg.resolve(subj, p.toks[subj.i].start)
                    if ent is not None:
                        return ent, 0.55, [], p.toks[c].text
                break
    if len(words) >= 4 and words[0][:1].isupper() and si > 0:
        # `Asked about the overruns, Kowalczyk was blunt. "We underestimated the ground."`: a
        # sentence-long quote after a sentence about a person is that person's reply
        a = p.sents[si - 1][0]
        person = _paragraph_subject(p, p.sents[si][0], reg, a)
        if person is not None:
            return person, 0.55, [], None
    if introduced is not None and opens and len(words) >= 4 and (person := introduced.get()) is not None:
        return person, 0.5, [], None
    lead = text[p.start:sp.start].strip()
    if len(lead) <= 1 and found and found[-1].speaker is not None and found[-1].para >= 0 and len(words) >= 4:
        prev = found[-1]
        return prev.speaker, 0.5, list(prev.relays), prev.cue
    if len(words) <= 4 or all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return None, 0.1, [], None  # a scare quote, nickname or title nobody is quoted as saying
    return None, 0.3, [], None


def _headline_lead(text: str, sp: Span, p: _Para, q: int, reg: Registry) -> tuple[Entity, float] | None:
    """`'Neighbourly duty': Ostrova turns on rival`: a headline opening on a quote and a colon gives
    the words to the person it goes on to name (the body may still claim them, see below)."""
    if text[p.start:sp.start].strip() not in ("", "\"", "'", "\u2018", "\u201c", "\u00ab") or \
            not text[sp.end:sp.end + 3].lstrip("\"'\u2019\u201d\u00bb").startswith(":"):
        return None
    for m in p.mentions:
        if m.i > q and m.kind == "name":
            ent = reg.resolve(m, p.toks[m.i].start)
            return (ent, 0.6) if ent is not None and ent.type == "person" else None
    return None


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
    for f in found:
        g = groups.get(f.span.group)
        if g is not None and (f.speaker is None or (f is not g and f.confidence <= 0.5)):
            f.speaker, f.relays, f.cue = g.speaker, g.relays, g.cue
            f.confidence = max(f.confidence, g.confidence - 0.05)
    return found


# every character that is neither alphanumeric nor space (str.isalnum/isspace, which `\w` minus `_`
# and `\s` match exactly): one regex substitution instead of a Python test per character
_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]|_")


def _squash(s: str) -> str:
    return " ".join(_NOT_WORD_OR_SPACE.sub("", s.casefold()).split())


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
        for g, gw in body:
            if f" {words} " in f" {gw} ":
                f.speaker, f.confidence = g.speaker, max(f.confidence, 0.7)
                if f.cue is None:
                    f.cue = g.cue
                break
