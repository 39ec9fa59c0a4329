package news.timeline.web.archive;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.Precision;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.ImportCandidateEntity;
import news.timeline.core.timeline.TimelineState;

/**
 * What a site archive holds: the tables it copies, in the order they are written and read back (parents
 * first), which columns are ids and which point at ids, and the checks on values the database alone would
 * not refuse. The columns themselves come from the database, so a column a migration adds travels in the
 * archive without a change here; a new table, a new kind of id or a new checked value is one line here.
 */
public final class ArchiveTables {

    /** A kind of id, numbered by one sequence. Ids are renumbered 1, 2, 3… in an archive and shifted on import. */
    public enum IdSpace {
        TIMELINE("timeline_seq"),
        ERA("era_seq"),
        MILESTONE("milestone_seq"),
        ACTOR("actor_seq"),
        PLACE("place_seq"),
        IMPORT_CANDIDATE("import_candidate_seq"),
        IMPORT_SOURCE("import_source_seq"),
        CORRECTION_NOTE("correction_note_seq"),
        REVISION("revinfo_seq"),
        ACCOUNT("account_seq");

        public final String sequence;

        IdSpace(String sequence) {
            this.sequence = sequence;
        }
    }

    /**
     * One table in the archive.
     *
     * @param name the table's name, which is also its file's name ({@code name.jsonl})
     * @param key the column that is this table's own id, or null
     * @param references the columns holding ids, with the kind of id each holds (the key among them)
     * @param history true for Envers' tables: their ids may name rows that no longer exist
     * @param orderBy the columns that put rows in a stable order
     * @param leftOut columns never written (secrets)
     * @param keptBy a column naming a row across sites: on import, a row whose value the site already has
     *               keeps the site's version, and the archive's is skipped; null for none
     */
    public record Table(String name, String key, Map<String, IdSpace> references, boolean history,
                        List<String> orderBy, Set<String> leftOut, String keptBy) {

        public String file() {
            return name + ".jsonl";
        }

        IdSpace keySpace() {
            return key == null ? null : references.get(key);
        }
    }

    /** Accounts travel without id, password hash or version: see docs/archive.md. */
    public static final String ACCOUNTS = "account";

    public static final List<Table> TABLES = List.of(
            table("timeline", "id", Map.of("id", IdSpace.TIMELINE), "id"),
            table("era", "id", Map.of("id", IdSpace.ERA, "timeline_id", IdSpace.TIMELINE), "id"),
            table("actor", "id", Map.of("id", IdSpace.ACTOR), "id"),
            table("actor_alias", null, Map.of("actor_id", IdSpace.ACTOR), "actor_id", "position"),
            table("place", "id", Map.of("id", IdSpace.PLACE), "id"),
            table("place_alias", null, Map.of("place_id", IdSpace.PLACE), "place_id", "position"),
            table("milestone", "id", Map.of("id", IdSpace.MILESTONE, "timeline_id", IdSpace.TIMELINE), "id"),
            table("milestone_actor", null, Map.of("milestone_id", IdSpace.MILESTONE, "actor_id", IdSpace.ACTOR),
                    "milestone_id", "position"),
            table("milestone_place", null, Map.of("milestone_id", IdSpace.MILESTONE, "place_id", IdSpace.PLACE),
                    "milestone_id", "position"),
            table("milestone_tag", null, Map.of("milestone_id", IdSpace.MILESTONE), "milestone_id", "position"),
            table("milestone_source", null, Map.of("milestone_id", IdSpace.MILESTONE), "milestone_id", "position"),
            table("milestone_media", null, Map.of("milestone_id", IdSpace.MILESTONE), "milestone_id", "position"),
            table("correction_note", "id", Map.of("id", IdSpace.CORRECTION_NOTE, "timeline_id", IdSpace.TIMELINE), "id"),
            table("import_candidate", "id", Map.of("id", IdSpace.IMPORT_CANDIDATE, "timeline_id", IdSpace.TIMELINE), "id"),
            // Articles waiting for their publication date, and the internal hosts articles may be fetched from.
            table("import_source", "id", Map.of("id", IdSpace.IMPORT_SOURCE, "timeline_id", IdSpace.TIMELINE), "id"),
            new Table("import_allowed_host", null, Map.of(), false, List.of("host"), Set.of(), "host"),
            table("revinfo", "rev", Map.of("rev", IdSpace.REVISION), "rev"),
            history("timeline_aud", Map.of("id", IdSpace.TIMELINE, "rev", IdSpace.REVISION), "rev", "id"),
            history("era_aud", Map.of("id", IdSpace.ERA, "rev", IdSpace.REVISION, "timeline_id", IdSpace.TIMELINE),
                    "rev", "id"),
            history("milestone_aud", Map.of("id", IdSpace.MILESTONE, "rev", IdSpace.REVISION,
                    "timeline_id", IdSpace.TIMELINE), "rev", "id"),
            history("milestone_actor_aud", Map.of("milestone_id", IdSpace.MILESTONE, "rev", IdSpace.REVISION,
                    "actor_id", IdSpace.ACTOR), "rev", "milestone_id", "position", "actor_id"),
            history("milestone_place_aud", Map.of("milestone_id", IdSpace.MILESTONE, "rev", IdSpace.REVISION,
                    "place_id", IdSpace.PLACE), "rev", "milestone_id", "position", "place_id"),
            history("milestone_tag_aud", Map.of("milestone_id", IdSpace.MILESTONE, "rev", IdSpace.REVISION),
                    "rev", "milestone_id", "position", "tag"),
            history("milestone_source_aud", Map.of("milestone_id", IdSpace.MILESTONE, "rev", IdSpace.REVISION),
                    "rev", "milestone_id", "position", "revtype"),
            history("milestone_media_aud", Map.of("milestone_id", IdSpace.MILESTONE, "rev", IdSpace.REVISION),
                    "rev", "milestone_id", "position", "revtype"),
            new Table(ACCOUNTS, null, Map.of(), false, List.of("username"), Set.of("id", "password_hash", "version"),
                    "username"));

