//! Text from a file's bytes. Browsers quietly turn bytes that are not UTF-8 into "�"; the app
//! reads the bytes itself so that it can say where such bytes are, since they usually mean a
//! file saved in another encoding whose accented letters would come in broken.

use crate::io::ImportWarning;

/// The UTF-8 byte-order mark that some editors put at the start of a file.
const BYTE_ORDER_MARK: &str = "\u{feff}";

/// A file's text: its bytes as UTF-8 without a leading byte-order mark, bytes that are not
/// UTF-8 replaced by "�", and a warning naming the line and column (in characters) of the
/// first such byte.
pub fn text_from_bytes(bytes: &[u8]) -> (String, Option<ImportWarning>) {
    let warning = match std::str::from_utf8(bytes) {
        Ok(_) => None,
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            // The part before the bad byte is valid UTF-8 by construction.
            let before = std::str::from_utf8(valid).unwrap_or_default();
            let before = before.strip_prefix(BYTE_ORDER_MARK).unwrap_or(before);
            let line = before.matches('\n').count() + 1;
            let column = before
                .rsplit('\n')
                .next()
                .map_or(0, |last| last.chars().count())
                + 1;
            Some(ImportWarning {
                path: format!("line {line}, column {column}"),
                message: "the file is not all UTF-8 text (was it saved in another \
                          encoding?): its first byte that is not is here, and such bytes are \
                          read as \"�\"; check the texts that contain it"
                    .to_owned(),
            })
        }
    };
    let text = String::from_utf8_lossy(bytes);
    let text = text
        .strip_prefix(BYTE_ORDER_MARK)
        .unwrap_or(&text)
        .to_owned();
    (text, warning)
}
