"""Action types: the cue families of nlp/data/actions.yaml on sentences written here, read by
the full extractor, and the background mentions that must not become events."""

import json
from pathlib import Path

import pytest

from nlp.extract import Extractor


def actions_of(extractor: Extractor, text: str) -> set[str]:
    pred = extractor.extract({"id": "t", "text": text, "published": "2025-06-04"})
    return {event["action"] for event in pred["events"]}


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # bloc_formation: accession and sign-up phrasings
        ("Norway signed up to the Minerals Security Partnership on Monday.", "bloc_formation"),
        ("Kenya acceded to the minerals alliance led by Japan this week.", "bloc_formation"),
        (
            "Chile and Peru signed on to the Minerals Security Partnership last week.",
            "bloc_formation",
        ),
        ("Two Gulf states sign on to the lithium buyers' alliance.", "bloc_formation"),
        # agreement: frameworks between governments
        (
            "Canada and Germany concluded an intergovernmental agreement on lithium supply.",
            "agreement",
        ),
        (
            "Australia and India launched a critical minerals framework covering cobalt.",
            "agreement",
        ),
        # negotiation: consultations and rounds of talks
        (
            "Japan held consultations with Chile on copper supply chains on Tuesday.",
            "negotiation",
        ),
        (
            "Negotiators from the United States and Indonesia met in Jakarta to discuss nickel.",
            "negotiation",
        ),
        # trade_measure: import taxes and duties of every kind
        ("India raised its import tax on Chinese graphite electrodes to 20%.", "trade_measure"),
        ("Brussels opened an anti-subsidy case against Chinese lithium cells.", "trade_measure"),
        ("Mexico imposed punitive duties on Chinese aluminium sheet.", "trade_measure"),
        # price_mechanism
        (
            "The Australian government offered a price backstop for rare earth oxides.",
            "price_mechanism",
        ),
        # investment: loans, guarantees and equity
        (
            "The Export-Import Bank approved a loan guarantee for a cobalt refiner in Ohio.",
            "investment",
        ),
        ("Japan's JOGMEC took an equity investment in a Canadian nickel miner.", "investment"),
        ("Germany's KfW provided financing for a lithium refinery in Brandenburg.", "investment"),
        ("Saudi Arabia's Manara took a stake in a Brazilian nickel miner.", "investment"),
        # project: one named plant built
        ("Rio Tinto will build a lithium refinery in Quebec.", "project"),
        # standards: certification and conflict-mineral rules
        ("The EU adopted conflict minerals rules for tin and tungsten smelters.", "standards"),
        # offtake: sales and purchase contracts
        ("Korea Zinc agreed to sell germanium to a U.S. defence contractor.", "offtake"),
        ("Tesla signed a purchase contract for lithium hydroxide from Chile.", "offtake"),
        # permitting: rights, concessions and permits for mines
        ("Indonesia granted a mining concession for a nickel deposit in Sulawesi.", "permitting"),
        (
            "Brazil issued an environmental permit for the lithium project in Minas Gerais.",
            "permitting",
        ),
        # project: output starting, cut or halted
        ("The Tanzanian graphite mine reached commercial production in May.", "project"),
        ("The nickel smelter in New Caledonia halted production after the protests.", "project"),
        # sanction: outbound investment rules and restricted lists
        (
            "Washington finalised outbound investment rules covering Chinese rare earth firms.",
            "sanction",
        ),
        # strategy: laws and plans
        ("Chile's congress passed a new mining law covering lithium royalties.", "strategy"),
        ("Beijing published its five-year plan for rare earth smelting.", "strategy"),
        # standards: custody and transparency
        ("The EU and Canada agreed on chain of custody rules for cobalt.", "standards"),
    ],
)
def test_action_families(extractor, text, action):
    assert action in actions_of(extractor, text)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a mineral's place on a list is background, not a new list
        ("Gallium features on the European Union's list of critical raw materials.", "strategy"),
        # raising output is not a plant project
        ("Canada wants to increase its own production of nickel and cobalt.", "project"),
        # figurative or generic building is not a plant project
        ("Canada wants to build supply chains and processing plants for nickel.", "project"),
        # duty-free access is not a duty
        ("Chile has duty-free access to the Japanese market for copper cathodes.", "trade_measure"),
    ],
)
def test_background_mentions_are_not_those_actions(extractor, text, action):
    assert action not in actions_of(extractor, text)


