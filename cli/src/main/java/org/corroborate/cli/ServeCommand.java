package org.corroborate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corroborate.server.ServerConfig;
import org.corroborate.server.StoryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code corroborate serve}: the live story desk (REST API, web UI, event stream) on this machine. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the live story desk: REST API, web UI and a durable store (SQLite by default).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "folder for the store, the search index and the access token (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Option(names = "--db", paramLabel = "URL",
            description = "postgresql://user:password@host:port/database instead of the embedded SQLite store")
    String db;

    @Option(names = "--load", paramLabel = "PATH", description = "files or folders to ingest at start (repeatable)")
    List<Path> load = new ArrayList<>();

    @Option(names = "--examples", description = "ingest the bundled examples/ folder at start")
    boolean examples;

    @Option(names = "--watch", paramLabel = "DIR", description = "ingest files that appear in DIR (repeatable)")
    List<Path> watch = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "RSS or Atom feed to poll (repeatable; none by default)")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--feed-minutes", paramLabel = "N", defaultValue = "10",
            description = "minutes between feed polls (default: ${DEFAULT-VALUE})")
    long feedMinutes;

    @Option(names = "--max-request-bytes", paramLabel = "BYTES", defaultValue = "10485760",
            description = "largest request body accepted (default: ${DEFAULT-VALUE})")
    long maxRequestBytes;

    @Override
    public Integer call() throws InterruptedException {
        List<Path> toLoad = new ArrayList<>(load);
        if (examples) {
            toLoad.add(Path.of("examples"));
        }
        for (Path p : toLoad) {
            if (!Files.exists(p)) {
                throw new ParameterException(spec.commandLine(), p + ": no such file or folder");
            }
        }
        ServerConfig.Builder config;
        try {
            config = ServerConfig.builder().dataDir(data).host(host).port(port).database(db)
                    .maxRequestBytes(maxRequestBytes).feedInterval(Duration.ofMinutes(feedMinutes));
            toLoad.forEach(config::load);
            watch.forEach(config::watch);
            feeds.forEach(config::feed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        StoryServer server = StoryServer.start(config.build(), System.err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
