package news.timeline.web;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One English message, matched whole, and what the editor's words say for it: the tables of the editor's
 * {@code ErrorWords} (the forms', the rules' and core's messages) and of {@code ProblemWords} (the importer's).
 */
public record WordRule(Pattern english, BiFunction<FieldMessages, Matcher, String> words) {

    /** A rule for the messages the regular expression matches whole; its groups are the message's values. */
    public static WordRule rule(String english, BiFunction<FieldMessages, Matcher, String> words) {
        return new WordRule(Pattern.compile(english), words);
    }

    /** A rule for one message, word for word. */
    public static WordRule exact(String english, Function<FieldMessages, String> words) {
        return new WordRule(Pattern.compile(Pattern.quote(english)), (w, m) -> words.apply(w));
    }

    /** The words of the first rule that matches all of {@code text}; the text as it is if none does, null for null. */
    public static String translate(List<WordRule> rules, String text, FieldMessages words) {
        if (text == null) {
            return null;
        }
        for (WordRule rule : rules) {
            Matcher matcher = rule.english().matcher(text);
            if (matcher.matches()) {
                return rule.words().apply(words, matcher);
            }
        }
        return text;
    }
}
