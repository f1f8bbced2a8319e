//! Measures the report as it will print and marks where its pages break, so its contents can
//! give page numbers (`domain::pagination` decides the breaks). A browser cannot tell a page
//! where its printed page breaks fall, so the report is laid out once at the width of the
//! paper with the print styles on, read, and put back, all before the screen is painted again.
//!
//! The print styles are turned on by changing the media of the stylesheets' rules for the
//! moment of the measuring (print rules to all media, screen rules and widths the paper does
//! not have to none) and the page's width is set to the paper's (`.print-measuring` in
//! style/report.css). Every break the app decides is then written as a forced break
//! (`.print-page-break`), and each page is filled short of full, so the browser makes no break
//! of its own.

use crate::domain::pagination::{media_holds_in_print, Block, BlockKind, Flow, PageShape};
use wasm_bindgen::JsCast;
use web_sys::{CssMediaRule, CssRuleList, Element};

/// The class on the root element while the report is measured.
const MEASURING_CLASS: &str = "print-measuring";

/// The class of a block that starts a printed page.
const BREAK_CLASS: &str = "print-page-break";

/// The parts of the report that start on a new page: the cover with the contents, and each
/// section.
const FLOWS: &str = ".report-cover, .report-section";

/// The blocks the report is cut between. Blocks inside another block (the figures' lists) go
/// with it.
const BLOCKS: &str = "h1, h2, h3, p, dt, dd, li, figure, caption, thead, tbody > tr";

/// The report measured at the printed width: its flows, and the element of every block.
pub struct Measured {
    /// The flows, for `domain::pagination::paginate`.
    pub flows: Vec<Flow>,
    /// Each flow's blocks' elements, in the same order as its blocks.
    elements: Vec<Vec<Element>>,
}

/// A style rule's media, changed for the measuring, with the text to put back.
struct ChangedMedia {
    rule: CssMediaRule,
    original: String,
}

/// Turns the print rules on and the screen rules off in every stylesheet of the page, as
/// `media_holds_in_print` reads them on paper of the portrait width.
fn media_as_printed(document: &web_sys::Document) -> Vec<ChangedMedia> {
    let mut changed = Vec::new();
    let sheets = document.style_sheets();
    for index in 0..sheets.length() {
        let Some(sheet) = sheets
            .item(index)
            .and_then(|sheet| sheet.dyn_into::<web_sys::CssStyleSheet>().ok())
        else {
            continue;
        };
        // A sheet whose rules cannot be read (another origin) has no print rules of ours.
        if let Ok(rules) = sheet.css_rules() {
            change_media(&rules, &mut changed);
        }
    }
    changed
}

/// Changes the media rules in one list of rules, and in the lists inside them.
fn change_media(rules: &CssRuleList, changed: &mut Vec<ChangedMedia>) {
    for index in 0..rules.length() {
        let Some(rule) = rules
            .item(index)
            .and_then(|rule| rule.dyn_into::<CssMediaRule>().ok())
        else {
            continue;
        };
        let media = rule.media();
        let original = media.media_text();
        if let Some(holds) = media_holds_in_print(&original, PageShape::Portrait.width_px()) {
            media.set_media_text(if holds { "all" } else { "not all" });
            changed.push(ChangedMedia {
                rule: rule.clone(),
                original,
            });
        }
        let inner: &web_sys::CssGroupingRule = rule.as_ref();
        change_media(&inner.css_rules(), changed);
    }
}

/// The elements matching `selector` inside `parent`, in document order.
fn elements_in(parent: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = parent.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// Whether an element is a block of the report that another block of the flow contains.
fn inside_block(element: &Element, flow: &Element) -> bool {
    let mut parent = element.parent_element();
    while let Some(ancestor) = parent {
        if &ancestor == flow {
            return false;
        }
        if ancestor.matches(BLOCKS).unwrap_or(false) {
            return true;
        }
        parent = ancestor.parent_element();
    }
    false
}

/// An element's top margin in pixels, which a page starting with it keeps.
fn margin_top(window: &web_sys::Window, element: &Element) -> f64 {
    window
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("margin-top").ok())
        .and_then(|value| value.trim_end_matches("px").parse::<f64>().ok())
        .unwrap_or(0.0)
}