    /** Values the schema lets through but the application could not read: checked per table and column. */
    static final Map<String, Consumer<String>> CHECKS = Map.ofEntries(
            Map.entry("timeline.state", value -> TimelineState.valueOf(value)),
            Map.entry("timeline.default_view", value -> news.timeline.core.timeline.ReaderView.valueOf(value)),
            Map.entry("era.date_value", HistoricalDate::parse),
            Map.entry("actor.type", value -> ActorType.valueOf(value)),
            Map.entry("place.type", value -> PlaceType.valueOf(value)),
            Map.entry("milestone.date_value", HistoricalDate::parse),
            Map.entry("milestone.date_precision", value -> Precision.valueOf(value)),
            Map.entry("milestone.status", value -> MilestoneStatus.valueOf(value)),
            Map.entry("milestone.kind", value -> MilestoneKind.valueOf(value)),
            Map.entry("import_candidate.state", value -> ImportCandidateEntity.State.valueOf(value)),
            Map.entry("account.role", value -> AccountEntity.Role.valueOf(value)),
            // What the editor and the API refuse, the archive refuses too: a policy fragment in the embed
            // origins would go into the widget's Content-Security-Policy, a javascript: address into a link.
            Map.entry("timeline.embed_origins", news.timeline.core.timeline.Timeline::origins),
            Map.entry("timeline.cover_url", ArchiveTables::coverAddress),
            Map.entry("timeline.title", value -> text(value, 200)),
            Map.entry("milestone.headline", value -> text(value, news.timeline.core.milestone.Milestone.MAX_HEADLINE)),
            Map.entry("milestone_aud.headline", value -> text(value, news.timeline.core.milestone.Milestone.MAX_HEADLINE)),
            Map.entry("milestone_source.url", ArchiveTables::webAddress),
            Map.entry("milestone_media.url", ArchiveTables::webAddress),
            Map.entry("milestone_source_aud.url", ArchiveTables::webAddress),
            Map.entry("milestone_media_aud.url", ArchiveTables::webAddress),
            // A media card's player is framed and its thumbnail shown: the same checks as when a provider answered.
            Map.entry("milestone_media.card_player", value -> new news.timeline.core.milestone.MediaCard(null, null, null, null, null, value)),
            Map.entry("milestone_media_aud.card_player", value -> new news.timeline.core.milestone.MediaCard(null, null, null, null, null, value)),
            Map.entry("milestone_media.card_thumbnail", ArchiveTables::webAddress),
            Map.entry("milestone_media_aud.card_thumbnail", ArchiveTables::webAddress),
            Map.entry("milestone_media.kind", value -> news.timeline.core.milestone.MediaKind.valueOf(value)),
            Map.entry("milestone_media.renditions", news.timeline.core.milestone.Rendition::parse),
            Map.entry("milestone_media_aud.renditions", news.timeline.core.milestone.Rendition::parse),
            Map.entry("import_allowed_host.host", news.timeline.web.importing.FetchHosts::check));

    /**
     * Values the application cleans rather than refuses, cleaned as the editor cleans them: a summary keeps
     * only the markup the summary policy allows (SummaryMarkup), in the history as in the milestone.
     */
    static final Map<String, java.util.function.UnaryOperator<String>> CLEANED = Map.of(
            "milestone.summary", ArchiveTables::summary,
            "milestone_aud.summary", ArchiveTables::summary);

    private static String summary(String html) {
        news.timeline.core.milestone.Summary summary = news.timeline.web.markup.SummaryMarkup.clean(html).summary();
        return summary.isEmpty() ? null : summary.html();
    }

    private static void webAddress(String value) {
        if (!value.strip().matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("expected an http:// or https:// address");
        }
    }

    private static void coverAddress(String value) {
        if (!news.timeline.core.timeline.Cover.isWebAddress(value.strip())) {
            throw new IllegalArgumentException("expected an http:// or https:// address with a host");
        }
    }

    private static void text(String value, int max) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("it is empty");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("at most " + max + " characters, this has " + value.length());
        }
    }

    private ArchiveTables() {
    }

    public static Table named(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    private static Table table(String name, String key, Map<String, IdSpace> references, String... orderBy) {
        return new Table(name, key, references, false, List.of(orderBy), Set.of(), null);
    }

    private static Table history(String name, Map<String, IdSpace> references, String... orderBy) {
        return new Table(name, null, references, true, List.of(orderBy), Set.of(), null);
    }
}
