"""Lexical matching: BM25 over stemmed words, and an IDF-weighted coverage of the question's
words, which unlike BM25 is on an absolute 0..1 scale and so can help decide whether the
documents answer a question at all.

The BM25 index is a list of immutable segments, each the term frequencies of a run of sentence
ids (an inverted index: per term, the rows holding it and how often). Statistics that span the
collection (document frequency, average length) are summed over segments at query time, so the
scores are exactly those of one index over everything, yet adding an article writes only a
segment for its sentences. Small segments are merged as they accumulate (like a binary counter),
keeping their number logarithmic in the index size.

A saved segment is a directory of plain files: ``terms.json`` (the vocabulary, in column order)
and the arrays ``ids.npy`` (sentence id of each row, ascending), ``lengths.npy`` (words per row),
``indptr.npy``, ``rows.npy`` and ``tfs.npy`` (term t's postings are rows/tfs[indptr[t]:indptr[t+1]]),
all memory-mapped on load.
"""

from __future__ import annotations

import json
import math
import re
import threading
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Question words and fillers that say nothing about the topic.
_STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves s t don also said say says tell told according
""".split())
K1, B = 1.2, 0.75  # BM25 (Lucene's variant, as in bm25s and Elasticsearch)


# The formulas, shared by every engine (milvus_index rescores with them), so scores agree.
def bm25_idf(size: int, document_frequency: int) -> float:
    return math.log(1.0 + (size - document_frequency + 0.5) / (document_frequency + 0.5))


def bm25_term(idf: float, tf, length, average_length: float):
    """One word's share of a sentence's BM25 score (numbers or numpy arrays)."""
    return idf * tf / (tf + K1 * (1 - B + B * length / average_length))


def coverage_weight(size: int, document_frequency: int) -> float:
    """A question word's weight in coverage: smoothed so that a word missing from every
    sentence weighs most, and a word in all of them still weighs a little (a one-article index
    has tiny document frequencies)."""
    return math.log(1.0 + (size + 1) / (document_frequency + 0.5))
SEGMENT_FILES = ("terms.json", "ids.npy", "lengths.npy", "indptr.npy", "rows.npy", "tfs.npy")


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def plain_word(word: str) -> str:
    """A word as the lexical index keys it before stemming: lower-cased, without a possessive."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def content_words(text: str) -> list[str]:
    """The words that say what a text is about, lower-cased, unstemmed, in order."""
    return [w for w in map(plain_word, _WORD.findall(text)) if w not in _STOPWORDS]


def written_words(text: str) -> set[str]:
    """A text's words as written, lower-cased, unstemmed, stopwords kept: to tell one form of a
    verb from another ("won" from "win")."""
    return {word.lower() for word in re.findall(r"[A-Za-z]+", text)}


def stem(words: list[str]) -> list[str]:
    return _stemmer().stemWords(words)


def tokenize(text: str) -> list[str]:
    """The words BM25 and coverage match by, stemmed, with the verb a phrasal verb means added,
    the state a negated participle denies ("unhurt": "hurt") and "eat" for someone's prey."""
    words = content_words(text)
    meant = [m for found in _PHRASAL_VERB.finditer(text)
             for m in _MEANING_OF_PHRASAL.get(f"{found['verb'].lower()} {found['particle'].lower()}", ())]
    meant += [m[1] for word in words if (m := _UN_PARTICIPLE.fullmatch(word))]
    meant += ["eat"] * bool(_PREY_EATEN.search(text))
    return stem(words + meant) if meant else stem(words)


# "What do peregrines eat?" is answered by "... when they dive on their prey, which is mostly
# pigeons": the prey of someone is what they eat ("a bird of prey" is no meal).
_PREY_EATEN = re.compile(r"\b(?:their|its|his|her|on|for)\s+prey\b", re.I)


# "Were the cavers hurt?" is answered by "They were cold and hungry but unhurt", "Were the trains
# affected?" by "services were unaffected": the negated participle holds the state asked.
_UN_PARTICIPLE = re.compile(r"un(hurt|known|seen|sold|paid|spoken|written|broken|taken|shaken|[a-z]{3,}ed)")


