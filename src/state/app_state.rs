//! The app-level store: one value of this type is provided as context by `App` and read by
//! components through `AppState::expect()`.
//!
//! It holds the assessment as a signal and everything derived from it as memos, so components
//! read results and never recompute business rules themselves.

use crate::domain::action_plan::{self, PlannedAction};
use crate::domain::assessment::Assessment;
use crate::domain::catalog::catalog;
use crate::domain::checks::{self, Finding};
use crate::domain::readiness::{self, ReadinessVerdict};
use crate::domain::report::{self, Depth, Report, ReportContext, Wording};
use crate::domain::scoring::Summary;
use crate::io::json::APP_VERSION;
use crate::platform::clock;
use crate::state::catalog_text::{ImpactTextState, TextState};
use crate::state::notices::{Notice, NoticeAction, NoticeKind, Spot};
use crate::state::persistence::{self, Persistence};
use crate::state::route::Route;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Whether the latest changes are safely in storage, as shown by the save indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is stored.
    Saved,
    /// Changes are waiting for the next save (which runs when typing pauses).
    Pending,
    /// The last save failed; the reason is shown.
    Failed(String),
    /// Storage cannot be used at all; work lives only in this tab.
    MemoryOnly,
    /// Another tab changed the stored copy; saving waits for the user's choice.
    Conflict,
}

impl SaveStatus {
    /// The text of the save indicator.
    pub fn label(&self) -> String {
        match self {
            SaveStatus::Saved => "Saved".to_owned(),
            SaveStatus::Pending => "Saving…".to_owned(),
            SaveStatus::Failed(reason) => format!("Not saved: {reason}"),
            SaveStatus::MemoryOnly => "Not saved: this browser's storage is unavailable".to_owned(),
            SaveStatus::Conflict => "Not saved: changed in another tab".to_owned(),
        }
    }

    /// Whether the indicator should draw attention.
    pub fn is_problem(&self) -> bool {
        matches!(
            self,
            SaveStatus::Failed(_) | SaveStatus::MemoryOnly | SaveStatus::Conflict
        )
    }
}

/// The app-level store. Cheap to copy: every field is a handle into the reactive system.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The assessment being edited. Change it only through the actions in `state::actions`.
    pub assessment: RwSignal<Assessment>,
    /// Scores and readiness, recomputed whenever the assessment changes.
    pub summary: Memo<Summary>,
    /// The action plan. This and the other derived values below are computed when first read
    /// after a change (memos are lazy), and kept for every section that shows them, so moving
    /// between sections does not derive them again.
    pub planned: Memo<Vec<PlannedAction>>,
    /// The consistency check's findings.
    pub findings: Memo<Vec<Finding>>,
    /// The stage 1 readiness verdict.
    pub verdict: Memo<ReadinessVerdict>,
    /// The report, dated today: the summary, or the full report while `#/report/full` is
    /// open (the choice stays as it was on other pages, so leaving the report builds nothing).
    pub report: Memo<Report>,
    /// The risks whose live treatment uses each control, by control ID: read once per change
    /// by every SoA row rather than each row scanning the whole register.
    pub controls_in_use: Memo<BTreeMap<String, Vec<String>>>,
    /// The page named by the URL hash.
    pub route: RwSignal<Route>,
    pub save_status: RwSignal<SaveStatus>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The spots (`notices::Spot`) drawn on the current page; notices for other spots show at
    /// the top.
    pub mounted_spots: RwSignal<Vec<Spot>>,
    /// The catalog prose (explanations, questions, guidance), loaded when first needed.
    pub catalog_text: RwSignal<TextState>,
    /// The impact questionnaire's wording, loaded on demand.
    pub impact_text: RwSignal<ImpactTextState>,
    /// The EU AI Act data (wording, obligations, dates), loaded on demand.
    pub eu_ai_act_text: RwSignal<crate::state::eu_ai_act::EuAiActTextState>,
    /// Counts the user's edits. The persistence effect watches it (rather than the
    /// assessment), so that adopting another tab's copy is not saved straight back.
    pub(crate) edits: RwSignal<u64>,
    pub(crate) persistence: StoredValue<Persistence>,
    next_notice_id: StoredValue<u64>,
}

