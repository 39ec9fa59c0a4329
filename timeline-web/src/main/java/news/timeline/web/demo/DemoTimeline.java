package news.timeline.web.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/**
 * Builds the demo timeline from a curated file, {@code demo/us-russia-relations.json}, and the article it
 * quotes, {@code demo/us-russia-call-2025-02-12.txt}. The curated file gives each milestone's quote as
 * text; its offsets are found in the article here, so a quote that is not in the article fails loudly.
 */
public final class DemoTimeline {

    static final String CURATED = "demo/us-russia-relations.json";

    private DemoTimeline() {
    }

    public static Timeline load() {
        Curated curated = read(CURATED, Curated.class);
        String article = text("demo/" + curated.article.file);
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
        List<Milestone> milestones = new ArrayList<>();
        for (CuratedMilestone m : curated.milestones) {
            int start = article.indexOf(m.quote);
            if (start < 0) {
                throw new IllegalStateException(CURATED + ": the quote of milestone '" + m.slug
                        + "' is not in the article " + curated.article.file + ": " + m.quote);
            }
            Source source = Source.quoting(curated.article.title, curated.article.outlet, curated.article.url,
                    curated.article.published, article, start, start + m.quote.length());
            milestones.add(Milestone.builder(m.headline)
                    .slug(m.slug)
                    .summary(m.summary)
                    .date(m.date == null ? null : HistoricalDate.parse(m.date))
                    .status(MilestoneStatus.fromSlug(m.status))
                    .kind(MilestoneKind.fromSlug(m.kind))
                    .actors(m.actors.stream().map(slug -> lookup(actors, slug, "actor", m.slug)).toList())
                    .places(m.places.stream().map(slug -> lookup(places, slug, "place", m.slug)).toList())
                    .tags(m.tags)
                    .sources(List.of(source))
                    .importance(m.importance)
                    .build());
        }
        return new Timeline(curated.slug, curated.title, curated.description, eras, milestones);
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
        try (InputStream in = open(resource)) {
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        return in;
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
