"""How candidate sentences are scored, and how sure we are that the best one answers.

Each candidate gets a few signals (FEATURES); its score is their weighted sum. The weights and
the "not found" calibration are fitted on the dev sets by `tools/fit_scoring.py` and shipped in
`data/scoring.json`, so refitting never means editing code.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Collection, Iterable, Iterator

import numpy as np

from .lexical import content_words, done_forms, plain_word, stem, word_forms
from .speakers import TITLE_WORDS

FEATURES = ("dense", "lexical", "coverage", "referred", "speaker", "quote", "own_words", "answer_type", "narrow_type",
            "role", "lead", "length", "previous", "definition")
LENGTH_SATURATION = 40  # words; past this a sentence is no more likely to hold an answer
# What "found" is decided on (QABot.answer_signals): the best sentence's signals, how far it
# leads the others, and what of the question it leaves out.
CONFIDENCE_FEATURES = ("dense", "coverage", "answer_type", "type_missing", "margin", "dense_gap", "missing_word",
                       "semantic_coverage", "semantic_missing", "quantity_missing", "name_missing", "missing_pull",
                       "narrow_missing")
# Similarity of two static word vectors below which a question word has no counterpart in a
# sentence (synonyms measured 0.5-0.8, unrelated words 0.0-0.2, related ones 0.2-0.35).
SEMANTIC_MATCH = 0.35

# "May" only as a name: "the water may look cloudy" tells no when.
MONTH_NAMES = r"January|February|March|April|(?-i:May)|June|July|August|September|October|November|December"
_MONTHS = MONTH_NAMES + r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE_WORDS = re.compile(
    # (days in the plural too: "opens on Wednesdays and Saturdays")
    rf"\b(1\d{{3}}|20\d{{2}})s?\b|\b({_MONTHS}|(?:{DAY_NAMES})s?)\b|\b\d{{1,4}}\s?(AD|BC|BCE|CE)\b|\bAD\s?\d{{1,4}}\b|"
    # not "a 58-year-old", "a 10-year plan"
    r"\b(century|decade|yesterday|today|tomorrow|ago)\b|(?<!-)\byears?\b(?!-)|"
    # "in the next three months" for "When will the meter be fitted?" (not "next month", which the
    # seed article's "steps down next month" holds for "When will the next meeting take place?")
    r"\b(?:in|within)\s+the\s+(?:next|coming)\s+(?:few\s+|couple\s+of\s+|[\w-]+\s+)?(?:days|weeks|months)\b|"
    # a season: "will be laid next spring", "in the autumn"
    r"\b(?:next|last|this|early|late|in|in\s+the|by\s+the|during\s+the)\s+(?:spring|summer|autumn|winter)\b|"
    # a holiday: "during the half-term holiday", "over Easter"
    r"\b(?:during|over|in|before|after)\s+the\s+(?:[\w-]+\s+){0,2}?(?:holidays?|half[\s-]term)\b|"
    r"\b(?:at|over|before|after|by)\s+(?:Christmas|Easter|Whitsun|New\s+Year|Hallowe['’]?en|Hanukkah|Diwali|Ramadan|"
    r"Eid)\b|"
    # "will close at the end of the month", "by the end of the year"
    r"\b(?:at|by|before|until|from)\s+the\s+(?:end|start|beginning|middle)\s+of\s+(?:the|this|next)\s+"
    r"(?:week|month|year|season|term|summer|winter)\b", re.I)
_SPAN_FROM_NOW = re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|next|coming)\s+"
                            r"(?:[\w-]+\s+)?(?:years?|decades?)\b", re.I)
# "When does the winter timetable start?" asks a start, and "From 3 November, the ferry will run
# four times a day" tells one, as "starting on 1 April" and "as of Monday" do.
ASKS_START = re.compile(r"^\s*when\s+(?:does|did|will|do|is|was|are|were)\b.*\b(?:start|starts|begin|begins|"
                        r"come\s+into\s+(?:force|effect)|take\s+effect|kick\s+off)\b", re.I)
TELLS_START_FROM = re.compile(rf"\b(?i:from|starting(?:\s+(?:on|from))?|as\s+of|with\s+effect\s+from|"
                              rf"beginning(?:\s+on)?)\s+(?:(?i:next|this)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                              rf"(?:{_MONTHS}|{DAY_NAMES})\b", re.I)
TELLS_START = re.compile(rf"{TELLS_START_FROM.pattern}|\b(?:start|starts|started|begin|begins|began|begun)\b", re.I)
_DAY_WORDS = re.compile(rf"\b(?:(?:{DAY_NAMES})s?|weekends?|weekdays|yesterday|today|tomorrow)\b", re.I)
_TIME_WORDS = re.compile(
    r"\b\d{1,2}(:\d{2})?\s*(a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|GMT|UTC|local time)|\b\d{1,2}:\d{2}\b|"
    # (not "space for a parent to stay overnight", which is how long)
    r"\b(noon|midday|midnight|dawn|dusk|morning|afternoon|evening|tonight)\b|"
    r"(?<!\bstay )(?<!\bstays )(?<!\bstayed )(?<!\bstaying )(?<!\bkept )(?<!\bkept in )\bovernight\b|"
    # a match's time: "in the 34th minute", "on the hour", "in stoppage time"
    r"\bin the \d{1,3}(?:st|nd|rd|th) minute\b|\bon the hour\b|\b(?:half-time|stoppage time|injury time)\b", re.I)
# A rate's time ("returns of 12% a year", "92 pounds a year"): no date, no duration.
_RATE_TIME = re.compile(r"(?<=\w|%)(?P<per>\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|minute|annum))\b"
                        # "£800,000 a year in landfill tax" is a rate; "a year in prison", "a year in advance" no rate
                        r"(?!\s+(?:ago|later|after|before|earlier|on|in\s+(?:advance|prison|jail|custody|office))\b)")
_RATE_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|per\s?cent\b|percent\b)?(?:\s+[\w-]+){0,3}$")


class _Unrated:
    """A date or duration matcher that does not read a rate's time ("12% a year") as either."""

    def __init__(self, pattern: re.Pattern, spans: re.Pattern | None = None) -> None:
        self.pattern = pattern
        self.spans = spans

    def _masked(self, sentence: str) -> str:
        def blank(m: re.Match) -> str:
            figure = _RATE_FIGURE.search(sentence, max(0, m.start() - 60), m.start())
            return " " * len(m.group(0)) if figure else m.group(0)
        masked = _RATE_TIME.sub(blank, sentence)
        return masked if self.spans is None else self.spans.sub(lambda m: " " * len(m.group(0)), masked)

    def finditer(self, sentence: str) -> Iterator[re.Match]:
        return self.pattern.finditer(self._masked(sentence))

    def search(self, sentence: str) -> re.Match | None:
        return self.pattern.search(self._masked(sentence))


# Numbers as news prose spells them out, and as figures ("1,200", "4.2").
_SMALL_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# Only from a figure's first digit: a search that could start at every digit of "1,1,1,..." would
# rescan the run from each, quadratic in a hostile sentence's length.
_FIGURE = r"(?<![\d,.])\d[\d,.]*"
_NUMBER_WORDS = re.compile(
    # "one" standing for a thing counts nothing: "if people had one to hand", "the one", "each one"
    r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\beach )(?<!\bevery )(?<!\bany )"
    r"\bone\b(?!\s+another\b)(?!\s+to\s+(?:hand|spare)\b)|"
    rf"\d|\b({_SMALL_NUMBERS.replace('one|', '')}|{_TEENS}|{_TENS}|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|percent|"
    r"quarters?|thirds?|fifths?|tenths?|twins?|triplets)\b", re.I)
# A count is no date: "built between January 2024 and June 2025" counts nothing, "on 18 September"
# and "at 2pm" neither.
_WHEN_FIGURES = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})(?!\w)|\b(?:{_MONTHS})\s+\d{{1,2}}\b|"
                           r"\b(?:1[5-9]|20)\d\d(?:s\b|\b(?![,.]\d))|\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)", re.I)


# The words of a currency, after a sum ("36 million dollars", "2.1 billion crowns").
# ... and old ones a story of the past gives: "for a fee of four guineas", "ten shillings"
_CURRENCIES = (r"dollars?|euros?|pounds?|yen|francs?|roubles?|rubles?|rupees?|yuan|crowns?|kron(?:e|er|or)|cents?|pence|"
               r"guineas?|shillings?|pesos?|zloty|lira|lire|shekels?|dinars?|dirhams?|forints?|"
               r"USD|EUR|GBP")
# A sum: "£500,000", "$5m", "36 million dollars", "15p".
# A figure is read whole, from its first digit and never again from inside it: "1,1,1,..." (a
# hostile upload) is then matched in linear time, not a scan to its end from every digit.
def without_sums(text: str) -> str:
    """``text`` with its sums blanked: "escaped with watches worth about £200,000" counts no watches."""
    return _MONEY_FIGURE.sub(" ", text)


_MONEY_FIGURE = re.compile(r"[$€£¥₽]\s?\d[\d,.]*+(?:\s?(?:m|bn|k|million|billion|trillion)\b)?|"
                           rf"(?<![\d,.])\b\d[\d,.]*+\s?(?:m|bn|million|billion|thousand)?\s*(?:{_CURRENCIES}|p)\b",
                           re.I)


# A count told by an ordinal: "the fourth meeting in a row", "for the third time", "its 12th
# straight win" (not "fourth place").
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
_ORDINAL_COUNT = re.compile(rf"\b{_ORDINAL}\s+(?:[\w-]+\s+){{1,2}}?(?:in\s+a\s+row|running)\b|"
                            rf"\bfor\s+the\s+{_ORDINAL}\s+(?:(?:straight|consecutive|successive)\s+)?"
                            r"(?:time|year|season|month|week|day)\b|"
                            rf"\b{_ORDINAL}\s+(?:straight|consecutive|successive)\b", re.I)
# A share of something: "Two thirds of those taking part", "64%", "half of them".
_SHARE_FIGURE = re.compile(rf"(?<![\d,.])\b\d[\d,.]*+\s?(?:%|per\s?cent\b|percent\b)|"
                           rf"\b(?:{_SMALL_NUMBERS}|a)[\s-]+(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b", re.I)


# Someone's age, no count of things: "His owner, Brian Dodds, 73, said ...", "a 73-year-old", "aged 73",
# "since he was nine".
# ("players aged from 38 to 84", "aged between 5 and 11": a range of ages)
# ("The club's youngest member is nine and its oldest is 87")
_AGE_FIGURE = (r"(?<=[a-z]),\s+\d{1,3}(?=,)|\b\d{1,3}-year-old\b|"
               r"\b(?:youngest|oldest)(?:\s+[\w'’-]+){0,2}?\s+(?:is|was)\s+(?:just\s+|only\s+|now\s+)?"
               r"(?:aged\s+)?[\w-]+|"
               r"\baged\s+(?:from\s+|between\s+)?\d{1,3}\b(?:\s*(?:to|and|-|–)\s*\d{1,3}\b)?|"
               r"\b(?:since|when|until|till)\s+(?:I|he|she|they|we|you)\s+(?:was|were)\s+[\w-]+")


# A span of time counts no things: "spent eight months making the squares" is no number of
# members (a span is asked as a duration: "How many months ...?"; not nights, which are counted).
_SPAN_FIGURE = (rf"\b(?:\d[\d,.]*|{_SMALL_NUMBERS}|{_TEENS}|{_TENS})[\s-]+"
                r"(?:second|minute|hour|day|week|fortnight|month|year|decade)s?\b(?![\s-]old)")
# A short name with a figure in it counts nothing: "seeds marked F1", "the A38" (a long one may be
# the number asked: "Hospital number: NG448213").
_CODE = r"\b[A-Za-z]{1,3}\d{1,3}\b"
_CODE_TOKEN = re.compile(_CODE)  # (read for every figure of every candidate: compiled once)


# An amount measured without a figure: "about a tonne of coal", "half a litre", "an acre".
A_MEASURE = re.compile(r"\b(?:a|an|half\s+a)\s+(?:tonne|ton|litre|liter|gallon|pint|kilo|kilogram|barrel|hectare|"
                       r"acre)s?\b", re.I)


class _Counting:
    """A number matcher that reads no date or clock time as a count, and, for a count of things,
    no sum of money or share either: "How many patients were affected?" is not answered by
    "£500,000", "How many people took part?" by "Two thirds of those taking part". An amount
    ("How much coal ...?") may be a measure without a figure: "a tonne"."""

    def __init__(self, of_things: bool = False) -> None:
        self.not_counts = re.compile(f"{_WHEN_FIGURES.pattern}|{_MONEY_FIGURE.pattern}|{_SHARE_FIGURE.pattern}|"
                                     f"{_AGE_FIGURE}|{_CODE}|{_SPAN_FIGURE}" if of_things else _WHEN_FIGURES.pattern,
                                     re.I)
        self.measured = None if of_things else A_MEASURE

    def search(self, sentence: str) -> re.Match | None:
        return _NUMBER_WORDS.search(self.not_counts.sub(lambda m: " " * len(m.group(0)), sentence)) or \
            _ORDINAL_COUNT.search(sentence) or (self.measured.search(sentence) if self.measured else None)


_UNITS_OF_TIME = r"(second|minute|hour|day|night|week|fortnight|month|year|decade|centur(y|ies))s?"
# An age in words: "Sixteen-year-old Lucy Harland", "a ninety-two-year-old"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_AGE_IN_WORDS = rf"(?:(?:{_TENS})(?:-(?:{_ONES}))?|{_ONES}|ten|eleven|twelve|{_TEENS}|a hundred)"
_DURATION_WORDS = re.compile(
    # (not "Some days I can barely walk", which days; "for some days" is below; nor "twice a day",
    # "three times a week", how often)
    r"(?<!\bonce\s)(?<!\btwice\s)(?<!\bthrice\s)(?<!\btimes\s)"
    rf"\b({_FIGURE}|a|an|{_SMALL_NUMBERS}|{_TEENS}|several|a few|many|{_TENS}|hundred)"
    rf"(\s+and\s+a\s+half)?[\s-]+"
    rf"((school|academic|calendar|financial|fiscal|working|business|full|straight|consecutive)\s+)?"  # "two school years"
    rf"{_UNITS_OF_TIME}\b(?![\s-]old|\s+ago\b)"  # "three years ago" says when, not how long
    # (nor "a second clean-up", an ordinal: "a second later", "a second or two" are spans)
    r"(?!(?<=\bsecond)[\s-]+(?!(?:later|earlier|before|after|or|and|of|to|in|on|at|behind|ahead|longer)\b)[a-z])|"
    # "took her two winters to complete", "after three seasons at the club"
    rf"\b({_FIGURE}|{_SMALL_NUMBERS}|several|a few|many)[\s-]+(springs|summers|autumns|winters|seasons)\b|"
    r"\b(since|until|for)\s+(\d|the past)|\buntil\s+(noon|midday|midnight)\b|"
    # "held in Britain since the 1890s", "since the early 1900s"
    r"\bsince\s+the\s+((early|late|mid)[\s-]+)?\d{2,4}s\b|"
    # "has been on the list since March 2024"
    rf"\bsince\s+(early\s+|late\s+|mid-?|last\s+)?({_MONTHS}|spring|summer|autumn|winter)\b|"
    # since an age: "who has played since he was seven", "since the age of 12", "since childhood"
    rf"\bsince\s+(he|she|they|I|we|you)\s+(was|were)\s+(\d{{1,2}}|{_AGE_IN_WORDS})\b|"
    rf"\bsince\s+the\s+age\s+of\s+(\d{{1,2}}|{_AGE_IN_WORDS})\b|\bsince\s+(his|her|their|my)\s+"
    r"(childhood|teens|schooldays|school\s+days|twenties|thirties)\b|\bsince\s+childhood\b|"
    # An end as news gives it: "How long will the heatwave last?" "until at least Wednesday".
    rf"\b(until|till|through)\s+(at\s+least\s+)?(the\s+(end|middle|start|beginning)\s+of\s+|early\s+|late\s+|mid-?)?"
    rf"(next\s+|this\s+|the\s+)?({DAY_NAMES}|{_MONTHS}|tomorrow|the weekend|spring|summer|autumn|winter|year|month|"
    r"week|season|further notice)\b|"
    r"\bfor\s+(several\s+|many\s+|some\s+)?(hours|days|weeks|months|years|decades)\b|"
    # "delivered over the next fortnight", "over the coming months"
    rf"\b(?:over|during|within|for)\s+the\s+(?:next|past|last|coming|following)\s+(?:(?:few|several|many)\s+)?"
    rf"{_UNITS_OF_TIME}\b|"
    # "the damage would take \"decades\" to recover"
    r"\b(take|takes|took|taking|last|lasts|lasted|lasting)\s+[\"“‘']?(hours|days|weeks|months|years|decades|centuries|"
    r"generations)\b|"
    # A race's time as results give it: "won ... in 2:24:10"
    r"\b\d{1,2}:[0-5]\d:[0-5]\d\b", re.I)
# A difference of time, no span of it: "spent on average 23 minutes less in deep sleep".
_TIME_DIFFERENCE = re.compile(rf"\b(?:{_FIGURE}|{_SMALL_NUMBERS}|{_TEENS}|{_TENS})[\s-]+{_UNITS_OF_TIME}\s+"
                              r"(?:less|more|fewer)\b", re.I)
# An amount: in figures ("1.2 billion euros", "$5m") or in words ("ten million euros", "a few
# hundred dollars").
_AMOUNT = rf"(?:{_FIGURE}|{_SMALL_NUMBERS}|{_TEENS}|{_TENS}|a|a few|several|half a)"
# Things sold at a price: "How much are tickets?" asks it.
_PRICED_THINGS = r"tickets?|entry|admission|membership|parking|permits?|passes|fares?|seats?|lessons?|classes"
# A price of nothing said as no fee at all: "there is no fee", "there will be no charge".
NO_FEE = r"\b(?:is|are|will\s+be)\s+no\s+(?:fee|charge)\b"
_MONEY_WORDS = re.compile(
    rf"[$€£¥₽]\s?\d|\d\s?[$€£¥₽]|\b{_AMOUNT}\s*(m|bn|hundred|thousand|million|billion|trillion)?\s*"
    rf"(?:{_CURRENCIES})\b|"
    # pence: "pay 45p for each mile" (not a screen's "720p")
    r"\b(?!(?:480|720)p\b)\d{1,3}(?:\.\d+)?p\b|"
    # "It is a free upgrade", "free to use", "at no extra cost", "there is no fee": a price all the same
    # ("free of charge" is; "free of pests" is not)
    r"\bfree(?! (?:of(?! charge\b)|from|speech|will|kick|agent|trade|market|press|fall)\b)\b|"
    r"\bat no (?:extra )?(?:cost|charge)\b|"
    # "charged no rent for the site", "pays no fee", "rent-free"
    r"\b(?:charg(?:e|es|ed|ing)|pa(?:y|ys|id|ying))\s+no\s+(?:rent|fees?|charges?|money)\b|\brent-free\b|"
    # "she won't take a penny in rent"
    r"\b(?:won['’]t|will\s+not|wouldn['’]t|would\s+not|doesn['’]t|does\s+not|didn['’]t|did\s+not|"
    r"refused\s+to)\s+"
    r"(?:take|charge|ask\s+for|accept|want)\s+a\s+(?:penny|cent|thing)\b|"
    rf"{NO_FEE}",
    re.I)
# A physical quantity: a figure with a unit of the dimension asked ("1.8 kilometres", "a
# 300-metre tower", "62 acres", "12 tonnes", "90 km/h"): "How tall is the tree?" is not answered
# by an area.
# A word quantity stands apart from its unit: "I am" is not "a m(etre)", nor "aft" "a ft".
# A count changed from one figure to another (not a span of years, "from 2019 to 2023", nor of
# hours, "from 9 am to 5 pm"): "cut from six a day to four".
# (each figure read from its first digit only: a search from every digit of a hostile "1,1,1,..."
# would take time growing with the square of its length)
_COUNT = (rf"(?:about\s+|around\s+)?(?!(?:1\d{{3}}|20\d{{2}})\b)(?:(?<![\d,.])\d[\d,.]*|{_SMALL_NUMBERS})\b"
          r"(?!\s*(?:[ap]\.?m\b|:\d|o['’]clock))")
# (not a range of ages: "players aged from 38 to 84")
COUNT_CHANGED = re.compile(rf"(?<!\baged\s)\bfrom\s+{_COUNT}(?:\s+\S+){{0,3}}?\s+to\s+{_COUNT}", re.IGNORECASE)
# A part of a whole, counted without naming it again: "ten of the eleven are healthy".
COUNT_OF_WHOLE = re.compile(rf"\b{_COUNT}\s+of\s+(?:the|its|their)\s+{_COUNT}", re.IGNORECASE)
# ... of what the sentence before counted: "found bats in eleven of them" after "30 new bat boxes".
COUNT_OF_THEM = re.compile(rf"\b{_COUNT}\s+of\s+(?:them|these|those)\b", re.IGNORECASE)
# A part of a whole told anyhow: "eleven of them", "30 percent of the homes", "most of the trees".
PART_OF_WHOLE = re.compile(rf"\b(?:{_COUNT}%?|half|most|all|none|some|many|few)\s+(?:per\s?cent\s+|percent\s+)?"
                           r"of\s+(?:them|these|those|the|its|their)\b", re.IGNORECASE)
# A count told as the count, of what its story counts: "Last year's count was 211."
COUNT_STATED = re.compile(rf"\b(?:count|total|tally)\s+(?:was|is|stood\s+at|reached)\s+(?:nearly\s+|almost\s+)?"
                          rf"{_COUNT}", re.IGNORECASE)
_QUANTITY = (rf"\b(?:{_FIGURE}|(?:{_SMALL_NUMBERS}|{_TEENS}|{_TENS}|a|a few|several|hundreds of|thousands of)(?=[\s-]))"
             r"\s*(?:hundred|thousand|million)?[\s-]*")


def _quantity_of(units: str) -> re.Pattern:
    return re.compile(rf"{_QUANTITY}(?:{units})(?![\w-])", re.I)


_LENGTH_WORDS = _quantity_of(r"(?:kilo|centi|milli)?(?:metre|meter)s?|km|m|cm|mm|(?:nautical\s+)?miles?|feet|foot|ft|"
                             r"inch(?:es)?|"
                             r"yards?|furlongs?|lengths?|storeys?|stories|floors|light[\s-]years?|parsecs?|"
                             # a text's length: "cries are limited to 150 words", "a 320-page novel"
                             r"words|pages|(?<=-)page")
_GAP_WORDS = (rf"\b(?:{_FIGURE}|{_SMALL_NUMBERS}|a|a\s+few|a\s+split)\s+(?:seconds?|minutes?|points?|shots?|strokes?|"
              r"places?)\s+(?:behind|ahead|clear|in\s+front|adrift)\b")
# A winning margin: "He beat the defending champion, Tom Archer, by three seconds", "goals clear".
TELLS_MARGIN = re.compile(r"\bby\s+(?:a\s+|just\s+|only\s+|almost\s+|nearly\s+|more\s+than\s+)?"
                          rf"(?:\d[\d.,]*|{_SMALL_NUMBERS}|a|half\s+a)\s+(?:[a-z]+\s+)?"
                          r"(?:seconds?|minutes?|points?|goals?|votes?|lengths?|shots?|strokes?|runs?|wickets?|"
                          r"metres?|places?|tries|try|frames?|sets?|games?|margin)\b|"
                          r"\b(?:seconds?|points?|goals?|lengths?|shots?|strokes?)\s+(?:ahead|clear|behind)\b", re.I)
# A length told as a size, not a distance: "a plinth 30 inches high", "a bullseye one inch across".
_SIZE_AFTER = re.compile(r"\s*(?:high|tall|deep|wide|long|across|thick|in\s+(?:diameter|height|length|width|depth))\b",
                         re.I)


def gives_distance(text: str) -> bool:
    """Whether the text gives a length that is no size of a thing ("at a target 12 feet away")."""
    return any(_SIZE_AFTER.match(text, m.end()) is None for m in _LENGTH_WORDS.finditer(text))


_AREA_WORDS = _quantity_of(r"(?:square|sq\.?)\s*\w+|km2|m2|km²|m²|hectares?|acres?")
_WEIGHT_WORDS = re.compile(
    _quantity_of(r"tonnes?|tons?|kg|kilo(?:gram)?s?|grams?|lbs?|ounces?|oz").pattern + "|"
    # pounds, a sum as often, only where a weighing says so: "each weighing less than two pounds"
    rf"\bweigh(?:s|ed|ing)?\s+(?:(?:about|around|just|only|less\s+than|more\s+than|under|over|nearly|almost)\s+)?"
    rf"{_QUANTITY}pounds?\b", re.I)
# "41C", "-5 °C", "104F", "38 degrees Celsius", "two degrees".
_TEMPERATURE_WORDS = re.compile(rf"(?:-|minus\s+)?\b\d+(?:\.\d+)?(?:\s*°\s*[CF]?|[CF]\b)|"
                                rf"\b({_FIGURE}|{_SMALL_NUMBERS})\s+degrees?\b", re.I)
