"""Talks, pacts and plants told in passing (helper "actpn"): the years a pact took to negotiate,
countries in talks about joining a group, leaders at home convened to discuss, budget talks, a
firm's talks with its buyers, a standing trade deal named as the frame of another step, free
trade agreements as a kind, a carmaker's halted car line, a deposit a loan is to develop, oil and
gas output, solar plants and a project halted by a ban are no talks, pact or plant step; leaders'
calls are talks, governments agreeing to cut tariffs make a deal, and a plan to double a mine's
output is a project step. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

# the age of a pact, joining talks, talks at home, a firm's talks with its buyers: no talks
# between governments
NOT_TALKS = [
    "The European Parliament froze ratification of the EU's investment agreement with China, a "
    "pact that took seven years to negotiate.",
    "Brazil and the European Union signed the trade accord on Friday, more than twenty years "
    "after negotiations began.",
    "The State Department said it was in talks with other countries, including Peru, Chile and "
    "Kenya, about joining the lithium partnership.",
    "Talks in Washington over another round of pandemic relief spending lifted gold prices, "
    "while copper fell.",
    "Seabed mining has stalled because the authority's member states have yet to agree a code "
    "after more than a decade of negotiations between them.",
    "Mining executives in Toronto will find a Canadian government that talks about critical "
    "minerals more than any before it.",
    "The Australian miner signed an offtake with a Chinese refiner last year, and talks with other "
    "Chinese and Korean buyers on the rest of its output are continuing.",
]
TALKS = [
    "The United States and Japan held talks on critical minerals in Tokyo on Monday.",
    "Canada's prime minister spoke with U.S. President Donald Trump by phone on Monday about "
    "critical minerals.",
    "The European Union and China agreed on Wednesday to speed up work on the deal, after a video "
    "call between Chinese President Xi Jinping and EU leaders.",
    "Indonesia is trying to negotiate a trade deal with Washington before a July deadline, as "
    "work took place at the new smelter.",
]


@pytest.mark.parametrize("text", NOT_TALKS)
def test_pacts_age_joining_and_talks_at_home_are_no_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)


@pytest.mark.parametrize("text", TALKS)
def test_talks_between_governments_stay_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


# a standing trade deal named as the frame of another step, a small car, free trade agreements
# as a kind or lacked: no pact made
NOT_PACTS = [
    "Britain pays a 25% tariff on steel under its trade deal with Washington.",
    "South Korea has pledged to invest in U.S. shipbuilding as part of its tariff deal with "
    "Washington.",
    "Toyota halted production of its compact car at a plant in Japan because of a shortage of "
    "Chinese rare earth magnets.",
    "Korean battery makers have been signing supply deals in Chile to qualify for U.S. tax "
    "credits, which favour minerals from countries with a free trade agreement with Washington.",
    "Indonesian batteries struggle to qualify for U.S. tax credits because of the country's lack "
    "of a free trade agreement with Washington.",
]
PACTS = [
    "South Korea and Canada signed a critical minerals agreement on Tuesday.",
    "Vietnam and the United States agreed in Hanoi on Friday to cut tariffs on each other's "
    "goods for six months.",
    "The United States agreed on Monday to ease its tariffs on Mexican steel, and Mexico said it "
    "would drop its duties on American pork.",
]


@pytest.mark.parametrize("text", NOT_PACTS)
def test_standing_deals_and_small_cars_are_no_pact(extractor: Extractor, text: str) -> None:
    assert "agreement" not in action_types(extractor, text)


@pytest.mark.parametrize("text", PACTS)
def test_pacts_and_tariff_cuts_agreed_are_pacts(extractor: Extractor, text: str) -> None:
    assert "agreement" in action_types(extractor, text)


# a carmaker's car line halted, a deposit a loan is to develop (the investment), oil and gas
# output, a solar plant, a project told as halted by a ban: no project step; a plan to double
# output is one
NOT_PROJECT = [
    "Ford shut down production of its sport utility vehicle at its Chicago plant after China "
    "curbed rare earth exports.",
    "Toyota said on Friday it had become the first Japanese carmaker to halt output because of "
    "China's rare earth export curbs.",
    "Japan's state agency lent $250 million to the Australian miner to develop its rare earth "
    "deposit in Western Australia.",
    "Senegal, which produces phosphate and zircon, is due to begin producing oil and gas this year.",
    "Zimbabwe's government said the platinum miner would build a solar plant near Harare.",
    "Greenland's 2021 ban on uranium mining halted the neighbouring rare earth project, the "
    "Australian company said.",
]
PROJECT = [
    "Glencore halted production at its cobalt refinery in Canada, which supplies electric "
    "vehicle makers in Europe.",
    "The Emirati investor said it planned to double Nkana's output within five years, the Zambian "
    "copper miner said.",
    "The merged Argentine lithium company expects to triple production capacity by 2028.",
]


@pytest.mark.parametrize("text", NOT_PROJECT)
def test_car_lines_loans_aims_oil_and_solar_are_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


@pytest.mark.parametrize("text", PROJECT)
def test_plant_halts_and_output_doubled_are_projects(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)
