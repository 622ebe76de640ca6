"""Comment by voices outside government: a sentence that opens on analysts, miners, industry
groups and a verb of saying comments on a step told elsewhere and makes no event of its own,
unless it names the step with its actor; a government's voice, or a comment tag after the step,
still does."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "action", "found"),
    [
        # comment sentences: no event
        (
            "Analysts said the new export licences for Chinese gallium would tighten supply in "
            "Europe.",
            "export_control",
            False,
        ),
        (
            "Industry groups welcomed the lithium strategy but said permits for new mines in "
            "Portugal still took years.",
            "permitting",
            False,
        ),
        (
            "Some traders doubted that the planned tin export ban would take effect this year.",
            "export_control",
            False,
        ),
        (
            "Canadian miners said government loans for nickel projects would be the real test.",
            "investment",
            False,
        ),
        # a government's own voice is its step
        (
            "Chilean officials said the government would fund two new copper smelters with $500 "
            "million.",
            "investment",
            True,
        ),
        (
            "Congo said it would ban cobalt exports for four months.",
            "export_control",
            True,
        ),
        # a step the voice reports with its actor is a step
        (
            "Traders said Indonesia banned exports of nickel ore in January 2020.",
            "export_control",
            True,
        ),
        # the step told first, the voice after it: still a step
        (
            "Congo banned cobalt exports for four months, analysts said.",
            "export_control",
            True,
        ),
    ],
)
def test_a_sentence_opening_on_an_outside_voice_gives_no_event(
    extractor: Extractor, text: str, action: str, found: bool
) -> None:
    assert (action in action_types(extractor, text)) is found
