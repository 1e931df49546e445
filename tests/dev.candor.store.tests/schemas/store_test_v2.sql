-- version 2: a column added to what version 1 made
ALTER TABLE VISIT ADD COLUMN CHANNEL VARCHAR(20);
