package news.timeline.web.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;

/**
 * HTTP's conditional requests (RFC 9110, section 13) as far as our reads need them: a weak ETag made from
 * everything a page depends on, and whether a request's {@code If-None-Match} or {@code If-Modified-Since}
 * says the reader has the page already.
 */
public final class Validators {

    /** HTTP's own date format, with the day in two digits as RFC 9110 asks (the JDK's RFC 1123 one writes "6 Dec"). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            java.util.Locale.ENGLISH);

    private Validators() {
    }

    /**
     * A weak ETag ({@code W/"…"}) that is the SHA-256 of the parts, each one's length first so that no two
     * different lists of parts run together into the same text. Weak, because compression changes the bytes
     * but not the page.
     */
    public static String etag(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * True if the request's validators say the reader's copy is the current page: {@code If-None-Match} lists
     * this ETag (compared weakly); or, only when there is no {@code If-None-Match}, the page has
     * not changed after {@code If-Modified-Since}. An unreadable date is no condition at all.
     *
     * @param ifNoneMatch the header's value, or null
     * @param ifModifiedSince the header's value, or null
     * @param changedSecond when the page last changed, in seconds since the epoch
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, long changedSecond) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            long since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
            return changedSecond <= since;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * True if the list of entity tags in an {@code If-None-Match} holds this one, weakly compared. A {@code *}
     * ("any page there is") is not taken as a match: whether there is a page at the address, a draft or a
     * deleted milestone, only the resource knows, so it answers in full.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        String ours = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String theirs = tag.strip();
            if (opaque(theirs).equals(ours)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** True if the reader takes gzip: named in Accept-Encoding, and not with a quality of 0. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equals("gzip")) {
                return parts.length < 2 || !parts[1].strip().replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** A second since the epoch as an HTTP date, for {@code Last-Modified}. */
    public static String httpDate(long second) {
        return HTTP_DATE.format(Instant.ofEpochSecond(second).atZone(ZoneOffset.UTC));
    }
}
