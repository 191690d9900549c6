-- Comity's foundation: people, sessions, tokens, invitations, and the bodies with their committees.
-- Written once for SQLite and PostgreSQL (through sqlx's Any driver): TEXT ids made by the
-- application (UUID v7), times as BIGINT epoch milliseconds, flags as BIGINT 0/1.

-- People who can sign in. password_hash stays NULL until an invitation is accepted.
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,            -- stored lower-cased and trimmed
    name TEXT NOT NULL,
    password_hash TEXT,                    -- argon2id PHC string
    is_portal_admin BIGINT NOT NULL DEFAULT 0,
    locale TEXT,                           -- en / fr / ar, or NULL for the browser's choice
    created_at BIGINT NOT NULL
);

-- tower-sessions records, so that sessions survive a restart and are shared by several
-- server instances. user_id is copied out of the data so a password change can end the
-- person's other sessions.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,                    -- JSON
    user_id TEXT,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);
CREATE INDEX sessions_user_id ON sessions (user_id);

-- Personal access tokens for the JSON API (Authorization: Bearer …). Only a SHA-256 of the
-- token is kept: the token itself is shown once, at creation.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX api_tokens_user_id ON api_tokens (user_id, created_at);

-- Invitations sent by administrators: a single-use link with an expiry. Only the token's
-- SHA-256 is stored.
CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT
);
CREATE INDEX invitations_user_id ON invitations (user_id);

-- Failed sign-ins, counted per account and per address to slow down password guessing
-- (in the database so that every server instance sees the same count).
CREATE TABLE login_failures (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_email_at ON login_failures (email, at);
CREATE INDEX login_failures_address_at ON login_failures (address, at);

-- Organisations that develop standards through committees (ARSO, SMIIC, RNF, …).
CREATE TABLE bodies (
    id TEXT PRIMARY KEY,
    acronym TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_fr TEXT,
    name_ar TEXT,
    created_at BIGINT NOT NULL
);

-- National standards bodies (IMANOR, KEBS, …); country is ISO 3166 alpha-2.
CREATE TABLE member_bodies (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Which member bodies belong to which body, and how (member, affiliate, observer).
CREATE TABLE body_members (
    body_id TEXT NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    member_body_id TEXT NOT NULL REFERENCES member_bodies (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (body_id, member_body_id)
);
CREATE INDEX body_members_member_body ON body_members (member_body_id);

-- Technical committees, subcommittees and working groups of a body, as a tree.
-- sort_key orders TC 2 before TC 10 and children after their parent.
CREATE TABLE committees (
    id TEXT PRIMARY KEY,
    body_id TEXT NOT NULL REFERENCES bodies (id),
    parent_id TEXT REFERENCES committees (id),
    kind TEXT NOT NULL,                    -- TC / SC / WG
    number BIGINT NOT NULL,
    reference TEXT NOT NULL UNIQUE,        -- ARSO/TC 70, SMIIC/TC 1/WG 2
    sort_key TEXT NOT NULL,
    title_en TEXT NOT NULL,
    title_fr TEXT,
    title_ar TEXT,
    scope TEXT,
    secretariat_id TEXT REFERENCES member_bodies (id),
    status TEXT NOT NULL DEFAULT 'active',
    created_at BIGINT NOT NULL
);
CREATE INDEX committees_body_sort ON committees (body_id, sort_key);
CREATE INDEX committees_parent ON committees (parent_id);
