package news.timeline.importer.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.importer.text.DataFiles;

/** Headline templates by kind and status ({@code headlines.txt}) and the filling of their placeholders. */
final class Headlines {

    /** A headline whose actors came out empty starts with what should have followed them. */
    private static final Pattern NO_SUBJECT = Pattern.compile("\\s*(to|expected|call off|and)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PREPOSITION = Pattern.compile("\\s+(in|of|on|at|for|from)\\s+");

    private final Map<String, String> templates;

    private Headlines(Map<String, String> templates) {
        this.templates = templates;
    }

    static Headlines load(String path) {
        Map<String, String> templates = new HashMap<>();
        for (String line : DataFiles.lines(path)) {
            int equals = line.indexOf('=');
            String[] key = equals < 0 ? new String[0] : line.substring(0, equals).strip().split("\\s+");
            if (key.length != 2 && !(key.length == 3 && key[2].equals("1"))) {
                throw new IllegalStateException(path + ": expected 'KIND STATUS [1] = TEMPLATE', got '" + line + "'");
            }
            MilestoneKind.fromSlug(key[0]);
            MilestoneStatus.fromSlug(key[1]);
            templates.put(String.join(" ", key), line.substring(equals + 1).strip());
        }
        return new Headlines(templates);
    }

    /** What fills a template's placeholders. */
    record Parts(List<String> actors, List<String> allActors, int doers, List<String> places, String duration,
            String subject, String object, String amount, String trigger) {
    }

    String write(Trigger trigger, MilestoneKind kind, MilestoneStatus status, Parts parts, String fallback) {
        String headline = templated(trigger, kind, status, parts);
        return shorten(capitalise(SPACES.matcher(headline == null ? fallback : headline).replaceAll(" ").strip()),
                Milestone.MAX_HEADLINE);
    }

    /**
     * The headline the templates write from the parts, before it is capitalised and shortened; null when they
     * cannot (no template, or no subject for it), and the event's kind and clause stand in.
     */
    String templated(Trigger trigger, MilestoneKind kind, MilestoneStatus status, Parts parts) {
        String template = trigger == null ? null : trigger.headlines().get(status);
        if (template == null && parts.actors().size() == 1 && !parts.object().isBlank()) {
            template = templates.get(kind.slug() + " " + status.slug() + " 1");
        }
        if (template == null) {
            template = templates.get(kind.slug() + " " + status.slug());
        }
        String headline = template == null ? "" : fill(template, parts, !template.contains("{first}"));
        if (headline.isBlank() || headline.startsWith(":") || NO_SUBJECT.matcher(headline).lookingAt()
                || parts.actors().isEmpty() && template != null && template.startsWith("{actors}")
                || parts.allActors().isEmpty() && template != null && template.startsWith("{first}")) {
            return null;
        }
        return headline;
    }

    private static String fill(String template, Parts parts, boolean pluralActors) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = template.substring(i + 1, close);
            // A verb after the subject phrase agrees with it ("prices fall"), whoever the actors are.
            boolean bySubject = name.indexOf('|') >= 0 && template.startsWith("{subject}");
            out.append(bySubject ? (isPlural(parts.subject()) ? name.substring(0, name.indexOf('|'))
                    : name.substring(name.indexOf('|') + 1)) : value(name, parts, pluralActors));
            i = close + 1;
        }
        return out.toString();
    }

    private static String value(String name, Parts parts, boolean pluralActors) {
        List<String> actors = parts.actors();
        List<String> all = parts.allActors();
        int bar = name.indexOf('|');
        if (bar >= 0) {
            boolean plural = actors.isEmpty() && all.isEmpty() ? isPlural(parts.subject())
                    : pluralActors ? actors.size() > 1 : doers(parts) > 1;
            return plural ? name.substring(0, bar) : name.substring(bar + 1);
        }
        return switch (name) {
            case "actors" -> join(actors);
            case "first" -> all.isEmpty() ? "" : join(all.subList(0, Math.min(doers(parts), 3)));
            case "others" -> all.size() <= doers(parts) ? (parts.places().isEmpty() ? "" : parts.places().get(0))
                    : join(all.subList(doers(parts), Math.min(all.size(), doers(parts) + 3)));
            case "in-place" -> parts.places().isEmpty() ? "" : " in " + parts.places().get(0);
            case "place" -> !parts.places().isEmpty() ? parts.places().get(0) : all.size() > 1 ? all.get(1) : "";
            case "duration" -> parts.duration() == null ? "" : parts.duration() + " ";
            case "subject" -> parts.subject() == null ? "" : parts.subject();
            case "object" -> parts.object() == null ? "" : parts.object();
            case "amount" -> parts.amount() == null ? "" : parts.amount();
            case "trigger" -> parts.trigger() == null ? "" : parts.trigger();
            default -> "{" + name + "}";
        };
    }

    /** How many of the first actors did the deed: those named before the trigger, at least one. */
    private static int doers(Parts parts) {
        return Math.max(1, Math.min(parts.doers(), parts.allActors().size()));
    }

    private static boolean isPlural(String subject) {
        if (subject == null || subject.isBlank()) {
            return false;
        }
        // The head noun comes before any preposition: "Shares in Hong Kong" are plural.
        String head = PREPOSITION.split(subject.strip())[0];
        String last = head.substring(head.lastIndexOf(' ') + 1);
        return last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us");
    }

    static String join(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * Where the text's headline ends: its first line, when that line is set apart from the rest by a blank
     * line; or -1 when the text opens with no headline of its own.
     */
    static int titleEnd(String text) {
        Matcher line = TITLE_LINE.matcher(text);
        return line.lookingAt() ? line.end(1) : -1;
    }

    private static final Pattern TITLE_LINE = Pattern.compile("\\s*(\\S[^\\r\\n]*?)[ \\t]*\\R[ \\t]*\\R");

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Cuts {@code text} to at most {@code max} characters at a word boundary, marking the cut with "…". */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return text.substring(0, cut).strip() + "…";
    }
}
