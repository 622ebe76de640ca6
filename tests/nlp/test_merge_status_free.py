"""Merging that reads what the words say, not the status label the rules chose: a status fix
must not split an event from its retelling or join two steps. Helper "mrg", session 18."""

import pytest
from predict import predict

from nlp.extract import Extractor


def count(extractor: Extractor, text: str, action: str) -> int:
    return sum(e["action"] == action for e in predict(extractor, text)["events"])


# (name, text, action, events): a step told "earlier" or "existing" is older than the news by
# its date alone; a news step read as in force ("took effect on Monday") does not absorb it
OLDER_BY_DATE = [
    (
        "existing controls beside new ones in force",
        "Hanoi's new export controls on tungsten took effect on Monday. Traders said the existing "
        "export controls had already slowed shipments of tungsten.",
        "export_control",
        2,
    ),
    (
        "earlier tariffs beside tariffs in force",
        "Ottawa's tariffs on imported cobalt took effect on Monday. Refiners had paid the earlier "
        "tariffs on cobalt since 2019.",
        "trade_measure",
        2,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "action", "events"), OLDER_BY_DATE, ids=[c[0] for c in OLDER_BY_DATE]
)
def test_an_older_step_is_told_by_its_date(
    extractor, status_rules_alone, name, text, action, events
):
    assert count(extractor, text, action) == events


# (name, text, action, events): a mention dated before the step it would retell is a step of the
# past told as history, whatever source its status came from (here a cue, "launched", "opened")
DATED_BEFORE = [
    (
        "an inquiry opened before the duties",
        "Brussels on Monday imposed duties on cobalt from Congo. Buyers were unhappy. Prices "
        "rose. Traders were cautious. The duties follow an inquiry that the Commission launched "
        "in April 2025 into cobalt imports.",
        "trade_measure",
        2,
    ),
    (
        "a probe opened before the tariffs",
        "Canada on Monday imposed tariffs on Chinese graphite. Buyers were unhappy. Prices rose. "
        "Traders were cautious. The tariffs follow a probe that Ottawa opened in June 2025 into "
        "graphite imports.",
        "trade_measure",
        2,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "action", "events"), DATED_BEFORE, ids=[c[0] for c in DATED_BEFORE]
)
def test_a_step_dated_before_is_history(extractor, status_rules_alone, name, text, action, events):
    assert count(extractor, text, action) == events


# (name, text, action, events): a mention with no status words of its own retells a step only
# by the same actor when it names its own, whatever labels the rules gave the two (before, a
# label differing from the first telling's merged it whoever acted)
UNMARKED_BY_ANOTHER_ACTOR = [
    (
        "another bloc's sanctions beside a lifting",
        "Washington on Monday lifted its sanctions on Zimbabwe's mining firms. Officials in Harare "
        "welcomed the step. The European Union keeps sanctions on Zimbabwe's state mining company.",
        "sanction",
        2,
    ),
    (
        "another country's tariffs beside proposed ones",
        "Canada on Monday proposed tariffs on Chinese graphite. Buyers were unhappy. Mexico has "
        "tariffs on Chinese graphite too.",
        "trade_measure",
        2,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "action", "events"),
    UNMARKED_BY_ANOTHER_ACTOR,
    ids=[c[0] for c in UNMARKED_BY_ANOTHER_ACTOR],
)
def test_an_unmarked_mention_of_another_actor_stays_apart(
    extractor, status_rules_alone, name, text, action, events
):
    assert count(extractor, text, action) == events


