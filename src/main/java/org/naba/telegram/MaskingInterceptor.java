package org.naba.telegram;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Masks the token in the I/O errors of every Bot API call (OkHttp names the URL in some of its
 * exceptions, and the library logs what it gets), and marks a failure that happened before the
 * request reached the wire (connecting, TLS) as a {@link RequestNotSentException}: {@link
 * WriteTracking} has already typed every failure on the wire.
 */
final class MaskingInterceptor implements Interceptor {

  private final SecretMask mask;

  MaskingInterceptor(SecretMask mask) {
    this.mask = mask;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      return chain.proceed(chain.request());
    } catch (RequestNotSentException | OutcomeUnknownException e) {
      throw e;
    } catch (IOException e) {
      IOException masked = new RequestNotSentException(mask.apply(e.toString()));
      masked.setStackTrace(e.getStackTrace());
      throw masked;
    } catch (RuntimeException e) {
      throw mask.apply(e);
    }
  }
}
