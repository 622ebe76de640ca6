"""The spaCy component that assembles policy events per sentence from cues and entity spans."""

from __future__ import annotations

import bisect
import functools
import logging
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from nlp import action_model
from nlp.actions import SHADOW_KINDS, ActionCue, Dropped, matched_actions, split_routes
from nlp.amounts import (
    Money,
    Quantity,
    find_money,
    find_quantities,
    home_dollar,
    step_origins,
)
from nlp.cues import ACTIONS_FILE, STATUS_FILE, CueKey, CueMatcher, Hit
from nlp.dates import (
    WORD_NUMBERS,
    DateMention,
    deadline,
    duration_end,
    event_date,
    fd36b_ahead,
    fd36b_targets,
    find_dates,
    heading_day,
    parse_published,
    start_ahead,
    sw9_step_date,
    within_end,
)
from nlp.entities import Found, found
from nlp.entity_rules import TEXT_KEY as ENTITY_TEXT_KEY
from nlp.lexicon import load_data
from nlp.roles import (
    ISSUER_KEY,
    ROLES_FILE,
    IssuerVoice,
    Party,
    _parsed_role,
    _words,
    dateline_home,
    dateline_party,
    evfresh_referred_actors,
    export_origin,
    firm_home,
    firm_homes_apart,
    lead_party,
    leader_hashes,
    opens_with_reference,
    pa34_bloc_referred,
    place_hashes,
    place_party,
    relative_subject,
    role_hashes,
    roles_from_arrays,
    title_place,
)
from nlp.sentences import Sent, sentence_bounds
from nlp.status import choose_status, status_cues
from nlp.status_model import CueHits
from nlp.token_arrays import token_arrays

LOGGER = logging.getLogger(__name__)

FACTORY = "oreline_events_v1"
SPAN_KEY = "oreline"
# doc.user_data keys the extractor fills before the component runs
PUBLISHED_KEY = "oreline.published"
TITLE_PARTIES_KEY = "oreline.title_parties"
# s42: the title's party named as more than a target or origin (`roles.lead_party`), or None
TITLE_LEAD_KEY = "oreline.title_lead"
# the title itself, read by the learned action model
TITLE_KEY = "oreline.title"
TITLE_MINERALS_KEY = "oreline.title_minerals"
TEXT_KEY = ENTITY_TEXT_KEY
# where assemble leaves the sentence bounds it read, for the extractor's mention rows
SENTENCES_KEY = "oreline.sentences"

if not Doc.has_extension("oreline_events"):
    Doc.set_extension("oreline_events", default=None)

# How many sentences back "the pact" / "the curbs" may refer to an event already stated.
ANAPHORA_REACH = 2
# how many sentences after a step a mention with another status label may tell its same stage
STAGE_REACH = 1
# How many words before a combo cue a possessive may stand ("China's new curbs on exports").
POSSESSIVE_REACH_COMBO = 2
_BARRIERS = {";", "—", "–", ":"}
_POSSESSIVES = {"its", "their", "'s", "’s"}
_PUNCT = {",", ".", ";", ":", "-", "—", "–", "(", ")", "'", '"'}
# actions only governments take together; a firm doing it is a business deal
_BETWEEN_GOVERNMENTS = {"agreement", "negotiation"}
# actions aimed at a party, whose partner is the target countered (TAXONOMY: partners)
_AIMED_AT = {"sanction", "trade_measure", "export_control"}
# actions whose sum is the step itself: another sum, larger or smaller, is another commitment
_SUMS_COMMITTED = {"investment"}
# actions whose sum is money committed (TAXONOMY: amount_usd); the rest only mention money
_MONEY_ACTIONS = frozenset({"investment", "stockpile"})
# actions whose tonnage can be a volume committed (TAXONOMY: quantity_t): a purchase, a stock, a
# quota or allowance, a pact's supply, a plan's target, a project's capacity (fd36: all six blind
# labellers put a plant's stated capacity on its project event, never on the money lent for it)
_VOLUME_ACTIONS = frozenset(
    {
        "project",
        "offtake",
        "stockpile",
        "export_control",
        "permitting",
        "agreement",
        "strategy",
        "trade_measure",
    }
)
_STRONG_KINDS = {"phrase", "trigger", "weak", "followup"}
_CLAUSE_WORDS = {"and", "but", "while", "whereas", "although", "though", "yet"}


@Language.factory(
    FACTORY,
    default_config={"span_key": SPAN_KEY, "max_events": 300, "merge_duplicates": True},
)
def make_event_assembler(
    nlp: Language, name: str, span_key: str, max_events: int, merge_duplicates: bool
) -> EventAssembler:
    """Registered factory: `nlp.add_pipe("oreline_events_v1")` after the entity component."""
    return EventAssembler(
        nlp, name, span_key=span_key, max_events=max_events, merge_duplicates=merge_duplicates
    )


