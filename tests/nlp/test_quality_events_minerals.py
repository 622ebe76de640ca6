"""A group of minerals and its members: "rare earths" in one mention and "neodymium" in the next
may be the same step, two members of a group or two unrelated minerals are not."""

import pytest
from predict import raw_event

from nlp.events import _minerals_compatible, merge_duplicates


@pytest.mark.parametrize(
    ("first", "second", "compatible"),
    [
        (["rare_earths"], ["neodymium"], True),
        (["dysprosium", "terbium"], ["rare_earths"], True),
        (["pgm"], ["palladium"], True),
        (["lithium"], [], True),
        (["lithium", "cobalt"], ["cobalt"], True),
        (["neodymium"], ["dysprosium"], False),
        (["rare_earths"], ["lithium"], False),
        (["pgm"], ["neodymium"], False),
        (["platinum"], ["palladium"], False),
    ],
)
def test_a_group_and_its_member_may_be_one_steps_minerals(first, second, compatible):
    assert _minerals_compatible(first, second) is compatible
    assert _minerals_compatible(second, first) is compatible


def _project(minerals, sentence):
    return raw_event(
        sentence, action="project", status="proposed", actors=["KOR"], minerals=minerals
    )


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        (["neodymium"], ["rare_earths"], [["neodymium"]]),
        (["rare_earths"], ["terbium", "dysprosium"], [["rare_earths"]]),
        (["neodymium"], ["lithium"], [["neodymium"], ["lithium"]]),
        (["neodymium"], ["dysprosium"], [["neodymium"], ["dysprosium"]]),
    ],
)
def test_a_plant_named_by_its_group_restates_the_members_plant(first, second, kept):
    out = merge_duplicates([_project(first, 0), _project(second, 3)])
    assert [e["minerals"] for e in out] == kept
