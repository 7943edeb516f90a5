"""HTML pages: the main text and metadata by trafilatura; the rest of the page kept in `removed`.

trafilatura finds the article in the page (and its title, date, url, author, site). What it leaves
out is not dropped silently: every block of visible text that is not part of the main text is
listed in `removed`, with a reason read off the element it sits in (nav → navigation, footer →
footer, figcaption → caption, ...).
"""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml import etree

from tidings.records import Article, Failure, Removed
from tidings.sources.base import Input, article_id, decode, normalise_date

_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "td", "th", "dd",
           "dt", "blockquote", "pre", "address", "div", "section", "article", "aside", "nav",
           "footer", "header", "figure", "ul", "ol", "table", "tr", "form", "main", "body", "button", "option"}
_INVISIBLE = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
# Element names, and words in class or id attributes, that tell why a block is not article text.
_REASON_BY_TAG = {"nav": "navigation", "footer": "footer", "header": "heading", "figcaption": "caption",
                  "caption": "caption", "aside": "advertisement", "address": "byline", "menu": "navigation",
                  "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
                  "h6": "heading", "time": "metadata"}
_REASON_BY_CLASS = [
    (re.compile(r"caption|credit", re.I), "caption"),
    (re.compile(r"byline|author", re.I), "byline"),
    (re.compile(r"\bads?\b|advert|sponsor|promo|banner", re.I), "advertisement"),
    (re.compile(r"foot|copyright|legal", re.I), "footer"),
    (re.compile(r"nav|menu|breadcrumb|share|social|related|tags?\b", re.I), "navigation"),
    (re.compile(r"date|time|meta", re.I), "metadata"),
]
_SPACE = re.compile(r"\s+")
MIN_WORDS = 8  # fewer words than a one-line news brief: not an article


def read_html(raw: bytes, *, origin: str) -> Input | Failure:
    """The article in an HTML file, or a Failure when the page has no main text."""
    decoded = decode(raw, origin)
    if isinstance(decoded, Failure):
        return decoded
    html, warnings = decoded
    return read_html_text(html, origin=origin, article_id=article_id(raw), warnings=warnings)


def read_html_text(html: str, *, origin: str, article_id: str, published: str | None = None,
                   meta: dict[str, str] | None = None, warnings: tuple[str, ...] = ()) -> Input | Failure:
    """The article in an HTML page given as text; `published` and `meta` override the page's own."""
    try:
        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False)
    except (ValueError, TypeError, etree.LxmlError) as exc:
        return Failure(origin, f"unreadable HTML: {exc}", article_id)
    doc = found.as_dict() if found is not None else {}
    # trafilatura puts one paragraph per line; tidings separates paragraphs with a blank line.
    body = "\n\n".join(line.strip() for line in (doc.get("text") or "").splitlines() if line.strip())
    # On a page with no article, trafilatura's fallbacks return whatever text there is (a menu).
    if len(body.split()) < MIN_WORDS:
        return Failure(origin, "no main text found in the HTML page", article_id)
    meta = dict(meta or {})
    page_date = normalise_date(doc.get("date"))
    article = Article(
        id=article_id,
        url=meta.get("url") or doc.get("url"),
        title=meta.get("title") or doc.get("title"),
        source=meta.get("source") or doc.get("sitename") or doc.get("hostname"),
        published=published or page_date,
        dateline=meta.get("dateline"),
        language=meta.get("language") or doc.get("language") or "en",
        author=meta.get("author") or doc.get("author"),
    )
    if article.published is None:
        warnings += ("no publication date: relative dates left unresolved",)
    return Input(origin, article, body, removed=page_chrome(html, body), warnings=warnings)


def page_chrome(html: str, body: str) -> tuple[Removed, ...]:
    """The page's visible text blocks that are not in `body`, each with the reason it was left out."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ()
    kept = _SPACE.sub(" ", body)
    out: list[Removed] = []
    seen: set[str] = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _INVISIBLE or _hidden(el):
            continue
        if el.tag == "title":
            text = _SPACE.sub(" ", el.text_content()).strip()
            if text and text not in seen:
                seen.add(text)
                out.append(Removed(text, "metadata", rule="html.title"))
            continue
        if el.tag not in _BLOCKS:
            continue
        text = _SPACE.sub(" ", _own_text(el)).strip()
        if not text or text in seen or text in kept:
            continue
        seen.add(text)
        out.append(Removed(text, _reason(el), rule="html.chrome"))
    return tuple(out)


def _own_text(el) -> str:
    """The visible text of a block element outside its nested blocks (inline elements included)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _BLOCKS and child.tag not in _INVISIBLE:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join(parts)


def _hidden(el) -> bool:
    return any(a.tag in _INVISIBLE for a in el.iterancestors() if isinstance(a.tag, str))


def _reason(el) -> str:
    for node in [el, *el.iterancestors()]:
        if not isinstance(node.tag, str):
            continue
        if node.tag in _REASON_BY_TAG:
            return _REASON_BY_TAG[node.tag]
        attrs = f"{node.get('class', '')} {node.get('id', '')} {node.get('role', '')}"
        for pattern, reason in _REASON_BY_CLASS:
            if pattern.search(attrs):
                return reason
    return "navigation"
