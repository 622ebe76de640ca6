"""Batch extraction: documents in, predictions out (contracts §3), in order, with flat memory."""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import logging
import multiprocessing
import re
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

from spacy.language import Language
from spacy.tokens import Doc

from nlp import EXTRACTOR_VERSION
from nlp.boilerplate import blank_boilerplate, blank_title_line
from nlp.entities import EntityRecognizer, Found, entity_sets_of, found
from nlp.errors import BadDocument
from nlp.events import FACTORY as EVENTS_FACTORY
from nlp.events import (
    PUBLISHED_KEY,
    SENTENCES_KEY,
    SPAN_KEY,
    TEXT_KEY,
    TITLE_KEY,
    TITLE_LEAD_KEY,
    TITLE_MINERALS_KEY,
    TITLE_PARTIES_KEY,
    EventAssembler,
)
from nlp.offsets import OffsetMap
from nlp.pipeline import MAX_DOC_CHARS, build_pipeline
from nlp.repairs import (
    TEXT_REFERENCE,
    decode_references,
    drop_soft_hyphens,
    join_wrapped_lines,
)
from nlp.roles import ISSUER_KEY, lead_party
from nlp.sentences import SentenceSplitter, sentence_bounds
from nlp.token_arrays import token_arrays

LOGGER = logging.getLogger(__name__)

# Texts beyond this are cut (logged): a news article is far shorter, and it bounds time and memory.
MAX_TEXT_CHARS = 1_000_000
# Documents sent to a worker process at once; bounded in-flight chunks keep memory flat.
CHUNK_DOCS = 64
# How much of the body an ambiguous title is read with (`Extractor._title_entities`).
TITLE_BODY_CHARS = 2000

_CONTROL_CHARS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
# the characters of _CONTROL below U+0080
_ASCII_CONTROL = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# _CONTROL's characters, CJK typesetting's full-width ASCII (U+FF01-U+FF5E) and space, and the
# invisible marks a file or CMS leaves at a word's edge (byte-order mark, zero-width space and
# joiners, word joiner), which the phrase matcher would read as part of the word
_CONTROL_OR_WIDE = re.compile(f"[{_CONTROL_CHARS}\uff01-\uff5e\u3000\ufeff\u200b-\u200d\u2060]")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_HTML_BLOCK = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_KIND = {"MINERAL": "mineral", "COUNTRY": "country", "BLOC": "bloc"}


def clean_text(text: str) -> str:
    """The text `cleaned` makes, for a caller that needs no way back to the text given."""
    return cleaned(text)[0]


def cleaned(text: str) -> tuple[str, OffsetMap | None]:
    """Text safe for the tokenizer and the map of its offsets back to the text given:
    control characters out, HTML left in by a crawl stripped, character references
    decoded, soft hyphens dropped, hard-wrapped lines joined, length capped at
    MAX_TEXT_CHARS, a page's furniture (credits, teasers, captions) blanked. Most steps keep
    every character where it was; the map (None for most text, made only when a step that
    may change the length runs) records those that do not."""
    offsets = None
    if len(text) > MAX_TEXT_CHARS:
        LOGGER.warning("text of %d characters cut to %d", len(text), MAX_TEXT_CHARS)
        text = text[:MAX_TEXT_CHARS]
    if "<" in text and _HTML_TAG.search(text):
        offsets = OffsetMap()
        text = offsets.sub(_HTML_BLOCK, " ", text)
        text = offsets.sub(_HTML_TAG, " ", text)
        text = decode_references(text, offsets, in_html=True)
    elif "&" in text and ";" in text and TEXT_REFERENCE.search(text):
        offsets = OffsetMap()
        text = decode_references(text, offsets)
    # line breaks as "\n", each character where it was: "\r\n" becomes " \n"
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    # ASCII text (most news) is checked for control characters with a bytes delete, several
    # times cheaper than the regular expression's scan; only text holding one is rewritten
    if not text.isascii():
        if "\xad" in text:
            if offsets is None:
                offsets = OffsetMap()
            text = drop_soft_hyphens(text, offsets)
        # one scan for both: controls as spaces, and full-width forms ("＄500 million",
        # "２０２５") as their ASCII letters, one for one
        text = _CONTROL_OR_WIDE.sub(_plain_char, text)
    elif _has_ascii_control(text):
        text = _CONTROL.sub(" ", text)
    text = blank_boilerplate(text)
    # a line break with none next to it, told by counts: where every run of line breaks is
    # a blank line (the crawler's own text), there are twice as many as blank lines
    if "\n" in text and text.count("\n") != 2 * text.count("\n\n"):
        if offsets is None:
            offsets = OffsetMap()
        text = join_wrapped_lines(text, offsets)
    return text, offsets


