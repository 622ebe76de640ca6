"""The learned action model (nlp/action_model.py, nlp/train_actions.py): the trainer labels
events as the scorer matches them, learns what its samples say and is deterministic; the
model drops and retypes events only past its margin; the switch in actions.yaml really turns
it off; the shipped model never saw the clean test sets."""

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from nlp import action_model
from nlp.action_model import CLASSES, MODEL_FILE, NONE, ActionModel, features, load_model, words
from nlp.extract import Extractor
from nlp.train_actions import collect, fit, labels, main, score


def event(action: str, evidence: str = "", **fields: object) -> dict:
    base = {
        "action": action,
        "status": "agreed",
        "actors": [],
        "partners": [],
        "minerals": [],
        "amount_usd": None,
        "amount": None,
        "sentence": 0,
        "confidence": 0.9,
        "evidence": evidence,
    }
    return {**base, **fields}


def spec_with(weights: dict[str, dict[str, float]], margin: float = 0.0) -> dict:
    """A model spec whose features weigh only the classes named."""
    table = {f: [per.get(c, 0.0) for c in CLASSES] for f, per in weights.items()}
    return {"classes": list(CLASSES), "margin": margin, "weights": table}


@pytest.fixture()
def switch() -> Iterator[None]:
    saved = action_model.USE_MODEL, action_model.MODEL_PATH
    yield
    action_model.USE_MODEL, action_model.MODEL_PATH = saved


@pytest.mark.parametrize(
    ("gold_events", "predicted", "expected"),
    [
        # matched as the scorer matches: same action, a shared party
        (
            [{"action": "export_control", "actors": ["CHN"], "partners": [], "minerals": []}],
            [event("export_control", actors=["CHN"])],
            ["export_control"],
        ),
        # the right parties under the wrong action: mistyped, so the gold action
        (
            [{"action": "permitting", "actors": ["PHL"], "partners": [], "minerals": ["nickel"]}],
            [event("project", actors=["PHL"], minerals=["nickel"])],
            ["permitting"],
        ),
        # a party nobody in gold names: no event of the text
        (
            [{"action": "trade_measure", "actors": ["USA"], "partners": [], "minerals": []}],
            [event("trade_measure", actors=["USA"]), event("sanction", actors=["RUS"])],
            ["trade_measure", NONE],
        ),
        # a gold event is matched once: the second prediction of it is a duplicate
        (
            [{"action": "investment", "actors": ["JPN"], "partners": [], "minerals": []}],
            [event("investment", actors=["JPN"]), event("investment", actors=["JPN"])],
            ["investment", NONE],
        ),
        # the same action wins over a mistype, whatever the order
        (
            [
                {"action": "offtake", "actors": ["KOR"], "partners": [], "minerals": []},
                {"action": "agreement", "actors": ["KOR"], "partners": [], "minerals": []},
            ],
            [event("agreement", actors=["KOR"]), event("investment", actors=["KOR"])],
            ["agreement", "offtake"],
        ),
        # a gold event with no party and no mineral retypes nothing
        (
            [{"action": "strategy", "actors": [], "partners": [], "minerals": []}],
            [event("project", actors=["AUS"])],
            [NONE],
        ),
    ],
)
def test_labels_follow_the_scorers_match(gold_events, predicted, expected) -> None:
    assert labels({"events": gold_events}, predicted) == expected


def test_features_cross_the_rules_action_with_the_words() -> None:
    feats = features(
        event("stockpile", "Japan will stockpile cobalt.", actors=["JPN"], minerals=["cobalt"]),
        words("Cobalt reserve"),
        Counter({"stockpile": 2, "investment": 1}),
    )
    assert {"r=stockpile", "w=cobalt", "r=stockpile|w=cobalt", "t=reserve"} <= set(feats)
    assert {"np=1", "nm=1", "other=investment", "r=stockpile|same=1"} <= set(feats)
    assert "other=stockpile" not in feats


def test_review_drops_and_retypes_only_past_the_margin() -> None:
    spec = spec_with(
        {
            "w=rumoured": {NONE: 3.0},
            "r=project|w=cancelled": {"permitting": 2.0},
        },
        margin=1.0,
    )
    model = ActionModel(spec)
    events = [
        event("export_control", "A ban is rumoured."),
        event("project", "The minister cancelled the mining contracts."),
        event("trade_measure", "Tariffs took effect."),
    ]
    reviewed = model.review(events, None)
    assert [e["action"] for e in reviewed] == ["permitting", "trade_measure"]
    # the caller's events are not changed in place
    assert events[1]["action"] == "project"
    # within the margin the rules' action stands
    model = ActionModel({**spec, "margin": 3.0})
    assert [e["action"] for e in model.review(events, None)] == [
        "export_control",
        "project",
        "trade_measure",
    ]


