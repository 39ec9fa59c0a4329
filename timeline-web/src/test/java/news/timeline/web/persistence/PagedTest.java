package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a pager's links carry of the list they page through. */
class PagedTest {

    @Test
    void aParameterIsEncodedAndABlankOneLeftOut() {
        assertThat(Paged.param("q", " talks & treaties ")).isEqualTo("&q=talks+%26+treaties");
        assertThat(Paged.param("from", "2021-06")).isEqualTo("&from=2021-06");
        assertThat(Paged.param("actor", " ")).isEmpty();
        assertThat(Paged.param("actor", null)).isEmpty();
    }

    @Test
    void theStartOfAPageIsANumberOrZero() {
        assertThat(Paged.offset(" 100 ")).isEqualTo(100);
        assertThat(Paged.offset("-5")).isZero();
        assertThat(Paged.offset("lots")).isZero();
        assertThat(Paged.offset(null)).isZero();
    }

    @Test
    void aPageCountsWhatItShowsFromItsRows() {
        Paged page = new Paged() {
            public java.util.List<?> rows() {
                return java.util.List.of("a", "b");
            }

            public int offset() {
                return 10;
            }

            public int limit() {
                return 2;
            }

            public long matching() {
                return 13;
            }
        };
        assertThat(page.shown()).isEqualTo(2);
        assertThat(page.first()).isEqualTo(11);
        assertThat(page.last()).isEqualTo(12);
        assertThat(page.hasMore()).isTrue();
        assertThat(page.nextOffset()).isEqualTo(12);
    }
}
