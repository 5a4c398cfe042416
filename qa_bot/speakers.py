"""Who is speaking in each sentence of a news article.

News quotes rarely name their speaker in the same words a reader asks about: ``“...,” he said.``
follows a sentence that names Robert Gates. This module finds the speaker of quotes and reported
speech (``X said that ...``, ``X, the Y of Z, said``, ``said the Y of Z, X``, ``according to X``),
resolves pronouns to the nearest person of the fitting kind named before and surnames to the full
name the text first gave, and carries a speaker through multi-sentence quotes.

A speaker is a person, named as the text names them (titles and roles left out), or an
organisation the text names ("according to the Labor Department", "a spokesperson for Nordgrid").
A title, a place, a common noun ("the company", "residents") or a fragment is never a speaker;
when the words give no such name the sentence stays unattributed. Pattern-based and cheap, so it
runs on every sentence at indexing time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

_SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stressed|stresses|stressing|noted|notes|noting|"
    "reminded|reminds|warned|warns|warning|argued|argues|explained|explains|insisted|insists|"
    "stated|states|declared|declares|announced|announces|asked|asks|replied|replies|claimed|"
    "claims|emphasized|emphasised|emphasizes|emphasises|emphasizing|emphasising|urged|urges|"
    "suggested|suggests|admitted|admits|acknowledged|acknowledges|wrote|writes|commented|"
    # "has written to the health secretary", not "before the book was written"
    r"(?<=\bhas\s)written|(?<=\bhave\s)written|(?<=\bhad\s)written|"
    "comments|concluded|recalled|recalls|saying|telling|adding|insisting|arguing|explaining|asking|urging|"
    "tweeted|posted|testified|predicted|promised|vowed|denied|confirmed|assured|assuring"
)
_VERB = rf"(?:{_SPEECH_VERBS})"
_PARTICLES = r"de|van|von|der|den|bin|bint|al|da|di|du|le|la|del|dos|ibn"
# Bounded runs: an unbounded one rescans a hostile "A-A-A-..." from every capital, quadratic.
_NAME_TOKEN = r"(?:[A-Z][\w’'\-]{0,30}[a-z][\w’'\-]{0,30}|[A-Z]\.)"
_NAME_SPAN = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|(?:{_PARTICLES})\b))*")
# Words that stand before a name as a title or a role; ranking matches asked roles against them too.
TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lord", "lady", "madam", "dame", "gen", "general",
    "president", "vice-president", "minister", "secretary", "senator", "sen", "rep", "governor", "gov", "mayor",
    "chancellor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "chairman",
    "chairwoman", "chair", "premier", "inspector", "councillor", "councilor", "councilman", "councilwoman",
    "coach", "captain", "judge", "justice", "officer", "detective", "sergeant", "sgt", "constable", "nurse",
    "rev", "reverend", "father", "bishop", "king", "queen", "prince", "princess", "rabbi", "imam", "sheikh",
    "lt", "col", "colonel", "major", "commissioner", "superintendent", "deputy", "leader", "editor", "manager",
    "executive", "economist", "analyst", "pope", "emir", "sultan", "speaker", "attorney",
}
_FEMALE_TITLES = {"mrs", "ms", "miss", "lady", "madam", "dame", "queen", "princess", "chairwoman",
                  "spokeswoman", "councilwoman"}
_MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "father", "chairman", "spokesman", "councilman"}
# Common first names, so that "she" finds Anna rather than the Peter named after her (names
# given to both, as Alex, Jamie or Robin, are in neither).
_FEMALE_NAMES = set("""
anna anne ann annie alice amelia amira angela anita barbara beatrice carla carmen caroline catherine
charlotte chloe christina claire clara condoleezza daniela diana elena elisabeth elizabeth ella emily emma
eva fatima francesca grace hannah helen helena ingrid irene isabel isabella jane janet jennifer jessica joan
julia karin katarina kate katherine laura leila linda lisa lucia maria marie marta mary melissa mia michelle
monica nadia natalia nina olga olivia patricia paula priya rachel rebecca rosa sara sarah sofia sophie susan
teresa theresa valentina victoria yuki zainab zoe agnieszka ewa ursula angelika birgit astrid
margaret pauline sandra sharon karen deborah debbie tracey tracy julie gillian jill lynn lynne wendy
carol carole christine denise dawn donna joanne joanna kerry kirsty lorraine louise lucy
nicole samantha stephanie tamsin tanya vicky abigail amy bethany chelsea ellie freya georgia
holly imogen isla jasmine jasmin jade katie kayleigh lauren leah lily megan millie molly naomi phoebe
poppy rose ruby scarlett sienna simone tessa shirley betty dorothy doris edith eileen elsie enid ethel
florence gladys hazel iris joyce june kathleen maureen mavis muriel norma pamela peggy sheila
sylvia vera brenda janice judith judy rita ruth heather fiona morag siobhan aoife niamh ciara orla
bridget kathryn kimberly amanda rebekah alison allison harriet eleanor esther
""".split())
_MALE_NAMES = set("""
adam ahmed alan alexander alexei andrew anatoly antonio ben boris bruno carlos charles chris daniel david
diego dmitry edward erik felix francesco frank george hans henrik henry ivan jack jacques james jan
john jonas jorge jose juan karl kenji lars leo luca lukas marco mark martin matteo michael mohammed muhammad
nils oliver omar paul pedro peter pierre piotr rafael richard robert roberto sam sergei sergey stefan steven
thomas tom viktor vladimir william yusuf xavier hiroshi gordon barack donald joe emmanuel olaf
kevin keith kenneth brian gary graham colin derek dennis gavin glenn graeme ian jason jeremy jim jimmy
kieran liam malcolm marcus matthew neil nigel owen patrick philip phil raymond ray roger ron
ronald ross roy russell ryan scott sean shaun simon stuart stewart terry tony trevor wayne barry bernard
bill billy bob carl clive craig darren dean douglas duncan eric frederick fred geoffrey harold harry
howard hugh jake joel joseph josh joshua kyle leonard luke martyn mike mohamed nathan nick nicholas
noel oscar reece rhys rob samuel sebastian stanley stephen steve timothy tim toby victor vincent walter
alfie archie arthur callum connor dylan ethan finley freddie harvey jacob jayden lewis
logan louis mason max noah reuben theo tyler zac zachary aaron alfred dominic edwin gerald
""".split())
_PRONOUNS = {"he": "m", "she": "f"}
# What may stand between a speaker's name and the speech verb ("Gates once again stressed", "Ruiz
# has said"); a noun there makes the name a modifier ("the Kovač campaign said": not Kovač).
_BEFORE_SPEECH = frozenset("""also later then again once still just first has have had was is would will
could did does not never always often previously earlier recently repeatedly yesterday today tonight""".split())
_OPENING_PRONOUNS = {"he": "he", "his": "he", "she": "she", "her": "she"}
_PREPOSITIONS = {"of", "in", "at", "from", "for", "to", "near", "by", "on", "with", "into", "across", "over"}
# Before a capitalised span they make it a place or a body ("a bakery in Tallinn"); the other
# prepositions come before people too ("a letter from Anna Berg"), and so does "of" unless a title
# or a place word comes before it ("mayor of Novi Grad", but "a novel of J. K. Rowling").
_PLACE_PREPOSITIONS = {"in", "at", "on", "near", "into", "across", "over", "below", "above", "beneath", "beyond",
                       "towards", "toward", "through", "along", "climb", "climbed", "climbing"}
_PLACE_WORDS = {"city", "town", "village", "region", "province", "state", "county", "district", "port",
                "island", "republic", "kingdom", "capital", "north", "south", "east", "west", "centre", "center"}
# Capitalised words that start a span but are no part of a name.
_NOT_NAME_WORDS = {
    "the", "a", "an", "in", "on", "at", "as", "for", "but", "and", "of", "to", "from", "with", "his", "her",
    "its", "their", "our", "my", "your", "one", "two", "three", "some", "many", "most", "all", "both",
    "foreign", "defense", "defence", "state", "prime", "white", "house", "kremlin", "government", "treaty",
    "forces", "army", "council", "committee", "union", "nations", "united", "states", "republic", "party",
    "ministry", "department", "officials", "official", "police", "parents", "residents", "organisers",
    "it", "this", "that", "these", "those", "there", "here", "they", "he", "she", "we", "i", "you",
    "despite", "after", "before", "when", "while", "if", "however", "meanwhile", "also", "another", "then",
    "russian", "american", "european", "british", "chinese", "french", "german", "u.s.", "us", "uk",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "energy", "health", "agriculture", "treasury", "finance", "interior",
    "education", "trade", "labor", "labour", "transport", "justice", "opposition", "saudi",
}
# Words that name a body, not a person: "the Swiss Academy" is never a person's name, and "Virgin
# Media claimed" is the company's word.
_BODY_WORDS = {
    "academy", "institute", "university", "college", "school", "agency", "bank", "association", "society",
    "court", "office", "service", "authority", "group", "federation", "foundation", "corporation", "company",
    "centre", "center", "board", "parliament", "assembly", "organisation", "organization", "network",
    "museum", "hospital", "fund", "bureau", "commission", "league", "club", "senate", "congress", "navy",
    "democrats", "republicans", "securities", "holdings", "media", "news", "radio", "television", "press",
    "magazine", "consortium", "airlines", "airways", "motors", "industries", "technologies", "partners",
    "council", "committee", "union", "party", "ministry", "department", "police", "government", "army",
    "campaign", "trust", "charity", "coalition", "alliance", "movement",
}
_NOT_NAME_WORDS |= _BODY_WORDS
_ABBREVIATED_TITLE = re.compile(r"\b(Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Rev)\.(?=\s)")
_OPEN_QUOTES = "“\"‘"
_CLOSE_QUOTES = "”\"’"
_QUOTE_THEN_VERB = re.compile(rf"[,.!?…]?[”\"]\s*,?\s*(?P<who>[^“”\"]{{1,120}}?)\s+{_VERB}\b")
_QUOTE_VERB_FIRST = re.compile(rf"[,.!?…]?[”\"]\s*,?\s*{_VERB}\s+(?P<who>[^“”\"]{{1,160}})")
# A pull quote signed after a dash: '"Households have waited long enough." — Ingrid Moe, chief
# economist at the Norland Homeowners Association'.
_QUOTE_THEN_DASH = re.compile(r"[,.!?…]?[”\"]\s*(?:[—–]|--)\s*(?P<who>[^“”\"]{1,160})$")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^.,;:“”\"]{1,80})")
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:person|man|woman)\s+(?:for|of|at)\s+(?P<org>(?:the\s+)?[A-Z][\w&'’\-]*"
                               r"(?:\s+[A-Z][\w&'’\-]*)*)")
_ORG_WORD = r"[A-Z][\w&'’\-]{0,30}"
# "the Labor Department", "the Swiss Academy of Sciences", "the Food and Drug Administration".
# Matched whole (fullmatch).
_ORGANISATION = re.compile(rf"(?:[Tt]he\s+)?{_ORG_WORD}(?:\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?{_ORG_WORD})*")
# "according to a report by the Swiss Academy of Sciences": the body behind the report.
_SOURCE_BY = re.compile(r"\b(?:by|from)\s+(?P<org>the\s+[A-Z].*)$")
_REPORTED = re.compile(rf"\b{_VERB}\b")
# A verdict in someone's own words: "Ove Brandt, the group's leader, called the expansion “a shiny
# toy”": the verb is a speech verb only when a quotation follows it closely.
_QUOTED_VERDICT = re.compile(r"\b(?:called|calls|described|describes|dubbed|branded|hailed|praised|condemned)\b"
                             r"(?=[^“”\"]{0,80}[“\"])")
# A title, perhaps plural and lower case, before one or more one-word names.
_TITLED_NAMES = re.compile(r"\b(?P<title>[A-Za-z]+)\s+(?P<names>[A-Z][\w’'\-]*(?:\s*(?:,|\band\b)\s*[A-Z][\w’'\-]*)*)")


@dataclass
class _Person:
    name: str
    gender: str | None  # "f", "m" or None when the text does not say
    titles: set[str] = field(default_factory=set)  # "judge" of "Judge Rachel Amos"


def _name_and_title(span: str, word_before: str = "") -> tuple[str, str | None]:
    """A capitalised span without its titles and leading non-name words: ("Helen Carter", "dr").
    ``word_before`` is the word the span follows in its sentence ("the" in "the Social Democrats")."""
    words = re.sub(r"[’']s$", "", span.strip()).split()
    owners = [i for i, w in enumerate(words[:-1]) if re.search(r"[’']s$", w)]
    if owners:  # "Kenya's Faith Wanjiru": the possessive is her country or employer
        words = words[owners[-1] + 1 :]
    title = None
    titles = [i for i, w in enumerate(words) if w.lower().rstrip(".,") in TITLE_WORDS]
    if titles and titles[-1] + 1 < len(words):
        title = words[titles[-1]].lower().rstrip(".,")
        words = words[titles[-1] + 1 :]
    definite = word_before.lower() == "the"
    while words and words[0].lower().rstrip(".,") in _NOT_NAME_WORDS:
        definite = definite or words[0].lower() == "the"
        words.pop(0)
    if any(w.lower().rstrip(".,’'s") in _NOT_NAME_WORDS for w in words):
        return "", title
    if not any(re.search(r"[a-z]", w) for w in words):
        return "", title  # initials alone ("U.S.") are a country or an agency, not a speaker
    if definite and not title:
        # A person is not "the X Y" ("the Social Democrats", "the Swiss Academy"); "the Social
        # Democrat Marko Horvat" is a label, then the name: its last two words (and particles).
        named = [i for i, w in enumerate(words) if not re.fullmatch(_PARTICLES, w)]
        if len(named) < 3:
            return "", title
        words = words[named[-2] :]
    return " ".join(words), title


def _is_body(name: str) -> bool:
    """Whether a capitalised name is an organisation's: a body's word and a name of its own
    ("Virgin Media", "the Labor Department"; "Police" alone is no one in particular)."""
    words = [w.lower() for w in name.split() if w.lower() not in {"the", "of", "and", "for", "&"}]
    return any(w in _BODY_WORDS for w in words) and not all(w in _BODY_WORDS for w in words)


def _body_named(span: str) -> str | None:
    """``span`` as a speaker when it is wholly a body's name ("the Westport Cycling Campaign")."""
    return re.sub(r"^The\b", "the", span) if _ORGANISATION.fullmatch(span) and _is_body(span) else None


