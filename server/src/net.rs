//! The client's network address, for the sign-in rate limit.

use std::net::SocketAddr;

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::request::Parts,
};

/// Whether `X-Forwarded-For` may be believed (set from `COMITY_TRUST_PROXY`).
#[derive(Clone, Copy, Debug)]
pub struct ProxyTrust(pub bool);

/// The client's address as text; `unknown` when the server was not told (tests without a socket).
#[derive(Clone, Debug)]
pub struct ClientAddr(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let trust = parts.extensions.get::<ProxyTrust>().is_some_and(|t| t.0);
        if trust {
            if let Some(first) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
            {
                return Ok(ClientAddr(first.trim().to_string()));
            }
        }
        let addr = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip().to_string());
        Ok(ClientAddr(addr.unwrap_or_else(|| "unknown".to_string())))
    }
}
