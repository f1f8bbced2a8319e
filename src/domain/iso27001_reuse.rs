//! What an organisation that holds ISO/IEC 27001 can reuse: per clause item of ISO/IEC 42001
//! (clauses 4 to 10, which share the harmonized structure of ISO management system
//! standards), what its information security management system usually already provides,
//! what the AI management system adds and where to look for evidence; per Annex A control,
//! the related ISO/IEC 27001:2022 Annex A controls by ID.
//!
//! Our own mapping and wording, loaded on demand from `catalog/iso27001_reuse.json`. It only
//! ever hints: nothing here answers a question or changes a status.

use crate::domain::catalog::Catalog;

/// The number of controls in each theme of ISO/IEC 27001:2022 Annex A (A.5 organizational,
/// A.6 people, A.7 physical, A.8 technological). A fact of the standard, used to check IDs.
pub const ISO27001_THEMES: [(u8, u8); 4] = [(5, 37), (6, 8), (7, 14), (8, 34)];

/// Whether `id` names an ISO/IEC 27001:2022 Annex A control (A.5.1 to A.8.34).
pub fn is_iso27001_control(id: &str) -> bool {
    let Some(rest) = id.strip_prefix("A.") else {
        return false;
    };
    let Some((theme, number)) = rest.split_once('.') else {
        return false;
    };
    let (Ok(theme), Ok(number)) = (theme.parse::<u8>(), number.parse::<u8>()) else {
        return false;
    };
    // `parse` accepts "+5" and "05"; an ID is written without either.
    if rest != format!("{theme}.{number}") {
        return false;
    }
    ISO27001_THEMES
        .iter()
        .any(|&(known, count)| known == theme && (1..=count).contains(&number))
}

/// Where the reuse hints come from, shown beside them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReuseSource {
    pub title: String,
    pub publisher: String,
    pub note: String,
    pub last_checked: String,
}

/// The hint for one clause item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseReuse {
    pub id: String,
    /// What an ISMS usually already provides.
    pub in_place: String,
    /// What the AI management system adds.
    pub adds: String,
    /// Where to look for existing evidence.
    pub evidence: String,
}

/// The related ISO/IEC 27001:2022 controls of one ISO/IEC 42001 Annex A control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ControlReuse {
    pub id: String,
    /// IDs such as "A.5.15"; empty when no information security control is genuinely related.
    pub related: Vec<String>,
}

/// All the reuse hints.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Iso27001Reuse {
    pub source: ReuseSource,
    pub clause_items: Vec<ClauseReuse>,
    pub controls: Vec<ControlReuse>,
}

impl Iso27001Reuse {
    /// The hint for a clause item.
    pub fn clause_item(&self, id: &str) -> Option<&ClauseReuse> {
        self.clause_items.iter().find(|entry| entry.id == id)
    }

    /// The related ISO/IEC 27001:2022 controls of an Annex A control (empty when none).
    pub fn related(&self, control_id: &str) -> &[String] {
        self.controls
            .iter()
            .find(|entry| entry.id == control_id)
            .map_or(&[], |entry| entry.related.as_slice())
    }

    /// Checks the hints against the catalog: every clause item of clauses 4 to 10 has exactly
    /// one entry with its three texts, every Annex A control exactly one entry, no entry names
    /// anything else, and every related ID is an ISO/IEC 27001:2022 Annex A control.
    pub fn check(&self, catalog: Catalog) -> Result<(), String> {
        for item in catalog.clause_items() {
            let entries: Vec<&ClauseReuse> = self
                .clause_items
                .iter()
                .filter(|entry| entry.id == item.id)
                .collect();
            match entries.as_slice() {
                [entry] => {
                    if [&entry.in_place, &entry.adds, &entry.evidence]
                        .iter()
                        .any(|text| text.trim().is_empty())
                    {
                        return Err(format!("clause item {} has an empty text", item.id));
                    }
                }
                [] => return Err(format!("clause item {} has no entry", item.id)),
                _ => return Err(format!("clause item {} has more than one entry", item.id)),
            }
        }
        if let Some(entry) = self
            .clause_items
            .iter()
            .find(|entry| catalog.item(&entry.id).is_none_or(|item| item.is_control()))
        {
            return Err(format!("{} is not a clause item of the catalog", entry.id));
        }
        for control in catalog.controls() {
            let count = self
                .controls
                .iter()
                .filter(|entry| entry.id == control.id)
                .count();
            if count != 1 {
                return Err(format!(
                    "control {} has {count} entries instead of one",
                    control.id
                ));
            }
        }
        for entry in &self.controls {
            if catalog
                .item(&entry.id)
                .is_none_or(|item| !item.is_control())
            {
                return Err(format!("{} is not an Annex A control", entry.id));
            }
            if let Some(unknown) = entry.related.iter().find(|id| !is_iso27001_control(id)) {
                return Err(format!(
                    "{} lists {unknown}, which is not an ISO/IEC 27001:2022 Annex A control",
                    entry.id
                ));
            }
        }
        Ok(())
    }
}
