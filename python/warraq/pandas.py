"""The pandas accessor: ``series.warraq``.

One row per mention, keyed by the original index and the mention's number within its row (like
``Series.str.extractall``), with nullable dtypes:

>>> import pandas as pd
>>> import warraq.pandas  # registers the accessor (done by `import warraq` when pandas is installed)
>>> s = pd.Series(["First. Second.", "Only one"], index=["a", "b"])
>>> s.warraq.sentences()[["start", "end", "text"]]  # doctest: +SKIP
         start  end     text
  match
a 0          0    6   First.
  1          7   14  Second.
b 0          0    8 Only one

Rows whose value is missing (None/NaN) give no mentions; any other non-string raises TypeError.
The texts are analyzed in parallel with the GIL released (see ``warraq.analyze_many``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

import warraq
from warraq._warraq import _analyze_columns

# Fields per layer, in column order, with their pandas dtypes: every field of the layer's value class
# (tests/python/test_pandas.py checks that none is left out). Spans (`stem`, `speaker_span`, ...) are
# `(start, end)` tuples or None; `linked` is the `match` number of the linked mention in the same row.
_FIELDS: dict[str, dict[str, str]] = {
    "runs": {"start": "Int64", "end": "Int64", "text": "string", "script": "string",
             "direction": "string", "lang": "string"},
    "sentences": {"start": "Int64", "end": "Int64", "text": "string", "lang": "string"},
    "tokens": {"start": "Int64", "end": "Int64", "text": "string", "kind": "string", "script": "string",
               "lang": "string", "stem": "object"},
    "dates": {"start": "Int64", "end": "Int64", "text": "string", "calendar": "string", "year": "Int64",
              "month": "Int64", "day": "Int64", "precision": "string", "iso": "string", "hijri": "string",
              "method": "string", "ambiguous": "boolean", "inferred": "boolean",
              "gregorian_start": "string", "gregorian_end": "string", "linked": "Int64", "agrees": "boolean",
              "alternative": "string", "part": "string"},
    "quotes": {"start": "Int64", "end": "Int64", "text": "string", "kind": "string", "lang": "string",
               "closed": "boolean", "speaker": "string", "cue": "string", "source": "string",
               "source_date": "string", "verse": "object", "speaker_span": "object", "cue_span": "object",
               "source_span": "object", "speaker_resolved": "boolean"},
}


def _texts(series: pd.Series) -> tuple[list[Any], list[str]]:
    keys, texts = [], []
    for key, value in series.items():
        if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
            continue
        if not isinstance(value, str):
            raise TypeError(f"series.warraq: the value at index {key!r} must be str, not "
                            f"{type(value).__name__}: {value!r:.60}")
        keys.append(key)
        texts.append(value)
    return keys, texts


@pd.api.extensions.register_series_accessor("warraq")
class WarraqAccessor:
    """``series.warraq.<layer>(**analyze_options)`` → one row per mention."""

    def __init__(self, series: pd.Series) -> None:
        self._s = series

    def analyze(self, **options: Any) -> pd.Series:
        """A Series of `Document`, same index; missing values stay missing."""
        keys, texts = _texts(self._s)
        docs = warraq.analyze_many(texts, **options)
        out = pd.Series([None] * len(self._s), index=self._s.index, dtype="object", name=self._s.name)
        for k, d in zip(keys, docs):
            out.at[k] = d
        return out

    def _layer(self, layer: str, options: dict[str, Any]) -> pd.DataFrame:
        keys, texts = _texts(self._s)
        # One layer of every text as columns, computed in parallel without span objects.
        cols = _analyze_columns(texts, layer, **options)
        fields = _FIELDS[layer]
        names = [self._s.index.name, "match"]
        rows = cols["row"]
        if rows:
            match: list[int] = []
            prev, n = -1, 0
            for r in rows:
                n = n + 1 if r == prev else 0
                prev = r
                match.append(n)
            index = pd.MultiIndex.from_arrays([[keys[r] for r in rows], match], names=names)
        else:
            index = pd.MultiIndex.from_arrays(
                [pd.Index([], dtype=self._s.index.dtype), pd.Index([], dtype="int64")], names=names)
        return pd.DataFrame({f: pd.array(cols[f], dtype=t) for f, t in fields.items()}, index=index)

    def runs(self, **options: Any) -> pd.DataFrame:
        """Script runs: start, end, text, script, direction, lang."""
        return self._layer("runs", options)

    def sentences(self, **options: Any) -> pd.DataFrame:
        """Sentences: start, end, text, lang."""
        return self._layer("sentences", options)

    def tokens(self, **options: Any) -> pd.DataFrame:
        """Tokens: start, end, text, kind, script, lang."""
        return self._layer("tokens", options)

    def dates(self, **options: Any) -> pd.DataFrame:
        """Date mentions: start, end, text, calendar, year, month, day, precision, iso, hijri, ..."""
        return self._layer("dates", options)

    def quotes(self, **options: Any) -> pd.DataFrame:
        """Quotes: start, end, text, kind, lang, closed, speaker, cue, source, source_date, verse."""
        return self._layer("quotes", options)

    def normalize(self, **options: Any) -> pd.Series:
        """`warraq.normalize` on each value; missing values stay missing."""
        out = self._s.astype("object").copy()
        keys, texts = _texts(self._s)
        for k, t in zip(keys, texts):
            out.at[k] = warraq.normalize(t, **options)
        return out.astype("string")
