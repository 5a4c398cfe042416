import pytest

from qa_bot.segment import split_sentences
from qa_bot.speakers import attribute_speakers, has_quotation, name_matches, people_described, role_head, speaks_in

from conftest import FIXTURES, story_batch


def speakers_of(text):
    sentences = [s.text for s in split_sentences(text)]
    return list(zip(sentences, attribute_speakers(sentences)))


def test_bundled_article_quotes_have_their_speakers(article):
    pairs = speakers_of(article)
    by_start = {s[:25]: who for s, who in pairs}
    # “... radars would not constitute a threat to Russia,” he said. -- "he" is Gates, named before.
    assert by_start["“We had the opportunity t"] == "Robert Gates"
    assert by_start["“As far as missile defenc"] == "Sergei Lavrov"
    assert by_start["“It's very difficult to d"] == "Sergey Lavrov"
    assert by_start["The Russian Foreign Minis"] == "Sergey Lavrov"
    # Narrative sentences are nobody's quote.
    assert by_start["Further consultations wil"] is None
    assert by_start["The Kosovo crisis was one"] is None


def test_said_after_the_quote_with_name_first_or_verb_first():
    assert speakers_of('"No deal," Jane Doe said.')[0][1] == "Jane Doe"
    assert speakers_of('"No deal," said Jane Doe.')[0][1] == "Jane Doe"


def test_reported_speech_and_according_to():
    assert speakers_of("The chancellor, Angela Merkel, told reporters that talks failed.")[0][1] == "Angela Merkel"
    assert speakers_of("Prices rose, according to John Smith of the bank.")[0][1] == "John Smith"


def test_titles_before_a_name_are_not_part_of_it():
    pairs = speakers_of("Saudi Energy Minister Abdulaziz bin Salman said the cuts were needed. "
                        "“We will do whatever it takes,” he said. "
                        "U.S. Treasury Secretary Janet Yellen said the move hurts consumers.")
    assert [who for _, who in pairs] == ["Abdulaziz bin Salman", "Abdulaziz bin Salman", "Janet Yellen"]


def test_pronoun_resolves_to_the_nearest_person_named_before():
    pairs = speakers_of("Maria Lopez met Tom Brown. “We agreed on nothing,” he said.")
    assert pairs[1][1] == "Tom Brown"


def test_multi_sentence_quote_keeps_its_speaker():
    pairs = speakers_of("Jane Doe spoke. “We will win,” she said. “It is certain.” Then rain fell.")
    assert [who for _, who in pairs] == [None, "Jane Doe", "Jane Doe", None]


def test_a_country_is_not_a_speaker():
    pairs = speakers_of("The U.S. confirmed its plans.")
    assert pairs[0][1] is None


def test_names_match_on_surname_whatever_the_first_name_spelling():
    assert name_matches("Lavrov", "Sergey Lavrov")
    assert name_matches("Sergei Lavrov", "Sergey Lavrov")
    assert not name_matches("Gates", "Sergey Lavrov")
    assert not name_matches("Gates", None)


def _precision_recall(path):
    import json

    right = predicted = wanted = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        for want, got in zip(story["speakers"], attribute_speakers(story["sentences"])):
            wanted += want is not None
            predicted += got is not None
            right += want is not None and got == want
    return right / predicted, right / wanted


@pytest.mark.parametrize("name", ["speakers.jsonl", "speakers_heldout.jsonl", "speakers_probe.jsonl",
                                  "speakers_fresh.jsonl"])
def test_speakers_of_news_prose_are_precise_and_found(name):
    """News-style stories written for this: "said X", "X said", appositions, "said the Y of Z, X",
    "according to", titles, hyphenated names, pronoun chains with a woman and a man, quotes over
    several sentences. The held-out set was written after the rules and never tuned on; the probe
    set later still, on stories of other kinds: its reported speech with the verb first ("...,
    said Jacek Sadowski, the head of the port authority") was found at recall 0.73 and is now read.
    The fresh set, written later again with names from many countries that no name list holds,
    was at precision 0.89 and recall 0.86 before speakers learnt gender from "She" and "Her"."""
    precision, recall = _precision_recall(FIXTURES / name)
    assert precision >= 0.95 and recall >= 0.90, (precision, recall)


def test_reported_speech_with_the_verb_first_names_its_speaker_not_its_subject():
    pairs = speakers_of("Dredging will begin in April, said Jacek Sadowski, the head of the port authority. "
                        "The river will peak on Thursday, warned Pedro Alves of the weather service. "
                        "The minister, asked about the radar, said Vladimir Putin would decide.")
    assert [who for _, who in pairs] == ["Jacek Sadowski", "Pedro Alves", None]


