"""Near misses of a policy event: firms' talks and meetings, amounts a company paid, companies
bought whole and market talk about a measure make no event of that type, while governments'
talks, offtakes and measures taken still do. Sentences written here, read through the whole
extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NEAR_MISSES = [
    # a firm's talks with buyers, lenders or a rival are not talks between governments
    (
        "Albemarle is in talks with foreign buyers over its Australian lithium refinery.",
        "negotiation",
    ),
    (
        "The nickel miner is in advanced talks with its lenders on $400 million of debt.",
        "negotiation",
    ),
    (
        "Glencore held talks with rival Teck Resources about combining their coal units.",
        "negotiation",
    ),
    (
        "The cobalt producer is negotiating with a Japanese trading house over a minority stake.",
        "negotiation",
    ),
    (
        "The copper miner is in exclusive talks with a private equity firm over its Chilean unit.",
        "negotiation",
    ),
    (
        "Lithium developer Vulcan said it was in talks with potential investors in Germany.",
        "negotiation",
    ),
    (
        "The graphite company remains in discussions with bondholders about a rescue plan.",
        "negotiation",
    ),
    # shareholders and boards meeting to discuss or vote
    (
        "MP Materials shareholders will meet to discuss the board's plan for the rare earths plant.",
        "negotiation",
    ),
    (
        "The board of the cobalt miner will meet next week to discuss the takeover offer.",
        "negotiation",
    ),
    (
        "Shareholders of the lithium producer will meet on June 5 to discuss the proposed merger.",
        "negotiation",
    ),
    (
        "The company's board met on Tuesday to discuss a dividend and the nickel expansion.",
        "negotiation",
    ),
    (
        "Lynas will hold an extraordinary general meeting to discuss a capital raising.",
        "negotiation",
    ),
    ("Directors of the copper miner met to discuss the offer from a Chinese rival.", "negotiation"),
    # royalties, taxes or duties a company paid
    (
        "The company said it paid $45 million in export duties on its nickel shipments.",
        "trade_measure",
    ),
    (
        "The company said it paid $45 million in export duties on its nickel shipments.",
        "investment",
    ),
    (
        "The lithium producer paid A$300 million in royalties and taxes during the year.",
        "investment",
    ),
    (
        "The miner paid $120 million in royalties to the Western Australian government.",
        "investment",
    ),
    (
        "Freeport paid $2 billion in export duties, royalties and dividends to Indonesia.",
        "trade_measure",
    ),
    ("Codelco has paid $1.3 billion in taxes to the Chilean state this year.", "investment"),
    (
        "Zambian copper mines paid $700 million in mineral royalties in the first half.",
        "investment",
    ),
    (
        "The company paid an export levy of $12 million on its copper concentrate.",
        "export_control",
    ),
    ("Miners paid more than $1 billion in export taxes last year.", "trade_measure"),
    # a company or a stake in it bought whole is not an offtake of its output
    ("Sumitomo agreed to buy a 30% stake in the copper mine from Teck.", "offtake"),
    ("Glencore has agreed to purchase the cobalt assets of a Congolese rival.", "offtake"),
    (
        "The Australian miner agreed to acquire a Canadian lithium developer for $1.2 billion.",
        "offtake",
    ),
    (
        "The Australian miner agreed to acquire a Canadian lithium developer for $1.2 billion.",
        "agreement",
    ),
    ("Rio Tinto agreed to buy Arcadium Lithium for $6.7 billion.", "offtake"),
    ("Rio Tinto agreed to buy Arcadium Lithium for $6.7 billion.", "agreement"),
    ("The trading house agreed to buy a 49% interest in the nickel smelter.", "offtake"),
    ("Tianqi agreed to sell its holding in the Chilean lithium producer to a fund.", "offtake"),
    # market talk about a measure is not the measure
    ("Copper prices rose on hopes of lower US tariffs on metal imports.", "trade_measure"),
    ("Rare earth shares fell on worries about tariffs on Chinese magnets.", "trade_measure"),
    ("Gallium prices climbed on fears of new Chinese export curbs.", "export_control"),
    ("Nickel futures gained on concerns over Indonesian export restrictions.", "export_control"),
    ("Cobalt rose amid speculation that Congo would extend its export ban.", "export_control"),
    ("Lithium stocks rallied on expectations of a price floor in China.", "price_mechanism"),
    (
        "Antimony traders were betting on a government price floor, a broker said.",
        "price_mechanism",
    ),
    ("Tungsten buyers stocked up on fears of anti-dumping duties in Europe.", "trade_measure"),
    ("Investors fear new US tariffs on critical minerals, analysts said.", "trade_measure"),
    ("Markets are bracing for tariffs on Chinese graphite.", "trade_measure"),
    ("Shares rose on optimism about a possible price floor for rare earths.", "price_mechanism"),
    ("Prices fell on expectations that Indonesia will relax its ore export ban.", "export_control"),
    # tariffs as the market's mood
    (
        "Copper prices swung on Friday as tariff uncertainty weighed on demand for the metal.",
        "trade_measure",
    ),
    (
        "The lithium producer blamed tariff turmoil for weaker sales in the second quarter.",
        "trade_measure",
    ),
    (
        "Australia set up a cobalt reserve amid trade disruptions and tariff threats.",
        "trade_measure",
    ),
    ("Nickel miners cited tariff risks and weak demand from Chinese steel mills.", "trade_measure"),
]

POLICY = [
    ("China and the United States opened talks on export controls for gallium.", "negotiation"),
    (
        "Indonesia is in talks with the European Union over a critical minerals agreement.",
        "negotiation",
    ),
    ("Australia and India began negotiations on a critical minerals partnership.", "negotiation"),
    (
        "Ministers from Canada and Germany will meet to discuss a critical minerals partnership.",
        "negotiation",
    ),
    ("G7 trade ministers met to discuss export controls on rare earths.", "negotiation"),
    ("Indonesia imposed a 10% export duty on nickel pig iron.", "export_control"),
    ("The United States imposed 25% tariffs on Chinese graphite anodes.", "trade_measure"),
    ("Chile will invest $500 million in a state lithium refinery.", "investment"),
    ("The DFC granted a $150 million loan to a Brazilian rare earths miner.", "investment"),
    (
        "Tesla agreed to buy lithium hydroxide from Piedmont Lithium under a five-year deal.",
        "offtake",
    ),
    ("Toyota Tsusho agreed to buy 10,000 tonnes of nickel a year from the smelter.", "offtake"),
    ("LG Energy agreed to purchase graphite from Syrah Resources' Balama mine.", "offtake"),
    ("China banned exports of gallium and germanium to the United States.", "export_control"),
    ("Congo extended its cobalt export ban by three months.", "export_control"),
    ("Beijing restricted exports of antimony from September 15.", "export_control"),
    ("The Pentagon set a price floor of $110 per kilogram for NdPr oxide.", "price_mechanism"),
    (
        "The European Commission opened an anti-dumping investigation into Chinese graphite.",
        "trade_measure",
    ),
    # a worry named before the measure, in its own phrase, leaves the measure standing
    ("Amid fears over supply, China banned exports of gallium.", "export_control"),
    (
        "Amid concerns over security, Beijing tightened export controls on graphite.",
        "export_control",
    ),
    ("On worries about dumping, Brussels imposed duties on Chinese silicon.", "trade_measure"),
    (
        "Trump threatened tariffs of 100% on Chinese goods if Beijing did not ease its rare "
        "earth curbs.",
        "trade_measure",
    ),
    ("Trump's threat of tariffs on Canadian aluminium rattled the market.", "trade_measure"),
    (
        "Amid tariff uncertainty, Mexico imposed a 25% tariff on Chinese graphite electrodes.",
        "trade_measure",
    ),
]


@pytest.mark.parametrize(("text", "action"), NEAR_MISSES)
def test_near_miss_makes_no_event(extractor: Extractor, text: str, action: str) -> None:
    assert action not in action_types(extractor, text)


@pytest.mark.parametrize(("text", "action"), POLICY)
def test_policy_sense_still_found(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)


def test_an_exclusion_combo_drops_only_the_cues_it_spans() -> None:
    """A combo with `effect: exclude` makes no cue of its own and removes the phrases between its
    trigger and a context word after it, but not a phrase beyond its window."""
    from nlp.actions import sentence_actions
    from nlp.cues import CueKey, Hit

    combos = {"trade_measure": [{"window": 3, "side": "after", "effect": "exclude"}]}
    trigger = CueKey("action", "trade_measure", "trigger", 0)
    context = CueKey("action", "trade_measure", "context", 0)
    phrase = CueKey("action", "trade_measure", "phrase")
    spanned = [Hit(trigger, 0, 1), Hit(context, 3, 4), Hit(phrase, 2, 4)]
    assert sentence_actions(spanned, combos.__getitem__) == []
    # the context stands before the trigger: the combo does not apply
    before = [Hit(trigger, 5, 6), Hit(context, 3, 4), Hit(phrase, 2, 4)]
    assert [c.action for c in sentence_actions(before, combos.__getitem__)] == ["trade_measure"]
    # a phrase outside the span stays
    beyond = [Hit(trigger, 0, 1), Hit(context, 2, 3), Hit(phrase, 8, 10)]
    assert [c.start for c in sentence_actions(beyond, combos.__getitem__)] == [8]
