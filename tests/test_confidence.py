"""How sure qa-bot is: "found" only when the best sentence answers, a likely answer shown as
"not sure, but the closest is", and on-topic questions the documents do not answer abstained."""

from __future__ import annotations

import io
import json
import math
from dataclasses import replace

import numpy as np
import pytest

from qa_bot import QABot
from qa_bot.batch import Question, run_batch
from qa_bot.evaluate import evaluate
from qa_bot.ranking import (CONFIDENCE_FEATURES, Scoring, asked_cost_of, asked_count_done, asked_quantity_of,
                            confidence_terms, semantic_match, shipped_scoring, words_near_figures)
from qa_bot.render import NOT_FOUND, UNSURE, answer_text
from qa_bot.retriever import named_words

from conftest import EVAL_DIR, FIXTURES, story_batch


def _match(bot, question_words, weights, sentence_words):
    vectors = bot.encoder.word_vectors(question_words + sentence_words)
    return semantic_match(vectors[: len(question_words)], np.array(weights, float), vectors[len(question_words):])


def test_semantic_coverage_credits_a_near_synonym_but_not_an_unrelated_word(bot):
    # "tall" and "height" share no stem, yet a sentence giving the height answers "how tall".
    covered, unmatched = _match(bot, ["tower", "tall"], [1.0, 2.0], ["tower", "height", "metres"])
    assert covered > 0.65 and unmatched == 0.0
    # A sentence on the subject that lacks the very thing asked leaves its word unmatched.
    covered_other, unmatched_other = _match(bot, ["tower", "tall"], [1.0, 2.0], ["tower", "tickets", "cost"])
    assert covered_other < covered - 0.2
    assert unmatched_other == pytest.approx(2 / 3)


def test_a_name_only_matches_itself_not_a_near_word(bot):
    """A word table puts one city near another: "Madrid" must not be covered by "Seville"."""
    vectors = bot.encoder.word_vectors(["tall", "tower", "height", "tower"])
    free = semantic_match(vectors[:2], np.array([1.0, 1.0]), vectors[2:])
    literal = semantic_match(vectors[:2], np.array([1.0, 1.0]), vectors[2:], literal=np.array([0.0, -1.0]))
    assert free == (pytest.approx(1.0, abs=0.3), 0.0) and literal[1] == 0.5 and literal[0] < free[0]
    heatwave = _story("heatwave.txt", "stories_third")
    question = "What was the temperature in Madrid?"
    signals = heatwave.answer_signals(question, heatwave.ranked(question, heatwave.encoder.encode([question])[0], 50))
    assert signals["name_missing"] == 1.0 and signals["semantic_missing"] > 0.3, signals


def test_word_vectors_are_unit_length_and_cached(bot):
    first = bot.encoder.word_vectors(["radar", "radars", "Moscow"])
    assert first.shape == (3, 384)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert float(first[0] @ first[1]) > 0.7  # singular and plural
    assert np.array_equal(bot.encoder.word_vectors(["radars"])[0], first[1])


def test_the_confidence_reads_every_fitted_signal(bot):
    question = "How many radars will the U.S. deploy?"
    signals = bot.answer_signals(question, bot.ranked(question, bot.encoder.encode([question])[0], 50))
    assert set(signals) == set(CONFIDENCE_FEATURES)
    assert set(shipped_scoring().confidence_coef) <= set(confidence_terms())
    scoring = shipped_scoring()
    assert 0 < scoring.unsure_confidence <= scoring.min_confidence < 1


def test_a_confidence_term_may_be_the_product_of_two_signals():
    scoring = Scoring(confidence_bias=-1.0, confidence_coef={"margin": 1.0, "margin*dense": 2.0})
    assert scoring.confidence({"margin": 0.5, "dense": 1.0}) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert scoring.confidence({"margin": 0.5, "dense": 0.0}) == pytest.approx(1 / (1 + math.exp(0.5)))


def test_the_confidence_weighs_each_sign_by_the_others():
    """The calibration reads the signals' products as well as the signals: a close sentence
    that leaves out a name ("How much will the V3 cost in Germany?" of the V3's British price)
    is not found, while a short sentence that gives just the kind asked is ("The warning, issued
    jointly with ..., runs from 9am on Wednesday until 6pm on Saturday." for "When does the
    warning end?", withheld by a weighted sum of the signals alone)."""
    car = _story("car.txt", "stories_thirtysecond")
    assert car.ask("How much will the V3 cost?").found
    germany = car.ask("How much will the V3 cost in Germany?")
    assert "£24,995" in germany.hits[0].sentence and not germany.found
    heat = _story("heat.md", "stories_fiftythird")
    answer = heat.ask("When does the warning end?")
    assert "until 6pm on Saturday" in answer.hits[0].sentence and answer.found


def test_a_model_without_a_word_table_falls_back_to_exact_matches(bot, monkeypatch):
    monkeypatch.setattr(bot.encoder, "word_vectors", lambda words: None)
    question = "How many radars will the U.S. deploy?"
    signals = bot.answer_signals(question, bot.ranked(question, bot.encoder.encode([question])[0], 50))
    assert signals["semantic_coverage"] == signals["coverage"]
    assert signals["semantic_missing"] == signals["missing_word"]
    assert bot.ask(question).hits  # and answers as before


