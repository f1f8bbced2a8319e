//! How the printed report is cut into pages, so that its contents can give each section's page
//! number. The browser cannot say where its own page breaks fall, so the app measures every
//! block of the report at the printed width (`platform::print_layout`) and decides every break
//! itself here; each page is filled a little short of full, so the browser never needs a break
//! of its own and the numbers are the pages that come out of the printer.
//!
//! The rules a break follows: a heading, a table's caption or head, and a term of a list of
//! facts stay with what follows them; a table is split only between rows, never leaving one
//! row alone on either page (a table of three rows or fewer moves whole); a page that starts
//! inside a table repeats the table's head. A block taller than a page (a very long note) is
//! left to the browser, which splits it between lines, and the block after it starts a new
//! page, so the count stays exact.

/// Millimetres to CSS pixels: CSS fixes 96 pixels to the inch.
const PX_PER_MM: f64 = 96.0 / 25.4;

/// The part of a page left free, so that the small differences between the measured layout
/// and the printed one (rounded positions, margins kept after a break) never push a block
/// onto a page of its own.
const SAFETY_MARGIN: f64 = 0.03;

/// A page of the printed report: its content area, as style/report.css sets it with
/// `@page report` (A4 portrait, margins 15 mm, 12 mm, 18 mm) and `@page wide` (A4 landscape,
/// margins 12 mm, 12 mm, 15 mm).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageShape {
    /// A4 portrait, for the cover and most sections.
    Portrait,
    /// A4 landscape, for sections with tables of six or more columns.
    Landscape,
}

impl PageShape {
    /// The width of the page's content area in millimetres.
    pub fn width_mm(self) -> f64 {
        match self {
            PageShape::Portrait => 210.0 - 12.0 - 12.0,
            PageShape::Landscape => 297.0 - 12.0 - 12.0,
        }
    }

    /// The height of the page's content area in millimetres.
    pub fn height_mm(self) -> f64 {
        match self {
            PageShape::Portrait => 297.0 - 15.0 - 18.0,
            PageShape::Landscape => 210.0 - 12.0 - 15.0,
        }
    }

    /// The width of the content area in CSS pixels.
    pub fn width_px(self) -> f64 {
        self.width_mm() * PX_PER_MM
    }

    /// The height a page is filled to, in CSS pixels: the content area less the safety margin.
    pub fn fill_px(self) -> f64 {
        self.height_mm() * PX_PER_MM * (1.0 - SAFETY_MARGIN)
    }
}

/// What a measured block is, for the rules of where a page may break.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BlockKind {
    /// A paragraph, a list item, a figure or a fact's value: a break may come before it.
    Text,
    /// A heading, a caption, a table's head or a fact's term: it stays with what follows.
    KeepWithNext,
    /// A row of a table's body.
    Row {
        /// Its place in the table's body, from 0.
        index: usize,
        /// How many rows the table's body has.
        count: usize,
        /// The height of the table's head, which a page starting at this row repeats.
        head_height: f64,
    },
}

/// One block of the report as measured at the printed width, in CSS pixels from the top of
/// its flow (the cover, or a section, each of which starts a page).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Block {
    /// Where the block starts, its top margin included.
    pub top: f64,
    /// Where the block ends.
    pub bottom: f64,
    /// What it is.
    pub kind: BlockKind,
}

/// One part of the report that starts on a new page: the cover with the contents, or a
/// section.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    /// The pages it is printed on.
    pub shape: PageShape,
    /// Its blocks, in order.
    pub blocks: Vec<Block>,
}

/// Where one flow's pages break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowPages {
    /// The page number the flow starts on, from 1.
    pub first_page: usize,
    /// How many pages it takes.
    pub pages: usize,
    /// The blocks (by index) that start a new page.
    pub breaks: Vec<usize>,
}

/// The page breaks of every flow, and each flow's first page, in order.
pub fn paginate(flows: &[Flow]) -> Vec<FlowPages> {
    let mut next_page = 1;
    flows
        .iter()
        .map(|flow| {
            let (breaks, pages) = cut(&flow.blocks, flow.shape.fill_px());
            let result = FlowPages {
                first_page: next_page,
                pages,
                breaks,
            };
            next_page += pages;
            result
        })
        .collect()
}

