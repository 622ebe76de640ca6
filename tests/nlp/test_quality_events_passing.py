"""A measure named in passing in the lead, by its owner, as what another party examines, weighs or
reacts to ("Seoul is assessing Indonesia's ban on ..."), then told in full in a later sentence
with its own status and date ("Jakarta announced the ban with immediate effect on Friday") is one
measure: the merged event keeps the first place and takes the full telling's status and date
(stlead, session 23). A news step told by its own verb and the history it continues stay two."""

import pytest
from predict import dated_statuses, raw_event

from nlp.events import merge_duplicates
from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # the measure as the object of another party's weighing, told in force the next sentence
        (
            "Seoul is assessing Indonesia's ban on exports of bauxite and will consult its "
            "smelters, the trade ministry said on Monday. Jakarta announced the ban, with "
            "immediate effect, on Friday.",
            "export_control",
            [("in_force", "2026-03-06")],
        ),
        (
            "Ottawa is examining how Beijing's new licensing requirements for graphite will "
            "affect battery makers, officials said on Monday. China said on Friday that exports "
            "of graphite anodes would need licences with immediate effect.",
            "export_control",
            [("in_force", "2026-03-06")],
        ),
        (
            "Carmakers in Europe are studying Russia's curbs on exports of palladium, an industry "
            "group said on Monday. Moscow said on Saturday that palladium exports would need "
            "permits with immediate effect.",
            "export_control",
            [("in_force", "2026-03-07")],
        ),
    ],
)
def test_a_measure_named_in_passing_takes_its_full_telling(
    extractor: Extractor, text: str, action: str, expected: list
):
    assert dated_statuses(extractor, text, action) == expected


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # news told by its own verb, then the history it continues: two steps
        (
            "China on Monday banned exports of gallium to the United States. It first "
            "restricted gallium exports in 2023.",
            "export_control",
            [("agreed", "2026-03-09"), ("in_force", "2023")],
        ),
    ],
)
def test_news_told_by_its_own_verb_keeps_its_history_apart(
    extractor: Extractor, text: str, action: str, expected: list
):
    assert dated_statuses(extractor, text, action) == expected


def _export_curb(sentence: int, status: str, event_date: str | None, **fields: object) -> dict:
    return raw_event(
        sentence,
        action="export_control",
        status=status,
        actors=["IDN"],
        minerals=["nickel"],
        currency=None,
        event_date=event_date,
        **fields,
    )


@pytest.mark.parametrize(
    ("first", "later", "merged"),
    [
        # named in passing, then told standing with its own date: one measure, the full telling's
        ({"_in_passing": True}, ("in_force", "2026-03-06"), [("in_force", "2026-03-06")]),
        # named in passing while weighed, then told decided: the decision's stage
        (
            {"_in_passing": True, "status": "proposed"},
            ("agreed", "2026-03-06"),
            [("agreed", "2026-03-06")],
        ),
        # named in passing, but the later telling is dated to another month: a step of its own
        (
            {"_in_passing": True},
            ("in_force", "2024-01"),
            [("agreed", "2026-03-09"), ("in_force", "2024-01")],
        ),
        # a step told by its own verb (not in passing) keeps a later standing telling apart
        ({}, ("in_force", "2026-03-06"), [("agreed", "2026-03-09"), ("in_force", "2026-03-06")]),
    ],
)
def test_merging_a_measure_named_in_passing(first: dict, later: tuple, merged: list):
    fields = {"status": "agreed", **first}
    status = fields.pop("status")
    events = [
        _export_curb(0, status, "2026-03-09", **fields),
        _export_curb(2, *later),
    ]
    out = merge_duplicates(events, "2026-03-10")
    assert [(e["status"], e["event_date"]) for e in out] == merged
    assert out[0]["sentence"] == 0
