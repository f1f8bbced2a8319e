//! The risk register CSV: one row per risk, for working on the register in a spreadsheet and
//! reading it back.
//!
//! Import builds a complete new list of risks from the file and keeps the register's
//! criteria. It is all or nothing: every cell is checked, every bad one is reported with its
//! line and column, and a result is only returned when nothing is wrong. A risk's treatment
//! actions share one cell, one action per line, with their parts separated by `|` and a small
//! backslash escape so that any text survives. docs/CSV.md describes the file.

use crate::domain::annex_c::{AnnexCEntry, ANNEX_C_OBJECTIVES, ANNEX_C_SOURCES};
use crate::domain::catalog::Catalog;
use crate::domain::date::IsoDate;
use crate::domain::risk::{Acceptance, Risk, RiskRegister, RiskStatus, Treatment, TreatmentAction};
use crate::domain::risk_criteria::{Axis, Rating};
use crate::io::csv_in::{read_table, CsvError, CsvRow, CsvTable};
use crate::io::csv_out::{with_bom, write_table};
use crate::io::limits::MAX_ENTRIES;
use crate::io::ImportWarning;

/// The columns of the risk register CSV, in order.
pub const RISKS_HEADER: [&str; 22] = [
    "ID",
    "Title",
    "Description",
    "AI system",
    "Risk source",
    "Objective",
    "Owner",
    "Inherent likelihood",
    "Inherent consequence",
    "Inherent level",
    "Treatment",
    "Controls",
    "Actions",
    "Residual likelihood",
    "Residual consequence",
    "Residual level",
    "Accepted by",
    "Acceptance date",
    "Acceptance rationale",
    "Status",
    "Assessed on",
    "Next review",
];

// Positions in `RISKS_HEADER`.
const ID: usize = 0;
const TITLE: usize = 1;
const DESCRIPTION: usize = 2;
const SYSTEM: usize = 3;
const SOURCE: usize = 4;
const OBJECTIVE: usize = 5;
const OWNER: usize = 6;
const INHERENT: [usize; 3] = [7, 8, 9];
const TREATMENT: usize = 10;
const CONTROLS: usize = 11;
const ACTIONS: usize = 12;
const RESIDUAL: [usize; 3] = [13, 14, 15];
const ACCEPTED_BY: usize = 16;
const ACCEPTANCE_DATE: usize = 17;
const RATIONALE: usize = 18;
const STATUS: usize = 19;
const ASSESSED_ON: usize = 20;
const NEXT_REVIEW: usize = 21;

/// The most risks a file may hold: as many as a list in the JSON file.
pub const MAX_RISKS: usize = MAX_ENTRIES;

/// The most problems listed for one file. A file with more is almost surely not a risk
/// register, and a longer list would help nobody.
pub const MAX_ERRORS: usize = 1_000;

/// The register as CSV: one row per risk in register order, starting with a byte-order mark
/// for Excel. Levels are written as numbers from 1; the level columns hold the band names for
/// reading only.
pub fn risks_csv(register: &RiskRegister) -> String {
    with_bom(write_table(&RISKS_HEADER, &risks_rows(register)))
}

/// The rows of the risk register CSV (and the workbook's Risks sheet), in `RISKS_HEADER`'s
/// columns, as texts before neutralising.
pub fn risks_rows(register: &RiskRegister) -> Vec<Vec<String>> {
    let number =
        |rating: Option<Rating>, axis| rating.map_or(String::new(), |r| r.on(axis).to_string());
    let band = |rating| {
        register
            .band(rating)
            .map_or("", |band| register.criteria.band_name(band))
            .to_owned()
    };
    let date = |date: Option<IsoDate>| date.map_or(String::new(), |date| date.to_string());
    register
        .risks
        .iter()
        .map(|risk| {
            vec![
                risk.id.clone(),
                risk.title.clone(),
                risk.description.clone(),
                risk.system_id.clone(),
                risk.source.clone(),
                risk.objective.clone(),
                risk.owner.clone(),
                number(risk.inherent, Axis::Likelihood),
                number(risk.inherent, Axis::Consequence),
                band(risk.inherent),
                risk.treatment.map_or("", Treatment::label).to_owned(),
                risk.controls.join("; "),
                actions_text(&risk.actions),
                number(risk.residual, Axis::Likelihood),
                number(risk.residual, Axis::Consequence),
                band(risk.residual),
                risk.acceptance.accepted_by.clone(),
                date(risk.acceptance.date),
                risk.acceptance.rationale.clone(),
                risk.status.label().to_owned(),
                date(risk.assessed_on),
                date(risk.next_review),
            ]
        })
        .collect()
}

