//! The limits every assessment keeps (`domain::limits`): edits over a limit are refused with a
//! message in plain words and change nothing, IDs never repeat even at the largest numbers,
//! the reader accepts everything the app's edits can build (texts over the limit from older
//! copies load with a warning), and a property test runs random edits through encode and
//! decode.

use crate::strategies::tricky_text;
use aims_assess::domain::action_plan::{self, ActionPlan, CustomAction};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::limits::{
    self, GrowingList, LimitError, MAX_LIST_ENTRIES, MAX_TEXT_CHARS,
};
use aims_assess::domain::profile::ProfileText;
use aims_assess::domain::records::{Decimal, FieldKind, Measurement, RegisterKind};
use aims_assess::domain::review::{ReviewComment, ReviewComments};
use aims_assess::domain::risk::{Risk, RiskRegister, RiskText};
use aims_assess::domain::soa::{OwnControl, OwnControlText, SoaError};
use aims_assess::domain::system::{AiSystem, Inventory, SystemText};
use aims_assess::io::json::{self, Layout};
use aims_assess::io::{self, ImportError};
use proptest::prelude::*;
use serde_json::Value;

const TOO_LONG: &str = "a text can be at most 100,000 characters long; this one has 100,001";

fn text_of(length: usize) -> String {
    // A letter of two bytes, so that characters and bytes differ.
    "é".repeat(length)
}

#[test]
fn io_limits_are_the_domain_limits() {
    assert_eq!(io::limits::MAX_ENTRIES, MAX_LIST_ENTRIES);
    assert_eq!(io::format::MAX_TEXT_CHARS, MAX_TEXT_CHARS);
    const { assert!(io::limits::MAX_STRING_CHARS >= MAX_TEXT_CHARS) };
    // Every value takes at least two bytes, so a file within the size limit never has more.
    const { assert!(io::limits::MAX_VALUES * 2 >= io::MAX_FILE_BYTES) };
    assert_eq!(limits::LAST_ID_NUMBER, u32::MAX - 1);
}

#[test]
fn messages_say_what_to_do() {
    let cases = [
        (LimitError::TextTooLong { length: 100_001 }, TOO_LONG),
        (
            LimitError::ListFull {
                list: GrowingList::Risks,
            },
            "the risk register holds at most 10,000 risks; delete one before adding another",
        ),
        (
            LimitError::ListFull {
                list: GrowingList::Systems,
            },
            "the inventory holds at most 10,000 AI systems; delete one before adding another",
        ),
        (
            LimitError::ListFull {
                list: GrowingList::ImpactVersions,
            },
            "an AI system keeps at most 10,000 versions of its impact assessment; go on working \
             on the current version instead",
        ),
        (
            LimitError::ListFull {
                list: GrowingList::OwnControls,
            },
            "the Statement of Applicability holds at most 10,000 controls of your own; delete \
             one before adding another",
        ),
        (
            LimitError::NoIdLeft {
                list: GrowingList::OwnControls,
            },
            "no new own control ID is left: IDs are numbered up to 4,294,967,294, and the \
             numbers are used up",
        ),
        (
            LimitError::NoIdLeft {
                list: GrowingList::Comments,
            },
            "no new comment ID is left: IDs are numbered up to 4,294,967,294, and the numbers \
             are used up",
        ),
    ];
    for (error, expected) in cases {
        assert_eq!(error.to_string(), expected);
    }
}

#[test]
fn a_system_with_as_many_impact_versions_as_a_list_holds_refuses_another() {
    use aims_assess::domain::system::{Inventory, SystemError};
    let mut inventory = Inventory::default();
    let id = inventory.add("Chatbot".into()).unwrap();
    inventory
        .edit(&id, |system| {
            // With the current version, the system then keeps as many as a list may hold.
            system.impact_history = vec![Default::default(); MAX_LIST_ENTRIES - 1];
        })
        .expect("there");
    let before = inventory.clone();
    assert_eq!(
        inventory.start_reassessment(&id),
        Err(SystemError::Limit(LimitError::ListFull {
            list: GrowingList::ImpactVersions
        }))
    );
    assert_eq!(inventory, before);
    inventory
        .edit(&id, |system| {
            system.impact_history.truncate(MAX_LIST_ENTRIES - 2)
        })
        .expect("there");
    assert!(
        inventory.start_reassessment(&id).is_ok(),
        "one below the limit"
    );
}

