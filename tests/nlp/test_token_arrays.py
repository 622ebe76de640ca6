"""Token offsets, text and sentence starts read once per doc and shared by the components."""

import spacy

from nlp.token_arrays import TEXT_KEY, token_arrays

TEXT = "“U.S.-China” talks:  lithium\tprices rose 4.5%!\n\nNext   sentence… ok?"


def test_token_and_span_text_equal_spacys():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    arrays = token_arrays(doc)
    assert [arrays.token_text(i) for i in range(len(doc))] == [t.text for t in doc]
    assert arrays.token_text(-1) == arrays.token_text(len(doc)) == ""
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert arrays.span_text(start, end) == doc[start:end].text
    assert arrays.sent_starts == [s.start for s in doc.sents]
    for i, token in enumerate(doc):
        assert arrays.sentence_of(i) == (token.sent.start, token.sent.end)


def test_a_stale_handed_over_text_is_not_used():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Chile sells copper.")
    doc.user_data[TEXT_KEY] = "Other words entirely, and longer than the doc."
    assert token_arrays(doc).token_text(0) == "Chile"


def test_arrays_are_kept_for_the_same_doc_only():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Rare earths from China.")
    first = token_arrays(doc)
    assert token_arrays(doc) is first
    other = nlp.make_doc("Rare earths from China.")
    assert token_arrays(other) is not first
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    again = token_arrays(doc)
    assert again is not first
    assert again.token_text(0) == "Rare earths"


def test_sentence_starts_are_not_kept_before_a_sentencizer_ran():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("One here. Two there.")
    assert token_arrays(doc).sent_starts == [0]
    nlp.add_pipe("sentencizer")(doc)
    assert token_arrays(doc).sent_starts == [0, 3]