def test_a_model_for_other_classes_is_refused() -> None:
    with pytest.raises(ValueError, match="classes"):
        ActionModel({"classes": ["agreed", "revoked"], "weights": {}})


# two short labelled documents of our own; the second's sanction is not in its gold
DOCS = [
    {
        "id": "a-1",
        "published": "2026-03-10",
        "title": "China curbs gallium exports",
        "text": "China said on Monday it would ban exports of gallium from April 1.",
        "gold": {
            "actions": ["export_control"],
            "events": [
                {"action": "export_control", "actors": ["CHN"], "partners": [], "minerals": []}
            ],
        },
    },
    {
        "id": "a-2",
        "published": "2026-03-10",
        "title": "Tariffs on aluminum",
        "text": "The United States imposed tariffs on aluminum from Canada on Tuesday. "
        "Analysts said sanctions on Russia were a rumour.",
        "gold": {
            "actions": ["trade_measure"],
            "events": [
                {"action": "trade_measure", "actors": ["USA"], "partners": [], "minerals": []}
            ],
        },
    },
]


@pytest.fixture()
def labelled(tmp_path: Path) -> Path:
    path = tmp_path / "mini.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    return path


def test_trainer_learns_its_samples_and_is_deterministic(
    extractor: Extractor, labelled: Path, tmp_path: Path
) -> None:
    docs = collect(labelled, extractor)
    # the events the rules decided (beside them, candidates from the cues they dropped)
    assert [e["action"] for e in docs[1][1] if e.get("_candidate") is None] == [
        "trade_measure",
        "sanction",
    ]
    # repeated, the samples make the model drop the sanction and keep the rest
    spec = fit(docs * 20, l2=1.0, min_count=1, prune=0.0)
    model = ActionModel(spec)
    rules, learned = score(docs, None), score(docs, model)
    assert (rules["afp"], learned["afp"]) == (1, 0)
    assert (rules["atp"], learned["atp"]) == (2, 2)
    outs = [tmp_path / "one" / "model.json", tmp_path / "two" / "model.json"]
    for out in outs:
        out.parent.mkdir()
        assert main(["--out", str(out), str(labelled)]) == 0
    assert outs[0].read_text(encoding="utf-8") == outs[1].read_text(encoding="utf-8")
    # the candidate scorer is written beside the model, named in it, byte for byte too
    sides = [out.with_name("model_candidates.json") for out in outs]
    assert sides[0].read_text(encoding="utf-8") == sides[1].read_text(encoding="utf-8")
    spec = json.loads(outs[0].read_text(encoding="utf-8"))
    assert spec["trained_on"] == ["mini"]
    assert spec["candidate_file"] == "model_candidates.json"
    assert load_model(outs[0]) is not None


def test_switch_turns_the_model_off(tmp_path: Path, switch: None) -> None:
    text = "The United States imposed tariffs on aluminum from Canada on Tuesday."
    # a model that calls every trade measure a stockpile
    path = tmp_path / "stockpiling.json"
    path.write_text(json.dumps(spec_with({"r=trade_measure": {"stockpile": 9.0}})), "utf-8")
    action_model.MODEL_PATH = path
    extractor = Extractor()
    action_model.USE_MODEL = False
    assert extractor.extract({"id": "x", "text": text})["actions"] == ["trade_measure"]
    action_model.USE_MODEL = True
    assert extractor.extract({"id": "x", "text": text})["actions"] == ["stockpile"]
    # as shipped, actions.yaml turns it on
    action_model.USE_MODEL = None
    assert action_model.active() is load_model(path)


def test_shipped_model_never_saw_the_clean_tests() -> None:
    spec = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert spec["classes"] == list(CLASSES)
    trained = " ".join(spec["trained_on"])
    assert "checkset" in trained  # check sets 1-8 are training text ...
    # ... the clean tests are not
    for clean in ("checkset9", "checkset10", "checkset11", "checkset12"):
        assert clean not in spec["trained_on"]
    assert load_model(MODEL_FILE) is not None


