"""TAXONOMY's `deadline` is a target date or year the event commits to. Session 36's blind
labels read it as: a target ("by 2030", "within 60 days"), a start still to come of a measure
not yet in force ("from October 1"), the end of a timed measure ("for four months", "pause
for 90 days"), and the date a step is due ("expects to begin production in 2027", "later this
year", "next year"); never a contract's or loan's term, and never a period already over."""

from datetime import date

import pytest
from predict import deadlines

from nlp.dates import duration_end, find_dates, start_ahead, within_end
from nlp.extract import Extractor

PUBLISHED = "2024-08-28"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a start still to come: the measure's deadline
        (
            "Canada will impose a 25% surtax on imports of Chinese aluminium from October 1, "
            "Trudeau said on Monday.",
            [("trade_measure", "agreed", "2024-08-26", "2024-10-01")],
        ),
        # a start already here: the event's own date, no deadline
        (
            "Canada's 25% surtax on imports of Chinese aluminium took effect on Monday.",
            [("trade_measure", "in_force", "2024-08-26", None)],
        ),
        # a timed ban ends: four months from its own day
        (
            "Congo suspended cobalt exports for four months on Saturday.",
            [("export_control", "agreed", "2024-08-24", "2024-12")],
        ),
        # a pause of a measure: the day it runs out
        (
            "The United States on Monday paused its tariffs on Chinese graphite for 90 days.",
            [("trade_measure", "revoked", "2024-08-26", "2024-11-24")],
        ),
        # a measure lifted after nine years: nothing is due
        (
            "The Philippines on Monday lifted a nine-year moratorium on new nickel mining permits.",
            [("permitting", "revoked", "2024-08-26", None)],
        ),
        # a period long over: no deadline
        (
            "China halted rare earth shipments to Japan for two months in 2010.",
            [("export_control", "in_force", "2010", None)],
        ),
        # when a step is due: its deadline, and no event date after the report ("later this
        # year" stays the date too: the labels date such steps by it)
        (
            "Australia expects to begin production at its first state-owned lithium refinery "
            "in 2027.",
            [("project", "proposed", None, "2027")],
        ),
        (
            "The European Commission will propose a law on critical raw materials later this year.",
            [("strategy", "proposed", "2024", "2024")],
        ),
        # a future year that gave way to the reporting day is still when the step is due
        (
            "Indonesia will halt bauxite exports next year, the ministry said on Tuesday.",
            [("export_control", "agreed", "2024-08-27", "2025")],
        ),
        # "within" counts from the order's own day
        (
            "China on Monday ordered the commerce ministry to draft export controls on gallium "
            "within 60 days.",
            [("export_control", "proposed", "2024-08-26", "2024-10-25")],
        ),
    ],
)
def test_deadlines_read_from_the_sentence(extractor: Extractor, text: str, want: list) -> None:
    assert deadlines(extractor, text, PUBLISHED) == want


@pytest.mark.parametrize(
    ("text", "terms", "want"),
    [
        ("suspended exports for four months", True, "2024-12"),
        ("extend the suspension by three months", True, "2024-11"),
        ("a ban phased in over a year", False, "2025-08"),
        ("agreed a 90-day truce", False, "2024-11-26"),
        ("starting a 60-day countdown to the land transfer", False, "2024-10-27"),
        ("halted shipments for two weeks", True, "2024-09-11"),
        # a contract's or a lease's term is not read where only a measure's period may be
        ("agreed to buy lithium for ten years", False, None),
        ("a 15-year lease", False, None),
        # a period that ends or is over is none
        ("lifted a nine-year moratorium", False, None),
        ("published the results of its 100-day review", False, None),
        ("no period at all", True, None),
    ],
)
def test_duration_end(text: str, terms: bool, want: str | None) -> None:
    assert duration_end(text, date(2024, 8, 28), terms=terms) == want


def test_start_ahead_only_after_the_report() -> None:
    published = date(2024, 8, 28)
    later = find_dates("the surtax applies from October 1", published)
    past = find_dates("the surtax applies from August 1", published)
    assert start_ahead(later, published) == "2024-10-01"
    assert start_ahead(past, published) is None
    # outside the span asked: none
    assert start_ahead(later, published, (0, 5)) is None


def test_within_end_counts_from_the_start_given() -> None:
    text = "ordered a report within 60 days"
    assert within_end(text, date(2024, 8, 26)) == "2024-10-25"
    assert within_end("within three months", date(2024, 8, 26)) == "2024-11"
    assert within_end("no window here", date(2024, 8, 26)) is None
