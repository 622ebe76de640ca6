"""Actors and partners of an event from the position of each party around the action cue."""

from __future__ import annotations

import bisect
import functools
import logging
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IS_PUNCT, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

from nlp.lexicon import load_data

LOGGER = logging.getLogger(__name__)

ROLES_FILE = "roles.yaml"
# How many words after a party a reporting verb may stand ("China's commerce ministry said").
REPORT_REACH = 5
# How many words from the cue a leader named for his country may stand ("Xi and Biden agreed").
LEADER_REACH = 12
# Words that join coordinated parties ("Japan and Chile", "Japan, Korea and Chile").
_COORDINATORS = frozenset({",", "and", "or", "&"})
# Words after which a later cue is a new act of the same subject, not what it reacts to.
_CLAUSE_BREAKS = frozenset({"and", "but", ";", "while", "then", "before", "after"})


# speed40: sets a frozen instance's fields as one dict (`Party.__init__`)
_SET_ATTRIBUTE = object.__setattr__


@dataclass(frozen=True, init=False)
class Party:
    """A country or bloc mention: token offsets and its normalised id."""

    start: int
    end: int
    norm_id: str

    def __init__(self, start: int, end: int, norm_id: str) -> None:
        # speed40: the dataclass's own `__init__` makes an `object.__setattr__` call a field
        _SET_ATTRIBUTE(self, "__dict__", {"start": start, "end": end, "norm_id": norm_id})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = load_data(ROLES_FILE)
    return {
        key: frozenset(str(w).lower() for w in value or [])
        for key, value in data.items()
        if not isinstance(value, dict)
    }


@functools.lru_cache(maxsize=1)
def leader_hashes() -> dict[int, str]:
    """roles.yaml `leaders` as {hash of a lower-case surname: the id of the country it speaks
    for}."""
    data = load_data(ROLES_FILE).get("leaders") or {}
    return {
        hash_string(str(name).lower()): str(norm_id)
        for norm_id, names in data.items()
        for name in names or []
    }


@functools.lru_cache(maxsize=1)
def _leader_words() -> frozenset[int]:
    """Speed40: `leader_hashes`' words as a set, tested against a list of words in C without
    the dict view's containment call a word."""
    return frozenset(leader_hashes())


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


@functools.lru_cache(maxsize=1)
def role_hashes() -> dict[str, frozenset[int]]:
    """The word lists of roles.yaml as vocabulary hashes, to test LOWER token arrays against."""
    return {key: frozenset(hash_string(w) for w in words) for key, words in _words().items()}


_POSSESSIVE = frozenset({hash_string("'s"), hash_string("’s")})
_HASH_COORDINATORS = frozenset(hash_string(w) for w in _COORDINATORS)
_HASH_CLAUSE_BREAKS = frozenset(hash_string(w) for w in _CLAUSE_BREAKS)
_COMMA = hash_string(",")
# Words that end the clause of a leader named before the cue ("Xi and Biden agreed" does not).
_LEADER_BREAKS = frozenset(hash_string(w) for w in (";", "but", "while", "then", "before", "after"))
_TO = hash_string("to")
_AUXILIARIES = frozenset(hash_string(w) for w in ("has", "had", "have", "first", "already"))
_HASH_AGENT = frozenset(hash_string(w) for w in ("by", "on", "of"))
_ACCORDING = hash_string("according")
_FROM = hash_string("from")
_BETWEEN = hash_string("between")
_IN = hash_string("in")
# a hyphen or dash token, as in "Swiss-based Glencore"
_DASHES = frozenset(hash_string(w) for w in ("-", "–"))
# a word list roles.yaml may leave out (speed38: one empty set, not one built per look-up)
_NO_WORDS: frozenset[int] = frozenset()
# how parties are ordered for their roles (speed38: a C call per party, not a lambda's frame)
_START = operator.attrgetter("start")


def _role(
    lowers: Sequence[int],
    puncts: Sequence[int],
    party: Party,
    sent_start: int,
    sent_end: int,
    cue_start: int,
    words: dict[str, frozenset[int]],
    between: bool = False,
) -> str:
    start, end = party.start, party.end
    # "..., China's commerce ministry said" / "according to Beijing": the source of the report
    # up to REPORT_REACH words on, before any punctuation: "China's commerce ministry said"
    if start > cue_start:
        reporting = words["reporting"]
        # speed40: bounds by comparison here and below, no builtin min()/max() (keyword parsing)
        reach = end + REPORT_REACH if end + REPORT_REACH < sent_end else sent_end
        # helper speed37: the words are walked only when one is a reporting verb (told in C)
        if not reporting.isdisjoint(lowers[end:reach]):
            for i in range(end, reach):
                if puncts[i] and lowers[i] not in _POSSESSIVE:
                    break
                if lowers[i] in reporting:
                    return "source"
        # speed39: `_relative_actor`'s first test made before the call
        if start - cue_start <= RELATIVE_REACH and _relative_actor(
            lowers, puncts, party, cue_start, words
        ):
            return "actor"
    # speed39: `_compared` only where the word before the party may start its reading (one of
    # the words it skips or tests), the word before most parties being none
    if (
        start > sent_start
        and lowers[start - 1] in _compared_leads()
        and _compared(lowers, party, sent_start, sent_end, cue_start, words)
    ):
        return "compared"  # evpair: "a ban modelled on Indonesia's" is no step of Indonesia's
    # speed38: the word right after the party, read once for the tests below (None at the end
    # of the sentence, in no word list)
    after = lowers[end] if end < sent_end else None
    # s43: a city where the parties meet ("talks in London", "a London framework") is no party
    if (lowers[start - 1] == _IN and start > cue_start or after in words["venue_nouns"]) and (
        _venue(lowers, party, sent_start, cue_start, after, words)
    ):
        return "venue"
    # s43: "agreed between US and Chinese negotiators": the sides of a deal or talks act
    # (`between`: whether the sentence has the word, told once a cue)
    if between and _between_actor(lowers, puncts, party, sent_start, cue_start, words):
        return "actor"
    # helper speed11: the tests each reader below begins with, made before calling it
    if end + 1 < sent_end:
        if after in _POSSESSIVE and _possessive_modifier(
            lowers, puncts, party, sent_end, cue_start, words
        ):
            return "partner"  # "China's CMOC declared force majeure": the home of a firm
        if after in _DASHES and lowers[end + 1] in words["firm_compounds"]:
            return "partner"  # "Swiss-based Glencore", "Chinese-controlled MMG": a firm's home
    # speed39: `_reacts` and `_disputes` only where a word of either stands in the wider of
    # their reaches after the party (each needs one there)
    if (
        end <= cue_start
        and not _reply_words().isdisjoint(
            lowers[end : end + _REPLY_REACH if end + _REPLY_REACH < cue_start else cue_start]
        )
        and (
            _reacts(lowers, puncts, party, cue_start, words)
            or _disputes(lowers, party, cue_start, words)
        )
    ):
        return "partner"
    # `_followed`, inline (speed39: a call a party)
    follow = words.get("follow_words")
    if follow and not follow.isdisjoint(
        lowers[start - FOLLOW_REACH if start - FOLLOW_REACH > sent_start else sent_start : start]
    ):
        return "partner"
    # at most four skipped words back, not past the sentence's start (speed39: one bound
    # tested a word, no count kept)
    skip = words["skip"]
    i = start - 1
    stop = start - 5 if start - 5 >= sent_start else sent_start - 1
    while i > stop and lowers[i] in skip:
        i -= 1
    before = lowers[i] if i >= sent_start else None
    if before == _TO and i - 1 >= sent_start and lowers[i - 1] == _ACCORDING:
        return "source"
    if (
        before == _FROM
        and i > sent_start
        and lowers[i - 1] in words["grantor_nouns"]
        and after not in words["target_nouns"]
        and after not in words["agent_firms"]
    ):
        return "actor"  # s43: "approval from Australia's FIRB", "a loan from the US": the grantor
    if before in words["actor_before"]:
        return (
            "partner"
            if _not_agent(lowers, puncts, party, i, sent_end, cue_start, words)
            or _hosted_by(lowers, i, sent_start, words)  # evparty2
            else "actor"
        )
    if after in words["target_nouns"]:
        return "partner"
    if before in words["partner_before"]:
        return "partner"
    return "actor" if party.end <= cue_start else "partner"


# s43: how many words after "between" a side of the deal may stand ("between Chinese Vice
# Premier Liu He and U.S. negotiators")
BETWEEN_REACH = 8
# ... how many words after the cue's first "between" may stand ("talks in Washington between"),
# and how many words the last side may run before a cue after them ("between US and Chinese
# negotiators")
BETWEEN_CUE_GAP = 3
_BETWEEN_STOPS = frozenset(hash_string(w) for w in ("on", "of"))


