"""The actor a sentence naming no party of its own takes from the report (evparty4): a title
opening on a leader makes the report his country's, on texts written here, read through the
whole extractor."""

import pytest

from nlp.extract import Extractor


def actors(extractor: Extractor, title: str, text: str, action: str) -> list[str]:
    """The actors of the first event of `action` in a short titled text."""
    pred = extractor.extract({"id": "q", "text": text, "published": "2026-03-10", "title": title})
    return next(e for e in pred["events"] if e["action"] == action)["actors"]


@pytest.mark.parametrize(
    ("title", "text", "action", "actor"),
    [
        # the leader the title opens on, not the country it names after him
        (
            "Trump signs bill tightening China rules for battery makers",
            "The law bans exports of lithium ore from next year.",
            "export_control",
            "USA",
        ),
        (
            "Yoon secures Saudi deals and minerals cooperation on Riyadh visit",
            "The two sides signed a memorandum on lithium supply.",
            "agreement",
            "KOR",
        ),
        (
            "Analysis: Biden's critical minerals push leaves Canada waiting",
            "The administration set up a stockpile of cobalt last year.",
            "stockpile",
            "USA",
        ),
        (
            "Lula courts Germany on lithium as investors return",
            "The government will ban exports of raw lithium ore.",
            "export_control",
            "BRA",
        ),
        # guards: a bloc the title names stays the lead; a leader deep in the title is no
        # subject
        (
            "Draghi calls for joint minerals stockpiles to revive EU",
            "The report urges a joint stockpile of lithium.",
            "stockpile",
            "EU",
        ),
        (
            "What a second Trump term could mean for China's exporters",
            "The ministry imposed curbs on graphite exports.",
            "export_control",
            "CHN",
        ),
    ],
)
def test_title_leader_leads(
    extractor: Extractor, title: str, text: str, action: str, actor: str
) -> None:
    assert actors(extractor, title, text, action) == [actor]