# -- sentence_actions on hand-made cue matches ----------------------------------------------

from nlp.actions import ActionCue, sentence_actions  # noqa: E402
from nlp.cues import CueKey, Hit  # noqa: E402

COMBOS = {
    "investment": [
        {"window": 3, "context_labels": ["MONEY"]},
        {"window": 2, "context_labels": ["MONEY"], "side": "before", "effect": "exclude"},
    ],
    "export_control": [
        {"window": 2, "before_only": True},
        # a trigger beside its word context and a mineral named near it
        {"window": 2, "also_labels": ["MINERAL"], "also_window": 4},
    ],
    "negotiation": [{"window": 3, "side": "after"}],
    # a second WORD context: "ban~" with "exports" and, within 3 words after, "ore" or a MINERAL
    "trade_measure": [
        {
            "window": 2,
            "also_context": ["ore"],
            "also_labels": ["MINERAL"],
            "also_window": 3,
            "also_side": "after",
        },
        # an exclusion combo whose actor test is a word: "the firm's" memorandum
        {"window": 3, "side": "after", "also_context": ["firm's"], "effect": "exclude"},
    ],
    # a country and a mineral, the mineral after the trigger
    "agreement": [
        {
            "window": 3,
            "context_labels": ["COUNTRY"],
            "also_labels": ["MINERAL"],
            "also_side": "after",
        }
    ],
    # a market's step: "funds stockpiled", unless a government stands near ("Beijing's funds")
    "stockpile": [
        {
            "window": 3,
            "side": "before",
            "unless_labels": ["COUNTRY", "BLOC"],
            "unless_window": 3,
            "effect": "exclude",
        }
    ],
    # a memorandum a firm signed: the exclusion needs a company near its trigger
    "offtake": [
        {
            "window": 3,
            "side": "after",
            "also_labels": ["COMPANY"],
            "also_side": "before",
            "effect": "exclude",
        }
    ],
}


def combos_of(action: str) -> list[dict]:
    return COMBOS.get(action, [])


def hit(label: str, kind: str, start: int, end: int, combo: int = -1, family="action") -> Hit:
    return Hit(CueKey(family, label, kind, combo), start, end)


def test_a_longer_cue_of_another_action_wins_and_weak_cues_count_only_alone():
    hits = [
        hit("agreement", "phrase", 2, 3),
        hit("offtake", "phrase", 1, 4),
        hit("project", "weak", 8, 9),
        hit("in_force", "status", 0, 1, family="status"),
    ]
    assert sentence_actions(hits, combos_of) == [ActionCue("offtake", 1, 4, "phrase", 3.5)]
    assert sentence_actions([hits[2]], combos_of) == [ActionCue("project", 8, 9, "weak", 1.0)]


def test_an_excluded_span_hides_only_its_own_action():
    hits = [
        hit("strategy", "exclude", 3, 6),
        hit("strategy", "phrase", 4, 5),
        hit("agreement", "phrase", 4, 5),
    ]
    assert [c.action for c in sentence_actions(hits, combos_of)] == ["agreement"]


def test_combos_take_the_nearest_context_within_the_window():
    trig = hit("investment", "trigger", 5, 6, combo=0)
    # MONEY entities at 0 (too far), 8 (gap 2) and 9 (gap 3): the nearest wins
    cues = sentence_actions([trig], combos_of, {"MONEY": [0, 8, 9]})
    assert cues == [ActionCue("investment", 5, 9, "combo", 2.0, 5, 6)]
    assert sentence_actions([trig], combos_of, {"MONEY": [0, 10]}) == []
    assert sentence_actions([trig], combos_of, {"BLOC": [6]}) == []


