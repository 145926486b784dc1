package it.retelavoro.portal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The host behind a client address, as the rate limits count it: one key for all the ways of writing one
 * host ({@code ::1} and {@code 127.0.0.1}, an IPv4 address mapped into IPv6), and one key per IPv6 /64,
 * the block a single subscriber usually holds and can change addresses within.
 */
final class ClientAddresses {

    private ClientAddresses() {
    }

    static String hostKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!literal.matches("[0-9A-Fa-f:.]+")) {
            // Not an IP literal (never a host name to resolve): counted as written.
            return "other:" + literal.toLowerCase(Locale.ROOT);
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed.isLoopbackAddress()) {
                return "loopback";
            }
            if (parsed instanceof Inet4Address) {
                return "v4:" + parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            if (parsed instanceof Inet6Address && isIpv4Mapped(bytes)) {
                InetAddress v4 = InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
                return v4.isLoopbackAddress() ? "loopback" : "v4:" + v4.getHostAddress();
            }
            return "v6:" + HexFormat.of().formatHex(bytes, 0, 8) + "/64";
        } catch (UnknownHostException notAnAddress) {
            return "other:" + literal.toLowerCase(Locale.ROOT);
        }
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
