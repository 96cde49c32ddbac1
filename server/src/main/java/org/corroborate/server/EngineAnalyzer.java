package org.corroborate.server;

import java.util.List;
import org.corroborate.Engine;
import org.corroborate.ProgressListener;
import org.corroborate.model.Analysis;
import org.corroborate.model.Document;

/** The desk's analyzer in production: the full pipeline of {@link Engine}. */
public final class EngineAnalyzer implements DocumentAnalyzer {
    private final Engine engine;

    public EngineAnalyzer(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Analysis analyze(List<Document> documents) {
        return engine.analyze(documents, List.of(), e -> { }, ProgressListener.NONE);
    }
}
