package news.timeline.core.timeline;

import java.util.Objects;
import news.timeline.core.date.HistoricalDate;

/** A named stretch of a timeline shown as a band behind its milestones ("Biden administration", 2021–2025). */
public record Era(String name, HistoricalDate span) {

    public Era {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Missing era name");
        }
        name = name.strip();
        Objects.requireNonNull(span, "Missing span for era '" + name + "'");
    }
}
