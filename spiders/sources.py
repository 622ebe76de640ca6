"""Load and validate the sources file, so a wrong entry fails loudly before any crawl starts.

The format is the one of DESIGN.md ("Sources file")::

    allow_private_network: false     # true only for loopback test sites
    sources:
      - id: state_press              # unique, snake_case
        name: U.S. Department of State — press releases
        kind: feed                   # feed | api | sitemap | html
        url: https://www.state.gov/rss-feed/press-releases/feed/
        publisher: gov               # gov | news | industry | ngo
        country: USA                 # ISO 3166-1 alpha-3, or a bloc id (EU, G7, ...)
        keywords: [critical mineral, rare earth]

Keys every source may carry (``id``, ``name``, ``kind``, ``url``, ``publisher`` and
``country`` are required):

=============== ============================================================================
``keywords``    list of phrases; when given, only items whose title or summary contains one
                of them (case-insensitive) are followed. Default: follow every item.
``enabled``     bool, default ``true``; a disabled source is kept but not crawled.
``max_items``   positive int; at most this many articles per crawl. Default: no cap.
``headers``     mapping of extra HTTP request headers (e.g. ``Accept``). Default: none.
``language``    expected language code (``en``); a hint, not a filter. Default: unknown.
=============== ============================================================================

Keys for one kind only (using them on another kind is an error):

``api`` (a JSON API, paged like the US Federal Register):
    ``items_path``  dotted path to the list of items in the JSON body (``results``,
                    ``data.items``). Default: the body itself is the list.
    ``next_path``   dotted path to the URL of the next page (``next_page_url``), or absent
                    for a single page. Default: no paging.
    ``fields``      mapping of our fields ``url, title, published, summary, text`` to dotted
                    paths inside one item, e.g. ``{url: html_url, published: publication_date}``.
                    Fields not given default to the same name (``title`` -> ``title``).
    ``max_pages``   positive int, pages followed through ``next_path``. Default 5.
``html`` (a listing page whose links lead to articles):
    ``link_selector`` CSS selector matching the ``<a>`` elements (or their containers) of the
                    articles, e.g. ``ul.releases a``. Required.
    ``max_links``   positive int, links taken from the listing. Default 50.
``sitemap`` (a sitemap, sitemap index or Google news sitemap, gzipped or not):
    ``max_age_days`` positive int; only URLs published (``news:publication_date``, else
                    ``lastmod``) within this many days are followed. Default 7.
    ``url_pattern`` regular expression; only URLs it finds (``re.search``) are followed.
``feed`` has no keys of its own.

Errors name the file, the source and the key, e.g.
``sources.yaml: source 'x': unknown key 'urll' (allowed: ...)``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pycountry
import yaml

from spiders.errors import SourcesError

LOGGER = logging.getLogger(__name__)

DEFAULT_SOURCES = Path(__file__).with_name("sources.yaml")

# The closed vocabularies of the format itself (DESIGN.md and TAXONOMY.md), not gazetteers.
KINDS = ("feed", "api", "sitemap", "html")
PUBLISHERS = ("gov", "news", "industry", "ngo")
BLOC_IDS = frozenset(
    "EU G7 G20 QUAD MSP FORGE PAX_SILICA IPEF ASEAN AU BRICS OECD USMCA MERCOSUR NATO SCO OPEC".split()
)
API_FIELDS = ("url", "title", "published", "summary", "text")

TOP_LEVEL_KEYS = ("allow_private_network", "sources")
REQUIRED_KEYS = ("id", "name", "kind", "url", "publisher", "country")
COMMON_KEYS = REQUIRED_KEYS + ("keywords", "enabled", "max_items", "headers", "language")
KIND_KEYS: dict[str, tuple[str, ...]] = {
    "feed": (),
    "api": ("items_path", "next_path", "fields", "max_pages"),
    "html": ("link_selector", "max_links"),
    "sitemap": ("max_age_days", "url_pattern"),
}

_ID_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_DOTTED_RE = re.compile(r"^[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Source:
    """One entry of the sources file, validated; kind-specific keys hold their defaults elsewhere."""

    id: str
    name: str
    kind: str
    url: str
    publisher: str
    country: str
    keywords: tuple[str, ...] = ()
    enabled: bool = True
    max_items: int | None = None
    headers: dict[str, str] = field(default_factory=dict, hash=False)
    language: str | None = None
    # api
    items_path: str | None = None
    next_path: str | None = None
    fields: dict[str, str] = field(default_factory=dict, hash=False)
    max_pages: int = 5
    # html
    link_selector: str | None = None
    max_links: int = 50
    # sitemap
    max_age_days: int = 7
    url_pattern: str | None = None

    def matches_keywords(self, *texts: str | None) -> bool:
        """True when the source has no keywords or one of them occurs in the given texts."""
        if not self.keywords:
            return True
        haystack = " ".join(t for t in texts if t).casefold()
        return any(k.casefold() in haystack for k in self.keywords)

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form (lists and dicts), for JSON lines and subprocess hand-over."""
        data = asdict(self)
        data["keywords"] = list(self.keywords)
        return data


