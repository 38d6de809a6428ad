"""Cross-article quote matching on invented examples: variants link, distinct quotes stay apart."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.provenance.cluster import (
    QuoteSig,
    cluster_batch,
    cluster_keys,
    context_window,
    is_long,
    normalise,
    same_quote,
    stem,
)


def sig_in(text: str, quote: str, speaker: str | None = "Ana Duarte") -> QuoteSig:
    start = text.index(quote)
    end = start + len(quote)
    return QuoteSig(text=quote, context=context_window(text, start, end), speaker=speaker)


A1 = ('Finance Minister Ana Duarte said her party would "fully back" the dockers as a "moral debt" to the '
      "port.")
A2 = "Duarte pledged \u201cfull backing\u201d for the dockers, according to Meridian News Agency."
B1 = ('Duarte accused the two councillors of \u2018scheming against\u2019 the Harbour Authority of Velsk on '
      "Tuesday.")
B2 = 'Duarte accused the pair of scheming "against the Harbour Authority of Velsk," the Herald reported.'
C1 = ('"Our coast, our nets, and our future." Duarte told Channel 9 on Monday, calling the quota talks a '
      "test of nerve.")
C2 = ('She said the accord protected "our coast, our nets and our future that belong to every fishing '
      'family," according to the Carrow Herald.')


def test_stemmer_equates_light_variants() -> None:
    assert stem("fully") == stem("full")
    assert stem("backing") == stem("back") == stem("backed")
    assert stem("duties") == stem("duty")
    assert stem("neighbours") == stem("neighbors")
    assert stem("support") != stem("sport")


def test_normalise_folds_case_punctuation_and_apostrophes() -> None:
    assert normalise("We Won\u2019t  retreat!") == normalise("we won't retreat")


def test_reworded_short_quote_matches() -> None:
    assert same_quote(sig_in(A1, "fully back"), sig_in(A2, "full backing"))


def test_two_quotes_in_one_sentence_stay_apart() -> None:
    assert not same_quote(sig_in(A1, "fully back"), sig_in(A1, "moral debt"))
    batch = [sig_in(A1, "fully back"), sig_in(A1, "moral debt"), sig_in(A2, "full backing")]
    assert cluster_batch(batch) == ["c1", "c2", "c1"]


def test_partial_quotes_of_one_utterance_match_through_context() -> None:
    a, b = sig_in(B1, "scheming against"), sig_in(B2, "against the Harbour Authority of Velsk,")
    assert same_quote(a, b)
    assert cluster_keys(a) & cluster_keys(b)


def test_partial_quotes_without_shared_context_do_not_match() -> None:
    other = "Duarte said the two men were \u201cagainst the Harbour Authority of Velsk\u201d from day one."
    a = sig_in(B1, "scheming against")
    b = sig_in(other, "against the Harbour Authority of Velsk")
    assert not same_quote(a, b)


def test_trimmed_quote_inside_a_longer_one_matches() -> None:
    assert same_quote(sig_in(C1, "Our coast, our nets, and our future."),
                      sig_in(C2, "our coast, our nets and our future that belong to every fishing family,"))


def test_lightly_reworded_sentence_matches_but_a_different_sentence_does_not() -> None:
    s = sig_in('"We will not abandon the families who built this harbour," Duarte said.',
               "We will not abandon the families who built this harbour,")
    t = sig_in("\u201cWe won\u2019t ever abandon the families who built this harbour,\u201d Duarte said.",
               "We won\u2019t ever abandon the families who built this harbour,")
    u = sig_in('"We will not abandon the fishing fleet to foreign trawlers," Duarte said.',
               "We will not abandon the fishing fleet to foreign trawlers,")
    assert same_quote(s, t)
    assert not same_quote(s, u)


def test_speaker_constrains_matching() -> None:
    a = sig_in(A1, "fully back")
    assert not same_quote(a, sig_in(A1, "fully back", speaker="Rui Duarte"))
    assert not same_quote(a, sig_in(A1, "fully back", speaker=None))
    assert same_quote(a, sig_in(A1, "fully back", speaker="Finance Minister Ana Duarte"))


def test_anonymous_quotes_need_matching_words() -> None:
    a, b = sig_in(B1, "scheming against", None), sig_in(B2, "against the Harbour Authority of Velsk,", None)
    assert not same_quote(a, b)
    assert same_quote(sig_in(C1, "Our coast, our nets, and our future.", None),
                      sig_in(C2, "our coast, our nets and our future", None))


def test_one_person_written_two_ways_is_one_speaker() -> None:
    a = sig_in(A1, "fully back")
    for other in ("Ana Maria Duarte", "Ana de Duarte", "Anna Duarte", "Finance Minister Ana Duarte"):
        assert same_quote(a, sig_in(A1, "fully back", speaker=other)), other
    for one, two in (("Khaled al-Shuaibi", "Khalid Al-Shuaibi"), ("Yusuf Haddad", "Col. Youssef Haddad"),
                     ("Olena Kovalchuk", "Elena Vasilievna Kovalchuk")):  # transliterations
        assert same_quote(sig_in(A1, "fully back", speaker=one), sig_in(A1, "fully back", speaker=two)), one
    assert same_quote(sig_in(A1, "fully back", speaker="Sayyid Talal bin Saif Al Harthy"),
                      sig_in(A1, "fully back", speaker="Talal Al Harthy"))
    # a lone surname is no link (the price of keeping namesakes' keys apart), nor is a namesake
    for other in ("Duarte", "Rui Duarte", "Nina Duarte", "Ana Velez", "Duarte Holdings", "Duarte Party"):
        assert not same_quote(a, sig_in(A1, "fully back", speaker=other)), other
    north = sig_in(A1, "fully back", speaker="North Korea")
    assert not same_quote(north, sig_in(A1, "fully back", speaker="South Korea"))
    assert cluster_keys(north).isdisjoint(cluster_keys(sig_in(A1, "fully back", speaker="South Korea")))


def test_keys_are_speaker_scoped_and_selective() -> None:
    a = cluster_keys(sig_in(A1, "fully back"))
    b = cluster_keys(sig_in(A1, "fully back", speaker="Tomas Velez"))
    assert a and b and a.isdisjoint(b)
    # one initial consonant and surname, one key space: "Nina Duarte" is told apart by `same_quote`
    assert a == cluster_keys(sig_in(A1, "fully back", speaker="Nina Duarte"))
    assert a.isdisjoint(cluster_keys(sig_in(A1, "fully back", speaker="Rui Duarte")))
    # bigrams, not bare words: a speaker's other quote sharing one common word shares no key
    c = cluster_keys(sig_in('Duarte said the port would be "back in business" soon.', "back in business"))
    d = cluster_keys(sig_in('Duarte called it "a business decision" on Friday.', "a business decision"))
    assert c.isdisjoint(d)


def test_cluster_batch_links_transitively_and_labels_empty_quotes_none() -> None:
    sigs = [sig_in(C2, "our coast, our nets and our future that belong to every fishing family,"),
            sig_in(A1, "fully back"),
            sig_in(C1, "Our coast, our nets, and our future."),
            QuoteSig(text="...", context="...", speaker="Ana Duarte"),
            sig_in(A2, "full backing")]
    assert cluster_batch(sigs) == ["c1", "c2", "c1", None, "c2"]


_WORDS = st.sampled_from(["port", "harbour", "dockers", "fully", "back", "support", "fair", "deal", "coast",
                          "nets", "future", "the", "and", "of", "never", "abandon", "quota"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=8), min_size=2, max_size=12),
       st.lists(st.sampled_from(["Ana Duarte", "Rui Duarte", None]), min_size=12, max_size=12))
def test_batch_labels_agree_with_pairwise_matches(
        quotes: list[list[str]], speakers: list[str | None]) -> None:
    sigs = [QuoteSig(text=" ".join(q), context="she said " + " ".join(q) + " on Monday", speaker=s)
            for q, s in zip(quotes, speakers, strict=False)]
    labels = cluster_batch(sigs)

    def longs_of(label: str | None) -> list[int]:
        return [k for k in range(len(sigs)) if labels[k] == label and is_long(sigs[k])]

    for i in range(len(sigs)):
        for j in range(i + 1, len(sigs)):
            if same_quote(sigs[i], sigs[j]):
                assert cluster_keys(sigs[i]) & cluster_keys(sigs[j])
                if labels[i] != labels[j]:
                    # only the no-bridging guard may keep a matching pair apart: both clusters hold
                    # long statements and no statement of one matches a statement of the other
                    li, lj = longs_of(labels[i]), longs_of(labels[j])
                    assert li and lj
                    assert not any(same_quote(sigs[x], sigs[y]) for x in li for y in lj)
            if labels[i] is not None and labels[i] == labels[j]:
                assert sigs[i].speaker == sigs[j].speaker


def test_same_frame_with_a_changed_figure_is_a_different_quote() -> None:
    a = QuoteSig(text="we will cut the harbour levy by five percent", context="", speaker="Ana Duarte")
    b = QuoteSig(text="we will cut the harbour levy by nine percent", context="", speaker="Ana Duarte")
    assert not same_quote(a, b)


def test_big_batch_of_distinct_quotes_by_one_speaker_stays_distinct() -> None:
    texts = [f"plan number w{i}x for sector z{i}q" for i in range(300)]
    sigs = [QuoteSig(text=t, context=f"she said {t} today", speaker="Ana Duarte") for t in texts]
    assert len(set(cluster_batch(sigs))) == 300


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8), st.lists(_WORDS, min_size=1, max_size=8),
       st.lists(_WORDS, max_size=4), st.lists(_WORDS, max_size=4))
def test_same_quote_is_symmetric(a: list[str], b: list[str], pre: list[str], post: list[str]) -> None:
    """The clusterer assumes the relation does not depend on which occurrence came first."""
    sa = QuoteSig(text=" ".join(a), context=" ".join([*pre, *a, *post]), speaker="Ana Duarte")
    sb = QuoteSig(text=" ".join(b), context=" ".join([*post, *b, *pre]), speaker="Ana Duarte")
    assert same_quote(sa, sb) == same_quote(sb, sa)


def test_equal_length_quotes_match_the_same_way_round() -> None:
    a = "port port port port port the"
    b = "port port port port port port"
    sa = QuoteSig(text=a, context=f"she said {a} on Monday", speaker="Ana Duarte")
    sb = QuoteSig(text=b, context=f"she said {b} on Monday", speaker="Ana Duarte")
    assert same_quote(sa, sb) == same_quote(sb, sa)


def test_a_quote_of_function_words_joins_the_statement_it_opens() -> None:
    head = QuoteSig(text="This is not over,", context="Leader: 'This is not over,' says",
                    speaker="Greta Sund")
    body = QuoteSig(text="This is not over. I will take this to the courts if I have to,",
                    context="\"This is not over. I will take this to the courts if I have to,\" Sund told",
                    speaker="Greta Sund")
    other = QuoteSig(text="This is not what we agreed,", context="", speaker="Greta Sund")
    assert same_quote(head, body) and cluster_keys(head) & cluster_keys(body)
    assert not same_quote(head, other)
    assert cluster_batch([head, body, other]) == ["c1", "c1", "c2"]


def test_the_same_content_words_in_another_order_are_one_quote_when_there_are_six() -> None:
    # a translation's word order: every content word kept
    s = sig_in('"I have ordered a full audit of the airline\'s maintenance records," Duarte said.',
               "I have ordered a full audit of the airline's maintenance records,")
    t = sig_in('"I have ordered full audit of the maintenance records of the airline," Duarte said.',
               "I have ordered full audit of the maintenance records of the airline,")
    assert same_quote(s, t)
    # four content words swapped round is another statement
    u = sig_in('"We will cut taxes and raise spending," Duarte said.', "We will cut taxes and raise spending")
    v = sig_in('"We will raise taxes and cut spending," Duarte said.', "We will raise taxes and cut spending")
    assert not same_quote(u, v)
