package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import news.timeline.web.persistence.ContentMarks.Mark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When a content marker kept in memory is used, and when the database is read instead. */
class MarkMemoryTest {

    private static final String SLUG = "us-russia-relations";
    private static final String OTHER = "another-desk";
    private static final long ID = 1;
    private static final long OTHER_ID = 2;
    private static final long TTL = Duration.ofSeconds(5).toNanos();

    /** The database: each timeline's marker as committed, and the slugs read, in order. */
    private final Map<String, Mark> committed = new HashMap<>();
    private final List<String> reads = new ArrayList<>();
    private final Function<String, Optional<Mark>> database = slug -> {
        reads.add(slug);
        return Optional.ofNullable(committed.get(slug));
    };
    private long now = 1_000;
    private MarkMemory memory;

    @BeforeEach
    void oneInstance() {
        committed.put(SLUG, new Mark(ID, 3, 10, 1_700_000_000));
        committed.put(OTHER, new Mark(OTHER_ID, 1, 4, 1_700_000_000));
        memory = new MarkMemory(TTL, () -> now, true);
    }

    @Test
    void aKeptMarkerIsUsedUntilItsTimelineChanges() {
        assertThat(memory.of(SLUG, database)).contains(committed.get(SLUG));
        assertThat(memory.of(SLUG, database)).contains(committed.get(SLUG));
        assertThat(reads).containsExactly(SLUG);

        commit(SLUG, ID);

        assertThat(memory.of(SLUG, database)).as("the commit's marker, at once").contains(committed.get(SLUG));
        assertThat(memory.of(SLUG, database)).contains(committed.get(SLUG));
        assertThat(reads).containsExactly(SLUG, SLUG);
    }

    @Test
    void aChangeOfOneTimelineLeavesTheOthersKept() {
        memory.of(SLUG, database);
        memory.of(OTHER, database);

        commit(OTHER, OTHER_ID);
        memory.of(SLUG, database);
        memory.of(OTHER, database);

        assertThat(reads).containsExactly(SLUG, OTHER, OTHER);
    }

    @Test
    void aChangeToldBySlugIsSeenToo() {
        memory.of(SLUG, database);
        memory.of(OTHER, database);

        committed.put(SLUG, new Mark(ID, 3, 11, 1_700_000_001));
        memory.changed(SLUG);

        assertThat(memory.of(SLUG, database)).contains(committed.get(SLUG));
        memory.of(OTHER, database);
        assertThat(reads).containsExactly(SLUG, OTHER, SLUG);
    }

    /**
     * A reader's read that began before an edit's commit returns the marker before it, and stores it after the
     * edit was told: it is not used by the next reader, who reads the edit's.
     */
    @Test
    void aMarkerReadWhileAChangeCommittedIsNotKept() {
        Mark before = committed.get(SLUG);
        Function<String, Optional<Mark>> slowRead = slug -> {
            Optional<Mark> read = database.apply(slug);
            commit(SLUG, ID);
            return read;
        };

        assertThat(memory.of(SLUG, slowRead)).as("a read concurrent with the commit").contains(before);

        assertThat(memory.of(SLUG, database)).as("the next reader's").contains(committed.get(SLUG)).isNotEqualTo(Optional.of(before));
        assertThat(memory.of(SLUG, database)).contains(committed.get(SLUG));
        assertThat(reads).hasSize(2);
    }

    @Test
    void aMarkerIsReadAgainOnceItIsOlderThanItsTimeToLive() {
        memory.of(SLUG, database);
        now += TTL - 1;
        memory.of(SLUG, database);
        assertThat(reads).hasSize(1);

        // A change this instance was never told of.
        committed.put(SLUG, new Mark(ID, 3, 12, 1_700_000_002));
        now += 1;

        assertThat(memory.of(SLUG, database)).contains(committed.get(SLUG));
        assertThat(reads).hasSize(2);
    }

    @Test
    void draftsAndMissingTimelinesAreNotKept() {
        committed.remove(OTHER);

        assertThat(memory.of(OTHER, database)).isEmpty();
        committed.put(OTHER, new Mark(OTHER_ID, 2, 4, 1_700_000_000));

        assertThat(memory.of(OTHER, database)).as("published without a word to the memory").contains(committed.get(OTHER));
        assertThat(memory.size()).isEqualTo(1);
    }

    @Test
    void whileOtherInstancesGoUnheardEveryRequestReadsTheDatabase() {
        MarkMemory shared = new MarkMemory(TTL, () -> now, false);

        shared.of(SLUG, database);
        shared.of(SLUG, database);
        assertThat(reads).as("before the listener listens").hasSize(2);

        shared.hearing();
        shared.of(SLUG, database);
        shared.of(SLUG, database);
        assertThat(reads).hasSize(3);

        shared.deaf();
        shared.of(SLUG, database);
        shared.of(SLUG, database);
        assertThat(reads).as("the listener lost").hasSize(5);
        assertThat(shared.size()).isZero();

        shared.hearing();
        shared.of(SLUG, database);
        assertThat(reads).as("what was kept before is read anew").hasSize(6);
    }

    /** A read that began before the listener was lost, and ended after it listened again, may have missed a notice. */
    @Test
    void aMarkerReadAcrossALossOfTheListenerIsNotKept() {
        Function<String, Optional<Mark>> slowRead = slug -> {
            Optional<Mark> read = database.apply(slug);
            memory.deaf();
            memory.hearing();
            return read;
        };
        memory.of(SLUG, slowRead);

        memory.of(SLUG, database);

        assertThat(reads).hasSize(2);
    }

    @Test
    void everythingChangedForgetsEveryMarker() {
        memory.of(SLUG, database);
        memory.of(OTHER, database);

        memory.changedAll();
        memory.of(SLUG, database);
        memory.of(OTHER, database);

        assertThat(reads).containsExactly(SLUG, OTHER, SLUG, OTHER);
    }

    @Test
    void noTimeToLiveKeepsNothing() {
        MarkMemory none = new MarkMemory(0, () -> now, true);

        none.of(SLUG, database);
        none.of(SLUG, database);

        assertThat(reads).hasSize(2);
        assertThat(none.size()).isZero();
    }

    @Test
    void aLookUpWithoutTheDatabaseGivesOnlyACurrentKeptMarker() {
        assertThat(memory.kept(SLUG)).as("nothing read yet").isEmpty();
        memory.of(SLUG, database);
        assertThat(memory.kept(SLUG)).contains(committed.get(SLUG));

        commit(SLUG, ID);
        assertThat(memory.kept(SLUG)).as("changed since its read").isEmpty();
        memory.of(SLUG, database);
        assertThat(memory.kept(SLUG)).contains(committed.get(SLUG));

        now += TTL;
        assertThat(memory.kept(SLUG)).as("too old").isEmpty();
        memory.of(SLUG, database);
        memory.deaf();
        assertThat(memory.kept(SLUG)).as("other instances unheard").isEmpty();
        assertThat(reads).hasSize(3);
    }

    /** A committed write of the timeline: its marker moves on, and the memory is told. */
    private void commit(String slug, long id) {
        Mark mark = committed.get(slug);
        committed.put(slug, new Mark(id, mark.version(), mark.contentVersion() + 1, mark.changedSecond() + 1));
        memory.changed(id);
    }
}
