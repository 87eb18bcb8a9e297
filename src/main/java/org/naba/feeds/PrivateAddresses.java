package org.naba.feeds;

import java.net.InetAddress;

/**
 * Which addresses a URL sent from a chat must not reach: the machine itself and its networks.
 *
 * <p>Refused: the unspecified address, loopback (127/8, ::1), link-local (169.254/16, fe80::/10),
 * private (10/8, 172.16/12, 192.168/16), unique local IPv6 (fc00::/7), shared address space
 * (100.64/10), "this network" (0/8), benchmarking (198.18/15), reserved (240/4) and multicast.
 */
final class PrivateAddresses {

  private PrivateAddresses() {}

  static boolean isPrivate(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0
          || (first == 100 && second >= 64 && second < 128)
          || (first == 198 && (second == 18 || second == 19))
          || first >= 240;
    }
    return (b[0] & 0xfe) == 0xfc;
  }
}
