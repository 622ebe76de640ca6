"""Document actions the labels do not have (helper actprec2): plants or money a reacting group
says are needed after welcoming another step; unrest "building" for weeks and a plant the flora;
a meeting no date is set for; centres of excellence; plans to end a war; shares foreign owners
must sell to local owners; goods stopped in transit; a forum hosted every year. Sentences
written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

# a group that welcomes a step but says more mines or money are needed: commentary
WELCOMED_BUT = [
    (
        "Mining groups welcomed the new strategy but said faster permits would be needed to open "
        "new lithium mines.",
        "project",
    ),
    (
        "Industry associations welcomed the copper plan but said slow permitting remained the main "
        "obstacle to bringing new mines into production.",
        "project",
    ),
    (
        "Carmakers welcomed the lithium strategy but said more public money and loans would be "
        "needed for refineries.",
        "investment",
    ),
]
# a plant opened that a group welcomes stays a project
WELCOMED_PLANTS = [
    "Mining groups welcomed the opening of the new lithium refinery in Nevada on Monday.",
]


@pytest.mark.parametrize("text,action", WELCOMED_BUT)
def test_what_a_welcoming_group_says_is_needed_is_no_step(
    extractor: Extractor, text: str, action: str
) -> None:
    assert action not in action_types(extractor, text)


@pytest.mark.parametrize("text", WELCOMED_PLANTS)
def test_a_welcomed_plant_stays_a_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)


# unrest "building" for a time near a mine, or a plant the flora, is no plant built
BUILDING_UNREST = [
    "Anger in the town near the nickel mine has been building for months.",
    "Tension around the lithium mine has been building for weeks, the police said.",
    # a plant the flora, named by its habitat
    "The developer has changed its lithium mine plan to protect the plant's habitat near the site.",
]
# a plant built for a time stays a project
BUILDING_PLANTS = [
    "The company has been building its cobalt refinery since 2023.",
]


@pytest.mark.parametrize("text", BUILDING_UNREST)
def test_unrest_building_or_a_flora_plant_is_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


@pytest.mark.parametrize("text", BUILDING_PLANTS)
def test_a_refinery_being_built_stays_a_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)


# a meeting for which no date has been set: no talks held or planned
UNDATED_MEETINGS = [
    "Diplomats said no date had been set for a ministerial meeting between Chile and Argentina "
    "on lithium.",
]


@pytest.mark.parametrize("text", UNDATED_MEETINGS)
def test_a_meeting_without_a_date_is_no_negotiation(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)


# centres of excellence set up for skills or research: institutions, no grouping of states
CENTRES = [
    "Participants endorsed the creation of a network of centres of excellence across Africa and "
    "Latin America to develop skills for the lithium industry.",
]
# a partnership two governments launch stays a bloc
PARTNERSHIPS = [
    "Japan and India launched a critical minerals partnership on Monday.",
]


@pytest.mark.parametrize("text", CENTRES)
def test_centres_of_excellence_are_no_bloc(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" not in action_types(extractor, text)


@pytest.mark.parametrize("text", PARTNERSHIPS)
def test_a_launched_partnership_stays_a_bloc(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)


# a plan to end a war: no minerals policy
WAR_PLANS = [
    "The president presented his victory plan to parliament on Wednesday, offering allies a share "
    "in developing the country's lithium and titanium.",
]
# a minerals strategy published stays a strategy
STRATEGIES = [
    "The government published its critical minerals strategy on Monday, listing lithium and cobalt.",
]


@pytest.mark.parametrize("text", WAR_PLANS)
def test_a_plan_to_end_a_war_is_no_strategy(extractor: Extractor, text: str) -> None:
    assert "strategy" not in action_types(extractor, text)


@pytest.mark.parametrize("text", STRATEGIES)
def test_a_published_strategy_stays_a_strategy(extractor: Extractor, text: str) -> None:
    assert "strategy" in action_types(extractor, text)


# a share foreign owners must sell to local owners, told by its percentage or the holding it
# lifts: a localisation rule or a sale, no security order
LOCAL_DIVESTMENTS = [
    "Rules introduced last year require foreign miners to divest 51% of their nickel operations to "
    "local owners.",
    "The divestment, which lifts the state miner's holding to 34%, was a condition for extending "
    "the nickel contract.",
]
# holdings a government orders sold on security grounds stay a sanction
ORDERED_DIVESTMENTS = [
    "Canada ordered three Chinese companies to divest their holdings in lithium explorers, citing "
    "national security.",
    "The Treasury ordered the Chinese fund to divest its 25% stake in the rare earths miner on "
    "security grounds.",
]


@pytest.mark.parametrize("text", LOCAL_DIVESTMENTS)
def test_a_local_ownership_divestment_is_no_sanction(extractor: Extractor, text: str) -> None:
    assert "sanction" not in action_types(extractor, text)


@pytest.mark.parametrize("text", ORDERED_DIVESTMENTS)
def test_an_ordered_divestment_stays_a_sanction(extractor: Extractor, text: str) -> None:
    assert "sanction" in action_types(extractor, text)


# goods of another country stopped in transit through one's own: a transit step, no export control
TRANSIT_STOPS = [
    "The miner used to ship its potash through the port until Latvia stopped the rail transit of "
    "Belarusian potash in 2022.",
]
# a ban on one's own exports stays an export control
EXPORT_BANS = [
    "China banned exports of gallium to the United States on Tuesday.",
]


@pytest.mark.parametrize("text", TRANSIT_STOPS)
def test_a_transit_stopped_is_no_export_control(extractor: Extractor, text: str) -> None:
    assert "export_control" not in action_types(extractor, text)


@pytest.mark.parametrize("text", EXPORT_BANS)
def test_an_export_ban_stays_an_export_control(extractor: Extractor, text: str) -> None:
    assert "export_control" in action_types(extractor, text)


# a forum a country hosts every year: a conference, no grouping of states formed
ANNUAL_FORUMS = [
    "Riyadh wants to secure lithium for its own battery industry, and the kingdom hosts the annual "
    "Desert Minerals Forum, which invites ministers from Africa and Asia.",
]
# a forum countries launch stays a bloc
LAUNCHED_FORUMS = [
    "Ten countries launched a critical minerals forum on Monday to coordinate lithium supply chains.",
]


@pytest.mark.parametrize("text", ANNUAL_FORUMS)
def test_an_annual_forum_hosted_is_no_bloc(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" not in action_types(extractor, text)


@pytest.mark.parametrize("text", LAUNCHED_FORUMS)
def test_a_launched_forum_stays_a_bloc(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)