class EventAssembler:
    """Reads doc.spans[span_key] and the cue files; writes doc._.oreline_events (list of dicts)."""

    def __init__(
        self,
        nlp: Language,
        name: str = FACTORY,
        *,
        span_key: str = SPAN_KEY,
        max_events: int = 300,
        merge_duplicates: bool = True,
    ) -> None:
        self.name = name
        self.span_key = span_key
        self.max_events = max_events
        self.merge_duplicates = merge_duplicates
        self.cues = CueMatcher(nlp)
        self.priority = list(self.cues.status_spec.get("priority") or [])
        self.in_force_after_days = int(self.cues.status_spec.get("in_force_after_days", 60))
        self.lead_sentences = int(self.cues.status_spec.get("lead_sentences", 2))
        self.restated = set(self.cues.status_spec.get("restated_in_force") or [])
        self._hashes = _hash_sets(nlp)
        self.status_weights = dict(self.cues.status_spec.get("weights") or {})
        self.ages = set(self.cues.status_spec.get("ages_into_force") or [])
        named = self.cues.status_spec.get("ages_when_named") or {}
        self._ages_when_named = {
            action: (
                frozenset(hash_string(w) for w in spec["words"]),
                frozenset(hash_string(w) for w in spec.get("unless_before") or ()),
            )
            for action, spec in named.items()
        }
        self._suppress_rules = self.cues.actions_spec.get("suppress_nominal") or {}
        # sp39: the actions whose phrase cues a rule may drop (`_suppress`)
        self._suppressible = frozenset(
            a for actions in self._suppress_rules.values() for a in actions or ()
        )
        # each action's combo definitions by index, looked up for every trigger group
        self._combos = {
            action: spec.get("combos") or []
            for action, spec in self.cues.actions_spec["actions"].items()
        }
        # the (action, combo index) pairs whose combos count a money amount as context
        self._money_combos = {
            (action, i)
            for action, spec in self.cues.actions_spec["actions"].items()
            for i, combo in enumerate(spec.get("combos") or [])
            if "MONEY" in (combo.get("context_labels") or [])
        }
        # helper speed7: the kinds of entity each (action, combo index) takes as context
        self._labelled_combos = {
            (action, i): frozenset(combo["context_labels"])
            for action, spec in self.cues.actions_spec["actions"].items()
            for i, combo in enumerate(spec.get("combos") or [])
            if combo.get("context_labels")
        }
        # what each group of the shared matcher means to `assemble`, made on first use
        self._groups: _Groups | None = None
        # sp39: each group's action keys, the same without context keys (helper speed8) and
        # its status keys (`hit_table`), made again with `_groups`
        self._hit_table: dict[int, HitKeys] = {}

    def __call__(self, doc: Doc) -> Doc:
        doc._.oreline_events = self.assemble(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # -- assembly -----------------------------------------------------------------------

    def _ages(self, cue: ActionCue, lowers: Sequence[int]) -> bool:
        """Whether the event's measure stands once taken: every export control or strategy, but
        a trade step only when its cue, or the word right after it ("anti-dumping duties"),
        names a standing measure (a tariff, a quota), not a one-off act (a trade case, a probe),
        and no word right before it sets a new level ("cut its tariff to 15%" is a new
        decision)."""
        if cue.action in self.ages or _sd_named_standing(cue, lowers):
            return True
        named = self._ages_when_named.get(cue.action)
        return (
            named is not None
            and not named[0].isdisjoint(lowers[cue.start : cue.end + 1])
            and named[1].isdisjoint(
                lowers[cue.start - LEVEL_REACH if cue.start > LEVEL_REACH else 0 : cue.start]
            )
        )

    def assemble(self, doc: Doc) -> list[dict[str, Any]]:
        """All events of a document, duplicates of the same event merged."""
        if len(doc) == 0:
            return []
        spans = found(doc, self.span_key)
        # the shared matches are walked once a span, not once a cue key: a cue Hit is built
        # only for a sentence that is read (`_Groups`)
        groups = self._cue_groups()
        matches = self.cues.phrases.matches(doc)
        # the topic gate: a document naming no mineral, no bloc of the taxonomy and no topic
        # phrase is off-topic news (a bloc's summit or expansion is policy the labels count)
        if not any(s.label_ in ("MINERAL", "BLOC") for s in spans) and groups.topic.isdisjoint(
            map(_MATCH_GROUP, matches)
        ):
            return []
        sents = sentence_bounds(doc)
        doc.user_data[SENTENCES_KEY] = sents
        starts = [s.start for s in sents]
        # the (group, start, end) matches of cue keys in each sentence, and what they hold
        hit_buckets, marks = _match_buckets(matches, starts, groups.every_mark)
        span_buckets: list[list[Found]] = [[] for _ in sents]
        # sp39: a span's sentence is bisected again only when it falls outside the one before
        # (`low` <= start < `high`): the recognizer lists spans by start
        index, low, high, add, last_index = -1, 0, 0, None, len(sents) - 1
        for span in spans:
            start = span[0]
            if start >= high or start < low:
                index = bisect.bisect_right(starts, start) - 1
                low = starts[index] if index >= 0 else 0
                high = starts[index + 1] if index < last_index else len(doc)
                add = span_buckets[index].append
            add(span)  # type: ignore[misc]

        published = parse_published(doc.user_data.get(PUBLISHED_KEY))
        title_parties = list(doc.user_data.get(TITLE_PARTIES_KEY) or [])
        title_minerals = list(doc.user_data.get(TITLE_MINERALS_KEY) or [])
        context_actors: list[str] = title_parties[:1]
        if TITLE_LEAD_KEY in doc.user_data:  # s42: not a party the title names as a target
            lead = doc.user_data[TITLE_LEAD_KEY]
            context_actors = [lead] if lead else []
        title_blocs = [p for p in title_parties if p in _bloc_ids()]  # pa34
        context_actors = _title_leader(doc, title_parties) or context_actors  # evparty4
        if not context_actors:
            context_actors = _pa34_dateline_government(doc, sents, span_buckets)
        # an event whose sentence names no mineral takes the document's main minerals: the
        # title's, else the first ones the text names, wherever they stand (an opening
        # sentence often names the step before the minerals it concerns)
        main_minerals: list[str] = title_minerals
        if not main_minerals:
            first = next((s for s in spans if s.label_ == "MINERAL"), None)
            if first is not None:
                bucket = span_buckets[bisect.bisect_right(starts, first.start) - 1]
                main_minerals = _unique([s.kb_id_ for s in bucket if s.label_ == "MINERAL"])

        events: list[dict[str, Any]] = []
        established: set[str] = set()
        # the extractor hands over the text the doc was made from; doc.text rebuilds it slowly
        doc_text = doc.user_data.get(TEXT_KEY)
        last = doc[-1]
        if not isinstance(doc_text, str) or len(doc_text) != last.idx + len(last.text_with_ws):
            doc_text = doc.text
        # the rules read lower-case forms everywhere, as vocabulary hashes in a plain list (one
        # C call per document); spaCy's to_array costs much per column, so offsets are read only
        # when an amount must be placed, punctuation flags from the few tokens asked about
        tokens = _Tokens(doc, doc_text, published)
        named_first = bool(context_actors)  # the title's or the dateline's party: named at the top
        if not context_actors:
            # s42: the first party named as more than a target, an origin or a description
            first = lead_party(tokens.lowers, spans, dateline_party(doc), text=True)
            context_actors = [first] if first is not None else []
            home = _home_place(doc, spans)
            context_actors = home or context_actors
            if not context_actors:
                context_actors = _dateline_actors(doc)
            named_first = bool(home) or context_actors != [first]
        # s43: the sentences of a long report the lead party is lent to (None: all of them)
        lent_to = (
            _lead_reach(context_actors[0], span_buckets, named_first)
            if context_actors and len(sents) > LONG_REPORT
            else None
        )
        # "the Energy Act of 2020": a law named by its year is a standing strategy wherever it
        # is cited, in a sentence with no other cue too
        acts = _dated_acts(doc, tokens.lowers, sents, starts, published)
        # cues the decision dropped, proposed only when the action model can judge them
        proposals: list[tuple[ActionCue, tuple[Any, ...], tuple[str, ...]]] | None = (
            [] if action_model.candidates_wanted() else None
        )
        # helper speed7: sentences read for an amount or a bloc no combo there can take
        _silence(groups, marks, hit_buckets, span_buckets, sents, tokens.lowers, acts, doc_text)

        # issuer (session 42): the publisher's own voice, and speakers' turns
        voice = IssuerVoice(
            doc, tokens.lowers, sents, spans, doc_text, doc.user_data.get(ISSUER_KEY), title_parties
        )

        def referred(index: int) -> list[str]:
            """The parties a sentence naming none of its own refers to, from the events told
            before it: sp39, read only when an event of it has no party (`_sentence_events`)."""
            return voice.referred(
                index,
                lambda: (
                    pa34_bloc_referred(tokens.lowers, sents, index, spans, title_blocs)
                    or evfresh_referred_actors(
                        tokens.lowers,
                        sents,
                        index,
                        events,
                        spans,
                        context_actors if lent_to is None or lent_to[index] else [],
                    )
                ),
            )

        # sp39: the minerals named just before a sentence, read only for an event naming none
        last_named = functools.partial(_with_last_named, main_minerals, span_buckets)
        headings = _headings(sents, doc_text) if "\n" in doc_text else ()
        for index, sent in enumerate(sents):
            mark = marks[index]
            sent_spans = span_buckets[index]
            if index in headings:
                continue
            if index == 0 and sent_spans:
                sent_spans = _pa34_without_dateline_country(doc, sent_spans)
            # sp39: `may_state`'s first test written out (most sentences fail it)
            if index not in acts and (
                not mark & _STRONG or not groups.may_state(mark, hit_buckets[index], sent_spans)
            ):
                continue
            minerals = (
                _unique([s.kb_id_ for s in sent_spans if s.label_ == "MINERAL"])
                if sent_spans
                else []
            )
            args = (
                tokens,
                index,
                sent,
                hit_buckets[index],
                sent_spans,
                minerals,
                referred,
                last_named,
                established,
                bool(mark & _MONEY),
                acts.get(index),
            )
            dropped: list[ActionCue] | None = [] if proposals is not None else None
            sent_events = self._sentence_events(*args, dropped=dropped)
            if dropped:
                # a candidate's event is built later: it takes the parties referred to as they
                # stood for this sentence, before its events are told
                args = (*args[:6], referred(index), *args[7:])
                beside = tuple(sorted({e["action"] for e in sent_events}))
                proposals.extend((cue, args, beside) for cue in dropped)  # type: ignore[union-attr]
            for event in sent_events:
                event["_own_actors_kept"] = event.pop("_own_actors")
                established.add(event["action"])
            events.extend(sent_events)
            if len(events) >= self.max_events:
                LOGGER.warning("document hit the cap of %d events", self.max_events)
                break
        if events:
            # listcont (session 26): "Namibia followed in November": the step told again
            events = _with_continued_steps(events, tokens, sents, span_buckets)
        candidates = (
            self._candidate_events(proposals, events, doc.user_data.get(TITLE_KEY))
            if proposals
            else []
        )
        if events and _s42_year_line_over_block(doc_text):
            _s42_heading_days(events, sents, doc_text)
        # the sentences that told an event, before restatements merge into the first telling
        told = {event["sentence"] for event in events}
        _dc35_offset_dates(events, published)
        if self.merge_duplicates:
            # a candidate's events never absorb a decided one
            when = published.isoformat() if published else None
            events = merge_duplicates(events, when)
            candidates = merge_duplicates(candidates, when) if candidates else candidates
        if events:
            _took_effect_after(events, told, hit_buckets, sents, groups.took_effect)
            _fd36b_told_next(events, sents, doc_text, published)
            _fd36c_capacity_next(events, sents, doc_text)
        events.extend(candidates)
        for event in events:
            # a step nobody is named as taking, with the report's own party named beside it
            # ("... received federal approval for its mine in the United States"): an event
            # gets no actor only when that party stood among its partners, and it takes it;
            # a restriction's partner is its target ("sanctions against Russia") and stays
            if (
                not event["actors"]
                and event["action"] not in _AIMED_AT
                and context_actors
                and context_actors[0] in event["partners"]
            ):
                event["actors"] = context_actors[:1]
                event["partners"] = [p for p in event["partners"] if p != context_actors[0]]
            elif (
                not event["actors"]
                and voice.issuer in event["partners"]
                and voice.owns(event["sentence"])
            ):
                # "In accordance with the Export Control Law, it is hereby announced": the
                # issuer's own law, in its own voice
                event["actors"] = [voice.issuer]
                event["partners"] = [p for p in event["partners"] if p != voice.issuer]
        # the learned action model reads the events with the rules' own marks, so before
        # they are dropped
        events = action_model.review(events[: self.max_events], doc.user_data.get(TITLE_KEY))
        for event in events:
            _da35_year_to_day(event)
            event.pop("_status_source", None)
            event.pop("_anaphoric", None)
            event.pop("_restates", None)
            event.pop("_refers_back", None)
            event.pop("_named_law", None)
            event.pop("_relative", None)
            event.pop("_owned", None)
            event.pop("_in_passing", None)
            event.pop("_back", None)
            event.pop("_participle", None)
            event.pop("_framed", None)
            event.pop("_dated_name", None)
            event.pop("_year_told", None)
            event.pop("_own_sum", None)
            event.pop("_elaborates", None)
            event.pop("_cue_kind", None)
            event.pop("_cue_text", None)
            event.pop("_candidate", None)
            event.pop("_dc35_at", None)
            event.pop("_due_at", None)
            _dc35_set_date(event)
        _dd35_set_dates(events)
        _dc35_sibling_dates(events)
        _with_clause_free(events)
        _group_and_members(events, spans)
        _pa34_bloc_of_members(events)
        _money_committed_only(events, doc_text, doc.user_data.get(ISSUER_KEY))
        _volume_committed_only(events)
        _no_future_event_date(events, published)
        _fd36_period_deadline(events, published)
        _fd36c_late_due(events)
        return events

    def _candidate_events(
        self,
        proposals: list[tuple[ActionCue, tuple[Any, ...], tuple[str, ...]]],
        events: list[dict[str, Any]],
        title: str | None,
    ) -> list[dict[str, Any]]:
        """Events of the dropped cues of actions the rules found nowhere in the document, each
        carrying its `Candidate` record: the action model's candidate scorer picks the ones
        worth building (all of them for the trainer, `candidates_wanted`)."""
        found = sorted({e["action"] for e in events})
        title_words = action_model.words(title)
        sentence_words: dict[int, frozenset[str]] = {}
        candidates: list[action_model.Candidate] = []
        where: dict[int, tuple[ActionCue, tuple[Any, ...]]] = {}
        for cue, args, beside in proposals:
            if cue.action in found:
                continue
            tokens, index, sent = args[0], args[1], args[2]
            if index not in sentence_words:
                # stripped as an event's evidence is, so the two share the cached words
                sentence_words[index] = action_model.words(
                    tokens.text[sent.start_char : sent.end_char].strip()
                )
            candidate = action_model.Candidate(
                cue.action,
                cue.kind,
                tokens.doc[cue.core[0] : cue.core[1]].text.lower(),
                sentence_words[index],
                found,
                title_words,
                beside,
                index,
            )
            candidates.append(candidate)
            where[id(candidate)] = (cue, args)
        out: list[dict[str, Any]] = []
        for candidate in action_model.pick_candidates(candidates):
            cue, args = where[id(candidate)]
            for event in self._sentence_events(*args, forced=cue):
                if event["action"] != cue.action or not action_model.is_shadow(event):
                    continue  # a step undone after it is the sentence's own, told already
                event["_own_actors_kept"] = event.pop("_own_actors")
                event["_candidate"] = candidate
                out.append(event)
        return out

    def _cue_groups(self) -> _Groups:
        """The cue matcher's groups as `assemble` reads them, made again whenever the shared
        matcher regrouped its phrases."""
        grouped = self.cues.grouped()
        if self._groups is None or self._groups.source is not grouped:
            self._groups = _Groups(grouped, self._money_combos, self._labelled_combos)
            keys = action_keys(self._groups.keys)
            self._hit_table = hit_table(keys, unanchored_keys(keys), self._groups.status_keys)
        return self._groups

    def _suppress(self, cues: list[ActionCue], clause_starts: list[int]) -> list[ActionCue]:
        """Drop nominal cues that a stronger action in the same clause explains
        (suppress_nominal in actions.yaml)."""
        rules = self._suppress_rules
        if not rules:
            return cues
        suppressible = self._suppressible
        # sp40: a plain loop, not a generator in any()
        for c in cues:
            if c.kind == "phrase" and c.action in suppressible:
                break
        else:
            return cues  # sp39: no cue a rule may drop (most sentences), before the clauses
        present = {
            (c.action, bisect.bisect_right(clause_starts, c.start))
            for c in cues
            if c.kind != "weak"
        }
        out = []
        for cue in cues:
            clause = bisect.bisect_right(clause_starts, cue.start)
            if cue.kind == "phrase" and any(
                cue.action in (rules.get(action) or []) and (action, clause) in present
                for action in rules
            ):
                continue
            out.append(cue)
        return out

    def _sentence_events(
        self,
        tokens: _Tokens,
        index: int,
        sent: Sent,
        matches: list[tuple[int, int, int]],
        sent_spans: list[Found],
        minerals: list[str],
        context_actors: list[str] | Callable[[int], list[str]],
        main_minerals: list[str] | Callable[[int], list[str]],
        established: set[str],
        money_context: bool,
        acts: list[ActionCue] | None = None,
        dropped: list[ActionCue] | None = None,
        forced: ActionCue | None = None,
    ) -> list[dict[str, Any]]:
        """The events of one sentence. `dropped`, when a list, gets the heaviest cue the
        decision dropped of each action no cue here states (`_dropped_picks`); `forced` builds
        the event of that one cue alone, over the sentence's own cues. `context_actors`, the
        parties referred to, and `main_minerals` may each be a function of the sentence's
        index, called when first read."""
        base = sent.start
        sent_char = sent.start_char
        doc = tokens.doc
        text = tokens.text[sent_char : sent.end_char]
        if "?" in text:
            asked = _s43_asked_from(text)
            if asked is not None:
                # s43 questions: the words of a question name no step; the clause before it
                # may ("buyers are asking what happens next: will the pause be extended?")
                cut = sent_char + asked
                offsets = tokens.offsets
                matches = [m for m in matches if offsets[m[1]] < cut]
                if acts:
                    acts = [a for a in acts if offsets[a.start] < cut]
                if not matches and not acts:
                    return []
        money: list[Money] | None = None
        # sp40: the sentence's words hashed once into a set, for the word-list tests of the
        # sentence (`_label_positions`, `_clause_marks`, `_sentence_place`)
        sent_words = set(tokens.lowers[base : sent.end])
        label_positions = _label_positions(tokens, sent, sent_spans, sent_words)
        companies = label_positions["COMPANY"]
        if companies:
            # "signed a memorandum with Ford Motor Co.": the firm's deal, whatever cue an
            # exclusion took from it, is what "the MoU" after it refers to
            _firm_deals(tokens, sent, companies, established)
        # money is found only where a combo of a trigger here counts an amount as context
        if money_context:
            money = find_money(text)
            offsets = tokens.offsets
            label_positions["MONEY"] = [
                max(base, bisect.bisect_right(offsets, sent_char + m.start, base, sent.end) - 1)
                for m in money
            ]
        # speed37: `assemble`, this method's one caller (with `_candidate_events`), made the
        # groups afresh for the document: they are not looked up again a sentence
        groups = self._groups if self._groups is not None else self._cue_groups()
        shadows: Dropped | None = Dropped() if dropped is not None else None
        cues = matched_actions(
            matches,
            groups.routes,
            self._combos.__getitem__,
            label_positions,
            established,
            shadows,
        )
        if acts:
            cues = sorted(
                cues
                + [
                    a
                    for a in acts
                    if not any(
                        c.action == a.action and c.start < a.end and a.start < c.end for c in cues
                    )
                ],
                key=_CUE_START,
            )
        if not cues:
            return []
        if money is None:
            money = find_money(text)
        doc_lowers = tokens.lowers
        h = self._hashes
        lowers = doc_lowers[base : sent.end]
        parties = []
        for s in sent_spans:
            if s.label_ in ("COUNTRY", "BLOC"):
                parties.append(Party(s.start, s.end, s.kb_id_))
        published = tokens.published
        dates = find_dates(text, published)
        quantities = find_quantities(text)
        barriers, clause_starts = _clause_marks(
            lowers, base, h["barriers"], h["clause_words"], h["punct"], sent_words
        )
        clause_starts = _and_subject_starts(  # evrec5
            clause_starts, doc, base, sent.end, parties, doc_lowers
        )
        barriers.extend(clause_starts)
        negation = h["negation"]
        possessives = h["possessives"]
        mineral_spans = [s for s in sent_spans if s.label_ == "MINERAL"]
        anaphora = h["anaphora"]
        imposing = h["imposing"]
        parsed = functools.partial(_parsed_role, doc) if tokens.parsed else None
        sent_amount = money[0] if money else None
        # sm35: a price, a law's size or an eligibility threshold is no sum a step commits; the
        # sum read among the rest is the event's amount once merging is done (`_sm35_sum`)
        sums = [m for m in money if not _sm35_not_committed(text, m)] if money else money
        sent_sum = sums[0] if sums else None
        due = deadline(dates)
        evidence = text.strip()
        lead = len(text) - len(text.lstrip())
        out: list[dict[str, Any]] = []
        # "(shipments collapsed) during the ban", "under the deal": a measure named as the frame
        # of another fact is a reference back, never a step of its own; any cue of the action
        # in the clause may be the framed one ("shipments ... during the ban")
        frames = h["frames"]
        framed_clauses = {
            (c.action, bisect.bisect_right(clause_starts, c.start))
            for c in cues
            if c.kind in ("phrase", "followup")
            and c.start - 2 >= base
            and (
                (doc_lowers[c.start - 1] in anaphora and doc_lowers[c.start - 2] in frames)
                or (doc_lowers[c.start] in anaphora and doc_lowers[c.start - 1] in frames)
            )
        }
        # "a 2017 ban", "the Energy Act of 2020": a measure named by the year it was made, a
        # standing step older than the news, dated by that year and told as a step of its own
        dated = (
            _dated_names(doc, cues, base, sent.end, published)
            if dates and ("19" in text or "20" in text) and _YEAR_LIKE.search(text)
            else {}
        )
        # the year of a dated name and the words just after it ("imposed in 2018 and 2019")
        # date that name, not another step of the sentence
        undated = dates
        if dated:
            taken = [
                (
                    doc[dated[c.start][1]].idx - sent_char,
                    doc[min(c.end + 6, sent.end - 1)].idx - sent_char,
                )
                for c in cues
                if c.start in dated
            ]
            undated = [d for d in dates if not any(a <= d.start <= b for a, b in taken)]
        if undated and text[:1].isupper():
            undated = _past_dateline(undated, text)
        anchors = self._suppress(clause_anchors(cues, clause_starts, dated), clause_starts)
        anchors = _second_kind_anchors(anchors, cues, clause_starts, doc_lowers, base)
        anchors, apart = _dated_apart_anchors(
            anchors, cues, clause_starts, doc, sent, dates, doc_lowers
        )
        anchors = _coordinated_step_anchors(anchors, cues, clause_starts, doc, sent.end, doc_lowers)
        segments = _mineral_steps(anchors, cues, clause_starts, sent.start, sent.end, mineral_spans)
        if segments:
            anchors = sorted(
                [a for a in anchors if a.start not in segments or segments[a.start][2]]
                + _first_at_each_start(
                    c
                    for c in cues
                    if c.start in segments
                    and segments[c.start][2]
                    and all(a.start != c.start for a in anchors)
                ),
                key=_CUE_START,
            )
        anchors = one_per_span(anchors, clause_starts)
        if shadows and dropped is not None:
            dropped.extend(_dropped_picks(cues, shadows))
        if forced is not None:
            anchors = [forced]
        # the status cues that may govern an event depend on the sentence only; the sentence's
        # status hits are picked once for them and for the steps undone after (`_undone_after`);
        # the sentence's cue hits are built only for a sentence with an anchor, and of action
        # keys only: the status choice reads no other family of them (`action_keys`)
        hits, status_hits = (
            _sentence_hits(matches, anchors, self._hit_table) if anchors else ([], [])
        )
        sentence_status = status_cues(status_hits) if status_hits else []
        # character offsets from the token arrays, not a Token object per look-up
        offsets = tokens.offsets if anchors else []
        # fd36b: targets still to come the date patterns miss ("before the end of the decade")
        ahead = fd36b_ahead(text, published) if anchors else []
        cue_spans = tuple(
            [
                (
                    offsets[a.start] - sent_char,
                    offsets[a.end] - sent_char if a.end < sent.end else len(text),
                    a.action,
                )
                for a in anchors
            ]
        )
        # fd36b: the dates a step may commit to (not a spending period's end, the date a step
        # was moved from, another thing's due date or a law's title year), once a sentence
        sentence_targets = fd36b_targets(dates, text) if dates and anchors else []
        # speed37: the sentence's committed tonnage, read once for all its events
        volume = _volume_told(text, quantities) if anchors else None
        for cue in anchors:
            clause = bisect.bisect_right(clause_starts, cue.start)
            c_start = clause_starts[clause - 1] if clause else sent.start
            c_end = clause_starts[clause] if clause < len(clause_starts) else sent.end
            segment = segments.get(cue.start) if segments else None
            cue_char = offsets[cue.start] - sent_char
            # the cue's clause as character offsets of the sentence
            own_part = (
                (
                    offsets[c_start] - sent_char,
                    offsets[c_end] - sent_char if c_end < sent.end else len(text),
                )
                if clause_starts
                else None
            )
            name = dated.get(cue.start)
            when = name[0] if name else event_date(undated, cue_char)
            if not name and own_part is not None:
                when = _clause_date(undated, cue_char, *own_part)
            told = when
            if not name:
                when = _da35_period_date(when, undated, text, published)
            # fd36: a date after the report that gave way to the reporting day is when the step
            # is due ("will halt bauxite exports next year, the ministry said on Tuesday")
            due_told = told if told != when and _fd36_after(told, published) else None
            if due_told is None and told and _fd36_later(undated, told):
                due_told = told  # "will propose rules later this year": due then, told now
            # fd36c: a year naming a budget or a programme ("the fiscal 2025 budget", "its
            # France 2030 programme") is no date the step is due
            named_year = _fd36c_named_year(undated, told, text, cue_char) or _fd36c_other_clause(
                undated, told, text, cue_char
            )
            if named_year:
                due_told = None
            # fd36c: "is due to begin this year", "aims to take a decision this year", "as soon as
            # this month": the current year or month a step still to come is due by
            # (set last, when no period or start gave one: `_fd36c_late_due`)
            this_due = (
                _fd36c_this_due(undated, told, text)
                if due_told is None and told and not named_year
                else None
            )
            # fd36c: a project's due date is when it starts producing ("expect to take a final
            # investment decision in 2023 and to start commercial operations in 2026"), the
            # labels' "a project's first production", not an earlier stage told beside it
            if cue.action == "project" and undated and published:
                due_told = _fd36c_first_output(undated, text, published) or due_told
            # fd36: a target told in another clause (`own_part`) is another step's ("the loan
            # will cover the refinery, which is due to begin production in 2025"); fd36c: nor is
            # a date of a condition or of a person's own doing
            targets = [d for d in sentence_targets if not _fd36c_in_other_clause(d, text, cue_char)]
            # fd36b: a target "by" / "until" of a sentence telling several steps is the one's
            # told nearest before it; a plan's or law's target year is its own wherever told
            # ("published its Battery Strategy, setting out how 2 billion pounds of funding
            # will help build a supply chain by 2030")
            if targets and len(cue_spans) > 1 and cue.action not in _FD36B_PLANS:
                targets = [
                    d
                    for d in targets
                    if d.kind != "deadline" or _fd36b_nearest(cue.action, cue_spans, d.start)
                ]
            due_here = deadline(targets, own_part) if due is not None else None
            if due_here is None and ahead:
                # with no date the patterns read, the whole sentence (as the rounds measured it)
                due_here = deadline(ahead, own_part if dates else None)
            start_here = (
                start_ahead(targets, published, own_part) if targets and published else None
            )
            # dc35: a step dated only by its start, once past, takes it after merging and
            # status (`_dc35_set_date`)
            started = (
                _dc35_started(undated, text, cue_char, published)
                if when is None and undated and not name
                else None
            )
            when = apart.get(cue.start, when)  # a step dated apart keeps its own date
            step_when = when if name else sw9_step_date(undated, text, when, cue_char)
            # da35: the date the event shows instead of a year naming a period or a law's
            # title, set once merging and status have read the year (`_da35_year_to_day`)
            for_year = (
                None
                if name or cue.start in apart
                else _da35_day_for_year(when, undated, text, published, cue_char)
                or (step_when if step_when != when else None)
            )
            named_law = doc_lowers[cue.end - 1] in _LAW_WORDS and _named_law(
                doc, cue.start, cue.end
            )
            reach = POSSESSIVE_REACH_COMBO if cue.kind == "combo" else 4
            # a measure owned by someone ("its export ban", "China's curbs on exports"); a
            # combo cue may be a verb ("its move to restrict exports"), so only a possessive
            # right before it, where no verb can stand, makes it a named measure
            # sp40-r2: bounds by comparison, not builtin max() (it parses keywords each call)
            near = cue.start - reach
            if near < c_start:
                near = c_start
            possessed = not possessives.isdisjoint(doc_lowers[near : cue.start])
            # stlead (session 23): "is examining how China's new licensing requirements will
            # affect ...": a measure named by its owner as what another party weighs
            in_passing = possessed and _named_in_passing(
                doc_lowers, c_start, cue.start, possessives, h["passing"]
            )
            status, status_source = choose_status(
                hits,
                cue.start,
                cue.end,
                self.priority,
                barriers=barriers,
                event_date=step_when,
                published=published,
                in_force_after_days=self.in_force_after_days,
                ages=self._ages(cue, doc_lowers),
                restated=cue.action in self.restated,
                weights=self.status_weights,
                sentence_index=index,
                lead_sentences=self.lead_sentences,
                named_law=named_law,
                law_reference=named_law
                and _after_preposition(lowers, cue.start - base, h["law_prepositions"]),
                possessed=possessed,
                action=cue.action,
                status_hits=sentence_status,
                doc=doc,
                clause=(c_start, c_end),
                sentence=(sent.start, sent.end),
                lowers=doc_lowers,
            )
            if (
                name
                and cue.action in self.ages
                and name[1] > base
                and doc_lowers[name[1] - 1] in h["law_prepositions"]
            ):
                # "(exports stopped) under the 2020 mining law": a standing measure cited, whatever
                # the verb of the clause did
                status, status_source = "in_force", "background"
            if status != "revoked" and _negated(
                doc_lowers,
                cue.start - 5 if cue.start - 5 > c_start else c_start,
                cue.start,
                negation,
            ):
                continue
            if _warned(doc_lowers, c_start, cue.start, h["modals"], h["warnings"], parties):
                continue  # "miners warned it would force mines to close"
            if status == "proposed" and not h["speculators"].isdisjoint(doc_lowers[c_start:c_end]):
                continue  # a forecast by analysts or commentators, not a policy step
            # "the Energy Act of 2020": a measure named by its year, not "the act" told before
            anaphoric = (
                not name
                and cue.kind in ("phrase", "followup")
                and (
                    doc_lowers[cue.start] in anaphora
                    or (cue.start > base and doc_lowers[cue.start - 1] in anaphora)
                )
            )
            framed = not name and (cue.action, clause) in framed_clauses
            if (
                anaphoric
                and cue.action not in established
                and _COMPANY_DEAL + cue.action in established
            ):
                continue  # "under the agreement signed on Tuesday": the firm's deal told before
            # "the earlier licensing requirements", "the existing tariffs": a step older than
            # the news, told before or not
            back = (
                cue.start - 1 > base
                and doc_lowers[cue.start - 1] in h["back_words"]
                and doc_lowers[cue.start - 2] in h["anaphora"]
            )
            # a cue in a clause that names parties of its own takes them, not the other
            # clause's ("Beijing announced curbs ..., and Washington widened its restrictions")
            own = [p for p in parties if c_start <= p.start < c_end] if clause_starts else parties
            # called with no parties too: a leader named near the cue ("Xi and Lula agreed")
            # stands for his country; with none, the call returns at once
            actors, partners = roles_from_arrays(
                doc_lowers,
                tokens.puncts,
                sent.start,
                sent.end,
                cue.start,
                own or parties,
                parsed=parsed,
            )
            actors, partners = firm_homes_apart(
                doc_lowers, sent.end, cue.action, cue.start, own or parties, (actors, partners)
            )
            own_actors = bool(actors)
            # "the curbs Beijing imposed": a measure named by a step already taken
            relative = (
                bool(actors)
                and relative_subject(doc_lowers, tokens.puncts, cue.start, own or parties) in actors
            )
            # "China's export ban": a measure named by its owner, unless called new ("its new
            # curbs")
            owned = (
                possessed and own_actors and h["novelty"].isdisjoint(doc_lowers[near : cue.start])
            )
            # "the consensus reached by the two leaders", "the tariffs imposed in May": a
            # measure named by the past participle of its making refers back to it
            participle = (
                doc_lowers[cue.start] in anaphora
                or (cue.start > base and doc_lowers[cue.start - 1] in anaphora)
                or (
                    cue.start - 1 > base
                    and doc_lowers[cue.start - 2] in anaphora
                    and doc_lowers[cue.start - 1] not in h["novelty"]
                    and not tokens.puncts[cue.start - 1]
                )
            ) and not imposing.isdisjoint(
                # "the ban, announced last year,": a comma may stand before the participle
                doc_lowers[cue.start + 1 : cue.end + 1] + doc_lowers[cue.end + 1 : cue.end + 2]
                if cue.end < sent.end and doc_lowers[cue.end] == _COMMA
                else doc_lowers[cue.start + 1 : cue.end + 1 if cue.end < sent.end else sent.end]
            )
            if (
                not own_actors
                and cue.action in _BETWEEN_GOVERNMENTS
                and _firm_noun_before(doc_lowers, c_start, cue.start, h, cue.action)
            ):
                continue  # "a joint venture of state-owned companies signed an agreement"
            if cue.action in _BETWEEN_GOVERNMENTS and _with_company(
                doc, cue.end, sent.end, label_positions["COMPANY"]
            ):
                # "signed a framework agreement with Kabanga Nickel Ltd": a business deal, and
                # "the agreement" after it is that deal until a pact of governments is told
                established.add(_COMPANY_DEAL + cue.action)
                continue
            if anaphoric and clause_starts and not own:
                # "..., but the duties imposed in 2018 still apply": a clause naming no party
                # of its own speaks of the measure of the clause before, and of its parties
                before = next((e for e in reversed(out) if e["action"] == cue.action), None)
                if before is not None:
                    actors, partners = list(before["actors"]), list(before["partners"])
            if (
                not actors
                and not partners
                and _states_in_general(doc, doc_lowers, base, sent.end, parties)
            ):
                continue  # twostep (session 24): "Governments can offer tax breaks ..."
            if not actors and partners and cue.action == "export_control":
                # s43: "The government banned exports of lithium from Zimbabwe": the origin of
                # the exports restricted is the restriction's maker, not its target
                origin = export_origin(doc_lowers, base, sent.end, sent_spans)
                if origin is not None and origin in partners:
                    actors, partners = [origin], [p for p in partners if p != origin]
            if not actors:
                place = _sentence_place(doc, doc_lowers, sent, sent_words)
                if not place:
                    if not isinstance(context_actors, list):
                        context_actors = context_actors(index)
                    place = context_actors if partners else list(context_actors)
                actors = [a for a in place if a not in partners] if partners else place
            # sp40: the clause's minerals picked once, for its own minerals and for `also`
            own_minerals = (
                [s for s in mineral_spans if c_start <= s.start < c_end]
                if mineral_spans
                else mineral_spans
            )
            event_minerals = (
                list(segment[2])
                if segment
                else (own_minerals and _unique([s.kb_id_ for s in own_minerals])) or minerals
            )
            # a plant or mine in an article about a mineral is most often that mineral's, a
            # project as much as a policy step ("... opened a processing plant near Harare")
            if not event_minerals:
                if not isinstance(main_minerals, list):
                    main_minerals = main_minerals(index)
                event_minerals = list(main_minerals)
            # evmin: a clause naming no mineral of its own may be on the document's ones
            if own_minerals:
                also = []
            else:
                if not isinstance(main_minerals, list):
                    main_minerals = main_minerals(index)
                also = main_minerals
            # "... will lend $620 million to Vulcan, and a further $80 million loan to
            # ReElement": a clause's own sum is its step's
            amount = sent_amount
            committed = sent_sum
            if len(money) > 1 and clause_starts:
                c_char = offsets[c_start] - sent_char
                c_char_end = offsets[c_end] - sent_char if c_end < sent.end else len(text)
                amount = next((m for m in money if c_char <= m.start < c_char_end), sent_amount)
                committed = next((m for m in sums if c_char <= m.start < c_char_end), sent_sum)
            if len(sums) > 1:
                committed = _sm35_nearest(text, sums, cue_char)
            # "$80 million loan to ReElement": a sum of its own; "$90 million of the funding":
            # a part of a sum told before
            own_sum = amount is not None and not _partitive(text, amount.end, h["anaphora"])
            # the first word after ", and" / "; ": where the clause's subject stands
            subject = c_start + 1 if doc_lowers[c_start] in h["clause_words"] else c_start
            confidence = _KIND_CONFIDENCE[cue.kind]
            confidence += 0.15 if own_actors or partners else 0.0
            confidence += 0.1 if minerals else 0.0
            out.append(
                {
                    "action": cue.action,
                    "status": status,
                    "actors": actors,
                    "partners": partners,
                    "minerals": event_minerals,
                    "amount_usd": amount.usd if amount else None,
                    "event_date": when,
                    "amount": amount.text if amount else None,
                    "currency": amount.currency if amount else None,
                    "quantity_t": volume,
                    # fd36: a start still to come is the deadline of a measure not yet in force
                    # ("will impose a surtax from Oct. 1"); an in-force one's is its own date
                    "deadline": due_here
                    or due_told
                    or (start_here if status != "in_force" else None),
                    "sentence": index,
                    "start_char": sent_char,
                    "end_char": sent.end_char,
                    "evidence": evidence,
                    "confidence": _rounded(confidence),
                    "bloc_phrase": (
                        _bloc_phrase(doc[sent.start : sent.end])
                        # sp40: whether the sentence names a bloc, read for this action only
                        if cue.action == "bloc_formation"
                        and not any(s.label_ == "BLOC" for s in sent_spans)
                        else None
                    ),
                    "_own_actors": own_actors,
                    "_also_minerals": also,
                    "_status_source": status_source,
                    "_da35_year": (when, for_year) if for_year else None,
                    "_dc35_date": (None, started) if started else None,
                    # fd36b: where the cue and the sentence's other cues stand, to tie a period
                    # told to its own measure (`_fd36_owns`)
                    "_fd36_cue": (text, (cue_char,), cue_spans),
                    "_fd36c_named": told if named_year else None,
                    # s42: a step dated by nothing but the day it is scheduled for is placed
                    # by that day when merging (`_s42_placed`)
                    "_due_at": _s42_due_at(undated, cue_char) if when is None and undated else None,
                    "_fd36c_this": this_due,
                    "_dd35_date": (
                        _dd35_named_date(when, dates, text, cue_char, status == "revoked")
                        if name and when is not None
                        else _dd35_unmade_date(when, undated, text, cue_char)
                        if status == "revoked" and when is not None
                        else None
                    ),
                    "_anaphoric": anaphoric,
                    # "..., and the curbs take effect": the clause is about the step just told
                    "_restates": anaphoric and cue.start - c_start <= 2,
                    # so may be a clause naming no acting party of its own ("..., but farmers
                    # challenged the permit in court"), unless dated apart (`_same_event`)
                    "_refers_back": anaphoric and bool(clause_starts) and not (own and own_actors),
                    "_named_law": named_law,
                    "_relative": relative,
                    "_framed": framed,
                    "_owned": owned,
                    "_in_passing": in_passing,
                    "_back": back,
                    "_participle": participle,
                    "_dated_name": cue.start in dated,
                    # the event's year stands in its clause ("imposed in 2018"), not only a
                    # month resolved against the report ("take effect in May")
                    "_own_sum": own_sum,
                    "_year_told": when is not None
                    and when[:4] in text[offsets[c_start] - sent_char : cue_char + 80],
                    "_cue": cue.start,
                    # dc35: the cue and its clause, in characters of the evidence
                    "_dc35_at": (
                        cue_char - lead,
                        offsets[c_start] - sent_char - lead,
                        (offsets[c_end] - sent_char if c_end < sent.end else len(text)) - lead,
                    ),
                    "_sum_at": amount.start if amount else None,
                    "_sm35_sum": committed,
                    # read by the learned action model (nlp/action_model.py), then dropped
                    "_cue_kind": cue.kind,
                    "_cue_text": tokens.span_text(*cue.core).lower(),
                    # a later clause with no subject of its own that could act ("..., and its
                    # environment chapter commits ...", not "..., and it opened ..."): it
                    # elaborates the step before
                    "_elaborates": c_start > base
                    and doc_lowers[subject] not in h["subject_pronouns"]
                    and not any(subject <= p.start <= subject + 1 for p in parties),
                }
            )
            listed = (
                _dated_groups(
                    out[-1],
                    doc,
                    doc_lowers,
                    cue,
                    (segment[0], segment[1]) if segment else (c_start, c_end),
                    sent.end,
                    clause_starts,
                    cues,
                    mineral_spans,
                    undated,
                )
                if not name
                else []
            )
            out.extend(listed)
            if not listed and segment is None and len(event_minerals) > 1 and not name:
                out.extend(
                    _second_group(
                        out[-1], doc, doc_lowers, cue, (c_start, c_end), mineral_spans, undated, h
                    )
                )
        if out and len(money) > 1:
            # sums (session 30): "... $24.8 million in 2022 and another $34.6 million last
            # December": each further sum of a commitment is a step of its own
            out.extend(_further_sums(out, text, money, parties, offsets, sent_char))
            _sm35_own_sums(out, text, money)
        if out:
            # sp40: the three read one-word revoking status hits alone (few sentences hold one)
            for hit in status_hits:
                key = hit[0]  # subscripts: a tuple subclass (Hit) is unpacked by an iterator
                if key.label == "revoked" and hit[2] - hit[1] == 1 and key.family == "status":
                    out.extend(_undone_after(out, status_hits, doc, doc_lowers, sent, dates, h))
                    out.extend(
                        _undone_named_after(out, status_hits, doc, doc_lowers, sent, dates, h)
                    )
                    out.extend(
                        _undone_passive_after(out, status_hits, doc, doc_lowers, sent, dates, h)
                    )
                    break
            # twostep (session 24): a standing pact and a later change of it in one sentence;
            # helper speed (session 27): its scan of every word is for such a pact told here
            for e in out:  # sp40: a plain loop, not a generator in any()
                if e["status"] == "in_force" and e["action"] in _CHANGED_ACTIONS:
                    _standing_then_changed(out, doc, doc_lowers, sent, dates)
                    break
        for event in out:
            event.pop("_cue", None)
            event.pop("_sum_at", None)
        return out


# what the hits of a group tell `assemble` about their sentence (`_Groups.marks`): it is worth
# reading; a combo there counts a money amount as context; a phrase, weak or follow-up cue
# stands there (one without combos)
_STRONG, _MONEY, _DIRECT = 1, 2, 4
# helper speed7: a trigger of an action combo that takes an entity as context
_LABELLED = 8


# s43 questions: the marks a question opens after in a sentence that ends on one, and the
# closing marks that may follow its "?"
_S43_QUESTION_OPENERS = (": ", "; ", " — ", " – ", " - ")
_S43_CLOSERS = " \t\n\"'”’)]"


def _s43_asked_from(text: str) -> int | None:
    """Where the question a sentence ends on begins, as a character offset in it (0 for a whole
    question, "Does the plan include a price floor?"); None when it ends on no question. A
    question tells no step, whatever its words name; its answer, another sentence, may ("No.",
    "Yes, from May"). A question after a colon, a semicolon or a dash is the sentence's last
    part ("buyers ask one thing: what happens in November?"), the clause before it told as fact."""
    asked = text.rstrip(_S43_CLOSERS)
    if not asked.endswith("?"):
        return None
    start = 0
    for mark in _S43_QUESTION_OPENERS:
        at = asked.rfind(mark)
        if at >= 0 and at + len(mark) > start:
            start = at + len(mark)
    return start


def _trigger_labels(
    keys: tuple[CueKey, ...], labelled_combos: dict[tuple[str, int], frozenset[str]] | None
) -> frozenset[str]:
    """Helper speed7: the kinds of entity the action combos of these trigger keys take as
    context; "*" (any) for every action trigger when the combos are not given."""
    labels: set[str] = set()
    for k in keys:
        if k.family == "action" and k.kind == "trigger":
            if labelled_combos is None:
                labels.add("*")
            else:
                labels.update(labelled_combos.get((k.label, k.combo), ()))
    return frozenset(labels)


# helper speed10: a match's group
_MATCH_GROUP = operator.itemgetter(0)
# sp39: a match's start, the key its sentence's run is cut by (`_match_buckets`)
_MATCH_START = operator.itemgetter(1)
# sp40: a cue's start, the key cues are sorted by (a C getter, not a lambda's frame a cue)
_CUE_START = operator.attrgetter("start")


# a block this many tokens long or shorter with no stop before a blank line is a heading
_HEADING_TOKENS = 12
# an editor's note in brackets, however long ("(Adds analyst comment in paragraph 5, …)")
_NOTE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# the blank line after a block, its line breaks written "\n" or (from "\r\n") " \n"
_BLANK_AFTER = re.compile(r"[ \t]*\n[ \t]*\n")
# a list item tells a step however short ("- China bans gallium exports", "2) Quotas")
_LIST_ITEM = re.compile(r"[-\u2013\u2014\u2022\u00b7\u25aa\u25ba*>]|\(?(?:\d{1,2}|[a-z])[.)]\s")
# what may close a sentence after its stop ("… said.”", "(… so.)")
_CLOSERS = "\"'\u201d\u2019)] \t"


def _headings(sents: list[Sent], text: str) -> set[int]:
    """The sentences that are a page's headings ("WHY IT MATTERS", "Tariffs", "(Adds
    background)"): a short block before a blank line with no stop, written as a heading is
    (a few words, capitals, title case, an editor's note in brackets). Its
    words name what the paragraphs under it tell; read as a step of its own, "Import bans"
    or "EXTENSION TALKS" became an event nobody reported. Its places and minerals still
    count. A line in sentence case ("Japan to release cobalt from its stockpile", a key
    point) or a list item tells its step."""
    out: set[int] = set()
    for index, sent in enumerate(sents):
        end = sent.end_char
        if not _BLANK_AFTER.match(text, end):
            continue  # most sentences end inside a paragraph: no block, no heading
        raw = text[sent.start_char : end]
        if sent.end - sent.start > _HEADING_TOKENS and not _NOTE.fullmatch(raw):
            continue
        body = raw.rstrip(_CLOSERS)
        if not body or body[-1] in ".!?:;" or _LIST_ITEM.match(body):
            continue
        if _written_as_heading(raw):
            out.add(index)
    return out


def _written_as_heading(line: str) -> bool:
    """A line set as a heading: three words or fewer, capitals, title case or an editor's
    note in brackets. A table row ("| Vietnam | Bans rare earth ore exports |") tells its
    step, now that it is a sentence of its own."""
    words = line.split()
    if len(words) <= 3 or line.isupper() or line[0] in "([":
        return True
    return all(w[0].isupper() for w in words if len(w) > 3 and w[0].isalpha())


def _match_buckets(
    matches: list[tuple[int, int, int]], starts: list[int], marks_of: dict[int, int]
) -> tuple[list[list[tuple[int, int, int]]], list[int]]:
    """The matches in each sentence, in match order, and the marks (`_Groups.every_mark`, which
    gets a 0 for each group it lacks) of each sentence's matches or-ed together. The matcher lists spans by start, so each sentence's run
    is cut by bisection (sp39: one C call a sentence, not two tests a match); one before the
    first sentence goes to the last, as index -1 puts it. A match of a group with no marks (of
    topic keys alone, or another reader's) stays in its run: every reader of the runs looks a
    match's group up in tables that hold no such group (`_Groups`, `matched_actions`)."""
    buckets: list[list[tuple[int, int, int]]] = []
    marks: list[int] = []
    cut = bisect.bisect_left
    low = cut(matches, starts[0], key=_MATCH_START) if starts[0] else 0
    before = matches[:low]
    for following in (*starts[1:], None):
        high = len(matches) if following is None else cut(matches, following, low, key=_MATCH_START)
        run = matches[low:high]
        low = high
        mark = 0
        try:
            # sp39: a subscript, not a call a match: the table holds every group met before
            for match in run:
                mark |= marks_of[match[0]]
        except KeyError:
            mark = _filled_mark(run, marks_of)
        buckets.append(run)
        marks.append(mark)
    if before:
        buckets[-1] = before + buckets[-1]
        marks[-1] |= _filled_mark(before, marks_of)
    return buckets, marks


def _filled_mark(run: list[tuple[int, int, int]], marks_of: dict[int, int]) -> int:
    """The marks of a run of matches or-ed together, a group `marks_of` lacks given a 0 there
    (it has none)."""
    mark = 0
    for match in run:
        mark |= marks_of.setdefault(match[0], 0)
    return mark


def _silence(
    groups: _Groups,
    marks: list[int],
    hit_buckets: list[list[tuple[int, int, int]]],
    span_buckets: list[list[Found]],
    sents: Sequence[Sent],
    lowers: list[int],
    acts: dict[int, list[ActionCue]],
    text: str,
) -> None:
    """Helper speed7: clears the marks of the sentences that can state nothing
    (`_Groups.states_nothing`), so that `may_state` skips them: most sentences read for an
    amount hold no more than an exclusion combo's trigger. A sentence naming a dated law
    (`acts`) is read whatever its marks, which then say whether an amount is looked for."""
    for index, mark in enumerate(marks):
        # sp39: a phrase, weak or follow-up cue (`_DIRECT`) makes `states_nothing` false: told
        # here, before its call
        if (
            mark & _STRONG
            and not mark & _DIRECT
            and index not in acts
            and groups.states_nothing(
                mark, hit_buckets[index], span_buckets[index], lowers, text, sents[index]
            )
        ):
            marks[index] = 0


# The status.yaml label of predicates saying a measure has taken effect ("took effect", "with
# immediate effect"), and how far (tokens) into a sentence with no cue of its own one may end:
# there its subject is a word for the step the sentence before told ("The decree took effect on
# publication", "It took effect on Wednesday", "The directive, which Magufuli ordered on Friday,
# took effect immediately").
TOOK_EFFECT = "if_took_effect"
TOOK_EFFECT_REACH = 12
# Actions whose step such a sentence may say took effect: standing measures, not a deal, a loan
# or a bloc ("Tanzania has banned exports ... The directive took effect immediately")
_TAKES_EFFECT = frozenset(
    {
        "export_control",
        "trade_measure",
        "sanction",
        "permitting",
        "standards",
        "strategy",
        "price_mechanism",
    }
)


def action_keys(keys: dict[int, tuple[CueKey, ...]]) -> dict[int, tuple[CueKey, ...]]:
    """The action keys of each group that holds any: the cue hits handed to the status choice
    are of these alone (it and the status model read no guard or status key among them, and
    guards are as many as the action keys a sentence matches), so half as many are built."""
    out: dict[int, tuple[CueKey, ...]] = {}
    for group, group_keys in keys.items():
        actions = tuple(k for k in group_keys if k.family == "action")
        if actions:
            out[group] = actions
    return out


# helper speed8: the cue hits handed to the status choice
def unanchored_keys(keys: dict[int, tuple[CueKey, ...]]) -> dict[int, tuple[CueKey, ...]]:
    """Each group's action keys (`action_keys`) without its context keys, for the groups that
    hold any other: the hits of a span no event stands on need no context key (`_sentence_hits`).
    Speed37: a group of context keys alone is left out, so that `_sentence_hits` passes over its
    matches (most of a sentence's) by one look-up."""
    out: dict[int, tuple[CueKey, ...]] = {}
    for g, group_keys in keys.items():
        kept = tuple(k for k in group_keys if k.kind != "context")
        if kept:
            out[g] = kept
    return out


# sp39: a group's (action keys without context keys, action keys, status keys), None for none;
# sp40-r2: then what `CueHits` counts of them (`_hit_counts`)
HitKeys = tuple[
    "tuple[CueKey, ...] | None",
    "tuple[CueKey, ...] | None",
    "tuple[CueKey, ...] | None",
    "tuple[int, int, tuple[tuple[str, str], ...]]",
]


def _hit_counts(
    unanchored: tuple[CueKey, ...] | None, anchored: tuple[CueKey, ...] | None
) -> tuple[int, int, tuple[tuple[str, str], ...]]:
    """Sp40-r2: of a group's hit keys, what `CueHits` reads: how many action keys of no context
    there are without and with context keys, and the (label, kind) of each anchored action key."""

    def counted(keys: tuple[CueKey, ...] | None) -> int:
        return sum(1 for k in keys or () if k.kind != "context" and k.family == "action")

    kinds = tuple((k.label, k.kind) for k in anchored or () if k.family == "action")
    return counted(unanchored), counted(anchored), kinds


def hit_table(
    keys_of: dict[int, tuple[CueKey, ...]],
    unanchored_of: dict[int, tuple[CueKey, ...]],
    status_of: dict[int, tuple[CueKey, ...]],
) -> dict[int, HitKeys]:
    """Sp39: for each group holding an action key (`action_keys`) or a status key, its keys as
    `_sentence_hits` builds hits of them, so that a match is looked up once for both lists."""
    return {
        g: (
            unanchored_of.get(g),
            keys_of.get(g),
            status_of.get(g),
            _hit_counts(unanchored_of.get(g), keys_of.get(g)),
        )
        for g in keys_of.keys() | status_of.keys()
    }


def _sentence_hits(
    matches: list[tuple[int, int, int]], anchors: list[ActionCue], table: dict[int, HitKeys]
) -> tuple[list[Hit], list[Hit]]:
    """The sentence's action-key hits for the status choice and its status hits, each in match
    order. An action hit of a context key is built only where an event's cue starts: the
    status rules and model read a context hit nowhere else (as the cue's own kind only,
    `_cue_kind_and_others`; every other reading skips context), and most of a sentence's
    action hits were context words of combos. Sp39: one walk over the matches for both lists,
    a match of a group with neither kind of key passed over by one test. Sp40-r2: the action
    hits are a `CueHits`, with the status model's counts of them."""
    new = tuple.__new__
    starts = {a.start for a in anchors}
    hits = CueHits()
    status_hits: list[Hit] = []
    add, add_status = hits.append, status_hits.append
    get = table.get  # sp40: one look-up a match (a group's 64-bit id is hashed at each)
    kinds_at: dict[int, tuple[tuple[str, str], ...]] = {}
    count_at: dict[int, int] = {}
    total = 0
    for g, s, e in matches:
        entry = get(g)
        if entry is None:
            continue
        unanchored, anchored, status, counts = entry
        if s in starts:
            if anchored is not None:
                for k in anchored:
                    add(new(Hit, (k, s, e)))
                kinds_at[s] = kinds_at.get(s, ()) + counts[2]
                count_at[s] = count_at.get(s, 0) + counts[1]
                total += counts[1]
        elif unanchored is not None:
            for k in unanchored:
                add(new(Hit, (k, s, e)))
            total += counts[0]
        if status is not None:
            for k in status:
                add_status(new(Hit, (k, s, e)))
    hits.starts, hits.kinds_at, hits.count_at, hits.total = starts, kinds_at, count_at, total
    return hits, status_hits


def _took_effect_after(
    events: list[dict[str, Any]],
    told: set[int],
    hit_buckets: list[list[tuple[int, int, int]]],
    sents: Sequence[Sent],
    took_effect: set[int],
) -> None:
    """Put in force the measures told as decided (agreed) in a sentence when the next sentence,
    with no event of its own, opens by saying it took effect (status convention R4: the text
    says the measure applies now). `told` holds the sentences that told an event before
    restatements merged; the events are the merged ones, so the change leaves merging alone.
    `took_effect` holds the matcher groups with a TOOK_EFFECT status key (`_Groups`)."""
    # sp40: the sentences right after a telling one, from `told`, not by a test a sentence
    for index in sorted(
        {t + 1 for t in told if t + 1 not in told and 0 < t + 1 < len(hit_buckets)}
    ):
        bucket = hit_buckets[index]
        start = sents[index].start
        if took_effect.isdisjoint(map(_MATCH_GROUP, bucket)) or not any(
            match[2] - start <= TOOK_EFFECT_REACH and match[0] in took_effect for match in bucket
        ):
            continue
        for event in events:
            if (
                event["sentence"] == index - 1
                and event["status"] == "agreed"
                and event["action"] in _TAKES_EFFECT
                and event["_status_source"] in ("cue", "default")
            ):
                event["status"] = "in_force"


class _Groups:
    """What a group of the shared matcher means to `assemble`, from the cue keys of each group
    (`CueMatcher.grouped`): its keys other than topic ones, marks that say what a hit of it
    tells about the sentence, and the combos its triggers and contexts belong to. One look-up
    a span replaces the per-hit checks of every key."""

    def __init__(
        self,
        grouped: dict[int, tuple[CueKey, ...]],
        money_combos: set[tuple[str, int]],
        labelled_combos: dict[tuple[str, int], frozenset[str]] | None = None,
    ) -> None:
        self.source = grouped
        # helper speed7: the kinds of entity the action combos of a group's triggers take as
        # context (`_may_take`); "*" any kind, when the combos are not given
        self.labels: dict[int, frozenset[str]] = {}
        # the routes of the keys `matched_actions` reads, by group
        self.routes = split_routes(grouped)
        self.keys: dict[int, tuple[CueKey, ...]] = {}
        # the status keys of the groups that hold any, so a sentence's status hits are built
        # from its status matches alone, not by testing every hit's family
        self.status_keys: dict[int, tuple[CueKey, ...]] = {}
        self.marks: dict[int, int] = {}
        self.topic: set[int] = set()
        # the groups saying a measure took effect (`_took_effect_after`)
        self.took_effect: set[int] = set()
        # the combos of actions (no exclusion combos) a group's triggers, its contexts, are of
        self.triggers: dict[int, frozenset[tuple[str, int]]] = {}
        self.contexts: dict[int, frozenset[tuple[str, int]]] = {}
        for group, keys in grouped.items():
            if any(k.family == "topic" for k in keys):
                self.topic.add(group)
            keys = tuple(k for k in keys if k.family != "topic")
            if not keys:
                continue
            self.keys[group] = keys
            status = tuple(k for k in keys if k.family == "status")
            if status:
                self.status_keys[group] = status
            if any(k.label == TOOK_EFFECT for k in status):
                self.took_effect.add(group)
            mark = 0
            if any(k.kind in _STRONG_KINDS for k in keys):
                mark |= _STRONG
            if any(k.kind == "trigger" and (k.label, k.combo) in money_combos for k in keys):
                mark |= _MONEY
            if any(k.kind in ("phrase", "weak", "followup") for k in keys):
                mark |= _DIRECT
            labels = _trigger_labels(keys, labelled_combos)
            if labels:
                self.labels[group] = labels
                mark |= _LABELLED
            self.marks[group] = mark
            for kind, table in (("trigger", self.triggers), ("context", self.contexts)):
                combos = frozenset(
                    (k.label, k.combo) for k in keys if k.family == "action" and k.kind == kind
                )
                if combos:
                    table[group] = combos
        self.label_only = self._label_only_groups()
        # sp39: `marks`, with a 0 for each group met with none (`_match_buckets`)
        self.every_mark: dict[int, int] = dict.fromkeys(self.topic, 0) | self.marks
        # sp39: the groups holding a context word of a combo each trigger group's triggers are
        # of (itself too, where it holds both), so that `_paired` tests groups, not combos
        holders: dict[tuple[str, int], set[int]] = {}
        for group, combos in self.contexts.items():
            for combo in combos:
                holders.setdefault(combo, set()).add(group)
        self.partners: dict[int, frozenset[int]] = {}
        for group, combos in self.triggers.items():
            partners = frozenset(g for combo in combos for g in holders.get(combo, ()))
            if partners:
                self.partners[group] = partners
        # sp40: the groups holding such partners, and those with labels, for set intersections
        self.paired_groups = frozenset(self.partners)
        self.labelled_groups = frozenset(self.labels)

    def _label_only_groups(self) -> frozenset[int]:
        """The groups holding a trigger of a combo with no context word, whose context is an
        entity alone ("deal with" a COUNTRY, "licensing of" a MINERAL): the sentence must be
        read for such a trigger to state its action, as no context match pairs with it."""
        worded = {combo for combos in self.contexts.values() for combo in combos}
        return frozenset(
            group
            for group, combos in self.triggers.items()
            if any(combo not in worded for combo in combos)
        )

    def may_state(self, mark: int, matches: list[tuple[int, int, int]], spans: list[Found]) -> bool:
        """Whether `sentence_actions` may find a cue in a sentence from its matches (`mark`,
        what they hold) and entity spans: a sentence read has a phrase, weak or follow-up cue,
        a trigger beside a context of its combo, an entity a combo may take as its context
        (a bloc; an amount, where a trigger's combo counts money), or a trigger of a combo
        whose context is an entity alone. Most sentences with a trigger and none of these are
        skipped before a Hit is built."""
        if not mark & _STRONG:
            return False
        if mark & (_DIRECT | _MONEY):
            return True
        for s in spans:  # sp40: a plain loop, not a generator in any()
            if s.label_ == "BLOC":
                return True
        # sp40: the groups as a set once, for both tests (a set keeps their hashes)
        present = set(map(_MATCH_GROUP, matches))
        if self._paired(matches, present):
            return True
        label_only = self.label_only
        return bool(label_only) and not label_only.isdisjoint(present)

    def states_nothing(
        self,
        mark: int,
        matches: list[tuple[int, int, int]],
        spans: list[Found],
        lowers: list[int],
        text: str,
        sent: Sent,
    ) -> bool:
        """Helper speed7: whether a sentence `may_state` reads only for an amount or a bloc
        can state nothing. An exclusion combo's trigger that counts an amount ("paid", "said")
        marks it as an action combo's would, and a bloc's name stands in many a sentence, but
        with no phrase, weak or follow-up cue, no trigger beside its context word and no
        trigger of an action combo taking an entity as context (`_LABELLED`), no cue can be
        found there, nor by such a trigger when the sentence names no entity of the kinds it
        takes (`_may_take`). The sentence (`sent` in the document's lower-case hashes and text)
        must name no deal that a firm's name may follow: a sentence read for cues marks such a
        deal for the sentences after it (`_firm_deals`), whatever cue it holds."""
        if not mark & _STRONG or mark & _DIRECT:
            return False
        if not mark & _MONEY:
            for s in spans:  # sp40: a plain loop, not a generator in any()
                if s.label_ == "BLOC":
                    break
            else:
                return False  # `may_state` decides as cheaply
        present = set(map(_MATCH_GROUP, matches))  # sp40: once, for both tests
        if self._paired(matches, present):
            return False
        if not _FIRM_DEAL_NOUNS.isdisjoint(lowers[sent.start : sent.end]):
            return False
        return not (
            mark & _LABELLED
            and self._may_take(matches, spans, text[sent.start_char : sent.end_char], present)
        )

    def _may_take(
        self,
        matches: list[tuple[int, int, int]],
        spans: list[Found],
        text: str,
        groups: set[int] | None = None,
    ) -> bool:
        """Helper speed7: whether a trigger among the matches belongs to an action combo taking
        an entity of a kind the sentence may name: one of its spans' labels, an amount where
        `find_money` finds one (most sentences hold no digit, and it returns at once), or a
        company, whose names `_label_positions` finds in too many ways to foresee. `groups`,
        the matches' groups as a set when the caller has it."""
        present = {s.label_ for s in spans}
        present.update(("COMPANY", "*"))
        if find_money(text):
            present.add("MONEY")
        labelled = self.labels
        if groups is None:
            groups = set(map(_MATCH_GROUP, matches))
        # sp40: the groups with labels among them by one C intersection (stored hashes), the
        # set test made only for those (few are)
        for group in self.labelled_groups.intersection(groups):
            if not present.isdisjoint(labelled[group]):
                return True
        return False

    def _paired(self, matches: list[tuple[int, int, int]], present: set[int] | None = None) -> bool:
        """Whether a trigger and a context of one action combo both stand among the matches:
        sp39, a group among them holding a trigger whose partner groups (`partners`) stand
        there too. `present`, the matches' groups as a set when the caller has it."""
        if present is None:
            present = set(map(_MATCH_GROUP, matches))
        partners = self.partners
        # sp40: the trigger groups among them by one C intersection (a set's entries keep their
        # hashes: no group's 64-bit id is hashed again), not a dict test a group in Python
        for group in self.paired_groups.intersection(present):
            if not partners[group].isdisjoint(present):
                return True
        return False


class _Tokens:
    """What the rules read of a document, taken once per document: its text and lower-case
    forms as a plain list (no Token objects); offsets and the parse flag when first asked."""

    def __init__(self, doc: Doc, text: str, published: date | None) -> None:
        self.doc = doc
        self.text = text
        self.lowers: list[int] = doc.to_array(LOWER).tolist()
        self.puncts = _Puncts(doc)
        self.published = published
        self._offsets: list[int] | None = None
        self._parsed: bool | None = None

    @property
    def offsets(self) -> list[int]:
        """Each token's character offset."""
        if self._offsets is None:
            # the splitter's token arrays already hold them: no second to_array per document
            self._offsets = token_arrays(self.doc).starts
        return self._offsets

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens start..end-1 as Span.text gives it, with no Span made."""
        return token_arrays(self.doc).span_text(start, end)

    @property
    def parsed(self) -> bool:
        """Whether a dependency parser annotated the doc (roles then follow the parse)."""
        if self._parsed is None:
            self._parsed = self.doc.has_annotation("DEP")
        return self._parsed


class _Puncts:
    """Whether token i is punctuation, read from the token when a rule asks (a few per
    document) instead of a column of the whole document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __getitem__(self, i: int) -> bool:
        return self.doc[i].is_punct


# a cue's base confidence by kind (a phrase says the action outright)
# sp39: an event's confidence as rounded, by its few sums (`round` to digits costs much)
_ROUNDED: dict[float, float] = {}


def _rounded(confidence: float) -> float:
    """`round(min(confidence, 0.95), 2)`, kept for each sum met."""
    rounded = _ROUNDED.get(confidence)
    if rounded is None:
        rounded = _ROUNDED[confidence] = round(min(confidence, 0.95), 2)
    return rounded


_KIND_CONFIDENCE = {
    kind: 0.45 + bonus
    for kind, bonus in {
        "phrase": 0.25,
        "combo": 0.2,
        "followup": 0.1,
        "weak": 0.05,
        **{kind: 0.0 for kind in SHADOW_KINDS},
    }.items()
}
# How far (tokens) before a standing measure's cue a word setting its new level may stand ("cut
# its extra tariffs").
LEVEL_REACH = 4

_THAN = hash_string("than")


def _negated(lowers: Sequence[int], start: int, end: int, negation: frozenset[int]) -> bool:
    """Whether a negation stands in [start, end), not counting one that opens a comparison ("no
    lower than the benchmark price", "not later than 2030")."""
    if negation.isdisjoint(lowers[start:end]):
        return False  # helper speed10: most windows hold none, told in C
    return any(
        lowers[i] in negation and _THAN not in lowers[i + 1 : i + 3] for i in range(start, end)
    )


# the last word of a law's name: "Defense Production Act", "Batteries Regulation"
_LAW_WORDS = frozenset(hash_string(w) for w in ("act", "regulation", "directive", "law", "code"))


def _dropped_picks(cues: list[ActionCue], dropped: Dropped) -> list[ActionCue]:
    """For each action no cue of the sentence states, the heaviest cue the decision dropped
    ("agreed to build a refinery" under an agreement cue): a candidate step."""
    stated = {c.action for c in cues}
    return sorted((c for a, c in dropped.items() if a not in stated), key=_CUE_START)


def _named_law(doc: Doc, start: int, end: int) -> bool:
    """Whether the cue is a capitalised law name ("Defense Production Act", "Mining Code")."""
    last = doc[end - 1]
    return last.is_title and end - start >= 2 and doc[end - 2].is_title


_SEMICOLON = hash_string(";")
_THE = hash_string("the")
_COMMA = hash_string(",")


# stlead (session 23): how far before a measure's owner a word of weighing it may stand ("is
# examining how China's ...", "weigh the impact of Beijing's ...")
PASSING_REACH = 5


def _named_in_passing(
    lowers: Sequence[int],
    c_start: int,
    cue_start: int,
    possessives: frozenset[int],
    passing: frozenset[int],
) -> bool:
    """Whether a measure named by its owner ("China's ban", "Beijing's new curbs") is what another
    party examines, weighs or reacts to in its clause ("is assessing China's ban on exports",
    "weigh the impact of Beijing's export curbs"): named in passing, the measure is told in full
    in a later sentence with its own status and date (`_told_in_full`), not a step of this one."""
    owner = next(
        (j for j in (cue_start - 1, cue_start - 2) if j >= c_start and lowers[j] in possessives),
        None,
    )
    if owner is None:
        return False
    before = lowers[max(c_start, owner - PASSING_REACH) : owner]
    if _COMMA in before:
        before = before[len(before) - before[::-1].index(_COMMA) :]
    return not passing.isdisjoint(before)


# sums (session 30): what joins a further commitment to the sum before it, and what tells the
# second sum as a part, a range, a total or the first one told again
# "$110 a kilogram", "$200 million of the company's debts": a price or a debt, not a step
_FURTHER_AFTER = re.compile(
    r"\s*(?:a|an|per|/)\s*(?:kilogram|kg|tonne|ton|metric|pound|lb|ounce|oz|share|barrel)\b"
    r"|\s+of\s+(?:\S+\s+){0,3}?(?:debts?|liabilities)\b",
    re.IGNORECASE,
)
# the dollar figure of a foreign sum told in brackets right after it ("A$300 million (US$200
# million) ... and another A$150 million"): one sum with it (nlp/amounts.py), no bar
_CONVERTED = re.compile(r"^\s*\([^()]*\$[^()]*\)")
_FURTHER_JOINS = re.compile(r"\b(?:and|another|further|additional|plus|also)\b|;")
_FURTHER_BARS = re.compile(
    r"\b(?:of which|includ\w*|part of|out of|reserv\w*|earmark\w*|total\w*|between|from|"
    r"compared|than|against|worth|valued|value|per|each|rais\w*|ris\w*|up to and)\b|\(|\bto\s*$"
)
# sums (session 32): a clause of another party's own joined after the first sum ("... a $553
# million loan for the refinery and Italy pledged $320 million"): the joiner right before
# the party's name, "the" or a few words of its subject between
_OWN_CLAUSE_JOIN = re.compile(r"(?:\b(?:and|while|whereas|but)|;)\s+(?:the\s+)?$")
# the longest second clause, from its party's name to its sum, read as that party's step
_OWN_CLAUSE_REACH = 100
# and the longest text from the first sum to the second in such a sentence
_OWN_CLAUSE_SPAN = 250
# a raise's starting sum told as committed before ("up from the $600 billion pledged in May")
_EARLIER_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+|an?\s+|its\s+)?(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_EARLIER_AFTER = re.compile(
    r"\s+(?:(?:it|that)\s+)?(?:had\s+)?(?:previously\s+|initially\s+|originally\s+|first\s+)?"
    r"(?:agreed|pledged|promised|committed|approved|awarded|announced|offered|earmarked)\b",
    re.IGNORECASE,
)
_NAME_BRACKET = re.compile(r"\([^()$\d]*\)")
# sp35: a second sum opening a part of its own right after ", and" ("$140 million for a
# demonstration facility ..., and $320 million for ...")
_SP35_PARALLEL_SUM = re.compile(
    r",\s+(?:and|as\s+well\s+as)\s+"
    r"(?:(?:up\s+to|about|around|nearly|some|another|a\s+further)\s+)?$"
)


# sm35 (session 35): sums that are no money committed, whatever step their sentence tells.
# A price or a per-unit credit ("$110 a kilogram", "$7,500 per vehicle", "$35 for every
# kilowatt-hour"): a sum followed by a unit it is paid for
_SM35_PER_UNIT = re.compile(
    r"\s*(?:a|an|per|for\s+(?:each|every)|/)\s*(?:[\w-]+\s+)?(?:kilogram|kg|tonne|ton|"
    r"metric\s+ton\w*|pound|lb|ounce|oz|share|barrel|vehicle|car|kilowatt[- ]hour|kwh|mwh|gwh|"
    r"megawatt[- ]hour|unit)s?\b",
    re.IGNORECASE,
)
# no committed sum is written below this in its own currency: "$35", "$9,500" are prices
_SM35_LEAST = 100_000
# a law's or a whole spending package's size ("the $369 billion Inflation Reduction Act",
# "signed a $1.2 trillion infrastructure package into law"): a budget, not the step's money
# (not "a $35 million Defense Production Act award": money the law pays out)
_SM35_LAW_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'-]*\s+(?:(?:[A-Z][\w'-]*|and|of|for)\s+){0,5}Act\b"
    r"(?!\s+(?:awards?|grants?|fund\w*|loans?|money|financing|contracts?|support|subsid\w*|"
    r"credits?)\b)|"
    r"(?:infrastructure|spending|stimulus|tax|climate)\s+(?:package|bill|law)\b)"
)
# the threshold of a scheme ("projects investing at least $200 million", "investors committing
# at least $200 million", "if they commit to invest at least ..."): whoever may qualify, no one
_SM35_THRESHOLD_BEFORE = re.compile(
    r"\b(?:projects|investments|investors|companies|firms|carmakers|automakers|manufacturers|"
    r"businesses|they)\s+(?:(?:that|which|who)\s+(?:commit|invest|bring)\w*|committing|"
    r"investing|worth|(?:commit|pledge|agree)\w*\s+to\s+invest)\s+(?:to\s+invest\s+)?"
    r"(?:at\s+least|more\s+than|over|a\s+minimum\s+of|upwards\s+of|of\s+at\s+least)\s+$",
    re.IGNORECASE,
)

