-- Schema 12: the history of the tables other bundles contribute (extension point
-- dev.candor.store.schemas), one version line per schema, independent of Candor's own.
CREATE TABLE CANDOR_MODULE_SCHEMA (
    MODULE VARCHAR(128) NOT NULL,
    VERSION INT NOT NULL,
    DESCRIPTION VARCHAR(200) NOT NULL,
    CONTRIBUTOR VARCHAR(200) NOT NULL,
    APPLIED_AT BIGINT NOT NULL,
    PRIMARY KEY (MODULE, VERSION)
)
