// Runs Neo4j Community (embedded, from the Maven Central jars) with its Bolt connector, for `npm start` and tests.
// Started by local-neo4j.ts as `java -cp '<lib>/*' Launcher.java --home DIR --host H --port P ...`.
// Protocol with the parent: `ATLAS-NEO4J-AUTH <outcome>` once the user's password is in place, one line
// `ATLAS-NEO4J-READY <version>` on stdout once Bolt accepts connections, `ATLAS-NEO4J-ERROR <code> <message>` before a
// failed exit. When stdin closes (the parent died or let go) the database shuts down cleanly, so no Java process
// outlives the Node process that started it.
//
// Auth is always on: the password is read from --auth-password-file (never from the command line, which every local
// user can read in `ps`). `--auth off` exists only so a test can recreate a home as the launcher made it before auth.
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;

public final class Launcher {
    private static final String DEFAULT_USER = "neo4j";
    private static final String DEFAULT_PASSWORD = "neo4j";
    private static volatile DatabaseManagementService service;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path home = Path.of(required(opts, "home")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        long pageCache = parseBytes(opts.getOrDefault("pagecache", "256m"));
        long txMemory = parseBytes(opts.getOrDefault("tx-memory", "512m"));
        long txTimeoutSeconds = Long.parseLong(opts.getOrDefault("tx-timeout-seconds", "60"));
        boolean auth = !"off".equals(opts.get("auth"));
        String authUser = opts.getOrDefault("auth-user", DEFAULT_USER);
        boolean resetPassword = "true".equals(opts.get("reset-password"));
        String password = null;
        if (auth) {
            password = readPassword(opts.get("auth-password-file"));
            if (password == null) {
                return;
            }
        }
        Files.createDirectories(home);

        Path initialPasswordFile = null;
        try {
            if (auth && DEFAULT_USER.equals(authUser)) {
                initialPasswordFile = writeInitialPassword(home, password);
            }
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    // Anything else that would listen (none in Community embedded today) binds here too.
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(host))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    // Neo4j locks a user for 5 s after 3 failed logins, even against the right password: any web
                    // page (through the Bolt port's WebSocket) could keep the atlas locked out. The lock buys nothing
                    // against a 192-bit random password, so it is off.
                    .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                    // Bolt waits 5 s per connector for idle connections at shutdown by default; a local
                    // development server has none worth waiting for, and Ctrl-C should be quick.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    .build();
        } catch (RuntimeException e) {
            fail(classify(e), rootMessage(e));
            return;
        } finally {
            // The file holds a hash of the password and matters only while the system database starts.
            if (initialPasswordFile != null) {
                Files.deleteIfExists(initialPasswordFile);
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "atlas-neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            fail("NOT_AVAILABLE", "database did not become available within 2 minutes");
            return;
        }
        if (auth) {
            String outcome = ensurePassword(authUser, password, resetPassword);
            if (outcome == null) {
                return;
            }
            System.out.println("ATLAS-NEO4J-AUTH " + outcome);
        }
        if (!waitForBolt(host, port, Duration.ofSeconds(60))) {
            fail("BOLT_NOT_LISTENING", "Bolt did not accept connections on " + host + ":" + port);
            return;
        }
        System.out.println("ATLAS-NEO4J-READY " + Version.getNeo4jVersion());
        System.out.flush();
        waitForStdinToClose();
        System.exit(0);
    }

    private static String readPassword(String file) throws IOException {
        if (file == null) {
            fail("BAD_ARGUMENTS", "missing --auth-password-file (or --auth off)");
            return null;
        }
        String password = Files.readString(Path.of(file)).strip();
        if (password.length() < 8) {
            fail("BAD_PASSWORD", "the password in " + file + " is shorter than the 8 characters Neo4j requires");
            return null;
        }
        return password;
    }

