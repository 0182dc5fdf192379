-- A council member's or official's comment may be about one target, one period, or both.
ALTER TABLE resolution_comment ADD COLUMN target_id BIGINT REFERENCES target (id);
ALTER TABLE resolution_comment ADD COLUMN period VARCHAR(7);
CREATE INDEX resolution_comment_period ON resolution_comment (resolution_id, period);

-- The file an official attaches to a value as its evidence (a scanned statistics sheet, a photo).
ALTER TABLE actual_value ADD COLUMN evidence_file_id BIGINT REFERENCES source_file (id);
