"""Split text into sentences that keep their character offsets into the original text.

pysbd does the hard part (abbreviations, initials, decimals, quotes); this module only cuts the
text into blocks first (so a heading or a paragraph never runs into the next one) and maps every
sentence back to exact offsets, so ``text[s.start:s.end] == s.text`` always holds.

A block that is structure rather than prose is not a sentence: a headline or heading (one short
line with no sentence-final punctuation, a short question alone on its line before any prose, or
a Markdown ``#`` line), a byline ("By Ingrid Solheim") and a prompt to the reader ("Read the full
report on our website.") stay in the text, as context, but never become an answer. A question
alone on its line after the first prose (an interview's, an FAQ's) is a sentence, so that it can
be found, but the retriever answers with what follows it. A list item is a sentence of its
own without its marker, but a list of short items (names, phrases) is one sentence with the
line that introduces it ("The branches that close are:"), as the answer to "Which ...?". A text
made only of such lines keeps them all as sentences. Whom a notice is for ("To: All customers in
...") and who issued it ("Issued by Southvale Water on 3 December 2026") are sentences wherever
they stand. A letter's signature (short lines after the last prose that open with a name) is one
sentence, and a label alone on its line ("Media contact:") goes with the line under it. A fact
line ("Headteacher: Mr Rajesh Kapoor") is a sentence after the last prose or among others like it
(a fact box); alone elsewhere it may be a heading ("Analysis: What comes next") and stays one.
A match's result alone on its line under a report's headline ("City 3-2 United") is a sentence,
the report's first: it answers "What was the score?".

A line break inside a paragraph only wraps a sentence when the line ends mid-sentence and the
next starts in lower case, or when the text is hard-wrapped (an e-mail, a press release: its
long lines at most 100 characters wide) and the line reaches that width, or when the source put a
formula's subscript on a line of its own ("carbon dioxide (CO" / "2)."). Windows line ends too.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

# Beyond this a block is cut at whitespace before pysbd sees it: its regexes are super-linear on
# some inputs, and no real paragraph is this long.
_MAX_BLOCK_CHARS = 5_000

# A newline ends a block unless it only wraps a sentence: previous line ends mid-sentence
# (a letter, digit or comma) and the next line starts in lower case.
_SOFT_WRAP = re.compile(r"[a-z0-9,;:\-][ \t]*\n[ \t]*[a-z]")
# A text whose long lines are at most this wide is hard-wrapped; a line at least this share of the
# width was wrapped, not ended (shorter lines end a paragraph, a heading or an address line).
_MAX_WRAP_WIDTH = 100
_WRAPPED_SHARE = 0.7
# Structure, not prose: a heading line, or a byline / credit line.
_HEADING_MAX_WORDS = 16
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’)\]]*$")
_BYLINE = re.compile(r"^(?:by|written by|reporting by|words by|photo(?:graph)?s?(?: by)?|image|credit|source|"
                     r"published|updated|posted)\b[\s:]", re.IGNORECASE)
# The page talking to its reader, not news ("Read the full budget on the council website.", "Follow
# us on X.", "Sign up for our newsletter."), on its own line or closing a paragraph.
_CALL_TO_ACTION = re.compile(r"^(?:read (?:the full|the whole|more(?::| about| at| on| here)|our)|"
                             r"click (?:here|on|to)|tap (?:here|to)|"
                             r"subscribe (?:to|for|here|now)|follow (?:us|our|the latest)|sign up|"
                             r"download (?:the|our)|share (?:this|your)|visit (?:our|the \w+ website)|see also)\b",
                             re.IGNORECASE)
# A chemical formula ending a line ("CO", "(O", "Al") and the subscript that starts the next ("2",
# "2O", "2)."), which no list item looks like ("2. ", "2) ").
_FORMULA_END = re.compile(r"(?:^|[\s(])\d*(?:[A-Z][a-z]?\d*){1,3}$")
_SUBSCRIPT_START = re.compile(r"\d{1,2}(?!\d|[.)][ \t]+\S)")
# What a section heading looks like; not a line a broken formula left behind ("Trioxygen (O").
_HEADING_WORDS = re.compile(r"^[\"“‘']?[A-Z0-9][^()\[\]]*[^\W\d_]{2}\??$")  # '"The Tempest" at the Playhouse' too
# One question alone on its line (not a quotation: "“Why pay?” she asked." is someone's words).
_LONE_QUESTION = re.compile(r"^[^\"“‘'][^.!?]*\?[)\]]*$")
# A signature: a name alone on its line ("Richard Osei", "Dr Ana-María Ruiz") or with its post
# ("Mrs Helen Grant, headteacher"), and the lines under it that give the post and the date.
_NAME_LINE = re.compile(r"^(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms)\.? )?[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)?"
                        r"(?: [A-Z]\.)?(?: [A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)?){1,2}(?:, [^,\n]{1,60})?$")
_SIGN_OFF_MAX_LINES = 3
# A notice's "Signed" (or "Signed by:") alone on its line above the signature.
_SIGNED_LINE = re.compile(r"^Signed(?: by)?:?$", re.IGNORECASE)
# A label alone on its line, for the line under it: "Media contact:", "For more information:".
LABEL_LINE = re.compile(r"^[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}:$")
# A fact given as a label and its value on a line of its own ("Headteacher: Mr Rajesh Kapoor",
# "Population: 12,400"): a report's or a fact box's, not a headline ("Storm Isolde: live updates").
_FACT_LINE = re.compile(r"^[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}:[ \t]+[A-Z0-9£$€+][^\n]*$")
# ... its value in lower case too ("Blue bin: paper and cardboard") among others like it, where no
# headline stands.
_FACT_BOX_LINE = re.compile(r"^[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}:[ \t]+[\w£$€+][^\n]*$")
# Whom a notice or a memo is for or from, and who issued it ("Issued by Southvale Water on 3
# December 2026"): facts on a line of their own, never a heading.
_ADDRESS_LABEL = re.compile(r"(?:To|From|Cc|Attn|Attention|For the attention of)[ \t]*:", re.IGNORECASE)
_ISSUED_LINE = re.compile(r"^(?:Issued|Sent|Distributed)[ \t]+(?:by|on)[ \t]+\S")
# When, alone ("Issued 12 March 2026"): a fact line, read as one where such lines are (see
# _with_fact_lines); above a notice's first words it is a dateline.
_ISSUED_DATED = re.compile(r"^(?:Issued|Sent|Distributed|Dated)[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}\b")
# How to reach someone, on a line of its own ("Freephone 0800 612 4490, Monday to Saturday",
# "Email recall@brightwell-home.co.uk"): a fact no heading holds.
_CONTACT_LINE = re.compile(r"(?<![\w.])(?:\+?\d[\d \t()-]{7,}\d)(?![\w.])|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_LINE_MAX = 200  # characters: longer is prose anyway, and a spaceless run would cost the pattern dear
# A match's result on a line of its own, under a report's headline: "City 3-2 United".
_SCORE_LINE = re.compile(r"^(?:[A-Z][\w.'’&-]*[ \t]+){1,4}\d{1,3}[ \t]*[-–][ \t]*\d{1,3}"
                         r"(?:[ \t]+[A-Z][\w.'’&-]*){1,4}$")
# A list read with the sentence that introduces it: at most this many items of at most this many words.
_INTRODUCED_MAX_ITEMS = 12
_INTRODUCED_ITEM_MAX_WORDS = 6
_LIST_MARKER = re.compile(r"(?:[-•*▪◦+]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]+")
_LINE_BREAKS_AS_SPACES = str.maketrans("\r\n", "  ")  # same length: offsets carry over
_FALLBACK_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def _wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text (an e-mail, a press release, a 72-column .txt) was wrapped
    at, or None when its paragraphs are lines of their own (then a line break means a break)."""
    lengths = sorted(len(line.rstrip()) for line in text.splitlines() if len(line.strip()) > 40)
    if len(lengths) < 3:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    return width if width <= _MAX_WRAP_WIDTH else None


