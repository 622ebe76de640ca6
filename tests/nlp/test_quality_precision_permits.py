"""`permitting` is a government's approval, permit, fast-track designation or permitting reform
(TAXONOMY): a permit a project needs, awaits, holds or lacks is no such step, and money
approved or granted is an investment, not a permit. Sentences written here, read through the
whole extractor; each pair shares its permit words with a sentence where a government acts."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_STEP = [
    "The lithium mine in Nevada needs a federal permit before construction can start.",
    "The company is waiting for an environmental permit for its copper mine in Chile.",
    "The company's nickel project in Indonesia has a mining permit covering 5,000 hectares.",
    "Lithium Americas holds an environmental permit for the lithium mine in Nevada.",
    "The German government granted 150 million euros to a lithium refinery in Brandenburg.",
    "The agency approved a $465 million loan for a rare earth mine in Brazil.",
]

STEP = [
    "The Nevada regulator issued a federal permit for the lithium mine on Monday.",
    "Chile's environment agency granted an environmental permit for the copper mine.",
    "The German government granted a permit to a lithium refinery in Brandenburg.",
    "The agency approved a rare earth mine in Brazil after a two-year review.",
]


@pytest.mark.parametrize("text", NO_STEP)
def test_a_permit_needed_or_money_approved_is_no_permitting_step(
    extractor: Extractor, text: str
) -> None:
    assert "permitting" not in action_types(extractor, text)


@pytest.mark.parametrize("text", STEP)
def test_a_permit_issued_or_a_plant_approved_is_permitting(extractor: Extractor, text: str) -> None:
    assert "permitting" in action_types(extractor, text)
