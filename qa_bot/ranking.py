"""How candidate sentences are scored, and how sure we are that the best one answers.

Each candidate gets a few signals (FEATURES); its score is their weighted sum. The weights and
the "not found" calibration are fitted on the dev sets by `tools/fit_scoring.py` and shipped in
`data/scoring.json`, so refitting never means editing code.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

FEATURES = ("dense", "lexical", "coverage", "speaker", "answer_type", "lead", "length", "previous", "definition")
LENGTH_SATURATION = 40  # words; past this a sentence is no more likely to hold an answer

_DATE_WORDS = re.compile(
    r"\b(1\d{3}|20\d{2})s?\b|\b(January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(century|decade|yesterday|today|tomorrow|year|years|ago)\b", re.I)
_NUMBER_WORDS = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|percent)\b", re.I)
# A name is two or more capitalised words not at the very start of the sentence.
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)+")


def answer_type(question: str) -> str | None:
    """What kind of answer the question wants: "date", "number", "person", or None."""
    q = question.lower().lstrip()
    if re.match(r"(when|what year|in what year|which year|what date|what century|in which year|"
                 r"during which|what decade|what time)\b", q):
        return "date"
    if re.search(r"\bhow (many|much|long|old|far|large|big|tall|high|often)\b|"
                 r"\bwhat (percentage|percent|number|amount|proportion)\b", q):
        return "number"
    if re.match(r"(who|whom|whose)\b", q):
        return "person"
    return None


# "X is a ...", "X was the ...": an encyclopedia entry's opening definition, within its first words.
_DEFINITION = re.compile(r"^\S+(?:\s+\S+){0,11}?\s+(?:is|are|was|were)\s+(?:a|an|the|one)\s", re.IGNORECASE)


def is_definition(sentence: str) -> bool:
    """Whether a sentence defines its subject. A document that opens with one (an encyclopedia
    entry) answers "what is X" with it; a news story's lead ("The bridge opened on Sunday ...")
    is no such answer to the story's detail questions, so the lead prior applies to definitions."""
    return bool(_DEFINITION.match(sentence))


def length_signal(sentence: str) -> float:
    """Longer sentences hold more facts; a two-word fragment rarely answers anything."""
    return min(len(sentence.split()), LENGTH_SATURATION) / LENGTH_SATURATION


def matches_answer_type(kind: str | None, sentence: str) -> bool:
    if kind == "date":
        return bool(_DATE_WORDS.search(sentence))
    if kind == "number":
        return bool(_NUMBER_WORDS.search(sentence))
    if kind == "person":
        return bool(_NAME.search(sentence))
    return False


@dataclass(frozen=True)
class Scoring:
    """Weights of the signals and the calibration of "found"."""

    weights: dict[str, float] = field(default_factory=lambda: {
        "dense": 1.0, "lexical": 0.35, "coverage": 0.25, "speaker": 0.25, "answer_type": 0.0, "lead": 0.0,
        "length": 0.0})
    # confidence = sigmoid(bias + sum(coef[f] * top candidate's f)), over CONFIDENCE_FEATURES
    confidence_bias: float = -4.0
    confidence_coef: dict[str, float] = field(default_factory=lambda: {"dense": 6.0, "coverage": 4.0})
    min_confidence: float = 0.5
    candidates: int = 50
    context_before: int = 1
    context_after: int = 1

    def score(self, features: dict[str, float]) -> float:
        return sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def confidence(self, features: dict[str, float]) -> float:
        z = self.confidence_bias + sum(c * features.get(name, 0.0) for name, c in self.confidence_coef.items())
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict:
        return {"weights": self.weights, "confidence_bias": self.confidence_bias,
                "confidence_coef": self.confidence_coef, "min_confidence": self.min_confidence,
                "candidates": self.candidates}


@lru_cache(maxsize=1)
def shipped_scoring() -> Scoring:
    """The fitted scoring shipped with the package (defaults if the file is absent)."""
    try:
        data = json.loads(resources.files("qa_bot").joinpath("data/scoring.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Scoring()
    known = {k: data[k] for k in ("weights", "confidence_bias", "confidence_coef", "min_confidence", "candidates")
             if k in data}
    return Scoring(**known)
