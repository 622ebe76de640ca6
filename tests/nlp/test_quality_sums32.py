"""A second party's own clause and sum in one sentence (helper sums, session 32): "... a $553
million loan for the refinery and Italy pledged $320 million" tells two commitments, the
second with the party that opens its clause as actor and its own sum as amount, even when
the first clause's cue took the first sum for both steps or the clause names a firm in
brackets. Parts, prices, debts, ranges, lists of three or more and sums already named still
make no second event (tests/nlp/test_quality_sums.py). Rules alone, as the rows test the
rules."""

import pytest
from predict import investments

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "and Italy pledged": the party list guard kept one clause, both cues took $553m
            "The development bank approved a $553 million loan for the copper refinery in "
            "Zambia and Italy pledged $320 million for the lithium project.",
            [(["ZMB"], "$553 million"), (["ITA"], "$320 million")],
        ),
        (
            # a firm's short name in brackets in the second clause is no converted sum
            "South Korea's LG Energy Solution signed an agreement in December for a battery "
            "project worth $9.8 billion, and China's Contemporary Amperex Technology Co Ltd "
            "(CATL) is in talks on a deal of around $5 billion for a nickel plant.",
            [(["KOR"], "$9.8 billion"), (["CHN"], "$5 billion")],
        ),
        (
            "Tokyo agreed to lend $300 million to the graphite mine in Mozambique while Canada "
            "committed $90 million to the anode plant.",
            [(["JPN"], "$300 million"), (["CAN"], "$90 million")],
        ),
    ],
)
def test_a_second_party_s_own_clause_and_sum_is_its_commitment(
    extractor: Extractor, action_rules_alone: None, text: str, expected: list
) -> None:
    assert investments(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the second party's clause tells a price, not a commitment
        "Washington will invest $400 million in the lithium mine and Japan will pay $12,000 a "
        "tonne for its output.",
        # the second party's clause tells the same deal's value
        "The development bank approved a $553 million loan for the copper refinery and Italy "
        "said the project was worth $900 million.",
        # a range in the second party's clause
        "Germany will invest $200 million in the smelter and France is weighing between $50 "
        "million and $80 million.",
    ],
)
def test_a_second_clause_s_price_value_or_range_is_no_commitment(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert len(investments(extractor, text)) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canberra increased its loan to the lithium refinery to A$600 million, up from A$400 "
            "million approved last year.",
            ["A$600 million", "A$400 million"],
        ),
        (
            "Tokyo agreed to lend $250 million to the nickel smelter, from $180 million it had "
            "first promised in 2024.",
            ["$250 million", "$180 million"],
        ),
    ],
)
def test_a_raise_s_starting_sum_told_as_committed_is_an_earlier_commitment(
    extractor: Extractor, action_rules_alone: None, text: str, expected: list[str]
) -> None:
    assert [amount for _, amount in investments(extractor, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a raise from a sum not told as committed: the old level, no step of its own
        "Canberra increased its loan to the lithium refinery to A$600 million, up from A$400 "
        "million.",
        # a price told from its old level
        "The state buyer will invest $300 million in the cobalt mine and pay $12,000 a tonne, "
        "up from $9,000 agreed last year.",
    ],
)
def test_a_raise_from_an_old_level_or_price_is_no_earlier_commitment(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert len(investments(extractor, text)) <= 1


def test_a_step_told_after_the_further_sum_does_not_hide_it(
    extractor: Extractor, action_rules_alone: None
) -> None:
    text = (
        "The Pentagon awarded the antimony miner $24.8 million in 2022 and another $34.6 million "
        "last December, and the U.S. Export-Import Bank issued a letter of interest in April "
        "for a loan of up to $1.8 billion."
    )
    assert sorted(amount for _, amount in investments(extractor, text)) == [
        "$1.8 billion",
        "$24.8 million",
        "$34.6 million",
    ]


def test_a_step_told_between_the_sums_still_splits_them(
    extractor: Extractor, action_rules_alone: None
) -> None:
    # the loan between the sums is the second step: no third event for the same money
    text = (
        "Canberra granted the refiner A$100 million in 2021 and approved a loan in 2023 of A$250 "
        "million for the lithium plant."
    )
    assert len(investments(extractor, text)) <= 2