# Phrasal verbs news writes where a question asks by one word: "The fire broke out at 2am" for
# "When did the fire start?", "took up running" for "started running". Only next to each other
# ("set it up" is left), and only what they mean most often: not "set up" (a company founded, a
# goal made, a committee formed alike).
# Or the noun they make: "What should I do if the boat breaks down?" of "In the event of a breakdown".
_PHRASAL_VERBS = """
break breaks broke broken breaking: out = start; set sets setting: off = start;
break breaks broke broken breaking: down = breakdown; feed feeds fed feeding: on = eat;
take takes took taken taking: up = start; put puts putting: forward = propose; step steps stepped stepping: down = resign;
call calls called calling: off = cancel; pull pulls pulled pulling: out = withdraw;
turn turns turned turning: down = reject refuse; shut shuts shutting: down = close
"""


def _phrasal_verbs() -> dict[str, tuple[str, ...]]:
    meanings: dict[str, tuple[str, ...]] = {}
    for entry in _PHRASAL_VERBS.split(";"):
        forms, rest = entry.split(":")
        particle, meant = (part.split() for part in rest.split("="))
        for form in forms.split():
            meanings[f"{form} {particle[0]}"] = tuple(meant)
    return meanings


_MEANING_OF_PHRASAL = _phrasal_verbs()
# (an adverb or two may stand between: "Ospreys feed almost entirely on fish")
_PHRASAL_VERB = re.compile(r"\b(?P<verb>" + "|".join(sorted({p.split()[0] for p in _MEANING_OF_PHRASAL})) + r")"
                           r"(?:\s+(?:almost|mostly|mainly|largely|only|just|[a-z]+ly))?(?:\s+[a-z]+ly)?"
                           r"\s+(?P<particle>" + "|".join(sorted({p.split()[1] for p in _MEANING_OF_PHRASAL})) + r")\b",
                           re.I)


# Irregular verbs, whose forms the stemmer leaves apart: "When will the host be chosen?" asks
# what "expected to choose the host in 2029" says, "How long did it take?" what "It took her five
# years" does. A form that is as often another word is left out ("found", "left", "saw", "felt",
# "lay", "bore", "ground", "wound", "shot", "meant").
_IRREGULAR_VERBS = """
arise arose arisen; awake awoke awoken; beat beaten; become became; begin began begun; bend bent;
bite bitten; bleed bled; blow blew blown; break broke broken; breed bred; bring brought; build built;
burn burnt; buy bought; catch caught; choose chose chosen; cling clung; come came; creep crept;
deal dealt; dig dug; draw drew drawn; dream dreamt; drink drank drunk; drive drove driven;
eat ate eaten; fall fell fallen; feed fed; fight fought; flee fled; fling flung; fly flew flown;
forbid forbade forbidden; forget forgot forgotten; forgive forgave forgiven; freeze froze frozen;
get got gotten; give gave given; go went gone; grow grew grown; hang hung; hear heard;
hide hid hidden; hold held; keep kept; kneel knelt; know knew known; lead led; lean leant; leap leapt;
learn learnt; lend lent; lose lost; make made; meet met; mistake mistook mistaken; overtake overtook
overtaken; pay paid; ride rode ridden; ring rang rung; rise rose risen; run ran; say said; seek sought;
sell sold; send sent; shake shook shaken; shine shone; shrink shrank shrunk; sing sang sung;
sink sank sunk; sit sat; sleep slept; slide slid; speak spoke spoken; spend spent; spill spilt;
spin spun; steal stole stolen; stick stuck; sting stung; stink stank stunk; strike struck stricken;
strive strove striven; swear swore sworn; sweep swept; swim swam swum; swing swung; take took taken;
teach taught; tear tore torn; tell told; think thought; throw threw thrown; undertake undertook
undertaken; understand understood; wake woke woken; wear wore worn; weep wept; win won;
withdraw withdrew withdrawn; write wrote written; rebuild rebuilt; rewrite rewrote rewritten; remake remade;
retake retook retaken; rerun reran; repay repaid; rethink rethought; undergo underwent undergone;
overcome overcame; mislead misled; foresee foresaw foreseen
"""


