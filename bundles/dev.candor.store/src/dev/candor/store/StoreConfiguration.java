package dev.candor.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is: an embedded database in a folder, or a database
 * served by a Derby Network Server.
 *
 * @since 0.1
 */
public final class StoreConfiguration {

    /** How the database is reached. */
    public enum Mode {
        EMBEDDED, NETWORK
    }

    private final Mode mode;
    private final Path directory;
    private final String host;
    private final int port;
    private final String databaseName;
    private final String user;
    private final String password;

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
        return new StoreConfiguration(Mode.EMBEDDED, Objects.requireNonNull(directory).toAbsolutePath(), null, 0, null,
                "candor", "candor");
    }

    /**
     * A database on a Derby Network Server. {@code databaseName} is the name
     * or path under the server's {@code derby.system.home}.
     */
    public static StoreConfiguration network(String host, int port, String databaseName, String user, String password) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException(dev.candor.store.internal.Messages.Config_NoHost);
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Config_BadPort, port));
        }
        if (databaseName == null || databaseName.isBlank()) {
            throw new IllegalArgumentException(dev.candor.store.internal.Messages.Config_NoDatabase);
        }
        return new StoreConfiguration(Mode.NETWORK, null, host, port, databaseName, user, password);
    }

    /**
     * Parses the form used in preferences and {@code plugin_customization.ini}:
     * a folder path for an embedded database, or
     * {@code //host:port/databaseName} for a network server.
     *
     * @throws IllegalArgumentException with a message that says what is wrong
     */
    public static StoreConfiguration parse(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException(dev.candor.store.internal.Messages.Config_Empty);
        }
        String text = location.strip();
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

    public String getPassword() {
        return password;
    }

    /** The location in the form {@link #parse(String)} reads. */
    public String toLocation() {
        return mode == Mode.EMBEDDED ? directory.toString() : "//" + host + ":" + port + "/" + databaseName;
    }

    @Override
    public String toString() {
        return toLocation();
    }
}
