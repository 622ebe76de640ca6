"""Session 35's reading of the sum a commitment carries (TAXONOMY: `amount_usd` is money
committed): prices, a law's size, a scheme's threshold, a debt owed or assets held are no
sum; the sum nearest the step's cue is its own; "$US" and "$2.8 billion to 21 projects" are
read as written. Read through the whole extractor as shipped. Each table holds rows where the
reading must fire and rows where it must not."""

import pytest
from predict import predict

from nlp.amounts import find_money
from nlp.extract import Extractor


def sums(extractor: Extractor, text: str) -> list[tuple[str, float | None]]:
    """(action, amount_usd) of each investment or stockpile event of one short text."""
    return [
        (e["action"], e["amount_usd"])
        for e in predict(extractor, text)["events"]
        if e["action"] in ("investment", "stockpile")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price or per-unit credit is no sum committed
        (
            "The Pentagon will take an equity stake in Lynas and guarantee a floor price of $110 "
            "a kilogram for its neodymium oxide.",
            [("investment", None)],
        ),
        (
            "Washington will invest in battery plants through a credit of $7,500 per vehicle for "
            "cars whose lithium is mined in the United States.",
            [("investment", None)],
        ),
        (
            "The Inflation Reduction Act offers battery makers a production tax credit of $35 per "
            "kilowatt-hour, and the Energy Department will fund lithium refineries.",
            [("investment", None), ("investment", None)],
        ),
        # a whole law's size
        (
            "The European Union's answer to the $369 billion Inflation Reduction Act will fund "
            "lithium refineries and battery plants.",
            [("investment", None)],
        ),
        (
            "President Biden signed a $1 trillion infrastructure package into law on Monday that "
            "will fund lithium and graphite processing plants.",
            [("investment", None)],
        ),
        (
            "Biden signed the $1.2 trillion Infrastructure Investment and Jobs Act on Monday, "
            "which will fund lithium refineries and battery plants.",
            [("investment", None)],
        ),
        # not: money a law pays out
        (
            "The Pentagon gave Perpetua Resources a $35 million Defense Production Act award to "
            "develop its antimony mine.",
            [("investment", 35e6)],
        ),
        # a scheme's eligibility threshold
        (
            "Argentina's new incentive regime offers 30 years of tax stability to lithium and "
            "copper projects investing at least $200 million.",
            [("investment", None)],
        ),
        (
            "Indonesia will let carmakers import electric cars duty-free if they commit to invest "
            "at least $300 million in local nickel processing.",
            [("investment", None)],
        ),
        # a debt owed, assets held
        (
            "Ghana, owing around $13 billion to foreign creditors, agreed with China on a loan for "
            "its lithium mine.",
            [("investment", None)],
        ),
        (
            "The loan will be repaid from profits on about $280 billion of Russian central bank "
            "assets and fund Ukraine's lithium mines.",
            [("investment", None)],
        ),
        (
            "The Pentagon's stockpile, which held about $1.5 billion of materials at the end of "
            "last year, will buy cobalt.",
            [("stockpile", None)],
        ),
        # not: the commitment beside a debt or a price keeps its sum
        (
            "Japan agreed to lend Zambia $150 million for copper mining, while the country, owing "
            "around $13 billion to foreign creditors, restructures its debt.",
            [("investment", 150e6)],
        ),
        (
            "The Pentagon agreed to invest $400 million in MP Materials and guaranteed a floor "
            "price of $110 a kilogram for its rare earth oxide.",
            [("investment", 400e6)],
        ),
        # not: a commitment of its own, with a stated conversion
        (
            "Canada has agreed to invest US$250 million in a nickel refinery in Ontario, the "
            "minister said on Tuesday.",
            [("investment", 250e6)],
        ),
        (
            "South Korea will invest 2.6 trillion won ($2 billion) in a lithium refinery, the "
            "ministry said.",
            [("investment", 2e9)],
        ),
    ],
)
def test_no_committed_sum(
    extractor: Extractor, text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert sums(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sum nearest the step's cue: the loan, not what the stockpile is worth
        (
            "Trump launched a cobalt and rare earth stockpile worth about $12 billion, financed "
            "by a $10 billion loan from the Export-Import Bank.",
            [("stockpile", 12e9), ("investment", 10e9)],
        ),
        # two steps of one sentence each keep their own sum
        (
            "The accord calls for Japan to buy $300 billion of U.S. liquefied gas and for "
            "Japanese companies to invest $100 billion in U.S. lithium and copper mines.",
            [("investment", 300e9), ("investment", 100e9)],
        ),
        # not: a part or an add-on told after the whole sum
        (
            "The Energy Department will invest $6 billion in lithium and cobalt processing "
            "plants, including at least $2 billion reserved for former coal communities.",
            [("investment", 6e9)],
        ),
        (
            "Japan will invest $500 million in the Australian rare earths refinery, plus up to "
            "$50 million more if output targets are met.",
            [("investment", 500e6)],
        ),
        # the sums as written
        (
            "The Energy Department committed $2.8 billion to 21 lithium and graphite projects on "
            "Wednesday.",
            [("investment", 2.8e9)],
        ),
        (
            "Evolution Mining will pay $US400 million for Glencore's stake in the copper mine, "
            "the company said.",
            [("investment", 400e6)],
        ),
    ],
)
def test_the_steps_own_sum(
    extractor: Extractor, text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert sums(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "written", "usd"),
    [
        ("committed $2.8 billion to 21 projects", "$2.8 billion", 2.8e9),
        ("Ontario awarded C$5 million to 11 projects", "C$5 million", None),
        ("for up to $US475 million", "$US475 million", 475e6),
        # not: ranges stay ranges, their upper end the value
        ("a loan of $1 billion to $2 billion", "$1 billion to $2 billion", 2e9),
        ("$10-15 billion of investment", "$10-15 billion", 15e9),
        ("a $1.5 billion to 2 billion loan", "$1.5 billion to 2 billion", 2e9),
    ],
)
def test_sums_as_written(text: str, written: str, usd: float | None) -> None:
    first = find_money(text)[0]
    assert (first.text, first.usd) == (written, usd)
