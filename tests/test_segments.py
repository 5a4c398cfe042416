"""Random sequences of adds, replacements, removals and saves against a plain model of what the
index should hold: segments, merges and tombstones must never lose, duplicate or resurrect a
sentence. The encoder is a deterministic fake (a hash of the text), so each example costs
milliseconds and a wrong vector is caught exactly."""

import hashlib
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import given, settings, strategies as st

from qa_bot.index import MAX_SEGMENTS, SentenceIndex, embedding_text, read_manifest
from qa_bot.lexical import LexicalIndex, tokenize
from qa_bot.speakers import full_names

DIMENSION = 16
WORDS = ["harbour", "council", "budget", "ferry", "storm", "mayor", "museum", "bridge", "river", "school"]


class HashEncoder:
    model_id = "test/hash-encoder"
    dimension = DIMENSION

    def encode(self, texts, show_progress=False, batch_size=None):
        return np.stack([vector_of(t) for t in texts]) if texts else np.zeros((0, DIMENSION), np.float32)


def vector_of(text: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
    v = np.random.default_rng(seed).standard_normal(DIMENSION).astype(np.float32)
    return v / np.linalg.norm(v)


PEOPLE = ["Anna Holm", "Marek Nowak", "Ines Costa"]


def document(words: list[int], sentences: int, salt: int) -> str:
    reports = " ".join(f"The {WORDS[w]} report number {salt}-{n} was filed." for n, w in
                       zip(range(sentences), words * sentences))
    return f"{PEOPLE[salt % len(PEOPLE)]} filed report {salt}. {reports}"


operations = st.lists(
    st.tuples(st.sampled_from(["add", "replace", "remove", "save"]), st.integers(0, 7),
              st.lists(st.integers(0, len(WORDS) - 1), min_size=1, max_size=3), st.integers(1, 6)),
    min_size=1, max_size=14)


def check(index: SentenceIndex, expected: dict[str, str]) -> None:
    assert {d.name: d.sha256 for d in index.documents()} == {
        name: hashlib.sha256(text.encode()).hexdigest() for name, text in expected.items()}
    # Each document's people, stored with it, come back whichever segment holds it.
    for d in index.documents():
        assert index.full_names(d.id) == full_names(expected[d.name])
    rows = list(index.iter_sentences())
    assert len(rows) == len(index) == sum(d.sentences for d in index.documents())
    if not rows:
        return
    ids = [r.id for r in rows]
    assert len(set(ids)) == len(ids)
    # Every live sentence has its own vector; a search over everything finds exactly them.
    assert np.allclose(index.vectors(ids), np.stack([vector_of(embedding_text(r.text, r.speaker)) for r in rows]))
    _, found = index.search(vector_of("query")[None, :], len(index))
    assert sorted(found[0].tolist()) == sorted(ids)
    # BM25 over segments with tombstones equals one index over the live sentences.
    whole = LexicalIndex.build(index._token_rows())
    lexical = index.lexical()
    live = lexical.row_of(ids)
    for word in WORDS[:4]:
        scores = lexical.scores(tokenize(word))
        assert np.allclose(scores[live], whole.scores(tokenize(word)), atol=1e-5)
        assert np.isclose(scores.sum(), scores[live].sum())  # removed rows score nothing


@settings(max_examples=40, deadline=None)
@given(operations)
def test_any_sequence_of_changes_keeps_the_index_exact(ops):
    encoder = HashEncoder()
    expected: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "idx"
        index = SentenceIndex(encoder.model_id, DIMENSION)
        index.add_document("seed.txt", document([0], 3, 0), encoder)
        expected["seed.txt"] = document([0], 3, 0)
        index.save(directory)
        index = SentenceIndex.load(directory).writable_copy(directory)
        for step, (op, which, words, sentences) in enumerate(ops):
            name = f"doc{which}.txt"
            if op == "add" or (op == "replace" and name in expected):
                text = document(words, sentences, step)
                index.add_document(name, text, encoder)
                expected[name] = text
            elif op == "remove":
                assert index.remove_document(name) == (name in expected)
                expected.pop(name, None)
            check(index, expected)
            if op == "save" or step == len(ops) - 1:
                index.save(directory)
                manifest = read_manifest(directory)
                assert len(manifest["segments"]) <= MAX_SEGMENTS
                spans = [(s["first_id"], s["last_id"]) for s in manifest["segments"]]
                assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))
                index = SentenceIndex.load(directory)
                check(index, expected)
                listed = [(d["id"], d["name"], d["sha256"], d["sentences"]) for d in manifest["documents"]]
                assert listed == [(d.id, d.name, d.sha256, d.sentences) for d in index.documents()]
                index = index.writable_copy(directory)
