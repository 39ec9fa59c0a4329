package news.timeline.web.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaCard;
import news.timeline.core.milestone.MediaKind;
import news.timeline.web.editor.MediaFields;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Era;
import news.timeline.web.editor.MilestoneEdit;
import news.timeline.web.editor.TimelineEdit;
import news.timeline.web.editor.EditRules;
import news.timeline.web.editor.EditRules.Reads;
import news.timeline.web.editor.EditRules.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON the API reads and writes, as explicit records: what a field is called and what it holds is
 * decided here, not by whatever the domain or the entities happen to look like.
 */
public final class ApiModel {

    private ApiModel() {
    }

    @Schema(description = "A date as the newsroom knows it: the value in HistoricalDate's TIMEX3-style form "
            + "(2021, 2021-06, 2021-06-16, 2024-Q3, 2021~, 2014/2022) with its precision, and the days it covers.")
    public record DateView(
            @Schema(examples = "2021-06-16/2021-06-17") String value,
            @Schema(description = "century, decade, year, half_year, season, quarter, month, week, day or minute") String precision,
            boolean approximate,
            @Schema(description = "The first day the date covers.") LocalDate firstDay,
            @Schema(description = "The last day the date covers.") LocalDate lastDay) {

        static DateView of(HistoricalDate date) {
            return date == null ? null : new DateView(date.toString(), date.precision().name().toLowerCase(Locale.ROOT),
                    date.approximate(), date.startDay(), date.lastDay());
        }
    }

    public record Named(String slug, String name) {
    }

    public record SourceView(String title, String outlet, String url, LocalDate published, String quote) {
    }

    @Schema(description = "A media item: its kind (image, video, audio, social, map, document), address, alt text "
            + "(what an image shows), caption and credit; an image's size in pixels and other sizes when known; and what "
            + "its provider said about it when it was saved (oEmbed), when it did.")
    public record MediaView(String kind, String url, String alt, String caption, String credit, Integer width, Integer height,
                            List<RenditionView> renditions, CardView card) {

        static MediaView of(Media media) {
            MediaCard c = media.card();
            return new MediaView(media.kind().slug(), media.url(), media.alt(), media.caption(), media.credit(), media.width(),
                    media.height(), media.renditions().stream().map(r -> new RenditionView(r.url(), r.width())).toList(),
                    c == null ? null : new CardView(c.title(), c.provider(), c.thumbnail(), c.thumbnailWidth(), c.thumbnailHeight(),
                            c.player()));
        }
    }

    @Schema(description = "What a media item's provider answered through oEmbed when the item was saved: read-only, kept "
            + "while the item's address stays. The player is framed on pages only if its host is an allowed frame host.")
    public record CardView(String title, String provider, String thumbnail, Integer thumbnailWidth, Integer thumbnailHeight,
                           String player) {
    }

    @Schema(description = "One more size of an image, at its own address, and its width in pixels.")
    public record RenditionView(String url, Integer width) {
    }

    public record EraView(String name, DateView span) {
    }

    @Schema(description = "A milestone as readers see it.")
    public record MilestoneView(String slug, String headline, String summary, DateView date, String status, String kind,
                                List<Named> actors, List<Named> places, List<String> tags, List<SourceView> sources,
                                List<MediaView> media, int importance,
                                @Schema(description = "The milestone's page.") String url) {

        static MilestoneView of(Milestone m, String url) {
            return new MilestoneView(m.slug(), m.headline(), m.summary().isEmpty() ? null : m.summary().html(),
                    DateView.of(m.date()), m.status().slug(), m.kind().slug(),
                    m.actors().stream().map(a -> new Named(a.slug(), a.name())).toList(),
                    m.places().stream().map(p -> new Named(p.slug(), p.name())).toList(), m.tags(),
                    m.sources().stream().map(s -> new SourceView(s.title(), s.outlet(), s.url(), s.publishedOn(), s.quote())).toList(),
                    m.media().stream().map(MediaView::of).toList(),
                    m.importance(), url);
        }
    }

    @Schema(description = "A published timeline in the list.")
    public record TimelineItem(String slug, String title, String description, long milestones, LocalDate firstDay,
                               LocalDate lastDay, String url, @Schema(description = "This timeline in the API.") String api) {
    }

    public record TimelineList(List<TimelineItem> timelines) {
    }

