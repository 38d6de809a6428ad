"""Find quoted spans: pair quote marks paragraph by paragraph.

Marks are paired with a small stack, one paragraph at a time, so a stray mark can only spoil its
own paragraph. Each mark is classified from its neighbours (an apostrophe sits between letters; an
opening mark follows a space and precedes a word; a closing mark does the reverse), which is what
lets straight quotes and apostrophes share one character. Only outermost pairs are reported: a
quote inside a quote is part of the outer speaker's words. An opening mark left unclosed at the end
of a paragraph is a continued quote when the next paragraph opens with the same kind of mark (the
newsroom convention for multi-paragraph quotes); otherwise it is dropped and what it enclosed is
judged on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec
import regex

# An apostrophe between two letters (don't, Kim's, China’s) is never a mark, and news text is full of
# them: the pattern skips them so the per-mark Python loop only sees candidates. The reference
# definition; `mark_positions` finds the same offsets faster.
_MARK = regex.compile(r"[\"\u2018\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
                      r"\u300c\u300d\u300e\u300f\uff02\n]|(?<!\p{L})['\u2019]|['\u2019](?!\p{L})")

# The same candidates through the stdlib engine, which scans a plain character class several times
# faster; apostrophes between two letters (what _MARK's look-arounds drop) are dropped in the loop.
_MARK_FAST = re.compile("[\"\u2018\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
                        "\u300c\u300d\u300e\u300f\uff02\n'\u2019]")

# mark -> family; families pair only with themselves
_FAMILY = {
    '"': "D", "\uff02": "D", "\u201c": "D", "\u201d": "D", "\u201e": "D", "\u201f": "D",
    "'": "S", "\u2018": "S", "\u2019": "S", "\u201a": "S", "\u201b": "S",
    "\u00ab": "G", "\u00bb": "G", "\u2039": "g", "\u203a": "g",
    "\u300c": "C", "\u300d": "C", "\u300e": "W", "\u300f": "W",
}
_OPENING_BEFORE = set(" \t\r\u00a0([{\u2014\u2013-/:;\u201c\u2018\u00ab\u2039\u201e\u300c\u300e\"'")
_CLOSING_AFTER = set(" \t\r\u00a0.,;:!?)]}\u2014\u2013-/\u2026\u201d\u2019\u00bb\u203a\u300d\u300f\"'")
_MAX_DEPTH = 32
_MAX_SEARCH = 8

OPEN, CLOSE, SKIP = 1, 2, 0


class Span(msgspec.Struct, gc=False):
    """Quoted words `text[start:end]` (inside the marks) of one paragraph."""

    start: int
    end: int
    open_mark: str
    continues: bool = False
    """True when the quote runs on into the next paragraph (no closing mark here)."""
    group: int = -1
    """Spans of one multi-paragraph quote share a group id (their first span's index)."""


def _is_letter(c: str) -> bool:
    return c.isalpha()


def _classify(ch: str, prev: str, nxt: str, after: str, open_top: str | None, fam_open: bool) -> int:
    """OPEN, CLOSE or SKIP for one mark, from its neighbours and what is open."""
    before_space = prev == "" or prev in _OPENING_BEFORE or prev.isspace()
    after_space = nxt == "" or nxt in _CLOSING_AFTER or nxt.isspace()
    if ch in "'\u2019\u2018\u201b":
        if _is_letter(prev) and _is_letter(nxt):
            return SKIP  # don't, Kim's, China’s
        if nxt.isdigit() and after[:2].rstrip("s").isdigit() and not fam_open:
            return SKIP  # the '90s
        if ch == "\u2018" or ch == "\u201b":
            return OPEN if not after_space else SKIP
        if before_space and not after_space:
            return OPEN if ch == "'" else SKIP  # a curly ’ after a space is an elision (’em)
        if after_space and not before_space:
            return CLOSE if fam_open else SKIP  # else a plural possessive (the players' union)
        return CLOSE if fam_open and not _is_letter(nxt) else SKIP
    if ch in '"\uff02':
        if before_space and not after_space:
            return OPEN
        if after_space and not before_space:
            return CLOSE if fam_open else SKIP
        if before_space and after_space:
            # `'...mom.'"`: a double mark right after a single one closes the outer quote, and
            # `"'Tis` opens one; a mark between spaces is neither
            if (prev == "'" or prev == "\u2019") and fam_open:
                return CLOSE
            if prev in "\u2014\u2013-" and fam_open:
                return CLOSE  # `"... of what we —" Okafor began`: words broken off on a dash
            if (nxt == "'" or nxt == "\u2018") and prev != "'" and prev != "\u2019":
                return OPEN
            return SKIP
        if prev.isdigit():
            return SKIP  # inches
        return CLOSE if fam_open else OPEN
    if ch == "\u201c":
        if open_top == "\u201e":
            return CLOSE
        if fam_open and after_space and not before_space:
            return CLOSE
        return OPEN
    if ch == "\u201d":
        if not fam_open and before_space and not after_space:
            return OPEN
        return CLOSE
    if ch in "\u201e\u201f\u201a":
        return OPEN
    if ch == "\u00ab":
        return CLOSE if open_top == "\u00bb" else OPEN
    if ch == "\u00bb":
        if not fam_open and before_space and not after_space:
            return OPEN
        return CLOSE
    if ch == "\u2039":
        return CLOSE if open_top == "\u203a" else OPEN
    if ch == "\u203a":
        return CLOSE if fam_open else SKIP
    if ch in "\u300c\u300e":
        return OPEN
    return CLOSE


def _first_mark(text: str, pos: int) -> str | None:
    """The opening mark a paragraph starts with, if any."""
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    if pos < n and text[pos] in _FAMILY:
        return text[pos]
    return None


def mark_positions(text: str) -> Iterator[int]:
    """Offsets of every candidate mark and line break: exactly what `_MARK` matches, faster."""
    last = len(text) - 1
    for m in _MARK_FAST.finditer(text):
        pos = m.start()
        ch = text[pos]
        if (ch == "'" or ch == "\u2019") and 0 < pos < last and text[pos - 1].isalpha() and \
                text[pos + 1].isalpha():
            continue  # don't, Kim's: what _MARK's look-arounds leave out
        yield pos


_MARK_CHARS = tuple(_FAMILY)


def _mark_offsets(text: str) -> list[int]:
    """Offsets of every quote mark, apostrophes included (what `_MARK_FAST` finds, line breaks
    aside), sorted. One str.find sweep per mark character costs a fraction of a character-class
    scan, and line breaks are found only where the pairing needs them (`find_spans`)."""
    out: list[int] = []
    find = text.find
    for ch in _MARK_CHARS:
        i = find(ch)
        while i >= 0:
            out.append(i)
            i = find(ch, i + 1)
    out.sort()
    return out


def _flush(text: str, spans: list[Span], n_pos: list[int], n_mark: list[str], n_parent: list[int],
           pairs: list[tuple[int, int, int]], stack: list[int], dead: set[int], carried: int,
           para_start: int, para_end: int) -> int:
    """Report the outermost pairs of the paragraph `text[para_start:para_end]`, which holds marks;
    returns the group a quote left open carries into the next paragraph (-1 for none)."""
    n = len(text)
    unclosed = set(stack) | dead if dead else set(stack)
    out: list[tuple[int, int, str, int]] = []
    if not unclosed:
        # every mark was closed (most paragraphs): a pair is outermost when nothing encloses it
        for node, o, c in pairs:
            if n_parent[node] < 0:
                out.append((o + 1, c, n_mark[node], node))
    else:
        for node, o, c in pairs:
            if _top_level(node, n_parent, unclosed):
                out.append((o + 1, c, n_mark[node], node))
    cont: Span | None = None
    left_open = False  # a quote the paragraph never closes, read to its end
    if stack:
        bottom = stack[0]
        bmark = n_mark[bottom]
        opos = n_pos[bottom]
        nxt = _first_mark(text, para_end + 1) if para_end < n else None
        if nxt is not None and _FAMILY[nxt] == _FAMILY[bmark] and _top_level(bottom, n_parent, unclosed):
            end = para_end
            while end > opos + 1 and text[end - 1].isspace():
                end -= 1
            if end > opos + 1:
                cont = Span(opos + 1, end, bmark, continues=True)
                # pairs nested in the continued quote are inside it, not top level
                out = [t for t in out if t[0] < opos]
        elif len(stack) == 1 and not any(o > opos for _node, o, _c in pairs) and \
                text[opos - 2:opos] in (": ", ", ") and _FAMILY[bmark] in "DG":
            # `Kang told KBN by phone: "If there is money, there is money for our members.` and no
            # closing mark before the paragraph ends (a slip web copy has): the quote runs to it
            end = para_end
            while end > opos + 1 and text[end - 1].isspace():
                end -= 1
            if end - opos > 20 and text[end - 1] in ".!?":
                out.append((opos + 1, end, bmark, -1))
                left_open = True
    if len(out) > 1:
        out.sort()
    first_in_para = True
    lead = para_start
    while lead < para_end and text[lead] in " \t\r\u00a0":
        lead += 1
    for s, e, mark, _ in out:
        if e > s and not text[s:e].isspace():
            sp = Span(s, e, mark, continues=left_open and e == out[-1][1])
            if first_in_para and carried >= 0 and s == lead + 1:
                sp.group = carried
            spans.append(sp)
            first_in_para = False
    if cont is not None:
        if first_in_para and carried >= 0:
            cont.group = carried
        else:
            cont.group = len(spans)
        spans.append(cont)
        return cont.group
    return -1


def _top_level(node: int, n_parent: list[int], unclosed: set[int]) -> bool:
    """Whether every mark enclosing `node` was left unclosed (so it pairs at the top level)."""
    parent = n_parent[node]
    hops = 0
    while parent >= 0 and hops < _MAX_DEPTH + 1:
        if parent not in unclosed:
            return False
        parent = n_parent[parent]
        hops += 1
    return True


def find_spans(text: str) -> list[Span]:
    """All outermost quoted spans of `text`, in order. Linear in the number of marks.

    One paragraph's open marks are kept in parallel lists (position, mark, family, enclosing
    mark); a paragraph is reported (`_flush`) at the first line break after a mark in it.
    """
    spans: list[Span] = []
    n_pos: list[int] = []
    n_mark: list[str] = []
    n_fam: list[str] = []
    n_parent: list[int] = []
    pairs: list[tuple[int, int, int]] = []  # (node index, open pos, close pos)
    stack: list[int] = []
    fam_count: dict[str, int] = {}
    dead: set[int] = set()  # nodes popped without a closing mark
    pending_group = -1  # group id carried from a continued quote into this paragraph
    para_start = 0
    n = len(text)
    find = text.find
    scanned = 0  # line breaks before this offset are dealt with
    last = n - 1
    for pos in _mark_offsets(text):
        ch = text[pos]
        if (ch == "'" or ch == "\u2019") and 0 < pos < last and text[pos - 1].isalpha() and \
                text[pos + 1].isalpha():
            continue  # don't, Kim's
        # the line breaks since the last mark, as met one by one: the first ends the paragraph
        # that holds open marks; after it only a carried continued quote needs lines read; the
        # rest only move the paragraph start
        nl = find("\n", scanned, pos)
        scanned = pos
        if nl >= 0:
            if n_pos:
                pending_group = _flush(text, spans, n_pos, n_mark, n_parent, pairs, stack, dead,
                                       pending_group, para_start, nl)
                n_pos, n_mark, n_fam, n_parent, pairs, stack = [], [], [], [], [], []
                fam_count = {}
                dead = set()
                para_start = nl + 1
                nl = find("\n", nl + 1, pos)
            while nl >= 0 and pending_group >= 0:
                if nl > para_start and not text[para_start:nl].isspace():
                    pending_group = -1  # a line without a mark ends the continued quote
                para_start = nl + 1
                nl = find("\n", nl + 1, pos)
            if nl >= 0:
                para_start = text.rfind("\n", nl, pos) + 1
        fam = _FAMILY[ch]
        prev = text[pos - 1] if pos > para_start else ""
        nxt = text[pos + 1] if pos + 1 < n and text[pos + 1] != "\n" else ""
        top_mark = n_mark[stack[-1]] if stack else None
        fam_open = fam_count.get(fam, 0) > 0
        kind = _classify(ch, prev, nxt, text[pos + 1:pos + 4], top_mark, fam_open)
        if kind == SKIP:
            continue
        if kind == OPEN:
            if stack and n_fam[stack[-1]] == fam and fam in "DGC":
                # the same double mark opening again: the earlier one was never closed
                dead.add(stack.pop())
                fam_count[fam] -= 1
            if len(stack) >= _MAX_DEPTH:
                continue
            n_parent.append(stack[-1] if stack else -1)
            stack.append(len(n_pos))
            n_pos.append(pos)
            n_mark.append(ch)
            n_fam.append(fam)
            fam_count[fam] = fam_count.get(fam, 0) + 1
            continue
        # CLOSE: pop to the nearest open mark of this family, abandoning what was opened inside
        depth = 1
        limit = len(stack) if len(stack) < _MAX_SEARCH else _MAX_SEARCH
        while depth <= limit:
            node = stack[-depth]
            if n_fam[node] == fam:
                if depth == 1:  # the innermost open mark (nearly always): nothing abandoned
                    fam_count[fam] -= 1
                    stack.pop()
                else:
                    for gone in stack[-depth:]:
                        fam_count[n_fam[gone]] -= 1
                    dead.update(stack[-depth + 1:])
                    del stack[-depth:]
                pairs.append((node, n_pos[node], pos))
                break
            depth += 1
    # the line breaks after the last mark, then the last paragraph
    nl = find("\n", scanned, n)
    if nl >= 0:
        if n_pos:
            pending_group = _flush(text, spans, n_pos, n_mark, n_parent, pairs, stack, dead,
                                   pending_group, para_start, nl)
            n_pos, n_mark, n_fam, n_parent, pairs, stack = [], [], [], [], [], []
            dead = set()
            para_start = nl + 1
            nl = find("\n", nl + 1, n)
        while nl >= 0 and pending_group >= 0:
            if nl > para_start and not text[para_start:nl].isspace():
                pending_group = -1
            para_start = nl + 1
            nl = find("\n", nl + 1, n)
        if nl >= 0:
            para_start = text.rfind("\n", nl, n) + 1
    if n_pos:
        _flush(text, spans, n_pos, n_mark, n_parent, pairs, stack, dead, pending_group, para_start, n)
    return spans
