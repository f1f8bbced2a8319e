//! Shared proptest strategies: any assessment the app can hold (with AI systems, risks, an
//! action plan, reviewer comments, register entries with measurements, a certification plan
//! and template texts),
//! used by every round-trip property test (JSON, answers CSV, JSON Schema), and random edits
//! of valid files for the importers' never-panic tests.

use aims_assess::domain::action_plan::{
    ActionPlan, ActionStatus, ActionUpdate, CustomAction, Priority,
};
use aims_assess::domain::annex_c::{ANNEX_C_OBJECTIVES, ANNEX_C_SOURCES};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::catalog_update::{CatalogUpdate, CheckReason};
use aims_assess::domain::certification::CertificationPlan;
use aims_assess::domain::date::IsoDate;
use aims_assess::domain::impact_catalog::{all_harms, all_measures, MeasureState, Severity};
use aims_assess::domain::impact_record::{
    AnnexIiiArea, HarmFollowUp, Likelihood, PeopleReached, Reversibility,
};
use aims_assess::domain::records::{
    Decimal, FieldInput, FieldKind, FieldSpec, Measurement, Record, RegisterKind, Registers,
};
use aims_assess::domain::review::{ReviewComment, ReviewComments};
use aims_assess::domain::risk::{
    Acceptance, Risk, RiskRegister, RiskStatus, Treatment, TreatmentAction,
};
use aims_assess::domain::risk_criteria::{Rating, RiskCriteria};
use aims_assess::domain::role::AiRole;
use aims_assess::domain::soa::{Applicability, ControlDecision, InclusionReason, OwnControl, Soa};
use aims_assess::domain::system::{
    AiSystem, Automation, Capability, DataKind, Inventory, LifeCycleStage, SystemText,
};
use proptest::prelude::*;

/// Text that spreadsheets and CSV find hard: formula starts, apostrophes, separators, quotes,
/// line breaks, a byte-order mark and non-ASCII letters, or anything at all.
pub fn tricky_text() -> impl Strategy<Value = String> {
    prop_oneof!["['=+@\\-\t\r\n,;\" \u{feff}aéß€字]{0,12}", any::<String>(),]
}

/// Any assessment the app can hold, over clause items and controls, with tricky texts and notes
/// on answers, an inventory, a risk register, an action plan, reviewer comments and a catalog
/// update still to look at.
pub fn any_assessment() -> impl Strategy<Value = Assessment> {
    let questions: Vec<(&'static str, &'static str)> = catalog()
        .clause_items()
        .chain(catalog().controls())
        .flat_map(|item| item.questions.iter().map(move |q| (item.id, q.id)))
        .collect();
    let items: Vec<&'static str> = catalog()
        .clause_items()
        .chain(catalog().controls())
        .map(|item| item.id)
        .collect();
    let answer = prop::option::of(prop::sample::select(Answer::ALL.to_vec()));
    let answers = prop::collection::vec((prop::sample::select(questions.clone()), answer), 0..60);
    let notes = prop::collection::vec(
        (prop::sample::select(questions.clone()), tricky_text()),
        0..6,
    );
    let update = prop::option::of(any_catalog_update(questions));
    let texts = prop::collection::vec(
        (
            prop::sample::select(items.clone()),
            0..3usize,
            tricky_text(),
        ),
        0..12,
    );
    let dates = prop::collection::vec(
        (
            prop::sample::select(items),
            prop::option::of((1u16..=9999, 1u8..=12, 1u8..=31)),
        ),
        0..6,
    );
    (
        tricky_text(),
        answers,
        texts,
        dates,
        any_inventory(),
        any_risk_register(),
        any_action_plan(),
        any_comments(),
        any_soa(),
        (
            notes,
            update,
            any_registers(),
            any_certification(),
            any_template_texts(),
        ),
    )
        .prop_map(
            |(
                name,
                answers,
                texts,
                dates,
                inventory,
                mut risks,
                actions,
                comments,
                soa,
                (notes, update, records, certification, template_texts),
            )| {
                let mut assessment = Assessment::named(name);
                assessment.inventory = inventory;
                // The first risk's treatment also uses the first own control, if there is one.
                if let (Some(own), Some(risk)) = (soa.own_controls.first(), risks.risks.first_mut())
                {
                    risk.use_control(&own.id, true);
                }
                assessment.soa = soa;
                assessment.risks = risks;
                assessment.actions = actions;
                assessment.comments = comments;
                for ((item, question), answer) in answers {
                    assessment
                        .set_answer(catalog(), item, question, answer)
                        .expect("valid");
                }
                for (item, field, text) in texts {
                    let field = [TextField::Notes, TextField::Evidence, TextField::Owner][field];
                    assessment
                        .set_text(catalog(), item, field, text)
                        .expect("valid");
                }
                for (item, date) in dates {
                    let date = date.and_then(|(y, m, d)| IsoDate::new(y, m, d));
                    assessment
                        .set_due_date(catalog(), item, date)
                        .expect("valid");
                }
                for ((item, question), note) in notes {
                    assessment
                        .set_question_note(catalog(), item, question, note)
                        .expect("valid");
                }
                assessment.catalog_update = update;
                assessment.records = records;
                assessment.certification = certification;
                assessment.template_texts = template_texts;
                assessment
            },
        )
}

