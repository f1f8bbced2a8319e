//! `IdMap` behaves like the `BTreeMap` it replaced: the same contents and the same order after
//! any sequence of inserts, removals and default-inserts.

use aims_assess::domain::id_map::IdMap;
use proptest::prelude::*;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
enum Op {
    Insert(String, u8),
    Remove(String),
    Touch(String),
}

fn id() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["4.1", "4.10", "4.2", "A.10.2", "A.2.2", "A.6.2.4", ""])
        .prop_map(str::to_owned)
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (id(), any::<u8>()).prop_map(|(id, value)| Op::Insert(id, value)),
        id().prop_map(Op::Remove),
        id().prop_map(Op::Touch),
    ]
}

proptest! {
    #[test]
    fn matches_a_btree_map(ops in prop::collection::vec(op(), 0..60)) {
        let mut map = IdMap::default();
        let mut model = BTreeMap::new();
        for op in ops {
            match op {
                Op::Insert(id, value) => {
                    map.insert(id.clone(), value);
                    model.insert(id, value);
                }
                Op::Remove(id) => prop_assert_eq!(map.remove(&id), model.remove(&id)),
                Op::Touch(id) => {
                    let ours = map.get_or_insert_default(&id);
                    *ours = ours.wrapping_add(1);
                    let theirs = model.entry(id).or_default();
                    *theirs = theirs.wrapping_add(1);
                }
            }
            let ours: Vec<(String, u8)> = map.iter().map(|(k, v)| (k.clone(), *v)).collect();
            let theirs: Vec<(String, u8)> = model.iter().map(|(k, v)| (k.clone(), *v)).collect();
            prop_assert_eq!(ours, theirs);
            prop_assert_eq!(map.len(), model.len());
            for probe in ["4.1", "4.10", "A.2.2", "missing"] {
                prop_assert_eq!(map.get(probe), model.get(probe));
            }
        }
    }
}
