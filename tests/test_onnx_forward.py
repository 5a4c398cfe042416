"""The encoder's forward pass in ONNX Runtime: the same vectors as sentence-transformers, an
export made once a machine, and torch whenever the export cannot be trusted."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from qa_bot import onnx_forward as runtime
from qa_bot.embed import Encoder, resolve_model, shared_encoder

TEXTS = ["What did Gates say about radars?", "Who won?",
         "The talks in Moscow ended without an agreement on missile defence in Europe, the two sides said.",
         "Lavrov said Russia had put forward its alternative."]


@pytest.fixture(scope="module")
def model():
    return shared_encoder()._loaded()


def _expected(model, texts):
    return model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)


def test_the_bundled_model_runs_in_onnx_runtime_with_sentence_transformers_own_vectors(model):
    """Every saved index was built with sentence-transformers' vectors: questions encoded any
    other way must land where they would have."""
    encoder = shared_encoder()
    assert encoder.runtime == "onnxruntime"
    many = TEXTS * 12  # several batches, longest first inside, handed back in the order asked
    vectors = encoder.encode(many)
    assert vectors.dtype == np.float32 and vectors.shape == (len(many), 384)
    np.testing.assert_allclose(vectors, _expected(model, many), atol=1e-5)
    np.testing.assert_allclose(encoder.encode([TEXTS[0]])[0], vectors[0], atol=1e-5)


def test_an_export_is_made_once_and_then_read_from_the_cache(model, tmp_path, monkeypatch):
    monkeypatch.setenv(runtime.CACHE_VARIABLE, str(tmp_path / "cache"))
    _, load_from = resolve_model("")
    path = runtime.export_path(model, load_from)
    path.parent.mkdir(parents=True)
    stale = path.with_name(path.name.rsplit("-", 1)[0] + "-0123456789abcdef01234567.onnx")
    stale.write_bytes(b"an export made by an older torch")
    other_model = path.with_name("other-model-0123456789abcdef01234567.onnx")
    other_model.write_bytes(b"another model's export")
    assert runtime.onnx_forward(model, load_from) is not None
    assert sorted(path.parent.iterdir()) == sorted([path, other_model])  # no .part, no stale export
    # The session reads rows of torch's word-piece table instead of holding a copy of it.
    table = runtime.word_piece_table(model)
    weights = sum(p.numel() * p.element_size() for p in model.parameters())
    assert path.stat().st_size < weights - table.nbytes + 2_000_000

    def no_export(_model):
        raise AssertionError("exported again although the cache holds it")

    monkeypatch.setattr(runtime, "_export", no_export)
    forward = runtime.onnx_forward(model, load_from)
    np.testing.assert_allclose(forward.encode(TEXTS, batch_size=2), _expected(model, TEXTS), atol=1e-5)


def test_a_damaged_cached_export_is_made_again(model, tmp_path, monkeypatch):
    monkeypatch.setenv(runtime.CACHE_VARIABLE, str(tmp_path))
    _, load_from = resolve_model("")
    path = runtime.export_path(model, load_from)
    path.parent.mkdir()
    path.write_bytes(b"half an export")  # a disk that filled up, an older layout
    forward = runtime.onnx_forward(model, load_from)
    np.testing.assert_allclose(forward.encode(TEXTS, batch_size=8), _expected(model, TEXTS), atol=1e-5)
    assert path.stat().st_size > 1_000_000


def test_a_cache_that_cannot_be_written_costs_only_the_export(model, tmp_path, monkeypatch):
    (tmp_path / "file").write_text("not a directory")
    monkeypatch.setenv(runtime.CACHE_VARIABLE, str(tmp_path / "file"))
    forward = runtime.onnx_forward(model, resolve_model("")[1])
    np.testing.assert_allclose(forward.encode(TEXTS[:1], batch_size=8), _expected(model, TEXTS[:1]), atol=1e-5)


def test_an_export_that_does_not_give_the_models_vectors_is_not_used(model, tmp_path, monkeypatch):
    """A model the exporter gets wrong (here: an export of other weights) is run by torch."""
    monkeypatch.setenv(runtime.CACHE_VARIABLE, str(tmp_path))
    other = copy.deepcopy(model)
    other[0].auto_model.encoder.layer[0].output.dense.weight.data.mul_(1.5)
    wrong = runtime._export(other)
    monkeypatch.setattr(runtime, "_export", lambda _model: wrong)
    assert runtime.onnx_forward(model, resolve_model("")[1]) is None
    assert not list(tmp_path.rglob("*.onnx"))  # nor kept for the next process


def test_torch_runs_the_model_when_asked_and_for_int8(monkeypatch):
    monkeypatch.setenv(runtime.RUNTIME_VARIABLE, "torch")
    on_torch = Encoder()
    assert on_torch.runtime == "torch"
    np.testing.assert_allclose(on_torch.encode(TEXTS), shared_encoder().encode(TEXTS), atol=1e-5)
    monkeypatch.delenv(runtime.RUNTIME_VARIABLE)
    assert Encoder(precision="int8").runtime == "torch"  # torch's own quantization, not exported


def test_a_model_with_a_default_prompt_is_not_exported(model):
    class Prompted:  # e5-style models prepend "query: ": only encode() knows to
        default_prompt_name = "query"
        device = "cpu"

    assert runtime.onnx_forward(Prompted(), "") is None
