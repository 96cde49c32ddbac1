package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.eval.SharedData;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.InputError;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {
    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void foldersAreReadRecursivelyInNameOrder() throws IOException {
        write("b.txt", "Bravo story.");
        write("a/z.txt", "Zulu story.");
        write("a/m/k.txt", "Kilo story.");
        write("A.txt", "Upper-case alpha story.");
        write("c.html", "<p>Charlie page.</p>");
        Ingested r = Ingested.read(dir);
        assertThat(r.errors).isEmpty();
        assertThat(r.documents).extracting(Document::source).containsExactly(
                dir.resolve("A.txt").toString(), dir.resolve("a/m/k.txt").toString(),
                dir.resolve("a/z.txt").toString(), dir.resolve("b.txt").toString(), dir.resolve("c.html").toString());
        assertThat(Ingested.read(dir).documents).isEqualTo(r.documents);
    }

    @Test
    void documentationHiddenAndNonArticleFilesAreSkippedWithANote() throws IOException {
        write("story.txt", "The story.");
        Path readme = write("README.md", "# About these files");
        Path license = write("LICENSE", "Some licence text.");
        Path table = write("figures.csv", "a,b\n1,2\n");
        Path hidden = write(".cache/old.txt", "Hidden story.");
        Path dotfile = write(".DS_Store", "x");
        Ingested r = Ingested.read(dir);
        assertThat(r.ids()).containsExactly("story.txt");
        assertThat(r.errors).isEmpty();
        assertThat(r.skipped).containsExactly(
                dir.resolve(".DS_Store") + ": skipped (hidden)",
                dir.resolve(".cache") + ": skipped (hidden)",
                license + ": skipped (documentation file)",
                readme + ": skipped (documentation file)",
                table + ": skipped (.csv is not an article format)");
        assertThat(hidden).exists();
        assertThat(dotfile).exists();
        // Named explicitly, a file is read whatever its name.
        assertThat(Ingested.read(readme).only().content()).isEqualTo("# About these files");
    }

    @Test
    void duplicateIdsGetDeterministicSuffixes() throws IOException {
        Path one = write("one/index.html", "<p>First.</p>");
        Path two = write("two/index.html", "<p>Second.</p>");
        Path three = write("three/index.html", "<p>Third.</p>");
        Path lines = write("x.jsonl", "{\"id\":\"index.html~2\",\"text\":\"Given id.\"}\n"
                + "{\"id\":\"dup\",\"text\":\"A.\"}\n{\"id\":\"dup\",\"text\":\"B.\"}\n");
        Ingested r = Ingested.read(IngestLimits.DEFAULT, one, two, three, lines);
        assertThat(r.ids()).containsExactly("index.html", "index.html~2", "index.html~3", "index.html~2~2", "dup",
                "dup~2");
        assertThat(r.documents).extracting(Document::content)
                .containsExactly("<p>First.</p>", "<p>Second.</p>", "<p>Third.</p>", "Given id.", "A.", "B.");
    }

    @Test
    void aFolderOfTenThousandFilesIsReadCompletely() throws IOException {
        Path big = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(big.resolve(String.format("%05d.txt", i)), "Story number " + i + ".");
        }
        List<String> ids = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        new Ingestor(IngestLimits.DEFAULT).read(big, d -> ids.add(d.id()), errors::add);
        assertThat(errors).isEmpty();
        assertThat(ids).hasSize(10_000);
        assertThat(ids.get(0)).isEqualTo("00000.txt");
        assertThat(ids.get(9_999)).isEqualTo("09999.txt");
    }

    @Test
    void missingPathsAndBadFilesAreErrorsThatDoNotStopTheOthers() throws IOException {
        write("a.txt", "Good story.");
        write("b.txt", "");
        Files.write(dir.resolve("c.txt"), new byte[] {'x', 0, 'y'});
        write("d.txt", "Another good story.");
        Path missing = dir.resolve("nope.txt");
        Ingested r = Ingested.read(IngestLimits.DEFAULT, missing, dir);
        assertThat(r.ids()).containsExactly("a.txt", "d.txt");
        assertThat(r.errors).containsExactly(
                new InputError(missing.toString(), "no such file or folder"),
                new InputError(dir.resolve("b.txt").toString(), "empty file"),
                new InputError(dir.resolve("c.txt").toString(), "binary content (NUL bytes at offset 1)"));
    }

    @Test
    void unreadableFilesAreErrors() throws IOException {
        Path secret = write("secret.txt", "Private story.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(secret), "running as root: permissions are not enforced, skipped");
        assertThat(Ingested.read(secret).onlyError().reason()).isEqualTo("permission denied");
    }

    @Test
    void symbolicLinkLoopsAreNotFollowedForever() throws IOException {
        write("sub/story.txt", "The story.");
        Files.createSymbolicLink(dir.resolve("sub/back"), dir);
        Ingested r = Ingested.read(dir);
        assertThat(r.ids()).containsExactly("story.txt");
        assertThat(r.skipped).containsExactly(dir.resolve("sub/back") + ": skipped (symbolic link loop)");
    }

    @Test
    void limitsFailFastNamingTheParameter() {
        assertThatThrownBy(() -> new IngestLimits(0)).hasMessageContaining("maxDocumentBytes");
        assertThatThrownBy(() -> IngestLimits.DEFAULT.withMaxArchiveBytes(-1)).hasMessageContaining("maxArchiveBytes");
        assertThatThrownBy(() -> IngestLimits.DEFAULT.withMaxFeedItems(0)).hasMessageContaining("maxFeedItems");
        assertThatThrownBy(() -> IngestLimits.DEFAULT.withMaxLineBytes(2L << 30)).hasMessageContaining("maxLineBytes");
        assertThatThrownBy(() -> new Ingestor(null)).hasMessageContaining("limits");
        assertThat(new IngestLimits(20L << 20)).isEqualTo(IngestLimits.DEFAULT);
    }

    @Test
    void theSeedFolderGivesItsFiveArticlesAndSkipsItsReadmeAndGold() {
        Assumptions.assumeTrue(SharedData.resolve("seeds").isPresent(), "../shared not present: skipped");
        Path seeds = SharedData.resolve("seeds").orElseThrow();
        Ingested r = Ingested.read(seeds);
        assertThat(r.errors).isEmpty();
        assertThat(r.documents).hasSize(5).allSatisfy(d -> {
            assertThat(d.format()).isEqualTo(DocumentFormat.TEXT);
            assertThat(d.id()).matches("00[0-4]_[0-9a-f]{16}\\.txt");
            assertThat(d.content()).isNotBlank();
        });
        assertThat(r.skipped).hasSize(2).anySatisfy(s -> assertThat(s).contains("README.md", "documentation file"))
                .anySatisfy(s -> assertThat(s).contains("gold.json", "a JSON document"));
    }
}
