"""actps (session 27): a plant's first output, commissioning begun and a foundation stone laid
are project steps; a plant named as what money will go toward is the money's aim, and a "close
eye" closes nothing. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

PROJECT = [
    "Norvale Metals said its new plant in Ontario was producing first battery-grade nickel "
    "sulphate.",
    "Keystone Minerals expects its tungsten mine in Portugal to start commissioning next month.",
    "Commissioning began in May at the Arvika lithium hydroxide refinery, the company said.",
    "The prime minister laid the foundation stone of a nickel smelter on Sulawesi on Friday.",
]

# what must not change: one plant's own step
STILL_PROJECT = [
    "Orbis Mining closed its copper mine in Zambia on Monday after a collapse.",
]

NO_PROJECT = [
    "The department said the grant will go toward commissioning the company's cobalt refinery in "
    "Ohio.",
    "The ministry said it would keep a close eye on output at the country's nickel smelters.",
]


@pytest.mark.parametrize("text", PROJECT + STILL_PROJECT)
def test_a_plants_own_step_is_a_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)


@pytest.mark.parametrize("text", NO_PROJECT)
def test_funded_aims_and_close_watch_are_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)
