"""Floors on the invented sets kept in `seeds/invented/`: a change that loses speakers or chains
across 150 articles fails here, before anyone reruns the scorer by hand.

The matching follows `../shared/eval/score.py` (which CI may not have): a predicted quote matches a
gold one when their spans overlap by half of the longer; a speaker is right when the gold name
stands in the predicted one as whole words (or, the gold being the text's own words, the predicted
name's last word in it); a chain when its relays match one acceptable chain name by name. Optional
gold quotes count neither way. The floors sit about two points under the final scores of the session
that added each set, so rewording a rule may move them slightly without failing; a real regression
will not.
"""

from __future__ import annotations

import json
import pathlib
import re

import pytest

from service.attribution import Quote, extract

SETS = pathlib.Path(__file__).resolve().parents[2] / "seeds" / "invented"
_EDGE = " \t\n\r,.;:!?\u2026\"'\u201c\u201d\u2018\u2019-\u2014\u2013()[]"
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "their"}

# set -> (speaker accuracy, chain accuracy) over its required gold quotes, session 14's end minus ~0.02
# (the scorer's recall; session 14 ended at M 0.930 / 0.897, N 0.902 / 0.854, O 0.902 / 0.882,
# P 0.917 / 0.851, Q 0.817 / 0.799, R 0.850 / 0.844, S 0.864 / 0.834, T 0.872 / 0.808, U 0.874 / 0.874)
FLOORS = {
    "M": (0.91, 0.87), "N": (0.88, 0.83), "O": (0.88, 0.86), "P": (0.89, 0.83), "Q": (0.79, 0.77),
    "R": (0.83, 0.82), "S": (0.84, 0.81), "T": (0.85, 0.78), "U": (0.85, 0.85),
    # session 15's sets, scored blind first (see seeds/invented/README.md); floors ~2 points under its
    # end (V 0.899 / 0.835, W 0.960 / 0.943, X 0.922 / 0.912, Y 0.972 / 0.936, Z 0.934 / 0.904,
    # AA 0.846 / 0.819)
    "V": (0.88, 0.81), "W": (0.94, 0.92), "X": (0.90, 0.89), "Y": (0.95, 0.91), "Z": (0.91, 0.88),
    "AA": (0.84, 0.81),  # (session 18: 0.893 / 0.859 by the shared scorer, here 0.863 / 0.830)
    # session 16's scraped-web story sets (several outlets per story, page furniture, clusters);
    # AB-AD were scored blind and then fixed from, AE and AF held out: floors ~2 points under the
    # end (AB 0.884 / 0.836, AC 0.881 / 0.807, AD 0.905 / 0.869, AE 0.844 / 0.785, AF 0.894 / 0.809)
    "AB": (0.86, 0.81), "AC": (0.86, 0.78), "AD": (0.88, 0.84), "AE": (0.82, 0.76), "AF": (0.89, 0.81),
    # session 17's web set of one person's name spelt several ways across outlets, scored blind
    # (0.909 / 0.873 by the shared scorer; no engine rule was written from it)
    "AG": (0.88, 0.85),
    # session 18's web set (a rate decision, a runway overrun, a doping appeal), scored blind
    # (0.909 / 0.764 by the shared scorer), then fixed from: 0.938 / 0.880 (here 0.928 / 0.871);
    # session 18 also raised AF's floors (0.921 / 0.836 by the shared scorer at its end)
    "AH": (0.90, 0.85),
    # and a second one (a prisoner swap via Gulf agencies, hospital ransomware with a live blog,
    # floods in Pakistan), scored blind after AH's rules (0.775 / 0.750; the session-start engine
    # 0.769 / 0.744), then fixed from: 0.844 / 0.825 (here 0.833 / 0.815)
    "AI": (0.83, 0.81),  # (session 19: 0.856 / 0.838 by the shared scorer, here 0.846 / 0.827)
    # and a third, half clean wire copy (a snap election, a tailings dam, a sacked manager), scored
    # blind after AH's and AI's rules (0.690 / 0.614, as the session-start engine), then fixed
    # from: 0.747 / 0.677 (here 0.742 / 0.673)
    "AJ": (0.72, 0.65),
    # session 19's four, each scored blind first (shared scorer, speakers / chains): AK, clean wire
    # and quality-paper copy in five house styles (two unrelated Otienos), 0.910 / 0.872, then
    # 0.952 / 0.946 (here 0.937 / 0.931); AL, Nigerian, Philippine and Indian pages, 0.835 / 0.743,
    # then 0.924 / 0.878 (here 0.917 / 0.871); AM, Australian, New Zealand and British pages,
    # written and scored blind after AK's and AL's rules: 0.909 / 0.818, as the session-start
    # engine, then 0.932 / 0.915 (here 0.916 / 0.899); AN, state media, Gulf agencies and Brazilian
    # papers, blind after AK's and AL's rules 0.894 / 0.832 (session start 0.888 / 0.826), then
    # 0.938 / 0.888 (here 0.926 / 0.877); AM ended at 0.943 / 0.926 (here 0.927 / 0.911)
    "AK": (0.92, 0.91), "AL": (0.90, 0.85), "AM": (0.91, 0.89), "AN": (0.90, 0.86),
    # and two more written while those rules were made and scored blind at the end with all of them:
    # AO (Canadian, US and German wire and paper copy) 0.917 / 0.812, exactly the session-start
    # engine; AP (Ghanaian, Indonesian and Nepali pages) 0.855 / 0.737 (session start 0.831 /
    # 0.714); then fixed from: AO 0.929 / 0.874 (here 0.926 / 0.871), AP 0.894 / 0.824 (here
    # 0.877 / 0.808)
    "AO": (0.90, 0.85), "AP": (0.86, 0.79),
    # session 20's six, each scored blind first (shared scorer, speakers / chains): AQ, sport pages
    # (a match report, a Test, a Grand Prix), 0.813 / 0.712, then 0.907 / 0.807 (here 0.894 /
    # 0.796); AR, earnings and commodities pages, 0.896 / 0.878, then 0.940 / 0.905 (here 0.940 /
    # 0.905); AU (entertainment) and AV (parliaments, live blogs), written and scored blind after
    # AQ's and AR's rules: AU 0.817 / 0.738, exactly the session-start engine, then 0.823 / 0.743
    # (here 0.826 / 0.745); AV 0.833 / 0.813, as the session-start engine, then 0.853 / 0.839
    # (here 0.839 / 0.826); AS (Irish, Scottish, Kenyan, Malaysian pages) and AT (documents and
    # platforms) held back and scored blind at the end with all of the session's rules: AS 0.853 /
    # 0.793 (session start 0.849 / 0.789), AT 0.823 / 0.807 (0.811 / 0.795); then fixed from: AS
    # 0.918 / 0.859 (here 0.915 / 0.856), AT 0.868 / 0.853 (here 0.865 / 0.850)
    "AQ": (0.87, 0.77), "AR": (0.92, 0.88), "AS": (0.89, 0.83), "AT": (0.84, 0.83),
    "AU": (0.80, 0.72), "AV": (0.82, 0.80),
    # session 21's seven (shared scorer, speakers / chains; session-start engine, then the end):
    # AW (crime and courts from Italian, French and Brazilian desks) 0.808 / 0.773 -> 0.843 / 0.808
    # (here 0.829 / 0.795); AX (science releases through aggregators, an expert-reaction roundup)
    # 0.880 / 0.759 -> 0.955 / 0.910 (here 0.962 / 0.917); AY (local TV station pages, 911 calls)
    # 0.869 / 0.761 -> 0.909 / 0.889 (here 0.900 / 0.880); BA (keynote live blogs, tech sites)
    # 0.769 / 0.649 -> 0.866 / 0.778 (here 0.872 / 0.784); BC (labour disputes, leaked memos),
    # written after most rules, blind 0.707 / 0.631, exactly the session-start engine, then 0.719 /
    # 0.662 (here 0.713 / 0.656); AZ (newsletters, briefs, terminal feeds) and BB (rural and farm
    # press) held out and scored blind at the end: AZ 0.723 / 0.613 (session start 0.718 / 0.615),
    # BB 0.892 / 0.847 (the same), then AZ fixed from to 0.825 / 0.715 (here 0.813 / 0.705)
    "AW": (0.81, 0.77), "AX": (0.94, 0.89), "AY": (0.88, 0.86), "AZ": (0.81, 0.70), "BA": (0.85, 0.76),
    "BB": (0.87, 0.82), "BC": (0.73, 0.67),
    # session 22's thirteen (shared scorer, speakers / chains; blind -> end). Fixed from: BD (opinion
    # pages, letters) 0.716 / 0.693 -> 0.802 / 0.770 (here 0.780 / 0.750); BE (campus and religion
    # press) 0.898 / 0.843 -> 0.921 / 0.905 (0.921 / 0.906); BF (military briefings) 0.880 / 0.807 ->
    # 0.913 / 0.853 (0.907 / 0.848); BI (summit pages) 0.855 / 0.697 -> 0.876 / 0.793 (0.869 /
    # 0.787); BJ (ceasefire talks) 0.924 / 0.880 -> 0.931 / 0.894 (0.928 / 0.891); BK (elections
    # abroad) 0.835 / 0.814 -> 0.863 / 0.842 (0.848 / 0.828); BM (attacks abroad) 0.907 / 0.887,
    # written mid-session (session start 0.893 / 0.873), not fixed from (0.901 / 0.881); BN (royals)
    # 0.771 / 0.667 -> 0.848 / 0.736 (0.835 / 0.724); BP (international courts) 0.836 / 0.762
    # (session start 0.816 / 0.743) -> 0.870 / 0.796 (0.855 / 0.783). Held out, scored at the end,
    # each exactly the session-start engine: BG (aviation incidents) 0.797 / 0.743 (0.788 / 0.735),
    # BH (disaster press conferences) 0.910 / 0.851 (0.913 / 0.853), BL (trade diplomacy) 0.871 /
    # 0.833, then 0.871 / 0.871 with the session's last rule (the page's first line), BO (space
    # missions) 0.851 / 0.805 (0.840 / 0.795)
    "BD": (0.76, 0.73), "BE": (0.90, 0.88), "BF": (0.88, 0.82), "BG": (0.77, 0.71), "BH": (0.89, 0.83),
    "BI": (0.85, 0.76), "BJ": (0.91, 0.87), "BK": (0.83, 0.80), "BL": (0.84, 0.84), "BM": (0.88, 0.86),
    "BN": (0.81, 0.70), "BO": (0.82, 0.77), "BP": (0.83, 0.76),
}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.casefold().replace("\u2019", "'")).strip(_EDGE)


