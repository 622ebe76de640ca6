"""Background and default readings of status (helper stbgdef, sb10_), through the whole
extractor on sentences written here (published 2026-03-10), rules alone."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the news follows an old strategy: that strategy is the earlier act (R6)
        (
            "The new funding round follows the release in 2021 of Canada's critical minerals "
            "strategy.",
            "agreed",
        ),
        (
            "The new grants followed Norway's 2019 minerals strategy.",
            "agreed",
        ),
        # guard: an old strategy the news builds on stands (dev reads it so)
        (
            "The programme builds on Norway's 2019 minerals strategy.",
            "in_force",
        ),
        # guard: an old strategy named bare still ages into force by its date
        (
            "Canada's 2021 critical minerals strategy guides the new funding round.",
            "in_force",
        ),
    ],
)
def test_a_strategy_the_news_follows_is_the_earlier_act(
    extractor, status_rules_alone, text, status
):
    assert status_of(extractor, text, "strategy") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a plant named with the participle of its building set off after it stands (R4)
        (
            "The copper smelter, built in 1978, has drawn complaints from residents over "
            "sulphur emissions.",
            "in_force",
        ),
        (
            "The lithium refinery, built by a state contractor for $200 million, supplies "
            "battery makers in the region.",
            "in_force",
        ),
        # guard: a plant still to be built keeps its own reading
        ("The lithium refinery will be built by a state contractor for $200 million.", "agreed"),
    ],
)
def test_a_plant_named_as_built_stands(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "project") == status
