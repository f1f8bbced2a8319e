//! The crosswalk from the NIST AI Risk Management Framework (AI RMF 1.0) to ISO/IEC 42001, and
//! how far the user's answers cover each AI RMF subcategory, category and function.
//!
//! The pairs of IDs are facts taken from the crosswalk NIST lists on its AI Resource Center;
//! they are data (`catalog/nist_ai_rmf.json`, loaded on demand) with their source named. The
//! coverage rule is ours and is documented in docs/crosswalks.md: a subcategory's coverage is
//! the mean score of the ISO/IEC 42001 items it maps to, leaving out Annex A controls excluded
//! in the SoA with a justification, and a category's or function's coverage is the mean of
//! its subcategories' coverage.

use crate::domain::catalog::Catalog;
use crate::domain::scoring::{floor_percent, Summary};

/// The shape of AI RMF 1.0's core: each function with the number of subcategories in each of
/// its categories (GOVERN 1 has seven, GOVERN 1.1 to GOVERN 1.7, and so on). A fact of the
/// framework, used to check the crosswalk file is complete.
pub const AI_RMF_SHAPE: [(&str, &[u8]); 4] = [
    ("GOVERN", &[7, 3, 2, 3, 2, 2]),
    ("MAP", &[6, 3, 5, 2, 2]),
    ("MEASURE", &[3, 13, 3, 3]),
    ("MANAGE", &[4, 4, 2, 3]),
];

/// Every AI RMF 1.0 subcategory ID ("GOVERN 1.1" to "MANAGE 4.3"), in the framework's order.
pub fn ai_rmf_subcategory_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for (function, categories) in AI_RMF_SHAPE {
        for (category, &count) in (1..).zip(categories.iter()) {
            for subcategory in 1..=count {
                ids.push(format!("{function} {category}.{subcategory}"));
            }
        }
    }
    ids
}

/// Where the crosswalk's ID pairs come from, shown on the page and written in the docs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CrosswalkSource {
    pub title: String,
    pub publisher: String,
    pub url: String,
    /// The page that lists the document.
    pub listed_at: String,
    pub version: String,
    /// The copy of the text the pairs were read from.
    pub text_consulted: String,
    /// When the source was last compared with the data, `YYYY-MM-DD`.
    pub last_checked: String,
    /// What was taken from the source (IDs only) and what is our own.
    pub taken: String,
    /// How the source's IDs were turned into the catalog's (Annex B guidance to Annex A).
    pub id_translation: String,
    /// Obvious slips in the source and how they were read.
    pub corrections: Vec<String>,
}

/// One AI RMF subcategory and the ISO/IEC 42001 items the crosswalk maps it to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subcategory {
    /// Such as "GOVERN 1.1".
    pub id: String,
    /// What it is about, in one line of our own words.
    pub summary: String,
    /// Clause items ("4.1") and Annex A controls ("A.2.2"), as in the catalog.
    pub iso: Vec<String>,
}

/// One AI RMF category, such as "GOVERN 1".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub id: String,
    /// What it is about, in our own words.
    pub summary: String,
    pub subcategories: Vec<Subcategory>,
}

/// One of the four AI RMF functions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Function {
    /// "GOVERN", "MAP", "MEASURE" or "MANAGE".
    pub id: String,
    /// "Govern", "Map", ...
    pub name: String,
    /// What it is about, in our own words.
    pub summary: String,
    pub categories: Vec<Category>,
}

/// The whole crosswalk.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Crosswalk {
    pub source: CrosswalkSource,
    pub functions: Vec<Function>,
}

impl Crosswalk {
    /// Every subcategory with its function and category, in order.
    pub fn subcategories(&self) -> impl Iterator<Item = (&Function, &Category, &Subcategory)> {
        self.functions.iter().flat_map(|function| {
            function.categories.iter().flat_map(move |category| {
                category
                    .subcategories
                    .iter()
                    .map(move |subcategory| (function, category, subcategory))
            })
        })
    }

    /// Checks the crosswalk against the AI RMF's shape and the catalog: every subcategory
    /// of AI RMF 1.0 once, in order, under its own function and category, each mapped to at
    /// least one item, and every item an ID the catalog has. The first problem is named.
    pub fn check(&self, catalog: Catalog) -> Result<(), String> {
        let expected = ai_rmf_subcategory_ids();
        let found: Vec<&str> = self
            .subcategories()
            .map(|(_, _, subcategory)| subcategory.id.as_str())
            .collect();
        if let Some(position) = expected
            .iter()
            .zip(found.iter())
            .position(|(expected, found)| expected != found)
        {
            return Err(format!(
                "subcategory {} is listed where AI RMF 1.0 has {}",
                found[position], expected[position]
            ));
        }
        if found.len() != expected.len() {
            return Err(format!(
                "the file lists {} subcategories; AI RMF 1.0 has {}",
                found.len(),
                expected.len()
            ));
        }
        for (function, category, subcategory) in self.subcategories() {
            let category_prefix = format!("{} ", function.id);
            let subcategory_prefix = format!("{}.", category.id);
            if !category.id.starts_with(&category_prefix)
                || !subcategory.id.starts_with(&subcategory_prefix)
            {
                return Err(format!(
                    "{} is listed under {} of {}",
                    subcategory.id, category.id, function.id
                ));
            }
            if subcategory.iso.is_empty() {
                return Err(format!("{} is mapped to nothing", subcategory.id));
            }
            if let Some(unknown) = subcategory.iso.iter().find(|id| catalog.item(id).is_none()) {
                return Err(format!(
                    "{} is mapped to {unknown}, which is not an item of the catalog",
                    subcategory.id
                ));
            }
        }
        Ok(())
    }
}

