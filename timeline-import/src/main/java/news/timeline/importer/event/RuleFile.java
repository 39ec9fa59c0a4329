package news.timeline.importer.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a block rule file (triggers.txt, status.txt): blocks separated by blank lines, each a list of
 * {@code key value} lines that start with the block's {@code rule NAME} or {@code cue NAME} line;
 * {@code #} lines are comments; {@code examples-dct DATE} sets the publication date of the examples.
 */
final class RuleFile {

    /** One block: its keys in order, repeated keys ({@code example}) kept in a list. */
    record Block(String opener, String name, int line, Map<String, List<String>> values) {

        String one(String key) {
            List<String> list = values.get(key);
            return list == null ? null : list.get(0);
        }

        List<String> all(String key) {
            return values.getOrDefault(key, List.of());
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        String where(String file) {
            return file + " line " + line + " (" + name + ")";
        }
    }

    final String path;
    final LocalDate examplesDct;
    final List<Block> blocks;

    private RuleFile(String path, LocalDate examplesDct, List<Block> blocks) {
        this.path = path;
        this.examplesDct = examplesDct;
        this.blocks = blocks;
    }

    static RuleFile read(String path, String opener) {
        return readBlocks(path, List.of(opener));
    }

    /** Reads a file whose blocks start with any of {@code openers} ({@code kind NAME}, {@code light}). */
    static RuleFile readBlocks(String path, List<String> openers) {
        InputStream in = RuleFile.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing rule file " + path);
        }
        List<Block> blocks = new ArrayList<>();
        LocalDate dct = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String raw;
            int number = 0;
            Block current = null;
            while ((raw = reader.readLine()) != null) {
                number++;
                String line = raw.strip();
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isEmpty()) {
                    current = null;
                    continue;
                }
                int space = line.indexOf(' ');
                String key = space < 0 ? line : line.substring(0, space);
                String value = space < 0 ? "" : line.substring(space + 1).strip();
                if (key.equals("examples-dct")) {
                    dct = LocalDate.parse(value);
                } else if (openers.contains(key)) {
                    current = new Block(key, value, number, new LinkedHashMap<>());
                    blocks.add(current);
                } else if (current == null) {
                    throw new IllegalStateException(path + " line " + number + ": '" + key
                            + "' outside a block; a block starts with '" + openers.get(0) + " NAME'");
                } else {
                    current.values().computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return new RuleFile(path, dct == null ? LocalDate.of(2025, 2, 12) : dct, blocks);
    }
}
