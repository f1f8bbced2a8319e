//! The limits every assessment keeps: the longest free text and the most entries of any list
//! the user grows, and the numbering of entry IDs ("R1", "S1", "A1", "C1") that never repeats.
//!
//! The file reader (`io::limits`, `io::format`) accepts exactly what these limits allow, so an
//! assessment built by the app's own edits can always be saved and read back; every domain edit
//! that sets a text or adds an entry checks here first and is refused rather than exceeded.

/// The most characters (Unicode scalar values, as the browser's `maxlength` counts them for
/// ordinary text) of any free text: a note, a name, a description.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The most entries of any list the user grows: risks, AI systems, the treatment actions of
/// one risk, own actions, reviewer comments and updates of derived actions.
pub const MAX_LIST_ENTRIES: usize = 10_000;

/// A list that grows by the user's edits, for messages about a full list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrowingList {
    Risks,
    Systems,
    TreatmentActions,
    Controls,
    OwnActions,
    Comments,
    ActionUpdates,
    OwnControls,
    ImpactVersions,
    /// The entries of one register of the management system's records.
    RegisterEntries,
    /// The measurements of one objective.
    Measurements,
}

impl GrowingList {
    /// The sentence that says the list is full, without the advice.
    fn full(self) -> &'static str {
        match self {
            GrowingList::Risks => "the risk register holds at most 10,000 risks",
            GrowingList::Systems => "the inventory holds at most 10,000 AI systems",
            GrowingList::TreatmentActions => "a risk holds at most 10,000 treatment actions",
            GrowingList::Controls => "a risk's treatment lists at most 10,000 controls",
            GrowingList::OwnActions => "the action plan holds at most 10,000 own actions",
            GrowingList::Comments => "an assessment holds at most 10,000 reviewer comments",
            GrowingList::OwnControls => {
                "the Statement of Applicability holds at most 10,000 controls of your own"
            }
            GrowingList::ActionUpdates => {
                "the action plan keeps updates (notes, status, priority) of at most 10,000 \
                 derived actions"
            }
            GrowingList::ImpactVersions => {
                "an AI system keeps at most 10,000 versions of its impact assessment"
            }
            GrowingList::RegisterEntries => "a register holds at most 10,000 entries",
            GrowingList::Measurements => "an objective keeps at most 10,000 measurements",
        }
    }

    /// What to do about it.
    fn advice(self) -> &'static str {
        match self {
            GrowingList::ActionUpdates => {
                "clear the notes, status or priority of another action before changing this one"
            }
            GrowingList::ImpactVersions => "go on working on the current version instead",
            _ => "delete one before adding another",
        }
    }

    /// The letter of the list's IDs, for lists whose entries are numbered.
    fn noun(self) -> &'static str {
        match self {
            GrowingList::Risks => "risk",
            GrowingList::Systems => "AI system",
            GrowingList::OwnActions => "own action",
            GrowingList::Comments => "comment",
            GrowingList::TreatmentActions => "treatment action",
            GrowingList::Controls => "control",
            GrowingList::ActionUpdates => "action update",
            GrowingList::OwnControls => "own control",
            GrowingList::ImpactVersions => "impact assessment version",
            GrowingList::RegisterEntries => "register entry",
            GrowingList::Measurements => "measurement",
        }
    }
}

/// An edit refused because it would break a limit, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    #[error(
        "a text can be at most {} characters long; this one has {}",
        thousands(MAX_TEXT_CHARS),
        thousands(*length)
    )]
    TextTooLong { length: usize },
    #[error("{}; {}", list.full(), list.advice())]
    ListFull { list: GrowingList },
    #[error(
        "no new {} ID is left: IDs are numbered up to {}, and the numbers are used up",
        list.noun(),
        thousands(LAST_ID_NUMBER as usize)
    )]
    NoIdLeft { list: GrowingList },
}

/// The highest number an entry ID may carry. The stored counter (`next_number`, a `u32`) must
/// be able to point past every ID in use, so `u32::MAX` itself is never an ID.
pub const LAST_ID_NUMBER: u32 = u32::MAX - 1;

/// A number written with commas between thousands, as in the messages ("100,000").
pub fn thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A number rounded to one decimal place, as in "12.5" or "-0.3". Written with integer
/// formatting on purpose: Rust's float formatting is the only user of several kilobytes of
/// code and tables in the Wasm module, and this is all the app needs of it.
pub fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round();
    // Beyond what an i64 holds nothing sensible can be shown; saturate instead of wrapping.
    let tenths = tenths.clamp(i64::MIN as f64, i64::MAX as f64) as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let magnitude = tenths.unsigned_abs();
    format!("{sign}{}.{}", magnitude / 10, magnitude % 10)
}

