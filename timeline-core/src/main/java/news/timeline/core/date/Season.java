package news.timeline.core.date;

/** Meteorological seasons of the northern hemisphere, as TIMEX3 names them. */
public enum Season {
    SPRING("SP", 3),
    SUMMER("SU", 6),
    AUTUMN("FA", 9),
    WINTER("WI", 12);

    private final String timex;
    private final int firstMonth;

    Season(String timex, int firstMonth) {
        this.timex = timex;
        this.firstMonth = firstMonth;
    }

    public String timex() {
        return timex;
    }

    public int firstMonth() {
        return firstMonth;
    }

    /** Reads {@code SP}, {@code SU}, {@code FA} (or {@code AU}) and {@code WI}. */
    public static Season fromTimex(String code) {
        return switch (code) {
            case "SP" -> SPRING;
            case "SU" -> SUMMER;
            case "FA", "AU" -> AUTUMN;
            case "WI" -> WINTER;
            default -> throw new InvalidDateException(code, "a season is SP, SU, FA or WI");
        };
    }

    static Season startingIn(int month) {
        for (Season season : values()) {
            if (season.firstMonth == month) {
                return season;
            }
        }
        throw new IllegalArgumentException("no season starts in month " + month);
    }
}
