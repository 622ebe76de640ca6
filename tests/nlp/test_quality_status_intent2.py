"""Steps offered, wished or called for, not yet decided (helper "stprop", session 22), the rules
alone, through the whole extractor on sentences written here: a step a party stopped short of,
is welcome to take, asks money for in a budget request, a bill introduced to a legislature, a
step on which no decision was taken, a promise with its object, a step officials "would study"
or "would weigh", and the money, stocks, permits and prices a text calls for are proposed
(status convention R3)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a step the parties stopped short of (R3: nobody has decided it)
        (
            "Ministers from the Quad on Friday backed closer work on critical minerals but "
            "stopped short of agreeing joint price floors for rare earths.",
            "price_mechanism",
            "proposed",
        ),
        # an invitation to invest
        (
            "Indonesia's president told Japan's prime minister that Japanese firms were welcome "
            "to invest in nickel smelters in Sulawesi.",
            "investment",
            "proposed",
        ),
        # money asked for in a budget request
        (
            "The Korean ministry's budget request puts 300 billion won into buying rare earths "
            "for the state stockpile.",
            "stockpile",
            "proposed",
        ),
        # a bill introduced to a legislature, and what it would set up
        (
            "Legislation to set up a national lithium reserve in Chile was introduced to "
            "parliament on Tuesday.",
            "stockpile",
            "proposed",
        ),
        # no decision taken on the step
        (
            "Officials in Jakarta said on Monday that no decision had been made on restricting "
            "exports of bauxite.",
            "export_control",
            "proposed",
        ),
        # a promise with its object (not money promised, a pledge)
        (
            "Canada's opposition leader has promised a national critical minerals stockpile to "
            "protect manufacturers.",
            "stockpile",
            "proposed",
        ),
        (
            "Peru's president-elect won the vote on a promise of a national lithium company.",
            "strategy",
            "proposed",
        ),
        # a weighing verb after "would" (R3, session 16)
        (
            "Japan and Australia said on Monday that officials would study price floors for "
            "rare earths.",
            "price_mechanism",
            "proposed",
        ),
        # what a text calls for, through coordinated "for"s
        (
            "Germany's new industrial strategy calls for more state support for lithium "
            "refineries, for faster permits for mines and for a national stockpile of rare "
            "earths.",
            "stockpile",
            "proposed",
        ),
        (
            "Germany's new industrial strategy calls for more state support for lithium "
            "refineries, for faster permits for mines and for a national stockpile of rare "
            "earths.",
            "permitting",
            "proposed",
        ),
    ],
)
def test_a_step_offered_or_wished_is_proposed(
    extractor, status_rules_alone, text: str, action: str, status: str
) -> None:
    assert status_of(extractor, text, action) == status
