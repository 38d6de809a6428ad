"""Cross-article entity keys: one key for every surface form of the same person, body or outlet.

Articles spell the same entity differently ("Kim Jong-un" / "Kim Jong Un", "AP" / "The Associated
Press", "Finance Minister Ana Duarte" / "Ana Duarte"); storage and clustering compare keys, never
raw names, so the normalisation must be deterministic and conservative: a wrong merge of two real
entities is worse than a missed one, which a later alias table can still repair.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from rapidfuzz.distance import Levenshtein


def _split(block: str) -> list[str]:
    """Word lists are written as text blocks to stay readable; this turns one into words."""
    return block.split()


_NON_WORD = re.compile(r"[\W_]+")
_PARENS = re.compile(r"\s*\([^)]*\)")

# Canonical name -> aliases: outlets the engine's lexicon does not list under a long form (its
# table, read by _engine_aliases, is merged in after this one); keep it small.
_OWN_ALIASES: dict[str, tuple[str, ...]] = {
    "associated press": ("ap", "the ap"),
    "agence france presse": ("afp", "agence france-presse"),
    "reuters": ("thomson reuters",),
    "korean central news agency": ("kcna", "state media kcna", "kcna state media"),
    "xinhua news agency": ("xinhua", "new china news agency"),
    "south china morning post": ("scmp",),
    "british broadcasting corporation": ("bbc", "bbc news"),
    "cable news network": ("cnn",),
    "new york times": ("nyt", "the new york times"),
    "wall street journal": ("wsj",),
    "united press international": ("upi",),
    "yonhap news agency": ("yonhap",),
    "tass": ("tass news agency", "itar tass"),
    "kremlin": ("the kremlin",),
}

# Leading titles dropped from person names so "President Ana Duarte" keys as "ana duarte". Only
# dropped when at least two words remain and the next word is not a connective, which keeps
# "President of Valdoria" and "Minister of Finance" intact.
_TITLE_WORDS = frozenset(_split("""
    president vice prime minister deputy secretary general chancellor governor mayor senator
    representative rep sen gov mr mrs ms miss dr prof professor sir dame lord lady king queen
    prince princess chairman chairwoman chair ceo spokesman spokeswoman spokesperson ambassador
    commissioner premier leader judge justice colonel col lt lieutenant captain capt sgt sergeant
    admiral adm pope cardinal rev reverend sheikh
    finance foreign defence defense interior health trade energy education justice labour labor
    state opposition central bank party supreme former acting first lady north korean chinese
    russian american us u s
"""))
_CORE_TITLES = frozenset(_split("""
    president minister secretary chancellor governor mayor senator representative rep sen gov mr mrs
    ms miss dr prof professor sir dame lord lady king queen prince princess chairman chairwoman chair
    ceo spokesman spokeswoman spokesperson ambassador commissioner premier leader judge justice
    colonel col lt lieutenant captain capt sgt sergeant admiral adm pope cardinal rev reverend sheikh
    general
"""))
_CONNECTIVES = frozenset({"of", "for", "the", "and", "to", "at", "in", "on"})


def _fold(name: str) -> str:
    """Casefold, strip accents and parenthesised asides, and turn every non-word run into a space."""
    name = _PARENS.sub("", name)
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", name.casefold().replace("'", "").replace("\u2019", "")).strip()


def _engine_aliases() -> Mapping[str, Iterable[str]]:
    """The engine's outlet alias table, regrouped as canonical name -> surface forms.

    The engine exposes it as `lexicon.media_aliases()` (surface form -> canonical name); reusing it
    means an outlet the engine learns is also one entity here. Empty if the engine is absent.
    """
    try:
        lexicon = importlib.import_module("service.attribution.lexicon")
    except ImportError:
        return {}
    getter = getattr(lexicon, "media_aliases", None)
    if callable(getter):
        grouped: dict[str, list[str]] = {}
        for surface, canon in dict(getter()).items():
            grouped.setdefault(str(canon), []).append(str(surface))
        return grouped
    for attr in ("OUTLET_ALIASES", "MEDIA_ALIASES", "ALIASES"):
        table = getattr(lexicon, attr, None)
        if isinstance(table, Mapping):
            return table
    return {}


def _engine_org_words() -> frozenset[str]:
    """Folded organisation words ("company", "ministry", "party") from the engine's lexicon."""
    try:
        lexicon = importlib.import_module("service.attribution.lexicon")
        words = lexicon.default_lexicon().org_words
    except (ImportError, AttributeError):
        return frozenset()
    return frozenset(_fold(str(w)) for w in words)