@dataclass
class SourcesConfig:
    """A whole sources file: the network policy and the sources in file order."""

    sources: list[Source]
    allow_private_network: bool = False
    origin: str = "<memory>"

    @property
    def enabled(self) -> list[Source]:
        """The sources a plain crawl visits."""
        return [s for s in self.sources if s.enabled]

    def get(self, source_id: str) -> Source:
        """The source with this id; SourcesError naming the known ids otherwise."""
        for source in self.sources:
            if source.id == source_id:
                return source
        known = ", ".join(s.id for s in self.sources) or "none"
        raise SourcesError(f"{self.origin}: no source with id '{source_id}' (known: {known})")

    def select(self, only: Iterable[str] | None = None) -> list[Source]:
        """Enabled sources, or exactly the named ones (disabled too: naming one is asking for it)."""
        if not only:
            return self.enabled
        return [self.get(source_id) for source_id in dict.fromkeys(only)]


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice in one mapping instead of keeping the last."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, Any] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found duplicate key '{key}'",
                key_node.start_mark,
            )
        seen[key] = True
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_sources(path: str | Path = DEFAULT_SOURCES) -> SourcesConfig:
    """Read and validate a sources file; raises SourcesError naming file, source and key."""
    path = Path(path)
    origin = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{origin}: no such sources file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{origin}: cannot read the sources file: {exc}") from exc
    try:
        data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise SourcesError(_yaml_message(origin, exc)) from None
    config = parse_sources(data, origin)
    LOGGER.debug("loaded %d sources from %s", len(config.sources), origin)
    return config


