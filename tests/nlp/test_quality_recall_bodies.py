"""Steps whose sentence gave no event (helper "evrec3", session 19): a body a government sets up to
steer a policy (a task force, working group, office, state company) is its strategy; a company,
mine or share of one bought, told with its seller and price or as control taken, is an
investment; a court halting or striking down a mine's permit, contract or tender is that
permitting step; a mine or plant told as running since a year is a project, a council of states
told back with the year it was launched its bloc; an approval a firm won and land withdrawn from
mining claims are permitting steps. Near misses beside them: a body two governments agree to set
up is their pact, one a leader tells officials to set up is an order."""

import pytest
from predict import action_types, status_of

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # a body set up by a government, told with its year or as the news
        (
            "strategy",
            "Lisbon set up a working group in 2019 to study how Portugal could refine lithium.",
            True,
        ),
        (
            "strategy",
            "Peru will create a state-owned mining company to develop its copper deposits, the "
            "energy minister said on Monday.",
            True,
        ),
        (
            "strategy",
            "Zambia's cobalt task force, set up in 2021, reports to the mines ministry.",
            True,
        ),
        # ... not one two governments agree to set up, nor one officials are told to set up
        (
            "strategy",
            "Kenya and Japan agreed on Monday to set up a working group on cobalt supply.",
            False,
        ),
        (
            "strategy",
            "The president told his ministers to set up a working group on Canadian nickel.",
            False,
        ),
        # a company, mine or share of one bought, with its seller and price or as control
        (
            "investment",
            "Vietnam's Hanoi Metals bought the smelter from its Brazilian rival in 2015 for "
            "about $210 million.",
            True,
        ),
        (
            "investment",
            "Vietnam's state miner bought a majority of the Australian tungsten mine in 2019.",
            True,
        ),
        (
            "investment",
            "In March a Korean battery maker agreed to buy 20% of a Canadian nickel producer.",
            True,
        ),
        # a court halting or striking down a mine's contract or tender
        (
            "permitting",
            "Peru's top court struck down the copper mine's contract in March after protests.",
            True,
        ),
        (
            "permitting",
            "An Argentine court froze the lithium tender won by a Chinese carmaker.",
            True,
        ),
        # a mine or plant running since a year, told in the present perfect
        (
            "project",
            "The Peruvian tin smelter has been running since 2014, refining ore from the south.",
            True,
        ),
        (
            "project",
            "The Chilean copper pit has been producing concentrate since 2009.",
            True,
        ),
        # ... not a country's output told so
        ("project", "Brazil has produced most of the world's niobium since the 1970s.", False),
        # a council of states told back with the year it was launched
        (
            "bloc_formation",
            "The trade council, launched in 2021, gives Canada and the EU a forum on cobalt.",
            True,
        ),
        # an approval a firm won, land withdrawn from mining claims
        (
            "permitting",
            "The Nevada lithium developer won the agency's approval in March 2022.",
            True,
        ),
        (
            "permitting",
            "The copper lands are closed to claims since Washington imposed a 20-year "
            "withdrawal in 2014.",
            True,
        ),
        # a summit to come with its name between the hosting and the summit
        (
            "negotiation",
            "Brazil will host the next BRICS leaders' summit on critical minerals in 2026.",
            True,
        ),
        ("negotiation", "Chile, which hosts the lithium summit, opened it on Monday.", False),
        # states that joined a grouping, told with the month they joined
        (
            "bloc_formation",
            "Peru and Ecuador joined in January, the lithium producers' group said.",
            True,
        ),
    ],
)
def test_steps_told_by_bodies_purchases_and_rulings(
    extractor: Extractor, action: str, text: str, found: bool
) -> None:
    assert (action in action_types(extractor, text)) is found


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a court's ruling that halts or strikes down a permit or a project undoes it (R1)
        (
            "A court in Chile on Tuesday blocked the permit for the lithium mine, ruling that the "
            "environmental review was flawed.",
            "permitting",
            "revoked",
        ),
        (
            "A judge froze the tender for the nickel concession in Indonesia last week.",
            "permitting",
            "revoked",
        ),
        # guard: "blocked" told of a government is a restriction of its own
        (
            "Last month the United States blocked imports of cobalt from the Congo.",
            "trade_measure",
            "in_force",
        ),
    ],
)
def test_a_courts_ruling_undoes_the_permit(
    extractor: Extractor, status_rules_alone: None, text: str, action: str, status: str
) -> None:
    assert status_of(extractor, text, action) == status
