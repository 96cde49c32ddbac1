package org.corroborate.server;

import java.util.List;

/** Fictional articles for server tests (invented outlets, places and people). */
final class Fixtures {
    private Fixtures() {}

    static final String ORIGINAL = "{\"id\":\"harbour-original\",\"outlet\":\"Tarn Valley Courier\","
            + "\"title\":\"Ferry stalls off Millbrook harbour\",\"published\":\"2031-04-02\","
            + "\"text\":\"A passenger ferry lost power off Millbrook harbour on Tuesday morning. "
            + "Harbourmaster Okafor said 40 passengers were on board. "
            + "Tugs from the Ellery yard towed the vessel back by noon. "
            + "\\\"Nobody was hurt,\\\" the harbourmaster told reporters.\"}";

    static final String COPY = "{\"id\":\"harbour-copy\",\"outlet\":\"Northgate Daily\","
            + "\"title\":\"Ferry towed back to Millbrook\",\"published\":\"2031-04-02T15:00:00Z\","
            + "\"text\":\"A passenger ferry lost power off Millbrook harbour on Tuesday morning. "
            + "Tugs from the Ellery yard towed the vessel back by noon. "
            + "The operator plans an inspection of the engines next week.\"}";

    static final String REVISION = "{\"id\":\"harbour-update\",\"outlet\":\"Tarn Valley Courier\","
            + "\"title\":\"Ferry passengers: new count\",\"published\":\"2031-04-03\","
            + "\"text\":\"A passenger ferry lost power off Millbrook harbour on Tuesday morning. "
            + "Okafor said 46 passengers were on board after a recount.\"}";

    static final String UNRELATED = "{\"id\":\"orchard-fair\",\"outlet\":\"Westfold Herald\","
            + "\"title\":\"Orchard fair draws growers\",\"published\":\"2031-05-10\","
            + "\"text\":\"Apple growers from six villages met at the Quenby orchard fair. "
            + "Judges picked a russet variety as the best of the show.\"}";

    /** Markup and script payloads an attacker could put in any field. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__pwned=1</script>",
            "<img src=x onerror=\"window.__pwned=2\">",
            "\"><svg onload=window.__pwned=3>",
            "javascript:window.__pwned=4",
            "</title><script>window.__pwned=5</script>",
            "<iframe srcdoc=\"<script>parent.__pwned=6</script>\"></iframe>",
            "';window.__pwned=7;//",
            "<a href=\"javascript:window.__pwned=8\">click</a>",
            "{{constructor.constructor('window.__pwned=9')()}}",
            "<style>body{display:none}</style><b onmouseover=window.__pwned=10>x</b>");
}
