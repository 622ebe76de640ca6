"""Agreed against in force (helper "stai", `sd2_` in status.yaml), rules alone, on sentences
written here (published 2026-03-10): a measure set off by an aside between commas whose own
predicate says it took effect or stands is in force (R4), whatever verb the aside names it by;
so is one told as having begun to apply."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the aside's verb only names the measure; its predicate says it stands (R4)
        (
            "Chinese tariffs on American cobalt, raised to 25%, took effect on March 1.",
            "trade_measure",
            "in_force",
        ),
        (
            "The bloc's sanctions on Belarusian potash, tightened in 2024, remain in force.",
            "sanction",
            "in_force",
        ),
        # a pact so told: it took effect (R4), whatever its relative clause says it does
        (
            "The Japan-Canada critical minerals agreement, which commits both sides to share "
            "supply data, entered into force in January.",
            "agreement",
            "in_force",
        ),
        # no predicate of standing after the aside: the aside's verb still tells the step
        (
            "Chinese tariffs on American cobalt, raised to 25% on Monday, drew protests from "
            "carmakers.",
            "trade_measure",
            "agreed",
        ),
    ],
)
def test_a_measure_standing_after_an_aside_is_in_force(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("U.S. tariffs on Canadian steel began to apply on Friday.", "trade_measure"),
        ("U.S. duties on Chinese graphite started to apply in January.", "trade_measure"),
        ("The EU's sanctions on Belarusian potash became fully effective on Friday.", "sanction"),
    ],
)
def test_a_measure_begun_to_apply_is_in_force(extractor, status_rules_alone, text, action):
    # "began to apply", "became fully effective": the measure applies, like "took effect" (R4)
    assert status_of(extractor, text, action) == "in_force"
