"""Status readings of session 43 (rules R1-R6 of docs/status-convention.md): forecasts of a step
still to be announced, scenarios, advocacy, budget requests, steps under a draft, undoings and
reinstatements, plants halted or producing, talks wrapped up. Each row is read through the whole
extractor in both modes, the learned status model off (the rules) and on (as shipped); each
table holds rows where a reading must fire and rows where it must not."""

import pytest
from predict import predict

from nlp.extract import Extractor


def _statuses(extractor: Extractor, text: str, action: str) -> list[str]:
    """The statuses of the events of `action` in one short text, in order."""
    return [e["status"] for e in predict(extractor, text)["events"] if e["action"] == action]


@pytest.fixture(params=[False, True], ids=["rules", "model"])
def status_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both modes: the status rules alone, then with the learned status model on."""
    from nlp import status

    monkeypatch.setattr(status, "USE_MODEL", request.param)


_ROWS = [
    # a step still to be announced, unveiled or presented is not yet taken (R3) ...
    (
        "Ottawa will announce countervailing duties on Chinese graphite anodes.",
        "trade_measure",
        "proposed",
    ),
    (
        "Canberra will unveil export restrictions on lithium concentrate.",
        "export_control",
        "proposed",
    ),
    # ... but the actor's own "said it will" decides (R6)
    (
        "Japan's trade ministry said on Monday it will announce export curbs on gallium scrap.",
        "export_control",
        "agreed",
    ),
    # a scenario a writer sets out decides nothing
    (
        "The worst scenario for buyers is that Conakry restricts bauxite exports.",
        "export_control",
        "proposed",
    ),
    # a relative clause of standing names the framing law, not the step told after it
    (
        "Brussels is expected to propose a rule under the Batteries Regulation, which took "
        "effect in 2024, creating a price floor for recycled lithium.",
        "price_mechanism",
        "proposed",
    ),
    # reinstated: the day's decision; an old restriction reinstated stands (R5)
    (
        "Jakarta banned raw bauxite exports in 2014, relaxed the ban in 2017, and reinstated a "
        "full ban on bauxite ore in January 2020.",
        "export_control",
        "in_force",
    ),
    # a columnist's advocacy is what a text calls for
    ("Why Canada needs its own strategic reserve of graphite", "stockpile", "proposed"),
    ("The answer is a guaranteed floor price for nickel.", "price_mechanism", "proposed"),
    # "no longer voluntary" makes a rule required, not undone
    (
        "For smelters selling into Europe, responsible sourcing standards for cobalt are no longer "
        "voluntary.",
        "standards",
        "in_force",
    ),
    # a budget request is not yet granted; money set aside is
    (
        "The defence ministry has requested 80 billion won in next year's budget to purchase "
        "tungsten for the state stockpile.",
        "stockpile",
        "proposed",
    ),
    (
        "At the miners' request, the ministry set aside 80 billion won in the budget to purchase "
        "tungsten for the state stockpile.",
        "stockpile",
        "agreed",
    ),
    # a step under a draft is the draft's content; under a signed law it is decided
    (
        "Manila will bar exports of raw nickel ore under a draft bill now before the Senate.",
        "export_control",
        "proposed",
    ),
    (
        "Manila will bar exports of raw nickel ore under a law signed on Monday.",
        "export_control",
        "agreed",
    ),
    # an undoing in the passive past an adverb ("will also be suspended")
    (
        "Approvals of licences for shipping antimony to American buyers will also be suspended "
        "until next year, the ministry said.",
        "export_control",
        "revoked",
    ),
    # reinstated: the new decision, not the old undoing told in its relative clause
    (
        "Belgrade reinstated the mining licence for the borate project, which it had cancelled "
        "in 2023.",
        "permitting",
        "agreed",
    ),
    # a plant that made its first product is running
    (
        "The joint venture kept expanding a nickel sulphate plant at Morowali, which made its "
        "first product in 2024.",
        "project",
        "in_force",
    ),
    # a proposed ban dropped is called off
    ("Jakarta dropped a proposed ban on bauxite exports.", "export_control", "revoked"),
    # a plant mothballed is put out of operation, like one idled
    ("First Quantum mothballed its copper smelter in Zambia.", "project", "revoked"),
    # talks wrapped up were held; talks still to be wrapped up are not
    ("Chile and India wrapped up talks on a trade pact.", "negotiation", "agreed"),
    (
        "Chile is negotiating a trade pact with India, and officials hope those talks can be "
        "wrapped up by June.",
        "negotiation",
        "proposed",
    ),
]


@pytest.mark.parametrize(("text", "action", "status"), _ROWS)
def test_s43_status(
    extractor: Extractor, status_mode: None, text: str, action: str, status: str
) -> None:
    statuses = _statuses(extractor, text, action)
    # a sentence telling an old step and its undoing ("banned ... relaxed ... reinstated")
    # gives an event of each; the reading under test is one of them
    assert status in statuses if len(statuses) > 1 else statuses == [status]
