use unicode_script::Script;

/// Writing direction of a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// The direction a script is written in.
    pub fn of_script(script: Script) -> Direction {
        match script {
            Script::Arabic
            | Script::Hebrew
            | Script::Syriac
            | Script::Thaana
            | Script::Nko
            | Script::Samaritan
            | Script::Mandaic
            | Script::Adlam
            | Script::Hanifi_Rohingya
            | Script::Yezidi => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }
}

/// Language of a run or a sentence, as a BCP 47 tag. warraq only claims what the letters show:
/// English for Latin runs, Arabic for Arabic-script runs unless Persian or Urdu letters say
/// otherwise, `und` for everything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    En,
    Ar,
    Fa,
    Ur,
    #[default]
    Und,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Ur => "ur",
            Lang::Und => "und",
        }
    }

    /// Reads the language of one run of `script` from its text.
    pub fn of_run(script: Script, run: &str) -> Lang {
        match script {
            Script::Latin => Lang::En,
            Script::Arabic => arabic_script_lang(run),
            _ => Lang::Und,
        }
    }
}

/// Letters only Urdu uses (ٹ ڈ ڑ ں ے ۓ ھ), then letters Persian uses and Arabic does not
/// (پ چ ژ گ ک ی ۀ). Urdu shares Persian's letters, so it is checked first. The Urdu full stop
/// `۔` is no letter: Arabic text typed on other keyboards ends sentences with it too, so it
/// decides nothing alone.
fn arabic_script_lang(run: &str) -> Lang {
    // All these letters are two bytes in UTF-8. Arabic itself lives almost entirely under lead
    // bytes 0xD8 and 0xD9, so the scan jumps (memchr) to the rare lead bytes 0xDA and 0xDB and
    // looks for the two 0xD9 letters (ٹ پ) as byte pairs, with searchers built once: a long
    // Arabic run costs SIMD passes, a short one little.
    static PAIRS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::OnceLock::new();
    let [tteh, peh] = PAIRS.get_or_init(|| {
        [
            memchr::memmem::Finder::new("\u{0679}".as_bytes()),
            memchr::memmem::Finder::new("\u{067E}".as_bytes()),
        ]
    });
    let b = run.as_bytes();
    let mut persian = false;
    for k in memchr::memchr2_iter(0xDA, 0xDB, b) {
        let Some(&y) = b.get(k + 1) else { break };
        let cp = (u32::from(b[k] & 0x1F) << 6) | u32::from(y & 0x3F);
        match cp {
            0x0688 | 0x0691 | 0x06BA | 0x06D2 | 0x06D3 | 0x06BE => return Lang::Ur,
            0x0686 | 0x0698 | 0x06AF | 0x06A9 | 0x06CC | 0x06C0 => persian = true,
            _ => {}
        }
    }
    if tteh.find(b).is_some() {
        return Lang::Ur;
    }
    if persian || peh.find(b).is_some() {
        Lang::Fa
    } else {
        Lang::Ar
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_urdu_and_persian_letter_decides_wherever_it_stands() {
        let urdu = ['ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ۓ', 'ھ'];
        let persian = ['پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ۀ'];
        for (letters, lang) in [(&urdu[..], Lang::Ur), (&persian[..], Lang::Fa)] {
            for &c in letters {
                for run in [
                    format!("{c}كتاب"),
                    format!("كتاب {c} قلم"),
                    format!("قلم{c}"),
                ] {
                    assert_eq!(arabic_script_lang(&run), lang, "{run}");
                }
            }
        }
        // Urdu wins over Persian (Urdu uses Persian's letters too), wherever each stands
        assert_eq!(arabic_script_lang("پ كتاب ے"), Lang::Ur);
        assert_eq!(arabic_script_lang("ٹ كتاب چ"), Lang::Ur);
        assert_eq!(arabic_script_lang("كتابٌ وَقلمٌ ۖ ٤٢"), Lang::Ar);
        // the Urdu full stop alone does not make Arabic text Urdu
        assert_eq!(
            arabic_script_lang("انتهى الاجتماع۔ بدأت المفاوضات"),
            Lang::Ar
        );
    }
}
