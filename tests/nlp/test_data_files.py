"""The knowledge files hold no mapping with a key written twice: YAML keeps the last value
silently, so a merge or an edit that repeats a key (a combo's `window`) changes a rule unseen."""

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "nlp" / "data"


class _Strict(yaml.SafeLoader):
    """A loader that records every mapping whose keys repeat, with its line."""

    repeats: list[str]


def _mapping(loader: _Strict, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [str(loader.construct_object(key, deep=True)) for key, _ in node.value]
    for key in sorted({k for k in keys if keys.count(k) > 1}):
        loader.repeats.append(f"line {node.start_mark.line + 1}: {key!r}")
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def repeated_keys(text: str) -> list[str]:
    """Where a YAML text repeats a key within one mapping."""
    loader = _Strict(text)
    loader.repeats = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader.repeats


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a: 1\nb: 2\n", []),
        ("combo:\n  window: 3\n  side: after\n  window: 5\n", ["line 2: 'window'"]),
        ("- {x: 1, x: 2}\n- {x: 1}\n", ["line 1: 'x'"]),
    ],
)
def test_repeated_keys_are_found(text, found):
    assert repeated_keys(text) == found


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_a_knowledge_file_repeats_no_key(path):
    assert repeated_keys(path.read_text(encoding="utf-8")) == []
