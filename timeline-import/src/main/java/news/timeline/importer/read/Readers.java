package news.timeline.importer.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The front door: reads a file with the reader its format needs, chosen by extension and, for an
 * extension that does not tell, by the first bytes.
 *
 * <p>A file larger than the size cap is refused before any of it is read, and the cap is enforced
 * again while reading, so a file that grows under us or a device that never ends cannot exhaust memory.
 */
public final class Readers {

    /** The default size cap: far above any article or timeline, far below what would strain the importer. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final int SNIFF_BYTES = 1024;
    /** How far into a feed to look for our timeline's mark: past a long description, well before the entries end. */
    private static final int FEED_SNIFF_BYTES = 16 * 1024;

    /** What a file holds. */
    public enum Format {
        /** Plain text: {@code .txt}, {@code .text}. */
        TEXT,
        /** An article page: {@code .html}, {@code .htm}. */
        HTML,
        /** RSS or Atom: {@code .xml}, {@code .rss}, {@code .atom}. */
        FEED,
        /** A TimelineJS3 JSON file: {@code .json}. */
        TIMELINEJS_JSON,
        /** The TimelineJS spreadsheet template saved as CSV: {@code .csv}. */
        TIMELINEJS_CSV,
        /** An iCalendar file: {@code .ics}, {@code .ical}; our own calendar export comes back whole. */
        ICALENDAR,
        /** Our own Atom feed of a timeline ({@code feed.atom}), told from a news feed by its categories. */
        TIMELINE_ATOM,
        /** Our own milestones spreadsheet ({@code milestones.csv}), told by its header {@code slug,date,precision,…}. */
        MILESTONES_CSV
    }

    /** The most rows a spreadsheet, or milestones any file, may hold unless the caller says otherwise. */
    public static final int DEFAULT_MAX_ROWS = 5000;

    private final long maxBytes;
    private final int maxRows;
    private final TextArticleReader text = new TextArticleReader();
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final FeedReader feeds = new FeedReader();
    private final TimelineJsReader timelines = new TimelineJsReader();
    private final ICalendarReader calendars = new ICalendarReader();
    private final AtomTimelineReader timelineFeeds = new AtomTimelineReader();
    private final MilestonesCsvReader spreadsheets = new MilestonesCsvReader();

    /** Readers with the {@linkplain #DEFAULT_MAX_BYTES default size cap}. */
    public Readers() {
        this(DEFAULT_MAX_BYTES);
    }

