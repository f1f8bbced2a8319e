//! A small map from IDs (item, question and control IDs) to values, kept as a vector sorted by
//! ID.
//!
//! An assessment holds at most a few hundred entries per map, where a sorted vector is as fast
//! as a `BTreeMap` and its code is a fraction of the size in the Wasm bundle (see
//! ARCHITECTURE.md, "Why the bundle stays small"). Iteration is in ID order, like a
//! `BTreeMap`, so files and exports come out in a stable order.

/// A map from string IDs to values, iterated in ID order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap {
            entries: Vec::new(),
        }
    }
}

impl<V> IdMap<V> {
    fn position(&self, id: &str) -> Result<usize, usize> {
        self.entries
            .binary_search_by(|(key, _)| key.as_str().cmp(id))
    }

    /// The value for an ID.
    pub fn get(&self, id: &str) -> Option<&V> {
        self.position(id).ok().map(|index| &self.entries[index].1)
    }

    /// Sets the value for an ID, replacing any earlier one.
    pub fn insert(&mut self, id: String, value: V) {
        match self.position(&id) {
            Ok(index) => self.entries[index].1 = value,
            Err(index) => self.entries.insert(index, (id, value)),
        }
    }

    /// Removes the value for an ID, if there is one.
    pub fn remove(&mut self, id: &str) -> Option<V> {
        self.position(id)
            .ok()
            .map(|index| self.entries.remove(index).1)
    }

    /// The value for an ID, inserting a default one first if there is none.
    pub fn get_or_insert_default(&mut self, id: &str) -> &mut V
    where
        V: Default,
    {
        let index = match self.position(id) {
            Ok(index) => index,
            Err(index) => {
                self.entries.insert(index, (id.to_owned(), V::default()));
                index
            }
        };
        &mut self.entries[index].1
    }

    /// The entries in ID order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(id, value)| (id, value))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
