//! The first step of every JSON import: text to a `Value` with limits, so that duplicate keys,
//! huge lists, huge texts and deep nesting are refused with a line and column instead of
//! freezing the page.
//!
//! A small recursive-descent parser of standard JSON (RFC 8259). It is written here rather
//! than taken from serde_json for the size of the Wasm bundle (see `io::value`), and because
//! the limits belong inside the parser: serde_json alone takes the last of two equal keys
//! silently and builds any size of list.

use std::borrow::Cow;

use crate::io::value::{Map, Value};

/// The most entries one array or object may have. Real files have a few hundred at most
/// (one per question); the limit stops a hostile file long before memory runs out.
pub const MAX_ENTRIES: usize = 10_000;

/// The most values (of any kind) one file may hold.
pub const MAX_VALUES: usize = 500_000;

/// The most characters one string may have while parsing. Text fields allow 100,000, which
/// `io::read` checks with the field's JSON path; this coarser limit stops absurd strings early.
pub const MAX_STRING_CHARS: usize = 1_000_000;

/// The deepest nesting of lists and objects. Our files nest five levels; the limit keeps the
/// parser's recursion far from the end of the Wasm stack.
pub const MAX_DEPTH: usize = 128;

/// Objects with up to this many keys are checked for a repeated key as each key is read.
const SMALL_OBJECT: usize = 16;

/// The message for a key written twice in one object.
fn repeated_key_message(key: &str) -> String {
    format!("the key \"{key}\" appears twice in the same object")
}

/// A JSON syntax or limit problem with its place in the text (both counted from 1; the
/// column counts characters, not bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Parses JSON text into a value, refusing duplicate keys and anything over the limits. Texts
/// without escapes, numbers and keys borrow from `text`.
pub fn parse_limited(text: &str) -> Result<Value<'_>, ParseError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        position: 0,
        values: 0,
        depth: 0,
        open_items: Vec::new(),
        open_entries: Vec::new(),
    };
    let result = parser.document();
    result.map_err(|(position, message)| {
        let (line, column) = line_and_column(text, position);
        ParseError {
            line,
            column,
            message,
        }
    })
}