# How often: "once a day", "three times a week", "every 30 minutes", "daily", "twice-yearly".
_PERIODS = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|season|term)s?"
_FREQUENCY_WORDS = re.compile(
    rf"\b(?:once|twice|thrice|(?:{_FIGURE}|{_SMALL_NUMBERS}|several|many|a few|a dozen)\s+times)"
    rf"[\s-]+(?:a|an|per|each|every)\s+{_PERIODS}\b|"
    rf"\b(?:twice|thrice|(?:{_FIGURE}|{_SMALL_NUMBERS}|several|many|a few|a dozen)\s+times)\b|"
    rf"\bevery\s+(?:(?:{_FIGURE}|{_SMALL_NUMBERS}|other|few|single)\s+)?{_PERIODS}\b|"
    # "trains every half an hour", "every half-hour", "every quarter of an hour"
    r"\bevery\s+(?:half(?:\s+an|-)?|quarter\s+of\s+an)\s*hour\b|"
    # "every Tuesday and Friday", "every weekend", "one weekend in three"
    rf"\bevery\s+(?:{DAY_NAMES}|weekend|morning|afternoon|evening|summer|winter|spring|autumn)\b|"
    rf"\b(?:one|two|{_FIGURE})\s+(?:{_PERIODS}|weekends?|{DAY_NAMES}s?)\s+(?:in|out of)\s+"
    rf"(?:{_SMALL_NUMBERS}|\d{{1,2}})\b|"
    rf"\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually)\b|"
    rf"\b(?:twice|once)-(?:daily|weekly|monthly|yearly)\b|\bper\s+{_PERIODS}\b|"
    # "five days a week", "two nights a month"
    rf"\b(?:{_FIGURE}|{_SMALL_NUMBERS})\s+(?:days|nights|evenings|mornings|afternoons|weekends)\s+"
    rf"(?:a|an|per|each|every)\s+{_PERIODS}\b", re.I)
# A telephone number: "0800 123 4567", "+1 614 555 0142", "(020) 7946 0958", or a short one
# dialled: "call 101", "dial 999".
# ... or a British one whose local part stands whole after the area code: "01684 295010"
_PHONE_NUMBER = re.compile(r"(?<![\w.,/:-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)\s?)?"
                           r"(?:\d{2,5}(?:[\s.-]\d{2,4}){1,3}|(?:\(0\d{2,4}\)|0\d{2,4})[\s.-]?\d{5,7})"
                           r"(?![\w,/:-]|\.\d)|\b(?:call|ring|dial|text|phone|contact)\s+"
                           r"(?:us\s+on\s+|(?:[A-Z][\w'’-]*\s+){1,4}on\s+)?\d{3,5}\b",
                           re.I)  # "call 101", "call Dorset Police on 101", "contact Staffordshire Police on 101"
# A number a label says is no telephone's: "Customer account: 4471 2093 88", "Ref no. 2231 0987".
_LABELLED_NUMBER = re.compile(r"\b(?:account|reference|ref|order|policy|invoice|membership|customer|serial|booking|"
                              r"case|claim|crime|incident|tracking|registration)\s*(?:no\.?|number|#)?\s*:?\s*"
                              r"\d[\d\s-]{0,30}\d", re.I)


class _Unlabelled:
    """The telephone matcher, blind to numbers labelled as something else."""

    def search(self, sentence: str) -> re.Match | None:
        return _PHONE_NUMBER.search(_LABELLED_NUMBER.sub(lambda m: " " * len(m.group(0)), sentence))


# and a pace: "100 steps a minute", "60 words per minute"
# ... and any distance a unit of time: "1,380 metres a minute", "30 metres per second"
_SPEED_WORDS = _quantity_of(r"knots?|km/h|kph|mph|m/s|(?:kilometres?|kilometers?|km|miles?|metres?|meters?|feet|"
                            r"yards?)\s+(?:a|an|per)\s+(?:second|minute|hour)|"
                            r"(?:steps|strides|words|beats|revolutions|laps|lengths)\s+(?:a|an|per)\s+"
                            r"(?:second|minute|hour)")
# A share as news also gives it: "one in twelve", "nine out of ten", "41 pence of every pound".
_PERCENT_WORDS = re.compile(
    r"\d\s?(%|percent\b|per cent\b|percentage points?\b)|\b(half|a third|two thirds|a quarter|three quarters|"
    r"a fifth|a tenth)\b|"
    rf"\b(one|two|three|four|five|six|seven|eight|nine|\d{{1,2}})\s+(in|out of)\s+({_SMALL_NUMBERS}|twenty|"
    r"fifty|a hundred|one hundred|\d{1,3}(?![\d,.]))\b(?![\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|"
    r"years?|games?|matches|races?|attempts?|starts?|innings)\b)|"
    # "41p of every pound", not "every three weeks instead of every fortnight"
    rf"(?:\d[\d.,]*|\b(?:{_SMALL_NUMBERS}))\s?(?:[a-z]+\s+)?of every\b", re.I)
# Letters of names as European news spells them ("Dombås", "Sæther", "Kovač"): [A-Z][a-z]+ took
# "Skjær Ferries" and "near Dombås" for no name and no place.
_CAP = "A-ZÀ-ÖØ-ÞĆČĐŁŃŚŠŹŻŽ"
_LOW = "a-zß-öø-ÿĀ-ž"
# ... and with a capital inside: "McBride", "MacLeod", "O'Brien", "DeShawn"
_CAPITALISED = rf"[{_CAP}](?:['’][{_CAP}])?[{_LOW}]+(?:[{_CAP}][{_LOW}]+)?"
# An age: "39-year-old", "aged 13", "at age 39", "Jonas Berg, 54, said", "She was 91.", "4.6 billion years", or
# when a thing began ("built in 1998", "dating to 1338").
_AGE_WORDS = re.compile(
    # "aged 13", "aged between 78 and 94", "at the age of five", "in their 80s"
    r"\b(age|aged|ages):?\s+(of\s+|between\s+|from\s+|over\s+|under\s+)?\d|"
    rf"\bage\s+of\s+{_AGE_IN_WORDS}\b|"
    r"\bin\s+(his|her|their)\s+(early\s+|late\s+|mid-?)?(\d0s|twenties|thirties|forties|fifties|sixties|seventies|"
    r"eighties|nineties)\b|"
    # an age required: "competitors must be at least 14", "riders must be over 16 to enter"
    r"\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to)\s+be\s+(?:at\s+least|over|under|older\s+than|"
    r"younger\s+than|aged)\s+\d{1,2}(?=\s*(?:[.,;)]|$)|\s+(?:or|and|to|if|on|in|at|before|when|with)\b)|"
    # "has celebrated her 110th birthday", "turned 100"
    r"\b(his|her|their)\s+\d{1,3}(st|nd|rd|th)\s+birthday\b|\bturn(s|ed)?\s+\d{1,3}\b(?![\d:%.,/-])"
    r"(?!\s+(minutes?|hours?|days?|weeks?|months?|years?|degrees?|times|per|percent|miles|points?)\b)|"
    r"\b(became|become|becoming|was|were|turned|retired|died|joined|started|began|"
    r"left|married|won|made)\b[^.;]{0,40}?\bat\s\d{1,2}\b"
    r"(?![\d:%/–-]|[.,]\d|\s*(a\.m|p\.m|am\b|pm\b|o['’]clock|h\b))|"
    rf"\b(?:\d{{1,3}}|{_AGE_IN_WORDS})[-\s](years?|months?|weeks?|days?)[-\s]old\b|"
    # "Jo Marsh, 54, said", and at the end: "..., said resident Owen Pritchard, 67."
    # "Their father, Timur, is 11."
    rf"(?<![{_CAP}{_LOW}])[{_CAP}][{_LOW}]{{1,30}},\s((who\s)?(is|was|turns|turned)\s)?"
    rf"\d{{1,3}}(?:,|\.?[”\"’']?\s*$)|"
    r"\b(he|she)\s+(is|was)\s+\d{1,3}\s*(\.|;|$)|"
    # "Toby, now nine, cut the ribbon", "... by Alan Crowther, now 81."; "The previous youngest winner was 14
    # when he won"
    rf"(?<![{_CAP}{_LOW}])[{_CAP}][{_LOW}]{{1,30}},\s(now|aged)\s(\d{{1,3}}|{_AGE_IN_WORDS})(?:,|;|\.?\s*$)|"
    rf"\b(is|was|were)\s+(\d{{1,3}}|{_AGE_IN_WORDS})\s+when\s+(he|she|they|it)\b|"
    # "I learned to plough on that tractor when I was twelve, and ..."
    rf"\b(?:when|since|until|till)\s+(I|he|she|they|we|you)\s+(was|were)\s+(\d{{1,3}}|{_AGE_IN_WORDS})"
    r"(?=\s*[,.;!?”\"’]|\s+(and|or|years?\s+old)\b|\s*$)|"
    # "... by Elsie Pascoe, who is 94 and whose father ...": a bare number said of someone
    r"\bwho\s+(is|was|turns|turned)\s+\d{1,3}(?=\s+and\b|\s*[,.;]|$)|"
    # "64 members, the youngest of them 11 and the oldest 94"; "the oldest player is 41."
    r"\b(youngest|oldest)(\s+(of\s+(them|whom)|[a-z]+)){0,2}?,?\s+(is\s+|was\s+|aged\s+|just\s+)?"
    r"\d{1,3}(?=\s+and\b|\s*[,.;]|\s+years?\s+old\b|$)|"
    # ... but "has lived there for 20 years", "in 20 years", "a median of 3.2 years" is how long, no age
    r"(?<!\bfor )(?<!\bover )(?<!\bin )(?<!\bwithin )(?<!\bthan )(?<!\bof )"
    r"(?<![\d,.])\d[\d,.]*\s+(million\s+|billion\s+)?years\b(?!\s+(later|after|before|ago))|"
    r"\b(built|founded|established|dating|dates|dated|born|opened|launched|completed|made)\b[^.;]{0,30}?"
    r"\b(1\d{3}|20\d{2})s?\b|\b(centuries|decades|years)[-\s]old\b|\b\d{1,2}(st|nd|rd|th)[-\s]century\b|"
    # "thought to date from about AD 150", "dating back to the Bronze Age"
    r"\bdat(e|es|ed|ing)\s+(back\s+)?(at\s+least\s+|as\s+far\s+as\s+)?(from|to)\b|"
    r"\b(?-i:AD|BC|BCE)\s\d{1,4}\b|\b\d{1,4}\s(?-i:BC|BCE|AD)\b|"
    # "thought to date from the late third century"
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)[-\s]century\b", re.I)
# How old a thing is, by its history: "in the festival's 15-year history" (no age of a person).
_THING_AGE = re.compile(rf"\b(?:\d{{1,4}}|{_AGE_IN_WORDS})[-\s]year\s+history\b|"
                        # a thing's making so long ago: "a chondrite that formed about 4.6 billion years ago"
                        r"\b(?:formed|made|built|created|carved|laid|written|painted)\s+(?:about|around|some|nearly|"
                        r"almost|more\s+than|over|at\s+least\s+)?\s*[\d.,]+\s+(?:(?:million|billion|thousand)\s+)?"
                        r"years\s+ago\b", re.I)
# A stage of a match or a contest: "in the 89th minute", "early in the second half", "on lap 12"
# (not an episode or a chapter, which are asked for by name).
_STAGES = r"minute|round|lap|innings?|set|game|match|stage|leg|heat|hole|quarter|half|frame|bout"
_ORDINAL_WORDS = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                            r"tenth|eleventh|twelfth|final|last|opening|closing)(?:[\s-][a-z]+)?\s+"
                            rf"(?:{_STAGES})s?\b|\b(?:{_STAGES})\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
                            r"ten|eleven|twelve)\b|"
                            # "took the lead after 23 minutes": the 23rd
                            rf"\bafter\s+\d+\s+(?:{_STAGES})s\b", re.I)
# A result: "won 2-1", "a 24–10 victory", "voted 23 to 8", "approved by 31 votes to 18".
_SCORE_UNITS = (r"(?:votes?|games?|sets?|frames?|legs?|goals?|points?|shots?|runs?|pulls?|matches|hits|holes|ends|"
                r"tries|wickets|rounds|marbles)")
_SCORE_WORDS = re.compile(r"(?<![\d./-])\d{1,3}\s?[-–—]\s?\d{1,3}(?![\d/-]|\.\d)|"
                          rf"\b\d{{1,3}} ({_SCORE_UNITS} )?to \d{{1,3}}\b|"
                          # a vote's or a match's result in words: "backed by seven votes to four", "voted
                          # unanimously", "won by three games to two"
                          rf"\b(?i:{_SMALL_NUMBERS}|{_TENS}) {_SCORE_UNITS} to "
                          rf"(?i:{_SMALL_NUMBERS}|{_TENS}|none|nil)\b|"
                          r"\b(?i:unanimous(?:ly)?)\b")
# A colour, as news gives one: "shiny green", "a dark-coloured hatchback", "reddish".
_COLOUR_WORDS = re.compile(r"\b(?:red|green|blue|yellow|black|white|grey|gray|brown|orange|purple|pink|gold|golden|"
                           r"silver|violet|turquoise|scarlet|crimson|navy|beige|cream|maroon|bronze|ginger|amber|lilac|"
                           r"indigo|magenta|teal|khaki|ivory|emerald|olive|mustard|claret|burgundy|lavender|charcoal|"
                           r"tartan|multi-?colou?red|"
                           r"(?:dark|light|pale|bright)-colou?red)(?:d?ish)?\b", re.I)
# A place: a capitalised name after a preposition of place ("in Moscow", "from the Czech Republic"),
# or where words appear ("Where was the study published?": "in the journal Stellar Letters").
# A grade, a stage, a part by its number is no place: "move up to Grade 1", "in Year 9", "at Stage 2".
_NUMBERED_RANK = (r"(?:Grade|Level|Tier|Division|Year|Stage|Key\s+Stage|Class|Category|Round|Form|Step|Phase|Series|"
                  r"Season|Chapter|Section|Part|Article|Heat)\s+(?:\d|[IVX]+\b)")
_PLACE_WORDS = re.compile(rf"\b(in|at|from|to|near|across|outside|inside|into|towards?|below|above|beneath|beyond|"
                          rf"off|along|behind|opposite)\s+(the\s+)?"
                          # "in mid-Wales", "in northern England", "in rural Norfolk"
                          r"(mid-|(?:north|south|east|west)(?:ern)?\s+|(?:central|rural|coastal|inner|outer)\s+)?"
                          # not a month or a weekday: "in February", "on Tuesday"
                          r"((journal|magazine|newspaper|paper|daily|weekly|review)\s+)?"
                          rf"(?!(?:{DAY_NAMES}|{_MONTHS})\b|{_NUMBERED_RANK}){_CAPITALISED}|"
                          # "stranded on Farewell Beach"
                          rf"\bon\s+(the\s+)?(?!(?:{DAY_NAMES}|{_MONTHS})\b|{_NUMBERED_RANK}){_CAPITALISED}|"
                          # "a Riga-based maker"
                          rf"\b{_CAPITALISED}-based\b|"
                          # a thing kept by a body: "The logbooks are now held by the Orkney Library and Archive"
                          # (not an event "held by the council", which says who held it)
                          rf"\b(?:now\s+held|kept|housed|stored|looked\s+after|cared\s+for)\s+by\s+(the\s+)?"
                          rf"{_CAPITALISED}|"
                          # "sank 12 miles south of Lizard Point", "north-east of Aberdeen"
                          # (not "in the north of England", a region's part, seldom what is asked)
                          r"(?<!\b[Tt]he\s)\b(?i:north|south|east|west)(?:-?(?i:east|west))?\s+of\s+(?:the\s+)?"
                          rf"(?!(?:{DAY_NAMES}|{_MONTHS})\b){_CAPITALISED}|"
                          # "Residents of Edgefield, which will lose its only bus": a place by who lives there
                          r"\b(?i:residents|inhabitants|villagers|townspeople|townsfolk|islanders)\s+of\s+"
                          rf"{_CAPITALISED}|"
                          # "in the neighbouring town of Vilanova", "off the island of Skarvik"
                          rf"\b(city|town|village|island|region|province|county|district|port|state)\s+of\s+{_CAPITALISED}|"
                          # "mostly in the forests of Nepal", "on the slopes of Everest", "off the coast of Norway",
                          # "in the grounds of Lincoln Castle", "on the outskirts of Leeds", "at the bottom of the
                          # First World War panel" (not "in the middle of March")
                          # ... "danced through the streets of Haworth"
                          r"\b(?:in|at|from|on|along|across|near|off|to|through|around|round)\s+the\s+(?:[a-z-]+\s+)?"
                          r"(?:forests?|rainforests?|jungles?|mountains?|hills?|slopes?|coasts?|shores?|waters|"
                          r"valleys?|deserts?|plains?|wetlands?|islands?|grounds|gardens|outskirts|heart|centre|"
                          r"center|middle|edge|banks?|foot|top|bottom|side|front|back|rear|streets|ruins|suburbs|"
                          # "in the entrance hall of Sheffield railway station"
                          r"halls?|entrances?|lobby|foyer|concourse|corner|platforms?)"
                          r"\s+of\s+(?:the\s+)?"
                          rf"(?!(?:{DAY_NAMES}|{_MONTHS})\b){_CAPITALISED}|"
                          # a place by what it is: "from the railway station to the ferry terminal",
                          # "outside the town hall", "in the town's leisure centre" (not "in the port's history")
                          # "flour from a mill eight miles away", "in a converted garage"
                          r"\b(?:in|at|from|to|near|outside|inside|opposite|behind|beside)\s+(?:the|a|an)\s+"
                          r"(?:(?:town|city|village|island|county)['’]s\s+)?(?:[a-z-]+\s+){0,2}?"
                          r"(?:station|terminal|airport|harbour|port|quay|pier|hospital|(?:town|city|village|church|"
                          r"sports|community|main|school|assembly|concert|exhibition|parish|memorial|function) hall|"
                          r"(?:city|town|leisure|sports|community|shopping|visitor|recycling|garden|health|medical|"
                          r"youth|arts|heritage|rescue|conference|day) centre|sanctuary|depot|workshop|studio|"
                          r"square|market|marketplace|beach|seafront|border|museum|library|stadium|junction|"
                          r"roundabout|crossroads|car park|shelter|mill|farm|factory|garage|warehouse|quarry|"
                          r"church|hotel|pub|cafe|café|restaurant|farmhouse|barn|school|park|"
                          r"field(?!\s+of\b)|fields|green|ground|showground|meadow|paddock)\b(?!['’])|"
                          # a road by its number: "use the A38", "the M5", "I-95", "Route 66"
                          r"\b(?:[AMB]\d{1,4}|I-\d{1,3}|(?:Route|Highway|Interstate)\s+\d{1,4})\b|"
                          # ... or by its name, as what a sentence tells of: "Mill Lane will be closed"
                          rf"\b{_CAPITALISED}\s+(?-i:Road|Street|Lane|Avenue|Drive|Crescent|Terrace|Boulevard)\b"
                          r"(?=\s+(?:will|is|was|has|had|would|remains|remained|reopens|reopened|closes|closed)\b)")

# What someone does for a living, as news describes them: "Fiona Marsh, a 34-year-old primary school
# teacher, ...", "nurse Liv Aamot", "works as a cleaner", "a retired GP".
_OCCUPATIONS = (r"teachers?|head ?teachers?|headmasters?|headmistress(?:es)?|nurses?|doctors?|GPs?|surgeons?|"
                r"dentists?|midwi(?:fe|ves)|paramedics?|carers?|"
                r"engineers?|lawyers?|solicitors?|barristers?|accountants?|builders?|plumbers?|electricians?|"
                r"mechanics?|farmers?|drivers?|pilots?|firefighters?|(?:police )?officers?|chefs?|cooks?|bakers?|"
                r"butchers?|cleaners?|labourers?|shopkeepers?|shop assistants?|waiters?|waitress(?:es)?|"
                r"hairdressers?|receptionists?|secretar(?:y|ies)|clerks?|librarians?|lecturers?|professors?|"
                r"researchers?|scientists?|journalists?|reporters?|writers?|authors?|artists?|painters?|"
                r"musicians?|singers?|actors?|actress(?:es)?|designers?|architects?|photographers?|programmers?|"
                r"developers?|consultants?|analysts?|economists?|bankers?|traders?|brokers?|managers?|"
                r"directors?|caretakers?|gardeners?|carpenters?|joiners?|welders?|technicians?|porters?|"
                r"postm[ae]n|postwom[ae]n|fisherm[ae]n|miners?|soldiers?|sailors?|vets?|pharmacists?|"
                # the building and making trades: "a 58-year-old plasterer", "a dinner lady"
                r"plasterers?|roofers?|bricklayers?|decorators?|scaffolders?|glaziers?|tilers?|stonemasons?|"
                r"upholsterers?|tailors?|seamstress(?:es)?|cobblers?|thatchers?|dinner lad(?:y|ies)|"
                r"civil servants?|businessm[ae]n|businesswom[ae]n|entrepreneurs?|students?|warehouse workers?|"
                r"factory workers?|care workers?|social workers?|(?:shop|restaurant|café|cafe|pub|farm) owners?|"
                # "a physiotherapist", "a former steelworker"
                r"[a-z]+(?:therapist|ologist|ician|iatrist)s?|"
                # "a retired bookbinder", "a watchmaker", "a blacksmith", "a fishmonger"
                r"[a-z]+(?:binder|maker|smith|wright|monger|keeper)s?|"
                r"(?:steel|dock|metal|iron|rail|shipyard|farm|office|health|aid|youth|mine)\s?workers?")
_OCCUPATION_WORDS = re.compile(rf"\b(?:works?|worked|working|employed|job|career)\s+as\s+(?:a|an)\b|"
                               # a post by its rank, with no article: "where her father was principal keeper"
                               r"\b(?:was|is|were|are|became|served\s+as)\s+(?:the\s+)?(?:principal|head|chief|senior|"
                               r"assistant|deputy)\s+[a-z]{3,}\b|"
                               # "A 61-year-old primary school teacher from Hastings ...", as a lead opens
                               rf"\b(?i:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_OCCUPATIONS})\b|"
                               # "The 27-year-old physiotherapist only took up running ...", as news
                               # names someone again
                               rf"\b(?i:the)\s+\d{{1,3}}-year-old\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_OCCUPATIONS})\b|"
                               rf"\b(?i:{_OCCUPATIONS})\s+(?-i:[{_CAP}][{_LOW}]+\s+[{_CAP}][\w'’-]+)|"
                               # "Thomas Berg, who runs a hardware shop there, ..."
                               r"\b(?:runs|ran|owns|owned|manages|managed|opened)\s+(?:a|an|the|his|her|their)\s+"
                               r"(?:[\w'’-]+\s+){0,2}?(?:shop|store|café|cafe|restaurant|pub|bar|bakery|farm|salon|"
                               r"garage|hotel|guesthouse|business|stall|studio|practice|workshop|nursery|gym)\b")

# The last word of a body's name: "Ministry", "Trust", "Ltd".
_BODY_ENDINGS = (r"Ministry|Ministries|Department|Agency|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|plc|University|"
                 r"Party|Council|Committee|Bank|Association|Organi[sz]ation|Union|Group|Club|Institute|Commission|Office|"
                 r"Court|Parliament|Senate|Congress|Army|Navy|Force|Foundation|Federation|League|Authority|Board|"
                 r"Service|Network|Trust|Charity|Society|Hospice|Fund|Alliance|Coalition|Partnership|Police|"
                 r"Constabulary|Energy|Holdings|Airways|Airlines|Motors|Technologies|Industries|Enterprises|"
                 r"Logistics|Pharmaceuticals|Developments|"
                 # a bus, rail, food, water or house builder by its trade: "Greenline Buses", "Southvale Water"
                 r"Buses|Coaches|Railways?|Foods|Homes|Water|"
                 # a lender or an insurer by its name: "the Westbay branch of Harbour Savings"
                 r"Savings|Mutual|Insurance|Assurance|Investments|Securities|Brewery|"
                 # a newspaper: "reported by the Eastbrook Herald"
                 r"Herald|Gazette|Chronicle|Telegraph|Tribune|Courier|Observer|Examiner|Advertiser|Argus")
_ENDS_A_BODY = re.compile(rf"\b(?:{_BODY_ENDINGS})$")
_ACRONYMS_OF_NO_BODY = (r"UK|US|USA|UAE|GB|NZ|MP|MSP|MEP|PM|AM|CEO|CFO|GP|QC|KC|DJ|MBE|OBE|CBE|PE|MS|AI|IT|TV|CT|ECG|IVF|CPR|"
                        r"CCTV|GCSE|CV|ID|PIN|DNA|GPS|LED|OLED|UHT|MRI|ICU|HGV|EV|SUV|VAT|GDP|PDF|USB|GMT|BST|AD|BC|"
                        r"OK|FAQ|MV|[IVX]+")
