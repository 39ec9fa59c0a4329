package news.timeline.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every configuration key of our own, under the prefix {@code timeline}. Each is listed in the README's
 * configuration table.
 */
@ConfigMapping(prefix = "timeline")
public interface TimelineConfig {

    /** The demo timeline loaded into an empty database. */
    Demo demo();

    /** How the site names itself to the outside world. */
    Site site();

    /** The first administrator and how sign-in is protected. */
    Accounts accounts();

    /** The JSON API. */
    Api api();

    /**
     * Single sign-on through an OpenID Connect provider (security.SingleSignOn), in use only when
     * {@code quarkus.oidc.tenant-enabled} is true; the provider itself is set in the {@code quarkus.oidc.*} keys.
     */
    Sso sso();

    interface Sso {
        /**
         * {@code timeline.sso.label} ({@code TIMELINE_SSO_LABEL}): the provider's name on the sign-in page's
         * button, "Sign in with …".
         */
        @WithDefault("single sign-on")
        String label();

        /**
         * {@code timeline.sso.username-claim} ({@code TIMELINE_SSO_USERNAME_CLAIM}): the ID token's claim whose
         * value is the username of the site's account, such as {@code preferred_username} or {@code email}.
         */
        @WithDefault("preferred_username")
        String usernameClaim();

        /**
         * {@code timeline.sso.email-domain} ({@code TIMELINE_SSO_EMAIL_DOMAIN}): when the claim's value is an
         * address at this domain ({@code alice@newsroom.example}), the part before the {@code @} is the username;
         * an address at any other domain matches no account.
         */
        java.util.Optional<String> emailDomain();

        /**
         * {@code timeline.sso.create-accounts} ({@code TIMELINE_SSO_CREATE_ACCOUNTS}): whether a person the
         * provider signs in without an account here gets one, as an editor; if not, they are refused.
         */
        @WithDefault("false")
        boolean createAccounts();

        /**
         * {@code timeline.sso.admin-group} ({@code TIMELINE_SSO_ADMIN_GROUP}): the group (in the claim below)
         * whose members sign in as administrators; without it nobody becomes one through single sign-on.
         */
        java.util.Optional<String> adminGroup();

        /** {@code timeline.sso.groups-claim} ({@code TIMELINE_SSO_GROUPS_CLAIM}): the ID token's claim listing the groups. */
        @WithDefault("groups")
        String groupsClaim();
    }

    interface Api {
        /**
         * {@code timeline.api.cache-max-age} ({@code TIMELINE_API_CACHE_MAX_AGE}): how long browsers and caches
         * may keep a public API response ({@code Cache-Control: public, max-age}); an edit shows after at most
         * this long.
         */
        @WithDefault("PT1M")
        java.time.Duration cacheMaxAge();
    }

    /** How published pages and API reads are cached, by readers' browsers, a CDN in front, and the site itself. */
    Reader reader();

    interface Reader {
        /**
         * {@code timeline.reader.max-age} ({@code TIMELINE_READER_MAX_AGE}): how long browsers and shared caches
         * may show a published page without asking again ({@code Cache-Control: public, max-age}); an edit
         * reaches a reader after at most this long. The public API uses {@code timeline.api.cache-max-age}.
         */
        @WithDefault("PT10S")
        java.time.Duration maxAge();

        /**
         * {@code timeline.reader.stale-while-revalidate} ({@code TIMELINE_READER_STALE_WHILE_REVALIDATE}): how
         * much longer a cache may still show a page or API read it is revalidating in the background
         * ({@code stale-while-revalidate}); a revalidation costs the site one indexed row read.
         */
        @WithDefault("PT1M")
        java.time.Duration staleWhileRevalidate();

        /**
         * {@code timeline.reader.cache-max-bytes} ({@code TIMELINE_READER_CACHE_MAX_BYTES}): the most memory the
         * site keeps rendered pages and API reads in, least recently used out first; 0 renders every request.
         */
        @WithDefault("33554432")
        long cacheMaxBytes();

        /**
         * {@code timeline.reader.marker-ttl} ({@code TIMELINE_READER_MARKER_TTL}): the longest the site uses a
         * timeline's content marker kept in memory before it reads it from the database again. An edit on this
         * instance, or on another one sharing PostgreSQL (heard through {@code LISTEN/NOTIFY}), is seen at once;
         * this bounds how long a change the instance was not told of (a notice lost) can go unseen. 0 reads the
         * marker for every request.
         */
        @WithDefault("PT5S")
        java.time.Duration markerTtl();

        /**
         * {@code timeline.reader.render-every} ({@code TIMELINE_READER_RENDER_EVERY}): how long a page or API read
         * the site rendered for anonymous readers is sent as it is, without asking whether an edit changed it since.
         * While editors save, a page is rendered again at most once in this time, not after every save; an edit
         * reaches readers after at most this long (less than {@code timeline.reader.max-age}, which browsers and
         * caches add). Signed-in editors always get their page as it is now. 0 asks on every request.
         */
        @WithDefault("PT1S")
        java.time.Duration renderEvery();
    }

