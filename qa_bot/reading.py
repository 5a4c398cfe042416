"""How a question and the sentences that may answer it are read: what the question asks (whose
words, which deed, a reason, a count of what) and what a sentence does (quotes, refers back to the
one before, replies). Plain patterns and functions of text, no index and no model: the retriever
weighs what they find."""

from __future__ import annotations

import re
from functools import lru_cache

from .backend import SentenceRow
from .lexical import content_words, done_forms, plain_word, stem, word_forms, written_words
from .ranking import (DAY_NAMES, DUE_TO_CAUSE, ENDED_WHEN, MATERIAL_NAMES, MONTH_NAMES, SET_OFF_BY, SO_FOLLOWS,
                      answer_type, asked_name_of, asked_role, gives_name_asked, matches_answer_type, mentions_noun,
                      names_a_person_in, names_someone_beyond, noun_forms, opening_name, speaks_of_unnamed)
from .speakers import OPENING_PHRASE, speaks_in


# A capital, perhaps a second one ("VRail", "BSkyB"), then a small letter: a name, not an acronym.
_ASKED_NAME = re.compile(r"\b(?:[A-Z][A-Z]?[a-z][\w’'\-]*)(?:\s+[A-Z][A-Z]?[a-z][\w’'\-]*)*")


def names_in_question(question: str) -> list[str]:
    """Capitalised words of the question that may name a person (not its first word)."""
    body = question[1:] if question else question
    return [m.group(0) for m in _ASKED_NAME.finditer(body)]


# Capitalised words that name nothing a document must mention: "The Mark of ...", "in Feb 2010".
_NOT_NAMES = frozenset("""the a an of and or in on at for to from by with i it its this that these those what
which who whom whose when where why how is was are were did do does
jan feb mar apr jun jul aug sep sept oct nov dec""".split())


_MAX_NAMED_WORDS = 12  # a question is short; a hostile one with hundreds of names costs no more


# Demonyms whose country a text names by its initials ("U.S. officials" are American ones).
DEMONYMS_BY_INITIALS = {"american": re.compile(r"\bU\.?S\.?A?\b|\bUnited States\b|\bAmerica\b"),
                         "british": re.compile(r"\bU\.?K\.?\b|\bBritain\b|\bUnited Kingdom\b")}


# A country and its people's adjective, either of which a story may use for the other: "the
# Norwegian catalogue" of "a research group in Norway".
COUNTRY_OF_DEMONYM = {"norwegian": "norway", "swedish": "sweden", "danish": "denmark", "finnish": "finland",
                      "icelandic": "iceland", "german": "germany", "french": "france", "spanish": "spain",
                      "italian": "italy", "dutch": "netherlands", "belgian": "belgium", "irish": "ireland",
                      "scottish": "scotland", "welsh": "wales", "english": "england", "cornish": "cornwall",
                      "portuguese": "portugal", "greek": "greece", "polish": "poland", "russian": "russia",
                      "ukrainian": "ukraine", "chinese": "china", "japanese": "japan", "indian": "india",
                      "australian": "australia", "canadian": "canada", "mexican": "mexico", "brazilian": "brazil",
                      "kenyan": "kenya", "ethiopian": "ethiopia", "nigerian": "nigeria", "egyptian": "egypt",
                      "turkish": "turkey", "swiss": "switzerland", "austrian": "austria", "european": "europe",
                      "african": "africa", "asian": "asia", "hungarian": "hungary", "czech": "czechia",
                      "romanian": "romania", "bulgarian": "bulgaria", "croatian": "croatia", "serbian": "serbia",
                      "israeli": "israel", "iranian": "iran", "iraqi": "iraq", "pakistani": "pakistan",
                      "korean": "korea", "vietnamese": "vietnam", "thai": "thailand", "argentine": "argentina",
                      "argentinian": "argentina", "chilean": "chile", "peruvian": "peru", "colombian": "colombia",
                      "moroccan": "morocco", "icelander": "iceland", "filipino": "philippines"}


def named_words(question: str) -> list[str]:
    """The words of the names a question uses, lower-cased, without possessives: "How many
    measles cases did Bulgaria report?" gives "bulgaria", "Who was arrested with Rosa Parks?"
    "rosa", "parks". Acronyms ("UN", "NYC") are left out: a text often spells them out."""
    words: list[str] = []
    for span in names_in_question(question):
        for word in span.split():
            for part in re.sub(r"['’]s?$", "", word).split("-"):
                if len(part) > 1 and part[0].isupper() and not part.isupper() and part.lower() not in _NOT_NAMES:
                    words.append(part.lower())
    return words[:_MAX_NAMED_WORDS]


# Plurals not made with an "s": "How much does a child's session cost?" of "£9 for children".
_IRREGULAR_PLURALS = dict(pair.split() for pair in (
    "child children", "man men", "woman women", "person people", "foot feet", "tooth teeth", "mouse mice",
    "goose geese", "wife wives", "knife knives", "life lives", "half halves", "leaf leaves", "shelf shelves",
    "calf calves", "wolf wolves", "loaf loaves"))
_SINGULARS = {plural: single for single, plural in _IRREGULAR_PLURALS.items()}