def _between_actor(
    lowers: Sequence[int],
    puncts: Sequence[int],
    party: Party,
    sent_start: int,
    cue_start: int,
    words: dict[str, frozenset[int]],
) -> bool:
    """Whether the party is a side named after "between" past the cue ("a framework agreed
    between US and Chinese negotiators", "talks in Washington between Liu He and U.S.
    officials"), or before a cue right after it ("talks between US and Chinese negotiators"):
    the sides of a deal or of talks act together, as the labels read them; no punctuation nor
    other preposition stands between "between" and the party."""
    if party.start > cue_start:
        # "between" right after the cue's words ("a framework agreed between", "talks in
        # Washington between"), not of a later noun ("the controls are part of a contest
        # between China and the United States")
        low = party.start - BETWEEN_REACH if party.start - BETWEEN_REACH > cue_start else cue_start
        gap = lowers[cue_start + 1 : cue_start + 1 + BETWEEN_CUE_GAP]
        if _BETWEEN not in gap:
            return False
        # "tariffs on trade between the US and Canada": "between" names another noun's sides;
        # "talks in Washington between" names the cue's own
        prepositions = words["partner_before"]
        if any(
            w in _BETWEEN_STOPS or (w != _IN and w in prepositions)
            for w in gap[: gap.index(_BETWEEN)]
        ):
            return False
    elif cue_start - party.end <= BETWEEN_CUE_GAP and not any(
        puncts[j] or lowers[j] in words["partner_before"] for j in range(party.end, cue_start)
    ):
        low = party.start - BETWEEN_REACH
        low = low if low > sent_start else sent_start
    else:
        return False
    if _BETWEEN not in lowers[low : party.start]:
        return False  # most parties: told in C
    prepositions = words["partner_before"]
    for j in range(party.start - 1, low - 1, -1):
        word = lowers[j]
        if word == _BETWEEN:
            return True
        if (puncts[j] and word not in _POSSESSIVE) or word in prepositions:
            return False
    return False


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[int, ...]]:
    """The capitals of countries.yaml as tuples of their words' hashes, less those that are a
    country's name too ("Singapore"): a city named as where parties meet."""
    from nlp.gazetteer import ALIAS, CAPITAL, COUNTRY, load_gazetteer

    phrases = load_gazetteer().phrases
    names = {n.lower() for key, found in phrases.items() if key.kind == ALIAS for n in found}
    return frozenset(
        tuple(hash_string(w) for w in n.lower().split())
        for key, found in phrases.items()
        if key.label == COUNTRY and key.kind == CAPITAL
        for n in found
        if n.lower() not in names
    )


def _venue(
    lowers: Sequence[int],
    party: Party,
    sent_start: int,
    cue_start: int,
    after: int | None,
    words: dict[str, frozenset[int]],
) -> bool:
    """Whether a capital is named only as the city where the parties meet or agree: before a
    noun of a meeting or deal (roles.yaml `venue_nouns`: "a London framework", "the Geneva
    talks") or after "in" past the cue ("agreed in London in June"), not after a noun of the
    people it sends ("talks with officials in Beijing": the city stands for its government).
    A venue is no party of a step whose two sides are named (`roles_from_arrays`)."""
    if tuple(lowers[party.start : party.end]) not in _capitals():
        return False
    if after in words["venue_nouns"]:
        return party.end <= cue_start + 1
    j = party.start - 2
    return j < sent_start or not (
        lowers[j] in words["government_nouns"] or lowers[j] in words["group_heads"]
    )


# evpair (session 21): words that may stand between a word of comparison and the party it
# names ("matching those of the United States"), beside roles.yaml `skip`
_COMPARED_SKIP = frozenset(hash_string(w) for w in ("those", "that", "of"))


@functools.lru_cache(maxsize=1)
def _compared_skip() -> frozenset[int]:
    """roles.yaml `skip` and `_COMPARED_SKIP`, joined once."""
    return role_hashes()["skip"] | _COMPARED_SKIP


@functools.lru_cache(maxsize=1)
def _compared_leads() -> frozenset[int]:
    """Speed39: the words `_compared` skips or tests right before a party (`_compared_skip`
    and roles.yaml `comparison_words`, `comparison_links`, `comparison_follow`): with another
    word there it finds no comparison."""
    words = role_hashes()
    tested = ("comparison_words", "comparison_links", "comparison_follow")
    return _compared_skip().union(*(words.get(key, _NO_WORDS) for key in tested))


def _compared(
    lowers: Sequence[int],
    party: Party,
    sent_start: int,
    sent_end: int,
    cue_start: int,
    words: dict[str, frozenset[int]],
) -> bool:
    """Whether the party is named only as the model the cue's step copies ("a ban modelled on
    Indonesia's", "duties matching those of the United States", after the cue; "no plan to
    follow Indonesia in banning exports", before it; roles.yaml `comparison_*`): the step is
    the copier's, and the model, which took a step of its own, would let the copy stand for
    that step. A later cue ("..., which has been in place since 2020") may be the model's own."""
    i, skip = party.start - 1, _compared_skip()
    while i > sent_start and lowers[i] in skip:
        i -= 1
    if i < sent_start:
        return False
    if party.start > cue_start:
        word = lowers[i]
        return word in words["comparison_words"] or (
            word in words["comparison_links"]
            and i > sent_start
            and lowers[i - 1] in words["comparison_heads"]
        )
    if lowers[i] in words["comparison_follow"]:
        after = party.end + (1 if party.end < sent_end and lowers[party.end] in _POSSESSIVE else 0)
        return after < cue_start and lowers[after] in words["comparison_after"]
    return False


def _not_agent(
    lowers: Sequence[int],
    puncts: Sequence[int],
    party: Party,
    by: int,
    sent_end: int,
    cue_start: int,
    words: dict[str, frozenset[int]],
) -> bool:
    """Whether a party after "by" is no passive actor of the cue: firms ("engineered by Chinese
    producers", "efforts by Chinese battery makers", "run by London-listed Rainbow"; roles.yaml
    `target_nouns` and `agent_firms`) or the agent of another step in a later clause ("... but
    scrapped them after losing a case brought by the United States", "following similar moves
    by the EU": `agent_breaks` between the cue and "by")."""
    end = party.end
    if end <= cue_start <= end + 1:
        return False  # "hit by U.S. (aluminium) tariffs": the party names the measure's maker
    firms, agent_firms = words["target_nouns"], words["agent_firms"]
    if end < sent_end:
        word = lowers[end]
        if word in firms or word in agent_firms or word in _DASHES:
            return True
        if end + 1 < sent_end and not puncts[end]:
            word = lowers[end + 1]
            if word in firms or word in agent_firms:
                return True
    return cue_start < by and not words["agent_breaks"].isdisjoint(lowers[cue_start + 1 : by])


# How many words a measure noun may stand before the subject of its relative clause ("the
# export curbs that Beijing imposed").
RELATIVE_REACH = 4


def _relative_actor(
    lowers: Sequence[int],
    puncts: Sequence[int],
    party: Party,
    cue_start: int,
    words: dict[str, frozenset[int]],
) -> bool:
    """Whether the party is the subject of a relative clause on the measure named just before
    it ("the curbs Beijing imposed", "the export ban that Jakarta introduced in 2020"): it
    follows the cue within RELATIVE_REACH words, with no punctuation or preposition between,
    and a verb of putting a measure in place (roles.yaml `imposing`) follows it, perhaps after
    "has" or "had"."""
    if party.start - cue_start > RELATIVE_REACH or party.end >= len(lowers):
        return False
    between = lowers[cue_start + 1 : party.start]
    if any(puncts[i] for i in range(cue_start + 1, party.start)):
        return False
    if not words["partner_before"].isdisjoint(between) or not _HASH_AGENT.isdisjoint(between):
        return False
    j = party.end
    if lowers[j] in _AUXILIARIES and j + 1 < len(lowers):
        j += 1
    return lowers[j] in words["imposing"]


def relative_subject(
    lowers: Sequence[int], puncts: Sequence[int], cue_start: int, parties: list[Party]
) -> str | None:
    """The party that a relative clause right after the cue names as the measure's author
    ("the curbs Beijing imposed"), or None. Such a measure is named by a step already taken,
    a reference back as much as "the curbs" is."""
    words = role_hashes()
    for party in parties:
        if party.start > cue_start and _relative_actor(lowers, puncts, party, cue_start, words):
            return party.norm_id
    return None


