//! The report: one document for a board or a consultant, built by `domain::report` and drawn
//! here as HTML with the charts, printable to PDF on A4 (the print stylesheet drops the
//! navigation and starts each section on a new page), and exported as Markdown.
//!
//! The report is the summary for the board at `#/report` and the full report for the auditor
//! at `#/report/full`; `state::app_state` builds the one the address names. On paper, tables
//! of six columns or more go on landscape pages (style/report.css), dates never wrap, and
//! every page carries its number. Before printing, the app cuts the report into pages itself
//! (`domain::pagination`, measured by `platform::print_layout`), so the contents give each
//! section's page.

use crate::domain::catalog::catalog;
use crate::domain::pagination::paginate;
use crate::domain::report::{Block, ChartKind, Depth, Report, Table};
use crate::io::markdown::write_markdown;
use crate::platform::{clock, page, print_layout, timer};
use crate::state::export::export_stem;
use crate::state::notices::Spot;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::area_radar::AreaRadar;
use crate::ui::components::heat_map::current_map;
use crate::ui::components::readiness_table::ReadinessTable;
use crate::ui::components::report_depth_choice::ReportDepthChoice;
use crate::ui::components::show_more::{ShowMore, PAGE_SIZE};
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::pages::PAGE_TITLE_ID;
use crate::ui::part_kind::PartKind;
use leptos::prelude::*;

/// The table at a section and block of the report.
fn table_in(report: &Report, (section, block): (usize, usize)) -> Option<&Table> {
    match report.sections.get(section)?.blocks.get(block)? {
        Block::Table(table) => Some(table),
        _ => None,
    }
}

/// A section with a table of this many columns or more prints on landscape pages. The whole
/// section turns, not the table alone, since a change of page orientation breaks the page and
/// would leave the table's heading alone at the foot of the page before.
const WIDE_COLUMNS: usize = 6;

/// Whether a section has a table too wide for a portrait page.
fn is_wide(section: &crate::domain::report::Section) -> bool {
    section.blocks.iter().any(|block| match block {
        Block::Table(table) => table.header.len() >= WIDE_COLUMNS,
        _ => false,
    })
}

/// Whether a cell holds a date only ("2026-11-30"), which must never wrap.
fn is_date(cell: &str) -> bool {
    let bytes = cell.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(index, byte)| match index {
            4 | 7 => *byte == b'-',
            _ => byte.is_ascii_digit(),
        })
}

/// A cell's text cut into pieces, each marked whether it is a date, so a date inside a longer
/// text ("By Dana, 2026-11-20.") is kept on one line too.
fn date_pieces(cell: &str) -> Vec<(bool, &str)> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut index = 0;
    while index + 10 <= cell.len() {
        if cell.is_char_boundary(index)
            && cell.is_char_boundary(index + 10)
            && is_date(&cell[index..index + 10])
        {
            if start < index {
                pieces.push((false, &cell[start..index]));
            }
            pieces.push((true, &cell[index..index + 10]));
            index += 10;
            start = index;
        } else {
            index += 1;
        }
    }
    if start < cell.len() {
        pieces.push((false, &cell[start..]));
    }
    pieces
}

