package news.timeline.web.editor;

/**
 * A save based on a version that someone else has changed since, whether the version sent says so or the
 * write finds it: never overwrite; whoever asked reads what is stored now and shows both.
 */
public final class StaleEdit extends RuntimeException {

    StaleEdit(String what) {
        super(what + " changed since it was opened");
    }
}
