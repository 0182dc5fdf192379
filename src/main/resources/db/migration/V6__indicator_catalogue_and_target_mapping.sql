-- The standard indicator catalogue (filled at start from catalog/indicators.tsv, then edited by administrators)
-- and each target's place in it, so that a province can compare its communes on the same indicators.

CREATE TABLE catalog_indicator (
    code       VARCHAR(40)  PRIMARY KEY,
    name_vi    VARCHAR(300) NOT NULL,
    name_en    VARCHAR(300) NOT NULL,
    -- empty for an indicator that is achieved or not (a commune meeting a standard)
    unit       VARCHAR(40)  NOT NULL DEFAULT '',
    direction  VARCHAR(4)   NOT NULL CHECK (direction IN ('UP', 'DOWN')),
    nature     VARCHAR(5)   NOT NULL CHECK (nature IN ('FLOW', 'STOCK')),
    source     VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE
);

-- The Vietnamese phrasings of an indicator that resolutions use.
CREATE TABLE catalog_synonym (
    catalog_code VARCHAR(40)  NOT NULL REFERENCES catalog_indicator (code) ON DELETE CASCADE,
    phrase       VARCHAR(300) NOT NULL,
    PRIMARY KEY (catalog_code, phrase)
);

-- The catalogue indicator a target is about: proposed by the matcher (confirmed = FALSE) or chosen by an official
-- (confirmed = TRUE; a NULL code then says "none of them").
CREATE TABLE target_mapping (
    target_id    BIGINT       PRIMARY KEY REFERENCES target (id) ON DELETE CASCADE,
    catalog_code VARCHAR(40)  REFERENCES catalog_indicator (code),
    confidence   NUMERIC(4, 3),
    confirmed    BOOLEAN      NOT NULL DEFAULT FALSE,
    confirmed_by VARCHAR(60),
    confirmed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX target_mapping_code ON target_mapping (catalog_code);