/// Any value of a register field that the app accepts, as a file would give it (numbers and
/// fingerprints not always in the form the app keeps them in), or nothing.
fn any_field_input(field: &'static FieldSpec) -> BoxedStrategy<Option<FieldInput>> {
    let one = |strategy: BoxedStrategy<String>| {
        prop::option::of(strategy.prop_map(FieldInput::One)).boxed()
    };
    let list = |choices: Vec<String>| {
        prop::sample::subsequence(choices.clone(), 0..=choices.len().min(3))
            .prop_shuffle()
            .prop_map(|entries| Some(FieldInput::List(entries)))
            .boxed()
    };
    match field.kind {
        FieldKind::Text | FieldKind::LongText => one(tricky_text().boxed()),
        FieldKind::Date => one(any_date()
            .prop_filter_map("a date", |date| date.map(|date| date.to_string()))
            .boxed()),
        FieldKind::Number => one((-10_000_000i64..10_000_000, 0u16..1000)
            .prop_map(|(whole, thousandths)| format!("{whole}.{thousandths:03}"))
            .boxed()),
        FieldKind::Fingerprint => one("[0-9a-fA-F]{64}".boxed()),
        FieldKind::Choice(choices) => one(prop::sample::select(
            choices
                .iter()
                .map(|c| c.slug.to_owned())
                .collect::<Vec<_>>(),
        )
        .boxed()),
        FieldKind::Checklist(choices) => list(choices.iter().map(|c| c.slug.to_owned()).collect()),
        FieldKind::Items => list(item_ids().into_iter().map(str::to_owned).collect()),
        FieldKind::Systems => list(vec!["S1".into(), "S2".into(), "S7".into()]),
    }
}

/// Any measurement the app accepts.
fn any_measurement() -> impl Strategy<Value = Measurement> {
    (
        any_date().prop_filter_map("a date", |date| date),
        (-1_000_000i64..1_000_000, 0u16..1000),
        tricky_text(),
    )
        .prop_map(|(date, (whole, thousandths), comment)| Measurement {
            date,
            value: Decimal::parse(&format!("{whole}.{thousandths:03}")).expect("a number"),
            comment,
        })
}

/// Any registers: up to three entries in each, with IDs in order (some numbers skipped), any
/// values of their fields as the reader would keep them, measurements of objectives, and a
/// next number at or above one more than the highest in use.
pub fn any_registers() -> impl Strategy<Value = Registers> {
    let registers: Vec<_> = RegisterKind::ALL
        .into_iter()
        .map(|kind| {
            let values: Vec<_> = kind.spec().fields.iter().map(any_field_input).collect();
            let measurements = if kind == RegisterKind::Objectives {
                prop::collection::vec(any_measurement(), 0..4).boxed()
            } else {
                Just(Vec::new()).boxed()
            };
            let entry = (1u32..4, values, measurements);
            (Just(kind), prop::collection::vec(entry, 0..3), 0u32..3)
        })
        .collect();
    registers.prop_map(|registers| {
        let mut all = Registers::default();
        for (kind, entries, ahead) in registers {
            let mut number = 0;
            for (step, values, measurements) in entries {
                number += step;
                let id = format!("{}{number}", kind.spec().id_prefix);
                let mut record = Record::new(id.clone());
                for (field, value) in kind.spec().fields.iter().zip(values) {
                    if let Some(value) = value {
                        Registers::insert_read(catalog(), kind, &mut record, field.key, value)
                            .expect("a value the field accepts");
                    }
                }
                all.get_mut(kind).records.push(record);
                for measurement in measurements {
                    all.add_measurement(&id, measurement).expect("an objective");
                }
            }
            all.get_mut(kind).next_number = if number == 0 {
                ahead
            } else {
                number + 1 + ahead
            };
        }
        all
    })
}

