"""Restatements and second commitments: a later, larger dollar sum is a new commitment, not the
first one told again; a smaller one is most often a part of the first and merges with it."""

import pytest
from predict import dated_statuses, predict, raw_event

from nlp.events import _different_amounts, _earlier_step, merge_duplicates
from nlp.extract import Extractor


def investments(extractor: Extractor, text: str) -> list[float | None]:
    pred = predict(extractor, text)
    return [e["amount_usd"] for e in pred["events"] if e["action"] == "investment"]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "The Pentagon will lend MP Materials $150 million to expand rare earth separation. "
            "JPMorgan has committed $1 billion of financing for the company's new magnet plant.",
            [150e6, 1e9],
        ),
        (
            "The U.S. government will provide $1 billion in financing for lithium projects in "
            "Australia. Separately, the Export-Import Bank issued letters of interest for $2.2 "
            "billion of financing for graphite projects in Australia.",
            [1e9, 2.2e9],
        ),
        # a part of the sum announced first
        (
            "The U.S. Department of Defense agreed to provide $110 million to two lithium and "
            "nickel miners. Albemarle will receive $90 million of the funding for its lithium mine.",
            [110e6],
        ),
    ],
)
def test_a_larger_later_sum_is_a_second_commitment(extractor, text, amounts):
    assert investments(extractor, text) == amounts


def _event(amount_usd, sentence):
    amount = None if amount_usd is None else f"${amount_usd:,.0f}"
    return raw_event(sentence, amount_usd=amount_usd, amount=amount)


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [(150e6, 1e9, False), (110e6, 90e6, True), (None, 1e9, True), (5e8, 5e8, True)],
)
def test_only_a_larger_second_sum_keeps_two_events(first, second, merged):
    assert _different_amounts(_event(first, 0), _event(second, 3)) is not merged
    out = merge_duplicates([_event(first, 0), _event(second, 3)])
    assert len(out) == (1 if merged else 2)


def exports(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return dated_statuses(extractor, text, "export_control")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a step of years ago told as history is a second event, not the news retold
        (
            "China said on Monday that licensing requirements for gallium exports had taken "
            "effect. China first restricted exports of gallium and germanium in August 2023.",
            [("in_force", "2026-03-09"), ("in_force", "2023-08")],
        ),
        (
            "Indonesia said on Monday that its ban on nickel ore exports had taken effect. "
            "Indonesia halted exports of nickel ore in January 2020.",
            [("in_force", "2026-03-09"), ("in_force", "2020-01")],
        ),
        # a standing measure dated to another year is the earlier step too
        (
            "Chile will require permits for lithium exports from May, officials said on Monday. "
            "Its export licensing for lithium was first set in June 2019.",
            [("agreed", "2026-03-09"), ("in_force", "2019-06")],
        ),
        # a measure first named as standing carries the report's date: its dated retelling
        # is the same measure
        (
            "Indonesia's ban on nickel ore exports has drawn billions into smelters, the ministry "
            "said on Monday. "
            "Indonesia halted exports of nickel ore in January 2020.",
            [("in_force", "2026-03-09")],
        ),
    ],
)
def test_a_step_dated_years_before_is_a_second_event(extractor, text, found):
    assert exports(extractor, text) == found


def _dated(event_date, source, named_law=False):
    event = _event(None, 2)
    event.update(event_date=event_date, _status_source=source, _named_law=named_law)
    return event


@pytest.mark.parametrize(
    ("kept", "later", "earlier"),
    [
        (("2026-03-09", "cue"), ("2023-08", "date"), True),
        (("2026-03", "cue"), ("2025", "date"), True),
        (("2026-03-09", "cue"), ("2019-06", "background"), True),
        # a law cited by name is the frame of the news, not an earlier step
        (("2026-03-09", "cue"), ("2024-05", "background", True), False),
        # same month, or same year when one names only the year: one step
        (("2026-03-09", "cue"), ("2026-03", "date"), False),
        (("2023", "cue"), ("2023-08", "date"), False),
        # since session 18 (helper mrg, `_dated_before`) a mention dated before the step is
        # history whatever decided its status, a cue too
        (("2026-03-09", "cue"), ("2023-08", "cue"), True),
        # a date is missing
        ((None, "cue"), ("2023-08", "date"), False),
        # a standing measure named first carries the report's date
        (("2026-03-09", "background"), ("2023-08", "date"), False),
    ],
)
def test_earlier_step_needs_an_aged_or_standing_later_event_of_another_month(kept, later, earlier):
    assert _earlier_step(_dated(*kept), _dated(*later)) is earlier


def export_events(extractor: Extractor, text: str) -> list[tuple[list[str], list[str]]]:
    pred = predict(extractor, text)
    return [(e["actors"], e["partners"]) for e in pred["events"] if e["action"] == "export_control"]


