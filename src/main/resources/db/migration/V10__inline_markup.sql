-- The page around an article imported from HTML (head, scripts, attributes, markup), with its paragraphs marked,
-- from which the HTML export is rebuilt. A table of its own so that reading a document never loads it.
CREATE TABLE document_skeleton (
    document_id BIGINT  NOT NULL PRIMARY KEY REFERENCES document (id),
    content     VARCHAR NOT NULL
);

-- What the inline codes of a Markdown paragraph stand for ("[" and "](url)", "**", "`code`"), for the export.
ALTER TABLE paragraph ADD COLUMN inline_codes VARCHAR;
