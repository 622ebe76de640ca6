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
