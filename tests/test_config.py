from pathlib import Path

import pytest

from qa_bot import ConfigError
from qa_bot.config import load_settings

EXAMPLE = Path(__file__).resolve().parents[1] / "config.example.toml"


def test_defaults():
    s = load_settings(environ={})
    assert s.index_dir == Path("index") and s.model == "" and s.k is None


def test_flag_beats_environment_beats_file(tmp_path):
    conf = tmp_path / "c.toml"
    conf.write_text('[answer]\nk = 4\n[index]\ndir = "from-file"\n')
    assert load_settings(conf, environ={}).k == 4
    assert load_settings(conf, environ={}).index_dir == tmp_path / "from-file"
    assert load_settings(conf, environ={"QA_BOT_K": "5"}).k == 5
    assert load_settings(conf, {"k": 6}, environ={"QA_BOT_K": "5"}).k == 6
    assert load_settings(conf, {"index_dir": "flag"}, environ={"QA_BOT_INDEX_DIR": "env"}).index_dir == Path("flag")
    assert load_settings(conf, environ={"QA_BOT_INDEX_DIR": "env"}).index_dir == Path("env")


def test_config_path_from_environment(tmp_path):
    conf = tmp_path / "c.toml"
    conf.write_text('[model]\nname = "/models/mine"\n')
    assert load_settings(environ={"QA_BOT_CONFIG": str(conf)}).model == "/models/mine"


def test_telegram_token_from_environment_overrides_file_and_is_not_in_repr(tmp_path):
    conf = tmp_path / "c.toml"
    conf.write_text('[telegram]\ntoken = "file-token"\nallowed_users = [1, 2]\n')
    s = load_settings(conf, environ={"TELEGRAM_BOT_TOKEN": "env-token"})
    assert s.telegram.token == "env-token" and s.telegram.allowed_users == (1, 2)
    assert "env-token" not in repr(s)


@pytest.mark.parametrize("content, message", [
    ("[answer]\nk = 0\n", "at least 1"),
    ("[answer]\nkk = 3\n", "unknown setting 'kk'"),
    ("[nope]\na = 1\n", "unknown table"),
    ("[answer]\nk = 'three'\n", "whole number"),
    ("[telegram]\nallowed_users = ['x']\n", "list of numeric ids"),
    ("not toml at all [", "not valid TOML"),
    ('[index]\nbackend = "qdrant"\n', "backend must be one of embedded, milvus"),
    ('[index]\nbackend = "milvus"\nuri = ""\n', "the milvus backend needs"),
    ('[index]\ncollection = "my news"\n', "collection must be letters, digits and underscores"),
])
def test_bad_config_is_a_clear_error(tmp_path, content, message):
    conf = tmp_path / "c.toml"
    conf.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_settings(conf, environ={})


def test_example_config_is_valid():
    s = load_settings(EXAMPLE, environ={})
    assert s.k is None  # commented out: each door's own default
    assert (s.telegram.upload_queue, s.telegram.uploads_per_minute, s.telegram.open_chat_indexes) == (8, 6, 64)


def test_backend_settings_from_file_environment_and_flags(tmp_path):
    conf = tmp_path / "c.toml"
    conf.write_text('[index]\nbackend = "milvus"\nuri = "data/m.db"\ncollection = "news"\n')
    s = load_settings(conf, environ={})
    # A milvus-lite file is relative to the config file, like `dir`; a server URL is left as it is.
    assert (s.backend, s.milvus_uri, s.milvus_collection) == ("milvus", str(tmp_path / "data" / "m.db"), "news")
    s = load_settings(conf, environ={"QA_BOT_MILVUS_URI": "http://milvus:19530"})
    assert s.milvus_uri == "http://milvus:19530"
    assert load_settings(conf, {"backend": "embedded"}, environ={"QA_BOT_BACKEND": "milvus"}).backend == "embedded"
    assert load_settings(environ={}).backend == "embedded"