def _names_a_place(before: list[str]) -> bool:
    """Whether the words before a capitalised span (the last two) make it a place, a body or a
    thing: "a Colloggett Pippin" (an apple) or "an Aston Martin" is one of a kind, not someone."""
    words = [w.lower() for w in before]
    if not words:
        return False
    if words[-1] in _PLACE_PREPOSITIONS or words[-1] in ("a", "an"):
        return True
    # "Jean Fowler, 67, from Sturminster Newton, ...": where someone named is from
    if words[-1] == "from" and len(words) == 2 and before[0].endswith(","):
        return True
    return words[-1] == "of" and len(words) == 2 and words[0] in TITLE_WORDS | _PLACE_WORDS


# A run of more characters without a space is no word these checks look for ("of", "the", a title):
# reading back only this far keeps a spaceless run of thousands of names ("a.Aa.Aa...") linear.
_LONGEST_WORD = 40


def _words_before(text: str, end: int, count: int) -> list[str]:
    """The last ``count`` words of ``text[:end]``, as ``text[:end].split()[-count:]`` but read
    back from ``end``: splitting the whole text before each of a sentence's names made a
    sentence of thousands of them quadratic. A longer word comes back as its last
    ``_LONGEST_WORD`` characters, and is the first word returned."""
    words: list[str] = []
    while len(words) < count:
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = end
        while start > max(0, end - _LONGEST_WORD) and not text[start - 1].isspace():
            start -= 1
        if start == end:
            break
        words.append(text[start:end])
        if start > 0 and not text[start - 1].isspace():
            break  # a longer run: the words before it are too far back to matter
        end = start
    return words[::-1]


