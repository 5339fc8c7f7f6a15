//! Quran references: `[Al-Hajj: 40]`, `[22:40]`, `(البقرة: 255)`, `[Al-Baqarah 2:255-257]`,
//! `سورة الحج، الآية 40`, `Surah al-Hajj, verse 40`, validated against each surah's ayah count.

use crate::text::normalize::arabic_digit_value;
use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

const SURAHS: &str = include_str!("../../data/quotes/surahs.tsv");

/// One surah of the table.
#[derive(Clone, Debug)]
pub struct Surah {
    pub number: u16,
    pub arabic: &'static str,
    pub ayahs: u16,
    pub english: Vec<&'static str>,
}

struct Table {
    surahs: Vec<Surah>,
    by_name: HashMap<String, u16>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut surahs = Vec::with_capacity(114);
        let mut by_name = HashMap::new();
        for line in SURAHS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(n), Some(ar), Some(count)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let (Ok(number), Ok(ayahs)) = (n.trim().parse::<u16>(), count.trim().parse::<u16>())
            else {
                continue;
            };
            let english: Vec<&'static str> = cols
                .next()
                .map(|e| {
                    e.split(';')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            by_name.entry(norm_arabic(ar)).or_insert(number);
            for e in &english {
                by_name.entry(norm_latin(e)).or_insert(number);
            }
            surahs.push(Surah {
                number,
                arabic: ar,
                ayahs,
                english,
            });
        }
        Table { surahs, by_name }
    })
}

/// The surah table (114 entries, in order).
pub fn surahs() -> &'static [Surah] {
    &table().surahs
}

/// The surah a name denotes (Arabic or an English transliteration), if any.
pub fn surah_by_name(name: &str) -> Option<u16> {
    let t = table();
    let key = if name.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        norm_arabic(name)
    } else {
        norm_latin(name)
    };
    if key.is_empty() {
        return None;
    }
    t.by_name.get(&key).copied()
}

/// The number of ayat of surah `n`.
pub fn ayah_count(n: u16) -> Option<u16> {
    table()
        .surahs
        .get(usize::from(n).checked_sub(1)?)
        .map(|s| s.ayahs)
}

fn fold_latin(c: char) -> Option<char> {
    Some(match c {
        'ā' | 'á' | 'à' | 'â' | 'Ā' | 'Á' => 'a',
        'ī' | 'í' | 'Ī' => 'i',
        'ū' | 'ú' | 'Ū' => 'u',
        'ḥ' | 'Ḥ' => 'h',
        'ṣ' | 'Ṣ' => 's',
        'ḍ' | 'Ḍ' => 'd',
        'ṭ' | 'Ṭ' => 't',
        'ẓ' | 'Ẓ' => 'z',
        'ʿ' | 'ʾ' | '\'' | '’' | '‘' | '`' => return None,
        '‑' | '–' => '-',
        c => c.to_ascii_lowercase(),
    })
}

/// Latin transliteration key: lowercase ASCII letters only, the article dropped, doubled
/// letters and long-vowel spellings collapsed (`Al-Ḥajj`, `al Hajj`, `Hajj`, `Haj` → `haj`).
pub(crate) fn norm_latin(s: &str) -> String {
    let folded: String = s.trim().chars().filter_map(fold_latin).collect();
    let mut t = folded.as_str();
    for p in ["surah ", "surat ", "sura ", "soorah ", "the ", "holy "] {
        if let Some(r) = t.strip_prefix(p) {
            t = r.trim_start();
        }
    }
    for art in [
        "adh", "ath", "ash", "al", "an", "at", "ad", "ar", "as", "az", "el", "ul",
    ] {
        if let Some(r) = t.strip_prefix(art) {
            if r.starts_with(['-', ' ']) {
                t = r.trim_start_matches(['-', ' ']);
                break;
            }
        }
    }
    let letters: Vec<char> = t.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    let mut out = String::with_capacity(letters.len());
    let mut prev = '\0';
    for &c in &letters {
        if c == prev {
            continue;
        }
        out.push(c);
        prev = c;
    }
    let out = out.replace("ee", "i").replace("oo", "u").replace("ou", "u");
    let mut out = out;
    if out.len() > 3 && out.ends_with('h') {
        let b = out.as_bytes();
        if matches!(b[b.len() - 2], b'a' | b'i') {
            out.pop();
        }
    }
    out
}

