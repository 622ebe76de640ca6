"""speed38 (front end): the shortcuts of the entity and sentence steps agree with the plain
readings they stand for."""

import random

import pytest
import spacy

from nlp.entities import FACTORY_NAME, READER
from nlp.entity_rules import longest_first
from nlp.gazetteer import LABELS


@pytest.fixture(scope="module")
def component():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline.add_pipe(FACTORY_NAME)


def test_routes_agree_with_the_grouped_keys(component):
    """A group routed straight to a label holds one uncased key of that label; every other
    group keeps all its keys, in the matcher's order."""
    grouped = component.phrases.grouped(READER, component.keys)
    routes = component._routes(grouped)
    assert routes.keys() == grouped.keys()
    straight = 0
    for group, (label, route) in routes.items():
        keys = grouped[group]
        simple = len(keys) == 1 and not keys[0].cased and keys[0].label in LABELS
        if label is None:
            assert not simple and route == keys
        else:
            straight += 1
            assert simple and route is keys[0] and label == keys[0].label
    assert straight > 500
    assert component._routes(grouped) is routes  # built once per table


def _plain_longest_first(candidates):
    """Longest first (then leftmost) over the whole list; a match survives when its tokens
    are free or held by an equal span; the result in text order."""
    taken = {}
    kept = []
    for start, end, key in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        owners = {taken[i] for i in range(start, end) if i in taken}
        if owners and owners != {(start, end)}:
            continue
        for i in range(start, end):
            taken[i] = (start, end)
        kept.append((start, end, key))
    return sorted(kept, key=lambda c: (c[0], c[1]))


def test_longest_first_by_runs_agrees_with_the_whole_list_rule():
    """Long lists with several runs of overlapping candidates and lone ones between them."""
    rng = random.Random(38)
    for _ in range(2000):
        candidates = []
        for k in range(rng.randint(0, 30)):
            start = rng.randint(0, 60)
            candidates.append((start, start + rng.choice((1, 1, 1, 2, 3, 5)), f"k{k}"))
        assert longest_first(candidates) == _plain_longest_first(candidates)
        ordered = sorted(candidates, key=lambda c: (c[0], c[1]))
        assert longest_first(ordered, in_order=True) == _plain_longest_first(candidates)


@pytest.mark.parametrize(
    "text",
    [
        "One.\n\nTwo. Three.\n \n Four.",
        "A.\t\tB. C.\n\n\n",
        "First.\u00a0\u00a0Second. Third.\u2003\u2003\n\nFourth.",
        "\n\n \n",
        "Ends.\n\n",
        "x",
    ],
)
def test_blank_line_openings_read_by_their_first_character(text):
    """`sentence_bounds` tells a line break by a token's first character; the token's whole
    text (`_past_blank_lines`) gives the same sentences."""
    from nlp.sentences import FACTORY, Sent, _past_blank_lines, sentence_bounds
    from nlp.token_arrays import token_arrays

    ours = spacy.blank("en")
    ours.add_pipe(FACTORY)
    doc = ours(text)
    arrays = token_arrays(doc)
    starts = arrays.sent_starts
    ends = [*starts[1:], len(doc)]
    plain = [
        Sent(s, e, arrays.starts[s], arrays.ends[e - 1]) for s, e in zip(starts, ends, strict=True)
    ]
    assert sentence_bounds(doc) == _past_blank_lines(arrays, plain)