def _word_before(text: str, start: int) -> str:
    return next(iter(_words_before(text, start, 1)), "")


def _gender(name: str, title: str | None) -> str | None:
    if title in _FEMALE_TITLES:
        return "f"
    if title in _MALE_TITLES:
        return "m"
    first = name.split()[0].lower().split("-")[0]
    return "f" if first in _FEMALE_NAMES else "m" if first in _MALE_NAMES else None


class _Cast:
    """The people a document has named so far, by name, the most recently mentioned last (so a
    long article costs in proportion to its people, not to its mentions)."""

    def __init__(self) -> None:
        self._people: dict[str, _Person] = {}

    def mention(self, person: _Person) -> None:
        self._people.pop(person.name, None)
        self._people[person.name] = person

    def meet(self, name: str, title: str | None) -> None:
        gender = _gender(name, title)
        known = self.resolve(name)
        if known is not None and known.name != name and len(name.split()) == 1:
            known.titles.update([title] if title else [])
            self.mention(known)  # a surname again: the person named in full before
            return
        if known is not None and known.name == name:
            known.gender = known.gender or gender
            known.titles.update([title] if title else [])
            self.mention(known)
            return
        self.mention(_Person(name, gender, {title} if title else set()))

    def titled(self, title: str) -> _Person | None:
        """The person named last with that title: "the judge" after "Judge Rachel Amos"."""
        return next((p for p in reversed(self._people.values()) if title in p.titles), None)

    def resolve(self, name: str) -> _Person | None:
        """The person a name, or a one-word name (a surname, or a first name alone), refers to."""
        if name in self._people:
            return self._people[name]
        if len(name.split()) == 1:
            for person in reversed(self._people.values()):
                parts = person.name.split()
                if name in (parts[-1], parts[0]):
                    return person
        return None

    def pronoun(self, pronoun: str) -> _Person | None:
        wanted = _PRONOUNS[pronoun]
        for person in reversed(self._people.values()):
            if person.gender in (wanted, None):
                if person.gender is None:
                    person.gender = wanted  # the text has just told us
                return person
        return None


