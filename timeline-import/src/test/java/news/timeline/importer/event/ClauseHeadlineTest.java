package news.timeline.importer.event;

import news.timeline.importer.read.Article;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Events of the open lexicon get headlines made from their clause, as newsrooms write them. */
class ClauseHeadlineTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 12);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Russian authorities arrested Evan Gershkovich in March 2023. | Russia arrests Evan Gershkovich",
            "Paul Manafort was sentenced to 73 months in federal prison on Wednesday. | Manafort sentenced to 73 months in federal prison",
            "An apartment building collapsed on Monday in Magnitogorsk. | Apartment building collapses in Magnitogorsk",
            // An adverb between "was" and the participle leaves the passive a passive, not a deed of the victim.
            "The activist was fatally stabbed on Monday in Kyiv. | Activist fatally stabbed in Kyiv",
            "The activist fatally stabbed a guard on Monday in Kyiv. | Activist fatally stabs guard in Kyiv",
            "Also on Sunday, the United States announced a complete withdrawal from the region. | US announces complete withdrawal from region",
            "Trump will visit Riyadh in May. | Trump to visit Riyadh",
            // A prefix at the start of the sentence is no subject ("Re re-elects"), and reading it fails nothing.
            "Re-elected in 2020, Jane Smith resigned on Monday. | Smith resigns",
            // A plural without an -s takes the plural verb.
            "Police detained two men in Kyiv on Sunday. | Police detain two men in Kyiv",
            // A body of people is a doer though no one is named; the reporting before "that" is left out,
            // and a pronoun after it is the speaker.
            "Officials told state media on Friday, adding that rescuers ended their work on Thursday. | Rescuers end their work",
            "The department announced today that it has reached a proposed settlement with Visa. | Department reaches proposed settlement with Visa",
            // A verb of several words is written once.
            "The agreement, brokered by the United States, Egypt and Qatar, is set to take effect on Sunday. | Egypt and Qatar to take effect",
    })
    void writesTheClauseAsAHeadline(String sentence, String headline) {
        List<Candidate> found = ArticleImporter.english().extract(Article.of(sentence, PUBLISHED));

        assertThat(found).extracting(c -> c.milestone().headline()).contains(headline);
    }
}
