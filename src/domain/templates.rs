//! Document templates: drafts of the documents an AI management system keeps (policy, scope,
//! procedures, plans, agendas), filled in from what the user recorded in the assessment.
//!
//! Every sentence here is our own; none is taken from ISO/IEC 42001, its annexes or any other
//! tool. A draft is a starting point: it says so at its top, fills in only what the user has
//! recorded (the profile, the AI systems, the risk criteria, the registers, owners), and marks
//! everything else with a placeholder in one form, `[to be completed: ...]`, that the UI and
//! the tests can find (`PLACEHOLDER_START`).
//!
//! Output is Markdown. Headings and the fixed sentences are ours; every text the user typed
//! goes through `escape`, which writes it on one line with Markdown's special characters
//! backslash-escaped, so it can never open a heading, end a table cell or become a link or
//! HTML. It is `domain::markdown_text::escape`, the one the report's Markdown uses too.
//! Generation is deterministic: the only date used is the `today` passed in.

use crate::domain::assessment::Assessment;
use crate::domain::date::IsoDate;
use crate::domain::markdown_text::escape;
use crate::domain::records::{
    Choice, Record, RegisterKind, COMPETENCE_STATES, FREQUENCIES, INCIDENT_KINDS, INDEPENDENCE,
    REVIEW_INPUTS,
};
use crate::domain::risk::Treatment;
use crate::domain::risk_criteria::{Axis, Rating, RiskCriteria};
use crate::domain::system::{AiSystem, LifeCycleStage};

/// One document template: what it is and which parts of ISO/IEC 42001 it serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateSpec {
    /// The template's name in addresses and in `Assessment::template_texts`.
    pub slug: &'static str,
    /// The document's title.
    pub title: &'static str,
    /// The clause items and Annex A controls it serves, by catalog ID.
    pub serves: &'static [&'static str],
    /// What the document is for, in one sentence.
    pub summary: &'static str,
}

/// Every template, in the order the app lists them.
pub const TEMPLATES: &[TemplateSpec] = &[
    TemplateSpec {
        slug: "ai-policy",
        title: "AI policy",
        serves: &["5.2", "A.2.2", "A.2.3", "A.2.4"],
        summary: "The organisation's commitments and principles for developing, providing and \
                  using AI responsibly, approved by top management.",
    },
    TemplateSpec {
        slug: "scope",
        title: "Scope of the AI management system",
        serves: &["4.3"],
        summary: "Which parts of the organisation, which activities and which AI systems the \
                  management system covers, and what it leaves out.",
    },
    TemplateSpec {
        slug: "roles",
        title: "Roles and responsibilities",
        serves: &["5.3", "A.3.2", "A.3.3"],
        summary: "Who is responsible for what in the management system and for each AI system, \
                  and how concerns are raised.",
    },
    TemplateSpec {
        slug: "risk-procedure",
        title: "AI risk assessment and treatment procedure",
        serves: &["6.1.2", "6.1.3"],
        summary: "How AI risks are found, rated against the criteria, treated and accepted.",
    },
    TemplateSpec {
        slug: "impact-procedure",
        title: "AI system impact assessment procedure",
        serves: &["6.1.4", "A.5.2", "A.5.3", "A.5.4", "A.5.5"],
        summary: "When and how the effects of an AI system on people and society are assessed, \
                  approved and kept.",
    },
    TemplateSpec {
        slug: "objectives-plan",
        title: "AI objectives plan",
        serves: &["6.2"],
        summary: "The AI objectives, how each is measured, who owns it and how it will be \
                  reached.",
    },
    TemplateSpec {
        slug: "life-cycle",
        title: "AI system life-cycle procedure",
        serves: &[
            "A.6.1.2", "A.6.1.3", "A.6.2.2", "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7",
            "A.6.2.8",
        ],
        summary: "What is done, checked and recorded at each stage of an AI system's life, from \
                  the first idea to retirement.",
    },
    TemplateSpec {
        slug: "data-management",
        title: "Data management for AI systems",
        serves: &["A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6"],
        summary: "How data for AI systems is obtained, checked for quality, traced to its \
                  source and prepared.",
    },
    TemplateSpec {
        slug: "incident-response",
        title: "AI incident response",
        serves: &["A.8.4", "10.2"],
        summary: "How AI incidents and nonconformities are reported, contained, communicated, \
                  corrected and learnt from.",
    },
    TemplateSpec {
        slug: "audit-programme",
        title: "Internal audit programme",
        serves: &["9.2.1", "9.2.2"],
        summary: "The planned internal audits, their scope and criteria, the auditors and how \
                  results are reported and followed up.",
    },
    TemplateSpec {
        slug: "management-review",
        title: "Management review agenda and minutes",
        serves: &["9.3.1", "9.3.2", "9.3.3"],
        summary: "The agenda of top management's review of the management system, with room \
                  for its decisions and actions.",
    },
];

/// The template with this slug.
pub fn template(slug: &str) -> Option<&'static TemplateSpec> {
    TEMPLATES.iter().find(|spec| spec.slug == slug)
}

