"""Money a firm has already sunk into a project, told as background, is no money committed;
money pledged is. Sentences written here, read through the whole extractor."""

from predict import action_types

from nlp.extract import Extractor


def test_money_already_spent_is_no_investment(extractor: Extractor) -> None:
    assert "investment" not in action_types(
        extractor,
        "The partners have already spent more than $1 billion on the copper mine in Peru.",
    )


def test_money_pledged_is_an_investment(extractor: Extractor) -> None:
    assert "investment" in action_types(
        extractor, "The partners pledged $1 billion to develop the copper mine in Peru."
    )
