//! Security headers and the cross-site request check, for every response and request.
//!
//! - **Content-Security-Policy** with a fresh nonce per response: scripts only from the portal
//!   and the one inline module script that starts the WASM (it carries the nonce, through
//!   Leptos's `Nonce` in the page's context), WASM compilation allowed (`'wasm-unsafe-eval'`),
//!   no inline event handlers, no plugins, no framing (`frame-ancestors 'none'`), forms only to
//!   the portal. Plus `X-Content-Type-Options: nosniff`, `Referrer-Policy: same-origin` and
//!   `X-Frame-Options: DENY` for older browsers.
//! - **Cross-site requests refused**: a state-changing request (POST, PUT, PATCH, DELETE) that a
//!   browser sends from another site — its `Origin` names another origin, or, without `Origin`,
//!   `Sec-Fetch-Site: cross-site` — is refused with 403 before it reaches a handler. With the
//!   session cookie's `SameSite=Lax` this closes CSRF on every form, server function and API
//!   route. Requests with a bearer token carry no ambient credentials and are not checked;
//!   programs that send neither header (curl, mail programs' one-click unsubscribe) pass.

use app::i18n::translate;
use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// The nonce of this response's Content-Security-Policy, for the page's inline script.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// The origins a state-changing browser request may come from.
#[derive(Clone, Debug)]
pub struct Origins {
    /// The public address's origin (`https://comity.example.org`).
    pub public: String,
}

impl Origins {
    /// From the public base URL (scheme, host and port; no path).
    pub fn from_public_url(url: &str) -> Origins {
        let public = match url.split_once("://") {
            Some((scheme, rest)) => {
                format!("{scheme}://{}", rest.split('/').next().unwrap_or_default())
            }
            None => url.to_string(),
        };
        Origins {
            public: public.to_ascii_lowercase(),
        }
    }
}

/// Whether a request is a browser's from another site that would change something.
fn cross_site(request: &Request, origins: &Origins) -> bool {
    if !matches!(
        *request.method(),
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    ) {
        return false;
    }
    let headers = request.headers();
    if headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bearer "))
    {
        return false;
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => {
            let origin = origin.trim().to_ascii_lowercase();
            // The public origin, or the host this request was addressed to (a server reached
            // by its own address, e.g. on loopback during tests).
            let own = headers
                .get(header::HOST)
                .and_then(|v| v.to_str().ok())
                .map(|host| host.to_ascii_lowercase())
                .is_some_and(|host| {
                    origin == format!("http://{host}") || origin == format!("https://{host}")
                });
            !(origin == origins.public || own)
        }
        None => headers
            .get("sec-fetch-site")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|site| site.eq_ignore_ascii_case("cross-site")),
    }
}

/// The middleware: refuses cross-site changes, gives the page its nonce, sets the headers.
pub async fn layer(State(origins): State<Origins>, mut request: Request, next: Next) -> Response {
    if cross_site(&request, &origins) {
        let locale = crate::api::request_locale(request.headers());
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        let mut response = (
            StatusCode::FORBIDDEN,
            translate(locale, app::i18n::tkey("error-cross-site")),
        )
            .into_response();
        set_headers(&mut response, None);
        return response;
    }
    let nonce = app::server::new_secret("")[..32].to_string();
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut response: Response<Body> = next.run(request).await;
    set_headers(&mut response, Some(&nonce));
    response
}

fn set_headers(response: &mut Response, nonce: Option<&str>) {
    let script = match nonce {
        Some(nonce) => format!("script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => "script-src 'self'".to_string(),
    };
    let policy = format!(
        "default-src 'self'; {script}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
         frame-ancestors 'none'"
    );
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&policy) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: &str, headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::builder().method(method).uri("/x");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(Body::empty()).expect("request")
    }

    #[test]
    fn only_state_changing_requests_from_another_site_are_cross_site() {
        let origins = Origins::from_public_url("https://Comity.example.org/");
        assert_eq!(origins.public, "https://comity.example.org");
        type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], bool);
        let table: &[Case] = &[
            ("POST", &[("origin", "https://comity.example.org")], false),
            ("POST", &[("origin", "https://evil.example")], true),
            ("POST", &[("origin", "null")], true),
            ("GET", &[("origin", "https://evil.example")], false),
            (
                "DELETE",
                &[
                    ("origin", "http://127.0.0.1:3000"),
                    ("host", "127.0.0.1:3000"),
                ],
                false,
            ),
            (
                "PUT",
                &[
                    ("origin", "http://127.0.0.1:3001"),
                    ("host", "127.0.0.1:3000"),
                ],
                true,
            ),
            ("POST", &[("sec-fetch-site", "cross-site")], true),
            ("POST", &[("sec-fetch-site", "same-origin")], false),
            ("POST", &[], false),
            (
                "POST",
                &[
                    ("origin", "https://evil.example"),
                    ("authorization", "Bearer cmt_x"),
                ],
                false,
            ),
        ];
        for (method, headers, expected) in table {
            assert_eq!(
                cross_site(&request(method, headers), &origins),
                *expected,
                "{method} {headers:?}"
            );
        }
    }
}