/// How every placeholder starts; it ends with `]`.
pub const PLACEHOLDER_START: &str = "[to be completed: ";

/// The template filled in from the assessment, as Markdown.
pub fn generate(spec: &TemplateSpec, assessment: &Assessment, today: Option<IsoDate>) -> String {
    let mut doc = Doc {
        out: String::new(),
        a: assessment,
    };
    doc.preamble(spec, today);
    match spec.slug {
        "ai-policy" => ai_policy(&mut doc),
        "scope" => scope(&mut doc),
        "roles" => roles(&mut doc),
        "risk-procedure" => risk_procedure(&mut doc),
        "impact-procedure" => impact_procedure(&mut doc),
        "objectives-plan" => objectives_plan(&mut doc),
        "life-cycle" => life_cycle(&mut doc),
        "data-management" => data_management(&mut doc),
        "incident-response" => incident_response(&mut doc),
        "audit-programme" => audit_programme(&mut doc),
        "management-review" => management_review(&mut doc),
        _ => {
            doc.heading(2, "Content");
            doc.para(&todo("the content of this document"));
        }
    }
    doc.out
}

// ---------------------------------------------------------------------------------------------
// Text helpers. Every function returns Markdown ready to write: user text escaped, our own
// text and placeholders as they are.

/// A placeholder for something the user has not recorded.
fn todo(what: &str) -> String {
    format!("{PLACEHOLDER_START}{what}]")
}

/// The user's text, escaped, or `None` when it is blank.
fn given(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| escape(text))
}

/// The user's text, escaped, or a placeholder naming what is missing.
fn or_todo(text: &str, what: &str) -> String {
    given(text).unwrap_or_else(|| todo(what))
}

fn date_or_todo(date: Option<IsoDate>, what: &str) -> String {
    date.map_or_else(|| todo(what), |date| date.to_string())
}

fn choice_label(choices: &[Choice], slug: &str) -> Option<&'static str> {
    choices
        .iter()
        .find(|choice| choice.slug == slug)
        .map(|choice| choice.label)
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// The document being written, with the assessment it is filled from.
struct Doc<'a> {
    out: String,
    a: &'a Assessment,
}

