-- Content in the portal's other languages. English stays the reference text (required); a
-- French or Arabic version is optional and shown to readers of that language, a missing one
-- falls back to English, marked as such (domain::locale::pick). Agenda items frozen in
-- agenda_versions carry theirs in the JSON (domain::meetings::AgendaItem).
ALTER TABLE documents ADD COLUMN title_fr TEXT;
ALTER TABLE documents ADD COLUMN title_ar TEXT;
ALTER TABLE agenda_items ADD COLUMN title_fr TEXT;
ALTER TABLE agenda_items ADD COLUMN title_ar TEXT;
ALTER TABLE resolutions ADD COLUMN title_fr TEXT;
ALTER TABLE resolutions ADD COLUMN title_ar TEXT;
ALTER TABLE resolutions ADD COLUMN body_fr TEXT;
ALTER TABLE resolutions ADD COLUMN body_ar TEXT;
