package org.demarche.game.api;

/** Kinds of failure, as the protocol's gRPC-style error codes. */
public enum ErrorKind {
  INVALID_ARGUMENT,
  NOT_FOUND,
  ALREADY_EXISTS,
  PERMISSION_DENIED,
  RESOURCE_EXHAUSTED,
  FAILED_PRECONDITION,
  UNIMPLEMENTED,
  INTERNAL,
  UNAUTHENTICATED
}
