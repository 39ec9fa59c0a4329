package news.timeline.web.oembed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaCard;
import news.timeline.core.milestone.MediaKind;
import news.timeline.web.FieldMessages;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.importing.ArticleFetcher;
import org.jboss.logging.Logger;

/**
 * Asks oEmbed providers about the media items an editor saves, before the save's transaction: once for each
 * address that a provider serves and that has no card yet, through the importer's {@link ArticleFetcher} (its
 * refused addresses, allowed hosts, redirect checks and size cap), all of one save within
 * {@code timeline.media.oembed-timeout}. An item keeps the card it was saved with while its address stays.
 * A provider that fails never stops the save: the item is saved with its address alone, and a {@link Notice}
 * says so.
 */
@ApplicationScoped
public class MediaCards {

    private static final Logger LOG = Logger.getLogger(MediaCards.class);
    /** The widest player and thumbnail asked for: the widest a milestone's page draws a media item, at 2x. */
    static final int MAX_WIDTH = 1280;
    /** oEmbed answers are a few hundred bytes; a rich one's markup a few kilobytes. */
    static final long MAX_BYTES = 64 * 1024;
    private static final String ACCEPT = "application/json, text/plain;q=0.5";
    /** Less time than this left of a save's budget asks no more providers: no answer could come in time. */
    private static final Duration MIN_LEFT = Duration.ofMillis(100);
    /**
     * How long a provider's failure for an address is remembered: saving the milestone again meanwhile (a
     * headline fixed) does not wait for the same provider again, on a server without a network say.
     */
    static final Duration REMEMBER_FAILURE = Duration.ofMinutes(10);
    /** The most failures remembered; past it, the oldest are forgotten. */
    private static final int MAX_REMEMBERED = 1000;

    /** Recent failures by address, each with when it happened. */
    private final Map<String, Failed> failures = new java.util.concurrent.ConcurrentHashMap<>();

    private record Failed(Notice notice, long atNanos) {
    }

    /** Why a provider's card is missing, said in the editor's language. */
    public record Notice(int item, String provider, Failure failure, int status, long limit) {

        public String say(FieldMessages words) {
            String reason = switch (failure) {
                case SLOW -> words.cardSlow(provider, Long.toString(limit));
                case STATUS -> words.cardStatus(provider, Integer.toString(status));
                case TOO_LARGE -> words.cardTooLarge(provider, limit / 1024 + " KB");
                case UNREADABLE -> words.cardUnreadable(provider);
                case REFUSED -> words.cardRefused(provider);
                case UNREACHABLE -> words.cardUnreachable(provider);
            };
            return words.cardFailed(Integer.toString(item), reason);
        }
    }

    public enum Failure { SLOW, STATUS, TOO_LARGE, UNREADABLE, REFUSED, UNREACHABLE }

    /** The cards of the items' addresses (those that have one), and what went wrong. */
    public record Looked(Map<String, MediaCard> cards, List<Notice> notices) {

        /** The notices in the editor's language, one sentence each. */
        public List<String> say(FieldMessages words) {
            return notices.stream().map(n -> n.say(words)).toList();
        }
    }

    private final OEmbedProviders providers;
    private final ArticleFetcher fetcher;
    private final boolean enabled;
    private final Duration timeout;

    @Inject
    public MediaCards(OEmbedProviders providers, ArticleFetcher fetcher, TimelineConfig config) {
        this.providers = providers;
        this.fetcher = fetcher;
        this.enabled = config.media().oembed();
        this.timeout = config.media().oembedTimeout();
    }