    @Schema(description = "A timeline with its eras and one window of its published milestones, in date order.")
    public record TimelineView(String slug, String title, String description, String url, List<EraView> eras,
                               @Schema(description = "How many milestones match, in all windows.") long total,
                               int offset,
                               @Schema(description = "The most milestones one response holds.") int limit,
                               @Schema(description = "The next window, or null on the last.") String next,
                               List<MilestoneView> milestones) {
    }

    // The editor API's bodies; StrictReader refuses fields they do not have.

    @Schema(description = "A new timeline.")
    public record NewTimeline(@Schema(required = true) @NotBlank(message = EditRules.TITLE) @Reads(Text.TITLE) String title,
                              @Schema(description = "The address; made from the title when absent.") @Reads(Text.SLUG) String slug,
                              String description,
                              @Schema(description = "draft, published or archived; draft when absent.")
                              @Reads(value = Text.STATE, message = EditRules.STATE) String state) implements TimelineEdit {
        @Override public String embedOrigins() { return null; }
        @Override public Long baseVersion() { return null; }
    }

    @Schema(description = "A timeline's changes. The slug stays: links depend on it.")
    public record TimelineChange(@Schema(required = true) @NotBlank(message = EditRules.TITLE) @Reads(Text.TITLE) String title,
                                 String description,
                                 @Schema(required = true, description = "draft, published or archived")
                                 @NotBlank(message = EditRules.STATE) @Reads(value = Text.STATE, message = EditRules.STATE) String state,
                                 @Schema(description = "Sites that may embed it, separated by spaces; null for any.")
                                 @Reads(Text.ORIGINS) String embedOrigins,
                                 @Schema(required = true, description = "The version this change is based on.")
                                 @NotNull(message = "Send the version of the timeline you are changing") Long version,
                                 @Schema(description = "What readers see first at the timeline's address: list or story; "
                                         + "unchanged when absent.")
                                 @Reads(value = Text.VIEW, message = "Choose the list or story mode") String defaultView)
            implements TimelineEdit {
        @Override public String slug() { return null; }
        @Override public Long baseVersion() { return version; }

        @Override
        public news.timeline.core.timeline.ReaderView defaultView(news.timeline.core.timeline.Timeline previous) {
            return defaultView == null || defaultView.isBlank() ? TimelineEdit.super.defaultView(previous)
                    : news.timeline.core.timeline.ReaderView.fromSlug(defaultView);
        }
    }

    @Schema(description = "A timeline as editors see it: drafts and deleted milestones included.")
    public record EditorTimeline(String slug, String title, String description, String state, String embedOrigins,
                                 @Schema(description = "What readers see first at the timeline's address: list or story.")
                                 String defaultView, long version, List<EditorMilestoneRow> milestones) {
    }

    public record EditorMilestoneRow(String slug, String headline, String date, String status, boolean published,
                                     boolean deleted) {
    }

    public record EditorTimelineItem(String slug, String title, String state, long milestones, long drafts, long deleted) {
    }

    public record EditorTimelineList(List<EditorTimelineItem> timelines) {
    }

    @Schema(description = "A milestone to create or replace. Dates are HistoricalDate values; names of actors and "
            + "places that exist are reused, new ones are created.")
    @EditRules.Dated
    public record MilestoneInput(@Schema(required = true) @NotBlank(message = "A milestone needs a headline")
                                 @Reads(Text.HEADLINE) String headline,
                                 @Reads(Text.SLUG) String slug,
                                 String summary,
                                 @Schema(examples = "2021-06-16") @Reads(Text.DATE) String date,
                                 @Schema(description = "The last day of a range.") @Reads(Text.DATE) String end,
                                 Boolean approximate,
                                 @Schema(description = "occurred (default), planned, expected, cancelled, ...")
                                 @Reads(Text.STATUS) String status,
                                 @Reads(Text.KIND) String kind,
                                 List<@NotNull(message = NAME) String> actors,
                                 List<@NotNull(message = NAME) String> places,
                                 List<@NotNull(message = NAME) String> tags,
                                 @Valid SourceInput source,
                                 @Schema(description = "Media, first shown first, at most 10; one object is read as a list of one.")
                                 @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                                 List<@NotNull(message = "A media item is an object with its url") MediaInput> media,
                                 @Schema(description = "1 (major) to 3 (minor); 2 when absent.")
                                 @Min(value = 1, message = EditRules.IMPORTANCE)
                                 @Max(value = 3, message = EditRules.IMPORTANCE) Integer importance,
                                 @Schema(description = "false keeps it a draft; true when absent.") Boolean published,
                                 @Schema(description = "Required to replace a milestone: the version it is based on.") Long version)
            implements MilestoneEdit {

        private static final String NAME = "A name is a string; commas are part of it";

        @Override public boolean isApproximate() { return Boolean.TRUE.equals(approximate); }
        @Override public List<String> actorNames() { return MilestoneEdit.names(actors); }
        @Override public List<String> placeNames() { return MilestoneEdit.names(places); }
        @Override public List<String> tagNames() { return MilestoneEdit.names(tags); }
        @Override public int importanceLevel() { return importance == null ? 2 : importance; }
        @Override public boolean isPublished() { return !Boolean.FALSE.equals(published); }
        @Override public Long baseVersion() { return version; }

        @Override
        public Source firstSource() {
            return source == null ? null
                    : MilestoneEdit.source(source.title(), source.outlet(), source.url(), source.published(), source.quote());
        }

        /** The media sent replace all the milestone had: a PUT sends every field. */
        @Override
        public List<Media> media(List<Media> previous) {
            return fields().stream().filter(m -> !m.isEmpty()).map(MediaFields::toMedia).toList();
        }

        @Override
        public java.util.Map<String, String> mediaProblems() {
            return MediaFields.problems(fields(), "media");
        }

        private List<MediaFields> fields() {
            return media == null ? List.of() : media.stream().map(m -> m == null ? new MediaFields(null, null, null, null,
                    null, null, null, null) : m.fields()).toList();
        }
    }

