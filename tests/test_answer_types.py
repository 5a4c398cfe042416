"""What a question asks for (its answer type), and whether a sentence holds one."""

import functools

import pytest
from conftest import FIXTURES, story_batch

from qa_bot.ranking import (ANSWER_KINDS, answer_type, asked_role, gives_place_beyond, matches_answer_type,
                            names_role_holder)


@pytest.mark.parametrize("question, kind", [
    ("On what day of the week were the talks?", "day"),
    # a name asked of a thing; of a role, the person kind
    ("What is the new species called?", "name"),
    ("What was the name of the Norman castle?", "name"),
    ("What did Luther call the mass?", "name"),
    ("What was the name of the ferry's captain?", "person"),
    ("What time did the meeting start?", "time"),
    ("What percentage of voters backed the plan?", "percentage"),
    ("What interest rate will the merged bank offer on savings?", "percentage"),  # a rate news gives in %
    ("What was the turnout in Marsh Hill?", "percentage"),
    ("How close to an airport can drones fly?", "length"),
    ("How much did the new bridge cost?", "money"),
    ("How long did the construction take?", "duration"),
    ("For how long was he in office?", "duration"),
    ("When did the war end?", "date"),
    ("In which year was it founded?", "date"),
    ("How many people were hurt?", "count"),
    # a telephone number (found by the nineteenth blind batch), not any number
    ("What is the phone number of the housing advice line?", "phone"),
    ("What is the Floodline number?", "phone"),
    ("What number should people call?", "phone"),
    ("What is the incident number?", None),
    ("How long is the bridge?", "length"),  # a length, not a duration
    ("How long was the strike?", "duration"),  # ... unless asked of an event
    ("How long did Phillips manage the Apollo missions?", "duration"),  # ... or of what someone did
    ("How long after the banquet did Kusala die?", "duration"),
    ("How long were the miners trapped underground?", "duration"),  # a state held ...
    ("How long was Brennick without running water?", "duration"),  # ... or gone without (eighteenth batch)
    ("How long is the polluted stretch of coast?", "length"),  # ... not a participle before a noun
    ("How long was each episode?", "duration"),
    ("How long ago did oxygen reach 10% of its present level?", "date"),  # "3 billion years ago"
    ("How high did the water rise?", "length"),
    ("How tall is the tallest tree?", "length"),
    ("How much does the statue weigh?", "weight"),
    ("What is the area of the park?", "area"),
    ("What is the speed limit on the bridge?", "speed"),
    # found by the twelfth blind batch
    ("How strong were the winds?", "speed"),
    ("how hot was it on thursday", "temperature"),
    ("How often is the pill taken?", "frequency"),
    ("how many times a week do the trams run", "frequency"),
    ("What was the lowest temperature recorded?", "temperature"),
    ("How big is the area the fire has burned?", "area"),
    ("On which dates will teachers strike?", "date"),
    ("What is the capital of Vestria?", "place"),
    ("How many metres did the river rise?", "length"),
    ("What is the toll on the bridge?", "money"),
    ("What is Fjordtech's market value?", "money"),
    ("How much profit did Brennard make last year?", "money"),
    ("How much prize money did each winner get?", "money"),
    ("How big is the reward?", "money"),
    ("How much did revenue grow?", "number"),  # a percentage as often as an amount
    ("What is the population of Kessling?", "number"),
    ("In which city were the talks held?", "place"),
    ("Where is the harbour?", "place"),
    ("Which country withdrew from the treaty?", "place"),
    ("Which ministries took part in the talks?", "organisation"),
    ("What company built the bridge?", "organisation"),
    ("Who designed the bridge?", "person"),
    ("Which presidents are leaving office?", "person"),
    ("How old was Manning when he played in the final?", "age"),
    ("At what age did she retire?", "age"),
    ("What was the score in the cup final?", "score"),
    ("What was the final score of the game?", "score"),
    ("What is the name of the Kestrel's captain?", "person"),
    ("What was the coach's name?", "person"),
    ("What is the name of the ship?", "name"),  # a thing's name, no person's
    # a person's name, asked of how the story describes them (twenty-third batch)
    ("What is the name of the widow?", "person"),
    ("What are the kayakers' names?", "person"),
    ("What was the name of the fishing trawler?", "name"),
    # found by the twenty-fourth batch: someone asked by what they are, and a river is a place
    ("Which famous rower comes from Aldermoor?", "person"),
    ("What teacher won the prize?", "person"),
    ("Which river is Aldermoor on?", "place"),
    # a position in a table, not a place (twenty-second and twenty-sixth batches: "They sit 19th")
    ("Where are Castleford in the table?", "position"),
    ("Where are Rovers in the league?", "position"),
    ("What was the weather like during the marathon?", "weather"),
    ("How long can humpback whales grow?", "length"),
    ("How long will the wood take to grow?", "duration"),
    ("What do researchers call the whale?", "name"),
    ("What does the frog's call sound like?", None),
    ("What did Gates say about radars?", None),
    ("Why did the talks fail?", "reason"),
    ("When do the new council tax rates start?", "date"),  # "When" asks a date, whatever rate it names
    ("What are the stolen paintings worth?", "money"),
    ("What's the house worth?", "money"),
    ("What road should drivers use instead?", "place"),  # a road by its number (twenty-first batch)
    ("How effective is the R21 vaccine?", "percentage"),  # "protected 77% of ..." (twenty-ninth batch)
    # a word qualifying the noun (thirtieth batch)
    ("Which other club is interested in Coleman?", "organisation"),
    ("In which two cities were the talks held?", "place"),
    # where someone was, for how long: a time, not a size (thirty-first batch)
    ("How long were the thieves inside?", "duration"),
    ("How long was he in hospital?", "duration"),
    ("How long is the tunnel?", "length"),
    # a verb in a clause of its own is no duration's (thirty-fourth batch)
    ("How long is the ship that ran aground?", "length"),
    ("How long did the ship stay aground?", "duration"),
])
def test_questions_are_given_the_kind_of_answer_they_want(question, kind):
    assert answer_type(question) == kind


@pytest.mark.parametrize("kind, holds, lacks", [
    ("day", "The talks were held on Tuesday.", "The talks were held in March."),
    ("weather", "Temperatures stayed below 10C for most of the morning.", "The race started at 9am in the park."),
    ("position", "The win lifts Rovers to 11th in the table.", "Rovers scored 11 goals in their last five games."),
    ("time", "The bridge opened at 9 a.m. sharp.", "The bridge opened in 2021."),
    ("percentage", "Turnout was 45 percent, up 3% on the last vote.", "Turnout was high."),
    # a share as news also gives it, but no tally of a time
    ("percentage", "One in twelve patients has waited more than a year.", "They scored 3 in 20 minutes."),
    ("percentage", "Care takes 41 pence of every pound the council spends.", "Care costs 41 million pounds."),
    ("percentage", "Nine out of 10 dentists agree.", "She won four out of five games."),
    ("money", "The bridge cost 1.2 billion euros.", "The bridge took four years to build."),
    ("money", "It was sold for $5 million.", "It was sold to a Swiss buyer."),
    ("money", "It cost ten million euros.", "It cost the mayor her job."),
    ("duration", "Construction took four years.", "Construction ended in 2021."),
    # how long it will last, as news gives it: an end
    ("duration", "The heatwave will last until at least Wednesday.", "The heatwave began on Wednesday."),
    ("duration", "Schools stay shut until further notice.", "Schools shut on Monday."),
    ("duration", "Prices will stay high until at least the middle of next year.", "Prices rose last year."),
    ("duration", "Seismologists warned that aftershocks could continue for weeks.", "Aftershocks may continue."),
    ("duration", "It took her five years.", "It was won by a 34-year-old nurse."),  # an age is no duration
    ("date", "The war ended in 1945.", "The war ended badly."),
    ("number", "Twelve people were hurt.", "Nobody was hurt."),
    ("length", "The bridge is 1.8 kilometres long.", "The bridge took four years to build."),
    ("length", "A 300-metre tower stands there.", "A tower of 300 rooms stands there."),
    ("length", "The tree is 88 metres tall.", "The forest covers 62 acres."),  # an area is no height
    ("length", "It orbits a red star 40 light years away.", "It orbits its star every 19 days."),
    # a word quantity stands apart from its unit: "I am" is no "a m(etre)" (a SQuAD negative)
    ("length", "The walk is a mile long.", "\"I am quite cool about it,\" he wrote."),
    # where words appear: "Where was the study published?"
    ("place", "They reported it in the journal Stellar Letters.", "They reported it on Wednesday."),
    ("area", "The forest covers 62 acres.", "The tree is 88 metres tall."),
    ("weight", "The statue weighs 12 tonnes.", "The statue is 12 metres tall."),
    ("speed", "Trains run at 90 km/h, or 56 miles an hour.", "The line is 11 kilometres long."),
    ("temperature", "Temperatures reached 41C on Thursday.", "Section 5 F of the law applies."),
    ("temperature", "It was minus 12 degrees at dawn.", "The region has had no rain since May."),
    ("frequency", "It is taken once a day.", "He once said so."),
    ("frequency", "Trams run every 30 minutes until 7pm.", "The strike will last 48 hours."),
    ("frequency", "The board meets quarterly and votes twice a year.", "It was the third strike this year."),
    ("duration", "Researchers followed the pupils for two school years.", "The pupils wore wrist monitors."),
    ("age", "Jonas Berg, 54, said repairs would cost 3 million.", "Repairs would cost 3 million, Berg said."),
    ("age", "It was the oldest quarterback ever to play, at age 39.", "It was his 39th game."),
    ("age", "The ferry was built in 1998 in Gdansk.", "The ferry carries 600 passengers."),
    ("age", "A 19-year-old scored the goal.", "A player scored in the 19th minute."),
    # a football club by its suffix (thirtieth batch)
    ("organisation", "Coleman has also been watched by Stoke City.", "Coleman grew up in Chester."),
    # a nationality before a name, which is a word of bodies' names too (twenty-seventh batch)
    ("person", "She will play American Dana Whitfield in the final.", "She will fly American Airlines home."),
    ("age", "Ilyina, who is 22, won the first rapid game.", "Ilyina, who won, is the champion."),
    ("age", "She became a grandmaster at 15.", "The talks began at 9 am."),
    # an obituary's "She was 91." after "... has died at her home", but not a score or a sum
    ("age", "She was 91.", "The score was 91 to 80."),
    ("age", "Age: 46", "Page: 46"),  # a fact box's item (twentieth blind batch)
    # how long someone has done something is no age (twenty-sixth batch's "How old is Naomi Achebe?")
    ("age", "The rocks are 4.6 billion years old.", "Dr Achebe has lived in the constituency for 20 years."),
    # a century spelled out; a company named by its trade is no person; a group named beside
    # what it is (thirty-fifth batch)
    ("age", "The villa is thought to date from the late third century.", "The villa was found on the third day."),
    ("person", "The ban was announced by Peter Lund.", "The ban was announced by Southvale Water."),
    ("organisation", "Campaign group River Action said it was absurd.", "A campaign group said it was absurd."),
    # found by the twenty-first blind batch: a road by its number, a body by what it is called
    ("place", "Drivers are advised to use the A38 instead.", "Drivers are advised to take care."),
    ("organisation", "A ransomware group called BlackHarbor has claimed it.", "A group of hackers has claimed it."),
    # someone unnamed, as the subject of what they did (twenty-second batch: "Who raised the alarm?")
    ("person", "A walker on the coast path saw them and called 999.", "The coast path was closed by 2pm."),
    ("person", "A man in his 60s has been taken to hospital.", "A mile out to sea, the wind rose."),
    # a match's time answers when (twenty-third batch: "When did Mensah score his first goal?")
    ("date", "He opened the scoring in the 34th minute.", "He has scored 34 goals."),
    ("phone", "Anyone with information should call Dorset Police on 101.", "Police made 101 arrests."),
    ("date", "Archaeologists date the sword to around 850 AD.", "Archaeologists date the sword by its hilt."),
    ("score", "They beat the holders 2-1 in front of 48,000 fans.", "They beat the holders in front of 48,000 fans."),
    ("score", "The council voted 23 to 8 for the budget.", "The council voted for the 2025-26 budget."),
    ("score", "The match ended level at 7-7.", "The match ended level on 7 May."),  # at the sentence's end
    ("score", "The council approved the budget by 31 votes to 18.", "The council approved 31 new homes."),
    # a when may be a clock time (found by the fifteenth blind batch: "When did the meeting
    # close?" went to "The next meeting is on 12 May" over "The meeting closed at 9.40 pm.")
    ("date", "The meeting closed at 9.40 pm.", "The meeting closed after a long debate."),
    # found by the sixteenth blind batch: a week's days, a price of nothing, a name in brackets
    ("frequency", "The group walked for 30 minutes, five days a week.", "The group walked for 30 minutes."),
    ("money", "It is a free upgrade for everyone on version 3.0.", "It is an upgrade for everyone on version 3.0."),
    ("money", "Refunds are given at no extra cost.", "Refunds are given at the shop."),
    ("person", "HOST (Dan Okoro): Welcome back.", "HOST: Welcome back."),
    ("phone", "Anyone who needs help can call Floodline on 0345 988 1188.", "Floodline is open 24 hours a day."),
    ("phone", "Anyone with information should call 101.", "Anyone with information should call the police."),
    ("phone", "Media contact: Laura Chen, +1 614 555 0142", "Revenue rose 9% to £1.34 billion in 2025."),
    # a rate's time is neither a date nor a duration
    ("date", "The fund collapsed in 2024.", "The fund promised returns of 12% a year."),
    ("date", "A year ago the fund collapsed.", "It will add about 92 pounds a year to the bill."),
    ("duration", "He was jailed for seven years.", "The fund promised returns of 12% a year."),
    ("person", "The Dutch runner Femke de Boer was third.", "The Dutch runner was third."),
    ("person", "The talks were opened by Ursula von der Leyen.", "The talks were opened by the president."),
    ("place", "The talks were held in Moscow.", "The talks were held behind closed doors."),
    ("organisation", "The Russian Foreign Ministry issued a statement.", "The minister issued a statement."),
    ("organisation", "NATO officials disagreed.", "Officials disagreed."),
    ("organisation", "The strike was called by the Maritime Workers' Federation.", "The strike was called by workers."),
    ("person", "The bridge was designed by Maria Lund.", "The bridge was designed by a local firm."),
    # a place's or a body's name is no person's
    ("person", "said General Anna Berg of the Supreme Court.", "The port will build a terminal at the Outer Port."),
    ("person", "said the museum's director, Maria Gonzalez.", "The National Museum of Fine Arts opened a wing."),
    # news names many a person by age alone
    ("person", "A 12-year-old girl found the fossil.", "A 12-metre skeleton was found."),
    ("person", "The first patient, a seven-year-old boy, was treated.", "The first patient was treated."),
    ("place", "They are housed in the neighbouring town of Vilanova.", "They are housed in two schools."),
    # names as European news spells them, a place "on" a name but not a weekday, "-based"
    ("place", "A timber train came off the track near Dombås.", "A timber train came off the track in February."),
    ("place", "The whales stranded on Farewell Beach.", "The whales stranded on Tuesday."),
    ("place", "Baltic Foods, the Riga-based maker of snacks, grew.", "Baltic Foods, the maker of snacks, grew."),
    ("person", "The bank will be led by Johan Sæther.", "The bank will be led by its board."),
    ("age", "Ana Kovač, 54, said repairs would cost 3 million.", "Repairs would cost 3 million, Kovač said."),
    # a name beside what the body is
    ("organisation", "The railway company, Nordfrakt, said so.", "The railway company said so."),
    ("organisation", "It was led by the venture firm Northgate Capital.", "It was led by a venture firm."),
    # people who acted as a body
    ("person", "The case was brought by a group of 340 residents.", "The case was brought in 2024."),
    ("person", "Hundreds of farmers blocked the road.", "Hundreds of tractors blocked the road."),
    ("name", "The researchers have named the species Kelbysaurus frostae.", "The researchers described the species."),
    # a share or a pair spelled in words
    ("number", "The city loses about a quarter of its water through leaks.", "The city loses water through leaks."),
    ("number", "The zoo announced the birth of twin cubs.", "The zoo announced the birth of cubs."),
    ("number", "They need about a tenth of the computing power.", "They need less computing power."),
    ("advice", "Doctors advised people to drink water.", "Doctors said the heat would last."),
])
def test_sentences_are_matched_to_the_kind_they_hold(kind, holds, lacks):
    assert matches_answer_type(kind, holds) and not matches_answer_type(kind, lacks)


def test_every_kind_has_a_matcher_and_no_kind_matches_nothing():
    assert set(ANSWER_KINDS) == {"phone", "day", "time", "percentage", "money", "duration", "temperature",
                                 "frequency", "speed", "loudness", "weight", "area", "length", "age", "score", "date", "count", "number",
                                 "ordinal", "occupation", "place", "organisation", "person", "name", "colour", "material",
                                 "manner", "reason", "outcome", "advice", "law", "weather", "position"}
    assert not matches_answer_type(None, "The talks were held on Tuesday in Moscow at 9 a.m.")


def test_the_weekday_question_finds_the_weekday(bot):
    best = bot.ask("On what day of the week were the talks?").hits[0]
    assert "Tuesday" in best.sentence


def _story_bot(*names):
    from qa_bot import QABot
    from qa_bot.documents import load_paths

    stories = load_paths([FIXTURES / "stories" / name for name in names], warn=print)
    return QABot.from_texts({s.name: s.text for s in stories}, titles={s.name: s.title for s in stories})


def test_a_length_and_a_toll_are_answered_with_the_figure_not_the_lead():
    """The story's lead ("... opened ... four years after construction began") holds a number and
    a duration, so only the finer kinds (a length, a toll as money) put the answers first."""
    bot = _story_bot("tolvik-bridge.md")
    assert "1.8 kilometres" in bot.ask("How long is the new bridge over the Tolvik fjord?").hits[0].sentence
    assert "45 kroner" in bot.ask("What is the toll on the Tolvik bridge?").hits[0].sentence


def test_a_score_and_an_age_are_answered_with_the_result_and_the_age():
    """"What was the score?" was won by the sentence saying who "scored"; the result "2-1" stands
    in the lead. "How old" wants an age, not any number."""
    from qa_bot import QABot
    from qa_bot.documents import load_paths

    (final,) = load_paths([FIXTURES / "stories_third" / "cup-final.md"], warn=print)
    bot = QABot.from_texts({final.name: final.text}, titles={final.name: final.title})
    assert "2-1" in bot.ask("What was the score in the cup final?").hits[0].sentence
    assert "19-year-old" in bot.ask("How old is Mateo Ruiz?").hits[0].sentence


def test_a_lead_without_the_kind_of_answer_asked_gives_way_to_a_sentence_with_it():
    """"The city of Tartu opened its first tram line on Saturday ..." names every word of the
    question but no length; the sentence with "11 kilometres" answers it."""
    answer = _story_bot("tram-line.md").ask("How long is the Tartu tram line?")
    assert "11 kilometres" in answer.hits[0].sentence and answer.band != "not_found"


def test_a_lead_naming_only_places_gives_way_to_the_sentence_naming_the_person():
    """"Outer Port" is two capitalised words but no person: the lead no longer holds the kind of
    answer a "who" question asks for, so the sentence with Jacek Sadowski answers it."""
    from qa_bot import QABot

    bot = QABot.from_texts({"gdynia.txt": (
        "GDYNIA — The Port of Gdynia will build a new container terminal on reclaimed land at the Outer Port, "
        "the port authority announced on Monday.\n\nThe terminal will cost 3.1 billion zloty and open in 2030.\n\n"
        "Dredging of the approach channel will begin in April, said Jacek Sadowski, the head of the port "
        "authority.\n\nEnvironmental groups have criticised the plan.\n")})
    answer = bot.ask("Who heads the Gdynia port authority?")
    assert "Jacek Sadowski" in answer.hits[0].sentence and answer.found


@pytest.mark.parametrize("question, role", [
    ("Who is the director of the National Museum of Fine Arts?", ("director",)),
    ("Who is the Russian defense minister?", ("russian", "defense", "minister")),
    ("Who is Russia's Foreign Minister?", ("foreign", "minister")),
    ("Who was the president of Harvard in 1900?", ("president",)),
    ("Who is the current president of China?", ("president",)),  # a text seldom says "current"
    ("What singer performed at halftime?", ("singer",)),
    ("What is the name of the Kestrel's captain?", ("captain",)),
    ("What was the museum director's name?", ("museum", "director")),
    ("Who is Maria Gonzalez?", None),  # a name, not a role
    ("Who was the first person to walk on the Moon?", None),
    ("Who was first to speak?", None),  # "first" says when: no role (this raised ValueError in ask)
    ("What did the director say?", None),  # not a person question
    # a post asked by what its holder does, in the present tense; a past deed is no post, but
    # for a few deeds news names the doer by what the deed made them ("the bridge's designer")
    ("Who designed the bridge?", ("designer",)),
    ("Who painted the portrait?", ("painter",)),
    ("Who makes the peanut butter for Fairway?", ("maker",)),  # "run by the supplier Midland Nut Company"
    ("Who runs Kaffehuset?", ("head",)),
    ("Who leads the miners' union?", ("leader",)),
    ("Who is chairing the inquiry?", ("chair",)),
    ("Who led the Panthers in sacks?", None),
    # whoever represents someone, then or now (found by the fifteenth blind batch, a court case)
    ("Who represented Pettifer?", ("representative",)),
    ("Who is the union's spokesman?", ("spokesman",)),
])
def test_the_role_a_person_question_asks_the_holder_of(question, role):
    assert asked_role(question) == role


def test_a_post_asked_by_what_its_holder_does_is_held_by_any_of_its_titles():
    """"Who runs Kaffehuset?" is answered by its chief executive; a role with words of its own
    ("director of the museum") keeps to them."""
    assert names_role_holder(("head",), "“We have absorbed as much as we can,” said Kaffehuset's chief executive, "
                                        "Mikael Berg.")
    assert names_role_holder(("leader",), "Its leader, Berit Vang, said that workers had warned about cracks.")
    assert not names_role_holder(("head",), "Mikael Berg thanked the crews.")
    assert not names_role_holder(("museum", "director"), "said the museum's chief curator, Eva Lind.")
    # the role a few words after the name (eighteenth blind batch: "Who is Norvane's chief executive?")
    assert names_role_holder(("chief", "executive"), '"We will build faster," said Priya Raman, Norvane\'s '
                                                     'co-founder and chief executive.')
    assert names_role_holder(("representative",), "In mitigation, Pettifer's solicitor, Owen Blake, said his "
                                                  "client had struggled to find a heating engineer.")
    assert not names_role_holder(("representative",), "District Judge Amrita Sandhu said Pettifer had shown "
                                                      "a complete disregard for his tenants.")


def test_a_body_named_as_operator_or_owner_runs_what_is_asked():
    """"Who runs the ferries?" of "... talks with the operator, Skjær Ferries, broke down": a
    post asked by what its holder does may be held by a company."""
    assert names_role_holder(("head",), "Talks with the operator, Skjær Ferries, broke down.")
    assert names_role_holder(("head",), "The grid operator, Centranet, asked factories to cut use.")
    assert not names_role_holder(("head",), "The operator said the ferries would run.")
    assert not names_role_holder(("chief", "executive"), "Talks with the operator, Skjær Ferries, broke down.")


def test_a_role_holder_is_a_person_named_next_to_the_role_with_its_other_words_in_the_sentence():
    lavrov = "The Russian Foreign Minister, Sergey Lavrov, said steady progress has been made."
    assert names_role_holder(("foreign", "minister"), lavrov)
    assert not names_role_holder(("russian", "defense", "minister"), lavrov)
    assert names_role_holder(("director",), "“We waited years,” said the garden's director, Erik Holm.")
    assert names_role_holder(("president",), "In 1900 Charles Eliot was president of the university.")
    assert not names_role_holder(("director",), "The Royal Botanic Garden's director will retire next year.")
    assert not names_role_holder(("director",), "Erik Holm opened the new glasshouse on Thursday.")


_GLASSHOUSE = (
    "The Royal Botanic Garden in Lund opened its new glasshouse on Thursday, eight years after the old one "
    "burned down.\n\nThe glasshouse holds 4,000 tropical plants.\n\n“We waited a long time for this,” said "
    "the garden's director, Erik Holm.\n\nThe river Hoje rose 2.6 metres during the spring floods that "
    "delayed the work.\n")


def test_who_holds_a_role_is_answered_by_the_sentence_naming_the_holder_not_the_lead():
    """The lead names every other word of the question; only the quote's attribution names the
    director."""
    from qa_bot import QABot

    bot = QABot.from_texts({"glasshouse.txt": _GLASSHOUSE})
    assert "Erik Holm" in bot.ask("Who is the director of the Royal Botanic Garden in Lund?").hits[0].sentence


def test_a_height_is_answered_by_the_figure_not_by_a_quote_with_the_same_words():
    """"this high" shares every word of the question; "2.6 metres" is the answer."""
    from qa_bot import QABot

    bot = QABot.from_texts({"flood.txt": (
        "LUND - The river Hoje burst its banks on Monday after a week of rain, and 200 homes were flooded.\n\n"
        "The water reached 2.6 metres above its usual level by the evening.\n\n"
        "“We have never seen the water this high in Lund,” said the mayor, Karin Lind.\n\n"
        "Schools will stay closed until Thursday.\n")})
    assert "2.6 metres" in bot.ask("How high did the water rise in Lund?").hits[0].sentence


def _seventh(*names, folder="stories_seventh"):
    from qa_bot import QABot
    from qa_bot.documents import load_paths

    stories = load_paths([FIXTURES / folder / name for name in names], warn=print)
    return QABot.from_texts({s.name: s.text for s in stories}, titles={s.name: s.title for s in stories})


def _eighth(*names):
    return _seventh(*names, folder="stories_eighth")


def test_a_person_named_only_by_age_answers_who_or_leads_to_the_sentence_naming_her():
    """"A 12-year-old girl ... has found the fossil" names no one, but is who found it; the
    sentence naming the ichthyosaur, with no person in it, had won. The sentence after the lead
    names her ("Amelia Frost spotted ..."), and answers better still."""
    hits = _seventh("fossil.html").ask("Who found the ichthyosaur fossil?").hits
    assert hits[0].sentence.startswith("Amelia Frost spotted"), hits
    assert "12-year-old girl" in hits[1].sentence, hits


def test_a_sentence_that_refers_back_is_read_with_the_sentence_it_refers_to():
    """"Its chief investigator, Sigrid Haug, ..." answers who leads the accident investigation
    only with "The Maritime Accident Board has opened an investigation." before it, which had
    won (its words, not its answer). Read together, the answer is first and not withheld."""
    answer = _seventh("ferry-rescue.txt").ask("Who is leading the accident investigation?")
    assert "Sigrid Haug" in answer.hits[0].sentence and answer.band != "not_found", answer


def test_among_several_stories_the_lead_prior_is_only_for_the_story_asked_about():
    """Asked where the wildfire's evacuees stay, the children's hospital's lead ("... opened its
    doors to patients ... in Brennmark") won on its lead prior and a place, though nothing in it
    is near the question; the hospital story alone is unchanged."""
    both = _seventh("wildfire.txt", "childrens-hospital.pdf")
    assert "sports hall" in both.ask("Where are the evacuees staying?").hits[0].sentence
    hospital = _seventh("childrens-hospital.pdf")
    assert "220 beds" in hospital.ask("How many beds does the children's hospital have?").hits[0].sentence


def test_a_who_question_whose_only_role_word_says_when_is_answered(bot):
    """"Who was first to speak?" read "first" as a role with its one word dropped as a time
    word ("the first president"), and ask raised ValueError on the empty role."""
    assert bot.ask("Who was first to speak?").hits


def test_a_name_asked_is_answered_by_the_sentence_that_gives_it_not_the_lead():
    """"What is the new species called?" was won by the lead ("... the fossil of a marine reptile
    that scientists say belongs to a species never described before"); the sentence that names
    it, "The researchers have named the species Kelbysaurus frostae", is the answer."""
    answer = _seventh("fossil.html").ask("What is the new species called?")
    assert "Kelbysaurus frostae" in answer.hits[0].sentence and answer.found, answer


def test_a_number_standing_for_what_the_sentence_before_named_answers_how_many():
    """"Seismologists warned that aftershocks could continue for weeks. At least 60 had been
    recorded by Friday evening." The first won "How many aftershocks have there been?" on its
    words, with no number, and was withheld; the second counts them and now answers, found.
    "Fewer than 6,500 are thought to remain in the wild" counts the snow leopards."""
    aftershocks = _eighth("earthquake.txt").ask("How many aftershocks have there been?")
    assert aftershocks.found and aftershocks.hits[0].sentence.startswith("At least 60"), aftershocks
    leopards = _eighth("snow-leopards.md").ask("How many snow leopards are left in the wild?")
    assert leopards.found and "6,500" in leopards.hits[0].sentence, leopards


def test_a_post_asked_by_what_its_holder_does_is_answered_and_found():
    """"Who runs Kaffehuset?" was "unsure" of its chief executive's sentence (0.07): nothing
    read "runs" as a post, so the word counted as missing. "Who leads the miners' union?" had
    the union's sentence, with no one in it, before "Its leader, Berit Vang, ..."."""
    coffee = _eighth("coffee-prices.html").ask("Who runs Kaffehuset?")
    assert coffee.found and "Mikael Berg" in coffee.hits[0].sentence, coffee
    union = _eighth("mine-rescue.txt").ask("Who leads the miners' union?")
    assert union.found and "Berit Vang" in union.hits[0].sentence, union


def test_twin_cubs_answer_how_many_were_born():
    answer = _eighth("snow-leopards.md").ask("How many snow leopard cubs were born?")
    assert answer.found and "twin snow leopard cubs" in answer.hits[0].sentence, answer


def test_how_long_something_lasts_is_answered_by_when_it_ends():
    """"How long will coffee prices stay high?" had the lead ("... up 70% since January") first:
    "until at least the middle of next year" was not read as an end."""
    answer = _eighth("coffee-prices.html").ask("How long will coffee prices stay high?")
    assert "middle of next year" in answer.hits[0].sentence, answer


def test_what_someone_said_about_a_thing_includes_their_verdict_in_quotation_marks():
    """"... Harald Moen, called the book “quiet, exact and devastating”" was no one's words, so
    "What did the jury chair say about the book?" had his next sentence, on the vote, first."""
    answer = _eighth("book-prize.md").ask("What did the jury chair say about the book?")
    assert "quiet, exact and devastating" in answer.hits[0].sentence, answer


def test_who_acted_is_answered_by_a_group_of_people_when_no_one_person_did():
    """"Who brought the case against the airport?" had the airport's chief executive, named, on
    her words about a noise study; "The case was brought by a group of 340 residents" is it."""
    answer = _seventh("court-ruling.html", folder="stories_more").ask("Who brought the case against the airport?")
    assert "340 residents" in answer.hits[0].sentence, answer


def test_a_score_ending_its_sentence_and_an_age_said_as_at_15_answer_the_chess_story():
    """The ninth batch's chess story: "... ended level at 7-7." was no score (the full stop
    after it), and the score question counted as asking a number no sentence gave of "score";
    "became a grandmaster at 15" was no age, so "Ilyina, who is 22," answered when she became one."""
    bot = _seventh("chess-championship.pdf", folder="stories_ninth")
    score = bot.ask("What was the score after the classical games?")
    assert "7-7" in score.hits[0].sentence and score.band != "not_found"
    assert "grandmaster at 15" in bot.ask("At what age did Ilyina become a grandmaster?").hits[0].sentence
    assert "who is 22" in bot.ask("How old is Ilyina?").hits[0].sentence


def test_a_question_in_one_form_of_an_irregular_verb_finds_a_sentence_in_another():
    """The stemmer keeps "took" apart from "take" and "chosen" from "choose": "It took her five
    years" ranked second for "How long did it take ...?", and "... expected to choose the host in
    2029" second for "When will the host be chosen?", each behind the story's lead."""
    from qa_bot.lexical import word_forms

    assert word_forms("took") == ("took", "take", "taken") and word_forms("house") == ("house",)
    book = _eighth("book-prize.md")
    assert "took her five years" in book.ask("How long did it take Aamot to write the book?").hits[0].sentence
    bid = _seventh("olympic-bid.txt", folder="stories_tenth")
    assert "choose the host in 2029" in bid.ask("When will the host be chosen?").hits[0].sentence


def test_a_question_with_a_verb_finds_the_sentence_with_its_noun_where_the_stemmer_splits_them():
    """"injured" stems to "injur", "injuries" to "injuri": "There were no reports of injuries."
    ranked ninth for "Was anyone injured in the eruption?". A family joins the irregular verb
    that shares a form with it ("choose", "chose", "chosen", "choice")."""
    from qa_bot.lexical import LexicalIndex, stem, tokenize, word_forms

    assert set(word_forms(stem(["injured"])[0])) == set(stem(["injure", "injuries"]))
    assert set(word_forms("chose")) == set(stem(["choose", "chose", "chosen", "choice"]))
    lexical = LexicalIndex.build([(0, tokenize("There were no reports of injuries.")), (1, tokenize("The road closed."))])
    assert lexical.scores(tokenize("Was anyone injured?"))[0] > 0
    # Short, and far from the question to MiniLM, it is now among the five a user sees (-k 5).
    volcano = _seventh("volcano.html", folder="stories_eleventh")
    hits = volcano.ask("Was anyone injured in the eruption?", k=5).hits
    assert "There were no reports of injuries." in [hit.sentence for hit in hits]


def test_a_speaker_named_by_surname_alone_is_read_with_the_full_name_the_story_gave():
    """"... said Lindqvist, the chief executive." named nobody to the person pattern (one
    capitalised word), so "the airport's chief executive, Daniel Okafor", in the other story,
    answered "Who is Lumina's chief executive?". The speaker is Eero Lindqvist, as the story
    introduced him."""
    bot = _seventh("ai-startup.html", "airport-drone.pdf", folder="stories_tenth")
    best = bot.ask("Who is Lumina's chief executive?").hits[0]
    assert "said Lindqvist, the chief executive" in best.sentence and best.speaker == "Eero Lindqvist"


def test_a_why_question_is_answered_by_the_reason_not_by_the_sentence_that_restates_it():
    """"Scientists do not fully understand why pilot whales strand." matched "Why do pilot
    whales strand?" best and says no more; the theory is in the next sentence. A sentence that
    gives a reason itself keeps its place."""
    whales = _seventh("whale-stranding.html", folder="stories_tenth")
    assert whales.ask("Why do pilot whales strand?").hits[0].sentence.startswith("One theory is")
    startup = _seventh("ai-startup.html", folder="stories_tenth")
    assert "lagged behind" in startup.ask("Why are some analysts cautious about Lumina?").hits[0].sentence
    tram = _seventh("tram-line.txt", folder="stories_ninth")
    assert "sank after heavy rain" in tram.ask("why must some of the track be relaid").hits[0].sentence


def test_who_did_something_is_answered_by_the_sentence_that_gives_the_deed_its_doer():
    """"Who brought the case against the airport?" went to "Its chief executive, Karen Dahl, said
    the airport would carry out a new noise study in any case", by 0.002, over "The case was
    brought by a group of 340 residents ..."; a doer that names no one ("found by an amateur
    metal detectorist") does not move the sentence that names the finder."""
    more = sorted(p.name for p in (FIXTURES / "stories_more").iterdir() if p.suffix != ".jsonl")
    airport = _seventh(*more, folder="stories_more")  # as the set is asked, every story indexed
    assert "brought by a group of 340 residents" in \
        airport.ask("Who brought the case against the airport?").hits[0].sentence
    ninth = sorted(p.name for p in (FIXTURES / "stories_ninth").iterdir() if p.suffix != ".jsonl")
    sword = _seventh(*ninth, folder="stories_ninth")  # as the batch is asked, every story indexed
    assert "Arne Dahl" in sword.ask("Who found the Viking sword?").hits[0].sentence


def test_a_rate_a_name_with_a_particle_and_a_vote_count_are_read_for_what_they_are():
    """Found by the eleventh blind batch: "returns of 12% a year" was a date and a duration, so
    "Victor Hale, 58, ran the Greystone Income Fund, which promised ..." answered when the fund
    collapsed; "Femke de Boer" was no name, so the lead answered who came third; and a "when"
    question naming tax rates was asked a percentage."""
    more = sorted(p.name for p in (FIXTURES / "stories_eleventh").iterdir() if p.suffix != ".jsonl")
    bot = _seventh(*more, folder="stories_eleventh")  # as the set is asked, every story indexed
    assert bot.ask("When did the Greystone fund collapse?").hits[0].sentence.startswith("The fund collapsed in 2024")
    assert "Femke de Boer was third" in bot.ask("Who came third among the women?").hits[0].sentence
    assert "4.5 million euros" in bot.ask("What are the stolen paintings worth?").hits[0].sentence


def _twelfth():
    names = sorted(p.name for p in (FIXTURES / "stories_twelfth").iterdir() if p.suffix != ".jsonl")
    return _seventh(*names, folder="stories_twelfth")  # as the batch is asked, every story indexed


def test_a_name_or_a_post_is_answered_by_the_sentence_that_names_its_holder():
    """Found by the twelfth blind batch. "What is the name of the ferry?" went to sentences that
    mention the ferry and name nothing; "Governor Helena Strand" and "The head of the fire
    service, Colonel Renato Bassi" did not name the holder of a post (the title stood inside the
    name, the post before its apposition), and "Who leads the council?" went to another story's
    "led by ... Sofia Halvorsen" over "The council leader, Rosalind Kerr". "The captain, a
    52-year-old ..." does not say what the captain's name is."""
    bot = _twelfth()
    assert "the ferry Santa Lucia" in bot.ask("What is the name of the ferry?").hits[0].sentence
    from qa_bot.ranking import asked_name_of, names_the

    assert asked_name_of("What is the name of the French colony established in 1564?") == "colony"
    assert names_the("colony", "It was the site of the French colony of Fort Caroline.")
    assert names_the("satellite", "NASA's CALIPSO satellite has measured the amount of dust.")
    assert names_the("storm", "Jacksonville was hit by Tropical Storm Beryl.")
    assert not names_the("ferry", "The ferry's operator, Navimar, said the ship had lost power.")
    assert "Governor Helena Strand" in bot.ask("Who is the governor of the Bank of Norland?").hits[0].sentence
    assert "Colonel Renato Bassi" in bot.ask("Who is in charge of the fire service?").hits[0].sentence
    assert "Rosalind Kerr" in bot.ask("Who leads the council?").hits[0].sentence
    from qa_bot.ranking import names_role_holder

    assert not names_role_holder(("captain",), "The captain, a 52-year-old with 20 years of experience, has been "
                                               "questioned by the maritime authority.")


def test_a_change_or_a_count_asked_of_something_the_story_never_counts_is_not_found():
    """Found by the twelfth blind batch: "How much did house prices fall?" asked no quantity of
    anything, so "Inflation fell to 3.1% ..." answered it; "How many children's accounts ..."
    counted "children's", which "every user it cannot show is 13 or older" was near enough."""
    from qa_bot.ranking import asked_change_of, asked_quantity_of

    assert asked_change_of("How much did house prices fall last year?") == ["house", "prices"]
    assert asked_change_of("how much did velda's shares fall") == ["velda", "shares"]
    # no sentence names "it", so the fall could never be found; "to gain entry" is no gain
    assert asked_change_of("How much has it grown since 2020?") is None
    assert asked_change_of("How much does it cost to gain entry to a parliament meeting?") is None
    assert asked_quantity_of("How many children's accounts have been deleted so far?") == ["accounts"]
    bot = _twelfth()
    assert not bot.ask("How much did house prices fall last year?").found
    assert not bot.ask("How many children's accounts have been deleted so far?").found
    assert bot.ask("How much did the krone rise after the decision?").hits[0].sentence.startswith("The krone rose 0.4%")


def test_a_count_given_as_an_ordinal_or_without_the_deed_asked_is_a_count():
    """Found by the twelfth blind batch: "the fourth meeting in a row" gave no count of meetings,
    and "How many schools will be affected by the strike?" wanted "affected" said beside "212
    state schools", so both right answers were withheld. A deed that tells counts apart
    ("injured", not "killed") is still asked for; "Who is investigating the accident?" asks a
    doer, not the holder of a post "investigating the accident"."""
    from qa_bot.ranking import asked_count_done, asked_role

    assert asked_count_done("How many schools will be affected by the strike?") is None
    assert asked_count_done("How many people were injured?") == "injured"
    assert asked_role("Who is investigating the accident?") is None
    assert asked_role("Who is the acting president?") == ("president",)
    bot = _twelfth()
    meetings = bot.ask("How many meetings in a row has the rate been held?")
    assert meetings.found and "the fourth meeting in a row" in meetings.hits[0].sentence


def _thirteenth():
    names = sorted(p.name for p in (FIXTURES / "stories_thirteenth").iterdir() if p.suffix != ".jsonl")
    return _seventh(*names, folder="stories_thirteenth")


def test_a_question_in_the_text_gives_way_to_the_answer_after_it():
    """Found by the thirteenth blind batch, an interview: "Whose fault is that?", the
    interviewer's question, answered "whose fault is the rise in rents" (and a question answers
    nothing), as "Has your rent gone up?" answered how much the minister's rent went up. What
    follows a question answers it, read with the question's words; "A: It has, by £95 ..."
    refers back past its label. "Q: Will you cap rents?", alone on its line, had been dropped as
    a heading, so nothing led to its answer. A quoted question is someone's words and may answer."""
    bot = _thirteenth()
    fault = bot.ask("whose fault is the rise in rents according to the minister")
    assert fault.hits[0].sentence == "A: Partly ours.", fault
    assert all(not hit.sentence.endswith("?") for hit in fault.hits)
    # a question alone on its line, the answer under it sharing none of its words
    assert bot.ask("Will the minister cap rents?").hits[0].sentence == "A: Not in the way the opposition wants."
    rent = bot.ask("How much did the minister's own rent go up?")
    assert "by £95 a month" in rent.hits[0].sentence and rent.found, rent
    from qa_bot import QABot

    asked = QABot.from_texts({"q.txt": 'Residents met the mayor on Monday. "Why should we pay twice?" asked '
                                       'Lena Berg, a shopkeeper. The mayor promised a review.'})
    assert "Why should we pay twice?" in asked.ask("What did Lena Berg ask the mayor?").hits[0].sentence


def test_an_obituarys_age_said_alone_answers_how_old():
    """Found by the thirteenth blind batch: "She was 91." after "... has died at her home in
    Bristol" gave no age, so "How old was Marguerite Olsen when she died?" went to "at the age
    of four"."""
    bot = _thirteenth()
    assert bot.ask("How old was Marguerite Olsen when she died?").hits[0].sentence == "She was 91."


def test_whoever_does_what_a_role_question_asks_holds_the_role_and_a_story_names_its_subject_in_the_title():
    """Found by the thirteenth blind batch: "Who leads on transport at the council?" went to "The
    opposition leader, Brian Hollis, ..." (a leader) over "Councillor Fiona Grant, who leads on
    transport, ...", which says the very deed; and "It will cost £11.5 million" was withheld
    from "How much will the cycle lanes cost?", "it" being the plan named only in the title
    ("Cycle lanes plan approved ...")."""
    from qa_bot.ranking import names_doer_of

    assert names_doer_of("leads", "Councillor Fiona Grant, who leads on transport, said a survey had found it.")
    assert not names_doer_of("leads", "The opposition leader, Brian Hollis, said the council had ignored them.")
    bot = _thirteenth()
    assert "Fiona Grant" in bot.ask("Who leads on transport at the council?").hits[0].sentence
    cost = bot.ask("How much will the cycle lanes cost?")
    assert cost.found and cost.hits[0].sentence.startswith("It will cost £11.5 million"), cost


def _fourteenth():
    names = sorted(p.name for p in (FIXTURES / "stories_fourteenth").iterdir() if p.suffix != ".jsonl")
    return _seventh(*names, folder="stories_fourteenth")


def test_how_often_is_answered_by_a_frequency_and_a_bare_reply_by_what_follows_it():
    """Found by the fourteenth blind batch: "How often is the pill taken?" counted as a number,
    so "67 percent of those who took the pill for a year" beat "It is taken once a day"; and an
    FAQ's "Are electric cars cheaper?" was answered "Yes.", with the price after it."""
    bot = _fourteenth()
    assert "once a day" in bot.ask("How often is the pill taken?").hits[0].sentence
    cheaper = bot.ask("Do electric cars pay less?")
    assert cheaper.hits[0].sentence.startswith("Fully electric cars pay half price"), cheaper


def test_a_count_of_people_may_name_them_by_what_they_are():
    """Found by the fourteenth blind batch: "How many people work at the shipyard?" was withheld
    from "... work for our 900 employees ...", employees counting no people."""
    shipyard = _fourteenth().ask("How many people work at the shipyard?")
    assert shipyard.found and "900 employees" in shipyard.hits[0].sentence, shipyard


@functools.lru_cache(maxsize=1)
def _fifteenth():
    names = sorted(p.name for p in (FIXTURES / "stories_fifteenth").iterdir() if p.suffix != ".jsonl")
    return _seventh(*names, folder="stories_fifteenth")


def test_a_lead_that_introduces_someone_unnamed_answers_who_with_the_sentence_that_names_them():
    """Found by the fifteenth blind batch, a court story: "A landlord who left a family without
    heating ... has been fined £38,000" names no one, and "Graham Pettifer, 58, of Hill Road,
    admitted four offences ..." has no word of "Who is the landlord?", which went to "Most
    landlords in Bradwell do the right thing ...", with Pettifer nowhere in the top ten."""
    from qa_bot.ranking import introduces_someone_unnamed, opening_name

    assert introduces_someone_unnamed("A landlord who left a family without heating has been fined.")
    assert not introduces_someone_unnamed("A spokesman for the council, Tom Reed, said the road would reopen.")
    assert opening_name("Graham Pettifer, 58, of Hill Road, admitted four offences.") == "Graham Pettifer"
    assert opening_name("Carrow Bridge is closed to traffic.") is None
    landlord = _fifteenth().ask("Who is the landlord?")
    assert landlord.found and landlord.hits[0].sentence.startswith("Graham Pettifer, 58,"), landlord


def test_a_role_held_for_a_body_and_a_quotation_given_by_its_spokesman():
    """Found by the fifteenth blind batch: "Who is the union's spokesman?" asked no role ("the
    union's" stopped the pattern), and '"We cannot keep the skies safe ...," said its spokesman,
    Julien Morel.' lacked "union", named in the sentence before, so the right answer was
    withheld as "not found"."""
    assert asked_role("Who is the union's spokesman?") == ("spokesman",)
    assert asked_role("Who is the agency's flood duty manager?") == ("flood", "duty", "manager")
    spokesman = _fifteenth().ask("Who is the union's spokesman?")
    assert spokesman.found and "Julien Morel" in spokesman.hits[0].sentence, spokesman


def test_a_cost_said_of_what_came_before_and_a_count_under_its_sections_heading_are_found():
    """Found by the fifteenth blind batch, council minutes: "The estimated cost is £95,000" after
    "The council discussed the proposed skate park ..." was withheld, and ranked second, as
    pricing nothing asked ("the cost" is always something's); "Three firms have tendered." under
    "## 4. Christmas lights" was withheld for lacking "Christmas lights", which its heading says."""
    bot = _fifteenth()
    cost = bot.ask("How much will the skate park cost?")
    assert cost.found and cost.hits[0].sentence.startswith("The estimated cost is £95,000"), cost
    firms = bot.ask("How many firms tendered for the Christmas lights?")
    assert firms.found and firms.hits[0].sentence == "Three firms have tendered.", firms


def test_a_letters_signature_answers_who_signed_it():
    """Found by the fifteenth blind batch: a chief executive's letter signed "Richard Osei" /
    "Chief executive, March 2026" lost both lines as headings, so nothing answered "Who is the
    chief executive?"."""
    chief = _fifteenth().ask("Who is the chief executive?")
    assert chief.hits[0].sentence.startswith("Richard Osei"), chief


@functools.lru_cache(maxsize=1)
def _sixteenth():
    names = sorted(p.name for p in (FIXTURES / "stories_sixteenth").iterdir() if p.suffix != ".jsonl")
    return _seventh(*names, folder="stories_sixteenth")


def test_someone_introduced_by_age_is_named_in_the_next_sentence():
    """Found by the sixteenth blind batch, a police appeal: "Police ... are asking for help to
    find a 15-year-old boy who has been missing since Saturday evening." introduces him by age
    mid-sentence, and "Callum Reid was last seen ..." names him: "Who is missing?" went to the
    lead, and "How old is Callum Reid?" was unsure of it, his name missing from it."""
    bot = _sixteenth()
    missing = bot.ask("Who is missing?")
    assert missing.hits[0].sentence.startswith("Callum Reid was last seen"), missing
    age = bot.ask("How old is Callum Reid?")
    assert age.found and "15-year-old boy" in age.hits[0].sentence, age


def test_a_signature_with_its_post_answers_who_holds_it():
    """Found by the sixteenth blind batch, a school newsletter signed "Mrs Helen Grant,
    headteacher": the line was dropped as a heading, and "Who is the headteacher?" went to the
    new Year 4 teacher."""
    head = _sixteenth().ask("Who is the headteacher?")
    assert head.hits[0].sentence == "Mrs Helen Grant, headteacher", head


def test_a_count_in_a_table_row_is_counted_by_its_column_name():
    """Found by the seventeenth blind batch, a by-election's results table: "Candidate: Priya
    Shah; Party: Conservative; Votes: 640." was withheld from "how many votes did the
    conservatives get", its capitalised column name taken for a name beside the figure (as
    "pays Skjær Ferries 310 million crowns" counts no ferries)."""
    names = sorted(p.name for p in (FIXTURES / "stories_seventeenth").iterdir() if p.suffix != ".jsonl")
    votes = _seventh(*names, folder="stories_seventeenth").ask("how many votes did the conservatives get")
    assert votes.found and votes.hits[0].sentence == "Candidate: Priya Shah; Party: Conservative; Votes: 640.", votes


def test_an_unanswered_phone_number_is_not_found():
    """Found by the nineteenth blind batch: "What is the phone number of the housing advice line?"
    was "found" in "The city's housing advice line, open weekdays from 9 am to 5 pm, can help
    ...", which gives no number (a telephone number is now a kind of its own)."""
    names = sorted(p.name for p in (FIXTURES / "stories_nineteenth").iterdir() if p.suffix != ".jsonl")
    bot = _seventh(*names, folder="stories_nineteenth")
    assert not bot.ask("What is the phone number of the housing advice line?").found


def test_an_interview_labelled_q_dot_and_a_dot_and_work_said_of_what_came_before():
    """Found by the twentieth blind batch: an interview in "Q." / "A." form answered "Will the
    hospital cut management jobs?" with "A. Yes." (a bare reply only when labelled "A:"), and "A.
    It opens in September with 96 beds ..." did not refer back past its label; "The work will
    cost £3.2 million" after "... to dredge the harbour entrance" priced nothing asked."""
    names = sorted(p.name for p in (FIXTURES / "stories_twentieth").iterdir() if p.suffix != ".jsonl")
    bot = _seventh(*names, folder="stories_twentieth")
    cuts = bot.ask("Will the hospital cut management jobs?")
    assert cuts.hits[0].sentence.startswith("We will cut about 40 management posts"), cuts
    dredging = bot.ask("How much will the dredging cost?")
    assert dredging.found and dredging.hits[0].sentence.startswith("The work will cost £3.2 million"), dredging


@functools.lru_cache(maxsize=1)
def _twentyfirst():
    names = sorted(p.name for p in (FIXTURES / "stories_twentyfirst").iterdir() if p.suffix != ".jsonl")
    return _seventh(*names, folder="stories_twentyfirst")


def test_an_obituarys_lead_is_no_definition_and_a_reports_closing_facts_answer():
    """Found by the twenty-first blind batch: "Lena Marsh, the pianist and composer whose trio was
    a fixture of London's jazz clubs ..., has died ..." was read as defining her (the clause's
    "was a"), and its prior won "Where was Lena Marsh born?", "Who played in the Lena Marsh
    Trio?" and four more; "Headteacher: Mr Rajesh Kapoor", closing a report, was dropped."""
    bot = _twentyfirst()
    born = bot.ask("Where was Lena Marsh born?")
    assert born.hits[0].sentence.startswith("Born in Bristol in 1938"), born
    trio = bot.ask("Who played in the Lena Marsh Trio?")
    assert trio.hits[0].sentence.startswith("She formed the Lena Marsh Trio"), trio
    head = bot.ask("Who is the headteacher of Harrowden Primary?")
    assert head.hits[0].sentence == "Headteacher: Mr Rajesh Kapoor", head


def test_an_abbreviated_title_and_a_post_typed_alone_ask_who_holds_it():
    """Found by the twenty-first blind batch: "brightmart ceo" went to a professor who mentions
    Brightmart; the story says "Brightmart's chief executive, Fiona Gallagher", never "CEO"."""
    from qa_bot.ranking import names_role_holder, role_asked_in_words, roles_spelled_out

    bot = _twentyfirst()
    for typed in ("brightmart ceo", "Who is Brightmart's CEO?"):
        answer = bot.ask(typed)
        assert answer.found and "Fiona Gallagher" in answer.hits[0].sentence, answer
        assert answer.question == typed  # reported as the user typed it
    assert role_asked_in_words("harrowden headteacher") == "who is the harrowden headteacher?"
    assert role_asked_in_words("storm damage") is None
    assert roles_spelled_out("The CEOs met the CFO.") == "The chief executives met the chief financial officer."
    # and the other way round: a text's "CEO" holds the post asked in words
    assert names_role_holder(("chief", "executive"), "Brightmart's CEO, Fiona Gallagher, apologised.")


def test_someone_unnamed_answers_who_did_it():
    """Found by the twenty-second blind batch, a lifeboat rescue: "Who raised the alarm?" went to
    the lifeboat's arrival; "A walker on the coast path ... called 999" names no one, so it was
    no person answer at all and ranked ninth."""
    names = sorted(p.name for p in (FIXTURES / "stories_twentysecond").iterdir() if p.suffix != ".jsonl")
    alarm = _seventh(*names, folder="stories_twentysecond").ask("Who raised the alarm?")
    assert alarm.hits[0].sentence.startswith("A walker on the coast path"), alarm


def test_someone_described_refers_to_the_person_named_before():
    """Found by the twenty-third blind batch, a match report: "The £18 million striker opened the
    scoring in the 34th minute" after "Kofi Mensah marked his debut with two goals ..." did not
    refer back (a sum before the noun, and "striker" is not in the sentence before), so "When did
    Mensah score his first goal?" went to the lead, which gives no minute."""
    names = sorted(p.name for p in (FIXTURES / "stories_twentythird").iterdir() if p.suffix != ".jsonl")
    goal = _seventh(*names, folder="stories_twentythird").ask("When did Mensah score his first goal?")
    assert goal.hits[0].sentence.startswith("The £18 million striker opened the scoring"), goal
    from qa_bot import QABot

    bot = QABot.from_texts({"match": "Kofi Mensah marked his debut with two goals on Saturday. The water was "
                                     "deep. Maria Lind spoke to the crowd. The 24-year-old thanked the fans."})
    rows = {row.text: row for row in bot.index.sentences(range(len(bot.index))).values()}
    thanked, water = rows["The 24-year-old thanked the fans."], rows["The water was deep."]
    assert bot._refers_to(thanked, rows["Maria Lind spoke to the crowd."])
    assert not bot._refers_to(water, rows["Kofi Mensah marked his debut with two goals on Saturday."])


def test_a_person_described_but_never_named_is_no_answer_to_their_name():
    """Found by the twenty-second and twenty-third blind batches: "What is the name of the
    widow?" was found in "One victim, an 83-year-old widow, paid £14,500 ...", and "What are the
    kayakers' names?" in the rescue's lead: asked as a thing's name, any sentence passed. Asked
    as a person's, a sentence must name someone, or name them beside the word asked ("their two
    daughters, Anna and Kirsten"), and a word of the question is no name ("the Kestrel's captain")."""
    from qa_bot.ranking import names_the

    for folder, question in (("stories_twentythird", "What is the name of the widow?"),
                             ("stories_twentysecond", "What are the kayakers' names?")):
        names = sorted(p.name for p in (FIXTURES / folder).iterdir() if p.suffix != ".jsonl")
        answer = _seventh(*names, folder=folder).ask(question)
        assert not answer.found, answer
    assert names_the("daughters", "She is survived by their two daughters, Anna and Kirsten.")
    assert not names_the("captain", "The Kestrel's captain was rescued.", "What is the name of the Kestrel's captain?")


def test_an_interviewers_question_with_a_preamble_is_answered_by_the_labelled_reply():
    """Found by the twenty-fourth blind batch, an interview whose questions are bold paragraphs
    and whose answers open "Carl Whitmore: ...": "Will Whitmore sell the stadium?" was answered
    by the interviewer's "Fans are worried that you will sell the stadium for housing." (before
    "Will you?"), and "Carl Whitmore: No." was no bare reply (only a one-word label was one).
    The last sentence of an answer before the next question is no preamble."""
    names = sorted(p.name for p in (FIXTURES / "stories_twentyfourth").iterdir() if p.suffix != ".jsonl")
    bot = _seventh(*names, folder="stories_twentyfourth")
    sell = bot.ask("Will Whitmore sell the stadium?")
    assert sell.hits[0].sentence == "We will not sell the ground.", sell
    contract = bot.ask("When does the manager's contract end?")
    assert contract.hits[0].sentence.startswith("He has a contract until 2028"), contract


def test_a_reference_to_a_reference_reads_both_sentences_before():
    """Found by the twenty-sixth blind batch, a drug approval: "It works by clearing a protein
    called amyloid" after "The drug is given as an infusion ..." after "... approved a new drug,
    donaremab, ...": read with the sentence before only, it held nothing of "donaremab"."""
    from qa_bot import QABot

    bot = QABot.from_texts({"drug": "The regulator approved a new drug, donaremab, on Monday. The drug is given "
                                    "once a month in hospital. It works by clearing a protein called amyloid."})
    question = "How does donaremab work?"
    signals = {row.text: f for row, f in bot.candidates(question, bot.encoder.encode([question])[0], 10)}
    assert signals["It works by clearing a protein called amyloid."]["referred"] > 0.3


def test_a_lead_introducing_someone_unnamed_is_read_with_the_name_the_next_sentence_gives():
    """Found by the twenty-eighth blind batch: "How old is Lily Harrow?" went to "Anyone who has
    seen Lily is asked to call 101 ...", not the lead's "a 15-year-old girl", and "How long was
    Kevin Marsh jailed for?" to his eight-year ban as a director, not the lead's "A builder ...
    has been jailed for three years and four months": the leads do not name whom they are about,
    the next sentences open by naming them."""
    names = sorted(p.name for p in (FIXTURES / "stories_twentyeighth").iterdir() if p.suffix != ".jsonl")
    bot = _seventh(*names, folder="stories_twentyeighth")
    age = bot.ask("How old is Lily Harrow?")
    assert "15-year-old girl" in age.hits[0].sentence, age
    jailed = bot.ask("How long was Kevin Marsh jailed for?")
    assert "jailed for three years and four months" in jailed.hits[0].sentence, jailed


def test_a_named_persons_words_do_not_answer_a_question_for_a_kind_they_lack():
    """Found with the twenty-seventh blind batch: "How old is Victor Blane?" went to "Blane, who
    served as mayor for eleven years, denied all the charges", which is his and gives no age, not
    to "Blane, 58, was convicted ..."."""
    names = sorted(p.name for p in (FIXTURES / "stories_fourteenth").iterdir() if p.suffix != ".jsonl")
    age = _seventh(*names, folder="stories_fourteenth").ask("How old is Victor Blane?")
    assert age.hits[0].sentence.startswith("Blane, 58, was convicted"), age


def test_who_did_a_deed_may_be_answered_by_a_body():
    """Found by the thirty-first blind batch: "Who fined Chatterly?" went to Chatterly's own
    statement on "the size of the fine", third place to "Ireland's Data Protection Commission has
    fined ...": a who-question wanted a person and the commission is none. The doer of a deed may
    be a body; who holds a post ("Who is the governor?") is still a person."""
    fine = _seventh("fine.md", folder="stories_thirtyfirst").ask("Who fined Chatterly?")
    assert fine.hits[0].sentence.startswith("Ireland's Data Protection Commission has fined"), fine
    assert fine.found
    rates = _seventh("rates.pdf", folder="stories_thirtyfirst").ask("Who is the governor of the Central Bank of Nordmark?")
    assert "Helga Lind" in rates.hits[0].sentence, rates


def test_the_verb_a_post_is_asked_by_is_no_word_to_match():
    """Found by the thirty-second blind batch: "Who runs Volta?" went to another story's "The
    trust's chief executive, Dr Fiona Walsh, ... an alarm that sounds when it runs low", which
    shared "runs" with the question; "Volta's chief executive, Hannah Cole" says it in other
    words. "Who leads the Greens?" likewise of "The Greens' leader, Sofie Berg"."""
    names = sorted(p.name for p in (FIXTURES / "stories_thirtysecond").iterdir() if p.suffix != ".jsonl")
    volta = _seventh(*names, folder="stories_thirtysecond").ask("Who runs Volta?")
    assert volta.hits[0].sentence.startswith("Volta's chief executive, Hannah Cole"), volta
    names = sorted(p.name for p in (FIXTURES / "stories_fourteenth").iterdir() if p.suffix != ".jsonl")
    greens = _seventh(*names, folder="stories_fourteenth").ask("Who leads the Greens?")
    assert greens.hits[0].sentence.startswith("The Greens' leader, Sofie Berg"), greens


def test_a_body_that_does_what_a_role_question_asks_holds_the_role():
    """Found by the thirty-fourth blind batch: "Who runs the grid?" went to "..., said
    Northline's operations director, Ruth Okafor" (a director, and nothing of a grid) over
    "Northline Power, which runs the grid in the region, said ...", which says the very deed."""
    from qa_bot.ranking import names_doer_of

    assert names_doer_of("runs", "Northline Power, which runs the grid in the region, said the fire had spread.")
    assert not names_doer_of("runs", "Northline Power, which owns the grid in the region, said the fire had spread.")
    grid = _seventh("blackout.md", "ship.html", folder="stories_thirtyfourth").ask("Who runs the grid?")
    assert grid.found and grid.hits[0].sentence.startswith("Northline Power, which runs the grid"), grid


def test_was_anyone_hurt_is_answered_by_the_sentence_that_tells_the_deed():
    """Found by the thirty-third blind batch: "Was anyone hurt in the earthquake?" went to the
    lead, "A magnitude 6.4 earthquake struck ...", which shares "earthquake" and says nothing of
    anyone hurt; "Two people were injured by falling masonry" was fifth. A close sentence that
    tells the deed, in a near synonym too, goes first, as does "No injuries have been reported."
    for the sixteenth batch's "Has anyone been hurt?"."""
    names = sorted(p.name for p in (FIXTURES / "stories_thirtythird").iterdir() if p.suffix != ".jsonl")
    hurt = _seventh(*names, folder="stories_thirtythird").ask("Was anyone hurt in the earthquake?")
    assert hurt.hits[0].sentence.startswith("Two people were injured by falling masonry"), hurt
    names = sorted(p.name for p in (FIXTURES / "stories_sixteenth").iterdir() if p.suffix != ".jsonl")
    none = _seventh(*names, folder="stories_sixteenth").ask("Has anyone been hurt?")
    assert none.hits[0].sentence == "No injuries have been reported.", none


def test_an_interview_answer_that_opens_with_a_bare_pronoun_and_verb_is_read_on():
    """Found by the thirty-sixth blind batch: "How do they keep pigeons away?" of "Q: Do pigeons eat
    your crops? / A: They try. / We use nets, and a plastic hawk ..." went to "A: They try.", which
    says nothing of how; like "A: It does." it is a bare reply, and the answer follows it. A reply
    of one noun ("A: Water.") answers."""
    bot = _seventh("interview.txt", folder="stories_thirtysixth")
    pigeons = bot.ask("How do they keep pigeons away?")
    assert pigeons.hits[0].sentence.startswith("We use nets"), pigeons
    assert bot.ask("What is the hardest part?").hits[0].sentence == "A: Water."


def test_a_he_several_sentences_on_is_read_with_the_person_the_story_is_about():
    """"Where was Daniel Whitcombe found?" ranked "He was found on Wednesday afternoon in a gully
    below Lingmell" 6th: its "He" stands three sentences after the name, past a helicopter, and
    "below Lingmell" was no place. It is read with his name now, and ranks in the top 3."""
    from qa_bot.speakers import person_referred_to

    before = ["Daniel Whitcombe, 34, from Leeds, set out from Wasdale Head to climb Scafell Pike.",
              "He was reported missing by his partner.",
              "More than 60 volunteers searched for him.", "Thick cloud grounded the helicopter."]
    assert person_referred_to("He was found on Wednesday.", before) == "Daniel Whitcombe"
    assert person_referred_to("The dog found him.", before) is None
    assert matches_answer_type("place", "He was found in a gully below Lingmell.")
    stories = sorted(p.name for p in (FIXTURES / "stories_thirtyseventh").iterdir() if p.suffix != ".jsonl")
    found = _seventh(*stories, folder="stories_thirtyseventh").ask("Where was Daniel Whitcombe found?", k=3)
    assert any(h.sentence.startswith("He was found on Wednesday") for h in found.hits), found


def test_an_age_is_no_date_and_a_team_of_eleven_counts_people():
    assert not matches_answer_type("date", "The patient, a 58-year-old bus driver, received a kidney.")
    assert matches_answer_type("date", "It opened 40 years ago.")
    team = _seventh("surgery.html", folder="stories_thirtyseventh").ask("How many people were in the surgical team?")
    assert team.found and "team of eleven" in team.hits[0].sentence, team


def test_a_pace_answers_how_fast_and_what_temperature_asks_a_temperature():
    """"How fast should people walk?" ranked "Walking faster than about 100 steps a minute ..."
    second: a pace was no speed. "What temperature is forecast for Friday night?" had no kind,
    so a quote about Friday's snow was found (0.65) with no temperature in it."""
    assert matches_answer_type("speed", "Walking faster than about 100 steps a minute gave the most protection.")
    assert not matches_answer_type("speed", "The study followed 100 adults for a year.")
    assert answer_type("What temperature is forecast for Friday night?") == "temperature"
    assert answer_type("At what temperature does water boil?") == "temperature"
    assert answer_type("What price will the van sell at?") == "money"
    assert answer_type("What is the maximum prison sentence?") is None
    stories = sorted(p.name for p in (FIXTURES / "stories_thirtyeighth").iterdir() if p.suffix != ".jsonl")
    bot = _seventh(*stories, folder="stories_thirtyeighth")
    assert "100 steps a minute" in bot.ask("How fast should people walk?").hits[0].sentence
    assert not bot.ask("What temperature is forecast for Friday night?").found


def test_an_age_beside_people_is_no_count_of_them():
    from qa_bot.ranking import words_near_figures

    assert "People" not in words_near_figures("People over 65 who walked were 31 per cent less likely to fall.")
    assert "adults" in words_near_figures("It followed 14,600 adults aged 65 to 89.")
    assert "people" in words_near_figures("Over 65 people attended.")


def test_who_defended_and_who_owns_are_answered_by_the_barrister_and_the_landowner():
    """"Who defended Halloran?" ranked "Halloran's barrister, Anna Kerr, said ..." third, and "Who
    owns the clifftop?" ranked "The landowner, the National Trust, has agreed ..." second."""
    assert asked_role("Who defended Halloran?") == ("representative",)
    assert names_role_holder(("owner",), "The landowner, the National Trust, has agreed to delay mowing.")
    fraud = _seventh("fraud.md", folder="stories_fortieth")
    assert fraud.ask("Who defended Halloran?").hits[0].sentence.startswith("Halloran's barrister, Anna Kerr")
    bees = _seventh("bees.md", folder="stories_fortieth")
    assert bees.ask("Who owns the clifftop?").hits[0].sentence.startswith("The landowner, the National Trust")


def test_a_names_adjective_still_asks_the_name_of_the_thing():
    """"What is the scientific name of the long-horned bee?" asked no thing's name, so "The
    long-horned bee, Eucera longicornis, was spotted ..." (markup stripped) ranked second."""
    from qa_bot.ranking import asked_name_of

    assert asked_name_of("What is the scientific name of the long-horned bee?") == "bee"
    assert asked_name_of("What is the official name of the new species?") == "species"
    bees = _seventh("bees.md", folder="stories_fortieth")
    assert "Eucera longicornis" in bees.ask("What is the scientific name of the long-horned bee?").hits[0].sentence


def test_a_name_given_in_so_many_words_answers_what_a_thing_is_called():
    """Found by the forty-third blind batch: "What is the sketch called?" ranked "The sketch
    measures 23 by 33 centimetres" over "The sketch, titled Storm over Calder Bridge, ...", and
    "called" counted as missing from the answer, so it was withheld; "the ferry Santa Lucia" was
    withheld for "What is the name of the ferry?" the same way. A word after an opening quotation
    mark ("“Every cub ...”") names nothing."""
    from qa_bot.ranking import gives_name_asked, names_the

    assert names_the("sketch", "The sketch, titled Storm over Calder Bridge, was painted in 1797.")
    assert not names_the("cub", "“Every cub is important for the species,” said head keeper Laura Finch.")
    assert not gives_name_asked("What is the name of the male cub?",
                                "“Every cub is important for the species,” said head keeper Laura Finch.")
    sketch = story_batch("stories_fortythird").ask("What is the sketch called?")
    assert sketch.found and "titled Storm over Calder Bridge" in sketch.hits[0].sentence, sketch
    ferry = story_batch("stories_twelfth").ask("What is the name of the ferry?")
    assert ferry.found and "the ferry Santa Lucia" in ferry.hits[0].sentence, ferry


def test_what_someone_does_for_a_living_asks_their_occupation():
    """Found by the forty-third blind batch: "What does Fiona Marsh do for a living?" went to her
    quote, not "Fiona Marsh, a 34-year-old primary school teacher, received 1,148 votes", and
    "What was Brian Doyle's job?", which no story answers, was found in his wife's words."""
    for question in ("What does Fiona Marsh do for a living?", "What was her father's job?",
                     "What is Margaret Tolley's former job?",
                     "What was the occupation of Joseph Priestley?", "What work does he do?"):
        assert answer_type(question) == "occupation", question
    assert answer_type("What was her first job at the broadcaster?") != "occupation"
    for described in ("Fiona Marsh, a 34-year-old primary school teacher, received 1,148 votes.",
                      "“Night shifts are hard,” said nurse Liv Aamot.", "He works as a cleaner.",
                      "The coin was found by a retired teacher."):
        assert matches_answer_type("occupation", described), described
    assert not matches_answer_type("occupation", "A number of people came to the count.")
    election = story_batch("stories_fortythird").ask("What does Fiona Marsh do for a living?")
    assert election.found and "primary school teacher" in election.hits[0].sentence, election
    assert not story_batch("stories_thirtyninth").ask("What was Brian Doyle's job?").found


def test_a_time_ago_says_when_not_how_long():
    """Found by the forty-fourth blind batch: "How long did the inspection last?" went to the lead's
    "rated inadequate three years ago", read as a span, over "Inspectors visited the school over
    two days in October"."""
    assert not matches_answer_type("duration", "A school that was rated inadequate three years ago has improved.")
    assert matches_answer_type("duration", "Inspectors visited the school over two days in October.")
    inspection = story_batch("stories_fortyfourth").ask("How long did the inspection last?")
    assert "over two days in October" in inspection.hits[0].sentence, inspection


def test_which_minute_or_round_asks_for_the_stage_of_a_match():
    """"In which minute was the winner scored?" had no kind, so a sentence without any minute
    ranked with one that named it."""
    for question in ("In which minute was the winner scored?", "Which round did she go out in?",
                     "On which lap did he crash?"):
        assert answer_type(question) == "ordinal", question
    for stage in ("A header in the 89th minute sent them through.", "They equalised early in the second half.",
                  "He crashed on lap 12.", "Holmfield took the lead after 23 minutes."):
        assert matches_answer_type("ordinal", stage), stage
    assert not matches_answer_type("ordinal", "The second man was arrested on Friday.")
    from qa_bot import QABot

    match = QABot.from_texts({"match": (
        "Rovers beat City 2-1 in a tense cup tie on Saturday. City had gone ahead through a penalty by Dean Marsh. "
        "Rovers equalised in the 52nd minute when Ali Khan headed in a corner. "
        "Khan has now scored nine goals this season, more than any other Rovers player. "
        "The winning goal came in the final minute from Joe Platt.")})
    assert "52nd minute" in match.ask("Which minute did Khan score in?").hits[0].sentence


def test_which_charity_or_trust_asks_for_an_organisation():
    """Found by the forty-fifth blind batch: "Which charity did Petts steal from?" had no kind, so
    the prosecutor's "paid the charity's money into his own bank account" beat the sentence that
    names the Rainbow Lodge Hospice Trust."""
    assert answer_type("Which charity did Petts steal from?") == "organisation"
    assert matches_answer_type("organisation", "He was treasurer of the Rainbow Lodge Hospice Trust.")
    charity = story_batch("stories_fortyfifth").ask("Which charity did Petts steal from?")
    assert "Rainbow Lodge Hospice Trust" in charity.hits[0].sentence, charity


def test_a_reason_is_not_read_on_to_a_sentence_off_the_subject():
    """Found by the forty-sixth blind batch: "It will also close its store in Bolton in January,
    where the lease is ending." gives its reason unflagged, and "Why is the Bolton store closing?"
    read on from it to "The company will pay an interim dividend of 4.2p a share."."""
    results = story_batch("stories_fortysixth").ask("Why is the Bolton store closing?")
    assert "where the lease is ending" in results.hits[0].sentence, results


def test_someone_from_somewhere_who_is_doing_the_deed_is_its_doer():
    """Found by the forty-sixth blind batch: "... said Dr Sarah Pemberton of Wessex Archaeology,
    who is leading the dig" was not read as naming who leads it, and ranked seventh for "Who is
    leading the excavation?"."""
    from qa_bot.ranking import names_doer_of

    said = ("The bath house would have belonged to a large country villa, said Dr Sarah Pemberton of Wessex "
            "Archaeology, who is leading the dig.")
    assert names_doer_of("leading", said)
    assert not names_doer_of("leading", "The dig, which began in August, is expected to last until October.")
    dig = story_batch("stories_fortysixth").ask("Who is leading the excavation?", k=3)
    assert any("Sarah Pemberton" in hit.sentence for hit in dig.hits[:2]), dig


def test_her_job_asks_her_occupation_and_a_thing_dated_has_an_age():
    """Found by the forty-sixth blind batch: "What was her job?" had no kind (only "Joan's job"
    had), so "the terminal will create 2,000 jobs" in another story and two more sentences beat
    "she worked as a school secretary"; and "How old is the bath house?" was not answered by "thought to date from about
    AD 150", which gives no age in years."""
    assert answer_type("What was her job?") == "occupation"
    assert matches_answer_type("age", "The bath house is thought to date from about AD 150.")
    assert not matches_answer_type("age", "The figures are up to date.")
    batch = story_batch("stories_fortysixth")
    # First since an occupation is a narrow kind, over the airport's "2,000 jobs", which holds the
    # word "job" itself.
    job = batch.ask("What was her job?")
    assert "worked as a school secretary" in job.hits[0].sentence, job
    bath = batch.ask("How old is the bath house?")
    assert bath.found and "date from about AD 150" in bath.hits[0].sentence, bath


def test_contact_on_a_number_gives_the_number_and_will_gusts_ask_a_speed():
    """Found by the forty-seventh blind batch: "... is asked to contact Staffordshire Police on 101"
    was no phone number (only "call ... on 101" was), so "What number should witnesses call?" was
    third and withheld; "How strong will the gusts be?" had no kind (only "were the winds" had),
    so "gusts of up to 70mph" was withheld."""
    assert matches_answer_type("phone", "Anyone with footage is asked to contact Staffordshire Police on 101.")
    assert not matches_answer_type("phone", "Anyone with footage is asked to contact the police.")
    assert answer_type("How strong will the gusts be?") == "speed"
    batch = story_batch("stories_fortyseventh")
    witnesses = batch.ask("What number should witnesses call?")
    assert witnesses.found and "Staffordshire Police on 101" in witnesses.hits[0].sentence, witnesses
    gusts = batch.ask("How strong will the gusts be?")
    assert gusts.found and "gusts of up to 70mph" in gusts.hits[0].sentence, gusts


def test_a_vote_in_words_is_a_result_and_a_place_the_question_names_is_no_answer():
    """Found by the forty-eighth blind batch: "backed by seven votes to four" was no result (only
    figures were), and "result" counted as a word the sentence lacked, so "What was the result of
    the vote?" went to the councillor "who voted against"; "passengers at Church Fenton" gave a
    place for "Where will Church Fenton passengers have to change?", over "change at Garforth"."""
    assert matches_answer_type("score", "The scheme was backed by seven votes to four.")
    assert matches_answer_type("score", "Councillors approved the plans unanimously.")
    assert not matches_answer_type("score", "Seven councillors voted for the plans and four against them.")
    assert gives_place_beyond("Where will Church Fenton passengers have to change?", "They will change at Garforth.")
    assert not gives_place_beyond("Where will Church Fenton passengers change?", "Passengers at Church Fenton are angry.")
    # a list of places goes on after the first, and "Fort" names one without a preposition
    assert gives_place_beyond("Which continent besides Asia ...?", "There were gains in Asia and the Middle East.")
    assert gives_place_beyond("Where was he when Fort Oswego was attacked?", "He planned to attack Fort Niagara.")
    batch = story_batch("stories_fortyeighth")
    vote = batch.ask("What was the result of the vote?")
    assert vote.found and "seven votes to four" in vote.hits[0].sentence, vote
    change = batch.ask("Where will Church Fenton passengers have to change?")
    assert "change at Garforth" in change.hits[0].sentence, change


def test_a_noun_in_a_bodys_name_names_no_such_thing():
    """Found by the forty-ninth blind batch: "Dogs Trust said ..." named a dog ("Trust") for
    "What is the dog's name?", and was its confident answer."""
    from qa_bot.ranking import names_the

    assert not names_the("dog", "Dogs Trust said the case showed why owners should keep details up to date.")
    assert names_the("dog", "The dog Bella was found in Doncaster.")
    assert names_the("storm", "Jacksonville was hit by Tropical Storm Beryl.")
    name = story_batch("stories_fortyninth").ask("What is the dog's name?")
    assert not (name.found and name.hits[0].sentence.startswith("Dogs Trust")), name


def test_a_colour_is_a_kind_and_a_body_named_after_a_noun_is_no_name_of_it():
    """Found by the fiftieth blind batch: "What colour is the beetle?" had no kind, so "shiny green"
    was third and withheld; "Greater Manchester Police" was no body for "Which police force
    investigated?"; and "a share in a racehorse, Manchester Crown Court heard" named the racehorse
    (0.94 for "What was the name of the racehorse?", which the story never gives)."""
    from qa_bot.ranking import names_the

    assert answer_type("What colour is the beetle?") == "colour" and answer_type("What color was the car?") == "colour"
    assert matches_answer_type("colour", "The insect is about 4 millimetres long and shiny green.")
    assert not matches_answer_type("colour", "The insect is about 4 millimetres long.")
    assert answer_type("Which police force investigated?") == "organisation"
    assert not names_the("racehorse", "He bought a share in a racehorse, Manchester Crown Court heard.")
    assert names_the("charity", "The money went to the charity Ocean Watch Trust.")  # a body asked
    batch = story_batch("stories_fiftieth")
    colour = batch.ask("What colour is the beetle?")
    assert colour.found and "shiny green" in colour.hits[0].sentence, colour
    force = batch.ask("Which police force investigated?")
    assert "Greater Manchester Police" in force.hits[0].sentence, force
    assert not batch.ask("What was the name of the racehorse?").found


def test_who_did_a_thing_is_answered_by_the_thing_given_with_its_doers_name():
    """Found by the fifty-first blind batch: "Who carried out the survey?" went to "The survey
    also found ..." over the lead's "... according to a survey by the British Nutrition
    Foundation", whose doer is a body named after "by", not beside the deed's verb."""
    batch = story_batch("stories_fiftyfirst")
    survey = batch.ask("Who carried out the survey?")
    assert "a survey by the British Nutrition Foundation" in survey.hits[0].sentence, survey
    satellite = story_batch("stories_fortysecond").ask("Who paid for the satellite project?")
    assert "funded by the UK Space Agency" in satellite.hits[0].sentence, satellite


def test_a_lead_names_the_landlord_next_and_an_age_beside_another_name_is_not_the_one_asked():
    """Found by the fifty-second blind batch. "What is the landlord's name?" asked no person (no
    title says "landlord"), so the lead's "A landlord who ..." lent nothing to the next sentence,
    "Marcus Vane, 52, ...", which was seventh. "How old is Gary Pinder?", which the story never
    says, went confidently (0.96) to "Doyle, 44, replaces Gary Pinder"."""
    from qa_bot.ranking import asked_role, gives_ages_of_others_only

    assert answer_type("What is the landlord's name?") == "person" and asked_role("What is the landlord's name?") == ("landlord",)
    assert answer_type("What is the name of the firefighter?") == "person"
    assert answer_type("What is the dog's name?") == "name"
    assert gives_ages_of_others_only("How old is Gary Pinder?", "Doyle, 44, replaces Gary Pinder.")
    assert gives_ages_of_others_only("How old is Gary Pinder?", "The 44-year-old striker Sean Doyle replaces him.")
    assert not gives_ages_of_others_only("How old is Sean Doyle?", "Doyle, 44, replaces Gary Pinder.")
    assert not gives_ages_of_others_only("How old is Jasmin Kaur?", "The 21-year-old from Coventry saved two match points.")
    batch = story_batch("stories_fiftysecond")
    landlord = batch.ask("What is the landlord's name?")
    assert landlord.hits[0].sentence.startswith("Marcus Vane, 52"), landlord
    assert not batch.ask("How old is Gary Pinder?").found
    doyle = batch.ask("How old is Sean Doyle?")
    assert doyle.found and doyle.hits[0].sentence.startswith("Doyle, 44"), doyle


def test_a_pronoun_after_an_opening_phrase_refers_back_as_an_opening_one_does():
    """Found by the fifty-second blind batch: "As well as the fine, he was ordered to pay £8,400
    in costs" was read as about no one, so "How much must Vane pay in costs?" lacked "Vane" and
    its right answer was withheld."""
    from qa_bot.speakers import opening_pronoun, person_referred_to

    assert opening_pronoun("As well as the fine, he was ordered to pay costs.") == "he"
    assert opening_pronoun("In 2009, she led them to promotion.") == "she"
    assert opening_pronoun("Sarah Jones, her mother, said so.") is None
    assert person_referred_to("After the hearing, she said she was relieved.",
                              ["Anna Berg, 40, was cleared on Monday."]) == "Anna Berg"
    costs = story_batch("stories_fiftysecond").ask("How much must Vane pay in costs?")
    assert costs.found and "£8,400 in costs" in costs.hits[0].sentence, costs


def test_a_pronoun_further_in_means_whom_or_what_the_story_spoke_of_before():
    """Found by the fifty-third blind batch: "Only eleven of her oil paintings are known to
    survive." after "Penrose was one of very few women ..." was read as about no one, so the lead
    beat it for "How many of Penrose's oil paintings survive?" and withheld; nor was "Reservoir
    levels in its area stand at 81%" read as Southern Water's, which the sentence before opened on."""
    batch = story_batch("stories_fiftythird")
    surviving = batch.ask("How many of Penrose's oil paintings survive?")
    assert surviving.hits[0].sentence == "Only eleven of her oil paintings are known to survive.", surviving
    reservoirs = batch.ask("How full are Southern Water's reservoirs?")
    assert reservoirs.hits[0].sentence.startswith("Reservoir levels in its area stand at 81%"), reservoirs


def test_a_company_named_for_its_goods_names_none_of_them_and_a_body_may_publish():
    """Found by the fifty-third blind batch: "Little Oak Toys said ..." was read as naming a toy
    "Little Oak" for "What is the name of the toy?". "Books" in a name now makes it a body's, and
    a body may hold a post a person might ("its publisher, Fjell Books")."""
    from qa_bot.ranking import names_role_holder, names_the

    assert not names_the("toy", "Little Oak Toys said it had changed its supplier of glue.")
    assert names_the("toy", "Parents should stop using the Rainbow Stacker toy at once.")
    assert names_the("satellite", "NASA's CALIPSO satellite was launched in 2006.")
    assert names_role_holder(("publisher",), "Sales have risen tenfold, according to its publisher, Fjell Books.")
    assert not names_role_holder(("publisher",), "Sales have risen tenfold, according to the author, Liv Aamot.")
    publisher = story_batch("stories_eighth").ask("who is the publisher of The Keeper's Winter")
    assert "its publisher, Fjell Books" in publisher.hits[0].sentence, publisher


def test_a_lead_with_a_number_of_something_else_keeps_only_part_of_its_prior_for_how_many():
    """Seen in batch after batch: "How many farms were in the study?" went to the lead's "a
    five-year study", "How many gyms does FitLocal have?" to a lead with no count of gyms, each on
    the lead's prior, as if any number answered; the sentence counting them was second."""
    farms = story_batch("stories_fiftysecond").ask("How many farms were in the study?")
    assert farms.hits[0].sentence.startswith("Researchers counted bees on 48 farms"), farms
    gyms = story_batch("stories_fortyninth").ask("How many gyms does FitLocal have?")
    assert gyms.hits[0].sentence == "FitLocal has 85 gyms across England and Wales.", gyms


def test_whether_a_deed_was_done_to_someone_is_told_by_a_sentence_saying_it_of_them():
    """Found by the fifty-third blind batch: "Were the walkers hurt?" went to the lead, which says
    nothing of it, and "The walkers were cold but unhurt" was third and withheld ("unhurt" did not
    tell "hurt", and only "Was anyone ...?" asked a deed); "The child was not hurt", in another
    story, is no answer for the walkers."""
    hurt = story_batch("stories_fiftythird").ask("Were the walkers hurt?")
    assert hurt.hits[0].sentence.startswith("The walkers were cold but unhurt"), hurt


@pytest.mark.parametrize("question, kind", [
    ("How was sleep measured?", "manner"),
    ("How did the thieves get into the museum?", "manner"),
    ("How does the drug work?", "manner"),
    ("How did Estbank's shares react?", None),  # how they fared, not by what means
    ("How does Claire Dunn feel?", None),
    ("How did the talks end?", "outcome"),  # how it turned out, no means
    ("How will the strike finish?", "outcome"),
    ("How did the vote turn out?", "outcome"),
    ("When did the talks end?", "date"),
    ("How many people were hurt?", "count"),
])
def test_how_a_thing_was_done_asks_its_means(question, kind):
    assert answer_type(question) == kind


def test_a_means_is_told_by_using_through_or_by_doing_and_not_by_whoever_did_it():
    assert matches_answer_type("manner", "The team used questionnaires, using wrist-worn sleep monitors.")
    assert matches_answer_type("manner", "The raiders got in through a skylight on the roof.")
    assert matches_answer_type("manner", "It works by clearing a protein called amyloid from the brain.")
    assert matches_answer_type("manner", "She was taken to hospital by air ambulance.")
    assert not matches_answer_type("manner", "The bee was spotted in June by a volunteer surveyor.")
    assert not matches_answer_type("manner", "Holloway admitted 23 counts of fraud by abuse of position.")
    assert not matches_answer_type("manner", "Sales fell by a third by the time the shop closed.")


def test_how_a_thing_was_done_goes_to_the_sentence_telling_the_means():
    """Found by the fifty-seventh blind batch, and in five earlier ones: "How was sleep measured?"
    went to the study's lead (fifth: "... using wrist-worn sleep monitors and questionnaires"),
    "How did the thieves get in?" to the raid's lead over "The raiders got in through a
    skylight", no question kind asking for a means."""
    sleep = story_batch("stories_fiftyseventh").ask("How was sleep measured?")
    assert "using wrist-worn sleep monitors" in sleep.hits[0].sentence, sleep
    raid = story_batch("stories_nineteenth").ask("How did the thieves get in?")
    assert raid.hits[0].sentence.startswith("The raiders got in through a skylight"), raid
    cuts = story_batch("stories_thirtyseventh").ask("How will Brightmart pay for the price cuts?")
    assert "by trimming its own profit margin" in cuts.hits[0].sentence, cuts


def test_a_sum_priced_only_through_the_title_must_price_the_very_thing_asked():
    """Found by the fifty-seventh blind batch: "How much does a ferry ticket cost?" (no story says)
    was answered by "It loses roughly £1.4 million a year on the route": the title's "Island
    ferry route to close ..." lent the sum "ferry", though a ticket is what is priced."""
    ticket = story_batch("stories_fiftyseventh").ask("How much does a ferry ticket cost?")
    assert not ticket.found, ticket
    lanes = story_batch("stories_thirteenth").ask("How much will the cycle lanes cost?")
    assert lanes.found and lanes.hits[0].sentence.startswith("It will cost £11.5 million"), lanes


@pytest.mark.parametrize("question, kind", [
    ("How much did the women's winner receive?", "money"),
    ("How much did Kiprop win?", "money"),
    ("How much did the council save?", "money"),
    ("How much weight did he lose?", "number"),  # a weight asked by its noun, no sum
    ("How much did sales fall?", "number"),
])
def test_how_much_was_received_won_or_saved_asks_a_sum(question, kind):
    assert answer_type(question) == kind


def test_found_by_the_fifty_eighth_batch_sums_received_a_project_priced_and_a_definition_below_the_lead():
    """"How much did the women's winner receive?" (no story says) had gone at 0.62 to "The women's
    race was won by ... in 2:22:40", a time read as the number asked; "the project will cost 6.2
    billion kronor to build" was withheld from "How much will the mine cost to build?" though the
    title, "Lithium mine approved ...", says what the project is; "What is RSV?" went to the lead
    that spells it out ("... respiratory syncytial virus (RSV) has cut ...") over "RSV is a common
    winter virus ..."."""
    bot = story_batch("stories_fiftyeighth")
    prize = bot.ask("How much did the women's winner receive?")
    assert not prize.found, prize
    mine = bot.ask("How much will the mine cost to build?")
    assert mine.found and "the project will cost 6.2 billion kronor" in mine.hits[0].sentence, mine
    rsv = bot.ask("What is RSV?")
    assert rsv.hits[0].sentence.startswith("RSV is a common winter virus"), rsv



def test_a_reason_is_told_by_because_due_to_or_blamed_and_asked_by_why():
    assert answer_type("Why has air pollution fallen?") == "reason"
    assert matches_answer_type("reason", "The festival has been cancelled because of a severe storm.")
    assert matches_answer_type("reason", "The council says the fall is mainly due to cleaner buses.")
    assert matches_answer_type("reason", "Researchers blamed low winter snowfall and long summer heatwaves.")
    assert not matches_answer_type("reason", "The shares fell 6 percent after the announcement.")


def test_why_goes_to_the_sentence_giving_the_reason():
    """Seen over many batches: "Why was the festival cancelled?" went to a sentence restating the
    cancellation over "... has been cancelled because of a severe ...", "Why are the glaciers
    melting so fast?" (fifth, withheld) to one on how fast they melt over "Researchers blamed low
    winter snowfall ..."."""
    festival = story_batch("stories_fortyseventh").ask("Why was the festival cancelled?")
    assert "because of a severe" in festival.hits[0].sentence, festival
    glaciers = story_batch("stories_more").ask("Why are the glaciers melting so fast?")
    assert glaciers.hits[0].sentence.startswith("Researchers blamed low winter snowfall"), glaciers


def test_found_by_the_fifty_ninth_batch_a_country_is_no_doer_and_an_age_ends_a_sentence():
    """"Who discovered the comet?" went to "It is the first comet to be discovered by an amateur in
    the UK since 2011" ("UK", in capitals, read as a body that did it) over "Graham Whitlock, 71,
    spotted the faint object ..."; "How old is Owen Pritchard?" to his next quote over "...," said
    Ling resident Owen Pritchard, 67.", an age only read before a comma."""
    assert not matches_answer_type("organisation", "It is the first comet to be discovered by an amateur in the UK.")
    assert matches_answer_type("organisation", "The comet was confirmed by the IAU.")
    assert matches_answer_type("age", '"We left at once," said Ling resident Owen Pritchard, 67.')
    bot = story_batch("stories_fiftyninth")
    comet = bot.ask("Who discovered the comet?")
    assert comet.hits[0].sentence.startswith("Graham Whitlock, 71, spotted"), comet
    age = bot.ask("How old is Owen Pritchard?")
    assert age.hits[0].sentence.endswith("Owen Pritchard, 67."), age


def test_a_best_sentence_holding_hardly_any_of_the_question_is_no_found_answer():
    """Found by the fifty-seventh blind batch: "Who won the festival's best new act award?" (no
    story says) was found at 0.30 in "The festival's director, Imogen Cole, said the decision had
    been taken ...", which holds only "festival" of it; now a likely answer at most."""
    award = story_batch("stories_fiftyseventh").ask("Who won the festival's best new act award?")
    assert not award.found and award.band != "found", award
    director = story_batch("stories_fiftyseventh").ask("Who is the festival director?")
    assert director.found and "Imogen Cole" in director.hits[0].sentence, director


def test_found_by_the_sixtieth_batch_a_date_is_no_count_and_a_role_speaks_not_whom_it_speaks_of():
    """"How many cars have been recalled?" went to "The recall covers Ardent models built between
    January 2024 and June 2025 ..." (its years read as counts) over "... has recalled 84,000 of
    its Ardent ..."; "What did the chief executive say about Varga?" to Varga's own quotes (the
    name the question speaks of read as its speaker) over the orchestra's chief executive's,
    though another story quotes a chief executive too."""
    assert not matches_answer_type("number", "Models built between January 2024 and June 2025 at the plant.")
    assert not matches_answer_type("number", "The count finished shortly after 1am on Friday.")
    assert matches_answer_type("number", "Veltro has recalled 84,000 of its Ardent SUVs.")
    assert matches_answer_type("number", "They won 2,024 votes on 3 May.")
    bot = story_batch("stories_sixtieth")
    cars = bot.ask("How many cars have been recalled?")
    assert "has recalled 84,000" in cars.hits[0].sentence, cars
    words = bot.ask("What did the chief executive say about Varga?")
    assert words.hits[0].sentence.startswith('"The players asked for her back'), words
    assert words.hits[0].speaker == "Priya Raman", words


def test_how_talks_ended_is_told_by_how_the_story_concludes_them(bot):
    """The seed set's one miss: "How did the talks end?" went to the lead (which says they were
    held) over "In conclusion ... Lavrov, said that ... the positive result of the talks is ...
    constructive dialogue", and was not found, "end" read as a word the answer lacked."""
    assert matches_answer_type("outcome", "In conclusion, Lavrov said there were many points of contention.")
    assert matches_answer_type("outcome", "The strike ended on Friday when the union accepted the offer.")
    assert not matches_answer_type("outcome", "The talks were held in Moscow on Tuesday.")
    ended = bot.ask("How did the talks end?")
    assert ended.found and "constructive dialogue" in ended.hits[0].sentence, ended


def test_found_by_the_sixty_first_batch_arrests_count_people_and_a_vale_is_no_person():
    """"How many people were arrested?" found "Police made three arrests during the protest" but
    withheld it, "people" counted nowhere; "Who will carry out the repairs?" (no story says) was
    found at 0.61 in "Replacement buses will run between Corby Vale and Ashby", "Corby Vale" read
    as a person's name."""
    assert not matches_answer_type("person", "Replacement buses will run between Corby Vale and Ashby.")
    assert matches_answer_type("person", "The buses will be run by Corby Vale's Anna Kerr.")
    arrested = story_batch("stories_sixtyfirst").ask("How many people were arrested?")
    assert arrested.found and arrested.hits[0].sentence.startswith("Police made three arrests"), arrested


@pytest.mark.parametrize("question, kind", [
    ("How long is Pike banned from driving?", "duration"),  # a state held, "for nine years"
    ("How long was Victor Blane sentenced to?", "duration"),
    ("How long was Brightmart Rewards offline?", "duration"),
    ("How long were the thieves inside the museum", "duration"),
    ("How long will the strike be?", "duration"),
    ("How long will each ferry be?", "length"),  # a size, though asked with "will"
    ("How long is the tunnel?", "length"),
])
def test_how_long_something_was_held_or_done_asks_a_duration_and_of_a_thing_a_length(question, kind):
    assert answer_type(question) == kind


def test_found_by_the_sixty_second_batch_where_from_jobs_as_posts_and_a_median_is_no_age():
    """"Where are the cavers from?" went to the lead's "... in the Yorkshire Dales" over "The
    group, two men and a woman from Sheffield, ..."; "How many jobs will the council cut?" found
    "... will also cut 140 posts ..." but withheld it; "How old was the average participant?" (no
    study says) took "followed for a median of 3.2 years" as an age."""
    assert not matches_answer_type("age", "Participants were followed for a median of 3.2 years.")
    assert matches_answer_type("age", "The castle is 900 years old.")
    bot = story_batch("stories_sixtysecond")
    cavers = bot.ask("Where are the cavers from?")
    assert "from Sheffield" in cavers.hits[0].sentence, cavers
    jobs = bot.ask("How many jobs will the council cut?")
    assert jobs.found and "cut 140 posts" in jobs.hits[0].sentence, jobs


def test_which_things_is_not_answered_by_a_sentence_that_only_counts_them():
    """"Which libraries will have shorter hours?" (the sixty-second batch; no story says) was found
    at 0.90 in "... reduce opening hours at five of its libraries", which counts them; "Which other
    regions competed for the Halvard plant?" (the third batch) likewise in the lead."""
    from qa_bot.reading import counts_without_naming

    assert counts_without_naming("Which libraries will close?", "Three branch libraries in Oakfield will close.")
    assert not counts_without_naming("Which libraries will close?", "The libraries at Ashby and Corby will close.")
    assert not counts_without_naming("Which teams will be hit hardest?", "It will hit its testing and marketing teams.")
    regions = story_batch("stories_third").ask("Which other regions competed for the Halvard plant?")
    assert not regions.found, regions


def test_the_company_holds_the_name_of_the_company_the_story_names():
    """Found by the sixtieth batch: "Who is the chief executive of South Moor Water?" went to "The
    company's chief executive, Helen Marsh, said ..." but withheld it (0.10), "South Moor Water"
    read as missing though the story names the company so ("South Moor Water said ...")."""
    chief = story_batch("stories_sixtieth").ask("Who is the chief executive of South Moor Water?")
    assert chief.found and "Helen Marsh" in chief.hits[0].sentence, chief


def test_a_role_of_a_body_named_in_several_words_is_asked():
    """Found by the sixty-third blind batch: "Who is Skagen Line's operations director?" asked no
    role (only a one-word owner, "Russia's", was read) and went to "The operator, Skagen Line,
    said ..." over "... said the company's operations director, Lars Wendt."."""
    assert asked_role("Who is Skagen Line's operations director?") == ("operations", "director")
    assert asked_role("Who is South Moor Water's chief executive?") == ("chief", "executive")
    assert asked_role("Who was Russia's foreign minister?") == ("foreign", "minister")
    director = story_batch("stories_sixtythird").ask("Who is Skagen Line's operations director?")
    assert director.found and "Lars Wendt" in director.hits[0].sentence, director


def test_found_by_the_sixtyfourth_batch_a_count_a_price_a_relative_and_a_job_as_a_lead_gives_them():
    """"How many patients were affected by the breach?" went to "The fine was reduced from an
    initial £500,000 ..." (a sum read as a count) over "... the medical records of more than 90,000
    patients ..."; "How much is a monthly pass?" asked a number, not a price; "Who was on the
    support boat?" found no one in "Her husband, Mike, who was on the support boat, ..."; and "A
    61-year-old primary school teacher from Hastings ..." gave no job, its "A" in capitals."""
    assert answer_type("How many patients were affected by the breach?") == "count"
    assert not matches_answer_type("count", "The fine was reduced from an initial £500,000 after an appeal.")
    assert matches_answer_type("count", "The records of more than 90,000 patients were left open.")
    assert matches_answer_type("number", "The fine was reduced from an initial £500,000 after an appeal.")
    assert answer_type("How much is a monthly pass?") == "money"
    assert answer_type("How much is the council contributing?") == "money"
    assert answer_type("How much did sales fall?") == "number"
    assert matches_answer_type("person", "Her husband, Mike, who was on the support boat, said she had trained.")
    assert not matches_answer_type("person", "She swam with her sister off Hastings.")
    assert matches_answer_type("occupation", "A 61-year-old primary school teacher from Hastings has done it.")
    bot = story_batch("stories_sixtyfourth")
    patients = bot.ask("How many patients were affected by the breach?")
    assert "more than 90,000 patients" in patients.hits[0].sentence, patients
    monthly = bot.ask("How much is a monthly pass?")
    assert "monthly pass for £25" in monthly.hits[0].sentence, monthly
    boat = bot.ask("Who was on the support boat?")
    assert boat.hits[0].sentence.startswith("Her husband, Mike"), boat
    job = bot.ask("What does Carol Ashworth do for a living?")
    assert "primary school teacher" in job.hits[0].sentence, job


def test_a_person_asked_in_full_whom_the_story_does_not_name_is_someone_else():
    """With an occupation a narrow kind, "What was Brian Doyle's job?" (no story says; Brian is
    Margaret Doyle's late husband, named by his first name alone) was found in "Mrs Doyle, a
    retired PE teacher, ...": "Doyle" there is Margaret, whom the question does not ask of."""
    bot = story_batch("stories_thirtyninth")
    assert not bot.ask("What was Brian Doyle's job?").found
    margaret = bot.ask("What was Margaret Doyle's job?")
    assert margaret.found and "retired PE teacher" in margaret.hits[0].sentence, margaret
    said = bot.ask("What did Mrs Doyle say?")  # a title is no other first name
    assert said.found and "Doyle" in said.hits[0].speaker, said


def test_whether_a_thing_is_there_is_not_told_by_a_sentence_without_it():
    """Found by the sixty-fifth blind batch: "Does the library have a café?" (no story says) was
    found in the new library's lead, which has no café in it; a sentence that says there is none
    ("There is no joining fee.") still answers."""
    from qa_bot.reading import thing_asked_of

    assert thing_asked_of("Does the library have a café?") == ["café"]
    assert thing_asked_of("Is there a joining fee?") == ["joining", "fee"]
    assert thing_asked_of("When does the library open?") == []
    assert not story_batch("stories_sixtyfifth").ask("Does the library have a café?").found
    fee = story_batch("stories_seventeenth").ask("Is there a joining fee?")
    assert fee.found and fee.hits[0].sentence == "There is no joining fee.", fee


def test_who_is_behind_a_deed_asks_who_is_responsible_for_it():
    """Found by the sixty-fifth blind batch: "Who is behind the attack?" ranked "A criminal group
    calling itself Nightjar has claimed responsibility ..." eighth, "behind" read as a place."""
    from qa_bot.retriever import as_question

    assert as_question("Who is behind the attack") == "Who is responsible for the attack?"
    assert as_question("Which company is behind the wind farm?") == "Which company is responsible for the wind farm?"
    assert as_question("Why did Paolo Greco stay behind?") == "Why did Paolo Greco stay behind?"
    assert as_question("Who finished behind the leader?") == "Who finished behind the leader?"
    behind = story_batch("stories_sixtyfifth").ask("Who is behind the attack?")
    assert "calling itself Nightjar" in behind.hits[0].sentence, behind
    assert behind.question == "Who is behind the attack?"  # shown as the user asked it


def test_a_question_of_last_year_is_not_answered_by_a_sentence_of_no_year():
    """"Who won the Tour of the Alps last year?" (the thirty-first batch; no story says) was found
    in "Norway's Sindre Rask won the fourth stage of the Tour of the Alps on Thursday ...", and
    "What flavour was last year's winning cake?" (the forty-fourth) in this year's winner."""
    from qa_bot.reading import lacks_last_year

    assert lacks_last_year("Who won last year?", "Sindre Rask won the fourth stage on Thursday.")
    assert not lacks_last_year("Who won last year?", "Last year the race was won by Tom Pidcock.")
    assert not lacks_last_year("Who won last year?", "Tom Pidcock won it in 2025.")
    assert not lacks_last_year("Who won on Thursday?", "Sindre Rask won the fourth stage on Thursday.")
    assert not story_batch("stories_thirtyfirst").ask("Who won the Tour of the Alps last year?").found
    assert not story_batch("stories_fortyfourth").ask("What flavour was last year's winning cake?").found


def test_jobs_the_list_does_not_name_are_read_by_their_endings():
    """Found by the sixty-sixth blind batch: "What does Siân Morgan do for a living?" went to
    "Siân Morgan, a 33-year-old physiotherapist from Brecon, ..." but withheld it (0.18): no
    "physiotherapist" among the jobs known, nor "steelworker"."""
    for described in ("Siân Morgan, a 33-year-old physiotherapist from Brecon, photographed it.",
                      "Mr Pryce, a former steelworker, took up running.", "She is a marine biologist.",
                      "He worked for years as an electrician."):
        assert matches_answer_type("occupation", described), described
    assert not matches_answer_type("occupation", "A therapy dog visited the ward.")
    job = story_batch("stories_sixtysixth").ask("What does Siân Morgan do for a living?")
    assert job.found and "physiotherapist" in job.hits[0].sentence, job


def test_a_name_where_a_place_stands_is_no_person_so_the_lead_introduces_someone_unnamed():
    """Found by the sixty-sixth blind batch: "Who discovered the comet?" went to the lead, "An
    amateur astronomer has discovered a new comet ... near her home in the Brecon Beacons.",
    which read "Brecon Beacons" as a person, so the next sentence's "Siân Morgan, ..." was not
    taken for whom it introduces."""
    from qa_bot.ranking import introduces_someone_unnamed, names_a_person_in

    assert introduces_someone_unnamed("An amateur astronomer has discovered a comet near her home in the Brecon Beacons.")
    assert not names_a_person_in("They walked across the Yorkshire Dales.")
    assert names_a_person_in("They lost to the Denver Broncos and Tom Brady.")
    comet = story_batch("stories_sixtysixth").ask("Who discovered the comet?")
    assert comet.hits[0].sentence.startswith("Siân Morgan"), comet


def test_a_name_a_part_of_a_place_stands_before_is_no_person():
    """Found by the sixty-seventh blind batch: "A 14-year-old schoolgirl from Nepal has become
    the youngest woman to reach the summit of Ama Dablam ..." read "Ama Dablam" as a person, so
    "Who became the youngest woman to climb Ama Dablam?" took the lead over the next sentence,
    "Pasang Lhamu Tamang reached the top ...", which names her."""
    from qa_bot.ranking import names_a_person_in

    assert not names_a_person_in("Fog lay on the summit of Ben Nevis.")
    assert not names_a_person_in("They camped on the banks of the Rio Negro.")
    assert names_a_person_in("She reached the summit with Tenzing Norgay.")
    batch = story_batch("stories_sixtyseventh")
    climber = batch.ask("Who became the youngest woman to climb Ama Dablam?")
    assert climber.hits[0].sentence.startswith("Pasang Lhamu Tamang"), climber
    assert "Mingma Tamang" in batch.ask("Who climbed with her?").hits[0].sentence


def test_a_noun_held_bare_holds_the_words_its_story_named_it_with():
    """"Who chairs the transport authority?" went to "The authority's chair, Dev Malhotra, said
    ..." but withheld it (0.09): "transport" read as missing, though the story named it "the
    city's transport authority" before; so with "centre manager Evie Button" for "the manager of
    the wildlife centre"."""
    chair = story_batch("stories_thirtyninth").ask("Who chairs the transport authority?")
    assert chair.found and "Dev Malhotra" in chair.hits[0].sentence, chair
    manager = story_batch("stories_fortyseventh").ask("Who is the manager of the wildlife centre?")
    assert manager.found and "Evie Button" in manager.hits[0].sentence, manager


def test_a_verb_finds_its_noun_opposition():
    """"Which party opposed the plan?" of "The opposition Open VLD group voted against." (third,
    withheld): the stemmer keeps "oppos" and "opposit" apart."""
    party = story_batch("stories_sixtyseventh").ask("Which party opposed the plan?")
    assert party.hits[0].sentence == "The opposition Open VLD group voted against.", party


def test_a_deed_asked_by_who_did_it_is_answered_by_the_role_it_made_them():
    """"Who bought the hotel?" of "The buyer, Harrow Lane Developments, ..." (4th), "Who
    painted ...?" of "... the artist, ..."; and the deed told with "by" counts as naming its doer
    ("Norvane Robotics was founded in Pittsburgh in 2019 by Priya Raman and Tom Eckert"), which
    kept "Who co-founded Norvane?" on it. A body holds only the role asked: "Local business owner
    Sam Patel" built no bridge."""
    from qa_bot.ranking import asked_role, names_doer_of, names_role_holder

    assert asked_role("Who bought the hotel?") == ("buyer",) and asked_role("Who founded the charity?") == ("founder",)
    assert names_doer_of("co-founded", "Norvane Robotics was founded in Pittsburgh in 2019 by Priya Raman.")
    assert not names_doer_of("founded", "The charity, which was praised by Oxfam, runs two shops.")
    assert not names_role_holder(("builder",), "Local business owner Sam Patel said trade had dropped.")
    hotel = story_batch("stories_sixtythird").ask("Who bought the hotel?")
    assert "Harrow Lane Developments" in hotel.hits[0].sentence, hotel
    norvane = story_batch("stories_eighteenth").ask("Who co-founded Norvane?")
    assert "Priya Raman and Tom Eckert" in norvane.hits[0].sentence, norvane


def test_a_phrasal_verb_is_matched_by_the_verb_it_means():
    """"When did the fire start?" went to "Police have arrested a 47-year-old farmer on suspicion
    of starting the fire ..." over "The fire broke out on Tuesday afternoon ..." (3rd), and "Where
    did she start her swim?" to the lead over "Carol Ashworth set off from Shakespeare Beach ..."
    (4th): the question's word is not the story's."""
    from qa_bot.lexical import stem, tokenize

    assert set(stem(["start"])) <= set(tokenize("The fire broke out on Tuesday."))
    assert set(stem(["resign"])) <= set(tokenize("She stepped   down in May."))
    assert not set(stem(["start"])) & set(tokenize("They broke the record, and out went the lights."))
    batch = story_batch("stories_sixtyfourth")
    fire = batch.ask("When did the fire start?")
    assert "broke out on Tuesday afternoon" in fire.hits[0].sentence, fire
    swim = batch.ask("Where did she start her swim?")
    assert "set off from Shakespeare Beach" in swim.hits[0].sentence, swim


def test_a_deed_done_in_the_active_voice_to_what_is_asked_names_its_doer():
    """Found by the sixty-seventh blind batch: "Who cleaned the ring?" went to "Mrs Grant ...
    said she would now wear it every day." (its "it" the ring, its subject a person) over "A
    jeweller in Downpatrick cleaned the ring ...", whose doer is no name."""
    from qa_bot.reading import does_to
    from qa_bot.lexical import stem, word_forms

    cleaned = set(word_forms(stem(["cleaned"])[0]))
    assert does_to(cleaned, "ring", "A jeweller in Downpatrick cleaned the ring and said it was fine.")
    assert not does_to(cleaned, "ring", "The ring was cleaned by a jeweller.")
    assert not does_to(cleaned, "ring", "She cleaned the kitchen before she lost the ring.")
    ring = story_batch("stories_sixtyseventh").ask("Who cleaned the ring?")
    assert ring.hits[0].sentence.startswith("A jeweller in Downpatrick cleaned the ring"), ring


def test_a_race_time_is_a_duration():
    """Found by the sixty-eighth blind batch: "What was Kiprop's winning time?" asked no kind, and
    went to "Kiprop receives $30,000 for the win ..." over the lead's "finishing in 2 hours 6
    minutes and 41 seconds"; results give a time as "2:24:10"."""
    assert answer_type("What was Kiprop's winning time?") == "duration"
    assert answer_type("What was her time?") == "duration"
    assert answer_type("What time did the race start?") == "time"
    assert matches_answer_type("duration", "The women's race was won by Amina Yusuf in 2:24:10.")
    assert not matches_answer_type("duration", "The race started at 7.30am.")
    time = story_batch("stories_sixtyeighth").ask("What was Kiprop's winning time?")
    assert "2 hours 6 minutes and 41 seconds" in time.hits[0].sentence, time


def test_a_name_after_the_village_of_is_a_place_and_the_lead_introduces_someone_unnamed():
    """Found by the sixty-eighth blind batch: "A retired postman has found more than 1,300 Roman
    silver coins buried in a field near the village of Chew Magna" read "Chew Magna" as a person,
    so the lead named someone and did not lend itself the name of the next sentence ("Graham
    Pike, 67, had been searching ..."): "How many coins did Graham Pike find?" was 6th."""
    from qa_bot.ranking import introduces_someone_unnamed, names_a_person_in

    assert not names_a_person_in("They live in the town of Hebden Bridge.")
    assert not names_a_person_in("Rain fell on the island of Inis Mor.")
    assert names_a_person_in("The town of Hebden Bridge thanked Mary Smith.")
    assert introduces_someone_unnamed("A retired postman has found more than 1,300 Roman silver coins buried "
                                      "in a field near the village of Chew Magna in Somerset.")
    coins = story_batch("stories_sixtyeighth").ask("How many coins did Graham Pike find?", k=3)
    assert any("1,300 Roman silver coins" in hit.sentence for hit in coins.hits), coins


def test_a_compound_holds_the_role_it_ends_with_and_a_lead_lends_no_one_else_a_post():
    """Found by the sixty-eighth blind batch: "Who owns the land where the coins were found?" went
    to "Graham Pike, 67, ..." (the finder the lead introduced, lent the lead's words) over "...
    shared equally between Mr Pike and the landowner, farmer Rebecca Hollis." (6th): a landowner
    was no owner, and the lead's finder was taken for whoever the question asked."""
    sentence = "Any reward will be shared equally between Mr Pike and the landowner, farmer Rebecca Hollis."
    assert names_role_holder(("owner",), sentence)
    assert not names_role_holder(("president",), "The vice-president, Anna Berg, said it was cancelled.")
    assert not names_role_holder(("owner",), "Mr Pike thanked the farmer, Rebecca Hollis.")
    land = story_batch("stories_sixtyeighth").ask("Who owns the land where the coins were found?")
    assert "Rebecca Hollis" in land.hits[0].sentence, land


def test_people_asked_by_what_they_are_are_counted_as_people_and_by_what_each_gave():
    """Found by the sixty-eighth blind batch: "How many runners went to hospital?" found "The
    medical team treated 214 people ..., and 11 were taken to hospital" but withheld it (0.13),
    and "How many people responded to the consultation?" withheld "... received 2,870
    responses": neither count was read as counting whom the question asked."""
    from qa_bot.ranking import given_one_each

    batch = story_batch("stories_sixtyeighth")
    hospital = batch.ask("How many runners went to hospital?")
    assert hospital.found and "11 were taken to hospital" in hospital.hits[0].sentence, hospital
    responses = batch.ask("How many people responded to the consultation?")
    assert responses.found and "2,870 responses" in responses.hits[0].sentence, responses
    # What each gave counts them only by the deed asked: "Votes: 640" is one candidate's, and "800
    # signatures" on a petition count no bus users.
    assert given_one_each("How many people have signed the petition?") == ("signatures", "signatories")
    assert given_one_each("How many people voted?") == () and given_one_each("How many people use the bus?") == ()
    voted = story_batch("stories_seventeenth").ask("How many people voted?")
    assert not voted.found, voted


def test_what_someone_did_before_retiring_asks_their_job():
    """Found by the sixty-eighth blind batch: "What did Graham Pike do before he retired?" (5th)
    asked no kind of answer; the lead says it, "A retired postman has found ..."."""
    assert answer_type("What did Graham Pike do before he retired?") == "occupation"
    assert answer_type("What did she do before retiring?") == "occupation"
    assert answer_type("What did he do before the match?") != "occupation"
    job = story_batch("stories_sixtyeighth").ask("What did Graham Pike do before he retired?")
    assert job.hits[0].sentence.startswith("A retired postman"), job


def test_the_words_of_a_post_the_document_never_names_are_not_found():
    """Found by the sixty-eighth blind batch: "What did the students' union president say?" (no
    story has one) was answered "found" (0.39) with the words of "Hannah Okafor, the union's
    education officer"."""
    batch = story_batch("stories_sixtyeighth")
    president = batch.ask("What did the students' union president say?")
    assert not president.found and president.band != "found", president
    officer = batch.ask("What did the union's education officer say?")
    assert officer.found and "Hannah Okafor" in officer.hits[0].sentence, officer


def test_a_count_opening_on_a_deed_counts_what_the_sentence_before_named():
    """"Of the 47 whales that came ashore, 39 were returned to the sea by Wednesday morning. Eight
    died on the beach ...": "Eight died" counts whales, as "At least 60 had been recorded" counts
    aftershocks; the answer to "How many whales died?" was withheld as giving no count of whales."""
    from qa_bot.reading import OPENS_WITH_REFERENCE

    def elliptical(text):
        opening = OPENS_WITH_REFERENCE.match(text)
        return bool(opening and opening.group("ellipsis"))

    assert elliptical("Eight died on the beach.") and elliptical("Two remain in hospital.")
    assert not elliptical("Two hundred people died.") and not elliptical("Two walkers were rescued.")
    died = story_batch("stories_tenth").ask("How many whales died?")
    assert died.found and died.hits[0].sentence.startswith("Eight died"), died


def test_a_storys_first_sentence_is_read_with_its_headline_for_what_was_done():
    """Found by the sixty-ninth blind batch: "How many skiers were rescued from the cable car?"
    was withheld (0.22) as not saying "rescued": "Forty skiers and two staff were lowered to
    safety by rope ...", under the headline "Forty skiers rescued after cable car breaks down"."""
    rescued = story_batch("stories_sixtyninth").ask("How many skiers were rescued from the cable car?")
    assert rescued.found and rescued.hits[0].sentence.startswith("Forty skiers"), rescued


def test_held_only_frames_an_event_once_the_sentence_gives_the_place_asked():
    """Found by the sixty-ninth blind batch: "Where was the final held?" of "... beat 11 other
    finalists at the final in Birmingham's Symphony Hall ..." was withheld (0.14) as missing
    "held", as "Where was the inquest held?" and "Where were the awards held?" were in earlier
    batches. "held" still ranks: "held at the Royal Hall" stays first where a story says so."""
    final = story_batch("stories_sixtyninth").ask("Where was the final held?")
    assert final.found and "Symphony Hall" in final.hits[0].sentence, final
    royal = story_batch("stories_thirtyfifth").ask("Where was the final held?")
    assert royal.found and "held at the Royal Hall" in royal.hits[0].sentence, royal
    # No place given: the word is still missing, and an unanswerable one stays not found.
    assert not story_batch("stories_fortyseventh").ask("Where is the festival held?").found


def test_who_is_and_a_number_gives_someones_age():
    """Found by the seventieth blind batch: "How old is Elsie Pascoe?" of "... switched on by Elsie
    Pascoe, who is 94 and whose father was the last keeper ..." ranked 3rd and was withheld:
    "who is 94" read as an age only before a comma or the sentence's end."""
    assert matches_answer_type("age", "switched on by Elsie Pascoe, who is 94 and whose father was the keeper")
    assert not matches_answer_type("age", "Tom Reid, who is 5 feet tall, said")
    assert not matches_answer_type("age", "a man who was 20 minutes late")
    old = story_batch("stories_seventieth").ask("How old is Elsie Pascoe?")
    assert old.found and "who is 94" in old.hits[0].sentence, old


def test_a_questions_find_looks_for_found_but_founded_never_for_find():
    """Found by the seventieth blind batch: "What did the ecologists find?" missed "Ecologists ...
    found footprints, droppings and a holt" (2nd), as "found" is left out of "find"'s forms for
    being as often "founded"; one way it is safe."""
    from qa_bot.lexical import word_forms

    assert "found" in word_forms("find") and "find" not in word_forms("found")
    assert "find" in word_forms("found", written=True) and "found" not in word_forms("find", written=True)
    evidence = story_batch("stories_seventieth").ask("What evidence of otters did the ecologists find?")
    assert evidence.found and evidence.hits[0].sentence.startswith("Ecologists from"), evidence


def test_a_sentence_giving_a_duration_holds_the_verb_that_frames_it():
    """Found by the seventieth blind batch: "How long did the restoration take?" of "... after a
    six-year restoration ..." ranked 2nd under "... a replica ..., which took eleven months to
    make", which held "take" and not "restoration". A duration given holds "take" and "last"."""
    batch = story_batch("stories_seventieth")
    restoration = batch.ask("How long did the restoration take?")
    assert restoration.found and "six-year restoration" in restoration.hits[0].sentence, restoration
    lens = batch.ask("How long did it take to make the new lens?")
    assert "eleven months" in lens.hits[0].sentence, lens
    assert matches_answer_type("duration", "The operation took place on 2 October and lasted five and a half hours.")
    operation = story_batch("stories_thirtyseventh").ask("How long did the operation take?")
    assert operation.found and "five and a half hours" in operation.hits[0].sentence, operation


def test_a_count_of_people_working_somewhere_must_say_they_work_there():
    """"How many people work at the museum?" was found (0.34) of "More than 3,000 people donated to
    the appeal": people counted, but no one working. Working is said in other words ("employs",
    "staff", "a workforce of"), which word vectors put no nearer "work" than "runs"."""
    from qa_bot.ranking import asked_count_done

    assert asked_count_done("How many people work at the museum?") == "work"
    assert asked_count_done("How many people work from home two days a week now?") is None
    museum = story_batch("stories_thirteenth").ask("How many people work at the museum?")
    assert not museum.found, museum
    nurses = story_batch("stories_fortythird").ask("How many nurses work at Northgate General Hospital?")
    assert not nurses.found, nurses
    factory = story_batch("stories_sixtyseventh").ask("How many people work at the factory?")
    assert factory.found and "employs 210 people" in factory.hits[0].sentence, factory


def test_a_fine_is_a_penalty_held_in_any_of_its_forms():
    """"What is the fine for not paying?" of "Drivers who fail to pay face a penalty of £120" was
    withheld (0.11): word vectors put "fine" no nearer "penalty" than "charge", so one is held as
    another form of the other, as "took" is of "take", for the confidence's semantic coverage too."""
    from qa_bot.lexical import word_forms

    assert "penalti" in word_forms("fine") and "fine" in word_forms("penalti")
    fine = story_batch("stories_twentysecond").ask("What is the fine for not paying?")
    assert fine.found and "penalty of £120" in fine.hits[0].sentence, fine


def test_a_figures_from_is_no_origin_and_a_developer_names_a_company():
    """Found by the seventy-first blind batch: "Where is Amara Okafor from?" took "... won the title
    in Torquay ... with a score of seven and a half points from nine games" as saying where she
    comes from; "Which company wanted to build the solar farm?" found no company in "The
    developer, Greenfield Energy, said ...", whose name ends in neither "Ltd" nor "Group"."""
    from qa_bot.reading import SAYS_FROM

    assert not SAYS_FROM.search("a score of seven and a half points from nine games")
    assert not SAYS_FROM.search("Turnout rose from 61 per cent to 64 per cent.")
    assert SAYS_FROM.search("A 13-year-old schoolgirl from Leeds has won.")
    assert SAYS_FROM.search("She comes from one of the oldest families in Leeds.")
    assert matches_answer_type("organisation", "The developer, Greenfield Energy, said the farm would power homes.")
    assert matches_answer_type("organisation", "Greenfield Energy has six months to appeal.")
    assert not matches_answer_type("organisation", "The developer said the farm would power homes.")
    company = story_batch("stories_seventyfirst").ask("Which company wanted to build the solar farm?")
    assert any("Greenfield Energy" in hit.sentence for hit in company.hits[:2]), company


def test_an_mps_post_is_no_organisation():
    """"Which party does Rachel Osei represent?" (no story says) was found at 0.87 of "Local MP
    Rachel Osei said ...", whose "MP" read as a body's acronym; so do "GP", "MBE", "CCTV", "AI"
    and roman numerals ("Super Bowl XXXIII" named no team)."""
    for sentence in ("Local MP Rachel Osei said the figures were shameful.", "She was awarded an MBE in 2019.",
                     "CCTV showed the van.", "The Broncos won Super Bowl XXXIII."):
        assert not matches_answer_type("organisation", sentence), sentence
    for sentence in ("The RSPCA took the pup to a wildlife centre.", "The NHS trust apologised."):
        assert matches_answer_type("organisation", sentence), sentence
    party = story_batch("stories_fortythird").ask("Which party does Rachel Osei represent?")
    assert party.confidence < 0.8, party


def test_what_someone_died_of_is_a_cause_said_or_none():
    """An obituary's lead ("Joan Whitaker ... has died at the age of 91") covers every word of
    "What did Joan Whitaker die of?" and was found at 0.96; the cause, when a story gives it, is
    said so, often later ("... her mother had been ill with pneumonia")."""
    from qa_bot.reading import lacks_cause_of_death

    question = "What did Joan Whitaker die of?"
    assert lacks_cause_of_death(question, "Joan Whitaker has died at the age of 91.")
    assert lacks_cause_of_death(question, "She died peacefully after a short illness.")
    assert not lacks_cause_of_death(question, "She died of cancer at her home.")
    assert not lacks_cause_of_death("How many children died of measles?", "Three children died.")
    assert not story_batch("stories_fortysixth").ask(question).found
    assert not story_batch("stories_fiftyfourth").ask("What did Margaret Ellery die of?").found
    marsh = story_batch("stories_twentyfirst")
    for asked in ("What did Lena Marsh die of?", "lena marsh cause of death"):
        answer = marsh.ask(asked)
        assert answer.found and "pneumonia" in answer.hits[0].sentence, answer


def test_a_possessives_age_is_asked_as_an_age():
    """Found by the seventy-second blind batch: "What was the women's winner's age?" (the story
    gives none) asked no kind, and "Ethiopia's Tigist Alemu won in 2:24:15 ..." was found at 0.78."""
    for question in ("What was the women's winner's age?", "What is Kiptoo's age?",
                     "What was the winning runner's age?"):
        assert answer_type(question) == "age", question
    assert answer_type("What was the Bronze Age?") != "age"
    assert not story_batch("stories_seventysecond").ask("What was the women's winner's age?").found


def test_the_mens_race_is_not_answered_by_the_womens():
    """Found by the seventy-second blind batch: "What was the winning time in the men's race?"
    went to "In the women's race, Ethiopia's Tigist Alemu won in 2:24:15 ..."; the men's winner's
    time is in the lead, which names no side."""
    marathon = story_batch("stories_seventysecond")
    mens = marathon.ask("What was the winning time in the men's race?")
    assert "2 hours 8 minutes 41 seconds" in mens.hits[0].sentence
    assert "Tigist Alemu" in marathon.ask("Who won the women's race?").hits[0].sentence


def test_a_failed_companys_administrators_are_a_firm_beside_the_role():
    """Found by the seventy-third blind batch: "Who are Skylark's administrators?" went to the
    lead; "The airline's administrators, Kerr & Bell, said ..." names a firm, not a person."""
    assert matches_answer_type("organisation", "The administrators, Kerr & Bell, said so.")
    assert matches_answer_type("organisation", "Tickets were sold by P&O on the day.")
    assert not matches_answer_type("organisation", "Kerr and his wife said so.")
    assert asked_role("Who is the publisher of The Keeper's Winter?") == ("publisher",)  # not ("winter",)
    assert asked_role("Who was appointed to be ABC's president by Noble in 1950?") is None  # a deed
    answer = story_batch("stories_seventythird").ask("Who are Skylark's administrators?")
    assert "Kerr & Bell" in answer.hits[0].sentence


def test_the_days_and_hours_of_a_timetable_are_asked_as_days_and_times():
    """Found by the seventy-fourth blind batch: "What hours will the night buses run?" and "On
    which nights will the buses run?" asked no kind, so the lead ("Night buses will run again ...
    from Friday 6 February") beat "... between midnight and 5am on Fridays and Saturdays". (The
    nights still go to the lead, whose date gives a day too.)"""
    assert answer_type("What hours will the night buses run?") == "time"
    assert answer_type("What are the library's opening hours?") == "time"
    assert answer_type("On which nights will the buses run?") == "day"
    assert answer_type("Which days is the museum open?") == "day"
    assert answer_type("How many hours did the search take?") == "duration"
    assert matches_answer_type("day", "Buses run on Fridays and Saturdays.")
    hours = story_batch("stories_seventyfourth").ask("What hours will the night buses run?")
    assert "between midnight and 5am" in hours.hits[0].sentence


def test_a_firm_named_by_its_trade_is_an_organisation():
    """Found by the seventy-fourth blind batch: "Which auction house will sell the manuscript?"
    (the story names none) asked no kind, so nothing counted a firm's name missing from "... sell
    the manuscript at auction" (found at 0.96; 0.62 with the kind, still found)."""
    for question in ("Which auction house will sell the manuscript?", "Which publisher bought the novel?",
                     "Which developer will build the homes?"):
        assert answer_type(question) == "organisation", question
    assert answer_type("Which house was flooded?") is None


def test_a_saints_church_and_a_place_after_in_name_no_one():
    """Found by the seventy-fourth blind batch: "Who found the book?" went to the lead, "... found
    in the attic of St Michael's Church in Kingsbury Wells ...", read as naming two people, over
    "The book was discovered in October by two volunteers, Ann Clarke and her son Peter"."""
    assert not matches_answer_type("person", "A book was found at St Michael's Church in Kingsbury Wells.")
    assert matches_answer_type("person", "It was found in Ann Clarke's attic.")
    assert matches_answer_type("person", "The Information Commissioner's Office is investigating.")
    answer = story_batch("stories_seventyfourth").ask("Who found the book?")
    assert "Ann Clarke" in answer.hits[0].sentence


def test_a_request_for_a_question_is_asked_as_the_question():
    """Found by the seventy-fifth blind batch: "Tell me why the judge rejected Dashly's argument"
    was no why question, so the sentence that only restates it ("Employment Judge Sarah Quinn
    rejected that argument.") stayed first over the reason that follows it."""
    from qa_bot.retriever import as_question

    assert as_question("Tell me why the judge rejected it") == "Why the judge rejected it?"
    assert as_question("Can you tell me when the library opens?") == "When the library opens?"
    assert as_question("do you know who won the match") == "Who won the match?"
    assert as_question("Tell me about the Sunday opening hours") == "Tell me about the Sunday opening hours"
    assert as_question("Show me the money") == "Show me the money"
    bot = story_batch("stories_seventyfifth")
    answer = bot.ask("Tell me why the judge rejected Dashly's argument")
    assert answer.found and "controlled which orders riders saw" in answer.hits[0].sentence, answer
    assert answer.question == "Tell me why the judge rejected Dashly's argument"  # reported as asked


def test_what_someone_does_asks_their_occupation():
    """Found by the seventy-sixth blind batch: "What does Thomas Berg do?" went to "He said the
    council had not listened to them." (his, by the pronoun) over the sentence that says he runs
    a hardware shop."""
    assert answer_type("What does Thomas Berg do?") == "occupation"
    assert answer_type("What does she do?") == "occupation"
    assert answer_type("What did Luther do?") is None  # a deed, not a job
    assert answer_type("What does the app do?") is None
    assert matches_answer_type("occupation", "Thomas Berg, who runs a hardware shop there, said it.")
    assert not matches_answer_type("occupation", "Thomas Berg runs every morning.")
    answer = story_batch("stories_seventysixth").ask("What does Thomas Berg do?")
    assert answer.found and "hardware shop" in answer.hits[0].sentence, answer


def test_an_age_after_a_name_and_is_and_a_savings_bank_as_a_body():
    """Found by the seventy-sixth blind batch: "Their father, Timur, is 11." gave no age, so "How
    old is the father?" was withheld; "Harbour Savings" was no organisation."""
    assert matches_answer_type("age", "Their father, Timur, is 11.")
    assert not matches_answer_type("age", "Their father, Timur, is a keeper.")
    assert matches_answer_type("organisation", "He ran the Westbay branch of Harbour Savings for years.")
    answer = story_batch("stories_seventysixth").ask("How old is the father?")
    assert answer.found and answer.hits[0].sentence == "Their father, Timur, is 11.", answer


def test_a_place_by_what_it_is():
    """Found by the seventy-sixth blind batch: "Where will the lane run?" went to the lead's "along
    Harbour Road" over "... will run from the railway station to the ferry terminal"."""
    assert matches_answer_type("place", "The lane will run from the railway station to the ferry terminal.")
    assert matches_answer_type("place", "Residents spent the night in the town's leisure centre.")
    assert not matches_answer_type("place", "She is the first woman in the port's 200-year history.")
    answer = story_batch("stories_seventysixth").ask("Where will the lane run?")
    assert answer.found and "ferry terminal" in answer.hits[0].sentence, answer


def test_someones_lawyer_is_not_answered_by_a_sentence_naming_only_them():
    """Found by the seventy-sixth blind batch: "Who was Moss's lawyer?" (the story names none)
    was found in "Moss pleaded guilty to fraud by abuse of position."."""
    from qa_bot.backend import SentenceRow
    from qa_bot.reading import names_none_asked

    def row(text: str) -> SentenceRow:
        return SentenceRow(0, 0, 1, 0, len(text), text, None)

    assert names_none_asked("Who was Moss's lawyer?", row("Gareth Moss, 52, ran the Westbay branch."))
    assert not names_none_asked("Who was Moss's lawyer?", row("Defending, Ruth Evans said Moss was sorry."))
    assert not names_none_asked("Who was Moss's lawyer?", row("His lawyer said he was sorry."))
    assert not story_batch("stories_seventysixth").ask("Who was Moss's lawyer?").found


def test_an_age_in_words_is_an_age_and_whose_it_is():
    """Found by the seventy-seventh blind batch: "Sixteen-year-old Lucy Harland broke ..." gave no
    age, so "How old is Lucy Harland?" went to her quote; an age in words is still someone's."""
    from qa_bot.ranking import gives_ages_of_others_only

    assert matches_answer_type("age", "Sixteen-year-old Lucy Harland broke the record.")
    assert matches_answer_type("age", "A ninety-two-year-old man was rescued.")
    assert not matches_answer_type("age", "The sixteen members of the choir sang.")
    assert gives_ages_of_others_only("How old is Timur?", "The cubs were born to eight-year-old Saya.")
    assert not gives_ages_of_others_only("How old is Saya?", "The cubs were born to eight-year-old Saya.")
    answer = story_batch("stories_seventyseventh").ask("How old is Lucy Harland?")
    assert "Sixteen-year-old" in answer.hits[0].sentence, answer


def test_a_question_asked_only_by_its_role_verb_keeps_the_verb():
    """Found by the seventy-seventh blind batch: "Who coaches her?" lost "coaches" as the role's
    verb ("Who runs Volta?" loses "runs"), so nothing of the question was left to match and the
    right sentence ("... coached by her uncle, Mark Harland") was "not found"."""
    answer = story_batch("stories_seventyseventh").ask("Who coaches her?")
    assert answer.found and "Mark Harland" in answer.hits[0].sentence, answer


def test_a_newspaper_is_a_body_and_a_body_does_a_deed_by_a_particle_verb():
    """Found by the seventy-seventh blind batch: "the Eastbrook Herald" named no body, and "The
    investigation, carried out by the council's standards committee, ..." gave the deed no doer."""
    assert matches_answer_type("organisation", "The claims were reported by the Eastbrook Herald.")
    bot = story_batch("stories_seventyseventh")
    newspaper = bot.ask("Which newspaper reported the claims?")
    assert newspaper.found and "Eastbrook Herald" in newspaper.hits[0].sentence, newspaper
    doer = bot.ask("Who carried out the investigation?")
    assert "standards committee" in doer.hits[0].sentence, doer


def test_a_why_question_takes_a_reason_close_behind_a_restatement():
    """Found while measuring the seventy-seventh blind batch: "Why is the factory closing?" went to
    the lead that only says it will close, over "The company blamed rising energy costs ..."
    second; "due to reopen" gives no reason."""
    from qa_bot.reading import GIVES_REASON

    assert GIVES_REASON.search("The road was closed due to heavy rain.")
    assert not GIVES_REASON.search("The runway is due to reopen on 3 March.")
    assert not matches_answer_type("reason", "The runway is due to reopen on 3 March.")
    answer = story_batch("stories_fortyfifth").ask("Why is the factory closing?")
    assert "blamed rising energy costs" in answer.hits[0].sentence, answer


def test_an_age_range_is_an_age_and_belongs_to_the_people_it_follows():
    """Found by the seventy-eighth blind batch: "people aged between 78 and 94" gave no age, and
    once it did, "How old is Holt?" must not take it for his (it is his victims')."""
    from qa_bot.ranking import gives_ages_of_others_only

    sentence = "Holt got into the homes of people aged between 78 and 94."
    assert matches_answer_type("age", sentence)
    assert matches_answer_type("age", "Most of the walkers were in their seventies.")
    assert gives_ages_of_others_only("How old is Holt?", sentence)
    assert not gives_ages_of_others_only("How old is Holt?", "Craig Holt, 38, admitted 14 burglaries.")
    answer = story_batch("stories_seventyeighth").ask("How old is Holt?")
    assert "Craig Holt, 38" in answer.hits[0].sentence, answer


def test_since_a_month_is_how_long_and_some_days_is_not():
    """Found by the seventy-eighth blind batch: "How long has Gwen Price been waiting?" went to her
    quote "Some days I can barely walk ...", read as a duration, over "... on the list for a new
    hip since March 2024", read as none."""
    assert matches_answer_type("duration", "She has been on the list since March 2024.")
    assert matches_answer_type("duration", "The pool has been shut since last summer.")
    assert not matches_answer_type("duration", "Some days I can barely walk to the end of the garden.")
    assert matches_answer_type("duration", "The road was closed for some days.")
    answer = story_batch("stories_seventyeighth").ask("How long has Gwen Price been waiting?")
    assert "since March 2024" in answer.hits[0].sentence, answer


def test_a_hall_is_a_place_and_growing_up_somewhere_says_where_from():
    """Found by the seventy-eighth blind batch: "in the main hall" named no place, and "Okafor, who
    grew up in Croydon" did not say where he is from (only "from" or "-born" did)."""
    from qa_bot.reading import SAYS_FROM

    assert matches_answer_type("place", "There will be a meeting in the main hall on Tuesday.")
    assert SAYS_FROM.search("Okafor, who grew up in Croydon, said he chose Rovers.")
    assert SAYS_FROM.search("She was born and raised in Leeds.")
    assert not SAYS_FROM.search("He has played in Croydon twice.")
    answer = story_batch("stories_seventyeighth").ask("Where will the meeting be held?")
    assert "in the main hall" in answer.hits[0].sentence and answer.band != "not_found", answer


def test_advice_asked_is_an_answer_kind():
    """Found by the seventy-eighth blind batch: "What advice did the police give?", "What should
    members do?" asked no kind, so the sentence that gives the advice ("Members are being asked to
    change their passwords ...") had nothing over one that only tells the story."""
    assert answer_type("What advice did the police give?") == "advice"
    assert answer_type("What should owners do with the kettle?") == "advice"
    assert answer_type("What do doctors advise?") == "advice"
    assert answer_type("What number should people call?") != "advice"
    assert matches_answer_type("advice", "She urged people to ask for identification.")
    assert matches_answer_type("advice", "Members are being asked to change their passwords.")
    assert matches_answer_type("advice", "Stop using the kettle and unplug it.")
    assert not matches_answer_type("advice", "He told them he needed to check their taps.")
    answer = story_batch("stories_fortyninth").ask("What should members do?")
    assert "change their passwords" in answer.hits[0].sentence, answer



def test_a_measure_asked_of_nothing_else_is_held_by_the_measure():
    """Found by the seventy-ninth blind batch: "How hot was it?" has no word but "hot", and
    "Temperatures on the island reached 41C" lacked it, so the right sentence was "not found";
    "How long was the app down?" asked a length, not how long it lasted."""
    assert answer_type("How long was the app down?") == "duration"
    bot = story_batch("stories_seventyninth")
    hot = bot.ask("How hot was it?")
    assert hot.found and "41C" in hot.hits[0].sentence, hot
    down = bot.ask("How long was the app down?")
    assert down.found and "lasted almost 11 hours" in down.hits[0].sentence, down


def test_a_regulator_is_a_body_and_a_workforce_is_counted_by_employs():
    """Found by the seventy-ninth blind batch: "Which regulator ...?" asked no kind, so "It is the
    bank's second major outage" beat "The Financial Conduct Authority said ..."; and "She now
    employs seven people" counted no staff, so "How many staff does the bakery have?" was "not
    found" on the right sentence."""
    from qa_bot.reading import WORKFORCE_COUNTED

    assert answer_type("Which regulator is looking into the outage?") == "organisation"
    assert WORKFORCE_COUNTED.search("It employs about 1,250 people in the UK.")
    assert WORKFORCE_COUNTED.search("The hospital has a workforce of 300.")
    assert not WORKFORCE_COUNTED.search("The employer said 300 people applied.")
    bot = story_batch("stories_seventyninth")
    regulator = bot.ask("Which regulator is looking into the outage?")
    assert "Financial Conduct Authority" in regulator.hits[0].sentence, regulator
    staff = bot.ask("How many staff does the bakery have?")
    assert staff.found and "employs seven people" in staff.hits[0].sentence, staff


def test_a_place_by_what_it_is_may_be_any_one_of_its_kind():
    """Found by the seventy-ninth blind batch: "flour from a mill eight miles away" named no place,
    so "Where does the flour come from?" was "not found" on the right sentence."""
    assert matches_answer_type("place", "Okonjo uses flour from a mill eight miles away.")
    assert matches_answer_type("place", "She opened the bakery in a converted garage in 2019.")
    assert not matches_answer_type("place", "He went to a party and read a statement.")
    answer = story_batch("stories_seventyninth").ask("Where does the flour come from?")
    assert answer.found and "from a mill" in answer.hits[0].sentence, answer


def test_a_sum_asked_by_its_noun_is_money():
    """Found by the seventy-ninth blind batch: "What prize money did the bakery win?" (the story
    gives none) asked no kind, so the lead's "has won the top prize" was found at 0.82."""
    assert answer_type("What prize money did the bakery win?") == "money"
    assert answer_type("What compensation will customers get?") == "money"
    assert answer_type("What pay rise has the operator offered?") != "money"  # a percentage, as often
    assert not story_batch("stories_seventyninth").ask("What prize money did the bakery win?").found


def test_a_warning_until_noon_lasts_and_how_quickly_asks_how_long():
    """Found by the eightieth blind batch: "running from 6pm on Thursday until noon on Friday" gave
    no duration and "How quickly does it fold?" asked no kind, so both right sentences were
    withheld at the top."""
    assert matches_answer_type("duration", "An amber warning runs from 6pm on Thursday until noon on Friday.")
    assert answer_type("How quickly does it fold?") == "duration"
    bot = story_batch("stories_eightieth")
    warning = bot.ask("How long did the warning last?")
    assert warning.found and "until noon on Friday" in warning.hits[0].sentence, warning


def test_a_running_club_is_a_body():
    """Found by the eightieth blind batch: "who trains with Eastport Harriers" named no body, so
    "Which club does Fairley run for?" was "unsure" of the right sentence."""
    assert matches_answer_type("organisation", "said Fairley, who trains with Eastport Harriers.")
    assert not matches_answer_type("organisation", "said Fairley, who trains with his brother.")
    answer = story_batch("stories_eightieth").ask("Which club does Fairley run for?")
    assert answer.found and "Eastport Harriers" in answer.hits[0].sentence, answer


def test_who_is_the_role_is_not_found_in_a_sentence_that_names_no_one():
    """Found by the eightieth blind batch: "Who was the previous youngest winner?" (the story never
    names him) was found at 0.92 in "The previous youngest winner was 14 when he took the title in
    1987.", which says who only as "he"; someone named by age alone still answers."""
    from qa_bot.backend import SentenceRow
    from qa_bot.reading import names_no_one_at_all

    def row(text: str) -> SentenceRow:
        return SentenceRow(0, 0, 1, 0, len(text), text, None)

    question = "Who was the previous youngest winner?"
    assert names_no_one_at_all(question, row("The previous youngest winner was 14 when he took the title."))
    assert not names_no_one_at_all(question, row("The previous youngest winner was Neil Carter."))
    by_age = row("The first patient, a seven-year-old boy, was treated.")
    assert not names_no_one_at_all("Who was the first patient?", by_age)
    assert not story_batch("stories_eightieth").ask(question).found


def test_a_job_given_with_an_age_on_naming_someone_again_is_an_occupation():
    """Found by the eightieth blind batch: "The 27-year-old physiotherapist only took up running
    five years ago." gave no job (only "a physiotherapist" did), so "What does Tom Fairley do for
    a living?" had it fourth, behind his quote. (It is now second, the quote still first.)"""
    assert matches_answer_type("occupation", "The 27-year-old physiotherapist only took up running.")
    assert not matches_answer_type("occupation", "The 27-year-old from Leeds only took up running.")
    answer = story_batch("stories_eightieth").ask("What does Tom Fairley do for a living?", k=2)
    assert any("physiotherapist" in hit.sentence for hit in answer.hits), answer


def test_how_long_was_the_labour_asks_a_duration():
    """Found by the eighty-first blind batch: "How long was the labour?" asked a length, so a
    calf's height ("about 1.8 metres tall") came before "a labour of around two hours"."""
    assert answer_type("How long was the labour?") == "duration"
    assert answer_type("How long did the study last?") == "duration"
    assert answer_type("How long is the bridge?") == "length"
    answer = story_batch("stories_eightyfirst").ask("How long was the labour?")
    assert answer.found and "a labour of around two hours" in answer.hits[0].sentence, answer


def test_an_amount_asked_may_be_given_as_time_or_named_in_other_words():
    """Found by the eighty-first blind batch: "cut a night's sleep by around 45 minutes" gave no
    amount of sleep, and "a £30 payment" no compensation, so both right sentences were "not
    found" at the top; "14,000 containers" is still no amount of fuel."""
    bot = story_batch("stories_eightyfirst")
    sleep = bot.ask("How much sleep does late coffee cost?")
    assert sleep.found and "around 45 minutes" in sleep.hits[0].sentence, sleep
    paid = bot.ask("How much compensation will customers get?")
    assert paid.found and "£30 payment" in paid.hits[0].sentence, paid
    assert not bot.ask("How much profit did Harrowfield make last year?").found


def test_the_name_of_whom_a_lead_introduced_is_found():
    """Found by the eighty-first blind batch: "What is the landlord's name?" was only "unsure" of
    "Peter Hollis, 61, ... admitted 11 offences ..." after "A landlord who let tenants live in
    flats ...": the sentence holds neither "landlord" nor "name". A judge who then speaks is still
    no name of a widow the lead introduced."""
    answer = story_batch("stories_eightyfirst").ask("What is the landlord's name?")
    assert answer.found and answer.hits[0].sentence.startswith("Peter Hollis, 61"), answer
    assert not story_batch("stories_twentythird").ask("What is the name of the widow?").found


def test_how_much_must_someone_pay_asks_a_sum_and_a_cut_asks_a_change():
    """Found by the eighty-first blind batch: "How much must Hollis pay in costs?" asked a plain
    number, and "How much could ... cut costs?" asks by how much, as often "by half"."""
    assert answer_type("How much must Hollis pay in costs?") == "money"
    assert answer_type("How much could the hoard be worth?") == "money"
    assert answer_type("How much could the battery cut storage costs?") == "number"


def test_a_share_counts_nothing_and_an_ordinal_in_a_row_counts():
    """Found by the eighty-first blind batch: "How many people took part in the study?" had "Two
    thirds of those taking part ..." first, a share read as a count; "214 adults" is now above it.
    "the fourth meeting in a row" counts the meetings."""
    assert not matches_answer_type("count", "Two thirds of those taking part said coffee never kept them awake.")
    assert not matches_answer_type("count", "Revenue rose by an average of 1.4% during the trial.")
    assert matches_answer_type("count", "Researchers followed 214 adults for four weeks.")
    assert matches_answer_type("count", "It held the rate on Wednesday, the fourth meeting in a row.")
    assert not matches_answer_type("count", "She finished in fourth place.")
    answer = story_batch("stories_eightyfirst").ask("How many people took part in the study?", k=3)
    ranks = [i for i, hit in enumerate(answer.hits) if "214 adults" in hit.sentence]
    shares = [i for i, hit in enumerate(answer.hits) if "Two thirds" in hit.sentence]
    assert ranks and (not shares or ranks[0] < shares[0]), answer


def test_a_law_asked_is_a_law_named():
    """Found by the eighty-first blind batch: "Under which law was he prosecuted?" asked no kind
    and shares no word with "... admitted 11 offences under the Housing Act ...", which was second
    and "not found"."""
    assert answer_type("Under which law was he prosecuted?") == "law"
    assert answer_type("What acts of kindness were seen?") != "law"
    assert matches_answer_type("law", "He was charged under the Data Protection Act 2018.")
    assert not matches_answer_type("law", "He said he had never broken the law.")
    answer = story_batch("stories_eightyfirst").ask("Under which law was he prosecuted?")
    assert answer.found and "under the Housing Act" in answer.hits[0].sentence, answer


def test_this_follows_gives_a_cause():
    """Found by the eighty-first blind batch: "This follows routine tests which found bacteria
    ..." gave no reason, so "Why was the boil water notice issued?" had it eighth."""
    assert matches_answer_type("reason", "This follows routine tests which found bacteria in a reservoir.")
    assert matches_answer_type("reason", "The decision comes after months of complaints.")
    assert not matches_answer_type("reason", "The researchers followed 214 adults for four weeks.")
    answer = story_batch("stories_eightyfirst").ask("Why was the boil water notice issued?", k=2)
    assert any("found bacteria" in hit.sentence for hit in answer.hits), answer


def test_a_things_history_gives_its_age_but_no_persons():
    """Found by the eighty-second blind batch: "How old is the festival?" had a candidate's age
    ("a 34-year-old primary school teacher") before "the festival's 15-year history"; the
    orchestra's "126-year history" is still no age of its new conductor."""
    assert matches_answer_type("age", "It is the first time in the festival's 15-year history that it was cancelled.")
    from qa_bot.ranking import gives_ages_of_others_only

    assert gives_ages_of_others_only("How old is Aino Lahti?",
                                     "It appointed Aino Lahti, the first woman in its 126-year history.")
    answer = story_batch("stories_eightysecond").ask("How old is the festival?")
    assert answer.found and "15-year history" in answer.hits[0].sentence, answer


def test_the_next_occasion_is_not_the_last_one():
    """Found by the eighty-second blind batch: "When is the next full council election?" (the
    story never says) was found at 0.85 in "... down from 44% at the last full council elections
    in 2023."."""
    from qa_bot.reading import asks_other_occasion

    assert asks_other_occasion("When is the next full council election?", "at the last full council elections in 2023")
    assert not asks_other_occasion("When is the next full council election?", "The next elections are in 2027.")
    assert asks_other_occasion("What happened last year?", "Prices will rise next year.")
    assert not story_batch("stories_eightysecond").ask("When is the next full council election?").found


def test_a_body_said_to_be_based_somewhere_is_a_body_but_not_one_the_question_names():
    """Found by the eighty-second blind batch: "Nestwell, which is based in Leeds, said ..." named
    no body, so "Which company makes the seats?" had "The seats were sold at major retailers"
    first. "Who fined Chatterly?" is still not answered by "Chatterly, which is based in Dublin"."""
    assert matches_answer_type("organisation", "Nestwell, which is based in Leeds, said the fault affects its seat.")
    assert matches_answer_type("organisation", "Leeds-based Nestwell said the fault was found in tests.")
    assert not matches_answer_type("organisation", "She was London-based for years.")
    answer = story_batch("stories_eightysecond").ask("Which company makes the seats?")
    assert answer.found and answer.hits[0].sentence.startswith("Nestwell, which is based in Leeds"), answer
    fined = story_batch("stories_thirtyfirst").ask("Who fined Chatterly?")
    assert "Data Protection Commission" in fined.hits[0].sentence, fined


def test_a_sum_asked_of_the_things_owner_is_a_sum():
    """Found by the eighty-second blind batch: "What was the university's income?" asked no kind
    (only "What was Fjordtech's market value?" did, a possessive without "the")."""
    assert answer_type("What was the university's income?") == "money"
    assert answer_type("What was the company's revenue?") == "money"


def test_a_body_described_again_is_read_with_the_name_given_before():
    """Found by the eighty-third blind batch: "It noticed unusual activity on 15 October" follows
    "The company said ..." after "The budget gym chain PulseFit has told ...", and was read with
    no company at all, fifth for "When did PulseFit notice the attack?". A body named there and
    then ("The developer, Greenacre Homes, says ...") is no reference back."""
    answer = story_batch("stories_eightythird").ask("When did PulseFit notice the attack?", k=2)
    assert any("noticed unusual activity" in hit.sentence for hit in answer.hits), answer
    assert not story_batch("stories_fortyfirst").ask("How many homes did Greenacre build last year?").found


def test_what_caused_asks_a_reason_and_days_of_rain_give_one():
    """Found by the eighty-third blind batch: "What caused the landslip?" asked no kind, and
    "... slid onto the tracks after two days of heavy rain" was fifth."""
    assert answer_type("What caused the landslip?") == "reason"
    assert answer_type("What led to the closure?") == "reason"
    assert matches_answer_type("reason", "The road collapsed after two days of heavy rain.")
    assert matches_answer_type("reason", "The landslide happened on Saturday night after a week of heavy rain.")
    assert not matches_answer_type("reason", "He was released after two days.")
    answer = story_batch("stories_eightythird").ask("What caused the landslip?")
    assert "heavy rain" in answer.hits[0].sentence, answer


def test_a_score_asked_with_several_words_before_it_is_a_score():
    """Found by the eighty-third blind batch: "What was the penalty shoot-out score?" asked no
    kind: one word before "score" was all the pattern allowed."""
    assert answer_type("What was the penalty shoot-out score?") == "score"
    assert answer_type("What was the final score?") == "score"


def test_a_word_a_name_borrows_is_not_the_questions_word():
    """Found by the eighty-third blind batch: "What information was stolen?" was answered by
    "... reported the attack to the Information Commissioner's Office", whose name holds the word
    and nothing of what was stolen. A title is read as a reader reads it: "District Judge Amrita
    Sandhu" still answers "Who was the judge?"."""
    stolen = story_batch("stories_fortyninth").ask("What information was stolen?")
    assert "Information Commissioner" not in stolen.hits[0].sentence, stolen
    assert "email addresses" in stolen.hits[0].sentence, stolen
    judge = story_batch("stories_fifteenth").ask("Who was the judge?")
    assert judge.found and "District Judge Amrita Sandhu" in judge.hits[0].sentence, judge


def test_whoever_did_a_deed_may_be_called_by_it():
    """Found by the eighty-third blind batch: "The applicant, Northwind Energy Ltd, ..." held
    nothing of "Who applied to build the wind farm?". A doer's noun tells the deed: "Director
    Oliver Trent" answers "Who directed the production?", once last behind a sentence on the
    production's age limit."""
    from qa_bot.reading import calls_doer_by_deed, forms_of_deed_asked

    applied = forms_of_deed_asked("Who applied to build the wind farm?")
    assert calls_doer_by_deed(applied, "The applicant, Northwind Energy Ltd, proposed turbines.")
    assert not calls_doer_by_deed(applied, "The council received 612 letters about the application.")
    assert calls_doer_by_deed(forms_of_deed_asked("Who built the bridge?"), "The builder, Kerr & Bell, said so.")
    answer = story_batch("stories_fortysixth").ask("Who directed the production?")
    assert "Director Oliver Trent" in answer.hits[0].sentence, answer


def test_which_detective_asks_a_person():
    """Found by the eighty-fourth blind batch: "Which detective is leading the case?" asked no
    kind, and "Detective Inspector Rachel Gunn of Essex Police said ..." was first but unsure."""
    assert answer_type("Which detective is leading the case?") == "person"
    assert answer_type("Which doctor treated him?") == "person"
    answer = story_batch("stories_eightyfourth").ask("Which detective is leading the case?")
    assert answer.found and "Rachel Gunn" in answer.hits[0].sentence, answer


def test_a_letters_you_is_whom_it_greets():
    """Found by the eighty-fourth blind batch: in a letter that opens "Dear customer,", "You can
    apply online or by calling 0800 123 4567." lacked "customers" and was only unsure for "What
    number should customers call?"."""
    answer = story_batch("stories_eightyfourth").ask("What number should customers call?")
    assert answer.found and "0800 123 4567" in answer.hits[0].sentence, answer


def test_a_lead_that_shares_no_word_with_the_question_has_no_lead_prior():
    """Found by the eighty-fourth blind batch: asked of five stories at once, "Where will they
    travel?" was answered by the lottery story's lead ("A retired couple from Cumbria have won
    ..."), which says nothing of travel, before "They also plan a trip to New Zealand". A lead
    holding the narrow kind asked keeps its prior ("City 3-2 United" for the final score)."""
    travel = story_batch("stories_eightyfourth").ask("Where will they travel?")
    assert "trip to New Zealand" in travel.hits[0].sentence, travel
    power = story_batch("stories_twentyfirst").ask("When will power be restored?")
    assert "reconnect most homes" in power.hits[0].sentence, power
    score = story_batch("stories_fiftyfourth").ask("What was the final score?")
    assert score.hits[0].sentence.startswith("City 3-2 United"), score


def test_a_letters_sign_off_is_who_wrote_it():
    """Found by the eighty-sixth blind batch: "Who signed the letter?" of a PDF letter ending
    "Yours faithfully, / Sunita Dhillon / Director of Housing" answered "... a petition signed by
    6,500 people" from another story; the name under the sign-off shares no word with it."""
    signed = story_batch("stories_eightysixth").ask("Who signed the letter?")
    assert signed.found and signed.hits[0].sentence.startswith("Sunita Dhillon"), signed
    wrote = story_batch("stories_seventyeighth").ask("Who wrote the letter?")
    assert wrote.found and wrote.hits[0].sentence.startswith("Andrew Pike"), wrote


def test_which_one_asks_for_one_named():
    """Found by the eighty-sixth blind batch: "Which council ...?" was answered by the lead's "a
    council decision" and "Which company ...?" by "The company, which is based in Leeds, ...",
    neither of which says which; a sentence naming one goes first. "The union Unite said" names
    one (the seventieth batch)."""
    batch = story_batch("stories_eightysixth")
    council = batch.ask("Which council tried to cut the pub's hours?")
    assert "Mendip Vale District Council" in council.hits[0].sentence, council
    company = batch.ask("Which company was hit by a cyber attack?")
    assert "PawPantry" in company.hits[0].sentence, company
    union = story_batch("stories_seventieth").ask("Which union represents the drivers?")
    assert "The union Unite" in union.hits[0].sentence, union


def test_people_counted_in_words_and_durations_in_seasons_and_teens():
    """Found by the eighty-sixth blind batch: "complaints about noise from two neighbours" named no
    one for "Who complained about the noise?" (nor did "complained" find "complaints"), "took her
    two winters" and "eighteen months after" gave no duration."""
    assert matches_answer_type("person", "The pub was told to close after complaints from two neighbours.")
    assert matches_answer_type("duration", "The telescope took her two winters to complete.")
    assert matches_answer_type("duration", "The library reopened eighteen months after the flood.")
    assert not matches_answer_type("duration", "A winter storm closed the road.")
    noise = story_batch("stories_eightysixth").ask("Who complained about the noise?")
    assert noise.found and "two neighbours" in noise.hits[0].sentence, noise
    closed = story_batch("stories_fiftysecond").ask("How long was Ashby Library closed?")
    assert closed.found and "eighteen months after" in closed.hits[0].sentence, closed


def test_a_count_of_what_someone_did_needs_the_deed():
    """Found by the eighty-sixth blind batch: "How many customers has PawPantry lost since the
    attack?" was found in "... exposed the personal details of up to 310,000 customers", which
    counts customers but says none were lost."""
    from qa_bot.ranking import asked_count_done

    assert asked_count_done("How many customers has PawPantry lost since the attack?") == "lost"
    assert asked_count_done("How many jobs has the firm cut?") == "cut"
    assert asked_count_done("How many nurses left the trust this year?") == "left"  # an irregular past
    lost = story_batch("stories_eightysixth").ask("How many customers has PawPantry lost since the attack?")
    assert not lost.found, lost


def test_a_notice_signed_by_name_over_a_post_names_who_signed_it():
    """Found by the eighty-seventh blind batch: a recall notice ending "... for their help." /
    "Jonathan Reeve" / "Managing Director", with no "Yours faithfully," above the name, had no
    sign-off, so "Who signed the recall notice?" was answered by its lead. A heading or a post
    alone is no signature."""
    from qa_bot.ranking import signs_by_name

    assert signs_by_name("Jonathan Reeve\n\nManaging Director")
    assert signs_by_name("Dr Anna Price\nChief Executive")
    assert not signs_by_name("Jonathan Reeve")  # no post under it: as likely a caption
    assert not signs_by_name("Managing Director\nSales Director")
    assert not signs_by_name("Further Information")
    signed = story_batch("stories_eightyseventh").ask("Who signed the recall notice?")
    assert signed.found and signed.hits[0].sentence.startswith("Jonathan Reeve"), signed


def test_a_things_name_given_after_the_lead_that_introduced_it_answers_its_name():
    """Found by the eighty-sixth and eighty-seventh blind batches: "What is the name of the
    pub / the ferry?" was answered by the lead ("A village pub in Somerset ...", "... on board a
    ferry off the Isle of Carrow"), which introduces it unnamed; the next sentence names it ("The
    Plough Inn at Westcombe had been told ...", "The MV Island Spirit had left ...") and holds no
    word of the question."""
    from qa_bot.ranking import names_next_what_lead_introduced

    assert names_next_what_lead_introduced("ferry", "Passengers were stuck on a ferry off Carrow.",
                                           "The MV Island Spirit had left the port at 6pm.")
    # a name given in the lead already, a body's name or a person's is not it
    assert not names_next_what_lead_introduced("ferry", "Passengers were stuck on the ferry Santa Lucia.",
                                               "The MV Island Spirit had left the port at 6pm.")
    assert not names_next_what_lead_introduced("ferry", "Passengers were stuck on a ferry off Carrow.",
                                               "The Western Isles Company said it was sorry.")
    assert not names_next_what_lead_introduced("ferry", "Passengers were stuck on a ferry off Carrow.",
                                               "Moira Galloway had left the port at 6pm.")
    ferry = story_batch("stories_eightyseventh").ask("What is the name of the ferry?")
    assert ferry.found and ferry.hits[0].sentence.startswith("The MV Island Spirit"), ferry
    pub = story_batch("stories_eightysixth").ask("What is the name of the pub?")
    assert pub.hits[0].sentence.startswith("The Plough Inn at Westcombe"), pub


def test_which_things_asks_for_them_named_not_counted():
    """Found by the eighty-seventh blind batch: "Which libraries are proposed for closure?" was
    answered by "... proposed closing seven of its 23 branch libraries", which only counts them;
    the Markdown list under "The branches proposed for closure are:" names them, read as one
    sentence with it. "Two routes, the N1 ... and the N7 ..." names what it counts."""
    from qa_bot.reading import counts_without_naming

    assert counts_without_naming("Which libraries will close?", "The council will close seven of its libraries.")
    assert not counts_without_naming("Which routes will run?", "Two routes, the N1 and the N7, will run.")
    libraries = story_batch("stories_eightyseventh").ask("Which libraries are proposed for closure?")
    best = libraries.hits[0].sentence
    assert libraries.found and best.startswith("The branches proposed for closure are:"), libraries
    assert "Ashby Cross" in best and "Whitley Bridge" in best, best
    volunteers = story_batch("stories_fiftyeighth").ask("Which libraries will be run by volunteers?")
    assert "Marsh End, Pinfold and Great Ashby" in volunteers.hits[0].sentence, volunteers


def test_whoever_took_on_a_job_or_prosecuted_is_its_doer():
    """Found by the eighty-seventh blind batch: "Who runs the chess club?" was answered by the
    head teacher (a head runs things, but not this), over "a parent, Tomasz Nowak, offered to run
    it"; "Who prosecuted the case?" by an inspector who spoke after the hearing, over
    "Prosecuting for the HSE, Nadia Qureshi said ..."."""
    from qa_bot.ranking import names_doer_of

    assert names_doer_of("runs", "The club began when a parent, Tomasz Nowak, offered to run it.")
    assert names_doer_of("coaches", "A former player, Ann Lee, who agreed to coach the side, said so.")
    assert not names_doer_of("runs", "A parent, Tomasz Nowak, offered to help.")
    batch = story_batch("stories_eightyseventh")
    runs = batch.ask("Who runs the chess club?")
    assert runs.found and "Tomasz Nowak" in runs.hits[0].sentence, runs
    prosecuted = batch.ask("Who prosecuted the case?")
    assert "Nadia Qureshi" in prosecuted.hits[0].sentence, prosecuted


def test_last_years_winner_is_not_found_in_this_years():
    """Found by the eighty-seventh blind batch: "Who won the under-11 title last year?" was found
    in the story of this year's win, which says of no other year; such a best answer is shown as
    likely at most."""
    last_year = story_batch("stories_eightyseventh").ask("Who won the under-11 title last year?")
    assert not last_year.found, last_year


def test_a_notice_signed_under_a_signed_line_names_who_signed_it():
    """Found by the eighty-eighth blind batch: a planning decision notice in a PDF ending "Signed"
    / "Karen Mistry" / "Head of Planning" had no signature sentence ("Signed" above the name hid
    it) and "Head" was no post, so "Who signed the notice?" found the right of appeal."""
    from qa_bot.ranking import signs_by_name
    from qa_bot.segment import split_sentences

    notice = "The application was refused.\n\nSigned\n\nKaren Mistry\nHead of Planning\n"
    assert [s.text for s in split_sentences(notice)] == ["The application was refused.",
                                                         "Karen Mistry\nHead of Planning"]
    assert signs_by_name("Karen Mistry\nHead of Planning")
    signed = story_batch("stories_eightyeighth").ask("Who signed the notice?")
    assert signed.found and signed.hits[0].sentence.startswith("Karen Mistry"), signed


def test_a_deed_the_lead_tells_of_another_unnamed_is_not_the_introduced_ones():
    """Found by the eighty-eighth blind batch: "Who found the ring?" of "A farmer who lost her
    wedding ring ... after a metal detectorist found it" lent the lead's signals to the next
    sentence, which names the farmer; the detectorist is named later ("The ring was found last
    month by Stephen Carr"), a time between the deed and "by"."""
    from qa_bot.reading import deed_of_another_unnamed

    lead = "A farmer who lost her ring in 1994 has it back after a metal detectorist found it in a field."
    assert deed_of_another_unnamed("Who found the ring?", lead)
    assert not deed_of_another_unnamed("Who lost the ring?", lead)
    found = story_batch("stories_eightyeighth").ask("Who found the ring?")
    assert found.found and "Stephen Carr" in found.hits[0].sentence, found


def test_a_fact_labelled_with_what_is_asked_answers_it():
    """Found by the eighty-eighth blind batch: a planning notice's "Applicant: Redhill Homes Ltd"
    and "Site: Land east of Mill Lane, Fordingham" stood seventh and third for "Who applied for
    planning permission?" and "Where is the site?", under prose that only mentions the applicant
    and the site. (The sixty-sixth's "Founders: Dr Isla Grant and Dr Tomasz Wrobel" came with them.)"""
    batch = story_batch("stories_eightyeighth")
    applied = batch.ask("Who applied for planning permission?")
    assert applied.found and applied.hits[0].sentence == "Applicant: Redhill Homes Ltd", applied
    site = batch.ask("Where is the site?")
    assert site.hits[0].sentence == "Site: Land east of Mill Lane, Fordingham", site
    founded = story_batch("stories_sixtysixth").ask("Who founded Voltaic Cells?")
    assert founded.hits[0].sentence.startswith("Founders: Dr Isla Grant"), founded


def test_who_of_someone_is_not_found_in_their_own_words_alone():
    """Found by the eighty-eighth blind batch: "Who will replace Gary Fenwick?" was found in his
    own quote ("... we have not been able to replace them"), which names no one else; "Has Redhill
    Homes appealed?" in "Applicant: Redhill Homes Ltd", which tells no appeal. Both are likely
    answers at most. "Who is Gareth Lowe?" may be answered by his own words."""
    batch = story_batch("stories_eightyeighth")
    replace = batch.ask("Who will replace Gary Fenwick?")
    assert not replace.found, replace
    appealed = batch.ask("Has Redhill Homes appealed?")
    assert not appealed.found, appealed
    lowe = story_batch("stories_fortythird").ask("Who is Gareth Lowe?")
    assert lowe.found, lowe


def test_a_notice_signed_under_a_long_name_has_its_sign_off_asked():
    """Found by the eighty-ninth blind batch: "Who signed the boil water notice?" and "Who issued
    the boil water notice?" were no questions of the writer (two words between "the" and
    "notice"), so the signature "Dr Alan Whitcombe / Director of Water Quality / Southvale Water"
    stood second or below, under "customers ... must boil their tap water"."""
    batch = story_batch("stories_eightyninth")
    for question in ("Who signed the boil water notice?", "Who issued the boil water notice?"):
        signed = batch.ask(question)
        assert signed.hits[0].sentence.startswith("Dr Alan Whitcombe"), signed


def test_a_union_or_a_company_named_by_its_trade_is_an_organisation():
    """Found by the eighty-ninth blind batch: "the Unite union" and "Greenline Buses" named no
    body, so "Which union represents the drivers?" and "Which company employs the drivers?" took
    "... the union wants 8%" and "The company has offered ...", which name neither."""
    from qa_bot.ranking import matches_answer_type

    assert matches_answer_type("organisation", "Drivers will walk out, the Unite union has said.")
    assert matches_answer_type("organisation", "Fines were paid by Southvale Water.")
    assert not matches_answer_type("organisation", "The union wants 8% and the water is safe.")
    batch = story_batch("stories_eightyninth")
    union = batch.ask("Which union represents the drivers?")
    assert "the Unite union" in union.hits[0].sentence, union
    company = batch.ask("Which company employs the drivers?")
    assert "Greenline Buses" in company.hits[0].sentence, company


def test_words_of_someones_coach_are_not_the_start_of_their_own_quote():
    """Found by the eighty-ninth blind batch: "What did Kiptoo's coach tell him?" read as Kiptoo's
    words, so the start of his quote ('"I did not know I could run this fast," Kiptoo said.')
    went before its next sentence, which tells what the coach said."""
    told = story_batch("stories_eightyninth").ask("What did Kiptoo's coach tell him?")
    assert told.hits[0].sentence.startswith('"My coach told me to wait'), told
    # His own words still start where he is named.
    said = story_batch("stories_eightyninth").ask("What did Kiptoo say?")
    assert said.hits[0].sentence.startswith('"I did not know'), said


def test_which_ones_a_sentence_points_back_to_are_named_above_it():
    """Found by the eighty-ninth blind batch: "Which areas are affected by the boil water
    notice?" took "customers in the areas above must boil their tap water", which names none; the
    areas are in the line it points back to."""
    from qa_bot.ranking import refers_above

    assert refers_above("areas", "Customers in the areas above must boil their water.")
    assert refers_above("product", "Do not use the products listed above.")
    assert not refers_above("areas", "The areas on the coast above the town flooded.")
    areas = story_batch("stories_eightyninth").ask("Which areas are affected by the boil water notice?")
    assert areas.hits[0].sentence.startswith("To: All customers in the Fernbridge, Oakley Green"), areas


def test_what_kind_of_thing_is_not_found_where_the_thing_is_met_bare():
    """Found by the eighty-ninth blind batch: "What type of bacteria was found?" was found in "we
    have found bacteria in the water", which says of no type; a kind told before or after the
    thing ("an amber warning", "the car was a hatchback") still answers."""
    from qa_bot.reading import lacks_kind_asked

    assert lacks_kind_asked("What type of bacteria was found?", "Tests have found bacteria in the water.")
    assert lacks_kind_asked("What kind of telescope does she use?", "She found it using a telescope.")
    assert not lacks_kind_asked("What kind of warning has been issued?", "Forecasters issued an amber warning.")
    assert not lacks_kind_asked("What kind of car was it?", "Police said the car was a dark hatchback.")
    assert not lacks_kind_asked("What type of aircraft was it?", "Aircraft: Airbus A320")
    bacteria = story_batch("stories_eightyninth").ask("What type of bacteria was found?")
    assert not bacteria.found, bacteria
    warning = story_batch("stories_eightysecond").ask("What kind of warning has been issued?")
    assert warning.found, warning


def test_a_body_named_by_its_department_or_its_posts_is_an_organisation():
    """Found by the ninetieth blind batch: "the Department for Education has announced" named no
    body ("of" only), so "Who announced the fee rise?" took the sentence after the lead; and
    "Nuvola's founder and chief executive" did not make Nuvola a body, so "The company, which is
    based in Manchester ..." after it was not read as Nuvola for "Where is Nuvola based?"."""
    from qa_bot.ranking import matches_answer_type

    assert matches_answer_type("organisation", "The Office for National Statistics said prices rose.")
    assert matches_answer_type("organisation", "Acme's chief executive, Jo Bell, said sales fell.")
    assert not matches_answer_type("organisation", "Kiptoo's coach told him to wait.")
    batch = story_batch("stories_ninetieth")
    announced = batch.ask("Who announced the fee rise?")
    assert "the Department for Education has announced" in announced.hits[0].sentence, announced
    based = batch.ask("Where is Nuvola based?")
    assert based.found and "based in Manchester" in based.hits[0].sentence, based


def test_how_many_takes_a_close_sentence_that_counts_the_thing_asked():
    """Found by the ninetieth blind batch: "How many people does Nuvola employ?" and "How many
    phones did Nuvola sell last year?" took the chief executive's quote ("Most phones are thrown
    away after three years ... many people"), which counts neither, over "The company ...
    employs 120 people, sold 180,000 phones last year" just below it."""
    batch = story_batch("stories_ninetieth")
    for question, figure in (("How many people does Nuvola employ?", "employs 120 people"),
                             ("How many phones did Nuvola sell last year?", "sold 180,000 phones")):
        answer = batch.ask(question)
        assert figure in answer.hits[0].sentence, answer


def test_who_said_what_when_two_people_share_a_surname():
    """Found by the ninety-first blind batch: "What did Arjun's grandfather say?" was asked as
    "What did Mehta say?", and Arjun Mehta's own quote answered it over his grandfather Ramesh's."""
    answer = story_batch("stories_ninetyfirst").ask("What did Arjun's grandfather say?")
    assert answer.hits[0].sentence.startswith('"He beat me within a month'), answer


def test_an_age_in_words_at_a_deed_answers_how_old_then_not_now():
    """Found by the ninety-first blind batch: "at the age of five" was no age, so "How old was
    Arjun when he learned to play chess?" took the lead's "A 14-year-old"; and an age then is not
    the age now asked by "How old is Isla Ferguson?"."""
    then = story_batch("stories_ninetyfirst").ask("How old was Arjun when he learned to play chess?")
    assert "at the age of five" in then.hits[0].sentence and then.found, then
    now = story_batch("stories_sixtyfirst").ask("How old is Isla Ferguson?")
    assert "at the age of six" not in now.hits[0].sentence, now


def test_whether_anyone_was_hurt_is_read_down_the_story_asked_about():
    """"No one has been injured." shares no word with "Has anyone been hurt by the kettle?" and
    ranked below other stories' sentences, beyond the reach of the deed's reorder."""
    answer = story_batch("stories_ninetyfirst").ask("Has anyone been hurt by the kettle?")
    assert answer.hits[0].sentence == "No one has been injured.", answer


def test_where_someone_is_from_is_told_by_the_lead_that_introduced_them():
    """Found by the ninety-first blind batch: "Where is Arjun Mehta from?" took "He says his dream
    is ..." over the lead, "A 14-year-old from Leeds has become ...", which the next sentence names."""
    answer = story_batch("stories_ninetyfirst").ask("Where is Arjun Mehta from?")
    assert "from Leeds" in answer.hits[0].sentence, answer


def test_which_river_is_answered_by_the_rivers_name_and_who_by_a_clause_after_the_doer():
    """"Which river was polluted?": "the River Arle" holds "river" as the answer's own name, not
    as a name borrowing the word. "Who brought the case ...?": "The Environment Agency, which
    brought the case, said ..." tells the doer, though the lead names the company."""
    batch = story_batch("stories_ninetyfirst")
    river = batch.ask("Which river was polluted?")
    assert "River Arle" in river.hits[0].sentence and river.found, river
    case = batch.ask("Who brought the case against Southern Vale Water?")
    assert case.hits[0].sentence.startswith("The Environment Agency, which brought the case"), case


def test_a_figure_counting_something_involving_the_thing_asked_does_not_count_it():
    """"How many cyclists use Harbour Road each day?" was found in "37 crashes involving cyclists"."""
    answer = story_batch("stories_ninetyfirst").ask("How many cyclists use Harbour Road each day?")
    assert not answer.found, answer


def test_which_kind_takes_a_close_sentence_naming_one_of_it():
    """Found by the ninety-second blind batch: "Which garden were the orchids stolen from?" took
    the lead's "... from a botanic garden" over "... at Windermere Botanic Garden" below it; a
    name the kind only qualifies ("Network Rail" for "Which rail line is closed?") names none."""
    answer = story_batch("stories_ninetysecond").ask("Which garden were the orchids stolen from?")
    assert "Windermere Botanic Garden" in answer.hits[0].sentence, answer
    line = story_batch("stories_eightythird").ask("Which rail line is closed?")
    assert not line.hits[0].sentence.startswith("Network Rail"), line


def test_a_lead_introducing_a_body_unnamed_answers_where_it_is_based():
    """"A software company in Bristol has ..." then "Brightpath Systems, which employs 140 people,
    said ...": the lead shares no word with "Where is Brightpath Systems based?" and was no
    candidate at all; it now stands with the sentence naming the company."""
    answer = story_batch("stories_ninetysecond").ask("Where is Brightpath Systems based?")
    assert "software company in Bristol" in answer.hits[0].sentence, answer


def test_a_letters_sign_off_is_read_down_the_letter_asked_about():
    """"Who wrote the letter to parents?": "Mrs Karen Whitfield / Headteacher" under "Yours
    faithfully," ranked twelfth among five documents' sentences, out of the sign-off's reach."""
    answer = story_batch("stories_ninetysecond").ask("Who wrote the letter to parents?")
    assert "Karen Whitfield" in answer.hits[0].sentence, answer


def test_amber_is_a_colour_and_last_winter_is_not_this_one():
    batch = story_batch("stories_ninetysecond")
    colour = batch.ask("What colour is the warning?")
    assert "amber warning" in colour.hits[0].sentence, colour
    winter = batch.ask("How deep was the snow last winter?")
    assert not winter.found, winter


def test_the_holder_of_a_role_asked_and_what_someone_is_doing_go_first():
    """"Who founded Brightpath Systems?" took a sentence naming the company and no one over "The
    company's founder, Olivia Brennan, said ..."; "What is the traders' association considering?"
    one naming the association over "The association said it was considering a legal challenge."
    (but "What was the club's previous record signing?" asks no deed)."""
    founder = story_batch("stories_ninetysecond").ask("Who founded Brightpath Systems?")
    assert "Olivia Brennan" in founder.hits[0].sentence, founder
    considering = story_batch("stories_eightysixth").ask("What is the traders' association considering?")
    assert "considering a legal challenge" in considering.hits[0].sentence, considering
    signing = story_batch("stories_twentysecond").ask("What was the club's previous record signing?")
    assert signing.hits[0].sentence.startswith("The previous record fee"), signing


def test_a_headteacher_is_an_occupation_and_a_body_introduced_unnamed_is_which_one():
    """Found by the ninety-third blind batch: "former headteacher Brian Nuttall" gave no
    occupation, so his quote answered "What was Brian Nuttall's job?"; and "Which bakery won the
    Real Bread Awards?" took the lead's "A small bakery in Hebden Bridge has won ..." over the
    next sentence, which names it ("Crumb & Co, which was started ...")."""
    batch = story_batch("stories_ninetythird")
    job = batch.ask("What was Brian Nuttall's job?")
    assert "former headteacher" in job.hits[0].sentence, job
    bakery = batch.ask("Which bakery won the Real Bread Awards?")
    assert bakery.hits[0].sentence.startswith("Crumb & Co"), bakery


@pytest.mark.parametrize("kind, holds, lacks", [
    # found by the ninety-fourth and ninety-fifth blind batches
    ("percentage", "Adult social care now takes 41p of every pound.",
     "Bins will be emptied every three weeks instead of every fortnight."),
    ("occupation", "Mr Whitlow, a retired bookbinder, has volunteered at the shop for nine years.",
     "Mr Whitlow has volunteered at the shop for nine years."),
    ("frequency", "He has volunteered at the shop every Tuesday and Friday.", "He volunteered on Tuesday."),
    ("date", "The plant at Ellerby opened in March.",
     "The council expects to save £800,000 a year in landfill tax once the scheme is running."),
])
def test_a_share_a_trade_a_weekly_day_and_a_rate_read_as_news_gives_them(kind, holds, lacks):
    assert matches_answer_type(kind, holds) and not matches_answer_type(kind, lacks)


def test_what_a_thing_will_be_called_asks_its_name_and_a_sentence_without_one_lacks_it():
    """"What will the cafe be called?" was no name question, so "The society plans to add a cafe
    in the back room ..." was found at 0.77 confidence."""
    from qa_bot.ranking import asked_name_of, speaks_of_unnamed
    assert answer_type("What will the cafe be called?") == "name"
    assert asked_name_of("What will the cafe be called?") == "cafe"
    assert speaks_of_unnamed("cafe", "The society plans to add a cafe in the back room.")
    assert answer_type("What will the fine be used for?") != "name"
    assert not story_batch("stories_ninetyfourth").ask("What will the cafe be called?").found


def test_who_would_do_a_deed_asks_its_doer_and_which_auction_house_a_name_beside_the_kind():
    from qa_bot.reading import forms_of_deed_asked
    from qa_bot.retriever import _named_of_kind, _which_kind
    assert "paid" in forms_of_deed_asked("Who would pay for the speed limit scheme?")
    assert "won" in forms_of_deed_asked("Who has won the award?")
    assert not forms_of_deed_asked("Who will be appointed?")  # whom the deed is done to
    assert _which_kind("Which auction house sold the book?") == "house"
    assert _named_of_kind("house").search("Ms Bashir contacted the auction house Halls, which confirmed it.")
    batch = story_batch("stories_ninetyfifth")
    pay = batch.ask("Who would pay for the speed limit scheme?")
    assert "Department for Transport grant" in pay.hits[0].sentence, pay
    auction = batch.ask("Which auction house sold the book?")
    assert "the auction house Halls" in auction.hits[0].sentence, auction


def test_the_post_asked_itself_goes_first():
    """Found by the ninety-fifth blind batch: "Who manages the charity shop?" took "Its chief
    executive, Caroline Oakes" over "The shop's manager, Nadia Bashir"."""
    manager = story_batch("stories_ninetyfifth").ask("Who manages the charity shop?")
    assert manager.hits[0].sentence.startswith("The shop's manager, Nadia Bashir"), manager


def test_a_count_a_share_and_someones_words_on_a_subject_are_read_as_asked():
    """Found by the ninety-fourth blind batch, over five stories at once: "How many residents are
    affected?" took the Residents' Forum's 2,300 signatures from another story over "about 14,000
    residents"; "What share of black bin waste is food?" took "every three weeks instead of every
    fortnight" for a share; "What did Dr Venkataraman say about most meteorites?" took her
    reported words that hold no meteorite but through the story's title."""
    batch = story_batch("stories_ninetyfourth")
    residents = batch.ask("How many residents are affected?")
    assert "14,000 residents" in residents.hits[0].sentence, residents
    share = batch.ask("What share of black bin waste is food?")
    assert "about a third" in share.hits[0].sentence, share
    words = batch.ask("What did Dr Venkataraman say about most meteorites?")
    assert words.hits[0].sentence.startswith('"Most meteorites we study'), words


def test_which_councillor_is_not_found_in_a_sentence_naming_none():
    answer = story_batch("stories_ninetyfifth").ask("Which councillor proposed the speed limit scheme?")
    assert not answer.found, answer


def test_a_letters_greeting_and_an_account_number_answer_nothing_else():
    """Found by the ninety-sixth blind batch, a supplier's letter in a PDF: "Dear Mr Pearson,"
    answered "What tariff is Mr Pearson on?" and "Does Mr Pearson need to do anything?", and
    "Customer account: 4471 2093 88" was read as a telephone number."""
    assert not matches_answer_type("phone", "Customer account: 4471 2093 88")
    assert matches_answer_type("phone", "Call us free on 0800 046 2210, Monday to Friday.")
    batch = story_batch("stories_ninetysixth")
    tariff = batch.ask("What tariff is Mr Pearson on?")
    assert "Standard Variable tariff" in tariff.hits[0].sentence, tariff
    anything = batch.ask("Does Mr Pearson need to do anything?")
    assert anything.hits[0].sentence == "You do not need to do anything.", anything
    phone = batch.ask("What is Northgrid's phone number?")
    assert "0800 046 2210" in phone.hits[0].sentence, phone


def test_ages_at_a_moment_are_not_an_age_now():
    """Found by the ninety-sixth blind batch: "How old is Copper Lane?" took "... bought Copper
    Lane ... as an unraced three-year-old" over "The nine-year-old gelding ..."."""
    from qa_bot.ranking import gives_ages_at_events_only
    assert gives_ages_at_events_only("How old is Niamh Gallagher?",
                                     '"I\'ve watched this race since I was four years old," she said.')
    assert gives_ages_at_events_only("How old is Copper Lane?",
                                     "Hanlon said he had bought Copper Lane as an unraced three-year-old.")
    horse = story_batch("stories_ninetysixth").ask("How old is Copper Lane?")
    assert horse.hits[0].sentence.startswith("The nine-year-old gelding"), horse


def test_a_deed_asked_is_not_told_by_the_noun_made_of_it():
    """"Who collected the spider?" took "... was found by PhD student Lucía Fernández while she
    was cataloguing a collection ..." over "The spider was collected by ... Edith Marlow"; and
    "PhD student Lucía Fernández" gave no occupation, its accented name unread."""
    from qa_bot.reading import tells_as_deed
    assert not tells_as_deed({"collect"}, "She was cataloguing a collection of spiders.")
    assert tells_as_deed({"collect"}, "The spider was collected by Edith Marlow.")
    batch = story_batch("stories_ninetysixth")
    collected = batch.ask("Who collected the spider?")
    assert "Edith Marlow" in collected.hits[0].sentence, collected
    job = batch.ask("What is Lucía Fernández's job?")
    assert "PhD student" in job.hits[0].sentence, job
    lengths = batch.ask("How far ahead did Copper Lane finish?")
    assert "four lengths ahead" in lengths.hits[0].sentence, lengths


def test_a_label_of_what_is_asked_a_name_after_its_kind_and_a_doer_going_to():
    """Found by the ninety-seventh blind batch: "Where is the ranger job based?" took the notice's
    "JOB VACANCY: ASSISTANT RANGER (NORTH AREA)" over "Base: Hawksdale Visitor Centre"; "Which
    league are Kingsmead Rovers in?" took the lead over "... promoted to League One ..."; "Who was
    going to lead the switch-on?" was no question of a doer."""
    from qa_bot.reading import forms_of_deed_asked
    from qa_bot.retriever import _labels_some_of_what_is_asked, _named_of_kind
    assert _labels_some_of_what_is_asked("What is the salary for the assistant ranger?", "Salary: £26,400 a year")
    # ... not any label a word of the question makes: a flight's number says nothing of when it left
    assert not _labels_some_of_what_is_asked("When did the replacement flight leave?", "Flight: SK412")
    assert "led" in forms_of_deed_asked("Who was going to lead the switch-on?")
    assert _named_of_kind("league").search("The club, promoted to League One last season, says ...")
    assert _named_of_kind("platform").search("Trains will leave from Platform 4.")
    batch = story_batch("stories_ninetyseventh")
    base = batch.ask("Where is the ranger job based?")
    assert base.hits[0].sentence == "Base: Hawksdale Visitor Centre", base
    league = batch.ask("Which league are Kingsmead Rovers in?")
    assert "League One" in league.hits[0].sentence, league
    lead = batch.ask("Who was going to lead the switch-on?")
    assert "Sam Hollis" in lead.hits[0].sentence, lead


def test_one_weekend_in_three_is_how_often_and_the_new_ground_is_the_stadium_priced():
    """"The role includes working one weekend in three" gave no frequency, and "The new ground
    would cost £140 million" priced no stadium: both right answers were withheld; "a new
    22,000-seat stadium" met one unnamed, so "What will the new stadium be called?" was found."""
    assert matches_answer_type("frequency", "The role includes working one weekend in three.")
    assert not matches_answer_type("frequency", "It rained one day in May.")
    batch = story_batch("stories_ninetyseventh")
    assert batch.ask("How often will the ranger work weekends?").found
    assert batch.ask("How much will the stadium cost?").found
    assert not batch.ask("What will the new stadium be called?").found


def test_which_street_is_named_by_any_word_streets_end_in():
    """Found by the ninety-eighth blind batch: "Which street is the store on?" took the lead's
    "... a checkout-free shop in Leeds" over "The store, on Boar Lane, ..." (no "Street" in it)."""
    from qa_bot.retriever import _named_of_kind
    assert _named_of_kind("street").search("The store, on Boar Lane, is the fourth of its kind.")
    assert not _named_of_kind("street").search("Fresco has opened a shop in Leeds.")
    street = story_batch("stories_ninetyeighth").ask("Which street is the store on?")
    assert "Boar Lane" in street.hits[0].sentence, street


def test_a_labelled_line_of_what_is_asked_over_one_of_another_thing():
    """Found by the ninety-ninth blind batch (a council tax bill): "When do council tax payments
    start?" took "Council tax helpline: ... (Monday to Friday, 9am to 5pm)" over "Payment: ten
    monthly instalments ..., starting on 1 April 2027"; "What is the valuation band of the
    property?" was read as asking a sum, so "Valuation band: C" was withheld."""
    from qa_bot.retriever import _labels_only_what_is_asked, _labels_other_than_asked
    asked = "When do council tax payments start?"
    assert _labels_other_than_asked(asked, "Council tax helpline: 01296 585 110")
    assert _labels_only_what_is_asked(asked, "Payment: ten monthly instalments of £198.64")
    assert answer_type("What is the valuation band of the property?") is None
    assert answer_type("What is the valuation of the property?") == "money"
    batch = story_batch("stories_ninetyninth")
    start = batch.ask(asked)
    assert start.hits[0].sentence.startswith("Payment:"), start
    band = batch.ask("What is the valuation band of the property?")
    assert band.found and band.hits[0].sentence == "Valuation band: C", band


def test_a_list_item_is_read_with_its_heading_and_a_material_is_a_kind():
    """"How many apple trees were planted?" found "64 apple trees, ..." (a list item under "What
    has been planted") but withheld it: nothing in it said "planted". "What is the drum made of?"
    asked no kind, so the lead outscored "The drum, carved from a single piece of wood ..."."""
    assert answer_type("What is the drum made of?") == "material"
    assert matches_answer_type("material", "The drum, carved from a single piece of wood, was seized.")
    assert not matches_answer_type("material", "The drum was carved in 1874.")
    batch = story_batch("stories_ninetyninth")
    apples = batch.ask("How many apple trees were planted?")
    assert apples.found and apples.hits[0].sentence.startswith("64 apple trees"), apples
    drum = batch.ask("What is the drum made of?")
    assert "single piece of wood" in drum.hits[0].sentence, drum


def test_kin_jobs_coaches_and_prices_of_the_thing_asked():
    """"What does Arjun's father do?" asked no job; "Who coaches Arjun?" dropped "coaches" from
    the words searched (as "runs" is dropped: it has other senses), so "... is coached online by
    the international master Sarah Whitlock" stood fifth; "How much did the trees cost?" took the
    museum's "at a cost of about £18,000" over "The group paid £9,500 for the trees ..."."""
    assert answer_type("What does Arjun's father do?") == "occupation"
    assert answer_type("What does his wife do?") == "occupation"
    batch = story_batch("stories_ninetyninth")
    job = batch.ask("What does Arjun's father do?")
    assert "a pharmacist" in job.hits[0].sentence, job
    coach = batch.ask("Who coaches Arjun?")
    assert "Sarah Whitlock" in coach.hits[0].sentence, coach
    trees = batch.ask("How much did the trees cost?")
    assert "£9,500 for the trees" in trees.hits[0].sentence, trees
    # ... "makes weeding robots, has raised £12 million" names the thing, but prices no robot
    robot = story_batch("stories_eightyfirst").ask("How much does one robot cost?")
    assert "£90,000" in robot.hits[0].sentence, robot


def test_a_time_to_come_is_not_told_by_one_gone():
    """"When will the bus drivers strike?" and "How long will the strike last?" took "It is the
    first strike by the company's drivers since 2011, when they walked out for two days" over
    what is to come ("The walkouts will take place from 14 to 18 December", "... will walk out
    for five days later this month ...")."""
    batch = story_batch("stories_ninetyninth")
    when = batch.ask("When will the bus drivers strike?")
    assert "14 to 18 December" in when.hits[0].sentence, when
    long = batch.ask("How long will the strike last?")
    assert "five days later this month" in long.hits[0].sentence, long
    # ... and "since 2011" answers a question of the past
    last = batch.ask("When did the drivers last strike?")
    assert "since 2011" in last.hits[0].sentence, last


def test_a_quote_opening_in_lower_case_names_nothing():
    """'He said the blossom would be "a feast for the bees"' quotes his words: no name given."""
    assert not matches_answer_type("name", 'He said the blossom would be "a feast for the bees in April and May".')
    assert matches_answer_type("name", 'The sketch, "Storm over the Fells", sold for £4,000.')


def test_counts_where_a_notice_says_where_and_times_to_come_and_gone():
    """Found by the hundredth blind batch: a close sentence of the best's own story that counts
    the thing asked goes first though it shares fewer of the question's words ("... enough for
    about 21,000 homes" under "... the 35-year life of the wind farm"); "used" says nothing of
    what was counted ("14 engines were at the scene"); a notice's "Site:" says where; "would take
    \"decades\" to recover" is how long, and "23 minutes less in deep sleep" a difference, not how
    long a study lasted. "The company runs 62 routes" speaks of the bus company the question
    names; "$250,000 for primes" counts no primes."""
    from qa_bot.ranking import counts_by_figure
    assert not counts_by_figure("prime", "It offers $150,000 and $250,000 for primes with 100 million digits.")
    assert counts_by_figure("route", "The company runs 62 routes across Norwich.")
    routes = story_batch("stories_ninetyninth").ask("How many routes does Anglia Citybus run?")
    assert "62 routes" in routes.hits[0].sentence, routes
    batch = story_batch("stories_hundredth")
    homes = batch.ask("How many homes could the wind farm power?")
    assert "21,000 homes" in homes.hits[0].sentence, homes
    engines = batch.ask("How many fire engines were used?")
    assert engines.found and "14 engines" in engines.hits[0].sentence, engines
    site = batch.ask("Where would the wind farm be built?")
    assert site.hits[0].sentence.startswith("Site: Land at Withins Height"), site
    assert matches_answer_type("duration", 'She said the damage would take "decades" to recover.')
    assert not matches_answer_type("duration", "The volunteers spent on average 23 minutes less in deep sleep.")
    study = batch.ask("How long did the study last?")
    assert "for four weeks" in study.hits[0].sentence, study


def test_an_age_of_the_thing_asked_and_a_court_named_over_the_court_unnamed():
    """Found by the hundred-and-first blind batch: "How old is the mountain rescue team?" took a
    walker's "a 58-year-old from Manchester" over "... the busiest year in its 60-year history"
    (the question's noun was read as "mounta": "in" ended it); "Which court heard the scaffolding
    case?" took "The court heard that ..." over "... pleaded guilty at Cardiff Crown Court ..."
    ("heard" was no verb after the kind, and the named one shares fewer words)."""
    from qa_bot.ranking import asked_age_of
    from qa_bot.retriever import _which_kind
    assert asked_age_of("How old is the mountain rescue team?") == "team"
    assert asked_age_of("How old is the main building?") == "building"
    assert _which_kind("Which court heard the scaffolding case?") == "court"
    batch = story_batch("stories_hundredfirst")
    team = batch.ask("How old is the mountain rescue team?")
    assert "60-year history" in team.hits[0].sentence, team
    court = batch.ask("Which court heard the scaffolding case?")
    assert "Cardiff Crown Court" in court.hits[0].sentence, court
    # ... but a best that says which court keeps its place: "The administrative court in Aarhus"
    aarhus = story_batch("stories_more").ask("Which court blocked the Vennby runway?")
    assert "administrative court in Aarhus" in aarhus.hits[0].sentence, aarhus


def test_a_letters_request_a_doer_asked_as_doing_and_a_majority():
    """Found by the hundred-and-second blind batch: "What should the patient bring?" asked no kind
    and "Patient: Mr David Okonjo" outscored "Please bring a list of any medicines you take."; "Who
    is paying for the cycle lanes?" asked no deed's doer ("is paying"), nor did "paid for by the
    government's Active Travel Fund" give one (the "for" between the verb and "by")."""
    assert answer_type("What should the patient bring?") == "advice"
    assert matches_answer_type("advice", "Please bring a list of any medicines you take.")
    assert not matches_answer_type("advice", "Please note the hospital car park is busy.")
    assert answer_type("What was the majority?") == "number"
    from qa_bot.reading import forms_of_deed_asked
    assert "paid" in forms_of_deed_asked("Who is paying for the cycle lanes?")
    assert not forms_of_deed_asked("Who is the mayor?")
    batch = story_batch("stories_hundredsecond")
    bring = batch.ask("What should the patient bring?")
    assert bring.hits[0].sentence.startswith("Please bring a list"), bring
    paying = batch.ask("Who is paying for the cycle lanes?")
    assert "Active Travel Fund" in paying.hits[0].sentence, paying
    # ... as in the eighty-sixth batch: "... will be paid for by a grant from the Department for Transport"
    grant = story_batch("stories_eightysixth").ask("Who is paying for the cycle lanes?")
    assert "Department for Transport" in grant.hits[0].sentence, grant


def test_a_sum_asked_of_a_deed_is_given_right_after_it():
    """Found by the hundred-and-third blind batch: "How much did Denise Holloway win?" took "She
    bought the ticket for £2 ..." over "A care worker ... has won £2.4 million ..."; the
    eighty-second's "How much did the university spend?" took its income over "spending rose to
    £418 million"."""
    from qa_bot.retriever import _SUM_OF_DEED
    assert _SUM_OF_DEED.match("How much did Denise Holloway win?")["verb"] == "win"
    assert _SUM_OF_DEED.match("How much money did the appeal raise?")["verb"] == "raise"
    assert _SUM_OF_DEED.match("How much did the tickets cost?") is None
    won = story_batch("stories_hundredthird").ask("How much did Denise Holloway win?")
    assert "has won £2.4 million" in won.hits[0].sentence, won
    spent = story_batch("stories_eightysecond").ask("How much did the university spend?")
    assert "spending rose to £418 million" in spent.hits[0].sentence, spent


def test_may_the_verb_tells_no_when_and_a_date_line_does():
    """Found by the hundred-and-fourth blind batch, a water company's notice: "When will the water
    be off?" took "When the supply returns, the water may look cloudy ..." (its "may" read as the
    month) over the notice's "Date: Wednesday 9 October"."""
    from qa_bot.ranking import matches_answer_type
    assert not matches_answer_type("date", "When the supply returns, the water may look cloudy.")
    assert matches_answer_type("date", "The vote is on 4 May.")
    off = story_batch("stories_hundredfourth").ask("When will the water be off?")
    assert off.hits[0].sentence == "Date: Wednesday 9 October", off


def test_a_placing_asked_is_not_the_winners_name():
    """Found by the hundred-and-fourth batch: "Who came second in the men's race?" met only the
    winner's sentence and took it, sure; seven old batches' "Who came/finished second?" took the
    winner's lead over the sentence giving the runner-up."""
    from qa_bot.ranking import asked_placing, gives_placing
    assert asked_placing("Who came second in the men's race?") == "second"
    assert asked_placing("Which horse finished third?") == "third"
    assert asked_placing("Who won the race?") is None
    assert gives_placing("second", "He finished 41 seconds ahead of Ethiopia's Tesfaye Alemu.")
    assert gives_placing("third", "Labour's Jamal Idris came third with 868 votes.")
    assert not gives_placing("second", "The men's race was won by Tomás Reilly in 1 hour 4 minutes and 12 seconds.")
    second = story_batch("stories_fortyfirst").ask("Who came second in the marathon?")
    assert "Tadesse Bekele was second" in second.hits[0].sentence, second
    runner_up = story_batch("stories_thirtyfifth").ask("Who came second?")
    assert "The runner-up, 13-year-old Oliver Grant" in runner_up.hits[0].sentence, runner_up
    # the winner's sentence no longer gives the kind asked: unsure of it at most
    nobody = story_batch("stories_hundredfourth").ask("Who came second in the men's race?")
    assert "won by Tomás Reilly" in nobody.hits[0].sentence and nobody.confidence < 0.7, nobody


def test_an_age_of_someone_else_is_no_age_of_the_thing_asked():
    """Found by the hundred-and-fourth batch: "How old is the race?" took "The men's race was won
    by Tomás Reilly, a 27-year-old physiotherapist" over "... the race's 31-year history"."""
    from qa_bot.ranking import gives_ages_of_others_only
    assert gives_ages_of_others_only("How old is the race?", "It was won by Tomás Reilly, a 27-year-old physiotherapist.")
    # the thing in other words, or someone asked, keeps its age
    assert not gives_ages_of_others_only("How old is the ferry?", "It is the third time the 34-year-old vessel has failed.")
    assert not gives_ages_of_others_only("How old is the capybara?", "The animal, a two-year-old female called Cinnamon, ran.")
    assert not gives_ages_of_others_only("How old is the man charged?", "A 31-year-old man has been charged.")
    race = story_batch("stories_hundredfourth").ask("How old is the race?")
    assert "31-year history" in race.hits[0].sentence, race


def test_a_home_a_reason_told_after_and_a_reason_told_before():
    """Found by the hundred-and-fourth batch: "Where does Pike live?" (news gives a home as it
    names someone: "Lorraine Pike, 58, of Ashby Road, Loughborough"); "Why might the water look
    cloudy?" ("... may look cloudy for a short time. This is caused by tiny air bubbles"); "Why
    is the water being turned off?" ("We need to replace a section of water main ... To do this
    safely we will have to turn off the water supply"); and "Why did she steal the money,
    according to her barrister?" was read on past the barrister's words, which share one word
    of the question, as if they only restated it."""
    bot = story_batch("stories_hundredfourth")
    home, cloudy, off, barrister = bot.ask_many(["Where does Pike live?", "Why might the water look cloudy?",
                                                 "Why is the water being turned off?",
                                                 "Why did she steal the money, according to her barrister?"])
    assert "of Ashby Road, Loughborough" in home.hits[0].sentence, home
    assert cloudy.hits[0].sentence.startswith("This is caused by tiny air bubbles"), cloudy
    assert off.hits[0].sentence.startswith("We need to replace a section of water main"), off
    assert "struggling with gambling debts" in barrister.hits[0].sentence, barrister


def test_a_fact_line_of_another_kind_yields_to_the_kind_asked():
    """Found by the hundred-and-fourth batch: "Where will the race start next year?" took the
    fact line "Next race: 14 September" (a date) over "... the start will move from Market Square
    to the Quay Park"; a line labelled with the thing asked still answers ("Site: ...")."""
    start = story_batch("stories_hundredfourth").ask("Where will the race start next year?")
    assert "Quay Park" in start.hits[0].sentence, start
    site = story_batch("stories_eightyeighth").ask("Where is the site?")
    assert site.hits[0].sentence.startswith("Site: "), site


def test_a_span_of_another_state_is_less_sure():
    """Found by the hundred-and-fourth batch: "How long had Pike been married?" met "Pike ... had
    worked for the trust since 2011", a span of another state, and was as sure of it as of the
    question it answers."""
    married, worked = story_batch("stories_hundredfourth").ask_many(["How long had Pike been married?",
                                                                      "How long had Pike worked for the trust?"])
    assert "since 2011" in married.hits[0].sentence and "since 2011" in worked.hits[0].sentence
    assert married.confidence < worked.confidence - 0.2, (married, worked)


def test_a_sum_of_what_is_asked_and_a_price_of_nothing():
    """Found by the hundred-and-fifth blind batch: "How much redundancy pay will staff get?" left
    the list item "Redundancy pay of four weeks' salary ..." for another story's "£35 if paid
    within 14 days" (a sum beside "paid"); "How much are tickets for the open day?" was asked no
    price at all, and "Tickets are free" is one."""
    from qa_bot.ranking import answer_type, asked_cost_of
    assert asked_cost_of("How much are tickets for the open day?") == ["tickets"]
    assert answer_type("How much is parking?") == "money"
    assert asked_cost_of("How much will parking charges rise?") is None  # a change, not a price
    bot = story_batch("stories_hundredfifth")
    pay, tickets = bot.ask_many(["How much redundancy pay will staff get?", "How much are tickets for the open day?"])
    assert pay.hits[0].sentence.startswith("Redundancy pay of four weeks' salary"), pay
    assert tickets.hits[0].sentence == "Tickets are free but must be booked online.", tickets


def test_a_revenue_is_no_profit():
    """Found by the hundred-and-fifth batch: "What was Cloudwell's profit last year?" took "It
    reported revenue of £212 million last year." as found; the story gives no profit."""
    from qa_bot.ranking import gives_another_measure
    assert gives_another_measure("What was Cloudwell's profit?", "It reported revenue of £212 million last year.")
    assert not gives_another_measure("What was the net profit?", "Revenue rose 9% and operating profit was £118 million.")
    assert not gives_another_measure("How much did it raise?", "It reported revenue of £212 million last year.")
    profit = story_batch("stories_hundredfifth").ask("What was Cloudwell's profit last year?")
    assert not profit.found, profit


def test_what_a_thing_does_a_former_job_a_condition_and_a_club_s_age():
    """Found by the hundred-and-fifth batch: "What does the mosaic show?" ('"It shows a hunting
    scene ..."' after the quote naming the mosaic), "What did Chris Pollard used to do?" ("...
    Chris Pollard, a former postman"), "What happens if I don't renew in time?" ("If you do not
    renew your permit before it expires, ...", not "Renewals open on 2 January."), and "How old
    is Hartley Town?" ("... their 126-year history", not "Reece Amadi, a 19-year-old who ...")."""
    from qa_bot.ranking import answer_type
    assert answer_type("What did Chris Pollard used to do?") == "occupation"
    bot = story_batch("stories_hundredfifth")
    mosaic, job, renew, club = bot.ask_many(["What does the mosaic show?", "What did Chris Pollard used to do?",
                                             "What happens if I don't renew in time?", "How old is Hartley Town?"])
    assert "It shows a hunting scene" in mosaic.hits[0].sentence, mosaic
    assert "a former postman" in job.hits[0].sentence, job
    assert renew.hits[0].sentence.startswith("If you do not renew your permit"), renew
    assert "126-year history" in club.hits[0].sentence, club


def test_a_date_that_holds_only_if_something_else_happens_is_not_the_date():
    """Found by the hundred-and-seventh blind batch, a school's letter: "When is sports day?" took
    "If it rains, sports day will be moved to Tuesday 24 June." over "Our annual sports day will
    take place on Friday 20 June ..."; asked of the condition, the contingency answers."""
    bot = story_batch("stories_hundredseventh")
    day, rain = bot.ask_many(["When is sports day?", "What happens if it rains on sports day?"])
    assert "Friday 20 June" in day.hits[0].sentence, day
    assert rain.hits[0].sentence.startswith("If it rains"), rain


def test_a_start_told_as_from_a_date_and_crew_counted():
    """Found by the hundred-and-eighth blind batch: "When does the winter timetable start?" took
    "... due back in service in mid-January, when the full timetable will return" over "From 3
    November, the ferry ... will run four times a day"; "How many crew work on the MV Corran?"
    counted "work", so "one of its two vessels, the MV Corran" was found as its answer."""
    from qa_bot.ranking import asked_quantity_of
    assert asked_quantity_of("How many crew work on the MV Corran?") == ["crew"]
    bot = story_batch("stories_hundredeighth")
    start, crew = bot.ask_many(["When does the winter timetable start?", "How many crew work on the MV Corran?"])
    assert start.hits[0].sentence.startswith("From 3 November"), start
    assert not crew.found, crew


def test_someone_made_the_holder_of_the_role_asked_is_named_next():
    """Found by the hundred-and-seventh batch: "A 19-year-old from Barnsley has been named the
    UK's apprentice of the year." introduces the apprentice asked, whom the next sentence names."""
    from qa_bot.ranking import introduces_holder_of
    assert introduces_holder_of(("apprentice",), "A 19-year-old from Barnsley has been named the UK's apprentice "
                                                 "of the year.")
    assert not introduces_holder_of(("mayor",), "A 19-year-old from Barnsley has been named the UK's apprentice.")
    answer = story_batch("stories_hundredseventh").ask("Who is the apprentice of the year?")
    assert answer.hits[0].sentence.startswith("Kayla Brooks"), answer


def test_a_venue_is_no_person_and_a_condition_held_in_other_words():
    """Found by the hundred-and-ninth blind batch: "The Blackmoor Lido, an open-air pool built in
    1936, ..." named a person for "Who designed the lido in 1936?"; "What happens if a child has a
    verruca?" left "Children who are unwell or have a verruca ... should not swim." for "If your
    child has a medical condition ...", which states another condition."""
    from qa_bot.ranking import names_a_person_in
    assert not names_a_person_in("The Blackmoor Lido, an open-air pool built in 1936, will reopen on Saturday.")
    assert not names_a_person_in("The Grand Hotel, built in 1936, will reopen.")
    assert names_a_person_in("The pool's manager, Connor Haig, said 4,000 tickets had been sold.")
    verruca = story_batch("stories_hundredninth").ask("What happens if a child has a verruca?")
    assert verruca.hits[0].sentence.startswith("Children who are unwell or have a verruca"), verruca


def test_a_count_as_the_number_of_a_time_read_back_and_a_charity_by_its_national_name():
    """Found by the hundred-and-tenth blind batch: "How many people are waiting for a plot?" left
    "... after the number of people waiting for one rose to more than 1,400" for a sentence with no
    number; "When did HMS Falconer sink?" took "HMS Falconer, a 50-gun ship, struck rocks ..." over
    the sentence before, which introduced the warship unnamed and says when it sank; "Alzheimer's
    Research UK" was no body's name; a PDF notice's fact box ("Blue bin: paper and cardboard") was
    read as headings."""
    from qa_bot.ranking import counts_by_figure
    assert counts_by_figure("people", "... after the number of people waiting for one rose to more than 1,400.")
    assert not counts_by_figure("people", "The number of people fell, costing £3 million.")
    assert matches_answer_type("organisation", "All money raised will go to Alzheimer's Research UK.")
    assert not matches_answer_type("organisation", "The UK government said prices in the UK rose.")
    bot = story_batch("stories_hundredtenth")
    waiting, sank, blue = bot.ask_many(["How many people are waiting for a plot?", "When did HMS Falconer sink?",
                                        "What goes in the blue bin?"])
    assert "rose to more than 1,400" in waiting.hits[0].sentence, waiting
    assert "sank off the Lizard peninsula in 1755" in sank.hits[0].sentence, sank
    assert blue.hits[0].sentence == "Blue bin: paper and cardboard", blue


def test_a_name_denied_names_nothing_and_a_price_is_no_size():
    """Found by the hundred-and-tenth blind batch: "The postman, who has not been named, ..." gave
    a name for "What is the dog's name?"; "How big is Margaret Fenwick's telescope mirror?" took
    "... cost about £900 to build" as found (a sum is no size, unless a sum is what is sized)."""
    from qa_bot.ranking import prices_a_size
    assert not matches_answer_type("name", "The postman, who has not been named, needed 11 stitches.")
    assert not matches_answer_type("name", "The boy, who cannot be named for legal reasons, was hurt.")
    assert matches_answer_type("name", "Her dog, named Max, ran through the open door.")
    assert prices_a_size("How big is a full allotment plot?", "A full plot will cost £68 a year and a half plot £40.")
    assert not prices_a_size("How big is the budget gap?", "The council faces a gap of £18 million.")
    assert not prices_a_size("How big is the sketch?", "The sketch, bought for £2,000, measures 23 by 33 centimetres.")
    mirror = story_batch("stories_eightysixth").ask("How big is Margaret Fenwick's telescope mirror?")
    assert not mirror.found, mirror


def test_names_with_a_capital_inside_a_runner_up_said_and_no_fee():
    """Found by the hundred-and-eleventh blind batch: "Isla McBride" was no name (a capital inside
    it), so "Who won ...?" kept the lead's unnamed "A 16-year-old violinist ..."; "The runner-up
    was ..." held nothing of "Who came second?" and was withheld, while the winner's sentence was
    found for "Who came third?"; "there is no fee" priced no appeal."""
    from qa_bot.ranking import opening_name
    assert opening_name("Isla McBride beat four other finalists.") == "Isla McBride"
    assert opening_name("Sean O'Brien, 44, of Mill Lane, admitted the offence.") == "Sean O'Brien"
    assert opening_name("The Sennen Cove lifeboat reached them 18 minutes later.") is None
    bot = story_batch("stories_hundredeleventh")
    won, second, third, appeal = bot.ask_many(["Who won the National Young Musician of the Year?", "Who came second?",
                                               "Who came third in the young musician competition?",
                                               "How much does an appeal cost?"])
    assert won.hits[0].sentence.startswith("Isla McBride beat"), won
    assert second.found and second.hits[0].sentence.startswith("The runner-up was"), second
    assert not third.found, third
    assert "there is no fee" in appeal.hits[0].sentence, appeal


def test_a_results_line_s_next_a_speaker_read_on_a_body_s_chair_and_hours_started():
    """Found by the hundred-and-thirteenth blind batch: "Daniel Kiprop (2:07:41), followed by Samuel
    Otieno" gave no one second; the race director's '"... about nine degrees ...," she said.' was
    not read on from her sentence before for "What was the temperature during the race?"; "Its
    chairman, Geoffrey Platt" lost to "Patients' group Eastmoor Voices said ...", a body; "When do
    the new opening hours start?" asked a clock time; "19 weeks" counted patients."""
    from qa_bot.ranking import answer_type, counts_another_measure, gives_placing
    assert gives_placing("second", "Men's race: Daniel Kiprop (2:07:41), followed by Samuel Otieno (2:08:30).",
                         implied=False)
    assert answer_type("When do the new opening hours start?") == "date"
    assert answer_type("What are the opening hours?") == "time"
    assert counts_another_measure(["patients"], "Patients waiting for cataract operations wait an average of 19 weeks.")
    assert not counts_another_measure(["patients"], "The hub treats about 120 patients a week.")
    assert not counts_another_measure(["cubs"], "The zoo announced the birth of twin cubs, the first in 15 years.")
    bot = story_batch("stories_hundredthirteenth")
    second, heat, age, chair, start, cataract = bot.ask_many([
        "Who came second in the men's race?", "What was the temperature during the race?",
        "How old is the man police want to speak to?", "Who chairs Eastmoor Voices?",
        "When do the new opening hours start?", "How many patients are waiting for cataract operations?"])
    assert second.found and "followed by Samuel Otieno" in second.hits[0].sentence, second
    assert "about nine degrees" in heat.hits[0].sentence, heat
    assert "in his forties" in age.hits[0].sentence, age
    assert chair.hits[0].sentence.startswith("Its chairman, Geoffrey Platt"), chair
    assert start.hits[0].sentence.startswith("From Monday 4 January 2027"), start
    assert not cataract.found, cataract


def test_a_story_naming_what_is_asked_a_seat_count_a_time_to_come_and_a_named_runner_up():
    """Found by the hundred-and-fourteenth blind batch: "When was the Alhambra built?" took a
    bridge's "was built in 1792" from a story that never names the Alhambra; "The 1,100-seat
    theatre" counted no seats and referred to nothing; "in the next three months" was no when;
    "diversion" held nothing of "diverted"; "ahead of Labour's Martin Keogh" named no one second;
    "Only about 6,500 are thought to remain ..." referred to no macaws."""
    from qa_bot.lexical import stem, word_forms
    from qa_bot.ranking import counts_by_figure, gives_placing, matches_answer_type
    from qa_bot.reading import OPENS_WITH_REFERENCE
    assert counts_by_figure("seats", "The 1,100-seat theatre was built in 1894.")
    assert matches_answer_type("date", "We will install a water meter at your property in the next three months.")
    assert not matches_answer_type("date", "Prices have risen over the past ten years.")
    assert "divert" in word_forms(stem(["diversion"])[0])
    assert gives_placing("second", "Priya Ramsden won 1,284 votes, ahead of Labour's Martin Keogh with 1,097.",
                         implied=False)
    assert not gives_placing("second", "The Bell beat more than 40,000 pubs to the title.", implied=False)
    assert OPENS_WITH_REFERENCE.match("Only about 6,500 are thought to remain in the wild, mostly in Brazil.")
    bot = story_batch("stories_hundredfourteenth")
    built, seats, installed, diversion, second, wild = bot.ask_many([
        "When was the Alhambra built?", "How many seats does the Alhambra have?",
        "When will the water meter be installed?", "How long is the diversion?",
        "Who came second in the by-election?", "How many hyacinth macaws remain in the wild?"])
    assert built.hits[0].sentence.startswith("The 1,100-seat theatre was built in 1894"), built
    assert seats.hits[0].sentence.startswith("The 1,100-seat theatre"), seats
    assert "in the next three months" in installed.hits[0].sentence, installed
    assert diversion.found and "a detour of about nine miles" in diversion.hits[0].sentence, diversion
    assert second.found and "ahead of Labour's Martin Keogh" in second.hits[0].sentence, second
    assert wild.hits[0].sentence.startswith("Only about 6,500"), wild


def test_pounds_weighed_are_a_weight():
    """Found by the hundred-and-fifteenth blind batch: "each weighing less than two pounds" gave
    no weight (pounds read only as a sum), so "How much did the twins weigh at birth?" was withheld."""
    from qa_bot.ranking import matches_answer_type
    assert matches_answer_type("weight", "Amara and Zara Bello were born at 25 weeks, each weighing less than two pounds.")
    assert matches_answer_type("weight", "The carp weighed 42 pounds.")
    assert not matches_answer_type("weight", "A coffee costs two pounds.")
    weighed = story_batch("stories_hundredfifteenth").ask("How much did the twins weigh at birth?")
    assert weighed.found and "each weighing less than two pounds" in weighed.hits[0].sentence, weighed


def test_a_doer_introduced_unnamed_a_place_told_with_the_deed_and_a_price_told_by_buying():
    """Found by the hundred-and-sixteenth blind batch: "grown by a retired postman" took "Who grew
    the winning onion?" back from "Derek Holt, 78, ...", who the lead's postman is; the lead beat
    "Both were ... taken to Withybush Hospital" for "Where were the kayakers taken?"; a quote's
    "for a few pounds" beat "The company bought the Old Swan Brewery in 2015 for £40 million" for
    "How much did Castlebridge pay for the brewery?"."""
    from qa_bot.reading import WHERE_DONE
    assert WHERE_DONE.match("Where were the kayakers taken?")["deed"] == "taken"
    assert WHERE_DONE.match("Where were the stolen bikes?") is None
    bot = story_batch("stories_hundredsixteenth")
    grew, taken, paid = bot.ask_many(["Who grew the winning onion?", "Where were the kayakers taken?",
                                      "How much did Castlebridge pay for the brewery?"])
    assert grew.hits[0].sentence.startswith("Derek Holt, 78"), grew
    assert "taken to Withybush Hospital" in taken.hits[0].sentence, taken
    assert paid.hits[0].sentence.startswith("The company bought the Old Swan Brewery"), paid


def test_a_when_read_on_from_a_lead_and_a_name_given_before_is_no_newcomer():
    """Found by the hundred-and-seventeenth blind batch: "When will the bus drivers strike?" kept
    the lead's "... have voted to go on strike" (no time) over the next sentence, "... will walk
    out for five days from 14 December"; "Mr Renwick said ..." after "A 38-year-old man has been
    arrested in Poland." was read as naming the man arrested, though the story named the farmer
    Alasdair Renwick before."""
    bot = story_batch("stories_hundredseventeenth")
    strike, arrested = bot.ask_many(["When will the bus drivers strike?",
                                     "What is the name of the man arrested in Poland?"])
    assert "from 14 December" in strike.hits[0].sentence, strike
    assert not arrested.found, arrested
    assert not arrested.hits[0].sentence.startswith("Mr Renwick"), arrested


def test_ages_beside_now_and_when_a_part_counted_a_place_from_and_beginnings_untold():
    """Found by the hundred-and-eighteenth blind batch: "Toby, now nine," and "The previous
    youngest winner was 14 when he won the title" gave no age; "ten of the eleven are healthy"
    counted no trees; "Was anyone in the building ...?" read "in" as a deed not told; "a board he
    had brought from Pakistan" said where Amira comes from; "When was Porthallow Primary School
    built?" took the storm's "Wednesday night", and "How much will the roof repairs cost?" a
    letter's price of pavement repairs."""
    from qa_bot.reading import EVENT_ASKED, says_where_someone_from
    assert EVENT_ASKED.match("Was anyone in the building when the roof came off?") is None
    assert EVENT_ASKED.match("Was anyone hurt?")["verb"] == "hurt"
    assert not says_where_someone_from("She learned from her grandfather on a board he had brought from Pakistan.")
    assert says_where_someone_from("A ten-year-old schoolgirl from Leeds has won.")
    bot = story_batch("stories_hundredeighteenth")
    toby, previous, healthy, anyone, amira, built, roof = bot.ask_many([
        "How old is Toby now?", "How old was the previous youngest winner?", "How many of the trees are healthy?",
        "Was anyone in the building when the roof came off?", "Where does Amira come from?",
        "When was Porthallow Primary School built?", "How much will the roof repairs cost?"])
    assert toby.hits[0].sentence.startswith("Toby, now nine"), toby
    assert previous.hits[0].sentence.startswith("The previous youngest winner was 14"), previous
    assert "ten of the eleven are healthy" in healthy.hits[0].sentence and healthy.found, healthy
    assert anyone.hits[0].sentence == "No one was in the building at the time." and anyone.found, anyone
    assert "schoolgirl from Leeds" in amira.hits[0].sentence and amira.found, amira
    assert not built.found, built
    assert not roof.found, roof


def test_a_court_case_and_its_going_are_held_by_the_court_named_and_anglers_fish_by_angling():
    """Found by the hundred-and-eighteenth blind batch: "Which court did the case go to?" was
    withheld for "Severnside Water admitted two charges ... at Worcester Crown Court", which says
    neither "case" nor "go"; "What do anglers say about the river?" missed "Local angling clubs
    say ..."."""
    bot = story_batch("stories_hundredeighteenth")
    court, anglers = bot.ask_many(["Which court did the case go to?", "What do anglers say about the river?"])
    assert "Worcester Crown Court" in court.hits[0].sentence and court.found, court
    assert anglers.hits[0].sentence.startswith("Local angling clubs"), anglers


def test_a_road_by_name_a_notice_dated_a_call_made_and_an_end_when_its_owner_retired():
    """Found by the hundred-and-nineteenth blind batch: "Mill Lane will be closed" named no
    place for "Which road will be closed?"; a notice's "Dated 1 December 2026" above its
    signature hid the signature ("Who signed the notice?" had no sentence to find); "called the
    number on one of the posters" was read as naming the walker, so "Who was the walker who found
    Poppy?" (unanswered) was found; "closed in March when its owner retired" gave no reason for
    "Why did the pub close?"."""
    from qa_bot.ranking import matches_answer_type
    assert matches_answer_type("place", "Mill Lane will be closed to all traffic.")
    assert not matches_answer_type("name", "A walker spotted Poppy and called the number on a poster.")
    assert matches_answer_type("name", "The new ward is called Skylark.")
    assert matches_answer_type("reason", "The pub closed in March when its owner retired.")
    bot = story_batch("stories_hundrednineteenth")
    road, signed, walker, why = bot.ask_many(["Which road will be closed?", "Who signed the notice?",
                                              "Who was the walker who found Poppy?", "Why did the pub close?"])
    assert road.hits[0].sentence.startswith("Westbridge Borough Council gives notice that Mill Lane"), road
    assert signed.hits[0].sentence.startswith("Helen Ashworth"), signed
    assert not walker.found, walker
    assert "when its owner retired" in why.hits[0].sentence, why


def test_a_reason_of_the_change_a_deed_never_done_before_and_a_referee_left_unnamed():
    """Found by the hundred-and-twentieth blind batch: "The change is needed because contractors
    ..." after "... the start of the spring term has been moved ..." was not read on to for "Why
    has the start of term been moved?"; the lead's "has been cancelled two days before it was due"
    beat "... has never been cancelled before" for "Has the festival been cancelled before?"; and
    "Who was the referee?" was found at 1.0 with "the referee pointed to the spot" (no name)."""
    bot = story_batch("stories_hundredtwentieth")
    moved, before, referee, director = bot.ask_many([
        "Why has the start of term been moved?", "Has the festival been cancelled before?", "Who was the referee?",
        "Who is the festival director?"])
    assert moved.hits[0].sentence.startswith("The change is needed because contractors") and moved.found, moved
    assert "has never been cancelled before" in before.hits[0].sentence, before
    assert not referee.found, referee
    assert "Naomi Pritchard" in director.hits[0].sentence and director.found, director


def test_a_count_a_bakery_named_next_a_given_name_a_runner_up_a_gap_and_a_cause_reported():
    """Found by the hundred-and-twenty-first blind batch: "Many of those could be made on a bike if
    people had one to hand" counted the bikes ("one" standing for a bike counts nothing); the lead's
    "a bakery in the village of Kettlewick" was not sure for "Where is Hollins Bakery?" though the
    next sentence opens on "Hollins Bakery,"; "The prize comes with ..." came from nowhere; "Mark
    filled in the form" named no one, though the story names Mark Hollins; "one second behind"
    was a placing, and "her nearest rival, Britain's Laura Pike" none; "after a tenant complained"
    prompted nothing; and the company's lead beat "where the company was founded in 1954"."""
    bot = story_batch("stories_hundredtwentyfirst")
    bikes, bakery, flour, form, second, behind, prompted, founded = bot.ask_many([
        "How many bikes will the scheme have?", "Where is Hollins Bakery?", "Where does the flour come from?",
        "Who filled in the entry form?", "Who finished second in the women's race?", "How far behind was Moses Okello?",
        "What prompted the inspection?", "When was Norvane Foods founded?"])
    assert "400 bikes at 60 docking stations" in bikes.hits[0].sentence and bikes.found, bikes
    assert "village of Kettlewick" in bakery.hits[0].sentence and bakery.found, bakery
    assert "flour milled at a watermill" in flour.hits[0].sentence, flour
    assert form.hits[0].sentence.startswith("\"Mark filled in the form") and form.found, form
    assert "nearest rival, Britain's Laura Pike" in second.hits[0].sentence and second.found, second
    assert "one second behind" in behind.hits[0].sentence and behind.found, behind
    assert "after a tenant complained" in prompted.hits[0].sentence, prompted
    assert "founded in 1954" in founded.hits[0].sentence, founded


def test_a_frame_verb_in_another_sense_an_answer_running_on_and_makers_counted_unnamed():
    """Found by the hundred-and-twenty-second blind batch: "they have found a way" held "found"
    for "Where is sodium found?" over "Sodium is found in sea salt"; "How many call-outs has the
    team had this year?" in an interview read on to "We have had 143 so far ..." above the
    answer's "The previous record was 131, in 2021." for "What was the previous record?"; "in
    talks with two battery makers" was found at 0.96 for "Which battery makers ...?" (a
    plural noun before "is the university" was not read as the things asked); and "New boat."
    was a sentence, its item's "The captain, Ravi Bhatt, proposed buying ..." not sure."""
    bot = story_batch("stories_hundredtwentysecond")
    sodium, record, makers, proposed = bot.ask_many([
        "Where is sodium found?", "What was the previous record for call-outs?",
        "Which battery makers is the university talking to?", "Who proposed buying the new boat?"])
    assert sodium.hits[0].sentence.startswith("Sodium is found in sea salt") and sodium.found, sodium
    assert record.hits[0].sentence == "The previous record was 131, in 2021." and record.found, record
    assert not makers.found, makers
    assert "Ravi Bhatt, proposed buying" in proposed.hits[0].sentence and proposed.found, proposed


def test_a_things_history_a_place_of_the_wild_a_scorer_and_another_sides_post():
    """Found by the hundred-and-twenty-third blind batch: "How old is Hollowmere Zoo?" took the
    cubs' "three months old" over "the first born there in its 60-year history" (a history was
    read as no age of anything named); "mostly in the forests of Nepal, India ..." named no place;
    "top scorer" found nothing of "top-scored"; "a team of 25 volunteers" did not tell who worked
    on the project; "Their captain, Joe Whitfield" after "Stoke Barton made 214 ..." was found
    for Harlow Vale's captain; "a CT scan" named a company; and "would carry out about 300
    operations a year" answered how many had been done so far."""
    bot = story_batch("stories_hundredtwentythird")
    aged, wild, scorer, volunteers, captains, coach, own_captain, maker, so_far = bot.ask_many([
        "How old is Hollowmere Zoo?", "Where do wild red pandas live?", "Who was Stoke Barton's top scorer?",
        "How many volunteers worked on the ship logs project?", "Who captains Harlow Vale?",
        "Who is Harlow Vale's coach?", "Who is Stoke Barton's captain?", "Which company made the surgical robot?",
        "How many robotic knee operations has the hospital done so far?"])
    assert "its 60-year history" in aged.hits[0].sentence and aged.found, aged
    assert wild.hits[0].sentence.startswith("Red pandas are listed as endangered") and wild.found, wild
    assert "Joe Whitfield, top-scored" in scorer.hits[0].sentence and scorer.found, scorer
    assert "a team of 25 volunteers" in volunteers.hits[0].sentence and volunteers.found, volunteers
    assert not captains.found and not coach.found, (captains, coach)
    assert "Joe Whitfield" in own_captain.hits[0].sentence and own_captain.found, own_captain
    assert not maker.found and not so_far.found, (maker, so_far)


def test_a_revenue_asked_of_a_named_firm_what_struck_a_title_written_and_a_clock_time():
    """Found by the hundred-and-twenty-fourth blind batch: "What was Skylark Air's revenue ...?"
    asked no sum (a two-word name before "'s"), so the results' opening line won; "What caused the
    power cut?" took "a cut to her head" from the raid story over "lost power ... after high winds
    brought down power lines"; "wrote The Lantern Keeper" named no title, and a quote ending on a
    comma ("“My class read every draft ...,” she said") did; "on Monday afternoon" was first for
    "What time ...?" over "shortly after 3pm"; "turned down by eleven publishers" was not sure
    for "rejected"; and "Have the police arrested anyone ...?" was found in a sentence with no
    arrest."""
    bot = story_batch("stories_hundredtwentyfourth")
    revenue, cause, novel, time, rejected, arrested = bot.ask_many([
        "What was Skylark Air's revenue for the six months?", "What caused the power cut?",
        "What is the name of Ruth Kemble's novel?", "What time did the raid happen?",
        "How many publishers rejected the book?", "Have the police arrested anyone for the jewellery shop raid?"])
    assert revenue.hits[0].sentence.startswith("Revenue rose 18% to £96 million") and revenue.found, revenue
    assert "after high winds brought down power lines" in cause.hits[0].sentence and cause.found, cause
    assert "wrote The Lantern Keeper" in novel.hits[0].sentence and novel.found, novel
    assert "shortly after 3pm" in time.hits[0].sentence and time.found, time
    assert "turned down by eleven publishers" in rejected.hits[0].sentence and rejected.found, rejected
    assert not arrested.found, arrested


def test_a_rank_in_size_is_no_placing_a_school_places_and_the_thing_doing_it():
    """Found by the hundred-and-twenty-fifth blind batch: "the second-largest fish" was read as a
    placing and put first for "Who came second in the robotics challenge?", and "Second place went
    to Hillbrook Academy" was passed over (a school's name is no person's); "What does the school
    win?" took "the smallest school ever to win the competition" over "The school wins £2,000
    ..."; and "six weeks in hospital" was found for the name of her hospital."""
    from qa_bot.ranking import gives_placing

    assert not gives_placing("second", "Basking sharks are the second-largest fish in the world.")
    assert gives_placing("second", "Second place went to Hillbrook Academy from Leeds.")
    bot = story_batch("stories_hundredtwentyfifth")
    second, wins, hospital = bot.ask_many(["Who came second in the robotics challenge?", "What does the school win?",
                                           "What was the name of Megan Doyle's hospital?"])
    assert second.hits[0].sentence.startswith("Second place went to Hillbrook Academy"), second
    assert wins.hits[0].sentence.startswith("The school wins £2,000") and wins.found, wins
    assert not hospital.found, hospital


def test_free_of_charge_a_reports_running_costs_an_opposite_extreme_and_a_strike_to_come():
    """Found by the hundred-and-twenty-sixth blind batch: "free of charge" was no price (a "free
    of" was read as "without"), so "How much does a larger bin cost?" was not found; "Running
    costs were £1.86 million" in the library's report was not sure to price the library; "The most
    borrowed book was ..." was found for the least borrowed; and "will strike for 48 hours from
    ..." for when the last strike was."""
    from qa_bot.reading import tells_opposite_extreme

    assert tells_opposite_extreme("What was the least borrowed book?", "The most borrowed book was The Salt Road.")
    assert not tells_opposite_extreme("What was the most borrowed book?", "The most borrowed book was The Salt Road.")
    # a comparative of the one asked tells it (a right SQuAD answer)
    assert not tells_opposite_extreme("Which areas were least vulnerable to disease?",
                                      "The disease bypassed some areas, and the most isolated areas were less vulnerable.")
    bot = story_batch("stories_hundredtwentysixth")
    bin_cost, running, least, last_strike = bot.ask_many([
        "How much does a larger bin cost?", "How much did the library cost to run?",
        "What was the least borrowed book?", "When was the last ferry strike on the Marra route?"])
    assert "a larger bin free of charge" in bin_cost.hits[0].sentence and bin_cost.found, bin_cost
    assert running.hits[0].sentence.startswith("Running costs were £1.86 million") and running.found, running
    assert not least.found and not last_strike.found, (least, last_strike)


def test_a_post_called_a_mountain_named_after_on_someone_unnamed_after_when_and_how_a_thing_works():
    """Found by the hundred-and-twenty-eighth blind batch: "What is the chief executive of
    Voltaire Cells called?" asked a thing's name, not a person's, and took "Voltaire Cells now
    employs 45 people."; "lost on Carn Dearg" named a person, so the lead answered "Who found the
    walkers?" and "What are the names of the rescued walkers?" (which no sentence answers); and
    "How do the acoustic loggers work?" took the count of them fitted over what they do."""
    from qa_bot.ranking import answer_type, matches_answer_type, tells_how_it_works

    assert answer_type("What is the chief executive of Voltaire Cells called?") == "person"
    assert not matches_answer_type("person", "Two walkers were rescued after a night lost on Carn Dearg.")
    # someone unnamed after when it happened still answers "who" ("Who found Poppy?")
    assert matches_answer_type("person", "On Saturday a walker spotted Poppy sheltering under a rock.")
    assert tells_how_it_works("How do the acoustic loggers work?", "The loggers listen for escaping water.")
    assert not tells_how_it_works("How do the acoustic loggers work?", "We fitted 9,000 acoustic loggers.")
    bot = story_batch("stories_hundredtwentyeighth")
    chief, finder, names, loggers = bot.ask_many([
        "What is the chief executive of Voltaire Cells called?", "Who found the walkers?",
        "What are the names of the rescued walkers?", "How do the acoustic loggers work?"])
    assert "said Dr Lindqvist, the firm's chief executive" in chief.hits[0].sentence and chief.found, chief
    assert finder.hits[0].sentence.startswith("A Coastguard helicopter from Inverness found the pair"), finder
    assert not names.found, names
    assert loggers.hits[0].sentence.startswith("The loggers listen for the sound of escaping water"), loggers


def test_a_reports_numbered_heading_a_wrapped_pdf_line_another_of_a_series_and_rebuilt():
    """Found by the hundred-and-twenty-ninth blind batch: a school inspection PDF's numbered
    headings ("4. What the school needs to improve") framed no sentence, so "What does the school
    need to improve?" took "it was rated requires improvement"; its wrapped subtitle broke before
    "March 2026", so "When was the school inspected?" took "will next be inspected"; "A Band D
    household will pay £1,876" was sure for Band A; and "rebuilt" was not "rebuild"."""
    from qa_bot.markup import join_wrapped_lines
    from qa_bot.reading import names_another_of_series
    from qa_bot.segment import section_headings

    report = ("Oakfield Primary School: Inspection Summary\n\nThe school is rated good.\n\n"
              "4. What the school needs to improve\n\nTeaching in mathematics is uneven.\n")
    assert (report.index("4. What"), "What the school needs to improve") in section_headings(report)
    full = "Summary of the inspection of Oakfield Primary School, Wrexham Road, Chester, carried out on 10 and 11"
    assert join_wrapped_lines(f"{full}\nMarch 2026\n{full}.").startswith(f"{full} March 2026")
    assert names_another_of_series("How much will council tax rise in Band A?", "A Band D household will pay £1,876.")
    assert not names_another_of_series("How much will a Band D household pay?", "A Band D household will pay £1,876.")
    bot = story_batch("stories_hundredtwentyninth")
    improve, inspected, band_a, track = bot.ask_many([
        "What does the school need to improve?", "When was the school inspected?",
        "How much will council tax rise in Band A?", "How much track must be rebuilt?"])
    assert improve.hits[0].sentence.startswith("Teaching in mathematics is uneven"), improve
    assert inspected.hits[0].sentence.endswith("carried out on 10 and 11 March 2026") and inspected.found, inspected
    assert not band_a.found, band_a
    assert "engineers rebuild 300 metres of track" in track.hits[0].sentence, track


def test_a_post_the_sentence_never_mentions_and_a_body_left_unnamed_are_likely_answers_at_most():
    """Found by the hundred-and-thirtieth blind batch, which abstained on 3 of its 10
    unanswerables: "Who is the Dunmore Athletic manager?" was sure of the lead naming a striker
    signed from Dunmore (no manager in it), and "Which supplier made the kettles?" of "... made
    in China by a supplier that Homeway has now stopped using"."""
    from qa_bot.retriever import _kind_left_unnamed, _post_not_told

    lead = "Ashworth Rovers have signed the striker Kane Adeyemi from Dunmore Athletic for a club record fee."
    assert _post_not_told("Who is the Dunmore Athletic manager?", lead)
    assert not _post_not_told("Who is the Rovers manager?", 'said the Rovers manager, Paul Dempsey.')
    assert _kind_left_unnamed("Which supplier made the kettles?",
                              "The kettles were made in China by a supplier that Homeway has now stopped using.")
    # where it stands says which school; a charity special is no charity (a right SQuAD answer)
    assert not _kind_left_unnamed("Which school was closed because of the fire?",
                                  "Two roads were closed and a primary school on Station Road stayed shut.")
    assert not _kind_left_unnamed("What charity benefited from the 30th anniversary show?",
                                  "In 1993 another charity special was produced for Children in Need.")
    bot = story_batch("stories_hundredthirtieth")
    dunmore, supplier, rovers = bot.ask_many(["Who is the Dunmore Athletic manager?", "Which supplier made the kettles?",
                                              "Who is the Rovers manager?"])
    assert not dunmore.found and not supplier.found, (dunmore, supplier)
    assert "said the Rovers manager, Paul Dempsey" in rovers.hits[0].sentence and rovers.found, rovers


def test_a_winner_the_lead_introduced_by_the_deed_is_named_next():
    """Found by the hundred-and-thirty-first blind batch: "What is the name of the scratchcard
    winner?" was not read on from "A care worker from Swansea has won £2.4 million ..." to
    "Bethan Lloyd, 46, said ...", the lead not calling her a winner."""
    from qa_bot.ranking import introduces_holder_of

    assert introduces_holder_of(("winner",), "A care worker from Swansea has won £2.4 million on a scratchcard.")
    assert not introduces_holder_of(("rescuer",), "A hiker has been rescued from Carn Dearg.")
    bot = story_batch("stories_hundredthirtyfirst")
    winner = bot.ask_many(["What is the name of the scratchcard winner?"])[0]
    assert winner.hits[0].sentence.startswith("Bethan Lloyd, 46,") and winner.found, winner


def test_a_birthday_tells_an_age_and_call_999_is_no_name():
    """Found by the hundred-and-thirty-second blind batch: "How old is Ada Pennington?" took the
    year she was born over "has celebrated her 110th birthday"; and "What is the lynx called?"
    took "anyone who sees her should call 999" over "a two-year-old female called Nova" (so, from
    the batch before, "What is the takeaway called?" took "a pest control firm was called in")."""
    from qa_bot.ranking import matches_answer_type

    assert matches_answer_type("age", "Ada Pennington has celebrated her 110th birthday at her care home.")
    assert matches_answer_type("age", "She turned 100 on Monday.")
    assert not matches_answer_type("age", "The bus turns 5 minutes later.")
    bot = story_batch("stories_hundredthirtysecond")
    age, lynx = bot.ask_many(["How old is Ada Pennington?", "What is the lynx called?"])
    assert "has celebrated her 110th birthday" in age.hits[0].sentence and age.found, age
    assert "a two-year-old female called Nova" in lynx.hits[0].sentence and lynx.found, lynx
    takeaway = story_batch("stories_hundredthirtyfirst").ask_many(["What is the takeaway called?"])[0]
    assert takeaway.hits[0].sentence.startswith("The Golden Wok on Friargate") and takeaway.found, takeaway


def test_a_time_done_a_rate_a_size_and_what_came_after_are_read_as_asked():
    """Found by the hundred-and-thirty-third blind batch: "When did the Regal first open?" took
    the lead's "will show its first film ... on Friday" (to come) over "opened in 1936"; "How much
    does it cost to ride a bike per minute?" took a monthly pass's price over "20p a minute"; "How
    big is the sinkhole?" took the lead's count of families over "six metres wide"; and "What was
    the building used for after it closed?" took the sentence of its closing over the next one,
    "It was later used as a bingo hall"."""
    from qa_bot.retriever import gives_rate, gives_size

    assert gives_rate("minute", "Riders pay 20p a minute, with a £1 unlocking fee.")
    assert not gives_rate("minute", "Monthly passes cost £30 and include 45 minutes of riding a day.")
    assert gives_size("The hole, about six metres wide and four metres deep, appeared on Wednesday.")
    assert not gives_size("Eleven families have been moved out of their homes after a sinkhole opened.")
    bot = story_batch("stories_hundredthirtythird")
    opened, minute, big, after, took = bot.ask_many([
        "When did the Regal first open?", "How much does it cost to ride a bike per minute?",
        "How big is the sinkhole?", "What was the building used for after it closed?",
        "How long did the harvest take?"])
    assert opened.hits[0].sentence.startswith("The art deco building opened in 1936"), opened
    assert "pay 20p a minute" in minute.hits[0].sentence and minute.found, minute
    assert "about six metres wide" in big.hits[0].sentence and big.found, big
    assert after.hits[0].sentence.startswith("It was later used as a bingo hall") and after.found, after
    assert "worked for nine days" in took.hits[0].sentence and took.found, took
    # ... and a time to come is still the answer to one asked of what is to come
    first_film = bot.ask_many(["When will the Regal show its first film?"])[0]
    assert "on Friday" in first_film.hits[0].sentence, first_film


def test_a_sentence_beats_the_quote_after_it_that_wins_only_by_its_neighbour():
    """Found by the hundred-and-thirty-fourth blind batch: "How did Maureen Atkinson keep warm?"
    took the quote after her sentence ('"It's the fourth time this winter ...," she said.'), which
    scored above it only by standing next to it; "Why is the council trying a four-day week?" missed
    the section "Why the council is trying it" (its heading holds only what the title does not);
    "How strong were the winds?" was not found in "Gusts of up to 85mph ..."; and "How many trees
    fell in the storm?" was sure of "85mph" as a count."""
    from qa_bot.ranking import counts_another_measure

    assert counts_another_measure(["trees"], "Gusts of up to 85mph were recorded, and fallen trees blocked roads.")
    assert not counts_another_measure(["trees"], "Gusts of up to 85mph felled 40 trees.")
    bot = story_batch("stories_hundredthirtyfourth")
    warm, doing, why, winds, trees = bot.ask_many([
        "How did Maureen Atkinson keep warm?", "What was Alan Whitby doing when he found the orchid?",
        "Why is the council trying a four-day week?", "How strong were the winds?", "How many trees fell in the storm?"])
    assert "spent the night under three blankets" in warm.hits[0].sentence and warm.found, warm
    assert "while walking his dog" in doing.hits[0].sentence and doing.found, doing
    assert why.hits[0].sentence == "The council says it struggles to fill jobs.", why
    assert "85mph" in winds.hits[0].sentence and winds.found, winds
    assert not trees.found, trees
    # ... but what he said is still his quote
    said = bot.ask_many(["What did Alan Whitby say about the orchid?"])[0]
    assert "It smells a bit like a goat" in said.hits[0].sentence, said


def test_owners_a_body_paying_by_name_and_times_counted_answer_as_asked():
    """Found by the hundred-and-thirty-fifth blind batch: "Who owned the shop before?" took
    "community-owned businesses" over "The owners, Ken and Brenda Lowe, ..."; "Who paid for the
    Wi-Fi?" took the lead over "... was paid for by the UK Shared Prosperity Fund"; and "How many
    times did he fall off?" took "91% of the time" over "He came off the bike twice"."""
    from qa_bot.reading import calls_doer_by_deed
    from qa_bot.retriever import gives_times

    assert calls_doer_by_deed({"own"}, "The owners, Ken and Brenda Lowe, had run the shop for 31 years.")
    assert not calls_doer_by_deed({"set"}, "The first settlers came in 1620.")
    assert gives_times("He came off the bike twice.") and gives_times("It's the fourth time this winter.")
    assert not gives_times("This target was met 91% of the time.")
    bot = story_batch("stories_hundredthirtyfifth")
    owned, paid, fell = bot.ask_many(["Who owned the shop before?", "Who paid for the Wi-Fi?",
                                      "How many times did he fall off?"])
    assert owned.hits[0].sentence.startswith("The owners, Ken and Brenda Lowe") and owned.found, owned
    assert "paid for by the UK Shared Prosperity Fund" in paid.hits[0].sentence and paid.found, paid
    assert fell.hits[0].sentence.startswith("He came off the bike twice"), fell


def test_spending_on_things_counts_them_bought_and_such_as_names_which():
    """Found by the hundred-and-thirty-sixth blind batch: "How many scanners has the airport
    bought?" was unsure of "The airport has spent £12 million on eight CT scanners" (no "bought"
    in it); "Which items are still banned?" was unsure of "Some items, such as knives and aerosols
    over 500ml, remain banned." (read as only counting them); and "Who applied for the mast?" took
    the refusal over "The application was made by Northern Towers Ltd ..."."""
    from qa_bot.reading import counts_without_naming

    assert not counts_without_naming("Which items are still banned?",
                                     "Some items, such as knives and aerosols over 500ml, remain banned.")
    assert counts_without_naming("Which libraries will close?", "The council will close five of its libraries.")
    bot = story_batch("stories_hundredthirtysixth")
    scanners, banned, applied = bot.ask_many(["How many scanners has the airport bought?",
                                              "Which items are still banned?", "Who applied for the mast?"])
    assert "on eight CT scanners" in scanners.hits[0].sentence and scanners.found, scanners
    assert "such as knives and aerosols" in banned.hits[0].sentence and banned.found, banned
    assert applied.hits[0].sentence.startswith("The application was made by Northern Towers Ltd"), applied


def test_another_thing_unknown_and_another_kind_of_driver_answer_nothing_asked():
    """Found by the hundred-and-thirty-seventh blind batch: "It is not known where Bonnie spent
    the two years." came first for "When was Bonnie stolen?" (and four more questions on her);
    and "What is the lorry driver's name?" (unanswerable) was sure of "Taxi driver Imran Qureshi
    ..."."""
    from qa_bot.backend import SentenceRow
    from qa_bot.reading import names_none_asked

    taxi = SentenceRow(1, 1, 3, 0, 0, 'Taxi driver Imran Qureshi said: "The markings are faded."', "Imran Qureshi")
    lorry = SentenceRow(2, 1, 4, 0, 0, "The lorry driver, Tom Bell, was unhurt.", None)
    assert names_none_asked("What is the lorry driver's name?", taxi)
    assert not names_none_asked("What is the lorry driver's name?", lorry)
    bot = story_batch("stories_hundredthirtyseventh")
    stolen, driver, unknown = bot.ask_many(["When was Bonnie stolen?", "What is the lorry driver's name?",
                                            "Where did Bonnie spend the two years?"])
    assert "in May 2024" in stolen.hits[0].sentence and stolen.found, stolen
    assert not driver.found, driver
    assert unknown.hits[0].sentence == "It is not known where Bonnie spent the two years.", unknown


def test_doer_read_with_its_referent_age_beside_the_name_and_a_kind_qualified():
    """Found by the hundred-and-thirty-eighth blind batch: "Who found Gertie?" was sure of the
    sentence telling how she got out, as "She was found last Thursday by a dog walker, Kamal
    Hussain" holds "Gertie" only by "She" (and a capitalised day stood between the deed and "by");
    "Who made the new sails?" took the millwright's quote "We had to make a new one by hand", the
    deed asked of "new" rather than of the sails; "How old is Sheila Byers?" took the tortoise's
    age over "said Mrs Byers, 71"; "Which delivery company left the gate open?" (unanswerable) was
    sure of "... left open by a delivery driver", its kind unread past "delivery"."""
    from qa_bot.ranking import answer_type
    from qa_bot.reading import deed_object_asked, does_to

    assert deed_object_asked("Who made the new sails?") == "sails"
    assert deed_object_asked("Who cleaned the ring?") == "ring"
    assert not does_to({"score"}, "goal", '"To score a goal like that is something I will never forget," he said.')
    assert answer_type("Which delivery company left the gate open?") == "organisation"
    assert answer_type("What happens to companies that miss their targets?") is None
    assert answer_type("What age group is the vaccine for?") != "organisation"
    bot = story_batch("stories_hundredthirtyeighth")
    found, sails, aged, company = bot.ask_many(["Who found Gertie?", "Who made the new sails?",
                                                "How old is Sheila Byers?", "Which delivery company left the gate open?"])
    assert found.hits[0].sentence.startswith("She was found last Thursday by a dog walker, Kamal Hussain"), found
    assert "Pargeter & Lowe" in sails.hits[0].sentence and sails.found, sails
    assert aged.hits[0].sentence == '"I cried when they told me," said Mrs Byers, 71.', aged
    assert not company.found, company


def test_a_name_placed_after_its_introduction_loudness_and_a_deed_told_undone():
    """Found by the hundred-and-thirty-ninth blind batch: "What is the escape room called?" missed
    "Cell Block, in Ravensmoor's Mill Street, opened ..." after the lead's "... has reopened as an
    escape room" (a name that opens a sentence without "The"); "How loud were the chimes?" took the
    code of practice's seconds over "83 decibels", a kind not known; "When was the 1961 robbery
    solved?" (unanswerable) was sure of "a real unsolved robbery ... in 1961"; "Who is the
    headteacher of St Aidan's?" took the lead that names the school; and a saving answered what a
    trial would cost."""
    from qa_bot.ranking import gives_another_measure
    from qa_bot.reading import tells_deed_undone

    assert answer_type("How loud were the chimes?") == "loudness"
    assert matches_answer_type("loudness", "A council officer measured the chimes at 83 decibels.")
    assert tells_deed_undone("When was the 1961 robbery solved?", "It is based on an unsolved robbery in 1961.")
    assert not tells_deed_undone("Is the hall used?", "The hall stands unused.")
    assert gives_another_measure("How much will the lighting trial cost to set up?",
                                 "The trial would cover 2,400 lights and save about £66,000.")
    assert not gives_another_measure("How much would option B save each year?",
                                     "It would cut the rink's running costs by about £95,000 a year.")
    bot = story_batch("stories_hundredthirtyninth")
    called, loud, solved, head = bot.ask_many(["What is the escape room called?", "How loud were the chimes?",
                                               "When was the 1961 robbery solved?",
                                               "Who is the headteacher of St Aidan's?"])
    assert called.hits[0].sentence.startswith("Cell Block, in Ravensmoor's Mill Street") and called.found, called
    assert "83 decibels" in loud.hits[0].sentence and loud.found, loud
    assert not solved.found, solved
    assert head.hits[0].sentence.startswith("The headteacher, Rachel Obi"), head


def test_a_deed_told_without_its_doer_a_piece_count_and_a_time_gone_by():
    """Found by the hundred-and-fortieth blind batch: "Who cast the bells in 1652?" (unanswerable)
    was sure of "Two of them were cast in 1652, ...", which leaves out who did it; "How many
    residents worked on the jigsaw?" took the lead's "a 40,000-piece jigsaw", "piece" read as
    counting whatever is asked; "How many toilet blocks did the council run ten years ago?"
    (unanswerable) was sure of "The council runs 19 public toilet blocks."."""
    from qa_bot.backend import SentenceRow
    from qa_bot.reading import lacks_last_year, tells_deed_without_doer

    cast = SentenceRow(1, 1, 3, 0, 0, "Two of them were cast in 1652, and the newest was added in 2000.", None)
    by_whom = SentenceRow(2, 1, 4, 0, 0, "The bells were cast in 1652 by a foundry in Whitechapel.", None)
    reported = SentenceRow(3, 1, 5, 0, 0, "Organisers said the decision was made after a meeting.", None)
    assert tells_deed_without_doer("Who cast the bells in 1652?", cast)
    assert not tells_deed_without_doer("Who cast the bells in 1652?", by_whom)
    assert not tells_deed_without_doer("Who made the decision to cancel?", reported)
    assert lacks_last_year("How many toilet blocks did the council run ten years ago?",
                           "The council runs 19 public toilet blocks.")
    assert not lacks_last_year("How many pupils did the school have ten years ago?",
                               "The school has 38 pupils, down from 95 a decade ago.")
    bot = story_batch("stories_hundredfortieth")
    cast_by, residents, blocks = bot.ask_many(["Who cast the bells in 1652?", "How many residents worked on the jigsaw?",
                                               "How many toilet blocks did the council run ten years ago?"])
    assert not cast_by.found, cast_by
    assert residents.hits[0].sentence.startswith("About 25 residents worked on it") and residents.found, residents
    assert not blocks.found, blocks


def test_a_conductor_asked_by_the_verb_and_a_full_days_price():
    """Found by the hundred-and-forty-first blind batch: "Who conducts the Thornbury Silver Band?"
    asked no role, so the band's own sentence came before "... said the band's conductor, Anita
    Rao"; "How much does a full day's parking cost now?" priced "day's", which "£7 for a full day"
    does not hold, and a multi-storey car park's cost went first."""
    from qa_bot.ranking import asked_cost_of

    assert asked_role("Who conducts the Thornbury Silver Band?") == ("conductor",)
    assert asked_cost_of("How much does a full day's parking cost now?") == ["day", "parking"]
    assert asked_cost_of("How much did Hale's yacht cost?") == ["Hale's", "yacht"]
    bot = story_batch("stories_hundredfortyfirst")
    conductor, day = bot.ask_many(["Who conducts the Thornbury Silver Band?",
                                   "How much does a full day's parking cost now?"])
    assert conductor.hits[0].sentence.endswith("said the band's conductor, Anita Rao."), conductor
    assert day.hits[0].sentence.endswith("£7 for a full day.") and day.found, day


def test_an_installing_asked_and_a_time_of_another_deed():
    """Found by the hundred-and-forty-second blind batch: "When was the Little Haddon postbox
    installed?" took the lead over "... was installed in 1879" (an installing is a beginning, as
    a founding is); "When was the old post office closed?" (unanswerable) was sure of that same
    sentence, whose time is the postbox's installing."""
    from qa_bot.reading import tells_time_of_another_deed

    installed = ("The red pillar box, which stands outside the old post office on Church Lane, was installed in 1879 "
                 "and is one of only about 200 of its kind still in use in the country.")
    assert tells_time_of_another_deed("When was the old post office closed?", installed)
    assert not tells_time_of_another_deed("When was the postbox installed?", installed)
    bot = story_batch("stories_hundredfortysecond")
    when, closed = bot.ask_many(["When was the Little Haddon postbox installed?", "When was the old post office closed?"])
    assert when.hits[0].sentence == installed and when.found, when
    assert not closed.found, closed


def test_a_name_before_a_noun_and_a_deed_told_of_what_is_asked():
    """Found by the hundred-and-forty-third blind batch: "An 81-year-old shepherd has won the Glen
    Arran sheepdog trials" read "Glen Arran" as a person's name, so the lead seemed to name the
    winner and "Duncan McRae, from Lochbrae, took the title ..." never lent it the question;
    "Who donates the food?" moved "The fridge itself ... was donated by a closing butcher's shop"
    over "Local supermarkets and cafés donate food ...", which tells that deed done to the food."""
    from qa_bot.ranking import names_a_person_in

    assert not names_a_person_in("An 81-year-old shepherd has won the Glen Arran sheepdog trials for the third time.")
    assert names_a_person_in("The course record at the Lindmouth Marathon on Sunday went to Grace Wanjiru.")
    bot = story_batch("stories_hundredfortythird")
    winner, donors = bot.ask_many(["Who won the sheepdog trial?", "Who donates the food?"])
    assert winner.hits[0].sentence.startswith("Duncan McRae, from Lochbrae, took the title") and winner.found, winner
    assert donors.hits[0].sentence.startswith("Local supermarkets and cafés donate food") and donors.found, donors


def test_an_age_at_a_deed_just_done_a_means_told_and_an_age_no_count():
    """Found by the hundred-and-forty-fourth blind batch: "How old is Margaret Holroyd?" read the
    lead's "has retired at the age of 84" as an age at some past moment and ranked it eighth;
    "How was the pigeon identified?" took how pigeons navigate over "Lucky Lad was identified by
    the ring on his leg"; "How many pigeons does Brian Dodds have?" counted his age ("Brian Dodds,
    73,", "since he was nine") over "He now has 84 birds."; "What was Lydia Crane's job before?"
    asked no occupation."""
    from qa_bot.ranking import gives_ages_at_events_only

    lead = "A crossword setter who has written puzzles for the Northern Echo for half a century has retired at the age of 84."
    assert not gives_ages_at_events_only("How old is Margaret Holroyd?", lead)
    assert gives_ages_at_events_only("How old is Isla?", "Isla learned to play at the age of six.")
    assert not matches_answer_type("count", "His owner, Brian Dodds, 73, said he had given up hope.")
    assert matches_answer_type("count", "He now has 84 birds.")
    assert answer_type("What was Lydia Crane's job before?") == "occupation"
    bot = story_batch("stories_hundredfortyfourth")
    age, how, birds, job = bot.ask_many(["How old is Margaret Holroyd?", "How was the pigeon identified?",
                                         "How many pigeons does Brian Dodds have?", "What was Lydia Crane's job before?"])
    assert age.hits[0].sentence == lead and age.found, age
    assert how.hits[0].sentence.startswith("Lucky Lad was identified by the ring") and how.found, how
    assert birds.hits[0].sentence == "He now has 84 birds.", birds
    assert job.hits[0].sentence.startswith("Ms Crane worked as an accountant") and job.found, job


def test_a_family_named_after_the_lead_and_a_year_set_before():
    """Found by the hundred-and-forty-fifth blind batch: "A family of five has won the Saltmouth
    Sandcastle Competition ..." read the competition as a person named, and "The Okonkwo family,
    from Leicester, ..." opened on no name, so "Who won the sandcastle competition?" took the
    lead (fifth: the family's sentence); "How many fines were issued last year?" withheld "Only 14
    fines were issued.", which says no year, though the sentence before sets it."""
    from qa_bot.ranking import introduces_someone_unnamed, opening_name

    assert introduces_someone_unnamed("A family of five has won the Saltmouth Sandcastle Competition with a model "
                                      "of the town's Victorian pier, beating 86 other entries.")
    assert opening_name("The Okonkwo family, from Leicester, were on holiday in the town.") == "Okonkwo family"
    assert opening_name("The Sennen Cove lifeboat reached them within minutes.") is None
    bot = story_batch("stories_hundredfortyfifth")
    winner, fines = bot.ask_many(["Who won the sandcastle competition?", "How many fines were issued last year?"])
    assert winner.hits[0].sentence.startswith("The Okonkwo family, from Leicester") and winner.found, winner
    # the year is set by the sentence before: "The council received 1,240 complaints ... last year"
    assert fines.hits[0].sentence == "Only 14 fines were issued." and fines.found, fines


def test_the_occasion_asked_and_an_age_at_a_deed_just_done():
    """Found by the hundred-and-forty-sixth blind batch: "How tall will next year's tree be?"
    took "This year's tree is 8 metres tall, compared with 14 metres last year." over "The
    council has ordered a 12-metre tree for next year ..."; "Who organised the race this year?"
    took the Rotary Club that organised it until 2019 over "This year it was organised by the
    Otley Scouts."; "has had her first tattoo at the age of 101" read as an age at a past moment."""
    from qa_bot.ranking import gives_ages_at_events_only

    assert not gives_ages_at_events_only("How old is Edna Whitworth?", "A great-grandmother from Bolton has had her "
                                         "first tattoo at the age of 101, to mark the birthday of her great-granddaughter.")
    assert gives_ages_at_events_only("How old is Isla?", "Isla has played since starting at the age of six.")
    bot = story_batch("stories_hundredfortysixth")
    tree, organisers = bot.ask_many(["How tall will next year's tree be?", "Who organised the race this year?"])
    assert tree.hits[0].sentence.startswith("The council has ordered a 12-metre tree for next year") and tree.found, tree
    assert organisers.hits[0].sentence == "This year it was organised by the Otley Scouts." and organisers.found, organisers


def test_a_hospice_asked_by_kind_and_last_week_unsaid():
    """Found by the hundred-and-forty-seventh blind batch: "Which hospice is the money for?"
    asked no kind of body, so "... to appeal for donations for Teesside Hospice" stood third;
    "How many pints did the new dairy deliver last week?" (unanswerable) was sure of the old
    milkman's "more than 15 million pints", which says of no week."""
    from qa_bot.reading import lacks_last_year

    assert answer_type("Which hospice is the money for?") == "organisation"
    assert lacks_last_year("How many pints did the new dairy deliver last week?",
                           "He estimates he has delivered more than 15 million pints of milk.")
    assert not lacks_last_year("How many pints were delivered last week?", "Last week it delivered 900 pints.")
    bot = story_batch("stories_hundredfortyseventh")
    pints = bot.ask("How many pints did the new dairy deliver last week?")
    assert not pints.found, pints


def test_the_youngest_given_as_an_age_and_now_as_an_occasion():
    """Found by the hundred-and-forty-eighth blind batch: "How old is the club's youngest
    member?" took the president's "who is 81" over "The club now has 64 members, the youngest of
    them 11 and the oldest 94.", which read as no age; "How many members does the twinning
    association have now?" took "At its peak in the 1980s the association had more than 300
    members" over "It now has 41 members."."""
    assert matches_answer_type("age", "The club now has 64 members, the youngest of them 11 and the oldest 94.")
    assert matches_answer_type("age", "The oldest player is 41.")
    assert not matches_answer_type("age", "It is the oldest of 12 clubs in the county.")
    assert not matches_answer_type("age", "They bought the oldest 3 buildings in the street.")
    bot = story_batch("stories_hundredfortyeighth")
    youngest, members = bot.ask_many(["How old is the club's youngest member?",
                                      "How many members does the twinning association have now?"])
    assert youngest.hits[0].sentence.startswith("The club now has 64 members, the youngest") and youngest.found, youngest
    assert members.hits[0].sentence == "It now has 41 members." and members.found, members


def test_a_score_in_words_the_place_of_an_event_and_a_deed_with_its_particle():
    """Found by the hundred-and-forty-ninth blind batch: "by three games to two" read as no score,
    so "What was the score in the Scrabble final?" was withheld; "Where was the Scrabble final
    played?" took the club's "meets in the library" over "... in the final in Birmingham on
    Sunday"; "How is the barber scheme paid for?" ("paid for" ended no deed read) took the
    scheme's cost over "It is paid for by donations ..."; "Permits will be free" was hidden from
    "How much does a paddleboard permit cost?", as the document says "paddleboarding", never
    "paddleboard"."""
    from qa_bot.reading import HOW_DONE

    assert matches_answer_type("score", "She beat him by three games to two in the final.")
    assert matches_answer_type("score", "It was won by Ditton Priors by 112 shots to 98.")
    assert not matches_answer_type("score", "Membership rose from three to five hundred.")
    assert HOW_DONE.match("How is the barber scheme paid for?")["deed"] == "paid"
    bot = story_batch("stories_hundredfortyninth")
    score, where, tug, paid, permit = bot.ask_many([
        "What was the score in the Scrabble final?", "Where was the Scrabble final played?",
        "Where was the tug of war final held?", "How is the barber scheme paid for?",
        "How much does a paddleboard permit cost?"])
    final = "Brenda Holt, 77, beat the defending champion"
    assert score.hits[0].sentence.startswith(final) and score.found, score
    assert where.hits[0].sentence.startswith(final) and where.found, where
    assert tug.hits[0].sentence.endswith("in the final at Stoneleigh Park on Saturday.") and tug.found, tug
    assert paid.hits[0].sentence.startswith("It is paid for by donations") and paid.found, paid
    assert permit.hits[0].sentence.startswith("Permits will be free") and permit.band != "not_found", permit


def test_the_time_of_a_deed_asked_is_told_with_the_deed():
    """Found by the hundred-and-forty-ninth blind batch: "When was the old maypole taken down?"
    took the lead's "... put up ... for the first time since 1955" over "The old maypole, which
    stood on the green for more than 100 years, was taken down in 1955 ..."; a time told with
    the deed is the one asked ("it was not repaired until February"), not one of a sentence that
    tells the deed of other things ("... along with two other machines stolen in England")."""
    maypole = story_batch("stories_hundredfortyninth").ask("When was the last maypole in Cerne Abbas taken down?")
    assert maypole.hits[0].sentence.startswith("The old maypole, which stood on the green") and maypole.found, maypole
    boiler = story_batch("stories_fifteenth").ask("When was the boiler repaired?")
    assert boiler.hits[0].sentence.endswith("but it was not repaired until February this year."), boiler
    tractor = story_batch("stories_hundredseventeenth").ask("When was the tractor stolen?")
    assert tractor.hits[0].sentence.startswith("The John Deere tractor, worth about £95,000, was taken"), tractor


def test_hundred_and_fiftieth_batch_ages_deeds_and_materials():
    """Found by the hundred-and-fiftieth blind batch: an age given after "now" at a sentence's end
    ("... by retired headteacher Alan Crowther, now 81."); "When did the Cue Ball Club open?" told
    as "since it opened in 1987", below a lead of the club; "Who has been charged over the
    sundial?" by whom it was done to, not by "The ... sundial ... has been returned"; and a
    material asked of a sentence that gives none ("made in 1764 by a clockmaker from
    Marlborough") shown as a likely answer at most."""
    assert matches_answer_type("age", "It has been hosted throughout by Alan Crowther, now 81.")
    assert matches_answer_type("material", "It was made by a seamstress, Maureen Tully, from an old sofa cover.")
    assert not matches_answer_type("material", "The sundial was made in 1764 by a clockmaker from Marlborough.")
    # a saint's name is a place's: "St Michael's churchyard" names no one
    assert not matches_answer_type("person", "The sundial stolen from St Michael's churchyard has been returned.")
    bot = story_batch("stories_hundredfiftieth")
    age, opened, charged, material, named = bot.ask_many([
        "How old is Alan Crowther?", "When did the Cue Ball Club open?", "Who has been charged over the sundial?",
        "What is the sundial made of?", "What is the name of the man charged over the sundial?"])
    assert age.hits[0].sentence.endswith("retired headteacher Alan Crowther, now 81.") and age.found, age
    assert opened.hits[0].sentence.endswith("since it opened in 1987.") and opened.found, opened
    assert charged.hits[0].sentence.startswith("A 43-year-old man from Swindon has been charged") and charged.found, \
        charged
    assert not material.found, material
    assert not named.found, named


def test_a_total_since_a_year_is_no_figure_for_last_year():
    """"How much money was raised by the quiz last year?" (unanswerable) of "... has raised more
    than £10,000 ... since it began in 1995": a total since then, no one year's; but "the driest
    summer since 1976" still tells "When was the last summer as dry as this one?"."""
    raised = story_batch("stories_hundredfiftieth").ask("How much money was raised by the quiz last year?")
    assert raised.hits[0].sentence.endswith("since it began in 1995.") and not raised.found, raised
    dry = story_batch("stories_seventyfourth").ask("When was the last summer as dry as this one?")
    assert "the driest summer since 1976" in dry.hits[0].sentence and dry.found, dry


def test_a_sentence_read_with_its_pronoun_holding_more_of_the_question_goes_first():
    """Found by the hundred-and-fiftieth blind batch: "Where was the stolen sundial found?" took
    the lead ("The 18th-century sundial stolen from St Michael's churchyard ... has been
    returned") over the sentence after it, "It was found by police in a garden centre in
    Swindon ...", which holds more of the question read with what "It" refers to; so "His last
    job, a cottage in Sydling St Nicholas, ..." for "Where was Roy Dimmock's last job?". Not
    "Its chair, Harriet Brough, said ..." for "Who leads the orchard project?", which holds the
    question only through "Its", over "The project is led by the Lune Valley Orchard Group"."""
    bot = story_batch("stories_hundredfiftieth")
    found, job = bot.ask_many(["Where was the stolen sundial found?", "Where was Roy Dimmock's last job?"])
    assert found.hits[0].sentence.startswith("It was found by police in a garden centre in Swindon"), found
    assert job.hits[0].sentence.startswith("His last job, a cottage in Sydling St Nicholas"), job
    led = story_batch("stories_ninetyninth").ask("Who leads the orchard project?")
    assert led.hits[0].sentence.startswith("The project is led by the Lune Valley Orchard Group"), led
    painting = story_batch("stories_seventysecond").ask("When was the painting last in Delft?")
    assert painting.hits[0].sentence.startswith("It was last recorded in Delft in 1807"), painting


def test_a_sum_asked_of_someone_named_is_not_told_by_another_s():
    """"How much did Kevin Marr pay for the club?" (unanswerable) was sure of "The Ashdown Town
    Supporters' Trust paid £650,000 for the club": a sum asked of someone by name, given by a
    sentence that neither names them nor refers to anyone by a pronoun, is someone else's, a likely
    answer at most. "How much did the trust pay for the club?" is still answered, and so is a sum
    given as "we" ("... we will pay back £4.2 million to customers")."""
    bot = story_batch("stories_seventyfourth")
    marr, trust = bot.ask_many(["How much did Kevin Marr pay for the club?", "How much did the trust pay for the club?"])
    assert marr.hits[0].sentence.startswith("The Ashdown Town Supporters' Trust paid £650,000") and not marr.found, marr
    assert trust.hits[0].sentence.startswith("The Ashdown Town Supporters' Trust paid £650,000") and trust.found, trust
    back = story_batch("stories_hundredtwentyeighth").ask("How much will Severn Vale Water pay back to customers?")
    assert "we will pay back £4.2 million" in back.hits[0].sentence and back.found, back


def test_hundred_and_fifty_first_batch_deeds_spans_and_series():
    """Found by the hundred-and-fifty-first blind batch: "When did Spin City open?" (a name, no
    "the") took the shop's lead over "The shop ... was opened in 1976 by Derek Hollis"; "Who
    guided the volunteers?" is told by the deed's noun, "under the guidance of master waller
    Graham Shaw"; "How long will a good dry stone wall stand?" asks the span of its own deed ("A
    good wall will stand for two hundred years") over the lead's "two years after"; and "Who
    played at Spin City's 25th birthday?" (unanswerable) is not answered by "... marks its 50th
    birthday". Not "When did he spot the comet?" read as a deed "comet", nor "How long will the
    strike last?" as any sentence of something that "lasted"."""
    from qa_bot.reading import HOW_LONG_DONE
    assert HOW_LONG_DONE.match("How long will a good dry stone wall stand?")["deed"] == "stand"
    assert HOW_LONG_DONE.match("How long will the strike last?") is None
    bot = story_batch("stories_hundredfiftyfirst")
    opened, guided, stand, birthday = bot.ask_many([
        "When did Spin City open?", "Who guided the volunteers?", "How long will a good dry stone wall stand?",
        "Who played at Spin City's 25th birthday?"])
    assert opened.hits[0].sentence.startswith("The shop on Princes Avenue was opened in 1976") and opened.found, opened
    assert guided.hits[0].sentence.startswith("The volunteers worked under the guidance of master waller"), guided
    assert stand.hits[0].sentence.startswith('"A good wall will stand for two hundred years') and stand.found, stand
    assert birthday.hits[0].sentence.startswith("Spin City, one of the oldest") and not birthday.found, birthday
    comet = story_batch("stories_fiftyninth").ask("When did he spot the comet?")
    assert comet.hits[0].sentence.startswith("Graham Whitlock, 71, spotted the faint object"), comet


def test_how_often_is_no_span():
    """"What was Liam Carter's winning time?" took his own words ('... said Carter, who trained by
    running his delivery round twice a day') as a span, "a day", over "Liam Carter, 29, ran the
    415-yard course ... in 58.4 seconds": "twice a day", "three times a week" say how often."""
    assert not matches_answer_type("duration", "He trained by running his delivery round twice a day.")
    assert not matches_answer_type("duration", "The club meets three times a week.")
    assert matches_answer_type("duration", "She swam for two hours a day.")
    time = story_batch("stories_hundredfiftyfirst").ask("What was Liam Carter's winning time?")
    assert time.hits[0].sentence.startswith("Liam Carter, 29, ran the 415-yard course"), time


def test_hundred_and_fifty_second_batch_makers_materials_and_old_money():
    """Found by the hundred-and-fifty-second blind batch: "Who made the weathervane?" and "Who
    opened the Quayside Fryer?" are told further down the story of what it calls "it" or "the
    shop" ("... it was made in 1794 by a Ludlow coppersmith, Thomas Beddoes"; "The shop was opened
    in 1968 by Walter Pearson"), the deed's time between it and its doer; "What is the cockerel
    made of?" by naming it so ("The copper cockerel ..."), not "... made in 1794 by a
    coppersmith"; "four guineas" is a sum; "01684 295010" a telephone number."""
    assert matches_answer_type("money", "It was made for a fee of four guineas.")
    assert matches_answer_type("phone", "Ask for delivery by calling 01684 295010.")
    assert matches_answer_type("phone", "Call (01684) 295010.")
    assert not matches_answer_type("phone", "In 2024 there were 150000 visitors.")
    bot = story_batch("stories_hundredfiftysecond")
    made, opened, material, paid, call = bot.ask_many([
        "Who made the weathervane?", "Who opened the Quayside Fryer?", "What is the cockerel made of?",
        "How much was Thomas Beddoes paid?", "What number should residents call for sandbag delivery?"])
    assert made.hits[0].sentence.startswith("Parish records show it was made in 1794"), made
    assert opened.hits[0].sentence.startswith("The shop was opened in 1968 by Walter Pearson"), opened
    assert material.hits[0].sentence.startswith("The copper cockerel, which is 1.2 metres long"), material
    assert paid.hits[0].sentence.startswith("Parish records show it was made in 1794") and paid.found, paid
    assert call.hits[0].sentence.endswith("by calling 01684 295010.") and call.found, call


def test_hundred_and_fifty_third_batch_newcomers_doers_and_what_no_one_did():
    """Found by the hundred-and-fifty-third blind batch: "What is the Art Loss Register?" was read
    as asking a sum ("loss"), a word of a name; "How old is the new apprentice?" and "Who is the
    forge's new apprentice?" are told by the lead that makes her one ("A 17-year-old ... has
    become the first apprentice ...") and the next sentence that names her; "Who was selling the
    tapestry?" by "The seller, a Belgian collector, ..."; "Who founded the carnival?" by who did
    it ("... founded in 1986 by a group of Trinidadian families"), not "one of the founders,
    Claudette Joseph". Unanswerable, now likely answers at most: "Who stole the tapestry?" of "A
    ... tapestry stolen from Picton Castle in 1979 ...", "When did Huw Bevan's father die?" of
    "Huw Bevan took over from his father, Dai, in 1983", "Who won the prize for the best float?"
    of "The prize for the best costume band went to Mas Flame"."""
    assert answer_type("What is the Art Loss Register?") is None
    assert answer_type("What was the loss?") == "money"
    bot = story_batch("stories_hundredfiftythird")
    register, age, apprentice, seller, founded, stole, died, float_prize, built = bot.ask_many([
        "What is the Art Loss Register?", "How old is the new apprentice?", "Who is the forge's new apprentice?",
        "Who was selling the tapestry?", "Who founded the carnival?", "Who stole the tapestry?",
        "When did Huw Bevan's father die?", "Who won the prize for the best float?", "When was the forge built?"])
    assert "the Art Loss Register, a database of stolen works of art" in register.hits[0].sentence and register.found
    assert age.hits[0].sentence.startswith("A 17-year-old from Llanidloes") and age.found, age
    assert apprentice.hits[0].sentence.startswith("Megan Jarvis started her four-year apprenticeship"), apprentice
    assert seller.hits[0].sentence.startswith("The seller, a Belgian collector"), seller
    assert founded.hits[0].sentence.startswith("The carnival was founded in 1986 by a group"), founded
    assert not stole.found and not died.found and not float_prize.found, (stole, died, float_prize)
    assert built.hits[0].sentence.startswith("The forge was built in 1852") and built.found, built
    # the one a lead makes the new holder is not the one before
    previous = story_batch("stories_eightieth").ask("Who was the previous youngest winner?")
    assert not previous.found, previous


def test_hundred_and_fifty_fourth_batch_spans_posts_and_leads():
    """Found by the hundred-and-fifty-fourth blind batch: "How long is the coracle race course?"
    asks a length, not a duration; "How long was Joan Whitcombe the organist?" a duration (a post
    held); "What does Gwen Pritchard do for a living?" is told by the lead that introduces her
    unnamed ("A primary school teacher from Cilgerran has won ..."), the next sentence opening on
    her name; "How long have coracles been used on the Teifi?" by the span told with the deed
    ("have been used for fishing on the Teifi for more than 2,000 years"), not a best that tells
    "using" and a span of something else ("a week-long course"); "Who arranges the cheese rolling
    now?" by "A group of volunteers arranges it each spring"."""
    assert answer_type("How long is the coracle race course?") == "length"
    # (a race is asked its length too, as the hundred-and-ninety-first batch found: "covers 17 miles";
    # a course that teaches its duration)
    assert answer_type("How long is the race?") == "length"
    assert answer_type("How long is the umpiring course?") == "duration"
    assert answer_type("How long was Joan Whitcombe the organist?") == "duration"
    bot = story_batch("stories_hundredfiftyfourth")
    course, living, used, arranges = bot.ask_many([
        "How long is the coracle race course?", "What does Gwen Pritchard do for a living?",
        "How long have coracles been used on the Teifi?", "Who arranges the cheese rolling now?"])
    assert course.hits[0].sentence.startswith("Gwen Pritchard, 38, paddled the 800-metre course"), course
    assert living.hits[0].sentence.startswith("A primary school teacher from Cilgerran") and living.found, living
    assert used.hits[0].sentence.startswith("Coracles are small, round boats") and used.found, used
    assert arranges.hits[0].sentence == "A group of volunteers arranges it each spring.", arranges


def test_hundred_and_fifty_fifth_batch_records_grades_occasions_and_deeds_asked_when():
    """Found by the hundred-and-fifty-fifth blind batch: "since the survey began in 1998" frames a
    record, no reason, so "Why do the females glow?" takes "... only the wingless females glow, to
    attract the flying males" and "Why did the number of glow-worms go up?" the rise's reason, four
    down; "to Grade 1" is no place and "to the cricket field" is; "Last year's count was 211." counts
    what its story counts, and goes first for "... last year?" over a best that says "this
    summer"; "Forty-two ferrets took part" counts ferrets that raced; a sentence that leaves out
    its story's subject ("circus") is read with it. Unanswerable, now likely answers at most:
    "When was Cherhill Down bought ...?" of a best telling neither a buying nor a time, and "How
    many glow-worms were counted in 1998?" of a best naming 1998 only as when a total runs since."""
    assert not matches_answer_type("place", "The band will now move up to Grade 1, the highest grade, next season.")
    assert matches_answer_type("place", "The race would move to the cricket field.")
    bot = story_batch("stories_hundredfiftyfifth")
    glow, rise, play, last_year, raced, held, proposed, bought, in_1998 = bot.ask_many([
        "Why do the females glow?", "Why did the number of glow-worms go up?", "Where will the band play next?",
        "How many glow-worms were counted last year?", "How many ferrets raced?",
        "Where will next year's race be held?", "Who proposed the circus licence?",
        "When was Cherhill Down bought by the National Trust?", "How many glow-worms were counted in 1998?"])
    assert glow.hits[0].sentence.startswith("Glow-worms are beetles, not worms"), glow
    assert "the rise was probably due to a wet spring" in rise.hits[0].sentence, rise
    assert play.hits[0].sentence.startswith("Its next appearance will be at the Cowal Gathering"), play
    assert last_year.hits[0].sentence == "Last year's count was 211." and last_year.found, last_year
    assert raced.hits[0].sentence.startswith("Forty-two ferrets took part") and raced.found, raced
    assert "would move to the cricket field" in held.hits[0].sentence and held.found, held
    assert proposed.hits[0].sentence.startswith("Councillor Ruth Penhale, who proposed") and proposed.found, proposed
    assert not bought.found and not in_1998.found, (bought, in_1998)


def test_hundred_and_fifty_sixth_batch_purposes_origins_deposits_and_no_buyer():
    """Found by the hundred-and-fifty-sixth blind batch: "What is a wassail for?" asks a purpose,
    which "an old custom meant to wake the apple trees" gives and "since 1992, when it was revived"
    does not; "Where did the pine come from?" is told by "dug the pine out of a disused quarry in
    the Yorkshire Dales" (a thing comes out of a place); a deposit is a sum. Unanswerable, now
    likely answers at most: "Who bought the Chinese elm?" of "... did not find a buyer" (not "no
    longer"); "How old is Poppy Hearn's school?" of her own age; "When did the Butcombe Morris Men
    form?" of "who have performed at the event for 25 years"."""
    from qa_bot.reading import tells_deed_undone

    assert answer_type("How much is the deposit?") == "money"
    assert not tells_deed_undone("How long will the trains take?", "They will take 23 minutes as they no longer stop.")
    bot = story_batch("stories_hundredfiftysixth")
    purpose, came_from, deposit, bought, school, formed = bot.ask_many([
        "What is a wassail for?", "Where did the pine come from?", "How much is the deposit?",
        "Who bought the Chinese elm?", "How old is Poppy Hearn's school?", "When did the Butcombe Morris Men form?"])
    assert "an old custom meant to wake the apple trees" in purpose.hits[0].sentence and purpose.found, purpose
    assert came_from.hits[0].sentence.startswith("Holroyd, 71, dug the pine out of") and came_from.found, came_from
    assert "a deposit of £50 has been paid" in deposit.hits[0].sentence and deposit.found, deposit
    assert not bought.found and not school.found and not formed.found, (bought, school, formed)


def test_hundred_and_fifty_seventh_batch_successors_spans_and_what_no_sentence_gives():
    """Found by the hundred-and-fifty-seventh blind batch: "Who will replace Harlow?" asks his
    successor ("His successor, Amira Qureshi, 29, ..."), not "Who replaced the roof?"; "How long
    does the ghost walk last?" the span told with the lasting ("... and lasts about 90 minutes"),
    not a lead's "more than 25 years after ..."; "The club's founder" holds the club a story calls
    "the Tynemouth Bluetits"; "known to readers as Bertha" names the van. Unanswerable, now likely
    answers at most: a plan asked of a sentence telling what was done ("has led his 5,000th ghost
    walk"), a sum asked of one with no figure at all ("will be sold at auction"), the air's
    temperature asked of the sea's."""
    assert asked_role("Who will replace Harlow?") == ("successor",)
    assert asked_role("Who replaced the roof?") is None
    bot = story_batch("stories_hundredfiftyseventh")
    replace, lasts, founded, called, plan, sells_for, air = bot.ask_many([
        "Who will replace Harlow?", "How long does the ghost walk last?", "Who founded the Bluetits?",
        "What was the old van called?", "How many ghost walks does Fenwick plan to lead?",
        "How much will the old van sell for?", "What was the air temperature on New Year's Day?"])
    assert replace.hits[0].sentence.startswith("His successor, Amira Qureshi"), replace
    assert lasts.hits[0].sentence.endswith("and lasts about 90 minutes."), lasts
    assert founded.hits[0].sentence.startswith("The club's founder, Hazel Tait") and founded.found, founded
    assert "known to readers as Bertha" in called.hits[0].sentence and called.found, called
    assert not plan.found and not sells_for.found and not air.found, (plan, sells_for, air)


def test_hundred_and_fifty_eighth_batch_times_gone_by_and_distances():
    """Found by the hundred-and-fifty-eighth blind batch: "Who used to wind the clock?" asks of a
    time gone by, which "The clock now has an electric motor to wind it" is not and "Until 2023 it
    was wound by hand every Sunday by retired engineer Islwyn Rees" is; "How long is Coquet
    Island?" asks its size, which "a mile off the coast" (how far it lies) does not give, though a
    route's "11 kilometres from the railway station to the university hospital" does."""
    from qa_bot.reading import gives_distance_for_size

    assert gives_distance_for_size("How long is Coquet Island?", "It nests on Coquet Island, a mile off the coast.")
    assert not gives_distance_for_size("How long is the tram line?",
                                       "The line runs 11 kilometres from the railway station to the hospital.")
    bot = story_batch("stories_hundredfiftyeighth")
    used_to, island = bot.ask_many(["Who used to wind the clock?", "How long is Coquet Island?"])
    assert used_to.hits[0].sentence.startswith("Until 2023 it was wound by hand every Sunday"), used_to
    assert not island.found, island


def test_hundred_and_fifty_ninth_batch_substitutes_near_deeds_and_other_dimensions():
    """Found by the hundred-and-fifty-ninth blind batch: "What did the developer offer to plant
    instead of the oak?" asks a substitute ("proposed replacing the oak with 30 young trees"), not
    the lead's felling; "Who restored the organ?" is answered by a near deed's doer ("repaired by
    the organ builders Harrison & Harrison") over a lead with only "a restoration"; "How long was
    the organ out of public use?" asks a span, not "32 feet long"; "The largest pipe" tells the
    biggest one; "a congregation of 900" counts people who came. Unanswerable, now a likely
    answer at most: "How tall is the oak tree?" of "a trunk girth of 7.2 metres"."""
    from qa_bot.reading import gives_other_dimension

    assert gives_other_dimension("How wide is the river?", "The river is 40 metres deep at the weir.")
    assert not gives_other_dimension("How tall is the tower?", "The tower is 40 metres high and 10 metres wide.")
    assert answer_type("How long was the lift out of order?") == "duration"
    bot = story_batch("stories_hundredfiftyninth")
    instead, restored, out_of_use, biggest, attended, tall = bot.ask_many([
        "What did the developer offer to plant instead of the oak?", "Who restored the organ?",
        "How long was the organ out of public use?", "How long is the biggest pipe?",
        "How many people attended the first recital?", "How tall is the oak tree?"])
    assert instead.hits[0].sentence.startswith("Its planning application, submitted in March"), instead
    assert "Harrison & Harrison" in restored.hits[0].sentence, restored
    assert "for the first time in two years" in out_of_use.hits[0].sentence and out_of_use.found, out_of_use
    assert biggest.hits[0].sentence.startswith("The largest pipe is 32 feet long") and biggest.found, biggest
    assert "congregation of 900" in attended.hits[0].sentence and attended.found, attended
    assert not tall.found, tall


def test_hundred_and_sixtieth_batch_doers_whose_things_materials_and_lifespans():
    """Found by the hundred-and-sixtieth blind batch: "Who unveiled the plaque?" is answered by
    "unveiled on Thursday by Dr Hayaatun Sillem", not by a lead telling the unveiling in the
    passive with no doer though it names someone else; "Whose idea was the plaque?" by the
    sentence naming the idea ("The idea came from ... Gwen Ashby"); "What will the sign be made
    of?" by "made in oak"; "Five barn owl chicks" counts chicks. Unanswerable, now likely answers
    at most: a lifespan asked of a chick's age, a sale's price of a sum raised for something else."""
    from qa_bot.ranking import counts_by_figure

    assert counts_by_figure("chicks", "Five barn owl chicks have been fitted with leg rings.")
    assert not counts_by_figure("hives", "Thieves took two of her hives.")
    assert matches_answer_type("material", "The winning design will be made in oak.")
    assert not matches_answer_type("material", "The clock was made in 1858 by Dent.")
    bot = story_batch("stories_hundredsixtieth")
    unveiled, whose, made_of, ringed, lifespan, sold = bot.ask_many([
        "Who unveiled the plaque?", "Whose idea was the plaque?", "What will the sign be made of?",
        "How many chicks were ringed?", "How long do barn owls live?", "How much did the house in Kenilworth sell for?"])
    assert "by Dr Hayaatun Sillem" in unveiled.hits[0].sentence and unveiled.found, unveiled
    assert whose.hits[0].sentence.startswith("The idea came from a retired maths teacher, Gwen Ashby"), whose
    assert made_of.hits[0].sentence.startswith("The winning design will be made in oak") and made_of.found, made_of
    assert ringed.hits[0].sentence.startswith("Five barn owl chicks"), ringed
    assert not lifespan.found and not sold.found, (lifespan, sold)


def test_hundred_and_sixty_first_batch_limits_lengths_of_the_thing_and_times_to_come():
    """Found by the hundred-and-sixty-first blind batch: "How many visitors are allowed each day?"
    is answered by "the number of visitors each day is limited to 600" (a limit says what is
    allowed); "How long was the route?" by "The 28-mile route", not by the convoy that "stretched
    for almost two miles ... to complete the route". Unanswerable, now a likely answer at most:
    "How many ponies will be released next year?" of a lead telling only this year's release."""
    from qa_bot.reading import measures_thing_asked

    assert measures_thing_asked("How long is the new bridge?", "The bridge, which is 1.8 kilometres long, opened.")
    assert measures_thing_asked("How long is the bridge?", "Who built the bridge?") is False
    bot = story_batch("stories_hundredsixtyfirst")
    allowed, route, next_year = bot.ask_many(["How many visitors are allowed each day?", "How long was the route?",
                                              "How many ponies will be released next year?"])
    assert "limited to 600" in allowed.hits[0].sentence and allowed.found, allowed
    assert route.hits[0].sentence.startswith("The 28-mile route") and route.found, route
    assert not next_year.found, next_year


def test_hundred_and_sixty_second_batch_seasons_sets_suppliers_and_contents():
    """Found by the hundred-and-sixty-second blind batch: "next spring" is a time ("When will the
    speed cushions be installed?"); "Four pairs of speed cushions" counts cushions, and "the
    20mph limit" does not, though "speed" is near "mph"; "The trees are supplied by a farm in
    Great Dunmow" says where they come from; "What is in the time capsule?" asks what it holds
    ("The capsule holds letters ..."); "has grown every year since apart from 2020" names 2020
    as a year left out, not one a total runs since."""
    assert matches_answer_type("date", "Speed cushions will be laid next spring.")
    bot = story_batch("stories_hundredsixtysecond")
    installed, cushions, come_from, contents, no_festival = bot.ask_many([
        "When will the speed cushions be installed?", "How many speed cushions will there be?",
        "Where do the trees come from?", "What is in the time capsule?", "Why was there no festival in 2020?"])
    assert installed.hits[0].sentence.startswith("Speed cushions will be laid on Church Street"), installed
    assert cushions.hits[0].sentence.startswith("Four pairs of speed cushions") and cushions.found, cushions
    assert come_from.hits[0].sentence.startswith("The trees are supplied by a farm") and come_from.found, come_from
    assert contents.hits[0].sentence.startswith("The capsule holds letters"), contents
    assert "apart from 2020, when it was cancelled" in no_festival.hits[0].sentence and no_festival.found, no_festival


def test_hundred_and_sixty_third_batch_lastings_footprints_and_no_rent():
    """Found by the hundred-and-sixty-third blind batch: "a second clean-up" is an ordinal, no
    span, and "since 2011" no span a clean-up took; "over the next fortnight" is a span; "What
    did the council lend the volunteers?" asks what was lent; "in the grounds of Lincoln Castle"
    is a place; "How long is a skating session?" asks how long it lasts ("Sessions last 45
    minutes", not "the first session sold out within an hour"); "charged no rent" prices the
    rent; "a child's session" is priced by "£9 for children". Unanswerable, now a likely answer
    at most: "How deep is the ice?" of "measures 40 metres by 20 metres", a length and a width;
    "What did the fridge door weigh?" of a sentence giving no weight."""
    assert not matches_answer_type("duration", "The surf club plans a second clean-up in September.")
    assert matches_answer_type("duration", "It stopped a second later.")
    assert matches_answer_type("duration", "The sacks will be delivered over the next fortnight.")
    assert matches_answer_type("place", "A rink has opened in the grounds of Lincoln Castle.")
    assert not matches_answer_type("place", "It rained in the middle of March.")
    assert answer_type("What did the fridge door weigh?") == "weight"
    bot = story_batch("stories_hundredsixtythird")
    lent, opened, session, rent, child, deep, weigh = bot.ask_many([
        "What did the council lend the volunteers?", "Where has the ice rink opened?", "How long is a skating session?",
        "How much rent does the council charge for the site?", "How much does a child's session cost?",
        "How deep is the ice?", "What did the fridge door weigh?"])
    assert lent.hits[0].sentence.startswith("Redcar and Cleveland Council lent litter pickers") and lent.found, lent
    assert "in the grounds of Lincoln Castle" in opened.hits[0].sentence and opened.found, opened
    assert session.hits[0].sentence.startswith("Sessions last 45 minutes") and session.found, session
    assert "charged no rent" in rent.hits[0].sentence and rent.found, rent
    assert child.hits[0].sentence.startswith("Sessions last 45 minutes") and child.found, child
    assert not deep.found and not weigh.found, (deep, weigh)


def test_hundred_and_sixty_fourth_batch_former_things_ranges_of_ages_and_years_not_told():
    """Found by the hundred-and-sixty-fourth blind batch: "What was the building before it became a
    climbing centre?" asks what it used to be ("A former Methodist church ..."); "How old are the
    players?" asks a range of ages ("players aged from 38 to 84"), not the oldest one's, and that
    range counts no players. Unanswerable, now likely answers at most: "When did the Treloars start
    climbing?" of a sentence telling no start; "How many trees were used in 2009?" of a sentence
    telling only of now ("are being used to help", no habit gone by)."""
    from qa_bot.reading import lacks_last_year

    assert lacks_last_year("How many trees were used in 2009?", "Old trees are being used to help rebuild dunes.")
    assert not lacks_last_year("How many housing units were there in 2000?", "There were 149,025 housing units.")
    bot = story_batch("stories_hundredsixtyfourth")
    before, ages, started, in_2009 = bot.ask_many([
        "What was the building before it became a climbing centre?", "How old are the players?",
        "When did the Treloars start climbing?", "How many trees were used in 2009?"])
    assert before.hits[0].sentence.startswith("A former Methodist church in Exeter") and before.found, before
    assert "players aged from 38 to 84" in ages.hits[0].sentence and ages.found, ages
    assert not started.found and not in_2009.found, (started, in_2009)


def test_hundred_and_sixty_fifth_batch_plural_days_places_on_a_thing_births_and_codes():
    """Found by the hundred-and-sixty-fifth blind batch: "opens on Wednesdays and Saturdays" says
    when ("When is the toy library open?"); "at the bottom of the First World War panel" is a place
    ("Where has Maltby's name been added?"); "What does the school hope to add?" asks a plan, not
    anyone's words ("add" after "to" is no speech). Unanswerable, now likely answers at most: "When
    was Albert Maltby born?" of a sentence telling no birth; "How many seed varieties does the
    library hold?" of "hybrid varieties, marked F1", a short name with a figure in it, no count."""
    assert matches_answer_type("date", "The library opens on Wednesdays and Saturdays.")
    assert not matches_answer_type("count", "Seeds marked F1 on the packet are not accepted.")
    assert matches_answer_type("number", "Hospital number: NG448213")
    bot = story_batch("stories_hundredsixtyfifth")
    open_when, added, hope, born, varieties = bot.ask_many([
        "When is the toy library open?", "Where has Maltby's name been added?", "What does the school hope to add?",
        "When was Albert Maltby born?", "How many seed varieties does the library hold?"])
    assert "opens on Wednesdays and Saturdays" in open_when.hits[0].sentence and open_when.found, open_when
    assert added.hits[0].sentence.startswith("His name has now been added") and added.found, added
    assert hope.hits[0].sentence.startswith("The school hopes to add a sensor") and hope.found, hope
    assert not born.found and not varieties.found, (born, varieties)


def test_hundred_and_sixty_sixth_batch_what_is_to_come_spans_and_meeting_places():
    """Found by the hundred-and-sixty-sixth blind batch: "What will happen to the squares
    afterwards?" asks what is to come of them; "How long did the squares take to make?" the span of
    the making ("spent eight months making the squares", not "a job that took 14 members nearly five
    hours"); "Where does the knitting group meet?" the place of their meeting, told of the group by
    its name; "cut from limestone" is a material; "The club's youngest member is nine" is an age and a
    span of time counts no things, so "How many members does the archery club have?" takes "which
    has 74 members". Unanswerable, now likely answers at most: how many members a group has of
    "spent eight months making the squares"; "When did the Holden sisters learn to skate?" of a
    sentence telling no learning."""
    assert not matches_answer_type("count", "The group spent eight months making the squares.")
    assert matches_answer_type("count", "The family stayed three nights.")
    assert matches_answer_type("material", "The new stones were cut from limestone quarried near Buxton.")
    bot = story_batch("stories_hundredsixtysixth")
    to_come, took, meet, members, divas, learn = bot.ask_many([
        "What will happen to the squares afterwards?", "How long did the squares take to make?",
        "Where does the knitting group meet?", "How many members does the archery club have?",
        "How many members does the Whitby Purl Divas have?", "When did the Holden sisters learn to skate?"])
    assert to_come.hits[0].sentence.startswith("After the display comes down") and to_come.found, to_come
    assert "spent eight months making the squares" in took.hits[0].sentence and took.found, took
    assert "who meet every Tuesday afternoon in the Pannett Park café" in meet.hits[0].sentence, meet
    assert "which has 74 members" in members.hits[0].sentence and members.found, members
    assert not divas.found and not learn.found, (divas, learn)


def test_hundred_and_sixty_seventh_batch_more_parts_charges_and_rates():
    """Found by the hundred-and-sixty-seventh blind batch: "What else is sold on the milk round?"
    asks more than the story leads with ("The farm also sells yoghurt ..."); "How many of the boxes
    had bats in them?" a part of the whole ("found bats in eleven of them", after "30 new bat boxes
    had been put up"), not the whole; "Do you have to pay for the bat walks?" whether there is a
    charge ("The walks are free"); "Where was the championship held?" is not answered by next
    year's ("will be held in Church Stretton"). Unanswerable, now likely answers at most: a day's
    hire of "£10 an hour"; "Is there parking at the village hall?" of a sentence without any."""
    bot = story_batch("stories_hundredsixtyseventh")
    more, part, pay, held, day, parking, bats = bot.ask_many([
        "What else is sold on the milk round?", "How many of the boxes had bats in them?",
        "Do you have to pay for the bat walks?", "Where was the hedgelaying championship held?",
        "How much does it cost to hire the small room for a whole day?", "Is there parking at the village hall?",
        "How many bats live in the country park?"])
    assert more.hits[0].sentence.startswith("The farm also sells yoghurt") and more.found, more
    assert "found bats in eleven of them" in part.hits[0].sentence and part.found, part
    assert pay.hits[0].sentence.startswith("The walks are free"), pay
    assert "on a farm near Bishop's Castle" in held.hits[0].sentence and held.found, held
    assert not day.found and not parking.found and not bats.found, (day, parking, bats)


def test_hundred_and_sixty_eighth_batch_past_places_named_champions_and_whom_a_price_is_for():
    """Found by the hundred-and-sixty-eighth blind batch: "Where was the ploughing match held?" is
    not answered by next year's ("will be held on a farm at Tetford"), a deed to come; "Who was the
    overall champion?" by "It is the first time a woman has been named overall champion", which
    names no one, over "The champion of the day was Sarah Dunn"; "when I was twelve" is an age, "made
    a new drive wheel from bronze" a material. Unanswerable, now likely answers at most: a family's
    price of "£25 a year for adults and £10 for under-18s"; "Who won the modern tractor class?" of
    "... won the vintage class"; "Who wound the clock before Keith Bright?" of a sentence naming only
    him."""
    assert matches_answer_type("age", "\u201cI learned to plough on that tractor when I was twelve, and I have been "
                                      "coming to this match since I was a baby,\u201d she said.")
    assert matches_answer_type("material", "He made a new drive wheel from bronze, cutting each of its 96 teeth.")
    bot = story_batch("stories_hundredsixtyeighth")
    held, champion, learned, wheel, family, modern, before = bot.ask_many([
        "Where was the ploughing match held?", "Who was the overall champion?",
        "How old was Sarah Dunn when she learned to plough?", "What was the new drive wheel made of?",
        "How much does membership cost for a family?", "Who won the modern tractor class?",
        "Who wound the clock before Keith Bright?"])
    assert "Wolds Ploughing Match near Louth" in held.hits[0].sentence and held.found, held
    assert champion.hits[0].sentence.startswith("The champion of the day was Sarah Dunn"), champion
    assert "when I was twelve" in learned.hits[0].sentence and learned.found, learned
    assert "from bronze" in wheel.hits[0].sentence and wheel.found, wheel
    assert not family.found and not modern.found and not before.found, (family, modern, before)


def test_hundred_and_sixty_ninth_batch_causes_conditions_counts_and_old_or_new():
    """Found by the hundred-and-sixty-ninth blind batch: "What caused the pavilion fire?" is
    answered by "the blaze was probably started by an electrical fault"; "What happens if I return
    tools late?" by the sentence stating the condition most fully ("members who return tools late
    three times will lose their membership") over one stating part
    of it ("Tools are checked when they are returned"); "How many hens ...?" by the very hens counted
    ("her flock of 300 free-range hens") over a near synonym's count ("dozens of boxes of eggs").
    Unanswerable, now a likely answer at most: what the old pavilion cost, of the new one's price."""
    assert matches_answer_type("reason", "Firefighters said the blaze was probably started by an electrical fault.")
    bot = story_batch("stories_hundredsixtyninth")
    cause, late, hens, old = bot.ask_many([
        "What caused the pavilion fire?", "What happens if I return tools late?",
        "How many hens does Jenny Hutchinson have?", "How much did the old pavilion cost to build?"])
    assert "started by an electrical fault" in cause.hits[0].sentence and cause.found, cause
    assert "who return tools late three times" in late.hits[0].sentence and late.found, late
    assert "her flock of 300 free-range hens" in hens.hits[0].sentence and hens.found, hens
    assert not old.found, old


def test_hundred_and_seventieth_batch_habits_gone_by_places_orders_and_spans_priced():
    """Found by the hundred-and-seventieth blind batch: "What did Bramble use to do when visitors
    came?" asks a habit gone by ("She used to hide under the table ..."). Unanswerable, now likely
    answers at most: "When did the Asian hornet arrive in Kent?" of "... arrived in France in 2004"
    (the deed told in another place); "How many people came to the second film night?" of "... drew
    25 people to the first showing" (another of a series by its order); "How much does a pedalo cost
    for an hour?" of "Pedalos cost £12 for 30 minutes" (a sum for another span)."""
    bot = story_batch("stories_hundredseventieth")
    habit, kent, second, hour, rowing = bot.ask_many([
        "What did Bramble use to do when visitors came?", "When did the Asian hornet arrive in Kent?",
        "How many people came to the second film night?", "How much does a pedalo cost for an hour?",
        "How much does a rowing boat cost for an hour?"])
    assert "She used to hide under the table" in habit.hits[0].sentence and habit.found, habit
    assert not kent.found and not second.found and not hour.found, (kent, second, hour)
    assert "£25 for an hour" in rowing.hits[0].sentence and rowing.found, rowing


def test_a_limit_on_a_count_is_no_count_held():
    """"How many tools does the library have?" asks what is held: "You can borrow up to three tools
    at a time" is a limit, "We have more than 350 tools" the count (left over from the
    hundred-and-sixty-ninth batch)."""
    bot = story_batch("stories_hundredsixtyninth")
    held = bot.ask("How many tools does the library have?")
    assert held.hits[0].sentence.startswith("We have more than 350 tools") and held.found, held


def test_hundred_and_seventy_first_batch_now_done_deeds_materials_and_whole_questions():
    """Found by the hundred-and-seventy-first blind batch: "How many members does the bridge club
    have now?" is said "Today it has 48 members", not "was down to eleven members two years ago";
    "When was brass rubbing banned at St Mary's?" by the ban with its year before it ("in 1994 the
    parish banned it"), and "Why ...?" by the ban with its purpose after it ("to protect them"), not
    by a sentence telling another deed's ("so that they can be seen"); "What are the copies made
    of?" by a material named ("cast in resin"), not "copies made from the originals"; "Can children
    do brass rubbing on their own?" by the sentence holding all it asks; "When did the swap shop
    open?" by the opening done ("It opened in March 2025"), not its hours ("is open on Saturdays");
    "How many people usually come ...?" by "A normal session ... draws about 40". Unanswerable, now
    likely answers at most: "What blood type is Amy Rowlands?" of her own words, and "How much did a
    brass rubbing cost in the 1970s?" of today's price."""
    bot = story_batch("stories_hundredseventyfirst")
    now, banned, why, made, children, opened, usual, blood, seventies = bot.ask_many([
        "How many members does the bridge club have now?", "When was brass rubbing banned at St Mary's?",
        "Why was brass rubbing banned?", "What are the copies made of?", "Can children do brass rubbing on their own?",
        "When did the swap shop open?", "How many people usually come to a session in Ludlow?",
        "What blood type is Amy Rowlands?", "How much did a brass rubbing cost in the 1970s?"])
    assert now.hits[0].sentence.startswith("Today it has 48 members") and now.found, now
    for answer in (banned, why):
        assert "in 1994 the parish banned it" in answer.hits[0].sentence and answer.found, answer
    assert "cast in resin" in made.hits[0].sentence and made.found, made
    assert "children under 12 must be with an adult" in children.hits[0].sentence and children.found, children
    assert opened.hits[0].sentence.startswith("It opened in March 2025") and opened.found, opened
    assert usual.hits[0].sentence.startswith("A normal session in the town"), usual
    assert not blood.found and not seventies.found, (blood, seventies)


def test_hundred_and_seventy_second_batch_bare_counts_purposes_places_deeds_done_and_fees():
    """Found by the hundred-and-seventy-second blind batch: "How many members does the shed have
    now?" is counted by "It now has 64, the oldest of them 91", a count with nothing after it, of
    what the sentence before counted ("five members"); "Why was the quilt raffled?" by the raffle
    with its purpose ("to raise money for the Red Cross"); "Where was the quilt kept?" by the deed
    with a place in common words ("kept it folded in a cupboard"); "What did Mair Griffiths win?" by
    the win done ("won the women's over-85 singles"), not "had not expected to win"; "How much do
    guests pay?" by "Guests pay a lawn fee of £5", a fee's name between the deed and its sum.
    Unanswerable, now likely answers at most: "Who did Mair Griffiths beat in the semi-final?" of
    the final's sentence (another round); "Is there a bar at the croquet club?" of a sentence
    without one (the thing asked with a place after it)."""
    bot = story_batch("stories_hundredseventysecond")
    members, raffled, kept, won, guests, semi, bar = bot.ask_many([
        "How many members does the shed have now?", "Why was the quilt raffled?", "Where was the quilt kept?",
        "What did Mair Griffiths win?", "How much do guests pay?", "Who did Mair Griffiths beat in the semi-final?",
        "Is there a bar at the croquet club?"])
    assert members.hits[0].sentence.startswith("It now has 64") and members.found, members
    assert "raffled to raise money for the Red Cross" in raffled.hits[0].sentence and raffled.found, raffled
    assert "kept it folded in a cupboard" in kept.hits[0].sentence and kept.found, kept
    assert won.hits[0].sentence.startswith("Mair Griffiths won the women's over-85 singles") and won.found, won
    assert guests.hits[0].sentence.startswith("Guests pay a lawn fee of £5") and guests.found, guests
    assert not semi.found and not bar.found, (semi, bar)


def test_hundred_and_seventy_third_batch_hired_roles_kinds_by_name_orders_courses_and_couples():
    """Found by the hundred-and-seventy-third blind batch: "Who is the falconer?" is named in the
    sentence after a lead that hires one unnamed ("... has hired a falconer ..." / "Jade Collier,
    who runs ..."); "What kind of bird is Storm?" by the kind beside the name ("a Harris hawk
    called Storm"); "Where did they hide their first cache?" by the one of the series asked ("They
    placed their first cache ..."), not the 1,000th's; "How long is the course?" asks a length
    ("a course of 600 metres"), not a span ("for the first time in 20 years"); "What was Brian
    Morton's job?" is asked of someone the story names beside his wife ("Brian and Val Morton"), so
    "Mr Morton, a former postman" is no one else's."""
    assert answer_type("How long is the course?") == "length"
    assert answer_type("How long is the umpiring course?") == "duration"
    bot = story_batch("stories_hundredseventythird")
    falconer, kind, first, course, job = bot.ask_many([
        "Who is the falconer?", "What kind of bird is Storm?", "Where did they hide their first cache?",
        "How long is the course?", "What was Brian Morton's job?"])
    assert falconer.hits[0].sentence.startswith("Jade Collier, who runs") and falconer.found, falconer
    assert "a Harris hawk called Storm" in kind.hits[0].sentence and kind.found, kind
    assert first.hits[0].sentence.startswith("They placed their first cache") and first.found, first
    assert "a course of 600 metres" in course.hits[0].sentence and course.found, course
    assert "a former postman" in job.hits[0].sentence and job.found, job


def test_hundred_and_seventy_fourth_batch_counts_of_each_conditions_of_the_reader_and_ones_among():
    """Found by the hundred-and-seventy-fourth blind batch: "How many teams are in the league?" is
    not counted by "Each team has nine players", which counts players (a number naming what it
    counts after it counts nothing before it), but by "... with eight teams playing ..."; "Can I get
    a refund if I cancel?" by the reader's own condition ("If you cancel more than 14 days before
    ..."), not the seller's ("If we cancel a walk because of bad weather ..."). Unanswerable, now
    likely answers at most: "How many post boxes are there in Dorset?" of "One of the oldest post
    boxes in Dorset ..." (one among them, no count); "How old is Alan Tennant?" of his own words
    without a number."""
    from qa_bot.ranking import words_near_figures

    assert "team" not in words_near_figures("Each team has nine players, and at least four must be women.")
    assert "boxes" not in words_near_figures("One of the oldest post boxes in Dorset has been saved.")
    bot = story_batch("stories_hundredseventyfourth")
    teams, refund, boxes, age = bot.ask_many([
        "How many teams are in the league?", "Can I get a refund if I cancel?",
        "How many post boxes are there in Dorset?", "How old is Alan Tennant?"])
    assert "with eight teams playing" in teams.hits[0].sentence and teams.found, teams
    assert refund.hits[0].sentence.startswith("If you cancel more than 14 days") and refund.found, refund
    assert not boxes.found and not age.found, (boxes, age)


def test_hundred_and_seventy_fifth_batch_kinds_in_a_range_uses_gone_by_and_full_names():
    """Found by the hundred-and-seventy-fifth blind batch: "What kind of songs does the choir sing?"
    is told a kind by a range ("Their songs range from hymns to Abba"); "What was the cottage used
    for after the keepers left?" by a use it was put to ("The building was then used as a store");
    "Who was Samuel Coombe?" by the sentence giving his full name ("Mr Coombe's grandfather, Samuel
    Coombe, was a keeper ..."), not his grandson's words ('..." Mr Coombe said')."""
    bot = story_batch("stories_hundredseventyfifth")
    songs, used, who = bot.ask_many([
        "What kind of songs does the choir sing?", "What was the cottage used for after the keepers left?",
        "Who was Samuel Coombe?"])
    assert songs.hits[0].sentence.startswith("Their songs range from hymns to Abba") and songs.found, songs
    assert used.hits[0].sentence.startswith("The building was then used as a store") and used.found, used
    assert "Samuel Coombe, was a keeper at Trevose" in who.hits[0].sentence and who.found, who


def test_hundred_and_seventy_sixth_batch_duties_referents_sayings_named_months_and_deeds_asked_how():
    """Found by the hundred-and-seventy-sixth blind batch: "What did applicants have to do?" is told
    by what was required ("Each had to read a proclamation aloud"), not "Six people applied";
    "Do they use instruments?" by the sentence holding it ("The group sings without instruments"),
    not the next, which holds the question only through "Their"; "What is the trick to a good
    throw?" by '"The trick is to let go late ..."'; "Which months have no meeting?" by months named
    ("no meeting in August or December"), not "each month"; "How far did Lily Marsh throw the
    boot?" by the deed ("threw a wellington boot 58.4 metres"), not her record's sentence; "When
    was Heron built?" by the deed with a time ("A working narrowboat built in 1936 ..."), not
    "Heron was built at Yarwoods yard", which gives none."""
    bot = story_batch("stories_hundredseventysixth")
    duty, instruments, trick, months, throw, built = bot.ask_many([
        "What did applicants have to do?", "Do they use instruments?", "What is the trick to a good throw?",
        "Which months have no meeting?", "How far did Lily Marsh throw the boot?", "When was Heron built?"])
    assert duty.hits[0].sentence.startswith("Each had to read a proclamation aloud") and duty.found, duty
    assert instruments.hits[0].sentence == "The group sings without instruments." and instruments.found, instruments
    assert '"The trick is to let go late' in " ".join(trick.hits[0].sentence.split()), trick
    assert months.hits[0].sentence == "There is no meeting in August or December." and months.found, months
    assert "threw a wellington boot 58.4 metres" in throw.hits[0].sentence and throw.found, throw
    assert built.hits[0].sentence.startswith("A working narrowboat built in 1936"), built


def test_hundred_and_seventy_sixth_batch_bodies_entries_text_lengths_and_the_oldest():
    """Found by the hundred-and-seventy-sixth blind batch: "Who pays for author visits?" is answered
    by a body ("the Friends of Riverside Library fund"), so the passive does not leave the payer
    out; "How much did it cost to enter?" by "Entry cost £2", the noun of the verb, over another
    story's tickets; "How many people entered?" by "drew 140 entrants", not "Six people applied";
    "How long can a cry be?" by a length in words ("cries are limited to 150 words"); "How did
    the volunteers learn to rivet?" by the deed ('"We learnt the method from a film ..."'); "Who was
    the oldest thrower?" by someone with an age ("an 86-year-old retired vet, Arthur Pyke")."""
    from qa_bot.ranking import matches_answer_type

    assert matches_answer_type("length", "cries are limited to 150 words")
    assert not matches_answer_type("length", "in other words, a page of notes")
    bot = story_batch("stories_hundredseventysixth")
    pays, entry, entered, cry, learn, oldest = bot.ask_many([
        "Who pays for author visits?", "How much did it cost to enter?", "How many people entered?",
        "How long can a cry be?", "How did the volunteers learn to rivet?", "Who was the oldest thrower?"])
    assert pays.hits[0].sentence.startswith("Visits are paid for from the Friends") and pays.found, pays
    assert entry.hits[0].sentence.startswith("Entry cost £2") and entry.found, entry
    assert "drew 140 entrants" in entered.hits[0].sentence, entered
    assert "cries are limited to 150 words" in cry.hits[0].sentence and cry.found, cry
    assert "We learnt the method from a film" in learn.hits[0].sentence, learn
    assert "Arthur Pyke" in oldest.hits[0].sentence, oldest


def test_hundred_and_seventy_seventh_batch_places_purposes_plans_times_gone_by_and_former_jobs():
    """Found by the hundred-and-seventy-seventh blind batch: "Where are the bog snorkelling
    championships held?" by its own story's lead, not another story's "... at the event, held
    every June on the playing field ..."; "Why was the event started?" by a purpose ("as a way to
    bring visitors to the town"); "What will Oscar spend his voucher on?" and "What will Frank do in
    retirement?" by what is to come or planned ("He plans to spend it on a new fork."), not the
    voucher's sentence or his uncle's retirement; "How many cobblers did Kendal once have?" by a
    time gone by ("In those days the town had seven cobblers."), not the lead's closing next month;
    "What did Claire Hutchins do before?" by her former job ("..., a former social worker")."""
    bot = story_batch("stories_hundredseventyseventh")
    where, why, voucher, retirement, cobblers, before = bot.ask_many([
        "Where are the bog snorkelling championships held?", "Why was the event started?",
        "What will Oscar spend his voucher on?", "What will Frank do in retirement?",
        "How many cobblers did Kendal once have?", "What did Claire Hutchins do before?"])
    assert where.hits[0].sentence.startswith("The World Bog Snorkelling Championships will return") and \
        where.found, where
    assert "as a way to bring visitors" in " ".join(why.hits[0].sentence.split()) and why.found, why
    assert voucher.hits[0].sentence == "He plans to spend it on a new fork." and voucher.found, voucher
    assert retirement.hits[0].sentence.startswith("Mr Dobson plans to spend his retirement") and \
        retirement.found, retirement
    assert cobblers.hits[0].sentence == "In those days the town had seven cobblers." and cobblers.found, cobblers
    assert "a former social worker" in before.hits[0].sentence and before.found, before


def test_hundred_and_seventy_seventh_batch_ages_required_figures_by_name_likings_languages_and_prices():
    """Found by the hundred-and-seventy-seventh blind batch: "How old must competitors be?" is told
    an age required ("competitors must be at least 14"), not a 12-year-old winner of another story;
    "What is the population of Llanwrtyd Wells?" by the figure named ("a population of about 850"),
    not the lead naming the town. Unanswerable, now likely answers at most: "What is Oscar Bennett's
    favourite subject?" of his words that tell no liking; "What language does Dorothy Wells speak?"
    of a sentence naming none; "How much is a season ticket at the ski slope?" of a snowboard's
    hire, a price of another thing."""
    from qa_bot.ranking import asked_cost_of, matches_answer_type

    assert matches_answer_type("age", "Entry costs £20, and competitors must be at least 14.")
    assert not matches_answer_type("age", "Bags must be under 20 kg.")
    assert asked_cost_of("How much is a season ticket at the ski slope?") == ["season", "ticket"]
    bot = story_batch("stories_hundredseventyseventh")
    age, population, subject, language, season = bot.ask_many([
        "How old must competitors be?", "What is the population of Llanwrtyd Wells?",
        "What is Oscar Bennett's favourite subject?", "What language does Dorothy Wells speak?",
        "How much is a season ticket at the ski slope?"])
    assert age.hits[0].sentence == "Entry costs £20, and competitors must be at least 14." and age.found, age
    assert "a population of about 850" in population.hits[0].sentence, population
    assert not subject.found and not language.found and not season.found, (subject, language, season)


def test_hundred_and_seventy_eighth_batch_teams_titles_trades_spans_scores_and_things_named():
    """Found by the hundred-and-seventy-eighth blind batch: "Who won the British and World Marbles
    Championship?" by the team the next sentence names ("The Greyhound Rollers, ...") after a
    lead introducing "A team from a pub ..."; "Who won the women's title?" and "Who won the World
    Gurning Championship?" not by "a children's gurning contest, won by eight-year-old Alfie
    Burns", a deed done to another thing; "What does Dave Pocock do for a living?" by a trade ("a
    58-year-old plasterer"); "How long has Pocock played marbles?" by a span from an age ("since
    he was seven"); "What was the score in the final?" by "31 marbles to 18"; "What is a tolley?"
    by the sentence naming it ("a larger marble called a tolley"), not his words about his."""
    bot = story_batch("stories_hundredseventyeighth")
    team, women, gurning, trade, played, score, tolley = bot.ask_many([
        "Who won the British and World Marbles Championship?", "Who won the women's title?",
        "Who won the World Gurning Championship?", "What does Dave Pocock do for a living?",
        "How long has Pocock played marbles?", "What was the score in the final?", "What is a tolley?"])
    assert team.hits[0].sentence.startswith("The Greyhound Rollers, made up of four regulars") and team.found, team
    assert women.hits[0].sentence.startswith("The women's title went to Claire Irwin") and women.found, women
    assert gurning.hits[0].sentence.startswith("Tommy Mattinson, 67, beat 22 other gurners") and gurning.found, gurning
    assert "a 58-year-old plasterer" in trade.hits[0].sentence and trade.found, trade
    assert "who has played since he was seven" in played.hits[0].sentence and played.found, played
    assert "by 31 marbles to 18" in " ".join(score.hits[0].sentence.split()) and score.found, score
    assert "a larger marble called a tolley" in " ".join(tolley.hits[0].sentence.split()) and tolley.found, tolley


def test_hundred_and_seventy_eighth_batch_unanswerables_with_no_winner_no_name_or_another_price():
    """Unanswerable in the hundred-and-seventy-eighth blind batch, now likely answers at most: "Who
    won the greasy pole climb?" of a sentence naming no one; "What was Helen Tregear's dog
    called?" of her words '"I cried at the first one."', which speak of no dog and give no name;
    "How much does a fencing mask cost?" of adult membership's price, whose "British Fencing" is a
    name, not a fencing mask."""
    from qa_bot.reading import names_no_winner, names_nothing_asked

    assert names_no_winner("Who scored Wigan's goals?", "They have scored just 19 goals in 24 matches.")
    assert not names_no_winner("Who won the race?", "The race was won by Grace Wanjiru.")
    assert not names_nothing_asked("What is the name of the process?", "It is known as trial division.")
    bot = story_batch("stories_hundredseventyeighth")
    climb, dog, mask = bot.ask_many([
        "Who won the greasy pole climb?", "What was Helen Tregear's dog called?", "How much does a fencing mask cost?"])
    assert not climb.found and not dog.found and not mask.found, (climb, dog, mask)


def test_hundred_and_seventy_ninth_batch_winners_named_after_a_lead_and_ages_of_namesakes():
    """Found by the hundred-and-seventy-ninth blind batch: "Who won the senior vintage class?" by
    the name the next sentence gives ("Josh Plant beat 31 other competitors ...") after a lead
    introducing "A 16-year-old from Leek" who won it: "the Staffordshire Ploughing Match" is no
    person's name, and the named sentence keeps its place over his grandfather's ("... Ron Plant,
    85, who won the same class in 1971"); "How old is Josh Plant?" is not told by "Ron Plant, 85",
    another of the surname (though "Mrs Metcalfe, 69" is Jean Metcalfe's age)."""
    from qa_bot.ranking import gives_ages_of_others_only, names_a_person_in

    assert not names_a_person_in("A 16-year-old from Leek has won the class at the Staffordshire Ploughing Match.")
    assert gives_ages_of_others_only("How old is Josh Plant?", "restored by his grandfather, Ron Plant, 85, who won")
    assert not gives_ages_of_others_only("How old is Jean Metcalfe?", "Mrs Metcalfe, 69, who worked as a cook, said")
    bot = story_batch("stories_hundredseventyninth")
    winner, age = bot.ask_many(["Who won the senior vintage class?", "How old is Josh Plant?"])
    assert winner.hits[0].sentence.startswith("Josh Plant beat 31 other competitors") and winner.found, winner
    assert age.hits[0].sentence.startswith("A 16-year-old from Leek has won"), age


def test_hundred_and_eightieth_batch_deeds_told_another_way():
    """Found by the hundred-and-eightieth blind batch: what is to come of someone's thing ("What
    will happen to her wooden blocks?"); a reason "was down to"; the buyer as whom a thing "has
    been sold to"; a named person's deed told by the next sentence's "She" ('"She sent me a
    postcard ..."'); what was done "instead of" a deed the best tells as not done; and a count
    whose deed the story told before ("Fourteen other people followed her down the tower")."""
    bot = story_batch("stories_hundredeightieth")
    blocks, rise, bought, sent, instead, others = bot.ask_many([
        "What will happen to her wooden blocks?", "Why did the number of cygnets rise?", "Who has bought the shop?",
        "What did Judi Dench send her?", "What did she do instead of looking down?",
        "How many other people abseiled down the tower?"])
    assert blocks.hits[0].sentence.startswith("Mrs Tindall's wooden blocks will go"), blocks
    assert rise.hits[0].sentence.startswith("Mr Barber said the rise was down to"), rise
    assert bought.hits[0].sentence.startswith("The shop has been sold to a bakery chain"), bought
    assert sent.hits[0].sentence.startswith('"She sent me a postcard'), sent
    assert instead.hits[0].sentence.startswith('"I looked at the stonework'), instead
    assert others.hits[0].sentence.startswith("Fourteen other people") and others.found, others


def test_hundred_and_eightieth_batch_families_colours_and_kinds_of_ticket():
    """A family is someone ("made by the Wordsworth family's descendants"); teens and tens count
    ("fourteen", "ninety"); a colour asked of a sentence naming none, and a price of a kind of
    ticket its document never speaks of ("a family ticket"), are likely answers at most, though a
    kind it does ("a season ticket for a child") is found."""
    from qa_bot.ranking import matches_answer_type

    assert matches_answer_type("person", "The largest was made by the Wordsworth family's descendants.")
    assert matches_answer_type("number", "Fourteen other people followed her.")
    assert matches_answer_type("number", "It has ninety members.")
    bot = story_batch("stories_hundredeightieth")
    bearing, colour, family, season = bot.ask_many([
        "Who made the largest bearing?", "What colour was the hat Judi Dench wore?",
        "How much does a family ticket cost?", "How much is a season ticket for a child?"])
    assert bearing.hits[0].sentence.startswith("The largest this year") and bearing.found, bearing
    assert not colour.found and not family.found, (colour, family)
    assert season.hits[0].sentence.startswith("A season ticket costs") and season.found, season


def test_hundred_and_eighty_first_batch_parts_played_places_and_times_won():
    """Found by the hundred-and-eighty-first blind batch: "What does the drummer do?" by the
    sentence telling what follows the drummer ("a drummer at the front who beats out the stroke"),
    not the one only naming the nurses' drummer; places by a hall or an entrance "of" a name ("in the
    entrance hall of Sheffield railway station") and by a kind of centre ("to a recycling centre");
    "How many times ...?" counted by "for the third year running" (also "How many times have the
    rowing club won?" of the hundred-and-seventy-second, which had been withheld)."""
    from qa_bot.ranking import matches_answer_type

    assert matches_answer_type("place", "It stood in the entrance hall of Sheffield railway station.")
    assert matches_answer_type("place", "It had been taken to a recycling centre.")
    bot = story_batch("stories_hundredeightyfirst")
    drummer, where, taken = bot.ask_many(["What does the drummer do?", "Where was the piano?",
                                          "Where was the piano taken?"])
    assert drummer.hits[0].sentence.startswith("Each boat carries 16 paddlers"), drummer
    assert where.hits[0].sentence.startswith("A piano that travellers had played"), where
    assert taken.hits[0].sentence.startswith("Network Rail said the piano"), taken
    rowing = story_batch("stories_hundredseventysecond").ask("How many times have the rowing club won?")
    assert rowing.hits[0].sentence.startswith("The race was won in 47 minutes") and rowing.found, rowing


def test_hundred_and_eighty_second_batch_whole_contests_prize_takers_and_averages():
    """Found by the hundred-and-eighty-second blind batch: "Who won the scything championship?" by
    the lead's "crowned champion", not "The women's title was won by Kate Mellor" (a class of the
    contest the question does not name); "Who gets prizes?" by "the first three men and women";
    "How much does a bell weigh on average?" is not told by "The heaviest, the tenor, weighs almost a
    tonne" (a likely answer at most)."""
    from qa_bot.ranking import matches_answer_type

    assert matches_answer_type("person", "Prizes are given to the first three men and women.")
    bot = story_batch("stories_hundredeightysecond")
    champion, prizes, bell = bot.ask_many(["Who won the scything championship?", "Who gets prizes?",
                                           "How much does a bell weigh on average?"])
    assert champion.hits[0].sentence.startswith("A 34-year-old tree surgeon from Frome"), champion
    assert prizes.hits[0].sentence.startswith("Prizes are given to the first three") and prizes.found, prizes
    assert bell.hits[0].sentence.startswith("The heaviest, the tenor") and not bell.found, bell


def test_hundred_and_eighty_third_batch_deeds_with_prepositions_kinds_and_counts_elsewhere():
    """Found by the hundred-and-eighty-third blind batch: "What do the mushrooms grow on?" by "grow
    on bags of used coffee grounds", the deed with the preposition asked, over the lead's "to grow
    mushrooms for restaurants"; "What kinds of mushrooms are grown?" by the sentence naming them
    ("oyster and shiitake mushrooms"); "Which pub ...?" asks a place; "How many volunteers took
    part?" by "drew 160 volunteers" over another story's "More than 60 countries are expected to take
    part", whose story has no volunteers; "How many shopping trolleys were found?" is counted by "14
    shopping trolleys" (found, like counted or recorded, tells nothing done to them)."""
    from qa_bot.ranking import answer_type, asked_count_done

    assert answer_type("Which pub do they play for?") == "place"
    assert asked_count_done("How many shopping trolleys were found?") is None
    bot = story_batch("stories_hundredeightythird")
    grow, kinds, pub, volunteers, trolleys = bot.ask_many([
        "What do the mushrooms grow on?", "What kinds of mushrooms are grown?", "Which pub do they play for?",
        "How many volunteers took part?", "How many shopping trolleys were found?"])
    assert grow.hits[0].sentence.startswith("The mushrooms grow on bags"), grow
    assert kinds.hits[0].sentence.startswith("The Dove Holes tunnel"), kinds
    assert pub.hits[0].sentence.startswith("Dave Le Brun, Kev Mauger and Sam Renouf"), pub
    assert volunteers.hits[0].sentence.startswith("The clean-up, the 10th held by"), volunteers
    assert trolleys.hits[0].sentence.startswith("Volunteers clearing a three-mile") and trolleys.found, trolleys


def test_hundred_and_eighty_fourth_batch_lists_after_a_colon_and_radio_frequencies():
    """Found by the hundred-and-eighty-fourth blind batch: "What colours may huts be painted?" is
    answered, not withheld, by "one of the six colours approved by the council: sea blue, sand,
    white ...", whose colon names what it counted; "What frequency does the station broadcast on?"
    asks no "how often"."""
    from qa_bot.ranking import answer_type
    from qa_bot.reading import counts_without_naming

    listed = "Huts must be painted in one of the six colours approved by the council: sea blue, sand, white."
    assert not counts_without_naming("What colours may huts be painted?", listed)
    assert counts_without_naming("Which libraries will close?", "It will close five of its libraries.")
    assert answer_type("What frequency does the station broadcast on?") != "frequency"
    assert answer_type("At what frequency are the buses run?") == "frequency"
    colours = story_batch("stories_hundredeightyfourth").ask("What colours may huts be painted?")
    assert colours.hits[0].sentence.startswith("Huts must be painted in one of the six colours") and colours.found


def test_hundred_and_eighty_fifth_batch_doers_scores_opponents_sizes_and_purposes():
    """Found by the hundred-and-eighty-fifth blind batch: "What does the studio make?" by "The studio
    makes bowls ...", the thing asked doing the deed, over "visitors make their own paperweight";
    "How many volunteers took part?" by "Forty volunteers ..." over "the volunteers recorded 94
    species" (a count of species); "What was the score in the semi-final?" by the result ("beat ...
    by 2-14 to 1-12"), not a player's "scored 1-4"; "Who will they play in the final?" by "Their
    opponents in the final are ..."; "How big is the walled garden?" by "The two-acre garden";
    "Why was the garden built?" by "built in 1862 to feed the household ...", its purpose; "Where
    do the entry fees go?" by "are given to hospice care charities"; and "How many people work at
    the studio?" is not told by "Priya Mistry, 34, ..." (an age) nor "six years" (a time)."""
    from qa_bot.ranking import counts_another_measure, words_near_figures

    assert "volunteers" not in words_near_figures("This year the volunteers recorded 94 species of plant.")
    assert counts_another_measure(["people"], "It was set up by Priya Mistry, 34, who spent six years in Venice.")
    assert not counts_another_measure(["workers"], "The plant's six night-shift workers left the building.")
    bot = story_batch("stories_hundredeightyfifth")
    make, volunteers, score, final, size, why, fees, staff = bot.ask_many([
        "What does the studio make?", "How many volunteers took part in the survey?",
        "What was the score in the semi-final?", "Who will Brothers Pearse play in the final?",
        "How big is the walled garden?", "Why was the garden built?", "Where do the entry fees go?",
        "How many people work at the glassblowing studio?"])
    assert make.hits[0].sentence.startswith("The studio makes bowls") and make.found, make
    assert volunteers.hits[0].sentence.startswith("Forty volunteers spent Sunday"), volunteers
    assert score.hits[0].sentence.startswith("Brothers Pearse, who train on a council pitch"), score
    assert final.hits[0].sentence.startswith("Their opponents in the final are"), final
    assert size.hits[0].sentence.startswith("The two-acre garden at Howick Grange") and size.found, size
    assert why.hits[0].sentence.startswith("The two-acre garden at Howick Grange") and why.found, why
    assert fees.hits[0].sentence.startswith("All entry fees, after costs"), fees
    assert not staff.found, staff


def test_hundred_and_eighty_sixth_batch_how_things_work_deeds_over_quotes_and_what_is_untold():
    """Found by the hundred-and-eighty-sixth blind batch: "How does the tide mill work?" asks how it
    works ("It uses the water trapped in a pond ..."), not of a "mill" deed; "What did Ruth Cowan
    carry?" asks her deed, which her quote ('"It was a foul night ...," she said.') does not tell and
    "... by Ruth Cowan, ..., who took a bag of plasma" does; and likely answers at most: when a
    distillery closed, of a sentence that tells no closing; what film is shown next, of one that
    tells nothing to come; which hospital, of one that speaks of hospitals only in general."""
    from qa_bot.reading import which_one_left_unnamed

    assert which_one_left_unnamed("Which hospital is busiest?", "Riders carry samples between hospitals at night.")
    assert not which_one_left_unnamed("Which plant is deadly poisonous?",
                                      "Some plants in the woods, such as hemlock water dropwort, are deadly poisonous.")
    assert not which_one_left_unnamed("Which crash was fixed?", "The app no longer crashes when a route is long.")
    bot = story_batch("stories_hundredeightysixth")
    works, carried, closed, film, hospital = bot.ask_many([
        "How does the tide mill work?", "What did Ruth Cowan carry?", "When did the last distillery on Raasay close?",
        "What film will the society show next?", "Which hospital receives the most deliveries?"])
    assert works.hits[0].sentence.startswith("It uses the water trapped in a pond"), works
    assert carried.hits[0].sentence.startswith("The 10,000th run was made on Tuesday night"), carried
    assert not closed.found and not film.found and not hospital.found, (closed, film, hospital)


def test_hundred_and_eighty_seventh_batch_names_known_as_names_as_written_and_years_of_events():
    """Found by the hundred-and-eighty-seventh blind batch: "What is the lifeboat station called?"
    by the sentence after the lead that opens on its name, "Burnham-on-Sea Area Rescue Boat, known
    as BARB, ..." (though not for "What is the new hovercraft called?", which that sentence speaks
    of as the station's); "Where is Signs Cafe?" by the sentence naming it as written, not "A chart
    of simple signs ... and the cafe runs ..."; and "How many Olympic champions have ridden
    there?" is not counted by "the 1948 Olympic Games", a year naming an event."""
    from qa_bot.ranking import counts_another_measure

    assert counts_another_measure(["champions"], "It was built in 1891 and hosted the 1948 Olympic Games.")
    bot = story_batch("stories_hundredeightyseventh")
    station, hovercraft, cafe, champions = bot.ask_many([
        "What is the lifeboat station called?", "What is the new hovercraft called?", "Where is Signs Cafe?",
        "How many Olympic champions have ridden at Herne Hill?"])
    assert station.hits[0].sentence.startswith("Burnham-on-Sea Area Rescue Boat, known as BARB") and station.found
    assert hovercraft.hits[0].sentence.startswith("The new hovercraft has been named Spirit of Burnham"), hovercraft
    assert cafe.hits[0].sentence.startswith("Signs Cafe, in the city's Kirkgate Market"), cafe
    assert not champions.found, champions


def test_a_winner_a_current_post_holder_a_condition_and_an_age_at_a_moment_are_read_as_asked():
    """Found by the hundred-and-eighty-eighth blind batch: "How fast did the winning pigeon fly?"
    by "1,380 metres a minute"; "How old was Dennis Wray when he started keeping pigeons?" by
    "since he was nine", not his age now ("Dennis Wray, 78"); "Who is the planetarium's director?"
    by its director now, not "Patrick Moore, who was its first director"; "Who won the first
    game?" by "Moulin won ...", not the game played; "What should I do if the boat breaks down?"
    by "In the event of a breakdown ..."; "Where did curlers play ...?" by the places named, not
    "played there"; "How many clubs play at Atholl Ice Rink?" by all of them, not "two of the
    rink's oldest clubs"; and "two per boat" counts no boats, "Atholl Ice Rink" is no person."""
    from qa_bot.ranking import counts_a_part_only, gives_ages_now_only

    assert gives_ages_now_only("How old was Dennis Wray when he started keeping pigeons?",
                               "The hen belongs to retired miner Dennis Wray, 78.")
    # (an age at death is told so: "She was 88.")
    assert not gives_ages_now_only("How old was Lena Marsh when she died?", "She was 88.")
    assert counts_a_part_only("clubs", "It was played by two of the rink's oldest clubs, Blair Atholl and Moulin.")
    bot = story_batch("stories_hundredeightyeighth")
    fast, age, director, winner, breakdown, played, clubs, boats, roof = bot.ask_many([
        "How fast did the winning pigeon fly?", "How old was Dennis Wray when he started keeping pigeons?",
        "Who is the planetarium's director?", "Who won the first game?", "What should I do if the boat breaks down?",
        "Where did curlers play while the rink was closed?", "How many clubs play at Atholl Ice Rink?",
        "How many boats does Kennet Narrowboats have?", "Who designed the new roof of the rink?"])
    assert fast.hits[0].sentence.startswith("The winner, owned by a partnership from Wakefield"), fast
    assert age.hits[0].sentence.startswith("Mr Wray, who has kept pigeons since he was nine"), age
    assert director.hits[0].sentence.endswith("said the planetarium's director, Dr Ciara Maguire."), director
    assert winner.hits[0].sentence == "Moulin won by seven shots to four.", winner
    assert breakdown.hits[0].sentence.startswith("In the event of a breakdown, call our 24-hour helpline"), breakdown
    assert "drive to Perth or Stirling" in played.hits[0].sentence, played
    assert clubs.hits[0].sentence == "The rink has four sheets of ice and is home to 22 curling clubs.", clubs
    assert not boats.found and not roof.found, (boats, roof)


def test_who_may_enter_a_habit_in_other_words_and_an_age_of_people_are_read_as_asked():
    """Found by the hundred-and-eighty-ninth blind batch: "Who can enter the wood carving
    competition?" by whom it is open to, not "Each carver may enter up to three pieces"; "Who can
    join the lacrosse team?" by "Girls aged 11 to 18 can join"; "What do ospreys eat?" by "Ospreys
    feed almost entirely on fish" ("feed on" means eat, adverbs between); "How old were the
    cavers?" by "The men, aged 34 and 41" in the story about them, not a charity "founded in
    1935"; "Were the cavers hurt?" may find "unhurt" (a negated participle holds the state asked);
    and "Who won the boys' lacrosse championship?" is not answered by the girls' title."""
    from qa_bot.lexical import tokenize

    assert "hurt" in tokenize("They were cold and hungry but unhurt.")
    assert "eat" in tokenize("Ospreys feed mainly on fish")
    # (only a participle: "union" and "united" deny nothing)
    assert tokenize("The union was united and unwanted") == ["union", "unit", "unwant", "want"]
    bot = story_batch("stories_hundredeightyninth")
    enter, join, eat, cavers, boys = bot.ask_many([
        "Who can enter the wood carving competition?", "Who can join the lacrosse team?", "What do ospreys eat?",
        "How old were the cavers?", "Who won the boys' lacrosse championship?"])
    assert enter.hits[0].sentence == "The competition is open to amateur carvers only.", enter
    assert join.hits[0].sentence == "Girls aged 11 to 18 can join", join
    assert eat.hits[0].sentence.startswith("Ospreys feed almost entirely on fish"), eat
    assert cavers.hits[0].sentence.startswith("The men, aged 34 and 41, from Leeds"), cavers
    assert not boys.found, boys


def test_who_may_swim_in_the_gala_is_told_by_whom_it_is_open_to():
    """Found by the hundred-and-ninetieth blind batch: "Who can swim in the gala?" of a club's
    gala rules by "The gala is open to all club members aged 8 and over", which stands fifth
    among what swimmers must do and who presents the trophy."""
    gala = story_batch("stories_hundredninetieth").ask("Who can swim in the gala?")
    assert gala.hits[0].sentence == "The gala is open to all club members aged 8 and over.", gala


def test_a_wrapped_phone_number_a_race_length_a_distance_and_how_a_custom_began_are_read_as_asked():
    """Found by the hundred-and-ninety-first blind batch: a PDF line ending "on 01530 412" then
    "877. A booking is confirmed ..." broke a paragraph at "877." as if a list item began, losing
    the number's end; "How long is the Borrowdale race?" asks its length ("covers 17 miles"), not a
    runner's time; "How far did the cuckoo fly?" by the sentence with a distance, not the lead
    telling the flight; "How did clog dancing begin?" is no means asked, so "danced through the
    streets" is no answer of its kind; "Why are cuckoos declining?" by "Scientists think the birds
    may be short of food"; "the clothes that were not sold" are the "unsold" ones; "danced through
    the streets of Haworth" names a place; and neither "Scafell Pike, the highest mountain in
    England" nor a heading run into its section's sentence ("Cancellations If you ...") is a person."""
    from qa_bot.markup import join_wrapped_lines
    from qa_bot.ranking import names_a_person_in, opening_name

    full = "Bookings are made through the bookings secretary, Mrs Janet Hollis, on telephone 01530 412"
    assert join_wrapped_lines(f"{full}\n877. A booking is confirmed.") == f"{full} 877. A booking is confirmed."
    # (a list's next item still starts its own paragraph after a full line)
    item = "1. Bring a map, a compass, a whistle and waterproof clothing for the whole of the race on the"
    following = "2. Pass through every checkpoint."
    assert join_wrapped_lines(f"{item}\n{following}") == f"{item}\n\n{following}"
    assert not names_a_person_in("It climbs over six summits, including Scafell Pike, the highest mountain in England.")
    assert names_a_person_in("The shop is run by Ann Reid, the village postmistress.")
    assert opening_name("Cancellations If you cancel more than four weeks before, it is returned.") is None
    bot = story_batch("stories_hundredninetyfirst")
    book, race, far, begin, why, unsold, where = bot.ask_many([
        "How do I book the village hall?", "How long is the Borrowdale race?", "How far did the cuckoo fly?",
        "How did clog dancing begin?", "Why are cuckoos declining?", "What happened to the clothes that were not sold?",
        "Where was the clog dancing festival held?"])
    assert book.hits[0].sentence.endswith("Mrs Janet Hollis, on 01530 412 877."), book
    assert race.hits[0].sentence.startswith("The race, held every August, covers 17 miles"), race
    assert far.hits[0].sentence == "He arrived back in Norfolk on 24 April, having covered about 10,000 miles.", far
    assert begin.hits[0].sentence.startswith("Clog dancing began in the cotton mills of Lancashire"), begin
    assert why.hits[0].sentence.startswith("Scientists think the birds may be short of food"), why
    assert unsold.hits[0].sentence.startswith("Unsold clothes were given to a charity shop") and unsold.found, unsold
    assert where.hits[0].sentence.startswith("More than 200 clog dancers"), where


def test_spectators_a_span_since_a_decade_prey_a_purpose_a_margin_and_a_price_of_one_are_read_as_asked():
    """Found by the hundred-and-ninety-second blind batch: "How many people watched the race?" of
    a lead counting roads ("one of the steepest roads") by "About 8,000 spectators"; "How long have
    hill climbs been held?" by "since the 1890s", not "a minute apart"; "What do peregrines eat?"
    by their "prey"; "Why are the chicks ringed?" by "The rings will allow the birds to be
    identified"; "By how much did Blake win?" (a margin, no sum) by "by three seconds", four
    sentences down; "How much did a share cost?" by "£50 each", not a lead on shares bought; and
    "How far ahead can I book a court?" asks a span ("seven days ahead"), not a length."""
    assert answer_type("How far ahead can I book a court?") == "duration"
    assert answer_type("By how much did Blake win?") != "money"
    assert answer_type("How much did she win?") == "money"
    bot = story_batch("stories_hundredninetysecond")
    watched, held, eat, ringed, margin, share, ahead = bot.ask_many([
        "How many people watched the race?", "How long have hill climbs been held?", "What do peregrines eat?",
        "Why are the chicks ringed?", "By how much did Blake win?", "How much did a share cost?",
        "How far ahead can I book a court?"])
    assert watched.hits[0].sentence.startswith("About 8,000 spectators lined the road"), watched
    assert held.hits[0].sentence == "Hill climbs have been held in Britain since the 1890s.", held
    assert eat.hits[0].sentence.endswith("when they dive on their prey, which is mostly pigeons."), eat
    assert ringed.hits[0].sentence.startswith("The rings will allow the birds to be identified"), ringed
    assert margin.hits[0].sentence == "He beat the defending champion, Tom Archer, by three seconds.", margin
    assert share.hits[0].sentence.endswith("sold shares at £50 each."), share
    assert ahead.hits[0].sentence == "Bookings open seven days ahead at 7am." and ahead.found, ahead


def test_a_lifespan_a_meal_a_place_in_mid_wales_a_dogs_leave_kinds_named_and_a_free_ramble_are_read_as_asked():
    """Found by the hundred-and-ninety-third blind batch: "How long do red kites live?" by "The
    birds can live for more than 20 years", not the lead's "30 years after"; "What do red kites
    eat?" by "It feeds mainly on carrion", not "a bird of prey" (their prey is eaten, a bird of
    prey eats nothing); "in mid-Wales" names a place; "Can I bring my dog?" by "Dogs are welcome
    but ...", not the dog walking field; "What kinds of trees were planted?" by "native species,
    including oak, hazel ..."; and "How much does a ramble cost?" by "They are free", the rambles
    named in the sentence before."""
    from qa_bot.lexical import tokenize

    assert "eat" in tokenize("when they dive on their prey") and "eat" not in tokenize("a bird of prey")
    assert matches_answer_type("place", "By the 1930s only a few pairs survived, all in mid-Wales.")
    bot = story_batch("stories_hundredninetythird")
    live, eat, survive, dog, kinds, ramble = bot.ask_many([
        "How long do red kites live?", "What do red kites eat?", "Where did the last kites survive?",
        "Can I bring my dog?", "What kinds of trees were planted?", "How much does a ramble cost?"])
    assert live.hits[0].sentence == "The birds can live for more than 20 years.", live
    assert eat.hits[0].sentence.startswith("It feeds mainly on carrion"), eat
    assert survive.hits[0].sentence == "By the 1930s only a few pairs survived, all in mid-Wales.", survive
    assert dog.hits[0].sentence.startswith("Dogs are welcome but must be kept on a lead"), dog
    assert kinds.hits[0].sentence.startswith("Most of the trees are native species, including oak"), kinds
    assert ramble.hits[0].sentence.startswith("They are free, but places must be booked"), ramble


def test_a_conversion_in_its_verb_a_ticket_priced_by_a_journey_and_a_year_counting_no_one():
    """Found by the hundred-and-ninety-fourth blind batch: "How much did the conversion cost?" by
    "They spent £650,000 converting the building" (a noun and its verb one word); "How much is a
    ticket on the cliff lift?" asks a sum, and a best with none ("... carries passengers 37 metres
    up the cliff") yields to the sum of its story ("A single journey costs £1.50"); and "which
    opened in 1884, carries passengers" counts no passengers, so it names no one for "Who built
    ...?"."""
    assert answer_type("How much is a ticket on the cliff lift?") == "money"
    assert not matches_answer_type("person", "The Saltburn Cliff Lift, which opened in 1884, carries passengers "
                                             "37 metres up and down the cliff.")
    assert matches_answer_type("person", "The plan drew complaints from 300 residents.")
    bot = story_batch("stories_hundredninetyfourth")
    conversion, ticket = bot.ask_many(["How much did the conversion cost?", "How much is a ticket on the cliff lift?"])
    assert conversion.hits[0].sentence.startswith("They spent £650,000 converting the building"), conversion
    assert ticket.hits[0].sentence == "A single journey costs £1.50 for adults and 80p for children.", ticket


def test_pence_a_rate_in_other_words_a_minimum_charge_a_tonne_a_named_offer_and_a_request_are_read_as_asked():
    """Found by the hundred-and-ninety-fifth blind batch: "45p" is a sum; "How much does a journey
    cost per mile?" by "Passengers pay 45p for each mile driven", its story's third sentence below
    other stories' prices, and answered, not withheld (a price at the rate asked prices the
    journey); "What is the minimum charge?" asks a sum; "about a tonne of coal" is an amount; "Who
    offered a field for the rally?" by "Farmer Rachel Booth offered her hay meadow", not the field
    sold; "she won't take a penny in rent" prices the rent; and "What happens if I cancel at the last
    minute?" by what a late cancelling costs, not "Please let us know ... if you need to cancel"."""
    assert matches_answer_type("money", "Passengers pay 45p for each mile driven.")
    assert not matches_answer_type("money", "The video is streamed in 720p.")
    assert matches_answer_type("money", "she won't take a penny in rent")
    assert answer_type("What is the minimum charge?") == "money"
    assert answer_type("What are the charges against him?") != "money"
    bot = story_batch("stories_hundredninetyfifth")
    mile, minimum, coal, field, rent, cancel = bot.ask_many([
        "How much does a journey cost per mile?", "What is the minimum charge?", "How much coal do the engines burn?",
        "Who offered a field for the rally?", "How much rent does Rachel Booth charge?",
        "What happens if I cancel at the last minute?"])
    assert mile.hits[0].sentence.startswith("Passengers pay 45p for each mile driven") and mile.found, mile
    assert minimum.hits[0].sentence == "There is a minimum charge of £5 for any journey.", minimum
    assert coal.hits[0].sentence.startswith("The engines burn about a tonne of coal") and coal.found, coal
    assert field.hits[0].sentence.startswith("Farmer Rachel Booth offered her hay meadow"), field
    assert rent.hits[0].sentence.endswith("she won't take a penny in rent.\""), rent
    assert cancel.hits[0].sentence.startswith("A passenger who cancels less than two hours before"), cancel


def test_a_deed_asked_whether_a_number_of_times_watchers_counted_by_whom_and_a_span_of_singing_are_read_as_asked():
    """Found by the hundred-and-ninety-sixth blind batch: "Can volunteers stop speeding cars?" by
    "Volunteers do not stop vehicles ...", not the scheme's definition, which never tells the verb;
    "What happens to a driver recorded once?" by "A driver recorded once receives a warning
    letter", not the sentence on three times; "How many people watched the launch?" by "... watched
    by more than a hundred supporters", counted by whom the deed was done, over another story's
    "photographs lent by local people"; and "How long did the choir sing for?" by the choir's own
    "singing for 26 hours", not the previous record's "24 hours"."""
    bot = story_batch("stories_hundredninetysixth")
    stop, once, watched, sing = bot.ask_many([
        "Can volunteers stop speeding cars?", "What happens to a driver recorded once?",
        "How many people watched the launch?", "How long did the choir sing for?"])
    assert stop.hits[0].sentence == "Volunteers do not stop vehicles and cannot issue fines.", stop
    assert once.hits[0].sentence == "A driver recorded once receives a warning letter.", once
    assert watched.hits[0].sentence.endswith("watched by more than a hundred supporters."), watched
    assert sing.hits[0].sentence.startswith("A sea shanty choir from Padstow has broken a world record"), sing


def test_a_distance_no_size_and_a_fault_found_as_a_reason_are_read_as_asked():
    """Found by the hundred-and-ninety-seventh blind batch: "How far away is the target?" by "... at a
    target 12 feet away", not "a plinth 30 inches high" (a height, a width or a length across is
    a size, no distance); and "Why was the plan refused?" by "Councillors said the single-track lane
    ... was too narrow for the extra traffic" (a fault found gives a reason), not the lead telling
    the refusal."""
    from qa_bot.ranking import gives_distance

    assert gives_distance("Competitors fire dried peas through a tube at a target 12 feet away.")
    assert not gives_distance("The target is a board with a bullseye one inch across, on a plinth 30 inches high.")
    assert matches_answer_type("reason", "Councillors said the lane was too narrow for the extra traffic.")
    bot = story_batch("stories_hundredninetyseventh")
    far, why = bot.ask_many(["How far away is the target?", "Why was the plan refused?"])
    assert far.hits[0].sentence == "Competitors fire dried peas through a tube at a target 12 feet away.", far
    assert why.hits[0].sentence.startswith("Councillors said the single-track lane leading to the field"), why


def test_a_savings_limit_is_a_sum():
    """Found by the hundred-and-ninety-eighth blind batch: "What is the savings limit?" asks a sum,
    so "have savings of less than £16,000" goes over the opening's "flats for older people of
    limited means", which has none."""
    assert answer_type("What is the savings limit?") == "money"
    savings = story_batch("stories_hundredninetyeighth").ask("What is the savings limit?")
    assert savings.hits[0].sentence.startswith("Applicants must be aged 60 or over"), savings


def test_works_priced_a_date_back_a_people_who_built_doers_who_must_a_ban_a_use_and_a_so_are_read_as_asked():
    """Found by the hundred-and-ninety-ninth blind batch: "How much did the lych gate repairs cost?" by
    "The work cost £18,500" in a story whose title names the gate (answered, not withheld); "dates
    back at least to the 1840s" tells how old a tradition is; "Who built the tithe barn?" by "built
    ... by the monks of Glastonbury Abbey", not the trust that bought it; "Who can roll a barrel?" by
    "Barrel rollers must be over 18 ..."; "What items are not allowed to be sold?" by what a rule
    bans, not "Live geese are no longer sold at the fair"; "What was the tithe barn used for?" by
    what it was built to do, not the hall it is to be turned into; "Why will builders not work on
    the roof in summer?" by "Bats roost in the roof, so builders will not work there"; "What will
    the barn have inside?" by what it "will have"; and "Who was the private owner of the barn?"
    is not answered by "bought the building from a private owner"."""
    assert matches_answer_type("age", "The tradition, which dates back at least to the 1840s, draws crowds.")
    assert matches_answer_type("person", "The barn was built in the 14th century by the monks of Glastonbury Abbey.")
    assert matches_answer_type("reason", "Bats roost in the roof, so builders will not work there in summer.")
    assert not matches_answer_type("reason", "The hall was full, so far as anyone could tell.")
    bot = story_batch("stories_hundredninetyninth")
    cost, old, built, roll, banned, used, why, inside, owner = bot.ask_many([
        "How much did the lych gate repairs cost?", "How old is the tar barrel tradition?", "Who built the tithe barn?",
        "Who can roll a barrel?", "What items are not allowed to be sold?", "What was the tithe barn used for?",
        "Why will builders not work on the roof in summer?", "What will the barn have inside?",
        "Who was the private owner of the barn?"])
    assert cost.hits[0].sentence == "The work cost £18,500." and cost.found, cost
    assert old.hits[0].sentence.startswith("The tradition, which dates back at least to the 1840s") and old.found, old
    assert built.hits[0].sentence.startswith("The barn was built in the 14th century by the monks"), built
    assert roll.hits[0].sentence.startswith("Barrel rollers must be over 18") and roll.found, roll
    assert banned.hits[0].sentence.startswith("The sale of replica weapons, laser pens and fireworks"), banned
    assert used.hits[0].sentence.startswith("The barn was built in the 14th century"), used
    assert why.hits[0].sentence.startswith("Bats roost in the roof, so builders will not work there"), why
    assert inside.hits[0].sentence.startswith("The barn will hold up to 200 people and will have a kitchen"), inside
    assert not owner.found, owner


def test_an_organiser_a_deed_in_a_near_synonym_a_means_and_words_written_are_read_as_asked():
    """Found by the two-hundredth blind batch: "Who organises the sheep fair?" by "Organiser Tom
    Hebditch said ...", the post the deed makes, over the auctioneers who sold; "Who found the
    trough?" by "It was spotted by local historian Brian Trewin" over the lead that tells it found
    by no one (and answered: the near synonym holds the deed); "How was the trough moved?" by "...
    lifted out of her garden by crane", not "paid £2,300 for the move"; and "What does the
    inscription on the trough say?" by the words it carries, not a quote about it, and answered."""
    assert matches_answer_type("manner", "It had to be lifted out of her garden by crane.")
    bot = story_batch("stories_twohundredth")
    organises, found, moved, inscription = bot.ask_many([
        "Who organises the sheep fair?", "Who found the trough?", "How was the trough moved?",
        "What does the inscription on the trough say?"])
    assert organises.hits[0].sentence.startswith("Organiser Tom Hebditch said"), organises
    assert found.hits[0].sentence.startswith("It was spotted by local historian Brian Trewin") and found.found, found
    assert moved.hits[0].sentence.endswith("had to be lifted out of her garden by crane."), moved
    assert inscription.hits[0].sentence.startswith("The trough carries the words") and inscription.found, inscription


def test_a_speaker_after_an_apple_a_price_asked_with_what_a_day_asked_and_a_name_of_another_story():
    """Found by the two-hundred-and-first blind batch: "What did Helen Quick say?" of her quote with
    "she said", not given to "a Colloggett Pippin" (an apple: one of a kind, no one); "What does a
    ticket to Apple Day cost?" asks a price, which no sentence gives; "Is the library open on
    Sundays?" by "It is closed on Sundays.", not the hours before it; "What will the money be spent
    on?" by "The day raised £4,300, which will pay for a new fence ..."; "Where were the
    paddleboarders from?" by "... on holiday from Bristol", not "a mile from Porthmeor beach"; and
    not found: the paddleboarders' names, Hebden Bridge's people (the footbridge's story never
    names the town the library's does) and a dog at Apple Day."""
    bot = story_batch("stories_twohundredfirst")
    said, ticket, sundays, money, origin, names, people, dog = bot.ask_many([
        "What did Helen Quick say?", "What does a ticket to Apple Day cost?", "Is the library open on Sundays?",
        "What will the money be spent on?", "Where were the paddleboarders from?",
        "What were the paddleboarders' names?", "How many people live in Hebden Bridge?",
        "Can I bring my dog to Apple Day?"])
    assert said.hits[0].sentence.startswith("\"Every year someone turns up") and said.found, said
    assert said.hits[0].speaker == "Helen Quick", said
    assert not ticket.found, ticket
    assert sundays.hits[0].sentence == "It is closed on Sundays." and sundays.found, sundays
    assert money.hits[0].sentence.startswith("The day raised £4,300, which will pay for a new fence"), money
    assert money.found, money
    assert origin.hits[0].sentence.startswith("The pair, a man and a woman in their twenties"), origin
    assert not names.found and not people.found and not dog.found, (names, people, dog)


def test_a_sum_paid_to_someone_a_price_inside_a_name_a_change_as_a_multiple_and_counts_told_anyhow():
    """Found by the two-hundred-and-second blind batch: "How much did Naylor pay the man to take the
    waste?" by "... paid a man he met in a pub £150", not his fine; "How much does a Pasty Co pasty
    cost?" is not answered by the company's loss (its name prices no pasty); and answered, no longer
    withheld: butter that "has almost doubled in price" for how much its price has gone up, a side
    that "had lost only once" for how many games it lost, and "four in London" for how many of the
    shops close there."""
    bot = story_batch("stories_twohundredsecond")
    paid, pasty, butter, lost, london = bot.ask_many([
        "How much did Naylor pay the man to take the waste?", "How much does a Pasty Co pasty cost?",
        "How much has the price of butter gone up?", "How many games did Harrogate lose this season?",
        "How many shops are closing in London?"])
    assert paid.hits[0].sentence.startswith("The court heard that Naylor paid a man he met in a pub £150"), paid
    assert not pasty.found, pasty
    assert "has almost doubled in price" in butter.hits[0].sentence and butter.found, butter
    assert lost.hits[0].sentence.endswith("his side had lost only once.") and lost.found, lost
    assert "including four in London" in london.hits[0].sentence and london.found, london


def test_a_place_after_on_a_keeper_by_rank_a_thing_kept_a_doer_told_and_a_finding_according_to_a_study():
    """Found by the two-hundred-and-third blind batch: "What did Margaret Ellwood say about the
    logbooks?" by her quote, which "she later said" had given to Sule Skerry (born "on Sule
    Skerry": a place, as after "in" or "at"); "Where is Sule Skerry?" then by "... on Sule Skerry,
    a rock 37 miles west of Orkney", not her memoir; "What was her father's job?" by "... her
    father, James Ellwood, was principal keeper" (a post by its rank), answered; "Where are the
    logbooks now?" by "... now held by the Orkney Library and Archive", not the lead; "Who named
    the storm?" by "The storm was named by the Met Office", which tells the doer; and "What did the
    study find?" by the lead's finding "according to a study", not "The findings are published"."""
    bot = story_batch("stories_twohundredthird")
    said, where, job, logbooks, named, found = bot.ask_many([
        "What did Margaret Ellwood say about the logbooks?", "Where is Sule Skerry?", "What was her father's job?",
        "Where are the logbooks now?", "Who named the storm?", "What did the study find?"])
    assert said.hits[0].sentence.startswith("\"They had the weather") and said.found, said
    assert said.hits[0].speaker == "Margaret Ellwood", said
    assert where.hits[0].sentence.startswith("She was born in 1932 on Sule Skerry, a rock 37 miles west"), where
    assert job.hits[0].sentence.endswith("was principal keeper.") and job.found, job
    assert logbooks.hits[0].sentence.startswith("The logbooks are now held by the Orkney Library"), logbooks
    assert named.hits[0].sentence == "The storm was named by the Met Office on Sunday.", named
    assert found.hits[0].sentence.startswith("Hedgehogs are more likely to survive in towns"), found


def test_a_race_is_no_one_a_childrens_ward_no_class_a_finder_of_a_thing_a_win_counted_and_an_age_long_ago():
    """Found by the two-hundred-and-fourth blind batch: "Who won the women's race?" by "Chloe Danby,
    29, who works on the children's ward ..." after the lead's "A nurse from York won the women's
    race at the Yorkshire Marathon" (a marathon is no one, so the lead names no winner; a
    children's ward is no class of race), answered; "Who found the meteorite?" by "Rob Wilcock and
    his family found a pile of black rock ...", not "Researchers found that it contains water";
    "How many times has Kiprono won in York?" by "It was his third win in York.", answered; "How
    old is the meteorite?" by "... formed about 4.6 billion years ago", not "older than the Earth"."""
    bot = story_batch("stories_twohundredfourth")
    won, finder, times, old = bot.ask_many([
        "Who won the women's race?", "Who found the meteorite?", "How many times has Kiprono won in York?",
        "How old is the meteorite?"])
    assert won.hits[0].sentence.startswith("Chloe Danby, 29, who works on the children's ward") and won.found, won
    assert finder.hits[0].sentence.startswith("Rob Wilcock and his family found a pile of black rock"), finder
    assert times.hits[0].sentence == "It was his third win in York." and times.found, times
    assert "formed about 4.6 billion years ago" in old.hits[0].sentence, old


def test_a_time_told_over_a_best_without_one_and_a_company_so_many_strong():
    """Found by the two-hundred-and-fifth blind batch: "When is the concert?" by "The choir will
    perform two songs at the NHS Voices concert on 14 December ...", not "The concert will be
    broadcast on BBC Radio 2." (a best telling no time yields to a close sentence of its story that
    tells one); "How many people are in the choir?" by "The 40-strong choir was formed in 2020 ...",
    not another story's "There are 38 people on the waiting list.\""""
    bot = story_batch("stories_twohundredfifth")
    when, many = bot.ask_many(["When is the concert?", "How many people are in the choir?"])
    assert when.hits[0].sentence.startswith("The choir will perform two songs at the NHS Voices concert on 14 December")
    assert when.found, when
    assert many.hits[0].sentence.startswith("The 40-strong choir was formed in 2020"), many


def test_a_doer_told_with_the_thing_a_village_by_its_residents_and_what_comes_instead():
    """Found by the two-hundred-and-sixth blind batch: "Who runs Kendal Leisure Centre?" by "South
    Lakeland Leisure Trust, which runs the centre, ...", not the head coach of a swimming club; "Who
    runs the buses?" by "..., the operator Coastal Coaches has announced", not the company's managing
    director ("buses" and "bus" are one word); "Which village will lose its only bus?" by "Residents
    of Edgefield, which will lose its only bus, ..."; "What might replace the buses?" by "... a
    dial-a-ride minibus in the area instead."; "Who taught her to play chess?" by "She learned the
    game ... from her grandfather ..."."""
    bot = story_batch("stories_twohundredsixth")
    runs, buses, village, replace, taught = bot.ask_many([
        "Who runs Kendal Leisure Centre?", "Who runs the buses?", "Which village will lose its only bus?",
        "What might replace the buses?", "Who taught her to play chess?"])
    assert runs.hits[0].sentence.startswith("South Lakeland Leisure Trust, which runs the centre"), runs
    assert runs.found, runs
    assert "the operator Coastal Coaches" in buses.hits[0].sentence, buses
    assert village.hits[0].sentence.startswith("Residents of Edgefield"), village
    assert "dial-a-ride minibus" in replace.hits[0].sentence, replace
    assert taught.hits[0].sentence.startswith("She learned the game at the age of five from her grandfather"), taught


def test_routes_named_after_their_count_the_work_priced_and_no_one_second_ahead_of_the_field():
    """Found by the two-hundred-and-sixth blind batch: "Which bus routes are being cut?" by the
    sentence after the lead that only counts them ("The 18, the 44 and the 45 link villages ..."),
    "How much will the repairs cost?" is found by "The work will cost an estimated £1.3 million ..."
    under "## The repairs", and "Who came second in the chess championship?" is not answered by the
    winner finishing "a full point ahead of the rest of the field"."""
    bot = story_batch("stories_twohundredsixth")
    routes, repairs, second = bot.ask_many(["Which bus routes are being cut?", "How much will the repairs cost?",
                                            "Who came second in the chess championship?"])
    assert routes.hits[0].sentence.startswith("The 18, the 44 and the 45 link villages"), routes
    assert repairs.hits[0].sentence.startswith("The work will cost an estimated £1.3 million"), repairs
    assert repairs.found, repairs
    assert not second.found, second


def test_a_name_explained_a_usual_place_a_place_south_of_one_and_an_event_placed_in_another_story():
    """Found by the two-hundred-and-seventh blind batch: "Why is it called the lizard orchid?" by
    "The lizard orchid, named for the long twisted lips of its flowers, ..."; "Where does the
    lizard orchid usually grow?" by the same ("grows mainly on chalk and sand dunes"), not the
    lead's golf course; "Where did the trawler sink?" by "... sank 12 miles south of Lizard Point"
    (south of a place names it); "Where were the awards held?" by "... at the Eco-Schools England
    awards in Birmingham ...", not another story's "brackets that hold them"."""
    bot = story_batch("stories_twohundredseventh")
    called, grows, sank, held = bot.ask_many([
        "Why is it called the lizard orchid?", "Where does the lizard orchid usually grow?",
        "Where did the trawler sink?", "Where were the awards held?"])
    assert called.hits[0].sentence.startswith("The lizard orchid, named for the long twisted lips"), called
    assert grows.hits[0].sentence.startswith("The lizard orchid, named for the long twisted lips"), grows
    assert "12 miles south of Lizard Point" in sank.hits[0].sentence, sank
    assert "at the Eco-Schools England awards in Birmingham" in held.hits[0].sentence, held


def test_a_payer_in_other_words_streets_named_after_the_general_no_one_hurt_and_no_second_prize():
    """Found by the two-hundred-and-seventh blind batch: "Who pays for the lights?" by "Whitby
    Lights Committee, a group of volunteers that raises money for the lights each year, ...";
    "Which streets were the lights on?" by "... on Flowergate and Baxtergate", not the lead's
    "across the town's streets"; "Were any of the fishermen hurt?" by "... none needed hospital
    treatment."; "Who won second prize at the eco awards?" not found by the winner "beating more
    than 300 other schools"."""
    bot = story_batch("stories_twohundredseventh")
    pays, streets, hurt, second = bot.ask_many([
        "Who pays for the lights?", "Which streets were the lights on?", "Were any of the fishermen hurt?",
        "Who won second prize at the eco awards?"])
    assert pays.hits[0].sentence.startswith("Whitby Lights Committee, a group of volunteers"), pays
    assert "on Flowergate and Baxtergate" in streets.hits[0].sentence, streets
    assert hurt.hits[0].sentence.startswith("All four men were checked by paramedics"), hurt
    assert not second.found, second


def test_a_heading_asking_the_question_a_club_named_after_its_lead_and_a_finder_told_in_the_active():
    """Found by the two-hundred-and-eighth blind batch: "Why is the library opening on Sundays?" by
    the first sentence under "## Why Sundays?" ("A survey of 1,400 library users ..."), though the
    title holds every word asked; "Who won the National Village Cup?" by "Stokesley Cricket Club
    scored 214 ...", after a lead introducing "A village cricket club" unnamed; "Who found the
    tortoise?" by "... a dog walker, Lowri Jenkins, ... found Shelly ...", not the lead's "has been
    found alive"."""
    bot = story_batch("stories_twohundredeighth")
    why, won, found = bot.ask_many([
        "Why is the library opening on Sundays?", "Who won the National Village Cup?", "Who found the tortoise?"])
    assert why.hits[0].sentence.startswith("A survey of 1,400 library users"), why
    assert won.hits[0].sentence.startswith("Stokesley Cricket Club scored 214"), won
    assert found.hits[0].sentence.startswith("On Sunday a dog walker, Lowri Jenkins"), found


def test_a_margin_a_count_by_its_deed_and_a_captain_of_another_side():
    """Found by the two-hundred-and-eighth blind batch: "How many runs did Stokesley win by?" by
    "... beating a side from Cornwall by 27 runs"; "How many runs did Stokesley score?" by
    "Stokesley Cricket Club scored 214 for seven ...", not "... took five wickets for 31 runs";
    "Who was the captain of St Just?" not found by Stokesley's "their captain, Tom Featherstone"."""
    bot = story_batch("stories_twohundredeighth")
    margin, scored, captain = bot.ask_many([
        "How many runs did Stokesley win by?", "How many runs did Stokesley score?",
        "Who was the captain of St Just?"])
    assert "by 27 runs" in margin.hits[0].sentence, margin
    assert scored.hits[0].sentence.startswith("Stokesley Cricket Club scored 214"), scored
    assert not captain.found, captain


def test_a_payer_of_the_project_a_runner_in_the_passive_and_the_end_of_the_month_as_a_time():
    """Found by the two-hundred-and-ninth blind batch: "Who is paying for the new bridge?" by "The
    project will cost £4.2 million and is being paid for by the government's Access for All fund";
    "Who runs the bakery now?" by "It is now run by his great-grandson, Huw Pritchard, ...", not
    the founding in 1913; "When will the bakery close?" by "... will close at the end of the month
    ..." (the end of the month is a time)."""
    bot = story_batch("stories_twohundredninth")
    pays, runs, closes = bot.ask_many(["Who is paying for the new bridge?", "Who runs the bakery now?",
                                       "When will the bakery close?"])
    assert pays.hits[0].sentence.startswith("The project will cost £4.2 million"), pays
    assert runs.hits[0].sentence.startswith("It is now run by his great-grandson, Huw Pritchard"), runs
    assert "will close at the end of the month" in closes.hits[0].sentence, closes


def test_every_half_an_hour_is_how_often():
    """Found by the two-hundred-and-tenth blind batch: "How often will trains run?" by "... will carry
    trains every half an hour between Ashington and Newcastle", not another sentence's "last
    passenger train in 1964" ("every half an hour" is a frequency, as "every hour" was)."""
    bot = story_batch("stories_twohundredtenth")
    often, = bot.ask_many(["How often will trains run?"])
    assert "every half an hour" in often.hits[0].sentence, often
    assert often.found, often


def test_a_runner_by_a_reduced_passive_a_habit_asked_in_the_present_and_another_kind_of_fare():
    """Found by the two-hundred-and-eleventh blind batch: "Who runs the ferry?" by "The service, run
    by a community company called Humber Crossings, ...", not the company chairman's words; "When
    does the repair cafe open?" by "The cafe opens on the first Saturday of every month ...", not "A
    second repair cafe will open in Nailsworth in the spring"; "What was the 1,000th item?" by "The
    1,000th item was a 1960s Roberts radio ..."; "How much is a return fare?" not found by "A single
    fare is £4.50"."""
    bot = story_batch("stories_twohundredeleventh")
    runs, opens, item, fare = bot.ask_many(["Who runs the ferry?", "When does the repair cafe open?",
                                            "What was the 1,000th item?", "How much is a return fare?"])
    assert runs.hits[0].sentence.startswith("The service, run by a community company"), runs
    assert opens.hits[0].sentence.startswith("The cafe opens on the first Saturday of every month"), opens
    assert item.hits[0].sentence.startswith("The 1,000th item was a 1960s Roberts radio"), item
    assert "A single fare is £4.50" in fare.hits[0].sentence and not fare.found, fare


def test_how_a_deed_was_done_to_the_thing_asked_and_a_count_in_a_first_year():
    """Found by the two-hundred-and-eleventh blind batch: "How did Mr Tewson find the owner?" by "Mr
    Tewson posted a photo of the ring ...", not "... the best thing he had ever found", which finds
    no owner; "How many items did the cafe fix in its first year?" not found by the 1,000th item
    fixed three years on."""
    bot = story_batch("stories_twohundredeleventh")
    how, first_year = bot.ask_many(["How did Mr Tewson find the owner?",
                                    "How many items did the cafe fix in its first year?"])
    assert how.hits[0].sentence.startswith("Mr Tewson posted a photo of the ring"), how
    assert not first_year.found, first_year


def test_a_deed_in_a_title_tells_nothing_and_who_ran_it_before():
    """Found by the two-hundred-and-twelfth blind batch: "Who returned the book?" by the lead's "...
    has been returned by the grandson of the student who took it out", not "... Thomas Hardy's novel
    The Return of the Native, was found ..." (a title returns nothing); "How did Andrew Lowe return
    the book?" by "... posted it back to the library ..."; "Who ran the shop before?" by "It had
    been run for 27 years by Tony and Sheila Brooks", not the manager who will run it; "What was the
    book?" by "The book, a copy of Thomas Hardy's novel ..."."""
    bot = story_batch("stories_twohundredtwelfth")
    who, how, before, book = bot.ask_many(["Who returned the book?", "How did Andrew Lowe return the book?",
                                           "Who ran the shop before?", "What was the book?"])
    assert "has been returned by the grandson" in who.hits[0].sentence, who
    assert "posted it back to the library" in how.hits[0].sentence, how
    assert before.hits[0].sentence.startswith("It had been run for 27 years by Tony and Sheila Brooks"), before
    assert book.hits[0].sentence.startswith("The book, a copy of Thomas Hardy's novel"), book


def test_a_date_names_no_one():
    """Found by the two-hundred-and-twelfth blind batch: "Who was the librarian in 1942?" is not
    found by "The library's date stamp shows the book was due back on 3 March 1942" ("March" names
    no one)."""
    bot = story_batch("stories_twohundredtwelfth")
    librarian, = bot.ask_many(["Who was the librarian in 1942?"])
    assert not librarian.found, librarian


def test_a_reason_after_as_a_move_by_where_to_and_a_thing_of_another_story():
    """Found by the two-hundred-and-thirteenth blind batch: "Why will the bridge not swing again?" by
    "The bridge will not swing again, as no large ships now sail up the river, ...", not the lead's
    restoration; "Where will the market move to?" by "... is to move to a new covered hall next
    spring", not a trader's "The market belongs in the square"; "How long is the swing bridge?" not
    found by the fossil's "about 1.5 metres long", another story's."""
    bot = story_batch("stories_twohundredthirteenth")
    why, where, length = bot.ask_many(["Why will the bridge not swing again?", "Where will the market move to?",
                                       "How long is the swing bridge?"])
    assert "as no large ships now sail up the river" in why.hits[0].sentence, why
    assert "is to move to a new covered hall" in where.hits[0].sentence, where
    assert not length.found, length


def test_a_count_so_far_and_a_deed_done_to_someone():
    """Found by the two-hundred-and-fourteenth blind batch: "How many season tickets have been sold so
    far?" by "So far it has sold 950.", not the 1,200 needed each year; "What did the town council give
    Mr Vaughan?" by "The town council has given him a framed photograph ...", not "... refused to be
    paid for the work"; "How much does a single ticket from Ventnor cost?" not found by a return
    ticket's price, nor "When was the British Hedgehog Preservation Society founded?" by "... has
    fallen by about half since 2000, according to the British Hedgehog Preservation Society" (the
    time of another deed)."""
    bot = story_batch("stories_twohundredfourteenth")
    so_far, given, single, founded = bot.ask_many([
        "How many season tickets have been sold so far?", "What did the town council give Mr Vaughan?",
        "How much does a single ticket from Ventnor cost?",
        "When was the British Hedgehog Preservation Society founded?"])
    assert so_far.hits[0].sentence == "So far it has sold 950.", so_far
    assert given.hits[0].sentence.startswith("The town council has given him a framed photograph"), given
    assert not single.found, single
    assert not founded.found, founded


def test_a_thing_asked_by_its_kind_and_deed_an_amount_of_a_thing_and_a_sum_raised_by_now():
    """Found by the two-hundred-and-fifteenth blind batch: "What award did Isla win?" by "... has won a
    national award for young entrepreneurs", not the prize's spending; "Which pantomime did they
    perform?" by "... performed Cinderella five times ..."; "How much lead was stolen?" by "Thieves
    stripped about 40 square metres of lead ...", not the £14,000 the panto raised; "How much has the
    church raised so far?" by "... the church has now raised £38,000"."""
    bot = story_batch("stories_twohundredfifteenth")
    award, panto, lead, so_far = bot.ask_many(["What award did Isla win?", "Which pantomime did they perform?",
                                               "How much lead was stolen?", "How much has the church raised so far?"])
    assert "has won a national award for young entrepreneurs" in award.hits[0].sentence, award
    assert "performed Cinderella five times" in panto.hits[0].sentence, panto
    assert lead.hits[0].sentence.startswith("Thieves stripped about 40 square metres of lead"), lead
    assert "the church has now raised £38,000" in so_far.hits[0].sentence, so_far


def test_whom_something_went_to_and_who_held_it_before_someone_named():
    """Found by the two-hundred-and-sixteenth blind batch: "Who was the figure returned to?" by "It was
    returned at a ceremony on Tuesday to three elders of the Yolngu people ...", not "... given to the
    Royal Albert Memorial Museum by his son in 1931"; "Who ran the ferry before Roger Hext?" by "Roger
    Hext, 71, took over the rowing ferry from his father in 1977 ...", not the sailing club that will
    run it."""
    bot = story_batch("stories_twohundredsixteenth")
    returned, before = bot.ask_many(["Who was the figure returned to?", "Who ran the ferry before Roger Hext?"])
    assert returned.hits[0].sentence.startswith("It was returned at a ceremony on Tuesday"), returned
    assert before.hits[0].sentence.startswith("Roger Hext, 71, took over the rowing ferry from his father"), before


def test_a_span_since_a_year_a_time_of_another_deed_and_a_kind_named_by_its_instances():
    """Found by the two-hundred-and-seventeenth blind batch: "How long has Yorkshire Gold been brewed to
    the same recipe?" by "... has been brewed to the same recipe since 1955", not the six months the
    building work takes (the deed was looked for past "brewery's", whose span hid "brewed"); "Which
    cities could the plastic have come from?" by "... from cities up to 500 kilometres away, including
    Milan and Lyon", not the lead's "Swiss Alps"; "Who founded the Ludlow Clock Trust?" and "Who funded
    the microplastics study?" not found, their stories telling no founding nor funding."""
    bot = story_batch("stories_twohundredseventeenth")
    recipe, cities, founded, funded = bot.ask_many([
        "How long has Yorkshire Gold been brewed to the same recipe?", "Which cities could the plastic have come from?",
        "Who founded the Ludlow Clock Trust?", "Who funded the microplastics study?"])
    assert recipe.hits[0].sentence.endswith("has been brewed to the same recipe since 1955."), recipe
    assert "including Milan and Lyon" in cities.hits[0].sentence, cities
    assert not founded.found, founded
    assert not funded.found, funded


def test_kinds_listed_a_time_told_with_the_deed_and_a_doer_named_after_by():
    """Found by the two-hundred-and-eighteenth blind batch: "What kinds of fruit trees were planted?" and
    "When were the trees planted?" by "... planted apple, pear, plum and cherry trees on Saturday", not
    the lead's "More than 150 fruit trees have been planted on a former rubbish tip ..., which closed in
    1987" (the tip's time); "Which company employs the drivers?" by "About 1,100 drivers employed by
    First West Yorkshire ...", not the union that represents them; "When did Lily find the footprint?"
    by "... during the half-term holiday", not what will be on display in the summer."""
    bot = story_batch("stories_twohundredeighteenth")
    kinds, when, company, found = bot.ask_many([
        "What kinds of fruit trees were planted?", "When were the trees planted?",
        "Which company employs the drivers?", "When did Lily find the footprint?"])
    planting = "About 80 volunteers, many of them from nearby schools, planted apple, pear, plum and cherry trees"
    assert kinds.hits[0].sentence.startswith(planting), kinds
    assert when.hits[0].sentence.startswith(planting), when
    assert company.hits[0].sentence.startswith("About 1,100 drivers employed by First West Yorkshire"), company
    assert found.hits[0].sentence.startswith("Lily Chapman spotted the print"), found


def test_a_thing_asked_by_the_deed_done_to_it_and_a_role_in_the_one_story_naming_what_is_asked():
    """Found by the two-hundred-and-nineteenth blind batch: "Which book was returned to the library?" by
    "A copy of Treasure Island ... has been returned, 63 years after it was due back", not "The book
    was posted to the library last week ..."; "Who is the chief executive of Reclaim Cells?" by "Dr
    Raman, the chief executive, said ...", not the water company's chief executive in another story."""
    bot = story_batch("stories_twohundrednineteenth")
    book, chief = bot.ask_many(["Which book was returned to the library?",
                                "Who is the chief executive of Reclaim Cells?"])
    assert book.hits[0].sentence.startswith("A copy of Treasure Island"), book
    assert chief.hits[0].sentence.startswith("Dr Raman, the chief executive"), chief


def test_someone_asked_of_by_their_kin_is_not_found_in_a_sentence_about_another():
    """Found by the two-hundred-and-twentieth blind batch: "How many marathons has her daughter run?" is
    not found by "She has since run in 14 countries ... and once ran six marathons in six weeks",
    which tells of the runner, not her daughter; her husband's death is still found."""
    bot = story_batch("stories_twohundredtwentieth")
    daughter, husband = bot.ask_many(["How many marathons has her daughter run?", "When did her husband die?"])
    assert not daughter.found, daughter
    assert husband.found and "who died in 2015" in husband.hits[0].sentence, husband


def test_a_time_past_a_span_and_a_doer_named_beside_its_deeds_noun():
    """Found by the two-hundred-and-twenty-first and -second blind batches: "When were the beavers
    released?" by "... released into a fenced area of wetland near Wareham on Thursday", not the
    lead's "... the first to live wild in the county for about 400 years" (a span, no time); "Who
    operates Sheffield's trams?" by "The operator, Steel City Trams, said ...", not the lead's "... the
    operator announced on Thursday", which names no one (and in the ferry story "The ship's operator,
    Western Isles Ferries, ..." for "Who operates the Loch Linnhe?")."""
    released, = story_batch("stories_twohundredtwentyfirst").ask_many(["When were the beavers released?"])
    trams, = story_batch("stories_twohundredtwentysecond").ask_many(["Who operates Sheffield's trams?"])
    ferry, = story_batch("stories_twohundredtwentieth").ask_many(["Who operates the Loch Linnhe?"])
    assert released.hits[0].sentence.startswith("The animals, two adults and three young"), released
    assert trams.hits[0].sentence.startswith("The operator, Steel City Trams"), trams
    assert ferry.hits[0].sentence.startswith("The ship's operator, Western Isles Ferries"), ferry


def test_a_count_asked_as_it_is_now_is_told_by_the_sentence_saying_now():
    """Found by the two-hundred-and-twenty-second blind batch: "How many Whitefaced Woodland sheep are
    there now?" by "There are now about 2,500.", not the sentence before it, "... in 1995, when fewer
    than 300 breeding ewes were left"."""
    now, = story_batch("stories_twohundredtwentysecond").ask_many(["How many Whitefaced Woodland sheep are there now?"])
    assert now.hits[0].sentence == "There are now about 2,500.", now


def test_a_part_counted_a_wait_asked_how_long_and_a_design_never_told():
    """Found by the two-hundred-and-twenty-first and -second blind batches: "How many young beavers were
    released?" by "The animals, two adults and three young, ...", not the lead's "A family of five
    beavers"; "How long is the waiting list for robotic surgery?" by '"The waiting list for this kind of
    surgery is still eleven weeks," he said.' (a wait's length is a span of time, not "a few metres");
    "Who designed the new scout hut?" not found, its story telling no design (only "built")."""
    young, = story_batch("stories_twohundredtwentyfirst").ask_many(["How many young beavers were released?"])
    wait, designed = story_batch("stories_twohundredtwentysecond").ask_many([
        "How long is the waiting list for robotic surgery?", "Who designed the new scout hut?"])
    assert young.hits[0].sentence.startswith("The animals, two adults and three young"), young
    assert "still eleven weeks" in wait.hits[0].sentence, wait
    assert not designed.found, designed


def test_a_doer_after_its_thing_a_count_whose_noun_is_left_out_and_the_weather():
    """Found by the two-hundred-and-twenty-fourth blind batch: "Who runs the new café?" by "A new café,
    run by volunteers, ...", not another story's "Its owner, Northfield Foods, said ..."; "How many books
    did residents donate?" found by "Residents donated more than 3,000 to replace them" (its noun left
    out after "About 9,000 books were lost"), and so the 223rd's "How many bikes were found in the
    garage?" by "... after finding more than 300 in a lock-up garage"; "What was the weather like during
    the marathon?" by "Temperatures stayed below 10C ..."; "What were the coins made of?" by "The
    coins, most of them silver, ..."; "Who won the wheelchair race?" not found by the women's race."""
    cafe, books, weather, coins, wheelchair = story_batch("stories_twohundredtwentyfourth").ask_many([
        "Who runs the new café?", "How many books did residents donate?",
        "What was the weather like during the marathon?", "What were the coins made of?",
        "Who won the wheelchair race?"])
    found, returned = story_batch("stories_twohundredtwentythird").ask_many([
        "How many bikes were found in the garage?", "How many bikes were returned to their owners?"])
    assert cafe.found and cafe.hits[0].sentence.startswith("A new café, run by volunteers"), cafe
    assert books.found and books.hits[0].sentence.startswith("Residents donated more than 3,000"), books
    assert found.found and "finding more than 300" in found.hits[0].sentence, found
    assert "returned 140 stolen bicycles" in returned.hits[0].sentence, returned
    assert weather.found and weather.hits[0].sentence.startswith("Temperatures stayed below 10C"), weather
    assert coins.found and coins.hits[0].sentence.startswith("The coins, most of them silver"), coins
    assert not wheelchair.found, wheelchair


def test_what_people_call_a_thing_a_country_by_its_adjective_and_where_money_goes():
    """Found by the two-hundred-and-twenty-fifth blind batch: "What do researchers call the whale?" by
    "The whale, known to researchers as Spike ..."; "How many humpbacks are in the Norwegian catalogue?"
    found by "... a catalogue of more than 10,000 humpbacks kept by a research group in Norway"; "How
    long can humpback whales grow?" a length ("can grow to 16 metres long"), not the lead's "three
    winters"; "Where will the money from the fine go?" by "The fine will be paid into the government's
    consolidated fund"; "How many bells does the cathedral have now?" by "..., making twelve in all";
    "What service will return to the shop?" by the list item telling the return."""
    bot = story_batch("stories_twohundredtwentyfifth")
    called, norwegian, grow, fine, bells, service = bot.ask_many([
        "What do researchers call the whale?", "How many humpbacks are in the Norwegian catalogue?",
        "How long can humpback whales grow?", "Where will the money from the fine go?",
        "How many bells does the cathedral have now?", "What service will return to the shop?"])
    assert called.hits[0].sentence.startswith("The whale, known to researchers as Spike"), called
    assert norwegian.found and "more than 10,000 humpbacks" in norwegian.hits[0].sentence, norwegian
    assert grow.hits[0].sentence.startswith("Humpback whales can grow to 16 metres"), grow
    assert fine.found and "consolidated fund" in fine.hits[0].sentence, fine
    assert "making twelve in all" in bells.hits[0].sentence, bells
    assert service.hits[0].sentence.startswith("A post office counter will return"), service


def test_a_time_of_the_story_a_building_never_told_and_a_deeds_length_never_told():
    """Found by the two-hundred-and-twenty-fifth blind batch: "When did the sewage spill happen?" by
    "South West Water admitted polluting the River Otter in August 2023 ..." (the spill is the story's,
    named in its opening), not "By the time the fault was found, ..."; "When was Hereford Cathedral
    built?" and "How long does it take to train a bell ringer?" not found by the lead's "rang out on
    Sunday for the first time in two years", which tells no building and no training."""
    spill, built, training = story_batch("stories_twohundredtwentyfifth").ask_many([
        "When did the sewage spill happen?", "When was Hereford Cathedral built?",
        "How long does it take to train a bell ringer?"])
    assert spill.found and "in August 2023" in spill.hits[0].sentence, spill
    assert not built.found, built
    assert not training.found, training


def test_a_name_after_a_lead_a_time_not_the_quotes_and_what_a_novel_is_about():
    """Found by the two-hundred-and-twenty-sixth blind batch (a PDF story): "Who won the Wales Book of
    the Year prize?" by "Carys Morgan, 54, wrote ..." after the lead's "A former nurse from Swansea has
    won ..." ("Wales Book" is no one's name); "When did Carys Morgan write the novel?" by "... between
    2018 and 2022", not a quote whose time is its saying's ("..., she said at the ceremony in Cardiff on
    Thursday night."); "What is the novel about?" by "The novel follows ..."; "Where was the prize
    ceremony?" by "... at the ceremony in Cardiff"."""
    won, wrote, about, ceremony = story_batch("stories_twohundredtwentysixth").ask_many([
        "Who won the Wales Book of the Year prize?", "When did Carys Morgan write the novel?",
        "What is the novel about?", "Where was the prize ceremony?"])
    assert won.hits[0].sentence.startswith("Carys Morgan, 54,"), won
    assert wrote.found and "between 2018 and 2022" in wrote.hits[0].sentence, wrote
    assert about.hits[0].sentence.startswith("The novel follows"), about
    assert ceremony.found and "ceremony in Cardiff" in ceremony.hits[0].sentence, ceremony


def test_a_purpose_as_the_reason_and_a_doer_named_after_the_order_asked():
    """Found by the two-hundred-and-twenty-sixth blind batch: "Why was the change to a four-day week
    needed?" by "... said the change was needed to recruit and keep staff", not "..., so pupils will
    spend the same number of hours in class"; "Who drove the first train?" by "Its driver, Paul Mercer,
    ..." right after "The first train through, ...", which it goes on with."""
    needed, drove, said = story_batch("stories_twohundredtwentysixth").ask_many([
        "Why was the change to a four-day week needed?", "Who drove the first train?",
        "What did the driver of the first train say?"])
    assert "needed to recruit and keep staff" in needed.hits[0].sentence, needed
    assert drove.hits[0].sentence.startswith("Its driver, Paul Mercer"), drove
    assert said.found and said.hits[0].sentence.startswith("Its driver, Paul Mercer"), said


def test_a_place_in_the_table_a_scientific_name_and_how_often():
    """Found by the two-hundred-and-twenty-seventh blind batch: "Where are Swindon in the league?" by
    "... left Swindon 21st in League Two" (a place in a table, not any figure: "Hensley, 41, played 312
    games"); "What is the beetle's scientific name?" by "It has been named Chrysolina colesi, ..." (not
    the lead's "named as a species new to science"); "How often is garden waste collected?" by "... the
    free fortnightly service", under the lead that tells no frequency."""
    league, name, often = story_batch("stories_twohundredtwentyseventh").ask_many([
        "Where are Swindon in the league?", "What is the beetle's scientific name?",
        "How often is garden waste collected?"])
    assert "Swindon 21st in League Two" in league.hits[0].sentence, league
    assert name.hits[0].sentence.startswith("It has been named Chrysolina colesi"), name
    assert "fortnightly" in often.hits[0].sentence, often


def test_a_time_below_a_lead_a_river_named_in_the_lead_and_no_name_or_worth_told():
    """Found by the two-hundred-and-twenty-eighth blind batch: "When were the red panda cubs born?" by
    "The twins, ..., were born on 23 June ...", not the lead's "... have been born at the Welsh Mountain
    Zoo ..., the first born there in its 60-year history" (what the time's sentence lacks is the
    story's own); "Which river was the sword found in?" by the lead's "... pulled from the River Witham
    ...", not "... found the sword in June ..." (which names no river); not found: "What are the red
    panda cubs called?" (its story: "The cubs, who have not yet been named, ...") and "How much is the
    sword worth?" (only "conservation work costing about £12,000"). And a sum counts no things: "The
    shares cost £50 each, and nobody may own more than 20." answers "How many shares can one person own?"
    by its last figure, its noun left out."""
    born, river, called, worth = story_batch("stories_twohundredtwentyeighth").ask_many([
        "When were the red panda cubs born?", "Which river was the sword found in?",
        "What are the red panda cubs called?", "How much is the sword worth?"])
    shares, = story_batch("stories_hundredthirtyfifth").ask_many(["How many shares can one person own?"])
    assert born.found and "born on 23 June" in born.hits[0].sentence, born
    assert "River Witham" in river.hits[0].sentence, river
    assert not called.found, called
    assert not worth.found, worth
    assert shares.found and "nobody may own more than 20" in shares.hits[0].sentence, shares