# An organisation: a name ending in an organisation's word ("the Russian Foreign Ministry"), or
# "Ministry of ...", or an acronym ("NATO", "U.N.").
_ORGANISATION_WORDS = re.compile(
    rf"\b[A-Z][\w&.-]{{0,30}}\s+(?:(?:of|for|and|the|[A-Z][\w&.'’-]{{0,30}})\s+){{0,6}}({_BODY_ENDINGS})\b|"
    # a supporters' charity: "Friends of the Earth", "the Friends of Riverside Library fund"
    rf"\b(?-i:Friends)\s+of\s+(?:the\s+)?{_CAPITALISED}|"
    # a union or party by its name before what it is: "the Unite union", "the GMB union"
    rf"\b[Tt]he\s+{_CAPITALISED}\s+(?:union|party)\b|"
    # a partnership's name: "Kerr & Bell", "Marks & Spencer", "P&O"
    rf"\b{_CAPITALISED}\s+&\s+{_CAPITALISED}\b|\b[A-Z]{{1,3}}&[A-Z]{{1,3}}\b|"
    # a football club by its suffix: "watched by Stoke City", "joined from Derby County"
    rf"\b{_CAPITALISED}\s+(?:City|United|Rovers|Athletic|Wanderers|Albion|Town|County|Rangers|Hotspur|FC)\b|"
    # a running or athletics club: "trains with Eastport Harriers"
    rf"\b{_CAPITALISED}\s+(?:Harriers|Striders|Runners|Road\s+Runners|Athletic\s+Club|AC)\b|"
    r"\b(Ministry|Department|University|Bank|Council|Court|Commission|Office) (?:of|for)\s+[A-Z]|"
    # a charity's or a body's national name: "Alzheimer's Research UK", "Age UK"
    rf"\b(?!(?:The|In|Across|Around|For|From|To|A|An)\s){_CAPITALISED}(?:['’]s)?\s+(?:[A-Z][\w'’-]*\s+){{0,2}}UK\b|"
    # a body by a post only a body has: "Nuvola's founder and chief executive", "Acme's chairman"
    rf"\b{_CAPITALISED}['’]s\s+(?:founder\s+and\s+)?(?:chief\s+executive|chairman|chairwoman|managing\s+director|"
    r"board|shareholders|headquarters|spokes(?:man|woman|person))\b|"
    # a name news puts beside what the body is: "the railway company, Nordfrakt", "the venture
    # firm Northgate Capital", "the marine charity Ocean Watch", "Campaign group River Action"
    r"\b(company|firm|operator|charity|startup|start-up|carrier|airline|insurer|lender|broadcaster|retailer|"
    r"developer|housebuilder|contractor|"
    r"group|society|association|"
    rf"manufacturer|supplier|publisher|watchdog|regulator|consultancy|chain)(,\s*|\s+){_CAPITALISED}|"
    # a body by where it is based: "Nestwell, which is based in Leeds, said", "Leeds-based Nestwell"
    rf"\b{_CAPITALISED},\s+which\s+is\s+based\s+in\b|\b[A-Z][\w-]*-based\s+{_CAPITALISED}|"
    # "a ransomware group called BlackHarbor", "a campaign group known as Save Our Shores"
    r"\b(group|gang|collective|band|movement|network|organi[sz]ation|charity|company|firm|party|club|union|team)\s+"
    rf"(?:called|named|known\s+as)\s+[“\"‘']?{_CAPITALISED}|"
    # an acronym, but no country's ("discovered by an amateur in the UK" names no discoverer), no
    # post's or honour's ("Local MP Rachel Osei", "a GP", "awarded an MBE"), no roman numeral's
    # and none of a thing's ("CCTV", "GCSE", "AI", "AD 150")
    rf"\b(?!(?:{_ACRONYMS_OF_NO_BODY})\b)[A-Z]{{2,}}\b|\b(?:[A-Z]\.){{2,}}")
# A name is two or more capitalised words not at the very start of the sentence.
# with the particles of many surnames between its words ("Femke de Boer", "Ursula von der Leyen").
_NAME_PARTICLES = r"(?:de|da|di|du|del|della|der|den|van|von|dos|das|le|la|bin|ibn|al)"
_NAME_WORDS = rf"{_CAPITALISED}(?:(?:[ \-]{_NAME_PARTICLES})*[ \-]{_CAPITALISED})+"
_NAME = re.compile(rf"(?<=[\s(]){_NAME_WORDS}")
# A person named by a title at the very start of a sentence: "Dr Raman, the chief executive, said ..."
_TITLED_AT_START = re.compile(rf"^\s*[\"“‘']?(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\.?\s+{_CAPITALISED}"
                              rf"(?:[ \-]{_CAPITALISED})*")
# Nationalities, words of bodies' names ("American Airlines") that also stand before a person's.
_NATIONALITIES = frozenset("American British French German Russian Chinese European African Asian".split())
# Words that make a name a place's, a body's or an event's, not a person's ("Outer Port",
# "National Museum", "Fine Arts", "Supreme Court"). Measured on the dev sets: a flagged sentence
# is right 27% more often than with any two capitalised words (0.027 against 0.022).
_NOT_PERSON_WORDS = frozenset("""
Museum Arts River Street Road Bridge Church Cathedral Island Islands Mountains Mountain Sea Ocean Lake Park Square
Hall Palace Castle Empire Kingdom Republic States State Station Airport Hospital School College Academy Library
Stadium Theatre Theater Center Centre Award Awards Prize Cup Games War Revolution Act Treaty Age Dynasty Province
County City Ministry Ministries Department Agency Company Corporation University Party Council Committee Bank
Association Organisation Organization Union Group Club Institute Commission Office Court Parliament Senate Congress
Army Navy Force Foundation Federation League Authority Board Service Network Valley Bay Gulf Coast Desert Forest
Basin Peninsula Canal Harbour Harbor Port Tower Building Avenue Boulevard Highway Line Railway Channel Strait Plain
Plains Era Period Day Week Year Festival Show Series Album Records Studios Times Post News Journal Press Review
Magazine Olympics Championship Championships Bowl Temple Mosque Abbey Basilica Chapel Gallery Zoo Garden Gardens
Stock Exchange Fund Trust Society Orchestra Band Order Corps Guard Police Laboratory Laboratories System Project
Program Programme Mission Race Tournament Open Declaration Constitution Amendment Code Law Bill Accord Agreement
Conference Summit Convention Region District Territory Commonwealth Confederation Alliance Pact North South East
West Northern Southern Eastern Western Central Upper Lower New Great Greater United Royal National International
Federal Vale Heights Falls Moors Fjord Competition Contest Trophy Regatta Gala Fete Carnival Parade
Stakes Match Matches Fair Marathon Triathlon Duathlon Fringe Rally Relay Sportive Prix Book Medal Shield
""".split()) | _NATIONALITIES | frozenset(  # and a company's: "Southvale Water said ..."
    """Water Energy Rail Airlines Airways Motors Foods Homes Media Pharma Pharmaceuticals Holdings Capital Partners
    Systems Technologies Labs Insurance Telecom Electric Gas Oil Shipping Lines Ferries Logistics Ventures Industries
    Solutions Software Entertainment Healthcare Properties Estates Mining Retail Stores Brands Bakery Brewery
    Toys Books Films Pictures Sports Farms Dairy Dairies Roads Streets""".split()) | frozenset(  # and a venue's
    "Lido Hotel Inn Tavern Pier Marina Reservoir Cinema Arena Beach Quay Wharf Docks Farm Rink Observatory "
    "Planetarium Cafe Café Restaurant Market Lift Tramway".split())


# News names many a person only by age: "A 12-year-old girl ... has found the fossil".
_AGED = re.compile(rf"\b(?:\d{{1,3}}|{_SMALL_NUMBERS}|{_TEENS}|(?:{_TENS})(?:-[a-z]+)?)-year-old\b", re.I)


# A name given: "named the species Kelbysaurus frostae", "known as Geordie", a title in quotes
# (a capital opens it: 'the blossom would be "a feast for the bees"' quotes words, naming nothing).
# ... not one denied: "The postman, who has not been named, ..."
_NAMING_VERBS = (r"(?<!\bnot )(?<!\bnot been )(?<!\bnot yet been )(?<!\byet to be )(?<!\bnot be )(?<!\bcannot be )"
                 # ("known to readers as Bertha", "known locally as")
                 # (not "named as a species new to science", "named after ...", "named by ...")
                 r"\b(?:named(?!\s+(?:as\s+(?:a|an|one|the)\s+(?-i:[a-z])|after\b|by\b|for\b|in\s+(?:a|an|the)\b))|"
                 r"known\s+(?:to\s+)?(?:[a-z]+\s+){0,2}?as|dubbed|titled|entitled|nicknamed|renamed|"
                 r"name|names|"
                 # not a call made: "called the number on one of the posters", "called off the search"
                 # ("called for" stays: "called for the nobles to put down the rebels like mad dogs")
                 r"(?:called|call|calls)(?!\s+(?:(?:the|a|an|his|her|their|its)\s+(?:[a-z]+\s+)?"
                 r"(?:number|police|helpline|hotline|ambulance|coastguard|line|meeting|election|strike|vote|halt)|"
                 r"(?:on|in|off|out|back|up|"
                 r"police|999|911)\b)))\b")
# A work by its title after its making: "wrote The Lantern Keeper", "directed Northern Lights".
_TITLE_MADE = (rf"\b(?:wrote|written|published|directed|composed|painted|recorded|released|filmed|authored)\s+"
               r"(?:(?:most|much|part|all)\s+of\s+)?"
               rf"(?!(?:{DAY_NAMES}|{_MONTHS})\b)"
               r"(?-i:[A-Z][\w'’-]+(?:\s+(?:(?:of|the|and|in|on|a|to)\s+)?[A-Z][\w'’-]+)*)")
# ... and a quoted title, not words said: "“My class read every draft ...,” she said" ends on a comma.
_NAMING_WORDS = re.compile(rf"{_NAMING_VERBS}|{_TITLE_MADE}|"
                           rf"[\"“](?-i:[A-Z0-9{_CAP}])[^\"”]{{0,78}}[^\"”,.!?][\"”]", re.I)
_NAMING_VERB = re.compile(_NAMING_VERBS, re.I)


# People counted as a body, as news names who acted when no one person did: "The case was
# brought by a group of 340 residents", "Hundreds of farmers blocked the road".
_GROUP_OF_PEOPLE = re.compile(
    # "following complaints from two neighbours"
    # (a figure that ends its clause counts no one: "which opened in 1884, carries passengers")
    rf"(?:\b(?:a group|groups|hundreds|thousands|dozens|a coalition|an alliance|several|{_SMALL_NUMBERS})|{_FIGURE})"
    r"(?<![,.;])\s+(?:of\s+)?(?:[a-z]+\s+)?"
    r"(?:residents|villagers|families|parents|workers|protesters|activists|farmers|fishermen|students|"
    r"campaigners|locals|neighbours|neighbors|citizens|volunteers|employees|shareholders|investors|"
    r"patients|passengers|voters|landowners|homeowners|tenants)\b|"
    # a people or an order who did it: "was built in the 14th century by the monks of Glastonbury Abbey"
    r"\bby\s+(?:the\s+)?(?:[a-z]+\s+)?(?:monks|nuns|friars|canons|knights|Romans|Normans|Saxons|Vikings|Celts|"
    r"Victorians|Georgians|Tudors|navvies|prisoners)\b|"
    # the places a prize goes to: "Prizes are given to the first three men and women"
    rf"\b(?:the\s+)?(?:first|top|last)\s+(?:{_SMALL_NUMBERS}|\d+)\s+(?:[a-z]+\s+)?"
    r"(?:men|women|boys|girls|runners|riders|finishers|competitors|entrants|players|teams)\b", re.I)

# Someone news does not name, as the subject of the sentence that says what they did: "A walker on
# the coast path saw them struggling and called 999", "A neighbour raised the alarm".
_SOMEONE_UNNAMED = re.compile(
    # (after when or where: "On Saturday a walker spotted Poppy ...")
    r"^(?:(?:On|At|In|Later|Then|Early|Late|Last|That|This|Shortly)\b[^,.;:]{0,30}?,?\s+(?:a|an|one)|A|An|One)\s+"
    r"(?:[a-z]+\s+)?(?:walker|dog walker|passer-by|passerby|neighbour|neighbor|witness|resident|"
    r"motorist|driver|cyclist|jogger|runner|pedestrian|fisherman|farmer|teenager|pensioner|man|woman|boy|girl|"
    r"member of the public|local|volunteer|bystander|shopkeeper|customer|passenger|tourist|hiker|climber|swimmer|"
    r"surfer|lifeguard|security guard|worker|student|pupil|teacher|nurse|doctor|off-duty \w+)\b(?!-)")


# Someone named by their first name beside what they are to another: "Her husband, Mike, who was
# on the support boat", "his daughter Amy".
_KIN_NAMED = re.compile(r"\b(?i:his|her|their|my|our)\s+(?:husband|wife|son|daughter|mother|father|mum|dad|brother|"
                        r"sister|partner|friend|grandson|granddaughter|grandmother|grandfather|uncle|aunt|cousin|"
                        rf"nephew|niece|fianc[eé]e?|boyfriend|girlfriend)s?,?\s+{_CAPITALISED}\b(?![\s-]+[A-Z])")

# A family named by its surname, or the kin of a named one: "made by the Wordsworth family's
# descendants", "Smith's heirs".
_FAMILY_NAMED = re.compile(r"\b(?i:the)\s+(?:[A-Z][a-z]+\s+){1,2}family\b|"
                           r"\b[A-Z][a-z]+['’]s\s+(?:descendants|heirs|relatives|children|grandchildren)\b")


# A signature's name, alone on the first line of a letter's sign-off ("Richard Osei" / "Chief
# executive, March 2026"; qa_bot.segment) or before its post ("Helen Grant, headteacher"): a name
# at the very start that _NAME passes over.
_SIGNATURE = re.compile(rf"^{_CAPITALISED}(?:[ \-]{_CAPITALISED})+(?=[ \t]*\n|,[^,.\n]{{1,60}}$)")


# A nationality news puts before a name ("She will play American Dana Whitfield"), which keeps
# _NAME's match from being a person's.
_NAME_AFTER_NATIONALITY = re.compile("(?:" + "|".join(f"(?<=\\b{word} )" for word in sorted(_NATIONALITIES)) +
                                     f"){_NAME_WORDS}")


# Where a place stands: "near her home in the Brecon Beacons", not who did anything.
# ... or a part of a place does: "the summit of Ama Dablam", "on the banks of the Tyne".
_IN_THE = re.compile(r"(?:\b(?:in|near|across|around|through|over|along|beyond|within|inside|outside|off)\s+the|"
                     r"\bthe\s+(?:summit|top|foot|slopes|banks|shores|edge|outskirts|mouth|village|town|city|"
                     r"county|island|hamlet|suburb|district|region|province|port|state)\s+of(?:\s+the)?)\s+$",
                     re.I)
_IN_THE_REACH = 24  # characters back: "outside the " and some spaces; never a scan from the start


def _named_people(sentence: str) -> Iterator[re.Match]:
    """The names in a sentence that are people's (no word of a place's or a body's name, nor
    where a place stands: "in the Brecon Beacons")."""
    names = itertools.chain(_SIGNATURE.finditer(sentence), _NAME.finditer(sentence),
                            _NAME_AFTER_NATIONALITY.finditer(sentence))
    return (m for m in names if _is_a_persons(m.group(0)) and
            not _IN_THE.search(sentence, max(0, m.start() - _IN_THE_REACH), m.start()) and
            not _NAMES_A_PLACE.match(sentence, m.end()) and
            not _PLACE_IN_APPOSITION.match(sentence, m.end()) and
            not (_SAINT.match(m.group(0)) and _POSSESSIVE.match(sentence, m.end())) and
            not _names_what_noun_is_of(sentence, m) and
            not (_JUST_IN.search(sentence, max(0, m.start() - _JUST_IN_REACH), m.start()) and
                 not _POSSESSIVE.match(sentence, m.end())))


# "St Michael's Church", "King Edward's School": a name that names a building or a place (a
# body's, "the Information Commissioner's Office", may still answer "who")
_NAMES_A_PLACE = re.compile(r"['’]s\s+(?:Church|Cathedral|Chapel|Abbey|School|College|Academy|Hospital|Museum|Park|"
                            r"Square|Street|Road|Lane|Bridge|Hall|Palace|Castle|Library|Stadium|Theatre|Island|Well|"
                            r"Gate|Green|Wood|Hill)\b")
# "St Michael's churchyard", "St Oswald's Hospice": a saint's, named for a place or a body
_SAINT = re.compile(r"St\.?\s")
# "the Glen Arran sheepdog trials": a name between "the" and a noun names what the noun is of
_THE_JUST_BEFORE = re.compile(r"\bthe\s+$", re.I)
_COMMON_NOUN_AFTER = re.compile(r"\s+[a-z]")  # a function word is no noun (see _names_what_noun_is_of)
# "found in Kingsbury Wells", "lost on Carn Dearg": a name where something is, but not "in Ann Clarke's attic"
_JUST_IN = re.compile(r"\b(?:in|near|on)\s+$")
_JUST_IN_REACH = 6  # characters back: " near " at most
_POSSESSIVE = re.compile(r"['’]s?\b")


# The words of a post under a signature: a title's, or a head's or a clerk's ("Head of Planning").
_POST_WORDS = frozenset(TITLE_WORDS | set("head clerk officer founder owner partner principal headteacher treasurer "
                                          "administrator coordinator co-ordinator proprietor".split()))
_SIGNING_TITLES = frozenset("Dr Mr Mrs Ms Miss Mx Prof Professor Sir Dame Cllr Councillor Rev".split())


