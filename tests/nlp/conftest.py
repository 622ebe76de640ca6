"""Shared fixtures for the extraction tests: one Extractor per test worker, built once (the
pipeline and its matchers take seconds to build and are not changed by any test)."""

import pytest

from nlp.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture
def status_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The status rules with the learned status model off, for rows the shipped model already
    reads right: with it on, such a row would pass without the rule it tests."""
    from nlp import status

    monkeypatch.setattr(status, "USE_MODEL", False)


@pytest.fixture
def action_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The action cue rules with the learned action model off, for rows the shipped model
    already drops or keeps right: with it on, such a row would pass without the rule it tests."""
    from nlp import action_model

    monkeypatch.setattr(action_model, "USE_MODEL", False)


@pytest.fixture(params=[True, False], ids=["model", "rules"])
def action_model_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both ways an event's action is chosen: the cue rules with and without the learned action
    model, for rows that must hold either way."""
    from nlp import action_model

    monkeypatch.setattr(action_model, "USE_MODEL", request.param)
    return request.param
