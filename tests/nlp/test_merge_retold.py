"""Merging within a document by what the words of a second mention say of the step told before
(helper "evmerge3", session 19): a reference back that tells the step's lifting is a second step
(R1), unless it opens its sentence as the subject of the step's content; a mention with no status
words of its own, read as a plan, tells the step before as still to come, whoever else it names."""

import pytest
from predict import predict

from nlp.extract import Extractor

# sentences with no step of their own, to set a second mention beyond the reach of a reference back
FILLER = (
    "Demand for lithium is rising fast. Prices fell sharply last year. Analysts expect a deficit."
)

# (id, text, action, events of that action)
CASES = [
    (
        "lifting-wanted",
        "Malaysia imposed a ban on exports of bauxite on Monday. Smelters want the ban lifted as "
        "soon as possible.",
        "export_control",
        2,
    ),
    (
        # merged with strev (same session): a passive undoing after a verb of asking ("asked for
        # the ban to be lifted") undoes nothing (`_sb3_asked_passive`), so the mention tells no
        # lifting and retells the ban; measured on the merged main
        "lifting-asked",
        "Malaysia imposed a ban on exports of bauxite on Monday. Miners have asked for the ban to "
        "be lifted.",
        "export_control",
        1,
    ),
    (
        "lifting-said",
        "The United States imposed tariffs on Canadian nickel on Monday. Ottawa said it wanted the "
        "tariffs removed entirely.",
        "trade_measure",
        2,
    ),
    (
        # guard: the reference back opens its sentence and tells the ban's content
        "content-guard",
        "Malaysia imposed a ban on exports of bauxite on Monday. The ban removes the exemption for "
        "small miners.",
        "export_control",
        1,
    ),
    (
        "plan-other-party",
        "A Canadian miner plans to build a lithium refinery in Quebec with a Japanese partner, the "
        f"company said on Monday. {FILLER} Construction of the refinery by the Japanese side is "
        "under way.",
        "project",
        1,
    ),
    (
        # guard: a dated mention is a step of its own
        "plan-dated-guard",
        "A Canadian miner plans to build a lithium refinery in Quebec with a Japanese partner, the "
        f"company said on Monday. {FILLER} Construction of a refinery by the Japanese side in "
        "2019 took years.",
        "project",
        2,
    ),
]


@pytest.mark.parametrize(("text", "action", "n"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_second_mention_merges_by_what_its_words_say(
    extractor: Extractor, text: str, action: str, n: int
) -> None:
    assert sum(e["action"] == action for e in predict(extractor, text)["events"]) == n
