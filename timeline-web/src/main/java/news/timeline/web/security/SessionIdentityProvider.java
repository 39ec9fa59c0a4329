package news.timeline.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns the sealed session cookie of a signed-in editor back into an identity on each request: the cookie
 * names a session (EditorSessions), which must still be open. The account is read again every time, so
 * disabling it or changing its role takes effect at once.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    EditorSessions sessions;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getPrincipal();
        return context.runBlocking(() -> sessions.resume(token)
                .map(account -> (SecurityIdentity) QuarkusSecurityIdentity.builder(AccountIdentityProvider.identity(account))
                        .addAttribute(EditorSessions.TOKEN, token).build())
                .orElseThrow(() -> new AuthenticationFailedException("The session ended, or its account is disabled")));
    }
}
