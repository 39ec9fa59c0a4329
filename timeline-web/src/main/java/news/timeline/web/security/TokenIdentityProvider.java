package news.timeline.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns an API token into the identity of its account, with the account's roles, so that the editor API
 * is authorised like the editor's pages and history records the account as the author of each change.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    ApiTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before the OIDC extension's provider, which takes every token request too and would refuse API tokens. */
    @Override
    public int priority() {
        return 100;
    }

    /**
     * Only the tokens BearerTokenMechanism read are API tokens: single sign-on's ID and access tokens are
     * subclasses of TokenCredential, and go on to the OIDC extension's provider untouched.
     */
    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (request.getToken().getClass() != TokenCredential.class || !BearerTokenMechanism.SCHEME.equals(request.getToken().getType())) {
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> tokens.authenticate(request.getToken().getToken())
                .map(AccountIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("Unknown, revoked or expired token, or a disabled account")));
    }
}