def _name_in(part: str, cast: _Cast, alone: bool) -> str | None:
    """The person (full name) a comma-separated piece of an attribution names, if it names one.

    One word is a name when a title precedes it, when it is the surname of someone named before,
    or when it stands ``alone`` as the whole piece (an apposition: "His wife, Leila, said")."""
    spans = list(_NAME_SPAN.finditer(part))
    for m in reversed(spans):
        before = _word_before(part, m.start())
        if before.lower() in _PREPOSITIONS:
            continue  # "the mayor of Kessling": a place
        if re.search(r"[’']s$", m.group(0)):
            continue  # "Harlow's manager": whom the speaker works for, not who speaks
        name, title = _name_and_title(m.group(0), before)
        if not name:
            continue
        known = cast.resolve(name)
        if len(name.split()) >= 2:
            cast.meet(name, title)
            return name
        if known is not None:
            return known.name
        if title or (alone and part.strip(" ,") == m.group(0)):
            cast.meet(name, title)
            return name
    return None


def _person_titled(text: str, cast: _Cast, whole: bool) -> str | None:
    """The name of the person named last with the title in "the <title>" ("the judge", after
    "Judge Rachel Amos ..."), when that is all of ``text`` (``whole``) or how it opens; else None."""
    role = (re.fullmatch if whole else re.match)(r"the\s+([a-z]+)\b", text, re.I)
    person = cast.titled(role.group(1).lower()) if role else None
    return person.name if person is not None else None


def _speaker_in_phrase(phrase: str, cast: _Cast) -> str | None:
    """A speaker from the words around a speech verb, split at commas ("the mayor of Kessling,
    Ingrid Solheim"): the first piece that names a person or, failing that, an organisation."""
    phrase = phrase.strip()
    first = phrase.split()[0].lower().strip(",") if phrase.split() else ""
    if first in _PRONOUNS:
        person = cast.pronoun(first)
        return person.name if person else None
    # "the judge told him", after "Judge Rachel Amos gave Kell ...": the one so titled
    if (titled := _person_titled(phrase.strip(" ,"), cast, whole=True)) is not None:
        return titled
    org = _SPOKESPERSON_FOR.search(phrase)
    for part in phrase.split(","):
        name = _name_in(part, cast, alone=True)
        if name:
            return name
    return org.group("org") if org else None


def _subject_after_verb(rest: str, cast: _Cast) -> str | None:
    """The speaker of reported speech whose verb comes first ("..., said Jacek Sadowski, the head
    of the port authority", "..., warned Olga Petrova of Baltic Capital"), but not the subject of
    what was said ("..., said Vladimir Putin would decide": a verb follows that name)."""
    phrase = re.split(r"[.;:!?](?:\s|$)", rest)[0]
    for part in phrase.split(","):
        name = _name_in(part, cast, alone=True)
        if name:
            last = name.split()[-1]
            after = part[part.rfind(last) + len(last) :].split()
            return name if not after or after[0].lower() in _PREPOSITIONS else None
    org = _SPOKESPERSON_FOR.search(phrase)
    return org.group("org") if org else None


# Where the clause a speech verb stands in starts: "..., but Gates said", "officials said that ...".
_CLAUSE_BREAK = re.compile(r"[;:“”\"]|\bthat\b|\bwhile\b|\bbut\b")
# A speech verb right after "but" or "and" shares the subject of the clause before it.
_SHARED_SUBJECT = re.compile(r"\b(?:but|and)\s*$")


def _opening_subject(clause: str, cast: _Cast) -> str | None:
    """The person a clause opens with as its subject ("Mr Sharma congratulated her", "She
    thanked the crew"), if it opens with a name or a pronoun."""
    clause = _CLAUSE_BREAK.split(clause)[-1].strip()
    first = clause.split()[0].lower() if clause.split() else ""
    if first in _PRONOUNS:
        person = cast.pronoun(first)
        return person.name if person else None
    if (titled := _person_titled(clause, cast, whole=False)) is not None:  # "The judge said: ..."
        return titled
    m = _NAME_SPAN.match(clause)
    return _name_in(m.group(0), cast, alone=False) if m else None


