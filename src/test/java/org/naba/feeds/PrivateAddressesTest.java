package org.naba.feeds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class PrivateAddressesTest {

  private static boolean isPrivate(String literal) throws Exception {
    return PrivateAddresses.isPrivate(InetAddress.getByName(literal));
  }

  @Test
  void refusesLoopbackPrivateLinkLocalAndSpecialRanges() throws Exception {
    for (String a :
        new String[] {
          "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
          "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "224.0.0.1"
        }) {
      assertTrue(isPrivate(a), a);
    }
  }

  @Test
  void allowsPublicAddresses() throws Exception {
    for (String a : new String[] {"8.8.8.8", "151.101.1.140", "2a00:1450:4001::1"}) {
      assertFalse(isPrivate(a), a);
    }
  }
}
