//! The only code that touches browser APIs: local storage, downloads, the clock, the URL hash,
//! the document, timers, performance measures and Web Crypto (file fingerprints).
//!
//! Everything else in the app calls these small functions, so the rest stays testable without a
//! browser and every browser failure is turned into a typed error here.

pub mod clipboard;
pub mod clock;
pub mod crypto;
pub mod download;
pub mod fetch;
pub mod history;
pub mod location;
pub mod page;
pub mod perf;
pub mod print_layout;
pub mod random;
pub mod storage;
pub mod timer;
pub mod upload;
