package news.timeline.importer.event;

import news.timeline.importer.read.Article;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import news.timeline.core.date.HistoricalDate;
import news.timeline.importer.time.TimeExpression;
import news.timeline.importer.time.TimeTagger;
import news.timeline.importer.time.TimexType;
import org.junit.jupiter.api.Test;

/** What a failing part of the importer costs: only its part, and it is reported, not dropped. */
class ExtractionProblemsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 12);
    private static final String TEXT = "Putin and Trump spoke by phone on Wednesday. "
            + "Russia annexed Crimea in March 2014. "
            + "Zelensky met Macron in Paris on Monday.";

    @Test
    void aTaggerThatFailsLeavesTheEventsDatedByPublicationAndSaysSo() {
        ArticleImporter importer = new ArticleImporter(Rules.load("en"), (text, published) -> {
            throw new IllegalStateException("tagger broke");
        });

        Extraction extraction = importer.run(List.of(Article.of(TEXT, PUBLISHED, "Trump calls Putin", null, null)));

        assertThat(extraction.problems()).singleElement().asString()
                .startsWith("\"Trump calls Putin\": the time tagger failed")
                .contains("tagger broke");
        assertThat(extraction.candidates()).isNotEmpty();
    }

    @Test
    void aSentenceTheRulesCannotReadIsNamedAndTheOthersKeepTheirMilestones() {
        TimeTagger real = TimeTagger.english();
        int second = TEXT.indexOf("in March 2014");
        ArticleImporter importer = new ArticleImporter(Rules.load("en"), (text, published) -> {
            List<TimeExpression> times = new java.util.ArrayList<>(real.tag(text, published));
            // A time the rules were never meant to see, inside the second sentence: it ends before it begins.
            times.removeIf(time -> time.begin() == second + 3);
            times.add(new TimeExpression(second + 3, second + 2, "March 2014", TimexType.DATE, "2014-03", null,
                    HistoricalDate.ofMonth(2014, 3)));
            times.sort(java.util.Comparator.comparingInt(TimeExpression::begin));
            return times;
        });

        Extraction extraction = importer.run(List.of(Article.of(TEXT, PUBLISHED, null, null, null)));

        assertThat(extraction.problems()).singleElement().asString()
                .startsWith("the article of 2025-02-12: sentence 2 (\"Russia annexed Crimea in March 2014.\") was skipped");
        assertThat(extraction.candidates()).extracting(c -> c.milestone().date())
                .contains(HistoricalDate.ofDay(2025, 2, 12))
                .doesNotContain(HistoricalDate.ofMonth(2014, 3));
    }

    @Test
    void theEnglishImporterReadsTheSampleWithoutProblems() {
        Extraction extraction = ArticleImporter.english().run(List.of(Article.of(TEXT, PUBLISHED, null, null, null)));

        assertThat(extraction.problems()).isEmpty();
        assertThat(extraction.candidates()).extracting(c -> c.milestone().date())
                .contains(HistoricalDate.ofMonth(2014, 3));
    }

    /**
     * Every sentence of every evaluation article is read: a rule that throws costs only its sentence, so a
     * bug in one would otherwise show only as a lower score.
     */
    @Test
    void everyEvaluationArticleIsReadWithoutASkippedSentence() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of(getClass().getResource("/eval/news").toURI());
        List<Article> articles = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                articles.add(Article.of(java.nio.file.Files.readString(file), LocalDate.parse(
                        name.substring(name.length() - "yyyy-mm-dd.txt".length(), name.length() - ".txt".length())),
                        name, null, null));
            }
        }

        Extraction extraction = ArticleImporter.english().run(articles);

        assertThat(articles).hasSizeGreaterThan(70);
        assertThat(extraction.problems()).isEmpty();
    }
}