def _plain_char(match: re.Match[str]) -> str:
    """A full-width form's ASCII letter; a space for a control character or invisible mark."""
    char = match.group()
    return chr(ord(char) - 0xFEE0) if "\uff01" <= char <= "\uff5e" else " "


def _quoted_from(given: str, pred: dict[str, Any], offsets: OffsetMap | None = None) -> None:
    """Evidence and mention texts as the text given has them, where cleaning changed
    characters (furniture blanked inside a sentence, full-width forms, "\r\n") or the
    length (tags, references, soft hyphens, wrapped lines; `offsets` maps those back): what
    a reader finds at an event's offsets is its evidence, word for word."""
    if offsets:
        for item in (*pred["events"], *pred["mentions"]):
            item["start_char"] = offsets.start(item["start_char"])
            item["end_char"] = offsets.end(item["end_char"])
    for event in pred["events"]:
        event["evidence"] = given[event["start_char"] : event["end_char"]].strip()
    for mention in pred["mentions"]:
        mention["text"] = given[mention["start_char"] : mention["end_char"]]


def _has_ascii_control(text: str) -> bool:
    """Whether ASCII text holds a character `_CONTROL` replaces."""
    raw = text.encode("ascii")
    return len(raw.translate(None, _ASCII_CONTROL)) != len(raw)


