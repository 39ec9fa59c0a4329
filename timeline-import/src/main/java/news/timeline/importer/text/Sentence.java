package news.timeline.importer.text;

/**
 * One sentence: words {@code first} to {@code end} (exclusive) of the text's {@link Words}, and its
 * character offsets {@code begin} to {@code stop} (exclusive).
 */
public record Sentence(int first, int end, int begin, int stop) {

    public boolean contains(int offset) {
        return offset >= begin && offset < stop;
    }
}
