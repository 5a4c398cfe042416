"""Reading documents from files: text, Markdown, HTML pages, PDF and JSONL, with the text's
encoding detected, and a clear refusal for anything that is not a document."""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .errors import InputError
from .extract import ExtractionLimits, extract_isolated
from .markup import markdown_document, markdown_to_text, pdf_pages_to_text

__all__ = ["ExtractionLimits", "LoadedDocument", "load_paths", "parse_document", "read_documents"]

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt", ".text"} | MARKDOWN_SUFFIXES
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".jsonl"}
# Formats people send that qa-bot does not read: said so by name, not as "binary" or, for RTF
# (which is text), read as its markup.
OFFICE_FORMATS = {".docx": "a Word", ".doc": "a Word", ".odt": "an OpenDocument", ".rtf": "an RTF",
                  ".pages": "a Pages", ".epub": "an EPUB", ".xlsx": "an Excel", ".xls": "an Excel",
                  ".ods": "an OpenDocument", ".pptx": "a PowerPoint", ".ppt": "a PowerPoint", ".odp": "an OpenDocument"}
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
JSONL_TEXT_FIELDS = ("text", "content", "body", "article")
MIN_ARTICLE_WORDS = 8


@dataclass(frozen=True)
class LoadedDocument:
    name: str
    text: str
    title: str | None = None


def read_file_bytes(path: Path, kind: str = "file") -> bytes:
    """A regular file's bytes, or a one-line refusal naming it (``kind``: what the user calls it).

    Devices, pipes and sockets are refused before they are opened (/dev/zero never ends, a FIFO
    blocks forever), and no more than the size limit is ever read: /proc files say they are empty.
    """
    too_large = f"{path} is too large (at most {MAX_DOCUMENT_BYTES // 1_048_576} MiB)"
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path} is a directory, not a {kind}")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path} is not a regular file (a device, pipe or socket); refused")
        if info.st_size > MAX_DOCUMENT_BYTES:
            raise InputError(too_large)
        with path.open("rb") as f:
            data = f.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{kind} not found: {path}") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(too_large)
    return data


