"""Permitting read as a government's grant, lifting or reform of leave to mine (helper "permit",
session 28): the right to develop or explore a deposit granted or allotted to a holder named at
length, a concession granted or its agreement signed, a suspension lifted with its length told,
an impact study put to consultation, a law making mines easier to open, a mine licensed,
prospecting barred, a quota authorised, a tender for one deposit and a bid round for
exploration. Near misses: permitting named as a project's stage or a rivalry's ground, a
subsidy scheme's bidding round, support approved (money), a firm approving its own project,
smelters ordered to halt (a plant campaign), shipments authorised and exports suspended by order
(trade). Read through the whole extractor; the near misses with the learned action model off, as
the shipped model already drops some of them and the rows test the rules."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # the right to develop or explore, granted or allotted to a holder named at length
        "Malawi has granted a Canadian-listed explorer the right to develop two graphite "
        "deposits in the south of the country.",
        "In March Namibia allotted the state miner 5,000 square kilometres to explore for lithium.",
        # a concession granted to a holder named at length, and a concession agreement signed
        "Angola granted the regional port operator and its partner a concession last week to run "
        "the copper terminal.",
        "Tanzania has signed a concession agreement with a private consortium to build a rail "
        "link to the nickel belt.",
        # a suspension lifted, its length told between
        "The cabinet lifted a three-year suspension on the coastal mineral sands project on "
        "Tuesday.",
        # an impact study put to consultation
        "The regional environment agency opened a public consultation on the environmental "
        "impact study for the nickel project on Monday.",
        # a law that makes mines easier, faster or cheaper to open
        "Parliament passed amendments that make it faster and cheaper to open new lithium mines "
        "in the northern provinces.",
        # a mine licensed, prospecting barred
        "Under the amended act a new nickel mine can be licensed only with the consent of the "
        "municipality.",
        "The new rules bar ore prospecting in national parks from January, the cobalt "
        "producer said.",
        # a quota authorised, a tender for one deposit, a bid round for exploration
        "The nuclear energy commission must authorise the lithium production quota before "
        "output can start.",
        "The economy ministry said a tender for the graphite deposit would open in the autumn.",
        "Peru launched an international bid round for copper exploration on Tuesday.",
    ],
)
def test_a_grant_lifting_or_reform_of_leave_to_mine_is_permitting(
    extractor: Extractor, text: str
) -> None:
    assert "permitting" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # permitting named as a project's stage or a rivalry's ground
        "Most of the company's lithium projects in Canada are still in permitting.",
        "Chile and Peru compete for copper investment on royalties and on permitting speed.",
        "Critics said many of the U.S. award winners for graphite plants still face permitting "
        "battles.",
        # a subsidy scheme's bidding round
        "Three carmakers were selected for the battery subsidy scheme after a bidding round.",
        # support approved is money
        "Japan's trade ministry has approved support for a dozen rare earth projects since 2022.",
        # a firm approving its own project
        "The $400 million copper expansion in Zambia, which Northwind Mining Ltd. approved in "
        "2021, adds a roasting plant.",
        # smelters ordered to halt, in the passive or with the firms named between
        "Dozens of zinc smelters in the northern province have been ordered to halt production "
        "to meet energy targets.",
        "Under a crackdown on illegal capacity, Beijing has ordered companies such as Northwind "
        "Aluminium to close smelters built without approval.",
        # shipments authorised and exports suspended by order are trade
        "Panama's port authority said it would stop authorising copper ore shipments from the "
        "mine's terminal.",
        "The president said he had ordered the suspension of coal exports to the neighbouring "
        "country.",
        # easier to pay for mines is money, no reform of leave to mine (lead, session 28)
        "Bankers said a common price floor for nickel could make it easier to finance mines "
        "and smelters in Southeast Asia.",
    ],
)
def test_a_stage_a_subsidy_a_plant_campaign_or_trade_is_no_permitting(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "permitting" not in action_types(extractor, text)
