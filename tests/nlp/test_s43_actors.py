"""Session 43 actors: a capital named as where the parties met or agreed is no party; the sides
named after "between" act together; the government granting an approval or a loan ("approval
from X", "a loan from X") acts; a firm group's home is no actor of a state's step. Sentences
written here, read by the full extractor (no issuer: news wording)."""

import pytest

from nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def parties(extractor: Extractor, text: str, action: str) -> tuple[list[str], list[str]]:
    pred = extractor.extract({"id": "t", "text": text, "published": "2025-09-10"})
    event = next(e for e in pred["events"] if e["action"] == action)
    return sorted(event["actors"]), sorted(event["partners"])


@pytest.mark.parametrize(
    ("text", "action", "actors", "partners"),
    [
        # a capital before a noun of a meeting or deal names where it was struck
        (
            "The Stockholm accord reached between Japanese and Indian negotiators last week "
            "covers rare earth supply.",
            "agreement",
            ["IND", "JPN"],
            [],
        ),
        # a capital after "in" past the cue: the venue, not a partner
        (
            "Korean and Chilean officials signed a memorandum on lithium supply in Madrid on "
            "Monday.",
            "agreement",
            ["CHL", "KOR"],
            [],
        ),
        (
            "Canada and Germany signed a memorandum in Rome on Friday to cooperate on nickel and "
            "cobalt processing.",
            "agreement",
            ["CAN", "DEU"],
            [],
        ),
        # ... unless the city stands for the people it sends
        (
            "Australia signed a memorandum on graphite supply with officials in Tokyo.",
            "agreement",
            ["AUS"],
            ["JPN"],
        ),
        # ... or names the only party the step has
        (
            "A memorandum on cobalt supply was signed in Nairobi on Tuesday.",
            "agreement",
            ["KEN"],
            [],
        ),
        # the sides after "between" act
        (
            "Talks in Ottawa between Canadian and Mexican trade officials on critical minerals "
            "ended on Thursday.",
            "negotiation",
            ["CAN", "MEX"],
            [],
        ),
        (
            "A truce struck between Washington and Beijing last month suspended the gallium "
            "export curbs.",
            "agreement",
            ["CHN", "USA"],
            [],
        ),
        # ... not those of a noun after the cue ("tariffs on trade between")
        (
            "Tariffs on aluminium trade between Mexico and Canada rose to 25% in March.",
            "trade_measure",
            [],
            ["CAN", "MEX"],
        ),
    ],
)
def test_venue_and_sides(
    extractor: Extractor, text: str, action: str, actors: list[str], partners: list[str]
) -> None:
    assert parties(extractor, text, action) == (actors, partners)


@pytest.mark.parametrize(
    ("text", "action", "actors", "partners"),
    [
        # the government an approval comes from grants it
        (
            "The copper merger received approval from Chile's antitrust regulator in March.",
            "permitting",
            ["CHL"],
            [],
        ),
        (
            "The nickel mine received an environmental permit from the Philippine government in "
            "May.",
            "permitting",
            ["PHL"],
            [],
        ),
        # a firm group's home takes no part in the approval; the approving state acts
        (
            "The Swiss-Canadian group's cobalt acquisition received approval from Canada's "
            "industry minister in May.",
            "permitting",
            ["CAN"],
            ["CHE"],
        ),
        # a lender after "a loan from" acts
        (
            "The graphite miner drew down a $150 million loan from the Japanese government "
            "last year.",
            "investment",
            ["JPN"],
            [],
        ),
        # "imports from" names an origin, not a grantor
        (
            "Washington raised tariffs on graphite imports from China to 50%.",
            "trade_measure",
            ["USA"],
            ["CHN"],
        ),
        # producers after "a licence from" are firms, no grantor
        (
            "The refiner makes cathodes under a licence from Korean producers and received a "
            "$40 million loan from the Energy Department.",
            "investment",
            ["USA"],
            ["KOR"],
        ),
    ],
)
def test_grantors(
    extractor: Extractor, text: str, action: str, actors: list[str], partners: list[str]
) -> None:
    assert parties(extractor, text, action) == (actors, partners)
