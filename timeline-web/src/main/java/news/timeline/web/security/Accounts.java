package news.timeline.web.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import news.timeline.web.NotFound;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.AccountEntity.Role;
import news.timeline.web.persistence.FirstRunEntity;
import news.timeline.web.persistence.RerunOnCollision;
import org.jboss.logging.Logger;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Editors' accounts: passwords stored as bcrypt hashes, checked in constant work whether or not the
 * account exists. The first administrator comes from the setup page (FirstRun) or from configuration; only
 * dev mode invents an account.
 */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class);
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    /** What a username may be made of. */
    static final String USERNAME = "[a-z0-9._-]{2,80}";
    /**
     * Checked against when the account does not exist, so both cases cost one bcrypt. A constant at the cost
     * BcryptUtil uses (10): hashing it at class loading took a third of a second of the start-up (bytecode not
     * yet compiled), and then kept the JIT compilers busy while the site was starting.
     */
    static final String NO_ACCOUNT_HASH = "$2a$10$7UjhkyEgcub5NUXIpYNaJ.t5sXOxIo2jQsuxQCJg3P3Kphu2rMcW6";

    @Inject
    TimelineConfig config;
    @Inject
    EditorSessions sessions;

    void createFirstAccounts(@Observes StartupEvent event) {
        var accounts = config.accounts();
        if (accounts.adminUsername().isPresent() && accounts.adminPassword().isPresent()) {
            String username = accounts.adminUsername().get();
            if (createUnlessPresent(username, username, accounts.adminPassword().get(), Role.ADMIN)) {
                LOG.infof("Created the administrator '%s'", username);
            }
        } else if (LaunchMode.current() == LaunchMode.DEVELOPMENT && find("editor").isEmpty()) {
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(12));
            if (createUnlessPresent("editor", "Demo editor", password, Role.EDITOR)) {
                LOG.infof("Dev mode: sign in at /login as 'editor' with the password '%s'", password);
            }
        }
    }

    /**
     * Creates an account unless one has the username, as the first start does with the configured
     * administrator. Instances that start together on one database each try: the first to commit creates it,
     * the others find it (see {@link RerunOnCollision}).
     *
     * @return whether this call created it
     * @throws IllegalArgumentException naming the field, if the username is invalid or the password weak
     */
    @Transactional
    @RerunOnCollision
    public boolean createUnlessPresent(String username, String displayName, String password, Role role) {
        if (find(username).isPresent()) {
            return false;
        }
        create(username, displayName, password, role);
        AccountEntity.flush();
        return true;
    }

    @Transactional
    public Optional<AccountEntity> find(String username) {
        return AccountEntity.findByUsername(normalise(username));
    }

    /** How the editor's pages name an account: "Alice (alice)", or the username alone when that is its name. */
    @Transactional
    public String nameOf(String username) {
        return find(username).map(account -> account.displayName)
                .filter(name -> name != null && !name.isBlank() && !name.equals(username))
                .map(name -> name + " (" + username + ")").orElse(username);
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException naming the field, if the username is taken or invalid or the password weak (Passwords)
     */
    @Transactional
    public AccountEntity create(String username, String displayName, String password, Role role) {
        String name = checkedName(username, password);
        if (AccountEntity.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("username: '" + name + "' is taken");
        }
        return persist(name, displayName, BcryptUtil.bcryptHash(password), role);
    }

    /**
     * Creates the site's first administrator, as the setup page does, unless an account exists by then.
     * Setups wait for each other on one row (FirstRunEntity), so of two at the same moment exactly one
     * makes an administrator and the other finds it; the password is hashed before the wait, which stays short.
     *
     * @return the new administrator, or empty if an account already existed
     * @throws IllegalArgumentException naming the field, if the username is invalid or the password weak (Passwords)
     */
    @Transactional
    public Optional<AccountEntity> createFirstAdministrator(String username, String password) {
        String name = checkedName(username, password);
        String hash = BcryptUtil.bcryptHash(password);
        FirstRunEntity firstRun = FirstRunEntity.lock();
        if (AccountEntity.count() > 0) {
            return Optional.empty();
        }
        AccountEntity account = persist(name, null, hash, Role.ADMIN);
        firstRun.administrator = account.username;
        firstRun.createdAt = account.createdAt;
        return Optional.of(account);
    }

    /**
     * The account a person signed in by the single sign-on provider uses (SingleSignOn): the enabled account
     * of that username, made an administrator if the provider says they are one. Without such an account, one
     * is made when {@code create} allows it, as an editor unless {@code admin}; its password is a random one
     * that nobody knows, so it signs in only through the provider until an administrator sets one. A site
     * without any account gets its first administrator from the setup page, never an editor from here.
     *
     * @return the account, or empty if there is none that may sign in
     */
    @Transactional
    @RerunOnCollision
    public Optional<AccountEntity> forSingleSignOn(String username, String displayName, boolean create, boolean admin) {
        String name = normalise(username);
        Optional<AccountEntity> found = AccountEntity.findByUsername(name);
        if (found.isPresent()) {
            AccountEntity account = found.get();
            if (admin && account.enabled && account.role != Role.ADMIN) {
                account.role = Role.ADMIN;
                LOG.infof("'%s' signed in through single sign-on as a member of the administrators' group, and is now one", name);
            }
            return Optional.of(account).filter(a -> a.enabled);
        }
        if (!create || !name.matches(USERNAME) || !admin && AccountEntity.count() == 0) {
            return Optional.empty();
        }
        AccountEntity account = persist(name, displayName, BcryptUtil.bcryptHash(ApiTokens.secret()), admin ? Role.ADMIN : Role.EDITOR);
        AccountEntity.flush();
        LOG.infof("Created the account '%s' (%s) for its first sign-in through single sign-on", name, account.role);
        return Optional.of(account);
    }

    /** True until the site has its first account. */
    @Transactional
    public boolean none() {
        return AccountEntity.count() == 0;
    }

    private static String checkedName(String username, String password) {
        String name = normalise(username);
        if (!name.matches(USERNAME)) {
            throw new IllegalArgumentException("username: use 2 to 80 lower-case letters, digits, dots, dashes or underscores");
        }
        requireStrong(name, password);
        return name;
    }

    private static AccountEntity persist(String name, String displayName, String passwordHash, Role role) {
        AccountEntity account = new AccountEntity();
        account.username = name;
        account.displayName = displayName == null || displayName.isBlank() ? name : displayName.strip();
        account.passwordHash = passwordHash;
        account.role = role;
        account.enabled = true;
        account.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        account.persist();
        return account;
    }

    /** An account as the administrators' list shows it. */
    public record Row(String username, String displayName, Role role, boolean enabled) {
    }

    @Transactional
    public java.util.List<Row> rows() {
        return AccountEntity.<AccountEntity>listAll(io.quarkus.panache.common.Sort.by("username")).stream()
                .map(a -> new Row(a.username, a.displayName, a.role, a.enabled)).toList();
    }

    /**
     * Changes an account's role and whether it may sign in; takes effect on its next request.
     *
     * @throws IllegalArgumentException if the change would leave the site without an enabled administrator
     */
    @Transactional
    @RerunOnCollision
    public void update(String username, Role role, boolean enabled) {
        AccountEntity account = AccountEntity.findByUsername(normalise(username))
                .orElseThrow(() -> NotFound.account(username));
        boolean stopsAdministering = account.role == Role.ADMIN && account.enabled && (role != Role.ADMIN || !enabled);
        if (stopsAdministering && !account.hasOtherAdministrators()) {
            throw new IllegalArgumentException("'" + account.username + "' is the last administrator; make another one first");
        }
        account.role = role;
        account.enabled = enabled;
        if (!enabled) {
            sessions.closeAll(account.id);
        }
    }

    /** True if both names are the same account's, however they are written (case, spaces around). */
    public static boolean sameAccount(String username, String other) {
        return normalise(username).equals(normalise(other));
    }

    /**
     * Gives an account a new password, as an administrator does for an editor who lost theirs or whose
     * account came in a site archive (which never carries passwords).
     *
     * Every session of the account ends, so whoever knew the old password is signed out too.
     *
     * @throws IllegalArgumentException naming the field, if the password is weak (Passwords)
     */
    @Transactional
    @RerunOnCollision
    public void setPassword(String username, String password) {
        AccountEntity account = AccountEntity.findByUsername(normalise(username))
                .orElseThrow(() -> NotFound.account(username));
        requireStrong(account.username, password);
        account.passwordHash = BcryptUtil.bcryptHash(password);
        sessions.closeAll(account.id);
    }

    /**
     * The enabled account with this username and password, if any. A password longer than bcrypt reads is
     * refused outright: it was never accepted as a password, and only its first 72 bytes would be compared.
     */
    @Transactional
    public Optional<AccountEntity> check(String username, char[] password) {
        boolean tooLong = Passwords.tooLong(new String(password));
        Optional<AccountEntity> account = AccountEntity.findByUsername(normalise(username)).filter(a -> a.enabled && !tooLong);
        boolean matches = matches(account.map(a -> a.passwordHash).orElse(NO_ACCOUNT_HASH), password);
        return matches ? account : Optional.empty();
    }

    private static void requireStrong(String username, String password) {
        String weak = Passwords.problem(username, password);
        if (weak != null) {
            throw new IllegalArgumentException("password: " + weak);
        }
    }

    private static boolean matches(String hash, char[] password) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), password);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot check a password hash", e);
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
