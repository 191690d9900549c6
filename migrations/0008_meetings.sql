-- Meetings of a committee: the schedule, the agenda (a draft working copy and frozen
-- published versions), the delegations' registrations with attendance, and the calendar
-- feed's secret per person.

CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    committee_id TEXT NOT NULL REFERENCES committees (id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL,                    -- plenary / wg (domain::meetings::MeetingKind)
    mode TEXT NOT NULL,                    -- in_person / virtual / hybrid
    time_zone TEXT NOT NULL,               -- the host's IANA zone
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    join_url TEXT NOT NULL DEFAULT '',
    host_member_body_id TEXT REFERENCES member_bodies (id),
    registration_deadline BIGINT,
    registration_reopened INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'scheduled',  -- scheduled / cancelled
    sequence BIGINT NOT NULL DEFAULT 0,    -- iCalendar SEQUENCE: grows with each change
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX meetings_committee_start ON meetings (committee_id, starts_at);

-- The agenda as the manager drafts it (private until published).
CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    level INTEGER NOT NULL DEFAULT 0,     -- 0 item, 1 sub-item
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL,                 -- information / discussion / decision
    documents TEXT NOT NULL DEFAULT ''     -- document ids, comma-separated
);
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

-- Each publication freezes the agenda: its items as JSON (domain::meetings::AgendaItem),
-- how many items changed since the version before, and the notice rule it broke, if late.
CREATE TABLE agenda_versions (
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    items TEXT NOT NULL,
    items_changed BIGINT NOT NULL,
    late_rule TEXT,                        -- the i18n key of the broken rule
    published_at BIGINT NOT NULL,
    published_by TEXT REFERENCES users (id),
    PRIMARY KEY (meeting_id, version)
);

-- A member body's delegates registered to a meeting; attended is set after the meeting.
CREATE TABLE meeting_registrations (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    member_body_id TEXT NOT NULL REFERENCES member_bodies (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    head_of_delegation INTEGER NOT NULL DEFAULT 0,
    participation TEXT NOT NULL,           -- in_person / remote
    attended INTEGER,                      -- null until marked
    registered_by TEXT REFERENCES users (id),
    registered_at BIGINT NOT NULL,
    UNIQUE (meeting_id, user_id)
);
CREATE INDEX meeting_registrations_meeting ON meeting_registrations (meeting_id, member_body_id);
CREATE INDEX meeting_registrations_user ON meeting_registrations (user_id);

-- The secret in a person's calendar feed address.
ALTER TABLE users ADD COLUMN calendar_token TEXT;
CREATE UNIQUE INDEX users_calendar_token ON users (calendar_token);