def signs_by_name(text: str) -> bool:
    """Whether ``text`` is a signature with no "Yours faithfully," above it, as a notice or a
    statement is signed: a person's full name alone on its line over their post ("Jonathan
    Reeve" / "Managing Director"), not a heading ("Further Information") nor a post alone."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    named = next(_named_people(" " + first), None)  # a name is read after a space
    if named is None or " " not in named.group(0) or not first.endswith(named.group(0)):
        return False
    words = first.split()
    if words[0].rstrip(".") in _SIGNING_TITLES:  # "Dr Anna Price"
        words = words[1:]
    return len(words) > 1 and " ".join(words) in named.group(0) and TITLE_WORDS.isdisjoint(w.lower() for w in words) \
        and any(w.strip(",.").lower() in _POST_WORDS for w in rest.split())


def _names_what_noun_is_of(sentence: str, name: re.Match) -> bool:
    """Whether the name stands between "the" and a noun, naming what the noun is of ("the Glen
    Arran sheepdog trials"), not a person ("the Lindmouth Marathon on Sunday" is read on)."""
    after = _COMMON_NOUN_AFTER.match(sentence, name.end())
    return _THE_JUST_BEFORE.search(sentence, max(0, name.start() - 4), name.start()) is not None and \
        after is not None and bool(content_words(sentence[after.start() : after.start() + 30].split()[0]))


def _is_a_persons(name: str) -> bool:
    """Whether a name (see _NAME) has no word of a place's or a body's name."""
    return _NOT_PERSON_WORDS.isdisjoint(re.split(r"[ \-]", name))


class _PersonName:
    """The person matcher: a name (see _NAME) with no word of a place's or a body's name, a
    person described by age, or a group of people."""

    @staticmethod
    def finditer(sentence: str) -> Iterator[re.Match]:
        return itertools.chain(_named_people(sentence), _AGED.finditer(sentence), _GROUP_OF_PEOPLE.finditer(sentence),
                               _SOMEONE_UNNAMED.finditer(sentence), _KIN_NAMED.finditer(sentence),
                               _FAMILY_NAMED.finditer(sentence))

    @staticmethod
    def search(sentence: str) -> re.Match | None:
        return next(_PersonName.finditer(sentence), None)

_PLACE_NOUNS = (r"city|cities|country|countries|state|states|town|towns|region|regions|province|village|continent|"
                r"place|places|county|capital|nation|island|district|area|location|venue|site|port|airport|stadium|"
                r"road|roads|street|streets|route|routes|motorway|highway|river|rivers|lake|lakes|mountain|"
                r"mountains|sea|seas|valley|valleys|coast|beach|beaches|bay|hospital|hospitals|prison|station|"
                r"stations|museum|church|hotel|park|square|bridge|building|suburb|neighbourhood|base|pub|pubs|inn|inns")
# "Scafell Pike, the highest mountain in England": a name the words after it call a place (not
# "Ann Reid, the village postmistress", "Tom Hall, the head of school")
_PLACE_IN_APPOSITION = re.compile(rf",\s+(?:the|a|an)\s+(?:(?!of\b)[a-z]+\s+){{0,2}}?"
                                  rf"(?:{_PLACE_NOUNS}|hills?|peaks?|summits?|fells?|islands?)"
                                  r"(?=\s+(?:in|on|of|at|near|which|that|where|and|to|from|for)\b|\s*[,.;:)]|\s*$)")
_ORGANISATION_NOUNS = (r"company|companies|organi[sz]ations?|ministry|ministries|agency|agencies|party|parties|team|"
                       r"teams|club|clubs|university|universities|group|groups|firm|firms|bank|banks|department|"
                       r"departments|body|institution|institutions|committee|newspaper|network|broadcaster|"
                       r"airline|manufacturer|government|governments|union|alliance|court|school|charity|"
                       r"charities|trust|trusts|foundation|foundations|society|societies|association|associations|"
                       r"council|councils|business|businesses|supermarket|supermarkets|retailer|retailers|operator|"
                       r"operators|supplier|suppliers|police|force|forces|"
                       # "Which auction house will sell it?": a firm by its trade
                       r"(?:auction|publishing|fashion) houses?|publishers?|insurers?|lenders?|carmakers?|"
                       r"housebuilders?|contractors?|developers?|regulators?|watchdogs?|bakery|bakeries|"
                       r"restaurants?|shops?|hotels?|brewer(?:y|ies)|hospices?|dair(?:y|ies)|factor(?:y|ies)")
_PERSON_NOUNS = (r"person|people|player|players|president|presidents|minister|ministers|leader|leaders|official|"
                 r"officials|man|woman|men|women|actor|author|writer|singer|scientist|king|queen|emperor|coach|"
                 r"spokesman|spokeswoman|spokesperson|ceo|chairman|founder|secretary|senator|mayor|judge|"
                 # "Which detective is leading the case?", "Which doctor treated him?"
                 r"detectives?|officers?|inspectors?|doctors?|nurses?|teachers?|lawyers?|solicitors?|"
                 r"councillors?|managers?|pilots?|artists?")

# A word that may qualify the noun after "which": "Which other club ...", "In which two cities ...".
# ... or any one word in lower case before the noun ("Which delivery company ..."), though not a
# verb's helper, nor a measure ("What age group ..."); not a name ("Which Florida city ...", where
# the place asked may be named without it), nor two ("What festival takes place ...").
_QUALIFIER = (r"(?:(?:other|rival|another|two|three|four|both|foreign|local|national|private|public|major|"
              r"main|big|biggest|largest|new)\s+|"
              r"(?:(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|may|might|must|of|"
              r"the|a|an|to|for|in|on|at|with|by|from|about|into|happens?|happened|made|makes?|caused?|causes|"
              r"led|leads?|forced?|forces|age|year|years|blood|income|price|time|size|weight|type|kind|sort|"
              r"number)\b)"
              r"(?-i:[a-z][a-z-]+)\s+))?")
# "the", "its", "Fjordtech's", "Skylark Air's": what may stand before the noun a question asks the value of.
_WHOSE = r"(the|a|an|its|their|his|her|(?:the\s+|a\s+)?(?:[\w.&-]+\s+){0,2}?[\w.-]+['’]s?)\s+"
_MONEY_NOUNS = (r"cost|costs|price|prices|budget|salary|salaries|fee|fees|fine|value|valuation|revenue|revenues|"
                r"profit|profits|loss|losses|funding|toll|fare|fares|rent|wage|wages|tax|income|turnover|debt|"
                r"earnings|bill|bonus|pension|prize|reward|ransom|bail|compensation|pay|payment|payments|payout|"
                r"payouts|grant|grants|donation|donations|damages|refund|refunds|loan|loans|subsidy|subsidies|"
                r"allowance|allowances|investment|deposit|deposits|savings")
MONEY_NOUNS = _MONEY_NOUNS  # what a sum may be of: a sum counts these, and no thing
# Sums one story names in other words: "How much compensation ...?" of "a £30 payment".
_SUMS_ALIKE = ("compensation payment payments payout payouts refund refunds damages",
               "fee fees charge charges price prices fare fares",
               "salary salaries wage wages pay earnings",
               "prize prizes reward rewards bonus bonuses")
SUM_NAMED_ALIKE = {word: frozenset(group.split()) for group in _SUMS_ALIKE for word in group.split()}
_LENGTH_NOUNS = r"height|length|width|depth|distance|elevation|altitude|diameter|span|range"
_LENGTH_UNITS = r"metres|meters|kilometres|kilometers|miles|feet|inches|yards|storeys|stories|floors"
# What "how long is ..." means is a length ("the bridge") unless it is asked of an event ("the strike").
_EVENT_NOUNS = (r"war|wars|strike|talks|meeting|trip|journey|flight|voyage|crossing|ride|drive|game|match|film|"
                r"movie|show|season|term|reign|career|marriage|life|lifespan|siege|ceasefire|process|delay|wait|"
                r"visit|stay|tour|session|programme|program|break|holiday|vacation|ban|sentence|contract|"
                r"campaign|period|era|construction|project|treatment|shift|lockdown|closure|outage|pregnancy|"
                r"labour|labor|study|survey|experiment|inquiry|investigation|recovery|search|rescue|"
                r"interview|speech|concert|trial|hearing|occupation|rule|presidency|tenure|lease|suspension|episode|"
                r"episodes|performance|broadcast|recording|song|album|event|festival|ceremony|operation")
# ... but a race, like its course, is asked the length of ("How long is the Borrowdale race?": "17
# miles"); a course is an event when it teaches ("How long is the umpiring course?": "two days").
_TAUGHT_COURSE = (r"(?:training|umpiring|coaching|refereeing|teaching|first[\s-]aid|cookery|cooking|language|degree|"
                  r"refresher|induction|taster|evening|online|university|college|crash|intensive|residential|"
                  r"beginners['’]?|art|pottery|driving|safety|study|studies)\s+courses?")


# Nouns a value noun may qualify that are no amount themselves: "valuation band", "price list".
_HEADS_NO_SUM = (r"(?:bands?|category|categories|class|classes|list|lists|agency|office|officer|date|dates|deadline|"
                 r"day|code|codes|method|system|scheme|structure|policy|rules?|review|freeze|account|form)")


def _asks_value_of(nouns: str) -> str:
    """"What is the toll ...", "What was Fjordtech's market value?": the value of one of ``nouns``
    (named "valued"), unless it only qualifies another noun: "What is the valuation band?" asks a
    band, "What is the fee structure?" no sum, nor a name's word: "What is the Art Loss Register?"."""
    return rf"\b(what|which) (is|was|are|were) {_WHOSE}([\w-]+\s+)?(?P<valued>{nouns})\b" \
        rf"(?!\s+{_HEADS_NO_SUM}\b)(?!\s+(?-i:[A-Z]))"


# "What is the name of the Kestrel's captain?", "What was the coach's name?": a person asked by role.
_ROLE_NOUNS = "|".join(sorted({*_PERSON_NOUNS.split("|"), *TITLE_WORDS}, key=len, reverse=True))
_NAME_OF_ROLE = (rf"^\s*what(?:['’]s|\s+(?:is|was|are|were))\s+(?:(?:{_WHOSE})?names?\s+of\s+(?:{_WHOSE}){{0,2}}"
                 rf"(?P<role_named>(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_NOUNS}))|{_WHOSE}(?P<role_owning>(?:[\w-]+\s+){{0,2}}?"
                 rf"(?:{_ROLE_NOUNS}))['’]s?\s+names?)\b")


# "How much ransom did the hackers demand?", "How much prize money ...": a sum asked by what it is.
# "What does a ticket to Apple Day cost?", "What will it cost to park?": a price as "how much"
# asks it (not "What did the mistake cost him?", which may be a title lost).
_WHAT_COST = re.compile(r"^\s*what\s+(?:did|does|do|will|would|could|might|should)\s+(?P<subject>.{1,80}?)\s+"
                        r"cost(?:\s+to\s+[a-z]+\b.{0,40}?)?\s*\??\s*$", re.I)
_MONEY_NOUN_ASKED = re.compile(r"\bhow much (?:(?P<modifier>(?!(?:did|does|do|will|would|was|were|is|are|has|had)\b)"
                               rf"\w+)\s+)?(?P<noun>money|{_MONEY_NOUNS})\b", re.I)

# (kind, question pattern), first match wins: the narrow kinds before the broad ones.
_QUESTION_KINDS: list[tuple[str, re.Pattern]] = [
    # "Where are Castleford in the table?": a position ("They sit 19th"), not a place
    ("position", re.compile(r"^\s*where\s+(?:are|is|were|was|do|does|did|will)\b.{0,60}\b(?:in|on|at)\s+the\s+"
                            r"(?:table|league|standings|rankings?|charts?|polls?|queue)\b", re.I)),
    # "What is the phone number of the advice line?", "What is the Floodline number?", "What number
    # should people call?"; not "What is the incident number?"
    ("phone", re.compile(r"\b(?:phone|telephone|helpline|hotline|fax|mobile)\s+numbers?\b|"
                         r"\bwhat\s+(?:is|are|was)\s+the\s+(?:[\w'’-]+\s+){0,3}?\w*line['’]?s?\s+numbers?\b|"
                         r"\b(?:what|which)\s+number\s+(?:should|do|does|can|must|to)\b.*\b(?:call|ring|dial|text)\b|"
                         r"\bnumber\s+to\s+(?:call|ring|dial|text)\b", re.I)),
    # "On which nights will the buses run?" asks the days of a week ("on Fridays and Saturdays")
    ("day", re.compile(r"\b(what|which) day of the week\b|\bon (what|which) day\b|^\s*what day\b|"
                       r"\b(?:what|which) (?:days|nights|evenings|mornings|afternoons|weekdays)\b", re.I)),
    # "What hours will the buses run?", "What are the opening hours?": the clock ("midnight to 5am"),
    # though "When do the new opening hours start?" asks a date
    ("time", re.compile(r"\b(what|which) time\b(?! (period|frame))|\bat what hours?\b|\b(?:what|which) hours\b|"
                        r"^(?!\s*when\b).*\bopening (?:hours|times)\b", re.I)),
    ("colour", re.compile(r"\b(?:what|which)\s+colou?rs?\b", re.I)),
    # "What was the weather like during the marathon?", "How was the weather?"
    ("weather", re.compile(r"^\s*(?:what\s+(?:is|was|will|were)\s+the\s+weather\s+(?:be\s+)?like|"
                           r"how\s+(?:is|was|will)\s+the\s+weather\b)", re.I)),
    # "What is the drum made of?", "What material is the roof?"
    ("material", re.compile(r"\b(?:made|built|carved|cast|woven|constructed)\s+(?:of|from|out\s+of)\s*\??\s*$|"
                            r"\b(?:what|which)\s+materials?\b", re.I)),
    # "When do the new tax rates start?" asks a date: a rate's figure only when no other question
    # word asks something else.
    ("percentage", re.compile(r"\b(what|which) (percentage|percent|proportion|share|fraction)\b|"
                              r"^(?!\s*(when|where|who|whom|whose|why)\b).*\b(interest|unemployment|inflation|tax|"
                              r"growth|turnout|vacancy|mortality|approval|participation|vaccination|literacy|poverty|"
                              r"jobless|pass|success|survival|response|completion|recycling|occupancy|infection|"
                              r"employment|dropout|failure) rates?\b|"
                              r"\b(what|which) (is|was|were) (the |its |their )?(\w+ )?turnout\b|"
                              r"\bhow many percent\b|"
                              # "How effective is the vaccine?" ("protected 77% of children")
                              r"^\s*how (effective|efficient|accurate|reliable)\b", re.I)),
    # "What prize money did the bakery win?", "What compensation will customers get?"
    ("money", re.compile(r"^\s*what\s+(?:[\w'’-]+\s+)?(?:money|ransom|compensation|reward|damages|bail|salary|"
                         r"wages?|fee|fare|toll|rent)\s+(?:did|does|do|will|would|was|were|is|are|has|have|had|can|"
                         r"could)\b|"
                         # (not "How much could the battery cut storage costs?", a change: "by half")
                         # (nor "By how much did Blake win?", a margin: "by three seconds")
                         r"(?<!\bby\s)\bhow much (money|did|does|do|will|would|was|were|is|are|has|had|must|should|can|"
                         r"could|may|might)\b(?!.*\b(?:cut|reduce|lower|increase|rise|fall|drop|slash|boost|grow|"
                         # (nor "How much has the price of butter gone up?", a change: "doubled")
                         r"increased|risen|rose|fallen|fell|gone\s+up|gone\s+down|went\s+up|went\s+down|go\s+up|"
                         r"go\s+down|climbed|jumped|dropped)\b)"
                         r".*\b(cost|costs|pay|"
                         r"paid|spend|spent|worth|earn|earned|raise|raised|charge|charged|sell|sold|fund|funding|"
                         r"invest|invested|budget|price|fine|fined|"
                         # "How much did the women's winner receive?": a sum, not "2:22:40"
                         r"receive|received|get|got|gets|win|won|wins|steal|stole|stolen|donate|donated|save|saved|"
                         r"owe|owed|lose|lost|award|awarded|collect|collected|make|made|take\s+home|took\s+home)\b|"
                         r"\bhow much money\b|"
                         # "How much are tickets for the open day?"
                         # ... "How much is a ticket on the cliff lift?"
                         rf"^\s*how\s+much\s+(?:is|are|was|were|will\s+be)\s+(?:the\s+|a\s+|an\s+|one\s+)?"
                         rf"(?:{_PRICED_THINGS})\b|"
                         # "How much is a monthly pass?": the price of one
                         r"^\s*how much (?:is|are|was|were) (?:a|an|one|each|every)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*\??\s*$|"
                         # "How much is the council contributing?"
                         r"\bhow much (?:is|are|was|were|will|would|has|have|had)\b.*\b(?:paying|costing|spending|charging|"
                         r"raising|earning|contribut(?:e|es|ed|ing)|investing|offering|giving)\b|"
                         # "How much ransom ...", "How much prize money ...", "How big is the reward?"
                         rf"{_MONEY_NOUN_ASKED.pattern}|"
                         # "What are the stolen paintings worth?"
                         r"^\s*what(\s+(is|was|are|were)|['’]s)\s.{1,60}\bworth\s*\??\s*$|"
                         rf"{_WHAT_COST.pattern}|"
                         rf"\bhow (big|large|high|much) (is|was|are|were) {_WHOSE}(\w+\s+)?({_MONEY_NOUNS})\b|"
                         # "What would the fine have been?", "What will the fee be?"
                         rf"^\s*what (?:will|would|could|might) {_WHOSE}(?:\w+\s+)?(?:{_MONEY_NOUNS})\s+"
                         r"(?:be|have been)\s*\??\s*$|"
                         # "What price will the van sell at?"
                         r"^\s*(?:at |for )?what (?:price|fee|fare|sum)\b|"
                         # "What is the minimum charge?": a charge of money, as no court's is called
                         r"^\s*what (?:is|was|are|were|will be) the (?:minimum|maximum|standard|basic|waiting|booking|"
                         r"service|delivery|admission|entry|entrance|parking|call-out|callout|cancellation|late|extra|"
                         r"daily|hourly|weekly|monthly|annual|fixed|flat)\s+charges?\b|"
                         + _asks_value_of(_MONEY_NOUNS), re.I)),
    # "How long ago did oxygen reach 10%?": a time ("3 billion years ago"), not a length.
    ("date", re.compile(r"\bhow long ago\b", re.I)),
    # "How long did Phillips manage Apollo?", "How long after the banquet did Kusala die?": a
    # question on how long someone did something is a duration, whatever the verb; "how long is
    # / was ..." only when it takes, lasts ... or is asked of an event ("How long was the strike?").
    ("duration", re.compile(r"\bhow long (did|does|do|will|would|has|have|had|can|could|should|must)\b"
                            r"(?!.*\sbe\s*\??\s*$)"  # "How long will each ferry be?" asks a size
                            # ... and "How long can humpback whales grow?" (not "... will the wood take to grow?")
                            r"(?!\s+(?:[\w'’-]+\s+){1,4}?(?<!\bto\s)grow\s*\??\s*$)|"
                            r"\bhow long (after|before|since)\b|"
                            # "How quickly does it fold?": "in under ten seconds"
                            r"^\s*how quickly\b|"
                            # a state held ("How long were the miners trapped?"), not a size
                            r"\bhow long (was|were|is|are)\s+(?:[\w'’-]+\s+){1,4}?(\w{3,}ed|held|kept|shut|stuck|"
                            r"missing|jailed)(?=\s*\??\s*$|\s+(?:in|for|at|on|under|underground|inside|behind|by|"
                            r"without|there|away|off|out|down|up|from|to)\b)|"
                            # where someone or something was: "How long were the thieves inside?"
                            r"\bhow long (was|were|is|are|has been|have been)\s+(?:[\w'’-]+\s+){1,4}?(inside|there|"
                            r"away|gone|abroad|asleep|awake|alive|down|unavailable|"
                            r"in (?:hospital|prison|jail|custody|office|power|"
                            r"charge|orbit|space)|at sea|on strike|offline|online|open|closed|"
                            # ("out of public use")
                            r"out of (?:[a-z]+\s+)?(?:action|service|use|commission|order|operation))"
                            r"(?:\s+(?:the|a|an|its|their|his|her)\s+[\w'’-]+)?\s*\??\s*$|"
                            # "How long was Brennick without running water?"
                            r"\bhow long (was|were|is|are|has been|have been)\s+(?:[\w'’-]+\s+){1,4}?without\b|"
                            # ... not in a clause of its own: "How long is the ship that ran aground?"
                            r"\bhow long (was|were|is|are)\b(?:(?!\b(?:that|which|who)\b).)*\b(take|took|last|lasted|"
                            r"spend|spent|serve|served|stay|"
                            r"stayed|wait|waited|run|ran|remain|remained|been|live|lived|reign|reigned|"
                            # ... or a wait by its name: "How long is the waiting list for surgery?" (not a
                            # queue, which may be miles long)
                            r"waiting\s+(?:list|lists|time|times)|delays?|backlogs?)\b|"
                            rf"\bhow long (is|was|are|were|will)\b.*\b(?:{_TAUGHT_COURSE}|(?:{_EVENT_NOUNS})\b"
                            r"(?!\s+(?:course|route|track|circuit|path|trail)\b))|"
                            # a post held: "How long was Joan Whitcombe the organist?"
                            r"\bhow long (?:was|were|has been|had been)\s+"
                            r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                            r"\s+(?:the|a|an|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*\??\s*$|"
                            r"\bfor how long\b|\bhow many (years|months|weeks|days|hours|minutes|decades)\b|"
                            # "How far ahead can I book a court?": "seven days ahead" (not "How far ahead did
                            # Copper Lane finish?", a margin: "four lengths ahead")
                            r"\bhow far (?:in advance|ahead (?:can|could|must|should|may|do|does|will|is|are)\b)|"
                            # a race's time: "What was Kiprop's winning time?", "What was her time?"
                            r"\b(?:winning|finishing|race|record|marathon|qualifying|lap)\s+times?\b|"
                            r"^\s*what\s+(?:is|was)\s+(?:his|her|their|[\w\s'’-]{1,40}['’]s?)\s+time\s*\??\s*$", re.I)),
    # "How often is the pill taken?" ("once a day"), not a count
    ("frequency", re.compile(r"\bhow (often|frequently)\b|\bhow many times (a|an|per|each|every)\s+\w+\b|"
                             r"\b(at )?what (intervals?|frequency)\b"
                             # (not a radio's: "What frequency does the station broadcast on?")
                             r"(?!.*\b(?:broadcast\w*|radio|station|transmit\w*|tune[ds]?)\b)", re.I)),
    ("temperature", re.compile(r"\bhow (hot|cold|warm|chilly|cool)\b|\bhow many degrees\b|"
                               # "What temperature is forecast ...?", "At what temperature ...?"
                               r"^\s*(?:at |to )?what (?:(?:minimum|maximum|average|lowest|highest) )?temperatures?\b|"
                               + _asks_value_of("temperature"), re.I)),
    # "How loud were the chimes?": a sound's level ("83 decibels")
    ("loudness", re.compile(r"\bhow (loud|noisy)\b|\bhow many decibels\b|" + _asks_value_of("noise level|volume"),
                            re.I)),
    # "How strong were the winds?" asks their speed ("gusts of up to 70 kilometres an hour").
    ("speed", re.compile(r"\bhow fast\b|\bat what speed\b|\bhow many (knots|mph)\b|"
                         r"\bhow strong (is|was|are|were|will|would|could|might) (the )?(\w+\s+)?(wind|winds|gusts?)\b|"
                         + _asks_value_of("speed|velocity"), re.I)),
    ("weight", re.compile(r"\bhow heavy\b|\bhow much (do|does|did|will|would)\b.*\bweigh\b|"
                          r"^\s*what\s+(do|does|did|will|would)\b.*\bweigh\s*\??\s*$|"
                          r"\bhow many (tonnes|tons|kilograms|kilos)\b|"
                          + _asks_value_of("weight|mass"), re.I)),
    ("area", re.compile(r"\bhow many (hectares|acres|square)\b|"
                        r"\bhow (big|large) (is|was|are|were) the (\w+\s+){0,2}area\b|"
                        + _asks_value_of("area|surface"), re.I)),
    ("length", re.compile(rf"\bhow (long|tall|high|wide|deep|far|thick|close)\b|\bhow many ({_LENGTH_UNITS})\b|"
                          + _asks_value_of(_LENGTH_NOUNS), re.I)),
    # "What was the women's winner's age?": a possessive's age, not "the Bronze Age"
    ("age", re.compile(r"\bhow old\b|\bat what age\b|"
                       r"\b(what|which) (is|was|were|are) (the |his |her |their )?(([\w-]+(['’]s?)?\s+)?[\w-]+['’]s?\s+)?age\b|"
                       r"\bhow many years old\b", re.I)),
    ("score", re.compile(r"\b(what|which) (is|was|were) the (\w+[\s-]+){0,3}?(score|scoreline|result)\b|"
                         r"\b(by|with) what (score|margin)\b|\bwhat (was |is )?the (final )?vote\b", re.I)),
    # "In which minute was the winner scored?", "Which round did she go out in?"
    ("ordinal", re.compile(rf"^\s*(?:(?:in|on|at|during|after|by)\s+)?(?:what|which)\s+(?:{_STAGES})s?\s+"
                           r"(?:did|do|does|was|were|is|are|will|had|has)\b", re.I)),
    ("date", re.compile(r"^\s*(when|what year|in what year|which year|what date|what century|in which year|"
                        r"during which|what decade|in what decade|in which century|since when|until when)\b|"
                        r"^\s*(on|by|from|until)?\s*(what|which) dates\b|^\s*(on|by|from|until) (what|which) date\b",
                        re.I)),
    # "How many patients were affected?": a count of things, which no sum of money gives.
    ("count", re.compile(r"\bhow many\b", re.I)),
    # "How long / tall / heavy / fast ..." never reach this: the duration and measure kinds take them.
    ("number", re.compile(r"\bhow (much|old|large|big|often)\b|" + _asks_value_of("majority|population|attendance") + "|"
                          r"\bwhat (is |was |are |were )?(the )?(number|amount|size|population|age|height|length|"
                          r"width|depth|area|distance|speed|weight)\b", re.I)),
    # "What does Fiona Marsh do for a living?", "What was her father's job?"
    ("occupation", re.compile(r"\bdo(?:es)?\s+for\s+a\s+living\b|\bwhat\s+(?:job|work)\s+(?:does|did|do)\b|"
                              # "What does Thomas Berg do?" (not "What did Luther do?", a deed)
                              r"^\s*what\s+does\s+(?:(?-i:(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)|he|she)\s+"
                              r"do\s*\??\s*$|"
                              # "What does Arjun's father do?"
                              r"^\s*what\s+does\s+(?:(?-i:(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+['’]s?)|his|her|their)"
                              r"\s+(?:father|mother|dad|mum|mom|wife|husband|partner|son|daughter|brother|sister|"
                              r"grandfather|grandmother|uncle|aunt|friend|neighbour|neighbor|fianc[ée]e?)\s+do\s*\??\s*$|"
                              # "What did Graham Pike do before he retired?": "A retired postman ..."
                              r"^\s*what\s+did\s+.{1,60}\s+do\s+before\s+(?:\w+\s+)?retir(?:ed|ing|ement)\b|"
                              # "What did Claire Hutchins do before?": "..., a former social worker"
                              r"^\s*what\s+did\s+.{1,60}\s+do\s+before\s*\??\s*$|"
                              # "What did Chris Pollard used to do?": "... Chris Pollard, a former postman"
                              r"^\s*what\s+did\s+.{1,60}\s+use[sd]?\s+to\s+do\s*\??\s*$|"
                              r"\bwork(?:s|ed)?\s+as\s*\??\s*$|"
                              r"^\s*what(?:['’]s|\s+(?:is|was|are|were))\s+"
                              r"(?:the\s+(?:job|occupation|profession)\s+of\b|"
                              r"(?:.{1,60}['’]s?|his|her|their|your)\s+(?:(?:previous|former|first|last|old|new|current)\s+)?"
                              # ... "What was Lydia Crane's job before?"
                              r"(?:job|occupation|profession)(?:\s+title)?"
                              r"(?:\s+(?:before|then|now|previously|originally|at\s+the\s+time)\b[^?]{0,40})?\s*\??\s*$)",
                              re.I)),
    ("place", re.compile(rf"^\s*where\b|\b(in|at|from|to|into) (what|which) {_QUALIFIER}({_PLACE_NOUNS})\b|"
                         rf"^\s*(what|which) {_QUALIFIER}({_PLACE_NOUNS})\b|"
                         rf"^\s*(what|which) (is|was) the ({_PLACE_NOUNS}) of\b", re.I)),
    ("organisation", re.compile(rf"^\s*(what|which) {_QUALIFIER}({_ORGANISATION_NOUNS})\b", re.I)),
    ("person", re.compile(rf"^\s*(who|whom|whose)\b|^\s*(what|which) ({_PERSON_NOUNS})\b|"
                          rf"\b(to|by|with|for) whom\b|{_NAME_OF_ROLE}", re.I)),
    # "What is the new species called?", "What was the name of the Norman castle?", "What did
    # Luther call the mass?": a name, asked of a thing (of a role, the person kind took it).
    ("name", re.compile(r"^\s*what(?:['’]s|\s+(?:is|was|are|were))\s+.{1,80}?\s+(?:called|named|known as|nicknamed|"
                        r"dubbed)\s*\??\s*$|"
                        # "What will the cafe be called?"
                        r"^\s*what\s+(?:will|would|should|could|might|is\s+going\s+to)\s+.{1,80}?\s+be\s+"
                        r"(?:called|named|known as)\s*\??\s*$|"
                        r"\bwhat (?:is|was|are|were) the (?:\w+\s+)?names? of\b|^\s*what names?\b|"
                        r"\bwhat did .{1,60}\b(?:name|call)\b|"
                        # "What do researchers call the whale?" (not "What does the frog's call sound like?")
                        r"\bwhat (?:do|does) .{1,60}\b(?:name|call)\s+(?:the|a|an|this|that|these|their|its|his|her|"
                        r"it|them|themselves|itself|himself|herself)\b|"
                        r"^\s*what(?:['’]s|\s+(?:is|was|are|were))\s+.{1,60}['’]s?\s+(?:(?:scientific|full|real|"
                        r"official|proper|latin|common|given|first|maiden|stage|pen)\s+)?names?\s*\??\s*$", re.I)),
    # "How was sleep measured?", "How did the thieves get in?": the means, not how someone felt,
    # reacted or fared ("How did Estbank's shares react?"), nor how a thing turned out ("How did
    # the talks end?"); "how many", "how long" ... are above.
    ("manner", re.compile(r"^\s*how\s+(?:was|were|did|do|does|is|are|will|can|could|would|has|have|had)\s+"
                          r"(?!.*\b(?:feel|felt|feeling|react|reacted|respond|responded|doing|look|looks|looked|"
                          r"compare|compared|cope|coped|fare|fared|go|went|going|perform|performed|do|did|be|"
                          r"end|ended|finish|finished|conclude|concluded|turn\s+out|turned\s+out|"
                          # nor how it came to be ("How did clog dancing begin?": "... began in the mills")
                          r"begin|began|start|started|originate|originated|come\s+about|arise|arose)"
                          r"\s*\??\s*$)", re.I)),
    # "What caused the landslip?", "What led to the closure?" ask the cause as "why" does.
    ("reason", re.compile(r"^\s*why\b|"
                          r"^\s*what\s+(?:caused|causes|led\s+to|leads\s+to|triggered|sparked|prompted)\b", re.I)),
    # "What advice did the police give?", "What should owners do?", "What do doctors advise?"
    ("advice", re.compile(r"^\s*what\s+(?:advice|guidance|tips?|recommendations?)\b|"
                          r"^\s*what\s+(?:should|must|ought)\s+.{1,60}?\b(?:do|bring|take|wear|carry|avoid)\b|"
                          r"^\s*what\s+(?:do|does|did|is|are|was|were|has|have|had)\s+.{1,60}?\b"
                          r"(?:advis(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)\b", re.I)),
    # "Under which law was he prosecuted?": a law by its name ("under the Housing Act").
    ("law", re.compile(r"^\s*(?:under\s+|by\s+)?(?:which|what)\s+(?:\w+\s+)?(?:law|laws|act|legislation|statute)\b",
                       re.I)),
    # "How did the talks end?": how a thing turned out, as a story tells it last.
    ("outcome", re.compile(r"^\s*how\s+(?:did|does|do|will|would|could|might)\s+.{1,80}?\s+"
                           r"(?:end|finish|conclude|close|turn\s+out|wrap\s+up)\s*\??\s*$", re.I)),
]

# "due to heavy rain", but not "due to reopen in March", a time
# "closed in March when its owner retired": what ended something, as news tells it
ENDED_WHEN = (r"\bwhen\s+(?:its|his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:retired|died|quit|resigned|left|"
              r"moved\s+away|went\s+bust|went\s+into\s+administration|ran\s+out|collapsed|failed)\b")
DUE_TO_CAUSE = (r"due to(?!\s+(?:be|start|open|close|begin|end|finish|reopen|take|arrive|run|launch|return|resume|"
                r"meet|sit|go)\b)")
# what set something off: "the blaze was probably started by an electrical fault"
SET_OFF_BY = r"(?:started|sparked|triggered|set\s+off)\s+by"
# What is done or not done for a reason told first: "Bats roost in the roof, so builders will not work
# there" (not any deed after "so": "..., so the show had little choice but to use it" told no reason
# the script was rejected).
SO_FOLLOWS = (r"[^,]{12},\s+so\s+(?!that\b|far\b|much\b|many\b|long\b|few\b|little\b|too\b)"
              r"(?:[\w'’-]+\s+){1,3}?(?:will|would|can|could|cannot|can['’]t|won['’]t|must|may|might|should|need|"
              r"needs|(?:do|does|did|is|are|was|were|has|have|had)\s+not|(?:do|does|did)n['’]t)\b")

# What things are made of, by name: "made in oak", "the copper cockerel".
MATERIAL_NAMES = (r"copper|bronze|brass|iron|steel|tin|zinc|pewter|gold|silver|aluminium|aluminum|wooden|wood|oak|"
                  r"pine|elm|beech|willow|teak|mahogany|walnut|bamboo|stone|marble|granite|slate|sandstone|"
                  r"limestone|flint|brick|concrete|glass|plastic|fibreglass|ceramic|porcelain|clay|terracotta|"
                  r"leather|woollen|wool|cotton|silk|linen|felt|straw|wicker|paper|cardboard|rubber|timber|wax|resin|"
                  r"plaster|nylon|polyester|acrylic|canvas|cork")


# A place in a table: "third in the table", "second from bottom of League One", "Swindon 21st in League Two".
_POSITION_WORDS = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                             r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                             r"nineteenth|twentieth|top|bottom)"
                             r"(?=\s+(?:in|of|from|place|position|spot)\b|\s*[,.;)]|\s*$)", re.I)
