"""nlp.field_score pairs events as the scorer does and counts the unscored fields."""

import json

from nlp.field_score import field_counts, main


def _gold(events: list[dict]) -> dict:
    return {"d": {"id": "d", "gold": {"events": events}}}


def _pred(events: list[dict]) -> dict:
    return {"d": {"id": "d", "events": events}}


def _event(action: str, date: str | None, usd: float | None, **more) -> dict:
    return {
        "action": action,
        "actors": more.get("actors", ["CHN"]),
        "partners": [],
        "minerals": more.get("minerals", ["gallium"]),
        "event_date": date,
        "amount_usd": usd,
    }


def test_dates_and_sums_counted_on_paired_events() -> None:
    gold = _gold(
        [
            _event("export_control", "2023-07-03", None),
            _event("investment", "2023-07", 5e8, actors=["USA"]),
            _event("stockpile", None, 4e7, actors=["JPN"]),
            _event("sanction", "2023", None, actors=["RUS"]),  # nothing predicted: unpaired
        ]
    )
    pred = _pred(
        [
            _event("investment", "2023-07-05", 5.02e8, actors=["USA"]),  # month right, sum right
            _event("export_control", "2023-07-03", 1e6),  # date exact, sum extra
            _event("stockpile", "2024", None, actors=["JPN"]),  # date extra, sum missed
        ]
    )
    counts = field_counts(gold, pred)
    assert counts["paired"] == 3
    assert counts["date_exact"] == 1
    assert counts["date_month"] == 2
    assert counts["date_year"] == 2
    assert counts["date_extra"] == 1 and counts["date_missed"] == 0
    assert counts["amount_right"] == 1
    assert counts["amount_extra"] == 1 and counts["amount_missed"] == 1
    assert counts["amount_wrong"] == 0


def test_pairing_is_greedy_in_gold_order() -> None:
    # the first gold event takes the first matching prediction, even though the second
    # prediction would have given it the right date
    gold = _gold([_event("export_control", "2023-12", None)])
    pred = _pred(
        [_event("export_control", "2023-07", None), _event("export_control", "2023-12", None)]
    )
    counts = field_counts(gold, pred)
    assert counts["paired"] == 1 and counts["date_exact"] == 0 and counts["date_year"] == 1


def test_command_line_prints_the_report(tmp_path, capsys) -> None:
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps(_gold([_event("investment", None, 1e6)])["d"]) + "\n")
    pred_path.write_text(json.dumps(_pred([_event("investment", None, 2e6)])["d"]) + "\n")
    assert main([str(gold_path), str(pred_path)]) == 0
    out = capsys.readouterr().out
    assert "paired events: 1" in out
    assert "amount_usd: right 0, wrong 1, missed 0, extra 0" in out
    assert "exact 1.000" in out


def _fields(event: dict, deadline: str | None, tonnes: float | None) -> dict:
    return {**event, "deadline": deadline, "quantity_t": tonnes}


def test_deadlines_and_tonnages_counted_where_labelled() -> None:
    gold = _gold(
        [
            _fields(_event("stockpile", None, None, actors=["JPN"]), "2030", 5000.0),
            _fields(_event("offtake", None, None, actors=["KOR"]), "2027-01", None),
            _fields(_event("export_control", None, None), None, 20000.0),
            _fields(_event("investment", None, None, actors=["USA"]), "2028", None),
            _event("sanction", None, None, actors=["RUS"]),  # not labelled for the fields
        ]
    )
    pred = _pred(
        [
            _fields(_event("stockpile", None, None, actors=["JPN"]), "2030", 5020.0),
            _fields(_event("offtake", None, None, actors=["KOR"]), "2027-06", 800.0),
            _fields(_event("export_control", None, None), "2031", 40000.0),
            _fields(_event("investment", None, None, actors=["USA"]), None, None),
            _fields(_event("sanction", None, None, actors=["RUS"]), "2029", 10.0),
        ]
    )
    counts = field_counts(gold, pred)
    assert counts["fields_labelled"] == 4
    assert counts["deadline_exact"] == 1 and counts["deadline_year"] == 2
    assert counts["deadline_wrong"] == 0
    assert counts["deadline_extra"] == 1 and counts["deadline_missed"] == 1
    assert counts["tonnes_right"] == 1 and counts["tonnes_wrong"] == 1
    assert counts["tonnes_extra"] == 1 and counts["tonnes_missed"] == 0


def test_deadline_of_another_year_is_wrong() -> None:
    gold = _gold([_fields(_event("stockpile", None, None), "2030", None)])
    pred = _pred([_fields(_event("stockpile", None, None), "2035", None)])
    counts = field_counts(gold, pred)
    assert counts["deadline_wrong"] == 1 and counts["deadline_year"] == 0


def test_report_names_the_deadline_lines_only_when_labelled() -> None:
    from nlp.field_score import report

    plain = field_counts(
        _gold([_event("stockpile", None, None)]), _pred([_event("stockpile", None, None)])
    )
    assert "deadline" not in report(plain)
    gold = _gold([_fields(_event("stockpile", None, None), "2030", 5000.0)])
    pred = _pred([_fields(_event("stockpile", None, None), "2030", None)])
    text = report(field_counts(gold, pred))
    assert "deadline (1 paired events labelled for it): exact 1" in text
    assert "quantity_t: right 0, wrong 0, missed 1, extra 0" in text
