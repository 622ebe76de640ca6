"""s43: the sums and tonnages of producer-country and results news. Local markers ("K2.1
billion", "Bs 300 million") are read where the sentence names their country; a loss, a cost,
a holding spend, a comparison's figure or a scheme's threshold commits no money; an offtake's
or a permit's tonnage is never the output or capacity told beside it."""

import pytest
from predict import predict

from nlp.amounts import find_money, find_quantities
from nlp.events import _s43_made_not_supplied, _sm35_not_committed
from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        ("Lusaka said the state miner needs K3.4 billion for the smelter.", "K3.4 billion", "ZMW"),
        ("Malawi's treasury set aside K90 billion for a rare earth plant.", "K90 billion", "MWK"),
        ("Manila approved P12.5 billion for a nickel smelter.", "P12.5 billion", "PHP"),
        ("Gaborone approved P900 million for a copper road.", "P900 million", "BWP"),
        ("Comibol will put Bs 640 million into a tin smelter.", "Bs 640 million", "BOB"),
        ("Caracas set aside Bs. 40 billion for gold mining.", "Bs. 40 billion", "VES"),
        ("Lima will spend S/ 850 million on the port.", "S/ 850 million", "PEN"),
        ("The fund will put SR 12bn into mining abroad.", "SR 12bn", "SAR"),
        ("Salta will spend 9 billion pesos on lithium roads.", "9 billion pesos", "ARS"),
    ],
)
def test_local_marker_is_read_with_its_country(sentence: str, text: str, currency: str) -> None:
    [money] = find_money(sentence)
    assert (money.text, money.currency, money.usd) == (text, currency, None)


@pytest.mark.parametrize(
    "sentence",
    [
        # a lone letter with no country named: no currency known
        "The plan needs K3.4 billion before the smelter can start.",
        "The budget holds P12.5 billion for the smelter.",
        # no scale: a model, a phase, a grade
        "The Philippines will build the P2 line of the nickel plant.",
        # two countries of one marker named
        "Bolivia and Venezuela each pledged Bs 50 billion for mining.",
    ],
)
def test_local_marker_without_its_country_is_no_sum(sentence: str) -> None:
    assert find_money(sentence) == []


def _flag(sentence: str, text: str) -> bool:
    [money] = [m for m in find_money(sentence) if m.text == text]
    return _sm35_not_committed(sentence, money)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # a result: a loss, a write-down, an impairment
        (
            "Pilbara posted a net loss after tax of A$92 million as spodumene prices fell.",
            "A$92 million",
        ),
        ("The miner wrote down its stake in the smelter by $310 million.", "$310 million"),
        ("Tianqi booked a $75 million impairment on its stake in SQM.", "$75 million"),
        # a cost estimate
        ("The bank loan covers half of the projected $2.3 billion capital cost.", "$2.3 billion"),
        ("The refinery's US$640 million capex is due for approval in June.", "US$640 million"),
        # what an idled plant costs to hold
        (
            "Glencore will spend about $60 million a year to keep the idled smelter ready.",
            "$60 million",
        ),
        # the figure a comparison sets a step against
        (
            "Seoul asked for 410 billion won for stockpiling, compared with 280 billion won "
            "allocated this year.",
            "280 billion won",
        ),
        ("The state fund set aside $900 million, up from $450 million in 2023.", "$450 million"),
        # a scheme's threshold
        (
            "The new law offers investments of more than $150 million a fixed tax rate for "
            "25 years.",
            "$150 million",
        ),
        (
            "Customs exemptions go to projects worth at least US$250 million in mining.",
            "US$250 million",
        ),
        (
            "The rules apply to companies with annual turnover above 300 million euros.",
            "300 million euros",
        ),
    ],
)
def test_sum_told_as_no_outlay_is_not_committed(sentence: str, text: str) -> None:
    assert _flag(sentence, text)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # money lent, spent or paid: committed; a debt written off is relief given
        (
            "The miner agreed to write off $1.1 billion of loans it made to the state.",
            "$1.1 billion",
        ),
        ("The agency will lend $310 million to build the lithium refinery.", "$310 million"),
        ("Codelco will invest $1.2 billion to keep the smelter running.", "$1.2 billion"),
        # a raise's starting sum told as committed then stays that commitment
        (
            "The fund raised its pledge to $900 million, up from the $450 million pledged in May.",
            "$450 million",
        ),
        # investments told by a company, not a scheme's threshold
        (
            "Saudi Arabia announced investments of more than $2 billion in Pakistan's mines.",
            "$2 billion",
        ),
        # counted projects, not whichever qualify for the tax benefits
        (
            "Ottawa listed five investments of over C$40 billion under its tax credit plan.",
            "C$40 billion",
        ),
    ],
)
def test_sum_committed_stays(sentence: str, text: str) -> None:
    assert not _flag(sentence, text)


def tonnes(extractor: Extractor, text: str, action: str) -> list[float | None]:
    events = predict(extractor, text)["events"]
    found = [e["quantity_t"] for e in events if e["action"] == action]
    assert found, f"no {action} event in {text!r}"
    return found


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # output told beside an offtake is not what the buyer takes
        (
            "Sayona expects to produce about 190,000 tonnes a year of spodumene at its Quebec "
            "mine, and has signed an offtake agreement with Piedmont.",
            "offtake",
            None,
        ),
        # a volume sold stays
        (
            "Liontown signed a binding agreement to supply 150,000 tonnes of spodumene "
            "concentrate a year to Tesla.",
            "offtake",
            150_000,
        ),
    ],
)
def test_offtake_tonnage_is_the_volume_supplied(
    extractor: Extractor, text: str, action: str, expected: float | None
) -> None:
    assert expected in tonnes(extractor, text, action)


@pytest.mark.parametrize(
    ("sentence", "made"),
    [
        # output or capacity alone: a project's, not a purchase's or a permit's
        ("Sayona expects to produce about 190,000 tonnes of spodumene a year.", True),
        ("The expansion will lift capacity to more than 1.5 million tonnes of concentrate.", True),
        ("Arcadia will add about 120,000 tonnes a year of concentrate to its output.", True),
        # bought, sold or allowed: the volume committed
        ("Peru awarded the firm the right to produce 60,000 tonnes of lithium a year.", False),
        ("The ministry set an annual output cap of 15 million tonnes for the province.", False),
        ("Rock Tech agreed to supply 8,000 tonnes a year of hydroxide to the carmaker.", False),
        (
            "The buyer may take the greater of 40% of the mine's production or 90,000 tonnes "
            "a year.",
            False,
        ),
    ],
)
def test_output_or_capacity_is_told_apart_from_a_volume_supplied(sentence: str, made: bool) -> None:
    [quantity] = find_quantities(sentence)
    assert _s43_made_not_supplied(sentence, quantity) is made
