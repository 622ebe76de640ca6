"""c42: cleaning that changes a text's length (character references, soft hyphens, hard-wrapped
lines, HTML tags) through an offset map, so offsets and quoted texts hold for the text given;
and the look-alikes that must stay as they are."""

import re

import pytest

from nlp.extract import clean_text, cleaned
from nlp.offsets import OffsetMap


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # character references, decoded in plain text (a feed, an API abstract)
        ("China&#8217;s ministry", "China\u2019s ministry"),
        ("rare earths &amp; lithium.", "rare earths & lithium."),
        ("gallium&#x2014;and germanium;", "gallium\u2014and germanium;"),
        # a no-break space as a plain space: the tokenizer splits "\xa0" off as a token
        ("rare&nbsp;earths; lithium.&nbsp;\n\nNext", "rare earths; lithium. \n\nNext"),
        # escaped twice by a feed
        ("China&amp;#8217;s ban; Peru&amp;amp;Chile", "China\u2019s ban; Peru&Chile"),
        # no reference: an ampersand in a name, an unclosed or unknown name
        ("AT&T and S&P; R&D", "AT&T and S&P; R&D"),
        ("the &para clause; &madeup; words", "the &para clause; &madeup; words"),
        # soft hyphens, and one at a line's end with its break
        ("Indo\xadnesia bans co\xadbalt ore", "Indonesia bans cobalt ore"),
        ("exports of co\xad\nbalt ore", "exports of cobalt ore"),
    ],
)
def test_references_and_soft_hyphens(text, clean):
    assert clean_text(text) == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a line break inside a sentence is a space
        ("Japan and the United\nStates signed", "Japan and the United States signed"),
        ("exports of rare\nearths and", "exports of rare earths and"),
        ("signed on 4\nMarch, it said", "signed on 4 March, it said"),
        ("Chile, Peru,\nand Bolivia", "Chile, Peru, and Bolivia"),
        ("talks with the US\nand Japan", "talks with the US and Japan"),
        ("the United \nStates", "the United States"),  # "\r\n" as cleaning writes it
        ("the United\r\nStates", "the United States"),
        # a word hyphenated at a line's end, joined where the extractor knows the word
        ("exports of cop-\nper and", "exports of copper and"),
        ("Indo-\nnesia banned", "Indonesia banned"),
        ("a minerals partner-\nship with", "a minerals partnership with"),
        ("the government an-\nnounced", "the government announced"),
        # and a compound's own hyphen kept, the break dropped
        ("rare-\nearth magnets", "rare-earth magnets"),
        ("a long-\nterm supply deal", "a long-term supply deal"),
        ("a Sino-\nAmerican venture", "a Sino-American venture"),
        ("the U.S.-\nChina talks", "the U.S.-China talks"),
    ],
)
def test_wrapped_lines_joined(text, clean):
    assert clean_text(text) == clean


@pytest.mark.parametrize(
    "text",
    [
        # blocks: a blank line, a heading in capitals, a line ending in a stop or colon
        "China banned exports.\n\nThe ban starts in May.",
        "GRAPHITE\nLicences have been needed since 2023.",
        "WHAT COMES NEXT?\nThe ministry will decide.",
        "Exports of gallium fell.\nThe ministry said so.",
        "The province shall:\nreduce review times.",
        # list items on lines of their own, as the sentence splitter reads them
        "The ministry will\n- publish a list; and\n- review licences.",
        "The Government commits to\n1. spend A$130 million; and\n2. open a plant.",
        "holders of permits; and\na) must report each year.",
        # a table row and a line starting with a bracket
        "TUNGSTEN\n(Data in metric tons)",
        "and\n(ii) companies with no prior contract",
        # a dash with space before it is no hyphenation
        "cobalt -\nand nickel",
    ],
)
def test_block_and_list_breaks_kept(text):
    assert clean_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "China banned exports of gallium on Monday.",
        "China banned exports.\n\nThe ban starts in May.",
        "Exports \u2014 of gallium \u2013 fell; the ministry said so.",
        "Reporting by Jane Doe; Editing by Sam Lee",
    ],
)
def test_ordinary_text_has_an_empty_map(text):
    _, offsets = cleaned(text)
    assert not offsets