_FILLER = "Chipmakers said costs would rise. Prices climbed on Tuesday. "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a measure named by the step that made it ("the curbs Beijing imposed") refers back to
        # the step told before with no actor, and names its actor
        (
            "New export curbs on gallium take effect in China on Monday. "
            + _FILLER
            + "Several export curbs Beijing imposed on gallium worry buyers in Japan.",
            [(["CHN"], ["JPN"])],
        ),
        # ... but not to a step another actor took
        (
            "Japan tightened export curbs on gallium scrap on Monday. "
            + _FILLER
            + "Several export curbs Beijing imposed on gallium worry buyers in Korea.",
            [(["JPN"], []), (["CHN"], ["KOR"])],
        ),
        # ... nor to one of another year
        (
            "New export curbs on gallium take effect in China on Monday. "
            + _FILLER
            + "Several export curbs Beijing imposed on gallium last year worry buyers in Japan.",
            [([], ["CHN"]), (["CHN"], ["JPN"])],
        ),
    ],
)
def test_a_measure_named_by_its_making_is_the_step_told_before(extractor, text, found):
    assert export_events(extractor, text) == found


def trade_events(extractor: Extractor, text: str) -> list[tuple[str, list[str]]]:
    pred = predict(extractor, text)
    return [(e["status"], e["actors"]) for e in pred["events"] if e["action"] == "trade_measure"]


_JOINT_TARIFFS = (
    "The United States and Canada imposed tariffs on graphite from China on Monday. "
    "Battery makers said costs would rise. Prices climbed on Tuesday. "
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a measure named by its owner is that owner's step told before, at whatever stage,
        # though the first mention named more actors
        (
            _JOINT_TARIFFS + "Washington's tariffs on graphite took effect on Friday.",
            [("in_force", ["USA", "CAN"])],
        ),
        # one called new is a step of its own
        (
            _JOINT_TARIFFS + "Washington's new tariffs on graphite took effect on Friday.",
            [("agreed", ["USA", "CAN"]), ("in_force", ["USA"])],
        ),
        # so is another owner's
        (
            _JOINT_TARIFFS + "Japan's tariffs on graphite took effect on Friday.",
            [("agreed", ["USA", "CAN"]), ("in_force", ["JPN"])],
        ),
    ],
)
def test_a_measure_named_by_its_owner_is_the_owners_step_told_before(extractor, text, found):
    assert trade_events(extractor, text) == found


def action_rows(extractor: Extractor, text: str, action: str) -> list[tuple[int, list[str]]]:
    pred = predict(extractor, text)
    return [(e["sentence"], e["actors"]) for e in pred["events"] if e["action"] == action]


_FAR = "Traders said prices rose. Miners cut output. "


@pytest.mark.parametrize(
    ("text", "action", "found"),
    [
        # a measure named as the frame of another fact is the one told before, however far,
        # whoever the fact concerns
        (
            "Congo banned cobalt exports in February. "
            + _FAR
            + "Shipments by China's CMOC collapsed during the ban.",
            "export_control",
            [(0, ["COD"])],
        ),
        (
            "Congo banned cobalt exports in February. "
            + _FAR
            + "Glencore has held back cobalt shipments since the ban.",
            "export_control",
            [(0, ["COD"])],
        ),
        (
            "Japan and Australia signed a lithium supply pact on Monday. "
            + _FAR
            + "Under the pact, Japan and Australia agreed to share data.",
            "agreement",
            [(0, ["JPN", "AUS"])],
        ),
        # a measure not framed by a preposition far on may be a step of its own
        (
            "Congo banned cobalt exports in February. "
            + _FAR
            + "China banned cobalt exports to Japan in March.",
            "export_control",
            [(0, ["COD"]), (3, ["CHN"])],
        ),
    ],
)
def test_a_measure_framing_another_fact_is_the_step_told_before(extractor, text, action, found):
    assert action_rows(extractor, text, action) == found


_QUIET = "Traders said prices fell. Output slipped. "


@pytest.mark.parametrize(
    ("text", "action", "found"),
    [
        # a measure named by the participle of its making is the step told before
        (
            "China and the United States agreed a trade truce on rare earths on Monday. "
            + _QUIET
            + "China said it would implement the important consensus reached by the two leaders.",
            "agreement",
            [(0, ["CHN", "USA"])],
        ),
        (
            "Japan and Australia signed a lithium supply pact on Monday. "
            + _QUIET
            + "Japan will carry out the pact signed by the two governments.",
            "agreement",
            [(0, ["JPN", "AUS"])],
        ),
        # one called new is a step of its own
        (
            "Japan imposed tariffs on graphite from China on Monday. "
            + _QUIET
            + "The new tariffs imposed on graphite from China take effect in June.",
            "trade_measure",
            [(0, ["JPN"]), (3, ["JPN"])],
        ),
    ],
)
def test_a_measure_named_by_the_participle_of_its_making_is_told_before(
    extractor, text, action, found
):
    assert action_rows(extractor, text, action) == found


_CONGO_BAN = "Congo's ban on cobalt exports has drawn refiners, officials said on Monday. " + _QUIET