def _blocks(text: str) -> list[tuple[int, int]]:
    """Character ranges of the text's paragraphs and lines, without surrounding whitespace."""
    width = _wrap_width(text)
    cuts = [0]
    line_start = 0
    for m in re.finditer(r"\n", text):
        i = m.start()
        line = text[line_start:i].rstrip()
        next_break = text.find("\n", i + 1)
        following = text[i + 1 : next_break if next_break >= 0 else len(text)]
        line_start = i + 1
        if not following.strip():
            cuts.append(i + 1)  # a blank line ends a paragraph
            continue
        soft = bool(_SOFT_WRAP.match(line[-1:] + "\n" + following[:40])) if line else False
        # "carbon dioxide (CO\n2) ...": a formula's subscript put on a line of its own by the
        # source goes on in the same sentence; otherwise the line before looks like a heading.
        soft = soft or bool(_FORMULA_END.search(line) and _SUBSCRIPT_START.match(following.lstrip()))
        # In a hard-wrapped text a line that reaches the wrap width goes on in the next one,
        # whatever that starts with ("... for the\nRjukan power station"); a list item never.
        wrapped = width is not None and len(line) >= _WRAPPED_SHARE * width and not _LIST_MARKER.match(following.lstrip())
        # "Media contact:" / "Laura Chen, press@...": a label is read with the line it labels.
        labelled = bool(LABEL_LINE.match(line)) and not _LIST_MARKER.match(following.lstrip())
        if not (soft or wrapped or labelled):
            cuts.append(i + 1)
    cuts.append(len(text))
    ranges = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            ranges.extend(_bounded(text, a, b))
    return ranges


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long block at whitespace (after a full stop where one is near)."""
    out = []
    while end - start > _MAX_BLOCK_CHARS:
        limit = start + _MAX_BLOCK_CHARS
        cut = max(text.rfind(". ", start, limit) + 1, text.rfind(" ", start, limit))
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


def _locate(text: str, start: int, end: int, pieces: list[str]) -> list[Sentence] | None:
    """Map segmenter output back onto text[start:end]; None if it does not fit exactly.

    The segmenter saw the block with newlines as spaces (same length), so offsets carry over.
    """
    block = text[start:end].translate(_LINE_BREAKS_AS_SPACES)
    out = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = block.find(piece, cursor)
        if at < 0 or block[cursor:at].strip():
            return None
        out.append(Sentence(text[start + at : start + at + len(piece)], start + at, start + at + len(piece)))
        cursor = at + len(piece)
    if block[cursor:].strip():
        return None
    return out


def _fallback(text: str, start: int, end: int) -> list[Sentence]:
    out = []
    cursor = start
    for m in _FALLBACK_SPLIT.finditer(text, start, end):
        piece_end = m.start() + len(m.group(0).rstrip())
        out.append(Sentence(text[cursor:piece_end], cursor, piece_end))
        cursor = m.end()
    if cursor < end:
        out.append(Sentence(text[cursor:end], cursor, end))
    return [s for s in out if s.text.strip()]


def _is_contact(block: str) -> bool:
    """A line of how to reach someone: an email address or a phone number in it."""
    return len(block) <= _CONTACT_LINE_MAX and \
        any("@" in m.group(0) or sum(c.isdigit() for c in m.group(0)) >= 9 for m in _CONTACT_LINE.finditer(block))


def _is_structure(block: str) -> bool:
    """A heading, headline or byline: a line of the text that is not prose."""
    if "\n" in block or _SCORE_LINE.match(block) or _ISSUED_LINE.match(block):
        return False
    if _is_contact(block):
        return False
    if block.startswith("#") or _BYLINE.match(block) and len(block.split()) <= _HEADING_MAX_WORDS:
        return True
    if _LONE_QUESTION.match(block) and len(block.split()) <= _HEADING_MAX_WORDS:
        return True  # "Why did the bridge cost more?": a subheading or an FAQ's question, never an answer
    return len(block.split()) <= _HEADING_MAX_WORDS and not _SENTENCE_END.search(block)


def _is_prose(block: str) -> bool:
    """A block of the text's own words: a list item, or anything that is not structure."""
    return bool(_LIST_MARKER.match(block)) or not _is_structure(block)


