"""Which clusters a day's digest holds, for whom, in which section, on which local day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from digest_data import DAY, fill, history, item, standard

from pipelines.config import Recipient
from pipelines.digest import select
from warehouse.db import connect


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("wh") / "oreline.duckdb"
    fill(path, standard() + history())
    return path


def ids(items):
    return {i.cluster_id for i in items}


def day_items(db, timezone="UTC", start=DAY):
    with connect(db, read_only=True) as con:
        return select.clusters_seen(con, start, DAY, timezone), select.bloc_members(con)


@pytest.mark.parametrize(
    ("timezone", "expected"),
    [
        ("UTC", {"forge", "loan", "gallium", "tariff", "magnet", "mine", "early"}),
        ("America/New_York", {"forge", "loan", "gallium", "tariff", "magnet", "mine", "late"}),
        ("Asia/Tokyo", {"forge", "loan", "gallium", "tariff", "magnet", "mine", "early"}),
    ],
)
def test_the_day_is_the_calendar_day_in_the_configured_time_zone(db, timezone, expected):
    items, _ = day_items(db, timezone)
    assert ids(items) == expected


def test_lookback_widens_the_window_to_earlier_days(db):
    items, _ = day_items(db, start=DAY - timedelta(days=2))
    assert {"old", "h1", "h2"} <= ids(items)


def test_first_seen_on_the_day_is_new_and_only_last_seen_is_an_update(db):
    items, _ = day_items(db)
    state = {i.cluster_id: i.is_new for i in items}
    assert state["forge"] is True
    assert state["mine"] is False


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"forge", "loan", "gallium", "tariff", "magnet", "mine", "early"}),
        ({"minerals": ("lithium",)}, {"loan"}),
        # a group also matches its members (neodymium is a rare earth)
        ({"minerals": ("rare_earths",)}, {"forge", "magnet"}),
        ({"countries": ("JPN",)}, {"forge"}),
        # a country name works as well as its code
        ({"countries": ("China",)}, {"gallium", "tariff"}),
        # a bloc party counts for its member countries on the item's day ...
        ({"countries": ("DEU",)}, {"magnet"}),
        # ... and not for a country that had left by then
        ({"countries": ("GBR",)}, set()),
        ({"blocs": ("EU",)}, {"magnet"}),
        ({"actions": ("export_control", "trade_measure")}, {"gallium", "tariff"}),
        # kinds combine with AND
        ({"minerals": ("gallium",), "countries": ("USA",)}, set()),
        ({"minerals": ("graphite",), "countries": ("USA",)}, {"tariff"}),
    ],
)
def test_recipient_filters(db, filters, expected):
    items, members = day_items(db)
    wanted = select.Filter.of(Recipient("r@example.org", **filters))
    assert ids(select.for_recipient(items, wanted, members)) == expected


def test_sections_come_in_the_order_the_issue_asks(db):
    items, _ = day_items(db)
    sections = select.sectioned(items)
    assert [s.id for s in sections] == [
        "blocs",
        "commitments",
        "trade",
        "action-stockpile",
        "action-project",
        "action-strategy",
    ]
    placed = {s.id: ids(s.items) for s in sections}
    assert placed["blocs"] == {"forge"}
    assert placed["commitments"] == {"loan"}
    assert placed["trade"] == {"gallium", "tariff"}


@pytest.mark.parametrize(
    ("fields", "section"),
    [
        ({"action": "agreement", "partners": ["MSP"]}, "blocs"),
        ({"action": "agreement", "partners": ["JPN"]}, "action-agreement"),
        ({"action": "offtake", "quantity_t": 4e4, "status": "agreed"}, "commitments"),
        ({"action": "offtake", "quantity_t": 4e4, "status": "proposed"}, "action-offtake"),
        ({"action": "strategy", "deadline": "2030", "status": "in_force"}, "commitments"),
        ({"action": "sanction"}, "action-sanction"),
    ],
)
def test_section_rules(fields, section):
    assert select.sectioned([item(**fields)])[0].id == section


def test_daily_counts_cover_thirty_days_by_action(db):
    with connect(db, read_only=True) as con:
        items = select.clusters_seen(con, DAY - timedelta(days=29), DAY, "UTC")
    axis, counts = select.daily_counts(items, DAY, "UTC", 30)
    assert len(axis) == 30 and axis[-1] == DAY
    assert all(len(v) == 30 for v in counts.values())
    # 20 history clusters + "old" + today's 7 (mine was first seen 3 days back)
    assert sum(map(sum, counts.values())) == 28
    assert counts["export_control"][-4] >= 1  # h3 on DAY-3


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nBcc: x@y", "a Bcc: x@y"),
        ("tab\tand\x00nul", "tab and nul"),
        (None, ""),
        ("  spaced   out  ", "spaced out"),
    ],
)
def test_clean_text_leaves_one_line(raw, clean):
    assert select.clean_text(raw) == clean


def test_one_sentence_read_as_two_actions_is_one_entry():
    same = dict(doc_id="d1", evidence="The G7 agreed to form a minerals club.", partners=["G7"])
    items = [item(cluster_id="a", action="bloc_formation", **same),
             item(cluster_id="b", action="agreement", **same),
             item(cluster_id="c", action="agreement", partners=["G7"], doc_id="d2",
                  evidence="Another sentence.")]  # fmt: skip
    (section,) = select.sectioned(items)
    assert [(i.cluster_id, i.also) for i in section.items] == [
        ("a", ("agreement",)),
        ("c", ()),
    ]
