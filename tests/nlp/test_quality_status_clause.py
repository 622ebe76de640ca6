"""Status read from the clause whose subject is the measure, after the written convention of the
labels (docs/status-convention.md R3), through the whole extractor, on sentences written here:
a step told as not yet made by its own predicate after a long aside that only names it
(stsubj, session 24)."""

import pytest
from predict import status_of

# an aside set off by commas right after the measure, longer than the reach of the not-yet
# predicate on its own
_LONG_OPEN_ASIDE = (
    "open to processors of lithium, graphite, nickel and cobalt in all ten provinces and three "
    "territories for the next ten years from 2028 onwards"
)
_LONG_WOULD_ASIDE = (
    "which would pay processors of lithium, graphite, nickel and cobalt in all ten provinces and "
    "three territories a credit for ten years from 2028"
)


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the measure's own predicate says it is not yet made, however long the aside (R3)
        (
            f"Canada's battery metals incentive scheme, {_LONG_OPEN_ASIDE}, is yet to be legislated.",
            "investment",
            "proposed",
        ),
        (
            f"Canada's battery metals incentive scheme, {_LONG_WOULD_ASIDE}, has not yet been "
            "passed.",
            "investment",
            "proposed",
        ),
    ],
)
def test_a_step_not_yet_made_after_an_aside(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a short aside was within reach already
        (
            "Canada's battery metals incentive scheme, open to processors of lithium and graphite, "
            "is yet to be legislated.",
            "investment",
            "proposed",
        ),
        # the measure's own predicate after the aside tells no step still to come
        (
            f"Canada's battery metals incentive scheme, {_LONG_OPEN_ASIDE}, took effect in January.",
            "investment",
            "agreed",
        ),
        # the not-yet predicate is another scheme's: the one launched stays decided (R6)
        (
            "Ottawa launched Canada's battery metals incentive scheme in January, open to "
            "processors of lithium, graphite, nickel and cobalt in all ten provinces and three "
            "territories for the next ten years, and a second scheme is yet to be legislated.",
            "investment",
            "agreed",
        ),
    ],
)
def test_what_an_aside_leaves_as_it_was(extractor, text, action, status):
    assert status_of(extractor, text, action) == status
