package news.timeline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** The hash a sign-in with an unknown username is checked against. */
class AccountsTest {

    @Test
    void theUnknownAccountsHashCostsAsMuchAsARealOne() throws Exception {
        var unknown = (BCryptPassword) ModularCrypt.decode(Accounts.NO_ACCOUNT_HASH);
        var real = (BCryptPassword) ModularCrypt.decode(BcryptUtil.bcryptHash("a password of an editor"));

        assertThat(unknown.getIterationCount()).isEqualTo(real.getIterationCount());
    }
}
