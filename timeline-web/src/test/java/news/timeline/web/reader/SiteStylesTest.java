package news.timeline.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteStylesTest {

    @Test
    void compactDropsCommentsAndSpareSpaceButKeepsTheSpacesThatMeanSomething() {
        String css = """
                /* A comment
                   over two lines. */
                .a :focus { outline: 3px solid red; }
                .b > p { font: 1rem/1.5 "Segoe UI", sans-serif; width: calc(100% - 2rem); }
                """;
        assertThat(CompactCss.of(css)).isEqualTo(
                ".a :focus{outline: 3px solid red;}.b > p{font: 1rem/1.5 \"Segoe UI\", sans-serif;width: calc(100% - 2rem);}");
    }

    @Test
    void thePagesStylesheetsAreTheFilesCompacted() {
        assertThat(SiteStyles.siteCss.getValue()).contains(".tl-x3{left:30%}", ".tl-axis__card{position: absolute;");
        assertThat(SiteStyles.storyCss.getValue()).contains(".tl-story__steps{display: grid;");
        assertThat(SiteStyles.css()).hasSize(2).allSatisfy(css -> assertThat(css).doesNotContain("/*"));
    }

    @Test
    void theReadersStylesheetCarriesNeitherTheEditorsNorStoryModesRules() {
        assertThat(SiteStyles.siteCss.getValue()).doesNotContain(".tl-review", ".tl-table", ".tl-form", ".tl-story", "--tl-ok-paper");
    }
}
