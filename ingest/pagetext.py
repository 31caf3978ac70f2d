"""Visible text of an HTML page in one pass over the markup, with no tree: time linear in the page's size.

Why not BeautifulSoup or `html.parser`: building a tree and inserting line breaks around thousands of sibling
paragraphs is quadratic (a 1 MB statute page took 93 s), and Python 3.11's `html.parser` rescans unterminated
tags ("<a<a<a...") from the start, which is quadratic as well. Here every character is looked at a bounded number
of times: text runs up to the next "<", a tag up to the next ">", a comment up to "-->", a script or style up to
its end tag; whatever is unterminated at the end of the page is dropped (as HTML5 does).

What is kept: the text of the body, one block element per line so "(a)" and "Sec. 2." start lines for
`ingest.chunk`; scripts, styles, navigation, headers, footers, forms and elements with a navigation/banner/footer
role are dropped.

This file imports only the standard library, so `ingest.extract` runs it as a script in a child process with
memory, CPU and wall-clock limits (`python -I pagetext.py MEMORY CPU < page.html`), as it does for PDFs.
"""

from __future__ import annotations

import codecs
import html
import re

# Elements whose text is never statute text: code, styling, menus, page furniture, forms, the <head>.
DROP = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg",
                  "iframe", "button", "select", "head", "title", "object", "canvas", "math"})
DROP_ROLES = re.compile(r"""\brole\s*=\s*["']?\s*(?:navigation|banner|contentinfo)\b""", re.I)
# Elements that end a line.
BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "dd", "dt", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                   "table", "section", "article", "blockquote", "pre", "main", "hr", "td", "th", "body", "caption",
                   "figcaption", "address", "center", "tbody", "thead"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr", "keygen"})
RAW = frozenset({"script", "style", "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext", "title"})

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]{0,40})")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.I)
_RAW_END = {name: re.compile(rf"</{name}\s*>", re.I) for name in RAW}


def decode(data: bytes, declared: str = "") -> str:
    """Bytes -> text: a byte-order mark, then the declared charset (header, then <meta>), then UTF-8, else
    Windows-1252 (what browsers assume for undeclared Latin text); never fails."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    found = _META_CHARSET.search(data[:4096])
    for name in (declared, found.group(1).decode("ascii") if found else ""):
        if not name:
            continue
        try:
            return data.decode(codecs.lookup(name).name)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def visible_text(page: str) -> str:
    """The page's visible body text with a line break at each block element (not yet tidied)."""
    out: list[str] = []
    emit = out.append
    find, unescape, match_tag = page.find, html.unescape, _TAG.match
    skipping: list[str] = []  # open elements inside a dropped one (a small tree of the dropped region only)
    open_count: dict[str, int] = {}
    i, n = 0, len(page)
    while i < n:
        j = find("<", i)
        if j < 0:
            j = n
        if j > i and not skipping:
            text = page[i:j]
            emit(unescape(text) if "&" in text else text)
        i = j
        if i >= n:
            break
        after = page[i + 1:i + 2]
        if after == "!" or after == "?":
            if page.startswith("<!--", i):
                end = find("-->", i + 4)
                i = n if end < 0 else end + 3
            else:
                end = find(">", i + 2)
                i = n if end < 0 else end + 1
            continue
        tag = match_tag(page, i)
        if tag is None:  # a lone "<" is text
            if not skipping:
                emit("<")
            i += 1
            continue
        end = find(">", tag.end())
        if end < 0:
            break  # a tag cut off by the end of the page: dropped
        closing, name = tag.group(1), tag.group(2).lower()
        attrs = page[tag.end():end]
        i = end + 1
        if closing:
            if skipping and open_count.get(name):
                while skipping:
                    top = skipping.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            if not skipping and name in BLOCK:
                emit("\n")
            continue
        if name == "body":  # the head ends here even if it was never closed
            skipping.clear()
            open_count.clear()
        if skipping or name in DROP or (attrs and DROP_ROLES.search(attrs)):
            if name not in VOID and not attrs.endswith("/"):
                skipping.append(name)
                open_count[name] = open_count.get(name, 0) + 1
        elif name in BLOCK:
            emit("\n")
        if name in RAW:  # its content is text up to its end tag, never markup
            raw_end = _RAW_END[name].search(page, i)
            stop = n if raw_end is None else raw_end.start()
            if not skipping:
                emit(unescape(page[i:stop]))
            i = stop
    return "".join(out)


def main() -> None:
    """Child-process entry: stdin is the page, argv is (memory bytes, CPU seconds, declared charset)."""
    import json
    import resource
    import sys

    memory, cpu = int(sys.argv[1]), int(sys.argv[2])
    declared = sys.argv[3] if len(sys.argv) > 3 else ""
    data = sys.stdin.buffer.read()
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        answer = json.dumps({"text": visible_text(decode(data, declared))})
    except MemoryError:
        answer = json.dumps({"error": "memory"})
    except Exception as exc:  # report, never hang: the parent turns this into an IngestError naming the file
        answer = json.dumps({"error": f"{type(exc).__name__}: {exc}"[:300]})
    sys.stdout.write(answer)


if __name__ == "__main__":
    main()
