package org.corroborate.flink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.ingest.Ingestor;
import org.corroborate.model.Document;
import org.corroborate.output.Json;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** An embedded single-node KRaft broker with what the job's tests and benchmark need around it. */
final class KafkaHarness implements AutoCloseable {
    private final EmbeddedKafkaKraftBroker broker;

    KafkaHarness() {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(Map.of(
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "offsets.topic.replication.factor", "1",
                "group.initial.rebalance.delay.ms", "0",
                "log.flush.interval.messages", "1000000"));
        broker.afterPropertiesSet();
    }

    String servers() {
        return broker.getBrokersAsString();
    }

    void createTopics(String... topics) {
        broker.addTopics(topics);
    }

    /**
     * The documents of {@code paths} as ingest reads them, as input records: one JSON object each with the JSON
     * Lines fields ({@code page} for a scraped text page), so the job sees exactly what {@code analyze} sees.
     */
    static List<String> records(List<Path> paths) {
        List<String> out = new ArrayList<>();
        Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT);
        for (Path p : paths) {
            ingestor.read(p, d -> out.add(record(d)), e -> {
                throw new IllegalStateException(e.source() + ": " + e.reason());
            });
        }
        return out;
    }

    static String record(Document d) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", d.id());
        o.put("url", d.given().url());
        o.put("outlet", d.given().outlet());
        o.put("title", d.given().title());
        o.put("published", d.given().published());
        o.putPOJO("authors", d.given().authors());
        o.put(switch (d.format()) {
            case TEXT -> "page";
            case HTML -> "html";
            case BODY -> "text";
        }, d.content());
        return o.toString();
    }

    void produce(String topic, List<String> values) {
        Properties p = new Properties();
        p.put("bootstrap.servers", servers());
        p.put("key.serializer", ByteArraySerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            for (String v : values) {
                producer.send(new ProducerRecord<>(topic, 0, null, v.getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    /** Every committed record of {@code topic} (read_committed), in order, as (key, value) pairs. */
    List<Map.Entry<String, String>> readCommitted(String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", servers());
        p.put("isolation.level", "read_committed");
        p.put("key.deserializer", ByteArrayDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        List<Map.Entry<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            while (consumer.position(tp) < end) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(new java.util.AbstractMap.SimpleEntry<>(new String(r.key(), StandardCharsets.UTF_8),
                            r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    /** The last value per key (a compacted view), deleted keys dropped. */
    static Map<String, String> latest(List<Map.Entry<String, String>> records) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> r : records) {
            if (r.getValue() == null) {
                out.remove(r.getKey());
            } else {
                out.put(r.getKey(), r.getValue());
            }
        }
        return out;
    }

    /** Keys whose value was written twice in a row: a redelivered output (the job emits only on change). */
    static List<String> repeats(List<Map.Entry<String, String>> records) {
        Map<String, String> last = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> r : records) {
            if (last.containsKey(r.getKey()) && java.util.Objects.equals(last.get(r.getKey()), r.getValue())) {
                out.add(r.getKey());
            }
            last.put(r.getKey(), r.getValue());
        }
        return out;
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
