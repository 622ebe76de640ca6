"""Steps of one action told with different years (helper "evyear", session 20): a measure that a
step of the news names by the participle of its making in an earlier year ("eased its ban on
exports, introduced in 2017") is a step of its own, of that year, not only the frame of the
news: in force when a restriction was imposed or introduced (R5), else agreed (R6)."""

import pytest
from predict import predict

from nlp.extract import Extractor

# (id, text, action, (status, year) of each event of that action)
CASES = [
    (
        "curbs-lifted-imposed-earlier",
        "Tokyo on Monday lifted the export curbs on two battery chemicals it had imposed on Seoul "
        "in 2019.",
        "export_control",
        [("revoked", "2026"), ("in_force", "2019")],
    ),
    (
        "ban-eased-introduced-earlier",
        "Jakarta on Tuesday eased its ban on exports of raw bauxite, introduced in 2017, to let "
        "smelter builders ship some ore.",
        "export_control",
        [("revoked", "2026"), ("in_force", "2017")],
    ),
    (
        "duties-raised-first-imposed",
        "Brazil on Monday raised the duties on imported aluminium that it first imposed in March "
        "2021.",
        "trade_measure",
        [("agreed", "2026"), ("in_force", "2021")],
    ),
    (
        # guard: the participle of another clause ("and smelters imposed") makes no step of
        # the ban
        "other-clause-guard",
        "Jakarta on Tuesday eased its ban on exports of raw bauxite, and smelters imposed in "
        "2017 higher fees.",
        "export_control",
        [("revoked", "2026")],
    ),
    (
        # guard: no year told, only a month of the report's year
        "month-only-guard",
        "Brazil on Monday raised the duties on imported aluminium that it first imposed in March.",
        "trade_measure",
        [("agreed", "2026")],
    ),
    (
        # guard: the report's own year names no earlier step
        "report-year-guard",
        "Jakarta on Tuesday eased its ban on exports of raw bauxite, introduced in 2026.",
        "export_control",
        [("revoked", "2026")],
    ),
]


@pytest.mark.parametrize(
    ("text", "action", "steps"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_measure_named_by_its_making_in_another_year_is_a_step_of_its_own(
    extractor: Extractor, text: str, action: str, steps: list[tuple[str, str]]
) -> None:
    events = [e for e in predict(extractor, text)["events"] if e["action"] == action]
    assert [(e["status"], (e["event_date"] or "")[:4]) for e in events] == steps


# made1 (session 21): one reader for evyear's and evrec4's makings (events._made_years): any
# participle of making, dated by the first date of its clause; a date without its year only for
# a measure an undoing names; a standing participle makes a restriction (permits too) in force
MADE1_CASES = [
    (
        # a participle only evrec4 knew, now read without an undoing
        "duties-raised-reimposed-earlier",
        "Brazil on Monday raised the duties on imported aluminium that it reimposed in 2021.",
        "trade_measure",
        [("agreed", "2026"), ("in_force", "2021")],
    ),
    (
        # a date told without "in" or "since"
        "duties-raised-imposed-on-a-day",
        "Brazil on Monday raised the duties on imported aluminium that it first imposed on 1 "
        "March 2021.",
        "trade_measure",
        [("agreed", "2026"), ("in_force", "2021")],
    ),
    (
        # refused now: a decided participle ("adopted") makes no standing restriction (R6),
        # also when an undoing names it
        "ban-scrapped-adopted-earlier",
        "Jakarta on Tuesday scrapped its ban on exports of raw bauxite, adopted in 2017.",
        "export_control",
        [("revoked", "2026"), ("agreed", "2017")],
    ),
    (
        # guard: an undoing's measure told without its year, before the report's month
        "curbs-lifted-imposed-last-year",
        "Tokyo on Monday lifted the export curbs on two battery chemicals it had imposed last "
        "August.",
        "export_control",
        [("revoked", "2026"), ("in_force", "2025")],
    ),
    (
        # guard: a step that undoes nothing, told without its year, names no earlier step
        "duties-raised-imposed-last-year",
        "Brazil on Monday raised the duties on imported aluminium that it imposed last August.",
        "trade_measure",
        [("agreed", "2026")],
    ),
]


@pytest.mark.parametrize(
    ("text", "action", "steps"), [c[1:] for c in MADE1_CASES], ids=[c[0] for c in MADE1_CASES]
)
def test_one_reader_makes_the_step_a_participle_and_its_date_name(
    extractor: Extractor, text: str, action: str, steps: list[tuple[str, str]]
) -> None:
    events = [e for e in predict(extractor, text)["events"] if e["action"] == action]
    assert [(e["status"], (e["event_date"] or "")[:4]) for e in events] == steps