# What follows a name in "Kevin Marsh, 47, of Radford Close, Dunmore, admitted ...": an age or an address.
_AGE_OR_ADDRESS = re.compile(r"^\s*(?:\d{1,3}|of|from)\b")
_RELATIVE = re.compile(r"^\s*(?:who|which)\b")


def _after_closing_quote(pattern: re.Pattern, sentence: str) -> re.Match | None:
    """The first match of ``pattern`` (which opens on a quotation mark) at a quote's end: a
    straight quote mark opens a quote as often as it closes one, and '"People told us ..." said
    Gemma Okafor' is not the words of "People"."""
    for m in pattern.finditer(sentence):
        mark = m.start() + (sentence[m.start()] not in "”\"")
        if sentence[mark] != '"' or sentence[:mark].count('"') % 2:
            return m
    return None


def _explicit_speaker(sentence: str, cast: _Cast) -> str | None:
    sentence = _ABBREVIATED_TITLE.sub(r"\1", sentence)
    m = _after_closing_quote(_QUOTE_THEN_VERB, sentence)
    if m:
        who = _speaker_in_phrase(m.group("who"), cast)
        if who:
            return who
    m = _after_closing_quote(_QUOTE_VERB_FIRST, sentence)
    if m:
        who = _speaker_in_phrase(re.split(r"[.;:!?](?:\s|$)", m.group("who"))[0], cast)
        if who:
            return who
    m = _after_closing_quote(_QUOTE_THEN_DASH, sentence)
    if m:
        who = _speaker_in_phrase(m.group("who"), cast)
        if who:
            return who
    m = _ACCORDING_TO.search(sentence)
    if m:
        phrase = m.group("who").strip()
        if phrase.startswith("the ") and _ORGANISATION.fullmatch(phrase):
            return phrase  # "the Labor Department": a person is never "the ..."
        source = _SOURCE_BY.search(phrase)
        if source and _ORGANISATION.fullmatch(source.group("org")):
            return source.group("org")
        who = _speaker_in_phrase(phrase, cast)
        if who:
            return who
    # Reported speech or a quote introduced by its speaker: the subject right before the verb.
    verbs = sorted([*_REPORTED.finditer(sentence), *_QUOTED_VERDICT.finditer(sentence)], key=lambda v: v.start())
    for m in verbs:
        head = sentence[: m.start()]
        if head.count("“") > head.count("”") or head.count('"') % 2:
            continue  # the verb is inside a quotation
        clause = _CLAUSE_BREAK.split(head)[-1]
        words = clause.split()
        shared = _SHARED_SUBJECT.search(head)
        if shared and (not words or words[-1] == "and"):
            # "Mr Sharma congratulated her but said ...": the verb shares the clause's subject
            who = _opening_subject(head[: shared.start()], cast)
            if who:
                return who
        if words and words[-1].lower() in _PRONOUNS:
            person = cast.pronoun(words[-1].lower())
            return person.name if person else None
        pieces = clause.split(",")
        # "X said", "X, the Y of Z, said", "His wife, X, said": the name ends the last piece, or
        # the piece before an apposition; a few adverbs may stand between it and the verb.
        last = pieces[-1].strip()
        # "The judge said: ..." after "Judge Rachel Amos ...": the one so titled
        if (titled := _person_titled(last, cast, whole=True)) is not None:
            return titled
        tail = list(_NAME_SPAN.finditer(last))
        if tail:
            gap = last[tail[-1].end() :].strip()
            if len(gap.split()) <= 3 and all(w in _BEFORE_SPEECH or w.endswith("ly") for w in gap.split()):
                named = last[: tail[-1].end()]
                if m.group(0).endswith("ing"):  # "..., with Robert Gates once again stressing that"
                    named = re.sub(r"^with\s+", "", named)
                who = _name_in(named, cast, alone=len(pieces) >= 3 and last == tail[-1].group(0))
                if who:
                    return who
                body = _body_named(named)  # "Virgin Media claimed that ..."
                if body:
                    return body
        if len(pieces) >= 3 and all(w in _BEFORE_SPEECH for w in last.split()):
            # "Kevin Marsh, 47, of Radford Close, Dunmore, admitted": an age or an address (its
            # town no apposition) stands after the name, which opens the subject; so in "Eastvale's
            # MP, Rachel Ndlovu, has written ...".
            described = next((i for i, piece in enumerate(pieces[1:-1], 1) if _AGE_OR_ADDRESS.match(piece)), None)
            who = _name_in(pieces[described - 1], cast, alone=False) if described else None
            if who:
                return who
            who = _name_in(pieces[-2], cast, alone=True) or _name_in(pieces[-3], cast, alone=False)
            if who:
                return who
            # "The Westport Cycling Campaign, which collected 2,300 signatures ..., called": a
            # relative clause, commas and all, stands after the subject.
            relative = next((i for i, piece in enumerate(pieces[1:-1], 1) if _RELATIVE.match(piece)), None)
            subject = pieces[relative - 1].strip() if relative else ""
            who = (_name_in(subject, cast, alone=False) or _body_named(subject)) if subject else None
            if who:
                return who
        if head.rstrip().endswith(","):
            who = _subject_after_verb(sentence[m.end():], cast)
            if who:
                return who
    org = _SPOKESPERSON_FOR.search(sentence)
    if org and _REPORTED.search(sentence[org.end():]):
        return org.group("org")
    return None