/// Appends a text with the characters that have a meaning in the Actions cell escaped: a
/// backslash, the `|` between parts and line breaks (which separate actions).
fn escape(text: &str, out: &mut String) {
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '|' => out.push_str("\\|"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            ch => out.push(ch),
        }
    }
}

/// The Actions cell: one line per action, `description | owner | due date | done or open`.
fn actions_text(actions: &[TreatmentAction]) -> String {
    let mut out = String::new();
    for action in actions {
        if !out.is_empty() {
            out.push('\n');
        }
        escape(&action.description, &mut out);
        out.push_str(" | ");
        escape(&action.owner, &mut out);
        out.push_str(" | ");
        if let Some(date) = action.due_date {
            out.push_str(&date.to_string());
        }
        out.push_str(if action.done { " | done" } else { " | open" });
    }
    out
}

/// A risk register CSV read against a register.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskCsvImport {
    /// The register as the file has it: the base register's criteria, the file's risks in
    /// file order (rows without an ID have been given fresh ones), and the number the next new
    /// risk gets.
    pub register: RiskRegister,
    /// Cells that were ignored, such as a level that disagrees with its ratings.
    pub warnings: Vec<ImportWarning>,
}

/// One row being read: bad cells are added to `errors`, and reading goes on, so that one
/// pass finds every problem of the file.
struct Cells<'a> {
    table: &'a CsvTable,
    row: &'a CsvRow,
    /// Where each column of `RISKS_HEADER` is in the file, if it is there.
    columns: &'a [Option<usize>; RISKS_HEADER.len()],
    errors: &'a mut Vec<CsvError>,
}

impl Cells<'_> {
    /// The cell of a column, as written.
    fn text(&self, column: usize) -> String {
        self.row.cell(self.columns[column]).to_owned()
    }

    fn error(&mut self, column: usize, message: String) {
        if let Some(position) = self.columns[column] {
            self.errors
                .push(self.row.error(self.table, position, message));
        }
    }

    /// The value of a cell, or `None` (with the problem recorded) when it is not valid.
    fn read<T>(
        &mut self,
        column: usize,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        parse(self.row.cell(self.columns[column]))
            .map_err(|message| self.error(column, message))
            .ok()
    }

    /// A rating from its likelihood and consequence columns: both empty is no rating, one
    /// alone is a mistake. `None` when a cell is not valid.
    fn rating(&mut self, columns: [usize; 3], register: &RiskRegister) -> Option<Option<Rating>> {
        let [likelihood, consequence, _] = columns;
        let criteria = &register.criteria;
        let l = self.read(likelihood, |cell| {
            level(cell, &criteria.likelihood, "likelihood")
        });
        let c = self.read(consequence, |cell| {
            level(cell, &criteria.consequence, "consequence")
        });
        let (missing, given) = match (l?, c?) {
            (Some(l), Some(c)) => return Some(Some(Rating::new(l, c))),
            (None, None) => return Some(None),
            (Some(_), None) => (consequence, "likelihood"),
            (None, Some(_)) => (likelihood, "consequence"),
        };
        let message = format!("this is empty but the {given} is given; give both or neither");
        self.error(missing, message);
        None
    }

    /// A warning when a level column says something other than the level its ratings give;
    /// the level is always computed, so the cell is ignored.
    fn check_level(
        &self,
        column: usize,
        rating: Option<Option<Rating>>,
        register: &RiskRegister,
    ) -> Option<ImportWarning> {
        // A rating with a bad cell is reported already; its level is not compared.
        let rating = rating?;
        let position = self.columns[column]?;
        let written = self.row.cell(Some(position)).trim();
        let computed = register
            .band(rating)
            .map_or("", |band| register.criteria.band_name(band));
        if written.is_empty() || written.eq_ignore_ascii_case(computed) {
            return None;
        }
        let message = if computed.is_empty() {
            format!("\"{written}\" is ignored: there is no rating to give a level")
        } else {
            format!("\"{written}\" is ignored: the rating gives the level {computed}")
        };
        let name = self.table.header.get(position).map_or("", String::as_str);
        Some(ImportWarning {
            path: format!("line {}, column {} ({name})", self.row.line, position + 1),
            message,
        })
    }
}

