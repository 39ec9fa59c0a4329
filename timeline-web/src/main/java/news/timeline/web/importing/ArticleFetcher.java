package news.timeline.web.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import news.timeline.web.config.TimelineConfig;

/**
 * Fetches an article page, feed or TimelineJS file that an editor names by URL (and, within {@link Limits} of
 * their own, media providers' oEmbed answers), with the JDK's
 * {@link HttpClient}: a connect timeout and a total timeout, a size cap (reading stops past it), only the
 * content types the importer reads, a few redirects each checked like the first URL, and no address
 * inside the server's own networks unless an administrator allows the host (see {@link FetchPolicy}).
 *
 * <p><b>DNS rebinding.</b> Every hop's host is resolved here and all its addresses checked before the
 * request is sent. The JDK keeps successful look-ups in its address cache ({@code networkaddress.cache.ttl},
 * 30 seconds by default), and {@code HttpClient} resolves the host through that same cache when it
 * connects, a few milliseconds after our check: so it connects to an address we checked, even if the
 * name's DNS answer changes in between. We chose this over connecting to the IP address ourselves because
 * that breaks TLS (certificate checks and SNI name the host) and needs the restricted {@code Host} header.
 * An installation that sets {@code networkaddress.cache.ttl=0} loses this pinning; do not.
 */
@ApplicationScoped
public class ArticleFetcher {

    /** What was fetched: the final URL after redirects, its content type, the bytes and a file name for the readers. */
    public record Fetched(URI url, String contentType, byte[] body, String name) {
    }

    /** Why a URL was not fetched, said so an editor understands it, and the kind of reason for callers that word it themselves. */
    public static final class Refused extends Exception {
        private final Reason reason;
        private final int status;

        public Refused(String message) {
            this(message, Reason.OTHER, 0);
        }

        Refused(String message, Reason reason, int status) {
            super(message);
            this.reason = reason;
            this.status = status;
        }

        public Reason reason() {
            return reason;
        }

        /** The HTTP status the site answered with, for {@link Reason#STATUS}; 0 otherwise. */
        public int status() {
            return status;
        }
    }

    /** The kinds of reasons a fetch fails. */
    public enum Reason {
        /** Not an address the server may fetch: malformed, or inside the server's own networks. */
        ADDRESS,
        /** A host the name service does not know, or cannot answer for. */
        HOST,
        /** No connection, or no whole answer, in time. */
        TIMEOUT,
        /** The connection was refused or broke. */
        CONNECTION,
        /** An HTTP status other than 200 (see {@link Refused#status}). */
        STATUS,
        /** A content type the caller does not read. */
        TYPE,
        /** Larger than the caller's cap. */
        TOO_LARGE,
        /** Too many redirects. */
        REDIRECTS,
        OTHER
    }

    /**
     * What one kind of fetch may take: the largest body, how long in all (redirects and body included) and the
     * {@code Accept} header it sends; and for its refusals, what is fetched ("the article"), who takes it ("the
     * importer") and what to do instead when it is too slow or too large.
     */
    public record Limits(long maxBytes, Duration timeout, String accept, String what, String taker, String whenSlow,
                         String whenLarge) {
    }

    /** Content types the readers take, and the extension that tells the readers which one it is. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "html"),
            Map.entry("text/plain", "txt"),
            Map.entry("application/rss+xml", "xml"),
            Map.entry("application/atom+xml", "xml"),
            Map.entry("application/rdf+xml", "xml"),
            Map.entry("application/xml", "xml"),
            Map.entry("text/xml", "xml"),
            Map.entry("application/json", "json"),
            Map.entry("text/csv", "csv"));
    private static final String ALLOW_HINT = "; an administrator can allow this host under Import hosts (/editor/import-hosts)";

    /** Looks up every address of a host; the tests swap it to pretend a name resolves elsewhere. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final String ARTICLES = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
            + "application/xml;q=0.9, text/plain;q=0.8, application/json;q=0.8, text/csv;q=0.8";

    private final TimelineConfig.Importing config;
    private final Limits articles;
    private final FetchHosts hosts;
    private final HttpClient client;
    Resolver resolver = InetAddress::getAllByName;

    public ArticleFetcher(TimelineConfig config, FetchHosts hosts) {
        this.config = config.importing();
        this.articles = new Limits(this.config.maxBytes(), this.config.timeout(), ARTICLES, "the article", "the importer",
                "try again later, or save the page and upload it", "import the article's text instead");
        this.hosts = hosts;
        // No proxy, so that the address we check is the address we connect to; redirects are ours to check.
        this.client = HttpClient.newBuilder()
                .connectTimeout(this.config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Fetches {@code url}.
     *
     * @throws Refused saying why nothing was fetched: a refused address, a timeout, a size or type the
     *     importer does not take, too many redirects, an HTTP error
     */
    public Fetched fetch(String url) throws Refused {
        return fetch(url, articles);
    }