#[test]
fn a_full_list_of_own_controls_refuses_another() {
    let mut a = Assessment::named("Full");
    a.soa.own_controls = (1..=MAX_LIST_ENTRIES)
        .map(|number| OwnControl {
            id: format!("O{number}"),
            ..OwnControl::default()
        })
        .collect();
    let before = a.clone();
    assert_eq!(
        a.soa.add_own_control("One more".into(), String::new()),
        Err(SoaError::Limit(LimitError::ListFull {
            list: GrowingList::OwnControls
        }))
    );
    assert_eq!(a, before);
    // With room but no number left, the ID is refused rather than wrapped.
    a.soa.own_controls.truncate(1);
    a.soa.own_controls[0].id = format!("O{}", limits::LAST_ID_NUMBER);
    assert_eq!(
        a.soa.add_own_control("One more".into(), String::new()),
        Err(SoaError::Limit(LimitError::NoIdLeft {
            list: GrowingList::OwnControls
        }))
    );
}

#[test]
fn text_changes_within_and_over_the_limit() {
    let long = text_of(MAX_TEXT_CHARS + 5);
    // (old, new, accepted)
    let cases = [
        (String::new(), text_of(MAX_TEXT_CHARS), true),
        (String::new(), text_of(MAX_TEXT_CHARS + 1), false),
        (long.clone(), text_of(MAX_TEXT_CHARS + 4), true),
        (long.clone(), text_of(MAX_TEXT_CHARS + 6), false),
        (long.clone(), "short".to_owned(), true),
    ];
    for (old, new, accepted) in cases {
        assert_eq!(
            limits::check_text_change(&old, &new).is_ok(),
            accepted,
            "{} -> {} characters",
            old.chars().count(),
            new.chars().count()
        );
    }
}

/// Runs an edit that must be refused with `message`, and checks the assessment is unchanged.
fn refused<E: std::fmt::Display>(
    assessment: &mut Assessment,
    message: &str,
    edit: impl FnOnce(&mut Assessment) -> Result<(), E>,
) {
    let before = assessment.clone();
    match edit(assessment) {
        Ok(()) => panic!("the edit was made; expected: {message}"),
        Err(error) => assert_eq!(error.to_string(), message),
    }
    assert_eq!(*assessment, before);
}

fn sample() -> (Assessment, String, String) {
    let mut a = Assessment::named("Baseline");
    let risk = a.risks.add(Risk::default()).unwrap();
    a.risks.try_edit(&risk, |risk| risk.add_action()).unwrap();
    let system = a.inventory.add("Chatbot".into()).unwrap();
    action_plan::add_custom(&mut a.actions, "Write policy".into()).unwrap();
    a.comments
        .add(catalog(), "4.1", "Rev".into(), None, "Why?".into())
        .unwrap();
    (a, risk, system)
}

#[test]
fn every_text_edit_refuses_a_text_over_the_limit() {
    let (mut a, risk, system) = sample();
    let over = || text_of(MAX_TEXT_CHARS + 1);
    refused(&mut a, TOO_LONG, |a| a.rename(over()));
    refused(&mut a, TOO_LONG, |a| {
        a.set_text(catalog(), "6.1.2", TextField::Notes, over())
    });
    refused(&mut a, TOO_LONG, |a| {
        a.profile.set_text(ProfileText::Scope, over())
    });
    refused(&mut a, TOO_LONG, |a| a.soa.set_version(over()));
    refused(&mut a, TOO_LONG, |a| {
        a.soa.edit(catalog(), "A.2.2", |decision| {
            decision.justification = over()
        })
    });
    refused(&mut a, TOO_LONG, |a| {
        a.risks
            .try_edit(&risk, |risk| risk.set_text(RiskText::Title, over()))
    });
    refused(&mut a, TOO_LONG, |a| {
        a.risks
            .edit(&risk, |risk| risk.actions[0].description = over())
    });
    refused(&mut a, TOO_LONG, |a| {
        a.inventory
            .try_edit(&system, |system| system.set_text(SystemText::Name, over()))
    });
    refused(&mut a, TOO_LONG, |a| {
        a.actions.edit_custom("A1", |action| action.notes = over())
    });
    refused(&mut a, TOO_LONG, |a| {
        action_plan::set_notes(a, catalog(), "item:6.1.2", over())
    });
    refused(&mut a, TOO_LONG, |a| {
        action_plan::set_owner(a, catalog(), "risk:R1:1", over())
    });
    refused(&mut a, TOO_LONG, |a| a.comments.edit_text("C1", over()));
    refused(&mut a, TOO_LONG, |a| {
        a.comments
            .add(catalog(), "4.1", String::new(), None, over())
            .map(drop)
    });
    refused(&mut a, TOO_LONG, |a| {
        a.risks
            .add(Risk {
                title: over(),
                ..Risk::default()
            })
            .map(drop)
    });
    refused(&mut a, TOO_LONG, |a| a.inventory.add(over()).map(drop));
    refused(&mut a, TOO_LONG, |a| {
        action_plan::add_custom(&mut a.actions, over()).map(drop)
    });
    // At the limit exactly, the same edits are made.
    let at_limit = text_of(MAX_TEXT_CHARS);
    a.rename(at_limit.clone()).unwrap();
    a.set_text(catalog(), "6.1.2", TextField::Notes, at_limit.clone())
        .unwrap();
    a.risks
        .try_edit(&risk, |risk| {
            risk.set_text(RiskText::Title, at_limit.clone())
        })
        .unwrap();
    assert_eq!(a.risks.risks[0].title.chars().count(), MAX_TEXT_CHARS);
}

