import io

import pytest

from conftest import ENGINES, bundled_bot_on
from qa_bot.repl import Repl


@pytest.fixture(scope="module", params=ENGINES)
def bot(request, tmp_path_factory):
    """These behaviours hold on either index engine."""
    yield from bundled_bot_on(request.param, tmp_path_factory)


def drive(bot, lines):
    out = io.StringIO()
    code = Repl(bot, k=3, stdin=io.StringIO("".join(line + "\n" for line in lines)), stdout=out).run()
    return code, out.getvalue()


def test_question_shows_sentence_context_and_source(bot):
    code, out = drive(bot, ["what did Gates say about radars?", ":quit"])
    assert code == 0
    assert "radars would not constitute a threat" in out
    assert "context:" in out and "source:" in out and "speaker: Robert Gates" in out


def test_sources_lists_more_hits_and_k_changes_how_many(bot):
    _, out = drive(bot, ["What topped the agenda?", ":k 5", ":sources"])
    assert "k = 5" in out
    assert "[5]" in out and "[6]" not in out


def test_sources_before_any_question(bot):
    _, out = drive(bot, [":sources"])
    assert "error: ask a question first" in out


def test_errors_print_one_line_and_the_loop_goes_on(bot):
    _, out = drive(bot, [":k zero", ":bogus", "x" * 5000, "What topped the agenda?"])
    assert "error: :k takes a whole number" in out
    assert "error: unknown command :bogus" in out
    assert "error: the question is too long" in out
    assert "topped the agenda" in out


def test_not_found_is_said_plainly(bot):
    _, out = drive(bot, ["How do I cook pasta?"])
    assert "I could not find that in the documents." in out


def test_help_and_docs(bot):
    _, out = drive(bot, [":help", ":docs"])
    assert ":sources" in out and ":quit" in out
    assert "article.txt" in out and "19 sentences" in out


def test_end_of_input_quits(bot):
    code, _ = drive(bot, [])
    assert code == 0
