"""Status readings of session 32's second status round (docs/status-convention.md, "Session
32"), read through the whole extractor with both learned models off, as the rows test the rules.
Each table holds rows where the reading must fire and rows where it must not."""

import pytest
from predict import status_of

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a wish told by "would like to" decides nothing: proposed (R3), as "wants to"
        (
            "Indonesia would like to join the Minerals Security Partnership, its trade minister "
            "said on Monday.",
            "proposed",
        ),
        ("Kenya said it would like to join BRICS.", "proposed"),
        # not: the actor's own "said it would" is decided (R6)
        ("Kenya said it would join BRICS.", "agreed"),
        # not: a bloc joined
        ("Indonesia joined the Minerals Security Partnership on Monday.", "agreed"),
    ],
)
def test_a_step_one_would_like_to_take_is_proposed(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "bloc_formation") == status
