//! The roles an organisation can play towards AI systems, used by the organisation profile,
//! by the catalog (which roles a control mostly concerns) and later by AI system records.

/// A role towards AI systems, in the sense the AI vocabulary standards use. A set of roles lists
/// them in this order (the derived `Ord`), which is also the order of `ALL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AiRole {
    /// Makes AI systems or services available to others.
    Provider,
    /// Designs, develops or trains AI systems or models.
    Producer,
    /// Buys or licenses AI systems or services from someone else.
    Customer,
    /// Uses AI systems in its own work.
    User,
    /// Supplies something others build on: data, components, integration, evaluation.
    Partner,
}

impl AiRole {
    /// Every role, in the order screens list them.
    pub const ALL: [AiRole; 5] = [
        AiRole::Provider,
        AiRole::Producer,
        AiRole::Customer,
        AiRole::User,
        AiRole::Partner,
    ];

    /// The role as a noun phrase for sentences ("an AI provider").
    pub fn label(self) -> &'static str {
        match self {
            AiRole::Provider => "AI provider",
            AiRole::Producer => "AI producer",
            AiRole::Customer => "AI customer",
            AiRole::User => "AI user",
            AiRole::Partner => "AI partner",
        }
    }

    /// A short description for choosing the role.
    pub fn description(self) -> &'static str {
        match self {
            AiRole::Provider => "you offer AI systems or AI-based services to others",
            AiRole::Producer => "you design, build, train or fine-tune AI systems or models",
            AiRole::Customer => "you buy or license AI systems or services from suppliers",
            AiRole::User => "your staff use AI systems in their daily work",
            AiRole::Partner => {
                "you supply data, components, integration or evaluation that others build on"
            }
        }
    }

    /// The name used in files and CSV.
    pub fn slug(self) -> &'static str {
        match self {
            AiRole::Provider => "provider",
            AiRole::Producer => "producer",
            AiRole::Customer => "customer",
            AiRole::User => "user",
            AiRole::Partner => "partner",
        }
    }

    /// The role with the given file name.
    pub fn from_slug(slug: &str) -> Option<AiRole> {
        AiRole::ALL.into_iter().find(|role| role.slug() == slug)
    }
}
