import contextlib
import json
import shutil

import numpy as np

import pytest

from qa_bot import IndexMismatchError, IndexStateError, QABot
from qa_bot.embed import shared_encoder
from qa_bot.index import SentenceIndex, read_manifest
from qa_bot.lexical import SEGMENT_FILES, LexicalIndex

from conftest import index_files, snapshot


@pytest.fixture
def index_copy(built_index, tmp_path):
    target = tmp_path / "index-copy"
    shutil.copytree(built_index, target)
    return target


def test_saved_index_is_a_directory_of_plain_files(built_index, article):
    names = index_files(built_index)
    assert names == ["lexical-000001-0", "manifest.json", "store-000001-0.sqlite", "vectors-000001-0.faiss"]
    lexical = sorted(p.name for p in (built_index / "lexical-000001-0").iterdir())
    assert lexical == sorted(SEGMENT_FILES) and all(n.endswith((".npy", ".json")) for n in lexical)
    manifest = json.loads((built_index / "manifest.json").read_text())
    assert manifest["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert manifest["dimension"] == 384
    assert manifest["sentences"] == 19
    assert manifest["qa_bot_version"]
    [doc] = manifest["documents"]
    import hashlib

    assert doc["sha256"] == hashlib.sha256(article.encode()).hexdigest()
    [segment] = manifest["segments"]
    assert len(segment["vectors"]["sha256"]) == 64 and len(segment["store"]["sha256"]) == 64
    assert (segment["first_id"], segment["last_id"], segment["sentences"]) == (0, 18, 19)


def test_load_gives_the_same_answers_as_the_built_bot(built_index, bot):
    loaded = QABot.load(built_index)
    question = "What alternative did Russia offer?"
    assert [h.sentence for h in loaded.ask(question).hits] == [h.sentence for h in bot.ask(question).hits]


def test_index_built_by_another_model_is_refused_with_how_to_rebuild(index_copy):
    manifest = json.loads((index_copy / "manifest.json").read_text())
    manifest["model"] = "some-org/other-model"
    (index_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="built with model 'some-org/other-model'.*--rebuild"):
        SentenceIndex.load(index_copy, model_id=shared_encoder().model_id)


def test_index_of_another_format_is_refused(index_copy):
    manifest = json.loads((index_copy / "manifest.json").read_text())
    manifest["format"] = 99
    (index_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="format 99"):
        QABot.load(index_copy)


def test_truncated_file_is_named_in_the_error(index_copy):
    vectors = next(index_copy.glob("vectors-*.faiss"))
    vectors.write_bytes(vectors.read_bytes()[:100])
    with pytest.raises(IndexStateError, match=f"{vectors.name} is damaged.*qa-bot index"):
        QABot.load(index_copy)


def test_flipped_byte_fails_the_checksum(index_copy):
    store = next(index_copy.glob("store-*.sqlite"))
    data = bytearray(store.read_bytes())
    data[-10] ^= 0xFF
    store.write_bytes(bytes(data))
    with pytest.raises(IndexStateError, match="checksum"):
        QABot.load(index_copy)


def test_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(IndexStateError, match="no index at .*qa-bot index"):
        QABot.load(tmp_path / "nothing-here")


def test_failed_save_leaves_the_previous_index_in_place(index_copy, monkeypatch):
    before = snapshot(index_copy)
    bot = QABot.load(index_copy)
    import faiss

    def broken_write(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(faiss, "write_index", broken_write)
    with pytest.raises(IndexStateError, match="No space left"):
        bot.add_texts({"new.txt": "A new article arrived today. It says little."})
    assert snapshot(index_copy) == before
    assert len(QABot.load(index_copy).index) == 19


def test_adding_saves_a_new_generation_and_drops_the_old(index_copy):
    bot = QABot.load(index_copy)
    result = bot.add_texts({"extra.txt": "The Arctic council met in Oslo. It discussed shipping lanes."})
    assert result == {"extra.txt": ("added", 2)}
    names = index_files(index_copy)
    # The first segment is kept as it was; only the new article's sentences got one.
    assert names == ["lexical-000001-0", "lexical-000002-1", "manifest.json", "store-000001-0.sqlite",
                     "store-000002-1.sqlite", "vectors-000001-0.faiss", "vectors-000002-1.faiss"]
    reloaded = QABot.load(index_copy)
    assert len(reloaded.index) == 21
    hit = reloaded.ask("Where did the Arctic council meet?").hits[0]
    assert hit.source == "extra.txt" and "Oslo" in hit.sentence


class CountingEncoder:
    """Wraps the real encoder to count how many texts get embedded."""

    def __init__(self, inner):
        self.inner = inner
        self.model_id = inner.model_id
        self.dimension = inner.dimension
        self.encoded = 0

    def encode(self, texts, show_progress=False, batch_size=None):
        self.encoded += len(texts)
        return self.inner.encode(texts)


def test_readding_embeds_only_what_changed():
    encoder = CountingEncoder(shared_encoder())
    index = SentenceIndex(encoder.model_id, encoder.dimension)
    text = "First sentence here. Second sentence here. Third sentence here."
    assert index.add_document("doc", text, encoder) == ("added", 3)
    assert index.add_document("doc", text, encoder) == ("unchanged", 3)
    assert encoder.encoded == 3
    assert index.add_document("doc", text.replace("Third", "A changed third"), encoder) == ("replaced", 3)
    assert encoder.encoded == 4
    assert len(index) == 3


def test_remove_document(index_copy):
    bot = QABot.load(index_copy)
    bot.add_texts({"extra.txt": "The Arctic council met in Oslo."})
    assert bot.remove("extra.txt")
    assert not bot.remove("extra.txt")
    assert [d["name"] for d in read_manifest(index_copy)["documents"]] == ["article.txt"]
    assert [d.name for d in QABot.load(index_copy).documents()] == ["article.txt"]


def test_large_index_turns_approximate_and_keeps_answering(tmp_path):
    """Past approximate_above the FAISS index becomes 8-bit IVF (memory-mapped on load); adding,
    removing and answering work the same."""
    texts = {f"doc{i}.txt": f"Report {i} says the council of town {i} approved a budget of {i} million euros. "
             f"The mayor of town {i} welcomed the decision." for i in range(60)}
    texts["harbour.txt"] = "The harbour of Valletta reopened on Thursday after a storm closed it for three days."
    bot = QABot.from_texts(texts)
    bot.index.approximate_above = 50
    bot.index.save(tmp_path / "idx")
    assert read_manifest(tmp_path / "idx")["approximate"] is True
    loaded = QABot.load(tmp_path / "idx", approximate_above=50)
    assert loaded.index.approximate
    assert "Valletta" in loaded.ask("When did the harbour reopen?").hits[0].sentence
    loaded.add_texts({"museum.txt": "The museum of Tartu opened a new wing with 300 paintings."})
    loaded.remove("harbour.txt")
    again = QABot.load(tmp_path / "idx", approximate_above=50)
    assert again.index.approximate and len(again.index) == 60 * 2 + 1  # harbour out, museum in
    assert "300 paintings" in again.ask("How many paintings are in the new wing?").hits[0].sentence
    assert not any(d.name == "harbour.txt" for d in again.documents())


def _bm25_matches_one_index_over_everything(index: SentenceIndex) -> None:
    """Scores summed over segments are those of a single BM25 index built over all sentences."""
    whole = LexicalIndex.build(index._token_rows())  # the live sentences only
    lexical = index.lexical()
    live = lexical.row_of(list(whole.row_ids))
    assert list(lexical.row_ids[live]) == list(whole.row_ids)
    dead = np.setdiff1d(np.arange(len(lexical.row_ids)), live)
    for question in ["Arctic shipping lanes", "missile defence shield radars", "Kosovo violence", "fishing quotas",
                     "harbour Valletta", "council budget town 2"]:
        from qa_bot.lexical import tokenize

        tokens = tokenize(question)
        scores = lexical.scores(tokens)
        assert scores[live] == pytest.approx(whole.scores(tokens), abs=1e-5)
        assert not scores[dead].any()


def test_adding_articles_one_by_one_keeps_few_segments_and_exact_scores(index_copy):
    bot = QABot.load(index_copy)
    for i in range(12):
        bot.add_texts({f"note-{i}.txt": f"Note {i} covers fishing quotas in the Arctic. Boats number {i + 10} this year."})
    reloaded = QABot.load(index_copy)
    segments = [n for n in index_files(index_copy) if n.startswith("lexical-")]
    assert len(reloaded.index) == 19 + 24
    assert len(segments) <= 4, segments  # merged as they grow: logarithmic, not one per article
    _bm25_matches_one_index_over_everything(reloaded.index)


def test_removing_a_document_rebuilds_only_its_segment(index_copy):
    bot = QABot.load(index_copy)
    bot.add_texts({"extra.txt": "The Arctic council met in Oslo. It discussed shipping lanes."})
    first_segment = snapshot(index_copy / "lexical-000001-0")
    bot.add_texts({"later.txt": "Fishing quotas were cut again. Trawlers protested in the harbour."})
    assert bot.remove("extra.txt")
    reloaded = QABot.load(index_copy)
    assert snapshot(index_copy / "lexical-000001-0") == first_segment  # the article's segment: untouched
    from qa_bot.lexical import tokenize

    assert not reloaded.index.lexical().scores(tokenize("Oslo")).any()  # the removed words are gone
    _bm25_matches_one_index_over_everything(reloaded.index)
    assert reloaded.ask("What happened to fishing quotas?").hits[0].source == "later.txt"


def test_an_index_of_the_previous_format_still_answers(index_copy, bot):
    """Format 2 kept one bm25s index; its BM25 is rebuilt from the store's tokens."""
    manifest = json.loads((index_copy / "manifest.json").read_text())
    for path in index_copy.glob("lexical-*"):
        shutil.rmtree(path)
    [segment] = manifest.pop("segments")
    manifest["format"] = 2
    manifest["files"] = {"vectors": segment["vectors"], "store": segment["store"],
                         "lexical": {"name": "lexical-000001", "files": {}}}
    (index_copy / "manifest.json").write_text(json.dumps(manifest))
    loaded = QABot.load(index_copy)
    question = "What alternative did Russia offer?"
    assert [h.sentence for h in loaded.ask(question).hits] == [h.sentence for h in bot.ask(question).hits]
    loaded.add_texts({"extra.txt": "The Arctic council met in Oslo. It discussed shipping lanes."})
    assert read_manifest(index_copy)["format"] == 3
    assert QABot.load(index_copy).ask("Where did the Arctic council meet?").hits[0].source == "extra.txt"


def _towns(n: int) -> dict[str, str]:
    return {f"town{i}.txt": f"The council of town {i} approved a budget of {i} million euros. "
            f"The mayor of town {i} welcomed the decision." for i in range(n)}


def test_removing_a_saved_document_leaves_a_tombstone_not_a_rewrite(tmp_path):
    texts = _towns(10)
    texts["harbour.txt"] = "The harbour of Valletta reopened on Thursday after a storm."
    QABot.from_texts(texts).index.save(tmp_path / "idx")
    first_segment = {n: b for n, b in snapshot(tmp_path / "idx").items() if "000001-0" in n}
    bot = QABot.load(tmp_path / "idx")
    assert bot.remove("harbour.txt")
    manifest = read_manifest(tmp_path / "idx")
    assert {n: b for n, b in snapshot(tmp_path / "idx").items() if "000001-0" in n} == first_segment
    assert len(manifest["removed_documents"]) == 1 and manifest["sentences"] == 20
    for reader in (bot, QABot.load(tmp_path / "idx")):
        assert len(reader.index) == 20
        answer = reader.ask("When did the harbour of Valletta reopen?", k=20)
        assert not answer.found and all("Valletta" not in h.sentence for h in answer.hits)
        from qa_bot.lexical import tokenize

        assert not reader.index.lexical().scores(tokenize("Valletta")).any()
        _bm25_matches_one_index_over_everything(reader.index)
    # Re-adding it works, and removing a quarter of the segment rewrites it without the dead rows.
    bot.add_texts({"harbour.txt": "The harbour of Valletta reopened on Friday."})
    assert "Friday" in bot.ask("When did the harbour of Valletta reopen?").hits[0].sentence
    for i in range(3):
        bot.remove(f"town{i}.txt")
    manifest = read_manifest(tmp_path / "idx")
    assert manifest["removed_documents"] == [] and manifest["sentences"] == 15
    assert not any("000001-0" in n for n in index_files(tmp_path / "idx"))
    assert len(QABot.load(tmp_path / "idx").index) == 15


def test_segments_stay_few_however_many_articles_arrive(tmp_path):
    QABot.from_texts(_towns(3)).index.save(tmp_path / "idx")
    bot = QABot.load(tmp_path / "idx")
    for i in range(40):
        bot.add_texts({f"note-{i}.txt": f"Note {i} says the ferry to island {i} runs twice a day."})
    manifest = read_manifest(tmp_path / "idx")
    assert len(manifest["segments"]) <= 6, [s["sentences"] for s in manifest["segments"]]
    ids = [(s["first_id"], s["last_id"]) for s in manifest["segments"]]
    assert all(a[1] < b[0] for a, b in zip(ids, ids[1:]))  # runs of ids, in order
    loaded = QABot.load(tmp_path / "idx")
    assert len(loaded.index) == 46
    assert "island 17" in loaded.ask("How often does the ferry to island 17 run?").hits[0].sentence


def test_documents_added_together_share_one_embedding_of_a_repeated_sentence():
    encoder = CountingEncoder(shared_encoder())
    index = SentenceIndex(encoder.model_id, encoder.dimension)
    results = index.add_documents({"a": "Shared opening line here. Only in the first.",
                                   "b": "Shared opening line here. Only in the second."}, encoder)
    assert results == {"a": ("added", 2), "b": ("added", 2)}
    assert encoder.encoded == 3
    assert len(index) == 4


_ELECTION = ("Fiona Marsh, a primary school teacher, won the Harbour ward by-election on Thursday. "
             "Turnout was 31 per cent, the lowest in the ward for a decade. "
             "Ms Marsh will take her seat at the council meeting on 14 March.")


def test_the_people_a_document_names_are_stored_with_it_not_read_again_at_question_time(index_copy, monkeypatch):
    """"When will Fiona Marsh take her seat?" is answered by "Ms Marsh will take her seat ...",
    read with the full name the story gave. Finding those names in each candidate's text took a
    third of a question's time on a large archive: they are found once, when the story is added."""
    QABot.load(index_copy).add_texts({"election.txt": _ELECTION})
    import sqlite3

    stored = {}
    for store in index_copy.glob("store-*.sqlite"):
        with contextlib.closing(sqlite3.connect(store)) as conn:
            stored.update(conn.execute("SELECT d.name, p.full_names FROM people p JOIN documents d ON d.id = p.doc_id"))
    assert json.loads(stored["election.txt"]) == {"Marsh": "Fiona Marsh"}
    assert json.loads(stored[next(n for n in stored if n != "election.txt")])["Gates"] == "Robert Gates"

    def not_at_question_time(text):
        raise AssertionError("full names read from a document's text while answering")

    import qa_bot.index
    import qa_bot.retriever
    import qa_bot.speakers

    loaded = QABot.load(index_copy)
    for module in (qa_bot.index, qa_bot.retriever, qa_bot.speakers):
        monkeypatch.setattr(module, "full_names", not_at_question_time, raising=False)
    assert "Ms Marsh will take her seat" in loaded.ask("When will Fiona Marsh take her seat?").hits[0].sentence


def test_a_segment_saved_before_people_were_stored_reads_them_from_its_text_until_merged(index_copy):
    """A store written by an earlier version has no people table: its documents' full names are
    read from their texts, and the merge that rewrites the segment stores them."""
    import sqlite3

    from qa_bot.index_files import _file_entry
    from qa_bot.speakers import full_names

    manifest = json.loads((index_copy / "manifest.json").read_text())
    [segment] = manifest["segments"]
    store = index_copy / segment["store"]["name"]
    with contextlib.closing(sqlite3.connect(store)) as conn:
        conn.execute("DROP TABLE people")
    segment["store"] = _file_entry(store)
    (index_copy / "manifest.json").write_text(json.dumps(manifest))

    old = QABot.load(index_copy)
    [seed] = old.index.documents()
    assert old.index.full_names(seed.id) == full_names(old.index.document_text(seed.id))
    assert old.index.full_names(seed.id)["Gates"] == "Robert Gates"
    # As many sentences as the seed article: the two segments merge into one store.
    old.add_texts({"election.txt": " ".join([_ELECTION] * 7)})
    [merged] = read_manifest(index_copy)["segments"]
    with contextlib.closing(sqlite3.connect(index_copy / merged["store"]["name"])) as conn:
        rows = dict(conn.execute("SELECT doc_id, full_names FROM people"))
    assert json.loads(rows[seed.id])["Gates"] == "Robert Gates" and len(rows) == 2
    assert QABot.load(index_copy).index.full_names(seed.id)["Gates"] == "Robert Gates"
