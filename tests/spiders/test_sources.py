"""The sources file: a wrong entry is refused with a message naming file, source and key."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from spiders.errors import OrelineSpiderError, SourcesError
from spiders.sources import DEFAULT_SOURCES, KINDS, Source, load_sources, parse_sources

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

GOOD = {
    "id": "state_press",
    "name": "State Department press releases",
    "kind": "feed",
    "url": "https://www.state.gov/rss-feed/press-releases/feed/",
    "publisher": "gov",
    "country": "USA",
}


def entry(**changes):
    """GOOD with keys changed; a value of ... removes the key."""
    out = dict(GOOD)
    for key, value in changes.items():
        if value is ...:
            out.pop(key, None)
        else:
            out[key] = value
    return out


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# Each row: the entry, then fragments the error message must contain (source, key, hint).
BAD_ENTRIES = [
    pytest.param(
        entry(urll="https://x"),
        ["source 'state_press'", "unknown key 'urll'", "allowed"],
        id="unknown-key",
    ),
    pytest.param(
        entry(kind="rss"),
        ["source 'state_press'", "key 'kind'", "feed, api, sitemap, html"],
        id="bad-kind",
    ),
    pytest.param(
        entry(kind=...), ["source 'state_press'", "key 'kind'", "missing"], id="missing-kind"
    ),
    pytest.param(
        entry(url=...), ["source 'state_press'", "key 'url'", "missing"], id="missing-url"
    ),
    pytest.param(entry(url=""), ["source 'state_press'", "key 'url'", "missing"], id="empty-url"),
    pytest.param(
        entry(url="ftp://example.org/feed"), ["key 'url'", "http:// or https://"], id="ftp-url"
    ),
    pytest.param(entry(url="https:///feed"), ["key 'url'", "no host"], id="url-without-host"),
    pytest.param(entry(url=42), ["key 'url'", "as text"], id="url-not-text"),
    pytest.param(
        entry(id="State-Press"),
        ["source 'State-Press'", "key 'id'", "snake_case"],
        id="id-not-snake",
    ),
    pytest.param(entry(id=...), ["source #1", "key 'id'", "missing"], id="missing-id"),
    pytest.param(
        entry(publisher="government"),
        ["key 'publisher'", "gov, news, industry, ngo"],
        id="bad-publisher",
    ),
    pytest.param(entry(country="US"), ["key 'country'", "alpha-3"], id="alpha2-country"),
    pytest.param(entry(country="usa"), ["key 'country'", "capitals"], id="lowercase-country"),
    pytest.param(entry(country="XYZ"), ["key 'country'", "bloc id"], id="unknown-country"),
    pytest.param(entry(keywords="lithium"), ["key 'keywords'", "list"], id="keywords-not-list"),
    pytest.param(entry(keywords=["lithium", ""]), ["key 'keywords'"], id="empty-keyword"),
    pytest.param(entry(enabled="yes"), ["key 'enabled'", "true or false"], id="enabled-not-bool"),
    pytest.param(entry(max_items=0), ["key 'max_items'", "1 or more"], id="max-items-zero"),
    pytest.param(entry(max_items=True), ["key 'max_items'"], id="max-items-bool"),
    pytest.param(entry(headers=["Accept"]), ["key 'headers'", "mapping"], id="headers-not-mapping"),
    pytest.param(entry(language="English"), ["key 'language'", "language code"], id="bad-language"),
    pytest.param(
        entry(link_selector="a"),
        ["key 'link_selector'", "kind html only", "'feed'"],
        id="html-key-on-feed",
    ),
    pytest.param(
        entry(kind="html"),
        ["key 'link_selector'", "missing", "CSS selector"],
        id="html-without-selector",
    ),
    pytest.param(
        entry(kind="api", fields={"link": "html_url"}),
        ["key 'fields'", "unknown field 'link'"],
        id="api-unknown-field",
    ),
    pytest.param(
        entry(kind="api", items_path="results[0]"),
        ["key 'items_path'", "dotted path"],
        id="api-bad-path",
    ),
    pytest.param(entry(kind="api", max_pages=-1), ["key 'max_pages'"], id="api-negative-pages"),
    pytest.param(
        entry(kind="sitemap", url_pattern="(unclosed"),
        ["key 'url_pattern'", "regular expression"],
        id="sitemap-bad-regex",
    ),
    pytest.param(
        entry(kind="sitemap", max_age_days="7"), ["key 'max_age_days'"], id="sitemap-days-text"
    ),
    pytest.param(
        entry(kind="feed", max_age_days=7),
        ["key 'max_age_days'", "kind sitemap only"],
        id="sitemap-key-on-feed",
    ),
    pytest.param("just a string", ["source #1", "mapping"], id="entry-not-mapping"),
]


@pytest.mark.parametrize(("bad", "fragments"), BAD_ENTRIES)
def test_bad_entry_is_refused_naming_file_source_and_key(bad, fragments):
    with pytest.raises(SourcesError) as caught:
        parse_sources({"sources": [bad]}, "sources.yaml")
    message = str(caught.value)
    assert message.startswith("sources.yaml: ")
    for fragment in fragments:
        assert fragment in message


@pytest.mark.parametrize(
    ("data", "fragments"),
    [
        pytest.param(
            {"sources": [GOOD], "sauces": []},
            ["unknown top-level key 'sauces'"],
            id="top-level-typo",
        ),
        pytest.param(
            {"allow_private_network": "yes", "sources": [GOOD]},
            ["allow_private_network", "true or false"],
            id="network-not-bool",
        ),
        pytest.param({"allow_private_network": False}, ["missing key 'sources'"], id="no-sources"),
        pytest.param({"sources": {"id": "x"}}, ["'sources' must be a list"], id="sources-not-list"),
        pytest.param(["a", "list"], ["top level must be a mapping"], id="top-level-list"),
        pytest.param(None, ["empty"], id="empty-file"),
        pytest.param(
            {"sources": [GOOD, entry(url="https://other.example/feed")]},
            ["source 'state_press'", "key 'id'", "duplicate id", "#1"],
            id="duplicate-id",
        ),
    ],
)
def test_bad_file_is_refused(data, fragments):
    with pytest.raises(SourcesError) as caught:
        parse_sources(data, "sources.yaml")
    for fragment in fragments:
        assert fragment in str(caught.value)


def test_every_problem_is_reported_not_only_the_first():
    data = {"sources": [entry(urll="x"), entry(id="other", kind="rss", country="Germany")]}
    with pytest.raises(SourcesError) as caught:
        parse_sources(data, "sources.yaml")
    lines = str(caught.value).splitlines()
    assert len(lines) == 3
    assert any("'urll'" in line for line in lines)
    assert any("source 'other': key 'kind'" in line for line in lines)
    assert any("source 'other': key 'country'" in line for line in lines)


def test_sources_error_is_a_spider_error():
    assert issubclass(SourcesError, OrelineSpiderError)


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    path = write(tmp_path, "sources:\n  - id: x\n    name: [unclosed\n    kind: feed\n")
    with pytest.raises(SourcesError) as caught:
        load_sources(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert re.search(r"line \d+, column \d+", message)
    assert "YAML syntax error" in message


def test_a_key_given_twice_is_an_error_not_a_silent_override(tmp_path):
    text = "sources:\n  - id: a\n    url: https://a.example/feed\n    url: https://b.example/feed\n"
    with pytest.raises(SourcesError, match=r"line 4.*duplicate key 'url'"):
        load_sources(write(tmp_path, text))


def test_missing_file_is_a_sources_error(tmp_path):
    with pytest.raises(SourcesError, match="no such sources file"):
        load_sources(tmp_path / "nope.yaml")


def test_good_file_loads_with_defaults_and_kind_keys(tmp_path):
    text = """
