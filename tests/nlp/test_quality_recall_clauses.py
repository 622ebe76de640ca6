"""Two steps of one action told in one clause (helper "evsplit5", session 20): one actor's two
acts, each a cue of the action opening on a verb of the past and joined by "and" ("added gallium
to its critical list and presented an action plan", "and has invited"), are two steps. Near misses: a second act
told inside a relative clause or an infinitive, the first one's content ("passed a law that set
royalties and raised taxes")."""

import pytest
from predict import dated_statuses

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "action", "count"),
    [
        # two acts of one actor joined by "and": two steps
        (
            "The European Union added gallium to its list of critical raw materials for the "
            "first time and presented an action plan on supply.",
            "strategy",
            2,
        ),
        (
            "Ghana ordered the closure of 23 mines in February and cancelled 75 mining licences.",
            "permitting",
            2,
        ),
        # the second act after "and" with an auxiliary; a bloc's two steps
        (
            "The European Union adopted its critical raw materials action plan in 2020 and has "
            "added lithium to its list of critical raw materials.",
            "strategy",
            2,
        ),
        (
            "The United States launched the minerals forum in February and has invited the "
            "European Union to join.",
            "bloc_formation",
            2,
        ),
        # guard: the second act told as the first one's content, in a relative clause
        (
            "Bolivia passed a law in 2017 that created a lithium company and reserved the "
            "industry for the state.",
            "strategy",
            1,
        ),
    ],
)
def test_two_acts_joined_in_one_clause(
    extractor: Extractor, text: str, action: str, count: int
) -> None:
    assert len(dated_statuses(extractor, text, action)) == count
