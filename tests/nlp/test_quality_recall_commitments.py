"""A government's money told in several sums is several commitments: a later sentence that
commits another sum, larger or smaller, is an investment of its own ("... will lend $300
million to Aurum ... The energy ministry will give Aurum $40 million in grants"), while a
later sentence restating the same sum, telling a part of it ("$200 million of the funding"),
or naming none, is the first commitment retold."""

import pytest
from predict import predict

from nlp.extract import Extractor


def investments(extractor: Extractor, text: str) -> list[float | None]:
    pred = predict(extractor, text)
    return [e["amount_usd"] for e in pred["events"] if e["action"] == "investment"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a smaller second sum for another firm: two commitments
        (
            "The Canadian government will lend US$300 million to Aurum Metals to build a lithium "
            "refinery in Quebec, the finance minister said on Monday. The industry ministry "
            "will also give Borealis Lithium US$40 million in grants for its lithium mine.",
            [300_000_000, 40_000_000],
        ),
        # a larger second sum: two commitments (so before too)
        (
            "Japan will invest $50 million in a nickel smelter run by Pacific Nickel, the "
            "trade ministry said. The state lender JBIC will provide a further $400 million "
            "loan to a second nickel project in the region.",
            [50_000_000, 400_000_000],
        ),
        # a part of the first sum ("of the funding"): one commitment
        (
            "The Canadian government will lend US$300 million to two lithium miners, the "
            "finance minister said on Monday. Aurum Metals will receive US$200 million of the "
            "funding for its lithium refinery in Quebec.",
            [300_000_000],
        ),
        # the same sum retold: one commitment
        (
            "The Canadian government will lend US$300 million to Aurum Metals to build a lithium "
            "refinery in Quebec, the finance minister said on Monday. The US$300 million loan "
            "will be repaid over 15 years from the refinery's lithium sales.",
            [300_000_000],
        ),
        # no second sum: one commitment
        (
            "The Canadian government will lend US$300 million to Aurum Metals to build a lithium "
            "refinery in Quebec, the finance minister said on Monday. The loan will be repaid "
            "over 15 years from the refinery's lithium sales.",
            [300_000_000],
        ),
    ],
)
def test_each_sum_committed_is_an_investment(extractor, text, found):
    assert investments(extractor, text) == found
