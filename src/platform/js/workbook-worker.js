// AIMS Assess workbook worker: writes the .xlsx workbook off the page's thread. The app starts
// it only when the user first exports a workbook (src/platform/workbook.rs) and keeps it for
// later exports. It loads the workbook writer, a small Wasm module of its own
// (src/bin/workbook_writer.rs, built by Trunk as workbook-writer.js and
// workbook-writer_bg.wasm), so the main module never carries the xlsx writer.
//
// Each message is a workbook description as JSON text; the answer is { bytes: Uint8Array }
// or { error: "what went wrong, in plain words" }. The handler is set before the module has
// loaded and waits for it, so a message sent at once is never lost.
importScripts('./workbook-writer.js');

const ready = wasm_bindgen('./workbook-writer_bg.wasm');

self.onmessage = async (event) => {
  try {
    await ready;
  } catch (error) {
    self.postMessage({ error: `the workbook writer could not be loaded (${error})` });
    return;
  }
  try {
    const bytes = wasm_bindgen.write_workbook(event.data);
    self.postMessage({ bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
