"""Party readings of session 34 (pa34_): who an event is about when the sentence does not say
it plainly: the bloc a grouping's members stand for, the bloc all its members make up, the
government a dateline names, and names that only look like a country's. Each table holds rows
where the reading must fire and near misses where it must not."""

import pytest
from predict import predict

from nlp.extract import Extractor


def _parties(extractor: Extractor, text: str, title: str = "") -> list[tuple[int, set[str]]]:
    """(sentence, actors and partners) of each event the whole extractor finds."""
    return [
        (e["sentence"], set(e["actors"]) | set(e["partners"]))
        for e in predict(extractor, text, title)["events"]
    ]


def _actors(extractor: Extractor, text: str, title: str = "") -> list[list[str]]:
    """The actors of each event the whole extractor finds."""
    return [e["actors"] for e in predict(extractor, text, title)["events"]]


@pytest.mark.parametrize(
    ("title", "text", "party", "expected"),
    [
        # the members of the bloc the title names stand for it
        (
            "Brazil applies to join BRICS minerals platform",
            "Brazil applied on Monday to join the BRICS minerals platform. Leaders agreed to "
            "hold talks on a common rare earth stockpile.",
            "BRICS",
            True,
        ),
        (
            "Kenya asks to join the African Union minerals council",
            "Kenya applied on Tuesday to join the African Union's minerals council. Members "
            "agreed to hold talks on a common lithium export policy.",
            "AU",
            True,
        ),
        # not: the sentence names its own parties
        (
            "Brazil applies to join BRICS minerals platform",
            "Brazil applied on Monday to join the BRICS minerals platform. Leaders of Brazil and "
            "India agreed to hold talks on a common rare earth stockpile.",
            "BRICS",
            False,
        ),
        # not: the report is about two countries, no bloc
        (
            "Japan and India sign minerals memorandum",
            "Japan and India signed a memorandum on rare earths on Monday. Leaders agreed to "
            "hold talks on a common rare earth stockpile.",
            "IND",
            False,
        ),
    ],
)
def test_members_stand_for_the_bloc_of_the_report(
    extractor: Extractor,
    action_rules_alone: None,
    title: str,
    text: str,
    party: str,
    expected: bool,
) -> None:
    second = [parties for sentence, parties in _parties(extractor, text, title) if sentence == 1]
    assert second
    assert all((party in parties) == expected for parties in second)


@pytest.mark.parametrize(
    ("text", "bloc", "expected"),
    [
        (
            "Leaders of Brazil, Russia, India, China and South Africa signed a declaration on "
            "critical minerals cooperation on Tuesday.",
            "BRICS",
            True,
        ),
        (
            "The United States, Japan, Australia and India launched a partnership on rare earth "
            "supply chains on Friday.",
            "QUAD",
            True,
        ),
        # not: a member missing
        (
            "Leaders of Brazil, Russia, India and China signed a declaration on critical minerals "
            "cooperation on Tuesday.",
            "BRICS",
            False,
        ),
        # not: a wider list names another grouping
        (
            "The United States, Japan, Australia, India and Indonesia launched a partnership on "
            "rare earth supply chains on Friday.",
            "QUAD",
            False,
        ),
    ],
)
def test_all_members_make_the_bloc(
    extractor: Extractor, action_rules_alone: None, text: str, bloc: str, expected: bool
) -> None:
    found = _parties(extractor, text)
    assert found
    assert all((bloc in parties) == expected for _, parties in found)


@pytest.mark.parametrize(
    ("title", "text", "actor"),
    [
        # a government body the first sentence opens on sits where the report is filed
        (
            "Cabinet approves recycling scheme",
            "NEW DELHI - The Union Cabinet on Wednesday approved a Rs 1,500 crore scheme to fund "
            "recycling of lithium and cobalt from old batteries. Prices climbed after China "
            "restricted exports of graphite.",
            "IND",
        ),
        # not: the first sentence names its government
        (
            "Cabinet approves recycling scheme",
            "NEW DELHI - China's State Council on Wednesday approved a 2 billion yuan fund for "
            "lithium recycling.",
            "CHN",
        ),
    ],
)
def test_dateline_government(
    extractor: Extractor, action_rules_alone: None, title: str, text: str, actor: str
) -> None:
    actors = _actors(extractor, text, title)
    assert actors
    assert actors[0] == [actor]


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # the country of a "CITY, Country -" dateline is no actor beside the parties named
        (
            "SAMARKAND, Uzbekistan - Iran signed a memorandum on Thursday to become a full member "
            "of the Shanghai Cooperation Organisation, which pledged cooperation on rare earths.",
            "UZB",
            False,
        ),
        (
            "DA NANG, Vietnam - China and Chile signed a protocol on Saturday to upgrade their "
            "free trade agreement, which covers copper.",
            "VNM",
            False,
        ),
        # not: the sentence names no other party
        (
            "TASHKENT, Uzbekistan - The mining ministry approved a licence for a tungsten mine on "
            "Monday.",
            "UZB",
            True,
        ),
    ],
)
def test_dateline_country_is_no_actor(
    extractor: Extractor, action_rules_alone: None, text: str, place: str, expected: bool
) -> None:
    actors = _actors(extractor, text)
    assert actors
    assert all((place in found) == expected for found in actors)


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "Wesfarmers said its Mt Holland lithium mine in Western Australia had received state "
            "environmental approvals.",
            "NLD",
            False,
        ),
        ("Holland and Japan signed a memorandum on lithium supply chains on Monday.", "NLD", True),
        (
            "The U.S. government said the Forest Service had approved the antimony mine.",
            "USA",
            True,
        ),
    ],
)
def test_names_of_places_and_agencies(
    extractor: Extractor, text: str, country: str, expected: bool
) -> None:
    pred = extractor.extract({"id": "q", "text": text, "published": "2026-03-10", "title": ""})
    assert (country in pred["countries"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. government said the Forest Service had approved the antimony mine.", True),
        # not: a forest service alone may be any country's
        ("The Forest Service had approved the antimony mine.", False),
    ],
)
def test_forest_service_beside_the_country(extractor: Extractor, text: str, expected: bool) -> None:
    pred = extractor.extract({"id": "q", "text": text, "published": "2026-03-10", "title": ""})
    named = {m["text"] for m in pred["mentions"] if m.get("norm_id") == "USA"}
    assert ("Forest Service" in named) == expected