# a debt owed or assets held ("its largest debtor, owing around $17 billion", "profits on
# about $280 billion of Russian central bank assets", "held about $1.5 billion of materials")
_SM35_HELD_BEFORE = re.compile(
    r"\b(?:owing|owes|owed|held|holds|holding)\s+(?:about\s+|around\s+|some\s+|roughly\s+|"
    r"nearly\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
# sp39: the last words a match of each may end on before the sum, lower-cased
_SM35_THRESHOLD_ENDS = ("least", "than", "over", "of")
_SM35_HELD_ENDS = (
    "owing",
    "owes",
    "owed",
    "held",
    "holds",
    "holding",
    "about",
    "around",
    "some",
    "roughly",
    "nearly",
    "than",
    "over",
)


def _sm35_may_end(text: str, end: int, reach: int, words: tuple[str, ...]) -> bool:
    """Sp39: whether an expression matching up to `end` (its whitespace before the sum) may
    match: the `reach` characters before, ASCII text stripped and lower-cased, end on one of
    its last `words`; other text is the expression's to tell."""
    if not text.isascii():
        return True
    return text[max(0, end - reach) : end].rstrip().lower().endswith(words)


_SM35_ASSETS_AFTER = re.compile(r"\s+of\s+(?:[\w'-]+\s+){0,4}?assets\b", re.IGNORECASE)


def _sm35_not_committed(text: str, m: Money) -> bool:
    """Whether the sum `m` of the sentence `text` is no money anyone commits (TAXONOMY:
    amount_usd is money committed): a price or per-unit credit, a figure too small to be a
    commitment, a whole law's or spending package's size, a scheme's eligibility threshold, a
    debt owed or assets held."""
    return (
        m.value < _SM35_LEAST
        or _SM35_PER_UNIT.match(text, m.end) is not None
        or _SM35_LAW_AFTER.match(text, m.end) is not None
        or (
            _sm35_may_end(text, m.start, 80, _SM35_THRESHOLD_ENDS)
            and _SM35_THRESHOLD_BEFORE.search(text, max(0, m.start - 80), m.start) is not None
        )
        or (
            _sm35_may_end(text, m.start, 30, _SM35_HELD_ENDS)
            and _SM35_HELD_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
        )
        or _SM35_ASSETS_AFTER.match(text, m.end) is not None
        or _s42_running_total(text, m)
        or _s43_no_outlay(text, m)
    )


# s43: sums told as what a firm earned or lost, what a project costs, what a scheme asks of
# whoever qualifies, or what a figure was before: none is money a step commits. Results: "a
# net loss of A$155 million", "wrote down its stake by $90 million", "a $40 million impairment".
# A debt written off ("will write off $2.4 billion of loans") is relief the labels count as
# money committed, so "write off" is no result here
_S43_RESULT_BEFORE = re.compile(
    r"\b(?:(?:net|operating|pre-?tax|after-?tax|underlying|statutory|annual|quarterly|"
    r"half-year|full-year)\s+)*(?:loss(?:es)?|profits?|income|earnings|revenues?|"
    r"impairments?|write-?downs?|writedowns?)\s+(?:after\s+tax\s+)?"
    r"(?:of\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|"
    r"over\s+|up\s+to\s+)?$"
    r"|\b(?:wrote|write|writes|writing|written)\s+down\s+(?:[\w'-]+\s+){1,5}?"
    r"by\s+(?:about\s+|around\s+|some\s+)?$"
    r"|\b(?:lost|loses|losing)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
_S43_RESULT_AFTER = re.compile(
    r"\s*(?:(?:net|pre-?tax|after-?tax|non-?cash|one-?off)\s+)*(?:loss|profit|impairment|"
    r"write-?down|writedown)\b",
    re.IGNORECASE,
)
# a cost told, not a sum paid: "the estimated US$1.67 billion construction cost", "its $900
# million capex". Not "the cost is put at about $5 billion, to be financed by ...": the labels
# give such a sum to the financing told with it
_S43_COST_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:costs?|capex|capital\s+expenditure|price\s+tag)(?![\w-])",
    re.IGNORECASE,
)
# what a plant idled or shut costs to hold ready: "spend about A$450 million a year to keep
# its operations ready for a restart", "$30 million a year on care and maintenance"
_S43_HOLDING_AFTER = re.compile(
    r"\s+(?:a|per|each)\s+year\b[^.;]{0,40}?\b(?:to\s+(?:keep|maintain|preserve)\b|"
    r"(?:on|in)\s+care\s+and\s+maintenance)",
    re.IGNORECASE,
)
# the figure a comparison sets a step against ("compared with ¥19 billion earmarked this
# fiscal year", "up from about 130 billion won", "versus $2 billion"); a raise's starting sum
# told as committed then ("up from the $600 billion pledged in May") stays that commitment
_S43_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|(?P<kind>up|down)\s+from)\s+"
    r"(?:the\s+|an?\s+|its\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
# the threshold a scheme sets for whoever qualifies ("grants investments of over US$200
# million tax and customs benefits", "offers projects worth more than $200 million", "to
# companies with turnover above 450 million euros"): a sentence that tells a scheme's terms
_S43_THRESHOLD_BEFORE = re.compile(
    r"\b(?P<head>projects|investments|investors|companies|firms|businesses|ventures|plants)\s+"
    r"(?:(?:of|worth|valued\s+at|totall?ing)\s+)?(?:more\s+than|over|above|exceeding|"
    r"at\s+least|in\s+excess\s+of|upwards\s+of|a\s+minimum\s+of)\s+$"
    r"|\bwith\s+(?:an?\s+)?(?:(?:annual|yearly|global|worldwide|net)\s+)*(?:turnover|revenues?|"
    r"sales)\s+(?:of\s+)?(?:more\s+than|over|above|exceeding|at\s+least|in\s+excess\s+of)\s+$",
    re.IGNORECASE,
)
_S43_SCHEME_WORDS = re.compile(
    r"\b(?:regimes?|incentives?|eligib\w*|qualif\w*|benefits?|thresholds?|tax|taxes|customs|"
    r"stability|exempt\w*|guarantees?|subsid\w*|appl(?:y|ies)|requir\w*|rules?)\b",
    re.IGNORECASE,
)
# a count or a determiner before the noun: these projects, not whichever qualify ("named five
# projects worth more than C$60 billion")
_S43_COUNTED = re.compile(
    r"(?:\b(?:the|these|those|its|their|our|several|many|some|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens?|hundreds?)|\d)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# sp39-style gates: the words each reader needs in the sentence before it reads
_S43_RESULT_WORDS = ("los", "profit", "income", "earning", "revenue", "impair", "writ", "wrote")
_S43_COST_WORDS = ("cost", "capex", "capital expenditure", "price tag")
_S43_COMPARED_WORDS = ("compared", "versus", "vs", "against", "from")
_S43_THRESHOLD_ENDS = ("than", "over", "above", "exceeding", "least", "of")


def _s43_no_outlay(text: str, m: Money) -> bool:
    """Whether the sum `m` is told as a result (a loss, a profit, a write-down), a cost, what
    an idled plant costs to hold, the figure a comparison starts from, or a scheme's
    threshold: money named, none committed (TAXONOMY: amount_usd)."""
    has = text.lower().__contains__
    start = max(0, m.start - 90)
    if any(map(has, _S43_RESULT_WORDS)) and (
        _S43_RESULT_BEFORE.search(text, start, m.start) is not None
        or _S43_RESULT_AFTER.match(text, m.end) is not None
    ):
        return True
    if any(map(has, _S43_COST_WORDS)) and _S43_COST_AFTER.match(text, m.end) is not None:
        return True
    if has("year") and _S43_HOLDING_AFTER.match(text, m.end) is not None:
        return True
    if any(map(has, _S43_COMPARED_WORDS)):
        compared = _S43_COMPARED_BEFORE.search(text, max(0, m.start - 40), m.start)
        if compared is not None and (
            compared.group("kind") is None or _EARLIER_AFTER.match(text, m.end) is None
        ):
            return True
    if not _sm35_may_end(text, m.start, 30, _S43_THRESHOLD_ENDS):
        return False
    threshold = _S43_THRESHOLD_BEFORE.search(text, start, m.start)
    if threshold is None:
        return False
    if threshold.group("head") is None:
        return True  # "companies with turnover above ...": always a measure of who
    return (
        _S43_COUNTED.search(text, max(0, threshold.start() - 30), threshold.start()) is None
        and _S43_SCHEME_WORDS.search(text) is not None
    )


# s42: a running total or money asked for, not a step's own sum: "To date, the fund has
# committed $1.3 billion", "$2 billion so far", "a cumulative $2.1 billion", "bringing its total
# investment to $400 million", "applications totalling more than US$13 billion". "Since 2022 ...
# $540 million" is left a sum: the labels give such totals as an investment of the year
_S42_TOTAL_WORDS = ("to date", "so far", "thus far", "cumulative", "total", "applica", "request")
_S42_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:to\s+date|so\s+far|thus\s+far)\b[^.;:]{0,70}"
    r"|\bcumulative(?:ly)?\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?"
    r"|\b(?:bring(?:s|ing)?|tak(?:es|ing)|rais(?:es|ing)|lift(?:s|ing)?|push(?:es|ing)?)\b"
    r"[^.;:]{0,50}\btotals?\b[^.;:]{0,50}\bto\s+"
    r"(?:\w+\s+){0,2}?"
    r"|\b(?:applications?|requests?)\s+(?:[\w-]+\s+){0,3}?(?:totall?ing|worth|valued\s+at)"
    r"\s+(?:\w+\s+){0,2}?)$",
    re.IGNORECASE,
)
_S42_TOTAL_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:to\s+date|so\s+far|thus\s+far|cumulatively|in\s+cumulative)\b", re.I
)


# "its largest loan so far, A$1.25 billion": one step, the biggest of its kind yet
_S42_RECORD = re.compile(
    r"\b(?:largest|biggest|first|only|single|highest)\s+(?:[\w-]+\s+){0,2}?(?:to\s+date|so\s+far|thus\s+far)\b",
    re.I,
)


def _s42_running_total(text: str, m: Money) -> bool:
    """Whether the sum `m` is told as a running total or as money applied for."""
    low = text.lower()
    if not any(w in low for w in _S42_TOTAL_WORDS):
        return False
    before = _S42_TOTAL_BEFORE.search(text, max(0, m.start - 130), m.start)
    if before is not None and (
        _S42_RECORD.search(text, max(0, before.start() - 40), before.end()) is None
    ):
        return True
    after = _S42_TOTAL_AFTER.match(text, m.end)
    return after is not None and _S42_RECORD.search(after.group(0)) is None


# sm35: a sum told as a part of another or an add-on to it ("including at least $1.6 billion
# reserved for ...", "of which $90 million ...", "$1.3 billion in cash, plus up to $150 million
# depending on metal prices"): never the step's own sum while a whole one stands beside it
_SM35_PART_BEFORE = re.compile(
    r"\b(?:including|of\s+which|among\s+them|plus)\s+(?:\S+\s+){0,2}$", re.IGNORECASE
)


def _sm35_nearest(text: str, sums: list[Money], cue_char: int) -> Money:
    """The sum of a sentence told nearest its step's cue, one after it first ("the EU to buy
    $750 billion of U.S. energy and for European companies to invest $600 billion": the
    investment's is $600 billion; "a stockpile worth about $12 billion, financed by a $10
    billion loan": the loan's); a sum told as a part of another only when no whole one is
    told (`_SM35_PART_BEFORE`)."""
    whole = [m for m in sums if not _SM35_PART_BEFORE.search(text, max(0, m.start - 30), m.start)]

    def distance(m: Money) -> float:
        # a sum after the cue is most often its object ("agreed to lend $620 million"); one
        # before it counts half again as far
        return m.start - cue_char if m.start >= cue_char else (cue_char - m.end) * 1.5

    return min(whole or sums, key=distance)


def _sm35_own_sums(out: list[dict[str, Any]], text: str, money: list[Money]) -> None:
    """A sentence telling two steps of an action, each at its own sum ("Japan to buy $300
    billion of gas and Japanese companies to invest $100 billion", `_further_sums`): a step
    whose nearest sum (`_sm35_nearest`) is another step's own keeps its own, unless that is no
    committed sum."""
    at = {m.start: m for m in money}
    for event in out:
        near, own = event.get("_sm35_sum"), event.get("_sum_at")
        if near is None or own is None or near.start == own:
            continue
        if any(
            e is not event and e["action"] == event["action"] and e.get("_sum_at") == near.start
            for e in out
        ):
            mine = at.get(own)
            event["_sm35_sum"] = None if mine is None or _sm35_not_committed(text, mine) else mine


def _sum_step(base: dict[str, Any], m: Money) -> dict[str, Any]:
    """A copy of the commitment `base` told with the sum `m` as its own amount: the step a
    further or earlier sum of one sentence makes, a little less sure than the first."""
    return {
        **base,
        "amount_usd": m.usd,
        "amount": m.text,
        "currency": m.currency,
        "_sum_at": m.start,
        "_own_sum": True,
        "_anaphoric": False,
        "_restates": False,
        "_refers_back": False,
        "confidence": round(base["confidence"] - 0.1, 2),
    }


def _further_sums(
    out: list[dict[str, Any]],
    text: str,
    money: list[Money],
    parties: list[Party],
    offsets: Sequence[int],
    sent_char: int,
) -> list[dict[str, Any]]:
    """Investment steps for the sums of a sentence no event took, each told after the sum of a
    commitment and joined to it ("and another $34.6 million", "a further 80 billion yuan",
    "Export Development Canada up to $400 million and ..."): a sum of its own, with the party
    named between the two sums as its actor, unless the words between tell it as a part, a
    range or the same money again."""
    taken = {e["_sum_at"] for e in out if e.get("_sum_at") is not None}
    extra: list[dict[str, Any]] = []
    party_list = _sp35_party_sums(text, money, parties, offsets, sent_char)
    if any(set(party_list) & set(e["actors"]) for e in out if e["action"] in _SUMS_COMMITTED):
        party_list = []  # the acting party named again before a later sum: no list of parties
    for m in money:
        if m.start in taken:
            continue
        before = [
            e
            for e in out
            if e["action"] in _SUMS_COMMITTED
            and e.get("_sum_at") is not None
            and e["_sum_at"] < m.start
            and not e["_status_source"] == "background"
        ]
        if not before:
            continue
        first = next(x for x in money if x.start == before[-1]["_sum_at"])
        own = _own_clause(text, first, m, parties, offsets, sent_char)
        same = [e for e in out if e["action"] == before[-1]["action"]]
        # a sentence that already tells two steps of the action ("lent $200 million in 2019 and
        # a further loan in 2021") has split them by their own words between the sums, or took
        # the first sum twice, unless the second party's clause holds the other one; a step
        # told after the second sum ("... and another $34.6 million, and EXIM issued a letter
        # for $1.8 billion") is no split of these two
        split = any(
            e is not before[-1]
            and (
                e.get("_sum_at") == before[-1]["_sum_at"]
                or first.end <= offsets[e["_cue"]] - sent_char < m.start
            )
            for e in same
        )
        if split and (own is None or len({e.get("_sum_at") for e in same}) > 1):
            continue
        between = text[first.end : m.start].lower()
        if first.usd is not None and first.currency != "USD":
            between = _CONVERTED.sub("", between, count=1)
        if own is not None:
            # what stands before the second party's name is the first step's own
            # a firm's short name in brackets ("(CATL)") is no converted sum
            between = _NAME_BRACKET.sub("", text[offsets[own.start] - sent_char : m.start].lower())
        own_part = bool(party_list)
        if own is None:
            parallel = _SP35_PARALLEL_SUM.search(text, first.end, m.start)
            own_part = own_part or parallel is not None
            if parallel is not None:
                # ", and up to $40 million for ...": the words before the join are the first
                # sum's own purpose
                between = text[parallel.start() : m.start].lower()
        # "... to $258 million in June, from $120 million agreed a year earlier": the sum a
        # raise starts from, told as committed before, is that earlier commitment
        earlier = (
            _EARLIER_BEFORE.search(text, max(0, m.start - 24), m.start) is not None
            and _EARLIER_AFTER.match(text, m.end) is not None
        )
        if (
            earlier
            and len(between) <= 120
            and _FURTHER_AFTER.match(text, first.end) is None
            and not any(first.end <= x.start < m.start for x in money)
        ):
            event = {**_sum_step(before[-1], m), "status": "agreed"}
            event["_sm35_sum"] = None if _sm35_not_committed(text, m) else m
            extra.append(event)
            taken.add(m.start)
            continue
        if (
            len(between) > 120
            # a list of three or more sums is most often the parts of one package, unless each
            # sum has its own party named right before it (sp35, `_sp35_party_sums`)
            or (
                any(first.end <= x.start < m.start or m.end <= x.start < m.end + 60 for x in money)
                and not party_list
            )
            or _FURTHER_AFTER.match(text, first.end) is not None
            # "the A$15 billion fund": a sum that names a fund or deal told as known
            or text[max(0, m.start - 4) : m.start].lower().endswith("the ")
            or _FURTHER_AFTER.match(text, m.end) is not None
            or len(between.split()) < 2
            or (own is None and not own_part and not _FURTHER_JOINS.search(between))
            or m.start - first.end > _OWN_CLAUSE_SPAN
            or _FURTHER_BARS.search(_SP35_UP_TO.sub("", between) if own_part else between)
            or (m.usd is not None and first.usd is not None and abs(m.usd - first.usd) < 1)
        ):
            continue
        event = _sum_step(before[-1], m)
        event["_sm35_sum"] = None if _sm35_not_committed(text, m) else m
        named = [p.norm_id for p in parties if first.end < offsets[p.start] - sent_char < m.start]
        if named:
            event["actors"] = [named[-1]]
            event["partners"] = [p for p in before[-1]["partners"] if p != named[-1]]
        if party_list:
            # each party of the list acts in its own step, none is the first one's partner
            event["partners"] = [p for p in event["partners"] if p not in party_list]
            before[-1]["partners"] = [p for p in before[-1]["partners"] if p not in party_list]
        # the second party's own cue made a step with the first sum: that step is the new one
        later = (
            [e for e in same if offsets[e["_cue"]] - sent_char > offsets[own.start] - sent_char]
            if own is not None and len(same) > 1
            else []
        )
        if later:
            later[0].update(
                {k: event[k] for k in ("amount_usd", "amount", "currency", "_sum_at", "_sm35_sum")}
            )
            later[0].update(actors=event["actors"], partners=event["partners"])
        else:
            extra.append(event)
        taken.add(m.start)
    return extra


# sp35: how far (characters) before its sum a list item's own party may start ("Export
# Development Canada up to $400 million")
_SP35_PARTY_REACH = 44
# a cap told before a list item's sum ("... Canada up to $400 million"): no range's end
_SP35_UP_TO = re.compile(r"\bup\s+to\s*$")


def _sp35_party_sums(
    text: str, money: list[Money], parties: list[Party], offsets: Sequence[int], sent_char: int
) -> list[str]:
    """Sp35: the parties of a list of three or more sums that names a party of its own right
    before each sum but the first ("UK Export Finance could back up to $638 million, Export
    Development Canada up to $400 million and Export Finance Australia up to A$50 million"):
    one step per party and sum, not the parts of one package; else none."""
    if len(money) < 3:
        return []
    named: list[str] = []
    for prev, m in zip(money, money[1:], strict=False):
        own = [
            p.norm_id
            for p in parties
            if prev.end < offsets[p.start] - sent_char < m.start
            and m.start - (offsets[p.start] - sent_char) <= _SP35_PARTY_REACH
        ]
        if not own:
            return []
        named.append(own[-1])
    # each sum a party of its own: one named twice is one party's package told in parts
    return named if len(set(named)) == len(named) else []


def _own_clause(
    text: str, first: Money, m: Money, parties: list[Party], offsets: Sequence[int], sent_char: int
) -> Party | None:
    """The party opening a clause of its own between two sums ("... loan for the refinery and
    Italy pledged $320 million", "..., and China's CATL is in talks on a deal of $5 billion"):
    joined right before its name, its sum within reach; else None."""
    for p in reversed(parties):
        at = offsets[p.start] - sent_char
        if (
            first.end < at < m.start
            and m.start - at <= _OWN_CLAUSE_REACH
            and _OWN_CLAUSE_JOIN.search(text, max(first.end, at - 12), at) is not None
        ):
            return p
    return None


def _partitive(text: str, end: int, anaphora: frozenset[int]) -> bool:
    """Whether the sum ending at `end` in `text` is told as a part of one named before: "of"
    and a reference back after it ("$90 million of the funding", "$5 million of it")."""
    words = text[end : end + 16].lower().split()
    return (
        len(words) >= 2
        and words[0] == "of"
        and (words[1] in ("it", "its", "them") or hash_string(words[1]) in anaphora)
    )


def _hash_sets(nlp: Language) -> dict[str, frozenset[int]]:
    """The word lists the assembler tests tokens against, as vocabulary hashes."""
    words = _words()
    lists = {
        "barriers": _BARRIERS,
        "clause_words": _CLAUSE_WORDS,
        "punct": _PUNCT,
        "possessives": _POSSESSIVES,
        "negation": words["negation"],
        "speculators": words["speculators"],
        "anaphora": words["anaphora"],
        "modals": words["modals"],
        "company_nouns": words["company_nouns"],
        "official_bodies": words["official_bodies"],
        "warnings": words["warnings"],
        "passing": words["passing_words"],
        "novelty": {
            "new",
            "fresh",
            "latest",
            "additional",
            "further",
            "expanded",
            "wider",
            "tighter",
            "stricter",
            "broader",
            "second",
            "third",
            "next",
            "planned",
        },
        "frames": {"during", "since", "under", "despite", "amid", "until", "throughout"},
        "imposing": {
            "imposed",
            "reached",
            "signed",
            "agreed",
            "announced",
            "adopted",
            "introduced",
            "unveiled",
            "placed",
            "issued",
            "enacted",
            "passed",
            "approved",
            "struck",
            "put",
        },
        "back_words": {"earlier", "existing", "previous", "prior", "original"},
        # "licences for gallium since 2023 and for graphite since December"
        "group_prepositions": {"of", "for", "on"},
        "pronouns": {"it", "them"},
        "subject_pronouns": {"it", "they", "he", "she", "we"},
        # "lifting it to A$5 billion": a sum raised, not a measure lifted
        "raising": {"to", "by", "from", "up"},
        "law_prepositions": {"under", "through", "via", "by", "in", "of", "from", "using"},
    }
    return {name: frozenset(nlp.vocab.strings.add(w) for w in ws) for name, ws in lists.items()}


def _firm_noun_before(
    lowers: list[int], start: int, end: int, h: dict[str, frozenset[int]], action: str
) -> bool:
    """Whether a firm's noun stands in lowers[start:end], making a pact or talks after it a
    business deal ("a joint venture of state-owned companies signed an agreement"); before talks,
    a "working group" or "contact group" is a body of officials, no firm (helper actrec2; for
    pacts it added a false agreement on text not read, so they keep every "group")."""
    firms = h["company_nouns"]
    if firms.isdisjoint(lowers[start:end]):
        return False
    if action != "negotiation":
        return True
    bodies = h["official_bodies"]
    return any(
        lowers[i] in firms and not (i > start and lowers[i - 1] in bodies)
        for i in range(start, end)
    )


def _warned(
    lowers: list[int],
    start: int,
    end: int,
    modals: frozenset[int],
    warnings: frozenset[int],
    parties: list[Party],
) -> bool:
    """Whether the clause before a cue (lowers[start:end]) makes it the outcome someone warns
    of, a step nobody took ("miners warned it would force mines to close", "officials cautioned
    that any agreement would need ..."). A government warning it would act ("China warned it
    could restrict exports") threatens a step of its own, so a party before the warning keeps
    the event."""
    before = lowers[start:end]
    if modals.isdisjoint(before) or warnings.isdisjoint(before):
        return False
    last_warning = max(i for i, word in enumerate(before) if word in warnings)
    if modals.isdisjoint(before[last_warning + 1 :]):
        return False
    return not any(start <= p.start < start + last_warning for p in parties)


def _after_preposition(lowers: list[int], i: int, prepositions: frozenset[int]) -> bool:
    """Whether the token at i follows "under (the)", "by (the)" ...: a law cited, not acted on."""
    j = i - 1
    if j >= 0 and lowers[j] == _THE:
        j -= 1
    return j >= 0 and lowers[j] in prepositions


