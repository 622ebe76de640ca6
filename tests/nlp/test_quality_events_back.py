"""A measure called earlier, existing or previous ("the earlier licensing requirements remain")
is a step older than the news: it merges with such a step told before, never with the news."""

import pytest
from predict import predict, raw_event

from nlp.events import merge_duplicates
from nlp.extract import Extractor


def _mention(sentence, status, event_date, back=False):
    return raw_event(
        sentence,
        action="export_control",
        status=status,
        actors=["CHN"],
        minerals=["rare_earths"],
        currency=None,
        event_date=event_date,
        _back=back,
    )


@pytest.mark.parametrize(
    ("first", "merged", "status"),
    [
        # a step of last year, or one standing, is what "the earlier requirements" name
        (("agreed", "2025"), True, "in_force"),
        (("agreed", "2025-11"), True, "in_force"),
        # an undated step read in force is no older by its date: since session 18 (helper mrg,
        # `_older_step` reads the date alone, not the label) it stays apart
        (("in_force", None), False, "in_force"),
        # the news of this month or the last is not
        (("agreed", "2026-03-09"), False, "agreed"),
        (("agreed", "2026-02-27"), False, "agreed"),
        (("agreed", None), False, "agreed"),
    ],
)
def test_an_earlier_measure_merges_only_with_an_older_step(first, merged, status):
    out = merge_duplicates(
        [_mention(0, *first), _mention(4, "in_force", None, back=True)], "2026-03-10"
    )
    assert len(out) == (1 if merged else 2)
    assert out[0]["status"] == status


def exports(extractor: Extractor, text: str) -> list[tuple[int, str]]:
    pred = predict(extractor, text)
    return [(e["sentence"], e["status"]) for e in pred["events"] if e["action"] == "export_control"]


@pytest.mark.parametrize(
    "text",
    [
        "China will require licences for exports of rare earth magnets from May, the ministry "
        "said on Monday. Carmakers took note. The earlier licensing requirements for rare earths "
        "remain in place.",
        "China will require licences for exports of rare earth magnets from May, the ministry "
        "said on Monday. Carmakers took note. The existing licensing requirements for rare "
        "earths remain in place.",
    ],
)
def test_the_earlier_measure_is_not_the_news(extractor, text):
    assert exports(extractor, text) == [(0, "agreed"), (2, "in_force")]
