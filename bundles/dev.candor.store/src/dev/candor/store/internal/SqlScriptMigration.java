package dev.candor.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A migration written as {@code db/V<n>__<name>.sql}: statements separated by ';' at line end. */
final class SqlScriptMigration implements Migration {

    private final int version;
    private final String description;
    private final String resource;

    SqlScriptMigration(int version, String name) {
        this.version = version;
        this.description = name.replace('_', ' ');
        this.resource = "db/V" + version + "__" + name + ".sql";
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read())) {
                statement.execute(dialect.ddl(sql));
            }
        }
    }

    private String read() {
        try (InputStream in = SqlScriptMigration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a script: separated by ';' at a line's end, '--' lines left out. */
    static java.util.List<String> statements(String script) {
        java.util.List<String> result = new java.util.ArrayList<>();
        for (String sql : script.split(";\\s*\\n")) {
            String body = stripComments(sql);
            if (body.endsWith(";")) { //$NON-NLS-1$
                body = body.substring(0, body.length() - 1).strip();
            }
            if (!body.isBlank()) {
                result.add(body);
            }
        }
        return result;
    }

    private static String stripComments(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                out.append(line).append('\n');
            }
        }
        return out.toString().strip();
    }
}