def test_with_someone_stressing_that_reports_their_words():
    """"with X saying that ..." is X's reported speech; "of X" before the verb stays a place."""
    pairs = speakers_of("The U.S. confirmed its plans, with Robert Gates once again stressing that the shield is "
                        "not a threat. Talks went on in the port of Nova Gorica, warning of delays.")
    assert [who for _, who in pairs] == ["Robert Gates", None]


def test_a_place_a_title_or_a_fragment_is_never_a_speaker():
    pairs = speakers_of("The new bridge opened on Sunday. “We have never seen water this high,” said the mayor of "
                        "Kessling, Ingrid Solheim. She said that the town would need help. Two lanes will stay "
                        "closed, the road agency said. Fjordtech also reported higher costs, its director said.")
    assert [who for _, who in pairs] == [None, "Ingrid Solheim", "Ingrid Solheim", None, None]


def test_she_and_he_find_the_person_of_the_fitting_kind():
    pairs = speakers_of("Peter Novak met Anna Kowalska at the station. “I missed the last train,” she said. "
                        "“It was the least I could do,” he said later.")
    assert [who for _, who in pairs] == [None, "Anna Kowalska", "Peter Novak"]


def test_a_surname_is_the_person_the_text_named_in_full():
    pairs = speakers_of("Maria Gonzalez, the director of the city museum, said the wing would open in June. "
                        "“It holds 300 paintings,” Gonzalez said.")
    assert [who for _, who in pairs] == ["Maria Gonzalez", "Maria Gonzalez"]


def test_a_speech_verb_after_but_or_and_shares_the_subject_of_the_clause_before():
    """"Mr Sharma congratulated her but said the result was “a warning ...”" had no speaker: the
    verb's subject is the clause's, named before "but"."""
    pairs = speakers_of("Labour's candidate, Dev Sharma, came second. Mr Sharma congratulated her but said the "
                        "result was “a warning we cannot ignore” for his party. Residents complained but said "
                        "they would wait. Anna Berg read the report and said it was “long overdue”.")
    assert [who for _, who in pairs] == [None, "Dev Sharma", None, "Anna Berg"]


def test_full_names_by_surname_leave_out_a_surname_two_people_share():
    from qa_bot.speakers import full_names

    assert full_names("Fiona Marsh won. Ms Marsh thanked Dev Sharma.") == {"Marsh": "Fiona Marsh",
                                                                           "Sharma": "Dev Sharma"}
    assert "Doyle" not in full_names("Brian Doyle said so. His wife, Margaret Doyle, did not.")


STORY_SENTENCES = [
    '"We have never seen water this high," said the mayor of Kessling, Ingrid Solheim.',
    "“This line will take cars off our streets,” said deputy mayor Tiina Kask.",
    "Jacek Sadowski, the head of the port authority, said the quay was ready.",
    "Dr. Helen Carter, Fjordtech's chief engineer, said so.",
    "The U.S. Secretary of State, Condoleezza Rice, and Defense Secretary, Robert Gates, met their Russian "
    "counterparts, Sergey Lavrov and Anatoly Serdyukov.",
]


@pytest.mark.parametrize("description, people", [
    ("the mayor of Kessling", ["Ingrid Solheim"]),
    ("the mayor", ["Ingrid Solheim", "Tiina Kask"]),        # both: the caller must not pick one
    ("the deputy mayor", ["Tiina Kask"]),
    ("the port authority", ["Jacek Sadowski"]),             # an apposition after the name
    ("Fjordtech", ["Helen Carter"]),                         # a possessive apposition
    ("the defence secretary", ["Robert Gates"]),             # British spelling; "and" ends Rice's title
    ("the Russian side", ["Sergey Lavrov"]),                 # "Lavrov and" ends Serdyukov's
    ("Russia", ["Sergey Lavrov"]),
    ("the officials", []),                                   # a group word alone describes nobody
    ("the Norwegian minister", []),
])
def test_people_described_by_a_title_or_an_apposition(description, people):
    assert people_described(description, STORY_SENTENCES) == people


@pytest.mark.parametrize("sentence, quotes", [
    ("“We have never seen water this high,” said the mayor.", True),
    ('He said "the talks went well".', True),
    ("‘We will be back’, she said.", True),
    ("all sides must refrain from violence,’ he said.", True),  # the quote opened a sentence before
    ("In conclusion Russia’s Foreign Minister said that there are many points of contention.", False),
    ("She said the town would ask the state for emergency funds.", False),
    ("The band’s hits of the ’90s were played.", False),
])
def test_a_quotation_is_told_from_an_apostrophe(sentence, quotes):
    """The quote signal ranks someone's own words before their reported speech; "Russia’s" in
    reported speech must not pass for a quotation."""
    assert has_quotation(sentence) is quotes


