package news.timeline.importer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.importer.event.Candidate;

/** The JSON form of candidate milestones that {@code timeline-import extract} prints. */
final class CandidateJson {

    private CandidateJson() {
    }

    static List<Map<String, Object>> rows(List<Candidate> candidates) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Milestone milestone = candidate.milestone();
            HistoricalDate date = milestone.date();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("headline", milestone.headline());
            row.put("summary", milestone.summary().isEmpty() ? null : milestone.summary().text());
            row.put("date", date == null ? null : date.start().toString());
            row.put("precision", date == null ? null : date.precision().name().toLowerCase(Locale.ROOT));
            row.put("approximate", date != null && date.approximate());
            row.put("status", milestone.status().slug());
            row.put("kind", milestone.kind().slug());
            row.put("actors", milestone.actors().stream().map(Actor::name).toList());
            row.put("places", milestone.places().stream().map(Place::name).toList());
            List<Map<String, Object>> sources = new ArrayList<>();
            for (int i = 0; i < milestone.sources().size(); i++) {
                Source source = milestone.sources().get(i);
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("quote", source.quote());
                s.put("begin", source.quoteStart());
                s.put("end", source.quoteEnd());
                s.put("url", source.url());
                s.put("title", source.title());
                s.put("outlet", source.outlet());
                s.put("published", source.publishedOn() == null ? null : source.publishedOn().toString());
                s.put("gaveDate", i == candidate.datedBy());
                sources.add(s);
            }
            row.put("sources", sources);
            row.put("confidence", candidate.confidence());
            row.put("flags", candidate.flags());
            rows.add(row);
        }
        return rows;
    }
}
