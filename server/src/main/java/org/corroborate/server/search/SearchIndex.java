package org.corroborate.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.jsoup.Jsoup;

/**
 * Full-text index of the stored articles (title and body), kept on disk next to the store.
 *
 * <p>Implementation notes: the index is derived data; the store is the record. Additions become visible through a
 * near-real-time reader: user searches and counts refresh it first, the desk once per update ({@link #refresh}),
 * since reopening per candidate query under a stream of additions would flush a tiny segment each time. They are
 * committed
 * to disk only every {@link #COMMIT_INTERVAL_MS} ms and at close, so a burst of requests costs one fsync, not one
 * each. What a crash loses is at most that last interval: {@link #rebuild} recreates the index when its article
 * count disagrees with the store's.
 * Candidate stories for a new article are found with a "shared rare terms" query: the article's distinct
 * analyzed terms are ranked by document frequency in the index (rarest first, as in IDF weighting; terms that
 * occur in more than {@code maxShare} of the documents say nothing about the event) and the rarest
 * {@code CANDIDATE_TERMS} are OR-ed with a minimum of {@code MIN_SHARED} matches.
 */
public final class SearchIndex implements AutoCloseable {
    static final int CANDIDATE_TERMS = 16;
    static final int MIN_SHARED = 3;
    static final long COMMIT_INTERVAL_MS = 1000;
    private static final double MAX_SHARE = 0.2;
    // in a small index every shared word is "common" by share alone: below this many documents, none is dropped
    private static final int MIN_COMMON = 10;
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String BODY = "body";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService committer;

    public SearchIndex(Path folder) {
        try {
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("search index: cannot open " + folder, e);
        }
        committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(this::commitQuietly, COMMIT_INTERVAL_MS, COMMIT_INTERVAL_MS,
                TimeUnit.MILLISECONDS);
    }

    private void commitQuietly() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            // a scheduled task that throws is never run again; the next tick or close() retries the commit, and a
            // lost commit only means a rebuild from the store at the next start
        }
    }

    /** The text the index and the candidate query see: HTML is reduced to its text, never interpreted further. */
    public static String plainText(Document d) {
        return d.format() == DocumentFormat.HTML ? Jsoup.parse(d.content()).text() : d.content();
    }

    /** Adds documents (replacing any with the same id); searchable at once, on disk within the commit interval. */
    public synchronized void add(List<Document> documents) {
        try {
            for (Document d : documents) {
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new StringField(ID, d.id(), Field.Store.YES));
                doc.add(new TextField(TITLE, d.given().title() == null ? "" : d.given().title(), Field.Store.NO));
                doc.add(new TextField(BODY, plainText(d), Field.Store.NO));
                writer.updateDocument(new Term(ID, d.id()), doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index: cannot add documents", e);
        }
    }

    /** Empties the index, adds {@code documents} and commits. */
    public synchronized void rebuild(List<Document> documents) {
        try {
            writer.deleteAll();
            add(documents);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("search index: cannot rebuild", e);
        }
    }

    /** Makes everything added so far visible to {@link #similar}. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("search index: cannot refresh", e);
        }
    }

    public int count() {
        refresh();
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * Ids of indexed articles sharing at least {@link #MIN_SHARED} of the rarest terms of {@code d} (excluding
     * {@code d} itself), best first, as of the last {@link #refresh}.
     */
    public List<String> similar(Document d, int limit) {
        return withSearcher(s -> {
            int docs = Math.max(1, s.getIndexReader().numDocs());
            Map<String, Integer> frequency = new LinkedHashMap<>();
            for (String term : terms(d.given().title() + "\n" + plainText(d))) {
                int df = s.getIndexReader().docFreq(new Term(BODY, term));
                // df counts d itself once it is indexed: a term only d has cannot link it to anything
                if (df >= 2 && df <= Math.max(MIN_COMMON, MAX_SHARE * docs)) {
                    frequency.put(term, df);
                }
            }
            List<String> rare = frequency.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .limit(CANDIDATE_TERMS).map(Map.Entry::getKey).toList();
            if (rare.size() < MIN_SHARED) {
                return List.of();
            }
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            rare.forEach(t -> q.add(new TermQuery(new Term(BODY, t)), BooleanClause.Occur.SHOULD));
            q.setMinimumNumberShouldMatch(MIN_SHARED);
            return ids(s, q.build(), limit + 1).stream().filter(id -> !id.equals(d.id())).limit(limit).toList();
        });
    }

    /** Ids of articles matching a user query (Lucene syntax; taken as plain words when it does not parse). */
    public List<String> search(String query, int limit) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer,
                Map.of(TITLE, 2f, BODY, 1f));
        Query q;
        try {
            q = parser.parse(query);
        } catch (ParseException e) {
            try {
                q = parser.parse(QueryParser.escape(query));
            } catch (ParseException again) {
                return List.of();
            }
        }
        Query parsed = q;
        refresh();
        return withSearcher(s -> ids(s, parsed, limit));
    }

    private static List<String> ids(IndexSearcher s, Query q, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        ScoreDoc[] hits = s.search(q, limit).scoreDocs;
        // equal scores fall back to index order, which is arrival order: deterministic
        for (ScoreDoc hit : hits) {
            out.add(s.storedFields().document(hit.doc).get(ID));
        }
        return out;
    }

    private Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private interface SearcherTask<T> {
        T run(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherTask<T> task) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return task.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index: query failed", e);
        }
    }

    @Override
    public synchronized void close() {
        // not shutdownNow: interrupting a commit in progress closes Lucene's file channels, the write lock's too,
        // and close then fails with "FileLock invalidated by an external force"
        committer.shutdown();
        try {
            committer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("search index: cannot close", e);
        }
    }
}
