// Runs Neo4j Community (embedded, from the Maven Central jars) with its Bolt connector, for `npm start` and tests.
// Started by local-neo4j.ts as `java -cp '<lib>/*' Launcher.java --home DIR --host H --port P ...`.
// Protocol with the parent: one line `ATLAS-NEO4J-READY <version>` on stdout once Bolt accepts connections,
// `ATLAS-NEO4J-ERROR <code> <message>` before a failed exit. When stdin closes (the parent died or let go) the
// database shuts down cleanly, so no Java process outlives the Node process that started it.
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;

public final class Launcher {
    private static volatile DatabaseManagementService service;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path home = Path.of(required(opts, "home")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        long pageCache = parseBytes(opts.getOrDefault("pagecache", "256m"));
        long txMemory = parseBytes(opts.getOrDefault("tx-memory", "512m"));
        long txTimeoutSeconds = Long.parseLong(opts.getOrDefault("tx-timeout-seconds", "60"));
        String authUser = opts.get("auth-user");
        String authPassword = opts.get("auth-password");
        boolean auth = authUser != null && authPassword != null;
        Files.createDirectories(home);

        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    // Bolt waits 5 s per connector for idle connections at shutdown by default; a local
                    // development server has none worth waiting for, and Ctrl-C should be quick.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    .build();
        } catch (RuntimeException e) {
            fail(classify(e), rootMessage(e));
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "atlas-neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            fail("NOT_AVAILABLE", "database did not become available within 2 minutes");
            return;
        }
        if (auth) {
            // Embedded access bypasses auth, so the user can be created before any Bolt client connects.
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "CREATE USER $user IF NOT EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("user", authUser, "password", authPassword));
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