    public Readers(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_ROWS);
    }

    /**
     * Readers that refuse files over {@code maxBytes}, and spreadsheets with more than {@code maxRows} rows
     * or files with more milestones than that: a few megabytes of CSV are a hundred thousand milestones,
     * which no one reviews and which would fill the memory of whoever tried.
     */
    public Readers(long maxBytes, int maxRows) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The size cap must be at least one byte, not " + maxBytes);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("The row cap must be at least one row, not " + maxRows);
        }
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /**
     * Reads every file, one after the other: a file that cannot be read is a problem of that file, and
     * the others are read all the same.
     */
    public ReadResult<Document> readAll(List<Path> files, ArticleMetadata defaults) {
        List<Document> documents = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                ReadResult<Document> one = read(file, defaults);
                documents.addAll(one.items());
                problems.addAll(one.problems());
            } catch (UnreadableFileException e) {
                problems.add(e.toProblem());
            }
        }
        return new ReadResult<>(documents, problems);
    }

    /**
     * Reads one file: articles from text, HTML and feeds, one {@link TimelineJsDocument} from a TimelineJS
     * file, one {@link TimelineDocument} from an iCalendar file or our own timeline feed or spreadsheet. {@code defaults} says what the caller knows about an article; TimelineJS files ignore it.
     *
     * @throws UnreadableFileException if nothing in the file can be read, naming the file and the reason
     */
    public ReadResult<Document> read(Path file, ArticleMetadata defaults) throws UnreadableFileException {
        String name = String.valueOf(file.getFileName());
        checkSize(file, name);
        Format format = formatOf(file, name);
        try (InputStream in = new CappedInputStream(Files.newInputStream(file), maxBytes)) {
            return read(format, name, in, defaults);
        } catch (IOException e) {
            throw new UnreadableFileException(name, describe(e), e);
        }
    }

    /**
     * Reads content that is not in a file of its own — an upload, a page fetched from the web — as if it
     * were the file {@code name}: the name's extension, else the first bytes, choose the reader, and
     * problems name the file.
     *
     * @throws UnreadableFileException if nothing in it can be read, naming the file and the reason
     */
    public ReadResult<Document> read(String name, byte[] content, ArticleMetadata defaults)
            throws UnreadableFileException {
        if (content.length > maxBytes) {
            throw new UnreadableFileException(name, tooLarge(content.length, maxBytes));
        }
        Format format = formatOf(name, java.util.Arrays.copyOf(content, Math.min(content.length, FEED_SNIFF_BYTES)));
        return read(format, name, new java.io.ByteArrayInputStream(content), defaults);
    }

    private ReadResult<Document> read(Format format, String name, InputStream in, ArticleMetadata defaults)
            throws UnreadableFileException {
        try {
            ReadResult<Document> result = widen(switch (format) {
                case TEXT -> text.read(name, utf8(name, in.readAllBytes()), defaults);
                case HTML -> html.read(name, in, defaults);
                case FEED -> feeds.read(name, in, defaults);
                case TIMELINEJS_JSON -> timelines.readJson(name, utf8(name, in.readAllBytes()));
                case TIMELINEJS_CSV -> timelines.readCsv(name, rows(name, utf8(name, in.readAllBytes())));
                case ICALENDAR -> calendars.read(name, utf8(name, in.readAllBytes()));
                case TIMELINE_ATOM -> timelineFeeds.read(name, utf8(name, in.readAllBytes()));
                case MILESTONES_CSV -> spreadsheets.read(name, rows(name, utf8(name, in.readAllBytes())));
            });
            long milestones = result.items().stream().mapToLong(Readers::milestones).sum();
            if (milestones > maxRows) {
                throw new UnreadableFileException(name, "holds " + milestones + " milestones, more than the " + maxRows
                        + " one file may: split it into smaller files");
            }
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(name, describe(e), e);
        } catch (RuntimeException e) {
            // A reader's own failure still belongs to this file alone: the batch goes on, the cause is kept.
            throw new UnreadableFileException(name, "could not be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
    }

    /** The spreadsheet {@code content}, once its rows are counted: more than the cap refuses the file. */
    private String rows(String name, String content) throws UnreadableFileException {
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(new java.io.StringReader(content),
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get())) {
            long rows = 0;
            for (var ignored : parser) {
                if (++rows > maxRows + 1L) {
                    throw new UnreadableFileException(name, "has more than " + maxRows + " rows, the most one spreadsheet "
                            + "may have: split it into files of at most " + maxRows + " rows");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // A broken spreadsheet is its reader's to describe, with the row where it breaks.
        }
        return content;
    }

    private static long milestones(Document document) {
        if (document instanceof TimelineJsDocument file) {
            return file.timeline().milestones().size();
        }
        if (document instanceof TimelineDocument export) {
            return export.timeline().milestones().size();
        }
        return 0;
    }

    /** The format of {@code file}: by extension, else by its first bytes. */
    public Format formatOf(Path file) throws UnreadableFileException {
        return formatOf(file, String.valueOf(file.getFileName()));
    }

    private Format formatOf(Path file, String name) throws UnreadableFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return formatOf(name, in.readNBytes(FEED_SNIFF_BYTES));
        } catch (IOException e) {
            throw new UnreadableFileException(name, describe(e), e);
        }
    }

    /**
     * The format of content called {@code name} that begins with {@code first} (up to 16 KB): by the name's
     * extension, where our own exports and others' files of the same extension are told apart by their
     * first bytes; else by the first bytes alone.
     */
    private static Format formatOf(String name, byte[] first) {
        String head = new String(first, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "txt", "text" -> Format.TEXT;
            case "html", "htm", "xhtml" -> Format.HTML;
            case "xml", "rss", "atom" -> AtomTimelineReader.isTimelineFeed(head) ? Format.TIMELINE_ATOM : Format.FEED;
            case "json" -> Format.TIMELINEJS_JSON;
            case "csv" -> MilestonesCsvReader.isHeader(head.stripLeading()) ? Format.MILESTONES_CSV : Format.TIMELINEJS_CSV;
            case "ics", "ical", "ifb" -> Format.ICALENDAR;
            default -> sniff(head);
        };
    }

    private static Format sniff(String head) {
        String start = head.substring(0, Math.min(head.length(), SNIFF_BYTES)).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body")) {
            return Format.HTML;
        }
        if (start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")
                || start.startsWith("<rdf")) {
            return AtomTimelineReader.isTimelineFeed(head) ? Format.TIMELINE_ATOM : Format.FEED;
        }
        if (start.startsWith("begin:vcalendar")) {
            return Format.ICALENDAR;
        }
        if (MilestonesCsvReader.isHeader(start)) {
            return Format.MILESTONES_CSV;
        }
        if (start.startsWith("{")) {
            return Format.TIMELINEJS_JSON;
        }
        if (start.startsWith("year,month,day") || start.startsWith("\"year\",\"month\"")) {
            return Format.TIMELINEJS_CSV;
        }
        return Format.TEXT;
    }

    private void checkSize(Path file, String name) throws UnreadableFileException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableFileException(name, Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UnreadableFileException(name, tooLarge(size, maxBytes));
            }
        } catch (IOException e) {
            throw new UnreadableFileException(name, describe(e), e);
        }
    }

    static String tooLarge(long size, long maxBytes) {
        return "file is too large (" + size(size) + " > " + size(maxBytes) + ")";
    }

    /** A size as people say it: whole megabytes (MiB, as file managers count them) when at least one. */
    static String size(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= mb) {
            return bytes % mb == 0 ? bytes / mb + " MB" : "%.1f MB".formatted(bytes / (double) mb);
        }
        return bytes + " bytes";
    }

    private static String utf8(String name, byte[] bytes) throws UnreadableFileException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(name, "the file is not UTF-8 text: save it as UTF-8 and try again", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static ReadResult<Document> widen(ReadResult<? extends Document> result) {
        return (ReadResult<Document>) result;
    }

    /** An I/O failure as an editor would want it said. */
    static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof TooLargeException tooLarge) {
            return tooLarge.getMessage();
        }
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "could not be read: " + cause.getMessage();
    }

    /** {@code url} if it is an http(s) address; otherwise null and a warning, so the article still imports. */
    static String webAddressOrNull(String url, String file, String location, List<ReadProblem> problems) {
        String clean = Article.blankToNull(url);
        if (clean == null || Article.isWebAddress(clean)) {
            return clean;
        }
        problems.add(ReadProblem.warning(file, location, "url",
                "'" + clean + "' is not an http:// or https:// address and was left out"));
        return null;
    }

    /** Thrown by {@link CappedInputStream} when the cap is passed while reading. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    /** A stream that fails once more than {@code maxBytes} have been read. */
    static final class CappedInputStream extends FilterInputStream {
        private final long maxBytes;
        private long read;

        CappedInputStream(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new TooLargeException("file is too large (more than " + size(maxBytes) + ")");
            }
        }
    }
}