def vocabulary_mentions(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether a document with this vocabulary mentions ``word``: as it is, in the singular or
    plural, or misspelt by one letter in the question ("Primier League", "Chafffee Zoo")."""
    if word in vocabulary or word.removesuffix("s") in vocabulary or word + "s" in vocabulary or \
            _IRREGULAR_PLURALS.get(word, _SINGULARS.get(word)) in vocabulary:
        return True
    if len(word) < 5:
        return False
    for known in vocabulary:
        if known[:1] == word[:1] and abs(len(known) - len(word)) <= 1 and _one_edit_apart(known, word):
            return True
    return False


def _one_edit_apart(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    i = next((i for i, (x, y) in enumerate(zip(longer, shorter)) if x != y), len(shorter))
    return longer[i + 1 :] == shorter[i:]


# "What did Condoleezza Rice say about ...": a question for a named person's own words. The
# person must be a name (capitalised words, perhaps after a title), not a role ("the mayor of X").
# "How do I claim a refund?" asks how, not for anyone's words.
_ASKED = r"^\s*(?i:what|how)\s+(?i:did|does|do|has|have|had|will|would)\s+(?!(?i:i|we|you)\b)"


# (not an infinitive: "What does the school hope to add?" asks a plan)
_SAY = (r"(?<!\bto)\s+(?:say|said|tell|told|add|added|announce|announced|claim|claimed|write|wrote|warn|warned|"
        r"reply|replied|comment|stress|argue|insist|explain)\b")


WORDS_OF = re.compile(_ASKED + r"(?P<who>(?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]*)" + _SAY)


# "What did Russia / the defense secretary / the mayor of Kessling say ...": anyone or anything
# said to speak, to be matched with the person the documents introduce so.
WORDS_OF_ANYONE = re.compile(_ASKED + r"(?P<who>\S.{0,59}?)" + _SAY, re.IGNORECASE)


# When someone spoke, at a question's end: "after the game", "outside the court", "at the hearing".
WHEN_SPOKEN = re.compile(r"\s+(?:after|following|during|at|outside|before)\s+(?:the|his|her|their|its|this|that)"
                          r"(?:\s+[\w’'-]+){1,2}(?=\s*\??\s*$)", re.IGNORECASE)


# The same typed all in lower case, as chat users do ("what did putin say"): one or two words
# that are no pronoun, determiner or group ("what did they / the mayor / officials say").
_WORDS_OF_LOWER = re.compile(_ASKED + r"(?P<who>[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*)?)" + _SAY)


_NOT_SOMEONE = frozenset("""i you he she it we they one the a an this that these those his her its their our my your
people officials everyone everybody anyone anybody someone somebody nobody others experts critics residents
police government company companies report reports article story authorities observers analysts""".split())


# Words that frame a question rather than name its topic: "When did the talks take place?" asks
# when the talks were, and a sentence need not say "take" or "place" to answer it; "Which
# university carried out the study?" asks whose study it was ("a study by researchers at ...").
_FRAME_PHRASES = re.compile(r"\b(?:(?:take|takes|took|taking|taken)\s+place|happen(?:s|ed)?|occur(?:s|red)?|"
                            r"(?:carry|carries|carried|carrying)\s+out)\b",
                            re.IGNORECASE)


def forms_of_deed(verb: str) -> set[str]:
    """A verb's stemmed forms, irregular ones too ("took": "take", "took", "taken")."""
    return set(word_forms(stem([verb.lower()])[0]))


def forms_of_deed_asked(question: str) -> set[str]:
    """The stemmed forms of the verb a "Who <verb> ...?" question asks the doer of ("fined":
    "fine", ...), or none."""
    m = _WHO_DID.match(question)
    return forms_of_deed(m["verb"]) if m else set()


def deed_asked_of_doer(question: str) -> str | None:
    """The verb a "Who <verb> ...?" question asks the doer of, as asked ("restored"), or None."""
    m = _WHO_DID.match(question)
    return m["verb"].lower() if m else None


# A deed's form after these is in the passive voice ("was cleaned", "were cast"), its doer not
# before it.
_PASSIVE_BEFORE = frozenset("is was were are be been being get got gets getting".split())
_REPORTS_WORDS = re.compile(r"\b(?:said|says|told|tells|according\s+to|stated)\b", re.I)


def tells_deed_without_doer(question: str, row: SentenceRow) -> bool:
    """Whether a "Who <did> ...?" question's best tells the deed in the passive and leaves out who
    did it ("Two of them were cast in 1652" for "Who cast the bells in 1652?"), naming no person
    or body anywhere, nor reporting anyone's words (whose speaker may be the doer: "Organisers said
    the decision was made ...")."""
    forms = forms_of_deed_asked(question)
    if not forms or row.speaker is not None or _REPORTS_WORDS.search(row.text):
        return False
    _, passive, words = _deed_told_passive(question, row.text)
    return bool(passive) and all("by" not in words[i + 1 : i + 8] for i in passive) and \
        not matches_answer_type("person", f" {row.text}") and not matches_answer_type("organisation", f" {row.text}")


def _deed_told_passive(question: str, text: str) -> tuple[list[int], list[int], list[str]]:
    """Where the text tells the deed a "Who <did> ...?" question asks of, where in the passive,
    and its words."""
    forms = forms_of_deed_asked(question)
    words = [w.lower() for w in re.findall(r"[\w'’-]+", text)]
    # ... or right after the thing done to, its participle ("A 17th-century tapestry stolen from
    # Picton Castle in 1979 ..." for "Who stole the tapestry?")
    done_to = {*stem([thing]), thing} if (thing := deed_object_asked(question)) else set()
    stems = stem(words)
    told = [i for i, token in enumerate(stems) if token in forms]
    passive = [i for i in told if i > 0 and (words[i - 1] in _PASSIVE_BEFORE or
                                             (stems[i - 1] in done_to and words[i].endswith(("ed", "en"))))]
    return told, passive, words


def tells_deed_passive_only(question: str, text: str) -> bool:
    """Whether the text tells the deed a "Who <did> ...?" question asks of in the passive and
    only so, with no doer after "by": "A blue plaque has been unveiled on the house ..." for "Who
    unveiled the plaque?"."""
    told, passive, words = _deed_told_passive(question, text)
    return bool(passive) and len(passive) == len(told) and all("by" not in words[i + 1 : i + 8] for i in passive)


def tells_deed_by_doer(question: str, text: str) -> bool:
    """Whether the text tells the deed a "Who <did> ...?" question asks of in the passive with its
    doer after "by": "has been returned by the grandson of the student"."""
    told, passive, words = _deed_told_passive(question, text)
    return any(i in passive and "by" in words[i + 1 : i + 8] for i in told)


# What may follow a deed told in the past ("found Shelly", "noticed she had gone", "spotted it"),
# unlike a noun a participle describes ("stolen works").
_FOLLOWS_A_DEED = re.compile(r"(?:the$|a$|an$|it$|him$|her$|them$|she$|he$|they$|that$|his$|their$|its$|"
                             r"by$|in$|on$|at$|from$|out$|up$|off$)")


def tells_deed_active(question: str, text: str) -> bool:
    """Whether the text tells the deed a "Who <did> ...?" question asks of in the active voice,
    its doer before it: "On Sunday a dog walker, Lowri Jenkins, heard a rustling ... and found
    Shelly eating dandelions", "A neighbour who was feeding her noticed she had gone"."""
    told, passive, words = _deed_told_passive(question, text)
    written = re.findall(r"[\w'’-]+", text)  # as written: a name after it ("spotted Shelly")
    # (a participle as a word describing a thing is no deed: "a database of stolen works of art";
    # "has stolen" is one)
    return any(i not in passive and i > 0 and words[i - 1] not in ("to", "will", "would", "could", "can") and
               not (words[i].endswith(("en", "ed")) and words[i - 1] not in ("has", "have", "had") and
                    i + 1 < len(words) and not written[i + 1][:1].isupper() and
                    not _FOLLOWS_A_DEED.match(words[i + 1]))
               for i in told)


def deed_of_another_unnamed(question: str, lead: str) -> bool:
    """Whether "Who <did> ...?" asks the deed of someone else the lead leaves unnamed than the
    one it introduces: "Who found the ring?" of "A farmer who lost her wedding ring ... after a
    metal detectorist found it" asks for the detectorist, not the farmer the next sentence names."""
    forms = forms_of_deed_asked(question)
    return bool(forms) and any(not forms.isdisjoint(stem(other[1].split()[1:]))
                               for other in re.finditer(r"(?<=\s)(?:a|an)\s+([a-z-]+(?:\s+[a-z-]+){1,3})", lead))


def deed_named_with_doer(question: str) -> re.Pattern | None:
    """For "Who carried out the survey?", "Who wrote the report?": a pattern for the thing done
    given with its doer's name, "a survey by the British Nutrition Foundation", or None."""
    m = _WHO_DID.match(question)
    things = content_words(_FRAME_PHRASES.sub(" ", question[m.end():])) if m else []
    if not things:
        return None
    thing = re.escape(things[-1][:-1] if things[-1].endswith("s") else things[-1])
    return re.compile(rf"\b(?i:{thing})(?:e?s)?\b(?:\s+[a-z]+){{0,3}}\s+by\s+(?:the\s+)?[A-Z]")


def deed_object_asked(question: str) -> str | None:
    """What a "Who <verb> ...?" question asks the deed done to, the last word of its first run of
    content words ("ring" in "Who cleaned the ring?", "sails" in "Who made the new sails?", not
    "new", which "make a new one" holds), or None."""
    m = _WHO_DID.match(question)
    if m is None:
        return None
    run: list[str] = []
    for word in question[m.end():].split():
        if content := content_words(word):
            run.append(content[0])
        elif run:
            break
    return run[-1] if run else None


def does_to(forms: set[str], thing: str, text: str) -> bool:
    """Whether ``text`` tells the deed (``forms``, stemmed) in the active voice, done to ``thing``
    within the next few words: "A jeweller in Downpatrick cleaned the ring"; not as what is to be
    done ("to score a goal like that")."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", text)]
    stems, target = stem(words), stem([thing])[0]
    for i, token in enumerate(stems):
        if token in forms and i > 0 and words[i - 1] not in _PASSIVE_BEFORE and words[i - 1] != "to" and \
                target in stems[i + 1 : i + 5]:
            return True
    return False


# What a thing is made of may be told by naming it so: "The copper cockerel, which is 1.2 metres
# long, ..." for "What is the cockerel made of?", "a new oak bench".
_MATERIAL_OF_THING_ASKED = re.compile(r"^\s*what\s+(?:is|are|was|were|will)\s+(?:the|its|a|an|this|that|his|her|"
                                      r"their)\s+(?:[\w'’-]+\s+){0,3}?(?P<thing>[a-z][\w'’-]*)\s+(?:be\s+)?"
                                      r"(?:made|built|carved|cast|woven|constructed)\s+(?:of|from|out\s+of)\s*\??\s*$",
                                      re.IGNORECASE)


def thing_made_asked(question: str) -> str | None:
    """The thing whose material is asked: "copies" of "What are the copies made of?"."""
    asked = _MATERIAL_OF_THING_ASKED.match(question)
    return None if asked is None else asked["thing"]


def names_material_of(question: str, text: str) -> bool:
    """Whether the sentence names the thing asked by what it is made of ("the copper cockerel",
    "an oak and glass door" for "What is the door made of?"), a word or two before it."""
    asked = _MATERIAL_OF_THING_ASKED.match(question)
    if asked is None:
        return False
    material = rf"(?:{MATERIAL_NAMES})(?:-\w+)?"
    thing = rf"{re.escape(asked['thing'])}(?:e?s)?\b"
    # ... or after it, said of them all or of most: "The coins, most of them silver, were buried ..."
    return re.search(rf"\b{material}(?:\s+and\s+{material})?\s+(?:[a-z][\w-]*\s+)?{thing}|"
                     rf"\b{thing},?\s+(?:(?:nearly\s+|almost\s+)?(?:all|most|many|some|half)\s+of\s+them\s+"
                     rf"(?:made\s+of\s+|in\s+)?|(?:is|are|was|were)\s+(?:all\s+|mostly\s+|largely\s+|solid\s+)?)"
                     rf"{material}\b(?!\s+[a-z]+(?:ed|ing)\b)", text, re.IGNORECASE) is not None


def tells_means_of(deed: str, text: str) -> bool:
    """Whether ``text`` tells the deed with its means after it: "identified by the ring"."""
    stem_of = stem([deed.lower()])[0]
    return re.search(rf"\b{re.escape(stem_of)}{_DEED_THEN_MEANS}", text, re.IGNORECASE) is not None


# A title or a name in capitals inside a sentence, which tells no deed: "Thomas Hardy's novel The
# Return of the Native" returns nothing. (Not a sentence's or a quote's first word.)
_TITLE_INSIDE = re.compile(r"(?<=[\w,;'’]\s)(?-i:[A-Z][\w'’-]*)(?:\s+(?:(?:of|the|and|for|in|on|to|a|an)\s+)*"
                           r"(?-i:[A-Z][\w'’-]*))*")


def without_titles(text: str) -> str:
    """``text`` without the names and titles in capitals inside it."""
    return _TITLE_INSIDE.sub(" ", text)


def tells_any(forms: set[str], text: str) -> bool:
    """Whether ``text`` has a word of one of ``forms`` (stemmed), not in a name or title."""
    return not forms.isdisjoint(stem(content_words(without_titles(text))))


# A noun made of a verb: "collection" tells no one collected anything.
_NOUN_OF_DEED = ("ion", "ions", "ment", "ments")


def tells_as_deed(forms: set[str], text: str) -> bool:
    """Whether ``text`` tells one of ``forms`` (stemmed) as a deed, not as the noun made of it:
    "... was found by Lucía Fernández while she was cataloguing a collection" collects nothing."""
    words = [w for w in content_words(text) if not w.endswith(_NOUN_OF_DEED)]
    return not forms.isdisjoint(stem(words))


# The noun for who does a deed: "applicant" of "applied", "builder" of "built", "owner".
_DOER_ENDING = re.compile(r"(?:ants?|ents?|ers?|ors?)$")


def calls_doer_by_deed(forms: set[str], text: str) -> bool:
    """Whether ``text`` calls someone by the deed ``forms`` (stemmed) tell: "The applicant,
    Northwind Energy Ltd, ..." for "Who applied to build the wind farm?"."""
    return any(names_doer(forms, word) for word in content_words(text))


def describes_doer_by_deed(forms: set[str], text: str) -> bool:
    """Whether ``text`` calls someone by the deed and says who they are beside it, unnamed: "The
    seller, a Belgian collector, had bought it ..." for "Who was selling the tapestry?"."""
    return any(names_doer(forms, m["doer"].lower()) for m in _DOER_DESCRIBED.finditer(text))


_DOER_DESCRIBED = re.compile(r"\b(?P<doer>[A-Za-z]+),\s+(?:a|an)\s+[A-Za-z]")


def names_doer(forms: set[str], word: str) -> bool:
    """Whether ``word`` is a doer's noun ("applicant", "sellers") of the deed ``forms`` tell."""
    return _DOER_ENDING.search(word) is not None and any(_calls_by(form, word) for form in forms)


def _calls_by(form: str, word: str) -> bool:
    """Whether ``word`` ("owners", "winners") names the doer of the deed ``form`` ("own", "win"):
    a short verb only by its own doer's noun, not every word it starts ("set": "settlers")."""
    if len(form) > 3:
        return word.startswith(form)
    return re.fullmatch(rf"{re.escape(form)}{re.escape(form[-1])}?(?:ers?|ors?)", word) is not None


def _next_in_story(row: SentenceRow, follower: SentenceRow | None) -> bool:
    return follower is not None and follower.doc_id == row.doc_id and follower.position == row.position + 1


def body_given_next(row: SentenceRow, follower: SentenceRow | None) -> str | None:
    """The body's name the sentence after ``row`` opens on ("Brightpath Systems, which employs
    140 people, said ..."), which is what ``row`` introduced unnamed ("A software company in
    Bristol has ..."), or None."""
    m = _OPENING_BODY_APPOSED.match(follower.text) if _next_in_story(row, follower) else None
    return m["body"] if m is not None else None


def name_given_next(row: SentenceRow, follower: SentenceRow | None) -> str | None:
    """The name the sentence after ``row`` opens on ("Graham Pettifer, 58, ... admitted ..."),
    which is whom ``row`` introduced unnamed ("A landlord who ..."), or None; or a team's, when
    ``row`` introduced a team ("A team from a pub in Tinsley Green has won ..." / "The Greyhound
    Rollers, made up of four regulars ...")."""
    if not _next_in_story(row, follower):
        return None
    team = _OPENS_WITH_TEAM_NAME.match(follower.text) if _INTRODUCES_A_TEAM.match(row.text) else None
    return opening_name(follower.text) or (team["name"] or team["doing"] if team else None)


# A lead that introduces a team or group unnamed, and the name the next sentence gives it.
# ("A village cricket club from North Yorkshire has won ..." / "Stokesley Cricket Club scored ...")
_INTRODUCES_A_TEAM = re.compile(r"(?:A|An)\s+(?:[\w'’-]+\s+){0,2}(?:team|group|band|choir|crew|trio|quartet|duo|pair|"
                                r"squad|troupe|club|side)\b")
_OPENS_WITH_TEAM_NAME = re.compile(r"(?:The\s+)?(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)(?=,)|"
                                   # ... of two words or more, doing something ("Spectators were ..." is none)
                                   r"(?:The\s+)?(?P<doing>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)"
                                   r"(?=\s+(?:won|beat|scored|have|has|had|were|are|[a-z]+ed)\b)")


def named_next(row: SentenceRow, follower: SentenceRow | None) -> str | None:
    """Whoever the sentence after ``row`` names as it opens, a person or a body, or None."""
    return name_given_next(row, follower) or body_given_next(row, follower)


# "Has anyone been arrested?" asks who, as "who" does: the word holds the answer's place, and a
# sentence that says it ("Anyone with information should call ...") is no likelier an answer.
_SLOT_WORDS = r"(?:anyone|anybody|someone|somebody)"


ANSWER_SLOT = re.compile(rf"\b{_SLOT_WORDS}\b", re.IGNORECASE)


# "What is the captain's name?", "What is the name of the farmer who was arrested?": a person's
# name is what is asked, and "The captain, a 52-year-old ..." does not give it. (Of a thing, "What
# is the name of the castle?", SQuAD gives the name bare too often to tell.)
ASKS_FOR_NAME = re.compile(r"^\s*(?:what|which)(?:['’]s|\s+(?:is|was|are|were))\s+(?:[\w'’-]+\s+){0,4}?names?\b",
                            re.IGNORECASE)


# A sentence that says nothing of the kind happened: "No injuries have been reported."
NONE_HAPPENED = re.compile(r"\s*(?:No|Nobody|No one|None)\b")


# "Has anyone been arrested ...?", "Did anyone die?": the deed asked of the answer's place.
# "Were the walkers hurt?", "Was the driver injured?": whether a deed was done to someone named by
# a noun, answered by a sentence telling it of them ("The walkers were cold but unhurt").
DONE_TO_ASKED = re.compile(r"^\s*(?:was|were|is|are)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
                            r"(?P<noun>[a-z][\w-]+)\s+(?:(?:badly|seriously|also)\s+)?"
                            r"(?P<verb>[a-z]+(?:ed|en)|hurt)\s*\??\s*$", re.IGNORECASE)


# "Who has been charged over the sundial?": whom a deed was done to, answered by a sentence telling
# it of someone ("A 43-year-old man from Swindon has been charged ...").
WHO_DONE_TO_ASKED = re.compile(r"^\s*who\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                               r"(?:(?:badly|seriously|also)\s+)?(?P<verb>[a-z]+(?:ed|en)|hurt|caught|held|sent)\b",
                               re.IGNORECASE)


# "Was anyone in the building?" asks where they were, no deed. ("Were any of the fishermen hurt?"
# asks it of anyone among them.)
EVENT_ASKED = re.compile(rf"^\s*(?:has|have|had|was|were|is|are|did|will)\s+"
                         rf"(?:{_SLOT_WORDS}|any\s+of\s+(?:them|the\s+(?:[\w'’-]+\s+){{0,2}}?[a-z]+))\s+"
                         r"(?:been\s+|be\s+)?(?!(?:in|at|on|inside|aboard|near|there|here)\b)(?P<verb>[a-z]+)",
                         re.IGNORECASE)


# "Have the police arrested anyone?", "Has the council fined anybody?": whether a deed was done
# to anyone, which a sentence without it does not say.
DONE_TO_ANYONE_ASKED = re.compile(rf"^\s*(?:has|have|had|did)\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+"
                                  rf"(?:(?:already|yet|ever|now)\s+)?(?P<verb>[a-z]+)\s+(?:{_SLOT_WORDS}|anything)\b",
                                  re.IGNORECASE)


# "Has Redhill Homes appealed?", "Did Fenwick resign?": whether someone named did a deed, which a
# sentence that only names them ("Applicant: Redhill Homes Ltd") does not say.
NAMED_DID_ASKED = re.compile(r"^\s*(?:has|have|had|did)\s+(?-i:(?:[A-Z][\w'’&-]*\s+){1,4})"
                             r"(?:(?:already|yet|ever|now)\s+)?(?:been\s+)?(?P<verb>[a-z]+)\b", re.IGNORECASE)


# "How long had Pike been married?": a state whose span is asked, which a sentence with a span of
# another ("had worked for the trust since 2011") does not tell.
STATE_LASTING_ASKED = re.compile(r"^\s*how\s+long\s+(?:has|have|had)\s+.{1,60}?\s+been\s+"
                                 r"(?P<verb>(?-i:[a-z]+(?:ed|en)))\s*\??\s*$", re.IGNORECASE)


# "How old was Arjun when he learned to play?", "How old was she when she was diagnosed?": the
# deed at whose time the age is asked.
AGE_WHEN_DONE = re.compile(r"^\s*how\s+old\s+(?:was|were|is|are|will)\b.*?\bwhen\s+(?:[\w'’-]+\s+){1,3}?"
                           r"(?:(?:was|were|first|finally)\s+)?(?P<deed>(?-i:[a-z]+(?:ed|en)|began|won|became|got|"
                           r"took|left|ran|wrote|made|saw|met|learnt|built|went|lost|sold|bought))\b", re.IGNORECASE)


# "How long was Kevin Marsh jailed for?", "How long will the bridge be closed?": the deed whose span is asked.
HOW_LONG_DONE = re.compile(r"^\s*how\s+long\s+(?:(?:was|were|is|are|has|have|had|will)\b.*?"
                            r"\b(?!been\b)(?=(?-i:[a-z]+(?:ed|en))\b)|"
                            # ... or a deed of its own, to come: "How long will a good dry stone wall stand?"
                            # (not one that says only that it lasts: "How long will the strike last?")
                            r"(?:will|would|can|could)\s+(?:the|a|an|his|her|their|its)\s+.{1,60}?\s+"
                            r"(?=(?!(?:last|take|run|be|go|stay|remain|continue|keep)\b)(?-i:[a-z]+)\s*\??\s*$)|"
                            # ... or done: "How long did the choir sing for?"
                            # (its doer in a word or two, the verb the question's last word)
                            r"(?:did|does|do)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+)?[\w'’-]+\s+"
                            r"(?=(?!(?:last|take|run|be|go|stay|remain|continue|keep|have|get|for)\b)(?-i:[a-z]+)"
                            r"(?:\s+for)?\s*\??\s*$))"
                            r"(?P<deed>(?-i:[a-z]+))\b", re.IGNORECASE)
# "How was the pigeon identified?": the means of a deed, told with the deed ("... was identified
# by the ring on his leg"), which a manner's matcher seldom flags.
# Irregular participles a "How/Where was X <done>?" question may end on, besides -ed and -en ones.
_IRREGULAR_DONE = "built|held|kept|made|sold|sent|spent|bought|brought|caught|won"
HOW_DONE = re.compile(r"^\s*how\s+(?:was|were|is|are|has|have|had|will)\b.*?"
                      rf"\b(?!been\b)(?P<deed>(?-i:[a-z]+(?:ed|en)|{_IRREGULAR_DONE}|found|lost|taught|paid))"
                      # ... with its particle: "How is the scheme paid for?"
                      r"(?:\s+(?:for|up|out|off|down))?\s*\??\s*$", re.IGNORECASE)
# ... the deed followed by its means
_DEED_THEN_MEANS = r"\w*\s+(?:[\w'’-]+\s+){0,2}?(?:by|using|with|through|via|thanks\s+to)\b"
# "When was Norvane Foods founded?": the time a thing began, told with the word for its beginning
# (which news seldom puts in other words, as it does a theft's "taken" for "stolen"). For ranking;
# _ASKS_BEGINNING below, which caps the confidence, keeps to the beginnings measured safe for it.
WHEN_DONE = re.compile(r"^\s*when\s+(?:was|were)\b.*?\b(?P<deed>founded|established|formed|built|constructed|"
                       r"opened|launched|created|introduced|invented|discovered|born|installed|erected|unveiled)"
                       r"\s*\??\s*$", re.IGNORECASE)
# "Where were the kayakers taken?": the place a deed was done to them, told with the deed.
# ... or an irregular participle: "Where were the bricks sold?". Not "found", which news tells in
# other words ("She was spotted by a dog walker ... in a pond"), as a story's lead does not.
WHERE_DONE = re.compile(r"^\s*where\s+(?:was|were|is|are|has|have|had|will\s+be)\b.*?"
                        rf"\b(?!been\b)(?P<deed>(?-i:[a-z]+(?:ed|en)|{_IRREGULAR_DONE}|"
                        r"dug|hung|put|set|shot|hit|struck|stuck|met|led|fed|laid))"
                        r"\s*\??\s*$", re.IGNORECASE)
# ... or done by someone, as they do it: "Where does the knitting group meet?", "Where did the
# club shoot before?"
# (not a deed done to it, "Where will the new stadium be built?", which WHERE_DONE's kind is)
WHERE_DOES = re.compile(r"^\s*where\s+(?:do|does|did|will)\s+(?:the|a|an|his|her|their|its)\s+.{1,60}?\s+(?<!\bbe\s)"
                        r"(?P<deed>(?!(?:be|go|come|live|stay|get|do|have|year|week|month|day|time|season)\b)"
                        r"(?-i:[a-z]{3,}))(?:\s+(?:before|now|usually|today|these\s+days|(?:each|every)\s+week|"
                        r"(?:next|this|last)\s+(?:year|week|month|time|season)))?\s*\??\s*$", re.I)
# "How long did the squares take to make?": the span of the deed after "take to".
HOW_LONG_TO_DO = re.compile(r"^\s*how\s+long\s+(?:did|does|do|will|would)\s+.{1,60}?\s+take\s+(?:\w+\s+)?to\s+"
                            r"(?P<deed>(?-i:[a-z]{3,}))\b", re.I)


# "the project will cost ...": the story's subject, as its title names it
THE_PROJECT = re.compile(r"\b(?:the|this)\s+(?:project|scheme|plan|development|works?)\b", re.IGNORECASE)
# ... and a sentence opening on the new thing a story is about ("The new ground would cost ..."),
# which its title names in its own word ("... plans for 22,000-seat stadium").
THE_NEW = re.compile(r"\s*(?:The|This|Its)\s+new\s+[a-z]")


# "What is RSV?", "What are microplastics?": the thing a definition is asked of
# (a thing may be an ordinal in figures: "What was the 1,000th item?")
_WHAT_IS = re.compile(r"^\s*what\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?"
                      r"(?P<thing>(?:\d{1,3}(?:,\d{3})+\w*|[\w'’-]+)(?:\s+[\w'’-]+){0,3}?)"
                      r"\s*\??\s*$", re.IGNORECASE)


def definition_of(question: str) -> re.Pattern | None:
    """For "What is X?", a pattern for a sentence opening by defining X ("RSV is a common winter
    virus ...", or beside it: "The book, a copy of Thomas Hardy's novel ..."), else None."""
    m = _WHAT_IS.match(question)
    return re.compile(rf"^(?:an?\s+|the\s+)?{re.escape(m['thing'])}(?:\s+(?:is|are|was|were)|,)\s+(?:a|an|the|one)\s",
                      re.IGNORECASE) if m else None


# "How did the talks end?" asks how they turned out, which a sentence tells without "end" ("In
# conclusion ... the positive result of the talks is ...").
_OUTCOME_VERB = re.compile(r"\s(?:end|finish|conclude|close|turn\s+out|wrap\s+up)(?=\s*\??\s*$)", re.I)


def topic_words(question: str) -> str:
    """The question without the phrases that only frame it, for matching words."""
    framed = _FRAME_PHRASES.sub(" ", ANSWER_SLOT.sub(" ", question))
    if answer_type(question) == "outcome":
        framed = _OUTCOME_VERB.sub(" ", framed)
    return framed


def asked_speaker(question: str) -> str | None:
    """The person whose words a question asks for ("Rice"), or None for any other question."""
    m = WORDS_OF.match(question)
    if m:
        return m.group("who").split()[-1]
    if question == question.lower():
        m = _WORDS_OF_LOWER.match(question)
        if m and not _NOT_SOMEONE.intersection(m.group("who").split()):
            return m.group("who").split()[-1]
    return None


# "What do some theories / many experts claim ...", "How would one write ...": no one in
# particular, whose words a sentence need not attribute.
_NO_ONE_IN_PARTICULAR = frozenset("some many most several few all other others various one you we they i he she it "
                                  "people".split())


# Words that count whatever the sentence is about: "expected to sell 300,000 units" counts phones.
ANY_THING_COUNTED = frozenset("unit units item items piece pieces".split())


# "How many people work at the shipyard?" counts them by what they are: "our 900 employees".
PEOPLE = frozenset({"people", "persons"})


# "cut 140 posts", "nine roles would go": jobs as news counts them.
JOBS_COUNTED = frozenset({"posts", "roles", "positions", "vacancies"})


# People counted by their part in the story: a word table puts the parts of one setting near each
# other ("employees" 0.42 from "customers", "nurses" 0.49 from "doctors", "students" 0.43 from
# "teachers"), as near as true synonyms ("staff" 0.45), so a count of one part never counts
# another, and one of the same part does ("300 pupils" counts students).
_PARTS_PLAYED = ("employees employee staff workers worker workforce personnel",
                 "customers customer clients client users user subscribers subscriber shoppers shopper consumers",
                 "pupils pupil students student schoolchildren learners",
                 "teachers teacher lecturers lecturer",
                 "patients patient",
                 "doctors doctor surgeons surgeon gps",
                 "nurses nurse",
                 "passengers passenger travellers commuters riders",
                 "drivers driver pilots pilot",
                 "visitors visitor tourists tourist guests holidaymakers sightseers",
                 "residents resident locals inhabitants villagers householders",
                 "fans supporters spectators",
                 "viewers viewer listeners listener readers reader audience",
                 "soldiers soldier troops",
                 "volunteers volunteer",
                 "shareholders shareholder investors investor")
PART_PLAYED = {token: part for part, words in enumerate(_PARTS_PLAYED) for token in stem(words.split())}
EMPLOYEES_PART = PART_PLAYED[stem(["staff"])[0]]
_HEADCOUNT = (r"(?:(?:about|around|roughly|some|more\s+than|nearly|almost|over|fewer\s+than|"
              r"just\s+(?:under|over))\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|"
              r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
              r"a\s+hundred|hundreds|thousands|dozens)\b")
# A workforce counted without naming it: "She now employs seven people", "a staff of 40".
WORKFORCE_COUNTED = re.compile(rf"\b(?:employ(?:s|ed|ing)?|(?:a\s+)?(?:workforce|staff)\s+of)\s+{_HEADCOUNT}",
                               re.IGNORECASE)
# ... and the people who came to an event: "played ... to a congregation of 900", "a crowd of 3,000".
GATHERING_COUNTED = re.compile(rf"\b(?:crowd|audience|congregation|turnout|attendance|gathering)\s+of\s+"
                               rf"{_HEADCOUNT}", re.IGNORECASE)


PEOPLE_COUNTED = frozenset("""residents villagers families parents workers employees staff protesters activists farmers
fishermen students pupils children adults campaigners locals neighbours citizens volunteers shareholders investors
patients passengers voters tenants visitors fans spectators customers users tourists migrants refugees soldiers troops
officers nurses doctors teachers drivers members inhabitants men women crew team squad family""".split())


# "Where are the cavers from?": a place they come from ("two men and a woman from Sheffield"), not
# where the story happened ("trapped ... in the Yorkshire Dales").
ASKS_WHERE_FROM = re.compile(r"^\s*where\b.*\bfrom\s*\??\s*$", re.IGNORECASE)


# Not a figure's "from": "seven and a half points from nine games", "rose from 5%", "from 2019"; nor
# a distance's: "carried them more than a mile from Porthmeor beach".
SAYS_FROM = re.compile(r"(?<!\bmile\s)(?<!\bmiles\s)(?<!\bmetres\s)(?<!\bmeters\s)(?<!\byards\s)(?<!\bkm\s)"
                       r"(?<!\bfeet\s)(?<!\baway\s)\bfrom\b"
                       r"(?!\s+(?:(?:about|around|almost|nearly|just|more\s+than|less\s+than|fewer\s+than)\s+)?"
                       r"(?:[£$€]?\d|(?:one(?!\s+of)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"twenty|thirty|forty|fifty|a\s+(?:high|low|peak))\b))|-born\b|\bnative of\b|"
                       # "Okafor, who grew up in Croydon"
                       r"\b(?:grew\s+up|born|raised|brought\s+up)(?:\s+and\s+(?:raised|bred))?\s+in\b",
                       re.IGNORECASE)


