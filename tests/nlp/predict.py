"""What the extraction tests read off a prediction, written once for every test file."""

from nlp.extract import Extractor

# The prediction format of shared/corpus/README.md plus the fields contracts §3 adds.
PRED_KEYS = {
    "id",
    "minerals",
    "countries",
    "blocs",
    "actions",
    "events",
    "mentions",
    "extractor_version",
    "error",
}


def action_statuses(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    """(action, status) of each event the whole extractor finds in one short text."""
    pred = extractor.extract({"id": "q", "text": text, "published": "2026-03-10", "title": ""})
    return [(e["action"], e["status"]) for e in pred["events"]]
