-- E-mail for notifications. Each person chooses, per kind of notification, how they are told
-- by e-mail: at once (the default, no row), in a daily digest, or not at all; the portal's
-- own list always has everything. Messages go through `mail_outbox`, written in the same
-- transaction as the change they report (a rolled-back change mails nobody), and drained by
-- every server instance's background worker: a row is claimed with a conditional UPDATE (a
-- lease), so one instance sends it; a failed send is retried later with backoff.

CREATE TABLE notification_settings (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                    -- domain::notifications::Kind
    mode TEXT NOT NULL,                    -- immediate / digest / off
    PRIMARY KEY (user_id, kind)
);

-- The secret part of a person's unsubscribe links (made when the first e-mail is written).
ALTER TABLE users ADD COLUMN mail_token TEXT;
CREATE UNIQUE INDEX users_mail_token ON users (mail_token);

CREATE TABLE mail_outbox (
    id TEXT PRIMARY KEY,                   -- the notification's id, or `digest:{user}:{day}`
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                    -- the notification's kind, or `digest`
    notification_id TEXT,                  -- what it tells (one notification)
    since BIGINT,                          -- a digest: the notifications after this …
    until BIGINT,                          -- … up to this, epoch ms
    created_at BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_by TEXT,                       -- the instance sending it …
    claimed_until BIGINT,                  -- … until its lease runs out
    sent_at BIGINT,
    failed_at BIGINT,                      -- given up after the last retry
    last_error TEXT
);
-- The worker's queue: what is still to send, oldest due first.
CREATE INDEX mail_outbox_pending ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
-- A person's previous digest (where the next one starts).
CREATE INDEX mail_outbox_user_kind ON mail_outbox (user_id, kind, until);

-- Reminders that a ballot closes soon, each sent once per ballot and window.
CREATE TABLE ballot_reminders (
    ballot_id TEXT NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
    reminder TEXT NOT NULL,                -- 7d / 48h
    at BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, reminder)
);