def leading_headings(text: str) -> list[str]:
    """The lines a text opens with before its first prose: a label, a byline, a headline. Read
    as the text is, so the first line of a hard-wrapped paragraph is no headline."""
    head = text[:3000]
    lines = []
    for start, end in _blocks(head):
        block = head[start:end]
        if _is_prose(block):
            break
        lines.append(block)
    return lines


def section_headings(text: str) -> list[tuple[int, str]]:
    """(offset, words) of each heading after a text's first prose ("## Tickets", an HTML <h2>):
    what the sentences up to the next one are about, as the title is for all of them. Bylines
    are no headings, and a text of headings alone has none."""
    headings: list[tuple[int, str]] = []
    prose_seen = False
    # A list item is prose, but a report's numbered heading ("4. What the school needs to improve",
    # then a paragraph) is a heading, as split_sentences reads it.
    spans = list(_blocks(text))
    blocks, listed = [], set()
    for start, end in spans:
        marker = _LIST_MARKER.match(text, start, end)
        if marker and marker.end() < end:
            listed.add(len(blocks))
            blocks.append((marker.end(), end, False))
        else:
            blocks.append((start, end, not _is_prose(text[start:end])))
    blocks = _with_fact_lines(text, _with_numbered_headings(text, blocks, listed))
    for (start, end), (words_start, _, structure) in zip(spans, blocks):
        block = text[start:end]
        if (titled := _inline_title(text, start, end)) is not None:
            headings.append((titled.start("title"), titled["title"]))
        if not structure:
            prose_seen = True
        elif prose_seen and not _BYLINE.match(block):
            words = text[words_start:end].lstrip("#").strip()
            if _HEADING_WORDS.match(words) and len(words.split()) <= 10:
                headings.append((start, words))
    return headings


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each with offsets into ``text`` exactly as given; the
    text's headings and bylines are left out (see the module docstring)."""
    blocks = []
    listed: set[int] = set()  # which blocks are list items
    prose_seen = False
    for start, end in _blocks(text):
        marker = _LIST_MARKER.match(text, start, end)
        if marker and marker.end() < end:
            item = marker.end()
            if (titled := _inline_title(text, start, end)) is not None:  # "5. New boat. The captain ..."
                blocks.append((titled.start("title"), titled.end("title") + 1, True))
                item = titled.end()
            listed.add(len(blocks))
            blocks.append((item, end, False))
        else:
            block = text[start:end]
            # After the lead, a question alone on its line is an interview's or an FAQ's question
            # (or an explainer's subheading): kept, so that it finds its answer, the sentence
            # after it (QABot reads on from a question, never answers with one).
            asked = prose_seen and _LONE_QUESTION.match(block) is not None and not block.startswith("#")
            blocks.append((start, end, _is_structure(block) and not asked))
        prose_seen = prose_seen or not blocks[-1][2]
    if all(structure for _, _, structure in blocks):
        blocks = [(start, end, False) for start, end, _ in blocks]
    blocks = _with_numbered_headings(text, blocks, listed)
    blocks = _with_sign_off(text, _with_fact_lines(text, _with_lists_introduced(text, blocks, listed)))
    sentences: list[Sentence] = []
    for start, end, structure in blocks:
        if structure:
            continue
        try:
            # The processor's sentences, without pysbd's own mapping back onto the text (a regex
            # compiled per sentence: 40% of its time), which _locate does with str.find.
            pieces = _segmenter().processor(text[start:end].translate(_LINE_BREAKS_AS_SPACES)).process()
        except Exception:  # pysbd has crashed on odd input; a regex split is better than none
            pieces = None
        located = _locate(text, start, end, pieces) if pieces is not None else None
        sentences.extend(s for s in _rejoined(text, located if located is not None else _fallback(text, start, end))
                         if not _is_call_to_action(s.text))
    return sentences


