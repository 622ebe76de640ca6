"""Permitting read as a government's hold on leave to mine (helper "permit", session 29): the
mining cadastre, the register where titles are applied for, closed or reopened, a new online
cadastre, a mine ordered closed by an authority, and concessions handed out. Near misses: data
offered through the cadastre, smelters ordered closed (a plant campaign), a mine that closed on
its own, and a cadastre only named. Read through the whole extractor; the near misses with the
learned action model off, as the rows test the rules."""

import pytest
from predict import action_types

from nlp import action_model
from nlp.extract import Extractor


@pytest.fixture
def action_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The action cue rules with the learned action model off."""
    monkeypatch.setattr(action_model, "USE_MODEL", False)


@pytest.mark.parametrize(
    "text",
    [
        # the mining cadastre closed or suspended, the register of titles
        "Zambia closed its mining cadastre in 2019 while it audited existing copper titles.",
        "The cadastre, where explorers apply for lithium claims, has been suspended since May.",
        # a new online cadastre
        "Applications for copper titles will go through a new online cadastre from March, "
        "Zambia's mines ministry said.",
        # a mine ordered closed, in the active and the passive
        "Honduras's president ordered the zinc mine closed on Monday after a spill.",
        "Dozens of small nickel mines had been ordered closed by the environment ministry in 2017.",
        # concessions handed out
        "Mexico's previous government handed out dozens of lithium concessions in 2019.",
    ],
)
def test_a_cadastre_closed_a_mine_ordered_closed_or_concessions_handed_out_is_permitting(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "permitting" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # data offered through the cadastre
        "Geological maps of the copper belt will be offered to explorers through the mining "
        "cadastre, Zambia said.",
        # smelters ordered closed are a plant campaign
        "Authorities ordered the aluminium smelters in the province closed for the winter.",
        # a mine that closed on its own
        "The copper mine in Zambia closed in 2019 after prices fell.",
        # things other than titles handed out
        "The ministry handed out food parcels to miners' families near the cobalt mine.",
    ],
)
def test_data_through_the_cadastre_smelters_or_a_mine_closing_is_no_permitting(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "permitting" not in action_types(extractor, text)