def chunks(text: str, size: int = MAX_DOC_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) parts of a long text, cut at paragraph or sentence ends under `size`."""
    if len(text) <= size:
        return [(0, text)]
    parts: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind(". ", start, end))
            if cut > start + size // 2:
                end = cut + 1
        parts.append((start, text[start:end]))
        start = end
    return parts


def empty_prediction(doc_id: Any, error: str | None = None) -> dict[str, Any]:
    """The prediction of a document with nothing found (or that failed, with the reason)."""
    return {
        "id": doc_id,
        "minerals": [],
        "countries": [],
        "blocs": [],
        "actions": [],
        "events": [],
        "mentions": [],
        "extractor_version": EXTRACTOR_VERSION,
        "error": error,
    }


def _unique(items: Iterable[str]) -> list[str]:
    """The items without repeats or empties, in first-seen order. speed38: repeats dropped
    first, in C, and the empties after (a generator step per item cost more)."""
    unique = dict.fromkeys(items)
    if "" in unique or None in unique:  # sp40: an empty item (rare) sends the list through
        return [i for i in unique if i]
    return list(unique)


class Extractor:
    """Builds the pipeline once and turns documents {"id", "text", "published", "title"?}
    into predictions (contracts §3)."""

    def __init__(self, model: str | None = None, nlp: Language | None = None) -> None:
        self.model = model
        self.nlp = nlp if nlp is not None else build_pipeline(model)
        # the pipeline as it is now: `nlp.pipeline` builds a new list (and an error message)
        # on every read, which costs as much as a small component
        pipeline = list(self.nlp.pipeline)
        # the docs made here are read through `found`, `sentence_bounds` and the token arrays
        # and never handed out: unless a component of another kind comes after it, the
        # splitter hands its starts over without annotating the doc and the entity component
        # files its tuples without building spans
        self._procs = [
            (name, proc if _foreign(pipeline[i + 1 :]) else _unannotated(proc))
            for i, (name, proc) in enumerate(pipeline)
        ]
        self._title_procs: tuple[SentenceSplitter, EntityRecognizer] | None = None
        if len(pipeline) >= 2:
            first, second = pipeline[0][1], pipeline[1][1]
            if isinstance(first, SentenceSplitter) and isinstance(second, EntityRecognizer):
                self._title_procs = (first, second)
        # the words that make a title be read with its body (`_title_entities`)
        self._title_words: frozenset[str] = next(
            (
                proc.gaz.context.get("title_reads_body", frozenset())
                for _, proc in pipeline
                if isinstance(proc, EntityRecognizer)
            ),
            frozenset(),
        )

    def _run(self, text: str, user_data: dict[str, Any], events: bool = True) -> Doc:
        doc = self.nlp.make_doc(text)
        doc.user_data.update(user_data)
        doc.user_data[TEXT_KEY] = text
        for name, proc in self._procs:
            if events or name != EVENTS_FACTORY:
                doc = proc(doc)
        return doc

    def _title_context(self, title: str, body: str = "") -> dict[str, Any]:
        if not title.strip():
            return {}
        spans, lowers = self._title_entities(cleaned(title)[0][:2000], body)
        parties = _unique(s.kb_id_ for s in spans if s.label_ in ("COUNTRY", "BLOC"))
        return {
            TITLE_KEY: title,
            TITLE_PARTIES_KEY: parties,
            TITLE_MINERALS_KEY: _unique(s.kb_id_ for s in spans if s.label_ == "MINERAL"),
            # the party the title names as more than a target ("Tariff on Chinese tungsten to
            # rise" names the tariff's target, not its maker), lent to sentences naming none
            TITLE_LEAD_KEY: lead_party(lowers, spans) if parties else None,
        }

    def _title_entities(self, text: str, body: str = "") -> tuple[list[Found], list[int]]:
        """The title's entities. With the rule pipeline, the title's sentence starts go to
        the entity rules directly: nothing reads the title doc's annotations, so they are
        not set and no spans are made. A title naming a word of entity_context.yaml
        `title_reads_body` ("Georgia regulators issue permits") is read with the opening of
        the body after it, whose words decide what the name means (the US state in a story
        datelined Atlanta), and only the title's own entities are kept; with them, where one
        is a party, the title's words as lower-case hashes (`roles.lead_party` reads them)."""
        doc = self.nlp.make_doc(text)
        title_tokens = len(doc)
        lowered = text.lower()  # speed38: once, not once for each word looked for
        if body and any(w in lowered for w in self._title_words):
            text = f"{text}\n\n{body[:TITLE_BODY_CHARS]}"
            doc = self.nlp.make_doc(text)
        if self._title_procs is None:
            spans = found(self._run(text, {}, events=False), SPAN_KEY)
        elif not title_tokens:
            return [], []
        else:
            splitter, entities = self._title_procs
            doc.user_data[TEXT_KEY] = text
            spans = entities.find_tuples(doc, splitter.starts(token_arrays(doc)))
        spans = [s for s in spans if s.end <= title_tokens]
        if not any(s.label_ in ("COUNTRY", "BLOC") for s in spans):
            return spans, []
        return spans, [t.lower for t in doc[:title_tokens]]

    def extract(self, document: dict[str, Any]) -> dict[str, Any]:
        """The prediction for one document; any failure becomes {"id", "error"} with empty
        fields, never an exception."""
        doc_id = document.get("id") if isinstance(document, dict) else None
        try:
            return self._extract(document)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            LOGGER.warning("document %r failed: %s: %s", doc_id, type(exc).__name__, exc)
            reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
            return empty_prediction(doc_id, reason)

    def _extract(self, document: dict[str, Any]) -> dict[str, Any]:
        if not isinstance(document, dict):
            raise BadDocument(f"expected a JSON object, got {type(document).__name__}")
        if "_bad" in document:
            raise BadDocument(str(document["_bad"]))
        doc_id = document.get("id")
        if doc_id is None:
            raise BadDocument("document has no 'id'")
        text = document.get("text")
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise BadDocument(f"'text' must be a string, got {type(text).__name__}")
        title = document.get("title")
        published = document.get("published") or document.get("published_at")
        context: dict[str, Any] = {PUBLISHED_KEY: published}
        issuer = document.get("issuer")
        if issuer is not None:
            if not isinstance(issuer, str):
                raise BadDocument(f"'issuer' must be a string, got {type(issuer).__name__}")
            # the government that published the document speaks for itself (`IssuerVoice`)
            context[ISSUER_KEY] = issuer.strip() or None
        given = text
        text, offsets = cleaned(text)
        if isinstance(title, str):
            text = blank_title_line(text, title)
            context.update(self._title_context(title, text))
        pred = empty_prediction(doc_id)
        if not text.strip():
            return pred
        sentence_base = 0
        for offset, piece in chunks(text):
            doc = self._run(piece, context)
            sentence_base += self._collect(doc, offset, sentence_base, pred)
        if text != given:
            _quoted_from(given, pred, offsets)
        pred["minerals"] = _unique(pred["minerals"])
        pred["countries"] = _unique(pred["countries"])
        pred["blocs"] = _unique(pred["blocs"])
        pred["actions"] = _unique(e["action"] for e in pred["events"])
        return pred

    def _collect(self, doc: Doc, offset: int, sentence_base: int, pred: dict[str, Any]) -> int:
        """Add one chunk's mentions, entity sets and events to the prediction; returns the
        chunk's sentence count."""
        spans = found(doc, SPAN_KEY)
        sets = _entity_sets(doc, spans)
        pred["minerals"].extend(sets["minerals"])
        pred["countries"].extend(sets["countries"])
        pred["blocs"].extend(sets["blocs"])
        sents = doc.user_data.get(SENTENCES_KEY)
        if sents is None:
            sents = sentence_bounds(doc)
        starts = [s[0] for s in sents]  # speed38: Sent tuples read by index, no field call
        text = doc.user_data.get(TEXT_KEY)
        if not isinstance(text, str):
            text = doc.text
        if spans:
            self._add_mentions(doc, spans, starts, text, offset, sentence_base - 1, pred)
        for event in doc._.oreline_events or []:
            event = dict(event)
            event["sentence"] += sentence_base
            event["start_char"] += offset
            event["end_char"] += offset
            pred["events"].append(event)
        return len(sents)

    @staticmethod
    def _add_mentions(
        doc: Doc,
        spans: list[Found],
        starts: list[int],
        text: str,
        offset: int,
        base: int,
        pred: dict[str, Any],
    ) -> None:
        """The chunk's mention rows; `base` is the sentence index before the chunk's first.
        Speed37: each Found unpacked once and the lookups of the loop read once, not per
        mention (a mention row costs a few dozen bytecodes with them)."""
        arrays = token_arrays(doc)
        tok_starts, tok_ends = arrays.starts, arrays.ends
        add = pred["mentions"].append
        kinds = _KIND
        # sp40: the sentence is bisected again only when a mention falls outside the one
        # before (`low` <= start < `high`): the recognizer lists its entities by start
        sentence, low, high, count = base, 0, -1, len(starts)
        for start, end, label, norm_id in spans:
            try:
                kind = kinds[label]
            except KeyError:
                continue  # a label of no mention kind
            if start >= high or start < low:
                index = bisect.bisect_right(starts, start)
                sentence = base + index
                low = starts[index - 1] if index else -1
                high = starts[index] if index < count else sys.maxsize
            start_char = tok_starts[start]
            end_char = tok_ends[end - 1]
            add(
                {
                    "sentence": sentence,
                    "start_char": offset + start_char,
                    "end_char": offset + end_char,
                    "kind": kind,
                    "norm_id": norm_id,
                    "text": text[start_char:end_char],
                }
            )

    def extract_many(
        self, documents: Iterable[dict[str, Any]], workers: int = 1, chunk_docs: int = CHUNK_DOCS
    ) -> Iterator[dict[str, Any]]:
        """Predictions for a stream of documents, in input order. With workers > 1, chunks
        of documents go to a process pool, at most 2 chunks per worker in flight."""
        if workers <= 1:
            for document in documents:
                yield self.extract(document)
            return
        yield from _pooled(documents, workers, chunk_docs, self)


