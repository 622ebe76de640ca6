"""Events of one action that the merge keeps apart: a step told again with an earlier date is
the news's history, two clauses of one sentence each anchor their own step, and a clause that
names its own parties takes them, not the parties of the clause before it."""

import pytest
from predict import predict, raw_event

from nlp.events import _retold_earlier, merge_duplicates
from nlp.extract import Extractor


def events(extractor: Extractor, text: str, action: str) -> list[tuple[list[str], list[str]]]:
    """(actors, minerals) of each event of `action` the whole extractor finds."""
    pred = predict(extractor, text)
    return [(e["actors"], e["minerals"]) for e in pred["events"] if e["action"] == action]


@pytest.mark.parametrize(
    ("text", "action", "found"),
    [
        # a past step of the same country on the same mineral, dated years before the news
        (
            "Vietnam will require licences for rare earth exports from July, the trade ministry "
            "said on Monday. The country had first placed quotas on rare earth exports in 2019.",
            "export_control",
            [(["VNM"], ["rare_earths"]), (["VNM"], ["rare_earths"])],
        ),
        (
            "Chile's government approved a new lithium strategy on Friday. Santiago had adopted "
            "a national lithium policy in 2016.",
            "strategy",
            [(["CHL"], ["lithium"]), (["CHL"], ["lithium"])],
        ),
        # a later sentence without a date of its own restates the news
        (
            "Vietnam will require licences for rare earth exports from July, the trade ministry "
            "said on Monday. The licences will cover rare earth oxides and metals.",
            "export_control",
            [(["VNM"], ["rare_earths"])],
        ),
    ],
)
def test_a_step_retold_with_an_earlier_date_is_an_event_of_its_own(extractor, text, action, found):
    assert events(extractor, text, action) == found


@pytest.mark.parametrize(
    ("text", "action", "found"),
    [
        (
            "Indonesia halted nickel ore exports on January 12 for six months, and in July it "
            "extended the ban by another year.",
            "export_control",
            [(["IDN"], ["nickel"]), (["IDN"], ["nickel"])],
        ),
        (
            "The United States imposed a 25% tariff on Chinese graphite anodes, and it opened an "
            "anti-dumping investigation into graphite imports from China.",
            "trade_measure",
            [(["USA"], ["graphite"]), (["USA"], ["graphite"])],
        ),
        (
            "Japan signed a critical minerals agreement with the United States on Monday, and it "
            "signed a similar agreement with Australia on cobalt supply.",
            "agreement",
            [(["JPN"], ["cobalt"]), (["JPN"], ["cobalt"])],
        ),
        # a clause that opens on a reference back is about the step just told
        (
            "China restricted exports of gallium on Monday, and the restrictions will take "
            "effect on August 1.",
            "export_control",
            [(["CHN"], ["gallium"])],
        ),
    ],
)
def test_each_clause_of_a_sentence_anchors_its_own_step(extractor, text, action, found):
    assert events(extractor, text, action) == found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Beijing announced licensing requirements for gallium in July, and Washington "
            "widened its restrictions on chip exports in October.",
            ["CHN"],
            ["USA"],
        ),
        (
            "Tokyo announced new export curbs on rare earth magnets on Monday, while Seoul "
            "introduced licences for graphite exports.",
            ["JPN"],
            ["KOR"],
        ),
    ],
)
def test_a_clause_naming_its_own_party_does_not_take_the_first_clauses(
    extractor, text, first, second
):
    assert [actors for actors, _ in events(extractor, text, "export_control")] == [first, second]


def _event(date: str | None, sentence: int, anaphoric: bool = False) -> dict:
    return raw_event(
        sentence,
        action="export_control",
        actors=["CHN"],
        minerals=["graphite"],
        event_date=date,
        _anaphoric=anaphoric,
    )


