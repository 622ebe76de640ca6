"""The status of money, stockpile and talks steps (helper "stmoney2", session 20), through the
whole extractor on sentences written here: the host of the next round of a recurring meeting
is decided (R2, R6); a forecast of what money costs or brings weighs no step (R3 does not
hold); money is not in force because the plant it built runs (R4 holds no investment
commitment); the aim of a text told made is its content, decided (R6)."""

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
def test_a_forecast_of_what_money_costs_weighs_no_step(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "investment") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # only the plant's running is told in force: the loan that built it is a one-off step
        (
            "The graphite anode plant in Georgia, which received a $90 million Energy "
            "Department loan in 2021, started production last year.",
            "agreed",
        ),
        (
            "The copper smelter in Zambia, financed with a $200 million loan from Chinese banks, "
            "started production in 2023.",
            "agreed",
        ),
        # money told flowing by its own words stands
        (
            "The Pentagon has been funding rare earth separation plants in Texas since 2020.",
            "in_force",
        ),
    ],
)
def test_money_is_not_running_because_its_plant_runs(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "investment") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the aim of a text told made: its content, decided
        (
            "Korea's minerals strategy adopted last year aims to expand public stockpiles of "
            "lithium to 100 days of demand.",
            "agreed",
        ),
        (
            "Under a plan announced in June, Tokyo aims to cut its reliance on China and to "
            "enlarge the state stockpile of rare earths.",
            "agreed",
        ),
        # a party's own aim: still weighed
        (
            "The ministry said it aims to build up public stockpiles of lithium to 100 days of "
            "demand.",
            "proposed",
        ),
    ],
)
def test_the_aim_of_a_text_made_is_its_content(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "stockpile") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a stockpile only to be piloted: a trial still to be set up
        (
            "The Commission's plan also sets out a pilot for joint purchasing and stockpiling of "
            "rare earths, starting next year.",
            "stockpile",
            "proposed",
        ),
        # a joint stockpile launched is decided
        (
            "The European Union launched a joint stockpile of rare earths and gallium in March.",
            "stockpile",
            "agreed",
        ),
        # a joint plan the parties are to draw up or prepare: their decision to make the pact
        (
            "Mexico and Canada will prepare a joint action plan on critical minerals within 90 "
            "days.",
            "agreement",
            "agreed",
        ),
        (
            "The leaders agreed on Friday to draw up a joint action plan on lithium and cobalt.",
            "agreement",
            "agreed",
        ),
        # a text of one's own still to be written stays weighed
        (
            "Japan and India will prepare a joint strategy on rare earth mining by June.",
            "strategy",
            "proposed",
        ),
    ],
)
def test_pilots_and_joint_plans(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a proposal approved is decided
        (
            "The Union Cabinet on Wednesday approved the proposal of the fertiliser department "
            "for nutrient-based subsidy rates for potash for the rabi season.",
            "agreed",
        ),
        # a proposal only sent is not
        (
            "The ministry sent the cabinet a proposal for nutrient-based subsidy rates for potash.",
            "proposed",
        ),
    ],
)
def test_a_proposal_approved_is_decided(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "price_mechanism") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a price rule a text would set, no one said to speak the "would": not decided
        (
            "The mines ministry is also working on rules that would require local smelters to "
            "buy ore at a government benchmark price.",
            "proposed",
        ),
        # a price set, and the actor's own "said it would": decided
        (
            "Indonesia set a benchmark price for low-grade nickel ore for the first time on "
            "Monday.",
            "agreed",
        ),
        (
            "The ministry said it would set a floor price for lithium concentrate next month.",
            "agreed",
        ),
    ],
)
def test_a_price_a_text_would_set_is_not_decided(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "price_mechanism") == status
