package news.timeline.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import news.timeline.web.persistence.AccountEntity;

/** Signs editors in against the account table, refusing while the throttle says so. */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Every signed-in account can edit; admins can also manage accounts. */
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    @Inject
    Accounts accounts;
    @Inject
    LoginThrottle throttle;
    @Inject
    EditorSessions sessions;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getUsername();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null || routing.request().remoteAddress() == null ? null
                : routing.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> {
            if (throttle.isBlocked(username, address)) {
                throw new AuthenticationFailedException("Too many failed sign-ins; try again later");
            }
            AccountEntity account = accounts.check(username, request.getPassword().getPassword()).orElse(null);
            if (account == null) {
                throttle.failed(username, address);
                throw new AuthenticationFailedException("Wrong username or password");
            }
            throttle.succeeded(username);
            return signedIn(account, sessions.open(account));
        });
    }

    /**
     * The identity a sign-in ends with. The framework seals its principal's name into the session cookie,
     * so that name is the new session's token (see EditorSessions); the sign-in request only redirects, and
     * every later request has the account's own name again (SessionIdentityProvider).
     */
    private static SecurityIdentity signedIn(AccountEntity account, String token) {
        return QuarkusSecurityIdentity.builder(identity(account)).setPrincipal(new QuarkusPrincipal(token)).build();
    }

    /** The identity of a signed-in account: every account edits, admins also administer. */
    static SecurityIdentity identity(AccountEntity account) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRole(EDITOR);
        if (account.role == AccountEntity.Role.ADMIN) {
            identity.addRole(ADMIN);
        }
        return identity.build();
    }
}
