"""Frames of actions.yaml: a step someone speculates a measure could lead to, or one that would
otherwise have happened, makes no event, while the step the sentence reports before the frame
stays. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.actions import ACTIONS, sentence_actions
from nlp.cues import CueKey, Hit
from nlp.extract import Extractor
from nlp.lexicon import load_data

# (sentence, the action the frame must not make, the action reported before it or None)
FRAMED = [
    (
        "The investigation may result in anti-dumping duties on graphite electrodes from China.",
        "trade_measure",
        None,
    ),
    (
        "Beijing's move could prompt Washington to add more Chinese refiners to its entity list.",
        "sanction",
        None,
    ),
    (
        "The stockpile could be used as leverage in trade talks with the United States on "
        "rare earths.",
        "negotiation",
        None,
    ),
    (
        "The tariff risks prompting China to halt exports of rare earth magnets to the United "
        "States.",
        "export_control",
        None,
    ),
    (
        "The deal might open the door to price floors for nickel in Indonesia.",
        "price_mechanism",
        None,
    ),
    (
        "The ministry said it would otherwise have banned exports of nickel ore from January.",
        "export_control",
        None,
    ),
    (
        "Japan's loan to Lynas, which could be used to expand the Malaysian refinery, totals "
        "A$200 million.",
        "project",
        "investment",
    ),
    (
        "China banned exports of rare earth processing technology, a move that might prompt Japan "
        "to build its own stockpile.",
        "stockpile",
        "export_control",
    ),
    (
        "Washington added 140 Chinese chip firms to its entity list, which could trigger curbs on "
        "gallium exports by Beijing.",
        "export_control",
        "sanction",
    ),
]


# what an outcome depends on is an open question, not a step
FRAMED += [
    (
        "How much gallium reaches Europe will depend on whether Beijing approves export licences.",
        "export_control",
        None,
    ),
    (
        "Prices will rise or fall depending on whether Washington imposes tariffs on Chinese "
        "graphite.",
        "trade_measure",
        None,
    ),
    (
        "Mining in Quebec would depend on how quickly Ottawa grants permits for lithium mines.",
        "permitting",
        None,
    ),
]


# a step doubted, raised as a prospect by another step, or floated by analysts or an industry,
# not taken
FRAMED += [
    (
        "Traders doubted that a cobalt quota would be enforced before 2027.",
        "export_control",
        None,
    ),
    (
        "The probe unsettled markets, raising the prospect of tariffs on Chinese graphite anodes.",
        "trade_measure",
        None,
    ),
    (
        "Analysts raised the prospect of export curbs on tungsten concentrates next year.",
        "export_control",
        None,
    ),
    (
        "Industry executives floated the idea of a tariff on imported lithium cells.",
        "trade_measure",
        None,
    ),
]

# a generic judgement of a kind of measure blinds the words before it
FRAMED += [
    (
        "Critics say export bans rarely work, pointing to Indonesia's experience with nickel.",
        "export_control",
        None,
    ),
    ("Export controls are a blunt tool, said a former trade official.", "export_control", None),
    (
        "Tariffs on critical minerals tend to raise costs for manufacturers, economists say.",
        "trade_measure",
        None,
    ),
    ("Price floors for lithium can backfire when demand slumps, he said.", "price_mechanism", None),
]


# markets moved by a step they expect, hope for or fear; a step told beside it still counts
FRAMED += [
    (
        "Nickel prices fell on expectations that Jakarta will ease its ore export ban.",
        "export_control",
        None,
    ),
    ("Shares of lithium miners rose on hopes of a state price floor.", "price_mechanism", None),
    (
        "Cobalt jumped on fears that Kinshasa would extend its export suspension. The European "
        "Union imposed anti-dumping duties on Chinese cobalt on Monday.",
        "export_control",
        "trade_measure",
    ),
]


@pytest.mark.parametrize(("text", "framed", "reported"), FRAMED)
def test_frame_makes_no_event(
    extractor: Extractor, text: str, framed: str, reported: str | None
) -> None:
    found = action_types(extractor, text)
    assert framed not in found
    if reported:
        assert reported in found


# steps reported in full with a frame elsewhere in the sentence, or words that only look like one
KEPT = [
    (
        "China imposed export controls on gallium, which tend to raise prices for chipmakers.",
        "export_control",
    ),
    (
        "Washington imposed tariffs on Chinese graphite in May, and prices tend to follow such "
        "moves.",
        "trade_measure",
    ),
    (
        "China restricted exports of graphite in December, and prices will depend on how "
        "strictly the curbs are enforced.",
        "export_control",
    ),
    (
        "China restricted exports of antimony on Thursday, a move that could lead to shortages in "
        "Europe.",
        "export_control",
    ),
    (
        "The United States imposed a 25% tariff on Chinese graphite, which could prompt a response "
        "from Beijing.",
        "trade_measure",
    ),
    (
        "The Pentagon awarded $90 million to the antimony project, a step that could lead to new "
        "mines in Idaho.",
        "investment",
    ),
    (
        "Under the new rules, Chinese exporters of graphite would not have to seek export licences "
        "for small samples.",
        "export_control",
    ),
    (
        "Canada said on Monday it would invest C$500 million in a rare earths refinery in "
        "Saskatchewan.",
        "investment",
    ),
]


# a step a government floats, or offers as its answer, is its proposed step (R3: "could",
# "threatens"), whatever the frame's words
KEPT += [
    (
        "Jakarta raised the prospect of banning bauxite exports last year but did nothing.",
        "export_control",
    ),
    (
        "Beijing could respond by restricting exports of gallium, officials in Tokyo fear.",
        "export_control",
    ),
    (
        "Canada imposed a 25% tariff on Chinese graphite anodes; Beijing could retaliate by "
        "curbing rare earth exports.",
        "export_control",
    ),
    (
        "Ottawa floated the idea of an export tax on potash shipments to the United States.",
        "export_control",
    ),
]

# a ministry or a government's plan whose name holds a caller's word ("industry") is no caller
KEPT += [
    (
        "China's industry ministry called on smelters to keep cobalt prices within a reasonable "
        "range.",
        "price_mechanism",
    ),
    (
        "Seoul's battery industry strategy calls for public investment of 2 trillion won in "
        "lithium refining.",
        "investment",
    ),
]


@pytest.mark.parametrize(("text", "action"), KEPT)
def test_step_outside_the_frame_stays(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)


def _hit(label: str, kind: str, start: int, end: int, combo: int = -1) -> Hit:
    return Hit(CueKey("action", label, kind, combo), start, end)


def test_a_frame_blinds_every_action_only_within_its_reach() -> None:
    frame = _hit("*", "frame", 2, 5, 4)  # words 2-4, reach 4 -> tokens 2..8
    inside = _hit("export_control", "phrase", 7, 9)
    beyond = _hit("trade_measure", "phrase", 9, 10)
    before = _hit("sanction", "phrase", 0, 2)
    cues = sentence_actions([frame, inside, beyond, before], lambda _: [])
    assert [c.action for c in cues] == ["sanction", "trade_measure"]


def test_a_backward_frame_blinds_the_words_before_it() -> None:
    frame = _hit("*", "frame", 6, 8, -3)  # words 6-7, reach 3 back -> tokens 3..5
    inside = _hit("export_control", "phrase", 4, 6)
    before = _hit("trade_measure", "phrase", 0, 2)
    after = _hit("sanction", "phrase", 9, 10)
    cues = sentence_actions([frame, inside, before, after], lambda _: [])
    assert [c.action for c in cues] == ["trade_measure", "sanction"]
    # a longer reading ending where the frame ends cancels it
    longer = _hit("*", "unframe", 5, 8)
    cues = sentence_actions([frame, longer, inside], lambda _: [])
    assert [c.action for c in cues] == ["export_control"]


def test_a_longer_reading_at_the_frame_cancels_it() -> None:
    frame = _hit("*", "frame", 2, 5, 4)
    longer = _hit("*", "unframe", 2, 6)
    inside = _hit("export_control", "phrase", 7, 9)
    cues = sentence_actions([frame, longer, inside], lambda _: [])
    assert [c.action for c in cues] == ["export_control"]


def test_frames_blind_every_action_of_the_cue_file() -> None:
    assert set(ACTIONS) == set(load_data("actions.yaml")["actions"])


# evfp: a reader's reaction to a measure told before ("was reviewing the rules", "is assessing
# the tariffs") makes no event of it
REACTIONS = [
    (
        "The miner said it was reviewing the new mining regulations and their effect on its "
        "lithium operations.",
        "strategy",
    ),
    (
        "The refiner said it was examining the new export rules for cobalt hydroxide.",
        "export_control",
    ),
    (
        "Industry groups said they were assessing the new tariffs on graphite anodes.",
        "trade_measure",
    ),
    (
        "The utility is evaluating the export ban on nickel ore and its cost to smelters.",
        "export_control",
    ),
]

# a step studied as an idea or by its terms, or a government reviewing licences, stays a step
STUDIED_STEPS = [
    (
        "Indonesia is studying the creation of a grouping of nickel-producing countries.",
        "bloc_formation",
    ),
    ("Chile is studying the possibility of a price floor for lithium.", "price_mechanism"),
    (
        "Officials say they are studying the terms, including a proposed floor price for cobalt.",
        "price_mechanism",
    ),
    (
        "The ministry said it was reviewing the licences of lithium miners and would cancel "
        "those of idle mines.",
        "permitting",
    ),
]


@pytest.mark.parametrize(("text", "action"), REACTIONS)
def test_a_reaction_to_a_measure_makes_no_event(
    extractor: Extractor, text: str, action: str
) -> None:
    assert action not in action_types(extractor, text)


@pytest.mark.parametrize(("text", "action"), STUDIED_STEPS)
def test_a_step_studied_as_an_idea_stays(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)


# evfp: "control" as ownership or dominance after an export control told before is no second
# control ("wants Washington to gain control of the island", "quotas to control supply")
_CURB = "China restricted exports of gallium in August. "
OWNERSHIP = [
    _CURB + "The island has become a focus since the president said he wanted Washington to "
    "gain control of its rare earth deposits.",
    _CURB + "The magnate gave up control of the aluminium producer in 2019.",
    _CURB + "Beijing has also leaned on production quotas for rare earths to control supply.",
    _CURB + "Officials have warned about Chinese control of lithium mines in Africa.",
]


@pytest.mark.parametrize("text", OWNERSHIP)
def test_control_as_ownership_is_no_second_export_control(extractor: Extractor, text: str) -> None:
    document = {"id": "q", "text": text, "published": "2026-03-10", "title": ""}
    actions = [e["action"] for e in extractor.extract(document)["events"]]
    assert actions.count("export_control") == 1


def test_controls_on_exports_stay_export_control(extractor: Extractor) -> None:
    text = "Beijing tightened controls on gallium exports in August."
    assert "export_control" in action_types(extractor, text)


# evfp: the world trade body's rules are no law of a state: a ban found to breach "global trade
# rules" makes no second strategy event, while a state's own new rules stay one
def test_world_trade_rules_are_no_strategy(extractor: Extractor) -> None:
    text = (
        "Indonesia passed a new mining law for nickel in May. Its ban on exports of nickel ore, "
        "in force since 2020, was found by a panel in 2022 to breach global trade rules."
    )
    document = {"id": "q", "text": text, "published": "2026-03-10", "title": ""}
    actions = [e["action"] for e in extractor.extract(document)["events"]]
    assert actions.count("strategy") == 1
    own = "Brussels adopted new rules on battery recycling for lithium in July."
    assert "strategy" in action_types(extractor, own)


# evfp: a threat to answer with unnamed steps ("would take all necessary measures") is no export
# control of the threatening state
_JAPAN_CURB = "Japan restricted exports of gallium to China in July 2023. "
THREATS = [
    _JAPAN_CURB + "China's commerce ministry said on Friday that Beijing would take all necessary "
    "measures to defend its firms.",
    _JAPAN_CURB + "A Chinese spokesman said on Friday that China would take corresponding measures "
    "if Tokyo insisted on its course.",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_threat_of_unnamed_measures_is_no_export_control(extractor: Extractor, text: str) -> None:
    document = {"id": "q", "text": text, "published": "2026-03-10", "title": ""}
    actions = [e["action"] for e in extractor.extract(document)["events"]]
    assert actions.count("export_control") == 1
