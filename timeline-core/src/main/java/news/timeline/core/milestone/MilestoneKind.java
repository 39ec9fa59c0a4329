package news.timeline.core.milestone;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import news.timeline.core.text.Slugs;

/**
 * What sort of event a milestone is. The political kinds follow the root categories of CAMEO, the event
 * codes political event data uses (so that our data can be compared with theirs), with a few of their
 * sub-categories that news timelines are made of (phone call, ceasefire, release of prisoners, arrest);
 * the other beats a newsroom covers — courts, elections and laws, business, disasters, deaths — have kinds
 * of their own without a CAMEO code. Each kind belongs to one {@link Beat}, which groups them for readers
 * and editors.
 */
public enum MilestoneKind {
    // Diplomacy: CAMEO 01-08 (verbal and material cooperation)
    STATEMENT("010", Beat.DIPLOMACY),
    APPEAL("020", Beat.DIPLOMACY),
    INTENT_TO_COOPERATE("030", Beat.DIPLOMACY),
    INTENT_TO_MEET("036", Beat.DIPLOMACY),
    PHONE_CALL("041", Beat.DIPLOMACY),
    /** CAMEO 042 (make a visit) and 043 (host a visit). */
    VISIT("042", Beat.DIPLOMACY),
    MEETING("044", Beat.DIPLOMACY),
    NEGOTIATION("046", Beat.DIPLOMACY),
    /** Recognition, praise, apology, asylum: diplomatic cooperation short of a signed agreement. */
    DIPLOMATIC_COOPERATION("050", Beat.DIPLOMACY),
    AGREEMENT("057", Beat.DIPLOMACY),
    /** Economic, military, judicial cooperation; shared intelligence. */
    MATERIAL_COOPERATION("060", Beat.DIPLOMACY),
    AID("070", Beat.DIPLOMACY),
    /** Easing of restrictions, retreat, concessions. */
    YIELD("080", Beat.DIPLOMACY),
    /** Release or exchange of prisoners, hostages, detainees. */
    RELEASE("0841", Beat.DIPLOMACY),
    CEASEFIRE("0871", Beat.DIPLOMACY),
    // Verbal conflict: CAMEO 09-13
    INVESTIGATION("090", Beat.DIPLOMACY),
    DEMAND("100", Beat.DIPLOMACY),
    /** Criticism, accusation, condemnation. */
    DISAPPROVAL("110", Beat.DIPLOMACY),
    /** A proposal, demand or plan refused; a veto. */
    REJECTION("120", Beat.DIPLOMACY),
    THREAT("130", Beat.DIPLOMACY),
    // Material conflict: CAMEO 14-20
    /** Demonstrations, strikes, boycotts by the public. */
    PROTEST("140", Beat.POLITICS),
    /** Mobilisation, alerts, troops massed at a border. */
    FORCE_POSTURE("150", Beat.CONFLICT),
    /** Relations broken off or cut down, ambassadors recalled, talks or aid halted. */
    REDUCED_RELATIONS("160", Beat.DIPLOMACY),
    SANCTIONS("163", Beat.DIPLOMACY),
    /** Seizure, bans, repression short of arrest. */
    COERCION("170", Beat.CONFLICT),
    ARREST("173", Beat.JUSTICE),
    /** Expulsion or deportation of people, diplomats included. */
    EXPULSION("174", Beat.DIPLOMACY),
    /** Attacks outside war: bombings, assassinations, abductions. */
    ASSAULT("180", Beat.CONFLICT),
    MILITARY_ACTION("190", Beat.CONFLICT),
    /** CAMEO 192: occupation or annexation of territory. */
    ANNEXATION("192", Beat.CONFLICT),
    MASS_VIOLENCE("200", Beat.CONFLICT),
    // Courts
    /** Charges or indictment. */
    CHARGE(null, Beat.JUSTICE),
    CONVICTION(null, Beat.JUSTICE),
    SENTENCE(null, Beat.JUSTICE),
    ACQUITTAL(null, Beat.JUSTICE),
    /** A court's ruling other than a criminal verdict. */
    RULING(null, Beat.JUSTICE),
    // Politics
    /** A vote of a parliament, council or board. */
    VOTE(null, Beat.POLITICS),
    ELECTION(null, Beat.POLITICS),
    REFERENDUM(null, Beat.POLITICS),
    /** A law passed or signed, a decree or order issued. */
    LAW(null, Beat.POLITICS),
    APPOINTMENT(null, Beat.POLITICS),
    RESIGNATION(null, Beat.POLITICS),
    // Business
    CONTRACT(null, Beat.BUSINESS),
    ORDER(null, Beat.BUSINESS),
    MERGER(null, Beat.BUSINESS),
    ACQUISITION(null, Beat.BUSINESS),
    /** Earnings, sales or other results reported. */
    RESULTS(null, Beat.BUSINESS),
    LAYOFFS(null, Beat.BUSINESS),
    /** A product, service, vehicle or mission launched. */
    LAUNCH(null, Beat.BUSINESS),
    MARKET_MOVE(null, Beat.BUSINESS),
    // Disasters and people
    DISASTER(null, Beat.DISASTER),
    ACCIDENT(null, Beat.DISASTER),
    DEATH(null, Beat.DISASTER),
    OTHER(null, Beat.OTHER);

    /** The beat a kind belongs to: how kinds are grouped in filters and forms. */
    public enum Beat {
        DIPLOMACY, CONFLICT, JUSTICE, POLITICS, BUSINESS, DISASTER, OTHER;

        /** The kinds of this beat, in declaration order. */
        public List<MilestoneKind> kinds() {
            return Arrays.stream(MilestoneKind.values()).filter(kind -> kind.beat == this).toList();
        }

        /** The lower-case name used in URLs and data files ("diplomacy"). */
        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String cameoCode;
    private final Beat beat;

    MilestoneKind(String cameoCode, Beat beat) {
        this.cameoCode = cameoCode;
        this.beat = beat;
    }

    /** The CAMEO event code, or {@code null} for kinds CAMEO does not have. */
    public String cameoCode() {
        return cameoCode;
    }

    /** The beat this kind belongs to. */
    public Beat beat() {
        return beat;
    }

    /** The name used in URLs and data files: lower case with hyphens ("phone-call"). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a kind by its slug ("phone-call") or its name ("PHONE_CALL"). */
    public static MilestoneKind fromSlug(String text) {
        return Slugs.constant(MilestoneKind.class, text, "milestone kind");
    }
}