/// Any certification plan.
pub fn any_certification() -> impl Strategy<Value = CertificationPlan> {
    (any_date(), any_date()).prop_map(|(stage1_target, stage2_target)| CertificationPlan {
        stage1_target,
        stage2_target,
    })
}

/// Any template texts, by slug.
pub fn any_template_texts() -> impl Strategy<Value = std::collections::BTreeMap<String, String>> {
    prop::collection::btree_map("[a-z][a-z0-9-]{0,15}", tricky_text(), 0..3)
}

/// Any catalog update the app can hold: checks on questions that keep their own answers
/// (never on a question answered under another), and a list either open or, with checks left,
/// closed.
fn any_catalog_update(
    questions: Vec<(&'static str, &'static str)>,
) -> impl Strategy<Value = CatalogUpdate> {
    let own: Vec<&'static str> = questions
        .into_iter()
        .filter(|(item, question)| {
            catalog()
                .question(item, question)
                .is_some_and(|q| q.same_as.is_none())
        })
        .map(|(_, question)| question)
        .collect();
    let reason = prop_oneof![
        Just(CheckReason::MeaningChanged),
        (
            prop::sample::select(own.clone()),
            prop::sample::select(Answer::ALL.to_vec())
        )
            .prop_map(|(other, answer)| CheckReason::AnswersDiffered {
                other_question: other.to_owned(),
                other_answer: answer,
            }),
    ];
    (
        prop::collection::btree_map(
            prop::sample::select(own).prop_map(str::to_owned),
            reason,
            0..5,
        ),
        any::<bool>(),
    )
        .prop_map(|(to_check, closed)| CatalogUpdate {
            from_version: "2026.11".to_owned(),
            list_closed: closed && !to_check.is_empty(),
            to_check,
        })
}

/// Any SoA: the header, own controls "O<n>" (some numbers skipped, as after a delete) and
/// decisions on Annex A and own controls, with every reason (risk treatment ticked by the
/// user too, whether or not a risk uses the control).
pub fn any_soa() -> impl Strategy<Value = Soa> {
    let own = prop::collection::vec((1u32..3, tricky_text(), tricky_text()), 0..4);
    let mut controls: Vec<String> = catalog()
        .controls()
        .map(|control| control.id.to_owned())
        .collect();
    controls.extend(["O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8"].map(str::to_owned));
    let decision = (
        prop::sample::select(Applicability::ALL.to_vec()),
        prop::sample::subsequence(InclusionReason::ALL.to_vec(), 0..=4),
        tricky_text(),
    )
        .prop_map(|(applicability, reasons, justification)| ControlDecision {
            applicability,
            reasons: reasons.into_iter().collect(),
            justification,
        });
    let decisions = prop::collection::vec((prop::sample::select(controls), decision), 0..10);
    (tricky_text(), tricky_text(), own, decisions, 0u32..3).prop_map(
        |(version, approved_by, own, decisions, spare)| {
            let mut soa = Soa {
                version,
                approved_by,
                ..Soa::default()
            };
            let mut number = 0;
            for (step, title, description) in own {
                number += step;
                soa.own_controls.push(OwnControl {
                    id: format!("O{number}"),
                    title,
                    description,
                });
            }
            if number > 0 {
                soa.next_own_control_number = number + 1 + spare;
            }
            for (control_id, decision) in decisions {
                // The app keeps decisions only of controls it knows, and none that is empty.
                if soa.is_known_control(catalog(), &control_id)
                    && decision != ControlDecision::default()
                {
                    soa.decisions.insert(control_id, decision);
                }
            }
            soa
        },
    )
}

/// Every clause item and control ID.
fn item_ids() -> Vec<&'static str> {
    catalog()
        .clause_items()
        .chain(catalog().controls())
        .map(|item| item.id)
        .collect()
}

