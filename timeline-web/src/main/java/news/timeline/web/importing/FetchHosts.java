package news.timeline.web.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import news.timeline.web.form.FormErrors;
import news.timeline.web.persistence.AllowedHostEntity;

/**
 * The hosts administrators allow articles to be fetched from although they resolve to internal addresses
 * (loopback, private, link-local...): an intranet CMS, a staging server. Stored in the database, so every
 * instance of the application sees the same list.
 */
@ApplicationScoped
@Transactional
public class FetchHosts {

    /** An allowed host as the administrators' page lists it. */
    public record Row(String host, String addedBy, OffsetDateTime addedAt) {
    }

    private static final Pattern NAME = Pattern.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    public List<Row> rows() {
        return AllowedHostEntity.<AllowedHostEntity>listAll(io.quarkus.panache.common.Sort.by("host")).stream()
                .map(h -> new Row(h.host, h.addedBy, h.addedAt)).toList();
    }

    public boolean isAllowed(String host) {
        return AllowedHostEntity.findById(host.toLowerCase(Locale.ROOT)) != null;
    }

    /**
     * Allows a host: a name such as {@code cms.intranet.example} or an IP address such as {@code 127.0.0.1}
     * or {@code ::1}, exactly as URLs name it (no wildcards, no port).
     *
     * @return the host as stored
     * @throws FormErrors on the field {@code host}, if it is not a host name or an IP address
     */
    public String allow(String typed, String by) {
        String host;
        try {
            host = check(typed);
        } catch (IllegalArgumentException e) {
            throw FormErrors.of("host", e.getMessage());
        }
        if (AllowedHostEntity.findById(host) == null) {
            AllowedHostEntity entity = new AllowedHostEntity();
            entity.host = host;
            entity.addedBy = by;
            entity.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
            entity.persist();
        }
        return host;
    }

    /**
     * The host as it is stored, if it may be allowed: a host name or an IP address, and never a cloud
     * provider's metadata service (link-local addresses, {@code metadata.google.internal}), which holds the
     * server's own credentials and is no newsroom's source. The editor and the site archive both check so.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static String check(String typed) {
        String host = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("Give a host name such as cms.intranet.example, or an IP address");
        }
        if (!(NAME.matcher(host).matches() || IPV4.matcher(host).matches() || isIpv6(host))) {
            throw new IllegalArgumentException("'" + typed.strip() + "' is not a host name or an IP address: give the host "
                    + "alone, as in cms.intranet.example or 10.0.0.5, without http://, a port, a path or wildcards");
        }
        if (host.startsWith("169.254.") || host.startsWith("fe80:") || host.equals("metadata.google.internal")
                || host.equals("metadata") || host.equals("fd00:ec2::254")) {
            throw new IllegalArgumentException("'" + host + "' is a cloud metadata or link-local address, which holds the "
                    + "server's own secrets: it cannot be allowed");
        }
        return host;
    }

    /** True for an IPv6 literal; a string with a colon is never looked up in DNS. */
    private static boolean isIpv6(String host) {
        if (!host.contains(":") || !host.matches("[0-9a-f:.]+")) {
            return false;
        }
        try {
            return java.net.InetAddress.getByName(host) != null;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    public boolean remove(String host) {
        return AllowedHostEntity.deleteById(host.toLowerCase(Locale.ROOT));
    }
}