/// The number of an ID such as "R12" or "S3" (the letter in either case): digits without a
/// leading zero, at most nine of them, so numbers for new risks never run out.
fn id_number(text: &str, letter: char) -> Option<u32> {
    let digits = text.strip_prefix([letter, letter.to_ascii_lowercase()])?;
    let valid = (1..=9).contains(&digits.len())
        && !digits.starts_with('0')
        && digits.bytes().all(|byte| byte.is_ascii_digit());
    valid.then(|| digits.parse().ok()).flatten()
}

/// The risk number in the ID cell, or `None` for a new risk.
fn risk_number(cell: &str) -> Result<Option<u32>, String> {
    match cell.trim() {
        "" => Ok(None),
        id => id_number(id, 'R').map(Some).ok_or_else(|| {
            format!("\"{id}\" is not a risk ID; use R and a number, such as R12, or leave it empty for a new risk")
        }),
    }
}

/// The AI system ID in a cell: empty, or S and a number. Whether the inventory has it is not
/// checked here.
fn system_id(cell: &str) -> Result<String, String> {
    match cell.trim() {
        "" => Ok(String::new()),
        id => id_number(id, 'S').map(|n| format!("S{n}")).ok_or_else(|| {
            format!("\"{id}\" is not an AI system ID; use the system's ID from the inventory, such as S1, or leave it empty")
        }),
    }
}

/// An Annex C ID from one of its lists, in its own spelling, or empty.
fn annex_c(cell: &str, list: &'static [AnnexCEntry], what: &str) -> Result<String, String> {
    let id = cell.trim();
    if id.is_empty() {
        return Ok(String::new());
    }
    let ends = |entry: Option<&AnnexCEntry>| entry.map_or("", |entry| entry.id);
    list.iter()
        .find(|entry| entry.id.eq_ignore_ascii_case(id))
        .map(|entry| entry.id.to_owned())
        .ok_or_else(|| {
            format!(
                "\"{id}\" is not an Annex C {what}; use an ID from {} to {}, or leave it empty",
                ends(list.first()),
                ends(list.last())
            )
        })
}

/// A level on a scale, counted from 1, or `None` when empty.
fn level(cell: &str, scale: &[String], name: &str) -> Result<Option<u8>, String> {
    let text = cell.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u8>() {
        Ok(level) if (1..=scale.len()).contains(&usize::from(level)) => Ok(Some(level)),
        _ => Err(format!(
            "\"{text}\" is not a level of the {name} scale; use a number from 1 ({}) to {} ({}), or leave it empty",
            scale.first().map_or("", String::as_str),
            scale.len(),
            scale.last().map_or("", String::as_str),
        )),
    }
}

