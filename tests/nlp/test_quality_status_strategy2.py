"""The status of strategies, laws and bills through the whole extractor, rules alone, on
sentences written here (published 2026-03-10): helper "ststrat4" (session 20)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # one chamber passing a bill named at length: still to go to the other, proposed (R3)
        (
            "The Lok Sabha on Friday passed the Minerals (Exploration and Licensing) Amendment "
            "Bill, 2024, which would let private firms mine graphite.",
            "proposed",
        ),
        (
            "The Lok Sabha on Monday approved the Offshore Minerals (Auction and Licensing) "
            "Amendment Bill, 2025.",
            "proposed",
        ),
        (
            "Kenya's Senate on Tuesday approved the Mining and Minerals (Local Processing) "
            "Amendment Bill, 2025, sending it to the national assembly.",
            "proposed",
        ),
        # parliament passing it makes the law (R6)
        (
            "Parliament on Friday passed the Minerals (Exploration and Licensing) Amendment "
            "Bill, 2024, which lets private firms mine graphite.",
            "agreed",
        ),
    ],
)
def test_a_bill_named_at_length_passed_by_one_chamber_is_proposed(
    extractor, status_rules_alone, text, status
):
    assert status_of(extractor, text, "strategy") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a revoking verb after "to" right after a text is what the text is for: its content,
        # the text keeps its own act (R6)
        (
            "Peru last week amended its mining law to scrap the royalty holidays of copper miners.",
            "agreed",
        ),
        (
            "Kenya on Monday adopted a roadmap to end its imports of refined cobalt by 2030.",
            "agreed",
        ),
        (
            "On Tuesday the cabinet approved a new mining code to remove the tax holidays of "
            "foreign miners.",
            "agreed",
        ),
        # the text undone by its own verb stays revoked (R1)
        ("Peru on Monday scrapped its mining law.", "revoked"),
        ("Peru on Monday repealed its cobalt strategy to make way for a new one.", "revoked"),
    ],
)
def test_what_a_text_is_made_to_undo_is_its_content(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "strategy") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a text in the making, an adverb inside the progressive: not finished (R3)
        ("Kenya's mines ministry is also working on a national cobalt strategy.", "proposed"),
        ("Officials said they are still working on the new mining code for lithium.", "proposed"),
        ("The ministry is now working on a critical minerals list.", "proposed"),
    ],
)
def test_a_text_still_being_worked_on_is_proposed(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "strategy") == status
