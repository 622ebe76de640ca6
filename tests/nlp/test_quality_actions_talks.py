"""What counts as talks (negotiation) and what does not. Sentences written here, read through
the whole extractor; each group says the rule it holds."""

import pytest
from predict import action_types

from nlp.extract import Extractor

TALKS = [
    # talks held, opened or planned between governments, and a meeting called to discuss a
    # matter; an idea floated between them
    "Japanese and Chilean trade officials met to discuss copper supply on Monday.",
    "Indonesia asked Washington to open negotiations on a nickel trade deal.",
    "The idea of a joint lithium reserve was first floated by Argentina's minister in May.",
    # an issue raised with another government, a further meeting agreed or planned
    "Australia's prime minister will raise the issue with Indonesia's president, officials said "
    "of the nickel export curbs.",
    "Trade ministers from Chile and Argentina agreed to meet again in March on lithium.",
    "Tokyo plans to meet Australian officials on rare earth supply before the summer.",
    # negotiations under way between governments, wherever the noun stands
    "Chile's foreign minister said negotiations with Japan over lithium supply would resume.",
    "Indonesia is negotiating a nickel trade deal with the United States.",
    # consultations or talks with governments on both sides
    "Japan held consultations with Chile on copper supply chains on Tuesday.",
    "Indonesia and the United States opened talks on a nickel trade deal, officials said.",
]

NOT_TALKS = [
    # a topic discussed, a float on the exchange
    "The ministers also discussed maritime security and cobalt prices over dinner.",
    "The quarterly report discussed the outlook for lithium demand in Europe and Japan.",
    "Shares of the Australian graphite miner floated on the exchange in 2021.",
    # a firm meeting a target
    "The Australian lithium miner expects to meet its output target of 40,000 tonnes this year.",
    "Chile's copper miners raised output by 4% and expect to meet demand again next year.",
    # negotiations with firms or unions, a price described as negotiated
    "Codelco will lead negotiations with the two companies that extract lithium in Chile.",
    "The negotiated price for Australian lithium concentrate fell by a third this quarter.",
    "The Australian lithium producer is in negotiations with buyers in China and Korea.",
    "The Chilean copper miner opened negotiations with unions at its Escondida mine.",
    # talks with communities, between miners, a draft put to the public or to industry
    "Rio Tinto held consultations with communities near the lithium mine in Serbia.",
    "Analysts expect talks between the miners to drag on, but Chilean lithium supply will rise.",
    "The Peruvian ministry launched public consultations on the draft copper mining rules.",
    "The Canadian agency opened a dialogue with industry on graphite processing standards.",
]

# a deal negotiated is an agreement reached, not talks
CONCLUDED = [
    "Indonesia and the United States negotiated a nickel trade deal in Washington.",
]


@pytest.mark.parametrize("text", TALKS)
def test_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_TALKS)
def test_not_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)


@pytest.mark.parametrize("text", CONCLUDED)
def test_deal_negotiated_is_an_agreement(extractor: Extractor, text: str) -> None:
    assert action_types(extractor, text) >= {"agreement"}
    assert "negotiation" not in action_types(extractor, text)
