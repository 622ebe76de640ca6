"""A goal for trade between two countries is no minerals policy; a national output target is.
Sentences written here, read through the whole extractor."""

from predict import action_types

from nlp.extract import Extractor


def test_a_bilateral_trade_goal_is_no_strategy(extractor: Extractor) -> None:
    assert "strategy" not in action_types(
        extractor,
        "Japan and Vietnam set a goal of doubling bilateral trade by 2030, including rare earths.",
    )


def test_an_output_target_is_a_strategy(extractor: Extractor) -> None:
    assert "strategy" in action_types(
        extractor, "Chile set a target of producing 300,000 tonnes of lithium by 2030."
    )