# "Where does Amira come from?" asks of someone named, whose place is not where a thing was moved
# from ("a board he had brought from Pakistan") nor whom something was had from ("learned to play
# ... from her grandfather").
ASKS_WHERE_NAMED_FROM = re.compile(r"^\s*where\s+(?:is|was|are|were|does|do|did)\s+(?-i:[A-Z][\w'’-]+\s+){1,3}"
                                   r"(?:originally\s+)?(?:come\s+)?from\s*\??\s*$", re.IGNORECASE)
_THING_MOVED_FROM = re.compile(r"\b(?:brought|taken|stolen|shipped|imported|sent)\s+from\b|"
                               r"\bfrom\s+(?:his|her|their|my|our)\s+(?:grand)?(?:father|mother|parents?|dad|mum|"
                               r"brother|sister|uncle|aunt|coach|teacher)\b", re.IGNORECASE)


# "Where did the pine come from?" asks of a thing, which may be had out of a place: "dug the pine
# out of a disused quarry".
ASKS_WHERE_THING_FROM = re.compile(r"^\s*where\s+(?:is|was|are|were|does|do|did)\s+(?:the|a|an|this|that|its|his|"
                                   r"her|their)\s+(?:[\w'’-]+\s+){1,3}(?:originally\s+)?(?:come\s+)?from\s*\??\s*$",
                                   re.IGNORECASE)
_OUT_OF_A_PLACE = re.compile(r"\bout\s+of\s+(?:a|an|the)\s+", re.IGNORECASE)
# ... or by who supplies it, from where: "The trees are supplied by a farm in Great Dunmow".
_SUPPLIED_BY = re.compile(r"\b(?:supplied|provided|sourced|grown|made|produced|donated|delivered|bred|raised)\s+"
                          r"(?:by|at|on)\s+(?:a|an|the)\s+[^.;,]{0,40}?\b(?:in|at|near|outside)\s+[A-Z]")


def says_where_thing_from(sentence: str) -> bool:
    """Whether the sentence says where a thing came from: "from", "out of" a place, or who
    supplies it, in a place named."""
    return SAYS_FROM.search(sentence) is not None or _OUT_OF_A_PLACE.search(sentence) is not None or \
        _SUPPLIED_BY.search(sentence) is not None


