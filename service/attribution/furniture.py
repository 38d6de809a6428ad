"""Page furniture a scraper leaves between an article's paragraphs, blanked before anything reads it.

Why: newsroom pipelines post text scraped from web pages, and the page's own lines come with it:
"Advertisement", "Story continues below advertisement", "Also read: <another headline>", share
buttons, "6 min read", photo credits, and subheadings between paragraphs. Each such line is a
paragraph to the engine, and reading order is most of what attribution has: a "he said" after an
advertisement lost the man the paragraph before was about, a multi-paragraph quote broken by one
ended there, and the line "just before" a quote (which may introduce its speaker) was the advert.
Measured by inserting such lines into the invented sets at a quarter of their paragraph breaks,
speaker F1 fell by 1-8 points (up to 10 with subheadings); blanked, it came back in full.

A line is blanked by overwriting it with spaces, so every offset into the text stays true and the
line reads as the empty line it stands for. Two kinds are blanked, and only when they hold no
quote mark (a related headline quoting someone is a quote, and stays):

* furniture by its words (`_FURNITURE`), wherever it stands;
* a subheading: a short line with no closing punctuation between two paragraphs of running text
  (each long and ending on a stop or a closing quote mark). A subheading names a section, never
  the person the next paragraph's "he" means, and headlines, bylines and datelines at the top of
  a story are not between two paragraphs of running text, so they are kept.
"""

from __future__ import annotations

import re

# labels a site puts before a link to another story ("Also read: ...", "Related")
_LABELS = (
    r"also\ read",
    r"read\ also",
    r"also\ see",
    r"see\ also",
    r"read\ more",
    r"more\ from\ [\w .]{1,40}",
    r"you\ (?:may|might)\ also\ like",
    r"related(?:\ (?:articles?|stories|content|news|topics|coverage|reading|video))?",
    r"more\ (?:stories|news)",
    r"recommended(?:\ (?:stories|for\ you|reading))?",
    r"trending(?:\ now)?",
    r"most\ (?:read|popular|viewed)",
    r"top\ stories",
    r"editor'?s\ picks?",
    r"watch(?:\ now)?",
    r"video",
    r"listen",
    r"don't\ miss",
    r"must\ read",
)
# share buttons and their like, two or more in a row ("Facebook Twitter WhatsApp Copy link")
_BUTTONS = (
    r"share",
    r"tweet",
    r"facebook",
    r"twitter",
    r"x",
    r"whatsapp",
    r"linkedin",
    r"e-?mail",
    r"print",
    r"copy\ link",
    r"reddit",
    r"telegram",
    r"pinterest",
    r"messenger",
    r"comments?",
    r"save",
)
_LINES = (
    r"advertisements?",
    r"ads?(?:\ by\ \w+)?",
    r"sponsored(?:\ (?:content|links?|stories))?",
    r"paid\ (?:content|post)",
    r"promoted(?:\ (?:content|stories))?",
    r"(?:article|story|text)\ continues\ (?:below|after)(?:\ [\w ]{0,30})?",
    r"continue\ reading(?:\ (?:below|the\ (?:main\ )?(?:story|article)))?",
    r"scroll\ (?:down\ )?to\ continue[\w ]{0,30}",
    r"skip\ (?:to|past)\ [\w ]{1,30}",
    r"back\ to\ top",
    r"LABELS",
    r"share(?:\ (?:this|the))?(?:\ (?:article|story|page|post))?(?:\ (?:on|via)\ [\w ]{1,40})?",
    r"BUTTONS",
    r"(?:click|tap)\ here\b.*",
    r"(?:subscribe|sign\ up|log\ ?in|register)\b.{0,80}",
    r"follow\ us\b.{0,60}",
    r"(?:download|get)\ (?:our|the)\ app\b.{0,40}",
    r"join\ our\ [\w ]{1,30}(?:channel|community|newsletter)\b.{0,40}",
    r"listen\ to\ (?:this|the)\ (?:article|story)\b.{0,40}",
    r"\d{1,3}\ ?(?:min|mins|minutes?)(?:\ (?:read|listen))?",
    r"\d{0,5}\ ?comments?(?:\ \(\d+\))?",
    r"(?:leave|add|show|view|read)\ (?:a\ |the\ )?comments?",
    r"(?:image|photo|picture|video)(?:\ (?:caption|source|copyright|credit))?\ ?[:,].*",
    r"(?:\u00a9|copyright|\(c\)).*",
    r"all\ rights\ reserved.{0,60}",
)
_FURNITURE = re.compile(
    "(?:" + "|".join(
        rf"(?:{'|'.join(_LABELS)})(?:\ ?[:|\u00bb\u203a>\u2013\u2014-]\ ?.*)?" if alt == "LABELS"
        else rf"(?:(?:{'|'.join(_BUTTONS)})[\s,|/\u00b7\u2022]*){{2,}}" if alt == "BUTTONS"
        else alt
        for alt in _LINES
    ) + r")[\s.!:]*",
    re.IGNORECASE | re.VERBOSE,
)

# a label opening a related headline that quotes someone ("READ MORE: 'I thought ...' - neighbours
# stunned"): the headline stays, its label goes (read as capitals, it was the quote's speaker)
_LABEL_PREFIX = re.compile(
    rf"(?:{'|'.join(_LABELS)})\ ?[:|\u00bb\u203a>\u2013\u2014-]\ ?", re.IGNORECASE | re.VERBOSE)

# a live blog's time stamp opening a post ("11:31 AM PT — Marcus closing things out: ..."): its
# "AM PT" read as a name, the post's speaker
_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\ ?(?:[AaPp]\.?[Mm]\.?)?(?:\ [A-Z]{2,5})?\ ?[\u2013\u2014|-]\ ")