def _foreign(pipeline: list[tuple[str, Any]]) -> bool:
    """Whether a component of the pipeline is not one of the rule components (it may read
    the sentence or span annotations)."""
    ours = (SentenceSplitter, EntityRecognizer, EventAssembler)
    return not all(isinstance(proc, ours) for _, proc in pipeline)


def _unannotated(proc: Any) -> Any:
    """The step of a pipeline component that skips annotations only others would read."""
    if isinstance(proc, SentenceSplitter):
        return proc.without_annotation
    if isinstance(proc, EntityRecognizer):
        return proc.without_spans
    return proc


def _entity_sets(doc: Doc, spans: list[Any]) -> dict[str, list[str]]:
    """Document-level sets: `entity_sets` of the spans already read (sorted ids)."""
    return entity_sets_of(spans)


# -- process pool ----------------------------------------------------------------------------

_WORKER: Extractor | None = None


def _init_worker(model: str | None) -> None:
    global _WORKER
    if _WORKER is None:
        _WORKER = Extractor(model)


def _extract_chunk(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    assert _WORKER is not None
    return [_WORKER.extract(d) for d in documents]


def _pooled(
    documents: Iterable[dict[str, Any]], workers: int, chunk_docs: int, extractor: Extractor
) -> Iterator[dict[str, Any]]:
    global _WORKER
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        # forked workers inherit the pipeline already built here instead of building their own
        _WORKER = extractor
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    iterator = iter(documents)
    pending: deque[Future[list[dict[str, Any]]]] = deque()
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(extractor.model,),
    ) as pool:
        while True:
            while len(pending) < workers * 2:
                batch = list(itertools.islice(iterator, chunk_docs))
                if not batch:
                    break
                pending.append(pool.submit(_extract_chunk, batch))
            if not pending:
                return
            yield from pending.popleft().result()


