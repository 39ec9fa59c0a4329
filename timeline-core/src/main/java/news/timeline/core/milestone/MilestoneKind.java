package news.timeline.core.milestone;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What sort of event a milestone is: a small taxonomy aligned with the CAMEO event codes that political
 * event data uses, so that our data can be compared with theirs. Kinds without a CAMEO counterpart have
 * no code.
 */
public enum MilestoneKind {
    STATEMENT("010"),
    INTENT_TO_MEET("036"),
    PHONE_CALL("041"),
    /** CAMEO 042 (make a visit) and 043 (host a visit). */
    VISIT("042"),
    MEETING("044"),
    NEGOTIATION("046"),
    AGREEMENT("057"),
    SANCTIONS("163"),
    MILITARY_ACTION("190"),
    ANNEXATION("192"),
    MARKET_MOVE(null),
    APPOINTMENT(null),
    OTHER(null);

    private final String cameoCode;

    MilestoneKind(String cameoCode) {
        this.cameoCode = cameoCode;
    }

    /** The CAMEO event code, or {@code null} for kinds CAMEO does not have. */
    public String cameoCode() {
        return cameoCode;
    }

    /** The name used in URLs and data files: lower case with hyphens ("phone-call"). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a kind by its slug ("phone-call") or its name ("PHONE_CALL"). */
    public static MilestoneKind fromSlug(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (MilestoneKind kind : values()) {
            if (kind.name().equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown milestone kind '" + text + "': expected one of "
                + Arrays.stream(values()).map(MilestoneKind::slug).collect(Collectors.joining(", ")));
    }
}