def test_fast_scores_equal_the_features_on_the_development_set(extractor: Extractor) -> None:
    """The look-up path the extractor runs gives the reference features' scores exactly, for
    every event of the shared development set (skipped where ../shared is absent)."""
    dev = Path(__file__).parents[3] / "shared" / "corpus" / "dev.jsonl"
    if not dev.exists():
        pytest.skip("../shared/corpus/dev.jsonl is absent (it sits beside the repository)")
    model = load_model(MODEL_FILE)
    assert model is not None
    checked = 0
    for _gold, events, title in collect(dev, extractor):
        doc_actions = Counter(e["action"] for e in events)
        title_words = words(title)
        for e in events:
            reference = model.scores(features(e, title_words, doc_actions))
            assert model.fast_scores(e, title_words, doc_actions).tolist() == pytest.approx(
                reference.tolist(), abs=1e-9
            )
            checked += 1
    assert checked > 100


_TITLE_SPEC = spec_with(
    {
        "bias": {NONE: 0.5},
        "t=curbs": {"export_control": 2.0},
        "t=lithium": {"investment": 1.0},
        "w=quota": {"export_control": 1.0},
        "r=export_control|w=quota": {"export_control": 0.25},
    }
)


@pytest.mark.parametrize(
    ("title", "rows"),
    [
        ("New curbs on lithium", ["t=curbs", "t=lithium"]),
        ("Curbs announced", ["t=curbs"]),
        ("Nothing the model knows", []),
        (None, []),
    ],
)
def test_title_rows_are_read_once_a_document(title: str | None, rows: list[str]) -> None:
    """`review` looks the title's rows up once for all events of a document; scoring with them
    gives what `fast_scores` gives from the title's words."""
    model = ActionModel(_TITLE_SPEC)
    found = model.rows_of_title(words(title))
    assert sorted(found) == sorted(model.index[name] for name in rows)
    e = event("export_control", "China set a quota on exports.")
    doc_actions = Counter({"export_control": 1})
    assert model._row_scores(e, found, doc_actions).tolist() == pytest.approx(
        model.fast_scores(e, words(title), doc_actions).tolist()
    )


@pytest.mark.parametrize(
    ("scores", "rule", "expected"),
    [
        # the model's best beats the rule by more than the margin
        ({"export_control": 2.0, "investment": 0.5}, "investment", "export_control"),
        # within the margin (0.25): the rule stays
        ({"export_control": 0.7, "investment": 0.5}, "investment", "investment"),
        # a tie after rounding to six places: the first best class, as argmax reads it
        ({"export_control": 1.0, "agreement": 1.0000001}, "investment", "agreement"),
        # a rule outside the classes is kept whatever the scores
        ({"export_control": 9.0}, "not_an_action", "not_an_action"),
    ],
)
def test_choose_reads_rounded_scores(scores: dict[str, float], rule: str, expected: str) -> None:
    model = ActionModel(spec_with({}, margin=0.25))
    vector = [scores.get(c, 0.0) for c in CLASSES]
    assert model.choose(rule, vector) == expected
    assert model.choose(rule, np.array(vector)) == expected


_BATCH_SPEC = spec_with(
    {
        "bias": {"none": 0.1},
        "w=curbs": {"export_control": 0.7, "investment": -0.2},
        "w=loan": {"investment": 0.9},
        "w=quota": {"export_control": 0.3},
        "r=investment|w=loan": {"investment": 1e-7},
        "t=lithium": {"export_control": 0.05},
    }
)


@pytest.mark.parametrize(
    ("events", "title"),
    [
        # one event, words and title rows
        ([event("export_control", "Officials announced new curbs and a quota.")], "Lithium"),
        # several events of one document, each summed apart
        (
            [
                event("export_control", "Officials announced new curbs."),
                event("investment", "The bank gave a loan."),
                event("export_control", "A quota came later."),
            ],
            "Lithium curbs",
        ),
        # an event whose features the model does not know, between and after others
        (
            [
                event("investment", "A loan was signed."),
                event("not_an_action", "Nothing here."),
                event("investment", "Another loan."),
            ],
            None,
        ),
    ],
)
def test_a_documents_scores_are_summed_in_one_go(events: list[dict], title: str | None) -> None:
    """`review` sums the rows of all events of a document at once (`_rounded_scores`): the
    same bits as each event's own `_row_scores`, rounded as `choose` rounds them, also for an
    event with no known feature (its scores are zeros, not its neighbour's row)."""
    model = ActionModel(_BATCH_SPEC)
    title_rows = model.rows_of_title(words(title))
    doc_actions = Counter(e["action"] for e in events)
    one_by_one = [
        np.round(model._row_scores(e, title_rows, doc_actions), 6).tolist() for e in events
    ]
    assert model._rounded_scores(events, title_rows, doc_actions) == one_by_one


