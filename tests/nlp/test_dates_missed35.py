"""Dates the extractor used to leave out or take from the wrong telling (session 35, dc35),
read through the whole extractor as shipped. The texts are published on Tuesday 2026-03-10
(tests/nlp/predict.py). Each table holds rows where the reading must fire and rows where it
must not."""

import pytest
from predict import dated_statuses

from nlp.extract import Extractor


def _dates(extractor: Extractor, text: str, action: str) -> list[str | None]:
    return [when for _, when in dated_statuses(extractor, text, action)]


@pytest.mark.parametrize(
    ("text", "action", "dates"),
    [
        # a step dated only by when it took effect, once that day is past, is dated by it
        (
            "Indonesia banned exports of nickel ore from January 2020 to force miners to build "
            "smelters at home.",
            "export_control",
            ["2020-01"],
        ),
        (
            "China raised tariffs on American soybeans to 25% from March 2.",
            "trade_measure",
            ["2026-03-02"],
        ),
        # a start without its year read months ahead is last year's after a past verb
        (
            "Washington raised tariffs on Chinese tungsten products to 25% from June 1.",
            "trade_measure",
            ["2025-06-01"],
        ),
        # not: a start still ahead is when the step is due
        (
            "Canada will impose tariffs on American steel from April 1.",
            "trade_measure",
            [None],
        ),
        (
            "Indonesia will ban exports of bauxite ore from June 1.",
            "export_control",
            [None],
        ),
    ],
)
def test_a_past_start_dates_the_step(
    extractor: Extractor, text: str, action: str, dates: list[str | None]
) -> None:
    assert _dates(extractor, text, action) == dates


@pytest.mark.parametrize(
    ("text", "action", "dates"),
    [
        # "X on Monday, a day after Y": Y's step the day before X's
        (
            "China on Monday banned exports of gallium to the United States, a day after "
            "Washington added 140 Chinese companies to its entity list.",
            "sanction",
            ["2026-03-08"],
        ),
        (
            "China on Monday banned exports of gallium to the United States, a day after "
            "Washington added 140 Chinese companies to its entity list.",
            "export_control",
            ["2026-03-09"],
        ),
        # counted from the step told before
        (
            "Japan signed a critical minerals agreement with the United States on Monday. Two "
            "days earlier, Washington imposed sanctions on three Chinese graphite refiners.",
            "sanction",
            ["2026-03-07"],
        ),
        (
            "China banned exports of gallium to the United States on March 3. A day later the "
            "commerce ministry opened an anti-dumping investigation into imports of Japanese "
            "graphite.",
            "trade_measure",
            ["2026-03-04"],
        ),
        # weeks from a day of the sentence give a day; the step told with its own day keeps it
        (
            "Washington announced a 46% tariff on Vietnamese goods on March 2, then suspended it "
            "for 90 days a week later.",
            "trade_measure",
            ["2026-03-02", "2026-03-09"],
        ),
        # weeks from the report's day give the month
        (
            "The summit came two weeks after the European Union adopted its critical raw "
            "materials act.",
            "strategy",
            ["2026-02"],
        ),
        # not: "more than a day after" names no day
        (
            "China on Monday banned exports of gallium to the United States, more than a day "
            "after Washington added 140 Chinese companies to its entity list.",
            "sanction",
            ["2026-03-09"],
        ),
    ],
)
def test_a_step_told_some_days_from_another(
    extractor: Extractor, text: str, action: str, dates: list[str | None]
) -> None:
    assert _dates(extractor, text, action) == dates


@pytest.mark.parametrize(
    ("text", "action", "dates"),
    [
        # a lead dated by the report's day: a retelling of the same stage gives the step's day
        (
            "TOKYO, March 10 - Japan and the United States reached a trade agreement on critical "
            "minerals. The deal, announced by both governments late on Monday, covers lithium "
            "and nickel.",
            "agreement",
            ["2026-03-09"],
        ),
        # a retelling's day inside the month the first telling named refines it
        (
            "Prices of antimony rose this month after China banned exports of the metal to the "
            "United States. Beijing announced the ban on March 3.",
            "export_control",
            ["2026-03-03"],
        ),
        # not: a retelling of another stage dates that stage only
        (
            "WASHINGTON, March 10 - A 10% U.S. tariff on imports of Chinese graphite took effect "
            "on Tuesday. Washington announced the tariff on March 2.",
            "trade_measure",
            ["2026-03-10"],
        ),
        # not: a day outside the month named is another step
        (
            "Prices of antimony rose in January after China banned exports of the metal to the "
            "United States. Beijing announced the ban on March 3.",
            "export_control",
            ["2026-01", "2026-03-03"],
        ),
    ],
)
def test_a_retelling_gives_the_steps_day(
    extractor: Extractor, text: str, action: str, dates: list[str | None]
) -> None:
    assert _dates(extractor, text, action) == dates


@pytest.mark.parametrize(
    ("text", "action", "dates"),
    [
        # two cues of one action in a sentence, one dated by the name "signed in 2021"
        (
            "Piedmont Lithium has the right to buy half of the mine's lithium output under an "
            "offtake agreement signed in 2021.",
            "offtake",
            ["2021", "2021"],
        ),
        (
            "A mining code adopted in 2018 raised royalties on copper and allowed the government "
            "to declare cobalt strategic.",
            "strategy",
            ["2018", "2018"],
        ),
        # not: a sentence with no date gives none
        (
            "The government is drafting changes to its mining code that would raise royalties "
            "on copper and cobalt.",
            "strategy",
            [None],
        ),
    ],
)
def test_an_undated_step_takes_its_actions_date_in_the_sentence(
    extractor: Extractor, text: str, action: str, dates: list[str | None]
) -> None:
    assert sorted(_dates(extractor, text, action), key=str) == dates