#[test]
fn every_growing_list_refuses_its_ten_thousand_and_first_entry() {
    let full = |prefix: char| (1..=MAX_LIST_ENTRIES).map(move |n| format!("{prefix}{n}"));
    let mut a = Assessment::named("Full");
    a.risks.risks = full('R')
        .map(|id| Risk {
            id,
            ..Risk::default()
        })
        .collect();
    a.inventory.systems = full('S')
        .map(|id| AiSystem {
            id,
            ..AiSystem::default()
        })
        .collect();
    a.actions.custom = full('A')
        .map(|id| CustomAction {
            id,
            ..CustomAction::default()
        })
        .collect();
    a.comments.comments = full('C')
        .map(|id| ReviewComment {
            id,
            item_id: "4.1".into(),
            text: "x".into(),
            ..ReviewComment::default()
        })
        .collect();
    a.risks.risks[0].actions = vec![Default::default(); MAX_LIST_ENTRIES];
    let delete = "delete one before adding another";
    refused(
        &mut a,
        &format!("the risk register holds at most 10,000 risks; {delete}"),
        |a| a.risks.add(Risk::default()).map(drop),
    );
    refused(
        &mut a,
        &format!("the inventory holds at most 10,000 AI systems; {delete}"),
        |a| a.inventory.add("One more".into()).map(drop),
    );
    refused(
        &mut a,
        &format!("the action plan holds at most 10,000 own actions; {delete}"),
        |a| action_plan::add_custom(&mut a.actions, "One more".into()).map(drop),
    );
    refused(
        &mut a,
        &format!("an assessment holds at most 10,000 reviewer comments; {delete}"),
        |a| {
            a.comments
                .add(catalog(), "4.1", String::new(), None, "More".into())
                .map(drop)
        },
    );
    refused(
        &mut a,
        &format!("a risk holds at most 10,000 treatment actions; {delete}"),
        |a| a.risks.try_edit("R1", |risk| risk.add_action()),
    );
    refused(
        &mut a,
        &format!("a risk holds at most 10,000 treatment actions; {delete}"),
        |a| {
            a.risks
                .edit("R1", |risk| risk.actions.push(Default::default()))
        },
    );
    // Updates of derived actions: a new one is refused, an existing one can still change.
    let mut plan = ActionPlan::default();
    for n in 0..MAX_LIST_ENTRIES {
        plan.updates
            .insert(format!("risk:R1:{}", n + 1), Default::default());
    }
    a.actions.updates = plan.updates;
    a.actions
        .updates
        .values_mut()
        .for_each(|u| u.notes = "n".into());
    refused(
        &mut a,
        "the action plan keeps updates (notes, status, priority) of at most 10,000 derived \
         actions; clear the notes, status or priority of another action before changing this one",
        |a| action_plan::set_notes(a, catalog(), "item:4.1", "New".into()),
    );
    action_plan::set_notes(&mut a, catalog(), "risk:R1:1", "Changed".into()).unwrap();
}

