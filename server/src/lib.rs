//! The Comity server: the router (pages, form routes, JSON API, assets) and the background
//! jobs. `main.rs` only parses the command line; tests build the router from here without a
//! socket.

#![recursion_limit = "256"]

pub mod api;
pub mod ballot_forms;
pub mod comment_forms;
pub mod config;
pub mod document_forms;
pub mod forms;
pub mod meeting_forms;
pub mod net;
pub mod notification_forms;
pub mod security;
pub mod uploads;

use std::{path::Path, sync::Arc, time::Duration};

use app::{
    server::{
        db,
        mail::Mailer,
        session_store::DbSessionStore,
        state::{AppState, Settings},
    },
    shell, App, AssetRoot,
};
use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{generate_route_list, LeptosRoutes};
use sha2::{Digest, Sha256};
use tower_http::{
    compression::{CompressionLayer, CompressionLevel},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer},
};
use tower_sessions::{cookie::SameSite, Expiry, SessionManagerLayer};

/// Everything `router` needs besides the pool.
#[derive(Clone, Debug)]
pub struct ServerOptions {
    /// Folder of the built site.
    pub site_root: String,
    /// Public base URL.
    pub public_url: String,
    /// Hours of inactivity before a session ends.
    pub session_idle_hours: i64,
    /// Whether to trust `X-Forwarded-For`.
    pub trust_proxy: bool,
    /// Largest file accepted for a document version, in bytes.
    pub max_upload_bytes: u64,
    /// Where e-mail goes.
    pub mailer: Arc<Mailer>,
}

/// Builds the shared state: Leptos options, settings and the asset version.
pub fn build_state(pool: sqlx::AnyPool, options: &ServerOptions) -> AppState {
    let leptos_options = LeptosOptions::builder()
        .output_name("comity")
        .site_root(options.site_root.as_str())
        .site_pkg_dir("pkg")
        .build();
    let settings = Settings {
        public_base_url: options.public_url.clone(),
        secure_cookies: options.public_url.starts_with("https://"),
        asset_version: asset_version(Path::new(&options.site_root)),
        max_upload_bytes: options.max_upload_bytes,
        mailer: options.mailer.clone(),
    };
    AppState {
        pool,
        leptos_options,
        settings: Arc::new(settings),
    }
}

/// A short hash of the built CSS, JS and WASM: it goes into their URLs, so a new build gets
/// new URLs and the old ones can be cached for a year.
fn asset_version(site_root: &Path) -> String {
    let mut hasher = Sha256::new();
    for name in ["comity.css", "comity.js", "comity_bg.wasm", "comity.wasm"] {
        if let Ok(bytes) = std::fs::read(site_root.join("pkg").join(name)) {
            hasher.update(&bytes);
        }
    }
    hex::encode(&hasher.finalize()[..6])
}

/// The page routes, worked out once per process. Leptos suppresses resource loading
/// process-wide while it generates the list (leptos-rs/leptos#4773): a page rendering on another
/// thread at that moment would wait forever. Generating once, before any router exists, keeps
/// several routers in one process (the tests, a second instance) safe.
fn page_routes() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// A person's calendar feed by the secret in its address (calendar programs fetch it
/// without signing in).
async fn user_calendar(
    axum::extract::State(state): axum::extract::State<AppState>,
    axum::extract::Path(token): axum::extract::Path<String>,
) -> Result<axum::response::Response, app::error::AppError> {
    Ok(api::meetings::calendar_response(
        app::server::meetings::user_feed(&state, &token).await?,
    ))
}