# Nouns the stemmer keeps apart from their verbs: "Was anyone injured?" is answered by "There
# were no reports of injuries" ("injur", "injuri"). Only pairs a news question and its answer
# often split between them, and none that cost the dev sets under cross-validation: "die death",
# "recover recovery" withheld right SQuAD answers; "fly flight", "discover discovery" (and less,
# "sell sale", "lose loss", "agree agreement") lowered refitted weights' Recall@1 on held-out
# articles (tools/fit_scoring.py --refit-weights).
_NOUNS_OF_VERBS = """
injure injury; marry marriage; bury burial; succeed success; grow growth; fail failure;
depart departure; choose choice; destroy destruction; decide decision; explode explosion;
deliver delivery; refuse refusal; propose proposal; survive survival; withdraw withdrawal; oppose opposition;
complain complaint; arrive arrival; approve approval; close closure; discover discovery; resign resignation;
appoint appointment; announce announcement; invest investment; pay payment; evacuate evacuation;
investigate investigation; complete completion; restore restoration; collide collision; inspect inspection;
suspend suspension; recover recovery; donate donation; renovate renovation; expand expansion; apply application;
divert diversion; install installation; score scorer; enter entry entrant; convert conversion;
extend extension; demolish demolition; reduce reduction; protect protection
"""


# Words news uses for one thing: "What is the fine for not paying?" is answered by "Drivers who
# fail to pay face a penalty of £120", which word vectors put no nearer "fine" than "charge".
_SAME_THING = """
fine penalty; angler angling; eat diet
"""


# Plurals the stemmer splits from their singular ("buses" is "buse", "bus" is "bus"): "Who runs the
# buses?" of "... bus routes ..., the operator Coastal Coaches".
_PLURALS_SPLIT = """
bus buses; gas gases; lens lenses; canvas canvases
"""


@lru_cache(maxsize=1)
def _forms_of_words() -> dict[str, tuple[str, ...]]:
    """Each stemmed form's family; families that share a form ("choose chose", "choose choice") are one."""
    families: list[set[str]] = []
    for line in (_IRREGULAR_VERBS + ";" + _NOUNS_OF_VERBS + ";" + _SAME_THING + ";" + _PLURALS_SPLIT).split(";"):
        forms = set(stem(line.split()))
        joined = [f for f in families if f & forms]
        for family in joined:
            forms |= family
            families.remove(family)
        families.append(forms)
    return {form: tuple(sorted(family)) for family in families for form in family}


@lru_cache(maxsize=1)
def _irregular_past_forms() -> dict[str, tuple[str, ...]]:
    return {verb: tuple(forms) for verb, *forms in (line.split() for line in _IRREGULAR_VERBS.split(";"))}


def past_forms(verb: str) -> tuple[str, ...]:
    """An irregular verb's past forms as written ("win": "won"; "take": "took", "taken"), none for
    a regular one."""
    return _irregular_past_forms().get(verb.lower(), ())


def is_past_form(word: str) -> bool:
    """Whether a word as written may be a verb's past form: "opened", "seen", "held"."""
    word = word.lower()
    return word.endswith("ed") or word in _BASE_OF_PAST or \
        any(word in forms for forms in _irregular_past_forms().values())


def done_forms(verb: str) -> set[str]:
    """A verb's past forms as written, regular ("open": "opened"; "close": "closed") or irregular
    ("win": "won"), to tell a deed done from the same verb to come."""
    return {verb + "ed", *((verb + "d",) if verb.endswith("e") else ()), *past_forms(verb)}


# Past forms that are as often another word ("found" a firm, "left" wing, "felt" hats) join their
# verb one way: "What did the ecologists find?" looks for "found", "When was it founded?" never
# for "find". Stemmed: "leave" is "leav".
_PAST_OF_BASE = {"find": ("found",), "leav": ("left",), "see": ("saw", "seen"), "feel": ("felt",)}
_BASE_OF_PAST = {past: base for base, pasts in _PAST_OF_BASE.items() for past in pasts}


def word_forms(token: str, written: bool = False) -> tuple[str, ...]:
    """A stemmed word with its other forms ("took": "take", "took", "taken"; "injured":
    "injuries"), itself first; a saved index keeps each form as written, so a question's word
    finds them all at query time. ``written``: the forms a sentence's word stands for, which
    for "found" is "find" but not the other way round (_PAST_OF_BASE)."""
    forms = _forms_of_words().get(token)
    one_way = ((_BASE_OF_PAST[token],) if token in _BASE_OF_PAST else ()) if written else \
        _PAST_OF_BASE.get(token, ())
    return (token, *(f for f in forms or () if f != token), *one_way)