# The weather, as news tells it: "Temperatures stayed below 10C", "cool, still conditions", "calmer but colder".
_WEATHER_WORDS = re.compile(rf"{_TEMPERATURE_WORDS.pattern}|\b(?:temperatures?|rain|rains|rained|raining|rainy|"
                            r"rainfall|showers?|showery|drizzle|downpours?|snow|snowed|snowing|snowfall|sleet|hail|"
                            r"winds?|windy|gales?|gusts?|gusty|breezy?|sun|sunny|sunshine|clouds?|cloudy|overcast|"
                            r"fog|foggy|mist|misty|storms?|stormy|thunder|thunderstorms?|lightning|heat|heatwave|hot|"
                            r"hotter|warm|warmer|cool|cooler|cold|colder|chilly|freezing|frost|frosty|icy|humid|"
                            r"humidity|dry|drier|wet|wetter|calm|calmer|conditions)\b", re.I)


_MATCHERS: dict[str, re.Pattern | _Unrated | _Unlabelled | _Counting | type[_PersonName]] = {
    "phone": _Unlabelled(),
    "day": _DAY_WORDS,
    "time": _TIME_WORDS,
    "percentage": _PERCENT_WORDS,
    "money": _MONEY_WORDS,
    "duration": _Unrated(_DURATION_WORDS, _TIME_DIFFERENCE),
    "temperature": _TEMPERATURE_WORDS,
    "frequency": _FREQUENCY_WORDS,
    "speed": _SPEED_WORDS,
    "loudness": _quantity_of(r"decibels?|dB(?:A)?"),
    "weight": _WEIGHT_WORDS,
    "area": _AREA_WORDS,
    # (and a gap as a race gives it, for "How far behind was Okello?": "one second behind")
    "length": re.compile(f"{_LENGTH_WORDS.pattern}|{_GAP_WORDS}", re.I),
    "age": re.compile(f"{_AGE_WORDS.pattern}|{_THING_AGE.pattern}", re.I),
    "score": _SCORE_WORDS,
    "colour": _COLOUR_WORDS,
    "weather": _WEATHER_WORDS,
    "position": _POSITION_WORDS,
    # "carved from a single piece of wood", "made of recycled plastic", "made in oak"; "made by a
    # local seamstress, Maureen Tully, from an old sofa cover" (not "made by a clockmaker from
    # Marlborough", nor "made in 1794")
    "material": re.compile(r"\b(?:made|built|carved|cast|woven|knitted|constructed|fashioned|crafted|moulded|molded|"
                           r"formed|hewn|cut)\s+"
                           r"(?:(?:entirely|mostly|largely|partly|mainly|wholly|chiefly|often|usually|"
                           r"typically|traditionally|generally|commonly|sometimes)\s+)?"
                           rf"(?:(?:of|from|out\s+of)\s+[\w-]|in\s+(?:solid\s+)?(?:{MATERIAL_NAMES})\b|"
                           r"by\s[^.;]{1,50}?\s(?:of|from|out\s+of)\s+(?-i:[a-z])|"
                           # "He made a new drive wheel from bronze"
                           r"(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){1,3}?(?:from|out\s+of)\s+"
                           rf"(?:solid\s+)?(?:{MATERIAL_NAMES})\b)", re.I),
    # "When did the meeting close?" of "The meeting closed at 9.40 pm": a when may be a clock time.
    # ... but not a span reaching back from now: "37 crashes in the past five years" tells no when.
    "date": _Unrated(re.compile(f"{_DATE_WORDS.pattern}|{_TIME_WORDS.pattern}", re.I), _SPAN_FROM_NOW),
    "number": _Counting(),
    "count": _Counting(of_things=True),
    "ordinal": _ORDINAL_WORDS,
    "occupation": _OCCUPATION_WORDS,
    "place": _PLACE_WORDS,
    "organisation": _ORGANISATION_WORDS,
    "person": _PersonName,
    "name": _NAMING_WORDS,
    # "using wrist-worn monitors", "got in through a skylight", "works by clearing a protein",
    # "taken to hospital by air ambulance"; not "by a volunteer" nor "fraud by abuse of position",
    # whose "by" names who did it or what the deed was.
    # ... "It is fitted to the cuckoo's back with a harness" (how a thing is fixed)
    "manner": re.compile(r"\b(?:attached|fitted(?!\s+with\b)|fixed|fastened|secured|tied|glued|stuck|strapped|bolted|"
                         r"sewn|stitched|clipped|mounted|nailed|screwed|pinned)\b[^.;]{0,40}?"
                         r"\bwith\s+(?:a|an|the|two|three|[a-z]+s)\b|"
                         # (a way gone through is no means: "danced through the streets of Haworth")
                         r"\bthrough(?!\s+the\s+(?:[a-z-]+\s+)?(?:streets?|town|city|village|centre|center|heart|"
                         r"middle|countryside|night|day|air|doors?|windows?|gates?|tunnel|valley|forest|woods?|park|"
                         r"crowds?)\b)|"
                         r"\b(?:using|via|thanks to|with the help of|by\s+means\s+of|by\s+[a-z]+ing\b|"
                         r"by\s+(?:air\s+)?(?:car|bus|coach|train|air|sea|road|rail|phone|telephone|email|e-mail|"
                         r"post|hand|boat|helicopter|ambulance|foot|bike|bicycle|plane|ferry|taxi|text|letter|lorry|"
                         r"van|drone|crane|tractor|trailer|barge|cart|horse|wheelbarrow|winch|forklift|digger)\b)"),
    # "She urged people to ask for identification", "owners should keep their details up to date",
    # "Parents are being told to stop using the toy", "Doctors advised people to avoid ..."
    "advice": re.compile(r"\b(?:urg|advis)(?:e|es|ed|ing)\b|\badvice\b|\brecommend(?:s|ed|ing)?\b|\bshould\b|"
                         r"\bmust\b|\bought\s+to\b|\bencourag(?:e|es|ed|ing)\b|"
                         # (not "told them he needed to check", what he said)
                         r"\b(?:asked|told|warned|reminded|called\s+on)\s+"
                         r"(?:(?!(?:he|she|they|we|i|it|that)\b)\w+\s+){0,4}?"
                         r"(?:not\s+)?to\s+[a-z]+|"
                         r"^\W*(?:Do\s+not|Don['’]t|Never|Always|Stop|Check|Call|Keep|Avoid|Make\s+sure|Contact|"
                         r"Report|Register|Return|Unplug|Ask)\b|"
                         # a letter's request: "Please bring a list of any medicines you take."
                         r"^\W*Please\s+(?:do\s+not\s+)?(?!note\b)[a-z]+"),
    # "under the Housing Act", "the Online Safety Bill", "the Data Protection Act 2018"
    "law": re.compile(r"\b(?-i:[A-Z][\w'’-]*\s+(?:(?:of|and|for|on)\s+)?){1,6}"
                      r"(?-i:Act|Acts|Law|Bill|Code|Regulations|Directive|Convention|Treaty|Statute)\b"),
    "outcome": re.compile(r"\b(?:in\s+conclusion|to\s+conclude|conclud(?:ed|es|ing)|ended|ends|ending|"
                          r"finished|finishes|wrapped\s+up|broke\s+up|at\s+the\s+end|finally|in\s+the\s+end|"
                          r"came\s+to\s+an\s+end|turned\s+out)\b", re.I),
    # "cancelled because of a severe storm", "the fall is mainly due to cleaner buses", "Researchers
    # blamed low winter snowfall"; not "after", as often a time as a cause.
    "reason": re.compile(rf"\b(?:because|{DUE_TO_CAUSE}|as a result of|thanks to|owing to|caused by|blamed|to blame|"
                         r"the reason|reasons? (?:is|was|were)|so that|in order to)\b|"
                         # a purpose: "the change was needed to recruit and keep staff"
                         r"\b(?:is|was|are|were|be|been)\s+(?:needed|necessary|required|designed|intended|meant|aimed)"
                         r"\s+to\s+(?!be\b)[a-z]+|"
                         rf"\b{SET_OFF_BY}\b|"
                         rf"{ENDED_WHEN}|"
                         # a fault found: "said the lane was too narrow for the extra traffic"
                         r"\b(?:was|were|is|are|would\s+be)\s+too\s+[a-z]+\s+(?:for|to)\b|"
                         rf"{SO_FOLLOWS}|"
                         # "after two days of heavy rain", "following months of talks": a time
                         # spent on something is its cause
                         r"\b(?:after|following)\s+(?:(?:two|three|four|five|six|several|many|\d+)\s+"
                         r"(?:hours|days|nights|weeks|months|years)|a\s+(?:day|night|week|month|year))\s+of\b|"
                         # a report that set it off: "visited the building after a tenant complained about damp"
                         r"\b(?:after|following)\s+(?:a|an|the|one|two|three|several|many|some|\d+)\s+"
                         r"(?:[\w'’-]+\s+){0,2}?"
                         r"(?:complained|complaints?|reported|raised\s+concerns|alerted|tipped\s+off|called\s+999)\b|"
                         # news's cause of what it just told: "This follows routine tests which found ..."
                         r"^\W*(?:This|That|It|The\s+(?:[\w-]+\s+){0,2}?(?:move|decision|notice|announcement|"
                         r"warning|ban|closure|change|call|step|order))\s+(?:follows|comes\s+after|came\s+after)\b",
                         re.I),
}
# "What caused the power cut?" asks what struck, as news tells it: "lost power after high winds
# brought down power lines" (not for "Why ...?": "closed after Storm Idris tore off its roof" is no
# reason the roof cannot be repaired yet).
ASKS_WHAT_STRUCK = re.compile(r"^\s*what\s+(?:caused|causes|led\s+to|triggered|sparked)\b", re.I)
TELLS_WHAT_STRUCK = re.compile(
    r"\bafter\s+(?:(?:a|an|the|heavy|high|strong|severe|torrential|[a-z]+ing)\s+){0,2}"
    r"(?:winds?|gales?|rain|rainfall|storms?|floods?|flooding|snow|ice|lightning|fire|blaze|explosion|blast|crash|"
    r"collision|landslide|tree|trees|leak|burst)\s+(?:[a-z]+\s+)?"
    r"(?:brought|blew|struck|hit|fell|tore|swept|knocked|cut|damaged|flooded|destroyed|caused|broke|burst|spread)\b",
    re.I)
# "How do the acoustic loggers work?" asks what the thing does, as news tells it with the thing
# itself doing it: "The loggers listen for the sound of escaping water ...", not "We fitted 9,000
# acoustic loggers".
_ASKS_HOW_IT_WORKS = re.compile(r"^\s*how\s+(?:do|does|did|will|would)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                                r"(?:[\w'’-]+\s+){0,3}?(?P<thing>[a-z][\w-]{2,})\s+work\s*\??\s*$", re.I)


def tells_how_it_works(question: str, sentence: str) -> bool:
    """Whether the question asks how a thing works and the sentence opens on the thing doing
    something (a verb in the present or past, not "is"/"was": no definition, no count)."""
    m = _ASKS_HOW_IT_WORKS.match(question)
    if m is None:
        return False
    return re.match(rf"\s*(?:the|these|those|each|every|its|their|our|a|an)?\s*(?:[\w-]+\s+){{0,2}}?"
                    rf"{noun_forms(m['thing'].lower())}\s+(?:also\s+|then\s+|can\s+|will\s+)?"
                    rf"(?!(?:is|are|was|were|be|been|has|have|had|cost|costs|said|says)\b)[a-z]+(?:s|ed)?\b",
                    sentence, re.I) is not None


ANSWER_KINDS = tuple(_MATCHERS)
# Kinds whose matcher is narrow enough that a match all but names the answer: on the dev sets a
# sentence flagged for one of these is right 5-26 times the base rate (an age 13 times, a score 3
# times: the Super Bowl article is full of results), against 1.3-2 times for a date, a number, a
# place, an organisation or a person (tools/answer_types.py).
# The ordinal, a stage of a match ("in the 89th minute"), a colour and an occupation ("a retired PE
# teacher") are narrow by their patterns: too few dev questions ask one to measure them (an
# occupation as narrow: 2 more of the story sets' 16 job questions right, 1 unanswerable found).
NARROW_KINDS = frozenset({"phone", "day", "time", "percentage", "money", "duration", "temperature", "frequency",
                          "speed", "loudness", "weight", "area", "length", "age", "score", "ordinal", "colour",
                          "occupation", "law", "position"})
# Kinds whose matcher misses most right answers, so a sentence without one is no sign that it does
# not answer: a name is as often given bare ("the Norman castle, Hastings") as "named ..." (the
# right sentence flagged 0.45 of the time on the dev sets), and a means is as often told without
# "by" or "using" ("The raiders smashed a window"), and a reason without "because" ("... said a
# hydraulic pump had failed").
SELDOM_FLAGGED_KINDS = frozenset({"name", "manner", "reason", "outcome", "advice", "material", "weather"})
# The noun a question names its answer's kind by ("What was the score?", "What is the helpline
# number?"), which a sentence holding an answer of that narrow kind need not say.
_KIND_NOUNS = {"phone": "numbers?|phone|telephone", "score": "score|scoreline|result", "time": "times?|hours",
               "day": "days?|nights?|evenings?|mornings?|afternoons?|weekdays",
               "percentage": "percentage|percent|proportion|share|rate|effective|efficient|accurate|reliable",
               "temperature": "temperature", "speed": "speed|winds?|gusts?", "weight": "weight", "area": "area",
               "age": "age",
               "name": "names?|called|named", "occupation": "job|occupation|profession|living|work|works",
               "colour": "colou?rs?", "law": "laws?|act|legislation|statute", "weather": "weather"}


def kind_nouns(kind: str | None, question: str) -> list[str]:
    """The words of the question that name its answer's kind (see _KIND_NOUNS)."""
    nouns = _KIND_NOUNS.get(kind)
    return re.findall(rf"\b(?:{nouns})\b", question, flags=re.I) if nouns else []


_MEASURED_KINDS = frozenset({"number", "count", "length", "area", "weight", "speed", "loudness", "age", "duration",
                             "temperature", "money", "percentage", "frequency", "date"})
_HOW_MEASURE = re.compile(r"\bhow\s+(big|large|long|far|high|tall|old|fast|deep|wide|heavy|hot|cold|warm|often|"
                          r"strong|small|short|soon|loud|noisy)\b", re.IGNORECASE)


def measure_words(kind: str | None, question: str) -> list[str]:
    """The adjective after "how" that asks for a measure ("How big ...?", "How long ...?"): like a
    kind noun, a sentence giving the measure need not say it."""
    return _HOW_MEASURE.findall(question) if kind in _MEASURED_KINDS else []


_KIND_NOUN_ASKED = re.compile(rf"^\s*(?:what|which)\s+{_QUALIFIER}(?P<noun>{_ORGANISATION_NOUNS}|{_PLACE_NOUNS})\b",
                              re.I)


def kind_noun_asked(question: str) -> str | None:
    """The noun of the body or place a "Which ...?" question asks, past the words qualifying it:
    "company" in "Which delivery company left the gate open?"."""
    m = _KIND_NOUN_ASKED.match(question)
    return m["noun"].lower() if m else None


@lru_cache(maxsize=1024)  # asked of one question by several steps of its ranking
def answer_type(question: str) -> str | None:
    """What kind of answer the question wants (one of ANSWER_KINDS), or None."""
    for kind, pattern in _QUESTION_KINDS:
        if pattern.search(question):
            # "What is the name of the widow?", "What are the kayakers' names?": a person's
            if kind == "name" and (thing := _NAME_OF_THING.match(question)) and describes_someone(thing["thing"]):
                return "person"
            return kind
    # "Which famous rower comes from Aldermoor?", "What teacher won?": whoever the noun describes
    which = _WHICH_NOUN.match(question)
    if which is None:
        return None
    first, second = which.group(1, 2)
    qualified = second and first.lower() not in _NOT_BEFORE_A_NOUN and not first.endswith("ed")
    if (first.islower() and describes_someone(first)) or (qualified and describes_someone(second)):
        return "person"
    return None


# The noun after "which" or "what", or after one word that qualifies it ("Which Denver player"):
# in lower case, as a title ("What Doctor Who actress ...") or a nationality is not one.
_WHICH_NOUN = re.compile(r"^\s*(?i:which|what)\s+([a-z][\w-]*|[A-Z][\w-]*(?=\s+[a-z]))(?:\s+([a-z][\w-]*))?\b(?!['’])")
# Words after "what" that are no qualifier: "What drove residents to ...?" asks what did.
_NOT_BEFORE_A_NOUN = frozenset("""did does do was were is are has have had will would can could should may might must
made makes make drove drives drive caused causes cause led leads lead happened happens forced forces kind type sort
number percentage share proportion""".split())


# Words that describe someone: "the 44-year-old", "the striker", "the widow", "the kayakers". Of
# the words in -er and -or only people's ("the trawler", "the container" are things).
_DESCRIBES_SOMEONE = re.compile(r"^(?:\d{1,3}-year-olds?|[a-z]+(?:ist|ian|man|men|woman|women|person|people)|"
                                # "landlord", "landlady", "shopkeeper", "firefighter", "householder", "headteacher",
                                # "paddleboarder", "windsurfer"
                                r"[a-z]*(?:lords?|lad(?:y|ies)|keepers?|fighters?|holders?|teachers?|boarders?|"
                                r"surfers?)|"
                                r"(?:widow|judge|coach|"
                                r"captain|chief|boss|star|victim|accused|mother|father|wife|son|daughter|child|baby|"
                                r"teenager|suspect|patient|nurse|pupil|student|defendant|resident|tenant|claimant|"
                                r"applicant|migrant|parent|agent|assistant|consultant|servant|president|pilot|"
                                r"driver|walker|kayaker|rider|cyclist|player|worker|farmer|officer|manager|"
                                r"owner|builder|striker|winner|runner|swimmer|climber|passenger|pensioner|prisoner|"
                                r"survivor|actor|author|director|doctor|inventor|founder|leader|member|partner|"
                                r"soldier|sailor|lawyer|reporter|writer|singer|photographer|designer|researcher|"
                                r"skipper|defender|midfielder|minister|volunteer|"
                                r"employee|employer|customer|visitor|buyer|seller|dealer|trader|voter|user|"
                                r"stranger|neighbour|neighbor|hiker|diver|donor|mayor|governor|rower|"
                                r"skier|boxer|golfer|jockey|bowler|athlete|sprinter|champion|referee|thief|burglar|"
                                r"robber|killer|murderer|attacker|guest|friend|girl|boy|fan|witness|bride|groom|priest|"
                                r"vicar|bishop|monk|nun|king|queen|prince|princess|chef|cook|waiter|waitress|cleaner|"
                                r"carer|caretaker|vet|surgeon|paramedic|midwife|heir|brother|sister|uncle|aunt|"
                                r"nephew|niece|cousin|grandson|granddaughter|grandmother|grandfather|toddler|infant|"
                                r"teen|girlfriend|boyfriend|fiancée?|organiser|organizer|campaigner|protester|"
                                r"candidate|councillor|senator|editor|presenter|musician|"
                                # a post: "What is the chief executive called?"
                                r"executive|secretary|chair|treasurer|chancellor|commissioner|ambassador|warden|"
                                r"ranger|curator|detective|inspector|solicitor|barrister|architect|engineer|"
                                r"professor|lecturer|investor|spokesperson|"
                                # learning a trade or a part: "How old is the new apprentice?"
                                r"apprentice|trainee|recruit|graduate|novice|beginner|learner|intern|cadet)s?|"
                                r"thieves|"
                                r"husbands?|wives|children|babies)$")


# A body by what it is: "the council's standards committee", "an independent panel"
_BODY_BY_KIND = re.compile(rf"\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ORGANISATION_NOUNS}|panel|inquiry|"
                           r"authority|authorities)\b", re.I)


def names_a_body_by_kind(text: str) -> bool:
    """Whether ``text`` opens on a body named by what it is ("the council's standards committee")."""
    return _BODY_BY_KIND.match(text) is not None


# A body by what it is, as news names one again: "The company said ..." after "The budget gym
# chain PulseFit has told ...".
_DESCRIBES_A_BODY = re.compile(rf"(?:{_ORGANISATION_NOUNS}|chains?|authority|authorities)$")


def describes_a_body(noun: str) -> bool:
    """Whether a noun describes a body ("company", "chain", "council"), not a person or a thing."""
    return bool(_DESCRIBES_A_BODY.match(noun.lower()))


def describes_someone(noun: str) -> bool:
    """Whether a noun describes a person ("striker", "widow", "24-year-old"), not a thing."""
    return bool(_DESCRIBES_SOMEONE.match(noun.lower()))


# "What is the name of the ferry?", "What is the new species called?", "What was the ship's
# name?": the thing whose name is asked.
_NAME_OF_THING = re.compile(
    r"^\s*what(?:['’]s|\s+(?:is|was|are|were|will|would|might|could|should))\s+"
    r"(?:the\s+(?:(?:full|official|scientific|real|common|latin|proper|new|old|original|english|local)\s+)?"
    r"names?\s+of\s+)?"
    # whose: "the", "her", "Graham Pole's"
    r"(?:the|a|an|its|their|his|her|(?-i:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<thing>[a-z][\w-]{2,}?)(?:['’]s?\s+names?|(?:\s+be)?\s+(?:called|named|known as))?"
    # what qualifies it: a clause, a phrase or a participle ("the colony established in 1564")
    r"(?=\s*\??\s*$|\s+(?:that|which|where|who|in|at|on|of|from|for|to|by|with|[a-z]+ed)\b)", re.I)


def asked_name_of(question: str) -> str | None:
    """The thing whose name a "name" question asks ("ferry" in "What is the name of the
    ferry?"), or the people ("daughters" in "What are her daughters called?": "their two
    daughters, Anna and Kirsten" names them), or None."""
    if answer_type(question) not in ("name", "person"):
        return None
    m = _NAME_OF_THING.match(question)
    return m.group("thing").lower() if m and m.group("thing").lower() not in ("name", "names") else None


def _words_of(text: str) -> set[str]:
    """The words of ``text`` as plain_word keys them, hyphenated ones whole."""
    return {plain_word(w) for w in re.findall(r"[\w'’-]+", text)}


def noun_forms(thing: str) -> str:
    """A pattern for ``thing`` in either number, any case: "ships" asked, "the ship X"; "Tropical
    Storm Beryl" names a storm."""
    return "(?i:" + re.escape(thing[:-1] if thing.endswith("s") else thing) + "(?:e?s)?)"


# A count in figures or words, for counts_by_figure (not the bare digits of _FIGURE above, which
# the module's patterns build on).
_COUNT_FIGURE = (r"(?:(?<![\d,.])\d[\d,.]*(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                 r"twelve|twenty|thirty|forty|fifty|hundred|thousand|million)")


_CARDINAL_FIGURE = _COUNT_FIGURE.replace(r"(?:st|nd|rd|th)?", r"(?!st\b|nd\b|rd\b|th\b)")
# Things an ordinal places, not counts: "the 14th hole", "the 89th minute", "the third floor".
ORDINAL_POSITIONS = frozenset("""hole holes floor floors storey storeys fairway fairways tee tees minute minutes mile
miles lap laps page pages chapter chapters row rows seat seats place places position positions century centuries
street streets step steps stop stops""".split())
# ... in figures, which words_near_figures would read as a count of them ("14th hole": "th", "hole")
PLACED_BY_ORDINAL = re.compile(rf"\b\d+(?:st|nd|rd|th)\s+(?:{'|'.join(ORDINAL_POSITIONS)})\b", re.I)


def counts_by_figure(noun: str, sentence: str) -> bool:
    """Whether a figure in the sentence counts ``noun`` itself, beside it or one or two words off:
    "employs 120 people", "six new shops", "Five barn owl chicks", "the 30th month", "the
    1,100-seat theatre" (no near synonym: "1,100 passengers" counts no flights), not a sum
    ("$250,000 for primes") nor across a preposition ("40 in boats"), nor a part ("two of her hives"),
    though a count of sets of it is one of it ("Four pairs of speed cushions")."""
    # (an ordinal counts what came so far, "the 30th month", but not where a thing stands among
    # others: "the 14th hole" of a course with 18)
    figure = _CARDINAL_FIGURE if noun.lower() in ORDINAL_POSITIONS else _COUNT_FIGURE
    return re.search(rf"(?<![$€£¥₽])\b{figure}"
                     r"(?:\s+(?:pairs?|sets?|rows?|groups?|batches|bags|boxes|packs)\s+of)?"
                     rf"(?:-|\s+(?:(?!(?:for|in|on|at|to|by|with|per|from|and|or|of)\b)[a-z][\w-]*\s+){{0,2}})"
                     rf"{noun_forms(noun)}\b", sentence, re.I) is not None or counts_as_number_of(noun, sentence)


def counts_a_part_only(noun: str, sentence: str) -> bool:
    """Whether the sentence counts ``noun`` only as a part of them: "two of the rink's oldest
    clubs", no number of its clubs."""
    return re.search(rf"\b{_COUNT_FIGURE}\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\w'’-]+\s+){{0,3}}?"
                     rf"{noun_forms(noun)}\b", sentence, re.I) is not None and not counts_by_figure(noun, sentence)


def counts_another_thing(noun: str, sentence: str) -> bool:
    """Whether a figure in the sentence plainly counts something other than ``noun``, the plural
    right after it: "the volunteers recorded 94 species" (no number of volunteers), though
    "over three years" counts time, not things."""
    return any(not re.fullmatch(noun_forms(noun), m["thing"], re.I) and m["thing"].lower() not in TIME_UNITS
               for m in re.finditer(rf"(?<![$€£¥₽])\b{_COUNT_FIGURE}\s+(?P<thing>[a-z]+s)\b", sentence, re.I))


def counts_as_number_of(noun: str, sentence: str) -> bool:
    """Whether the sentence gives "the number of" ``noun`` as a figure further on: "... after the
    number of people waiting for one rose to more than 1,400"."""
    return re.search(rf"\bnumber\s+of\s+(?:[\w-]+\s+)?{noun_forms(noun)}\b[^.;:]{{0,60}}?\s(?:to|at|was|is|reached|"
                     rf"hit|topped|passed)\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+)?"
                     rf"(?<![$€£¥₽]){_COUNT_FIGURE}", sentence, re.I) is not None


def refers_above(noun: str, sentence: str) -> bool:
    """Whether the sentence points back to the ``noun`` named before it: "customers in the
    areas above", "the products listed above"."""
    return re.search(rf"\b(?i:the|these|those)\s+{noun_forms(noun)}\s+(?:(?:listed|named|shown|given)\s+)?"
                     r"above\b", sentence) is not None


def mentions_noun(noun: str, sentence: str) -> bool:
    """Whether the sentence holds ``noun``, in either number."""
    return re.search(rf"\b{noun_forms(noun)}\b", sentence) is not None


def names_the(thing: str, sentence: str, asked: str = "") -> bool:
    """Whether the sentence gives ``thing`` a name beside it: "the ferry Santa Lucia", "a new
    frog, Pristimantis lunae", "Santa Lucia, the ferry", "the colony of Fort Caroline", "NASA's
    CALIPSO satellite"; not "The ferry's operator, Navimar" (the operator's name), nor a word of
    the question ``asked`` ("the NHS trust" of "What is the name of the NHS trust ...?")."""
    noun = noun_forms(thing)
    asked_words = _words_of(asked)
    is_a_body = re.fullmatch(_ORGANISATION_NOUNS, thing.lower()) is not None
    found = itertools.chain(
        re.finditer(rf"\b{noun},?\s+(?:(?:called|named|known as|titled|entitled|dubbed|nicknamed|of)\s+)?"
                    rf"(?:the\s+)?[\"“‘']?(?P<name>[A-Z][\w'’-]*)(?P<rest>(?:\s+[A-Z][\w'’-]*)*)", sentence),
        re.finditer(rf"(?<!^)(?<![.!?]\s)(?<![“\"‘])\b(?!(?:The|A|An|Its|Their|His|Her|Our|My|Your|This|That|These|"
                    rf"Those|Every|Each|Any|Some|No|All|Both|One|Another)\b)(?P<name>[A-Z][\w'’-]*)\s+"
                    # a plural in capitals ends a company's name: "Little Oak Toys" names no toy
                    rf"(?![A-Z][\w'’-]*s\b){noun}\b",
                    sentence),
        re.finditer(rf"(?P<name>[A-Z][\w'’-]*),\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}{noun}\b", sentence))
    # A body's name after the noun is no name of it, unless a body is asked: "Dogs Trust" names no
    # dog, nor "a share in a racehorse, Manchester Crown Court heard" a racehorse.
    return any(plain_word(m.group("name")) not in asked_words and
               (is_a_body or not _ENDS_A_BODY.search(m.group("name") + (m.groupdict().get("rest") or "")))
               for m in found)


# "The MV Island Spirit had left ...", "The Plough Inn at Westcombe had been told ...": a sentence
# opening on the name of a thing, two or more capitalised words after "the" (a person's goes without).
_OPENS_ON_THINGS_NAME = re.compile(r"The\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)+)"
                                   r"(?:\s+(?:at|of|in|on)\s+[A-Z][\w'’-]*)?,?\s+[a-z]")


# ... or on its name placed where it stands: "Cell Block, in Ravensmoor's Mill Street, opened ...",
# or with what it is known as: "Burnham-on-Sea Area Rescue Boat, known as BARB, already runs ..."
_OPENS_ON_NAME_PLACED = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+),\s+"
                                   r"(?:in|at|on|near|(?:also\s+)?known\s+as|called)\s")


def introduces_unnamed(thing: str, lead: str) -> bool:
    """Whether ``lead`` introduces a ``thing`` without its name: "... on board a ferry off the
    Isle of Carrow", not "... on the ferry Santa Lucia"."""
    return re.search(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,2}}{noun_forms(thing)}\b", lead) is not None and \
        not names_the(thing, lead)


