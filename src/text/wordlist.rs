//! The word-list data files (`data/*/…txt`): `[section]` headers, then one word or phrase a
//! line; blank lines and lines starting with `#` are comments. One reader for every layer.

/// The lines of the sections of `file` whose names `want` accepts, trimmed, in file order.
///
/// ```ignore
/// let f = "# comment\n[a]\nx\n\n[b]\ny\n";
/// assert_eq!(sections(f, |s| s == "b"), ["y"]);
/// ```
pub(crate) fn sections(file: &str, want: impl Fn(&str) -> bool) -> Vec<&str> {
    let mut on = false;
    let mut out = Vec::new();
    for line in file.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(sec) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            on = want(sec);
        } else if on {
            out.push(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sections;

    #[test]
    fn reads_only_the_wanted_sections_without_comments_or_blank_lines() {
        let f = "# header\n[a]\nx\n  y  \n\n# note\n[b]\nz\n[a2]\nw\n";
        assert_eq!(sections(f, |s| s == "a"), ["x", "y"]);
        assert_eq!(sections(f, |s| s.starts_with('a')), ["x", "y", "w"]);
        assert!(sections(f, |s| s == "none").is_empty());
    }
}
