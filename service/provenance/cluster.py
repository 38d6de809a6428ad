"""The same quote across articles: matching, index keys and batch clustering.

Outlets rarely carry a quote verbatim. They trim it ("good neighbours, good friends" out of a longer
sentence), reword it lightly ("fully support" / "full support", "will not" / "won't") or quote a
different slice of the same utterance (one quotes 'plotting against' the Union, another plotting
"against the Union of X"). Three tests, all constrained to one speaker, cover those cases (one
speaker: one `speaker_class` whose names pass `same_names`, since outlets write one person's name
differently, "Talal Al Harthy" / "Sayyid Talal bin Saif Al Harthy"):

1. same words after light stemming, or the shorter quote is a contiguous run of the longer one;
2. a fuzzy character match of the stemmed texts (whole, or the shorter inside the longer);
3. context alignment: the two quotes plus a few words either side line up as one run of text in
   which the two quoted spans overlap. This is what links two different slices of one utterance and
   what keeps two adjacent but distinct quotes apart ("fully support" and "fraternal duty" sit in
   one sentence; aligned, their spans do not overlap).

Storage cannot compare a new quote with every stored one, so every test is gated on sharing at
least one `cluster_keys` key: keys double as the inverted index and as a cheap first filter, which
makes "keys are shared whenever same_quote accepts" true by construction.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import msgspec
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from service.provenance.entities import _split, name_words, same_names, speaker_class

_WS = re.compile(r"\W+")
_TOKEN = re.compile(r"\w+(?:'\w+)*")

# Function words: never enough on their own to tie two quotes together, so a key made only of
# them would be shared by unrelated quotes of a prolific speaker.
STOPWORDS = frozenset(_split("""
    a an the and or but nor so yet of to in on at by for from with as into onto over under about
    against between through during before after above below up down out off than then that this
    these those it its is are was were be been being am do does did have has had having will would
    shall should can could may might must not no i me my we us our you your he him his she her they
    them their what which who whom whose when where why how all any both each few more most other
    some such only own same too very just there here if because while until again once s t
"""))

_CONTRACTIONS = {"won't": ["will", "not"], "can't": ["can", "not"], "cannot": ["can", "not"],
                 "shan't": ["shall", "not"], "ain't": ["is", "not"]}
_CLITICS = (("n't", "not"), ("'re", "are"), ("'ll", "will"), ("'ve", "have"), ("'m", "am"), ("'d", "would"))
_SUFFIXES = ("ingly", "edly", "ings", "ing", "ied", "ies", "ed", "ly", "es", "s")

# Thresholds on rapidfuzz's 0..100 scale over stemmed word tokens. 85 lets one word in seven
# change or appear ("we will not" / "we won't ever"), not a different sentence in the same frame.
# A trimmed-and-reworded quote needs 90% of its content words in order inside a compact stretch.
WHOLE_RATIO = 85.0
PARTIAL_RATIO = 90.0
MIN_FUZZY_TOKENS = 4
MIN_ALIGN_BLOCK = 3
MIN_REORDERED_CONTENT = 6
# A hot key (a speaker's stock phrase in a huge batch) is only scanned over its most recent members:
# real variants nearly always share several keys, so this bounds the work at little cost in recall.
MAX_BUCKET_SCAN = 64
MIN_FUNCTION_PREFIX = 4
"""A quote of function words only matches the statement it opens when it is at least this long."""


class QuoteSig(msgspec.Struct, frozen=True, kw_only=True):
    """What clustering looks at: the quoted words, a few words around them, and who said them."""

    text: str
    context: str
    speaker: str | None


def context_window(text: str, start: int, end: int, words: int = 6) -> str:
    """The quote with `words` words either side, so two outlets' slices of one utterance can be aligned."""
    before = text[max(0, start - 80):start].split()[-words:]
    after = text[end:end + 80].split()[:words]
    return " ".join([*before, text[start:end], *after])


def normalise(text: str) -> str:
    """Casefolded words separated by single spaces; curly apostrophes count as straight ones."""
    return _WS.sub(" ", text.casefold().replace("\u2019", "'")).strip()