def test_a_pronoun_finds_the_woman_or_man_the_text_has_shown_it_to_be():
    """Neither first name is in a name list: "Her opponent" shows Kovač is a woman, and naming
    Horvat again by surname makes him the "he" of the next quote."""
    pairs = speakers_of("Independent candidate Ana Kovač won the run-off for mayor of Novi Grad, ending twelve "
                        "years of rule by the Social Democrats. Her opponent, the Social Democrat Marko Horvat, "
                        "received 45.8 per cent. Kovač, a 41-year-old architect, campaigned on cheaper housing. "
                        "“People voted for change,” she told supporters. Horvat conceded defeat on Sunday night. "
                        "“I wish her success,” he said in a statement.")
    assert [who for _, who in pairs] == [None, None, None, "Ana Kovač", None, "Marko Horvat"]


def test_a_speaker_is_a_person_without_country_or_party_words_or_a_body_named_in_full():
    """A body speaks as the text names it in full; a body's word never ends up in a person's
    name, and "The Swiss government" is no one's name."""
    pairs = speakers_of("ROTTERDAM - Kenya's Faith Wanjiru won the marathon on Sunday. “I felt strong,” Wanjiru told "
                        "reporters. The glaciers lost a tenth of their ice, according to a report published on "
                        "Thursday by the Swiss Academy of Sciences. The Swiss government said it would discuss "
                        "the report. Virgin Media claimed that prices had doubled. Police said two men were "
                        "arrested.")
    assert [who for _, who in pairs] == [None, "Faith Wanjiru", "the Swiss Academy of Sciences", None, "Virgin Media",
                                         None]


def test_a_role_is_asked_by_its_head_word_only_when_common_words_alone_qualify_it():
    assert role_head("the civil protection commander") == "commander"
    assert role_head("the mayor") is None  # nothing more to drop
    assert role_head("the mayor of Solbjerg") is None  # which mayor is the point
    assert role_head("the Solbjerg mayor") is None
    assert role_head("Russia") is None


@pytest.mark.parametrize("who, sentence, speaks", [
    ("the national roads agency", "The national roads agency said the bridge would reopen in 2027.", True),
    ("the national roads agency", "The bridge will reopen in 2027, said a spokesman for the agency.", True),
    ("the national roads agency", "According to the agency, the bridge will reopen in 2027.", True),
    ("the national roads agency", "Repairs are estimated at 14 million pounds, to be shared between the council and "
                                  "the national roads agency.", False),
    ("the government of Azerbaijan", "Russia once again put forward its alternative, namely the joint use of "
                                     "Gabala radar base in Azerbaijan.", False),
    ("the government of Azerbaijan", "Russia put forward its alternative.", False),
    # asked in the plural, named in the singular: the thirty-ninth batch withheld (0.15) this answer
    ("the Conservatives", 'The Conservative group on the council said the plan was "a nice idea".', True),
])
def test_a_sentence_gives_someones_words_only_where_they_stand_by_a_speech_verb(who, sentence, speaks):
    assert speaks_in(who, sentence) is speaks


def test_a_verdict_in_quotation_marks_is_its_speakers_words():
    """"The chair of the jury, the critic Harald Moen, called the book “...”" is his word on the
    book; "called" before a name or with no quotation names something, and no one speaks."""
    assert attribute_speakers([
        "The chair of the jury, the critic Harald Moen, called the book “quiet, exact and devastating”.",
        "He said the jury's decision had been unanimous.",
        "The scheme, called “Pedal”, was launched in 2021.",
        "A company called Veltrix makes the chips.",
        "Critics called it a waste of money.",
    ]) == ["Harald Moen", "Harald Moen", None, None, None]


def test_a_pull_quote_signed_after_a_dash_is_its_signers_not_the_last_speakers():
    """A blockquote signed '— Ingrid Moe, chief economist ...' was given to the governor quoted
    just before, so "What did the chief economist say?" was answered with the governor's words."""
    pairs = speakers_of('"Wage growth is still too strong," Governor Helena Strand told reporters. '
                        '“Households have waited long enough. Every month of delay costs families money.” '
                        '— Ingrid Moe, chief economist at the Norland Homeowners Association')
    assert [who for _, who in pairs] == ["Helena Strand", "Ingrid Moe"]


