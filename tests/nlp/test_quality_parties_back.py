"""Whose step a sentence naming no country tells ("The government relaxed the ban"): the party
it refers back to, not the report's lead party, on short texts written here and read through
the whole extractor (helper evref, session 19)."""

import pytest

from nlp.extract import Extractor


def actors_of(extractor: Extractor, title: str, text: str, words: str) -> set[str]:
    """The actors of the first event whose evidence holds `words`."""
    pred = extractor.extract({"id": "t", "title": title, "text": text, "published": "2025-06-04"})
    event = next(e for e in pred["events"] if words in e["evidence"])
    return set(event["actors"])


@pytest.mark.parametrize(
    ("title", "text", "words", "actors"),
    [
        # "The government" after the steps of the country the text names most: that country's
        # step, not the title's country's
        (
            "Chinese smelter groups pour money into nickel",
            "Indonesia banned exports of nickel ore in 2020. Indonesia now hosts dozens of "
            "smelters built by Chinese groups. The government relaxed the nickel ore ban last "
            "year for firms that build refineries.",
            "relaxed",
            {"IDN"},
        ),
        (
            "Chinese buyers eye lithium in southern Africa",
            "Namibia stopped exports of unprocessed lithium ore in 2023. Namibia wants more "
            "processing at home. The government granted tax holidays to three lithium plants "
            "on Monday.",
            "tax holidays",
            {"NAM"},
        ),
        # "the" with a noun of a government a few words on
        (
            "Japan's trading houses chase cobalt",
            "Zambia signed a cobalt supply deal with the United Arab Emirates in May. Zambia is "
            "Africa's second-biggest copper producer. The mines ministry announced a new cobalt "
            "export licence regime on Monday.",
            "licence",
            {"ZMB"},
        ),
        # a date may open the sentence before "the government"
        (
            "Chinese smelter groups pour money into nickel",
            "Indonesia banned exports of nickel ore in 2020. Indonesia now hosts dozens of "
            "smelters built by Chinese groups. In January the government eased the nickel ore "
            "ban for firms that build refineries.",
            "eased",
            {"IDN"},
        ),
        # the country's step may stand a few sentences back
        (
            "Chinese buyers eye lithium in southern Africa",
            "Namibia stopped exports of unprocessed lithium ore in 2023. Namibia wants more "
            "processing at home. Output rose sharply last year. Prices fell in the spring. "
            "Buyers held back in the summer. The government granted tax holidays to three "
            "lithium plants on Monday.",
            "tax holidays",
            {"NAM"},
        ),
        # guard: the step before is another country's, named as often as the lead's: the
        # report's lead party stands
        (
            "Korea's battery makers seek fluorspar",
            "Japan agreed to supply fluorspar to Korea in May. The government will also ease "
            "permits for new fluorspar plants.",
            "ease permits",
            {"KOR"},
        ),
    ],
)
def test_a_government_told_back_is_the_country_of_the_steps_before(
    extractor, title, text, words, actors
):
    assert actors_of(extractor, title, text, words) == actors


@pytest.mark.parametrize(
    ("title", "text", "words", "actors"),
    [
        # a leader named far from the cue, with "his government" at it
        (
            "Japanese buyers watch nickel policy",
            "Marcos has said he wants more processing at home, and his government has floated "
            "a ban on exports of unprocessed nickel ore.",
            "ban",
            {"PHL"},
        ),
        # a leader named after the measure told back
        (
            "Korean smelters cheer tariff pause",
            "The tariffs took effect on Tuesday after Trump had paused them for 30 days.",
            "paused",
            {"USA"},
        ),
    ],
)
def test_a_leaders_country_acts_in_a_sentence_naming_no_country(
    extractor, title, text, words, actors
):
    assert actors_of(extractor, title, text, words) == actors


@pytest.mark.parametrize(
    ("title", "text", "words", "actors"),
    [
        # the OECD wrote the guidance importers must follow: the law's maker acts
        (
            "EU importers face sourcing checks",
            "The new law requires importers of tin to follow the OECD's due diligence guidance "
            "from January.",
            "OECD",
            {"EU"},
        ),
        (
            "EU importers face sourcing checks",
            "The new standard refers to the OECD's due diligence guidance for each step.",
            "OECD",
            {"EU"},
        ),
    ],
)
def test_a_party_whose_text_is_followed_is_no_actor(extractor, title, text, words, actors):
    assert actors_of(extractor, title, text, words) == actors


@pytest.mark.parametrize(
    ("title", "text", "words", "actors"),
    [
        # a firm's home is no actor of a permit ...
        (
            "U.S. regulators clear copper mine",
            "The Environmental Protection Agency agreed to let the Canadian company apply for "
            "federal permits for the copper mine.",
            "permits",
            {"USA"},
        ),
        # ... nor of a quota a state sets
        (
            "Chile revises lithium deal",
            "The agency raised the US company's lithium production quota under a preferential "
            "price scheme for domestic processors.",
            "quota",
            {"CHL"},
        ),
        # guard: a firm's plant is its home's project
        (
            "U.S. nickel plant planned",
            "The Canadian company will build a nickel processing plant in Ohio next year.",
            "plant",
            {"CAN"},
        ),
        # guard: the party's own clause ("had stood firm"), no firm's home
        (
            "Trade row",
            "The minister said Canada had stood firm and would keep its tariffs on steel.",
            "tariffs",
            {"CAN"},
        ),
    ],
)
def test_a_firms_home_is_no_actor_of_a_states_step(extractor, title, text, words, actors):
    assert actors_of(extractor, title, text, words) == actors
