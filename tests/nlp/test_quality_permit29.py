"""Permitting read as a government's hold on leave to mine (helper "permit", session 29): the
mining cadastre, the register where titles are applied for, closed or reopened, a new online
cadastre, a mine ordered closed by an authority, concessions handed out, a project or mine
rejected with its size or developer told at length, land withdrawn from new mining, a factory
approved, a deal cleared by a competition watchdog or market regulator and the licensing of a
mine named as such. Near misses: data offered through the cadastre, smelters ordered closed (a
plant campaign), a mine that closed on its own, claims rejected, a venture left and a firm's
board approving its own factory, approvals told as disrupting factories, and a market
regulator's warning. Read through the whole extractor; the near misses with the learned action
model off, as the rows test the rules."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # the mining cadastre closed or suspended, the register of titles
        "Zambia closed its mining cadastre in 2019 while it audited existing copper titles.",
        "The cadastre, where explorers apply for lithium claims, has been suspended since May.",
        # a new online cadastre
        "Applications for copper titles will go through a new online cadastre from March, "
        "Zambia's mines ministry said.",
        # a mine ordered closed, in the active and the passive
        "Honduras's president ordered the zinc mine closed on Monday after a spill.",
        "Dozens of small nickel mines had been ordered closed by the environment ministry in 2017.",
        # concessions handed out
        "Mexico's previous government handed out dozens of lithium concessions in 2019.",
        # a project or mine rejected, its size or developer told at length between
        "A panel of ministers rejected the $1.2 billion Northgate nickel and cobalt project on "
        "Tuesday.",
        "The environment minister formally rejected the company's proposed open-pit graphite "
        "mine in the north.",
        # land withdrawn from new mining
        "The agency withdrew about 200,000 acres of the national forest from new mining for 20 "
        "years.",
        # a factory approved
        "The regional government granted the carmaker final approval for its battery factory on "
        "Friday.",
        # a deal cleared by a competition watchdog or a market regulator
        "Britain's competition watchdog cleared the lithium deal in October.",
        "China's market regulator approved the lithium partnership between the two miners on "
        "Tuesday.",
        # the licensing of a mine named as such
        "The lithium developer said the licensing of the mine itself would follow the "
        "feasibility study in Portugal.",
    ],
)
def test_a_cadastre_closed_a_mine_ordered_closed_or_concessions_handed_out_is_permitting(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "permitting" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # data offered through the cadastre
        "Geological maps of the copper belt will be offered to explorers through the mining "
        "cadastre, Zambia said.",
        # smelters ordered closed are a plant campaign
        "Authorities ordered the aluminium smelters in the province closed for the winter.",
        # a mine that closed on its own
        "The copper mine in Zambia closed in 2019 after prices fell.",
        # things other than titles handed out
        "The ministry handed out food parcels to miners' families near the cobalt mine.",
        # claims rejected, a venture left, a firm's board approving its own factory
        "The company rejected claims that its proposed copper and gold mine would pollute the "
        "river.",
        "The battery maker withdrew from its joint venture to build a lithium refinery in "
        "Portugal.",
        "The carmaker's board approved a new battery factory in Hungary on Monday.",
        # approvals told as disrupting factories, no factory approved
        "Months of slow approvals have disrupted electronics factories around the world, the "
        "lithium traders said.",
        # a market regulator warning traders, no clearance
        "China's market regulator warned lithium traders against hoarding and speculation.",
    ],
)
def test_data_through_the_cadastre_smelters_or_a_mine_closing_is_no_permitting(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "permitting" not in action_types(extractor, text)
