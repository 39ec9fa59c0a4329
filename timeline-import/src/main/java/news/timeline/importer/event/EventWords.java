package news.timeline.importer.event;

import java.util.Map;
import java.util.Set;

import news.timeline.importer.text.DataFiles;

/** The word lists of {@value #RESOURCE}: the closed classes of English the extractor's rules lean on. */
final class EventWords {

    static final String RESOURCE = "/rules/en/events/words.txt";
    private static final Map<String, Set<String>> LISTS = DataFiles.lists(RESOURCE);

    private EventWords() {
    }

    /** The list {@code name}. @throws IllegalStateException naming the file if it has no such list */
    static Set<String> get(String name) {
        return DataFiles.list(LISTS, RESOURCE, name);
    }
}
