package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.Engine;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.model.Analysis;
import org.corroborate.output.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code corroborate analyze}: reads files and folders, analyzes them together, writes the result. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyze articles (text, HTML, JSON Lines, RSS/Atom, WARC; files or folders) together.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all inputs were read", "1:some inputs were rejected (the rest are analyzed)",
                "2:usage error"})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown or html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "write analysis.<ext> into DIR instead of standard output")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--max-document-bytes", paramLabel = "BYTES",
            description = "largest document accepted (default: ${DEFAULT-VALUE})", defaultValue = "20971520")
    long maxDocumentBytes;

    @Option(names = "--max-archive-bytes", paramLabel = "BYTES",
            description = "most bytes decompressed from one gzip file (default: ${DEFAULT-VALUE})",
            defaultValue = "2147483648")
    long maxArchiveBytes;

    @Option(names = "--max-feed-items", paramLabel = "N", description = "most items read from one feed "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "10000")
    int maxFeedItems;

    @Option(names = "--max-line-bytes", paramLabel = "BYTES", description = "longest JSON Lines line "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "67108864")
    long maxLineBytes;

    @Option(names = "--max-nesting-depth", paramLabel = "N", description = "deepest nesting of a JSON Lines value or"
            + " of feed XML elements (default: ${DEFAULT-VALUE})", defaultValue = "256")
    int maxNestingDepth;

    @Option(names = {"-v", "--verbose"}, description = "also say which files a folder scan skipped and why")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (read recursively)")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Format fmt = Format.named(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--format: unknown format '" + format + "' (expected text, json, markdown or html)"));
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new ParameterException(spec.commandLine(), p + ": no such file or folder");
            }
        }
        IngestLimits limits;
        try {
            limits = new IngestLimits(maxDocumentBytes, maxArchiveBytes, maxFeedItems, maxLineBytes,
                    maxNestingDepth);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Engine.Builder builder = Engine.builder().limits(limits);
        if (threads != null) {
            builder.threads(threads);
        }
        PrintStream err = System.err;
        Progress progress = Progress.forStderr();
        Analysis analysis = builder.build().analyzePaths(paths,
                e -> err.println("corroborate: " + e.source() + ": " + e.reason()),
                note -> {
                    if (verbose) {
                        err.println("corroborate: " + note);
                    }
                }, progress);
        progress.done();
        String rendered = fmt.render(analysis);
        if (out != null) {
            Files.createDirectories(out);
            Path file = out.resolve("analysis." + fmt.extension());
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
            err.println("corroborate: wrote " + file);
        } else {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            w.print(rendered);
            w.flush();
        }
        return analysis.errors().isEmpty() ? 0 : 1;
    }
}
