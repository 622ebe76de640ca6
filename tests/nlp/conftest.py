"""Shared fixtures for the extraction tests: one Extractor per test worker, built once (the
pipeline and its matchers take seconds to build and are not changed by any test)."""

import pytest

from nlp.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
