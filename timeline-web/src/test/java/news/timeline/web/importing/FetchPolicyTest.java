package news.timeline.web.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses the server refuses to fetch from, IPv4 and IPv6, and which URLs it tries at all. */
class FetchPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1       | a loopback address",
            "127.255.0.9     | a loopback address",
            "::1             | a loopback address",
            "10.1.2.3        | a private address",
            "172.16.0.1      | a private address",
            "172.31.255.255  | a private address",
            "192.168.10.20   | a private address",
            "169.254.169.254 | a link-local address",
            "fe80::1         | a link-local address",
            "fc00::1         | a unique-local (private) address",
            "fd12:3456::1    | a unique-local (private) address",
            "224.0.0.1       | a multicast address",
            "ff02::1         | a multicast address",
            "0.0.0.0         | an unspecified address (0.0.0.0/8)",
            "::              | an unspecified address (::)",
            "100.64.0.1      | a shared (carrier-grade NAT) address",
            "255.255.255.255 | the broadcast address",
            "240.0.0.1       | a reserved address",
            "64:ff9b::a00:1  | a private address",
            "2002:7f00:1::   | a loopback address",
            "::7f00:1        | a loopback address"})
    void refusesInternalAddresses(String address, String why) throws Exception {
        assertThat(FetchPolicy.refusal(InetAddress.getByName(address))).isEqualTo(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "192.169.0.1", "100.128.0.1", "11.0.0.1",
            "2606:4700::6810:84e5", "2a00:1450:4001:80b::200e", "2002:808:808::"})
    void letsPublicAddressesThrough(String address) throws Exception {
        assertThat(FetchPolicy.refusal(InetAddress.getByName(address))).isNull();
    }

    @Test
    void judgesAnIpv4MappedIpv6AddressAsTheIpv4AddressItCarries() throws Exception {
        // The JDK turns "::ffff:127.0.0.1" into an Inet4Address when parsing; an Inet6Address can still carry it.
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        byte[] mappedPrivate = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 7};
        byte[] mappedPublic = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 8, 8, 8, 8};

        assertThat(FetchPolicy.refusal(Inet6Address.getByAddress(null, mapped, -1))).isEqualTo("a loopback address");
        assertThat(FetchPolicy.refusal(Inet6Address.getByAddress(null, mappedPrivate, -1))).isEqualTo("a private address");
        assertThat(FetchPolicy.refusal(Inet6Address.getByAddress(null, mappedPublic, -1))).isNull();
        assertThat(FetchPolicy.refusal(InetAddress.getByName("::ffff:169.254.169.254"))).isEqualTo("a link-local address");
    }

    @Test
    void triesOnlyHttpAndHttpsAddressesWithAHostAndNoPassword() {
        assertThat(FetchPolicy.target(" https://news.example.org/a?b=1 ")).isEqualTo(URI.create("https://news.example.org/a?b=1"));
        assertThatThrownBy(() -> FetchPolicy.target("file:///etc/passwd")).hasMessageContaining("is not an http:// or https:// address");
        assertThatThrownBy(() -> FetchPolicy.target("gopher://example.org/")).hasMessageContaining("is not an http:// or https:// address");
        assertThatThrownBy(() -> FetchPolicy.target("https://user:secret@example.org/")).hasMessageContaining("user name or password");
        assertThatThrownBy(() -> FetchPolicy.target("https:///path")).hasMessageContaining("names no host");
        assertThatThrownBy(() -> FetchPolicy.target("http://exa mple.org/")).hasMessageContaining("is not a web address");
        assertThatThrownBy(() -> FetchPolicy.target("  ")).hasMessageContaining("Give the address of the article");
    }

    @Test
    void namesHostsAsAllowedHostsAreWritten() {
        assertThat(FetchPolicy.host(URI.create("http://[::1]:8080/x"))).isEqualTo("::1");
        assertThat(FetchPolicy.host(URI.create("https://CMS.Intranet.example/x"))).isEqualTo("cms.intranet.example");
    }
}
