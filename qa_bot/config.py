"""Settings from flag > environment > config file > defaults.

The config file is TOML (see config.example.toml). Unknown keys are errors, so a typo in a
setting is reported instead of silently ignored.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError

DEFAULT_CONFIG_NAME = "qa-bot.toml"


@dataclass(frozen=True)
class TelegramSettings:
    token: str = field(default="", repr=False)  # never printed: it is a password
    base_url: str = ""
    allowed_users: tuple[int, ...] = ()
    allowed_chats: tuple[int, ...] = ()
    questions_per_minute: int = 20
    webhook_url: str = ""
    listen: str = "127.0.0.1"
    port: int = 8443
    secret_token: str = field(default="", repr=False)
    admins: tuple[int, ...] = ()          # may add global documents from Telegram
    chat_index_dir: str = ""              # per-chat collections; empty: <index dir>/chats
    max_documents_per_chat: int = 20
    max_document_bytes: int = 2_000_000
    chat_questions_per_minute: int = 60   # per chat, whoever asks (channels, anonymous admins)
    uploads_per_minute: int = 6           # files and /add, per user (or per chat without one)
    upload_queue: int = 8                 # writes waiting at once, all chats together
    open_chat_indexes: int = 64           # chat collections kept open (each holds a few files)


BACKENDS = ("embedded", "milvus")


@dataclass(frozen=True)
class Settings:
    index_dir: Path = Path("index")
    backend: str = "embedded"           # or "milvus" (see README, "Scaling out")
    milvus_uri: str = "qa-bot-milvus.db"  # a milvus-lite file, or a server: http://host:19530
    milvus_collection: str = "qa_bot"
    model: str = ""  # empty: the bundled all-MiniLM-L6-v2
    precision: str | None = None  # "fp32" or "int8"; None: what the index was built with (else fp32)
    batch_size: int | None = None
    approximate_above: int = 200_000
    nprobe: int = 32
    k: int | None = None  # hits listed; None: each door's default (ask 1, REPL :sources and batch 3, Telegram 5)
    telegram: TelegramSettings = TelegramSettings()


# TOML table -> {key: (Settings attribute, type)}; the file's shape, kept in one place.
_FILE_LAYOUT: dict[str, dict[str, tuple[str, type]]] = {
    "index": {"dir": ("index_dir", Path), "approximate_above": ("approximate_above", int),
              "nprobe": ("nprobe", int), "backend": ("backend", str), "uri": ("milvus_uri", str),
              "collection": ("milvus_collection", str)},
    "model": {"name": ("model", str), "batch_size": ("batch_size", int), "precision": ("precision", str)},
    "answer": {"k": ("k", int)},
}
_TELEGRAM_TYPES: dict[str, type] = {
    "token": str,
    "base_url": str,
    "allowed_users": tuple,
    "allowed_chats": tuple,
    "questions_per_minute": int,
    "webhook_url": str,
    "listen": str,
    "port": int,
    "secret_token": str,
    "admins": tuple,
    "chat_index_dir": str,
    "max_documents_per_chat": int,
    "max_document_bytes": int,
    "chat_questions_per_minute": int,
    "uploads_per_minute": int,
    "upload_queue": int,
    "open_chat_indexes": int,
}
_ENVIRONMENT = {
    "QA_BOT_INDEX_DIR": ("index_dir", Path),
    "QA_BOT_MODEL": ("model", str),
    "QA_BOT_BATCH_SIZE": ("batch_size", int),
    "QA_BOT_PRECISION": ("precision", str),
    "QA_BOT_K": ("k", int),
    "QA_BOT_BACKEND": ("backend", str),
    "QA_BOT_MILVUS_URI": ("milvus_uri", str),
}


def _coerce(value: Any, kind: type, where: str) -> Any:
    if kind is tuple:
        if not isinstance(value, list) or not all(isinstance(v, int) for v in value):
            raise ConfigError(f"{where} must be a list of numeric ids, e.g. [12345, 67890]")
        return tuple(value)
    if kind is int:
        if isinstance(value, bool):
            raise ConfigError(f"{where} must be a whole number")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{where} must be a whole number, not {value!r}") from None
    if kind is Path:
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where} must be a non-empty path")
        return Path(value).expanduser()
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be a string")
    return value


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"config file {path} is not valid TOML: {e}") from None
    except OSError as e:
        raise ConfigError(f"cannot read config file {path}: {e.strerror}") from None


def _from_file(data: Mapping[str, Any], path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    top: dict[str, Any] = {}
    telegram: dict[str, Any] = {}
    for table, values in data.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: '{table}' must be a table ([{table}])")
        if table == "telegram":
            layout = {k: (k, t) for k, t in _TELEGRAM_TYPES.items()}
            target = telegram
        elif table in _FILE_LAYOUT:
            layout = _FILE_LAYOUT[table]
            target = top
        else:
            raise ConfigError(f"{path}: unknown table [{table}]")
        for key, value in values.items():
            if key not in layout:
                raise ConfigError(f"{path}: unknown setting '{key}' in [{table}]")
            attr, kind = layout[key]
            target[attr] = _coerce(value, kind, f"{path}: [{table}] {key}")
    # Relative paths in a config file are relative to the file, as a user reading it expects.
    if "index_dir" in top and not top["index_dir"].is_absolute():
        top["index_dir"] = path.parent / top["index_dir"]
    uri = top.get("milvus_uri")
    if uri and "://" not in uri and not Path(uri).expanduser().is_absolute():  # a milvus-lite file
        top["milvus_uri"] = str(path.parent / uri)
    return top, telegram


def load_settings(
    config_path: str | os.PathLike[str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Merge defaults, the config file, the environment and flags (``overrides``), in that order.

    ``overrides`` holds flag values; ``None`` values mean "flag not given".
    """
    env = os.environ if environ is None else environ
    top: dict[str, Any] = {}
    telegram: dict[str, Any] = {}

    path = config_path or env.get("QA_BOT_CONFIG")
    if path:
        file_path = Path(path).expanduser()
        top, telegram = _from_file(_read_file(file_path), file_path)
    elif Path(DEFAULT_CONFIG_NAME).is_file():
        top, telegram = _from_file(_read_file(Path(DEFAULT_CONFIG_NAME)), Path(DEFAULT_CONFIG_NAME))

    for var, (attr, kind) in _ENVIRONMENT.items():
        if env.get(var):
            top[attr] = _coerce(env[var], kind, f"environment variable {var}")
    if env.get("TELEGRAM_BOT_TOKEN"):
        telegram["token"] = env["TELEGRAM_BOT_TOKEN"]

    known = {f.name for f in fields(Settings)}
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        if key in known:
            top[key] = Path(value) if key == "index_dir" else value
        else:
            telegram[key] = value

    settings = replace(Settings(), **top, telegram=replace(TelegramSettings(), **telegram))
    if settings.k is not None and settings.k < 1:
        raise ConfigError("k must be at least 1")
    if settings.batch_size is not None and settings.batch_size < 1:
        raise ConfigError("batch_size must be at least 1")
    if settings.precision not in (None, "fp32", "int8"):
        raise ConfigError(f"precision must be fp32 or int8, not {settings.precision!r}")
    if settings.backend not in BACKENDS:
        raise ConfigError(f"[index] backend must be one of {', '.join(BACKENDS)}, not {settings.backend!r}")
    if settings.backend == "milvus" and not settings.milvus_uri:
        raise ConfigError("the milvus backend needs [index] uri: a milvus-lite file or http://host:19530")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,200}", settings.milvus_collection):
        raise ConfigError(f"[index] collection must be letters, digits and underscores, "
                          f"not {settings.milvus_collection!r}")
    if settings.nprobe < 1 or settings.approximate_above < 1:
        raise ConfigError("nprobe and approximate_above must be at least 1")
    return settings
