"""Load the entity knowledge files once and turn them into phrase patterns for the matcher."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from nlp.errors import KnowledgeFileError
from nlp.lexicon import read_yaml

LOGGER = logging.getLogger(__name__)
# the C loader when PyYAML has it: the gazetteer files load several times faster

DATA_DIR = Path(__file__).resolve().parent / "data"
MINERAL, COUNTRY, BLOC = "MINERAL", "COUNTRY", "BLOC"
LABELS = (MINERAL, COUNTRY, BLOC)

# Kinds of phrase; they decide which rules apply to a match.
ALIAS, DEMONYM, CAPITAL, INSTITUTION, BLOCKER, PREFIX = (
    "alias",
    "demonym",
    "capital",
    "institution",
    "blocker",
    "prefix",
)
# Pseudo-labels: glued tokens ("U.S.-China") and cue words the rules read from context.
GLUED, CUE = "GLUED", "CUE"
SENTENCE_CUES = (
    "medical_cues",
    "georgia_country_cues",
    "us_state_cues",
    "us_places",
    "congo_republic_cues",
)


@dataclass(frozen=True)
class PhraseKey:
    """What a matched phrase stands for: a label, its ids (none for a blocker) and its kind."""

    label: str
    ids: tuple[str, ...]
    kind: str
    cased: bool

    @property
    def name(self) -> str:
        """The string key the matcher stores for this group of phrases."""
        case = "cased" if self.cased else "lower"
        return f"{self.label}|{'+'.join(self.ids)}|{self.kind}|{case}"


@dataclass
class Gazetteer:
    """Every phrase to match, grouped by key, plus per-entity options and context cues."""

    phrases: dict[PhraseKey, set[str]] = field(default_factory=dict)
    options: dict[tuple[str, str], dict] = field(default_factory=dict)
    context: dict[str, frozenset[str]] = field(default_factory=dict)
    glued: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    person_name_ids: frozenset[str] = frozenset()
    ids: dict[str, set[str]] = field(default_factory=dict)
    # per ISO3, lower-cased institution names other governments share ("Congress")
    shared_institutions: dict[str, frozenset[str]] = field(default_factory=dict)

    def add(self, key: PhraseKey, phrase: str) -> None:
        """Register one phrase under a key (whitespace normalised, empty phrases ignored)."""
        phrase = " ".join(str(phrase).split())
        if not phrase:
            return
        self.phrases.setdefault(key, set()).add(phrase)
        if key.label in LABELS:
            for ident in key.ids:
                self.ids.setdefault(key.label, set()).add(ident)

    def option(self, label: str, ident: str, name: str, default=None):
        """One option of an entity ("exclude_next" of silver), or the default."""
        return self.options.get((label, ident), {}).get(name, default)

    def glued_prefixes(self) -> dict[str, PhraseKey]:
        """Dotted short forms ("U.S.") that the tokenizer glues to a hyphenated word ("U.S.-based")."""
        out: dict[str, PhraseKey] = {}
        for key, phrases in self.phrases.items():
            if key.kind == BLOCKER or key.label not in (COUNTRY, BLOC):
                continue
            for phrase in phrases:
                if " " not in phrase and phrase.endswith(".") and phrase.count(".") >= 2:
                    out[phrase] = key
        return out


def _add_glued(gaz: Gazetteer) -> None:
    """Phrases for tokens like "U.S.-China" or "U.K.-based", which the tokenizer keeps whole.

    Each glued phrase records every country or bloc it names, so "U.S.-Japan" yields USA
    and JPN from one token, at matcher speed.
    """
    prefixes = gaz.glued_prefixes()
    seconds: dict[str, list[tuple[str, str]]] = {}
    for key, phrases in gaz.phrases.items():
        if key.label not in (COUNTRY, BLOC) or key.kind not in (ALIAS, DEMONYM):
            continue
        for phrase in phrases:
            if phrase[:1].isupper() and not phrase.lower().startswith("the "):
                seconds.setdefault(phrase, []).append((key.label, key.ids[0]))
    for word in gaz.context.get("glued_suffixes", ()):
        seconds.setdefault(word, [])
    glued_key = PhraseKey(GLUED, (), GLUED, False)
    for prefix, pkey in prefixes.items():
        head = [(pkey.label, pkey.ids[0])]
        for dash in ("-", "\u2013"):
            for word, parts in seconds.items():
                phrase = f"{prefix}{dash}{word}"
                gaz.glued.setdefault(phrase.lower(), head + parts)
                gaz.add(glued_key, phrase)


def _add_cues(gaz: Gazetteer) -> None:
    """Cue words the rules look for anywhere in a sentence or document, matched with the rest."""
    for name in SENTENCE_CUES:
        for word in gaz.context.get(name, ()):
            gaz.add(PhraseKey(CUE, (name,), CUE, False), word)
    for (_label, ident), opts in gaz.options.items():
        for name in ("exclude_sentence", "region_words"):
            for word in opts.get(name) or ():
                gaz.add(PhraseKey(CUE, (f"{name}:{ident}",), CUE, False), word)


def _as_list(value, path: Path, where: str) -> list[str]:
    """A YAML list of strings, or an error naming the file and the entry."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise KnowledgeFileError(f"{path}: {where} must be a list, not {type(value).__name__}")
    return [str(v) for v in value]


