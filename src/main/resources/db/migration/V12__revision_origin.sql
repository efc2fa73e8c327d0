-- Issue 18: every revision says where its change came from (the editor, a revert, a replace, the memory, a machine
-- engine, an XLIFF import, a source change, a split or a join), so the history shows why a text changed and the
-- write path can decide which checks an origin calls for. Revisions written before this have no origin.
ALTER TABLE revision ADD COLUMN origin VARCHAR(32);
ALTER TABLE archived_revision ADD COLUMN origin VARCHAR(32);