/// Any stored part of an action plan: updates under keys of every kind (and keys no action
/// has, which are kept), custom actions with IDs "A<n>" in the order added (some numbers
/// skipped, as after a delete), and a next number at or above one more than the highest.
pub fn any_action_plan() -> impl Strategy<Value = ActionPlan> {
    let key = prop_oneof![
        prop::sample::select(item_ids()).prop_map(|id| format!("item:{id}")),
        prop::sample::select(item_ids()).prop_map(|id| format!("doc:{id}")),
        (1u32..20, 1usize..4).prop_map(|(risk, action)| format!("risk:R{risk}:{action}")),
        (1u32..5, 1usize..4).prop_map(|(review, line)| format!("review:REV{review}:{line}")),
        (1u32..5).prop_map(|incident| format!("incident:INC{incident}")),
        tricky_text(),
    ];
    let priority = prop::sample::select(Priority::ALL.to_vec());
    let status = prop::sample::select(ActionStatus::ALL.to_vec());
    // Owner and due date are used only by actions from a register, but the file keeps them
    // under any key, so every key may carry them.
    let update = (
        prop::option::of(priority.clone()),
        status.clone(),
        tricky_text(),
        tricky_text(),
        any_date(),
    )
        .prop_map(|(priority, status, notes, owner, due_date)| ActionUpdate {
            priority,
            status,
            notes,
            owner,
            due_date,
        })
        // The app never stores an update that records nothing.
        .prop_filter("not empty", |update| *update != ActionUpdate::default());
    let mut links = item_ids();
    links.push("");
    let custom = (
        1u32..4,
        prop::collection::vec(tricky_text(), 3),
        prop::sample::select(links),
        any_date(),
        priority,
        status,
    );
    (
        prop::collection::vec((key, update), 0..5),
        prop::collection::vec(custom, 0..4),
        0u32..3,
    )
        .prop_map(|(updates, custom, ahead)| {
            let mut plan = ActionPlan::default();
            for (key, update) in updates {
                plan.updates.insert(key, update);
            }
            let mut number = 0;
            for (step, texts, item, due_date, priority, status) in custom {
                number += step;
                let [title, owner, notes]: [String; 3] = texts.try_into().expect("three texts");
                plan.custom.push(CustomAction {
                    id: format!("A{number}"),
                    title,
                    item_id: item.to_owned(),
                    owner,
                    due_date,
                    priority,
                    status,
                    notes,
                });
            }
            plan.next_number = if number == 0 {
                ahead
            } else {
                number + 1 + ahead
            };
            plan
        })
}

/// Any reviewer comments on catalog items, with IDs "C<n>" in the order written (some
/// numbers skipped) and a next number at or above one more than the highest.
pub fn any_comments() -> impl Strategy<Value = ReviewComments> {
    let comment = (
        1u32..4,
        prop::sample::select(item_ids()),
        tricky_text(),
        any_date(),
        tricky_text(),
        any::<bool>(),
    );
    (prop::collection::vec(comment, 0..4), 0u32..3).prop_map(|(list, ahead)| {
        let mut comments = ReviewComments::default();
        let mut number = 0;
        for (step, item, author, date, text, resolved) in list {
            number += step;
            comments.comments.push(ReviewComment {
                id: format!("C{number}"),
                item_id: item.to_owned(),
                author,
                date,
                text,
                resolved,
            });
        }
        comments.next_number = if number == 0 {
            ahead
        } else {
            number + 1 + ahead
        };
        comments
    })
}

