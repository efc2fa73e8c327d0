-- Round-trip identity: what lies between segments in the source comes back on export (issue 21).
-- source_raw: the segment's exact source slice (a soft line break or two spaces inside the sentence), only where it
-- differs from source_text, which stays tidy for the editor, the memory and the checks.
-- gap_after: the exact white space after the segment (none, two spaces, a line break; the last segment of a paragraph
-- holds the paragraph's trailing white space). NULL for segments imported before: exports join those with a space.
ALTER TABLE segment ADD COLUMN source_raw VARCHAR;
ALTER TABLE segment ADD COLUMN gap_after VARCHAR;
-- The paragraph's exact text before its first segment (the blank lines before a plain-text paragraph, the white space
-- inside an HTML block); NULL for paragraphs imported before.
ALTER TABLE paragraph ADD COLUMN lead VARCHAR;