def stem(word: str) -> str:
    """A deliberately light stemmer: enough to equate "fully"/"full", "backing"/"back",
    "duties"/"duty", "neighbours"/"neighbors"; consistency matters more than linguistics here.
    """
    w = word
    if w.endswith("'s") or w.endswith("s'"):
        w = w[:-2]
    if len(w) > 4:
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)] + ("i" if suf in ("ied", "ies") else "")
                break
    if len(w) > 3:
        if w.endswith("y"):
            w = w[:-1] + "i"
        elif w.endswith("e"):
            w = w[:-1]
        if len(w) > 4 and w.endswith("our"):
            w = w[:-3] + "or"
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
            w = w[:-1]
    return w


def _expand(tok: str) -> list[str]:
    """One casefolded token as words: contractions and clitics expanded ("won't" -> "will not")."""
    if tok in _CONTRACTIONS:
        return _CONTRACTIONS[tok]
    if "'" in tok:
        for clitic, full in _CLITICS:
            if tok.endswith(clitic) and len(tok) > len(clitic):
                return [tok[: -len(clitic)], full]
    return [tok]


def _casefolded_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold().replace("\u2019", "'").replace("\u2018", "'"))


def words(text: str) -> list[str]:
    """Casefolded word tokens with contractions expanded ("won't" -> "will not")."""
    out: list[str] = []
    for tok in _casefolded_tokens(text):
        out.extend(_expand(tok))
    return out


_TOKEN_STEMS: dict[str, tuple[str, ...]] = {}
_TOKEN_STEMS_MAX = 200_000


def stems(text: str) -> list[str]:
    """`stem` of each of `words(text)`.

    Remembered per token: news vocabulary repeats, and stemming every word of every quote and its
    context afresh was the largest cost of deriving an article's cluster features (0.7 of 2.4 ms
    per 5 KB article, tokenising most of the rest). Bounded; a full table is dropped.
    """
    out: list[str] = []
    cache = _TOKEN_STEMS
    for tok in _casefolded_tokens(text):
        got = cache.get(tok)
        if got is None:
            if len(cache) >= _TOKEN_STEMS_MAX:
                cache.clear()
            got = cache[tok] = tuple(stem(w) for w in _expand(tok))
        out.extend(got)
    return out


_NUMBER_WORDS = frozenset(_split("""
    zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion half quarter first second third percent
"""))


_NUMBER_STEMS = frozenset(stem(w) for w in _NUMBER_WORDS)


def _numbers(seq: Sequence[str]) -> frozenset[str]:
    """Figures in a quote: a reword never changes them, so differing figures mean different words."""
    return frozenset(s for s in seq if s.isdigit() or s in _NUMBER_STEMS)


def _is_content(s: str) -> bool:
    return s not in STOPWORDS and not s.isdigit()


def speaker_key(speaker: str | None) -> str:
    """The speaker part of every cluster key: `speaker_class`, so one person's differently written
    names ("Talal Al Harthy", "Sayyid Talal bin Saif Al Harthy") meet in the key index."""
    return "?" if speaker is None or not speaker.strip() else speaker_class(speaker)


@dataclass(frozen=True, slots=True)
class _Features:
    speaker: str
    quote: tuple[str, ...]
    context: tuple[str, ...]
    q0: int
    q1: int
    keys: frozenset[str]
    numbers: frozenset[str] = frozenset()
    """`_numbers(quote)`, and below the count of content words: every comparison asked for them."""
    content: int = 0
    joined: str = ""
    """The quote's stems as " a b c ": a contiguous run of another quote is a substring test."""
    quote_content: tuple[int, ...] = ()
    context_content: tuple[int, ...] = ()
    """Content words among the first i stems of the quote / context, i = 0..len: the alignments
    count content words of many slices, and a difference of two prefix counts is one lookup."""
    content_set: frozenset[str] = frozenset()
    quote_set: frozenset[str] = frozenset()
    context_joined: str = ""
    """The distinct content stems and all stems of the quote, and the context's stems as " a b c ":
    cheap necessary conditions that settle most comparisons before an alignment is computed."""
    names: tuple[str, ...] = ()
    """`name_words` of the speaker: two names of one class must also pass `same_names`."""


