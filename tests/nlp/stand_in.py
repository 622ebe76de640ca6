"""A stand-in entity tagger for event tests: a few names as spans in doc.spans["oreline"].

It feeds the event component the way `oreline_entities` does, so event rules are tested
alone, against a gazetteer each test file chooses."""

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span

from nlp.events import FACTORY


def event_pipeline(name: str, entities: dict[str, tuple[str, str]]) -> Language:
    """blank English + sentencizer + a tagger over `entities` + the event component."""
    if name not in Language.factories:

        @Language.factory(name)
        def _make_tagger(nlp: Language, name: str):
            matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
            for phrase in entities:
                matcher.add(phrase, [nlp.make_doc(phrase)])

            def tag(doc):
                spans = []
                for match_id, start, end in matcher(doc):
                    label, norm = entities[nlp.vocab.strings[match_id]]
                    spans.append(Span(doc, start, end, label=label, kb_id=norm))
                doc.spans["oreline"] = spacy.util.filter_spans(spans)
                return doc

            return tag

    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe(name)
    pipeline.add_pipe(FACTORY)
    return pipeline
