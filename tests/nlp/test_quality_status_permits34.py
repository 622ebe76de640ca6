"""Status readings of session 34 for permits and projects (docs/status-convention.md), read
through the whole extractor with both learned models off, as the rows test the rules. Each table
holds rows where the reading must fire and rows where it must not."""

import pytest
from predict import status_of

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a proposed mine refused by the authority: the approval withheld, revoked (R1)
        (
            "Quebec's environment minister on Monday rejected Sayona Mining's proposed "
            "lithium mine near Val-d'Or, citing the risk to wetlands.",
            "revoked",
        ),
        (
            "The Environmental Protection Agency on Friday vetoed the proposed Resolution copper "
            "mine in Arizona.",
            "revoked",
        ),
        (
            "A federal review panel has rejected Teck Resources' planned Frontier coal mine in "
            "northern Alberta.",
            "revoked",
        ),
        (
            "Ottawa on Thursday rejected Vale's proposal to expand its Voisey's Bay nickel mine "
            "in Labrador.",
            "revoked",
        ),
        # a permit granted for a proposed mine named by its owner: the permit decided (R6)
        (
            "Nevada regulators have issued a water permit for Ioneer's proposed Rhyolite Ridge "
            "lithium project, the company said on Tuesday.",
            "agreed",
        ),
        (
            "Norway's government approved the discharge permit for Nussir's planned copper mine "
            "on Tuesday.",
            "agreed",
        ),
        # not: a refusal only weighed
        (
            "The minister said he could reject Sayona Mining's proposed lithium mine near "
            "Val-d'Or.",
            "proposed",
        ),
        # not: a bid against the permit refused; the permit stands as granted
        (
            "A judge on Monday rejected a bid by ranchers to overturn the permit for the "
            "Thacker Pass lithium mine.",
            "agreed",
        ),
        # not: an application filed for a proposed mine, still awaited (R3)
        (
            "Ioneer has applied for a water permit for its proposed Rhyolite Ridge lithium "
            "project in Nevada.",
            "proposed",
        ),
    ],
)
def test_a_proposed_mine_refused_or_permitted(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "permitting") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a plant told as being built for some time, near finished or under construction:
        # decided and under way (R6)
        (
            "Iluka has been building its own rare earths refinery at Eneabba in Western "
            "Australia to process monazite.",
            "agreed",
        ),
        (
            "Umicore has almost finished building the cathode plant in Ontario, which will "
            "supply nickel-rich materials to carmakers.",
            "agreed",
        ),
        (
            "Arafura won a A$30 million grant to help fund its rare earths separation plant "
            "under construction near Alice Springs.",
            "agreed",
        ),
        # not: a plant still planned
        (
            "Iluka plans to build a rare earths refinery at Eneabba in Western Australia.",
            "proposed",
        ),
        (
            "Arafura won a A$30 million grant to help fund its planned rare earths separation "
            "plant near Alice Springs.",
            "proposed",
        ),
    ],
)
def test_a_plant_being_built_is_decided(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "project") == status
