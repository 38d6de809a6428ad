"""Paragraphs, sentences and word tokens, all as offsets into the original text.

Sentence breaks are decided with the quote spans in hand: a full stop inside quoted words does not
end the surrounding sentence (`He said, "We came. We saw." Then he left.`), which is what keeps an
attribution and its quote in one sentence.
"""

from __future__ import annotations

import re
import sys

import msgspec
import regex

from service.attribution.lexicon import wordset
from service.attribution.marks import Span

# Every quantifier below is possessive and the look-ahead is one character, so a scan is linear by
# construction: no timeout is passed (regex's timeout checks the clock as it matches, which doubled
# the cost of this scan). The same holds for _NAME_WINDOW.
_BREAK = regex.compile(r"[.!?\u2026]++[\"'\u201c\u201d\u2019\u00ab\u00bb\u300d\u300f)\]]*+[ \t\u00a0]++"
                       r"(?=[\"'\u201c\u2018\u00ab\u201e(\p{Lu}\p{N}])")
_WORD = regex.compile(
    r"(?<![\p{L}\p{Nd}_.])[@#][\p{Nd}_]*+\p{L}[\p{L}\p{Nd}_]*+|"  # "@glassgardenHQ", "#RestWell"
    r"\p{Lu}\p{Nd}{1,3}+(?:,\p{Nd}{3})++(?![\p{L}\p{Nd}])|"  # "N1,390", "K2,500": a price, one token
    r"\p{L}[\p{L}\p{M}\p{Nd}]*+(?:[-'’.&]\p{L}[\p{L}\p{M}\p{Nd}]*+)*+(?:-\p{Nd}++(?![\p{L}\p{Nd}]))?"
    r"(?:(?<=\p{L})\+(?![\p{L}\p{Nd}+]))?"  # "OPEC+", "Canal+", "Disney+": the plus is the name's
    r"(?:(?<=s)['’](?=[ ]\p{Lu}))?\.?"
    r"|\p{Nd}{1,3}+(?:st|nd|rd|th)(?![\p{L}\p{Nd}])"  # "7th Fleet": an ordinal is one word
    r"|\p{Nd}++(?:[,.:]\p{Nd}++)*+|[^\s\p{L}\p{Nd}]")
# A plural possessive before a capitalised word stays on its word ("Growers' Cooperative"), so an
# organisation's name is one capitalised run; quote marks never reach here (quotes are own tokens).
ABBREVIATIONS = wordset("""
mr mrs ms dr prof sen rep gov gen lt col sgt capt st jr sr sept jan feb mar apr jun jul aug sep oct
nov dec no vs etc inc corp ltd co rev fr hon adm cmdr maj brig u.s u.k u.n e.g i.e a.m p.m est
adv barr engr smt supt insp det cpl const cst sup comm asst dep
""")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of every line that holds more than white space (str.split, not a regex scan)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line and not line.isspace():
            out.append((pos, end))
        pos = end + 1
    return out


_PRONOUN_OPENERS = ("He ", "She ", "It ", "They ", "We ", "His ", "Her ", "The ")


def _abbrev_before(text: str, dot: int, floor: int) -> bool:
    i = dot
    while i > floor and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].casefold()
    return len(word) == 1 or word in ABBREVIATIONS or "." in word


