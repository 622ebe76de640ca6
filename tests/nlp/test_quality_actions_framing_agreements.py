"""An agreement named as the frame of another fact ("under a truce agreed by the presidents",
"as part of a partnership") is a reference, no agreement step of its own; an agreement signed
or reached is one. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

AGREEMENTS = [
    "Japan and Chile signed a memorandum on copper and lithium supply chains on Monday.",
    "India and Australia reached an agreement on critical minerals investment in March.",
]

FRAMES = [
    "China suspended its curbs on gallium exports in November under a trade truce reached by "
    "the two presidents.",
    "Rwanda began exporting tin concentrate to Belgium in 2019 under a 2015 agreement with a "
    "Belgian smelter.",
    "Beijing paused its export controls on graphite for a year as part of a truce with Washington.",
]


@pytest.mark.parametrize("text", AGREEMENTS)
def test_agreement(extractor: Extractor, text: str) -> None:
    assert "agreement" in action_types(extractor, text)


@pytest.mark.parametrize("text", FRAMES)
def test_frame_is_no_agreement(extractor: Extractor, text: str) -> None:
    assert "agreement" not in action_types(extractor, text)
