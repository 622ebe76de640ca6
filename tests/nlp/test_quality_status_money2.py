"""The status of money, stockpile and talks steps (helper "stmoney2", session 20), through the
whole extractor on sentences written here: the host of the next round of a recurring meeting
is decided (R2, R6); a forecast of what money costs or brings weighs no step (R3 does not
hold)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the next round given a host: where it is held is decided
        (
            "Kenya is due to host the next African Union summit in 2027, the ministers said.",
            "agreed",
        ),
        ("Brazil will host the next BRICS summit in 2025.", "agreed"),
        # a meeting to come with no word of a round decided stays a meeting still ahead
        ("Brazil will host a summit of lithium producers in March.", "proposed"),
    ],
)
def test_the_host_of_the_next_round_is_decided(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "negotiation") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a cost or a source of the money forecast: the money keeps its own reading
        (
            "The nickel smelter will have capacity of 40,000 tonnes a year and is expected to "
            "cost around $900 million, with Japan's JOGMEC taking a majority stake.",
            "agreed",
        ),
        (
            "The financing for the lithium refinery is expected to come in part from the "
            "$2 billion that Korea agreed to invest in Chile.",
            "agreed",
        ),
        # the step itself expected: still weighed
        ("The state fund is expected to take a 20% stake in the cobalt refinery.", "proposed"),
    ],
)
def test_a_forecast_of_what_money_costs_weighs_no_step(
    extractor, status_rules_alone, text, status
):
    assert status_of(extractor, text, "investment") == status
