package news.timeline.importer.gazetteer;

/**
 * A name found in a text: words {@code first} to {@code end} (exclusive).
 *
 * @param actor the actor it names ("Moscow" names Russia), or {@code null} for a plain place
 * @param place the place it names ("Moscow" the city, "Russia" the country), or {@code null}
 * @param misspelt the text as written when it was read as a near-miss of a gazetteer name ("Higseth"),
 *     otherwise {@code null}
 */
public record Mention(int first, int end, Entry actor, Entry place, String misspelt) {
}