/// How far the answers cover one subcategory.
#[derive(Debug, Clone, PartialEq)]
pub struct SubcategoryCoverage {
    pub id: String,
    /// The mean score (0.0 to 1.0) of the mapped items in scope; `None` when every mapped
    /// item is an Annex A control excluded with a justification.
    pub share: Option<f64>,
    /// Mapped items in scope (clause items and controls not excluded).
    pub in_scope: u32,
    /// Of those, the items with at least one requirement question answered.
    pub assessed: u32,
    /// Mapped controls excluded in the SoA with a justification, left out of `share`.
    pub excluded: u32,
}

impl SubcategoryCoverage {
    /// Coverage in whole percent, rounded down like readiness.
    pub fn percent(&self) -> Option<u32> {
        self.share.map(floor_percent)
    }
}

/// How far the answers cover a group of subcategories (a category, a function, or all).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct GroupCoverage {
    /// Subcategories in the group.
    pub subcategories: u32,
    /// Of those, the ones with a coverage (not every mapped item excluded).
    pub counted: u32,
    /// Sum of the counted subcategories' shares; coverage is this divided by `counted`.
    pub share_sum: f64,
}

impl GroupCoverage {
    /// Adds one subcategory.
    pub fn add(&mut self, subcategory: &SubcategoryCoverage) {
        self.subcategories += 1;
        if let Some(share) = subcategory.share {
            self.counted += 1;
            self.share_sum += share;
        }
    }

    /// Adds every subcategory of another group.
    pub fn merge(&mut self, other: &GroupCoverage) {
        self.subcategories += other.subcategories;
        self.counted += other.counted;
        self.share_sum += other.share_sum;
    }

    /// Coverage in whole percent, rounded down; `None` when no subcategory counts.
    pub fn percent(&self) -> Option<u32> {
        (self.counted > 0).then(|| floor_percent(self.share_sum / f64::from(self.counted)))
    }
}

/// Coverage of one category and of each of its subcategories.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryCoverage {
    pub id: String,
    pub coverage: GroupCoverage,
    pub subcategories: Vec<SubcategoryCoverage>,
}

/// Coverage of one function and of each of its categories.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionCoverage {
    pub id: String,
    pub coverage: GroupCoverage,
    pub categories: Vec<CategoryCoverage>,
}

/// Coverage of the whole framework.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrosswalkCoverage {
    pub functions: Vec<FunctionCoverage>,
    pub overall: GroupCoverage,
}

impl CrosswalkCoverage {
    /// The coverage of one subcategory, by ID.
    pub fn subcategory(&self, id: &str) -> Option<&SubcategoryCoverage> {
        self.functions
            .iter()
            .flat_map(|function| function.categories.iter())
            .flat_map(|category| category.subcategories.iter())
            .find(|subcategory| subcategory.id == id)
    }
}

/// Coverage of one subcategory from the items' scores.
pub fn subcategory_coverage(subcategory: &Subcategory, summary: &Summary) -> SubcategoryCoverage {
    let mut coverage = SubcategoryCoverage {
        id: subcategory.id.clone(),
        share: None,
        in_scope: 0,
        assessed: 0,
        excluded: 0,
    };
    let mut share_sum = 0.0;
    for id in &subcategory.iso {
        let item = summary.item(id);
        if item.excluded {
            coverage.excluded += 1;
            continue;
        }
        coverage.in_scope += 1;
        coverage.assessed += u32::from(item.score.answered > 0);
        share_sum += item.score.fraction();
    }
    if coverage.in_scope > 0 {
        coverage.share = Some(share_sum / f64::from(coverage.in_scope));
    }
    coverage
}

/// Coverage of every subcategory, category and function, and overall.
pub fn coverage(crosswalk: &Crosswalk, summary: &Summary) -> CrosswalkCoverage {
    let mut result = CrosswalkCoverage::default();
    for function in &crosswalk.functions {
        let mut function_coverage = FunctionCoverage {
            id: function.id.clone(),
            coverage: GroupCoverage::default(),
            categories: Vec::new(),
        };
        for category in &function.categories {
            let mut category_coverage = CategoryCoverage {
                id: category.id.clone(),
                coverage: GroupCoverage::default(),
                subcategories: Vec::new(),
            };
            for subcategory in &category.subcategories {
                let sub = subcategory_coverage(subcategory, summary);
                category_coverage.coverage.add(&sub);
                category_coverage.subcategories.push(sub);
            }
            function_coverage
                .coverage
                .merge(&category_coverage.coverage);
            function_coverage.categories.push(category_coverage);
        }
        result.overall.merge(&function_coverage.coverage);
        result.functions.push(function_coverage);
    }
    result
}
