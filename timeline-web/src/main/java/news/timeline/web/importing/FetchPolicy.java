package news.timeline.web.importing;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which addresses the server may fetch articles from. An editor's URL must not turn the server into a
 * way to reach what only it can reach — itself, the newsroom's network, a cloud metadata service — so
 * every address a host resolves to must be a public unicast address, unless an administrator allows the
 * host. IPv4 addresses hidden inside IPv6 ones (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged
 * as the IPv4 address they carry.
 */
final class FetchPolicy {

    private FetchPolicy() {
    }

    /**
     * Why the server will not connect to {@code address}, as a phrase ("a loopback address"), or
     * {@code null} if it is a public address.
     */
    static String refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return refusal4(b);
        }
        if (address instanceof Inet6Address) {
            return refusal6(b);
        }
        return "an address of an unknown kind";
    }

    private static String refusal4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return "an unspecified address (0.0.0.0/8)";
        }
        if (first == 127) {
            return "a loopback address";
        }
        if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            return "a private address";
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "a shared (carrier-grade NAT) address";
        }
        if (first == 169 && second == 254) {
            return "a link-local address";
        }
        if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
            return "a reserved protocol address";
        }
        if (first == 198 && (second & 0xfe) == 18) {
            return "a benchmarking address";
        }
        if (first >= 224 && first <= 239) {
            return "a multicast address";
        }
        if (first >= 240) {
            return first == 255 && second == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255
                    ? "the broadcast address" : "a reserved address";
        }
        return null;
    }

    private static String refusal6(byte[] b) {
        if (isZero(b, 0, 16)) {
            return "an unspecified address (::)";
        }
        if (isZero(b, 0, 15) && b[15] == 1) {
            return "a loopback address";
        }
        // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, deprecated) reach an IPv4 host.
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || isZero(b, 0, 12)) {
            return refusal4(slice(b, 12));
        }
        // 64:ff9b::a.b.c.d: NAT64 translates to the IPv4 address in the last 32 bits.
        if ((b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12)) {
            return refusal4(slice(b, 12));
        }
        // 2002:a.b.c.d::/48: 6to4 tunnels to the IPv4 address in bits 16 to 48.
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            String inner = refusal4(slice(b, 2));
            if (inner != null) {
                return inner;
            }
        }
        int first = b[0] & 0xff;
        if (first == 0xff) {
            return "a multicast address";
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0x80) {
            return "a link-local address";
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return "a site-local address";
        }
        if ((first & 0xfe) == 0xfc) {
            return "a unique-local (private) address";
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return "a documentation address";
        }
        return null;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }

    /**
     * The URL an editor typed, if it is one the server may try: http or https, with a host, without a
     * user name or password.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static URI target(String url) {
        String typed = url == null ? "" : url.strip();
        if (typed.isEmpty()) {
            throw new IllegalArgumentException("Give the address of the article, starting with https://");
        }
        URI uri;
        try {
            uri = new URI(typed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + typed + "' is not a web address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + typed + "' is not an http:// or https:// address");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("'" + typed + "' names no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("'" + typed + "' carries a user name or password, which is refused");
        }
        return uri;
    }

    /** The host of {@code uri} as allowed hosts are written: lower case, IPv6 without brackets. */
    static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
