-- Custom SRX 2.0 rule sets uploaded by admins, and the rule set each document was segmented with.
CREATE SEQUENCE segmentation_rules_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE segmentation_rules (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    srx         VARCHAR      NOT NULL,
    uploaded_by VARCHAR(64)  NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_segmentation_rules_name UNIQUE (name)
);

-- NULL: Verso's bundled rules.
ALTER TABLE document ADD COLUMN segmentation_rules VARCHAR(100);
