"""Who is speaking in each sentence of a news article.

News quotes rarely name their speaker in the same words a reader asks about: ``“...,” he said.``
follows a sentence that names Robert Gates. This module finds the speaker of quotes and reported
speech (``X said that ...``, ``according to X``), resolves pronouns to the nearest person named
before, and carries a speaker through multi-sentence quotes. It is pattern-based and cheap, so it
runs on every sentence at indexing time.
"""

from __future__ import annotations

import re

_SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stressed|stresses|stressing|noted|notes|noting|"
    "reminded|reminds|warned|warns|warning|argued|argues|explained|explains|insisted|insists|"
    "stated|states|declared|declares|announced|announces|asked|asks|replied|replies|claimed|"
    "claims|emphasized|emphasised|emphasizes|emphasises|emphasizing|emphasising|urged|urges|"
    "suggested|suggests|admitted|admits|acknowledged|acknowledges|wrote|writes|commented|"
    "comments|concluded|recalled|recalls|saying|telling|adding|insisting|arguing|explaining|"
    "tweeted|posted|testified|predicted|promised|vowed|denied|confirmed|assured|assuring"
)
_VERB = rf"(?:{_SPEECH_VERBS})"
_PRONOUNS = {"he", "she", "they", "we", "i", "him", "her"}
_NAME_TOKEN = r"(?:[A-Z][\w’'\-]*[a-z][\w’'\-]*|[A-Z]\.)"
_NAME_SPAN = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|de|van|von|bin|al|da|di|le|la))*")
# Words that make a capitalised span a title or an institution, not a person's name.
_NOT_NAME_WORDS = {
    "the", "a", "an", "in", "on", "at", "as", "for", "but", "and", "of", "to", "from", "with",
    "minister", "secretary", "president", "prime", "foreign", "defense", "defence", "state",
    "chancellor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "general", "gen",
    "senator", "governor", "mayor", "chief", "director", "officials", "official", "ministry",
    "department", "house", "white", "kremlin", "government", "treaty", "forces", "army",
    "council", "committee", "union", "nations", "united", "states", "republic", "party",
    "it", "this", "that", "these", "those", "there", "here", "they", "he", "she", "we", "i",
    "despite", "after", "before", "when", "while", "if", "however", "meanwhile", "also",
    "another", "russian", "american", "european", "british", "chinese", "french", "german",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "mr", "mrs", "ms", "dr", "sir", "lord", "lady",
}
_TITLE_WORDS = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "gen", "general", "president", "minister",
                "secretary", "senator", "governor", "mayor", "chancellor", "ambassador", "spokesman",
                "spokeswoman", "spokesperson", "chief", "director", "chairman", "chairwoman", "premier"}
_AFTER_TITLE = re.compile(rf"\b(?:{'|'.join(sorted(_TITLE_WORDS))})\.?,?\s*$")
_OPEN_QUOTES = "“\"‘"
_CLOSE_QUOTES = "”\"’"
_AFTER_QUOTE = re.compile(
    rf"[,.!?…]?[”\"]\s*,?\s*(?:(?P<who>[^.,;:“”\"]{{1,80}}?)\s+{_VERB}\b|{_VERB}\s+(?P<who2>[^.,;:“”\"]{{1,80}}))"
)
_ACCORDING_TO = re.compile(r"\baccording to\s+(?P<who>[^.,;:“”\"]{1,80})")
_REPORTED = re.compile(rf"\b{_VERB}\b")


def _strip_name(span: str) -> str:
    span = re.sub(r"[’']s$", "", span.strip())
    words = span.split()
    # "Saudi Energy Minister Abdulaziz bin Salman": the name is what follows the last title.
    titles = [i for i, w in enumerate(words) if w.lower().rstrip(".,") in _TITLE_WORDS]
    if titles and titles[-1] + 1 < len(words):
        words = words[titles[-1] + 1 :]
    while words and words[0].lower().rstrip(".") in _NOT_NAME_WORDS:
        words.pop(0)
    if not any(re.search(r"[a-z]", w) for w in words):
        return ""  # initials alone ("U.S.") are a country or an agency, not a speaker
    return " ".join(words)