/// The length of a text in characters, counted only when its bytes could exceed the limit
/// (a text of at most `MAX_TEXT_CHARS` bytes has at most as many characters).
fn length_if_long(text: &str) -> Option<usize> {
    if text.len() <= MAX_TEXT_CHARS {
        return None;
    }
    let length = text.chars().count();
    (length > MAX_TEXT_CHARS).then_some(length)
}

/// Whether a text is within the limit.
pub fn is_within(text: &str) -> bool {
    length_if_long(text).is_none()
}

/// Checks a new text for a field that held `old`. A text within the limit is always accepted;
/// one over it only when it is no longer than the old one, so a text kept from an older copy
/// (read with a warning) can be shortened step by step but never grow.
pub fn check_text_change(old: &str, new: &str) -> Result<(), LimitError> {
    match length_if_long(new) {
        Some(length) if length > old.chars().count() => Err(LimitError::TextTooLong { length }),
        _ => Ok(()),
    }
}

/// Checks a text that replaces nothing (a new entry's text).
pub fn check_new_text(text: &str) -> Result<(), LimitError> {
    check_text_change("", text)
}

/// Checks that one more entry fits into a list of `length` entries.
pub fn check_room(list: GrowingList, length: usize) -> Result<(), LimitError> {
    if length >= MAX_LIST_ENTRIES {
        Err(LimitError::ListFull { list })
    } else {
        Ok(())
    }
}

/// A record whose edits are checked as a whole: a closure may change any of its fields, and
/// the result is compared with the record before the change.
pub trait Bounded {
    /// Every free text of the record, in a fixed order.
    fn texts(&self) -> Vec<&str>;
    /// The lengths of the lists the record holds that the user grows.
    fn lists(&self) -> Vec<(GrowingList, usize)> {
        Vec::new()
    }
}

/// Checks an edit of a whole record: no text over the limit that is longer than the longest
/// text the record held before (so a text kept from an older copy may shrink but a new one may
/// not pass the limit), and no list over its limit that grew.
pub fn check_edit<T: Bounded>(before: &T, after: &T) -> Result<(), LimitError> {
    let after_texts = after.texts();
    if after_texts.iter().any(|text| !is_within(text)) {
        let longest_before = before
            .texts()
            .iter()
            .filter(|text| !is_within(text))
            .map(|text| text.chars().count())
            .max()
            .unwrap_or(0);
        for text in after_texts {
            if let Some(length) = length_if_long(text) {
                if length > longest_before {
                    return Err(LimitError::TextTooLong { length });
                }
            }
        }
    }
    let lengths_before = before.lists();
    for (list, length) in after.lists() {
        let length_before = lengths_before
            .iter()
            .find(|(known, _)| *known == list)
            .map_or(0, |(_, length)| *length);
        if length > MAX_LIST_ENTRIES && length > length_before {
            return Err(LimitError::ListFull { list });
        }
    }
    Ok(())
}

/// Applies `change` to a record, keeping the change only when `check_edit` allows it; a refused
/// change leaves the record exactly as it was.
pub fn edit_checked<T: Bounded + Clone>(
    record: &mut T,
    change: impl FnOnce(&mut T),
) -> Result<(), LimitError> {
    let before = record.clone();
    change(record);
    match check_edit(&before, record) {
        Ok(()) => Ok(()),
        Err(error) => {
            *record = before;
            Err(error)
        }
    }
}

/// The number of an entry ID made of `prefix` and a number, such as 12 for "R12".
pub fn id_number(id: &str, prefix: &str) -> Option<u32> {
    id.strip_prefix(prefix)?.parse::<u32>().ok()
}

/// The number for a new entry of `list`: past the stored counter and every number in use, and
/// at least 1. `None` when the numbers are used up (the number would pass `LAST_ID_NUMBER`).
pub fn fresh_id_number(
    next_number: u32,
    numbers_in_use: impl IntoIterator<Item = u32>,
) -> Option<u32> {
    let after_highest = match numbers_in_use.into_iter().max() {
        Some(highest) => highest.checked_add(1)?,
        None => 1,
    };
    let number = next_number.max(after_highest).max(1);
    (number <= LAST_ID_NUMBER).then_some(number)
}

/// Issues a new ID for `list`: the ID and the counter's new value, or the refusal when no
/// number is left. Nothing changes until the caller stores both.
pub fn issue_id(
    list: GrowingList,
    prefix: &str,
    next_number: u32,
    ids_in_use: impl IntoIterator<Item = impl AsRef<str>>,
) -> Result<(String, u32), LimitError> {
    let numbers = ids_in_use
        .into_iter()
        .filter_map(|id| id_number(id.as_ref(), prefix));
    let number = fresh_id_number(next_number, numbers).ok_or(LimitError::NoIdLeft { list })?;
    // `number` is at most `LAST_ID_NUMBER`, so one more still fits in a `u32`.
    let next = number.checked_add(1).ok_or(LimitError::NoIdLeft { list })?;
    Ok((format!("{prefix}{number}"), next))
}