def test_a_speaker_described_by_whom_they_work_for_is_the_person_named_not_the_employer():
    """Found by the thirteenth blind batch: '..., said Harlow's manager, Rachel Dunmore.' went to
    Harlow Rovers, named earlier in the report, so "What did Rachel Dunmore say ...?" was
    withheld though her quote was the best sentence."""
    pairs = speakers_of("Harlow Rovers beat Deeping City 3-2 on Tuesday. "
                        '"They proved a lot of people wrong tonight," said Harlow\'s manager, Rachel Dunmore.')
    assert [who for _, who in pairs] == [None, "Rachel Dunmore"]


def test_a_transcripts_turns_are_their_speakers_words():
    """Found by the sixteenth blind batch, a podcast transcript: "MARTA KOWALCZYK: Parking." and
    the sentences of her turn after it were nobody's, so "What did Marta Kowalczyk say about
    parking?" was answered "not found" (no sentence was hers). A label that names no one, a
    document where only one label recurs (a live blog's "UPDATE:"), or fewer than three labelled
    lines (a dateline and a stray label), make no turns."""
    lines = ["HOST (Dan Okoro): Welcome back.", "My guest today is Marta Kowalczyk.",
             "MARTA KOWALCZYK: Parking.", "Every time we took away a parking space, shop owners were furious.",
             "DAN OKORO: What would you tell a city that is just starting?"]
    assert attribute_speakers(lines) == ["Dan Okoro", "Dan Okoro", "Marta Kowalczyk", "Marta Kowalczyk", "Dan Okoro"]
    assert attribute_speakers(["UPDATE: The road is shut.", "Police closed it.", "UPDATE: It reopened."]) == \
        [None, None, None]
    assert attribute_speakers(["Methods: We assigned 612 adults.", "Results: Scores fell."]) == [None, None]
    # a dateline and one stray label are no dialogue
    assert attribute_speakers(["WASHINGTON: The talks ended.", "Officials met.", "Key Points: Both sides met."]) == \
        [None, None, None]
    from qa_bot import QABot

    transcript = (FIXTURES / "stories_sixteenth" / "podcast-transcript.txt").read_text(encoding="utf-8")
    parking = QABot.from_texts({"podcast.txt": transcript}).ask("What did Marta Kowalczyk say about parking?")
    assert parking.found and parking.hits[0].sentence.startswith("Every time we took away a parking space"), parking
    assert parking.hits[0].speaker == "Marta Kowalczyk"


def test_a_court_reports_name_age_and_address_make_the_named_person_the_speaker_not_their_town():
    pairs = speakers_of("Kevin Marsh, 47, of Radford Close, Dunmore, admitted 12 counts of fraud. "
                        "One victim, widow Margaret Dale, paid him £9,500 for a new roof. "
                        "He removed some tiles and never came back. "
                        "In a statement, she said she had been left “frightened to open the door”.")
    assert [who for _, who in pairs] == ["Kevin Marsh", None, None, "Margaret Dale"]


def test_a_speakers_age_and_employer_after_the_name_leave_the_name_the_speaker():
    assert speakers_of("John Smith, 54, a farmer from Devon, said the flood was the worst in years.")[0][1] == \
        "John Smith"
    assert speakers_of("His wife, Leila, said he was kind.")[0][1] == "Leila"


def test_a_quote_standing_after_someones_reported_speech_is_theirs():
    """Found by the ninety-first blind batch: a block quote under "Its chair, Dev Malhotra, ...
    told the meeting that ..." was nobody's, so "What did Dev Malhotra say about paint?" missed it."""
    found = speakers_of('Its chair, Dev Malhotra, who runs a hardware shop, told the meeting that a third of '
                        'his customers arrive by car.\n\n"People don\'t carry a tin of paint home on a bike. Half '
                        'of us could be gone in two years."\n\nThe council disagrees.')
    assert [who for _, who in found] == ["Dev Malhotra", "Dev Malhotra", None]


def test_a_body_is_the_speaker_past_a_clause_about_it():
    """"The Westport Cycling Campaign, which collected 2,300 signatures ..., called the vote ..."
    was nobody's (the clause's commas hid the subject), and without one "Westport" made the rest
    "Cycling Campaign", a person."""
    clause = speakers_of('The Westport Cycling Campaign, which collected 2,300 signatures in support of the lane, '
                         'called the vote "a brilliant day for the city".')
    bare = speakers_of('The Westport Cycling Campaign called the vote "a brilliant day for the city".')
    assert clause[0][1] == bare[0][1] == "the Westport Cycling Campaign"


def test_a_full_name_asked_is_not_someone_else_of_the_same_surname():
    assert not name_matches("Ramesh Mehta", "Arjun Mehta")
    assert name_matches("Ramesh Mehta", "Ramesh Mehta") and name_matches("Mehta", "Arjun Mehta")
    assert name_matches("Sergei Lavrov", "Sergey Lavrov") and name_matches("Mr Gates", "Robert Gates")


