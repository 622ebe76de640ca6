"""A sentence about states in general is no step of the report's own party (helper gensubj,
session 25), as the labels read it: session 24's sentence that opens on governments or
countries at large and names no party also makes no event at a paragraph's start (the sentence
keeps the line break before it), after a quote mark, or after a subordinator ("Until
governments guarantee a price, ..."). Parties told before ("the two governments", "member
states") still act, and a party named beside the general noun still acts."""

import pytest
from predict import dated_statuses

# (name, action, text): a general sentence makes no event
IN_GENERAL = [
    (
        "at-a-paragraph-start",
        "investment",
        "Chile wants more of its lithium refined at home.\n\nGovernments can offer tax breaks "
        "to refiners and fund power lines to new plants.",
    ),
    (
        "after-a-quote-mark",
        "stockpile",
        'Japan imports most of its rare earths.\n\n"Governments can build stockpiles of rare '
        'earths and fund new refineries."',
    ),
    (
        "after-until",
        "price_mechanism",
        "Canada has three nickel projects waiting for finance. Until governments guarantee a "
        "price for nickel, lenders will stay away.",
    ),
    (
        "after-if",
        "investment",
        "Peru is weighing curbs on copper concentrate.\n\nIf countries offer tax breaks to "
        "copper smelters, refiners will follow.",
    ),
]

# (name, action, text): sentences that keep their event
KEPT = [
    (
        "parties-told-before",
        "agreement",
        "Japan and India held talks in Tokyo on Monday. The two governments signed a "
        "memorandum on critical minerals.",
    ),
    (
        "a-blocs-members",
        "stockpile",
        "The European Union wants to cut its reliance on imported gallium. Member states "
        "agreed to build joint stockpiles of gallium.",
    ),
    (
        "a-party-named-after-the-subordinator",
        "investment",
        "Peru is weighing curbs on copper concentrate.\n\nWhen governments in Lima and Santiago "
        "offered tax breaks to copper smelters in 2024, refiners followed.",
    ),
]


@pytest.mark.parametrize(("name", "action", "text"), IN_GENERAL, ids=[row[0] for row in IN_GENERAL])
def test_states_in_general_make_no_event(extractor, name, action, text):
    assert dated_statuses(extractor, text, action) == []


@pytest.mark.parametrize(("name", "action", "text"), KEPT, ids=[row[0] for row in KEPT])
def test_named_parties_keep_their_event(extractor, name, action, text):
    assert dated_statuses(extractor, text, action) != []