def _looks_binary(data: bytes) -> bool:
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with a BOM; else the encoding charset-normalizer
    is confident about."""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _checked_text(data.decode(codec), where)
            except UnicodeDecodeError:
                raise InputError(f"{where} is a binary file, not text") from None
    if _looks_binary(data):
        raise InputError(f"{where} is a binary file, not text")
    try:
        return _checked_text(data.decode("utf-8-sig"), where)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is not None:
        # On a tie, Western European text is the likelier: cp1252 is the commonest legacy encoding.
        best = next((m for m in matches if m.encoding in ("cp1252", "latin_1", "iso8859_15")
                     and m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01), best)
    if best is None or best.chaos > 0.2:
        raise InputError(f"{where} is not text in any encoding qa-bot recognises; convert it to UTF-8 first")
    return _checked_text(str(best), where)


def _checked_text(text: str, where: str) -> str:
    """Bytes can decode without being text: refuse control characters and unassigned code points."""
    import unicodedata

    sample = text[:65536]
    odd = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\t\n\r\f")
    if sample and odd / len(sample) > 0.02:
        raise InputError(f"{where} is a binary file, not text")
    return text


_SURROGATES = re.compile("[\ud800-\udfff]")
# Control characters but tab, line feed, form feed and carriage return. An escape sequence in a
# document ("\x1b[2J", or one that retitles the window) would drive the terminal that shows an
# answer; text files with a few of them pass the binary check, and JSONL or HTML entities carry any.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def scrub_text(text: str) -> str:
    """Text fit to store and show: lone surrogates (JSON and odd PDF fonts carry them; no store
    can encode them) become U+FFFD, control characters a space; one for one, so offsets into
    the source still hold."""
    return _CONTROLS.sub(" ", _SURROGATES.sub("\ufffd", text))


def extract_in_this_process(kind: str, data: bytes, where: str, limits: ExtractionLimits) -> tuple[str, str | None]:
    """(text, title) of a PDF or HTML file, within ``limits``. Runs in the extraction worker
    (qa_bot.extract), which also bounds time and memory."""
    text, title = (_pdf_document if kind == "pdf" else _html_document)(data, where, limits)
    if len(text) > limits.max_chars:
        raise InputError(f"{where} holds more than {limits.max_chars:,} characters of text; refused")
    return scrub_text(text), scrub_text(title) if title else None


def _html_document(data: bytes, where: str, limits: ExtractionLimits) -> tuple[str, str | None]:
    import trafilatura

    page = _layout_tables_unwrapped(decode_text(data, where))
    # As Markdown, so the page's headings and lists come through as structure, not as prose.
    # Never deduplicate: trafilatura remembers the paragraphs of every page this process has read,
    # so the third reading of a page (re-indexed, or sent by a third chat) lost half its text.
    def article(**favour: bool) -> str | None:
        return trafilatura.extract(page, include_comments=False, include_tables=True, deduplicate=False,
                                   output_format="markdown", include_formatting=True, **favour)

    loose = article(favor_recall=True)
    marked = _with_lists_inside(article(favor_precision=True), loose)
    text = markdown_to_text(marked) if marked else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        # Not laid out as an article (an old table layout, text between <br>s): the extraction
        # that favours recall, each of its lines a block (a menu entry stays a short line,
        # which is never an answer).
        text = markdown_to_text(re.sub(r"\n+", "\n\n", loose)) if loose else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:  # a menu or a cookie notice is no article
        raise InputError(f"{where}: no article text found in the page")
    metadata = trafilatura.extract_metadata(page)
    title = metadata.title if metadata and metadata.title else None
    return text, title


# Inside a table, these lay out a page rather than hold a value.
_LAYOUT_INSIDE_TABLE = ".//table|.//p|.//div|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//ul|.//ol|.//blockquote|.//form|.//nav"
_DATA_CELL_MAX_WORDS = 30


def _layout_tables_unwrapped(page: str) -> str:
    """The page with each table that lays the page out (a menu beside the story, paragraphs in
    cells) turned into plain blocks, so that only tables of data stay tables, whose rows become
    sentences (markup.table_row_blocks). A table of names and values (a phone's specifications, an
    infobox: each row a <th> and its <td>) becomes a list of "Name: value" items, and so does a
    definition list. A page without such tables or lists comes back as it was."""
    import lxml.etree
    import lxml.html

    lowered = page.lower()
    if "<table" not in lowered and "<dl" not in lowered and "<figcaption" not in lowered:
        return page
    try:
        root = lxml.html.document_fromstring(page)
    except (lxml.etree.ParserError, ValueError):
        return page
    changed = False
    for table in list(root.iter("table")):
        cells = table.xpath(".//td|.//th")
        if table.xpath(_LAYOUT_INSIDE_TABLE) or len(table.xpath(".//tr")) < 2 or \
                any(len(cell.text_content().split()) > _DATA_CELL_MAX_WORDS for cell in cells):
            for part in [table, *table.iter("thead", "tbody", "tfoot", "tr", "td", "th", "caption")]:
                part.tag = "div"
            changed = True
        elif _names_its_rows(table):
            _listed(table)
            changed = True
    for definitions in list(root.iter("dl")):
        changed = _definitions_listed(definitions) or changed
    for caption in list(root.iter("figcaption")):
        changed = _caption_as_paragraph(caption) or changed
    return lxml.html.tostring(root, encoding="unicode") if changed else page


def _definitions_listed(definitions) -> bool:
    """A definition list (<dt>Born</dt><dd>Gdynia, Poland</dd>), in place, as a list of "Born:
    Gdynia, Poland" items: its terms and definitions were list items of their own, "Born" an
    answer sentence that says nothing. False, and left alone, when it holds anything else."""
    parts = [part for part in definitions if isinstance(part.tag, str)]
    if not parts or any(part.tag not in ("dt", "dd") for part in parts):
        return False
    items, term = [], None
    for part in parts:
        text = " ".join(part.text_content().split())
        if part.tag == "dt":
            term = text
        elif text:
            items.append(f"{term.rstrip(':')}: {text}" if term else text)
    _replace_with_list(definitions, items)
    return True


# A photo's credit, which says who took it, not what it shows: "Photograph: Jane Doe/Reuters".
_PHOTO_CREDIT = re.compile(r"[\s(]*\b(?:photo(?:graph)?s?|image|picture|credit)s?\s*(?::|by\b).*$",
                           re.IGNORECASE | re.DOTALL)


def _caption_as_paragraph(caption) -> bool:
    """A figure's caption as a paragraph, without its photo credit, after the story's last
    paragraph: the extraction drops captions, and one often says what the story does not ("The
    chain has 410 shops across the UK"), but read where the picture stands it would become the
    lead of a story under a picture, or break "... Paylink." / "The company said ...". False, and
    left alone, when the caption is only a credit."""
    text = _PHOTO_CREDIT.sub("", " ".join(caption.text_content().split())).strip()
    if len(text.split()) < 3:
        return False
    from lxml.html import builder

    figure = caption.getparent() if caption.getparent().tag == "figure" else caption
    following = set(figure.xpath("following::p"))
    anchor = None
    for ancestor in figure.iterancestors():  # the last paragraph of the story the figure stands in
        paragraphs = list(ancestor.iter("p"))
        if paragraphs:
            anchor = paragraphs[-1] if paragraphs[-1] in following else None
            break
    placed = builder.P(text)
    if anchor is None:  # the story's end: in its place
        placed.tail = figure.tail
        figure.getparent().replace(figure, placed)
    else:
        figure.drop_tree()  # keeps the text after it
        placed.tail, anchor.tail = anchor.tail, None
        anchor.addnext(placed)
    return True


def _replace_with_list(element, items: list[str]) -> None:
    """Put a list of ``items`` where ``element`` stands in its page."""
    from lxml.html import builder

    listed = builder.UL(*(builder.LI(item) for item in items))
    listed.tail = element.tail
    element.getparent().replace(element, listed)


def _names_its_rows(table) -> bool:
    """Every row a name (<th>) then its values (<td>), with no row of column names: read as
    Markdown, its first row would name the columns ("Screen: Weight; 6.5-inch OLED: 201 grams")."""
    for row in table.iter("tr"):
        cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("th", "td")]
        if len(cells) < 2 or cells[0].tag != "th" or any(cell.tag != "td" for cell in cells[1:]):
            return False
    return True


def _listed(table) -> None:
    """The table, in place, as a list whose items pair each row's name with its values."""
    items = []
    for row in table.iter("tr"):
        name, *values = [" ".join(cell.text_content().split()) for cell in row
                         if isinstance(cell.tag, str) and cell.tag in ("th", "td")]
        values = [value for value in values if value]
        if name and values:
            items.append(f"{name.rstrip(':')}: {'; '.join(values)}")
    _replace_with_list(table, items)


_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")


def _with_lists_inside(precise: str | None, loose: str | None) -> str | None:
    """The precise extraction, with the list items of the loose one that stand between its
    paragraphs. Outside an <article> element, the precise extraction drops a list of short items
    ("Branches after the merger: about 70") as if it were a menu; a menu or a footer stands
    before the story's first paragraph or after its last."""
    if not precise or not loose:
        return precise
    kept = set(precise.splitlines())
    lines = loose.splitlines()
    inside = [i for i, line in enumerate(lines) if line.strip() and line in kept]
    if not inside or not kept <= set(lines):  # the two disagree on more than lists: trust the precise one
        return precise
    first, last = inside[0], inside[-1]
    added = [i for i in range(first, last) if lines[i] not in kept and _LIST_ITEM.match(lines[i])]
    if not added:
        return precise
    chosen = set(added)
    return "\n".join(line for i, line in enumerate(lines)
                     if line in kept or i in chosen or (not line.strip() and first <= i <= last))


def _pdf_document(data: bytes, where: str, limits: ExtractionLimits) -> tuple[str, str | None]:
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(f"{where} is an encrypted PDF")
        if len(reader.pages) > limits.max_pages:
            raise InputError(f"{where} has {len(reader.pages):,} pages; at most {limits.max_pages:,}")
        # Decompressing is fast; extracting text from a huge content stream is what takes
        # minutes. So measure every page's content before extracting any of it.
        budget, content = limits.content_budget(len(data)), 0
        for page in reader.pages:
            stream = page.get_contents()
            content += len(stream.get_data()) if stream is not None else 0
            if content > budget:
                raise InputError(f"{where} decompresses to more than {budget // 1_048_576} MiB of page "
                                 f"content ({len(data) // 1024} KiB on disk); refused")
        pages, chars = [], 0
        for page in reader.pages:
            page_text = page.extract_text() or ""
            chars += len(page_text)
            if chars > limits.max_chars:
                raise InputError(f"{where} holds more than {limits.max_chars:,} characters of text; refused")
            pages.append(page_text)
        title = reader.metadata.title if reader.metadata and reader.metadata.title else None
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError, AttributeError) as e:
        raise InputError(f"{where} is not a readable PDF ({type(e).__name__})") from None
    text = pdf_pages_to_text(pages)
    if not text:
        raise InputError(f"{where} has no extractable text (a scanned PDF needs OCR first)")
    return text, str(title) if title else None