/// Arabic key: harakat and tatweel removed, hamza-alef forms and ى folded, the word سورة dropped.
pub(crate) fn norm_arabic(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        if crate::text::normalize::is_arabic_diacritic(c) || c == '\u{0640}' {
            continue;
        }
        out.push(match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        });
    }
    let t = out.trim();
    let t = t.strip_prefix("سوره ").map(str::trim_start).unwrap_or(t);
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| arabic_digit_value(c).map_or(c, |d| char::from(b'0' + d)))
        .collect()
}

fn ref_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r"(?ix)^\s*
            (?:(?:the\s+)?(?:holy\s+)?(?:quran|qur'an|qur’an|koran|القرآن(?:\s+الكريم)?)\s*[,،:]?\s*)?
            (?P<name>[^\d:]*?)\s*[,،:.]?\s*
            (?:(?:verses?|ayahs?|ayat|aya|v\.|vv\.|الآية|الآيات|الاية|الايات|آية|اية)\s*)?
            (?:(?P<s>\d{1,3})\s*[:.]\s*)?
            (?P<a>\d{1,3})(?:\s*[-–—]\s*(?P<b>\d{1,3}))?\s*\.?\s*$",
        )
        .expect("valid reference regex")
    })
}

/// Reads the content of a bracket or parenthesis as a Quran reference: `(surah, first, last)`.
pub fn parse_reference(content: &str) -> Option<(u16, u16, u16)> {
    if content.len() > 80 {
        return None;
    }
    let c = ascii_digits(content);
    let m = ref_re().captures(&c)?;
    let name = m.name("name").map(|x| x.as_str().trim()).unwrap_or("");
    let name =
        name.trim_matches(|ch: char| ch == ',' || ch == '،' || ch == ':' || ch.is_whitespace());
    let a: u16 = m.name("a")?.as_str().parse().ok()?;
    let b: u16 = match m.name("b") {
        Some(x) => x.as_str().parse().ok()?,
        None => a,
    };
    let by_name = if name.is_empty() {
        None
    } else {
        Some(surah_by_name(name)?)
    };
    let s = match (m.name("s"), by_name) {
        (Some(s), named) => {
            let s: u16 = s.as_str().parse().ok()?;
            if named.is_some_and(|n| n != s) {
                return None;
            }
            s
        }
        (None, Some(n)) => n,
        (None, None) => return None,
    };
    valid(s, a, b)
}

fn valid(s: u16, a: u16, b: u16) -> Option<(u16, u16, u16)> {
    let count = ayah_count(s)?;
    (a >= 1 && a <= b && b <= count).then_some((s, a, b))
}

