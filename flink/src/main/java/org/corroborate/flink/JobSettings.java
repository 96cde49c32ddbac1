package org.corroborate.flink;

import java.io.Serializable;
import java.time.Duration;
import org.corroborate.util.Validate;

/**
 * Settings of one {@link CorroborateJob}; fails fast on bad values, naming the parameter.
 *
 * @param bootstrapServers Kafka brokers
 * @param inputTopic topic of article records (the JSON Lines fields of {@code analyze})
 * @param outputTopicPrefix prefix of the output topics {@code stories}, {@code reuse}, {@code claims}, {@code errors}
 * @param groupId consumer group of the source
 * @param jdbcUrl PostgreSQL (or any database with {@code INSERT ... ON CONFLICT}) for the upsert sink, or null
 * @param checkpointInterval how often state is checkpointed and Kafka transactions commit
 * @param retention how long candidate postings and stored articles are kept (state TTL)
 * @param bounded stop at the input's end offsets at start (tests, benchmarks, backfills)
 */
public record JobSettings(String bootstrapServers, String inputTopic, String outputTopicPrefix, String groupId,
        String jdbcUrl, Duration checkpointInterval, Duration retention, boolean bounded) implements Serializable {
    public JobSettings {
        Validate.isTrue(bootstrapServers != null && !bootstrapServers.isBlank(), "bootstrapServers must be given");
        Validate.isTrue(inputTopic != null && !inputTopic.isBlank(), "inputTopic must be given");
        Validate.notNull(outputTopicPrefix, "outputTopicPrefix");
        Validate.isTrue(groupId != null && !groupId.isBlank(), "groupId must be given");
        Validate.isTrue(checkpointInterval != null && !checkpointInterval.isNegative() && !checkpointInterval.isZero(),
                "checkpointInterval must be positive");
        Validate.isTrue(retention != null && !retention.isNegative() && !retention.isZero(),
                "retention must be positive");
    }

    public String topic(String kind) {
        return outputTopicPrefix + kind;
    }

    /** Reads {@code --name value} arguments; unknown or missing values are errors naming the option. */
    public static JobSettings parse(String[] args) {
        java.util.Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            Validate.isTrue(args[i].startsWith("--") && i + 1 < args.length, "argument " + args[i]
                    + ": expected --option value");
            o.put(args[i].substring(2), args[++i]);
        }
        java.util.Set<String> known = java.util.Set.of("bootstrap-servers", "input-topic", "output-topic-prefix",
                "group-id", "jdbc-url", "checkpoint-seconds", "retention-days", "bounded");
        for (String k : o.keySet()) {
            Validate.isTrue(known.contains(k), "unknown option --" + k + " (known: " + known + ")");
        }
        return new JobSettings(o.get("bootstrap-servers"), o.get("input-topic"),
                o.getOrDefault("output-topic-prefix", "corroborate."), o.getOrDefault("group-id", "corroborate"),
                o.get("jdbc-url"), Duration.ofSeconds(number(o, "checkpoint-seconds", 10)),
                Duration.ofDays(number(o, "retention-days", 3)), Boolean.parseBoolean(o.getOrDefault("bounded", "false")));
    }

    private static long number(java.util.Map<String, String> o, String name, long fallback) {
        String v = o.get(name);
        try {
            return v == null ? fallback : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + ": not a number: " + v, e);
        }
    }
}
