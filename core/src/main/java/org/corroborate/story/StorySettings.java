package org.corroborate.story;

import java.time.Duration;
import org.corroborate.util.Validate;

/**
 * Settings of story clustering; {@link #builder()} fails fast on bad values, naming the parameter.
 *
 * <p>{@code joinThreshold} and {@code reviveThreshold} are cosines between an article and a story centroid
 * (tf-idf, idf raised to {@code idfExponent}); {@code mergeFloor} is a mean cosine between the articles of two
 * stories. {@code mergeThreshold}, {@code fragmentMergeThreshold} and
 * {@code splitThreshold} are cohesion ratios: the mean similarity across two groups of articles over the mean similarity within them (1 when the
 * groups are alike as halves of one story, near 0 for unrelated stories). Defaults were tuned on the ECB+ dev
 * topics (see docs/benchmarks/stories.md).
 */
public final class StorySettings {
    private final Duration window;
    private final Duration retention;
    private final double joinThreshold;
    private final double reviveThreshold;
    private final double mergeThreshold;
    private final double fragmentMergeThreshold;
    private final double mergeFloor;
    private final double splitThreshold;
    private final int minSplitSize;
    private final float titleWeight;
    private final float leadWeight;
    private final int leadLength;
    private final float nameWeight;
    private final float figureWeight;
    private final float factWeight;
    private final int queryTerms;
    private final int indexTerms;
    private final int centroidTerms;
    private final int memberTerms;
    private final int maxCandidates;
    private final int maxPostings;
    private final double idfExponent;

    private StorySettings(Builder b) {
        this.window = b.window;
        this.retention = b.retention;
        this.joinThreshold = b.joinThreshold;
        this.reviveThreshold = b.reviveThreshold;
        this.mergeThreshold = b.mergeThreshold;
        this.fragmentMergeThreshold = b.fragmentMergeThreshold;
        this.mergeFloor = b.mergeFloor;
        this.splitThreshold = b.splitThreshold;
        this.minSplitSize = b.minSplitSize;
        this.titleWeight = b.titleWeight;
        this.leadWeight = b.leadWeight;
        this.leadLength = b.leadLength;
        this.nameWeight = b.nameWeight;
        this.figureWeight = b.figureWeight;
        this.factWeight = b.factWeight;
        this.queryTerms = b.queryTerms;
        this.indexTerms = b.indexTerms;
        this.centroidTerms = b.centroidTerms;
        this.memberTerms = b.memberTerms;
        this.maxCandidates = b.maxCandidates;
        this.maxPostings = b.maxPostings;
        this.idfExponent = b.idfExponent;
    }

