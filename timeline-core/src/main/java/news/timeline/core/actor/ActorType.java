package news.timeline.core.actor;

/** What kind of actor a name stands for. */
public enum ActorType {
    PERSON,
    ORGANISATION,
    COUNTRY
}
