package news.timeline.importer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the line-per-entry data files (word lists, tables, the gazetteer) from the class path. */
public final class DataFiles {

    private DataFiles() {
    }

    /** A non-comment, non-blank line of a data file, stripped, with its number in the file (from 1). */
    public record Line(int number, String text) {
    }

    /** The non-comment, non-blank lines of a resource. */
    public static List<String> lines(String resource) {
        return numberedLines(resource).stream().map(Line::text).toList();
    }

    /** The non-comment, non-blank lines of a resource with their numbers, for errors that name the line. */
    public static List<Line> numberedLines(String resource) {
        InputStream in = DataFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return numberedLines(reader.lines().toList());
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + resource,
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }

    /** The non-comment, non-blank lines of a file's text, given line by line, with their numbers. */
    public static List<Line> numberedLines(List<String> text) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String stripped = text.get(i).strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                lines.add(new Line(i + 1, stripped));
            }
        }
        return lines;
    }

    /**
     * The named word lists of a resource, one per line as {@code name = word | word}: sets of the words as
     * written. A line without " = " or a name given twice is an error that names the file and the line.
     */
    public static Map<String, Set<String>> lists(String resource) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int equals = line.indexOf(" = ");
            if (equals < 1) {
                throw new IllegalStateException(resource + ": expected 'name = word | word', got '" + line + "'");
            }
            String name = line.substring(0, equals).strip();
            Set<String> words = new java.util.LinkedHashSet<>();
            for (String word : line.substring(equals + 3).split(" \\| ")) {
                words.add(word.strip());
            }
            if (lists.put(name, Set.copyOf(words)) != null) {
                throw new IllegalStateException(resource + ": the list '" + name + "' is given twice");
            }
        }
        return Map.copyOf(lists);
    }

    /** The list {@code name} of {@link #lists}. @throws IllegalStateException naming the file if it lacks it */
    public static Set<String> list(Map<String, Set<String>> lists, String resource, String name) {
        Set<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalStateException(resource + ": no list '" + name + "'");
        }
        return list;
    }
}