@functools.lru_cache(maxsize=1)
def _reply_words() -> frozenset[int]:
    """Speed39: roles.yaml `reactions` and `dispute_words`, the words `_reacts` and `_disputes`
    look for after a party, each within its reach (the wider is `_REPLY_REACH`)."""
    words = role_hashes()
    return words.get("reactions", _NO_WORDS) | words.get("dispute_words", _NO_WORDS)


def _reacts(
    lowers: Sequence[int],
    puncts: Sequence[int],
    party: Party,
    cue_start: int,
    words: dict[str, frozenset[int]],
) -> bool:
    """Whether the party only reacts to the measure ("Beijing criticised the tariffs", "China's
    foreign ministry condemned the curbs"): a reaction verb (roles.yaml `reactions`) stands
    within REPORT_REACH words after it and nothing but the verb's object lies between the verb
    and the cue."""
    reactions = words.get("reactions")
    if not reactions or party.end > cue_start:
        return False
    reach = min(party.end + REPORT_REACH, cue_start)
    if reactions.isdisjoint(lowers[party.end : reach]):
        return False  # helper speed37: no reaction verb, told in C before the walk
    for i in range(party.end, reach):
        word = lowers[i]
        if word in reactions:
            if i + 1 < cue_start and lowers[i + 1] in words.get("reaction_exceptions", ()):
                return False
            return _HASH_CLAUSE_BREAKS.isdisjoint(lowers[i + 1 : cue_start])
        if puncts[i] and word not in _POSSESSIVE:
            return False
    return False


def _coordinated(lowers: Sequence[int], first: Party, second: Party) -> bool:
    """Whether only "and", "or" or commas stand between two parties ("Japan and Chile")."""
    if second.start <= first.end:
        return False
    between = lowers[first.end : second.start]
    return _HASH_COORDINATORS.issuperset(between) and between[-1] != _COMMA


def _owner(
    lowers: Sequence[int], sent_start: int, cue_start: int, parties: list[Party]
) -> str | None:
    """The party whose possessive stands right before the cue ("China's (new) curbs")."""
    for party in parties:
        gap = cue_start - party.end
        if 1 <= gap <= 2 and lowers[party.end] in _POSSESSIVE and party.start >= sent_start:
            return party.norm_id
    return None


# How many words after "X's" a word of government or of a firm may stand ("Canada's natural
# resources minister", "China's Tianqi Lithium").
GOVERNMENT_REACH = 3


def _possessive_modifier(
    lowers: Sequence[int],
    puncts: Sequence[int],
    party: Party,
    sent_end: int,
    cue_start: int,
    words: dict[str, frozenset[int]],
) -> bool:
    """Whether the party only names the home of a firm ("China's CMOC, the largest producer,
    declared force majeure", "China's Ganfeng Lithium said", "South Africa's Sibanye-Stillwater
    agreed"): "'s" follows it, then within GOVERNMENT_REACH words a known firm (roles.yaml
    `firms`, right after it) or a word of a firm (`firm_words`, further on), and no word of
    government, law or fund (`government_nouns`, up to two words further) or leader's name. A
    measure right after the possessive ("China's (new) curbs") is the party's own (`_owner`);
    a thing it has ("China's exports", "Chile's lithium") leaves it the likeliest actor."""
    i = party.end
    if i + 1 >= sent_end or lowers[i] not in _POSSESSIVE:
        return False
    if party.start < cue_start <= i + GOVERNMENT_REACH:
        return False
    government = words["government_nouns"]
    leaders = leader_hashes()
    firm = lowers[i + 1] in words["firms"]
    # a name of a law or fund may run longer ("the EU's Critical Raw Materials Act")
    for j in range(
        i + 1, i + 3 + GOVERNMENT_REACH if i + 3 + GOVERNMENT_REACH < sent_end else sent_end
    ):
        word = lowers[j]
        if word in government or word in leaders:
            return False
        if i + 1 < j <= i + GOVERNMENT_REACH and word in words["firm_words"]:
            firm = True
        if puncts[j]:
            break
    return firm


def _leader_parties(
    lowers: Sequence[int], low: int, high: int, cue_start: int, leaders: dict[int, str]
) -> list[Party]:
    """Leaders named near the cue ("Albanese said", "Xi and Biden agreed", "talks with Xi"),
    as parties for their countries; one before the cue only when no clause break or ", and"
    stands between it and the cue (called only when a leader's name is in reach)."""
    out = []
    for i in range(low, high):
        norm_id = leaders.get(lowers[i])
        if norm_id is None:
            continue
        if i < cue_start:
            between = lowers[i + 1 : cue_start]
            if not _LEADER_BREAKS.isdisjoint(between) or any(
                between[j] == _COMMA and between[j + 1] in _HASH_CLAUSE_BREAKS
                for j in range(len(between) - 1)
            ):
                continue
        out.append(Party(i, i + 1, norm_id))
    return out


def assign_roles(
    doc: Doc, sent_start: int, sent_end: int, cue_start: int, parties: list[Party]
) -> tuple[list[str], list[str]]:
    """(actors, partners) of the event whose action cue starts at token `cue_start`: subjects
    before the cue act; "with", "against", "to", "on imports from" and objects after it are
    partners; "by" marks a passive actor; a trailing ", X said" is the source and acts when no
    one else does."""
    arrays = doc.to_array([LOWER, IS_PUNCT])
    return roles_from_arrays(
        arrays[:, 0].tolist(),
        arrays[:, 1].tolist(),
        sent_start,
        sent_end,
        cue_start,
        parties,
        parsed=functools.partial(_parsed_role, doc) if doc.has_annotation("DEP") else None,
    )


def roles_from_arrays(
    lowers: Sequence[int],
    puncts: Sequence[int],
    sent_start: int,
    sent_end: int,
    cue_start: int,
    parties: list[Party],
    parsed: Callable[[Party], str | None] | None = None,
) -> tuple[list[str], list[str]]:
    """`assign_roles` on a document's LOWER and IS_PUNCT arrays (read once per document);
    `parsed` gives a dependency parse's role of a party, or None to fall back on the rules."""
    words = role_hashes()
    # speed40: bounds by comparison, no builtin min()/max() (keyword parsing)
    low = cue_start - LEADER_REACH if cue_start - LEADER_REACH > sent_start else sent_start
    high = cue_start + LEADER_REACH if cue_start + LEADER_REACH < sent_end else sent_end
    # a leader before a measure told again ("Bessent said the agreement signalled") is a
    # voice on it, not a party to a new step (speed38: asked only when a leader is in reach)
    # sp40r2: the anaphora's bounds by comparison too
    if not _leader_words().isdisjoint(lowers[low:high]) and words["anaphora"].isdisjoint(
        lowers[
            (cue_start - 1 if cue_start - 1 > sent_start else sent_start) : (
                cue_start + 2 if cue_start + 2 < sent_end else sent_end
            )
        ]
    ):
        parties = parties + _leader_parties(lowers, low, high, cue_start, leader_hashes())
    if not parties:
        return [], []  # speed38: a quarter of the calls; no party, no role
    for party in parties:
        if party.start < cue_start < party.end:
            # "the United States met": a combo's context word inside the party's name
            cue_start = party.end
            break
    group = (
        _group_actors(lowers, sent_start, cue_start, parties, words)
        if not words["group_heads"].isdisjoint(lowers[sent_start:cue_start])
        else _NO_GROUP
    )
    actors: list[str] = []
    partners: list[str] = []
    sources: list[str] = []
    venues: list[str] = []
    between = _BETWEEN in lowers[sent_start:sent_end]  # s43: for `_between_actor`
    previous: tuple[Party, str] | None = None
    # speed40: one party (most calls) is not sorted
    for party in parties if len(parties) < 2 else sorted(parties, key=_START):
        # sp40r2: the word before the party tested first (`_coordinated` needs it a
        # coordinator), a call fewer for most pairs
        if party.start in group:
            role = "actor"  # "Ministers from Canada, France and Germany signed"
        elif (
            previous is not None
            and party.start > previous[0].end
            and lowers[party.start - 1] in _HASH_COORDINATORS
            and _coordinated(lowers, previous[0], party)
        ):
            role = previous[1]  # "signed by Japan and Chile": the second shares the first's role
        else:
            role = parsed(party) if parsed is not None else None
            if role is None:
                role = _role(lowers, puncts, party, sent_start, sent_end, cue_start, words, between)
        previous = (party, role)
        if role == "compared":
            continue  # evpair: the model a step copies takes no part in it (`_compared`)
        if role == "venue":
            venues.append(party.norm_id)  # s43: where the parties met (`_venue`)
            continue
        target = actors if role == "actor" else partners if role == "partner" else sources
        if party.norm_id not in target:
            target.append(party.norm_id)
    # helper speed37: only a party ending a word or two before the cue may own it (`_owner`),
    # so only those are tested for a text they author (`_not_followed`), in the same order;
    # speed38: and only when an "'s" stands there, which `_owner` asks after the party
    owner = None
    if not _POSSESSIVE.isdisjoint(
        lowers[cue_start - 2 if cue_start - 2 > sent_start else sent_start : cue_start]
    ):
        near = [p for p in parties if 1 <= cue_start - p.end <= 2]
        if near:
            owner = _owner(lowers, sent_start, cue_start, _not_followed(lowers, sent_start, near))
    if owner is not None:
        actors = [owner]  # "China's curbs on exports": the measure's owner is its actor
    if not actors:
        actors = sources
    if venues and len(set(actors).union(partners)) < 2:
        # a step naming fewer than two sides may have been struck with the host ("the
        # agreement signed in Washington"): the city stays a partner
        partners = partners + [v for v in venues if v not in actors and v not in partners]
    if partners and actors:
        partners = [p for p in partners if p not in actors]
    return actors, partners


