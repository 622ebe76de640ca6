"""Which telling of a merged step decides its status: the first telling keeps it, unless its
status is only a default (no status words of its own) and a reference back in the next sentence
tells the stage by its own words. Helper "stmerged", session 20."""

import pytest
from predict import status_of

# (name, text, action, status): a lead with no status words, then "the stockpile" / "that
# reference price" told as still weighed or hoped for in the next sentence (R3)
TOLD_BACK = [
    (
        "a stockpile the ministry hopes to fill",
        "Norway's energy ministry on Monday described the country's cobalt stockpile. The "
        "ministry hopes to fill the stockpile by next year.",
        "stockpile",
        "proposed",
    ),
    (
        "a stockpile the treasury hopes to fill",
        "Zambia's treasury on Monday outlined a copper stockpile for local smelters. The treasury "
        "hopes to fill the stockpile within two years.",
        "stockpile",
        "proposed",
    ),
    (
        "a reserve it plans to fill",
        "Tanzania described a graphite reserve for battery plants on Friday. It plans to fill the "
        "reserve with local graphite.",
        "stockpile",
        "proposed",
    ),
    (
        "a reference price the ministry is considering",
        "Miners complained that smelters pay below the ministry's benchmark price for nickel ore. "
        "The ministry is considering rules that would require smelters to pay that reference "
        "price.",
        "price_mechanism",
        "proposed",
    ),
    (
        "a reference price the ministry is weighing",
        "Miners said buyers pay below the government's benchmark price for cobalt. The ministry is "
        "weighing rules that would make buyers pay that reference price.",
        "price_mechanism",
        "proposed",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "action", "status"), TOLD_BACK, ids=[c[0] for c in TOLD_BACK]
)
def test_a_default_lead_takes_the_stage_told_back(
    extractor, status_rules_alone, name, text, action, status
):
    assert status_of(extractor, text, action) == status