def test_an_amount_an_exclusion_combo_reaches_counts_for_no_combo():
    trig = hit("investment", "trigger", 5, 6, combo=0)
    # "paid $80,000 a tonne": the guard word after the amount makes it a price
    guard = hit("investment", "trigger", 10, 12, combo=1, family="guard")
    assert sentence_actions([trig, guard], combos_of, {"MONEY": [8]}) == []
    # a guard word before the amount, or too far after it, leaves the amount committed
    for start in (3, 13):
        far = hit("investment", "trigger", start, start + 1, combo=1, family="guard")
        assert sentence_actions([trig, far], combos_of, {"MONEY": [8]}) == [
            ActionCue("investment", 5, 9, "combo", 2.0, 5, 6)
        ]


def test_a_before_only_combo_ignores_context_after_its_trigger():
    trig = hit("export_control", "trigger", 4, 5, combo=0)
    after = hit("export_control", "context", 5, 6, combo=0)
    before = hit("export_control", "context", 2, 3, combo=0)
    assert sentence_actions([trig, after], combos_of) == []
    assert sentence_actions([trig, after, before], combos_of) == [
        ActionCue("export_control", 2, 5, "combo", 2.0, 4, 5)
    ]


def test_an_after_side_combo_ignores_context_before_its_trigger():
    trig = hit("negotiation", "trigger", 4, 5, combo=0)
    before = hit("negotiation", "context", 2, 3, combo=0)
    after = hit("negotiation", "context", 6, 7, combo=0)
    assert sentence_actions([trig, before], combos_of) == []
    assert sentence_actions([trig, before, after], combos_of) == [
        ActionCue("negotiation", 4, 7, "combo", 2.0, 4, 5)
    ]


@pytest.mark.parametrize(
    ("minerals", "found"),
    [
        ([], False),  # the word context alone no longer does
        ([10], True),  # a mineral 4 words after the trigger
        ([11], False),  # 5 words after: beyond `also_window`
        ([0], True),  # 4 words before it
        ([5], True),  # a mineral that is a word of the trigger
    ],
)
def test_a_combo_with_also_labels_needs_both_contexts(minerals, found):
    trig = hit("export_control", "trigger", 5, 6, combo=1)
    ctx = hit("export_control", "context", 6, 7, combo=1)
    cues = sentence_actions([trig, ctx], combos_of, {"MINERAL": minerals})
    assert cues == ([ActionCue("export_control", 5, 7, "combo", 2.0, 5, 6)] if found else [])
    # without its word context a mineral does not do either
    assert sentence_actions([trig], combos_of, {"MINERAL": minerals}) == []


@pytest.mark.parametrize(
    ("labels", "found"),
    [
        ({"COUNTRY": [2]}, False),  # a country alone
        ({"MINERAL": [6]}, False),  # a mineral alone
        ({"COUNTRY": [2], "MINERAL": [6]}, True),  # both
        ({"COUNTRY": [2], "MINERAL": [1]}, False),  # the mineral on the wrong side
        ({"COUNTRY": [2], "MINERAL": [6], "BLOC": [7]}, True),
    ],
)
def test_a_combo_of_two_labels_needs_both(labels, found):
    trig = hit("agreement", "trigger", 4, 5, combo=0)
    cues = sentence_actions([trig], combos_of, labels)
    assert cues == ([ActionCue("agreement", 2, 5, "combo", 2.0, 4, 5)] if found else [])


