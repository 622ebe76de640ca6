"""False events of session 34 (bf34 in nlp/data/actions.yaml): a bloc named only as the
background of another step, a government's own initiative or an infrastructure plan launched, a
levy's price bands, producers' stocks, a firm sold, and purchase pledges needed or missed make no
bloc_formation, price_mechanism, stockpile or offtake event. Each rule has rows where it removes
the event and near-miss rows where the event must stay; read through the whole extractor as
shipped."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "action", "present"),
    [
        (
            "Sweden, which left the European Union's customs union last year, has asked "
            "Washington for its own talks on steel.",
            "bloc_formation",
            False,
        ),
        (
            "Britain left the European Union in January 2020 after 47 years of membership.",
            "bloc_formation",
            True,
        ),
        (
            "The court ruling left Brussels without a domestic source of cobalt for its "
            "battery plants.",
            "bloc_formation",
            False,
        ),
        (
            "Uruguay will leave Mercosur next year, the government said on Monday.",
            "bloc_formation",
            True,
        ),
        (
            "Several Chilean copper miners have signed up to be audited against the Copper "
            "Mark standard.",
            "bloc_formation",
            False,
        ),
        (
            "Ecuador signed up to the Minerals Security Partnership on Tuesday.",
            "bloc_formation",
            True,
        ),
        (
            "The presidents also discussed expanding the Chile-Mercosur trade agreement to "
            "cover lithium.",
            "bloc_formation",
            False,
        ),
        (
            "Mercosur agreed to admit Bolivia as a full member at its summit in Brasilia.",
            "bloc_formation",
            True,
        ),
        (
            "The president launched a National Lithium Initiative that will coordinate the "
            "government's work on battery supply chains.",
            "bloc_formation",
            False,
        ),
        (
            "The G7 leaders launched an infrastructure partnership for developing "
            "countries, pledging billions of dollars for copper and lithium mines.",
            "bloc_formation",
            False,
        ),
        (
            "Mexico, Chile and Peru launched a lithium alliance on Monday to coordinate policy.",
            "bloc_formation",
            True,
        ),
        (
            "Zambia raised its royalty rates on copper by one percentage point at every "
            "price band in January.",
            "price_mechanism",
            False,
        ),
        (
            "India will set a price band for domestic sales of rare earth oxides, the mines "
            "ministry said.",
            "price_mechanism",
            True,
        ),
        (
            "Washington accused Beijing of subsidising its aluminium smelters through "
            "below-market prices for electricity.",
            "price_mechanism",
            False,
        ),
        (
            "Miners have asked the government for permission to export part of their "
            "stockpiles of bauxite.",
            "stockpile",
            False,
        ),
        (
            "The government will build a strategic stockpile of cobalt and lithium.",
            "stockpile",
            True,
        ),
        (
            "The lithium concentrate will be stockpiled or sold until the refinery is finished.",
            "stockpile",
            False,
        ),
        (
            "Japan and Australia agreed to exchange views on stockpiling of rare earths.",
            "stockpile",
            False,
        ),
        (
            "Japan and Australia agreed to build joint stockpiles of rare earths.",
            "stockpile",
            True,
        ),
        (
            "Washington accused Beijing of selling aluminium at below-market prices to its "
            "own carmakers.",
            "price_mechanism",
            True,
        ),
        (
            "Zinc Corp has agreed to sell Andes Metals, which runs the San Lucas zinc mine "
            "in Bolivia, to Glencore.",
            "offtake",
            False,
        ),
        (
            "Glencore agreed to buy 20,000 tonnes of cobalt a year from the Kamoto mine.",
            "offtake",
            True,
        ),
        (
            "Industry groups said the grants would need to be paired with long-term "
            "purchase commitments for lithium to bring new refineries to financing.",
            "offtake",
            False,
        ),
        (
            "The deal took effect on Friday, but analysts doubted Beijing's ability to meet "
            "its purchase commitments for U.S. copper.",
            "offtake",
            False,
        ),
    ],
)
def test_background_steps_make_no_event(
    extractor: Extractor, text: str, action: str, present: bool
) -> None:
    assert (action in action_types(extractor, text)) is present
