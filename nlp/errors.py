"""Named exceptions of the nlp room."""


class NlpError(Exception):
    """Base class for every error the nlp package raises on purpose."""


class KnowledgeFileError(NlpError):
    """A data file under nlp/data is missing or malformed: fix the file named in the message."""


class BadDocument(NlpError):
    """An input document is not a JSON object with an "id" and a "text": fix the input line."""


class ExtractionFailed(NlpError):
    """A document could not be extracted; the batch records it with its id and goes on."""
