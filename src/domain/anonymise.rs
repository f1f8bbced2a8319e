//! Anonymising an assessment for sharing as a benchmark: the organisation's name, people's
//! names and all free text are removed, while answers and decisions stay.