def test_an_amount_spelled_out_in_words_answers_how_much(bot):
    """"It cost ten million euros." answers "How much did the bridge cost?" in a two-story index:
    it ranks first (an amount in words is money too) and is shown, if only as "not sure" (the
    bridge is named in the sentence before, which the confidence does not read)."""
    small = QABot.from_texts({"a.txt": "The bridge over the river opened in May. It cost ten million euros.\n",
                              "b.md": "A storm hit the coast on Sunday. Power was cut for hours.\n"})
    answer = small.ask("How much did the bridge cost?")
    assert answer.hits[0].sentence == "It cost ten million euros." and answer.band != "not_found"
    assert "ten million euros" in answer_text(answer)


def test_what_a_question_counts_or_values_is_read_up_to_its_verb():
    assert asked_quantity_of("How many visitors did the museum have last year?") == ["visitors"]
    assert asked_quantity_of("How many Doctor Who novels have been published?") == ["Doctor", "Who", "novels"]
    assert asked_quantity_of("How many people work at the port?") == ["people"]
    # "of the" take no place of the three words a phrase may have
    assert asked_quantity_of("How many of the classical games had a winner?") == ["classical", "games"]
    assert asked_quantity_of("What is Fjordtech's market value?") == ["value"]
    assert asked_quantity_of("What is the number of electors in a constituency?") == ["electors"]
    assert asked_quantity_of("Who designed the bridge?") is None
    # a score's and an age's kinds find them: no text writes "score" beside "7-7"
    assert asked_quantity_of("What was the score after the classical games?") is None
    assert asked_quantity_of("How many?") is None
    assert asked_quantity_of("How many percent of students passed?") is None  # "11.1%" names no word
    assert asked_cost_of("How much did a ticket to Super Bowl 50 cost?") == ["ticket"]
    assert asked_cost_of("How much is the painting worth?") == ["painting"]
    assert asked_cost_of("How much did Redhaven pay for Wrona?") is None  # its subject is the payer
    assert asked_cost_of("How much did it cost?") is None
    assert asked_cost_of("How much ransom did the hackers demand?") == ["ransom"]
    assert asked_cost_of("How much prize money did each winner get?") == ["prize"]
    assert asked_cost_of("How much money did a 1/2 minute commercial cost?") == ["minute", "commercial"]
    assert asked_cost_of("How much money did the committee raise?") is None  # any sum is money
    # "have" is no part of what is priced: as a word it came near a phone's "will cost 249 euros"
    assert asked_cost_of("How much would the new runway have cost?") == ["new", "runway"]
    # pay is asked of whom it is paid to
    assert asked_cost_of("How much will the Veltrix chief executive be paid?") == ["chief", "executive"]
    assert asked_cost_of("How much does the mayor earn?") == ["mayor"]
    near = words_near_figures("More than 400 people left, and a 39-yard kick followed.")
    assert "people" in near and "yard" in near and "than" not in near


def _story(name, folder="stories"):
    from qa_bot.documents import load_paths

    (story,) = load_paths([FIXTURES / folder / name], warn=print)
    return QABot.from_texts({story.name: story.text}, titles={story.name: story.title})


def test_a_number_of_something_else_does_not_answer_how_many_or_what_value():
    """The museum story gives "300 paintings" and no visitor numbers; the Fjordtech one a net
    profit and no market value. Among the eight stories both leads were "found" (0.43, 0.26)
    for what they lack."""
    museum = _story("museum-wing.html")
    assert museum.ask("How many paintings are in the new wing?").found
    visitors = museum.ask("How many visitors did the Valletta museum have last year?")
    assert not visitors.found and "300 paintings" in visitors.hits[0].sentence
    # A sum's currency is what its figure counts: "a 4 billion euro chip factory" counts no factories.
    near = words_near_figures("Halvard will build a 4 billion euro chip factory on the outskirts of Lindau.")
    assert "euro" in near and "factory" not in near
    assert "contract" in words_near_figures("The $5m contract covers 40 buses.")
    fjordtech = _story("fjordtech-results.html")
    assert fjordtech.ask("What was Fjordtech's net profit in the third quarter?").found
    assert not fjordtech.ask("What is Fjordtech's market value?").found


def test_a_name_beside_a_figure_is_not_what_the_figure_counts():
    """"pays Skjær Ferries 310 million crowns" was found (band "found") for "How many ferries
    does Skjær Ferries own?": the company's name stood beside the sum."""
    ferries = _story("ferry-strike.txt", "stories_ninth")
    assert not ferries.ask("How many ferries does Skjær Ferries own?").found
    assert ferries.ask("How much does the county council pay Skjær Ferries?").found
    assert ferries.ask("How many passengers use the ferries on a weekday?").found


FINAL = ("The final was played at Levi's Stadium in Santa Clara on Sunday.\n\n"
         "CBS broadcast the game and charged an average of $5 million for a 30-second commercial during it.\n\n"
         "The stadium, which cost $1.2 billion to build, opened in 2014.\n\n"
         "All 68,000 tickets sold out within an hour of going on sale.\n")


