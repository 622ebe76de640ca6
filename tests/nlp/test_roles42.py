"""Session 42 actors: the party lent to a sentence naming no actor is never one the text names
only as a target, an origin or a description; a list of parties after "Ministers of/from"
acts together; the US executive departments and India's Union Cabinet name their country.
Sentences written here, read by the full extractor (no issuer: news wording)."""

import pytest

from nlp.extract import Extractor


def parties(extractor: Extractor, text: str, action: str) -> tuple[list[str], list[str]]:
    pred = extractor.extract({"id": "t", "text": text, "published": "2025-06-04"})
    event = next(e for e in pred["events"] if e["action"] == action)
    return sorted(event["actors"]), sorted(event["partners"])


@pytest.mark.parametrize(
    ("text", "action", "actors", "partners"),
    [
        # a descriptive subject lends nothing: the tariff is no step of China's
        (
            "China is the largest producer of tungsten.\n\n"
            "The tariff on tungsten will rise to 25% in 2025.",
            "trade_measure",
            [],
            [],
        ),
        (
            "Vietnam accounts for a third of the world's tungsten output.\n\n"
            "The duty on tungsten concentrate will double next year.",
            "trade_measure",
            [],
            [],
        ),
        # an origin of shipments lends nothing either
        (
            "Shipments of antimony from China fell by half in May.\n\n"
            "The government will provide $50 million in grants for antimony smelting.",
            "investment",
            [],
            [],
        ),
        # a party also named acting stays the lead party
        (
            "Shipments of antimony from China fell by half in May.\n\n"
            "China's commerce ministry said it would review the licences.\n\n"
            "The government will provide $50 million in grants for antimony smelting.",
            "investment",
            ["CHN"],
            [],
        ),
        (
            "Indonesia banned exports of nickel ore in 2020.\n\n"
            "The government will provide $50 million in grants for nickel smelting.",
            "investment",
            ["IDN"],
            [],
        ),
        # the first party is a target, the second acts: the second is lent
        (
            "Shipments of cobalt to China dropped sharply in March.\n\n"
            "Congo's government extended the cobalt export quota.\n\n"
            "The authorities will provide $30 million in grants for cobalt refining.",
            "investment",
            ["COD"],
            [],
        ),
        (
            "Shipments of cobalt to China dropped sharply in March.\n\n"
            "The authorities will provide $30 million in grants for cobalt refining.",
            "investment",
            [],
            [],
        ),
        # "from" a lender is no origin of trade
        (
            "Lithium Americas drew $435 million from its Energy Department loan for the Thacker "
            "Pass lithium mine.",
            "investment",
            ["USA"],
            [],
        ),
    ],
)
def test_lead_party_is_never_only_a_target_or_description(
    extractor: Extractor, text: str, action: str, actors: list[str], partners: list[str]
) -> None:
    assert parties(extractor, text, action) == (actors, partners)


@pytest.mark.parametrize(
    ("text", "action", "actors", "partners"),
    [
        (
            "Ministers from Canada, France and Germany signed a joint declaration on rare earth "
            "recycling.",
            "agreement",
            ["CAN", "DEU", "FRA"],
            [],
        ),
        (
            "Trade ministers of Chile, Peru and the United States signed a memorandum on copper "
            "supply chains.",
            "agreement",
            ["CHL", "PER", "USA"],
            [],
        ),
        (
            "Representatives from Japan and South Korea signed a lithium supply pact with "
            "Argentina.",
            "agreement",
            ["JPN", "KOR"],
            ["ARG"],
        ),
        # a group reporting another's step is its source, not the step's group
        (
            "Officials from Chile said Argentina would impose a 5% export duty on lithium.",
            "export_control",
            ["ARG"],
            ["CHL"],
        ),
    ],
)
def test_a_list_after_ministers_of_acts_together(
    extractor: Extractor, text: str, action: str, actors: list[str], partners: list[str]
) -> None:
    assert parties(extractor, text, action) == (actors, partners)


def test_a_cue_starting_inside_a_party_leaves_it_acting(extractor: Extractor) -> None:
    text = (
        "Foreign Ministers of Australia, India, Japan and the United States met in Washington "
        "to discuss rare earth supply."
    )
    actors, partners = parties(extractor, text, "negotiation")
    assert {"AUS", "IND", "JPN", "USA"} <= set(actors)
    assert "USA" not in partners


@pytest.mark.parametrize(
    ("text", "action", "actors", "partners"),
    [
        (
            "The Commerce Department imposed a licence requirement on exports of gallium to "
            "China.",
            "export_control",
            ["USA"],
            ["CHN"],
        ),
        (
            "The Interior Department approved the lithium mine in Nevada.",
            "permitting",
            ["USA"],
            [],
        ),
        (
            "The Union Cabinet approved a Rs 16,300 crore mission for lithium and cobalt.",
            "strategy",
            ["IND"],
            [],
        ),
        # another country's department stays that country's
        (
            "India's Department of Commerce imposed an anti-dumping duty on graphite "
            "electrodes from China.",
            "trade_measure",
            ["IND"],
            ["CHN"],
        ),
    ],
)
def test_government_bodies_name_their_country(
    extractor: Extractor, text: str, action: str, actors: list[str], partners: list[str]
) -> None:
    assert parties(extractor, text, action) == (actors, partners)


@pytest.mark.parametrize(
    ("title", "text", "actors"),
    [
        # a title naming the measure's target lends it to no step
        (
            "Duties on Chinese graphite anodes rise to 25 percent",
            "The additional duty on natural graphite rises to 25 percent on Thursday.",
            [],
        ),
        (
            "Commerce confirms duties on silicon metal from Australia, Brazil and Norway",
            "The department set final duties of 20% to 56% on silicon metal on Tuesday.",
            [],
        ),
        # the title's maker is lent, a target listed after it is not
        (
            "India sets anti-dumping duty on Chinese aluminium foil",
            "The anti-dumping duty on aluminium foil will apply for five years, the finance ministry said.",
            ["IND"],
        ),
        (
            "China tightens graphite export curbs",
            "The new licence requirement on graphite anode exports takes effect on Monday.",
            ["CHN"],
        ),
    ],
)
def test_a_titles_target_is_not_lent_as_actor(title: str, text: str, actors: list[str]) -> None:
    pred = Extractor().extract(
        {"id": "t", "title": title, "text": text, "published": "2026-03-02"}
    )
    assert pred["events"], pred
    assert pred["events"][0]["actors"] == actors