_NUMBERED = re.compile(r"\(?\d{1,3}[.)][ \t]+")
_NUMBERED_HEADING_MAX_WORDS = 6
# Minutes' numbered item opening on its title, run into its paragraph: "5. New boat. The captain,
# Ravi Bhatt, proposed ...". Not a short sentence ("3. The motion fell. ..."): no opening article
# or pronoun, no verb's "-ed", no "is", "was" ..., nor an abbreviation ("Dr.") before the full stop.
_INLINE_TITLE = re.compile(r"\(?\d{1,3}[.)][ \t]+(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|"
                           r"There|Our|His|Her|Their|Its|My|Your)\b)"
                           r"(?P<title>[A-Z][\w'’&-]*(?:[ \t]+[\w'’&-]+){0,4}?)\.[ \t]+"
                           r"(?=[\"“‘']?[A-Z])")
_NOT_IN_TITLE = re.compile(r"\b(?:\w+ed|is|are|was|were|has|have|had|will|would|can|could|did|does|do|"
                           r"Dr|Mr|Mrs|Ms|St|No|Prof|Mt|Jr|Sr)\b")


def _inline_title(text: str, start: int, end: int) -> re.Match | None:
    """The title a numbered item opens on before its paragraph (see _INLINE_TITLE), or None."""
    m = _INLINE_TITLE.match(text, start, end)
    return m if m is not None and not _NOT_IN_TITLE.search(m["title"]) else None


