"""Proposed against agreed across action types (helper "stpa", session 21), the rules alone,
through the whole extractor on sentences written here: a step told inside a text put forward
is what the text would do, not yet decided (status convention R3)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the step named after a verb putting a text forward and its object: the text's
        # content, still to be decided (R3)
        (
            "Lawmakers in Jakarta drafted legislation on Monday that would let the government "
            "ban exports of bauxite.",
            "export_control",
            "proposed",
        ),
        (
            "The French minister proposed that the group's members agree minimum prices for "
            "lithium.",
            "price_mechanism",
            "proposed",
        ),
        (
            "Ghana's finance minister, who tabled the budget on Tuesday, said the state fund "
            "would invest $200 million in lithium projects.",
            "investment",
            "proposed",
        ),
        (
            "The European Commission on Thursday proposed a law to raise the bloc's own output "
            "of raw materials, setting targets for mining and recycling and promising faster "
            "permits for strategic projects.",
            "permitting",
            "proposed",
        ),
        (
            "The Commission on Monday proposed an emergency law that would give it powers, in a "
            "crisis, to require companies to report their supply chains and to coordinate the "
            "building of strategic reserves of lithium.",
            "stockpile",
            "proposed",
        ),
        # a draft or bill telling its content, or named after "according to"
        (
            "The bill includes $3 billion for purchases for the national cobalt stockpile.",
            "stockpile",
            "proposed",
        ),
        (
            "The draft also includes a $2 billion fund to invest in lithium refineries.",
            "investment",
            "proposed",
        ),
        (
            "According to a draft seen by reporters, the two governments would set up a joint "
            "investment fund for lithium projects.",
            "investment",
            "proposed",
        ),
        # guards: a law tells what is decided; a verb of deciding in the step's own clause
        # decides it; the adjective
        # "proposed" puts nothing forward (R6)
        (
            "Brazil proposed a cobalt pact to Chile on Monday, as Argentina signed its own "
            "lithium agreement with Bolivia.",
            "agreement",
            "agreed",
        ),
        (
            "The law includes $3 billion for purchases for the national cobalt stockpile.",
            "stockpile",
            "agreed",
        ),
        (
            "The Senate on Tuesday approved the proposed ban on exports of nickel ore.",
            "export_control",
            "agreed",
        ),
    ],
)
def test_a_step_inside_a_text_put_forward_is_proposed(
    extractor, status_rules_alone, text, action, status
):
    # the rules alone are read here, whatever the learned status model adds
    assert status_of(extractor, text, action) == status
