"""Two steps one sentence tells (helper "evrec4", session 20): an undoing that names the
restriction with the verb and date of its making ("lifted the curbs it had placed in July 2019")
tells the making too, the measure standing then (R5) beside its lifting (R1); a clause telling a
trade case and a duty ("opened an investigation in February and is expected to announce
provisional duties"), a tariff and an import ban, an export licence regime and a ban or a quota,
a loan and a stake, a permit, a loan or an export curb and another told at another date, or a
trade or export step and the measure it answers ("in retaliation for Washington's duties"), or a
law and the one it replaces, tells two steps. Near misses: a making with no date of its own, a
measure told as the outcome of a case or a case by its finding, a case named in one phrase with
its measure, a law the new one amends, a retaliation told as the frame of a step ("as part of
its retaliation against American duties"), two permits told at one date, a later cue that is
the first step's content ("including expanded curbs")."""

import pytest
from predict import dated_statuses

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "action", "step"),
    [
        # the making of a restriction an undoing names, dated apart: a step of its own (R5)
        (
            "Tokyo lifted the export curbs on three chip chemicals it had placed on Seoul in "
            "July 2019, the ministry said on Monday.",
            "export_control",
            ("in_force", "2019-07"),
        ),
        (
            "Nairobi lifted a moratorium on new titanium mining licences that had been imposed "
            "in 2019.",
            "permitting",
            ("in_force", "2019"),
        ),
        (
            "Ottawa will scrap the 10% surtax on Chinese aluminium that it imposed in October "
            "2024, the finance minister said.",
            "trade_measure",
            ("in_force", "2024-10"),
        ),
    ],
)
def test_an_undoing_tells_the_making_of_its_measure(
    extractor: Extractor, text: str, action: str, step: tuple[str, str]
) -> None:
    steps = dated_statuses(extractor, text, action)
    assert step in steps
    assert any(status == "revoked" for status, _ in steps)