#[test]
fn ids_never_repeat_at_the_largest_numbers() {
    // (highest ID number in use, stored counter, the ID the next entry gets or None)
    let cases: [(u32, u32, Option<u32>); 5] = [
        (4_294_967_293, 0, Some(4_294_967_294)),
        (4_294_967_294, 0, None),
        (4_294_967_295, 0, None),
        (1, 4_294_967_294, Some(4_294_967_294)),
        (1, 4_294_967_295, None),
    ];
    for (highest, counter, expected) in cases {
        let expected_id = |prefix: char| expected.map(|n| format!("{prefix}{n}"));
        let mut register = RiskRegister {
            risks: vec![Risk {
                id: format!("R{highest}"),
                ..Risk::default()
            }],
            next_number: counter,
            ..RiskRegister::default()
        };
        assert_eq!(
            register.add(Risk::default()).ok(),
            expected_id('R'),
            "R{highest}"
        );
        let mut inventory = Inventory {
            systems: vec![AiSystem {
                id: format!("S{highest}"),
                ..AiSystem::default()
            }],
            next_number: counter,
        };
        assert_eq!(inventory.add("New".into()).ok(), expected_id('S'));
        let mut plan = ActionPlan {
            custom: vec![CustomAction {
                id: format!("A{highest}"),
                ..CustomAction::default()
            }],
            next_number: counter,
            ..ActionPlan::default()
        };
        assert_eq!(
            action_plan::add_custom(&mut plan, "New".into()).ok(),
            expected_id('A')
        );
        let mut comments = ReviewComments {
            comments: vec![ReviewComment {
                id: format!("C{highest}"),
                ..ReviewComment::default()
            }],
            next_number: counter,
        };
        let added = comments.add(catalog(), "4.1", String::new(), None, "New".into());
        assert_eq!(added.ok(), expected_id('C'));
        if expected.is_none() {
            assert_eq!(register.risks.len(), 1);
            assert_eq!(
                register.add(Risk::default()).unwrap_err().to_string(),
                "no new risk ID is left: IDs are numbered up to 4,294,967,294, and the numbers \
                 are used up"
            );
        }
    }
}

/// The stored text of an assessment with one risk, system, own action and comment, as JSON.
fn stored_value() -> Value {
    let (a, _, _) = sample();
    serde_json::from_str(&json::encode(
        &a,
        "2026-01-01T00:00:00.000Z",
        Layout::Compact,
    ))
    .unwrap()
}

fn decode_value(value: &Value) -> Result<json::Validated, ImportError> {
    json::decode(&value.to_string(), catalog())
}

#[test]
fn the_largest_id_is_refused_on_import_and_the_one_below_raises_the_counter() {
    // (list, ID field's list, counter field, prefix)
    let lists = [
        ("risks", "next_risk_number", 'R'),
        ("systems", "next_system_number", 'S'),
        ("custom_actions", "next_action_number", 'A'),
        ("review_comments", "next_comment_number", 'C'),
    ];
    for (list, counter, prefix) in lists {
        let mut value = stored_value();
        value["assessment"][list][0]["id"] = format!("{prefix}4294967295").into();
        value["assessment"][counter] = 4_294_967_295u32.into();
        let error = decode_value(&value).unwrap_err().to_string();
        assert!(
            error.starts_with(&format!(
                "at assessment.{list}[0].id: the ID {prefix}4294967295 is too high"
            )),
            "{error}"
        );

        let mut value = stored_value();
        value["assessment"][list][0]["id"] = format!("{prefix}4294967294").into();
        value["assessment"][counter] = 1u32.into();
        let mut a = decode_value(&value).unwrap().assessment;
        let before = a.clone();
        let refused = match prefix {
            'R' => a
                .risks
                .add(Risk::default())
                .map(drop)
                .map_err(|e| e.to_string()),
            'S' => a
                .inventory
                .add("New".into())
                .map(drop)
                .map_err(|e| e.to_string()),
            'A' => action_plan::add_custom(&mut a.actions, "New".into())
                .map(drop)
                .map_err(|e| e.to_string()),
            _ => a
                .comments
                .add(catalog(), "4.1", String::new(), None, "New".into())
                .map(drop)
                .map_err(|e| e.to_string()),
        };
        assert!(refused.unwrap_err().contains("ID is left"), "{list}");
        assert_eq!(a, before);
    }
}