def says_where_someone_from(sentence: str) -> bool:
    """Whether the sentence says where someone is from, past any "from" of a thing moved or of
    whom something was had."""
    return SAYS_FROM.search(_THING_MOVED_FROM.sub(" ", sentence)) is not None


# A letter's sign-off: the name under "Yours faithfully," is who wrote it, and answers "Who
# signed the letter?" though it shares no word with the question.
VALEDICTION = re.compile(r"\s*(?:Yours\s+(?:faithfully|sincerely|truly)|(?:With\s+)?(?:Kind|Best|Warm)\s+"
                         r"(?:regards|wishes)|Regards|Sincerely),?\s*$", re.I)
ASKS_WRITER = re.compile(r"^\s*who\s+(?:(?:signed|wrote|sent|issued)\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:letter|e-?mail|notice|message|note)|(?:is|was)\s+the\s+(?:[\w'’-]+\s+)?"
                         r"(?:letter|e-?mail|message|note)\s+from)\b", re.I)


# "Which court did the case go to?": a court case is what a sentence telling of the court, the
# charges or the trial is about, though it never says "case".
TELLS_OF_A_CASE = re.compile(r"\b(?:court|courts|charge|charges|charged|trial|tried|prosecution|prosecuted|judge|"
                             r"jury|guilty|sentenced|magistrates)\b", re.IGNORECASE)


# "the company's chief executive": of the body the story names, whatever its name.
THE_BODY = re.compile(r"\b[Tt]he\s+(?:company|firm|group|charity|council|airline|carmaker|business|operator|"
                       r"utility|supplier|retailer|club|bank|studio|chain)(?:['’]s)?\b")


# A number or a quantifier standing for what the sentence before named: "At least 60 had been
# recorded" (aftershocks), "Many had sold their harvest" (farmers), "Two of the dead were ...".
# Only with a verb or "of" straight after it: "Many people were ..." names its own subject.
_ELLIPTICAL_QUANTITY = (r"(?:(?:At least|At most|Fewer than|Less than|More than|Over|Nearly|Almost|About|Only|"
                        r"Around)\s+)?(?:(?:about|around|nearly|almost|over|some)\s+)?"  # "Only about 6,500 are ..."
                        r"(?:Many|Most|Some|Few|Several|Both|All|None|Others|Each|One|Two|Three|Four|Five|Six|Seven|"
                        r"Eight|Nine|Ten|(?!(?:1\d|20)\d\d\b)\d[\d,.]*|"  # a figure, but not a year
                        r"The\s+(?:first|second|third|fourth|last|other|others|rest|latter|former|remainder))"
                        r"\s+(?:of\s+(?:them|those|these|the|whom)|had|have|has|are|were|was|is|will|"
                        r"would|could|can|did|do|also|still|now|"
                        # "Eight died on the beach", "Two remain in hospital": a deed's count
                        r"remain|remains|(?!hundred\b)[a-z]{2,}ed(?=[\s,.;]))")


# "Who brought the case ...?", "Who designed the bridge?": a doer asked by the deed's verb.
# "Who would pay ...?", "Who has bought ...?", "Who was going to lead ...?" ask a doer as "Who
# paid ...?" does; "Who will be appointed?" asks who the deed is done to, and is not read.
_WHO_DID = re.compile(r"^\s*who\s+(?:(?:will|would|could|should|must|may|might|can|has|have|had|"
                      # "Who is paying for the cycle lanes?" asks the doer as "Who paid ...?" does
                      r"(?:is|are|was|were)\s+going\s+to|(?:is|are|was|were)(?=\s+[a-z]{2,}ing\b))\s+)?"
                      r"(?P<verb>(?!(?:is|was|are|were|be|been|will|would|has|have|had|did|does|do|can|could|"
                      r"should|may|might|must|not)\b)[a-z]+)\b", re.I)


ASKS_REASON = re.compile(r"^\s*(?:why|what (?:caused|causes|led to|prompted)|for what reason|how come)\b", re.I)
# A purpose, told by what something is meant to do: "What is a wassail for?" of "an old custom meant
# to wake the apple trees".
ASKS_PURPOSE = re.compile(r"^\s*what\s+(?:is|are|was|were)\s+(?:the|a|an|this|these)\s+[\w'’ -]{1,40}?\s+"
                          r"for\s*\??\s*$", re.I)
GIVES_PURPOSE = re.compile(r"\b(?:(?:meant|intended|designed|used)\s+to|aim(?:s|ed)?\s+(?:to|at)|so\s+that|"
                           r"as\s+a\s+way\s+(?:to|of)|in\s+a\s+bid\s+to|"
                           r"in\s+order\s+to|the\s+(?:aim|purpose|idea)\s+(?:is|was))\b", re.I)


# "since" of a time may still lead to a reason ("doubled since 2022"), but not since something
# began, a record's frame: "the highest total since the survey began in 1998".
_SINCE_AS_REASON = (r"since(?!\s+(?:[\w'’-]+\s+){0,3}?(?:records?\s+)?"
                    r"(?:began|begun|started|opened|was\s+(?:founded|built|opened|set\s+up))\b)")
GIVES_REASON = re.compile(rf"\b(?:because|{_SINCE_AS_REASON}|as a result|{DUE_TO_CAUSE}|owing to|thanks to|"
                           r"blamed|blames|caused|causes|reasons?|so that|in order to|after|theory|explains?|"
                           # a purpose as the reason: "dreamed up ... as a way to bring visitors to the town"
                           r"as a way (?:to|of)|in a bid to|in an attempt to|with the aim of|"
                           # ... or for what it was needed: "the change was needed to recruit and keep staff"
                           r"(?:is|was|are|were|been)\s+(?:needed|necessary|required)\s+to\s+(?!be\b)[a-z]+|"
                           # "the rise was down to a mild spring"
                           r"(?:is|was|are|were|been)\s+(?:(?:largely|mainly|partly|mostly|entirely|all)\s+)?down\s+to|"
                           rf"explanation|led to|following|{SET_OFF_BY}|"
                           # "as" opening a clause of cause: "The bridge will not swing again, as no large
                           # ships now sail up the river" (not "as well as", "as part of", "as a museum")
                           r"(?<=,\s)as\s+(?:no|there|they|its|their|it(?!\s+(?:is|was)\s+(?:known|called|named)\b)|"
                           r"the\s+[a-z]+\s+(?:is|are|was|were|has|have|had))\b|"
                           # that it is not known is the answer: "The cause of the fire is not yet known."
                           r"(?:not|never)\s+(?:yet\s+|been\s+)*(?:known|clear|established|determined)|"
                           r"unknown|unclear|under investigation|"
                           # a purpose served: "The rings will allow the birds to be identified ..."
                           r"(?:will|would|should|could|can)\s+(?:allow|enable|help|let)\s+(?:[\w'’-]+\s+){1,4}?to|"
                           # a hedged explanation: "Scientists think the birds may be short of food"
                           r"(?:think|thinks|believe|believes|suspect|suspects)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?"
                           r"(?:may|might|could)\s+(?:be|have)|"
                           # a fault found: "Councillors said the lane was too narrow for the extra traffic"
                           r"(?:was|were|is|are|would\s+be)\s+too\s+[a-z]+\s+(?:for|to)"
                           r")\b|" + ENDED_WHEN + "|" + SO_FOLLOWS, re.I)


# A sentence that asks ("Whose fault is that?"), perhaps inside brackets or quotes.
ASKS_IN_TEXT = re.compile(r"\?[\"”’)\]]*\s*$")


# An interview's label: "A:", "Minister:", or "Q." / "A."
_LABEL_OPENING = r"(?:[A-Z][A-Za-z'’-]{0,20}(?:\s[A-Z][A-Za-z'’-]{0,20}){0,2}:|[QA]\.)\s+"  # "A:", "Carl Whitmore:"


LABELLED = re.compile(_LABEL_OPENING)


# "Yes.", "It does.", "A: No, they won't.", "A: They try." (not "A: Partly ours.", which answers)
BARE_REPLY = re.compile(rf"\s*(?:{_LABEL_OPENING})?(?=\w)"
                         r"(?:(?:yes|no|yeah|indeed|certainly|absolutely)\b[,.!]?\s*)?"
                         r"(?:(?:it|they|he|she|we|i|you|that|this)\s+[a-z]+(?:n['’]t|\s+not)?[.!]?)?\s*$", re.I)


# A sentence about something the one before named: "It cost ...", "The phone will cost 249 euros"
# after "... launched the Solen Aava, a budget smartphone".
# An interview's answer may open with its label ("A: It has, by £95 a month"); a quotation may
# be given by someone named by what they are to the sentence before ('"...," said its spokesman').
OPENS_WITH_REFERENCE = re.compile(rf"\s*(?:{_LABEL_OPENING})?"
                                   r"(?:[“\"][^”\"]+[”\"]\s*(?:said|says|added)\s+(?:its|their|his|her)|"
                                   rf"It|Its|They|Their|This|That|These|Those|He|His|She|Her|"
                                   rf"{OPENING_PHRASE}(?:it|its|they|their|he|his|she|her)|"
                                   rf"(?P<ellipsis>{_ELLIPTICAL_QUANTITY})|"
                                   r"The\s+(?:[£$€][\d.,]+(?:\s*(?:million|billion|m|bn))?\s+)?"
                                   # "The 44-year-old ...", "The 1,100-seat theatre ..."
                                   r"(?P<described>(?:\d{1,3}-year-old|\d[\d,.]*-[a-z][\w-]*|[a-z][\w-]*(?:['’]s)?)"
                                   r"(?:\s+[a-z][\w-]*)?))\b")


# A name given beside a description: "The chef, Tom Barraclough, ...".
NAMED_IN_APPOSITION = re.compile(r",\s+[A-Z][\w'’-]+\s+[A-Z]")


# A "he", "she" or "its" further into a sentence than its opening: "Only eleven of her paintings
# ...", "Reservoir levels in its area ...".
_PRONOUN_WITHIN = re.compile(r"\b(?:(?P<he>he|him|his)|(?P<she>she|her|hers)|(?P<it>its))\b")


# A body a sentence opens on as its subject, what a later "its" means: "Southern Water said ...".
_BODY_OPENS = (r"(?!(?:The|A|An|It|Its|He|She|They|This|That|In|On|At|But|And|Some|Most|All|"
               r"Only|Both|Each|Every|No|If|When|While|After|Before|As)\b)"
               r"(?P<body>(?:(?:[A-Z][\w&'’-]*|&)\s+){0,3}[A-Z][\w&'’-]*)")
_OPENING_BODY = re.compile(_BODY_OPENS + r"\s+(?=[a-z])")
# ... or with a clause or an apposition after it: "Brightpath Systems, which employs ...".
_OPENING_BODY_APPOSED = re.compile(_BODY_OPENS + r",?\s+(?=[a-z])")


@lru_cache(maxsize=16384)  # every candidate sentence, for every question
def pronoun_within(sentence: str) -> str | None:
    """"he", "she" or "it" for the first such pronoun in the sentence (in lower case: not its
    opening), else None."""
    m = _PRONOUN_WITHIN.search(sentence)
    return None if m is None else next(kind for kind in ("he", "she", "it") if m[kind])


def opening_body(sentence: str) -> str | None:
    """The name of the body the sentence opens on ("Southern Water said ..."), or None."""
    m = _OPENING_BODY.match(sentence)
    return m["body"] if m is not None and not names_a_person_in(m["body"]) else None


# A table row's column name, before its value: "Party: Conservative; Votes: 640."
COLUMN_NAME = re.compile(r"(?:^|;\s)([A-Z][\w-]*)(?=:\s)")


# Nouns that are always something's ("the cost", "the aim"), or all but always what was just
# described ("The work will cost £3.2 million" after "... to dredge the harbour entrance"): a
# sentence opening on one names no new subject but goes on about the one before.
OF_WHAT_CAME_BEFORE = frozenset("cost costs price budget bill fee fees total value aim goal purpose reason cause "
                                 "result outcome deadline work project scheme".split())


# A road named by its number alone: "the A412", "the M62", "I-95"; "Which roads are closed?" asks
# for them.
_ROAD_NUMBER = re.compile(r"\b(?:[ABM]\d{1,4}(?:\(M\))?|I-\d{1,3}|(?:Route|Highway|Interstate|US|SR)\s\d{1,4})\b")


@lru_cache(maxsize=16384)  # every candidate sentence, for every question
def with_road_nouns(text: str) -> str:
    """``text`` read for coverage, with the nouns a road number stands for added."""
    return f"{text} (road motorway highway)" if _ROAD_NUMBER.search(text) else text


def leaves_unnamed(question: str, row: SentenceRow) -> bool:
    """Whether the question asks a thing's name and the sentence speaks of that thing without
    one: "What is the name of Graham Pole's dog?" is not answered by "“I can walk the dog
    again,”" however near its words come."""
    thing = asked_name_of(question)
    if thing is None:  # "Who was the walker who found Poppy?" of "... a walker spotted Poppy ..."
        one_who = _WHO_WAS_THE_ONE_WHO.match(question)
        # ... only where the sentence tells of them doing something, unnamed ("the referee pointed to
        # the spot"), not "The oldest finisher was 86-year-old Walter Briggs" nor "The head judge,
        # pastry chef Marcus Dell, said ...", nor "... was sold to an overseas buyer."
        one = one_who["thing"].lower() if one_who else None
        # ... and "Who was the private owner of the barn?" of "bought the building from a private owner":
        # one of something spoken of as any one (not "the mayor of Preston, Councillor Neil Darby")
        spoken_of = r"(?:a|an)" if one_who and one_who["of"] else r"(?:the|a|an)"
        return one is not None and speaks_of_unnamed(one, row.text, question) and \
            re.search(rf"\b{spoken_of}\s+(?:[a-z-]+\s+)?{noun_forms(one)}\s+"
                      r"(?!(?:is|was|were|are|be|been|who|whose|which|that)\b)[a-z]+(?:ed|s)?\b", row.text) is not None
    return speaks_of_unnamed(thing, row.text, question)