    /**
     * The cards of the items about to be saved, by address: the one {@code stored} has for the same address, or
     * what its provider answers now.
     */
    public Looked lookUp(List<Media> media, List<Media> stored) {
        Map<String, MediaCard> known = new HashMap<>();
        stored.stream().filter(m -> m.card() != null).forEach(m -> known.putIfAbsent(m.url(), m.card()));
        Map<String, Answer> asked = new LinkedHashMap<>();
        Map<String, MediaCard> out = new HashMap<>();
        List<Notice> notices = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < media.size(); i++) {
            Media item = media.get(i);
            MediaCard card = known.get(item.url());
            Optional<OEmbedProviders.Provider> provider = enabled && card == null && item.kind() != MediaKind.IMAGE
                    ? providers.find(item.url()) : Optional.empty();
            if (provider.isPresent()) {
                if (!asked.containsKey(item.url())) {
                    int number = i + 1;
                    OEmbedProviders.Provider which = provider.get();
                    Answer answer = recentFailure(item.url(), number).orElseGet(() -> remember(item.url(),
                            ask(which, item.url(), deadline, number)));
                    asked.put(item.url(), answer);
                    if (answer.notice() != null) {
                        notices.add(answer.notice());
                    }
                }
                card = asked.get(item.url()).card();
            }
            if (card != null) {
                out.put(item.url(), card);
            }
        }
        return new Looked(Map.copyOf(out), List.copyOf(notices));
    }

    /** A provider's card for an address, or the notice that says why there is none. */
    private record Answer(MediaCard card, Notice notice) {
    }

    /** The failure of the last {@link #REMEMBER_FAILURE} for this address, told for item {@code item}. */
    private Optional<Answer> recentFailure(String url, int item) {
        Failed failed = failures.get(url);
        if (failed == null || System.nanoTime() - failed.atNanos() > REMEMBER_FAILURE.toNanos()) {
            return Optional.empty();
        }
        Notice was = failed.notice();
        return Optional.of(new Answer(null, new Notice(item, was.provider(), was.failure(), was.status(), was.limit())));
    }

    /** Remembers a failed answer (and forgets a failure once its provider answers). */
    private Answer remember(String url, Answer answer) {
        if (answer.notice() == null) {
            failures.remove(url);
        } else {
            if (failures.size() >= MAX_REMEMBERED) {
                failures.entrySet().stream().min(java.util.Comparator.comparingLong(e -> e.getValue().atNanos()))
                        .ifPresent(oldest -> failures.remove(oldest.getKey()));
            }
            failures.put(url, new Failed(answer.notice(), System.nanoTime()));
        }
        return answer;
    }

    private Answer ask(OEmbedProviders.Provider provider, String url, long deadline, int item) {
        long left = deadline - System.nanoTime();
        long seconds = Math.max(1, timeout.toSeconds());
        if (left < MIN_LEFT.toNanos()) {
            return new Answer(null, new Notice(item, provider.name(), Failure.SLOW, 0, seconds));
        }
        ArticleFetcher.Limits limits = new ArticleFetcher.Limits(MAX_BYTES, Duration.ofNanos(left), ACCEPT,
                "its oEmbed answer", "the server", "the media item is saved without it", "the media item is saved without it");
        try {
            ArticleFetcher.Fetched answer = fetcher.fetch(provider.request(url, MAX_WIDTH), limits);
            return new Answer(OEmbedAnswer.read(answer.body()), null);
        } catch (ArticleFetcher.Refused e) {
            // Not the message: it names the request's address, whose query may hold a configured provider's key.
            LOG.infof("No oEmbed card from %s: %s%s", provider.name(), e.reason(), e.status() == 0 ? "" : " " + e.status());
            return new Answer(null, new Notice(item, provider.name(), failure(e.reason()), e.status(),
                    e.reason() == ArticleFetcher.Reason.TOO_LARGE ? MAX_BYTES : seconds));
        } catch (OEmbedAnswer.Unreadable e) {
            LOG.infof("No oEmbed card from %s: %s", provider.name(), e.getMessage());
            return new Answer(null, new Notice(item, provider.name(), Failure.UNREADABLE, 0, 0));
        }
    }

    private static Failure failure(ArticleFetcher.Reason reason) {
        return switch (reason) {
            case TIMEOUT -> Failure.SLOW;
            case STATUS -> Failure.STATUS;
            case TOO_LARGE -> Failure.TOO_LARGE;
            case TYPE -> Failure.UNREADABLE;
            case ADDRESS -> Failure.REFUSED;
            case HOST, CONNECTION, REDIRECTS, OTHER -> Failure.UNREACHABLE;
        };
    }
}
