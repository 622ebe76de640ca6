"""False events of session 34 (pr34_ readings of nlp/data/actions.yaml): words that name an
investment, an export control or a trade measure without telling one, read through the whole
extractor. Each row names the sentence an event would come from and whether one must; rows
marked "near miss" tell a real step in like words and must keep their event."""

import pytest
from predict import predict

from nlp.extract import Extractor


def _event_from(extractor: Extractor, text: str, action: str, fragment: str) -> bool:
    """Whether the extractor makes an event of `action` whose evidence holds `fragment`."""
    return any(
        e["action"] == action and fragment in e["evidence"]
        for e in predict(extractor, text)["events"]
    )


@pytest.mark.parametrize(
    ("text", "action", "fragment", "expected"),
    [
        # a firm's standing intent to go on spending, with no sum: no investment
        (
            "The miner said it would keep investing in its copper mine in Zambia.",
            "investment",
            "keep investing",
            False,
        ),
        (
            "Glencore said it remains committed to investing in Congo's cobalt sector.",
            "investment",
            "committed",
            False,
        ),
        # money missing is no money committed (a guard: the sentence makes no event)
        (
            "The government approved a $200 million loan for a copper smelter in Chile. Copper "
            "developers, which have several large projects stalled in the Andes for lack of "
            "financing, are also expected to apply.",
            "investment",
            "stalled",
            False,
        ),
        # near miss: a sum the firm will invest, and financing it will go on providing
        (
            "The miner said it would invest $500 million in its copper mine in Zambia.",
            "investment",
            "invest",
            True,
        ),
        (
            "The state development bank will continue to provide financing of $200 million for "
            "the Chilean lithium plant.",
            "investment",
            "financing",
            True,
        ),
    ],
)
def test_investment_talk_without_money_committed(
    extractor: Extractor, text: str, action: str, fragment: str, expected: bool
) -> None:
    assert _event_from(extractor, text, action, fragment) is expected


@pytest.mark.parametrize(
    ("text", "action", "fragment", "expected"),
    [
        # export curbs as a kind a body advises against
        (
            "China restricted exports of gallium in 2023. The OECD urged Japan to look at "
            "recycling of graphite rather than tit-for-tat curbs.",
            "export_control",
            "tit-for-tat",
            False,
        ),
        # control as ownership
        (
            "China restricted exports of gallium in 2023. Chinese companies control most of "
            "Congo's cobalt mines.",
            "export_control",
            "companies control",
            False,
        ),
        # near miss: an export tax regime is an export control
        (
            "Indonesia banned exports of nickel ore in 2020. The Philippines has changed its "
            "export tax regime for copper concentrate twice.",
            "export_control",
            "export tax regime",
            True,
        ),
        # a tax regime, an open-pit ban and permitting rules are no export regime, ban or rules
        (
            "Indonesia banned exports of nickel ore in 2020. Zambia has changed its tax regime "
            "for copper miners several times.",
            "export_control",
            "tax regime",
            False,
        ),
        (
            "Indonesia banned exports of nickel ore in 2020. Miners in the Philippines want the "
            "open-pit ban on copper mines lifted as well.",
            "export_control",
            "open-pit",
            False,
        ),
        (
            "China restricted exports of graphite in 2023. The U.S. Interior Department will "
            "review mining laws and permitting rules for copper mines.",
            "export_control",
            "permitting rules",
            False,
        ),
    ],
)
def test_export_words_that_tell_no_export_control(
    extractor: Extractor, text: str, action: str, fragment: str, expected: bool
) -> None:
    assert _event_from(extractor, text, action, fragment) is expected


@pytest.mark.parametrize(
    ("text", "action", "fragment", "expected"),
    [
        # tariffs as the adjective of a price floor
        (
            "Washington wants tariff-backed floors for rare earth prices, officials said.",
            "trade_measure",
            "tariff-backed",
            False,
        ),
        # near miss: tariffs imposed
        (
            "Washington imposed tariffs of 25% on Chinese graphite on Monday.",
            "trade_measure",
            "graphite",
            True,
        ),
    ],
)
def test_tariff_backed_floors_are_no_tariff(
    extractor: Extractor, text: str, action: str, fragment: str, expected: bool
) -> None:
    assert _event_from(extractor, text, action, fragment) is expected
