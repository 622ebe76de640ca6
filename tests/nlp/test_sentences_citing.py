"""A numbered item's citation ("Announcement No. 46", "Art. 5") neither ends a sentence nor
reads as a negation: the notice keeps its event and its actor."""

from __future__ import annotations

import pytest

from nlp.extract import Extractor
from nlp.pipeline import build_pipeline
from nlp.sentences import sentence_bounds


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _sentences(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [text[s.start_char : s.end_char] for s in sentence_bounds(doc)]


@pytest.mark.parametrize(
    "text, sentences",
    [
        (
            "Hanoi issued Decision No. 12 of 2026 on tungsten. It takes effect in May.",
            ["Hanoi issued Decision No. 12 of 2026 on tungsten.", "It takes effect in May."],
        ),
        ("See Art. 5 and Sec. 301 of the act, and para. 4.", None),
        ("Under Docket No. BIS-2026-0107, the bureau set a licence rule.", None),
        ("Orders Nos. 3 and 4 cover graphite, Vol. 2 lists cobalt.", None),
        # the citing forms still end a sentence before a word that opens one
        (
            "Is the levy a tax? No. It is a royalty on copper.",
            ["Is the levy a tax?", "No.", "It is a royalty on copper."],
        ),
        # lower-case "no." is not kept whole: a sentence often ends on it
        (
            "Senators voted no. Lawmakers then passed the nickel bill.",
            ["Senators voted no.", "Lawmakers then passed the nickel bill."],
        ),
    ],
)
def test_sentence_bounds(pipeline, text: str, sentences: list[str] | None) -> None:
    assert _sentences(pipeline, text) == (sentences or [text])


@pytest.mark.parametrize(
    "text, action, actors, partners",
    [
        (
            "Beijing suspended Announcement No. 51 of 2025 on germanium exports to the United "
            "States.",
            "export_control",
            ["CHN"],
            ["USA"],
        ),
        (
            "Proclamation No. 10962 raises tariffs on graphite anodes from China.",
            "trade_measure",
            [],
            ["CHN"],
        ),
        (
            "Under Art. 7 of the mining code, Guinea banned bauxite exports.",
            "export_control",
            ["GIN"],
            [],
        ),
    ],
)
def test_cited_notice_keeps_its_event(
    extractor, text: str, action: str, actors: list[str], partners: list[str]
) -> None:
    pred = extractor.extract({"id": "n", "text": text, "published": "2026-03-02"})
    events = [e for e in pred["events"] if e["action"] == action]
    assert events, pred["events"]
    assert events[0]["actors"] == actors
    assert events[0]["partners"] == partners
    assert events[0]["evidence"] == text
