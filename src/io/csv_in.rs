//! CSV reading shared by every CSV import: byte-order mark, comma or semicolon, CRLF, and
//! errors that name the line and column of the problem.
