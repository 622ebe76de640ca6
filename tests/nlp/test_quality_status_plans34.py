"""Strategy status readings of session 34 (`sq34_`), proposed against agreed: a text a party
ordered drawn up is agreed (status convention R6: the order decides that it be made); a bill
told as still having to pass a chamber, and a step a government's work report lays before its
legislature, are proposed (R3). Read through the whole extractor with both learned models off,
as the rows test the rules. Each table holds rows where the reading must fire and rows where it
must not."""

import pytest
from predict import status_of

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a past verb of ordering, "to" and a verb of writing before the text: the order decides
        (
            "In May the president ordered federal agencies to draw up a strategy to cut the "
            "country's reliance on imported lithium.",
            "agreed",
        ),
        (
            "The prime minister has instructed the government to prepare a roadmap for the "
            "country's rare earth industry.",
            "agreed",
        ),
        (
            "The cabinet directed the mines ministry to draft a national cobalt strategy within "
            "six months.",
            "agreed",
        ),
        # not: the order itself still to come (a participle, a weighing cue before it)
        (
            "Officials said an order directing agencies to draw up a lithium strategy was "
            "expected shortly.",
            "proposed",
        ),
        # not: a step asked of another party, nor the government's own plan to write a text
        (
            "The industry group asked the ministry to draw up a critical minerals strategy for "
            "lithium.",
            "proposed",
        ),
        (
            "The government will draw up a critical minerals strategy for lithium and cobalt.",
            "proposed",
        ),
    ],
)
def test_a_text_ordered_drawn_up_is_agreed(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "strategy") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a bill told as still having to pass: not yet law (R3)
        (
            "The amended lithium bill now returns to the lower house, which must approve the "
            "Senate's changes before it becomes law.",
            "proposed",
        ),
        (
            "The mining bill, which the senators approved on Monday, must return to the Chamber "
            "of Deputies before it can become law, officials said of the lithium royalties.",
            "proposed",
        ),
        # not: a law made by parliament, with no phrase of a chamber still to pass it (R6)
        (
            "Parliament approved the lithium bill on Monday.",
            "agreed",
        ),
    ],
)
def test_a_bill_still_to_pass_a_chamber_is_proposed(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "strategy") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a step a government's work report lays before its legislature (R3)
        (
            "China will increase reserves of lithium and rare earths, the premier said on Sunday "
            "in his government work report to the National People's Congress.",
            "proposed",
        ),
        # not: the same step told as the government's own word (R6)
        (
            "China will increase reserves of lithium and rare earths, the premier said on Sunday.",
            "agreed",
        ),
    ],
)
def test_a_step_in_a_work_report_is_proposed(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "stockpile") == status
