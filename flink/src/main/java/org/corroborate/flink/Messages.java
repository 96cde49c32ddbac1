package org.corroborate.flink;

/**
 * What flows between the job's operators. Flink POJOs (public fields, no-argument constructors) so that Flink
 * serializes them itself; the engine's model records travel inside them as JSON (output format v1), never
 * through Kryo.
 */
public final class Messages {
    private Messages() {}

    /** The order of arrival of one article part: Kafka timestamp, partition, offset, part index. */
    static String order(long timestamp, int partition, long offset, int part) {
        return String.format("%020d:%010d:%020d:%05d", timestamp, partition, offset, part);
    }

    /**
     * The position of an article in {@link org.corroborate.Engine#arrivalOrder}, as a string that sorts so:
     * dated articles by their publication date (compared as the engine compares them, as strings), then undated
     * ones, each in input order ({@code order}).
     */
    static String arrival(String published, String order) {
        return published == null ? "1" + order : "0" + published + "\u0000" + order;
    }

    /** The key of an unordered pair of article ids. */
    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** One message read from the input topic. */
    public static class Input {
        public byte[] value;
        public long timestamp;
        public int partition;
        public long offset;

        public Input() {}
    }

    /** One article after cleaning, segmentation and extraction. */
    public static class Analyzed {
        public String id;
        /** Arrival order ({@link Messages#order}). */
        public String order;
        public String article;
        public String facts;
        /** Position in the engine's arrival order ({@link Messages#arrival}). */
        public String arrival;
        /** The article's story terms ({@code ArticleTerms} as JSON), read once, in the parallel stage. */
        public String terms;
        public long[] bands;
        public long[] sentenceKeys;

        public Analyzed() {}
    }

    /** An article id filed under one candidate key (a band key, or a sentence key when {@code sentence}). */
    public static class Posting {
        public long key;
        public boolean sentence;
        public String id;

        public Posting() {}

        Posting(long key, boolean sentence, String id) {
            this.key = key;
            this.sentence = sentence;
            this.id = id;
        }
    }

    /** A request for one article of a candidate pair ({@code first} < {@code second}). */
    public static class Fetch {
        public String first;
        public String second;
        /** The article wanted: {@code first} or {@code second}. */
        public String wanted;
        /** The wanted article's JSON, once the article store has filled it in. */
        public String article;

        public Fetch() {}

        Fetch(String first, String second, String wanted) {
            this.first = first;
            this.second = second;
            this.wanted = wanted;
        }

        String pair() {
            return Messages.pair(first, second);
        }
    }

    /** A related pair ({@link org.corroborate.reuse.ReuseDetector.PairRelation} as JSON). */
    public static class Relation {
        public String first;
        public String second;
        public boolean directionKnown;
        public int[] firstSentences;
        public int[] secondSentences;
        public String json;

        public Relation() {}

        String pair() {
            return Messages.pair(first, second);
        }
    }

    /** A relation of unknown direction seen from one end ({@code apex}) with the apex's aligned sentences. */
    public static class Edge {
        public String apex;
        public String partner;
        public int[] sentences;

        public Edge() {}

        Edge(String apex, String partner, int[] sentences) {
            this.apex = apex;
            this.partner = partner;
            this.sentences = sentences;
        }
    }

    /** Whether two partners {@code b}, {@code c} of {@code apex} are related (asked, then answered). */
    public static class Wedge {
        public String apex;
        public String b;
        public String c;
        public boolean related;

        public Wedge() {}

        Wedge(String apex, String b, String c, boolean related) {
            this.apex = apex;
            this.b = b;
            this.c = c;
            this.related = related;
        }

        String pair() {
            return Messages.pair(b, c);
        }
    }

    /** The containment rule's verdict at {@code merge} on its relation with {@code partner}. */
    public static class Verdict {
        public String merge;
        public String partner;
        public boolean contained;

        public Verdict() {}

        Verdict(String merge, String partner, boolean contained) {
            this.merge = merge;
            this.partner = partner;
            this.contained = contained;
        }
    }

    /** A record for an output topic and table: {@code value} null deletes {@code key}. */
    public static class Output {
        /** stories, reuse, claims or errors. */
        public String kind;
        public String key;
        public String value;

        public Output() {}

        Output(String kind, String key, String value) {
            this.kind = kind;
            this.key = key;
            this.value = value;
        }
    }
}
