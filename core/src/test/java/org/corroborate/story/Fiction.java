package org.corroborate.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.model.Article;

/** Fictional articles for story tests (invented places and people; no real text). */
final class Fiction {
    private Fiction() {}

    static Article article(String id, String title, String body, String published) {
        return new Article(id, "test:" + id, null, null, List.of(), title, published, false, null, null, List.of(),
                "en", body, List.of(), List.of(), List.of());
    }

    /** Vocabulary of an invented event: names, a place, figures and event words. */
    record Event(String label, String[] words) {}

    static final Event DAM = new Event("dam", ("Keltbridge dam collapse reservoir flood Orvane river engineers "
            + "evacuated villages Mayor Tessaly Brun breach spillway 4,200 residents sandbags cracks inspection "
            + "valley downstream torrent").split(" "));
    static final Event FERRY = new Event("ferry", ("Marlowe Bay ferry fire passengers Captain Idris Vell lifeboats "
            + "coastguard harbour engine room smoke rescued 312 hull crew vessel tugboats blaze deck port")
            .split(" "));
    static final Event ELECTION = new Event("election", ("Quenta province election ballots Governor Alma Rusk "
            + "turnout recount polling stations candidates 61 percent campaign voters district results party "
            + "coalition runoff").split(" "));
    static final Event QUAKE = new Event("quake", ("Sarnholt earthquake magnitude 6.4 tremor aftershocks "
            + "epicentre Dravo hills collapsed buildings rescuers rubble seismologists Nera Osk injured 87 "
            + "shelters tents").split(" "));
    static final Event MUSEUM = new Event("museum", ("Velmont museum heist stolen paintings thieves alarm "
            + "gallery curator Jonas Pike masterpieces 9 million insurers detectives guards vault night "
            + "canvas auction").split(" "));
    static final List<Event> EVENTS = List.of(DAM, FERRY, ELECTION, QUAKE, MUSEUM);
    private static final String[] FILLER = ("officials reported statement spokesperson local authorities later "
            + "confirmed situation continued details remained unclear morning afternoon region sources")
            .split(" ");

    /**
     * {@code perEvent} articles per event, interleaved across events, each a seeded random draw of its event's
     * words with some filler. Ids are "label-n".
     */
    static List<Article> corpus(int perEvent, long seed) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < perEvent; i++) {
            for (Event e : EVENTS) {
                out.add(article(e.label + "-" + i, sentence(e, random, 7), body(e, random), null));
            }
        }
        return out;
    }

    static String body(Event e, Random random) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 5; s++) {
            b.append("The ").append(sentence(e, random, 12)).append(". ");
        }
        return b.toString();
    }

    private static String sentence(Event e, Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(' ');
            }
            String[] pool = random.nextInt(4) == 0 ? FILLER : e.words;
            b.append(pool[random.nextInt(pool.length)]);
        }
        return b.toString();
    }
}