impl<'a> Doc<'a> {
    /// Starts a block: blocks are separated by one blank line.
    fn block(&mut self) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
    }

    /// A heading of our own words (never user text).
    fn heading(&mut self, level: usize, title: &str) {
        self.block();
        self.out.push_str(&"#".repeat(level));
        self.out.push(' ');
        self.out.push_str(title);
        self.out.push('\n');
    }

    fn para(&mut self, markdown: &str) {
        self.block();
        self.out.push_str(markdown);
        self.out.push('\n');
    }

    /// A bulleted list, or the placeholder when there are no entries.
    fn list(&mut self, entries: Vec<String>, missing: &str) {
        if entries.is_empty() {
            self.para(&todo(missing));
            return;
        }
        self.block();
        for entry in entries {
            self.out.push_str("- ");
            self.out.push_str(&entry);
            self.out.push('\n');
        }
    }

    /// A numbered list of our own steps.
    fn steps(&mut self, steps: &[&str]) {
        self.block();
        for (number, step) in steps.iter().enumerate() {
            self.out.push_str(&format!("{}. {step}\n", number + 1));
        }
    }

    fn facts(&mut self, facts: &[(&str, String)]) {
        let entries = facts
            .iter()
            .map(|(label, value)| format!("**{label}:** {value}"))
            .collect();
        self.list(entries, "facts");
    }

    /// A table, or the placeholder when there are no rows. Cells are Markdown already.
    fn table(&mut self, header: &[&str], rows: Vec<Vec<String>>, missing: &str) {
        if rows.is_empty() {
            self.para(&todo(missing));
            return;
        }
        self.block();
        self.out.push_str(&format!("| {} |\n", header.join(" | ")));
        self.out.push('|');
        self.out.push_str(&" --- |".repeat(header.len()));
        self.out.push('\n');
        for row in rows {
            self.out.push_str(&format!("| {} |\n", row.join(" | ")));
        }
    }

    // -- Facts from the assessment ------------------------------------------------------------

    /// The organisation's name, escaped, or a placeholder.
    fn org(&self) -> String {
        or_todo(&self.a.profile.organisation, "organisation name")
    }

    /// The organisation's name for sentences: its name, or "the organisation".
    fn we(&self) -> String {
        given(&self.a.profile.organisation).unwrap_or_else(|| "the organisation".to_owned())
    }

    fn systems(&self) -> &'a [AiSystem] {
        &self.a.inventory.systems
    }

    fn register(&self, kind: RegisterKind) -> &'a [Record] {
        &self.a.records.get(kind).records
    }

    /// The first entry of the documents register that serves one of `serves`.
    fn document(&self, serves: &[&str]) -> Option<&'a Record> {
        self.register(RegisterKind::Documents)
            .iter()
            .find(|doc| serves.iter().any(|id| doc.has("items", id)))
    }

    /// The owner recorded for the first of `items` that has one.
    fn item_owner(&self, items: &[&str]) -> Option<String> {
        items
            .iter()
            .filter_map(|id| self.a.item(id))
            .find_map(|record| given(&record.owner))
    }

    /// "S1 CV screener (AI user)" for a system, escaped.
    fn system_cell(system: &AiSystem) -> String {
        format!("{} {}", system.id, escape(&system.display_name()))
    }

    fn system_roles(system: &AiSystem) -> String {
        if system.roles.is_empty() {
            return todo("our role towards it");
        }
        let labels: Vec<&str> = system.roles.iter().map(|role| role.label()).collect();
        labels.join(", ")
    }

    fn systems_table(&mut self) {
        let rows = self
            .systems()
            .iter()
            .map(|system| {
                vec![
                    Self::system_cell(system),
                    or_todo(&system.purpose, "purpose"),
                    Self::system_roles(system),
                    system
                        .stage
                        .map_or_else(|| todo("stage"), |stage| stage.label().to_owned()),
                    or_todo(&system.owner, "owner"),
                ]
            })
            .collect();
        self.table(
            &["System", "Purpose", "Our role", "Stage", "Owner"],
            rows,
            "the AI systems, recorded in the app's AI system inventory",
        );
    }

    fn objective_names(&self) -> Vec<String> {
        self.register(RegisterKind::Objectives)
            .iter()
            .map(|objective| {
                format!(
                    "{} {}",
                    objective.id,
                    or_todo(objective.text("objective"), "objective")
                )
            })
            .collect()
    }

    // -- The top of every template ------------------------------------------------------------

    fn preamble(&mut self, spec: &TemplateSpec, today: Option<IsoDate>) {
        self.heading(1, spec.title);
        self.para(
            "> **A starting point to adapt, not a finished document.** AIMS Assess drafted \
             this from what you recorded in your self-assessment. Change it to fit how you \
             really work, complete or remove every placeholder in square brackets, and have \
             it approved before you rely on it. The wording is our own, not the standard's: \
             the text of ISO/IEC 42001 can be bought from ISO or your national standards body.",
        );
        let document = self.document(spec.serves);
        let field = |key: &str, what: &str| or_todo(document.map_or("", |d| d.text(key)), what);
        let owner = document
            .and_then(|d| given(d.text("owner")))
            .or_else(|| self.item_owner(spec.serves))
            .unwrap_or_else(|| todo("who keeps this document up to date"));
        self.facts(&[
            ("Organisation", self.org()),
            ("Serves ISO/IEC 42001", spec.serves.join(", ")),
            ("Draft generated on", date_or_todo(today, "date")),
            ("Owner", owner),
            ("Version", field("version", "version")),
            (
                "Approved by",
                field("approved_by", "who approves this document"),
            ),
            ("Approved on", field("approved_on", "date of approval")),
            (
                "Next review",
                field("next_review", "date of the next review"),
            ),
        ]);
    }
}

// ---------------------------------------------------------------------------------------------
// The templates.

fn ai_policy(doc: &mut Doc) {
    let we = doc.we();
    doc.heading(2, "Purpose");
    doc.para(&format!(
        "This policy states how {we} develops, provides and uses AI systems responsibly, and \
         gives the direction for its AI management system. It applies to everyone who works \
         on or with the AI systems in scope."
    ));
    doc.heading(2, "Scope");
    doc.para(&or_todo(
        &doc.a.profile.scope,
        "the scope of the AI management system",
    ));
    let roles: Vec<String> = doc
        .a
        .profile
        .roles
        .iter()
        .map(|role| format!("{}: {}", role.label(), role.description()))
        .collect();
    doc.list(
        roles,
        "the roles we play towards AI: provider, producer, customer, user, partner",
    );
    doc.heading(2, "Our principles");
    doc.list(
        [
            "**Fairness:** we check our AI systems for unfair bias and act on what we find.",
            "**Transparency:** people know when AI is involved in decisions about them and can \
             get an explanation they understand.",
            "**Human oversight:** a person can question, override or stop an AI system's output \
             where it matters.",
            "**Reliability and safety:** systems are tested before use and watched while in use.",
            "**Privacy and security:** data is used lawfully, for its stated purpose, and \
             protected.",
            "**Accountability:** every AI system has a named owner who answers for it.",
        ]
        .map(str::to_owned)
        .to_vec(),
        "principles",
    );
    doc.para(&todo(
        "principles of your own, or changes to the ones above",
    ));
    doc.heading(2, "Commitments");
    doc.list(
        [
            "We meet the legal, contractual and other requirements that apply to our AI systems.",
            "We set AI objectives, measure them and review them.",
            "We keep improving the AI management system.",
        ]
        .map(str::to_owned)
        .to_vec(),
        "commitments",
    );
    doc.heading(2, "AI objectives");
    doc.para("The objectives plan sets out how each of these is measured:");
    let objectives = doc.objective_names();
    doc.list(
        objectives,
        "the AI objectives, kept in the app's objectives register",
    );
    doc.heading(2, "Related policies");
    doc.para(&todo(
        "other policies this one works with, such as information security, privacy, \
         procurement or quality, and how conflicts between them are settled",
    ));
    doc.heading(2, "Communication and review");
    doc.para(&format!(
        "This policy is made known to everyone it applies to and is available to interested \
         parties on request. Top management reviews it at least once a year and whenever the \
         AI systems, the law or {we}'s direction change. Approval: {}.",
        todo("who approves this policy")
    ));
}

