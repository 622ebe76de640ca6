"""An event's status (proposed / agreed / in_force / revoked) from the modality around its cue."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple

from spacy.strings import hash_string

from nlp.cues import STATUS_FILE, CueKey, Hit
from nlp.lexicon import load_data
from nlp.status_model import GROUPS, MODEL_FILE, StatusModel, features, load_model

LOGGER = logging.getLogger(__name__)

STATUSES = ("proposed", "agreed", "in_force", "revoked")
# How far (tokens) a status cue may sit from the action cue and still govern it.
WINDOW_BEFORE = 16
WINDOW_AFTER = 10
# "A 10% duty on imports of steel bars, wire, sheet and castings from five countries came into
# force on Monday": the predicate that puts a measure in force may follow a long subject
WINDOW_AFTER_IN_FORCE = 20
# A named law ("the Inflation Reduction Act") takes only a cue right before it ("passed the"),
# or its own predicate right after it ("the Batteries Regulation enters into force today", "the
# Act, which took effect in 2023"): a verb further on is another clause's.
LAW_WINDOW_BEFORE = 3
LAW_WINDOW_AFTER = 2
LAW_PREDICATES = frozenset(
    {"in_force", "revoked", "relative_in_force", "scheduled", "relative_proposed"}
)
# The label of "which would" after a measure: a named law that "would" do something is a bill
# ("the Critical Raw Materials Act, which would set targets"); after other measures it most
# often tells their effect ("a fund ... which would cover demand") and says nothing.
RELATIVE_PROPOSED = "relative_proposed"
# The distance given to a status word inside the action cue ("banned exports"); just over 3
# so that, on a tie, a separate status word ("the export ban ... took effect") wins.
OVERLAP_GAP = 3.01
# The status.yaml label of words that open a subordinate clause: they bound a status cue's reach.
BOUNDARY = "boundary"
# The label of nouns that name a decision ("its decision in April to ..."): agreed, but not a
# governing verb, so an old measure they name still ages into force.
NOMINAL = "agreed_nominal"
# Actions that are standing measures a revoking verb can act on ("halted its export ban"); a
# bloc one quits or a deal one walks out of is that act itself.
MEASURES = frozenset({"export_control", "trade_measure", "sanction", "permitting", "standards"})
# The label of adjectives that put the noun they qualify in force ("the existing ban"); they
# count as in_force only right before (or inside) the action cue.
ATTRIBUTIVE = "attributive"
ATTRIBUTIVE_REACH = 2
# The label of "plan" as a noun ("a plan to stockpile cobalt"): what it holds is proposed, but
# a plan that is the event's own cue ("unveiled a plan to ...") is no modality of it.
PLAN_NOUN = "plan_noun"
# The label of "which took effect" after a measure: that measure's own predicate.
RELATIVE_IN_FORCE = "relative_in_force"
# The label of cues that decide what is still to come ("will", "due to apply from"): agreed,
# and never aged into force by an old date (a month with no year may resolve to last year's).
SCHEDULED = "scheduled"
# The label of verbs of a restriction itself ("banned", "imposed", "tightened"): agreed as the
# news of the day, in force as the background of an old measure; a verb of deciding or
# announcing ("announced", "adopted", "signed") stays agreed however old the act.
MEASURE = "measure"
# How far (tokens) after the action cue a verb of deciding names the measure as a participle
# ("the Critical Minerals Strategy unveiled in 2022", "the strategy, launched in 2022"), rather
# than telling the act with a subject of its own ("the plan that Brussels adopted last year").
PARTICIPLE_REACH = 1
# The label of "under a", "under the" before a measure, and how far (tokens) before the cue it
# may end ("under a joint action plan", "under the critical raw materials action plan").
FRAME = "frame_under"
FRAME_REACH = 4


@functools.cache
def _by_action() -> dict[str, dict[str, str]]:
    """status.yaml `by_action`: labels whose status depends on the event's type (a start is
    the holding of talks but a contract applied from then on), as {label: {action or "*":
    status}}."""
    table = load_data(STATUS_FILE).get("by_action") or {}
    return {label: {str(k): str(v) for k, v in spec.items()} for label, spec in table.items()}


@functools.cache
def _defaults() -> dict[str, str]:
    """status.yaml `default_by_action`: the status of an event of a type when no status cue
    governs it (agreed for every type not listed)."""
    return {
        str(k): str(v) for k, v in (load_data(STATUS_FILE).get("default_by_action") or {}).items()
    }


# status.yaml lists of actions, read through `_NAMES` (speed39: each was a cached function):
# `decided_still_to_come`, actions (a mine, a plant) that a decision about them leaves still to
# come, proposed; `undone_by_own_verb`, actions whose step a revoking verb inside their own cue
# undoes ("halted production at the mine", "suspended the licences of the miners"), where for a
# restriction that verb is the measure itself ("suspended cobalt exports"); `framed_in_force`,
# actions that, named as the frame of a fact ("under a plan agreed in 2020") and dated well
# before publication, stand in force; `never_in_force`, actions whose step is an act, never a
# standing measure (a bloc founded, joined or led is agreed).


@functools.cache
def _word_hashes(key: str) -> frozenset[int]:
    """The lower-case word hashes of the status.yaml list `key`."""
    return frozenset(hash_string(w) for w in load_data(STATUS_FILE).get(key) or ())


def _met_before_stop(
    lowers: Sequence[int],
    positions: Iterable[int],
    words: Container[int],
    stops: Container[int],
    words_first: bool = False,
) -> bool:
    """Whether a word of `words` stands at one of `positions`, walked in order, before any word
    of `stops`: the scan most readings make from a cue or a verb to the end of its clause. A
    word in both sets stops the walk, unless `words_first`."""
    for i in positions:
        if words_first and lowers[i] in words:
            return True
        if lowers[i] in stops:
            return False
        if lowers[i] in words:
            return True
    return False


@functools.cache
def _names(key: str) -> frozenset[str]:
    """The names (action types) of the status.yaml list `key`: `sg_told_as_act` (standing texts
    whose old step told as an act stays that act), `sp4_recent_actions` (restrictions that stand
    when told in the background of the last weeks), `sp5_would_actions` (measures whose "that
    would" tells their content)."""
    return frozenset(load_data(STATUS_FILE).get(key) or ())


@functools.lru_cache(maxsize=4096)
def _age_days(value: str | None, published: date | None, midyear: bool = False) -> int | None:
    """Days between a resolved date (YYYY, YYYY-MM, YYYY-MM-DD) and publication. A bare
    earlier year counts from its end, or from its middle when `midyear` (a standing measure
    "imposed last year" has most likely stood for months)."""
    if not value or published is None:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            # a bare year: this year is recent; an earlier one has ended before publication
            if year >= published.year:
                return 0
            return (published - date(year, 7 if midyear else 12, 1 if midyear else 31)).days
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return (published - date(year, month, min(day, 28))).days
    except (ValueError, IndexError):
        return None


# How many days before publication a dated step is still the news of the day.
NEWS_DAYS = 7


def _before_the_news(value: str | None, published: date | None) -> bool:
    """Whether a resolved date lies before the news of the last days: a day more than
    `NEWS_DAYS` before publication, an earlier month, or the bare current year ("earlier this
    year"), which a report of the day's news would date more closely."""
    if not value or published is None:
        return False
    if "-" not in value:
        return value.isdigit() and int(value) <= published.year
    age = _age_days(value, published)
    if age is None:
        return False
    if value.count("-") == 1:
        return value < f"{published.year:04d}-{published.month:02d}"
    return age > NEWS_DAYS


def _names_measure_after(hits: list[Hit], start: int, cue_end: int) -> bool:
    """Whether an action cue naming a measure ("export ban", "the tariffs") starts at or after
    `start` inside the cue: a revoking verb before it ("halted its export ban", "stopped
    enforcing the ban") acts on that measure rather than being the measure itself."""
    # speed39: a plain loop, the position tested first (few hits stand there)
    for h in hits:
        if start <= h.start < cue_end:
            key = h.key
            if key.family == "action" and key.label in MEASURES and key.kind != "context":
                return True
    return False


# How far (tokens) after a revoking verb the measure it undoes may start ("lifting most of the
# tariffs").
UNDOES_REACH = 3


def _undoes_other_measure(
    hits: list[Hit], verb_end: int, cue_start: int, cue_end: int, action: str | None
) -> bool:
    """Whether an action cue naming a measure of another type than the event's (`action`)
    starts right after a revoking verb that ends at `verb_end`."""
    # speed39: a plain loop, the position tested first (few hits stand there)
    high = verb_end + UNDOES_REACH
    for h in hits:
        if verb_end <= h.start <= high and not (cue_start <= h.start < cue_end):
            key = h.key
            if (
                key.family == "action"
                and key.label in MEASURES
                and key.label != action
                and key.kind in ("phrase", "weak", "followup")
            ):
                return True
    return False


# The status.yaml label of verbs of continuation ("remain", "stay", "continue to"): an in_force
# cue they open says the measure goes on, even after "will" (`_governed_starts`).
CONTINUATION = "sp_continuation"


def _outermost(hits: Iterable[Hit]) -> list[Hit]:
    """Status hits not inside a longer status hit: "set to take effect" (scheduled, agreed)
    hides its "set to" (proposed) and "take effect" (in_force); a label outside the priority
    list ("ordered by", a participle naming who made a measure) only hides what it covers."""
    status = [h for h in hits if h.key.family == "status"]
    if len(status) < 2:
        return status
    # speed39: spans in order, each starting at or after the end of the one before (most
    # sentences' status cues), hide none: told by one pass, before the sort below
    last_end = -1
    for h in status:
        if h.start < last_end or h.end <= h.start:
            break
        last_end = h.end
    else:
        return status
    # a verb of continuation only marks where a cue starts (`_governed_starts`): it hides
    # nothing, and nothing hides it. Helper speed37: a longer span holding (start, end) is one
    # other than it that starts no later and ends no earlier. In order of start, and of end
    # from the last for one start, the spans before a span are those starting before it and
    # those of its start that end after it: it is hidden when one of them reaches its end.
    hidden = set()
    reach = None
    spans = {(h.start, -h.end) for h in status if h.key.label != CONTINUATION}
    # sp40r2: no sort (a builtin's keyword parsing) for one span or none
    for start, neg_end in sorted(spans) if len(spans) > 1 else spans:
        if reach is not None and -neg_end <= reach:
            hidden.add((start, -neg_end))
        else:
            reach = -neg_end
    if not hidden:
        return status
    return [h for h in status if (h.start, h.end) not in hidden or h.key.label == CONTINUATION]


# Labels of cues that look ahead or weigh a step ("will", "could", "plans to"): a verb of
# starting or taking effect right after one ("will start operations", "could take effect",
# "aims to begin production") is what is looked ahead to, not a start that has happened. Only
# right after it: "the proposed guidance takes effect" names a text that is now in force.
_AHEAD = frozenset({SCHEDULED, "proposed", PLAN_NOUN})


def _governed_starts(status: list[Hit]) -> list[Hit]:
    """Status hits without the in_force ones that a cue looking ahead governs, nor a "will"
    whose verb weighs a step ("will consider a ban", "will continue talks"): that verb says
    what is still to come. An in_force cue opened by a verb of continuation ("will remain in
    force", "will continue to apply") says the measure stands and goes on (R4): it stays, and
    hides the "will" before it."""
    # sp39-r2: the ends looked ahead from and whether a continuation verb stands, one loop
    ends = set()
    continued = False
    for h in status:
        label = h.key.label
        if label in _AHEAD:
            ends.add(h.end)
        elif label == CONTINUATION:
            continued = True
    if not ends:
        return status
    if continued:
        # the continuation verb's start, by where an in_force cue it opens may start ("remain
        # banned", "remain in force")
        going_on = {
            at: h.start
            for h in status
            if h.key.label == CONTINUATION and h.start in ends
            for at in (h.start, h.end)
        }
        if going_on:
            kept = {
                going_on[h.start]
                for h in status
                if h.key.label == "in_force" and h.start in going_on
            }
            status = [h for h in status if h.key.label != SCHEDULED or h.end not in kept]
            ends = {h.end for h in status if h.key.label in _AHEAD}
    # the starts of weighing verbs; and a verb of deciding or of the measure in the infinitive
    # of a weighing verb ("threatened to impose tariffs", "intends to sign a deal") is what is
    # weighed, not a step taken (R3): the ends of weighing verbs (sp39-r2: both in one loop)
    weighing = set()
    weighed = set()
    for h in status:
        label = h.key.label
        if label == "proposed":
            weighing.add(h.start)
            weighed.add(h.end)
        elif label == PLAN_NOUN:
            weighed.add(h.end)
    return [
        h
        for h in status
        if (h.start not in ends or h.key.label != "in_force")
        and (h.end not in weighing or h.key.label != SCHEDULED)
        and (h.start not in weighed or h.key.label not in ("agreed", MEASURE))
    ]


def _aspect_before(status: list[Hit]) -> list[Hit]:
    """Status hits where a verb of deciding right after an in-force adverb ("already imposed",
    "currently applies") takes that adverb's status: the step is told as done and standing,
    not as the news of a decision."""
    # sp39-r2: a plain loop, the set built only at such an adverb (most sentences hold none)
    ends = None
    for h in status:
        if h.end - h.start == 1 and h.key.label == "in_force":
            if ends is None:
                ends = {h.end}
            else:
                ends.add(h.end)
    if ends is None:
        return status
    return [
        Hit(_relabelled(h.key, "in_force"), h.start, h.end)
        if h.key.label in ("agreed", MEASURE) and h.start in ends
        else h
        for h in status
    ]


# sp40: a named tuple built by `tuple.__new__`, not by its own `__new__` (a Python call each)
_NEW = tuple.__new__


@functools.lru_cache(maxsize=1024)
def _relabelled(key: CueKey, label: str) -> CueKey:
    """The status cue key under another label, made once per key and label: the same few keys
    ("will", "which took effect") are relabelled for cue after cue, and `dataclasses.replace`
    costs microseconds a call."""
    return replace(key, label=label)


def _by_type(hit: Hit, by_action: dict[str, dict[str, str]], action: str | None) -> Hit:
    """The hit with the status its label gives an event of type `action` (`by_action`)."""
    spec = by_action[hit.key.label]
    label = spec.get(action or "*") or spec["*"]
    return _NEW(Hit, (_relabelled(hit.key, label), hit.start, hit.end))


# The status.yaml label of words after which what is named has happened ("after talks"), and
# how far (tokens) before the action cue they may end ("after two days of talks").
TOLD_AFTER = "told_after"
TOLD_AFTER_REACH = 3


def _default(
    status_hits: list[Hit], cue_start: int, action: str | None, event_date: str | None
) -> str:
    """The status of an event no status cue governs: its type's `default_by_action`, unless
    the event is dated or named after "after" ("after talks at the White House"): a dated
    step or one told as past has happened, agreed."""
    if event_date:
        return "agreed"
    # speed39: a plain loop, not a generator in any() built for every call
    for h in status_hits:
        if (
            h.key.label == TOLD_AFTER
            and h.end <= cue_start
            and cue_start - h.end <= TOLD_AFTER_REACH
        ):
            return "agreed"
    return _defaults().get(action or "", "agreed")


# How far (tokens) before the verb of a restriction the word opening a background clause may end
# ("after Beijing last week banned exports").
BACKGROUND_REACH = 5


def _told_as_background(status_hits: list[Hit], verb_start: int) -> bool:
    """Whether a word that sets the news against an earlier step ("after", "following") opens
    the clause of the verb starting at `verb_start`, with no other boundary between."""
    # sp40r2: plain loops, no builtin max() (keyword parsing) nor generators
    opener = None
    for h in status_hits:
        if (
            h.key.label == TOLD_AFTER
            and h.end <= verb_start
            and verb_start - h.end <= BACKGROUND_REACH
            and (opener is None or h.end > opener)
        ):
            opener = h.end
    if opener is None:
        return False
    for h in status_hits:
        if h.key.label == BOUNDARY and opener < h.start < verb_start:
            return False
    return True


# The status.yaml label of talks still to be opened ("to begin negotiations"), and how far
# (tokens) after a verb of deciding they may start and be the decision to open them ("agreed
# on Thursday to begin negotiations").
TALKS_AHEAD = "talks_ahead"
DECIDED_REACH = 3

# The status.yaml label of a measure's own predicate saying it runs out ("the duties expire"):
# an end of that measure after it, nothing before it ("the expiring truce").
EXPIRE = "cd_expire"
# How far (tokens) before the measure a word opening a time clause may end ("once an interim
# trade truce ... expired").
TIME_OPENER_REACH = 3


def _in_time_clause(lowers: Sequence[int] | None, cue_start: int) -> bool:
    """Whether a word opening a time clause ("once", "when") stands just before the measure:
    its expiry then dates another step ("set to kick in once the truce expired")."""
    return _listed_before(lowers, "cd_time_openers", cue_start, TIME_OPENER_REACH + 1)


def _listed_before(lowers: Sequence[int] | None, key: str, cue_start: int, reach: int) -> bool:
    """Whether a word of the status.yaml list `key` stands within `reach` words before the
    measure."""
    if lowers is None:
        return False
    # speed38: one set test over the words, not a generator testing each
    low = cue_start - reach  # sp40r2: no builtin min/max
    return not _WORDS[key].isdisjoint(lowers[low if low > 0 else 0 : cue_start])


# The status.yaml label of "if": the step after it, however far in its clause, is weighed,
# unless the measure is told as it stands there (`_condition_holds`).
CONDITIONAL = "conditional"
# How far (tokens) before the measure ", which" may open a relative clause of its own.
RELATIVE_REACH = 4
_COMMA = hash_string(",")


# The status.yaml labels of a measure's own participle right after it ("the sanctions imposed
# last year"): it names the measure as it stands.
_NAMING = frozenset({"agreed", MEASURE, "in_force"})


def _condition_holds(
    status_hits: list[Hit], cue_start: int, cue_end: int, lowers: Sequence[int] | None
) -> bool:
    """Whether a condition before the measure holds its step: not when the measure is named by
    its own participle ("if they help Russia get around the sanctions imposed last year": the
    sanctions stand), nor when a relative clause of its own tells it ("if it goes ahead, the
    venture would irk Beijing, which has banned exports")."""
    if any(h.start == cue_end and h.key.label in _NAMING for h in status_hits):
        return False
    if lowers is None:
        return True
    openers = _WORDS["cd_relative_openers"]
    low = cue_start - RELATIVE_REACH
    if low < 0:
        low = 0
    return not any(
        lowers[i] in openers and lowers[i - 1] == _COMMA for i in range(max(low, 1), cue_start)
    )


# How far (tokens) after the measure the verb of a clause naming it may stand ("the 15% tariff
# it imposed", "the sanctions that President Trump imposed").
STANDING_VERB_REACH = 6


def _named_by_own_clause(
    lowers: Sequence[int] | None, barriers: set[int], verb: int, cue_end: int
) -> bool:
    """Whether the restriction verb at `verb`, after the measure, names it in a clause of its own
    ("the tariffs Washington imposed", "the sanctions that the EU imposed", "sanctions imposed
    in April") rather than telling the measure's own step: not after a form of "be" ("the
    tariffs were imposed on Monday"), a coordinator ("added firms to its list and curbed
    sales") or a comma."""
    if lowers is None or not 0 <= verb - cue_end <= STANDING_VERB_REACH:
        return False
    if lowers[verb] not in _WORDS["cd_standing_verbs"]:
        return False
    between = lowers[cue_end:verb]
    if _COMMA in between or not _WORDS["cd_coordinators"].isdisjoint(between):
        return False
    if not _WORDS["cd_passive_auxiliaries"].isdisjoint(lowers[max(cue_end, verb - 2) : verb]):
        return False
    return not any(cue_end <= b < verb for b in barriers)


# How far (tokens) after the measure "that" or "which" may open a relative clause naming it
# ("the 25% tariffs on steel and aluminium imports that Washington imposed"), and how many words
# its subject may take before the clause's verb ("that former President Trump imposed"; also
# a relative clause telling a text's making, `_made_in_relative_clause`).
RELATIVE_NAMING_REACH = 12
RELATIVE_SUBJECT_REACH = 4


def _named_by_relative_clause(
    lowers: Sequence[int] | None, barriers: set[int], cue_end: int
) -> bool:
    """Whether a relative clause with a subject of its own names the measure by a restriction
    verb past the reach of the cues ("the duties on steel and 10% on aluminium that Trump imposed
    in 2018", "the tariffs, which Washington imposed last year"): the measure is told as it
    stands (R5). Not when the relative pronoun is the subject ("sanctions that banned imports":
    the measure's content), nor a passive ("that were imposed on Monday"), nor a clause after a
    preposition ("a year in which China tightened its rules") or after another comma or a clause
    boundary (another clause's step)."""
    if lowers is None:
        return False
    openers, verbs = _WORDS["sp3_relative_naming"], _WORDS["cd_standing_verbs"]
    passive = _WORDS["cd_passive_auxiliaries"]
    high = cue_end + RELATIVE_NAMING_REACH  # sp40r2: no builtin min/max
    if high > len(lowers):
        high = len(lowers)
    if openers.isdisjoint(lowers[cue_end:high]):
        return False  # speed37: the scan below says True only after a relative pronoun
    for i in range(cue_end, high):
        if lowers[i] not in openers:
            opens_clause = lowers[i] == _COMMA and i + 1 < len(lowers) and lowers[i + 1] in openers
            if i in barriers or (lowers[i] == _COMMA and not opens_clause):
                return False
            continue
        if lowers[i - 1] in _WORDS["sp3_relative_prepositions"]:
            # "a year in which China tightened its rules": the clause of another noun
            return False
        stop = i + 2 + RELATIVE_SUBJECT_REACH  # sp40r2: no builtin min/max
        for j in range(i + 2, stop if stop < len(lowers) else len(lowers)):
            if lowers[j] == _COMMA or not passive.isdisjoint(lowers[j - 1 : j + 1]):
                return False
            if lowers[j] in verbs:
                return True
        return False
    return False


def _schedule_overtaken(
    lowers: Sequence[int] | None, status_hits: list[Hit], best: _Choice | None
) -> bool:
    """Whether the cue governing the event is a schedule told in the past ("the talks, which had
    been due to start on Tuesday", "tariffs that were set to take effect on Sunday") in a
    sentence that undoes something ("were put off", "were cancelled"): the step scheduled is the
    one called off (R1), not a decision still standing."""
    if lowers is None or best is None or best.label not in ("proposed", "agreed"):
        return False
    if best.start < 1 or lowers[best.start] not in _WORDS["sp3_schedule_words"]:
        return False
    if lowers[best.start - 1] not in _WORDS["sp3_past_auxiliaries"]:
        return False
    return any(h.key.label == "revoked" for h in status_hits)


def _told_by_own_verb(best: _Choice | None, cue_end: int, action: str | None) -> bool:
    """Whether the governing cue is a restriction's own verb before or inside the measure
    ("banned exports", "tightened its controls")."""
    return (
        best is not None
        and (best.own_label == MEASURE or (best.own_label == "step" and action in MEASURES))
        and best.start < cue_end
    )


# How far (tokens) before the measure a word calling it new may stand ("China's latest rare earth
# export controls").
NOVELTY_REACH = 3


def _called_new(lowers: Sequence[int] | None, cue_start: int) -> bool:
    """Whether a word calling the measure new ("its new curbs", "the latest controls") stands
    just before it: a measure named by its owner is then the news, not one standing."""
    return _listed_before(lowers, "cd_novelty", cue_start, NOVELTY_REACH)


# Tokens that may stand between a measure and the participle naming it (", released in March");
# any other word there is the subject of a clause of its own ("the order Trump signed").
PARTICIPLE_GAP = frozenset(hash_string(w) for w in (",", "(", "-", "--", "\u2014", "\u2013"))


# The words opening a relative clause; its subject's reach is RELATIVE_SUBJECT_REACH ("which
# parliament passed", "that President Joe Biden signed").
RELATIVE_PRONOUNS = frozenset(hash_string(w) for w in ("which", "that"))


def _made_in_relative_clause(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether a relative clause right after the text's name, inside its cue or just after it,
    tells the act that made it with a subject of its own ("the Seabed Minerals Act, which
    parliament passed in 2019", "the law that the president signed"): that act, not the text
    standing (R6)."""
    verbs = _WORDS["sg_act_verbs"] | _WORDS["sg_issued"]
    high = cue_end + 2  # sp40r2: no builtin min/max
    for p in range(cue_start + 1, high if high < len(lowers) else len(lowers)):
        if lowers[p] in RELATIVE_PRONOUNS and (p == cue_end or lowers[p - 1] in PARTICIPLE_GAP):
            subject = range(p + 2, min(len(lowers), p + 2 + RELATIVE_SUBJECT_REACH))
            verb = next((i for i in subject if lowers[i] in verbs), None)
            return verb is not None and not any(
                lowers[i] in PARTICIPLE_GAP for i in range(p + 1, verb)
            )
    return False


def _in_relative_clause(lowers: Sequence[int], cue_start: int) -> bool:
    """Whether the cue opens a relative clause naming something by a standing text ("the 50
    minerals that Japan identified as critical in 2020"): the text named, not the act told."""
    low = cue_start - RELATIVE_SUBJECT_REACH - 1
    if low < 0:
        low = 0
    return any(lowers[i] in RELATIVE_PRONOUNS for i in range(low, cue_start))


# stwant2: helpers asked for by today's status helpers (session 17)
def _sw8_no_cue_before(best: _Choice | None, cue_end: int) -> bool:
    """Whether no status cue outside the mention governs it but one in a later clause: a verb of
    deciding opening the mention is the act ("declared cobalt a strategic substance in 2018,
    which raised ..."), whatever that clause says; a participle naming the text ("its updated
    list, published on Monday") is read by its own rule."""
    return best is None or best.inside or (best.start >= cue_end and not best.participle)


def _sw8_plan_in_cue(hit: Hit, lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether "a plan to" lies inside a longer cue right after a verb of issuing it ("released
    a plan to develop critical minerals"): the plan is the text issued, not a modality of it;
    a plan worked on ("working on a plan to") is still to come."""
    return (
        lowers is not None
        and cue_start < hit.start
        and hit.end <= cue_end
        and lowers[hit.start - 1] in _WORDS["sg_act_verbs"]
    )


def _sw8_owner_of_verb(
    best: _Choice | None, lowers: Sequence[int] | None, cue_start: int, action: str | None
) -> bool:
    """Whether the possessive before a standing text owns the verb's subject, not the text ("its
    government approved a plan", "Canberra's parliament passed legislation"): a deciding verb
    stands between them or opens the mention, so the text is the act told, not a standing
    text of the owner ("the ministry's updated list" keeps its possessive)."""
    if lowers is None or action not in _NAMES["sg_told_as_act"]:
        return False
    marks = _WORDS["sw8_possessive_marks"]
    if best is not None and not best.inside and best.start < cue_start:
        return (
            best.own_label not in (MEASURE, NOMINAL)
            and best.start > 0
            and lowers[best.start - 1] not in marks
        )
    return (
        lowers[cue_start] in _WORDS["sg_act_verbs"]
        and cue_start > 0
        and lowers[cue_start - 1] not in marks
    )


def _sw8_relative_proposed(
    lowers: Sequence[int] | None, status_hits: list[Hit], cue_end: int
) -> bool:
    """Whether a relative clause right after a named law holds a proposed cue of its own ("the
    Act, which governments are expected to approve"): the law is still to come (R3), not a
    standing text of the background."""
    if lowers is None:
        return False
    p = cue_end + 1 if cue_end < len(lowers) and lowers[cue_end] in PARTICIPLE_GAP else cue_end
    if p >= len(lowers) or lowers[p] not in RELATIVE_PRONOUNS:
        return False
    reach = _SETTINGS["sw8_relative_reach"]
    # a phrase ("are expected to", "close to finalising"), not a bare modal telling the law's
    # effect ("which could open the way for funding")
    return any(
        h.key.label == "proposed" and p < h.start <= p + reach and h.end - h.start > 1
        for h in status_hits
    )


def _sw8_present_working(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether a present-tense verb of working opens the mention or stands next to it ("the
    constitution reserves lithium for the state", "a law that reserves boron"): the measure
    told working now, in force (R4), where no cue and no date decide."""
    if lowers is None:
        return False
    verbs = _WORDS["sw8_present_working"]
    nouns = _WORDS["sw8_present_noun_after"]
    low = cue_start - _SETTINGS["sw8_present_reach"]
    if low < 0:
        low = 0
    high = cue_end + _SETTINGS["sw8_present_reach_after"]  # sp40r2: no builtin min/max
    if high > len(lowers) - 1:
        high = len(lowers) - 1
    if verbs.isdisjoint(lowers[low:high]):
        return False  # speed38: the scan below says True only at such a verb
    return any(lowers[i] in verbs and lowers[i + 1] not in nouns for i in range(low, high))


def _told_as_act(
    best: _Choice | None,
    lowers: Sequence[int] | None,
    cue_start: int,
    cue_end: int,
    action: str | None,
) -> bool:
    """Whether an old standing text (a strategy, a list) is told as the act that made or revised
    it, which stays that act however old (status convention R6), not aged into force: named as
    a revision or a first edition ("its updated list", "its first strategy"), its cue opened by
    a verb of deciding ("added nickel to its list"), told by a clause with a subject of
    its own ("the order Trump signed in 2017"), or named by the participle of its issuing ("the
    strategy, released in March", "the law, signed last August")."""
    if lowers is None or action not in _NAMES["sg_told_as_act"]:
        return False
    # before the text's noun, the cue's last word ("mining laws revised in 2021" is a participle)
    if _listed_before(lowers, "sg_revision", cue_end - 1, cue_end - 1 - cue_start + NOVELTY_REACH):
        return True
    if (
        lowers[cue_start] in _WORDS["sg_act_verbs"]
        and _sw8_no_cue_before(best, cue_end)
        and not _in_relative_clause(lowers, cue_start)
    ):
        return True
    if (best is None or best.inside) and _made_in_relative_clause(lowers, cue_start, cue_end):
        return True
    if best is None or best.own_label == MEASURE:
        return False
    return best.participle and (
        (best.start > cue_end and lowers[cue_end] not in PARTICIPLE_GAP)
        or lowers[best.start] in _WORDS["sg_issued"]
    )


# stdate: an old text with a participle of its making and its maker right after it ("the Act
# passed by Parliament in August"): the act, not the text standing (R6)
_BY = hash_string("by")


def _sd_participle_with_maker(
    best: _Choice | None, lowers: Sequence[int] | None, cue_end: int, action: str | None
) -> bool:
    """Whether an old text is followed right away by a participle of its making with its maker
    ("the Act passed by Parliament in August", "the plan adopted by G7 leaders in 2023"): the
    act that made it, told as that act (R6), when no cue but that participle governs the
    text."""
    if lowers is None or action not in _NAMES["sg_told_as_act"]:
        return False
    at = cue_end + 1 if cue_end < len(lowers) and lowers[cue_end] in PARTICIPLE_GAP else cue_end
    verbs = _WORDS["sg_act_verbs"] | _WORDS["sg_issued"]
    return (
        (best is None or best.start == at)
        and at + 1 < len(lowers)
        and lowers[at] in verbs
        and lowers[at + 1] == _BY
    )


# stpp2: a named law told by the act that made it (session 18)
def _sw9_act_told_first(
    best: _Choice | None,
    lowers: Sequence[int] | None,
    cue_start: int,
    cue_end: int,
    action: str | None,
) -> bool:
    """Whether a named law is told by the act that made it ("the Act, which parliament passed
    in May", "the Act passed by Congress in 2022"): that act (R6), read before the name ages it
    into force (an owned text, "its revised charter", is left to the name: measured, it loses
    as many as it gains); not a law told working now in the present ("the Act,
    which Biden signed in August, discriminates against", "passed the Act, which lets Ottawa
    designate projects": in force, R4). A text's content ("sets the goal", "asks the bloc to")
    is no working."""
    return (
        _told_as_act(best, lowers, cue_start, cue_end, action)
        or _sd_participle_with_maker(best, lowers, cue_end, action)
    ) and not _sw9_law_works_now(lowers, cue_end)


_SW9_STOPS = frozenset(hash_string(w) for w in (".", ";", ":"))


def _sw9_law_works_now(lowers: Sequence[int] | None, cue_end: int) -> bool:
    """Whether a present-tense verb of a law working on parties (`sw9_law_working`: "lets",
    "discriminates", "requires") follows the law's name in its sentence."""
    if lowers is None:
        return False
    verbs = _WORDS["sw9_law_working"]
    high = cue_end + _SETTINGS["sw9_law_working_reach"]  # sp40r2: no builtin min/max
    for i in range(cue_end, high if high < len(lowers) else len(lowers)):
        if lowers[i] in _SW9_STOPS:
            return False
        if lowers[i] in verbs:
            return True
    return False


# ststrat2: a text's content told after its name (session 18)
def _sa7_text_content(
    hit: Hit, lowers: Sequence[int] | None, cue_start: int, cue_end: int, action: str | None
) -> bool:
    """Whether a proposed cue after a text's name tells what the text says ("presented its
    strategy, urging states to build reserves", "a strategy that called for", "adopted a
    five-point plan to secure supplies"): the text's content, not a step weighed (R6)."""
    if lowers is None or action not in _NAMES["sa7_text_actions"] or hit.end <= cue_end:
        return False
    word = lowers[hit.start]
    if word in _WORDS["sa7_plan_words"]:
        return _sa7_plan_is_text(hit, lowers, cue_start, cue_end)
    if word not in _WORDS["sa7_content_words"]:
        return False
    # a participle right after the noun may name the kind of text ("guidelines urging
    # companies to"), labelled as its own status
    gap = lowers[cue_end : hit.start]
    reach = load_data(STATUS_FILE).get("sa7_content_reach", 12)
    return 0 < len(gap) <= reach and _WORDS["sa7_subject_breaks"].isdisjoint(gap)


def _sa7_plan_is_text(hit: Hit, lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether "plan(s) to" / "intends to" names the text or its content: the cue's own noun
    ("presented an industrial plan to"), or after "set out" / "how it" ("setting out how it
    intends to"); elsewhere a party's own plan, still to come (R3)."""
    if cue_start <= hit.start < cue_end:
        return True
    gap = hit.start - cue_end
    lead = _WORDS["sa7_plan_lead"]
    reach = load_data(STATUS_FILE).get("sa7_content_reach", 12)
    return 1 < gap <= reach and not lead.isdisjoint(lowers[hit.start - 2 : hit.start])


def _sa7_old_text_works_now(
    best: _Choice | None,
    lowers: Sequence[int] | None,
    cue_start: int,
    cue_end: int,
    action: str | None,
    event_date: str | None,
    published: date | None,
) -> bool:
    """Whether an old text named by a clause of the act that made it is then told working now
    ("the code that parliament passed in 2018, which reserves cobalt for the state", "the
    strategy the cabinet adopted in 2022 requires"): it stands (R4), as a named law so told does
    (stpp2). Not a verb of deciding opening the mention ("the junta adopted a code in 2023 that
    lets the state ..."), nor a text called new ("a new code adopted in July lets"): the act is
    told (R6). The verb after the name must be one that made the text (`sg_act_verbs`), not its
    content ("writes into law a process to designate minerals")."""
    return (
        best is not None
        and best.start >= cue_end
        and action in _NAMES["sg_told_as_act"]
        and lowers is not None
        and lowers[best.start] in _WORDS["sg_act_verbs"]
        and not _listed_before(lowers, "sg_revision", cue_start, NOVELTY_REACH)
        and _before_the_news(event_date, published)
        and _sw9_law_works_now(lowers, cue_end)
    )


# stpp2: a restriction told by its own verb in the present perfect, after the lead (session 18)
def _sw9_perfect_restriction(
    best: _Choice | None,
    lowers: Sequence[int] | None,
    cue_end: int,
    action: str | None,
    event_date: str | None,
    after_lead: bool,
) -> bool:
    """Whether a restriction is told by its own verb in the present perfect ("has also placed
    both under export licensing", "which has blocked several deals", `sw9_perfect_verbs` after
    "has" / "have" and `sw9_perfect_adverbs`) after the lead and with no date: a background
    restriction, standing (R5). Not "has since imposed" (a step after another, told in
    order), nor a verb of another kind ("has put X on a blacklist", which the labels read
    both ways)."""
    if (
        lowers is None
        or not after_lead
        or event_date is not None
        or action not in MEASURES
        or best is None
        or best.own_label not in (MEASURE, "step")
        or best.start >= cue_end
        or lowers[best.start] not in _WORDS["sw9_perfect_verbs"]
    ):
        return False
    adverbs = _WORDS["sw9_perfect_adverbs"]
    i = best.start - 1
    while i > 0 and lowers[i] in adverbs:
        i -= 1
    return i >= 0 and lowers[i] in _WORDS["sw9_perfect_auxiliaries"]


# stdate: how far (tokens) before an old text a word may name it a proposal ("a bipartisan bill
# on critical minerals", "the EU's proposed directive")
SD_PROPOSAL_REACH = 2


def _sd_named_proposal(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether an old text is named a proposal (`sd_proposal_words` right before it or in an
    apposition right after it: "the proposed directive", "the Act, a bipartisan bill") or
    followed by its participle of proposing (`sd_proposed_by`: "a battery regulation, proposed
    by the Commission in 2020"): a text nobody has adopted does not stand, however old (status
    convention R3)."""
    if lowers is None:
        return False
    words = _WORDS["sd_proposal_words"]
    at = cue_end + 1 if cue_end < len(lowers) and lowers[cue_end] in PARTICIPLE_GAP else cue_end
    return (
        # sp40r2: no builtin max
        not words.isdisjoint(
            lowers[
                cue_start - SD_PROPOSAL_REACH if cue_start > SD_PROPOSAL_REACH else 0 : cue_start
            ]
        )
        # inside a long cue, after the word it opens with ("the Act, a bipartisan bill")
        or not words.isdisjoint(lowers[cue_start + 1 : cue_end])
        or not words.isdisjoint(lowers[at : at + SD_PROPOSAL_REACH + 1])
        or (at < len(lowers) and lowers[at] in _WORDS["sd_proposed_by"])
    )


# The status.yaml label of "it would", "they would": decided after a verb of saying with a date
# or "that" between (`_said_it_would`), and how many words may stand between.
SAID_WOULD = "sp_said_would"
SAID_GAP_REACH = 5


def _said_it_would(
    lowers: Sequence[int] | None, status_hits: list[Hit], start: int, end: int
) -> bool:
    """Whether "it would" at [start, end) is the actor's own word of what it will do, decided
    (R6): a verb of saying before it with only a date, a place of saying or "that" between
    ("said on Monday it would", "said in a statement that it would"), and no weighing verb after
    it ("said on Monday it would consider"), which says what is still weighed."""
    if lowers is None or end >= len(lowers) or lowers[end] in _WORDS["sp_said_not_decided"]:
        return False
    if any(h.start == end and h.key.label in ("proposed", PLAN_NOUN) for h in status_hits):
        return False
    verbs, gap = _WORDS["sp_said_verbs"], _WORDS["sp_said_gap"]
    for i in range(start - 1, max(-1, start - SAID_GAP_REACH - 2), -1):
        if lowers[i] in verbs:
            return True
        if lowers[i] not in gap:
            return False
    return False


def _undoing_noun_elsewhere(lowers: Sequence[int] | None, start: int, end: int) -> bool:
    """Whether the revoking word at [start, end) is a noun naming an undoing of its own ("the
    suspension", "the exemption") that no "of", "from" or "on" ties to what follows: it is then
    the subject of its clause ("the suspension covers the duties adopted in July", "the
    exemption will carry an export tax"), and the measure in the predicate is not what it undoes."""
    if lowers is None or end - start != 1 or end >= len(lowers):
        return False
    if lowers[start] not in _WORDS["sp3_undoing_nouns"]:
        return False
    return lowers[end] not in _WORDS["sp3_undoing_links"]


def _will_weigh(lowers: Sequence[int] | None, end: int) -> bool:
    """Whether the verb right after a "will" or "said it would" ending at `end` weighs a step
    rather than taking it ("said it would assess options for stockpiling", "will study a ban on
    exports"): what it names is still weighed (R3)."""
    return lowers is not None and end < len(lowers) and lowers[end] in _WORDS["sp3_will_weigh"]


def _object_adjective(
    lowers: Sequence[int] | None,
    status_hits: list[Hit],
    hit: Hit,
    cue_end: int,
    cue_start: int | None = None,
) -> bool:
    """Whether the one-word status `hit` qualifies the object of a verb acting on a step already
    there ("blocked the proposed merger", "lifted the existing quota"): it tells what the object
    is, and the verb decides the event's status; not after a verb making the step ("launching
    the planned tender": still planned, R3)."""
    if lowers is None or hit.end - hit.start != 1 or hit.start < 2:
        return False
    if lowers[hit.start] not in _WORDS["sp_object_adjectives"]:
        return False
    det = hit.start - 1
    if lowers[det] in _WORDS["sp34_possessives"]:
        det = _sp34_owner_start(lowers, det)
        if det is None:
            return False
    elif lowers[det] not in _WORDS["sp_object_determiners"]:
        return False
    if lowers[det - 1] in _WORDS["sp_object_prepositions"]:
        return det - 1 == cue_end
    if det - 1 == cue_start and lowers[det - 1] in _WORDS["sp_object_verbs"]:
        # sp34: the verb opens the action cue ("vetoed the proposed Pebble mine"): it is the
        # step itself, no status hit of its own
        return True
    # a verb that says nothing of the status ("vetoed") leaves the adjective the only word of it
    return lowers[det - 1] in _WORDS["sp_object_verbs"] and any(
        h.end == det and h.key.label not in (BOUNDARY, TOLD_AFTER, FRAME, CONDITIONAL)
        for h in status_hits
    )


# sp34: a permit's object named by its owner ("a permit for Piedmont Lithium's proposed
# project", "rejected Clive Palmer's proposed coal project", session 34)
def _sp34_owner_start(lowers: Sequence[int], possessive: int) -> int | None:
    """The position the owner's name opens, where the possessive at `possessive` ends it
    (`sp34_owner_reach` words at most, none a stop): a determiner's place, so that the status
    adjective after the possessive qualifies that owner's object as after "the" ("approved
    Nussir's planned mine"). None when no short name stands there."""
    stops = _WORDS["sp34_owner_stops"]
    low = possessive - _SETTINGS["sp34_owner_reach"]
    if low < 1:
        low = 1
    for at in range(possessive - 1, low - 1, -1):
        if lowers[at] in stops:
            return None
        before = lowers[at - 1]
        if before in _WORDS["sp_object_prepositions"] or before in _WORDS["sp_object_verbs"]:
            return at
    return None


def _is_the_news(event_date: str | None, published: date | None) -> bool:
    """Whether the event is dated within the news of the last days."""
    age = _age_days(event_date, published)
    return age is not None and age <= NEWS_DAYS


# How far (tokens) after the measure "raised ... with" may name whom a measure was raised with
# ("raised the export curbs on gallium with her counterpart"), and how many words the official
# may take after "with" ("with Chinese Vice Premier").
RAISE_WITH_REACH = 8
RAISE_OFFICIAL_REACH = 4
_STOP = hash_string(".")


def _raised_in_talks(lowers: Sequence[int] | None, hit: Hit, cue_start: int, cue_end: int) -> bool:
    """Whether the verb at `hit`, before the measure, is "raised" as "brought up in talks": the
    measure named with another party's possessive ("raised Washington's chip curbs") or raised
    "with" an official ("raised the curbs with her counterpart"). It is then no step of the
    speaker, and the measure keeps its own reading (in force if standing)."""
    if lowers is None or hit.end - hit.start != 1 or hit.end > cue_start:
        return False
    if lowers[hit.start] not in _WORDS["sp4_raise_verbs"]:
        return False
    if not _WORDS["sp4_possessive_marks"].isdisjoint(lowers[hit.end : cue_start]):
        return True
    withs, officials = _WORDS["sp4_raise_with"], _WORDS["sp4_raise_officials"]
    for i in range(cue_end, min(len(lowers), cue_end + RAISE_WITH_REACH)):
        if lowers[i] == _STOP:
            return False
        if lowers[i] in withs:
            return not officials.isdisjoint(lowers[i + 1 : i + 1 + RAISE_OFFICIAL_REACH])
    return False


@functools.cache
def _phrase_hashes(key: str) -> tuple[tuple[int, ...], ...]:
    """The phrases of the status.yaml list `key` as tuples of lower-case word hashes."""
    return tuple(
        tuple(hash_string(w) for w in str(p).lower().split())
        for p in load_data(STATUS_FILE).get(key) or ()
    )


# How far (tokens) before and after the measure a phrase dating it to the last weeks may stand
# ("China this month banned exports", "imposed duties on steel last week").
RECENT_REACH = 10


def _recent_background(
    lowers: Sequence[int] | None, verb: int | None, cue_start: int, cue_end: int, later: bool
) -> bool:
    """Whether a restriction told by its own verb (at `verb`) outside the lead is dated by a
    phrase of the last weeks ("this month", "last week"): a date the day's news would give more
    closely, so the step is the background of the news, standing (R5), like one "earlier this
    year". Not a verb setting a new level ("raised tariffs this month"): a new decision (R1)."""
    if lowers is None or verb is None or not later:
        return False
    if lowers[verb] in _WORDS["sp4_level_verbs"]:
        return False
    low, high = cue_start - RECENT_REACH, cue_end + RECENT_REACH  # sp40r2: no builtin min/max
    if low < 0:
        low = 0
    if high > len(lowers):
        high = len(lowers)
    window = list(lowers[low:high])
    firsts = _phrase_firsts("sp4_recent_background")
    if firsts is not None and firsts.isdisjoint(window):
        return False  # speed37: no phrase can start in the window, nor in the sentence's part
    # the sentence only: cut at a full stop on either side of the measure
    stops = [i for i, w in enumerate(window) if w == _STOP]
    at = cue_start - low
    first = max((i for i in stops if i < at), default=-1) + 1
    last = min((i for i in stops if i >= at), default=len(window))
    window = window[first:last]
    return any(
        tuple(window[i : i + len(p)]) == p
        for p in _phrase_hashes("sp4_recent_background")
        for i in range(len(window) - len(p) + 1)
    )


@functools.cache
def _phrases_by_first_word(key: str) -> tuple[dict[int, tuple[tuple[int, ...], ...]], bool]:
    """Helper speed (session 24): the phrases of `_phrase_hashes(key)` by the hash of their
    first word, in list order, and whether the list holds an empty phrase (one that starts
    anywhere): `_phrase_at` compares only the phrases that open with the word at hand."""
    by_first: dict[int, list[tuple[int, ...]]] = {}
    for phrase in _phrase_hashes(key):
        if phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
    empty = any(not phrase for phrase in _phrase_hashes(key))
    return {word: tuple(phrases) for word, phrases in by_first.items()}, empty


def _phrase_at(lowers: Sequence[int] | None, start: int, key: str) -> bool:
    """Whether a phrase of the status.yaml list `key` starts at token `start`."""
    if lowers is None:
        return False
    if not 0 <= start < len(lowers):
        return any(tuple(lowers[start : start + len(p)]) == p for p in _phrase_hashes(key))
    by_first, empty = _BY_FIRST_WORD[key]
    if empty:
        return True
    phrases = by_first.get(lowers[start])
    if phrases is None:
        return False
    # sp40: a plain loop, not a generator in any() (a phrase's first word met some 350 times)
    for p in phrases:
        if tuple(lowers[start : start + len(p)]) == p:
            return True
    return False


@functools.cache
def _any_of_words(*keys: str) -> frozenset[int]:
    """Helper speed37: the union of the status.yaml word lists `keys` (`_word_hashes`)."""
    return frozenset().union(*(_word_hashes(key) for key in keys))


@functools.cache
def _phrase_firsts(key: str) -> frozenset[int] | None:
    """The first words of the phrases of the status.yaml list `key`; None when the list holds
    an empty phrase (one that starts anywhere)."""
    by_first, empty = _phrases_by_first_word(key)
    return None if empty else frozenset(by_first)


def _no_phrase_in(lowers: Sequence[int], low: int, high: int, key: str) -> bool:
    """Helper speed37: whether no phrase of the status.yaml list `key` can start at a token in
    [low, high) (0 <= low), told by one set test: a phrase starts only at its first word. The
    scans below that return True only at a phrase (`_phrase_at`) so skip the scan, token by
    token, of a span none can start in."""
    firsts = _PHRASE_FIRSTS[key]
    return firsts is not None and firsts.isdisjoint(lowers[low:high])


def _start_scheduled_after(status_hits: list[Hit], cue_start: int) -> bool:
    """Whether a start still to come is told after the measure's cue ("the EU's ban on imports
    takes effect on October 1"): where the measure's own noun or verb ("ban") outscores it, the
    owned measure must still not read as standing; a future start is agreed (R6)."""
    return any(h.key.label == SCHEDULED and h.start >= cue_start for h in status_hits)


def _took_effect_after(best: _Choice | None) -> bool:
    """Whether the cue chosen is only the measure's own naming (its verb or noun inside the
    action cue, "a ban on imports"), which a past taking effect told after it (`sp5_took_effect`)
    overrules: the text says the measure applies (R4), not that it was decided today."""
    return (
        best is not None
        and best.label == "agreed"
        and best.inside
        and best.own_label in (MEASURE, "step")
    )


@functools.cache
def _would_reach() -> int:
    return int(load_data(STATUS_FILE).get("sp5_would_reach") or 0)


def _would_tells_content(action: str | None, would_start: int, cue_end: int) -> bool:
    """Whether "that would" right after a measure (`sp5_would_actions`) tells what it is to do:
    a passport or a tariff "that would" apply is not yet decided (R3), like a bill; after other
    measures the clause most often tells an effect ("a fund which would cover demand")."""
    return action in _NAMES["sp5_would_actions"] and 0 <= would_start - cue_end <= _would_reach()


# How far (tokens) after a verb of weighing its gerund of addition may stand, and how far after
# that the measure ("proposed adding technology for processing lithium to its list of restricted
# exports").
ADDITION_REACH = 20


def _proposed_addition(
    lowers: Sequence[int] | None, status_hits: list[Hit], cue_start: int, barriers: set[int]
) -> bool:
    """Whether a weighing verb right before a gerund of addition governs the measure ("proposed
    adding graphite to its list of restricted exports"): what is added is proposed (R3), even
    where the list it goes into is named as standing."""
    if lowers is None:
        return False
    gerunds = _WORDS["sp4_addition_gerunds"]
    # speed39: a plain loop, not a generator in any() built for every choice
    for h in status_hits:
        if (
            h.key.label == "proposed"
            and h.end < cue_start
            and lowers[h.end] in gerunds
            and cue_start - h.end <= ADDITION_REACH
            and not _any_between(barriers, h.end, cue_start)
        ):
            return True
    return False


# How many tokens an amount between a verb of deciding and the plant may take, how many of them
# may be figures (any word outside `sp4_amount_words`: "$1.25 billion", "28.6 million pounds
# ($35.6 million)"), and how far before the verb a weighing cue makes it weighed ("plans to").
AMOUNT_REACH = 9
AMOUNT_FIGURES = 2
AMOUNT_WEIGHED_REACH = 4


def _amount_decides(lowers: Sequence[int] | None, status_hits: list[Hit], cue_start: int) -> bool:
    """Whether a verb of deciding right before the plant is separated from it by an amount only
    ("approved a $2 billion expansion of its mine", "will invest $830 million to build a
    plant"): the verb decides the plant, as it would with no amount (R6), unless a weighing
    cue governs that verb ("plans to invest $1 billion to build")."""
    if lowers is None:
        return False
    words, scales = _WORDS["sp4_amount_words"], _WORDS["sp4_amount_scales"]
    vehicles = _WORDS["sp4_amount_vehicles"]
    for h in status_hits:
        if h.key.label != "agreed" or not 0 < cue_start - h.end <= AMOUNT_REACH:
            continue
        between = lowers[h.end : cue_start]
        figures = sum(1 for w in between if w not in words)
        if figures > AMOUNT_FIGURES or scales.isdisjoint(between):
            continue
        if not vehicles.isdisjoint(between):
            # the amount is a loan or a deal the plant is for ("approved a $150 million loan
            # to build a plant"): the money is decided, the plant still to come
            return False
        return not any(
            w.key.label in ("proposed", PLAN_NOUN, CONDITIONAL)
            and w.end <= h.start
            and h.start - w.end <= AMOUNT_WEIGHED_REACH
            for w in status_hits
        )
    return False


# rank and default weight of each status by priority order, and (speed39) the labels a hit may
# carry to be weighed as it is (a status ranked, or one read as agreed), built once per order
_RANKS: dict[tuple[str, ...], tuple[dict[str, int], dict[str, float], frozenset[str]]] = {}


def _ranks(priority: list[str]) -> tuple[dict[str, int], dict[str, float], frozenset[str]]:
    key = tuple(priority)
    found = _RANKS.get(key)
    if found is None:
        rank = {status: i for i, status in enumerate(priority)}
        weighed = frozenset(rank) | {NOMINAL, SCHEDULED, MEASURE}
        found = _RANKS[key] = (rank, {status: 0.75 * i for status, i in rank.items()}, weighed)
    return found


def status_cues(hits: Iterable[Hit]) -> list[Hit]:
    """The status hits that may govern an event (`_outermost`, `_governed_starts`,
    `_aspect_before`): they depend on the sentence's hits only, so a caller choosing the status
    of several cues of one sentence reads them once and hands them to `choose_status`."""
    return _aspect_before(_governed_starts(_outermost(hits)))


class _Choice(NamedTuple):
    """The status cue that governs an event best so far."""

    score: float
    label: str
    # the cue word is part of the action cue itself, or a noun naming a decision
    inside: bool
    # a cue of what is still to come ("will", "due to apply from")
    scheduled: bool
    # the cue's own label in status.yaml, or "step" for the verb opening the action cue
    own_label: str
    # it follows the cue right after as a participle naming the measure ("the strategy
    # unveiled in 2022")
    participle: bool
    start: int


_TO = hash_string("to")
# the forms of "call" ("called for talks"; speed38: hashed once, not per reading)
_CALL_FORMS = frozenset(hash_string(w) for w in ("calls", "call", "called", "calling"))


@functools.cache
def _setting(key: str) -> int:
    """The number of the status.yaml setting `key`."""
    return int(load_data(STATUS_FILE).get(key) or 0)


class _ReadOnce(dict[Any, Any]):
    """Speed39: a status.yaml list or setting by its key, read by `read` the first time the key
    is met: a look-up in it costs less than a call of the cached function (some 40,000 a pass)."""

    def __init__(self, read: Callable[[Any], Any]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.read(key)
        return value


# speed39: `_word_hashes`, `_names` and `_setting` of a key, each read once
_WORDS = _ReadOnce(_word_hashes)
_NAMES = _ReadOnce(_names)
_SETTINGS = _ReadOnce(_setting)
# speed39: `_phrases_by_first_word`, `_phrase_firsts` and `_phrases_by_last_word` of a key
_BY_FIRST_WORD = _ReadOnce(_phrases_by_first_word)
# speed39: `_any_of_words` of a tuple of keys
_ANY_OF_WORDS = _ReadOnce(lambda keys: _any_of_words(*keys))
_PHRASE_FIRSTS = _ReadOnce(_phrase_firsts)


def _urged_step(
    lowers: Sequence[int] | None, status_hits: list[Hit], cue_start: int, action: str | None
) -> bool:
    """Whether the event's cue stands in the infinitive after the object of a verb of urging or
    asking ("urged Japanese companies on Wednesday to invest", "pressed Washington to open
    talks"): the step is the other party's, asked for and not taken (R3). Not a verb acting on a
    step already there ("pressed the EU to drop the partnership", `sp6_urge_acting_verbs`: the
    partnership keeps its own reading), nor a petition for duties (`sp6_urge_own_actions`: the
    filing is the step)."""
    if lowers is None or action in _NAMES["sp6_urge_own_actions"]:
        return False
    low = cue_start - _SETTINGS["sp6_urge_infinitive_reach"] - 1
    if low < 0:
        low = 0
    if _TO not in lowers[low:cue_start]:
        return False  # speed37: no "to" for the search below to find
    verbs, stops = _WORDS["sp6_urge_verbs"], _WORDS["sp6_urge_stops"]
    to = next((i for i in range(cue_start - 1, low - 1, -1) if lowers[i] == _TO), None)
    if to is None or not stops.isdisjoint(lowers[to + 1 : cue_start]):
        return False
    if lowers[to + 1] in _WORDS["sp6_urge_acting_verbs"]:
        return False
    if any(h.key.label == "revoked" and to < h.start < cue_start for h in status_hits):
        return False
    last = to - 2 - _SETTINGS["sp6_urge_object_reach"]  # sp40r2: no builtin min/max
    for i in range(to - 2, last if last > -1 else -1, -1):
        if lowers[i + 1] in stops or lowers[i + 1] == _TO:
            return False
        if lowers[i] in verbs:
            return True
    return False


_Overruling = Callable[[str, str, list[Hit], int, int, dict[str, Any]], tuple[str, str] | None]


class _Gate(NamedTuple):
    """Helper speed37: when a reading may overrule at all. A reading whose gate is shut for the
    call's (action, status, source) returns None, so `_OverruledChooser` skips it without a
    call. A gate only restates the first checks of its reading's body (which stay, so the
    reading reads the same when called directly): `statuses` and `sources` the values it
    requires, `actions` the status.yaml lists (`_names`) or sets one of which must hold the
    action. None: no condition."""

    statuses: frozenset[str] | None
    sources: frozenset[str] | None
    actions: tuple[str | frozenset[str], ...] | None

    def open(self, action: str | None, status: str, source: str) -> bool:
        """Whether a reading so gated may overrule (action, status, source)."""
        if self.statuses is not None and status not in self.statuses:
            return False
        if self.sources is not None and source not in self.sources:
            return False
        return self.actions is None or any(
            action in (_NAMES[a] if isinstance(a, str) else a) for a in self.actions
        )


def _gate(
    *statuses: str,
    sources: Iterable[str] | None = None,
    actions: Iterable[str | frozenset[str]] | None = None,
) -> Callable[[_Overruling], _Overruling]:
    """Helper speed37: mark a reading with the `_Gate` its first checks amount to (see there);
    no statuses means any status."""

    def mark(rule: _Overruling) -> _Overruling:
        rule.gate = _Gate(  # type: ignore[attr-defined]
            frozenset(statuses) if statuses else None,
            None if sources is None else frozenset(sources),
            None if actions is None else tuple(actions),
        )
        return rule

    return mark


# speed38: a chooser wrapper's body, called with the call's keyword dict whole (see `_whole_of`)
_Whole = Callable[[Any, int, int, tuple[Any, ...], dict[str, Any]], tuple[str, str]]


def _whole_of(chooser: Callable[..., tuple[str, str]]) -> _Whole:
    """Speed38: how a wrapper of the chooser calls the chooser below it. Called as
    `chooser(hits, start, end, *args, **kwargs)`, each layer unpacked the call's sixteen
    keywords and packed them into a dict of its own again (some 10,000 instructions a layer);
    a wrapper made by `_with_whole`, or an `_OverruledChooser`, takes the dict as it is
    instead. A wrapper that writes the dict must copy it first (`_asked_undoings_proposed`);
    `choose_status` takes the model's three keywords and reads none (sp39-r2). Any other
    chooser (the rules) is called with its keywords."""
    whole = getattr(chooser, "_whole", None)
    if whole is not None:
        return whole

    def call(
        hits: Any, cue_start: int, cue_end: int, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[str, str]:
        return chooser(hits, cue_start, cue_end, *args, **kwargs)

    return call


def _with_whole(chooser: Callable[..., tuple[str, str]], whole: _Whole) -> Callable[..., Any]:
    """The wrapper of `chooser` whose body is `whole`: called with keywords as the chooser is,
    or with its keyword dict whole by a wrapper above it (`_whole_of`)."""

    @functools.wraps(chooser)
    def choose(
        hits: Any, cue_start: int, cue_end: int, /, *args: Any, **kwargs: Any
    ) -> tuple[str, str]:
        return whole(hits, cue_start, cue_end, args, kwargs)

    # set after `wraps`, which copies the attributes of the chooser, its own `_whole` among them
    choose._whole = whole  # type: ignore[attr-defined]
    return choose


class _Later:
    """Helper speed37: a reading named before it is defined (the chain of `choose_status`
    stands above most of its readings), looked up among the module's globals by name. It
    replaces `lambda *a: reading(*a)`, which hid the reading's gate: `_OverruledChooser` puts
    the reading itself in its place on its first call, when the module is loaded."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args: Any) -> tuple[str, str] | None:
        return globals()[self.name](*args)

    def resolve(self) -> _Overruling:
        return globals()[self.name]


class _OverruledChooser:
    """Helper speed (session 24): `choose_status` under a run of `_overruling` readings, the
    readings called in turn by one loop. Nested, each of the 34 readings' wrappers packed the
    call's sixteen keywords into a dict of its own and passed them down again. Every reading
    now gets the one dict of the call, equal to the copy its nested wrapper got: a reading must
    not write it (none does; `_asked_undoings_proposed` writes its own copy).

    Helper speed37: most readings apply to one status and a few actions, so the loop calls only
    the readings whose `_Gate` is open for the call's (action, status, source): a table built
    once for each such triple gives, from each position, the next reading to call. The action
    is the call's own and never changes; a reading that overrules moves the loop to the table
    of the new status and source, at the reading after it, as the full loop went on.

    speed38: the call's bounds are positional-only (`/`): a keyword a function does not name
    goes to its `**kwargs` only after the interpreter compared it, as a string, with every name
    it may take by keyword; with none, the call's sixteen keywords pass without a comparison."""

    def __init__(
        self, chooser: Callable[..., tuple[str, str]], rules: tuple[_Overruling, ...]
    ) -> None:
        # the name and docstring only: a chooser's attributes (another chain's) are not ours
        functools.update_wrapper(self, chooser, updated=())
        self.chooser = chooser
        # speed38: a wrapper below that takes the call's keyword dict whole (`_whole_of`)
        self._below: _Whole | None = getattr(chooser, "_whole", None)
        self.rules = rules
        self._resolved: tuple[_Overruling, ...] | None = None
        self._next: dict[tuple[str | None, str, str], tuple[int, ...]] = {}
        # speed39: per triple, the open readings themselves with their positions, in order
        self._open: dict[tuple[str | None, str, str], tuple[tuple[int, _Overruling], ...]] = {}

    def _readings(self) -> tuple[_Overruling, ...]:
        """The readings, each `_Later` name replaced by the reading it names (first call)."""
        if self._resolved is None:
            self._resolved = tuple(
                rule.resolve() if isinstance(rule, _Later) else rule for rule in self.rules
            )
        return self._resolved

    def _next_open(self, action: str | None, status: str, source: str) -> tuple[int, ...]:
        """For each position i (and one past the last), the first reading at or after i whose
        gate is open for (action, status, source); the number of readings when none is."""
        gates = [getattr(rule, "gate", None) for rule in self._readings()]
        following = [len(gates)]
        for i in range(len(gates) - 1, -1, -1):
            gate = gates[i]
            following.append(
                i if gate is None or gate.open(action, status, source) else following[-1]
            )
        table = self._next[action, status, source] = tuple(reversed(following))
        return table

    def _open_for(
        self, action: str | None, status: str, source: str
    ) -> tuple[tuple[int, _Overruling], ...]:
        """Speed39: the readings whose gate is open for (action, status, source), each with its
        position, in order: the loop walks them without looking each next one up."""
        nexts = self._next.get((action, status, source)) or self._next_open(action, status, source)
        rules = self._readings()
        opened = []
        i = nexts[0]
        while i < len(rules):
            opened.append((i, rules[i]))
            i = nexts[i + 1]
        table = self._open[action, status, source] = tuple(opened)
        return table

    def __call__(
        self, hits: Any, cue_start: int, cue_end: int, /, *args: Any, **kwargs: Any
    ) -> tuple[str, str]:
        return self._run(hits, cue_start, cue_end, args, kwargs)

    def _whole(
        self, hits: Any, cue_start: int, cue_end: int, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[str, str]:
        """Speed38: the call with its keyword dict whole, from a wrapper above (`_whole_of`);
        through `__call__` when that was replaced (tests replace it to run every reading).
        sp39-r2: the body of `_run` written out here, one call layer less a choice."""
        if type(self).__call__ is not _OVERRULED_CALL:
            return self(hits, cue_start, cue_end, *args, **kwargs)
        below = self._below
        if below is None:
            status, source = self.chooser(hits, cue_start, cue_end, *args, **kwargs)
        else:
            status, source = below(hits, cue_start, cue_end, args, kwargs)
        action = kwargs.get("action")
        # (an empty tuple, no reading open, is a table found too)
        opened = self._open.get((action, status, source))
        if opened is None:
            opened = self._open_for(action, status, source)
        for at, rule in opened:
            overruled = rule(status, source, hits, cue_start, cue_end, kwargs)
            if overruled:
                # seldom: the rest of the loop by the tables of each new status and source
                status, source = overruled
                rules, tables = self._readings(), self._next
                nexts = tables.get((action, status, source)) or self._next_open(
                    action, status, source
                )
                i, n = nexts[at + 1], len(rules)
                while i < n:
                    overruled = rules[i](status, source, hits, cue_start, cue_end, kwargs)
                    if overruled:
                        status, source = overruled
                        nexts = tables.get((action, status, source)) or self._next_open(
                            action, status, source
                        )
                    i = nexts[i + 1]
                return status, source
        return status, source

    def _run(
        self, hits: Any, cue_start: int, cue_end: int, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[str, str]:
        """`__call__`'s body: that of `_whole` without its test (keep the two the same)."""
        below = self._below
        if below is None:
            status, source = self.chooser(hits, cue_start, cue_end, *args, **kwargs)
        else:
            status, source = below(hits, cue_start, cue_end, args, kwargs)
        action = kwargs.get("action")
        # (an empty tuple, no reading open, is a table found too)
        opened = self._open.get((action, status, source))
        if opened is None:
            opened = self._open_for(action, status, source)
        for at, rule in opened:
            overruled = rule(status, source, hits, cue_start, cue_end, kwargs)
            if overruled:
                # seldom: the rest of the loop by the tables of each new status and source
                status, source = overruled
                rules, tables = self._readings(), self._next
                nexts = tables.get((action, status, source)) or self._next_open(
                    action, status, source
                )
                i, n = nexts[at + 1], len(rules)
                while i < n:
                    overruled = rules[i](status, source, hits, cue_start, cue_end, kwargs)
                    if overruled:
                        status, source = overruled
                        nexts = tables.get((action, status, source)) or self._next_open(
                            action, status, source
                        )
                    i = nexts[i + 1]
                return status, source
        return status, source


# speed38: the chooser's own `__call__`, which `_OverruledChooser._whole` bypasses
_OVERRULED_CALL = _OverruledChooser.__call__


def _overruling(
    rule: _Overruling,
) -> Callable[[Callable[..., tuple[str, str]]], Callable[..., tuple[str, str]]]:
    """A decorator of `choose_status` from a reading of structure the cue words miss: the
    rules' choice, unless `rule` (given the choice, the hits, the cue's bounds and the call's
    keywords) returns another (status, source). The rules' choice so overruled is what the
    learned model sees. Readings stacked right on one another join one `_OverruledChooser`,
    innermost first, as the nested wrappers ran them."""

    def decorate(chooser: Callable[..., tuple[str, str]]) -> Callable[..., tuple[str, str]]:
        if isinstance(chooser, _OverruledChooser):
            return _OverruledChooser(chooser.chooser, (*chooser.rules, rule))
        return _OverruledChooser(chooser, (rule,))

    return decorate


def _given_status_hits(hits: list[Hit], kwargs: dict[str, Any]) -> list[Hit]:
    """The status hits the caller handed over, else those among `hits`. speed39: the readings
    take a non-empty list from the dict themselves, `kwargs.get("status_hits") or` this, and
    call this only for an empty one (which it returns) or none (a call without them)."""
    status_hits = kwargs.get("status_hits")
    if status_hits is None:
        status_hits = status_cues(hits if isinstance(hits, list) else list(hits))
    return status_hits


def _met_first(
    lowers: Sequence[int], start: int, stop: int, firsts: frozenset[int], seconds: frozenset[int]
) -> int:
    """Which kind of word a scan back from `start` down to `stop` (exclusive) meets first: 1 for
    one of `firsts`, 2 for one of `seconds` (`firsts` tested first at each word), 0 for
    neither. Many readings of the words before a cue are "is X met before a stop Y?"."""
    for i in range(start, stop, -1):
        if lowers[i] in firsts:
            return 1
        if lowers[i] in seconds:
            return 2
    return 0


# speed39: many readings begin by testing that the rules chose one of their statuses for an
# action of one status.yaml list, `status == ... and kwargs.get("action") in _NAMES[...]`, written
# out (it was a function, `_may_overrule`, whose call with its tuple of statuses cost more)


@_overruling
@_gate("agreed")
def _urged_steps_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step decided by its words but asked of another party (`_urged_step`) is proposed:
    "urged Japanese firms to invest" commits nobody (R3)."""
    if status != "agreed":
        return None
    status_hits = kwargs.get("status_hits") or _given_status_hits(hits, kwargs)
    if _urged_step(kwargs.get("lowers"), status_hits, cue_start, kwargs.get("action")):
        return "proposed", "cue"
    return None


# stwant (sw6_): Python readings asked for by today's word helpers.


def _sentence_opening(lowers: Sequence[int], at: int) -> int:
    """The position the sentence holding token `at` opens at: after the last sentence end
    (`sp6_sentence_ends`) before it, or the start of the text."""
    ends = _WORDS["sp6_sentence_ends"]
    # speed39: a for loop over the positions, half the steps of a while loop's test and count
    for i in range(at - 1, -1, -1):
        if lowers[i] in ends:
            return i + 1
    return 0 if at > 0 else at


def _sentence_window(lowers: Sequence[int], start: int, end: int, reach: int) -> Sequence[int]:
    """The words `reach` tokens either side of [start, end), cut at a full stop."""
    low, high = start - reach, end + reach  # sp40r2: no builtin min/max
    if low < 0:
        low = 0
    if high > len(lowers):
        high = len(lowers)
    for i in range(start - 1, low - 1, -1):
        if lowers[i] == _STOP:
            low = i + 1
            break
    for i in range(end, high):
        if lowers[i] == _STOP:
            high = i
            break
    return lowers[low:high]


def _trade_case_named(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether the trade measure is told as a case or a rate set in one ("challenged the ban at
    the WTO", "a request for consultations", "set preliminary duties"): a filing or a ruling is
    a one-off act, never a measure that stands (R4, R6)."""
    if lowers is None:
        return False
    window = _sentence_window(lowers, cue_start, cue_end, _SETTINGS["sw6_case_reach"])
    if not _WORDS["sw6_case_words"].isdisjoint(window):
        return True
    low = cue_start - _SETTINGS["sw6_remedy_reach"]
    if low < 0:
        low = 0
    return not _WORDS["sw6_remedy_stages"].isdisjoint(lowers[low:cue_end])


@_overruling
@_gate("in_force", sources=("date", "background"), actions=("sw6_case_actions",))
def _trade_cases_not_standing(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A trade case or a remedy rate set (`_trade_case_named`) aged or restated into force
    stays the act it is, agreed."""
    if (
        status == "in_force"
        and source in ("date", "background")
        and kwargs.get("action") in _NAMES["sw6_case_actions"]
        and _trade_case_named(kwargs.get("lowers"), cue_start, cue_end)
    ):
        return "agreed", source
    return None


def _ask_verb_at(lowers: Sequence[int], i: int) -> bool:
    """Whether a verb of asking ends at token `i` ("urged", "demanded", "called on")."""
    if lowers[i] in _WORDS["sw6_ask_verbs"]:
        return True
    return i > 0 and lowers[i] in _WORDS["sw6_ask_on"] and lowers[i - 1] in _WORDS["sw6_ask_call"]


def _asked_before(lowers: Sequence[int], at: int) -> bool:
    """Whether the word at `at` follows "to" after a verb of asking and its object ("called on
    Beijing to lift"), or a verb of asking, "that" and a subject ("demanded that Jakarta
    suspend"): another's step, asked for."""
    stops = _WORDS["sp6_urge_stops"]
    reach = _SETTINGS["sp6_urge_object_reach"]
    if at > 0 and lowers[at - 1] in _WORDS["sw6_ask_to"]:
        for i in range(at - 2, max(-1, at - 3 - reach), -1):
            if _ask_verb_at(lowers, i):
                return True
            if lowers[i] in stops:
                return False
        return False
    last = at - 2 - reach  # sp40r2: no builtin min/max
    for i in range(at - 1, last if last > 0 else 0, -1):
        if lowers[i] in _WORDS["sw6_ask_that"]:
            return _ask_verb_at(lowers, i - 1)
        if lowers[i] in stops:
            return False
    return False


def _asked_undoings(
    lowers: Sequence[int] | None, status_hits: list[Hit], cue_start: int, cue_end: int
) -> list[Hit]:
    """The revoking verbs governing the cue that are asked of another party ("urged Jakarta to
    lift the ban"): nobody has undone anything (R3 before R1)."""
    if lowers is None:
        return []
    return [
        h
        for h in status_hits
        if h.key.label == "revoked"
        and (
            (cue_start - WINDOW_BEFORE <= h.start < cue_end and _asked_before(lowers, h.start))
            or _sb3_asked_passive(lowers, h.start, cue_end)
        )
    ]


def _asked_undoings_proposed(
    chooser: Callable[..., tuple[str, str]],
) -> Callable[..., tuple[str, str]]:
    """The chooser, except that an undoing asked of another (`_asked_undoings`) decides
    nothing: the measure named takes the reading its other words give it, the asking most
    often ("urged Beijing to lift its export controls": proposed, R3 before R1)."""

    below = _whole_of(chooser)

    def whole(
        hits: Any, cue_start: int, cue_end: int, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[str, str]:
        status, source = below(hits, cue_start, cue_end, args, kwargs)
        if status != "revoked":
            return status, source
        status_hits = kwargs.get("status_hits") or _given_status_hits(hits, kwargs)
        asked = _asked_undoings(kwargs.get("lowers"), status_hits, cue_start, cue_end)
        if not asked:
            return status, source
        # a dict of its own: the caller's readings read the caller's
        narrowed = dict(kwargs)
        narrowed["status_hits"] = [h for h in status_hits if h not in asked]
        return below(hits, cue_start, cue_end, args, narrowed)

    return _with_whole(chooser, whole)


def _text_would_before(
    lowers: Sequence[int] | None, status_hits: list[Hit], cue_start: int, barriers: Iterable[int]
) -> bool:
    """Whether a text's "would" ("the bill would", a proposed cue ending in `sw6_would`)
    governs the cue from before, no other status cue nor a clause break between ("The bill
    would direct the agency to establish a reserve"): what a tabled text would do is proposed
    (R3), whatever verb of deciding the cue holds."""
    if lowers is None:
        return False
    woulds, stops = _WORDS["sw6_would"], _WORDS["sw6_would_stops"]
    breaks: set[int] | None = None
    for h in status_hits:
        if h.key.label != "proposed" or h.end > cue_start or cue_start - h.end > WINDOW_BEFORE:
            continue
        if woulds.isdisjoint(lowers[h.start : h.end]):
            continue
        if breaks is None:
            # speed39: built for a "would" found only (most calls find none)
            breaks = set(barriers) | {o.start for o in status_hits if o.key.label == BOUNDARY}
        if any(h.end <= b < cue_start for b in breaks):
            continue
        if not stops.isdisjoint(lowers[h.end : cue_start]):
            continue
        if not any(o.key.label != "proposed" and h.end <= o.start < cue_start for o in status_hits):
            return True
    return False


@_overruling
@_gate("agreed", sources=("cue",))
def _text_would_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step decided by the cue's own verb under a tabled text's "would"
    (`_text_would_before`) is proposed."""
    if status != "agreed" or source != "cue":
        return None
    barriers = kwargs.get("barriers") or ()
    if _text_would_before(
        kwargs.get("lowers"),
        (kwargs.get("status_hits") or _given_status_hits(hits, kwargs)),
        cue_start,
        barriers,
    ):
        return "proposed", "cue"
    return None


# How far (tokens) before the action cue nlp/events.py reads a negation of the event itself.
NEGATION_REACH = 5
_BE = frozenset(hash_string(w) for w in ("be", "been", "being"))


def _read_negation(lowers: Sequence[int] | None, hit: Hit, cue_start: int) -> Hit | None:
    """The revoking status hit unless a negation right before it undoes it ("did not delay the
    code", "was not spared from the tariffs", "has never been exempted"): nothing was undone,
    so the hit tells nothing of the event's status (None) and the measure keeps its own
    reading. Not "not only ... but also", nor a negation the event's own negation check reads
    (`NEGATION_REACH` before the action cue)."""
    if lowers is None or hit.key.label != "revoked":
        return hit
    negators, spared = _WORDS["sp6_negators"], _WORDS["sp6_not_negating"]
    low = hit.start - 2  # sp40r2: no builtin min/max
    for i in range(low if low > 0 else 0, hit.start):
        if cue_start - NEGATION_REACH <= i < cue_start:
            # nlp/events.py `_negated` reads it: an undoing negated there ("does not lift the
            # ban") is kept as the rules read it
            continue
        if lowers[i] in negators and lowers[i + 1] not in spared:
            if all(lowers[j] in _BE for j in range(i + 1, hit.start)):
                return None
    return hit


_SINCE = hash_string("since")


def _since_opens_clause(
    lowers: Sequence[int] | None, status_hits: list[Hit], hit: Hit, cue_end: int
) -> bool:
    """Whether "since" before the measure opens a clause whose own verb tells the step ("since
    Kyiv and Washington signed their minerals agreement", "since parliament passed a law"): it
    dates that step as a time clause does and says nothing of it standing; the verb of deciding
    decides (R6). Not a restriction's own verb ("since Washington banned imports"): that stands
    in the background (R5)."""
    if lowers is None or hit.end - hit.start != 1 or lowers[hit.start] != _SINCE:
        return False
    return any(h.key.label == "agreed" and hit.end <= h.start < cue_end for h in status_hits)


def _would_opens_sentence(lowers: Sequence[int] | None, start: int) -> bool:
    """Whether "it would" / "they would" at `start` opens its sentence ("It would also cap
    permitting times at 24 months", after a bill or a plan is named): no verb of saying makes it
    the actor's word of what it will do; it tells what a text not yet decided would do or a
    hypothesis, weighed (R3)."""
    if lowers is None:
        return False
    return start == 0 or lowers[start - 1] in _WORDS["sp6_sentence_ends"]


_WOULD = hash_string("would")


def _subject_would_before(lowers: Sequence[int] | None, cue_start: int) -> bool:
    """Whether a bare "would" after a short subject opening the sentence stands before the
    measure with no sentence end between ("The bill would also cap permitting times", "Strategic
    projects would get permits within 24 months"): what a text or a proposal would do, weighed
    (R3), when no status cue governs the step. Not after a verb of saying ("It said it would
    spend"): the actor's own word, decided (R6)."""
    if lowers is None:
        return False
    ends = _WORDS["sp6_sentence_ends"]
    first = cue_start - WINDOW_BEFORE  # sp40r2: no builtin min/max
    if first < 0:
        first = 0
    if _WOULD not in lowers[first:cue_start]:
        return False  # speed37: the scan below says True only at a "would"
    for i in range(cue_start - 1, first - 1, -1):
        if lowers[i] in ends:
            return False
        if lowers[i] == _WOULD:
            low = max(-1, i - _SETTINGS["sp6_would_subject_reach"] - 1)
            start = next((j for j in range(i - 1, low - 1, -1) if j < 0 or lowers[j] in ends), None)
            # "It said it would spend": the actor's own word of what it will do (R6)
            return start is not None and _WORDS["sp_said_verbs"].isdisjoint(lowers[start + 1 : i])
    return False


@_overruling
@_gate("agreed", sources=("default",))
def _opening_would_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step no cue governs after a sentence-opening "would" (`_subject_would_before`) is
    proposed."""
    if (
        source == "default"
        and status == "agreed"
        and _subject_would_before(kwargs.get("lowers"), cue_start)
    ):
        return "proposed", "cue"
    return None


def _chamber_passed_bill(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether the step comes after one chamber, a committee or a cabinet passing a bill ("the
    Senate on Tuesday passed legislation to set up the fund", "the cabinet approved a bill
    that would let the state take stakes"): the bill still goes to another body, so it and
    what it would do are not yet decided (R3; session 14: a bill passed by one chamber is
    proposed). Not a parliament or congress passing it: that is the law made (R6)."""
    if lowers is None:
        return False
    ends, verbs = _WORDS["sp6_sentence_ends"], _WORDS["sp7_passing_verbs"]
    low = cue_start - _SETTINGS["sp7_passed_bill_reach"]
    if low < 0:
        low = 0
    if verbs.isdisjoint(lowers[low:cue_end]):
        return False  # speed37: only a passing verb makes the scan below say True
    # the verb may open the event's own cue ("passed legislation")
    for v in range(cue_end - 1, low - 1, -1):
        if lowers[v] in ends:
            return False
        if lowers[v] in verbs and _chamber_before(lowers, v) and _bill_after(lowers, v):
            return True
    return False


def _chamber_before(lowers: Sequence[int], verb: int) -> bool:
    """Whether a word naming one chamber, a committee or a cabinet stands as the subject just
    before the passing verb at `verb` ("The House of Representatives on Monday passed")."""
    chambers, stops = _WORDS["sp7_chambers"], _WORDS["sp6_urge_stops"]
    last = verb - 1 - _SETTINGS["sp7_chamber_reach"]  # sp40r2: no builtin min/max
    reach = range(verb - 1, last if last > -1 else -1, -1)
    return _met_before_stop(lowers, reach, chambers, stops, words_first=True)


def _bill_after(lowers: Sequence[int], verb: int) -> bool:
    """Whether the object right after the passing verb at `verb` is a bill ("approved a $1
    trillion infrastructure package", "passed legislation")."""
    bills, stops = _WORDS["sp7_bill_words"], _WORDS["sp6_urge_stops"]
    reach = range(verb + 1, min(len(lowers), verb + 1 + _SETTINGS["sp7_bill_reach"]))
    return _met_before_stop(lowers, reach, bills, stops, words_first=True)


@_overruling
@_gate("agreed")
def _bills_in_chamber_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step read agreed after one chamber or a cabinet passing a bill
    (`_chamber_passed_bill`) is proposed."""
    if status == "agreed" and _chamber_passed_bill(kwargs.get("lowers"), cue_start, cue_end):
        return "proposed", "cue"
    return None


# sttr2 (sa6_): sanctions imposed well before the news.


def _sa6_imposed_old(
    lowers: Sequence[int] | None, cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> bool:
    """Whether a sanction outside the lead is told by the past verb that imposed it, right
    beside its cue ("In March the EU imposed sanctions on four officials", "sanctions imposed
    in 2021"), and dated well before publication: a background restriction told by its own
    verb stands (R5), as an old tariff does; a listing or a blocked deal stays an act."""
    if lowers is None or kwargs.get("action") not in _NAMES["sa6_imposed_actions"]:
        return False
    if kwargs.get("sentence_index", 0) < kwargs.get("lead_sentences", 2):
        return False
    age = _age_days(kwargs.get("event_date"), kwargs.get("published"))
    if age is None or age <= kwargs.get("in_force_after_days", 60):
        return False
    reach = _SETTINGS["sa6_imposed_reach"]
    window = _sentence_window(lowers, cue_start, cue_end, reach)
    return not _WORDS["sa6_imposed_verbs"].isdisjoint(window)


@_overruling
@_gate("agreed", sources=("cue",), actions=("sa6_imposed_actions",))
def _sa6_old_sanctions_standing(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A sanction read agreed from its verb but imposed well before the news
    (`_sa6_imposed_old`) stands, in force."""
    if (
        status == "agreed"
        and source == "cue"
        and _sa6_imposed_old(kwargs.get("lowers"), cue_start, cue_end, kwargs)
    ):
        return "in_force", "date"
    return None


def _blocs_never_in_force(
    chooser: Callable[..., tuple[str, str]],
) -> Callable[..., tuple[str, str]]:
    """The chooser, except that an action of status.yaml `never_in_force` (a bloc one joins or
    leads) is agreed where another would stand: dev's author never labels a bloc in force."""

    below = _whole_of(chooser)

    def whole(
        hits: Any, cue_start: int, cue_end: int, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[str, str]:
        status, source = below(hits, cue_start, cue_end, args, kwargs)
        if status == "in_force" and kwargs.get("action") in _NAMES["never_in_force"]:
            if isinstance(status, RecordedStatus):
                agreed = RecordedStatus("agreed")
                agreed.record = status.record
                return agreed, source
            return "agreed", source
        return status, source

    return _with_whole(chooser, whole)


# Whether the learned model (nlp/status_model.py) may overrule the rules: None reads status.yaml
# `status_chooser`; True or False overrides it (tests, and measuring the rules alone).
USE_MODEL: bool | None = None
# The model's weights (a test may point this at a model of its own).
MODEL_PATH = MODEL_FILE
# A training hook, off by default: when a list, every choice appends (features, rules' status)
# and returns its status as a `RecordedStatus` naming that entry, so the trainer can pair the
# events of the output with the features of the choice that made them (nlp/train_status.py).
RECORDER: list[tuple[list[str], str]] | None = None


class RecordedStatus(str):
    """A status that remembers which RECORDER entry chose it (training only)."""

    record: int


def _model_on() -> bool:
    if USE_MODEL is not None:
        return USE_MODEL
    return load_data(STATUS_FILE).get("status_chooser") == "rules+model"


# speed39: (USE_MODEL, MODEL_PATH, the model they choose or None), as `_model_seen` last read them
_MODEL_SEEN: tuple[Any, Any, StatusModel | None] = (object(), None, None)


def _model_seen() -> StatusModel | None:
    """The model `_learned` consults (None when the rules choose alone), read again only when
    `USE_MODEL` or `MODEL_PATH` changed: the switch's setting and a path's model never do."""
    global _MODEL_SEEN
    model = load_model(MODEL_PATH) if _model_on() else None
    _MODEL_SEEN = (USE_MODEL, MODEL_PATH, model)
    return model


def _learned(
    chooser: Callable[..., tuple[str, str]],
) -> Callable[..., tuple[str, str]]:
    """The chooser, with the rules' choice handed to the learned model, which may overrule it
    when sure enough (its `threshold`): hand rules written from development errors did not
    carry to unseen text, so this tests whether a model learned from all the development sets'
    labels does. Measured in sessions 8 and 9 it did not clear the bar (the switch is off); the
    hook stays so a retrained model can be judged the same way. `doc`, `clause` and `sentence`
    (token bounds) are for the model's word features only: the rules never read them; `lowers`,
    the document's lower-case word hashes, spare the model reading them again per choice and
    let the rules read a word next to the cue."""

    below = _whole_of(chooser)

    def whole(
        hits: Iterable[Hit],
        cue_start: int,
        cue_end: int,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> tuple[str, str]:
        # sp39-r2: the model's keywords (`doc`, `clause`, `sentence`) stay in the call's dict:
        # `choose_status` takes them and reads none, and no reading does
        hits = hits if isinstance(hits, list) else list(hits)
        status, source = below(hits, cue_start, cue_end, args, kwargs)
        # speed39: the model as last looked up, while the switch and the path are the same
        use, path, model = _MODEL_SEEN
        if use is not USE_MODEL or path is not MODEL_PATH:
            model = _model_seen()
        if model is None and RECORDER is None:
            return status, source
        lowers = kwargs.get("lowers")
        rule = status
        status_hits = kwargs.get("status_hits")
        if status_hits is None:
            status_hits = status_cues(hits)
        # what both paths read: this call's own kwargs are the context, the model's three in it
        barriers = kwargs.get("barriers") or ()
        if model is not None and RECORDER is None:
            # the fast path: the scores of the features below without building them
            # (speed39: its arguments named, not a tuple unpacked into the call)
            scores = model.fast_scores(
                hits, status_hits, cue_start, cue_end, barriers, status, source, kwargs, lowers
            )
            learned = model.decide(scores, status)
            return (status if learned is None else learned), source
        basis = (hits, status_hits, cue_start, cue_end, barriers, status)
        feats = features(*basis, source, kwargs, model.groups if model is not None else GROUPS)
        if model is not None:
            learned = model.decide(model.scores(feats), status)
            if learned is not None:
                status = learned
        if RECORDER is not None:
            RECORDER.append((feats, rule))
            status = RecordedStatus(status)
            status.record = len(RECORDER) - 1
        return status, source

    return _with_whole(chooser, whole)


# speed38: the tests of `choose_status` over marks and hits, as functions: a generator in its
# body made the variables it reads (the cue's bounds, the hit) cells of every choice, read
# through one more indirection each time, and cost more to build than a call


# the labels `choose_status` reads before weighing the hits: clause boundaries, frames and
# revoking verbs
_MARKING = frozenset({BOUNDARY, FRAME, "revoked"})


def _any_between(marks: Iterable[int], low: int, high: int) -> bool:
    """Whether a mark (a clause boundary, a frame) stands in [low, high)."""
    for mark in marks:
        if low <= mark < high:
            return True
    return False


def _action_cue_between(hits: list[Hit], low: int, high: int) -> bool:
    """Whether another action cue (not a context word) starts in [low, high)."""
    return any(
        h.key.family == "action" and h.key.kind != "context" and low <= h.start < high for h in hits
    )


def _decided_before(status_hits: list[Hit], start: int) -> bool:
    """Whether a deciding cue ends within `DECIDED_REACH` tokens before `start`."""
    return any(
        h.key.label == "agreed" and h.end <= start and start - h.end <= DECIDED_REACH
        for h in status_hits
    )


def _framed_before(status_hits: list[Hit], cue_start: int) -> bool:
    """Whether a frame ("under") ends within `FRAME_REACH` tokens before the cue."""
    for h in status_hits:  # speed39: a plain loop, not a generator in any()
        if h.key.label == FRAME and h.end <= cue_start and cue_start - h.end <= FRAME_REACH:
            return True
    return False


def _recent_told(
    lowers: Sequence[int] | None,
    best: _Choice | None,
    cue_start: int,
    cue_end: int,
    after_lead: bool,
) -> bool:
    """Whether the measure chosen by `best` is a restriction of "this month" / "last week" told
    outside the lead (`_recent_background`, R5)."""
    return _recent_background(lowers, best.start if best else None, cue_start, cue_end, after_lead)


@_blocs_never_in_force
@_learned
@_overruling(_Later("_s43_status_rules"))
@_overruling(_Later("_se34_export_rules"))
@_overruling(_Later("_sn34_talks_rules"))
@_overruling(_Later("_sm34_flow_rules"))
@_overruling(_Later("_sm34_cut_rules"))
@_overruling(_Later("_sm34_money_rules"))
@_overruling(_Later("_sq34_strategy_rules"))
@_overruling(_Later("_ss34_pledged_proposed"))
@_overruling(_Later("_ss34_strategy_rules"))
@_overruling(_Later("_sr34_replaced_revoked"))
@_overruling(_Later("_s2_status_rules"))
@_overruling(_Later("_st32_status_rules"))
@_overruling(_Later("_st26_plan_rules"))
@_overruling(_Later("_sr22_refused_offer_revoked"))
@_overruling(_Later("_sp34_refused_proposal_revoked"))
@_overruling(_Later("_sb4_would_step_proposed"))
@_overruling(_Later("_sb4_stalled_talks_proposed"))
@_overruling(_Later("_sb7_pact_rules"))
@_trade_cases_not_standing
@_asked_undoings_proposed
@_text_would_proposed
@_urged_steps_proposed
@_opening_would_proposed
@_bills_in_chamber_proposed
@_sa6_old_sanctions_standing
@_overruling(_Later("_sb8_new_measure_agreed"))
@_overruling(_Later("_sb8_means_of_weighed_scheme"))
@_overruling(_Later("_sc5_refused_ruling_agreed"))
@_overruling(_Later("_court_ruling_revoked"))
@_overruling(_Later("_sb10_followed_act_agreed"))
@_overruling(_Later("_sb10_built_plant_running"))
@_overruling(_Later("_sc4_named_bill_in_chamber_proposed"))
@_overruling(_Later("_sc2_allowed_exports_revoked"))
@_overruling(_Later("_sc2_regime_named"))
@_overruling(_Later("_sc2_need_ahead_not_aged"))
@_overruling(_Later("_sd2_effect_rules"))
@_overruling(_Later("_sc3_money_not_running"))
@_overruling(_Later("_sc3_made_text_aim_agreed"))
@_overruling(_Later("_sc3_would_default_proposed"))
@_overruling(_Later("_sc1_past_start_in_force"))
@_overruling(_Later("_sc1_law_working_in_force"))
@_overruling(_Later("_sc1_applying_now_in_force"))
@_overruling(_Later("_sc1_named_standing"))
@_overruling(_Later("_sc5_running_again_default"))
@_overruling(_Later("_sd1_put_forward_proposed"))
@_overruling(_Later("_sb22_standing_predicate_in_force"))
@_overruling(_Later("_sb22_span_in_force"))
@_overruling(_Later("_sp22_wished_rules"))
@_overruling(_Later("_sq23_unmade_proposed"))
@_overruling(_Later("_st27_force_rules"))
def choose_status(
    hits: Iterable[Hit],
    cue_start: int,
    cue_end: int,
    priority: list[str],
    *,
    barriers: Iterable[int] = (),
    event_date: str | None = None,
    published: date | None = None,
    in_force_after_days: int = 60,
    ages: bool = True,
    restated: bool = False,
    weights: dict[str, float] | None = None,
    sentence_index: int = 0,
    lead_sentences: int = 2,
    named_law: bool = False,
    law_reference: bool = False,
    possessed: bool = False,
    action: str | None = None,
    status_hits: list[Hit] | None = None,
    lowers: Sequence[int] | None = None,
    doc: Any = None,
    clause: tuple[int, int] | None = None,
    sentence: tuple[int, int] | None = None,
) -> tuple[str, str]:
    """(status, source) of the event whose cue spans [cue_start, cue_end): the nearest status
    cue in the same clause, priority order breaking near-ties; no cue means agreed, or in_force
    when a standing measure (`ages`) dates from well before publication or (`restated`) is
    restated after the lead with no date. `source` is cue | date | background | default.
    `action`, the event's type, settles the labels of status.yaml `by_action`; `status_hits`,
    when given, are `status_cues(hits)` read once for the sentence; `lowers`, the document's
    lower-case word hashes, let a rule read the words around the cue (a time clause, a relative
    clause). `doc`, `clause` and `sentence` are the learned model's (`_learned`): unread here."""
    # the caller (`_learned`) hands a list over already; it is read several times
    hits = hits if isinstance(hits, list) else list(hits)
    # sp39-r2: the order's ranks looked up here, `_ranks` called only for an order not met yet
    ranked = _RANKS.get(tuple(priority))
    rank, default_weight, weighed = _ranks(priority) if ranked is None else ranked
    weight = weights or default_weight
    if status_hits is None:
        status_hits = status_cues(hits)
    by_action = _by_action()
    # subordinators ("a day after", "because", "amid") open a clause of its own
    # speed38: the sentence's boundaries, frames and revoking verbs just before the cue read in
    # one pass over its status hits, not three
    boundaries: list[int] = []
    frames: list[int] = []
    revoked_ends: list[int] = []
    for key, start, end in status_hits:
        label = key.label
        if label not in _MARKING:
            continue  # speed39: most hits are status cues, none of the three: one set test
        if label == BOUNDARY:
            boundaries.append(start)
        elif label == FRAME:
            frames.append(start)
        elif end <= cue_start and cue_start - end <= WINDOW_BEFORE:
            if action in _NAMES["s42_permit_actions"] and _s42_permission_stopped(lowers, start):
                continue  # the restriction's own verb (`_s42_permission_stopped`), no undoing
            revoked_ends.append(end)
    barrier_set = set(barriers)
    if boundaries:
        barrier_set.update(boundaries)  # speed39: one set built, not three
    best: _Choice | None = None
    nearest_gap: float | None = None
    # whether a cue after the measure says it applies now ("the duties imposed in 2018 still
    # apply", "tariffs imposed in 2019, which remain in force")
    standing_after = False
    # whether that cue says the measure took effect (`_took_effect_after`)
    took_effect = False
    wide: str | None = None
    # a condition before the measure that does not hold it (`_condition_holds`)
    aside = False
    # a revoking verb governing the measure from before ("lifted the tariffs he had imposed"):
    # what follows the measure tells its past, not this step
    undone_before = False
    for end in revoked_ends:
        if not _any_between(barrier_set, end, cue_start):
            undone_before = True
            break
    for hit in status_hits:
        own_label = hit.key.label
        # speed38: the label of `hit` as it is relabelled below, read once
        hit_label = own_label
        relative = conditional = False
        # none of the readings below reads or relabels a hit of another label: it passes them
        # unchanged (its label is neither revoked, relative, nor conditional)
        if own_label in _RELABELLED:
            # sp39-r2: the first readings dispatched on the hit's own label, most frequent
            # first (each reads hits of its label only, and skips or relabels them)
            adjectival = False
            if own_label == "proposed":
                if action in _NAMES["sa7_text_actions"] and (
                    _sa7_text_content(hit, lowers, cue_start, cue_end, action)
                    or _sb5_content_after_verb(hit, lowers, cue_end, action)
                ):
                    continue
                adjectival = True
            elif own_label == MEASURE:
                if hit.end - hit.start == 1 and _raised_in_talks(lowers, hit, cue_start, cue_end):
                    continue
            elif own_label == "in_force":
                if hit.end <= cue_start and _since_opens_clause(lowers, status_hits, hit, cue_end):
                    continue
                adjectival = True
            elif own_label == "revoked":
                # speed37: only a revoking hit can be negated away (`_read_negation`)
                if _read_negation(lowers, hit, cue_start) is None:
                    continue
                # an undoing that is not this step's
                # (speed39: the action lists these readings first test, tested before their calls)
                if (
                    _sb3_lifts_to_level(lowers, hit)
                    or (
                        action in _NAMES["sc5_refused_actions"]
                        and _sc5_undoing_refused(lowers, hit, action)
                    )
                    or (
                        action in _NAMES["sb3_text_actions"]
                        and (
                            _sb3_text_content_undoing(lowers, hit, cue_end, action)
                            or _sc4_text_purpose_undoing(lowers, hit, cue_end, action)
                        )
                    )
                    or _sd3_later_undoing(lowers, hit, status_hits, cue_start, cue_end)
                ):
                    continue
                if action in _NAMES["s42_permit_actions"] and _s42_permission_stopped(
                    lowers, hit.start
                ):
                    # "stopped issuing export permits": withholding the permission is the
                    # restriction's own verb, as "halted exports" is (R6 news, R5 background)
                    hit = Hit(_relabelled(hit.key, MEASURE), hit.start, hit.end)
                    hit_label = own_label = MEASURE
            elif own_label == SAID_WOULD:
                if _would_opens_sentence(lowers, hit.start):
                    hit = Hit(_relabelled(hit.key, "proposed"), hit.start, hit.end)
                else:
                    if not _said_it_would(lowers, status_hits, hit.start, hit.end):
                        continue
                    hit = Hit(_relabelled(hit.key, SCHEDULED), hit.start, hit.end)
                hit_label = hit.key.label
            elif own_label == ATTRIBUTIVE:
                adjectival = True
            elif own_label == _SD3_WEIGHED and _sd3_weighed_step(lowers, hit, action):
                hit = Hit(_relabelled(hit.key, "proposed"), hit.start, hit.end)
                hit_label = hit.key.label
            if (
                adjectival
                and action not in _NAMES["decided_still_to_come"]
                and hit.end - hit.start == 1
                and _object_adjective(lowers, status_hits, hit, cue_end, cue_start)
            ):
                # a planned plant is the event itself ("help fund its planned refinery", R3)
                continue
            if hit_label == SCHEDULED and _will_weigh(lowers, hit.end):
                hit = Hit(_relabelled(hit.key, "proposed"), hit.start, hit.end)
                hit_label = hit.key.label
            if (
                undone_before
                and hit.start >= cue_end
                and own_label in ("in_force", RELATIVE_IN_FORCE)
            ):
                continue
            # speed39: the readings below test the label as relabelled so far, and relabel only
            # hits of these labels: a hit of another label (most) passes them by one set test
            if hit_label in _LATE_RELABELLED:
                if hit_label == ATTRIBUTIVE:
                    if not (hit.end <= cue_start + 1 and cue_start - hit.end <= ATTRIBUTIVE_REACH):
                        continue
                    hit = Hit(_relabelled(hit.key, "in_force"), hit.start, hit.end)
                    hit_label = hit.key.label
                # "which took effect" speaks of the nearest measure before it: not of this event's
                # when another action cue stands between ("approved ... under the Act, which ...")
                relative = hit_label == RELATIVE_IN_FORCE and not _action_cue_between(
                    hits, cue_end, hit.start
                )
                if hit_label == RELATIVE_IN_FORCE:
                    if hit.end <= cue_start and _s43_framed_relative(frames, hit.start):
                        # s43: "under the Act, which entered into force in May 2024, setting a
                        # reference price": the clause tells of the frame's law, not the step
                        continue
                    hit = Hit(_relabelled(hit.key, "in_force"), hit.start, hit.end)
                    hit_label = hit.key.label
                if hit_label == RELATIVE_PROPOSED:
                    if not (named_law or _would_tells_content(action, hit.start, cue_end)):
                        continue
                    relative = True
                    hit = Hit(_relabelled(hit.key, "proposed"), hit.start, hit.end)
                    hit_label = hit.key.label
                if hit_label == TALKS_AHEAD:
                    decided = _decided_before(status_hits, hit.start)
                    hit = Hit(
                        _relabelled(hit.key, "agreed" if decided else "proposed"),
                        hit.start,
                        hit.end,
                    )
                    hit_label = hit.key.label
                if (
                    hit_label == "revoked"
                    and hit.end < cue_start
                    and _undoing_noun_elsewhere(lowers, hit.start, hit.end)
                ):
                    continue
                if hit_label == EXPIRE:
                    if hit.start < cue_end or _in_time_clause(lowers, cue_start):
                        continue
                    hit = Hit(_relabelled(hit.key, "revoked"), hit.start, hit.end)
                    hit_label = hit.key.label
                conditional = hit_label == CONDITIONAL
                if conditional:
                    if hit.end <= cue_start and not _condition_holds(
                        status_hits, cue_start, cue_end, lowers
                    ):
                        # the measure is told as it stands, in a clause the condition leaves aside
                        aside = True
                        continue
                    hit = Hit(_relabelled(hit.key, "proposed"), hit.start, hit.end)
                    hit_label = hit.key.label
                if hit_label == PLAN_NOUN:
                    if cue_start <= hit.start < cue_end < hit.end or _sw8_plan_in_cue(
                        hit, lowers, cue_start, cue_end
                    ):
                        # the cue ends on the plan ("adopted an action plan to secure rare earths"):
                        # the plan is the measure itself, and what follows is its content
                        continue
                    hit = Hit(_relabelled(hit.key, "proposed"), hit.start, hit.end)
                    hit_label = hit.key.label
        if hit_label not in weighed:
            if hit_label not in by_action:
                continue
            hit = _by_type(hit, by_action, action)
            hit_label = hit.key.label
            if hit_label not in rank:
                continue  # "none": the label says nothing of this type of event
        if (
            hit_label == "revoked"
            and (hit.end <= cue_start or hit.start >= cue_end)
            and _undoes_other_measure(hits, hit.end, cue_start, cue_end, action)
        ):
            # "concluded a trade agreement, removing most tariffs": the revoking verb undoes the
            # measure right after it, not this event
            continue
        if hit.key.kind == "wide":
            # "will ban exports ... with immediate effect" spans its clause, not a clause
            # opened by a subordinator ("..., a day after Washington unveiled its curbs")
            low, high = min(hit.start, cue_start), max(hit.end, cue_end)
            if not _any_between(boundaries, low, high):
                wide = hit_label
            continue
        if hit.end <= cue_start:
            gap = cue_start - hit.end
            limit = LAW_WINDOW_BEFORE if named_law else WINDOW_BEFORE
            # (speed39: an empty set of barriers or frames is told apart without a call)
            if gap > limit or (barrier_set and _any_between(barrier_set, hit.end, cue_start)):
                continue
            if frames and hit_label != "in_force" and _any_between(frames, hit.end, cue_start):
                # "exports would have stopped under the 2020 mining law": the verb tells what
                # is done in the frame, not the framing measure's step; a start of supply
                # under a contract is that contract applied
                continue
            # the main verb may sit before a long object ("launched a tender to buy up to
            # $500 million worth of cobalt for its stockpile"): far tokens count half; a
            # condition holds its whole clause, whatever verb it has
            # (speed39: `min(gap, 5) + 0.5 * max(0, gap - 5)` by a comparison, not two calls)
            gap = 0.0 if conditional else gap + 0.0 if gap <= 5 else 5 + 0.5 * (gap - 5)
        elif named_law and not (
            hit.start >= cue_end
            and hit.start - cue_end <= LAW_WINDOW_AFTER
            and (hit_label in LAW_PREDICATES or own_label in LAW_PREDICATES)
        ):
            continue
        elif hit.start >= cue_end:
            gap = hit.start - cue_end
            limit = WINDOW_AFTER_IN_FORCE if hit_label == "in_force" else WINDOW_AFTER
            if gap > limit or (barrier_set and _any_between(barrier_set, cue_end, hit.start)):
                continue
            # a cue before the action (its verb or modal) governs it more often, but not more
            # than a relative clause saying the measure took effect
            gap = 0.0 if relative else gap + 1.5
            if hit_label == "in_force":
                standing_after = True
                took_effect = took_effect or _phrase_at(lowers, hit.start, "sp5_took_effect")
        elif hit_label == "revoked" and (
            hit.start < cue_start or _names_measure_after(hits, hit.end, cue_end)
        ):
            # a revoking phrase that reaches into the measure ("ended its ban", "lifted the
            # export ban") governs it
            gap = 0.0
        else:
            # the word is part of the action cue ("banned exports"): it names the measure more
            # than its modality, so a governing word nearby ("exempt ... from its ban") wins
            gap = OVERLAP_GAP
            if (
                hit_label == "revoked"
                and action not in _NAMES["undone_by_own_verb"]
                and not _sb3_bloc_undone(lowers, hit, action)
                and not _s42_undoes_text(lowers, hit.end, cue_end)
            ):
                # "suspended cobalt exports": the revoking verb is the measure itself; but a
                # plant halted ("halted production at the mine") or a permit suspended is that
                # step undone
                score = gap + weight.get("agreed", 0.0)
                if best is None or score < best.score:
                    # told as a restriction's own verb ("halted exports of bauxite"): as the
                    # news it is the decision, agreed; told as background, a standing
                    # restriction (status convention R5), like "banned"
                    best = _NEW(_Choice, (score, "agreed", True, False, MEASURE, False, hit.start))
                continue
            if hit_label == "revoked":
                # the undoing is the step itself, whatever says when ("said it would suspend
                # the mines" is announced for the future, revoked: status convention R1)
                gap = 0.0
        label = "agreed" if hit_label in (NOMINAL, SCHEDULED, MEASURE) else hit_label
        score = gap + weight.get(label, 0.0)
        if best is None or score < best.score:
            best = _NEW(
                _Choice,
                (
                    score,
                    label,
                    gap == OVERLAP_GAP or hit_label == NOMINAL,
                    hit_label == SCHEDULED,
                    # the verb opening the action cue ("opened a plant") is the step itself
                    "step" if gap == OVERLAP_GAP and hit.start == cue_start else own_label,
                    cue_end <= hit.start <= cue_end + PARTICIPLE_REACH,
                    hit.start,
                ),
            )
        if gap != OVERLAP_GAP and (nearest_gap is None or gap < nearest_gap):
            nearest_gap = gap
    if (
        ages
        and best is not None
        and best.label == "agreed"
        and best.own_label in (MEASURE, "step")
        and best.start < cue_end
        and _told_as_background(status_hits, best.start if best.start < cue_start else cue_start)
    ):
        # "weeks after Beijing tightened its export controls": a restriction told by its own
        # verb in a clause that sets the news against it is background, standing (R5)
        return "in_force", "background"
    if (
        aside
        and action in MEASURES
        and best is not None
        and best.label == "agreed"
        and best.own_label in (MEASURE, "step")
    ):
        # "if they help Russia get around the sanctions imposed last year", "..., Beijing, which
        # has banned exports": a restriction told by its own verb beside a hypothetical, never
        # the news itself, is background, standing (status convention R5)
        return "in_force", "background"
    if (
        not undone_before
        and best is not None
        and best.label == "agreed"
        and best.own_label == MEASURE
        and action in MEASURES
        and _named_by_own_clause(lowers, barrier_set, best.start, cue_end)
        and not _is_the_news(event_date, published)
    ):
        # "the tariffs Washington imposed on steel", "the sanctions that the EU imposed after the
        # invasion", "sanctions imposed in April": a restriction named by a clause of its own
        # verb is the background of the news, standing (status convention R5)
        return "in_force", "cue"
    if (
        not undone_before
        and action in MEASURES
        and (
            best is None or (best.label == "agreed" and (best.inside or best.own_label == MEASURE))
        )
        and _named_by_relative_clause(lowers, barrier_set, cue_end)
        and not _is_the_news(event_date, published)
    ):
        # "the tariffs on steel and aluminium imports that Washington imposed in 2018": a
        # restriction named by a relative clause of its own verb stands (status convention R5)
        return "in_force", "cue"
    if standing_after and best is not None and best.label == "agreed" and best.participle:
        # the participle right after the measure only names it ("the duties imposed in 2018");
        # the predicate of the clause says it applies now (status convention R4)
        return "in_force", "cue"
    if wide is not None and (best is None or best.label != "revoked"):
        return wide, "cue"
    if action in MEASURES and _proposed_addition(lowers, status_hits, cue_start, barrier_set):
        return "proposed", "cue"
    if ages and law_reference and (best is None or best.label != "revoked"):
        return "in_force", "background"  # "designated under the Defense Production Act"
    if ages and named_law and _sw8_relative_proposed(lowers, status_hits, cue_end):
        return "proposed", "cue"
    if (
        ages
        and (named_law or (possessed and not _sw8_owner_of_verb(best, lowers, cue_start, action)))
        and not _called_new(lowers, cue_start)
        and (nearest_gap is None or nearest_gap > 3)
        and (best is None or best.label not in ("revoked", "proposed", "in_force"))
        and not (best is not None and best.scheduled)
        and not _start_scheduled_after(status_hits, cue_start)
        and not _sb5_named_by_issuing(lowers, cue_end, action, event_date, published)
        and not _sb5_superseded(lowers, cue_start, cue_end, action)
        and not (
            named_law
            and _before_the_news(event_date, published)
            and _sw9_act_told_first(best, lowers, cue_start, cue_end, action)
        )
    ):
        # "under the Defense Production Act", "its export ban": a measure already standing (one
        # with its own in-force cue, "its tariffs took effect", keeps the cue as its source);
        # not one whose own predicate starts it later ("China's export controls on antimony
        # take effect on Sunday": a future start, agreed, status convention R6); not one called
        # new ("China's new export controls"), the news itself (`_called_new`)
        return "in_force", "background"
    # speed39: the reading's own first test (a proposed or agreed cue chosen) before its call
    if (
        best is not None
        and best.label in ("proposed", "agreed")
        and _schedule_overtaken(lowers, status_hits, best)
    ):
        return "revoked", "cue"
    if (
        action in _NAMES["decided_still_to_come"]
        and best is not None
        and best.label in ("agreed", "proposed")
        and _amount_decides(lowers, status_hits, cue_start)
    ):
        return "agreed", "cue"
    if took_effect and _took_effect_after(best):
        # "a U.S. ban on imports of uranium took effect on August 11": the measure's own
        # taking effect outweighs the verb or noun that names it (status convention R4)
        return "in_force", "cue"
    status = best.label if best else _default(status_hits, cue_start, action, event_date)
    source = "cue" if best else "default"
    if best is None and event_date is None and _sw8_present_working(lowers, cue_start, cue_end):
        return "in_force", "default"
    if (
        status == "agreed"
        and action in _NAMES["decided_still_to_come"]
        and (best is None or best.own_label in ("agreed", NOMINAL, MEASURE))
        and not _sc5_output_level(lowers, cue_start, cue_end)
    ):
        # a mine or plant approved, funded or announced is still to be built: the decision is
        # an event of its own (a permit, a loan). The verb of the step itself ("opened a
        # plant"), a start or a schedule says what happened to the plant
        return "proposed", source
    if (
        status == "agreed"
        and action in _NAMES["framed_in_force"]
        and _framed_before(status_hits, cue_start)
    ):
        # "working with Washington under a joint action plan agreed in 2020": a deal that
        # frames what is done now stands, once it is older than the news
        age = _age_days(event_date, published)
        if age is not None and age > in_force_after_days:
            return "in_force", "date"
    # a standing measure dated well before publication stands when told by its own verb or
    # named bare ("banned exports in 2019", "the 2019 ban"), unless the verb looks ahead ("will",
    # "set to kick in"); told by a verb of deciding or announcing ("announced licensing in July
    # 2023", "the strategy unveiled in 2022") it stays the report of that act. A one-off act (a
    # pact, a loan) is history when old ("a 2022 agreement"): agreed, dated as a step of its own
    deciding = (
        best is not None
        and not (best.inside or best.participle)
        and best.own_label not in (MEASURE, "step")
    )
    # speed39: the four readings below each say no first for an action outside
    # `sg_told_as_act`: that test once, before their calls
    if (
        ages
        and action in _NAMES["sg_told_as_act"]
        and (
            _told_as_act(best, lowers, cue_start, cue_end, action)
            or _sd_participle_with_maker(best, lowers, cue_end, action)
            or _sb5_named_by_issuing(lowers, cue_end, action, event_date, published)
            or _sb5_superseded(lowers, cue_start, cue_end, action)
        )
    ):
        ages = False

    # speed38: whether the measure is told as recent background (`_recent_told`) is read by a
    # call at each place, not by a closure built for every choice
    after_lead = sentence_index >= lead_sentences
    if status == "agreed" and (best is None or best.inside or (ages and not deciding)):
        age = _age_days(event_date, published, ages)  # sp40: no keyword in the cached call
        if age is not None and age > in_force_after_days and (best is None or not best.scheduled):
            if ages and _sd_named_proposal(lowers, cue_start, cue_end):
                return "proposed", "date"
            return ("in_force" if ages else "agreed"), "date"
        if (
            ages
            and (_told_by_own_verb(best, cue_end, action) or (best is None and action in MEASURES))
            and (
                _before_the_news(event_date, published)
                or _recent_told(lowers, best, cue_start, cue_end, after_lead)
            )
        ):
            # "earlier this year Trump invoked emergency powers", "in October Beijing tightened
            # its controls": a restriction told by its own verb before the news of the last
            # days is its background, in force (status convention R5); so is one that no cue
            # governs ("Indonesia stopped exports of nickel ore on January 1")
            return "in_force", "date"
        if (
            restated
            and event_date is None
            and sentence_index >= lead_sentences
            and (best is None or best.inside)
        ):
            return "in_force", "background"
    if (
        status == "agreed"
        and action in _NAMES["sp4_recent_actions"]
        and _told_by_own_verb(best, cue_end, action)
        and _recent_told(lowers, best, cue_start, cue_end, after_lead)
    ):
        # "the Treasury last week imposed sanctions on the producer" told after the lead
        return "in_force", "date"
    if status != "agreed":
        return status, source
    # speed39: each reading below says no first for an action outside its list: tested here
    if action in MEASURES and _sw9_perfect_restriction(
        best, lowers, cue_end, action, event_date, sentence_index >= lead_sentences
    ):
        return "in_force", "background"
    if action in _NAMES["sg_told_as_act"] and _sa7_old_text_works_now(
        best, lowers, cue_start, cue_end, action, event_date, published
    ):
        return "in_force", "date"
    if action in _NAMES["sb2_need_actions"] and _sb2_approval_needed(
        lowers, cue_start, cue_end, action
    ):
        return "proposed", "cue"
    return status, source


# stperm (sb2_): the status of permits and standards.

_SB2_STOPS = frozenset(hash_string(w) for w in (".", ",", ";", ":"))


def _sb2_approval_needed(
    lowers: Sequence[int] | None, cue_start: int, cue_end: int, action: str | None
) -> bool:
    """Whether a permitting step is told as an approval still needed ("the sale needs approval
    from Ottawa under the Investment Canada Act", "the mine still needs federal approval under
    the Impact Assessment Act"): nobody has granted it yet (R3). A named law ending the cue
    takes no cue inside it, so the "needs approval" of its own clause is read here: a verb of
    needing (`sb2_need_verbs`) then, a few words on, a noun of approval (`sb2_approval_nouns`),
    from `sb2_need_reach` words before the cue to its end, within one clause."""
    if lowers is None or action not in _NAMES["sb2_need_actions"]:
        return False
    needs, nouns = _WORDS["sb2_need_verbs"], _WORDS["sb2_approval_nouns"]
    low = cue_start - _SETTINGS["sb2_need_reach"]
    if low < 0:
        low = 0
    if needs.isdisjoint(lowers[low:cue_end]):
        return False  # speed38: the scans below say True only at a verb of needing
    for i in range(cue_end - 1, low - 1, -1):
        if lowers[i] in _SB2_STOPS:
            low = i + 1
            break
    gap = _SETTINGS["sb2_need_gap"]
    for i in range(low, cue_end):
        if lowers[i] in needs and not nouns.isdisjoint(lowers[i + 1 : min(cue_end, i + 2 + gap)]):
            return True
    return False


# stmoney (sb4_): a bare "would" right before a money or talks step (session 19)
def _sb4_would_right_before(lowers: Sequence[int] | None, cue_start: int) -> bool:
    """Whether a bare "would" stands right before the step's cue (one adverb may stand
    between: "would also provide") and no verb of saying opens its sentence before it ("The
    Act would spend $370 billion", "the government would offer incentives", "the pact,
    proposed in November, would provide 200 million euros"): what a text or a party would do,
    not yet decided (R3). After a verb of saying ("said it would spend") it is the actor's own
    word, decided (R6)."""
    if lowers is None or cue_start < 1:
        return False
    at = cue_start - 1
    if lowers[at] in _WORDS["sb4_would_adverbs"] and at >= 1:
        at -= 1
    if lowers[at] != _WOULD:
        return False
    ends = _WORDS["sp6_sentence_ends"]
    sayings = _WORDS["sp_said_verbs"] | _WORDS["sb4_saying_words"]
    return _met_first(lowers, at - 1, -1, ends, sayings) != 2


@_gate("agreed", actions=("sb4_would_actions",))
def _sb4_would_step_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A money or talks step (status.yaml `sb4_would_actions`) read as decided that a bare
    "would" governs right before its cue (`_sb4_would_right_before`) is proposed (R3)."""
    if not (status == "agreed" and kwargs.get("action") in _NAMES["sb4_would_actions"]):
        return None
    if _sb4_would_right_before(kwargs.get("lowers"), cue_start):
        return "proposed", "cue"
    return None


def _sb4_talks_stalled_after(lowers: Sequence[int] | None, cue_end: int) -> bool:
    """Whether the talks' own predicate after their cue, in the perfect, says they have stalled
    or have yet to produce a deal ("Negotiations with the EU, launched in March, have stalled",
    "Talks to modernise the pact, which began last August, have stalled", "talks with the
    three had not produced results"): talks going on or stalled are still talks (R2), whatever
    participle or clause of their start stands nearer."""
    if lowers is None:
        return False
    ends = _WORDS["sp6_sentence_ends"]
    auxiliaries, adverbs = _WORDS["sb4_talks_auxiliaries"], _WORDS["sb4_talks_adverbs"]
    high = cue_end + _SETTINGS["sb4_talks_reach"]  # sp40r2: no builtin min/max
    for i in range(cue_end, high if high < len(lowers) else len(lowers)):
        if lowers[i] in ends:
            return False
        if lowers[i] not in auxiliaries:
            continue
        at = i + 1
        while at < len(lowers) and at - i <= 2 and lowers[at] in adverbs:
            at += 1
        if _phrase_at(lowers, at, "sb4_talks_stalled"):
            return True
    return False


@_gate("agreed", "in_force", actions=(frozenset({"negotiation"}),))
def _sb4_stalled_talks_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """Talks read as held or opened whose own perfect predicate says they have stalled
    (`_sb4_talks_stalled_after`) are proposed (R2); read as standing ("since"), which talks
    never are, too."""
    if status not in ("agreed", "in_force") or kwargs.get("action") != "negotiation":
        return None
    if _sb4_talks_stalled_after(kwargs.get("lowers"), cue_end):
        return "proposed", "cue"
    return None


# strev (sb3_): a "lift" that sets a new level, not a lifting (session 19)
def _sb3_lifts_to_level(lowers: Sequence[int] | None, hit: Hit) -> bool:
    """Whether the revoking word at `hit` is a form of "lift" whose clause then names a level
    by "to" or "from" and an amount ("lifted the duty on imports to 25% from 10%", "lifting
    copper output to 3 million tonnes"): a raise, a new decision (R1: a new level is no
    lifting), not a measure ended ("lifted its ban on exports to the United States")."""
    if lowers is None or lowers[hit.start] not in _WORDS["sb3_lift_verbs"]:
        return False
    links = _WORDS["sb3_level_links"]
    units = _WORDS["sb3_level_units"]
    stops = _WORDS["sb3_level_stops"]
    reach = _SETTINGS["sb3_level_reach"]
    unit_reach = _SETTINGS["sb3_level_unit_reach"]
    end = hit.end + reach
    if end > len(lowers):
        end = len(lowers)
    for i in range(hit.end, end):
        if lowers[i] in stops:
            return False
        if lowers[i] in links and any(
            lowers[j] in units for j in range(i + 1, min(len(lowers), i + 1 + unit_reach))
        ):
            return True
    return False


def _sb3_bloc_undone(lowers: Sequence[int] | None, hit: Hit, action: str | None) -> bool:
    """Whether the revoking word inside a bloc's cue ends a membership ("withdrew from the
    partnership", "suspended Guinea from its bodies"): the step is that ending (R1), not a
    membership taken. Not "quit" or "leave", which the labels read both ways."""
    return (
        lowers is not None
        and action in _NAMES["sb3_bloc_actions"]
        and lowers[hit.start] in _WORDS["sb3_bloc_undo_verbs"]
    )


def _sb3_asked_passive(lowers: Sequence[int], at: int, cue_end: int) -> bool:
    """Whether the revoking word at `at`, after the measure ending at `cue_end`, is a passive
    infinitive after a verb of asking and that measure ("demanded the measures be withdrawn",
    "asking for the ban to be lifted"): another party's wish, not an undoing done (R3 before
    R1)."""
    if not cue_end <= at <= cue_end + WINDOW_AFTER:
        return False
    if at < 2 or lowers[at - 1] not in _WORDS["sb3_passive_be"]:
        return False
    start = at - 2
    if lowers[start] in _WORDS["sb3_passive_to"]:
        start -= 1
    verbs = _WORDS["sb3_passive_ask_verbs"]
    stops = _WORDS["sp6_urge_stops"] - _WORDS["sw6_ask_that"]
    low = max(-1, start - _SETTINGS["sb3_passive_ask_reach"])
    return _met_first(lowers, start, low, verbs, stops) == 1


def _sb3_text_content_undoing(
    lowers: Sequence[int] | None, hit: Hit, cue_end: int, action: str | None
) -> bool:
    """Whether the revoking word right after a text's name opens what the text does ("passed
    amendments to the mining law that remove the distinction", "adopted a roadmap to end
    imports of Russian energy", "legislation that removes barriers to trade"): the text's
    content, not the text undone, which keeps its own act (R6)."""
    if lowers is None or action not in _NAMES["sb3_text_actions"]:
        return False
    if not cue_end < hit.start <= cue_end + _SETTINGS["sb3_text_content_reach"]:
        return False
    return lowers[hit.start - 1] in _WORDS["sb3_text_content_openers"]


# ststrat3: an old text named by a participle of its publishing or revising (session 19)
def _sb5_named_by_issuing(
    lowers: Sequence[int] | None,
    cue_end: int,
    action: str | None,
    event_date: str | None,
    published: date | None,
) -> bool:
    """Whether an old text's name is followed by a participle of its publishing or revising,
    right after it or after a comma ("Britain's strategy, published last year, named lithium",
    "the strategy first published in 2022"), in the passive ("the list was updated last
    September") or in a passive relative clause ("the plan, which was refreshed in March"): the
    text told by the act that issued it (R6), agreed however old, not a text standing in the
    background."""
    if (
        lowers is None
        or action not in _NAMES["sg_told_as_act"]
        or cue_end >= len(lowers)
        or not _before_the_news(event_date, published)
        or _sb5_works_now(lowers, cue_end)
    ):
        return False
    if cue_end - 1 > 0 and lowers[cue_end - 1] in _WORDS["sb5_issued"]:
        # the cue ends on the participle ("the list was updated", "the code, which was revised")
        return True
    words = list(lowers[cue_end : cue_end + 5])
    at = 1 if words[0] in PARTICIPLE_GAP else 0
    relative = at < len(words) and words[at] in RELATIVE_PRONOUNS
    at += relative
    passive = at < len(words) and words[at] in _WORDS["sb5_passive_be"]
    if relative and not passive:
        return False
    at += passive
    at += at < len(words) and words[at] in _WORDS["sb5_adverbs"]
    return at < len(words) and words[at] in _WORDS["sb5_issued"]


def _sb5_content_after_verb(
    hit: Hit, lowers: Sequence[int] | None, cue_end: int, action: str | None
) -> bool:
    """Whether a proposed cue stands in what a text's present verb of content names ("the
    strategy names rare earths among the minerals with the greatest potential", "lists graphite
    as a metal where output could grow"): the text's content, not a step weighed (R6), as
    `_sa7_text_content` reads a verb of content that opens the cue."""
    if lowers is None or action not in _NAMES["sa7_text_actions"] or hit.start <= cue_end:
        return False
    if cue_end >= len(lowers) or lowers[cue_end] not in _WORDS["sb5_content_verbs"]:
        return False
    gap = lowers[cue_end + 1 : hit.start]
    reach = load_data(STATUS_FILE).get("sa7_content_reach", 12)
    return len(gap) <= reach and _WORDS["sa7_subject_breaks"].isdisjoint(gap)


def _sb5_superseded(
    lowers: Sequence[int] | None, cue_start: int, cue_end: int, action: str | None
) -> bool:
    """Whether an old text is named as the one replaced or the previous one ("it replaces the
    2022 strategy", "the previous plan, adopted in 2021"): told as history, it no longer applies
    now (R4 does not hold), so it stays the act that made it (R6), unless a present verb of its
    working follows ("replace the 2006 directive, which currently governs the sector")."""
    if lowers is None or action not in _NAMES["sg_told_as_act"]:
        return False
    low = cue_start - _SETTINGS["sb5_superseded_reach"]
    if low < 0:
        low = 0
    return not _WORDS["sb5_superseded"].isdisjoint(
        lowers[low : cue_start + 1]
    ) and not _sw9_law_works_now(lowers, cue_end)


def _sb5_works_now(lowers: Sequence[int], cue_end: int) -> bool:
    """Whether a present verb of a text working follows its name, singular (`sw9_law_working`)
    or plural ("mining laws revised in 2019 let foreign companies hold projects"): the text
    stands (R4), whatever act names it."""
    if _sw9_law_works_now(lowers, cue_end):
        return True
    verbs = _WORDS["sb5_plural_working"]
    high = cue_end + _SETTINGS["sw9_law_working_reach"]  # sp40r2: no builtin min/max
    for i in range(cue_end, high if high < len(lowers) else len(lowers)):
        if lowers[i] in _SW9_STOPS:
            return False
        if lowers[i] in verbs:
            return True
    return False


# stpact (sb7_): the status of pacts, blocs and supply deals (session 19)
def _sb7_pact_held(lowers: Sequence[int] | None, cue_start: int) -> bool:
    """Whether "has" / "have" stands a few words before the cue with nothing between that opens
    another clause ("the EU already has trade agreements with", "has a trade pact with"): an
    agreement a party has, standing now (R4), where no status word tells its making."""
    if lowers is None:
        return False
    verbs, stops = _WORDS["sb7_held_verbs"], _WORDS["sb7_held_stops"]
    low = cue_start - 2 - _SETTINGS["sb7_held_reach"]  # sp40r2: no builtin min/max
    if low < -1:
        low = -1
    return _met_first(lowers, cue_start - 1, low, verbs, stops) == 1


def _sb7_held_pact_standing(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """An agreement no status cue governs (agreed by default) that a party "has"
    (`_sb7_pact_held`) is in force (R4)."""
    if source != "default" or not (
        status == "agreed" and kwargs.get("action") in _NAMES["sb7_held_actions"]
    ):
        return None
    if _sb7_pact_held(kwargs.get("lowers"), cue_start):
        return "in_force", "cue"
    return None


def _sb7_called_for(lowers: Sequence[int] | None, cue_start: int) -> bool:
    """Whether a verb of calling for, promising or backing (`sb7_called_verbs`, "call~" with its
    "for") stands a few words before the cue, in the same clause ("the plan calls for strategic
    partnerships", "backs the creation of a club"): the step named is wished for, not made (R3)."""
    if lowers is None:
        return False
    verbs, links = _WORDS["sb7_called_verbs"], _WORDS["sb7_called_links"]
    stops = _WORDS["sb7_held_stops"]
    calls = verbs & _CALL_FORMS
    low = cue_start - 2 - _SETTINGS["sb7_called_reach"]  # sp40r2: no builtin min/max
    for i in range(cue_start - 1, low if low > -1 else -1, -1):
        if lowers[i] in links and i > 0 and lowers[i - 1] in calls:
            return True
        if lowers[i] in verbs and lowers[i] not in calls:
            return True
        if lowers[i] in stops:
            return False
    return False


def _sb7_called_for_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A pact, a bloc or a supply deal read as decided that a plan or a party only calls for,
    promises or backs (`_sb7_called_for`) is proposed (R3)."""
    if not (status == "agreed" and kwargs.get("action") in _NAMES["sb7_called_actions"]):
        return None
    if _sb7_called_for(kwargs.get("lowers"), cue_start):
        return "proposed", "cue"
    return None


def _sb7_invited(lowers: Sequence[int] | None, status_hits: list[Hit], cue_start: int) -> bool:
    """Whether the only weighing cue within `sb7_invite_reach` tokens of a bloc's cue is a verb
    of inviting ("invited Argentina and Egypt to become members", "which was invited last year to
    join the group", "the group invited Egypt"): the bloc's own decision to admit, taken (R6), not
    a membership asked for; a "would", "plans to" or "could" near it keeps the invitation
    weighed."""
    if lowers is None:
        return False
    invites, reach = _WORDS["sb7_invite_verbs"], _SETTINGS["sb7_invite_reach"]
    near = [h for h in status_hits if cue_start - reach <= h.start <= cue_start + reach]
    inviting = [h.start for h in near if lowers[h.start] in invites]
    if not inviting:
        return False
    # a weighing cue before the cue, or between it and the verb after it, governs the invitation
    until = max(max(inviting), cue_start)
    return not any(
        h.key.label != "agreed" and lowers[h.start] not in invites and h.start < until for h in near
    )


def _sb7_invited_agreed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A membership read as weighed because a bloc invited a party to it (`_sb7_invited`) is
    agreed (R6)."""
    if status != "proposed" or kwargs.get("action") not in _NAMES["sb7_invite_actions"]:
        return None
    if _sb7_invited(
        kwargs.get("lowers"),
        (kwargs.get("status_hits") or _given_status_hits(hits, kwargs)),
        cue_start,
    ):
        return "agreed", "cue"
    return None


# stprop (sb8_): a restriction weighed by its own words, or named in what another party weighs.


def _sb8_called_new(lowers: Sequence[int] | None, cue_start: int) -> bool:
    """Whether the restriction is named by its owner and a word calling it new, right before its
    cue ("Japan will examine whether China's new export curbs are consistent", "will ask China to
    explain its new permit requirement"): the owner's new measure is the day's news (session
    15), so the weighing verb or modal near it is another party's (R3 does not reach it)."""
    if lowers is None:
        return False
    stops, novelty = _WORDS["sb8_new_stops"], _WORDS["sb8_novelty"]
    owners = _WORDS["sb8_owners"]
    last = cue_start - 1 - _SETTINGS["sb8_new_reach"]  # sp40r2: no builtin min/max
    for i in range(cue_start - 1, last if last > 0 else 0, -1):
        if lowers[i] in stops:
            return False
        if lowers[i] in novelty and lowers[i - 1] in owners:
            return True
    return False


@_gate("proposed", actions=("sb8_new_actions",))
def _sb8_new_measure_agreed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A restriction (status.yaml `sb8_new_actions`) read as proposed but named as its owner's
    new one (`_sb8_called_new`) is the news, agreed (R6)."""
    if not (status == "proposed" and kwargs.get("action") in _NAMES["sb8_new_actions"]):
        return None
    if _sb8_called_new(kwargs.get("lowers"), cue_start):
        return "agreed", "cue"
    return None


@_gate(
    "agreed", "proposed", actions=("sb7_held_actions", "sb7_called_actions", "sb7_invite_actions")
)
def _sb7_pact_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """stpact's readings of pacts, blocs and supply deals, each given the rules' own choice: an
    agreement held, a step called for, a bloc's invitation."""
    return (
        _sb7_held_pact_standing(status, source, hits, cue_start, cue_end, kwargs)
        or _sb7_called_for_proposed(status, source, hits, cue_start, cue_end, kwargs)
        or _sb7_invited_agreed(status, source, hits, cue_start, cue_end, kwargs)
    )


def _sb8_enforcing_means(lowers: Sequence[int], cue_start: int) -> bool:
    """Whether the measure is named as the means enforcing a scheme, right before its cue
    ("price floors enforced by adjustable tariffs", "backed by tariffs on cheaper material")."""
    links, verbs = _WORDS["sb8_means_links"], _WORDS["sb8_means_verbs"]
    low = cue_start - _SETTINGS["sb8_means_reach"]
    if low < 0:
        low = 0
    for i in range(cue_start - 1, low - 1, -1):
        if lowers[i] in links:
            return i >= 1 and lowers[i - 1] in verbs
    return False


def _sb8_weighed_before(lowers: Sequence[int], cue_start: int) -> bool:
    """Whether a word weighing a step stands earlier in the measure's sentence ("proposed that
    members agree reference prices", "members should agree", "members would coordinate")."""
    ends, weighing = _WORDS["sp6_sentence_ends"], _WORDS["sb8_means_weighing"]
    return _met_first(lowers, cue_start - 1, -1, ends, weighing) == 2


@_gate(actions=("sb8_means_actions",))
def _sb8_means_of_weighed_scheme(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A tariff named as the means enforcing a scheme (`_sb8_enforcing_means`) in a sentence that
    weighs the scheme (`_sb8_weighed_before`) is weighed with it, proposed (R3): "Vance proposed
    that members agree reference prices, enforced by tariffs"."""
    lowers = kwargs.get("lowers")
    if status == "proposed" or lowers is None:
        return None
    if kwargs.get("action") not in _NAMES["sb8_means_actions"]:
        return None
    if _sb8_enforcing_means(lowers, cue_start) and _sb8_weighed_before(lowers, cue_start):
        return "proposed", "cue"
    return None


# session 19 (lead): a court's ruling that undoes a permit or a project


def _court_undoes(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether the step's cue is a verb of halting or striking down (status.yaml
    `court_undoing_verbs`) whose subject, a few words before it in the same sentence, is a court
    or a judge ("a court in Chile on Tuesday blocked the permit", "the judge froze the
    tender"): the ruling undoes the permit or the project (R1), where the same verb told of a
    government ("blocked imports") is a restriction of its own."""
    if lowers is None or cue_start >= cue_end:
        return False
    if _WORDS["court_undoing_verbs"].isdisjoint(lowers[cue_start:cue_end]):
        return False
    courts, ends = _WORDS["court_words"], _WORDS["sp6_sentence_ends"]
    # the cue may begin on the court itself ("judge froze"), so the scan starts at its end
    low = max(-1, cue_start - 1 - _SETTINGS["court_reach"])
    return _met_first(lowers, cue_end - 1, low, ends, courts) == 2


@_gate("proposed", "agreed", "in_force", actions=("court_undoing_actions",))
def _court_ruling_revoked(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A permit or project step a court's ruling halts or strikes down (`_court_undoes`) is
    revoked (R1)."""
    if not (
        status in ("proposed", "agreed", "in_force")
        and kwargs.get("action") in _NAMES["court_undoing_actions"]
    ):
        return None
    if _court_undoes(kwargs.get("lowers"), cue_start, cue_end):
        return "revoked", "cue"
    return None


# stbgdef (sb10_): readings of the background and of the default


def _sb10_follows_act(lowers: Sequence[int] | None, cue_start: int) -> bool:
    """Whether a phrase of following or building on (status.yaml `sb10_follow_phrases`) stands
    within `sb10_follow_reach` tokens before the cue with no comma or stop between: the text
    names the earlier step the news comes after ("follows the release of its strategy")."""
    if lowers is None:
        return False
    stops = _WORDS["sb10_follow_stops"]
    low = cue_start - 1 - _SETTINGS["sb10_follow_reach"]  # sp40r2: no builtin min/max
    if low < -1:
        low = -1
    if _no_phrase_in(lowers, low + 1, cue_start, "sb10_follow_phrases"):
        return False
    for i in range(cue_start - 1, low, -1):
        if lowers[i] in stops:
            return False
        if _phrase_at(lowers, i, "sb10_follow_phrases"):
            return True
    return False


@_gate("in_force", sources=("background", "date"), actions=("sb10_follow_actions",))
def _sb10_followed_act_agreed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A strategy aged into force (by background or date) that the news follows or builds on
    (`_sb10_follows_act`) is the earlier act itself, agreed (R6), not a text standing now."""
    if source not in ("background", "date"):
        return None
    if not (status == "in_force" and kwargs.get("action") in _NAMES["sb10_follow_actions"]):
        return None
    if _sb10_follows_act(kwargs.get("lowers"), cue_start):
        return "agreed", "cue"
    return None


def _sb10_named_as_built(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether a comma and a participle of building (status.yaml `sb10_built_words`) follow the
    plant's noun, inside the cue or right after it ("The smelter, built in 1964"): the plant is
    named as one that stands."""
    if lowers is None:
        return False
    comma, built = hash_string(","), _WORDS["sb10_built_words"]
    return any(
        lowers[i] == comma and lowers[i + 1] in built
        for i in range(cue_start + 1, min(cue_end + 1, len(lowers) - 1))
    )


@_gate("proposed", sources=("default",), actions=("sb10_built_actions",))
def _sb10_built_plant_running(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A plant left still to come by default but named as built (`_sb10_named_as_built`)
    stands, in force (R4)."""
    if source != "default" or not (
        status == "proposed" and kwargs.get("action") in _NAMES["sb10_built_actions"]
    ):
        return None
    if _sb10_named_as_built(kwargs.get("lowers"), cue_start, cue_end):
        return "in_force", "cue"
    return None


# stexport2 (sc2_): exports let through, and sanctions named as a regime (session 20)


def _sc2_allowed_to_export(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether the export cue opens on a verb of letting (status.yaml `sc2_allow_verbs`) that
    lets a party export ("will allow the miner to export again", "would be allowed to export
    until May"): an exemption from a ban. Not one refused ("not allow"), one letting "only"
    some export, a participle naming who may export ("the companies allowed to export"), nor a
    volume let out ("allowed to ship 18,000 tonnes", "the volume allowed for export": a quota)."""
    if lowers is None or not cue_start < cue_end < len(lowers):
        return False
    if lowers[cue_start] not in _WORDS["sc2_allow_verbs"]:
        return False
    if cue_start and lowers[cue_start - 1] in _WORDS["sc2_volume_nouns"]:
        return False  # "the maximum volume authorised for export": the quota's level named
    low = cue_start - _SETTINGS["sc2_allow_negation_reach"]
    if low < 0:
        low = 0
    if not _WORDS["sc2_allow_negators"].isdisjoint(lowers[low:cue_start]):
        return False
    if lowers[cue_start + 1] == _TO and (
        cue_start == 0 or lowers[cue_start - 1] not in _WORDS["sc2_passive_be"]
    ):
        return False
    if not _WORDS["sc2_allow_only"].isdisjoint(lowers[cue_start : cue_end + 1]):
        return False
    after = lowers[cue_end : cue_end + _SETTINGS["sc2_volume_reach"]]
    return _WORDS["sc2_volume_units"].isdisjoint(after)


@_gate("agreed", "in_force", actions=("sc2_allow_actions",))
def _sc2_allowed_exports_revoked(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """Exports a state lets a party make (`_sc2_allowed_to_export`), read as decided or
    standing, lift the ban in part: revoked (R1, an exemption, done or announced)."""
    if not (
        status in ("agreed", "in_force") and kwargs.get("action") in _NAMES["sc2_allow_actions"]
    ):
        return None
    if _sc2_allowed_to_export(kwargs.get("lowers"), cue_start, cue_end):
        return "revoked", "cue"
    return None


@_gate("agreed", actions=("sc2_regime_actions",))
def _sc2_regime_named(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """Sanctions named as a group's regime (status.yaml `sc2_regime_label` on the cue) that a
    naming participle read as decided ("Western sanctions imposed on Russia would disrupt
    shipments") stand: in force (R4, R5), the participle names the regime."""
    if not (status == "agreed" and kwargs.get("action") in _NAMES["sc2_regime_actions"]):
        return None
    label = load_data(STATUS_FILE).get("sc2_regime_label")
    if any(
        h.key.label == label and h.start <= cue_start and cue_end <= h.end
        for h in (kwargs.get("status_hits") or _given_status_hits(hits, kwargs))
    ):
        return "in_force", "cue"
    return None


@_gate("in_force", sources=("date", "background", "default"), actions=("sc2_need_actions",))
def _sc2_need_ahead_not_aged(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A requirement told after "would" (status.yaml `sc2_need_label` on the cue: "announced in
    August that exports of antimony ore, metal and oxides would need licences") that its date
    or the background aged into force, no cue reaching it, is what was announced as still to
    come: agreed (R6)."""
    if source not in ("date", "background", "default"):
        return None
    if not (status == "in_force" and kwargs.get("action") in _NAMES["sc2_need_actions"]):
        return None
    label = load_data(STATUS_FILE).get("sc2_need_label")
    if any(
        h.key.label == label and h.start < cue_end <= h.end
        for h in (kwargs.get("status_hits") or _given_status_hits(hits, kwargs))
    ):
        return "agreed", "cue"
    return None


# stpp (sc5_): the status of permits and projects (session 20)
_SC5_ENDS = frozenset(hash_string(w) for w in (".", "!", "?", ";"))


def _sc5_output_level(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether the project cue sets a level of output ("cut output by half", "keep production
    about 20% below the levels allowed"): a cut is a new decision (R1), agreed (R6), not a
    plant still to be built, so the still-to-come reading does not apply."""
    if lowers is None:
        return False
    span = lowers[cue_start:cue_end]
    return not _WORDS["sc5_output_verbs"].isdisjoint(span) and not _WORDS[
        "sc5_output_nouns"
    ].isdisjoint(span)


def _sc5_undoing_refused(lowers: Sequence[int] | None, hit: Hit, action: str | None) -> bool:
    """Whether a revoking word on a permit or a project is an undoing refused or found unlawful,
    so that nothing was undone and the permit stands ("rejecting a bid ... to throw out the
    mine's permit", "ruled that its decision to cancel the licences had been unlawful"): R1
    needs the undoing done."""
    if lowers is None or action not in _NAMES["sc5_refused_actions"] or hit.start == 0:
        return False
    low = hit.start - _SETTINGS["sc5_refused_reach"]
    if low < 0:
        low = 0
    before = lowers[low : hit.start]
    if any(w in _SC5_ENDS for w in before):
        low += max(i for i, w in enumerate(before) if w in _SC5_ENDS) + 1
        before = lowers[low : hit.start]
    if lowers[hit.start - 1] == _TO and not _WORDS["sc5_refusing"].isdisjoint(before):
        return True
    after = lowers[hit.end : hit.end + _SETTINGS["sc5_unlawful_reach"]]
    for word in after:
        if word in _SC5_ENDS:
            return False
        if word in _WORDS["sc5_unlawful"]:
            return True
    return False


def _sc5_refused_ruling(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether the cue holds an undoing a refusing word governs ("a federal judge declined to
    void the permit"): a refusing word (`sc5_refusing`) right before "to" inside the cue."""
    if lowers is None:
        return False
    refusing = _WORDS["sc5_refusing"]
    return any(
        lowers[j] == _TO and lowers[j - 1] in refusing for j in range(max(1, cue_start), cue_end)
    )


@_gate("revoked", actions=("sc5_refused_actions",))
def _sc5_refused_ruling_agreed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A court's undoing of a permit or a project that the court refused (`_sc5_refused_ruling`:
    "declined to void the mine's federal permit") undoes nothing (R1): the permit stands as
    granted, agreed (R6)."""
    if not (status == "revoked" and kwargs.get("action") in _NAMES["sc5_refused_actions"]):
        return None
    if _sc5_refused_ruling(kwargs.get("lowers"), cue_start, cue_end):
        return "agreed", "cue"
    return None


@_gate("proposed", sources=("default",), actions=("sc5_running_actions",))
def _sc5_running_again_default(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A project whose own cue tells it reopened or run, with no status cue governing it
    ("after the mine's reopening last year", "have since 2021 operated the plant"), which the
    still-to-come default read as a plant to be built: a plant reopened or running is in force
    (R4, session 14). Not the bare verb ("to reopen the mine": a purpose, still to come)."""
    if source != "default" or not (
        status == "proposed" and kwargs.get("action") in _NAMES["sc5_running_actions"]
    ):
        return None
    lowers = kwargs.get("lowers")
    if lowers is not None and not _WORDS["sc5_running_words"].isdisjoint(lowers[cue_start:cue_end]):
        return "in_force", "default"
    return None


# stmoney2 (sc3_): readings of money and stockpile steps (session 20)


def _sc3_governs_in_force(hit: Hit, action: str | None) -> bool:
    """Whether `hit` reads as in force for `action`: its own label, or its `by_action` status."""
    label = hit.key.label
    if label == "in_force":
        return True
    statuses = _by_action().get(label)
    return statuses is not None and statuses.get(action or "", statuses.get("*")) == "in_force"


def _sc3_only_plant_running(
    status_hits: list[Hit], lowers: Sequence[int] | None, action: str | None
) -> bool:
    """Whether every cue of the sentence that reads in force tells a plant running (status.yaml
    `sc3_running_phrases`: "started production", "is now ramping up", "had finished
    commissioning"): the plant runs, not the money that built it ("Syrah's plant, which received
    a $102 million loan in 2022, started production last year")."""
    standing = [h for h in status_hits if _sc3_governs_in_force(h, action)]
    return bool(standing) and all(
        _phrase_at(lowers, h.start, "sc3_running_phrases") for h in standing
    )


@_gate("in_force", sources=("cue",), actions=("sc3_running_actions",))
def _sc3_money_not_running(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """Money read in force only from a plant's running (`_sc3_only_plant_running`) is the
    one-off award or loan, agreed (R4 holds no investment commitment; R6)."""
    if source != "cue" or not (
        status == "in_force" and kwargs.get("action") in _NAMES["sc3_running_actions"]
    ):
        return None
    status_hits = kwargs.get("status_hits") or _given_status_hits(hits, kwargs)
    if _sc3_only_plant_running(status_hits, kwargs.get("lowers"), kwargs.get("action")):
        return "agreed", "cue"
    return None


def _sc3_text_made_before(lowers: Sequence[int], start: int, stop: int) -> bool:
    """Whether a text's noun (status.yaml `sc3_text_nouns`) followed within two words by a
    participle of its making (`sc3_made_words`: "a strategy adopted last year", "the plan
    announced in July") stands in [stop, start)."""
    nouns, made = _WORDS["sc3_text_nouns"], _WORDS["sc3_made_words"]
    return any(
        lowers[i] in nouns and not made.isdisjoint(lowers[i + 1 : min(i + 3, start)])
        for i in range(stop, start)
    )


def _sc3_aim_of_made_text(lowers: Sequence[int] | None, cue_start: int) -> bool:
    """Whether a word of aiming (`sc3_aim_words`) stands within `sc3_aim_reach` words before the
    cue and a text told made (`_sc3_text_made_before`) before it in the sentence ("the
    strategy adopted last year aims to expand public stockpiles", "Under a strategy adopted last
    year, Seoul aims to ... enlarge public stockpiles"): the aim is the decided text's content
    (R6, as a strategy's "aims to" is, session 18), not a step still weighed."""
    if lowers is None:
        return False
    ends, aims = _WORDS["sp6_sentence_ends"], _WORDS["sc3_aim_words"]
    low = cue_start - _SETTINGS["sc3_aim_reach"]
    if low < 0:
        low = 0
    aim = next((i for i in range(cue_start - 1, low - 1, -1) if lowers[i] in aims), None)
    if aim is None or not ends.isdisjoint(lowers[aim:cue_start]):
        return False
    return _sc3_text_made_before(lowers, aim, _sentence_opening(lowers, aim))


@_gate("proposed", sources=("cue",), actions=("sc3_aim_actions",))
def _sc3_made_text_aim_agreed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A stockpile or money step read as weighed from the aim of a text told made
    (`_sc3_aim_of_made_text`) is that text's content, agreed (R6)."""
    if source != "cue" or not (
        status == "proposed" and kwargs.get("action") in _NAMES["sc3_aim_actions"]
    ):
        return None
    if _sc3_aim_of_made_text(kwargs.get("lowers"), cue_start):
        return "agreed", "cue"
    return None


def _sc3_would_governs(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether a "would" that no verb of saying opens governs the step: one before the cue in
    its sentence with no verb of saying before it ("rules that would require smelters to buy ore
    at a government benchmark price", "The bill would capitalise the reserve and let it use price
    support tools"), or a relative "that / which would" right after the cue ("price mechanisms
    that would reward producers"): what a text or an idea would do, not decided (R3)."""
    if lowers is None:
        return False
    if _phrase_at(lowers, cue_end, "sc3_would_after"):
        return True
    ends = _WORDS["sp6_sentence_ends"]
    sayings = _WORDS["sp_said_verbs"] | _WORDS["sb4_saying_words"]
    would = _met_first(lowers, cue_start - 1, -1, ends, frozenset((_WOULD,)))
    if would != 2:
        return False
    at = next(i for i in range(cue_start - 1, -1, -1) if lowers[i] == _WOULD)
    return _met_first(lowers, at - 1, -1, ends, sayings) != 2


@_gate("agreed", sources=("default",), actions=("sc3_would_actions",))
def _sc3_would_default_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A price step no status cue governs (agreed by default) under a "would" no one is said
    to speak (`_sc3_would_governs`) is what a text or an idea would do: proposed (R3, as
    session 19 read a bare "would" right before a money step)."""
    if source != "default" or not (
        status == "agreed" and kwargs.get("action") in _NAMES["sc3_would_actions"]
    ):
        return None
    if _sc3_would_governs(kwargs.get("lowers"), cue_start, cue_end):
        return "proposed", "cue"
    return None


# sttrade2 (sc1_): the status of tariffs, duties and import bans


_SC1_DAYS = {hash_string(str(n)): n for n in range(1, 32)}
_SC1_YEARS = {hash_string(str(n)): n for n in range(1950, 2100)}


@functools.cache
def _sc1_months() -> dict[int, int]:
    """The hashes of month names and their short forms (status.yaml `sc1_months`, one list a
    month) and the month each names."""
    months = load_data(STATUS_FILE).get("sc1_months") or []
    return {hash_string(w.lower()): n for n, words in enumerate(months, 1) for w in words}


def _sc1_start_after(lowers: Sequence[int], cue_end: int) -> tuple[int, int, int | None] | None:
    """(month, day, year) of a start told right after the measure ("raised tariffs on tungsten
    to 25% from January 1", "from 1 October", "from June"), within `sc1_start_reach` tokens and
    before the end of the sentence; a day or a year may be missing (0 / None)."""
    stops, starts = _WORDS["sc1_start_stops"], _WORDS["sc1_start_words"]
    months = _sc1_months()
    high = min(len(lowers) - 2, cue_end + _SETTINGS["sc1_start_reach"])
    for i in range(cue_end, high):
        if lowers[i] in stops:
            return None
        if lowers[i] not in starts:
            continue
        at, day = i + 1, 0
        if lowers[at] in _SC1_DAYS and lowers[at + 1] in months:
            day, at = _SC1_DAYS[lowers[at]], at + 1
        if lowers[at] not in months:
            continue
        month, after = months[lowers[at]], lowers[at + 1] if at + 1 < len(lowers) else 0
        if not day and after in _SC1_DAYS:
            day, after = _SC1_DAYS[after], lowers[at + 2] if at + 2 < len(lowers) else 0
        return month, day, _SC1_YEARS.get(after)
    return None


def _sc1_started(start: tuple[int, int, int | None], published: date) -> bool:
    """Whether a start (month, day, year) told with a past verb is on or before publication: a
    month-day without a year is this year's when not after publication, else last year's unless
    it falls within `sc1_ahead_days` after it (then a start still to come)."""
    month, day, year = start
    if year is not None:
        return (year, month, day) <= (published.year, published.month, published.day)
    this_year = date(published.year, month, min(day or 1, 28))
    return this_year <= published or (this_year - published).days > _SETTINGS["sc1_ahead_days"]


def _sc1_past_start(
    lowers: Sequence[int] | None, cue_start: int, cue_end: int, published: date | None
) -> bool:
    """Whether a trade measure told by a past verb of imposing or raising at its cue ("Washington
    raised tariffs on tungsten to 25% from January 1", "Canada imposed a surtax on EVs from
    October 1", read in April) starts on a date already past: it applies now (R4, "since a
    date"), not a decision still to take effect."""
    if lowers is None or published is None:
        return False
    low = cue_start - _SETTINGS["sc1_verb_reach"]
    if low < 0:
        low = 0
    if _WORDS["sc1_past_verbs"].isdisjoint(lowers[low:cue_end]):
        return False
    start = _sc1_start_after(lowers, cue_end)
    return start is not None and _sc1_started(start, published)


@_gate("agreed", sources=("cue",), actions=("sc1_start_actions",))
def _sc1_past_start_in_force(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A trade measure read agreed from its own past verb whose start is already past
    (`_sc1_past_start`) stands, in force."""
    if source != "cue" or not (
        status == "agreed" and kwargs.get("action") in _NAMES["sc1_start_actions"]
    ):
        return None
    if _sc1_past_start(kwargs.get("lowers"), cue_start, cue_end, kwargs.get("published")):
        return "in_force", "cue"
    return None


def _sc1_law_works_now(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether the measure's verb is a present-tense restriction in a relative clause of a law
    ("in response to a U.S. law that bans imports of Russian uranium", "under a law that bars
    them from entry"): the law working now (R4), not a decision told as news; not one whose start
    is still ahead ("which bars the Pentagon from buying magnets starting in 2027")."""
    verbs, relatives = _WORDS["sc1_law_verbs"], _WORDS["sc1_law_relatives"]
    laws, comma = _WORDS["sc1_law_nouns"], hash_string(",")
    first = cue_start - 1 if cue_start > 3 else 2  # sp40r2: no builtin min/max
    verb = next((i for i in range(first, cue_end) if lowers[i] in verbs), None)
    if verb is None or lowers[verb - 1] not in relatives:
        return False
    noun = verb - 3 if lowers[verb - 2] == comma else verb - 2
    if noun < 0 or lowers[noun] not in laws:
        return False
    stops, starts = _WORDS["sc1_start_stops"], _WORDS["sc1_law_start_words"]
    reach = range(cue_end, min(len(lowers), cue_end + _SETTINGS["sc1_law_start_reach"]))
    return not _met_before_stop(lowers, reach, starts, stops)


@_gate("agreed", actions=("sc1_start_actions",))
def _sc1_law_working_in_force(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A trade measure read agreed whose verb is a law's present-tense restriction
    (`_sc1_law_works_now`) applies, in force."""
    lowers = kwargs.get("lowers")
    if lowers is None or not (
        status == "agreed" and kwargs.get("action") in _NAMES["sc1_start_actions"]
    ):
        return None
    if _sc1_law_works_now(lowers, cue_start, cue_end):
        return "in_force", "cue"
    return None


def _sc1_applies_now(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether the measure's sentence tells it applying now in the present ("importers of
    aluminium must now report the carbon in their goods", "whose tariffs on Chinese goods now
    total 145%", status.yaml `sc1_now_phrases`), not after a modal ("would now face")."""
    stops, modals = _WORDS["sc1_start_stops"], _WORDS["sc1_now_modals"]
    # speed39: the clause's bounds by for loops over the positions, not while loops' counts
    low = 0 if cue_start > 0 else cue_start
    for i in range(cue_start - 1, -1, -1):
        if lowers[i] in stops:
            low = i + 1
            break
    high = len(lowers) if cue_end < len(lowers) else cue_end
    for i in range(cue_end, len(lowers)):
        if lowers[i] in stops:
            high = i
            break
    if _no_phrase_in(lowers, low, high, "sc1_now_phrases"):
        return False
    return any(
        _phrase_at(lowers, i, "sc1_now_phrases") and (i == 0 or lowers[i - 1] not in modals)
        for i in range(low, high)
    )


@_gate("agreed", actions=("sc1_start_actions",))
def _sc1_applying_now_in_force(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A trade measure read agreed in a sentence that tells it applying now (`_sc1_applies_now`)
    is in force (R4)."""
    lowers = kwargs.get("lowers")
    if lowers is None or not (
        status == "agreed" and kwargs.get("action") in _NAMES["sc1_start_actions"]
    ):
        return None
    if _sc1_applies_now(lowers, cue_start, cue_end):
        return "in_force", "cue"
    return None


@_gate("proposed", actions=("sc1_start_actions",))
def _sc1_named_standing(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A trade measure read proposed from another party's weighing ("urged Brussels to make
    progress in talks over the tariffs the EU has imposed since October"), named after a
    preposition (the object of talks, a stand, a case) and by a clause of its own verb of
    imposing (`_named_by_own_clause`), keeps its own reading, standing (R5; session 16: a measure
    another party holds, raised in talks, is no step of the speaker). Not a measure weighed as
    the object itself ("is reviewing the tariffs imposed in 2018": the review is the step)."""
    lowers = kwargs.get("lowers")
    if lowers is None or not (
        status == "proposed" and kwargs.get("action") in _NAMES["sc1_start_actions"]
    ):
        return None
    low = cue_start - _SETTINGS["sc1_named_preposition_reach"]
    if low < 0:
        low = 0
    if _WORDS["sc1_named_prepositions"].isdisjoint(lowers[low:cue_start]):
        return None
    barriers = set(kwargs.get("barriers") or ())
    reach = range(cue_end, min(len(lowers), cue_end + STANDING_VERB_REACH + 1))
    if any(_named_by_own_clause(lowers, barriers, v, cue_end) for v in reach):
        return "in_force", "cue"
    return None


# ststrat4 (sc4_): the status of strategies, bills and the texts of laws (session 20)
def _sc4_chamber_passed_named_bill(
    lowers: Sequence[int] | None, cue_start: int, cue_end: int
) -> bool:
    """Whether one chamber's passing verb stands right before a cue that is the bill's own
    long name ("The Lok Sabha on Friday passed the Minerals (Exploration and
    Licensing) Amendment Bill, 2024"): the bill word lies beyond `_bill_after`'s reach."""
    if lowers is None or lowers[cue_end - 1] not in _WORDS["sp7_bill_words"]:
        return False
    verbs = _WORDS["sp7_passing_verbs"]
    low = cue_start - _SETTINGS["sc4_bill_verb_reach"]
    if low < 0:
        low = 0
    verb = next((v for v in range(cue_start - 1, low - 1, -1) if lowers[v] in verbs), None)
    return verb is not None and _chamber_before(lowers, verb)


@_gate("agreed", actions=("sc4_bill_actions",))
def _sc4_named_bill_in_chamber_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A bill named at length that one chamber passed (`_sc4_chamber_passed_named_bill`) is
    still to go to the other: proposed (R3, session 14)."""
    if not (status == "agreed" and kwargs.get("action") in _NAMES["sc4_bill_actions"]):
        return None
    if _sc4_chamber_passed_named_bill(kwargs.get("lowers"), cue_start, cue_end):
        return "proposed", "cue"
    return None


def _sc4_text_purpose_undoing(
    lowers: Sequence[int] | None, hit: Hit, cue_end: int, action: str | None
) -> bool:
    """Whether a revoking word right after a text's name is its purpose, opened by "to"
    ("amended its mining law to scrap the profit-sharing contracts", "adopted a roadmap to end
    imports of Russian gas"): what the text undoes is its content; the text keeps its own act
    (R6), as strev's `_sb3_text_content_undoing` reads "that removes"."""
    if lowers is None or action not in _NAMES["sb3_text_actions"]:
        return False
    # "to" right after the name, the revoking word on it or next: not "the law would begin to
    # reverse our dependence", nor the text's own undoing before it ("repealed its strategy")
    if not cue_end <= hit.start <= cue_end + 1 or cue_end >= len(lowers):
        return False
    if lowers[cue_end] != _SC4_TO:
        return False
    # a bill's purpose is an undoing still weighed ("introduced a bill to reverse it"), as
    # before: what it would undo is its own reading (R3)
    return lowers[cue_end - 1] not in _WORDS["sp7_bill_words"]


# stai (sd2_): agreed against in force, a measure's standing told after it


# strv (sd3_): undoings that are not the event's own step (session 21)


def _sd3_later_undoing(
    lowers: Sequence[int] | None, hit: Hit, status_hits: list[Hit], cue_start: int, cue_end: int
) -> bool:
    """Whether the revoking word at `hit`, after a restriction told by its own verb, opens a
    later step of its own with its own object ("first banned ore exports in 2014, then relaxed
    the ban in 2017", "imposed duties in 2018 and lifted them in 2019"): the undoing is that
    later step; this one is the making (R5, R6), as evrec4's making of an undone measure is."""
    if lowers is None or hit.start < cue_end or hit.start + 1 >= len(lowers):
        return False
    if lowers[hit.start - 1] not in _WORDS["sd3_later_links"]:
        return False
    # the object right after the verb, inside the hit or not ("relaxed the ban", "lifted it")
    if lowers[hit.start + 1] not in _WORDS["sd3_undone_objects"]:
        return False
    return any(h.key.label == MEASURE and cue_start - 1 <= h.start < cue_end for h in status_hits)


# The status.yaml label of undoings weighed or threatened ("wants to lift", "could revoke").
_SD3_WEIGHED = "tr_weighed_undo"

# speed38: the labels the readings of a status hit in `choose_status` test before its rank (a
# hit skipped, relabelled or read as relative or conditional); a hit of any other label passes
# them unchanged, so they are skipped for it (tests/nlp/test_speed38_status.py reads the
# labels those readings compare with off the code)
# speed39: the labels the later of those readings test, after the first relabelling
_LATE_RELABELLED = frozenset(
    {
        ATTRIBUTIVE,
        RELATIVE_IN_FORCE,
        RELATIVE_PROPOSED,
        TALKS_AHEAD,
        "revoked",
        EXPIRE,
        CONDITIONAL,
        PLAN_NOUN,
    }
)
_RELABELLED = frozenset(
    {
        "revoked",
        "proposed",
        "in_force",
        _SD3_WEIGHED,
        MEASURE,
        ATTRIBUTIVE,
        SAID_WOULD,
        SCHEDULED,
        RELATIVE_IN_FORCE,
        RELATIVE_PROPOSED,
        TALKS_AHEAD,
        EXPIRE,
        CONDITIONAL,
        PLAN_NOUN,
    }
)


def _sd3_weighed_step(lowers: Sequence[int] | None, hit: Hit, action: str | None) -> bool:
    """Whether an undoing weighed or wanted (`tr_weighed_undo`) is a step still weighed,
    proposed (R3 before R1), where its by_action label would keep it revoked: a text's rules
    weighed to be loosened ("the Commission wants to relax state aid rules", status.yaml
    `sd3_weighed_text_actions`), or a "lift" to a level, a raise wanted
    (`_sd3_weighed_lift_to_level`)."""
    return action in _NAMES["sd3_weighed_text_actions"] or _sd3_weighed_lift_to_level(lowers, hit)


def _sd3_weighed_lift_to_level(lowers: Sequence[int] | None, hit: Hit) -> bool:
    """Whether a weighed undoing's "lift" names a level after it ("wants to lift copper output
    to 3 million tonnes a year"): a raise still wanted, no lifting (R1, as strev's
    `_sb3_lifts_to_level` reads a decided "lift")."""
    if lowers is None:
        return False
    lifts = _WORDS["sb3_lift_verbs"]
    at = next((i for i in range(hit.start, hit.end) if lowers[i] in lifts), None)
    return at is not None and _sb3_lifts_to_level(lowers, Hit(hit.key, at, hit.end))


def _sd2_standing_after_aside(lowers: Sequence[int] | None, cue_end: int) -> bool:
    """Whether the measure, set off by a clause between commas ("U.S. tariffs on steel, raised
    to 50% in June, remain in place", "sanctions on potash, tightened in 2022, remain in
    force"), has for its own predicate a phrase of standing or of taking effect: the verb of the
    aside only names it; the predicate says it applies (R4; session 16: a measure that took
    effect is in force even where its own verb also stands there)."""
    if lowers is None:
        return False
    opening = list(lowers[cue_end : cue_end + _SETTINGS["sd2_aside_open"]])
    if _COMMA not in opening:
        return False
    stops, opened = _WORDS["sc1_start_stops"], cue_end + opening.index(_COMMA)
    high = opened + _SETTINGS["sd2_aside_reach"]  # sp40r2: no builtin min/max
    if high > len(lowers):
        high = len(lowers)
    if _no_phrase_in(lowers, opened + 2, high, "sd2_standing_phrases"):
        return False  # speed39: the scan below says True only where a phrase starts
    for i in range(opened + 2, high):
        if lowers[i] in stops:
            return False
        if lowers[i - 1] == _COMMA and _phrase_at(lowers, i, "sd2_standing_phrases"):
            return True
    return False


@_gate("agreed", actions=("sd2_effect_actions",))
def _sd2_effect_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A measure read agreed whose predicate after an aside says it stands
    (`_sd2_standing_after_aside`) is in force (R4)."""
    if not (status == "agreed" and kwargs.get("action") in _NAMES["sd2_effect_actions"]):
        return None
    if _sd2_standing_after_aside(kwargs.get("lowers"), cue_end):
        return "in_force", "cue"
    return None


_SC4_TO = hash_string("to")


# stpa (sd1_): proposed against agreed across action types (session 21)


def _sd1_text_put_forward(
    lowers: Sequence[int],
    status_hits: list[Hit],
    cue_start: int,
    cue_end: int,
    barriers: Iterable[int],
) -> bool:
    """Whether a verb putting a text forward opens the clause the step is told in ("proposed a
    law ..., promising faster permits", "drafted legislation that would allow the government to
    ban", "sent Congress a reform that includes a new royalty", "proposed that its members agree
    reference prices"), with no full stop, clause boundary, verb of deciding or standing or
    undoing cue between: the step is what the text would do, not yet decided (R3: a tabled
    bill, a draft). Only a verb followed by its object (`sd1_text_openers`), so the adjective
    ("the proposed act") is left alone. So is a draft or bill telling its content ("The bill
    includes $2 billion for purchases for the stockpile", "according to a draft seen by
    reporters, Ukraine would contribute ... to a fund")."""
    low = cue_start - _SETTINGS["sd1_reach"]
    if low < 0:
        low = 0
    if _ANY_OF_WORDS["sd1_propose_verbs", "sd1_send_verbs", "sd1_draft_nouns"].isdisjoint(
        lowers[low:cue_end]
    ):
        return False  # speed37: only such a verb or noun puts a text forward below
    # speed38: the word lists read after that test, which most cues fail
    stops = _WORDS["sp6_sentence_ends"] | _WORDS["sd1_stops"]
    verbs, openers = _WORDS["sd1_propose_verbs"], _WORDS["sd1_text_openers"]
    sends, houses = _WORDS["sd1_send_verbs"], _WORDS["sd1_legislatures"]
    drafts, contents = _WORDS["sd1_draft_nouns"], _WORDS["sd1_draft_content"]
    framing = _WORDS["sd1_draft_frames"]
    # from the cue's last word: a verb of deciding inside the cue ("signed a pact") decides
    # s43: the comma closing an aside met on the way back, and the words opening one
    closing, pronouns = -1, _WORDS["s2_relative_pronouns"]
    for i in range(cue_end - 1, low - 1, -1):
        word = lowers[i]
        if word == _COMMA and i < cue_start and closing < 0:
            closing = i
        if word in stops:
            # s43: an aside set off by commas (", which entered into force in May 2024, setting
            # a reference price") does not end the reach: the text before it holds the step
            if closing < 0 or i == 0 or lowers[i - 1] != _COMMA or word not in pronouns:
                return False
            closing = -1
            continue
        put = (
            (word in verbs and lowers[i + 1] in openers)
            or (word in sends and houses.intersection(lowers[i + 1 : i + 3]))
            # a draft telling its content ("The bill includes $2 billion for purchases",
            # "according to a draft seen by reporters, Ukraine would contribute")
            or (
                word in drafts
                and (
                    bool(contents.intersection(lowers[i + 1 : i + 3]))
                    or bool(framing.intersection(lowers[max(0, i - 4) : i]))
                )
            )
        )
        if not put or i >= cue_start:
            continue
        if any(i < b < cue_start for b in barriers):
            return False
        return not any(
            h.key.label in ("in_force", "revoked", BOUNDARY) and i < h.start < cue_start
            for h in status_hits
        )
    return False


@_gate("agreed", sources=("cue", "default", "date"))
def _sd1_put_forward_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step read agreed by default, by its date or by a word of the text's content, inside a
    text put forward (`_sd1_text_put_forward`), is proposed (R3)."""
    lowers = kwargs.get("lowers")
    if lowers is None or status != "agreed" or source not in ("cue", "default", "date"):
        return None
    status_hits = kwargs.get("status_hits") or _given_status_hits(hits, kwargs)
    barriers = kwargs.get("barriers") or ()
    if _sd1_text_put_forward(lowers, status_hits, cue_start, cue_end, barriers):
        return "proposed", "cue"
    return None


# stbg (sb22_): standing measures named in passing (session 22)


def _sb22_no_verb_before(
    status_hits: list[Hit], cue_start: int, barriers: Iterable[int], labels: frozenset[str]
) -> bool:
    """Whether no status cue of `labels` ends within `WINDOW_BEFORE` tokens before the measure
    in its own clause: the measure is named, not told by a verb of deciding or weighing."""
    # speed39: plain loops, not generators in any() built for every call
    for h in status_hits:
        if h.key.label in labels and h.end <= cue_start and cue_start - h.end <= WINDOW_BEFORE:
            if not _any_between(barriers, h.end, cue_start):
                return False
    return True


def _sb22_standing_predicate(
    lowers: Sequence[int] | None,
    hits: list[Hit],
    status_hits: list[Hit],
    cue_end: int,
    barriers: Iterable[int],
) -> bool:
    """Whether the measure is the subject of a predicate of standing after it, opened by a verb
    of continuation ("the ban on shipping nickel ore abroad would remain in place", "curbs on
    exporting graphite will stay in force") or by the present of "be" (status.yaml
    `sb22_present_be`: "the memorandums Seoul signed with Dodoma are being implemented"), with
    no other measure, status cue, full stop or clause boundary between: it stands (R4; session
    15: "will remain in place" is in force), though the noun naming it, or the verb of a clause
    naming it, sits nearer than that predicate does."""
    barrier_set, present = set(barriers), _WORDS["sb22_present_be"]
    for h in status_hits:
        if h.key.label != "in_force" or not cue_end <= h.start <= cue_end + WINDOW_AFTER_IN_FORCE:
            continue
        opened = any(c.key.label == CONTINUATION and c.start == h.start for c in status_hits)
        if not (opened or (lowers is not None and lowers[h.start - 1] in present)):
            continue
        if any(cue_end <= b < h.start for b in barrier_set):
            continue
        if any(
            o.key.label not in ("in_force", CONTINUATION) and cue_end <= o.start < h.start
            for o in status_hits
        ):
            continue
        if any(
            a.key.family == "action" and a.key.kind != "context" and cue_end <= a.start < h.start
            for a in hits
        ):
            continue
        return True
    return False


# the labels of a verb of deciding or weighing (speed38: built once, not per call)
_SB22_DECIDING = frozenset({"agreed", "proposed", "revoked", SCHEDULED, NOMINAL})


@_gate("agreed", actions=("sb22_predicate_actions",))
def _sb22_standing_predicate_in_force(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A measure read agreed, named by a noun no verb of deciding or weighing governs, whose
    own predicate says it remains (`_sb22_standing_predicate`), is in force (R4)."""
    if not (status == "agreed" and kwargs.get("action") in _NAMES["sb22_predicate_actions"]):
        return None
    hits = hits if isinstance(hits, list) else list(hits)
    status_hits = kwargs.get("status_hits") or _given_status_hits(hits, kwargs)
    # speed39: the predicate read below says True only at an in-force cue within reach after
    # the measure: without one (most sentences), no barriers to build nor readings to call
    for h in status_hits:
        if h.key.label == "in_force" and cue_end <= h.start <= cue_end + WINDOW_AFTER_IN_FORCE:
            break
    else:
        return None
    barriers = set(kwargs.get("barriers") or ()) | {
        h.start for h in status_hits if h.key.label == BOUNDARY
    }
    if not _sb22_no_verb_before(status_hits, cue_start, barriers, _SB22_DECIDING):
        return None
    if _sb22_standing_predicate(kwargs.get("lowers"), hits, status_hits, cue_end, barriers):
        return "in_force", "cue"
    return None


def _sb22_named_as_span(
    lowers: Sequence[int] | None, status_hits: list[Hit], cue_start: int
) -> bool:
    """Whether the measure is named as the span of time another step is told in ("would keep
    its mines running during the country's four-month suspension of cobalt exports", "will
    store the ore throughout the export ban"): a preposition of duration (status.yaml
    `sb22_span_prepositions`) a few words before it, with no status cue between: the verb
    before that preposition is another step's, and the measure stands (R4)."""
    if lowers is None:
        return False
    spans, stops = _WORDS["sb22_span_prepositions"], _WORDS["sp6_sentence_ends"]
    low = cue_start - 1 - _SETTINGS["sb22_span_reach"]  # sp40r2: no builtin min/max
    if low < -1:
        low = -1
    if spans.isdisjoint(lowers[low + 1 : cue_start]):
        return False  # speed37: the scan below says True only at such a preposition
    for i in range(cue_start - 1, low, -1):
        if lowers[i] in stops:
            return False
        if lowers[i] in spans:
            return not any(
                h.key.label != CONTINUATION and i < h.end <= cue_start and h.start < cue_start
                for h in status_hits
            )
    return False


@_gate("agreed", actions=("sb22_standing_actions",))
def _sb22_span_in_force(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A restriction read agreed that is named as the span of another step
    (`_sb22_named_as_span`) stands, in force (R4)."""
    if not (status == "agreed" and kwargs.get("action") in _NAMES["sb22_standing_actions"]):
        return None
    hits = hits if isinstance(hits, list) else list(hits)
    if _sb22_named_as_span(
        kwargs.get("lowers"),
        (kwargs.get("status_hits") or _given_status_hits(hits, kwargs)),
        cue_start,
    ):
        return "in_force", "cue"


# strv2 (sr22_): undoings read on fresh text (session 22)


def _sr22_refusal_ends_at(lowers: Sequence[int], i: int) -> bool:
    """Whether a verb of refusing or giving up ends at token `i`: one word ("rejected",
    "declined", "vetoed", status.yaml `sr22_refusing_verbs`) or a verb and its particle
    ("turned down", "voted down", "given up", `sr22_refusing_phrasal` + `sr22_refusing_particles`)."""
    if lowers[i] in _WORDS["sr22_refusing_verbs"]:
        return True
    return (
        i > 0
        and lowers[i] in _WORDS["sr22_refusing_particles"]
        and lowers[i - 1] in _WORDS["sr22_refusing_phrasal"]
    )


def _sr22_refused_offer(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether the step is held by an offer, a proposal, a bid or an invitation that a verb of
    refusing or giving up takes as its object ("turned down an invitation to join the bloc",
    "rejected a proposal from BYD to build a plant", "had given up its bid to join BRICS",
    "voted down a bill that would have banned mining"): the step offered is called off, R1, as
    a permit refused or a proposal dropped is (sessions 15, 16). The offer noun stands before the
    cue or opens it; only its determiner, owner or modifiers stand between it and the verb."""
    if lowers is None:
        return False
    offers, stops = _WORDS["sr22_offer_nouns"], _WORDS["sr22_stops"]
    low = cue_start - _SETTINGS["sr22_offer_reach"]
    if low < 0:
        low = 0
    high = cue_start + 1  # sp40r2: no builtin min/max
    if high > cue_end:
        high = cue_end
    if offers.isdisjoint(lowers[low:high]):
        return False  # speed37: the scan below says True only after an offer noun
    for i in range(high - 1, low - 1, -1):
        if lowers[i] in stops:
            return False
        if lowers[i] not in offers:
            continue
        for j in range(i - 1, max(-1, i - 2 - _SETTINGS["sr22_object_reach"]), -1):
            if lowers[j] in stops:
                break
            if _sr22_refusal_ends_at(lowers, j):
                return not _asked_before(lowers, j) and not _sr22_refusal_negated(lowers, j)
    return False


def _sr22_refusal_negated(lowers: Sequence[int], at: int) -> bool:
    """Whether a negation or a word weighing the refusal stands right before the refusing verb
    ("did not reject the offer", "intends to refuse the application"): nothing refused yet."""
    before = lowers[max(0, at - 3) : at]
    return not (
        _WORDS["sp6_negators"].isdisjoint(before) and _WORDS["sr22_weighing"].isdisjoint(before)
    )


@_gate("proposed", "agreed", actions=("sr22_refused_actions",))
def _sr22_refused_offer_revoked(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step read as weighed or decided whose offer a party refused or gave up
    (`_sr22_refused_offer`) is revoked (R1)."""
    if not (
        status in ("proposed", "agreed") and kwargs.get("action") in _NAMES["sr22_refused_actions"]
    ):
        return None
    if _sr22_refused_offer(kwargs.get("lowers"), cue_start, cue_end):
        return "revoked", "cue"
    return None


# sp34: a proposed mine refused by the authority (session 34)
def _sp34_refused_proposal(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether a verb of refusing opens the permit's cue (or stands up to `sp34_refuse_before`
    words before it) and takes as object a mine or plant named as proposed or planned, or a
    proposal ("vetoed the proposed Pebble mine", "rejected Clive Palmer's proposed coal project",
    "rejected Baffinland's proposal to double output"): the approval is withheld, revoked (R1, as
    a permit refused, `sw4_permit_refused`), where the adjective alone read the step weighed.
    The proposal word stands within `sp34_refuse_reach` words after the verb, no stop between;
    not a refusal negated or weighed ("could reject the proposed mine")."""
    if lowers is None:
        return False
    verbs, stops = _WORDS["sr22_refusing_verbs"], _WORDS["sr22_stops"]
    offers = _WORDS["sp34_proposal_words"]
    low = cue_start - _SETTINGS["sp34_refuse_before"]
    if low < 0:
        low = 0
    for at in range(
        low, cue_start + 1 if cue_start < cue_end else cue_end
    ):  # sp40r2: no builtin min/max
        if lowers[at] not in verbs or not stops.isdisjoint(lowers[at + 1 : cue_start]):
            continue
        if _sr22_refusal_negated(lowers, at):
            return False
        reach = range(at + 1, min(len(lowers), at + 1 + _SETTINGS["sp34_refuse_reach"]))
        if _met_before_stop(lowers, reach, offers, stops):
            return True
    return False


@_gate("proposed", "agreed", actions=("sp34_refused_actions",))
def _sp34_refused_proposal_revoked(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A permit read as weighed or decided whose proposed mine the authority refused
    (`_sp34_refused_proposal`) is revoked (R1)."""
    if not (
        status in ("proposed", "agreed") and kwargs.get("action") in _NAMES["sp34_refused_actions"]
    ):
        return None
    if _sp34_refused_proposal(kwargs.get("lowers"), cue_start, cue_end):
        return "revoked", "cue"
    return None


# stprop (sp22_): steps offered, wished or called for, not yet decided (session 22)


def _sp22_promised_object(
    lowers: Sequence[int] | None, status_hits: list[Hit], cue_start: int
) -> bool:
    """Whether the cue stands in the object of "promised" / "promising" right before it ("has
    promised a new industrial strategy", "with the president-elect promising a national lithium
    company", "has promised an A$1.2 billion strategic reserve"): the step is promised, not yet
    made (R3). Not money promised ("promising an initial 5.5 billion euros in credits", status.yaml
    `sp22_promise_kept_actions`): a pledge of funds is the commitment itself (R6)."""
    if lowers is None:
        return False
    # speed38: the settings read only for such a hit (most sentences hold none)
    for hit in status_hits:
        if hit.key.label != "sp22_promise_object":
            continue
        stops, reach = _WORDS["sp22_promise_stops"], _SETTINGS["sp22_promise_reach"]
        if 0 <= cue_start - hit.end <= reach and stops.isdisjoint(lowers[hit.end : cue_start]):
            return True
    return False


def _sp22_called_for(lowers: Sequence[int] | None, status_hits: list[Hit], cue_start: int) -> bool:
    """Whether the cue stands in what a text or a party "calls for", the call reaching through
    coordinated "for"s ("the strategy calls for more exploration, for tax incentives ... and for
    a review of licensing rules", "it calls for improving ..., and for building a system of
    reserves"): the step is wished for, not yet made (R3), as stpact reads pacts so named. Not a
    call on a party to act ("calls for the two sides to coordinate their stockpiling"), which
    states a text's content like "calls on"; nor a step a verb of deciding, standing or undoing
    governs between ("..., and last month the Pentagon awarded funding")."""
    if lowers is None:
        return False
    calls = _CALL_FORMS
    stops, links = _WORDS["sp22_called_stops"], _WORDS["sb7_called_links"]
    # a "to" between the cue and the nearest "for" makes the cue an infinitive of the party
    # called on; "None" once a "for" is passed (a coordinated "for" holds its own object)
    infinitive: bool | None = False
    low = cue_start - 1 - _SETTINGS["sp22_called_reach"]
    if low < 0:
        low = 0
    if links.isdisjoint(lowers[low + 1 : cue_start]):
        return False  # speed37: the scan below says True only at a "for"
    for i in range(cue_start - 1, low, -1):
        if lowers[i] in stops:
            return False
        if lowers[i] == _TO and infinitive is not None:
            infinitive = True
        if lowers[i] not in links:
            continue
        if infinitive:
            return False
        infinitive = None
        if lowers[i - 1] in calls:
            return not any(
                h.key.label in ("agreed", "in_force", "revoked") and i < h.start < cue_start
                for h in status_hits
            )
    return False


@_gate("agreed")
def _sp22_wished_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step read agreed that is only promised (`_sp22_promised_object`) or, for money, stocks,
    permits and prices, called for (`_sp22_called_for`) is proposed (R3)."""
    if status != "agreed":
        return None
    lowers = kwargs.get("lowers")
    status_hits = kwargs.get("status_hits") or _given_status_hits(hits, kwargs)
    action = kwargs.get("action")
    if action not in _NAMES["sp22_promise_kept_actions"] and _sp22_promised_object(
        lowers, status_hits, cue_start
    ):
        return "proposed", "cue"
    if action in _NAMES["sp22_called_actions"] and _sp22_called_for(lowers, status_hits, cue_start):
        return "proposed", "cue"
    return None


# stprop3 (sq23_): steps told as not yet made, after the measure (session 23)


def _sq23_unmade_after(lowers: Sequence[int] | None, status_hits: list[Hit], cue_end: int) -> bool:
    """Whether a phrase telling a step not yet made (status.yaml `sq23_unmade`: "has yet to be
    signed", "has not been concluded", "neither has yet been set up", "is still drawing up")
    stands after the cue in its sentence, within `sq23_unmade_reach`, with no verb of deciding,
    standing or undoing between ("the nickel pact has yet to be signed", "a plan that has not
    been concluded"): the measure is the phrase's subject and nobody has decided it (R3), where
    a nearer cue of the sentence ("offered", "pledged") read it decided."""
    if lowers is None:
        return False
    for hit in status_hits:
        if hit.key.label != "sq23_unmade":
            continue  # speed37: before the aside's length, which only this label's hit needs
        # speed38: the settings read only for such a hit (most sentences hold none)
        ends, reach = _WORDS["sp6_sentence_ends"], _SETTINGS["sq23_unmade_reach"]
        gap = hit.start - cue_end - _ss24_aside_length(lowers, cue_end, hit.start)
        if not 0 <= gap <= reach:
            continue
        if not ends.isdisjoint(lowers[cue_end : hit.start]):
            continue
        if not any(
            h.key.label in ("agreed", "in_force", "revoked") and cue_end <= h.start < hit.start
            for h in status_hits
        ):
            return True
    return False


@_gate("agreed", "in_force")
def _sq23_unmade_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step read decided or standing that the sentence then tells not yet made
    (`_sq23_unmade_after`) is proposed (R3)."""
    if status not in ("agreed", "in_force"):
        return None
    status_hits = kwargs.get("status_hits") or _given_status_hits(hits, kwargs)
    for hit in status_hits:
        if hit.key.label == "sq23_unmade":
            break
    else:
        return None  # sp39-r2: the reading below says True only at a hit of that label
    if _sq23_unmade_after(kwargs.get("lowers"), status_hits, cue_end):
        return "proposed", "cue"
    return None


# stsubj (ss24_): a not-yet predicate told after an aside (session 24)


def _ss24_aside_length(lowers: Sequence[int] | None, cue_end: int, stop: int) -> int:
    """How many tokens an aside set off by commas right after the measure takes before its own
    predicate at `stop` ("the refining grant, open to processors in every province and territory
    for a decade, is yet to be legislated"): the aside only names the measure, so the predicate
    is the measure's own however long the aside (as `_sd2_standing_after_aside` reads "took
    effect"); a verb of deciding inside it still tells the step (`_sq23_unmade_after`). 0 with
    no such aside: the opening comma within `ss24_aside_open_reach` tokens after the measure,
    the closing one within `ss24_aside_close_reach` tokens before the predicate."""
    if lowers is None or stop <= cue_end:
        return 0
    high = min(stop, cue_end + _SETTINGS["ss24_aside_open_reach"])
    opening = next((i for i in range(cue_end, high) if lowers[i] == _COMMA), None)
    if opening is None:
        return 0
    low = max(opening + 1, stop - _SETTINGS["ss24_aside_close_reach"])
    closing = next((i for i in range(stop - 1, low - 1, -1) if lowers[i] == _COMMA), None)
    if closing is None:
        return 0
    return closing + 1 - opening


# stplan (session 26): proposed against agreed, read from the verb that governs the step

_AND = hash_string("and")


def _st26_agreeing_governs(lowers: Sequence[int], to: int) -> bool:
    """Whether the infinitive whose "to" stands at `to` is what a verb of agreeing, committing or
    deciding (status.yaml `st26_agreeing_verbs`) says the parties will do: right after it or after
    a date or an adverb ("agreed on Wednesday to", "committed jointly to"), or as the next
    infinitive of a coordinated chain ("agreed to explore ... and to start talks"): the
    decision is the step told (R2, R6). Not a negated one ("did not agree to")."""
    verbs, gap = _WORDS["st26_agreeing_verbs"], _WORDS["st26_agreeing_gap"]
    stops, negations = _WORDS["st26_stops"], _WORDS["st26_negations"]
    reach = _SETTINGS["st26_chain_reach"]
    i = to - 1
    while i >= 0:
        while i >= 0 and lowers[i] in gap:
            i -= 1
        if i >= 0 and lowers[i] in verbs:
            return i == 0 or lowers[i - 1] not in negations
        if i < 1 or lowers[i] != _AND:
            return False
        # "... and to start talks": the earlier infinitive of the chain, with no clause between
        earlier = next(
            (
                j
                for j in range(i - 1, max(-1, i - 1 - reach), -1)
                if lowers[j] == _TO or lowers[j] in stops
            ),
            None,
        )
        if earlier is None or lowers[earlier] != _TO:
            return False
        i = earlier - 1
    return False


def _st26_opening_hashes(action: str | None) -> frozenset[int] | None:
    """The hashes of status.yaml `st26_opening_verbs` for `action`, None when it has none."""
    openings = (load_data(STATUS_FILE).get("st26_opening_verbs") or {}).get(action)
    return frozenset(hash_string(w) for w in openings) if openings else None


# speed39: by action, read once (they were hashed again for every call)
_ST26_OPENINGS = _ReadOnce(_st26_opening_hashes)


def _st26_decided_opening(
    lowers: Sequence[int] | None, cue_start: int, cue_end: int, action: str | None
) -> bool:
    """Whether the event's step is opened by an infinitive a verb of agreeing governs: talks the
    parties agreed to open, resume or continue ("agreed on Wednesday to continue close
    consultations", "committed to explore ... and to resume talks"), a text they agreed to draw
    up ("committed to draw up an operational roadmap"). The infinitive's verb (status.yaml
    `st26_opening_verbs`, by action) stands in the cue or within `st26_opening_reach` tokens
    before it, with no clause between."""
    verbs = _ST26_OPENINGS[action]
    if lowers is None or verbs is None:
        return False
    low = cue_start - _SETTINGS["st26_opening_reach"]
    if low < 1:
        low = 1
    high = cue_end if cue_end < len(lowers) else len(lowers)  # sp40r2: no builtin min/max
    if verbs.isdisjoint(lowers[low:high]):
        return False  # sp39-r2: no verb for the scan below to find (it says True only at one)
    stops = _WORDS["st26_stops"]
    for i in range(high - 1, low - 1, -1):
        if i < cue_start and lowers[i] in stops:
            return False
        if lowers[i] in verbs and lowers[i - 1] == _TO:
            return _st26_agreeing_governs(lowers, i - 1)
    return False


def _st26_put_off(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether the step is one a party says it will not take until a condition or a later time
    ("will not launch its tender until an assessment is completed", "would not back ratification
    of the lease until ...", "will not launch the tender this year"): put off, so nobody has
    decided it yet (R3). A negated future of a verb of taking the step (status.yaml
    `st26_taking_verbs`) right before the cue, a time word of `st26_put_off_words` after it in
    the sentence. Not a renewal or an extension refused (R1), whose verbs are not in the list."""
    if lowers is None:
        return False
    negated = _WORDS["st26_negated_futures"]
    taking, stops = _WORDS["st26_taking_verbs"], _WORDS["sp6_sentence_ends"]
    low = cue_start - _SETTINGS["st26_put_off_reach"]
    if low < 1:
        low = 1
    if taking.isdisjoint(lowers[low:cue_start]):
        return False  # speed37: no verb of taking the step for the scan below to find
    verb = next(
        (i for i in range(cue_start - 1, low - 1, -1) if lowers[i] in taking),
        None,
    )
    if verb is None or lowers[verb - 1] not in negated:
        return False
    if not stops.isdisjoint(lowers[verb:cue_start]):
        return False
    words = _WORDS["st26_put_off_words"]
    reach = range(cue_end, min(len(lowers), cue_end + _SETTINGS["st26_put_off_after"]))
    return _met_before_stop(lowers, reach, words, stops)


def _st26_raised_with(lowers: Sequence[int] | None, cue_start: int, action: str | None) -> bool:
    """Whether the talks are a party raising an issue with another ("will raise its concerns
    with Chinese authorities", "raised the issue with the commerce minister"): a complaint put
    to the other side, talks asked for rather than held (R2), whatever the verb's tense. A verb
    of status.yaml `st26_raising_verbs` opening the cue, a noun of `st26_raised_nouns` within
    `st26_raised_reach` tokens after it."""
    if lowers is None or action != "negotiation" or cue_start >= len(lowers):
        return False
    if lowers[cue_start] not in _WORDS["st26_raising_verbs"]:
        return False
    after = lowers[cue_start + 1 : cue_start + 1 + _SETTINGS["st26_raised_reach"]]
    return not _WORDS["st26_raised_nouns"].isdisjoint(after)


@_gate("proposed", "agreed")
def _st26_plan_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step read proposed that the parties agreed to open or draw up (`_st26_decided_opening`)
    is agreed (R2, R6); a step read agreed that a party says it will not take until later
    (`_st26_put_off`), or talks that are an issue raised with another party
    (`_st26_raised_with`), are proposed (R3, R2)."""
    lowers, action = kwargs.get("lowers"), kwargs.get("action")
    if status == "proposed" and _st26_decided_opening(lowers, cue_start, cue_end, action):
        return "agreed", "cue"
    # sp40: the raising read only for talks, its own first test, without its call otherwise
    if status == "agreed" and (
        _st26_put_off(lowers, cue_start, cue_end)
        or (action == "negotiation" and _st26_raised_with(lowers, cue_start, action))
    ):
        return "proposed", "cue"
    return None


# stforce (session 27): in force against agreed, read from the clause that names the measure


def _st27_named_by_signing(lowers: Sequence[int] | None, cue_start: int, cue_end: int) -> bool:
    """Whether the pact is named by the clause of its signing right after its noun ("the
    minerals agreement the two countries signed in April", "the partnership it signed with Nuuk
    in 2023", "the accord, signed in May"; the action cue may take that clause in): the
    signature is what the text tells of it, a one-off act (R6), however much is done under it
    now. A verb of status.yaml `st27_signing_verbs` after the cue's first word and within
    `st27_signing_reach` tokens after the cue, no other clause's word between
    (`st27_signing_stops`) but a comma setting the participle off."""
    if lowers is None:
        return False
    verbs, stops = _WORDS["st27_signing_verbs"], _WORDS["st27_signing_stops"]
    high = min(len(lowers), cue_end + _SETTINGS["st27_signing_reach"])
    for i in range(cue_start + 1, high):
        if lowers[i] in verbs:
            return True
        set_off = lowers[i] == _COMMA and i + 1 < high and lowers[i + 1] in verbs
        if lowers[i] in stops and not set_off:
            return False
    return False


def _st27_undone_before(
    lowers: Sequence[int] | None, status_hits: list[Hit], cue_start: int
) -> bool:
    """Whether a revoking cue governs the measure from before ("lifted the duties it
    imposed"), unless it is an undoing asked of another ("called on Ottawa to exempt fertiliser
    from the tariff"), or a verb of halting, striking down or changing the measure stands before
    it in its clause ("a court blocked most of the tariffs imposed under ...", "will halve the
    tariffs it imposed"; status.yaml `court_undoing_verbs`, `st27_changing_verbs`): the
    sentence tells that undoing or change, not the measure standing."""
    if lowers is None:
        return False
    if any(
        h.key.label == "revoked"
        and h.end <= cue_start
        and cue_start - h.end <= WINDOW_BEFORE
        and not _asked_before(lowers, h.start)
        for h in status_hits
    ):
        return True
    courts, changing = _WORDS["court_undoing_verbs"], _WORDS["st27_changing_verbs"]
    stops = _WORDS["st27_clause_stops"]
    for i in range(cue_start - 1, max(-1, cue_start - 1 - WINDOW_BEFORE), -1):
        if lowers[i] in stops:
            return False
        if lowers[i] in courts or lowers[i] in changing:
            return True
    return False


@functools.cache
def _st27_weekday_hashes() -> tuple[int, ...]:
    """The hashes of status.yaml `st27_weekdays`, Monday first as `date.weekday` counts."""
    return tuple(hash_string(w) for w in load_data(STATUS_FILE).get("st27_weekdays") or ())


def _st27_starts_today(lowers: Sequence[int] | None, cue_end: int, published: date | None) -> bool:
    """Whether the measure's clause tells it starting on the day of publication ("take effect
    on Tuesday" in a report of Tuesday, "with effect from Wednesday", "apply from today"): a
    start word of status.yaml `st27_start_words` within `st27_start_reach` tokens after the
    measure with no clause stop between, a preposition right after it and the publication's
    weekday or a word of today; not a start still scheduled or called off ("were due to take
    effect on Sunday", `st27_scheduled_words` just before)."""
    if lowers is None or published is None:
        return False
    starts, stops = _WORDS["st27_start_words"], _WORDS["st27_clause_stops"]
    prepositions = _WORDS["st27_start_prepositions"]
    weekdays = _st27_weekday_hashes()
    if len(weekdays) != 7:
        return False
    today, weekday = _WORDS["st27_today_words"], weekdays[published.weekday()]
    scheduled, reach = _WORDS["st27_scheduled_words"], _SETTINGS["st27_scheduled_reach"]
    high = cue_end + _SETTINGS["st27_start_reach"]  # sp40r2: no builtin min/max
    if high > len(lowers) - 2:
        high = len(lowers) - 2
    if starts.isdisjoint(lowers[cue_end:high]):
        return False  # speed37: the scan below says True only at a start word
    for i in range(cue_end, high):
        if lowers[i] in stops:
            return False
        day = lowers[i + 2]
        if (
            lowers[i] in starts
            and lowers[i + 1] in prepositions
            and (day == weekday or day in today)
        ):
            return scheduled.isdisjoint(lowers[max(cue_end, i - reach) : i])
    return False


def _st27_clause_dated(lowers: Sequence[int], verb: int) -> bool:
    """Whether the clause of the verb at `verb` gives a date of its own (a year, a month, a
    weekday, "last week", "since"; status.yaml `st27_date_words`) before the clause ends
    (`st27_clause_stops`) or `st27_naming_clause_reach` tokens pass."""
    words, stops = _WORDS["st27_date_words"], _WORDS["st27_clause_stops"]
    for i in range(verb + 1, min(len(lowers), verb + 1 + _SETTINGS["st27_naming_clause_reach"])):
        if lowers[i] in stops:
            return False
        if lowers[i] in words or lowers[i] in _SC1_YEARS:
            return True
    return False


def _st27_undated_naming_clause(lowers: Sequence[int] | None, cue_end: int) -> bool:
    """Whether a restriction is named by a clause of its own verb right after it ("the 35%
    tariff Ottawa imposed on goods from Russia", "the duties that Washington imposed on its
    steel": `_named_by_own_clause`, `_named_by_relative_clause`) whose words give it no date
    (`_st27_clause_dated`): a measure told as it stands (R5), whatever the date of the clause
    that names it ("agreed on Sunday to open talks over the tariffs Washington imposed")."""
    if lowers is None:
        return False
    verbs = _WORDS["cd_standing_verbs"]
    high = cue_end + RELATIVE_NAMING_REACH  # sp40r2: no builtin min/max
    if high > len(lowers):
        high = len(lowers)
    verb = next((i for i in range(cue_end, high) if lowers[i] in verbs), None)
    if verb is None:
        return False
    named = _named_by_own_clause(lowers, set(), verb, cue_end) or _named_by_relative_clause(
        lowers, set(), cue_end
    )
    return named and not _st27_clause_dated(lowers, verb)


@_gate("agreed", "in_force", actions=(MEASURES, "st27_start_actions", "st27_signed_pact_actions"))
def _st27_force_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A restriction read agreed but named by an undated clause of its own verb
    (`_st27_undated_naming_clause`) stands (R5), as does a measure told starting on the
    report's own day (`_st27_starts_today`, R4); a pact read in force by its age or its frame
    ("under the agreement ... signed in April") with no in-force words of its own, but named by
    the clause of its signing (`_st27_named_by_signing`), is that signature: agreed (R6)."""
    lowers, action = kwargs.get("lowers"), kwargs.get("action")
    if (
        status == "agreed"
        and source == "cue"
        and action in MEASURES
        and _st27_undated_naming_clause(lowers, cue_end)
        and not _st27_undone_before(
            lowers, (kwargs.get("status_hits") or _given_status_hits(hits, kwargs)), cue_start
        )
    ):
        return "in_force", "cue"
    if (
        status == "agreed"
        and action in _NAMES["st27_start_actions"]
        and _st27_starts_today(lowers, cue_end, kwargs.get("published"))
    ):
        return "in_force", "cue"
    if (
        status == "in_force"
        and source != "cue"
        and action in _NAMES["st27_signed_pact_actions"]
        and _st27_named_by_signing(lowers, cue_start, cue_end)
    ):
        return "agreed", "cue"
    return None


# status (session 32): a restriction a dispute is over
@functools.cache
def _phrases_by_last_word(key: str) -> tuple[dict[int, tuple[tuple[int, ...], ...]], bool]:
    """Helper speed37: the phrases of `_phrase_hashes(key)` by the hash of their last word, in
    list order, and whether the list holds an empty phrase, as `_phrases_by_first_word`."""
    by_last: dict[int, list[tuple[int, ...]]] = {}
    for phrase in _phrase_hashes(key):
        if phrase:
            by_last.setdefault(phrase[-1], []).append(phrase)
    empty = any(not phrase for phrase in _phrase_hashes(key))
    return {word: tuple(phrases) for word, phrases in by_last.items()}, empty


_BY_LAST_WORD = _ReadOnce(_phrases_by_last_word)


def _st32_phrase_ends_at(lowers: Sequence[int], end: int, key: str) -> int | None:
    """The start of a phrase of the status.yaml list `key` that ends at token `end`, if any.
    Helper speed37: a phrase ending at a token inside the text ends with that token's word, so
    only the phrases ending with it (in list order) are compared; an empty phrase, or an end
    outside the text, takes the scan of every phrase."""
    by_last, empty = _BY_LAST_WORD[key]
    if not empty and 0 < end <= len(lowers):
        for phrase in by_last.get(lowers[end - 1], ()):
            start = end - len(phrase)
            if start >= 0 and tuple(lowers[start:end]) == phrase:
                return start
        return None
    for phrase in _phrase_hashes(key):
        start = end - len(phrase)
        if start >= 0 and tuple(lowers[start:end]) == phrase:
            return start
    return None


def _st32_dispute_over(lowers: Sequence[int], cue_start: int) -> bool:
    """Whether the measure is named as what a dispute is over ("failed to settle a dispute over
    steel tariffs"), the dispute not told as settled or ended before it."""
    settling = _WORDS["st32_settling_verbs"]
    low = cue_start - _SETTINGS["st32_dispute_reach"]  # sp40r2: no builtin min/max
    for end in range(cue_start, (low if low > 0 else 0) - 1, -1):
        if _STOP in lowers[end:cue_start]:
            return False
        start = _st32_phrase_ends_at(lowers, end, "st32_dispute_phrases")
        if start is not None:
            return settling.isdisjoint(lowers[max(0, start - 6) : start])
    return False


def _st32_raised_owned(lowers: Sequence[int], cue_start: int) -> bool:
    """Whether "raised" and another party's name right after it stand before the measure
    ("raised U.S. chip export curbs"), no full stop between: the measure brought up in talks."""
    verbs, owners = _WORDS["st32_raise_verbs"], _WORDS["st32_raise_owners"]
    low = cue_start - _SETTINGS["st32_raise_reach"]  # sp40r2: no builtin min/max
    for i in range(cue_start - 1, (low if low > 0 else 0) - 1, -1):
        if lowers[i] == _STOP:
            return False
        if lowers[i] in verbs:
            return i + 1 < len(lowers) and lowers[i + 1] in owners
    return False


def _st32_made_by_after(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether a participle of making and its maker ("passed by Parliament") ends the text's cue
    or follows it within its clause (`st32_made_by_reach` tokens, no stop word between)."""
    stops = _WORDS["st32_made_by_stops"]
    high = cue_end + _SETTINGS["st32_made_by_reach"]  # sp40r2: no builtin min/max
    if high > len(lowers):
        high = len(lowers)
    if _no_phrase_in(lowers, cue_start, high, "st32_made_by_phrases"):
        return False
    for i in range(cue_start, high):
        if lowers[i] in stops:
            return False
        if _phrase_at(lowers, i, "st32_made_by_phrases"):
            return True
    return False


@_gate(
    "agreed", "in_force", actions=("st32_dispute_actions", "st32_raise_actions", "sg_told_as_act")
)
def _st32_status_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A tariff that a dispute is over (`_st32_dispute_over`) and a restriction of another party
    an official "raised" (`_st32_raised_owned`) stand (R4); an old text aged into force but
    told by its making and maker after its name (`_st32_made_by_after`) is that act (R6)."""
    lowers, action = kwargs.get("lowers"), kwargs.get("action")
    if lowers is None:
        return None
    if (
        status == "agreed"
        and action in _NAMES["st32_dispute_actions"]
        and _st32_dispute_over(lowers, cue_start)
    ):
        return "in_force", "cue"
    if (
        status == "agreed"
        and action in _NAMES["st32_raise_actions"]
        and _st32_raised_owned(lowers, cue_start)
    ):
        return "in_force", "cue"
    if (
        status == "in_force"
        and source != "cue"
        and action in _NAMES["sg_told_as_act"]
        and _st32_made_by_after(lowers, cue_start, cue_end)
    ):
        return "agreed", "cue"
    return None


# status2 (session 32): a measure undone by its own passive predicate after the words naming it
def _s2_undoing_passive_at(lowers: Sequence[int], i: int) -> bool:
    """Whether an auxiliary at `i` opens a passive of undoing that is the clause's own ("has been
    terminated", "were suspended", "would be repealed"): "be" after "will" / "would" only ("to be
    lifted" is a schedule or a wish), "being" after a form of "be"; no negator before or between
    ("has not been lifted" undoes nothing)."""
    negators = _WORDS["s2_negators"]
    if not negators.isdisjoint(lowers[max(0, i - 2) : i]):
        return False
    adverbs = _WORDS["s2_adverbs"]
    if lowers[i] in _WORDS["s2_be_after"]:
        # s43: past adverbs between the modal and "be" ("will also be suspended")
        k = i - 1
        while k > 0 and i - k <= _SETTINGS["s2_adverb_reach"] and lowers[k] in adverbs:
            k -= 1
        if lowers[k] not in _WORDS["s2_be_before"]:
            return False
    j = i + 1
    while j < len(lowers) and j - i <= _SETTINGS["s2_adverb_reach"] and lowers[j] in adverbs:
        j += 1
    if j < len(lowers) and lowers[j] in negators:
        return False
    return _phrase_at(lowers, j, "s2_undone_participles")


def _s2_undone_after(lowers: Sequence[int], cue_end: int) -> bool:
    """Whether the measure, after the words that name it (a clause of its own: "the $475 million
    loan the Energy Department granted last year", "the controls that Beijing announced in
    October"; an aside between commas), has for its own predicate a passive of undoing ("has
    been terminated", "were suspended for a year"): the naming verb only names it, the
    predicate undoes it (R1). Another clause's words stop the reading: a subordinator, "whose",
    or "and" not joining a second predicate ("were never concluded and have been shelved")."""
    auxiliaries = _WORDS["s2_auxiliaries"]
    end = cue_end + _SETTINGS["s2_reach"]
    if end > len(lowers):
        end = len(lowers)
    if auxiliaries.isdisjoint(lowers[cue_end:end]):
        return False  # speed37: the scan below says True only at an auxiliary
    # sp40: nor without a participle of undoing after one (within the adverbs' reach past the
    # scan's end): a phrase of them starts only at its first word (`_phrase_at`)
    firsts, empty = _BY_FIRST_WORD["s2_undone_participles"]
    if not empty and firsts.keys().isdisjoint(
        lowers[cue_end + 1 : end + _SETTINGS["s2_adverb_reach"] + 1]
    ):
        return False
    # sp39-r2: the other lists read only past that test, each word read once
    stops, joining = _WORDS["s2_stops"], _WORDS["s2_joining_auxiliaries"]
    for i in range(cue_end, end):
        word = lowers[i]
        if word in stops:
            return False
        if word == _AND and (i + 1 >= end or lowers[i + 1] not in joining):
            return False
        if word in auxiliaries and _s2_undoing_passive_at(lowers, i):
            return not _s2_relative_of_another(lowers, cue_end, i)
    return False


def _s2_relative_of_another(lowers: Sequence[int], cue_end: int, aux: int) -> bool:
    """Whether the passive at `aux` is the verb of a relative clause ("which will be repealed")
    whose pronoun stands away from the measure: it tells of the noun nearest before it ("the Act
    replaces the 2012 Act, which will be repealed"), not of the measure."""
    pronouns, helpers = _WORDS["s2_relative_pronouns"], _WORDS["s2_relative_helpers"]
    at = aux - 1
    while at > cue_end and lowers[at] in helpers:
        at -= 1
    if lowers[at] not in pronouns:
        return False
    return at - cue_end > (1 if lowers[cue_end] == _COMMA else 0)


@_gate("agreed", "in_force", actions=("s2_undone_actions",))
def _s2_status_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step read agreed or in force whose own predicate, after the words naming it, undoes it
    (`_s2_undone_after`) is revoked (R1); not a step told by a verb of its own opening its cue
    ("imposed controls that were lifted in 2024": the making keeps its reading, as session 21's
    later undoing), while a naming verb closing the cue ("the loan ... granted") names it."""
    lowers = kwargs.get("lowers")
    if lowers is None or not (
        status in ("agreed", "in_force") and kwargs.get("action") in _NAMES["s2_undone_actions"]
    ):
        return None
    # speed37: the passive of undoing first, the rarer of the two (both only read)
    if not _s2_undone_after(lowers, cue_end):
        return None
    told = any(
        h.key.label not in (BOUNDARY, "revoked") and cue_start - 2 <= h.start <= cue_start
        for h in (kwargs.get("status_hits") or _given_status_hits(hits, kwargs))
    )
    if not told or _s42_told_in_aside(lowers, cue_start, cue_end):
        return "revoked", "cue"
    return None


# money (session 34): money whose deal is told still to be made
def _sm34_unmade_later(
    lowers: Sequence[int], status_hits: list[Hit], cue_start: int, cue_end: int
) -> bool:
    """Whether, later in the money's sentence (`sm34_unmade_reach` tokens, no sentence end
    between), a phrase tells its deal still to be made ("has yet to be signed", "is yet to be
    closed", "still needs to be approved", "parliament has yet to pass"), with no verb of
    deciding, standing or undoing in the sentence before it. Unlike `_sq23_unmade_after`, the phrase may stand
    past a long aside or in a clause of contrast ("offered a package worth 200 million euros,
    including subsidies ..., but the pact has yet to be signed"): money offered on terms not yet
    signed is not yet committed (R3). Only passives of completing a deal and "pass" / "ratify",
    whose subject is the deal or a legislature: a fund that "has yet to sign a single
    investment" or "still has to complete due diligence" tells the money's use, not its deal."""
    ends = _WORDS["sp6_sentence_ends"]
    end = cue_end + _SETTINGS["sm34_unmade_reach"]
    if end > len(lowers):
        end = len(lowers)
    # sp40: `_no_phrase_in` written out, and `_phrase_at` called only at a phrase's first word
    firsts = _PHRASE_FIRSTS["sm34_unmade_phrases"]
    if firsts is not None and firsts.isdisjoint(lowers[cue_end:end]):
        return False
    # the sentence's opening: a verb of deciding before the money ("agreed in May to lend $500
    # million, but the loan has yet to be closed") tells the money decided, its closing ahead
    opening = _sentence_opening(lowers, cue_start)
    decided = [h.start for h in status_hits if h.key.label in ("agreed", "in_force", "revoked")]
    for i in range(cue_end, end):
        word = lowers[i]
        if word in ends:
            return False
        if (firsts is None or word in firsts) and _phrase_at(lowers, i, "sm34_unmade_phrases"):
            return not any(opening <= start < i for start in decided)
    return False


@_gate("agreed", "in_force", actions=("sm34_unmade_actions",))
def _sm34_money_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """Money read agreed or in force whose deal the sentence then tells still to be made
    (`_sm34_unmade_later`) is proposed (R3)."""
    lowers = kwargs.get("lowers")
    if lowers is None or not (
        status in ("agreed", "in_force") and kwargs.get("action") in _NAMES["sm34_unmade_actions"]
    ):
        return None
    if _sm34_unmade_later(
        lowers, (kwargs.get("status_hits") or _given_status_hits(hits, kwargs)), cue_start, cue_end
    ):
        return "proposed", "cue"
    return None


# money (session 34): an undated rate cut restated after the lead
def _sm34_cut_named(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether a word cutting a rate (status.yaml `sm34_cut_words`: "cut", "reduced",
    "reduction", "lower") stands in the measure's cue or at most `sm34_cut_reach` tokens before
    it ("also reduced duties on LNG to 2.5%", "the tariff reduction", "received the lower
    rates"), not one negated or refused right before it ("the failure to lower the tariffs",
    "declined to cut duties": the rate stands)."""
    cuts, negators = _WORDS["sm34_cut_words"], _WORDS["sm34_cut_negators"]
    reach = _SETTINGS["sm34_cut_negator_reach"]
    return any(
        lowers[i] in cuts and negators.isdisjoint(lowers[max(0, i - reach) : i])
        for i in range(max(0, cue_start - _SETTINGS["sm34_cut_reach"]), cue_end)
    )


@_gate("in_force", sources=("background",), actions=("sm34_cut_actions",))
def _sm34_cut_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A rate cut read in force only as a measure restated after the lead with no date of its
    own (source `background`) is the new level announced, agreed (R1: a cut to a new level is a
    new decision; R6), as `ages_when_named` keeps an old tariff cut from ageing into force."""
    lowers = kwargs.get("lowers")
    if lowers is None or source != "background":
        return None
    if not (status == "in_force" and kwargs.get("action") in _NAMES["sm34_cut_actions"]):
        return None
    if _sm34_cut_named(lowers, cue_start, cue_end):
        return "agreed", "default"
    return None


# money (session 34): money flowing "since then"
def _sm34_flowing_since_then(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether the money is told flowing from an earlier point to now: "since then" opens its
    sentence and a present perfect of a verb of lending or investing (status.yaml
    `sm34_flow_verbs`) tells the money, at or before its cue ("Since then Tokyo has backed
    Lynas through loans and equity"). "Since then" dates no step as a clause of its own does
    (`_since_opens_clause`: "since parliament passed a law"); it reads the money as standing,
    lent or invested for years (R4, session 17). Not a one-off award ("has since awarded")."""
    flows, perfect = _WORDS["sm34_flow_verbs"], _WORDS["sm34_perfect_auxiliaries"]
    opening = _sentence_opening(lowers, cue_start)
    if not _phrase_at(lowers, opening, "sm34_since_then"):
        return False
    for i in range(opening, min(cue_end, len(lowers))):
        if lowers[i] in flows:
            return not perfect.isdisjoint(lowers[max(opening, i - 3) : i])
    return False


@_gate("agreed", actions=("sm34_flow_actions",))
def _sm34_flow_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """Money read agreed but told lent or invested "since then" in the present perfect
    (`_sm34_flowing_since_then`) stands, in force (R4)."""
    lowers = kwargs.get("lowers")
    if lowers is None or not (
        status == "agreed" and kwargs.get("action") in _NAMES["sm34_flow_actions"]
    ):
        return None
    if _sm34_flowing_since_then(lowers, cue_start, cue_end):
        return "in_force", "cue"
    return None


# strategy status (session 34): an old text aged into force told by the verb of its making
def _ss34_made_before(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether a verb of making stands in the text's cue or at most `ss34_before_reach` tokens
    before it in its clause ("In June the ministry published a list of 30 minerals", "Seoul
    adopted its strategy in 2023"), not inside a relative clause naming something else ("the
    minerals that Japan identified as critical", session 16)."""
    verbs, stops = _WORDS["ss34_making_verbs"], _WORDS["ss34_stops"]
    if not verbs.isdisjoint(lowers[cue_start:cue_end]):
        return not _in_relative_clause(lowers, cue_start)
    for i in range(cue_start - 1, max(-1, cue_start - 1 - _SETTINGS["ss34_before_reach"]), -1):
        if lowers[i] in stops:
            return False
        if lowers[i] in verbs:
            return not _in_relative_clause(lowers, i)
    return False


def _ss34_made_after(lowers: Sequence[int], cue_end: int) -> bool:
    """Whether the text's name is followed by the participle of its making ("its lithium
    strategy, unveiled in April 2023", "the plan, which was launched last year") or by a
    relative clause telling its making with a short subject of its own ("the framework that
    Islamabad unveiled in 2024")."""
    verbs, be = _WORDS["ss34_making_verbs"], _WORDS["ss34_be"]
    adverbs = _WORDS["ss34_adverbs"]
    words = list(lowers[cue_end : cue_end + 4 + _SETTINGS["ss34_subject_reach"]])
    at = 1 if words and words[0] in PARTICIPLE_GAP else 0
    if at < len(words) and words[at] in RELATIVE_PRONOUNS:
        at += 1
        if at < len(words) and words[at] in verbs:
            return False  # "the code, which declared cobalt strategic": the text's content
        if at < len(words) and words[at] not in be:
            stop = min(len(words), at + _SETTINGS["ss34_subject_reach"] + 1)
            stops = _WORDS["ss34_stops"]
            for i in range(at, stop):
                if words[i] in verbs:
                    return True
                if words[i] in stops or words[i] in PARTICIPLE_GAP:
                    return False
            return False
    while at < len(words) and (words[at] in be or words[at] in adverbs):
        at += 1
    return at < len(words) and words[at] in verbs


def _ss34_framed(lowers: Sequence[int], cue_start: int) -> bool:
    """Whether the text is named as the frame of what is done now ("support under the strategy",
    "builds on the plan", "forms part of the mission"): dev reads such a text standing (R4,
    sessions 16 and 19), whatever verb of making follows its name."""
    low = cue_start - _SETTINGS["ss34_frame_reach"]  # sp40r2: no builtin min/max
    for end in range(cue_start, (low if low > 0 else 0) - 1, -1):
        if _STOP in lowers[end:cue_start]:
            return False
        if _st32_phrase_ends_at(lowers, end, "ss34_frames") is not None:
            return True
    return False


def _ss34_works_now(lowers: Sequence[int], cue_end: int) -> bool:
    """Whether a present verb of the text working or holding (`ss34_working`: "sets", "gives",
    "covers") follows its name within `sw9_law_working_reach` tokens, no full stop between
    ("Michigan's mining law, adopted in 2004, sets permitting requirements"): the text stands
    now (R4, session 19), beside `_sb5_works_now`'s verbs of a law working on parties."""
    verbs = _WORDS["ss34_working"]
    high = cue_end + _SETTINGS["sw9_law_working_reach"]  # sp40r2: no builtin min/max
    for i in range(cue_end, high if high < len(lowers) else len(lowers)):
        if lowers[i] in _SW9_STOPS:
            return False
        if lowers[i] in verbs:
            return True
    return False


@_gate("in_force", sources=("date",), actions=("ss34_actions",))
def _ss34_strategy_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """An old text the rules read in force only by its date, told by the verb of its making
    before, in or right after its name (`_ss34_made_before`, `_ss34_made_after`), is that act,
    agreed (R6), unless a present verb of its working follows (R4)."""
    lowers = kwargs.get("lowers")
    if (
        lowers is None
        or source != "date"
        or not (status == "in_force" and kwargs.get("action") in _NAMES["ss34_actions"])
    ):
        return None
    if (
        _sb5_works_now(lowers, cue_end)
        or _ss34_works_now(lowers, cue_end)
        or _ss34_framed(lowers, cue_start)
    ):
        return None
    if _ss34_made_before(lowers, cue_start, cue_end) or _ss34_made_after(lowers, cue_end):
        return "agreed", "date"
    return None


def _ss34_pledged_by_text(lowers: Sequence[int], cue_start: int) -> bool:
    """Whether a manifesto or a coalition agreement (`ss34_pledge_texts`) and a verb of promising
    (`ss34_pledge_verbs`) stand before the cue, in either order, at most `ss34_pledge_reach`
    tokens before it, no full stop between ("the coalition agreement also pledges to build",
    "promised in their manifesto to build")."""
    verbs = _WORDS["ss34_pledge_verbs"]
    low = cue_start - _SETTINGS["ss34_pledge_reach"]
    if low < 0:
        low = 0
    if verbs.isdisjoint(lowers[low:cue_start]):
        return False  # speed37: the scan below says True only after a verb of promising
    text = pledge = False
    for end in range(cue_start, low, -1):
        if lowers[end - 1] == _STOP:
            return False
        pledge = pledge or lowers[end - 1] in verbs
        text = text or _st32_phrase_ends_at(lowers, end, "ss34_pledge_texts") is not None
        if text and pledge:
            return True
    return False


@_gate("agreed", actions=("ss34_pledge_actions",))
def _ss34_pledged_proposed(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step a party's manifesto or a coalition agreement pledges (`_ss34_pledged_by_text`) is
    a promise nobody has decided yet, proposed (R3)."""
    lowers = kwargs.get("lowers")
    if (
        lowers is not None
        and (status == "agreed" and kwargs.get("action") in _NAMES["ss34_pledge_actions"])
        and _ss34_pledged_by_text(lowers, cue_start)
    ):
        return "proposed", "cue"
    return None


# strategy status, proposed against agreed (session 34, `sq34_`)
def _sq34_ordered_text(lowers: Sequence[int], status_hits: list[Hit], cue_start: int) -> bool:
    """Whether a past verb of ordering (`sq34_order_verbs`) stands at most `sq34_order_reach`
    tokens before the text's cue, "to" and a verb of writing it (`sq34_writing_verbs`) between
    ("ordered federal agencies to draw up a strategy", "has instructed the government to prepare
    a roadmap"), no full stop between and no cue weighing the step before the verb: the order
    decides that the text be made."""
    orders, writing = _WORDS["sq34_order_verbs"], _WORDS["sq34_writing_verbs"]
    low = cue_start - _SETTINGS["sq34_order_reach"]
    if low < 0:
        low = 0
    writes = False
    for i in range(cue_start - 1, low - 1, -1):
        if lowers[i] == _STOP:
            return False
        if lowers[i] in writing and i > 0 and lowers[i - 1] == _TO:
            writes = True
        elif lowers[i] in orders and writes:
            return not any(
                h.key.label == "proposed" and h.end <= i and h.start >= i - 8 for h in status_hits
            )
    return False


def _sq34_not_yet_law(lowers: Sequence[int], cue_end: int) -> bool:
    """Whether a phrase telling a bill still has to pass (`sq34_not_yet_law`: "before it becomes
    law", "now returns to the House") follows the cue within `sq34_not_yet_reach` tokens, no full
    stop between."""
    high = cue_end + _SETTINGS["sq34_not_yet_reach"]  # sp40r2: no builtin min/max
    if high > len(lowers):
        high = len(lowers)
    # sp40: `_no_phrase_in` written out, its first words kept: `_phrase_at` is called only at
    # one of them (None: an empty phrase starts anywhere)
    firsts = _PHRASE_FIRSTS["sq34_not_yet_law"]
    if firsts is not None and firsts.isdisjoint(lowers[cue_end:high]):
        return False
    for i in range(cue_end, high):
        word = lowers[i]
        if word == _STOP:
            return False
        if (firsts is None or word in firsts) and _phrase_at(lowers, i, "sq34_not_yet_law"):
            return True
    return False


def _sq34_in_report(lowers: Sequence[int], cue_start: int) -> bool:
    """Whether a phrase of `sq34_report_texts` ("work report") stands in the step's sentence: a
    plan a government lays before its legislature, not yet approved."""
    # speed39: the sentence's start by a plain loop, its end by list.index (in C)
    start = 0
    for i in range(cue_start - 1, -1, -1):
        if lowers[i] == _STOP:
            start = i + 1
            break
    try:
        end = lowers.index(_STOP, cue_start)
    except ValueError:
        end = len(lowers)
    # sp40: `_no_phrase_in` written out, and `_phrase_at` called only at a phrase's first word
    firsts = _PHRASE_FIRSTS["sq34_report_texts"]
    if firsts is None:
        return any(_phrase_at(lowers, i, "sq34_report_texts") for i in range(start, end))
    if firsts.isdisjoint(lowers[start:end]):
        return False
    for i in range(start, end):
        if lowers[i] in firsts and _phrase_at(lowers, i, "sq34_report_texts"):
            return True
    return False


@_gate("proposed", "agreed", actions=("sq34_actions", "sq34_report_actions"))
def _sq34_strategy_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A text read still to be written whose writing a party ordered (`_sq34_ordered_text`) is
    agreed (R6); a text read decided that a later phrase tells still has to pass a chamber
    (`_sq34_not_yet_law`), or a step told in a government's work report (`_sq34_in_report`), is
    proposed (R3)."""
    lowers = kwargs.get("lowers")
    if lowers is None:
        return None
    if (
        status == "proposed" and kwargs.get("action") in _NAMES["sq34_actions"]
    ) and source == "cue":
        if _sq34_ordered_text(
            lowers, (kwargs.get("status_hits") or _given_status_hits(hits, kwargs)), cue_start
        ):
            return "agreed", "cue"
    if (
        status == "agreed" and kwargs.get("action") in _NAMES["sq34_actions"]
    ) and _sq34_not_yet_law(lowers, cue_end):
        return "proposed", "cue"
    if (
        status == "agreed" and kwargs.get("action") in _NAMES["sq34_report_actions"]
    ) and _sq34_in_report(lowers, cue_start):
        return "proposed", "cue"
    return None


# revoked (session 34): a measure replaced by another ("replaced its export ban with quotas")
_WITH = hash_string("with")
_UNDER = hash_string("under")


def _sr34_replaced_with(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether a verb of replacing stands right before the measure (status.yaml
    `sr34_replace_verbs`, up to `sr34_replace_reach` words back: "replaced a months-long
    suspension of exports", "would replace its seven-month export ban") and "with" names what
    takes its place after it (up to `sr34_with_reach` words, an aside between commas allowed:
    "replaced a ban on cobalt exports, in place since February, with a system of annual
    quotas"): the measure is ended, the new one is another step. Not "replacing a temporary
    control system" with no "with", where the subject is the new measure."""
    verbs, stops = _WORDS["sr34_replace_verbs"], _WORDS["sr34_stops"]
    low = cue_start - _SETTINGS["sr34_replace_reach"]
    if low < 0:
        low = 0
    if verbs.isdisjoint(lowers[low:cue_start]):
        return False  # speed38: the scan below finds a verb of replacing only where one stands
    before = next((i for i in range(cue_start - 1, low - 1, -1) if lowers[i] in verbs), None)
    if before is None or not stops.isdisjoint(lowers[before + 1 : cue_start]):
        return False
    end = cue_end + _SETTINGS["sr34_with_reach"]
    if end > len(lowers):
        end = len(lowers)
    return _met_before_stop(lowers, range(cue_end, end), (_WITH,), stops, words_first=True)


@_gate("agreed", "in_force", actions=("sr34_replace_actions",))
def _sr34_replaced_revoked(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A standing measure read decided or in force that a verb of replacing ends, another
    measure named after "with" (`_sr34_replaced_with`), is revoked (R1: the ban is lifted, the
    quotas are a step of their own); a replacement weighed ("could replace") stays proposed."""
    lowers = kwargs.get("lowers")
    if lowers is None or not (
        status in ("agreed", "in_force") and kwargs.get("action") in _NAMES["sr34_replace_actions"]
    ):
        return None
    if _sr34_replaced_with(lowers, cue_start, cue_end):
        return "revoked", "cue"
    return None


# talks (session 34): talks held since a date, a pact still to be signed
def _sn34_held_since(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether the talks are told held in the present perfect from a date up to now: a verb of
    holding talks (status.yaml `sn34_holding_verbs`: "held", "holding") at or just before the
    cue, a perfect auxiliary (`sn34_perfect_auxiliaries`) at most two words before that verb, and
    "since" after the cue in the same clause ("officials have held talks on tariffs since April",
    "has held talks with Washington since March"): talks still going on (R2), like "in talks
    since" (`tk_talks_since`), not a round held."""
    holding, perfect = _WORDS["sn34_holding_verbs"], _WORDS["sn34_perfect_auxiliaries"]
    verb = next(
        (
            i
            for i in range(max(0, cue_start - _SETTINGS["sn34_holding_reach"]), cue_end)
            if lowers[i] in holding
        ),
        None,
    )
    if verb is None or perfect.isdisjoint(lowers[max(0, verb - 2) : verb]):
        return False
    stops = _WORDS["sn34_since_stops"]
    reach = range(cue_end, min(len(lowers), cue_end + _SETTINGS["sn34_since_reach"]))
    return _met_before_stop(lowers, reach, (_SINCE,), stops)


def _sn34_still_to_be_signed(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether the pact is named with its signing still to come, as a clause or an infinitive
    right after its noun (status.yaml `sn34_unsigned_phrases`: "a framework on critical minerals
    to be signed at a later date", "cooperation agreements on critical minerals that could be
    signed when he travels to Paris"): the pact is not made yet (R3), whatever verb of agreeing
    opens the sentence. Not a signing scheduled ("was due to be signed", "is set to be signed":
    `sn34_unsigned_blockers` right before), which the labels read as a date of the deal."""
    blockers, ends = _WORDS["sn34_unsigned_blockers"], _WORDS["sp6_sentence_ends"]
    high = cue_end + _SETTINGS["sn34_unsigned_reach"]  # sp40r2: no builtin min/max
    if high > len(lowers):
        high = len(lowers)
    # sp40: `_no_phrase_in` written out, and `_phrase_at` called only at a phrase's first word
    firsts = _PHRASE_FIRSTS["sn34_unsigned_phrases"]
    if firsts is not None and firsts.isdisjoint(lowers[cue_start + 1 : high]):
        return False
    for i in range(cue_start + 1, high):
        word = lowers[i]
        if word in ends:
            return False
        if (firsts is None or word in firsts) and _phrase_at(lowers, i, "sn34_unsigned_phrases"):
            return lowers[i - 1] not in blockers
    return False


@_gate("agreed", "in_force", actions=("sn34_since_actions", "sn34_unsigned_actions"))
def _sn34_talks_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """Talks read held but told held since a date in the perfect (`_sn34_held_since`) are still
    going on, proposed (R2); a pact read agreed whose signing its own clause tells still to come
    (`_sn34_still_to_be_signed`) is proposed (R3)."""
    lowers = kwargs.get("lowers")
    if lowers is None:
        return None
    if status in ("agreed", "in_force") and kwargs.get("action") in _NAMES["sn34_since_actions"]:
        if _sn34_held_since(lowers, cue_start, cue_end):
            return "proposed", "cue"
    if status == "agreed" and kwargs.get("action") in _NAMES["sn34_unsigned_actions"]:
        if _sn34_still_to_be_signed(lowers, cue_start, cue_end):
            return "proposed", "cue"
    return None


# export controls (session 34): licences handled under the controls
def _se34_licences_processed(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether licences or applications are told being handled under the controls, a verb of
    handling them (status.yaml `se34_handling_verbs`: "approved", "issued", "processing") at
    most `se34_handling_gap` tokens before or after a licence noun (`se34_licence_nouns`) in or
    `se34_handling_reach` tokens around the cue ("licences approved under Beijing's export
    controls", "more licences are being issued under the export control regime", "was processing
    export licence applications"): the regime working (R4). Licences count only when "under"
    follows them (a text's own licences "approved by the cabinet" are its making); applications
    always. Not licences called "general" or
    "one-off" (`se34_licence_kinds`), which let exports out as exemptions do, nor licences
    whose handling is only watched for ("will watch whether licences are granted smoothly")."""
    nouns, verbs = _WORDS["se34_licence_nouns"], _WORDS["se34_handling_verbs"]
    kinds, gap = _WORDS["se34_licence_kinds"], _SETTINGS["se34_handling_gap"]
    reach = _SETTINGS["se34_handling_reach"]
    applications = _WORDS["se34_applications"]
    window = _sentence_window(lowers, cue_start, cue_end, reach)
    for i, word in enumerate(window):
        if word not in nouns or not kinds.isdisjoint(window[max(0, i - 3) : i]):
            continue
        framed = word in applications or _UNDER in window[i + 1 : i + 2 * gap + 1]
        if framed and not verbs.isdisjoint(window[max(0, i - gap) : i + gap + 1]):
            return True
    return False


@_gate("agreed", actions=("se34_licence_actions",))
def _se34_export_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """An export control read agreed but told by licences handled under it
    (`_se34_licences_processed`) is the regime working, in force (R4)."""
    lowers = kwargs.get("lowers")
    if lowers is None or not (
        status == "agreed" and kwargs.get("action") in _NAMES["se34_licence_actions"]
    ):
        return None
    if _se34_licences_processed(lowers, cue_start, cue_end):
        return "in_force", "cue"
    return None


# status42 (session 42): permits stopped, texts suspended, a relative clause's verb
def _s42_permission_stopped(lowers: Sequence[int] | None, verb: int) -> bool:
    """Whether the revoking verb at `verb` stops a permission to trade (status.yaml
    `s42_stopping_verbs` with a `s42_permission_nouns` word within `s42_permission_reach` tokens
    after it, no `s42_permission_stops` word between, a `s42_trade_words` word before the noun or
    just after it): "would stop issuing new export permits", "suspended
    the issuing of bauxite export permits", "cease granting export licences". Withholding the
    permission restricts trade; it lifts nothing. Not a requirement or regime of permits
    undone ("suspended the export licence requirement", `s42_permission_systems`)."""
    if lowers is None or lowers[verb] not in _WORDS["s42_stopping_verbs"]:
        return False
    nouns, stops = _WORDS["s42_permission_nouns"], _WORDS["s42_permission_stops"]
    end = verb + 1 + _SETTINGS["s42_permission_reach"]
    for i in range(verb + 1, end if end < len(lowers) else len(lowers)):
        word = lowers[i]
        if word in nouns:
            if i + 1 < len(lowers) and lowers[i + 1] in _WORDS["s42_permission_systems"]:
                return False
            # a permit to trade ("export permits", "permits for exports"), not a broadcaster's
            return not _WORDS["s42_trade_words"].isdisjoint(lowers[verb + 1 : i + 3])
        if word in stops:
            return False
    return False


def _s42_undoes_text(lowers: Sequence[int] | None, verb_end: int, cue_end: int) -> bool:
    """Whether the revoking verb opening the cue takes a text for its object ("suspended
    Announcement 46 on gallium exports", "suspended the rules on exports"): the text is undone
    (R1), where "suspended gallium exports" is the restriction's own verb."""
    if lowers is None:
        return False
    determiners = _WORDS["s42_text_determiners"]
    i = verb_end
    while i < cue_end and lowers[i] in determiners:
        i += 1
    return i < cue_end and lowers[i] in _WORDS["s42_text_nouns"]


def _s42_told_in_aside(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether the cue's own verb tells it inside an aside opened by ", which" (`s2_`
    relative pronouns) and the passive of undoing stands right after the aside's closing comma
    ("The rule, which banned exports of gallium to the United States, is suspended until ..."):
    the main clause's predicate undoes the text the aside names (R1)."""
    if cue_start < 2 or lowers[cue_start - 2] != _COMMA:
        return False
    if lowers[cue_start - 1] not in _WORDS["s2_relative_pronouns"]:
        return False
    helpers, auxiliaries = _WORDS["s2_relative_helpers"], _WORDS["s2_auxiliaries"]
    end = cue_end + _SETTINGS["s2_reach"]
    for i in range(cue_end, end if end < len(lowers) else len(lowers)):
        if lowers[i] != _COMMA:
            continue
        j = i + 1
        while j < len(lowers) and lowers[j] in helpers:
            j += 1
        if j < len(lowers) and lowers[j] in auxiliaries:
            return _s2_undoing_passive_at(lowers, j)
    return False


# status43 (session 43): a law framing a step, budget requests, steps under a draft law, a
# writer's forecast of a step to be announced
def _s43_framed_relative(frames: list[int], start: int) -> bool:
    """Whether a relative clause starting at `start` follows a frame ("under the Critical Raw
    Materials Act, which entered into force") within `s43_frame_reach` tokens: it names the
    framing law, which stands, not a step told after it."""
    reach = _SETTINGS["s43_frame_reach"]
    return any(0 < start - f <= reach for f in frames)


def _s43_budget_requested(lowers: Sequence[int], cue_start: int, cue_end: int) -> bool:
    """Whether a verb of requesting stands up to `s43_request_reach` words before the money's
    cue, in its sentence, and "budget" between it and a few words past the cue ("METI has
    requested ¥45 billion in the fiscal 2026 budget to buy rare earths for the stockpile"): a
    budget request, not yet granted (R3, session 22), as the noun "budget request" reads."""
    low = cue_start - _SETTINGS["s43_request_reach"]
    if low < 0:
        low = 0
    verbs = _WORDS["s43_request_verbs"]
    if verbs.isdisjoint(lowers[low:cue_start]):
        return False  # the scan below says True only from such a verb
    ends, budget = _WORDS["sp6_sentence_ends"], _WORDS["s43_budget_words"]
    high = cue_end + _SETTINGS["s43_budget_after"]
    if high > len(lowers):
        high = len(lowers)
    for i in range(cue_start - 1, low - 1, -1):
        if lowers[i] in ends:
            return False
        if lowers[i] in verbs:
            return _met_before_stop(lowers, range(i + 1, high), budget, ends)
    return False


def _s43_under_draft(lowers: Sequence[int], cue_end: int) -> bool:
    """Whether the step is told "under" a text still in draft right after its cue ("will
    prohibit the export of unprocessed ore under a draft law that the National Assembly will
    vote on"): what the draft would do, not yet decided (R3, as a tabled bill's content)."""
    high = cue_end + _SETTINGS["s43_draft_reach"]
    if high > len(lowers):
        high = len(lowers)
    under = _WORDS["s43_draft_frames"]
    if under.isdisjoint(lowers[cue_end:high]):
        return False  # the scan below says True only at such a word
    stops = _WORDS["s43_draft_stops"]
    for i in range(cue_end, high):
        word = lowers[i]
        if word in stops:
            return False
        if word in under:
            return not _WORDS["s43_draft_words"].isdisjoint(lowers[i + 1 : i + 4])
    return False


def _s43_forecast(lowers: Sequence[int], cue_start: int, sentence: tuple[int, int] | None) -> bool:
    """Whether a verb of announcing or presenting after "will" / "would" opens the step ("The
    United States will announce Section 232 tariffs") in a sentence that names no speaker: the
    writer's forecast of a step not yet taken (R3), not the actor's own "said it will" (R6)."""
    verbs = _WORDS["s43_forecast_verbs"]
    low = cue_start - _SETTINGS["s43_forecast_reach"]
    if low < 0:
        low = 0
    # the verb may open the cue itself ("will announce countervailing duties")
    if verbs.isdisjoint(lowers[low : cue_start + 1]):
        return False  # the scan below says True only from such a verb
    stops, adverbs = _WORDS["s43_forecast_stops"], _WORDS["s43_forecast_adverbs"]
    for i in range(cue_start, low - 1, -1):
        if lowers[i] in stops:
            return False
        if lowers[i] not in verbs:
            continue
        k = i - 1
        while k > 0 and lowers[k] in adverbs:
            k -= 1
        if lowers[k] not in _WORDS["s43_forecast_modals"]:
            return False
        start, end = sentence if sentence is not None else (low, cue_start)
        words = lowers[start:end]
        # a step set for a named time ("will present an industrial strategy in March") is
        # scheduled, decided (R6); so is one a speaker tells
        return (
            _WORDS["sp_said_verbs"].isdisjoint(words)
            and _WORDS["s43_speaker_words"].isdisjoint(words)
            and _WORDS["s43_schedule_words"].isdisjoint(lowers[i:end])
        )
    return False


@_gate(
    "agreed",
    "in_force",
    actions=("s43_forecast_actions", "s43_request_actions", "s43_draft_actions"),
)
def _s43_status_rules(
    status: str, source: str, hits: list[Hit], cue_start: int, cue_end: int, kwargs: dict[str, Any]
) -> tuple[str, str] | None:
    """A step read decided that the writer forecasts to be announced (`_s43_forecast`), money
    whose request is told in a budget (`_s43_budget_requested`) and a step that a draft still
    holds (`_s43_under_draft`) are proposed (R3)."""
    lowers = kwargs.get("lowers")
    if lowers is None or status not in ("agreed", "in_force"):
        return None
    low = cue_start - _SETTINGS["s43_request_reach"]
    if _ANY_OF_WORDS["s43_forecast_verbs", "s43_request_verbs", "s43_draft_frames"].isdisjoint(
        lowers[low if low > 0 else 0 : cue_end + _SETTINGS["s43_draft_reach"]]
    ):
        return None  # one test for the three readings' words, which most steps lack
    action = kwargs.get("action")
    if action in _NAMES["s43_forecast_actions"] and _s43_forecast(
        lowers, cue_start, kwargs.get("sentence")
    ):
        return "proposed", "cue"
    if action in _NAMES["s43_request_actions"] and _s43_budget_requested(
        lowers, cue_start, cue_end
    ):
        return "proposed", "cue"
    if action in _NAMES["s43_draft_actions"] and _s43_under_draft(lowers, cue_end):
        return "proposed", "cue"
    return None
