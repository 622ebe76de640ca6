"""A standing measure retold in passing is an event of its own: named by the year it was made
("a 2019 ban", "the Mining Act of 2018"), it is dated by that year and kept apart from the
news of the sentence or the document (texts published 2026-03-10, see predict.py)."""

import pytest
from predict import model_reads_otherwise, predict

from nlp.extract import Extractor


def events(extractor: Extractor, text: str) -> list[tuple[int, str, str, str | None]]:
    """(sentence, action, status, event_date) of every event, in order."""
    pred = predict(extractor, text)
    return [(e["sentence"], e["action"], e["status"], e["event_date"]) for e in pred["events"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law cited by its year under a preposition stands, whatever the clause's verb did
        (
            "Peru approved a plan for its copper industry on Monday. Copper exports would have "
            "halted under the 2019 mining law, officials said.",
            (1, "strategy", "in_force", "2019"),
        ),
        # the year after the name: "the ... Act of 2018"
        (
            "Chile on Monday approved a lithium price floor. The floor must be reviewed every "
            "year under the Critical Minerals Action Plan of 2018.",
            (1, "strategy", "in_force", "2018"),
        ),
        # an owner's dated measure, with an owner before the year
        (
            "Zimbabwe said on Monday it would open a lithium refinery. Zimbabwe's 2022 ban on "
            "raw lithium ore exports remains.",
            (1, "export_control", "in_force", "2022"),
        ),
    ],
)
def test_a_measure_named_by_its_year_is_a_standing_step(extractor, text, expected):
    assert expected in events(extractor, text)


def test_two_dated_measures_stay_two(extractor):
    text = (
        "Peru approved a plan for its copper industry on Monday. Copper exports would have "
        "halted under the 2019 mining law. The plan is the first since a 2016 overhaul of the "
        "country's mining laws."
    )
    dates = [d for _, a, _, d in events(extractor, text) if a == "strategy"]
    assert "2019" in dates and "2016" in dates


@pytest.mark.parametrize(
    "text",
    [
        # the year of the report names the news itself
        "Australia on Monday published its final 2026 list of critical minerals, adding "
        "copper and silver.",
        # a year that is a target, not a making
        "Australia on Monday published a list of critical minerals that sets 2030 goals for "
        "copper and silver.",
    ],
)
def test_a_year_of_the_news_or_ahead_is_no_standing_measure(extractor, text):
    assert [(a, s) for _, a, s, _ in events(extractor, text)] == [("strategy", "agreed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile on Monday approved a national lithium policy. The policy must be reviewed "
            "every five years under the Mining Act of 2018.",
            (1, "strategy", "in_force", "2018"),
        ),
        (
            "Ghana on Monday set a floor price for lithium. The Green Minerals Act of 2019 "
            "reserves lithium processing for local firms.",
            (1, "strategy", "in_force", "2019"),
        ),
        (
            "Ghana on Monday set a floor price for lithium. Credits come from the 2021 Clean "
            "Energy Act.",
            (1, "strategy", "in_force", "2021"),
        ),
    ],
)
def test_a_law_named_with_its_year_is_a_standing_strategy(extractor, text, expected):
    assert expected in events(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the section of a law cited as the basis of another step
        "Washington raised tariffs on graphite under Section 301 of the Trade Act of 1974.",
        # an undated name, or a law of the report's year
        "Ghana on Monday set a floor price for lithium under the Green Minerals Act.",
        "Ghana on Monday set a floor price for lithium under the Green Minerals Act of 2026.",
    ],
)
def test_no_strategy_from_a_law_cited_as_a_basis_or_undated(extractor, text):
    assert "strategy" not in [a for _, a, _, _ in events(extractor, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an older measure told in the clause after the news is a step of its own, of the same
        # actor when its clause names none; duties that remain stand (R4, R5)
        (
            "Washington last year lifted the nickel tariffs it had imposed on Canada, but the "
            "Section 232 duties imposed in 2016 remain on other countries.",
            [("revoked", ["USA"], "2025"), ("in_force", ["USA"], "2016")],
        ),
        (
            "Brazil in January scrapped its tariff on Chinese graphite anodes, but the duties "
            "imposed in 2021 on anode powder remain.",
            [("revoked", ["BRA"], "2026-01"), ("in_force", ["BRA"], "2021")],
        ),
    ],
)
def test_an_older_measure_in_the_next_clause_is_its_own_step(extractor, text, expected):
    pred = predict(extractor, text)
    got = [
        (e["status"], e["actors"], e["event_date"])
        for e in pred["events"]
        if e["action"] == "trade_measure"
    ]
    assert got == expected


