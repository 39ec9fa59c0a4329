package news.timeline.core.actor;

/** How big a place is. */
public enum PlaceType {
    COUNTRY,
    REGION,
    CITY,
    SITE
}