# "Who was the walker who found Poppy?", "Who was the referee?", "Who was the owner of the barn?":
# someone asked by what they are (and did), whom "the referee pointed to the spot" leaves unnamed.
_WHO_WAS_THE_ONE_WHO = re.compile(r"^\s*who\s+(?:is|was|are|were)\s+the\s+(?:[a-z-]+\s+)?(?P<thing>[a-z][\w-]{2,})"
                                  r"(?:\s+(?:who|that)\s+\w+|"
                                  r"(?P<of>\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)\s*\??\s*$|\s*\??\s*$)",
                                  re.IGNORECASE)


_ANYONE = {"person", "people", "man", "men", "woman", "women", "individual", "one", "someone", "somebody"}


# "Who was Moss's lawyer?", "Who is her husband?": a person asked by what they are to someone.
_WHO_IS_ROLE_OF = re.compile(r"^\s*who(?:['’]s|\s+(?:is|was|are|were))\s+"
                             r"(?:its|their|his|her|(?-i:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s?)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?P<thing>[a-z][\w-]{2,})\s*\??\s*$", re.I)


def _another_of_kind(thing: str, question: str, text: str) -> bool:
    """Whether the question asks a kind of ``thing`` ("the lorry driver") and the text speaks of
    another kind only ("Taxi driver Imran Qureshi"), never of the one asked."""
    asked = re.search(rf"\b(?:the|a|an)\s+([a-z][\w-]+)\s+{re.escape(thing)}\b", question)
    if asked is None or asked[1] in _NOT_A_KIND:
        return False
    told = [m[1].lower() for m in re.finditer(rf"\b([A-Za-z][\w-]+)\s+{re.escape(thing)}s?\b", text, re.I)]
    return bool(told) and asked[1] not in told and not re.search(rf"\b{re.escape(asked[1])}\b", text, re.I)


# Words before a noun that say which one, not what kind: "the first driver", "the other walker".
_NOT_A_KIND = frozenset("first second third last other same new old only main two three".split())


# Someone asked of by their kin to another: "How many marathons has her daughter run?"
_KIN = (r"husband|wife|son|daughter|mother|father|mum|dad|brother|sister|partner|grandson|granddaughter|"
        r"grandmother|grandfather|grandchild|grandchildren|uncle|aunt|nephew|niece|cousin|children|child|parents|"
        r"stepson|stepdaughter|fianc[eé]e?")
# (not one beside another: "How many children did Luther and his wife have?" asks of them both)
_KIN_ASKED = re.compile(rf"(?<!\band\s)(?<!\bwith\s)\b(?:his|her|their|[A-Z][\w'’-]+['’]s?)\s+"
                        rf"(?:(?:late|younger|older|eldest|youngest|elder|twin)\s+)?(?P<kin>{_KIN})s?\b(?!['’])")


# ... as a story may also call them: "Grandad always said ...", "She was married to ..."
_GRANDFATHER, _GRANDMOTHER = r"grandfather|grandad|granddad|grandpa", r"grandmother|gran|granny|grandma|nan|nana"
_SPOUSE = r"husband|wife|married|widow|widower|spouse"
_KIN_IN_OTHER_WORDS = {"child": "child|children", "children": "child|children", "grandfather": _GRANDFATHER,
                       "grandmother": _GRANDMOTHER, "husband": _SPOUSE, "wife": _SPOUSE,
                       "mother": "mother|mum|mom", "father": "father|dad", "mum": "mother|mum", "dad": "father|dad"}


def kin_asked_unmentioned(question: str, text: str) -> bool:
    """Whether the question asks of someone's kin ("her daughter") and the text never speaks
    of that kin: "She ... once ran six marathons in six weeks" tells nothing of her daughter."""
    asked = _KIN_ASKED.search(question)
    if asked is None:
        return False
    kin = asked["kin"].lower()
    forms = _KIN_IN_OTHER_WORDS.get(kin, re.escape(kin))
    return re.search(rf"\b(?:{forms})(?:e?s)?\b", text, re.I) is None


def names_none_asked(question: str, row: SentenceRow) -> bool:
    """Whether the question asks a person's name by what they are ("What is the name of the
    widow?", "What is the cyclist's name?", "Who was Moss's lawyer?") and the sentence neither
    speaks of them nor opens on anyone but its own speaker: "Judge Helen Marsden told Pike: ..."
    names the judge, not the widow; "Marcus Vane, 52, ... admitted eight offences" may well be the
    landlord asked. Someone's lawyer is named anywhere in the sentence, by a name the question
    does not use: "Gareth Moss, 52, ran ..." names no lawyer of Moss."""
    if answer_type(question) != "person":
        return False
    role_of = _WHO_IS_ROLE_OF.match(question)
    thing = role_of["thing"].lower() if role_of else asked_name_of(question)
    # "the Doctor Who-related song": a name in the question is no kind of person
    if thing is None or not re.search(rf"\b{re.escape(thing)}\b", question):
        return False
    # "the name of the person who leads ...": a bare person is described by what follows, not named
    if thing in _ANYONE:
        return False
    if set(stem(content_words(thing))) & set(stem(content_words(row.text))) and not _another_of_kind(thing, question,
                                                                                                     row.text):
        return False
    if role_of is not None:
        return not names_someone_beyond(question, row.text)
    opener = opening_name(row.text)
    return opener is None or (row.speaker is not None and opener.split()[-1] in row.speaker.split())


# "Who was the previous youngest winner?": someone asked for by what they are, whose name the
# answer must give.
_WHO_IS_THE = re.compile(r"^\s*who(?:['’]s|\s+(?:is|was|are|were|will\s+be))\s+the\s+[a-z]", re.I)
_CAPITALISED_AFTER_FIRST = re.compile(r"(?<=\S)\s+[“\"‘'(]?(?!I\b)[A-Z]")


# "Who won the greasy pole climb?", "Who scored Wigan's goals?": the one who won, came in a place or
# scored, whom a sentence naming no one at all ("The fair also includes a greasy pole climb, ...")
# does not give.
_WHO_WON = re.compile(r"^\s*who\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:won|win|came|finished|scored|beat|took|"
                      r"claimed|lost)\b", re.I)


def names_no_winner(question: str, text: str) -> bool:
    """Whether "Who won ...?" meets a sentence that names no one: no capitalised word after its
    first, no one described."""
    return _WHO_WON.match(question) is not None and _names_no_one(f" {text}")


def names_nothing_asked(question: str, text: str) -> bool:
    """Whether a name asked ("What was Helen Tregear's dog called?") meets a sentence that never
    speaks of the thing named, nor has a capitalised word after its first that might be its name
    ('"I cried at the first one."'), a figure ("the 50 fund") or a word naming ("... is known as
    trial division")."""
    thing = asked_name_of(question)
    return thing is not None and not mentions_noun(thing, text) and _CAPITALISED_AFTER_FIRST.search(text) is None \
        and not re.search(r"\d", text) and not gives_name_asked(question, text)


def names_no_one_at_all(question: str, row: SentenceRow) -> bool:
    """Whether a "Who is the <role>?" question's sentence has no name in it at all, not even its
    speaker's, nor anyone news names by age ("The first patient, a seven-year-old boy, ..."):
    "The previous youngest winner was 14 when he took the title in 1987." says who held the title
    only as "he"."""
    if _WHO_IS_THE.match(question) is None or row.speaker is not None:
        return False
    # (a month's or a day's capitals name no one either: "... was due back on 3 March 1942", when
    # the first word names no one: not "Callum first picked up a cue ... on Saturday mornings")
    opener = row.text.split(maxsplit=1)[0].lower() if row.text.strip() else ""
    return _names_no_one(row.text) or \
        (opener in _OPENERS_NAMING_NO_ONE and _names_no_one(_CALENDAR_NAMES.sub("", row.text)))


# First words that name no one.
_OPENERS_NAMING_NO_ONE = frozenset("the a an it its this that these those there their his her he she they in on at by "
                                   "after before during".split())


# Capitals that name no one: "due back on 3 March 1942"
_CALENDAR_NAMES = re.compile(rf"\b(?:{MONTH_NAMES}|{DAY_NAMES})\b")


def _names_no_one(text: str) -> bool:
    """Whether the text has no capitalised word after its first and describes no one."""
    return _CAPITALISED_AFTER_FIRST.search(text) is None and not matches_answer_type("person", text)


# "Which libraries will have shorter hours?" asks which, and "... at five of its libraries" only
# counts them.
_WHICH_PLURAL = re.compile(r"^\s*(?:which|what)\s+(?:(?!(?:is|are|was|were|will|would|do|does|did|can|could|should|"
                           r"must|may|might|has|have|had)\b)[a-z]+\s+)?(?P<noun>[a-z]{3,}s)\b"
                           # (but "Which battery makers is the university talking to?": its subject follows)
                           r"(?!\s+(?:of|has|does|did)\b)(?!\s+(?:is|was)\b(?!\s+(?:the|a|an|its|their|his|her)\s))",
                           re.I)


# "Which hospital receives the most deliveries?" asks which one, by its name ...
_WHICH_SINGULAR = re.compile(r"^\s*which\s+(?P<noun>[a-z]{3,}(?<!s))\s+(?!of\b)[a-z]", re.I)


# ... which a text speaking of such things only in general does not: "between hospitals" (not
# "Some plants ..., such as hemlock water dropwort", nor the verb of "no longer crashes")
_IN_GENERAL_BEFORE = frozenset("between among across at to from in of other many several all most various".split())
_NAMES_SOME = re.compile(r"\b(?:such\s+as|including|like|namely)\b|:", re.I)


def which_one_left_unnamed(question: str, text: str) -> bool:
    """Whether "Which <thing> ...?" meets a text that speaks of such things only in general ("...
    carry blood and medical samples between hospitals at night") and names nothing at all."""
    m = _WHICH_SINGULAR.match(question)
    if m is None or _CAPITALISED_AFTER_FIRST.search(text) or _NAMES_SOME.search(text):
        return False
    noun = m["noun"].lower()
    mentions = list(re.finditer(rf"(?:\b(?P<before>[a-z]+)\s+)?\b(?P<thing>{noun_forms(noun)})\b", text, re.I))
    return bool(mentions) and all(found["thing"].lower() != noun and (found["before"] or "").lower() in
                                  _IN_GENERAL_BEFORE for found in mentions)


_COUNT_WORD = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|"
               r"dozens|hundreds|both|all)")


_NOT_COUNTED_THINGS = frozenset("does was has is years months weeks days hours decades centuries seasons".split())
_NAMED_AFTER_COUNT = re.compile(r"\s*(?:,|:|—|–|\()\s*(?:the\s+|in\s+|at\s+|on\s+|near\s+)?[A-Z0-9]|"
                                # "Some items, such as knives and aerosols over 500ml, ..."
                                r"\s*,?\s*(?:such\s+as|including|like)\s|"
                                # or by what they are: "all the trains that are more than 40 years old"
                                r"\s+(?:that|which|who)\s+(?:are|were|is|was|have|had)\b|"
                                # a list after a colon that ends the count's clause: "one of the six colours
                                # approved by the council: sea blue, sand, white ..."
                                r"(?:\s+[\w'’-]+){0,6}\s*:\s*\S")


# A word between a count and what it counts, of two: "Three rural bus routes" (not "2026 and batch codes").
_DESCRIBING_WORD = r"(?!(?:and|or|to|of|the|in|on|at|for|by|with|from)\b)(?-i:[a-z][a-z-]*)"


def speaks_of_them_in_general(question: str, text: str) -> bool:
    """Whether the question asks which things ("Which streets were the lights on?") and the
    sentence speaks of them only as some one's or all ("across the town's streets", "the
    streets"), naming none after."""
    m = _WHICH_PLURAL.match(question)
    if not m or m["noun"].lower() in _NOT_COUNTED_THINGS:
        return False
    noun = m["noun"].lower()
    mentions = list(re.finditer(rf"\b(?:the|its|their|our|his|her|[\w-]+['’]s)\s+{re.escape(noun)}\b", text, re.I))
    return bool(mentions) and len(mentions) == len(re.findall(rf"\b{re.escape(noun)}\b", text, re.I)) and \
        not any(_NAMED_AFTER_COUNT.match(text, x.end()) for x in mentions)


def counts_without_naming(question: str, text: str) -> bool:
    """Whether the question asks which things ("Which libraries ...?") and the sentence mentions
    them only as counted ("... reduce opening hours at five of its libraries")."""
    m = _WHICH_PLURAL.match(question)
    # ("What years saw ...?" of "the first six years": a span of time counted is named so)
    if not m or m["noun"].lower() in _NOT_COUNTED_THINGS:
        return False
    noun = m["noun"].lower()
    mentions = list(re.finditer(rf"\b{re.escape(noun)}\b", text, re.I))
    # ... and not named straight after: "Two routes, the N1 to the university and the N7 ..."
    counted = [x for x in mentions if re.search(rf"\b{_COUNT_WORD}\s+(?:of\s+(?:its|their|the|our|his|her)\s+)?"
                                                 rf"(?:[\w-]+\s+|{_DESCRIBING_WORD}\s+{_DESCRIBING_WORD}\s+)?$",
                                                 text[: x.start()], re.I) and
               not _NAMED_AFTER_COUNT.match(text, x.end())]
    return bool(mentions) and len(counted) == len(mentions)


