-- Time zones (IANA names): a committee's, in which its ballot closings and meetings are shown
-- and typed; a person's own (NULL: the committee's time zone is shown alone).
ALTER TABLE committees ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE users ADD COLUMN time_zone TEXT;

-- A vote recorded late by the committee manager on a re-opened internal ballot (cast_by is
-- the manager): why (the member body's officer may have sent it by mail).
ALTER TABLE ballot_votes ADD COLUMN recorded_reason TEXT;

-- The participation page reads a committee's ballots closed in the last 12 months.
CREATE INDEX ballots_committee_closes ON ballots (committee_id, status, closes_at);
