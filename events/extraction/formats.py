"""What an article file holds: plain text (UTF-8 or UTF-16), an HTML page (its story kept), or a format refused by name."""

from __future__ import annotations

import logging
import re

from events.extraction.errors import ArticleError
from events.extraction.text import decode

# Fewer characters of text than this (spaces aside) is no article: a stray byte, a title, a truncated download.
MIN_TEXT_CHARS = 40

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# A page starts with markup: a doctype, <html>, <head> or <body>, maybe after an XML declaration or comments.
_HTML_START = re.compile(rb"\A(?:\s|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)

# Magic bytes of the formats people save articles in by mistake, and what to tell them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office 97-2003 document (DOC/XLS)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "an executable (ELF)"),
)
# Inside a ZIP container, the member names say which document it is.
_ZIP_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"word/", "a Word document (DOCX)"),
    (b"xl/", "an Excel workbook (XLSX)"),
    (b"ppt/", "a PowerPoint presentation (PPTX)"),
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text (ODT)"),
    (b"application/epub+zip", "an EPUB book"),
)


def refused_format(raw: bytes) -> str:
    """The name of a non-text format the bytes are in ("a PDF document"), or "" for text and HTML."""
    for magic, name in _MAGIC:
        if raw.startswith(magic):
            return name
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return "a WebP image"
    if raw[4:12] in (b"ftypheic", b"ftypheix", b"ftypavif", b"ftypmif1"):
        return "an HEIC/AVIF image"
    if raw.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        head = raw[:4096]
        return next((name for marker, name in _ZIP_KINDS if marker in head), "a ZIP archive")
    return ""


def is_html(name: str, raw: bytes) -> bool:
    """An HTML page, by its extension or by markup at its start (a .txt saved from a browser is one too)."""
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = raw[:4096]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return bool(_HTML_START.match(head))


def html_text(raw: bytes) -> str:
    """The story of a news page as plain text, one paragraph a line: title and body, without scripts, styles,
    menus, sharing bars, comments or footers (trafilatura, made for news pages). A publication date found in the
    page's metadata opens the text as a `date YYYY-MM-DD` line, the header the extraction reads."""
    import trafilatura

    # Its loggers report every page it finds thin ("discarding data"); the one line an ingest prints is ours.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    document = trafilatura.bare_extraction(
        raw, include_comments=False, include_tables=True, include_images=False, include_links=False,
        with_metadata=True, date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (document.text or "").strip() if document is not None else ""
    if not text:
        # Too little markup for the main-content heuristics (a bare fragment): the text of the markup instead.
        text = _fragment_text(raw)
    if not text:
        raise ArticleError("HTML page without article text (only scripts, menus or markup)")
    date = getattr(document, "date", None) if document is not None else None
    if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        text = f"date {date}\n{text}"
    return text + "\n"


_DROPPED = "//script|//style|//noscript|//template|//nav|//header|//footer|//aside|//form"
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote", "article", "section")


def _fragment_text(raw: bytes) -> str:
    """The text of an HTML fragment (no <html>, no <body>), one block a line, without scripts, menus or comments."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(raw)
    except (etree.ParserError, ValueError):
        return ""
    for element in tree.xpath(_DROPPED):
        element.drop_tree()
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def article_text(name: str, raw: bytes) -> str:
    """The text of an article file as Source.text stores it; ArticleError names what is wrong with it."""
    if not raw.strip():
        raise ArticleError("empty file")
    refused = refused_format(raw)
    if refused:
        raise ArticleError(f"unsupported format: {refused}; only plain text (UTF-8 or UTF-16) and HTML are read")
    text = html_text(raw) if is_html(name, raw) else decode(raw)
    visible = sum(1 for ch in text if not ch.isspace())
    if visible < MIN_TEXT_CHARS:
        raise ArticleError(
            f"too short to be an article: {visible} characters of text, at least {MIN_TEXT_CHARS}"
        )
    return text
