-- Software string catalogs as documents (issue 22): each unit is one segment, found again by its key and context
-- when a new version of the catalog is imported. NULL for the segments of articles.
-- unit_key: PO msgid, JSON path; unit_context: PO msgctxt; unit_comment: the file's notes for translators;
-- unit_flags: PO flags as written; max_length: the longest translation the software takes, where the file says;
-- plural_source: the source's plural forms, encoded as interchange.catalog.PluralText encodes a plural translation.
ALTER TABLE segment ADD COLUMN unit_key VARCHAR;
ALTER TABLE segment ADD COLUMN unit_context VARCHAR;
ALTER TABLE segment ADD COLUMN unit_comment VARCHAR;
ALTER TABLE segment ADD COLUMN unit_flags VARCHAR;
ALTER TABLE segment ADD COLUMN max_length INTEGER;
ALTER TABLE segment ADD COLUMN plural_source VARCHAR;
