"""The digest over a real SMTP server on 127.0.0.1, and into the outbox without one."""

from __future__ import annotations

import email
import logging
import os
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from email import policy
from email.message import EmailMessage

import pytest
from digest_data import DAY, fill, history, standard
from smtp_server import serve_smtp

from pipelines.config import Config, Paths, Recipient
from pipelines.digest import run_digest
from pipelines.errors import ConfigError
from warehouse.db import connect

ALICE = Recipient("alice@example.org", name="Alice")
BOB = Recipient("bob@example.org", minerals=("lithium",))
CAROL = Recipient("carol@example.org", actions=("export_control",))


@pytest.fixture(autouse=True)
def no_mail_env(monkeypatch):
    for key in list(os.environ):
        if key.startswith(("ORELINE_SMTP_", "ORELINE_MAIL_")):
            monkeypatch.delenv(key)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "oreline.duckdb"
    fill(path, standard() + history())
    return path


@pytest.fixture
def paths(tmp_path, filled):
    # a copy of one filled file per test: migrating a fresh warehouse costs about a second
    shutil.copyfile(filled, tmp_path / "oreline.duckdb")
    return Paths(tmp_path)


def use(monkeypatch, server, **extra):
    for key, value in {**server.env(), **extra}.items():
        monkeypatch.setenv(key, value)


def parse(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=policy.default)


def ledger(paths):
    with connect(paths.warehouse, read_only=True) as con:
        rows = con.execute(
            "SELECT recipient, status, message_id, n_items, error FROM digests ORDER BY recipient"
        ).fetchall()
    return {r[0]: r[1:] for r in rows}


def statuses(result):
    return {r["address"]: r["status"] for r in result["recipients"]}


def test_message_arrives_as_mime_with_text_html_and_inline_chart(paths, tmp_path, monkeypatch):
    with serve_smtp(tmp_path / "tls") as server:
        use(monkeypatch, server)
        result = run_digest(paths, Config(recipients=(ALICE,)), day=DAY, send=True)
        assert statuses(result) == {"alice@example.org": "sent"}
        assert len(server.messages) == 1
        got = server.messages[0]
    assert got.rcpt_tos == ["alice@example.org"]
    assert got.mail_from == "digest@oreline.test"
    msg = parse(got.data)
    assert [p.get_content_type() for p in msg.walk()] == [
        "multipart/related",
        "multipart/alternative",
        "text/plain",
        "text/html",
        "image/png",
    ]
    assert msg["Message-ID"] == result["recipients"][0]["message_id"]
    assert msg["To"] == "Alice <alice@example.org>"
    image = next(p for p in msg.walk() if p.get_content_type() == "image/png")
    assert image.get_content().startswith(b"\x89PNG\r\n\x1a\n")
    cid = image["Content-ID"].strip("<>")
    html = msg.get_body(("html",)).get_content()
    text = msg.get_body(("plain",)).get_content()
    # the only image is the inline chart: nothing remote to fetch
    assert re.findall(r'<img[^>]*src="([^"]*)"', html) == [f"cid:{cid}"]
    assert "Last 30 days: 28 signals" in text
    assert ledger(paths)["alice@example.org"][:3] == ("sent", msg["Message-ID"], 7)


@pytest.mark.parametrize("part", ["plain", "html"])
def test_both_parts_hold_the_sections_and_facts_of_the_day(paths, tmp_path, part):
    result = run_digest(paths, Config(recipients=(ALICE,)), day=DAY)
    msg = parse(open(result["recipients"][0]["path"], "rb").read())
    body = msg.get_body((part,)).get_content()
    order = [
        "New bloc developments (1)",
        "Commitments (1)",
        "Export controls and trade measures (2)",
        "Stockpiles (1)",
        "Projects (1)",
        "Strategies and laws (1)",
    ]
    positions = [body.find(heading) for heading in order]
    assert -1 not in positions and positions == sorted(positions)
    for fact in [
        "United States → Forum on Resource Geostrategic Engagement (FORGE), Japan",
        "DR Congo",
        "European Union",
        "US$500 million",
        "Reported by 3 outlets, including an official source",
        "Reported by 1 outlet, no official source",
        "gallium, germanium",
        "in force",
        "UPDATED",
        "https://wire.example.com/loan",
    ]:
        assert fact in body, fact
    assert "Sanctions" not in body  # 'late' belongs to the next UTC day