_NO_GROUP: frozenset[int] = frozenset()
# s42: words a list of parties sent by one group of people may run over ("Canada, France and
# the United States")
_GROUP_LIST = frozenset(hash_string(w) for w in (",", "and", "the"))


def _group_actors(
    lowers: Sequence[int],
    sent_start: int,
    cue_start: int,
    parties: list[Party],
    words: dict[str, frozenset[int]],
) -> frozenset[int]:
    """The starts of the parties a group of people before the cue is sent by ("Ministers from
    Canada, France and Germany signed", "Foreign Ministers of Australia, India, Japan and the
    United States met": roles.yaml `group_heads` then `group_links`): one group acts, so each
    takes the actor's role, not the partner's "from" gives the first or the subject's the
    last. Called only when a word of `group_heads` stands before the cue."""
    heads, links = words["group_heads"], words["group_links"]
    ordered = sorted((p for p in parties if p.end <= cue_start), key=_START)
    out: set[int] = set()
    last: Party | None = None
    tail = cue_start
    for party in ordered:
        i = party.start - 1
        if i > sent_start and lowers[i] == _THE:
            i -= 1
        if (last is not None and _GROUP_LIST.issuperset(lowers[last.end : party.start])) or (
            i > sent_start and lowers[i] in links and lowers[i - 1] in heads
        ):
            out.add(party.start)
            last = party
            tail = party.end
        else:
            last = None
    if out and not words["reporting"].isdisjoint(lowers[tail:cue_start]):
        return _NO_GROUP  # "Officials from China said the US tariffs ...": a source, not the group
    return frozenset(out)


# evparty: a state, province or region named for its country (roles.yaml `home_places`)
@functools.lru_cache(maxsize=1)
def place_hashes() -> dict[int, tuple[tuple[tuple[int, ...], str], ...]]:
    """roles.yaml `home_places` as {hash of a place's first word: ((hashes of all its words,
    its country's id), ...)}, longest names first, so that token lists are read directly."""
    data = load_data(ROLES_FILE).get("home_places") or {}
    table: dict[int, list[tuple[tuple[int, ...], str]]] = {}
    for norm_id, names in data.items():
        for name in names or []:
            words = tuple(hash_string(w) for w in str(name).lower().split())
            table.setdefault(words[0], []).append((words, str(norm_id)))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()}


def place_party(doc: Doc, lowers: Sequence[int], start: int, end: int) -> tuple[int, str] | None:
    """(token, country) of the first state or province written with its capital between
    `start` and `end` ("Quebec's plan", "Arizona regulators"): a step told of such a place is
    its country's, which the text need not name."""
    places = place_hashes()
    for i in range(start, end):
        entries = places.get(lowers[i])
        if entries is None or not doc[i].text[:1].isupper():
            continue
        for words, norm_id in entries:
            if tuple(lowers[i : i + len(words)]) == words and i + len(words) <= end:
                return i, norm_id
    return None


def title_place(title: str | None) -> str | None:
    """The country of the first state or province a title names with its capital ("Quebec
    freezes mining claims"), or None."""
    if not title:
        return None
    words = re.findall(r"[^\W\d_]+", title)
    lowers = [hash_string(w.lower()) for w in words]
    places = place_hashes()
    for i, word in enumerate(words):
        for names, norm_id in places.get(lowers[i], ()):
            if word[:1].isupper() and tuple(lowers[i : i + len(names)]) == names:
                return norm_id
    return None


# evparty: how many words after a party a word of a trade dispute may stand
DISPUTE_REACH = 8
# speed39: the wider reach of `_reacts` and `_disputes`, where `_role` looks for their words
_REPLY_REACH = max(REPORT_REACH, DISPUTE_REACH)
# how many words before the cue the word aiming the dispute at it may stand ("against the ore
# export ban"; "against subsidies for vehicles in the Act" aims at what the Act does)
DISPUTE_AIM_REACH = 4


def _disputes(
    lowers: Sequence[int], party: Party, cue_start: int, words: dict[str, frozenset[int]]
) -> bool:
    """Whether the party challenges the measure ("the EU filed a complaint at the WTO against
    the ban", "the EU's case against the ban"): a word of a trade dispute (roles.yaml
    `dispute_words`) stands within DISPUTE_REACH words after it, aimed at the cue by a word of
    `dispute_aims` between them ("a WTO dispute" alone may be the step told)."""
    disputes = words.get("dispute_words")
    if not disputes or party.end > cue_start or lowers[cue_start] in disputes:
        return False  # "asked for consultations, the first step in a WTO dispute": its own step
    reach = min(party.end + DISPUTE_REACH, cue_start)
    if disputes.isdisjoint(lowers[party.end : reach]):
        return False  # helper speed37: no word of a dispute, told in C before the walk
    aims = words.get("dispute_aims", _NO_WORDS)
    for j in range(party.end, reach):
        if lowers[j] in disputes:
            # "a complaint against the ban": the dispute is aimed at the measure told
            return not aims.isdisjoint(
                lowers[max(j + 1, cue_start - DISPUTE_AIM_REACH) : cue_start]
            )
    return False


def dateline_party(doc: Doc) -> str | None:
    """The country of the place a report is filed from ("NEW DELHI -", "PERTH -"), read from
    the capitals of countries.yaml and roles.yaml `home_places` and `home_cities`, or None."""
    words = []
    for token in doc[:5]:
        if token.text in _DATELINE_ENDS:
            break
        if not token.is_alpha or not token.is_upper:
            return None
        words.append(token.lower_)
    else:
        return None
    return dateline_places().get(" ".join(words)) if words else None


_DATELINE_ENDS = frozenset({"-", "–", "—", "--", ",", "("})


@functools.lru_cache(maxsize=1)
def dateline_places() -> dict[str, str]:
    """{lower-case place: its country's id} for datelines: capitals, states, cities."""
    from nlp.gazetteer import CAPITAL, COUNTRY, load_gazetteer

    out: dict[str, str] = {}
    for key, names in load_gazetteer().phrases.items():
        if key.label == COUNTRY and key.kind == CAPITAL and len(key.ids) == 1:
            out.update((n.lower(), key.ids[0]) for n in names)
    data = load_data(ROLES_FILE)
    for table in ("home_places", "home_cities"):
        for norm_id, names in (data.get(table) or {}).items():
            out.update((str(n).lower(), str(norm_id)) for n in names or [])
    return out


# evparty: how many words after a party the noun of a firm it is the home of may stand
FIRM_HOME_REACH = 3


def firm_home(
    lowers: Sequence[int], end: int, sent_end: int, words: dict[str, frozenset[int]]
) -> bool:
    """Whether the party ending at `end` names a firm's home ("the Canadian company", "U.S.
    lithium producer Albemarle"): a singular noun of a firm (roles.yaml `firm_nouns_after`)
    within FIRM_HOME_REACH words after it."""
    nouns = words.get("firm_nouns_after")
    return bool(nouns) and not nouns.isdisjoint(
        lowers[end : end + FIRM_HOME_REACH if end + FIRM_HOME_REACH < sent_end else sent_end]
    )


def dateline_home(doc: Doc) -> str | None:
    """The country of a dateline naming a state, province or city of it ("PERTH -", "TORONTO
    -"), not a capital: a report filed from a capital may be any country's news."""
    found = dateline_party(doc)
    if found is None:
        return None
    name = " ".join(t.lower_ for t in doc[:5] if t.is_alpha and t.is_upper)
    return found if name in _local_places() else None


