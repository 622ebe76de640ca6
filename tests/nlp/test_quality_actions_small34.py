"""Cues of the small action types of session 34 (sanction, stockpile, standards): a government
named as tightening its scrutiny of foreign or Chinese buyers, measures aimed at foreign firms,
importers obliged to hold stocks; and no sanction of a deal awaiting the review board's approval,
no standard of projects or applications in due diligence. Sentences written here, read through
the whole extractor with the learned action model off, as the rows test the rules; each table
holds rows where the reading must fire and rows where it must not."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a government named just before tightens its scrutiny of foreign or Chinese buyers
        (
            "Brazil has tightened scrutiny of Chinese investment in its lithium sector since March.",
            True,
        ),
        (
            "The European Union stepped up scrutiny of foreign takeovers of rare earth processors "
            "last year.",
            True,
        ),
        (
            "Japan introduced stricter scrutiny of foreign acquisitions in the graphite industry.",
            True,
        ),
        # not: governments in general, and investment welcomed
        (
            "Analysts say Western governments tighten scrutiny of Chinese investment in critical "
            "minerals.",
            False,
        ),
        ("Chile has long welcomed Chinese investment in its copper mines.", False),
        # measures aimed at foreign firms
        (
            "Beijing said it would suspend some measures against U.S. companies while it reviewed "
            "its rare earth licensing.",
            True,
        ),
        (
            "Minsk said it was drawing up measures against Western companies operating in its "
            "potash industry.",
            True,
        ),
        (
            "China added a string of measures against American defence contractors to its rare "
            "earth curbs.",
            True,
        ),
        # not: measures against a practice
        ("Indonesia said it would take measures against illegal nickel mining in Sulawesi.", False),
        # not: a deal awaiting the review board's approval; a block by the board stands
        (
            "The sale of the copper mine is subject to approval by the miner's shareholders and by "
            "Australia's Foreign Investment Review Board, and is expected to close in June.",
            False,
        ),
        (
            "Australia's Foreign Investment Review Board blocked the takeover of the rare earths "
            "miner by a Chinese company.",
            True,
        ),
    ],
)
def test_sanction_cues(
    extractor: Extractor, action_rules_alone: None, text: str, found: bool
) -> None:
    assert ("sanction" in action_types(extractor, text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # importers obliged to hold stocks, the duty told a few words before
        (
            "South Korea's new resource law obliges importers of core minerals such as lithium and "
            "cobalt to hold stocks for 60 days.",
            True,
        ),
        (
            "Seoul will oblige importers of lithium to hold stocks covering 100 days of demand.",
            True,
        ),
        # not: firms holding stocks of their own accord
        ("Battery makers in Japan are holding larger stocks of cobalt as a precaution.", False),
    ],
)
def test_stockholding_duty(
    extractor: Extractor, action_rules_alone: None, text: str, found: bool
) -> None:
    assert ("stockpile" in action_types(extractor, text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # projects or applications in a stage of review are no sourcing standard
        (
            "Germany's raw materials fund says several rare earth applications are in due "
            "diligence, but none has reached approval.",
            False,
        ),
        (
            "Canberra and New Delhi picked four lithium projects for joint due diligence last year.",
            False,
        ),
        # a law's due-diligence duty on importers still is
        (
            "The new law requires importers of cobalt to carry out supply-chain due diligence from "
            "2027.",
            True,
        ),
    ],
)
def test_due_diligence_as_review(
    extractor: Extractor, action_rules_alone: None, text: str, found: bool
) -> None:
    assert ("standards" in action_types(extractor, text)) is found
