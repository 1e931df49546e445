-- Schema 8: a commitment's kind (a promise, or an answer owed under the response-time
-- policy) and when it was closed, which the kept-on-time rates need; documents shared
-- by a team (response-time policies, later published layouts), versioned for optimistic locking.
ALTER TABLE COMMITMENT ADD COLUMN KIND VARCHAR(16) DEFAULT 'promise' NOT NULL;
ALTER TABLE COMMITMENT ADD COLUMN CLOSED_AT TIMESTAMP;
UPDATE COMMITMENT SET CLOSED_AT = (SELECT MAX(H.CHANGED_AT) FROM COMMITMENT_CHANGE H
    WHERE H.COMMITMENT_ID = COMMITMENT.ID AND H.TO_STATUS IN ('kept', 'broken', 'cancelled'))
    WHERE STATUS IN ('kept', 'broken', 'cancelled');
-- Closed before schema 8 without a recorded change: the closing time is unknown; the due
-- time is the only honest bound (kept by then at the latest, broken at it).
UPDATE COMMITMENT SET CLOSED_AT = DUE_AT WHERE CLOSED_AT IS NULL AND STATUS IN ('kept', 'broken', 'cancelled');
CREATE INDEX COMMITMENT_OWNER ON COMMITMENT (OWNER, STATUS);
CREATE TABLE SHARED_DOCUMENT (
    NAME VARCHAR(200) NOT NULL PRIMARY KEY,
    VERSION INT NOT NULL,
    CONTENT CLOB NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL,
    UPDATED_BY VARCHAR(500) NOT NULL
)
