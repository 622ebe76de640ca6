"""Status read from a date (the ageing rule of nlp/status.py `choose_status`), through the whole
extractor with the learned status model off, on sentences written here (published
2026-03-10): an old standing text ages into force, unless the sentence names it as the
earlier act a newer step follows or supports (R6); not one a step "builds on", which
dev's author reads standing."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # named as the base of a newer step: the earlier act, agreed (R6)
        (
            "Norway's grant scheme supports the national lithium strategy adopted in May 2021.",
            "agreed",
        ),
        (
            "Peru's tax credit follows a lithium strategy announced in April 2022.",
            "agreed",
        ),
        (
            "The mapping programme follows an executive order on critical minerals that Brazil "
            "issued in 2020.",
            "agreed",
        ),
        # guard: a text a newer step builds on stands, as dev's author reads it
        (
            "Norway's grant scheme builds on the national lithium strategy adopted in May 2021.",
            "in_force",
        ),
        # guard: an old strategy named bare still stands (R4 by its date)
        (
            "Under its 2019 lithium strategy, Norway gives miners cheaper loans.",
            "in_force",
        ),
    ],
)
def test_an_old_text_a_newer_step_follows_or_supports_is_that_act(
    extractor, status_rules_alone, text, status
):
    assert status_of(extractor, text, "strategy") == status
