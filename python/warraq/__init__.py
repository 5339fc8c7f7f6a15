"""warraq: reads English, Arabic and mixed English/Arabic text.

Script runs, tokens, sentences, Gregorian and Hijri dates, and quotes with their speakers,
outlets and dates, from one call:

>>> import warraq
>>> doc = warraq.analyze("Cairo (Arabic: القاهرة) is old.")
>>> [r.text for r in doc.runs if r.script == "Arabic"]
['القاهرة']

Offsets are Python string indices: ``doc.text[s.start:s.end] == s.text`` for every span.
"""

from __future__ import annotations

import os as _os

from warraq._warraq import (
    DateMention,
    Document,
    HijriDate,
    InternalError,
    InvalidDateError,
    InvalidOptionError,
    Quote,
    Run,
    Sentence,
    Token,
    WarraqError,
    __version__,
    _after_fork_in_child,
    analyze,
    analyze_many,
    gregorian_to_hijri,
    gregorian_to_hijri_many,
    hijri_in_gregorian_year,
    hijri_month_bounds,
    hijri_month_length,
    hijri_month_name,
    hijri_table_years,
    hijri_to_gregorian,
    hijri_to_gregorian_many,
    hijri_year_bounds,
    hijri_year_length,
    normalize,
    quran_reference,
    split_sentences,
    tokenize,
)

# rayon's worker threads do not survive fork(): a child forked after a parallel batch (PySpark,
# multiprocessing with "fork") runs its batches on the calling thread instead of hanging.
if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_after_fork_in_child)

__all__ = [
    # the document and errors
    "Document", "InternalError", "InvalidDateError", "InvalidOptionError", "WarraqError", "__version__",
    "analyze", "analyze_many",
    # text layer
    "Run", "normalize",
    # segmentation layer
    "Sentence", "Token", "split_sentences", "tokenize",
    # dates layer
    "DateMention", "HijriDate", "gregorian_to_hijri", "gregorian_to_hijri_many",
    "hijri_in_gregorian_year", "hijri_month_bounds",
    "hijri_month_length", "hijri_month_name", "hijri_table_years", "hijri_to_gregorian",
    "hijri_to_gregorian_many", "hijri_year_bounds", "hijri_year_length",
    # quotes layer
    "Quote", "quran_reference",
]

# The pandas accessor `series.warraq`, when pandas is installed.
try:
    import pandas as _pd  # noqa: F401
except ImportError:  # pragma: no cover - pandas is optional
    pass
else:
    import warraq.pandas as _pandas_accessor  # noqa: F401
