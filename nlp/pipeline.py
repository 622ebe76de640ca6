"""Builds the extraction pipeline once: blank English, sentences, entities, events."""

from __future__ import annotations

import logging
import os

import spacy
from spacy.language import Language

import nlp.events  # noqa: F401 - registers the event factory
from nlp.events import FACTORY as EVENTS_FACTORY
from nlp.sentences import FACTORY as SENTENCES_FACTORY
from nlp.sentences import keep_citing_forms

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
            keep_citing_forms(base.tokenizer)
            base.max_length = MAX_DOC_CHARS + 1
            return base
        LOGGER.warning("%s=%s is not installed; using the rule-based pipeline", MODEL_ENV, model)
    base = spacy.blank("en")
    keep_citing_forms(base.tokenizer)
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
    nlp.add_pipe(ENTITIES_FACTORY)
    nlp.add_pipe(EVENTS_FACTORY)
    room_for_text(nlp)
    return nlp


def room_for_text(nlp: Language) -> None:
    """Give the tokenizer's cache room for the documents' words once the components are built.

    spaCy's tokenizer caches at most `max_cache_size` chunks (10,000) and never evicts. The
    components tokenize ~20,000 gazetteer and cue phrases while they are built, which filled
    the cache: no word of real text was cached after that, and every document was tokenized
    as if unseen (3-4x slower than a blank tokenizer on text both had read before). The
    phrases' entries stay (their common words help a first pass) and the text gets as many
    chunks again as a blank tokenizer has (a few hundred kB at most)."""
    tokenizer = nlp.tokenizer
    size = getattr(tokenizer, "max_cache_size", None)
    if isinstance(size, int) and size > 0:
        tokenizer.max_cache_size = 2 * size
