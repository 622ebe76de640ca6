"""Restrictions and permits told apart from their look-alikes: approvals sped up are permitting
reform, an export licence's approval is not; bare permits that let exporters ship are an export
regime's; a law's power to cancel licences takes none back; tariffs that would enforce a
reference price are the price mechanism's, no trade measure. Sentences written here, read
through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

FOUND = [
    (
        "The federal plan calls for faster approval procedures for domestic copper mining.",
        "permitting",
    ),
    (
        "The province's plan aims to cut approval times for nickel and cobalt developers.",
        "permitting",
    ),
    # guards: the cues that stood before
    (
        "Zambia's mines ministry revoked the permits of two cobalt miners on Friday.",
        "permitting",
    ),
    (
        "The ministry said it would speed up permits for new graphite mines.",
        "permitting",
    ),
    (
        "Ottawa imposed a 25% tariff on Chinese graphite anodes on Monday.",
        "trade_measure",
    ),
]


@pytest.mark.parametrize(("text", "action"), FOUND)
def test_restriction_and_permit_wordings_are_found(
    extractor: Extractor, text: str, action: str
) -> None:
    assert action in action_types(extractor, text)


NOT_FOUND = [
    (
        "The law also gives the regulator powers to cancel licences for cobalt mines that lie idle.",
        "permitting",
    ),
    (
        "Washington floated reference prices for cobalt enforced through tariffs on cheaper imports.",
        "trade_measure",
    ),
    (
        "The members discussed price floors for lithium backed by tariffs on material sold below them.",
        "trade_measure",
    ),
    (
        "The government banned exports of raw lithium ore, allowing only concentrates to leave the country under permit.",
        "permitting",
    ),
    # guards: approvals of exports sped up, or pressed for, make no permitting reform
    (
        "European carmakers have pressed the commerce ministry to speed up approvals of rare earth shipments.",
        "permitting",
    ),
    (
        "The ministry said it would speed up approvals for compliant requests from gallium buyers.",
        "permitting",
    ),
]


@pytest.mark.parametrize(("text", "action"), NOT_FOUND)
def test_restriction_and_permit_lookalikes_are_not(
    extractor: Extractor, text: str, action: str
) -> None:
    assert action not in action_types(extractor, text)