def _words_in(needle: str, hay: str) -> bool:
    needle, hay = _norm(needle), _norm(hay)
    return bool(needle) and needle not in _PRONOUNS and \
        re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay) is not None


def _speaker_right(gold: str | None, pred: str | None) -> bool:
    """The scorer's rule for a gold written as the text's own words (no entity table): the
    predicted name holds the gold mention, or the mention holds the predicted name's last word."""
    if not gold or not pred or _norm(pred) in _PRONOUNS:
        return False
    if _norm(gold) in _PRONOUNS:
        return True
    return _words_in(gold, pred) or _words_in(_norm(pred).split(" ")[-1], gold)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / max(a[1] - a[0], b[1] - b[0], 1) if inter > 0 else 0.0


def _scores(name: str) -> tuple[float, float]:
    right_speaker = right_chain = required = 0
    for line in (SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        preds: list[Quote] = extract(doc["text"])
        used: set[int] = set()
        gold = [g for g in doc["quotes"] if not g.get("optional")]
        for g in doc["quotes"]:
            if g.get("optional"):  # set aside a prediction on it, as the scorer does
                hit = next((i for i, p in enumerate(preds) if i not in used and
                            _overlap((g["start"], g["end"]), (p.start, p.end)) >= 0.5), None)
                if hit is not None:
                    used.add(hit)
        for g in gold:
            required += 1
            best = max(((i, _overlap((g["start"], g["end"]), (p.start, p.end))) for i, p in enumerate(preds)
                        if i not in used), key=lambda x: x[1], default=(None, 0.0))
            if best[0] is None or best[1] < 0.5:
                continue
            used.add(best[0])
            p = preds[best[0]]
            if not _speaker_right(g["speaker"], p.speaker.name if p.speaker is not None else None):
                continue
            right_speaker += 1
            relays = [link.entity.name for link in p.chain if link.role == "relay"]
            if any(len(c) == len(relays) and all(_words_in(a, b) for a, b in zip(c, relays, strict=True))
                   for c in g["via"]):
                right_chain += 1
    return right_speaker / required, right_chain / required


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_invented_set_keeps_its_speakers_and_chains(name: str) -> None:
    speakers, chains = _scores(name)
    floor_speakers, floor_chains = FLOORS[name]
    assert speakers >= floor_speakers, f"{name}: speaker accuracy {speakers:.3f} < {floor_speakers}"
    assert chains >= floor_chains, f"{name}: chain accuracy {chains:.3f} < {floor_chains}"
