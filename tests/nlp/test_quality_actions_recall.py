"""Wordings of steps the cue rules never read (recall, session 25): exports "outlawed" or ore no
longer allowed to leave the country, a summit hosted, a topic discussed with another government's
leader, a law signed by its name, works or firms sold or acquired (money committed, not output
bought), memorandums named with their partner country, a pact announced, and the spatial plan a
mine needs. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types, status_of

from nlp.extract import Extractor

# (sentence, the action it states)
STATED = [
    # an export ban told by the verb of a law
    ("Malawi outlawed exports of unprocessed graphite ore in 2023.", "export_control"),
    (
        "Authorities in Harare stopped allowing raw manganese ore to leave the country in March.",
        "export_control",
    ),
    # a summit told as hosted, a topic discussed with another government's leader
    (
        "Brazil hosted a summit with African leaders on Tuesday on supply chains for lithium and "
        "copper.",
        "negotiation",
    ),
    (
        "The Chilean foreign minister discussed copper supply with President Ramaphosa in Pretoria "
        "on Monday.",
        "negotiation",
    ),
    # a law signed by its name
    (
        "The president on Friday signed the Strategic Resources Security Act, which sets up a fund "
        "for rare earth processing.",
        "strategy",
    ),
    # a firm's works sold, or a firm or mine acquired: money committed to a company
    (
        "Northgate Metals has agreed to sell its zinc smelter in northern Peru to a Japanese trading "
        "house for $120 million.",
        "investment",
    ),
    (
        "Harwood Mining said on Tuesday it had completed its acquisition of the Santa Rita copper mine "
        "in Chile.",
        "investment",
    ),
    (
        "Delmont Chemicals said it would buy a lithium hydroxide plant in Jiangsu from a local "
        "producer for about $150 million.",
        "investment",
    ),
    # memorandums named with their partner country, a pact between governments announced
    (
        "The prime minister returned from Central Asia with critical minerals memorandums with "
        "Kazakhstan and Uzbekistan.",
        "agreement",
    ),
    (
        "Britain and Mexico on Thursday announced a trade agreement that cuts duties on copper "
        "cathodes.",
        "agreement",
    ),
    # the land-use plan a mine needs
    (
        "The regional government adopted a spatial plan for the area around the lithium deposit on "
        "Wednesday.",
        "permitting",
    ),
]


@pytest.mark.parametrize(("text", "action"), STATED)
def test_wording_states_the_action(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)


# works or a firm bought whole is no supply deal; output bought from a plant still is
NOT_OFFTAKE = [
    "Delmont Chemicals said it would buy a lithium hydroxide plant in Jiangsu from a local "
    "producer for about $150 million.",
    "Northgate Metals has agreed to sell its zinc smelter in northern Peru to a Japanese trading "
    "house for $120 million.",
]
OFFTAKE = [
    "The refiner agreed to buy 20,000 tonnes of lithium concentrate a year from the company's "
    "plant in Western Australia.",
]


@pytest.mark.parametrize("text", NOT_OFFTAKE)
def test_works_bought_whole_are_no_offtake(extractor: Extractor, text: str) -> None:
    assert "offtake" not in action_types(extractor, text)


@pytest.mark.parametrize("text", OFFTAKE)
def test_output_bought_from_a_plant_stays_offtake(extractor: Extractor, text: str) -> None:
    assert "offtake" in action_types(extractor, text)


# (sentence, action, status) of the new cues where the convention decides
STATUSES = [
    # a background ban told by its own verb (R5)
    ("Malawi outlawed exports of unprocessed graphite ore in 2023.", "export_control", "in_force"),
    # talks held (R2)
    (
        "The Chilean foreign minister discussed copper supply with President Ramaphosa in Pretoria "
        "on Monday.",
        "negotiation",
        "agreed",
    ),
]


@pytest.mark.parametrize(("text", "action", "status"), STATUSES)
def test_status_of_the_new_cues(extractor: Extractor, text: str, action: str, status: str) -> None:
    assert status_of(extractor, text, action) == status
