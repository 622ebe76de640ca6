"""Strategy readings of session 34, read through the whole extractor as shipped. A roadmap
agreed with a partner government, or one for talks or for meeting a bloc's terms, is no
policy document of its own; law as a body of law ("violated international law") is no statute
made or in force. The near-miss rows are a government's own roadmap and a statute named, which
stay strategy. Sentences written here."""

import pytest
from predict import action_types, predict

from nlp.extract import Extractor

NO_STRATEGY = [
    # a roadmap agreed or signed with a partner government is their pact
    (
        "France agreed a roadmap with Kazakhstan in March to deepen cooperation on uranium and "
        "rare earths."
    ),
    (
        "Germany signed a roadmap with Chile on Monday to put their lithium partnership into "
        "practice."
    ),
    # a roadmap for talks, or for a candidate to meet a bloc's terms
    "A detailed roadmap for the talks on a cobalt deal with Congo is expected next month.",
    (
        "The OECD set a roadmap for Argentina to meet the organisation's requirements, "
        "including rules on lithium investment."
    ),
]

STRATEGY = [
    # a government's own roadmap, approved, published or released
    (
        "Spain's cabinet approved a roadmap for the sustainable management of mineral raw "
        "materials such as lithium and cobalt on Tuesday."
    ),
    "Russia's government published a roadmap for developing its rare earth industry by 2030.",
    (
        "The Victorian government released a Critical Minerals Roadmap to attract investment "
        "in rare earths."
    ),
]


@pytest.mark.parametrize("text", NO_STRATEGY)
def test_a_roadmap_with_a_partner_or_for_talks_is_no_strategy(
    extractor: Extractor, text: str
) -> None:
    assert "strategy" not in action_types(extractor, text)


@pytest.mark.parametrize("text", STRATEGY)
def test_a_governments_own_roadmap_stays_strategy(extractor: Extractor, text: str) -> None:
    assert "strategy" in action_types(extractor, text)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # law as a body of law told after a statute: the statute's event alone
        (
            "Washington signed a new law on deep-sea mining of cobalt and nickel on Monday. "
            "China's foreign ministry said on Tuesday that the U.S. move violated international "
            "law.",
            [["USA"]],
        ),
        (
            "The United States passed a law on Monday giving tax credits for lithium batteries "
            "made at home. Beijing said the credits broke World Trade Organization law.",
            [["USA"]],
        ),
        # not: a second statute told after the first is a step of its own
        (
            "Washington signed a new law on deep-sea mining of cobalt and nickel on Monday. "
            "China passed its own law on seabed mining of cobalt a day later.",
            [["USA"], ["CHN"]],
        ),
    ],
)
def test_international_law_is_no_statute(
    extractor: Extractor, text: str, actors: list[list[str]]
) -> None:
    events = [e for e in predict(extractor, text)["events"] if e["action"] == "strategy"]
    assert [e["actors"] for e in events] == actors
