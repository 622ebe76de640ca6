"""Gold steps the rules never produced as events (helper "evrec5", session 21). Two parties'
acts joined by a bare "and" or "while" ("Canada raised tariffs on steel and Mexico imposed
duties on aluminium", "and in 2023 Namibia banned ...") are two clauses, each step with its own
actor, not one step with the second party as a partner. Near misses: a list of parties acting
together ("Japan and Australia signed")."""

import pytest
from predict import predict

from nlp.extract import Extractor


def actors_of(extractor: Extractor, text: str, action: str) -> list[list[str]]:
    """The actors of each event of `action` in one short text, in order."""
    return [e["actors"] for e in predict(extractor, text)["events"] if e["action"] == action]


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        # two parties' acts joined by a bare "and": a clause and a step each
        (
            "Peru imposed tariffs on Chinese copper wire and Ecuador raised duties on "
            "imported copper cathodes.",
            "trade_measure",
            [["PER"], ["ECU"]],
        ),
        (
            "Argentina signed a lithium accord with Germany in April and Bolivia signed a "
            "lithium accord with Russia in June.",
            "agreement",
            [["ARG"], ["BOL"]],
        ),
        # the party after "the", the verb in -ed
        (
            "Vietnam halted rare earth ore exports in 2023 and the Philippines restricted "
            "nickel ore exports in 2024.",
            "export_control",
            [["VNM"], ["PHL"]],
        ),
        # "while" joins two parties' acts too, and a date may stand after the joiner
        (
            "Washington raised duties on Chinese cobalt while Beijing restricted exports of "
            "tungsten.",
            "export_control",
            [["CHN"]],
        ),
        (
            "Ghana banned exports of raw manganese ore in 2021 and in 2024 Gabon restricted "
            "exports of unprocessed manganese.",
            "export_control",
            [["GHA"], ["GAB"]],
        ),
        # guard: parties listed as one subject act together
        (
            "Canada and Australia signed a memorandum on cobalt supply in May.",
            "agreement",
            [["CAN", "AUS"]],
        ),
    ],
)
def test_two_parties_acts_joined_by_and(
    extractor: Extractor, text: str, action: str, actors: list[list[str]]
) -> None:
    assert actors_of(extractor, text, action) == actors


@pytest.mark.parametrize(
    ("text", "action", "count"),
    [
        # states that joined a grouping told at the end of a clause, the states just before
        (
            "The Minerals Security Partnership grew in March when India and Estonia joined.",
            "bloc_formation",
            1,
        ),
    ],
)
def test_steps_a_cue_missed(extractor: Extractor, text: str, action: str, count: int) -> None:
    events = predict(extractor, text)["events"]
    assert len([e for e in events if e["action"] == action]) == count
