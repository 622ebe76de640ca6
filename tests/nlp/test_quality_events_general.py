"""A sentence about states in general is no step of the report's own party (helper gensubj,
session 25), as the labels read it: a sentence after the lead that names no party and opens on
governments or countries at large, also at a paragraph's start, after a quantity or a kind of
state ("Many producing countries", "A growing number of resource-rich nations") or after a
subordinator ("Until governments guarantee a price, ..."), takes no actor from the context and
makes no event. The lead's own trend about governments at large stays the report's news, and
parties told before ("the two governments", "member states") still act."""

import pytest
from predict import dated_statuses

# (name, action, text): a general sentence after the lead makes no event
IN_GENERAL = [
    (
        "at-a-paragraph-start",
        "investment",
        "Chile wants more of its lithium refined at home.\n\nGovernments can offer tax breaks "
        "to refiners and fund power lines to new plants.",
    ),
    (
        "after-a-quantity-and-a-kind",
        "investment",
        "Peru is weighing curbs on copper concentrate. Many producing countries offer tax "
        "breaks to copper smelters.",
    ),
    (
        "a-growing-number-of",
        "export_control",
        "Zambia's copper output rose in March. A growing number of resource-rich nations "
        "restrict exports of raw ore.",
    ),
    (
        "after-a-subordinator",
        "price_mechanism",
        "Canada has three nickel projects waiting for finance. Until governments guarantee a "
        "price for nickel, lenders will stay away.",
    ),
]

# (name, action, text): sentences that keep their event
KEPT = [
    (
        "the-lead-about-governments-at-large",
        "export_control",
        "Many producing countries are banning exports of raw lithium ore to build refineries "
        "at home. Zimbabwe's mines ministry said output rose in May.",
    ),
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
]


@pytest.mark.parametrize(("name", "action", "text"), IN_GENERAL, ids=[row[0] for row in IN_GENERAL])
def test_states_in_general_make_no_event(extractor, name, action, text):
    assert dated_statuses(extractor, text, action) == []


@pytest.mark.parametrize(("name", "action", "text"), KEPT, ids=[row[0] for row in KEPT])
def test_the_lead_and_named_parties_keep_their_event(extractor, name, action, text):
    assert dated_statuses(extractor, text, action) != []
