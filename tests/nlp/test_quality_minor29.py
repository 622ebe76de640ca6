"""Session 29, helper minor2: a grouping's seat short of membership and a grouping's invitation.

An observer seat or role taken in a named grouping is a bloc step; a grouping referred back to
("the group") that invites states by name is one too; states invited to bid or invest are asked
into a tender, no grouping; an observer sent to a meeting or a market observer is none. A list
or a study that guides or informs stockpiling is a use of the list, no stockpile step.
Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

# (sentence, action type the sentence states)
STATED = [
    ("The European Union took an observer seat in FORGE on Wednesday.", "bloc_formation"),
    (
        "Japan will take an observer role in the Minerals Security Partnership, officials said.",
        "bloc_formation",
    ),
    (
        "At its summit in Kazan, the BRICS bloc passed over Algeria, and the group invited "
        "Egypt, Ethiopia and Iran instead.",
        "bloc_formation",
    ),
]


@pytest.mark.parametrize(("text", "action"), STATED)
def test_grouping_seat_or_invitation_is_read(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)


# (sentence, action type the sentence does not state)
NOT_STATED = [
    ("The BRICS bloc invited Argentina to bid for lithium blocks.", "bloc_formation"),
    # unchanged: states asked to invest, an observer sent to a meeting, a market observer
    ("The group invited Chile to invest in its copper smelters.", "bloc_formation"),
    ("The Commission will send an observer to the FORGE meeting.", "bloc_formation"),
    ("A market observer said the EU seat was empty.", "bloc_formation"),
    (
        "Tungsten stays on Japan's list of strategic metals, which informs industrial policy and "
        "stockpile decisions.",
        "stockpile",
    ),
    (
        "Officials said the new cobalt list would guide what the agency buys for its national "
        "stockpile.",
        "stockpile",
    ),
]


@pytest.mark.parametrize(("text", "action"), NOT_STATED)
def test_tender_observer_and_list_wording_makes_no_step(
    extractor: Extractor, text: str, action: str
) -> None:
    assert action not in action_types(extractor, text)


# unchanged: a government buying for its stockpile
def test_purchases_for_a_stockpile_stay_stockpile_steps(extractor: Extractor) -> None:
    text = "The defence ministry will buy tungsten for the national stockpile under the new list."
    assert "stockpile" in action_types(extractor, text)
