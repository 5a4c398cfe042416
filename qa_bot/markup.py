"""Markup into the plain text qa-bot stores and answers from.

Markdown is parsed by markdown-it-py (CommonMark), not by regexes: headings, paragraphs, list
items and quotes each become a block of their own, and a table row a sentence that pairs each
value with its column's name (blocks are separated by a blank line, so a heading never runs into
the sentence after it); emphasis and links become their text, images their alt text, code stays
verbatim, raw HTML gives its text (never its tags, scripts or styles); a front matter gives the
title, and footnotes (mdit-py-plugins) become paragraphs without their markers. PDF text comes
out of pypdf one visual line at a time; running headers, footers and page numbers are dropped
and lines that only wrap a paragraph are joined back, across page breaks too.
"""

from __future__ import annotations

import re
import statistics

from .segment import LABEL_LINE

# A front matter's title line (YAML: `title: "..."`), what a static-site page calls itself.
_FRONT_MATTER_TITLE = re.compile(r"^title\s*:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown document, one block per heading, paragraph or list item ("• ...")."""
    return markdown_document(markdown)[0]


def markdown_document(markdown: str) -> tuple[str, str | None]:
    """(plain text, title) of a Markdown document. A YAML front matter (Jekyll, Hugo, Obsidian)
    is metadata, not text: its ``title`` is the document's title; else a level-one heading before
    any prose is, however it ends ("# Water bills: what is changing and why?"), or None (the
    title is then guessed from the text). Footnote markers ("[^1]") are dropped and footnotes kept
    as paragraphs of their own."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    tokens = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin).parse(markdown)
    blocks: list[str] = []
    title = None
    row: list[str] | None = None
    header: list[str] | None = None  # the column names of the table being read
    # A list item keeps a bullet, so that it is a sentence of its own even without a full stop
    # ("Length of the quay: 1,200 metres"), not taken for a heading (qa_bot.segment).
    marker = ""
    heading = top_level = False
    headline = None  # a level-one heading before any prose
    prose_seen = False
    for token in tokens:
        if token.type == "list_item_open":
            marker = "• "
        elif token.type in ("heading_open", "heading_close"):
            heading = token.type == "heading_open"
            top_level = token.tag == "h1"
        elif token.type == "front_matter":
            found = _FRONT_MATTER_TITLE.search(token.content)
            title = found.group(1).strip("\"'") or None if found else None
        elif token.type == "thead_open":
            header = None
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if header is None:
                header = row
            else:
                blocks.extend(table_row_blocks(header, row))
            row = None
        elif token.type == "inline":
            text = " ".join(_inline_text(token.children or []).split())
            if row is not None:
                row.append(text)
            elif text and heading:
                # A heading is structure however it ends ("## The bridge opens."): without its full
                # stop it reads as one (qa_bot.segment), never as an answer sentence; without its
                # section number ("## 4. Christmas lights"), never as a numbered list's item.
                text = _SECTION_NUMBER.sub("", text) or text
                blocks.append(text.rstrip(".!") or text)
                if top_level and not prose_seen and headline is None:
                    headline = text
            elif text:
                blocks.append(marker + text)
                prose_seen = True
            marker = ""
        elif token.type in ("fence", "code_block"):
            code = token.content.strip("\n")
            if code.strip():
                blocks.append(code)
        elif token.type == "html_block":
            blocks.extend(_html_block_text(token.content))
    return ("\n\n".join(blocks) + "\n" if blocks else ""), title or headline


# A table cell this long is prose laid out in a table, not a value to pair with its column's name.
_TABLE_VALUE_MAX_WORDS = 12


def table_row_blocks(header: list[str], row: list[str]) -> list[str]:
    """A table's row as the sentence it stands for, each value with its column's name
    ("Resource: Fire engines; Number: 140."), so that "How many fire engines ...?" finds it and a
    row reads on its own in an answer; a header row alone is structure, like a heading. A table
    laid out around prose (a cell of sentences) gives each cell as a block of its own."""
    cells = [cell.strip() for cell in row]
    if any(len(cell.split()) > _TABLE_VALUE_MAX_WORDS for cell in cells):
        return [cell for cell in cells if cell]
    pairs = []
    for at, cell in enumerate(cells):
        value = cell.rstrip(".;")
        if not value:
            continue
        name = header[at].strip().rstrip(":") if at < len(header) else ""
        pairs.append(f"{name}: {value}" if name and name.lower() != value.lower() else value)
    return [f"{'; '.join(pairs)}."] if pairs else []


_HTML_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "details", "blockquote", "td",
                    "th", "tr", "table", "section", "article", "figcaption", "dt", "dd", "br", "center"}


def _html_block_text(html: str) -> list[str]:
    """The text of a raw HTML block in Markdown (`<p align="center">...</p>`, `<details>`), one
    block per block element; scripts, styles and comments have none."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return []
    for hidden in root.xpath(".//script|.//style"):
        hidden.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _HTML_BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", root.text_content()) if part.strip()]


def _inline_text(children) -> str:
    out = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            out.append(_inline_text(child.children or []))
        elif child.type == "html_inline" and re.match(r"<br\b", child.content, re.IGNORECASE):
            out.append(" ")
        # emphasis and link markers, footnote markers, other inline HTML tags: no text of their own
    return "".join(out)


_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_SECTION_NUMBER = re.compile(r"^\(?(?:\d{1,3}|[a-z])[.)]\s+(?=\S)")  # what qa_bot.segment reads as a list marker
_BULLET = re.compile(r"^\s*(?:[-•*▪◦]|(?P<number>\d{1,3})[.)])\s+")
# A press release's or an agency story's dateline, which starts its first paragraph: "London -
# British phone maker ...", "OSLO, 30 June (Reuters) - ...".
_DATELINE = re.compile(r"^[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2}(?:,\s+[^-–—\n]{3,40})?"
                       r"\s+[-–—]\s+[A-Z]")


# A page number as a line of its own: "7", "- 7 -", "Page 7", "Page 7 of 12", "7 / 12".
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$", re.IGNORECASE)
_EDGE_LINES = 3  # how far into a page's top and bottom a running header or footer may sit


_SPACE_RUN = re.compile(r"[ \t]{2,}")


def pdf_pages_to_text(pages: list[str]) -> str:
    """A PDF's text from its pages' text: running headers and footers (a line repeated at the top
    or bottom of pages, digits aside) and page numbers dropped, then the pages read as one run
    of lines, so that a sentence broken by a page break is whole again. A justified line's
    stretched gaps come out of the extraction as runs of spaces ("The  number  of  written"):
    each is one space, as the reader sees it."""
    lines_of = [[_SPACE_RUN.sub(" ", line.strip()) for line in page.splitlines()] for page in pages]

    def edges(lines: list[str]) -> set[int]:
        filled = [i for i, line in enumerate(lines) if line]
        return set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])

    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", line.lower())

    edges_of = [edges(lines) for lines in lines_of]
    pages_with: dict[str, int] = {}
    for lines, at_edge in zip(lines_of, edges_of):
        for form in {shape(lines[i]) for i in at_edge}:
            pages_with[form] = pages_with.get(form, 0) + 1
    kept = []
    for lines, at_edge in zip(lines_of, edges_of):
        furniture = {i for i in at_edge if pages_with[shape(lines[i])] >= 2 or _PAGE_NUMBER.match(lines[i])}
        body = [line for i, line in enumerate(lines) if i not in furniture]
        while body and not body[-1]:
            body.pop()  # a page's end is no paragraph's end: the next page decides
        kept.extend(body[next((i for i, line in enumerate(body) if line), len(body)):])
    return join_wrapped_lines("\n".join(kept))