#[test]
fn a_stored_text_over_the_limit_loads_with_a_warning() {
    let mut value = stored_value();
    value["assessment"]["items"]["6.1.2"] = serde_json::json!({ "notes": text_of(100_001) });
    value["assessment"]["name"] = text_of(200_000).into();
    let read = decode_value(&value).unwrap();
    let warnings: Vec<String> = read.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings.contains(
            &"assessment.items[\"6.1.2\"].notes: the text is 100,001 characters long; it is kept, \
          but edits there are limited to 100,000"
                .to_owned()
        ),
        "{warnings:?}"
    );
    assert!(warnings
        .iter()
        .any(|w| w.starts_with("assessment.name: the text is 200,000")));
    let mut a = read.assessment;
    assert_eq!(a.items["6.1.2"].notes.chars().count(), 100_001);
    // The kept text may shrink but not grow; other fields stay editable.
    a.set_text(catalog(), "6.1.2", TextField::Notes, text_of(100_000))
        .unwrap();
    assert!(a
        .set_text(catalog(), "6.1.2", TextField::Notes, text_of(100_001))
        .is_err());
    a.set_text(catalog(), "6.1.2", TextField::Owner, "Head of Data".into())
        .unwrap();
    // A text over the parser's coarse limit is still refused as a hostile file.
    let mut value = stored_value();
    value["assessment"]["name"] = "x".repeat(1_000_001).into();
    assert!(decode_value(&value).is_err());
}

