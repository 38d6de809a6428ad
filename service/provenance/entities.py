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
