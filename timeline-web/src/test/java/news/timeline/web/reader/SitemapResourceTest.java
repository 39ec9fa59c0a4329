package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The sitemap is an index of gzipped files, at most {@code timeline.sitemap.max-urls} (10 in tests) addresses each. */
@QuarkusTest
public class SitemapResourceTest {

    private static final int MAX_URLS = 10;
    private static final String BASE = "http://localhost:8080";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

    @Test
    void theIndexPointsToGzippedFilesOfAtMostTheLimitThatTogetherListEveryAddressOnce() {
        String index = given().when().get("/sitemap.xml").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("application/xml")).extract().asString();

        List<String> files = locs(index);
        assertThat(index).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        assertThat(files).hasSizeGreaterThan(1);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i)).isEqualTo(BASE + "/sitemap-" + (i + 1) + ".xml.gz");
            String file = file(i + 1);
            assertThat(file).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
            List<String> listed = locs(file);
            assertThat(listed).isNotEmpty().hasSizeLessThanOrEqualTo(MAX_URLS);
            if (i < files.size() - 1) {
                assertThat(listed).hasSize(MAX_URLS);
            }
            urls.addAll(listed);
        }
        assertThat(urls).doesNotHaveDuplicates().startsWith(BASE + "/")
                .contains(BASE + "/timelines/us-russia-relations", BASE + "/timelines/us-russia-relations/milestones/geneva-summit",
                        BASE + "/actors/vladimir-putin", BASE + "/tags/peace%20talks");
    }

    @Test
    void aFileTheIndexDoesNotListIsNotFound() {
        int files = locs(given().when().get("/sitemap.xml").then().extract().asString()).size();

        for (String missing : List.of("0", String.valueOf(files + 1), "99999999999")) {
            given().when().get("/sitemap-" + missing + ".xml.gz").then().statusCode(404);
        }
        given().when().get("/sitemap-one.xml.gz").then().statusCode(404);
    }

    @Test
    void robotsPointToTheIndex() {
        assertThat(given().when().get("/robots.txt").then().statusCode(200).extract().asString())
                .contains("Sitemap: " + BASE + "/sitemap.xml");
    }

    /** Every address the sitemap lists, from all its files, one a line. */
    public static String everyAddress() {
        StringBuilder all = new StringBuilder();
        int files = locs(given().when().get("/sitemap.xml").then().statusCode(200).extract().asString()).size();
        for (int i = 1; i <= files; i++) {
            locs(file(i)).forEach(url -> all.append(url).append('\n'));
        }
        return all.toString();
    }

    private static String file(int number) {
        byte[] gzipped = given().when().get("/sitemap-" + number + ".xml.gz").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("application/gzip")).extract().asByteArray();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> locs(String xml) {
        List<String> locs = new ArrayList<>();
        Matcher loc = LOC.matcher(xml);
        while (loc.find()) {
            locs.add(loc.group(1));
        }
        return locs;
    }
}