@functools.lru_cache(maxsize=1)
def _local_places() -> frozenset[str]:
    """roles.yaml `home_places` and `home_cities`, lower-cased: places that are no capital."""
    data = load_data(ROLES_FILE)
    return frozenset(
        str(n).lower()
        for table in ("home_places", "home_cities")
        for names in (data.get(table) or {}).values()
        for n in names or []
    )


# evref: how many sentences back the step whose actor a referring subject takes may stand
REFER_REACH = 8
# how many words after an opening "the" its noun of a government may stand ("The federal
# mines ministry")
REFER_NOUN_REACH = 3
_THE = hash_string("the")
# how far into a sentence its first "the" may stand ("In 2021 the government lifted ...")
REFER_OPENING = 5


def opens_with_reference(lowers: Sequence[int], start: int, end: int) -> bool:
    """Whether a sentence opens on a subject that refers back to a party told before ("Its
    lower house ...", "The government relaxed ..."): roles.yaml `back_subjects`, or its first
    "the", within REFER_OPENING words ("In 2021 the government lifted ..."), with one of
    `back_subject_nouns` within REFER_NOUN_REACH words."""
    words = role_hashes()
    if start >= end:
        return False
    if lowers[start] in words.get("back_subjects", _NO_WORDS):
        return True
    nouns = words.get("back_subject_nouns", _NO_WORDS)
    # helper speed37: the first "the" of the opening found in C
    opening = lowers[start : start + REFER_OPENING if start + REFER_OPENING < end else end]
    if _THE not in opening:
        return False
    i = start + opening.index(_THE)
    return not nouns.isdisjoint(
        lowers[i + 1 : i + 1 + REFER_NOUN_REACH if i + 1 + REFER_NOUN_REACH < end else end]
    )


def referred_actors(
    lowers: Sequence[int],
    start: int,
    end: int,
    index: int,
    steps: Sequence[dict],
    spans: Sequence[Any],
    context: list[str],
) -> list[str]:
    """The party a sentence naming none acts for: the country of the one country's leaders
    it names (`_sentence_leader`: "Trump had paused them"); when it opens on a word referring
    back ("The government banned ore exports"), the single actor of the last step told within
    REFER_REACH sentences by a sentence naming its own, if that party is also the one the text
    named most often before it (`spans`: the document's entity spans); else `context`, the
    report's lead party. The last country named alone is often a partner, a market or a
    comparison, so a single clue is not read."""
    leader = _sentence_leader(lowers, start, end)
    if leader is not None and not any(start <= s.start < end and s.kb_id_ == leader for s in spans):
        return [leader]
    if not steps or not opens_with_reference(lowers, start, end):
        return context
    before = _previous_actor(index, steps)
    if before is None or before != _most_named(spans, start):
        return context
    return [before]


_IMPORTS = frozenset(hash_string(w) for w in ("imports", "import", "purchases"))
_OF_FROM = frozenset(hash_string(w) for w in ("of", "from"))
# s42: how many words before "from"/"to"/"on" the trade it names may stand ("exports of
# cobalt to China", "tariffs on Chinese imports")
LEAD_TRADE_REACH = 4


def lead_party(
    lowers: Sequence[int], spans: Sequence[Any], home: str | None = None, text: bool = False
) -> str | None:
    """The report's lead party, lent to sentences naming no actor: the first country or bloc
    the text names somewhere as more than a target or origin of measures ("exports to China",
    "tariffs on Chinese imports", "from China") or a descriptive subject ("China is the largest
    producer", "China accounts for 90%"); None when every party is only named so. A
    government's release names its own side by "the Department" or "the tariff" and the
    country it aims at by name: the target is never the step's maker. `home`, the dateline's
    country, is lent however the text names it ("CANBERRA - ... output from Australian
    mines"). In a `text` (not a title) a nationality of firms ("Chinese companies have
    invested") is no lead either."""
    words = role_hashes()
    passive: set[str] = set()
    aimed_end = -1  # where the last mention named only as a target ends
    for span in spans:
        if span.label_ not in ("COUNTRY", "BLOC"):
            continue
        ident = span.kb_id_
        if ident in passive:
            continue
        if ident != home and _listed_after(lowers, aimed_end, span.start):
            passive.add(ident)  # "duties on silicon from Australia, Brazil and Norway"
            aimed_end = span.end
            continue
        if ident == home or not (
            _only_aimed_at(lowers, span.start, span.end, words)
            or (text and _firms_home(lowers, span.end, words))
        ):
            return str(ident)
        passive.add(ident)
        aimed_end = span.end
    return None


def _firms_home(lowers: Sequence[int], end: int, words: dict[str, frozenset[int]]) -> bool:
    """Whether a mention ending at `end` names the home of firms or investors ("Chinese
    companies have invested"): one of roles.yaml `lead_firm_nouns` right after it."""
    return end < len(lowers) and lowers[end] in words.get("lead_firm_nouns", _NO_WORDS)


def _listed_after(lowers: Sequence[int], end: int, start: int) -> bool:
    """Whether a mention starting at `start` continues a list whose previous item ends at
    `end`: only commas and "and"/"or" stand between."""
    return 0 <= end < start <= end + 2 and _HASH_COORDINATORS.issuperset(lowers[end:start])


def _only_aimed_at(
    lowers: Sequence[int], start: int, end: int, words: dict[str, frozenset[int]]
) -> bool:
    """Whether a mention names its party only as a measure's target or origin ("on Chinese
    imports": the preposition tells it; "U.S. imports" may be the importer's own) or a
    descriptive subject (roles.yaml `lead_targets`, `lead_descriptive`, `lead_copulas` and
    `lead_descriptions`), or as holding a place in the market (`lead_possessed`)."""
    after = lowers[end] if end < len(lowers) else None
    if after in _POSSESSIVE:
        # "China's commerce ministry", "on China's curbs", "from the UK's fund" are its own;
        # "break China's grip", "China's near-monopoly" describe its place in the market
        return not words.get("lead_possessed", _NO_WORDS).isdisjoint(lowers[end + 1 : end + 4])
    i = start - 1
    skip = words["skip"]
    while i >= 0 and i > start - 5 and lowers[i] in skip:
        i -= 1
    if i >= 0 and lowers[i] in words["lead_targets"]:
        # "imports from China", "tariffs on Chinese goods", "exports to China": a flow of
        # trade or a measure on it, not "a loan from the Energy Department"
        trade = words["lead_trade_nouns"]
        if after in _IMPORTS and end + 1 < len(lowers) and lowers[end + 1] in _OF_FROM:
            return False  # "a tariff on U.S. imports of copper": the importer's own measure
        return after in trade or not trade.isdisjoint(
            lowers[i - LEAD_TRADE_REACH if i > LEAD_TRADE_REACH else 0 : start]
        )
    if after in words["lead_descriptive"]:
        return True  # "China accounts for 90% of supply"
    return (
        after in words["lead_copulas"]
        and end + 1 < len(lowers)
        and lowers[end + 1] in words["lead_descriptions"]
    )  # "China is the largest producer", "Indonesia is home to"


# s43: how many words before "from" the exports it names may stand ("exports of unprocessed
# lithium concentrates from Zimbabwe")
EXPORT_ORIGIN_REACH = 6
_EXPORTS = frozenset(hash_string(w) for w in ("exports", "export", "shipments"))


def export_origin(lowers: Sequence[int], start: int, end: int, spans: Sequence[Any]) -> str | None:
    """The country a sentence names as the origin of exports ("banned exports of lithium
    concentrates from Zimbabwe"), or None: an export restriction naming no maker is the
    origin's own, as an import restriction's origin is its target."""
    if _FROM not in lowers[start:end]:
        return None  # most sentences, told in C
    for span in spans:
        if not start <= span.start < end or span.label_ != "COUNTRY":
            continue
        i = span.start - 1
        if i > start and lowers[i] == _THE:
            i -= 1
        if i <= start or lowers[i] != _FROM:
            continue
        before = lowers[i - EXPORT_ORIGIN_REACH if i - EXPORT_ORIGIN_REACH > start else start : i]
        if not _EXPORTS.isdisjoint(before) and _IMPORTS.isdisjoint(before):
            return str(span.kb_id_)
    return None


def _previous_actor(index: int, steps: Sequence[dict]) -> str | None:
    """The single actor of the last step told within REFER_REACH sentences before `index` by a
    sentence naming its own actor, or None."""
    for step in reversed(steps):
        if index - step["sentence"] > REFER_REACH:
            return None
        if step.get("_own_actors_kept"):
            return step["actors"][0] if len(step["actors"]) == 1 else None
    return None


