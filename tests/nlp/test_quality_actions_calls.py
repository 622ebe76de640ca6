"""Call frames of actions.yaml: what industry groups, analysts or companies urge, call for or
recommend is a wish, no event, while a government's call and a step reported beside a wish
still are. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.actions import sentence_actions
from nlp.cues import CueKey, Hit
from nlp.extract import Extractor

WISHES = [
    (
        "Industry groups urged the government to impose tariffs on Chinese graphite anodes.",
        "trade_measure",
    ),
    (
        "The Lithium Industry Association called for a national stockpile of battery metals.",
        "stockpile",
    ),
    (
        "Environmental groups have called on Ottawa to reject the permit for the nickel mine.",
        "permitting",
    ),
    (
        "Miners want the government to guarantee a price floor for lithium, the chamber said.",
        "price_mechanism",
    ),
    (
        "The think tank recommended that Canberra set up a critical minerals reserve.",
        "stockpile",
    ),
    (
        "Steelmakers' associations pressed for anti-dumping duties on Chinese silicon metal.",
        "trade_measure",
    ),
    (
        "Campaigners petitioned the European Parliament to add cobalt to its sourcing rules.",
        "standards",
    ),
    (
        "Analysts suggested that Jakarta could ban exports of bauxite to lift local refining.",
        "export_control",
    ),
]


@pytest.mark.parametrize(("text", "action"), WISHES)
def test_a_wish_of_non_governments_makes_no_event(
    extractor: Extractor, text: str, action: str
) -> None:
    assert action not in action_types(extractor, text)


STEPS = [
    (
        "The European Commission called for a joint stockpile of rare earths and lithium.",
        "stockpile",
    ),
    ("Japan called on G7 partners to set price floors for critical minerals.", "price_mechanism"),
    (
        "Analysts said China restricted exports of gallium and germanium in July 2023.",
        "export_control",
    ),
    (
        "Industry groups welcomed the decision, and Canada imposed a 25% surtax on Chinese "
        "aluminium.",
        "trade_measure",
    ),
    (
        "Automakers lobbied hard against the rules, but the EU adopted the Critical Raw "
        "Materials Act in March.",
        "strategy",
    ),
    (
        "Companies want certainty, said the minister, as Indonesia banned exports of bauxite.",
        "export_control",
    ),
]


@pytest.mark.parametrize(("text", "action"), STEPS)
def test_a_step_beside_a_wish_stays(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)


def test_a_call_frame_needs_its_caller_just_before() -> None:
    def hit(label: str, kind: str, start: int, end: int, combo: int = -1) -> Hit:
        return Hit(CueKey("action", label, kind, combo), start, end)

    call = hit("*", "call", 10, 11, 5)
    measure = hit("trade_measure", "phrase", 13, 14)
    near = hit("*", "caller", 7, 8)
    far = hit("*", "caller", 0, 1)
    assert sentence_actions([near, call, measure], lambda _: []) == []
    assert [c.action for c in sentence_actions([far, call, measure], lambda _: [])] == [
        "trade_measure"
    ]
    assert [c.action for c in sentence_actions([call, measure], lambda _: [])] == ["trade_measure"]
