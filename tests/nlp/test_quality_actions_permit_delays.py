"""The time permits take, told as an obstacle, is no permitting step; a permit granted is.
Sentences written here, read through the whole extractor."""

from predict import action_types

from nlp.extract import Extractor


def test_the_time_permits_take_is_no_permitting(extractor: Extractor) -> None:
    assert "permitting" not in action_types(
        extractor,
        "Miners in Canada said the biggest hurdle was the time it takes to obtain permits for "
        "nickel mines.",
    )


def test_a_permit_granted_is_permitting(extractor: Extractor) -> None:
    assert "permitting" in action_types(
        extractor, "Quebec granted a mining permit for the graphite project on Friday."
    )