# "What does the inscription on the trough say?" asks the words written on a thing, which a sentence
# quotes as written ("The trough carries the words “Erected by ...”"), not someone's words about it
# ("“I recognised the inscription straight away,” he said").
ASKS_WRITTEN = re.compile(r"^\s*what\s+(?:does|did|do|will)\s+(?:the|its|their|a|an|this|that)\s+"
                          r"(?:[\w'’-]+\s+){0,2}?(?P<thing>inscriptions?|signs?|plaques?|banners?|notices?|labels?|"
                          r"headstones?|gravestones?|memorials?|stones?|boards?|posters?|mottos?|slogans?|placards?)"
                          r"(?:\s+(?:on|at|in|above|over|outside|by)\s+[^?]{1,40}?)?\s+(?:say|read)\s*\??\s*$", re.I)
TELLS_WRITTEN = re.compile(r"\b(?:reads?|bears?|bore|carr(?:y|ies|ied)|inscribed|engraved|carved|painted|written|"
                           r"says)\b[^.;“\"]{0,30}?[“\"]|\b(?:words?|inscription|message|motto|slogan)\s*:?\s*[“\"]",
                           re.I)


def gives_no_words_of_whom_asked(question: str, best: SentenceRow) -> bool:
    """Whether the question asks for someone's words ("What did the national roads agency
    say?") and the best sentence is nobody's and gives none of theirs: it only mentions them
    ("... shared between the council and the national roads agency") or not even that."""
    m = WORDS_OF_ANYONE.match(question)
    if not m or best.speaker or ASKS_WRITTEN.match(question):  # (a thing's words, which no one speaks)
        return False
    who = m.group("who")
    return who.split()[0].lower() not in _NO_ONE_IN_PARTICULAR and not speaks_in(who, best.text)


# "Does the library have a café?", "Is there a joining fee?": whether a thing is there, which a
# sentence without it does not tell.
_THING_ASKED_OF = re.compile(r"^\s*(?:does|do|did|will|has|have|is there|are there|was there|were there)\b.*"
                             r"\b(?:a|an|any)\s+(?P<thing>[\w'’-]+(?:\s+[\w'’-]+)?)"
                             # (a place after it: "Is there a bar at the croquet club?")
                             r"(?:\s+(?:at|in|on|near|inside|outside|by)\s+(?:the|a|an|its|their)\s[^?]{1,60})?"
                             r"\s*\??\s*$|"
                             # ... or asked bare: "Is there parking at the village hall?"
                             r"^\s*(?:is|are|was|were)\s+there\s+(?:any\s+)?(?P<bare>(?!(?:a|an|the|no|any\w*|some\w*|"
                             r"enough|more|much|many|still|also|now|going|likely|really|already|currently|another|"
                             r"other|one|two)\b)[a-z][\w'’-]*)(?=\s*\??\s*$|\s+(?:at|in|on|near|inside|outside|for|"
                             r"by|nearby)\b)|"
                             # ... or allowed there: "Can I bring my dog to Apple Day?", "Are drones allowed?"
                             r"^\s*(?:can|may|could)\s+(?:i|we|you|visitors|people)\s+(?:bring|take)\s+(?:my|our|your|"
                             r"their|a|an)\s+(?:own\s+)?(?P<brought>[a-z][\w'’-]*)(?:\s+(?:to|into|on|along|with|in)\b"
                             r"[^?]{0,60})?\s*\??\s*$|"
                             r"^\s*(?:is|are)\s+(?P<allowed>[a-z][\w'’-]*s)\s+(?:allowed|permitted)\s*\??\s*$", re.I)


def thing_asked_of(question: str) -> list[str]:
    """The content words of the thing whose being there (or being allowed) a question asks ("café"),
    or none."""
    m = _THING_ASKED_OF.match(question)
    return content_words(m["thing"] or m["bare"] or m["brought"] or m["allowed"]) if m else []


# "What flavour was last year's winning cake?": last year's, which a sentence gives by saying so or
# by a year's number ("in 2025"), or not at all; so for "How deep was the snow last winter?".
_LAST_YEAR = re.compile(r"\blast\s+(year|winter|summer|spring|autumn|season|month|week)\b", re.I)
ASKS_WHEN = re.compile(r"^\s*when\b", re.I)  # a "when" question, whose answer may be a year said anyhow
_A_YEAR_SAID = re.compile(r"\b(?:19|20)\d\d\b|\ba\s+year\s+(?:ago|earlier|before)\b", re.I)


# "How many toilet blocks did the council run ten years ago?": a time gone by, which a sentence
# gives by a year's number or a time told back from now, and "The council runs 19 ..." does not.
_YEARS_AGO = re.compile(r"\b(?!many\b)[\w-]+\s+(?:years?|decades?)\s+ago\b", re.I)  # not "how many years ago?"
# ("are being used to help" is a use, no habit gone by)
_TIME_BACK = re.compile(r"\b(?:ago|earlier|previously|formerly|(?<!being\s)(?<!been\s)(?<!\bis\s)(?<!\bare\s)"
                        r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)used\s+to|once|then|decades?|after|before|since)\b", re.I)


_NOW_OR_TO_COME = re.compile(r"\b(?:will|won['’]t|is|are|usually|now|currently)\b", re.I)
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had|did)\b", re.I)
_ASKS_DID = re.compile(r"\bdid\b", re.I)


def lacks_last_year(question: str, text: str) -> bool:
    """Whether the question asks of last year (or last winter ...) and the text says of no year
    at all, nor of that season; or of some years ago, and the text tells of no time gone by."""
    if _YEARS_AGO.search(question):
        return not _A_YEAR_SAID.search(text) and not _TIME_BACK.search(text)
    # ... or of a year by its number ("How many trees were used in 2009?"), and the text tells of
    # now or what is to come only, no year nor time gone by ("More than 2,000 old Christmas trees
    # are being used ..."; not "There were 149,025 housing units", a past its story sets)
    # (or the deed asked as it is now: "A rubbing session costs £6 ..." for "How much did a brass
    # rubbing cost in the 1970s?")
    if _year_asked(question):
        written = {word.lower() for word in re.findall(r"\w+", text)}
        now = _NOW_OR_TO_COME.search(text) is not None or (
            _ASKS_DID.search(question) is not None and bool({word + "s" for word in content_words(question)} & written))
        return not _says_a_year(text) and not _TIME_BACK.search(text) and now and _PAST_AUXILIARY.search(text) is None
    m = _LAST_YEAR.search(question)
    # (a year a total runs since tells no year's figure, but may tell when: "the driest summer since
    # 1976" for "When was the last summer as dry as this one?")
    said = _A_YEAR_SAID.search(text) is not None if ASKS_WHEN.match(question) else _says_a_year(text)
    return m is not None and not said and \
        re.search(rf"\blast\s+{m[1]}\b", text, re.IGNORECASE) is None


# "... has raised more than £10,000 since it began in 1995": a total over all the years since, no one year's.
# (not a year left out of what runs since: "has grown every year since apart from 2020")
_SINCE_THEN = re.compile(r"\bsince\b(?![^.;]*\b(?:apart\s+from|except|but\s+for|other\s+than)\b)[^.;]{0,25}$", re.I)


def sets_no_year_asked(question: str, text: str) -> bool:
    """Whether the question asks of a year by its number and the text sets no time its next
    sentence may go on with: no year, nothing gone by ("The project cost £18,000 ...")."""
    return _year_asked(question) is not None and not _says_a_year(text) and not _TIME_BACK.search(text)


def _says_a_year(text: str) -> bool:
    """Whether the text says some year, other than one a total runs since."""
    return any(_SINCE_THEN.search(text[max(0, said.start() - 30) : said.start()]) is None
               for said in _A_YEAR_SAID.finditer(text))


# A figure of any kind, or a word that gives a sum without one ("free", "no charge").
_ANY_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                         r"forty|fifty|hundred|thousand|million|billion|half|quarter|double|twice)\b", re.I)


def gives_no_sum_at_all(question: str, text: str) -> bool:
    """Whether a sum is asked and the text has no figure at all: "The old van ... will be sold at
    auction." gives no price for "How much will the old van sell for?"."""
    return answer_type(question) == "money" and not matches_answer_type("money", text) and \
        _ANY_NUMBER.search(text) is None


# "How many ghost walks does Fenwick plan to lead?": what someone means to do, which a sentence
# telling only what was done ("has led his 5,000th ghost walk") does not give.
# (or what is to come next: "What film will the society show next?")
_ASKS_PLAN = re.compile(r"\b(?:plans?|planning|intends?|intending|hopes?|hoping|aims?|aiming)\s+to\b|"
                        r"\bwill\b[^?]*\bnext\s*\??\s*$", re.I)
_PLAN_GONE_BY = re.compile(r"\b(?:did|was|were|had)\b", re.I)
_TELLS_PLAN = re.compile(r"\b(?:plans?|planned|planning|intends?|intended|intention|hopes?|hoped|hoping|aims?|aimed|"
                         r"aiming|target|goal|will|shall|would|wants?|going\s+to|expects?|next|future)\b|['’]ll\b",
                         re.I)


def tells_no_plan_asked(question: str, text: str) -> bool:
    """Whether the question asks what someone plans (intends, hopes) to do and the text tells
    no plan nor anything to come; not a plan gone by ("How did the United States plan to subdue
    ...?"), which what was done tells."""
    return _ASKS_PLAN.search(question) is not None and _PLAN_GONE_BY.search(question) is None and \
        _TELLS_PLAN.search(text) is None


# "What was the air temperature?" is not told by "a sea temperature of 7C": what was measured.
_MEDIUM_TEMPERATURE = re.compile(r"\b(?P<medium>air|sea|water|ground|surface|river|lake|body|room|road|oven)\s+"
                                 r"temperatures?\b", re.I)


def tells_other_temperature(question: str, text: str) -> bool:
    """Whether the question asks the temperature of one medium (air, sea ...) and the text gives
    that of another only."""
    asked = {m["medium"].lower() for m in _MEDIUM_TEMPERATURE.finditer(question)}
    told = {m["medium"].lower() for m in _MEDIUM_TEMPERATURE.finditer(text)}
    return bool(asked) and bool(told) and not asked & told


# "How long is Coquet Island?" asks its size, which "a mile off the coast" (how far it lies) is not.
_SIZE_ASKED = re.compile(r"^\s*how\s+(?P<word>long|tall|high|wide|deep|big|thick)\s+(?:is|are|was|were)\b", re.I)
_DISTANCE = re.compile(r"\b(?:a|an|one|half\s+a|[\d,.]+|[a-z]+)\s+"
                       r"(?:miles?|kilometres?|km|metres?|m|yards?|feet|ft)\s+"
                       # (not a route's length: "runs 11 kilometres from the railway station to ...")
                       r"(?:off|from(?![^.;]{0,40}\bto\b)|away|outside|north|south|east|west|inland|offshore|upstream|"
                       r"downstream)\b", re.I)


def gives_distance_for_size(question: str, text: str) -> bool:
    """Whether the question asks how long (tall, wide ...) something is and every length the
    text gives is how far something lies from somewhere."""
    return _SIZE_ASKED.match(question) is not None and answer_type(question) == "length" and \
        matches_answer_type("length", text) and \
        not matches_answer_type("length", _DISTANCE.sub(" ", text))


# "How long was the route?": the thing measured, the question's last word ...
_MEASURED_THING = re.compile(r"^\s*how\s+(?P<size>long|tall|high|wide|deep|thick|big|large)\s+"
                             r"(?:is|are|was|were|will\s+be)\s+"
                             r"(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?P<thing>[a-z]{3,})"
                             r"\s*\??\s*$", re.I)
# ... and a length told of it: "The 28-mile route", "a route of 28 miles", "the route is 28 miles".
_FIGURE_OF_UNITS = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                    r"fifty|a|half\s+a)[\s-](?:kilo|centi|milli)?")
_LENGTH_UNIT_NAMES = r"metres?|meters?|miles?|feet|foot|ft|km|yards?|inch(?:es)?"
_LENGTH_FIGURE = rf"{_FIGURE_OF_UNITS}(?:{_LENGTH_UNIT_NAMES})"
# ... or, for "How big is the walled garden?", an area too: "The two-acre garden"
_AREA_UNITS = r"acres?|hectares?|square\s+(?:metres?|meters?|miles?|feet|kilometres?)"
_SIZE_FIGURE = rf"{_FIGURE_OF_UNITS}(?:{_LENGTH_UNIT_NAMES}|{_AREA_UNITS})"


def measures_thing_asked(question: str, text: str) -> bool | None:
    """Whether the text gives a length beside the thing a "How long is <thing>?" question
    measures ("The 28-mile route started at ..."), not only of something else ("the convoy,
    which stretched for almost two miles ... to complete the route"); None for other questions."""
    m = _MEASURED_THING.match(question)
    if m is None:
        return None
    thing = noun_forms(m["thing"].lower())
    figure = _SIZE_FIGURE if m["size"].lower() in ("big", "large") else _LENGTH_FIGURE
    return re.search(rf"\b{figure}(?:-(?:long|high|tall|wide|deep))?\s+(?:[a-z][\w-]*\s+){{0,2}}{thing}\b|"
                     rf"\b{thing}(?:,?\s+(?:which|that))?\s+(?:of|is|was|are|were|measures|measured|runs|ran|stretches|"
                     rf"stretched|covers|covered|extends|extended)\s+(?:for\s+)?(?:about|around|almost|nearly|some|"
                     rf"more\s+than|over|just\s+(?:over|under)|up\s+to\s+)?\s*{figure}", text, re.I) is not None


# The words of each dimension a size is told in: "How tall is the oak?" is not answered by "a
# trunk girth of 7.2 metres", a measure of another dimension.
_DIMENSIONS = {"height": "tall taller tallest high higher highest height heights",
               "length": "long longer longest length lengths",
               "width": "wide wider widest width widths broad across",
               "depth": "deep deeper deepest depth depths",
               "girth": "girth circumference diameter",
               "thickness": "thick thicker thickest thickness"}
