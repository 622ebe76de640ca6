"""Which action types a sentence states, from its cue matches (pure functions)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from nlp.cues import CueKey, Hit

LOGGER = logging.getLogger(__name__)

# how many words a call frame ("urged") may stand after its caller ("industry groups")
CALLER_WINDOW = 6
# the action types of TAXONOMY.md, every one of which a frame blinds
ACTIONS = (
    "bloc_formation",
    "agreement",
    "negotiation",
    "export_control",
    "trade_measure",
    "price_mechanism",
    "investment",
    "stockpile",
    "offtake",
    "permitting",
    "project",
    "sanction",
    "strategy",
    "standards",
)


# the kinds of the cues `_decide` drops but hands on as shadow candidates, by why it dropped them
SHADOW_KINDS = (
    "shadow_excluded",
    "shadow_overlap",
    "shadow_trigger",
    "shadow_context",
    "shadow_followup",
    "shadow_weak",
)


class ActionCue(NamedTuple):
    """The words that make a sentence an event of `action`, token offsets in the doc (a tuple:
    made for every candidate cue of every sentence)."""

    action: str
    start: int
    end: int
    kind: str  # phrase | combo | followup | weak
    weight: float
    # the words that decide overlaps with other actions: a phrase, or a combo's trigger
    core_start: int = -1
    core_end: int = -1

    @property
    def core(self) -> tuple[int, int]:
        if self.core_start < 0:
            return self.start, self.end
        return self.core_start, self.core_end


def _covered(start: int, end: int, tokens: set[int] | None) -> bool:
    # speed39: the set walks the range in C, no generator's frame a call
    return bool(tokens) and not tokens.isdisjoint(range(start, end))


class ComboSpec(NamedTuple):
    """Speed38: what `_decide` and `_exclusion_combos` read of a combo, read once: each read
    the same keys of the same dict for every trigger group of every sentence."""

    combo: dict[str, Any]
    window: int
    side: str | None  # which side of the trigger its context may stand, else either
    before_only: bool
    after_only: bool
    labels: tuple[str, ...]  # `context_labels`
    also: bool  # a second context (`_ALSO_KEYS`)
    who: bool  # who acts is tested (`_WHO_KEYS`)
    exclude: bool  # `effect: exclude`


class ComboSpecs(dict[tuple[str, int], ComboSpec]):
    """Speed38: {(action, combo index): its `ComboSpec`}, each made on first look-up from
    `combos_of` (whose combos never change while it is kept: see `Routes.specs`)."""

    def __init__(self, combos_of: Callable[[str], list[dict[str, Any]]]) -> None:
        super().__init__()
        self.combos_of = combos_of

    def __missing__(self, group: tuple[str, int]) -> ComboSpec:
        action, index = group
        combo = self.combos_of(action)[index]
        side = combo.get("side")
        spec = self[group] = ComboSpec(
            combo,
            int(combo.get("window", 6)),
            side,
            side == "before" or bool(combo.get("before_only", False)),
            side == "after",
            tuple(combo.get("context_labels") or ()),
            bool(_ALSO_KEYS & combo.keys()),
            bool(_WHO_KEYS & combo.keys()),
            combo.get("effect") == "exclude",
        )
        return spec


def _exclusion_combos(
    triggers: dict[tuple[str, int], list[Hit]],
    contexts: dict[tuple[str, int], list[Hit]],
    combos_of: Callable[[str], list[dict[str, Any]]],
    excluded: dict[str, set[int]],
    label_positions: dict[str, list[int]] | None = None,
    only_exclusions: bool = False,
    seconds: dict[tuple[str, int], list[Any]] | None = None,
    specs: ComboSpecs | None = None,
) -> None:
    """Combos with `effect: exclude` mark words no cue of their action may use, from the trigger
    to its context: a phrase cannot skip the amount in "paid $45 million in export duties". A
    context may be an entity of a named kind ("$80,000 a tonne" is a price, no money committed:
    the amount then counts for no combo of the action). With `only_exclusions` the triggers
    are all of exclusion combos (the guards of `matched_actions`, kept apart by their keys'
    family): no effect is read and none taken out of a dict no one reads after. `specs`
    holds what is read of each combo (made here when not given)."""
    if specs is None:
        specs = ComboSpecs(combos_of)
    for group, trigs in triggers.items() if only_exclusions else list(triggers.items()):
        combo, window, side, _, _, labels, _, tests_who, exclude = specs[group]
        if not only_exclusions:
            if not exclude:
                continue
            del triggers[group]
        found = contexts.get(group)
        if found is None and not (label_positions and labels):
            continue  # no context word, no entity kind for one: most exclusion triggers
        # speed39: plain loops, no comprehension's frame for the one or two spans a combo holds
        spans = []
        if found is not None:
            for c in found:
                spans.append((c[1], c[2]))
        if label_positions:
            for label in labels:
                for p in label_positions.get(label, ()):
                    spans.append((p, p + 1))
        action = group[0]
        who = (
            _actor_test(combo, label_positions, seconds.get(group) if seconds else None)
            if tests_who
            else None
        )
        for _, t_start, t_end in trigs:
            if who is not None and not who(t_start, t_end):
                continue
            for c_start, c_end in spans:
                if c_start >= t_end:
                    if side == "before" or c_start - t_end > window:
                        continue
                elif c_end <= t_start:
                    if side == "after" or t_start - c_end > window:
                        continue
                else:
                    continue
                # speed40: bounds by comparison, no builtin min()/max() (keyword parsing)
                span = range(
                    t_start if t_start < c_start else c_start, t_end if t_end > c_end else c_end
                )
                excluded.setdefault(action, set()).update(span)


# the keys by which an exclusion combo tests who acts (`_actor_test`)
_WHO_KEYS = frozenset({"also_labels", "also_context", "unless_labels", "unless_context"})
# the keys that give a combo a second context (`_also_positions`)
_ALSO_KEYS = frozenset({"also_labels", "also_context"})


def _actor_test(
    combo: dict[str, Any],
    label_positions: dict[str, list[int]] | None,
    words: list[Any] | None = None,
) -> Callable[[int, int], bool]:
    """Whether an exclusion combo holds at a trigger, by who stands near it: an entity of its
    `also_labels` must ("a miner's memorandum" needs the firm), one of its `unless_labels`
    must not ("funds stockpiled" is a market's step, "Beijing's funds stockpiled" a
    government's). Each looks within its own window and side (`also_window`/`also_side`,
    `unless_window`/`unless_side`), else the combo's `window`, either side. A word of
    `also_context` (`words`, its hits) stands for such an entity; a word of `unless_context`
    (`words` then, a combo naming one of the two) cancels the exclusion as an entity of
    `unless_labels` does ("under an agreement signed on Tuesday": the agreement is the news)."""
    also = (
        _also_positions(combo, label_positions, None, words) if _ALSO_KEYS & combo.keys() else None
    )
    unless = _label_positions_of(combo.get("unless_labels"), label_positions, None)
    if combo.get("unless_context"):
        unless = [*unless, *(p for hit in words or () for p in (hit[1], hit[2] - 1))]
    unless_window = int(combo.get("unless_window", combo.get("window", 6)))
    unless_side = combo.get("unless_side")

    def test(t_start: int, t_end: int) -> bool:
        if also is not None and not _also_near(combo, also, t_start, t_end):
            return False
        return not _near(unless, t_start, t_end, unless_window, unless_side)

    return test


def _label_positions_of(
    labels: list[str] | None, label_positions: dict[str, list[int]] | None, skip: set[int] | None
) -> list[int]:
    """Where the sentence names an entity of one of `labels`, left out where `skip` (an
    exclusion of the action) covers it."""
    if not labels or not label_positions:
        return []
    return [
        p for label in labels for p in label_positions.get(label, ()) if not (skip and p in skip)
    ]


def _also_positions(
    combo: dict[str, Any],
    label_positions: dict[str, list[int]] | None,
    skip: set[int] | None,
    words: list[Any] | None = None,
) -> list[int]:
    """Where the sentence holds a combo's second context, left out where an exclusion of its
    action covers it: an entity of its `also_labels`, or a word of its `also_context` (`words`,
    its hits: first and last token, as an entity's name), either of which suffices ("ban~"
    with "exports" and a MINERAL or the word "ore")."""
    positions = _label_positions_of(combo.get("also_labels"), label_positions, skip)
    for hit in words or ():
        if not _covered(hit[1], hit[2], skip):
            positions.append(hit[1])
            if hit[2] - 1 > hit[1]:
                positions.append(hit[2] - 1)
    return positions


def _also_near(combo: dict[str, Any], positions: list[int], t_start: int, t_end: int) -> bool:
    """Whether a combo's second context stands near its trigger: within `also_window` words
    (else its `window`) on `also_side` (else either side)."""
    window = int(combo.get("also_window", combo.get("window", 6)))
    return _near(positions, t_start, t_end, window, combo.get("also_side"))


def _near(positions: list[int], t_start: int, t_end: int, window: int, side: str | None) -> bool:
    """Whether one of `positions` stands within `window` words of the trigger [t_start, t_end)
    on `side` ("before", "after", else either); a word of the trigger counts too."""
    for p in positions:
        if p >= t_end:
            if side != "before" and p - t_end <= window:
                return True
        elif p < t_start:
            if side != "after" and t_start - p - 1 <= window:
                return True
        else:
            return True
    return False


class Dropped(dict[str, ActionCue]):
    """The heaviest cue `_decide` dropped of each action (the first of equal weight): all a
    candidate needs, so a dropped hit makes no cue unless it is the heaviest so far."""

    def add(self, action: str, start: int, end: int, kind: str, weight: float) -> None:
        current = self.get(action)
        if current is None or weight > current.weight:
            self[action] = ActionCue(action, start, end, kind, weight)

    def hits(
        self, action: str, hits: Iterable[Any], excluded: dict[str, set[int]], kind: str
    ) -> None:
        """Half a combo (a trigger with no context near, or a context with no trigger), unless
        an exclusion covers it."""
        skip = excluded.get(action)
        for hit in hits:
            if not _covered(hit[1], hit[2], skip):
                self.add(action, hit[1], hit[2], kind, float(hit[2] - hit[1]))

    def retyped(self, cue: ActionCue, kind: str) -> None:
        current = self.get(cue.action)
        if current is None or cue.weight > current.weight:
            self[cue.action] = cue._replace(kind=kind)


def _blind_frames(frames: list[Hit], excluded: dict[str, set[int]]) -> None:
    """A counterfactual or speculative frame ("would have banned", "could lead to tariffs")
    makes no event of any action in the words it reaches: every action's exclusions take
    them, unless a longer reading at the frame says otherwise ("would not have to"). A
    call frame counts only a few words after its caller: "industry groups urged ..." is a
    wish, "China urged ..." may be a government's proposal."""
    # a longer reading shares the frame's first word ("would not have to") or its last
    # ("which tend to": a clause on a step just named)
    # speed39: the frames sorted by kind in one plain loop, not four comprehensions' frames
    cancelled: set[int] = set()
    cancelled_ends: set[int] = set()
    # a government whose name holds a caller's word ("the European Union urged", "the Group of
    # Seven called for") is no caller
    governments: list[tuple[int, int]] = []
    calling: list[Hit] = []
    for hit in frames:
        kind = hit[0].kind
        if kind == "unframe":
            cancelled.add(hit[1])
            cancelled_ends.add(hit[2])
        elif kind == "uncaller":
            governments.append((hit[1], hit[2]))
        elif kind == "caller":
            calling.append(hit)
    callers: list[int] = []
    for hit in calling:
        for g_start, g_end in governments:
            if g_start <= hit[1] and hit[2] <= g_end:
                break
        else:
            callers.append(hit[2])
    blind: set[int] = set()
    for key, start, end in frames:
        if start in cancelled or end in cancelled_ends:
            continue
        kind = key.kind
        if kind == "call":
            for c_end in callers:
                if 0 <= start - c_end <= CALLER_WINDOW:
                    break
            else:
                continue
        if kind == "frame" or kind == "call":
            reach = key.combo
            # a negative reach looks back: "export bans rarely work" blinds the words before
            blind.update(
                range(max(0, start + reach), start) if reach < 0 else range(start, end + reach)
            )
    if not blind:
        return
    for action in ACTIONS:
        excluded.setdefault(action, set()).update(blind)