def _build_alias_index() -> dict[str, str]:
    """Folded surface form -> canonical key. Our table is read first; the engine's canonical names
    are resolved through it, so "A.P." (engine: "AP") lands on our "associated press" too."""
    index: dict[str, str] = {}
    tables: list[Mapping[str, Iterable[str]]] = [_OWN_ALIASES, _engine_aliases()]
    for table in tables:
        for canon, aliases in table.items():
            folded = _strip_article(_fold(canon))
            key = index.get(folded, folded)
            names = [aliases] if isinstance(aliases, str) else list(aliases)
            for alias in [canon, *names]:
                index.setdefault(_strip_article(_fold(alias)), key)
    return index


def _strip_article(folded: str) -> str:
    return folded[4:] if folded.startswith("the ") else folded


def _strip_titles(words: list[str]) -> list[str]:
    """Drop a leading run of title words that contains a real title ("Finance Minister")."""
    cut = 0
    has_core = False
    for i, w in enumerate(words):
        if w not in _TITLE_WORDS:
            break
        has_core = has_core or w in _CORE_TITLES
        if has_core:
            cut = i + 1
    rest = words[cut:]
    if cut and len(rest) >= 2 and rest[0] not in _CONNECTIVES and _person_like(rest):
        return rest
    return words


# Words that make a name an organisation's: the engine's list plus a few it lacks.
_ORG_WORDS = _engine_org_words() | frozenset(_split("""
    company co corporation corp inc ltd llc plc group bank party ministry agency council committee
    union association institute university electric motors industries holdings airlines systems
    fund trust foundation society
"""))


def _person_like(rest: list[str]) -> bool:
    """What is left after a title looks like a person's name: at most five words, none of them an
    organisation word. "General Electric Company" keeps its "General"; "General Kim Su" drops it."""
    return len(rest) <= 5 and not any(w in _ORG_WORDS for w in rest)


_ALIAS_INDEX = _build_alias_index()


def normalise_name(name: str) -> str:
    """Folded name with accents, punctuation, hyphens, leading "the" and leading titles removed."""
    folded = _strip_article(_fold(name))
    return " ".join(_strip_titles(folded.split()))


@lru_cache(maxsize=65536)  # pure, ~25 us, and asked for the same speakers again and again
def entity_key(name: str) -> str:
    """The key under which two surface names count as one entity across articles.

    Hyphens and spaces are the same ("Jong-un" = "Jong Un"), case and accents do not count, a
    leading "the" and leading titles are dropped, and known aliases map to their canonical name.
    """
    folded = _strip_article(_fold(name))
    if folded in _ALIAS_INDEX:
        return _ALIAS_INDEX[folded]
    key = " ".join(_strip_titles(folded.split()))
    return _ALIAS_INDEX.get(key, key)


# Words inside a person's name that say nothing about which person it is ("Abdulmalik al-Hashedi"
# is "Hashedi" in the next outlet's copy, "Talal bin Saif Al Harthy" is "Talal Al Harthy").
_NAME_PARTICLES = frozenset(_split("""
    al el bin ibn bint abu ben de del della der di da dos van von le la ter mc jr sr ii iii
    sayyid sayed syed sheikha haji hajji mullah
"""))


def _place_words() -> frozenset[str]:
    """Folded place names, capitals and demonyms of the engine's lexicon ("north korea", "saudi")."""
    try:
        lexicon = importlib.import_module("service.attribution.lexicon")
        lex = lexicon.default_lexicon()
        names = [*lex.places, *lex.metonyms, *lexicon.DEMONYMS]
    except (ImportError, AttributeError):
        return frozenset()
    return frozenset(_fold(str(n)) for n in names)


_PLACE_WORDS = _place_words()