/// One of four choices, by its label or its file name in any case, or `None` when empty.
fn choice<T: Copy>(
    cell: &str,
    all: [T; 4],
    names: fn(T) -> [&'static str; 2],
    what: &str,
) -> Result<Option<T>, String> {
    let word = cell.trim();
    if word.is_empty() {
        return Ok(None);
    }
    all.into_iter()
        .find(|value| {
            names(*value)
                .iter()
                .any(|name| name.eq_ignore_ascii_case(word))
        })
        .map(Some)
        .ok_or_else(|| {
            let labels: Vec<&str> = all.into_iter().map(|value| names(value)[0]).collect();
            format!(
                "\"{word}\" is not a {what}; use {} or leave it empty",
                labels.join(", ")
            )
        })
}

/// A date, or `None` when empty.
fn date(cell: &str) -> Result<Option<IsoDate>, String> {
    match cell.trim() {
        "" => Ok(None),
        text => text
            .parse::<IsoDate>()
            .map(Some)
            .map_err(|error| error.to_string()),
    }
}

/// The controls in a cell (Annex A controls, or the organisation's own of `own_ids`),
/// separated by semicolons, in the catalog's spelling; a control named twice is kept once.
fn controls(cell: &str, catalog: Catalog, own_ids: &[&str]) -> Result<Vec<String>, String> {
    let mut found: Vec<String> = Vec::new();
    let mut unknown: Vec<&str> = Vec::new();
    let known = catalog
        .controls()
        .map(|control| control.id)
        .chain(own_ids.iter().copied());
    let known: Vec<&str> = known.collect();
    for id in cell.split(';').map(str::trim).filter(|id| !id.is_empty()) {
        match known.iter().find(|known| known.eq_ignore_ascii_case(id)) {
            Some(control) if !found.iter().any(|listed| listed == control) => {
                found.push((*control).to_owned())
            }
            Some(_) => {}
            None => unknown.push(id),
        }
    }
    if unknown.is_empty() {
        return Ok(found);
    }
    Err(format!(
        "not Annex A controls of this catalog or controls of your own: \"{}\"; list control IDs such as A.6.2.4 or O1, separated by \";\"",
        unknown.join("\", \"")
    ))
}

/// The actions in the Actions cell, one per line; blank lines are skipped.
fn actions(cell: &str) -> Result<Vec<TreatmentAction>, String> {
    let mut actions = Vec::new();
    for line in cell
        .split(['\n', '\r'])
        .filter(|line| !line.trim().is_empty())
    {
        let number = actions.len() + 1;
        actions.push(action(line).map_err(|message| format!("action {number}: {message}"))?);
    }
    Ok(actions)
}

/// One action line: up to four parts separated by `|` (missing ones are empty, and an action
/// without "done" is open). Inside a part, `\\`, `\|`, `\n` and `\r` stand for a backslash, a
/// `|`, a LF and a CR; any other backslash is kept as written. One space on each side of a
/// `|` belongs to the separator, so texts keep their own spaces.
fn action(line: &str) -> Result<TreatmentAction, String> {
    let mut parts = Vec::new();
    let mut part = String::new();
    let mut chars = line.chars();
    while let Some(ch) = chars.next() {
        match ch {
            '|' => parts.push(std::mem::take(&mut part)),
            '\\' => match chars.next() {
                Some('n') => part.push('\n'),
                Some('r') => part.push('\r'),
                Some(escaped @ ('\\' | '|')) => part.push(escaped),
                Some(other) => {
                    part.push('\\');
                    part.push(other);
                }
                None => part.push('\\'),
            },
            ch => part.push(ch),
        }
    }
    parts.push(part);
    if parts.len() > 4 {
        return Err(format!(
            "it has {} parts; an action has at most four (description | owner | due date | \
             done or open), and a \"|\" inside a text is written \\|",
            parts.len()
        ));
    }
    let last = parts.len() - 1;
    for (index, part) in parts.iter_mut().enumerate() {
        if index < last && part.ends_with(' ') {
            part.pop();
        }
        if index > 0 && part.starts_with(' ') {
            part.remove(0);
        }
    }
    let mut parts = parts.into_iter();
    let description = parts.next().unwrap_or_default();
    let owner = parts.next().unwrap_or_default();
    let due_date = date(&parts.next().unwrap_or_default())?;
    let done = match parts.next().unwrap_or_default().trim() {
        word if word.eq_ignore_ascii_case("done") => true,
        word if word.is_empty() || word.eq_ignore_ascii_case("open") => false,
        word => return Err(format!("\"{word}\" is neither done nor open")),
    };
    Ok(TreatmentAction {
        description,
        owner,
        due_date,
        done,
    })
}

/// Reads a risk register CSV: the file's rows become the register's complete list of risks,
/// in file order, under `register`'s criteria. Rows without an ID are new risks and get
/// fresh IDs; the next number is above every ID in the file and never below the register's.
/// Every problem of the file is returned, each with its line and column; nothing is returned
/// for a file with any problem.
pub fn read_risks_csv(
    text: &str,
    register: &RiskRegister,
    catalog: Catalog,
) -> Result<RiskCsvImport, Vec<CsvError>> {
    read_risks_csv_with_own_controls(text, register, catalog, &[])
}

/// Reads a risk register CSV like `read_risks_csv`, where the Controls cells may also name the
/// organisation's own controls (`own_ids`, such as "O1").
pub fn read_risks_csv_with_own_controls(
    text: &str,
    register: &RiskRegister,
    catalog: Catalog,
    own_ids: &[&str],
) -> Result<RiskCsvImport, Vec<CsvError>> {
    let table = read_table(text).map_err(|error| vec![error])?;
    let mut errors = Vec::new();
    let mut columns = [None; RISKS_HEADER.len()];
    for (index, name) in RISKS_HEADER.iter().enumerate() {
        match table.column(name) {
            Ok(Some(position)) => columns[index] = Some(position),
            // The level columns are for reading only, and files written before the review
            // dates existed have no date columns: all of them may be missing.
            Ok(None) if ![INHERENT[2], RESIDUAL[2], ASSESSED_ON, NEXT_REVIEW].contains(&index) => {
                errors.push(CsvError::MissingColumn {
                    name: (*name).to_owned(),
                    expected: RISKS_HEADER.join(", "),
                });
            }
            Ok(None) => {}
            Err(error) => errors.push(error),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if let Some(row) = table.rows.get(MAX_RISKS) {
        return Err(vec![CsvError::Malformed {
            line: row.line,
            message: format!("the file has more than {MAX_RISKS} risks"),
        }]);
    }
    let mut warnings = Vec::new();
    if table.rows.is_empty() && !register.risks.is_empty() {
        warnings.push(ImportWarning {
            path: format!("line {}", table.header_line),
            message: format!(
                "the file has no risks; importing it removes all {} risks of the register",
                register.risks.len()
            ),
        });
    }
    let mut risks = Vec::with_capacity(table.rows.len());
    // The risk numbers seen so far, with their lines. At most `MAX_RISKS` long.
    let mut numbers: Vec<(u32, u64)> = Vec::new();
    for row in &table.rows {
        let mut cells = Cells {
            table: &table,
            row,
            columns: &columns,
            errors: &mut errors,
        };
        let number = cells.read(ID, risk_number).flatten();
        if let Some(number) = number {
            match numbers.iter().find(|(seen, _)| *seen == number) {
                Some((_, line)) => {
                    let message = format!(
                        "R{number} is already the ID on line {line}; every risk needs its own ID"
                    );
                    cells.error(ID, message);
                }
                None => numbers.push((number, row.line)),
            }
        }
        // Cells are read from left to right, so a row's problems are listed in column order.
        let system_id = cells.read(SYSTEM, system_id).unwrap_or_default();
        let source = cells.read(SOURCE, |cell| annex_c(cell, ANNEX_C_SOURCES, "risk source"));
        let objective = cells.read(OBJECTIVE, |cell| {
            annex_c(cell, ANNEX_C_OBJECTIVES, "objective")
        });
        let inherent = cells.rating(INHERENT, register);
        warnings.extend(cells.check_level(INHERENT[2], inherent, register));
        let treatment_names = |t: Treatment| [t.label(), t.slug()];
        let treatment = cells.read(TREATMENT, |cell| {
            choice(cell, Treatment::ALL, treatment_names, "treatment")
        });
        let controls = cells.read(CONTROLS, |cell| controls(cell, catalog, own_ids));
        let actions = cells.read(ACTIONS, actions);
        let residual = cells.rating(RESIDUAL, register);
        warnings.extend(cells.check_level(RESIDUAL[2], residual, register));
        let accepted_on = cells.read(ACCEPTANCE_DATE, date);
        let status_names = |s: RiskStatus| [s.label(), s.slug()];
        let status = cells.read(STATUS, |cell| {
            choice(cell, RiskStatus::ALL, status_names, "status")
        });
        let id = number.map_or(String::new(), |number| format!("R{number}"));
        // The CSV has no columns for the library link: a row with the ID of a risk in the
        // register keeps that risk's link, and its proposed rating stays a proposal only
        // while the row rates it the same.
        let inherent = inherent.flatten();
        let earlier = register.get(&id).filter(|_| !id.is_empty());
        let library_id = earlier.map_or(String::new(), |risk| risk.library_id.clone());
        let rating_proposed =
            earlier.is_some_and(|risk| risk.rating_proposed && risk.inherent == inherent);
        // A file without the review date columns (written before they existed) keeps the
        // dates of the risk with the same ID, rather than clearing them.
        let mut review_date = |column: usize, kept: Option<IsoDate>| match columns[column] {
            Some(_) => cells.read(column, date).flatten(),
            None => kept,
        };
        let assessed_on = review_date(ASSESSED_ON, earlier.and_then(|risk| risk.assessed_on));
        let next_review = review_date(NEXT_REVIEW, earlier.and_then(|risk| risk.next_review));
        let risk = Risk {
            id,
            title: cells.text(TITLE),
            description: cells.text(DESCRIPTION),
            system_id,
            source: source.unwrap_or_default(),
            objective: objective.unwrap_or_default(),
            owner: cells.text(OWNER),
            inherent,
            treatment: treatment.flatten(),
            controls: controls.unwrap_or_default(),
            actions: actions.unwrap_or_default(),
            residual: residual.flatten(),
            acceptance: Acceptance {
                accepted_by: cells.text(ACCEPTED_BY),
                date: accepted_on.flatten(),
                rationale: cells.text(RATIONALE),
            },
            status: status.flatten().unwrap_or_default(),
            library_id,
            rating_proposed,
            assessed_on,
            next_review,
        };
        risks.push(risk);
        if errors.len() > MAX_ERRORS {
            errors.truncate(MAX_ERRORS);
            errors.push(CsvError::Malformed {
                line: row.line,
                message: format!("more than {MAX_ERRORS} problems; the list stops here"),
            });
            return Err(errors);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // New risks are numbered after every ID in the file and the register's next number.
    let highest = numbers.iter().map(|(number, _)| number + 1).max();
    let mut next = highest.unwrap_or(0).max(register.next_number);
    for (risk, row) in risks.iter_mut().zip(&table.rows) {
        if risk.id.is_empty() {
            let number = next.max(1);
            next = number.checked_add(1).ok_or_else(|| {
                let position = columns[ID].unwrap_or_default();
                vec![row.error(&table, position, "no risk numbers are left for a new risk")]
            })?;
            risk.id = format!("R{number}");
        }
    }
    Ok(RiskCsvImport {
        register: RiskRegister {
            criteria: register.criteria.clone(),
            risks,
            next_number: next,
        },
        warnings,
    })
}
