"""Project readings of session 34 (nlp/data/actions.yaml, the `pj34_` combos and exclusions):
talk about mines and plants that is no step on a named one. A halt a plant "had to" make told
as background, mines or plants as a bare plural after the step, "mining" naming the firms or
their stakes, a final investment decision a permit must come before, a fund, an agency or a
port that begins operating, a plant firms as a kind are asked to build, and what building one
costs. Each table holds rows where the reading must hold and near misses where a project event
must stay; read through the whole extractor as shipped."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # a halt a plant had to make, told as background (pj34_A)
        (
            "Zambia's copper smelters had to halt production last year when power cuts hit the "
            "Copperbelt.",
            False,
        ),
        (
            "Several Norwegian aluminium plants had to stop production after a cyber attack, "
            "the company said.",
            False,
        ),
        # not: a halt announced on a named plant
        (
            "Zambia's Mopani copper smelter will halt production for a month, the company said.",
            True,
        ),
    ],
)
def test_a_halt_a_plant_had_to_make_is_background(
    extractor: Extractor, text: str, project: bool
) -> None:
    assert ("project" in action_types(extractor, text)) is project


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # mines or plants as a kind, a bare plural right after the step (pj34_C)
        ("Chinese firms have been expanding mines in Zambia's copper belt for a decade.", False),
        (
            "Italy must reopen mines closed decades ago to secure lithium and cobalt, the "
            "minister said.",
            False,
        ),
        ("Falling nickel prices have shut mines in Western Australia this year.", False),
        ("Alberta wants to make it cheaper to open new mines for copper and nickel.", False),
        # not: one named mine, its owner's
        ("First Quantum has been expanding its Kansanshi copper mine in Zambia.", True),
        ("Italy will reopen the Gorno zinc mine next year, the minister said.", True),
        ("Glencore will open two new copper mines in Zambia next year.", True),
    ],
)
def test_mines_or_plants_as_a_kind_are_no_project(
    extractor: Extractor, text: str, project: bool
) -> None:
    assert ("project" in action_types(extractor, text)) is project


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # "mining" naming the firms or their stakes (pj34_D)
        (
            "Zambia will scrap a rule that stops mining companies deducting copper royalties "
            "from their taxes.",
            False,
        ),
        (
            "Seoul told KORES to stop selling its overseas mining stakes in nickel and cobalt.",
            False,
        ),
        # not: mining itself stopped
        ("Glencore stopped mining copper at Mopani in Zambia last year.", True),
    ],
)
def test_mining_naming_the_firms_is_no_mine_halted(
    extractor: Extractor, text: str, project: bool
) -> None:
    assert ("project" in action_types(extractor, text)) is project


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # a final investment decision a permit must come before (pj34_E)
        (
            "Anglo American needs a Finnish mining permit before it can take a final investment "
            "decision on its nickel mine.",
            False,
        ),
        (
            "The partners must still obtain water permits in Peru before taking a final "
            "investment decision on the copper mine.",
            False,
        ),
        # not: the decision itself announced
        (
            "Anglo American said it would take a final investment decision on its Finnish nickel "
            "mine next year.",
            True,
        ),
    ],
)
def test_a_decision_a_permit_comes_before_is_its_condition(
    extractor: Extractor, text: str, project: bool
) -> None:
    assert ("project" in action_types(extractor, text)) is project


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # a fund, an agency or a port that begins operating (pj34_F)
        (
            "Canada's critical minerals fund, which began operating in May, backs graphite and "
            "nickel projects.",
            False,
        ),
        (
            "The Chinese-owned port in Peru began operating in November and will ship copper "
            "concentrate to Asia.",
            False,
        ),
        # not: a plant that begins operating
        ("Ontario's new graphite processing plant began operating in May.", True),
    ],
)
def test_a_fund_or_port_beginning_to_operate_is_no_plant(
    extractor: Extractor, text: str, project: bool
) -> None:
    assert ("project" in action_types(extractor, text)) is project


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # a plant firms as a kind are asked or invited to build (pj34_G)
        (
            "Peru has invited Chinese companies to set up a copper smelter near the port of Callao.",
            False,
        ),
        (
            "Namibia wants any new producer to build a lithium concentrator locally, the ministry "
            "said.",
            False,
        ),
        ("Zimbabwe has asked foreign investors to build a lithium refinery in the country.", False),
        # not: one firm that will build
        ("Tsingshan will build a nickel smelter in Morowali, the company said.", True),
    ],
)
def test_a_plant_firms_are_asked_to_build_is_a_policy_aim(
    extractor: Extractor, text: str, project: bool
) -> None:
    assert ("project" in action_types(extractor, text)) is project


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # what building a plant costs (pj34_H)
        (
            "Mongolia wants Rio Tinto to cover the Oyu Tolgoi copper mine's construction costs.",
            False,
        ),
        # not: construction begun
        ("Construction of the Oyu Tolgoi copper mine's underground section began in 2016.", True),
    ],
)
def test_construction_costs_are_no_step(extractor: Extractor, text: str, project: bool) -> None:
    assert ("project" in action_types(extractor, text)) is project
