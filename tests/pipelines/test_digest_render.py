"""Words, links and headers of the digest: names not codes, only safe links, fixed headers."""

from __future__ import annotations

import email
import html as htmllib
import re
import shutil
from datetime import date
from email import policy

import pytest
from digest_data import DAY, cluster, fill, item, standard

from pipelines.config import Config, Paths, Recipient
from pipelines.digest import labels, message, render, run_digest
from pipelines.digest.send import SmtpSettings


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "oreline.duckdb"
    fill(path, standard())
    return path


@pytest.fixture
def paths(tmp_path, filled):
    shutil.copyfile(filled, tmp_path / "oreline.duckdb")
    return Paths(tmp_path)


@pytest.mark.parametrize(
    ("party", "name"),
    [
        ("USA", "United States"),
        ("KOR", "South Korea"),
        ("COD", "DR Congo"),
        ("RUS", "Russia"),
        ("CHN", "China"),
        ("EU", "European Union"),
        ("MSP", "Minerals Security Partnership"),
        ("XQZ", "XQZ"),  # unknown ids are shown, not dropped
    ],
)
def test_parties_are_shown_by_name(party, name):
    assert labels.party_name(party) == name


@pytest.mark.parametrize(
    ("typed", "code"),
    [("jpn", "JPN"), ("Japan", "JPN"), ("South Korea", "KOR"), ("eu", "EU"), ("Germany", "DEU")],
)
def test_config_countries_may_be_codes_or_names(typed, code):
    assert labels.country_code(typed) == code


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.com/a?b=1&c=2", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ("https://example.com/a b", False),
        ("https://example.com/\r\nBcc: x", False),
        ("//example.com/x", False),
        ("", False),
        (None, False),
    ],
)
def test_only_plain_web_links_become_hrefs(url, safe):
    assert (render.safe_url(url) is not None) is safe


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        ({"amount_usd": 5e8}, "US$500 million"),
        ({"amount_usd": 1.25e9}, "US$1.25 billion"),
        ({"amount": "A$1.2bn", "currency": "AUD"}, "A$1.2bn (AUD)"),
        ({"quantity_t": 40000.0, "deadline": "2030"}, "40,000 t · deadline 2030"),
        ({}, ""),
    ],
)
def test_terms(fields, text):
    assert render.terms(item(**fields)) == text


def test_message_ids_are_deterministic_per_day_and_reader():
    a = message.message_id(DAY, "Alice@Example.org", "oreline.test")
    assert a == message.message_id(DAY, "alice@example.org", "oreline.test")
    assert a != message.message_id(DAY, "bob@example.org", "oreline.test")
    assert a != message.message_id(date(2026, 11, 28), "alice@example.org", "oreline.test")
    assert re.fullmatch(r"<oreline-digest\.20261127\.[0-9a-f]{20}@oreline\.test>", a)


def test_text_and_html_carry_the_same_items(paths):
    result = run_digest(paths, Config(recipients=(Recipient("a@example.org"),)), day=DAY)
    msg = email.message_from_bytes(
        open(result["recipients"][0]["path"], "rb").read(), policy=policy.default
    )
    text = msg.get_body(("plain",)).get_content()
    html = htmllib.unescape(msg.get_body(("html",)).get_content())
    headlines = [line[2:] for line in text.splitlines() if line.startswith("* ")]
    assert len(headlines) == result["recipients"][0]["items"] == 7
    for headline in headlines:
        assert headline in html
    links = set(re.findall(r"^    (https?://\S+?)\r?$", text, re.M))
    assert links and links <= set(re.findall(r'href="([^"]+)"', html))


def test_a_recipient_name_cannot_add_a_header(paths):
    sneaky = Recipient("a@example.org", name="Eve\r\nBcc: spy@example.net")
    result = run_digest(paths, Config(recipients=(sneaky,)), day=DAY)
    raw = open(result["recipients"][0]["path"], "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["Bcc"] is None
    assert [a.addr_spec for a in msg["To"].addresses] == ["a@example.org"]
    assert b"\r\nBcc:" not in raw.split(b"\r\n\r\n", 1)[0]


def test_settings_never_show_the_password():
    settings = SmtpSettings.from_env(
        {"ORELINE_SMTP_HOST": "mail.example", "ORELINE_SMTP_PASSWORD": "hunter22"}
    )
    assert "hunter22" not in repr(settings)


@pytest.mark.parametrize(("security", "port"), [("none", 25), ("starttls", 587), ("ssl", 465)])
def test_default_ports_follow_the_security(security, port):
    assert SmtpSettings.from_env({"ORELINE_SMTP_SECURITY": security}).port == port


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"event_date": "2026-11-27", "seen_day": DAY}, "27 Nov 2026"),
        ({"event_date": "2027", "seen_day": DAY}, "2027 (reported 27 Nov 2026)"),
        ({"event_date": "2026-05", "seen_day": DAY}, "May 2026 (reported 27 Nov 2026)"),
        ({"event_date": None, "event_day": None, "seen_day": DAY}, "27 Nov 2026"),
        ({"event_date": "garbage", "event_day": date(2026, 11, 20), "seen_day": DAY},
         "20 Nov 2026 (reported 27 Nov 2026)"),
    ],
)  # fmt: skip
def test_dates_keep_the_precision_the_text_gave(fields, shown):
    assert render.when(item(**fields)) == shown


def test_links_are_labelled_with_the_outlet_name_where_known(paths):
    result = run_digest(paths, Config(recipients=(Recipient("a@example.org"),)), day=DAY)
    msg = email.message_from_bytes(
        open(result["recipients"][0]["path"], "rb").read(), policy=policy.default
    )
    html = msg.get_body(("html",)).get_content()
    labels_by_href = dict(re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', html))
    assert labels_by_href["https://news.example.com/forge"] != "news.example.com"
    assert ">Example Wire</a>" in html
    assert labels_by_href["https://wire.example.com/loan"] == "wire.example.com"


def test_a_backlog_day_is_cut_per_section_with_a_pointer_to_the_rest(tmp_path):
    paths = Paths(tmp_path)
    many = [cluster(f"x{n:02d}", action="project", actors=["CAN"]) for n in range(25)]
    fill(paths.warehouse, many)
    result = run_digest(paths, Config(recipients=(Recipient("a@example.org"),)), day=DAY)
    msg = email.message_from_bytes(
        open(result["recipients"][0]["path"], "rb").read(), policy=policy.default
    )
    assert msg["Subject"].endswith(": 25 signals")
    for part in ("plain", "html"):
        body = msg.get_body((part,)).get_content()
        assert "Projects (25)" in body
        assert body.count("Headline x") == render.MAX_PER_SECTION
        assert "and 15 more in this section" in body
        assert "oreline timeline --since 2026-11-27" in body