# where `sentence_actions` puts the hits of a cue key (`route`)
_TRIGGER, _CONTEXT, _GUARD, _SECOND, _DIRECT, _FOLLOWUP, _EXCLUDE, _FRAME = range(8)
_FRAME_KINDS = frozenset({"frame", "unframe", "call", "caller", "uncaller"})
# one cue key's route: (where, the key, the trigger's or context's combo group (action,
# combo index) or the excluded action)
Route = tuple[int, CueKey, Any]
# a match of the shared matcher: (group id, start, end)
Match = tuple[int, int, int]
_MATCH_GROUP = itemgetter(0)
# speed38: the sort keys of `_decide`'s cues, read in C
_CUE_START = attrgetter("start")
_CUE_WEIGHT = attrgetter("weight")
_NO_GROUPS: frozenset[int] = frozenset()


def route(key: CueKey) -> Route | None:
    """Where `sentence_actions` puts a hit of the key; None for a key it does not read."""
    if key.family == "second":
        # a word of a combo's `also_context`: read with the combo's trigger only
        return _SECOND, key, (key.label, key.combo)
    if key.family != "action" and key.family != "guard":
        return None
    kind = key.kind
    if kind == "trigger" or kind == "context":
        # an exclusion combo's trigger (family "guard") only bars cues (`_exclusion_combos`)
        where = _CONTEXT if kind == "context" else _GUARD if key.family == "guard" else _TRIGGER
        return where, key, (key.label, key.combo)
    if kind == "phrase" or kind == "weak":
        return _DIRECT, key, None
    if kind == "followup":
        return _FOLLOWUP, key, None
    if kind == "exclude":
        return _EXCLUDE, key, key.label
    if kind in _FRAME_KINDS:
        return _FRAME, key, None
    return None


