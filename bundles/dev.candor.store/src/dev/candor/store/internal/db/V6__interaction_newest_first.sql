-- Schema 6: a customer's interactions newest first straight from one index (Derby does
-- not scan an index backwards), so a history shows its first page without sorting them all.
CREATE INDEX INTERACTION_CUSTOMER_NEWEST ON INTERACTION (CUSTOMER_ID, STARTED_AT DESC, ID DESC);
DROP INDEX INTERACTION_CUSTOMER_TIME