@pytest.mark.parametrize(
    ("kept", "later", "published", "earlier"),
    [
        ("2023-10-20", "2006", None, True),
        ("2023-10-20", "2023-07", None, True),
        ("2023-10-20", "2023-10-02", None, False),  # the same month: the news told again
        ("2023-10-20", "2023-12-01", None, False),  # a later date: when it takes effect
        ("2023", "2023-02", None, False),
        (None, "2019", "2023-10-20", True),  # an undated event happened at publication
        (None, "2019", None, False),
        ("2023-10-20", None, None, False),
    ],
)
def test_retold_earlier_compares_months_or_years(kept, later, published, earlier):
    assert _retold_earlier(_event(kept, 0), _event(later, 3), published) is earlier


# A reference back dated before the step it names ("the ban ... in 2006") once merged; since
# session 18 (`_dated_before`) it stays apart like a plain mention: history told beside the news
# (measured: +1 dev, +3 check 1-8 + devplus5-11, +6 training status events, rules alone).
@pytest.mark.parametrize(
    ("later", "anaphoric", "count"),
    [("2006", False, 2), ("2006", True, 2), ("2023-10-25", False, 1), (None, False, 1)],
)
def test_an_earlier_dated_retelling_stays_apart(later, anaphoric, count):
    out = merge_duplicates([_event("2023-10-20", 0), _event(later, 3, anaphoric)], "2023-10-21")
    assert len(out) == count


def test_two_clauses_of_one_sentence_stay_apart_after_merging():
    assert len(merge_duplicates([_event("2023-10-20", 2), _event("2023-10-20", 2)])) == 2


def minerals_of(extractor: Extractor, text: str, action: str) -> list[list[str]]:
    pred = predict(extractor, text)
    return [e["minerals"] for e in pred["events"] if e["action"] == action]


@pytest.mark.parametrize(
    ("text", "minerals"),
    [
        (
            "Zimbabwe banned exports of raw lithium ore on Wednesday, the mines ministry said. "
            "A Chinese company opened a processing plant near Harare last year.",
            [["lithium"]],
        ),
        (
            "Indonesia will ban bauxite exports from June. Smelter construction has begun at two "
            "sites in West Kalimantan.",
            [["aluminum"]],
        ),
        # a project sentence naming its own mineral keeps it
        (
            "Zimbabwe banned exports of raw lithium ore on Wednesday. A Chinese company opened a "
            "nickel processing plant near Harare last year.",
            [["nickel"]],
        ),
    ],
)
def test_a_project_naming_no_mineral_concerns_the_documents_minerals(extractor, text, minerals):
    assert minerals_of(extractor, text, "project") == minerals


@pytest.mark.parametrize(
    ("text", "action", "minerals"),
    [
        # the opening sentence names the step, the next one the minerals it covers
        (
            "Beijing will require export licences for several battery materials from December "
            "1, the commerce ministry said on Friday. The list covers synthetic graphite and "
            "natural flake graphite.",
            "export_control",
            [["graphite"]],
        ),
        (
            "The Pentagon awarded a $90 million grant to expand domestic production, officials "
            "said. The company mines antimony in Idaho.",
            "investment",
            [["antimony"]],
        ),
    ],
)
def test_an_event_before_any_mineral_takes_the_first_minerals_named_later(
    extractor, text, action, minerals
):
    assert minerals_of(extractor, text, action) == minerals


@pytest.mark.parametrize(
    ("text", "action", "count"),
    [
        # a reference back ("the sanctions", "the ban", "the pact") is the step just told,
        # whoever reacts to it and whatever else it is said to cover
        (
            "The United States imposed sanctions on a Congolese cobalt trader on Thursday. "
            "Beijing criticised the sanctions as unilateral bullying.",
            "sanction",
            1,
        ),
        (
            "China banned exports of gallium to the United States on Tuesday. The ban also "
            "covers germanium and antimony, the commerce ministry said.",
            "export_control",
            1,
        ),
        # a second step told without a reference back stays a second event
        (
            "The United States imposed sanctions on a Congolese cobalt trader on Thursday. Two "
            "weeks later, Britain imposed sanctions on a Rwandan gold refiner.",
            "sanction",
            2,
        ),
    ],
)
def test_a_reference_back_merges_into_the_step_just_told(extractor, text, action, count):
    pred = predict(extractor, text)
    assert sum(e["action"] == action for e in pred["events"]) == count