def _undone_after(
    out: list[dict[str, Any]],
    hits: list[Hit],
    doc: Doc,
    lowers: list[int],
    sent: Sent,
    dates: list[DateMention],
    h: dict[str, frozenset[int]],
) -> list[dict[str, Any]]:
    """Second steps undoing the measure just told, by a revoking verb on a pronoun ("imposed
    export quotas in 2010 but scrapped them in 2015"): each a revoked event of that measure,
    dated by the first date after the verb. Not "lifting it to A$5 billion" (a sum raised)."""
    more: list[dict[str, Any]] = []
    for key, start, end in hits:
        if key.family != "status" or key.label != "revoked" or end - start != 1:
            continue
        if end + 1 >= sent.end or lowers[end] not in h["pronouns"]:
            continue
        if lowers[end + 1] in h["raising"] or not h["negation"].isdisjoint(
            lowers[start - 3 : start]
        ):
            continue
        before = next((e for e in reversed(out) if e["_cue"] < start), None)
        if before is None or before["status"] == "revoked" or before["_cue"] + 3 > start:
            continue
        at = doc[start].idx - sent.start_char
        later = [d for d in dates if d.kind == "event" and d.start >= at]
        step = dict(before)
        step.update(
            status="revoked",
            event_date=later[0].value if later else None,
            _status_source="cue",
            _anaphoric=False,
            _restates=False,
            _refers_back=False,
            _relative=False,
            _participle=False,
            _framed=False,
            _owned=False,
            _back=False,
            _cue=start,
        )
        more.append(step)
    return more


# evsplit: how many tokens after the revoking verb its date may stand ("relaxed the ban on
# ore exports in 2017")
_UNDONE_DATE_REACH = 8


def _undone_named_after(
    out: list[dict[str, Any]],
    hits: list[Hit],
    doc: Doc,
    lowers: list[int],
    sent: Sent,
    dates: list[DateMention],
    h: dict[str, frozenset[int]],
) -> list[dict[str, Any]]:
    """Second steps undoing the measure just told, by a revoking verb on a word for it and a
    date of their own ("banned ore exports in 2014 but relaxed the ban in 2017", "cut quotas
    in 2010 and scrapped the quotas in 2015"): like `_undone_after`, but the measure is named
    again, so only a date apart from the first step's tells a second step."""
    more: list[dict[str, Any]] = []
    for key, start, end in hits:
        if key.family != "status" or key.label != "revoked" or end - start != 1:
            continue
        if end + 1 >= sent.end or (
            lowers[end] not in h["anaphora"] and lowers[end] not in _POSSESSIVE_WORDS
        ):
            continue
        if not h["negation"].isdisjoint(lowers[start - 3 : start]):
            continue
        if not _works_nouns().isdisjoint(lowers[end + 1 : min(end + 1 + _WORKS_REACH, sent.end)]):
            continue  # "halted the plant": works stopped, not the measure undone
        # a law named by its year is the frame of the measure, not the measure undone
        before = next(
            (e for e in reversed(out) if e["_cue"] < start and not e["_dated_name"]), None
        )
        if before is None or before["status"] == "revoked" or before["_cue"] + 3 > start:
            continue
        if any(start <= e["_cue"] <= end + 3 for e in out):
            continue  # the undoing or the named measure made an event of its own
        step = _undoing_step(before, doc, sent, dates, start, end)
        if step is not None:
            more.append(step)
    return more


# the actions whose standing pact or text a later verb of change amends (twostep, session 24)
_CHANGED_ACTIONS = frozenset(("agreement", "strategy", "standards"))
# twostep (session 24): how many words before the verb of change its link may stand ("and was
# expanded", "and then upgraded")
_TWOSTEP_CHANGE_REACH = 2


@functools.cache
def _twostep_changes() -> tuple[frozenset[int], frozenset[int]]:
    """The roles.yaml `twostep_changes` and `twostep_change_links`, hashed."""
    words = _words()
    return (
        frozenset(hash_string(w) for w in words["twostep_changes"]),
        frozenset(hash_string(w) for w in words["twostep_change_links"]),
    )


def _standing_then_changed(
    out: list[dict[str, Any]], doc: Doc, lowers: list[int], sent: Sent, dates: list[DateMention]
) -> None:
    """Twostep (session 24): a standing pact or text told with a later change of it in one
    sentence ("the trade agreement, in force since 2007, was expanded in 2017", "has been in
    force since 2006 and was upgraded in 2019") tells two steps: it stands (R4) and the change
    is a decided step of its own (R6, agreed), dated by the date told after the verb."""
    changes, links = _twostep_changes()
    for k in range(sent.start + 1, sent.end - 1):
        if lowers[k] not in changes or links.isdisjoint(
            lowers[max(sent.start, k - _TWOSTEP_CHANGE_REACH) : k]
        ):
            continue
        at = doc[k].idx - sent.start_char
        reach = doc[min(k + _UNDONE_DATE_REACH, sent.end - 1)].idx - sent.start_char
        later = [d for d in dates if d.kind == "event" and at <= d.start <= reach]
        if not later:
            continue
        for i, event in enumerate(out):
            when = event["event_date"]
            if (
                event["status"] != "in_force"
                or event["action"] not in _CHANGED_ACTIONS
                or event["_cue"] > k
                or not when
                or not when < later[0].value
            ):
                continue
            out.insert(i + 1, _step_of_its_own(event, "agreed", later[0].value, "cue", k))
            return


@functools.cache
def _generic_states() -> frozenset[int]:
    """The roles.yaml `twostep_generic_states`, hashed."""
    return frozenset(hash_string(w) for w in _words()["twostep_generic_states"])


@functools.cache
def _generic_openers() -> frozenset[int]:
    """Gensubj (session 25): the roles.yaml `gensubj_openers`, subordinators that may open a
    sentence on states in general, hashed."""
    return frozenset(hash_string(w) for w in _words()["gensubj_openers"])


def _first_word(doc: Doc, start: int, end: int) -> int:
    """Gensubj (session 25): a sentence's first word past the quote marks and brackets it may
    open with (`sentences.sentence_bounds` already leaves a paragraph's line break out)."""
    i = start
    while i < end - 1 and (doc[i].is_quote or doc[i].is_bracket):
        i += 1
    return i


def _states_in_general(
    doc: Doc, lowers: Sequence[int], start: int, end: int, parties: Sequence[Found]
) -> bool:
    """Twostep (session 24): whether a sentence opens on states in general ("Governments can
    offer tax breaks", "Countries are trying to capture more value by banning exports") and
    names no party: a claim about governments at large, no step of the report's own party.
    Gensubj (session 25): also at a paragraph's start or after a quote mark, and after a
    subordinator ("Until governments guarantee a price, ...", "If countries ...")."""
    if parties:
        return False
    i = _first_word(doc, start, end)
    if lowers[i] in _generic_openers() and i + 1 < end:
        i += 1
    return lowers[i] in _generic_states()


# evsplit: the auxiliaries of a passive undoing ("the talks were suspended in 2013") and how
# far before them the word for the measure may open
_PASSIVE_AUXILIARIES = frozenset(hash_string(w) for w in ("was", "were", "been"))
_PASSIVE_SUBJECT_REACH = 5


def _undone_passive_after(
    out: list[dict[str, Any]],
    hits: list[Hit],
    doc: Doc,
    lowers: list[int],
    sent: Sent,
    dates: list[DateMention],
    h: dict[str, frozenset[int]],
) -> list[dict[str, Any]]:
    """Second steps undoing the measure just told, in the passive with a date of their own
    ("first opened negotiations in 2007, but the talks were suspended in 2013"): a revoked
    step of that measure at that date, as `_undone_named_after` reads the active."""
    more: list[dict[str, Any]] = []
    for key, start, end in hits:
        if key.family != "status" or key.label != "revoked" or end - start != 1:
            continue
        if start - 2 <= sent.start or lowers[start - 1] not in _PASSIVE_AUXILIARIES:
            continue
        low = max(sent.start, start - 1 - _PASSIVE_SUBJECT_REACH)
        subject = next(
            (k for k in range(start - 2, low - 1, -1) if lowers[k] in h["anaphora"]), None
        )
        if subject is None or _COMMA in lowers[subject:start]:
            continue
        if not h["negation"].isdisjoint(lowers[subject:start]):
            continue
        before = next(
            (e for e in reversed(out) if e["_cue"] < subject and not e["_dated_name"]), None
        )
        if before is None or before["status"] == "revoked":
            continue
        if any(before["_cue"] < e["_cue"] <= end for e in out):
            continue  # the measure named again made an event of its own
        step = _undoing_step(before, doc, sent, dates, start, end)
        if step is not None:
            more.append(step)
    return more


def _undoing_step(
    before: dict[str, Any], doc: Doc, sent: Sent, dates: list[DateMention], start: int, end: int
) -> dict[str, Any] | None:
    """The revoked step of `before` that an undoing word at `start` tells, dated by the first
    event date within reach after it; None when it has none or the same date as `before` (then
    it retells the first step) or `before` has no date (nothing tells the two apart)."""
    at = doc[start].idx - sent.start_char
    reach = doc[min(end + _UNDONE_DATE_REACH, sent.end - 1)].idx - sent.start_char
    later = [d for d in dates if d.kind == "event" and at <= d.start <= reach]
    if not later or not before["event_date"] or later[0].value == before["event_date"]:
        return None
    return _step_of_its_own(before, "revoked", later[0].value, "cue", start)


def _step_of_its_own(
    event: dict[str, Any], status: str, when: str, source: str, cue: int
) -> dict[str, Any]:
    """A copy of `event` told as a step of its own (an undoing, a making) with its status, date,
    status source and cue, none of the flags that would merge it back as a retelling."""
    step = dict(event)
    step.update(
        status=status,
        event_date=when,
        _status_source=source,
        _anaphoric=False,
        _restates=False,
        _refers_back=False,
        _relative=False,
        _participle=False,
        _framed=False,
        _owned=False,
        _back=False,
        _cue=cue,
    )
    return step


# listcont (session 26): how many sentences back the step a continuation tells again may stand
# ("Britain signed a memorandum in April. ... South Korea followed in June"), how many tokens
# back from the verb of following its subject may reach, and how far (characters) after the
# verb its date may stand
_CONTINUED_REACH = 2
_CONTINUED_SUBJECT_REACH = 12
_CONTINUED_DATE_REACH = 60
# how many words before the verb of following a negation may stand ("has so far not followed")
_NEGATION_REACH = 4
_CLAUSE_OPENERS = frozenset(hash_string(w) for w in ("and", "but", "while", "whereas"))
_LIST_JOINS = frozenset(hash_string(w) for w in (",", "and", "the"))
_CLAUSE_BREAKS = frozenset(hash_string(w) for w in (";", ":"))
_COMMA_HASH = hash_string(",")
_THE_HASH = hash_string("the")


@functools.cache
def _continued_words() -> dict[str, frozenset[int]]:
    """Listcont (session 26): the roles.yaml `listcont_*` lists, hashed."""
    words = _words()
    lists = {
        key[len("listcont_") :]: frozenset(hash_string(w) for w in words[key])
        for key in words
        if key.startswith("listcont_")
    }
    lists["negation"] = frozenset(hash_string(w) for w in words["negation"])
    lists["made"] = lists["first_made"] | frozenset(
        hash_string(w) for w in words["made_year_participles"]
    )
    lists["standing"] = frozenset(hash_string(w) for w in words["made_year_standing"])
    # sp39: the verbs of following and the words of "the same", joined once
    lists["following"] = lists["follow_verbs"] | lists["same_words"]
    return lists


def _subject_start(lowers: Sequence[int], start: int, k: int) -> int:
    """Where the subject of a verb at `k` may begin: after the last ";" / ":" or ", and"
    before it ("Qatar signed on in January, and India followed"), within reach."""
    low = max(start, k - _CONTINUED_SUBJECT_REACH)
    for i in range(k - 1, low - 1, -1):
        if lowers[i] in _CLAUSE_BREAKS:
            return i + 1
        if lowers[i] in _CLAUSE_OPENERS and i > start and lowers[i - 1] == _COMMA_HASH:
            return i + 1
    return low


def _continuation_marks(lowers: Sequence[int], start: int, end: int) -> list[tuple[int, int, int]]:
    """Listcont (session 26): where a sentence tells a step again for a new party: (subject
    start, subject end, marker) for "X followed (suit | in June | with its own)" and "X did the
    same", whose subject stands before the marker."""
    words = _continued_words()
    marks: list[tuple[int, int, int]] = []
    for k in range(start + 1, end - 1):
        word = lowers[k]
        if word in words["follow_verbs"]:
            if lowers[k + 1] not in words["follow_next"] or lowers[k - 1] in words["passive"]:
                continue
        elif word in words["same_verbs"]:
            if not (
                k + 2 < end and lowers[k + 1] == _THE_HASH and lowers[k + 2] in words["same_words"]
            ):
                continue
        else:
            continue
        if not words["negation"].isdisjoint(lowers[max(start, k - _NEGATION_REACH) : k]):
            continue  # "the European Union has so far not followed"
        marks.append((_subject_start(lowers, start, k), k, k))
    return marks


def _gapped_marks(
    lowers: Sequence[int], start: int, end: int, parties: Sequence[Found]
) -> list[tuple[int, int, int]]:
    """Listcont (session 26): an elided clause telling the step of the verb before it for
    another party and date ("India joined in 2023 and Estonia in 2024"): (parties start,
    parties end, the "in" / "on" after them) when "and" is followed by names of parties only,
    then its date word."""
    words = _continued_words()
    by_start = {p.start: p for p in parties}
    marks: list[tuple[int, int, int]] = []
    window = lowers[start + 2 : end - 2]
    # sp39: the links' places found in C (`_places`), not by a test a word
    for k in _places(window, words["gap_links"].intersection(window), start + 2):
        j, named = k + 1, False
        while j < end:
            if j in by_start:
                j, named = by_start[j].end, True
            elif lowers[j] in _LIST_JOINS and named or lowers[j] == _THE_HASH:
                j += 1
            else:
                break
        if named and j < end and lowers[j] in words["gap_dates"]:
            marks.append((k + 1, j, j))
    return marks


def _antecedent(
    events: list[dict[str, Any]], index: int, text: str, subject_char: int
) -> dict[str, Any] | None:
    """Listcont (session 26): the step a continuation tells again: the last one its sentence
    told before the continuation's subject, else the last one of the sentences just before.
    None when the sentence tells a step of its own in the subject or after it ("A finance
    network followed in September": the network is the step)."""
    own = [e for e in events if e["sentence"] == index]
    before = [e for e in own if 0 <= text.find(e["_cue_text"]) < subject_char]
    if own and len(before) < len(own):
        return None
    if before:
        return before[-1]
    earlier = [e for e in events if index - _CONTINUED_REACH <= e["sentence"] < index]
    return earlier[-1] if earlier else None


def _continued_steps(
    events: list[dict[str, Any]],
    tokens: _Tokens,
    index: int,
    sent: Sent,
    sent_spans: list[Found],
    present: set[int],
    told_here: bool,
) -> list[dict[str, Any]]:
    """Listcont (session 26): the steps a sentence tells as continuations of one told just
    before, in words that are no cue of its action: "Kazakhstan and Namibia followed in
    November 2022", "South Korea followed in June", "Chile did the same", "India joined in 2023
    and Estonia in 2024". Each is a step of its own of the antecedent's action and status, by
    the parties it names (the antecedent's when it names none: "The other two agreements
    followed in October"), on its own date, with the antecedent's partners ("X signed with Y;
    Z followed": Z with Y), and its minerals when it names none."""
    lowers = tokens.lowers
    words = _continued_words()
    # "and" is in most sentences: scan for "followed" / "the same" only where they stand
    following = not present.isdisjoint(words["following"])
    marks = _continuation_marks(lowers, sent.start, sent.end) if following else []
    if not marks and not told_here:
        return []  # sp39: no elided clause either, before the parties are listed
    parties = [s for s in sent_spans if s.label_ in ("COUNTRY", "BLOC")]
    gapped = (
        _gapped_marks(lowers, sent.start, sent.end, parties)
        if parties and told_here and not present.isdisjoint(words["gap_links"])
        else []
    )
    if not marks and not gapped:
        return []
    text = tokens.text[sent.start_char : sent.end_char]
    offsets = tokens.offsets
    dates = [d for d in find_dates(text, tokens.published) if d.kind == "event"]
    minerals = _unique([s.kb_id_ for s in sent_spans if s.label_ == "MINERAL"])
    out: list[dict[str, Any]] = []
    for low, high, marker, elided in [(*m, False) for m in marks] + [(*m, True) for m in gapped]:
        subject_char = offsets[low] - sent.start_char
        antecedent = _antecedent(events, index, text.lower(), subject_char)
        if antecedent is None:
            continue
        named = _unique([p.kb_id_ for p in parties if low <= p.start < high])
        if not named and (elided or lowers[marker] not in words["follow_verbs"]):
            continue
        at = offsets[marker] - sent.start_char
        when = next(
            (d.value for d in dates if at <= d.start <= at + _CONTINUED_DATE_REACH),
            None,
        )
        if elided and (
            when is None or not _after_date(dates, text, offsets[low - 1] - sent.start_char)
        ):
            continue
        if not named and when in (None, antecedent["event_date"]):
            continue
        step = _step_of_its_own(antecedent, antecedent["status"], when, "cue", marker)
        step.pop("_cue", None)
        if named:
            # "X signed with Y ...; Z followed": Z takes X's part, with Y
            partners = [p for p in antecedent["partners"] if p not in named]
            step.update(actors=named, partners=partners, _own_actors_kept=True)
        out.append(_told_in(step, antecedent, minerals, index, sent, text, when))
    return out


def _told_in(
    step: dict[str, Any],
    antecedent: dict[str, Any],
    minerals: list[str],
    index: int,
    sent: Sent,
    text: str,
    when: str | None,
) -> dict[str, Any]:
    """Listcont (session 26): a step told again, placed in the sentence that tells it, with its
    own minerals (the antecedent's when it names none) and no sum of the antecedent's."""
    step.update(
        minerals=minerals or list(antecedent["minerals"]),
        amount_usd=None,
        amount=None,
        currency=None,
        sentence=index,
        start_char=sent.start_char,
        end_char=sent.end_char,
        evidence=text.strip(),
        confidence=round(max(antecedent["confidence"] - 0.1, 0.3), 2),
        _year_told=when is not None and when[:4] in text,
        _elaborates=False,
        _also_minerals=[],
        _dated_name=False,
    )
    return step


def _first_made_marks(lowers: Sequence[int], start: int, end: int) -> list[int]:
    """Listcont (session 26): the participles of making right after the adverb "first" after a
    comma or an auxiliary ("The tender, first announced in 2018", "was first imposed")."""
    words = _continued_words()
    return [
        k + 1
        for k in range(start + 1, end - 1)
        if lowers[k] in words["first"]
        and lowers[k + 1] in words["made"]
        and lowers[k - 1] in words["first_after"]
    ]


# listcont (session 26): how far (characters) after the participle of making its date may stand
_MADE_DATE_REACH = 25


def _first_made_steps(
    events: list[dict[str, Any]],
    tokens: _Tokens,
    index: int,
    sent: Sent,
    sent_spans: list[Found],
) -> list[dict[str, Any]]:
    """Listcont (session 26): the making of the step just told, by "first" and the participle of
    making ("The ban was first imposed in January 2016", "The deal, first agreed in July last
    year, ..."): a step of its own of the last step told in the sentence or the ones just
    before, by the same parties, on its own date before that step's (or the report's): in
    force for a restriction imposed or introduced (R5), else decided (R6)."""
    near = [e for e in events if index - _CONTINUED_REACH <= e["sentence"] <= index]
    if not near:
        return []
    marks = _first_made_marks(tokens.lowers, sent.start, sent.end)
    if not marks:
        return []
    text = tokens.text[sent.start_char : sent.end_char]
    offsets = tokens.offsets
    dates = [d for d in find_dates(text, tokens.published) if d.kind == "event"]
    antecedent = near[-1]
    # the step it names was made before the one told, or before the report
    latest = antecedent["event_date"] or (
        tokens.published.isoformat() if tokens.published else None
    )
    minerals = _unique([s.kb_id_ for s in sent_spans if s.label_ == "MINERAL"])
    standing = _continued_words()["standing"]
    out: list[dict[str, Any]] = []
    for made in marks:
        at = offsets[made] - sent.start_char
        when = next((d.value for d in dates if at <= d.start <= at + _MADE_DATE_REACH), None)
        if when is None or latest is None or not _earlier_date(when, latest):
            continue
        status = (
            "in_force"
            if tokens.lowers[made] in standing and antecedent["action"] in _MADE_YEAR_ACTIONS
            else "agreed"
        )
        step = _step_of_its_own(antecedent, status, when, "cue", made)
        step.pop("_cue", None)
        out.append(_told_in(step, antecedent, minerals, index, sent, text, when))
    return out


def _earlier_date(when: str, latest: str) -> bool:
    """Listcont (session 26): whether `when` falls in an earlier month than `latest` (an
    earlier year, when either gives only a year)."""
    n = 7 if len(when) >= 7 and len(latest) >= 7 else 4
    return when[:n] < latest[:n]


def _after_date(dates: list[DateMention], text: str, link_char: int) -> bool:
    """Listcont (session 26): whether a date ends right before an elided clause's "and" ("joined
    in 2023 and Estonia in 2024"), so the clause before it told a dated step: not a list of
    parties ("talks between Japan and Korea in 2019")."""
    return any(d.end <= link_char and not text[d.end : link_char].strip(" ,") for d in dates)


def _with_continued_steps(
    events: list[dict[str, Any]], tokens: _Tokens, sents: list[Sent], spans: list[list[Found]]
) -> list[dict[str, Any]]:
    """Listcont (session 26): the document's events, then the continuations and makings of
    each sentence (`_continued_steps`, `_first_made_steps`), read in order so that a
    continuation may follow one before it ("Qatar joined in January, India followed in
    February"). They come last, so that the mentions told after them merge with the steps they
    merged with before."""
    words = _continued_words()
    continuing = words["follow_verbs"] | words["same_words"] | words["gap_links"]
    making = words["first"]
    told = list(events)
    # sp39: the sentences that told a step, kept beside `told` (`_continued_steps`' test)
    told_at = {e["sentence"] for e in events}
    added: list[dict[str, Any]] = []
    either = continuing | making
    # sp40: a sentence that told no step is continued only by a verb of following or "the
    # same" (`_continued_steps`; "and" opens a gap only after a step told there)
    rare = words["following"] | making
    lowers = tokens.lowers
    for index, sent in enumerate(sents):
        # sp39: most sentences hold neither kind of word, told from the list before a set is made
        words_here = lowers[sent.start : sent.end]
        if (either if index in told_at else rare).isdisjoint(words_here):
            continue
        present = set(words_here)
        steps = []
        if not continuing.isdisjoint(present):
            steps += _continued_steps(
                told, tokens, index, sent, spans[index], present, index in told_at
            )
        if not making.isdisjoint(present):
            steps += _first_made_steps(told, tokens, index, sent, spans[index])
        if steps:
            told = sorted([*told, *steps], key=operator.itemgetter("sentence"))
            told_at.update(step["sentence"] for step in steps)
            added.extend(steps)
    return [*events, *added] if added else events


_POSSESSIVE_WORDS = frozenset(hash_string(w) for w in ("its", "their"))
# evsplit: how many words after "the" / "its" the noun for what is stopped may stand ("the
# company's processing plant")
_WORKS_REACH = 4


@functools.cache
def _works_nouns() -> frozenset[int]:
    """The actions.yaml `evsplit_works_nouns`, hashed: works and goods a revoking verb may
    stop ("halted the plant"), which are no measure undone."""
    return frozenset(
        hash_string(w) for w in load_data(ACTIONS_FILE).get("evsplit_works_nouns") or ()
    )


# marks in `established` that the document's deal of this action was a firm's
_COMPANY_DEAL = "company:"
# the last word of a company's name (roles.yaml `company_forms`): "Kabanga Nickel Ltd"
_COMPANY_SUFFIXES = _words()["company_forms"]
# how many words after an agreement cue its "with" may stand, and the name after it
_WITH_REACH = 3
_NAME_REACH = 5


# the entity kinds a cue combo may name as its context (actions.yaml `context_labels`), besides
# MONEY, which is found only where a combo asks for it
_ENTITY_LABELS = ("BLOC", "COUNTRY", "MINERAL")
# a company's name ends in a legal form ("Blue Line Corp") or is a known firm of the trade
# (roles.yaml `firms`: "Albemarle", "CATL")
_COMPANY_WORD_IDS = frozenset(hash_string(w) for w in _COMPANY_SUFFIXES | _words()["firms"])
# "'s" after a country, and the words after "X-" that make X a firm's home ("Swiss-based")
_POSSESSIVE_IDS = frozenset(hash_string(w) for w in ("'s", "’s"))
_FIRM_COMPOUNDS = _words()["firm_compounds"]
_FIRM_COMPOUND_IDS = frozenset(hash_string(w) for w in _FIRM_COMPOUNDS)
# sp39: a country's last word's hash -> the hash of its part after a dash when that part is a
# firm compound ("Korean-made"), else None (`_label_positions`)
_COMPOUND_OF: dict[int, int | None] = {}
# ... of which these make the capitalised name after them a firm's ("Texas-based Blue Line",
# "London-listed Rainbow"); not "backed": "Rwanda-backed M23 rebels"
_FIRM_NAMING_IDS = frozenset(
    hash_string(w)
    for w in ("based", "listed", "headquartered", "registered", "domiciled", "incorporated")
)
_DASH_IDS = frozenset(hash_string(w) for w in ("-", "–"))
# words of government, law or fund (roles.yaml `government_nouns`) and leaders' names: a
# capitalised name holding one is no firm's ("China's Commerce Ministry", "Chile's Boric")
_NOT_FIRM_IDS = frozenset(hash_string(w) for w in _words()["government_nouns"]) | frozenset(
    leader_hashes()
)
# ... or ends in a word of the trade after another capitalised word, as the subject of a
# firm's step ("Westwater Resources signed", "U.S. Strategic Metals, which signed"); not after
# "with": the labels count a government's deal with such a firm ("Malawi's government signed
# a mining development agreement with Lindian Resources")
_NAME_TRADE_IDS = frozenset(
    hash_string(w)
    for w in (
        "resources",
        "mining",
        "mines",
        "minerals",
        "metals",
        "materials",
        "lithium",
        "energy",
        "industries",
        "chemical",
        "chemicals",
        "technologies",
    )
)
_WITH = hash_string("with")
# the small words inside a name of government ("Ministry of Energy and Mineral Resources")
_NAME_JOINER_IDS = frozenset(hash_string(w) for w in ("of", "and", "&", "for"))
# how many capitalised words a firm's name may run
_NAME_RUN = 4


def _capitalised(doc: Doc, i: int) -> bool:
    """Whether token i starts with a capital (a word of a name)."""
    return doc[i].text[:1].isupper()


def _name_after(doc: Doc, j: int, end: int, lowers: list[int], taken: set[int]) -> int | None:
    """The last word of a firm's name that starts at token j (a run of capitalised words, none
    a word of government nor a leader's, nor followed by one), or None."""
    k = j
    while k < end and k - j < _NAME_RUN and k not in taken and _capitalised(doc, k):
        if lowers[k] in _NOT_FIRM_IDS or doc[k].is_punct:
            return None
        k += 1
    if k == j:
        return None
    if k < end and lowers[k] in _NOT_FIRM_IDS:
        return None  # "China's Commerce ministry"
    return k - 1


def _name_start(doc: Doc, i: int, start: int, taken: set[int]) -> int:
    """The first word of the capitalised name that ends at token i."""
    j = i
    while j > start and i - j < _NAME_RUN and j - 1 not in taken and _capitalised(doc, j - 1):
        if doc[j - 1].is_punct:
            break
        j -= 1
    return j


def _trade_name(doc: Doc, i: int, start: int, end: int, lowers: list[int], taken: set[int]) -> bool:
    """Whether a capitalised word of the trade at i closes a firm's name ("Karo Resources
    said"): the word before it is capitalised and no country's or bloc's, the word after it
    goes on with no name ("the Critical Minerals Office"), no word of government stands in the
    name or joined before it ("Ministry of Energy and Mineral Resources"), and no "with" before
    the name."""
    if i <= start or i - 1 in taken or not _capitalised(doc, i) or not _capitalised(doc, i - 1):
        return False
    if i + 1 < end and _capitalised(doc, i + 1) and lowers[i + 1] not in _COMPANY_WORD_IDS:
        return False
    j = i - 1
    while j >= start and i - j <= _NAME_RUN + 2:
        word = lowers[j]
        if word in _NOT_FIRM_IDS or word == _WITH:
            return False
        if not (_capitalised(doc, j) or word in _NAME_JOINER_IDS) or doc[j].is_punct:
            break
        j -= 1
    # "with Saudi Arabia's Manara Minerals": past the firm's home
    if j > start and lowers[j] in _POSSESSIVE_IDS:
        j -= 1
        while j > start and j in taken:
            j -= 1
    return not (j >= start and lowers[j] == _WITH)


def _label_positions(
    tokens: _Tokens, sent: Sent, sent_spans: list[Found], present: set[int] | None = None
) -> dict[str, list[int]]:
    """Where a sentence names each kind of entity a combo may take as context: a bloc, a
    country or a mineral (first and last word of the name), and a company (first and last word
    of its name) by a legal form ("Blue Line Corp"), a known firm ("Albemarle") or a name after
    "-based" or "-listed" ("Texas-based Blue Line"), so that one rule can say "a deal with a
    country", "a deal with a company" or "a contract for lithium hydroxide". A country named as
    a firm's home ("a deal with Morocco's Managem", "Swiss-based Glencore") is no country
    there."""
    # sp39: a display, not a comprehension's frame a sentence (`_ENTITY_LABELS`, in its order)
    positions: dict[str, list[int]] = {"BLOC": [], "COUNTRY": [], "MINERAL": []}
    lowers = tokens.lowers
    doc = tokens.doc
    start, end = sent.start, sent.end
    words = lowers[start:end]
    # sp40: the words as a set (`present`, the caller's when given), hashed once for the four
    # word-list tests below (a set keeps its hashes; a list's 64-bit ints are hashed again at
    # every test)
    if present is None:
        present = set(words)
    taken, in_bloc = party_words(sent_spans)
    ends: set[int] = set()
    for span in sent_spans:
        if span.label_ == "COUNTRY":
            after = span.end
            if after + 1 < end and lowers[after] in _POSSESSIVE_IDS:
                # "China's Tianqi", "Morocco's Managem": a home, no country (a firm only by its
                # own name's form, below: "Australia's Penny Wong" is a minister)
                if _name_after(doc, after + 1, end, lowers, taken) is not None:
                    continue
                if lowers[after + 1] in _SMALL_FIRM_IDS:
                    continue  # actp: "Germany's thyssenkrupp"
            else:
                # "Swiss-based Glencore", "U.S.-based KoBold Metals", "Korean-made vehicles": a
                # home; the name after "-based" or "-listed" is a firm's
                compound, j = None, after
                if after + 1 < end and lowers[after] in _DASH_IDS:
                    compound, j = lowers[after + 1], after + 2
                else:
                    # the lower form from its hash: no Token made; sp39, its compound's kept
                    # by the hash (a hash names one string), as countries' last words repeat
                    last = lowers[after - 1]
                    try:
                        compound = _COMPOUND_OF[last]
                    except KeyError:
                        word = doc.vocab.strings[last].rpartition("-")[2]
                        compound = _COMPOUND_OF[last] = (
                            hash_string(word) if word in _FIRM_COMPOUNDS else None
                        )
                if compound in _FIRM_COMPOUND_IDS:
                    if compound in _FIRM_NAMING_IDS and j < end:
                        name = _name_after(doc, j, end, lowers, taken)
                        if name is not None:
                            ends.add(name)
                    continue
        found = positions.get(span.label_)
        if found is not None:
            found.append(span.start)
            if span.end - 1 > span.start:
                found.append(span.end - 1)
    # "Texas-based Blue Line", "London-listed Rainbow": a capitalised home of any kind
    if not _FIRM_COMPOUND_IDS.isdisjoint(present):
        # sp40: the places of the naming words by C scans (`_places`), not a test a word
        for i in _places(words, _FIRM_NAMING_IDS.intersection(present), start):
            if (
                start + 2 <= i < end - 1
                and lowers[i - 1] in _DASH_IDS
                and i - 2 not in taken
                and _capitalised(doc, i - 2)
            ):
                name = _name_after(doc, i + 1, end, lowers, taken)
                if name is not None:
                    ends.add(name)
    found = _COMPANY_WORD_IDS.intersection(present)
    if found:
        # a word of a bloc's name is none of a firm's ("the Group of Seven")
        for i in _places(words, found, start):
            if (doc[i].is_title or doc[i].is_upper) and i not in in_bloc:
                ends.add(i)
    found = _NAME_TRADE_IDS.intersection(present)
    if found:
        for i in _places(words, found, start):
            if i > start and i not in in_bloc and _trade_name(doc, i, start, end, lowers, taken):
                ends.add(i)
    if not _SMALL_FIRM_IDS.isdisjoint(present):  # sp40: `_small_firms`' gate, here
        ends.update(_small_firms(lowers, start, end, in_bloc))
    companies: set[int] = set()
    for i in ends:
        companies.add(i)
        # a bloc's words are among `taken` already
        companies.add(_name_start(doc, i, start, taken))
    positions["COMPANY"] = sorted(companies)
    return positions


# actp: firms written in lower case (roles.yaml `firms_small`), which no capital test finds
_SMALL_FIRM_IDS = frozenset(hash_string(w) for w in _words().get("firms_small", ()))


def _places(words: list[int], found: set[int] | frozenset[int], base: int) -> list[int]:
    """Where the words of `found` stand among `words` (each word's place plus `base`), in order:
    sp39, found by C scans (`list.count`, `list.index`), not by a test a word in Python, as the
    words looked for stand in few places of a sentence."""
    out: list[int] = []
    for word in found:
        i = -1
        for _ in range(words.count(word)):
            i = words.index(word, i + 1)
            out.append(base + i)
    if len(found) > 1:
        out.sort()
    return out


def _small_firms(lowers: list[int], start: int, end: int, in_bloc: set[int]) -> list[int]:
    """The words of a sentence that name a firm written in lower case ("ioneer",
    "thyssenkrupp"): its deals are a firm's, though its name has no capital."""
    if _SMALL_FIRM_IDS.isdisjoint(lowers[start:end]):
        return []
    return [i for i in range(start, end) if lowers[i] in _SMALL_FIRM_IDS and i not in in_bloc]


def party_words(spans: Iterable[Found]) -> tuple[set[int], set[int]]:
    """(the words of countries and blocs, the words of blocs) among `spans`, token indices, in
    one walk over them: no firm's name holds either, and the first holds the second, so a
    name is bounded by the first alone."""
    taken: set[int] = set()
    in_bloc: set[int] = set()
    for span in spans:
        if span.label_ == "BLOC":
            in_bloc.update(range(span.start, span.end))
        elif span.label_ == "COUNTRY":
            taken.update(range(span.start, span.end))
    taken |= in_bloc
    return taken, in_bloc


