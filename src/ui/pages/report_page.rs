//! The report: one document for a board or a consultant, built by `domain::report` and drawn
//! here as HTML with the charts, printable to PDF on A4 (the print stylesheet drops the
//! navigation and starts each section on a new page), and exported as Markdown.

use crate::domain::report::{Block, ChartKind, Report, Table};
use crate::io::markdown::write_markdown;
use crate::platform::{clock, page};
use crate::state::export::file_stem;
use crate::state::notices::Spot;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::area_radar::AreaRadar;
use crate::ui::components::heat_map::current_map;
use crate::ui::components::readiness_table::ReadinessTable;
use crate::ui::components::show_more::{ShowMore, PAGE_SIZE};
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::pages::PAGE_TITLE_ID;
use crate::ui::part_kind::PartKind;
use leptos::prelude::*;

/// One table of the report. A long table (a register of thousands of risks) shows its first
/// rows on screen with "Show more" (see `show_more`), so the report opens at once; `complete`
/// draws every row (set before printing).
fn table_view(table: Table, complete: RwSignal<bool>) -> impl IntoView {
    let header = table
        .header
        .into_iter()
        .map(|cell| view! { <th scope="col">{cell}</th> })
        .collect_view();
    let row_count = table.rows.len();
    let rows = StoredValue::new(table.rows);
    let limit = RwSignal::new(PAGE_SIZE);
    let shown_rows = move || {
        let shown = if complete.get() {
            row_count
        } else {
            limit.get()
        };
        rows.with_value(|rows| {
            rows.iter()
                .take(shown)
                .map(|row| {
                    let cells = row
                        .iter()
                        .map(|cell| view! { <td class="preserve-lines">{cell.clone()}</td> })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view()
        })
    };
    let rest = move || {
        (!complete.get()).then(|| {
            view! {
                <div class="no-print">
                    <ShowMore limit=limit total=Signal::derive(move || row_count) noun="rows" />
                </div>
            }
        })
    };
    let caption = table.caption;
    let label = caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="group" aria-label=label>
            <table class="document-table report-table">
                <caption>{caption}</caption>
                <thead><tr>{header}</tr></thead>
                <tbody>{shown_rows}</tbody>
            </table>
        </div>
        {rest}
    }
}

/// A chart of the report, drawn from the open assessment.
fn chart_view(state: AppState, kind: ChartKind) -> AnyView {
    match kind {
        ChartKind::ClauseBars => view! {
            <figure class="report-chart">
                <figcaption>"Readiness per clause"</figcaption>
                <ReadinessTable kind=PartKind::Clause caption="Readiness per clause, as bars" />
            </figure>
        }
        .into_any(),
        ChartKind::AreaRadar => view! {
            <figure class="report-chart">
                <figcaption>"Readiness per Annex A area"</figcaption>
                <AreaRadar />
            </figure>
        }
        .into_any(),
        ChartKind::HeatMap => view! {
            <figure class="report-chart heat-maps">
                <figcaption>"Where the risks stand now"</figcaption>
                {state.assessment.with(|a| current_map(&a.risks).into_any())}
            </figure>
        }
        .into_any(),
    }
}

/// One block of a section.
fn block_view(state: AppState, block: Block, complete: RwSignal<bool>) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p class="preserve-lines">{text}</p> }.into_any(),
        Block::Subheading(text) => view! { <h3>{text}</h3> }.into_any(),
        Block::Facts(facts) => {
            let rows = facts
                .into_iter()
                .map(|(term, value)| view! { <dt>{term}</dt><dd class="preserve-lines">{value}</dd> })
                .collect_view();
            view! { <dl class="document-facts">{rows}</dl> }.into_any()
        }
        Block::Table(table) => table_view(table, complete).into_any(),
        Block::Chart(kind) => chart_view(state, kind),
    }
}

/// The whole report as HTML.
fn report_view(state: AppState, report: Report, complete: RwSignal<bool>) -> impl IntoView {
    let cover = report
        .cover
        .into_iter()
        .map(|(term, value)| view! { <dt>{term}</dt><dd class="preserve-lines">{value}</dd> })
        .collect_view();
    let contents = report
        .sections
        .iter()
        .map(|section| {
            let href = format!("#report-{}", section.id);
            view! { <li><a href=href>{section.title.clone()}</a></li> }
        })
        .collect_view();
    let sections = report
        .sections
        .into_iter()
        .map(|section| {
            let id = format!("report-{}", section.id);
            let blocks = section
                .blocks
                .into_iter()
                .map(|block| block_view(state, block, complete))
                .collect_view();
            view! {
                <section class="report-section" id=id>
                    <h2>{section.title}</h2>
                    {blocks}
                </section>
            }
        })
        .collect_view();
    view! {
        <header class="report-cover">
            <p class="eyebrow">"ISO/IEC 42001 self-assessment"</p>
            <h1 id=PAGE_TITLE_ID tabindex="-1">{report.title}</h1>
            <dl class="document-facts">{cover}</dl>
            <nav class="report-contents" aria-label="Contents of the report">
                <h2>"Contents"</h2>
                <ol>{contents}</ol>
            </nav>
        </header>
        {sections}
    }
}

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = AppState::expect();
    let report = state.report;
    // Set before printing, so that every row of the long tables is printed, whether the
    // print is started here or from the browser's menu.
    let complete = RwSignal::new(false);
    page::on_before_print(move || {
        complete.try_set(true);
    });
    let print = move |_| {
        complete.set(true);
        // The rows are drawn before the next frame; the dialog opens after it.
        request_animation_frame(move || {
            if let Err(error) = page::print() {
                state.report_error(format!("The print dialog could not be opened: {error}."));
            }
        });
    };
    let export_markdown = move |_| {
        let text = report.with_untracked(write_markdown);
        let stem = state.assessment.with_untracked(|a| file_stem(&a.name));
        let filename = format!("{stem}-report-{}.md", clock::today_text());
        state.offer(
            Spot::Report,
            filename,
            "text/markdown;charset=utf-8",
            Ok(text),
        );
    };
    view! {
        <div class="print-toolbar no-print">
            <p class="field-help">
                "Print this page, or save it as a PDF from the print dialog, to hand it to your board or a consultant. The navigation and buttons are left out of the printout."
            </p>
            <p class="button-row">
                <button type="button" class="button" on:click=print>"Print or save as PDF"</button>
                <button type="button" class="button button-secondary" on:click=export_markdown>"Export report as Markdown"</button>
                <a class="button button-secondary" href=Route::Compare.href()>"Compare with a baseline"</a>
            </p>
            <SpotNotices spot=Spot::Report />
        </div>
        <article class="print-document report">
            {move || report_view(state, report.get(), complete)}
        </article>
    }
}