/// The whole application.
pub fn router(state: AppState, options: &ServerOptions) -> Router {
    let routes = page_routes();
    let asset_root = format!("/assets/{}", state.settings.asset_version);
    let context = {
        let state = state.clone();
        let asset_root = asset_root.clone();
        move || {
            provide_context(state.clone());
            provide_context(AssetRoot(asset_root.clone()));
            // The Content-Security-Policy's nonce of this response, for the page's script.
            if let Some(nonce) = leptos::prelude::use_context::<axum::http::request::Parts>()
                .and_then(|parts| parts.extensions.get::<security::CspNonce>().cloned())
            {
                provide_context(leptos::nonce::Nonce::from_value(nonce.0));
            }
        }
    };
    let leptos_options = state.leptos_options.clone();

    let pkg_dir = Path::new(&options.site_root).join("pkg");
    let immutable = SetResponseHeaderLayer::overriding(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    let assets = Router::new()
        .nest_service(
            "/pkg",
            ServeDir::new(&pkg_dir)
                .precompressed_br()
                .precompressed_gzip(),
        )
        .layer(immutable);

    let session_layer = SessionManagerLayer::new(DbSessionStore::new(state.pool.clone()))
        .with_name("comity_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.settings.secure_cookies)
        .with_expiry(Expiry::OnInactivity(time::Duration::hours(
            options.session_idle_hours,
        )));

    let pages = Router::new()
        .route(
            "/_sf/{*name}",
            post(server_fn_handler).get(server_fn_handler),
        )
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = leptos_options.clone();
            move || shell(options.clone())
        })
        .merge(forms::routes())
        .merge(document_forms::routes())
        .merge(ballot_forms::routes())
        .merge(comment_forms::routes())
        .merge(meeting_forms::routes())
        .merge(notification_forms::routes())
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        ));

    Router::new()
        .merge(pages)
        .nest("/api/v1", api::routes())
        .nest(&asset_root, assets.clone())
        .merge(
            Router::new().nest_service(
                "/pkg",
                ServeDir::new(&pkg_dir)
                    .precompressed_br()
                    .precompressed_gzip(),
            ),
        )
        .route("/healthz", get(healthz))
        .route("/calendar/{token}", get(user_calendar))
        .layer(session_layer)
        .layer(axum::middleware::from_fn_with_state(
            security::Origins::from_public_url(&options.public_url),
            security::layer,
        ))
        .layer(axum::Extension(net::ProxyTrust(options.trust_proxy)))
        // Level 4, not the algorithms' defaults: brotli's default (11) is meant for files
        // compressed once and spent most of a page's time (found by `make bench`).
        .layer(
            CompressionLayer::new()
                .br(true)
                .gzip(true)
                .quality(CompressionLevel::Precise(4)),
        )
        // One span per request at INFO, so the default log level shows method, path, status, time.
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(tracing::Level::INFO))
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .with_state(state)
}

async fn server_fn_handler(
    State(state): State<AppState>,
    request: Request<Body>,
) -> impl IntoResponse {
    leptos_axum::handle_server_fns_with_context(move || provide_context(state.clone()), request)
        .await
}

/// `GET /healthz`: 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    if db::ping(&state.pool).await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
    }
}

/// Opens scheduled ballots whose time has come, closes ballots whose closing time has passed
/// and reminds member bodies that have not voted when one closes soon, every 15 seconds. Every instance runs it;
/// each ballot is closed once (see `app::server::ballots::close_due`). A vote that arrives after
/// the closing instant is refused whether or not this has run yet.
pub fn spawn_ballot_closer(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(15));
        loop {
            tick.tick().await;
            match app::server::ballots::open_due(&state).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(opened = n, "scheduled ballots opened"),
                Err(e) => tracing::warn!(?e, "could not open scheduled ballots"),
            }
            match app::server::ballots::close_due(&state).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(closed = n, "ballots closed at their closing time"),
                Err(e) => tracing::warn!(?e, "could not close due ballots"),
            }
            match app::server::ballots::remind_due(&state, app::server::now_ms()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(reminded = n, "ballot closing reminders sent"),
                Err(e) => tracing::warn!(?e, "could not send ballot closing reminders"),
            }
        }
    });
}

/// The e-mail worker: every five seconds sends what is due in the outbox (each message by
/// one instance, see `app::server::mail::deliver_due`); every minute queues the daily digests
/// that are due.
pub fn spawn_mailer(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(5));
        let mut pass: u64 = 0;
        loop {
            tick.tick().await;
            let now = app::server::now_ms();
            if pass.is_multiple_of(12) {
                match app::server::mail::queue_digests(&state, now).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(digests = n, "daily digests queued"),
                    Err(e) => tracing::warn!(?e, "could not queue the daily digests"),
                }
            }
            pass += 1;
            match app::server::mail::deliver_due(&state, now).await {
                Ok(d) if d.sent + d.failed == 0 => {}
                Ok(d) => tracing::info!(sent = d.sent, failed = d.failed, "e-mail sent"),
                Err(e) => tracing::warn!(?e, "could not send e-mail"),
            }
        }
    });
}

/// Deletes expired sessions and stale sign-in failures every ten minutes.
pub fn spawn_housekeeping(state: AppState) {
    tokio::spawn(async move {
        let store = DbSessionStore::new(state.pool.clone());
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        loop {
            tick.tick().await;
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(%e, "could not delete expired sessions");
            }
            let cutoff = app::server::now_ms() - app::domain::rate_limit::WINDOW_SECS * 1000;
            if let Err(e) = db::login_failures::delete_older_than(&state.pool, cutoff).await {
                tracing::warn!(%e, "could not delete old sign-in failures");
            }
        }
    });
}
