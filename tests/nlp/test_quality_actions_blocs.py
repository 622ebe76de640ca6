"""A grouping of states formed, joined or left is a bloc step; a bloc that is only the subject
of another step ("the EU launched a WTO case"), people who are "members" of something, and a
government's own working group are not. Sentences written here, read through the whole
extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NOT_A_BLOC_STEP = [
    "The European Union launched a dispute at the WTO over Chinese curbs on gallium exports.",
    "The African Union established in 2002 has long debated cobalt royalties, officials said.",
    "ASEAN launched a review of nickel smelter emissions across the region on Monday.",
    "Protesters set up roadblocks near the copper mine, and members of the community joined them.",
    "Members of the local council set up a committee to monitor the lithium project's water use.",
    "The minister set up a working group to review the uranium supply chain within 90 days.",
    "The energy department formed a task force to study lithium refining at home.",
    "Zambia will create a special economic zone for cobalt and copper processing near Ndola.",
    "The Commission launched a battery alliance of industry and investors to build lithium cells.",
]

BLOC_STEP = [
    "Vietnam joined the Minerals Security Partnership on Tuesday, the State Department said.",
    "Seven governments launched a critical minerals alliance to pool rare earth purchases.",
    "Kenya has been invited to join the MSP as it seeks investment in its cobalt deposits.",
    "India is a member of the Minerals Security Partnership on lithium and cobalt supply.",
    "The US and 10 allies set up a coalition to coordinate graphite and lithium purchases.",
]


@pytest.mark.parametrize("text", NOT_A_BLOC_STEP)
def test_no_bloc_step(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" not in action_types(extractor, text)


@pytest.mark.parametrize("text", BLOC_STEP)
def test_bloc_step(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)
