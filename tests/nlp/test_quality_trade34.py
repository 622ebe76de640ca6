"""Trade-measure frame of session 34 (nlp/data/actions.yaml, key "tr34"), read through the
whole extractor with both learned models off, as the rows test the rules: a measure told as
left as it was ("leaves existing tariffs in place", "remain in place despite ..."), where the
few words after the frame hold no step. Each row lists the (action, status) of every event;
rows where the frame must fire stand beside rows where it must not."""

import pytest
from predict import action_statuses

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "events"),
    [
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
def test_what_a_measure_left_as_it_was_stands_despite_is_no_step(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    events: list[tuple[str, str]],
) -> None:
    assert action_statuses(extractor, text) == events
