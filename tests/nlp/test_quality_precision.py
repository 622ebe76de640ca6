"""Precision: cue words in other senses (a bloc as a place, a trade licence, a market price,
readiness to talk, a signed framework) make no policy event of that type, while the policy
sense still does. Sentences written here, read through the whole extractor."""

import pytest

from nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def actions(extractor: Extractor, text: str) -> list[str]:
    pred = extractor.extract({"id": "p", "text": text, "published": "2026-03-10", "title": ""})
    return [e["action"] for e in pred["events"]]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the bloc as a place, not a grouping formed or joined
        (
            "Brussels wants projects outside the bloc to create jobs locally and refine lithium.",
            "bloc_formation",
        ),
        (
            "Demand for nickel within the bloc is set to double as carmakers build new plants.",
            "bloc_formation",
        ),
        # licences to ship goods are trade controls, not permits for mines
        (
            "Japanese magnet makers waited for permits for months after the rare earth curbs.",
            "permitting",
        ),
        (
            "Moving cobalt concentrate by road now needs a written permit from the ministry.",
            "permitting",
        ),
        (
            "Traders said import permits for tungsten ore were slow to arrive in Vietnam.",
            "permitting",
        ),
        # the market's benchmark is no price mechanism
        (
            "Chilean copper cargoes sold at a discount to international benchmark prices last week.",
            "price_mechanism",
        ),
        (
            "Nickel ore in the Philippines traded above global benchmark prices in June.",
            "price_mechanism",
        ),
        # saying one is ready to talk is no talks
        (
            "Beijing said it was ready to discuss its gallium export rules with any country.",
            "negotiation",
        ),
        (
            "Jakarta remained open to dialogue on its nickel ore policy, a spokesman said.",
            "negotiation",
        ),
        (
            "Pretoria wants to settle the platinum dispute through dialogue, the minister said.",
            "negotiation",
        ),
        # a framework signed by two governments is their agreement, not a national strategy
        (
            "Canberra and Tokyo signed a framework on lithium and rare earth supply on Monday.",
            "strategy",
        ),
    ],
)
def test_cue_words_in_other_senses_make_no_event(extractor, text, absent):
    assert absent not in actions(extractor, text)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Brazil joined the bloc of lithium producers on Tuesday.", "bloc_formation"),
        ("Ottawa issued permits for two new lithium mines in Quebec.", "permitting"),
        ("Argentina granted the permit for the copper mine in San Juan.", "permitting"),
        ("Indonesia set a benchmark price for nickel ore sold to smelters.", "price_mechanism"),
        ("Washington and Tokyo held talks on a cobalt supply deal.", "negotiation"),
        ("Seoul proposed talks with Canberra to discuss lithium supply.", "negotiation"),
        ("The European Commission published a framework for critical raw materials.", "strategy"),
        ("Canberra and Tokyo signed a framework on lithium supply on Monday.", "agreement"),
    ],
)
def test_the_policy_sense_still_counts(extractor, text, action):
    assert action in actions(extractor, text)