def group_routes(grouped: dict[int, tuple[CueKey, ...]]) -> dict[int, tuple[Route, ...]]:
    """{group id of the shared matcher: the routes of its keys that `sentence_actions` reads,
    in the order of the keys}; groups it does not read are left out."""
    routes: dict[int, tuple[Route, ...]] = {}
    for group, keys in grouped.items():
        found = tuple(r for r in map(route, keys) if r is not None)
        if found:
            routes[group] = found
    return routes


class Routes(dict[int, tuple[Route, ...]]):
    """Helper speed7: `group_routes`, and apart for each group its routes other than combo
    context words (`heads`) and the combos its context words serve (`served`): a sentence's
    context words are most of its routes (one a combo they serve), and nineteen in twenty
    stand with no trigger of their combo, which is all that reads them when no dropped cue is
    wanted (`_matched_heads`)."""

    def __init__(self, routes: dict[int, tuple[Route, ...]]) -> None:
        super().__init__(routes)
        self.heads: dict[int, tuple[Route, ...]] = {}
        self.served: dict[int, frozenset[Any]] = {}
        # helper speed (session 25): a context word's places (_CONTEXT or _SECOND, in route
        # order) by the combo they serve: a word serves ten combos on average, and a sentence
        # holds the trigger of one or two of them
        self.places: dict[int, dict[Any, tuple[int, ...]]] = {}
        for group, found in routes.items():
            self.heads[group] = tuple(r for r in found if r[0] != _CONTEXT and r[0] != _SECOND)
            served = frozenset(r[2] for r in found if r[0] == _CONTEXT or r[0] == _SECOND)
            if served:
                self.served[group] = served
                places: dict[Any, tuple[int, ...]] = {}
                for where, _, combo in found:
                    if where == _CONTEXT or where == _SECOND:
                        places[combo] = (*places.get(combo, ()), where)
                self.places[group] = places
        # helper speed37: the groups holding a context word (`context`, not `also_context`) of
        # each combo, and the head plans made from them once the combos are known (`plans`)
        worded: dict[Any, set[int]] = {}
        words: dict[Any, set[int]] = {}
        for group, found in routes.items():
            for where, _, combo in found:
                if where == _CONTEXT:
                    worded.setdefault(combo, set()).add(group)
                if where == _CONTEXT or where == _SECOND:
                    words.setdefault(combo, set()).add(group)
        self.worded = {combo: frozenset(groups) for combo, groups in worded.items()}
        # the same with the groups of second context words (`also_context`, `unless_context`)
        self.words = {combo: frozenset(groups) for combo, groups in words.items()}
        self._made: tuple[Any, tuple[dict[int, HeadPlan], ComboSpecs]] | None = None

    def plans(self, combos_of: Callable[[str], list[dict[str, Any]]]) -> dict[int, HeadPlan]:
        """Helper speed37: each group's head routes as `_matched_heads` files them (`HeadPlan`),
        made once for the combos `combos_of` looks up: it is a dict's look-up made once with
        the pipeline (`EventAssembler._combos`), whose combos never change, so the plans are
        kept while the same dict is passed; any other look-up has them made afresh."""
        return self.prepared(combos_of)[0]

    def prepared(
        self, combos_of: Callable[[str], list[dict[str, Any]]]
    ) -> tuple[dict[int, HeadPlan], ComboSpecs]:
        """The plans (`plans`) and, speed38, what `_decide` reads of each combo (`ComboSpecs`,
        filled as combos are looked up), kept together on the same terms."""
        owner = getattr(combos_of, "__self__", None)
        made = self._made
        if made is not None and made[0] is owner:
            return made[1]
        prepared = (_head_plans(self.heads, self.worded, combos_of), ComboSpecs(combos_of))
        if isinstance(owner, dict):
            self._made = (owner, prepared)
        return prepared