impl AppState {
    /// Loads the stored assessment (through migration) and builds the store. Called once by
    /// `App`.
    pub fn new(initial_route: Route) -> AppState {
        let loaded = persistence::load();
        let assessment = RwSignal::new(loaded.assessment);
        let summary = Memo::new(move |_| assessment.with(|a| Summary::compute(catalog(), a)));
        let planned = Memo::new(move |_| {
            summary.with(|summary| assessment.with(|a| action_plan::derive(catalog(), a, summary)))
        });
        let findings =
            Memo::new(move |_| assessment.with(|a| checks::check(catalog(), a, clock::today())));
        let verdict = Memo::new(move |_| {
            assessment.with(|a| readiness::verdict(catalog(), a, clock::today()))
        });
        let controls_in_use = Memo::new(move |_| {
            assessment.with(|a| a.risks.controls_in_use().into_iter().collect())
        });
        let route = RwSignal::new(initial_route);
        let catalog_text = RwSignal::new(TextState::NotLoaded);
        let impact_text = RwSignal::new(ImpactTextState::NotLoaded);
        let depth = Memo::new(move |previous: Option<&Depth>| match &*route.read() {
            Route::Report => Depth::Summary,
            Route::ReportFull => Depth::Full,
            _ => previous.copied().unwrap_or_default(),
        });
        // The report shows the results above, so it is built from them rather than working
        // them out again.
        let report = Memo::new(move |_| {
            let today = clock::today();
            let depth = depth.get();
            summary.with(|summary| {
                verdict.with(|verdict| {
                    findings.with(|findings| {
                        planned.with(|actions| {
                            assessment.with(|a| {
                                let context = ReportContext {
                                    today,
                                    assessor: a.profile.assessor.clone(),
                                    app_version: APP_VERSION.to_owned(),
                                    depth,
                                };
                                catalog_text.with(|questions| {
                                    impact_text.with(|impact| {
                                        let wording = Wording {
                                            questions: match questions {
                                                TextState::Ready(text) => Some(text),
                                                _ => None,
                                            },
                                            impact: match impact {
                                                ImpactTextState::Ready(text) => Some(text),
                                                _ => None,
                                            },
                                        };
                                        let derived = report::Derived {
                                            summary,
                                            verdict,
                                            findings,
                                            actions,
                                            wording,
                                        };
                                        report::build_from(catalog(), a, &context, &derived)
                                    })
                                })
                            })
                        })
                    })
                })
            })
        });
        let state = AppState {
            assessment,
            summary,
            planned,
            findings,
            verdict,
            report,
            controls_in_use,
            route,
            save_status: RwSignal::new(loaded.status),
            notices: RwSignal::new(Vec::new()),
            mounted_spots: RwSignal::new(Vec::new()),
            catalog_text,
            impact_text,
            eu_ai_act_text: RwSignal::new(Default::default()),
            edits: RwSignal::new(0),
            persistence: StoredValue::new(loaded.persistence),
            next_notice_id: StoredValue::new(1),
        };
        for (kind, text, action) in loaded.notices {
            state.notify(kind, text, action);
        }
        state
    }

    /// The store provided by `App`. Every component is rendered inside `App`, so the context
    /// is always there; a missing one is a programming error caught on first render.
    pub fn expect() -> AppState {
        use_context::<AppState>().expect("AppState is provided by App")
    }

    /// Shows a notice at the top of the page and returns its ID.
    pub fn notify(&self, kind: NoticeKind, text: String, action: Option<NoticeAction>) -> u64 {
        self.notify_at(None, kind, text, action)
    }

    /// Shows a notice beside the controls of `spot` (or at the top for `None`) and returns its
    /// ID. An earlier notice of the same spot gives way, so the newest result is what is read.
    pub fn notify_at(
        &self,
        spot: Option<Spot>,
        kind: NoticeKind,
        text: String,
        action: Option<NoticeAction>,
    ) -> u64 {
        let id = self.next_notice_id.get_value();
        self.next_notice_id.set_value(id + 1);
        self.notices.update(|notices| {
            if spot.is_some() {
                notices.retain(|notice| notice.spot != spot);
            }
            notices.push(Notice {
                id,
                kind,
                text,
                action,
                spot,
            })
        });
        id
    }

    /// Shows an error message beside the controls of `spot`.
    pub fn report_error_at(&self, spot: Spot, text: impl Into<String>) {
        self.notify_at(Some(spot), NoticeKind::Error, text.into(), None);
    }

    /// Shows an information message beside the controls of `spot`.
    pub fn inform_at(&self, spot: Spot, text: impl Into<String>) {
        self.notify_at(Some(spot), NoticeKind::Info, text.into(), None);
    }

    /// Whether the notice is shown at the top of the page: it has no spot, or its spot is not
    /// on this page.
    pub fn shows_at_top(&self, notice: &Notice) -> bool {
        notice
            .spot
            .is_none_or(|spot| !self.mounted_spots.with(|spots| spots.contains(&spot)))
    }

    /// Shows an error message.
    pub fn report_error(&self, text: impl Into<String>) {
        self.notify(NoticeKind::Error, text.into(), None);
    }

    /// Shows an information message.
    pub fn inform(&self, text: impl Into<String>) {
        self.notify(NoticeKind::Info, text.into(), None);
    }

    /// Removes a notice.
    pub fn dismiss(&self, id: u64) {
        self.notices
            .update(|notices| notices.retain(|notice| notice.id != id));
    }
}