    /** Importing articles from uploads and from the web. */
    @io.smallrye.config.WithName("import")
    Importing importing();

    interface Importing {
        /**
         * {@code timeline.import.max-bytes}: the largest file an editor may upload, or page the server will
         * fetch (5 MB); fetching stops reading past it. Uploads are also bounded by
         * {@code quarkus.http.limits.max-body-size}.
         */
        @WithDefault("5242880")
        long maxBytes();

        /** {@code timeline.import.connect-timeout}: how long to wait for a fetched site to accept the connection. */
        @WithDefault("PT5S")
        java.time.Duration connectTimeout();

        /** {@code timeline.import.timeout}: how long a whole fetch may take, redirects and body included. */
        @WithDefault("PT20S")
        java.time.Duration timeout();

        /** {@code timeline.import.max-redirects}: how many redirects a fetch follows, each checked again. */
        @WithDefault("3")
        int maxRedirects();

        /**
         * {@code timeline.import.max-rows} ({@code TIMELINE_IMPORT_MAX_ROWS}): the most rows a spreadsheet, or
         * milestones any one file, may hold; a bigger file is refused whole, with a message saying so.
         */
        @WithDefault("5000")
        int maxRows();

        /**
         * {@code timeline.import.max-candidates} ({@code TIMELINE_IMPORT_MAX_CANDIDATES}): the most candidates
         * one import (a file, a page, an article) may add to the review queue; more is refused whole.
         */
        @WithDefault("1000")
        int maxCandidates();

        /**
         * {@code timeline.import.max-pending} ({@code TIMELINE_IMPORT_MAX_PENDING}): the most candidates a
         * timeline's review queue may hold; an import that would pass it is refused whole until editors decide
         * some.
         */
        @WithDefault("20000")
        int maxPending();

        /**
         * {@code timeline.import.max-staged} ({@code TIMELINE_IMPORT_MAX_STAGED}): the most articles that may
         * wait for their publication date in a timeline (the review page lists them all); an upload or fetch
         * that would pass it is refused whole until editors confirm or discard some.
         */
        @WithDefault("200")
        int maxStaged();

        /**
         * {@code timeline.import.attempts} ({@code TIMELINE_IMPORT_ATTEMPTS}): how many times a background fetch
         * is tried when it fails in a way that may pass (no answer in time, a refused connection, a server
         * error); other failures end it at once (importing.Retries).
         */
        @WithDefault("3")
        int attempts();

        /**
         * {@code timeline.import.retry-delay} ({@code TIMELINE_IMPORT_RETRY_DELAY}): the wait before the second
         * attempt; it doubles before each further one.
         */
        @WithDefault("PT30S")
        java.time.Duration retryDelay();

        /**
         * {@code timeline.import.background-bytes} ({@code TIMELINE_IMPORT_BACKGROUND_BYTES}): an upload whose
         * files add up to more than this is read in the background, each file a job of its own, instead of
         * while the editor waits (256 KB: about a tenth of a second of extraction).
         */
        @WithDefault("262144")
        long backgroundBytes();

        /**
         * {@code timeline.import.keep-finished} ({@code TIMELINE_IMPORT_KEEP_FINISHED}): how long a finished
         * background import stays listed on the import page before it is deleted.
         */
        @WithDefault("P14D")
        java.time.Duration keepFinished();

        /**
         * {@code timeline.import.cleanup-every} ({@code TIMELINE_IMPORT_CLEANUP_EVERY}): how often the finished
         * imports older than {@code keep-finished} are deleted, by one instance of all that share the job store
         * (ImportJobs.forgetFinished); {@code off} never deletes them.
         */
        @WithDefault("PT1H")
        String cleanupEvery();
    }

    interface Accounts {
        /**
         * {@code timeline.accounts.admin-username} ({@code TIMELINE_ACCOUNTS_ADMIN_USERNAME}): with the
         * password below, creates this administrator at start-up if no account has the name yet.
         */
        java.util.Optional<String> adminUsername();

        /**
         * {@code timeline.accounts.admin-password} ({@code TIMELINE_ACCOUNTS_ADMIN_PASSWORD}): the first
         * administrator's password, held to the rules of every password (Passwords: 12 characters to 72 bytes,
         * not a common one). There is no default outside dev mode.
         */
        java.util.Optional<String> adminPassword();

        /** {@code timeline.accounts.max-failures}: failed sign-ins per account or address before a pause. */
        @WithDefault("5")
        int maxFailures();

        /** {@code timeline.accounts.lockout}: how long sign-in is refused after too many failures. */
        @WithDefault("PT15M")
        java.time.Duration lockout();

