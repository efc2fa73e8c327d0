-- What the import repaired in an HTML page parsed as a browser does (an element left open closed before </body>),
-- one repair a line: "line<TAB>column<TAB>what". Null when nothing was repaired.
ALTER TABLE document_skeleton ADD COLUMN repairs VARCHAR;