def _person_spans(text: str) -> list[tuple[int, str]]:
    """(offset, name) of the capitalised spans in ``text`` that look like a person's name."""
    found = []
    for m in _NAME_SPAN.finditer(text):
        name = _strip_name(m.group(0))
        words = name.split()
        if not words or any(w.lower().rstrip(".’'s") in _NOT_NAME_WORDS for w in words):
            continue
        # One word is a name only after a title ("Mr Lavrov", "President Putin").
        if len(words) >= 2 or _AFTER_TITLE.search(text[max(0, m.start() - 25) : m.start()].lower()):
            found.append((m.start(), name))
    return found


def _who(phrase: str) -> str | None:
    """A name, a pronoun (lower case), or None, from the words naming a speaker."""
    phrase = phrase.strip()
    if not phrase:
        return None
    first = phrase.split()[0].lower()
    if first in _PRONOUNS:
        return first
    spans = _NAME_SPAN.findall(phrase)
    for span in reversed(spans):
        name = _strip_name(span)
        if name and name.split()[0].lower() not in _PRONOUNS:
            return name
    return None


def _explicit_speaker(sentence: str) -> str | None:
    m = _AFTER_QUOTE.search(sentence)
    if m:
        who = _who(m.group("who") or m.group("who2") or "")
        if who:
            return who
    m = _ACCORDING_TO.search(sentence)
    if m:
        who = _who(m.group("who"))
        if who:
            return who
    # Reported speech or a quote introduced by its speaker: the subject right before the verb.
    for m in _REPORTED.finditer(sentence):
        head = sentence[: m.start()]
        if any(q in head for q in _OPEN_QUOTES) and head.count("“") > head.count("”"):
            continue  # the verb is inside a quotation
        clause = re.split(r"[;:“”\"]|\bthat\b|\bwhile\b|\bbut\b", head)[-1]
        words = clause.split()
        if words and words[-1].lower() in _PRONOUNS:
            return words[-1].lower()
        # The last capitalised span right before the verb, allowing a few adverbs between.
        tail = clause[-80:]
        spans = [s for s in _NAME_SPAN.finditer(tail)]
        if spans:
            last = spans[-1]
            gap = tail[last.end() :].strip(" ,")
            if len(gap.split()) <= 3 and not re.search(r"[A-Z]", gap):
                name = _strip_name(last.group(0))
                if name:
                    return name
    return None


def _is_quote(sentence: str) -> bool:
    return any(q in sentence for q in _OPEN_QUOTES + _CLOSE_QUOTES)


def attribute_speakers(sentences: list[str]) -> list[str | None]:
    """The speaker of each sentence of one document (None where it is nobody's words)."""
    speakers: list[str | None] = [None] * len(sentences)
    people: list[str] = []  # persons named so far, most recent last
    quote_open = False
    open_speaker: str | None = None
    open_from = 0
    for i, sentence in enumerate(sentences):
        who = _explicit_speaker(sentence)
        if who in _PRONOUNS:
            who = people[-1] if people else None
        starts_open = quote_open
        opens = sentence.count("“") - sentence.count("”")
        if sentence.count("“") == 0 and sentence.count("”") == 0:
            opens = 0 if sentence.count('"') % 2 == 0 else (-1 if quote_open else 1)
        if who is None and starts_open:
            who = open_speaker
        elif who is None and i and sentence.lstrip()[:1] in _OPEN_QUOTES and _is_quote(sentences[i - 1]):
            who = speakers[i - 1]  # a quote that goes on after its attribution
        speakers[i] = who
        if who is not None and starts_open:
            # a multi-sentence quote whose speaker is named at its end: give it to all of it
            for j in range(open_from, i):
                if speakers[j] is None:
                    speakers[j] = who
        if opens > 0 and not quote_open:
            quote_open, open_speaker, open_from = True, who, i
        elif opens < 0 or (quote_open and sentence.rstrip().endswith(tuple(_CLOSE_QUOTES))):
            quote_open, open_speaker = False, None
        names = [n for _, n in _person_spans(sentence)]
        if who and who not in names:
            names.append(who)
        people.extend(names)
    return speakers


def name_matches(asked: str, speaker: str | None) -> bool:
    """Whether a name in a question ("Gates", "Sergei Lavrov") refers to this speaker."""
    if not speaker:
        return False
    have = {w.lower().strip(".") for w in speaker.split()}
    want = [w.lower().strip(".") for w in asked.split()]
    # The surname decides; spellings of first names differ between reports (Sergey/Sergei).
    return bool(want) and want[-1] in have
