//! The JSON Schema of the file format, generated from the types in `io::format` rather than
//! written by hand, and served with the app as `public/aims-assess.schema.json`.