@pytest.mark.parametrize(
    "text",
    [
        # the participle may follow a comma ("the ban, announced last year,")
        _CONGO_BAN + "The ban, announced last year, was meant to keep cobalt at home rather than "
        "ship it to China.",
        _CONGO_BAN + "The ban, set last year, was meant to keep cobalt at home rather than ship "
        "it to China.",
    ],
)
def test_a_measure_named_by_a_participle_after_a_comma_is_told_before(extractor, text):
    assert action_rows(extractor, text, "export_control") == [(0, ["COD"])]


def _counts(extractor: Extractor, text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for event in predict(extractor, text)["events"]:
        counts[event["action"]] = counts.get(event["action"], 0) + 1
    return counts


@pytest.mark.parametrize(
    ("text", "action", "count"),
    [
        # a later clause naming no actor of its own that refers back ("the permit") is the
        # step of the first clause, however far from the clause's start
        (
            "The copper mine won its federal permit from the Interior Department in May, but "
            "several local tribes and farmers have since challenged the permit in court.",
            "permitting",
            1,
        ),
        (
            "Washington imposed tariffs on Chinese graphite in May, and carmakers in Detroit "
            "warn that the tariffs have raised battery costs.",
            "trade_measure",
            1,
        ),
        (
            "Peru approved the environmental permit for the Tia Maria copper mine in April, but "
            "villagers living near the pit have appealed against the permit.",
            "permitting",
            1,
        ),
        # a clause with an actor of its own is a step of its own
        (
            "Canada approved the nickel mine's permit in May, and Australia suspended the "
            "permit of a rival mine in June.",
            "permitting",
            2,
        ),
    ],
)
def test_a_clause_referring_back_without_its_own_actor_restates_the_step(
    extractor, text, action, count
):
    assert _counts(extractor, text).get(action, 0) == count


def _talks(action, actors, partners, sentence):
    return {
        **_event(None, sentence),
        "action": action,
        "actors": actors,
        "partners": partners,
    }


@pytest.mark.parametrize(
    ("action", "second", "merged"),
    [
        # talks or a pact between two governments told again with the other side acting
        ("negotiation", (["USA"], []), True),
        ("agreement", (["USA"], ["KOR"]), True),
        # a third government in them is another step
        ("negotiation", (["USA"], ["JPN"]), False),
        # a measure taken by the other side is a step of its own
        ("trade_measure", (["USA"], []), False),
    ],
)
def test_the_other_side_of_talks_between_governments_restates_them(action, second, merged):
    out = merge_duplicates(
        [_talks(action, ["KOR"], ["USA"], 0), _talks(action, *second, 1)], "2026-03-10"
    )
    assert len(out) == (1 if merged else 2)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Japan's trade minister held talks with U.S. officials on lithium supplies this week. "
            "U.S. Commerce Secretary Raimondo met the minister on Tuesday for talks on the "
            "lithium rules.",
            1,
        ),
    ],
)
def test_talks_told_from_either_side_are_one_event(extractor, text, count):
    events = predict(extractor, text)["events"]
    assert sum(e["action"] == "negotiation" for e in events) == count


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "The Pentagon will lend $620 million to Vulcan Elements to build a rare earth magnet "
            "plant in the United States, and the Energy Department will provide a $80 million "
            "grant to ReElement Technologies for a refinery.",
            [620e6, 80e6],
        ),
        (
            "Canberra will provide A$100 million to Iluka for a rare earths refinery, and "
            "Tokyo will lend $50 million to Lynas for its heavy rare earths plant.",
            [None, 50e6],
        ),
    ],
)
def test_each_clause_commits_its_own_sum(extractor, text, amounts):
    pred = predict(extractor, text)
    assert [e["amount_usd"] for e in pred["events"] if e["action"] == "investment"] == amounts


@pytest.mark.parametrize(
    ("text", "action", "found"),
    [
        # a lead and the next sentence elaborating it, whatever status each one's cue words
        # give, are one step with the lead's status
        (
            "The order directs the trade ministry to open an inquiry into imports of processed "
            "cobalt. The ministry will lead the review, which will also consider whether to "
            "impose tariffs on cobalt.",
            "trade_measure",
            ["agreed"],
        ),
        # (session 20: "will allow miners to resume exports" now reads a lifting, revoked, R1,
        # stexport2; a lifting and a later mention are kept apart, so the lead here is a licence)
        (
            "Chile will require licences for exports of copper concentrate, the ministry said. "
            "Exports could restart for companies that meet the new rules on copper.",
            "export_control",
            ["agreed"],
        ),
        # told a sentence further on, the other label stays a step of its own
        (
            "Chile will require licences for exports of copper concentrate, the ministry said. "
            "The decision follows months of talks with the country's smelters. Exports could "
            "restart for companies that meet the new rules on copper.",
            "export_control",
            ["agreed", "proposed"],
        ),
    ],
)
def test_a_lead_and_its_elaboration_are_one_step(extractor, text, action, found):
    events = predict(extractor, text)["events"]
    assert [e["status"] for e in events if e["action"] == action] == found
