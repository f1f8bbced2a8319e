//! A set of values of a small enum (AI roles, SoA inclusion reasons), kept as bits.
//!
//! It behaves like a `BTreeSet` for these few values (ordered iteration, insert, remove) at a
//! fraction of the code size in the Wasm bundle.

use std::marker::PhantomData;

/// An enum with at most eight values, each with its own bit.
pub trait Flag: Copy + 'static {
    /// Every value, in the order sets iterate.
    const ALL: &'static [Self];
    /// The value's position in `ALL`.
    fn position(self) -> usize;
}

/// A set of flags.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FlagSet<T: Flag> {
    bits: u8,
    values: PhantomData<T>,
}

impl<T: Flag> Default for FlagSet<T> {
    fn default() -> Self {
        FlagSet {
            bits: 0,
            values: PhantomData,
        }
    }
}

impl<T: Flag + std::fmt::Debug> std::fmt::Debug for FlagSet<T> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Flag> FlagSet<T> {
    fn bit(value: T) -> u8 {
        1 << value.position()
    }

    pub fn contains(&self, value: &T) -> bool {
        self.bits & Self::bit(*value) != 0
    }

    pub fn insert(&mut self, value: T) {
        self.bits |= Self::bit(value);
    }

    pub fn remove(&mut self, value: &T) {
        self.bits &= !Self::bit(*value);
    }

    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The values in the set, in the order of `T::ALL`.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL.iter().copied().filter(|value| self.contains(value))
    }
}

impl<T: Flag> FromIterator<T> for FlagSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut set = FlagSet::default();
        for value in values {
            set.insert(value);
        }
        set
    }
}