/// References written out in running text: `سورة الحج، الآية 40`, `Surah al-Hajj, verse 40`,
/// `Surat Al-Baqarah 2:255`. Returns `(start, end, verse)` in byte offsets.
pub fn find_running_references(text: &str) -> Vec<(usize, usize, (u16, u16, u16))> {
    static R: OnceLock<Regex> = OnceLock::new();
    // anchors: `سور` and `sura` in any case; the regex runs only on a short window at each
    let b = text.as_bytes();
    let mut anchors: Vec<usize> = memchr::memmem::find_iter(b, "سور".as_bytes()).collect();
    let mut i = 0;
    while let Some(off) = memchr::memchr2(b'u', b'U', &b[i..]).map(|o| o + i) {
        i = off + 1;
        if off >= 1
            && matches!(b[off - 1], b's' | b'S')
            && b.get(off + 1..off + 3)
                .is_some_and(|r| r.eq_ignore_ascii_case(b"ra"))
        {
            let st = off - 1;
            if st == 0 || !b[st - 1].is_ascii_alphanumeric() {
                anchors.push(st);
            }
        }
    }
    if anchors.is_empty() {
        return Vec::new();
    }
    anchors.sort_unstable();
    let re = R.get_or_init(|| {
        Regex::new(
            r"^(?i)(?:(?:surah|surat|sura)\s+(?P<en>[\p{L}'’ʿ\-]+(?:[ \-][\p{L}'’ʿ]+)?)|سور[ةه]\s+(?P<ar>[\p{Arabic}&&\p{L}\p{M}]+(?:\s+[\p{Arabic}&&\p{L}\p{M}]+)?))\s*[,،:]?\s*(?:(?:verses?|ayahs?|ayat|aya|الآية|الآيات|الاية|الايات|آية|اية)\s*)?(?:\(\s*)?(?:(?P<s>[0-9٠-٩]{1,3})\s*:\s*)?(?P<a>[0-9٠-٩]{1,3})(?:\s*[-–]\s*(?P<b>[0-9٠-٩]{1,3}))?",
        )
        .expect("valid running reference regex")
    });
    let mut out = Vec::new();
    let mut done = 0;
    for anc in anchors {
        if anc < done {
            continue;
        }
        let mut e = (anc + 120).min(text.len());
        while !text.is_char_boundary(e) {
            e -= 1;
        }
        let Some(m) = re.captures(&text[anc..e]) else {
            continue;
        };
        let Some(w0) = m.get(0) else { continue };
        if w0.start() != 0 {
            continue;
        }
        done = anc + w0.end();
        let Some(whole) = m.get(0) else { continue };
        let name_m = m.name("en").or(m.name("ar"));
        let Some(name_m) = name_m else { continue };
        let num = |k: &str| {
            m.name(k)
                .and_then(|x| ascii_digits(x.as_str()).parse::<u16>().ok())
        };
        let Some(a) = num("a") else { continue };
        let b = num("b").unwrap_or(a);
        // a two-word Arabic name may have swallowed a following word: try both
        let mut surah = surah_by_name(name_m.as_str());
        if surah.is_none() {
            if let Some(first) = name_m.as_str().split_whitespace().next() {
                surah = surah_by_name(first);
            }
        }
        let Some(mut s) = surah else { continue };
        if let Some(sn) = num("s") {
            if sn != s {
                continue;
            }
            s = sn;
        }
        if let Some(v) = valid(s, a, b) {
            out.push((anc + whole.start(), anc + whole.end(), v));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_114_surahs_and_6236_ayat() {
        assert_eq!(surahs().len(), 114);
        let total: u32 = surahs().iter().map(|s| u32::from(s.ayahs)).sum();
        assert_eq!(total, 6236);
        for (i, s) in surahs().iter().enumerate() {
            assert_eq!(usize::from(s.number), i + 1);
        }
    }

    #[test]
    fn names_do_not_collide() {
        let mut seen: HashMap<String, u16> = HashMap::new();
        for s in surahs() {
            for e in &s.english {
                let k = norm_latin(e);
                if let Some(&o) = seen.get(&k) {
                    assert_eq!(o, s.number, "{e} ({k}) names {o} and {}", s.number);
                }
                seen.insert(k, s.number);
            }
            let k = norm_arabic(s.arabic);
            assert!(
                !seen.contains_key(&k) || seen[&k] == s.number,
                "{}",
                s.arabic
            );
            seen.insert(k, s.number);
        }
    }

    #[test]
    fn spellings_of_one_name() {
        for n in [
            "Al-Hajj",
            "Al Hajj",
            "Hajj",
            "al-Ḥajj",
            "Surat al-Hajj",
            "الحج",
            "سورة الحَجّ",
        ] {
            assert_eq!(surah_by_name(n), Some(22), "{n}");
        }
        assert_eq!(surah_by_name("Al-Baqara"), Some(2));
        assert_eq!(surah_by_name("آل عمران"), Some(3));
    }

    #[test]
    fn reference_forms() {
        assert_eq!(parse_reference("Al-Hajj: 40"), Some((22, 40, 40)));
        assert_eq!(parse_reference("22:40"), Some((22, 40, 40)));
        assert_eq!(parse_reference("البقرة: 255"), Some((2, 255, 255)));
        assert_eq!(parse_reference("Al-Baqarah 2:255-257"), Some((2, 255, 257)));
        assert_eq!(parse_reference("الحج: ٤٠"), Some((22, 40, 40)));
        assert_eq!(parse_reference("Quran 3:103"), Some((3, 103, 103)));
    }

    #[test]
    fn impossible_references() {
        assert_eq!(parse_reference("Al-Hajj: 79"), None);
        assert_eq!(parse_reference("115:1"), None);
        assert_eq!(parse_reference("Al-Baqarah 3:10"), None);
        assert_eq!(parse_reference("RT 8/1/2022"), None);
        assert_eq!(parse_reference("1991"), None);
    }

    #[test]
    fn running_references() {
        let t = "كما جاء في سورة الحج، الآية 40 من القرآن";
        let r = find_running_references(t);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].2, (22, 40, 40));
        let r = find_running_references("as Surah al-Baqarah, verse 286 says");
        assert_eq!(r[0].2, (2, 286, 286));
    }
}
