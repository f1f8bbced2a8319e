//! Architecture rules that the compiler cannot check: the domain and file-format modules stay
//! pure Rust, free of browser and framework code, so they run and are tested natively.

use std::fs;
use std::path::Path;

const FORBIDDEN: &[&str] = &["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

fn rust_files(directory: &Path, found: &mut Vec<std::path::PathBuf>) {
    let entries =
        fs::read_dir(directory).unwrap_or_else(|e| panic!("{}: {e}", directory.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// Names of forbidden crates used in a source text (as paths or in `use` lines).
fn forbidden_uses(source: &str) -> Vec<&'static str> {
    FORBIDDEN
        .iter()
        .copied()
        .filter(|name| {
            source.lines().any(|line| {
                let code = line.split("//").next().unwrap_or("");
                code.contains(&format!("{name}::")) || code.contains(&format!("use {name}"))
            })
        })
        .collect()
}

#[test]
fn domain_and_io_import_no_browser_or_framework_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/domain"), &mut files);
    rust_files(&root.join("src/io"), &mut files);
    assert!(
        files.len() >= 5,
        "expected to scan the domain and io modules"
    );
    for file in files {
        let source = fs::read_to_string(&file).expect("readable source");
        let uses = forbidden_uses(&source);
        assert!(uses.is_empty(), "{} uses {:?}", file.display(), uses);
    }
}

#[test]
fn the_purity_check_notices_a_forbidden_import() {
    assert_eq!(forbidden_uses("use leptos::prelude::*;"), ["leptos"]);
    assert_eq!(forbidden_uses("let w = web_sys::window();"), ["web_sys"]);
    assert_eq!(
        forbidden_uses("// web_sys:: in a comment is fine"),
        Vec::<&str>::new()
    );
    assert_eq!(forbidden_uses("use serde::Serialize;"), Vec::<&str>::new());
}

#[test]
fn only_the_platform_module_touches_browser_apis() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for folder in ["src/state", "src/ui", "src/domain", "src/io"] {
        rust_files(&root.join(folder), &mut files);
    }
    for file in files {
        let source = fs::read_to_string(&file).expect("readable source");
        for api in ["web_sys::", "js_sys::", "gloo_storage::"] {
            assert!(
                !source.contains(api),
                "{} calls {api} directly; browser APIs belong in src/platform",
                file.display()
            );
        }
    }
}
