//! Risk criteria: the likelihood and consequence scales, the level bands as a lookup table, and
//! the band above which a risk may not simply be accepted.
//!
//! Clause 6.1.2 asks an organisation to fix how it rates risks before it rates them. The
//! criteria here are that decision in data: every risk level in the app comes from
//! `RiskCriteria::band`, a table lookup, so what the user sees in the editor is exactly the
//! rule that is applied.

use crate::domain::limits::{self, LimitError};

/// The fewest and most levels a scale may have.
pub const MIN_SCALE_LEVELS: usize = 3;
pub const MAX_SCALE_LEVELS: usize = 7;

/// The fewest and most level bands.
pub const MIN_BANDS: usize = 2;
pub const MAX_BANDS: usize = 6;

/// Which of the two scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    Likelihood,
    Consequence,
}

/// A rating on both scales, each counted from 1 (the lowest level).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating {
    pub likelihood: u8,
    pub consequence: u8,
}

impl Rating {
    pub fn new(likelihood: u8, consequence: u8) -> Rating {
        Rating {
            likelihood,
            consequence,
        }
    }

    /// The level on one axis.
    pub fn on(self, axis: Axis) -> u8 {
        match axis {
            Axis::Likelihood => self.likelihood,
            Axis::Consequence => self.consequence,
        }
    }
}

/// Why a change to the criteria was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CriteriaError {
    #[error("a scale has from {MIN_SCALE_LEVELS} to {MAX_SCALE_LEVELS} levels")]
    ScaleSize,
    #[error("there are from {MIN_BANDS} to {MAX_BANDS} level bands")]
    BandCount,
    #[error("there is no level {0} on this scale")]
    NoSuchLevel(u8),
    #[error("there is no band {0}")]
    NoSuchBand(usize),
    #[error(
        "{} rated at a level this change would remove; re-rate first",
        in_use_phrase(.0)
    )]
    LevelInUse(Vec<String>),
    #[error(transparent)]
    Limit(#[from] LimitError),
}

/// "risk R1 is" or "risks R1, R3 are", for the refusal of a scale change.
fn in_use_phrase(risk_ids: &[String]) -> String {
    let verb = if risk_ids.len() == 1 { "is" } else { "are" };
    format!("{} {verb}", crate::domain::soa::risks_phrase(risk_ids))
}

/// How risks are rated. Levels and bands are counted from the lowest: the first name of a
/// scale is level 1, the first band is the least serious.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskCriteria {
    /// The names of the likelihood levels, lowest first.
    pub likelihood: Vec<String>,
    /// The names of the consequence levels, lowest first.
    pub consequence: Vec<String>,
    /// The names of the level bands, least serious first.
    pub bands: Vec<String>,
    /// The band of every cell, row by row: likelihood level `l` and consequence level `c` are
    /// at `(l - 1) * consequence.len() + (c - 1)`.
    pub table: Vec<u8>,
    /// The most serious band a risk may stay in without a named person accepting it.
    pub acceptable_up_to: u8,
}

/// Names joined as "A", "A or B", "A, B or C".
fn or_list(names: &[String]) -> String {
    match names {
        [first @ .., last] if !first.is_empty() => format!("{} or {last}", first.join(", ")),
        _ => names.join(""),
    }
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|name| (*name).to_owned()).collect()
}