/// Whether a page may start with block `at`, given the block before it.
fn may_break_before(blocks: &[Block], at: usize) -> bool {
    let Some(before) = at.checked_sub(1).and_then(|index| blocks.get(index)) else {
        return false;
    };
    if before.kind == BlockKind::KeepWithNext {
        return false;
    }
    match blocks.get(at).map(|block| block.kind) {
        // At least two rows on each side of a break inside a table.
        Some(BlockKind::Row { index, count, .. }) => index >= 2 && count - index >= 2,
        Some(_) => true,
        None => false,
    }
}

/// The height of the table head a page starting at block `at` repeats.
fn repeated_head(blocks: &[Block], at: usize) -> f64 {
    match blocks.get(at).map(|block| block.kind) {
        Some(BlockKind::Row {
            index, head_height, ..
        }) if index > 0 => head_height,
        _ => 0.0,
    }
}

/// Cuts one flow into pages of `fill` pixels: the blocks that start a new page, and the
/// number of pages.
fn cut(blocks: &[Block], fill: f64) -> (Vec<usize>, usize) {
    let mut breaks = Vec::new();
    let mut pages = 1;
    // The flow starts at the top of its first page.
    let mut page_top = 0.0;
    let mut first_on_page = 0;
    let mut head = 0.0;
    let mut at = 0;
    while let Some(block) = blocks.get(at) {
        let used = block.bottom - page_top + head;
        if used <= fill {
            at += 1;
            continue;
        }
        if at == first_on_page {
            // A block taller than a page: the browser splits it between lines, over as many
            // pages as it needs. The next block starts a new page, so the count stays exact.
            pages += (used / fill).ceil() as usize - 1;
            at += 1;
            if at < blocks.len() {
                breaks.push(at);
                pages += 1;
                page_top = blocks[at].top;
                first_on_page = at;
                head = repeated_head(blocks, at);
            }
            continue;
        }
        // Go back to the last place a page may break; if there is none on this page, break
        // here anyway, since the block does not fit.
        let mut start = at;
        while start > first_on_page && !may_break_before(blocks, start) {
            start -= 1;
        }
        if start == first_on_page {
            start = at;
        }
        breaks.push(start);
        pages += 1;
        page_top = blocks[start].top;
        first_on_page = start;
        head = repeated_head(blocks, start);
        at = start;
    }
    (breaks, pages)
}

/// Whether a style rule's media condition holds on paper `width_px` wide: `Some(true)` or
/// `Some(false)` when the condition is one the report's stylesheets use (media types and
/// minimum and maximum widths), `None` when it is not, and the rule is then left as it is.
/// The measuring turns print rules on and screen rules off with this.
pub fn media_holds_in_print(media: &str, width_px: f64) -> Option<bool> {
    let mut any = false;
    for query in media.split(',') {
        if query_holds_in_print(query.trim(), width_px)? {
            any = true;
        }
    }
    Some(any)
}

/// One media query (no commas) on paper `width_px` wide, as in `media_holds_in_print`.
fn query_holds_in_print(query: &str, width_px: f64) -> Option<bool> {
    let lower = query.to_ascii_lowercase();
    let (negated, rest) = match lower.strip_prefix("not ") {
        Some(rest) => (true, rest.trim()),
        None => (false, lower.strip_prefix("only ").unwrap_or(&lower).trim()),
    };
    let mut holds = true;
    for part in rest.split(" and ") {
        let part = part.trim();
        let part_holds = match part {
            "print" | "all" => true,
            "screen" => false,
            _ => {
                let inner = part.strip_prefix('(')?.strip_suffix(')')?;
                let (feature, value) = inner.split_once(':')?;
                let limit = length_px(value.trim())?;
                match feature.trim() {
                    "min-width" => width_px >= limit,
                    "max-width" => width_px <= limit,
                    _ => return None,
                }
            }
        };
        holds &= part_holds;
    }
    Some(holds != negated)
}

/// A length in a media query in CSS pixels: `px`, or `rem` and `em`, which media queries
/// measure in the browser's initial font size of 16 pixels.
fn length_px(value: &str) -> Option<f64> {
    let (number, factor) = if let Some(number) = value.strip_suffix("rem") {
        (number, 16.0)
    } else if let Some(number) = value.strip_suffix("em") {
        (number, 16.0)
    } else if let Some(number) = value.strip_suffix("px") {
        (number, 1.0)
    } else {
        return None;
    };
    number
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .map(|n| n * factor)
}