def _with_numbered_headings(text: str, blocks: list[tuple[int, int, bool]],
                            listed: set[int]) -> list[tuple[int, int, bool]]:
    """Minutes' and reports' numbered section headings ("2. Treasurer's report", then a
    paragraph) as structure: a short numbered item without a sentence's end, with no list item
    next to it and prose after it. A list's items stand together."""
    out = list(blocks)
    for i in listed:
        start, end, _ = blocks[i]
        item = text[start:end]
        numbered = _NUMBERED.search(text, max(0, start - 8), start)
        if numbered is None or numbered.end() != start or i + 1 >= len(blocks) or {i - 1, i + 1} & listed:
            continue
        if len(item.split()) <= _NUMBERED_HEADING_MAX_WORDS and not _SENTENCE_END.search(item) and \
                not blocks[i + 1][2]:
            out[i] = (start, end, True)
    return out


# A lone capital's full stop that ends a sentence, which pysbd reads as an initial: "Officers
# recommend option B. They expect ..." (an initial is never followed by "They", "The", "It" ...),
# after a word in lower case (not an interview's label, "A. On average ...", nor "John F. Kennedy").
_LETTER_ENDING = re.compile(r"(?<=[a-z] )[A-Z]\.(?=\s+(?:The|They|It|He|She|We|This|These|Those|There|Its|Their|"
                            r"His|Her|Our|But|In|On|At|An?)\s)")


def _cut_after_letters(text: str, piece: Sentence) -> list[Sentence]:
    """The piece cut after each lone capital that ends a sentence (see _LETTER_ENDING)."""
    cuts = [m.end() for m in _LETTER_ENDING.finditer(piece.text)]
    if not cuts:
        return [piece]
    out, start = [], piece.start
    for cut in cuts:
        out.append(Sentence(text[start:piece.start + cut], start, piece.start + cut))
        start = piece.start + cut
        start += len(text[start:piece.end]) - len(text[start:piece.end].lstrip())
    return [*out, Sentence(text[start:piece.end], start, piece.end)]


def _rejoined(text: str, pieces: list[Sentence]) -> list[Sentence]:
    """The pieces, a "?" or "!" inside a name put back: "Consumer group Which? said banks ..." and
    "Yahoo! reported ..." are one sentence each (a sentence never goes on in lower case); and cut
    after a lone capital ending one (_LETTER_ENDING)."""
    out: list[Sentence] = []
    for piece in (cut for whole in pieces for cut in _cut_after_letters(text, whole)):
        if out and out[-1].text.endswith(("?", "!")) and piece.text[:1].islower():
            out[-1] = Sentence(text[out[-1].start:piece.end], out[-1].start, piece.end)
        else:
            out.append(piece)
    return out


