package news.timeline.web.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.Timeline;
import news.timeline.importer.Importer;
import news.timeline.importer.event.Candidate;
import news.timeline.web.config.Resources;

/**
 * Builds the demo timeline the way an editor would: the importer reads the sample article
 * ({@code demo/us-russia-call-2025-02-12.txt}) and proposes milestones; the curated file
 * ({@code demo/us-russia-relations.json}) is the editor's review. Each curated entry accepts the candidate
 * that tells of the same event (same kind and date, its quote inside the candidate's sentence) and gives it
 * the editor's slug, headline, summary, actors, places, tags and importance, keeping the importer's date,
 * status and sourced sentence. An entry no candidate matches is a milestone the editor added by hand, its
 * quote located in the article; candidates no entry accepts are rejected.
 */
public final class DemoTimeline {

    static final String CURATED = "demo/us-russia-relations.json";

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(DemoTimeline.class);

    private DemoTimeline() {
    }

    /** The demo timeline, and which of its milestones the importer proposed (the rest were added by hand). */
    public record Demo(Timeline timeline, java.util.Set<String> imported) {
    }

    public static Timeline load() {
        return build().timeline();
    }

    public static Demo build() {
        Curated curated = read(CURATED, Curated.class);
        String article = Resources.text("demo/" + curated.article.file);
        Map<String, Actor> actors = new HashMap<>();
        for (CuratedActor a : curated.actors) {
            actors.put(a.slug, new Actor(a.slug, a.name, ActorType.valueOf(a.type.toUpperCase(Locale.ROOT)), a.aliases));
        }
        Map<String, Place> places = new HashMap<>();
        for (CuratedPlace p : curated.places) {
            places.put(p.slug, new Place(p.slug, p.name, PlaceType.valueOf(p.type.toUpperCase(Locale.ROOT)),
                    p.country, p.aliases));
        }
        List<Era> eras = curated.eras.stream().map(e -> new Era(e.name, HistoricalDate.parse(e.span))).toList();
        List<Candidate> candidates = new ArrayList<>(Importer.english().candidates(new news.timeline.importer.read.Article(
                curated.article.title, curated.article.outlet, curated.article.url, curated.article.published, List.of(),
                article, curated.article.file, 0), null));
        List<Milestone> milestones = new ArrayList<>();
        java.util.Set<String> imported = new java.util.LinkedHashSet<>();
        for (CuratedMilestone m : curated.milestones) {
            int start = article.indexOf(m.quote);
            if (start < 0) {
                throw new IllegalStateException(CURATED + ": the quote of milestone '" + m.slug
                        + "' is not in the article " + curated.article.file + ": " + m.quote);
            }
            int end = start + m.quote.length();
            HistoricalDate curatedDate = m.date == null ? null : HistoricalDate.parse(m.date);
            MilestoneKind kind = MilestoneKind.fromSlug(m.kind);
            Candidate accepted = candidates.stream().filter(c -> tellsOf(c.milestone(), kind, curatedDate, start, end))
                    .findFirst().orElse(null);
            HistoricalDate date = curatedDate;
            List<Source> sources;
            MilestoneStatus status;
            if (accepted != null) {
                candidates.remove(accepted);
                imported.add(m.slug);
                sources = accepted.milestone().sources();
                status = accepted.milestone().status();
                date = accepted.milestone().date();
            } else {
                sources = List.of(Source.quoting(curated.article.title, curated.article.outlet, curated.article.url,
                        curated.article.published, article, start, end));
                status = MilestoneStatus.fromSlug(m.status);
            }
            milestones.add(Milestone.builder(m.headline)
                    .slug(m.slug)
                    .summary(m.summary)
                    .date(date)
                    .status(status)
                    .kind(kind)
                    .actors(m.actors.stream().map(slug -> lookup(actors, slug, "actor", m.slug)).toList())
                    .places(m.places.stream().map(slug -> lookup(places, slug, "place", m.slug)).toList())
                    .tags(m.tags)
                    .sources(sources)
                    .importance(m.importance)
                    .build());
        }
        LOG.debugf("Demo: %d milestones accepted from the importer, %d added by hand, %d candidates rejected",
                imported.size(), milestones.size() - imported.size(), candidates.size());
        return new Demo(new Timeline(curated.slug, curated.title, curated.description, eras, milestones), imported);
    }

    /** True if the candidate is the event: same kind and date, and a source sentence holding the quote. */
    private static boolean tellsOf(Milestone candidate, MilestoneKind kind, HistoricalDate date, int start, int end) {
        return candidate.kind() == kind && java.util.Objects.equals(candidate.date(), date)
                && candidate.sources().stream().anyMatch(s -> s.hasOffsets() && s.quoteStart() <= start && end <= s.quoteEnd());
    }

    private static <T> T lookup(Map<String, T> map, String slug, String what, String milestone) {
        T found = map.get(slug);
        if (found == null) {
            throw new IllegalStateException(CURATED + ": milestone '" + milestone + "' names unknown " + what + " '" + slug + "'");
        }
        return found;
    }

    private static <T> T read(String resource, Class<T> type) {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return mapper.readValue(Resources.text(resource), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    @JsonIgnoreProperties("_comment")
    record Curated(String slug, String title, String description, CuratedArticle article, List<CuratedEra> eras,
                   List<CuratedActor> actors, List<CuratedPlace> places, List<CuratedMilestone> milestones) {
    }

    record CuratedArticle(String file, String title, String outlet, String url, LocalDate published) {
    }

    record CuratedEra(String name, String span) {
    }

    record CuratedActor(String slug, String name, String type, List<String> aliases) {
    }

    record CuratedPlace(String slug, String name, String type, String country, List<String> aliases) {
    }

    record CuratedMilestone(String slug, String headline, String summary, String date, String status, String kind,
                            List<String> actors, List<String> places, List<String> tags, String quote,
                            int importance) {
    }
}