/// The line and column of a byte position.
fn line_and_column(text: &str, position: usize) -> (usize, usize) {
    let before = text.get(..position).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// A problem at a byte position.
type Failure = (usize, String);

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    position: usize,
    /// How many values have been read so far, for `MAX_VALUES`.
    values: usize,
    /// How many lists and objects enclose the current position.
    depth: usize,
    /// The entries read so far of every list still open, innermost last. Each list takes its
    /// own off the end when it closes, in one allocation of the right size: growing a vector
    /// per list instead cost several allocations each, a fifth of the parse.
    open_items: Vec<Value<'a>>,
    /// The same for the keys and values of the objects still open.
    open_entries: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Parser<'a> {
    fn fail<T>(&self, message: impl Into<String>) -> Result<T, Failure> {
        Err((self.position, message.into()))
    }

    // Called for nearly every byte of a file: inlined even in the size-optimised build, where
    // the call itself cost more than the work (a profile of a 5 MB import showed it).
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.position).copied()
    }

    /// Skips spaces, tabs and line breaks. Files are indented, so this runs over about a
    /// fifth of a file's bytes; a plain loop over the slice keeps it tight.
    #[inline(always)]
    fn skip_whitespace(&mut self) {
        let mut position = self.position;
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(position) {
            position += 1;
        }
        self.position = position;
    }

    /// The whole text: one value with nothing but whitespace around it.
    fn document(&mut self) -> Result<Value<'a>, Failure> {
        self.skip_whitespace();
        if self.peek().is_none() {
            return self.fail("the text is empty");
        }
        let value = self.value()?;
        self.skip_whitespace();
        if self.peek().is_some() {
            return self.fail("unexpected characters after the end of the JSON value");
        }
        Ok(value)
    }

    fn value(&mut self) -> Result<Value<'a>, Failure> {
        self.values += 1;
        if self.values > MAX_VALUES {
            return self.fail(format!(
                "the file holds more than {MAX_VALUES} values, far more than any assessment"
            ));
        }
        match self.peek() {
            Some(b'{') => self.nested(Parser::object_body),
            Some(b'[') => self.nested(Parser::array_body),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(_) => {
                self.fail("expected a JSON value (text, number, list, object, true, false or null)")
            }
            None => self.fail("the text ends where a value was expected"),
        }
    }

    fn literal(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, Failure> {
        if self.bytes[self.position..].starts_with(word.as_bytes()) {
            self.position += word.len();
            Ok(value)
        } else {
            self.fail("expected a JSON value (text, number, list, object, true, false or null)")
        }
    }

    /// Runs `body` one nesting level deeper, after the opening bracket.
    fn nested(
        &mut self,
        body: fn(&mut Self) -> Result<Value<'a>, Failure>,
    ) -> Result<Value<'a>, Failure> {
        if self.depth == MAX_DEPTH {
            return self.fail(format!(
                "lists and objects are nested more than {MAX_DEPTH} levels deep"
            ));
        }
        self.depth += 1;
        self.position += 1;
        let value = body(self)?;
        self.depth -= 1;
        Ok(value)
    }

    /// After `,` or the opening bracket: whitespace, then either the closing bracket (only
    /// when `may_close`, that is right after the opening one) or a next entry.
    fn next_entry(&mut self, close: u8, may_close: bool) -> Result<bool, Failure> {
        self.skip_whitespace();
        match self.peek() {
            Some(byte) if byte == close && may_close => {
                self.position += 1;
                Ok(false)
            }
            None => self.fail("the text ends inside a list or object"),
            Some(_) => Ok(true),
        }
    }

    /// After an entry: `,` (more follow) or the closing bracket.
    fn after_entry(&mut self, close: u8) -> Result<bool, Failure> {
        self.skip_whitespace();
        match self.peek() {
            Some(b',') => {
                self.position += 1;
                Ok(true)
            }
            Some(byte) if byte == close => {
                self.position += 1;
                Ok(false)
            }
            None => self.fail("the text ends inside a list or object"),
            Some(_) => self.fail(format!("expected `,` or `{}`", char::from(close))),
        }
    }

    fn array_body(&mut self) -> Result<Value<'a>, Failure> {
        let first = self.open_items.len();
        let mut more = self.next_entry(b']', true)?;
        while more {
            if self.open_items.len() - first == MAX_ENTRIES {
                return self.fail(format!("a list has more than {MAX_ENTRIES} entries"));
            }
            let value = self.value()?;
            self.open_items.push(value);
            more = self.after_entry(b']')? && self.next_entry(b']', false)?;
        }
        Ok(Value::Array(self.open_items.split_off(first)))
    }

    fn object_body(&mut self) -> Result<Value<'a>, Failure> {
        let first = self.open_entries.len();
        // Where each key from the SMALL_OBJECT-th on starts, to point at a duplicate once a
        // large object is complete. Small objects (nearly all) are checked key by key instead,
        // which needs no allocation.
        let mut later_key_positions = Vec::new();
        let mut more = self.next_entry(b'}', true)?;
        while more {
            let count = self.open_entries.len() - first;
            if count == MAX_ENTRIES {
                return self.fail(format!("an object has more than {MAX_ENTRIES} entries"));
            }
            if self.peek() != Some(b'"') {
                return self.fail("expected a key in double quotes");
            }
            let key_position = self.position;
            let key = self.string()?;
            if count < SMALL_OBJECT {
                if self.open_entries[first..]
                    .iter()
                    .any(|(earlier, _)| *earlier == key)
                {
                    return Err((key_position, repeated_key_message(&key)));
                }
            } else {
                later_key_positions.push(key_position);
            }
            self.skip_whitespace();
            if self.peek() != Some(b':') {
                return self.fail("expected `:` after the key");
            }
            self.position += 1;
            self.skip_whitespace();
            let value = self.value()?;
            self.open_entries.push((key, value));
            more = self.after_entry(b'}')? && self.next_entry(b'}', false)?;
        }
        let map = Map::from_unique(self.open_entries.split_off(first));
        if map.len() > SMALL_OBJECT {
            if let Some(index) = first_repeated_key(&map) {
                let key = map.keys().nth(index).unwrap_or_default().to_owned();
                // The first SMALL_OBJECT keys differ from each other, so the repeat is later.
                let position = later_key_positions
                    .get(index.saturating_sub(SMALL_OBJECT))
                    .copied()
                    .unwrap_or(self.position);
                return Err((position, repeated_key_message(&key)));
            }
        }
        Ok(Value::Object(map))
    }

    /// A string literal, from its opening quote.
    fn string(&mut self) -> Result<Cow<'a, str>, Failure> {
        self.position += 1;
        let mut text = String::new();
        loop {
            // Take the run of plain characters in one go.
            let start = self.position;
            self.position += plain_run(&self.bytes[start..]);
            // The run ends at an ASCII byte or the end, so both ends are character boundaries.
            let plain = &self.text[start..self.position];
            match self.peek() {
                Some(b'"') if text.is_empty() => {
                    // Most strings have no escapes: they borrow from the file's text.
                    self.position += 1;
                    return self.checked_length(Cow::Borrowed(plain));
                }
                Some(b'"') => {
                    self.position += 1;
                    text.push_str(plain);
                    break;
                }
                Some(b'\\') => {
                    text.push_str(plain);
                    let character = self.escape()?;
                    text.push(character);
                }
                Some(_) => {
                    return self.fail("a control character (such as a line break) must be written as an escape inside text")
                }
                None => return self.fail("the text ends inside a string"),
            }
        }
        self.checked_length(Cow::Owned(text))
    }

    /// The text, unless it is over `MAX_STRING_CHARS`.
    fn checked_length(&self, text: Cow<'a, str>) -> Result<Cow<'a, str>, Failure> {
        // Byte length bounds the character count from above, so most strings skip the count.
        if text.len() > MAX_STRING_CHARS && text.chars().count() > MAX_STRING_CHARS {
            return self.fail(format!(
                "a text is longer than {MAX_STRING_CHARS} characters"
            ));
        }
        Ok(text)
    }

    /// An escape sequence, from its backslash.
    fn escape(&mut self) -> Result<char, Failure> {
        self.position += 1;
        let character = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(),
            Some(_) => return self.fail("unknown escape sequence in text"),
            None => return self.fail("the text ends inside a string"),
        };
        self.position += 1;
        Ok(character)
    }

    /// The four hex digits after `\u`, from the `u`.
    fn hex_digits(&mut self) -> Result<u32, Failure> {
        let digits = self
            .text
            .get(self.position + 1..self.position + 5)
            .filter(|digits| digits.bytes().all(|byte| byte.is_ascii_hexdigit()));
        match digits.and_then(|digits| u32::from_str_radix(digits, 16).ok()) {
            Some(code) => {
                self.position += 5;
                Ok(code)
            }
            None => self.fail("`\\u` must be followed by four hexadecimal digits"),
        }
    }

    /// A `\uXXXX` escape, or a pair of them for a character outside the Basic Multilingual
    /// Plane; a half of a pair on its own is refused, because it is not a character.
    fn unicode_escape(&mut self) -> Result<char, Failure> {
        let start = self.position;
        let first = self.hex_digits()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.position..].starts_with(b"\\u") {
                return Err((start, "a `\\u` escape holds half a character".into()));
            }
            self.position += 1;
            let second = self.hex_digits()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err((start, "a `\\u` escape holds half a character".into()));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or((start, "a `\\u` escape holds half a character".into()))
    }

    /// A number, kept as its text after checking the JSON grammar:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<Value<'a>, Failure> {
        let start = self.position;
        if self.peek() == Some(b'-') {
            self.position += 1;
        }
        match self.peek() {
            Some(b'0') => self.position += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return self.fail("invalid number"),
        }
        if self.peek() == Some(b'.') {
            self.position += 1;
            self.required_digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.position += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.position += 1;
            }
            self.required_digits()?;
        }
        if let Some(b'0'..=b'9') = self.peek() {
            // A leading zero followed by more digits, such as `007`.
            return self.fail("invalid number");
        }
        Ok(Value::Number(Cow::Borrowed(
            &self.text[start..self.position],
        )))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.position += 1;
        }
    }

    fn required_digits(&mut self) -> Result<(), Failure> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return self.fail("invalid number");
        }
        self.digits();
        Ok(())
    }
}