def _yaml_message(origin: str, exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return f"{origin}: {where}YAML syntax error: {problem}; fix the YAML at that place"


def parse_sources(data: Any, origin: str = "<memory>") -> SourcesConfig:
    """Validate already-parsed YAML data; every problem is reported, one per line."""
    problems: list[str] = []
    if data is None:
        raise SourcesError(
            f"{origin}: the file is empty; expected a mapping with a 'sources:' list"
        )
    if not isinstance(data, Mapping):
        raise SourcesError(
            f"{origin}: the top level must be a mapping with keys {', '.join(TOP_LEVEL_KEYS)}; "
            f"got {_type_name(data)}"
        )
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            problems.append(
                f"{origin}: unknown top-level key '{key}' (allowed: {', '.join(TOP_LEVEL_KEYS)})"
            )
    allow_private = data.get("allow_private_network", False)
    if not isinstance(allow_private, bool):
        problems.append(
            f"{origin}: key 'allow_private_network' must be true or false, got {allow_private!r}"
        )
        allow_private = False
    raw_sources = data.get("sources")
    sources: list[Source] = []
    if raw_sources is None:
        problems.append(f"{origin}: missing key 'sources' (a list of source entries)")
    elif not isinstance(raw_sources, list):
        problems.append(f"{origin}: key 'sources' must be a list, got {_type_name(raw_sources)}")
    else:
        first_seen: dict[str, int] = {}
        for index, entry in enumerate(raw_sources, start=1):
            source, entry_problems = _parse_source(entry, index, origin)
            problems.extend(entry_problems)
            if source is None:
                continue
            if source.id in first_seen:
                problems.append(
                    f"{origin}: source '{source.id}': key 'id': duplicate id "
                    f"(source #{first_seen[source.id]} already uses it); ids must be unique"
                )
                continue
            first_seen[source.id] = index
            sources.append(source)
    if problems:
        raise SourcesError("\n".join(problems))
    return SourcesConfig(sources=sources, allow_private_network=allow_private, origin=origin)


def _parse_source(entry: Any, index: int, origin: str) -> tuple[Source | None, list[str]]:
    """One entry to a Source, or None plus the reasons it is wrong."""
    if not isinstance(entry, Mapping):
        return None, [
            f"{origin}: source #{index}: must be a mapping of keys (id, name, kind, ...), "
            f"got {_type_name(entry)}"
        ]
    raw_id = entry.get("id")
    label = f"source '{raw_id}'" if isinstance(raw_id, str) and raw_id else f"source #{index}"
    problems: list[str] = []

    def bad(key: str, message: str) -> None:
        problems.append(f"{origin}: {label}: key '{key}': {message}")

    kind = entry.get("kind")
    kind_ok = kind in KINDS
    allowed = COMMON_KEYS + (KIND_KEYS[kind] if kind_ok else ())
    for key in entry:
        if key in allowed:
            continue
        owners = [k for k, keys in KIND_KEYS.items() if key in keys]
        if owners and kind_ok:
            bad(key, f"is for kind {' / '.join(owners)} only, this source is kind '{kind}'")
        elif owners:
            continue  # the kind itself is reported below
        else:
            problems.append(
                f"{origin}: {label}: unknown key '{key}' (allowed for kind "
                f"'{kind if kind_ok else '?'}': {', '.join(allowed)})"
            )

    for key in REQUIRED_KEYS:
        if entry.get(key) in (None, ""):
            bad(key, "missing; required keys are " + ", ".join(REQUIRED_KEYS))

    values: dict[str, Any] = {}
    source_id = entry.get("id")
    if source_id not in (None, ""):
        if not isinstance(source_id, str) or not _ID_RE.match(source_id):
            bad("id", f"{source_id!r} is not snake_case (lower-case letters, digits, '_')")
        else:
            values["id"] = source_id
    name = entry.get("name")
    if name not in (None, ""):
        if not isinstance(name, str):
            bad("name", f"must be text, got {_type_name(name)}")
        else:
            values["name"] = name.strip()
    if kind not in (None, ""):
        if not kind_ok:
            bad("kind", f"{kind!r} is not a kind; allowed: {', '.join(KINDS)}")
        else:
            values["kind"] = kind
    url = entry.get("url")
    if url not in (None, ""):
        reason = _url_problem(url)
        if reason:
            bad("url", reason)
        else:
            values["url"] = url.strip()
    publisher = entry.get("publisher")
    if publisher not in (None, ""):
        if publisher not in PUBLISHERS:
            bad("publisher", f"{publisher!r} is not allowed; use one of {', '.join(PUBLISHERS)}")
        else:
            values["publisher"] = publisher
    country = entry.get("country")
    if country not in (None, ""):
        if not _is_country_or_bloc(country):
            bad(
                "country",
                f"{country!r} is neither an ISO 3166-1 alpha-3 code in capitals (USA, CHN, AUS) "
                f"nor a bloc id ({', '.join(sorted(BLOC_IDS))})",
            )
        else:
            values["country"] = country

    _parse_optional(entry, values, bad)
    if kind_ok:
        _parse_kind_keys(kind, entry, values, bad)

    if problems:
        return None, problems
    return Source(**values), []


def _parse_optional(entry: Mapping, values: dict[str, Any], bad) -> None:
    """Keys every kind may carry."""
    if "keywords" in entry:
        keywords = entry["keywords"]
        if keywords is None:
            keywords = []
        if not isinstance(keywords, list) or not all(
            isinstance(k, str) and k.strip() for k in keywords
        ):
            bad("keywords", "must be a list of non-empty phrases, e.g. [lithium, rare earth]")
        else:
            values["keywords"] = tuple(dict.fromkeys(k.strip() for k in keywords))
    if "enabled" in entry:
        if not isinstance(entry["enabled"], bool):
            bad("enabled", f"must be true or false, got {entry['enabled']!r}")
        else:
            values["enabled"] = entry["enabled"]
    if "max_items" in entry:
        _positive_int(entry, "max_items", values, bad)
    if "headers" in entry:
        headers = entry["headers"]
        if not isinstance(headers, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            bad("headers", "must be a mapping of header names to text values")
        else:
            values["headers"] = dict(headers)
    if "language" in entry:
        language = entry["language"]
        if not isinstance(language, str) or not _LANG_RE.match(language):
            bad("language", f"{language!r} is not a language code such as en or en-GB")
        else:
            values["language"] = language


def _parse_kind_keys(kind: str, entry: Mapping, values: dict[str, Any], bad) -> None:
    """Keys of one kind, with their defaults applied by the dataclass."""
    if kind == "api":
        for key in ("items_path", "next_path"):
            if key in entry:
                path = entry[key]
                if not isinstance(path, str) or not _DOTTED_RE.match(path):
                    bad(key, f"{path!r} is not a dotted path such as results or data.items")
                else:
                    values[key] = path
        fields = {name: name for name in API_FIELDS}
        if "fields" in entry:
            given = entry["fields"]
            if not isinstance(given, Mapping):
                bad("fields", f"must be a mapping of {', '.join(API_FIELDS)} to item keys")
            else:
                for name, path in given.items():
                    if name not in API_FIELDS:
                        bad("fields", f"unknown field {name!r}; allowed: {', '.join(API_FIELDS)}")
                    elif not isinstance(path, str) or not _DOTTED_RE.match(path):
                        bad("fields", f"field {name!r}: {path!r} is not a dotted path")
                    else:
                        fields[name] = path
        values["fields"] = fields
        if "max_pages" in entry:
            _positive_int(entry, "max_pages", values, bad)
    elif kind == "html":
        selector = entry.get("link_selector")
        if selector in (None, ""):
            bad(
                "link_selector",
                "missing; an html source needs a CSS selector for its article links",
            )
        elif not isinstance(selector, str):
            bad("link_selector", f"must be a CSS selector as text, got {_type_name(selector)}")
        else:
            values["link_selector"] = selector.strip()
        if "max_links" in entry:
            _positive_int(entry, "max_links", values, bad)
    elif kind == "sitemap":
        if "max_age_days" in entry:
            _positive_int(entry, "max_age_days", values, bad)
        if "url_pattern" in entry:
            pattern = entry["url_pattern"]
            try:
                if not isinstance(pattern, str):
                    raise TypeError(f"must be text, got {_type_name(pattern)}")
                re.compile(pattern)
            except (re.error, TypeError) as exc:
                bad("url_pattern", f"not a valid regular expression: {exc}")
            else:
                values["url_pattern"] = pattern


def _positive_int(entry: Mapping, key: str, values: dict[str, Any], bad) -> None:
    value = entry[key]
    # bool is an int in Python; "max_items: yes" is still a mistake.
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        bad(key, f"must be a whole number of 1 or more, got {value!r}")
    else:
        values[key] = value


def _url_problem(url: Any) -> str | None:
    if not isinstance(url, str):
        return f"must be an http(s) URL as text, got {_type_name(url)}"
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        return f"{url!r} must start with http:// or https://"
    if not parts.hostname:
        return f"{url!r} has no host name"
    if any(c.isspace() for c in url.strip()):
        return f"{url!r} contains white space; percent-encode it (%20)"
    return None


def _is_country_or_bloc(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    if value in BLOC_IDS:
        return True
    return (
        value.isupper() and len(value) == 3 and pycountry.countries.get(alpha_3=value) is not None
    )


def _type_name(value: Any) -> str:
    return {
        dict: "a mapping",
        list: "a list",
        str: "text",
        int: "a number",
        bool: "true/false",
    }.get(type(value), type(value).__name__)