_DIMENSION_OF = {word: dimension for dimension, words in _DIMENSIONS.items() for word in words.split()}
_LENGTH_UNIT_WORDS = frozenset("metre metres meter meters km kilometre kilometres cm centimetre centimetres mm "
                               "millimetres mile miles feet foot ft inch inches yard yards".split())
_DIMENSION_BEFORE, _DIMENSION_AFTER = 4, 2  # words: "a trunk girth of 7.2 metres", "32 feet long"
_FOOTPRINT_UNIT = r"(?:m|metres?|meters?|ft|feet|foot|yards?|km|kilometres?|miles?)"
_FOOTPRINT = re.compile(rf"\b\d[\d.,]*\s*{_FOOTPRINT_UNIT}?\s+(?:by|x|×)\s+\d[\d.,]*\s*{_FOOTPRINT_UNIT}\b", re.I)


def gives_other_dimension(question: str, text: str) -> bool:
    """Whether the question asks one dimension of a size ("How tall is the oak tree?") and the
    text tells a length only in words of another ("a trunk girth of 7.2 metres")."""
    m = _SIZE_ASKED.match(question)
    asked = _DIMENSION_OF.get(m["word"].lower()) if m else None  # (no one dimension in "How big ...?")
    if asked is None or answer_type(question) != "length" or not matches_answer_type("length", text):
        return False
    # (the words beside a measure: "measured at chest height" is where, not what, it measured)
    words = re.findall(r"[a-z]+", text.lower())
    told = {_DIMENSION_OF[w] for at, unit in enumerate(words) if unit in _LENGTH_UNIT_WORDS
            for w in words[max(0, at - _DIMENSION_BEFORE) : at + _DIMENSION_AFTER + 1] if w in _DIMENSION_OF}
    # "The rink measures 40 metres by 20 metres": a footprint, its length and width.
    if _FOOTPRINT.search(text):
        told |= {"length", "width"}
    return bool(told) and asked not in told


# "How many glow-worms were counted in 1998?": a year asked, not when.
_IN_A_YEAR = re.compile(r"\b(?:in|during)\s+(?:the\s+)?((?:19|20)\d\d)s?\b", re.I)


def _year_asked(question: str) -> re.Match | None:
    """The year (or decade) a question asks of by its number, when it does not ask when."""
    return None if ASKS_WHEN.match(question) else _IN_A_YEAR.search(question)


def tells_year_asked_as_start(question: str, text: str) -> bool:
    """Whether the question asks of a year (not when) that the text names only as the start a
    total runs since: "the highest total since the survey began in 1998" tells no count of 1998."""
    m = _year_asked(question)
    if m is None:
        return False
    said = [at.start() for at in re.finditer(rf"\b{m[1]}\b", text)]
    return bool(said) and all(_SINCE_THEN.search(text[max(0, at - 30) : at]) for at in said)


# "What type of bacteria was found?": a kind, which a sentence gives before the thing ("an amber
# warning", "a grey seal") or after it ("volunteers with van licences", "the car was a hatchback").
_KIND_OF = re.compile(r"^\s*(?i:what|which)\s+(?i:type|kind|sort)s?\s+of\s+"
                      r"(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                      r"(?=\s+(?:is|was|are|were|did|does|do|has|have|had|became|will|would|can|could|should|may|"
                      r"might|must)\b)")
_NO_KIND = frozenset("a an the some any this that these those its his her their our more of in on at for by from to "
                     "with and or".split())
_KIND_AFTER = re.compile(r"\s*(?::|,?\s+(?:such\s+as|called|named|known\s+as|with|like|including|between|"
                         r"types?|kinds?|sorts?|(?:range|ranged|ranging|vary|varied|varying)\s+from)\b|"
                         r"\s+(?:was|is|were|are)\s+(?:a|an|the)?\s*[a-z])", re.I)


def lacks_kind_asked(question: str, text: str) -> bool:
    """Whether "What type of <thing> ...?" meets the thing in ``text`` only bare, with no kind
    told: "we have found bacteria in the water" does not say which bacteria. A word of the
    question's after the thing before it ("found bacteria") is no kind, nor is a determiner ("using
    a telescope"); the question's own qualifier is ("What kind of interethnic marriage ...?")."""
    m = _KIND_OF.match(question)
    if m is None:
        return False
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question[m.end():])}
    thing = m["thing"].split()[-1]  # "interethnic marriage": the marriage, of the kind asked
    seen = False
    for found in re.finditer(rf"(?:\b([\w'’-]+)\s+)?\b{noun_forms(thing)}\b", text, re.I):
        seen = True
        before = (found[1] or "").lower()
        if (before and before not in _NO_KIND and before not in asked) or _KIND_AFTER.match(text, found.end()):
            return False
    return seen


# "When is the next full council election?" of "... at the last full council elections in 2023":
# the one before is not the one asked, nor the other way round.
_NEXT_OR_LAST = re.compile(r"\b(?P<when>next|last|previous|upcoming|coming)\s+(?P<what>(?:[a-z-]+\s+){0,2}[a-z-]+)",
                           re.I)
_FUTURE = frozenset({"next", "upcoming", "coming"})


def asks_other_occasion(question: str, text: str) -> bool:
    """Whether the question asks of the next (or the last) of something and the text speaks of
    that thing only as the last (or the next) one."""
    for asked in _NEXT_OR_LAST.finditer(question):
        when = asked["when"].lower()
        if when == "coming":  # "in the coming weeks" asks of no one occasion
            continue
        what = set(stem(content_words(asked["what"])))
        told = {said["when"].lower() in _FUTURE for said in _NEXT_OR_LAST.finditer(text)
                if set(stem(content_words(said["what"]))) & what}
        if told and (when in _FUTURE) not in told:
            return True
        # "When was the last ferry strike?" of "Ferry crews ... will strike for 48 hours from ...":
        # only the coming one, with no time gone
        if when in ("last", "previous") and not told and _TIME_GONE.search(text) is None and \
                any(stem([w.lower()])[0] in what for m in _TO_COME.finditer(text) for w in m.groups() if w):
            return True
    return False


_TO_COME = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|due\s+to)\s+(\w+)(?:\s+(\w+))?", re.I)
_TIME_GONE = re.compile(r"\b(?:last|previous|previously|ago|since|before|earlier|former)\b|\b(?:19|20)\d\d\b", re.I)


# "How many items did the cafe fix in its first year?": a count of the first span of something,
# which "has fixed its 1,000th broken item, three years after it was set up" is not.
_IN_FIRST_SPAN = re.compile(r"^\s*how\s+(?:many|much)\b.*\b(?:in|during|over|for)\s+(?:its|their|the|his|her)\s+"
                            r"(?:very\s+)?first\s+(?:full\s+)?(?:day|week|month|season|year|term)\b", re.I)


def lacks_first_span(question: str, text: str) -> bool:
    """Whether the question asks a count or an amount in the first day, month or year of
    something and the text says nothing of a first one."""
    return _IN_FIRST_SPAN.match(question) is not None and re.search(r"\bfirst\b", text, re.I) is None


# "What did Joan Whitaker die of?" of "Joan Whitaker ... has died at the age of 91": an obituary's
# lead tells the death, seldom its cause, which is said so ("died of", "had been ill with
# pneumonia") or not at all ("died peacefully after a short illness" says no more).
_ASKS_CAUSE_OF_DEATH = re.compile(r"^\s*(?:what|how)\s+did\s+.+?\s+die(?:\s+(?:of|from))?\s*\??\s*$|"
                                  r"\bcause\s+of\s+(?:\w+\s+)?death\b|^\s*what\s+killed\b", re.I)
_GIVES_CAUSE_OF_DEATH = re.compile(
    r"\b(?:died|dies|die|dying)\s+(?:\w+ly\s+)?(?:of|from)\b(?!\s+(?:the\s+)?(?:age|home)\b)|"
    r"\b(?:ill\s+with|cancer|tumour|disease|heart\s+attack|heart\s+failure|stroke|dementia|infection|"
    r"pneumonia|sepsis|complications|injuries|overdose|suicide|killed|crash|accident|drowned)\b", re.I)


def lacks_cause_of_death(question: str, text: str) -> bool:
    """Whether ``question`` asks what someone died of and ``text`` does not say what."""
    return _ASKS_CAUSE_OF_DEATH.search(question) is not None and _GIVES_CAUSE_OF_DEATH.search(text) is None


# "When was Baltic Foods founded?", "When was the school built?": a beginning, which news seldom
# gives, and a sentence with a date of something else ("... tore off its roof on Wednesday night")
# does not; one that does says so in some word of beginning or age ("The dam, completed in 1931",
# "dating from", "the 120-year-old school", "has made cheese since 1921").
_ASKS_BEGINNING = re.compile(r"^\s*when\s+(?:was|were)\s+.{1,60}?\s+(?:first\s+)?(?:founded|established|formed|"
                             r"set\s+up|built|constructed|created)\s*\??\s*$", re.I)
_TELLS_BEGINNING = re.compile(
    r"\b(?:found(?:ed|ing|ers?)?|establish(?:ed|ment)|form(?:ed|ation)|set\s+up|buil[dt]|construct(?:ed|ion)|"
    r"complet(?:ed|ion)|creat(?:ed|ion)|start(?:ed|ing)?|began|begun|open(?:ed|ing)|dat(?:e|es|ed|ing)|since|"
    r"launch(?:ed)?|erected|history|oldest|century|centuries|decades|ago)\b|-year-old\b", re.I)


def lacks_beginning(question: str, text: str) -> bool:
    """Whether ``question`` asks when something began to be and ``text`` tells no beginning."""
    return _ASKS_BEGINNING.match(question) is not None and _TELLS_BEGINNING.search(text) is None


_WORD_CAPITALISED = r"[A-Z][a-z][\w'’-]*"
# A post held for a side or a body named before it, or for one a pronoun opening the sentence
# stands for: "Stoke Barton's coach", "Their captain, Joe Whitfield, ...".
_ROLE_OWNER = (rf"(?P<owner>{_WORD_CAPITALISED}(?:\s+{_WORD_CAPITALISED}){{0,3}})['’]s?|"
               r"(?P<pronoun>^[“\"]?(?:Their|Its)|\b(?-i:their|its))")
_OPENING_OWNER = re.compile(rf"[“\"]?(?:The\s+)?({_WORD_CAPITALISED}(?:\s+{_WORD_CAPITALISED}){{0,3}})(?=,|\s+[a-z])")


def holds_role_for_another(question: str, sentence: str, before: str | None) -> bool:
    """Whether every mention of the post a question asks the holder of, for a side or a body it
    names ("Who captains Harlow Vale?"), is of another's: "Stoke Barton's coach, Derek Main", or
    "Their captain, Joe Whitfield" after a sentence (``before``) opening on "Stoke Barton" that
    does not name the side asked ("Campaign group Westholm Bus Users said ... Its chair" is the
    group's)."""
    role = asked_role(question)
    asked = set(named_words(question))
    if not role or not asked:
        return False
    owners = []
    for m in re.finditer(rf"(?:{_ROLE_OWNER})\s+(?:[a-z-]+\s+)?{re.escape(role[-1])}s?\b", sentence):
        # ("their" is the sentence's own subject's when it opens on one: "Stokesley Cricket Club
        # scored 214 ..., with their captain, Tom Featherstone, making 88")
        referred = before
        if m["pronoun"] and m.start() > 1:  # not the sentence's first word
            # (a name of two words or more the sentence opens on, not a quote's first words)
            own = _OPENING_OWNER.match(sentence)
            if own is None or own.end() > m.start() or not sentence[:1].isalpha() or len(own.group(1).split()) < 2:
                return False
            referred = sentence[: m.start()]
        opening = _OPENING_OWNER.match(referred or "") if m["pronoun"] else None
        if opening and asked & {plain_word(w) for w in re.findall(r"[\w'’-]+", referred or "")}:
            return False
        owner = m["owner"] or (opening.group(1) if opening else None)
        if owner is None:
            return False
        owners.append(owner)
    return bool(owners) and not any({plain_word(w) for w in owner.split()} & asked for owner in owners)


# Extremes and their opposites: "What was the least borrowed book?" is not answered by "The most
# borrowed book was ...".
_OPPOSITE_EXTREMES = {"least": ("most",), "fewest": ("most",), "lowest": ("highest",), "highest": ("lowest",),
                      "smallest": ("largest", "biggest"), "largest": ("smallest",), "biggest": ("smallest",),
                      "worst": ("best",), "best": ("worst",), "slowest": ("fastest", "quickest"),
                      "fastest": ("slowest",), "shortest": ("longest",), "longest": ("shortest",),
                      "youngest": ("oldest",), "oldest": ("youngest",), "cheapest": ("dearest",),
                      "earliest": ("latest",), "weakest": ("strongest",), "strongest": ("weakest",)}


# One of a series, named by its label and a letter or a number: "Band A", "Year 2", "Platform 3";
# or by its number first: "its 50th birthday", "the 100th concert".
_SERIES_MEMBER = re.compile(r"\b(?P<label>[A-Z][a-z]{2,})\s+(?P<id>[A-Z]|\d{1,3})\b(?![\w'’-])|"
                            r"\b(?P<nth>\d{1,4}(?:st|nd|rd|th))\s+(?P<of>[a-z]{3,})\b")


# ... or a prize's category: "the prize for the best costume band", "the award for best newcomer"
_PRIZE_CATEGORY = re.compile(r"\b(?:prize|award|trophy|cup|medal)\s+for\s+(?:the\s+)?"
                             r"(?P<best>best|most|top|fastest|biggest|largest|heaviest|longest|tallest)\s+"
                             r"(?P<what>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)"
                             r"(?=\s*[?,.;:]|\s+(?:in|at|of|this|last|went|goes|was|were|is|are|has|had|will)\b|\s*$)",
                             re.IGNORECASE)


