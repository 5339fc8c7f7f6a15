"""Shared strategies and fixtures for warraq's Python tests."""

from __future__ import annotations

from hypothesis import strategies as st

# Characters our users' text is made of, and the ones that break naive code: Latin, Arabic letters,
# harakat, tatweel, Arabic-Indic and Persian digits, quote marks, brackets, sentence punctuation,
# emoji (astral, 2 UTF-16 units, 4 UTF-8 bytes), ZWJ, bidi controls, newlines.
ALPHABET = (
    "abcXYZ .,;:!?-'\"()[]{}/\n\t0123456789"
    "قالوزيرفيبيانالمحليةأإآىةـ"
    "\u064e\u064f\u0650\u0651\u0652\u0670"  # harakat, shadda, sukun, superscript alef
    "٠١٢٣٤٥٦٧٨٩۴۵٫٬،؛؟۔"
    "“”‘’«»﴿﴾…"
    "😀👍🏽\u200d\u200c\u200e\u200f\u202a\u202b\u202c\u2066\u2069\u061c"
    "پچژگکیٹڈڑںے"
    "é\u0301中文"
)

mixed_text = st.text(alphabet=ALPHABET, max_size=300)

# Words and fragments in the genre, so generated text has sentences, dates and quotes to find.
FRAGMENTS = [
    "Dr. ", "U.S. ", "said: ", "“", "”", "«", "»", " (RT 8/1/2022)", "[Al-Hajj: 40]", "12 Jumada II 1443 AH",
    " 15/01/2022 CE", "قال الوزير: ", "د. ", "١٥/٠١/٢٠٢٢", "\n\n", "1- ", "a- ", "March 2019", "… ", ". ",
    "? ", "؟ ", "هـ", "الموافق", "Rabi' al-Awwal", "Kazakhstan’s ", "(", ")", "[", "]", " 2500 soldiers ",
]
genre_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=ALPHABET, max_size=8)),
                      max_size=40).map("".join)