_QUOTE_MARKS = frozenset(
    "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02\u2018")
_RUNNING_END = frozenset(".!?\u2026\"'\u201d\u2019)")
_OPEN_END = frozenset(".,;:!?\u2026\"'\u201d\u2019)-\u2013\u2014")
# a photo credit ending a caption line: "REUTERS/Kagiso Phetla/File Photo", "AP Photo/Jae Lee",
# "AFP/Getty Images": its names are photographers, who never speak in the story (and its "File
# Photo" is nobody); the line's words before it stay, and a sentence (ending on a stop) is left whole
_CREDIT = re.compile(r"(?:^|\s)((?:[A-Z]{2,}|[A-Z][A-Za-z]+ Photo)/[^\n\"\u201c\u201d\u2018\u2019/]{2,40}"
                     r"(?:/[^\n\"\u201c\u201d\u2018\u2019/]{2,30}){0,2})(?<!\.)$")
FURNITURE_MAX_CHARS = 100
"""Longer lines are not matched at all: most of an article's lines are sentences, and the longest
furniture (a photo credit, a copyright line) fits; a long caption left in is harmless."""
SUBHEAD_MAX_WORDS = 10
RUNNING_MIN_CHARS = 60
"""A paragraph of running text: at least this long and ending on a stop or a closing mark."""


def _quotes_someone(line: str) -> bool:
    if not _QUOTE_MARKS.isdisjoint(line):
        return True
    # a single straight or right mark opening a word ('We made mistakes' in British style);
    # an apostrophe inside or closing a word (Kim's, the players') is no quote
    for i, ch in enumerate(line):
        if ch in "'\u2019" and (i == 0 or line[i - 1] in " \t(") and line[i + 1:i + 2].isalnum():
            return True
    return False


def _running(line: str) -> bool:
    return len(line) >= RUNNING_MIN_CHARS and line[-1] in _RUNNING_END


def _subheading(line: str) -> bool:
    # a byline is no subheading: it may name the story's own outlet ("By A. Rahman, The Gulf Ledger")
    return (len(line) <= 90 and line[0].isupper() and line.count(" ") < SUBHEAD_MAX_WORDS
            and line[:3].casefold() != "by " and (line[-1] not in _OPEN_END or _title_question(line)))


def _title_question(line: str) -> bool:
    """`Who Runs The Club Now?`: a question in title case is a section's heading (a question in
    running text is a sentence, "What happens now?", and stays); its capitals read as a name."""
    if line[-1] != "?":
        return False
    words = line[:-1].split()
    return len(words) >= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def blank_furniture(text: str) -> str:
    """`text` with its furniture and subheadings overwritten by spaces (offsets unchanged)."""
    return blank_page(text)[0]


def blank_page(text: str) -> tuple[str, frozenset[int]]:
    """`blank_furniture`, and where each line a label marked as another story's headline starts
    (its quotes are that story's: nothing around them says who spoke)."""
    related: set[int] = set()
    lines: list[tuple[int, int, str]] = []  # (start, end, stripped) of every non-blank line
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lines.append((pos, pos + len(raw), stripped))
        pos += len(raw) + 1
    blank: list[tuple[int, int]] = []
    kept: list[tuple[int, int, str]] = []
    for start, end, line in lines:
        if len(line) <= FURNITURE_MAX_CHARS and _FURNITURE.fullmatch(line) and not _quotes_someone(line):
            blank.append((start, end))
        else:
            if line[:1].isdigit() and (stamp := _STAMP.match(line)) is not None:
                off = text.find(line, start, end)
                blank.append((off, off + stamp.end()))
            elif line[:1].isalpha() and (label := _LABEL_PREFIX.match(line)) is not None and \
                    _quotes_someone(line):
                off = text.find(line, start, end)
                blank.append((off, off + label.end()))
                related.add(start)
            kept.append((start, end, line))
    for start, end, line in kept:
        if "/" not in line:
            continue  # (nearly every line: the search below is no cheap test)
        credit = _CREDIT.search(line)
        if credit is not None:
            off = text.find(line, start, end) + credit.start(1)
            blank.append((off, off + len(credit.group(1))))
    for i in range(1, len(kept) - 1):
        start, end, line = kept[i]
        if _subheading(line) and _running(kept[i - 1][2]) and _running(kept[i + 1][2]) \
                and not _quotes_someone(line):
            blank.append((start, end))
    if not blank:
        return text, frozenset()
    blank.sort()
    parts: list[str] = []
    at = 0
    for start, end in blank:
        parts.append(text[at:start])
        parts.append(" " * (end - start))
        at = end
    parts.append(text[at:])
    return "".join(parts), frozenset(related)


def blank_bracketed_ages(text: str) -> str:
    """`text` with an age in brackets after a name blanked: "Kalpana Budha (27) of Naumule said".

    Why: South Asian and British tabloid styles give a person's age in brackets, and the brackets
    stood between the name and the rest of its clause, so "of Naumule said" found the village as
    the speaker. Blanked (offsets unchanged) the clause reads as "Kalpana Budha of Naumule said",
    which the engine already reads. Only one to three digits, right after a capitalised word.
    """
    at = text.find(" (")
    if at < 0:
        return text
    chars: list[str] | None = None
    while at >= 0:
        close = text.find(")", at + 2, at + 6)
        if close > at + 2 and text[at + 2:close].isdigit() and text[close + 1:close + 2] in (" ", ",") \
                and at > 0 and text[at - 1].isalpha():
            word = text.rfind(" ", 0, at) + 1
            if text[word:word + 1].isupper():
                if chars is None:
                    chars = list(text)
                chars[at + 1:close + 1] = " " * (close - at)
        at = text.find(" (", at + 2)
    return text if chars is None else "".join(chars)