fn scope(doc: &mut Doc) {
    let profile = &doc.a.profile;
    doc.heading(2, "Organisation");
    let roles: Vec<&str> = profile.roles.iter().map(|role| role.label()).collect();
    let facts = [
        ("Name", doc.org()),
        ("Sector", or_todo(&profile.sector, "sector")),
        (
            "Size",
            profile
                .size
                .map_or_else(|| todo("size"), |size| size.label().to_owned()),
        ),
        (
            "Roles towards AI",
            if roles.is_empty() {
                todo("provider, producer, customer, user or partner")
            } else {
                roles.join(", ")
            },
        ),
    ];
    doc.facts(&facts);
    doc.heading(2, "Scope statement");
    doc.para(&or_todo(
        &profile.scope,
        "one or two sentences naming the activities, sites and AI systems covered",
    ));
    doc.heading(2, "AI systems in scope");
    doc.systems_table();
    doc.heading(2, "Boundaries and exclusions");
    doc.para(&todo(
        "units, sites, processes or AI systems left out, and why leaving them out does not \
         weaken the management system",
    ));
    doc.heading(2, "Issues and interested parties considered");
    doc.para(
        "The scope takes account of the internal and external issues that affect our AI \
         systems and of what interested parties require. People affected by our AI systems, \
         from the inventory:",
    );
    let affected = doc
        .systems()
        .iter()
        .filter_map(|system| {
            given(&system.affected).map(|who| format!("{}: {who}", Doc::system_cell(system)))
        })
        .collect();
    doc.list(affected, "who is affected by each AI system");
    doc.para(&todo(
        "other interested parties (customers, regulators, staff) and the issues considered",
    ));
}

fn roles(doc: &mut Doc) {
    let we = doc.we();
    doc.heading(2, "Top management");
    doc.para(&format!(
        "Top management of {we} is accountable for the AI management system: it approves the \
         AI policy and objectives, provides resources, and reviews the system's performance. \
         Named as: {}.",
        todo("the people or body who form top management")
    ));
    doc.heading(2, "Management system roles");
    doc.para(&format!(
        "Responsible for the AI management system as a whole and for reporting on it to top \
         management: {}.",
        todo("name or role")
    ));
    let owners: Vec<Vec<String>> = crate::domain::catalog::catalog()
        .clause_items()
        .chain(crate::domain::catalog::catalog().controls())
        .filter_map(|item| {
            let owner = given(&doc.a.item(item.id)?.owner)?;
            Some(vec![format!("{} {}", item.id, item.title), owner])
        })
        .collect();
    doc.table(
        &["Requirement or control", "Owner"],
        owners,
        "owners of the requirements and controls, recorded per item in the assessment",
    );
    doc.heading(2, "Roles whose work affects AI systems");
    let rows = doc
        .register(RegisterKind::Competence)
        .iter()
        .map(|role| {
            vec![
                or_todo(role.text("role"), "role"),
                or_todo(role.text("competence"), "competence needed"),
                or_todo(role.text("people"), "people"),
                choice_label(COMPETENCE_STATES, role.text("status"))
                    .map_or_else(|| todo("status"), str::to_owned),
            ]
        })
        .collect();
    doc.table(
        &["Role", "Competence needed", "People", "Competence"],
        rows,
        "the roles, kept in the app's competence register",
    );
    doc.heading(2, "Owners of AI systems");
    let rows = doc
        .systems()
        .iter()
        .map(|system| {
            vec![
                Doc::system_cell(system),
                Doc::system_roles(system),
                or_todo(&system.owner, "owner"),
            ]
        })
        .collect();
    doc.table(
        &["System", "Our role", "Owner"],
        rows,
        "the AI systems and their owners, from the app's AI system inventory",
    );
    doc.heading(2, "Raising concerns");
    doc.para(&format!(
        "Anyone can raise a concern about an AI system without fear of reprisal, through {}. \
         Concerns are acknowledged, looked into and answered by {}.",
        todo("the reporting channel, possibly anonymous"),
        todo("who handles concerns")
    ));
}