def test_a_rerun_does_not_send_again_and_a_failed_one_is_retried(paths, tmp_path, monkeypatch):
    config = Config(recipients=(ALICE, BOB))
    with serve_smtp(tmp_path / "tls", reject=["bob@example.org"]) as server:
        use(monkeypatch, server)
        first = run_digest(paths, config, day=DAY, send=True)
        second = run_digest(paths, config, day=DAY, send=True)
        assert len(server.messages) == 1
    assert statuses(first) == {"alice@example.org": "sent", "bob@example.org": "rejected"}
    # alice is done; bob was rejected, so the rerun tries him again (and he is refused again)
    assert statuses(second) == {"alice@example.org": "skipped", "bob@example.org": "rejected"}
    with serve_smtp(tmp_path / "tls") as server:
        use(monkeypatch, server)
        third = run_digest(paths, config, day=DAY, send=True)
        assert [m.rcpt_tos for m in server.messages] == [["bob@example.org"]]
    assert statuses(third) == {"alice@example.org": "skipped", "bob@example.org": "sent"}
    assert first["recipients"][1]["message_id"] == third["recipients"][1]["message_id"]


def test_a_rejected_recipient_is_recorded_and_the_others_get_theirs(paths, tmp_path, monkeypatch):
    config = Config(recipients=(ALICE, BOB, CAROL))
    with serve_smtp(tmp_path / "tls", reject=["bob@example.org"]) as server:
        use(monkeypatch, server)
        result = run_digest(paths, config, day=DAY, send=True)
        delivered = sorted(r for m in server.messages for r in m.rcpt_tos)
    assert delivered == ["alice@example.org", "carol@example.org"]
    rows = ledger(paths)
    assert rows["bob@example.org"][0] == "rejected"
    assert "550" in rows["bob@example.org"][3]
    assert rows["alice@example.org"][0] == rows["carol@example.org"][0] == "sent"
    assert [r["items"] for r in result["recipients"]] == [7, 1, 1]


def test_cli_exits_non_zero_when_a_recipient_is_rejected(paths, tmp_path, monkeypatch, capsys):
    from pipelines import cli

    with serve_smtp(tmp_path / "tls", reject=["bob@example.org"]) as server:
        use(monkeypatch, server)
        argv = ["digest", "--data", str(paths.root), "--date", DAY.isoformat(), "--send"]
        code = cli.main([*argv, "--to", "alice@example.org", "--to", "bob@example.org"])
        delivered = [r for m in server.messages for r in m.rcpt_tos]
    assert code == 1
    assert delivered == ["alice@example.org"]
    out, err = capsys.readouterr()
    assert "bob@example.org: rejected" in out
    assert "1 of 2 recipients not delivered" in err
    with serve_smtp(tmp_path / "tls") as server:
        use(monkeypatch, server)
        code = cli.main([*argv, "--to", "alice@example.org", "--to", "bob@example.org"])
        delivered = [r for m in server.messages for r in m.rcpt_tos]
    assert code == 0
    assert delivered == ["bob@example.org"]  # alice is not sent twice


def test_starttls_with_a_self_signed_certificate_and_login(paths, tmp_path, monkeypatch):
    with serve_smtp(tmp_path / "tls", "starttls", credentials=("digest", "s3cret-pw")) as server:
        use(monkeypatch, server)
        result = run_digest(paths, Config(recipients=(ALICE,)), day=DAY, send=True)
        got = server.messages
    assert statuses(result) == {"alice@example.org": "sent"}
    assert got[0].tls and got[0].login == "digest"


def test_implicit_tls(paths, tmp_path, monkeypatch):
    with serve_smtp(tmp_path / "tls", "ssl") as server:
        use(monkeypatch, server)
        result = run_digest(paths, Config(recipients=(ALICE,)), day=DAY, send=True)
        assert server.messages[0].tls
    assert statuses(result) == {"alice@example.org": "sent"}