def _pycountry_names(country) -> list[str]:
    """Every usable name pycountry gives a country, with "Korea, Republic of" turned around."""
    raw = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
    names: list[str] = []
    for name in filter(None, raw):
        name = re.sub(r"\s*\((?:French|Dutch) part\)", "", name)
        inner = re.findall(r"\(([^)]*)\)", name)
        name = re.sub(r"\s*\([^)]*\)", "", name).strip()
        names.extend(inner)
        if ", " in name:
            head, tail = name.split(", ", 1)
            if re.search(r"\b(of|of the)$", tail):
                names.append(f"{tail} {head}")
                names.append(head)
            elif " " not in tail and tail[0].isupper():
                names.append(f"{tail} {head}")
            else:
                names.append(name)
        else:
            names.append(name)
        if name.lower().startswith("the "):
            names.append(name[4:])
    return names


# Demonyms whose plural is not the word plus "s" ("Chinese", "French", "Swiss", "Kyrgyz");
# a plural the file lists itself ("Germans") wins over the rule.
_NO_PLURAL_ENDINGS = ("ese", "sh", "ch", "ss", "s", "x", "z", "y", "man")


def _plural(demonym: str) -> str | None:
    """The people of a demonym ("Chilean" -> "Chileans"), or None when no "s" plural fits."""
    if demonym.lower().endswith(_NO_PLURAL_ENDINGS):
        return None
    return demonym + "s"


def _add_aliases(
    gaz: Gazetteer, kind: str, ident: str, spec: dict, path: Path, section: str
) -> dict:
    """Add an entry's `aliases` (any case) and `cased` names; return its remaining options."""
    for key, cased in (("aliases", False), ("cased", True)):
        for phrase in _as_list(spec.get(key), path, f"{section}.{ident}.{key}"):
            gaz.add(PhraseKey(kind, (ident,), ALIAS, cased), phrase)
    return {k: v for k, v in spec.items() if k not in ("aliases", "cased")}


def _load_minerals(gaz: Gazetteer, path: Path) -> None:
    data = read_yaml(path)
    minerals = data.get("minerals")
    if not isinstance(minerals, dict) or not minerals:
        raise KnowledgeFileError(f"{path}: 'minerals' must map mineral ids to their aliases")
    for ident, spec in minerals.items():
        spec = spec or {}
        opts = _add_aliases(gaz, MINERAL, ident, spec, path, "minerals")
        for name in ("exclude_next", "exclude_prev"):
            if name in opts:
                opts[name] = frozenset(w.lower() for w in _as_list(opts[name], path, name))
        if isinstance(opts.get("needs_context"), list):
            words = _as_list(opts["needs_context"], path, f"{ident}.needs_context")
            opts["needs_context"] = frozenset(w.lower() for w in words)
        gaz.options[(MINERAL, ident)] = opts
    for row in data.get("multi") or []:
        ids = tuple(row["ids"])
        gaz.add(PhraseKey(MINERAL, ids, ALIAS, bool(row.get("cased"))), row["phrase"])
    for phrase in _as_list(data.get("blockers"), path, "blockers"):
        gaz.add(PhraseKey(MINERAL, (), BLOCKER, False), phrase)


