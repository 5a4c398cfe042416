"""A sentence-transformers model's forward pass run in ONNX Runtime instead of torch.

On 2 CPU cores a question's pass through all-MiniLM-L6-v2 took 6-9 ms there against 16-20 ms in
torch (bench/question_time.py measures a question's whole time), and every question takes two.
The vectors agree with SentenceTransformer.encode's to ~1e-7, and are checked against them each
time a model loads: a model whose export does not reproduce them (a prompt, custom modules, a
newer library) stays on torch. The export (a few seconds) is kept in a cache directory, so it is
paid once a machine, not once a process.

Environment: ``QA_BOT_RUNTIME=torch`` keeps torch; ``QA_BOT_CACHE_DIR`` moves the cache (else
``$XDG_CACHE_HOME/qa-bot``, else ``~/.cache/qa-bot``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import logging
import os
import re
import tempfile
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

RUNTIME_VARIABLE = "QA_BOT_RUNTIME"
CACHE_VARIABLE = "QA_BOT_CACHE_DIR"
OPSET = 17
# Apart by ~1e-7 on this machine; a wrong export is apart by whole tenths.
TOLERANCE = 1e-5
PROBE = ["Who said it?", "The talks in Moscow ended without an agreement on missile defence, officials said.",
         "Is 1.8 km long?"]


def preprocessor(model):
    """The model's tokenizing step: ``preprocess``, which older sentence-transformers call ``tokenize``."""
    return getattr(model, "preprocess", None) or model.tokenize


def encodes_plainly_on_cpu(model) -> bool:
    """Whether the model's vectors come from its forward pass alone, on the CPU: not so for a
    model with a default prompt, which only ``encode`` knows to prepend."""
    return not getattr(model, "default_prompt_name", None) and str(getattr(model, "device", "cpu")) == "cpu"


def word_piece_table(model) -> np.ndarray:
    """torch's input word-piece embedding table, as a numpy view of the same memory."""
    return model[0].auto_model.get_input_embeddings().weight.detach().cpu().numpy()


def cache_dir() -> Path:
    configured = os.environ.get(CACHE_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "qa-bot"


class OnnxForward:
    """Encodes texts as the model's SentenceTransformer.encode does (normalized), in ONNX Runtime."""

    def __init__(self, model, session) -> None:
        self._preprocess = preprocessor(model)
        self._session = session
        self._inputs = [i.name for i in session.get_inputs()]
        self._table = word_piece_table(model) if "inputs_embeds" in self._inputs else None

    def encode(self, texts: list[str], batch_size: int, show_progress: bool = False) -> np.ndarray:
        """Longest texts first, as sentence-transformers batches them, so a batch pads little."""
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        starts = range(0, len(texts), batch_size)
        if show_progress:  # not on a question's path: a progress bar costs even when hidden
            from tqdm.auto import tqdm

            starts = tqdm(starts, desc="Batches")
        vectors = np.concatenate([self._forward([texts[i] for i in order[start:start + batch_size]])
                                  for start in starts])
        in_order = np.empty_like(vectors)
        in_order[order] = vectors
        return in_order

    def _forward(self, texts: list[str]) -> np.ndarray:
        features = self._preprocess(texts)
        feed = {name: self._table[features["input_ids"].numpy()] if name == "inputs_embeds" else features[name].numpy()
                for name in self._inputs}
        vectors = self._session.run(None, feed)[0]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return np.ascontiguousarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)