def test_where_someone_named_is_from_is_no_one_and_jean_is_a_woman():
    """Found by the ninety-second blind batch: in "Jean Fowler, 67, from Sturminster Newton, was
    ..." the town was met as a person, and Jean as a man (a French name), so the "she said" of
    her quote two sentences on went to "Sturminster Newton"."""
    found = speakers_of("Jean Fowler, 67, from Sturminster Newton, was the first patient treated. She is having "
                        "treatment for breast cancer. \"Now I can be home in time for lunch,\" she said.")
    assert found[-1][1] == "Jean Fowler"


def test_an_apposition_then_has_written_asking_names_its_speaker():
    """Found by the ninety-fourth blind batch: "Eastvale's MP, Rachel Ndlovu, has written to the
    health secretary asking for ..." had no speaker, so her pronoun's next sentence won "What has
    Rachel Ndlovu asked the health secretary for?" as hers alone."""
    pairs = speakers_of("Eastvale's MP, Rachel Ndlovu, has written to the health secretary asking for an "
                        "emergency grant. She said she had also asked the NHS. The mayor, Jo Bell, has also "
                        "warned of delays. The bridge, built in 1890, has been closed.")
    assert [who for _, who in pairs] == ["Rachel Ndlovu", "Rachel Ndlovu", "Jo Bell", None]


def test_the_opening_straight_quote_is_no_end_of_a_quote():
    """Found by the hundred-and-ninth blind batch: in '"People told us it would never open
    again," said Gemma Okafor, ...' the opening straight quote was read as a quote's end, so
    "People told" made "People" the speaker, of the next quote too, and "What did Gemma Okafor
    say?" was not found."""
    pairs = speakers_of('"People told us it would never open again," said Gemma Okafor, who chairs the Friends of '
                        'Blackmoor Lido. "Thousands of them gave a fiver or a tenner to prove that wrong."')
    assert [who for _, who in pairs] == ["Gemma Okafor", "Gemma Okafor"]
    said = story_batch("stories_hundredninth").ask("What did Gemma Okafor say?")
    assert said.found and said.hits[0].speaker == "Gemma Okafor", said


def test_the_judge_speaks_as_the_one_named_with_that_title():
    """Found by the hundred-and-twenty-fifth blind batch: '"You took your eyes off the road ...,"
    the judge told him.' had no speaker though "Judge Rachel Amos" was named two sentences
    before, so "What did the judge tell Kell?" was not sure of it, and not first."""
    pairs = speakers_of("Judge Rachel Amos gave Kell a suspended sentence. He must also pay Ms Doyle £2,500. "
                        '"You took your eyes off the road for a text that could have waited," the judge told him. '
                        '"This was avoidable," said the judge.')
    assert [who for _, who in pairs] == [None, None, "Rachel Amos", "Rachel Amos"]
    # ... and so when the sentence opens on the title ("The judge said: ...")
    assert [who for _, who in speakers_of('Judge Rachel Amos sentenced Kell. The judge said: "It was avoidable."')] == \
        [None, "Rachel Amos"]
    # a title no one named holds is no one's
    assert [who for _, who in speakers_of('Kell admitted the offence. "It was avoidable," the judge said.')] == \
        [None, None]
    told = story_batch("stories_hundredtwentyfifth").ask("What did the judge tell Kell?")
    assert told.found and told.hits[0].sentence.startswith('"You took your eyes off the road'), told


def test_a_thing_of_a_kind_named_with_a_or_an_is_no_one_a_pronoun_finds():
    """"a Colloggett Pippin" is an apple and "an Aston Martin" a car: neither is whom "she" is."""
    pairs = speakers_of("Our expert, Dr Helen Quick, identified 214 apples. She found three rare ones, including "
                        "a Colloggett Pippin. “Every year one of them turns out to be something we thought had "
                        "gone,” she said. Tom Hale drove an Aston Martin. “It was my father's,” he said.")
    assert [who for _, who in pairs] == [None, None, "Helen Quick", None, "Tom Hale"]


def test_a_name_after_on_is_a_place_a_pronoun_does_not_find():
    """Born "on Sule Skerry", a rock: "she" is still the woman named before it."""
    pairs = speakers_of("Margaret Ellwood has died at 94. She was born in 1932 on Sule Skerry, a rock west of "
                        "Orkney. “You don't put that in a skip,” she later said.")
    assert [who for _, who in pairs] == [None, None, "Margaret Ellwood"]
