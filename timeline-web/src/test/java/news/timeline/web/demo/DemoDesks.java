package news.timeline.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.security.Accounts;
import news.timeline.web.security.ApiTokens;
import news.timeline.web.security.LoginThrottle;

/**
 * Copies of the demo timeline for @QuarkusTest classes that change what they read: each class its own desk,
 * with an editor of its own, so that no other class's edits move its pages.
 */
@ApplicationScoped
public class DemoDesks {

    @Inject
    TimelineStore store;
    @Inject
    Accounts accounts;
    @Inject
    ApiTokens tokens;
    @Inject
    LoginThrottle throttle;

    /**
     * Makes the desk {@code slug} titled {@code title} and its editor, unless they exist, forgives earlier failed
     * sign-ins, and gives the editor a new API token.
     *
     * @return the token, for {@code Authorization: Bearer}
     */
    public String open(String slug, String title, String editor, String password) {
        throttle.forgive();
        if (store.find(slug).isEmpty()) {
            Timeline demo = DemoTimeline.load();
            store.save(new Timeline(slug, title, demo.description(), demo.eras(), demo.milestones()));
        }
        if (accounts.find(editor).isEmpty()) {
            accounts.create(editor, title, password, AccountEntity.Role.EDITOR);
        }
        return tokens.create(editor, "test", null).token();
    }
}
