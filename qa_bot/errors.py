"""The one exception hierarchy: every door turns a QABotError into one clear line."""


class QABotError(Exception):
    """Base class: the message is meant for the user, as is."""


class InputError(QABotError):
    """A document, question or question file that cannot be used."""


class ConfigError(QABotError):
    """A config file or setting that is missing or malformed."""


class IndexStateError(QABotError):
    """An index directory that is missing, damaged, or built differently."""


class IndexMismatchError(IndexStateError):
    """The index was built by another model or format than the one asked for."""


class ModelError(QABotError):
    """The embedding model cannot be loaded."""


__all__ = [
    "QABotError",
    "InputError",
    "ConfigError",
    "IndexStateError",
    "IndexMismatchError",
    "ModelError",
]
