"""A blank line ends a sentence whatever its last word: crawled text is one block a line."""

from __future__ import annotations

import pytest
import spacy

from nlp.extract import Extractor
from nlp.sentences import FACTORY, sentence_bounds

LEAD = "Congo extended its cobalt export ban on Saturday."


def _sentences(text: str) -> list[str]:
    nlp = spacy.blank("en")
    nlp.add_pipe(FACTORY)
    doc = nlp(text)
    return [text[s.start_char : s.end_char] for s in sentence_bounds(doc)]


@pytest.mark.parametrize(
    "text, sentences",
    [
        (
            f"{LEAD}\n\nWHY IT MATTERS\n\nRussia is the sixth-largest uranium miner.",
            [LEAD, "WHY IT MATTERS", "Russia is the sixth-largest uranium miner."],
        ),
        (
            f"{LEAD}\n\n(Adds analyst comment)\n\nChina will restrict exports.",
            [LEAD, "(Adds analyst comment)", "China will restrict exports."],
        ),
        (
            f"{LEAD}\n\nKey points \n\n\n\nLithium output rose 12%\n\nCobalt fell.",
            [LEAD, "Key points", "Lithium output rose 12%", "Cobalt fell."],
        ),
        # a table row or list item without a stop, then prose
        (
            f"{LEAD}\n\nGallium | 2023 | export licences\n\nJapan said it would stockpile it.",
            [LEAD, "Gallium | 2023 | export licences", "Japan said it would stockpile it."],
        ),
        # a first line over more lines with no stop (a masthead, a list's heading) opens
        # nothing: only a line over prose is read with it
        (
            "Monday, June 2, 2025 | Issue 22\n\nJapan, US sign rare earths pact\n\n" + LEAD,
            ["Monday, June 2, 2025 | Issue 22", "Japan, US sign rare earths pact", LEAD],
        ),
        (
            "Key points\n\nUS slaps tariff on graphite\n\nJapan to release cobalt",
            ["Key points", "US slaps tariff on graphite", "Japan to release cobalt"],
        ),
        # line breaks that arrived as "\r\n" (cleaned to " \n") or with spaces between
        (
            f"{LEAD} \n \nWHY IT MATTERS \n \nCobalt fell.",
            [LEAD, "WHY IT MATTERS", "Cobalt fell."],
        ),
        # an editor's note in brackets opens nothing, first line or not
        (
            "(Adds background on U.S. tariffs)\n\n" + LEAD,
            ["(Adds background on U.S. tariffs)", LEAD],
        ),
        # list items on lines of their own, no blank line between: each marker opens one
        (
            "Key points:\n1) Tajikistan extended its antimony export ban\n2) The US buys antimony",
            [
                "Key points:\n1) Tajikistan extended its antimony export ban",
                "2) The US buys antimony",
            ],
        ),
        (
            f"{LEAD}\n- China bans gallium\n\u2022 Japan buys cobalt",
            [LEAD, "- China bans gallium", "\u2022 Japan buys cobalt"],
        ),
        # a short form's dot at a paragraph's end ends the paragraph's sentence too
        (
            f"{LEAD}\n\nIt was sold by Potash Corp.\n\nThe deal needs approval.",
            [LEAD, "It was sold by Potash Corp.", "The deal needs approval."],
        ),
    ],
)
def test_a_block_without_a_stop_is_a_sentence_of_its_own(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


@pytest.mark.parametrize(
    "text, sentences",
    [
        # a block ending with a colon leads into the next one
        (
            f'{LEAD}\n\nComments attributed to the Premier:\n\n"Nickel matters to us."',
            [LEAD, 'Comments attributed to the Premier:\n\n"Nickel matters to us."'],
        ),
        # one line break is a wrapped line, not a block's end
        (
            f"{LEAD} Indonesia banned exports of nickel\nore in 2020.",
            [LEAD, "Indonesia banned exports of nickel\nore in 2020."],
        ),
        # the lines before the first stop open the lead: a dateline or kicker of their own
        (
            f"Brussels, 25 July 2024\n\n{LEAD} It said so.",
            [f"Brussels, 25 July 2024\n\n{LEAD}", "It said so."],
        ),
        (
            f"MEDIA RELEASE - Minister for Trade\n\n{LEAD} It said so.",
            [f"MEDIA RELEASE - Minister for Trade\n\n{LEAD}", "It said so."],
        ),
        # blank lines before the first word or after the last open no sentence
        (f"\n\n{LEAD} Then", [LEAD, "Then"]),
        (f"{LEAD} Then\n\n", [LEAD, "Then\n\n"]),
    ],
)
def test_blocks_that_lead_on_or_lines_that_wrap_stay_joined(
    text: str, sentences: list[str]
) -> None:
    assert _sentences(text) == sentences


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_offsets_of_a_text_with_windows_line_breaks_point_into_it(extractor: Extractor) -> None:
    text = (
        "Japan will release cobalt from its stockpile.\r\n\r\n"
        "The U.S. Department of Energy will lend $150 million to a lithium refinery."
    )
    pred = extractor.extract({"id": "crlf", "text": text, "published": "2026-03-04"})
    assert len(pred["events"]) == 2
    for event in pred["events"]:
        assert text[event["start_char"] : event["end_char"]].strip() == event["evidence"]
    for mention in pred["mentions"]:
        assert text[mention["start_char"] : mention["end_char"]] == mention["text"]


def test_a_heading_lends_the_next_paragraph_no_parties(extractor: Extractor) -> None:
    """The heading's country is no party of the step told under it."""
    text = (
        "Tokyo is weighing how to secure gallium supplies for its chipmakers.\n\n"
        "CHINA'S GALLIUM CURBS\n\n"
        "Japan said on Tuesday it would build a gallium stockpile of 500 tonnes."
    )
    pred = extractor.extract({"id": "heading", "text": text, "published": "2026-03-04"})
    stockpiles = [e for e in pred["events"] if e["action"] == "stockpile"]
    assert stockpiles, pred["events"]
    assert all(e["actors"] == ["JPN"] and "CHN" not in e["partners"] for e in stockpiles)
    assert all(e["evidence"].startswith("Japan said") for e in stockpiles)
    assert "CHN" in pred["countries"]  # a heading's places still count


def _actions_told_in(extractor: Extractor, block: str) -> list[str]:
    """The actions of the events whose evidence is `block`, told between two paragraphs."""
    text = (
        "The commerce ministry set out its critical minerals policy on Monday.\n\n"
        f"{block}\n\n"
        "Officials gave no figures for lithium output."
    )
    pred = extractor.extract({"id": "block", "text": text, "published": "2026-03-04"})
    return [e["action"] for e in pred["events"] if e["evidence"].strip() == block]


@pytest.mark.parametrize(
    "block, actions",
    [
        ("Import bans", []),
        ("EXPORT CURBS", []),
        ("Tariffs", []),
        ("(Adds background on U.S. tariffs)", []),
        ("Critical Minerals Export Controls Tightened", []),
        # a line in sentence case tells its step, as a key point does
        ("Japan to release cobalt from its national stockpile", ["stockpile"]),
        # a table row, now a sentence of its own, tells its step with its own parties
        ("| Vietnam | Bans rare earth ore exports |", ["export_control"]),
        # a list item tells its step however short
        ("- China bans gallium exports", ["export_control"]),
        ("\u2022 China bans gallium exports", ["export_control"]),
        ("2) China bans gallium exports", ["export_control"]),
    ],
)
def test_a_heading_alone_is_no_event_but_a_list_item_is(
    extractor: Extractor, block: str, actions: list[str]
) -> None:
    assert _actions_told_in(extractor, block) == actions


@pytest.mark.parametrize(
    "text, action, actors",
    [
        # notes and legal-looking or sponsor-looking openings that are news, or open it
        (
            "Disclaimer: this notice replaces Notice No. 12 of 2024.\n\nMalaysia will ban "
            "exports of raw rare earth ores from January 1, 2026, the ministry said on Thursday.",
            "export_control",
            ["MYS"],
        ),
        (
            "Sponsored by Senator Jane Cole, the bill would ban U.S. imports of Chinese rare "
            "earth magnets.",
            "trade_measure",
            [],
        ),
        (
            "Forward-Looking Statements\n\nThis release contains forward-looking statements."
            "\n\nCanada's government on Tuesday approved the environmental permit for a "
            "graphite mine in Quebec.",
            "permitting",
            ["CAN"],
        ),
        # a headline over another story's lead lends it no parties
        (
            "Australia and India sign lithium partnership\n\nThe government of Canada will "
            "invest $50 million in a graphite plant.",
            "investment",
            ["CAN"],
        ),
        # an editor's note however long lends the lead nothing and tells no step
        (
            "(Adds analyst comment in paragraph 5, background on U.S. tariffs)\n\nBEIJING, "
            "Feb 4 - China said on Tuesday it would impose export controls on tungsten with "
            "immediate effect.",
            "export_control",
            ["CHN"],
        ),
    ],
)
def test_news_after_or_behind_furniture_look_alikes_keeps_its_step(
    extractor: Extractor, text: str, action: str, actors: list[str]
) -> None:
    pred = extractor.extract({"id": "alike", "text": text, "published": "2025-02-06"})
    assert (action, actors) in [(e["action"], e["actors"]) for e in pred["events"]]
    assert all(e["action"] != "trade_measure" or "USA" not in e["actors"] for e in pred["events"])
