"""Builds the extraction pipeline once: blank English, sentences, entities, events."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

import spacy
from spacy.language import Language

import nlp.events  # noqa: F401 - registers the event factory
from nlp.events import FACTORY as EVENTS_FACTORY
from nlp.sentences import FACTORY as SENTENCES_FACTORY

LOGGER = logging.getLogger(__name__)

ENTITIES_FACTORY = "oreline_entities"
MODEL_ENV = "ORELINE_SPACY_MODEL"
# Longest text one Doc holds; the extractor cuts longer texts into chunks below this.
MAX_DOC_CHARS = 200_000


def _register_entities() -> None:
    """Import the entity component so its factory is registered."""
    import nlp.entities  # noqa: F401


def _base(model: str | None) -> Language:
    """spacy.blank("en") with the sentence splitter (spaCy's sentencizer rule, on arrays), or
    the named statistical model when installed."""
    if model:
        if spacy.util.is_package(model):
            LOGGER.info("using statistical model %s for sentences and roles", model)
            base = spacy.load(model, exclude=["lemmatizer", "textcat", "senter"])
            base.max_length = MAX_DOC_CHARS + 1
            return base
        LOGGER.warning("%s=%s is not installed; using the rule-based pipeline", MODEL_ENV, model)
    base = spacy.blank("en")
    base.add_pipe(SENTENCES_FACTORY)
    base.max_length = MAX_DOC_CHARS + 1
    return base


def build_pipeline(model: str | None = None) -> Language:
    """The full pipeline: sentences, `oreline_entities` (spans in doc.spans["oreline"]) and
    the event assembler (doc._.oreline_events). `model` (or ORELINE_SPACY_MODEL) names an
    optional installed spaCy model whose parser refines roles; without it all rules run."""
    if model is None:
        model = os.environ.get(MODEL_ENV) or None
    _register_entities()
    nlp = _base(model)
    with uncached_tokenizer(nlp):
        nlp.add_pipe(ENTITIES_FACTORY)
        nlp.add_pipe(EVENTS_FACTORY)
    return nlp


@contextmanager
def uncached_tokenizer(nlp: Language) -> Iterator[None]:
    """Tokenize without filling the tokenizer's cache, for the components' phrase lists.

    spaCy's tokenizer caches at most `max_cache_size` (10,000) chunks and never evicts; the
    ~20,000 gazetteer and cue phrases tokenized at build time filled it, so no word of real
    text was ever cached and every document was tokenized as if unseen (3-4x slower than a
    blank tokenizer on text both had read before)."""
    tokenizer = nlp.tokenizer
    size = getattr(tokenizer, "max_cache_size", None)
    if not isinstance(size, int):
        yield
        return
    tokenizer.max_cache_size = 0
    try:
        yield
    finally:
        tokenizer.max_cache_size = size
