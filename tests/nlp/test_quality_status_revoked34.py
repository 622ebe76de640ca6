"""Revoked readings of session 34 (status convention R1), read through the whole extractor with
both learned models off, as the rows test the rules. Each table holds rows where the reading
must fire and rows where it must not."""

import pytest
from predict import status_of

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a state letting firms go on exporting through a ban: an exemption, revoked (R1)
        (
            "Jakarta last month let Freeport Indonesia and Amman Mineral keep exporting copper "
            "concentrate until December.",
            "revoked",
        ),
        (
            "The two nickel miners will be allowed to keep shipping nickel ore until their "
            "smelters are finished, the ministry said on Monday.",
            "revoked",
        ),
        (
            "Producers that are building refineries are allowed to continue exporting lithium "
            "concentrate for now.",
            "revoked",
        ),
        (
            "The ministry said on Monday it would let PT Vale keep shipping nickel matte for "
            "another six months.",
            "revoked",
        ),
        # not: the firm's own going on, an open question, or a letting asked for
        ("Freeport will keep exporting copper concentrate until its smelter is finished.", None),
        (
            "Analysts asked whether Chinese refiners would be allowed to keep shipping graphite "
            "to U.S. buyers.",
            None,
        ),
        (
            "Bauxite miners have asked the government to let them keep exporting bauxite for two "
            "more years.",
            "proposed",
        ),
    ],
)
def test_firms_let_keep_exporting(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str | None,
) -> None:
    assert status_of(extractor, text, "export_control") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a measure replaced by another named after "with" is ended (R1)
        (
            "Kinshasa replaced its cobalt export ban with a system of annual quotas in October.",
            "export_control",
            "revoked",
        ),
        (
            "In September Congo replaced a ban on cobalt exports, in force since February, with "
            "annual quotas.",
            "export_control",
            "revoked",
        ),
        (
            "In 2021 Washington replaced the tariffs on Japanese steel with a tariff-rate quota.",
            "trade_measure",
            "revoked",
        ),
        # not: a replacement weighed, the new measure replacing an old one, or no "with"
        (
            "Congo's regulator said it could replace the cobalt export ban with quotas before "
            "the end of the year.",
            "export_control",
            "proposed",
        ),
        (
            "Congo is considering replacing its cobalt export ban with quotas.",
            "export_control",
            "proposed",
        ),
        (
            "China's licensing rules for graphite exports took effect on Friday, replacing a "
            "temporary control system.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_a_measure_replaced_with_another(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    action: str,
    status: str,
) -> None:
    assert status_of(extractor, text, action) == status
