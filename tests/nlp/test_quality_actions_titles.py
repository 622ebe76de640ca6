"""Mining titles other than licences and permits: a moratorium on new mining contracts lifted, a
ban on open-pit mining, production contracts or a tender awarded or annulled are permitting
steps; a firm's supply contract or a moratorium on something else is not. Sentences written here,
read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

TITLE_STEP = [
    "The president lifted a moratorium on new mining agreements to revive nickel output.",
    "Ecuador imposed a ban on open-pit mining in the copper-rich south on Tuesday.",
    "The ministry awarded two lithium production contracts to a Korean consortium.",
    "A court annulled the lithium tender won by a Chinese carmaker last month.",
    "The government cancelled the copper mining contracts signed by the previous administration.",
]

NOT_A_TITLE_STEP = [
    "The company signed a contract to supply copper cathode to a Japanese trader.",
    "The cobalt miner declared a moratorium on dividend payments after the price slump.",
    "The union called off a strike at the lithium plant after the company raised wages.",
]


@pytest.mark.parametrize("text", TITLE_STEP)
def test_title_step_is_permitting(extractor: Extractor, text: str) -> None:
    assert "permitting" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_A_TITLE_STEP)
def test_not_a_title_step(extractor: Extractor, text: str) -> None:
    assert "permitting" not in action_types(extractor, text)


# a company's board approving its own project is a company decision, not a permit
BOARD_DECISIONS = [
    "The rare earths miner's board approved the refinery project on Monday.",
    "The lithium project received shareholder approval at a meeting in Perth.",
]


@pytest.mark.parametrize("text", BOARD_DECISIONS)
def test_board_decision_is_no_permit(extractor: Extractor, text: str) -> None:
    assert "permitting" not in action_types(extractor, text)


def test_government_approval_stays_a_permit(extractor: Extractor) -> None:
    text = "Western Australia's government approved the rare earths refinery project on Monday."
    assert "permitting" in action_types(extractor, text)