def _find_run(hay: Sequence[str], needle: Sequence[str]) -> int:
    """Start of the occurrence of `needle` in `hay` nearest the middle, or -1."""
    n = len(needle)
    if not n or n > len(hay):
        return -1
    first = needle[0]
    hay, needle = tuple(hay), tuple(needle)  # no copy for the tuples every caller passes
    hits = [i for i in range(len(hay) - n + 1) if hay[i] == first and hay[i:i + n] == needle]
    if not hits:
        return -1
    mid = (len(hay) - n) / 2
    return min(hits, key=lambda i: abs(i - mid))


def _bigram_keys(prefix: str, seq: Sequence[str]) -> set[str]:
    return {f"{prefix}|{a} {b}" for a, b in itertools.pairwise(seq) if _is_content(a) or _is_content(b)}


Features = _Features
"""What clustering compares of a quote (stems of the words and context, the keys); computed once."""

_PRIMED: dict[QuoteSig, _Features] = {}
_PRIMED_MAX = 65536


def features(sig: QuoteSig) -> _Features:
    """The features of `sig`, from those handed in by `prime` or computed (and remembered)."""
    return _PRIMED.get(sig) or _computed(sig)


_features = features


def prime(sig: QuoteSig, feats: _Features) -> None:
    """Hand in features another process computed for `sig`, so this one does not stem it again.

    Why: bulk ingest extracts and derives cluster keys on worker processes, and the single writer
    then re-stemmed every quote to compare it (a third of its CPU per article). Bounded like the
    cache of computed ones: a full table is dropped, which only costs recomputation.
    """
    if len(_PRIMED) >= _PRIMED_MAX:
        _PRIMED.clear()
    _PRIMED[sig] = feats


@lru_cache(maxsize=65536)
def _computed(sig: QuoteSig) -> _Features:
    spk = speaker_key(sig.speaker)
    quote = tuple(stems(sig.text))
    context = tuple(stems(sig.context))
    q0 = _find_run(context, quote)
    if q0 < 0:  # context not built by context_window: treat the quote as its own context
        context, q0 = quote, 0
    q1 = q0 + len(quote)
    keys = _bigram_keys(spk, quote)
    content = [s for s in quote if _is_content(s)]
    # Content-only bigrams survive a reworded function word ("support for" / "support to").
    keys |= _bigram_keys(spk, content)
    if len(quote) == 1 or len(content) == 1:
        keys.add(f"{spk}|{content[0] if content else quote[0]}")
    if len(quote) >= 2 and not _is_content(quote[0]) and not _is_content(quote[1]):
        # a quote of function words only ("This is not over") has no content bigram; its opening
        # pair lets it find the statement it opens (see the prefix rule in _text_match)
        keys.add(f"{spk}|{quote[0]} {quote[1]}")
    if spk != "?":  # an anonymous quote only matches on its own words (see same_quote)
        keys |= _bigram_keys(spk, context[max(0, q0 - 1):q1 + 1])
    return _Features(
        spk, quote, context, q0, q1, frozenset(keys), _numbers(quote), len(content),
        f" {' '.join(quote)} ", _content_prefix(quote), _content_prefix(context),
        frozenset(content), frozenset(quote), f" {' '.join(context)} ",
        name_words(sig.speaker) if spk != "?" and sig.speaker else (),
    )


def _content_prefix(seq: Sequence[str]) -> tuple[int, ...]:
    counts = [0]
    for s in seq:
        counts.append(counts[-1] + _is_content(s))
    return tuple(counts)


def cluster_keys(sig: QuoteSig) -> set[str]:
    """Inverted-index keys: speaker key plus stemmed bigrams of the quote and of its edges.

    Bigrams (not single words) keep a prolific speaker's candidate lists short; the bigrams that
    straddle each edge of the quote are what lets a short partial quote find its longer sibling
    through the context. Any pair that `same_quote` accepts shares at least one of these keys.
    """
    return set(_features(sig).keys)