def onnx_forward(model, load_from: str) -> OnnxForward | None:
    """The model's forward in ONNX Runtime, or None when torch should run it: turned off,
    onnxruntime missing, or an export that does not give the model's own vectors."""
    if os.environ.get(RUNTIME_VARIABLE, "").strip().lower() == "torch":
        return None
    if importlib.util.find_spec("onnxruntime") is None:
        return None
    if not encodes_plainly_on_cpu(model):
        return None
    try:
        expected = model.encode(PROBE, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        path = export_path(model, load_from)
        forward = _checked(model, _session(path), expected) if path.is_file() else None
        if forward is None:  # not exported yet, or a cached file that no longer fits
            exported = _export(model)
            forward = _checked(model, _session(exported), expected)
            if forward is not None:
                _keep(path, exported)
        return forward
    except Exception as e:  # any model or library this export does not handle: torch runs it
        log.info("encoding with torch: the ONNX export failed (%s)", str(e).splitlines()[0] if str(e) else e)
        return None


def _checked(model, session, expected: np.ndarray) -> OnnxForward | None:
    if session is None:
        return None
    forward = OnnxForward(model, session)
    vectors = forward.encode(PROBE, batch_size=len(PROBE))
    return forward if vectors.shape == expected.shape and np.allclose(vectors, expected, atol=TOLERANCE) else None


def _session(source: Path | bytes):
    """An inference session on torch's thread count, so that the two never oversubscribe the cores."""
    import onnxruntime
    import torch

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = torch.get_num_threads()
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # Threads that spin waiting for the next pass take a core from the ranking that follows it:
    # a SQuAD question's time past the encoder went from 14-24 ms to 10-14 ms without.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    try:
        return onnxruntime.InferenceSession(source if isinstance(source, bytes) else str(source), options,
                                            providers=["CPUExecutionProvider"])
    except Exception:  # a truncated or foreign file: exported again
        return None


def _export(model) -> bytes:
    """The model from its word-piece vectors on: the session is fed rows of torch's own table
    (``word_piece_table``) rather than holding a copy of it (47 MB of MiniLM's 90)."""
    import warnings

    import torch

    features = preprocessor(model)(PROBE[:2])
    names = ["inputs_embeds" if name == "input_ids" else name
             for name, value in features.items() if isinstance(value, torch.Tensor)]
    transformer, after = model[0].auto_model, list(model)[1:]
    inputs = {**features, "inputs_embeds": transformer.get_input_embeddings()(features["input_ids"])}

    class Embedding(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, *tensors):
            given = dict(zip(names, tensors))
            hidden = self.transformer(**given).last_hidden_state
            features = {"token_embeddings": hidden, "attention_mask": given["attention_mask"]}
            for module in after:  # pooling, normalizing: as SentenceTransformer.forward runs them
                features = module(features)
            return features["sentence_embedding"]

    buffer = io.BytesIO()
    model.eval()
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")  # tracer notices about Python branches fixed by the probe
        torch.onnx.export(Embedding().eval(), tuple(inputs[name] for name in names), buffer,
                          input_names=names, output_names=["embedding"], opset_version=OPSET, dynamo=False,
                          dynamic_axes={**{name: {0: "texts", 1: "tokens"} for name in names},
                                        "embedding": {0: "texts"}})
    return buffer.getvalue()


def _export_key(model, load_from: str) -> str:
    """Names an export by what it was made from: the model's files and the libraries' versions."""
    import sentence_transformers
    import torch
    import transformers

    source = Path(load_from)
    files = sorted((str(p.relative_to(source)), p.stat().st_size, p.stat().st_mtime_ns)
                   for p in source.rglob("*") if p.is_file()) if source.is_dir() else []
    made_from = {"layout": "inputs_embeds", "model": load_from, "files": files, "opset": OPSET,
                 "torch": torch.__version__, "transformers": transformers.__version__,
                 "sentence_transformers": sentence_transformers.__version__,
                 "modules": [type(m).__name__ for m in model]}
    return hashlib.sha256(json.dumps(made_from, sort_keys=True).encode()).hexdigest()[:24]


def export_path(model, load_from: str) -> Path:
    """Where the model's export is kept: named by the model (its folder's name and a hash of its
    path, as many are called "model"), then by what it was made from."""
    readable = re.sub(r"[^A-Za-z0-9_.]+", "_", Path(load_from).name).strip("_.") or "model"
    name = f"{readable}_{hashlib.sha256(load_from.encode()).hexdigest()[:8]}"
    return cache_dir() / "onnx" / f"{name}-{_export_key(model, load_from)}.onnx"


def _keep(path: Path, exported: bytes) -> None:
    """Writes the export whole or not at all, and drops this model's earlier exports (made from
    other files or library versions: never read again). A cache that cannot be written only
    costs the export again next time."""
    try:
        stale = [p for p in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.onnx") if p != path]
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(exported)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        for earlier in stale:
            earlier.unlink(missing_ok=True)
    except OSError as e:
        log.info("cannot keep the ONNX export in %s: %s", path.parent, e)