# mrg2 (session 18): (name, text, action, events): what someone said of a measure told before
# ("Producers said the quotas would ...") is a reaction to it, merged with it however far on and
# whatever status its modal gave it; a "new" or "extra" measure, or one dated apart, stays apart
TOLD_AS_SAID = [
    (
        "producers on quotas told before",
        "Russia on Wednesday set quotas on exports of phosphate fertiliser. Buyers were unhappy. "
        "Prices rose. Traders were cautious. Producers said the quotas were in line with their "
        "export plans and would not force output cuts.",
        "export_control",
        1,
    ),
    (
        "battery makers on tariffs told before",
        "Ottawa on Tuesday imposed tariffs on Chinese graphite. Buyers were unhappy. Prices rose. "
        "Traders were cautious. Battery makers in Canada said the tariffs could raise the cost of "
        "electric vehicles.",
        "trade_measure",
        1,
    ),
    (
        "new tariffs stay apart",
        "Ottawa on Tuesday imposed tariffs on Chinese graphite. Buyers were unhappy. Prices rose. "
        "Traders were cautious. Battery makers in Canada said the new tariffs could raise the cost "
        "of electric vehicles.",
        "trade_measure",
        2,
    ),
    (
        "extra tariffs stay apart",
        "Ottawa on Tuesday imposed tariffs on Chinese graphite. Buyers were unhappy. Prices rose. "
        "Traders were cautious. Battery makers in Canada said the extra tariffs could raise the "
        "cost of electric vehicles.",
        "trade_measure",
        2,
    ),
    (
        "tariffs of another year stay apart",
        "Ottawa on Tuesday imposed tariffs on Chinese graphite. Buyers were unhappy. Prices rose. "
        "Traders were cautious. Battery makers in Canada said the tariffs of 2019 had raised the "
        "cost of electric vehicles.",
        "trade_measure",
        2,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "action", "events"), TOLD_AS_SAID, ids=[c[0] for c in TOLD_AS_SAID]
)
def test_what_is_said_of_a_measure_retells_it(
    extractor, status_rules_alone, name, text, action, events
):
    assert count(extractor, text, action) == events


# mrg2 (session 18): (name, text, action, events): a sentence whose own step comes first and
# what someone said of a measure after ("Washington raised tariffs ..., and battery makers said
# the tariffs would ...") tells that step, not a reaction: only the cue the event was read from
# counts
SAID_AFTER_A_STEP = [
    (
        "tariffs raised, then said of",
        "Ottawa on Tuesday imposed tariffs on Chinese graphite. Buyers were unhappy. Prices rose. "
        "Traders were cautious. Washington on Friday raised tariffs on Chinese graphite, and "
        "battery makers said the tariffs would raise costs.",
        "trade_measure",
        2,
    ),
    (
        "tariffs imposed too, then said of",
        "Ottawa on Tuesday imposed tariffs on Chinese graphite. Buyers were unhappy. Prices rose. "
        "Traders were cautious. Washington on Friday imposed tariffs on Chinese graphite too, and "
        "battery makers said the tariffs could raise the cost of electric vehicles.",
        "trade_measure",
        2,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "action", "events"),
    SAID_AFTER_A_STEP,
    ids=[c[0] for c in SAID_AFTER_A_STEP],
)
def test_a_step_told_before_what_is_said_stays_a_step(
    extractor, status_rules_alone, name, text, action, events
):
    assert count(extractor, text, action) == events


# mrg2 (session 18): (name, text, action, events): more of what is said of a measure told
# before: said first with the speaker in the last clause, a bare plural after "that", a verb of
# saying in "-ing", a sum named beside a measure that is no sum; a last clause with words of its
# own, or "new" tariffs, stay apart
_TOLD = (
    "Ottawa on Tuesday imposed tariffs on Chinese graphite. Buyers were unhappy. Prices rose. "
    "Traders were cautious. "
)
SAID_IN_OTHER_WORDS = [
    (
        "said first, speaker last",
        _TOLD + '"The tariffs could raise the cost of electric vehicles," a battery maker in '
        "Canada said.",
        "trade_measure",
        1,
    ),
    (
        "a bare plural after said that",
        _TOLD + "Battery makers in Canada said that tariffs could raise the cost of electric "
        "vehicles.",
        "trade_measure",
        1,
    ),
    (
        "a bare plural after warned that",
        _TOLD + "Battery makers in Canada warned that tariffs could raise the cost of electric "
        "vehicles.",
        "trade_measure",
        1,
    ),
    (
        "arguing",
        _TOLD + "Battery makers in Canada were unhappy, arguing the tariffs could raise the cost "
        "of electric vehicles.",
        "trade_measure",
        1,
    ),
    (
        "a sum beside tariffs",
        _TOLD + "Battery makers in Canada said the tariffs could cost them $400 million a year.",
        "trade_measure",
        1,
    ),
    (
        "a last clause of its own stays apart",
        _TOLD + "The tariffs could raise the cost of electric vehicles, and Canada said it would "
        "review them.",
        "trade_measure",
        2,
    ),
    (
        "new tariffs after said that stay apart",
        _TOLD + "Battery makers in Canada said that new tariffs could raise the cost of electric "
        "vehicles.",
        "trade_measure",
        2,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "action", "events"),
    SAID_IN_OTHER_WORDS,
    ids=[c[0] for c in SAID_IN_OTHER_WORDS],
)
def test_what_is_said_of_a_measure_in_other_words_retells_it(
    extractor, status_rules_alone, name, text, action, events
):
    assert count(extractor, text, action) == events
