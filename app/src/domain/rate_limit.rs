//! Slowing down password guessing: failed sign-ins are counted per account and per
//! network address over a sliding window, and sign-in is refused past a limit.

/// The window over which failures are counted, in seconds.
pub const WINDOW_SECS: i64 = 15 * 60;
/// Failed sign-ins for one account within the window before it is locked for the rest of it.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed sign-ins from one address within the window (a shared office NAT gets more room).
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;

/// The failures recorded inside the window.
#[derive(Clone, Copy, Debug, Default)]
pub struct RecentFailures {
    /// Failures for the e-mail address being signed in to.
    pub for_account: i64,
    /// Failures from the client's network address.
    pub for_address: i64,
    /// When the oldest counted failure happened (epoch ms), to say how long to wait.
    pub oldest_at_ms: Option<i64>,
}

/// Whether another attempt may be made now; `Err(seconds)` says how long to wait.
pub fn check(failures: RecentFailures, now_ms: i64) -> Result<(), i64> {
    if failures.for_account >= MAX_FAILURES_PER_ACCOUNT
        || failures.for_address >= MAX_FAILURES_PER_ADDRESS
    {
        let oldest = failures.oldest_at_ms.unwrap_or(now_ms);
        let wait_ms = (oldest + WINDOW_SECS * 1000 - now_ms).max(1000);
        Err((wait_ms + 999) / 1000)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_table() {
        let now = 10_000_000;
        let f = |a, b| RecentFailures {
            for_account: a,
            for_address: b,
            oldest_at_ms: Some(now - 60_000),
        };
        assert_eq!(check(f(0, 0), now), Ok(()));
        assert_eq!(check(f(4, 19), now), Ok(()));
        assert_eq!(check(f(5, 0), now), Err(WINDOW_SECS - 60));
        assert_eq!(check(f(0, 20), now), Err(WINDOW_SECS - 60));
        // A window that has just run out still asks for at least a second.
        let stale = RecentFailures {
            for_account: 5,
            for_address: 0,
            oldest_at_ms: Some(now - WINDOW_SECS * 1000),
        };
        assert_eq!(check(stale, now), Err(1));
    }
}