def test_the_price_of_something_else_does_not_answer_what_a_thing_cost():
    """"How much did a ticket to Super Bowl 50 cost?" was found (0.56) in the price of a
    commercial. What a sentence prices is named beside the sum or, as a sum's subject often
    stands well before it ("The stadium, which cost ..."), anywhere in it, or in the sentence
    before one that refers back to it ("The phone will cost 249 euros" after "... launched the
    Solen Aava, a budget smartphone"). "The stadium, which cost ..." after a sentence about
    tickets is about the stadium, not a ticket's price."""
    bot = QABot.from_texts({"final.txt": FINAL})
    ticket = bot.ask("How much did a ticket to the final cost?")
    assert not ticket.found, ticket
    assert bot.ask("How much did a commercial cost?").best.sentence.startswith("CBS broadcast")
    assert bot.ask("How much did the stadium cost?").best.sentence.startswith("The stadium, which cost")
    phone = _story("solen-phone.pdf", "stories_more").ask("How much does the Aava cost?")
    assert phone.found and phone.best.sentence.startswith("The phone will cost 249 euros"), phone
    sold_out = QABot.from_texts({"final.txt": "All 68,000 tickets to the final sold out within an hour.\n\n"
                                              "The stadium, which cost $1.2 billion to build, opened in 2014.\n"})
    assert not sold_out.ask("How much did a ticket to the final cost?").found
    # "The stadium was ..." names the stadium: its verb is no word for what the sentence before named
    built = QABot.from_texts({"final.txt": "All 68,000 tickets to the final were sold within an hour.\n\n"
                                           "The stadium was built for $1.2 billion and opened in 2014.\n"})
    assert not built.ask("How much did a ticket to the final cost?").found


def test_a_count_of_people_killed_does_not_answer_how_many_were_injured():
    """"How many people were injured in the earthquake?" was found (0.60) in the lead, "...
    killing three people and damaging more than 400 homes": it counts people, but no one
    injured. What a count question says was done to what it counts must be in the sentence, in
    its own or near words ("hurt", "wounded"); working somewhere, in any of the words news uses
    ("The mine employs 350 people"). So is what they did, in a past tense (thirty-fourth batch): "How
    many people died in the 2022 heatwave?" was found (0.26) in "About 12,000 people attended last
    year."; taking part is told in any words ("in front of 27,000 fans")."""
    assert asked_count_done("How many people were injured in the earthquake?") == "injured"
    assert asked_count_done("How many snow leopard cubs were born?") == "born"
    assert asked_count_done("How many snow leopards are left in the wild?") is None  # "left": remaining
    assert asked_count_done("How many people work at the mine?") == "work"
    mine = story_batch("stories_eighth").ask("how many people work at the mine")
    assert mine.found and "employs 350 people" in mine.hits[0].sentence, mine
    assert asked_count_done("How many aftershocks have there been?") is None
    assert asked_count_done("How many people have died in the storm?") == "died"
    assert asked_count_done("How many customers closed their accounts?") == "closed"
    assert asked_count_done("How many fans watched the final?") is None
    heat = story_batch("stories_twentysecond").ask("How many people died in the 2022 heatwave?")
    assert not heat.found, heat
    quake = _story("earthquake.txt", "stories_eighth")
    injured = quake.ask("How many people were injured in the earthquake?")
    assert not injured.found and "killing three people" in injured.hits[0].sentence, injured
    assert quake.ask("How many people were killed in the earthquake?").found
    hurt = QABot.from_texts({"quake.txt": "A strong earthquake struck the valley on Friday, injuring 40 people.\n"})
    assert hurt.ask("How many people were hurt in the earthquake?").found


def test_a_sum_asked_by_what_it_is_is_not_answered_by_a_sentence_that_only_names_it():
    """"How much ransom did the hackers demand?" was found (0.51) in "... a ransom demand
    displayed on screens", which gives no sum; the port story never says how much."""
    port = _story("port-cyberattack.md", "stories_sixth")
    assert not port.ask("How much ransom did the hackers demand?").found
    assert "9 million euros" in port.ask("How much are the delays costing shipping lines?").best.sentence


def test_units_count_whatever_the_sentence_sells():
    """"She said the company expected to sell 300,000 units" answers how many phones; "units"
    was read as a count of something else (0.16, unsure)."""
    phones = _story("solen-phone.pdf", "stories_more").ask("How many phones does Solen expect to sell?")
    assert phones.found and "300,000 units" in phones.best.sentence, phones


def test_the_names_a_question_uses_are_read_without_acronyms_or_possessives():
    assert named_words("How many measles cases did Bulgaria report?") == ["bulgaria"]
    assert named_words("Who was arrested with Rosa Parks?") == ["rosa", "parks"]
    assert named_words("What is Fjordtech's market value?") == ["fjordtech"]
    assert named_words("What did the UN say in Feb 2010?") == []
    assert named_words("how many measles cases did bulgaria report") == []  # typed in lower case: no names
    assert named_words("Who is VRail's chief executive?") == ["vrail"]  # two capitals, then small letters


