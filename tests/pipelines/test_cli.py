"""The command line contract: help everywhere, one-line reasons and non-zero exits on error."""

import subprocess
import sys

import pytest

from pipelines.cli import build_parser, main

COMMANDS = [
    ["demo"],
    ["run"],
    ["crawl"],
    ["process"],
    ["extract"],
    ["sql"],
    ["timeline"],
    ["export"],
    ["digest"],
    ["sources", "check"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_data_option(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "--data" in out
    assert "usage: oreline " + " ".join(command) in out


def test_no_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_unknown_option_is_a_usage_error():
    with pytest.raises(SystemExit) as exit_:
        main(["crawl", "--no-such-option"])
    assert exit_.value.code == 2


def test_bad_date_is_rejected_with_reason(capsys):
    with pytest.raises(SystemExit):
        main(["digest", "--date", "yesterday-ish"])
    assert "is not a date" in capsys.readouterr().err


def test_missing_input_gives_one_line_reason(tmp_path, capsys):
    code = main(["extract", "--data", str(tmp_path), "--jsonl", str(tmp_path / "absent.jsonl")])
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "absent.jsonl" in err[0] and "does not exist" in err[0]


def test_bad_config_file_names_the_key(tmp_path, capsys):
    config = tmp_path / "oreline.yaml"
    config.write_text("digest:\n  recipients:\n    - address: a@b.org\n      mineralz: [lithium]\n")
    code = main(["digest", "--data", str(tmp_path), "--config", str(config)])
    assert code == 1
    err = capsys.readouterr().err
    assert "mineralz" in err and "recipients[1]" in err


def test_console_script_is_installed():
    done = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    assert "sources" in done.stdout and "timeline" in done.stdout


def test_parser_lists_every_design_command():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {
        "demo",
        "run",
        "crawl",
        "process",
        "extract",
        "sql",
        "timeline",
        "export",
        "digest",
        "sources",
    } <= set(sub.choices)


def test_a_query_on_a_missing_or_written_warehouse_is_a_one_line_refusal(tmp_path, capsys):
    code = main(["sql", "--data", str(tmp_path), "DELETE FROM events"])
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("oreline sql: refused")