@pytest.mark.parametrize(
    ("spec", "evidence"),
    [
        # no feature known: every event's scores are zeros
        (spec_with({}), ["A loan.", "Curbs."]),
        # only the bias: every event has the same single row
        (spec_with({"bias": {"investment": 0.5}}), ["A loan.", "Curbs."]),
        # events without a known word between and after events with one
        (spec_with({"w=loan": {"investment": 0.5}}), ["A loan.", "Curbs.", "A loan.", "Curbs."]),
        # the first event without one
        (spec_with({"w=loan": {"investment": 0.5}}), ["Curbs.", "A loan.", "A loan."]),
    ],
)
def test_scores_in_one_go_with_events_without_rows(spec: dict, evidence: list[str]) -> None:
    model = ActionModel(spec)
    events = [event("investment", text) for text in evidence]
    doc_actions = Counter(e["action"] for e in events)
    expected = [np.round(model._row_scores(e, [], doc_actions), 6).tolist() for e in events]
    assert model._rounded_scores(events, [], doc_actions) == expected
    assert model._rounded_scores([], [], doc_actions) == []


_WORDS_SPEC = spec_with(
    {
        "w=curbs": {"export_control": 0.7},
        "w=loan": {"investment": 0.9},
        "r=export_control|w=curbs": {"export_control": 0.2},
        "r=export_control|w=tight": {"export_control": 0.1},
        "r=investment|w=loan": {"investment": 0.3},
        "r=investment|w=curbs": {"investment": -0.4},
    }
)


@pytest.mark.parametrize(
    ("action", "evidence"),
    [
        # words with their own row and a cross with the action
        ("export_control", "Tight curbs on exports."),
        # a word crossed with another action only, one crossed with this one only
        ("investment", "A loan despite tight curbs."),
        # an action no word is crossed with
        ("agreement", "Curbs and a loan."),
        # no known word at all
        ("export_control", "Nothing known here."),
        ("export_control", ""),
    ],
)
def test_a_words_rows_come_from_one_look_up(action: str, evidence: str) -> None:
    """`_rows` reads a word's own row and its cross with the event's action from one table
    entry: the rows the two word tables give, own rows first, then crosses, in word order."""
    model = ActionModel(_WORDS_SPEC)
    e = event(action, evidence)
    doc_actions = Counter({action: 1})
    text_words = words(evidence)
    cross = model.cross_rows.get(action, {})
    shape = action_model.shape_features(e, doc_actions)
    expected = [model.index[f] for f in shape if f in model.index]
    expected += [model.word_rows[w] for w in text_words if w in model.word_rows]
    expected += [cross[w] for w in text_words if w in cross]
    assert model._rows(e, [], doc_actions) == expected
    # the one entry of each word: its own row (or -1), then its crosses by action
    for word in text_words & model._word_table.keys():
        entry = model._word_table[word]
        assert entry[0] == model.word_rows.get(word, -1)
        for name, column in model._cross_column.items():
            assert entry[column] == model.cross_rows[name].get(word, -1)


def test_a_sentences_rows_are_kept_for_its_other_events() -> None:
    """`_word_rows` keeps a sentence's rows by its cross column: an event of another action of
    the same sentence reads its own crosses, and one read again the same rows."""
    model = ActionModel(_WORDS_SPEC)
    evidence = "A loan despite tight curbs."
    doc_actions = Counter({"export_control": 1, "investment": 1})
    first = model._rows(event("export_control", evidence), [], doc_actions)
    second = model._rows(event("investment", evidence), [], doc_actions)
    assert first != second
    assert model._rows(event("export_control", evidence), [], doc_actions) == first
    assert model._rows(event("investment", evidence), [], doc_actions) == second
    assert len(model._sentence_rows) == 2


def test_the_kept_sentence_rows_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(action_model, "_SENTENCES_KEPT", 3)
    model = ActionModel(_WORDS_SPEC)
    for n in range(10):
        model._rows(event("export_control", f"Tight curbs number {n}."), [], Counter())
        assert len(model._sentence_rows) <= 3