def names_next_what_lead_introduced(thing: str, lead: str, follower: str) -> bool:
    """Whether ``follower``, the sentence after ``lead``, names the ``thing`` the lead introduced
    unnamed, as a news story does: "... spent the night on board a ferry off the Isle of Carrow"
    / "The MV Island Spirit had left ..." (a body's name only when a body is asked)."""
    if not introduces_unnamed(thing, lead):
        return False
    m = _OPENS_ON_THINGS_NAME.match(follower) or _OPENS_ON_NAME_PLACED.match(follower)
    # (not a name whose sentence goes on to speak of the thing as another's: "Burnham-on-Sea Area
    # Rescue Boat, known as BARB, already runs a hovercraft" names no hovercraft)
    return m is not None and (re.fullmatch(_ORGANISATION_NOUNS, thing.lower()) is not None or
                              not _ENDS_A_BODY.search(m["name"])) and \
        re.search(rf"\b{noun_forms(thing)}\b", follower[m.end():]) is None


def gives_name_asked(question: str, sentence: str) -> bool:
    """Whether the sentence gives a name in so many words ("titled Storm over Calder Bridge",
    "the ferry Santa Lucia"), not only a quotation or a capitalised word that may be one."""
    thing = asked_name_of(question)
    return bool(_NAMING_VERB.search(sentence)) or (thing is not None and names_the(thing, sentence, question))


def speaks_of_unnamed(thing: str, sentence: str, asked: str = "") -> bool:
    """Whether the sentence speaks of ``thing`` as one not named ("sold to a coffee chain", "“I
    can walk the dog again”"), and names it nowhere beside: "What is the name of the coffee
    chain?" is not answered by it."""
    if _NAMING_VERB.search(sentence):  # "a cartel ... known as the Hostmen"
        return False
    noun = noun_forms(thing)
    # "the" only before plain words: "the 2012 Christmas special", "the 50 fund" name theirs
    # ... "a new 22,000-seat stadium": a figure's comma inside a word before it
    unnamed = re.search(rf"\b(?:a|an|some|another)\s+(?:(?:\d[\d,]*)?[\w-]+\s+){{0,2}}{noun}\b", sentence, re.I) or \
        re.search(rf"\b(?i:the|his|her|their|its)\s+(?:[a-z-]+['’]?\s+){{0,2}}{noun}\b", sentence) or \
        re.search(rf"\b(?:in|to|at|from|into|of)\s+{noun}\b(?!\s+[A-Z])", sentence)  # "six weeks in hospital"
    return unnamed is not None and not names_the(thing, sentence, asked)


# A sentence that opens with someone's name as its subject: "Graham Pettifer, 58, of Hill Road,
# admitted ...", "Maria Lind told the court ...".
_OPENS_WITH_NAME = re.compile(rf"{_NAME_WORDS}(?=,|\s+[a-z])")
# A lead that introduces someone without a name: "A landlord who ...", "An 82-year-old woman ...",
# or anywhere by age: "Police are asking for help to find a 15-year-old boy who ...".
_INTRODUCES_SOMEONE = re.compile(r"(?:A|An)\s+(?!(?:few|number|lot|total|series|couple)\b)[\w-]+")
_SOMEONE_OF_AN_AGE = re.compile(r"\b(?:a|an)\s+\d{1,3}-year-old\b", re.I)


@lru_cache(maxsize=16384)  # every candidate sentence, for every question
def introduces_someone_unnamed(sentence: str) -> bool:
    """Whether the sentence introduces someone it does not name ("A landlord who left a family
    without heating ... has been fined"), whom a news story names in the next sentence."""
    return (_INTRODUCES_SOMEONE.match(sentence) is not None or _SOMEONE_OF_AN_AGE.search(sentence) is not None) \
        and not names_a_person_in(sentence)


INTRODUCTION_WORDS = 6  # how far into the lead its description of them runs ("A landlord who ...")


# "... has been named the UK's apprentice of the year": the role the one introduced now holds.
# ... "has become the first apprentice at the village forge"
_MADE_HOLDER = re.compile(r"\b(?:named|appointed|elected|crowned|voted|chosen\s+as|become|becomes|became)\s+"
                          r"(?:as\s+)?"
                          r"(?P<role>(?:[\w'’-]+\s+){1,4})")


def introduces_holder_of(role: tuple[str, ...] | None, sentence: str) -> bool:
    """Whether an unnamed introduction calls them by the role asked ("A landlord who ...") or
    makes them its holder ("A 19-year-old from Barnsley has been named the UK's apprentice of
    the year"), or someone takes them on in it ("A shopping centre ... has hired a falconer")."""
    if role is None:
        return False
    return any(_same_word(w, role[-1]) for w in sentence.split()[:INTRODUCTION_WORDS]) or \
        any(_same_word(w, role[-1]) for m in _MADE_HOLDER.finditer(sentence) for w in m["role"].split()) or \
        _does_deed_of(role[-1], sentence) or \
        re.search(rf"\b(?:hired|employed|appointed|brought\s+in|called\s+in|taken\s+on)\s+(?:a|an)\s+"
                  rf"(?:[\w'’-]+\s+){{0,2}}?{re.escape(role[-1])}\b", sentence, re.I) is not None


# "A care worker from Swansea has won £2.4 million ...": what the one introduced has done, in
# the words before what they did it to.
_HAS_DONE = re.compile(r"^(?:\S+\s+){1,8}?(?:has|have)\s+(?:just\s+)?(?P<deed>[a-z]+)\b")


def _does_deed_of(doer: str, sentence: str) -> bool:
    """Whether the sentence's one introduced does the deed that makes them the ``doer`` asked: a
    "winner" has won, a "finder" has found, a "buyer" has bought (not "has been rescued": done to)."""
    m = _HAS_DONE.match(sentence)
    if m is None or m["deed"] == "been" or not doer.endswith(("er", "or")) or len(doer) < 5:
        return False
    verb = doer[:-2]
    verbs = {verb, verb + "e", *((verb[:-1],) if verb[-1] == verb[-2] else ())}
    return m["deed"] in {form for v in verbs for form in done_forms(v)}


# "The Okonkwo family, from Leicester, ...": people named together by their surname
_OPENS_WITH_FAMILY = re.compile(r"The\s+(?P<name>[A-Z][\w'’-]+\s+(?:family|brothers|sisters|twins))(?=,|\s+[a-z])")


def opening_name(sentence: str) -> str | None:
    """The person's name the sentence opens with, as its subject (the one a lead introduced), or
    None; a family's is its surname and "family" ("Okonkwo family")."""
    if (family := _OPENS_WITH_FAMILY.match(sentence)) is not None:
        return family["name"] if _is_a_persons(family["name"].split()[0]) else None
    m = _OPENS_WITH_NAME.match(sentence)
    # "The Sennen Cove lifeboat reached them ...": a name after "The" is no person's, nor a
    # section's heading run into its first sentence ("Cancellations If you cancel ...")
    return m.group(0) if m is not None and _is_a_persons(m.group(0)) and not m.group(0).startswith("The ") and \
        _CLAUSE_OPENERS.isdisjoint(m.group(0).split()[1:]) else None


_CLAUSE_OPENERS = frozenset("If When While Whilst Although Though Because Unless Until After Before Since As Once "
                            "Where Whether And But Or So Then This That These Those It You Your We Our They Their "
                            "There Here In On At For To From With By Of No All Any Each Every".split())


@lru_cache(maxsize=16384)  # every candidate sentence, for every question and several signals
def names_a_person_in(sentence: str) -> bool:
    """Whether the sentence names a person by name, not only by age or as a group."""
    return next(_named_people(sentence), None) is not None


# A place's kind before its name ("Fort Niagara", "Lake Geneva"), and the places a list goes on
# with after the first ("in Asia and the Middle East").
_NAMED_AS_PLACE = re.compile(rf"\b(?:Fort|Mount|Lake|River|Cape|Port|Isle|Gulf|Bay)\s+{_CAPITALISED}")
_COORDINATED = re.compile(rf"(?:(?:\s+|,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?{_CAPITALISED})*")


@lru_cache(maxsize=16384)  # a candidate is asked again by every question of its kind
def matches_answer_type(kind: str | None, sentence: str) -> bool:
    """Whether the sentence holds an answer of that kind: a weekday, a time, a percentage, an
    amount of money, a duration, a temperature, a speed, a weight, an area, a length (or height,
    depth ...), a date, a number, a place, an organisation, a person, a name, a means or a reason."""
    return kind is not None and bool(_MATCHERS[kind].search(sentence))


def gives_place_beyond(question: str, sentence: str) -> bool:
    """Whether the sentence names a place other than those the question names: "Where will
    Church Fenton passengers have to change?" is not answered by "... passengers at Church
    Fenton", but is by "... change at Garforth"; "in Asia and the Middle East" names two, and
    "attack Fort Niagara" one."""
    asked = _words_of(question)
    places = itertools.chain(_PLACE_WORDS.finditer(sentence), _NAMED_AS_PLACE.finditer(sentence))
    for m in places:
        named = re.findall(_CAPITALISED, m.group(0) + _COORDINATED.match(sentence, m.end()).group(0))
        if not named or {plain_word(w) for w in named} - asked:  # "the A38" has no word to ask
            return True
    return False


def names_body_beyond(question: str, sentence: str) -> bool:
    """Whether the sentence names a body other than those the question names: "Who fined
    Chatterly?" is not answered by "Chatterly, which is based in Dublin, said ..."; an acronym or
    a body named by what it is ("the company") counts as beyond."""
    asked = _words_of(question)
    for m in _ORGANISATION_WORDS.finditer(sentence):
        named = re.findall(_CAPITALISED, m.group(0))
        if not named or {plain_word(w) for w in named} - asked:
            return True
    return False


def names_someone_beyond(question: str, sentence: str) -> bool:
    """Whether the sentence names a person by a name the question does not use: "Who was Moss's
    lawyer?" is not answered by "Gareth Moss, 52, ran ...", but may be by "Ruth Evans said ..."."""
    asked = _words_of(question)
    return any({plain_word(w) for w in re.findall(_CAPITALISED, m.group(0))} - asked for m in _named_people(sentence))


# "Who is the director of ...", "Who was Russia's foreign minister?", "Who is the union's
# spokesman?": the role whose holder is asked, up to what qualifies it ("of the museum", "in
# 2001", "to ..."); "Which presidents ...".
_WHO_HOLDS = re.compile(
    r"^\s*who\s+(?:is|was|are|were|will be|would be|has been|had been|became|becomes)\s+"
    # "Skagen Line's", but no "of The Keeper's" in "the publisher of The Keeper's Winter"
    r"(?:the\s+|a\s+|an\s+)?(?:(?:(?!(?:of|in|at|for|on|from|to|by|with)\s)[A-Z][\w.-]*\s+){0,3}[\w.-]+['’]s?\s+)?"
    r"(?P<role>(?:[\w.-]+\s+){0,3}?[a-z][\w-]*)(?=\s+(?:of|in|at|for|on|from|to|who|that|since|during|when|is|"
    r"was|are|were|did|does|do|has|have|had|will)\b|\s*\?*\s*$)", re.I)
_ROLE_NAMED = re.compile(_NAME_OF_ROLE, re.I)
_WHICH_ROLE = re.compile(rf"^\s*(?:what|which)\s+(?P<role>{_PERSON_NOUNS})\b", re.I)
# Words that name no role ("Who was the first person to ...") or only when it was held ("the
# current president"), which a text seldom says beside the name.
_NO_ROLE = frozenset("person people one ones man men woman women someone group individual individuals name".split())
_WHEN_HELD = frozenset("current first last new former next previous present then latest acting incumbent".split())
# "Who runs Kaffehuset?", "Who leads the miners' union?": a role asked by what its holder does, in
# the present tense only ("Who led the Panthers in sacks?" asks a deed, not a post), but for
# whoever represents someone, then or now ("Who represented Pettifer?": his solicitor).
_WHO_DOES = re.compile(r"^\s*who\s+(?:is\s+(?:now\s+)?|are\s+)?(?P<verb>leads|leading|runs|running|heads|heading|"
                       r"chairs|chairing|manages|managing|directs|directing|coaches|coaching|captains|owns|"
                       r"in charge|represent(?:s|ed|ing)?|defend(?:s|ed|ing)?|makes|manufactures|supplies|"
                       r"conducts|conducting|edits|editing)\b", re.I)
# "Who founded Little Oak Toys?" asks a deed whose doer news names by what the deed made them:
# "the company's founder, Owen Blackwood". The verb stays among the words searched for ("was
# founded by ..."), unlike an ambiguous one of _WHO_DOES ("... when it runs low").
_WHO_DID_AS_ROLE = re.compile(r"^\s*who\s+(?:first\s+)?(?:will\s+)?(?P<verb>co-founded|founded|set up|designed|bought|"
                              r"built|owned|painted|invented|composed|organi[sz]ed|prosecuted|"
                              # someone replaced: not "Who replaced the roof?"
                              r"(?:replace[sd]?|succeed(?:ed|s)?)(?=\s+(?-i:[A-Z])|\s+(?:him|her|them)\b))\b", re.I)
_ROLE_OF_DEED = {"co-founded": "founder", "founded": "founder", "set up": "founder", "designed": "designer",
                 "owned": "owner", "bought": "buyer", "built": "builder", "painted": "painter", "invented": "inventor",
                 "composed": "composer", "organised": "organiser", "organized": "organiser",
                 "prosecuted": "prosecutor",
                 # "Who will replace Harlow?" of "His successor, Amira Qureshi, 29, ..."
                 **dict.fromkeys(("replace", "replaces", "replaced", "succeed", "succeeds", "succeeded"), "successor")}
# The titles that hold each such post in news prose; names_role_holder accepts any of them.
_ROLE_OF_VERB = {"lead": "leader", "run": "head", "head": "head", "chair": "chair", "manag": "manager",
                 "direct": "director", "coach": "coach", "captain": "captain", "own": "owner", "in charge": "head",
                 "represent": "representative", "defend": "representative", "make": "maker", "manufactur": "maker",
                 "suppl": "maker", "conduct": "conductor", "edit": "editor"}
_HOLDERS = {
    "leader": ("leader", "head", "chief", "chair", "chairman", "chairwoman", "president", "director", "secretary"),
    "head": ("head", "chief", "leader", "director", "executive", "manager", "owner", "president", "chairman",
             "chairwoman", "boss", "founder"),
    "chair": ("chair", "chairman", "chairwoman", "chairperson", "head", "leader", "president"),
    "manager": ("manager", "director", "head", "chief", "boss", "executive"),
    "director": ("director", "head", "chief"),
    "conductor": ("conductor", "director"),  # a band's or a choir's "musical director"
    "maker": ("maker", "manufacturer", "supplier", "producer"),
    "founder": ("founder", "co-founder"),
    "designer": ("designer", "architect", "architects"),
    "buyer": ("buyer", "owner", "purchaser"),
    "builder": ("builder", "contractor", "developer"),
    "painter": ("painter", "artist"),
    "successor": ("successor", "replacement"),
    # "Prosecuting for the HSE, Nadia Qureshi said ...", "prosecutor Alan Marsh said"
    "prosecutor": ("prosecutor", "prosecuting", "prosecution"),
    "representative": ("representative", "lawyer", "lawyers", "solicitor", "barrister", "attorney", "counsel",
                       "advocate", "agent", "spokesman", "spokeswoman", "spokesperson", "mp"),
}


def asked_role(question: str) -> tuple[str, ...] | None:
    """The role a person question asks the holder of, head last ("russian", "defense",
    "minister"), or None."""
    if answer_type(question) != "person":
        return None
    does = _WHO_DOES.match(question)
    if does:
        verb = does.group("verb").lower()
        return (next(role for stem_, role in _ROLE_OF_VERB.items() if verb.startswith(stem_)),)
    deed = _WHO_DID_AS_ROLE.match(question)
    if deed:
        return (_ROLE_OF_DEED[deed["verb"].lower()],)
    m = _WHO_HOLDS.match(question) or _WHICH_ROLE.match(question)
    named = None if m else _ROLE_NAMED.match(question)
    if not (m or named):
        # "What is the landlord's name?": whoever the noun describes, though no title
        thing = _NAME_OF_THING.match(question)
        # (in lower case: "the Doctor Who-related song" asks no doctor)
        described = thing["thing"] if thing and thing["thing"].islower() and describes_someone(thing["thing"]) else None
        return (described,) if described and described not in _NO_ROLE else None
    words = (m.group("role") if m else named.group("role_named") or named.group("role_owning")).split()
    if m and words[0].lower().endswith("ing") and re.match(
            r"^\s*who\s+(?:is|was|are|were|will be|has been|had been)\s+" + re.escape(words[0]), question, re.I):
        return None  # "Who is investigating the accident?" asks a deed's doer, not a post's holder
    if m and len(words) == 1 and words[0].lower().endswith("ed"):
        return None  # "Who was appointed to be ABC's president ...?" asks whom a deed was done to
    head = words[-1]
    if head[0].isupper() and head.lower().rstrip("s") not in TITLE_WORDS:  # "Who is Maria Gonzalez?"
        return None
    if head.lower() in _NO_ROLE:
        return None
    role = tuple(w.lower() for w in words if w.lower() not in _WHEN_HELD)
    return role or None  # "Who was first to speak?": "first" says when, and names no role


def asked_role_verb(question: str) -> str | None:
    """The verb a question asks a role by ("runs" in "Who runs Kaffehuset?"), or None: a sentence
    naming the holder ("Kaffehuset's chief executive, Mikael Berg") says it in other words."""
    does = _WHO_DOES.match(question)
    return does.group("verb") if does else None


def asked_deed_of_role(question: str) -> str | None:
    """The verb of a deed a question asks the doer of by a role ("founded" in "Who founded
    Little Oak Toys?": "the company's founder, Owen Blackwood"), or None."""
    m = _WHO_DOES.match(question) or _WHO_DID_AS_ROLE.match(question)
    return m.group("verb") if m else None


# Words before a role that make it another post: a vice-president is not the president.
_NOT_THE_POST = ("vice", "deputy", "sub", "under", "assistant")


def _same_word(word: str, asked: str) -> bool:
    """Whether ``word`` is the word asked, in a longer form ("directors", "managerial") or as the
    head of a compound ("landowner" holds "owner")."""
    word, asked = (w.strip(",.;:’'\"“”()").lower().rstrip("s") for w in (word, asked))
    if word == asked or (len(asked) >= 5 and word.startswith(asked)):
        return True
    prefix = word[: -len(asked)]
    return len(asked) >= 5 and word.endswith(asked) and len(prefix) >= 3 and prefix.isalpha() and \
        not prefix.startswith(_NOT_THE_POST)


