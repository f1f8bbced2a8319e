//! Worked examples of how the printed report is cut into pages (`domain::pagination`): where
//! the breaks fall, that headings stay with what follows, that no page holds a single row of a
//! table that goes on, and the page each part starts on, which the contents print.

use aims_assess::domain::pagination::{
    media_holds_in_print, paginate, Block, BlockKind, Flow, PageShape,
};

/// A page of 1,000 pixels less the safety margin, rounded down for readable examples.
fn portrait_fill() -> f64 {
    PageShape::Portrait.fill_px()
}

/// Blocks of the given heights and kinds, stacked without gaps from 0.
fn stacked(blocks: &[(f64, BlockKind)]) -> Vec<Block> {
    let mut top = 0.0;
    blocks
        .iter()
        .map(|&(height, kind)| {
            let block = Block {
                top,
                bottom: top + height,
                kind,
            };
            top += height;
            block
        })
        .collect()
}

/// A table: a caption and head (kept with the rows), then `count` rows of `height`.
fn table(count: usize, height: f64) -> Vec<(f64, BlockKind)> {
    let mut blocks = vec![
        (20.0, BlockKind::KeepWithNext),
        (30.0, BlockKind::KeepWithNext),
    ];
    blocks.extend((0..count).map(|index| {
        (
            height,
            BlockKind::Row {
                index,
                count,
                head_height: 30.0,
            },
        )
    }));
    blocks
}

/// The blocks of each page of a flow, as index ranges, from the breaks `paginate` gave it.
fn page_ranges(flow: &Flow, breaks: &[usize]) -> Vec<std::ops::Range<usize>> {
    let mut starts = vec![0];
    starts.extend(breaks.iter().copied());
    starts.push(flow.blocks.len());
    starts.windows(2).map(|page| page[0]..page[1]).collect()
}

fn portrait(blocks: Vec<Block>) -> Flow {
    Flow {
        shape: PageShape::Portrait,
        blocks,
    }
}

#[test]
fn the_page_areas_are_the_ones_report_css_sets() {
    // A4 less the margins of `@page report` and `@page wide`; the stylesheet must agree.
    assert_eq!(PageShape::Portrait.width_mm(), 186.0);
    assert_eq!(PageShape::Portrait.height_mm(), 264.0);
    assert_eq!(PageShape::Landscape.width_mm(), 273.0);
    assert_eq!(PageShape::Landscape.height_mm(), 183.0);
    let css = std::fs::read_to_string("style/report.css").expect("style/report.css");
    assert!(css.contains("@page report {\n  size: A4;\n  margin: 15mm 12mm 18mm;"));
    assert!(css.contains("@page wide {\n  size: A4 landscape;\n  margin: 12mm 12mm 15mm;"));
    // 264 mm is 997.8 px; 3 % of it is left free.
    assert!((PageShape::Portrait.fill_px() - 967.9).abs() < 0.1);
}

#[test]
fn a_flow_that_fits_takes_one_page_and_the_next_flow_starts_after_it() {
    let cover = portrait(stacked(&[
        (40.0, BlockKind::KeepWithNext),
        (300.0, BlockKind::Text),
    ]));
    let section = portrait(stacked(&[
        (40.0, BlockKind::KeepWithNext),
        (500.0, BlockKind::Text),
    ]));
    let pages = paginate(&[cover, section]);
    assert_eq!(pages[0].first_page, 1);
    assert_eq!(pages[0].pages, 1);
    assert!(pages[0].breaks.is_empty());
    assert_eq!(pages[1].first_page, 2);
    assert_eq!(pages[1].pages, 1);
}

#[test]
fn paragraphs_break_before_the_first_that_does_not_fit() {
    // Four paragraphs of 300 px: three fit on a page of 968 px, the fourth starts page 2.
    let flow = portrait(stacked(&[(300.0, BlockKind::Text); 4]));
    let pages = paginate(&[flow]);
    assert_eq!(pages[0].breaks, vec![3]);
    assert_eq!(pages[0].pages, 2);
}

#[test]
fn a_heading_at_the_foot_of_a_page_moves_to_the_next_with_its_text() {
    // 900 px of text, then a heading of 40 px and a paragraph of 100 px: the heading would
    // fit, its paragraph not, so the page breaks before the heading.
    let flow = portrait(stacked(&[
        (900.0, BlockKind::Text),
        (40.0, BlockKind::KeepWithNext),
        (100.0, BlockKind::Text),
    ]));
    assert_eq!(paginate(&[flow])[0].breaks, vec![1]);
}

#[test]
fn a_long_table_breaks_between_rows_and_never_leaves_one_row_alone() {
    // 600 px of text, then a table of 20 rows of 50 px. Page 1 holds the text, the caption
    // and head (50 px) and six rows (to 950 px); row 6 would end at 1,000 px.
    let mut blocks = vec![(600.0, BlockKind::Text)];
    blocks.extend(table(20, 50.0));
    let flow = portrait(stacked(&blocks));
    let pages = paginate(&[flow]);
    // Row 6 is block 3 + 6 = 9: page 2 starts with it and repeats the head (30 px), so rows
    // 6 to 23 take (30 + 14 * 50) = 730 px and fit.
    assert_eq!(pages[0].breaks, vec![9]);
    assert_eq!(pages[0].pages, 2);
}

