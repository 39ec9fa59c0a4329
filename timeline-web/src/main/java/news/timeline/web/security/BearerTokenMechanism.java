package news.timeline.web.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import news.timeline.web.Area;

/**
 * Reads {@code Authorization: Bearer <token>} on the editor API, and only there: tokens are for programs,
 * session cookies for people, and neither opens the other's door. {@code application.properties} makes
 * this the only mechanism of {@code /api/editor/*}, so a browser's session cookie cannot be used to write
 * through the JSON API (which has no CSRF token).
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** The name {@code quarkus.http.auth.permission.*.auth-mechanism} selects this mechanism by. */
    public static final String SCHEME = "bearer";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (!Area.EDITOR_API.holds(context.normalizedPath()) || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Uni.createFrom().nullItem();
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(
                new TokenCredential(header.substring(7).strip(), SCHEME));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    /** Below form sign-in, so that the editor's pages still send visitors to the sign-in page. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY - 100;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"timeline-editor-api\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
