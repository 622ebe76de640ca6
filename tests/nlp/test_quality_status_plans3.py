"""Steps offered or told as not yet made (helper "stprop3", session 23), the rules alone, through
the whole extractor on sentences written here: a party willing, ready or prepared to take a step
offers it, and a step the sentence then tells not yet made ("has never been ratified", "has not
yet been set up", "is still drawing up", "no investment has yet been made") is not decided:
both are proposed (status convention R3). Rows for what must not change: a noun qualified by
"willing to" is no party's offer, and a measure told not changed or never lifted still stands."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a pact signed as a memorandum, then told never ratified
        (
            "The two governments signed a cooperation memorandum on lithium in March, a deal "
            "that has never been ratified by the Bolivian parliament.",
            "agreement",
            "proposed",
        ),
        # a promised stockpile told not yet set up
        (
            "The government promised in its manifesto to create a national cobalt stockpile, "
            "though it has not yet been set up.",
            "stockpile",
            "proposed",
        ),
        # a pledged state company that is still being drawn up
        (
            "Lima has pledged to create a state lithium company, a plan the ministry is still "
            "drawing up.",
            "strategy",
            "proposed",
        ),
        # money agreed for a fund that has not yet been spent on any stake
        (
            "Berlin agreed last year to put 1 billion euros into a raw materials fund, but no "
            "investment has yet been made.",
            "investment",
            "proposed",
        ),
        # a party willing to take a step offers it
        (
            "Seoul said on Monday it was willing to set up a joint stockpile of rare earths "
            "with Tokyo.",
            "stockpile",
            "proposed",
        ),
        # a party that stands ready to act
        (
            "The ministry said it stands ready to release rare earths from the state stockpile.",
            "stockpile",
            "proposed",
        ),
        # must not change: buyers "willing to pay" are no party's offer
        (
            "Buyers willing to pay a premium for responsibly mined cobalt signed supply "
            "contracts with the Congolese miner on Monday.",
            "offtake",
            "agreed",
        ),
        # must not change: a supply deal signed
        (
            "Zambia signed a cobalt supply agreement with the United States on Tuesday.",
            "offtake",
            "agreed",
        ),
        # must not change: a measure never lifted still stands
        (
            "Australia imposed export duties on lithium ore in 2023 and the duties have never "
            "been lifted.",
            "export_control",
            "in_force",
        ),
        # must not change: a strategy not changed since its adoption
        (
            "Chile's lithium strategy, adopted in April, has not been changed since.",
            "strategy",
            "in_force",
        ),
    ],
)
def test_steps_offered_or_unmade(
    extractor, status_rules_alone, text: str, action: str, status: str
) -> None:
    assert status_of(extractor, text, action) == status