def test_a_question_typed_in_lower_case_gets_the_capitals_of_the_names_the_documents_spell_so():
    """Typed all in lower case, "who is vrail's chief executive" named nothing, and the airline
    story's chief executive was "found" for it; the six stories asked so abstained on 8 of 11
    unanswerable questions against 10 as written. A word the documents write in lower case, or
    never use, stays as typed."""
    from qa_bot.documents import load_paths

    docs = load_paths([FIXTURES / "stories_fourth"], warn=lambda message: None)
    bot = QABot.from_texts({d.name: d.text for d in docs}, titles={d.name: d.title for d in docs if d.title})
    assert bot.truecased("who is vrail's chief executive?") == "who is VRail's chief executive?"
    assert bot.truecased("what did anton brejcha say about the strike") == "what did Anton Brejcha say about the strike"
    assert bot.truecased("how many passengers did bulgaria air carry") == "how many passengers did bulgaria air carry"
    assert bot.truecased("What did Brejcha say?") == "What did Brejcha say?"  # typed with capitals: as typed
    assert not bot.ask("who is vrail's chief executive").found
    assert bot.ask("what has vrail offered").found


def test_a_question_for_an_age_a_sentence_gives_none_of_is_not_found():
    """An age, a time, a score: their patterns seldom miss one, so a best sentence without one
    seldom answers. "How old is the MS Kestrel?" was "found" (0.33) in the ferry story's lead,
    which gives no age; the crew's injuries, which say "hurt" in other words, still are."""
    ferry = _story("ferry.md", "stories_third")
    old = ferry.ask("How old is the MS Kestrel?")
    assert not old.found and old.band == "unsure", old
    assert ferry.ask("How many crew members were hurt?").found


def test_how_much_of_a_money_noun_asks_for_money():
    """"How much profit ..." was asked as a number, so the closure story's "1,100 jobs" passed
    for an answer."""
    factory = _story("factory-closure.md", "stories_sixth")
    assert not factory.ask("How much profit did Brennard make last year?").found
    assert factory.ask("How many jobs will be lost at the Oldcastle plant?").found


def test_how_much_pay_asks_for_money():
    """Found by the forty-fifth blind batch: "How much redundancy pay will each worker get?" was
    asked as a number, so "jobs in Leeds, 60 miles away, and ... redundancy pay above the legal
    minimum" passed for an answer (0.67)."""
    from qa_bot.ranking import answer_type

    assert answer_type("How much redundancy pay will each worker get?") == "money"
    assert not story_batch("stories_fortyfifth").ask("How much redundancy pay will each worker get?").found


def test_carrying_out_only_frames_the_question():
    """Found by the forty-fifth blind batch: "Which university carried out the study?" had its
    answer on top ("according to a study by researchers at the University of Northfield") but
    withheld (0.03): "carried out" counted as missing from it."""
    study = story_batch("stories_fortyfifth").ask("Which university carried out the study?")
    assert study.found and "University of Northfield" in study.hits[0].sentence, study


def test_a_road_number_names_a_road():
    """Found by the forty-fifth blind batch: "Which road is closed?" went to "Sandbags are
    available from the council depot on Station Road" over "The B4361 between Ludford and Orleton
    is closed", which never says "road"; the twenty-ninth batch's "Which roads could be
    affected?" (the A66 and the M62) was second and withheld the same way."""
    flood = story_batch("stories_fortyfifth").ask("Which road is closed?")
    assert flood.found and "The B4361 between Ludford and Orleton is closed" in flood.hits[0].sentence, flood
    snow = story_batch("stories_twentyninth").ask("Which roads could be affected?")
    assert snow.found and "A66 and the M62" in snow.hits[0].sentence, snow


def test_a_company_named_with_two_capitals_is_a_name_the_other_stories_never_mention():
    """"Who is VRail's chief executive?" of six stories was "found" (0.49) as the airline's
    "chief executive Erik Lund": "VRail" was not read as a name, so nothing said that the
    airline story never mentions it."""
    from qa_bot.documents import load_paths

    docs = load_paths([FIXTURES / "stories_fourth"], warn=lambda message: None)
    bot = QABot.from_texts({d.name: d.text for d in docs}, titles={d.name: d.title for d in docs if d.title})
    assert not bot.ask("Who is VRail's chief executive?").found
    assert bot.ask("What has VRail offered?").found


def test_a_name_the_best_sentences_document_never_mentions_is_a_signal_against_it():
    """The measles story is about Romania: its lead, with a number of measles cases, was "found"
    for Bulgaria at 0.67 among eleven stories (0.42 now). A one-letter slip in a name the story
    does mention is no such gap, and "American" officials are a text's "U.S." ones."""
    measles = _story("measles.md", "stories_more")

    def name_missing(question):
        vector = measles.encoder.encode([question])[0]
        return measles.answer_signals(question, measles.ranked(question, vector, 50))["name_missing"]

    assert name_missing("How many measles cases did Bulgaria report?") == 1.0
    assert name_missing("How many measles cases did Romania report?") == 0.0
    assert name_missing("How many measles cases did Romnia report?") == 0.0
    talks = QABot.from_texts({"talks.txt": "U.S. officials promised to keep relations with Russia friendly. "
                                           "The talks ended on Tuesday."})
    assert talks._vocabulary(talks.index.documents()[0].id) >= {"american", "russia"}


