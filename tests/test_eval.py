"""Answer quality, measured through `qa-bot eval` (the public API)."""

import json

import pytest

from qa_bot.cli import main
from qa_bot.evaluate import evaluate

from conftest import EVAL_DIR, FIXTURES


def test_seed_dev_top_answers():
    report = evaluate(FIXTURES / "seed_dev.jsonl")
    assert report["questions"] == 16
    assert report["top1_right"] == 16, report
    # Abstention never withholds a right answer ("How did the talks end?", the last to come
    # right, of "In conclusion ...").
    assert report["right_but_abstained"] == 0, report
    assert report["found_rate"] == 1.0, report


def test_seed_unanswerable_questions_are_all_abstained():
    report = evaluate(FIXTURES / "seed_dev_unanswerable.jsonl")
    assert report["unanswerable"] == 4
    assert report["abstention_rate"] == 1.0


def test_eval_command_prints_the_metrics(capsys):
    assert main(["eval", str(FIXTURES / "seed_dev.jsonl"), "--limit", "5", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["questions"] == 5
    assert {"recall@1", "recall@3", "mrr@10", "found_rate", "ms_per_question"} <= set(report)
    assert 0.0 <= report["recall@3"] <= 1.0 and report["recall@1"] <= report["recall@3"]


def test_eval_of_a_missing_dataset_is_one_line(capsys, tmp_path):
    assert main(["eval", str(tmp_path / "none.jsonl")]) == 1
    assert "dataset not found" in capsys.readouterr().err


needs_eval_sets = pytest.mark.skipif(
    not (EVAL_DIR / "squad_dev_questions.jsonl").is_file(),
    reason=f"the SQuAD/WikiQA dev sets are not in the repo (licences, size); set QA_BOT_EVAL_DIR "
           f"(looked in {EVAL_DIR})",
)


@needs_eval_sets
def test_squad_whole_article_smoke():
    report = evaluate(EVAL_DIR / "squad_dev_questions.jsonl", limit=30)
    assert report["questions"] == 30 and report["answerable"] == 30
    assert report["recall@1"] >= 0.6, report


@needs_eval_sets
def test_wikiqa_smoke():
    report = evaluate(EVAL_DIR / "wikiqa_dev.jsonl", limit=30)
    assert report["questions"] == 30
    assert report["recall@3"] >= 0.6, report


def test_a_long_evaluation_off_a_terminal_prints_progress_lines(monkeypatch, capsys):
    from qa_bot import evaluate as evaluation

    monkeypatch.setattr(evaluation._Progress, "EVERY_SECONDS", 0.0)
    report = evaluation.evaluate(FIXTURES / "seed_dev.jsonl", progress=False)
    err = capsys.readouterr().err
    assert report["questions"] == 16
    assert "evaluating: 0/16 questions, 1/1 documents indexed" in err and "evaluating: 16/16 questions" in err


def test_eleven_more_stories_in_one_index_are_answered_without_markup_or_headings():
    """Written later, in two batches measured blind first (36/40 and 31/35 right at the top):
    subheadings, bylines, lists, a link, a page's menus, a reader prompt and PDF line breaks;
    speakers from many countries. Among eleven stories a question can also be won by the wrong
    one."""
    import re

    from qa_bot import QABot
    from qa_bot.documents import load_paths

    stories = FIXTURES / "stories_more"
    docs = load_paths([stories], warn=lambda message: None)
    assert sorted({d.name.rsplit(".", 1)[-1] for d in docs}) == ["html", "md", "pdf", "txt"] and len(docs) == 11
    bot = QABot.from_texts({d.name: d.text for d in docs}, titles={d.name: d.title for d in docs if d.title})
    markup = re.compile(r"\*\*|__|(^|\s)#{1,6}\s|\]\(|</?[a-z][^>]*>|`")
    headings = {"Taxes", "Where the outbreak is worst", "Most read", "Outlook"}
    questions = [json.loads(line)["question"] for line in (stories / "questions.jsonl").read_text().splitlines()]
    for answer in bot.ask_many(questions, k=5):
        for hit in answer.hits:
            assert not markup.search(hit.sentence) and not markup.search(hit.context), hit.context
            assert hit.sentence not in headings and not hit.sentence.startswith(("By ", "Read the full", "Subscribe"))
    report = evaluate(stories / "questions.jsonl", docs_path=stories)
    assert report["questions"] == 89 and report["unanswerable"] == 14
    assert report["top1_right"] >= 71 and report["right_but_hidden"] == 0, report  # of 75


# Story batches written blind, each measured before any change for it (figures in the README).
# Their ranking was never fitted on them; since the confidence weighs each signal by the others,
# its calibration is fitted on them too, so the `abstained` floors below are in-sample ones:
# the third (a ferry accident, a chip plant, a heatwave, a museum theft, a cup final: 31/36 right
# at the top and 1/8 unanswerable abstained blind; the score and age kinds, a sum that counts no
# things and the missing words' pull came after), the fourth (a mayoral election, a rail strike, a
# planet found, an airline's results, a wildfire, a fraud trial: 41/50 and 9/11 blind; a
# two-capital name, a quote's start and the narrow kinds came after) and the fifth (a bridge
# closed, a vaccine approved, an orchestra's conductor; some questions typed in lower case
# without "?"; written after this session's changes and never tuned on: 19/20 and 3/6) and the
# sixth (a port's cyberattack, a painting stolen, a football transfer, water rationing in a PDF, a
# plant's closure, a marathon, a rate rise: 49/56 and 5/8 blind; money asked as "how much profit",
# a quote's start asked about someone it calls "he", a PDF's headline kept from its lead and a
# sum asked by what it is ("How much ransom ...?") came after) and the seventh (a bike-share scheme,
# a ferry aground, a chipmaker's job cuts, a town election, a wildfire, a fossil, a children's
# hospital in a PDF: 54/64 and 5/8 blind; a person described by age, "the town of X" as a place,
# a lead's prior only for a document the question is about, what an "It ..." sentence's
# predecessor names, pay asked of someone and a name asked of a thing came after) and the eighth
# (an earthquake, a literary prize, an oil spill, a satellite in a PDF, snow leopard cubs, coffee
# prices, a mine rescue, a school merger in a PDF: 88/103 and 7/11 blind; a number standing for
# what the sentence before named, "twin" and "a quarter" as numbers, a post asked by what its
# holder does ("Who runs ...?"), a state's duration, an end as "the middle of next year" and a
# verdict in quotation marks as its speaker's words came after) and the ninth (a ferry strike, a
# malaria vaccine, a wildfire, a bank merger, a chess match and a heatwave in PDFs, a Viking
# sword, a tram line: 104/116 and 7/10 blind; a list kept from a page without an <article>, an
# age as "X, who is 22,", a year "850 AD", a score ending a sentence, an organisation named with a
# possessive, a name beside a figure counting nothing, an age as "at 15" and a post run by a body,
# "the operator, Skjær Ferries", came after) and the
# tenth (a flood barrier, an AI startup, a derailment, an Olympic bid, a nurses' pay deal, a whale
# stranding, a council recount and drones over an airport in PDFs: 77/101 and 7/9 blind; names
# spelled with "å", "æ", "č", a place "on Farewell Beach" or "Riga-based" but no month after "in",
# "the railway company, Nordfrakt", "a tenth", a turnout as a percentage, "how close" as a
# length, irregular verbs' forms, a speaker's surname read as the full name and the reason read
# on past a sentence that restates a "why" question came after) and the eleventh (an art theft,
# a council budget with a list of savings, a marathon, hospital waiting lists and a new frog in
# PDFs, a volcano's ash cloud on a page without an <article>, a data breach with a bulleted list, a
# fraud trial: 86/105 and 8/15 blind; a rate's "a year" that is no date, "Femke de Boer" as a
# name, "What is it worth?" as money, "by 31 votes to 18" as a result and "injured" finding
# "injuries" came after) and the
# twelfth (a wildfire with a table, a rate decision with a pull quote signed after a dash, a
# transfer, a court's fine, a teachers' strike, a ferry rescue on a page without an <article>, a
# sleep study, an election and a car recall in PDFs: 142/175 and 7/18 blind; table rows as
# sentences, the dash-signed quote, "the ferry Santa Lucia" as a name, "Governor Helena Strand"
# and "The head of the fire service, Colonel Renato Bassi" as holders of their posts came after), the
# thirteenth (an interview, a museum page with a figure, a live blog, a match report, an obituary, a comet
# probe, cycle lanes with a numbered list, a firm's results and a measles outbreak in PDFs: 150/175 and
# 9/18 blind; a question in the text giving way to the answer after it, "She was 91." as an age,
# "said Harlow's manager, Rachel Dunmore" as hers, "who leads on transport" as the post asked and a
# story's subject named only in its title came after) and the fourteenth (a parking FAQ, a
# hard-wrapped press release, a bribery trial with a list, a bee study, a tram strike with a table, a
# peanut-allergy pill and a heat warning in PDFs, an election with a results table, an egg-price
# explainer: 112/131 and 12/18 blind; "how often" as a frequency, a bare "Yes." as context and
# "900 employees" as a count of people came after) and the fifteenth (a library column, council
# minutes with numbered headings, a strike FAQ, a phone review with a specifications table, a
# transfer, a court case, a sleep study, a flood bulletin and a chief executive's letter in PDFs:
# 149/169 and 11/18 blind; a table of names and values, numbered headings, a signature, a lead
# introducing someone unnamed, "said its spokesman" and a clock time for "when" came after) and the
# sixteenth (an encyclopedia entry with an infobox, a recipe, a podcast transcript, a product recall,
# a trial abstract, a police appeal, release notes, a school newsletter, a forecast, with questions
# typed as users type them: 98/118 and 12/16 blind; a transcript's turns as its speakers' words,
# someone introduced by age, "free" as a price and "five days a week" as a frequency came after) and
# the seventeenth (a by-election with a results table, a museum's visitor page, an earthquake, gym
# terms, a vaccine in a PDF: 55/61 and 6/6 blind; a column name counting its row's figure came after) and
# the eighteenth (five longer ones: a water-crisis feature, a press release with a media contact, a
# river article, grant guidance, a hockey season in a PDF: 65/77 and 6/7 blind; a label read with its
# line, "how long was X without" as a duration and a role six words after its holder came after) and
# the nineteenth (a bridge closure, an exoplanet, a rent notice, a marathon, a museum theft in a PDF:
# 57/64 and 2/6 blind; a telephone number as a kind came after) and the
# twentieth (a profile with a fact box, a "Q."/"A." interview, a planning decision in a PDF, a match
# report with a table: 37/47 and 2/4 blind; definition lists, "Q."/"A." labels and "The work ..."
# referring back came after) and the twenty-first to twenty-fifth (a maternity closure, a data
# breach with a caption, an obituary, an inspection report in a PDF, a live blog, an explainer, a
# transfer, a heat alert, results in PDFs, a festival page, a rescue, a press release, a study, a
# sentencing, a match report, engineering works, a wrapped e-mail, an encyclopedia entry, a bold-
# question interview, a budget, a merger, a what's-on list, refund steps, a comet, term dates:
# 48/66, 65/71, 58/67, 43/52, 42/50 blind; fact lines, captions, someone described or unnamed,
# an interviewer's preamble and the rest came after) and the twenty-sixth (a by-election, a fraud
# warning, a drug in a PDF, a bridge with a timeline, a match preview: 39/53 blind; a table's
# position, "call X on 101" and a reference to a reference came after) and the twenty-seventh and
# twenty-eighth (a planning refusal, a strike explainer, a food recall, a battery study in a PDF, a
# tennis report, a missing teenager, company results in a PDF, a bird's return, a marathon guide, a
# fraud sentencing: 59/65 and 59/67 blind; the noun naming an answer's kind, a nationality before a
# name and a speaker's address came after) and the twenty-ninth (a snow warning, an airline's IT
# failure, a food-bank interview, a vaccine trial in a PDF, a burglary: 47/56 blind) and the
# thirtieth (a folding tablet, a budget live blog, a transfer, a sleep study in a PDF, a crash:
# 48/58 and 1/7 blind) and the thirty-first (a wildfire, a data-protection fine, an obituary, a
# rate decision in a PDF, a cycling stage: 53/62 and 5/8 blind; "anyone" as the answer's place, a
# body as a deed's doer and "how big" held by a measure came after) and the thirty-second (a river
# flood, a hospital trust's fine, an electric car, a commuting survey in a PDF, festival refunds:
# 49/54 and 3/7 blind; "How do I ...?" as no one's words and a post's verb as no word to match
# came after) and the thirty-third (zoo cubs, a bin strike, a teaching award, an earthquake in a
# PDF: 33/37 and 4/6 blind; a sentence telling the deed asked of anyone came after) and the
# thirty-fourth (a city blackout, a ship aground, exam results, an unclaimed lottery prize in a
# PDF, a cancelled tour: 46/58 and 4/8 blind, two questions judged again after (a lead naming the
# town answers "where was it bought", a lead appealing for the winner answers "has the winner come
# forward"); an amount of something else, a body's ", which runs" and a length asked of a thing
# that did something came after) and the thirty-fifth (a Roman villa, a spelling bee, a hosepipe
# ban in a PDF, a rail operator's fine, a bakery's closure: 48/59 and 3/8 blind; a century spelled
# out, a company named by its trade and a group named beside what it is came after) and the
# thirty-sixth (a half marathon with a table, a library's Sunday opening, a Q/A interview, a dam's
# repair in a PDF, questions typed as chat users do: 36/49 and 3/7 blind, one key corrected after
# ("A: Water." answers "the hardest part"); "A: They try." as a bare reply came after) and the
# thirty-seventh (an offshore wind farm, a robot-assisted transplant, a missing hiker, a price cut
# in a PDF, a council's pothole FAQ: 48/60 and 3/9 blind; a "he" read with the person the story is
# about, "a team of eleven" as a count of people, a thing spoken of as "the dog" and a described
# person's age came after) and the thirty-eighth (a football derby, a walking study, an unfair
# dismissal tribunal, an electric van launch in a PDF, a snow warning: 46/57 and 5/9 blind, one
# key judged again after (the lead's "A warehouse worker who was sacked" gives her job, which I had
# written as unanswerable); a pace as a speed, "what temperature" as a kind, an age beside people
# as no count and what someone said "after the game" came after) and the thirty-ninth (free school
# meals, a restaurant review, a charity swim, tram fares in a PDF, a flu update: 44/56 and 4/7
# blind; a group asked in the plural and named in the singular came after) and the fortieth (an
# island ferry cut, a rare bee, library closures, A-level results in a PDF, a charity fraud:
# 44/48 and 6/8 blind; a count changed "from six a day to four", "who defended" asking a
# barrister, "the landowner, the National Trust" and "the scientific name of" came after) and the
# forty-first (a baby food recall, a marathon, 900 homes on an airfield in a PDF, record heat, a
# library book 63 years late: 37/45 and 5/8 blind; "No injuries have been reported" as a no to
# "Has anyone been hurt?" and "What would the fine have been?" as a sum came after) and the
# forty-second (a bin strike in Markdown with a list, a student satellite, a driving ban, red
# panda twins in a PDF: 29/36 and 3/7 blind, nothing fixed after it) and the forty-fifth (a
# charity treasurer jailed, in Markdown, a cup tie, a walking study, a biscuit factory closing,
# flood warnings in a PDF: 56/65 and 7/10 blind; "carried out" as a frame, "which charity" as an
# organisation, "how much pay" as a sum and "which minute" as a stage of a match came after) and
# the forty-sixth (a Macbeth review in Markdown, a Roman bath house dig, an airport terminal in
# HTML, an obituary, half-year results in a PDF: 54/66 and 5/9 blind; a reason not read on to a
# sentence off the subject, "of Wessex Archaeology, who is leading the dig", "her job" and "date
# from about AD 150" as an age came after) and the forty-seventh (a hit-and-run appeal, exam
# marking errors in Markdown with a list, the energy price cap in HTML, a seal pup, a festival
# called off in a PDF: 49/59 and 5/8 blind; "contact ... on 101" as a phone number and "how
# strong will the gusts be" as a speed came after) and the forty-eighth (a wind farm approved, in
# Markdown with a list, a Turner watercolour bought in HTML, a capybara on the run, a school rated
# inadequate, a new rail timetable in a PDF: 46/63 and 7/10 blind; a vote "by seven votes to four"
# as a result and a place the question names as no answer came after) and the forty-ninth (a gym
# chain hacked, in Markdown with a list, a theatre restored in HTML, a dog home after three years,
# a lifeboat rescue, a council tax rise in a PDF: 43/57 and 5/10 blind; a noun in a body's name,
# "Dogs Trust", as no name of a dog came after) and the fiftieth (a recycling plant fire, bank
# branches closing in HTML, a new beetle in Markdown, an accountant jailed, fog at an airport in a
# PDF: 42/50 and 4/8 blind, one key judged again after (the lead's "A beetle found in a garden in
# Devon" says where it was found); a colour as a kind, a police force as a body and a body's name
# after a noun as no name of it came after) and the fifty-first (a lido saved, in Markdown with a
# list, an island ferry in HTML, a stabbing, a cheese award, a breakfast survey in a PDF: 36/47
# and 4/6 blind; a thing given with its doer's name, "a survey by the British Nutrition
# Foundation", as answering who did it came after) and the fifty-second (a library reopened after a
# flood, in Markdown with a list, an airport strike in HTML, a landlord fined, a football manager
# appointed, a bee study in a PDF: 57/61 and 6/10 blind; a landlord as a person asked, an age
# beside another's name as no age of the one asked, and a "he" after an opening phrase, "As well as
# the fine, he ...", as referring back came after) and the fifty-third (a heat warning in Markdown
# with a numbered list, a toy recall in HTML, a by-election, a mountain rescue, a museum's painting
# in a PDF: 46/63 and 9/10 blind, 48/63 with three keys judged again after (the lead's "The Green
# Party has won the Fenwick ward by-election" says who won; "has bought a rare oil painting of the
# town's harbour" what painting; the body gives the majority only as the two counts of votes); a
# "her" or "its" further into a sentence as meaning whom or what the story spoke of before came
# after) and the fifty-fourth (an obituary, a football derby in Markdown with its result on a line
# of its own, a cash machine raid in HTML, bus route changes in Markdown with lists, half-year
# results in a PDF: 57/65 and 7/10 blind; the result line as a sentence came after) and the
# fifty-fifth (a water bills explainer in Markdown with question headings, a supermarket merger in
# HTML, a driver jailed, a walking study, a planning decision in a PDF: 58/63 and 6/10 blind;
# nothing fixed after it, three fixes measured and dropped, see the README) and the fifty-sixth (a
# storm live blog in Markdown with times in bold, a baker's interview as questions and answers, a
# bird strike in HTML with a fact table, a village school closing, a food bank's report in a PDF:
# 52/56 and 7/10 blind). After them a lead with a number of something else keeps only part of its
# prior for "How many ...?": six answers gained over the older sets, and one unanswerable in the
# thirteenth batch found ("How many people work at the museum?", of "More than 3,000 people
# donated to the appeal"), whose bound is one lower. The fifty-seventh (an island ferry route
# closing, in Markdown with a list, hospital waits in HTML, a charity's bookkeeper jailed, a
# festival's last day cancelled, a sleep study in a PDF: 53/59 and 5/10 blind) brought a means as
# an answer kind ("How was sleep measured?" of "... using wrist-worn sleep monitors"): six older
# sets' bounds are one higher for it. The fifty-eighth (a swing bridge stuck open, in Markdown, a
# lithium mine approved in HTML with a fact table, a marathon, libraries handed to volunteers, a
# vaccine's first year in a PDF: 50/60 and 6/10 blind) brought "How much did X receive / win /
# save?" as asking a sum: the twenty-fourth batch's bound is one higher for it. The fifty-ninth (a
# moorland wildfire in Markdown, a football transfer in HTML, a bin strike, an amateur's comet, an
# air quality report in a PDF: 47/53 and 6/10 blind) brought a reason as an answer kind ("Why was
# the festival cancelled?" of "... because of a severe storm"): six bounds one higher for it, and
# the thirteenth's one lower ("Why did profit fall?" went from the lead, which gives no cue word,
# to "The volume of products sold fell by 5 percent", a sentence saying nothing of why). Last, a
# best sentence holding under a tenth of the question is no found answer: the sixteenth's and the
# fifty-seventh's bounds one higher. The sixtieth (a conductor appointed, in Markdown, a car recall
# in HTML with a fact table, a hosepipe ban, a council by-election, a garden bird count in a PDF:
# 49/61 and 7/10 blind) brought dates and clock times read as no count ("How many cars have been
# recalled?" had gone to "... built between January 2024 and June 2025"): the fifty-seventh's bound
# is one lower for it ("How much less do teens who use phones late sleep?" of "... after 10pm
# sleep on average an hour less": "10pm" was its only number). The sixty-first (farmers' port
# blockade, in Markdown, a museum's mask returned in HTML with a fact list, a young chess
# champion, a games studio's job cuts, a rail tunnel's repair report in a PDF: 51/62 and 9/10
# blind). The sixty-second (a solar eclipse on a headland, in Markdown, a bakery chain fined over
# allergen labels in HTML, cavers trapped by floodwater, a council tax rise, a dog ownership study
# in a PDF: 52/60 and 5/10 blind). The sixty-third (a fire on an overnight ferry, in Markdown, a
# music scholarship in HTML, a landslide shutting a coast road, a seafront hotel sold, a commuting
# survey in a PDF: 45/52 and 5/10 blind). The sixty-fourth (a wildfire on Evia, in Markdown, a
# university strike ballot in HTML with a results table, a Channel swim, a dental chain fined over
# exposed records, a city bike hire scheme in a PDF: 53/65 and 7/10 blind) brought a count of things
# that no sum of money gives, a price asked as "How much is a monthly pass?", a relative named by
# first name and a job in a lead opening "A ...". The sixty-fifth (twin red panda cubs, in Markdown
# with a front matter, a ransomware attack on a hospital trust in HTML with a list, a record
# sunflower, a new central library in a PDF, a derailment report: 50/60 and 5/10 blind) brought
# "Does the library have a café?" as not answered by a sentence without one, and "Who is behind the
# attack?" as asking who is responsible. The sixty-sixth (a river bursting its banks, in Markdown, a
# battery start-up's funding in HTML with a fact table, a grandfather's 100th marathon, hospital
# parking charges in a PDF, an amateur's comet: 45/59 and 5/10 blind). The sixty-seventh (an old
# town closed to traffic, in Markdown, a peanut butter recall in HTML with a list, a young
# climber, a water company's report in a justified PDF, a ring found on a carrot: 53/68 and 6/10
# blind) brought a name after "the summit of" as no person's, "opposition" for "opposed", the
# role a deed made its doer ("the buyer") and phrasal verbs ("broke out" for "start"). The
# sixty-eighth (an island ferry's engine-room fire in HTML, a library open all night in Markdown
# with a front matter and a list, a Roman coin hoard, a marathon in the heat, a council's budget
# report in a PDF: 52/71 and 7/10 blind) brought a race's time as a duration, "the village of" as
# a place, "landowner" as an owner, runners counted as "people", "What did X do before he
# retired?" as asking a job, and the words of a post the documents never name as not found. The
# sixty-ninth (a sinkhole in HTML with a navigation bar, skiers lowered from a stuck cable car in
# Markdown with a list, a choir's national title, a vineyard's frost, a data centre approved in a
# PDF: 64/72 and 7/10 blind) brought a lead read with its headline for what was done, "held" as
# framing an event once the place is given, and a count opening on a deed ("Eight died"). The
# seventieth (a lighthouse relit, in HTML with a navigation bar, a bus strike in Markdown with a
# list of dates, a village school's robotics title, otters back in a city river, a lorry striking
# a railway bridge in a PDF: 64/74 and 7/10 blind) brought "who is 94 and ..." as an age, a
# question's "find" looking for "found", and a duration given as holding "take" or "last". The
# seventy-first (a stranded whale refloated, a solar farm refused in Markdown with a front matter
# and a list of reasons, a bakery chain closing shops in HTML with a header and a footer, a
# schoolgirl chess champion in a PDF, an airport runway closed for resurfacing: 71/75 and 6/10
# blind) brought a figure's "from" as no origin and "the developer, X" as naming a company. The
# seventy-second (island ferry crews on strike in Markdown with a byline and a list, a museum
# buying back a portrait in HTML, a marathon in the heat, a landslide closing a pass in a PDF, free
# school meals: 58/75 and 5/10 blind) brought "X's age" as an age and the men's race not answered by
# the women's. The seventy-third (a water company fined for sewage spills in Markdown with a byline,
# sections and a list, a budget airline's collapse in HTML with a header and an aside, a
# 12-year-old chess champion, a bread recall, a wildfire in a PDF: 75/83 and 6/10 blind) brought a
# failed company's administrators as a firm beside the role. The seventy-fourth (a cancer centre in
# Markdown with sections and a list, a medieval songbook in HTML with a navigation bar and an aside,
# supporters buying their football club, night buses back, a drought report in a PDF: 76/81 and
# 5/10 blind, the same with the confidence before its products) brought "what hours" as a time,
# "which nights" as days, a firm by its trade and "St Michael's Church in Kingsbury Wells" as no one.
# The seventy-fifth (a port crane's collapse in Markdown with a front matter and a list, a delivery
# rider's tribunal in HTML, a rugby title, a library app's questions and answers, a four-day week
# trial in a PDF: 59/70 and 8/10 blind, the same with the confidence before its products) brought
# "Tell me why ..." as a why question. The seventy-sixth (snow leopard cubs in Markdown, a bank
# manager jailed in HTML, a cycle lane vote, an amateur's comet, a rail operator's punctuality in a
# PDF: 77/84 and 6/10 blind) brought "What does X do?" as a job, a place by what it is ("to the
# ferry terminal") and "Who was Moss's lawyer?" not found where only Moss is named. The
# seventy-seventh (a kettle recall in Markdown, a swimming record in HTML, a mayor's expenses, parks
# and blood pressure, a festival cancelled in a PDF: 68/82 and 8/10 blind) brought ages in words,
# a newspaper as a body and why questions read to a reason close behind. The seventy-eighth (a
# striker's transfer in Markdown, hip operation waits in HTML, a burglar jailed, a Roman villa, a
# school's budget letter in a PDF: 70/84 and 7/10 blind) brought an age range ("people aged between
# 78 and 94", whose ages they are), "since March 2024" as how long, "grew up in" as where from and
# advice as a kind asked; the sixty-ninth's "How old is the youngest member of the choir?" ("46
# members aged from 19 to 84") came back with it. The seventy-ninth (island ferry crews striking in
# HTML, a bakery's award in Markdown with a list of winners, a wildfire, a bank app's outage, a
# parish council's minutes in a PDF: 66/84 and 6/10 blind) brought "Which?" kept in its sentence,
# a measure asked of nothing else ("How hot was it?"), a workforce counted by "employs" and a place
# by what it is with "a" ("from a mill"); and, as keeping "Consumer group Which? said ..." whole
# in the forty-seventh's energy story turned a tie (1.126 each) for "What number should witnesses
# call?" against the sentence with the number, a tie is broken by the narrow kind asked. The
# eightieth (libraries ending fines in Markdown, a half marathon in HTML, a storm, a young chess
# champion, an e-bike's press release in a PDF: 60/80 and 6/10 blind) brought "until noon" and
# "How quickly ...?" as how long, a running club as a body, "The 27-year-old physiotherapist" as a
# job, and "Who was the <role>?" at most unsure where the sentence names no one at all. The
# eighty-first (a farm robot maker's funding in Markdown, a giraffe calf in HTML, a landlord fined,
# a coffee and sleep study, a boil water notice in a PDF: 62/76 and 6/10 blind) brought "How long
# was the labour?" as how long, time as an amount ("How much sleep ...?"), sums named alike
# ("compensation", "a £30 payment"), the name of whom a lead introduced, a share that counts
# nothing, a law asked by name and "This follows ..." as a cause. The eighty-second (a festival
# called off in Markdown, a by-election in HTML with a results table, a hiker found, a car seat
# recall, a university's annual report in a PDF: 64/76 and 6/10 blind) brought a thing's age by its
# history ("the festival's 15-year history"), the next occasion as not the last one, a body said to
# be based somewhere, and a sum asked of "the university's income". The eighty-seventh (village
# libraries to close in Markdown with a list, a ferry stranded in HTML, a school's chess title, a
# landlord fined, a kettle recall notice in a PDF: 66/84 and 5/10 blind) brought a list read with
# the sentence that introduces it, things named over things counted, a thing's name given after
# the lead that introduced it, a notice signed by name over a post, "offered to run it" and
# "Prosecuting for ..." as who does it, and last year's winner not found in this year's. The
# eighty-eighth (microplastics in rivers in Markdown with a table, a football manager sacked in
# HTML, a wedding ring found, hospital waits, a planning decision notice in a PDF: 65/79 and 6/10
# blind) brought a fact labelled with what is asked, a notice signed under "Signed", a deed the
# lead tells of another unnamed, and "Who ...?" of someone not found in their own words alone.
@pytest.mark.parametrize("folder, questions, unanswerable, documents, top1_right, abstained", [
    ("stories_third", 44, 8, 5, 33, 6),
    ("stories_fourth", 61, 11, 6, 44, 10),
    ("stories_fifth", 26, 6, 3, 19, 3),
    ("stories_sixth", 64, 8, 7, 50, 7),
    ("stories_seventh", 72, 8, 7, 59, 7),
    # the shortlist read as one sentence with its list turned a near tie for "When will the film ...?"
    ("stories_eighth", 114, 11, 8, 95, 8),
    ("stories_ninth", 126, 10, 8, 108, 10),
    ("stories_tenth", 110, 9, 8, 88, 7),
    ("stories_eleventh", 120, 15, 8, 95, 10),
    ("stories_twelfth", 193, 18, 9, 152, 11),
    ("stories_thirteenth", 193, 18, 9, 156, 11),
    ("stories_fourteenth", 149, 18, 9, 117, 12),
    ("stories_fifteenth", 187, 18, 9, 156, 11),
    ("stories_sixteenth", 134, 16, 9, 105, 15),
    ("stories_seventeenth", 67, 6, 5, 55, 6),
    ("stories_eighteenth", 84, 7, 5, 68, 6),
    ("stories_nineteenth", 70, 6, 5, 58, 5),
    ("stories_twentieth", 51, 4, 4, 40, 3),
    ("stories_twentyfirst", 75, 9, 5, 61, 6),
    ("stories_twentysecond", 81, 10, 6, 69, 8),
    ("stories_twentythird", 78, 11, 6, 59, 8),
    # (3 since a country is read by its people's adjective: "the Polish factory" is the story's "factory in
    # Poland", and "How many jobs are in the Polish factory?" is no longer flagged for a name it never uses)
    ("stories_twentyfourth", 58, 6, 5, 45, 3),
    ("stories_twentyfifth", 55, 5, 5, 47, 1),
    ("stories_twentysixth", 58, 5, 5, 42, 3),
    ("stories_twentyseventh", 73, 8, 5, 62, 6),
    ("stories_twentyeighth", 75, 8, 5, 61, 5),
    ("stories_twentyninth", 63, 7, 5, 48, 5),
    ("stories_thirtieth", 65, 7, 5, 49, 5),
    ("stories_thirtyfirst", 70, 8, 5, 56, 7),
    ("stories_thirtysecond", 61, 7, 5, 50, 6),
    ("stories_thirtythird", 43, 6, 4, 34, 5),
    ("stories_thirtyfourth", 66, 7, 5, 51, 5),
    ("stories_thirtyfifth", 67, 8, 5, 51, 5),
    ("stories_thirtysixth", 56, 7, 4, 39, 4),
    ("stories_thirtyseventh", 69, 9, 5, 49, 6),
    # "her complaint about the fire exits" (not the key's sentence) answers "What did she complain about?" too
    ("stories_thirtyeighth", 66, 8, 5, 47, 6),
    ("stories_thirtyninth", 63, 7, 5, 46, 5),
    ("stories_fortieth", 56, 8, 5, 48, 6),
    ("stories_fortyfirst", 53, 8, 5, 40, 6),
    ("stories_fortysecond", 43, 7, 4, 31, 4),
    ("stories_fortythird", 70, 9, 5, 55, 4),
    ("stories_fortyfourth", 70, 9, 5, 56, 5),
    ("stories_fortyfifth", 75, 10, 5, 59, 8),
    ("stories_fortysixth", 75, 9, 5, 61, 6),
    ("stories_fortyseventh", 67, 8, 5, 51, 6),
    ("stories_fortyeighth", 73, 10, 5, 49, 6),
    ("stories_fortyninth", 67, 10, 5, 47, 5),
    ("stories_fiftieth", 58, 8, 5, 47, 5),
    ("stories_fiftyfirst", 53, 6, 5, 38, 5),
    ("stories_fiftysecond", 71, 10, 5, 59, 7),
    ("stories_fiftythird", 73, 10, 5, 54, 8),
    ("stories_fiftyfourth", 75, 10, 5, 60, 7),
    ("stories_fiftyfifth", 73, 10, 5, 59, 6),
    ("stories_fiftysixth", 66, 10, 5, 52, 8),
    ("stories_fiftyseventh", 69, 10, 5, 53, 8),
    ("stories_fiftyeighth", 70, 10, 5, 52, 6),
    ("stories_fiftyninth", 63, 10, 5, 50, 8),
    ("stories_sixtieth", 71, 10, 5, 51, 7),
    ("stories_sixtyfirst", 72, 10, 5, 53, 8),
    ("stories_sixtysecond", 70, 10, 5, 53, 7),
    ("stories_sixtythird", 62, 10, 5, 48, 6),
    ("stories_sixtyfourth", 75, 10, 5, 59, 7),
    ("stories_sixtyfifth", 70, 10, 5, 52, 6),
    ("stories_sixtysixth", 69, 10, 5, 47, 5),
    ("stories_sixtyseventh", 78, 10, 5, 58, 7),
    ("stories_sixtyeighth", 81, 10, 5, 58, 8),
    ("stories_sixtyninth", 82, 10, 5, 65, 6),
    ("stories_seventieth", 84, 10, 5, 68, 8),
    ("stories_seventyfirst", 85, 10, 5, 71, 6),
    ("stories_seventysecond", 85, 10, 5, 60, 7),
    ("stories_seventythird", 93, 10, 5, 76, 6),
    ("stories_seventyfourth", 91, 10, 5, 78, 5),
    ("stories_seventyfifth", 80, 10, 5, 61, 8),
    ("stories_seventysixth", 94, 10, 5, 80, 7),
    ("stories_seventyseventh", 92, 10, 5, 70, 8),
    ("stories_seventyeighth", 94, 10, 5, 71, 7),
    ("stories_seventyninth", 94, 10, 5, 70, 7),
    ("stories_eightieth", 90, 10, 5, 60, 7),
    ("stories_eightyfirst", 86, 10, 5, 64, 6),
    ("stories_eightysecond", 86, 10, 5, 67, 7),
    ("stories_eightythird", 89, 10, 5, 62, 9),
    ("stories_eightyfourth", 93, 10, 5, 75, 6),
    ("stories_eightyfifth", 84, 10, 5, 65, 4),
    ("stories_eightysixth", 93, 10, 5, 75, 7),
    ("stories_eightyseventh", 94, 10, 5, 71, 6),
    ("stories_eightyeighth", 89, 10, 5, 69, 8),
    ("stories_eightyninth", 96, 10, 5, 80, 6),
    ("stories_ninetieth", 97, 10, 5, 80, 6),
    ("stories_ninetyfirst", 107, 10, 5, 95, 7),
    ("stories_ninetysecond", 108, 10, 5, 94, 8),
    ("stories_ninetythird", 93, 10, 5, 75, 6),
    ("stories_ninetyfourth", 115, 10, 5, 98, 6),
    ("stories_ninetyfifth", 120, 10, 5, 98, 7),
    ("stories_ninetysixth", 111, 10, 5, 91, 4),
    ("stories_ninetyseventh", 84, 10, 5, 71, 3),
    ("stories_ninetyeighth", 69, 10, 5, 57, 5),
    ("stories_ninetyninth", 87, 10, 5, 72, 5),
    ("stories_hundredth", 86, 10, 5, 71, 3),
    # 7 -> 6 abstained since "may contain peanuts" is no month (hundred-and-fourth batch): the lead
    # no longer wins "When did Corbett's discover the mistake?", and a sentence without a date does
    ("stories_hundredfirst", 80, 10, 5, 65, 6),
    ("stories_hundredsecond", 71, 10, 5, 53, 5),
    ("stories_hundredthird", 67, 10, 5, 51, 4),
    ("stories_hundredfourth", 83, 10, 5, 72, 6),
    ("stories_hundredfifth", 83, 10, 5, 70, 6),
    ("stories_hundredsixth", 73, 10, 5, 58, 8),
    ("stories_hundredseventh", 74, 10, 5, 60, 8),
    ("stories_hundredeighth", 82, 10, 5, 68, 8),
    ("stories_hundredninth", 82, 10, 5, 68, 8),
    ("stories_hundredtenth", 80, 10, 5, 63, 5),
    ("stories_hundredeleventh", 77, 9, 5, 66, 6),
    ("stories_hundredtwelfth", 79, 10, 5, 65, 7),
    ("stories_hundredthirteenth", 73, 10, 5, 63, 7),
    ("stories_hundredfourteenth", 71, 10, 5, 58, 6),
    ("stories_hundredfifteenth", 64, 10, 5, 54, 7),
    ("stories_hundredsixteenth", 62, 9, 5, 47, 6),
    ("stories_hundredseventeenth", 58, 10, 5, 43, 4),
    ("stories_hundredeighteenth", 79, 10, 5, 67, 9),
    ("stories_hundrednineteenth", 74, 10, 5, 64, 8),
    ("stories_hundredtwentieth", 72, 10, 5, 61, 6),
    ("stories_hundredtwentyfirst", 78, 10, 5, 67, 4),  # 68 until the 204th batch: see the README
    ("stories_hundredtwentysecond", 77, 10, 5, 63, 6),
    ("stories_hundredtwentythird", 91, 10, 5, 78, 8),
    ("stories_hundredtwentyfourth", 81, 10, 5, 64, 5),
    ("stories_hundredtwentyfifth", 73, 10, 5, 59, 7),
    ("stories_hundredtwentysixth", 73, 10, 5, 56, 7),
    ("stories_hundredtwentyseventh", 69, 10, 5, 48, 7),
    ("stories_hundredtwentyeighth", 75, 10, 5, 62, 8),
    ("stories_hundredtwentyninth", 72, 10, 5, 59, 8),
    ("stories_hundredthirtieth", 65, 10, 5, 51, 5),
    ("stories_hundredthirtyfirst", 56, 10, 5, 41, 6),
    ("stories_hundredthirtysecond", 59, 10, 5, 42, 3),
    ("stories_hundredthirtythird", 67, 10, 5, 54, 6),
    ("stories_hundredthirtyfourth", 75, 10, 5, 59, 6),
    ("stories_hundredthirtyfifth", 76, 10, 5, 62, 5),
    ("stories_hundredthirtysixth", 74, 10, 5, 64, 4),
    ("stories_hundredthirtyseventh", 72, 10, 5, 54, 5),
    ("stories_hundredthirtyeighth", 94, 10, 5, 75, 5),
    ("stories_hundredthirtyninth", 83, 10, 5, 63, 8),
    ("stories_hundredfortieth", 81, 10, 5, 61, 5),
    ("stories_hundredfortyfirst", 80, 10, 5, 63, 7),
    ("stories_hundredfortysecond", 69, 10, 5, 54, 7),
    ("stories_hundredfortythird", 76, 10, 5, 55, 4),
    ("stories_hundredfortyfourth", 73, 10, 5, 60, 5),
    ("stories_hundredfortyfifth", 73, 10, 5, 61, 6),
    ("stories_hundredfortysixth", 66, 10, 5, 49, 5),
    ("stories_hundredfortyseventh", 63, 10, 5, 48, 6),
    ("stories_hundredfortyeighth", 86, 10, 5, 69, 6),
    ("stories_hundredfortyninth", 80, 10, 5, 62, 6),
    ("stories_hundredfiftieth", 80, 10, 5, 64, 7),
    ("stories_hundredfiftyfirst", 82, 10, 5, 66, 7),
    ("stories_hundredfiftysecond", 87, 10, 5, 73, 7),
    ("stories_hundredfiftythird", 85, 10, 5, 74, 10),
    ("stories_hundredfiftyfourth", 84, 10, 5, 69, 8),
    ("stories_hundredfiftyfifth", 84, 10, 5, 67, 10),
    ("stories_hundredfiftysixth", 85, 10, 5, 69, 9),
    ("stories_hundredfiftyseventh", 83, 10, 5, 68, 9),
    ("stories_hundredfiftyeighth", 76, 10, 5, 54, 6),
    ("stories_hundredfiftyninth", 85, 10, 5, 73, 6),
    ("stories_hundredsixtieth", 77, 10, 5, 65, 6),
    ("stories_hundredsixtyfirst", 80, 10, 5, 64, 8),
    ("stories_hundredsixtysecond", 82, 10, 5, 67, 8),
    ("stories_hundredsixtythird", 87, 10, 5, 76, 9),
    ("stories_hundredsixtyfourth", 79, 10, 5, 67, 7),
    ("stories_hundredsixtyfifth", 72, 10, 5, 56, 8),
    ("stories_hundredsixtysixth", 73, 10, 5, 60, 9),
    ("stories_hundredsixtyseventh", 76, 10, 5, 61, 8),
    ("stories_hundredsixtyeighth", 77, 10, 5, 61, 7),
    ("stories_hundredsixtyninth", 72, 10, 5, 54, 10),
    ("stories_hundredseventieth", 69, 10, 5, 54, 8),
    ("stories_hundredseventyfirst", 76, 10, 5, 62, 7),
    ("stories_hundredseventysecond", 80, 10, 5, 67, 8),
    ("stories_hundredseventythird", 75, 10, 5, 61, 6),
    ("stories_hundredseventyfourth", 74, 10, 5, 59, 9),
    ("stories_hundredseventyfifth", 66, 10, 5, 54, 6),
    ("stories_hundredseventysixth", 101, 10, 5, 86, 5),
    ("stories_hundredseventyseventh", 88, 10, 5, 71, 9),
    ("stories_hundredseventyeighth", 79, 10, 5, 63, 9),
    ("stories_hundredseventyninth", 73, 10, 5, 53, 7),
    ("stories_hundredeightieth", 78, 10, 5, 68, 10),
    ("stories_hundredeightyfirst", 85, 10, 5, 72, 8),
    ("stories_hundredeightysecond", 81, 10, 5, 68, 7),
    ("stories_hundredeightythird", 78, 10, 5, 66, 10),
    ("stories_hundredeightyfourth", 76, 10, 5, 64, 7),
    ("stories_hundredeightyfifth", 83, 10, 5, 72, 7),
    ("stories_hundredeightysixth", 76, 10, 5, 63, 8),
    ("stories_hundredeightyseventh", 75, 10, 5, 61, 8),
    ("stories_hundredeightyeighth", 80, 10, 5, 65, 7),
    ("stories_hundredeightyninth", 79, 10, 5, 65, 8),
    ("stories_hundredninetieth", 76, 10, 5, 60, 7),
    ("stories_hundredninetyfirst", 83, 10, 5, 68, 7),
    ("stories_hundredninetysecond", 84, 10, 5, 71, 8),
    ("stories_hundredninetythird", 76, 10, 5, 57, 6),
    ("stories_hundredninetyfourth", 71, 10, 5, 55, 6),
    ("stories_hundredninetyfifth", 82, 10, 5, 67, 7),
    ("stories_hundredninetysixth", 84, 10, 5, 64, 9),
    ("stories_hundredninetyseventh", 64, 10, 4, 51, 5),
    ("stories_hundredninetyeighth", 62, 10, 4, 46, 4),
    ("stories_hundredninetyninth", 81, 10, 4, 68, 8),
    ("stories_twohundredth", 74, 10, 4, 62, 7),
    ("stories_twohundredfirst", 70, 10, 4, 57, 10),
    ("stories_twohundredsecond", 69, 10, 4, 56, 7),
    ("stories_twohundredthird", 69, 10, 4, 58, 9),
    ("stories_twohundredfourth", 66, 10, 4, 50, 9),
    ("stories_twohundredfifth", 66, 10, 4, 50, 7),
    ("stories_twohundredsixth", 77, 10, 4, 66, 9),
    ("stories_twohundredseventh", 78, 10, 4, 65, 6),
    ("stories_twohundredeighth", 76, 10, 4, 62, 8),
    ("stories_twohundredninth", 68, 10, 4, 53, 7),
    ("stories_twohundredtenth", 62, 10, 4, 48, 7),
    ("stories_twohundredeleventh", 76, 10, 4, 65, 10),
    ("stories_twohundredtwelfth", 76, 10, 4, 66, 7),
    ("stories_twohundredthirteenth", 79, 10, 4, 68, 7),
    ("stories_twohundredfourteenth", 71, 10, 4, 61, 9),
    ("stories_twohundredfifteenth", 70, 10, 4, 56, 5),
    ("stories_twohundredsixteenth", 59, 10, 4, 45, 4),
    ("stories_twohundredseventeenth", 86, 10, 4, 68, 10),
    ("stories_twohundredeighteenth", 78, 10, 4, 65, 6),
    ("stories_twohundrednineteenth", 76, 10, 4, 59, 6),
    ("stories_twohundredtwentieth", 80, 10, 4, 66, 6),
    ("stories_twohundredtwentyfirst", 78, 10, 4, 67, 8),
    ("stories_twohundredtwentysecond", 67, 10, 4, 54, 6),
    ("stories_twohundredtwentythird", 51, 9, 4, 37, 5),
    ("stories_twohundredtwentyfourth", 93, 10, 4, 82, 10),
    ("stories_twohundredtwentyfifth", 87, 10, 4, 76, 6),
    ("stories_twohundredtwentysixth", 85, 9, 4, 72, 4),
    ("stories_twohundredtwentyseventh", 80, 10, 4, 67, 6),
    ("stories_twohundredtwentyeighth", 77, 10, 4, 64, 8),
    ("stories_twohundredtwentyninth", 71, 10, 4, 53, 7),
])
def test_a_batch_of_stories_written_blind_is_answered(folder, questions, unanswerable, documents, top1_right,
                                                      abstained):
    stories = FIXTURES / folder
    report = evaluate(stories / "questions.jsonl", docs_path=stories)
    assert (report["questions"], report["unanswerable"], report["documents"]) == (questions, unanswerable, documents)
    assert report["top1_right"] >= top1_right, report
    assert round(report["abstention_rate"] * unanswerable) >= abstained, report


def test_the_news_stories_set_reads_every_format_and_answers_without_markup_or_headings():
    """Eight short stories as users send them (.md, .html, .txt, .pdf) and 47 questions: no hit
    of any answer is a heading or carries markup. (Its accuracy is reported by `qa-bot eval`.)"""
    import json
    import re

    from qa_bot import QABot
    from qa_bot.documents import load_paths

    stories = FIXTURES / "stories"
    docs = load_paths([stories], warn=lambda message: None)
    assert sorted({d.name.rsplit(".", 1)[-1] for d in docs}) == ["html", "md", "pdf", "txt"] and len(docs) == 8
    bot = QABot.from_texts({d.name: d.text for d in docs}, titles={d.name: d.title for d in docs if d.title})
    markup = re.compile(r"\*\*|__|(^|\s)#{1,6}\s|\]\(|</?[a-z][^>]*>|`")
    headings = {"New Tolvik Bridge opens to traffic after four years of work", "What changes for drivers",
                "Reactions", "Floods force hundreds from their homes in Kessling", "By Erik Lund", "Outlook",
                "Fjordtech profit jumps on export orders", "By Lars Eide, business reporter", "Tickets",
                "Tartu opens its first tram line", "The collection", "Record crossing",
                "Nordbank reports record third quarter", "Dock workers end strike at Klaipeda harbour",
                "Valletta museum opens new wing with 300 paintings"}
    questions = [json.loads(line)["question"] for line in (stories / "questions.jsonl").read_text().splitlines()]
    for answer in bot.ask_many(questions, k=5):
        for hit in answer.hits:
            assert not markup.search(hit.sentence) and not markup.search(hit.context), hit.context
            assert hit.sentence not in headings and "Ingrid Solheim, transport" not in hit.sentence
    report = evaluate(stories / "questions.jsonl", docs_path=stories)
    assert report["questions"] == 47 and report["documents"] == 8
    # What the calibration withholds as not "found" is still shown, as "not sure, but the closest is".
    assert report["right_but_hidden"] == 0, report
    # Four of the six unanswerable ones are won by a lead that gives a number of something else
    # ("300 paintings" for "How many visitors ...?"); 3 abstained before that was read, 5 since.
    assert report["unanswerable"] == 6 and round(report["abstention_rate"] * 6) >= 5, report


def test_a_key_phrase_matches_a_hard_wrapped_sentence(tmp_path):
    """Found by the twenty-fourth blind batch, an e-mailed statement wrapped at 72 characters:
    "make glass for\nbuildings" was the right sentence, but the key "glass for buildings" was
    looked for with the line break in it, and the answer counted as wrong."""
    from types import SimpleNamespace

    from qa_bot.evaluate import load_items

    dataset = tmp_path / "questions.jsonl"
    dataset.write_text('{"question": "What will the site make?", "keys": ["Glass for  buildings"]}\n', encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "statement.txt").write_text("The site would continue to make glass for\nbuildings.\n", encoding="utf-8")
    [item], _ = load_items(dataset, docs)
    assert item.judge(SimpleNamespace(sentence="The site would continue to make glass for\nbuildings."))
    assert not item.judge(SimpleNamespace(sentence="The site would continue to make glass."))
