"""s42: the day a step is set for or moved to ("the auction is set for July", "the ban was
postponed to June") is a deadline read forward, not last year's month as the event's date; a
mention dated by nothing but such a day stays apart from a step told in another month; a due
day already past is the step's own date; a dated heading in a block of its own dates the act
the next block tells."""

import pytest
from predict import deadlines
from test_dates import _pattern_texts

from nlp import dates
from nlp.dates import fd36b_targets, find_dates, heading_day
from nlp.extract import Extractor

PUBLISHED = "2026-05-12"  # a Tuesday in May: a bare July read back would be July 2025


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The cobalt auction is set for July.", ("2026-07", "deadline", True)),
        ("Hearings on the mining code are scheduled for June.", ("2026-06", "deadline", True)),
        (
            "A decision on the smelter permit is slated for September.",
            ("2026-09", "deadline", True),
        ),
        (
            "The second tender round is planned for the end of October.",
            ("2026-10", "deadline", True),
        ),
        ("A review of the quota system is due for August.", ("2026-08", "deadline", True)),
        ("The tin export ban was postponed to June.", ("2026-06", "deadline", True)),
        ("Jakarta extended the permit to March 2027.", ("2027-03", "deadline", True)),
        ("The levy has been delayed until August.", ("2026-08", "deadline", True)),
        ("The start of the royalty was pushed back to October.", ("2026-10", "deadline", True)),
        # told in May, April is next year's: a day a step is moved to is still to come
        ("The graphite licence rule was brought forward to April.", ("2027-04", "deadline", True)),
        # the step's object between the verb and the day
        ("Harare postponed its ban on lithium ore exports to June.", ("2026-06", "deadline", True)),
        (
            "The ministry pushed the bauxite auction back to November.",
            ("2026-11", "deadline", True),
        ),
        (
            "The cabinet moved the start of the quota to early next year.",
            ("2027", "deadline", True),
        ),
    ],
)
def test_a_day_a_step_is_set_for_or_moved_to_is_due(text: str, want: tuple) -> None:
    (mention,) = find_dates(text, PUBLISHED)
    assert (mention.value, mention.kind, mention.due) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # no scheduling words: the month read back, the event's own
        ("The tin export ban took effect in July.", PUBLISHED, ("2025-07", "event", False)),
        ("Copper shipments to Zambia rose in June.", PUBLISHED, ("2025-06", "event", False)),
        (
            "The refiner moved its head office to Perth in June.",
            PUBLISHED,
            ("2025-06", "event", False),
        ),
        # "by" was a deadline before: not marked as a day a step is set for
        ("Miners must register by August.", PUBLISHED, ("2026-08", "deadline", False)),
        # a due day already past at publication: the day the step took effect
        (
            "Smelters have lost money since the ban was brought forward to January this year.",
            "2026-08-19",
            ("2026-01", "event", False),
        ),
        ("The first auction was set for March 2026.", PUBLISHED, ("2026-03", "event", False)),
        # a bare month after "in" keeps its backward reading, in a clause telling a step to
        # come too: read ahead, such steps ("is due to vote in November") merged into the
        # report's lead (measured in session 42: four labelled events lost)
        (
            "The lithium law is due for a final vote in July.",
            PUBLISHED,
            ("2025-07", "event", False),
        ),
    ],
)
def test_other_dates_keep_their_reading(text: str, published: str, want: tuple) -> None:
    (mention,) = find_dates(text, published)
    assert (mention.value, mention.kind, mention.due) == want


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # the first schedule, since changed, is no target, however long ago
        ("The nickel ore ban, originally set for 2028, now starts in 2027.", []),
        ("The tender, initially scheduled for June, was postponed to September.", ["2026-09"]),
        ("The tender is now scheduled for September.", ["2026-09"]),
    ],
)
def test_a_first_schedule_is_no_target(text: str, targets: list[str]) -> None:
    found = fd36b_targets(find_dates(text, PUBLISHED), text)
    assert [d.value for d in found] == targets


def test_due_pattern_reach_and_tails_cover_every_text_it_matches() -> None:
    """As for the deadline and start patterns (tests/nlp/test_dates.py): the search starts
    DUE_REACH characters from the end and is skipped when the text ends in no DUE_TAILS."""
    import re._parser as parser

    pattern = dates._DUE_BEFORE
    assert parser.parse(pattern.pattern, pattern.flags).getwidth()[1] <= dates.DUE_REACH
    texts = _pattern_texts(parser.parse(pattern.pattern, pattern.flags))
    assert len(texts) > 100
    for text in texts:
        for variant in (text, text.upper(), text + "\n"):
            before = "officials said the ban is " + variant
            assert dates._ends_with(pattern, before, dates.DUE_REACH, dates.DUE_TAILS), before


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (action, status, event date, deadline) of each event: the day it is due is a
        # deadline, and the event keeps the day it was told
        (
            "Zambia's government postponed its ban on raw copper concentrate exports to "
            "September, the mines ministry said on Monday.",
            [("export_control", "revoked", "2026-05-11", "2026-09")],
        ),
        # a review set for a later month is a step of its own, not the duties told before
        (
            "The European Union imposed duties on Chinese graphite anodes in January 2024. "
            "Brussels said on Tuesday a review of the duties is slated for October.",
            [
                ("trade_measure", "in_force", "2024-01", None),
                ("trade_measure", "agreed", "2026-05-12", "2026-10"),
            ],
        ),
        # dated only by the day it is scheduled for, a bill stays apart from a decree of
        # another year
        (
            "President Lopez signed a decree creating a state lithium company in March 2023. "
            "Lawmakers said a bill to fund the company would be scheduled for later this month.",
            [("strategy", "agreed", "2023-03", None), ("strategy", "proposed", None, "2026-05")],
        ),
    ],
)
def test_due_days_in_events(extractor: Extractor, text: str, want: list) -> None:
    assert deadlines(extractor, text, PUBLISHED) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Commission Implementing Regulation (EU) 2026/733\nof 14 April 2026", "2026-04-14"),
        ("Council Decision (CFSP) 2025/90\nof 3 February 2025", "2025-02-03"),
        ("Executive Order 14999 of April 2, 2026", "2026-04-02"),
        # a month alone, or a day told in a sentence's running text, is no dated heading
        ("Regulation (EU) 2026/733 of April 2026", None),
        ("The Commission adopted the list in a meeting of 14 April 2026.", None),
    ],
)
def test_heading_day(text: str, want: str | None) -> None:
    assert heading_day(text) == want


@pytest.mark.parametrize("heading_break", ["\n", " "])
def test_a_dated_heading_dates_the_act_of_the_next_block(
    extractor: Extractor, heading_break: str
) -> None:
    # the heading on two lines as the journal prints it, or joined into one
    text = (
        f"Commission Implementing Regulation (EU) 2026/733{heading_break}of 14 April 2026\n\n"
        "amending "
        "Regulation (EU) 2021/821 as regards export licences for cobalt and tungsten\n\n"
        "THE EUROPEAN COMMISSION,\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe export "
        "of cobalt and tungsten shall be subject to a licence."
    )
    told = deadlines(extractor, text, "2026-04-20")
    assert ("export_control", "in_force", "2026-04-14", None) in told
