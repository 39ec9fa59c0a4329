package news.timeline.web.persistence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One page of a longer list, as a pager's links need it: its {@code rows} from {@code offset} on, of
 * {@code matching}, in pages of {@code limit}.
 */
public interface Paged {

    /** A page's first item from the address's "start"; 0 for one that is not a number (a hand-edited address). */
    static int offset(String start) {
        return start != null && start.strip().matches("\\d{1,9}") ? Integer.parseInt(start.strip()) : 0;
    }

    /** A parameter for a pager's link, {@code &name=value}, encoded; nothing for a blank value. */
    static String param(String name, String value) {
        return value == null || value.isBlank() ? "" : "&" + name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
    }

    List<?> rows();
    int offset();
    int limit();
    long matching();

    default int shown() {
        return rows().size();
    }

    default boolean hasLess() {
        return offset() > 0;
    }

    default boolean hasMore() {
        return offset() + shown() < matching();
    }

    default int previousOffset() {
        return Math.max(0, offset() - limit());
    }

    default int nextOffset() {
        return offset() + shown();
    }

    /**
     * What the link to the next page adds to its offset so that the page is read from where this one ends (a
     * keyset: {@code &after=} the last item), or nothing when the offset alone says it.
     */
    default String nextKey() {
        return "";
    }

    /** What the link to the previous page adds to its offset, as {@link #nextKey()} does: nothing, or {@code &before=}. */
    default String previousKey() {
        return "";
    }

    /** The first item's number, counting from 1; 0 on an empty page. */
    default int first() {
        return shown() == 0 ? 0 : offset() + 1;
    }

    default int last() {
        return offset() + shown();
    }

    /** True when the page does not show every matching item. */
    default boolean isPartial() {
        return hasMore() || hasLess();
    }
}