# helper speed37: a group's head routes for `_matched_heads`, each trigger's (or exclusion
# trigger's) with its gate: the groups holding a context word of its combo and the entity
# kinds the combo takes as context. speed38: the plan holds the group's gate first (the union
# of its triggers' gates, or `_ALWAYS` when it has another route, which is filed whatever the
# sentence holds), then its trigger routes (gate, place, combo) and its other routes (place,
# key, what the place files): one set test a match, and no test of the place a route
# (gate, trigger routes, other routes)
TriggerRoute = tuple["frozenset[int | str]", int, Any]
HeadPlan = tuple["frozenset[int | str]", tuple[TriggerRoute, ...], tuple[Route, ...]]
# speed38: what `_matched_heads` adds to a sentence's groups and entity kinds, so that the gate
# of a group with a route other than a trigger's is always open (no group id or entity kind)
_ALWAYS = "oreline.actions.always"


def _head_plans(
    heads: dict[int, tuple[Route, ...]],
    worded: dict[Any, frozenset[int]],
    combos_of: Callable[[str], list[dict[str, Any]]],
) -> dict[int, HeadPlan]:
    """Helper speed37: the head routes of each group, a trigger's (or an exclusion trigger's)
    gated by its combo's context: the groups of its context words and the entity kinds of its
    `context_labels`. A combo with neither a context word nor an entity of those kinds in the
    sentence makes no span, so `_decide` and `_exclusion_combos` pass over it (no cue, no
    exclusion): its trigger is filed only where one stands, and four in five trigger routes
    of the development sets stand with none. A combo with no context at all never holds,
    and its triggers are left out; so are groups left with no route. Each kind of route keeps
    the order of the group's routes (they file into different tables)."""
    plans: dict[int, HeadPlan] = {}
    empty: frozenset[int | str] = frozenset()
    always = frozenset({_ALWAYS})
    for group, found in heads.items():
        triggers: list[TriggerRoute] = []
        others: list[Route] = []
        for where, key, combo in found:
            if where != _TRIGGER and where != _GUARD:
                others.append((where, key, combo))
                continue
            action, index = combo
            labels = combos_of(action)[index].get("context_labels") or ()
            ctx = worded.get(combo, empty) | frozenset(labels)
            if ctx:
                triggers.append((ctx, where, combo))
        if others:
            gate = always
        elif triggers:
            gate = frozenset().union(*(ctx for ctx, _, _ in triggers))
        else:
            continue
        plans[group] = (gate, tuple(triggers), tuple(others))
    return plans