    public static final StorySettings DEFAULT = builder().build();

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.window = window;
        b.retention = retention;
        b.joinThreshold = joinThreshold;
        b.reviveThreshold = reviveThreshold;
        b.mergeThreshold = mergeThreshold;
        b.fragmentMergeThreshold = fragmentMergeThreshold;
        b.mergeFloor = mergeFloor;
        b.splitThreshold = splitThreshold;
        b.minSplitSize = minSplitSize;
        b.titleWeight = titleWeight;
        b.leadWeight = leadWeight;
        b.leadLength = leadLength;
        b.nameWeight = nameWeight;
        b.figureWeight = figureWeight;
        b.factWeight = factWeight;
        b.queryTerms = queryTerms;
        b.indexTerms = indexTerms;
        b.centroidTerms = centroidTerms;
        b.memberTerms = memberTerms;
        b.maxCandidates = maxCandidates;
        b.maxPostings = maxPostings;
        b.idfExponent = idfExponent;
        return b;
    }

    /** How long after its latest article a story stays live (joinable at {@link #joinThreshold()}). */
    public Duration window() {
        return window;
    }

    /** How long after its latest article a faded story can still be revived before it leaves the index. */
    public Duration retention() {
        return retention;
    }

    public double joinThreshold() {
        return joinThreshold;
    }

    /** The similarity a faded story needs to take a new article (and so come back to life). */
    public double reviveThreshold() {
        return reviveThreshold;
    }

    public double mergeThreshold() {
        return mergeThreshold;
    }

    /**
     * The cohesion ratio at which a fragment (a story of fewer than {@link #minSplitSize()} articles) merges with
     * another story. Lower than {@link #mergeThreshold()}: a split never cuts off a half that small, so such a
     * fragment is left over by the order articles came in (opened before its story had gathered enough evidence)
     * rather than found by a split, and merging it cannot undo a split.
     */
    public double fragmentMergeThreshold() {
        return fragmentMergeThreshold;
    }

    /**
     * The lowest mean cosine between the articles of one story and those of another for the two to merge. The
     * cohesion ratio is relative: two loose stories (opinion pieces on one theme, each article about something
     * else) have a low similarity within, so a low similarity across still gives a high ratio; the floor keeps
     * such stories apart, while halves of one event are similar in absolute terms too.
     */
    public double mergeFloor() {
        return mergeFloor;
    }

    public double splitThreshold() {
        return splitThreshold;
    }

    public int minSplitSize() {
        return minSplitSize;
    }

    public float titleWeight() {
        return titleWeight;
    }

    public float leadWeight() {
        return leadWeight;
    }

    /** How many code points of the body count as the lead. */
    public int leadLength() {
        return leadLength;
    }

    public float nameWeight() {
        return nameWeight;
    }

    public float figureWeight() {
        return figureWeight;
    }

    /**
     * Weight of the names and figures an extractor found ({@code ArticleFacts}), on top of the capitalised words
     * and digits read from the text. 0 by default: those already hold the same names and figures, and adding the
     * extractor's again counted them twice (lower B-cubed F1 on ECB+ at every weight tried, see
     * docs/benchmarks/stories.md).
     */
    public float factWeight() {
        return factWeight;
    }

    public int queryTerms() {
        return queryTerms;
    }

    public int indexTerms() {
        return indexTerms;
    }

    public int centroidTerms() {
        return centroidTerms;
    }

    public int memberTerms() {
        return memberTerms;
    }

    public int maxCandidates() {
        return maxCandidates;
    }

    public int maxPostings() {
        return maxPostings;
    }

    /**
     * Power applied to idf: above 1 it favours the rare terms (names, figures, details) that tell two events of
     * the same kind apart over the words they share.
     */
    public double idfExponent() {
        return idfExponent;
    }

    /** Builds {@link StorySettings}; each setter checks its value, {@link #build()} checks how they relate. */
    public static final class Builder {
        private Duration window = Duration.ofDays(3);
        private Duration retention = Duration.ofDays(30);
        private double joinThreshold = 0.15;
        private double reviveThreshold = 0.35;
        private double mergeThreshold = 0.80;
        private double fragmentMergeThreshold = 0.50;
        private double mergeFloor = 0.10;
        private double splitThreshold = 0.70;
        private int minSplitSize = 6;
        private float titleWeight = 2f;
        private float leadWeight = 3f;
        private int leadLength = 400;
        private float nameWeight = 2f;
        private float figureWeight = 2f;
        private float factWeight = 0f;
        private int queryTerms = 12;
        private int indexTerms = 24;
        private int centroidTerms = 256;
        private int memberTerms = 96;
        private int maxCandidates = 24;
        private int maxPostings = 5_000;
        private double idfExponent = 1.0;

        private Builder() {}

        public Builder window(Duration window) {
            Validate.notNull(window, "window");
            Validate.isTrue(!window.isNegative() && !window.isZero(), "window must be positive, was " + window);
            this.window = window;
            return this;
        }

        public Builder retention(Duration retention) {
            Validate.notNull(retention, "retention");
            Validate.isTrue(!retention.isNegative() && !retention.isZero(),
                    "retention must be positive, was " + retention);
            this.retention = retention;
            return this;
        }

        public Builder joinThreshold(double v) {
            this.joinThreshold = Validate.inRange(v, 0, 1, "joinThreshold");
            return this;
        }

        public Builder reviveThreshold(double v) {
            this.reviveThreshold = Validate.inRange(v, 0, 1, "reviveThreshold");
            return this;
        }

        public Builder mergeThreshold(double v) {
            this.mergeThreshold = Validate.inRange(v, 0, 1, "mergeThreshold");
            return this;
        }

        public Builder fragmentMergeThreshold(double v) {
            this.fragmentMergeThreshold = Validate.inRange(v, 0, 1, "fragmentMergeThreshold");
            return this;
        }

        public Builder mergeFloor(double v) {
            this.mergeFloor = Validate.inRange(v, 0, 1, "mergeFloor");
            return this;
        }

        public Builder splitThreshold(double v) {
            this.splitThreshold = Validate.inRange(v, 0, 1, "splitThreshold");
            return this;
        }

        public Builder minSplitSize(int v) {
            this.minSplitSize = Validate.positive(v, "minSplitSize");
            return this;
        }

        public Builder titleWeight(double v) {
            this.titleWeight = (float) Validate.inRange(v, 0, 100, "titleWeight");
            return this;
        }

        public Builder leadWeight(double v) {
            this.leadWeight = (float) Validate.inRange(v, 0, 100, "leadWeight");
            return this;
        }

        public Builder leadLength(int v) {
            Validate.isTrue(v >= 0, "leadLength must be >= 0, was " + v);
            this.leadLength = v;
            return this;
        }

        public Builder nameWeight(double v) {
            this.nameWeight = (float) Validate.inRange(v, 0, 100, "nameWeight");
            return this;
        }

        public Builder factWeight(double v) {
            this.factWeight = (float) Validate.inRange(v, 0, 100, "factWeight");
            return this;
        }

        public Builder figureWeight(double v) {
            this.figureWeight = (float) Validate.inRange(v, 0, 100, "figureWeight");
            return this;
        }

        public Builder queryTerms(int v) {
            this.queryTerms = Validate.positive(v, "queryTerms");
            return this;
        }

        public Builder indexTerms(int v) {
            this.indexTerms = Validate.positive(v, "indexTerms");
            return this;
        }

        public Builder centroidTerms(int v) {
            this.centroidTerms = Validate.positive(v, "centroidTerms");
            return this;
        }

        public Builder memberTerms(int v) {
            this.memberTerms = Validate.positive(v, "memberTerms");
            return this;
        }

        public Builder maxCandidates(int v) {
            this.maxCandidates = Validate.positive(v, "maxCandidates");
            return this;
        }

        public Builder maxPostings(int v) {
            this.maxPostings = Validate.positive(v, "maxPostings");
            return this;
        }

        public Builder idfExponent(double v) {
            this.idfExponent = Validate.inRange(v, 0.5, 4, "idfExponent");
            return this;
        }

        public StorySettings build() {
            Validate.isTrue(retention.compareTo(window) >= 0,
                    "retention (" + retention + ") must be at least window (" + window + ")");
            Validate.isTrue(reviveThreshold >= joinThreshold, "reviveThreshold (" + reviveThreshold
                    + ") must be at least joinThreshold (" + joinThreshold + ")");
            Validate.isTrue(splitThreshold < mergeThreshold, "splitThreshold (" + splitThreshold
                    + ") must be below mergeThreshold (" + mergeThreshold + "), or split stories would merge back");
            Validate.isTrue(fragmentMergeThreshold <= mergeThreshold, "fragmentMergeThreshold ("
                    + fragmentMergeThreshold + ") must be at most mergeThreshold (" + mergeThreshold + ")");
            Validate.isTrue(centroidTerms >= indexTerms, "centroidTerms (" + centroidTerms
                    + ") must be at least indexTerms (" + indexTerms + ")");
            return new StorySettings(this);
        }
    }
}
