package news.timeline.web.editor;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import news.timeline.core.actor.ActorType;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.InvalidDateException;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.core.milestone.Summary;
import news.timeline.core.text.Slugs;
import news.timeline.core.timeline.Cover;
import news.timeline.core.timeline.Timeline;
import news.timeline.core.timeline.TimelineState;
import news.timeline.core.timeline.TimelineZoom;

/**
 * The rules a milestone's and a timeline's fields follow, as Bean Validation constraints: the editor's forms
 * and the API's requests carry the same ones, so a value is refused with the same message whichever way it
 * comes. Each rule reads its text the way the save will, and a text it cannot read is refused with the reason.
 */
public final class EditRules {

    /** The summary column's size, which the cleaned summary, markup and all, must fit. */
    static final int MAX_SUMMARY = 4000;
    public static final String IMPORTANCE = "Importance is 1 (major), 2 or 3 (minor)";
    public static final String TITLE = "A timeline needs a title";
    public static final String STATE = "Choose draft, published or archived";

    private EditRules() {
    }

    /** What a field holds; each throws IllegalArgumentException, with its reason, for a text it cannot read. */
    public enum Text {
        HEADLINE(text -> require(text.strip().length() <= Milestone.MAX_HEADLINE,
                "At most " + Milestone.MAX_HEADLINE + " characters; this one has " + text.strip().length())),
        SLUG(text -> require(Slugs.isValid(text.strip()), "Use lower-case letters, digits and single hyphens")),
        DATE(HistoricalDate::parse),
        STATUS(MilestoneStatus::fromSlug),
        KIND(MilestoneKind::fromSlug),
        ACTOR_TYPE(text -> actorType(text)),
        IMPORTANCE(text -> importance(text)),
        DAY(text -> day(text)),
        SOURCE_URL(text -> Source.of(null, null, text, null, null)),
        TITLE(text -> require(text.strip().length() <= 200, "At most 200 characters")),
        STATE(TimelineState::fromSlug),
        ZOOM(TimelineZoom::fromSlug),
        VIEW(news.timeline.core.timeline.ReaderView::fromSlug),
        ORIGINS(Timeline::origins),
        COVER_URL(text -> {
            require(text.strip().length() <= Cover.MAX_URL, "At most " + Cover.MAX_URL + " characters");
            require(Cover.isWebAddress(text.strip()), "Give the image's full address, starting with https:// or http://");
        }),
        COVER_TEXT(text -> require(text.strip().length() <= Cover.MAX_TEXT, "At most " + Cover.MAX_TEXT + " characters"));

        private final Consumer<String> reader;

        Text(Consumer<String> reader) {
            this.reader = reader;
        }
    }

    /** A text that, unless blank, {@link Text} reads; the message is the reader's reason unless one is given. */
    @Target({ElementType.FIELD, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ReadsValidator.class)
    public @interface Reads {
        Text value();
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    public static final class ReadsValidator implements ConstraintValidator<Reads, String> {
        private Reads reads;

        @Override
        public void initialize(Reads reads) {
            this.reads = reads;
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            try {
                if (text != null && !text.isBlank()) {
                    reads.value().reader.accept(text);
                }
                return true;
            } catch (IllegalArgumentException e) {
                refuse(context, reads.message().isEmpty() ? e.getMessage() : reads.message(), null);
                return false;
            }
        }
    }

    /** The date, the end of its range and the status read together: a range needs its start, and what occurred a date. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = DatedValidator.class)
    public @interface Dated {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    public static final class DatedValidator implements ConstraintValidator<Dated, MilestoneEdit> {
        @Override
        public boolean isValid(MilestoneEdit edit, ConstraintValidatorContext context) {
            if (blank(edit.date())) {
                if (!blank(edit.end())) {
                    return refuse(context, "Give the first day of the range as well as its end", "date");
                }
                boolean occurred = blank(edit.status()) || edit.status().strip().equalsIgnoreCase(MilestoneStatus.OCCURRED.name());
                return !occurred || refuse(context,
                        "A milestone that occurred needs a date; mark it planned or expected if it has none yet", "date");
            }
            try {
                MilestoneEdit.date(edit.date(), edit.end(), false);
                return true;
            } catch (InvalidDateException e) {
                // A date that cannot be read is Reads' to report; here a range that ends before it starts.
                return e.input().equals(edit.date().strip()) || refuse(context, e.getMessage(), "end");
            }
        }
    }

    /** Rules that read several fields together, which the bean states itself as problems by field. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = WholeValidator.class)
    public @interface Whole {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** A bean checked as a {@link Whole}: what is wrong with it, by field; empty when nothing is. */
    public interface Checked {
        Map<String, String> problems();
    }

    public static final class WholeValidator implements ConstraintValidator<Whole, Checked> {
        @Override
        public boolean isValid(Checked bean, ConstraintValidatorContext context) {
            Map<String, String> problems = bean.problems();
            problems.forEach((field, message) -> refuse(context, message, field));
            return problems.isEmpty();
        }
    }

    /** What is wrong with a summary, cleaned as it will be stored, by field: none, or that it does not fit its column. */
    static Map<String, String> summary(Summary cleaned) {
        return cleaned.length() <= MAX_SUMMARY ? Map.of() : Map.of("summary",
                "At most " + MAX_SUMMARY + " characters, markup included; this one has " + cleaned.length());
    }

    /** A new name's type: a person unless chosen otherwise. */
    static ActorType actorType(String text) {
        if (blank(text)) {
            return ActorType.PERSON;
        }
        try {
            return ActorType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("New names are a person, an organisation or a country");
        }
    }

    static int importance(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            require(value >= 1 && value <= 3, IMPORTANCE);
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(IMPORTANCE);
        }
    }

    public static LocalDate day(String text) {
        try {
            return blank(text) ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The source's publication date must look like 2025-02-12");
        }
    }

    /** A form's version field as the version it names; null when it names none. */
    static Long version(String text) {
        return text != null && text.strip().matches("\\d{1,18}") ? Long.valueOf(text.strip()) : null;
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void require(boolean valid, String reason) {
        if (!valid) {
            throw new IllegalArgumentException(reason);
        }
    }

    /** Replaces the default message with {@code message}, taken as it is, on {@code field} when one is named. */
    private static boolean refuse(ConstraintValidatorContext context, String message, String field) {
        context.disableDefaultConstraintViolation();
        var violation = context.buildConstraintViolationWithTemplate(
                message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$"));
        if (field == null) {
            violation.addConstraintViolation();
        } else {
            violation.addPropertyNode(field).addConstraintViolation();
        }
        return false;
    }
}
