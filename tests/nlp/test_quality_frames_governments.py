"""Words that look like a frame or a negation but are not one (session 13): a government whose
name holds a lobby's word, and a negation that only opens a comparison."""

import pytest
from predict import action_statuses


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bloc or a cabinet urging a step is a government's proposal, not a lobby's wish ...
        (
            "The European Union has urged Serbia to ban exports of lithium ore.",
            [("export_control", "proposed")],
        ),
        (
            "The Group of Seven called for a price floor for rare earths.",
            [("price_mechanism", "proposed")],
        ),
        (
            "China's State Council urged provinces to curb exports of rare earths.",
            [("export_control", "proposed")],
        ),
        # ... while an industry lobby's call stays a wish
        ("Industry groups urged Ottawa to impose tariffs on Chinese graphite.", []),
        ("The miners' union called for a ban on exports of nickel ore.", []),
    ],
)
def test_a_government_named_like_a_lobby_still_proposes(extractor, text, found):
    assert action_statuses(extractor, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "no lower than", "not later than": a comparison, not a negation
        (
            "Indonesia will set a benchmark price for nickel ore at no lower than the "
            "international price.",
            [("price_mechanism", "agreed")],
        ),
        (
            "Indonesia will not set a benchmark price for nickel ore.",
            [],
        ),
    ],
)
def test_a_comparison_is_no_negation(extractor, text, found):
    assert action_statuses(extractor, text) == found