/// What a block is, for the rules of where a page may break.
fn block_kind(element: &Element) -> BlockKind {
    match element.tag_name().to_ascii_lowercase().as_str() {
        "h1" | "h2" | "h3" | "caption" | "thead" | "dt" => BlockKind::KeepWithNext,
        "tr" => {
            let (index, count) = element.parent_element().map_or((0, 1), |body| {
                let rows = body.children();
                let index = (0..rows.length())
                    .position(|at| rows.item(at).as_ref() == Some(element))
                    .unwrap_or(0);
                (index, rows.length() as usize)
            });
            let head_height = element
                .closest("table")
                .ok()
                .flatten()
                .and_then(|table| table.query_selector("thead").ok().flatten())
                .map_or(0.0, |head| head.get_bounding_client_rect().height());
            BlockKind::Row {
                index,
                count,
                head_height,
            }
        }
        _ => BlockKind::Text,
    }
}

/// Measures one flow: its blocks' places from its top, as laid out now.
fn measure_flow(window: &web_sys::Window, flow: &Element) -> (Flow, Vec<Element>) {
    let shape = if flow.class_list().contains("report-section-wide") {
        PageShape::Landscape
    } else {
        PageShape::Portrait
    };
    let flow_top = flow.get_bounding_client_rect().top();
    let mut blocks = Vec::new();
    let mut elements = Vec::new();
    for element in elements_in(flow, BLOCKS) {
        if inside_block(&element, flow) {
            continue;
        }
        let rect = element.get_bounding_client_rect();
        // Not printed (the screen's "Show more" and other parts left off paper).
        if rect.width() == 0.0 && rect.height() == 0.0 {
            continue;
        }
        blocks.push(Block {
            top: rect.top() - flow_top - margin_top(window, &element),
            bottom: rect.bottom() - flow_top,
            kind: block_kind(&element),
        });
        elements.push(element);
    }
    (Flow { shape, blocks }, elements)
}

/// Measures the report inside `document_id` as it will print. Returns `None` when the page
/// has no such element. The page is put back as it was before this returns, so nothing of the
/// measuring is ever painted.
pub fn measure(document_id: &str) -> Option<Measured> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let report = document.get_element_by_id(document_id)?;
    let root = document.document_element()?;
    let changed = media_as_printed(&document);
    let _ = root.class_list().add_1(MEASURING_CLASS);
    let mut flows = Vec::new();
    let mut elements = Vec::new();
    for flow in elements_in(&report, FLOWS) {
        let (measured, flow_elements) = measure_flow(&window, &flow);
        flows.push(measured);
        elements.push(flow_elements);
    }
    let _ = root.class_list().remove_1(MEASURING_CLASS);
    for change in changed {
        change.rule.media().set_media_text(&change.original);
    }
    Some(Measured { flows, elements })
}

/// The element a forced break goes on for a block: a table's caption or head breaks before
/// the whole table (with the box that holds it), any other block before itself.
fn break_target(element: &Element) -> Element {
    let tag = element.tag_name().to_ascii_lowercase();
    if tag == "caption" || tag == "thead" {
        let holder = element
            .closest(".table-scroll")
            .ok()
            .flatten()
            .or_else(|| element.closest("table").ok().flatten());
        if let Some(holder) = holder {
            return holder;
        }
    }
    element.clone()
}

/// Writes the breaks of every flow (by block index, as `domain::pagination` gives them) as
/// forced page breaks, after taking away the ones of an earlier print.
pub fn mark_breaks(document_id: &str, measured: &Measured, breaks: &[Vec<usize>]) {
    let Some(report) = element_by_id(document_id) else {
        return;
    };
    for element in elements_in(&report, &format!(".{BREAK_CLASS}")) {
        let _ = element.class_list().remove_1(BREAK_CLASS);
    }
    for (flow_elements, flow_breaks) in measured.elements.iter().zip(breaks) {
        for &at in flow_breaks {
            if let Some(element) = flow_elements.get(at) {
                let _ = break_target(element).class_list().add_1(BREAK_CLASS);
            }
        }
    }
}

/// Writes page numbers into the elements matching `selector` inside `document_id`, in order.
pub fn write_page_numbers(document_id: &str, selector: &str, numbers: &[usize]) {
    let Some(report) = element_by_id(document_id) else {
        return;
    };
    for (element, number) in elements_in(&report, selector).iter().zip(numbers) {
        element.set_text_content(Some(&number.to_string()));
    }
}

/// Counts the elements matching `selector` inside `document_id`: the report checks with it
/// that every section and row is drawn before it is measured.
pub fn count(document_id: &str, selector: &str) -> usize {
    element_by_id(document_id)
        .and_then(|report| report.query_selector_all(selector).ok())
        .map_or(0, |found| found.length() as usize)
}

/// The page's element with this ID.
fn element_by_id(id: &str) -> Option<Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Resolves after the work queued so far in this turn (Leptos' drawing after a signal was set)
/// has run, before the browser lays out or paints again.
pub async fn after_queued_work() {
    let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED);
    let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
}
