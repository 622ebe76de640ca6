"""Words of a policy cue used in another sense — time invested, a chart's support level, money a
firm still seeks, exchange stockpiles dwindling, costs cut, a firm setting a standard or having a
strategy — make no event, while the policy sense beside them still does. Sentences written here,
read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

OTHER_SENSE = [
    # prices settled between firms, a permit breached
    ("Lithium prices are negotiated between miners and converters every quarter.", "negotiation"),
    (
        "Iron ore and nickel price negotiations with Chinese mills dragged on in 2009.",
        "negotiation",
    ),
    ("The court fined the lithium company for breaching its environmental permit.", "permitting"),
    ("Inspectors said the copper smelter had violated its mining licence in Zambia.", "permitting"),
    # a crackdown on illegal mining or smuggling at home is enforcement, not a sanction
    ("China launched a crackdown on illegal rare earth mining in Jiangxi province.", "sanction"),
    ("Indonesia began a crackdown on illegal nickel mines that dodge royalties.", "sanction"),
    ("China's crackdown on rare earth smuggling has cut supply, traders said.", "sanction"),
    # minerals described by the list or law they stand in, not listed now
    (
        "The list covers 14 of the 17 strategic raw materials named in the law, including lithium.",
        "strategy",
    ),
    ("Cobalt is one of the 50 critical minerals listed in the 2022 US list.", "strategy"),
    # routine maintenance, and producers cutting output to lift the market
    (
        "The company said copper production rose 5% after the smelter restarted following "
        "maintenance.",
        "project",
    ),
    (
        "Glencore reported a fall in cobalt output after it closed a mine in Congo for "
        "maintenance.",
        "project",
    ),
    ("The nickel refinery in Finland was shut for repairs for two weeks in May.", "project"),
    (
        "The zinc price rallied as Chinese smelters agreed to cut production to support prices.",
        "price_mechanism",
    ),
    # a loan paid back or defaulted on, a miner's licence to operate
    ("The loan will be repaid over ten years, the cobalt company said.", "investment"),
    ("The nickel miner said it would repay the loan early from lithium sales.", "investment"),
    ("The lithium company defaulted on a $200 million loan from Chinese banks.", "investment"),
    ("The company's licence to operate the copper mine runs until 2040.", "project"),
    # a list described in the present, not a list made
    ("Australia lists 31 critical minerals, among them titanium, lithium and cobalt.", "strategy"),
    ("The EU lists 34 critical raw materials, including gallium and germanium.", "strategy"),
    (
        "The company invested time and effort in building relationships with communities near "
        "its nickel mine.",
        "investment",
    ),
    (
        "Gold miners in Ghana have invested considerable effort in lithium exploration.",
        "investment",
    ),
    (
        "The nickel price has been in a trading range for months, with support at $15,000 a tonne.",
        "investment",
    ),
    (
        "Cobalt found support at $24,000 a tonne on the LME after a week of selling.",
        "investment",
    ),
    (
        "The company will restart its investor roadshow in Tokyo, seeking funding for the nickel "
        "project.",
        "investment",
    ),
    (
        "The Canadian lithium developer is seeking financing of $300 million for its Quebec mine.",
        "investment",
    ),
    (
        "Copper hit a record high on the London Metal Exchange as stockpiles in Shanghai "
        "warehouses dwindled.",
        "stockpile",
    ),
    ("Zinc stockpiles shrank for a fifth week as Chinese buyers returned.", "stockpile"),
    (
        "Nickel's slump has forced miners in Australia to review their operations and cut costs.",
        "project",
    ),
    (
        "The copper miner said weak prices would force it to cut jobs at its operations in Zambia.",
        "project",
    ),
    (
        "The rare earths producer said it had set a new standard for safety at its Mountain Pass "
        "mine.",
        "standards",
    ),
    (
        "Executives said the Chilean lithium plant sets the standard for water use in the "
        "industry.",
        "standards",
    ),
    (
        "The miner's strategy is to focus on copper and exit coal, its chief executive said.",
        "strategy",
    ),
    (
        "Analysts said the company's strategy of buying cobalt assets in Congo had paid off.",
        "strategy",
    ),
]

POLICY_SENSE = [
    (
        "Peru's ministry revoked the copper miner's environmental permit after a spill.",
        "permitting",
    ),
    (
        # talks not yet concluded; a deal "negotiated" is an agreement reached
        "Indonesia and the United States are negotiating a nickel trade deal in Washington.",
        "negotiation",
    ),
    (
        "Washington launched a crackdown on Chinese firms evading export controls on gallium.",
        "sanction",
    ),
    (
        "The EU named 17 strategic raw materials in the Critical Raw Materials Act, including "
        "lithium.",
        "strategy",
    ),
    ("Canada named six new critical minerals on Friday, including phosphate.", "strategy"),
    ("Glencore closed its Mutanda cobalt mine in Congo in 2019, blaming low prices.", "project"),
    (
        "Beijing set a minimum price to support the rare earths market, the ministry said.",
        "price_mechanism",
    ),
    (
        "The DFC granted a $150 million loan to a Brazilian rare earths miner that will be "
        "repaid from 2030.",
        "investment",
    ),
    ("Sigma Lithium began operating its lithium plant in Brazil in April.", "project"),
    (
        "Canada added six minerals to its critical minerals list on Friday, including phosphate.",
        "strategy",
    ),
    ("The United States listed 50 critical minerals in 2022, adding nickel and zinc.", "strategy"),
    (
        "Japan will invest $300 million in a rare earths refinery in Western Australia.",
        "investment",
    ),
    (
        "The state bank provided support of $200 million to the Brazilian nickel project.",
        "investment",
    ),
    (
        "The US Defense Logistics Agency will buy cobalt worth $500 million for the national "
        "defense stockpile.",
        "stockpile",
    ),
    ("South Korea plans to expand its stockpiles of lithium and rare earths.", "stockpile"),
    ("Glencore will halt production at its Mutanda cobalt mine in Congo.", "project"),
    (
        "The European Union and Canada agreed to develop common standards for battery "
        "traceability.",
        "standards",
    ),
    (
        "Australia released its critical minerals strategy, naming lithium and cobalt as "
        "priorities.",
        "strategy",
    ),
]


@pytest.mark.parametrize(("text", "action"), OTHER_SENSE)
def test_other_sense_makes_no_event(extractor: Extractor, text: str, action: str) -> None:
    assert action not in action_types(extractor, text)


@pytest.mark.parametrize(("text", "action"), POLICY_SENSE)
def test_policy_sense_still_found(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)
