//! Named timings in the browser's performance timeline, for the benchmark (`.ci/bench`) and for
//! anyone profiling in the browser's developer tools. Nothing is recorded anywhere else.

/// Runs `work` and records how long it took as the performance measure `name` (between the
/// marks `<name>:start` and `<name>:end`).
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|window| window.performance());
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    // A timing that cannot be recorded changes nothing for the user, so failures are ignored.
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.mark(&end);
        let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    }
    result
}
