"""Actors and partners of an event from the position of each party around the action cue."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

from spacy.tokens import Doc

from nlp.lexicon import load_data

LOGGER = logging.getLogger(__name__)

ROLES_FILE = "roles.yaml"
# How many words after a party a reporting verb may stand ("China's commerce ministry said").
REPORT_REACH = 5
# Words that join coordinated parties ("Japan and Chile", "Japan, Korea and Chile").
_COORDINATORS = frozenset({",", "and", "or", "&"})
# Words after which a later cue is a new act of the same subject, not what it reacts to.
_CLAUSE_BREAKS = frozenset({"and", "but", ";", "while", "then", "before", "after"})


@dataclass(frozen=True)
class Party:
    """A country or bloc mention: token offsets and its normalised id."""

    start: int
    end: int
    norm_id: str


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = load_data(ROLES_FILE)
    return {key: frozenset(str(w).lower() for w in value or []) for key, value in data.items()}


def mineral_reference(doc: Doc, start: int, end: int) -> bool:
    """Whether the span refers back to minerals named earlier ("the metals", "them")."""
    words = _words()["mineral_references"]
    return any(doc[i].lower_ in words for i in range(start, end))


def _parsed_role(doc: Doc, party: Party) -> str | None:
    """The role a dependency parse gives, when a statistical model parsed the doc."""
    token = doc[party.end - 1]
    head = token.head
    if token.dep_ == "nsubj":
        return "actor"
    if token.dep_ == "pobj" and head.dep_ == "agent":
        return "actor"
    if token.dep_ == "pobj" and head.lower_ in _words()["partner_before"]:
        return "partner"
    if token.dep_ in ("dobj", "nsubjpass"):
        return "partner"
    return None


def _role(doc: Doc, party: Party, sent_start: int, sent_end: int, cue_start: int) -> str:
    words = _words()
    if doc.has_annotation("DEP"):
        parsed = _parsed_role(doc, party)
        if parsed is not None:
            return parsed
    # "..., China's commerce ministry said" / "according to Beijing": the source of the report
    # up to REPORT_REACH words on, before any punctuation: "China's commerce ministry said"
    after = []
    for i in range(party.end, min(party.end + REPORT_REACH, sent_end)):
        if doc[i].is_punct and doc[i].lower_ not in ("'s", "’s"):
            break
        after.append(doc[i].lower_)
    if any(w in words["reporting"] for w in after) and party.start > cue_start:
        return "source"
    if _reacts(doc, party, cue_start):
        return "partner"
    i, skipped = party.start - 1, 0
    while i >= sent_start and doc[i].lower_ in words["skip"] and skipped < 4:
        i, skipped = i - 1, skipped + 1
    before = doc[i].lower_ if i >= sent_start else ""
    if before == "to" and i - 1 >= sent_start and doc[i - 1].lower_ == "according":
        return "source"
    if before in words["actor_before"]:
        return "actor"
    if party.end < sent_end and doc[party.end].lower_ in words["target_nouns"]:
        return "partner"
    if before in words["partner_before"]:
        return "partner"
    return "actor" if party.end <= cue_start else "partner"


def _reacts(doc: Doc, party: Party, cue_start: int) -> bool:
    """Whether the party only reacts to the measure ("Beijing criticised the tariffs", "China's
    foreign ministry condemned the curbs"): a reaction verb stands within REPORT_REACH words
    after it and nothing but the verb's object lies between the verb and the cue."""
    reactions = _words().get("reactions") or frozenset()
    if not reactions or party.end > cue_start:
        return False
    for i in range(party.end, min(party.end + REPORT_REACH, cue_start)):
        word = doc[i].lower_
        if word in reactions:
            if i + 1 < cue_start and doc[i + 1].lower_ in _words()["reaction_exceptions"]:
                return False
            between = {doc[j].lower_ for j in range(i + 1, cue_start)}
            return not between & _CLAUSE_BREAKS
        if doc[i].is_punct and word not in ("'s", "’s"):
            return False
    return False


def _coordinated(doc: Doc, first: Party, second: Party) -> bool:
    """Whether only "and", "or" or commas stand between two parties ("Japan and Chile")."""
    between = [doc[i].lower_ for i in range(first.end, second.start)]
    return bool(between) and all(w in _COORDINATORS for w in between) and "," != between[-1]


def _owner(doc: Doc, sent_start: int, cue_start: int, parties: list[Party]) -> str | None:
    """The party whose possessive stands right before the cue ("China's (new) curbs")."""
    for party in parties:
        gap = cue_start - party.end
        if 1 <= gap <= 2 and doc[party.end].lower_ in ("'s", "’s") and party.start >= sent_start:
            return party.norm_id
    return None


def assign_roles(
    doc: Doc, sent_start: int, sent_end: int, cue_start: int, parties: list[Party]
) -> tuple[list[str], list[str]]:
    """(actors, partners) of the event whose action cue starts at token `cue_start`: subjects
    before the cue act; "with", "against", "to", "on imports from" and objects after it are
    partners; "by" marks a passive actor; a trailing ", X said" is the source and acts when no
    one else does."""
    actors: list[str] = []
    partners: list[str] = []
    sources: list[str] = []
    previous: tuple[Party, str] | None = None
    for party in sorted(parties, key=lambda p: p.start):
        if previous is not None and _coordinated(doc, previous[0], party):
            role = previous[1]  # "signed by Japan and Chile": the second shares the first's role
        else:
            role = _role(doc, party, sent_start, sent_end, cue_start)
        previous = (party, role)
        target = {"actor": actors, "partner": partners, "source": sources}[role]
        if party.norm_id not in target:
            target.append(party.norm_id)
    owner = _owner(doc, sent_start, cue_start, parties)
    if owner is not None:
        actors = [owner]  # "China's curbs on exports": the measure's owner is its actor
    if not actors:
        actors = sources
    partners = [p for p in partners if p not in actors]
    return actors, partners
