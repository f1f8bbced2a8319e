//! Named actions on reviewer comments: add one to an item, mark it resolved or open again.
//! They go through the same edit path as every other change, so comments are saved and
//! exported with the assessment.

use crate::domain::catalog::catalog;
use crate::platform::clock;
use crate::state::AppState;

impl AppState {
    /// Adds an open comment on an item, dated today; returns whether it was added (a blank
    /// text is refused with a message).
    pub fn add_review_comment(&self, item_id: &str, author: &str, text: &str) -> bool {
        let mut added = false;
        self.edit(|a| {
            a.comments
                .add(
                    catalog(),
                    item_id,
                    author.trim().to_owned(),
                    clock::today(),
                    text.trim().to_owned(),
                )
                .map(|_| added = true)
        });
        added
    }

    /// Marks a comment resolved, or open again.
    pub fn set_comment_resolved(&self, comment_id: &str, resolved: bool) {
        self.edit(|a| a.comments.set_resolved(comment_id, resolved));
    }
}
