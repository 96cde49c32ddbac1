package org.corroborate.output;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.corroborate.model.Analysis;

/** The renderings of an analysis that {@code analyze --format} offers. */
public enum Format {
    TEXT("text", "txt", TextReport::render),
    JSON("json", "json", Json::write),
    MARKDOWN("markdown", "md", MarkdownReport::render),
    HTML("html", "html", HtmlReport::render);

    private final String name;
    private final String extension;
    private final Function<Analysis, String> renderer;

    Format(String name, String extension, Function<Analysis, String> renderer) {
        this.name = name;
        this.extension = extension;
        this.renderer = renderer;
    }

    public static Optional<Format> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(name)).findFirst();
    }

    public String extension() {
        return extension;
    }

    public String render(Analysis analysis) {
        return renderer.apply(analysis);
    }
}
