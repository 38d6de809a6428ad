"""Synthetic news articles for benchmarks: invented people, outlets and relays, seeded and fast.

Why synthetic: the real corpus is five articles, far too few to measure throughput or to exercise
cross-article clustering at scale, and it may not be copied. These articles imitate the features
the engine has to cope with (titled speakers, pronoun and surname follow-ups, relays through
agencies and broadcasters, partial/interrupted/multi-paragraph/headline quotes, three families of
quotation marks, apostrophes) and make a share of quotes recur across articles, trimmed or lightly
reworded, so clustering and provenance have real links to find.

Speed: background paragraphs are rendered once into a pool per generator and reused, so the
per-article work is a handful of template fills plus a join; 100k articles take seconds.

    uv run python -m bench.generate --n 1000 --seed 1 --out FILE.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

T = TypeVar("T")

FIRST_F = ["Ana", "Marta", "Ines", "Leila", "Sofia", "Noor", "Hana", "Greta", "Yara", "Elena", "Mina",
           "Clara", "Aoife", "Priya", "Lucia", "Irene", "Dalia", "Freya", "Zofia", "Amara"]
FIRST_M = ["Tomas", "Rafael", "Oskar", "Idris", "Mateo", "Jonas", "Karim", "Viktor", "Emeka", "Luca",
           "Anton", "Pavel", "Nikolai", "Hugo", "Dario", "Sami", "Bruno", "Felix", "Arjun", "Tariq"]
LAST = ["Duarte", "Okafor", "Lindqvist", "Haddad", "Moreau", "Castellan", "Novak", "Petrossian",
        "O'Neill", "Varga", "Adeyemi", "Kowalczyk", "Brandt", "Ferreira", "Tanaka", "Halloran",
        "Marchetti", "Osei", "Rahimi", "Sandoval", "Vasquez-Lind", "D'Amato", "Kerrigan", "Aydin",
        "Rourke", "Belmonte", "Ivanova", "Szabo", "Mbeki-Hart", "Quist"]
TITLES = ["Finance Minister", "Foreign Minister", "Prime Minister", "President", "Defence Minister",
          "Health Minister", "Interior Minister", "Senator", "Mayor", "Governor", "Trade Commissioner",
          "Central Bank Governor", "Opposition leader", "Energy Minister", "General"]
EXPERT_ROLES = ["an economist at the University of Port Essen", "a senior fellow at the Caldera Institute",
                "a political analyst at Northgate College", "a former ambassador to Valdoria",
                "a researcher at the Lowmarsh Policy Centre", "a trade lawyer in Carrow"]
COUNTRIES = ["Valdoria", "Ostrevia", "Kaldura", "Merovan", "Tessaly", "Brannoch", "Solvane", "Istria Nova"]
CITIES = ["Port Essen", "Carrow", "Lowmarsh", "Velsk", "Amberley", "San Corvo", "Northgate", "Halden"]
ORGS = ["the Ministry of Finance", "the Harbour Workers' Union", "the Caldera Institute",
        "the National Grid Authority", "the Tessaly Chamber of Commerce", "the Velsk City Council",
        "the Valdorian Army", "the Coastal Fisheries Board", "the Bank of Ostrevia",
        "the Solvane People's Party"]
AGENCIES = ["Meridian News Agency", "Continental Press", "the Valdorian News Service", "Baltica Wire",
            "Ostrevia Press Agency"]
PAPERS = ["the Harbour Post", "the Carrow Herald", "The Lowmarsh Ledger", "the Daily Courier",
          "the Northgate Tribune", "The Evening Standard-Gazette", "the Amberley Chronicle"]
CHANNELS = ["Channel 9", "Valdoria One", "NTV Ostrevia", "the Coast Broadcasting Corporation",
            "Radio Halden"]
SAID = ["said", "said", "said", "told reporters", "added", "warned", "insisted", "noted", "argued",
        "stressed", "declared"]
TOPICS = ["the port reform", "the new budget", "the border agreement", "the energy deal",
          "the fisheries quota", "the pension bill", "the rail tender", "the ceasefire talks",
          "the housing plan", "the tariff dispute"]

# Quote material: subject/verb/object/tail fragments combine into tens of thousands of sentences,
# so quotes are varied without a large hand-written list.
Q_SUBJ = ["We", "We in government", "The people of {country}", "Ordinary families", "Our partners",
          "The workers of {city}", "Our allies", "The opposition parties", "Our neighbours", "Young people"]
Q_VERB = ["will fully support", "cannot accept", "will not abandon", "must defend", "are ready to review",
          "will never forget", "have always backed", "refuse to negotiate away", "intend to protect",
          "will keep faith with", "are determined to finish", "will not be rushed on"]
Q_OBJ = ["the workers of {city}", "{topic}", "our commitments to {country}",
         "the families who built this port",
         "a fair deal for farmers", "the independence of the central bank", "the rights of small traders",
         "the promise we made last spring", "every household in {city}", "our friends in {country}"]
Q_TAIL = ["", "", "", " whatever the cost", " in the months ahead", " until the job is done",
          " no matter how the situation changes", " as a matter of principle", " and we say so plainly",
          " because it is our duty"]
SHORT = ["full support", "a historic mistake", "reckless", "deeply troubling", "long overdue",
         "fraternal duty", "a betrayal of working families", "good neighbours and good friends",
         "unacceptable", "a step in the right direction", "plotting against", "shameful",
         "a matter of national pride", "firm and unwavering", "premature"]
REWORD = [("fully support", "give full support to"), ("will not", "won't"), ("cannot", "can't"),
          ("have always backed", "always backed"), ("We ", "We, the government, "),
          ("must defend", "have to defend"), (" and ", ", and "), ("intend to protect", "will protect")]
MARKS = [("\u201c", "\u201d", "\u2018", "\u2019"),
         ('"', '"', "'", "'"), ("\u00ab", "\u00bb", "\u2039", "\u203a")]
BACKGROUND = [
    "The talks in {city} followed weeks of pressure from {org}, which had warned that delays would cost "
    "{country} dearly. Officials said a draft text had been circulated on {weekday}.",
    "{country}'s economy grew {pct} percent last year, according to figures from {org}, though "
    "unemployment in the coastal provinces remains stubbornly high.",
    "The dispute over {topic} dates back to {year}, when a previous government signed an agreement "
    "that critics say was never properly enforced.",
    "Hundreds of people gathered outside the parliament in {city} on {weekday}, some carrying banners "
    "about {topic}. Police said the protest was peaceful.",
    "Analysts expect the measure to reach a vote before the summer recess. {org} has not published "
    "its own assessment, and a spokesperson declined to comment.",
    "Trade between {country} and {country2} reached a record last year, with shipments of grain, steel "
    "and machinery passing through the port of {city}.",
    "The government's majority is slim: it holds {seats} of the chamber's 250 seats, and two coalition "
    "partners have said they will decide their position only after reading the final text.",
    "Earlier this month, {org} published a report on {topic} that ran to more than {pages} pages and "
    "drew sharp responses from both sides of the debate.",
    "Residents of {city} have long complained about the state of the roads and the cost of heating, "
    "issues that opinion polls show matter more to voters than {topic}.",
    "The film \u201cThe Long Harbour\u201d, which dramatised the strikes of {year}, was screened again in "
    "{city} this week and drew a sold-out audience.",
    "It was not immediately clear how {country2} would respond. Its embassy in {city} did not reply to "
    "a request for comment on {weekday}.",
    "The minister's office said the figures would be revised in the autumn. Markets barely moved, with "
    "the {country} bond yield steady at {pct} percent.",
]
class Record(Protocol):
    """Writes a quote's words into the article and notes them (with a cluster id) in the truth list."""

    def __call__(self, words: str, cluster: str, speaker: str | None = None) -> str: ...

