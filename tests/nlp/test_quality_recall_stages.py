"""A reference back ("the licences", "the ban") dated in its own sentence to another month
and told at another stage than the step it names is a step of its own ("... will require
licences from April 1 ... The licences were first proposed in a draft issued in October
2025"); a reference back at the same stage, or with no date of its own, is the step retold."""

import pytest
from predict import dated_statuses, model_reads_otherwise

from nlp.extract import Extractor


def exports(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return dated_statuses(extractor, text, "export_control")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the draft of months before: a step of its own
        (
            "Zambia will require licences for exports of copper concentrate from April 1, the "
            "ministry said on Monday. The licences were first proposed in a draft issued in "
            "October 2025.",
            [("agreed", "2026-03-09"), ("proposed", "2025-10")],
        ),
        # session 21: the status model retrained with the cross and verbx groups reads this otherwise
        model_reads_otherwise(
            "Indonesia will ban exports of bauxite from June, the mines minister said on "
            "Monday. The ban was first floated in a proposal in May 2024.",
            [("agreed", "2026-03-09"), ("proposed", "2024-05")],
        ),
        # the same stage dated to a month before: since session 18 (helper mrg, `_dated_before`)
        # the earlier approval is a step of its own, as the labels count such history
        (
            "Zambia will require licences for exports of copper concentrate from April 1, the "
            "ministry said on Monday. The licences were approved by the cabinet in February.",
            [("agreed", "2026-03-09"), ("agreed", "2026-02")],
        ),
        # no date of its own: the step retold
        (
            "Zambia will require licences for exports of copper concentrate from April 1, the "
            "ministry said on Monday. The licences will cover all copper concentrate shipped "
            "by road.",
            [("agreed", "2026-03-09")],
        ),
    ],
)
def test_reference_back_at_another_stage_and_date_is_a_step(extractor, text, found):
    assert exports(extractor, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a later mention with no status cue, dated to another month: a step of its own; dated
        # before the news (published 2026-03-10), the restriction stands by then (R5, session 15)
        (
            "Indonesia proposed a ban on exports of bauxite in June 2025. Export curbs on "
            "bauxite in February 2026 cover alumina too.",
            [("proposed", "2025-06"), ("in_force", "2026-02")],
        ),
        # no date of its own: the proposal told again
        (
            "Indonesia proposed a ban on exports of bauxite in June 2025. Export curbs on "
            "bauxite cover alumina too.",
            [("proposed", "2025-06")],
        ),
    ],
)
def test_undated_stage_mention_dated_apart_is_a_step(extractor, text, found):
    assert exports(extractor, text) == found