# -- JSON lines ------------------------------------------------------------------------------


def _read_jsonl(handle: IO[str], counts: dict[str, int]) -> Iterator[dict[str, Any]]:
    """Documents from JSON lines; an unreadable line becomes a stub that fails with its reason."""
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            counts["bad_lines"] += 1
            LOGGER.warning("line %d: not JSON: %s", number, exc)
            yield {"id": f"line-{number}", "_error": f"not JSON: {exc}"}
            continue
        if not isinstance(row, dict):
            counts["bad_lines"] += 1
            yield {"id": f"line-{number}", "_error": "not a JSON object"}
            continue
        yield row


def extract_jsonl(
    in_path: str | Path,
    out_path: str | Path | None = None,
    workers: int = 1,
    extractor: Extractor | None = None,
) -> dict[str, Any]:
    """Extract every document of a JSON-lines file to one prediction line each (stdout when
    out_path is None), in input order; returns counts."""
    counts = {"documents": 0, "events": 0, "errors": 0, "bad_lines": 0}
    started = time.perf_counter()
    ex = extractor or Extractor()
    in_file = Path(in_path).open(encoding="utf-8", errors="replace")
    out_file: IO[str]
    if out_path is None:
        out_file = sys.stdout
    else:
        Path(out_path).parent.mkdir(parents=True, exist_ok=True)
        out_file = Path(out_path).open("w", encoding="utf-8")
    try:
        rows = _read_jsonl(in_file, counts)
        good = (_strip_error(r) for r in rows)
        preds = ex.extract_many(good, workers=workers)
        for pred in preds:
            counts["documents"] += 1
            counts["events"] += len(pred.get("events") or [])
            counts["errors"] += pred.get("error") is not None
            out_file.write(json.dumps(pred, ensure_ascii=False) + "\n")
    finally:
        in_file.close()
        if out_file is not sys.stdout:
            out_file.close()
    counts["seconds"] = round(time.perf_counter() - started, 3)
    return counts


def _strip_error(row: dict[str, Any]) -> dict[str, Any]:
    """Rows that failed to parse carry their reason into a doc the extractor reports as failed."""
    if "_error" in row:
        return {"id": row["id"], "text": None, "_bad": row["_error"]}
    return row


def main(argv: list[str] | None = None) -> int:
    """`python -m nlp.extract --jsonl IN [--out OUT] [--workers N]`."""
    parser = argparse.ArgumentParser(prog="python -m nlp.extract", description=__doc__)
    parser.add_argument("--jsonl", required=True, help="input: one document a line")
    parser.add_argument("--out", help="output file (default: stdout)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    counts = extract_jsonl(args.jsonl, args.out, workers=args.workers)
    print(json.dumps(counts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