# ... or a round of a contest: "in the semi-final", "the quarter-finals", "the final" as a round (not
# "the final score"), "the second round".
_CONTEST_ROUND = re.compile(r"\b(?P<part>semi|quarter)[\s-]?finals?\b|"
                            r"\bthe\s+final(?=\s*[,.;:?!)]|\s*$|"
                            r"\s+(?:in|at|on|of|by|against|to|was|were|is|will|and)\b)|"
                            r"\b(?P<nth>first|second|third|fourth|fifth|opening)\s+round\b", re.I)


def _series_members(text: str) -> set[tuple[str, str]]:
    return {((m["label"] or m["of"]).lower(), m["id"] or m["nth"]) for m in _SERIES_MEMBER.finditer(text)} | \
        {(f"prize for {m['best'].lower()}", m["what"].split()[-1].lower()) for m in _PRIZE_CATEGORY.finditer(text)} | \
        {(m["label"].lower(), m["member"].lower()) for m in _CONTEST_CLASS.finditer(text)} | \
        {("round", (m["part"] or m["nth"] or "final").lower()) for m in _CONTEST_ROUND.finditer(text)}


# ... or a class of a contest: "the vintage class", "the modern tractor class", "the under-12s category".
# (in lower case: "the NP complexity class" names no class of a contest)
_CONTEST_CLASS = re.compile(r"\b(?:the|a|its|their)\s+(?P<member>(?-i:[a-z][\w'’-]+))(?:\s+(?-i:[a-z][\w'’-]+))?\s+"
                            r"(?P<label>class|category|division)\b", re.I)


def names_another_of_series(question: str, text: str) -> bool:
    """Whether the question asks of one of a series ("How much will council tax rise in Band
    A?") and the sentence names another of it, not that one ("A Band D household will pay
    ..."), or "Who played at Spin City's 25th birthday?" of "... marks its 50th birthday", or
    "Who won the prize for the best float?" of "The prize for the best costume band went to ...",
    or "Who won the modern tractor class?" of "... won the vintage class", or "Who did she beat in the
    semi-final?" of "... in the final": a likely answer at most."""
    asked = _series_members(question)
    if not asked:
        return False
    named = _series_members(text)
    labels = {label for label, _ in named}
    return any(label in labels and (label, member) not in named for label, member in asked)


# ... and their comparatives, which tell the same side: "the most isolated areas were less
# vulnerable" answers "Which areas were least vulnerable?".
_COMPARATIVES = {"least": "less", "fewest": "fewer", "best": "better", "worst": "worse"}
# ... and the same extreme in another word: "The largest pipe" tells "the biggest pipe".
_SAME_EXTREME = {"biggest": ("largest", "greatest"), "largest": ("biggest", "greatest"),
                 "fastest": ("quickest",), "quickest": ("fastest",), "smallest": ("tiniest",)}


# "When was the old post office closed?": a time asked of a deed done to something ...
_WHEN_DONE_ASKED = re.compile(r"^\s*when\s+(?:was|were)\s+.*?\b(?P<deed>[a-z]+(?:ed|en))\s*\??\s*$", re.I)
# ... and a time a sentence gives of another deed, in the passive: "was installed in 1879" (or in the
# perfect: "has fallen by about half since 2000")
_TIME_OF_DEED = re.compile(r"\b(?:was|were)\s+(?P<deed>[a-z]+(?:ed|en))\s+(?:in|on)\s+(?:\d|[A-Z])|"
                           r"\b(?:has|have)\s+(?P<done>[a-z]+(?:ed|en))\s+(?:[^.;,]{0,40}?\s)?since\s+\d")


def tells_time_of_another_deed(question: str, text: str) -> bool:
    """Whether "When was X <done>?" meets a sentence that never tells that deed and gives a time
    only of another one: "The red pillar box, which stands outside the old post office, was
    installed in 1879" for "When was the old post office closed?"."""
    m = _WHEN_DONE_ASKED.match(question)
    if m is None:
        return False
    return not tells_any(forms_of_deed(m["deed"]), text) and _TIME_OF_DEED.search(text) is not None


# A question's (or a heading's) asking words: "Why", "How much", "What".
WH_OPENING = re.compile(r"^\s*(?:how\s+(?:much|many|long|old|far|big|often)\b|what|why|when|where|who|whom|whose|"
                        r"which|how)\b", re.IGNORECASE)


# No one to do it: "was offered at £6,500 but did not find a buyer" (not "no longer", "no bigger than").
_NO_DOER = re.compile(r"\b(?:no|(?:did\s+)?not\s+(?:find|attract|get)\s+(?:a|an|any)|failed\s+to\s+(?:find|attract)\s+"
                      r"(?:a|an|any))\s+(?!(?:longer|later|sooner|further|farther|other|matter|rather|never|either|"
                      r"neither|over|under|after|ever)\b)(?P<doer>[a-z]{3,}er)s?\b(?!\s+than\b)", re.I)


def tells_deed_undone(question: str, text: str) -> bool:
    """Whether a "wh-" question asks of a deed the sentence tells only as not done: "a real
    unsolved robbery" for "When was the 1961 robbery solved?", "did not find a buyer" for "Who
    bought the Chinese elm?"."""
    if not WH_OPENING.match(question):  # "Is the hall used?" is answered by "It stands unused."
        return False
    # (not a deed the question itself denies: "the clothes that were not sold" are the "unsold" ones)
    denied = set(re.findall(r"\b(?:not|never|n['’]t)\s+(?:been\s+|be\s+)?([a-z]+)", question.lower()))
    asked = [word for word in re.findall(r"[a-z]+", question.lower()) if word not in denied]
    told = set(re.findall(r"[a-z]+", text.lower()))
    if any(len(word) > 3 and "un" + word in told and word not in told for word in asked):
        return True
    deeds = set().union(*(forms_of_deed(word) for word in asked if len(word) > 3 and word not in told))
    return any(names_doer(deeds, m["doer"].lower()) for m in _NO_DOER.finditer(text))


def tells_opposite_extreme(question: str, text: str) -> bool:
    """Whether the question asks an extreme ("least", "youngest") the sentence does not tell,
    not even as a comparative, telling its opposite instead ("The most borrowed book was ...")."""
    asked = [w for w in re.findall(r"[a-z]+", question.lower()) if w in _OPPOSITE_EXTREMES]
    told = set(re.findall(r"[a-z]+", text.lower()))
    return bool(asked) and all(w not in told and _COMPARATIVES.get(w, w[:-3] + "er") not in told and
                               not told.intersection(_SAME_EXTREME.get(w, ())) and
                               told.intersection(_OPPOSITE_EXTREMES[w]) for w in asked)


# "How much did the old pavilion cost to build?" is not answered by "The new pavilion cost £385,000":
# a thing asked as it was, told as it is now, or the other way round.
_OPPOSED_STATES = {"old": ("new",), "new": ("old", "former", "original"), "former": ("new", "current"),
                   "original": ("new", "replacement")}
_HOW_MUCH_OR_MANY = re.compile(r"^\s*how\s+(?:much|many)\b", re.I)
_STATE_ASKED = re.compile(r"\b(?P<state>old|new|former|original)\s+(?:[a-z][\w'’-]+\s+)?(?P<thing>[a-z][\w'’-]+)\b",
                          re.I)


def tells_opposite_state(question: str, text: str) -> bool:
    """Whether the question asks of a thing as old or new ("the old pavilion") and the text tells
    of it only as the other ("The new pavilion cost £385,000")."""
    # (a sum or a count: "What is the new bell frame made of?" is told of "the old wooden frame was
    # replaced with one of steel")
    if not _HOW_MUCH_OR_MANY.match(question):
        return False
    for m in _STATE_ASKED.finditer(question):
        state, thing = m["state"].lower(), re.escape(m["thing"])
        opposed = "|".join(_OPPOSED_STATES[state])
        if re.search(rf"\b(?:{opposed})\s+(?:[\w'’-]+\s+)?{thing}\b", text, re.I) and \
                not re.search(rf"\b{state}\s+(?:[\w'’-]+\s+)?{thing}\b", text, re.I):
            return True
    return False


# Whom a price is for: "How much does membership cost for a family?" is not answered by "£25 a year
# for adults and £10 for under-18s", which prices others; words of one kind say the same people.
_PRICED_FOR = (r"(?:adults?|grown-ups?)", r"(?:child|children|kids?|juniors?|under-?\d+s?|teenagers?|young\s+people)",
               r"(?:seniors?|pensioners?|over-?[5-9]\d+s?|OAPs?)", r"(?:famil(?:y|ies))", r"(?:students?)",
               r"(?:couples?)", r"(?:members?)", r"(?:non-members?|visitors?|guests?)")
_PRICE_FOR_ASKED = re.compile(rf"^\s*how\s+much\b.*\b(?:for|per)\s+(?:a|an|one|each|two)?\s*"
                              rf"(?P<whom>{'|'.join(_PRICED_FOR)})\b", re.I)
_PRICED_FOR_ANY = re.compile(rf"\b(?:for|per)\s+(?:an?\s+|each\s+)?(?:{'|'.join(_PRICED_FOR)})\b", re.I)


def prices_for_others(question: str, text: str) -> bool:
    """Whether the question asks a price for some people ("for a family") and the text prices it
    for others only ("for adults", "for under-18s"), never naming those asked."""
    m = _PRICE_FOR_ASKED.match(question)
    if m is None or not _PRICED_FOR_ANY.search(text):
        return False
    kind = next(k for k in _PRICED_FOR if re.fullmatch(k, m["whom"], re.I))
    return re.search(rf"\b{kind}\b", text, re.I) is None


# Kinds of one thing priced that exclude each other, each in the words a price list uses for it: a
# single fare is no return fare, "£9 for children" prices no adult ticket.
_PRICED_KINDS = ((("single",), ("return",)),
                 (("adult", "adults", "adult's"), ("child", "children", "child's", "children's", "kids"), ("family",),
                  ("senior", "seniors", "pensioner", "pensioners"), ("student", "students"),
                  ("concession", "concessions")),
                 (("peak",), ("off-peak",)),
                 (("annual", "yearly"), ("monthly",), ("weekly",), ("daily",)))


def prices_another_kind(priced: list[str] | None, text: str) -> bool:
    """Whether a question pricing one kind of a thing ("How much is a return fare?": ``priced`` is
    ["return", "fare"]) is given a price of another kind of it only ("A single fare is £4.50")."""
    if not priced or len(priced) < 2:
        return False
    noun = priced[-1].lower()
    for word in (w.lower() for w in priced[:-1]):
        kinds = next((group for group in _PRICED_KINDS if any(word in kind for kind in group)), None)
        if kinds is None:
            continue
        asked = next(kind for kind in kinds if word in kind)
        if re.search(rf"(?<![\w-])(?:{'|'.join(map(re.escape, asked))})(?![\w-])", text, re.I):
            continue
        others = "|".join(re.escape(form) for kind in kinds if kind is not asked for form in kind)
        if re.search(rf"(?<![\w-])(?:{others})[\s-]+(?:[a-z]+\s+)?{re.escape(noun)}s?\b", text, re.I):
            return True
    return False


# "Who wound the clock before Keith Bright?": someone other than the one named, whom a sentence
# naming only them does not tell.
# (not "Who looks after Lake Arden?")
_SOMEONE_ELSE_ASKED = re.compile(r"^\s*who\b.*(?<!\blook\s)(?<!\blooks\s)(?<!\blooked\s)\b(?:before|after|instead\s+of)"
                                 r"\s+(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))", re.I)


def names_only_whom_asked_beside(question: str, text: str) -> bool:
    """Whether the question asks who came before or after someone it names and the text names
    no one else."""
    m = _SOMEONE_ELSE_ASKED.match(question)
    return m is not None and names_a_person_in(f"by {m['name']}") and not names_someone_beyond(question, text)


# "When did the Asian hornet arrive in Kent?" is not answered by "The hornet, which arrived in France
# in 2004, ...": the deed asked, told in another place than the one asked.
_DEED_IN_PLACE_ASKED = re.compile(r"^\s*(?:when|how|why|who|what)\b.*\b(?:in|at)\s+"
                                  r"(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))\s*\??\s*$", re.I)


def tells_deed_in_another_place(question: str, text: str) -> bool:
    """Whether the question asks of a deed in a place it names and the text, not naming that
    place, tells the deed in another."""
    m = _DEED_IN_PLACE_ASKED.match(question)
    if m is None or m["place"] in text:
        return False
    done = {form for word in content_words(question) for form in done_forms(word.lower())}
    return any(re.search(rf"\b{re.escape(form)}\s+(?:[\w'’-]+\s+){{0,2}}?(?:in|at)\s+"
                         rf"(?!(?:{MONTH_NAMES})\b)(?-i:[A-Z])", text, re.I) for form in done)


# "How many people came to the second film night?" is not answered by "... drew 25 people to the
# first showing": one of a series by its order, told of another (not a placing: "Who came second?").
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL_ASKED = re.compile(r"\b(?<!came\s)(?<!finished\s)(?<!placed\s)(?<!was\s)(?<!were\s)"
                            r"(?:the|a|its|their)\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                            r"\s+[a-z]", re.I)


def tells_another_in_order(question: str, text: str) -> bool:
    """Whether the question asks how many or how much of one of a series by its order ("the
    second film night") and the text tells of another by its order only ("the first showing")."""
    # (a count or a sum: "What was Harlow Vale's score when their fourth wicket fell?" is told by
    # "61 for 4 before ... put on 112 for the fifth")
    m = _ORDINAL_ASKED.search(question) if _HOW_MUCH_OR_MANY.match(question) else None
    if m is None:
        return False
    told = written_words(text) & set(_ORDINALS)
    return bool(told) and m["nth"].lower() not in told
