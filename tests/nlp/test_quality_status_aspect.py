"""Event status from tense, aspect and the kind of step, through the whole extractor, on
sentences written here (published 2026-03-10): the rule families added for unseen news."""

import pytest
from predict import action_statuses


def status_of(extractor, text: str, action: str) -> str | None:
    """The status of the first event of `action` in `text`, or None when there is none."""
    return next((s for a, s in action_statuses(extractor, text) if a == action), None)


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a pact is a one-off act: signed months or years ago it is still that signature
        (
            "In November Chile signed a memorandum of understanding with the European Union "
            "on a partnership covering lithium and copper.",
            "agreement",
            "agreed",
        ),
        (
            "The accord builds on a 2023 agreement in which Australia and India pledged to "
            "cooperate on lithium and cobalt supply chains.",
            "agreement",
            "agreed",
        ),
        (
            "Kazakhstan and South Korea reached a framework agreement on tungsten supply in "
            "June 2024.",
            "agreement",
            "agreed",
        ),
        # a standing measure of the same age still reads as in force
        (
            "Zimbabwe banned exports of raw lithium ore in December 2022.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_an_old_pact_stays_agreed_while_an_old_ban_stands(extractor, text, action, status):
    assert status_of(extractor, text, action) == status