def _most_named(spans: Sequence[Any], start: int) -> str | None:
    """The country or bloc named before token `start` strictly more often than any other, or
    None."""
    # sp40r2: counted in a plain dict and read in one pass (a Counter's construction and
    # `most_common` run Python calls and a heap); of equal counts the first named leads, as
    # the stable `most_common` gives them
    counts: dict[str, int] = {}
    for s in spans:
        if s.start < start and s.label_ in ("COUNTRY", "BLOC"):
            ident = s.kb_id_
            counts[ident] = counts.get(ident, 0) + 1
    best: str | None = None
    top, tied = 0, False
    for ident, n in counts.items():
        if n > top:
            best, top, tied = ident, n, False
        elif n == top:
            tied = True  # two named most often: none stands out
    return None if tied else best


# evref: how many words before a party the verb of following its text may stand ("to follow
# the OECD's five-step framework", "adhering to the OECD Guidelines")
FOLLOW_REACH = 3


def _followed(
    lowers: Sequence[int], party: Party, sent_start: int, words: dict[str, frozenset[int]]
) -> bool:
    """Whether the party is named as the author of a text others follow ("requires refiners to
    follow the OECD's framework"): a verb of roles.yaml `follow_words` within FOLLOW_REACH
    words before it; the step is the followers', not the author's."""
    follow = words.get("follow_words")
    return bool(follow) and not follow.isdisjoint(
        lowers[max(sent_start, party.start - FOLLOW_REACH) : party.start]
    )


def _sentence_leader(lowers: Sequence[int], start: int, end: int) -> str | None:
    """The country of the leaders a sentence names, when they are all one country's ("Marcos
    has said ..., and his government has floated a ban"): a leader's step stands for his
    country however far from the cue he is named (`referred_actors` reads it only when the
    sentence does not name that country itself: "Canadian Prime Minister ... welcomed it")."""
    words = lowers[start:end]
    if _leader_words().isdisjoint(words):
        return None  # helper speed11: most sentences name no leader, told in C
    leaders = leader_hashes()
    # speed38: the names it holds, found in C, not a walk over every word of the sentence
    found = {leaders[w] for w in leaders.keys() & words}
    return found.pop() if len(found) == 1 else None


def _not_followed(lowers: Sequence[int], sent_start: int, parties: list[Party]) -> list[Party]:
    """The parties not named as a text's author others follow ("to follow the OECD's
    guidance": the guidance is the OECD's, the step its followers')."""
    words = role_hashes()
    return [p for p in parties if not _followed(lowers, p, sent_start, words)]


def firm_homes_apart(
    lowers: Sequence[int],
    sent_end: int,
    action: str,
    cue_start: int,
    parties: Sequence[Party],
    roles: tuple[list[str], list[str]],
) -> tuple[list[str], list[str]]:
    """(actors, partners) with a firm's home named before the cue ("let the Canadian company
    apply for permits", "raised the US company's production quota") moved to the partners for
    a step only a state takes (roles.yaml `state_actions`): the firm is not the state."""
    actors, partners = roles
    words = role_hashes()
    # speed38: with no actor there is no firm's home to move
    if not actors or hash_string(action) not in words.get("state_actions", _NO_WORDS):
        return actors, partners
    # speed38: only an actor's home can move, so only actors are read
    homes = {
        p.norm_id
        for p in parties
        if p.end <= cue_start
        and p.norm_id in actors
        and (firm_home(lowers, p.end, sent_end, words) or _group_home(lowers, p.end, sent_end))
        and _names_firm(lowers, p.end, sent_end, words)
    }
    if homes.isdisjoint(actors):
        return actors, partners
    # s43: a home named again for its government ("The Anglo-Australian group's takeover
    # received approval from Australia's Foreign Investment Review Board") acts there
    homes -= {
        p.norm_id
        for p in parties
        if p.norm_id in homes
        and (p.end > cue_start or not firm_home(lowers, p.end, sent_end, words))
        and not _group_home(lowers, p.end, sent_end)
    }
    moved = [a for a in actors if a in homes]
    return [a for a in actors if a not in homes], partners + moved


# s43: "group" after a party ("the Anglo-Australian group's takeover") names a firm's home
_GROUP = hash_string("group")
_LED = hash_string("led")


def _group_home(lowers: Sequence[int], end: int, sent_end: int) -> bool:
    """Whether "group" stands within three words after the party ("the Anglo-Australian
    group", "the Swiss-Canadian group", "the Chinese mining group"), not after "-led" ("a
    U.S.-led group" is the party's own): a firm's home for a state's step (`firm_homes_apart`),
    though not named in roles.yaml `firm_nouns_after`, where a report's own government is
    sought."""
    window = lowers[end : end + 3 if end + 3 < sent_end else sent_end]
    return _GROUP in window and _LED not in window


def _names_firm(
    lowers: Sequence[int], end: int, sent_end: int, words: dict[str, frozenset[int]]
) -> bool:
    """Whether the firm's noun after a party ends a name of the firm, not a clause of the
    party's own: no comma ("to China, the company said"), no verb of being or having
    (roles.yaml `said_predicates`: "Canada had stood firm") and no determiner ("the Board
    requires the company") stands between them."""
    window = lowers[end : end + FIRM_HOME_REACH if end + FIRM_HOME_REACH < sent_end else sent_end]
    verbs = words.get("said_predicates", _NO_WORDS)
    return (
        _COMMA not in window and verbs.isdisjoint(window) and words["anaphora"].isdisjoint(window)
    )


def _hosted_by(
    lowers: Sequence[int], by: int, sent_start: int, words: dict[str, frozenset[int]]
) -> bool:
    """Whether "by" before a party names the host of a meeting ("signed at a summit hosted by
    Vietnam", "a meeting convened by Japan"): roles.yaml `host_words` right before it. The
    host gives the place, not the step its guests take."""
    return by > sent_start and lowers[by - 1] in words.get("host_words", _NO_WORDS)


# evfresh: how many sentences back a sentence opening on a reference ("Its fund ...", "The
# government is drafting ...") looks for the party an earlier sentence opened on
EVFRESH_SUBJECT_REACH = 3
# evfresh: how many words into a sentence its opening party or leader may stand ("The United
# States", "President Javier Milei's government")
EVFRESH_OPENING = 3
_EVFRESH_IT = frozenset(hash_string(w) for w in ("it", "its", "it's"))
_EVFRESH_ITS = hash_string("its")
_IT = hash_string("it")
_EVFRESH_COUNTRY = hash_string("country")
_EVFRESH_PERSON = frozenset(hash_string(w) for w in ("he", "she"))


def _evfresh_refers_to_subject(lowers: Sequence[int], start: int, end: int) -> bool:
    """Whether a sentence opens on words that refer to the subject of the sentences before:
    "Its ...", "the country" ("The country's mining code ...", "Posco, the country's only
    anode maker"), or a person's government ("He said the government was drafting ..."). "The
    government" alone is most often the report's own government, however many other countries
    the sentence before opened on ("Russia supplies a fifth of its imports. The government is
    pushing ..."), and stays with `referred_actors`."""
    if start >= end:
        return False
    if lowers[start] == _EVFRESH_ITS:
        return True
    if lowers[start] in _EVFRESH_PERSON:
        return opens_with_reference(lowers, start, end)
    opening = lowers[start : start + REFER_OPENING if start + REFER_OPENING < end else end]
    if _THE not in opening:
        return False  # helper speed37: the first "the" of the opening found in C
    i = start + opening.index(_THE)
    return (
        _EVFRESH_COUNTRY
        in lowers[i + 1 : i + 1 + REFER_NOUN_REACH if i + 1 + REFER_NOUN_REACH < end else end]
    )


def _evfresh_opening_party(
    lowers: Sequence[int], start: int, end: int, spans: Sequence[Any]
) -> str | None:
    """The country or bloc a sentence opens on ("France is further along.", "Thailand's
    situation is different.", "President Milei's government ..."): its subject in news
    wording, the party later sentences refer back to. Not a firm's home ("U.S. lithium
    developer Piedmont Lithium has ..."): the firm is the subject, no government."""
    opening = start + EVFRESH_OPENING  # sp40r2: by comparison, no builtin min()
    if opening > end:
        opening = end
    for span in spans:
        if span.start >= opening:
            break
        if (
            span.start >= start
            and span.label_ in ("COUNTRY", "BLOC")
            and not firm_home(lowers, span.end, end, role_hashes())
        ):
            return str(span.kb_id_)
    leaders = leader_hashes()
    for i in range(start, opening):
        if lowers[i] in leaders:
            return leaders[lowers[i]]
    return None


