"""Projects read by the step on one mine or plant (helper "project", session 29): a mine's
first cargo told by its verb ("shipped its first", "dispatched the first", "began shipping"),
a plant built under a long name with its mineral or battery part, a plant or mine a firm is
studying or weighing (proposed). Near misses: "mining" naming the leave to mine or its holders
(permits, licences, concessions suspended), which is permitting, not a mine's work halted; a
first cargo exporters ship under licences (trade); a country's target for a mineral's output
(its plan, no plant's expansion); a plant an award is to pay the study of (the money's aim).
Sentences written here, read through the whole extractor with the learned action model off,
as the rows test the cue rules."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # a mine's first cargo told by its verb
        "The Kestrel mine in northern Ontario shipped its first nickel concentrate to a smelter "
        "in Sudbury on Monday.",
        "A state-owned miner in Tanzania dispatched the first containers of graphite concentrate "
        "from its new pit last week.",
        "The Ruvuma graphite project, its owner's first asset, started shipping in October.",
        # a plant built under a long name with its mineral or battery part
        "A Korean battery maker will build Poland's second lithium-ion battery cell factory near "
        "Wroclaw.",
        "Bolivia's state company signed a contract with a Chinese engineering firm to build an "
        "industrial-scale lithium carbonate plant on the salt flat.",
        # a plant or mine a firm is studying or weighing: a project proposed
        "The Chilean miner is studying a second concentrator at its northern copper operation.",
        "The aluminium producer said it will study an alumina refinery in Guinea in a later phase.",
        "The battery maker is weighing a European gigafactory, with Hungary and Spain in "
        "contention.",
    ],
)
def test_a_first_cargo_a_plant_built_or_a_plant_studied_is_a_project(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "project" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # "mining" naming the leave to mine or its holders: permitting, no mine halted
        "Indonesia's energy ministry suspended 40 mining business permits held by companies "
        "that failed to pay reclamation bonds.",
        "The constitutional court halted mining concessions in the cloud forest reserve in "
        "December.",
        "Guinea suspended all mining licences in the bauxite region pending an audit.",
        # a first cargo that exporters ship under licences is trade, no mine's start
        "Chinese exporters shipped the first cargoes of gallium under the new licences in October.",
        # a country's output target is its plan, no plant's expansion
        "Peru's government wants to triple copper output to 6 million tonnes a year by 2035.",
        "Mongolia has set a goal of raising copper output from about 300,000 tonnes to a million "
        "tonnes by 2030.",
        # a plant an award is to pay the study of is the money's aim (investment)
        "The defence department gave the explorer $12 million to study a graphite refinery in "
        "Alaska.",
    ],
)
def test_leave_to_mine_trade_an_output_target_or_a_funded_study_is_no_project(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "project" not in action_types(extractor, text)