    /**
     * Fetches {@code url} within {@code limits}, with every other check of {@link #fetch(String)}: the same
     * refused addresses, allowed hosts, redirects and content types.
     */
    public Fetched fetch(String url, Limits limits) throws Refused {
        URI current;
        try {
            current = FetchPolicy.target(url);
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage(), Reason.ADDRESS, 0);
        }
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Predicate<String> allowed = hosts::isAllowed;
        for (int hop = 0; ; hop++) {
            check(current, allowed, deadline, limits);
            HttpResponse<byte[]> response = send(current, deadline, limits);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new Refused(current + " answered HTTP " + status + " without saying where to go", Reason.STATUS, status);
                }
                if (hop >= config.maxRedirects()) {
                    throw new Refused(url.strip() + " redirects more than " + config.maxRedirects()
                            + " times; give the article's final address", Reason.REDIRECTS, 0);
                }
                URI next;
                try {
                    next = FetchPolicy.target(current.resolve(location.strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw new Refused(current + " redirects to an address that is refused: " + e.getMessage(), Reason.ADDRESS, 0);
                }
                current = next;
                continue;
            }
            if (status != 200) {
                throw new Refused(current + " answered HTTP " + status + (status == 404 ? " (not found)" : "")
                        + "; check the address", Reason.STATUS, status);
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Fetched(current, type, utf8(response.body(), type), name(current, type));
        }
    }

    /**
     * Refuses {@code uri} unless every address its host resolves to is public, or the host is allowed. The name
     * is looked up within the time the fetch has left: a server without a working name service (no network)
     * would otherwise wait for the resolver's own retries, however short the caller's limit.
     */
    private void check(URI uri, Predicate<String> allowed, long deadline, Limits limits) throws Refused {
        String host = FetchPolicy.host(uri);
        if (allowed.test(host)) {
            return;
        }
        InetAddress[] addresses;
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return resolver.resolve(host);
            } catch (UnknownHostException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        try {
            addresses = lookup.get(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            lookup.cancel(true);
            throw timeout(uri, limits);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new Refused("The host '" + host + "' was not found (DNS); check the address", Reason.HOST, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timeout(uri, limits);
        }
        for (InetAddress address : addresses) {
            String why = FetchPolicy.refusal(address);
            if (why != null) {
                throw new Refused("Refused to fetch " + uri + ": '" + host + "' resolves to " + address.getHostAddress()
                        + ", " + why + ", which the server does not fetch from" + ALLOW_HINT, Reason.ADDRESS, 0);
            }
        }
    }

    private HttpResponse<byte[]> send(URI uri, long deadline, Limits limits) throws Refused {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timeout(uri, limits);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(left))
                .header("Accept", limits.accept())
                .header("User-Agent", "newsroom-timelines-importer")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> body(uri, info, limits));
        try {
            return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(uri, limits);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refused("The fetch of " + uri + " was interrupted");
        } catch (ExecutionException e) {
            throw refusal(uri, e.getCause(), limits);
        }
    }