def _aligned(fs: _Features, long: Sequence[str]) -> tuple[int, int, int]:
    """(content tokens of `fs`'s quote matched in order in `long`, first and last matched index in long)."""
    matched, first, last = 0, len(long), -1
    prefix = fs.quote_content
    for op in Indel.opcodes(fs.quote, long):
        if op.tag != "equal":
            continue
        matched += prefix[op.src_end] - prefix[op.src_start]
        first, last = min(first, op.dest_start), max(last, op.dest_end - 1)
    return matched, first, last


def _text_match(fa: _Features, fb: _Features) -> bool:
    """Same words modulo light stemming, trimming, or a small share of changed words.

    Fuzzy matching runs over word tokens, not characters: a character ratio calls "cut taxes by 5
    percent" and "by 3 percent" near-identical, while a changed token is a changed statement.
    """
    a, b = fa.quote, fb.quote
    if not a or not b:
        return False
    if a == b:
        return True
    fs, fl = (fa, fb) if len(a) <= len(b) else (fb, fa)
    short, long = fs.quote, fl.quote
    if len(short) >= 2 and fs.content and fs.joined in fl.joined:  # a contiguous run of the longer
        return True
    if len(short) >= MIN_FUNCTION_PREFIX and long[:len(short)] == short:
        return True  # "This is not over" opens "This is not over. I will take this to court"
    if len(short) < MIN_FUZZY_TOKENS or fs.numbers != fl.numbers:
        return False
    if len(long) <= len(short) * 1.5 and fuzz.ratio(short, long) >= WHOLE_RATIO:
        return True
    if len(fs.content_set) >= MIN_REORDERED_CONTENT and fs.content_set == fl.content_set and \
            len(long) <= len(short) * 1.3:
        # "a full audit of the airline's maintenance records" / "full audit of the maintenance
        # records of the airline": a translation's or a sub-editor's word order, every content
        # word kept (six or more: "cut taxes, raise spending" / "raise taxes, cut spending" stay apart)
        return True
    content = fs.content
    if content < 3:
        return False
    # every distinct content word of the shorter quote missing from the longer one costs at least
    # one match: when that alone sinks the share, no alignment is needed (98% of the comparisons
    # that reached this point in a 2,000-article backfill)
    if (content - len(fs.content_set - fl.quote_set)) * 100 < PARTIAL_RATIO * content:
        return False
    matched, first, last = _aligned(fs, long)
    return matched * 100 >= PARTIAL_RATIO * content and last - first + 1 <= len(short) * 1.25


def _context_match(a: _Features, b: _Features) -> bool:
    """True when the contexts align into one run that holds one quote whole and overlaps the other.

    Requiring one quote whole inside the shared run is what tells "two slices of one utterance"
    ('scheming against' / "against the Authority") from two different sentences that merely open
    with the same words. Indel (LCS) opcodes give an optimal alignment rather than difflib's greedy
    one, so a shared frame ("said his country would ...") cannot pull a neighbouring quote into
    the wrong slot.
    """
    # a quote held whole in a run the two contexts share is a contiguous run of the other context
    # (features built without `context_joined` skip the shortcut: tests compare with and without)
    if a.context_joined and b.context_joined and a.joined not in b.context_joined and \
            b.joined not in a.context_joined:
        return False
    for op in Indel.opcodes(a.context, b.context):
        if op.tag != "equal" or op.src_end - op.src_start < MIN_ALIGN_BLOCK:
            continue
        shift = op.dest_start - op.src_start
        lo = max(a.q0, op.src_start, b.q0 - shift)
        hi = min(a.q1, op.src_end, b.q1 - shift)
        if hi <= lo:
            continue
        a_whole = op.src_start <= a.q0 and a.q1 <= op.src_end
        b_whole = op.dest_start <= b.q0 and b.q1 <= op.dest_end
        if not (a_whole or b_whole):
            continue
        if a.context_content[op.src_end] - a.context_content[op.src_start] >= 2:
            return True
    return False


def same_quote(a: QuoteSig, b: QuoteSig) -> bool:
    """Whether two quote occurrences are the same words from the same speaker.

    A None speaker is its own class: it never joins a named speaker's quote, and two anonymous
    quotes need matching words (context alignment alone is too weak without a speaker).
    """
    return same_features(_features(a), _features(b))