def split_routes(grouped: dict[int, tuple[CueKey, ...]]) -> Routes:
    """Helper speed7: `group_routes` with its routes split for `_matched_heads`."""
    return Routes(group_routes(grouped))


def sentence_actions(
    hits: Iterable[Hit],
    combos_of: Callable[[str], list[dict[str, Any]]],
    label_positions: dict[str, list[int]] | None = None,
    established: set[str] | frozenset[str] = frozenset(),
) -> list[ActionCue]:
    """The action cues of one sentence after exclusions, combos and specificity: a longer cue
    of one action beats an overlapping shorter cue of another; weak cues count only alone;
    follow-up words ("the curbs") count for actions the document has `established`."""
    # one pass sorting the hits by kind, most frequent kinds first; a sentence holds a handful
    # and this runs for every sentence with a cue, so nothing is built for absent kinds
    excluded: dict[str, set[int]] = {}
    direct: list[Hit] = []
    followups: list[Hit] = []
    triggers: dict[tuple[str, int], list[Hit]] = {}
    contexts: dict[tuple[str, int], list[Hit]] = {}
    seconds: dict[tuple[str, int], list[Hit]] = {}
    frames: list[Hit] = []
    for hit in hits:
        key = hit[0]
        if key.family == "second":
            seconds.setdefault((key.label, key.combo), []).append(hit)
            continue
        if key.family != "action" and key.family != "guard":
            continue
        kind = key.kind
        if kind == "trigger" or kind == "context":
            groups = triggers if kind == "trigger" else contexts
            group = (key.label, key.combo)
            found = groups.get(group)
            if found is None:
                groups[group] = [hit]
            else:
                found.append(hit)
        elif kind == "phrase" or kind == "weak":
            direct.append(hit)
        elif kind == "followup":
            followups.append(hit)
        elif kind == "exclude":
            excluded.setdefault(key.label, set()).update(range(hit[1], hit[2]))
        elif kind in _FRAME_KINDS:
            frames.append(hit)
    return _decide(
        direct,
        followups,
        triggers,
        triggers,
        contexts,
        frames,
        excluded,
        combos_of,
        label_positions,
        established,
        seconds=seconds,
    )