/// Any AI system record, with any impact answers the questionnaire allows.
pub fn any_system() -> impl Strategy<Value = AiSystem> {
    let severities: Vec<&'static str> = Severity::ALL.iter().map(|s| s.option_id()).collect();
    let states: Vec<&'static str> = MeasureState::ALL.iter().map(|s| s.option_id()).collect();
    let options: Vec<(&'static str, Vec<&'static str>)> = all_harms()
        .map(|(_, harm)| (harm.id, severities.clone()))
        .chain(all_measures().map(|measure| (measure.id, states.clone())))
        .collect();
    let answers = prop::collection::vec(
        (prop::sample::select(options), any::<prop::sample::Index>()),
        0..20,
    );
    let texts = prop::collection::vec(tricky_text(), 16);
    let context = (
        prop::option::of(prop::sample::select(AnnexIiiArea::ALL.to_vec())),
        prop::option::of(prop::sample::select(PeopleReached::ALL.to_vec())),
        prop::option::of(prop::sample::select(Likelihood::ALL.to_vec())),
        prop::option::of(prop::sample::select(Reversibility::ALL.to_vec())),
        prop::option::of(tricky_text()),
        prop::sample::subsequence(Capability::ALL.to_vec(), 0..=5),
        any::<bool>(),
    );
    (
        (texts, context),
        any::<u8>(),
        prop::option::of(prop::sample::select(LifeCycleStage::ALL.to_vec())),
        prop::option::of(prop::sample::select(Automation::ALL.to_vec())),
        answers,
        prop::option::of((1u16..=9999, 1u8..=12, 1u8..=28)),
    )
        .prop_map(
            |((texts, context), flags, stage, automation, answers, date)| {
                let (
                    annex_iii,
                    people,
                    likelihood,
                    reversibility,
                    not_applicable,
                    capabilities,
                    history,
                ) = context;
                let mut system = AiSystem {
                    roles: AiRole::ALL
                        .into_iter()
                        .filter(|role| flags & (1 << (*role as u8)) != 0)
                        .collect(),
                    data: DataKind::ALL
                        .into_iter()
                        .filter(|kind| flags & (0x20 << (*kind as u8)) != 0)
                        .collect(),
                    stage,
                    automation,
                    ..AiSystem::default()
                };
                for (field, text) in SystemText::ALL.into_iter().zip(texts) {
                    system.set_text(field, text).unwrap();
                }
                for ((question, options), pick) in answers {
                    system
                        .impact
                        .answers
                        .insert(question.to_owned(), pick.get(&options).to_string());
                }
                system.impact.date = date.and_then(|(y, m, d)| IsoDate::new(y, m, d));
                system.impact.annex_iii = annex_iii;
                system.impact.people_reached = people;
                let follow_up = HarmFollowUp {
                    likelihood,
                    reversibility,
                };
                if !follow_up.is_empty() {
                    system
                        .impact
                        .follow_ups
                        .insert("fairness.1".to_owned(), follow_up);
                }
                if let Some(reason) = not_applicable {
                    system
                        .impact
                        .not_applicable
                        .insert("children".to_owned(), reason);
                }
                system.capabilities = capabilities.into_iter().collect();
                system.changed_on = system.impact.date;
                if history {
                    let mut earlier = system.impact.clone();
                    earlier.approved_by = "Board".to_owned();
                    earlier.approved_on = system.impact.date;
                    system.impact_history.push(earlier);
                    system.impact.version = 2;
                }
                system
            },
        )
}

/// Any inventory of up to four systems, with IDs as the app gives them.
pub fn any_inventory() -> impl Strategy<Value = Inventory> {
    prop::collection::vec(any_system(), 0..4).prop_map(|systems| {
        let mut inventory = Inventory::default();
        for system in systems {
            let id = inventory.add(String::new()).unwrap();
            inventory
                .edit(&id, |slot| {
                    *slot = AiSystem {
                        id: id.clone(),
                        ..system
                    }
                })
                .expect("just added");
        }
        inventory
    })
}

/// Any date the app accepts.
fn any_date() -> impl Strategy<Value = Option<IsoDate>> {
    prop::option::of((1u16..=9999, 1u8..=12, 1u8..=28))
        .prop_map(|date| date.and_then(|(y, m, d)| IsoDate::new(y, m, d)))
}

/// Any rating on the default 5 x 5 scales.
fn any_rating() -> impl Strategy<Value = Option<Rating>> {
    prop::option::of((1u8..=5, 1u8..=5).prop_map(|(l, c)| Rating::new(l, c)))
}

/// Any treatment action.
fn any_action() -> impl Strategy<Value = TreatmentAction> {
    (tricky_text(), tricky_text(), any_date(), any::<bool>()).prop_map(
        |(description, owner, due_date, done)| TreatmentAction {
            description,
            owner,
            due_date,
            done,
        },
    )
}