fn criteria_section(doc: &mut Doc, criteria: &RiskCriteria) {
    let escaped = |names: &[String]| names.iter().map(|name| escape(name)).collect::<Vec<_>>();
    doc.heading(3, "Likelihood scale");
    doc.list(escaped(&criteria.likelihood), "likelihood levels");
    doc.heading(3, "Consequence scale");
    doc.list(escaped(&criteria.consequence), "consequence levels");
    doc.heading(3, "Risk levels");
    let mut header = vec!["Likelihood / consequence".to_owned()];
    header.extend(escaped(&criteria.consequence));
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows = (1..=criteria.likelihood.len())
        .rev()
        .map(|likelihood| {
            let likelihood = u8::try_from(likelihood).unwrap_or(u8::MAX);
            let mut row = vec![escape(criteria.level_name(Axis::Likelihood, likelihood))];
            for consequence in 1..=criteria.consequence.len() {
                let consequence = u8::try_from(consequence).unwrap_or(u8::MAX);
                let band = criteria.band(Rating::new(likelihood, consequence));
                row.push(band.map_or_else(String::new, |b| escape(criteria.band_name(b))));
            }
            row
        })
        .collect();
    doc.table(&header, rows, "the risk matrix");
    doc.heading(3, "Acceptance");
    let limit = usize::from(criteria.acceptable_up_to);
    let (within, above) = criteria
        .bands
        .split_at((limit + 1).min(criteria.bands.len()));
    let names = |bands: &[String]| escaped(bands).join(", ");
    let text = if above.is_empty() {
        format!(
            "A risk in any level ({}) may be retained by its owner.",
            names(within)
        )
    } else {
        format!(
            "A risk rated {} may be retained by its owner. A risk rated {} after treatment may \
             only be retained when {} accepts it by name, with a date and a reason.",
            names(within),
            names(above),
            todo("who may accept risks above the limit")
        )
    };
    doc.para(&text);
    if *criteria == RiskCriteria::default() {
        doc.para(
            "These are the criteria AIMS Assess proposes and they have not been changed: \
             confirm that they suit you, or change them in the app first.",
        );
    }
}

fn risk_procedure(doc: &mut Doc) {
    let we = doc.we();
    let register = &doc.a.risks;
    doc.heading(2, "Purpose");
    doc.para(&format!(
        "This procedure sets how {we} finds, rates, treats and accepts the risks its AI \
         systems pose to the organisation, to people and to society, so that results are \
         consistent and can be compared over time."
    ));
    doc.heading(2, "When risks are assessed");
    doc.list(
        vec![
            "before a new AI system is built, bought or put into use;".to_owned(),
            "when a system, its use or its context changes significantly;".to_owned(),
            "after an AI incident;".to_owned(),
            format!(
                "and in any case every {}.",
                todo("interval, such as twelve months")
            ),
        ],
        "occasions",
    );
    doc.heading(2, "Risk criteria");
    doc.para("Every risk is rated on these scales, with the level read from the matrix.");
    criteria_section(doc, &register.criteria);
    doc.heading(2, "Steps");
    doc.steps(&[
        "Identify what could go wrong with each AI system, using the impact assessment, the \
         risk library and the people who build, run and are affected by it.",
        "Rate each risk's likelihood and consequence as it stands today.",
        "Compare the level with the acceptance limit and decide on treatment.",
        "Choose controls from Annex A or of our own, and record them in the Statement of \
         Applicability.",
        "Plan the treatment actions with owners and dates, then rate the risk left afterwards.",
        "Have risks above the limit accepted by name; review every risk at its review date.",
    ]);
    doc.heading(2, "Treatment options");
    let options = Treatment::ALL
        .iter()
        .map(|treatment| treatment.label().to_owned())
        .collect();
    doc.list(options, "treatment options");
    doc.heading(2, "Records");
    let live = register
        .risks
        .iter()
        .filter(|risk| risk.status.is_live())
        .count();
    doc.para(&format!(
        "Risks are kept in the risk register, which holds {} ({} not closed). The risk \
         treatment plan and the Statement of Applicability are kept with it. Owner of the \
         procedure: {}.",
        plural(register.risks.len(), "risk", "risks"),
        live,
        doc.item_owner(&["6.1.2", "6.1.3"])
            .unwrap_or_else(|| todo("owner"))
    ));
}

fn impact_procedure(doc: &mut Doc) {
    let we = doc.we();
    doc.heading(2, "Purpose");
    doc.para(&format!(
        "This procedure sets how {we} assesses what its AI systems could do to individuals, \
         groups and society, both the benefits and the harms, and how the results feed the \
         risk assessment."
    ));
    doc.heading(2, "When an assessment is made");
    doc.list(
        vec![
            "before an AI system is put into use;".to_owned(),
            "when its purpose, users, data or context change significantly;".to_owned(),
            format!("and in any case every {}.", todo("interval")),
        ],
        "occasions",
    );
    doc.heading(2, "Method");
    doc.steps(&[
        "Describe the system: purpose, users, people affected, data, automation and where it \
         is used.",
        "Consider possible harms to individuals (rights, safety, fair treatment, privacy) and \
         to society, and rate how severe and how likely each is.",
        "Record the measures that reduce each harm and rate the result.",
        "Pass harms that need treatment to the risk assessment.",
        "Have the assessment approved, and keep every version.",
    ]);
    doc.heading(2, "Who takes part");
    doc.para(&format!(
        "The system owner leads the assessment with {}. Approved by {}.",
        todo("people consulted, such as users, data protection or legal staff"),
        todo("who approves impact assessments")
    ));
    doc.heading(2, "Current assessments");
    let rows = doc
        .systems()
        .iter()
        .map(|system| {
            let impact = &system.impact;
            let status = if impact.is_approved() {
                format!(
                    "Version {}, approved by {} on {}",
                    impact.version,
                    escape(&impact.approved_by),
                    date_or_todo(impact.approved_on, "date")
                )
            } else {
                format!("Version {}, draft", impact.version)
            };
            vec![
                Doc::system_cell(system),
                or_todo(&system.affected, "who is affected"),
                status,
            ]
        })
        .collect();
    doc.table(
        &["System", "People affected", "Impact assessment"],
        rows,
        "the AI systems, from the app's AI system inventory",
    );
    doc.heading(2, "Records");
    doc.para(&format!(
        "Each version is kept for {} and made available to {}.",
        todo("retention period"),
        todo("who may see the results")
    ));
}

