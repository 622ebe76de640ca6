"""Vaccines, power or arms supplied are no mineral output: no offtake. Mineral supply
agreed is. Sentences written here, read through the whole extractor."""

from predict import action_types

from nlp.extract import Extractor


def test_vaccines_supplied_are_no_offtake(extractor: Extractor) -> None:
    assert "offtake" not in action_types(
        extractor,
        "India and Australia, which cooperate on lithium, agreed to supply vaccine doses to "
        "Pacific states.",
    )


def test_mineral_supply_agreed_is_an_offtake(extractor: Extractor) -> None:
    assert "offtake" in action_types(
        extractor, "Australia's Lynas agreed to supply rare earths to a Japanese magnet maker."
    )
