package org.naba.tools.fakebot;

/** An error response of the fake server: {@code {"ok":false,"error_code":..}}. */
final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int code;
  final Integer retryAfter;

  ApiError(int code, String description, Integer retryAfter) {
    super(description);
    this.code = code;
    this.retryAfter = retryAfter;
  }
}
