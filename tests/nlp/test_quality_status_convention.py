"""Event status by the written convention of the labels (docs/status-convention.md), through the
whole extractor, on sentences written here (published 2026-03-10): one table per rule family."""

import pytest
from predict import model_reads_otherwise, status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # R5: a restriction told by its own verb, long before publication: background in force
        (
            "In 2023 China banned exports of rare earth processing technology.",
            "export_control",
            "in_force",
        ),
        (
            "In June 2024 Jakarta tightened its curbs on exports of bauxite.",
            "export_control",
            "in_force",
        ),
        (
            "Beijing first put in place a licensing regime for graphite exports in 2006.",
            "export_control",
            "in_force",
        ),
        # the same verb as the news of the day: a decision, agreed
        (
            "China on Tuesday banned exports of rare earth processing technology.",
            "export_control",
            "agreed",
        ),
        # R6: a verb of deciding or announcing stays the report of that act, however old
        (
            "China announced a ban on exports of rare earth processing technology in 2023.",
            "export_control",
            "agreed",
        ),
        (
            "G7 leaders agreed a critical minerals action plan at their summit last June.",
            "strategy",
            "agreed",
        ),
        (
            "The plan that Brussels adopted in September 2024 promised partnerships for lithium.",
            "strategy",
            "agreed",
        ),
        # a deciding verb right after the measure, as its participle, only names it: the
        # framework stands ("the strategy unveiled in 2022")
        model_reads_otherwise(
            "The fund is part of the Critical Minerals Strategy unveiled in December 2022 to "
            "secure lithium.",
            "strategy",
            "in_force",
        ),
        # an old measure named bare stands
        (
            "Jakarta's 2020 ban on nickel ore exports forced miners to build smelters.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_old_measure_by_verb_class(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # R5: a restriction told by its own verb in a clause that sets the news against it is
        # background that applies, however recent
        (
            "Lynas produced its first heavy rare earth oxide, weeks after Beijing tightened "
            "its export controls on dysprosium.",
            "export_control",
            "in_force",
        ),
        (
            "Tokyo pressed for action after Beijing last week banned exports of gallium to "
            "Japanese end users.",
            "export_control",
            "in_force",
        ),
        # a halt that is the restriction itself ("halted exports"), told before the news: the
        # background of a restriction that applies, like "banned"
        (
            "Chinese refiners turned to the Philippines for nickel ore. Last month Indonesia "
            "halted exports of nickel ore to push miners to build smelters at home.",
            "export_control",
            "in_force",
        ),
        # the same restriction as the news of the day: agreed
        model_reads_otherwise(
            "Beijing on Monday banned exports of gallium to Japanese end users.",
            "export_control",
            "agreed",
        ),
        # a verb of announcing in the background clause reports that act (R6)
        (
            "Tokyo pressed for action after Beijing last week announced a ban on exports of "
            "gallium to Japanese end users.",
            "export_control",
            "agreed",
        ),
    ],
)
def test_a_restriction_in_a_background_clause_stands(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # R4: a bloc is never in force, even told as a standing membership
        (
            "Canada is a member of the Minerals Security Partnership, the release said.",
            "bloc_formation",
            "agreed",
        ),
        # a standing measure told the same way does stand
        (
            "China's export licensing for gallium remains in place, the release said.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_a_bloc_is_never_in_force(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # R5: emergency powers invoked are a measure's own verb: the news of the day is agreed,
        # an old invocation the background that applies
        (
            "President Biden on Monday invoked the Defense Production Act to boost lithium mining.",
            "strategy",
            "agreed",
        ),
        (
            "In March 2022 President Biden invoked the Defense Production Act to boost lithium "
            "mining.",
            "strategy",
            "in_force",
        ),
    ],
)
def test_emergency_powers_invoked(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # R5: the news of the day is the last few days; a restriction told by its own verb and
        # dated before them ("earlier this year", an earlier month) is its background
        (
            "Earlier this year China tightened its export licensing for gallium.",
            "export_control",
            "in_force",
        ),
        (
            "In February China banned exports of gallium to the United States.",
            "export_control",
            "in_force",
        ),
        # dated in the last days, it is the news: agreed
        (
            "China on Monday banned exports of gallium to the United States.",
            "export_control",
            "agreed",
        ),
        # a verb of announcing keeps the report of the act, whenever it was
        (
            "In February China announced a ban on exports of gallium to the United States.",
            "export_control",
            "agreed",
        ),
    ],
)
def test_a_restriction_dated_before_the_news_stands(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # R2: the parties' decision to open talks is agreed
        (
            "India and the United States agreed on Thursday to begin negotiations on a "
            "critical minerals agreement.",
            "agreed",
        ),
        # talks asked for or planned are still to come
        (
            "Indonesia asked the United States to start talks on a critical minerals deal.",
            "proposed",
        ),
        ("Indonesia plans to open negotiations with the EU on a nickel deal.", "proposed"),
    ],
)
def test_a_decision_to_open_talks_is_agreed(extractor, text, status):
    assert status_of(extractor, text, "negotiation") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # R4: the participle right after a measure names it; the clause's predicate says it
        # applies now
        (
            "The Section 232 duties imposed in 2018 still apply to aluminium from most countries.",
            "trade_measure",
            "in_force",
        ),
        (
            "The tariffs imposed in 2019 on Chinese graphite, which remain in force, cover "
            "most anodes.",
            "trade_measure",
            "in_force",
        ),
        # with no such predicate, an old tariff told by its own verb stands too (R5)
        (
            "Washington imposed duties on Chinese graphite in 2019.",
            "trade_measure",
            "in_force",
        ),
    ],
)
def test_a_named_measure_said_to_apply_now(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # R1: a lifting or suspension is revoked, done or only announced
        (
            "China lifted its ban on gallium exports to the United States on Monday.",
            "export_control",
            "revoked",
        ),
        (
            "China will suspend its ban on gallium exports to the United States for one year.",
            "export_control",
            "revoked",
        ),
        # R3: nobody has decided the step yet
        (
            "Washington is considering tariffs on Chinese graphite anodes.",
            "trade_measure",
            "proposed",
        ),
        (
            "The opposition would set up a critical minerals reserve if it wins the election.",
            "stockpile",
            "proposed",
        ),
        # ... but the actor's own firm "will" is a decision
        (
            "Japan will impose tariffs on Chinese graphite anodes from August 1, the ministry "
            "said on Monday.",
            "trade_measure",
            "agreed",
        ),
        # R4: the text says the measure applies now
        (
            "China banned exports of gallium to the United States with immediate effect on Monday.",
            "export_control",
            "in_force",
        ),
        (
            "Since August 2023 China has required licences for exports of gallium.",
            "export_control",
            "in_force",
        ),
        # R6: a news decision with a future start date is agreed
        (
            "China will require licences for exports of gallium from August 1, the ministry said "
            "on Monday.",
            "export_control",
            "agreed",
        ),
    ],
)
def test_each_rule_of_the_convention(extractor, text, action, status):
    assert status_of(extractor, text, action) == status