/// The index of the first key that repeats an earlier key of the object, if any.
///
/// A small open-addressing hash set of key indices keeps this linear in the number of keys, so
/// even an object at the entry limit is checked at once (comparing every pair would take
/// seconds), without the sorting or hashing code of the standard library in the bundle.
fn first_repeated_key(map: &Map<'_>) -> Option<usize> {
    let keys: Vec<&str> = map.keys().collect();
    // At most half full, so every probe sequence ends at an empty slot.
    let capacity = (keys.len() * 2).next_power_of_two();
    let mut slots = vec![usize::MAX; capacity];
    for (index, key) in keys.iter().enumerate() {
        let mut slot = crate::io::fingerprint(key) as usize & (capacity - 1);
        loop {
            match slots[slot] {
                usize::MAX => {
                    slots[slot] = index;
                    break;
                }
                earlier if keys[earlier] == *key => return Some(index),
                _ => slot = (slot + 1) & (capacity - 1),
            }
        }
    }
    None
}

/// The length of the run of plain text at the start of `bytes`: up to the first quote,
/// backslash or control character, or all of it.
///
/// Texts are most of a file's bytes, so this looks at eight bytes at a time: in each 64-bit
/// word, a byte equal to `"` or `\\` becomes zero after an exclusive or, and the classic
/// "has a byte below n" test (subtracting n from every byte sets the high bit of a byte that
/// borrows) finds the zeros and the control characters together. A byte can be flagged wrongly
/// only above one flagged rightly, so the lowest flag is always the first special byte.
fn plain_run(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let below = |word: u64, limit: u64| word.wrapping_sub(ONES * limit) & !word;
    let mut words = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut words {
        let mut word_bytes = [0; 8];
        word_bytes.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word_bytes);
        let special = (below(word ^ (ONES * u64::from(b'"')), 1)
            | below(word ^ (ONES * u64::from(b'\\')), 1)
            | below(word, 0x20))
            & HIGH_BITS;
        if special != 0 {
            return offset + special.trailing_zeros() as usize / 8;
        }
        offset += 8;
    }
    let rest = words.remainder();
    offset
        + rest
            .iter()
            .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
            .unwrap_or(rest.len())
}