def same_speaker(fa: _Features, speaker: str | None) -> bool:
    """Whether `speaker`'s quotes may be `fa`'s speaker's, given that they share a cluster key (so
    one speaker class): what `same_features` checks of the names, without stemming the other quote."""
    return fa.speaker == "?" or not speaker or _names_fit(fa.names, speaker)


@lru_cache(maxsize=65536)
def _names_fit(names: tuple[str, ...], speaker: str) -> bool:
    other = name_words(speaker)
    return names == other or same_names(names, other)


def same_features(fa: _Features, fb: _Features) -> bool:
    """`same_quote` on features already at hand (the clusterer compares one quote with many)."""
    if fa.speaker != fb.speaker or fa.keys.isdisjoint(fb.keys):
        return False
    if fa.names != fb.names and not same_names(fa.names, fb.names):
        return False
    # The alignments below break ties by argument order; a canonical order keeps the relation
    # symmetric, which the batch clusterer and the stored-quote matcher both rely on.
    if (fb.quote, fb.context) < (fa.quote, fa.context):
        fa, fb = fb, fa
    if _text_match(fa, fb):
        return True
    return fa.speaker != "?" and _context_match(fa, fb)


# A quote with at least this many content words is a "statement"; shorter ones are fragments that
# may match several statements ("full support" sits in many sentences of one speaker).
LONG_CONTENT_TOKENS = 4


def is_long(sig: QuoteSig) -> bool:
    """Whether the quote is a statement in its own right rather than a fragment of one."""
    return sum(1 for s in _features(sig).quote if _is_content(s)) >= LONG_CONTENT_TOKENS


def match_score(a: QuoteSig, b: QuoteSig) -> float:
    """How alike two matching quotes are (0..100 over stemmed tokens); picks the best cluster."""
    return score_features(_features(a), _features(b))


def score_features(fa: _Features, fb: _Features) -> float:
    return float(fuzz.ratio(fa.quote, fb.quote))


def cluster_batch(sigs: list[QuoteSig]) -> list[str | None]:
    """Cluster labels for a batch: same label = same quote; None when the quote has no words.

    Candidates come from the key index and components are merged with union-find, so the work is
    proportional to key collisions, not to the square of the batch. Linking is transitive, with
    one guard: two components that each hold a long statement only merge when some statement of
    one matches some statement of the other directly. A short fragment ("full support") that
    matches two different statements of one speaker therefore joins one of them (its best match)
    instead of bridging the two.
    """
    parent = list(range(len(sigs)))
    longs: list[list[int]] = [[i] if is_long(s) else [] for i, s in enumerate(sigs)]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def may_join(ra: int, rb: int) -> bool:
        if not longs[ra] or not longs[rb]:
            return True
        return any(same_quote(sigs[x], sigs[y]) for x in longs[ra][:16] for y in longs[rb][:16])

    def union(ra: int, rb: int) -> None:
        parent[ra] = rb
        longs[rb].extend(longs[ra])
        longs[ra] = []

    index: dict[str, list[int]] = {}  # key -> members, newest last; only the last MAX_BUCKET_SCAN are tried
    has_keys = [False] * len(sigs)
    for i, sig in enumerate(sigs):
        keys = _features(sig).keys
        has_keys[i] = bool(keys)
        tried: set[int] = set()
        matches: list[tuple[float, int]] = []
        for key in sorted(keys):
            bucket = index.setdefault(key, [])
            for j in bucket[-MAX_BUCKET_SCAN:]:
                if j in tried:
                    continue
                tried.add(j)
                if same_quote(sigs[j], sig):
                    matches.append((match_score(sigs[j], sig), j))
            bucket.append(i)
        # best match first, so a fragment lands with the statement it resembles most
        for _, j in sorted(matches, key=lambda m: (-m[0], m[1])):
            ri, rj = find(i), find(j)
            if ri != rj and may_join(ri, rj):
                union(ri, rj)
    labels: list[str | None] = []
    names: dict[int, str] = {}
    for i in range(len(sigs)):
        if not has_keys[i]:
            labels.append(None)
            continue
        root = find(i)
        if root not in names:
            names[root] = f"c{len(names) + 1}"
        labels.append(names[root])
    return labels