    public record SourceInput(String title, String outlet, @Reads(Text.SOURCE_URL) String url,
                              @Schema(examples = "2025-02-12") @Reads(Text.DAY) String published, String quote) {
    }

    @Schema(description = "A media item. Without a kind, the address decides (a YouTube or Vimeo address is a video, a .pdf a "
            + "document, ...; else an image). Without alt text, an image's caption is its alt text, as before alt text "
            + "existed; an image needs one or the other.")
    public record MediaInput(@Schema(examples = "image") String kind, String url, String alt, String caption, String credit,
                             Integer width, Integer height, List<RenditionView> renditions,
                             @Schema(description = "Ignored, so that a media item read can be sent back as it is: the "
                                     + "server asks the provider itself.") CardView card) {

        MediaFields fields() {
            String given = EditRules.blank(kind) && !EditRules.blank(url) ? MediaKind.guess(url).slug() : kind;
            return new MediaFields(given, url, EditRules.blank(alt) ? caption : alt, caption, credit,
                    width == null ? null : width.toString(), height == null ? null : height.toString(),
                    renditions == null ? null : String.join(", ", renditions.stream()
                            .map(r -> r == null ? "" : r.url() + " " + (r.width() == null ? "" : r.width() + "w")).toList()));
        }
    }

    @Schema(description = "A milestone as editors see it, with its state and the version to send back when changing it.")
    public record EditorMilestone(MilestoneView milestone, boolean published, boolean deleted, long version,
                                  @Schema(description = "What this save could not do, in the request's language: a media item "
                                          + "whose provider did not answer is saved with its address alone. Empty when "
                                          + "all went well, and on reads.")
                                  List<String> notices) {

        EditorMilestone with(List<String> notices) {
            return new EditorMilestone(milestone, published, deleted, version, notices);
        }
    }

    @Schema(description = "Refused because the milestone changed since the version the request was based on.")
    public record Conflict(String message, @Schema(description = "The version the request was based on.") Long yourVersion,
                           long currentVersion, @Schema(description = "What the request wanted to save.") MilestoneInput yours,
                           @Schema(description = "The milestone as it is now.") EditorMilestone current) {
    }

    @Schema(description = "Refused because the timeline changed since the version the request was based on.")
    public record TimelineConflict(String message, Long yourVersion, long currentVersion, TimelineChange yours,
                                   EditorTimeline current) {
    }

    @Schema(description = "An article to extract candidate milestones from.")
    public record ImportRequest(@Schema(required = true) String text,
                                @Schema(required = true, description = "The publication day, such as 2025-02-12.") String published,
                                String title, String outlet, String url) {
    }

    public record Candidate(long id, MilestoneView milestone, double confidence, List<String> flags) {
    }

    public record Candidates(@Schema(description = "How many candidates this import added: 0 for an article "
            + "imported before.") Integer added, List<Candidate> candidates) {
    }

    public record Accepted(String milestone, String url) {
    }

    static EraView era(Era era) {
        return new EraView(era.name(), DateView.of(era.span()));
    }
}