def matched_actions(
    matches: Iterable[Match],
    routes: dict[int, tuple[Route, ...]],
    combos_of: Callable[[str], list[dict[str, Any]]],
    label_positions: dict[str, list[int]] | None = None,
    established: set[str] | frozenset[str] = frozenset(),
    shadows: Dropped | None = None,
) -> list[ActionCue]:
    """`sentence_actions` of a sentence's matches of the shared matcher, their keys' routes
    looked up by group (`group_routes`): the sentence's Hits need not be built. A trigger or
    context, most of the matches, is kept as its match (only its start and end are read).
    `shadows`, when given, gets the cues the decision dropped (see `_decide`)."""
    if shadows is None and isinstance(routes, Routes):
        return _matched_heads(matches, routes, combos_of, label_positions, established)
    excluded: dict[str, set[int]] = {}
    direct: list[Hit] = []
    followups: list[Hit] = []
    triggers: dict[tuple[str, int], list[Any]] = {}
    guards: dict[tuple[str, int], list[Any]] = {}
    contexts: dict[tuple[str, int], list[Any]] = {}
    seconds: dict[tuple[str, int], list[Any]] = {}
    frames: list[Hit] = []
    tables = (triggers, contexts, guards, seconds)  # by _TRIGGER, _CONTEXT, _GUARD, _SECOND
    new = tuple.__new__
    get = routes.get
    for match in matches:
        found = get(match[0])
        if found is None:
            continue
        for where, key, group in found:
            if where <= _SECOND:
                groups = tables[where]
                listed = groups.get(group)
                if listed is None:
                    groups[group] = [match]
                else:
                    listed.append(match)
            elif where == _DIRECT:
                direct.append(new(Hit, (key, match[1], match[2])))
            elif where == _FOLLOWUP:
                followups.append(new(Hit, (key, match[1], match[2])))
            elif where == _EXCLUDE:
                excluded.setdefault(group, set()).update(range(match[1], match[2]))
            else:
                frames.append(new(Hit, (key, match[1], match[2])))
    return _decide(
        direct,
        followups,
        triggers,
        guards,
        contexts,
        frames,
        excluded,
        combos_of,
        label_positions,
        established,
        shadows,
        seconds,
    )


def _matched_heads(
    matches: Iterable[Match],
    routes: Routes,
    combos_of: Callable[[str], list[dict[str, Any]]],
    label_positions: dict[str, list[int]] | None,
    established: set[str] | frozenset[str],
) -> list[ActionCue]:
    """Helper speed7: `matched_actions` with no dropped cue wanted, the context words (of a
    combo's `context` or `also_context`) filed only for the combos whose trigger or exclusion
    trigger is filed, the only ones `_decide` reads them for; each combo's list is in the
    order of the matches, as `matched_actions` files it. Helper speed37: a trigger is filed
    only where a context word of its combo or an entity of a kind it takes stands (`Routes.
    plans`): the combos filed keep their order, and those left out are ones `_decide` would
    pass over."""
    if not isinstance(matches, list):
        matches = list(matches)
    excluded: dict[str, set[int]] = {}
    direct: list[Hit] = []
    followups: list[Hit] = []
    triggers: dict[tuple[str, int], list[Any]] = {}
    guards: dict[tuple[str, int], list[Any]] = {}
    contexts: dict[tuple[str, int], list[Any]] = {}
    seconds: dict[tuple[str, int], list[Any]] = {}
    frames: list[Hit] = []
    # helper speed11: a head's table by its place, one test a route (heads hold no context)
    tables = (triggers, contexts, guards, seconds)  # by _TRIGGER, _CONTEXT, _GUARD, _SECOND
    new = tuple.__new__
    # `routes.prepared(combos_of)`, speed39: its kept plans read without the method's call
    made = routes._made
    if made is not None and made[0] is getattr(combos_of, "__self__", None):
        plans, specs = made[1]
    else:
        plans, specs = routes.prepared(combos_of)
    present: set[int | str] = set(map(_MATCH_GROUP, matches))
    if label_positions:
        # the entity kinds the sentence names, beside the groups (`_head_plans`)
        # speed39: a plain loop over the five kinds, cheaper than `compress` in C
        for label, positions in label_positions.items():
            if positions:
                present.add(label)
    present.add(_ALWAYS)
    # half the matches are of groups with no plan (context words alone, combos that cannot
    # hold): speed38, told by one look-up in a plain loop, which costs fewer instructions
    # than picking the others out in C (`compress` over `map`: a C call a match and step)
    plan_of = plans.get
    for match in matches:
        plan = plan_of(match[0])
        if plan is None:
            continue
        gate, trigger_routes, others = plan
        if gate.isdisjoint(present):
            continue  # no context of any combo the group triggers: most triggers
        for ctx, where, group in trigger_routes:
            if ctx.isdisjoint(present):
                continue
            groups = tables[where]
            listed = groups.get(group)
            if listed is None:
                groups[group] = [match]
            else:
                listed.append(match)
        for where, key, group in others:
            if where == _DIRECT:
                direct.append(new(Hit, (key, match[1], match[2])))
            elif where == _FOLLOWUP:
                followups.append(new(Hit, (key, match[1], match[2])))
            elif where == _EXCLUDE:
                excluded.setdefault(group, set()).update(range(match[1], match[2]))
            else:
                frames.append(new(Hit, (key, match[1], match[2])))
    if triggers or guards:
        filed = triggers.keys() | guards.keys()
        # each table's lists keep the order of the matches; the order the combos are filed
        # in is not read (`_decide` looks them up by combo)
        served, places_of = routes.served, routes.places
        # only the matches of groups holding a word of a filed combo
        words_of = routes.words
        wanted: set[int] = set()
        for combo in filed:
            wanted |= words_of.get(combo, _NO_GROUPS)
        wanted &= present
        for match in matches if wanted else ():
            if match[0] not in wanted:
                continue
            served_here = served[match[0]]
            places = places_of[match[0]]
            for group in served_here & filed:
                for where in places[group]:
                    table = contexts if where == _CONTEXT else seconds
                    listed = table.get(group)
                    if listed is None:
                        table[group] = [match]
                    else:
                        listed.append(match)
    return _decide(
        direct,
        followups,
        triggers,
        guards,
        contexts,
        frames,
        excluded,
        combos_of,
        label_positions,
        established,
        None,
        seconds,
        specs,
    )