def test_the_bundled_articles_on_topic_questions_it_does_not_answer_are_mostly_abstained():
    """24 questions on the talks' own subjects that the article does not answer ("When will the
    next meeting take place?"): 10 abstained before in-domain calibration, 17 after, 15 since the
    Gates sentence carries his name ("Where in Europe will the U.S. build its radar?" sits on the
    threshold), 16 with the missing words' pull, 17 with a missing narrow kind, 18 when a
    sentence that is nobody's must give the words of whoever is asked, 17 after the refit for the
    name kind ("What did the European Union say ...?" at 0.253 against a 0.237 threshold, while
    the SQuAD negatives abstained, cross-validated, went 0.683 -> 0.707)."""
    report = evaluate(FIXTURES / "seed_unanswerable_on_topic.jsonl")
    assert report["unanswerable"] == 24
    assert round(report["abstention_rate"] * 24) >= 17, report


def test_asked_for_someones_words_a_sentence_that_only_mentions_them_is_no_more_than_likely(bot):
    """"What did the national roads agency say?" was found (0.96) in a sentence that is nobody's
    and names the agency only as a payer; the Gabala question (0.93) in one that names
    Azerbaijan only as the radar's place. Either is shown as "not sure", not as their words."""
    bridge = _story("bridge-closure.md", "stories_fifth")
    agency = bridge.ask("What did the national roads agency say?")
    assert agency.band == "unsure" and "national roads agency" in agency.hits[0].sentence, agency
    assert bridge.ask("What did Thomas Grieve say?").found
    gabala = bot.ask("What did the government of Azerbaijan say about the Gabala radar?")
    assert gabala.band == "unsure" and "Gabala" in gabala.hits[0].sentence, gabala
    assert bot.ask("What did Russia say about missile defence?").found


def test_a_sum_paid_to_someone_else_or_to_no_one_does_not_answer_what_someone_is_paid():
    """The chipmaker's story gives its savings ("save 130 million euros a year") and no pay: asked
    what its chief executive will be paid, that sum was found (0.47)."""
    chipmaker = _story("chipmaker-layoffs.html", "stories_seventh")
    assert not chipmaker.ask("How much will the Veltrix chief executive be paid?").found
    assert chipmaker.ask("How much will the job cuts save each year?").found


def test_a_question_comes_nearer_a_sentence_that_lacks_its_words_when_they_are_dropped():
    """"Has anyone been arrested for the museum theft?" of a story that says nothing of arrests:
    without "arrested" it comes nearer the theft's sentence. "How many crew members were hurt?"
    comes no nearer "... injuring two crew members" without "hurt": the sentence says it in
    other words, and the answer, "unsure" (0.19) before this signal, is found."""
    def pull(story, question):
        return story.answer_signals(question, story.ranked(question, story.encoder.encode([question])[0], 50))

    museum = _story("museum.pdf", "stories_third")
    assert pull(museum, "Has anyone been arrested for the museum theft?")["missing_pull"] > 0.5
    ferry = _story("ferry.md", "stories_third")
    hurt = pull(ferry, "How many crew members were hurt?")
    assert hurt["missing_word"] > 0 and hurt["missing_pull"] < 0
    assert ferry.ask("How many crew members were hurt?").found
    assert pull(ferry, "How far could you see in the harbour?")["missing_pull"] <= 0


@pytest.mark.skipif(not (EVAL_DIR / "squad_dev_docs.jsonl").is_file(),
                    reason=f"the SQuAD dev articles are not in the repo (licence, size); set QA_BOT_EVAL_DIR "
                           f"(looked in {EVAL_DIR})")
def test_on_topic_questions_the_squad_articles_do_not_answer_are_mostly_abstained():
    report = evaluate(FIXTURES / "squad_dev_unanswerable.jsonl", docs_path=EVAL_DIR / "squad_dev_docs.jsonl")
    assert report["unanswerable"] >= 150 and report["documents"] == 24
    # 0.59 before a name the best sentence's article never mentions ("Which Norman king built the
    # Tower of London?") counted against it; 0.62 before the missing words' pull, 0.646 before a
    # missing narrow kind, 0.665 before a price of something else ("How much did a ticket ...
    # cost?" of "$5 million for a 30-second commercial")
    assert report["abstention_rate"] >= 0.67, report


@pytest.fixture(scope="module")
def unsure_bot(bot):
    """The bundled article, with every answer below "found" but above the floor."""
    return QABot(bot.index, bot.encoder, scoring=replace(shipped_scoring(), min_confidence=1.01, unsure_confidence=0.0))


def test_an_unsure_answer_is_shown_with_its_caveat(unsure_bot):
    answer = unsure_bot.ask("What topped the agenda?")
    assert not answer.found and answer.band == "unsure" and answer.best is None
    text = answer_text(answer)
    assert text.startswith(UNSURE) and "topped the agenda" in text and NOT_FOUND not in text


def test_an_unlikely_answer_is_not_found(bot):
    strict = QABot(bot.index, bot.encoder, scoring=replace(shipped_scoring(), min_confidence=1.01,
                                                           unsure_confidence=1.01))
    answer = strict.ask("What topped the agenda?")
    assert answer.band == "not_found" and answer_text(answer) == NOT_FOUND


