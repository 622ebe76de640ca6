"""fd36c: a deadline is a date the step itself commits to and a tonnage a volume it commits
(TAXONOMY): a year naming a budget, a condition's or a person's date and a period already run
are none; a step due "this year" and a project's start of production are; a plant's capacity
or a deal's volume told in the next sentence is the step's; an export ban in force and a plant
shut commit no volume."""

import pytest
from predict import deadlines, tonnages

from nlp.extract import Extractor

PUBLISHED = "2024-08-28"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a budget's year names the budget: no target
        (
            "Japan's trade ministry will ask for more money in the fiscal 2025 budget to help its "
            "state agency take stakes in overseas lithium mines and expand the country's rare "
            "metal stockpiles, according to a request published on Friday.",
            [
                ("investment", "proposed", "2024-08-23", None),
                ("stockpile", "agreed", "2024-08-23", None),
            ],
        ),
        # the date of a condition is not the step's
        (
            "The state government will spend A$200 million to support struggling nickel miners "
            "if it wins the election next month, the premier said on Monday.",
            [("investment", "proposed", "2024-08-26", None)],
        ),
        # nor a condition's period
        (
            "India's cabinet on Monday approved a $2 billion incentive scheme that pays battery "
            "makers according to how many cells they sell from Indian plants, provided they reach "
            "25% domestic value addition within two years.",
            [("investment", "agreed", "2024-08-26", None)],
        ),
        # nor a person's own date
        (
            "Mendoza, who takes office on October 1, said on Monday his government would reopen "
            "the mining register to new concession applications.",
            [("permitting", "agreed", "2024-08-26", None)],
        ),
        # "have been making for two years": a time already run, no end ahead
        (
            "Zambia's opposition leader said on Tuesday that a government led by his party would "
            "scrap the rule that stops copper miners deducting royalties from taxable income, a "
            "demand the miners have been making for two years.",
            [("strategy", "revoked", "2024-08-27", None)],
        ),
        # a step due this year is due by the report's year
        (
            "The state miner will invest $30 million to explore five lithium blocks in Argentina. "
            "Drilling is due to begin this year.",
            [("investment", "agreed", None, None), ("project", "proposed", "2024", "2024")],
        ),
        # a project is due when it starts producing, not at an earlier stage told beside it
        (
            "Vulcan expects to take a final investment decision on the lithium project in 2025 "
            "and to start commercial production in 2027.",
            [("project", "proposed", None, "2027")],
        ),
        # the report's own year too, when the plant is still to start producing
        (
            "The lithium hydroxide plant, with initial capacity of 25,000 tonnes a year, was "
            "finished last year and should start commercial output in the second half of 2024 "
            "after modifications.",
            [("project", "proposed", "2023", "2024")],
        ),
        # a part of a year still to come ("by mid-2026") and a year's end "through" are targets
        (
            "Malaysia on Monday renewed Lynas's operating licence for its rare earths plant on "
            "condition that it moves cracking and leaching out of the country by mid-2026.",
            [("permitting", "agreed", "2024-08-26", "2026")],
        ),
        (
            "Indonesia said on Monday it would stop exports of copper concentrate once the Gresik "
            "smelter is completed, now expected in mid-2025.",
            [("export_control", "agreed", "2024-08-26", "2025")],
        ),
        (
            "The Chinese consortium, which includes Sinochem, agreed to buy potash from "
            "Belaruskali for delivery through the end of the year, two industry sources said on "
            "Monday.",
            [("offtake", "agreed", "2024-08-26", "2024")],
        ),
    ],
)
def test_deadline_the_step_commits_to(extractor: Extractor, text: str, want: list) -> None:
    assert deadlines(extractor, text, PUBLISHED) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a plant's capacity told in the next sentence, which opens on the plant
        (
            "Albemarle said on Tuesday it will build a lithium hydroxide plant in Georgia. The "
            "plant is designed to produce 50,000 tonnes a year of battery-grade material.",
            [("project", 50000.0)],
        ),
        # a purchase's volume told in the next sentence, which opens on the deal
        (
            "India's state-backed importer has agreed to buy potash from Canpotex at $350 a "
            "tonne, industry sources said on Monday. The deal covers about 800,000 tonnes to be "
            "delivered by December.",
            [("offtake", 800000.0)],
        ),
        # a ban in force commits no volume: the tonnes are held, not committed
        (
            "Two months after Zimbabwe banned exports of raw lithium ore, small miners say they "
            "are holding 40,000 tonnes of ore they cannot sell.",
            [("export_control", None)],
        ),
        # a plant shut commits no capacity
        (
            "The 300,000-tonne-a-year copper smelter in Tuticorin was shut in 2018 after protests.",
            [("project", None)],
        ),
    ],
)
def test_tonnage_the_step_commits(extractor: Extractor, text: str, want: list) -> None:
    assert tonnages(extractor, text, PUBLISHED) == want
