package news.timeline.web.export;

import java.time.LocalDate;
import java.util.List;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.Timeline;

/** A timeline with the values exports get wrong: BCE, centuries, seasons, ranges, plans, unicode, quoting. */
public final class ExportFixtures {

    public static final Timeline TRICKY = new Timeline("archive-desk", "Archive desk «ünïcode»",
            "Commas, \"quotes\";\nand lines",
            List.of(new Era("Biden administration", HistoricalDate.parse("2021-01-20/2025-01-19"))),
            List.of(
                    Milestone.builder("Caesar is killed").slug("caesar").date(HistoricalDate.parse("-0044-03-15")).build(),
                    Milestone.builder("Printing spreads").slug("printing").date(HistoricalDate.ofCentury(1500)).build(),
                    Milestone.builder("Spring thaw, roughly").slug("thaw").date(HistoricalDate.parse("2022-SP~"))
                            .kind(MilestoneKind.STATEMENT).build(),
                    Milestone.builder("Summit in Geneva: day one, \"talks\"").slug("geneva")
                            // A summary is a little HTML, where a line break is a space: the text exports keep its words.
                            .summary("Talks, \"at length\"; in Genève — \\ backslash.")
                            .date(HistoricalDate.parse("2021-06-16/2021-06-17")).kind(MilestoneKind.MEETING).importance(1)
                            .actors(List.of(Actor.person("Joe Biden", "Biden"), Actor.person("Zoë Łukasz-Müller")))
                            .places(List.of(Place.named("Geneva", PlaceType.CITY, "CH")))
                            .tags(List.of("summit", "диалог"))
                            .sources(List.of(
                                    new Source("Leaders meet, at last", "Example News", "https://example.org/geneva?a=1&b=2",
                                            LocalDate.of(2021, 6, 16), "They met, \"finally\".", 10, 30),
                                    Source.of("Wire copy", null, "https://example.org/wire", null, null)))
                            .media(List.of(new Media("https://example.org/geneva.jpg", "Agency", "The villa, at dusk"))).build(),
                    Milestone.builder("Call at noon").slug("call").date(HistoricalDate.parse("2025-02-12T12:30"))
                            .kind(MilestoneKind.PHONE_CALL).build(),
                    Milestone.builder("Summit planned").slug("planned").status(MilestoneStatus.PLANNED)
                            .date(HistoricalDate.parse("2025~")).build(),
                    Milestone.builder("Talks someday").slug("someday").status(MilestoneStatus.EXPECTED).importance(3).build()));

    private ExportFixtures() {
    }
}
