package org.naba.telegram;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * OkHttp's network interceptor that tells, for a request that failed on the wire, whether all of it
 * had been written: a failure before that is a {@link RequestNotSentException} (safe to send
 * again), one after it an {@link OutcomeUnknownException} (Telegram may have acted on it). A
 * request without a body counts as written once it reaches the wire. Messages are masked: OkHttp
 * names the URL, and the URL holds the token.
 *
 * <p>It runs once a connection is open, so a failure to connect never reaches it: {@link
 * MaskingInterceptor} reads those as not sent.
 */
final class WriteTracking implements Interceptor {

  private final SecretMask mask;

  WriteTracking(SecretMask mask) {
    this.mask = mask;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    AtomicBoolean written = new AtomicBoolean(request.body() == null);
    Request tracked =
        request.body() == null
            ? request
            : request
                .newBuilder()
                .method(request.method(), new TrackedBody(request.body(), written))
                .build();
    try {
      return chain.proceed(tracked);
    } catch (RequestNotSentException | OutcomeUnknownException e) {
      throw e;
    } catch (IOException e) {
      String message = mask.apply(e.toString());
      IOException typed =
          written.get()
              ? new OutcomeUnknownException(message)
              : new RequestNotSentException(message);
      typed.setStackTrace(e.getStackTrace());
      throw typed;
    }
  }

  /** The request's body, marking when all of it has been handed to the connection. */
  private static final class TrackedBody extends RequestBody {
    private final RequestBody body;
    private final AtomicBoolean written;

    TrackedBody(RequestBody body, AtomicBoolean written) {
      this.body = body;
      this.written = written;
    }

    @Override
    public MediaType contentType() {
      return body.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return body.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      body.writeTo(sink);
      written.set(true);
    }
  }
}
