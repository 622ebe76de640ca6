"""Trade-measure frames of session 34 (nlp/data/actions.yaml, keys "tr34"), read through the
whole extractor with both learned models off, as the rows test the rules: a tariff already
told, retold as the outcome of its origin ("The tariff follows a ... investigation"), and a
measure told as left as it was ("leaves existing tariffs in place", "remain in place
despite ..."). Each row lists the (action, status) of every event; rows where the frame must
fire stand beside rows where it must not."""

import pytest
from predict import action_statuses

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a tariff retold as the outcome of its origin: no second step
        (
            "Washington imposed a 50% tariff on copper imports on Friday. The tariff follows a "
            "national security investigation under Section 232 that the president ordered in "
            "February.",
            [("trade_measure", "agreed")],
        ),
        # not: a sentence that does not retell the tariff as its subject ("It comes after")
        (
            "Washington imposed a 50% tariff on copper imports on Friday. It comes after a "
            "national security investigation under Section 232 that the president ordered in "
            "February.",
            [("trade_measure", "agreed"), ("trade_measure", "agreed")],
        ),
        # not: a case retold as following a step of another kind keeps that step
        (
            "The Commerce Department opened an investigation into copper imports on Monday. The "
            "investigation follows an executive order on critical minerals that the president "
            "signed in February.",
            [("trade_measure", "agreed"), ("strategy", "agreed")],
        ),
        # a truce that leaves the tariffs as they were: no trade step
        (
            "Beijing and Washington agreed a truce on rare earth magnets. The truce leaves "
            "existing tariffs on Chinese graphite in place.",
            [("agreement", "agreed")],
        ),
        # not: a truce that keeps them in its own words is read as before
        (
            "Beijing and Washington agreed a truce on rare earth magnets. The truce keeps the "
            "U.S. tariffs on Chinese graphite.",
            [("agreement", "agreed"), ("trade_measure", "agreed")],
        ),
        # what a measure stands despite is no step of its own
        (
            "Ottawa's counter-tariffs on U.S. aluminium remain in place despite a trade "
            "agreement with Washington.",
            [("trade_measure", "in_force")],
        ),
        # not: the measure before the frame keeps its reading
        ("U.S. tariffs of 25% on aluminium remain in place.", [("trade_measure", "in_force")]),
        # not: a step told in its own clause after the frame
        (
            "Ottawa's counter-tariffs on U.S. aluminium remain in place, and Ottawa signed a trade "
            "agreement with Washington on Monday.",
            [("trade_measure", "in_force"), ("agreement", "agreed")],
        ),
    ],
)
def test_a_trade_measure_retold_or_left_as_it_was_makes_no_step(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    events: list[tuple[str, str]],
) -> None:
    assert action_statuses(extractor, text) == events
