package it.retelavoro.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The client behind an address, as the limits on logins and public forms count it: one key for all the ways
 * of writing one host ({@code ::1} is {@code 127.0.0.1}, an IPv4 address mapped into IPv6 is that IPv4
 * address), and one key per IPv6 /64, the block a single subscriber usually holds and can change addresses
 * within.
 */
public final class ClientAddresses {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ClientAddresses() {
    }

    public static String hostKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip().replaceAll("^\\[|]$", "").replaceAll("%.*$", "");
        if (!IP_LITERAL.matcher(literal).matches()) {
            // Not an IP literal, and never a host name to look up: counted as written.
            return literal.toLowerCase(Locale.ROOT);
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed.isLoopbackAddress()) {
                return "127.0.0.1";
            }
            if (!(parsed instanceof Inet6Address)) {
                // IPv4, also when written mapped into IPv6 (the JDK returns the IPv4 address then).
                return parsed.getHostAddress();
            }
            return HexFormat.of().formatHex(parsed.getAddress(), 0, 8).replaceAll("(.{4})(?!$)", "$1:") + "::/64";
        } catch (UnknownHostException notAnAddress) {
            return literal.toLowerCase(Locale.ROOT);
        }
    }
}
