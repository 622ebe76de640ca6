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


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a step undone by its own passive predicate after the words naming it: revoked (R1)
        (
            "The $300 million loan the Energy Department granted the battery maker last year "
            "has been terminated without any money drawn, court filings showed on Monday.",
            "investment",
            "revoked",
        ),
        (
            "The free trade negotiations with India, which began in 2022, were never concluded "
            "and have been quietly shelved, officials said on Monday.",
            "negotiation",
            "revoked",
        ),
        (
            "The export levy on nickel matte, which Jakarta introduced in 2022, would be "
            "scrapped, the finance minister said on Tuesday.",
            "export_control",
            "revoked",
        ),
        # not: a predicate that undoes nothing, or a negated undoing
        (
            "The $300 million loan the Energy Department granted the battery maker last year "
            "has been drawn in full, court filings showed on Monday.",
            "investment",
            "agreed",
        ),
        (
            "The export controls on gallium that Beijing imposed in 2023 have not been lifted, "
            "the ministry said on Monday.",
            "export_control",
            "in_force",
        ),
        # not: an undoing only weighed (R3)
        (
            "The ban on lithium exports could be lifted next year, the minister said on Monday.",
            "export_control",
            "proposed",
        ),
        # not: a step told by its own verb first; the later undoing is another step's
        (
            "China imposed export controls on gallium in 2023 that were lifted in 2025.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_a_step_undone_by_its_own_passive_after_its_naming_is_revoked(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    action: str,
    status: str,
) -> None:
    assert status_of(extractor, text, action) == status
