"""qa-bot: answer questions about news articles with the sentences that answer them."""

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    ConfigError,
    IndexMismatchError,
    IndexStateError,
    InputError,
    ModelError,
    QABotError,
)
from .retriever import Answer, Hit, QABot  # noqa: E402

__all__ = [
    "QABot",
    "Answer",
    "Hit",
    "QABotError",
    "InputError",
    "ConfigError",
    "IndexStateError",
    "IndexMismatchError",
    "ModelError",
    "__version__",
]
