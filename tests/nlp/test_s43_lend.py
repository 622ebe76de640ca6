"""Session 43 lending: which party a sentence naming no actor of its own takes. An export
restriction naming no maker is its exports' origin's; a nationality of firms or a party's
place in a market ("China's grip") makes no lead party; a long report lends its lead party
only near where it is named; a bare "It" refers to the subject just before. Sentences written
here, read by the full extractor."""

import pytest

from nlp.extract import Extractor

# a long survey of several countries (more than `events.LONG_REPORT` sentences)
_SURVEY = (
    "Canada has spent two years building a list of priority mining projects. Its officials "
    "say permits still take too long. Australian producers, meanwhile, have struggled with "
    "low prices. Several lithium mines in Western Australia have closed since 2023. In Europe "
    "the debate is about money. Germany wants a fund to buy stakes in smelters. France "
    "prefers long-term purchase contracts. Italy has asked for looser state-aid rules. Japan "
    "has the longest experience with stockpiles. Its state agency has held reserves of rare "
    "metals since the 1980s.\n\nSouth Korea set up a similar agency in 2008. Both countries "
    "buy mostly from Chile and Australia. Brazil has large deposits of niobium and graphite. "
    "Its miners want easier access to foreign capital. Argentina's provinces compete for "
    "lithium investment. Each sets its own royalty rate. Prices of lithium carbonate fell by "
    "a fifth in the quarter. Cobalt prices were flat. Analysts expect nickel to stay weak "
    "through next year. Freight costs rose in the second half. Mongolia hopes to export more "
    "copper by rail. Kazakhstan reported a new tungsten find last year. Zambia is courting "
    "buyers for its copper belt. Peru's output of copper slipped on protests. Smelting "
    "margins stayed thin everywhere."
)
_CHINA = (
    "China tightened licensing of gallium exports on Monday. Traders said shipments would slow."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def parties(
    extractor: Extractor, text: str, action: str, title: str = ""
) -> tuple[list[str], list[str]]:
    pred = extractor.extract({"id": "t", "title": title, "text": text, "published": "2025-06-04"})
    event = next(e for e in pred["events"] if e["action"] == action)
    return sorted(event["actors"]), sorted(event["partners"])


@pytest.mark.parametrize(
    ("text", "action", "actors", "partners"),
    [
        # the origin of the exports restricted is the restriction's maker
        ("The cabinet prohibited exports of raw bauxite from Guinea.", "export_control", ["GIN"], []),
        (
            "Authorities have halted shipments of unprocessed tin ore from Indonesia until "
            "further notice.",
            "export_control",
            ["IDN"],
            [],
        ),
        # a destination stays the target, a named maker stays the actor
        (
            "Beijing restricted exports of graphite to the United States.",
            "export_control",
            ["CHN"],
            ["USA"],
        ),
        # firms' nationality named after the step lends it nothing
        (
            "The minister said the government would ban exports of raw manganese from 2027.\n"
            "Chinese firms have put $900 million into manganese processing since 2020.",
            "export_control",
            [],
            [],
        ),
        # a party's place in the market is no step of its own; its ministry's step is
        (
            "Western governments are racing to loosen China's grip on rare earths.\n\n"
            "The government will provide $40 million in grants for magnet plants.",
            "investment",
            [],
            [],
        ),
        (
            "China's commerce ministry tightened licensing of rare earth exports.\n\n"
            "The government will provide $40 million in grants for magnet plants.",
            "investment",
            ["CHN"],
            [],
        ),
        # a bare "It" is the subject of the sentence just before
        (
            "The West wants to break China's near-monopoly. The United States and Japan agreed "
            "to invest in a gallium plant.\n\nChina produces about 98% of the world's primary "
            "gallium. It has required export licences for gallium since August 2023.",
            "export_control",
            ["CHN"],
            [],
        ),
        (
            "Congo produces about 70% of the world's cobalt. It halted cobalt exports in "
            "February and later capped shipments to China.",
            "export_control",
            ["COD"],
            ["CHN"],
        ),
        # ... not a sentence opening on people from a country: "It" is their declaration
        (
            "WASHINGTON - The United States and ten partners launched a minerals framework on "
            "Friday.\n\nMinisters from Barbados, Canada and Chile adopted a joint declaration. "
            "It commits the partners to begin negotiations on lithium supply chains.",
            "negotiation",
            ["USA"],
            [],
        ),
        # a long report lends its lead party near where it is named, not sections later
        (
            _CHINA + "\n\n" + _SURVEY + "\n\nIn March the president signed an executive order "
            "to speed up lithium mining.",
            "strategy",
            [],
            [],
        ),
        (
            _CHINA + " The ministry also suspended licences for lithium refining equipment.\n\n"
            + _SURVEY,
            "permitting",
            ["CHN"],
            [],
        ),
        # a short report is about its lead party
        (
            _CHINA + "\n\nIn March the ministry suspended licences for lithium refining equipment.",
            "permitting",
            ["CHN"],
            [],
        ),
    ],
)
def test_lent_party(
    extractor: Extractor, text: str, action: str, actors: list[str], partners: list[str]
) -> None:
    assert parties(extractor, text, action) == (actors, partners)


def test_title_nationality_of_firms_stays_the_lead(extractor: Extractor) -> None:
    """A title's "Indonesian smelters" names the report's country: its steps are Indonesia's."""
    text = "The energy ministry cut nickel ore export quotas for 2026."
    title = "Indonesian smelters cut output as ore runs short"
    assert parties(extractor, text, "export_control", title) == (["IDN"], [])