@pytest.mark.parametrize(
    ("labels", "kept"),
    [
        (None, False),  # no entities: the market's words alone exclude
        ({}, False),
        ({"COUNTRY": [1]}, True),  # a government 3 words before the trigger acts
        ({"BLOC": [8]}, True),  # ... or 2 words after it
        ({"COUNTRY": [0]}, False),  # 4 words before: beyond `unless_window`
        ({"MINERAL": [1]}, False),  # no kind of `unless_labels`
    ],
)
def test_an_exclusion_combo_with_unless_labels_spares_a_government(labels, kept):
    # "funds (3) ... stockpiled (5)": the phrase is the guard's trigger too
    hits = [
        hit("stockpile", "phrase", 5, 6),
        hit("stockpile", "trigger", 5, 6, combo=0, family="guard"),
        hit("stockpile", "context", 3, 4, combo=0),
    ]
    cues = sentence_actions(hits, combos_of, labels)
    assert cues == ([ActionCue("stockpile", 5, 6, "phrase", 1.5)] if kept else [])


@pytest.mark.parametrize(
    ("labels", "kept"),
    [
        (None, True),  # no company: the exclusion does not hold
        ({"COUNTRY": [2]}, True),
        ({"COMPANY": [2]}, False),  # a firm before the trigger signed
        ({"COMPANY": [9]}, True),  # a firm after it is the partner: `also_side: before`
    ],
)
def test_an_exclusion_combo_with_also_labels_needs_its_actor(labels, kept):
    hits = [
        hit("offtake", "phrase", 6, 8),
        hit("offtake", "trigger", 4, 5, combo=0, family="guard"),
        hit("offtake", "context", 6, 7, combo=0),
    ]
    cues = sentence_actions(hits, combos_of, labels)
    assert cues == ([ActionCue("offtake", 6, 8, "phrase", 2.5)] if kept else [])


def second(label: str, start: int, end: int, combo: int) -> Hit:
    return Hit(CueKey("second", label, "also", combo), start, end)


@pytest.mark.parametrize(
    ("seconds", "labels", "found"),
    [
        ([], None, False),  # trigger and first context, no second context
        ([(8, 9)], None, True),  # the second word 2 words after the trigger
        ([(10, 11)], None, False),  # ... 4 words after: beyond `also_window`
        ([(3, 4)], None, False),  # ... before the trigger: `also_side: after`
        ([(9, 11)], None, True),  # a two-word hit whose first word is within reach
        ([], {"MINERAL": [9]}, True),  # an entity of `also_labels` suffices as well
        ([(8, 9)], {"MINERAL": [2]}, True),
    ],
)
def test_a_combo_with_also_context_needs_a_second_word(seconds, labels, found):
    trig = hit("trade_measure", "trigger", 5, 6, combo=0)
    ctx = hit("trade_measure", "context", 6, 7, combo=0)
    hits = [trig, ctx] + [second("trade_measure", s, e, 0) for s, e in seconds]
    cues = sentence_actions(hits, combos_of, labels)
    assert cues == ([ActionCue("trade_measure", 5, 7, "combo", 2.0, 5, 6)] if found else [])


@pytest.mark.parametrize(
    ("seconds", "kept"),
    [
        ([], True),  # no actor word: the exclusion does not hold, the phrase stands
        ([(3, 4)], False),  # "the firm's memorandum": the exclusion holds
        ([(7, 8)], False),  # within its window after the trigger too (either side)
        ([(14, 15)], True),  # too far
    ],
)
def test_an_exclusion_combo_with_also_context_needs_its_actor_word(seconds, kept):
    hits = [
        hit("trade_measure", "phrase", 6, 8),
        hit("trade_measure", "trigger", 4, 5, combo=1, family="guard"),
        hit("trade_measure", "context", 6, 7, combo=1, family="guard"),
    ] + [second("trade_measure", s, e, 1) for s, e in seconds]
    cues = sentence_actions(hits, combos_of)
    assert cues == ([ActionCue("trade_measure", 6, 8, "phrase", 2.5)] if kept else [])