def _load_countries(gaz: Gazetteer, path: Path) -> None:
    data = read_yaml(path)
    extra = data.get("countries") or {}
    if not isinstance(extra, dict):
        raise KnowledgeFileError(f"{path}: 'countries' must map ISO3 codes to their names")
    known = {c.alpha_3 for c in pycountry.countries}
    unknown = sorted(set(extra) - known)
    if unknown:
        raise KnowledgeFileError(f"{path}: not ISO 3166-1 alpha-3 codes: {', '.join(unknown)}")
    # Names pycountry generates for more than one country ("Korea", "Virgin Islands") are
    # left out; the YAML file decides those.
    owners: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for name in _pycountry_names(country):
            owners.setdefault(name.lower(), set()).add(country.alpha_3)
    for country in pycountry.countries:
        code = country.alpha_3
        spec = extra.get(code) or {}
        dropped = {d.lower() for d in _as_list(spec.get("drop"), path, f"{code}.drop")}
        for name in _pycountry_names(country):
            if len(owners[name.lower()]) == 1 and name.lower() not in dropped:
                gaz.add(PhraseKey(COUNTRY, (code,), ALIAS, False), name)
    kinds = {
        "aliases": (ALIAS, False),
        "cased": (ALIAS, True),
        "demonyms": (DEMONYM, False),
        "capitals": (CAPITAL, False),
        "institutions": (INSTITUTION, False),
        "institutions_cased": (INSTITUTION, True),
        "institutions_shared": (INSTITUTION, False),
        "prefixes": (PREFIX, True),
    }
    for code, spec in extra.items():
        spec = spec or {}
        for field_name, (kind, cased) in kinds.items():
            phrases = _as_list(spec.get(field_name), path, f"{code}.{field_name}")
            if field_name == "demonyms":
                phrases += [p for p in map(_plural, phrases) if p]
            for phrase in phrases:
                gaz.add(PhraseKey(COUNTRY, (code,), kind, cased), phrase)
        shared = _as_list(spec.get("institutions_shared"), path, f"{code}.institutions_shared")
        if shared:
            gaz.shared_institutions[code] = frozenset(" ".join(p.lower().split()) for p in shared)
        opts = {k: v for k, v in spec.items() if k not in kinds and k != "drop"}
        if opts:
            gaz.options[(COUNTRY, code)] = opts
    for phrase in _as_list(data.get("blockers"), path, "blockers"):
        gaz.add(PhraseKey(COUNTRY, (), BLOCKER, False), phrase)
    gaz.person_name_ids = frozenset(
        code for code, spec in extra.items() if (spec or {}).get("person_name")
    )


def _load_blocs(gaz: Gazetteer, path: Path) -> None:
    data = read_yaml(path)
    blocs = data.get("blocs")
    if not isinstance(blocs, dict) or not blocs:
        raise KnowledgeFileError(f"{path}: 'blocs' must map bloc ids to their names")
    for ident, spec in blocs.items():
        spec = spec or {}
        opts = _add_aliases(gaz, BLOC, ident, spec, path, "blocs")
        gaz.options[(BLOC, ident)] = opts
    for phrase in _as_list(data.get("blockers"), path, "blockers"):
        gaz.add(PhraseKey(BLOC, (), BLOCKER, False), phrase)


def _load_context(gaz: Gazetteer, path: Path) -> None:
    data = read_yaml(path)
    for name, words in data.items():
        words = _as_list(words, path, name)
        if not name.endswith("_cased"):
            words = [w.lower() for w in words]
        gaz.context[name] = frozenset(words)


def _apostrophe_variants(gaz: Gazetteer) -> None:
    """Add the curly-apostrophe spelling of every phrase with a straight one, and back."""
    for phrases in gaz.phrases.values():
        extra = {p.replace("'", "\u2019") for p in phrases if "'" in p}
        extra |= {p.replace("\u2019", "'") for p in phrases if "\u2019" in p}
        phrases |= extra


@functools.lru_cache(maxsize=4)
def load_gazetteer(data_dir: str | None = None) -> Gazetteer:
    """Read minerals, countries, blocs and context cues once per data folder."""
    folder = Path(data_dir) if data_dir else DATA_DIR
    gaz = Gazetteer()
    _load_minerals(gaz, folder / "minerals.yaml")
    _load_countries(gaz, folder / "countries.yaml")
    _load_blocs(gaz, folder / "blocs.yaml")
    _load_context(gaz, folder / "entity_context.yaml")
    _apostrophe_variants(gaz)
    _add_glued(gaz)
    _add_cues(gaz)
    LOGGER.debug(
        "gazetteer from %s: %d phrase groups, %d phrases",
        folder,
        len(gaz.phrases),
        sum(len(p) for p in gaz.phrases.values()),
    )
    return gaz