fn objectives_plan(doc: &mut Doc) {
    let we = doc.we();
    doc.heading(2, "Purpose");
    doc.para(&format!(
        "These are the AI objectives {we} has set in line with its AI policy, with how each is \
         measured and how it will be reached."
    ));
    let objectives = doc.register(RegisterKind::Objectives);
    doc.heading(2, "Objectives and measures");
    let rows = objectives
        .iter()
        .map(|objective| {
            let unit = given(objective.text("unit")).unwrap_or_default();
            let target = match objective.number("target") {
                Some(target) => {
                    let direction = match objective.text("direction") {
                        "at-least" => "at least ",
                        "at-most" => "at most ",
                        _ => "",
                    };
                    format!("{direction}{target} {unit}").trim_end().to_owned()
                }
                None => todo("target"),
            };
            let latest = objective.measurements.last().map_or_else(
                || "none yet".to_owned(),
                |m| format!("{} {unit} on {}", m.value, m.date).replace("  ", " "),
            );
            vec![
                format!(
                    "{} {}",
                    objective.id,
                    or_todo(objective.text("objective"), "objective")
                ),
                or_todo(objective.text("measure"), "how it is measured"),
                target,
                choice_label(FREQUENCIES, objective.text("frequency"))
                    .map_or_else(|| todo("how often"), str::to_owned),
                or_todo(objective.text("owner"), "owner"),
                latest,
            ]
        })
        .collect();
    doc.table(
        &[
            "Objective",
            "Measure",
            "Target",
            "How often",
            "Owner",
            "Latest",
        ],
        rows,
        "the AI objectives, kept in the app's objectives register",
    );
    doc.heading(2, "Plans to reach them");
    let plans = objectives
        .iter()
        .map(|objective| {
            format!(
                "**{}:** {}",
                objective.id,
                or_todo(
                    objective.text("plan"),
                    "what will be done, with what resources, by when"
                )
            )
        })
        .collect();
    doc.list(plans, "a plan for each objective");
    doc.heading(2, "Review");
    doc.para(
        "Owners report results at each measurement. Results go to the management review, and \
         objectives are updated when the policy, the AI systems or the results call for it.",
    );
}

fn life_cycle(doc: &mut Doc) {
    let we = doc.we();
    doc.heading(2, "Purpose");
    doc.para(&format!(
        "This procedure sets what {we} does at each stage of an AI system's life so that the \
         system does what it should, responsibly. Systems bought from others follow the \
         stages that apply to them."
    ));
    doc.heading(2, "Systems covered");
    doc.systems_table();
    doc.heading(2, "Goals for responsible development");
    doc.para(&todo(
        "what every system must achieve, such as fairness checks, explainability or human \
         oversight, and how the goals are applied at each stage",
    ));
    doc.heading(2, "Stages and approvals");
    let stage_work = |stage: LifeCycleStage| match stage {
        LifeCycleStage::Idea => "purpose, intended users and a first impact screening",
        LifeCycleStage::Design => "requirements, including performance, fairness and oversight",
        LifeCycleStage::Development => "design decisions, data and models used, recorded",
        LifeCycleStage::VerificationAndValidation => {
            "tests against the requirements, with acceptance criteria set beforehand"
        }
        LifeCycleStage::Deployment => "release plan, user information and a go-live approval",
        LifeCycleStage::OperationAndMonitoring => {
            "monitoring of performance, drift, complaints and incidents; logs kept"
        }
        LifeCycleStage::Retirement => "how users are told, data handled and the system removed",
    };
    let rows = LifeCycleStage::ALL
        .iter()
        .map(|stage| {
            vec![
                stage.label().to_owned(),
                stage_work(*stage).to_owned(),
                todo("who approves"),
            ]
        })
        .collect();
    doc.table(
        &["Stage", "What is done and kept", "Approved by"],
        rows,
        "stages",
    );
    doc.heading(2, "Verification and validation");
    doc.para(&todo(
        "the tests run, the data they use and who signs off the results",
    ));
    doc.heading(2, "Operation, monitoring and logs");
    doc.para(&format!(
        "Each system in use is monitored for {}. Event logs are kept for {}.",
        todo("measures and thresholds"),
        todo("retention period")
    ));
    doc.heading(2, "Technical documentation");
    doc.para(&format!(
        "Each system keeps a technical file with its purpose, design, data, test results and \
         known limits, at {}.",
        todo("where it is kept")
    ));
}

