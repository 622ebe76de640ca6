"""Action cues of session 34 for steps the extractor missed in whole documents (rc34_ combos
of nlp/data/actions.yaml): a salt flat's state lease, a deposit awarded to a firm, a tax
exemption granted or tax credits provided, a credit told by its sum and investment deals
signed. Each table holds rows where the cue must fire and near misses where it must not,
read through the whole extractor as shipped."""

import pytest
from predict import action_types

from nlp.extract import Extractor

FIRES = [
    # a salt flat's lease from the state, the lithium producer's title
    (
        "permitting",
        "Chile's development agency Corfo, which leases Albemarle its Atacama lithium "
        "concessions, opposed the merger.",
    ),
    (
        "permitting",
        "Chile's Corfo asked a court on Monday to end SQM's leases in the Salar de Atacama "
        "early, saying the lithium producer had underpaid.",
    ),
    (
        "permitting",
        "Chile settled a long fight with the lithium miner over its lease in the Atacama salt "
        "flat on Wednesday.",
    ),
    # a deposit awarded to a firm, told after it
    (
        "permitting",
        "The Aynak copper deposit in Afghanistan, awarded to China's MCC in 2008, has never "
        "been mined.",
    ),
    # a tax exemption granted, tax credits a government will provide
    (
        "investment",
        "Hungary's government granted a tax exemption to the lithium battery plant under its "
        "special economic zone rules.",
    ),
    (
        "investment",
        "South Korea's trade minister said the government would provide tax credits for the "
        "graphite anode plant.",
    ),
    # a credit told by its sum
    ("investment", "The U.S. credit of up to $3,750 rewards lithium refined at home."),
    # investment deals signed
    (
        "investment",
        "Saudi and Chinese companies signed 20 investment deals covering lithium and copper "
        "processing on Friday.",
    ),
]

MISSES = [
    # a lease of something else than a salt flat
    (
        "permitting",
        "Chile's lithium producer SQM signed a lease for new offices in Santiago on Monday.",
    ),
    # a prize awarded to a person, no deposit
    (
        "permitting",
        "The award was given to Chile's copper minister at the mining conference in Lima.",
    ),
    # tax credits a law offers as its frame, and credits a product qualifies for
    (
        "investment",
        "The U.S. Inflation Reduction Act offers generous tax credits for lithium refined in "
        "America.",
    ),
    (
        "investment",
        "Batteries with Chinese graphite no longer qualify for the U.S. tax credit, the "
        "Treasury said.",
    ),
]


@pytest.mark.parametrize(("action", "text"), FIRES)
def test_missed_steps_are_found(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), MISSES)
def test_near_misses_make_no_step(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