def test_a_followup_needs_its_action_stated_before_or_here():
    follow = hit("export_control", "followup", 6, 7)
    assert sentence_actions([follow], combos_of) == []
    assert sentence_actions([follow], combos_of, established={"export_control"}) == [
        ActionCue("export_control", 6, 7, "followup", 1.0)
    ]
    stated = hit("export_control", "phrase", 1, 3)
    assert [c.kind for c in sentence_actions([follow, stated], combos_of)] == [
        "phrase",
        "followup",
    ]


# -- the same decisions from the shared matcher's matches ------------------------------------

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev.jsonl"
MATCH_TEXTS = [
    "China said it would restrict exports of gallium and germanium from August 1.",
    "The government approved a $45 million loan to the lithium project, and the EU signed a "
    "strategic partnership on raw materials with Chile.",
    "Industry groups urged Ottawa to impose tariffs; analysts said the move could lead to "
    "export bans, which tend to backfire.",
    # exclusion combos: officials joining a bloc's meeting, an industry alliance launched
    "Officials from India joined the G7 ministers for the talks.",
    "The firm launched a European Raw Materials Alliance of industry, investors and states.",
]


def test_matched_actions_decide_as_sentence_actions_do_on_the_hits(extractor):
    """`matched_actions` reads a sentence's (group, start, end) matches through the routes of
    each group's keys; it must find the cues `sentence_actions` finds on the Hits of the same
    matches, for every sentence, with and without labelled entities and established actions."""
    from nlp.actions import group_routes, matched_actions
    from nlp.sentences import sentence_bounds

    nlp = extractor.nlp
    cues = nlp.get_pipe("oreline_events_v1").cues
    grouped = cues.grouped()
    routes = group_routes(grouped)
    combos = {a: s.get("combos") or [] for a, s in cues.actions_spec["actions"].items()}
    texts = list(MATCH_TEXTS)
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")][:12]
    found = 0
    for text in texts:
        doc = nlp(text)
        matches = cues.phrases.matches(doc)
        for sent in sentence_bounds(doc):
            mine = [m for m in matches if sent.start <= m[1] < sent.end]
            hits = [Hit(k, s, e) for g, s, e in mine for k in grouped.get(g, ())]
            for labels, established in (
                (None, frozenset()),
                # every word a bloc: the combos that take a bloc as context all see one
                (
                    {"BLOC": list(range(sent.start, sent.end)), "MONEY": [sent.end - 1]},
                    frozenset({"export_control"}),
                ),
            ):
                want = sentence_actions(hits, combos.__getitem__, labels, established)
                got = matched_actions(mine, routes, combos.__getitem__, labels, established)
                assert got == want, text
                found += len(want)
    assert found > 20  # the texts hold cues: the comparison is not between empty lists


# -- which sentences the events component reads for cues (`_Groups.may_state`) ----------------


@pytest.mark.parametrize(
    ("groups", "read"),
    [
        (
            [1],
            True,
        ),  # a trigger of a combo whose context is an entity alone ("deal with" a COUNTRY)
        ([2], False),  # a trigger of a worded combo with no context word
        ([2, 3], True),  # ... beside its context word
        ([3], False),  # a context word alone is no cue
        ([4], False),  # a second word context alone is no cue either
    ],
)
def test_a_label_only_combo_is_read_with_no_context_word(groups, read):
    from nlp.events import _STRONG, _Groups

    grouped = {
        1: (CueKey("action", "agreement", "trigger", 0),),
        2: (CueKey("action", "negotiation", "trigger", 0),),
        3: (CueKey("action", "negotiation", "context", 0),),
        4: (CueKey("second", "negotiation", "also", 0),),
    }
    reader = _Groups(grouped, set())
    mark = 0
    for group in groups:
        mark |= reader.marks[group]
    matches = [(group, i, i + 1) for i, group in enumerate(groups)]
    assert bool(mark & _STRONG and reader.may_state(mark, matches, [])) == read