def _with_lists_introduced(text: str, blocks: list[tuple[int, int, bool]],
                           listed: set[int]) -> list[tuple[int, int, bool]]:
    """A sentence that introduces a list ("The branches proposed for closure are:") with its
    items, when they are short names or phrases ("Ashby Cross", "Little Fenwick", ...), as one
    sentence: "Which libraries would close?" is answered by the lot, not by a sentence ending in
    a colon nor by one name of seven. A list of longer items keeps them as sentences."""
    def is_short_item(at: int) -> bool:
        item = text[blocks[at][0]:blocks[at][1]]
        return at in listed and len(item.split()) <= _INTRODUCED_ITEM_MAX_WORDS and not re.search(r"[.!?;:]", item)

    out: list[tuple[int, int, bool]] = []
    at = 0
    while at < len(blocks):
        start, end, structure = blocks[at]
        after = at + 1
        while after < len(blocks) and after in listed:
            after += 1
        items = range(at + 1, after)
        if not structure and at not in listed and text[start:end].endswith(":") and \
                2 <= len(items) <= _INTRODUCED_MAX_ITEMS and all(map(is_short_item, items)):
            out.append((start, blocks[after - 1][1], False))
            at = after
        else:
            out.append(blocks[at])
            at += 1
    return out


def _with_sign_off(text: str, blocks: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """A letter's or statement's signature ("Richard Osei" / "Chief executive, March 2026"), the
    short lines after its last prose that open with a name, as one sentence: it is what answers
    "Who is the chief executive?". Heading-like lines elsewhere stay structure."""
    trailing = 0
    while trailing < len(blocks) and blocks[-1 - trailing][2]:
        trailing += 1
    if trailing > 1 and _SIGNED_LINE.match(text[blocks[-trailing][0]:blocks[-trailing][1]]):
        trailing -= 1  # "Signed" over the name stays structure
    if not 0 < trailing <= _SIGN_OFF_MAX_LINES or trailing == len(blocks):
        return blocks
    first_start, first_end, _ = blocks[-trailing]
    if not _NAME_LINE.match(text[first_start:first_end]):
        return blocks
    return blocks[:-trailing] + [(first_start, blocks[-1][1], False)]


def _with_fact_lines(text: str, blocks: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Fact lines ("Headteacher: Mr Rajesh Kapoor") as sentences where they cannot be headings:
    two or more in a row (a fact box), or after the text's last prose (a report's closing
    details, which answer "Who is the headteacher?"). One alone between paragraphs, or a title
    before them, may be a heading ("Analysis: What comes next"), and stays structure."""
    def is_fact(block: tuple[int, int, bool]) -> bool:
        line = text[block[0]:block[1]]
        return block[2] and (_FACT_BOX_LINE.match(line) is not None or _ISSUED_DATED.match(line) is not None) and \
            not _BYLINE.match(line)

    def is_strict_fact(block: tuple[int, int, bool]) -> bool:
        line = text[block[0]:block[1]]
        return _FACT_LINE.match(line) is not None or _ISSUED_DATED.match(line) is not None

    def is_contact(at: int) -> bool:
        return 0 <= at < len(blocks) and _is_contact(text[blocks[at][0]:blocks[at][1]])

    last_prose = max((i for i, (_, _, structure) in enumerate(blocks) if not structure), default=None)
    out: list[tuple[int, int, bool]] = []
    for fact, run in itertools.groupby(blocks, key=is_fact):
        run = list(run)
        trailing = last_prose is not None and len(out) > last_prose
        # ... or beside a line of how to reach someone: "Case officer: Ms Priya Lal" over "Email: ..."
        beside_contact = is_contact(len(out) - 1) or is_contact(len(out) + len(run))
        if fact and (len(run) >= 2 or (is_strict_fact(run[0]) and (trailing or beside_contact))):
            run = [(start, stop, False) for start, stop, _ in run]
        elif fact:  # "To: All customers in ...": whom a notice is for is never a heading
            run = [(start, stop, not _ADDRESS_LABEL.match(text, start, stop)) for start, stop, _ in run]
        out.extend(run)
    return out


def _is_call_to_action(sentence: str) -> bool:
    return len(sentence.split()) <= _HEADING_MAX_WORDS and _CALL_TO_ACTION.match(sentence) is not None
