"""Loading cue files and expanding "~" words into their inflections, once per process."""

from __future__ import annotations

import functools
import itertools
import logging
from pathlib import Path
from typing import Any

import yaml

from nlp.errors import KnowledgeFileError

LOGGER = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
_VOWELS = set("aeiou")
# the C loader when PyYAML has it: the cue files load several times faster
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> dict[str, Any]:
    """Read one knowledge file, naming it in the error when it is missing or not a mapping."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_LOADER)
    except FileNotFoundError as exc:
        raise KnowledgeFileError(f"{path}: knowledge file is missing") from exc
    except yaml.YAMLError as exc:
        raise KnowledgeFileError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise KnowledgeFileError(f"{path}: expected a mapping at the top level")
    return data


@functools.cache
def load_data(name: str) -> dict[str, Any]:
    """A YAML knowledge file under nlp/data as a dict, read once per process."""
    return read_yaml(DATA_DIR / name)


def inflections(word: str, irregular: dict[str, list[str]] | None = None) -> set[str]:
    """Every plausible inflection of a base word; spurious forms are harmless since they
    never occur in text."""
    # stems may be cut before a silent e ("approv~" -> approve, approves, approved, approving)
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing", word + "e"}
    if word.endswith("e"):
        forms |= {word[:-1] + "ing", word[:-1] + "ed"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) >= 3 and word[-1] not in _VOWELS | {"w", "x", "y"} and word[-2] in _VOWELS:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    if word.endswith("is"):  # "analysis" style nouns are rare; "finalis" -> finalise, finalised
        forms |= {word + "e", word + "es", word + "ed", word + "ing"}
    if word.endswith("iz"):
        forms |= {word + "e", word + "es", word + "ed", word + "ing"}
    if word.endswith("if"):  # "identif~" -> identify, identifies, identified, identifying
        forms |= {word + "y", word + "ies", word + "ied", word + "ying"}
    if word.endswith("y") and len(word) > 2 and word[-2] in _VOWELS:
        forms |= {word + "s", word + "ed"}
    for form in (irregular or {}).get(word, []):
        forms.add(form)
    # British/American spelling of the licence family
    if word.startswith("licen"):
        forms |= {"licence", "licences", "license", "licenses", "licensed", "licensing", "licensee"}
    return forms


def expand(phrase: str, irregular: dict[str, list[str]] | None = None) -> list[str]:
    """All lower-cased variants of a cue phrase, with "~" words inflected."""
    options = []
    for word in str(phrase).lower().split():
        if word.endswith("~"):
            options.append(sorted(inflections(word[:-1], irregular)))
        else:
            options.append([word])
    return [" ".join(parts) for parts in itertools.product(*options)]