    private Refused refusal(URI uri, Throwable cause, Limits limits) {
        if (cause instanceof Refusing refusing) {
            return new Refused(refusing.getMessage(), refusing.reason, 0);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new Refused(uri.getHost() + " did not accept a connection within "
                    + seconds(config.connectTimeout()) + "; try again later", Reason.TIMEOUT, 0);
        }
        if (cause instanceof HttpTimeoutException) {
            return timeout(uri, limits);
        }
        if (cause instanceof ConnectException) {
            return new Refused(uri.getHost() + " refused the connection; check the address", Reason.CONNECTION, 0);
        }
        if (cause instanceof IOException io && io.getCause() instanceof Refusing refusing) {
            return new Refused(refusing.getMessage(), refusing.reason, 0);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Refused("Could not fetch " + uri + ": " + message, cause instanceof IOException ? Reason.CONNECTION : Reason.OTHER, 0);
    }

    private static Refused timeout(URI uri, Limits limits) {
        return new Refused(uri + " did not send " + limits.what() + " within " + seconds(limits.timeout()) + "; "
                + limits.whenSlow(), Reason.TIMEOUT, 0);
    }

    private static String seconds(Duration duration) {
        long s = duration.toSeconds();
        return s == 1 ? "1 second" : s + " seconds";
    }

    /** The body of a redirect is ignored; any other must be a type we read, and no larger than the cap. */
    private HttpResponse.BodySubscriber<byte[]> body(URI uri, HttpResponse.ResponseInfo info, Limits limits) {
        int status = info.statusCode();
        if (status != 200) {
            return new CappedBody(0, null, true);
        }
        String type = info.headers().firstValue("Content-Type").orElse("");
        if (!TYPES.containsKey(mediaType(type))) {
            return new CappedBody(0, new Refusing(uri + " is " + (type.isBlank() ? "of no stated type" : "'"
                    + mediaType(type) + "'") + ", not an article page, plain text, a feed, or a TimelineJS JSON or "
                    + "CSV file", Reason.TYPE), false);
        }
        long max = limits.maxBytes();
        long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length > max) {
            return new CappedBody(0, tooLarge(uri, max, length, limits), false);
        }
        return new CappedBody(max, tooLarge(uri, max, -1, limits), false);
    }

    private static Refusing tooLarge(URI uri, long max, long length, Limits limits) {
        return new Refusing(uri + " is larger than the " + size(max) + " " + limits.taker() + " takes"
                + (length > 0 ? " (" + size(length) + ")" : "") + "; " + limits.whenLarge(), Reason.TOO_LARGE);
    }

    static String size(long bytes) {
        long mb = 1024L * 1024;
        return bytes >= mb ? (bytes % mb == 0 ? bytes / mb + " MB" : "%.1f MB".formatted(bytes / (double) mb))
                : bytes + " bytes";
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Text, JSON and CSV in another declared charset become UTF-8, which is what the readers take;
     * HTML and feeds are passed as they are, since they declare their encoding themselves.
     */
    private static byte[] utf8(byte[] body, String contentType) {
        String ext = TYPES.get(mediaType(contentType));
        if (!"txt".equals(ext) && !"json".equals(ext) && !"csv".equals(ext)) {
            return body;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    Charset charset = Charset.forName(p.substring(8).replace("\"", "").strip());
                    return charset.equals(StandardCharsets.UTF_8) ? body
                            : new String(body, charset).getBytes(StandardCharsets.UTF_8);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return body;
                }
            }
        }
        return body;
    }

    /** A file name for the readers and for messages: the URL's last segment, with the type's extension. */
    static String name(URI uri, String contentType) {
        String ext = TYPES.getOrDefault(mediaType(contentType), "txt");
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        String base = last.isEmpty() ? uri.getHost() : last;
        base = base.length() > 100 ? base.substring(0, 100) : base;
        String lower = base.toLowerCase(Locale.ROOT);
        boolean fits = switch (ext) {
            case "html" -> lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
            case "xml" -> lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom");
            default -> lower.endsWith("." + ext);
        };
        return fits ? base : base + "." + ext;
    }

    /** A refusal raised while the response arrives (type, size). */
    static final class Refusing extends IOException {
        final Reason reason;

        Refusing(String message, Reason reason) {
            super(message);
            this.reason = reason;
        }
    }

    /**
     * Collects the body up to {@code max} bytes and cancels the download once it passes them, so a huge
     * or endless response costs no more than the cap; or refuses at once, or discards a redirect's body.
     */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final Refusing refusal;
        private final boolean discard;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long max, Refusing refusal, boolean discard) {
            this.max = max;
            this.refusal = refusal;
            this.discard = discard;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (discard) {
                // A redirect's or an error's body is not read at all: the connection is dropped instead.
                subscription.cancel();
                result.complete(new byte[0]);
            } else if (max == 0) {
                subscription.cancel();
                result.completeExceptionally(refusal);
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (out.size() + (long) buffer.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(refusal);
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                out.writeBytes(bytes);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
