package org.naba.feeds;

import java.net.UnknownHostException;

/** A host that resolves to an address feeds must not reach ({@link PrivateAddresses}). */
final class RefusedAddressException extends UnknownHostException {

  private static final long serialVersionUID = 1L;

  RefusedAddressException(String host, String address) {
    super(
        host
            + " is a private, loopback or link-local address ("
            + address
            + "); refused unless feeds.allow-private-addresses=true");
  }
}
