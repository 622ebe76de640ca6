"""The status of strategies, lists and plans through the whole extractor, rules alone, on
sentences written here (published 2026-03-10): helper "ststrat3" (session 19)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an old text named by a participle of its publishing or revising, after a comma or in
        # a passive relative clause: told by the act that issued it, agreed (R6)
        (
            "Peru's national copper strategy, published in 2021, named cobalt among the metals "
            "it wants refined at home.",
            "agreed",
        ),
        (
            "Norway's battery minerals strategy, published last year, aims to double nickel "
            "refining by 2030.",
            "agreed",
        ),
        (
            "Chile's lithium roadmap, refreshed in 2023, relies on partnerships with private "
            "miners.",
            "agreed",
        ),
        (
            "Kenya's critical minerals strategy, which was published in 2022, lists cobalt and "
            "graphite as priorities.",
            "agreed",
        ),
        # in the passive, or with "first" before the participle
        ("Kenya's list of critical minerals was updated in 2021 to add graphite.", "agreed"),
        ("Investors welcomed the cobalt strategy first published in 2019.", "agreed"),
        ("Investors welcomed Peru's copper roadmap, which was refreshed in 2023.", "agreed"),
        # a present verb of the text working after it: it stands (R4), whatever act names it
        ("Kenya's mining code, revised in 2020, requires local refining of cobalt.", "in_force"),
        ("Kenya's mining rules, revised in 2020, require local refining of cobalt.", "in_force"),
        # told with no act, an old owned text stands (R4)
        ("Peru's national copper strategy lists cobalt as a priority.", "in_force"),
    ],
)
def test_an_old_text_named_by_its_publishing_is_that_act(
    extractor, status_rules_alone, text, status
):
    assert status_of(extractor, text, "strategy") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "lifting" a rate to a new level raises it: a new decision, no lifting (R1)
        (
            "Peru classified tin as a strategic mineral in 2019, lifting the royalty on it to 8%.",
            "in_force",
        ),
        # a proposed cue inside what a text's present verb of content names is its content
        (
            "Kenya's mining strategy names graphite among the minerals with the greatest "
            "potential for growth.",
            "in_force",
        ),
        (
            "Kenya's mining strategy lists graphite as a metal where output could double.",
            "in_force",
        ),
        # with no verb of content before it, the cue weighs the text itself (R3)
        ("Kenya's mining strategy could be revised next year.", "proposed"),
    ],
)
def test_what_a_text_names_or_raises_is_no_step_of_its_own(
    extractor, status_rules_alone, text, status
):
    assert status_of(extractor, text, "strategy") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an old text named as the one replaced or the previous one no longer applies: the act
        # that made it (R6), not aged into force
        ("The new plan replaces Kenya's 2019 critical minerals strategy.", "agreed"),
        (
            "Ministers compared it with the previous critical minerals strategy adopted in 2014.",
            "agreed",
        ),
        # named with no such word, an old owned text stands (R4)
        ("Investors praised Kenya's 2019 critical minerals strategy.", "in_force"),
    ],
)
def test_an_old_text_replaced_is_history(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "strategy") == status
