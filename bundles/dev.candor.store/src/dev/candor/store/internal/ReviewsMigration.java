package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema 9: ethics reviews as the review engine writes them.
 * <ul>
 * <li>Templates get a key shared by all versions of one template (the versions stay, so old reviews
 * keep their meaning).</li>
 * <li>A review holds all its verdicts in one short column and whether it passed (no critical item
 * failed); ITEM_VERDICT keeps the rows with evidence or comments. A million automatic reviews then
 * write a million rows plus their failures, not fifteen million.</li>
 * <li>Review ids come from a sequence, so a batch can insert reviews without asking for each
 * generated key; it starts after any id already used.</li>
 * <li>Indexes for the dashboard: failures by item, reviews by time.</li>
 * </ul>
 */
final class ReviewsMigration implements Migration {

    @Override
    public int version() {
        return 9;
    }

    @Override
    public String description() {
        return "ethics reviews";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        try (Statement s = connection.createStatement()) {
            s.execute(dialect.ddl("ALTER TABLE CHECKLIST_TEMPLATE ADD COLUMN TEMPLATE_KEY VARCHAR(200)"));
            s.execute("UPDATE CHECKLIST_TEMPLATE SET TEMPLATE_KEY = SUBSTR(NAME, 1, 200)");
            s.execute(dialect.ddl("ALTER TABLE CHECKLIST_TEMPLATE ADD COLUMN CREATED_AT TIMESTAMP"));
            s.execute(dialect.ddl("ALTER TABLE CHECKLIST_TEMPLATE ADD COLUMN CREATED_BY VARCHAR(500)"));
            s.execute(dialect.ddl("ALTER TABLE ETHICS_REVIEW ADD COLUMN VERDICTS VARCHAR(4000) DEFAULT '' NOT NULL"));
            s.execute(dialect.ddl("ALTER TABLE ETHICS_REVIEW ADD COLUMN PASSED BOOLEAN DEFAULT TRUE NOT NULL"));
            s.execute(dialect.ddl("ALTER TABLE ETHICS_REVIEW ADD COLUMN JUDGED INT DEFAULT 0 NOT NULL"));
            long next = 1;
            try (ResultSet max = s.executeQuery("SELECT MAX(ID) FROM ETHICS_REVIEW")) {
                if (max.next()) {
                    next = max.getLong(1) + 1;
                }
            }
            s.execute("CREATE SEQUENCE ETHICS_REVIEW_ID AS BIGINT START WITH " + next);
            s.execute("CREATE INDEX ITEM_VERDICT_ITEM ON ITEM_VERDICT (VERDICT, ITEM_CODE)");
            s.execute("CREATE INDEX ETHICS_REVIEW_TIME ON ETHICS_REVIEW (REVIEWED_AT)");
        }
    }
}
