//! The helpers behind the risk criteria page, the heat map and the treatment plan: cell
//! positions, the proposal's limits, colour steps, ratings in words, counts per cell and the
//! heat map's summary sentence.

use aims_assess::domain::risk_criteria::{
    Axis, Rating, RiskCriteria, MAX_BANDS, MAX_SCALE_LEVELS, MIN_BANDS, MIN_SCALE_LEVELS,
};

/// Criteria with the given numbers of likelihood levels, consequence levels and bands, and
/// the proposed table.
fn sized(likelihood: usize, consequence: usize, bands: usize) -> RiskCriteria {
    let mut criteria = RiskCriteria::default();
    criteria
        .resize_scale(Axis::Likelihood, likelihood, &[])
        .expect("a valid size");
    criteria
        .resize_scale(Axis::Consequence, consequence, &[])
        .expect("a valid size");
    criteria.resize_bands(bands).expect("a valid count");
    criteria
}

#[test]
fn the_default_limits_are_the_documented_ones() {
    assert_eq!(RiskCriteria::default().proposal_limits(), [4, 9, 16]);
}

#[test]
fn the_proposed_table_follows_the_limits_and_the_written_rule_for_every_size() {
    for likelihood in MIN_SCALE_LEVELS..=MAX_SCALE_LEVELS {
        for consequence in MIN_SCALE_LEVELS..=MAX_SCALE_LEVELS {
            for bands in MIN_BANDS..=MAX_BANDS {
                let criteria = sized(likelihood, consequence, bands);
                criteria.check().expect("consistent criteria");
                let limits = criteria.proposal_limits();
                assert_eq!(limits.len(), bands - 1);
                assert!(limits.windows(2).all(|pair| pair[0] <= pair[1]));
                let largest = likelihood * consequence;
                for l in 1..=likelihood {
                    for c in 1..=consequence {
                        let product = l * c;
                        // The rule as written in `default_table`, in exact integers.
                        let written = (1..bands)
                            .filter(|i| product * (bands + 1).pow(2) > (i + 1).pow(2) * largest)
                            .count();
                        let by_limits = limits.iter().filter(|limit| product > **limit).count();
                        let rating = Rating::new(l as u8, c as u8);
                        assert_eq!(by_limits, written, "{likelihood}x{consequence}, {bands}");
                        assert_eq!(criteria.band(rating), Some(written as u8));
                    }
                }
            }
        }
    }
}

#[test]
fn a_cell_is_counted_row_by_row_and_only_on_the_scales() {
    let criteria = sized(4, 6, 3);
    assert_eq!(criteria.cell(Rating::new(1, 1)), Some(0));
    assert_eq!(criteria.cell(Rating::new(1, 6)), Some(5));
    assert_eq!(criteria.cell(Rating::new(2, 1)), Some(6));
    assert_eq!(criteria.cell(Rating::new(4, 6)), Some(23));
    assert_eq!(criteria.cell(Rating::new(5, 1)), None);
    assert_eq!(criteria.cell(Rating::new(1, 7)), None);
    assert_eq!(criteria.cell(Rating::new(0, 1)), None);
}

#[test]
fn shades_run_from_zero_to_five_whatever_the_number_of_bands() {
    let shades = |bands: usize| {
        let criteria = sized(5, 5, bands);
        (0..bands as u8)
            .map(|band| criteria.shade(band))
            .collect::<Vec<_>>()
    };
    assert_eq!(shades(2), [0, 5]);
    assert_eq!(shades(3), [0, 2, 5]);
    assert_eq!(shades(4), [0, 1, 3, 5]);
    assert_eq!(shades(5), [0, 1, 2, 3, 5]);
    assert_eq!(shades(6), [0, 1, 2, 3, 4, 5]);
    // A band past the last (from a damaged file) still gets the last shade.
    assert_eq!(sized(5, 5, 4).shade(9), 5);
}

#[test]
fn a_rating_reads_as_its_band_and_level_names() {
    let criteria = RiskCriteria::default();
    assert_eq!(
        criteria.rating_text(Some(Rating::new(4, 4))),
        "High (Likely likelihood, Major consequence)"
    );
    assert_eq!(criteria.rating_text(None), "Not rated");
    assert_eq!(criteria.rating_text(Some(Rating::new(6, 1))), "Not rated");
    assert_eq!(criteria.level_name(Axis::Consequence, 1), "Negligible");
    assert_eq!(criteria.level_name(Axis::Consequence, 0), "");
}

#[test]
fn counts_and_summary_cover_every_rating() {
    let criteria = RiskCriteria::default();
    let ratings = [
        Some(Rating::new(5, 5)),
        Some(Rating::new(4, 4)),
        Some(Rating::new(4, 4)),
        None,
        Some(Rating::new(9, 1)),
    ];
    let counts = criteria.cell_counts(&ratings);
    assert_eq!(counts.len(), 25);
    assert_eq!(counts[24], 1);
    assert_eq!(counts[18], 2);
    assert_eq!(counts.iter().sum::<usize>(), 3);
    assert_eq!(
        criteria.heat_summary("Before treatment", &ratings),
        "Before treatment: 5 risks, 1 Critical, 2 High, 2 not rated"
    );
    assert_eq!(
        criteria.heat_summary("After treatment", &[Some(Rating::new(1, 1))]),
        "After treatment: 1 risk, 1 Low"
    );
    assert_eq!(
        criteria.heat_summary("After treatment", &[]),
        "After treatment: 0 risks"
    );
}