def _with_company(doc: Doc, end: int, sent_end: int, companies: Sequence[int] = ()) -> bool:
    """Whether an agreement cue is followed by "with" and a company's name ("a memorandum
    with Texas-based Blue Line Corp", "a deal with China's Tianqi", `_label_positions`): a deal
    of a firm, not between governments."""
    for i in range(end, min(end + _WITH_REACH, sent_end)):
        token = doc[i]
        if token.is_punct:
            return False
        if token.lower_ != "with":
            continue
        for j in range(i + 1, min(i + 1 + _NAME_REACH + 1, sent_end)):
            name = doc[j]
            if j in companies:
                return True
            if name.lower_ in _COMPANY_SUFFIXES and (name.is_title or name.is_upper):
                return True
            if name.is_punct and name.text not in ("-", "'s", "’s"):
                return False
        return False
    return False


# the nouns of a deal that, followed by "with" and a firm's name, make the document's agreement
# a firm's (`_firm_deals`); not talks: a government's talks with a firm are mostly counted
# ("Pakistan is in talks with Saudi Arabia's Manara Minerals ... The negotiations")
_FIRM_DEAL_NOUNS = frozenset(
    hash_string(w)
    for w in (
        "agreement",
        "agreements",
        "memorandum",
        "memoranda",
        "mou",
        "deal",
        "deals",
        "partnership",
        "arrangement",
        "arrangements",
        "accord",
    )
)
_FIRM_AGREEMENT = _COMPANY_DEAL + "agreement"
# a government named before the deal signs it ("The Government of Ghana has signed a memorandum
# with China's state-owned Sinohydro Corporation"): the labels count such a deal, and "the
# agreement" after it. Narrower than roles.yaml `government_nouns`, which holds "state-owned".
_GOVERNMENT_SIGNERS = frozenset(
    hash_string(w) for w in ("government", "governments", "ministry", "minister", "cabinet")
)


def _firm_deals(tokens: _Tokens, sent: Sent, companies: list[int], established: set[str]) -> None:
    """Marks in `established` the deal of a firm the sentence tells ("signed a
    memorandum of understanding with Ford Motor Co."), so that "the MoU" after it is no pact of
    governments, though an exclusion took the cue from it (`_with_company`)."""
    lowers = tokens.lowers[sent.start : sent.end]
    if _FIRM_AGREEMENT in established or _FIRM_DEAL_NOUNS.isdisjoint(lowers):
        return
    for i, word in enumerate(lowers):
        if word in _FIRM_DEAL_NOUNS and _with_company(
            tokens.doc, sent.start + i + 1, sent.end, companies
        ):
            if _GOVERNMENT_SIGNERS.isdisjoint(lowers[:i]):
                established.add(_FIRM_AGREEMENT)
            return


def _clause_marks(
    lowers: list[int],
    base: int,
    barrier_words: frozenset[int],
    clause_words: frozenset[int],
    punct: frozenset[int],
    words: set[int] | None = None,
) -> tuple[list[int], list[int]]:
    """(barriers, clause starts) of a sentence, token indices: barriers are the
    words a status cue does not reach across (";", ":", dashes); a new clause begins after ";"
    and at ", and" / ", but" / ", while" before a new subject ("..., and since 2023 it has
    required ...")."""
    # the marks are a few tokens of a sentence: set membership and list.index find them in C
    # instead of a Python test of every token
    # sp40: `words`, the sentence's words as a set when the caller has one (no word hashed)
    present = barrier_words.intersection(lowers if words is None else words)
    has_comma = _COMMA in (lowers if words is None else words)
    if not present and not has_comma:
        return [], []
    barriers = [i for word in present for i in _positions(lowers, word, base)]
    if len(present) > 1:
        barriers.sort()
    starts: list[int] = []
    last = len(lowers)
    if _SEMICOLON in present:
        starts = [i + 1 for i in _positions(lowers, _SEMICOLON, base) if i - base + 1 < last]
    if has_comma:
        commas = [
            base + i + 1
            for i in _positions(lowers, _COMMA, 0)
            if i + 2 < last and lowers[i + 1] in clause_words and lowers[i + 2] not in punct
        ]
        if commas:
            starts = sorted(starts + commas) if starts else commas
    return barriers, starts


def _positions(lowers: list[int], word: int, base: int) -> list[int]:
    """base + every index of `word` in lowers, in order."""
    out: list[int] = []
    i = -1
    for _ in range(lowers.count(word)):
        i = lowers.index(word, i + 1)
        out.append(base + i)
    return out


def clause_anchors(
    cues: list[ActionCue],
    clause_starts: list[int],
    dated: dict[int, tuple[str, int]] | None = None,
) -> list[ActionCue]:
    """One anchor per action and clause: the earliest strong cue of that action there; a
    measure named by its year (`dated`, cue start -> year) anchors an event of its own ("the
    list, drawn up under a 2017 executive order")."""
    seen: dict[tuple[str, int, int], ActionCue] = {}
    named = [c for c in cues if c.start in dated] if dated else []
    for cue in sorted(cues, key=_CUE_START):
        own = -1
        if named:
            # a cue overlapping the dated name is that name ("a 2017 overhaul of the mining laws")
            own = next(
                (
                    n.start
                    for n in named
                    if n.action == cue.action and cue.start < n.end and n.start < cue.end
                ),
                -1,
            )
        if own >= 0 and own != cue.start:
            continue
        seen.setdefault((cue.action, bisect.bisect_right(clause_starts, cue.start), own), cue)
    return list(seen.values())


def _first_at_each_start(cues: Iterable[ActionCue]) -> list[ActionCue]:
    """One cue for each start: cues of one action starting at one word ("banned exports" and
    "banned") are one mention, a step told once."""
    seen: dict[tuple[str, int], ActionCue] = {}
    for cue in cues:
        seen.setdefault((cue.action, cue.start), cue)
    return list(seen.values())


def _crosses(cue: ActionCue, clause_starts: list[int]) -> bool:
    """Whether a cue's words run over a clause start (a combo's context in one clause, its
    trigger in the next)."""
    i = bisect.bisect_right(clause_starts, cue.start)
    return i < len(clause_starts) and clause_starts[i] < cue.end


def one_per_span(anchors: list[ActionCue], clause_starts: list[int]) -> list[ActionCue]:
    """Anchors of one action whose words overlap tell one step, not two: of two such, the one
    within a single clause stands (a combo that reaches over from the clause before only
    repeats its words, "..., and authorities blocked exports"), else the earlier."""
    if len(anchors) < 2:
        return list(anchors)  # sp40: one anchor overlaps none (most sentences)
    out: list[ActionCue] = []
    for cue in anchors:
        other = None
        for k, a in enumerate(out):  # sp40: a plain loop, not a generator in next()
            if a.action == cue.action and a.start < cue.end and cue.start < a.end:
                other = k
                break
        if other is None:
            out.append(cue)
        elif _crosses(out[other], clause_starts) and not _crosses(cue, clause_starts):
            out[other] = cue
    return out


_AND = hash_string("and")
_SINCE = hash_string("since")


def _second_group(
    event: dict[str, Any],
    doc: Doc,
    lowers: list[int],
    cue: ActionCue,
    clause: tuple[int, int],
    mineral_spans: list[Found],
    dates: list[DateMention],
    h: dict[str, frozenset[int]],
) -> list[dict[str, Any]]:
    """A second step told by one cue on other minerals at another date ("licences for gallium
    since August 2023 and for graphite since December"): the event keeps the minerals and date
    before "and for" / "and of" / "and on", and a copy takes those after it."""
    c_start, c_end = clause
    sent_char = event["start_char"]
    if c_end - 2 <= cue.end:
        return []
    # sp40: the places of "and" found by C scans (`_positions`), not a test a word in Python
    for i in _positions(lowers[cue.end : c_end - 2], _AND, cue.end):
        if lowers[i + 1] not in h["group_prepositions"]:
            continue
        if not any(i + 2 <= s.start <= i + 5 for s in mineral_spans):
            return []
        first = _unique([s.kb_id_ for s in mineral_spans if c_start <= s.start < i])
        second = _unique([s.kb_id_ for s in mineral_spans if i <= s.start < c_end])
        if not first or not second or not set(first).isdisjoint(second):
            return []
        at = doc[i].idx - sent_char
        end = doc[c_end - 1].idx - sent_char
        # "since August 2023" is an event's date as much as "in 2023"; a deadline is not
        before = [d for d in dates if d.kind != "deadline" and d.start < at]
        after = [d for d in dates if d.kind != "deadline" and at <= d.start <= end]
        # each group dated apart: "since December that year" may not resolve to a date
        if not before or not (after or _SINCE in lowers[i:c_end]):
            return []
        event["minerals"] = first
        event["event_date"] = before[-1].value
        step = dict(event)
        step.update(minerals=second, event_date=after[0].value if after else None, _cue=i)
        return [step]
    return []


# evsplit: the words that may stand between a list's separator and the minerals of its next
# group ("..., for graphite since December", "and bauxite exports from June 2023")
@functools.cache
def _evsplit_fillers() -> frozenset[int]:
    """The actions.yaml `evsplit_list_fillers`, hashed."""
    words = load_data(ACTIONS_FILE).get("evsplit_list_fillers") or ()
    return frozenset(hash_string(w) for w in words)


# evsplit: how many tokens a separator may stand before its group's first mineral, and how long
# a group after the cue may run (separator to its date's end) before it is read as another story
_LIST_GAP = 3
_LIST_GROUP_REACH = 14


def _list_separators(
    lowers: list[int], start: int, end: int, mineral_starts: list[int]
) -> list[int]:
    """Token indices in [start, end) of a ',' or 'and' whose next words, fillers only, lead to a
    mineral: where a dated list ("gallium in August 2023, graphite in December and antimony in
    2024") opens its next group; of several before one mineral (", and for") the first."""
    fillers = _evsplit_fillers()
    out: list[int] = []
    taken: set[int] = set()
    for i in range(start, end):
        if lowers[i] != _COMMA and lowers[i] != _AND:
            continue
        j = i + 1
        while j < end and j - i <= _LIST_GAP and j not in mineral_starts:
            if lowers[j] not in fillers and lowers[j] != _COMMA:
                break
            j += 1
        if j < end and j - i <= _LIST_GAP and j in mineral_starts and j not in taken:
            taken.add(j)
            out.append(i)
    return out


def _list_end(
    cue: ActionCue,
    clause_end: int,
    sent_end: int,
    clause_starts: list[int],
    cues: list[ActionCue],
    mineral_starts: list[int],
) -> int:
    """Where a dated list that starts in the cue's clause ends: later clauses that open on more
    minerals of the list (", and for antimony since 2024") and hold no cue of the action belong
    to it."""
    end = clause_end
    while end < sent_end and any(end < m <= end + _LIST_GAP for m in mineral_starts):
        k = bisect.bisect_right(clause_starts, end)
        nxt = clause_starts[k] if k < len(clause_starts) else sent_end
        if any(c.action == cue.action and end <= c.start < nxt for c in cues):
            break
        end = nxt
    return end


def _dated_groups(
    event: dict[str, Any],
    doc: Doc,
    lowers: list[int],
    cue: ActionCue,
    clause: tuple[int, int],
    sent_end: int,
    clause_starts: list[int],
    cues: list[ActionCue],
    mineral_spans: list[Found],
    dates: list[DateMention],
) -> list[dict[str, Any]]:
    """Steps of one cue told as a list of mineral groups each dated apart ("licences for gallium
    and germanium since August 2023, for graphite since December 2023 and for antimony since
    September 2024", "banned nickel ore exports from 2020 and bauxite exports from June 2023"):
    the event keeps the first group's minerals and date, a copy is made for each later group.
    Groups with no date after their minerals join the next ("gallium and germanium in 2023");
    every group must end dated, on minerals no other group names, at a date no other group
    has."""
    if not mineral_spans or len(dates) < 2:
        return []
    c_start, c_end = clause
    starts = [s.start for s in mineral_spans]
    end = _list_end(cue, c_end, sent_end, clause_starts, cues, starts)
    seps = _list_separators(lowers, cue.end, end, starts)
    if not seps:
        return []
    sent_char = event["start_char"]
    bounds = [c_start, *seps, end]
    groups: list[tuple[list[str], str, int]] = []
    pending: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        named_here = [s for s in mineral_spans if a <= s.start < b]
        pending += [s.kb_id_ for s in named_here]
        if not named_here:
            continue
        # a group's date follows its minerals: a date before them is the clause's, not theirs
        low = doc[named_here[0].start].idx - sent_char
        high = doc[b].idx - sent_char if b < len(doc) else len(event["evidence"]) + 1000
        own = [d for d in dates if d.kind != "deadline" and low <= d.start < high]
        if not own:
            continue
        if a != c_start and b - a > _LIST_GROUP_REACH:
            return []
        groups.append((_unique(pending), own[0].value, a))
        pending = []
    if pending or len(groups) < 2:
        return []
    named = [m for g in groups for m in g[0]]
    values = [g[1] for g in groups]
    if (
        not all(g[0] for g in groups)
        or len(set(named)) < len(named)
        or len(set(values)) < len(values)
    ):
        return []
    event["minerals"], event["event_date"] = groups[0][0], groups[0][1]
    out = []
    for minerals, value, at in groups[1:]:
        step = dict(event)
        step.update(minerals=minerals, event_date=value, _cue=at)
        out.append(step)
    return out


def _mineral_steps(
    anchors: list[ActionCue],
    cues: list[ActionCue],
    clause_starts: list[int],
    sent_start: int,
    sent_end: int,
    mineral_spans: list[Found],
) -> dict[int, tuple[int, int, tuple[str, ...]]]:
    """Cue start -> (start, end, minerals) of its stretch of a clause that tells two steps of
    one action on different minerals, each named by a cue of its own ("licensing for gallium
    that took effect in August and a decision to require permits for graphite exports"): the
    words from each cue to the next one's are that step's. A clause whose later cues name no
    minerals of their own keeps one event."""
    out: dict[int, tuple[int, int, tuple[str, ...]]] = {}
    if len(cues) < 2 or not mineral_spans:
        return out
    for anchor in anchors:
        clause = bisect.bisect_right(clause_starts, anchor.start)
        c_start = clause_starts[clause - 1] if clause else sent_start
        c_end = clause_starts[clause] if clause < len(clause_starts) else sent_end
        chain = [anchor]
        for cue in sorted(cues, key=_CUE_START):
            if (
                cue.action == anchor.action
                and cue.kind != "weak"
                and cue.start >= chain[-1].end
                and cue.start < c_end
            ):
                chain.append(cue)
        if len(chain) < 2 or any(
            c.start < anchor.start
            for c in cues
            if c is not anchor and c.action == anchor.action and c_start <= c.start
        ):
            continue
        bounds = [c_start] + [c.start for c in chain[1:]] + [c_end]
        steps = [
            tuple(_unique([s.kb_id_ for s in mineral_spans if a <= s.start < b]))
            for a, b in zip(bounds, bounds[1:], strict=False)
        ]
        named = [m for m in steps if m]
        if len(named) < 2 or len({m for step in named for m in step}) < sum(map(len, named)):
            continue  # one mineral named in two stretches: one step told at length
        # a stretch naming no mineral belongs to the step before it
        for i, cue in enumerate(chain):
            out[cue.start] = (bounds[i], bounds[i + 1], steps[i])
    return out


# words that may stand before a year naming a measure: "a 2017 ban", "Indonesia's 2020 ban"
_YEAR_DETERMINERS = _words()["year_determiners"]
# how many capitalised words may stand between the year and the cue ("the 2010 Dodd-Frank Act")
_YEAR_NAME_REACH = 3


# the last word of a law's or a plan's capitalised name: "Energy Act", "Metals Plan"
_NAME_HEADS = {
    hash_string(w.lower()): w for w in ("Act", "Plan", "Strategy", "Law", "Code", "Decree")
}
# words that make a law the legal basis of another step: "under Section 232 of the ... Act"
_LAW_PARTS = _words()["law_parts"]
# how many capitalised words a law's name may have before "Act"
_ACT_NAME_REACH = 6


def _dated_acts(
    doc: Doc, lowers: list[int], sents: list[Sent], starts: list[int], published: date | None
) -> dict[int, list[ActionCue]]:
    """Sentence index -> strategy cues for laws and plans named as a capitalised "... Act"
    ("... Plan", "... Code") and dated by a year before the report's ("the Energy Act of 2020",
    "the 2010 Dodd-Frank Act", "the Minerals and Metals Plan of 2019"); not the section of a
    law cited as the basis of another step ("Section 232 of the Trade Expansion Act of 1962")."""
    if published is None:
        return {}
    # one pass over the words in C: most documents name none of these
    present = _HEADS_AND_LIST.intersection(lowers)
    if not present:
        return {}
    heads = [h for h in _NAME_HEADS if h in present]
    out: dict[int, list[ActionCue]] = {}
    if _LIST in present:
        _dated_lists(doc, lowers, sents, starts, published, out)
    if not heads:
        return out
    positions = [(i, _NAME_HEADS[h]) for h in heads for i in _positions(lowers, h, 0)]
    for i, head in sorted(positions):
        if i == 0 or doc[i].text != head:
            continue
        j = i
        while j > 0 and i - j < _ACT_NAME_REACH:
            prev = doc[j - 1]
            # a hyphenated name is read across its hyphen ("the 2010 Dodd-Frank Act")
            if prev.text == "-" and j > 1 and doc[j - 2].is_title and j < i:
                j -= 1
                continue
            if not prev.is_title or prev.lower_ in _YEAR_DETERMINERS:
                break
            j -= 1
        if j == i or any(doc[k].lower_ in _LAW_PARTS for k in range(max(0, j - 5), j)):
            continue
        index = bisect.bisect_right(starts, j) - 1
        sent = sents[index]
        if j < sent.start:
            continue
        cue = ActionCue("strategy", j, i + 1, "phrase", i + 1.5 - j)
        if _dated_names(doc, [cue], sent.start, sent.end, published):
            out.setdefault(index, []).append(cue)
    return out


_LIST = hash_string("list")
_HEADS_AND_LIST = frozenset(_NAME_HEADS) | {_LIST}
# lists that are no list of minerals: "the Entity List", "a list of tariff lines"
_OTHER_LISTS = _words()["other_lists"]


def _dated_lists(
    doc: Doc,
    lowers: list[int],
    sents: list[Sent],
    starts: list[int],
    published: date,
    out: dict[int, list[ActionCue]],
) -> None:
    """Strategy cues for a list named by the year it was drawn up ("the 2018 list", "its own
    list, first drawn up in 2018"): in a text about minerals, a critical minerals list."""
    for i in _positions(lowers, _LIST, 0):
        if i == 0 or doc[i - 1].lower_ in _OTHER_LISTS:
            continue
        index = bisect.bisect_right(starts, i) - 1
        sent = sents[index]
        cue = ActionCue("strategy", i, i + 1, "phrase", 1.5)
        name = _dated_names(doc, [cue], sent.start, sent.end, published).get(i)
        if name is not None and name[1] < i:
            out.setdefault(index, []).append(cue)


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


# Text that may hold a `_year` token ("19" or "20" and two more word characters, a superset of
# digits): a sentence without it names no measure by its year, and its cues are not walked.
_YEAR_LIKE = re.compile(r"(?:19|20)\w\w")


# stdate: a date of another clause of the sentence ("Washington raised tariffs on May 10, and
# Beijing responded with duties of its own") dates that clause's step, not this one
def _clause_date(mentions: list[DateMention], cue_char: int, low: int, high: int) -> str | None:
    """The event date of a cue in a sentence of several clauses (`_clause_marks`), the clause
    spanning characters [low, high): the event date nearest the cue inside its own clause when
    that clause has one, else the nearest in the sentence."""
    own = [d for d in mentions if d.kind == "event" and low <= d.start < high]
    return event_date(own or mentions, cue_char)


# dc35: what follows a start date that makes it a baseline or a period, not a start ("cut
# emissions by 23% from 1990 levels", "prices have fallen from last year's peaks")
_DC35_NOT_START = re.compile(r"^(?:['\u2019]s\b|\s+(?:levels?|figures|highs?|lows?|peaks?)\b)")


# dc35: a past verb in the clause before a start named without its year ("raised its tariff
# on imports of US rare earth ore to 25% from June 1"), and words that tell a step to come
_DC35_PAST_VERB = re.compile(
    r"\b(?:\w{3,}ed|began|took|set|cut|put|made|brought|imposed|hit)\b", re.IGNORECASE
)
_DC35_TO_COME = re.compile(
    r"\b(?:will|would|shall|plans?|intends?|expects?|due|set\s+to|is\s+to|are\s+to|to\s+be|from\s+now)\b",
    re.IGNORECASE,
)
_DC35_YEAR = re.compile(r"\d{4}")
_DC35_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])", re.IGNORECASE
)
# how far ahead of the report a start named without its year must have been read for its
# clause's past verb to make it last year's: nearer, it is a start still to come
DC35_PAST_START_AHEAD = 60


def _dc35_started(
    mentions: list[DateMention], text: str, cue_char: int, published: date | None
) -> str | None:
    """The date of a step the sentence dates only by when it took effect, once that day is
    past ("Indonesia banned exports of nickel ore from January 2020", "China retaliated with
    higher tariffs ... from June 1", "required exporters ... to obtain licences from December
    1"): the labels date such a step by its start. A start on the report's day or after it
    ("will impose duties from July 1", "is set to begin on Tuesday") is when the step is due,
    not when it was taken, and dates nothing; so does a baseline ("from 1990 levels"). A start
    named without its year, read ahead as starts are, is last year's when its clause tells a
    step taken ("Washington raised tariffs on Chinese tungsten products to 25% from January 1"
    in April: `_dc35_past_start`)."""
    if published is None:
        return None
    pub = published.isoformat()
    past = []
    for m in mentions:
        if m.kind != "effective" or _DC35_NOT_START.match(text[m.end : m.end + 12]):
            continue
        value = m.value if m.value < pub[: len(m.value)] else _dc35_past_start(m, text, pub)
        if value is not None:
            past.append((abs(m.start - cue_char), value))
    return min(past)[1] if past else None


def _dc35_past_start(mention: DateMention, text: str, pub: str) -> str | None:
    """The year before of a start named without its year and read ahead of the report, when
    the clause before it tells a step taken (a past verb, no word of a step to come), else
    None."""
    if _DC35_YEAR.search(mention.text) or not _DC35_MONTH.search(mention.text):
        return None  # a year named, or a weekday ("from Tuesday"): read as it is
    ahead = date.fromisoformat(mention.value if len(mention.value) == 10 else mention.value + "-01")
    if (ahead - date.fromisoformat(pub)).days <= DC35_PAST_START_AHEAD:
        return None  # "announced tariffs ... from February 10" four days on: still to come
    before = text[max(0, mention.start - 160) : mention.start]
    clause = re.split(r"[;:]|,\s", before)[-1]
    if not _DC35_PAST_VERB.search(clause) or _DC35_TO_COME.search(clause):
        return None
    year = int(mention.value[:4]) - 1
    value = f"{year:04d}{mention.value[4:]}"
    if len(value) == 10 and value[5:] == "02-29":
        return None
    return value if value < pub[: len(value)] else None


# dc35: a step dated by its distance from another ("..., a day after Washington added 140
# companies to its entity list", "Two days earlier, Trump announced Project Vault", "A day
# later the ministry opened an investigation", "comes two weeks after EU lawmakers reached a
# provisional agreement")
_DC35_OFFSET = re.compile(
    r"\b(?P<q>(?:just|only|less\s+than|more\s+than|about|nearly|some|almost)\s+)?"
    r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>days?|weeks?)\s+"
    r"(?P<dir>after|before|earlier|later)\b",
    re.IGNORECASE,
)
_DC35_COUNTS = {"a": 1, **WORD_NUMBERS}


def _dc35_may_offset(text: str) -> bool:
    """Sp39: whether `_DC35_OFFSET` may match: a match holds "day" or "week", which the
    lower-cased text of an ASCII sentence (most) shows exactly; the expression, tried at every
    word, was the extractor's costliest by time, and two sentences in three lack both."""
    if not text.isascii():
        return True  # a case-blind match of other letters is the expression's to tell
    low = text.lower()
    return "day" in low or "week" in low


def _dc35_offset_dates(events: list[dict[str, Any]], published: date | None) -> None:
    """The date of a step told by its distance from another: "X, a day after Y" and "X came two
    days after Y" date Y's step a day (two) before X's; "A day earlier Y", "Y ... a day later"
    date Y's step from the step told before. X's day is a day of the sentence named before the
    phrase ("China on Tuesday banned ..., a day after Washington added ..."), else the day of
    the last step told before the sentence ("The move came a day after ..."), else, in the
    lead, the report's day. A step after "after"/"before" is Y's; "earlier"/"later" date the
    step of their own clause. A step with a date of its own after the phrase keeps it, and so
    does one the phrase follows that has a date ("announced a levy on April 2, then suspended
    it a week later"). Weeks counted from a day of the sentence give a day; counted from
    another sentence's day or the report's, told loosely ("less than two weeks after"), they
    give the month, and only to a step still undated once retellings have merged: a
    retelling's own day is the better date. Each date is set after merging and status
    (`_dc35_set_date`)."""
    if published is None:
        return
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for event in events:
        by_sentence.setdefault(event["sentence"], []).append(event)
    # sp40: the groups read so far; the last day shown before a sentence is read from them
    # only where an offset phrase stands (`_dc35_last_day`), not after every sentence
    done: list[list[dict[str, Any]]] = []
    for index in sorted(by_sentence):
        group = by_sentence[index]
        text = group[0]["evidence"]
        phrases = (
            list(_DC35_OFFSET.finditer(text))
            if ("after" in text or "before" in text or ("earlier" in text or "later" in text))
            and _dc35_may_offset(text)
            else []
        )
        if phrases:
            mentions = find_dates(text, published)
            last = _dc35_last_day(done)
            for event in group:
                at = event.get("_dc35_at")
                if at is None:
                    continue
                found = _dc35_offset_value(phrases, mentions, at, event, last, index, published)
                if found is None:
                    continue
                value, loose = found
                if not loose:
                    event["_dc35_date"] = (event["event_date"], value)
                elif not event.get("_dc35_date"):
                    event["_dc35_date"] = (None, value)
        done.append(group)


def _dc35_last_day(groups: list[list[dict[str, Any]]]) -> str | None:
    """The first full day the latest of these sentences' groups of events shows that shows any
    (`_dc35_shown`); a group's events are not changed once the sentence after it is read."""
    for group in reversed(groups):
        for event in group:
            day = _dc35_shown(event)
            if day and len(day) == 10:
                return day
    return None


def _dc35_offset_value(
    phrases: list[re.Match[str]],
    mentions: list[DateMention],
    at: tuple[int, int, int],
    event: dict[str, Any],
    last: str | None,
    index: int,
    published: date,
) -> tuple[str, bool] | None:
    """The date a cue at `at` (cue, clause start, clause end) takes from the offset phrase
    that governs it, and whether it is a loose month (see `_dc35_offset_dates`), or None."""
    cue, low, high = at
    for m in reversed(phrases):
        back = m.group("dir").lower() in ("earlier", "later")
        # the phrase governs its own clause, or the sentence it opens
        if not (low <= m.start() < high or m.start() == 0) or not (back or m.end() <= cue):
            continue
        if m.end() > cue and event.get("event_date"):
            return None  # "announced ... on April 2, then suspended it a week later"
        weeks = m.group("u").lower().startswith("week")
        if not weeks and m.group("q"):
            return None  # "more than a day after": no day
        if any(d.start >= m.end() and d.kind == "event" for d in mentions):
            return None  # a date after the phrase: the step's own
        before = [d for d in mentions if d.end <= m.start() and d.kind == "event"]
        if before and len(before[-1].value) != 10:
            return None  # "in April ..., a week later": no day to count from
        base = (
            before[-1].value
            if before
            else last
            if last is not None
            else published.isoformat()
            if index == 0
            else None
        )
        if base is None:
            return None
        n = _DC35_COUNTS[m.group("n").lower()]
        sign = -1 if m.group("dir").lower() in ("after", "earlier") else 1
        day = date.fromisoformat(base) + timedelta(days=sign * n * (7 if weeks else 1))
        if weeks and (not before or m.group("q")):
            return day.isoformat()[:7], True  # "about a week after": loose
        return day.isoformat(), False
    return None


def _dc35_shown(event: dict[str, Any]) -> str | None:
    """The date the event will show once `_dc35_set_date` has run, if merging leaves it be."""
    pair = event.get("_dc35_date")
    return pair[1] if pair and event.get("event_date") == pair[0] else event.get("event_date")


def _dc35_sibling_dates(events: list[dict[str, Any]]) -> None:
    """An undated step of a sentence that tells another step of its action with a date takes
    that date ("... continues to sell its material through Trafigura under a supply agreement
    signed in 2020": the two cues of one supply deal, one dated by the name "signed in 2020").
    Set after merging and status."""
    dated: dict[tuple[int, str], str] = {}
    for event in events:
        if event.get("event_date"):
            dated.setdefault((event["sentence"], event["action"]), event["event_date"])
    for event in events:
        if not event.get("event_date"):
            event["event_date"] = dated.get((event["sentence"], event["action"]))


def _dc35_set_date(event: dict[str, Any]) -> None:
    """Set the date chosen for the event at extraction (`_dc35_started`, `_dc35_offset_dates`)
    once merging and status have read the date it was told with, unless merging changed it:
    the pair holds the date to replace and its replacement (a replacement of None fills an
    undated step only)."""
    pair = event.pop("_dc35_date", None)
    if pair and event.get("event_date") == pair[0]:
        event["event_date"] = pair[1]


# dd35: how far (characters) from the cue a name's full date may stand ("the Japan-Australia
# Critical Minerals Partnership signed in October 2022")
DD35_NAME_REACH = 90


