package org.verso.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The allow-list of webhook addresses (server-side request forgery): without one only public addresses; with one,
 * exactly the hosts and ranges it names ({@code public} naming every public address). A name is resolved and every
 * address it resolves to must be allowed, so a name pointing at 127.0.0.1 or 169.254.169.254 is refused as the
 * address itself is; the delivery then connects to the address that was checked, never resolving again (DNS
 * rebinding). Pure Java.
 */
final class AddressPolicy {

    /** One entry of the list: a host name, or an address range. */
    private record Entry(String host, byte[] network, int prefix) {

        boolean admits(String name, InetAddress address) {
            if (host != null) {
                return host.equals(name);
            }
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A refusal with the reason a person reads. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final boolean publicAllowed;
    private final List<Entry> entries = new ArrayList<>();

    /** {@code allow} as configured; null or empty: public addresses only. */
    AddressPolicy(List<String> allow) {
        boolean anyPublic = allow == null || allow.isEmpty();
        for (String raw : allow == null ? List.<String>of() : allow) {
            String item = raw.strip().toLowerCase(Locale.ROOT);
            if (item.equals("public")) {
                anyPublic = true;
            } else if (!item.isEmpty()) {
                entries.add(entry(item));
            }
        }
        this.publicAllowed = anyPublic;
    }

    /** An http(s) URL with a host, or the reason it is not one. */
    static URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = url == null ? null : new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new Refused("'" + url + "' is not a URL.");
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new Refused("A webhook URL must start with http:// or https:// and name a host; '" + url
                    + "' does not.");
        }
        if (uri.getUserInfo() != null) {
            throw new Refused("A webhook URL must not carry a user name or password.");
        }
        return uri;
    }

    /** The address to connect to: the host resolved, every address it has allowed. */
    InetAddress resolve(URI uri) throws Refused {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new Refused("The host " + host + " cannot be resolved.");
        }
        for (InetAddress address : addresses) {
            if (!allowed(bare, address)) {
                throw new Refused("The host " + host + " is at " + address.getHostAddress() + ", which webhooks may"
                        + " not reach (" + (special(address) ? "not a public address" : "not in the allow-list")
                        + "); an admin allows it in verso.webhooks.allow.");
            }
        }
        return addresses[0];
    }

    boolean allowed(String host, InetAddress address) {
        if (entries.stream().anyMatch(e -> e.admits(host, address))) {
            return true;
        }
        return publicAllowed && !special(address);
    }

    /** Loopback, private, link-local (the cloud metadata address among them), shared, multicast and reserved ranges. */
    static boolean special(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first >= 240 || first == 100 && second >= 64 && second < 128
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0 || first == 198 && (second & 0xfe) == 18;
        }
        if (address instanceof Inet6Address) {
            // unique local fc00::/7, and IPv4 mapped or translated addresses judged by their IPv4 part
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            if (mapped || b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                try {
                    return special(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Entry entry(String item) {
        String[] parts = item.split("/", 2);
        boolean literal = parts[0].matches("[0-9.]+") || parts[0].contains(":");
        if (!literal) {
            return new Entry(item, null, 0);
        }
        try {
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("verso.webhooks.allow: bad prefix in " + item);
            }
            return new Entry(null, network, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("verso.webhooks.allow: '" + item + "' is neither a host nor a range",
                    e);
        }
    }
}