def sentences(text: str, start: int, end: int, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentence offsets inside one paragraph; `spans` are the quotes of that paragraph."""
    # a break is a stop, a space and one more character: with no stop before the last two
    # characters (a one-sentence paragraph) there is none, and the regex scan is spared
    # (four str.find sweeps, not a regex scan: a class tested at every character costs tens of
    # instructions a character, a sweep for one character well under one)
    stop = end - 2
    if text.find(".", start, stop) < 0 and text.find("!", start, stop) < 0 and \
            text.find("?", start, stop) < 0 and text.find("\u2026", start, stop) < 0:
        return [(start, end)] if start < end else []
    out: list[tuple[int, int]] = []
    cur = start
    si = 0
    for m in _BREAK.finditer(text, start, end):
        dot = m.start()
        while si < len(spans) and spans[si].end < dot:
            si += 1
        if si < len(spans) and spans[si].start <= dot < spans[si].end:
            sp = spans[si]
            # a break inside quoted words only counts right at the quote's own end
            tail = text[dot:sp.end]
            if tail.strip(".!?\u2026 ") or m.end() <= sp.end:
                continue
        if text[dot] == "." and dot - start >= 1 and _abbrev_before(text, dot, start) and \
                not (text[dot - 1] == "X" and text.startswith(_PRONOUN_OPENERS, m.end())):
            # ("wrote on X. He later told ...": the platform ends the sentence, no initial)
            continue
        out.append((cur, m.end()))
        cur = m.end()
    if cur < end:
        out.append((cur, end))
    return out


class Token(msgspec.Struct, gc=False):
    start: int
    end: int
    text: str
    low: str
    quote: int = -1
    """Index of the quote span this token stands for, or -1 for a word or punctuation."""

    @property
    def cap(self) -> bool:
        return self.quote < 0 and self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.quote < 0 and self.text[:1].isalpha()


def tokens(text: str, start: int, end: int, spans: list[Span], first_span: int,
           quotes: list[int] | None = None, base: int = 0) -> list[Token]:
    """Word, punctuation and quote tokens of `text[start:end]`; each quote (with its marks) is one token.

    `quotes`, when given, receives each quote token's index plus `base`: the caller learns where
    its quotes are without scanning every token for them.
    """
    out: list[Token] = []
    pos = start
    for k, sp in enumerate(spans):
        # conditional expressions rather than min/max, whose calls cost several times more
        qs = sp.start - 1 if sp.start - 1 > start else start
        qe = sp.end if sp.continues else sp.end + 1
        if qe > end:
            qe = end
        if qe <= pos:
            continue
        _words(text, pos, qs, out)
        if quotes is not None:
            quotes.append(base + len(out))
        out.append(Token(qs, qe, text[sp.start:sp.end], "", first_span + k))
        pos = qe
    _words(text, pos, end, out)
    return out


# Linear by construction (possessive repeats; an iteration backtracks over one connector at most),
# so it is scanned without a timeout, which would cost a quarter of the scan.
# "Muhammad al-Rashid": a lower-case Arabic article inside a run keeps it going (the mentions pass
# opens names with it too), or the article would learn two one-word names and never the person.
_NAME_WINDOW = regex.compile(
    r"(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{L}\p{M}'’.-]*+(?:(?<=-)\p{Nd}++)?"
    r"(?:[ ](?:(?:of|de|van|von|bin|al|da|der|del|la|le)[ ](?:the[ ])?|&[ ])?"
    r"(?:[ae]l-)?\p{Lu}[\p{L}\p{M}'’.-]*+"
    r"(?:(?<=-)\p{Nd}++)?)++")




def _bmp_class(prop: str) -> str:
    """The Basic Multilingual Plane members of a `regex` property class, as ranges for a stdlib
    character class: taken from `regex`'s own tables, so both engines agree on every character."""
    cps = list(map(ord, regex.sub(f"[^{prop}]++", "", "".join(map(chr, range(0x10000))))))
    out: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out.append(f"\\u{cps[i]:04x}" if i == j else f"\\u{cps[i]:04x}-\\u{cps[j]:04x}")
        i = j + 1
    return "".join(out)


# _NAME_WINDOW without its look-behind, for the stdlib engine, which scans this pattern in about
# half the instructions `regex` needs (whose per-position cost is the engine's largest regex
# bill). Its classes hold the BMP only: a stretch with a character beyond it takes _NAME_WINDOW.
_LU = _bmp_class(r"\p{Lu}")
_LM = _bmp_class(r"\p{L}\p{M}")
_ND = _bmp_class(r"\p{Nd}")
_NAME_RUN = re.compile(
    rf"[{_LU}][{_LM}'’.\-]*+(?:(?<=-)[{_ND}]++)?"
    rf"(?:[ ](?:(?:of|de|van|von|bin|al|da|der|del|la|le)[ ](?:the[ ])?|&[ ])?"
    rf"(?:[ae]l-)?[{_LU}][{_LM}'’.\-]*+(?:(?<=-)[{_ND}]++)?)++")
_NAME_JOINER = regex.compile(r"[\p{L}\p{M}'’.-]")
"""What may not stand just before a run (_NAME_WINDOW's look-behind)."""
_ASCII_JOINERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.-")


_COMPACT_HEADER = sys.getsizeof("\u0100") - 4
"""Bytes of a non-ASCII str before its characters ("\u0100" holds two 2-byte units, its NUL included)."""


def _beyond_bmp(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds a character beyond the BMP: it takes four bytes in UTF-16
    rather than two. Encoding is a tight C loop, several times cheaper than a regex scan.

    First the whole text's storage is asked, for free: CPython keeps a str in one, two or four
    bytes a character, four only when a character lies beyond the BMP, so a str whose size is
    that of one or two bytes a character (nothing cached beside them) has none anywhere. Any
    other size (four bytes a character, a cached UTF-8 copy, a subclass) takes the encoding test.
    """
    if text.isascii():
        return False
    if type(text) is str:
        n1 = len(text) + 1
        size = sys.getsizeof(text) - _COMPACT_HEADER
        if size == 2 * n1 or size == n1:
            return False
    return len(text[start:end].encode("utf-16-le", "surrogatepass")) != 2 * (end - start)


def name_windows(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every multi-word capitalised run of `text[start:end]` (the whole text by default), in one
    regex pass: exactly _NAME_WINDOW's matches.

    A run never crosses a line break, so the runs of one paragraph are exactly what a scan of that
    paragraph alone finds (when `start` opens a line); one pass saves a regex call per paragraph.
    The look-behind is tested on each run found instead of at every position: a run it rejects
    sends the scan on from the next character, as the regex's own scan would go on.
    """
    end = len(text) if end is None else end
    if _beyond_bmp(text, start, end):
        return [m.span() for m in _NAME_WINDOW.finditer(text, start, end)]
    out: list[tuple[int, int]] = []
    search = _NAME_RUN.search
    pos = start
    while (m := search(text, pos, end)) is not None:
        s = m.start()
        if s > 0:
            c = text[s - 1]  # both engines look behind `start`
            if c in _ASCII_JOINERS or (c > "\x7f" and _NAME_JOINER.match(c) is not None):
                pos = s + 1
                continue
        out.append(m.span())
        pos = m.end()
    return out


_WHO_IS = re.compile(r", who (?:(?:is|was|has|had|been|became|serves|served|as|the|a|an|now|also) ){1,4}"
                     r"[a-z]+")


def name_segments(text: str, start: int, end: int,
                  windows: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The stretches `name_tokens` tokenises: each multi-word capitalised run of a span with two
    words of lead-in and a relative clause giving it a role. A stretch's tokens (and so its
    mentions) depend on its own characters only, which is what lets an article reuse them."""
    out: list[tuple[int, int]] = []
    if windows is None:
        windows = name_windows(text, start, end)
    for lead, mend in windows:
        # two words of lead-in: "state media KCNA", "North Korean leader Kim", "The mayor, Jo Pell"
        for _ in range(2):
            lo, hi = lead - 40, lead - 1  # each floored at start, without max() calls
            sp = text.rfind(" ", lo if lo > start else start, hi if hi > start else start)
            if sp < 0 or not text[sp + 1:lead].strip().rstrip(",").isalpha():
                break
            lead = sp + 1
        gap = 4 if text[lead - 4:lead] == " of " else 5 if text[lead - 5:lead] == " for " else 0
        if gap and text[lead:lead + 1].isupper():
            # "Minister of Tourism and Wildlife Conservation Hon. X": the office the lead-in's
            # field belongs to, two words further back
            word = text.rfind(" ", max(start, lead - 40), max(start, lead - gap)) + 1 or start
            if text[word:word + 1].isupper() and text[word:lead - gap].isalpha():
                lead = word
        # a relative clause giving the name a role: "Ana Roth, who has been mayor of ..."
        who = _WHO_IS.match(text, mend, end) if text[mend:mend + 6] == ", who " else None
        if who is not None:
            mend = who.end()
        elif text[mend - 1:mend] == "-":
            while mend < end and text[mend].isdigit():
                mend += 1  # "England Under-21": the number says a team (see find_mentions)
        out.append((lead, mend))
    return out


def name_tokens(text: str, start: int, end: int,
                windows: list[tuple[int, int]] | None = None) -> list[Token]:
    """Tokens of only the multi-word capitalised runs of a span (with two words of lead-in each).

    Learning who an article names needs only its names, and tokenising just those windows is many
    times cheaper than tokenising every word of paragraphs that hold no quote. `windows` are the
    span's runs when the caller already has them (`name_windows`), else the span is scanned.
    Each stretch ends on a `|` token, so no mention reaches from one into the next.
    """
    out: list[Token] = []
    for lead, mend in name_segments(text, start, end, windows):
        _words(text, lead, mend, out)
        out.append(Token(mend, mend, "|", "|"))
    return out


_TRAIL = frozenset(",;:!?)")
_DIGIT_TRAIL = frozenset(",;:!?).")


def _words(text: str, start: int, end: int, out: list[Token]) -> None:
    """Tokens of `text[start:end]`, exactly as `regex_words` would make them, several times faster.

    Most news words are plain letters, or letters and one trailing comma or full stop; a lone
    character is always one token (checked against the regex for every code point); names and
    contractions join letters with hyphens and apostrophes (Vasquez-Lind, O'Neill, hadn't,
    minister's). Those are cut with str methods: a regex call costs more than a dozen of them, so
    only the rest (digits, abbreviations with inner dots, trailing apostrophes) go through it.
    """
    if end <= start:
        return
    chunk = text[start:end]
    pieces = chunk.split()
    # str.find costs a call with argument parsing per word: when the words stand one space apart
    # (found once, as the words joined by single spaces), each word's offset follows from the last
    at = chunk.find(" ".join(pieces))
    step = 1 if at >= 0 else 0
    pos = start + at if at >= 0 else start
    find = text.find
    append = out.append
    for piece in pieces:
        s = pos if step else find(piece, pos)
        e = s + len(piece)
        pos = e + step
        if piece.isalpha():
            append(Token(s, e, piece, piece.casefold()))
            continue
        if e - s == 1:
            append(Token(s, e, piece, piece.casefold()))
            continue
        last = piece[-1]
        core = piece[:-1]
        if core.isalpha():
            if last in _TRAIL:
                append(Token(s, e - 1, core, core.casefold()))
                append(Token(e - 1, e, last, last))
                continue
            if last == ".":
                if len(core) == 1 or core.casefold() in ABBREVIATIONS:
                    append(Token(s, e, piece, piece.casefold()))
                else:
                    append(Token(s, e - 1, core, core.casefold()))
                    append(Token(e - 1, e, ".", "."))
                continue
        if "-" in piece or "'" in piece or "\u2019" in piece:
            # letters joined by single hyphens or apostrophes: the regex's one word (its `'s` cut off)
            for part in piece.replace("\u2019", "-").replace("'", "-").split("-"):
                if not part.isalpha():
                    break
            else:
                if last == "s" and piece[-2] in "'\u2019":
                    append(Token(s, e - 2, piece[:-2], piece[:-2].casefold()))
                    append(Token(e - 2, e, "'s", "'s"))
                else:
                    append(Token(s, e, piece, piece.casefold()))
                continue
        # ASCII digits, bare or before one closing mark ("134", "250," "2012."): the regex's
        # number and its lone mark, without a regex call
        if piece.isdigit() and piece.isascii():
            append(Token(s, e, piece, piece))
            continue
        if last in _DIGIT_TRAIL and core.isdigit() and core.isascii():
            append(Token(s, e - 1, core, core))
            append(Token(e - 1, e, last, last))
            continue
        _regex_words(text, s, e, end, out)


def regex_words(text: str, start: int, end: int) -> list[Token]:
    """The reference tokeniser: one regex pass over the whole range (what `_words` must equal)."""
    out: list[Token] = []
    _regex_words(text, start, end, end, out)
    return out


def _regex_words(text: str, start: int, stop: int, end: int, out: list[Token]) -> None:
    # matches may look ahead to `end` (a possessive before a capital) but must start before `stop`
    for m in _WORD.finditer(text, start, end):
        s, e = m.span()
        if s >= stop:
            break
        w = m.group()
        if w.endswith(".") and len(w) > 1:
            core = w[:-1]
            if not (len(core) == 1 or "." in core or core.casefold() in ABBREVIATIONS):
                out.append(Token(s, e - 1, core, core.casefold()))
                out.append(Token(e - 1, e, ".", "."))
                continue
        if len(w) > 2 and w[-2] in "'’" and w[-1] == "s":
            out.append(Token(s, e - 2, w[:-2], w[:-2].casefold()))
            out.append(Token(e - 2, e, "'s", "'s"))
            continue
        out.append(Token(s, e, w, w.casefold()))