def _decide(
    direct: list[Hit],
    followups: list[Hit],
    triggers: dict[tuple[str, int], list[Any]],
    guards: dict[tuple[str, int], list[Any]],
    contexts: dict[tuple[str, int], list[Any]],
    frames: list[Hit],
    excluded: dict[str, set[int]],
    combos_of: Callable[[str], list[dict[str, Any]]],
    label_positions: dict[str, list[int]] | None,
    established: set[str] | frozenset[str],
    shadows: Dropped | None = None,
    seconds: dict[tuple[str, int], list[Any]] | None = None,
    specs: ComboSpecs | None = None,
) -> list[ActionCue]:
    """The cues of a sentence from its hits sorted by kind (`sentence_actions`): a trigger or
    context may be any (_, start, end) tuple. `_exclusion_combos` takes the combos of `effect:
    exclude` out of `guards`, which may be `triggers` itself. When `shadows` is given, each
    cue the decision dropped is offered to it, of a kind "shadow_…" that says why (an exclusion,
    a heavier overlapping cue, half a combo, a follow-up of an action not stated, a weak cue
    beside a strong one): a candidate the learned action model may keep
    (docs/learned-models.md). `seconds` holds the hits of combos' `also_context` words;
    `specs` what is read of each combo (made here when not given)."""
    if specs is None:
        specs = ComboSpecs(combos_of)
    if guards and (contexts or label_positions):
        # guards apart from the triggers are exclusion triggers alone (`matched_actions`)
        _exclusion_combos(
            guards,
            contexts,
            combos_of,
            excluded,
            label_positions,
            guards is not triggers,
            seconds,
            specs,
        )
    if frames:
        _blind_frames(frames, excluded)
    if not direct and not followups and not (triggers and (contexts or label_positions)):
        return []

    candidates: list[ActionCue] = []
    weak = False  # speed38: whether a weak cue is among the candidates (few sentences hold one)
    # speed38: cues made as `tuple.__new__` makes them, every field given (the class's own
    # `__new__` is a Python function, a frame a cue)
    new = tuple.__new__
    for key, start, end in direct:
        label = key.label
        if excluded and _covered(start, end, excluded.get(label)):
            if shadows is not None and key.kind != "weak":
                shadows.add(label, start, end, "shadow_excluded", (end - start) + 0.5)
            continue
        if key.kind == "weak":
            weak = True
            candidates.append(
                new(ActionCue, (label, start, end, "weak", float(end - start), -1, -1))
            )
        else:
            fields = (label, start, end, "phrase", (end - start) + 0.5, -1, -1)
            candidates.append(new(ActionCue, fields))

    # a trigger needs a context word or a labelled entity nearby
    labelled = bool(label_positions) and any(label_positions.values())
    for group, trigs in triggers.items():
        ctx_hits = contexts.get(group)
        if ctx_hits is None and not labelled:
            if shadows is not None:
                shadows.hits(group[0], trigs, excluded, "shadow_trigger")
            continue
        action = group[0]
        combo, window, _, before_only, after_only, labels, has_also, _, _ = specs[group]
        if ctx_hits is None and not labels:
            # no context word and no entity kind to stand for one: half a combo, told before
            # any span is built (most trigger groups)
            if shadows is not None:
                shadows.hits(action, trigs, excluded, "shadow_trigger")
            continue
        skip = excluded.get(action)
        # speed39: plain loops, no comprehension's frame for the one or two spans a combo holds
        spans = []
        if ctx_hits is not None:
            if skip:  # `_covered` only where an exclusion of the action stands
                for c in ctx_hits:
                    if skip.isdisjoint(range(c[1], c[2])):  # `_covered`, inline
                        spans.append((c[1], c[2]))
            else:
                for c in ctx_hits:
                    spans.append((c[1], c[2]))
        if labelled:
            for label in labels:
                for p in label_positions.get(label, ()):
                    if not (skip and p in skip):  # `_covered` of the one word
                        spans.append((p, p + 1))
        # a combo may need a second context besides the first: an entity of `also_labels` or
        # a word of `also_context`
        also = (
            _also_positions(combo, label_positions, skip, seconds.get(group) if seconds else None)
            if has_also
            else None
        )
        if not spans or also == []:
            if shadows is not None:
                shadows.hits(action, trigs, excluded, "shadow_trigger")
            continue
        for trig in trigs:
            t_start, t_end = trig[1], trig[2]
            if skip and not skip.isdisjoint(range(t_start, t_end)):  # `_covered`, inline
                continue
            best: tuple[int, int] | None = None
            best_gap = 0
            for c_start, c_end in spans:
                if t_start < c_end and c_start < t_end:
                    continue  # overlapping
                gap = c_start - t_end if c_start >= t_end else t_start - c_end
                if (
                    gap > window
                    or (before_only and c_start > t_start)
                    or (after_only and c_start < t_start)
                ):
                    continue
                if best is None or gap < best_gap:
                    best, best_gap = (c_start, c_end), gap
            if best is None or (also is not None and not _also_near(combo, also, t_start, t_end)):
                if shadows is not None:
                    shadows.add(action, t_start, t_end, "shadow_trigger", float(t_end - t_start))
                continue
            weight = (t_end - t_start) + (best[1] - best[0])
            # speed40: bounds by comparison, no builtin min()/max() (keyword parsing)
            start = t_start if t_start < best[0] else best[0]
            end = t_end if t_end > best[1] else best[1]
            fields = (action, start, end, "combo", float(weight), t_start, t_end)
            candidates.append(new(ActionCue, fields))

    if shadows is not None:
        # a context word with no trigger of its combo in the sentence
        for group, ctx_hits in contexts.items():
            if group not in triggers:
                shadows.hits(group[0], ctx_hits, excluded, "shadow_context")
    # a follow-up word counts once its action is stated: earlier in the document or here
    if followups:
        stated = set(established)
        for c in candidates:
            if c.kind != "weak":
                stated.add(c.action)
        for hit in followups:
            label = hit.key.label
            if label in stated and not _covered(hit.start, hit.end, excluded.get(label)):
                weight = float(hit.end - hit.start)
                fields = (label, hit.start, hit.end, "followup", weight, -1, -1)
                candidates.append(new(ActionCue, fields))
            elif shadows is not None:
                shadows.add(label, hit.start, hit.end, "shadow_followup", 0.5)
    if len(candidates) < 2:
        return candidates

    # heaviest first, then earliest: speed38, two sorts keyed in C (a sort keeps the order of
    # equal keys, reversed or not) in place of a Python key function building a tuple a cue
    candidates.sort(key=_CUE_START)
    candidates.sort(key=_CUE_WEIGHT, reverse=True)
    kept: list[ActionCue] = []
    cores: list[tuple[str, float, int, int]] = []
    for cue in candidates:
        action, weight = cue.action, cue.weight
        # `cue.core`, read without a call
        start, end = cue.core_start, cue.core_end
        if start < 0:
            start, end = cue.start, cue.end
        for o_action, o_weight, o_start, o_end in cores:
            if o_action != action and o_weight > weight and o_start < end and start < o_end:
                if shadows is not None and cue.kind in ("phrase", "combo"):
                    shadows.retyped(cue, "shadow_overlap")
                break
        else:
            kept.append(cue)
            cores.append((action, weight, start, end))
    # with no weak candidate there is nothing to drop (`kept` holds a cue: there were two)
    if weak and any(c.kind != "weak" for c in kept):
        if shadows is not None:
            for cue in kept:
                if cue.kind == "weak":
                    shadows.retyped(cue, "shadow_weak")
        kept = [c for c in kept if c.kind != "weak"]
    kept.sort(key=_CUE_START)
    return kept


def anchors(cues: list[ActionCue]) -> dict[str, ActionCue]:
    """One anchor cue per action of a sentence: its heaviest cue, earliest on ties."""
    best: dict[str, ActionCue] = {}
    for cue in cues:
        current = best.get(cue.action)
        if current is None or cue.weight > current.weight:
            best[cue.action] = cue
    return best