fn data_management(doc: &mut Doc) {
    let we = doc.we();
    doc.heading(2, "Purpose");
    doc.para(&format!(
        "This procedure sets how {we} obtains, checks, traces and prepares the data its AI \
         systems are trained, tested and run on."
    ));
    doc.heading(2, "Data used by our AI systems");
    let rows = doc
        .systems()
        .iter()
        .map(|system| {
            let kinds: Vec<&str> = system.data.iter().map(|kind| kind.label()).collect();
            vec![
                Doc::system_cell(system),
                if kinds.is_empty() {
                    "none recorded".to_owned()
                } else {
                    kinds.join(", ")
                },
                or_todo(&system.data_notes, "other data"),
                or_todo(&system.third_party, "models, data or services from others"),
            ]
        })
        .collect();
    doc.table(
        &[
            "System",
            "Sensitive data",
            "Other data",
            "From third parties",
        ],
        rows,
        "the data of each AI system, from the app's AI system inventory",
    );
    doc.heading(2, "Obtaining data");
    doc.para(&format!(
        "Before data is used we record where it comes from, the right to use it for this \
         purpose and any conditions attached. Approved by {}.",
        todo("who approves new data sources")
    ));
    doc.heading(2, "Data quality");
    doc.para(&todo(
        "the quality checks made (completeness, accuracy, representativeness of the people \
         concerned, bias) and the level each must reach",
    ));
    doc.heading(2, "Provenance");
    doc.para(
        "For each data set we keep its source, date, version and every change made to it, so \
         any result can be traced back to the data behind it.",
    );
    doc.heading(2, "Preparation");
    doc.para(&todo(
        "how data is cleaned, labelled, split and transformed, and how those steps are recorded",
    ));
}

fn incident_response(doc: &mut Doc) {
    let we = doc.we();
    doc.heading(2, "Purpose");
    doc.para(&format!(
        "This procedure sets how {we} handles AI incidents (an AI system causing or nearly \
         causing harm, or behaving in a way it should not) and nonconformities in the \
         management system."
    ));
    doc.heading(2, "Reporting");
    doc.para(&format!(
        "Anyone who sees an incident reports it at once through {}. The report goes to {}.",
        todo("the reporting channel"),
        todo("who handles incidents")
    ));
    doc.heading(2, "Response");
    doc.steps(&[
        "Contain it: limit the harm, and pause or roll back the system if needed.",
        "Assess who is affected and how seriously.",
        "Inform the people who need to know (see below).",
        "Find the cause and decide on a corrective action so that it does not happen again.",
        "Check later that the corrective action worked, then close the entry.",
        "Feed what was learnt into the risk and impact assessments.",
    ]);
    doc.heading(2, "Informing others");
    doc.para(&format!(
        "{} decides who is told: users, affected people, customers, suppliers and authorities \
         where the law or a contract requires it, within {}.",
        todo("who decides on communication"),
        todo("deadlines that apply")
    ));
    let affected = doc
        .systems()
        .iter()
        .map(|system| {
            format!(
                "{}: {}",
                Doc::system_cell(system),
                or_todo(&system.affected, "who is affected")
            )
        })
        .collect();
    doc.list(affected, "the AI systems and who they affect");
    doc.heading(2, "Records");
    let entries = doc.register(RegisterKind::Incidents);
    let open = entries
        .iter()
        .filter(|entry| entry.text("status") != "closed")
        .count();
    let kinds: Vec<String> = INCIDENT_KINDS
        .iter()
        .map(|kind| kind.label.to_lowercase())
        .collect();
    doc.para(&format!(
        "Every {} is kept in the incidents register, with its correction, cause, corrective \
         action and check. It now holds {} ({open} open).",
        kinds.join(", "),
        plural(entries.len(), "entry", "entries")
    ));
}