class Segment:
    """The inverted index of one run of sentences. ``directory`` is None until it is saved."""

    def __init__(self, terms: list[str], ids: np.ndarray, lengths: np.ndarray, indptr: np.ndarray,
                 rows: np.ndarray, tfs: np.ndarray, directory: Path | None = None) -> None:
        self.terms = terms
        self.columns = {t: i for i, t in enumerate(terms)}
        self.ids, self.lengths, self.indptr, self.rows, self.tfs = ids, lengths, indptr, rows, tfs
        self.directory = directory

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def first_id(self) -> int:
        return int(self.ids[0])

    @property
    def last_id(self) -> int:
        return int(self.ids[-1])

    @classmethod
    def build(cls, rows: Iterable[tuple[int, list[str]]]) -> "Segment":
        """From (sentence id, tokens) in ascending id order."""
        columns: dict[str, int] = {}
        ids, lengths, term_of, row_of = [], [], [], []
        for row, (sentence_id, tokens) in enumerate(rows):
            ids.append(sentence_id)
            lengths.append(len(tokens))
            for token in tokens:
                term_of.append(columns.setdefault(token, len(columns)))
            row_of.extend([row] * len(tokens))
        terms = list(columns)
        pairs = np.unique(np.array(term_of, dtype=np.int64) * max(1, len(ids)) + np.array(row_of, dtype=np.int64),
                          return_counts=True)
        keys, counts = pairs
        term = keys // max(1, len(ids))
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(term, minlength=len(terms)), out=indptr[1:])
        return cls(terms, np.array(ids, dtype=np.int64), np.array(lengths, dtype=np.int32), indptr,
                   (keys % max(1, len(ids))).astype(np.int32), counts.astype(np.int32))

    def postings(self, token: str) -> tuple[np.ndarray, np.ndarray]:
        column = self.columns.get(token)
        if column is None:
            return _NO_ROWS, _NO_ROWS
        a, b = self.indptr[column], self.indptr[column + 1]
        return self.rows[a:b], self.tfs[a:b]

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "terms.json").write_text(json.dumps(self.terms, ensure_ascii=False), encoding="utf-8")
        for name in ("ids", "lengths", "indptr", "rows", "tfs"):
            np.save(directory / f"{name}.npy", np.ascontiguousarray(getattr(self, name)), allow_pickle=False)
        self.directory = directory

    @classmethod
    def load(cls, directory: Path) -> "Segment":
        terms = json.loads((directory / "terms.json").read_text(encoding="utf-8"))
        # numpy reads an .npy header with ast.literal_eval, whose parser in CPython 3.11 keeps its
        # recursion depth in state shared by threads: two chats loading a segment at once raised
        # "SystemError: AST constructor recursion depth mismatch" (python/cpython#106905).
        with _NPY_LOAD_LOCK:
            arrays = [np.load(directory / f"{name}.npy", mmap_mode="r", allow_pickle=False)
                      for name in ("ids", "lengths", "indptr", "rows", "tfs")]
        return cls(terms, *arrays, directory=directory)


_NO_ROWS = np.empty(0, dtype=np.int32)
_NPY_LOAD_LOCK = threading.Lock()


