//! Text from a file's bytes: UTF-8 as it is, a leading byte-order mark dropped, and the first
//! byte that is not UTF-8 named by its line and column.

use aims_assess::io::text::text_from_bytes;

#[test]
fn valid_utf8_is_read_as_it_is_without_a_warning() {
    let (text, warning) = text_from_bytes("Étude, \"quotes\"\nsecond line".as_bytes());
    assert_eq!(text, "Étude, \"quotes\"\nsecond line");
    assert_eq!(warning, None);
}

#[test]
fn a_byte_order_mark_is_dropped() {
    let (text, warning) = text_from_bytes("\u{feff}{\"format\": 1}".as_bytes());
    assert_eq!(text, "{\"format\": 1}");
    assert_eq!(warning, None);
}

#[test]
fn the_first_byte_that_is_not_utf8_is_named_by_line_and_column() {
    // "Café" saved in Latin-1 on the third line: é is the single byte 0xE9.
    let cases: [(&[u8], &str, &str); 3] = [
        (
            b"{\n  \"a\": 1,\n  \"name\": \"Caf\xe9\"\n}",
            "line 3, column 15",
            "  \"name\": \"Caf\u{fffd}\"",
        ),
        (b"\xff", "line 1, column 1", "\u{fffd}"),
        // Columns count characters, not bytes, and a byte-order mark does not count.
        (
            b"\xef\xbb\xbf\xc3\xa9t\xe9",
            "line 1, column 3",
            "\u{e9}t\u{fffd}",
        ),
    ];
    for (bytes, place, line_text) in cases {
        let (text, warning) = text_from_bytes(bytes);
        let warning = warning.expect("a warning");
        assert_eq!(warning.path, place);
        assert!(
            warning.message.contains("not all UTF-8"),
            "{}",
            warning.message
        );
        assert!(text.contains(line_text), "{text:?}");
    }
}
