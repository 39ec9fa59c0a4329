package news.timeline.web.reader;

import io.quarkus.qute.TemplateExtension;

/**
 * The form of a word a count takes, for messages: {@code {count.forms('milestone', 'milestones')}} in English and
 * German, {@code {count.forms('подія', 'події', 'подій')}} in Ukrainian. Two forms are one and the rest; three
 * are the East Slavic one, few and many (1, 21, 101 → one; 2–4, 22–24 → few; 0, 5–20, 25–30, 11–14 → many).
 * The reader's script chooses among the same forms, written between {@code |}, the same way (axis.js).
 */
@TemplateExtension
public final class PluralForms {

    private PluralForms() {
    }

    /** One form for one, the other for every other count. */
    public static String forms(Number count, String one, String other) {
        return count.longValue() == 1 ? one : other;
    }

    /** The East Slavic forms: one, few, many. */
    public static String forms(Number count, String one, String few, String many) {
        long n = Math.abs(count.longValue());
        long lastTwo = n % 100;
        long last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return one;
        }
        return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
    }
}