def test_batch_records_carry_the_band_and_give_a_likely_answer(unsure_bot):
    out = io.StringIO()
    counts = run_batch(unsure_bot, [Question(1, "q1", "What topped the agenda?")], out)
    record = json.loads(out.getvalue())
    assert record["found"] is False and record["band"] == "unsure"
    assert "topped the agenda" in record["answer"]
    assert counts["unsure"] == 1 and counts["found"] == 0
    out = io.StringIO()
    run_batch(unsure_bot, [Question(1, "q1", "What topped the agenda?")], out, fmt="csv")
    header, row = out.getvalue().splitlines()[:2]
    assert header.split(",")[2:4] == ["found", "band"] and ",False,unsure," in row


def test_the_noun_naming_what_is_asked_is_held_by_an_answer_of_that_kind():
    """Found by the twenty-seventh blind batch: "What was the score?" of a tennis report's
    lead, "... beat top seed Elena Morozova 6-4, 3-6, 7-6", and "What is the helpline number?"
    of "... call the Hartley's Farm helpline on 0800 555 0192" were right but withheld: the
    sentences lack the words "score" and "number", which their answers are."""
    tennis = _story("tennis.md", "stories_twentyseventh")
    score = tennis.ask("What was the score?")
    assert score.found and "6-4, 3-6, 7-6" in score.hits[0].sentence, score
    helpline = _story("recall.txt", "stories_twentyseventh").ask("What is the helpline number?")
    assert helpline.found and "0800 555 0192" in helpline.hits[0].sentence, helpline
    # a sentence without a score still lacks what "score" asks
    assert not tennis.ask("What was the score in their previous meeting?").found
    # "How effective ...?" asks a percentage: "... by 82 percent" is how effective
    effective = _story("vaccine.pdf", "stories_seventeenth").ask("How effective was the vaccine in trials?")
    assert effective.found and "82 percent" in effective.hits[0].sentence, effective


def test_a_share_of_what_is_counted_is_no_count_of_it():
    """Found by the twenty-ninth blind batch: "How many children took part?" was answered,
    unsure, by "A new malaria vaccine protected 77% of young children ...": a percentage of
    them says nothing of how many there were."""
    assert "children" not in words_near_figures("A new vaccine protected 77% of young children from the disease.")
    assert "children" in words_near_figures("The vaccine was given to 450 children aged five to 17 months.")
    trial = QABot.from_texts({"trial.txt": "A new malaria vaccine protected 77% of young children from the disease "
                                           "in a trial in Burkina Faso. Malaria is spread by mosquitoes.\n"})
    assert not trial.ask("How many children took part in the trial?").found


def test_anyone_in_a_question_holds_the_answers_place_and_is_not_a_word_to_find():
    """"Has anyone been charged over the crash?" was found in "Northumbria Police have asked anyone
    with dashcam footage to come forward" (five blind batches met the like): "anyone" is who is
    asked for, as "who" is, and the appeal says nothing of a charge. Where someone was arrested,
    the sentence saying so is found."""
    crash = _story("crash.html", "stories_thirtieth").ask("Has anyone been charged over the crash?")
    assert not crash.found and "dashcam" not in crash.hits[0].sentence, crash
    scam = _story("scam.txt", "stories_twentysixth").ask("Has anyone been arrested over the courier fraud?")
    assert "have been arrested" in scam.hits[0].sentence and scam.found, scam


def test_how_big_or_how_long_is_held_by_the_measure_a_sentence_gives():
    """"How big is Rask's lead?" of "Rask now leads the race by 52 seconds ..." and "How long did
    the meeting last?" of "... after a meeting that lasted almost four hours" had the right
    sentence on top but were withheld: "big" and "long" counted as missing words. A measure
    asked is held by the measure given; in a sentence about nothing the question names, it is
    not ("How long did the study follow people?" of a councillor's quote on libraries)."""
    lead = _story("cycling.md", "stories_thirtyfirst").ask("How big is Rask's lead?")
    assert "52 seconds" in lead.hits[0].sentence and lead.found, lead
    meeting = _story("planning.pdf", "stories_twentieth").ask("How long did the meeting last?")
    assert "almost four hours" in meeting.hits[0].sentence and meeting.found, meeting


def test_a_persons_name_asked_is_not_found_in_a_sentence_that_names_no_one():
    """"What is the name of the farmer who was arrested?" was found (0.47) in "Police said a
    58-year-old farmer had been arrested ...", and "What is the captain's name?" in "The captain,
    a 52-year-old with 20 years of experience, ...": the sentence is about them, but their name is
    what is asked, as a count is in "how many". Where the story names the person, it is found."""
    wildfire = _story("wildfire.html", "stories_thirtyfirst")
    farmer = wildfire.ask("What is the name of the farmer who was arrested?")
    assert not farmer.found and "58-year-old farmer" in farmer.hits[0].sentence, farmer
    chief = wildfire.ask("What is the name of the person who leads the emergency service?")
    assert chief.found and "Pilar Navarro" in chief.hits[0].sentence, chief
    captain = _story("ferry-rescue.html", "stories_twelfth").ask("What is the captain's name?")
    assert not captain.found, captain


