"""The entity knowledge files: they load, cover the taxonomy, and bad files fail clearly."""

import re
import shutil
from pathlib import Path

import pycountry
import pytest
import yaml

from nlp.errors import KnowledgeFileError
from nlp.gazetteer import (
    BLOC,
    BLOCKER,
    COUNTRY,
    DATA_DIR,
    MINERAL,
    load_gazetteer,
)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
BLOC_IDS = [
    "EU", "G7", "G20", "QUAD", "MSP", "FORGE", "PAX_SILICA", "IPEF", "ASEAN", "AU",
    "BRICS", "OECD", "USMCA", "MERCOSUR", "NATO", "SCO", "OPEC",
]  # fmt: skip
FILES = ["minerals.yaml", "countries.yaml", "blocs.yaml", "entity_context.yaml"]


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def taxonomy_minerals() -> set[str]:
    path = SHARED / "TAXONOMY.md"
    if not path.exists():
        pytest.skip("../shared/TAXONOMY.md is absent")
    text = path.read_text(encoding="utf-8")
    block = text[text.index("aluminum (incl") : text.index("Groups")]
    block = re.sub(r"\([^)]*\)", "", block)
    return {w.strip().rstrip(".") for w in block.replace("\n", " ").split(",") if w.strip()}


@pytest.mark.parametrize("name", FILES)
def test_data_files_are_yaml_mappings(name):
    data = yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data


def test_every_taxonomy_mineral_has_phrases(gaz):
    expected = taxonomy_minerals() | {"rare_earths", "pgm"}
    assert expected <= gaz.ids[MINERAL]
    assert gaz.ids[MINERAL] <= expected


def test_every_iso_country_has_a_name(gaz):
    assert {c.alpha_3 for c in pycountry.countries} <= gaz.ids[COUNTRY]


def test_every_bloc_of_the_taxonomy_is_known(gaz):
    assert gaz.ids[BLOC] == set(BLOC_IDS)


@pytest.mark.parametrize(
    "label,ident,phrase",
    [
        (COUNTRY, "USA", "United States"),
        (COUNTRY, "USA", "U.S."),
        (COUNTRY, "KOR", "South Korea"),
        (COUNTRY, "BOL", "Bolivia"),
        (COUNTRY, "IRN", "Iran"),
        (COUNTRY, "TZA", "Tanzania"),
        (COUNTRY, "VNM", "Vietnam"),
        (COUNTRY, "CHN", "Chinese"),
        (COUNTRY, "CHN", "MOFCOM"),
        (COUNTRY, "JPN", "Ministry of Economy, Trade and Industry"),
        (MINERAL, "lithium", "spodumene"),
        (MINERAL, "aluminum", "aluminium"),
        (BLOC, "EU", "Brussels"),
        (BLOC, "USMCA", "CUSMA"),
    ],
)
def test_phrases_reach_their_ids(gaz, label, ident, phrase):
    owners = {
        key.ids for key, phrases in gaz.phrases.items() if key.label == label and phrase in phrases
    }
    assert owners == {(ident,)}


def test_no_country_phrase_names_two_countries(gaz):
    seen: dict[str, set[str]] = {}
    for key, phrases in gaz.phrases.items():
        if key.label == COUNTRY and key.kind != BLOCKER:
            for phrase in phrases:
                seen.setdefault(phrase.lower(), set()).update(key.ids)
    clashes = {p: ids for p, ids in seen.items() if len(ids) > 1}
    assert clashes == {}


def test_glued_short_forms_name_both_parts(gaz):
    assert gaz.glued["u.s.-china"] == [(COUNTRY, "USA"), (COUNTRY, "CHN")]
    assert gaz.glued["u.k.-based"] == [(COUNTRY, "GBR")]


def test_loading_is_cached(gaz):
    assert load_gazetteer() is gaz


def _copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    return folder


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("minerals.yaml", "minerals: [lithium\n", "not valid YAML"),
        ("minerals.yaml", "- just a list\n", "mapping at the top level"),
        ("minerals.yaml", "minerals: {}\n", "'minerals' must map"),
        ("minerals.yaml", "minerals:\n  lithium:\n    aliases: lithium\n", "must be a list"),
        ("countries.yaml", "countries:\n  XXX: {aliases: [Nowhere]}\n", "XXX"),
        ("blocs.yaml", "blocs: []\n", "'blocs' must map"),
    ],
)
def test_a_bad_data_file_names_itself(tmp_path, name, content, message):
    folder = _copy_data(tmp_path)
    (folder / name).write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeFileError) as err:
        load_gazetteer(str(folder))
    assert name in str(err.value)
    assert message in str(err.value)


def test_a_missing_data_file_is_reported(tmp_path):
    folder = _copy_data(tmp_path)
    (folder / "blocs.yaml").unlink()
    with pytest.raises(KnowledgeFileError, match="blocs.yaml: knowledge file is missing"):
        load_gazetteer(str(folder))


def test_a_custom_data_folder_changes_what_is_found(tmp_path):
    import spacy

    from nlp.entities import FACTORY_NAME, entity_sets

    folder = _copy_data(tmp_path)
    blocs = yaml.safe_load((folder / "blocs.yaml").read_text(encoding="utf-8"))
    blocs["blocs"]["EU"]["aliases"].append("the Twenty-Seven")
    (folder / "blocs.yaml").write_text(yaml.safe_dump(blocs), encoding="utf-8")
    pipeline = spacy.blank("en")
    pipeline.add_pipe(FACTORY_NAME, config={"data_dir": str(folder)})
    assert entity_sets(pipeline("The Twenty-Seven agreed."))["blocs"] == ["EU"]


@pytest.mark.parametrize(
    "demonym,plural",
    [
        ("Chilean", "Chileans"),
        ("Kazakh", "Kazakhs"),
        ("Pakistani", "Pakistanis"),
        ("South Korean", "South Koreans"),
        ("Chinese", None),
        ("French", None),
        ("Swiss", None),
        ("Kyrgyz", None),
        ("Malagasy", None),
        ("Frenchman", None),
    ],
)
def test_demonym_plurals(demonym, plural):
    from nlp.gazetteer import _plural

    assert _plural(demonym) == plural


def test_plural_demonyms_reach_their_country(gaz):
    from nlp.gazetteer import DEMONYM

    owners = {
        key.ids
        for key, phrases in gaz.phrases.items()
        if key.label == COUNTRY and key.kind == DEMONYM and "Chileans" in phrases
    }
    assert owners == {("CHL",)}


def test_combining_forms_are_their_own_kind(gaz):
    from nlp.gazetteer import PREFIX

    prefixes = {
        (key.ids[0], phrase)
        for key, phrases in gaz.phrases.items()
        if key.kind == PREFIX
        for phrase in phrases
    }
    assert {("GBR", "Anglo"), ("FRA", "Franco"), ("RUS", "Russo")} <= prefixes
    assert all(key.cased for key in gaz.phrases if key.kind == PREFIX)


def test_needs_context_may_name_single_forms(gaz):
    assert gaz.option(MINERAL, "chromium", "needs_context") == frozenset({"chrome"})
    assert gaz.option(MINERAL, "lead", "needs_context") is True
