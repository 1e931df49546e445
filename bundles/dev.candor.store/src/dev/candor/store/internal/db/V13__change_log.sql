-- Schema 13: the changes every client commits, in order, so that the other clients show them
-- within a second (PostgreSQL tells them at the commit; Derby's clients look for new numbers).
-- Kept for a day: a client away longer reloads everything.
CREATE TABLE CHANGE_LOG (
    SEQ BIGINT NOT NULL PRIMARY KEY,
    LOGGED_AT BIGINT NOT NULL,
    ORIGIN VARCHAR(64) NOT NULL,
    ACTOR VARCHAR(500) NOT NULL,
    ENTITY VARCHAR(64) NOT NULL,
    KIND VARCHAR(16) NOT NULL,
    IDS VARCHAR(4000),
    CUSTOMER_IDS VARCHAR(4000)
);
CREATE SEQUENCE CANDOR_CHANGE_LOG AS BIGINT START WITH 1;
CREATE INDEX CHANGE_LOG_TIME ON CHANGE_LOG (LOGGED_AT)
