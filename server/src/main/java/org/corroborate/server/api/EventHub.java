package org.corroborate.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.corroborate.output.Json;
import org.corroborate.server.DeskEvent;

/** The open Server-Sent Events connections, and the desk events sent to each of them. */
public final class EventHub implements AutoCloseable {
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-ping");
        t.setDaemon(true);
        return t;
    });

    public EventHub() {
        // a comment line now and then finds connections whose client went away, and keeps proxies from timing out
        pinger.scheduleAtFixedRate(() -> clients.forEach(c -> c.sendComment("ping")), 15, 15, TimeUnit.SECONDS);
    }

    public void add(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendComment("connected");
    }

    public void publish(DeskEvent event) {
        String data;
        try {
            data = Json.mapper().writer().withoutFeatures(
                    com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.type(), e);
        }
        for (SseClient c : clients) {
            if (c.terminated()) {
                clients.remove(c);
            } else {
                c.sendEvent(event.type(), data);
            }
        }
    }

    public int size() {
        return clients.size();
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        clients.forEach(SseClient::close);
        clients.clear();
    }
}