@pytest.mark.parametrize(
    ("text", "country", "mineral"),
    [
        ("China&#8217;s commerce ministry banned antimony exports on Tuesday.", "CHN", "antimony"),
        (
            "Peru &amp; Chile banned lithium exports.&nbsp;\n\nChina&amp;#8217;s ministry said so.",
            "CHN",
            "lithium",
        ),
        ("Indo\xadnesia will ban exports of co\xadbalt ore from 2026.", "IDN", "cobalt"),
        (
            "Japan and the United\nStates signed a cobalt supply agreement on Monday.",
            "USA",
            "cobalt",
        ),
        (
            "China will restrict exports of rare\nearths from May, the ministry said.",
            "CHN",
            "rare_earths",
        ),
        ("China will restrict exports of cop-\nper from May, the ministry said.", "CHN", "copper"),
        ("Indo-\nnesia will ban exports of nickel ore from 2026.", "IDN", "nickel"),
        ("<p>Zambia&#8217;s <b>cabinet</b> banned exports of raw cobalt.</p>", "ZMB", "cobalt"),
    ],
)
def test_found_and_offsets_point_into_the_text_given(extractor, text, country, mineral):
    pred = extractor.extract({"id": "c42", "text": text, "published": "2026-03-02"})
    assert country in pred["countries"]
    assert mineral in pred["minerals"]
    assert pred["events"]
    for mention in pred["mentions"]:
        assert mention["text"] == text[mention["start_char"] : mention["end_char"]]
    for event in pred["events"]:
        assert event["evidence"] == text[event["start_char"] : event["end_char"]].strip()


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Japan and the United\nStates signed a cobalt deal.",
            ["Japan", "United\nStates", "cobalt"],
        ),
        ("Chile and Indo\xadnesia will cooperate on nickel.", ["Chile", "Indo\xadnesia", "nickel"]),
        ("Chile and Indo-\nnesia will cooperate on nickel.", ["Chile", "Indo-\nnesia", "nickel"]),
        ("Chile&#8217;s and Peru&#8217;s copper deal.", ["Chile", "Peru", "copper"]),
        ("<p>Chile and <i>Peru</i> signed a copper deal.</p>", ["Chile", "Peru", "copper"]),
    ],
)
def test_mention_texts_quoted_from_the_text_given(extractor, text, quoted):
    pred = extractor.extract({"id": "c42", "text": text, "published": "2026-03-02"})
    assert [m["text"] for m in pred["mentions"]] == quoted


_DROP = re.compile(r"-\n|\xad")
_TAG = re.compile(r"<[^>]+>")


@pytest.mark.parametrize(
    ("pattern", "repl", "given", "span", "back"),
    [
        # a word after a dropped line-end hyphen and one joined across it
        (_DROP, "", "the cop-\nper ore", (4, 10), (4, 12)),
        (_DROP, "", "the cop-\nper ore", (11, 14), (13, 16)),
        (_DROP, "", "Indo\xadnesia", (0, 9), (0, 10)),
        # an end just before dropped characters leaves them out, a start after them too
        (_DROP, "", "cop-\nper", (0, 3), (0, 3)),
        (_DROP, "", "cop-\nper", (3, 6), (5, 8)),
        # a replacement's characters come from all the characters it replaced
        (_TAG, " ", "<p>Chile</p> and Peru", (1, 6), (3, 8)),
        (_TAG, " ", "<p>Chile</p> and Peru", (0, 1), (0, 3)),
        (_TAG, " ", "<p>Chile</p> and Peru", (12, 16), (17, 21)),
    ],
)
def test_offset_map_one_step(pattern, repl, given, span, back):
    offsets = OffsetMap()
    offsets.sub(pattern, repl, given)
    assert (offsets.start(span[0]), offsets.end(span[1])) == back


def test_offset_map_through_steps():
    given = "<b>Indo\xadnesia</b> &amp; Peru"
    offsets = OffsetMap()
    text = offsets.sub(_TAG, "", given)
    text = offsets.sub(re.compile("&amp;"), "&", text)
    text = offsets.sub(_DROP, "", text)
    assert text == "Indonesia & Peru"
    found = {
        w: (offsets.start(m.start()), offsets.end(m.end()))
        for m in re.finditer(r"\S+", text)
        for w in [m.group()]
    }
    assert {w: given[s:e] for w, (s, e) in found.items()} == {
        "Indonesia": "Indo\xadnesia",
        "&": "&amp;",
        "Peru": "Peru",
    }


_HYPHENATED = re.compile(r"[a-z]+-\n[a-z]+")


@pytest.mark.parametrize(
    ("keep_ends", "span", "back"),
    [
        # the word's halves keep their own offsets when the replacement keeps its ends ...
        (True, (4, 7), (4, 7)),
        (True, (7, 10), (9, 12)),
        (True, (4, 10), (4, 12)),
        # ... and stand for the whole match when it does not
        (False, (7, 10), (4, 12)),
        (False, (11, 14), (13, 16)),
    ],
)
def test_offset_map_keeps_a_replacements_shared_ends(keep_ends, span, back):
    offsets = OffsetMap()
    text = offsets.sub(
        _HYPHENATED, lambda m: m.group().replace("-\n", ""), "the cop-\nper ore", keep_ends
    )
    assert text == "the copper ore"
    assert (offsets.start(span[0]), offsets.end(span[1])) == back
