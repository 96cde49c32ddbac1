package org.corroborate.flink;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.corroborate.reuse.ReuseDetector;

/**
 * The Corroborate pipeline as a Flink DataStream job: Kafka articles in; stories, claims, reuse relations and
 * input errors out to Kafka (exactly once, through transactions committed on checkpoints) and, when a JDBC URL is
 * given, upserted into a database. Every operator calls the engine's own stage classes.
 *
 * <p>Topology: analyze (stateless: ingest record, clean, segment, extract, candidate keys) → postings keyed by
 * candidate key → pair dedupe → article store (keyed by id) → alignment (keyed by pair) → containment rule
 * (neighbours, pair links, apex, pair output) → reuse; analyzed articles and reuse → stories and claims (one
 * task keeping the engine's story index: each article assigned once, in analyze's order; only the stories that
 * changed are finished again). See docs/scaling.md.
 */
public final class CorroborateJob {
    private CorroborateJob() {}

    public static void main(String[] args) throws Exception {
        JobSettings settings = JobSettings.parse(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        build(env, settings);
        env.execute("corroborate " + settings.inputTopic());
    }

    /** Adds the job to {@code env} (checkpointing included). */
    public static void build(StreamExecutionEnvironment env, JobSettings s) {
        env.enableCheckpointing(s.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        KafkaSourceBuilder<Messages.Input> source = KafkaSource.<Messages.Input>builder()
                .setBootstrapServers(s.bootstrapServers())
                .setTopics(s.inputTopic())
                .setGroupId(s.groupId())
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setProperty("isolation.level", "read_committed")
                .setDeserializer(new InputDeserializer());
        if (s.bounded()) {
            source.setBounded(OffsetsInitializer.latest());
        }
        DataStream<Messages.Input> input = env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "articles")
                .uid("source");

        SingleOutputStreamOperator<Messages.Analyzed> analyzed = input
                .process(new AnalyzeFunction()).uid("analyze").name("clean, extract, keys");
        DataStream<Messages.Output> errors = analyzed.getSideOutput(AnalyzeFunction.ERRORS);

        int maxPosting = ReuseDetector.Settings.DEFAULT.maxPosting();
        SingleOutputStreamOperator<Messages.Fetch> pairs = analyzed
                .flatMap(CorroborateJob::postings).returns(Messages.Posting.class).name("postings")
                .keyBy(p -> p.sentence ? ~p.key : p.key)
                .process(new ReuseStages.Candidates(maxPosting, s.retention())).uid("candidates").name("candidates")
                .keyBy(Messages.Fetch::pair)
                .process(new ReuseStages.PairDedupe(s.retention())).uid("pair-dedupe").name("pair dedupe");
        SingleOutputStreamOperator<Messages.Fetch> filled = analyzed.connect(pairs)
                .keyBy(a -> a.id, f -> f.wanted)
                .process(new ReuseStages.ArticleStore(s.retention())).uid("article-store").name("article store");
        SingleOutputStreamOperator<Messages.Relation> relations = filled.keyBy(Messages.Fetch::pair)
                .process(new ReuseStages.Align()).uid("align").name("align pairs");
        DataStream<Messages.Edge> edges = relations
                .flatMap((Messages.Relation r, Collector<Messages.Edge> out) -> ReuseStages.edges(r).forEach(out::collect))
                .returns(Messages.Edge.class).name("undecided edges");
        DataStream<Messages.Wedge> asks = edges.keyBy(e -> e.apex)
                .process(new ReuseStages.Neighbours()).uid("neighbours").name("neighbours");
        DataStream<Messages.Wedge> answers = relations.connect(asks)
                .keyBy(Messages.Relation::pair, Messages.Wedge::pair)
                .process(new ReuseStages.PairLinks()).uid("pair-links").name("pair links");
        DataStream<Messages.Verdict> verdicts = edges.connect(answers)
                .keyBy(e -> e.apex, w -> w.apex)
                .process(new ReuseStages.Apex()).uid("containment").name("containment rule");
        DataStream<Messages.Output> reuse = relations.connect(verdicts)
                .keyBy(Messages.Relation::pair, v -> Messages.pair(v.merge, v.partner))
                .process(new ReuseStages.PairOutput()).uid("reuse-out").name("reuse");

        // sequential and order-dependent: one key, one task (see StoryStage and docs/scaling.md)
        DataStream<Messages.Output> storiesAndClaims = analyzed.connect(reuse)
                .keyBy(a -> StoryStage.KEY, r -> StoryStage.KEY, TypeInformation.of(Integer.class))
                .process(new StoryStage(s.bounded() ? null : s.checkpointInterval()))
                .uid("stories").name("stories and claims").setParallelism(1).setMaxParallelism(1);

        DataStream<Messages.Output> outputs = storiesAndClaims.union(reuse, errors);
        outputs.sinkTo(kafkaSink(s)).uid("kafka-sink").name("kafka");
        if (s.jdbcUrl() != null) {
            outputs.sinkTo(new UpsertJdbcSink(s.jdbcUrl())).uid("jdbc-sink").name("jdbc");
        }
    }

    private static void postings(Messages.Analyzed a, Collector<Messages.Posting> out) {
        for (long k : a.bands) {
            out.collect(new Messages.Posting(k, false, a.id));
        }
        for (long k : a.sentenceKeys) {
            out.collect(new Messages.Posting(k, true, a.id));
        }
    }

    static KafkaSink<Messages.Output> kafkaSink(JobSettings s) {
        Properties producer = new Properties();
        // below the broker's transaction.max.timeout.ms (15 min by default), above any checkpoint interval
        producer.setProperty("transaction.timeout.ms", "600000");
        return KafkaSink.<Messages.Output>builder()
                .setBootstrapServers(s.bootstrapServers())
                .setKafkaProducerConfig(producer)
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("corroborate-" + s.groupId())
                .setRecordSerializer((KafkaRecordSerializationSchema<Messages.Output>) (o, context, timestamp) ->
                        new ProducerRecord<>(s.topic(o.kind), o.key.getBytes(StandardCharsets.UTF_8),
                                o.value == null ? null : o.value.getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /** Keeps each message's bytes and where it came from (its id when the record has none). */
    static final class InputDeserializer implements KafkaRecordDeserializationSchema<Messages.Input> {
        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Messages.Input> out) {
            Messages.Input in = new Messages.Input();
            in.value = record.value();
            in.timestamp = record.timestamp();
            in.partition = record.partition();
            in.offset = record.offset();
            out.collect(in);
        }

        @Override
        public TypeInformation<Messages.Input> getProducedType() {
            return TypeInformation.of(Messages.Input.class);
        }
    }
}
