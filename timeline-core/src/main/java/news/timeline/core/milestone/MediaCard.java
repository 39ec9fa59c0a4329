package news.timeline.core.milestone;

/**
 * What a media item's provider says about it (through oEmbed): its title, the provider's name, a thumbnail
 * picture with its size when given, and the address of its player. Kept as plain values: the provider's own
 * markup is never kept, only the player's address read out of it. Every field may be missing.
 *
 * @param player the player's address, an https:// address, which pages frame only on an allowed host
 */
public record MediaCard(String title, String provider, String thumbnail, Integer thumbnailWidth, Integer thumbnailHeight,
                        String player) {

    public static final int MAX_TITLE = 500;
    public static final int MAX_PROVIDER = 200;

    public MediaCard {
        title = cut(title, MAX_TITLE);
        provider = cut(provider, MAX_PROVIDER);
        thumbnail = webAddress(thumbnail, "thumbnail", "(?i)https?://\\S+");
        player = webAddress(player, "player", "(?i)https://\\S+");
        thumbnailWidth = thumbnail == null || !fits(thumbnailWidth) ? null : thumbnailWidth;
        thumbnailHeight = thumbnail == null || !fits(thumbnailHeight) ? null : thumbnailHeight;
    }

    /** True when the provider told nothing worth keeping. */
    public boolean isEmpty() {
        return title == null && provider == null && thumbnail == null && player == null;
    }

    /**
     * The address as kept, or null when there is none.
     *
     * @throws IllegalArgumentException when it is not a web address of the kind {@code what} must be
     */
    private static String webAddress(String address, String what, String pattern) {
        String value = Source.blankToNull(address);
        if (value == null) {
            return null;
        }
        if (!value.matches(pattern) || value.length() > Media.MAX_URL) {
            throw new IllegalArgumentException("A media item's " + what + " address is not a web address: '" + value + "'");
        }
        return value;
    }

    /** A provider's text trimmed to what a page shows: too long a title is cut, not refused. */
    private static String cut(String text, int max) {
        String value = Source.blankToNull(text);
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static boolean fits(Integer pixels) {
        return pixels != null && pixels >= 1 && pixels <= Media.MAX_SIZE;
    }
}