def test_how_do_i_asks_how_and_a_relative_quoted_by_given_name_is_found():
    """Found by the thirty-second blind batch, both with the right sentence on top but "not
    found" (not even "unsure"): "How do I claim a refund if I bought from the website?" was read
    as asking for the words of "I" ("claim" is a verb of saying), whom nothing is attributed to;
    "What did Gary Morley say?" of "Mrs Morley's son, Gary, said: ..." asked for Morley's words
    and found only Gary's."""
    bot = story_batch("stories_thirtysecond")
    claim = bot.ask("How do I claim a refund if I bought from the website?")
    assert claim.found and "email refunds@" in claim.hits[0].sentence, claim
    gary = bot.ask("What did Gary Morley say?")
    assert gary.found and "My mother went in for a routine operation" in gary.hits[0].sentence, gary
    assert not bot.ask("What did Priya Morley say?").found  # no one of that name is quoted


def test_has_anyone_been_asked_of_an_event_the_sentence_does_not_tell_is_not_found():
    """"Has anyone been arrested for the burglary?" was found (0.24) in the burglary's own
    sentence, "Has anyone died in Storm Isolde?" in the storm's: a yes-or-no question on whether
    something happened to anyone, of a sentence without that deed in any form or near synonym.
    Six of the story batches' unanswerables were such; a sentence that tells it ("Nobody has been
    seriously hurt") is found."""
    burglary = story_batch("stories_twentyninth").ask("Has anyone been arrested for the burglary?")
    assert not burglary.found, burglary
    storm = story_batch("stories_twentyfirst").ask("Has anyone died in Storm Isolde?")
    assert not storm.found, storm
    hurt = story_batch("stories_thirtysecond").ask("Was anyone seriously hurt?")
    assert hurt.found and "Nobody has been seriously hurt" in hurt.hits[0].sentence, hurt


def test_an_amount_of_something_else_does_not_answer_how_much_of_a_thing():
    """Found by the thirty-fourth blind batch: "How much fuel was the Aurora Bay carrying?" was
    found (0.42) in "The Aurora Bay, which was carrying about 14,000 containers ...": a figure of
    containers is no amount of fuel, as "300 paintings" is no number of visitors. An amount may
    be given by its measure, which names no fuel or forest ("burned more than 6,000 hectares")."""
    from qa_bot.ranking import asked_amount_of

    assert asked_amount_of("How much fuel was the Aurora Bay carrying?") == "fuel"
    assert asked_amount_of("How much older was Manning than Newton?") is None
    assert asked_amount_of("How much money did the committee raise?") is None  # a sum: the price check's
    ship = story_batch("stories_thirtyfourth").ask("How much fuel was the Aurora Bay carrying?")
    assert not ship.found, ship
    land = _story("wildfire.txt", "stories_seventh").ask("How much land has the wildfire burned?")
    assert land.found and "6,000 hectares" in land.hits[0].sentence, land


def test_a_thing_spoken_of_as_unnamed_does_not_answer_what_its_name_is():
    """"What was the name of the fishing trawler?" was found (0.44) in "... the cargo ship Atlas
    Crown collided with a fishing trawler": a trawler, named nowhere beside it (the name given is
    the cargo ship's). A thing named beside its noun answers."""
    from qa_bot.ranking import speaks_of_unnamed

    assert speaks_of_unnamed("chain", "The building has been sold to a coffee chain.", "What is the name of the chain?")
    assert not speaks_of_unnamed("ferry", "A ferry called Santa Lucia ran aground.", "What is the name of the ferry?")
    # A thing already named may be spoken of as "the ferry" after, but that sentence gives no name.
    assert speaks_of_unnamed("ferry", "The ferry ran aground.", "What is the name of the ferry?")
    assert not speaks_of_unnamed("ferry", "The ferry Santa Lucia ran aground.", "What is the name of the ferry?")
    assert not speaks_of_unnamed("ship", "The ship was called Estonia.", "What was the ship's name?")
    assert not speaks_of_unnamed("fund", "The committee created the 50 fund.", "What is the name of the fund?")
    assert speaks_of_unnamed("caterer", "Meals come from the schools' existing caterers.", "Name the caterer?")
    spill = _story("oil-spill.html", "stories_eighth")
    trawler = spill.ask("What was the name of the fishing trawler?")
    assert not trawler.found and "Atlas Crown" in trawler.hits[0].sentence, trawler
    dog = story_batch("stories_thirtyseventh").ask("What is the name of Graham Pole's dog?")
    assert dog.hits[0].sentence == '"I can walk the dog again."' and not dog.found, dog


def test_how_old_a_thing_or_someone_described_is_wants_them_in_the_sentence():
    """"How old is the hiker's partner?" was found (0.32) in another story's "The patient, a
    58-year-old retired bus driver ...": an age, but not the partner's."""
    from qa_bot.ranking import asked_age_of

    assert asked_age_of("How old is the hiker's partner?") == "partner"
    assert asked_age_of("how old is the new bridge") == "bridge"
    assert asked_age_of("How old is Graham Pole?") is None  # a name: name_missing checks it
    stories = story_batch("stories_thirtyseventh")
    assert not stories.ask("How old is the hiker's partner?").found
    patient = stories.ask("How old is Graham Pole?")
    assert patient.found and "58-year-old" in patient.hits[0].sentence, patient


def test_what_someone_said_after_the_game_is_found_in_their_words():
    """"What did Okafor say after the game?" had his quote on top but withheld it (0.06): "game"
    was missing from it, yet when he spoke is the story's, not a word his words must hold."""
    stories = story_batch("stories_thirtyeighth")
    said = stories.ask("What did Okafor say after the game?")
    assert said.found and "I have waited four months" in said.hits[0].sentence, said



