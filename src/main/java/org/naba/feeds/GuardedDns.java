package org.naba.feeds;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/** Resolves through {@code delegate}, refusing private addresses unless they are allowed. */
final class GuardedDns implements Dns {

  private final Dns delegate;
  private final boolean allowPrivate;

  GuardedDns(Dns delegate, boolean allowPrivate) {
    this.delegate = delegate;
    this.allowPrivate = allowPrivate;
  }

  @Override
  public List<InetAddress> lookup(String host) throws UnknownHostException {
    List<InetAddress> found = delegate.lookup(host);
    if (!allowPrivate) {
      for (InetAddress address : found) {
        if (PrivateAddresses.isPrivate(address)) {
          throw new RefusedAddressException(host, address.getHostAddress());
        }
      }
    }
    return found;
  }
}
