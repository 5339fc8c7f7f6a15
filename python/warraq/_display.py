"""HTML rendering of a Document for Jupyter (`Document._repr_html_`).

Paragraphs get ``dir="auto"`` so Arabic paragraphs read right to left; Arabic runs inside an
English paragraph are wrapped in ``<bdi>`` so their punctuation does not jump around. Dates are
highlighted, quotes underlined, and both are listed in tables below the text.
"""

from __future__ import annotations

import html
from typing import Any

MAX_CHARS = 20_000
STYLE = (
    "<style>.wq mark.d{background:#fde68a}.wq span.q{border-bottom:2px solid #60a5fa}"
    ".wq table{border-collapse:collapse;margin-top:.5em}.wq td,.wq th{border:1px solid #ddd;"
    "padding:2px 6px;text-align:start}</style>"
)


def _marked_text(doc: Any) -> str:
    text = doc.text[:MAX_CHARS]
    # Events at code-point positions: opening and closing tags, nested properly because quotes
    # are opened before and closed after any date inside them.
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for q in doc.quotes:
        opens.setdefault(q.start, []).append('<span class="q">')
        closes.setdefault(q.end, []).insert(0, "</span>")
    for d in doc.dates:
        opens.setdefault(d.start, []).append(f'<mark class="d" title="{html.escape(str(d.iso))}">')
        closes.setdefault(d.end, []).insert(0, "</mark>")
    for r in doc.runs:
        if r.direction == "rtl":
            opens.setdefault(r.start, []).insert(0, "<bdi>")
            closes.setdefault(r.end, []).append("</bdi>")
    out: list[str] = []
    for i, ch in enumerate(text):
        out.extend(closes.get(i, ()))
        out.extend(opens.get(i, ()))
        out.append("<br>" if ch == "\n" else html.escape(ch))
    out.extend(closes.get(len(text), ()))
    return "".join(out)


def _table(rows: list[Any], fields: tuple[str, ...]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{f}</th>" for f in fields)
    body = "".join(
        "<tr>" + "".join(f'<td dir="auto">{html.escape(str(getattr(r, f)))}</td>' for f in fields) + "</tr>"
        for r in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def document_html(doc: Any) -> str:
    """The HTML shown for a Document in Jupyter."""
    note = "" if len(doc.text) <= MAX_CHARS else f"<p>(first {MAX_CHARS} characters shown)</p>"
    return (
        f'{STYLE}<div class="wq"><div dir="auto" style="white-space:normal">{_marked_text(doc)}</div>{note}'
        + _table(doc.dates, ("text", "calendar", "precision", "iso", "hijri", "method"))
        + _table(doc.quotes, ("kind", "speaker", "cue", "source", "source_date", "text"))
        + "</div>"
    )