fn audit_programme(doc: &mut Doc) {
    let we = doc.we();
    doc.heading(2, "Purpose");
    doc.para(&format!(
        "The internal audits check that {we}'s AI management system meets its own rules and \
         the standard, and that it works in practice."
    ));
    doc.heading(2, "Planned and held audits");
    let rows = doc
        .register(RegisterKind::Audits)
        .iter()
        .map(|audit| {
            vec![
                format!("{} {}", audit.id, or_todo(audit.text("title"), "title")),
                or_todo(audit.text("scope"), "scope"),
                date_or_todo(audit.date("planned_on"), "date"),
                audit
                    .date("held_on")
                    .map_or_else(|| "not yet".to_owned(), |date| date.to_string()),
                or_todo(audit.text("auditor"), "auditor"),
                choice_label(INDEPENDENCE, audit.text("independence"))
                    .map_or_else(|| todo("independence"), str::to_owned),
            ]
        })
        .collect();
    doc.table(
        &[
            "Audit",
            "Scope",
            "Planned for",
            "Held on",
            "Auditor",
            "Independence",
        ],
        rows,
        "the audits, kept in the app's internal audits register",
    );
    let plan = &doc.a.certification;
    if let Some(stage1) = plan.stage1_target {
        doc.para(&format!(
            "Certification stage 1 is planned for {stage1}; at least one audit of the whole \
             management system is held before then."
        ));
    }
    doc.heading(2, "Frequency and coverage");
    doc.para(&format!(
        "Every clause and every applicable control is audited at least once every {}; areas \
         with high risks or past findings more often.",
        todo("period, such as twelve months")
    ));
    doc.heading(2, "Auditors");
    doc.para("Auditors are competent for the area and never audit their own work.");
    doc.heading(2, "Reporting and follow-up");
    doc.para(&format!(
        "Each audit's findings are reported to {} and to the managers concerned. \
         Nonconformities go to the incidents register for correction and corrective action.",
        todo("who receives audit reports")
    ));
}

fn management_review(doc: &mut Doc) {
    let reviews = doc.register(RegisterKind::Reviews);
    let next = reviews
        .iter()
        .filter(|review| review.date("held_on").is_none())
        .min_by_key(|review| {
            (
                review.date("planned_on").is_none(),
                review.date("planned_on"),
            )
        });
    doc.heading(2, "Meeting");
    let field = |key: &str, what: &str| or_todo(next.map_or("", |r| r.text(key)), what);
    doc.facts(&[
        ("Review", field("title", "name of the review")),
        ("Date", field("planned_on", "date")),
        (
            "Attendees",
            field("attendees", "members of top management and others"),
        ),
        ("Chair", todo("chair")),
    ]);
    doc.heading(2, "Agenda");
    let objectives = doc.register(RegisterKind::Objectives);
    let audits_held = doc
        .register(RegisterKind::Audits)
        .iter()
        .filter(|audit| audit.date("held_on").is_some())
        .count();
    let incidents = doc.register(RegisterKind::Incidents);
    let open = incidents
        .iter()
        .filter(|entry| entry.text("status") != "closed")
        .count();
    let held: Vec<&Record> = reviews
        .iter()
        .filter(|review| review.date("held_on").is_some())
        .collect();
    let agenda = REVIEW_INPUTS
        .iter()
        .map(|input| {
            let note = match input.slug {
                "previous-actions" => {
                    format!("{} held so far", plural(held.len(), "review", "reviews"))
                }
                "nonconformities" => format!(
                    "{} in the register, {open} open",
                    plural(incidents.len(), "entry", "entries")
                ),
                "monitoring-results" => {
                    format!(
                        "{} to report on",
                        plural(objectives.len(), "objective", "objectives")
                    )
                }
                "audit-results" => plural(audits_held, "audit held", "audits held"),
                _ => String::new(),
            };
            if note.is_empty() {
                input.label.to_owned()
            } else {
                format!("{} ({note})", input.label)
            }
        })
        .chain([
            "AI risks and the risk treatment plan".to_owned(),
            "Whether resources are adequate".to_owned(),
        ])
        .collect();
    doc.list(agenda, "agenda");
    doc.heading(2, "Objectives to report on");
    let names = doc.objective_names();
    doc.list(
        names,
        "the AI objectives, kept in the app's objectives register",
    );
    doc.heading(2, "Earlier reviews");
    let rows = held
        .iter()
        .map(|review| {
            vec![
                format!("{} {}", review.id, or_todo(review.text("title"), "title")),
                date_or_todo(review.date("held_on"), "date"),
                or_todo(review.text("decisions"), "decisions"),
            ]
        })
        .collect();
    doc.table(
        &["Review", "Held on", "Decisions"],
        rows,
        "earlier reviews, kept in the app's management reviews register",
    );
    doc.heading(2, "Minutes");
    doc.para(&format!(
        "Taken by {}; kept at {}.",
        todo("who takes the minutes"),
        todo("where the minutes are kept")
    ));
    doc.heading(3, "Conclusions");
    doc.para(&todo(
        "whether the management system is still suitable, adequate and effective",
    ));
    doc.heading(3, "Decisions and actions");
    doc.table(
        &["Decision or action", "Owner", "Due"],
        vec![vec![todo("decision"), todo("owner"), todo("date")]],
        "decisions",
    );
    doc.heading(3, "Changes to the management system");
    doc.para(&todo(
        "changes agreed to the policy, objectives, resources or processes",
    ));
}

/// The placeholders still in a template's text, in order and without repeats: what the user
/// has yet to complete (the words after `PLACEHOLDER_START`, up to the closing bracket).
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(PLACEHOLDER_START) {
        let after = &rest[start + PLACEHOLDER_START.len()..];
        let Some(end) = after.find(']') else {
            break;
        };
        let what = after[..end].trim().to_owned();
        if !found.contains(&what) {
            found.push(what);
        }
        rest = &after[end..];
    }
    found
}
