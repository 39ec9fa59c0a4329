package news.timeline.web.editor;

import static news.timeline.web.editor.EditorResourceTest.csrf;
import static news.timeline.web.editor.EditorResourceTest.milestone;
import static news.timeline.web.editor.EditorResourceTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaKind;
import news.timeline.web.api.ApiModel;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The milestone form's media rows, without a script: every item a row of its own plus empty ones, edited,
 * renumbered, removed and added in one save; a wrong item refused on its own row, with what was typed kept.
 */
@QuarkusTest
class MediaFormResourceTest {

    private static final String DESK = "media-form-desk";
    private static final String EDIT = "/editor/timelines/" + DESK;
    private static final String FIRST = "https://img.example.org/first.jpg";
    private static final String SECOND = "https://img.example.org/second.jpg";
    private static final String THIRD = "https://img.example.org/third.jpg";
    private static final String VIDEO = "https://vimeo.com/76979871";

    @Inject
    EditorService service;

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void createTheDesk() {
        throttle.forgive();
        if (service.timeline(DESK).isEmpty()) {
            service.createTimeline(new ApiModel.NewTimeline("Media form desk", DESK, "Pictures and more.", "PUBLISHED"));
        }
    }

    @Test
    void theFormShowsEveryItemAndSavesEditsNewOrderRemovalsAndAdditionsAtOnce() {
        String slug = threePictures("Three pictures to rearrange");
        EditorResourceTest.Editor editor = signIn();
        String form = editor.get(EDIT + "/milestones/" + slug).then().statusCode(200).extract().asString();
        assertThat(form).contains("id=\"f-media-0-url\" name=\"mediaUrl\" value=\"" + FIRST + "\"")
                .contains("id=\"f-media-2-url\" name=\"mediaUrl\" value=\"" + THIRD + "\"")
                .as("empty rows to add media").contains("id=\"f-media-" + (3 + MilestoneForm.SPARE_ROWS - 1) + "-url\"")
                .contains("id=\"f-media-0-remove\"").doesNotContain("id=\"f-media-3-remove\"");
        Map<String, List<String>> fields = fieldsOf(form);
        set(fields, "mediaCaption", 0, "The first, captioned again");
        set(fields, "mediaOrder", 2, "1");
        fields.put("mediaRemove", List.of("1"));
        set(fields, "mediaKind", 3, "video");
        set(fields, "mediaUrl", 3, VIDEO);
        set(fields, "mediaCaption", 3, "The speech");

        Response saved = editor.post(EDIT + "/milestones/" + slug, csrf(form), fields);

        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(service.milestone(DESK, slug).orElseThrow().milestone().media())
                .extracting(Media::kind, Media::url, Media::caption)
                .containsExactly(tuple(MediaKind.IMAGE, THIRD, "Picture 3"), tuple(MediaKind.IMAGE, FIRST, "The first, captioned again"),
                        tuple(MediaKind.VIDEO, VIDEO, "The speech"));
    }

    @Test
    void aWrongItemIsRefusedOnItsOwnRowAndWhatWasTypedStays() {
        EditorResourceTest.Editor editor = signIn();
        String form = editor.get(EDIT + "/milestones/new").then().statusCode(200).extract().asString();
        Map<String, List<String>> fields = fieldsOf(form);
        milestone("Pictures without words", "2025-03-01").forEach((name, value) -> fields.put(name, List.of(value)));
        set(fields, "mediaUrl", 0, FIRST);
        set(fields, "mediaCaption", 0, "Kept caption");
        set(fields, "mediaKind", 1, "map");
        set(fields, "mediaUrl", 1, "https://www.openstreetmap.org/export/embed.html?bbox=1,2,3,4");
        set(fields, "mediaWidth", 1, "wide");

        Response refused = editor.post(EDIT + "/milestones", csrf(form), fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        String page = refused.asString();
        assertThat(page).contains("<span class=\"tl-error\" id=\"e-media-0-alt\">Media item 1: An image needs alt text")
                .contains("<span class=\"tl-error\" id=\"e-media-1-width\">Media item 2: The width is a whole number of pixels")
                .contains("id=\"f-media-0-alt\" name=\"mediaAlt\" value=\"\" aria-invalid=\"true\" aria-describedby=\"e-media-0-alt\"")
                .contains("value=\"Kept caption\"").contains("value=\"wide\"")
                .contains("<option value=\"map\" selected>");
        assertThat(service.milestone(DESK, "pictures-without-words")).isEmpty();
    }

    @Test
    void aFormWithTheMostItemsOffersNoEmptyRow() {
        List<ApiModel.MediaInput> ten = new ArrayList<>();
        for (int i = 1; i <= Media.MAX_PER_MILESTONE; i++) {
            ten.add(picture(i));
        }
        String slug = service.saveMilestone(DESK, null, input("Ten pictures", ten)).slug();

        String form = signIn().get(EDIT + "/milestones/" + slug).then().statusCode(200).extract().asString();

        assertThat(form).contains("id=\"f-media-9-url\"").doesNotContain("id=\"f-media-10-url\"");
    }

    private String threePictures(String headline) {
        return service.saveMilestone(DESK, null, input(headline, List.of(picture(1), picture(2), picture(3)))).slug();
    }

    private static ApiModel.MilestoneInput input(String headline, List<ApiModel.MediaInput> media) {
        return new ApiModel.MilestoneInput(headline, null, null, "2025-02-18", null, null, null, null, null, null, null, null,
                media, null, true, null);
    }

    private static ApiModel.MediaInput picture(int n) {
        String url = switch (n) {
            case 1 -> FIRST;
            case 2 -> SECOND;
            case 3 -> THIRD;
            default -> "https://img.example.org/" + n + ".jpg";
        };
        return new ApiModel.MediaInput("image", url, "Picture " + n + " shows a desk", "Picture " + n, "Photographer " + n,
                null, null, null, null);
    }

    private static void set(Map<String, List<String>> fields, String name, int row, String value) {
        List<String> values = new ArrayList<>(fields.getOrDefault(name, List.of()));
        while (values.size() <= row) {
            values.add("");
        }
        values.set(row, value);
        fields.put(name, values);
    }

    /** The form's fields as a browser sends them: every value of a repeated name, in order; checked boxes only. */
    static Map<String, List<String>> fieldsOf(String html) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Matcher controls = Pattern.compile("<(input|select|textarea)\\b[^>]*name=\"([^\"]+)\"[^>]*>").matcher(html);
        while (controls.find()) {
            String tag = controls.group();
            String name = controls.group(2);
            String inside = controls.group(1).equals("input") ? ""
                    : html.substring(controls.end(), html.indexOf("</" + controls.group(1) + ">", controls.end()));
            String value;
            if (name.equals("csrf-token")) {
                continue;
            } else if (controls.group(1).equals("select")) {
                Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(inside);
                value = selected.find() ? selected.group(1) : "";
            } else if (controls.group(1).equals("textarea")) {
                value = inside;
            } else if (tag.contains("type=\"checkbox\"")) {
                if (!tag.contains(" checked")) {
                    continue;
                }
                Matcher given = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
                value = given.find() ? given.group(1) : "on";
            } else {
                Matcher given = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
                value = given.find() ? given.group(1).replace("&amp;", "&").replace("&quot;", "\"") : "";
            }
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }
}
