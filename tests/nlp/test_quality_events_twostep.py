"""Two steps of one pact or text told in one sentence are two events, as the labels count them
(helper twostep, session 24): a standing pact with a later change of it ("has been in force
since 2007 and was expanded in 2017", "the code, in force since 2015, was amended in 2021"):
it stands (R4) and the change is a decided step of its own (R6, agreed), each with its own
date, in text order. A pact told only by its making and then changed, and a change with no
date of its own, stay one event. A sentence opening on states in general ("Governments can
offer tax breaks ...") and naming no party is no step of the report's own party."""

import pytest
from predict import dated_statuses

# (name, action, text, its events)
TWO_STEPS = [
    (
        "standing-then-upgraded",
        "agreement",
        "A free trade agreement between Peru and South Korea has been in force since 2011 and "
        "was upgraded in 2022.",
        [("in_force", "2011"), ("agreed", "2022")],
    ),
    (
        "a-code-in-force-then-amended",
        "strategy",
        "Mongolia's minerals law, in force since 2014, was amended in 2023 to raise royalties "
        "on copper concentrate.",
        [("in_force", "2014"), ("agreed", "2023")],
    ),
]

# neighbours that keep their one event (name, action, text)
KEPT = [
    (
        "made-and-then-changed",
        "agreement",
        "Peru and South Korea signed a free trade agreement in 2010 and expanded it in 2020.",
    ),
    (
        "a-change-with-no-date-of-its-own",
        "agreement",
        "A free trade agreement between Peru and South Korea has been in force since 2011 and "
        "was upgraded to cover services.",
    ),
]


@pytest.mark.parametrize(
    ("name", "action", "text", "found"), TWO_STEPS, ids=[row[0] for row in TWO_STEPS]
)
def test_two_steps_of_one_measure_are_two_events(
    extractor, status_rules_alone, name, action, text, found
):
    assert dated_statuses(extractor, text, action) == found


@pytest.mark.parametrize(("name", "action", "text"), KEPT, ids=[row[0] for row in KEPT])
def test_one_step_told_stays_one_event(extractor, status_rules_alone, name, action, text):
    assert len(dated_statuses(extractor, text, action)) == 1


# a lead about governments at large borrows no actor from the report's context (text, action)
STATES_IN_GENERAL = [
    (
        "Chile wants more of its lithium refined at home. Governments can offer tax breaks "
        "to refiners and fund power lines to new plants.",
        "investment",
    ),
    (
        "Peru is weighing curbs on copper concentrate. Countries can subsidise smelters and "
        "grant loans to refiners of copper.",
        "investment",
    ),
]


@pytest.mark.parametrize(("text", "action"), STATES_IN_GENERAL)
def test_states_in_general_take_no_step_of_the_reports_party(extractor, text, action):
    assert dated_statuses(extractor, text, action) == []


def test_a_party_named_beside_governments_still_acts(extractor):
    text = "Governments in Canberra and Ottawa offered tax breaks to lithium refiners in 2024."
    assert dated_statuses(extractor, text, "investment") != []