def test_an_unknown_certificate_is_refused_unless_verification_is_turned_off(
    paths, tmp_path, monkeypatch
):
    config = Config(recipients=(ALICE, BOB))
    with serve_smtp(tmp_path / "tls", "starttls") as server:
        use(monkeypatch, server)
        monkeypatch.delenv("ORELINE_SMTP_CAFILE")
        refused = run_digest(paths, config, day=DAY, send=True)
        assert server.messages == []
        monkeypatch.setenv("ORELINE_SMTP_VERIFY", "false")
        accepted = run_digest(paths, config, day=DAY, send=True)
        assert len(server.messages) == 2
    assert set(statuses(refused).values()) == {"failed"}
    assert "certificate" in refused["recipients"][0]["error"].lower()
    assert "ORELINE_SMTP_CAFILE" in refused["recipients"][0]["error"]
    assert set(statuses(accepted).values()) == {"sent"}


@pytest.mark.parametrize("trouble", [{"defer_data": 2}, {"drop_data": 1}])
def test_transient_trouble_is_retried(paths, tmp_path, monkeypatch, trouble):
    with serve_smtp(tmp_path / "tls", **trouble) as server:
        use(monkeypatch, server)
        result = run_digest(paths, Config(recipients=(ALICE,)), day=DAY, send=True)
        assert len(server.messages) == 1
        assert server.handler.attempts == 1 + sum(trouble.values())
    assert statuses(result) == {"alice@example.org": "sent"}


def test_transient_trouble_that_lasts_fails_after_the_retries(paths, tmp_path, monkeypatch):
    with serve_smtp(tmp_path / "tls", defer_data=99) as server:
        use(monkeypatch, server, ORELINE_SMTP_RETRIES="2")
        result = run_digest(paths, Config(recipients=(ALICE,)), day=DAY, send=True)
        assert server.handler.attempts == 3
    assert statuses(result) == {"alice@example.org": "failed"}
    assert "451" in result["recipients"][0]["error"]


def test_an_unreachable_server_fails_every_recipient_quickly(paths, tmp_path, monkeypatch):
    with serve_smtp(tmp_path / "tls") as server:
        env = server.env()
    for key, value in env.items():  # the server is gone: connections are refused
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("ORELINE_SMTP_RETRIES", "1")
    result = run_digest(paths, Config(recipients=(ALICE, BOB)), day=DAY, send=True)
    assert set(statuses(result).values()) == {"failed"}
    assert "cannot reach 127.0.0.1" in result["recipients"][1]["error"]


