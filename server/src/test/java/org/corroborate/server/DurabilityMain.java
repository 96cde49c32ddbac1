package org.corroborate.server;

import java.nio.file.Path;

/** Runs a server in its own process for the crash test: {@code DurabilityMain DATA_DIR}. */
public final class DurabilityMain {
    private DurabilityMain() {}

    public static void main(String[] args) throws InterruptedException {
        StoryServer server = StoryServer.start(ServerConfig.builder().dataDir(Path.of(args[0])).port(0)
                .analyzer(new SimpleAnalyzer()).build(), System.err);
        System.out.println("PORT " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
