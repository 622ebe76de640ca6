"""A step under a condition ("if ...") is still weighed, whatever verb its clause has, through
the whole extractor on sentences written here (published 2026-03-10)."""

import pytest
from predict import model_reads_otherwise, status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the condition opens the clause of the step: hypothetical, even with a verb of deciding
        model_reads_otherwise(
            "If Washington imposes tariffs on Chinese graphite, Beijing has said it will "
            "retaliate.",
            "trade_measure",
            "proposed",
        ),
        (
            "If the European Union bans imports of Russian nickel, prices could rise.",
            "trade_measure",
            "proposed",
        ),
        # a measure named by its own participle or told in a relative clause of its own beside
        # a condition stands: the condition holds another step (status convention R5)
        (
            "Traders could face penalties if they help Moscow evade the sanctions imposed on "
            "Russian nickel last year.",
            "sanction",
            "in_force",
        ),
        (
            "If the talks succeed, the deal would be a setback for China, which has banned "
            "exports of graphite technology.",
            "export_control",
            "in_force",
        ),
        # the same step with no condition is decided
        (
            "Washington imposed tariffs on Chinese graphite, and Beijing has said it will "
            "retaliate.",
            "trade_measure",
            "agreed",
        ),
    ],
)
def test_a_step_under_a_condition_is_still_weighed(extractor, text, action, status):
    assert status_of(extractor, text, action) == status