def test_a_count_changed_from_one_figure_to_another_gives_the_count():
    """"How many ferry sailings will there be each day?" had "Ferry sailings ... will be cut from
    six a day to four" on top but withheld it (0.11): the figures stand far from "sailings". A
    span of hours ("open from 9 am to 5 pm") or years is no such change."""
    from qa_bot.ranking import COUNT_CHANGED

    assert COUNT_CHANGED.search("will be cut from six a day to four") and \
        COUNT_CHANGED.search("rose from 1,200 to 1,450")
    assert not COUNT_CHANGED.search("open weekdays from 9 am to 5 pm")
    assert not COUNT_CHANGED.search("from 2019 to 2023")
    ferry = _story("ferry.txt", "stories_fortieth").ask("How many ferry sailings will there be each day?")
    assert ferry.found and "from six a day to four" in ferry.hits[0].sentence, ferry


def test_a_no_in_other_words_answers_whether_anyone_was_hurt():
    """"Has anyone been hurt?" had "No injuries have been reported." on top but withheld it
    (0.16): "hurt" counted as missing. A sentence saying none happened, in a near synonym, holds
    the deed; one that tells of something else ("has been jailed" for "arrested") still does not."""
    recall = _story("recall.html", "stories_fortyfirst").ask("Has anyone been hurt?")
    assert recall.found and recall.hits[0].sentence == "No injuries have been reported.", recall
    assert not story_batch("stories_twentyeighth").ask("Has anyone been arrested?").found


def test_what_a_fine_would_have_been_asks_a_sum():
    """"What would the fine have been?" had no kind, and "It has waived the fine." won over "...
    the fine would now come to about £96"."""
    from qa_bot.ranking import answer_type

    assert answer_type("What would the fine have been?") == "money"
    assert answer_type("What will the fine be spent on?") is None
    fine = _story("library.md", "stories_fortyfirst").ask("What would the fine have been?")
    assert "about £96" in fine.hits[0].sentence, fine


def test_a_surname_alone_is_read_as_the_full_name_the_story_gave():
    """"What did Dev Sharma say about the result?" had "Mr Sharma ... said the result was “a
    warning we cannot ignore”" on top but withheld it (0.03): "Dev" was missing; and "When will
    Fiona Marsh take her seat?" ranked "Ms Marsh will take her seat ... on 22 October" second."""
    election = story_batch("stories_fortythird")
    said = election.ask("What did Dev Sharma say about the result?")
    assert said.found and "a warning we cannot ignore" in said.hits[0].sentence, said
    seat = election.ask("When will Fiona Marsh take her seat?")
    assert seat.found and "22 October" in seat.hits[0].sentence, seat


def test_a_short_no_deep_in_the_ranking_answers_whether_anyone_was_injured():
    """Found by the forty-fourth blind batch: "Was anyone injured in the fire?" ranked "No one was
    hurt." eighth, below sentences that all hold "fire" and say nothing of injuries."""
    fire = story_batch("stories_fortyfourth").ask("Was anyone injured in the fire?")
    assert fire.found and fire.hits[0].sentence == "No one was hurt.", fire


def test_that_a_cause_is_not_known_answers_what_caused_it():
    """Found by the forty-fourth blind batch: "What caused the fire?" had "The cause of the fire is
    not yet known." on top, then passed it over for the next sentence ("An investigation will
    begin ..."), as a "why" question passes over a sentence that only restates it."""
    fire = story_batch("stories_fortyfourth").ask("What caused the fire?")
    assert fire.found and fire.hits[0].sentence == "The cause of the fire is not yet known.", fire


def test_a_count_of_one_part_people_play_is_no_count_of_another():
    """"How many employees does Sky UK have?" (a SQuAD negative) was found (0.53) of "... the UK's
    largest pay-TV broadcaster with 11 million customers": the word table puts "customers" as
    near "employees" as "staff" is. A count of the same part in other words still answers."""
    bot = QABot.from_texts({
        "broadband.txt": "Broadband prices to rise by 9 per cent\n\n"
        "Customers of Northwind will pay 9 per cent more for broadband from April, the company said on Monday.\n\n"
        "Northwind, which has 2 million customers, is the country's largest broadband provider.\n\n"
        "Its chief executive, Sara Lund, blamed the rising cost of energy and of building its fibre network.\n\n"
        "Consumer groups said many households would struggle to pay.\n",
        "school.txt": "Village school wins national science prize\n\n"
        "Hillside Academy in Brackley has won the national schools science prize for a project on river pollution.\n\n"
        "The school, which has 640 pupils, beat 120 other schools to the title.\n\n"
        "Its head teacher, Ruth Okoro, said the pupils had tested the river every week for a year.\n"})
    employees = bot.ask("How many employees does Northwind have?")
    assert not employees.found, employees
    customers = bot.ask("How many customers does Northwind have?")
    assert customers.found and "2 million customers" in customers.hits[0].sentence, customers
    students = bot.ask("How many students does Hillside Academy have?")
    assert students.found and "640 pupils" in students.hits[0].sentence, students
