"""Session 43 (second round) status and dates: a quota named as the volume a state lets out
is a new level, not an exemption; a step named only in what someone will say is undecided; a
date inside a relative clause about another step dates no cue outside that clause. Sentences
written here, read by the full extractor (no issuer: news wording)."""

import pytest

from nlp.dates import event_date, find_dates
from nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def event_of(extractor: Extractor, text: str, action: str, published: str) -> dict:
    pred = extractor.extract({"id": "t", "text": text, "published": published})
    return next(e for e in pred["events"] if e["action"] == action)


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # the amount let out named before the verb of letting: the quota's level
        (
            "The tonnage permitted for export from Zambia is capped at 40,000 tonnes of copper "
            "concentrate a year from 2026.",
            {"agreed", "in_force"},
        ),
        (
            "The quantity allowed for export by Guinea is fixed at 12,500 tonnes of bauxite "
            "for the rest of the year.",
            {"agreed", "in_force"},
        ),
        # a state letting a named miner export again stays an exemption
        (
            "Zimbabwe will allow the miner to export lithium concentrate again until March.",
            {"revoked"},
        ),
    ],
)
def test_volume_let_out_is_a_quota(extractor: Extractor, text: str, statuses: set) -> None:
    assert event_of(extractor, text, "export_control", "2025-09-10")["status"] in statuses


@pytest.mark.parametrize(
    "text",
    [
        # the "will" governs the saying: what is said is nobody's decision (proposed, or none)
        "Opponents in Japan will argue that a minimum price for gallium distorts the market.",
        "European carmakers will say an EU price floor for rare earths is costly.",
        "Critics will also say the EU floor price for rare earths is expensive.",
    ],
)
def test_step_named_in_what_will_be_said(extractor: Extractor, text: str) -> None:
    pred = extractor.extract({"id": "t", "text": text, "published": "2025-09-10"})
    assert all(e["status"] == "proposed" for e in pred["events"])


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the cue well before the clause: the clause's date is another step's
        (
            "The ministry restored the mining licence for the Kasai copper mine, which it had "
            "withdrawn in 2021 after a tax dispute.",
            "restored",
            None,
        ),
        (
            "Chile may tighten royalties on lithium under a mining bill that the Senate will "
            "debate in November.",
            "tighten",
            None,
        ),
        # the cue inside the clause keeps it
        (
            "The ministry restored the mining licence for the Kasai copper mine, which it had "
            "withdrawn in 2021 after a tax dispute.",
            "withdrawn",
            "2021",
        ),
        # the cue just before the clause: the clause tells its own date
        (
            "Officials defended the export quota, which the ministry set in March 2024.",
            "quota",
            "2024-03",
        ),
        # "said that" opens no relative clause
        (
            "Beijing said that it had tightened licensing of graphite in October 2023.",
            "Beijing",
            "2023-10",
        ),
    ],
)
def test_relative_clause_date(text: str, word: str, expected: str | None) -> None:
    mentions = find_dates(text, "2025-09-10")
    assert event_date(mentions, text.index(word)) == expected


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Indonesia will bar shipments of raw nickel ore under a decree that parliament will "
            "review next month.",
            "export_control",
        ),
    ],
)
def test_other_steps_month_is_no_deadline(extractor: Extractor, text: str, action: str) -> None:
    event = event_of(extractor, text, action, "2025-09-10")
    assert event["deadline"] is None and event["event_date"] is None