@lru_cache(maxsize=65536)
def speaker_class(name: str) -> str:
    """The looser key under which two speakers' quotes may be compared as the same quote.

    Outlets name one person in different forms: "Sayyid Talal bin Saif Al Harthy", "Talal Al
    Harthy"; "Khalid Al-Shuaibi" for "Khaled al-Shuaibi". `entity_key` keeps them
    apart, as it must (merging two entities is a destructive act), but the same words from two of
    them are one quote, and a fact-checker wants the second outlet's copy linked to the first. A
    person's class is the surname (the last word of the name, with the word before it when that
    word is shorter than three letters: "Kim Jong Un" -> "jong un", so "Un" alone links nothing)
    after the first consonant of the first name ("t harthy"; "l kovalchuk" for Olena and Elena).
    The initial keeps namesakes out of one another's key space: with the bare surname, a backfill
    of invented people sharing 30 surnames compared every quote with 26 namesakes' and its writer
    needed 60 % more CPU. The price: a lone surname ("Hashedi") or an initial ("A. Duarte", whose
    first consonant is not Ana's) links no full name. Organisations, places and outlets keep their
    whole key: "North Korea" and "South Korea" share a last word, not an identity. `same_names`
    then checks the rest of the given names.
    """
    key = entity_key(name)
    words = key.split()
    if len(words) < 2 or key in _ALIAS_INDEX.values() or any(w in _ORG_WORDS for w in words):
        return key
    if any(" ".join(words[-n:]) in _PLACE_WORDS for n in (1, 2, 3)):
        return key
    surname = words[-1:] if len(words[-1]) >= 3 else words[-2:]
    given = [w for w in name_words(name) if w not in surname]
    if not given:
        return " ".join(surname)
    return " ".join([(_skeleton(given[0]) or given[0])[0], *surname])


_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=65536)
def _skeleton(word: str) -> str:
    """A name's consonants with doubled letters collapsed: what transliterations of one name keep
    ("Yusuf" / "Youssef" -> "ysf", "Mohammed" / "Muhammad" -> "mhmd", "Olena" / "Elena" -> "ln").
    Its first letter is the class's initial, so "Olena Kovalchuk" and "Elena Kovalchuk" meet."""
    out: list[str] = []
    for ch in word:
        if ch not in _VOWELS and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a speaker's name that identify a person: its key without particles, titles or
    places ("President Putin" is "putin", "Oman Foreign Minister Talal Al Harthy" "talal harthy")."""
    return tuple(w for w in entity_key(name).split()
                 if w not in _NAME_PARTICLES and w not in _TITLE_WORDS and w not in _PLACE_WORDS)


def _word_in(word: str, others: tuple[str, ...]) -> bool:
    """A name word found among another name's words: equal, an initial ("J." for "Joseph"), or a
    transliteration variant one or two letters apart ("Khaled" / "Khalid") or with the same consonants
    (`_skeleton`)."""
    for other in others:
        if word == other or (len(word) == 1 and other.startswith(word)) or \
                (len(other) == 1 and word.startswith(other)):
            return True
        if min(len(word), len(other)) >= 4 and word[0] == other[0] and \
                _edits_within(word, other, 2 if min(len(word), len(other)) >= 6 else 1):
            return True
        skeleton = _skeleton(word)
        if skeleton and skeleton == _skeleton(other) and (
                len(skeleton) >= 3 or _edits_within(word, other, 1)):
            return True  # "Yusuf" / "Youssef", "Olena" / "Elena" (not "Ana" / "Nina")
    return False


def _edits_within(a: str, b: str, limit: int) -> bool:
    """Whether the Levenshtein distance of `a` and `b` is at most `limit`."""
    return Levenshtein.distance(a, b, score_cutoff=limit) <= limit


@lru_cache(maxsize=65536)  # a batch asks about the same few namesakes thousands of times
def same_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names of one `speaker_class` can be one person: every word of the shorter name
    is found in the longer one ("Talal Al Harthy" in "Oman Foreign Minister Sayyid Talal bin Saif
    Al Harthy"), so "Carmen Moreno" and "Luis Moreno", one family's two voices, stay apart.
    Symmetric: names of equal length are tried both ways."""
    if len(a) > len(b):
        a, b = b, a
    if all(_word_in(w, b) for w in a):
        return True
    return len(a) == len(b) and all(_word_in(w, a) for w in b)
