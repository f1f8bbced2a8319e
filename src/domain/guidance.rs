//! Practical guidance for the Annex A controls: several paragraphs of our own advice and the
//! common pitfalls per control.
//!
//! The guidance is the longest prose in the catalog, so the app does not carry it in its
//! first download: it is read from the same catalog file (`catalog/annex_a.json`) when an
//! Annex A page is first opened. The IDs, titles, questions and evidence stay compiled in.

/// The guidance for one control.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ControlGuidance {
    /// What implementing the control looks like in a small organisation.
    pub guidance: String,
    /// Mistakes organisations commonly make with it.
    pub pitfalls: Vec<String>,
}

/// The guidance for every control, by control ID.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GuidanceBook {
    entries: Vec<(String, ControlGuidance)>,
}

impl GuidanceBook {
    pub fn new(entries: Vec<(String, ControlGuidance)>) -> GuidanceBook {
        GuidanceBook { entries }
    }

    /// The guidance for a control, if the book has it.
    pub fn get(&self, control_id: &str) -> Option<&ControlGuidance> {
        self.entries
            .iter()
            .find(|(id, _)| id == control_id)
            .map(|(_, guidance)| guidance)
    }

    /// How many controls the book covers.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
