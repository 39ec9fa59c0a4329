package news.timeline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password rules, and the list of common passwords they read. */
class PasswordsTest {

    @Test
    void theListOfCommonPasswordsIsRead() {
        assertThat(Passwords.commonCount()).isGreaterThan(29_000);
    }

    @Test
    void refusesShortCommonAndOverlongPasswords() {
        assertThat(Passwords.problem("ana", "short")).isEqualTo("at least 12 characters");
        assertThat(Passwords.problem("ana", "QazWsxEdcRfv")).contains("most common");
        assertThat(Passwords.problem("ana", "Password123456")).as("a common word with digits").contains("most common");
        assertThat(Passwords.problem("ana", "!!dragon2025!!")).as("symbols on both sides").contains("most common");
        assertThat(Passwords.problem("reporter", "Reporter2025!")).contains("username");
        assertThat(Passwords.problem("ana", "x".repeat(73))).contains("at most 72 bytes");
        // 36 Cyrillic letters are 72 bytes; one more is too long although it is only 37 characters.
        assertThat(Passwords.problem("ana", "щ".repeat(36))).isNull();
        assertThat(Passwords.problem("ana", "щ".repeat(37))).contains("at most 72 bytes");
    }

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(Passwords.problem("ana", "correct horse battery staple")).isNull();
        assertThat(Passwords.problem("ana", "test-admin-password")).isNull();
    }
}
