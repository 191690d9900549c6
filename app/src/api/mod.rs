//! Server functions: what pages read from the server. During server rendering they run in
//! the same process; after hydration the browser calls them over HTTP under `/_sf/`.
//! Changes are made by plain HTML forms (see `server/src/forms.rs`), so they work without
//! JavaScript, and by the JSON API; both call `crate::server`.

pub mod accounts;
pub mod bodies;
pub mod committees;
pub mod documents;
pub mod page;
