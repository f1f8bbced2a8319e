//! User text as Markdown inline content that reads as text and nothing else: one line, special
//! characters backslash-escaped, no start that would open a list, heading or quote. Shared by
//! the report's Markdown (`io::markdown`) and the document templates (`domain::templates`).

/// Characters escaped wherever they appear. Any ASCII punctuation may be backslash-escaped in
/// CommonMark, so escaping more than needed is always safe.
const SPECIAL: &str = "\\`*_[]<>|~&#!";

/// A text as one line of Markdown inline content: line breaks joined (with "; " unless the
/// line already ends a sentence or clause), blanks at the ends of lines dropped, special
/// characters escaped, and a start that would open a list, heading or quote escaped too.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let lines = text.split(['\n', '\r']).map(str::trim);
    for line in lines.filter(|line| !line.is_empty()) {
        if let Some(last) = out.chars().last() {
            out.push_str(if ".,;:!?".contains(last) { " " } else { "; " });
        }
        for ch in line.chars() {
            if SPECIAL.contains(ch) {
                out.push('\\');
            }
            out.push(ch);
        }
    }
    // "- item", "---", "+ item", "= underline", or "1. item" / "1) item" at the start.
    let bytes = out.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let list_end = matches!(bytes.get(digits + 1), None | Some(b' ' | b'\t'));
    let marker = match bytes.get(digits) {
        Some(b'.' | b')') if (1..10).contains(&digits) && list_end => Some(digits),
        Some(b'-' | b'+' | b'=') if digits == 0 => Some(0),
        _ => None,
    };
    if let Some(at) = marker {
        out.insert(at, '\\');
    }
    out
}
