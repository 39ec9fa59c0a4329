package news.timeline.web.editor;

import io.quarkus.qute.TemplateGlobal;
import java.util.Arrays;
import java.util.List;
import news.timeline.core.timeline.TimelineState;
import news.timeline.core.timeline.TimelineZoom;

/** The fixed choices the editor's forms offer, available to every template. */
@TemplateGlobal
public final class EditorGlobals {

    static final List<String> timelineStates = Arrays.stream(TimelineState.values()).map(Enum::name).toList();
    static final List<String> importances = List.of("1", "2", "3");
    static final List<String> embedThemes = List.of("light", "dark", "auto");
    static final List<String> embedAxis = List.of("on", "off");
    static final List<String> accountRoles = List.of("EDITOR", "ADMIN");
    /** Types of actor a milestone's new names can be (core's ActorType, in lower case). */
    static final List<String> actorTypes = Arrays.stream(news.timeline.core.actor.ActorType.values())
            .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList();
    static final List<TimelineZoom> timelineZooms = List.of(TimelineZoom.values());
    static final List<news.timeline.core.timeline.ReaderView> readerViews = List.of(news.timeline.core.timeline.ReaderView.values());
    /** The embed panel's modes: its slugs, as the widget's {@code mode} option takes them. */
    static final List<String> embedModes = List.of("story", "list");
    /** The beats, each with its kinds, for the kind menus' groups. */
    static final List<news.timeline.core.milestone.MilestoneKind.Beat> kindBeats =
            List.of(news.timeline.core.milestone.MilestoneKind.Beat.values());

    private EditorGlobals() {
    }
}