/// One edit the app's pages can make, with texts of any length.
#[derive(Debug, Clone)]
enum Edit {
    Rename(String),
    ItemText(&'static str, usize, String),
    Answer(&'static str, &'static str, Option<Answer>),
    AddRisk(String),
    RiskText(usize, usize, String),
    AddTreatmentAction(usize),
    DeleteRisk(usize),
    AddSystem(String),
    SystemText(usize, usize, String),
    DeleteSystem(usize),
    AddOwnAction(String),
    OwnActionNotes(usize, String),
    DeleteOwnAction(usize),
    PlannedNotes(&'static str, String),
    AddComment(&'static str, String),
    DeleteComment(usize),
    AddOwnControl(String),
    OwnControlDescription(usize, String),
    DeleteOwnControl(usize),
    AddRecord(usize, String),
    RecordText(usize, usize, usize, String),
    AddMeasurement(usize, String),
    DeleteRecord(usize, usize),
}

/// Short tricky texts mostly, and now and then one at the limit or just over it.
fn any_length_text() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => tricky_text(),
        1 => (0..2usize).prop_map(|extra| text_of(MAX_TEXT_CHARS + extra)),
    ]
}

fn any_edit() -> impl Strategy<Value = Edit> {
    let items: Vec<&'static str> = catalog().clause_items().map(|item| item.id).collect();
    let questions: Vec<(&'static str, &'static str)> = catalog()
        .clause_items()
        .flat_map(|item| item.questions.iter().map(move |q| (item.id, q.id)))
        .collect();
    let item = prop::sample::select(items);
    let answer = prop::option::of(prop::sample::select(Answer::ALL.to_vec()));
    prop_oneof![
        any_length_text().prop_map(Edit::Rename),
        (item.clone(), 0..3usize, any_length_text()).prop_map(|(i, f, t)| Edit::ItemText(i, f, t)),
        (prop::sample::select(questions), answer).prop_map(|((i, q), a)| Edit::Answer(i, q, a)),
        any_length_text().prop_map(Edit::AddRisk),
        (0..4usize, 0..5usize, any_length_text()).prop_map(|(r, f, t)| Edit::RiskText(r, f, t)),
        (0..4usize).prop_map(Edit::AddTreatmentAction),
        (0..4usize).prop_map(Edit::DeleteRisk),
        any_length_text().prop_map(Edit::AddSystem),
        (0..4usize, 0..10usize, any_length_text()).prop_map(|(s, f, t)| Edit::SystemText(s, f, t)),
        (0..4usize).prop_map(Edit::DeleteSystem),
        any_length_text().prop_map(Edit::AddOwnAction),
        (0..4usize, any_length_text()).prop_map(|(a, t)| Edit::OwnActionNotes(a, t)),
        (0..4usize).prop_map(Edit::DeleteOwnAction),
        (item.clone(), any_length_text()).prop_map(|(i, t)| Edit::PlannedNotes(i, t)),
        (item, any_length_text()).prop_map(|(i, t)| Edit::AddComment(i, t)),
        (0..4usize).prop_map(Edit::DeleteComment),
        any_length_text().prop_map(Edit::AddOwnControl),
        (0..4usize, any_length_text()).prop_map(|(c, t)| Edit::OwnControlDescription(c, t)),
        (0..4usize).prop_map(Edit::DeleteOwnControl),
        (0..7usize, any_length_text()).prop_map(|(k, t)| Edit::AddRecord(k, t)),
        (0..7usize, 0..4usize, 0..12usize, any_length_text())
            .prop_map(|(k, r, f, t)| Edit::RecordText(k, r, f, t)),
        (0..4usize, any_length_text()).prop_map(|(r, t)| Edit::AddMeasurement(r, t)),
        (0..7usize, 0..4usize).prop_map(|(k, r)| Edit::DeleteRecord(k, r)),
    ]
}

/// The ID of the `index`-th entry (wrapping), or a missing one for an empty list.
fn nth_id<T>(list: &[T], index: usize, id: impl Fn(&T) -> &str) -> String {
    match list.len() {
        0 => "none".to_owned(),
        length => id(&list[index % length]).to_owned(),
    }
}

/// Applies an edit as the app's named actions do; `Err` when the domain refused it.
fn apply(a: &mut Assessment, edit: Edit) -> Result<(), String> {
    const RISK_TEXTS: [RiskText; 5] = [
        RiskText::Title,
        RiskText::Description,
        RiskText::Owner,
        RiskText::AcceptedBy,
        RiskText::Rationale,
    ];
    const ITEM_TEXTS: [TextField; 3] = [TextField::Notes, TextField::Evidence, TextField::Owner];
    let text = |e: &dyn std::fmt::Display| e.to_string();
    match edit {
        Edit::Rename(name) => a.rename(name).map_err(|e| text(&e)),
        Edit::ItemText(item, field, value) => a
            .set_text(catalog(), item, ITEM_TEXTS[field], value)
            .map_err(|e| text(&e)),
        Edit::Answer(item, question, answer) => a
            .set_answer(catalog(), item, question, answer)
            .map_err(|e| text(&e)),
        Edit::AddRisk(title) => a
            .risks
            .add(Risk {
                title,
                ..Risk::default()
            })
            .map(drop)
            .map_err(|e| text(&e)),
        Edit::RiskText(index, field, value) => {
            let id = nth_id(&a.risks.risks, index, |r| &r.id);
            a.risks
                .try_edit(&id, |risk| risk.set_text(RISK_TEXTS[field], value))
                .map_err(|e| text(&e))
        }
        Edit::AddTreatmentAction(index) => {
            let id = nth_id(&a.risks.risks, index, |r| &r.id);
            a.risks
                .try_edit(&id, |risk| risk.add_action())
                .map_err(|e| text(&e))
        }
        Edit::DeleteRisk(index) => {
            let id = nth_id(&a.risks.risks, index, |r| &r.id);
            a.risks.remove(&id).map(drop).map_err(|e| text(&e))
        }
        Edit::AddSystem(name) => a.inventory.add(name).map(drop).map_err(|e| text(&e)),
        Edit::SystemText(index, field, value) => {
            let id = nth_id(&a.inventory.systems, index, |s| &s.id);
            a.inventory
                .try_edit(&id, |system| system.set_text(SystemText::ALL[field], value))
                .map_err(|e| text(&e))
        }
        Edit::DeleteSystem(index) => {
            let id = nth_id(&a.inventory.systems, index, |s| &s.id);
            a.inventory.remove(&id).map(drop).map_err(|e| text(&e))
        }
        Edit::AddOwnAction(title) => action_plan::add_custom(&mut a.actions, title)
            .map(drop)
            .map_err(|e| text(&e)),
        Edit::OwnActionNotes(index, notes) => {
            let id = nth_id(&a.actions.custom, index, |c| &c.id);
            action_plan::set_notes(a, catalog(), &id, notes).map_err(|e| text(&e))
        }
        Edit::DeleteOwnAction(index) => {
            let id = nth_id(&a.actions.custom, index, |c| &c.id);
            action_plan::remove_custom(&mut a.actions, &id)
                .map(drop)
                .map_err(|e| text(&e))
        }
        Edit::PlannedNotes(item, notes) => {
            action_plan::set_notes(a, catalog(), &format!("item:{item}"), notes)
                .map_err(|e| text(&e))
        }
        Edit::AddComment(item, comment) => a
            .comments
            .add(catalog(), item, "Reviewer".into(), None, comment)
            .map(drop)
            .map_err(|e| text(&e)),
        Edit::DeleteComment(index) => {
            let id = nth_id(&a.comments.comments, index, |c| &c.id);
            a.comments.remove(&id).map(drop).map_err(|e| text(&e))
        }
        Edit::AddOwnControl(title) => a
            .soa
            .add_own_control(title, String::new())
            .map(drop)
            .map_err(|e| text(&e)),
        Edit::OwnControlDescription(index, description) => {
            let id = nth_id(&a.soa.own_controls, index, |c| &c.id);
            a.soa
                .set_own_control_text(&id, OwnControlText::Description, description)
                .map_err(|e| text(&e))
        }
        Edit::DeleteOwnControl(index) => {
            let id = nth_id(&a.soa.own_controls, index, |c| &c.id);
            a.soa
                .remove_own_control(&id, &a.risks)
                .map(drop)
                .map_err(|e| text(&e))
        }
        Edit::AddRecord(kind, name) => a
            .records
            .add(RegisterKind::ALL[kind], name)
            .map(drop)
            .map_err(|e| text(&e)),
        Edit::RecordText(kind, index, field, value) => {
            let kind = RegisterKind::ALL[kind];
            let id = nth_id(&a.records.get(kind).records, index, |r| &r.id);
            // One of the register's text fields, whichever `field` lands on.
            let texts: Vec<&str> = kind
                .spec()
                .fields
                .iter()
                .filter(|f| matches!(f.kind, FieldKind::Text | FieldKind::LongText))
                .map(|f| f.key)
                .collect();
            let key = texts[field % texts.len()];
            a.records
                .set_value(kind, &id, key, value)
                .map_err(|e| text(&e))
        }
        Edit::AddMeasurement(index, comment) => {
            let id = nth_id(
                &a.records.get(RegisterKind::Objectives).records,
                index,
                |r| &r.id,
            );
            let measurement = Measurement {
                date: "2026-06-30".parse().expect("a date"),
                value: Decimal::parse("12.5").expect("a number"),
                comment,
            };
            a.records
                .add_measurement(&id, measurement)
                .map_err(|e| text(&e))
        }
        Edit::DeleteRecord(kind, index) => {
            let kind = RegisterKind::ALL[kind];
            let id = nth_id(&a.records.get(kind).records, index, |r| &r.id);
            a.records.remove(kind, &id).map(drop).map_err(|e| text(&e))
        }
    }
}

/// Whether an edit carries a text over the limit (which must be refused).
fn carries_text_over_limit(edit: &Edit) -> bool {
    let over = |t: &str| t.chars().count() > MAX_TEXT_CHARS;
    match edit {
        Edit::Rename(t)
        | Edit::ItemText(_, _, t)
        | Edit::AddRisk(t)
        | Edit::RiskText(_, _, t)
        | Edit::AddSystem(t)
        | Edit::SystemText(_, _, t)
        | Edit::AddOwnAction(t)
        | Edit::OwnActionNotes(_, t)
        | Edit::PlannedNotes(_, t)
        | Edit::AddComment(_, t)
        | Edit::AddOwnControl(t)
        | Edit::OwnControlDescription(_, t)
        | Edit::AddRecord(_, t)
        | Edit::RecordText(_, _, _, t)
        | Edit::AddMeasurement(_, t) => over(t),
        _ => false,
    }
}

/// Cases from `PROPTEST_CASES`, or a few by default: each case encodes texts of 100,000
/// characters, and the suite runs on every CI build.
fn few_cases() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(24);
    ProptestConfig::with_cases(cases)
}

proptest! {
    #![proptest_config(few_cases())]

    /// Whatever the app's own edits build can be saved and read back unchanged, without a
    /// warning; an edit with a text over the limit is refused and changes nothing.
    #[test]
    fn the_apps_own_edits_always_read_back(edits in prop::collection::vec(any_edit(), 1..40)) {
        let mut a = Assessment::named("Property");
        for edit in edits {
            let over = carries_text_over_limit(&edit);
            let before = a.clone();
            let outcome = apply(&mut a, edit);
            if over {
                prop_assert!(outcome.is_err());
                prop_assert_eq!(&a, &before);
            }
        }
        let text = json::encode(&a, "2026-01-01T00:00:00.000Z", Layout::Compact);
        let read = json::decode(&text, catalog()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(read.warnings.is_empty(), "{:?}", read.warnings);
        prop_assert_eq!(read.assessment, a);
    }
}