def _is_quote(sentence: str) -> bool:
    """Whether a sentence may hold part of a quote, for carrying a speaker across a quote that
    spans sentences: loose on purpose (any ’ counts). has_quotation below is the strict test the
    ranking uses."""
    return any(q in sentence for q in _OPEN_QUOTES + _CLOSE_QUOTES)


_QUOTATION = re.compile(r"[“”\"‘]|[,.!?]’")
# A sentence that is a quotation and nothing else: '"Half of us could be gone in two years."'
_WHOLE_QUOTE = re.compile(r'\s*[“"][^“”"]+[”"][.!?]?\s*$')


def has_quotation(sentence: str) -> bool:
    """Whether a sentence quotes someone's own words, not only reports them. A ’ is a closing
    quotation mark only after the quote's last punctuation; elsewhere ("Russia’s", "the ’90s")
    it is an apostrophe."""
    return _QUOTATION.search(sentence) is not None


def _names(sentence: str) -> Iterator[tuple[str, str | None]]:
    """(name, title) of every capitalised span of a sentence that may name a person, in order."""
    sentence = _ABBREVIATED_TITLE.sub(r"\1", sentence)
    for m in _NAME_SPAN.finditer(sentence):
        before = _words_before(sentence, m.start(), 2)
        if _names_a_place(before):
            continue
        name, title = _name_and_title(m.group(0), before[-1] if before else "")
        if name:
            yield name, title


def _people_named(sentence: str) -> Iterator[tuple[str, str | None]]:
    """(name, title) of the people a sentence names: two-word names, or one word after a title."""
    return ((name, title) for name, title in _names(sentence) if len(name.split()) >= 2 or title)


def _meet_everyone(sentence: str, cast: _Cast) -> None:
    """Remember the people a sentence names, and bring back those it names again by surname
    ("Horvat conceded defeat."): the one named last is whom a "he" or "she" next refers to."""
    for name, title in _names(sentence):
        if len(name.split()) >= 2 or title:
            cast.meet(name, title)
        elif (known := cast.resolve(name)) is not None:
            cast.mention(known)


def _learn_gender(sentence: str, cast: _Cast) -> None:
    """A sentence that opens with "She" or "His" speaks of the person named last: the text has
    told us whether that is a woman or a man ("Ana Kovač won. Her opponent, Marko Horvat, ...")."""
    pronoun = opening_pronoun(sentence)
    if pronoun:
        cast.pronoun(pronoun)


# A transcript's turn: "MARTA KOWALCZYK: Mostly with EU money.", "HOST (Dan Okoro): Welcome back.",
# "Marta Kowalczyk: They did." A label that names no one ("UPDATE:", "Q:", "Methods:") is no turn.
_TURN = re.compile(r"^(?:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?\s*\((?P<named>[A-Z][\w'’.\- ]{1,40})\)|"
                   r"(?P<capitals>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,3})|"
                   r"(?P<plain>[A-Z][a-z]+(?:[ \-][A-Z][a-z'’\-]+){1,2})):\s+\S")
_NO_TURN = frozenset("UPDATE NOTE WARNING BREAKING CORRECTION EDITOR SOURCE PHOTO WATCH READ LISTEN RELATED "
                     "ADVERTISEMENT LIVE UPDATED CLARIFICATION".split())


def _turn_speaker(sentence: str) -> str | None:
    """Who speaks a transcript's turn that the sentence opens with a label, as a name."""
    m = _TURN.match(sentence)
    if m is None:
        return None
    if m.group("capitals"):
        words = m.group("capitals").split()
        if len(words[0]) < 3 or words[0] in _NO_TURN:
            return None
        return " ".join(w.capitalize() for w in words)
    return (m.group("named") or m.group("plain")).strip()


_MIN_TURNS = 3  # a dateline ("WASHINGTON: ...") and a stray label make no transcript


def _transcript_turns(sentences: list[str]) -> list[str | None]:
    """Each sentence's turn speaker in a transcript (two people or more speak in labelled turns;
    a sentence with no label goes on with the turn before), else all None."""
    labels = [_turn_speaker(sentence) for sentence in sentences]
    named = [label for label in labels if label]
    if len(set(named)) < 2 or len(named) < _MIN_TURNS:
        return [None] * len(sentences)
    turns: list[str | None] = []
    current = None
    for label in labels:
        current = label or current
        turns.append(current)
    return turns


def attribute_speakers(sentences: list[str]) -> list[str | None]:
    """The speaker of each sentence of one document (None where it is nobody's words)."""
    speakers: list[str | None] = [None] * len(sentences)
    cast = _Cast()
    quote_open = False
    open_speaker: str | None = None
    open_from = 0
    turns = _transcript_turns(sentences)
    for i, sentence in enumerate(sentences):
        _learn_gender(sentence, cast)
        who = _explicit_speaker(sentence, cast) or turns[i]
        starts_open = quote_open
        opens = sentence.count("“") - sentence.count("”")
        if sentence.count("“") == 0 and sentence.count("”") == 0:
            opens = 0 if sentence.count('"') % 2 == 0 else (-1 if quote_open else 1)
        if who is None and starts_open:
            who = open_speaker
        elif who is None and i and sentence.lstrip()[:1] in _OPEN_QUOTES and _is_quote(sentences[i - 1]):
            who = speakers[i - 1]  # a quote that goes on after its attribution
        elif who is None and i and opens == 0 and _WHOLE_QUOTE.match(sentence):
            # 'Dev Malhotra told the meeting that ... "People don't carry a tin of paint ..."':
            # a quote standing alone after someone's reported speech is theirs.
            who = speakers[i - 1]
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
        _meet_everyone(sentence, cast)
        if who is not None:
            person = cast.resolve(who)
            if person is not None:
                cast.mention(person)  # the speaker is the one a "he" or "she" next refers to
    return speakers


