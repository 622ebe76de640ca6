"""Named failures of the pipelines room; each message says what was wrong and what to do."""


class OrelineError(Exception):
    """Base of every error the command line reports as a one-line reason."""


class ConfigError(OrelineError):
    """The config file or an option is invalid."""


class MailError(OrelineError):
    """The digest could not be rendered or handed to the mail server."""


class StageError(OrelineError):
    """A pipeline stage could not run (its inputs are missing or broken)."""
