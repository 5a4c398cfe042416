"""The `qa-bot` command. Thin: it parses arguments, calls the core and prints.

Heavy modules (torch via the encoder, FAISS) load inside the commands that need them, so
`qa-bot --help` answers at once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import QABotError
from .render import terminal_safe

EXIT_ERROR = 1


def _common(parser: argparse.ArgumentParser, uses_index: bool = True, encodes: bool = True) -> None:
    parser.add_argument("--config", metavar="FILE", help="TOML config file (see config.example.toml)")
    if uses_index:
        parser.add_argument("--index-dir", metavar="DIR", help="index directory (default: ./index)")
        parser.add_argument("--backend", choices=("embedded", "milvus"),
                            help="where the index lives (default: embedded, in --index-dir; also [index] backend)")
        parser.add_argument("--milvus-uri", metavar="URI",
                            help="milvus-lite file or Milvus server, e.g. http://host:19530 (also [index] uri)")
    if uses_index and encodes:
        parser.add_argument("--model", metavar="NAME_OR_PATH",
                            help="sentence-transformers model (default: the bundled all-MiniLM-L6-v2)")
        parser.add_argument("--precision", choices=("fp32", "int8"),
                            help="encoder precision; int8 is about twice as fast (default: the index's, else fp32)")


def _command(sub, name: str, help: str, examples: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".",
                          epilog="examples:\n" + examples, formatter_class=argparse.RawDescriptionHelpFormatter)


K_HELP = "how many hits to list (default: {default}; also QA_BOT_K or [answer] k)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa-bot",
        description="Answer questions about news articles with the sentences that answer them.",
        epilog="examples:\n  qa-bot repl\n  qa-bot ask \"what did Gates say about radars?\"\n"
               "  qa-bot index news/ && qa-bot docs\n\n`qa-bot COMMAND --help` explains each command.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"qa-bot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = _command(sub, "index", "add documents (files or folders) to the index",
                 "  qa-bot index article.txt report.pdf\n  qa-bot index news/ --index-dir news-index\n"
                 "  qa-bot index --rebuild            (rebuild from the texts the index keeps)")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help=".txt, .md, .html, .pdf or .jsonl files, or folders of them (read recursively)")
    p.add_argument("--rebuild", action="store_true",
                   help="start a new index instead of adding to it; with no PATH, from the texts it already holds")
    _common(p)

    p = _command(sub, "ask", "answer one question",
                 "  qa-bot ask \"what did Gates say about radars?\"\n  qa-bot ask \"who met in Moscow?\" -k 3 --json")
    p.add_argument("question", help="the question, in quotes")
    p.add_argument("-k", type=int, default=None, help=K_HELP.format(default=1))
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    _common(p)

    p = _command(sub, "repl", "ask questions interactively", "  qa-bot repl\n  qa-bot repl --index-dir news-index")
    p.add_argument("-k", type=int, default=None, help=K_HELP.format(default=3) + " by :sources")
    _common(p)

    p = _command(sub, "batch", "answer a file of questions (.txt, .jsonl, .csv or .tsv)",
                 "  qa-bot batch questions.txt -o answers.jsonl\n  qa-bot batch questions.csv -o answers.csv -k 1")
    p.add_argument("questions", metavar="QUESTIONS",
                   help="one question a line (.txt); objects with \"question\" (.jsonl); a question column (.csv, .tsv)")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: standard output)")
    p.add_argument("--format", choices=("jsonl", "csv"), default=None,
                   help="output format (default: from OUT's extension, else jsonl)")
    p.add_argument("-k", type=int, default=None, help=K_HELP.format(default=3) + " per question")
    _common(p)

    p = _command(sub, "docs", "list the documents in the index", "  qa-bot docs\n  qa-bot docs --index-dir news-index")
    _common(p, encodes=False)

    p = _command(sub, "remove", "remove a document from the index",
                 "  qa-bot remove 3\n  qa-bot remove storm.txt\n  qa-bot remove \"Super Bowl 50\"")
    p.add_argument("document", metavar="DOC",
                   help="its id, file name, path or title as `qa-bot docs` shows them, or a word only its title has")
    _common(p, encodes=False)

    p = _command(sub, "telegram", "run the Telegram bot (token from TELEGRAM_BOT_TOKEN or the config)",
                 "  TELEGRAM_BOT_TOKEN=123:ABC qa-bot telegram\n"
                 "  qa-bot telegram --webhook-url https://bot.example.com/hook --port 8443")
    p.add_argument("--webhook-url", metavar="URL", help="serve a webhook at this public URL instead of polling")
    p.add_argument("--listen", metavar="ADDRESS", help="webhook listen address (default 127.0.0.1)")
    p.add_argument("--port", type=int, metavar="PORT", help="webhook listen port (default 8443)")
    p.add_argument("--secret-token", metavar="SECRET",
                   help="webhook secret token Telegram must send back (default: a random one each start)")
    p.add_argument("-k", type=int, default=None, help=K_HELP.format(default=5) + " under More")
    _common(p)

    p = _command(sub, "migrate", "copy the index to the other backend (vectors reused, not re-embedded)",
                 "  qa-bot migrate --to milvus --milvus-uri http://127.0.0.1:19530\n"
                 "  qa-bot migrate --to embedded --index-dir copied-index --milvus-uri qa-bot-milvus.db")
    p.add_argument("--to", required=True, choices=("milvus", "embedded"),
                   help="milvus: from --index-dir into Milvus; embedded: from Milvus into --index-dir (a new one)")
    _common(p, encodes=False)

    p = _command(sub, "eval", "measure answer quality on a question set",
                 "  qa-bot eval tests/fixtures/seed_dev.jsonl\n"
                 "  qa-bot eval ../shared/eval/squad_dev_questions.jsonl --limit 200")
    p.add_argument("dataset", metavar="DATASET", help="seed-style, SQuAD-style (*_questions.jsonl) or WikiQA .jsonl")
    p.add_argument("--docs", metavar="FILE", help="documents for SQuAD-style sets (default: beside DATASET)")
    p.add_argument("--limit", type=int, default=None, help="a fixed sample of N questions")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    _common(p)
    return parser


def _settings(args: argparse.Namespace):
    from .config import load_settings

    overrides = {
        "index_dir": getattr(args, "index_dir", None),
        "backend": getattr(args, "backend", None),
        "milvus_uri": getattr(args, "milvus_uri", None),
        "model": getattr(args, "model", None),
        "precision": getattr(args, "precision", None),
        "k": getattr(args, "k", None),
        "webhook_url": getattr(args, "webhook_url", None),
        "listen": getattr(args, "listen", None),
        "port": getattr(args, "port", None),
        "secret_token": getattr(args, "secret_token", None),
    }
    return load_settings(args.config, overrides)


def _warn(message: str) -> None:
    print(terminal_safe(f"qa-bot: {message}"), file=sys.stderr)


def _index_options(settings) -> dict:
    return {"approximate_above": settings.approximate_above, "nprobe": settings.nprobe}


def _load_bot(settings):
    from .retriever import QABot

    if settings.backend == "milvus":
        return QABot.open_milvus(settings.milvus_uri, settings.milvus_collection, model=settings.model or None,
                                 batch_size=settings.batch_size, precision=settings.precision)
    return QABot.load(settings.index_dir, settings.model or None, settings.batch_size, settings.precision,
                      **_index_options(settings))


def _open_bot(settings, show_progress: bool = False):
    """The index to answer from. Only the default place (./index, or the default Milvus file
    and collection) is built over the bundled article on first use: anywhere else a missing
    index is more likely a typo."""
    from .config import Settings
    from .errors import IndexStateError
    from .index import index_exists
    from .retriever import QABot

    default = Settings()
    if settings.backend == "milvus":
        is_default = (Path(settings.milvus_uri).resolve() == Path(default.milvus_uri).resolve()
                      and settings.milvus_collection == default.milvus_collection)
        return QABot.open_milvus(settings.milvus_uri, settings.milvus_collection, model=settings.model or None,
                                 batch_size=settings.batch_size, precision=settings.precision,
                                 build_bundled=is_default, show_progress=show_progress)
    if not index_exists(settings.index_dir) and Path(settings.index_dir) != default.index_dir:
        raise IndexStateError(f"no index in {settings.index_dir}: build one with "
                              f"`qa-bot index FILE... --index-dir {settings.index_dir}` "
                              f"(only the default ./{default.index_dir} is made on first use)")
    return QABot.open_or_build_default(settings.index_dir, settings.model, settings.batch_size,
                                       show_progress=show_progress, precision=settings.precision,
                                       **_index_options(settings))


def _milvus_index(settings):
    """The Milvus index named by the settings, opened without a model (listing, removing)."""
    from .milvus_index import MilvusIndex

    return MilvusIndex(settings.milvus_uri, settings.milvus_collection)


def _where(settings) -> str:
    if settings.backend == "milvus":
        return f"Milvus {settings.milvus_uri} (collection {settings.milvus_collection})"
    return str(settings.index_dir)


def cmd_index(args, settings) -> int:
    from .documents import load_paths
    from .embed import shared_encoder
    from .index import SentenceIndex, index_exists
    from .locking import write_lock
    from .render import plural
    from .retriever import QABot

    if not args.paths and not args.rebuild:
        raise QABotError("name the files or folders to index (or --rebuild to rebuild from the stored texts)")
    if settings.backend == "milvus" and args.rebuild:
        raise QABotError("--rebuild rebuilds an embedded index's files; a Milvus index has none to rebuild "
                         "(to start over, index into another [index] collection)")
    if args.paths:
        docs = load_paths(args.paths, warn=_warn)  # every named file is read before anything is written
    else:
        from .index import stored_documents

        docs = stored_documents(settings.index_dir)
    progress = sys.stderr.isatty()
    texts = {d.name: d.text for d in docs}
    titles = {d.name: d.title for d in docs if d.title}
    if settings.backend == "milvus":
        bot = QABot.open_milvus(settings.milvus_uri, settings.milvus_collection, model=settings.model or None,
                                batch_size=settings.batch_size, precision=settings.precision, create=True)
        results = bot.add_texts(texts, titles, show_progress=progress)
    elif index_exists(settings.index_dir) and not args.rebuild:
        bot = _load_bot(settings)
        results = bot.add_texts(texts, titles, show_progress=progress)  # saves under the write lock
    else:
        encoder = shared_encoder(settings.model, settings.batch_size, settings.precision or "fp32")
        bot = QABot(SentenceIndex(encoder.model_id, encoder.dimension, **_index_options(settings)), encoder)
        results = bot.add_texts(texts, titles, show_progress=progress)
        with write_lock(settings.index_dir):
            bot.index.save(settings.index_dir)
    for name, (what, count) in results.items():
        print(terminal_safe(f"{what}: {name} ({plural(count, 'sentence')})"))
    print(f"index: {_where(settings)} ({plural(len(bot), 'sentence')} in {plural(bot.document_count(), 'document')})")
    return 0


def cmd_ask(args, settings) -> int:
    from .render import answer_text

    bot = _open_bot(settings, show_progress=sys.stderr.isatty())
    answer = bot.ask(args.question, k=settings.k or (3 if args.json else 1))
    if args.json:
        print(json.dumps({"question": answer.question, "found": answer.found, "band": answer.band,
                          "confidence": round(answer.confidence, 4),
                          "hits": [h.to_dict() for h in answer.hits]}, ensure_ascii=False, indent=2))
    else:
        print(answer_text(answer, show_all=settings.k is not None))
    return 0


def cmd_repl(args, settings) -> int:
    from .repl import Repl

    return Repl(_open_bot(settings, show_progress=sys.stderr.isatty()), k=settings.k or 3).run()


def cmd_batch(args, settings) -> int:
    from .batch import read_questions, run_batch
    from .render import plural

    questions = read_questions(args.questions)
    fmt = args.format or ("csv" if args.output and args.output.lower().endswith(".csv") else "jsonl")
    bot = _open_bot(settings)
    progress = sys.stderr.isatty()
    if args.output:
        out_path = Path(args.output)
        tmp = out_path.with_name(f".{out_path.name}.tmp")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as out:
                counts = run_batch(bot, questions, out, fmt, settings.k or 3, progress, _warn)
            os.replace(tmp, out_path)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise QABotError(f"cannot write {out_path}: {e.strerror}") from None
    else:
        counts = run_batch(bot, questions, sys.stdout, fmt, settings.k or 3, progress, _warn)
    _warn(f"{plural(counts['questions'], 'question')}: {counts['found']} answered, "
          f"{counts['unsure']} not sure, {counts['not_found']} not found, {plural(counts['errors'], 'error')}")
    return 0


def _documents(settings):
    from .index import DocumentInfo, read_manifest

    if settings.backend == "milvus":
        return _milvus_index(settings).documents()
    return [DocumentInfo(d["id"], d["name"], d["title"], d["sha256"], d["sentences"], d["added"])
            for d in read_manifest(settings.index_dir)["documents"]]


def cmd_docs(args, settings) -> int:
    documents = _documents(settings)
    if not documents:
        print("the index holds no documents")
    for d in documents:
        print(terminal_safe(f"{d.id}\t{d.title}\t{d.sentences} sentences\tadded {d.added}\tsha256 {d.sha256[:12]}\t{d.name}"))
    return 0


def cmd_remove(args, settings) -> int:
    from .index import match_documents
    from .render import plural

    matches = match_documents(_documents(settings), args.document)
    if not matches:
        raise QABotError(f"no document {args.document!r} in {_where(settings)}; `qa-bot docs` lists them")
    if len(matches) > 1:
        listed = "; ".join(f"{d.id} {d.title!r} ({d.name})" for d in matches[:10])
        more = f"; and {len(matches) - 10} more" if len(matches) > 10 else ""
        raise QABotError(f"{args.document!r} names {len(matches)} documents: {listed}{more}. "
                         "Say which, by its id")
    [doc] = matches
    if settings.backend == "milvus":
        _milvus_index(settings).remove_document(doc.name)
    else:
        _load_bot(settings).remove(doc.name)
    print(terminal_safe(f"removed: {doc.id} {doc.title} ({doc.name}, {plural(doc.sentences, 'sentence')})"))
    return 0


def cmd_migrate(args, settings) -> int:
    from dataclasses import replace

    from .migrate import to_embedded, to_milvus
    from .render import plural

    chats = Path(settings.telegram.chat_index_dir) if settings.telegram.chat_index_dir else None
    if args.to == "milvus":
        copied = to_milvus(settings.index_dir, settings.milvus_uri, settings.milvus_collection, chats, _progress)
    else:
        copied = to_embedded(settings.milvus_uri, settings.milvus_collection, settings.index_dir, chats, _progress)
    print(f"copied {plural(copied.documents, 'document')} ({plural(copied.sentences, 'sentence')}, "
          f"{plural(copied.chats, 'chat collection')}) to {_where(replace(settings, backend=args.to))}; "
          f"{copied.unchanged} already there")
    return 0


def _progress(message: str) -> None:
    print(terminal_safe(f"qa-bot: {message}"), file=sys.stderr, flush=True)


def cmd_eval(args, settings) -> int:
    from .evaluate import evaluate, format_report

    report = evaluate(args.dataset, docs_path=args.docs, limit=args.limit, model=settings.model,
                      batch_size=settings.batch_size, progress=sys.stderr.isatty(),
                      precision=settings.precision or "fp32", backend=settings.backend,
                      milvus_uri=settings.milvus_uri if "://" in settings.milvus_uri else None)
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0


def cmd_telegram(args, settings) -> int:
    import logging

    from .errors import ConfigError

    if not settings.telegram.token:  # before loading anything: a missing token is a one-liner
        raise ConfigError("no Telegram bot token: set TELEGRAM_BOT_TOKEN or [telegram] token in the config file")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for chatty in ("faiss", "sentence_transformers"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    from . import telegram_bot

    telegram_bot.protect_token_in_logs(settings.telegram.token)
    telegram_bot.check_token(settings.telegram)
    qa = _open_bot(settings)
    qa.encoder.encode(["warm-up"])  # load the model now, not while the first users wait
    print(f"qa-bot: serving {len(qa)} sentences on Telegram; Ctrl-C stops", file=sys.stderr)
    telegram_bot.run(qa, settings.telegram, k=settings.k or telegram_bot.HITS_PER_QUESTION)
    return 0


def _check_index_dir(directory: Path) -> None:
    from .errors import IndexStateError

    if Path(directory).exists() and not Path(directory).is_dir():
        raise IndexStateError(f"{directory} is a file, not an index directory; use --index-dir DIR")


COMMANDS = {
    "index": cmd_index, "ask": cmd_ask, "repl": cmd_repl, "batch": cmd_batch,
    "docs": cmd_docs, "remove": cmd_remove, "eval": cmd_eval, "telegram": cmd_telegram, "migrate": cmd_migrate,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = _settings(args)
        if hasattr(args, "index_dir") and (settings.backend == "embedded" or args.command == "migrate"):
            _check_index_dir(settings.index_dir)
        return COMMANDS[args.command](args, settings)
    except QABotError as e:
        print(terminal_safe(f"qa-bot: error: {e}"), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("qa-bot: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