def _evfresh_names_party(start: int, end: int, spans: Sequence[Any]) -> bool:
    """Whether a sentence names a country or bloc anywhere."""
    return any(start <= s.start < end and s.label_ in ("COUNTRY", "BLOC") for s in spans)


def evfresh_subject_before(
    lowers: Sequence[int], bounds: Sequence[Any], index: int, spans: Sequence[Any]
) -> str | None:
    """The party a sentence opening on a reference ("Its critical metals fund ...", "The
    industry ministry is drafting ...") refers back to: the one an earlier sentence opened on,
    within EVFRESH_SUBJECT_REACH sentences, through sentences that refer back too ("It has
    modest deposits") or name no party (a quote). A sentence naming other parties, not
    opening on one, ends the search: the reference is then not clear."""
    for j in range(index - 1, max(-1, index - 1 - EVFRESH_SUBJECT_REACH), -1):
        start, end = bounds[j].start, bounds[j].end
        opening = _evfresh_opening_party(lowers, start, end, spans)
        if opening is not None:
            return opening
        if start < end and (
            lowers[start] in _EVFRESH_IT or opens_with_reference(lowers, start, end)
        ):
            continue
        if _evfresh_names_party(start, end, spans):
            return None
    return None


def evfresh_referred_actors(
    lowers: Sequence[int],
    bounds: Sequence[Any],
    index: int,
    steps: Sequence[dict],
    spans: Sequence[Any],
    context: list[str],
) -> list[str]:
    """`referred_actors`, but a sentence opening on a reference to the subject before
    (`_evfresh_refers_to_subject`) with no leader of its own first takes the party an earlier sentence opened on (`evfresh_subject_before`): a report
    on several countries tells each one's steps in a run of sentences ("France is further
    along. Its fund ... signed its first investments"), so the report's lead party is not
    the one referred to."""
    start, end = bounds[index].start, bounds[index].end
    # speed39: `_pair_referred` only where a word of `pair_words` opens the sentence (its first
    # test), most sentences opening otherwise
    pair_words = role_hashes().get("pair_words")
    if pair_words and not pair_words.isdisjoint(
        lowers[start : start + PAIR_OPENING if start + PAIR_OPENING < end else end]
    ):
        pair = _pair_referred(lowers, bounds, index, steps, spans)
        if pair is not None:
            return pair
    if (
        _evfresh_refers_to_subject(lowers, start, end)
        and _sentence_leader(lowers, start, end) is None
    ):
        subject = evfresh_subject_before(lowers, bounds, index, spans)
        if subject is not None:
            return [subject]
    if start < end and lowers[start] == _IT and index > 0:
        # s43: "China produces 98% of the world's gallium. It has required export licences
        # since 2023": a bare "It" refers to the sentence just before, when that one opens on
        # a country as its subject ("Ministers from Barbados ... adopted a declaration. It
        # commits ..." speaks of the declaration)
        subject = _subject_party(lowers, bounds[index - 1], spans)
        if subject is not None:
            return [subject]
    return referred_actors(lowers, start, end, index, steps, spans, context)


def _subject_party(lowers: Sequence[int], sent: Any, spans: Sequence[Any]) -> str | None:
    """The country or bloc a sentence's first word names, after an opening "the" ("China
    produces ...", "The United States will ..."), unless it names a firm's home; or None."""
    first = sent.start + 1 if sent.start < sent.end and lowers[sent.start] == _THE else sent.start
    for span in spans:
        if span.start > first:
            return None
        if (
            span.start == first
            and span.label_ in ("COUNTRY", "BLOC")
            and not firm_home(lowers, span.end, sent.end, role_hashes())
        ):
            return str(span.kb_id_)
    return None


# lead (session 29): a sentence opening on the pair told before ("The two governments signed
# agreements on farm trade", "Both sides agreed to meet again") acts for both of them
PAIR_OPENING = 4


def _pair_referred(
    lowers: Sequence[int],
    bounds: Sequence[Any],
    index: int,
    steps: Sequence[dict],
    spans: Sequence[Any],
) -> list[str] | None:
    """The two parties a sentence opening on "the two governments" / "both sides" (roles.yaml
    `pair_words` then `pair_nouns`, within PAIR_OPENING words) refers to: those of the last
    step within REFER_REACH sentences that had exactly two, else the two countries or blocs the
    sentence before named, if it named exactly two; None when the sentence opens otherwise or
    names a party of its own."""
    words = role_hashes()
    pair_words, pair_nouns = words.get("pair_words"), words.get("pair_nouns")
    if not pair_words or not pair_nouns:
        return None
    start, end = bounds[index].start, bounds[index].end
    opening = lowers[start : start + PAIR_OPENING if start + PAIR_OPENING < end else end]
    if pair_words.isdisjoint(opening):
        return None  # helper speed37: most sentences, told in C before the walk
    at = next((i for i, w in enumerate(opening) if w in pair_words), None)
    if at is None or pair_nouns.isdisjoint(opening[at + 1 : at + 3]):
        return None
    if any(start <= s.start < end and s.label_ in ("COUNTRY", "BLOC") for s in spans):
        return None
    for step in reversed(steps):
        if index - step["sentence"] > REFER_REACH:
            break
        parties = list(dict.fromkeys([*step["actors"], *(step.get("partners") or ())]))
        if len(parties) == 2:
            return parties
    if index == 0:
        return None
    prev = bounds[index - 1]
    named = list(
        dict.fromkeys(
            s.kb_id_
            for s in spans
            if prev.start <= s.start < prev.end and s.label_ in ("COUNTRY", "BLOC")
        )
    )
    return named if len(named) == 2 else None


# pa34 (session 34): a sentence naming no party that opens on the members of a grouping ("The
# bloc's leaders adopted a declaration", "Under the framework, members are to negotiate
# reference prices", "Leaders signed the Qingdao declaration") acts for the bloc the report is
# about: the one its title names, else the bloc named before it strictly more often than any
# other party (a report on a bilateral visit names countries more, and keeps its lead party)
PA34_OPENING = 5


def pa34_bloc_referred(
    lowers: Sequence[int],
    bounds: Sequence[Any],
    index: int,
    spans: Sequence[Any],
    title_blocs: Sequence[str],
) -> list[str] | None:
    """The bloc a sentence opening on one of roles.yaml `pa34_bloc_subjects` within
    PA34_OPENING words refers to: the first bloc of `title_blocs`, else the bloc `_most_named`
    before it; None when the sentence names a country or bloc of its own or opens otherwise."""
    nouns = role_hashes().get("pa34_bloc_subjects")
    if not nouns:
        return None
    start, end = bounds[index].start, bounds[index].end
    if nouns.isdisjoint(
        lowers[start : start + PA34_OPENING if start + PA34_OPENING < end else end]
    ):
        return None
    if any(start <= s.start < end and s.label_ in ("COUNTRY", "BLOC") for s in spans):
        return None
    if title_blocs:
        return [title_blocs[0]]
    most = _most_named(spans, start)
    if most is not None and any(s.kb_id_ == most and s.label_ == "BLOC" for s in spans):
        return [most]
    return None


# issuer (session 42): doc.user_data key of the country or bloc whose government published the
# document (contracts §3 `issuer`), None for a report of others
ISSUER_KEY = "oreline.issuer"
# how many words into a sentence, after a speaker's label, its voiced subject may stand ("Today,
# the Department announced", "On 5 March the Ministry approved")
ISSUER_OPENING = 6
# how many words a speaker's label ("Senator Jane Brown:") may run before its colon
LABEL_WORDS = 5
# how many words from an earlier body a party makes it that party's ("Indonesia's Ministry of
# Energy", "the Ministry of Commerce of China")
BODY_PARTY_REACH = 5
_COLON = hash_string(":")
# a speaker's label opening a line of a transcript: capitalised words (and "of", "for", "the")
# before a colon and the turn's text ("Senator Brown: What ...", "Q: ...", "MR LEE: ...")
_SPEAKER = re.compile(
    r"^[ \t]*(?:[A-Z][\w.'’-]*[ \t]+|(?:of|for|the)[ \t]+){0,4}[A-Z][\w.'’-]*[ \t]*:[ \t]+\S",
    re.MULTILINE,
)
_OF = hash_string("of")
_I = hash_string("i")
_QUOTES = frozenset(hash_string(w) for w in ('"', "“", "”"))
_FIRST = "first"
_BODY = "body"
_NOTICE = "notice"