# A phrase a sentence may open with before its subject: "As well as the fine, he was ordered to
# pay ...", "In 2009, she ...", "Speaking after the hearing, he said ...".
OPENING_PHRASE = (r"(?:As well as|After|Before|During|Despite|Since|In|On|At|Following|Speaking|Asked|Earlier|Later|"
                  r"Last|Until|Besides|Today|Yesterday|Now|Then)\b[^,.;:“”\"]{0,50},\s+")
_OPENING_PHRASE = re.compile(OPENING_PHRASE)


def opening_pronoun(sentence: str) -> str | None:
    """"he" or "she" for a sentence whose subject opens it (after an opening phrase, if any)
    with "He", "His", "She" or "Her", else None."""
    opened = sentence.lstrip(_OPEN_QUOTES + " ")
    phrase = _OPENING_PHRASE.match(opened)
    first = opened[phrase.end() if phrase else 0:].split(maxsplit=1)[:1]
    return _OPENING_PRONOUNS.get(first[0].lower()) if first else None


def _opening_person(sentence: str) -> str | None:
    """The person a sentence opens with, by name ("Dr Aisha Rahman led ...", "Daniel Whitcombe,
    34, ..."), if it opens with one."""
    text = _ABBREVIATED_TITLE.sub(r"\1", sentence).lstrip(_OPEN_QUOTES + " ")
    name, title = next(_people_named(text), (None, None))
    if name is None:
        return None
    opening = f"{title} {name}" if title else name
    return name if text.lower().startswith(opening.lower()) else None


def person_referred_to(sentence: str, before: list[str], pronoun: str | None = None) -> str | None:
    """The person a sentence opening with "He", "She", "His" or "Her" speaks of, given
    ``before`` (the sentences before it, in order): the one of that kind whom the latest sentence
    about someone was about (opened with their name or pronoun, or quoted them), as a reader takes
    a story's subject over a name in passing. "He was found on Wednesday ..." is about Daniel
    Whitcombe ("Daniel Whitcombe, 34, set out from Wasdale Head ..."), not about Wasdale Head, nor
    the helicopter of the sentence just before. Failing that, the one named last. ``pronoun``
    ("he" or "she") is for a sentence with the pronoun further in ("Only eleven of her paintings
    survive.")."""
    return _person_referred_to(sentence, tuple(before), pronoun)


# Read again for every question whose candidates hold the sentence (a tenth of the time a
# question took), though it depends on the text alone.
@lru_cache(maxsize=4096)
def _person_referred_to(sentence: str, before: tuple[str, ...], pronoun: str | None) -> str | None:
    pronoun = pronoun or opening_pronoun(sentence)
    if pronoun is None:
        return None
    cast = _Cast()
    subjects: list[_Person] = []  # the people sentences were about, the latest last

    def about(wanted: str) -> _Person | None:
        fitting = next((p for p in reversed(subjects) if p.gender in (_PRONOUNS[wanted], None)), None)
        if fitting is None:
            return cast.pronoun(wanted)
        fitting.gender = fitting.gender or _PRONOUNS[wanted]  # the text has just told us
        return fitting

    for earlier in before:
        opened = opening_pronoun(earlier)
        subject = about(opened) if opened else None
        who = _explicit_speaker(earlier, cast)
        _meet_everyone(earlier, cast)
        if subject is None and (opening := _opening_person(earlier)) is not None:
            subject = cast.resolve(opening)
        for person in (subject, cast.resolve(who) if who else None):
            if person is not None:
                subjects.append(person)
    person = about(pronoun)
    return person.name if person is not None else None


def names_a_person(word: str, sentences: list[str]) -> bool:
    """Whether the sentences name a person by ``word`` (case aside): as part of a name of two
    or more words ("Vladimir Putin") or after a title ("President Putin"); "Russia" in
    "Russia’s Foreign Minister" or "Russia once again ..." is no person."""
    wanted = word.lower()
    for sentence in sentences:
        if any(wanted in name.lower().split() for name, _ in _people_named(sentence)):
            return True
        for m in _TITLED_NAMES.finditer(_ABBREVIATED_TITLE.sub(r"\1", sentence)):  # "presidents Putin and Bush"
            title = m.group("title").lower()
            if (title in TITLE_WORDS or title.rstrip("s") in TITLE_WORDS) and \
                    wanted in re.split(r"\s*(?:,|\band\b)\s*", m.group("names").lower()):
                return True
    return False


def full_names(text: str) -> dict[str, str]:
    """The full name of each person a text names in two words or more, by surname: "Marsh" ->
    "Fiona Marsh". A surname two people share ("Brian Doyle", "Margaret Doyle") is left out."""
    named: dict[str, set[str]] = {}
    for name, _ in _people_named(text):
        surname = name.split()[-1]
        if len(name.split()) >= 2 and surname.lower() not in TITLE_WORDS | _NOT_NAME_WORDS:
            named.setdefault(surname, set()).add(name)
    return {surname: names.pop() for surname, names in named.items() if len(names) == 1}


