package it.retelavoro.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void the_ways_of_writing_the_local_host_are_one_host() {
        assertThat(ClientAddresses.hostKey("127.0.0.1")).isEqualTo(ClientAddresses.hostKey("::1"))
                .isEqualTo(ClientAddresses.hostKey("0:0:0:0:0:0:0:1")).isEqualTo(ClientAddresses.hostKey("[::1]"))
                .isEqualTo(ClientAddresses.hostKey("::ffff:127.0.0.1"));
    }

    @Test
    void an_ipv4_address_mapped_into_ipv6_is_the_ipv4_host() {
        assertThat(ClientAddresses.hostKey("::ffff:192.0.2.7")).isEqualTo(ClientAddresses.hostKey("192.0.2.7"));
        assertThat(ClientAddresses.hostKey("192.0.2.7")).isNotEqualTo(ClientAddresses.hostKey("192.0.2.8"));
    }

    @Test
    void ipv6_addresses_are_counted_by_their_64_bit_prefix() {
        assertThat(ClientAddresses.hostKey("2001:db8:1:2::1"))
                .isEqualTo(ClientAddresses.hostKey("2001:db8:1:2:ffff:ffff:ffff:ffff"))
                .isEqualTo(ClientAddresses.hostKey("2001:0db8:0001:0002:0:0:0:9%eth0"))
                .isNotEqualTo(ClientAddresses.hostKey("2001:db8:1:3::1"));
    }

    @Test
    void something_that_is_not_an_address_is_never_resolved() {
        assertThat(ClientAddresses.hostKey("example.org")).isEqualTo("example.org");
        assertThat(ClientAddresses.hostKey(null)).isEqualTo("unknown");
    }
}
