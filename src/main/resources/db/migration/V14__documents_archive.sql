-- Issue 19, documents: archive and restore, delete, and skipped segments left out of the export.
-- Plain SQL that H2 2.x and PostgreSQL both accept unchanged.

-- An archived document is hidden from the document lists until someone restores it; nothing else changes.
ALTER TABLE document ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE document ADD COLUMN archived_by VARCHAR(64);
-- A deleted document keeps this row as a tombstone, because its archived segments, translations and revisions (and
-- its source versions) refer to it; its live segments, paragraphs, skeleton, languages and translations are gone.
ALTER TABLE document ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE document ADD COLUMN deleted_by VARCHAR(64);

-- A skipped (not translatable) segment that the exports which rebuild the source (text, Markdown, HTML) leave out,
-- separator and all: web-page boilerplate ("Share", "Advertisement", cookie notices) detected at import, or chosen.
ALTER TABLE segment ADD COLUMN left_out BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE archived_segment ADD COLUMN left_out BOOLEAN DEFAULT FALSE NOT NULL;