# "Who runs the ferries?" of "... talks with the operator, Skjær Ferries": a body runs or owns it,
# ... and "The landowner, the National Trust"; and publishes, supplies, sponsors ... it ("its
# publisher, Fjell Books").
_BODY_ROLES = ("operator", "owner", "buyer", "builder", "publisher", "supplier", "sponsor", "developer", "contractor",
               "insurer", "manufacturer", "maker", "distributor", "broadcaster", "promoter", "organiser", "organizer",
               # a failed company's: "The airline's administrators, Kerr & Bell, said ..."
               "administrator", "liquidator", "receiver", "auditor")


def _holding(roles: Iterable[str]) -> str:
    """A pattern for a body named beside one of ``roles``: "the operator, Skjær Ferries"."""
    return rf"\b[a-z]*(?:{'|'.join(roles)})s?(?:,\s*|\s+)(?:the\s+)?{_CAPITALISED}"


_BODY_HOLDING = re.compile(_holding(_BODY_ROLES))


# How far after a name its role may stand: "said Priya Raman, Norvane's co-founder and chief executive".
_ROLE_AFTER_CHARS = 60
_ROLE_AFTER_WORDS = 6


# Titles users abbreviate and news prose mostly spells out ("brightmart ceo": "Brightmart's chief
# executive, Fiona Gallagher"); "MD" and "PM" are as often something else.
_ROLE_ABBREVIATIONS = {"ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
                       "cto": "chief technology officer", "vp": "vice president"}
_ABBREVIATED_ROLE = re.compile(rf"\b({'|'.join(_ROLE_ABBREVIATIONS)})(s?)\b", re.IGNORECASE)
# The post a few typed words ask the holder of: "brightmart ceo", "harrowden headteacher".
_ROLES_TYPED_ALONE = frozenset("""ceo cfo coo cto chairman chairwoman chair chief director manager headteacher head
principal president minister mayor leader founder owner coach captain spokesman spokeswoman spokesperson secretary
governor editor boss inspector judge lawyer solicitor treasurer chancellor""".split())
_TYPED_ALONE_MAX_WORDS = 5


def roles_spelled_out(text: str, keep: Collection[str] = ()) -> str:
    """The text with abbreviated titles spelled out ("CEO" as "chief executive"), but for those
    in ``keep`` (lower case, as written: "ceos")."""
    def spelled(m: re.Match) -> str:
        if m.group(0).lower() in keep:
            return m.group(0)
        return _ROLE_ABBREVIATIONS[m.group(1).lower()] + m.group(2)

    return _ABBREVIATED_ROLE.sub(spelled, text)


def role_asked_in_words(text: str) -> str | None:
    """A few typed words that name a post ("brightmart ceo") as the question they ask ("who is
    the brightmart ceo?"), in their case, or None."""
    words = text.rstrip("?").split()
    if not 0 < len(words) <= _TYPED_ALONE_MAX_WORDS or words[-1].lower() not in _ROLES_TYPED_ALONE:
        return None
    return f"{'who' if text.islower() else 'Who'} is the {text.rstrip('?')}?"


def names_role_holder(role: tuple[str, ...], sentence: str) -> bool:
    """Whether the sentence names a person next to the role asked ("the museum's director, Maria
    Gonzalez", "Sergey Lavrov, the foreign minister", "Smith was the president ..."), the role's
    other words anywhere in it: "Who is the Russian defense minister?" is not answered by "The
    Russian Foreign Minister, Sergey Lavrov". A sentence that only mentions the role or only names
    someone is no such answer."""
    *qualifiers, head = role
    sentence = roles_spelled_out(sentence)  # "CEO Fiona Gallagher" holds "chief executive"
    words = sentence.split()
    if not all(any(_same_word(w, q) for w in words) for q in qualifiers):
        return False
    heads = _HOLDERS.get(head, (head,)) if not qualifiers else (head,)
    if not qualifiers and head == "head" and _BODY_HOLDING.search(sentence):
        return True
    held_by_bodies = [h for h in heads if h.rstrip("s") in _BODY_ROLES]
    if not qualifiers and held_by_bodies and re.search(_holding(held_by_bodies), sentence):
        return True  # "The buyer, Harrow Lane Developments": no "operator" for "Who bought ...?"
    # A holder is named: "The captain, a 52-year-old with 20 years of experience" does not say
    # who the captain is. A title may stand in the name's own words ("Governor Helena Strand").
    # (one named by a title at the very start too: "Dr Raman, the chief executive, said ...")
    for m in itertools.chain(_TITLED_AT_START.finditer(sentence), _named_people(sentence)):
        before = sentence[max(0, m.start() - 80) : m.start()].rstrip()
        # "The head of the fire service, Colonel Renato Bassi": the whole apposition before it
        described = before[:-1].split(",")[-1].split()[-8:] if before.endswith(",") else []
        around = (before.split()[-4:] + described + m.group(0).split()[:-2] +
                  sentence[m.end() : m.end() + _ROLE_AFTER_CHARS].split()[:_ROLE_AFTER_WORDS])
        if any(_same_word(w, h) for w in around for h in heads):
            return True
    return False


# The verb of a relative clause, past the words that may stand before it: "who now leads ...".
_RELATIVE_VERB = r"(?:has\s+|had\s+|is\s+|was\s+|are\s+|were\s+|been\s+|[a-z]+ly\s+|also\s+|now\s+)*([a-z]+)\b"
# Where someone is from, between their name and what they do: "Dr Sarah Pemberton of Wessex
# Archaeology, who is leading the dig".
_AFFILIATION = rf"(?:\s+of\s+(?:the\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED})*)?"
# What follows a person's name when a relative clause says what they do: ", who leads on transport".
_DOES_AFTER_NAME = re.compile(rf"{_AFFILIATION},?\s+who\s+{_RELATIVE_VERB}")
# "a parent, Tomasz Nowak, offered to run it": what someone took on is what they do.
_TOOK_ON_AFTER_NAME = re.compile(rf"{_AFFILIATION},?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:offered|agreed|volunteered|"
                                 rf"stepped\s+(?:in|up)|went\s+on|began|started|continues|continued)\s+to\s+([a-z]+)\b")
# "Northline Power, which runs the grid in the region, said ...": a body doing the deed.
_BODY_WHICH_DOES = re.compile(rf"\b{_CAPITALISED}(?:\s+{_CAPITALISED})*,\s+which\s+{_RELATIVE_VERB}")


_DONE_BY_WORDS = 6  # how far before "by" the deed may stand: "founded in Pittsburgh in 2019 by"


def names_doer_of(verb: str, sentence: str) -> bool:
    """Whether the sentence names a person or a body as doing what a role question asks by its
    verb: "Councillor Fiona Grant, who leads on transport, ..." of "Who leads on transport at the
    council?", which no title of hers says; "Dr Sarah Pemberton of Wessex Archaeology, who is
    leading the dig" of "Who is leading the excavation?"."""
    forms = set(word_forms(stem([verb.lower().split()[0].split("-")[-1]])[0]))  # "co-founded", "set up"
    for m in _named_people(sentence):
        after = sentence[m.end() :]
        if any(does and stem([does.group(1)])[0] in forms
               for does in (_DOES_AFTER_NAME.match(after), _TOOK_ON_AFTER_NAME.match(after))):
            return True
    # ... or a body: "Northline Power, which runs the grid in the region, said ..."
    if any(stem([does.group(1)])[0] in forms for does in _BODY_WHICH_DOES.finditer(sentence)):
        return True
    # ... or by whom it was done: "Norvane Robotics was founded in Pittsburgh in 2019 by Priya Raman"
    for by in re.finditer(r"\bby\s+(?:the\s+)?(?=[A-Z])", sentence):
        done = stem(content_words(" ".join(sentence[: by.start()].split()[-_DONE_BY_WORDS:])))
        if not forms.isdisjoint(done):
            return True
    return False


# "X is a ...", "X was the ...": an encyclopedia entry's opening definition, within its first words.
_DEFINITION = re.compile(r"^\S+(?:\s+\S+){0,11}?\s+(?:is|are|was|were)\s+(?:a|an|the|one)\s", re.IGNORECASE)


# "Lena Marsh, the pianist whose trio was a fixture of ..., has died": the "was a" of a relative
# clause defines the clause's noun, not the sentence's subject.
_RELATIVE = re.compile(r"\b(?:who|whose|whom|which|where)\b", re.IGNORECASE)


# "These are the term dates for ...", "It was a busy year": a pronoun points, and defines nothing.
_POINTING = re.compile(r"^(?:this|these|that|those|it|they|he|she|there|here|we|i|you)\s", re.IGNORECASE)


def is_definition(sentence: str) -> bool:
    """Whether a sentence defines its subject. A document that opens with one (an encyclopedia
    entry) answers "what is X" with it; a news story's lead ("The bridge opened on Sunday ...")
    is no such answer to the story's detail questions, so the lead prior applies to definitions."""
    m = _DEFINITION.match(sentence)
    return m is not None and not _RELATIVE.search(m.group()) and not _POINTING.match(sentence)


# "How many visitors ...?", "What is Fjordtech's market value?": the thing whose count or value
# is asked. A sentence that gives a number, but of something else ("300 paintings"; "a net
# profit of 212 million"), does not answer. A third of the in-domain unanswerable dev questions
# ask for such a count or value.
_HOW_MANY = re.compile(r"\bhow many\s+(?P<rest>.{1,200})", re.I)
_VALUE_OF = re.compile(
    # Not a score or an age: their kinds' patterns find them, and no text writes "score" beside "7-7".
    _asks_value_of(rf"{_MONEY_NOUNS}|{_LENGTH_NOUNS}|population|number|amount|size|area|speed|weight|"
                   r"temperature|capacity|attendance|rate|total")
    + r"(?:\s+of\s+(?:the\s+)?(?P<of>\w+))?", re.I)
# What something costs or is worth, or someone is paid, asked of that thing or person (not "How
# much did Redhaven pay ...?", whose subject is the payer).
_COST_OF = re.compile(r"\bhow much (?:money\s+)?(?:did|does|do|will|would|could|was|were|is|are|has|have|had)\s+"
                      r"(?P<subject>.{1,80}?)\s+(?:(?:have|has|had)\s+)?(?:cost|costs|be worth|been worth|worth|"
                      r"be paid|been paid|get paid|paid|earn|earns|earned)\b", re.I)
# "How much are tickets for the open day?", "How much is parking?": the price of what is sold.
# ... with a word saying which: "How much is a season ticket at the ski slope?"
_PRICE_ASKED = re.compile(rf"^\s*how\s+much\s+(?:is|are|was|were|will\s+be)\s+(?:the\s+|a\s+|an\s+|one\s+)?"
                          rf"(?P<subject>(?:[a-z][\w'’-]*\s+)?(?:{_PRICED_THINGS})\b.{{0,60}}?)\s*\??\s*$", re.I)
AUXILIARIES = frozenset("did do does was were is are has have had will would can could should might may".split())
# Plural head nouns without an "s": "How many crew work on the ferry?" counts crew, not "work".
_PLURALS_WITHOUT_S = frozenset("people men women children staff police personnel crew cattle sheep deer fish "
                               "livestock aircraft".split())
