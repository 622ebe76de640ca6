"""Names a reader understands for the taxonomy ids: countries, blocs, minerals, actions."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import yaml

LOGGER = logging.getLogger(__name__)

LABELS_FILE = Path(__file__).with_name("data") / "labels.yaml"


@cache
def labels() -> dict[str, Any]:
    """The packaged label file, read once."""
    return yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))


def bloc_ids() -> frozenset[str]:
    """Every bloc id the taxonomy knows."""
    return frozenset(labels()["bloc_names"])


def is_bloc(party: str) -> bool:
    """Whether a party id is a bloc rather than a country."""
    return party in labels()["bloc_names"]


@cache
def party_name(party: str) -> str:
    """A country's short English name or a bloc's name; unknown ids are shown as they are."""
    data = labels()
    if party in data["bloc_names"]:
        return data["bloc_names"][party]
    if party in data["country_names"]:
        return data["country_names"][party]
    country = pycountry.countries.get(alpha_3=party) if len(party) == 3 else None
    if country is None:
        return party
    return getattr(country, "common_name", None) or country.name


@cache
def country_code(value: str) -> str:
    """An ISO3 code (or bloc id) from a code or a country name a person typed in the config."""
    text = value.strip()
    if text.upper() in labels()["bloc_names"]:
        return text.upper()
    if len(text) == 3 and pycountry.countries.get(alpha_3=text.upper()):
        return text.upper()
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        LOGGER.warning("digest filter: '%s' is not a country pycountry knows; kept as is", value)
        return text.upper()


def mineral_name(mineral: str) -> str:
    """A mineral id as words."""
    return labels()["mineral_names"].get(mineral, mineral.replace("_", " "))


def mineral_matches(wanted: str) -> frozenset[str]:
    """The mineral ids a filter entry stands for (a group also means its members)."""
    key = wanted.strip().lower().replace(" ", "_")
    return frozenset([key, *labels()["mineral_groups"].get(key, [])])


def action_order() -> list[str]:
    """Action ids in the order the digest lists them."""
    return list(labels()["actions"])


def action_label(action: str | None) -> str:
    """The section heading for an action id."""
    entry = labels()["actions"].get(action or "")
    return entry["label"] if entry else labels()["other_action"]["label"]


def action_colour(action: str | None) -> str:
    """The chart colour of an action id."""
    entry = labels()["actions"].get(action or "")
    return entry["colour"] if entry else labels()["other_action"]["colour"]


def status_label(status: str | None) -> str:
    """A status id as words."""
    if not status:
        return "status unknown"
    return labels()["statuses"].get(status, status.replace("_", " "))


def sections() -> list[dict[str, Any]]:
    """The leading sections of the digest, in order."""
    return list(labels()["sections"])
