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

# --- the document and errors
from warraq._warraq import (
    Document,
    InvalidDateError,
    InvalidOptionError,
    WarraqError,
    __version__,
    _after_fork_in_child,
    analyze,
    analyze_many,
)

# --- text layer
from warraq._warraq import Run, normalize

# --- segmentation layer
from warraq._warraq import Sentence, Token

# --- dates layer
from warraq._warraq import DateMention, HijriDate, gregorian_to_hijri, hijri_to_gregorian

# --- quotes layer
from warraq._warraq import Quote, quran_reference

# rayon's worker threads do not survive fork(): a child forked after a parallel batch (PySpark,
# multiprocessing with "fork") runs its batches on the calling thread instead of hanging.
if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_after_fork_in_child)

__all__ = sorted(n for n in dir() if not n.startswith("_") and n != "annotations") + ["__version__"]