def given_names(text: str) -> dict[str, str]:
    """The full name of each person a text names in two words or more, by given name, where no
    one else it names has that given name: "Mark" -> "Mark Hollins" ("Mark filled in the form")."""
    named: dict[str, set[str]] = {}
    for name, _ in _people_named(text):
        words = name.split()
        # (not a byline's "By Jonas Vell", nor a heading read into its first line: "Turnout Turnout")
        if len(words) >= 2 and len(set(words)) == len(words) and words[0] not in ("By", "From", "To", "Dear") and \
                words[0].lower() not in TITLE_WORDS | _NOT_NAME_WORDS and words[0][1:].islower():
            named.setdefault(words[0], set()).add(name)
    return {given: names.pop() for given, names in named.items() if len(names) == 1}


# How near a speech verb a word stands to be its subject: "the agency said", "said the national
# roads agency", "according to the agency's latest report".
_SPEECH_REACH = 60


def speaks_in(who: str, sentence: str) -> bool:
    """Whether the sentence may give words of ``who`` ("the national roads agency"): one of its
    words stands near a speech verb or "according to". "Repairs ... shared between the council
    and the national roads agency" mentions the agency but gives none of its words."""
    words = [w for w in _words(who) if len(w) > 2 and w not in _GROUP_WORDS]
    for word in words:
        # in either number: "the Conservatives" speak in "The Conservative group ... said"
        for m in re.finditer(rf"\b{re.escape(word.removesuffix('s'))}s?\b", sentence, re.IGNORECASE):
            near = sentence[max(0, m.start() - _SPEECH_REACH) : m.end() + _SPEECH_REACH]
            if _REPORTED.search(near) or "according to" in near.lower():
                return True
    return False


def name_matches(asked: str, speaker: str | None) -> bool:
    """Whether a name in a question ("Gates", "Sergei Lavrov") refers to this speaker."""
    if not speaker:
        return False
    named = [w.lower().strip(".") for w in speaker.split()]
    have = set(named)
    want = [w.lower().strip(".") for w in asked.split()]
    # The surname decides; spellings of first names differ between reports (Sergey/Sergei), but
    # not their first letter: "Ramesh Mehta" is not his grandson Arjun Mehta.
    if not want or want[-1] not in have:
        return False
    asked_first = _first_name(want)
    named_first = _first_name(named)
    return asked_first is None or named_first is None or asked_first[:1] == named_first[:1]


def _first_name(words: list[str]) -> str | None:
    """The first of a person's names (titles left out), if more than a surname is given."""
    names = [w for w in words if w not in TITLE_WORDS and w not in _NOT_NAME_WORDS]
    return names[0] if len(names) >= 2 else None


# Words that name a group or a side, not what sets its people apart: "the Russian side",
# "American officials" describe people by "Russian", "American".
_GROUP_WORDS = frozenset("""the a an of side sides official officials delegation delegations government governments
authorities team representatives representative leadership camp people""".split())
# Where a title before a name stops: "Rice, and Defense Secretary, Robert Gates" gives Gates only
# "Defense Secretary".
_TITLE_STOP = frozenset("and or with said says told by to from that as for".split())
_WORD = re.compile(r"[\w’'.\-]+")
_APPOSITION = re.compile(r",\s+(?P<role>(?:the|a|an|his|her|its|their|[A-Z][\w.\-]*[’']s)\s+[^,.;:!?“”\"]+)")


def _words(text: str) -> list[str]:
    """Lower-cased words without a possessive 's ("russia's": "russia"); initials whole ("u.s.")."""
    words = []
    for word in _WORD.findall(text.lower()):
        if not re.fullmatch(r"(?:\w\.)+", word):
            word = re.sub(r"[’']s$", "", word).strip("'’-").rstrip(".")
        words.append(word)
    return words


def _same_word(a: str, b: str) -> bool:
    """"russia" and "russian", "defence" and "defense", "germany" and "german": one word here."""
    if a == b:
        return True
    common = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return common >= max(4, min(len(a), len(b)) - 2)


def role_head(description: str) -> str | None:
    """The word of a description that names the role ("commander" in "the civil protection
    commander") when common words before it describe it further; else None. Reporters seldom
    repeat the whole description beside the name ("the agency's commander"). A name or a place
    among them ("the Solbjerg mayor", "the mayor of Solbjerg") says which one: no head alone."""
    if re.search(r"\b(?:of|for|at|from|in)\b", description) or re.search(r"\b[A-Z]", description.strip()[1:]):
        return None
    words = [w for w in _words(description) if w not in _GROUP_WORDS]
    return words[-1] if len(words) > 1 else None


def people_described(description: str, sentences: list[str]) -> list[str]:
    """The people whom the sentences introduce with every word of ``description`` by their
    name: as a title before it ("The Russian Foreign Minister, Sergey Lavrov", "chief executive
    Marit Berg") or an apposition after it ("Ingrid Solheim, the mayor of Kessling"). So "What did
    Russia / the defense secretary / the mayor say?" can be asked of the person meant."""
    wanted = [w for w in _words(description) if w not in _GROUP_WORDS]
    if not wanted:
        return []
    found: list[str] = []
    for sentence in sentences:
        for name, _ in _people_named(sentence):
            for m in re.finditer(re.escape(name), sentence):
                before = _words(sentence[max(0, m.start() - 200) : m.start()])[-6:]
                stops = [i for i, w in enumerate(before) if w in _TITLE_STOP]
                around = before[stops[-1] + 1 :] if stops else before
                apposition = _APPOSITION.match(sentence, m.end())
                if apposition:
                    around = around + _words(apposition.group("role"))[:8]
                if all(any(_same_word(w, a) for a in around) for w in wanted) and name not in found:
                    found.append(name)
    return found
