package org.verso.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allow-list on address literals (no DNS): public only by default, exactly the list when one is set. */
class AddressPolicyTest {

    private static boolean allows(AddressPolicy policy, String address) throws Exception {
        try {
            return policy.resolve(URI.create("http://" + address + "/hook")) != null;
        } catch (AddressPolicy.Refused e) {
            return false;
        }
    }

    @Test
    void byDefaultOnlyPublicAddressesAreAllowed() throws Exception {
        AddressPolicy policy = new AddressPolicy(null);
        List<String> refused = List.of("127.0.0.1", "10.0.0.5", "172.16.3.4", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "[::1]", "[fd00::1]", "[fe80::1]", "[::ffff:127.0.0.1]", "224.0.0.1");
        for (String address : refused) {
            assertEquals(false, allows(policy, address), address);
        }
        assertTrue(allows(policy, "93.184.216.34"));
        assertTrue(allows(policy, "[2606:2800:220:1:248:1893:25c8:1946]"));
    }

    @Test
    void aListAllowsExactlyItsRangesAndPublicOnlyWhenItSaysSo() throws Exception {
        AddressPolicy ranges = new AddressPolicy(List.of("10.20.0.0/16", "127.0.0.1"));
        AddressPolicy withPublic = new AddressPolicy(List.of("public", "10.20.0.0/16"));

        assertTrue(allows(ranges, "10.20.255.1") && allows(ranges, "127.0.0.1"));
        assertEquals(List.of(false, false, false), List.of(allows(ranges, "10.21.0.1"), allows(ranges, "127.0.0.2"),
                allows(ranges, "93.184.216.34")));
        assertTrue(allows(withPublic, "93.184.216.34") && allows(withPublic, "10.20.0.9"));
        assertEquals(false, allows(withPublic, "169.254.169.254"));
    }

    @Test
    void onlyHttpAndHttpsUrlsWithAHostAndNoCredentialsAreUrls() throws Exception {
        for (String url : List.of("ftp://example.org/", "javascript:alert(1)", "http:///nohost",
                "https://user:pw@example.org/", "gopher://example.org")) {
            assertThrows(AddressPolicy.Refused.class, () -> AddressPolicy.parse(url), url);
        }
        assertEquals("example.org", AddressPolicy.parse("HTTPS://example.org:8443/x").getHost());
    }
}
