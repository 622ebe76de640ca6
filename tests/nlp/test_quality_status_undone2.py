"""Undoings read on fresh text (helper "strv2", session 22), by the status rules alone on
sentences written here (published 2026-03-10): R1 of docs/status-convention.md calls off a step
whose offer, proposal, bid or invitation a party refused or gave up."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # an invitation turned down, a bid given up: the membership is called off (R1)
        (
            "Kenya turned down an invitation to join the Minerals Security Partnership.",
            "bloc_formation",
            "revoked",
        ),
        (
            "Chile has given up its bid to join the Minerals Security Partnership.",
            "bloc_formation",
            "revoked",
        ),
        (
            "Malaysia declined the invitation to become a partner country of BRICS.",
            "bloc_formation",
            "revoked",
        ),
        # a proposal to build or invest refused by the government
        (
            "Ghana rejected a proposal from a Chinese firm to build a $500 million lithium "
            "refinery.",
            "investment",
            "revoked",
        ),
    ],
)
def test_a_refused_offer_is_called_off(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # guards: an invitation accepted is decided (R6); a refusal still weighed leaves the
        # offer weighed (R3)
        (
            "Kenya accepted an invitation to join the Minerals Security Partnership.",
            "bloc_formation",
            "agreed",
        ),
        (
            "Ghana intends to reject a proposal from a Chinese firm to build a $500 million "
            "lithium refinery.",
            "investment",
            "proposed",
        ),
    ],
)
def test_an_offer_not_refused_keeps_its_reading(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status
