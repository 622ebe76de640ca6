"""Several sums of one sentence, each a commitment of its own (session 35, helper split35,
`nlp/events.py` `_further_sums`): a second sum opening its own part right after ", and" / ", as
well as" whatever the first sum's purpose says ("$140 million for a plant to recover rare
earths from coal ash, and $320 million for ..."), and a list of three or more sums that names
its own party right before each ("JBIC up to $500 million, Export Development Canada up to $300
million and Export Finance Australia up to A$120 million"). Each table holds rows where the
reading must fire and rows where it must not; read through the whole extractor as shipped."""

import pytest
from predict import investments

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the first sum's purpose holds a word that would bar the second ("from")
        (
            "The law provides $140 million for a pilot plant to recover rare earths from coal "
            "ash, and $320 million for a battery recycling programme.",
            [([], "$140 million"), ([], "$320 million")],
        ),
        # two caps ("up to"), the first's purpose long
        (
            "The bill sets aside up to $30 million for a lithium recycling centre at a national "
            "laboratory in Idaho, and up to $25 million for research on cobalt-free cathodes.",
            [(["USA"], "$30 million"), (["USA"], "$25 million")],
        ),
        (
            "The package includes $75 million to help move graphite processing technology from "
            "the laboratory to the market, as well as $60 million for a nickel refinery.",
            [([], "$75 million"), ([], "$60 million")],
        ),
        # not: a list of three sums with no party of its own is the parts of one package
        (
            "The government will invest $500 million in the cobalt refinery, $200 million in the "
            "port and $100 million in roads.",
            [([], "$500 million")],
        ),
        # not: the same sum told twice
        (
            "The fund will lend $400 million to the nickel project, and $400 million to the "
            "copper smelter.",
            [([], "$400 million")],
        ),
        # not: a contingent top-up joined by "plus" is part of one payment
        (
            "The state miner will invest $1.3 billion in cash in the copper mines, plus up to "
            "$150 million depending on metal prices.",
            [([], "$1.3 billion")],
        ),
    ],
)
def test_a_sum_opening_its_own_part_after_and(
    extractor: Extractor, text: str, found: list[tuple[list[str], str]]
) -> None:
    assert investments(extractor, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # each sum of the list has its own party right before it
        (
            "Export credit agencies offered to back the copper mine, with Japan's JBIC up to "
            "$500 million, Export Development Canada up to $300 million and Export Finance "
            "Australia up to A$120 million, the company said.",
            [(["JPN"], "$500 million"), (["CAN"], "$300 million"), (["AUS"], "A$120 million")],
        ),
        # not: one party named before every sum is one party's package told in parts
        (
            "Canada pledged C$100 million for the graphite mine, Canada's development bank C$50 "
            "million and Canada's pension fund C$25 million.",
            [(["CAN"], "C$100 million")],
        ),
    ],
)
def test_a_list_of_sums_each_with_its_own_party(
    extractor: Extractor, text: str, found: list[tuple[list[str], str]]
) -> None:
    assert investments(extractor, text) == found