_DANGLING = {"the", "a", "an", "of", "to", "in", "for", "and", "our", "with", "on", "who", "we", "it",
             "is", "as", "how", "no", "matter", "because", "until", "every", "this"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Person:
    first: str
    last: str
    title: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def subj(self) -> str:
        return "she" if self.female else "he"


@dataclass
class Story:
    """A speaker and a few canonical statements that several articles will quote in variants."""

    sid: int
    speaker: Person
    topic: str
    statements: list[str] = field(default_factory=list)
    shorts: list[str] = field(default_factory=list)
    agency: str = ""


class _Gen:
    def __init__(self, seed: int, n: int) -> None:
        self.rng = random.Random(seed)
        r = self.rng
        pick = self.pick
        self._rand = r.random
        self.pool = [self._fill(pick(BACKGROUND)) for _ in range(1500)]
        self.pool2 = self.pool * 60  # long enough that any slice of a 20 kB article never wraps
        self.pool_avg = sum(len(x) + 2 for x in self.pool) // len(self.pool)
        # Quote fragments are expanded once here so that making a sentence is four picks and a
        # concatenation, not a template fill: that is most of what makes 100k articles cheap.
        self.subj = [self._fill(x) for x in Q_SUBJ for _ in range(4 if "{" in x else 1)]
        self.obj = [self._fill(x) for x in Q_OBJ for _ in range(6 if "{" in x else 1)]
        # One story per ~6 articles: big enough for clusters of several members, small enough
        # that most speakers recur only a handful of times.
        self.stories = [self._story(i) for i in range(max(4, n // 6))]
        self.base_date = dt.date(2024, 1, 1)

    def pick(self, seq: Sequence[T]) -> T:
        """random.choice without its per-call overhead; same determinism under one seed."""
        return seq[int(self._rand() * len(seq))]

    def _fill(self, tpl: str) -> str:
        r = self.rng
        pick = self.pick
        return tpl.format(city=pick(CITIES), org=pick(ORGS), country=pick(COUNTRIES),
                          country2=pick(COUNTRIES), topic=pick(TOPICS), weekday=pick(WEEKDAYS),
                          pct=f"{r.uniform(0.5, 6.5):.1f}", year=r.randint(1978, 2019),
                          seats=r.randint(120, 140), pages=r.randint(80, 400))

    def person(self) -> Person:
        r = self.rng
        pick = self.pick
        female = r.random() < 0.5
        return Person(pick(FIRST_F if female else FIRST_M), pick(LAST), pick(TITLES), female)

    def sentence(self) -> str:
        pick = self.pick
        return f"{pick(self.subj)} {pick(Q_VERB)} {pick(self.obj)}{pick(Q_TAIL)}"

    def _story(self, sid: int) -> Story:
        r = self.rng
        pick = self.pick
        st = Story(sid, self.person(), pick(TOPICS), agency=pick(AGENCIES))
        st.statements = [self.sentence() for _ in range(r.randint(2, 3))]
        st.shorts = r.sample(SHORT, 2)
        return st

    def variant(self, s: str) -> str:
        """Trim, extend or lightly reword a canonical statement the way outlets do."""
        r = self.rng
        pick = self.pick
        x = r.random()
        if x < 0.45:
            return s
        if x < 0.7:
            a, b = pick(REWORD)
            return s.replace(a, b, 1)
        words = s.split()
        if x < 0.9 and len(words) > 6:
            kept = words[: r.randint(5, len(words) - 1)]
            while len(kept) > 3 and kept[-1].lower() in _DANGLING:
                kept.pop()
            return " ".join(kept)
        return s + pick([" and we will say so again", ", today and tomorrow", " for as long as it takes"])

    def article(self, i: int, min_bytes: int, max_bytes: int, with_truth: bool) -> dict[str, object]:
        r = self.rng
        pick = self.pick
        target = int(r.triangular(min_bytes, max_bytes, min_bytes + (max_bytes - min_bytes) * 0.3))
        o, c, so, sc = pick(MARKS)
        recurring = r.random() < 0.6
        story = pick(self.stories) if recurring else self._story(-1)
        p = story.speaker
        outlet = pick(PAPERS + AGENCIES + CHANNELS)
        outlet_name = outlet[4:] if outlet.startswith("the ") else outlet
        stmts = [self.variant(s) for s in story.statements] if recurring else story.statements
        truth: list[tuple[str, str, str]] = []

        def note(words: str, cluster: str, speaker: str | None = None) -> str:
            truth.append((words, cluster, speaker or p.full))
            return words

        def skip(words: str, cluster: str, speaker: str | None = None) -> str:
            return words

        q: Record = note if with_truth else skip

        key = f"s{story.sid}" if recurring else f"a{i}"
        short = story.shorts[0]
        head_kind = r.random()
        if head_kind < 0.35:
            title = f"{p.last} calls {story.topic} {so}{q(short, key + 'h0')}{sc}"
        elif head_kind < 0.5:
            title = f"{so}{q(short, key + 'h0')}{sc}: {p.last} hits back over {story.topic}"
        else:
            title = f"{p.title} {p.last} defends stance on {story.topic}"
        relay_kind = r.random()
        ag = story.agency
        paras: list[str] = []
        lead_said = pick(SAID)
        s0 = q(stmts[0], key + "q0")
        if relay_kind < 0.3:
            paras.append(f"{p.title} {p.full} said on {pick(WEEKDAYS)} that {p.subj} would back "
                         f"{story.topic}, describing it as {o}{q(short, key + 'h0')}{c}, according to {ag}.")
        elif relay_kind < 0.5:
            ch = pick(CHANNELS)
            paras.append(f"{o}{s0},{c} {p.title} {p.full} told {ch} in an interview broadcast on "
                         f"{pick(WEEKDAYS)}.")
        elif relay_kind < 0.65:
            paras.append(f"{ag} quoted {p.title} {p.full} as saying {o}{s0}{c} in remarks on {story.topic}.")
        elif relay_kind < 0.75:
            paper = pick(PAPERS)
            paras.append(f"{paper[0].upper()}{paper[1:]} reported that {ag} quoted {p.full}, the "
                         f"{p.title.lower()}, as saying {o}{s0}.{c}")
        else:
            paras.append(f"{o}{s0},{c} {p.title} {p.full} {lead_said} on {pick(WEEKDAYS)}, "
                         f"as the row over {story.topic} deepened.")
        # Filler is a slice of the pre-rendered pool, one fresh quote paragraph before every three
        # filler paragraphs: slicing instead of a per-paragraph loop keeps long articles cheap.
        missing = max(0, target - len(title) - len(paras[0]))
        n_fill = missing * 3 // (4 * self.pool_avg)
        n_quotes = max(1, n_fill // 3) if missing > self.pool_avg else 0
        pos = int(r.random() * len(self.pool))
        filler = self.pool2[pos:pos + n_fill]
        marks = (o, c, so, sc)
        for k in range(n_quotes):
            paras.append(self._quote_para(p, stmts, story, key, i, k, q, marks))
            paras.extend(filler[3 * k:3 * k + 3])
        paras.extend(filler[3 * n_quotes:])
        text = title + "\n\n" + "\n\n".join(paras)
        while len(text) < min_bytes:  # the filler estimate is an average; top up short ones
            text += "\n\n" + self.pool[pos % len(self.pool)]
            pos += 1
        if len(text.encode()) > max_bytes:
            text = text.encode()[:max_bytes].decode(errors="ignore")
        day = self.base_date + dt.timedelta(days=r.randrange(0, 700))
        slug = f"{p.last.lower().replace(chr(39), '')}-{story.topic.split()[-1]}-{i}"
        art: dict[str, object] = {
            "id": f"gen-{i:07d}", "text": text, "outlet": outlet_name, "title": title,
            "published_at": day.isoformat(),
            "url": f"https://{outlet_name.lower().replace(' ', '').replace(chr(39), '')}.example/{slug}",
        }
        if with_truth:
            art["_truth"] = [{"speaker": sp, "text": t, "cluster": cl} for t, cl, sp in truth]
        return art

    def _quote_para(self, p: Person, stmts: list[str], story: Story, key: str, i: int, k: int,
                    q: Record, marks: tuple[str, str, str, str]) -> str:
        r = self.rng
        pick = self.pick
        o, c, _so, _sc = marks
        qf = q
        kind = int(r.random() * 8)
        idx = int(r.random() * len(stmts))
        s = stmts[idx]
        cl = f"{key}q{idx}"
        if kind == 0:  # interrupted
            w = s.split()
            cut = max(2, len(w) // 2)
            a, b = " ".join(w[:cut]), " ".join(w[cut:])
            return (f"{o}{qf(a, cl)},{c} {p.subj} {pick(SAID)}, {o}{qf(b, cl)}.{c}")
        if kind == 1:  # several partials in one sentence
            a, b = story.shorts
            return (f"{p.last} called the plan {o}{qf(a, key + 'h0')}{c} and {o}{qf(b, key + 'h1')}{c}, "
                    f"and said {p.subj} would raise it with {pick(ORGS)}.")
        if kind == 2:  # pronoun follow-up
            return (f"{p.subj.capitalize()} added: {o}{qf(s, cl)}.{c} Asked whether {p.subj} had "
                    f"spoken to {pick(ORGS)}, {p.subj} declined to say.")
        if kind == 3:  # multi-paragraph: no closing mark on the first paragraph
            extra = self.sentence()
            return (f"{o}{qf(s, cl)}. {qf(extra, f'x{key}.{i}.{k}')}.\n\n"
                    f"{o}{qf(self.sentence(), f'y{key}.{i}.{k}')},{c} {p.last} said.")
        if kind == 4:  # relay through a paper
            return (f"{o}{qf(s, cl)},{c} {p.last} told {pick(PAPERS)}.")
        if kind == 5:  # other speaker, expert, apostrophes
            e = self.person()
            return (f"{e.full}, {pick(EXPERT_ROLES)}, said the minister's position was "
                    f"{o}{qf(pick(SHORT), f'e{key}.{i}.{k}', e.full)}.{c} {e.subj.capitalize()} added that "
                    f"{p.last}'s allies {pick(['weren’t', 'wouldn’t be', 'hadn’t been'])} consulted.")
        if kind == 6:  # according to
            return (f"{p.last} {pick(SAID)} that {o}{qf(s[0].lower() + s[1:], cl)}{c}, according to "
                    f"{story.agency or pick(AGENCIES)}.")
        return f"{o}{qf(s, cl)},{c} {p.last} {pick(SAID)}."


def generate_articles(n: int, seed: int = 0, min_bytes: int = 1000, max_bytes: int = 20000,
                      with_truth: bool = False) -> Iterator[dict[str, object]]:
    """Yield `n` articles {id, text, outlet, title, published_at, url}; same seed, same articles.

    with_truth adds "_truth": the quotes written into the article with speaker and a cluster id
    (shared by variants of one statement across articles), for benchmarks that want a reference.
    """
    if min_bytes < 200 or max_bytes < min_bytes:
        raise ValueError("need 200 <= min_bytes <= max_bytes")
    g = _Gen(seed, n)
    for i in range(n):
        yield g.article(i, min_bytes, max_bytes, with_truth)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--min-bytes", type=int, default=1000)
    ap.add_argument("--max-bytes", type=int, default=20000)
    ap.add_argument("--truth", action="store_true", help="include _truth (quotes and cluster ids)")
    ap.add_argument("--out", default="-", help="JSON Lines file, or - for stdout")
    a = ap.parse_args(argv)
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for art in generate_articles(a.n, a.seed, a.min_bytes, a.max_bytes, a.truth):
            out.write(json.dumps(art, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":
    main()
