package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.TimelineStore;
import org.junit.jupiter.api.Test;

/** The reader pages as a browser without JavaScript gets them. */
@QuarkusTest
class TimelineResourceTest {

    private static final String DEMO = "/timelines/us-russia-relations";
    private static final String CALL_HEADLINE = "Trump and Putin hold 90-minute phone call";

    @Test
    void indexListsTheDemoTimeline() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<a href=\"" + DEMO + "\">US–Russia relations</a>"))
                .body(containsString("10 milestones · 2014–2025"));
    }

    @Inject
    TimelineStore store;

    /** The count is a long: "1 milestones" was what the list said of a timeline of one. */
    @Test
    void aTimelineOfOneMilestoneIsListedAsOneMilestone() {
        store.save(new Timeline("one-milestone", "A timeline of one", null, List.of(), List.of(
                Milestone.builder("The only event").slug("only").date(HistoricalDate.ofYear(2020)).kind(MilestoneKind.MEETING).build())));
        given().when().get("/").then().statusCode(200)
                .body(containsString(">1 milestone · 2020</p>"))
                .body(not(containsString(">1 milestones")));
        given().header("Accept-Language", "de").when().get("/").then().statusCode(200)
                .body(containsString(">1 Meilenstein · 2020</p>"));
    }

    @Test
    void searchFindsMilestonesAcrossTimelines() {
        given().queryParam("q", "GENEVA").when().get("/")
                .then().statusCode(200)
                .body(containsString("Results for “GENEVA”"))
                .body(containsString("<a href=\"" + DEMO + "/milestones/geneva-summit\">Biden and Putin meet in Geneva</a>"));
        given().queryParam("q", "no such words").when().get("/")
                .then().statusCode(200)
                .body(containsString("No milestone matches “no such words”."));
    }

    @Test
    void timelineShowsMilestonesInDateOrderAtTheirPrecision() {
        String html = given().when().get(DEMO).then().statusCode(200).extract().asString();

        assertInOrder(html,
                "<article id=\"m-crimea-annexation\"",
                "<time datetime=\"2014\">2014</time>",
                "<article id=\"m-geneva-summit\"",
                "<time datetime=\"2021\">2021</time>",
                "<article id=\"m-full-scale-invasion\"",
                "<time datetime=\"2022\">2022</time>",
                "<article id=\"m-trump-putin-call\"",
                "<time datetime=\"2025-02-12\">12 February 2025</time>",
                "<article id=\"m-saudi-summit\"",
                "Planned, date not set");
        assertThat(html)
                .contains(">" + CALL_HEADLINE + "</a></h3>")
                .contains("<blockquote>The call between Trump and Putin lasted approximately 90 minutes, indicative of")
                .contains("Biden administration")
                .contains("<html lang=\"en\">")
                .contains("Showing 10 of 10 milestones.")
                .contains("data-kind=\"phone-call\"")
                .contains("<a href=\"/actors/vladimir-putin\">Vladimir Putin</a>");
    }

    @Test
    void sameDayMilestonesPutTheMainEventFirst() {
        String html = given().when().get(DEMO).then().extract().asString();

        assertInOrder(html, "id=\"m-trump-putin-call\"", "id=\"m-negotiating-team\"", "id=\"m-brent-falls\"");
    }

    @Test
    void filtersWorkWithoutJavaScript() {
        String calls = given().queryParam("kind", "phone-call").when().get(DEMO).then().statusCode(200).extract().asString();
        assertThat(calls).contains("id=\"m-trump-putin-call\"", "id=\"m-trump-zelensky-call\"")
                .doesNotContain("id=\"m-geneva-summit\"")
                .contains("Showing 2 of 2 milestones.")
                .contains("<option value=\"phone-call\" selected>");

        String planned = given().queryParam("status", "planned").when().get(DEMO).then().extract().asString();
        assertThat(planned).contains("id=\"m-saudi-summit\"").doesNotContain("id=\"m-trump-putin-call\"");

        String span = given().queryParam("from", "2021").queryParam("to", "2022").when().get(DEMO).then().extract().asString();
        assertThat(span).contains("id=\"m-geneva-summit\"", "id=\"m-full-scale-invasion\"")
                .doesNotContain("id=\"m-crimea-annexation\"", "id=\"m-trump-putin-call\"", "id=\"m-saudi-summit\"");

        String putin = given().queryParam("actor", "vladimir-putin").queryParam("q", "GENEVA").when().get(DEMO).then().extract().asString();
        assertThat(putin).contains("id=\"m-geneva-summit\"").contains("Showing 1 of 1 milestones.");
    }

    @Test
    void theDateFiltersSuggestTheYearsOfTheMilestonesShown() {
        String all = given().when().get(DEMO).then().statusCode(200).extract().asString();
        String geneva = given().queryParam("q", "Geneva").when().get(DEMO).then().statusCode(200).extract().asString();

        assertThat(all).contains("name=\"from\" value=\"\" placeholder=\"2014\"", "name=\"to\" value=\"\" placeholder=\"2025\"");
        assertThat(geneva).contains("name=\"from\" value=\"\" placeholder=\"2021\"", "name=\"to\" value=\"\" placeholder=\"2021\"");
    }

    @Test
    void aBadDateFilterIsExplainedBesideItsFieldAndTheRestStillWorks() {
        String html = given().queryParam("from", "20x1").queryParam("kind", "annexation").when().get(DEMO)
                .then().statusCode(200).extract().asString();

        assertThat(html)
                .contains("aria-invalid=\"true\"")
                .contains("<span class=\"tl-error\" id=\"f-from-error\">Invalid date &#39;20x1&#39;")
                .contains("id=\"m-crimea-annexation\"")
                .doesNotContain("id=\"m-geneva-summit\"");
    }

    @Test
    void unknownFilterValuesFilterNothing() {
        given().queryParam("kind", "earthquake").queryParam("status", "maybe").when().get(DEMO)
                .then().statusCode(200).body(containsString("Showing 10 of 10 milestones."));
    }

    @Test
    void timelinePageCarriesSharingAndSearchMetadata() {
        String html = given().when().get(DEMO).then().extract().asString();

        assertThat(html)
                .contains("<title>US–Russia relations · Newsroom timelines</title>")
                .contains("<meta name=\"description\" content=\"US–Russia diplomacy around the war in Ukraine")
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080" + DEMO + "\">")
                .contains("<meta property=\"og:title\" content=\"US–Russia relations\">")
                .contains("<meta name=\"twitter:card\" content=\"summary\">")
                .contains("<link rel=\"alternate\" hreflang=\"de\" href=\"http://localhost:8080" + DEMO + "?lang=de\">")
                .contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\"")
                .contains("\"@type\":\"Event\",\"name\":\"Russia annexes Crimea\"")
                .contains("\"startDate\":\"2014\"")
                .contains("\"location\":{\"@type\":\"Place\",\"name\":\"Crimea\"}")
                .contains("{\"@type\":\"Person\",\"name\":\"Vladimir Putin\"}");
    }

    @Test
    void milestonePermalinkShowsItsSources() {
        String html = given().when().get(DEMO + "/milestones/trump-putin-call").then().statusCode(200).extract().asString();

        assertThat(html)
                .contains("<h1>" + CALL_HEADLINE + "</h1>")
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080" + DEMO + "/milestones/trump-putin-call\">")
                .contains("<blockquote>The call between Trump and Putin lasted approximately 90 minutes, indicative of")
                .contains("\"@type\":\"Event\"")
                .contains("href=\"" + DEMO + "?at=trump-putin-call#m-trump-putin-call\"");
        given().when().get(DEMO + "/milestones/nothing").then().statusCode(404)
                .body(containsString("The timeline &#39;US–Russia relations&#39; has no milestone called &#39;nothing&#39;."));
    }

    @Test
    void actorPlaceAndTagPagesGatherMilestones() {
        given().when().get("/actors/vladimir-putin").then().statusCode(200)
                .body(containsString("<h1>Milestones naming Vladimir Putin</h1>"))
                .body(containsString("Also known as: Putin"))
                .body(containsString(CALL_HEADLINE))
                .body(not(containsString("Russia annexes Crimea")));
        given().when().get("/places/geneva").then().statusCode(200)
                .body(containsString("Biden and Putin meet in Geneva"));
        given().when().get("/tags/{tag}", "peace talks").then().statusCode(200)
                .body(containsString("Milestones tagged “peace talks”"))
                .body(containsString(CALL_HEADLINE));
        given().when().get("/actors/nobody").then().statusCode(404)
                .body(containsString("There is no actor called &#39;nobody&#39;."));
        given().when().get("/tags/nothing-here").then().statusCode(404);
    }

    @Test
    void countsTakeTheFormTheirNumberNeeds() {
        Messages uk = MessageBundles.get(Messages.class, Localized.Literal.of("uk"));
        assertThat(uk.milestoneCount(1)).isEqualTo("1 подія");
        assertThat(uk.milestoneCount(3)).isEqualTo("3 події");
        assertThat(uk.milestoneCount(12)).isEqualTo("12 подій");
        assertThat(uk.axisMore(22, "2014", "2025")).isEqualTo("Ще 22 події, 2014 – 2025");
        Messages en = MessageBundles.get(Messages.class, Localized.Literal.of("en"));
        assertThat(en.axisMore(1, "2014", "2014")).isEqualTo("1 more milestone, 2014 to 2014");
        Messages de = MessageBundles.get(Messages.class, Localized.Literal.of("de"));
        assertThat(de.milestoneCount(1)).isEqualTo("1 Meilenstein");
    }

    @Test
    void pagesSpeakTheReadersLanguage() {
        given().header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").when().get(DEMO)
                .then().statusCode(200)
                .body(containsString("<html lang=\"de\">"))
                .body(containsString("<time datetime=\"2025-02-12\">12. Februar 2025</time>"))
                .body(containsString("Meilensteine filtern"))
                .body(containsString("Geplant, noch ohne Datum"));
        given().queryParam("lang", "uk").header("Accept-Language", "de").when().get(DEMO)
                .then().statusCode(200)
                .body(containsString("<html lang=\"uk\">"))
                .body(containsString("12 лютого 2025 р."))
                .body(containsString("Телефонна розмова"));
        given().header("Accept-Language", "fr-FR").when().get("/").then()
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void languageSwitcherRemembersTheChoiceAndOnlyRedirectsOnSite() {
        given().redirects().follow(false).queryParam("lang", "uk").queryParam("return", DEMO)
                .when().get("/language")
                .then().statusCode(303)
                .header("Location", containsString(DEMO))
                .header("Set-Cookie", containsString("lang=uk"));
        given().cookie("lang", "uk").when().get("/").then().body(containsString("<html lang=\"uk\">"));
        given().redirects().follow(false).queryParam("lang", "de").queryParam("return", "//evil.example/")
                .when().get("/language")
                .then().statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    void unknownTimelineIsAFriendlyNotFoundPage() {
        given().when().get("/timelines/no-such-story")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("There is no timeline called &#39;no-such-story&#39;."))
                .body(containsString("<a href=\"/\">See all timelines</a>"));
    }

    @Test
    void unknownAddressIsAFriendlyNotFoundPage() {
        given().when().get("/no/such/page")
                .then().statusCode(404)
                .body(containsString("There is no page at this address."));
    }

    private static void assertInOrder(String html, String... parts) {
        int at = -1;
        for (String part : List.of(parts)) {
            int next = html.indexOf(part, at + 1);
            assertThat(next).as("'%s' after position %d", part, at).isGreaterThan(at);
            at = next;
        }
    }
}