@pytest.mark.parametrize(
    ("text", "action", "count"),
    [
        # guards: a making with no date of its own, and a making with no undoing
        ("Tokyo lifted the export curbs it had placed on Seoul.", "export_control", 1),
        ("Japan imposed export curbs on three chip chemicals in July 2019.", "export_control", 1),
        # a trade case and a duty in one clause: two steps
        (
            "The Commission opened an anti-dumping investigation into Chinese graphite anodes "
            "in February and is expected to announce provisional duties next month.",
            "trade_measure",
            2,
        ),
        (
            "Canberra launched a challenge at the World Trade Organization on Friday against "
            "Chinese duties on Australian lithium.",
            "trade_measure",
            2,
        ),
        # guards: a case told as the origin of a measure or by its finding, and a case named in
        # one phrase with its measure, are no second step
        (
            "The tariff follows a national security investigation into copper that the "
            "Commerce Department opened in February.",
            "trade_measure",
            1,
        ),
        (
            "The Commission will impose provisional duties on Chinese graphite from July 4 after "
            "an investigation found that producers were subsidised.",
            "trade_measure",
            1,
        ),
        (
            "Brussels opened an anti-subsidy investigation into Chinese lithium batteries on "
            "Monday.",
            "trade_measure",
            1,
        ),
        # an export licence regime, a ban and a quota in one clause: steps of their own
        (
            "China began requiring export licences for antimony in September and in December "
            "banned shipments of the metal to the United States.",
            "export_control",
            2,
        ),
        (
            "Congo halted cobalt exports in February and replaced the ban with export quotas "
            "from mid-October.",
            "export_control",
            2,
        ),
        # guard: "permits" as a verb names no licence regime
        (
            "Zimbabwe banned exports of raw lithium ore in December 2022 and now only permits "
            "exports of concentrate from companies with approved plans.",
            "export_control",
            1,
        ),
        # a tariff and an import ban in one clause
        (
            "Since May, China has imposed tariffs on Australian barley and blocked imports of "
            "Australian coal and lithium.",
            "trade_measure",
            2,
        ),
        # the measure a trade step answers, named after a word of answering
        (
            "Turkey raised tariffs on U.S. coal in retaliation for Washington's duties on steel "
            "and aluminium.",
            "trade_measure",
            2,
        ),
        (
            "Australia has a pending case against China at the World Trade Organization over "
            "duties on barley and lithium.",
            "trade_measure",
            2,
        ),
        # guard: a retaliation told as the frame of the step ("as part of its retaliation")
        (
            "China also raised its tariff on imports of U.S. rare earth ore to 25% on June 1 as "
            "part of its retaliation against American duties.",
            "trade_measure",
            1,
        ),
        # export curbs answering another party's
        (
            "Beijing placed graphite exports under licensing, an answer to Washington's curbs on "
            "chip exports.",
            "export_control",
            2,
        ),
        # guard: no word of answering between the two ("measures that could include duties")
        (
            "The consultation is the first step towards retaliatory measures that could include "
            "duties on Indonesian nickel.",
            "trade_measure",
            1,
        ),
        # a loan and a stake in one clause: two commitments
        (
            "The Japanese state lender will lend $500 million to the lithium miner and take a "
            "10% stake in its Argentine unit.",
            "investment",
            2,
        ),
        # guard: a stake bought through a placement is one step
        (
            "The state fund bought a 10% stake in the Argentine lithium miner through a share "
            "placement.",
            "investment",
            1,
        ),
        # a permit or a loan told again in the clause at another date: a step of its own
        (
            "The Norwegian government granted the operating licence for the rutile mine in 2015 "
            "and the environmental permit for sea disposal in 2016.",
            "permitting",
            2,
        ),
        (
            "The state bank lent $200 million to the Chilean lithium miner in 2019 and a further "
            "loan of $50 million in 2021.",
            "investment",
            2,
        ),
        (
            "Zimbabwe banned exports of raw lithium ore in December 2022 and tightened the lithium "
            "export ban in June 2023.",
            "export_control",
            2,
        ),
        # guard: a later cue after "including" is the first step's content
        (
            "Beijing suspended the export controls on graphite announced on October 9, including "
            "expanded curbs on anode materials that took effect in November.",
            "export_control",
            1,
        ),
        # guard: both told at one date
        (
            "The Norwegian government granted the operating licence and the environmental permit "
            "for the rutile mine in 2015.",
            "permitting",
            1,
        ),
        # a law a new one replaces, named after it: a step of its own
        (
            "Ghana's parliament passed a new minerals bill on lithium that requires local "
            "processing, replacing a mining law dating from 2006.",
            "strategy",
            2,
        ),
        # guard: a law the new one amends is the new step's content
        (
            "Ghana's parliament passed a new minerals bill on lithium that requires local "
            "processing and amends the mining law.",
            "strategy",
            1,
        ),
    ],
)
def test_steps_one_sentence_tells(extractor: Extractor, text: str, action: str, count: int) -> None:
    assert len(dated_statuses(extractor, text, action)) == count


@pytest.mark.parametrize(
    ("text", "action", "dates"),
    [
        # session 20: each of two steps told in one clause at dates apart keeps its own date,
        # not the clause's first (two steps, not one step told twice)
        (
            "The ministry granted the operating licence in 2015 and the environmental permit in "
            "2016 to the copper mine.",
            "permitting",
            ["2015", "2016"],
        ),
        (
            "Beijing imposed export controls on gallium in July 2023 and an outright ban on "
            "gallium exports in December 2024.",
            "export_control",
            ["2023-07", "2024-12"],
        ),
        # the cue as the subject of its own verb tells the measure again: one step
        (
            "Manila banned exports of unprocessed nickel ore in 2014 and the ban was kept in 2017.",
            "export_control",
            ["2014"],
        ),
    ],
)
def test_steps_dated_apart_keep_their_own_dates(
    extractor: Extractor, text: str, action: str, dates: list[str]
) -> None:
    assert sorted(d for _, d in dated_statuses(extractor, text, action)) == dates


@pytest.mark.parametrize(
    "text",
    [
        # session 20: the participle of another clause makes no step of the eased ban
        "Jakarta on Tuesday eased its ban on exports of raw bauxite, and miners imposed in 2017 "
        "higher fees on smelters.",
        # a making in the report's own year names no earlier step
        "Jakarta on Tuesday eased its ban on exports of raw bauxite, introduced in 2026.",
    ],
)
def test_an_undoing_names_no_making_of_another_clause_or_the_report_year(
    extractor: Extractor, text: str
) -> None:
    assert [s for s, _ in dated_statuses(extractor, text, "export_control")] == ["revoked"]
