package news.timeline.importer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A SemEval-2015 Task 4 TimeLine folder: {@code documents/*.tml} (TimeML news articles, one sentence per
 * {@code <s>}, tokens separated by spaces) and {@code timelines/*.txt} (each target entity's gold events:
 * {@code ORDER TAB DATE TAB DOCID-SENTENCE-WORD...}).
 */
public record TimelineCorpus(List<Document> documents, List<Timeline> timelines) {

    /**
     * One article: its id, its publication date, its text rebuilt from the tokens (one sentence a line) and
     * where each sentence starts in it.
     */
    public record Document(String id, LocalDate published, String text, List<Integer> sentenceIds,
            List<Integer> sentenceStarts) {

        /** The id of the sentence that holds character {@code offset}. */
        public int sentenceAt(int offset) {
            int found = sentenceIds.isEmpty() ? -1 : sentenceIds.get(0);
            for (int k = 0; k < sentenceStarts.size() && sentenceStarts.get(k) <= offset; k++) {
                found = sentenceIds.get(k);
            }
            return found;
        }
    }

    /** A target entity's gold events: for each, the document, the sentence and the date (YYYY-MM-DD, XX unknown). */
    public record Timeline(String entity, List<Event> events) {
    }

    /** One gold event mention. */
    public record Event(String document, int sentence, String date) {
    }

    private static final Pattern DOCID = Pattern.compile("<DOCID>\\s*([^<\\s]+)\\s*</DOCID>");
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<s id=\"(\\d+)\">(.*?)</s>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern MENTION = Pattern.compile("([^-]+)-(\\d+)-(.+)");

    /** Reads a folder. @throws IllegalArgumentException naming the file and what is wrong with it */
    public static TimelineCorpus read(Path folder) {
        Path documents = folder.resolve("documents");
        Path timelines = folder.resolve("timelines");
        if (!Files.isDirectory(documents) || !Files.isDirectory(timelines)) {
            throw new IllegalArgumentException(folder + ": a TimeLine folder holds documents/ and timelines/");
        }
        List<Document> read = new ArrayList<>();
        for (Path file : files(documents, ".tml")) {
            read.add(document(file));
        }
        List<Timeline> gold = new ArrayList<>();
        for (Path file : files(timelines, ".txt")) {
            gold.add(timeline(file));
        }
        return new TimelineCorpus(read, gold);
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    static Document document(Path file) {
        String xml = text(file);
        Matcher id = DOCID.matcher(xml);
        Matcher dct = DCT.matcher(xml);
        if (!id.find() || !dct.find()) {
            throw new IllegalArgumentException(file + ": no <DOCID> or <DCT> with a value");
        }
        LocalDate published;
        try {
            published = LocalDate.parse(dct.group(1).substring(0, Math.min(10, dct.group(1).length())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": the DCT '" + dct.group(1) + "' is no date");
        }
        StringBuilder text = new StringBuilder();
        List<Integer> ids = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(xml);
        while (sentence.find()) {
            ids.add(Integer.parseInt(sentence.group(1)));
            starts.add(text.length());
            text.append(detokenise(TAG.matcher(sentence.group(2)).replaceAll("").strip())).append('\n');
        }
        return new Document(id.group(1), published, text.toString(), ids, starts);
    }

    /**
     * Tokens joined back as a newspaper writes them: no space before closing punctuation and clitics
     * ("Apple 's" is "Apple's"), none after opening brackets.
     */
    public static String detokenise(String tokens) {
        StringBuilder out = new StringBuilder();
        boolean noSpace = true;
        for (String token : tokens.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean closing = token.matches("[.,;:!?%)\\]}]+|'s|'S|n't|'re|'ve|'ll|'d|'m");
            if (!noSpace && !closing) {
                out.append(' ');
            }
            out.append(token);
            noSpace = token.matches("[(\\[{$£€]");
        }
        return out.toString();
    }

    static Timeline timeline(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IllegalArgumentException(file + " line 1: the target entity is missing");
        }
        List<Event> events = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": expected ORDER, DATE and mentions");
            }
            for (int f = 2; f < fields.length; f++) {
                Matcher mention = MENTION.matcher(fields[f].strip());
                if (!mention.matches()) {
                    throw new IllegalArgumentException(file + " line " + (n + 1) + ": bad mention '" + fields[f] + "'");
                }
                events.add(new Event(mention.group(1), Integer.parseInt(mention.group(2)), fields[1].strip()));
            }
        }
        return new Timeline(lines.get(0).strip(), events);
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