        /**
         * {@code timeline.accounts.session-idle} ({@code TIMELINE_ACCOUNTS_SESSION_IDLE}): how long an editor's
         * session lasts without a request; the longest any session lasts is {@code quarkus.http.auth.form.timeout}.
         */
        @WithDefault("PT30M")
        java.time.Duration sessionIdle();
    }

    /** Preview links, which show drafts to whoever has one until it expires (preview.PreviewLinks). */
    Preview preview();

    interface Preview {
        /**
         * {@code timeline.preview.lifetimes} ({@code TIMELINE_PREVIEW_LIFETIMES}): how long an editor may make a
         * preview link last, the choices the editor's form offers, shortest first.
         */
        @WithDefault("PT1H,P1D,P7D")
        java.util.List<java.time.Duration> lifetimes();

        /**
         * {@code timeline.preview.default-lifetime} ({@code TIMELINE_PREVIEW_DEFAULT_LIFETIME}): the choice the
         * form starts at; one of the lifetimes, else the first of them is.
         */
        @WithDefault("P1D")
        java.time.Duration defaultLifetime();
    }

    /** The sitemap for search engines. */
    Sitemap sitemap();

    interface Sitemap {
        /**
         * {@code timeline.sitemap.max-urls}: the most addresses one sitemap file lists; the sitemap index at
         * {@code /sitemap.xml} points to as many files as it takes. The sitemaps protocol allows 50,000, the most
         * taken from here.
         */
        @WithDefault("50000")
        int maxUrls();
    }

    interface Demo {
        /**
         * {@code timeline.demo.enabled}: load the demo timeline "US–Russia relations" when the database has
         * no timeline at start-up.
         */
        @WithDefault("true")
        boolean enabled();
    }

    /** How milestones' media from other sites reach readers. */
    Media media();

    interface Media {
        /**
         * {@code timeline.media.frame-hosts} ({@code TIMELINE_MEDIA_FRAME_HOSTS}): the only hosts whose players,
         * maps and posts pages may frame ({@code <iframe>}, and the Content-Security-Policy's {@code frame-src});
         * YouTube, Vimeo and SoundCloud page addresses are turned into their players' addresses on these hosts.
         * Media elsewhere are shown as a link with their caption and credit.
         */
        @WithDefault("www.youtube-nocookie.com,player.vimeo.com,w.soundcloud.com,www.openstreetmap.org")
        java.util.List<String> frameHosts();

        /**
         * {@code timeline.media.file-hosts} ({@code TIMELINE_MEDIA_FILE_HOSTS}): hosts whose audio and video
         * files pages may play with the browser's own player ({@code <audio>}, {@code <video>}, and the
         * Content-Security-Policy's {@code media-src}); none by default, so such files are links.
         */
        java.util.Optional<java.util.List<String>> fileHosts();

        /**
         * {@code timeline.media.oembed} ({@code TIMELINE_MEDIA_OEMBED}): whether saving a media item whose address
         * an oEmbed provider serves asks that provider for its title, thumbnail and player. Off, nothing is
         * fetched and media are shown from their address alone.
         */
        @WithDefault("true")
        boolean oembed();

        /**
         * {@code timeline.media.oembed-providers} ({@code TIMELINE_MEDIA_OEMBED_PROVIDERS}): oEmbed providers
         * besides the built-in ones ({@code oembed/providers.txt}), asked first: each the endpoint's address, then
         * the media addresses it serves as patterns with {@code *}, separated by spaces, as in
         * {@code https://media.example.org/oembed https://media.example.org/video/*}.
         */
        java.util.Optional<java.util.List<String>> oembedProviders();

        /**
         * {@code timeline.media.oembed-timeout} ({@code TIMELINE_MEDIA_OEMBED_TIMEOUT}): how long one save may wait
         * for providers in all; an item whose provider has not answered by then is saved with its address alone.
         */
        @WithDefault("PT5S")
        java.time.Duration oembedTimeout();
    }

    /** The database, beyond what {@code quarkus.datasource.*} configures. */
    Database database();

    interface Database {
        /**
         * {@code timeline.database.open-timeout} ({@code TIMELINE_DATABASE_OPEN_TIMEOUT}): how long the first
         * connection at start may take (persistence.DatabaseOpening). The embedded H2 opens its file in it, which
         * for a large site takes longer than the pool's {@code quarkus.datasource.jdbc.acquisition-timeout} (5 s),
         * the wait every later connection, a request's too, is allowed.
         */
        @WithDefault("PT2M")
        java.time.Duration openTimeout();
    }

    interface Site {
        /**
         * {@code timeline.site.base-url}: the public address of the site, without a trailing slash; canonical
         * links, the sitemap and sharing tags are absolute URLs under it.
         */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        /** {@code timeline.site.name}: the site's name in page titles and sharing cards. */
        @WithDefault("Newsroom timelines")
        String name();
    }
}
