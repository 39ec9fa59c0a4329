package news.timeline.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.time.TimeTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dated-event measure of the SemEval-2015 TimeLine folder (its README): how a proposal's date meets the
 * gold's, which sentences name an entity, and the importer's bar on the trial set, the development set of
 * cross-article timelines.
 */
class TimelineEvaluatorTest {

    /** The importer's F1 on the trial set; the naive baseline's is about half of it. */
    private static final double TRIAL_MIN_F1 = 0.32;

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
        "2006-03-28, 2006-03, true",
        "2006-03, 2006, true",
        "2006, 2006-03, false",
        "2006-W13, 2006-03, true",
        "2006-W13, 2006-03-27, false",
        "2006-SU, 2006, true",
        "2006-SU, 2006-06, false",
        "1999~, 1999, true",
        "2007-02-05, 2007-02-06, false",
    })
    void aProposalMeetsTheGoldAtTheGoldsPrecision(String proposed, String gold, boolean matches) {
        assertThat(TimelineEvaluator.atGoldPrecision(proposed, gold)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{1} in \"{0}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "Apple unveiled the iPhone 3GS on Monday.|iPhone 3G|true",
        "Apple unveiled the iPhone on Monday.|iPhone 3G|true",
        "The Beatles' Apple Corps sued Apple Computer.|Beatles Apple Corps|true",
        "Apple Corps sued Apple Computer.|Beatles Apple Corps|false",
    })
    void aSentenceNamesAnEntityByAllItsWordsOfThreeLettersOrMore(String sentence, String entity, boolean names) {
        assertThat(TimelineEvaluator.names(sentence, entity)).isEqualTo(names);
    }

    @Test
    void theImporterKeepsItsBarOnTheTrialSetAndBeatsTheBaseline() throws URISyntaxException {
        TimelineCorpus corpus = TimelineCorpus.read(Path.of(getClass().getResource("/eval/semeval2015-timeline-trial").toURI()));
        Set<TimelineEvaluator.Tuple> gold = TimelineEvaluator.gold(corpus);

        TimelineEvaluator.Result importer = TimelineEvaluator.score(gold, TimelineEvaluator.extracted(corpus, ArticleImporter.english()));
        TimelineEvaluator.Result baseline = TimelineEvaluator.score(gold, TimelineEvaluator.baseline(corpus, TimeTagger.english()));

        assertThat(corpus.documents()).hasSize(30);
        assertThat(gold).hasSize(129);
        assertThat(importer.f1()).as("importer F1").isGreaterThanOrEqualTo(TRIAL_MIN_F1)
                .isGreaterThan(1.5 * baseline.f1());
    }
}
