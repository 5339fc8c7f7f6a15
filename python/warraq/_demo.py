"""The built-in sample that `warraq demo` analyzes: written for this project, in the genre warraq
reads (translated commentary with Arabic, a Hijri dateline, cited quotes, a Quran reference)."""

SAMPLE = """\
Question:

Why did the talks in Doha resume so suddenly?

Answer:

1- The foreign ministry spokesman, Dr. Majed Hamdan, said on Tuesday that “the talks have entered a \
decisive phase, and all parties are committed to the ceasefire.” (Al-Jazeera Net 24/1/2023). He added, \
in Arabic: «إن المفاوضات دخلت مرحلةً حاسمة» (الجزيرة نت 24/1/2023).

2- The U.S. envoy described the proposal as “a serious start”, although the same file was frozen in \
March 2019 and reopened in 2022. According to the statement of the mediation committee: [“The \
committee met the delegations on 23/1/2023 and will meet them again next week.” (Reuters 25/1/2023)]

[وَاعْتَصِمُوا بِحَبْلِ اللَّهِ جَمِيعًا وَلَا تَفَرَّقُوا]

“And hold firmly to the rope of Allah all together and do not become divided” [Aal-Imran: 103]

3 Rajab 1444 AH – 25/01/2023 CE
"""