impl Default for RiskCriteria {
    /// A 5 x 5 matrix with four bands (Low, Medium, High, Critical); Low and Medium may be
    /// accepted without a named person's acceptance.
    fn default() -> RiskCriteria {
        let mut criteria = RiskCriteria {
            likelihood: names(&["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]),
            consequence: names(&["Negligible", "Minor", "Moderate", "Major", "Severe"]),
            bands: names(&["Low", "Medium", "High", "Critical"]),
            table: Vec::new(),
            acceptable_up_to: 1,
        };
        criteria.table = criteria.default_table();
        criteria
    }
}

impl RiskCriteria {
    /// The names of one scale.
    pub fn scale(&self, axis: Axis) -> &[String] {
        match axis {
            Axis::Likelihood => &self.likelihood,
            Axis::Consequence => &self.consequence,
        }
    }

    fn scale_mut(&mut self, axis: Axis) -> &mut Vec<String> {
        match axis {
            Axis::Likelihood => &mut self.likelihood,
            Axis::Consequence => &mut self.consequence,
        }
    }

    /// Whether a rating lies on both scales.
    pub fn contains(&self, rating: Rating) -> bool {
        (1..=self.likelihood.len()).contains(&usize::from(rating.likelihood))
            && (1..=self.consequence.len()).contains(&usize::from(rating.consequence))
    }

    /// The band of a rating, or `None` when the rating is off the scales.
    pub fn band(&self, rating: Rating) -> Option<u8> {
        self.table.get(self.cell(rating)?).copied()
    }

    /// The position of a rating's cell in `table`, or `None` when the rating is off the scales.
    pub fn cell(&self, rating: Rating) -> Option<usize> {
        self.contains(rating).then(|| {
            (usize::from(rating.likelihood) - 1) * self.consequence.len()
                + usize::from(rating.consequence)
                - 1
        })
    }

    /// The name of a level of a scale (counted from 1), or "" when there is none.
    pub fn level_name(&self, axis: Axis, level: u8) -> &str {
        self.scale(axis)
            .get(usize::from(level).wrapping_sub(1))
            .map_or("", String::as_str)
    }

    /// A rating in words, such as "High (Likely likelihood, Major consequence)", or "Not
    /// rated".
    pub fn rating_text(&self, rating: Option<Rating>) -> String {
        match rating.and_then(|rating| Some((rating, self.band(rating)?))) {
            Some((rating, band)) => format!(
                "{} ({} likelihood, {} consequence)",
                self.band_name(band),
                self.level_name(Axis::Likelihood, rating.likelihood),
                self.level_name(Axis::Consequence, rating.consequence)
            ),
            None => "Not rated".to_owned(),
        }
    }

    /// A colour step for a band, from 0 (the least serious band) to 5 (the most serious),
    /// spread so that the first band is always 0 and the last always 5, whatever the number
    /// of bands.
    pub fn shade(&self, band: u8) -> u8 {
        let last = self.bands.len().saturating_sub(1).max(1);
        let step = usize::from(band).min(last) * 5 / last;
        u8::try_from(step).unwrap_or(5)
    }

    /// How many of `ratings` sit in each cell of the table, in the table's order. Ratings
    /// that are missing or off the scales are not counted.
    pub fn cell_counts(&self, ratings: &[Option<Rating>]) -> Vec<usize> {
        let mut counts = vec![0; self.table.len()];
        for cell in ratings.iter().filter_map(|rating| self.cell((*rating)?)) {
            if let Some(count) = counts.get_mut(cell) {
                *count += 1;
            }
        }
        counts
    }

    /// One heat map in a sentence, such as "Before treatment: 3 risks, 1 Critical, 2 High,
    /// 1 not rated": the number of `ratings`, then how many are in each band that has any,
    /// the most serious first, then how many have no rating on these scales.
    pub fn heat_summary(&self, stage: &str, ratings: &[Option<Rating>]) -> String {
        let total = ratings.len();
        let mut parts = vec![format!(
            "{stage}: {total} risk{}",
            if total == 1 { "" } else { "s" }
        )];
        let mut per_band = vec![0usize; self.bands.len()];
        let mut unrated = 0;
        for rating in ratings {
            let band = rating.and_then(|rating| self.band(rating));
            match band.and_then(|band| per_band.get_mut(usize::from(band))) {
                Some(count) => *count += 1,
                None => unrated += 1,
            }
        }
        for (name, count) in self.bands.iter().zip(per_band).rev() {
            if count > 0 {
                parts.push(format!("{count} {name}"));
            }
        }
        if unrated > 0 {
            parts.push(format!("{unrated} not rated"));
        }
        parts.join(", ")
    }

    /// The name of a band.
    pub fn band_name(&self, band: u8) -> &str {
        self.bands
            .get(usize::from(band))
            .map_or("Unknown band", String::as_str)
    }

    /// Whether a band is above the acceptance limit, so that a risk in it needs a named
    /// person's acceptance.
    pub fn needs_acceptance(&self, band: u8) -> bool {
        band > self.acceptable_up_to
    }

    /// The table the app proposes for the current scales and bands: a cell's band grows with
    /// the product of its likelihood and consequence. With `k` bands, a cell whose product is
    /// `p` out of the largest product `P` is in the band given by how many of the limits
    /// `((i + 1) / (k + 1))^2 * P`, for `i` from 1 to `k - 1`, it exceeds. For the default
    /// 5 x 5 matrix with four bands the limits are 4, 9 and 16: products 1-4 are Low, 5-9
    /// Medium, 10-16 High and 20-25 Critical.
    pub fn default_table(&self) -> Vec<u8> {
        let limits = self.proposal_limits();
        let mut table = Vec::with_capacity(self.likelihood.len() * self.consequence.len());
        for likelihood in 1..=self.likelihood.len() {
            for consequence in 1..=self.consequence.len() {
                let product = likelihood * consequence;
                let band = limits.iter().filter(|limit| product > **limit).count();
                table.push(u8::try_from(band).unwrap_or(u8::MAX));
            }
        }
        table
    }

    /// The limits of the proposed table (see `default_table`) as whole products, one fewer
    /// than there are bands: a product up to the first limit is in the first band, one above
    /// the first and up to the second in the second band, and so on. For the default 5 x 5
    /// matrix with four bands: 4, 9 and 16.
    pub fn proposal_limits(&self) -> Vec<usize> {
        let bands = self.bands.len().max(1);
        let largest = self.likelihood.len() * self.consequence.len();
        // A whole product exceeds ((i + 1) / (bands + 1))^2 * largest exactly when it exceeds
        // that number rounded down.
        (1..bands)
            .map(|i| (i + 1).pow(2) * largest / (bands + 1).pow(2))
            .collect()
    }

    /// Renames a level of a scale (counted from 1).
    pub fn rename_level(
        &mut self,
        axis: Axis,
        level: u8,
        name: String,
    ) -> Result<(), CriteriaError> {
        let slot = self
            .scale_mut(axis)
            .get_mut(usize::from(level).wrapping_sub(1))
            .ok_or(CriteriaError::NoSuchLevel(level))?;
        limits::check_text_change(slot, &name)?;
        *slot = name;
        Ok(())
    }

    /// Renames a band (counted from 0, the least serious).
    pub fn rename_band(&mut self, band: usize, name: String) -> Result<(), CriteriaError> {
        let slot = self
            .bands
            .get_mut(band)
            .ok_or(CriteriaError::NoSuchBand(band))?;
        limits::check_text_change(slot, &name)?;
        *slot = name;
        Ok(())
    }

    /// Sets the band of one cell of the table.
    pub fn set_cell(&mut self, rating: Rating, band: u8) -> Result<(), CriteriaError> {
        if usize::from(band) >= self.bands.len() {
            return Err(CriteriaError::NoSuchBand(usize::from(band)));
        }
        let index = self.cell(rating).ok_or(CriteriaError::NoSuchLevel(
            rating.likelihood.max(rating.consequence),
        ))?;
        if let Some(cell) = self.table.get_mut(index) {
            *cell = band;
        }
        Ok(())
    }

    /// Sets the acceptance limit to a band.
    pub fn set_acceptable_up_to(&mut self, band: u8) -> Result<(), CriteriaError> {
        if usize::from(band) >= self.bands.len() {
            return Err(CriteriaError::NoSuchBand(usize::from(band)));
        }
        self.acceptable_up_to = band;
        Ok(())
    }

    /// Gives a scale `levels` levels: new levels are added at the top with a placeholder name,
    /// levels are removed from the top. `ratings` are the ratings in use with the ID of the
    /// risk that holds each; a level still in use is never removed. The table goes back to
    /// the proposed one, since the old cells no longer line up.
    pub fn resize_scale(
        &mut self,
        axis: Axis,
        levels: usize,
        ratings: &[(&str, Rating)],
    ) -> Result<(), CriteriaError> {
        if !(MIN_SCALE_LEVELS..=MAX_SCALE_LEVELS).contains(&levels) {
            return Err(CriteriaError::ScaleSize);
        }
        let mut blocking: Vec<String> = ratings
            .iter()
            .filter(|(_, rating)| usize::from(rating.on(axis)) > levels)
            .map(|(risk_id, _)| (*risk_id).to_owned())
            .collect();
        blocking.dedup();
        if !blocking.is_empty() {
            return Err(CriteriaError::LevelInUse(blocking));
        }
        let scale = self.scale_mut(axis);
        scale.truncate(levels);
        while scale.len() < levels {
            let number = scale.len() + 1;
            scale.push(format!("Level {number}"));
        }
        self.table = self.default_table();
        Ok(())
    }

    /// Gives the criteria `count` bands: new bands are added at the top, bands are removed
    /// from the top. The table goes back to the proposed one and the acceptance limit stays
    /// within the bands.
    pub fn resize_bands(&mut self, count: usize) -> Result<(), CriteriaError> {
        if !(MIN_BANDS..=MAX_BANDS).contains(&count) {
            return Err(CriteriaError::BandCount);
        }
        self.bands.truncate(count);
        while self.bands.len() < count {
            let number = self.bands.len() + 1;
            self.bands.push(format!("Band {number}"));
        }
        self.table = self.default_table();
        let highest = u8::try_from(count - 1).unwrap_or(u8::MAX);
        self.acceptable_up_to = self.acceptable_up_to.min(highest);
        Ok(())
    }

    /// Whether the criteria are consistent: scale and band counts in range, a table with one
    /// known band per cell, and an acceptance limit that is a band. Files are checked with this
    /// before they are used.
    pub fn check(&self) -> Result<(), String> {
        for (axis, name) in [
            (Axis::Likelihood, "likelihood"),
            (Axis::Consequence, "consequence"),
        ] {
            let levels = self.scale(axis).len();
            if !(MIN_SCALE_LEVELS..=MAX_SCALE_LEVELS).contains(&levels) {
                return Err(format!(
                    "the {name} scale has {levels} levels; it needs {MIN_SCALE_LEVELS} to {MAX_SCALE_LEVELS}"
                ));
            }
        }
        if !(MIN_BANDS..=MAX_BANDS).contains(&self.bands.len()) {
            return Err(format!(
                "there are {} bands; there need to be {MIN_BANDS} to {MAX_BANDS}",
                self.bands.len()
            ));
        }
        let cells = self.likelihood.len() * self.consequence.len();
        if self.table.len() != cells {
            return Err(format!(
                "the table has {} cells; the scales need {cells}",
                self.table.len()
            ));
        }
        if let Some(band) = self
            .table
            .iter()
            .find(|band| usize::from(**band) >= self.bands.len())
        {
            return Err(format!("the table names band {band}, which does not exist"));
        }
        if usize::from(self.acceptable_up_to) >= self.bands.len() {
            return Err(format!(
                "the acceptance limit is band {}, which does not exist",
                self.acceptable_up_to
            ));
        }
        Ok(())
    }

    /// The names of one scale with their level numbers: "1 Rare, 2 Unlikely, 3 Possible".
    pub fn scale_key(&self, axis: Axis) -> String {
        let numbered: Vec<String> = self
            .scale(axis)
            .iter()
            .enumerate()
            .map(|(index, name)| format!("{} {name}", index + 1))
            .collect();
        numbered.join(", ")
    }

    /// Which bands may be kept without a named acceptance, as a sentence for the treatment
    /// plan and the report.
    pub fn acceptance_rule(&self) -> String {
        let limit = usize::from(self.acceptable_up_to);
        let (kept, above) = self.bands.split_at((limit + 1).min(self.bands.len()));
        if above.is_empty() {
            return "A risk in any band may be kept without a named acceptance.".to_owned();
        }
        format!(
            "A risk in {} may be kept without a named acceptance; a risk in {} needs a named \
             person to accept it, with a date.",
            or_list(kept),
            or_list(above)
        )
    }
}