    /**
     * Neo4j's own `neo4j-admin dbms set-initial-password` mechanism: an auth.ini in the auth store that the system
     * database applies while it starts, before Bolt listens. A new home gets the password as its initial one; an
     * existing home gets it only while `neo4j` is its only user and still has the default password `neo4j` (homes
     * made with auth off). So Bolt never offers `neo4j`/`neo4j`, short of a home where someone added users beside a
     * default `neo4j`: ensurePassword replaces that default right after the start.
     */
    private static Path writeInitialPassword(Path home, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        FileUserRepository repository = new FileUserRepository(
                new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        repository.start();
        try {
            SystemGraphCredential credential =
                    SystemGraphCredential.createCredentialForPassword(UTF8.encode(password), new SecureHasher());
            repository.create(new User(DEFAULT_USER, null, credential, false, false));
        } finally {
            repository.shutdown();
        }
        return file;
    }

    /**
     * Makes the user's password the one from the file, through embedded access (which needs no password). Cases the
     * initial password could not cover: no user at all, or other users beside a default `neo4j`. A password that is
     * neither ours nor the default is only replaced on request (--reset-password true): the parent then knows that
     * its password file went missing or was edited, and says so instead of silently taking the home over.
     * Returns what was done, or null after reporting PASSWORD_MISMATCH.
     */
    private static String ensurePassword(String user, String password, boolean reset) throws Exception {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        String state;
        try (Transaction tx = system.beginTx()) {
            Node node = tx.findNode(Label.label("User"), "name", user);
            if (node == null) {
                state = "MISSING";
            } else {
                SystemGraphCredential stored = SystemGraphCredential.deserialize(
                        String.valueOf(node.getProperty("credentials")), new SecureHasher());
                boolean changeRequired = Boolean.TRUE.equals(node.getProperty("passwordChangeRequired", false));
                if (stored.matchesPassword(UTF8.encode(password))) {
                    state = changeRequired ? "CHANGE_REQUIRED" : "MATCHES";
                } else if (stored.matchesPassword(UTF8.encode(DEFAULT_PASSWORD))) {
                    state = "DEFAULT";
                } else {
                    state = "OTHER";
                }
            }
        }
        Map<String, Object> params = Map.of("user", user, "password", password);
        switch (state) {
            case "MATCHES":
                return "IN_PLACE";
            case "MISSING":
                system.executeTransactionally(
                        "CREATE USER $user IF NOT EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
                return "CREATED";
            case "CHANGE_REQUIRED":
                system.executeTransactionally("ALTER USER $user SET PASSWORD CHANGE NOT REQUIRED", Map.of("user", user));
                return "IN_PLACE";
            case "DEFAULT":
                system.executeTransactionally(
                        "ALTER USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
                return "SET";
            default:
                if (reset) {
                    system.executeTransactionally(
                            "ALTER USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
                    return "RESET";
                }
                fail("PASSWORD_MISMATCH", "user " + user + " has a password other than the one in the password file");
                return null;
        }
    }

    private static void shutdown() {
        DatabaseManagementService s = service;
        if (s != null) {
            service = null;
            s.shutdown();
            System.out.println("ATLAS-NEO4J-STOPPED");
            System.out.flush();
        }
    }

    private static void waitForStdinToClose() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone: shut down like on EOF.
        }
    }

    private static boolean waitForBolt(String host, int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1000);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    private static String classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Address already in use") || t instanceof java.net.BindException) {
                return "PORT_IN_USE";
            }
            if (m.contains("lock") && (m.contains("store") || m.contains("Lock"))) {
                return "STORE_LOCKED";
            }
        }
        return "START_FAILED";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder chain = new StringBuilder(String.valueOf(e.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            chain.append(" <- ").append(t.getMessage());
        }
        return chain.toString().replace('\n', ' ');
    }

    private static void fail(String code, String message) {
        System.out.println("ATLAS-NEO4J-ERROR " + code + " " + message);
        System.out.flush();
        shutdown();
        System.exit(2);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }

    private static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        if (t.endsWith("g")) {
            unit = 1L << 30;
        } else if (t.endsWith("m")) {
            unit = 1L << 20;
        } else if (t.endsWith("k")) {
            unit = 1L << 10;
        }
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        return Long.parseLong(digits) * unit;
    }
}