def test_credentials_never_reach_errors_or_logs(paths, tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    with serve_smtp(tmp_path / "tls", "starttls", credentials=("digest", "right-pw")) as server:
        use(monkeypatch, server, ORELINE_SMTP_PASSWORD="wrong-Pa55word")
        result = run_digest(paths, Config(recipients=(ALICE,)), day=DAY, send=True)
        assert server.messages == []
    row = result["recipients"][0]
    assert row["status"] == "failed" and "refused the login" in row["error"]
    everything = repr(result) + caplog.text + repr(ledger(paths))
    assert "wrong-Pa55word" not in everything


def test_script_titles_and_header_injection_arrive_harmless(paths, tmp_path, monkeypatch):
    with serve_smtp(tmp_path / "tls") as server:
        use(monkeypatch, server)
        run_digest(paths, Config(recipients=(ALICE,)), day=DAY, send=True)
        got = server.messages[0]
    assert got.rcpt_tos == ["alice@example.org"]
    msg = parse(got.data)
    assert msg["Bcc"] is None and "victim" not in str(msg["To"]) + str(msg["Subject"])
    assert msg["Subject"] == "Oreline digest, 27 November 2026: 7 signals"
    html = msg.get_body(("html",)).get_content()
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert('x')&lt;/script&gt; FORGE launched Bcc:" in html
    assert "&lt;b&gt;today&lt;/b&gt;" in html
    assert "javascript:" not in html
    text = msg.get_body(("plain",)).get_content()
    assert (
        "* <script>alert('x')</script> FORGE launched Bcc: victim@evil.example" in text.splitlines()
    )


@pytest.mark.parametrize(
    ("send", "env"),
    [(False, {}), (True, {}), (False, {"ORELINE_SMTP_HOST": "127.0.0.1"})],
    ids=["render-only", "send-without-host", "host-but-no-send"],
)
def test_without_smtp_the_digest_goes_to_the_outbox(paths, monkeypatch, send, env):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = run_digest(paths, Config(recipients=(ALICE, BOB)), day=DAY, send=send)
    assert statuses(result) == {"alice@example.org": "outbox", "bob@example.org": "outbox"}
    files = sorted(p.name for p in paths.outbox.glob("*.eml"))
    assert files == [
        "digest-2026-11-27-alice_at_example.org.eml",
        "digest-2026-11-27-bob_at_example.org.eml",
    ]
    msg = parse((paths.outbox / files[1]).read_bytes())
    assert msg["To"] == "bob@example.org"
    assert "Commitments (1)" in msg.get_body(("plain",)).get_content()
    again = run_digest(paths, Config(recipients=(ALICE, BOB)), day=DAY, send=send)
    assert set(statuses(again).values()) == {"skipped"}


def test_an_outbox_copy_is_still_sent_when_smtp_is_configured_later(paths, tmp_path, monkeypatch):
    run_digest(paths, Config(recipients=(ALICE,)), day=DAY)
    with serve_smtp(tmp_path / "tls") as server:
        use(monkeypatch, server)
        result = run_digest(paths, Config(recipients=(ALICE,)), day=DAY, send=True)
        assert len(server.messages) == 1
    assert statuses(result) == {"alice@example.org": "sent"}


@pytest.mark.parametrize(("empty_day", "status"), [("note", "outbox"), ("skip", "empty")])
def test_an_empty_day(tmp_path, empty_day, status):
    paths = Paths(tmp_path)
    fill(paths.warehouse, history())  # the 20 days before, nothing on the day
    config = Config(recipients=(ALICE,), empty_day=empty_day)
    result = run_digest(paths, config, day=DAY)
    assert statuses(result) == {"alice@example.org": status}
    if status == "outbox":
        msg = parse(open(result["recipients"][0]["path"], "rb").read())
        assert msg["Subject"] == "Oreline digest, 27 November 2026: no new signals"
        assert "No new signals on 27 November 2026" in msg.get_body(("plain",)).get_content()
    else:
        assert list(paths.outbox.glob("*.eml")) == [] and ledger(paths) == {}


@pytest.mark.parametrize(
    ("env", "to", "expected"),
    [
        ({}, (), ["digest@localhost"]),
        ({"ORELINE_MAIL_TO": "ops@example.net"}, (), ["ops@example.net"]),
        ({"ORELINE_MAIL_TO": "ops@example.net"}, ("adhoc@example.com",), ["adhoc@example.com"]),
    ],
)
def test_default_and_ad_hoc_recipients(tmp_path, monkeypatch, env, to, expected):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = run_digest(Paths(tmp_path), Config(), day=DAY, to=to)
    assert [r["address"] for r in result["recipients"]] == expected
    assert result["recipients"][0]["path"]


def test_ad_hoc_recipients_are_unfiltered_and_join_the_configured_ones(paths):
    result = run_digest(paths, Config(recipients=(BOB,)), day=DAY, to=["Eve@Example.org"])
    assert [(r["address"], r["items"]) for r in result["recipients"]] == [
        ("bob@example.org", 1),
        ("Eve@Example.org", 7),
    ]


@pytest.mark.parametrize(
    ("env", "to"),
    [
        ({"ORELINE_SMTP_SECURITY": "tls1.3"}, ()),
        ({"ORELINE_SMTP_PORT": "smtp"}, ()),
        ({"ORELINE_SMTP_CAFILE": "/nonexistent/ca.pem"}, ()),
        ({"ORELINE_MAIL_FROM": "oreline at example"}, ()),
        ({}, ("not-an-address",)),
        ({}, ("a@example.org\r\nBcc: b@example.org",)),
    ],
)
def test_bad_settings_are_config_errors(tmp_path, monkeypatch, env, to):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError):
        run_digest(Paths(tmp_path), Config(), day=DAY, to=to)


def test_two_runs_at_once_still_send_once(paths, tmp_path, monkeypatch):
    config = Config(recipients=(ALICE, CAROL))
    with serve_smtp(tmp_path / "tls") as server:
        use(monkeypatch, server)
        with ThreadPoolExecutor(2) as pool:
            runs = list(pool.map(lambda _: run_digest(paths, config, day=DAY, send=True), [1, 2]))
        delivered = sorted(r for m in server.messages for r in m.rcpt_tos)
    assert delivered == ["alice@example.org", "carol@example.org"]
    assert sorted(s for run in runs for s in statuses(run).values()) == [
        "sent",
        "sent",
        "skipped",
        "skipped",
    ]
