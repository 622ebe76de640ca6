"""Strategy status reading of session 34: an old text (a strategy, a plan, a list, a law) that
the rules read in force only by its date is the act that made it, agreed (status convention R6),
when a verb of making tells it. Read through the whole extractor with both learned models off,
as the rows test the rules. Each table holds rows where the reading must fire and rows where it
must not."""

import pytest
from predict import status_of

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a verb of making opening the text's cue or just before it
        (
            "In June 2024 the mines ministry published a list of 30 critical minerals, including "
            "lithium and cobalt.",
            "agreed",
        ),
        (
            "The Interior Department published a list of 50 critical minerals in 2022, including "
            "nickel and cobalt.",
            "agreed",
        ),
        (
            "Canberra published a critical minerals strategy in 2023 and refreshed it a year later "
            "to add lithium.",
            "agreed",
        ),
        # the participle of its making right after the text's name
        (
            "Chile has since pursued its national lithium strategy, unveiled in April 2024, with "
            "state companies taking control of the salt flats.",
            "agreed",
        ),
        (
            "Kenya's minerals policy, adopted in 2023, says cobalt should be refined at home.",
            "agreed",
        ),
        (
            "Zambia's copper strategy, announced in 2022 with support from donors, hopes to "
            "triple output.",
            "agreed",
        ),
        # the passive of its making as the text's own predicate
        (
            "The 2019 cobalt strategy was unveiled by the ministry to support refining.",
            "agreed",
        ),
        # not: a present verb of the text working or holding follows (R4)
        (
            "Brazil's mining law, passed in 2019, requires companies to refine lithium locally.",
            "in_force",
        ),
        (
            "Ghana's mining code, adopted in 2015, gives the state a free stake in lithium mines.",
            "in_force",
        ),
        # not: the text named as the frame of what is done now, which dev reads standing
        (
            "The subsidies are part of the national critical minerals mission launched in January "
            "2025 for lithium and copper.",
            "in_force",
        ),
        (
            "Lithium refiners get grants under the national lithium strategy, unveiled in 2023.",
            "in_force",
        ),
        # not: no verb of making, the text named by its year
        ("Under its 2021 lithium strategy, the state controls the salt flats.", "in_force"),
        ("Indonesia's 2020 nickel roadmap sets out the path to battery production.", "in_force"),
        # not: a relative clause whose own verb tells what the text does, not its making
        (
            "Zambia's copper strategy, which regulates output, dates from 2022.",
            "in_force",
        ),
        # not: a relative clause naming something else by the text (session 16)
        ("Lithium is among the 50 minerals that Japan identified as critical in 2020.", "in_force"),
        # not: the day's news, never aged
        (
            "The ministry published a list of 30 critical minerals, including lithium, on Monday.",
            "agreed",
        ),
    ],
)
def test_an_old_text_told_by_its_making_is_that_act(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "strategy") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a step a party's manifesto or a coalition agreement pledges is a promise (R3)
        (
            "The Greens promised in their manifesto to build strategic stocks of cobalt and "
            "lithium.",
            "proposed",
        ),
        (
            "Austria's parties on Tuesday presented a coalition agreement that pledges to secure "
            "supplies of lithium through a state fund and strategic stockpiles.",
            "proposed",
        ),
        # not: a government's own pledge is decided (R6)
        (
            "The government on Monday pledged to build a national stockpile of lithium, and set "
            "aside a budget for it.",
            "agreed",
        ),
        # not: a step decided under a coalition agreement, with no verb of promising
        (
            "Under the coalition agreement, the government on Monday approved a national "
            "stockpile of lithium and rare earths.",
            "agreed",
        ),
    ],
)
def test_a_step_a_manifesto_or_coalition_agreement_pledges_is_proposed(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "stockpile") == status
