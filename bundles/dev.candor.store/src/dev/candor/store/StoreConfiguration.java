package dev.candor.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is: an embedded Derby database in a folder, a database
 * served by a Derby Network Server, or a PostgreSQL database (a team's).
 *
 * @since 0.1
 */
public final class StoreConfiguration {

    /** How the database is reached. */
    public enum Mode {
        EMBEDDED, NETWORK,
        /** A PostgreSQL server; the password comes from PostgreSQL's password file, never from here. */
        POSTGRESQL
    }

    /** The port PostgreSQL listens on unless told otherwise. */
    public static final int POSTGRESQL_PORT = 5432;
    private static final String POSTGRESQL_SCHEME = "postgresql://"; //$NON-NLS-1$

    private final Mode mode;
    private final Path directory;
    private final String host;
    private final int port;
    private final String databaseName;
    private final String user;
    private final String password;
    /** Whether the location names the user (PostgreSQL), so that {@link #toLocation()} gives it back. */
    private boolean userInLocation;
    /** Whether opening may create the database or install Candor's schema in an empty one. */
    private boolean create;

    private StoreConfiguration(Mode mode, Path directory, String host, int port, String databaseName, String user,
            String password) {
        this.mode = mode;
        this.directory = directory;
        this.host = host;
        this.port = port;
        this.databaseName = databaseName;
        this.user = user;
        this.password = password;
    }

    /** An embedded database in {@code directory} (created if missing). */
    public static StoreConfiguration embedded(Path directory) {
        StoreConfiguration configuration = new StoreConfiguration(Mode.EMBEDDED,
                Objects.requireNonNull(directory).toAbsolutePath(), null, 0, null, "candor", "candor");
        configuration.create = true; // one person's database, in an empty or new folder only
        return configuration;
    }

    /**
     * The same database, allowed to be set up: a Derby Network Server creates it if missing,
     * and Candor installs its schema in an empty PostgreSQL database. Setting up a team's
     * database is an administrator's explicit action; a plain server location never creates
     * anything, so a mistyped address cannot start a second, empty team database.
     */
    public StoreConfiguration creating() {
        StoreConfiguration copy = new StoreConfiguration(mode, directory, host, port, databaseName, user, password);
        copy.userInLocation = userInLocation;
        copy.create = true;
        return copy;
    }

    /** Whether opening may create the database (see {@link #creating()}). */
    public boolean isCreating() {
        return create;
    }

    /**
     * A database on a Derby Network Server. {@code databaseName} is the name
     * or path under the server's {@code derby.system.home}.
     */
    public static StoreConfiguration network(String host, int port, String databaseName, String user, String password) {
        checkServer(host, port, databaseName);
        return new StoreConfiguration(Mode.NETWORK, null, host, port, databaseName, user, password);
    }

    /** Refuses a server location without a host, with a port out of range or without a database. */
    private static void checkServer(String host, int port, String databaseName) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException(dev.candor.store.internal.Messages.Config_NoHost);
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Config_BadPort, port));
        }
        if (databaseName == null || databaseName.isBlank()) {
            throw new IllegalArgumentException(dev.candor.store.internal.Messages.Config_NoDatabase);
        }
    }

    /**
     * A database on a PostgreSQL server, signed in to as {@code user} (the operating system's
     * account when {@code null}). The password is looked up by the driver in PostgreSQL's
     * password file ({@code ~/.pgpass}, or the file {@code PGPASSFILE} names); no password is
     * held here.
     */
    public static StoreConfiguration postgresql(String host, int port, String databaseName, String user) {
        checkServer(host, port, databaseName);
        StoreConfiguration configuration = new StoreConfiguration(Mode.POSTGRESQL, null, host, port, databaseName,
                user == null || user.isBlank() ? System.getProperty("user.name") : user, null); //$NON-NLS-1$
        configuration.userInLocation = user != null && !user.isBlank();
        return configuration;
    }

    /**
     * Parses the form used in preferences and {@code plugin_customization.ini}:
     * a folder path for an embedded database, or
     * {@code //host:port/databaseName} for a Derby Network Server, or
     * {@code postgresql://[user@]host[:port]/databaseName} for PostgreSQL.
     *
     * @throws IllegalArgumentException with a message that says what is wrong
     */
    public static StoreConfiguration parse(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException(dev.candor.store.internal.Messages.Config_Empty);
        }
        String text = location.strip();
        if (text.regionMatches(true, 0, POSTGRESQL_SCHEME, 0, POSTGRESQL_SCHEME.length())) {
            return parsePostgresql(text);
        }
        if (!text.startsWith("//")) {
            try {
                return embedded(Path.of(text));
            } catch (java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Config_BadFolder, text, e.getReason()));
            }
        }
        int slash = text.indexOf('/', 2);
        if (slash < 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Config_NoDatabaseName, text));
        }
        String authority = text.substring(2, slash);
        int colon = authority.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Config_NoPort, text));
        }
        int port;
        try {
            port = Integer.parseInt(authority.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Config_NotAPort, authority.substring(colon + 1)));
        }
        return network(authority.substring(0, colon), port, text.substring(slash + 1), "candor", "candor");
    }

    private static StoreConfiguration parsePostgresql(String text) {
        int start = POSTGRESQL_SCHEME.length();
        int slash = text.indexOf('/', start);
        if (slash < 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Config_NoDatabaseName, text));
        }
        String authority = text.substring(start, slash);
        String database = text.substring(slash + 1);
        if (database.contains("/") || database.contains("?")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Config_BadDatabaseName, text));
        }
        String user = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            user = authority.substring(0, at);
            authority = authority.substring(at + 1);
            if (user.isBlank() || user.contains(":")) { //$NON-NLS-1$
                // a password in the address would end up in preferences and logs
                String masked = text.substring(0, start) + user.replaceFirst(":.*", ":***") + "@" + authority //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + text.substring(slash);
                throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Config_PasswordInAddress, masked));
            }
        }
        int port = POSTGRESQL_PORT;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0) {
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Config_NotAPort, authority.substring(colon + 1)));
            }
            authority = authority.substring(0, colon);
        }
        return postgresql(authority, port, database, user);
    }

    public Mode getMode() {
        return mode;
    }

    /** The folder of an embedded database, or {@code null}. */
    public Path getDirectory() {
        return directory;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getDatabaseName() {
        return databaseName;
    }

    public String getUser() {
        return user;
    }

    /** The password, or {@code null} where the driver finds it itself (PostgreSQL's password file). */
    public String getPassword() {
        return password;
    }

    /** The location in the form {@link #parse(String)} reads. */
    public String toLocation() {
        return switch (mode) {
            case EMBEDDED -> directory.toString();
            case NETWORK -> "//" + host + ":" + port + "/" + databaseName; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case POSTGRESQL -> POSTGRESQL_SCHEME + (userInLocation ? user + "@" : "") + host + ":" + port + "/" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + databaseName;
        };
    }

    @Override
    public String toString() {
        return toLocation();
    }
}