class LexicalIndex:
    """BM25 scores and IDF coverage over the rows of its segments, in order; row i is the
    sentence with id ``row_ids[i]``. Rows of ``removed_ids`` (documents removed since their
    segment was written) count nowhere: not in frequencies, lengths or scores."""

    def __init__(self, segments: list[Segment], removed_ids: np.ndarray | None = None) -> None:
        self.segments = [s for s in segments if len(s)]
        self.offsets = np.cumsum([0] + [len(s) for s in self.segments])
        self._removed = np.sort(np.asarray(removed_ids if removed_ids is not None else [], dtype=np.int64))
        removed_length = 0
        for segment in self.segments if len(self._removed) else []:
            rows = np.searchsorted(segment.ids, self._removed)
            rows = rows[(rows < len(segment)) & (segment.ids[np.minimum(rows, len(segment) - 1)] == self._removed)]
            removed_length += int(np.sum(segment.lengths[rows], dtype=np.int64))
        self.size = int(self.offsets[-1]) - len(self._removed)
        total_length = sum(int(np.sum(s.lengths, dtype=np.int64)) for s in self.segments) - removed_length
        self.average_length = total_length / self.size if self.size > 0 else 0.0

    @classmethod
    def build(cls, rows: Iterable[tuple[int, list[str]]]) -> "LexicalIndex":
        return cls([Segment.build(rows)])

    @cached_property
    def row_ids(self) -> np.ndarray:
        if not self.segments:
            return np.empty(0, dtype=np.int64)
        return np.concatenate([s.ids for s in self.segments])

    def row_of(self, sentence_ids: list[int]) -> np.ndarray:
        return np.searchsorted(self.row_ids, np.asarray(sentence_ids, dtype=np.int64))

    def _postings(self, token: str) -> tuple[list[tuple[int, Segment, np.ndarray, np.ndarray]], int]:
        """The rows holding ``token`` in any of its forms (word_forms), per segment, a row's
        forms counted together; and its document frequency, each form's rows counted apart, as a
        Milvus index can count them from its stored counts ("took" in the title and "take" in
        the sentence count twice). One lookup of each form serves both."""
        out, frequency = [], 0
        for offset, segment in zip(self.offsets, self.segments):
            found = [self._live(segment, *segment.postings(form)) for form in word_forms(token)]
            frequency += sum(len(r) for r, _ in found)
            rows, tfs = found[0]
            if len(found) > 1:
                rows, where = np.unique(np.concatenate([r for r, _ in found]), return_inverse=True)
                tfs = np.bincount(where, weights=np.concatenate([t for _, t in found])).astype(tfs.dtype)
            if len(rows):
                out.append((int(offset), segment, rows, tfs))
        return out, frequency

    def _live(self, segment: Segment, rows: np.ndarray, tfs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if len(rows) and len(self._removed):
            live = ~np.isin(segment.ids[rows], self._removed)
            return rows[live], tfs[live]
        return rows, tfs

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        out = np.zeros(int(self.offsets[-1]), dtype=np.float32)
        for token in query_tokens:
            postings, df = self._postings(token)
            if not df:
                continue
            idf = bm25_idf(self.size, df)
            for offset, segment, rows, tfs in postings:
                term = bm25_term(idf, tfs.astype(np.float32), segment.lengths[rows], self.average_length)
                out[offset + rows] += term.astype(np.float32)
        return out

    def document_frequency(self, token: str) -> int:
        """Rows holding the word, each form's counted apart (see _postings)."""
        return self._postings(token)[1]

    def coverage(self, query_tokens: list[str], rows: np.ndarray) -> np.ndarray:
        """Share of the question's IDF weight that each row's words cover."""
        rows = np.asarray(rows, dtype=np.int64)
        found = [self._postings(t) for t in dict.fromkeys(query_tokens)]  # once per word
        postings = [p for p, _ in found]
        weights = [coverage_weight(self.size, df) for _, df in found]
        total = sum(weights)
        covered = np.zeros(len(rows), dtype=np.float64)
        if self.size <= 0 or total == 0:
            return covered.astype(np.float32)
        # A segment's postings are sorted rows: the few candidates are looked up in them, not
        # the postings (100,000s for a common word in a 1M index) sorted against the candidates.
        for token_postings, weight in zip(postings, weights):
            for offset, _, segment_rows, _ in token_postings:
                local = rows - offset  # another segment's rows fall outside 0..len(segment)-1
                at = np.minimum(np.searchsorted(segment_rows, local), len(segment_rows) - 1)
                covered += weight * (segment_rows[at] == local)
        return (covered / total).astype(np.float32)


def plan_merges(sizes: list[int]) -> int:
    """How many of the last segments to merge into one: while the newest is at least half the
    size of the one before, they merge, so sizes shrink geometrically and their count stays
    logarithmic, while each sentence is rewritten O(log n) times over its life."""
    count, merged = 1, sizes[-1] if sizes else 0
    while count < len(sizes) and 2 * merged >= sizes[-count - 1]:
        merged += sizes[-count - 1]
        count += 1
    return count