_NOT_COUNTED = frozenset("of the a an from in at on to for by with".split())
# Words around a figure that say nothing of what it counts ("more than 400", "about a third of").
_AROUND_FIGURES = frozenset("of the a an and or more than about some over under nearly almost around only just at "
                            "least most up to".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# "How much did house prices fall?": the figure asked is a change of what rose or fell.
_HOW_MUCH_CHANGED = re.compile(
    # the subject holds no infinitive: "How much does it cost to gain entry?" asks a price, no gain
    r"\bhow much (?:did|has|have|had|will|would|could|does|do|is|are|was|were)\s+"
    r"(?P<subject>(?:(?!to\b)[\w'’-]+\s+){1,4}?)"
    r"(?:fall|fallen|fell|rise|risen|rose|grow|grown|increase|increased|drop|dropped|decline|declined|climb|climbed|"
    r"shrink|shrunk|jump|jumped|gain|gained|go up|gone up|go down|gone down)\b", re.I)


def asked_change_of(question: str) -> list[str] | None:
    """The words naming what a "how much did X rise / fall" question asks the change of ("house",
    "prices"), or None for other questions and for a subject no sentence can name ("How much has
    it grown?")."""
    m = _HOW_MUCH_CHANGED.search(question)
    return (content_words(m.group("subject")) or None) if m else None


# "How much fuel was the ship carrying?": an amount of what the noun names. Not a sum (the cost
# kind's), a time (the duration's) or a comparison ("How much older ...?").
_HOW_MUCH_OF = re.compile(r"\bhow much (?P<noun>[a-z]+) "
                          r"(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can)\b", re.I)
_NOT_AN_AMOUNT = frozenset(f"money time more less extra {_MONEY_NOUNS.replace('|', ' ')} older younger larger bigger "
                           "smaller higher lower heavier lighter longer shorter cheaper dearer faster slower further "
                           "farther greater wider deeper taller richer poorer better worse".split())
# What measures an amount of anything: "5,400 hectares" is an amount of forest burned.
MEASURE_UNITS = frozenset("tonnes tons tonne ton kilograms kilos kg grams litres liters litre liter gallons barrels "
                          "hectares acres cubic square metres meters kilometres kilometers km miles millimetres mm "
                          "centimetres cm inches feet cent percent %".split())
# ... and what measures an amount of time spent on something the sentence names: "cut a night's
# sleep by around 45 minutes" is an amount of sleep; "14,000 containers" no amount of fuel.
TIME_UNITS = frozenset("seconds minutes hours days nights weeks months years".split())


def asked_amount_of(question: str) -> str | None:
    """What a "how much <noun>" question asks the amount of ("fuel"), or None."""
    m = _HOW_MUCH_OF.search(question)
    return m.group("noun") if m and m.group("noun").lower() not in _NOT_AN_AMOUNT else None


# "How old is the hiker's partner?", "How old was the villa when ...?": whose age, by a noun.
_AGE_OF = re.compile(r"^\s*how old (?:is|was|are|were|will)\s+"
                     # (the owner's name in up to three words: "How old is Poppy Hearn's school?")
                     r"(?:the|a|an|his|her|its|their|(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+['’]s?)\s+"
                     r"(?:[a-z-]+\s+){0,2}?"
                     r"(?P<noun>[a-z][a-z-]+)(?:\s*\?|\s*$|\s+(?:when|now|today|at|in|on|if)\b)", re.I)


# "Who came second in the men's race?", "Which horse finished third?": a placing, by its ordinal.
_PLACING_ASKED = re.compile(r"^\s*(?:who|which\s+[\w-]+)\s+(?:came|finished|placed|was\s+placed|was|were|ended\s+up|"
                            # "Who won second prize?", "Who took third place?"
                            r"(?:won|took|got|claimed|was\s+awarded)\s+(?:the\s+)?(?=\w+\s+(?:prize|place|spot)\b))\s*"
                            r"(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
_ORDINAL_FIGURES = {"second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th", "seventh": "7th",
                    "eighth": "8th", "ninth": "9th", "tenth": "10th"}
# What may follow an ordinal that is a placing ("was second in 2:07:55", "came third with 868
# votes"), unlike "the second week" or "the third time".
_AFTER_PLACING = "place|with|in|and|behind|after|on|at|overall|by|this|last|again|equal"
# ... and a results line's next one: "Daniel Kiprop (2:07:41), followed by Samuel Otieno (2:08:30)",
# or the one a winner finished ahead of, by name: "ahead of Labour's Martin Keogh with 1,097"
# (not "beat more than 40,000 pubs").
_RUNNER_UP_NAMED = re.compile(r"\brunners?-up\b|\bfollowed\s+(?:closely\s+)?by\b|"
                              r"\b(?:nearest|closest)\s+(?:rival|challenger|competitor|pursuer)\b|"
                              r"\b(?:ahead\s+of|pipped|edged\s+out)\s+(?-i:(?:[A-Z][\w'’-]*['’]s\s+)?[A-Z][a-z])",
                              re.I)
# The runner-up as a winner's story gives them: "finished 41 seconds ahead of Ethiopia's Tesfaye
# Alemu", "beating the Ridgeway Wolves 4-2".
# (not "a full point ahead of the rest of the field", which names no one second)
# (nor "beating more than 300 other schools")
_RUNNER_UP = re.compile(r"\b(?:ahead\s+of(?!\s+(?:the\s+)?(?:rest|field|pack|others|everyone|everybody|all)\b)|"
                        r"(?:beating|beat)"
                        r"(?!\s+(?:(?:more\s+than|over|about|nearly|almost|some)\s+)?[\w,]+\s+others?\b)|"
                        r"edged\s+out|pipped)\b", re.I)


def asked_placing(question: str) -> str | None:
    """The ordinal of the placing a question asks ("second"), or None."""
    m = _PLACING_ASKED.match(question)
    return m["ordinal"].lower() if m else None


_ENUMERATING = re.compile(r"^\W*(?:first|second|third|fourth|fifth|secondly|thirdly)\s*,\s*", re.I)


def gives_placing(ordinal: str, sentence: str, implied: bool = True) -> bool:
    """Whether the sentence gives who took that placing: the ordinal ("was second", "came 2nd",
    "The runner-up was ..."), or, if ``implied``, for second the one the winner beat ("finished
    41 seconds ahead of ..."). "The men's race was won by Tomás Reilly" names no one second."""
    figure = _ORDINAL_FIGURES.get(ordinal)
    sentence = _ENUMERATING.sub("", sentence)  # "Second, it would block light to ..." places no one
    # a placing, not "the second week", "for the third time"
    # (nor "finished one second behind", a unit of time, nor "the second-largest fish", a rank in size)
    if re.search(rf"(?<!\bone )(?<!\ba )(?<!\bsplit )"
                 rf"\b(?:{ordinal}{'|' + figure if figure else ''})\b(?!-[a-z]+est\b)"
                 rf"(?!\s+(?!(?:{_AFTER_PLACING})\b)[a-z])",
                 sentence, re.I):
        return True
    if ordinal != "second":
        return False
    return _RUNNER_UP_NAMED.search(sentence) is not None or (implied and _RUNNER_UP.search(sentence) is not None)


# A business's measures, each a sum of its own: a revenue is no profit.
_MEASURES = re.compile(r"\b(?:net\s+|operating\s+|pre-tax\s+)?(?P<measure>profit|revenue|turnover|sales|income|loss|"
                       r"earnings|debt|budget|dividend)s?\b", re.I)


def names_anyone(sentence: str) -> bool:
    """Whether the sentence names anyone or anything by name, a person, a team or a school
    ("Second place went to Hillbrook Academy")."""
    return _NAME.search(sentence) is not None


# "How long did the clean-up take?" asks a span taken, which no start of a span running to now
# gives: "has held a spring clean on the beach every year since 2011".
ASKS_TIME_TAKEN = re.compile(r"^\s*how\s+long\s+(?:did|does|do|will|would|could|might)\b.*\btake\b", re.I)
_SINCE_THEN_ON = re.compile(r"\bsince\s+[^,.;]*", re.I)


def gives_span_from_start_only(sentence: str) -> bool:
    """Whether the sentence gives a span only as "since" a start, none taken (ASKS_TIME_TAKEN)."""
    return not matches_answer_type("duration", _SINCE_THEN_ON.sub(" ", sentence))


_COST_ASKED = re.compile(r"\b(?:cost|costs|costing|spend|spends|spent)\b", re.I)
_SAVING = re.compile(r"\bsav(?:e|es|ed|ing|ings)\b", re.I)


def gives_another_measure(question: str, sentence: str) -> bool:
    """Whether the sentence gives a business measure other than the one asked and not it: "It
    reported revenue of £212 million last year." for "What was Cloudwell's profit last year?"."""
    asked = {m["measure"].lower() for m in _MEASURES.finditer(question)}
    told = {m["measure"].lower() for m in _MEASURES.finditer(sentence)}
    # ... and a saving is no cost: "The trial would ... save about £66,000." for "How much will the
    # trial cost to set up?"
    if _COST_ASKED.search(question) and not _SAVING.search(question) and _SAVING.search(sentence) and \
            not _COST_ASKED.search(sentence):
        return True
    return bool(asked) and bool(told) and not asked & told


# A figure that measures rather than counts: "19 weeks", "£250,000", "41%", "in 1987", "at 10am".
_MEASURING_FIGURE = re.compile(
    rf"[£$€]\s*\d[\d,.]*(?:\s*(?:m|bn|k|million|billion)\b)?|"
    rf"\b\d[\d,.]*(?:\s*(?:%|per\s*cent\b|percent\b|"
    rf"(?:second|minute|hour|day|night|week|fortnight|month|year|decade)s?\b|"
    # a speed: "gusts of up to 85mph"
    rf"mph\b|kph\b|km/h\b|knots\b|"
    rf"(?:a\.m\.|p\.m\.|am|pm)\b)|\s+(?:million|billion)\s+(?:pounds|dollars|euros)\b)|"
    rf"\b(?:in|since|by|until|from)\s+(?:{_MONTHS}\s+)?(?:1[89]|20)\d\d\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b|"
    rf"\b(?:{_MONTHS})\s+\d{{1,2}}\b|\b\d{{1,2}}:\d\d\b|"
    # a year naming an event: "the 1948 Olympic Games"
    rf"\b(?:1[89]|20)\d\d\s+(?-i:[A-Z])|"
    # an age: "set up by Priya Mistry, 34, who ...", "a 58-year-old", "aged 71"
    rf"\b(?-i:[A-Z])[a-z'’-]+, \d{{1,3}}(?=,)|"
    # a time in words: "before spending six years working for a studio in Venice"
    rf"\b(?:{_SMALL_NUMBERS}|{_TEENS}|{_TENS})\s+(?:second|minute|hour|day|night|week|fortnight|month|year|decade)s?"
    rf"\b(?!-)|\b\d{{1,3}}-year-old\b|\baged\s+\d{{1,3}}\b", re.I)
# Any count, in figures, words or an ordinal's place ("the fourth meeting in a row", "twin cubs").
_ANY_FIGURE = re.compile(rf"\d[\d,.]*|\b(?:{_SMALL_NUMBERS}|{_TEENS}|{_TENS}|dozens?|hundreds?|thousands?|a\s+million|"
                         rf"(?:a|an)\s+(?:day|week|hour|month|year)|once|twice|all|every|both|no|none|twins?|triplets|"
                         rf"quarter|half|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                         rf"\d+(?:st|nd|rd|th))\b",
                         re.I)


def counts_another_measure(counted: list[str], sentence: str) -> bool:
    """Whether every figure of the sentence measures something (a time, a sum, a share, a date)
    where the question counts things: "Patients waiting for cataract operations wait an average
    of 19 weeks." counts no patients for "How many patients are waiting for cataract operations?"."""
    if not counted or re.fullmatch(rf"{_PERIODS}|pounds?|dollars?|euros?|per\s*cent|percent|knots", counted[-1], re.I):
        return False
    figures = [m.start() for m in _ANY_FIGURE.finditer(sentence)]
    if not figures:
        return False
    measured = [m.span() for m in _MEASURING_FIGURE.finditer(sentence)]
    return all(any(start <= at < end for start, end in measured) for at in figures)


# "How big is a full allotment plot?" asks a size, and a sum is none, unless a sum is what is
# sized: "How big is the budget gap?", "How big was the loan?".
_HOW_BIG = re.compile(r"^\s*how\s+(?:big|large|small)\s+(?:is|are|was|were|will\s+be)\s+(?P<thing>.+?)\s*\??\s*$", re.I)
_SIZED_SUMS = frozenset("""budget budgets gap deficit surplus loan loans fund funds funding grant grants reward prize
debt bill fine pay rise offer deal contract package programme investment dividend donation shortfall bonus
salary settlement payout""".split())


def prices_a_size(question: str, sentence: str) -> bool:
    """Whether "How big is <a thing>?" meets only sums: "A full plot will cost £68 a year and a
    half plot £40." gives no size of a plot."""
    asked = _HOW_BIG.match(question)
    if asked is None or not _MONEY_FIGURE.search(sentence) or \
            _SIZED_SUMS.intersection(w.lower() for w in re.findall(r"[\w-]+", asked["thing"])):
        return False
    return not re.search(r"\d", _MONEY_FIGURE.sub(" ", sentence))


def asked_age_of(question: str) -> str | None:
    """The noun whose age a "how old" question asks ("partner" in "How old is the hiker's
    partner?"), or None: a name ("How old is Naomi Achebe?") is name_missing's to check."""
    m = _AGE_OF.match(question)
    return m.group("noun").lower() if m else None


# "How old is Gary Pinder?": whose age, by name; and an age given beside a name, before it
# ("Doyle, 44,", "Pinder, who is 61,", "Ana Ruiz, aged 30,") or after it ("44-year-old Sean Doyle";
# not "The 21-year-old from Coventry").
_AGE_OF_NAMED = re.compile(r"^\s*(?i:how old (?:is|was|are|were|will \w+))\s+"
                           r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s*(?:\?|$|(?:when|now|today|at|in|on|if)\b)")
_AGE_BESIDE_NAME = re.compile(rf"(?P<before>[{_CAP}][{_LOW}'’-]+),\s"
                              rf"(?:(?:who\s)?(?:is|was|turns|turned)\s|aged\s)?\d{{1,3}}(?:,|\.?\s*$)|"
                              # "Toby, now nine, cut the ribbon"
                              rf"(?P<now>[{_CAP}][{_LOW}'’-]+),\snow\s(?:\d{{1,3}}|(?i:{_AGE_IN_WORDS})),|"
                              # "substitute Reece Amadi, a 19-year-old who works as ..."
                              rf"(?P<appos>[{_CAP}][{_LOW}'’-]+),\s+an?\s+"
                              rf"(?:\d{{1,3}}|(?i:{_AGE_IN_WORDS}))-year-old\b|"
                              rf"\b(?:\d{{1,3}}|(?i:{_AGE_IN_WORDS}))-year-old\s+"
                              rf"(?:(?!(?:from|of|in|at|on|near|to|for|with|by|who|and)\b)[a-z]+\s+){{0,2}}"
                              rf"(?:{_CAPITALISED}\s+)*(?P<after>{_CAPITALISED})|"
                              # "the homes of people aged between 78 and 94": the people's ages
                              r"\b(?P<group>[a-z]{3,})\s+aged\s+(?:between\s+|from\s+|over\s+|under\s+)?\d{1,3}\b"
                              r"(?:\s*(?:and|to|-|–)\s*\d{1,3})?")


def _of_someone(word: str) -> bool:
    """Whether a word after an age ("a 27-year-old physiotherapist", "a 58-year-old from
    Manchester", "a 19-year-old who works as ...") makes it someone's."""
    return word in ("man", "men", "from", "who") or describes_someone(word)


def of_people(thing: str) -> bool:
    """Whether a thing asked of is someone: "men", "members", "cavers" (one who does something)."""
    return _of_someone(thing) or thing.endswith("ers")


def gives_no_persons_age(thing: str, sentence: str) -> bool:
    """Whether an age asked of people ("How old were the cavers?") meets a sentence that gives no
    one's age, only a thing's ("The Cave Rescue Organisation, founded in 1935, ...")."""
    return of_people(thing) and re.search(_AGE_FIGURE, sentence, re.I) is None


def gives_ages_of_others_only(question: str, sentence: str) -> bool:
    """Whether every age the sentence gives stands beside a name other than the one a "How old
    is <name>?" question asks: "Doyle, 44, replaces Gary Pinder" gives no age of Pinder; or of
    someone called by another word than the thing asked: "a 27-year-old physiotherapist" gives no
    age of the race ("the race's 31-year history" does)."""
    m = _AGE_OF_NAMED.match(question)
    if m is None:
        thing = asked_age_of(question)
        # ("How old is the man charged?" asks of "charged": the age of whom is not read)
        if thing is None or _of_someone(thing) or thing.endswith(("ed", "en")) or _THING_AGE.search(sentence):
            return False
        # not "the 34-year-old vessel" for the ferry, nor "a two-year-old female called Cinnamon"
        # for the capybara: the thing in other words
        # ... nor an age beside the name of its owner: "eight-year-old Poppy Hearn" for "How old is
        # Poppy Hearn's school?"
        owners = {w.lower() for w in re.findall(r"([A-Z][\w-]+)['’]s?(?=\s)", question)}
        named = [b.span() for b in _AGE_BESIDE_NAME.finditer(sentence)
                 if (b["before"] or b["now"] or b["appos"] or b["after"] or "").lower() in owners]
        ages = [(age.start(), re.findall(r"[a-z][a-z'’-]*", sentence[age.end():].lower())[:3])
                for age in _AGED.finditer(sentence)]
        return bool(ages) and all((any(map(_of_someone, words)) or any(s <= at < e for s, e in named)) and
                                  stem([thing])[0] not in stem(words) for at, words in ages)
    ages = list(_AGE_WORDS.finditer(sentence))
    if not ages:  # "the first woman in the orchestra's 126-year history" gives no age of Lahti,
        # but "its 60-year history" is the age of "Hollowmere Zoo"
        return _THING_AGE.search(sentence) is not None and m["name"].split()[-1] not in _NOT_PERSON_WORDS
    asked = m["name"].split()[-1].lower()
    # (the surname asked, but another given name before it: "Ron Plant, 85" for "How old is Josh Plant?")
    given = m["name"].split()[0] if len(m["name"].split()) > 1 else None
    beside = [(b.span(), (b["before"] or b["now"] or b["appos"] or b["after"] or b["group"]).lower(),
               re.search(r"(\S+)\s+$", sentence[: b.start()])) for b in _AGE_BESIDE_NAME.finditer(sentence)]
    def someone_elses(age: re.Match) -> bool:
        return any(start <= age.start() < end and
                   (owner != asked or (given is not None and before is not None and before[1][:1].isupper() and
                                       before[1] != given and before[1].rstrip(".") not in _SIGNING_TITLES))
                   for (start, end), owner, before in beside)
    return all(someone_elses(age) for age in ages)


def gives_age_beside_named(question: str, sentence: str) -> bool:
    """Whether the sentence gives an age beside the name a "How old is <name>?" question asks:
    '"I cried when they told me," said Mrs Byers, 71.' for "How old is Sheila Byers?"."""
    m = _AGE_OF_NAMED.match(question)
    if m is None:
        return False
    asked = m["name"].split()[-1].lower()
    return any((b["before"] or b["now"] or b["appos"] or b["after"] or "").lower() == asked
               for b in _AGE_BESIDE_NAME.finditer(sentence))


_AGE_NOW_ASKED = re.compile(r"^\s*how\s+old\s+(?:is|are)\b(?!.*\bwhen\b)", re.IGNORECASE)
# An age at some moment, not now: "learned to play at the age of six", "left school at 16".
# ... "at the age of six", "at 14", "since I was four years old", "bought ... as an unraced three-year-old"
_AGE_AT_AN_EVENT = re.compile(r"\bat\s+(?:the\s+)?age\b|\bat\s\d|"
                              r"\b(?:since|when|until|till)\s+(?:I|he|she|they|we|you|it)\s+(?:was|were)\s|"
                              r"\bas\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:\w+-)+year-old", re.IGNORECASE)
_AGE_EVENT_REACH = 24  # characters before an age that may tell its moment


# ... but not a deed just done, whose moment is now: "has retired at the age of 84", "has had her
# first tattoo at the age of 101" (not "has played since starting at the age of six")
_AGE_AT_A_DEED_JUST_DONE = re.compile(r"\b(?:(?:has|have)\s+(?:just\s+)?[a-z]+|(?:is|are)\s+[a-z]+ing)"
                                      r"(?:\s+(?!since\b|when\b|after\b|before\b|until\b)[\w'’-]+){0,4}?"
                                      r"\s+at\s+(?:the\s+)?$", re.I)
_AGE_DEED_REACH = 70  # characters before an age: "has had her first tattoo at the "


# "How old was Dennis Wray when he started keeping pigeons?", "At what age did she ...?": an age at
# some moment of a life, which "Dennis Wray, 78," or "a 78-year-old" (the age now) does not give
# (though an age at death is told so: "She was 88.", "died aged 83").
_AGE_AT_AN_EVENT_ASKED = re.compile(r"^\s*(?:how\s+old\s+(?:was|were|is|are)\b.*\bwhen\b|at\s+what\s+age\b)"
                                    r"(?!.*\b(?:died|dies|death|killed|passed\s+away)\b)", re.I)
_AGE_NOW_BESIDE = re.compile(rf"^(?:[{_CAP}][{_LOW}]+,\s+\d{{1,3}}\b|(?i:(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)-year-old))")


def gives_ages_now_only(question: str, sentence: str) -> bool:
    """Whether a question of an age at some moment meets only ages beside a name or before a noun
    ("Dennis Wray, 78", "a three-year-old ... hen"), with no moment told ("has kept pigeons since
    he was nine" tells one)."""
    if not _AGE_AT_AN_EVENT_ASKED.match(question):
        return False
    ages = list(_AGE_WORDS.finditer(sentence))
    return bool(ages) and all(_AGE_NOW_BESIDE.match(age[0]) and
                              not _AGE_AT_AN_EVENT.search(sentence, max(0, age.start() - _AGE_EVENT_REACH), age.end())
                              for age in ages)


def gives_ages_at_events_only(question: str, sentence: str) -> bool:
    """Whether "How old is Isla?" (her age now) meets only ages at some moment of the past
    ("Isla learned to play at the age of six"), not at one just now ("A crossword setter ... has
    retired at the age of 84")."""
    if not _AGE_NOW_ASKED.match(question):
        return False
    ages = list(_AGE_WORDS.finditer(sentence))
    return bool(ages) and all(_AGE_AT_AN_EVENT.search(sentence, max(0, age.start() - _AGE_EVENT_REACH), age.end()) and
                              not _AGE_AT_A_DEED_JUST_DONE.search(sentence, max(0, age.start() - _AGE_DEED_REACH),
                                                                  age.start())
                              for age in ages)


def asked_quantity_of(question: str) -> list[str] | None:
    """The words naming what a "how many" or "what is the <value>" question counts or values
    ("visitors"; "value"; "number of electors": "electors"), or None for other questions."""
    m = _HOW_MANY.search(question)
    if m:
        counted = []
        # Up to the verb, three words at most: "how many Doctor Who novels have"; "how many of
        # the classical games had".
        for word in _WORD.findall(m.group("rest")):
            lower = word.lower()
            if lower in AUXILIARIES or len(counted) == 3:
                break
            if lower.endswith(("'s", "’s", "s'", "s’")):  # "children's accounts" counts accounts
                continue
            if lower not in _NOT_COUNTED:
                counted.append(word)
            if lower.endswith("s") or lower in _PLURALS_WITHOUT_S:  # the plural head noun ends the phrase
                break
        # "How many percent ...": the percentage kind checks for the figure with its "%".
        return counted if counted and counted[0].lower() not in ("percent", "per") else None
    m = _VALUE_OF.search(question)
    if not m:
        return None
    noun = m.group("valued")
    return [m.group("of")] if noun.lower() in ("number", "amount", "total") and m.group("of") else [noun]


_PASSIVE = re.compile(r"^(?:were|was|are|is|have been|has been|had been|will be|would be|could be|be|been)\s+"
                      r"(?:\w+ly\s+)?(?P<done>[a-z]+(?:ed|en)|born|hurt|held|sold|built|made|found|shot|hit|"
                      r"caught|sent|taken|seen|paid|won)\b", re.I)


# ... or what they did: "How many people have died?", "How many pupils failed maths?"
# Not taking part, which a count of those there says in any words ("in front of 27,000 fans").
_ACTIVE = re.compile(r"^(?:have|has|had|will have|would have)?\s*(?!(?:watched|helped|attended|participated|joined|"
                     r"played|competed|entered|voted|signed|registered|applied|responded|visited|"
                     # taking part in an event: "Forty-two ferrets took part" for "How many ferrets raced?"
                     r"raced|rowed|cycled|marched|paraded|danced|performed|exhibited)\b)"
                     r"(?P<done>[a-z]+ed|left|lost|quit|fled|fell|won|sold|bought|built|caught|spent|paid)\b", re.I)


# ... or where they work: "How many people work at the museum?" is not answered by "More than
# 3,000 people donated to the appeal", a count of other people.
_WORKING = re.compile(r"^(?:work|works|worked)\s+(?:at|for|in|on)\b", re.I)
# The words a sentence says such a deed in, where a word table puts them no nearer the deed than
# any other verb ("employs", "staff" or "jobs" no nearer "work" than "runs"; "a team of 25
# volunteers" worked on what the sentence tells).
SAID_IN_OTHER_WORDS = {"work": frozenset("""work works worked working employ employs employed employing employee
                                         employees employer staff workforce job jobs worker workers payroll
                                         team teams crew""".split())}
# Words a sentence may also say such a deed in, besides the deed's own and near ones: "spent £12
# million on eight CT scanners" tells how many were bought.
_BOUGHT_IN_OTHER_WORDS = frozenset("""purchase purchases purchased purchasing acquire acquires acquired ordered order
                                   orders spent spend spends spending""".split())
# ... and a limit: "the number of visitors each day is limited to 600" tells how many are allowed.
_ALLOWED_IN_OTHER_WORDS = frozenset("limited limit limits capped cap maximum permitted permit allow allows "
                                    "allowing".split())
DONE_IN_OTHER_WORDS = {"buy": _BOUGHT_IN_OTHER_WORDS, "bought": _BOUGHT_IN_OTHER_WORDS,
                       "allowed": _ALLOWED_IN_OTHER_WORDS, "permitted": _ALLOWED_IN_OTHER_WORDS}


# "How many customers has PawPantry lost ...?": what the subject did to what is counted, in the
# past ("lost", "sold", "cut" read as done by their -ed or irregular past).
_DONE_BY_SUBJECT = re.compile(r"^(?:has|have|had)\s+(?:(?:the|its|their|his|her)\s+[a-z]+|[A-Z][\w'’-]*"
                              r"(?:\s+[A-Z][\w'’-]*)*|she|he|they|it)\s+(?P<done>[a-z]+ed|lost|sold|cut|won|made|"
                              r"built|spent|raised|taken|given|found|caught|bought|paid)\b")

# What is done to everything a story counts: "How many schools will be affected?" is answered by
# "Teachers at 212 state schools will strike", which need not say "affected".
_SAYS_NOTHING_DONE = frozenset("affected involved included impacted concerned covered reported recorded counted "
                               "listed known used needed required found".split())


def _counted_and_after(question: str) -> tuple[list[str], str] | None:
    """What a "how many" question counts and the words after it ("people", "were injured"), or
    None for other questions."""
    m = _HOW_MANY.search(question)
    counted = asked_quantity_of(question) if m else None
    if not counted:
        return None
    rest = m.group("rest")
    return counted, rest[rest.find(counted[-1]) + len(counted[-1]) :].strip()


def asked_count_done(question: str) -> str | None:
    """What a "how many" question asks was done to what it counts ("injured" in "How many people
    were injured?") or what they did ("died" in "How many people have died?"), or None:
    "killing three people" counts people, but not the injured."""
    asked = _counted_and_after(question)
    if asked is None:
        return None
    if _WORKING.match(asked[1]):
        return "work"
    done = _PASSIVE.match(asked[1]) or _ACTIVE.match(asked[1]) or _DONE_BY_SUBJECT.match(asked[1])
    return done.group("done").lower() if done and done.group("done").lower() not in _SAYS_NOTHING_DONE else None


# What people give one each by a deed, so that a count of them counts the people: "received 2,870
# responses" for "How many people responded?" (not "Votes: 640", one candidate's, for "How many
# people voted?").
_GIVEN_ONE_EACH = {"responded": ("responses", "respondents"), "signed": ("signatures", "signatories"),
                   "applied": ("applications", "applicants"), "replied": ("replies", "responses"),
                   "entered": ("entrants", "entries"), "competed": ("competitors", "entrants"),
                   "attended": ("attendees",), "watched": ("spectators", "viewers"), "visited": ("visitors",)}


def given_one_each(question: str) -> tuple[str, ...]:
    """What each of the people a "how many" question counts gave by the deed it asks: ("responses",
    "respondents") for "How many people responded to the consultation?"; () for other questions."""
    return deed_given_one_each(question)[1]


def deed_given_one_each(question: str) -> tuple[str, tuple[str, ...]]:
    """The deed of given_one_each and what each gave by it: ("entered", ("entrants", "entries"))
    for "How many people entered?"; ("", ()) for other questions."""
    asked = _counted_and_after(question)
    if asked is None or not any(w.lower() in ("people", "persons") or describes_someone(w) for w in asked[0]):
        return "", ()
    words = [w.lower().strip("?!.,") for w in asked[1].split()[:3]]
    deed = next((w for w in words if w not in ("have", "has", "had", "already")), "")
    return (deed, _GIVEN_ONE_EACH[deed]) if deed in _GIVEN_ONE_EACH else ("", ())


def asked_cost_of(question: str) -> list[str] | None:
    """The words naming what a "how much did X cost" question prices ("ticket" in "How much did
    a ticket to Super Bowl 50 cost?"), or whom "how much is X paid" asks the pay of, or None for
    other questions."""
    m = _MONEY_NOUN_ASKED.search(question)
    if m:  # "How much ransom did the hackers demand?", "How much prize money ...": what is priced
        priced = [w for w in (m.group("modifier"), m.group("noun")) if w and w.lower() != "money"]
        if priced:
            return priced
    m = _COST_OF.search(question) or _PRICE_ASKED.match(question) or _WHAT_COST.match(question)
    if not m:
        return None
    priced = []
    for word in _WORD.findall(m.group("subject")):
        if word.lower() in _NOT_COUNTED and priced:
            break  # "a ticket to ...": the noun phrase ends at its preposition
        if word.lower() not in _NOT_COUNTED:
            # "a full day's parking": "day", as "for a full day" (not a name's: "Hale's yacht")
            priced.append(re.sub(r"['’]s$", "", word) if word.islower() else word)
    priced = priced[-2:]
    return None if not priced or priced[-1].lower() in ("it", "this", "that", "they", "these", "those") else priced


_CURRENCY = re.compile(r"(euro|dollar|pound|crown|krone|kroner|krona|kronor|franc|yen|yuan|rouble|ruble|rupee|peso|"
                       r"zloty|forint|lira|shekel|rand|won|real|dinar|dirham)s?|[$€£¥₽]\S*", re.I)


# "the fourth meeting in a row", "for the third time", "its 12th straight win": a count as an ordinal.
_ORDINAL_BEFORE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                             r"\d+(?:st|nd|rd|th))\s+(?P<next>[\w-]+)(?:\s+(?P<after>[\w-]+))?", re.I)


def counts_by_ordinal(sentence: str) -> bool:
    """Whether the sentence gives a count of times as an ordinal: "for the third year running",
    "the fourth meeting in a row"."""
    return _ORDINAL_COUNT.search(sentence) is not None


def words_after_ordinals(sentence: str) -> list[str]:
    """The words an ordinal may count, the two after it ("meeting" in "the fourth meeting in a
    row", "win" in "its 12th straight win")."""
    return [w for m in _ORDINAL_BEFORE.finditer(sentence) for w in (m.group("next"), m.group("after"))
            if w and w.lower() not in ORDINAL_POSITIONS]


_A_SHARE = re.compile(r"[\d.,]+\s?(?:%|per\s?cent\b|percent\b)", re.I)
_PEOPLE_OF_AN_AGE = "people|adults|children|patients|men|women"
_AN_AGE_OF_PEOPLE = re.compile(r"(?:\S+\s+)?(?:aged|ages)\s+(?:from\s+|between\s+)?\d{1,3}\b.*|"
                               rf"(?i:{_PEOPLE_OF_AN_AGE}|those|anyone)\s+(?:over|under)\s+\d{{1,3}}"
                               rf"(?:\s+(?!(?:{_PEOPLE_OF_AN_AGE})\b)\S+)?")


_PLURAL = re.compile(r"[a-z]{3,}[^s']s")
_BEYOND_COUNTED = frozenset("involving including against among between by with".split())
_BEFORE_A_PLACE_COUNTED = frozenset("at in from across on among between".split())


def words_near_figures(sentence: str, before: int = 2, after: int = 4) -> list[str]:
    """The words a few places either side of each number in a sentence: where it says what the
    number counts ("400 people", "a population of 1.3 million", "a 39-yard field goal")."""
    tokens = sentence.split()
    near: list[str] = []
    for i, token in enumerate(tokens):
        # "77% of young children" is a share of them, no number of children; "adults aged 65 to
        # 89", "people over 65 who walked" give their age
        # ("One of the oldest post boxes in Dorset" is one among them, no count of them)
        if token.lower() == "one" and tokens[i + 1 : i + 2] == ["of"]:
            continue
        if _NUMBER_WORDS.search(token) and not _CODE_TOKEN.fullmatch(token.strip(",.;:()")) and \
                not _A_SHARE.match(" ".join(tokens[i : i + 3])) and \
                not _AN_AGE_OF_PEOPLE.fullmatch(" ".join(tokens[max(0, i - 2) : i + 2])):
            following = tokens[i + 1 : i + 1 + after]
            # "up to two per boat" counts something for each boat, no boats
            if following and following[0].lower() in ("per", "each"):
                following = []
            # "37 crashes involving cyclists" counts crashes, not cyclists ("16 teams, with players" teams).
            if len(following) >= 2 and _PLURAL.fullmatch(following[0].removesuffix(",")) and \
                    following[1] in _BEYOND_COUNTED:
                following = following[:1]
            # What follows a sum's currency it does not count: "a 4 billion euro chip factory"
            # counts no factories.
            paid = next((j for j, word in enumerate(following) if _CURRENCY.fullmatch(word.strip(",.;:)"))), None)
            # ... nor what stands before a preposition: "Patients at twelve GP surgeries" counts surgeries
            # (though "a population of 1.3 million" counts the population)
            preceding = tokens[max(0, i - before) : i]
            # ... nor what stands before a number that names what it counts: "Each team has nine
            # players" counts players, not teams, "the volunteers recorded 94 species" no volunteers
            if preceding and (preceding[-1].lower() in _BEFORE_A_PLACE_COUNTED or
                              (following and _PLURAL.fullmatch(following[0].strip(",.;:)")) and
                               (preceding[-1].lower() in ("has", "have", "had") or
                                (preceding[-1].islower() and preceding[-1].endswith("ed"))))):
                preceding = []
            near += preceding + [token] + following[: None if paid is None else paid + 1]
    return [w for token in near for w in _WORD.findall(token) if w.lower() not in _AROUND_FIGURES]


@lru_cache(maxsize=16384)  # every candidate sentence, for every question
def length_signal(sentence: str) -> float:
    """Longer sentences hold more facts; a two-word fragment rarely answers anything."""
    return min(len(sentence.split()), LENGTH_SATURATION) / LENGTH_SATURATION


def semantic_match(question_vectors: np.ndarray, weights: np.ndarray, sentence_vectors: np.ndarray,
                   literal: np.ndarray | None = None) -> tuple[float, float]:
    """(semantic coverage, heaviest unmatched word's share): each question word scores its best
    similarity among the sentence's words, weighted as in coverage, so "tall" finds "height" and
    "died" finds "killed", which share no stem; a heavy word with no counterpart at all ("ticket"
    against a sentence about commercials) is the mark of a question the sentence does not answer.

    ``literal`` holds, per question word, 1 or 0 for a word that only its own stem may match and
    -1 for the rest: a name has no synonyms, and "Madrid" lies as near "Seville" in a word table
    as "tall" does to "height"."""
    total = float(weights.sum())
    if total <= 0:
        return 0.0, 0.0
    if not len(sentence_vectors):
        return 0.0, float(weights.max()) / total
    best = (question_vectors @ sentence_vectors.T).max(axis=1).clip(0.0, 1.0)
    if literal is not None:
        best = np.where(literal >= 0, literal, best)
    unmatched = weights[best < SEMANTIC_MATCH]
    return float(weights @ best) / total, (float(unmatched.max()) / total if len(unmatched) else 0.0)


def confidence_term(name: str, features: dict[str, float]) -> float:
    """A confidence term's value: one signal ("margin") or the product of two ("margin*dense")."""
    first, _, second = name.partition("*")
    value = features.get(first, 0.0)
    return value * features.get(second, 0.0) if second else value


def confidence_terms() -> list[str]:
    """The terms the confidence model is fitted on: each signal and each pair's product."""
    return [*CONFIDENCE_FEATURES, *(f"{a}*{b}" for a, b in
                                    itertools.combinations_with_replacement(CONFIDENCE_FEATURES, 2))]


@dataclass(frozen=True)
class Scoring:
    """Weights of the signals and the calibration of "found"."""

    weights: dict[str, float] = field(default_factory=lambda: {
        "dense": 1.0, "lexical": 0.35, "coverage": 0.25, "speaker": 0.25, "answer_type": 0.0, "lead": 0.0,
        "length": 0.0})
    # confidence = sigmoid(bias + sum(coef[f] * top candidate's f)), over CONFIDENCE_FEATURES and
    # their products, named "f*g": how much one sign counts depends on the others (a missing word
    # matters less when the sentence is the closest by far).
    confidence_bias: float = -4.0
    confidence_coef: dict[str, float] = field(default_factory=lambda: {"dense": 6.0, "coverage": 4.0})
    min_confidence: float = 0.5  # at or above: found
    unsure_confidence: float = 0.2  # at or above (and below found): shown as "not sure, but the closest is"
    candidates: int = 50
    context_before: int = 1
    context_after: int = 1

    def score(self, features: dict[str, float]) -> float:
        return sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def confidence(self, features: dict[str, float]) -> float:
        z = self.confidence_bias + sum(c * confidence_term(name, features) for name, c in self.confidence_coef.items())
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict:
        return {"weights": self.weights, "confidence_bias": self.confidence_bias,
                "confidence_coef": self.confidence_coef, "min_confidence": self.min_confidence,
                "unsure_confidence": self.unsure_confidence, "candidates": self.candidates}

    def band(self, confidence: float) -> str:
        """"found", "unsure" (a likely answer, shown with a caveat) or "not_found"."""
        if confidence >= self.min_confidence:
            return "found"
        return "unsure" if confidence >= self.unsure_confidence else "not_found"


@lru_cache(maxsize=1)
def shipped_scoring() -> Scoring:
    """The fitted scoring shipped with the package (defaults if the file is absent)."""
    try:
        data = json.loads(resources.files("qa_bot").joinpath("data/scoring.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Scoring()
    known = {k: data[k] for k in ("weights", "confidence_bias", "confidence_coef", "min_confidence",
                                  "unsure_confidence", "candidates") if k in data}
    return Scoring(**known)
