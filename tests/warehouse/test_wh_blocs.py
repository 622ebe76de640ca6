"""bloc_members: seeded from the data file, expandable to members as of a date."""

from __future__ import annotations

import csv
from datetime import date

import pycountry
import pytest

from warehouse.db import BLOC_MEMBERS_CSV, connect

TAXONOMY_BLOCS = {
    "EU", "G7", "G20", "QUAD", "MSP", "FORGE", "PAX_SILICA", "IPEF", "ASEAN", "AU", "BRICS",
    "OECD", "USMCA", "MERCOSUR", "NATO", "SCO", "OPEC",
}  # fmt: skip


def _rows():
    with BLOC_MEMBERS_CSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def test_the_data_file_names_every_taxonomy_bloc_with_valid_codes():
    rows = _rows()
    assert {r["bloc"] for r in rows} == TAXONOMY_BLOCS
    for row in rows:
        code = row["country"]
        assert code in TAXONOMY_BLOCS or pycountry.countries.get(alpha_3=code), row
        joined = date.fromisoformat(row["joined"])
        if row["left"]:
            assert date.fromisoformat(row["left"]) > joined, row


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    with connect(tmp_path_factory.mktemp("blocs") / "w.duckdb", read_only=True) as con:
        yield con


def members(con, bloc, day):
    return con.execute("SELECT bloc_countries(?, CAST(? AS DATE))", [bloc, day]).fetchall()[0][0]


@pytest.mark.parametrize(
    "bloc,day,count",
    [
        ("EU", "2026-01-01", 27),
        ("EU", "2019-12-31", 28),
        ("EU", "2012-01-01", 27),  # before Croatia
        ("G7", "2026-01-01", 7),
        ("QUAD", "2026-01-01", 4),
        ("NATO", "2026-01-01", 32),
        ("NATO", "2023-12-31", 31),  # Sweden joined 2024-03-07
        ("OECD", "2026-01-01", 38),
        ("ASEAN", "2026-01-01", 11),
        ("AU", "2026-01-01", 55),
        ("USMCA", "2026-01-01", 3),
        ("OPEC", "2026-01-01", 12),
        ("BRICS", "2023-12-31", 5),
        ("BRICS", "2026-01-01", 10),
    ],
)
def test_membership_counts_as_of_a_date(con, bloc, day, count):
    assert len(members(con, bloc, day)) == count


@pytest.mark.parametrize(
    "bloc,country,day,member",
    [
        ("EU", "GBR", "2020-01-30", True),
        ("EU", "GBR", "2020-02-01", False),
        ("NATO", "FIN", "2023-04-03", False),
        ("NATO", "FIN", "2023-04-04", True),
        ("MSP", "IND", "2023-01-01", False),
        ("MSP", "IND", "2024-01-01", True),
        ("MSP", "EST", "2024-06-01", True),
        ("OPEC", "QAT", "2018-06-01", True),
        ("OPEC", "QAT", "2020-06-01", False),
        ("OPEC", "ECU", "2010-01-01", True),
        ("OPEC", "ECU", "2000-01-01", False),
        ("BRICS", "IDN", "2025-06-01", True),
        ("FORGE", "USA", "2026-03-01", True),
        ("FORGE", "USA", "2025-03-01", False),
    ],
)
def test_membership_of_one_country_on_a_day(con, bloc, country, day, member):
    assert (country in members(con, bloc, day)) is member


def test_expand_parties_replaces_blocs_by_their_members(con):
    got = con.execute("SELECT expand_parties(['QUAD', 'CHN'], DATE '2026-01-01')").fetchall()[0][0]
    assert got == ["AUS", "CHN", "IND", "JPN", "USA"]