/// Any risk with references the app accepts (Annex A controls, Annex C entries, systems S1-S3).
pub fn any_risk() -> impl Strategy<Value = Risk> {
    let controls: Vec<&'static str> = catalog().controls().map(|control| control.id).collect();
    let sources: Vec<&'static str> = ANNEX_C_SOURCES.iter().map(|entry| entry.id).collect();
    let objectives: Vec<&'static str> = ANNEX_C_OBJECTIVES.iter().map(|entry| entry.id).collect();
    let texts = prop::collection::vec(tricky_text(), 6);
    let references = (
        prop::sample::select(vec!["", "S1", "S2", "S3"]),
        prop::option::of(prop::sample::select(sources)),
        prop::option::of(prop::sample::select(objectives)),
        prop::sample::subsequence(controls, 0..4).prop_shuffle(),
    );
    let ratings = (any_rating(), any_rating());
    let library = (
        prop::sample::select(vec!["", "RL-01", "RL-17", "RL-26"]),
        any::<bool>(),
        (any_date(), any_date()),
    );
    let decisions = (
        prop::option::of(prop::sample::select(Treatment::ALL.to_vec())),
        prop::sample::select(RiskStatus::ALL.to_vec()),
        any_date(),
        prop::collection::vec(any_action(), 0..3),
    );
    (texts, references, (ratings, library), decisions).prop_map(
        |(
            texts,
            (system, source, objective, controls),
            ((inherent, residual), (library_id, rating_proposed, (assessed_on, next_review))),
            decisions,
        )| {
            let (treatment, status, accepted_on, actions) = decisions;
            let [title, description, owner, accepted_by, rationale, _]: [String; 6] =
                texts.try_into().expect("six texts");
            Risk {
                id: String::new(),
                title,
                description,
                system_id: system.to_owned(),
                source: source.unwrap_or_default().to_owned(),
                objective: objective.unwrap_or_default().to_owned(),
                owner,
                inherent,
                treatment,
                controls: controls.into_iter().map(str::to_owned).collect(),
                actions,
                residual,
                acceptance: Acceptance {
                    accepted_by,
                    date: accepted_on,
                    rationale,
                },
                status,
                library_id: library_id.to_owned(),
                rating_proposed,
                assessed_on,
                next_review,
            }
        },
    )
}

/// Any risk register of up to four risks under the default criteria, with IDs as the app
/// gives them.
pub fn any_risk_register() -> impl Strategy<Value = RiskRegister> {
    prop::collection::vec(any_risk(), 0..4).prop_map(|risks| {
        let mut register = RiskRegister::default();
        for risk in risks {
            register.add(risk).unwrap();
        }
        register
    })
}

/// Any consistent risk criteria: scales of 3 to 7 levels, 2 to 6 bands, any band in each cell
/// and any acceptance limit, with tricky names.
pub fn any_criteria() -> impl Strategy<Value = RiskCriteria> {
    use aims_assess::domain::risk_criteria::{
        MAX_BANDS, MAX_SCALE_LEVELS, MIN_BANDS, MIN_SCALE_LEVELS,
    };
    let names =
        |range: std::ops::RangeInclusive<usize>| prop::collection::vec(tricky_text(), range);
    (
        names(MIN_SCALE_LEVELS..=MAX_SCALE_LEVELS),
        names(MIN_SCALE_LEVELS..=MAX_SCALE_LEVELS),
        names(MIN_BANDS..=MAX_BANDS),
    )
        .prop_flat_map(|(likelihood, consequence, bands)| {
            let cells = likelihood.len() * consequence.len();
            let top = u8::try_from(bands.len() - 1).expect("few bands");
            (
                Just((likelihood, consequence, bands)),
                prop::collection::vec(0..=top, cells),
                0..=top,
            )
        })
        .prop_map(
            |((likelihood, consequence, bands), table, acceptable_up_to)| RiskCriteria {
                likelihood,
                consequence,
                bands,
                table,
                acceptable_up_to,
            },
        )
}

/// One edit of a valid file, as a careless hand or a broken program might make.
#[derive(Debug, Clone)]
pub enum Mutation {
    Flip(usize, u8),
    Truncate(usize),
    Insert(usize, &'static str),
    Delete(usize),
}

/// Any edit within the first `reach` bytes; inserted texts come from `inserts`.
pub fn any_mutation(reach: usize, inserts: &[&'static str]) -> impl Strategy<Value = Mutation> {
    let at = 0usize..reach;
    prop_oneof![
        (at.clone(), 1u8..=255).prop_map(|(at, mask)| Mutation::Flip(at, mask)),
        at.clone().prop_map(Mutation::Truncate),
        (at.clone(), prop::sample::select(inserts.to_vec()))
            .prop_map(|(at, text)| Mutation::Insert(at, text)),
        at.prop_map(Mutation::Delete),
    ]
}

/// The text after the edits, decoded as a browser decodes a chosen file.
pub fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for mutation in mutations {
        let len = bytes.len().max(1);
        match *mutation {
            Mutation::Flip(at, mask) => {
                if let Some(byte) = bytes.get_mut(at % len) {
                    *byte ^= mask;
                }
            }
            Mutation::Truncate(at) => bytes.truncate(at % len),
            Mutation::Insert(at, text) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, text.bytes());
            }
            Mutation::Delete(at) => {
                if at % len < bytes.len() {
                    bytes.remove(at % len);
                }
            }
        }
    }
    // Browsers decode a chosen file as UTF-8, replacing invalid bytes; so does this test.
    String::from_utf8_lossy(&bytes).into_owned()
}