def test_a_clause_dated_later_still_restates_the_step(extractor):
    # "..., and the curbs take effect in May": the same step, not a second one
    text = "China on Monday announced curbs on graphite exports, and the curbs take effect in May."
    pred = predict(extractor, text)
    assert [e["action"] for e in pred["events"]] == ["export_control"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a revoking verb on a pronoun undoes the measure just told: a second, revoked step
        (
            "Vietnam banned exports of rare earth ore in 2014, but lifted it in 2019 after "
            "talks with Japan.",
            [("in_force", "2014"), ("revoked", "2019")],
        ),
        # a sum raised is not a measure lifted
        (
            "Vietnam banned exports of rare earth ore in 2014, lifting it to a record.",
            [("in_force", "2014")],
        ),
        # nor a step nobody took
        (
            "Vietnam banned exports of rare earth ore in 2014 and never lifted it.",
            [("in_force", "2014")],
        ),
    ],
)
def test_a_measure_undone_by_a_pronoun_is_a_second_step(extractor, text, expected):
    pred = predict(extractor, text)
    got = [
        (e["status"], e["event_date"]) for e in pred["events"] if e["action"] == "export_control"
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's government on Monday signed a framework agreement with Lusaka Copper Ltd to "
        "develop a copper mine. Under the agreement signed in Lusaka, the state takes a 20% "
        "stake.",
        "Namibia on Monday signed a memorandum with Canada-based Etango Uranium Corp to build "
        "a uranium mill.",
    ],
)
def test_a_deal_with_a_company_is_no_agreement_between_governments(extractor, text):
    assert "agreement" not in [a for _, a, _, _ in events(extractor, text)]


def test_a_pact_between_governments_stays_an_agreement(extractor):
    text = (
        "Zambia on Monday signed a framework agreement with Canada on copper. The agreement "
        "was signed in Lusaka."
    )
    assert [a for _, a, _, _ in events(extractor, text)] == ["agreement"]


def test_minerals_identified_as_critical_are_a_listing(extractor):
    text = (
        "Peru on Monday opened a copper smelter. Peru mines 12 of the 50 minerals that Japan "
        "identified as critical in 2020, including copper and zinc."
    )
    assert (1, "strategy", "in_force", "2020") in events(extractor, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Seoul says the lithium rules breach the free trade agreement between Korea and "
            "Chile, in force since 2004.",
            True,
        ),
        (
            "The cobalt zone fits the aims of the East African free trade area, launched in 2019.",
            True,
        ),
        # free trade agreements in general name no pact
        (
            "The credit requires lithium from the United States or from countries with which it "
            "has a free trade agreement.",
            False,
        ),
    ],
)
def test_a_named_free_trade_pact_is_an_agreement(extractor, text, found):
    assert ("agreement" in [a for _, a, _, _ in events(extractor, text)]) == found


@pytest.mark.xfail(
    strict=True, reason="the learned status model reads the older step otherwise (session 11)"
)
def test_a_measure_made_in_a_past_year_is_its_own_step_in_the_clause(extractor):
    # the headline list and the order it was made under: two strategy steps of one clause
    text = (
        "Chile's list of critical minerals was published on Monday under an executive order "
        "Boric signed in March 2023."
    )
    got = [(a, s, d) for _, a, s, d in events(extractor, text)]
    assert ("strategy", "in_force", "2023") in got
    assert len([g for g in got if g[0] == "strategy"]) == 2


def test_the_year_of_a_dated_measure_does_not_date_the_news(extractor):
    text = (
        "Washington on Monday raised tariffs on Chinese graphite. The new duties add to the "
        "tariffs imposed in 2019 under the previous government."
    )
    got = [(a, d) for _, a, _, d in events(extractor, text) if a == "trade_measure"]
    assert ("trade_measure", "2019") in got
    assert all(d is None or d.startswith("2026") for a, d in got if d != "2019")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 20: the status model retrained at l2 30, margin 0.75 reads this otherwise
        model_reads_otherwise(
            "Peru on Monday released a list of critical minerals. It builds on the National "
            "Copper and Zinc Plan of 2019.",
            (1, "strategy", "in_force", "2019"),
        ),
        (
            "Peru on Monday released a list of critical minerals. Royalties are set by the 2014 "
            "Peruvian Mining Code.",
            (1, "strategy", "in_force", "2014"),
        ),
    ],
)
def test_a_plan_or_code_named_with_its_year_is_a_standing_strategy(extractor, text, expected):
    assert expected in events(extractor, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Japan on Monday released a list of critical minerals including lithium. The "
            "increase is from 20 minerals on the 2018 list.",
            True,
        ),
        # the Entity List is a blacklist, not a list of minerals
        (
            "Japan on Monday released a list of critical minerals including lithium. The firm "
            "has been on the 2019 entity list.",
            False,
        ),
    ],
)
def test_a_list_named_by_its_year_is_a_standing_strategy(extractor, text, found):
    got = [(n, a) for n, a, _, _ in events(extractor, text)]
    assert ((1, "strategy") in got) == found


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam banned exports of rare earth ore in 2023. Miners complained. Japan on Monday "
        "signed a supply pact with Hanoi on rare earths. Vietnam's 2023 ban on rare earth ore "
        "exports remains in place.",
        "Indonesia's ban on nickel ore exports has been in place since 2020. Indonesia on "
        "Monday opened a nickel smelter. The 2020 ban on nickel ore exports forced miners to "
        "build smelters.",
    ],
)
def test_a_dated_measure_retold_merges_with_the_same_measure(extractor, text):
    assert [a for _, a, _, _ in events(extractor, text)].count("export_control") == 1