allow_private_network: true
sources:
  - id: fr_docs
    name: Federal Register
    kind: api
    url: https://www.federalregister.gov/api/v1/documents.json?per_page=5
    publisher: gov
    country: USA
    items_path: results
    next_path: next_page_url
    fields: {url: html_url, published: publication_date}
    headers: {Accept: application/json}
  - id: eu_news
    name: EU
    kind: html
    url: https://example.org/news
    publisher: gov
    country: EU
    link_selector: "ul.news a"
    enabled: false
    keywords: [Rare Earth, lithium]
"""
    cfg = load_sources(write(tmp_path, text))
    assert cfg.allow_private_network is True
    api, html = cfg.sources
    assert api.fields == {
        "url": "html_url",
        "title": "title",
        "published": "publication_date",
        "summary": "summary",
        "text": "text",
    }
    assert (api.items_path, api.next_path, api.max_pages) == ("results", "next_page_url", 5)
    assert api.headers == {"Accept": "application/json"}
    assert html.link_selector == "ul.news a"
    assert html.keywords == ("Rare Earth", "lithium")
    assert [s.id for s in cfg.enabled] == ["fr_docs"]
    assert [s.id for s in cfg.select(["eu_news"])] == ["eu_news"]  # named: disabled too
    assert json.loads(json.dumps(api.to_dict()))["fields"]["url"] == "html_url"


def test_select_unknown_id_names_it_and_the_known_ones():
    cfg = parse_sources({"sources": [GOOD]}, "sources.yaml")
    with pytest.raises(SourcesError, match=r"'nope'.*known: state_press"):
        cfg.select(["nope"])


@pytest.mark.parametrize(
    ("keywords", "title", "summary", "expected"),
    [
        ((), "Anything at all", None, True),
        (("rare earth",), "China curbs Rare Earth exports", None, True),
        (("rare earth",), "Rates on hold", "Inflation cools", False),
        (("lithium",), "Deal signed", "A lithium offtake for ten years", True),
        (("lithium",), None, None, False),
    ],
)
def test_keyword_filter(keywords, title, summary, expected):
    source = Source(**{**GOOD, "keywords": keywords})
    assert source.matches_keywords(title, summary) is expected


# ------------------------------------------------------------------ the packaged default file


@pytest.fixture(scope="module")
def default():
    return load_sources(DEFAULT_SOURCES)


def test_default_sources_load_with_enough_enabled_sources(default):
    assert DEFAULT_SOURCES.name == "sources.yaml" and DEFAULT_SOURCES.is_file()
    assert default.allow_private_network is False
    assert len(default.enabled) >= 15
    ids = [s.id for s in default.sources]
    assert len(ids) == len(set(ids))


def test_default_sources_cover_every_kind_and_both_publishers(default):
    assert {s.kind for s in default.enabled} == set(KINDS)
    assert {"gov", "news"} <= {s.publisher for s in default.enabled}
    assert {"USA", "EU", "AUS", "CAN", "JPN", "KOR", "CHN"} <= {s.country for s in default.enabled}


def test_default_sources_are_https_and_broad_government_feeds_are_filtered(default):
    assert all(s.url.startswith("https://") for s in default.sources)
    for source_id in ("state_press", "wh_news"):
        assert default.get(source_id).keywords, f"{source_id} needs keywords"


def test_default_sources_every_line_carries_a_confidence_grade():
    text = DEFAULT_SOURCES.read_text(encoding="utf-8")
    blocks = text.split("\n  - id: ")[1:]
    preceding = text.split("\n  - id: ")[:-1]
    assert len(blocks) >= 18
    for before, block in zip(preceding, blocks, strict=True):
        lines = before.rstrip().splitlines()
        comments = []
        while lines and lines[-1].strip().startswith("#"):
            comments.append(lines.pop())
        grade = re.search(r"#\s*(A|B|C|X)\b", "\n".join(reversed(comments)))
        assert grade, f"no confidence grade in the comment above {block.split()[0]}"


def test_default_sources_hosts_are_the_vetted_ones():
    """Every host in the default file appears in the vetted list (../shared/SOURCES.md)."""
    vetted = SHARED / "SOURCES.md"
    if not vetted.is_file():
        pytest.skip("../shared/SOURCES.md is not present")
    listed = vetted.read_text(encoding="utf-8")
    for source in load_sources(DEFAULT_SOURCES).sources:
        host = urlsplit(source.url).hostname
        assert host in listed, f"{source.id}: host {host} not in SOURCES.md"