/// A cell's text with every date in a span that does not wrap.
fn cell_text(cell: &str) -> AnyView {
    date_pieces(cell)
        .into_iter()
        .map(|(date, piece)| {
            if date {
                view! { <span class="nowrap">{piece.to_owned()}</span> }.into_any()
            } else {
                piece.to_owned().into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// One table of the report, read from the report where it is (section and block), so its rows
/// are never copied. A long table (a register of thousands of risks) shows its first rows on
/// screen with "Show more" (see `show_more`), so the report opens at once; `complete` draws
/// every row (set before printing).
fn table_view(report: Memo<Report>, at: (usize, usize), complete: RwSignal<bool>) -> AnyView {
    let (caption, header, row_count) = report.with(|report| {
        table_in(report, at)
            .map(|table| {
                (
                    table.caption.clone(),
                    table.header.clone(),
                    table.rows.len(),
                )
            })
            .unwrap_or_default()
    });
    let header = header
        .into_iter()
        .map(|cell| view! { <th scope="col">{cell}</th> })
        .collect_view();
    let limit = RwSignal::new(PAGE_SIZE);
    let shown_rows = move || {
        let shown = if complete.get() {
            row_count
        } else {
            limit.get()
        };
        report.with(|report| {
            table_in(report, at).map_or_else(Vec::new, |table| {
                table
                    .rows
                    .iter()
                    .take(shown)
                    .map(|row| {
                        let cells = row
                            .iter()
                            .map(|cell| {
                                let class = if is_date(cell) {
                                    "preserve-lines nowrap"
                                } else {
                                    "preserve-lines"
                                };
                                view! { <td class=class>{cell_text(cell)}</td> }
                            })
                            .collect_view();
                        view! { <tr>{cells}</tr> }
                    })
                    .collect::<Vec<_>>()
            })
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
    .into_any()
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
        ChartKind::AreaRadar => {
            // The radar's figures, so the printed chart can be read exactly.
            let figures = state.summary.with(|summary| {
                catalog()
                    .annex_a_areas()
                    .iter()
                    .zip(&summary.areas)
                    .map(|(area, figure)| {
                        let value = figure
                            .readiness
                            .percent()
                            .map_or_else(|| "—".to_owned(), |p| format!("{p}%"));
                        view! { <li>{format!("{} {value}", area.id)}</li> }
                    })
                    .collect_view()
            });
            view! {
                <figure class="report-chart">
                    <figcaption>"Readiness per Annex A area"</figcaption>
                    <AreaRadar />
                    <ul class="radar-figures" aria-label="Readiness per Annex A area, in figures">{figures}</ul>
                </figure>
            }
            .into_any()
        }
        ChartKind::HeatMap => view! {
            <figure class="report-chart heat-maps">
                <figcaption>"Where the risks stand now"</figcaption>
                {state.assessment.with(|a| current_map(&a.risks).into_any())}
            </figure>
        }
        .into_any(),
    }
}

/// One block of a section; tables are read from the report where they are.
fn block_view(
    state: AppState,
    report: Memo<Report>,
    at: (usize, usize),
    block: &Block,
    complete: RwSignal<bool>,
) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p class="preserve-lines">{text.clone()}</p> }.into_any(),
        Block::Subheading(text) => view! { <h3>{text.clone()}</h3> }.into_any(),
        Block::Facts(facts) => {
            let rows = facts
                .iter()
                .map(|(term, value)| {
                    view! { <dt>{term.clone()}</dt><dd class="preserve-lines">{value.clone()}</dd> }
                })
                .collect_view();
            view! { <dl class="document-facts">{rows}</dl> }.into_any()
        }
        Block::Table(_) => table_view(report, at, complete),
        Block::Chart(kind) => chart_view(state, *kind),
    }
}

/// The element ID of a section's heading, which the contents move focus to.
fn section_heading_id(section_id: &str) -> String {
    format!("report-{section_id}")
}

/// One section of the report.
fn section_view(
    state: AppState,
    report: Memo<Report>,
    index: usize,
    complete: RwSignal<bool>,
) -> AnyView {
    report.with(|whole| {
        let Some(section) = whole.sections.get(index) else {
            return ().into_any();
        };
        let blocks = section
            .blocks
            .iter()
            .enumerate()
            .map(|(block, content)| block_view(state, report, (index, block), content, complete))
            .collect_view();
        let class = if is_wide(section) {
            "report-section report-section-wide"
        } else {
            "report-section"
        };
        view! {
            <section class=class>
                <h2 id=section_heading_id(section.id) tabindex="-1">{section.title.clone()}</h2>
                {blocks}
            </section>
        }
        .into_any()
    })
}

/// Sections drawn with the page; the rest follow a frame later, so the top of the report is
/// on screen at once.
const FIRST_SECTIONS: usize = 2;

/// The whole report as HTML, read from the report memo.
fn report_view(state: AppState, report: Memo<Report>, complete: RwSignal<bool>) -> impl IntoView {
    let (title, cover, contents, section_count) = report.with(|report| {
        let cover = report
            .cover
            .iter()
            .map(|(term, value)| {
                view! { <dt>{term.clone()}</dt><dd class="preserve-lines">{value.clone()}</dd> }
            })
            .collect_view();
        // The contents move focus to a section rather than changing the address, whose hash
        // names the app's sections.
        let contents = report
            .sections
            .iter()
            .map(|section| {
                let target = section_heading_id(section.id);
                let go = move |event: leptos::ev::MouseEvent| {
                    event.prevent_default();
                    complete.set(true);
                    let target = target.clone();
                    request_animation_frame(move || page::focus_element(&target));
                };
                // The page number is written before printing and printed only.
                view! {
                    <li>
                        <a href=Route::Report.href() on:click=go>{section.title.clone()}</a>
                        <span class="contents-page"></span>
                    </li>
                }
            })
            .collect_view();
        (report.title.clone(), cover, contents, report.sections.len())
    });
    let drawn = RwSignal::new(FIRST_SECTIONS.min(section_count));
    // The other sections follow right after the first paint.
    timer::after_next_paint(move || {
        // The page may have been left meanwhile; the signal is then gone.
        drawn.try_set(section_count);
    });
    let sections = move || {
        let shown = if complete.get() {
            section_count
        } else {
            drawn.get()
        };
        (0..shown)
            .map(|index| section_view(state, report, index, complete))
            .collect_view()
    };
    view! {
        <header class="report-cover">
            <p class="eyebrow">"ISO/IEC 42001 self-assessment"</p>
            <h1 id=PAGE_TITLE_ID tabindex="-1">{title}</h1>
            <dl class="document-facts">{cover}</dl>
            <nav class="report-contents" aria-label="Contents of the report">
                <h2>"Contents"</h2>
                <ol>{contents}</ol>
            </nav>
        </header>
        {sections}
    }
}

/// The element ID of the report document, which is measured and cut into pages for printing.
const REPORT_DOCUMENT_ID: &str = "report-document";

/// How many times printing waits for queued drawing before it measures the report anyway.
const MAX_WAITS: usize = 50;

/// How many rows the report's tables have in all.
fn table_rows(report: &Report) -> usize {
    report
        .sections
        .iter()
        .flat_map(|section| &section.blocks)
        .map(|block| match block {
            Block::Table(table) => table.rows.len(),
            _ => 0,
        })
        .sum()
}

/// Whether every section and every row of the report is in the page.
fn fully_drawn(report: Memo<Report>) -> bool {
    let (sections, rows) = report.with_untracked(|r| (r.sections.len(), table_rows(r)));
    print_layout::count(REPORT_DOCUMENT_ID, ".report-section") == sections
        && print_layout::count(REPORT_DOCUMENT_ID, ".report-table tbody > tr") == rows
}

/// Cuts the drawn report into its printed pages: forced breaks where `domain::pagination`
/// puts them, and each section's first page in the contents.
fn cut_into_pages() {
    let Some(measured) = print_layout::measure(REPORT_DOCUMENT_ID) else {
        return;
    };
    let pages = paginate(&measured.flows);
    let breaks: Vec<Vec<usize>> = pages.iter().map(|flow| flow.breaks.clone()).collect();
    print_layout::mark_breaks(REPORT_DOCUMENT_ID, &measured, &breaks);
    // The first flow is the cover with the contents; the sections follow in order.
    let first_pages: Vec<usize> = pages.iter().skip(1).map(|flow| flow.first_page).collect();
    print_layout::write_page_numbers(REPORT_DOCUMENT_ID, ".contents-page", &first_pages);
}

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = AppState::expect();
    let report = state.report;
    let depth = Signal::derive(move || {
        state.route.with(|route| match route {
            Route::ReportFull => Depth::Full,
            _ => Depth::Summary,
        })
    });
    // The top gaps name their questions, and the full report quotes every question and the
    // impact assessments' answers: their wording is loaded on first use.
    state.ensure_catalog_text();
    if depth.get_untracked() == Depth::Full {
        state.ensure_impact_text();
    }
    // Set before printing, so that every row of the long tables is printed, whether the
    // print is started here or from the browser's menu.
    let complete = RwSignal::new(false);
    page::on_before_print(move || {
        if complete.get_untracked() && fully_drawn(report) {
            // Started with the Print button: everything was drawn a frame ago.
            cut_into_pages();
            return;
        }
        // Started from the browser's menu: the rest of the report is drawn by work queued
        // now, which runs before the browser lays the pages out; the report is measured once
        // it has run.
        complete.try_set(true);
        leptos::task::spawn_local(async move {
            for _ in 0..MAX_WAITS {
                if fully_drawn(report) {
                    break;
                }
                print_layout::after_queued_work().await;
            }
            cut_into_pages();
        });
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
        let stem = state.assessment.with_untracked(|a| export_stem(&a.name));
        let word = depth.get_untracked().file_word();
        let filename = format!("{stem}-{word}-{}.md", clock::today_text());
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
                "Print this page, or save it as a PDF from the print dialog, to hand it to your board or a consultant. The navigation and buttons are left out of the printout. The full report adds every answer with its question and note, the evidence, the review comments, each AI system's impact assessment and every register entry; the Markdown export follows the same choice."
            </p>
            <ReportDepthChoice depth=depth />
            <p class="button-row">
                <button type="button" class="button" on:click=print>"Print or save as PDF"</button>
                <button type="button" class="button button-secondary" on:click=export_markdown>"Export report as Markdown"</button>
                <a class="button button-secondary" href=Route::Compare.href()>"Compare with a baseline"</a>
            </p>
            <SpotNotices spot=Spot::Report />
        </div>
        <article id=REPORT_DOCUMENT_ID class="print-document report" class:report-full=move || depth.get() == Depth::Full>
            {move || {
                report.track();
                report_view(state, report, complete)
            }}
        </article>
    }
}