@functools.cache
def _dd35_unmade_words() -> re.Pattern[str]:
    """The words of an undoing, then of the making of the measure right before its date
    (actions.yaml `dd35_undo_words`, `dd35_made_words`)."""
    data = load_data(ACTIONS_FILE)
    undo = "|".join(re.escape(w) for w in data.get("dd35_undo_words") or ())
    made = "|".join(re.escape(w) for w in data.get("dd35_made_words") or ())
    return re.compile(
        rf"\b(?:{undo})\b[^.;:]{{0,120}}?\b(?:{made})\b(?:\s+[\w'-]+){{0,4}}?"
        r"(?:\s+(?:in|on|last|earlier|since))?\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


@functools.cache
def _dd35_undo_words() -> re.Pattern[str]:
    """An undoing word of actions.yaml `dd35_undo_words` ("lifted", "would stay suspended"): a
    moratorium named alone ("its 2019 moratorium remains in force") is the measure itself."""
    undo = "|".join(re.escape(w) for w in load_data(ACTIONS_FILE).get("dd35_undo_words") or ())
    return re.compile(rf"\b(?:{undo})\b", re.IGNORECASE)


def _dd35_unmade_date(
    when: str, mentions: list[DateMention], text: str, cue_char: int
) -> tuple[str, str, bool] | None:
    """For a step undoing a measure (status revoked) dated only by when the measure was made
    ("will suspend the export controls it announced on October 9, the ministry said on
    Thursday", "has scrapped the export duties it imposed in May ..., a notification showed on
    Saturday", "proposed lifting the ban on uranium mining, introduced in 2018"): the date it
    is told with, the sentence's other date nearest the cue and True (an undoing), or None
    when there is no other date
    (the step keeps its date: cleared, it would only be missed). The labels date the undoing by
    its own day (read groups, with `_dd35_named_date`: 9 set right, 1 wrong); set after merging
    and status, which still read the date the step was told with (`_dd35_set_dates`)."""
    pattern = _dd35_unmade_words()
    made = [
        m
        for m in mentions
        if m.kind == "event"
        and m.start > cue_char
        and pattern.search(text, max(0, m.start - 200), m.start)
    ]
    if not any(m.value == when for m in made):
        return None
    other = event_date([m for m in mentions if m not in made], cue_char)
    return (when, other, True) if other is not None else None


def _dd35_named_date(
    when: str, mentions: list[DateMention], text: str, cue_char: int, undone: bool
) -> tuple[str, str, bool] | None:
    """The date a step named by the year its measure was made (`_dated_names`) shows: a step
    undoing the measure takes the sentence's other date nearest the cue ("a South African
    court on Tuesday set aside key parts of the government's 2018 Mining Charter", "scrapped a
    2017 ban on new open-pit mines in December 2021"; see `_dd35_unmade_date`); otherwise the
    name told with its month ("an executive order Trump signed in December 2017", "the
    partnership signed in October 2022") gives the month, not only the year (read groups: 14
    set right, none wrong). None to keep the year. Set after merging (`_dd35_set_dates`)."""
    if undone and _dd35_undo_words().search(text):
        other = event_date([m for m in mentions if not m.value.startswith(when)], cue_char)
        if other is not None:
            return when, other, True
    full = [
        m
        for m in mentions
        if len(m.value) > len(when)
        and m.value.startswith(when)
        and m.text.endswith(when)
        and -DD35_NAME_REACH <= m.start - cue_char <= DD35_NAME_REACH
    ]
    nearest = min(full, key=lambda m: abs(m.start - cue_char), default=None)
    return (when, nearest.value, False) if nearest else None


def _dd35_set_dates(events: list[dict[str, Any]]) -> None:
    """Set the dates chosen at extraction (`_dd35_unmade_date`, `_dd35_named_date`: the date
    told, its replacement, whether the step is an undoing) unless merging changed the date
    told. Where two steps of one action in a sentence are both read as the undoing, the first
    is the undoing and the later one the measure made ("will remove the additional tariff it
    imposed on Indian goods last August": the labels tell both), which keeps its date."""
    undone: set[tuple[int, str]] = set()
    for event in events:
        told = event.pop("_dd35_date", None)
        if told is None:
            continue
        when, value, undoing = told
        key = (event["sentence"], event["action"])
        if undoing:
            if key in undone:
                continue
            undone.add(key)
        if event.get("event_date") == when:
            event["event_date"] = value


@functools.cache
def _da35_report_before() -> tuple[re.Pattern[str], int]:
    """The reporting clause right before a day ("the ministry said late on"), from
    actions.yaml `da35_report_words`, and how far before the day it may stand."""
    data = load_data(ACTIONS_FILE)
    words = "|".join(re.escape(w) for w in data.get("da35_report_words") or ())
    pattern = re.compile(rf"\b(?:{words})\b[^.;:]*?\bon\s+$", re.IGNORECASE)
    return pattern, int(data.get("da35_report_reach") or 50)


def _da35_period_date(
    when: str | None, mentions: list[DateMention], text: str, published: date | None
) -> str | None:
    """The date of a step whose nearest date only tells the period it covers: a date after the
    publication ("Indonesia will halt bauxite exports next year, the president said on
    Tuesday", "has agreed to buy cobalt for seven years starting in 2025, the companies said on
    Monday") or the current year ("has approved mining quotas for 2024", "this year") gives way
    to the day of the sentence's reporting clause, the day the step was announced (TAXONOMY:
    the date the event happened or was announced). A past date keeps its own (an older
    measure told in the sentence), and a step with no reporting day keeps its date."""
    if when is None or published is None or len(when) == 10 and when <= published.isoformat():
        return when
    pub = published.isoformat()
    if when < pub[: len(when)] or len(when) == 7 and when == pub[:7]:
        return when
    pattern, reach = _da35_report_before()
    reported = [
        m
        for m in mentions
        if m.kind == "event"
        and len(m.value) == 10
        and m.value <= pub
        and pattern.search(text[max(0, m.start - reach) : m.start])
    ]
    return reported[-1].value if reported else when


# da35: a year that names a period, not a time ("the 2018 Catalogue", "fiscal 2026", "a 2025
# budget plan", "next year's budget")
_DA35_PERIOD_BEFORE = re.compile(r"\b(?:the|a|an|its|their|fiscal|financial|year)\s+$", re.I)
_DA35_PERIOD_AFTER = re.compile(r"^['\u2019]s\b")


def _da35_day_for_year(
    when: str | None,
    mentions: list[DateMention],
    text: str,
    published: date | None,
    anchor: int,
) -> str | None:
    """The date a step dated by a bare year takes instead, when that year names a period or a
    text rather than the time of the step: the current year beside a day of the sentence ("on
    Tuesday published its 2024 criticality assessment", "on Monday passed the Amendment Bill,
    2025") takes the day nearest the cue; a year ahead of the publication that names a period
    ("published the 2018 Catalogue of Goods Subject to Export Licence Management on Friday",
    "signed the fiscal 2026 defense bill on Thursday", "next year's budget") takes the
    sentence's date nearest the cue that is not ahead. None when neither holds: a year of the
    step's own time ("aims to start output in 2023") is not a period. Set after merging and
    status (`_da35_year_to_day`), which still read the year."""
    if when is None or published is None or len(when) != 4 or when < str(published.year):
        return None
    pub = published.isoformat()
    if when == pub[:4]:
        days = [m for m in mentions if m.kind == "event" and len(m.value) == 10 and m.value <= pub]
        return min(days, key=lambda m: abs(m.start - anchor)).value if days else None
    own = min(
        (m for m in mentions if m.value == when), key=lambda m: abs(m.start - anchor), default=None
    )
    if own is None or not (
        (
            own.text.isdigit()
            and _DA35_PERIOD_BEFORE.search(text[max(0, own.start - 12) : own.start])
        )
        or _DA35_PERIOD_AFTER.match(text[own.end : own.end + 3])
    ):
        return None
    told = [m for m in mentions if m.kind == "event" and m.value <= pub[: len(m.value)]]
    return min(told, key=lambda m: abs(m.start - anchor)).value if told else None


def _da35_year_to_day(event: dict[str, Any]) -> None:
    """A step still dated by the year its sentence named as a period or a title takes the date
    chosen for it (`_da35_day_for_year`, `sw9_step_date`), once merging and status have read
    the year."""
    pair = event.pop("_da35_year", None)
    if pair and event.get("event_date") == pair[0]:
        event["event_date"] = pair[1]


# stdate: the status.yaml `sd_ages_when_named` words, hashed, by action
@functools.cache
def _sd_ages_words() -> dict[str, tuple[frozenset[int], frozenset[int], frozenset[int]]]:
    """action -> (restriction words, words of what it restricts, words of a dispute before)."""
    spec = load_data(STATUS_FILE).get("sd_ages_when_named") or {}
    return {
        a: (
            frozenset(hash_string(w) for w in s["words"]),
            frozenset(hash_string(w) for w in s["with"]),
            frozenset(hash_string(w) for w in s.get("unless_before") or ()),
        )
        for a, s in spec.items()
    }


def _sd_named_standing(cue: ActionCue, lowers: Sequence[int]) -> bool:
    """Whether the cue, or the word right after it, names a restriction that stands once
    imposed together with what it restricts, beyond `ages_when_named`: an import ban ("banned
    imports of Russian uranium in 2024") is a background restriction in force when old (R5);
    not one taken to a dispute ("challenged the import ban"), a trade case."""
    words = _sd_ages_words().get(cue.action)
    if words is None:
        return False
    named = lowers[cue.start : cue.end + 1]
    return (
        not words[0].isdisjoint(named)
        and not words[1].isdisjoint(named)
        and words[2].isdisjoint(lowers[max(0, cue.start - LEVEL_REACH) : cue.end])
    )


def _dated_names(
    doc: Doc, cues: list[ActionCue], base: int, end: int, published: date | None
) -> dict[int, tuple[str, int]]:
    """Cue start -> (year, first word of the name) for each cue naming a measure by a year
    before the report's: "a 2017 ban on open-pit mining", "the 2022 Inflation Reduction Act",
    "the Energy Act of 2020", "an executive order Trump signed in December 2017". A year of
    the report itself ("its final 2025 list") names the news, not a standing step."""
    if published is None:
        return {}
    out: dict[int, tuple[str, int]] = {}
    for cue in cues:
        if cue.kind not in ("phrase", "combo"):
            continue
        year = None
        first = cue.start
        j = cue.start - 1
        # "the 2022 Inflation Reduction Act": capitalised words between year and cue
        while j >= base and j >= cue.start - 1 - _YEAR_NAME_REACH:
            token = doc[j]
            if _year(token.text):
                if j > base and doc[j - 1].lower_ in _YEAR_DETERMINERS:
                    year, first = token.text, j - 1
                break
            if not token.is_title:
                break
            j -= 1
        # "the Energy Act of 2020": a capitalised name followed by "of" and the year
        if (
            year is None
            and cue.end + 1 < end
            and doc[cue.end].lower_ == "of"
            and _year(doc[cue.end + 1].text)
            and doc[cue.end - 1].is_title
        ):
            year = doc[cue.end + 1].text
        if year is None:
            year = _made_in(doc, cue.end, end)
        if year is not None and int(year) < published.year:
            out[cue.start] = (year, first)
    return out


# participles that tell when a measure was made: "a ban imposed in 2020", "the pact signed in
# 2019", "an executive order Trump signed in December 2017"
_MADE = _words()["made_participles"]
# words that may stand between the cue and its participle: "the order, which Trump signed"
_MADE_FILLERS = _words()["made_fillers"]
_MADE_REACH = 5


def _made_in(doc: Doc, start: int, end: int) -> str | None:
    """The year of a participle clause right after a cue ("imposed in 2020", "which Trump
    signed in December 2017"): the year the measure was made, or None."""
    i = start
    while i < end and i < start + _MADE_REACH:
        token = doc[i]
        if token.lower_ in _MADE:
            break
        if token.lower_ not in _MADE_FILLERS and not token.is_title:
            return None
        i += 1
    else:
        return None
    if i + 1 < end and doc[i + 1].lower_ == "up":
        i += 1  # "first drawn up in 2018"
    if i + 2 >= end or doc[i + 1].lower_ not in ("in", "since"):
        return None
    # "in 2020", "in December 2017", "in March of 2019"
    for k in range(i + 2, min(i + 5, end)):
        if _year(doc[k].text):
            return doc[k].text
        if not (doc[k].is_title or doc[k].lower_ == "of"):
            return None
    return None


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen[item] = None  # sp39: a key set again keeps its first place, as setdefault
    return list(seen)


def _bloc_phrase(sent: Span) -> str | None:
    """The noun phrase naming an unnamed coalition: "a trading bloc with allies"."""
    nouns = _words()["coalition_nouns"]
    for token in sent:
        if token.lower_ not in nouns:
            continue
        start = token.i
        while start > sent.start and start > token.i - 4:
            prev = sent.doc[start - 1]
            if prev.is_punct or prev.lower_ in ("said", "says", "to", "and", "on"):
                break
            start -= 1
            if prev.lower_ in ("a", "an", "the", "new"):
                break
        end = token.i + 1
        if end < sent.end and sent.doc[end].lower_ in ("with", "of", "among", "between"):
            end += 1
            while end < sent.end and end < token.i + 6 and not sent.doc[end].is_punct:
                end += 1
        return sent.doc[start:end].text
    return None


# mineral id -> the group it belongs to (roles.yaml `mineral_groups`): "rare earths" and
# "neodymium" in two mentions of one plant may be the same step's minerals
_GROUP_OF = {
    str(member): str(group)
    for group, members in (load_data(ROLES_FILE).get("mineral_groups") or {}).items()
    for member in members or []
}


def _with_clause_free(events: list[dict[str, Any]]) -> None:
    """evmin: a clause naming no mineral whose sentence names some in another clause ("signed
    supply deals with X, and Y, the largest importer of potash, ...") may be on the document's
    main minerals too; added after the merge, so restatements merge as before."""
    for event in events:
        also = event.pop("_also_minerals", None) or []
        event["minerals"] = _unique(event["minerals"] + also)


# evmin: how many sentences back a step naming no mineral looks for the minerals just named
_LAST_NAMED_REACH = 2


def _with_last_named(
    main_minerals: list[str], span_buckets: list[list[Found]], index: int
) -> list[str]:
    """evmin: a step whose sentence names no mineral ("Indonesia appealed the ruling") is as
    likely about the minerals the sentences just before named ("the nickel ban") as about the
    document's main ones: it takes both, the main ones first."""
    low = index - _LAST_NAMED_REACH  # sp40-r2: not builtin max()
    for bucket in reversed(span_buckets[low if low > 0 else 0 : index]):
        if not bucket:
            continue  # sp40: no comprehension's frame for a sentence naming nothing
        named = [s.kb_id_ for s in bucket if s.label_ == "MINERAL"]
        if named:
            return _unique(main_minerals + named)
    return main_minerals


def _group_and_members(events: list[dict[str, Any]], spans: Sequence[Found]) -> None:
    """evmin: a step on a group's members ("NdPr oxide") is a step on the group too ("rare
    earths"), and a step on the group is one on the members the text names ("dysprosium and
    terbium"): the labels name either for the same step, so the event carries both."""
    if not events:
        return  # sp40-r2: no pass over the document's spans for a document of no event
    named = _unique([s.kb_id_ for s in spans if s.label_ == "MINERAL" and s.kb_id_ in _GROUP_OF])
    of_group = _GROUP_OF.keys()
    for event in events:
        minerals = event["minerals"]
        if not named and of_group.isdisjoint(minerals):
            # sp39: no group nor member to add (most events); a new list all the same
            event["minerals"] = minerals[:]
            continue
        groups = _unique([_GROUP_OF[m] for m in minerals if m in _GROUP_OF])
        members = [m for m in named if _GROUP_OF[m] in minerals and m not in minerals]
        event["minerals"] = minerals + [g for g in groups if g not in minerals] + members


@functools.cache
def _pa34_bloc_members() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """roles.yaml `pa34_bloc_members`: {bloc id: (the countries that make it up, the other
    parties that may stand in its step: `pa34_bloc_also`)}."""
    data = load_data(ROLES_FILE)
    also = data.get("pa34_bloc_also") or {}
    return {
        bloc: (frozenset(members), frozenset(also.get(bloc) or ()))
        for bloc, members in (data.get("pa34_bloc_members") or {}).items()
    }


def _no_future_event_date(events: list[dict[str, Any]], published: date | None) -> None:
    """TAXONOMY's `event_date` is when the event happened or was announced: a month or year
    after the report's, or a day more than a week after it ("production is due to start in
    2026", "the ban takes effect on August 1"), is when a step is due, and the labels give such
    events the announcement's date or none (of 221 matched events read so on the labelled sets,
    13 agree). A day in the coming week is a meeting or signing set for it ("are due to sign
    the agreement on Friday"): the labels keep it (8 of 11). The due date becomes the event's
    deadline when it has none; cleared last, so status and merging still read it."""
    if published is None:
        return
    day = published.isoformat()
    week = (published + timedelta(days=7)).isoformat()
    for event in events:
        when = event.get("event_date")
        named = event.pop("_fd36c_named", None)
        if when and when > day[: len(when)] and not (len(when) == 10 and when <= week):
            event["event_date"] = None
            # fd36: when the step is due is the date it commits to ("is due to begin
            # production in 2025", "will halt exports from June next year"); fd36c: not a
            # year that names a budget or a programme
            if when != named:
                event["deadline"] = event.get("deadline") or when


# fd36c: a year that names a budget or a programme rather than a time: "the fiscal 2025
# budget", "a 2025 budget plan", "its France 2030 programme" (a spending period or a title,
# which the labels give no deadline; a plan's own target year, "a 2030 target", stays one)
_FD36C_NAMED_BEFORE = re.compile(r"\b(?:fiscal|financial)\s+(?:year\s+)?$", re.I)
_FD36C_NAMED_AFTER = re.compile(r"^\s+(?:budget|programme|program)\b", re.I)


def _fd36c_named_year(
    mentions: list[DateMention], value: str | None, text: str, anchor: int
) -> bool:
    """Whether the bare year `value`, as told nearest the cue, names a budget or a programme."""
    if value is None or len(value) != 4:
        return False
    own = _fd36c_nearest_told(mentions, value, anchor)
    return (
        own is not None
        and own.text.isdigit()
        and bool(
            _FD36C_NAMED_BEFORE.search(text[max(0, own.start - 20) : own.start])
            or _FD36C_NAMED_AFTER.match(text[own.end : own.end + 12])
        )
    )


def _fd36c_late_due(events: list[dict[str, Any]]) -> None:
    """A step still to come with no deadline takes the current year or month it is told as due
    in (`_fd36c_this_due`); a step in force is due nothing ("the summit India was due to host
    this year" times no tariff in force)."""
    for event in events:
        this = event.pop("_fd36c_this", None)
        if this and event.get("deadline") is None and event["status"] != "in_force":
            event["deadline"] = this


# fd36c: a step told as still to come: "is due to", "aims to", "expects to", "plans to", "will",
# "as soon as", before the date in the same clause
_FD36C_AHEAD_VERB = re.compile(
    r"\b(?:due|aims?|aimed|expects?|expected|plans?|planned|intends?|intended|hopes?|hoped|"
    r"will|as\s+soon\s+as)\b[^,;:.]{0,60}$",
    re.I,
)


def _fd36c_this_due(mentions: list[DateMention], value: str, text: str) -> str | None:
    """`value` when it is told as "this year" or "this month" after a verb of a step still to
    come in its own clause ("Drilling is due to begin this year"), else None."""
    for m in mentions:
        if (
            m.value == value
            and m.text.lower() in ("this year", "this month")
            and _FD36C_AHEAD_VERB.search(text, max(0, m.start - 80), m.start)
        ):
            return value
    return None


# fd36c: the date a plant or mine starts producing ("to start commercial operations in 2026",
# "to start production in the second quarter of 2024", "aims to ship its first spodumene
# concentrate in 2025")
_FD36C_OUTPUT_BEFORE = re.compile(
    r"\b(?:start|starts|begin|begins|commence|commences|starting|beginning)\s+"
    r"(?:\w+\s+)?(?:production|operations|output|operating|producing|mining)\s+"
    r"(?:in|by|from)\s+(?:the\s+\w+\s+(?:half|quarter)\s+of\s+)?$"
    r"|\bfirst\s+(?:[\w-]+\s+){0,2}(?:production|output|concentrate|cathode|metal|shipments?)\s+"
    r"(?:in|by)\s+(?:the\s+\w+\s+(?:half|quarter)\s+of\s+)?$",
    re.I,
)


def _fd36c_first_output(mentions: list[DateMention], text: str, published: date) -> str | None:
    """The first date, not before the report's, the text says the project starts producing on."""
    pub = published.isoformat()
    for m in mentions:
        # the report's own year too: "should start commercial output in the second half of 2021"
        # is still due then
        if m.value >= pub[: len(m.value)] and _FD36C_OUTPUT_BEFORE.search(
            text, max(0, m.start - 80), m.start
        ):
            return m.value
    return None


# fd36c: a date told in a condition or in a clause about a person ("will spend A$150 million if
# it is re-elected next month", "Lasso, who takes office on May 24, said ..."): the time of the
# condition or of the person's own doing, not the date the step is due
_FD36C_OTHER_CLAUSE = re.compile(r"\b(?:if|unless|provided|providing|who)\b[^,;:.]{0,60}$", re.I)


def _fd36c_other_clause(
    mentions: list[DateMention], value: str | None, text: str, anchor: int
) -> bool:
    """Whether the date `value`, as told nearest the cue, stands in a condition or a "who"
    clause the cue is not in (`_fd36c_in_other_clause`)."""
    if value is None:
        return False
    own = _fd36c_nearest_told(mentions, value, anchor)
    return own is not None and _fd36c_in_other_clause(own, text, anchor)


def _fd36c_nearest_told(mentions: list[DateMention], value: str, anchor: int) -> DateMention | None:
    """The mention of `value` told nearest the cue at `anchor`."""
    # sp40: a plain loop, not a generator and a key's lambda; the first nearest, as `min`
    nearest, gap = None, 0
    for m in mentions:
        if m.value == value and (nearest is None or abs(m.start - anchor) < gap):
            nearest, gap = m, abs(m.start - anchor)
    return nearest


def _fd36c_in_other_clause(mention: DateMention, text: str, anchor: int) -> bool:
    """Whether a date stands in an "if" / "unless" / "provided" clause or a "who" clause the cue
    at `anchor` is not in ("pays manufacturers ..., provided they reach 25% local content within
    two years": the condition's time, not the scheme's target)."""
    low = mention.start - 70  # sp40-r2: not builtin max()
    if low < 0:
        low = 0
    if text.isascii():
        # sp39: a match holds one of its words, which the window lower-cased shows exactly in
        # ASCII text; most windows hold none, and the expression is tried at every position
        window = text[low : mention.start].lower()
        if not ("if" in window or "who" in window or "unless" in window or "provid" in window):
            return False
    m = _FD36C_OTHER_CLAUSE.search(text, low, mention.start)
    return m is not None and not m.start() <= anchor < mention.start


def _fd36_later(mentions: list[DateMention], value: str) -> bool:
    """Whether the date is told as "later this month" or "later this year": when a
    step is due, and still the date the labels give the step (session 35's tests)."""
    for d in mentions:  # sp40: a plain loop, not a generator in any()
        if d.value == value and d.text[:5].lower() == "later":
            return True
    return False


def _fd36_after(value: str | None, published: date | None) -> bool:
    """Whether a date falls after the report's own month or year (as precise as it is)."""
    if not value or published is None:
        return False
    return value > published.isoformat()[: len(value)]


# fd36: actions a period of days, months or years bounds: a ban, a tariff or a sanction runs for
# one ("suspended cobalt exports for four months", "lower the tariffs for 90 days"); a contract,
# a lease or a loan runs for years as its term, which the labels give no deadline
_FD36_TIMED = frozenset({"export_control", "trade_measure", "sanction"})


def _fd36_period_deadline(events: list[dict[str, Any]], published: date | None) -> None:
    """A measure told with how long it runs commits to the day it ends (TAXONOMY: a deadline
    is a target date the event commits to): counted from the event's own day, or the report's
    when it gives none. A pause, a suspension or any undoing is timed whatever its action."""
    if published is None:
        return
    for event in events:
        when = event.get("event_date")
        cue = event.pop("_fd36_cue", None)
        if event.get("deadline"):
            # "ordered a report within 60 days" counts from the order's day, not the report's
            if (
                when
                and len(when) == 10
                and event["deadline"] == within_end(event["evidence"], published)
            ):
                event["deadline"] = within_end(event["evidence"], date.fromisoformat(when))
            continue
        if when and len(when) == 4 and when < published.isoformat()[:4]:
            continue  # "halted shipments to Japan for two months in 2010": long over
        if when and len(when) == 10:
            begun, month_only = date.fromisoformat(when), False
        elif when and len(when) == 7:
            # "suspended for a year in November": that November a year on
            begun, month_only = date.fromisoformat(when + "-01"), True
        else:
            begun, month_only = published, False
        timed = event["action"] in _FD36_TIMED or event["status"] == "revoked"
        told = event["evidence"]
        owns = None
        if cue and cue[0] == told and len(cue[2]) > 1:
            # a sibling cue of the same action counts as the step's own: "lower the tariffs
            # ... for 90 days, and cut its duties ... for the same period" times both
            same = tuple([c[0] for c in cue[2] if c[2] == event["action"]])
            owns = functools.partial(_fd36_owns, cue[1] + same, cue[2])
        end = duration_end(told, begun, terms=timed, owns=owns)
        event["deadline"] = end[:7] if end and month_only else end


def _fd36_owns(
    own: tuple[int, ...], cues: tuple[tuple[int, int, str], ...], start: int, end: int, before: bool
) -> bool:
    """fd36b: whether the period at `start`..`end` of the sentence times the measure whose cue
    starts at `own`, among the sentence's cues (start, end, action): a period inside a cue is
    its own ("agreed a 90-day truce"); "a 90-day truce" times the measures told after it ("a
    truce in which the United States cut its tariffs", the labels agree) or just before; "lower
    the tariffs ... for 90 days" the nearest ban, tariff or sanction told before it, or the
    first told after when none stands before ("agreed to pause for 30 days the tariffs"). So a
    crackdown told beside "... just as Beijing and Washington agreed a 90-day truce" is not
    timed by the truce."""
    if before:
        return max(own) >= start - 60
    for c_start, c_end, _ in cues:
        if c_start <= start < c_end:
            return c_start in own
    timed = [c[0] for c in cues if c[2] in _FD36_TIMED or c[0] in own]
    earlier = [c for c in timed if c < start]
    if earlier:
        return max(earlier) in own
    later = [c for c in timed if c >= end]
    return not later or min(later) in own


def _fd36_untold_next(
    events: list[dict[str, Any]], sents: list[Any], text: str
) -> Callable[[dict[str, Any]], str | None]:
    """For an event, the text of the sentence after its own when that sentence tells no step of
    its own (its steps merged into earlier tellings), else None: where a report goes on about
    the step just told (`_fd36b_told_next`, `_fd36c_capacity_next`)."""
    own = {event["sentence"] for event in events}

    def untold(event: dict[str, Any]) -> str | None:
        j = event["sentence"] + 1
        if j >= len(sents) or j in own:
            return None
        return text[sents[j].start_char : sents[j].end_char]

    return untold


# fd36b: a sentence that opens on the step just told ("The regulations, issued by the State
# Council and due to take effect on October 1, say ...", "It is due to start operating in 2026")
_FD36B_BACK = re.compile(
    r"^(?:(?:The|This|These|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z]+)\b|(?P<it>It|They)\s)"
)


def _fd36b_told_next(
    events: list[dict[str, Any]], sents: list[Any], text: str, published: date | None
) -> None:
    """A step not in force whose sentence gives no target takes the start still to come the
    next sentence tells, when that sentence tells no step of its own (its steps merged into
    earlier tellings) and opens on the step ("The regulations, issued by the State Council and
    due to take effect on October 1, say ...": "regulations" told in the step's sentence, or
    "It" / "They"). TAXONOMY: the target the event commits to, wherever the report tells it.
    Only a start: "The order tells agencies to identify within ten days ..." times the
    agencies' task, which the labels give the order no deadline for."""
    if published is None:
        return
    pub = published.isoformat()
    untold = _fd36_untold_next(events, sents, text)
    for event in events:
        if event.get("deadline") or event["status"] == "in_force":
            continue
        nxt = untold(event)
        # sp39: the expression's openings all begin "Th" or "It"
        m = _FD36B_BACK.match(nxt) if nxt and nxt.startswith(("Th", "It")) else None
        if m is None:
            continue
        head = m.group("head")
        if head and not re.search(rf"\b{head}\b", event.get("evidence") or "", re.I):
            continue
        for d in fd36b_targets(find_dates(nxt, published), nxt):
            if d.kind == "effective" and d.value > pub[: len(d.value)]:
                event["deadline"] = d.value
                break


# fd36c: a sentence that opens on the plant or the deal just told ("The refinery is designed to
# produce 15,000 tonnes of lithium hydroxide a year", "The plant ... has annual capacity of
# 43,000 tons", "The deal covers about 1.25 million tonnes"): its tonnage is the step's
_FD36C_PLANT_BACK = re.compile(
    r"^(?:The|Its|This)\s+(?:[\w-]+\s+){0,2}?(?P<head>plant|refinery|smelter|factory|facility|"
    r"mine|project|venture|concentrator|deal|contract|agreement)\b",
    re.I,
)
_FD36C_DEALS = frozenset({"deal", "contract", "agreement"})
# a capacity or a volume still to come, not past output: "designed to", "can", "will", "aims to",
# "capacity of", "covers"
_FD36C_CAPACITY_BEFORE = re.compile(
    r"\b(?:capacity|designed|able|can|could|will|would|aims?|expects?|expected|plans?|covers?|"
    r"set\s+to|due\s+to)\b[^.;]{0,60}$",
    re.I,
)
_FD36C_YEARLY_AFTER = re.compile(r"^[^.;,]{0,60}?\b(?:a|per|each)\s+year\b", re.I)


def _fd36c_capacity_next(events: list[dict[str, Any]], sents: list[Any], text: str) -> None:
    """fd36c: a project or purchase with no tonnage takes the capacity or volume the next
    sentence tells, when that sentence tells no step of its own and opens on the plant or the
    deal ("The refinery is designed to produce 15,000 tonnes a year"): TAXONOMY's tonnes where a
    volume is committed, which the labels give the project's event wherever the report tells
    it. A plant's capacity is yearly ("a year", "annual capacity"); reserves never count."""
    untold = _fd36_untold_next(events, sents, text)
    for event in events:
        kind = event["action"]
        if event.get("quantity_t") is not None or kind not in ("project", "offtake"):
            continue
        if event["status"] == "revoked":
            continue  # a plant shut or a deal ended commits no volume
        nxt = untold(event)
        m = _FD36C_PLANT_BACK.match(nxt) if nxt else None
        if m is None or (m.group("head").lower() in _FD36C_DEALS) != (kind == "offtake"):
            continue
        for q in find_quantities(nxt):
            if _STOCK_BEFORE.search(nxt, max(0, q.start - 60), q.start):
                continue
            if not _FD36C_CAPACITY_BEFORE.search(nxt, max(0, q.start - 80), q.start):
                continue
            yearly = _FD36C_YEARLY_AFTER.match(nxt[q.end : q.end + 70]) or re.search(
                r"\bannual\b", nxt[max(0, q.start - 40) : q.start], re.I
            )
            if kind == "project" and not yearly:
                continue
            event["quantity_t"] = q.tonnes
            break


_FD36B_PLANS = frozenset({"strategy"})


def _fd36b_nearest(action: str, cues: tuple[tuple[int, int, str], ...], at: int) -> bool:
    """fd36b: whether a target told at `at` is a step of `action`'s, among the sentence's cues
    (start, end, action): the cue it stands in, else the nearest told before it, else the
    first ("Beijing suspended until November 2026 its ban ..., part of a truce reached by
    ...": the suspension's date, not the truce's). Steps of one action told together share
    it, as the labels give them."""
    for c_start, c_end, c_action in cues:
        if c_start <= at < c_end:
            return c_action == action
    earlier = [c for c in cues if c[0] < at]
    return (max(earlier) if earlier else min(cues))[2] == action


# a tonnage that measures what lies in the ground ("reserves estimated at close to 1 billion
# tonnes", "inferred resources of 5.9 million tonnes", "a deposit of 20 million tonnes")
_FD36C_EXPORT_QUOTA = re.compile(r"\bexport\s+(?:quotas?|allowances?|licen[cs]es?\s+for)\b", re.I)
_STOCK_BEFORE = re.compile(
    r"\b(?:reserves?|resources?|deposits?|ore\s+bod(?:y|ies))\b[^.;:]{0,40}$", re.IGNORECASE
)


def _volume_told(text: str, quantities: list[Quantity]) -> float | None:
    """The sentence's first tonnage that is not a measure of reserves or resources (no one
    commits the ground's content, TAXONOMY: quantity_t is a volume committed)."""
    if quantities and _FD36C_CLOSED.search(text):
        return None  # fd36c: a plant shut or a project shelved commits no capacity
    origins = step_origins(text, quantities)  # s42: "from X to Y" commits Y
    for q in quantities:
        if q.start in origins:
            continue
        if not _STOCK_BEFORE.search(text, max(0, q.start - 60), q.start):
            return q.tonnes
    return None


# fd36c: a sentence telling a plant shut or a project shelved ("The 400,000-tonne-a-year smelter
# was shut in May 2018", "shelved AngloGold's application for its Quebradona project, which was
# expected to produce 60,000 tonnes a year"): the capacity told is no longer committed
_FD36C_CLOSED = re.compile(
    r"\b(?:shut|shuttered|shelved|mothballed|idled|halt(?:s|ed)?\s+production)\b", re.I
)


# s43: a tonnage told as what a plant or mine makes or can make ("plans to produce about
# 22,000 tonnes a year", "raise capacity to more than 2 million tonnes", "180,000 tonnes a year
# of ... capacity"): a project's capacity, not the volume a purchase or a permit commits, unless
# the clause tells it bought, sold or allowed ("the right to produce 80,000 tonnes", "output
# quotas of around 240 million tonnes", "allowing Vinacomin to raise output to 1.3 million")
_S43_MADE_BEFORE = re.compile(
    r"\b(?:produc\w*|output|capacity|capacities|throughput|nameplate)\b[^.;:]{0,50}$", re.I
)
_S43_MADE_AFTER = re.compile(
    r"[^.;:,]{0,50}?\b(?:of|in|to)\s+(?:its\s+|their\s+|the\s+)?(?:annual\s+)?(?:[\w-]+\s+)?"
    r"(?:output|capacity|production)\b",
    re.I,
)
_S43_SUPPLIED = re.compile(
    r"\b(?:quotas?|caps?|capped|ceilings?|limits?|allow\w*|authori[sz]\w*|entitl\w*|rights?|"
    r"suppl\w*|sell\w*|sold|buy\w*|bought|purchas\w*|deliver\w*|ship\w*|import\w*|"
    r"export\w*|offtake|take)\b",
    re.I,
)
_S43_SUPPLY_ACTIONS = frozenset({"offtake", "permitting"})


def _s43_made_not_supplied(text: str, q: Quantity) -> bool:
    """Whether the tonnage `q` is told as output or capacity, in a clause that tells nothing
    bought, supplied or allowed before it."""
    made = (
        _S43_MADE_BEFORE.search(text, max(0, q.start - 70), q.start) is not None
        or _S43_MADE_AFTER.match(text, q.end) is not None
    )
    if not made:
        return False
    clause = text[max(0, q.start - 120) : q.start]
    clause = clause[max(clause.rfind(";"), clause.rfind(". ")) + 1 :]
    after = _S43_MADE_AFTER.match(text, q.end)
    return _S43_SUPPLIED.search(clause) is None and (
        after is None or _S43_SUPPLIED.search(after.group(0)) is None
    )


def _s43_supplied_volume(event: dict[str, Any]) -> None:
    """An offtake's or a permit's tonnage is the one its sentence tells bought, supplied or
    allowed: the first one told that is not output or capacity (`_s43_made_not_supplied`)."""
    text = event.get("evidence") or ""
    quantities = find_quantities(text)
    told = [q for q in quantities if q.tonnes == event["quantity_t"]]
    if not told or not _s43_made_not_supplied(text, told[0]):
        return
    origins = step_origins(text, quantities)
    event["quantity_t"] = next(
        (
            q.tonnes
            for q in quantities
            if q.start > told[0].start
            and q.start not in origins
            and not _STOCK_BEFORE.search(text, max(0, q.start - 60), q.start)
            and not _s43_made_not_supplied(text, q)
        ),
        None,
    )


def _volume_committed_only(events: list[dict[str, Any]]) -> None:
    """TAXONOMY's `quantity_t` is a volume committed: a purchase, a stock, a quota or an
    allowance, a pact's supply, a plan's target or a project's capacity can commit one; the
    capacity of a plant an investment pays for ("a loan to build a plant capable of producing
    120,000 tonnes a year") is the project's, not the lender's, and reserves commit nothing."""
    for event in events:
        if event.get("quantity_t") is None:
            continue  # s43: most events carry no tonnage, nothing to clear
        if event["action"] not in _VOLUME_ACTIONS:
            event["quantity_t"] = None
        elif event["action"] in _S43_SUPPLY_ACTIONS:
            _s43_supplied_volume(event)
        elif (
            event["action"] == "export_control"
            and event["status"] == "in_force"
            and not _FD36C_EXPORT_QUOTA.search(event.get("evidence") or "")
        ):
            # fd36c: a ban in force commits no volume: the tonnes told beside it were shipped,
            # are held or are kept off the market ("5.3 million tonnes of nickel ore appear to
            # have reached China", "holding tens of thousands of tonnes of crushed ore"), or
            # are another step's (a mining quota); an export quota's own volume stays
            event["quantity_t"] = None


def _money_committed_only(
    events: list[dict[str, Any]], document: str = "", issuer: str | None = None
) -> None:
    """TAXONOMY's `amount_usd` is money committed: the value of goods a tariff covers, a plan's
    budget envelope, a project's cost or a price floor is not, and would make the event a
    commitment in the digest. The labels agree: of 6,500 training events only investments and
    stockpile purchases carry sums. Cleared last, so merging and status still read the sum.
    s42: a bare "$" a home-dollar government commits is its own dollar (`home_dollar`)."""
    for event in events:
        # sm35: the sum read past prices, laws' sizes and thresholds (`_sm35_not_committed`)
        committed = event.pop("_sm35_sum", None)
        if event["action"] not in _MONEY_ACTIONS or committed is None:
            event["amount_usd"] = event["amount"] = event["currency"] = None
        else:
            evidence = event.get("evidence") or ""
            if committed.text[:1] == "$" and committed.text in evidence:
                committed = home_dollar(
                    committed, _s42_acting_country(event), evidence, document, issuer
                )
            event.update(
                amount_usd=committed.usd, amount=committed.text, currency=committed.currency
            )


def _s42_acting_country(event: dict[str, Any]) -> str | None:
    """s42: the one country acting in a step no US party takes part in, else None."""
    actors = event["actors"]
    if len(actors) != 1 or "USA" in event["partners"]:
        return None
    return str(actors[0])


def _pa34_bloc_of_members(events: list[dict[str, Any]]) -> None:
    """pa34 (session 34): a step every member of a small bloc takes together, with nobody else
    ("the leaders of Brazil, Russia, India, China and South Africa adopted the Xiamen
    Declaration", "the plan, endorsed by the United States, Japan, Germany, Britain, France,
    Italy and Canada as well as the European Union") is the bloc's step: the labels name the
    bloc or its members for it, so the event carries both. A wider list (the 14 IPEF
    countries) names another grouping."""
    blocs = _pa34_bloc_members()
    # sp40: an event naming fewer parties than the smallest bloc has members is none's step
    fewest = min((len(members) for members, _also in blocs.values()), default=0)
    for event in events:
        parties = _parties(event)
        if len(parties) < fewest:
            continue
        for bloc, (members, also) in blocs.items():
            if bloc not in parties and members <= parties and parties <= members | also:
                event["actors"] = [*event["actors"], bloc]


def _minerals_compatible(a: list[str], b: list[str]) -> bool:
    """Whether two mentions may concern the same minerals: one names none, they share one, or
    one names a group ("rare earths") the other names a member of ("neodymium")."""
    if not a or not b or not set(a).isdisjoint(b):
        return True
    first = set(a) | {_GROUP_OF[m] for m in a if m in _GROUP_OF}
    second = set(b) | {_GROUP_OF[m] for m in b if m in _GROUP_OF}
    return not first.isdisjoint(second) and (not first.isdisjoint(b) or not second.isdisjoint(a))


def _parties(event: dict[str, Any]) -> set[str]:
    # sp40-r2: one set, updated, not two and their union (every reader only tests it)
    parties = set(event["actors"])
    parties.update(event["partners"])
    return parties


_LIFTED_AND_STANDING = {"revoked", "in_force"}


def _different_amounts(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether a later event commits more dollars than the one before: a second commitment
    ("a $150 million loan ... $1 billion of financing"), where a smaller sum is most often a
    part of the first ("$110 million ... $90 million of it for Albemarle"). For an investment
    the sum is the step itself: another sum of its own, smaller too, is another commitment
    ("will lend $620 million ... a further $80 million loan to ReElement"), unless told as a
    part of one before ("$90 million of the funding", `_partitive`)."""
    first, second = a.get("amount_usd"), b.get("amount_usd")
    if first is None or second is None:
        return False
    if a["action"] in _SUMS_COMMITTED and b.get("_own_sum"):
        return abs(second - first) > 0.05 * first
    return second > first


# s42: how many years apart two phases of a measure may be due; a date further on is the goal
# of the step told before ("expected to begin in 2023 ... by 2030 the fourth-largest source",
# "extended to October" of a licence running to 2041: read training text, one step each)
S42_PHASE_YEARS = 3


def _s42_due(event: dict[str, Any], published: str | None) -> str | None:
    """When a step is due: a date of its own not before the report's year when told by a year
    alone ("will rise to 25% in 2025" in a report of May 2025), or after the report's month or
    day (read so until `_no_future_event_date` makes it the deadline); else its deadline, when
    it has no date of its own. A step dated before the report is one made, whatever tasks it
    sets ("The order, signed on December 20, tasks ... within 180 days"); one in force is
    due no more."""
    if not published or event["status"] == "in_force":
        return None
    when = event.get("event_date")
    if not when:
        return event.get("deadline")
    if len(when) == 4:
        return when if when >= published[:4] else None
    return when if when > published[: len(when)] else None


def _s42_due_apart(kept: dict[str, Any], event: dict[str, Any], published: str | None) -> bool:
    """Whether two mentions, each told by a status cue of its own, are each due, on different
    years (months, when both give one): phases of a measure ("from 2025 ... and from 2027"),
    each a step. A step dated by its report and a later mention of when it starts ("signed on
    Monday ... takes effect on December 1") are not both due and may still merge; nor a
    mention read by default ("A further 410 billion yen would go to ... by 2050"), measured in
    session 42 as an elaboration more often than a phase."""
    if kept["_status_source"] != "cue" or event["_status_source"] != "cue":
        return False
    first = _s42_due(kept, published)
    if first is None:
        return False
    second = _s42_due(event, published)
    if second is None:
        return False
    n = 7 if len(first) >= 7 and len(second) >= 7 else 4
    return first[:n] != second[:n] and abs(int(first[:4]) - int(second[:4])) <= S42_PHASE_YEARS


def _earlier_step(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether `event` is a step of the past told as history, dated apart from `kept`: its
    status came from its own old date ("licensing for gallium in 2023") or from its being a
    standing measure ("its export licensing, first set in June 2019"), and that date falls in
    another month than the kept event's. A law cited by name ("under the Critical Raw Materials
    Act, in force since May 2024") is the frame of the news, not a step of its own; a measure
    first named as standing ("its ban on ore exports") carries the report's date, not its own,
    so a dated retelling may be the same."""
    source = event["_status_source"]
    if kept["_status_source"] == "background" or not (
        source == "date"
        or (source == "background" and not event.get("_named_law"))
        or _dated_before(kept, event)  # mrg
    ):
        return False
    first, second = kept.get("event_date"), event.get("event_date")
    if not first or not second:
        return False
    if len(first) >= 7 and len(second) >= 7:
        return first[:7] != second[:7]
    return first[:4] != second[:4]


# mrg (session 18): merging by what the words date, not by the status label the rules chose
def _dated_before(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether `event`, not a law cited by name, is dated before the step it would retell ("The
    duties follow an inquiry the Commission launched in April 2025"): a step of the past told as
    history, whatever source its status came from (a cue, a default), so a status fix that
    moves that source moves no merge."""
    first, second = kept.get("event_date"), event.get("event_date")
    return bool(first and second) and not event.get("_named_law") and second < first


def _other_years(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether both events are dated, to different years."""
    first, second = a.get("event_date"), b.get("event_date")
    return bool(first and second) and first[:4] != second[:4]


def _another_stage(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a reference back ("the ban") tells a step of its own: dated in its sentence to
    another month (or year) than the step it names, at another stage ("... halted exports in
    February, and in June extended the ban"; "... the draft list issued in August") or at the
    same one by a telling of its own (`_own_step`)."""
    first, second = kept.get("event_date"), event.get("event_date")
    if not first or not second:
        return False
    if kept["status"] == event["status"] and not _own_step(event):
        return False
    n = 7 if len(first) >= 7 and len(second) >= 7 else 4
    return first[:n] != second[:n]


def _own_step(event: dict[str, Any]) -> bool:
    """Whether a reference back at the stage of the step it names tells its own step, by a
    status cue or date of its own ("the group, launched in June 2022, ..."), not a status read
    by default; a measure in force told back in force is the one standing measure, whose
    sentences date the steps that made it ("the pact, signed in November, took effect ...")."""
    return event["_status_source"] in ("cue", "date") and event["status"] != "in_force"


def _retold_earlier(kept: dict[str, Any], event: dict[str, Any], published: str | None) -> bool:
    """Whether `event` is dated to an earlier month (or year, when either gives only a year)
    than `kept`, or than the publication when `kept` has no date of its own: a past step told
    as the news's history ("first put in place in 2006", "blacklisted in April last year"),
    not the news restated."""
    first, second = kept.get("event_date") or published, event.get("event_date")
    if not first or not second:
        return False
    n = 7 if len(first) >= 7 and len(second) >= 7 else 4
    return second[:n] < first[:n]


def _older_step(kept: dict[str, Any], published: str | None) -> bool:
    """Whether `kept` is a step older than the news by its date: a year before the report's, or
    a month before the one before it (a step of "Monday" may fall in the month before the
    report). Read from the date alone, not from a status label (an "in force" read by ageing or
    background rules moved which mentions merged each time a status rule changed)."""
    when = kept.get("event_date")
    if not when or not published:
        return False
    if len(when) < 7:
        return when[:4] < published[:4]
    year, month = int(published[:4]), int(published[5:7]) - 1
    if month == 0:
        year, month = year - 1, 12
    return when[:7] < f"{year:04d}-{month:02d}"


# the parts of an event that, all alike, make a second cue in its sentence the same step
_TOLD_ALIKE = ("status", "actors", "partners", "minerals", "event_date", "amount_usd")


def _same_event(kept: dict[str, Any], event: dict[str, Any], published: str | None = None) -> bool:
    """Whether `event` restates `kept`: a reference back ("the pact") to a step told up to
    ANAPHORA_REACH sentences before; else same action, shared (or unnamed) parties, compatible
    minerals, and the same status unless the later one has no status cue of its own. One revoked
    and one in force are never the same event, nor two anchored in clauses of one sentence, nor
    a step retold with an earlier date (`_retold_earlier`)."""
    if kept["action"] != event["action"]:
        return False
    if _lifted_back(kept, event):
        return False  # evmerge3: "... and the government later lifted the ban": R1, two steps
    if _different_amounts(kept, event):
        return False  # "$150 million loan" and "$1 billion of financing": two commitments
    if _s42_due_apart(kept, event, published):
        return False  # "will rise to 25% in 2025 ... to 25% in 2026": two phases
    if {kept["status"], event["status"]} == _LIFTED_AND_STANDING:
        return False  # a measure lifted and one still standing ("the pause ... curbs remain")
    if event["sentence"] == kept["sentence"]:
        if event.get("_elaborates") and all(kept[f] == event[f] for f in _TOLD_ALIKE):
            # "..., and its environment chapter commits the three countries to common
            # standards": a second cue of the step, told alike in every part
            return True
        # "Washington set tariffs; China was assigned a 34% levy": one step per clause, unless
        # the clause opens on a reference back ("..., and the curbs take effect in May"), or
        # refers back naming no actor and no other date ("..., but farmers challenged the
        # permit"; not "..., and in July it extended the ban")
        # nor a clause dated before the step it follows ("lifted the tariffs last year, but
        # the duties imposed in 2018 still apply"): the older measure told beside the news
        return (
            bool(event.get("_restates"))
            and not (event.get("_year_told") and _retold_earlier(kept, event, published))
        ) or (bool(event.get("_refers_back")) and event.get("event_date") == kept.get("event_date"))
    if event.get("_framed") and _minerals_compatible(kept["minerals"], event["minerals"]):
        return True  # "(shipments stalled) during the ban": the ban told before, however far
    if _told_as_said(kept, event, published):
        return True  # mrg2: "Producers said the quotas would ...": the quotas told before
    if _kept_apart(kept, event):
        return False  # evover: "... has also tightened its rules", "in June it ...": its own step
    if event.get("_back"):
        # "the earlier licensing requirements": a step told before the news, never the news
        return _older_step(kept, published) and _minerals_compatible(
            kept["minerals"], event["minerals"]
        )
    if (
        event["_anaphoric"]
        and event["sentence"] - kept["sentence"] <= ANAPHORA_REACH
        and not _another_stage(kept, event)
    ):
        # "the curbs", "the deal": the step just told, whoever and whatever this sentence
        # names beside it ("Rwanda rejected the sanctions", "the list covers lithium ...")
        return True
    a, b = _parties(kept), _parties(event)
    if a and b and not a & b:
        return False
    if not _minerals_compatible(kept["minerals"], event["minerals"]):
        return False
    if (
        event["_anaphoric"]
        and kept["action"] in _BETWEEN_GOVERNMENTS
        and not event.get("_year_told")
    ):
        # "the deal", "the talks" far from the sentence that told them, among the same
        # parties: governments hold one deal or one round of talks in a report, whatever the
        # verb of this sentence ("demanding that the deal be renegotiated"); unless dated to a
        # month before that step ("the talks opened in March"): an earlier stage, told as history
        return not _retold_earlier(kept, event, published)
    if (kept.get("_dated_name") or event.get("_dated_name")) and _other_years(kept, event):
        return False  # "a 2017 overhaul of the mining laws" and a law of 2019: two measures
    # a measure first named as standing carries the report's date, not its own (see
    # `_earlier_step`), so its dated retelling may be its start
    if (
        not event["_anaphoric"]
        and kept["_status_source"] != "background"
        and _retold_earlier(kept, event, published)
    ):
        return False  # "the notice replaces a regime first put in place in 2006"
    if _earlier_step(kept, event):
        return False  # a step of another month told as history
    if event.get("_relative") and set(event["actors"]) <= (
        a if not kept["_own_actors_kept"] else set(kept["actors"])
    ):
        # "the countermeasures Beijing unveiled": a step of Beijing's told before, by its
        # actor or, when that mention named none, among its parties
        return True
    if event.get("_participle") and (
        set(kept["actors"]) & set(event["actors"])
        if event["_own_actors_kept"] and kept["_own_actors_kept"]
        else not a or not b or bool(a & b)
    ):
        # "the consensus reached by the two leaders": the step told before, by the same actor
        # when both mentions name one
        return True
    if event.get("_owned") and set(event["actors"]) <= set(kept["actors"]):
        # "Washington's tariff increase": a measure its actor took before, whatever the stage
        return True
    if _duty_told_far_on(kept, event):
        return False  # split (session 25): a duty named far on in a trade report is another one
    if event["_status_source"] in ("default", "background"):
        return _retold_unmarked(kept, event)  # mrg: no status label read
    if kept["status"] == event["status"]:
        if kept["action"] in _BETWEEN_GOVERNMENTS and b <= a:
            # "Seoul held talks with Washington ... Ahn met U.S. officials": who is named as
            # acting in talks or a pact between governments varies between mentions
            return True
        return set(kept["actors"]) == set(event["actors"]) or not event["_own_actors_kept"]
    # a mention with status words of its own at another stage ("proposed a ban ... adopted
    # export curbs"): another step (one with none returned above, `_retold_unmarked`)
    return False


# split (session 25): trade reports tell layers of duties (the day's tariff, earlier rounds, the
# other side's counter-duties, older national-security or anti-dumping duties)
def _duty_told_far_on(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a trade measure named beyond ANAPHORA_REACH sentences after the one told is a
    duty of its own (unless framed by it, said of it, or named by its actor's relative clause,
    participle or possessive: the checks before): a trade report names several duties between
    the same parties, and a mention far on is another of them more often than the first again
    (read training text: 40 second duties against 27 retellings; export controls, one measure
    a report, 19 against 75)."""
    return (
        kept["action"] == "trade_measure" and event["sentence"] - kept["sentence"] > ANAPHORA_REACH
    )


# evover (session 19): what in a second mention's own words marks a step of its own
def _kept_apart(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a mention in a later sentence tells a step of its own whatever it shares with
    the step before: told as one more step ("Kazakhstan has also tightened its subsoil rules",
    `_told_also`), or told by its own status cue, not as a reference back, on a date of a later
    month than that step ("... signed a deal on June 3. ... The two sides signed an accord on
    September 9"): a later step, not the news restated."""
    return event["sentence"] != kept["sentence"] and (
        _told_also(event.get("evidence") or "", event.get("_cue_text") or "")
        or _dated_later(kept, event)
        or _s43_extension(kept, event)
    )


def _s43_extension(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a later mention tells the measure extended, renewed or tightened on a date of its
    own ("In June Congo extended the suspension", "the quotas were renewed in March"), where
    the step told before was not told so and is not dated to that month: a step of its own,
    whatever it shares with the first. Undated, such words most often describe the measure's
    course ("Beijing has steadily widened its controls"), read on labelled text as no step."""
    when = event.get("event_date")
    return (
        bool(when)
        and not (kept.get("event_date") and not _dated_apart(kept, event))
        and _s43_extended(event.get("evidence") or "", event.get("_cue_text") or "")
        and not _s43_extended(kept.get("evidence") or "", kept.get("_cue_text") or "")
    )


# s43: verbs that carry a measure on as a step of its own, and the stems a sentence is first
# tested for before its words are split
_S43_EXTENDING = frozenset(
    {
        "extend", "extends", "extended", "extending",
        "renew", "renews", "renewed", "renewing",
        "prolong", "prolongs", "prolonged", "prolonging",
        "tighten", "tightens", "tightened", "tightening",
        "widen", "widens", "widened", "widening",
        "broaden", "broadens", "broadened", "broadening",
        "lengthen", "lengthens", "lengthened",
        "toughen", "toughens", "toughened",
    }
)  # fmt: skip
_S43_EXTENDING_STEMS = (
    "exten", "renew", "prolong", "tighten", "widen", "broaden", "lengthen", "toughen",
)  # fmt: skip
# the words a passive or a participle puts between the measure and such a verb ("the ban has
# been extended", "the curbs, tightened in May")
_S43_PASSIVE = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", ","}
)
# words before such a verb that make it an adjective of the measure ("the extended ban")
_S43_ADJECTIVE_BEFORE = frozenset({"the", "a", "an", "its", "their", "this", "that"})
# words between such a verb and the measure that end its object: the verb acts on another
# thing ("the gap has widened as licensed exports ...", "extended the deadline for companies")
_S43_BREAKS = frozenset(
    {
        "and", "but", "or", ",", ";", "as", "while", "when", "after", "before", "since",
        "because", "if", "until", "which", "who", "to", "for", "from", "with", "by",
        "in", "on", "at", "of", "under", "into", "than",
    }
)  # fmt: skip
# how many words (determiners, modifiers) may stand between such a verb and the measure
_S43_EXTEND_REACH = 4


@functools.lru_cache(maxsize=4096)
def _s43_extended(evidence: str, cue_text: str) -> bool:
    """Whether the cue's first telling in its sentence is the object of a verb of
    `_S43_EXTENDING` up to _S43_EXTEND_REACH words before it ("extended its cobalt export ban";
    not "the extended ban"), or its subject in the passive or a participle after it ("the ban
    was extended", "the curbs, tightened in May"; not "The law extends the statutes": the
    measure's content)."""
    if not cue_text or not evidence:
        return False
    lowered = evidence.lower()
    if not any(stem in lowered for stem in _S43_EXTENDING_STEMS):
        return False
    words = re.findall(r"[\w'’-]+|[,;]", lowered)
    told = _first_telling(words, cue_text)
    if told is None:
        return False
    i, cue_end = told
    for j in range(i - 1, max(i - 1 - _S43_EXTEND_REACH, -1), -1):
        word = words[j]
        if word in _S43_EXTENDING:
            return j == 0 or words[j - 1] not in _S43_ADJECTIVE_BEFORE
        if word in _S43_BREAKS:
            break
    after = words[cue_end : cue_end + 4]
    for k, word in enumerate(after):
        if word in _S43_EXTENDING:
            return k > 0
        if word not in _S43_PASSIVE:
            break
    return False


def _dated_later(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a mention read from its own status cue, not a reference back, is dated to a
    later month than the step before (both dated to a month at least)."""
    first, second = kept.get("event_date") or "", event.get("event_date") or ""
    return (
        event["_status_source"] == "cue"
        and not event["_anaphoric"]
        and len(first) >= 7
        and len(second) >= 7
        and first[:7] < second[:7]
    )


# words telling a step as one more than those told before
_ALSO = frozenset({"also", "separately"})
# words that end the clause before a cue: an "also" before them adds another verb's step
_ALSO_CLAUSE_BREAKS = frozenset({"and", "but", ";"})
# words opening a relative clause: its "also" adds to what the clause tells of a thing named
# before ("the review, which will also consider whether to impose tariffs"), not a step
_RELATIVES = frozenset({"which", "who"})


def _first_telling(words: list[str], cue_text: str) -> tuple[int, int] | None:
    """Where the cue's words first stand among a sentence's lower-cased `words` (the telling
    the event was read from), as (start, end) word indices, or None."""
    cue = re.findall(r"[\w'’-]+", cue_text.lower())
    n = len(cue)
    i = next((i for i in range(len(words) - n + 1) if n and words[i : i + n] == cue), None)
    return None if i is None else (i, i + n)


@functools.lru_cache(maxsize=4096)
def _told_also(evidence: str, cue_text: str) -> bool:
    """Whether "also" or "separately" stands before the cue in its clause ("The department also
    took a stake", "Seoul separately agreed to"); not across "and", "but" or ";" ("India also
    extended a credit line, and the two sides signed agreements")."""
    words = re.findall(r"[\w'’-]+|;", evidence.lower())
    told = _first_telling(words, cue_text)
    if told is None:
        return False
    i = told[0]
    cut = max((j for j, w in enumerate(words[:i]) if w in _ALSO_CLAUSE_BREAKS), default=-1)
    clause = words[cut + 1 : i]
    return not _ALSO.isdisjoint(clause) and _RELATIVES.isdisjoint(clause)


# mrg2 (session 18): a measure told back as the subject of what someone said of it
def _told_as_said(kept: dict[str, Any], event: dict[str, Any], published: str | None) -> bool:
    """Whether `event` is what someone said of the step `kept` told, however far on ("Producers
    said the quotas would not force output cuts"): a reaction, whatever status its modal gave it,
    so neither its label nor its distance keeps it apart; unless dated to another month than
    the step (than the report, when the step has no date), naming a sum of its own for a step
    that is its sum ("officials said the fund could spend up to $15 billion"; not "a tariff on
    $250 billion of imports remains, and officials said those duties would stay"), told as
    older than the news ("the existing controls", `_older_step`), or lifting a measure or lifted
    (R1: a measure and its lifting are two steps)."""
    # speed37: `_dated_apart` reads the date alone: `kept` dated by the report is that one field,
    # not a copy of its some fifty, and made only when the tests before it hold
    return (
        (event.get("amount_usd") is None or event["action"] not in _SUMS_COMMITTED)
        and not event.get("_back")
        and "revoked" not in (kept["status"], event["status"])
        and not _dated_apart({"event_date": kept.get("event_date") or published}, event)
        and _said_of(event.get("evidence") or "", event.get("_cue_text") or "")
    )


@functools.lru_cache(maxsize=4096)
def _said_of(evidence: str, cue_text: str) -> bool:
    """Whether the cue stands as the subject of a reported clause: a verb of saying, maybe
    "that", a determiner, up to two words and the cue, then a modal or a form of be or have
    ("warned that the bauxite ban could ..."), the determiner no "new" or "further" measure."""
    words = re.findall(r"[\w'’-]+", evidence.lower())
    cue = re.findall(r"[\w'’-]+", cue_text.lower())
    said = _words()
    if cue and cue[0] in said["said_determiners"]:
        cue = cue[1:]  # a cue with its own determiner: "the plan"
    n = len(cue)
    # the first telling of the cue in the sentence, the one the event was read from: not "raised
    # tariffs on Monday, and producers said the tariffs would ..."
    i = next((i for i in range(len(words) - n) if n and words[i : i + n] == cue), None)
    # the last clause, which may only tell who spoke: "..., a battery maker said"
    tail = re.findall(r"[\w'’-]+", evidence.lower().rsplit(",", 1)[-1])
    return (
        i is not None
        and words[i + n] in said["said_predicates"]
        and _said_before(words, i, said, tail)
    )


def _said_before(
    words: list[str], cue: int, said: dict[str, frozenset[str]], tail: list[str]
) -> bool:
    """Whether a determiner at most two words before the cue follows a verb of saying, right
    before it or before a "that" up to four words on, with no word of another step between; or
    opens a sentence whose last clause only tells who said it ("'These rules will lead
    automakers to rethink supply chains,' said a consultant"). A bare plural right after such a
    "that" is the measure too ("warned that duties could raise costs")."""
    if cue > 1 and words[cue - 1] == "that" and _said_verb(words, cue - 1, said):
        return True
    for det in range(cue - 1, max(cue - 4, 0) - 1, -1):
        if words[det] in said["said_determiners"]:
            break
        if words[det] in said["said_other_steps"]:
            return False
    else:
        return False
    if det == 0:
        return _said_last(tail, said)
    if words[det - 1] in said["said_verbs"]:
        return True
    return words[det - 1] == "that" and _said_verb(words, det - 1, said)


def _said_verb(words: list[str], that: int, said: dict[str, frozenset[str]]) -> bool:
    """Whether a verb of saying stands up to five words before "that" ("said on Monday that")."""
    return not said["said_verbs"].isdisjoint(words[max(that - 5, 0) : that])


def _said_last(tail: list[str], said: dict[str, frozenset[str]]) -> bool:
    """Whether the last clause of a sentence only tells who said it: a verb of saying and no
    modal or form of be or have ("a battery maker said"; not "..., and Canada said it would
    review them")."""
    return not said["said_verbs"].isdisjoint(tail) and said["said_predicates"].isdisjoint(tail)


def _retold_unmarked(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a mention with no status words of its own (its status a default, or read from how
    the measure is named) tells `kept` again: not dated to another month, and by the same actor
    when it names one of its own (or among the parties of talks or a pact between governments).
    Decided without the status labels the rules chose for the two, so a status fix moves no merge:
    before, a differing label merged such a mention whoever acted ("the European Union keeps
    its own embargo" into a U.S. lifting) and a matching one kept it apart only by its actors."""
    if _told_as_plan(kept, event):
        return True  # evmerge3
    if _dated_apart(kept, event):
        return False
    if kept["action"] in _BETWEEN_GOVERNMENTS and _parties(event) <= _parties(kept):
        return True
    return set(kept["actors"]) == set(event["actors"]) or not event["_own_actors_kept"]


def _dated_apart(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether both mentions are dated, to different months (years, when either gives only a
    year). Reads their dates alone (`_told_as_said` hands it a record of one date)."""
    first, second = kept.get("event_date"), event.get("event_date")
    if not first or not second:
        return False
    n = 7 if len(first) >= 7 and len(second) >= 7 else 4
    return first[:n] != second[:n]


# evmerge3 (session 19): what the words of a second mention say of the step told before
def _lifted_back(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a reference back in a later sentence, within ANAPHORA_REACH, tells the lifting of
    a step not lifted ("Tokyo wanted the tariffs removed", "talks had broken down"): a measure and
    its lifting are two steps (R1). Not when the reference back opens its sentence as the subject
    of what it does ("The law removes the distinction ...", "The deal will scrap tariffs"): the
    step's content, whose verb read as a lifting."""
    return (
        bool(event["_anaphoric"])
        and event["status"] == "revoked"
        and kept["status"] != "revoked"
        and 0 < event["sentence"] - kept["sentence"] <= ANAPHORA_REACH
        and not _opens_on_cue(event.get("evidence") or "", event.get("_cue_text") or "")
    )


_OPENING_DETERMINERS = frozenset({"the", "this", "that", "its"})


def _opens_on_cue(evidence: str, cue_text: str) -> bool:
    """Whether a sentence opens on a determiner and the cue ("The law ...", "Its ban ...")."""
    cue = cue_text.lower().split()
    if cue[:1] == ["the"]:
        cue = cue[1:]
    words = evidence.lower().split()
    return (
        bool(cue)
        and words[:1] != []
        and words[0] in _OPENING_DETERMINERS
        and words[1 : 1 + len(cue)] == cue
    )


def _told_as_plan(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a mention with no status words of its own, read as a plan by default, tells the
    step before as still to come ("Construction is to start early next year", "the restart
    would cost about $150 million"), not dated to another month: no step of its own, whoever
    else it names (the contractor, the lender, the company's home). Read through `_same_stage`
    too: a mention with no status words in the sentence right after a plan ("is considering
    changes ... The changes would let ...") elaborates the plan, whatever label its default
    gave it (measured: most of this rule's gain on dev and the training text)."""
    return (
        event["status"] == "proposed"
        and event["_status_source"] == "default"
        and not _dated_apart(kept, event)
    )


def _same_stage(kept: dict[str, Any], event: dict[str, Any], published: str | None) -> bool:
    """Whether two mentions whose status labels differ still tell one stage of a step
    (`_one_stage`), and so restate it as they would under one label: the labels then differ by
    the cue words each sentence chose, not by a step the words mark apart."""
    return (
        kept["status"] != event["status"]
        and _one_stage(kept, event)
        and _same_event(kept, {**event, "status": kept["status"]}, published)
    )


def _one_stage(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether nothing in two mentions' own words marks a second stage: the later one is told in
    the same or the next sentence (a lead and its elaboration: "plans to ban ... The ban will
    ..."), not both carry a date of their own (each dated step is its own), and neither lifts
    a measure (a measure and its lifting are two steps, R1). The merged event keeps the status
    of the first telling, the report's lead."""
    return (
        event["sentence"] - kept["sentence"] <= STAGE_REACH
        and not (kept.get("event_date") and event.get("event_date"))
        and "revoked" not in (kept["status"], event["status"])
    )


def merge_duplicates(
    events: list[dict[str, Any]], published: str | None = None
) -> list[dict[str, Any]]:
    """Merge restatements of one event within a document (see `_same_event`); `published`
    (YYYY-MM-DD) stands for the date of an event the text does not date."""
    merged: list[dict[str, Any]] = []
    # the merged events of each action, in order: an event of another action is never the same
    # (`_same_event`), so only these are tried
    of_action: dict[str, list[dict[str, Any]]] = {}
    decided: set[int] = set()  # the merged events a reference back told as decided
    own_day: dict[int, str] = {}  # dc35: a retelling's earlier day (`_dc35_report_day`)
    placing = False  # s42: whether a step kept so far is placed by its due day
    for event in events:
        twin = None
        told = _s42_placed(event) if event.get("_due_at") else event
        for kept in of_action.get(event["action"], ()):  # sp40: a plain loop, not next()
            first = _s42_placed(kept) if placing else kept
            if (
                _same_event(first, told, published)
                or _same_stage(first, told, published)
                or _lifting_retold(first, told)  # evlift
                or _told_in_full(first, told)  # stlead
            ):
                twin = kept
                break
        if twin is None:
            kept = dict(event)
            if told is not event:
                placing = True
            merged.append(kept)
            of_action.setdefault(kept["action"], []).append(kept)
            continue
        if id(twin) not in own_day and (
            _dc35_retold_day(twin, event, published) or _dc35_day_in_month(twin, event)
        ):
            own_day[id(twin)] = event["event_date"]
        if event.get("_relative") and not twin["_own_actors_kept"]:
            # the first statement named no actor; "the curbs Beijing imposed" names it
            twin["actors"] = list(event["actors"])
        # the first statement names the event; later ones add minerals only when it had none,
        # so a restatement about other minerals cannot swallow a third event; a quotation
        # lends it nothing ("our partners in the United States and Japan can count on us")
        quoted = _s42_quoted(event)
        if not twin["minerals"] and not quoted:
            twin["minerals"] = list(event["minerals"])
        if event["partners"] and not quoted:
            twin["partners"] = _unique(
                [p for p in [*twin["partners"], *event["partners"]] if p not in twin["actors"]]
            )
        for field in (
            "amount_usd",
            "amount",
            "currency",
            "quantity_t",
            "event_date",
            "deadline",
            "_sm35_sum",
        ):
            if twin.get(field) is None and event.get(field) is not None:
                twin[field] = event[field]
                if field == "event_date" and event.get("_fd36c_named"):
                    twin["_fd36c_named"] = event["_fd36c_named"]  # fd36c: the year's kind too
        if event["confidence"] > twin["confidence"]:  # sp40-r2: max() as a comparison
            twin["confidence"] = event["confidence"]
        cue, also = twin.get("_fd36_cue"), event.get("_fd36_cue")
        if cue and also and cue[0] == also[0]:
            # fd36b: a step told twice in one sentence owns both its cues' periods
            twin["_fd36_cue"] = (cue[0], cue[1] + also[1], cue[2])
        if _told_in_full(twin, event):
            _take_full_telling(twin, event)  # stlead
        _note_stage_told(twin, event)  # stmerged
        if (
            twin["status"] == "agreed"
            # a lifting told after the step is the undoing of it, not a stage of the step
            and event["status"] == "in_force"
            and event["_status_source"] == "cue"
            and not event.get("_participle")  # "implement the consensus reached": no new stage
            # a reference back from afar tells of the step, not a stage of it
            and not (event["_anaphoric"] and event["sentence"] - twin["sentence"] > ANAPHORA_REACH)
        ):
            twin["status"] = event["status"]  # "the pact took effect on signature"
        elif _told_as_decided(twin, event):
            decided.add(id(twin))
    merged.extend(_made_years(events, merged, published))  # evyear
    # set after the merging, so that which mentions merge does not hang on it
    for event in merged:
        if id(event) in decided:
            event["status"] = "agreed"
        day = own_day.get(id(event))
        if day is not None and event.get("event_date") in (published, day[:7]):
            event["event_date"] = day
        _take_stage_told(event)  # stmerged
        event.pop("_own_actors_kept", None)
    return merged


def _s42_quoted(event: dict[str, Any]) -> bool:
    """Whether the event's cue stands inside a quotation: after an opening mark not yet closed,
    or, in a sentence that goes on from a quotation begun before it, before a closing mark."""
    told = event.get("_fd36_cue")
    if not told:
        return False
    text, at = told[0], told[1][0]
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return False
    before = text[:at]
    if before.rfind("\u201c") > before.rfind("\u201d") or before.count('"') % 2:
        return True
    if "\u201c" in before or "\u201d" in before or '"' in before:
        return False
    after = text[at:]
    close = after.find("\u201d")
    return (close >= 0 and "\u201c" not in after[:close]) or text.count('"') % 2 == 1


# s42: a blank line before a block opening in lower case, where a dated heading may end
# (`_s42_heading_days`); searched from its line break, which the search skips to (a leading
# digit class would be tried at every character)
_S42_BLOCK_GOES_ON = re.compile(r"\n[ \t]*\n[ \t]*[a-z]")


def _s42_year_line_over_block(text: str) -> bool:
    """Whether a line ending in a year stands over a block opening in lower case: a dated
    heading's shape, which `_s42_heading_days` reads."""
    for block in _S42_BLOCK_GOES_ON.finditer(text):
        start = block.start()
        if text[start - 12 if start > 12 else 0 : start].rstrip(" \t")[-4:].isdigit():
            return True
    return False


def _s42_heading_days(events: list[dict[str, Any]], sents: list[Any], text: str) -> None:
    """An undated step told by a block that goes on from a dated heading ("Commission
    Implementing Regulation (EU) 2026/512\nof 25 March 2026\n\namending Regulation ... on
    export licences"): the block opens in lower case, and the act's day is the heading's."""
    for event in events:
        evidence = event.get("evidence") or ""
        index = event["sentence"]
        if event.get("event_date") or not evidence[:1].islower() or index < 1:
            continue
        before = sents[index - 1]
        day = heading_day(text[before.start_char : before.end_char].rstrip())
        if day is not None:
            event["event_date"] = day


def _s42_due_at(mentions: list[DateMention], anchor: int) -> str | None:
    """The day the sentence says a step is scheduled for or was moved to ("the auction is set
    for July", "postponed to June"), nearest the cue: a deadline (`dates._DUE_BEFORE`)."""
    best, gap = None, 0
    for mention in mentions:
        if mention.due:
            distance = abs(mention.start - anchor)
            if best is None or distance < gap:
                best, gap = mention.value, distance
    return best


def _s42_placed(event: dict[str, Any]) -> dict[str, Any]:
    """The event as merging compares it: one with no date of its own but a day it is scheduled
    for is placed by that day. Read as the event's date before session 42, that day kept such a
    mention apart from a step told in another month ("committee hearings would be scheduled for
    later this month" after "an executive order signed in December 2017"); read as a deadline
    alone, the mention looked undated and merged into it."""
    due = event.get("_due_at")
    if due is None or event.get("event_date"):
        return event
    return {**event, "event_date": due}


# dc35: how many sentences after a step dated by the report's day a retelling may give the
# step's own day
DC35_RETOLD_REACH = 3


def _dc35_retold_day(kept: dict[str, Any], event: dict[str, Any], published: str | None) -> bool:
    """Whether `event`, merged into `kept`, gives the step its own day: `kept` is dated by the
    report's day (the dateline, "on Monday" of a report of Monday), and `event`, told within
    `DC35_RETOLD_REACH` sentences at the same stage, names an earlier day ("TOKYO, July 23 -
    Japan and the United States reached a trade agreement ... The deal, announced by President
    Donald Trump late on Tuesday"; "Prices climbed on Monday ahead of Chinese export
    restrictions ... Beijing announced the licences on Thursday"): the report's day is when
    the news or a reaction to it was told, the retelling's day when the step was taken. Read
    groups: 22 retellings' days agree with the labels, 7 leads' days. A retelling of another
    stage ("took effect on Saturday ... announced on April 2") dates that stage only."""
    day = event.get("event_date")
    return (
        published is not None
        and kept.get("event_date") == published
        and day is not None
        and len(day) == 10
        and day < published
        and event["status"] == kept["status"]
        and 0 < event["sentence"] - kept["sentence"] <= DC35_RETOLD_REACH
    )


def _dc35_day_in_month(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether `event`, merged into `kept`, names the day of the month `kept` is dated by
    ("Prices rose this week after Beijing banned exports ... China's commerce ministry
    announced the ban on Tuesday", "Last month China launched an anti-dumping investigation
    ... opened on September 27"): the retelling's day refines the month (read groups: 16 days
    agree with the labels, 1 month)."""
    month, day = kept.get("event_date"), event.get("event_date")
    return (
        month is not None
        and len(month) == 7
        and day is not None
        and len(day) == 10
        and day.startswith(month)
        and event["sentence"] > kept["sentence"]
    )


# stlead (session 23): a measure named in passing in the lead, then told in full
def _told_in_full(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether `event` tells in full, with status words of its own, a measure `kept` only named in
    passing as what another party weighs ("Tokyo is examining how China's new licensing rules
    will affect ... Beijing said on Friday that exports would need licences with immediate
    effect"): one measure, not a second step. The fuller telling says the measure stands
    (in force), or decides what the first mention left weighed (agreed after proposed); it
    shares a party and minerals and is dated to the same month or not dated apart; a real news
    step followed by the history it continues ("China on Tuesday banned ... It first restricted
    exports in 2023") is told by its own verb, never named in passing, and stays two."""
    return (
        bool(kept.get("_in_passing"))
        and event["sentence"] > kept["sentence"]
        and event["_status_source"] in ("cue", "date")
        and (
            event["status"] == "in_force"
            or (event["status"] == "agreed" and kept["status"] == "proposed")
        )
        and kept["status"] in ("agreed", "proposed")
        and _shares_parties(kept, event)
        and _minerals_compatible(kept["minerals"], event["minerals"])
        and (bool(event["_anaphoric"]) or not _dated_apart(kept, event))
    )


def _take_full_telling(kept: dict[str, Any], event: dict[str, Any]) -> None:
    """Give a measure named in passing the status and date of its full telling (`_told_in_full`):
    the first mention took the stage of another party's step (examining, weighing) and the
    report's date; the labels keep the measure's own. The merged event keeps its place."""
    kept["status"] = event["status"]
    kept["_status_source"] = event["_status_source"]
    if event.get("event_date"):
        kept["event_date"] = event["event_date"]
    kept["_in_passing"] = False  # told in full now: the first full telling decides


# evlift (session 20): a permit revoked or a plant halted, told again in the next sentence
# steps on one object: a permit is revoked, a plant halted once, so a second revoking telling
# of it in the next sentence is that step again (a measure may be lifted in parts, by each side)
_ONE_OBJECT = frozenset({"permitting", "project"})


def _lifting_retold(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a revoking mention in the sentence right after a revoked permit or halted plant
    tells that step again ("has revoked the permit ... The ruling suspends the licence of the
    mine", "would halt the project ... said it would stop mining by May"): one step (R1 keeps
    only a measure and its lifting apart), whoever the second sentence names as acting, unless
    told as one more ("also", `_kept_apart`), of other parties or minerals, or dated to another
    month (a bare year is often the history the sentence adds)."""
    return (
        kept["action"] in _ONE_OBJECT
        and kept["status"] == event["status"] == "revoked"
        and 0 < event["sentence"] - kept["sentence"] <= STAGE_REACH
        and _shares_parties(kept, event)
        and _minerals_compatible(kept["minerals"], event["minerals"])
        and not _other_months(kept, event)
        and not _kept_apart(kept, event)
    )


def _shares_parties(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether two mentions share a party, or one names none."""
    a, b = _parties(kept), _parties(event)
    return not a or not b or bool(a & b)


def _other_months(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether both mentions are dated to a month, and to different months."""
    first, second = kept.get("event_date") or "", event.get("event_date") or ""
    return len(first) >= 7 and len(second) >= 7 and first[:7] != second[:7]


# stmerged (session 20): which telling of a merged step decides its status
def _note_stage_told(kept: dict[str, Any], event: dict[str, Any]) -> None:
    """Note on `kept` the status a reference back in the next sentence tells by its own status
    words ("... its critical minerals reserve. The bill would let the reserve buy ..."), when
    the first telling had none and its status is a default: the elaboration's words tell the
    stage (R3, R6), the default only guessed it. Measured over the merged mentions: a lead with
    status words of its own keeps the stage 3 : 1 against every later telling, so only a
    default gives way. Kept aside until the merging ends, so which mentions merge does not
    hang on it (`_take_stage_told`)."""
    if (
        "_stage_told" not in kept
        and kept["_status_source"] == "default"
        and event["_status_source"] == "cue"
        and event["_anaphoric"]
        and 0 < event["sentence"] - kept["sentence"] <= STAGE_REACH
        and event["status"] != kept["status"]
        and "revoked" not in (kept["status"], event["status"])
    ):
        kept["_stage_told"] = event["status"]


def _take_stage_told(event: dict[str, Any]) -> None:
    """Give a merged event the status its reference back told (`_note_stage_told`)."""
    told = event.pop("_stage_told", None)
    if told is not None:
        event["status"], event["_status_source"] = told, "cue"


# evyear and evrec4 (session 20), one reader since made1 (session 21): a measure a step names
# by the participle of its making and a date before the report's
_MADE_YEAR = _words()["made_year_participles"]
_MADE_YEAR_STANDING = _words()["made_year_standing"]
_MADE_YEAR_ACTIONS = _words()["made_year_standing_actions"]
_MADE_YEAR_STOPS = _words()["made_year_stops"]
# words from the cue to its participle ("tariffs the United States imposed on more than $200
# billion of Chinese goods in 2018"), and from the participle to its date
_MADE_YEAR_REACH, _MADE_YEAR_IN_REACH = 14, 12
_MADE_YEAR_WORDS = re.compile(r"[\w'’-]+|,")
_MADE_YEAR_BREAKS = frozenset((",", "and", "but"))
_YEAR_TOLD = re.compile(r"\d{4}")
# fields of the news step's own telling that the named measure does not share
_NEWS_ONLY = ("amount_usd", "amount", "currency", "quantity_t", "deadline", "_sm35_sum")


def _made_years(
    events: list[dict[str, Any]], merged: list[dict[str, Any]], published: str | None
) -> list[dict[str, Any]]:
    """The steps a mention names by the participle of their making at a date before the report's
    and of no event told ("Jakarta eased its ban on exports, introduced in 2014": the easing is
    the news, the ban of 2014 a step of its own, as the labels count it), one per action and
    year: a restriction imposed or introduced stands (R5, in force), any other making is a
    decided act (R6, agreed)."""
    # a step of that year told already; an undoing dated by its measure's making tells none
    have = {
        (e["action"], (e.get("event_date") or "")[:4]) for e in merged if e["status"] != "revoked"
    }
    out: list[dict[str, Any]] = []
    for event in events:
        if event.get("_candidate") or not published:
            continue
        evidence, cue_text = event.get("evidence") or "", event.get("_cue_text") or ""
        made = _made_year(evidence, cue_text, published, event["status"] == "revoked")
        if made is None or (event["action"], made[0][:4]) in have:
            continue
        when, verb = made
        have.add((event["action"], when[:4]))
        standing = verb in _MADE_YEAR_STANDING and event["action"] in _MADE_YEAR_ACTIONS
        step = {**event, "event_date": when, "status": "in_force" if standing else "agreed"}
        step.update({field: None for field in _NEWS_ONLY})
        out.append({**step, "_status_source": "date"})
    return out


@functools.lru_cache(maxsize=4096)
def _made_year(
    evidence: str, cue_text: str, published: str, undone: bool
) -> tuple[str, str] | None:
    """(date, participle) of a participle of making after the cue in its clause and the date
    told after it ("its ban on exports, introduced in 2014", "the curbs it had placed in July
    2019"); None when a word of another clause comes first."""
    if not _may_tell_making(evidence, undone):
        return None
    found = [(m.start(), m.group().lower()) for m in _MADE_YEAR_WORDS.finditer(evidence)]
    words = [w for _, w in found]
    cue = _MADE_YEAR_WORDS.findall(cue_text.lower())
    if cue[:1] == ["the"]:
        cue = cue[1:]
    n = len(cue)
    i = next((i for i in range(len(words) - n + 1) if n and words[i : i + n] == cue), None)
    if i is None:
        return None
    k = next(
        (
            k
            for k in range(i + n, min(i + n + _MADE_YEAR_REACH, len(words)))
            if words[k] in _MADE_YEAR or words[k] in _MADE_YEAR_STOPS
        ),
        None,
    )
    if k is None or words[k] not in _MADE_YEAR:
        return None
    when = _date_after(evidence, found, k, published, undone)
    return (when, words[k]) if when is not None else None


def _may_tell_making(evidence: str, undone: bool) -> bool:
    """Helper speed (session 25): whether `_made_year` can find anything: a participle of
    making among the evidence's lower-cased words (each then stands in the lower-cased text)
    and, but for an undoing, a digit for the year it must tell. Most sentences hold neither,
    and their words are not split."""
    low = evidence.lower()
    if not any(map(low.__contains__, _MADE_YEAR)):
        return False
    return undone or _DIGIT_CHAR.search(evidence) is not None


_DIGIT_CHAR = re.compile(r"\d")


def _date_after(
    evidence: str, found: list[tuple[int, str]], verb: int, published: str, undone: bool
) -> str | None:
    """The first date of the participle's clause ("imposed in March 2018", "signed on 1 May
    2019") told with its year before the report's year; a measure an undoing names also by a
    date without its year before the report's month ("scrap the tariffs it imposed last
    August", evrec4's reading), which the labels count, unlike a bare month of any other step."""
    end = min(verb + _MADE_YEAR_IN_REACH, len(found))
    end = next((m for m in range(verb + 1, end) if found[m][1] in _MADE_YEAR_BREAKS), end)
    start = found[verb][0] + len(found[verb][1])
    stop = found[end][0] if end < len(found) else len(evidence)
    when = next((d for d in find_dates(evidence[start:stop], published) if d.kind == "event"), None)
    if when is None:
        return None
    if not undone:
        told = _YEAR_TOLD.search(when.text) is not None
        return when.value if told and when.value[:4] < published[:4] else None
    n = min(len(when.value), 7)
    return when.value if when.value[:n] < published[:n] else None


def _told_as_decided(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a step first read as standing only because of how it was named (a law by its
    name, an owned measure: "passed the Modern Slavery Act", status source "background") is told
    by a reference back as a decided step ("the act ... will take effect in January"), or by a
    decided verb of its own in the sentences just after ("Chile's new lithium rules ... The
    decree, issued on Monday, ..."): the report's news, `agreed` (R6), not a background measure
    in force (R5)."""
    return (
        kept["status"] == "in_force"
        and kept["_status_source"] == "background"
        and event["status"] == "agreed"
        and (bool(event["_anaphoric"]) or _retold_next(kept, event))
    )


def _retold_next(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether `event` tells `kept` again by a status cue of its own within ANAPHORA_REACH
    sentences: a lead's step elaborated in the next sentences, not history told far on."""
    return (
        event["_status_source"] == "cue" and event["sentence"] - kept["sentence"] <= ANAPHORA_REACH
    )


# s43: a report of more sentences than this moves between parties section by section: its lead
# party is lent only near where it is named (`_lead_reach`); a shorter one is about its lead
LONG_REPORT = 25
# how many sentences after naming the lead party a long report lends it whatever else it names
LEAD_REACH = 2


def _lead_reach(
    lead: str, span_buckets: Sequence[Sequence[Found]], named_first: bool
) -> list[bool]:
    """For each sentence of a long report, whether a sentence naming no actor takes its lead
    party: within LEAD_REACH sentences after a sentence naming it, or later while no other
    country or bloc has been named since. `named_first`: the title or the dateline named it
    (it reaches the opening); else nothing before the text names it takes it."""
    out: list[bool] = []
    last = -1 if named_first else None
    others = False  # another party named since the lead's last mention
    for index, bucket in enumerate(span_buckets):
        out.append(last is not None and (index - last <= LEAD_REACH or not others))
        parties = {s.kb_id_ for s in bucket if s.label_ in ("COUNTRY", "BLOC")}
        if lead in parties:
            last, others = index, False
        elif parties:
            others = True
    return out


# evparty: the country of a state or province named for it
def _home_place(doc: Doc, spans: Sequence[Found]) -> list[str]:
    """The report's own party when its title names no country: the country of a state or
    province the title names, or the text names before any country ("Arizona regulators
    issued ..., the Canadian company"); else none, and the first country stands."""
    placed = title_place(doc.user_data.get(TITLE_KEY))
    if placed is not None:
        return [placed]
    home = dateline_home(doc)
    if home is not None:
        return [home]
    lowers = doc.to_array(LOWER).tolist()
    found = place_party(doc, lowers, 0, _home_bound(lowers, spans))
    return [found[1]] if found is not None else []


def _home_bound(lowers: list[int], spans: Sequence[Found]) -> int:
    """Where the text first names a country for itself: a firm's home ("U.S. lithium producer
    Albemarle ... the Western Australian government") stands for no government."""
    words = role_hashes()
    for span in spans:
        if span.label_ in ("COUNTRY", "BLOC") and not firm_home(
            lowers, span.end, len(lowers), words
        ):
            return span.start
    return len(lowers)


# sp40: (`place_hashes`' table, its keys as a frozenset), so that a sentence's set of words
# is tested against stored hashes
_PLACE_FIRSTS: tuple[object, frozenset[int]] = (None, frozenset())


def _place_firsts() -> frozenset[int]:
    """The first words of the places `place_hashes` names, as a frozenset."""
    global _PLACE_FIRSTS
    table = place_hashes()
    if _PLACE_FIRSTS[0] is not table:
        _PLACE_FIRSTS = (table, frozenset(table))
    return _PLACE_FIRSTS[1]


def _sentence_place(
    doc: Doc, lowers: Sequence[int], sent: Sent, words: set[int] | None = None
) -> list[str]:
    """A step whose sentence names no party but a state or province ("Quebec issued the
    certificate", "Ontario's mining act") is that country's, not the report's lead party's.
    `words`, the sentence's words as a set when the caller has one."""
    if words is None:
        words = set(lowers[sent.start : sent.end])
    if _place_firsts().isdisjoint(words):
        return []  # helper speed10: no place's first word (most sentences), told in C
    found = place_party(doc, lowers, sent.start, sent.end)
    return [found[1]] if found is not None else []


def _dateline_actors(doc: Doc) -> list[str]:
    """A report naming no country at all ("NEW DELHI - The Ministry of Mines notified ...") is
    its dateline's country's: the gazetteer keeps a dateline out of the mentions."""
    found = dateline_party(doc)
    return [found] if found is not None else []


def _pa34_dateline_government(
    doc: Doc, sents: Sequence[Any], span_buckets: Sequence[Sequence[Found]]
) -> list[str]:
    """pa34 (session 34): a report whose title names no party and whose first sentence opens
    on an unnamed government body naming no country ("NEW DELHI - The Union Cabinet on Tuesday
    approved ...", "CANBERRA - The government will ...") is the dateline's country's, a capital
    too: that body sits where the report is filed, whichever country the text names first
    later (a supplier, a rival)."""
    if not sents or any(s.label_ in ("COUNTRY", "BLOC") for s in span_buckets[0]):
        return []
    found = dateline_party(doc)
    if found is None:
        return []
    first = sents[0]
    lowers = [t.lower for t in doc[first.start : first.end]]
    dash = _dateline_dash(doc, first.start, first.end)
    skip = 0 if dash is None else dash - first.start + 1
    return [found] if opens_with_reference(lowers, skip, len(lowers)) else []


_DATELINE_DASHES = frozenset({"-", "–", "—", "--"})


def _dateline_dash(doc: Doc, start: int, end: int) -> int | None:
    """The position of the dash that closes a dateline opening the words from `start` ("MANILA,
    July 18 (Reuters) -"), within `_DATELINE_REACH` words and before `end`, or None."""
    # sp39: the words' texts from the token arrays, not a Span's Token objects
    arrays = token_arrays(doc)
    text, starts, ends = arrays.text, arrays.starts, arrays.ends
    for i in range(start, min(start + _DATELINE_REACH, end)):
        if text[starts[i] : ends[i]] in _DATELINE_DASHES:
            return i
    return None


def _pa34_without_dateline_country(doc: Doc, spans: Sequence[Found]) -> Sequence[Found]:
    """pa34 (session 34): the spans of a first sentence without the country of its dateline
    ("REGGIO CALABRIA, Italy - Trade ministers from the Group of Seven said ..."), when the
    sentence names another party: the dateline is where the report is filed, a summit's venue,
    not who acts (TAXONOMY: a dateline alone does not count)."""
    dash = _dateline_dash(doc, 0, len(doc))
    if dash is None:
        return spans
    place = [s for s in spans if s.label_ == "COUNTRY" and s.end <= dash]
    if len(place) != 1 or place[0].start < 2 or doc[place[0].start - 1].text != ",":
        return spans
    if not all(t.is_upper or not t.is_alpha for t in doc[: place[0].start - 1]):
        return spans
    rest = [s for s in spans if s is not place[0]]
    if not any(s.label_ in ("COUNTRY", "BLOC") for s in rest):
        return spans
    return rest


# pa34: how many words a dateline may run to ("MANILA, July 18 (Reuters) -")
_DATELINE_REACH = 10


# evrec4: how many words at least stand between two cues of one clause told as two kinds of
# step ("investigation ... into electric vehicles, is expected to announce provisional duties"),
# so that one noun phrase ("anti-dumping duty investigation") stays one step
_KIND_GAP = 3


@functools.cache
def _step_kinds() -> dict[str, tuple[frozenset[int], ...]]:
    """The actions.yaml `evrec4_step_kinds`: per action, the words of each kind (hashed)."""
    data = load_data(ACTIONS_FILE).get("evrec4_step_kinds") or {}
    return {
        action: tuple(frozenset(hash_string(w) for w in words) for words in kinds)
        for action, kinds in data.items()
    }


@functools.cache
def _kind_told() -> tuple[frozenset[int], frozenset[int]]:
    """The actions.yaml `evrec4_kind_told` and `evrec4_kind_finding` (hashed)."""
    data = load_data(ACTIONS_FILE)
    return tuple(  # type: ignore[return-value]
        frozenset(hash_string(w) for w in data.get(key) or ())
        for key in ("evrec4_kind_told", "evrec4_kind_finding")
    )


def _told_not_taken(cue: ActionCue, c_start: int, lowers: list[int]) -> bool:
    """Evrec4: whether the clause tells the second kind's step as the origin or a possible
    outcome of the first ("The tariff follows an investigation", "opening the way for new
    tariffs"), or a case by its finding ("after an investigation found that ...")."""
    told, finding = _kind_told()
    return not told.isdisjoint(lowers[c_start : cue.end]) or (
        cue.end < len(lowers) and lowers[cue.end] in finding
    )


def _step_kind(cue: ActionCue, lowers: list[int], kinds: tuple[frozenset[int], ...]) -> int:
    """Evrec4: the index of the one kind of step a cue's words, or the word just after them
    ("anti-subsidy investigation"), name; -1 for none or more than one."""
    words = lowers[cue.start : cue.end + 1]
    named = [k for k, kind in enumerate(kinds) if not kind.isdisjoint(words)]
    return named[0] if len(named) == 1 else -1


@functools.cache
def _answer_words() -> dict[str, frozenset[int]]:
    """The actions.yaml words of answering by action (hashed): `evrec4_answer_words` for each
    of `evrec4_answer_actions`, and `evrec4_answer_more`'s own lists."""
    data = load_data(ACTIONS_FILE)
    shared = frozenset(hash_string(w) for w in data.get("evrec4_answer_words") or ())
    words = {action: shared for action in data.get("evrec4_answer_actions") or ()}
    for action, more in (data.get("evrec4_answer_more") or {}).items():
        words[action] = words.get(action, frozenset()) | {hash_string(w) for w in more}
    return words


def _second_step(
    anchor: ActionCue,
    cue: ActionCue,
    own: int,
    lowers: list[int],
    kinds: tuple[frozenset[int], ...] | None,
) -> bool:
    """Evrec4: whether a later cue of the anchor's action and clause tells a step of its own:
    it names the other kind of step (`_step_kind`), or the measure the anchor's step answers
    ("in retaliation for Washington's duties", `evrec4_answer_words` between the two)."""
    if (
        kinds
        and own >= 0
        and cue.start >= anchor.end + _KIND_GAP
        and _step_kind(cue, lowers, kinds) not in (-1, own)
    ):
        return True
    words = _answer_words().get(anchor.action)
    return words is not None and not words.isdisjoint(lowers[anchor.end : cue.start])


def _second_kind_anchors(
    anchors: list[ActionCue],
    cues: list[ActionCue],
    clause_starts: list[int],
    lowers: list[int],
    base: int,
) -> list[ActionCue]:
    """Evrec4: beside a clause's anchor (`clause_anchors`, one per action and clause), the
    first later cue of that action in the clause naming the other kind of step (a trade case
    beside a duty: "launched a challenge at the WTO against U.S. tariffs"), the labels' second
    event of the clause."""
    kinds = _step_kinds()
    extra: list[ActionCue] = []
    ordered: list[ActionCue] | None = None  # speed37: the cues by start, sorted once a call
    for anchor in anchors:
        words = kinds.get(anchor.action)
        own = _step_kind(anchor, lowers, words) if words else -1
        if own < 0 and anchor.action not in _answer_words():
            continue
        clause = bisect.bisect_right(clause_starts, anchor.start)
        c_start = clause_starts[clause - 1] if clause else base
        if ordered is None:
            ordered = sorted(cues, key=_CUE_START)
        other = None
        for c in ordered:  # sp40: a plain loop, not a generator in next()
            if (
                c.action == anchor.action
                and c.start > anchor.end
                and bisect.bisect_right(clause_starts, c.start) == clause
                and _second_step(anchor, c, own, lowers, words)
                and not any(a.start < c.end and c.start < a.end for a in anchors)
            ):
                other = c
                break
        if other is not None and not _told_not_taken(other, c_start, lowers):
            extra.append(other)
    return sorted(anchors + extra, key=_CUE_START) if extra else anchors


# evrec4: how many tokens after a second cue of a clause its own date may stand ("granted the
# operating licence in 2015 and the environmental permit for sea disposal in 2016")
_SECOND_DATE_REACH = 8


@functools.cache
def _dated_apart_actions() -> frozenset[str]:
    """The actions.yaml `evrec4_dated_apart_actions`."""
    return frozenset(load_data(ACTIONS_FILE).get("evrec4_dated_apart_actions") or ())


@functools.cache
def _content_words() -> frozenset[int]:
    """The actions.yaml `evrec4_content_words` (hashed)."""
    return frozenset(
        hash_string(w) for w in load_data(ACTIONS_FILE).get("evrec4_content_words") or ()
    )


def _dated_apart_anchors(
    anchors: list[ActionCue],
    cues: list[ActionCue],
    clause_starts: list[int],
    doc: Doc,
    sent: Sent,
    dates: list[DateMention],
    lowers: list[int],
) -> tuple[list[ActionCue], dict[int, str]]:
    """Evrec4: beside a clause's anchor, the first later cue of its action told at another date
    ("granted the operating licence in 2015 and the environmental permit in 2016"): a date
    before that cue and a later one after the anchor, of two values, make it a step of its own,
    for the actions of `evrec4_dated_apart_actions`; with each such cue's own date (the other
    value nearest it), so the two steps are not one step told twice. Not a cue that is the
    subject of its own verb ("... in 2014 and the ban was not lifted in 2017"): the measure
    told again."""
    told = [d for d in dates if d.kind == "event"]
    apart: dict[int, str] = {}
    if len({d.value for d in told}) < 2:
        return anchors, apart
    actions = _dated_apart_actions()
    out = list(anchors)
    for anchor in anchors:
        if anchor.action not in actions:
            continue
        clause = bisect.bisect_right(clause_starts, anchor.start)
        c_end = clause_starts[clause] if clause < len(clause_starts) else sent.end
        other = next(
            (
                c
                for c in sorted(cues, key=_CUE_START)
                if c.action == anchor.action
                and anchor.end + _KIND_GAP <= c.start < c_end
                and not any(a.start < c.end and c.start < a.end for a in out)
            ),
            None,
        )
        if other is None or not _content_words().isdisjoint(lowers[anchor.end : other.start]):
            continue  # "controls announced on October 9, including expanded curbs": their content
        c_low = doc[clause_starts[clause - 1] if clause else sent.start].idx - sent.start_char
        a_end = doc[anchor.end - 1].idx - sent.start_char
        at = doc[other.start].idx - sent.start_char
        reach = doc[min(other.end + _SECOND_DATE_REACH, c_end) - 1].idx - sent.start_char
        first = {d.value for d in told if c_low <= d.start < at}
        later = {d.value for d in told if a_end < d.start <= reach}
        if first and later and first != later and not _told_as_subject(lowers, other.end):
            out.append(other)
            own = [d for d in told if a_end < d.start <= reach and d.value not in first]
            if own:
                apart[other.start] = min(own, key=lambda d: abs(d.start - at)).value
    return (sorted(out, key=_CUE_START) if len(out) > len(anchors) else anchors), apart


def _told_as_subject(lowers: list[int], end: int) -> bool:
    """Evrec4 (session 20): whether a verb of `_subject_verbs` follows the cue ending at `end`."""
    return end < len(lowers) and lowers[end] in _subject_verbs()


@functools.cache
def _subject_verbs() -> frozenset[int]:
    """Evrec4 (session 20): the verbs right after a cue that make it their subject ("the ban
    was", "the curbs have"), the measure told again rather than a second one."""
    words = ("was", "is", "were", "are", "has", "have", "had", "remains", "remained", "will")
    return frozenset(hash_string(w) for w in words)


@functools.cache
def _coordinated_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The actions.yaml `evsplit5_coordinated_actions`, `_stops` and `_aux`."""
    data = load_data(ACTIONS_FILE)
    return tuple(  # type: ignore[return-value]
        frozenset(data.get("evsplit5_coordinated_" + key) or ())
        for key in ("actions", "stops", "aux")
    )


def _after_and(doc: Doc, i: int, aux: frozenset[str]) -> bool:
    """Evsplit5: whether the word before token i is "and", or an auxiliary right after "and"
    ("and has invited")."""
    before = doc[i - 1].lower_
    return before == "and" or (before in aux and i >= 2 and doc[i - 2].lower_ == "and")


def _past_verb(doc: Doc, lowers: Sequence[int], i: int) -> bool:
    """Evsplit5: whether a cue opens on a verb of the past ("adopted", "presented").
    Speed37: the lower form from its hash (`lowers`), as Token.lower_ reads it: no Token made."""
    word = doc.vocab.strings[lowers[i]]
    return len(word) > 4 and word.endswith("ed")


def _coordinated_step_anchors(
    anchors: list[ActionCue],
    cues: list[ActionCue],
    clause_starts: list[int],
    doc: Doc,
    sent_end: int,
    lowers: Sequence[int],
) -> list[ActionCue]:
    """Evsplit5: beside a clause's anchor opening on a past verb, the first later cue of its
    action opening on another one right after "and" ("adopted the action plan and added lithium
    to the list", "and has invited"): one actor's two acts, two steps; not across a relative clause or an
    infinitive ("passed a law that set royalties and raised taxes": the law's content)."""
    actions, stops, aux = _coordinated_words()
    out = list(anchors)
    ordered: list[ActionCue] | None = None  # speed37: the cues by start, sorted once a call
    for anchor in anchors:
        if anchor.action not in actions or not _past_verb(doc, lowers, anchor.start):
            continue
        clause = bisect.bisect_right(clause_starts, anchor.start)
        c_end = clause_starts[clause] if clause < len(clause_starts) else sent_end
        if ordered is None:
            ordered = sorted(cues, key=_CUE_START)
        other = next(
            (
                c
                for c in ordered
                if c.action == anchor.action and c.kind != "weak" and anchor.end < c.start < c_end
            ),
            None,
        )
        if (
            other is None
            or not _after_and(doc, other.start, aux)
            or not _past_verb(doc, lowers, other.start)
            or any(a.start < other.end and other.start < a.end for a in out)
            or any(doc[k].lower_ in stops for k in range(anchor.end, other.start))
        ):
            continue
        out.append(other)
    return sorted(out, key=_CUE_START) if len(out) > len(anchors) else anchors


# evparty4: how many words open a title whose leader is its subject ("Trump signs bill ...",
# "Analysis: Xi's offer ...", "Yoon and Biden agree ...")
TITLE_LEADER_REACH = 3
_TITLE_WORD = re.compile(r"[^\W\d_]+")
# sp39: the characters of a title read for its opening words at first (`_title_leader`)
_TITLE_HEAD = 48


def _title_leader(doc: Doc, title_parties: Sequence[str]) -> list[str]:
    """The country of the leader a title opens on ("Trump signs bill ending EV tax credit and
    tightening China rules"): the report is his government's, though the title names another
    country first; the steps its sentences tell without a party of their own are his
    country's. A bloc the title names stays the lead ("Draghi calls for joint stockpiles to
    revive EU", "Biden launches framework with 12 partners"): its members' leaders speak
    within it. Empty when the opening names no leader."""
    title = doc.user_data.get(TITLE_KEY)
    if not isinstance(title, str) or (title_parties and title_parties[0] in _bloc_ids()):
        return []
    leaders = leader_hashes()
    low = title.lower()
    # sp39: the opening words from the title's head; all of it only when the head holds no
    # word beyond them (the last one found there may be cut short)
    words = _TITLE_WORD.findall(low, 0, _TITLE_HEAD)
    if len(words) <= TITLE_LEADER_REACH and len(low) > _TITLE_HEAD:
        words = _TITLE_WORD.findall(low)
    for word in words[:TITLE_LEADER_REACH]:
        found = leaders.get(hash_string(word))
        if found is not None:
            return [found]
    return []


@functools.cache
def _bloc_ids() -> frozenset[str]:
    """The ids of blocs.yaml."""
    return frozenset(load_data("blocs.yaml").get("blocs") or {})


# evrec5 (session 21): a second party acting after a bare "and" ("imposed tariffs on Chinese
# steel and Mexico raised duties on aluminium") opens a clause of its own, as ", and" does
@functools.lru_cache(maxsize=1)
def _subject_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The actions.yaml `evrec5_subject_verbs` (auxiliaries and past forms not ending in -ed),
    `evrec5_subject_fillers` (words that may stand between the party and its verb),
    `evrec5_subject_joiners` (the bare words that join the two clauses) and
    `evrec5_subject_dates` (words of a date that may stand between the joiner and the party)."""
    data = load_data(ACTIONS_FILE)
    return tuple(  # type: ignore[return-value]
        frozenset(data.get("evrec5_subject_" + key) or ())
        for key in ("verbs", "fillers", "joiners", "dates")
    )


def _verb_after(doc: Doc, i: int, end: int) -> bool:
    """Evrec5: whether token i (after a few fillers: "also", "later") is a finite verb: an
    auxiliary or irregular past of the list, or a past form in -ed."""
    verbs, fillers = _subject_words()[:2]
    while i < end and doc[i].lower_ in fillers:
        i += 1
    if i >= end:
        return False
    word = doc[i].lower_
    return word in verbs or (len(word) > 4 and word.endswith("ed"))


@functools.cache
def _subject_hashes() -> tuple[frozenset[int], frozenset[int]]:
    """Speed37: the joiners and the date words of `_subject_words`, as the hashes of the
    document's lower-case forms (`_Tokens.lowers`), read with no Token made."""
    joiners, dates = _subject_words()[2:]
    return (
        frozenset(hash_string(w) for w in joiners),
        frozenset(hash_string(w) for w in dates),
    )


def _and_before(doc: Doc, lowers: Sequence[int], start: int, base: int) -> int | None:
    """Evrec5: the index of a bare joiner ("and", "while") before a party's name, maybe with
    "the" and a few words of a date between ("and in 2023 Namibia"), else None; not ", and",
    which `_clause_marks` reads. Speed37: the words are read from the document's lower-case
    hashes (`lowers`), a Token made only for a number's test."""
    joiners, dates = _subject_hashes()
    k = start - 1 - (lowers[start - 1] == _THE)
    lowest = k - 4 if k - 4 > base + 1 else base + 1  # sp40-r2: not builtin max()
    while k > lowest and (lowers[k] in dates or doc[k].like_num):
        k -= 1
    if k - 1 <= base or lowers[k] not in joiners or lowers[k - 1] == _COMMA:
        return None
    return k


def _and_subject_starts(
    clause_starts: list[int],
    doc: Doc,
    base: int,
    end: int,
    parties: Sequence[Party],
    lowers: Sequence[int],
) -> list[int]:
    """Evrec5: clause starts at a bare "and" followed by a party that a verb follows ("... and
    the Philippines imposed a tax"): two actors' steps, two clauses; not a list of parties
    ("Japan and Australia signed", the word before "and" a party)."""
    if len(parties) < 2:
        return clause_starts
    ends = {p.end for p in parties}
    added = []
    for party in parties:
        k = _and_before(doc, lowers, party.start, base)
        if k is not None and k not in ends and _verb_after(doc, party.end, end):
            added.append(k)
    return sorted(set(clause_starts) | set(added)) if added else clause_starts


# "HARARE, April 8 (Reuters) - ": a dateline's day, at the head of the lead sentence
_DATELINE_DAY = re.compile(
    r"^[A-Z][A-Za-z .'/-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^)]{1,30}\)\s*)?[-–—]+\s"
)


def _past_dateline(mentions: list[DateMention], text: str) -> list[DateMention]:
    """The sentence's dates without its dateline's day when the sentence dates a step itself
    ("HARARE, April 8 (Reuters) - When Zimbabwe banned exports ... in December 2022"): the
    dateline tells the day of the report, and being nearest the cue it took the step's
    date (session 22)."""
    # sp39: a dateline's place ends in a comma within its first 42 characters (most
    # sentences have none there): one look, not the expression's backtracking
    head = _DATELINE_DAY.match(text) if text.find(",", 2, 42) != -1 else None
    if head is None:
        return mentions
    rest = [m for m in mentions if m.start >= head.end()]
    return rest if any(m.kind == "event" for m in rest) else mentions
