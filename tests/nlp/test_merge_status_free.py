"""Merging that reads what the words say, not the status label the rules chose: a status fix
must not split an event from its retelling or join two steps. Helper "mrg", session 18."""

import pytest
from predict import predict

from nlp.extract import Extractor


def count(extractor: Extractor, text: str, action: str) -> int:
    return sum(e["action"] == action for e in predict(extractor, text)["events"])


# (name, text, action, events): a step told "earlier" or "existing" is older than the news by
# its date alone; a news step read as in force ("took effect on Monday") does not absorb it
OLDER_BY_DATE = [
    (
        "existing controls beside new ones in force",
        "Hanoi's new export controls on tungsten took effect on Monday. Traders said the existing "
        "export controls had already slowed shipments of tungsten.",
        "export_control",
        2,
    ),
    (
        "earlier tariffs beside tariffs in force",
        "Ottawa's tariffs on imported cobalt took effect on Monday. Refiners had paid the earlier "
        "tariffs on cobalt since 2019.",
        "trade_measure",
        2,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "action", "events"), OLDER_BY_DATE, ids=[c[0] for c in OLDER_BY_DATE]
)
def test_an_older_step_is_told_by_its_date(extractor, status_rules_alone, name, text, action, events):
    assert count(extractor, text, action) == events
