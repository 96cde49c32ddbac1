package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = FeedsTest.class.getResourceAsStream("/ingest/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void rssItemsBecomeHtmlDocumentsWithTheirMetadata() throws IOException {
        Path f = resource("rss.xml");
        Ingested r = Ingested.read(f);
        assertThat(r.errors).isEmpty();
        assertThat(r.ids()).containsExactly("rss.xml#item1", "rss.xml#item2");
        Document first = r.documents.get(0);
        assertThat(first.source()).isEqualTo(f + "#item1");
        assertThat(first.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(first.content()).isEqualTo("<p>The council voted 7 to 2 for a late ferry.</p>");
        assertThat(first.given().title()).isEqualTo("Council approves late ferry");
        assertThat(first.given().url()).isEqualTo("https://gazette.example/ferry");
        assertThat(first.given().published()).isEqualTo("2024-10-31T14:05:00-04:00");
        assertThat(first.given().authors()).containsExactly("Ana Lind");
        Document second = r.documents.get(1);
        assertThat(second.content()).isEqualTo("<p>The bridge reopened on Friday.</p>");
        assertThat(second.given().url()).isEqualTo("https://gazette.example/bridge");
        assertThat(second.given().published()).isEqualTo("2024-11-01T09:30:00+01:00");
        assertThat(second.given().authors()).containsExactly("Tomas Berg");
        assertThat(r.skipped).containsExactly(f + "#item3: skipped (feed item without content or description)");
    }

    @Test
    void atomEntriesUseTheAlternateLinkPublishedDateAndContentType() throws IOException {
        Ingested r = Ingested.read(resource("atom.xml"));
        assertThat(r.errors).isEmpty();
        Document first = r.documents.get(0);
        assertThat(first.given().title()).isEqualTo("Tides rise");
        assertThat(first.given().url()).isEqualTo("https://notes.example/tides");
        assertThat(first.given().published()).isEqualTo("2024-11-01T08:00:00Z");
        assertThat(first.given().authors()).containsExactly("Mira Okafor");
        assertThat(first.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(first.content()).isEqualTo("<div><p>Tides rose <b>two</b> metres &amp; more.</p></div>");
        Document second = r.documents.get(1);
        assertThat(second.given().published()).as("updated when there is no published").isEqualTo("2024-11-03T07:15:00Z");
        assertThat(second.format()).isEqualTo(DocumentFormat.BODY);
        assertThat(second.content()).isEqualTo("The harbour master spoke on Sunday.");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path f = resource("xxe.xml");
        Ingested r = Ingested.read(f);
        // The item naming the entity is never passed on, so nothing read from the file can reach the output.
        assertThat(r.ids()).containsExactly("xxe.xml#item1");
        assertThat(r.documents.get(0).given().title()).isEqualTo("Safe item");
        assertThat(r.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(f.toString());
            assertThat(e.reason()).contains("\"secret\" was referenced, but not declared", "1 items before it");
        });
    }

    @Test
    void entityExpansionIsNeverPerformed() throws IOException {
        Ingested r = Ingested.read(resource("laughs.xml"));
        assertThat(r.documents).isEmpty();
        assertThat(r.errors).singleElement().extracting(InputError::reason).asString()
                .contains("\"lol9\" was referenced, but not declared");
    }

    @Test
    void itemsPastTheFeedLimitAreReported() throws IOException {
        StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel>");
        for (int i = 1; i <= 5; i++) {
            sb.append("<item><title>T").append(i).append("</title><description>Body ").append(i)
                    .append(".</description></item>");
        }
        Path f = Files.writeString(dir.resolve("many.rss"), sb.append("</channel></rss>"));
        Ingested r = Ingested.read(IngestLimits.DEFAULT.withMaxFeedItems(3), f);
        assertThat(r.ids()).containsExactly("many.rss#item1", "many.rss#item2", "many.rss#item3");
        assertThat(r.errors).extracting(InputError::reason).singleElement().asString()
                .contains("more than 3 items", "--max-feed-items");
    }

    @Test
    void aMalformedFeedKeepsTheItemsBeforeTheBreak() throws IOException {
        Path f = Files.writeString(dir.resolve("broken.xml"), "<rss><channel><item><description>One.</description></item>"
                + "<item><description>Two.</descr");
        Ingested r = Ingested.read(f);
        assertThat(r.ids()).containsExactly("broken.xml#item1");
        assertThat(r.errors).singleElement().extracting(InputError::reason).asString().startsWith("XML error at line 1");
    }

    @Test
    void invalidUtf8IsAnErrorWithItsOffsetAndNothingIsPrintedToStandardError() throws IOException {
        byte[] feed = concat("<rss><channel><item><description>One.</description></item><item><description>Caf",
                new byte[] {(byte) 0xE9}, " au lait.</description></item></channel></rss>");
        Path f = Files.write(dir.resolve("latin1-undeclared.xml"), feed);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        Ingested r;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            r = Ingested.read(f);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(r.ids()).containsExactly("latin1-undeclared.xml#item1");
        assertThat(r.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(f.toString());
            assertThat(e.reason()).startsWith("XML error at line 1")
                    .contains("not valid UTF-8: bad byte 0xe9 at byte offset 80")
                    .endsWith("(the 1 items before it were read)");
        });
    }

    @Test
    void aBadByteInTheXmlDeclarationIsReportedTheSameWay() throws IOException {
        Path f = Files.write(dir.resolve("bad-start.xml"), concat("<?xml version=\"1.0\" ",
                new byte[] {(byte) 0xFF}, "?><rss><channel><item><description>One.</description></item></channel></rss>"));
        assertThat(Ingested.read(f).onlyError().reason()).contains("not valid UTF-8: bad byte 0xff at byte offset 20")
                .doesNotContain("Exception");
    }

    @Test
    void declaredAndByteOrderMarkedEncodingsAreDecodedAsBefore() throws IOException {
        String feed = "<rss><channel><item><title>Caf\u00e9 \u2013 Stra\u00dfe</title>"
                + "<description>Open late.</description></item></channel></rss>";
        Path latin1 = Files.write(dir.resolve("latin1.xml"),
                ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + feed.replace("\u2013", "-"))
                        .getBytes(StandardCharsets.ISO_8859_1));
        Path cp1252 = Files.write(dir.resolve("cp1252.xml"),
                ("<?xml version='1.0' encoding='windows-1252'?>" + feed).getBytes("windows-1252"));
        Path utf16 = Files.write(dir.resolve("utf16.xml"),
                ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + feed).getBytes(StandardCharsets.UTF_16));
        assertThat(Ingested.read(latin1).only().given().title()).isEqualTo("Caf\u00e9 - Stra\u00dfe");
        assertThat(Ingested.read(cp1252).only().given().title()).isEqualTo("Caf\u00e9 \u2013 Stra\u00dfe");
        assertThat(Ingested.read(utf16).only().given().title()).isEqualTo("Caf\u00e9 \u2013 Stra\u00dfe");
    }

    @Test
    void anUnknownDeclaredEncodingIsNamed() throws IOException {
        Path f = Files.writeString(dir.resolve("klingon.xml"),
                "<?xml version=\"1.0\" encoding=\"x-klingon-8\"?><rss><channel></channel></rss>");
        assertThat(Ingested.read(f).onlyError().reason())
                .contains("the declared encoding \"x-klingon-8\" is not supported");
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void xmlThatIsNotAFeedIsSkippedInAFolderAndAnErrorWhenNamed() throws IOException {
        Path sitemap = Files.writeString(dir.resolve("sitemap.xml"),
                "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");
        assertThat(Ingested.read(sitemap).onlyError().reason()).isEqualTo("XML that is not an RSS or Atom feed");
        Ingested folder = Ingested.read(dir);
        assertThat(folder.errors).isEmpty();
        assertThat(folder.skipped).isEqualTo(List.of(sitemap + ": skipped (XML that is not an RSS or Atom feed)"));
    }

    @Test
    void rfc822DatesWithAndWithoutWeekdayAndZoneNames() {
        assertThat(Dates.rfc822("Fri, 1 Nov 2024 09:00:00 GMT")).isEqualTo("2024-11-01T09:00:00Z");
        assertThat(Dates.rfc822("1 Nov 2024 09:00 +0200")).isEqualTo("2024-11-01T09:00:00+02:00");
        assertThat(Dates.rfc822("Mon, 01 Nov 2024 09:00:00 PST")).as("wrong weekday tolerated")
                .isEqualTo("2024-11-01T09:00:00-08:00");
        assertThat(Dates.rfc822("2024-11-01T09:00:00Z")).isEqualTo("2024-11-01T09:00:00Z");
        assertThat(Dates.rfc822("yesterday")).isNull();
    }
}
