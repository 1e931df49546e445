-- Schema 4: the name order of lists (folded name, then id) served by one index,
-- so the first page of customers is read without sorting the whole table.
CREATE INDEX CUSTOMER_NAME_ORDER ON CUSTOMER (NAME_KEY, ID);
DROP INDEX CUSTOMER_NAME_KEY
