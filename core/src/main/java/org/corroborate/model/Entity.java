package org.corroborate.model;

import java.util.List;

/**
 * A person, organization or place, with the other names it goes by in the articles.
 *
 * @param type person, organization or place
 */
public record Entity(String id, String name, String type, List<String> aliases, List<Mention> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
