"""Session 28, helper minor: standards, trade measures, blocs and offtakes read by the clause.

A state reserve that buys output makes a stockpile step, no offtake, and a deal to buy a stake
is a takeover; a speech tag after a joining ("officials said") names no people joined; a
bloc's members named as its body or as one side of a deal join nothing; charges laid at the
border on imports are trade measures; a government's safety or national standard told by the
step on it, responsible mining promoted and principles adopted are standards. Sentences
written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

# (sentence, action type the sentence states)
STATED = [
    (
        "Malaysia joined BRICS in July, officials said, as it seeks partners for its rare earth "
        "refining.",
        "bloc_formation",
    ),
    (
        "Bolivia has applied to join the BRICS group, its ministers said, hoping for lithium "
        "investment.",
        "bloc_formation",
    ),
    (
        "The two governments said they would set up a working group to share information on "
        "lithium extraction technologies.",
        "bloc_formation",
    ),
    (
        "Leaders of Chile and Peru agreed to set up a bilateral copper task force, officials said.",
        "bloc_formation",
    ),
    (
        "Under the framework, members may impose border charges on lithium shipments that "
        "undercut the reference prices.",
        "trade_measure",
    ),
    (
        "Imports of graphite from outside the group that undercut those prices could face "
        "variable charges, officials said.",
        "trade_measure",
    ),
    (
        "The transport ministry notified tougher safety standards for lithium battery packs used "
        "in electric scooters.",
        "standards",
    ),
    (
        "The government will review safety rules for heap leach operations at gold and copper "
        "mines.",
        "standards",
    ),
    (
        "Indonesia is drafting a national environmental, social and governance standard for "
        "nickel smelters.",
        "standards",
    ),
    (
        "Members pledged to promote responsible mining practices and to favour cobalt supply "
        "chains that meet these principles.",
        "standards",
    ),
    (
        "Energy ministers from the Group of 20 agreed on Friday a set of voluntary principles on "
        "critical minerals such as lithium.",
        "standards",
    ),
    (
        "Washington has been promoting an initiative that encourages good governance of the "
        "mining of lithium and copper.",
        "standards",
    ),
]


@pytest.mark.parametrize(("text", "action"), STATED)
def test_step_told_by_its_clause_is_read(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)


# (sentence, action type the sentence does not state)
NOT_STATED = [
    (
        "Ottawa's planned critical minerals reserve would buy cobalt and graphite from domestic "
        "producers at set prices.",
        "offtake",
    ),
    (
        "The national stockpile will buy output of gallium and germanium from allied producers.",
        "offtake",
    ),
    (
        "Harmon Mining struck a deal to buy Tellco's 60 per cent stake in a Chilean copper mine "
        "for $300 million.",
        "offtake",
    ),
    (
        "The OECD urged member governments to diversify their supplies of rare earths.",
        "bloc_formation",
    ),
    (
        "It is the EU's second trade agreement with a member of ASEAN covering nickel.",
        "bloc_formation",
    ),
    # unchanged: people joined, a firm's own rules and practice
    (
        "Officials from India joined the G7 ministers for talks on rare earth supply.",
        "bloc_formation",
    ),
    ("The president set up a working group on uranium fuel supply.", "bloc_formation"),
    (
        "The company said it would review safety rules at its copper mine after the accident.",
        "standards",
    ),
    (
        "Norvik Metals Ltd tightened safety standards at its nickel mines in Canada after a "
        "rockfall.",
        "standards",
    ),
    (
        "The miner said it was committed to responsible mining at its copper operations in Peru.",
        "standards",
    ),
    (
        "Palladium rose as carmakers buy more of the metal to meet stricter emission standards in "
        "China.",
        "standards",
    ),
]


@pytest.mark.parametrize(("text", "action"), NOT_STATED)
def test_bystander_and_firm_wording_makes_no_step(
    extractor: Extractor, text: str, action: str
) -> None:
    assert action not in action_types(extractor, text)


# unchanged: a state buyer's share of output, and a reserve that uses offtake contracts
OFFTAKES = [
    "Japan's state agency agreed to buy 30% of the mine's lithium output.",
    "The reserve could use long-term offtake contracts to buy rare earths from Australian "
    "producers.",
]


@pytest.mark.parametrize("text", OFFTAKES)
def test_state_purchase_contracts_stay_offtakes(extractor: Extractor, text: str) -> None:
    assert "offtake" in action_types(extractor, text)
