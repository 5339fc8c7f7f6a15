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

/// Letters only Urdu uses (ٹ ڈ ڑ ں ے ۓ and the Urdu full stop), then letters Persian uses and
/// Arabic does not (پ چ ژ گ ک ی ۀ). Urdu shares Persian's letters, so it is checked first.
fn arabic_script_lang(run: &str) -> Lang {
    let mut persian = false;
    for c in run.chars() {
        match c {
            '\u{0679}' | '\u{0688}' | '\u{0691}' | '\u{06BA}' | '\u{06D2}' | '\u{06D3}' | '\u{06D4}'
            | '\u{06BE}' => return Lang::Ur,
            '\u{067E}' | '\u{0686}' | '\u{0698}' | '\u{06AF}' | '\u{06A9}' | '\u{06CC}' | '\u{06C0}' => {
                persian = true
            }
            _ => {}
        }
    }
    if persian {
        Lang::Fa
    } else {
        Lang::Ar
    }
}
