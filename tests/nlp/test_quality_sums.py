"""Further sums in one sentence (lead, session 30): "... $40 million in 2023 and another $25
million this year", "a further A$300 million": each sum joined to a commitment told before it
is a commitment of its own, an investment event with that amount, and a party named between
the two sums acts in the second. A sum told as a part, a price, a debt, the same money again,
a range or one of a list of three or more makes no second event. Read through the whole
extractor with the learned action model off, as the rows test the rules."""

import pytest
from predict import investments

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "sums"),
    [
        (
            "The Energy Department granted the refiner $40 million for its cobalt plant in 2023 "
            "and another $25 million this year.",
            ["$40 million", "$25 million"],
        ),
        (
            "Canberra agreed to lend A$800 million for the lithium hydroxide plant and added a "
            "further A$300 million in March after costs rose.",
            ["A$800 million", "A$300 million"],
        ),
        (
            "The ministry will give the smelter $120 million for new furnaces and $35 million to "
            "a nickel explorer in the north.",
            ["$120 million", "$35 million"],
        ),
    ],
)
def test_a_further_sum_is_a_commitment_of_its_own(
    extractor: Extractor, action_rules_alone: None, text: str, sums: list[str]
) -> None:
    assert [amount for _, amount in investments(extractor, text)] == sums


def test_the_party_named_between_the_sums_acts_in_the_second(
    extractor: Extractor, action_rules_alone: None
) -> None:
    text = (
        "Germany will provide 500 million euros for the graphite anode plant, and France will "
        "add a further 200 million euros."
    )
    actors = [a for a, _ in investments(extractor, text)]
    assert actors == [["DEU"], ["FRA"]]


@pytest.mark.parametrize(
    "text",
    [
        # a part of the sum told before
        "The government approved $2 billion for mineral processing, including $500 million "
        "reserved for rare earth separation.",
        # a price per unit
        "Washington will invest $400 million in the lithium producer and pay $12,000 a tonne "
        "for its output.",
        # a debt taken over, not a commitment
        "The state fund will pay $350 million for the copper mine and take over about $200 "
        "million of the company's debts.",
        # the same money told again in another currency
        "Saudi Arabia will invest 600 million riyals ($160 million) in a copper smelter.",
        # a range
        "The ministry plans to invest between $1 billion and $2 billion in graphite mines.",
        # a list of the parts of one package
        "The package includes $5 billion of grants, $3 billion of credit lines, $2 billion for "
        "mining and $1 billion to finance imports of cobalt.",
    ],
)
def test_a_part_price_debt_range_or_list_is_no_second_commitment(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert len(investments(extractor, text)) <= 1