class IssuerVoice:
    """Who a sentence naming no acting party speaks for, read once per document: an official
    release in its own voice (first person, a bare body of government, an announcement's
    formula or article) acts for its issuer, whom such a text never names; in a transcript a
    first-person subject speaks for the speaker's side, so a country named only in another
    speaker's turn (the question's "Indonesia's ban") is never its actor."""

    def __init__(
        self,
        doc: Doc,
        lowers: Sequence[int],
        bounds: Sequence[Any],
        spans: Sequence[Any],
        text: str,
        issuer: str | None,
        title_parties: Sequence[str] = (),
    ) -> None:
        self.doc, self.lowers, self.bounds, self.spans = doc, lowers, bounds, spans
        self.text, self.issuer, self.title_parties = text, issuer or None, title_parties
        self._turns: list[int] | None = None
        self._notice: int | None = None

    def referred(self, index: int, fallback: Callable[[], list[str]]) -> list[str]:
        """The actors of sentence `index`'s events that name none: the issuer where the
        sentence speaks in its voice; else `fallback()` (the parties referred to), less those
        a first-person subject in a speaker's turn may not take."""
        if self.issuer is None and self.turns() is None:
            return fallback()  # a report of others, no transcript: most documents
        voice = self.voice(index)
        if voice is None:
            return fallback()
        if self.issuer is not None:
            return [self.issuer]
        return self._own_turn(index, fallback())  # without an issuer only `_FIRST` is read

    def owns(self, index: int) -> bool:
        """Whether sentence `index` speaks in the issuer's voice (its events' issuer named as
        a partner, "under the Export Control Law", is the issuer's own law, not a target)."""
        return self.issuer is not None and self.voice(index) is not None

    def voice(self, index: int) -> str | None:
        """The issuer's voice a sentence speaks in, read at its opening (after a speaker's
        label): `_FIRST`, `_BODY`, `_NOTICE`, or None."""
        words = role_hashes()
        sent = self.bounds[index]
        lowers = self.lowers
        start, end = sent.start, sent.end
        opening = lowers[start : start + LABEL_WORDS + 1 if start + LABEL_WORDS + 1 < end else end]
        if _COLON in opening and self.turns() is not None:
            start += opening.index(_COLON) + 1  # "Senator Watt: We have committed ..."
        if start >= end:
            return None
        if self.issuer is not None and self._in_notice(index, start, end, words):
            return _NOTICE
        leader = _sentence_leader(lowers, sent.start, end)
        if leader is not None and leader != self.issuer:
            return None  # "'We may restrict exports,' Putin told a televised meeting"
        reach = start + ISSUER_OPENING if start + ISSUER_OPENING < end else end
        first = words["issuer_first_person"]
        for i in range(start, reach):
            word = lowers[i]
            if word in first:
                if word == _I and i > start and self.doc[i - 1].text[:1].isupper():
                    continue  # "Rook I received approval": a numeral of a name
                if self._onlooks(i, end, words) or not self._own_quote(sent.start, end, words):
                    return None
                return _FIRST
            if (
                self.issuer is not None
                and word in words["issuer_determiners"]
                and self._body(i, reach, words)
            ):
                return None if self._onlooks(i, end, words) else _BODY
        return None

    def _own_quote(self, start: int, end: int, words: dict[str, frozenset[int]]) -> bool:
        """Whether a first person is the issuer's: not quoted, or quoted from one of its
        officials ('"We are investing," the Minister said'), not from a firm's chief or a
        critic ('"We are building a mine," the executive chairman said')."""
        said = self.lowers[start:end]
        if _QUOTES.isdisjoint(said):
            return True
        return not words["issuer_speakers"].isdisjoint(said) and words[
            "issuer_not_speakers"
        ].isdisjoint(said)

    def _in_notice(
        self, index: int, start: int, end: int, words: dict[str, frozenset[int]]
    ) -> bool:
        """Whether the sentence is part of an announcement: from its formula on ("it is hereby
        announced that"), or an article of one ("Article 1 Items meeting ...")."""
        if self._notice is None:
            formula = words["issuer_formula"]
            self._notice = next(
                (
                    j
                    for j, s in enumerate(self.bounds)
                    if not formula.isdisjoint(self.lowers[s.start : s.end])
                ),
                len(self.bounds),
            )
        if index >= self._notice:
            return True
        return (
            self.lowers[start] in words["issuer_articles"]
            and start + 1 < end
            and _numbered(self.doc[start + 1].text)
        )

    def _body(self, i: int, reach: int, words: dict[str, frozenset[int]]) -> bool:
        """Whether "the"/"this" at `i` opens a bare body of government written with a capital
        ("the Department", "this Ministry", "the federal Government") that no earlier sentence
        tied to another party ("Indonesia's Ministry of Energy ... The Ministry also ...")."""
        bodies = words["issuer_bodies"]
        for j in (i + 1, i + 2):
            if j < reach and self.lowers[j] in bodies and self.doc[j].text[:1].isupper():
                return not self._named_body(i, j) and not self._body_of_other(self.lowers[j], i)
        return False

    def _named_body(self, i: int, j: int) -> bool:
        """Whether the body at `j` is named for a party or place: before it ("the Indonesian
        Ministry", "the Victorian Government") or after "of" ("the Government of the Republic
        of Korea")."""
        after = j + 2 + BODY_PARTY_REACH
        of = j + 1 < len(self.lowers) and self.lowers[j + 1] == _OF
        for span in self.spans:
            if span.start >= after:
                break
            if (i < span.end and span.start < j) or (of and span.start > j):
                return True
        return place_party(self.doc, self.lowers, i + 1, j) is not None

    def _body_of_other(self, noun: int, before: int) -> bool:
        """Whether the body's noun stood within BODY_PARTY_REACH words of a party other than
        the issuer before token `before`."""
        lowers = self.lowers
        for span in self.spans:
            if span.start >= before:
                break
            if span.label_ not in ("COUNTRY", "BLOC") or span.kb_id_ == self.issuer:
                continue
            low = span.start - BODY_PARTY_REACH if span.start > BODY_PARTY_REACH else 0
            if noun in lowers[low : min(span.end + BODY_PARTY_REACH, before)]:
                return True
        return False

    def _onlooks(self, i: int, end: int, words: dict[str, frozenset[int]]) -> bool:
        """Whether the voice only looks on at another's step ("We welcome the agreement", "The
        Department is concerned by the curbs"): a word of roles.yaml `reactions` or
        `issuer_onlookers` after it in the sentence."""
        after = self.lowers[i + 1 : end]
        return not (
            words["issuer_onlookers"].isdisjoint(after)
            and words.get("reactions", _NO_WORDS).isdisjoint(after)
        )

    def turns(self) -> list[int] | None:
        """Each sentence's speaker turn (its label's order; -1 before the first label), or None
        when the text is no transcript (fewer than two different speakers' labels)."""
        if self._turns is None:
            self._turns = self._read_turns()
        return self._turns or None

    def _read_turns(self) -> list[int]:
        """A transcript's turns: two speakers' labels or more, and a turn asking a question;
        a notice's fields ("AGENCY: ...", "SUMMARY: ...") and a report's headings
        ("AUSTRALIA: ...", "World Resources: ...") ask none."""
        text = self.text
        if ":" not in text or "?" not in text:
            return []
        labels = list(_SPEAKER.finditer(text))
        if len({m.group().split(":", 1)[0].strip() for m in labels}) < 2:
            return []
        if not any(_asks(text, m.end()) for m in labels):
            return []
        starts = [m.start() for m in labels]
        return [bisect.bisect_right(starts, s.start_char) - 1 for s in self.bounds]

    def _own_turn(self, index: int, parties: list[str]) -> list[str]:
        """`parties` less those the text names only in other speakers' turns: a party of the
        title, of the speaker's own turn or of the text before the first label stays."""
        turns = self.turns()
        if not parties or turns is None:
            return parties
        mine = turns[index]
        starts = [s.start for s in self.bounds]
        elsewhere: set[str] = set()
        here: set[str] = set(self.title_parties)
        for span in self.spans:
            if span.label_ not in ("COUNTRY", "BLOC"):
                continue
            turn = turns[bisect.bisect_right(starts, span.start) - 1]
            (here if turn in (mine, -1) else elsewhere).add(span.kb_id_)
        return [p for p in parties if p in here or p not in elsewhere]


def _asks(text: str, at: int) -> bool:
    """Whether the line of a turn from `at` asks a question."""
    end = text.find("\n", at)
    return "?" in text[at : end if end >= 0 else len(text)]


def _numbered(word: str) -> bool:
    """Whether a word numbers an article ("1", "12", "IV")."""
    return word.isdigit() or (word.isupper() and set(word) <= set("IVXL"))
