"""The README's Python examples run as written, and say what they claim."""

from __future__ import annotations

import datetime as dt
import pathlib
import re

README = pathlib.Path(__file__).resolve().parents[2] / "README.md"


def test_readme_python_blocks_run(capsys):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) >= 2
    ns: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, str(README), "exec"), ns)  # noqa: S102 - our own README
    import warraq

    assert warraq.hijri_to_gregorian(1443, 6, 12) == dt.date(2022, 1, 15)
    h = warraq.gregorian_to_hijri("2022-01-15")
    assert (h.year, h.month, h.day) == (1443, 6, 12)
    assert warraq.normalize("كـــتاب", return_map=True) == ("كتاب", [0, 4, 5, 6, 7])
    assert warraq.normalize("الْعَرَبِيَّة ٢٠٢٢") == "العربية 2022"
    doc = ns["doc"]
    isos = {d.iso for d in doc.dates}
    assert {"2022-01-06", "2022-01-07", "2022-01-15"} <= isos
