package org.corroborate.server;

import java.util.List;
import org.corroborate.model.Analysis;
import org.corroborate.model.Document;

/** Analyzes a set of documents together; the desk's only view of the engine. */
@FunctionalInterface
public interface DocumentAnalyzer {
    Analysis analyze(List<Document> documents);
}