def join_wrapped_lines(page: str) -> str:
    """A PDF page's text with layout line breaks removed: a line joins the next unless it ends
    a paragraph (sentence-final punctuation on a short line), stands alone (a heading: short, no
    final punctuation) or the next starts a list item. Words hyphenated across lines are rejoined."""
    lines = [line.strip() for line in page.splitlines()]
    # A full line's width: the upper quartile, not the median, since in news paragraphs of two or
    # three lines the short last lines can be half of them, and a headline then passes for full.
    widths = [len(line) for line in lines if len(line) > 20]
    full = statistics.quantiles(widths, n=4)[2] if len(widths) > 1 else widths[0] if widths else 80
    out: list[str] = []
    last_number = 0  # of the numbered list item read last
    for i, line in enumerate(lines):
        if not line:
            if out and out[-1] != "\n\n":
                out.append("\n\n")
            continue
        bullet = _BULLET.match(line)
        number = int(bullet["number"]) if bullet and bullet["number"] else None
        if out and out[-1] not in ("\n\n", ""):
            previous = lines[i - 1]
            ends = bool(_SENTENCE_END.search(previous))
            capital = line[:1].isupper() or line[:1].isdigit() or line[:1] in "“\"‘'"
            heading = not ends and len(previous) < 0.75 * full and capital
            paragraph_end = ends and len(previous) < 0.85 * full
            following = lines[i + 1] if i + 1 < len(lines) else ""
            # A full line that ends no sentence runs on into the next, however short it is and
            # like a heading it looks ("... carried out on 10 and 11" / "March 2026").
            runs_on = not ends and len(previous) >= 0.85 * full
            # A number that starts a line after one that runs on is the rest of a figure ("on
            # 01530 412" / "877. A booking ..."), unless it numbers the next item of a list.
            item = bullet is not None and not (runs_on and number is not None and number != last_number + 1)
            # A label alone on its line is read with the line under it ("Media contact:" / "Hannah
            # Boyd, press@..."), or starts a paragraph when a list follows it ("Key features:").
            if LABEL_LINE.match(previous) and not item:
                out.append("\n")
            elif heading or paragraph_end or item or (_looks_like_heading(line, full) and not runs_on) or \
                    _DATELINE.match(line) or (LABEL_LINE.match(line) and _BULLET.match(following)):
                out.append("\n\n")
            elif previous.endswith("-") and line[:1].islower():
                out[-1] = out[-1][:-1]  # "exam-" + "ple"
            else:
                out.append(" ")
        if number is not None and (not out or out[-1] != " "):  # not joined on to the line before
            last_number = number
        out.append(line)
    return "".join(out).strip()


def _looks_like_heading(line: str, full: float) -> bool:
    return len(line) < 0.6 * full and not _SENTENCE_END.search(line) and line[:1].isupper() and len(line.split()) <= 12
