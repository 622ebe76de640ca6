"""Faster permits a rule makes projects eligible for are the rule's effect, not a permitting
step; a project fast-tracked is. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_PERMITTING = [
    "Being named critical makes graphite mines in Canada eligible for faster permitting.",
    "Lithium projects on the list may qualify for expedited permitting under the new rules.",
]


@pytest.mark.parametrize("text", NO_PERMITTING)
def test_eligibility_for_permits_is_no_permitting(extractor: Extractor, text: str) -> None:
    assert "permitting" not in action_types(extractor, text)


def test_a_fast_tracked_project_is_permitting(extractor: Extractor) -> None:
    assert "permitting" in action_types(
        extractor, "Australia fast-tracked four lithium mining projects on Tuesday."
    )
