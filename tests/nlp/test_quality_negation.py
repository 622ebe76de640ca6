"""Negation and hedges: a measure someone has no plans for, denies or refuses is no event; an
unlikely one is proposed. Also guards the knowledge files against YAML 1.1 booleans ("no",
"on", "off" unquoted read as True/False and silently drop a word)."""

import os

import pytest
from predict import action_statuses

from nlp.lexicon import load_data

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "nlp", "data")


@pytest.mark.parametrize(
    "text",
    [
        "Japan has no plans to impose export controls on rare earths, the minister said.",
        "China denied it was planning to restrict exports of gallium.",
        "Chile refused to impose export taxes on lithium.",
        "The EU will not impose anti-dumping duties on Chinese lithium, officials said.",
    ],
)
def test_a_negated_or_denied_measure_is_no_event(extractor, text):
    assert action_statuses(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Canada is unlikely to impose tariffs on Chinese graphite this year.", "trade_measure"),
        ("Indonesia is likely to ban bauxite exports next year.", "export_control"),
    ],
)
def test_a_likely_or_unlikely_measure_is_proposed(extractor, text, action):
    assert (action, "proposed") in action_statuses(extractor, text)


def _booleans(value, path=""):
    if isinstance(value, bool):
        yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _booleans(item, f"{path}/{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _booleans(item, f"{path}[{i}]")


# the flags that are meant to be booleans
FLAGS = ("person_name", "needs_context", "medical", "cased")


@pytest.mark.parametrize("name", sorted(f for f in os.listdir(DATA) if f.endswith(".yaml")))
def test_word_lists_hold_no_yaml_booleans(name):
    stray = [p for p in _booleans(load_data(name)) if not p.rsplit("/", 1)[-1].startswith(FLAGS)]
    assert stray == []


@pytest.mark.parametrize(
    "text",
    [
        "Zinc smelters warned that it would force plants to close in Ontario.",
        "Industry groups cautioned that any agreement on cobalt would need years to matter.",
        "Miners feared the rules could halt construction of the lithium plant in Nevada.",
    ],
)
def test_the_outcome_someone_warns_of_is_no_event(extractor, text):
    assert action_statuses(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a cue before the warning's modal is the step warned about, still an event
        (
            "Importers warned that tariffs on graphite from China would raise battery costs.",
            "trade_measure",
        ),
        # a government warning it would act threatens a step of its own
        (
            "China warned it could restrict exports of rare earths to Japan.",
            "export_control",
        ),
    ],
)
def test_a_warning_keeps_a_measure_named_before_it_or_a_government_threat(extractor, text, action):
    assert action in [a for a, _ in action_statuses(extractor, text)]
