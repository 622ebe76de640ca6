"""Steps a sentence tells apart that the labels count apart (helper evsplit, session 18): a
list of mineral groups each dated after its minerals ("licences for gallium since August 2023,
for graphite since December 2023 and for antimony since September 2024") is a step a group,
and a revoking verb on a word for the measure with a date of its own ("banned ore exports in
2014 but relaxed the ban in 2017") is a second, revoked step. Their neighbours, one list of
minerals with one date, a date standing before the minerals, works stopped rather than a
measure undone, stay one event."""

import pytest
from predict import model_reads_otherwise, predict

from nlp.extract import Extractor


def steps(extractor: Extractor, text: str, action: str) -> list[tuple]:
    """(status, minerals, event date) of each event of `action` in one text."""
    return [
        (e["status"], tuple(e["minerals"]), e["event_date"])
        for e in predict(extractor, text)["events"]
        if e["action"] == action
    ]


# (name, action, text, its events)
DATED_GROUPS = [
    (
        "three-groups-each-dated",
        "export_control",
        "Beijing has required licences for shipments of gallium and germanium since August "
        "2023, for graphite since December 2023 and for antimony since September 2024.",
        [
            ("in_force", ("gallium", "germanium"), "2023-08"),
            ("in_force", ("graphite",), "2023-12"),
            ("in_force", ("antimony",), "2024-09"),
        ],
    ),
    (
        "two-groups-joined-by-and",
        "export_control",
        "The former president banned Indonesian nickel ore exports from 2020 and bauxite "
        "exports from June 2023.",
        [
            ("agreed", ("nickel",), "2020"),
            ("agreed", ("aluminum",), "2023-06"),
        ],
    ),
    (
        "groups-in-a-stretch-of-their-own-cue",
        "export_control",
        "Beijing curbs exports of minerals. Chinese export licences are now required for six "
        "heavy rare earths placed under control in May 2025, for tungsten and indium since "
        "March 2025, and for antimony since October 2024.",
        [
            ("agreed", ("rare_earths", "tungsten", "indium", "antimony"), None),
            ("in_force", ("rare_earths",), "2025-05"),
            ("in_force", ("tungsten", "indium"), "2025-03"),
            ("in_force", ("antimony",), "2024-10"),
        ],
    ),
    (
        "one-list-one-date",
        "export_control",
        "Beijing has required licences for shipments of gallium, germanium and graphite "
        "since August 2023.",
        [("in_force", ("gallium", "germanium", "graphite"), "2023-08")],
    ),
    (
        "the-date-before-the-minerals-is-the-clause's",
        "standards",
        "The EU rule on batteries, in force since 2023, requires due diligence on cobalt, "
        "lithium, nickel and natural graphite from August this year.",
        [("in_force", ("cobalt", "lithium", "nickel", "graphite"), "2023")],
    ),
]

# session 22: the status model retrained with the t18 sets read these otherwise; session 23's
# retrained model also read the nickel and bauxite bans of a former president as standing;
# retrained in session 29 it reads every row as the rules do
MODEL_READS_OTHERWISE: set[str] = set()


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        model_reads_otherwise(c[1], c[2], c[3]) if c[0] in MODEL_READS_OTHERWISE else c[1:]
        for c in DATED_GROUPS
    ],
    ids=[c[0] for c in DATED_GROUPS],
)
def test_mineral_groups_dated_apart_are_steps_apart(extractor, action, text, found):
    assert steps(extractor, text, action) == found


# (name, action, text, its events)
UNDONE_NAMED = [
    (
        "ban-relaxed-later",
        "export_control",
        "Manila banned exports of unprocessed nickel ore in 2014 but partly relaxed the ban "
        "in 2017 for miners building smelters.",
        [("in_force", ("nickel",), "2014"), ("revoked", ("nickel",), "2017")],
    ),
    (
        "quotas-scrapped-later",
        "export_control",
        "Beijing cut its rare earth export quotas in 2010 and, after a trade dispute, "
        "scrapped the quotas in 2015.",
        [("in_force", ("rare_earths",), "2010"), ("revoked", ("rare_earths",), "2015")],
    ),
    (
        "talks-suspended-later-in-the-passive",
        "negotiation",
        "Brussels and New Delhi first opened trade negotiations in 2008, but the talks were "
        "suspended in 2014 over tariffs on cars.",
        [("agreed", (), "2008"), ("revoked", (), "2014")],
    ),
    (
        "not-lifted-in-the-passive",
        "export_control",
        "Manila banned exports of unprocessed nickel ore in 2014 and the ban was not lifted "
        "in 2017.",
        [("in_force", ("nickel",), "2014")],
    ),
    (
        "ban-kept",
        "export_control",
        "Manila banned exports of unprocessed nickel ore in 2014 and has kept the ban since.",
        [("in_force", ("nickel",), "2014")],
    ),
    (
        "works-halted-are-no-measure-undone",
        "export_control",
        "Manila banned exports of unprocessed nickel ore in 2014 and a miner suspended its "
        "operations in 2016.",
        [("in_force", ("nickel",), "2014")],
    ),
]


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [(c[1], c[2], c[3]) for c in UNDONE_NAMED],
    ids=[c[0] for c in UNDONE_NAMED],
)
def test_a_measure_undone_on_another_date_is_a_second_step(extractor, action, text, found):
    assert steps(extractor, text, action) == found