#[test]
fn a_break_is_moved_up_so_the_last_row_is_not_alone_on_the_next_page() {
    // 450 px of text and a table of 10 rows of 50 px: the table's last row ends at 1,000 px
    // and does not fit. Breaking before it would leave it alone, so the break comes two rows
    // earlier (before row 8), and two rows go over.
    let mut blocks = vec![(450.0, BlockKind::Text)];
    blocks.extend(table(10, 50.0));
    let flow = portrait(stacked(&blocks));
    let pages = paginate(&[flow]);
    assert_eq!(pages[0].breaks, vec![3 + 8]);
    let rows_after_break = 10 - 8;
    assert!(rows_after_break >= 2);
}

#[test]
fn a_short_table_that_does_not_fit_moves_whole_with_its_heading() {
    // 800 px of text, a subheading, then a table of three rows of 50 px: it cannot be split
    // without leaving a row alone, so the page breaks before the subheading.
    let mut blocks = vec![(800.0, BlockKind::Text), (40.0, BlockKind::KeepWithNext)];
    blocks.extend(table(3, 50.0));
    let flow = portrait(stacked(&blocks));
    assert_eq!(paginate(&[flow])[0].breaks, vec![1]);
}

#[test]
fn no_page_holds_a_single_row_of_a_table_that_goes_on() {
    // Tables of every length from 1 to 60 rows, after text of every height in steps of 50
    // px: on no page is a table split with one row on either side.
    for count in 1..=60 {
        for lead in (0..=950).step_by(50) {
            let mut blocks = vec![(lead as f64, BlockKind::Text)];
            blocks.extend(table(count, 37.0));
            let flow = portrait(stacked(&blocks));
            let pages = paginate(std::slice::from_ref(&flow));
            for page in page_ranges(&flow, &pages[0].breaks) {
                let rows = flow.blocks[page]
                    .iter()
                    .filter(|block| matches!(block.kind, BlockKind::Row { .. }))
                    .count();
                assert!(
                    rows != 1 || count == 1,
                    "{count} rows after {lead} px: a page holds one row of the table"
                );
            }
        }
    }
}

#[test]
fn every_page_is_filled_short_of_its_height() {
    // Text blocks of mixed heights: no page's content goes past the fill height.
    let heights: Vec<f64> = (0..200).map(|n| 20.0 + ((n * 37) % 180) as f64).collect();
    let blocks: Vec<(f64, BlockKind)> = heights.iter().map(|&h| (h, BlockKind::Text)).collect();
    let flow = portrait(stacked(&blocks));
    let pages = paginate(std::slice::from_ref(&flow));
    let ranges = page_ranges(&flow, &pages[0].breaks);
    for page in &ranges {
        let top = flow.blocks[page.start].top;
        let bottom = flow.blocks[page.end - 1].bottom;
        assert!(bottom - top <= portrait_fill());
    }
    assert_eq!(pages[0].pages, ranges.len());
}

#[test]
fn a_block_taller_than_a_page_takes_its_pages_and_the_next_block_starts_a_new_one() {
    // A note of 2,500 px (three pages of 968 px) between two short paragraphs.
    let flow = portrait(stacked(&[
        (100.0, BlockKind::Text),
        (2500.0, BlockKind::Text),
        (100.0, BlockKind::Text),
    ]));
    let pages = paginate(&[flow]);
    // Page 1: the paragraph; pages 2 to 4: the note; page 5: the last paragraph.
    assert_eq!(pages[0].breaks, vec![1, 2]);
    assert_eq!(pages[0].pages, 5);
}

#[test]
fn landscape_pages_hold_less_height() {
    // Twelve rows of 60 px and a head: 770 px, more than a landscape page (671 px) and less
    // than a portrait one.
    let blocks = stacked(&table(12, 60.0));
    let portrait_pages = paginate(&[portrait(blocks.clone())]);
    let landscape_pages = paginate(&[Flow {
        shape: PageShape::Landscape,
        blocks,
    }]);
    assert_eq!(portrait_pages[0].pages, 1);
    assert_eq!(landscape_pages[0].pages, 2);
}

#[test]
fn media_conditions_are_read_as_on_paper() {
    let a4 = PageShape::Portrait.width_px(); // 703 px
    let cases: &[(&str, Option<bool>)] = &[
        ("print", Some(true)),
        ("screen", Some(false)),
        ("all", Some(true)),
        ("not print", Some(false)),
        ("only screen and (min-width: 40rem)", Some(false)),
        ("(min-width: 60rem)", Some(false)),
        ("(min-width: 40rem)", Some(true)),
        ("(max-width: 44.99rem)", Some(true)),
        ("(min-width: 720px)", Some(false)),
        ("(min-width: 45em) and (max-width: 70em)", Some(false)),
        ("screen, print", Some(true)),
        ("(prefers-reduced-motion: reduce)", None),
        ("(min-width: wide)", None),
    ];
    for (media, expected) in cases {
        assert_eq!(media_holds_in_print(media, a4), *expected, "{media}");
    }
}
