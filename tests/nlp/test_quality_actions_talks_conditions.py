"""Talks already told, named again in a condition ("if the talks fail"), make no new talks;
talks held do. Sentences written here, read through the whole extractor."""

from predict import action_types

from nlp.extract import Extractor


def test_talks_in_a_condition_are_no_talks(extractor: Extractor) -> None:
    assert "negotiation" not in action_types(
        extractor, "If the talks fail within 60 days, Japan may widen its case on rare earths."
    )


def test_talks_held_are_a_negotiation(extractor: Extractor) -> None:
    assert "negotiation" in action_types(
        extractor, "Japan held talks with China on rare earths on Monday."
    )
