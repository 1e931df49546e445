package dev.candor.testing.postgresql;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server for the tests, started from the machine's PostgreSQL binaries
 * (Debian's {@code postgresql} package, which {@code releng/env.sh} installs): a cluster made
 * by initdb in the build folder, listening on a free loopback port only, with SCRAM passwords,
 * stopped when the test JVM ends. Its default collation is Polish (ICU), so a store that sorted
 * by the server's locale instead of by code point would show it.
 *
 * <p>PostgreSQL refuses to run as root; under root the cluster belongs to the {@code postgres}
 * account and its commands run through {@code runuser}.</p>
 *
 * <p>Plain Java (with PostgreSQL's driver), so that OSGi tests, the product tests and the
 * benchmark share it.</p>
 */
public final class PostgreSqlServer {

    /** The cluster's superuser, which creates the roles and databases of the tests. */
    private static final String ADMIN = "candor_admin";
    private static PostgreSqlServer running;

    private final Path bin;
    private final Path data;
    private final Path home;
    private final int port;
    private final boolean asPostgres;
    private final String adminPassword;
    private final Path passwordFile;
    private int databases;

    private PostgreSqlServer(Path bin, Path home, int port, boolean asPostgres, String adminPassword) {
        this.bin = bin;
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
        this.asPostgres = asPostgres;
        this.adminPassword = adminPassword;
        this.passwordFile = home.resolve("pgpass");
    }

    /**
     * The server of this test JVM, started on first use in {@code target/postgresql} of the
     * working directory (a test project's build folder).
     */
    public static synchronized PostgreSqlServer get() throws IOException, InterruptedException {
        if (running == null) {
            PostgreSqlServer server = start(Path.of("target", "postgresql").toAbsolutePath()); // the build folder
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop PostgreSQL")); //$NON-NLS-1$
            running = server;
        }
        return running;
    }

    private static PostgreSqlServer start(Path home) throws IOException, InterruptedException {
        Path bin = binaries();
        deleteTree(home); // a cluster of an earlier run, its server stopped with that run
        Files.createDirectories(home);
        boolean asPostgres = "root".equals(System.getProperty("user.name")); //$NON-NLS-1$ //$NON-NLS-2$
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        PostgreSqlServer server = new PostgreSqlServer(bin, home, freePort(), asPostgres, password);
        server.initdb();
        server.restart();
        server.writePasswordFile();
        return server;
    }

    private void initdb() throws IOException, InterruptedException {
        Path pwfile = home.resolve("admin.pw"); //$NON-NLS-1$
        Files.writeString(pwfile, adminPassword + "\n", StandardCharsets.UTF_8); //$NON-NLS-1$
        handOver(home);
        handOver(pwfile);
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", ADMIN, "--pwfile=" + pwfile, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--locale-provider=icu", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "--icu-locale=pl-PL", "--no-sync")); //$NON-NLS-1$ //$NON-NLS-2$
        Files.delete(pwfile);
    }

    /** Gives a path to the postgres account when the cluster must run as it. */
    private void handOver(Path path) throws IOException {
        if (!asPostgres) {
            return;
        }
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(path, users.lookupPrincipalByName("postgres")); //$NON-NLS-1$
    }

    /**
     * PostgreSQL's password file for the roles the tests create, named to the driver by the
     * system property it reads ({@code org.postgresql.pgpassfile}); nothing else knows a password.
     */
    private void writePasswordFile() throws IOException {
        Files.writeString(passwordFile, "", StandardCharsets.UTF_8); //$NON-NLS-1$
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
        System.setProperty("org.postgresql.pgpassfile", passwordFile.toString()); //$NON-NLS-1$
    }

    private static Path binaries() {
        String configured = System.getenv("CANDOR_POSTGRESQL_BIN"); //$NON-NLS-1$
        if (configured != null && Files.isExecutable(Path.of(configured, "initdb"))) { //$NON-NLS-1$
            return Path.of(configured);
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) { //$NON-NLS-1$
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))) //$NON-NLS-1$ //$NON-NLS-2$
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("PostgreSQL 15 or newer is not installed: releng/env.sh installs Debian's" //$NON-NLS-1$
                    + " postgresql package (or set CANDOR_POSTGRESQL_BIN to its bin folder)", e); //$NON-NLS-1$
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        full.addAll(command);
        Path log = Files.createTempFile("candor-pg", ".log"); //$NON-NLS-1$ //$NON-NLS-2$
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in 2 minutes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String output = Files.readString(log);
        Files.delete(log);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public int port() {
        return port;
    }

    /** The password file this server's roles are in (for a process started by the tests: PGPASSFILE). */
    public Path passwordFile() {
        return passwordFile;
    }

    /** Starts the server again after {@link #stop()} (tests of a server that comes back). */
    public synchronized void restart() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "start", "-w", "-t", "60", "-D", data.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "-l", home.resolve("server.log").toString(), "-o", options())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private String options() {
        return "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=''" //$NON-NLS-1$ //$NON-NLS-2$
                // a throw-away cluster: durability costs time and proves nothing here
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" //$NON-NLS-1$
                + " -c max_connections=300"; //$NON-NLS-1$
    }

    /** Stops the server (tests of a lost server; the end of the JVM). */
    public synchronized void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "stop", "-w", "-m", "fast", "-D", data.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        } catch (IOException | InterruptedException e) {
            System.err.println("could not stop the test PostgreSQL server: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    /** A connection as the cluster's superuser, to the maintenance database. */
    public Connection admin() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", ADMIN); //$NON-NLS-1$
        properties.setProperty("password", adminPassword); //$NON-NLS-1$
        return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A new role that may sign in, with a random password added to the password file, and a new
     * empty database it owns (as an administrator would prepare a team's database). Returns the
     * database's name.
     */
    public synchronized String newDatabase(String role) throws SQLException, IOException {
        String name = "team" + (++databases); //$NON-NLS-1$
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            if (!roleExists(admin, role)) {
                String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
                statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Files.writeString(passwordFile, "127.0.0.1:" + port + ":*:" + role + ":" + password + "\n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            }
            // PostgreSQL 15: the public schema belongs to the database's owner, who creates the tables
            statement.execute("CREATE DATABASE " + name + " OWNER " + role); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return name;
    }

    /**
     * A role that may sign in (its random password added to the password file) and is a member
     * of {@code team}, the role that owns a team's database: it reads and writes the team's
     * tables, as a colleague does.
     */
    public synchronized void newMember(String role, String team) throws SQLException, IOException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            if (roleExists(admin, role)) {
                return;
            }
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "' IN ROLE " + team); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Files.writeString(passwordFile, "127.0.0.1:" + port + ":*:" + role + ":" + password + "\n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** A superuser connection to one database. */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", ADMIN); //$NON-NLS-1$
        properties.setProperty("password", adminPassword); //$NON-NLS-1$
        return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean roleExists(Connection admin, String role) throws SQLException {
        try (var select = admin.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) { //$NON-NLS-1$
            select.setString(1, role);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Drops a database of the tests, its sessions ended first. */
    public void dropDatabase(String name) throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
