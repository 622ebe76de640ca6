"""Merging around liftings (helper "evlift", session 20): a permit revoked or a plant halted,
told again by a revoking word in the next sentence, is that one step, whoever the second sentence
names and whatever bare year its history adds; a step told as one more ("also") stays apart."""

import pytest
from predict import predict

from nlp.extract import Extractor

# (id, text, action, events of that action)
CASES = [
    (
        "licence-withdrawn-retold-by-holder",
        "A court in Peru has ordered a Canadian miner to suspend operations at its copper mine. "
        "The ruling, by a regional court, suspends the operating licence of the mine, which "
        "produced 20,000 tonnes of copper in 2019.",
        "permitting",
        1,
    ),
    (
        "licences-cancelled-retold-with-history",
        "Zambia has cancelled all copper exploration licences under new rules published this "
        "week. The rules give effect to last year's amendments to the mining law, which "
        "abolished the exploration licence in 2023.",
        "permitting",
        1,
    ),
    (
        "plant-halted-retold",
        "A Canadian miner said on Monday it would halt its nickel project in Quebec and place "
        "it on care and maintenance. The miner said it would stop mining by the end of May, "
        "after buying the asset in 2021.",
        "project",
        1,
    ),
    (
        # guard: "also" tells one more halt, of another mine
        "also-second-halt-guard",
        "A Canadian miner said on Monday it would halt its nickel project in Quebec and place "
        "it on care and maintenance. The miner said it would also stop mining at a second mine "
        "by the end of May, after buying the asset in 2021.",
        "project",
        2,
    ),
]


@pytest.mark.parametrize(("text", "action", "n"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_revocation_told_again_next_sentence_is_one_step(
    extractor: Extractor, text: str, action: str, n: int
) -> None:
    assert sum(e["action"] == action for e in predict(extractor, text)["events"]) == n
