-- Notifications in the portal: one row per person and event ("the agenda of the 12th plenary
-- meeting was published"), written in the same transaction as the change it reports, so a
-- rolled-back change notifies nobody. The text is a translatable message (key and arguments,
-- JSON), shown in the reader's language when read. `kind` names the event for filtering and,
-- later, each person's choice of how to be told.

CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                    -- agenda_published / agenda_changed / …
    message TEXT NOT NULL,                 -- model::Message as JSON
    link TEXT NOT NULL,                    -- where the action is, e.g. /meetings/{id}
    created_at BIGINT NOT NULL,
    read_at BIGINT
);
-- The person's list, newest first, and the unread count in the header of every page.
CREATE INDEX notifications_user ON notifications (user_id, created_at);
CREATE INDEX notifications_unread ON notifications (user_id, read_at);
