"""Standing measures named in passing (session 22, stbg), after the written convention of the
labels (docs/status-convention.md R4), through the whole extractor, on sentences written here: a
measure named by its noun whose own predicate says it remains, and a measure named as the span
of time another step is told in."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the noun's predicate of continuation: it stands and goes on (R4; session 15)
        (
            "The mines ministry said on Monday the ban on exporting raw nickel ore would remain "
            "in place.",
            "export_control",
        ),
        (
            "Indonesia's energy ministry said the ban on exporting unwashed bauxite would remain "
            "in place.",
            "export_control",
        ),
    ],
)
def test_a_measure_whose_predicate_says_it_remains(extractor, text, action):
    assert status_of(extractor, text, action) == "in_force"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the verb before "during" is another step's; the measure is the time it happens in
        (
            "The miner said it would keep its Zambian pits working during the government's "
            "six-month suspension of copper exports.",
            "export_control",
        ),
        (
            "Miners plan to store concentrate during Congo's four-month halt to cobalt exports.",
            "export_control",
        ),
    ],
)
def test_a_measure_named_as_a_span_of_time(extractor, text, action):
    assert status_of(extractor, text, action) == "in_force"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the verb of the clause naming the pact is nearer; its own predicate says it applies
        (
            "The lithium memorandum Japan signed with Chile is being implemented, officials said.",
            "agreement",
        ),
        (
            "The cobalt agreements Washington signed with Kinshasa last year are being "
            "implemented, the embassy said.",
            "agreement",
        ),
    ],
)
def test_a_measure_whose_present_predicate_says_it_applies(extractor, text, action):
    assert status_of(extractor, text, action) == "in_force"
