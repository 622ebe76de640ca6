"""Status by the class of the verb that tells the step, after the written convention of the
labels (docs/status-convention.md R1, R3, R6), through the whole extractor, on sentences written
here: a step undone by the revoking verb of its own cue, a text's content against a call."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a permit's holder stopped by the authority: the permit is undone
        (
            "In May the mines ministry suspended the operations of two nickel mining firms while "
            "it reviewed their permits.",
            "permitting",
            "revoked",
        ),
        (
            "The government on Friday suspended the activities of several cobalt mining companies.",
            "permitting",
            "revoked",
        ),
        # a halt announced for the future is revoked already, whatever says when
        (
            "The company will halt production at its cobalt mine in Katanga from June.",
            "project",
            "revoked",
        ),
        # for a restriction the revoking verb is the measure itself, a decision
        (
            "The Democratic Republic of Congo suspended cobalt exports for four months on Saturday.",
            "export_control",
            "agreed",
        ),
        # a permit granted is a decision
        (
            "The ministry granted the company a licence to mine lithium on Monday.",
            "permitting",
            "agreed",
        ),
    ],
)
def test_a_step_undone_by_its_own_verb(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # R6: an adopted text stating its content in the present is agreed
        (
            "The partnership agreement also calls for the two sides to coordinate their "
            "stockpiling of critical minerals.",
            "stockpile",
            "agreed",
        ),
        # R3: a person's call is not a decision
        (
            "The senator called for a ban on exports of lithium to China.",
            "export_control",
            "proposed",
        ),
    ],
)
def test_what_a_text_calls_for_is_agreed(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # R3: the verb in the infinitive of a weighing verb is the weighed step
        (
            "Washington threatened to impose 100% tariffs on Chinese rare earth magnets.",
            "trade_measure",
            "proposed",
        ),
        (
            "The two countries intend to sign a critical minerals agreement later this year.",
            "agreement",
            "proposed",
        ),
        # an offer not yet taken up, a step a meeting talked over, a plan someone else made
        (
            "A Chinese state company has offered to invest $10 billion in Afghan lithium.",
            "investment",
            "proposed",
        ),
        (
            "The ministers also discussed harmonising standards for cobalt mining in Congo.",
            "standards",
            "proposed",
        ),
        (
            "Magnet recyclers welcomed a plan by the European Commission to restrict exports "
            "of rare earth magnet scrap.",
            "export_control",
            "proposed",
        ),
        # R6: the parties' own decision to take the step is agreed
        (
            "Japan and Australia agreed to sign a critical minerals agreement on Monday.",
            "agreement",
            "agreed",
        ),
        # R1: a lifting agreed to is revoked
        (
            "China on Tuesday agreed to suspend its ban on gallium exports.",
            "export_control",
            "revoked",
        ),
    ],
)
def test_a_step_in_the_infinitive_of_a_weighing_verb(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # R6: a tender is an issued step, whatever it seeks
        ("The United States sought offers to buy cobalt for its stockpile on Monday.", "agreed"),
        (
            "The agency invited bids to supply up to 7,500 tonnes of cobalt for the national "
            "stockpile.",
            "agreed",
        ),
        # R3: a tender still planned is not
        ("The agency plans to seek offers to buy cobalt for its stockpile next year.", "proposed"),
    ],
)
def test_a_tender_is_agreed(extractor, text, status):
    assert status_of(extractor, text, "stockpile") == status
