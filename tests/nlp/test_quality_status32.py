"""Status readings of session 32 (docs/status-convention.md, "Session 32"), read through the
whole extractor with both learned models off, as the rows test the rules. Each table holds
rows where the reading must fire and rows where it must not."""

import pytest
from predict import status_of

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a restriction named as what a dispute is over stands (R4)
        (
            "Ottawa and Washington again failed to settle their dispute over aluminium tariffs "
            "at Thursday's meeting.",
            "in_force",
        ),
        (
            "The talks were overshadowed by a bitter row over U.S. tariffs on Brazilian steel.",
            "in_force",
        ),
        (
            "The summit was clouded by a feud over Chinese tariffs on Australian barley.",
            "in_force",
        ),
        # not: a dispute settled or ended is the step told
        (
            "London and Washington settled a three-year dispute over steel tariffs on Monday.",
            "agreed",
        ),
        # not: a restriction decided that day, with no dispute it is over
        ("Canada imposed tariffs on U.S. aluminium on Tuesday.", "agreed"),
    ],
)
def test_a_restriction_a_dispute_is_over_stands(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "trade_measure") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a letter of interest told short is an offer, still proposed (R3)
        (
            "Graphite One said it received a letter for up to $325 million from the "
            "Export-Import Bank for its Alaska graphite mine.",
            "proposed",
        ),
        (
            "In April, Perpetua Resources received a letter for as much as $1.8 billion from the "
            "Export-Import Bank for its Idaho antimony mine.",
            "proposed",
        ),
        # not: a loan of up to a sum is decided money
        (
            "Graphite One said it received a loan of up to $325 million from the Export-Import "
            "Bank for its Alaska graphite mine.",
            "agreed",
        ),
        (
            "The Export-Import Bank approved a loan for up to $800 million for Niocorp's niobium "
            "and scandium project in Nebraska.",
            "agreed",
        ),
    ],
)
def test_a_letter_for_up_to_a_sum_is_an_offer(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "investment") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # another party's restriction an official "raised", its owner named right after the verb:
        # brought up in talks, standing (R4)
        (
            "At the meeting, Ahn raised U.S. export controls on chipmaking tools, the trade "
            "ministry said.",
            "export_control",
            "in_force",
        ),
        (
            "Sefcovic raised Chinese export curbs on rare earths with Wang Wentao in Paris on "
            "Tuesday.",
            "export_control",
            "in_force",
        ),
        # not: a government raising its own controls, with no owner after the verb
        (
            "Beijing raised export controls on graphite on Monday, the commerce ministry said.",
            "export_control",
            "agreed",
        ),
        # not: a tariff, whose level is raised
        (
            "Washington raised U.S. tariffs on Chinese steel to 50% on Monday.",
            "trade_measure",
            "agreed",
        ),
    ],
)
def test_a_restriction_raised_by_its_owner_s_name_stands(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    action: str,
    status: str,
) -> None:
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an old text told by its making and maker after a long name is that act (R6)
        (
            "The auction follows an amendment to the Mines and Minerals (Development and "
            "Regulation) Act passed by Parliament in August 2025.",
            "agreed",
        ),
        (
            "The scheme builds on the Critical Minerals Action Plan adopted by G7 leaders at "
            "their 2023 summit in Hiroshima.",
            "agreed",
        ),
        # not: an old text named with no making, only a comment after it, ages into force
        (
            "The programme is part of Canada's Critical Minerals Strategy of 2022, praised by "
            "miners.",
            "in_force",
        ),
    ],
)
def test_an_old_text_told_by_its_making_and_maker_is_that_act(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "strategy") == status
