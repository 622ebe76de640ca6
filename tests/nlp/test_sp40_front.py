"""Session 40, front-end round: the rewritten readings give what the plain ones give."""

import bisect
import random

import pytest

from nlp.entities import FACTORY_NAME
from nlp.entity_rules import DocContext, _company_name
from nlp.extract import Extractor, _unique
from nlp.pipeline import build_pipeline

TEXTS = [
    "Lithium Americas and Graphite One rose. Lithium prices fell, said Korea Zinc.",
    "SALES OF Cobalt Blue Holdings Rise As Nickel Mining Matters To Investors",
    "Analysts said Lithium was cheap; the Copper Mountain mine and Silver Lake Resources Ltd.",
    "Rare Earths Corp. and the Tin Council met. Lead poisoning and Nickel Inc. were named.",
]


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def _company_name_reference(ctx, start, end):
    """The rule in its first order: the headline test before the words around."""
    first = ctx.text(start)
    if not first[:1].isupper() or (first.isupper() and len(first) > 2):
        return False
    after_cap = ctx.is_alpha(end) and ctx.is_cap(end)
    if after_cap and ctx.low(end) in ctx.cues("company_suffixes_strong"):
        return True
    if ctx.titlecase_sentence(start, end):
        return False
    if after_cap and ctx.low(end) in ctx.cues("company_suffixes"):
        return True
    if ctx.is_sentence_start(start):
        return False
    if after_cap and end not in ctx.entity_tokens:
        return True
    return ctx.is_alpha(start - 1) and ctx.is_cap(start - 1)


def _long_words_reference(ctx, s, e, left, right):
    words = caps = 0
    for i in range(s, e):
        w = ctx.text(i)
        if len(w) > 3 and not left <= i < right and i not in ctx.entity_tokens and w.isalpha():
            words += 1
            caps += w[0].isupper()
    return words, caps


@pytest.mark.parametrize("text", TEXTS)
def test_company_name_reads_the_headline_test_last(nlp, text):
    component = nlp.get_pipe(FACTORY_NAME)
    doc = nlp.make_doc(text)
    nlp.get_pipe("oreline_sentences")(doc)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 3) + 1):
            fresh, plain = DocContext(doc, component.gaz), DocContext(doc, component.gaz)
            assert _company_name(fresh, start, end) == _company_name_reference(plain, start, end)


@pytest.mark.parametrize("text", TEXTS)
def test_long_words_counts_both_sides_of_the_name(nlp, text):
    component = nlp.get_pipe(FACTORY_NAME)
    doc = nlp.make_doc(text)
    ctx = DocContext(doc, component.gaz)
    ctx.entity_tokens.update({1, 4})
    n = len(doc)
    for s in range(n):
        for e in range(s + 1, n + 1):
            for left in range(s, e):
                for right in (left + 1, min(n, left + 3), e + 2):
                    assert ctx._long_words(s, e, left, right) == _long_words_reference(
                        ctx, s, e, left, right
                    )


def test_mentions_sentence_follows_the_bisection(nlp):
    """The running sentence range gives bisect's sentence for spans in any order."""
    extractor = Extractor(nlp=nlp)
    doc = nlp.make_doc(" ".join(["word"] * 60))
    rng = random.Random(40)
    for _ in range(200):
        starts = sorted(rng.sample(range(1, 60), rng.randint(0, 8)))
        if rng.random() < 0.7:
            starts = [0, *starts]
        spans = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randrange(60)
            label = rng.choice(["COUNTRY", "MINERAL", "BLOC", "OTHER"])
            spans.append((start, min(60, start + 2), label, "X"))
        if rng.random() < 0.5:
            spans.sort()
        pred = {"mentions": []}
        extractor._add_mentions(doc, spans, starts, doc.text, 7, 3, pred)
        expected = [3 + bisect.bisect_right(starts, s[0]) for s in spans if s[2] != "OTHER"]
        assert [m["sentence"] for m in pred["mentions"]] == expected


def test_unique_drops_repeats_and_empties_in_first_seen_order():
    assert _unique(["b", "a", "b", "c"]) == ["b", "a", "c"]
    assert _unique(["", "a", None, "a", "b", ""]) == ["a", "b"]
    assert _unique(x for x in ["z", "z"]) == ["z"]
    assert _unique([]) == []
