"""Session 43 cue vocabulary: a journalist's other words for approvals, export taxes, quotas
and throttled shipments, stockpiles, funding calls and joint development, and look-alikes that
are no step (a market's floor, a court's scheme, a blocking stake, an unsold glut, a general
judgement). Sentences written here, read through the whole extractor, with the learned action
model on and off."""

import pytest
from predict import action_types

from nlp.extract import Extractor

FOUND = [
    # approvals in other words
    ("Laos's cabinet greenlit a bauxite mine near the Vietnamese border.", "permitting"),
    ("The state government rubber-stamped two nickel smelters in Sulawesi.", "permitting"),
    ("Peru's energy ministry waved through the expansion of the copper smelter.", "permitting"),
    (
        "Argentina signed off on the takeover of the lithium developer by a Chinese group.",
        "permitting",
    ),
    ("Greenland's government put a halt to all uranium exploration on the island.", "permitting"),
    # export restrictions and taxes in other words
    (
        "Beijing throttled exports of gallium to Japanese chipmakers in the spring.",
        "export_control",
    ),
    ("Indonesia will impose a tax on nickel pig iron exports next year.", "export_control"),
    ("Zambia scrapped its planned levy on copper concentrate exports.", "export_control"),
    (
        "Congo capped the tonnage of cobalt authorised for export at 96,600 tonnes a year.",
        "export_control",
    ),
    ("China lifted its controls on graphite for buyers in the United States.", "export_control"),
    # a reserve built, the minerals named as a class
    ("Japan will stockpile rare metals worth 60 days of consumption by 2030.", "stockpile"),
    # money: a funding call with its sum, a state firm's joint development deal
    (
        "Chile's Corfo opened a call for proposals worth $300 million for copper smelting projects.",
        "investment",
    ),
    (
        "Bolivia's YLB signed an agreement with a Russian group to jointly develop lithium in Oruro.",
        "investment",
    ),
    # a minister blocking a buyer's attempt to raise its stake
    (
        "The treasurer blocked a Hong Kong fund's attempt to increase its holding in the nickel miner.",
        "sanction",
    ),
    # the US rule that lists listed firms' affiliates, suspended
    (
        "Washington suspended the affiliates rule for a year as part of the rare earths truce.",
        "sanction",
    ),
]

NOT_FOUND = [
    # a market's level, no price scheme
    (
        "Nickel fell 3% on Monday. Brokers said the market was hunting for a floor near $15,000.",
        "price_mechanism",
    ),
    (
        "Cobalt slid again. Traders said prices were searching for a price floor around $25,000.",
        "price_mechanism",
    ),
    # a court approving a takeover scheme, a shareholder's blocking stake
    (
        "The Supreme Court of New South Wales sanctioned the nickel miner's scheme of arrangement.",
        "sanction",
    ),
    ("The billionaire built a blocking stake of 19.9% in the lithium explorer.", "sanction"),
    # a takeover bid fended off commits no money
    ("The copper miner fought off a takeover bid from a larger rival in 2023.", "investment"),
    # a firm's talks with a government beside an arbitration case
    (
        "The miner kept its copper arbitration claim on hold while discussions with Ecuador went on.",
        "negotiation",
    ),
    # producers' unsold stocks and a general judgement of stockpiles
    (
        "Lithium stockpiles are piling up at mine sites in Western Australia, producers said.",
        "stockpile",
    ),
    ("Stockpiles of cobalt buy time for carmakers, not security of supply.", "stockpile"),
    ("Strategic reserves of gallium are no substitute for new refineries.", "stockpile"),
    # taxes collected on exports are revenue, exports throttled by a port are a market's trouble
    (
        "The junta collected taxes on bauxite exports worth $200 million last year.",
        "export_control",
    ),
    ("Copper exports were throttled by congestion at the port of Durban.", "export_control"),
    # a firm stopping its own drilling is no permit step
    (
        "The explorer halted exploration at its lithium project after poor drill results.",
        "permitting",
    ),
]


@pytest.mark.parametrize(("text", "action"), FOUND)
def test_other_words_make_the_step(
    extractor: Extractor, action_model_mode: bool, text: str, action: str
) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("text", "action"), NOT_FOUND)
def test_look_alikes_make_no_step(
    extractor: Extractor, action_model_mode: bool, text: str, action: str
) -> None:
    assert action not in action_types(extractor, text)
