//! The workbook writer's Web Worker: started the first time the user exports a workbook and
//! kept for later exports, it turns a workbook description (JSON text) into the bytes of an
//! .xlsx file off the page's thread (src/platform/js/workbook-worker.js).
//!
//! The writer is a Wasm module of its own, so the main module does not grow by the xlsx
//! writer; a worker that failed is dropped and the next export starts a fresh one.

use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The worker's script, beside the page, so the app keeps working from a sub-path.
const WORKER_SCRIPT: &str = "workbook-worker.js";

thread_local! {
    /// The worker, once started.
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
}

/// Why no workbook came back, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct WorkbookError(String);

fn described(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|error| String::from(error.message()))
        })
        .unwrap_or_else(|| format!("{error:?}"))
}

/// The running worker, started now if there is none.
fn worker() -> Result<web_sys::Worker, WorkbookError> {
    WORKER.with(|slot| {
        let mut slot = slot.borrow_mut();
        if let Some(worker) = slot.as_ref() {
            return Ok(worker.clone());
        }
        let worker = web_sys::Worker::new(WORKER_SCRIPT).map_err(|error| {
            WorkbookError(format!(
                "the workbook writer could not be started ({})",
                described(&error)
            ))
        })?;
        *slot = Some(worker.clone());
        Ok(worker)
    })
}

/// Stops and forgets the worker, so that the next export starts a fresh one.
fn drop_worker() {
    if let Some(worker) = WORKER.with(|slot| slot.borrow_mut().take()) {
        worker.terminate();
    }
}

/// The .xlsx file described by `spec_json`, written by the worker. One export at a time: the
/// caller waits for this before asking again.
pub async fn write_workbook(spec_json: &str) -> Result<Vec<u8>, WorkbookError> {
    let worker = worker()?;
    let outcome = ask(&worker, spec_json).await;
    worker.set_onmessage(None);
    worker.set_onerror(None);
    if outcome.is_err() {
        drop_worker();
    }
    outcome
}

async fn ask(worker: &web_sys::Worker, spec_json: &str) -> Result<Vec<u8>, WorkbookError> {
    let mut handlers = None;
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                // A promise's resolve function does not throw; there is nothing to handle.
                let _ = resolve.call1(&JsValue::NULL, &event.data());
            },
        );
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let message = event
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|error| error.message())
                .filter(|message| !message.is_empty())
                .unwrap_or_else(|| "its files could not be loaded (are you offline?)".to_owned());
            // As above: rejecting a promise does not throw.
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&message));
        });
        handlers = Some((on_message, on_error));
    });
    // The closures live until the answer came, then go with this function.
    let Some((on_message, on_error)) = handlers.as_ref() else {
        return Err(WorkbookError(
            "the browser did not start the export".to_owned(),
        ));
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker
        .post_message(&JsValue::from_str(spec_json))
        .map_err(|error| {
            WorkbookError(format!(
                "the workbook writer could not be reached ({})",
                described(&error)
            ))
        })?;
    let data = JsFuture::from(answer).await.map_err(|error| {
        WorkbookError(format!(
            "the workbook writer stopped ({})",
            described(&error)
        ))
    })?;
    let bytes = js_sys::Reflect::get(&data, &JsValue::from_str("bytes")).unwrap_or_default();
    if let Some(bytes) = bytes.dyn_ref::<js_sys::Uint8Array>() {
        return Ok(bytes.to_vec());
    }
    let error = js_sys::Reflect::get(&data, &JsValue::from_str("error"))
        .ok()
        .and_then(|error| error.as_string())
        .unwrap_or_else(|| "the workbook writer gave an unexpected answer".to_owned());
    Err(WorkbookError(error))
}