def _jsonl_documents(data: bytes, name: str, where: str) -> list[LoadedDocument]:
    docs = []
    lines_of: dict[str, int] = {}
    for n, line in enumerate(decode_text(data, where).splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise InputError(f"{where}, line {n}: not valid JSON") from None
        text = next((record[f] for f in JSONL_TEXT_FIELDS if isinstance(record, dict) and isinstance(record.get(f), str)), None)
        if text is None:
            raise InputError(f"{where}, line {n}: needs a text field ({', '.join(JSONL_TEXT_FIELDS)})")
        if not text.strip():
            continue
        key = next((record[f] for f in ("id", "doc_id") if record.get(f) not in (None, "")), n)  # id 0 is an id
        if str(key) in lines_of:
            raise InputError(f"{where}, line {n}: id {key} is used by line {lines_of[str(key)]} too")
        lines_of[str(key)] = n
        title = record.get("title") if isinstance(record.get("title"), str) else None
        docs.append(LoadedDocument(f"{name}#{scrub_text(str(key))}", scrub_text(text), scrub_text(title) if title else None))
    if not docs:
        raise InputError(f"{where} holds no documents")
    return docs


def read_documents(path: Path) -> list[LoadedDocument]:
    """The document(s) in one file, by its extension (plain text when unknown)."""
    return parse_document(read_file_bytes(path), str(path.resolve()), path.suffix, where=str(path))


def parse_document(data: bytes, name: str, suffix: str = "", where: str | None = None,
                   limits: ExtractionLimits | None = None) -> list[LoadedDocument]:
    """The document(s) in ``data`` (a file's bytes), named ``name``; ``suffix`` picks the format.

    PDF and HTML are extracted in a separate process within ``limits`` (qa_bot.extract); text
    and JSONL cost time in proportion to their size, which is already bounded.
    """
    where = where or name
    limits = limits or ExtractionLimits()
    suffix = suffix.lower()
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(f"{where} is too large ({len(data) // 1_048_576} MiB; at most {MAX_DOCUMENT_BYTES // 1_048_576} MiB)")
    if not data.strip():
        raise InputError(f"{where} is empty")
    office = OFFICE_FORMATS.get(suffix) or ("an RTF" if data.lstrip()[:5] == b"{\\rtf" else None)
    if office:
        raise InputError(f"{where} is {office} document, which qa-bot does not read: save it as PDF, HTML or "
                         f"plain text first (qa-bot reads .txt, .md, .html, .pdf and .jsonl)")
    if suffix == ".jsonl":
        return _jsonl_documents(data, name, where)
    if suffix in HTML_SUFFIXES:
        text, title = extract_isolated("html", data, where, limits)
    elif suffix == ".pdf" or data[:5] == b"%PDF-":
        text, title = extract_isolated("pdf", data, where, limits)
    elif suffix in MARKDOWN_SUFFIXES:
        text, title = markdown_document(decode_text(data, where))
    else:
        text, title = decode_text(data, where), None
    text = scrub_text(text)
    if not text.strip():
        raise InputError(f"{where} is empty")
    return [LoadedDocument(name, text, scrub_text(title) if title else None)]


def load_paths(paths: list[str | os.PathLike[str]], warn: Callable[[str], None]) -> list[LoadedDocument]:
    """Documents from files and folders. A file named on the command line must load; inside a
    folder, files that cannot be read are skipped with a warning."""
    docs: list[LoadedDocument] = []
    seen: set[str] = set()

    def take(found: list[LoadedDocument]) -> None:
        for doc in found:
            if doc.name not in seen:
                seen.add(doc.name)
                docs.append(doc)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                raise InputError(f"{path} holds no documents ({', '.join(sorted(SUFFIXES))})")
            inside = path.resolve()
            for file in files:
                # A link out of the folder may point at a secret (/etc/passwd, the bot's own
                # config); global documents are answerable by every user. Named files are the
                # user's explicit choice; what a folder holds is not.
                if not file.resolve().is_relative_to(inside):
                    warn(f"skipped: {file} links outside {path}")
                    continue
                try:
                    take(read_documents(file))
                except InputError as e:
                    warn(f"skipped: {e}")
        else:
            take(read_documents(path))
    if not docs:
        raise InputError("no readable documents given")
    return docs
